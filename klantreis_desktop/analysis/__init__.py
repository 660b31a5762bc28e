"""Analysis without Qt: one journey map's weak spots, and real customer journeys from logs.

- :mod:`.journey` and :mod:`.current_vs_ideal` read a journey map (emotions, channels, pain
  points, opportunities, flow checks; current vs ideal).
- :mod:`.eventlog` imports a CSV event log (Dutch Excel exports included);
  :mod:`.customer_paths` and :mod:`.segments` find frequent paths, drop-offs and segments in it;
  :mod:`.to_journey` turns a path into a journey map through model operations.
- ``klantreis analyse`` and ``klantreis import-events`` (:mod:`klantreis_desktop.cli`) use them.

Submodules are imported on demand so that ``klantreis --help`` stays fast.
"""
