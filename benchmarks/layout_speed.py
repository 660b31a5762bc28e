"""How long laying out a big journey takes (12 phases × 8 lanes, 2,000 cards).

Run: ``.venv/bin/python benchmarks/layout_speed.py [cards]``. Not a test: timings depend
on the machine. The target is well under a second per layout.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from klantreis_desktop.layout import layout_journey
from klantreis_desktop.model.builder import build

LANE_TYPES = ("touchpoints", "emotions", "thoughts", "pains", "opportunities", "backstage",
              "kpis", "notes")
WORDS = ("klant", "website", "vergelijkt", "prijs", "bestelling", "levering", "vraag",
         "antwoord", "app", "winkel", "review", "retour", "factuur", "advies", "korting")


def big_spec(cards: int = 2_000, phases: int = 12, seed: int = 1) -> dict[str, Any]:
    """A journey spec with ``cards`` cards spread over every cell, flows and emotions."""
    rng = random.Random(seed)
    lanes = [{"id": f"l{i}", "title": t.title(), "lane_type": t}
             for i, t in enumerate(LANE_TYPES)]
    items: list[dict[str, Any]] = []
    touchpoints: list[str] = []
    for n in range(cards):
        lane = n % len(LANE_TYPES)
        kind = "touchpoint" if LANE_TYPES[lane] == "touchpoints" else "note"
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 25)))
        items.append({"id": f"c{n}", "kind": kind, "phase": f"f{(n // 8) % phases}",
                      "lane": f"l{lane}", "title": title})
        if kind == "touchpoint":
            touchpoints.append(f"c{n}")
    flows = [[a, b] for a, b in zip(touchpoints, touchpoints[1:], strict=False)]
    flows += [[rng.choice(touchpoints), rng.choice(touchpoints)] for _ in range(50)]
    flows = [f for f in flows if f[0] != f[1]]
    emotions = [{"persona": p, "on": tp, "score": rng.randint(-2, 2)}
                for p in ("p1", "p2") for tp in touchpoints[::3]]
    return {"title": "bench", "personas": [{"id": "p1", "name": "Anna"},
                                           {"id": "p2", "name": "Bram"}],
            "journeys": [{"id": "j", "title": "Big", "personas": ["p1", "p2"],
                          "phases": [{"id": f"f{i}", "title": f"Fase {i}"}
                                     for i in range(phases)],
                          "lanes": lanes, "cards": items, "flows": flows,
                          "emotions": emotions}]}


def main() -> None:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    started = time.perf_counter()
    doc = build(big_spec(cards))
    print(f"build: {time.perf_counter() - started:.2f} s")
    journey = doc.journeys()[0]
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        layout = layout_journey(doc, journey)
        runs.append(time.perf_counter() - started)
    print(f"layout of {len(layout.cards)} cards, {len(layout.flows)} flows, "
          f"{sum(len(c.points) for c in layout.curves)} emotion points: "
          f"best {min(runs) * 1000:.0f} ms, worst {max(runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
