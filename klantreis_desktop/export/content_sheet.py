"""The journey's content as a sheet (CSV or XLSX): one row per card, and back again.

For CRM and marketing-automation teams who want the map's words, not its picture. The
columns are fixed English keys (:data:`COLUMNS`), so a sheet edited in Excel imports
again whatever the interface language; figures follow as one ``metric_<name>`` column per
metric. :func:`import_sheet` rebuilds the cards in a document (an empty one, a template,
or an open one): journeys, phases and lanes are found by title or made, channels by
name, flow arrows from the ``id``/``next`` columns, all as **one** ChangeSet (one undo
step); a row whose ``id`` is a card of that journey updates the card instead of adding a
copy, and its ``next`` cell then is the truth for the arrows leaving it (an arrow deleted
in the sheet goes; cards the sheet leaves out keep theirs); a row it cannot use refuses
the whole sheet with its row number.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import Atom, ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

COLUMNS: tuple[str, ...] = (
    "journey", "phase", "lane", "lane_type", "kind", "title", "description", "channels",
    "evidence", "source", "votes", "impact", "effort", "term", "interaction", "department",
    "moment_of_truth", "target", "colour", "id", "next",
)
METRIC_PREFIX = "metric_"
LIST_SEPARATOR = "; "
#: The sheet's lane type for a metrics lane (a lane that shows the figures).
FIGURES_LANE = "metrics"
_NUMBERS = ("votes", "impact", "effort")
_YES = {"yes", "ja", "true", "waar", "1", "x", "y", "j"}


def _tr(text: str) -> str:
    return translate("Export", text)


def _ordered_cards(doc: Document, journey: str) -> list[str]:
    phase_index = {p: i for i, p in enumerate(doc.phases(journey))}
    lane_index = {lane: i for i, lane in enumerate(doc.lanes(journey))}
    return sorted(doc.cards(journey), key=lambda c: (
        phase_index.get(doc.phase_of(c) or "", 0), lane_index.get(doc.lane_of(c) or "", 0),
        float(doc.get(c, "order")), c))


def content_rows(doc: Document, journeys: Sequence[str] | None = None
                 ) -> tuple[list[str], list[list[Any]]]:
    """The header and one row per card (numbers stay numbers, for XLSX)."""
    chosen = list(journeys) if journeys is not None else doc.journeys()
    metrics = sorted({v.metric for j in chosen for n in m.measured_nodes(doc, j)
                      for v in m.metrics_of(doc, n) if not v.segment})
    header = [*COLUMNS, *(METRIC_PREFIX + name for name in metrics)]
    rows: list[list[Any]] = []
    for journey in chosen:
        figured = _figured_phases(doc, journey)
        phase_index = {p: i for i, p in enumerate(doc.phases(journey))}
        for card in _ordered_cards(doc, journey):
            at_phase = phase_index.get(doc.phase_of(card) or "", 0)
            for phase in [p for p in figured if phase_index[p] <= at_phase]:
                rows.append(_with_figures(*figured.pop(phase), metrics))
            kind = doc.kind(card)
            phase, lane = doc.phase_of(card) or "", doc.lane_of(card) or ""
            fields = k.SCHEMA[kind]

            def value(name: str, card: str = card, fields: dict[str, k.Field] = fields) -> Any:
                if name not in fields:
                    return ""
                found = doc.get(card, name)
                if isinstance(found, bool):
                    return "yes" if found else ""
                return found

            nexts = " ".join(sorted(doc.targets(card, k.FLOW)))
            row: list[Any] = [
                doc.title(journey), doc.title(phase), doc.title(lane),
                sheet_lane_type(doc, lane), kind, doc.title(card),
                value("description"),
                LIST_SEPARATOR.join(doc.title(c) for c in doc.channels_of(card)),
                value("evidence"), value("source"), value("votes"), value("impact"),
                value("effort"), value("term"), value("interaction"), value("department"),
                value("moment_of_truth"), value("target"), value("colour"), card, nexts]
            figures = {v.metric: v.value for v in m.metrics_of(doc, card) if not v.segment}
            row += [figures.get(name, "") for name in metrics]
            rows.append(row)
        for phase_row in figured.values():  # phases without cards, in phase order
            rows.append(_with_figures(*phase_row, metrics))
    return header, rows


def _with_figures(row: list[Any], figures: dict[str, float], metrics: list[str]) -> list[Any]:
    return [*row, *(figures.get(name, "") for name in metrics)]


def _figured_phases(doc: Document, journey: str
                    ) -> dict[str, tuple[list[Any], dict[str, float]]]:
    """A row of kind ``phase`` (and its figures) for every phase with figures for every
    customer, in phase order: the row goes first in its phase, so a phase's figures leave
    the app with its cards and come back with them."""
    found: dict[str, tuple[list[Any], dict[str, float]]] = {}
    for phase in doc.phases(journey):
        figures = {v.metric: v.value for v in m.metrics_of(doc, phase) if not v.segment}
        if figures:
            row: list[Any] = [""] * len(COLUMNS)
            row[COLUMNS.index("journey")] = doc.title(journey)
            row[COLUMNS.index("phase")] = row[COLUMNS.index("title")] = doc.title(phase)
            row[COLUMNS.index("kind")] = k.PHASE
            row[COLUMNS.index("id")] = phase
            found[phase] = (row, figures)
    return found


def csv_delimiter(doc: Document, journeys: Sequence[str] | None = None) -> str:
    """What Excel in the journeys' language opens with one click: ``;`` (with decimal
    commas) for Dutch journeys, ``,`` (decimal points) for English ones. A journey
    without a language of its own follows the document's, else the interface's. Both
    CSV exports (content sheet, opportunities) use it, and the imports read either."""
    from klantreis_desktop.i18n import language
    from klantreis_desktop.model.meta import journey_language

    chosen = list(journeys) if journeys is not None else doc.journeys()
    langs = {journey_language(doc, j) or language() for j in chosen} or {language()}
    return ";" if "nl" in langs else ","


def content_csv(doc: Document, journeys: Sequence[str] | None = None,
                delimiter: str | None = None) -> bytes:
    """The sheet as CSV for Excel: UTF-8 with a BOM, :func:`csv_delimiter` by default."""
    delimiter = delimiter or csv_delimiter(doc, journeys)
    header, rows = content_rows(doc, journeys)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    decimal = "," if delimiter == ";" else "."
    for row in rows:
        writer.writerow([_cell_text(v, decimal) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _cell_text(value: Any, decimal: str) -> str:
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
        return text.replace(".", decimal)
    return str(value)


def content_xlsx(doc: Document, journeys: Sequence[str] | None = None) -> bytes:
    """The sheet as an Excel workbook (one sheet, a bold, frozen header row)."""
    import openpyxl
    from openpyxl.styles import Font

    header, rows = content_rows(doc, journeys)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = _tr("Cards")[:31]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a title starting with "=" is text, not a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# Importing -------------------------------------------------------------------------------

class SheetError(ModelError):
    """The sheet cannot be imported; ``str()`` lists the problems under a heading,
    ``problems`` holds them alone (for a window that has a heading of its own)."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class _CellError(ModelError):
    """One cell of a row cannot be used: its row and column name it."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(problem)
        self.column = column


@dataclass
class SheetImport:
    """``cards`` = ``added`` + ``updated`` + ``unchanged``: a row whose ``id`` names a card
    of the journey it goes to updates that card (a sheet exported from this document and
    edited in Excel comes back without doubling every card); the other rows add cards.
    ``updated`` counts only the cards whose content really changed."""

    change: ChangeSet
    cards: int
    journeys: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    #: Rows naming a card that already says exactly what the row says.
    unchanged: int = 0
    #: Cards of the journeys the sheet updates that no row names: kept as they are.
    not_in_sheet: int = 0
    #: Arrows of updated cards that the sheet's ``next`` column no longer lists.
    removed_arrows: int = 0
    #: Rows used, but with a part left out (a ``next`` id that names no card).
    warnings: list[str] = field(default_factory=list)
    #: Figures the sheet changed or added: they now name the sheet as their source.
    figures_changed: int = 0
    #: Titles of the cards counted in ``not_in_sheet`` (journey order).
    not_in_sheet_titles: list[str] = field(default_factory=list)


class _Scratch:
    """Applies operations to a copy so the next one sees them; keeps the atoms."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc.copy()
        self.atoms: list[Atom] = []

    def do(self, change: ChangeSet) -> str:
        self.doc.apply(change)
        self.atoms.extend(change.atoms)
        return ops.created_id(change)


