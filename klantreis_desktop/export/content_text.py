"""The journey's content as text: a Mermaid ``journey`` diagram (and back), a Markdown
summary for a report, and an opportunities list (CSV) for a backlog tool.

Mermaid's journey diagram is the most used text format for journeys: sections are the
phases, tasks the touchpoints in flow order, each with a score of 1…5 and its actors (the
personas). The score is the personas' average emotion mapped onto 1…5 (3 when nobody
scored it). :func:`journey_from_mermaid` reads such a diagram into a new journey on the
1…5 scale, with one flow arrow from each task to the next, as one ChangeSet.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import Atom, ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

_COLON = "\u2236"  # RATIO: looks like ":" but does not end a Mermaid task name
OPPORTUNITY_COLUMNS = ("rank", "title", "description", "journey", "phase", "impact",
                       "effort", "quadrant", "term", "votes", "evidence", "source", "id")


def _tr(text: str) -> str:
    return translate("Export", text)


def _touchpoints_in_order(doc: Document, journey: str) -> list[str]:
    phase_index = {p: i for i, p in enumerate(doc.phases(journey))}
    return sorted(doc.parts(journey, k.TOUCHPOINT), key=lambda n: (
        phase_index.get(doc.phase_of(n) or "", 0), float(doc.get(n, "order")), n))


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Mermaid ---------------------------------------------------------------------------------

def _mermaid_text(text: str) -> str:
    return _one_line(text).replace(":", _COLON).replace(";", ",").replace("#", "nr. ") or "…"


def journey_mermaid(doc: Document, journey: str) -> str:
    """The journey as a Mermaid ``journey`` diagram."""
    low, high = doc.scale(journey)
    scores: dict[str, list[tuple[str, int]]] = {}
    for emotion in doc.emotions(journey):
        anchor, persona = doc.emotion_anchor(emotion), doc.target(emotion, k.FELT_BY)
        if anchor is not None and persona is not None:
            scores.setdefault(anchor, []).append((persona, int(doc.get(emotion, "score"))))
    lines = ["journey", f"    title {_mermaid_text(doc.title(journey))}"]
    by_phase: dict[str, list[str]] = {}
    for node in _touchpoints_in_order(doc, journey):
        by_phase.setdefault(doc.phase_of(node) or "", []).append(node)
    for phase in doc.phases(journey):
        if phase not in by_phase:
            continue
        lines.append(f"    section {_mermaid_text(doc.title(phase))}")
        for node in by_phase[phase]:
            found = scores.get(node, [])
            if found:
                mean = sum(s for _, s in found) / len(found)
                score = round(m.rescale(mean, (low, high), (1, 5)))
                actors = ", ".join(_mermaid_text(doc.title(p)) for p, _ in sorted(
                    found, key=lambda item: doc.title(item[0])))
                lines.append(f"      {_mermaid_text(doc.title(node))}: {score}: {actors}")
            else:
                lines.append(f"      {_mermaid_text(doc.title(node))}: 3")
    return "\n".join(lines) + "\n"


_FENCE = re.compile(r"^```\s*mermaid\s*$", re.IGNORECASE)


def _meaningful(lines: list[str]) -> list[str]:
    """Lines without blanks, ``%%`` comments and a ``---`` front-matter block."""
    kept = [line.strip() for line in lines]
    kept = [line for line in kept if line and not line.startswith("%%")]
    if kept and kept[0] == "---" and "---" in kept[1:]:
        kept = kept[kept.index("---", 1) + 1:]
    return kept


def mermaid_source(text: str, suffix: str = "") -> str | None:
    """The Mermaid journey diagram in ``text`` (a bare diagram, or the first
    ````` ```mermaid ````` block of a Markdown file), None when it holds none.

    The diagram's first statement is the keyword ``journey`` alone on its line: a sheet's
    header such as ``journey;phase;lane`` (which also starts with the word) is no
    diagram. One test for the window and the command line, so both read a file the same.
    """
    lines = text.lstrip("\ufeff").splitlines()
    fence = next((i for i, line in enumerate(lines) if _FENCE.match(line.strip())), None)
    if fence is not None:
        end = next((i for i in range(fence + 1, len(lines))
                    if lines[i].strip().startswith("```")), len(lines))
        lines = lines[fence + 1:end]
    kept = _meaningful(lines)
    if kept and kept[0] == "journey":
        return "\n".join(lines)
    if suffix.lower() in (".mmd", ".mermaid"):
        return "\n".join(lines)  # says it is one: the reader names what is wrong
    return None


def is_mermaid_file(path: Path) -> bool:
    """Whether ``path`` holds a Mermaid journey diagram (see :func:`mermaid_source`)."""
    if path.suffix.lower() in (".mmd", ".mermaid"):
        return True  # the name says so: the reader names what is wrong with the content
    head = path.read_bytes()[:65536]
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return mermaid_source(text, path.suffix) is not None


def read_mermaid_file(path: Path) -> str:
    """The diagram's text from a ``.mmd`` file or a Markdown file with a mermaid block."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:  # a binary file: not "no CSV file", not Python's decoding error
        raise ModelError(_tr("“{file}” is not a Mermaid diagram: it does not contain "
                             "text.").format(file=path.name))
    return mermaid_source(text, path.suffix) or text


_TASK = re.compile(r"^(?P<name>[^:]+?)\s*:\s*(?P<score>-?\d+)\s*(?::\s*(?P<actors>.*))?$")


def journey_from_mermaid(doc: Document, text: str, title: str = "") -> ChangeSet:
    """One ChangeSet adding the diagram as a journey (scale 1…5) to ``doc``."""
    lines = _meaningful(text.lstrip("\ufeff").splitlines())
    if not lines or lines[0] != "journey":
        raise ModelError(_tr("This is not a Mermaid journey diagram (it must start with "
                             "“journey”)."))
    name = title
    sections: list[tuple[str, list[tuple[str, int, list[str]]]]] = []
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith("title "):
            name = name or line[6:].strip()
        elif line.startswith("section "):
            sections.append((line[8:].strip(), []))
        elif (task := _TASK.match(line)) is not None:
            score = int(task["score"])
            if not 1 <= score <= 5:
                raise ModelError(_tr("Line {line}: a score must lie between 1 and 5.").format(
                    line=number))
            if not sections:
                sections.append((_tr("Phase"), []))
            actors = [a.strip() for a in (task["actors"] or "").split(",") if a.strip()]
            sections[-1][1].append((task["name"].replace(_COLON, ":").strip(), score, actors))
        elif line.startswith(("accTitle", "accDescr")):
            continue
        else:
            raise ModelError(_tr("Line {line} is not understood: {text}").format(
                line=number, text=line[:60]))
    if not any(tasks for _, tasks in sections):
        raise ModelError(_tr("The diagram has no tasks."))
    work = doc.copy()
    atoms: list[Atom] = []

    def do(change: ChangeSet) -> str:
        work.apply(change)
        atoms.extend(change.atoms)
        return ops.created_id(change) if any(
            type(a).__name__ == "AddNode" for a in change.atoms) else ""

    journey = do(ops.add_journey(work, free_title(doc, name or _tr("Journey")), scale="1..5"))
    lane = do(ops.add_lane(work, journey, _tr("Touchpoints"), "touchpoints"))
    do(ops.add_lane(work, journey, _tr("Emotions"), "emotions"))
    personas = {work.title(p).casefold(): p for p in work.personas()}
    previous = ""
    for section, tasks in sections:
        phase = do(ops.add_phase(work, journey, section))
        for task_name, score, actors in tasks:
            card = do(ops.add_card(work, k.TOUCHPOINT, phase, lane, task_name))
            if previous:
                do(ops.connect_flow(work, previous, card))
            previous = card
            for actor in actors:
                persona = personas.get(actor.casefold())
                if persona is None:
                    persona = personas[actor.casefold()] = do(ops.add_persona(work, actor))
                do(ops.set_emotion(work, persona, card, score))
    return ChangeSet(tuple(atoms), _tr("Import Mermaid diagram"))


def free_title(doc: Document, title: str) -> str:
    """``title``, or ``title (2)``, ``(3)``, … when a journey of ``doc`` already has it:
    two tabs with one title cannot be told apart."""
    taken = {doc.title(j).strip().casefold() for j in doc.journeys()}
    found, number = title, 2
    while found.strip().casefold() in taken:
        found, number = f"{title} ({number})", number + 1
    return found


# Markdown --------------------------------------------------------------------------------

def _cell(text: Any) -> str:
    return _one_line(str(text)).replace("|", "\\|") or "–"


def _ranked(doc: Document, cards: list[str]) -> list[str]:
    return sorted(cards, key=lambda c: (-int(doc.get(c, "votes")), -int(doc.get(c, "impact")),
                                        int(doc.get(c, "effort")) or 99,
                                        doc.title(c).casefold(), c))


def journey_markdown(doc: Document, journeys: Sequence[str] | None = None) -> str:
    """A Markdown summary: phases, touchpoints, pain points and opportunities (ranked by
    votes, then impact, then effort), figures and assumptions to check."""
    from klantreis_desktop.analysis.journey import quadrant
    from klantreis_desktop.analysis.report import quadrant_label
    from klantreis_desktop.export.pdf_words import words_for
    from klantreis_desktop.layout.measured import decimal_for, figure_text

    out: list[str] = []
    for journey in journeys if journeys is not None else doc.journeys():
        w = words_for(doc, journey)  # the journey's language, as on its poster
        order = {d.name: i for i, d in enumerate(m.metric_defs(doc, journey))}

        def _tr(text: str, w: Any = w) -> str:
            return str(w.translate("Export", text))

        out += [f"# {_one_line(doc.title(journey))}", ""]
        facts = [(_tr("Personas"), ", ".join(doc.title(p) for p in doc.personas_of(journey))),
                 (_tr("Time span"), doc.get(journey, "time_span")),
                 (_tr("End goal"), doc.get(journey, "end_goal"))]
        out += [f"- **{label}:** {_one_line(str(value))}" for label, value in facts if value]
        out += ["", f"## {_tr('Phases')}", ""]
        def figures_of(node: str, w: Any = w, order: dict[str, int] = order,
                       journey: str = journey) -> str:
            return ", ".join(
                figure_text(m.metric_def_of(doc, journey, v.metric), v.value,
                            decimal_for(w.lang), w.translate)
                for v in sorted(m.metrics_of(doc, node), key=lambda v: order.get(
                    v.metric, len(order))) if not v.segment)

        for number, phase in enumerate(doc.phases(journey), start=1):
            extra = [str(doc.get(phase, n)) for n in ("goal", "kpi") if doc.get(phase, n)]
            out.append(f"{number}. **{_one_line(doc.title(phase))}**"
                       + (f" — {_one_line('; '.join(extra))}" if extra else ""))
            if figures_of(phase):
                out.append(f"   - {_tr('Figures')}: {_one_line(figures_of(phase))}")
        out += ["", f"## {_tr('Touchpoints')}", "",
                f"| {_tr('Phase')} | {_tr('Touchpoint')} | {_tr('Channels')} | "
                f"{_tr('Figures')} |", "|---|---|---|---|"]
        for node in _touchpoints_in_order(doc, journey):
            figures = figures_of(node)
            out.append(f"| {_cell(doc.title(doc.phase_of(node) or ''))} | "
                       f"{_cell(doc.title(node))} | "
                       f"{_cell(', '.join(doc.title(c) for c in doc.channels_of(node)))} | "
                       f"{_cell(figures)} |")
        for kind, heading in ((k.PAIN, _tr("Pain points")), (k.OPPORTUNITY, _tr("Opportunities"))):
            cards = _ranked(doc, doc.parts(journey, kind))
            if not cards:
                continue
            out += ["", f"## {heading}", "",
                    f"| # | {_tr('Title')} | {_tr('Phase')} | {_tr('Votes')} | {_tr('Impact')} "
                    f"| {_tr('Effort')} | {_tr('Quadrant')} |", "|---|---|---|---|---|---|---|"]
            for rank, card in enumerate(cards, start=1):
                impact, effort = int(doc.get(card, "impact")), int(doc.get(card, "effort"))
                out.append(f"| {rank} | {_cell(doc.title(card))} | "
                           f"{_cell(doc.title(doc.phase_of(card) or ''))} | "
                           f"{doc.get(card, 'votes')} | {impact or '–'} | {effort or '–'} | "
                           f"{_cell(quadrant_label(quadrant(impact, effort), w.translate))} |")
        out += _assumption_lines(doc, journey, w)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _assumption_lines(doc: Document, journey: str, w: Any) -> list[str]:
    from klantreis_desktop.analysis.journey import score_text
    from klantreis_desktop.analysis.survey import assumption_findings
    from klantreis_desktop.layout.measured import decimal_for, number_text, signed_text

    def _tr(text: str) -> str:
        return str(w.translate("Export", text))

    found = assumption_findings(doc, journey)
    if not found:
        return []
    lines = ["", f"## {_tr('Check these assumptions')}", "",
             _tr("Differences over {threshold} between the survey's median and the "
                 "team's curve:").format(threshold=number_text(
                     m.threshold_of(doc, journey), decimal_for(w.lang))), ""]
    scale = doc.scale(journey)
    for finding in found:
        lines.append("- " + _tr("{title} ({persona}): assumed {assumed}, measured {measured} "
                                "(n = {n})").format(
            title=_one_line(finding.title), persona=_one_line(finding.persona_name),
            assumed=score_text(finding.assumed, scale).replace("-", "−"),
            measured=signed_text(finding.measured, decimal_for(w.lang)), n=finding.n))
    return lines


# Opportunities for a backlog ----------------------------------------------------------------

def opportunities_csv(doc: Document, journeys: Sequence[str] | None = None) -> bytes:
    """Every opportunity, ranked, as UTF-8 CSV for a backlog tool, separated like the
    content sheet (``;`` for Dutch journeys, ``,`` for English: :func:`csv_delimiter`)."""
    from klantreis_desktop.analysis.journey import quadrant
    from klantreis_desktop.export.content_sheet import csv_delimiter

    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(doc, journeys), lineterminator="\r\n")
    writer.writerow(OPPORTUNITY_COLUMNS)
    for journey in journeys if journeys is not None else doc.journeys():
        for rank, card in enumerate(_ranked(doc, doc.parts(journey, k.OPPORTUNITY)), start=1):
            impact, effort = int(doc.get(card, "impact")), int(doc.get(card, "effort"))
            writer.writerow([rank, doc.title(card), doc.get(card, "description"),
                             doc.title(journey), doc.title(doc.phase_of(card) or ""),
                             impact or "", effort or "", quadrant(impact, effort),
                             doc.get(card, "term"), doc.get(card, "votes"),
                             doc.get(card, "evidence"), doc.get(card, "source"), card])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
