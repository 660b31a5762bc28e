"""One measurement in a fresh process: ``python benchmarks/workers.py TASK SIDE ARG``.

TASK is startup, repaint, drag, pdf, saveload or open; SIDE is ``ours`` or ``floor``;
ARG is a .klantreis file for ours and a card count for the floor. The result is one JSON
line on stdout. ``benchmarks/run`` starts these; they are not tests. Start-up times are
``time.monotonic()`` stamps, which are system-wide on Linux, so the parent subtracts its
own stamp taken just before it started the process.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

if sys.argv[2:3] == ["ours"]:
    # In the order the ``klantreis`` command imports: our Qt-free core (and networkx)
    # before PySide6, whose import hook taxes every module imported after it.
    import klantreis_desktop.ui  # noqa: F401

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsView, QMainWindow, QWidget  # noqa: E402

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


def wait_paint(counter: PaintCounter, before: int, timeout: float = 60.0) -> None:
    """Run the event loop until the widget painted again (after ``before`` paints)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while counter.count <= before:
        app.processEvents()  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            raise TimeoutError("no paint")


def first_paint(viewport: QWidget) -> dict[str, Any]:
    """Run the app until ``viewport`` finished its first paint; stamp and memory then."""
    app = QApplication.instance()
    result: dict[str, Any] = {}
    counter = PaintCounter(viewport)

    def poll() -> None:
        if counter.count and not result:
            result.update(painted=time.monotonic(), rss_mb=rss_mb())
            app.quit()  # type: ignore[union-attr]

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(0)  # runs after each pass of the loop, so after the paint completed
    QTimer.singleShot(120_000, app.quit)  # type: ignore[union-attr]
    app.exec()  # type: ignore[union-attr]
    if not result:
        raise TimeoutError("the window never painted")
    return result


# Ours -------------------------------------------------------------------------------------


def ours_canvas(path: str) -> tuple[Any, QGraphicsView]:
    """The document's first journey in a JourneyScene + JourneyView of 1920×1080."""
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


def floor_canvas(cards: int) -> tuple[Any, QGraphicsView]:
    from floor import floor_scene

    QApplication.instance() or QApplication(sys.argv[:1])
    scene = floor_scene(cards)
    return scene, QGraphicsView(scene)


def canvas(side: str, arg: str) -> tuple[Any, QGraphicsView]:
    scene, view = ours_canvas(arg) if side == "ours" else floor_canvas(int(arg))
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    return scene, view


def fit(side: str, view: QGraphicsView) -> None:
    if side == "ours":
        view.zoom_fit()  # type: ignore[attr-defined]
    else:
        view.fitInView(view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def task_startup(side: str, arg: str) -> dict[str, Any]:
    """P1 + P6: process start to the first painted window, and RSS then."""
    if side == "ours":
        from klantreis_desktop.ui.app import create_application, open_windows

        create_application("en")
        window = open_windows([arg])[0]
        view = window.tabs.current_view()  # type: ignore[attr-defined]
    else:
        from floor import floor_scene

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        view = QGraphicsView(floor_scene(int(arg)), window)
        window.setCentralWidget(view)
        window.showMaximized()
        window._app = app  # type: ignore[attr-defined]
    return first_paint(view.viewport())


def task_repaint(side: str, arg: str) -> dict[str, Any]:
    """P2: a full repaint of the viewport at zoom-to-fit (cold after the zoom, then warm)."""
    _scene, view = canvas(side, arg)
    counter = PaintCounter(view.viewport())
    wait_paint(counter, 0)
    fit(side, view)
    QApplication.processEvents()
    started = time.perf_counter()
    view.viewport().repaint()
    cold = time.perf_counter() - started
    warm = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        view.viewport().repaint()
        warm.append(time.perf_counter() - started)
    return {"cold": cold, "warm": statistics.median(warm),
            "zoom": view.transform().m11()}


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
           buttons: Qt.MouseButton) -> None:
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def task_drag(side: str, arg: str, with_arrows: bool = False) -> dict[str, Any]:
    """P3: drag one card at 100 %: each mouse move until the viewport repainted.

    Ours drags the middle card (by id) of those without flow arrows, like the floor's
    plain rect; ``with_arrows`` (P3a) drags the middle one of those with arrows, which
    follow the card on every move.
    """
    scene, view = canvas(side, arg)
    if side == "ours":
        view.set_zoom(1.0)  # type: ignore[attr-defined]
        ends = {end for key in scene.flows for end in key}
        ids = sorted(c for c in scene.cards if (c in ends) == with_arrows)
        item = scene.cards[ids[len(ids) // 2]]
        centre = item.card_rect().center()
    else:
        item = sorted(scene.items(), key=lambda i: (i.pos().y(), i.pos().x()))[
            len(scene.items()) // 2]
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
    undo_steps = scene.stack.count() if side == "ours" else None
    arrows = sum(item.element_id in key for key in scene.flows) if side == "ours" else 0
    return {"move": statistics.median(moves[1:]), "drop": drop, "first_move": moves[0],
            "undo_steps": undo_steps, "moved": item.pos() != start_pos, "arrows": arrows}


def task_dragflows(side: str, arg: str) -> dict[str, Any]:
    """P3a: as P3, but a card whose flow arrows follow it."""
    return task_drag(side, arg, with_arrows=True)


def task_pdf(side: str, arg: str) -> dict[str, Any]:
    """P4: an A0 poster PDF; time and file size."""
    out = Path(tempfile.mkdtemp(prefix="kbench-")) / "poster.pdf"
    if side == "ours":
        from klantreis_desktop import storage
        from klantreis_desktop.export.pdf import export_pdf
        from klantreis_desktop.export.pdf_options import PdfOptions

        doc = storage.load(arg)
        started = time.perf_counter()
        export_pdf(doc, out, PdfOptions(paper="A0"))
        elapsed = time.perf_counter() - started
    else:  # "floor": the floor scene; "qtscene": our own canvas scene, printed by Qt
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        if side == "qtscene":
            scene, _view = ours_canvas(arg)
            scene.set_edit_buttons_visible(False)
        else:
            from floor import floor_scene

            QApplication.instance() or QApplication(sys.argv[:1])
            scene = floor_scene(int(arg))
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


def task_saveload(side: str, arg: str) -> dict[str, Any]:
    """P5: save + load of the document (floor: json dumps + loads of its node-link data)."""
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
        else:
            text = json.dumps(nx.node_link_data(doc.graph, edges="edges"))
            json.loads(text)
        times.append(time.perf_counter() - started)
    return {"time": statistics.median(times)}


def task_open(side: str, arg: str) -> dict[str, Any]:
    """P7: opening a file in the running app, until its canvas painted."""
    from klantreis_desktop.ui.app import create_application, open_windows

    create_application("en")
    window = open_windows([])[0]
    view = window.tabs.current_view()  # type: ignore[attr-defined]
    counter = PaintCounter(view.viewport())
    wait_paint(counter, 0)
    started = time.perf_counter()
    window.files.open_path(Path(arg))  # type: ignore[attr-defined]
    view = window.tabs.current_view()  # type: ignore[attr-defined]
    wait_paint(PaintCounter(view.viewport()), 0)
    return {"time": time.perf_counter() - started}


TASKS = {"startup": task_startup, "repaint": task_repaint, "drag": task_drag,
         "dragflows": task_dragflows,
         "pdf": task_pdf, "saveload": task_saveload, "open": task_open}


def main(argv: list[str]) -> int:
    task, side, arg = argv
    result = TASKS[task](side, arg)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
