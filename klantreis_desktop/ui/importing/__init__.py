"""File → Import event log…: the dialog, its results page, and the work it does off the
GUI thread (the analysis itself lives in ``klantreis_desktop.analysis``, without Qt)."""
