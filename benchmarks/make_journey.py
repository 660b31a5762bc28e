"""Synthetic journeys for the benchmarks ("groot" = the 2,000-card workshop wall).

Run: ``.venv/bin/python benchmarks/make_journey.py --cards 2000 -o groot.klantreis``.
Not a test. "groot" is 12 phases × 8 lanes, 2,000 cards, 3 personas × 200 emotion points
and 500 flow arrows; other sizes keep the 12 × 8 grid and scale cards, emotion points and
flows in proportion, so an open-time curve over sizes measures growth, not shape.
The same arguments always give the same file (seeded texts, uuid5 ids from the builder).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from klantreis_desktop import storage
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document

PHASES = 12
#: Eight lanes; the first holds the touchpoints, the third the emotion curves.
LANES = (("touchpoints", "touchpoint"), ("channels", "note"), ("emotions", "note"),
         ("thoughts", "note"), ("pains", "pain"), ("opportunities", "opportunity"),
         ("backstage", "note"), ("kpis", "goal"))
PERSONAS = ("Anna", "Bram", "Carmen")
CHANNELS = (("Website", "website"), ("E-mail", "email"), ("Telefoon", "phone"),
            ("Winkel", "store"), ("App", "app"))
WORDS = ("klant", "website", "vergelijkt", "prijs", "bestelling", "levering", "vraag",
         "antwoord", "app", "winkel", "review", "retour", "factuur", "advies", "korting",
         "wachttijd", "chat", "pakket", "bevestiging", "ervaring", "inloggen", "formulier")
#: Proportions of "groot" (2,000 cards): emotion points per persona and flow arrows.
EMOTIONS_PER_CARD = 200 / 2_000
FLOWS_PER_CARD = 500 / 2_000


def journey_spec(cards: int = 2_000, seed: int = 7) -> dict[str, Any]:
    """A builder spec of one journey with ``cards`` cards spread over every cell."""
    rng = random.Random(seed)
    items: list[dict[str, Any]] = []
    touchpoints: list[str] = []
    for n in range(cards):
        lane = n % len(LANES)
        kind = LANES[lane][1]
        card: dict[str, Any] = {
            "id": f"c{n}", "kind": kind, "phase": f"f{(n // len(LANES)) % PHASES}",
            "lane": f"l{lane}",
            "title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 18)))}
        if kind == "touchpoint":
            touchpoints.append(card["id"])
            card["channels"] = sorted({f"ch{rng.randrange(len(CHANNELS))}"
                                       for _ in range(rng.randint(1, 2))})
        if n % 5 == 0:
            card["evidence"] = rng.choice(("observed", "assumed"))
        if n % 7 == 0:
            card["votes"] = rng.randint(1, 6)
        items.append(card)
    flows = _flows(touchpoints, round(cards * FLOWS_PER_CARD), rng)
    per_persona = min(round(cards * EMOTIONS_PER_CARD), len(touchpoints))
    emotions = [{"persona": f"p{p}", "on": tp, "score": rng.randint(-2, 2)}
                for p in range(len(PERSONAS)) for tp in rng.sample(touchpoints, per_persona)]
    return {
        "title": f"Benchmark {cards}", "lang": "nl",
        "channels": [{"id": f"ch{i}", "name": name, "icon": icon}
                     for i, (name, icon) in enumerate(CHANNELS)],
        "personas": [{"id": f"p{i}", "name": name} for i, name in enumerate(PERSONAS)],
        "journeys": [{
            "id": "j", "title": "Groot", "personas": [f"p{i}" for i in range(len(PERSONAS))],
            "phases": [{"id": f"f{i}", "title": f"Fase {i + 1}"} for i in range(PHASES)],
            "lanes": [{"id": f"l{i}", "title": t.title(), "lane_type": t}
                      for i, (t, _kind) in enumerate(LANES)],
            "cards": items, "flows": flows, "emotions": emotions}]}


def _flows(touchpoints: list[str], wanted: int, rng: random.Random) -> list[list[str]]:
    """A chain through the touchpoints plus random branches, ``wanted`` distinct arrows."""
    chosen: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    pairs = list(zip(touchpoints, touchpoints[1:], strict=False))
    while len(chosen) < wanted and len(touchpoints) > 1:
        pair = pairs.pop(0) if pairs else tuple(rng.sample(touchpoints, 2))
        if pair not in seen:
            seen.add(pair)  # type: ignore[arg-type]
            chosen.append(list(pair))
    return chosen


def make_document(cards: int = 2_000, seed: int = 7) -> Document:
    """The synthetic document (same arguments, same document)."""
    return build(journey_spec(cards, seed), seed=f"bench-{cards}-{seed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic .klantreis journey.")
    parser.add_argument("--cards", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", required=True, type=Path)
    args = parser.parse_args(argv)
    if args.cards < 16:
        parser.error("--cards must be at least 16")
    doc = make_document(args.cards, args.seed)
    storage.save(doc, args.output)
    print(f"{args.output}: {args.cards} cards, {doc.graph.number_of_nodes()} nodes, "
          f"{doc.graph.number_of_edges()} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
