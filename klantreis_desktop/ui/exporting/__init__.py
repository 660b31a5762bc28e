"""File → Export…: the dialog, its form and preview, its background jobs, and the Qt
drawing of a journey as PNG or SVG (the PDF poster lives in ``klantreis_desktop.export``,
without Qt)."""
