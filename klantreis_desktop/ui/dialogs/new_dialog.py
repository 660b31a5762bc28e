"""The new-document chooser: templates and samples with a picture of each.

The pictures are the real canvas: each template is built and drawn by a JourneyScene into
a pixmap, so what the facilitator picks is exactly what opens.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop import i18n, templates
from klantreis_desktop.model.document import Document, new_id
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.canvas.scene import JourneyScene

THUMB = QSize(200, 130)
PREVIEW = QSize(520, 320)
_CHOICE_ROLE = Qt.ItemDataRole.UserRole
_pictures: dict[tuple[str, str, int, int], QPixmap] = {}


def build_choice(name: str, lang: str | None = None, fresh: bool = False) -> Document:
    """The document for template or sample ``name``; ``fresh`` gives it unique ids.

    New documents get fresh ids so two documents made from one template never share ids
    (pasting between them stays unambiguous); pictures may reuse the fixed ones.
    """
    lang = lang or i18n.language()
    seed = new_id() if fresh else None
    if name in templates.SAMPLES:
        return templates.build_sample(name, lang, seed=seed)
    return templates.build_template(name, lang, seed=seed)


def render_document(doc: Document, size: QSize) -> QPixmap:
    """The first journey of ``doc`` drawn by the canvas, fitted into ``size``."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#ffffff"))
    journeys = doc.journeys()
    if not journeys:
        return pixmap
    scene = JourneyScene(doc, journeys[0], QUndoStack())
    try:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        source = scene.picture_rect()
        target = QRectF(4, 4, size.width() - 8, size.height() - 8)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
    finally:
        scene.dispose()
    return pixmap


def picture(name: str, size: QSize) -> QPixmap:
    """A cached picture of template or sample ``name`` in the interface language."""
    key = (name, i18n.language(), size.width(), size.height())
    if key not in _pictures:
        try:
            _pictures[key] = render_document(build_choice(name), size)
        except ModelError:
            _pictures[key] = QPixmap(size)
            _pictures[key].fill(QColor("#eeeeee"))
    return _pictures[key]


class NewDialog(QDialog):
    """Pick a template or a sample; :meth:`chosen` names it after ``exec()`` accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_dialog")
        self.setWindowTitle(self.tr("New journey map"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a template or from a worked example:"),
                                self))
        row = QHBoxLayout()
        layout.addLayout(row, 1)
        self.list = QListWidget(self)
        self.list.setObjectName("choice_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 48))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(2 * (THUMB.width() + 24) + 30)
        row.addWidget(self.list, 1)

        side = QVBoxLayout()
        self.preview = QLabel(self)
        self.preview.setObjectName("choice_preview")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setStyleSheet("border: 1px solid #c8d0d8; background: white;")
        side.addWidget(self.preview)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        side.addWidget(self.title_label)
        self.description = QLabel(self)
        self.description.setObjectName("choice_description")
        self.description.setWordWrap(True)
        side.addWidget(self.description)
        side.addStretch(1)
        row.addLayout(side)

        lang = i18n.language()
        for name in (*templates.TEMPLATES, *templates.SAMPLES):
            try:
                title = str(build_choice(name, lang).meta.get("title") or name)
            except ModelError:
                continue
            if name in templates.SAMPLES:
                title = self.tr("Example: %1").replace("%1", title)
            item = QListWidgetItem(QIcon(picture(name, THUMB)), title)
            item.setData(_CHOICE_ROLE, name)
            item.setToolTip(templates.describe(name))
            item.setSizeHint(QSize(THUMB.width() + 20, THUMB.height() + 44))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resize(1040, 620)

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        name = str(item.data(_CHOICE_ROLE))
        self.preview.setPixmap(picture(name, PREVIEW))
        self.title_label.setText(item.text())
        self.description.setText(templates.describe(name))

    def choose(self, name: str) -> None:
        """Select template or sample ``name`` (the keyboard and tests use this)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_CHOICE_ROLE) == name:
                self.list.setCurrentRow(row)
                return

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(_CHOICE_ROLE)) if item is not None else None
