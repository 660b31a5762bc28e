"""The panels docked around the canvas: the palette (left), the inspector and the
analysis panel (right), and the small pieces they share (a tree list for narrow docks,
refreshing only while seen)."""
