"""On the canvas the check's share labels keep off what the cards show (review defect 5):
the metric badges on a card's top edge and its footer's icons, evidence pill and votes,
where a tight stack leaves only a narrow gap between two cards."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from klantreis_desktop.layout import measured as lm
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.canvas.measured_items import ConformanceView, set_conformance
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.session import DocumentSession
from tests.export.test_pdf_check_marks import _figures


def test_share_labels_keep_off_badges_and_footer_marks(qtbot, language="en"):
    doc, journey = _figures()
    session = DocumentSession(doc)
    # The cards' evidence pills are written in the journey's language (review s6 #17):
    # the Dutch "waargenomen" is wider than "observed" (see the test below).
    commands.push(session.stack, doc, ops.update(doc, journey, language=language))
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        layout = scene.layout
        assert layout is not None
        shares = {(r.source, r.target): 0.5 for r in layout.flows}
        set_conformance(doc, journey, ConformanceView(shares, {}, "log.csv"))
        marks = scene.measured.conformance
        assert marks is not None and len(marks.arrows) == len(layout.flows)
        footers = {node: item.footer_marks() for node, item in scene.cards.items()}
        assert any(len(rects) >= 2 for rects in footers.values())  # icons and a pill
        badges = [b.rect for b in scene.measured.badges.badges]
        stacked = [a for a in marks.arrows
                   if len(a.points) == 2 and a.points[0][0] == a.points[1][0]]
        assert len(stacked) >= 4
        for arrow in stacked:
            label = arrow.label_rect
            assert not [b for b in badges if lm._overlap(label, b) > 0], arrow
            hit = [(doc.title(n), r) for n, rects in footers.items() for r in rects
                   if lm._overlap(label, r) > 0]
            assert hit == [], (arrow.label, hit)
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()


def test_share_labels_keep_off_the_wider_dutch_footer_marks(qtbot):
    # The wider Dutch pill ('waargenomen') left no free spot in a tight stack until a
    # label could look up to three label heights away (review s6 #4).
    test_share_labels_keep_off_badges_and_footer_marks(qtbot, language="nl")


def test_no_share_label_on_an_arrow_nobody_took(qtbot):
    # As on the poster: the hairline shows it and the analysis panel names it; a "0 %"
    # on every such arrow crowded the canvas.
    doc, journey = _figures()
    session = DocumentSession(doc)
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        layout = scene.layout
        assert layout is not None
        first, *rest = layout.flows
        shares = {(first.source, first.target): 0.4,
                  **{(r.source, r.target): 0.0 for r in rest}}
        set_conformance(doc, journey, ConformanceView(shares, {}, "log.csv"))
        marks = scene.measured.conformance
        assert marks is not None
        assert [a.label for a in marks.arrows] == ["40 %"] + [""] * len(rest)
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()


def _walked_marks(theme, scene_class=JourneyScene, language=None):
    """The marks of the cleaning sample (figures on every card) checked against a walked
    log, as a canvas with ``theme`` draws them, and what they may not cover. The map's
    texts (badges, pills) speak the journey's ``language`` (None: as the sample)."""
    from klantreis_desktop.model import operations as ops
    from tests.support.check_marks import covered, figured_sample, walked_check

    doc, journey = figured_sample()
    if language is not None:
        doc.apply(ops.update(doc, journey, language=language))
    result = walked_check(doc, journey)
    session = DocumentSession(doc)
    holder = QWidget()
    scene = scene_class(doc, journey, session.stack, holder, theme=theme)
    try:
        layout = scene.layout
        set_conformance(doc, journey, ConformanceView(
            result.arrow_shares(), result.drop_offs(), "log.csv", result))
        marks = scene.measured.conformance
        assert marks is not None and scene.measured.badges is not None
        badges = [b.rect for b in scene.measured.badges.badges]
        footers = [r for card in scene.cards.values() for r in card.footer_marks()]
        found = covered(doc, layout, marks.arrows, marks.drops, badges, footers,
                        theme.options)
        return found, marks.arrows, marks.drops, result
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()


@pytest.fixture(params=["en", "nl"])
def language(request, qapp):
    """English and Dutch: the Dutch pills ("waargenomen") leave a footer less room."""
    from klantreis_desktop import i18n
    from klantreis_desktop.ui.app import create_application, install_translations

    app = create_application(request.param)
    try:
        install_translations(app, request.param)
        yield request.param
    finally:
        install_translations(app, "en")
        i18n.set_language("en")


def test_check_marks_cover_nothing_on_the_canvas(qtbot, language):
    """Review s6 #4: labels on the evidence pills, on card tops, on each other, under a
    badge; drop tags on the arrows at column borders."""
    from klantreis_desktop.ui.canvas.theme import EDITING

    found, arrows, drops, result = _walked_marks(EDITING, language=language)
    assert [str(f) for f in found] == []
    taken = [a for a in result.arrows if a.customers]
    assert len([a for a in arrows if a.label]) == len(taken)  # room for every share here
    assert len(drops) == len([t for t in result.touchpoints if t.dropped])


def test_check_marks_cover_nothing_when_presenting(qtbot, language):
    """The projector's bigger type: no label on a phase header, a pill or a card's text;
    a mark without a free spot shrinks a little, else is left out (the panel lists it).
    Every card here has a badge on its top edge and a pill in its footer: in Dutch
    ("waargenomen") 8 of the 13 shares find room, in English 11."""
    from klantreis_desktop.ui.canvas.theme import PROJECTOR
    from klantreis_desktop.ui.presenting.stage import PresentationScene

    found, arrows, drops, result = _walked_marks(PROJECTOR, PresentationScene, language)
    assert [str(f) for f in found] == []
    shown = [a for a in arrows if a.label]
    share = 0.6 if language == "nl" else 0.75
    assert len(shown) >= share * len([a for a in result.arrows if a.customers])
    assert all(a.font_size >= PROJECTOR.badge_font_size * 0.85 - 1e-9 for a in shown)
    assert len(drops) >= 0.7 * len([t for t in result.touchpoints if t.dropped])
