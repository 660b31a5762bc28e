"""Room mode's "done when": forty phones in a real browser run a brainstorm, a dot vote and
an emotion rating through the real app window, with no internet; nothing is lost or
duplicated, and attacks made while they are connected are refused with the room running.

The app runs in its own network namespace on a real X screen (as in
test_room_browser.py); one Debian chromium in the phone namespace opens forty browser
contexts at phone size, half in Dutch and half in English. Each context reaches the
room through its own SOCKS relay and so from its own address (phone_relay.py), as forty
phones on Wi-Fi would. The facilitator chooses each exercise with real X11 clicks; every
result is checked in the model through the probe. Screenshots go to
shots/acceptance/room-40-phones/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from klantreis_desktop.layout.room_curve import medians
from klantreis_desktop.model.workshop import room_score
from tests.acceptance import probe_view as pv
from tests.acceptance.app_under_test import ROOT, AppUnderTest
from tests.acceptance.room_network import LAPTOP_ADDRESS, RoomNetwork
from tests.acceptance.test_room_browser import CHROMIUM_ARGS, PHONE, WORDS, Room, _skip_reason
from tests.acceptance.xsession import XScreen

pytestmark = [pytest.mark.acceptance, pytest.mark.slow]

PHONES = 40
BY_CODE = 4  # the first few join by the short address and the code, the rest by the link
OFFLINE = range(2, PHONES, 5)  # these lose the network with a note typed, then come back
RATED = 3  # touchpoints each phone rates
NAMES = {"nl": "Deelnemer {n:02d}", "en": "Participant {n:02d}"}
NOTE = {"nl": "Idee {n} van deelnemer {i:02d}", "en": "Idea {n} from participant {i:02d}"}
OFFLINE_NOTE = {"nl": "Zonder netwerk getypt door {i:02d}",
                "en": "Typed offline by participant {i:02d}"}

#: The attacks, from a stranger's phone on the room's network that has the room's link
#: (anyone who photographed the QR code): wrong tokens, brute-forcing the join code,
#: forged and malformed messages, an oversized one. Returns what the room answered.
ATTACKS = """async ({token, code}) => {
  const out = {http: [], join: []};
  for (const path of ['/r/' + 'A'.repeat(27) + '/', '/r/' + token.toUpperCase() + '/',
                      '/r/' + token.slice(0, -1) + '/room.js', '/document', '/r/']) {
    out.http.push((await fetch(path)).status);
  }
  for (const tried of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD', 'EEEEEE', code]) {
    const r = await fetch('/join', {method: 'POST', redirect: 'manual',
                                    body: new URLSearchParams({code: tried})});
    out.join.push(r.type === 'opaqueredirect' ? 'redirect' : r.status);
  }
  const talk = (path, script) => new Promise((resolve) => {
    const ws = new WebSocket('ws://' + location.host + path);
    const seen = {opened: false, got: [], code: null};
    let step = 0;
    ws.onopen = () => { seen.opened = true; ws.send(script[step++]); };
    ws.onmessage = (e) => {
      const m = JSON.parse(e.data);
      seen.got.push(m.t === 'error' ? m.code : m.t);
      if (m.t !== 'state' && step < script.length) ws.send(script[step++]);
    };
    ws.onclose = (e) => { seen.code = e.code; resolve(seen); };
  });
  const wrong = 'B'.repeat(27);
  out.wrongSocket = await talk('/r/' + wrong + '/ws', ['{"t": "hello"}']);
  out.noHello = await talk('/r/' + token + '/ws',
                           ['{"t": "note", "id": "forged-before-hello", "text": "forged"}']);
  out.forged = await talk('/r/' + token + '/ws', [
    '{"t": "hello", "key": null, "name": "Mallory", "lang": "en"}',
    '{"t": "admin", "do": "export"}',
    '{"t": "note", "id": "x", "text": "forged note"}',
    '{"t": "vote", "card": "' + 'c'.repeat(32) + '", "n": 3}',
    '{"t": "vote", "card": "' + 'c'.repeat(32) + '", "n": 99}',
    '{"t": "note", "id": "too-long-note", "text": "' + 'x'.repeat(300) + '"}',
    '{"t": "note", "id": "oversized-note", "text": "' + 'y'.repeat(10000) + '"}']);
  return out;
}"""


class Relay:
    """phone_relay.py running in the phone namespace: one loopback port per source."""

    def __init__(self, network: RoomNetwork, sources: list[str], log: Path) -> None:
        self.sources = sources
        self.process = subprocess.Popen(
            [*network.prefix(network.phone), sys.executable, "-m",
             "tests.acceptance.phone_relay", *sources], cwd=ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=open(log, "wb"))
        assert self.process.stdout is not None
        self.ports: list[int] = json.loads(self.process.stdout.readline() or "[]")
        assert len(self.ports) == len(sources), log.read_text()

    def stop(self) -> dict[str, int]:
        """Ends the relay; how many connections it opened from each source."""
        assert self.process.stdin is not None and self.process.stdout is not None
        if not self.process.stdin.closed:
            self.process.stdin.close()
        opened = self.process.stdout.readline()
        self.process.wait(30)
        return json.loads(opened or "{}")


@pytest.fixture
def forty(tmp_path: Path):
    reason = _skip_reason()
    if reason:
        pytest.skip("room mode's forty-phone test " + reason)
    folder = Path(os.environ.get("KLANTREIS_SHOTS", ROOT / "shots" / "acceptance")) / (
        "room-40-phones")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    network = RoomNetwork().up()
    # One address per phone, and one for the stranger who attacks.
    relay = Relay(network, network.add_phone_addresses(PHONES + 1), tmp_path / "relay.log")
    screen = XScreen(1280, 800, folder).start()
    app = AppUnderTest(screen, tmp_path, "nl")
    app.prefix = network.prefix(network.laptop)
    yield network, screen, app, folder, relay
    app.kill()
    screen.stop()
    relay.stop()
    network.down()
    for log in [*tmp_path.glob("app-std*.log"), tmp_path / "relay.log"]:
        shutil.copy(log, folder / log.name)


def test_forty_phones_run_a_workshop_in_a_real_browser(forty, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    started = time.monotonic()
    network, screen, app, folder, relay = forty
    ports = relay.ports
    app.start("--lang", "nl", str(ROOT / "resources" / "samples" / "schoonmaak.nl.klantreis"))
    app.wait(lambda s: s["main_windows"] and s["main_windows"][0]["session"], "the sample")
    facilitator = Room(screen, app, folder, "nl")
    room = facilitator.open_room()
    link, address, code = room["links"][0], room["addresses"][0], room["code"]
    assert link.startswith(f"http://{LAPTOP_ADDRESS}:")
    token = link.rstrip("/").rsplit("/", 1)[1]
    langs = ["nl" if index % 2 == 0 else "en" for index in range(PHONES)]
    names = [NAMES[lang].format(n=index + 1) for index, lang in enumerate(langs)]

    launcher = network.browser_in_phone(tmp_path)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(launcher), args=CHROMIUM_ARGS,
            proxy={"server": "socks5://per-context"})

        def context(port: int, lang: str):
            made = browser.new_context(locale="nl-NL" if lang == "nl" else "en-GB",
                                       proxy={"server": f"socks5://127.0.0.1:{port}"}, **PHONE)
            made.set_default_timeout(90_000)
            return made

        contexts = [context(ports[index], lang) for index, lang in enumerate(langs)]
        pages = [each.new_page() for each in contexts]
        dialogs: list[str] = []
        for page in pages:
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        # Joining: most by the QR code's link, a few by the short address and the code.
        for index, page in enumerate(pages):
            if index < BY_CODE:
                page.goto(address)
                page.fill("#code", code)
                page.click("button[type=submit]")
            else:
                page.goto(link, wait_until="commit")
        for index, page in enumerate(pages):
            expect(page.locator("#status.online")).to_be_visible()
            assert page.evaluate("document.documentElement.lang") == langs[index]
            page.fill("#name", names[index])
            page.click("#save-name")
        facilitator.wait_room(lambda r, _m: r["people"] == sorted(names), "forty names")

        # The join screen on the projector, with forty joined.
        facilitator.click("room_show_projector")
        projector = pv.window_named(app.wait(
            lambda s: (pv.window_named(s, "room_projector") or {}).get("full_screen"),
            "the join screen, full screen"), "room_projector")
        assert projector is not None
        assert pv.widget(projector, "room_projector_count")["text"].startswith(f"{PHONES} ")
        facilitator.shot("projector-forty-joined")
        screen.key("Escape")
        app.wait(lambda s: pv.window_named(s, "room_projector") is None, "the join screen to go")
        facilitator.shot("room-window-forty-joined")

        # Brainstorm: two notes from every phone, and one more from some while offline.
        facilitator.click("room_kind_notes")
        facilitator.type_into("room_dimension", WORDS["nl"]["dimension"])
        facilitator.click("room_start_notes")
        expected: list[str] = []
        for index, page in enumerate(pages):
            expect(page.locator("#dimension")).to_have_text(WORDS["nl"]["dimension"])
            for number in (1, 2):
                text = NOTE[langs[index]].format(n=number, i=index + 1)
                expected.append(text)
                page.fill("#note", text)
                page.click("#send")
        for index in OFFLINE:
            contexts[index].set_offline(True)
        for index in OFFLINE:
            page = pages[index]
            expect(page.locator("#status.online")).to_have_count(0)
            text = OFFLINE_NOTE[langs[index]].format(i=index + 1)
            expected.append(text)
            page.fill("#note", text)
            page.click("#send")
            expect(page.locator("#my-notes li", has_text=WORDS[langs[index]]["waiting"])
                   ).to_have_count(1)
        pages[OFFLINE[0]].screenshot(path=str(folder / "phone-offline.png"))
        for index in OFFLINE:
            contexts[index].set_offline(False)
        for index, page in enumerate(pages):
            sent = 3 if index in OFFLINE else 2
            expect(page.locator("#status.online")).to_be_visible()
            expect(page.locator("#my-notes li", has_text=WORDS[langs[index]]["sent"])
                   ).to_have_count(sent)
        expected.sort()

        def on_board(room: dict[str, Any], main: dict[str, Any]) -> bool:
            notes = main["session"]["document"]["brainstorm"]
            return (len(room["notes"]) == len(expected)
                    and sorted(text for _n, text, _d in notes) == expected
                    and main.get("board_notes") == expected)

        facilitator.wait_room(on_board, "every phone's note on the board exactly once")

        # Attacks while the forty are connected: all refused, and the room runs on.
        stranger = context(ports[PHONES], "en")
        attacker = stranger.new_page()
        attacker.goto(address)
        answers = attacker.evaluate(ATTACKS, {"token": token, "code": code})
        assert answers["http"] == [404] * 5, answers
        assert answers["join"] == ["redirect"] * 5 + [429], answers
        assert not answers["wrongSocket"]["opened"], answers
        assert answers["noHello"]["got"] == ["hello_first"], answers
        assert answers["forged"]["got"] == ["welcome", "state", "unknown", "bad_id", "not_now",
                                            "bad_number", "too_long"], answers
        assert answers["forged"]["code"] == 1009, answers  # the oversized one: closed
        stranger.close()
        for page in pages:
            expect(page.locator("#status.online")).to_be_visible()
        state = app.state()
        room = facilitator.room(state)
        assert room is not None and room["open"] and on_board(room, facilitator.main(state))
        assert room["people"] == sorted([*names, "Mallory"])

        # Dot voting: three dots each (some twice on one card), revealed at the end.
        facilitator.click("room_kind_vote")
        facilitator.start_vote()
        for page in pages:
            expect(page.locator("#vote")).to_be_visible()
        cards = pages[0].locator("#cards li .text").all_text_contents()
        assert len(cards) >= 3
        plans = [[index % len(cards), index % len(cards), (index + 1) % len(cards)]
                 if index % 4 == 0 else
                 [index % len(cards), (index + 1) % len(cards), (index + 3) % len(cards)]
                 for index in range(PHONES)]
        mine: list[dict[int, int]] = [{} for _page in pages]
        for dot in range(3):
            for index, page in enumerate(pages):
                card = plans[index][dot]
                page.locator("#cards li").nth(card).locator(
                    ".counter button:not(.secondary)").click()
                mine[index][card] = mine[index].get(card, 0) + 1
            for index, page in enumerate(pages):
                card = plans[index][dot]
                expect(page.locator("#cards li .count").nth(card)).to_have_text(
                    str(mine[index][card]))
        tally: dict[str, int] = {}
        for placed in mine:
            for card, dots in placed.items():
                tally[cards[card]] = tally.get(cards[card], 0) + dots
        pages[1].screenshot(path=str(folder / "phone-voting-en.png"))

        def titles(main: dict[str, Any]) -> dict[str, dict[str, Any]]:
            return pv.journey(main)["cards"]

        def counted(room: dict[str, Any], main: dict[str, Any]) -> bool:
            given = {titles(main)[card]["title"]: n for card, n in room["tally"].items() if n}
            return room["voters"] == PHONES and given == tally

        facilitator.wait_room(counted, "every dot in the tally")
        before = facilitator.main()
        votes_before = {c["title"]: c["votes"] or 0 for c in titles(before).values()}
        facilitator.click("room_reveal")
        facilitator.wait_room(
            lambda _r, m: m["session"]["stack"]["count"] == before["session"]["stack"]["count"] + 1,
            "the revealed votes as one undo step")
        revealed = {c["title"]: c["votes"] or 0 for c in titles(facilitator.main()).values()}
        assert {title: revealed[title] - votes_before[title] for title in revealed
                if revealed[title] != votes_before[title]} == tally
        assert sum(tally.values()) == 3 * PHONES

        # Emotion rating: each phone rates three touchpoints; the room's curve has them all.
        facilitator.click("room_kind_rate")
        facilitator.click("room_start_rate")
        for page in pages:
            expect(page.locator("#rate")).to_be_visible()
        rows = pages[0].locator("#touchpoints li .text").all_text_contents()
        scores: dict[str, list[int]] = {}
        for turn in range(RATED):
            for index, page in enumerate(pages):
                row, score = (index + turn * 5) % len(rows), (index + turn) % 5 - 2
                page.locator("#touchpoints li").nth(row).locator(".scores button").nth(
                    score + 2).click()
                scores.setdefault(rows[row], []).append(score)
            for index, page in enumerate(pages):
                row = (index + turn * 5) % len(rows)
                expect(page.locator("#touchpoints li").nth(row).locator(
                    "button[aria-pressed=true]")).to_have_count(1)
        pages[0].screenshot(path=str(folder / "phone-rating-nl.png"))

        def curve(room: dict[str, Any], main: dict[str, Any]) -> bool:
            given = {titles(main)[tp]["title"]: sorted(s) for tp, s in room["scores"].items()}
            return (room["raters"] == PHONES and room["overlay"]
                    and given == {title: sorted(s) for title, s in scores.items()})

        facilitator.wait_room(curve, "every rating in the room's curve")
        screen.activate(screen.find_windows("schoonmaak|Klantreis")[0])
        facilitator.shot("rooms-curve-of-forty")
        before_count = facilitator.main()["session"]["stack"]["count"]
        facilitator.click("room_adopt")
        adopted = facilitator.wait_room(
            lambda _r, m: m["session"]["stack"]["count"] == before_count + 1,
            "the room's curve adopted as one undo step")
        emotions = {(e["score"], e["anchor"])
                    for e in pv.journey(facilitator.main())["emotions"].values()}
        assert {(room_score(median, (-2, 2)), tp)
                for tp, median in medians(adopted["scores"]).items()} <= emotions

        # Closing the room: every phone is told.
        facilitator.click("room_close")
        for index, page in enumerate(pages):
            expect(page.locator("#ended-text")).to_contain_text(WORDS[langs[index]]["closed"])
        assert dialogs == []
        browser.close()
    opened = relay.stop()  # every phone came from its own address, as on Wi-Fi
    assert all(opened.get(source, 0) >= 2 for source in relay.sources), opened
    app.wait(lambda s: pv.main_window(s, "schoonmaak").get("room") is None, "the room to close")
    state = app.state()
    notes = pv.main_window(state, "schoonmaak")["session"]["document"]["brainstorm"]
    assert sorted(text for _n, text, _d in notes) == expected  # nothing lost or doubled
    print(f"forty phones: {time.monotonic() - started:.0f} s")
    assert app.bad_stderr_lines() == []