def import_sheet(doc: Document, header: Sequence[str], rows: Sequence[Sequence[Any]],
                 into: str | None = None, source: str = "",
                 today: str | None = None) -> SheetImport:
    """One ChangeSet that adds the sheet's cards to ``doc`` (``into``: every row into that
    journey, whatever its journey column says). A figure the sheet changes or adds was
    typed into the sheet, not measured where the old one was: it takes ``source`` (the
    sheet's file name) and ``today`` (the import's date, ISO; default: today)."""
    if today is None:
        import datetime

        today = datetime.date.today().isoformat()
    stamp = (source, today)
    names = [str(h).strip().lower() for h in header]
    missing = [c for c in ("kind", "title") if c not in names]
    if missing:
        raise SheetError(_tr("The sheet has no column “{name}”.").format(name=missing[0]))
    at = {name: index for index, name in enumerate(names)}

    def cell(row: Sequence[Any], name: str) -> str:
        index = at.get(name)
        value = row[index] if index is not None and index < len(row) else None
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()

    scratch = _Scratch(doc)
    work = scratch.doc
    journeys: dict[str, str] = {}
    problems: list[str] = []
    made: dict[str, str] = {}  # sheet id → new card id
    flows: list[tuple[str, str, int]] = []
    kept: list[str] = []  # existing cards the sheet updates (their arrows follow "next")
    figures: dict[str, dict[str, list[m.MetricValue]]] = {}
    count = phase_rows = 0
    for number, row in enumerate(rows):
        line = number + 2
        if not any(str(v).strip() for v in row if v is not None):
            continue
        # The figures are checked even when the card cannot be made: every problem at once.
        values = _row_figures(work, into or _titled_journey(work, cell(row, "journey")), {
            name: cell(row, name) for name in names
            if name.startswith(METRIC_PREFIX) and cell(row, name)}, line, problems)
        if cell(row, "kind").casefold() == k.PHASE:  # a phase's own figures
            try:
                journey = into or _journey(scratch, journeys,
                                           cell(row, "journey") or _tr("Journey"))
                phase = _sheet_phase(scratch, journey, cell(row, "id"),
                                     cell(row, "phase") or cell(row, "title") or _tr("Phase"))
            except ModelError as error:
                problems.append(_tr("Row {row}: {problem}").format(row=line, problem=error))
                continue
            phase_rows += 1
            for metric, value in values:
                figure = _figure(work, phase, metric, value, stamp)
                if figure is not None:
                    figures.setdefault(journey, {}).setdefault(phase, []).append(figure)
            continue
        try:
            journey = into or _journey(scratch, journeys, cell(row, "journey") or _tr("Journey"))
            kind = cell(row, "kind") or k.TOUCHPOINT
            if kind not in k.CARD_KINDS:
                raise ModelError(_tr("“{kind}” is no card kind ({kinds}).").format(
                    kind=kind[:30], kinds=", ".join(k.CARD_KINDS)))
            known = cell(row, "id")
            mine = known if _updatable(work, known, kind, journey, set(made.values())) else ""
            phase = _part(scratch, journey, k.PHASE, cell(row, "phase") or _tr("Phase"), "",
                          work.phase_of(mine) if mine else None)
            lane_type = cell(row, "lane_type") or _default_lane(kind)
            if lane_type not in k.LANE_TYPES and lane_type != FIGURES_LANE:
                raise ModelError(_tr("“{type}” is no lane type.").format(type=lane_type[:30]))
            lane = _part(scratch, journey, k.LANE, cell(row, "lane") or lane_type, lane_type,
                         work.lane_of(mine) if mine else None)
            texts = {name: cell(row, name) for name in names if name in
                     k.SCHEMA[kind] and name not in ("title", "order")}
            channels = [_channel(scratch, name, work.channels_of(mine) if mine else [])
                        for name in cell(row, "channels").split(";")
                        if name.strip()] if kind == k.TOUCHPOINT else []
            if mine:
                kept.append(known)
                _update_card(scratch, known, phase, lane, cell(row, "title"),
                             _attrs(kind, texts, keep_empty=True),
                             channels if "channels" in at else None)
                card = known
            else:
                card = scratch.do(ops.add_card(work, kind, phase, lane, cell(row, "title"),
                                               channels=channels, **_attrs(kind, texts)))
        except _CellError as error:
            problems.append(_tr("Row {row}, column “{column}”: {problem}").format(
                row=line, column=error.column, problem=error))
            continue
        except (ModelError, ValueError) as error:
            problems.append(_tr("Row {row}: {problem}").format(row=line, problem=error))
            continue
        count += 1
        if cell(row, "id"):
            made[cell(row, "id")] = card
        flows += [(card, target, line) for target in cell(row, "next").split()]
        for metric, value in values:
            figure = _figure(work, card, metric, value, stamp)
            if figure is not None:
                figures.setdefault(journey, {}).setdefault(card, []).append(figure)
    warnings: list[str] = []
    for source, target, line in flows:
        next_card = _next_card(work, made, source, target)
        if next_card is None:
            warnings.append(_tr("Row {row}: “{id}” in the next column is no card of the sheet "
                                "or the journey; that arrow was left out.").format(
                row=line, id=target[:40]))
        elif work.kind(source) == k.TOUCHPOINT == work.kind(next_card):
            try:
                scratch.atoms.extend(_applied(work, ops.connect_flow(work, source, next_card)))
            except ModelError as error:
                problems.append(_tr("Row {row}: {problem}").format(row=line, problem=error))
    removed = _drop_unlisted_arrows(scratch, flows, kept, made) if "next" in at else 0
    for journey, found in figures.items():
        try:
            scratch.atoms.extend(_applied(work, m.update_metrics(work, journey, found)))
        except ModelError as error:
            problems.append(str(error))
    if problems:
        shown = problems[:20]
        if len(problems) > 20:
            shown.append(_tr("… and {count} more.").format(count=len(problems) - 20))
        raise SheetError("\n".join([_tr("Nothing was imported:"), *shown]), shown)
    if not count and not phase_rows:
        raise SheetError(_tr("The sheet holds no cards."))
    updated = sum(1 for card in kept if _state(doc, card) != _state(work, card))
    named = set(kept)
    left = {card for journey in {work.journey_of(c) for c in kept}
            if journey is not None for card in doc.cards(journey) if card not in named}
    changed_figures = sum(len(values) for found in figures.values()
                          for values in found.values())
    left_titles = [doc.title(card) for journey in dict.fromkeys(
        work.journey_of(c) for c in kept) if journey is not None
        for card in _ordered_cards(doc, journey) if card in left]
    return SheetImport(ChangeSet(tuple(scratch.atoms), _tr("Import cards")), count,
                       list(dict.fromkeys(journeys.values())), count - len(kept), updated,
                       len(kept) - updated, len(left), removed, warnings, changed_figures,
                       left_titles)


