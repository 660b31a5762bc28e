"""Room mode end to end: the real app in a real window (Xvfb + openbox + xdotool) and a
real browser on a phone-sized screen (Debian's chromium driven by Playwright), over a
private network the test makes (two network namespaces, see room_network.py).

The facilitator opens the room from the Workshop menu and chooses each exercise with
real clicks; the phone joins by the QR code's link (read through the probe), adds notes,
loses the network and comes back (its notes land once), votes, rates, and shows names
and notes as text. Every result is checked in the model and on screen (the board's
notes, screenshots of both screens in shots/acceptance/room-<size>-<lang>/).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance import probe_view as pv
from tests.acceptance.app_under_test import ROOT, AppUnderTest
from tests.acceptance.room_network import LAPTOP_ADDRESS, RoomNetwork, unavailable
from tests.acceptance.xsession import XScreen, missing_commands

pytestmark = [pytest.mark.acceptance, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}
WORDS = {"nl": {"dimension": "Kanalen", "notes": ["Chat is slecht te vinden",
                                                   "Wachttijd aan de telefoon"],
                "offline": ["Typte ik in de lift", "En nog een zonder netwerk"],
                "sent": "Op het bord", "waiting": "Wacht op verbinding",
                "closed": "De zaal is gesloten", "room_key": "z", "room_title": "^Zaal$"},
         "en": {"dimension": "Channels", "notes": ["Chat is hard to find",
                                                   "Waiting on the phone"],
                "offline": ["Typed this in the lift", "And one more offline"],
                "sent": "On the board", "waiting": "Waiting for the connection",
                "closed": "The room is closed", "room_key": "r", "room_title": "^Room$"}}
SCRIPT = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"

#: Checks on the phone page: targets ≥ 44 px, labels, contrast ≥ 4.5:1, no sideways scroll.
A11Y = """() => {
  const problems = [];
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = (rgb) => { const v = rgb.slice(0, 3).map((x) => { x /= 255;
    return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const background = (el) => { for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c; }
    return [255, 255, 255]; };
  const visible = (el) => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !el.closest('[hidden]'); };
  for (const el of document.querySelectorAll('button, input, textarea')) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 44 || r.width < 44) problems.push('small target: ' + (el.id || el.textContent));
  }
  for (const el of document.querySelectorAll('input, textarea')) {
    if (visible(el) && !document.querySelector('label[for="' + el.id + '"]'))
      problems.push('no label: ' + el.id);
  }
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el) || !el.childNodes.length) continue;
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const fg = lum(parse(getComputedStyle(el).color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) problems.push('contrast ' + ratio.toFixed(2) + ': ' + el.textContent.slice(0, 30));
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    problems.push('scrolls sideways: ' + document.documentElement.scrollWidth);
  return problems;
}"""


def _skip_reason() -> str:
    if missing_commands():
        return f"the real-window tests need {missing_commands()}"
    if not os.path.exists(CHROMIUM):
        return "needs Debian's chromium (scripts/debian-packages.sh TEST_PACKAGES)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "needs playwright (pip install -e .[test])"
    return unavailable()


class Room:
    """The facilitator's side: the app on the X screen, seen through the probe."""

    def __init__(self, screen: XScreen, app: AppUnderTest, folder: Path, lang: str) -> None:
        self.screen, self.app, self.folder, self.lang = screen, app, folder, lang
        self.words = WORDS[lang]
        self.shots = 0

    def shot(self, name: str) -> None:
        self.shots += 1
        self.screen.screenshot(self.folder / f"{self.shots:02d}-{name}.png")

    def main(self, state: dict[str, Any] | None = None) -> dict[str, Any]:
        return pv.main_window(state or self.app.state(), "schoonmaak")

    def room(self, state: dict[str, Any] | None = None) -> dict[str, Any] | None:
        return self.main(state).get("room")

    def wait_room(self, check, what: str, timeout: float = 60) -> dict[str, Any]:
        def ok(state: dict[str, Any]) -> bool:
            try:
                room = pv.main_window(state, "schoonmaak").get("room")
                return room is not None and bool(check(room, pv.main_window(state, "schoonmaak")))
            except (AssertionError, KeyError, IndexError, TypeError):
                return False
        return self.room(self.app.wait(ok, what, timeout)) or {}

    def open_room(self) -> dict[str, Any]:
        main = self.screen.find_windows("Klantreis|schoonmaak")
        self.screen.activate(main[0])
        self.screen.key("alt+w")  # the Workshop menu, by its letter
        self.app.wait(lambda s: pv.window_named(s, "workshop_menu"), "the Workshop menu")
        self.shot("workshop-menu")
        self.screen.key(self.words["room_key"])
        self.app.wait(lambda s: pv.window_named(s, "room_window"), "the room window")
        return self.wait_room(lambda r, _m: r["open"] and r["links"], "the room to listen")

    def click(self, widget: str) -> None:
        """Bring the room window to the front and click one of its widgets."""
        self.screen.activate(self.screen.find_windows(self.words["room_title"])[0])
        window = self.app.wait(lambda s: pv.window_named(s, "room_window"), "room window")
        found = pv.widget(pv.window_named(window, "room_window"), widget)
        self.screen.click(*pv.centre(found["rect"]))

    def answer(self, box: str, button: str) -> None:
        """Click ``button`` in the question ``box`` (a message box the app shows)."""
        state = self.app.wait(lambda s: pv.window_named(s, box), f"the question {box}")
        found = pv.widget(pv.window_named(state, box), button)
        self.screen.click(*pv.centre(found["rect"]))

    def start_vote(self) -> None:
        """Start the room's vote round; the sample's cards carry the team's dots, so the
        app asks first whether to keep them (review s7): keep them."""
        self.click("room_start_vote")
        self.answer("vote_round_box", "vote_round_keep")

    def type_into(self, widget: str, text: str) -> None:
        self.click(widget)
        self.screen.key("ctrl+a")
        self.screen.type(text)


