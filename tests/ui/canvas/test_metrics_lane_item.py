"""A metrics lane (``shows_figures``) on the canvas: each empty cell paints the lines of
layout.metrics_lane (the poster's), fitted to the theme's font, inside the cell — also on
the projector theme of presenting mode — and follows an import or an undo at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QUndoStack
from PySide6.QtWidgets import QGraphicsSceneHoverEvent, QMenu

from klantreis_desktop.layout.metrics_lane import LINE_FACTOR, fit_line, metric_cells
from klantreis_desktop.model import measures as m
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas import look, menus
from klantreis_desktop.ui.canvas.metrics_lane_item import MetricsLaneItem
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.theme import PROJECTOR, theme_of
from klantreis_desktop.ui.canvas.view import JourneyView
from tests.layout.test_metrics_lane import with_metrics_lane

from .helpers import open_canvas


def _grab(view: JourneyView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def _dark_pixels(image: QImage, view: JourneyView, rect: QRectF) -> int:
    """Text-dark pixels of ``image`` inside scene ``rect`` (as the view shows it)."""
    area = view.mapFromScene(rect).boundingRect()
    count = 0
    for x in range(max(area.left(), 0), min(area.right(), image.width() - 1), 2):
        for y in range(max(area.top(), 0), min(area.bottom(), image.height() - 1), 2):
            if QColor(image.pixel(x, y)).lightness() < 110:
                count += 1
    return count


def _cell(layout, doc, journey, lane, title):
    phase = next(p for p in doc.phases(journey) if doc.title(p) == title)
    rect = layout.cells[(phase, lane)]
    return (phase, lane), QRectF(rect.x, rect.y, rect.w, rect.h)


def test_the_canvas_paints_the_lines_of_each_metrics_cell(qtbot):
    doc, journey, lane = with_metrics_lane()
    canvas = open_canvas(qtbot, doc)
    scene, view = canvas.scene, canvas.view
    item = scene.metrics_lane
    assert isinstance(item, MetricsLaneItem) and item.isVisible()
    layout = scene.layout
    assert item.cells == metric_cells(doc, layout)  # the poster's lines, nothing of its own
    key, rect = _cell(layout, doc, journey, lane, "Aankoop")
    view.centerOn(rect.center())
    image = _grab(view)
    assert _dark_pixels(image, view, rect) > 40
    # What was painted: every line fitted to the cell with the canvas font.
    pad = layout.extras["options"].cell_padding
    size = scene.theme.small_font_size
    width = rect.width() - 2 * pad
    expected = [fit_line(line, width, QFontMetricsF(
        look.font(size, bold=line.phase)).horizontalAdvance) for line in item.cells[key]]
    assert item.drawn[key] == expected
    assert expected[0].startswith("Aankoop · NPS 15")
    assert "NPS −10" in expected[1] and expected[2].startswith("Boekt telefonisch · NPS 5")
    # An empty phase (no figures) stays blank.
    _bare, bare_rect = _cell(layout, doc, journey, lane, "Bewustwording")
    view.centerOn(bare_rect.center())
    assert _dark_pixels(_grab(view), view, bare_rect.adjusted(4, 4, -4, -4)) == 0


def test_a_low_metrics_lane_ends_in_more_and_leaves_the_next_lane_alone(qtbot):
    doc, journey, lane = with_metrics_lane()
    # Every touchpoint of "Aankoop" measured: five lines, where a lane the team sized to
    # the least height (an automatic one grows to fit them) has room for four.
    doc.apply(ops.update(doc, lane, height=72.0))
    phase = next(p for p in doc.phases(journey) if doc.title(p) == "Aankoop")
    doc.apply(m.update_metrics(doc, journey, {
        card: [m.MetricValue("volume", 120.0)] for card in doc.cards(journey)
        if doc.phase_of(card) == phase and doc.kind(card) == "touchpoint"}))
    canvas = open_canvas(qtbot, doc)
    scene, view = canvas.scene, canvas.view
    key, rect = _cell(scene.layout, doc, journey, lane, "Aankoop")
    view.centerOn(rect.center())
    image = _grab(view)
    drawn = scene.metrics_lane.drawn[key]
    lines = scene.metrics_lane.cells[key]
    assert len(lines) == 5 and len(drawn) == 4 and drawn[-1] == "+2 more"
    assert [d.split(" · ")[0][:8] for d in drawn[:3]] == [
        line.name[:8] for line in lines[:3]]
    # The row under the lane looks as it does without any figures.
    below = next(r.body for r in scene.layout.rows if r.body.y >= rect.bottom() - 0.5)
    band = QRectF(rect.x(), below.y + 1, rect.width(), min(below.h, 30.0))
    with_figures = _dark_pixels(image, view, band)
    for definition in m.metric_defs(doc, journey):
        doc.apply(m.remove_metric(doc, journey, definition.name))
    # No figures left: the lane's first cell says how to fill it (another column).
    assert scene.metrics_lane.cells == {} and scene.metrics_lane.hint_cells
    assert key not in scene.metrics_lane.hint_cells
    assert _dark_pixels(_grab(view), view, band) == with_figures


def test_an_import_and_its_undo_show_at_once(qtbot):
    doc, journey, lane = with_metrics_lane()
    canvas = open_canvas(qtbot, doc)
    item = canvas.scene.metrics_lane
    phone = next(line.node for lines in item.cells.values() for line in lines
                 if line.name == "Boekt telefonisch")
    change = m.update_metrics(doc, journey, {phone: [m.MetricValue("nps", 77.0)]})
    doc.apply(change)
    assert any("NPS 77" in line.text for lines in item.cells.values() for line in lines)
    doc.apply(change.inverse())
    assert not any("NPS 77" in line.text for lines in item.cells.values() for line in lines)


def test_presenting_draws_the_lane_in_the_projector_font(qtbot):
    doc, journey, lane = with_metrics_lane()
    stack = QUndoStack()
    scene = JourneyScene(doc, journey, stack, theme=PROJECTOR)
    view = JourneyView(scene)
    view.resize(1280, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    key, rect = _cell(scene.layout, doc, journey, lane, "Aankoop")
    view.resetTransform()
    view.centerOn(rect.center())
    image = _grab(view)
    assert _dark_pixels(image, view, rect) > 40
    assert PROJECTOR.small_font_size > 15 and scene.metrics_lane.drawn[key]
    assert scene.metrics_lane.drawn[key][0].startswith("Aankoop")


def test_the_lane_menu_adds_a_metrics_lane_named_for_it(qtbot):
    doc, journey, lane = with_metrics_lane()
    canvas = open_canvas(qtbot, doc)
    lanes = doc.lanes(journey)
    menu = QMenu()
    menus._lane_menu(canvas.scene, menu, lanes[0])
    action = next(a for a in menu.actions() if a.text() == "Add metrics lane below")
    action.trigger()
    canvas.scene.entry.close(commit=True)
    added = [n for n in doc.lanes(journey) if n not in lanes]
    assert len(added) == 1 and doc.get(added[0], "shows_figures") is True
    assert doc.get(added[0], "lane_type") == "kpis"
    assert doc.title(added[0]) == "Metrics" and doc.lanes(journey).index(added[0]) == 1
    assert canvas.stack.count() == 1  # one undo step
    canvas.stack.undo()
    assert doc.lanes(journey) == lanes


def test_a_line_tells_every_figure_and_puts_the_heat_maps_first(qtbot):
    # Review s6 (measured #6): a line "Aankoop · NPS 15 +1" hid its other figures with
    # no tooltip, and the heat map by waiting time still listed NPS first in the lane.
    doc, journey, lane = with_metrics_lane()
    canvas = open_canvas(qtbot, doc)
    scene = canvas.scene
    item = scene.metrics_lane
    key, rect = _cell(scene.layout, doc, journey, lane, "Aankoop")
    lines = item.cells[key]
    assert lines[0].phase and lines[0].figures.startswith("NPS 15")
    pad = scene.layout.extras["options"].cell_padding
    line_h = theme_of(item).small_font_size * LINE_FACTOR
    first_y = rect.y() + pad / 2 + line_h / 2
    assert item.line_at(rect.x() + pad + 5, first_y) == lines[0]
    tip = item.tooltip_at(rect.x() + pad + 5, first_y)
    # The tooltip speaks the interface's language (English in the tests).
    assert tip.splitlines()[0] == "Aankoop" and "NPS 15" in tip and "CSAT 4.2%" in tip
    second = item.tooltip_at(rect.x() + pad + 5, first_y + line_h)
    assert second.splitlines()[0] == lines[1].name
    assert item.tooltip_at(rect.x() + pad + 5, rect.bottom() - 1) == ""  # below the lines
    # A hover over the first line, through Qt's event dispatch: the tooltip follows.
    hover = QGraphicsSceneHoverEvent(QEvent.Type.GraphicsSceneHoverMove)
    hover.setPos(QPointF(rect.x() + pad + 5, first_y))
    scene.sendEvent(item, hover)
    assert item.toolTip().startswith("Aankoop\nNPS 15")
    # Only the metrics cells take hover: a card's own tooltip is not hidden by the lane.
    assert item.shape().contains(rect.center())
    card = next(iter(scene.layout.cards.values())).rect
    assert not item.shape().contains(QRectF(card.x, card.y, card.w, card.h).center())
    scene.set_heat("metric:csat")
    assert item.cells[key][0].figures.startswith("CSAT 4,2 %")
    scene.set_heat(None)
    assert item.cells[key][0].figures.startswith("NPS 15")


def test_an_empty_metrics_lane_says_how_to_fill_it(qtbot):
    # Review s6 (day #11): a new "Cijfers" lane stayed blank with no word on where the
    # figures come from; once figures are imported the hint goes.
    from klantreis_desktop.templates import build_sample
    from klantreis_desktop.ui.canvas.metrics_lane_item import hint_text

    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    change = ops.add_lane(doc, journey, "Cijfers", "kpis", 1, shows_figures=True)
    doc.apply(change)
    lane = ops.created_id(change)
    canvas = open_canvas(qtbot, doc)
    item = canvas.scene.metrics_lane
    first = doc.phases(journey)[0]
    assert item.isVisible() and item.cells == {} and item.hint_cells == [(first, lane)]
    assert "Metrics…" in hint_text()
    doc.apply(m.update_metrics(doc, journey, {first: [m.MetricValue("nps", 12.0)]}))
    assert item.hint_cells == [] and item.cells[(first, lane)][0].figures == "NPS 12"
