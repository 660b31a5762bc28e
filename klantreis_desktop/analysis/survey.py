"""Assumed vs measured: a survey of per-customer scores becomes a measured emotion curve.

The survey table has one row per answer: either *wide* (a column per touchpoint, as survey
tools export a question per column) or *long* (a touchpoint column and a score column, as a
CRM exports). An optional segment column groups the answers; a segment named like a
persona of the journey is that persona's measured curve. Per touchpoint (or phase) and
segment the median, the quartiles (Tukey's inclusive method) and the number of answers
are kept on the survey's own scale (given, or detected: −2…+2, 1…5, 1…7, 0…10 or 1…10)
as :class:`~klantreis_desktop.model.measures.MeasuredScore` — one ChangeSet, one undo step.

:func:`assumption_findings` then lists the points where the team's assumed score and the
measured median differ by more than a threshold (in points of the journey's scale):
"check this assumption".
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from klantreis_desktop.analysis.current_vs_ideal import normalise_title
from klantreis_desktop.analysis.metrics_import import _Targets
from klantreis_desktop.analysis.sheets import (
    Cancelled,
    Table,
    TableError,
    check_cancelled,
    parse_numbers,
    text_of,
)
from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.model.operations import update

#: Scales a survey may use, smallest first: the first that holds every answer is chosen.
SURVEY_SCALES: tuple[tuple[int, int], ...] = ((-2, 2), (1, 5), (1, 7), (1, 10), (0, 10))
MIN_ANSWERS = 5  # fewer answers at a point are shown, but never flagged
#: Columns of a wide survey that hold no scores (normalised header names).
NOT_TOUCHPOINTS = frozenset({"respondent", "respondentid", "id", "klantnummer", "klantid",
                             "customer", "customerid", "klant", "datum", "date", "tijdstip",
                             "timestamp", "segment", "persona", "doelgroep"})


def _tr(text: str) -> str:
    return translate("Analysis", text)


@dataclass(frozen=True)
class SurveySpec:
    """Wide: ``columns`` maps score columns to touchpoint titles or ids ("" = the header).
    Long: ``touchpoint`` and ``score`` name the two columns. ``persona`` puts every answer
    without a segment on that persona (an id or name)."""

    columns: tuple[tuple[str | int, str], ...] = ()
    touchpoint: str | int | None = None
    score: str | int | None = None
    segment: str | int | None = None
    scale: tuple[int, int] | None = None
    persona: str = ""
    source: str = ""
    date: str = ""
    target: str = "auto"
    #: Points beyond which a measured median flags the assumed score, kept as the
    #: journey's setting in the same undo step (None: leave the journey's as it is).
    threshold: float | None = None


def detect_scale(values: Sequence[float]) -> tuple[int, int]:
    """The smallest usual scale that holds every answer."""
    low, high = min(values), max(values)
    for scale in SURVEY_SCALES:
        if scale[0] <= low and high <= scale[1]:
            return scale
    raise TableError(_tr("Scores from {low} to {high} fit no survey scale (−2…+2, 1…5, 1…7, "
                         "0…10, 1…10); give the scale.").format(low=_n(low), high=_n(high)))


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return median, q1, q3


@dataclass
class SurveyImport:
    """What the import would do: apply :attr:`change` (one undo step)."""

    change: ChangeSet
    scores: dict[str, list[m.MeasuredScore]]
    scale: tuple[int, int]
    answers: int
    unknown: list[str] = field(default_factory=list)


def plan_survey(doc: Document, journey: str, table: Table, spec: SurveySpec,
                cancelled: Cancelled | None = None) -> SurveyImport:
    """Check the survey and build the change that stores the measured scores."""
    if journey not in doc or doc.kind(journey) != k.JOURNEY:
        raise TableError(_tr("There is no such journey in the document."))
    targets = _Targets(doc, journey, spec.target)
    answers = _answers(table, spec, cancelled)  # (touchpoint name, segment, score)
    if not answers:
        raise TableError(_tr("The survey holds no scores."))
    scale = spec.scale or detect_scale([a[2] for a in answers])
    outside = [a for a in answers if not scale[0] <= a[2] <= scale[1]]
    if outside:
        raise TableError(_tr("{count} scores lie outside the scale {low}…{high} (first: {score} "
                             "at “{name}”).").format(count=len(outside), low=scale[0],
                                                     high=scale[1], score=_n(outside[0][2]),
                                                     name=outside[0][0][:60]))
    personas = {normalise_title(doc.title(p)): p for p in doc.personas()}
    personas.update({p: p for p in doc.personas()})
    default = personas.get(spec.persona) or personas.get(normalise_title(spec.persona), "")
    if spec.persona and not default:
        raise TableError(_tr("There is no persona “{name}”.").format(name=spec.persona))
    grouped: dict[tuple[str, str, str], list[float]] = {}
    unknown: dict[str, int] = {}
    nodes: dict[str, str | None] = {}
    for name, segment, score in answers:
        if name not in nodes:
            nodes[name], _why = targets.find(name, "")
        node = nodes[name]
        if node is None:
            unknown[name] = unknown.get(name, 0) + 1
            continue
        persona = (personas.get(segment) or personas.get(normalise_title(segment), "")
                   if segment else default)
        label = doc.title(persona) if persona else segment
        grouped.setdefault((node, persona, label), []).append(score)
    if unknown:
        raise TableError(_tr("Nothing was imported: {count} touchpoints of the survey are not "
                             "in the journey: {names}").format(
            count=len(unknown), names="; ".join(f"“{n[:60]}”" for n in list(unknown)[:20])))
    scores: dict[str, list[m.MeasuredScore]] = {}
    for (node, persona, label), values in sorted(grouped.items()):
        values.sort()
        median, q1, q3 = _quartiles(values)
        scores.setdefault(node, []).append(m.MeasuredScore(
            label, median, q1, q3, len(values), scale[0], scale[1], persona,
            spec.source[:m.MAX_TEXT], spec.date))
    try:
        change = m.update_measured(doc, scores, _tr("Import survey from {file}").format(
            file=table.name) if table.name else "")
        if spec.threshold is not None:
            change = change.merged_with(update(doc, journey,
                                               assumption_threshold=spec.threshold))
    except ModelError as error:
        raise TableError(str(error)) from error
    return SurveyImport(change, scores, scale, len(answers), [])


def _answers(table: Table, spec: SurveySpec,
             cancelled: Cancelled | None) -> list[tuple[str, str, float]]:
    segment = None if spec.segment is None else table.column(spec.segment)
    found: list[tuple[str, str, float]] = []
    if spec.touchpoint is not None and spec.score is not None:
        name_column, score_column = table.column(spec.touchpoint), table.column(spec.score)
        scores = parse_numbers(table, score_column, table.header[score_column]).values
        for number, row in enumerate(table.rows):
            value = scores[number]
            name = text_of(table.cell(row, name_column))
            if value is None or not name:
                continue
            found.append((name, _segment(table, row, segment), value))
        return found
    from klantreis_desktop.analysis.csvformat import normalise_header

    columns = spec.columns or tuple(
        (index, "") for index, name in enumerate(table.header)
        if index != segment and normalise_header(name) not in NOT_TOUCHPOINTS)
    for column, name in columns:
        check_cancelled(cancelled)
        index = table.column(column)
        title = name or table.header[index]
        scores = parse_numbers(table, index, title).values
        for number, row in enumerate(table.rows):
            value = scores[number]
            if value is not None:
                found.append((title, _segment(table, row, segment), value))
    return found


def _segment(table: Table, row: list[Any], column: int | None) -> str:
    return "" if column is None else text_of(table.cell(row, column))[:m.MAX_TEXT]


# Assumed vs measured -----------------------------------------------------------------------

@dataclass(frozen=True)
class AssumptionFinding:
    """One point where the team's assumption and the survey disagree ("check this")."""

    anchor: str  # touchpoint or phase id
    title: str
    phase: str  # the phase's title
    persona: str  # the persona whose assumed score is compared
    persona_name: str
    segment: str  # the measured segment's label
    assumed: int  # on the journey's scale
    measured: float  # median on the journey's scale
    q1: float
    q3: float
    n: int
    difference: float  # measured − assumed

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("measured", "q1", "q3", "difference"):
            data[key] = round(data[key], 3)
        return data


