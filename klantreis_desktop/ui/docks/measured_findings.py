"""The analysis panel's "Measured" section (issue 19): the assumptions a survey contradicts
and what the last check against an event log found.

Only lists what :mod:`klantreis_desktop.analysis.survey` and
:mod:`klantreis_desktop.analysis.conformance` computed; every entry carries the ids of the
touchpoints it is about, so a click selects them on the canvas like every other entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidgetItem

from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.docks.fit_tree import FitTree

BAD = QColor("#b3261e")
TOP = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisPanel", text)


def _pct(share: float) -> str:
    from klantreis_desktop.layout.measured import percent_text

    return percent_text(share)


def _count(n: int) -> str:
    from klantreis_desktop.analysis.conformance_report import count_text

    return count_text(n)


def _customers(n: int) -> str:
    """"1 customer", "3 customers" ("1 klant", "3 klanten"): two strings, both seen by
    lupdate (its Python parser marks no plural forms when n is a variable)."""
    return (_tr("{count} customer") if n == 1 else _tr("{count} customers")).format(
        count=_count(n))


def _num(value: float, scale: tuple[int, int] = (-2, 2)) -> str:
    """A score as the badges write it: one decimal, − sign, decimal comma in Dutch; no
    "+" on a scale that starts above 0 (1…5)."""
    from klantreis_desktop.i18n import language
    from klantreis_desktop.layout.measured import decimal_for, signed_text

    text = signed_text(value, decimal_for(language()))
    return text.lstrip("+") if scale[0] >= 0 else text


def fill_measured(tree: FitTree, doc: Document, journey: str) -> int:
    """Add the section's entries to ``tree``; the number of findings added."""
    from klantreis_desktop.analysis.conformance import Conformance
    from klantreis_desktop.analysis.journey import score_text
    from klantreis_desktop.analysis.survey import assumption_findings
    from klantreis_desktop.model import measures as m
    from klantreis_desktop.ui.canvas.measured_items import conformance_of

    count, scale = 0, doc.scale(journey)
    findings = assumption_findings(doc, journey)
    if findings:
        top = tree.add(_tr("Check these assumptions"), bold=True)
        for f in findings:
            tree.add(_tr("{title} ({persona}): assumed {assumed}, measured {measured} "
                         "(middle half {low} … {high}, n = {n})").format(
                title=f.title, persona=f.persona_name,
                assumed=score_text(f.assumed, scale).replace("-", "−"),
                measured=_num(f.measured, scale),
                low=_num(f.q1, scale), high=_num(f.q3, scale), n=f.n), [f.anchor], top, colour=BAD)
            count += 1
    elif m.measured_nodes(doc, journey) and any(
            m.measured_of(doc, node) for node in m.measured_nodes(doc, journey)):
        tree.add(_tr("The survey agrees with the team's curve (no gap over 1 point)."))
    from klantreis_desktop.ui.canvas.measured_items import is_current

    view = conformance_of(doc, journey, stale=True)
    result = view.result if view is not None else None
    if view is not None and not is_current(doc, journey, view):
        tree.add(_tr("Map changed since the check against {source}: check again "
                     "(Analysis › Check Against Event Log…)").format(
            source=getattr(result, "source", "") or view.label or _tr("the log")),
            bold=True, colour=BAD)
        count += 1
    elif isinstance(result, Conformance):
        count += _fill_conformance(tree, result)
    if not findings and result is None and not m.measured_nodes(doc, journey):
        tree.add(_tr("Nothing measured yet: File › Import › Metrics… or Survey…, or "
                     "Analysis › Check Against Event Log…"))
    return count


def _fill_conformance(tree: FitTree, result: object) -> int:
    from klantreis_desktop.analysis.conformance import Conformance

    assert isinstance(result, Conformance)
    top = tree.add(_tr("Against {source}: {share} of {customers} follow the map").format(
        source=result.source or _tr("the log"), share=_pct(result.fitness),
        customers=_customers(result.customers)), bold=True)
    if result.segment is not None:
        tree.add(_tr("Segment: {name}").format(name=result.segment), parent=top)
    count = _fill_why(tree, top, result)
    drops = sorted((t for t in result.touchpoints if t.dropped), key=lambda t: -t.dropped)
    for use in drops[:TOP]:
        tree.add(_tr("{title}: {share} of its visitors drop out here ({count})").format(
            title=use.title, share=_pct(use.drop_share), count=_count(use.dropped)),
            [use.touchpoint], top, colour=BAD)
        count += 1
    _more(tree, top, drops)
    skips = sorted((t for t in result.touchpoints if t.skipped), key=lambda t: -t.skipped)
    for use in skips[:TOP]:
        tree.add(_tr("{title}: skipped by {customers}").format(
            title=use.title, customers=_customers(use.skipped)), [use.touchpoint], top)
        count += 1
    _more(tree, top, skips)
    repeats = result.repeats()
    for use in repeats[:TOP]:
        tree.add(_tr("{title}: repeated by {customers} (twice or more in a row)").format(
            title=use.title, customers=_customers(use.repeated)), [use.touchpoint], top)
        count += 1
    _more(tree, top, repeats)
    kinds = {"shortcut": _tr("Shortcut"), "loop": _tr("Way back"),
             "new_arrow": _tr("Route the map lacks")}
    for dev in result.deviations[:TOP]:
        tree.add(_tr("{kind}: {source} → {target} ({customers})").format(
            customers=_customers(dev.customers),
            kind=kinds.get(dev.kind, dev.kind), source=dev.source_title,
            target=dev.target_title), [dev.source, dev.target], top)
        count += 1
    _more(tree, top, result.deviations)
    for step in result.missing:  # every one: each may be a touchpoint the map lacks
        tree.add(_tr("Step the map lacks: {name} ({customers})").format(
            name=step.name, customers=_customers(step.customers)),
            [n for n in (step.after, step.before) if n], top)
        count += 1
    unused = [a for a in result.arrows if a.customers == 0]
    for arrow in unused[:TOP]:
        tree.add(_tr("Nobody took {source} → {target}").format(
            source=arrow.source_title, target=arrow.target_title),
            [arrow.source, arrow.target], top)
        count += 1
    _more(tree, top, unused)
    return count


def _fill_why(tree: FitTree, top: QTreeWidgetItem, result: Any) -> int:
    """Why the others do not follow the map: one entry a reason (findings of their own)."""
    from klantreis_desktop.analysis.conformance import reason_labels
    from klantreis_desktop.analysis.conformance_report import same_customers_text

    labels = {reason: text[:1].upper() + text[1:]  # an entry of its own: a capital
              for reason, text in reason_labels(QCoreApplication.translate).items()}
    why = result.why_not_fitting()
    if not why:
        return 0
    head = tree.add(_tr("Why {count} do not follow the map (several reasons can apply):"
                        ).format(count=_count(result.customers - result.fitting)), parent=top)
    for reason, n, only in why:
        tree.add(_tr("{reason}: {customers}, {only} for this reason only").format(
            reason=labels.get(reason, reason), customers=_customers(n), only=_count(only))
            + same_customers_text(result, reason), parent=head)
    if not result.deviations:
        tree.add(_tr("No shortcuts, ways back or routes the map lacks in this log."),
                 parent=head)
    return len(why)


def _more(tree: FitTree, top: QTreeWidgetItem, items: list[Any]) -> None:
    """"… and 3 more" under a list cut to :data:`TOP`: nothing is left out unsaid."""
    if len(items) > TOP:
        tree.add(_tr("… and {count} more (see the poster's analysis page)").format(
            count=len(items) - TOP), parent=top)
