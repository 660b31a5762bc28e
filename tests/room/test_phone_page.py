"""The participant's page in a real browser (Debian's chromium driven by Playwright) against
a real room server on loopback, without the app: what the phone shows when a note is too
long, when the exercise changes after a message, and when the room ends (review s7)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from klantreis_desktop.room.addresses import join_url
from klantreis_desktop.room.room_server import RoomServer
from klantreis_desktop.room.room_state import Room
from klantreis_desktop.shipped_files import resources_dir

pytestmark = [pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
WAIT_MS = 60_000


@pytest.fixture
def room() -> Iterator[tuple[Room, RoomServer, str]]:
    made = Room()
    server = RoomServer(made, resources_dir() / "room")
    port = server.start(["127.0.0.1"])
    yield made, server, join_url("127.0.0.1", port, made.token)
    server.stop()


@pytest.fixture
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip("needs Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def _phone(browser: Any, url: str, locale: str = "en-US") -> Any:
    context = browser.new_context(locale=locale, viewport={"width": 360, "height": 740},
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.goto(url)
    page.wait_for_function("() => document.getElementById('status').className"
                           ".includes('online')")
    return page


def _notes(server: RoomServer, room: Room, dimension: str) -> None:
    server.call(room.set_exercise, "notes", {"dimension": dimension, "quadrants": []})


def test_a_note_too_long_is_counted_and_refused_not_cut(room: Any, browser: Any) -> None:
    state, server, url = room
    page = _phone(browser, url)
    _notes(server, state, "Channels")
    page.wait_for_function("() => document.getElementById('dimension').textContent"
                           " === 'Channels'")
    page.fill("#note", "long " * 1000)  # a 5,000-character paste
    assert page.input_value("#note") == "long " * 1000  # kept whole, not cut to 280
    assert page.text_content("#note-count") == "4999 of 280 characters"
    page.click("#send")
    assert page.text_content("#message") == ("Your note is 4999 characters; a sticky holds "
                                             "280. Make it shorter.")
    assert page.input_value("#note") == "long " * 1000  # nothing sent, nothing lost
    page.fill("#note", "Short now")
    assert page.text_content("#note-count") == "9 of 280 characters"
    assert page.is_hidden("#message")  # the message goes when the note fits
    page.click("#send")
    page.wait_for_function("() => document.querySelector('#my-notes li') !== null")
    assert page.text_content("#my-notes li").startswith("Short now")


def test_a_message_goes_when_the_exercise_changes(room: Any, browser: Any) -> None:
    state, server, url = room
    page = _phone(browser, url, "nl-NL")
    _notes(server, state, "Gevoel")
    page.wait_for_function("() => document.getElementById('dimension').textContent"
                           " === 'Gevoel'")
    page.click("#send")  # nothing typed
    assert page.text_content("#message") == "Typ eerst iets."
    _notes(server, state, "Kanalen")
    page.wait_for_function("() => document.getElementById('dimension').textContent"
                           " === 'Kanalen'")
    assert page.is_hidden("#message")


def test_a_note_of_invisible_characters_is_never_sent(room: Any, browser: Any) -> None:
    """Review s7: two zero-width spaces passed the phone's check, the room refused them and
    the phone kept an empty note "waiting for the connection" for good."""
    state, server, url = room
    page = _phone(browser, url, "nl-NL")
    _notes(server, state, "Kanalen")
    page.wait_for_function("() => document.getElementById('dimension').textContent"
                           " === 'Kanalen'")
    page.fill("#note", "\u200b\u200b")
    page.click("#send")
    assert page.text_content("#message") == "Typ eerst iets."
    assert page.query_selector("#my-notes li") is None
    assert page.evaluate("() => JSON.stringify(localStorage)").count("\u200b") == 0


def test_after_the_room_closes_one_sentence_and_nothing_to_fill_in(room: Any,
                                                                    browser: Any) -> None:
    state, server, url = room
    page = _phone(browser, url, "nl-NL")
    server.stop()
    page.wait_for_function("() => !document.getElementById('ended').hidden")
    sentence = "De zaal is gesloten. Bedankt voor het meedoen!"
    assert page.text_content("#ended-text") == sentence
    assert page.inner_text("body").count(sentence) == 1  # not in the status bar too
    assert page.is_hidden("#name") and page.is_hidden("#save-name")
    assert page.is_disabled("#name") and page.is_disabled("#save-name")


def test_a_removed_phone_cannot_fill_in_its_name(room: Any, browser: Any) -> None:
    state, server, url = room
    page = _phone(browser, url)
    (participant,) = state.active()
    server.call(state.remove, participant.public)
    page.wait_for_function("() => !document.getElementById('ended').hidden")
    text = page.inner_text("body")
    assert text.count("The facilitator took you out of the room.") == 1
    assert "Save" not in text and page.is_hidden("#name")
    assert page.is_disabled("#save-name")