def _sheet_phase(scratch: _Scratch, journey: str, known: str, title: str) -> str:
    """The phase a ``phase`` row names: by its id when that is a phase of the journey
    (the sheet came from this document), else by title (made when missing)."""
    doc = scratch.doc
    if known in doc.phases(journey):
        return known
    return _part(scratch, journey, k.PHASE, title, "")


def _titled_journey(doc: Document, title: str) -> str | None:
    """The journey a row names, if the document has it already (for its metrics)."""
    wanted = title or _tr("Journey")
    return next((j for j in doc.journeys() if doc.title(j).strip() == wanted), None)


def _row_figures(doc: Document, journey: str | None, cells: dict[str, str], line: int,
                 problems: list[str]) -> list[tuple[str, float]]:
    """The row's ``metric_`` cells as (metric, value); a text or a value outside its
    metric's bounds becomes a problem naming the row and the column."""
    found: list[tuple[str, float]] = []
    for column, text in cells.items():
        metric = column[len(METRIC_PREFIX):]
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            problems.append(_tr("Row {row}, column “{column}”: {problem}").format(
                row=line, column=column, problem=_tr("“{text}” is not a number.").format(
                    text=text[:30])))
            continue
        definition = m.metric_def_of(doc, journey, metric) if journey else (
            m.KNOWN_METRICS.get(metric) or m.metric_def(metric))
        refusal = definition.refusal(value)
        if refusal is not None:
            problems.append(_tr("Row {row}, column “{column}”: {problem}").format(
                row=line, column=column, problem=refusal))
            continue
        found.append((metric, value))
    return found


