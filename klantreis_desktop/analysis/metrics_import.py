"""A metrics table onto a journey: NPS, CSAT, CES, volume, drop-off, conversion, waiting time
or any named figure, per touchpoint or phase (issue 19).

The table has one row per touchpoint or phase and one column per metric (as the GUI's
column-mapping dialog fills :class:`MetricsSpec`); rows are matched by id, then by title
(case, accents and punctuation ignored; a phase column tells touchpoints with the same
title apart). Everything is checked before anything changes: the result is **one**
ChangeSet (one undo step), or :class:`~.sheets.TableError` with every problem and the
document untouched. Names that match nothing are never dropped silently: they refuse the
import, or with ``skip_unknown`` are listed in :attr:`MetricsImport.unknown`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from klantreis_desktop.analysis.current_vs_ideal import normalise_title
from klantreis_desktop.analysis.sheets import (
    Cancelled,
    NumberColumn,
    Table,
    TableError,
    check_cancelled,
    header_guess,
    parse_day,
    parse_numbers,
    text_of,
)
from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

TARGETS = ("auto", "touchpoint", "phase")
#: Header names (normalised) that suggest a metric, Dutch and English.
METRIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "nps": ("nps", "netpromoterscore"),
    "csat": ("csat", "tevredenheid", "satisfaction", "klanttevredenheid"),
    "ces": ("ces", "customereffortscore", "klantinspanning", "gemak"),
    "volume": ("volume", "aantal", "count", "bezoeken", "visits", "contacten"),
    "drop_off": ("dropoff", "drop_off", "uitval", "afhakers", "afhaakpercentage", "bounce"),
    "conversion": ("conversion", "conversie", "conversieratio", "conversionrate"),
    "waiting_time": ("waitingtime", "waiting_time", "wachttijd", "wachttijdmin",
                     "waitingtimemin"),
}
KEY_SYNONYMS = ("touchpoint", "contactmoment", "stap", "step", "fase", "phase", "naam", "name",
                "titel", "title", "id")
PHASE_SYNONYMS = ("fase", "phase", "stage")
SEGMENT_SYNONYMS = ("segment", "persona", "doelgroep", "group", "groep")
DATE_SYNONYMS = ("datum", "date", "peildatum", "meetdatum", "period", "periode")
SOURCE_SYNONYMS = ("bron", "source")
N_SYNONYMS = ("n", "respondenten", "respondents", "aantalrespondenten")


def _tr(text: str) -> str:
    return translate("Analysis", text)


@dataclass(frozen=True)
class MetricColumn:
    """A column of figures: which metric it holds, its unit and direction (None/"default":
    as the known metric says)."""

    column: str | int
    metric: str
    label: str = ""
    unit: str | None = None
    higher_is_better: bool | None | str = "default"

    def definition(self) -> m.MetricDef:
        return m.metric_def(self.metric, self.label, self.unit, self.higher_is_better)


@dataclass(frozen=True)
class MetricsSpec:
    """How a metrics table maps onto a journey (what the column-mapping dialog fills)."""

    key: str | int
    metrics: tuple[MetricColumn, ...]
    target: str = "auto"  # "touchpoint", "phase" or "auto" (touchpoints first)
    phase: str | int | None = None
    segment: str | int | None = None
    date: str | int | None = None
    source_column: str | int | None = None
    n: str | int | None = None
    source: str = ""  # for rows without a source column (say, the file name)
    default_date: str = ""
    evidence: str = "observed"
    skip_unknown: bool = False


#: Words before a metric's name that do not change which metric it is ("Gem. wachttijd").
AVERAGE_PREFIXES = ("gemiddelde", "gem", "average", "avg", "mean", "mediaan", "median")


def guess_metric(name: str) -> str | None:
    """The known metric a header names ("Gem. wachttijd", "Avg waiting time" → waiting
    time), else None: the column is then a metric of its own, named after it."""
    from klantreis_desktop.analysis.csvformat import normalise_header

    normal = normalise_header(name)
    plain = next((normal[len(p):] for p in AVERAGE_PREFIXES
                  if normal.startswith(p) and len(normal) > len(p)), normal)
    for candidate in (normal, plain):
        found = next((metric for metric, words in METRIC_SYNONYMS.items()
                      if candidate in words), None)
        if found is not None:
            return found
    return None


def guess_spec(header: Sequence[str], rows: Sequence[Sequence[Any]] | None = None,
               percent_columns: Collection[int] = ()) -> MetricsSpec | None:
    """A spec from header names, or None when no key column or no metric is recognised.

    Every other column is a figure: of the known metric its name says, else of a metric of
    its own named after it (never silently the first known one). With ``rows``, a column
    without any value is left out (nothing to import), and a percentage metric's column
    of scores up to 10 (not an Excel percentage cell: ``percent_columns``) gets no "%"."""
    key = header_guess(header, KEY_SYNONYMS)
    if key is None:
        return None
    taken = {key}
    optional: dict[str, int | None] = {}
    for role, synonyms in (("phase", PHASE_SYNONYMS), ("segment", SEGMENT_SYNONYMS),
                           ("date", DATE_SYNONYMS), ("source_column", SOURCE_SYNONYMS),
                           ("n", N_SYNONYMS)):
        found = header_guess(header, synonyms)
        optional[role] = found if found is not None and found not in taken else None
        if found is not None:
            taken.add(found)
    columns: list[MetricColumn] = []
    for index, name in enumerate(header):
        if index in taken or not name.strip():
            continue
        if rows is not None and not any(
                index < len(row) and text_of(row[index]) for row in rows):
            continue
        metric = guess_metric(name)
        unit = "%" if "%" in name else None
        if unit is None and metric is not None and rows is not None and (
                index not in percent_columns) and _score_not_percent(metric, rows, index):
            unit = ""  # "CSAT" holding 4,5: an average score, not 4,5 %
        columns.append(MetricColumn(index, metric or name.strip(), "" if metric else name.strip(),
                                    unit))
    if not columns:
        return None
    return MetricsSpec(key, tuple(columns), **optional)  # type: ignore[arg-type]  # roles above


def _score_not_percent(metric: str, rows: Sequence[Sequence[Any]], index: int) -> bool:
    """Whether a column of a percentage metric (CSAT) holds scores instead: every value
    a number of at most 10 and none written with "%" (an average on a 1–5 or 1–10 scale,
    as many CSAT reports give it; its figures are then shown without "%")."""
    if m.KNOWN_METRICS.get(metric, m.MetricDef(metric, metric, "", True)).unit != "%":
        return False
    values = []
    for row in rows:
        cell = row[index] if index < len(row) else None
        if isinstance(cell, bool):
            return False
        if isinstance(cell, (int, float)):
            values.append(float(cell))
            continue
        text = text_of(cell).replace(" ", "")
        if not text:
            continue
        if text.endswith("%"):
            return False
        try:
            values.append(float(text.replace(",", ".")))
        except ValueError:
            return False
    return bool(values) and all(0 <= v <= 10 for v in values)


def empty_columns(table: Any, spec: MetricsSpec) -> list[str]:
    """The named columns the import leaves out because no row has a value in them (the
    dialog shows them unticked; the command line says so)."""
    def index(column: str | int | None) -> int | None:
        if isinstance(column, int) or column is None:
            return column
        return table.header.index(column) if column in table.header else None

    used = {index(c) for c in (spec.key, spec.phase, spec.segment, spec.date,
                               spec.source_column, spec.n)}
    used |= {index(c.column) for c in spec.metrics}
    return [name.strip() for at, name in enumerate(table.header)
            if name.strip() and at not in used
            and not any(at < len(row) and text_of(row[at]) for row in table.rows)]


@dataclass
class MetricsImport:
    """What an import would do: apply :attr:`change` (one undo step) to do it."""

    change: ChangeSet
    figures: dict[str, list[m.MetricValue]]
    definitions: list[m.MetricDef]
    unknown: list[str] = field(default_factory=list)  # "row 4: Belt de klant" lines
    rows: int = 0
    empty_cells: int = 0

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.figures.values())


class _Targets:
    """Touchpoints and phases of a journey by id and by normalised title."""

    def __init__(self, doc: Document, journey: str, target: str) -> None:
        self.doc = doc
        kinds = {"touchpoint": (k.TOUCHPOINT,), "phase": (k.PHASE,),
                 "auto": (k.TOUCHPOINT, k.PHASE)}[target]
        self.ids = {n for kind in kinds for n in doc.parts(journey, kind)}
        self.by_title: dict[tuple[str, str], list[str]] = {}
        for kind in kinds:
            for node in doc.parts(journey, kind):
                self.by_title.setdefault((kind, normalise_title(doc.title(node))), []).append(
                    node)
        self.kinds = kinds

    def find(self, key: str, phase: str) -> tuple[str | None, str]:
        """(node, "") or (None, why): "unknown" or "ambiguous"."""
        if key in self.ids:
            return key, ""
        title = normalise_title(key)
        for kind in self.kinds:
            found = self.by_title.get((kind, title), [])
            if phase and kind == k.TOUCHPOINT and len(found) > 1:
                wanted = normalise_title(phase)
                found = [n for n in found
                         if normalise_title(self.doc.title(self.doc.phase_of(n) or "")) == wanted]
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                return None, "ambiguous"
        return None, "unknown"


def plan_metrics(doc: Document, journey: str, table: Table, spec: MetricsSpec,
                 cancelled: Cancelled | None = None) -> MetricsImport:
    """Check the whole table against ``journey`` and build the one change (not applied)."""
    if journey not in doc or doc.kind(journey) != k.JOURNEY:
        raise TableError(_tr("There is no such journey in the document."))
    if spec.target not in TARGETS:
        raise TableError(_tr("Rows can be matched to touchpoints, phases or both."))
    if not spec.metrics:
        raise TableError(_tr("Choose at least one column of figures."))
    key = table.column(spec.key, _tr("touchpoint or phase"))
    optional = {role: None if getattr(spec, role) is None else table.column(getattr(spec, role))
                for role in ("phase", "segment", "date", "source_column", "n")}
    definitions = [column.definition() for column in spec.metrics]
    indexes = [table.column(column.column, column.metric) for column in spec.metrics]
    if len(set(indexes) | {key}) != len(indexes) + 1:
        raise TableError(_tr("Two metrics, or a metric and the names, use the same column."))
    from klantreis_desktop.layout.measured import metric_title

    seen: dict[str, int] = {}
    for definition, index in zip(definitions, indexes, strict=True):
        if definition.name in seen:
            raise TableError(_tr("The columns “{first}” and “{second}” are both mapped to "
                                 "the metric “{metric}”: choose another metric for one of "
                                 "them, or leave one out.").format(
                first=table.header[seen[definition.name]] or seen[definition.name] + 1,
                second=table.header[index] or index + 1, metric=metric_title(definition)))
        seen[definition.name] = index
    check_cancelled(cancelled)
    column_problems: list[str] = []  # listed with the rows' problems, all at once

    def numbers_of(index: int, label: str) -> NumberColumn:
        try:
            return parse_numbers(table, index, label)
        except TableError as error:
            column_problems.append(str(error))
            return NumberColumn([None] * len(table.rows), len(table.rows), False)

    numbers = [numbers_of(index, table.header[index] if index < len(table.header)
                          else str(index + 1)) for index in indexes]
    counts = None if optional["n"] is None else numbers_of(optional["n"], "n").values
    targets = _Targets(doc, journey, spec.target)
    figures: dict[str, dict[tuple[str, str], tuple[str, m.MetricValue]]] = {}
    problems: list[str] = []
    unknown: list[str] = []
    empty = 0
    for number, row in enumerate(table.rows):
        if number % 10_000 == 0:
            check_cancelled(cancelled)
        line = number + 2  # as Excel numbers rows: 1 is the header
        name = text_of(table.cell(row, key))
        if not name:
            problems.append(_tr("Row {row}: no touchpoint or phase name.").format(row=line))
            continue
        phase = "" if optional["phase"] is None else text_of(table.cell(row, optional["phase"]))
        node, why = targets.find(name, phase)
        if node is None:
            text = _tr("row {row}: “{name}”").format(row=line, name=name[:80])
            if why == "ambiguous":
                problems.append(_tr("Row {row}: more than one touchpoint is called “{name}”; "
                                    "add a phase column or use the id.").format(
                    row=line, name=name[:80]))
            else:
                unknown.append(text)
            continue
        date_cell = None if optional["date"] is None else table.cell(row, optional["date"])
        try:
            date = parse_day(date_cell) or spec.default_date
        except ValueError:
            problems.append(_tr("Row {row}: “{text}” is not a date.").format(
                row=line, text=text_of(date_cell)[:40]))
            continue
        segment = ("" if optional["segment"] is None
                   else text_of(table.cell(row, optional["segment"]))[:m.MAX_TEXT])
        source = ((text_of(table.cell(row, optional["source_column"]))
                   if optional["source_column"] is not None else "") or spec.source)[:m.MAX_TEXT]
        size = counts[number] if counts is not None else None
        for definition, column in zip(definitions, numbers, strict=True):
            value = column.values[number]
            if value is None:
                empty += 1
                continue
            problem = definition.refusal(value)
            if problem is not None:
                problems.append(_tr("Row {row}: {problem}").format(row=line, problem=problem))
                continue
            figure = m.MetricValue(definition.name, value, segment, source, date,
                                   spec.evidence, int(size) if size and size > 0 else 0)
            earlier = figures.setdefault(node, {}).get((definition.name, segment))
            if earlier is not None and earlier[0] == date:
                problems.append(_tr("Row {row}: {metric} of “{name}” is given twice for the same "
                                    "date.").format(row=line, metric=definition.title,
                                                    name=name[:80]))
            elif earlier is None or date > earlier[0]:  # the latest figure counts
                figures[node][definition.name, segment] = (date, figure)
    if unknown and not spec.skip_unknown:
        problems.insert(0, (_tr("A name matches no touchpoint or phase of the journey: {names}")
                            if len(unknown) == 1 else
                            _tr("{count} names match no touchpoint or phase of the journey: "
                                "{names}")).format(count=len(unknown),
                                                   names="; ".join(unknown[:20])))
    problems[:0] = column_problems
    if problems:
        raise TableError(_failure(problems))
    chosen = {node: [figure for _, figure in found.values()] for node, found in figures.items()}
    if not chosen:
        raise TableError(_tr("The table holds no figures for this journey."))
    try:
        change = m.update_metrics(doc, journey, chosen, definitions,
                                  _tr("Import metrics from {file}").format(file=table.name)
                                  if table.name else "")
    except ModelError as error:
        raise TableError(str(error)) from error
    return MetricsImport(change, chosen, definitions, unknown, len(table.rows), empty)


def _failure(problems: list[str], shown: int = 20) -> str:
    lines = [_tr("Nothing was imported:"), *problems[:shown]]
    if len(problems) > shown:
        lines.append(_tr("… and {count} more.").format(count=len(problems) - shown))
    return "\n".join(lines)


def metrics_table_rows(doc: Document, journey: str) -> list[dict[str, Any]]:
    """Every figure of a journey as flat records (for JSON, the CLI and the panel)."""
    found: list[dict[str, Any]] = []
    for node in m.measured_nodes(doc, journey):
        for value in m.metrics_of(doc, node):
            found.append({"id": node, "kind": doc.kind(node), "title": doc.title(node),
                          **value.to_dict()})
    return found
