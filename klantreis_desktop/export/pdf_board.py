"""The brainstorm board on paper: the workshop's notes as blocks of the analysis page.

The notes the team (or the phones, in room mode) put on the board stay on it when some
become cards, and nothing else printed them (review s7: "the board's notes reach the
poster nowhere"). The document's board belongs to no one journey, so the export puts it
on the first analysis page only. Per dimension (the board's columns, in the order first
used), its clusters with their notes, then the notes in no cluster; a long board shows
the first notes of each dimension and counts the rest. No Qt.
"""

from __future__ import annotations

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_analysis import _WORDS, HEADING, _Block, _Heading, _Para
from klantreis_desktop.layout import style
from klantreis_desktop.model import workshop
from klantreis_desktop.model.document import Document

#: Notes shown per dimension; the rest is counted ("… and 12 more").
NOTES_PER_DIMENSION = 12


def _tr(text: str) -> str:
    translate = _WORDS.get()
    return translate("Export", text)


def board_blocks(doc: Document) -> list[_Block]:
    """The board's notes, grouped as on the board; nothing when the board is empty."""
    notes = workshop.notes(doc)
    if not notes:
        return []
    blocks: list[_Block] = [_Heading(_tr("Brainstorm board"), fonts.BOLD, 1.3, gap=0.9,
                                     colour=HEADING)]
    dimensions: list[str] = []
    for note in notes:
        dimension = str(doc.get(note, "dimension") or "")
        if dimension not in dimensions:
            dimensions.append(dimension)
    clusters = workshop.clusters(doc)
    for dimension in dimensions:
        blocks.append(_Para(dimension or _tr("(no dimension)"), fonts.BOLD, gap=0.35))
        mine = [n for n in notes if str(doc.get(n, "dimension") or "") == dimension]
        lines: list[tuple[str, bool]] = []  # (text, is a cluster's label)
        for cluster in clusters:
            members = [n for n in workshop.cluster_notes(doc, cluster) if n in mine]
            if members:
                label = str(doc.get(cluster, "label") or "") or _tr("Cluster")
                lines.append((_tr("{label} ({count})").format(label=label,
                                                            count=len(members)), True))
                lines += [(_note_text(doc, n), False) for n in members]
        loose = [n for n in mine if workshop.cluster_of(doc, n) is None]
        lines += [(_note_text(doc, n), False) for n in loose]
        shown = 0
        for text, is_label in lines:
            if not is_label:
                if shown == NOTES_PER_DIMENSION:
                    continue
                shown += 1
            blocks.append(_Para(text, fonts.BOLD if is_label else fonts.REGULAR,
                                indent=10 if is_label else 18, gap=0.05))
        if len(mine) > shown:
            blocks.append(_Para(_tr("… and {count} more").format(count=len(mine) - shown),
                                indent=18, gap=0.05, colour=style.MUTED_TEXT))
    return blocks


def _note_text(doc: Document, note: str) -> str:
    return "• " + " ".join(str(doc.get(note, "text") or "").split())