def _figure(doc: Document, card: str, metric: str, value: float,
            stamp: tuple[str, str]) -> m.MetricValue | None:
    """The sheet's figure laid over the card's: None when it holds that value already (an
    export → Excel → import round trip keeps the source, date, evidence and count the sheet
    does not carry). A changed value was typed into the sheet: it names the sheet and the
    import's date as where and when it came from (the old measurement's source, date and
    count no longer describe it); its evidence stays what the team said it was."""
    source, date = stamp
    old = m.metric_value(doc, card, metric) if card in doc else None
    if old is None:
        return m.MetricValue(metric, value, source=source, date=date)
    if old.value == value:
        return None
    return dataclasses.replace(old, value=value, source=source, date=date, n=0)


def _state(doc: Document, card: str) -> tuple[Any, ...]:
    """What a row of the sheet can change on a card (its stacking order is not its content)."""
    attrs = {name: value for name, value in doc.graph._node[card].items() if name != "order"}
    return (attrs, doc.phase_of(card), doc.lane_of(card), sorted(doc.targets(card, k.FLOW)),
            sorted(doc.channels_of(card)))


def _next_card(doc: Document, made: dict[str, str], source: str, target: str) -> str | None:
    """The card a ``next`` id names: a row of the sheet, or (for a card the sheet updates)
    a card of the same journey that the sheet leaves out."""
    if target in made:
        return made[target]
    if target in doc and doc.kind(target) in k.CARD_KINDS \
            and doc.journey_of(target) == doc.journey_of(source):
        return target
    return None


