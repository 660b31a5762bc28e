"""Channel operations: names checked as a person types them, one change per edit, and
removing a channel takes its uses along so that one undo brings them all back."""

from __future__ import annotations

import pytest

from klantreis_desktop import i18n
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError
from tests.model.test_operations import SPEC, snapshot


@pytest.fixture
def doc() -> Document:
    return build(SPEC)


def channel(doc: Document, name: str) -> str:
    return next(c for c in doc.channels() if doc.title(c) == name)


def test_new_channel_trims_the_name_and_goes_last(doc: Document) -> None:
    change = ops.new_channel(doc, "  LinkedIn  ", "social")
    doc.apply(change)
    made = ops.created_id(change)
    assert doc.channels()[-1] == made
    assert doc.get(made, "name") == "LinkedIn" and doc.get(made, "icon") == "social"
    assert change.label == "Add channel"
    assert problems(doc) == []


@pytest.mark.parametrize("name", ["", "   ", "website", " TELEFOON ", "x" * 201])
def test_bad_names_are_refused_and_change_nothing(doc: Document, name: str) -> None:
    before = snapshot(doc)
    with pytest.raises(ModelError) as error:
        ops.new_channel(doc, name, "other")
    assert str(error.value)
    with pytest.raises(ModelError):
        ops.rename_channel(doc, channel(doc, "Website"), name if name.strip().casefold()
                           != "website" else "Telefoon")
    assert snapshot(doc) == before


def test_the_longest_name_the_schema_allows_is_accepted(doc: Document) -> None:
    longest = "y" * ops.CHANNEL_NAME_MAX
    assert ops.CHANNEL_NAME_MAX == k.SCHEMA[k.CHANNEL]["name"].max_length
    doc.apply(ops.new_channel(doc, longest))
    assert doc.title(doc.channels()[-1]) == longest


def test_messages_name_the_clash_in_either_language(doc: Document) -> None:
    i18n.set_language("nl")
    with pytest.raises(ModelError) as empty:
        ops.checked_channel_name(doc, " ")
    with pytest.raises(ModelError) as twice:
        ops.checked_channel_name(doc, "WEBSITE")
    i18n.set_language("en")
    with pytest.raises(ModelError) as twice_en:
        ops.checked_channel_name(doc, "WEBSITE")
    assert "Website" in str(twice.value) and "Website" in str(twice_en.value)
    assert str(twice_en.value) == "There is already a channel called “Website”."
    assert str(empty.value)


def test_rename_may_change_only_the_case_of_its_own_name(doc: Document) -> None:
    web = channel(doc, "Website")
    change = ops.rename_channel(doc, web, " WEBSITE ")
    assert change.label == "Rename channel"
    doc.apply(change)
    assert doc.title(web) == "WEBSITE"
    assert not ops.rename_channel(doc, web, "WEBSITE")  # nothing to do: an empty change


def test_edit_channel_is_one_change_for_name_and_icon(doc: Document) -> None:
    web = channel(doc, "Website")
    before = snapshot(doc)
    change = ops.edit_channel(doc, web, name="Webshop", icon="store")
    assert len(change.atoms) == 1 and change.label == "Edit channel"
    doc.apply(change)
    assert (doc.title(web), doc.get(web, "icon")) == ("Webshop", "store")
    # The undo menu names what really changed, whatever the dialog passed along.
    assert ops.edit_channel(doc, web, name="Webshop", icon="app").label == "Change channel icon"
    assert ops.edit_channel(doc, web, name="Shop", icon="store").label == "Rename channel"
    doc.apply(change.inverse())
    assert snapshot(doc) == before


def test_set_channel_icon_checks_the_icon(doc: Document) -> None:
    tel = channel(doc, "Telefoon")
    change = ops.set_channel_icon(doc, tel, "chat")
    assert change.label == "Change channel icon"
    doc.apply(change)
    assert doc.get(tel, "icon") == "chat"
    with pytest.raises(ModelError):
        ops.set_channel_icon(doc, tel, "carrier-pigeon")
    with pytest.raises(ModelError):
        ops.rename_channel(doc, doc.personas()[0], "Not a channel")


def test_remove_channel_takes_its_uses_along_and_undo_restores_them(doc: Document) -> None:
    web = channel(doc, "Website")
    cards = [c for j in doc.journeys() for c in doc.cards(j) if doc.kind(c) == k.TOUCHPOINT]
    for card in cards:  # every touchpoint uses the website now
        doc.apply(ops.set_channels(doc, card, [*doc.channels_of(card), web]))
    assert ops.channel_users(doc, web) == sorted(cards)
    before = snapshot(doc)
    change = ops.remove_channel(doc, web)
    assert change.label == "Remove channel"
    doc.apply(change)
    assert web not in doc and problems(doc) == []
    assert all(web not in doc.channels_of(card) for card in cards)
    belt = next(c for c in cards if doc.title(c) == "Belt")
    assert doc.channels_of(belt) == [channel(doc, "Telefoon")]  # other uses stay
    doc.apply(change.inverse())
    assert snapshot(doc) == before
    assert all(web in doc.channels_of(card) for card in cards)
    assert doc.channels().index(web) == 0  # back in its place


def test_remove_channel_refuses_other_kinds(doc: Document) -> None:
    before = snapshot(doc)
    with pytest.raises(ModelError):
        ops.remove_channel(doc, doc.personas()[0])
    with pytest.raises(ModelError):
        ops.remove_channel(doc, "no-such-channel")
    assert snapshot(doc) == before


def test_the_pdf_follows_a_renamed_and_a_removed_channel(tmp_path) -> None:
    """The PDF reads the model: the analysis handout lists the new name, and a removed
    channel leaves neither its name nor a dangling icon behind."""
    from klantreis_desktop.export.pdf import export_pdf
    from klantreis_desktop.export.pdf_options import PdfOptions
    from klantreis_desktop.templates import build_sample
    from tests.export.pdf_helpers import pdf_text, squash

    doc = build_sample("schoonmaak", "en")
    journey = doc.journeys()[0]
    phone = next(c for c in doc.channels() if doc.title(c) == "Phone")
    website = next(c for c in doc.channels() if doc.title(c) == "Website")
    assert ops.channel_users(doc, phone) and ops.channel_users(doc, website)
    doc.apply(ops.edit_channel(doc, phone, name="Hotline Zuid", icon="chat"))
    doc.apply(ops.remove_channel(doc, website))
    # A phase's KPI ("Phone answered within 30 seconds") is printed under its title now:
    # words of the team's own text, not the channel's name.
    for phase in doc.phases(journey):
        doc.apply(ops.update(doc, phase, kpi=""))
    target = tmp_path / "channels.pdf"
    export_pdf(doc, target, PdfOptions(paper="A3", journeys=[journey], analysis_pages=True))
    text = squash(pdf_text(target, "-raw"))
    assert squash("Hotline Zuid") in text
    assert squash("Phone") not in text and squash("Website") not in text