def assumption_findings(doc: Document, journey: str, threshold: float | None = None,
                        min_answers: int = MIN_ANSWERS) -> list[AssumptionFinding]:
    """Points where |measured median − assumed score| > ``threshold`` (None: the
    journey's own, :func:`~klantreis_desktop.model.measures.threshold_of`), largest first.

    A persona's measured curve is compared with that persona's assumed points; the
    answers of every customer (no segment) with the assumed point of each persona that has
    no measured score of its own there. A named segment that is no persona ("Zakelijk")
    is never credited to a persona: its figures are not theirs. Points with fewer than
    ``min_answers`` answers are left out.
    """
    scale = doc.scale(journey)
    if threshold is None:
        threshold = m.threshold_of(doc, journey)
    assumed: dict[tuple[str, str], int] = {}
    for emotion in doc.emotions(journey):
        anchor, persona = doc.emotion_anchor(emotion), doc.target(emotion, k.FELT_BY)
        if anchor is not None and persona is not None:
            assumed[anchor, persona] = int(doc.get(emotion, "score"))
    found: list[AssumptionFinding] = []
    for node in m.measured_nodes(doc, journey):
        phase = node if doc.kind(node) == k.PHASE else doc.phase_of(node)
        scores = m.measured_of(doc, node)
        own = {s.persona for s in scores if s.persona}
        for score in scores:
            if score.n < min_answers or (not score.persona and score.segment):
                continue
            median, q1, q3 = score.on_scale(scale)
            personas = [score.persona] if score.persona else sorted(
                p for (a, p) in assumed if a == node and p not in own)
            for persona in personas:
                if (node, persona) not in assumed:
                    continue
                guess = assumed[node, persona]
                if abs(median - guess) > threshold:
                    found.append(AssumptionFinding(
                        node, doc.title(node), doc.title(phase) if phase else "", persona,
                        doc.title(persona), score.segment, guess, median, q1, q3, score.n,
                        median - guess))
    return sorted(found, key=lambda f: (-abs(f.difference), f.title, f.persona_name))


def measured_curves(doc: Document, journey: str) -> dict[str, list[tuple[str, m.MeasuredScore]]]:
    """Per persona id or segment label, its measured points (anchor, score) in journey
    order (phases left to right, touchpoints by their order): what the canvas and the
    poster draw beside the assumed curve, like the compare overlay."""
    phase_index = {p: i for i, p in enumerate(doc.phases(journey))}

    def position(node: str) -> tuple[int, float, str]:
        if doc.kind(node) == k.PHASE:
            return phase_index.get(node, 0), float("-inf"), node
        return (phase_index.get(doc.phase_of(node) or "", 0), float(doc.get(node, "order")),
                node)

    curves: dict[str, list[tuple[str, m.MeasuredScore]]] = {}
    for node in sorted(m.measured_nodes(doc, journey), key=position):
        for score in m.measured_of(doc, node):
            curves.setdefault(score.persona or score.segment, []).append((node, score))
    return curves


def _n(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
