"""Exports without Qt: the PDF poster, tiles and handout (pdf*.py, ReportLab), their options
and file names. PNG and SVG are drawn by the canvas itself, so they live in
``klantreis_desktop.ui.exporting.export_image``."""
