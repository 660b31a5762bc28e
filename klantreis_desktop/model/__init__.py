"""The document, without Qt: a networkx graph of typed elements (kinds.py), operations that
return ChangeSets (operations.py, workshop.py, journeys.py, clipboard.py) and the checks of
the whole (invariants.py). Every edit the window makes is one of these operations."""
