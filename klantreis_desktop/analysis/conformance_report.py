"""Conformance and assumption findings as plain lines for the terminal (translated)."""

from __future__ import annotations

from collections.abc import Sequence

from klantreis_desktop.analysis.conformance import Conformance, reason_labels
from klantreis_desktop.analysis.report import quoted
from klantreis_desktop.analysis.survey import AssumptionFinding
from klantreis_desktop.i18n import translate

TOP = 8


def _tr(text: str) -> str:
    return translate("Analysis", text)


def _pct(share: float) -> str:
    from klantreis_desktop.layout.measured import percent_text

    return percent_text(share)


def _customers(n: int) -> str:
    """"1 customer", "3 customers" ("1 klant", "3 klanten"): the two forms are two
    strings, so lupdate and translators see both."""
    return (_tr("{count} customer") if n == 1 else _tr("{count} customers")).format(
        count=count_text(n))


def count_text(n: int) -> str:
    """A whole number as the interface writes it: 97.521 in Dutch, 97,521 in English."""
    from klantreis_desktop.i18n import language
    from klantreis_desktop.layout.measured import decimal_for

    return f"{n:,}".replace(",", "." if decimal_for(language()) == "," else ",")


def _num(value: float) -> str:
    """A score as the badges write it: one decimal, − sign, decimal comma in Dutch."""
    from klantreis_desktop.i18n import language
    from klantreis_desktop.layout.measured import decimal_for, signed_text

    return signed_text(value, decimal_for(language()))


def conformance_text(result: Conformance) -> list[str]:
    """What customers did with the designed journey, busiest findings first."""
    head = _tr("Designed journey against {source}: {customers}, {fitting} ({share}) follow "
               "the map from start to end").format(
        source=result.source or _tr("the log"), customers=_customers(result.customers),
        fitting=count_text(result.fitting), share=_pct(result.fitness))
    if result.segment is not None:
        head += " " + _tr("(segment {name})").format(name=quoted(result.segment))
    lines = [head]
    lines += why_not_text(result)
    used = sorted((a for a in result.arrows if a.customers), key=lambda a: -a.customers)
    if used:  # an arrow nobody took is listed only under "Arrows nobody took"
        lines.append(_tr("Arrows taken:"))
    lines += [_tr("  {source} → {target}: {customers} ({share} of those who got there)").format(
        source=quoted(a.source_title), target=quoted(a.target_title),
        customers=_customers(a.customers), share=_pct(a.share_of_source)) for a in used[:TOP]]
    lines += _more(used)
    unused = [a for a in result.arrows if a.customers == 0]
    if unused:
        lines.append(_tr("Arrows nobody took: {arrows}").format(arrows=", ".join(
            f"{quoted(a.source_title)} → {quoted(a.target_title)}" for a in unused)))
    drops = sorted((t for t in result.touchpoints if t.dropped), key=lambda t: -t.dropped)
    if drops:
        lines.append(_tr("Drop-outs:"))
        lines += [(_tr("  {title}: {count} customer stops here ({share} of its visitors)")
                   if t.dropped == 1 else
                   _tr("  {title}: {count} customers stop here ({share} of its visitors)")
                   ).format(title=quoted(t.title), count=count_text(t.dropped),
                        share=_pct(t.drop_share))
                  for t in drops[:TOP]]
        lines += _more(drops)
    skipped = sorted((t for t in result.touchpoints if t.skipped), key=lambda t: -t.skipped)
    if skipped:
        lines.append(_tr("Skipped touchpoints: {items}").format(items=", ".join(
            f"{quoted(t.title)} ({count_text(t.skipped)})" for t in skipped)))
    labels = {"shortcut": _tr("shortcut"), "loop": _tr("way back"),
              "new_arrow": _tr("route the map lacks")}
    if result.deviations:
        lines.append(_tr("Where customers leave the arrows:"))
        lines += [_tr("  {kind}: {source} → {target}: {customers}").format(
            kind=labels.get(d.kind, d.kind), source=quoted(d.source_title),
            target=quoted(d.target_title), customers=_customers(d.customers))
            for d in result.deviations[:TOP]]
        lines += _more(result.deviations)
    repeats = result.repeats()
    if repeats:
        lines.append(_tr("Repeats (the same touchpoint twice or more in a row):"))
        lines += [_tr("  {title}: {customers} ({share} of its visitors)").format(
            title=quoted(t.title), customers=_customers(t.repeated),
            share=_pct(t.repeated / t.reached if t.reached else 0.0)) for t in repeats[:TOP]]
        lines += _more(repeats)
    if result.missing:  # every one: each may need a touchpoint (the dialog maps them)
        lines.append(_tr("Steps the map lacks: {items}").format(items=", ".join(
            f"{quoted(s.name)} ({count_text(s.customers)})" for s in result.missing)))
    return lines


def why_not_text(result: Conformance) -> list[str]:
    """Where the customers who do not follow the map went: every reason with its customers
    (one customer can have several), and, honestly, the deviations the log has none of."""
    why = result.why_not_fitting()
    if not why:
        return []
    labels = reason_labels(translate)
    lines = [_tr("Why {count} do not follow the map (a customer can have several reasons):"
                 ).format(count=count_text(result.customers - result.fitting))]
    lines += [_tr("  {reason}: {customers}, {only} for this reason only").format(
        reason=labels.get(reason, reason), customers=_customers(n), only=count_text(only))
        + same_customers_text(result, reason) for reason, n, only in why]
    if not result.deviations:
        lines.append(_tr("  No shortcuts, ways back or routes the map lacks in this log."))
    return lines


def same_customers_text(result: Conformance, reason: str) -> str:
    """" — 80,099 of them are the customers who take a step the map lacks there": a
    shortcut (or way back) over an event the map lacks is the same customers counted
    twice, and a facilitator otherwise reads two problems (the dialog, the CLI and the
    analysis panel add it to the reason's line)."""
    same = result.same_as_missing(reason) if reason != "missing_step" else 0
    if not same or not result.reasons.get("missing_step"):
        return ""
    if same == result.reasons.get(reason):
        return _tr(" — all of them are the customers who take a step the map lacks there")
    return _tr(" — {count} of them are the customers who take a step the map lacks "
              "there").format(count=count_text(same))


def _more(items: Sequence[object]) -> list[str]:
    """"  … and 4 more" under a list cut to :data:`TOP` (nothing left out unsaid)."""
    if len(items) <= TOP:
        return []
    return [_tr("  … and {count} more").format(count=len(items) - TOP)]


def assumption_text(title: str, findings: list[AssumptionFinding]) -> list[str]:
    lines = [_tr("Check these assumptions in {title}:").format(title=quoted(title))]
    lines += [_tr("  {touchpoint} ({persona}): assumed {assumed}, measured {measured} "
                  "(middle half {low} … {high}, n = {n})").format(
        touchpoint=quoted(f.title), persona=f.persona_name,
        assumed=(f"{f.assumed:+d}" if f.assumed else "0").replace("-", "−"),
        measured=_num(f.measured),
        low=_num(f.q1), high=_num(f.q3), n=f.n) for f in findings]
    return lines
