"""The default agenda is shown without being in the document; the first edit makes it."""

from __future__ import annotations

import pytest

from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError


def test_the_default_agenda_is_listed_without_changing_the_document() -> None:
    doc = build({"title": "ws", "journeys": []})
    assert ws.agenda(doc) == [(key, key) for key in ws.STEP_KEYS]
    assert ws.steps(doc) == []


def test_the_first_edit_makes_the_agenda_with_the_edit_and_undo_takes_both() -> None:
    doc = build({"title": "ws", "journeys": []})
    change = ws.edit_step(doc, "gather", notes="Enquête onder klanten", done=True)
    doc.apply(change)
    rows = ws.agenda(doc)
    assert [key for _id, key in rows] == list(ws.STEP_KEYS)
    gather = rows[1][0]
    assert gather != "gather" and doc.get(gather, "notes") == "Enquête onder klanten"
    assert doc.get(gather, "done") is True and doc.get(rows[0][0], "done") is False
    assert problems(doc) == []
    again = ws.edit_step(doc, gather, notes="")  # a made agenda: a plain step edit
    assert len(again.atoms) == 1
    doc.apply(change.inverse())
    assert ws.steps(doc) == []


def test_an_unknown_step_is_refused() -> None:
    doc = build({"title": "ws", "journeys": []})
    with pytest.raises(ModelError):
        ws.edit_step(doc, "nope", done=True)
    with pytest.raises(ModelError):
        ws.edit_step(doc, "goals", done="ja")  # type: ignore[arg-type]
