"""What a content-sheet import says (the CLI and the window say the same): how many cards,
which cards the sheet left out (kept), how many figures the sheet changed. Qt-free; the
"Export" context, as the sheet's other messages."""

from __future__ import annotations

from collections.abc import Sequence

from klantreis_desktop.i18n import translate


def _tr(text: str) -> str:
    return translate("Export", text)


def cards_text(count: int) -> str:
    """"1 card", "3 cards" (two messages: lupdate does not see a count in Python)."""
    return (_tr("{count} card") if count == 1 else _tr("{count} cards")).format(count=count)


def not_in_sheet_text(titles: Sequence[str], shown: int = 3) -> str:
    """The notice for cards of the journey that no row names (they are kept): which,
    the first few by title and how many more."""
    names = list(titles) if len(titles) <= shown + 1 else list(titles[:shown])
    listed = ", ".join(f"“{_short(t.strip(), 50)}”" for t in names)
    if len(names) < len(titles):
        listed = _tr("{names} and {count} more").format(names=listed,
                                                        count=len(titles) - len(names))
    if len(titles) == 1:
        return _tr("1 card of the journey is not in the sheet and was kept: {names}.").format(
            names=listed)
    return _tr("{count} cards of the journey are not in the sheet and were kept: "
               "{names}.").format(count=len(titles), names=listed)


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def figures_changed_text(count: int, source: str, date: str) -> str:
    """What an import did to the figures: a changed value names the sheet as its source."""
    if count == 1:
        return _tr("1 figure changed; it now names {file} as its source, dated {date}.").format(
            file=source, date=date)
    return _tr("{count} figures changed; they now name {file} as their source, dated "
               "{date}.").format(count=count, file=source, date=date)
