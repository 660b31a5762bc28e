"""Plain-text reports of analyses, for ``klantreis analyse`` and ``klantreis import-events``.

Every sentence goes through ``translate("Analysis", …)`` so the report follows the
user's language; titles and names from the document are quoted as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from klantreis_desktop.analysis.current_vs_ideal import Comparison
from klantreis_desktop.analysis.customer_paths import LogSummary
from klantreis_desktop.analysis.journey import EmotionPoint, JourneyAnalysis, RatedCard
from klantreis_desktop.analysis.segments import Segmentation
from klantreis_desktop.i18n import QT_TRANSLATE_NOOP, translate

INDENT = "  "


def _tr(text: str) -> str:
    return translate("Analysis", text)


def quoted(text: str) -> str:
    return _tr("“{text}”").format(text=text)


def _listing(items: Iterable[str]) -> str:
    found = list(items)
    return ", ".join(found) if found else _tr("none")


def _point(point: EmotionPoint, result: JourneyAnalysis) -> str:
    return _tr("{score} at {title}").format(score=result.score(point.score),
                                            title=quoted(point.title))


#: The quadrants' names (English sources, context "Analysis").
QUADRANT_LABELS = {
    "quick_win": QT_TRANSLATE_NOOP("Analysis", "Quick wins (high impact, low effort)"),
    "big_bet": QT_TRANSLATE_NOOP("Analysis", "Big bets (high impact, high effort)"),
    "fill_in": QT_TRANSLATE_NOOP("Analysis", "Fill-ins (low impact, low effort)"),
    "money_pit": QT_TRANSLATE_NOOP("Analysis", "Money pits (low impact, high effort)"),
    "unrated": QT_TRANSLATE_NOOP("Analysis", "Not rated yet"),
}


def quadrant_label(quadrant: str, tr: Callable[[str, str], str] = translate) -> str:
    """The quadrant's name (``tr``: another language's translator, e.g. a journey's)."""
    found = QUADRANT_LABELS.get(quadrant)
    return tr("Analysis", found) if found is not None else quadrant


def term_label(term: str) -> str:
    return {"short": _tr("short term"), "long": _tr("long term")}.get(term, _tr("no term"))


def _rated(card: RatedCard) -> str:
    if card.impact <= 0 and card.effort <= 0:  # 0 is "not rated", not a score of 0
        return _tr("{title} ({votes} votes, impact and effort not rated, {term})").format(
            title=quoted(card.title), votes=card.votes, term=term_label(card.term))
    return _tr("{title} ({votes} votes, impact {impact}, effort {effort}, {term})").format(
        title=quoted(card.title), votes=card.votes, impact=card.impact, effort=card.effort,
        term=term_label(card.term))


def journey_text(result: JourneyAnalysis) -> list[str]:
    """The report of one journey, one line per finding."""
    scenario = {"current": _tr("current situation"), "ideal": _tr("ideal situation")}
    lines = [_tr("Journey {title} ({scenario})").format(
        title=quoted(result.title), scenario=scenario.get(result.scenario, result.scenario))]
    lines.append(_tr("Emotions"))
    if not result.personas:
        lines.append(INDENT + _tr("No persona has emotion scores in this journey."))
    for persona in result.personas:
        if not persona.points:
            lines.append(INDENT + _tr("{name}: no emotion scores yet").format(
                name=persona.name))
            continue
        lines.append(INDENT + _tr("{name}: lowest {points}").format(
            name=persona.name, points=_listing(_point(p, result) for p in persona.lowest)))
        swings = [_tr("{source} → {target} ({change:+d})").format(
            source=quoted(s.source.title), target=quoted(s.target.title), change=s.change)
            for s in persona.swings]
        lines.append(INDENT * 2 + _tr("largest swings: {swings}").format(
            swings=_listing(swings)))
        moments = [quoted(m.title) + ("" if m.score is None else f" ({result.score(m.score)})")
                   for m in persona.moments]
        lines.append(INDENT * 2 + _tr("moments of truth: {moments}").format(
            moments=_listing(moments)))
    lines += _channel_lines(result)
    lines.append(_tr("Pain points per phase (most votes first)"))
    for phase, cards in result.pains.items():
        if cards:
            lines.append(INDENT + result.phase_titles.get(phase, "") + ": " +
                         "; ".join(_rated(c) for c in cards))
    lines.append(_tr("Opportunities by impact and effort"))
    for quadrant, cards in result.opportunities.items():
        if cards:
            lines.append(INDENT + quadrant_label(quadrant) + ": " +
                         "; ".join(_rated(c) for c in cards))
    return lines + _flow_lines(result)


