"""One in-process measurement in a fresh process: ``python benchmarks/workers.py TASK SIDE ARG``.

TASK is repaint, drag, dragflows, pdf, saveload or open. SIDE says whose: ``ours`` (ARG is
a .klantreis file), ``floor`` (the equal-work floor; ARG is the card list JSON of
``card_list.py``) or an info floor (``rects``: the old text-less rect scene; ``qtscene``:
Qt printing our own canvas scene; ``json``: only json dumps + loads). The result is one
JSON line on stdout. ``benchmarks/run`` starts these; they are not tests. Whole-process
figures (start-up, the command line) are measured from outside, in ``launch.py``.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

if sys.argv[2:3] == ["ours"] or sys.argv[1:3] == ["pdf", "qtscene"]:
    # In the order the ``klantreis`` command imports: our Qt-free core (and networkx)
    # before PySide6, whose import hook taxes every module imported after it.
    import klantreis_desktop.ui  # noqa: F401

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent, QPainter  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsView,
    QWidget,
)

VIEW_W, VIEW_H = 1920, 1080
REPEATS = 7


def rss_mb() -> float:
    """Resident memory of this process now, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


class PaintCounter(QObject):
    """Counts paint events of one widget (the view's viewport)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_paint(counter: PaintCounter, before: int, timeout: float = 600.0) -> None:
    """Run the event loop until the widget painted again (after ``before`` paints)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while counter.count <= before:
        app.processEvents()  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            raise TimeoutError("no paint")


# The canvas, ours and the floors ---------------------------------------------------------


def ours_canvas(path: str) -> tuple[Any, QGraphicsView]:
    """The document's first journey in a JourneyScene + JourneyView."""
    from PySide6.QtGui import QUndoStack

    from klantreis_desktop import storage
    from klantreis_desktop.ui.app import create_application
    from klantreis_desktop.ui.canvas.scene import JourneyScene
    from klantreis_desktop.ui.canvas.view import JourneyView

    create_application("en")
    doc = storage.load(path)
    stack = QUndoStack()
    scene = JourneyScene(doc, doc.journeys()[0], stack)
    view = JourneyView(scene)
    view._keep = (doc, stack)  # type: ignore[attr-defined]
    return scene, view


def floor_canvas(side: str, path: str) -> tuple[Any, QGraphicsView]:
    """The text floor (``floor``) or the old rect floor (``rects``) in a QGraphicsView."""
    from floor import floor_scene, read_cards, text_scene

    QApplication.instance() or QApplication(sys.argv[:1])
    cards = read_cards(path)
    scene = text_scene(cards) if side == "floor" else floor_scene(cards["cards"])
    return scene, QGraphicsView(scene)


def canvas(side: str, arg: str) -> tuple[Any, QGraphicsView]:
    scene, view = ours_canvas(arg) if side == "ours" else floor_canvas(side, arg)
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    return scene, view


def fit(side: str, view: QGraphicsView) -> None:
    if side == "ours":
        view.zoom_fit()  # type: ignore[attr-defined]
    else:
        from floor import fit as floor_fit

        floor_fit(view)


def top_left_at_100(side: str, view: QGraphicsView) -> None:
    """100 % zoom, the scene's top-left corner in view (headers and the first cards)."""
    if side == "ours":
        view.set_zoom(1.0)  # type: ignore[attr-defined]
    else:
        view.resetTransform()
    rect = view.sceneRect()
    view.centerOn(rect.left() + view.viewport().width() / 2,
                  rect.top() + view.viewport().height() / 2)


def _repaints(view: QGraphicsView) -> tuple[float, float]:
    """The first repaint (cold) and the median of REPEATS more (warm)."""
    started = time.perf_counter()
    view.viewport().repaint()
    cold = time.perf_counter() - started
    warm = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        view.viewport().repaint()
        warm.append(time.perf_counter() - started)
    return cold, statistics.median(warm)


