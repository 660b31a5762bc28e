"""Typing on the canvas: in-place editing, header renaming, quick entry and key commands.

Quick entry is for the facilitator who types while the room talks: with a cell focused,
typing starts a new card there; Enter commits it and opens the next card in the same lane
of the next phase, Tab/Shift+Tab move across phases. Esc, a click elsewhere or focus going
to another widget end quick entry *keeping* the typed card (one undo step, as in Miro);
Esc or Enter on an empty card just ends it. Editing an existing title or a header works
the same way: Enter, Esc and leaving all keep the text (Ctrl+Z takes it back). Typing
with one card selected opens that card's editor with the keys added to its title (never
replacing it): a new card comes from a click on an empty spot of a cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence

from klantreis_desktop.layout import style
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas import edits, look
from klantreis_desktop.ui.canvas.editor import InlineEditor, TabHandler

if TYPE_CHECKING:
    from klantreis_desktop.ui.canvas.scene import JourneyScene

#: lupdate finds the literal translate("Canvas", ...) calls.
translate = QCoreApplication.translate

Cell = tuple[str, str]


class TextEntry:
    """Owns the one open editor of a scene and the keyboard commands."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        self.editor: InlineEditor | None = None
        self.target: tuple[str, ...] | None = None  # ("card"|"header", id) or ("new", p, l)
        self._retired: list[InlineEditor] = []

    # Opening and closing ----------------------------------------------------------------

    def _open(self, target: tuple[str, ...], rect: QRectF, text: str, font_size: float,
              fill: str, text_hex: str, on_commit: Callable[[str], None],
              on_tab: TabHandler | None = None, select_all: bool = False,
              on_leave: Callable[[str], None] | None = None) -> None:
        self.close(commit=True)
        self.scene.gestures.cancel()
        editor = InlineEditor(text, rect, look.font(font_size), fill, text_hex,
                              self.scene.options.card_padding, on_commit, self._cancelled,
                              on_tab, select_all, on_leave)
        self.editor, self.target = editor, target
        self.scene.grid.set_hint_shown(target[0] != "new")
        self.scene.addItem(editor)
        self.scene.clearSelection()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        for view in self.scene.views():  # quick entry walks off the screen's edge
            view.ensureVisible(editor.sceneBoundingRect(), 24, 24)

    def close(self, commit: bool) -> None:
        """Leave the open editor, if any, keeping its text (``commit``) or dropping it.

        Leaving never moves quick entry on: a click elsewhere ends it there."""
        if self.editor is not None:
            self.editor.finish(commit)

    def _remove_editor(self) -> tuple[str, ...] | None:
        editor, target = self.editor, self.target
        self.editor = self.target = None
        self.scene.grid.set_hint_shown(True)
        if editor is None:
            return None
        self._set_editing(target, False)
        editor.finished = True
        self.scene.removeItem(editor)
        # The editor may be inside its own key handler: keep it alive until later.
        self._retired.append(editor)
        QTimer.singleShot(0, self._retired.clear)
        return target

    def _cancelled(self) -> None:
        self._remove_editor()

    def _set_editing(self, target: tuple[str, ...] | None, editing: bool) -> None:
        if target is None or target[0] == "new":
            return
        item = self.scene.cards.get(target[1]) or self.scene.phases.get(target[1]) or (
            self.scene.lanes.get(target[1]))
        if item is not None:
            item.set_editing(editing)

    def follow_layout(self) -> None:
        """Keep the editor on its card/header/cell after a relayout (or cancel it)."""
        if self.editor is None or self.target is None:
            return
        rect = self._target_rect(self.target)
        if rect is None:
            self.close(commit=False)
        else:
            self.editor.place(rect)

    def _target_rect(self, target: tuple[str, ...]) -> QRectF | None:
        scene = self.scene
        if target[0] == "card":
            card = scene.cards.get(target[1])
            return card.card_rect() if card is not None else None
        if target[0] == "header":
            header = scene.phases.get(target[1]) or scene.lanes.get(target[1])
            return header.header_rect() if header is not None else None
        return self._new_rect((target[1], target[2]))

    def _new_rect(self, cell: Cell) -> QRectF | None:
        """Where a new card of ``cell`` appears: under the cell's last card."""
        layout = self.scene.layout
        if layout is None or cell not in layout.cells:
            return None
        opt = self.scene.options
        rect = layout.cells[cell]
        stack = layout.stacks.get(cell, ())
        y = layout.cards[stack[-1]].rect.bottom + opt.card_gap if stack else (
            rect.y + opt.cell_padding)
        return QRectF(rect.x + opt.cell_padding, y, rect.w - 2 * opt.cell_padding,
                      opt.min_card_height)

    # Editing existing elements -----------------------------------------------------------

    def edit_card(self, card: str, initial: str | None = None,
                  append: str | None = None, go_on: bool = False) -> None:
        """Edit a card's title in place: ``initial`` replaces it, ``append`` is added at its
        end (after a space), the caret at the end. ``go_on`` (a card just dropped from the
        palette): Enter goes on to the next card as quick entry does, so the next words
        typed become a card of their own (review s7: they were added to this title)."""
        item = self.scene.cards.get(card)
        if item is None:
            return
        doc = self.scene.doc
        text = doc.title(card) if initial is None else initial
        if append:
            text = text + append if not text or text[-1].isspace() else f"{text} {append}"

        def keep(value: str) -> None:
            self._remove_editor()
            value = value.strip()
            if card in doc and value != doc.title(card):
                self.scene.push(lambda: ops.update(doc, card, title=value))
            self.scene.select_ids([card])

        def keep_and_go_on(value: str) -> None:
            keep(value)
            phase, lane = doc.phase_of(card), doc.lane_of(card)
            if value.strip() and phase is not None and lane is not None:
                self._advance((phase, lane), 1, wrap_to_same=True, kind=doc.kind(card))

        self._open(("card", card), item.card_rect(), text, self.scene.options.card_font_size,
                   item.look.fill, item.look.text, keep_and_go_on if go_on else keep,
                   on_leave=keep)
        item.set_editing(True)

    def rename(self, node: str) -> None:
        """Rename a phase or lane in place (double-click on its header)."""
        item = self.scene.phases.get(node) or self.scene.lanes.get(node)
        if item is None:
            return
        doc = self.scene.doc

        def commit(value: str) -> None:
            self._remove_editor()
            value = value.strip()
            if node in doc and value and value != doc.title(node):
                self.scene.push(lambda: ops.update(doc, node, title=value))

        self._open(("header", node), item.header_rect(), doc.title(node),
                   self.scene.options.header_font_size, item.look.fill, item.look.text,
                   commit, select_all=True)
        item.set_editing(True)

    # Quick entry --------------------------------------------------------------------------

    def start_new(self, cell: Cell, initial: str = "", kind: str | None = None) -> None:
        """Open an editor for a new card at the bottom of ``cell`` (of ``kind``, else the
        kind the lane holds)."""
        rect = self._new_rect(cell)
        if rect is None:
            return
        doc = self.scene.doc
        kind = kind or edits.kind_for_lane(str(doc.get(cell[1], "lane_type")))
        card_style = style.card_style(kind)
        self.scene.set_focus_cell(cell)

        def commit(value: str) -> None:
            self._remove_editor()
            if not value.strip():
                self.scene.set_focus_cell(None)  # no "Type to add a card" left behind
                self.scene.status_message.emit(translate("Canvas", "Quick entry ended."))
                return
            self._add(kind, cell, value)
            self._advance(cell, 1, wrap_to_same=True, kind=kind)

        def tab(value: str, step: int) -> None:
            self._remove_editor()
            if value.strip():
                self._add(kind, cell, value)
            self._advance(cell, step, wrap_to_same=False, kind=kind)

        def leave(value: str) -> None:
            """Esc, a click elsewhere, focus elsewhere: keep the card, open no next one."""
            escaped = self.editor is not None and self.editor.escaped
            self._remove_editor()
            if escaped:
                # Review s6 #9: after Esc the focused cell's "Type to add a card" went on
                # inviting typing until the next click (a click sets its own cell).
                self.scene.set_focus_cell(None)
            card = self._add(kind, cell, value) if value.strip() else None
            if card is not None:
                self.scene.select_ids([card])  # as in Miro: the card stays selected
            self.scene.status_message.emit(translate("Canvas", "Quick entry ended."))

        self._open(("new", cell[0], cell[1]), rect, initial, self.scene.options.card_font_size,
                   card_style.fill, card_style.text, commit, tab, on_leave=leave)

    def _add(self, kind: str, cell: Cell, title: str) -> str | None:
        """Add the card (one undo step); its id, or None when the model refused."""
        doc = self.scene.doc
        change = self.scene.push(
            lambda: ops.add_card(doc, kind, cell[0], cell[1], title.strip()))
        return ops.created_id(change) if change is not None else None

    def _advance(self, cell: Cell, step: int, wrap_to_same: bool,
                 kind: str | None = None) -> None:
        """Open the next card in the same lane, ``step`` phases on (stays at the ends)."""
        layout = self.scene.layout
        if layout is None or cell[1] not in {r.lane for r in layout.rows}:
            return
        phases = [c.phase for c in layout.columns]
        if cell[0] not in phases:
            return
        index = min(max(phases.index(cell[0]) + step, 0), len(phases) - 1)
        if not wrap_to_same and index == phases.index(cell[0]):
            self.scene.status_message.emit(translate("Canvas", "This is the last phase."))
        self.start_new((phases[index], cell[1]), kind=kind)

    # Keys ----------------------------------------------------------------------------------

    def tab(self, step: int) -> bool:
        """Tab/Shift+Tab (the scene gets them as focus moves): next/previous phase."""
        editor = self.editor
        if editor is not None:
            editor.tab(step)
            return True
        cell = self.scene.focus_cell
        layout = self.scene.layout
        if cell is None or layout is None:
            return False
        phases = [c.phase for c in layout.columns]
        index = min(max(phases.index(cell[0]) + step, 0), len(phases) - 1)
        self.scene.set_focus_cell((phases[index], cell[1]))
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key the focused editor did not take; True when handled."""
        scene = self.scene
        if scene.focusItem() is not None:
            return False
        key, mods = event.key(), event.modifiers()
        command = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                          | Qt.KeyboardModifier.MetaModifier)
        standard = QKeySequence.StandardKey
        if event.matches(standard.Delete) or (key == Qt.Key.Key_Backspace and not command):
            edits.delete_selected(scene)
        elif event.matches(standard.Copy):
            edits.copy_selected(scene)
        elif event.matches(standard.Cut):
            edits.copy_selected(scene)
            edits.delete_selected(scene)
        elif event.matches(standard.Paste):
            edits.paste_from_clipboard(scene)
        elif event.matches(standard.SelectAll):
            scene.select_ids(list(scene.cards))
        elif key == Qt.Key.Key_D and mods == Qt.KeyboardModifier.ControlModifier:
            edits.duplicate_selected(scene)
        elif key == Qt.Key.Key_Escape:
            scene.gestures.cancel()
            scene.clearSelection()
            scene.set_focus_cell(None)
        elif key == Qt.Key.Key_F2:
            self.edit_selected()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            return self._arrow(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not command:
            return self._enter()
        else:
            return self._type(event.text(), bool(command))
        return True

    def edit_selected(self) -> None:
        """Start typing the title of the one selected card (F2)."""
        cards = self.scene.selected_cards()
        if len(cards) == 1:
            self.edit_card(cards[0])

    def _enter(self) -> bool:
        cards = self.scene.selected_cards()
        if len(cards) == 1:
            self.edit_card(cards[0])
            return True
        if self.scene.focus_cell is not None and not self.scene.selectedItems():
            self.start_new(self.scene.focus_cell)
            return True
        return False

    def _type(self, text: str, command: bool) -> bool:
        if command or not text or not text.isprintable() or not text.strip():
            return False
        scene = self.scene
        selected = scene.selectedItems()
        cards = scene.selected_cards()
        if len(cards) == 1 and len(selected) == 1:
            # Review s6 #8: typing on a selected card never wipes its title (it did, as in
            # a spreadsheet, while the hint says "click a cell and type" for a new card):
            # the text is added at the end, in the open editor, and the status bar says so.
            self.edit_card(cards[0], append=text)
            scene.status_message.emit(translate(
                "Canvas", "Typing adds to the selected card. For a new card, click an "
                          "empty spot in the cell."))
            return True
        if scene.focus_cell is not None and not selected:
            self.start_new(scene.focus_cell, text)
            return True
        return False

    def _arrow(self, key: int) -> bool:
        scene = self.scene
        vertical = key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        step = -1 if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1
        points = [e for e, item in scene.points.items() if item.isSelected()]
        if points:
            if vertical:
                edits.nudge_emotions(scene, points, -step)  # up on screen = higher score
            return True
        cards = scene.selected_cards()
        if cards:
            edits.nudge_cards(scene, cards, step, vertical)
            return True
        layout = scene.layout
        if scene.focus_cell is not None and layout is not None:
            phases = [c.phase for c in layout.columns]
            lanes = [r.lane for r in layout.rows]
            col, row = phases.index(scene.focus_cell[0]), lanes.index(scene.focus_cell[1])
            if vertical:
                row = min(max(row + step, 0), len(lanes) - 1)
            else:
                col = min(max(col + step, 0), len(phases) - 1)
            scene.set_focus_cell((phases[col], lanes[row]))
            return True
        return False
