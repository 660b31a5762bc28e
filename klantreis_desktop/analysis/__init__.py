"""Analysis without Qt: one journey map's weak spots, and real customer journeys from logs.

- :mod:`.journey` and :mod:`.compare` read a journey map (emotions, channels, pain points,
  opportunities, flow checks; current vs ideal).
- :mod:`.eventlog` imports a CSV event log (Dutch Excel exports included);
  :mod:`.paths` and :mod:`.segments` find frequent paths, drop-offs and segments in it;
  :mod:`.to_journey` turns a path into a journey map through model operations.
- :mod:`.cli` adds ``klantreis analyse`` and ``klantreis import-events``.

Submodules are imported on demand so that ``klantreis --help`` stays fast.
"""
