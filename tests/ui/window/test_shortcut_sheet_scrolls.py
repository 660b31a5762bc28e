"""The F1 sheet shows every key (review s7 #1): whole on a 1920 × 1080 screen, and where
the screen is too small its page scrolls to the last row by wheel, PgDown, End and the
scroll bar, with real key and wheel events on the page the reader types into."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QScreen, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis_desktop import i18n
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.window.main_window import MainWindow
from klantreis_desktop.ui.window.shortcut_sheet import PRESENTING_KEYS, ShortcutSheet

FULL_HD = QRect(0, 0, 1920, 1040)  # 1920 × 1080 less a task bar


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    from klantreis_desktop.ui.app import install_translations

    i18n.set_language("nl")
    assert "klantreis_nl" in install_translations(qapp, "nl")
    yield
    install_translations(qapp, "en")
    i18n.set_language("en")


def _open_sheet(qtbot: Any, tmp_path: Path) -> ShortcutSheet:
    """F1 pressed on the main window, as a person does."""
    window = MainWindow(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(s.isVisible() for s in window.findChildren(ShortcutSheet)),
                    timeout=10000)
    sheet = next(s for s in window.findChildren(ShortcutSheet) if s.isVisible())
    qtbot.waitExposed(sheet)
    return sheet


def _last_row_visible(sheet: ShortcutSheet) -> bool:
    """The last presenting row (Esc) is wholly inside the page's view."""
    last = QApplication.translate("ShortcutSheet", PRESENTING_KEYS[-1][2])
    found = sheet.page.document().find(last)
    assert not found.isNull(), last
    found.setPosition(found.block().position() + found.block().length() - 1)
    return sheet.page.viewport().rect().contains(sheet.page.cursorRect(found))


def _first_row_visible(sheet: ShortcutSheet) -> bool:
    first = sheet.page.document().begin()
    cursor = sheet.page.textCursor()
    cursor.setPosition(first.position())
    return sheet.page.viewport().rect().contains(sheet.page.cursorRect(cursor))


def _wheel_down(sheet: ShortcutSheet) -> None:
    viewport = sheet.page.viewport()
    at = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(at, QPointF(viewport.mapToGlobal(at.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def test_f1_on_a_full_hd_screen_shows_the_whole_sheet_in_dutch(
        qtbot: Any, tmp_path: Path, dutch: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(FULL_HD))
    sheet = _open_sheet(qtbot, tmp_path)
    assert "Presenteren" in sheet.rows()  # really Dutch
    assert sheet.width() <= FULL_HD.width() - 40 and sheet.height() <= FULL_HD.height() - 80
    assert sheet.page.verticalScrollBar().maximum() == 0  # nothing to scroll to
    assert _first_row_visible(sheet) and _last_row_visible(sheet)


def test_on_a_small_screen_every_way_of_scrolling_reaches_the_last_row(
        qtbot: Any, tmp_path: Path, dutch: None) -> None:
    sheet = _open_sheet(qtbot, tmp_path)
    page, bar = sheet.page, sheet.page.verticalScrollBar()
    sheet.resize(760, 520)  # too small for the page: it must scroll
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10000)
    assert _first_row_visible(sheet) and not _last_row_visible(sheet)

    QTest.keyClick(page, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() and _last_row_visible(sheet)
    QTest.keyClick(page, Qt.Key.Key_Home)
    assert bar.value() == 0 and _first_row_visible(sheet)

    for _press in range(10):
        QTest.keyClick(page, Qt.Key.Key_PageDown)
    assert _last_row_visible(sheet)
    QTest.keyClick(page, Qt.Key.Key_Home)

    for _notch in range(60):
        _wheel_down(sheet)
    assert _last_row_visible(sheet)
    QTest.keyClick(page, Qt.Key.Key_Home)

    # The scroll bar's handle dragged to the end of its track.
    bar.setSliderDown(True)
    bar.setSliderPosition(bar.maximum())
    bar.setSliderDown(False)
    assert _last_row_visible(sheet)


@pytest.mark.parametrize("available", [QRect(0, 0, 1280, 770), QRect(0, 0, 1024, 700)])
def test_the_first_size_never_leaves_the_screen(
        qtbot: Any, tmp_path: Path, dutch: None, available: QRect) -> None:
    sheet = _open_sheet(qtbot, tmp_path)
    size = sheet.fitted_size(available)
    assert size.width() <= available.width() - 40
    assert size.height() <= available.height() - 80
    assert size.height() >= 0.8 * (available.height() - 80)  # as much as fits is shown
