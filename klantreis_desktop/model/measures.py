"""Measured data on a journey (issue 19): metric figures and measured emotion scores.

Three optional, structured attributes hold it, so files stay at format version 2: a
version that does not know them keeps them on their nodes untouched (see
:mod:`klantreis_desktop.storage.preserve`), and a file without them reads as "nothing
measured". They are not in ``kinds.SCHEMA`` on purpose: the inspector builds one editor
per schema field, and these are lists of records, shown by their own views.

- ``metric_defs`` on a **journey**: which metrics it tracks (name, label, unit, higher is
  better, bounds), see :class:`MetricDef`;
- ``metrics`` on a **touchpoint or phase**: one figure per metric and segment, with its
  source, date and evidence (observed = measured, or assumed), see :class:`MetricValue`;
- ``measured_scores`` on a **touchpoint or phase**: per persona or segment the median,
  quartiles and number of answers of a survey, on the survey's own scale, see
  :class:`MeasuredScore`.

Every change is a :class:`ChangeSet` of ``SetAttrs`` (undo removes an attribute that was
not there before: :meth:`Document.apply` drops keys set to None). Values are replaced,
never changed in place, because copies of a document share them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from klantreis_desktop.i18n import language, translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import Atom, ChangeSet, SetAttrs
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

METRIC_DEFS = "metric_defs"
METRICS = "metrics"
MEASURED = "measured_scores"
#: The kinds that may carry each attribute.
CARRIERS: dict[str, frozenset[str]] = {
    METRIC_DEFS: frozenset({k.JOURNEY}),
    METRICS: frozenset({k.TOUCHPOINT, k.PHASE}),
    MEASURED: frozenset({k.TOUCHPOINT, k.PHASE}),
}
MEASURED_EVIDENCE: tuple[str, ...] = ("observed", "assumed")
MAX_RECORDS = 500  # per attribute of one node
MAX_TEXT = 200
LARGEST = 1e15  # no metric of a journey map is larger; 1e300 is a broken cell
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_NAME = re.compile(r"[a-z0-9_]{1,40}$")


def _tr(text: str) -> str:
    return translate("Model", text)


@dataclass(frozen=True)
class MetricDef:
    """What a metric means: ``higher_is_better`` None for a neutral figure (volume)."""

    name: str  # the key: lower case, digits and underscores ("nps", "waiting_time")
    label: str = ""
    unit: str = ""
    higher_is_better: bool | None = True
    minimum: float | None = None
    maximum: float | None = None

    @property
    def title(self) -> str:
        return self.label or self.name

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "unit": self.unit,
                "higher_is_better": self.higher_is_better, "minimum": self.minimum,
                "maximum": self.maximum}

    def refusal(self, value: float) -> str | None:
        """Why ``value`` cannot be a figure of this metric (None: it can)."""
        if not math.isfinite(value) or abs(value) > LARGEST:
            return _tr("{value} is not a usable number for {metric}.").format(
                value=_number(value), metric=self.title)
        low, high = self.minimum, self.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            if self.unit == "%":
                return _tr("{value} is not a percentage ({metric} lies between {low} and "
                           "{high}).").format(value=_number(value), metric=self.title,
                                              low=_number(low), high=_number(high))
            return _tr("{value} lies outside {low}…{high} for {metric}.").format(
                value=_number(value), metric=self.title,
                low="−∞" if low is None else _number(low),
                high="∞" if high is None else _number(high))
        return None


#: Metrics the column-mapping dialog proposes (CES on the 1–7 "it was easy" scale).
KNOWN_METRICS: dict[str, MetricDef] = {d.name: d for d in (
    MetricDef("nps", "NPS", "", True, -100.0, 100.0),
    MetricDef("csat", "CSAT", "%", True, 0.0, 100.0),
    MetricDef("ces", "CES", "", True, 1.0, 7.0),
    MetricDef("volume", "Volume", "", None, 0.0, None),
    MetricDef("drop_off", "Drop-off", "%", False, 0.0, 100.0),
    MetricDef("conversion", "Conversion", "%", True, 0.0, 100.0),
    MetricDef("waiting_time", "Waiting time", "min", False, 0.0, None),
)}


def threshold_of(doc: Document, journey: str) -> float:
    """Points (on the journey's scale) between measured median and assumed score beyond
    which an assumption is flagged: the journey's own choice, 1.0 unless set."""
    return float(doc.get(journey, "assumption_threshold") or 1.0)


def metric_key(name: str) -> str:
    """``"Wacht-tijd (min)"`` → ``"wacht_tijd_min"``: the key a metric is stored under."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    key = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40]
    return key


def metric_def(name: str, label: str = "", unit: str | None = None,
               higher_is_better: bool | None | str = "default") -> MetricDef:
    """A definition for ``name``: a known metric's, with what is given laid over it.

    Any other name is a free metric ("any named metric") without bounds; the unit ``%``
    bounds it to 0…100.
    """
    key = metric_key(name) if not _NAME.match(name) else name
    if not key:
        raise ModelError(_tr("A metric needs a name."))
    base = KNOWN_METRICS.get(key, MetricDef(key, label or name, "", True))
    unit = base.unit if unit is None else unit.strip()[:20]
    low, high = base.minimum, base.maximum
    if unit == "%" and base.unit != "%":
        low, high = 0.0, 100.0
    elif unit != base.unit and base.unit == "%":
        low, high = None, None
    better = base.higher_is_better if higher_is_better == "default" else higher_is_better
    return MetricDef(key, (label or base.label or name)[:MAX_TEXT], unit,
                     better if isinstance(better, bool) else None, low, high)


@dataclass(frozen=True)
class MetricValue:
    """One figure at a touchpoint or phase. ``segment`` "" is every customer."""

    metric: str
    value: float
    segment: str = ""
    source: str = ""
    date: str = ""  # ISO yyyy-mm-dd, "" when unknown
    evidence: str = "observed"
    n: int = 0  # how many customers or answers it rests on (0: unknown)

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "value": self.value, "segment": self.segment,
                "source": self.source, "date": self.date, "evidence": self.evidence,
                "n": self.n}


@dataclass(frozen=True)
class MeasuredScore:
    """A survey's answers at one touchpoint or phase for one persona or segment.

    On the survey's own scale (``low``…``high``, e.g. 1…10): :func:`on_scale` maps it onto
    a journey's emotion scale when it is drawn beside the assumed curve.
    """

    segment: str  # the persona's name or the segment's label
    median: float
    q1: float
    q3: float
    n: int
    low: int
    high: int
    persona: str = ""  # the persona's id when the segment is a persona
    source: str = ""
    date: str = ""

    def on_scale(self, scale: tuple[int, int]) -> tuple[float, float, float]:
        """(median, q1, q3) mapped linearly onto ``scale``."""
        return (rescale(self.median, (self.low, self.high), scale),
                rescale(self.q1, (self.low, self.high), scale),
                rescale(self.q3, (self.low, self.high), scale))

    def to_dict(self) -> dict[str, Any]:
        return {"segment": self.segment, "persona": self.persona, "median": self.median,
                "q1": self.q1, "q3": self.q3, "n": self.n, "low": self.low,
                "high": self.high, "source": self.source, "date": self.date}


def rescale(value: float, source: tuple[float, float], target: tuple[float, float]) -> float:
    (lo, hi), (to_lo, to_hi) = source, target
    if hi <= lo:
        return (to_lo + to_hi) / 2
    return to_lo + (value - lo) / (hi - lo) * (to_hi - to_lo)


# Reading ---------------------------------------------------------------------------------

def _records(doc: Document, node: str, name: str) -> list[dict[str, Any]]:
    value = doc.graph._node[node].get(name)
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []


def metric_defs(doc: Document, journey: str) -> list[MetricDef]:
    """The journey's metrics in their order."""
    return [_def_of(r) for r in _records(doc, journey, METRIC_DEFS)]


def metric_def_of(doc: Document, journey: str, metric: str) -> MetricDef:
    """The journey's definition of ``metric``, else the known one, else a plain one."""
    for found in metric_defs(doc, journey):
        if found.name == metric:
            return found
    return KNOWN_METRICS.get(metric, MetricDef(metric, metric, "", True))


def metrics_of(doc: Document, node: str) -> list[MetricValue]:
    """Every figure at a touchpoint or phase, by metric and segment."""
    return [_value_of(r) for r in _records(doc, node, METRICS)]


def metric_value(doc: Document, node: str, metric: str, segment: str = "") -> MetricValue | None:
    for value in metrics_of(doc, node):
        if value.metric == metric and value.segment == segment:
            return value
    return None


def measured_of(doc: Document, node: str) -> list[MeasuredScore]:
    """Every measured score at a touchpoint or phase, one per persona or segment."""
    return [_score_of(r) for r in _records(doc, node, MEASURED)]


def measured_nodes(doc: Document, journey: str) -> list[str]:
    """The journey's phases and touchpoints that carry any measured data."""
    return [n for n in doc.parts(journey, k.PHASE, k.TOUCHPOINT)
            if METRICS in doc.graph._node[n] or MEASURED in doc.graph._node[n]]


def figure_segments(doc: Document, journey: str) -> list[str]:
    """The segments the journey's figures are given for, sorted ("" = every customer is
    not one of them)."""
    return sorted({v.segment for node in measured_nodes(doc, journey)
                   for v in metrics_of(doc, node) if v.segment})


def shown_segment(doc: Document, journey: str, chosen: str = "") -> str:
    """The segment whose figures the map shows: ``chosen`` when the journey has figures
    for it, else every customer's, else — a table with figures per segment only — the
    first segment's (so an import never shows nothing)."""
    given = {v.segment for node in measured_nodes(doc, journey)
             for v in metrics_of(doc, node)}
    if chosen and chosen in given:
        return chosen
    return "" if "" in given or not given else min(given)


def metric_heat(doc: Document, journey: str, metric: str,
                segment: str = "") -> dict[str, float]:
    """Touchpoint or phase → 0…1 for heat colouring by ``metric`` (1 is best; a neutral
    metric: 1 is the largest). Nodes without the figure are left out."""
    found = {node: value.value for node in doc.parts(journey, k.PHASE, k.TOUCHPOINT)
             if (value := metric_value(doc, node, metric, segment)) is not None}
    if not found:
        return {}
    low, high = min(found.values()), max(found.values())
    better = metric_def_of(doc, journey, metric).higher_is_better
    span = high - low
    heat = {node: 1.0 if span == 0 else (v - low) / span for node, v in found.items()}
    return {node: 1.0 - h for node, h in heat.items()} if better is False else heat


def _def_of(r: Mapping[str, Any]) -> MetricDef:
    better = r.get("higher_is_better")
    return MetricDef(str(r.get("name", "")), str(r.get("label", "")), str(r.get("unit", "")),
                     better if isinstance(better, bool) else None,
                     _float_or_none(r.get("minimum")), _float_or_none(r.get("maximum")))


def _value_of(r: Mapping[str, Any]) -> MetricValue:
    return MetricValue(str(r.get("metric", "")), float(r.get("value", 0.0)),
                       str(r.get("segment", "")), str(r.get("source", "")),
                       str(r.get("date", "")), str(r.get("evidence", "observed")),
                       int(r.get("n", 0)))


def _score_of(r: Mapping[str, Any]) -> MeasuredScore:
    return MeasuredScore(str(r.get("segment", "")), float(r["median"]), float(r["q1"]),
                         float(r["q3"]), int(r["n"]), int(r["low"]), int(r["high"]),
                         str(r.get("persona", "")), str(r.get("source", "")),
                         str(r.get("date", "")))


def _float_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


# Changing --------------------------------------------------------------------------------

def _set(doc: Document, node: str, name: str, records: list[dict[str, Any]]) -> list[Atom]:
    old = doc.graph._node[node].get(name)
    new: list[dict[str, Any]] | None = records or None
    if old == new:
        return []
    return [SetAttrs(node, {name: old}, {name: new})]


def _require(doc: Document, node: str, name: str) -> None:
    if node not in doc:
        raise ModelError(_tr("The element {id} does not exist.").format(id=node[:40]))
    if doc.kind(node) not in CARRIERS[name]:
        raise ModelError(_tr("A {kind} cannot carry measured figures.").format(
            kind=doc.kind(node)))


def set_metric_defs(doc: Document, journey: str, defs: Iterable[MetricDef]) -> ChangeSet:
    """Make ``defs`` the journey's metrics (a name given twice: the last one counts)."""
    _require(doc, journey, METRIC_DEFS)
    chosen = {d.name: d for d in defs}
    records = [d.to_dict() for d in chosen.values()]
    _check(METRIC_DEFS, records)
    return ChangeSet(tuple(_set(doc, journey, METRIC_DEFS, records)), _tr("Metrics"))


def update_metrics(doc: Document, journey: str, figures: Mapping[str, Iterable[MetricValue]],
                   defs: Iterable[MetricDef] = (), label: str = "") -> ChangeSet:
    """One change that adds ``defs`` to the journey and lays ``figures`` over what each
    node has (a figure replaces the one of the same metric and segment). Every value is
    checked against its metric's bounds first: nothing changes when one is refused."""
    _require(doc, journey, METRIC_DEFS)
    known = {d.name: d for d in metric_defs(doc, journey)}
    known.update({d.name: d for d in defs})
    atoms: list[Atom] = []
    for node, values in figures.items():
        _require(doc, node, METRICS)
        if doc.journey_of(node) != journey:
            raise ModelError(_tr("{title} belongs to another journey.").format(
                title=doc.title(node)[:60]))
        merged = {(v.metric, v.segment): v for v in metrics_of(doc, node)}
        for value in values:
            definition = known.get(value.metric) or metric_def(value.metric)
            known.setdefault(value.metric, definition)
            problem = definition.refusal(value.value)
            if problem is not None:
                raise ModelError(problem)
            merged[value.metric, value.segment] = value
        records = [merged[key].to_dict() for key in sorted(merged)]
        _check(METRICS, records)
        atoms += _set(doc, node, METRICS, records)
    def_records = [d.to_dict() for d in known.values()]
    _check(METRIC_DEFS, def_records)
    return ChangeSet(tuple(_set(doc, journey, METRIC_DEFS, def_records) + atoms),
                     label or _tr("Import metrics"))


def remove_metric(doc: Document, journey: str, metric: str) -> ChangeSet:
    """Remove ``metric`` from the journey: its definition and every figure of it."""
    _require(doc, journey, METRIC_DEFS)
    atoms = _set(doc, journey, METRIC_DEFS, [d.to_dict() for d in metric_defs(doc, journey)
                                             if d.name != metric])
    for node in doc.parts(journey, k.PHASE, k.TOUCHPOINT):
        kept = [v.to_dict() for v in metrics_of(doc, node) if v.metric != metric]
        atoms += _set(doc, node, METRICS, kept)
    return ChangeSet(tuple(atoms), _tr("Remove metric"))


def update_measured(doc: Document, scores: Mapping[str, Iterable[MeasuredScore]],
                    label: str = "") -> ChangeSet:
    """Lay ``scores`` over each node's measured scores (one per persona or segment)."""
    atoms: list[Atom] = []
    for node, found in scores.items():
        _require(doc, node, MEASURED)
        merged = {(s.persona, s.segment): s for s in measured_of(doc, node)}
        merged.update({(s.persona, s.segment): s for s in found})
        records = [merged[key].to_dict() for key in sorted(merged)]
        _check(MEASURED, records)
        atoms += _set(doc, node, MEASURED, records)
    return ChangeSet(tuple(atoms), label or _tr("Import survey"))


def clear_measured(doc: Document, journey: str, segment: str | None = None) -> ChangeSet:
    """Remove the journey's measured scores (of one persona or segment label, or all)."""
    atoms: list[Atom] = []
    for node in doc.parts(journey, k.PHASE, k.TOUCHPOINT):
        kept = [s.to_dict() for s in measured_of(doc, node)
                if segment is not None and segment not in (s.segment, s.persona)]
        atoms += _set(doc, node, MEASURED, kept)
    return ChangeSet(tuple(atoms), _tr("Remove measured scores"))


# Checking (also for files: see invariants) -------------------------------------------------

def _check(name: str, records: list[dict[str, Any]]) -> None:
    problem = record_problem(name, records)
    if problem is not None:
        raise ModelError(problem)


def problems(nodes: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Measured data in the wrong place or of the wrong shape, one sentence per node."""
    found: list[str] = []
    for node, data in nodes.items():
        if METRICS not in data and MEASURED not in data and METRIC_DEFS not in data:
            continue
        for name in (METRIC_DEFS, METRICS, MEASURED):
            if name not in data:
                continue
            if data.get("kind") not in CARRIERS[name]:
                found.append(_tr("{id}: a {kind} cannot carry “{name}”.").format(
                    id=node, kind=str(data.get("kind"))[:40], name=name))
                continue
            problem = record_problem(name, data[name])
            if problem is not None:
                found.append(f"{node}: {problem}")
    return found


def record_problem(name: str, records: Any) -> str | None:
    """What is wrong with the value of attribute ``name`` (None: nothing)."""
    if not isinstance(records, list) or len(records) > MAX_RECORDS:
        return _tr("“{name}” must be a list of at most {count} entries.").format(
            name=name, count=MAX_RECORDS)
    check = {METRIC_DEFS: _def_problem, METRICS: _value_problem, MEASURED: _score_problem}[name]
    keys: set[tuple[Any, ...]] = set()
    for record in records:
        if not isinstance(record, dict):
            return _tr("“{name}” holds an entry that is not a record.").format(name=name)
        problem = check(record)
        if problem is not None:
            return problem
        key = ((record["name"],) if name == METRIC_DEFS else
               (record["metric"], record.get("segment", "")) if name == METRICS else
               (record.get("persona", ""), record["segment"]))
        if key in keys:
            return _tr("“{name}” holds “{key}” twice.").format(name=name, key=" / ".join(
                str(part) for part in key if part)[:80])
        keys.add(key)
    return None


def _texts(record: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = record.get(name, "")
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            return _tr("“{name}” must be a text of at most {count} characters.").format(
                name=name, count=MAX_TEXT)
    return None


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value) and abs(value) <= LARGEST)


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10 ** 12


def _date_problem(record: Mapping[str, Any]) -> str | None:
    date = record.get("date", "")
    if date and not (isinstance(date, str) and _DATE.match(date)):
        return _tr("A date must be written as yyyy-mm-dd.")
    return None


def _def_problem(record: Mapping[str, Any]) -> str | None:
    name = record.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        return _tr("A metric's name must be 1 to 40 lower-case letters, digits or “_”.")
    better = record.get("higher_is_better")
    if better is not None and not isinstance(better, bool):
        return _tr("“higher is better” must be yes, no or empty.")
    for bound in ("minimum", "maximum"):
        if record.get(bound) is not None and not _is_number(record.get(bound)):
            return _tr("A metric's bounds must be numbers.")
    return _texts(record, "label", "unit")


def _value_problem(record: Mapping[str, Any]) -> str | None:
    if not isinstance(record.get("metric"), str) or not _NAME.match(record["metric"]):
        return _tr("A figure must name its metric.")
    if not _is_number(record.get("value")):
        return _tr("A figure must be a number.")
    if record.get("evidence", "observed") not in MEASURED_EVIDENCE:
        return _tr("A figure's evidence must be “observed” or “assumed”.")
    if not _is_count(record.get("n", 0)):
        return _tr("A figure's number of customers must be a whole number from 0.")
    return _texts(record, "segment", "source") or _date_problem(record)


def _score_problem(record: Mapping[str, Any]) -> str | None:
    low: Any = record.get("low")
    high: Any = record.get("high")
    n: Any = record.get("n")
    if not (isinstance(low, int) and isinstance(high, int) and not isinstance(low, bool)
            and not isinstance(high, bool) and -100 <= low < high <= 100):
        return _tr("A measured score needs its scale (two whole numbers, low before high).")
    if not _is_count(n) or n < 1:
        return _tr("A measured score needs the number of answers (1 or more).")
    values: list[Any] = [record.get(name) for name in ("q1", "median", "q3")]
    if not all(_is_number(v) and low <= v <= high for v in values):
        return _tr("A measured score's median and quartiles must lie on its scale.")
    if not values[0] <= values[1] <= values[2]:
        return _tr("A measured score's quartiles must enclose its median.")
    return _texts(record, "segment", "persona", "source") or _date_problem(record)


def _number(value: float | None) -> str:
    """A number in a message: a minus sign (not a hyphen), the language's decimal mark."""
    if value is None:
        return "?"
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = f"{value:g}"
        if language() == "nl":
            text = text.replace(".", ",")
    return text.replace("-", "−")
