"""The cleaning sample with figures on every touchpoint, checked against a walked log,
and what the check's marks may not cover (review s6 #4): shared by the canvas, presenting
and poster tests of the share labels and drop tags."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from klantreis_desktop.analysis import conformance as cf
from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis.path_table import PathTable, variants_of
from klantreis_desktop.analysis.sheets import parse_csv_table
from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.layout.measured import ArrowMark, DropMark
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.templates import build_sample
from tests.support import synthetic


def figured_sample() -> tuple[Document, str]:
    """The sample with NPS, CSAT, waiting time and an own score on every touchpoint, as the
    review's metrics table had (long badges on every card)."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    lines = ["Contactmoment;NPS;CSAT;Gem. wachttijd;Klantscore"]
    for i, node in enumerate(doc.parts(journey, k.TOUCHPOINT)):
        lines.append(f"{doc.title(node)};{(i * 17) % 90 - 40};{60 + i},5%;{i * 1.5:.1f}"
                     .replace(".", ",") + f";{6 + i % 3},{i % 10}")
    table = parse_csv_table("\n".join(lines).encode(), "cijfers.csv")
    doc.apply(mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header)).change)
    return doc, journey


def walked_check(doc: Document, journey: str, customers: int = 3000) -> cf.Conformance:
    """A log that walks the map as the 1M-event log does: every arrow taken, drop-outs
    at every touchpoint, repeats."""
    model = synthetic.flow_model(doc, journey)
    rng = random.Random(7)
    walks = Counter(tuple(synthetic.walk(model, rng, 0.05, 0.18)) for _ in range(customers))
    return cf.check_conformance(doc, journey, PathTable(variants_of(walks.items()), "log.csv"))


@dataclass(frozen=True)
class Covered:
    mark: str
    what: str
    rect: Rect

    def __str__(self) -> str:
        return f"{self.mark} on {self.what}"


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0.5 and h > 0.5 else 0.0


def card_text(rect: Rect, opt: LayoutOptions) -> Rect:
    """Where a card's title may be written (canvas and poster alike)."""
    pad = opt.card_padding
    return Rect(rect.x + pad, rect.y + pad, rect.w - 2 * pad,
                max(rect.h - 2 * pad - opt.card_footer, 0.0))


def covered(doc: Document, layout: JourneyLayout, arrows: tuple[ArrowMark, ...],
            drops: tuple[DropMark, ...], badges: list[Rect], footers: list[Rect],
            opt: LayoutOptions) -> list[Covered]:
    """Every mark that lies on content: a phase or lane header, a card's text, a badge,
    a footer's icon/pill/votes, another label or tag; a drop tag on an arrow."""
    headers = [("the corner", layout.corner)]
    headers += [(f"header {doc.title(c.phase)}", c.header) for c in layout.columns]
    headers += [(f"lane {doc.title(r.lane)}", r.header) for r in layout.rows]
    texts = [(f"text of {doc.title(n)}", card_text(b.rect, opt))
             for n, b in layout.cards.items()]
    marks: list[tuple[str, Rect]] = [
        (f"share {a.label} {doc.title(a.source)[:12]}→{doc.title(a.target)[:12]}",
         a.label_rect) for a in arrows if a.label]
    marks += [(f"drop {d.label} {doc.title(d.touchpoint)[:12]}", d.rect) for d in drops]
    found: list[Covered] = []
    for i, (name, rect) in enumerate(marks):
        things = [*headers, *texts, *(("a badge", b) for b in badges),
                  *(("a footer mark", f) for f in footers),
                  *((other, r) for j, (other, r) in enumerate(marks) if j != i)]
        found += [Covered(name, what, r) for what, r in things if _overlap(rect, r) > 0]
    for drop in drops:
        for route in layout.flows:
            for a, b in zip(route.points, route.points[1:], strict=False):
                seg = Rect(min(a[0], b[0]) - 0.5, min(a[1], b[1]) - 0.5,
                           abs(b[0] - a[0]) + 1.0, abs(b[1] - a[1]) + 1.0)
                if _overlap(drop.rect, seg) > 0:
                    found.append(Covered(f"drop {drop.label} {doc.title(drop.touchpoint)[:12]}",
                                         "an arrow", seg))
    return found