def task_repaint(side: str, arg: str) -> dict[str, Any]:
    """P2: full repaints of the viewport at zoom-to-fit (cold, warm) and at 100 %."""
    _scene, view = canvas(side, arg)
    counter = PaintCounter(view.viewport())
    wait_paint(counter, 0)
    fit(side, view)
    QApplication.processEvents()
    zoom = view.transform().m11()
    cold, warm = _repaints(view)
    top_left_at_100(side, view)
    QApplication.processEvents()
    cold100, warm100 = _repaints(view)
    return {"cold": cold, "warm": warm, "zoom": zoom, "cold100": cold100, "warm100": warm100}


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
           buttons: Qt.MouseButton) -> None:
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def task_drag(side: str, arg: str, with_arrows: bool = False) -> dict[str, Any]:
    """P3: drag one card at 100 %: each mouse move until the viewport repainted.

    Ours drags the middle card (by id) of those without flow arrows, like the floor's
    card; ``with_arrows`` (P3a) drags the middle one of those with arrows, which follow
    the card on every move. The floors drag their middle card (by position).
    """
    scene, view = canvas(side, arg)
    if side == "ours":
        view.set_zoom(1.0)  # type: ignore[attr-defined]
        ends = {end for key in scene.flows for end in key}
        ids = sorted(c for c in scene.cards if (c in ends) == with_arrows)
        item = scene.cards[ids[len(ids) // 2]]
        centre = item.card_rect().center()
    else:
        cards = [i for i in scene.items() if isinstance(i, QGraphicsRectItem)
                 and i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable]
        item = sorted(cards, key=lambda i: (i.pos().y(), i.pos().x()))[len(cards) // 2]
        centre = item.sceneBoundingRect().center()
    viewport = view.viewport()
    counter = PaintCounter(viewport)
    wait_paint(counter, 0)
    view.centerOn(centre)  # after the first paint: only then do the scroll bars have range
    QApplication.processEvents()
    start_pos = item.pos()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    pos = view.mapFromScene(centre)
    _mouse(viewport, QEvent.Type.MouseButtonPress, pos, left, left)
    QApplication.processEvents()
    moves = []
    for step in range(1, 16):
        before = counter.count
        target = pos + QPoint(step * 9, step * 4)
        started = time.perf_counter()
        _mouse(viewport, QEvent.Type.MouseMove, target, none, left)
        wait_paint(counter, before)
        moves.append(time.perf_counter() - started)
    before = counter.count
    started = time.perf_counter()
    _mouse(viewport, QEvent.Type.MouseButtonRelease, target, left, none)
    drop: float | None = None
    if side == "ours":  # the drop is one model command and a new layout
        wait_paint(counter, before)
        drop = time.perf_counter() - started
    arrows = sum(item.element_id in key for key in scene.flows) if side == "ours" else 0
    return {"move": statistics.median(moves[1:]), "drop": drop, "first_move": moves[0],
            "moved": item.pos() != start_pos, "arrows": arrows}


def task_dragflows(side: str, arg: str) -> dict[str, Any]:
    """P3a: as P3, but a card whose flow arrows follow it."""
    return task_drag(side, arg, with_arrows=True)


# The poster -----------------------------------------------------------------------------


def task_pdf(side: str, arg: str) -> dict[str, Any]:
    """P4: an A0 poster PDF in process; time and file size (loading is not timed)."""
    out = Path(tempfile.mkdtemp(prefix="kbench-")) / "poster.pdf"
    if side == "ours":
        from klantreis_desktop import storage
        from klantreis_desktop.export.pdf import export_pdf
        from klantreis_desktop.export.pdf_options import PdfOptions

        doc = storage.load(arg)
        started = time.perf_counter()
        export_pdf(doc, out, PdfOptions(paper="A0"))
        elapsed = time.perf_counter() - started
    elif side == "floor":  # ReportLab drawing the same cards (poster_floor.py)
        from floor import read_cards
        from poster_floor import draw_poster

        cards = read_cards(arg)
        started = time.perf_counter()
        draw_poster(cards, out)
        elapsed = time.perf_counter() - started
    else:  # "qtscene": our canvas scene printed by Qt; "rects": the old rect scene
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        if side == "qtscene":
            scene, _view = ours_canvas(arg)
            scene.set_edit_buttons_visible(False)
        else:
            from floor import floor_scene, read_cards

            QApplication.instance() or QApplication(sys.argv[:1])
            scene = floor_scene(read_cards(arg)["cards"])
        started = time.perf_counter()
        writer = QPdfWriter(str(out))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A0),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(10, 10, 10, 10)))
        writer.setResolution(300)
        painter = QPainter(writer)
        scene.render(painter)
        painter.end()
        elapsed = time.perf_counter() - started
    return {"time": elapsed, "size": out.stat().st_size}


# Save and load --------------------------------------------------------------------------


def _floor_save_load(graph: Any, target: Path) -> None:
    """What any program must do to keep a graph durably: node-link JSON, deflate (level
    3, as ours) into a zip, a synced temp file renamed over the old one; then read the
    file, inflate, parse and build the networkx graph again."""
    import networkx as nx

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
        archive.writestr("document.json", json.dumps(nx.node_link_data(graph, edges="edges")))
    temp = target.with_name(target.name + ".tmp")
    with open(temp, "wb") as handle:
        handle.write(buffer.getvalue())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("document.json"))
    nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def task_saveload(side: str, arg: str) -> dict[str, Any]:
    """P5: save + load of the document. ``floor``: json + zlib + file + graph build;
    ``json`` (the old floor): json dumps + loads of the node-link data only."""
    import networkx as nx

    from klantreis_desktop import storage

    doc = storage.load(arg)
    target = Path(tempfile.mkdtemp(prefix="kbench-")) / "copy.klantreis"
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        if side == "ours":
            storage.save(doc, target)
            storage.load(target)
        elif side == "floor":
            _floor_save_load(doc.graph, target)
        else:
            json.loads(json.dumps(nx.node_link_data(doc.graph, edges="edges")))
        times.append(time.perf_counter() - started)
    return {"time": statistics.median(times)}


# Growth ---------------------------------------------------------------------------------


def task_open(side: str, arg: str) -> dict[str, Any]:
    """P7: opening a file in the running app until its canvas painted; memory before
    and after."""
    from klantreis_desktop.ui.app import create_application, open_windows

    create_application("en")
    window = open_windows([])[0]
    view = window.tabs.current_view()  # type: ignore[attr-defined]
    counter = PaintCounter(view.viewport())
    wait_paint(counter, 0)
    QApplication.processEvents()
    before = rss_mb()
    started = time.perf_counter()
    # Read in the GUI thread (as before files opened in the background): the time is
    # reading + building the canvas, and the view below is the opened file's.
    if not window.files.open_path(Path(arg), wait=True):  # type: ignore[attr-defined]
        raise RuntimeError(f"{arg} did not open")
    view = window.tabs.current_view()  # type: ignore[attr-defined]
    cards = len(view.scene().cards)
    if not cards:
        raise RuntimeError(f"{arg}: the view shows no cards")
    wait_paint(PaintCounter(view.viewport()), 0)
    elapsed = time.perf_counter() - started
    after = rss_mb()
    return {"time": elapsed, "rss_mb": after, "rss_added_mb": after - before,
            "cards": cards}


TASKS = {"repaint": task_repaint, "drag": task_drag, "dragflows": task_dragflows,
         "pdf": task_pdf, "saveload": task_saveload, "open": task_open}


def main(argv: list[str]) -> int:
    task, side, arg = argv
    result = TASKS[task](side, arg)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