def _drop_unlisted_arrows(scratch: _Scratch, flows: list[tuple[str, str, int]],
                          kept: list[str], made: dict[str, str]) -> int:
    """The sheet is the truth for the arrows leaving the cards it updates: an arrow whose
    target is no longer in the card's ``next`` cell was deleted in the sheet. Cards the
    sheet leaves out keep theirs (a sheet may hold only part of a journey)."""
    doc = scratch.doc
    listed = {(source, _next_card(doc, made, source, target)) for source, target, _ in flows}
    removed = 0
    for card in kept:
        if doc.kind(card) != k.TOUCHPOINT:
            continue
        for target in sorted(doc.targets(card, k.FLOW)):
            if (card, target) not in listed:
                scratch.atoms.extend(_applied(doc, ops.disconnect_flow(doc, card, target)))
                removed += 1
    return removed


def _updatable(doc: Document, card: str, kind: str, journey: str, taken: set[str]) -> bool:
    """Whether the row's ``id`` names a card of this kind in the journey the row goes to
    (and no earlier row of the sheet already updated it)."""
    return bool(card) and card in doc and doc.kind(card) == kind and card not in taken \
        and doc.journey_of(card) == journey


def _update_card(scratch: _Scratch, card: str, phase: str, lane: str, title: str,
                 attrs: dict[str, Any], channels: list[str] | None) -> None:
    """The card takes the row's cell, title, fields and channels (only what differs: a
    field the file lacks and the row leaves empty, or a text the sheet's reader trimmed,
    stays as it is)."""
    doc = scratch.doc
    if (doc.phase_of(card), doc.lane_of(card)) != (phase, lane):
        scratch.atoms.extend(_applied(doc, ops.move_card(doc, card, phase, lane)))
    wanted = {"title": title, **attrs}
    changed = {name: value for name, value in wanted.items()
               if not _same(doc.get(card, name) if name != "title" else doc.title(card), value)}
    if changed:
        scratch.atoms.extend(_applied(doc, ops.update(doc, card, **changed)))
    if channels is not None and doc.kind(card) == k.TOUCHPOINT:
        scratch.atoms.extend(_applied(doc, ops.set_channels(doc, card, channels)))