def _channel_lines(result: JourneyAnalysis) -> list[str]:
    matrix = result.channels
    lines = [_tr("Channels per phase (number of touchpoints)")]
    names = [matrix.titles.get(c, "") for c in matrix.channels]
    width = max([len(n) for n in names] + [8])
    heads = [matrix.titles.get(p, "")[:12] for p in matrix.phases]
    lines.append(INDENT + " " * width + " | " + " | ".join(f"{h:>12}" for h in heads))
    for name, row in zip(names, matrix.counts, strict=True):
        cells = " | ".join(f"{n or '·':>12}" for n in row)
        lines.append(INDENT + f"{name:<{width}} | {cells}")
    lines.append(INDENT + _tr("Phases without touchpoints: {phases}").format(
        phases=_listing(quoted(matrix.titles.get(p, "")) for p in matrix.empty_phases)))
    lines.append(INDENT + _tr("Channels used in one phase only: {channels}").format(
        channels=_listing(matrix.titles.get(c, "") for c in matrix.single_phase_channels)))
    return lines


def _flow_lines(result: JourneyAnalysis) -> list[str]:
    flow = result.flow
    name = flow.titles.get
    lines = [_tr("Flow")]
    if not flow.has_flows:
        return lines + [INDENT + _tr("The journey has no flow arrows yet.")]
    lines.append(INDENT + _tr("Dead ends: {items}").format(
        items=_listing(quoted(name(n, "")) for n in flow.dead_ends)))
    lines.append(INDENT + _tr("Unreachable touchpoints: {items}").format(
        items=_listing(quoted(name(n, "")) for n in flow.unreachable)))
    phase = quoted(name(flow.end_phase, ""))
    if flow.reaches_end_goal:
        lines.append(INDENT + _tr("Every path reaches the end goal (the last phase, {phase})."
                                  ).format(phase=phase))
    else:
        lines.append(INDENT + _tr("Not every path reaches the end goal (the last phase, "
                                  "{phase}); paths stop at: {items}").format(
            phase=phase, items=_listing(quoted(name(n, "")) for n in flow.short_ends)))
    if flow.end_goal:
        lines.append(INDENT + _tr("End goal: {goal}").format(goal=quoted(flow.end_goal)))
    return lines


def comparison_text(result: Comparison) -> list[str]:
    title = result.titles.get
    lines = [_tr("Current {current} vs ideal {ideal}").format(
        current=quoted(title(result.current, "")), ideal=quoted(title(result.ideal, "")))]
    lines.append(INDENT + _tr("Touchpoints added: {items}").format(
        items=_listing(quoted(title(n, "")) for n in result.added)))
    lines.append(INDENT + _tr("Touchpoints left out: {items}").format(
        items=_listing(quoted(title(n, "")) for n in result.removed)))
    for persona in result.personas:
        lines.append(INDENT + _tr("Average emotion per phase for {name}:").format(
            name=persona.name))
        for phase in persona.phases:
            def show(value: float | None) -> str:
                return "–" if value is None else f"{value:+.1f}"
            change = "" if phase.change is None else f" ({phase.change:+.1f})"
            lines.append(INDENT * 2 + f"{phase.title}: {show(phase.current)} → "
                                      f"{show(phase.ideal)}{change}")
    return lines


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 3_600:
        return _tr("{n:.0f} min").format(n=seconds / 60)
    if seconds < 86_400 * 2:
        return _tr("{n:.1f} h").format(n=seconds / 3_600)
    return _tr("{n:.1f} days").format(n=seconds / 86_400)


def log_text(summary: LogSummary, segmentation: Segmentation | None = None,
             top: int = 5) -> list[str]:
    """The paths report of an imported event log."""
    lines = [_tr("{customers} customers, {events} events, {paths} distinct paths").format(
        customers=summary.customers, events=summary.events, paths=summary.distinct_paths)]
    lines.append(_tr("Most frequent paths"))
    for item in summary.frequent[:top]:
        lines.append(INDENT + f"{item.share:6.1%}  " + " → ".join(item.path))
    lines.append(_tr("Busiest transitions (median time between)"))
    for step in summary.transitions[:top]:
        lines.append(INDENT + _tr("{source} → {target}: {count}× ({time})").format(
            source=step.source, target=step.target, count=step.count,
            time=_duration(step.median_seconds)))
    drops = summary.drop_offs
    lines.append(_tr("Drop-off before {end}: {dropped} customers").format(
        end=quoted(drops.end), dropped=drops.dropped))
    for point in drops.points[:top]:
        lines.append(INDENT + _tr("{share:6.1%} stop after {touchpoint}").format(
            share=point.share, touchpoint=quoted(point.touchpoint)))
    if segmentation is not None:
        lines.append(_tr("Segments ({k}; silhouette {score})").format(
            k=segmentation.k, score="–" if segmentation.silhouette is None
            else f"{segmentation.silhouette:.2f}"))
        for segment in segmentation.segments:
            lines.append(INDENT + _tr("{number}. {share:.1%} ({customers} customers): {path}"
                                      ).format(number=segment.index + 1, share=segment.share,
                                               customers=segment.customers,
                                               path=" → ".join(segment.typical_path)))
    return lines
