"""The analysis dock: where the current journey goes right or wrong, at a glance.

It only shows what :mod:`klantreis_desktop.analysis` computes (no analysis here), so the
panel, ``klantreis analyse`` and the PDF page never disagree. Every entry carries the ids
of the elements it is about; clicking it emits :attr:`AnalysisPanel.highlight` so the
window can select them on the canvas. The panel re-analyses after the document changes,
debounced, so typing in a card does not re-run the analysis on every key.

Analysing a large journey takes a noticeable moment, so the panel only analyses what can
be seen: while its dock is hidden a change only marks the result stale, and showing the
panel brings it up to date before it paints. Several changes in one go (opening a
document switches session and journey a few times) cost one analysis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.docks.fit_tree import IDS, FitTree
from klantreis_desktop.ui.docks.seen import RefreshWhenSeen

if TYPE_CHECKING:
    from klantreis_desktop.analysis.current_vs_ideal import Comparison
    from klantreis_desktop.analysis.journey import JourneyAnalysis, RatedCard

__all__ = ["DEBOUNCE_MS", "IDS", "ZERO_CELL", "AnalysisPanel"]
DEBOUNCE_MS = 400
ZERO_CELL = QColor("#fde2e1")
BAD = QColor("#b3261e")
GOOD = QColor("#1e6b34")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisPanel", text)


def _q(text: str) -> str:
    return _tr("“{text}”").format(text=text)


class AnalysisPanel(RefreshWhenSeen):
    """The analysis of one journey of one document session, for a dock."""

    #: Element ids of the clicked entry (the window selects them on the canvas).
    highlight = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis_panel")
        self._doc: Document | None = None
        self._journey: str | None = None
        self._listener = self._on_change  # held here: the document keeps a weak reference
        self.analysis: JourneyAnalysis | None = None
        self.comparisons: list[Comparison] = []
        self.analyses_run = 0  # how often the analysis ran (the debounce is tested on it)
        self._hint: str | None = None  # the hint shown instead of an analysis
        self._timer = QTimer(self)  # after edits: once the typing pauses
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_if_seen)
        self._soon = QTimer(self)  # after a new session or journey: once the burst is over
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh_if_seen)
        self._build()
        self.refresh()

    # Building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self._headings: dict[FitTree, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._to_measured = False  # see show_measured
        bar = scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_measured)
        bar.actionTriggered.connect(self._stop_keeping_measured)  # the user scrolls
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(4)
        self.title_label = QLabel(body)
        self.title_label.setWordWrap(True)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self._layout.addWidget(self.title_label)
        self.empty_label = QLabel(body)
        self.empty_label.setWordWrap(True)
        self._layout.addWidget(self.empty_label)
        self.emotions = self._section(_tr("Emotions per persona"))
        self.matrix = QTableWidget(body)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.horizontalHeader().setMinimumSectionSize(24)
        self.matrix.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.matrix.cellClicked.connect(self._matrix_clicked)
        self._heading(_tr("Channels × phases"))
        self._layout.addWidget(self.matrix)
        self.gaps = FitTree(body)
        self._connect(self.gaps)
        self._layout.addWidget(self.gaps)
        self.pains = self._section(_tr("Pain points per phase"))
        self._heading(_tr("Opportunities"))
        self.opportunities = self._grid(body)
        self.flow = self._section(_tr("Flow"))
        self.measured = self._section(_tr("Measured"))
        self.measured_heading = self._headings[self.measured]
        self.comparison_heading = self._heading(_tr("Current vs ideal"))
        self.comparison = FitTree(body)
        self._connect(self.comparison)
        self._layout.addWidget(self.comparison)
        self._layout.addStretch(1)
        self._sections = [self.emotions, self.gaps, self.pains, self.flow, self.measured,
                          self.comparison,
                          *self.opportunities.values()]

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        self._layout.addWidget(label)
        return label

    def _section(self, title: str) -> FitTree:
        heading = self._heading(title)
        tree = FitTree(self)
        self._headings[tree] = heading
        self._connect(tree)
        self._layout.addWidget(tree)
        return tree

    def _connect(self, tree: FitTree) -> None:
        tree.itemClicked.connect(lambda item, _column: self._emit(item.data(0, IDS)))

    def _grid(self, body: QWidget) -> dict[str, FitTree]:
        """Quick wins | big bets over fill-ins | money pits: impact up, effort to the right."""
        holder = QWidget(body)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        cells = {"quick_win": (0, 0, _tr("Quick wins")), "big_bet": (0, 1, _tr("Big bets")),
                 "fill_in": (1, 0, _tr("Fill-ins")), "money_pit": (1, 1, _tr("Money pits"))}
        trees: dict[str, FitTree] = {}
        for quadrant, (row, column, title) in cells.items():
            box = QFrame(holder)
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.setSpacing(2)
            label = QLabel(title, box)
            font = QFont(label.font())
            font.setItalic(True)
            label.setFont(font)
            inner.addWidget(label)
            tree = FitTree(box)
            self._connect(tree)
            inner.addWidget(tree)
            inner.addStretch(1)
            grid.addWidget(box, row + 1, column + 1)
            trees[quadrant] = tree
        for text, row, column in ((_tr("high impact"), 1, 0), (_tr("low impact"), 2, 0),
                                  (_tr("low effort"), 0, 1), (_tr("high effort"), 0, 2)):
            label = QLabel(text, holder)
            label.setStyleSheet("color: palette(dark);")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if column == 0:
                label.setWordWrap(True)
                label.setFixedWidth(48)
            grid.addWidget(label, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._layout.addWidget(holder)
        unrated = FitTree(body)
        self._connect(unrated)
        self._layout.addWidget(unrated)
        trees["unrated"] = unrated
        return trees

    # Public API ---------------------------------------------------------------------------

    def set_session(self, session: Any) -> None:
        """Follow ``session`` (a DocumentSession) or nothing; the journey is reset."""
        if self._doc is not None:
            self._doc.unsubscribe(self._listener)
        self._doc = session.doc if session is not None else None
        if self._doc is not None:
            self._doc.subscribe(self._listener)
        self._journey = None
        self._to_measured = False
        self._invalidate(self._soon)

    def set_journey(self, journey: str | None) -> None:
        if journey == self._journey and not self.stale:
            return
        self._journey = journey
        self._to_measured = False
        self._invalidate(self._soon)

    def journey(self) -> str | None:
        return self._journey

    def show_measured(self) -> None:
        """Up to date, scrolled to the "Measured" section: an import that says "see the
        analysis panel" shows its flags there, not the emotions above them (at 1280×800
        they were out of sight, far below the fold). A dock just shown is laid out in a
        few rounds (the window, the panel, the trees fitted to its width): the section
        is kept at the top as the range changes, until the user scrolls."""
        if self.stale:
            self.refresh()
        self._to_measured = True
        self._keep_measured()

    def _keep_measured(self, *_range: int) -> None:
        if self._to_measured:
            self.scroll_area.verticalScrollBar().setValue(self.measured_heading.y())

    def _stop_keeping_measured(self, *_action: int) -> None:
        self._to_measured = False

    # Refreshing ---------------------------------------------------------------------------

    def _on_change(self, _change: ChangeSet) -> None:
        try:
            self._invalidate(self._timer)  # restart: analyse once the typing pauses
        except RuntimeError:  # pragma: no cover - the widget is gone, the doc not yet
            pass

    def _invalidate(self, timer: QTimer) -> None:
        """Mark the result stale; refresh with ``timer`` if it can be seen, else on show."""
        self.stale = True
        doc, journey = self._doc, self._journey
        if doc is None or journey is None or journey not in doc.journeys():
            self.refresh()  # only a hint: cheap, and right at once
        elif self.is_seen():
            timer.start()

    def refresh(self) -> None:
        """Analyse the journey now and show the result (visible or not)."""
        self._timer.stop()
        self._soon.stop()
        self.stale = False
        doc, journey = self._doc, self._journey
        if doc is None or journey is None or journey not in doc.journeys():
            self.analysis, self.comparisons = None, []
            self._show_empty(_tr("Open a journey to see its analysis.") if doc is None
                             else _tr("Choose a journey to see its analysis."))
            return
        # Imported here: the dock starts hidden, so most sessions never need them.
        from klantreis_desktop.analysis.current_vs_ideal import comparable_pairs, compare_journeys
        from klantreis_desktop.analysis.journey import analyse_journey

        self.analysis = analyse_journey(doc, journey)
        self.analyses_run += 1
        self.comparisons = [compare_journeys(doc, a, b) for a, b in comparable_pairs(doc)
                            if journey in (a, b)]
        self._show(doc, self.analysis)

    def _show_empty(self, message: str) -> None:
        if self._hint == message:
            return  # already showing just this hint (opening a file asks a few times)
        self._hint = message
        self.title_label.setText(_tr("Analysis"))
        self.empty_label.setText(message)
        self.empty_label.show()
        for tree in self._sections:
            tree.clear()
            tree.fit()
        self.matrix.clear()
        self.matrix.setRowCount(0)
        self.matrix.setColumnCount(0)
        self.matrix.setFixedHeight(4)

    def _show(self, doc: Document, result: JourneyAnalysis) -> None:
        self._hint = None
        self.title_label.setText(result.title or _tr("(untitled journey)"))
        self.empty_label.hide()
        for tree in self._sections:
            tree.clear()
        self._fill_emotions(result)
        self._fill_matrix(doc, result)
        self._fill_pains(result)
        self._fill_opportunities(result)
        self._fill_flow(result)
        from klantreis_desktop.ui.docks.measured_findings import fill_measured

        if self._journey is not None:
            fill_measured(self.measured, doc, self._journey)
        self._fill_comparison()
        for tree in self._sections:
            tree.fit()

    def _fill_emotions(self, result: JourneyAnalysis) -> None:
        tree = self.emotions
        if not result.personas:
            tree.add(_tr("No persona has scored this journey yet."))
        for persona in result.personas:
            top = tree.add(persona.name or _tr("(unnamed persona)"), [persona.persona],
                           bold=True)
            if not persona.points:
                tree.add(_tr("no emotion scores"), parent=top)
            for point in persona.lowest:
                tree.add(_tr("Lowest {score}: {title}").format(
                    score=result.score(point.score), title=point.title),
                         [point.anchor, point.emotion], top, colour=BAD)
            for swing in persona.swings:
                text = _tr("Swing {change:+d}: {source} → {target}").format(
                    change=swing.change, source=swing.source.title, target=swing.target.title)
                tree.add(text, [swing.source.anchor, swing.target.anchor], top,
                         colour=BAD if swing.change < 0 else GOOD)
            for moment in persona.moments:
                score = result.score(moment.score)
                tree.add(_tr("Moment of truth ({score}): {title}").format(
                    score=score, title=moment.title), [moment.touchpoint], top)

    def _fill_matrix(self, doc: Document, result: JourneyAnalysis) -> None:
        matrix, table = result.channels, self.matrix
        table.clear()
        table.setRowCount(len(matrix.channels))
        table.setColumnCount(len(matrix.phases))
        table.setHorizontalHeaderLabels([matrix.titles.get(p, "") for p in matrix.phases])
        table.setVerticalHeaderLabels([matrix.titles.get(c, "") for c in matrix.channels])
        for column, phase in enumerate(matrix.phases):
            header = table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(matrix.titles.get(phase, ""))
        for row, channel in enumerate(matrix.channels):
            header = table.verticalHeaderItem(row)
            if header is not None:
                header.setToolTip(matrix.titles.get(channel, ""))
        cells = _touchpoints_per_cell(doc, result.journey)
        for row, channel in enumerate(matrix.channels):
            for column, phase in enumerate(matrix.phases):
                count = matrix.counts[row][column]
                item = QTableWidgetItem(str(count) if count else "0")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                ids = cells.get((channel, phase), [])
                item.setData(IDS, ids or [channel, phase])
                if not count:
                    item.setBackground(QBrush(ZERO_CELL))
                    item.setForeground(QBrush(QColor("#8c8c8c")))
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height if matrix.channels else 4)
        gaps = self.gaps
        for phase in matrix.empty_phases:
            gaps.add(_tr("No touchpoints in {phase}").format(phase=_q(result.phase_titles.get(
                phase, ""))), [phase], colour=BAD)
        for channel in matrix.single_phase_channels:
            gaps.add(_tr("Used in one phase only: {channel}").format(
                channel=matrix.titles.get(channel, "")), [channel])
        if not matrix.channels:
            gaps.add(_tr("No touchpoint has a channel yet."))
        elif not matrix.empty_phases and not matrix.single_phase_channels:
            gaps.add(_tr("Every phase has touchpoints; every channel spans phases."))

    def _matrix_clicked(self, row: int, column: int) -> None:
        item = self.matrix.item(row, column)
        if item is not None:
            self._emit(item.data(IDS))

    def _fill_pains(self, result: JourneyAnalysis) -> None:
        tree, any_pain = self.pains, False
        for phase, cards in result.pains.items():
            if not cards:
                continue
            any_pain = True
            top = tree.add(result.phase_titles.get(phase, "") or _tr("(no phase)"),
                           [c.card for c in cards], bold=True)
            for number, card in enumerate(cards, start=1):
                text = (_tr("{number}. {title} — {votes} votes, impact {impact}")
                        if card.impact > 0 else  # 0: not rated (review s7: "impact 0")
                        _tr("{number}. {title} — {votes} votes, impact not rated"))
                tree.add(text.format(number=number, title=card.title, votes=card.votes,
                                     impact=card.impact), [card.card], top)
        if not any_pain:
            tree.add(_tr("No pain points yet."))

    def _fill_opportunities(self, result: JourneyAnalysis) -> None:
        for quadrant, tree in self.opportunities.items():
            cards = result.opportunities.get(quadrant, [])
            if quadrant == "unrated":
                if cards:
                    top = tree.add(_tr("Not rated yet (impact or effort 0)"),
                                   [c.card for c in cards], bold=True)
                    for card in cards:
                        tree.add(card.title, [card.card], top)
                continue
            for card in cards:
                tree.add(_opportunity_text(card), [card.card],
                         tip=_tr("{title}\nimpact {impact}, effort {effort}, {votes} votes"
                                 ).format(title=card.title, impact=card.impact,
                                          effort=card.effort, votes=card.votes))
            if not cards:
                tree.add(_tr("none"), colour=QColor("#8c8c8c"))

    def _fill_flow(self, result: JourneyAnalysis) -> None:
        flow, tree = result.flow, self.flow
        name = flow.titles.get
        if not flow.has_flows:
            tree.add(_tr("No arrows between touchpoints yet."))
            return
        for node in flow.dead_ends:
            tree.add(_tr("Dead end: {title}").format(title=name(node, "")), [node], colour=BAD)
        for node in flow.unreachable:
            tree.add(_tr("Unreachable: {title}").format(title=name(node, "")), [node],
                     colour=BAD)
        for node in flow.short_ends:
            tree.add(_tr("Stops before the end goal: {title}").format(title=name(node, "")),
                     [node], colour=BAD)
        text = _tr("{reached} of {paths} paths reach the last phase {phase}").format(
            reached=flow.paths_reaching_end, paths=flow.paths,
            phase=_q(name(flow.end_phase, "")))
        tree.add(text, [flow.end_phase, *flow.goal_cards],
                 colour=GOOD if flow.reaches_end_goal else BAD)
        if flow.end_goal:
            tree.add(_tr("End goal: {goal}").format(goal=flow.end_goal),
                     [flow.end_phase, *flow.goal_cards])

    def _fill_comparison(self) -> None:
        tree = self.comparison
        visible = bool(self.comparisons)
        self.comparison_heading.setVisible(visible)
        tree.setVisible(visible)
        for result in self.comparisons:
            titles = result.titles
            top = tree.add(_tr("{current} → {ideal}").format(
                current=titles.get(result.current, ""), ideal=titles.get(result.ideal, "")),
                [], bold=True)
            for node in result.added:
                tree.add(_tr("Added: {title}").format(title=titles.get(node, "")), [node], top,
                         colour=GOOD)
            for node in result.removed:
                tree.add(_tr("Dropped: {title}").format(title=titles.get(node, "")), [node],
                         top, colour=BAD)
            for persona in result.personas:
                who = tree.add(persona.name, [persona.persona], top)
                for phase in persona.phases:
                    if phase.change is None:
                        continue
                    tree.add(_tr("{phase}: {change:+.1f}").format(phase=phase.title,
                                                                 change=phase.change),
                             [phase.current_phase, phase.ideal_phase], who,
                             colour=GOOD if phase.change > 0 else
                             BAD if phase.change < 0 else None)

    def _emit(self, ids: object) -> None:
        if isinstance(ids, list) and ids:
            self.highlight.emit([str(i) for i in ids])

    def entries(self) -> list[tuple[str, list[str]]]:
        """Every visible entry as (text, ids): for tests and the screen reader summary."""
        found: list[tuple[str, list[str]]] = []
        for tree in self._sections:
            found += [(item.text(0), list(item.data(0, IDS) or [])) for item in tree.all_items()]
        return found


def _touchpoints_per_cell(doc: Document, journey: str) -> dict[tuple[str, str], list[str]]:
    """(channel, phase) → the journey's touchpoints there, in card order: one pass over
    the cards instead of one per matrix cell."""
    cells: dict[tuple[str, str], list[str]] = {}
    for card in doc.cards(journey):
        if doc.kind(card) != k.TOUCHPOINT:
            continue
        phase = doc.phase_of(card)
        if phase is None:
            continue
        for channel in dict.fromkeys(doc.channels_of(card)):
            cells.setdefault((channel, phase), []).append(card)
    return cells


def _opportunity_text(card: RatedCard) -> str:
    term = {"short": _tr("short"), "long": _tr("long")}.get(card.term, "")
    return f"{card.title} ({term})" if term else card.title