def _same(current: Any, new: Any) -> bool:
    if isinstance(current, str) and isinstance(new, str):
        return current.strip() == new.strip()
    return bool(current == new)


def _applied(doc: Document, change: ChangeSet) -> tuple[Atom, ...]:
    doc.apply(change)
    return change.atoms


def _journey(scratch: _Scratch, made: dict[str, str], title: str) -> str:
    if title not in made:
        found = [j for j in scratch.doc.journeys() if scratch.doc.title(j).strip() == title]
        made[title] = found[0] if found else scratch.do(ops.add_journey(scratch.doc, title))
    return made[title]


def _part(scratch: _Scratch, journey: str, kind: str, title: str, lane_type: str,
          current: str | None = None) -> str:
    """The phase or lane titled ``title``; the card's ``current`` one first (two columns
    with one title must not move a card that stays where it is)."""
    doc = scratch.doc
    parts = doc.phases(journey) if kind == k.PHASE else doc.lanes(journey)
    if current in parts:
        parts = [current, *(p for p in parts if p != current)]
    folded = title.strip().casefold()
    for part in parts:
        if doc.title(part).strip().casefold() == folded and (
                kind == k.PHASE or sheet_lane_type(doc, part) == lane_type):
            return part
    if kind == k.PHASE:
        return scratch.do(ops.add_phase(doc, journey, title))
    if lane_type == FIGURES_LANE:
        return scratch.do(ops.add_lane(doc, journey, title, "kpis", shows_figures=True))
    return scratch.do(ops.add_lane(doc, journey, title, lane_type))


def sheet_lane_type(doc: Document, lane: str) -> str:
    """The lane's type as the sheet writes it: ``FIGURES_LANE`` for a lane that shows the
    figures (in the file a KPI lane with ``shows_figures``), else its lane type."""
    return FIGURES_LANE if doc.get(lane, "shows_figures") else str(doc.get(lane, "lane_type"))


def _channel(scratch: _Scratch, name: str, current: Sequence[str] = ()) -> str:
    """The channel named ``name``, the card's ``current`` ones first, else a new one."""
    wanted = name.strip().casefold()
    for channel in [*current, *scratch.doc.channels()]:
        if scratch.doc.title(channel).strip().casefold() == wanted:
            return channel
    from klantreis_desktop.analysis.to_journey import channel_icon

    return scratch.do(ops.add_channel(scratch.doc, name.strip(), channel_icon(name)))


def _default_lane(kind: str) -> str:
    return {k.TOUCHPOINT: "touchpoints", k.PAIN: "pains", k.OPPORTUNITY: "opportunities",
            k.NOTE: "notes", k.GOAL: "kpis"}.get(kind, "custom")


def _attrs(kind: str, texts: dict[str, str], keep_empty: bool = False) -> dict[str, Any]:
    """Sheet texts as schema values (empty cells are left out, or with ``keep_empty``
    given the default: an emptied cell in Excel empties the card's field)."""
    found: dict[str, Any] = {}
    for name, text in texts.items():
        field_ = k.SCHEMA[kind][name]
        if not text:
            if keep_empty:
                found[name] = field_.default
            continue
        if field_.type is bool:
            found[name] = text.casefold() in _YES
        elif field_.type in (int, float):
            found[name] = _number(name, field_, text)
        else:
            found[name] = text
    return found


def _number(column: str, field_: k.Field, text: str) -> int | float:
    """A number cell, or :class:`_CellError` in the user's words (not Python's)."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise _CellError(column, _tr("“{text}” is not a number.").format(
            text=text[:30])) from None
    low, high = field_.minimum, field_.maximum
    if (low is not None and value < low) or (high is not None and value > high) or (
            field_.type is int and not value.is_integer()):
        raise _CellError(column, _tr("{value} is not a whole number from {low} to "
                                       "{high}.").format(value=text[:30], low=_plain(low),
                                                         high=_plain(high))
                           if field_.type is int else _tr(
            "{value} does not lie between {low} and {high}.").format(
            value=text[:30], low=_plain(low), high=_plain(high)))
    return int(value) if field_.type is int else value


def _plain(value: float | None) -> str:
    return "?" if value is None else str(int(value)) if float(value).is_integer() \
        else str(value)