@pytest.fixture
def setting(tmp_path: Path):
    reason = _skip_reason()
    if reason:
        pytest.skip("room mode's browser test " + reason)
    lang = "nl"
    folder = Path(os.environ.get("KLANTREIS_SHOTS", ROOT / "shots" / "acceptance")) / (
        f"room-1280x800-{lang}")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    network = RoomNetwork().up()
    screen = XScreen(1280, 800, folder).start()
    app = AppUnderTest(screen, tmp_path, lang)
    app.prefix = network.prefix(network.laptop)
    yield network, screen, app, folder, lang
    app.kill()
    screen.stop()
    network.down()
    for log in tmp_path.glob("app-std*.log"):
        shutil.copy(log, folder / log.name)


@pytest.mark.parametrize("size_lang", ["1280x800-nl"])
def test_a_room_of_phones_in_a_real_browser(setting, size_lang: str, tmp_path: Path) -> None:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import expect, sync_playwright

    network, screen, app, folder, lang = setting
    words = WORDS[lang]
    app.start("--lang", lang, str(ROOT / "resources" / "samples" / f"schoonmaak.{lang}.klantreis"))
    app.wait(lambda s: s["main_windows"] and s["main_windows"][0]["session"], "the sample")
    facilitator = Room(screen, app, folder, lang)
    room = facilitator.open_room()
    link = room["links"][0]
    assert link.startswith(f"http://{LAPTOP_ADDRESS}:") and "/r/" in link
    assert room["addresses"] == [f"http://{LAPTOP_ADDRESS}:{room['port']}/"]
    facilitator.shot("room-window")
    # The join screen, full screen on the projector: QR code, address, code, count.
    facilitator.click("room_show_projector")
    projector = pv.window_named(app.wait(
        lambda s: (pv.window_named(s, "room_projector") or {}).get("full_screen"),
        "the join screen, full screen"), "room_projector")
    assert projector is not None
    code = pv.widget(projector, "room_projector_code")
    assert code["text"] == room["code"]
    facilitator.shot("projector-join-screen")
    screen.key("Escape")
    app.wait(lambda s: pv.window_named(s, "room_projector") is None, "the join screen to go")

    launcher = network.browser_in_phone(tmp_path)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(launcher), args=CHROMIUM_ARGS)
        context = browser.new_context(locale=f"{lang}-NL" if lang == "nl" else "en-GB", **PHONE)
        context.set_default_timeout(60_000)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        def phone_shot(name: str) -> None:
            facilitator.shots += 1
            page.screenshot(path=str(folder / f"{facilitator.shots:02d}-phone-{name}.png"))

        # Joining by the QR code's link; a name with a script in it stays text.
        page.goto(link)
        expect(page.locator("#status.online")).to_be_visible()
        page.fill("#name", SCRIPT[:40])
        page.click("#save-name")
        facilitator.wait_room(lambda r, _m: r["people"] == [SCRIPT[:40]], "the name as text")
        assert page.locator("#wait").is_visible()
        assert page.evaluate(A11Y) == []
        phone_shot("waiting")

        # Notes: the facilitator starts them for a dimension; they land on the board.
        facilitator.click("room_kind_notes")
        facilitator.type_into("room_dimension", words["dimension"])
        facilitator.click("room_start_notes")
        expect(page.locator("#notes")).to_be_visible()
        expect(page.locator("#dimension")).to_have_text(words["dimension"])
        assert page.evaluate("document.documentElement.lang") == lang
        phone_shot(f"notes-{lang}")

        # A second phone, in English, joins by the short address and the code.
        other = browser.new_context(locale="en-GB", **PHONE)
        other.set_default_timeout(60_000)
        english = other.new_page()
        english.goto(room["addresses"][0])
        expect(english.locator("h1")).to_have_text("Join the room")
        english.fill("#code", "wrong1")
        english.click("button[type=submit]")
        expect(english.locator("#message")).to_have_text(
            "That code is not right. Check the projector again.")
        english.fill("#code", room["code"].lower())
        english.click("button[type=submit]")
        expect(english.locator("#status.online")).to_be_visible()
        expect(english.locator("#notes label[for=note]")).to_have_text("Your idea")
        expect(english.locator("#send")).to_have_text("Send")
        assert english.evaluate("document.documentElement.lang") == "en"
        assert english.evaluate(A11Y) == []
        facilitator.shots += 1
        english.screenshot(path=str(folder / f"{facilitator.shots:02d}-phone-notes-en.png"))
        facilitator.wait_room(lambda r, _m: len(r["people"]) == 2, "the English phone")
        other.close()
        for text in [*words["notes"], SCRIPT]:
            page.fill("#note", text)
            page.click("#send")
        expect(page.locator("#my-notes li", has_text=words["sent"])).to_have_count(3)
        assert page.evaluate(A11Y) == []
        phone_shot("notes-sent")

        # The network goes; two notes wait on the phone; it comes back: each lands once.
        context.set_offline(True)
        expect(page.locator("#status.online")).to_have_count(0)
        for text in words["offline"]:
            page.fill("#note", text)
            page.click("#send")
        expect(page.locator("#my-notes li", has_text=words["waiting"])).to_have_count(2)
        phone_shot("offline")
        context.set_offline(False)
        expect(page.locator("#status.online")).to_be_visible()
        expect(page.locator("#my-notes li", has_text=words["sent"])).to_have_count(5)
        expected = sorted([*words["notes"], SCRIPT, *words["offline"]])

        def on_board(_room: dict[str, Any], main: dict[str, Any]) -> bool:
            notes = main["session"]["document"]["brainstorm"]
            return sorted(text for _n, text, _d in notes) == expected and (
                main.get("board_notes") == expected)

        room = facilitator.wait_room(on_board, "every note on the board exactly once")
        assert len(room["notes"]) == 5
        assert page.evaluate("window.__pwned") is None and dialogs == []
        facilitator.shot("board-with-phone-notes")

        # Dot voting, revealed at the end.
        facilitator.click("room_kind_vote")
        facilitator.start_vote()
        expect(page.locator("#vote")).to_be_visible()
        plus = page.locator("#cards li .counter button:not(.secondary)")
        plus.first.click()
        expect(page.locator("#cards li .count").first).to_have_text("1")
        plus.first.click()
        expect(page.locator("#cards li .count").first).to_have_text("2")
        assert page.evaluate(A11Y) == []
        phone_shot("voting")
        facilitator.wait_room(lambda r, _m: r["voters"] == 1 and sum(r["tally"].values()) == 2,
                              "the phone's two dots in the tally")
        before = facilitator.main()["session"]["stack"]["count"]
        facilitator.click("room_reveal")
        facilitator.wait_room(lambda _r, m: m["session"]["stack"]["count"] == before + 1,
                              "the revealed votes as one undo step")

        # Emotion rating: the room's curve is drawn, then adopted.
        facilitator.click("room_kind_rate")
        facilitator.click("room_start_rate")
        expect(page.locator("#rate")).to_be_visible()
        rows = page.locator("#touchpoints li")
        for index in range(min(rows.count(), 3)):
            rows.nth(index).locator(".scores button").nth(index % 5).click()
            expect(rows.nth(index).locator("button[aria-pressed=true]")).to_have_count(1)
        assert page.evaluate(A11Y) == []
        phone_shot("rating")
        facilitator.wait_room(lambda r, _m: r["raters"] == 1 and r["overlay"],
                              "the room's curve on the canvas")
        screen.activate(screen.find_windows("schoonmaak|Klantreis")[0])
        facilitator.shot("rooms-curve-on-canvas")
        before = facilitator.main()["session"]["stack"]["count"]
        facilitator.click("room_adopt")
        facilitator.wait_room(lambda _r, m: m["session"]["stack"]["count"] == before + 1,
                              "the room's curve adopted as one undo step")

        # Closing the room: the phone is told, and the link is dead.
        facilitator.click("room_close")
        expect(page.locator("#ended-text")).to_contain_text(words["closed"])
        phone_shot("closed")
        try:  # nobody listens any more (or a new room would not know this link)
            dead = page.goto(link).status == 404
        except PlaywrightError as refused:
            dead = "ERR_CONNECTION_REFUSED" in str(refused)
        assert dead
        browser.close()
    app.wait(lambda s: pv.main_window(s, "schoonmaak").get("room") is None, "the room to close")
    time.sleep(0.5)  # let the app write what it has to stderr
    assert app.bad_stderr_lines() == []
