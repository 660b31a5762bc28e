"""A facilitator's workshop day, played in a real window with real keys and mouse.

Each method is one thing a facilitator does, in the order of a day: start the app as the
README says, make a journey from a template, type cards, add a channel, drag, draw arrows,
rate emotions, undo and redo everything, save, reopen, present three times, run the timer,
brainstorm, vote, export posters, crash and recover. Every step acts only through real X11
input (xdotool), checks its outcome on the model (through the read-only probe) and on screen
(screenshots; OCR where text must be readable), and leaves a screenshot named after it.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

from tests.acceptance import probe_view as pv
from tests.acceptance.app_under_test import ROOT, AppUnderTest
from tests.acceptance.xsession import XScreen

#: What the facilitator types, per interface language.
WORDS = {
    "nl": {"touchpoints": ["Ziet een advertentie", "Hoort het van de buren", "Zoekt op internet"],
           "second": "Vergelijkt prijzen", "pain": "Prijs niet te vinden",
           "escaped": "Leest reviews", "channel": "LinkedIn", "renamed": "LinkedIn-groep",
           "notes": ["Sneller antwoord", "Prijs vooraf", "Chat op de site"],
           "recovered": "Na de lunch getypt", "template": "Klantreis in vier fasen",
           "dropped": ["Wacht op offerte", "Belt nog eens"]},
    "en": {"touchpoints": ["Sees an advert", "Hears it from neighbours", "Searches online"],
           "second": "Compares prices", "pain": "Price hard to find",
           "escaped": "Reads reviews", "channel": "LinkedIn", "renamed": "LinkedIn group",
           "notes": ["Faster answer", "Price up front", "Chat on the site"],
           "recovered": "Typed after lunch", "template": "Customer journey in four phases",
           "dropped": ["Waits for a quote", "Calls again"]},
}


class WorkshopDay:
    """The day on one screen size in one language; screenshots go to ``folder``."""

    def __init__(self, screen: XScreen, app: AppUnderTest, folder: Path) -> None:
        self.screen, self.app, self.folder = screen, app, folder
        self.words = WORDS[app.lang]
        self.shots = 0
        self.saved_path = app.home / "workshop-dag.klantreis"
        #: Outcomes that were wrong but let the day go on; the test fails on any at the end.
        self.failures: list[str] = []

    def expect(self, condition: object, message: str) -> None:
        """Check an outcome the rest of the day does not depend on; go on when it fails."""
        if not condition:
            self.failures.append(f"{self.shots:02d}: {message}")
            self.shot("FAILED")

    # Helpers -----------------------------------------------------------------------------

    def shot(self, name: str) -> Path:
        self.shots += 1
        return self.screen.screenshot(self.folder / f"{self.shots:02d}-{name}.png")

    def state(self) -> dict[str, Any]:
        return self.app.state()

    def main(self) -> dict[str, Any]:
        return pv.main_window(self.state())

    def wait_main(self, check, what: str, timeout: float = 30,
                  which: str | None = None) -> dict[str, Any]:
        """Wait until ``check(main window)`` holds; returns that window. The window is the
        active one, or the one showing the file ``which`` (when a tool window is active)."""
        def ok(state: dict[str, Any]) -> bool:
            try:
                return bool(check(pv.main_window(state, which)))
            except (AssertionError, KeyError, IndexError, TypeError):
                return False
        return pv.main_window(self.app.wait(ok, what, timeout), which)

    def wait_window(self, name: str, what: str, timeout: float = 30) -> dict[str, Any]:
        state = self.app.wait(lambda s: pv.window_named(s, name), what, timeout)
        found = pv.window_named(state, name)
        assert found is not None
        return found

    def wait_gone(self, name: str, what: str, timeout: float = 30) -> None:
        self.app.wait(lambda s: pv.window_named(s, name) is None, what, timeout)

    def focus_canvas(self) -> None:
        """Click an empty grey spot of the canvas (right of the map) to give it the keys."""
        canvas = self.main()["canvas"]
        viewport = canvas["viewport"]
        self.screen.click(viewport[0] + viewport[2] - 12, viewport[1] + viewport[3] - 12)

    def key_and_wait(self, key: str, check, what: str) -> dict[str, Any]:
        self.screen.key(key)
        return self.wait_main(check, what)

    # 1. Start, as the README says ------------------------------------------------------------

    def start(self) -> None:
        self.app.start()
        window = self.wait_main(lambda w: w.get("canvas") and w["canvas"]["cards"],
                                "the sample journey on screen", timeout=120)
        # scripts/run-app opens a shipped sample: as a new document, never locked in place.
        assert window["session"]["path"] is None and pv.journey(window)["title"]
        assert not self.locks_in_the_app(), self.locks_in_the_app()
        self.dismiss_first_run_hint()
        self.shot("sample-open")

    def dismiss_first_run_hint(self) -> None:
        state = self.state()
        hint = pv.window_named(state, "first_run_hint")
        for window in state["windows"]:
            if pv.has_widget(window, "first_run_hint"):
                hint = pv.widget(window, "first_run_hint")
        if hint is not None:
            self.shot("first-run-hint")
            self.screen.key("Escape")
            self.app.wait(lambda s: not any(pv.has_widget(w, "first_run_hint")
                                            for w in s["windows"])
                          and pv.window_named(s, "first_run_hint") is None,
                          "the first-run hint to close")

    # 2. A new journey from a template ----------------------------------------------------------

    def new_from_template(self) -> None:
        self.screen.key("ctrl+n")
        dialog = self.wait_window("new_dialog", "the New dialog")
        choices = pv.widget(dialog, "choice_list")
        self.screen.click(*pv.centre(pv.list_item(choices, self.words["template"])))
        self.shot("new-dialog")
        self.screen.key("Return")
        window = self.wait_main(lambda w: w["session"]["path"] is None and w.get("canvas")
                                and w["session"]["document"]["journeys"],
                                "a new window with the template")
        state = self.state()
        frame = [w for w in state["windows"] if w["class"] == "MainWindow" and w["active"]][0]
        self.expect(frame["maximized"], "a new document opens maximised like the first window")
        # Fitted: every cell of the new map is inside the visible canvas.
        canvas = window["canvas"]
        self.expect(all(pv.inside(rect, canvas["viewport"]) for rect in canvas["cells"].values()),
                    "a new map is fitted to the window")
        self.shot("new-journey")

    # 3. Quick entry ----------------------------------------------------------------------------

    def quick_entry(self) -> None:
        window = self.main()
        phases = pv.phase_ids(window)
        touchpoints = pv.lane_of_type(window, "touchpoints")
        self.screen.click(*pv.empty_spot(pv.cell(window, phases[0], touchpoints)))
        self.wait_main(lambda w: w["canvas"]["focus_cell"] == [phases[0], touchpoints],
                       "the first cell to take the keys")
        first, second, third = self.words["touchpoints"]
        for title in (first, second):
            self.screen.type(title)
            self.screen.key("Return")
        self.screen.type(third)
        self.screen.key("Escape")  # Esc keeps what was typed (like Miro and FigJam)
        window = self.wait_main(lambda w: len(pv.journey(w)["cards"]) == 3
                                and not w["canvas"]["editing"], "three cards typed")
        # A card typed and then left by clicking elsewhere is kept too.
        self.screen.click(*pv.empty_spot(pv.cell(window, phases[1], touchpoints)))
        self.wait_main(lambda w: w["canvas"]["focus_cell"] == [phases[1], touchpoints],
                       "the second cell to take the keys")
        self.screen.type(self.words["second"])
        pains = pv.lane_of_type(window, "pains")
        self.screen.click(*pv.empty_spot(pv.cell(window, phases[1], pains)))
        self.wait_main(lambda w: len(pv.journey(w)["cards"]) == 4
                       and w["canvas"]["focus_cell"] == [phases[1], pains],
                       "the card left by a click kept")
        self.screen.type(self.words["pain"])
        self.screen.key("Return")
        self.screen.key("Escape")
        window = self.wait_main(lambda w: len(pv.journey(w)["cards"]) == 5
                                and not w["canvas"]["editing"], "a pain point typed")
        titles = {c["title"]: c for c in pv.journey(window)["cards"].values()}
        # Return moves on to the next phase, like a row typed across the map.
        assert [titles[t]["phase"] for t in (first, second, third)] == phases[:3]
        assert titles[self.words["second"]]["phase"] == phases[1]
        assert titles[self.words["pain"]]["kind"] == "pain"
        self.shot("quick-entry")
        self.drop_and_type(window, phases, pains)

    def drop_and_type(self, window: dict[str, Any], phases: list[str], pains: str) -> None:
        """A pain point dragged from the palette, its title typed, Enter, the next one
        typed: two cards, the second in the next phase (review s7: the second title was
        glued onto the first)."""
        palette = [w for w in self.state()["windows"]
                   if w["class"] == "MainWindow" and w["active"]][0]
        item = pv.widget(palette, "palette_elements")["items"][1]["rect"]  # Pain point
        before = len(pv.journey(window)["cards"])
        cell = pv.cell(window, phases[2], pains)
        self.screen.drag((item[0] + 30, item[1] + item[3] / 2),
                         (cell[0] + cell[2] / 2, cell[1] + cell[3] / 2), steps=20)
        self.wait_main(lambda w: len(pv.journey(w)["cards"]) == before + 1
                       and w["canvas"]["editing"], "the dropped pain point open for typing")
        first, second = self.words["dropped"]
        self.screen.type(first)
        self.screen.key("Return")
        self.wait_main(lambda w: w["canvas"]["focus_cell"] == [phases[3], pains],
                       "Enter going on to the next phase")
        self.screen.type(second)
        self.screen.key("Escape")
        window = self.wait_main(lambda w: len(pv.journey(w)["cards"]) == before + 2
                                and not w["canvas"]["editing"], "two pain points typed")
        titles = {c["title"]: c for c in pv.journey(window)["cards"].values()}
        self.expect(first in titles and second in titles,
                    f"two cards {first!r} and {second!r}, not one: {sorted(titles)}")
        if first in titles and second in titles:
            self.expect([titles[first]["phase"], titles[second]["phase"]] == phases[2:4]
                        and titles[second]["kind"] == "pain",
                        "the second dropped-and-typed card in the next phase, a pain point")
        self.shot("dropped-and-typed")

    # 4. A channel of our own -------------------------------------------------------------------

    def add_channel(self) -> None:
        window_state = [w for w in self.state()["windows"]
                        if w["class"] == "MainWindow" and w["active"]][0]
        self.screen.click(*pv.centre(pv.widget(window_state, "add_channel_button")["rect"]))
        dialog = self.wait_window("channel_dialog", "the channel dialog")
        self.screen.type(self.words["channel"])
        self.shot("channel-dialog")
        icons = pv.widget(dialog, "channel_icons")
        if icons.get("items"):
            self.screen.click(*pv.centre(icons["items"][min(3, len(icons["items"]) - 1)]["rect"]))
        self.screen.key("Return")
        self.wait_gone("channel_dialog", "the channel dialog to close")
        window = self.wait_main(
            lambda w: self.words["channel"] in [c["title"] for c in
                                                w["session"]["document"]["channels"].values()],
            "the new channel in the document")
        palette = [w for w in self.state()["windows"]
                   if w["class"] == "MainWindow" and w["active"]][0]
        pv.list_item(pv.widget(palette, "palette_channels"), self.words["channel"])
        # Drop it on the first touchpoint: the card now uses the channel.
        card = pv.card_by_title(window, self.words["touchpoints"][0])
        item = pv.list_item(pv.widget(palette, "palette_channels"), self.words["channel"])
        self.screen.drag((item[0] + 30, item[1] + item[3] / 2),
                         pv.centre(window["canvas"]["cards"][card]), steps=20)
        self.wait_main(lambda w: any(
            w["session"]["document"]["channels"][c]["title"] == self.words["channel"]
            for c in pv.journey(w)["cards"][card]["channels"]), "the channel on the card")
        self.shot("channel-added")

    # 5. Drag a card to another phase --------------------------------------------------------

    def drag_card(self) -> None:
        window = self.main()
        phases = pv.phase_ids(window)
        touchpoints = pv.lane_of_type(window, "touchpoints")
        card = pv.card_by_title(window, self.words["touchpoints"][1])
        self.screen.drag(pv.centre(window["canvas"]["cards"][card]),
                         pv.empty_spot(pv.cell(window, phases[3], touchpoints)))
        self.wait_main(lambda w: pv.journey(w)["cards"][card]["phase"] == phases[3],
                       "the dragged card in the fourth phase")
        self.shot("card-dragged")

    # 6. Arrows from the handle's centre, and a branch ---------------------------------------

    def draw_arrows(self) -> None:
        window = self.main()
        source = pv.card_by_title(window, self.words["touchpoints"][0])
        targets = [pv.card_by_title(window, self.words["second"]),
                   pv.card_by_title(window, self.words["touchpoints"][1])]
        for number, target in enumerate(targets, start=1):
            window = self.main()
            card = window["canvas"]["cards"][source]
            self.screen.move(card[0] + card[2] / 2, card[1] + card[3] / 2)  # hover shows it
            window = self.wait_main(lambda w: source in w["canvas"]["handles"], "the handle")
            handle = window["canvas"]["handles"][source]
            self.screen.drag(handle, pv.centre(window["canvas"]["cards"][target]))
            self.wait_main(lambda w, n=number: len(pv.journey(w)["flows"]) == n,
                           f"arrow {number} drawn from the handle's centre")
        window = self.main()
        assert sorted(tuple(f) for f in pv.journey(window)["flows"]) == sorted(
            (source, t) for t in targets)
        self.shot("arrows")

    # 7. An emotion point, placed and dragged ------------------------------------------------

    def emotion(self) -> None:
        window = self.main()
        palette = [w for w in self.state()["windows"]
                   if w["class"] == "MainWindow" and w["active"]][0]
        elements = pv.widget(palette, "palette_elements")
        item = elements["items"][5]["rect"]  # Emotiepunt / Emotion point
        phases = pv.phase_ids(window)
        emotions_lane = pv.lane_of_type(window, "emotions")
        band = pv.cell(window, phases[1], emotions_lane)
        self.screen.drag((item[0] + 30, item[1] + item[3] / 2),
                         (band[0] + band[2] / 2, band[1] + band[3] / 2), steps=20)
        window = self.wait_main(lambda w: len(w["canvas"]["points"]) == 1, "an emotion point")
        (emotion, point), = window["canvas"]["points"].items()
        before = pv.journey(window)["emotions"][emotion]["score"]
        self.screen.drag(point, (point[0], band[1] + band[3] - 4))
        self.wait_main(lambda w: pv.journey(w)["emotions"][emotion]["score"] < before,
                       "the emotion point dragged down")
        self.shot("emotion")

    # 8. Undo everything, redo everything ---------------------------------------------------

    def undo_redo(self) -> None:
        window = self.main()
        done = window["session"]["stack"]["index"]
        assert done >= 8, f"the day so far is {done} undo steps"
        final = pv.model_of(window)
        self.focus_canvas()
        for _ in range(done):
            self.screen.key("ctrl+z")
        window = self.wait_main(lambda w: w["session"]["stack"]["index"] == 0,
                                "everything undone with Ctrl+Z")
        assert pv.journey(window)["cards"] == {} and pv.journey(window)["flows"] == []
        self.shot("all-undone")
        half = done // 2
        for _ in range(half):
            self.screen.key("ctrl+shift+z")
        self.wait_main(lambda w: w["session"]["stack"]["index"] == half,
                       "half redone with Ctrl+Shift+Z")
        for _ in range(done - half):
            self.screen.key("ctrl+y")
        window = self.wait_main(lambda w: w["session"]["stack"]["index"] == done,
                                "the rest redone with Ctrl+Y")
        assert pv.model_of(window) == final
        self.shot("all-redone")

    # 9. Save, close, reopen ---------------------------------------------------------------

    def save_and_reopen(self) -> None:
        window = self.main()
        before = pv.model_of(window)
        self.screen.key("ctrl+s")
        dialog = self.wait_window("QFileDialog", "the Save dialog")
        name_field = pv.widget(dialog, "fileNameEdit")
        if self.app.lang == "nl":
            labels = [w["text"] for w in dialog["widgets"] if w["class"] == "QLabel"]
            english = [t for t in labels if t.replace("&", "") in ("Look in:", "Files of type:",
                                                                    "File name:")]
            self.expect(not english, f"Qt's file dialog speaks English in the Dutch UI: {english}")
        self.expect(name_field["text"].startswith(pv.journey(window)["title"]),
                    f"the proposed name {name_field['text']!r} is the journey's")
        self.shot("save-dialog")
        self.screen.key("ctrl+a")
        self.screen.type(str(self.saved_path))
        self.screen.key("Return")
        window = self.wait_main(lambda w: w["session"]["path"] == str(self.saved_path)
                                and w["session"]["stack"]["clean"], "saved")
        assert self.saved_path.is_file()
        self._check_saved_file(before)
        self.screen.key("ctrl+w")
        self.app.wait(lambda s: all(m["session"] is None
                                    or m["session"]["path"] != str(self.saved_path)
                                    for m in s["main_windows"]), "the window to close")
        self.screen.key("ctrl+o")
        dialog = self.wait_window("QFileDialog", "the Open dialog")
        self.screen.type(str(self.saved_path))
        self.screen.key("Return")
        window = self.wait_main(lambda w: w["session"]["path"] == str(self.saved_path)
                                and w.get("canvas"), "the file reopened")
        assert pv.model_of(window) == before
        assert not window["modified"]
        self.shot("reopened")

    def _check_saved_file(self, expected: dict[str, Any]) -> None:
        """The file on disk, read by the app's own loader in this test process."""
        from klantreis_desktop import storage

        doc = storage.read(self.saved_path).document
        titles = sorted(doc.title(c) for j in doc.journeys() for c in doc.cards(j))
        wanted = sorted(card[0] for data in expected.values() if isinstance(data, dict)
                        for card in data["cards"])
        assert titles == wanted

    # 10. Present three times ----------------------------------------------------------------

    def present_three_times(self) -> None:
        for number in range(1, 4):
            if number < 3:
                self.focus_canvas()
                self.screen.key("F5")
            else:
                self.screen.key("alt+w")  # the Workshop menu, by its letter
                self.wait_window("workshop_menu", "the Workshop menu")
                self.shot("workshop-menu")
                self.screen.key("p")  # &Present / &Presenteren
            self.walk_presentation(number)

    def walk_presentation(self, number: int) -> None:
        state = self.app.wait(lambda s: any("presentation" in m for m in s["main_windows"])
                              and pv.window_named(s, "presentation") is not None
                              and pv.window_named(s, "presentation")["full_screen"],
                              f"presentation {number} full screen")
        shown = pv.window_named(state, "presentation")
        screen_rect = shown["screen"]
        seen_lanes: dict[str, set[str]] = {}
        steps = 0
        read_on_screen: list[str] = []
        while True:
            state = self.app.wait(lambda s: any(not m["presentation"]["animating"]
                                                for m in s["main_windows"]
                                                if "presentation" in m),
                                  "the presentation to settle")
            window = [m for m in state["main_windows"] if "presentation" in m][0]
            view = window["presentation"]
            key = (view["index"], view["step"])
            if view["index"] >= 0:  # which lanes of this phase are wholly on screen
                phase = pv.phase_ids(window)[view["index"]]
                seen_lanes.setdefault(phase, set()).update(
                    cell.split("|")[1] for cell, rect in view["cells"].items()
                    if cell.startswith(phase + "|") and pv.inside(rect, screen_rect, 2))
            if number == 1:
                shot = self.shot(f"present-{view['index']}-{view['step']}")
                if view["index"] >= 0:
                    read_on_screen.append(ocr(shot))
            if view["at_end"]:
                break
            steps += 1
            assert steps < 80, "PageDown never reaches the end"
            self.screen.key("Next")
            self.app.wait(lambda s, k=key: self._presentation_moved(s, k), "PageDown to move")
        window = [m for m in self.state()["main_windows"] if "presentation" in m][0]
        lanes = {lane for lane, _t, _k in pv.journey(window)["lanes"]}
        for phase in pv.phase_ids(window):
            missing = lanes - seen_lanes.get(phase, set())
            assert not missing, f"phase {phase}: lanes never fully on screen: {missing}"
        if read_on_screen:  # the text is on the projector, big enough to read (OCR)
            journey = pv.journey(window)
            text = " ".join(read_on_screen)
            lanes_unread = [t for _l, t, _k in journey["lanes"] if not readable(t, text)]
            self.expect(not lanes_unread, f"lane titles not readable while presenting: "
                                          f"{lanes_unread}")
            cards = [c["title"] for c in journey["cards"].values()]
            unread = [t for t in cards if not readable(t, text)]
            self.expect(len(unread) <= len(cards) // 10,
                        f"card titles not readable while presenting: {unread}")
        for _ in range(steps):
            self.screen.key("Prior")
        self.app.wait(lambda s: any(m.get("presentation", {}).get("index", 1) <= 0
                                    for m in s["main_windows"]), "PageUp back to the start")
        self.screen.key("Escape")
        self.app.wait(lambda s: pv.window_named(s, "presentation") is None
                      and pv.main_window(s)["active"], f"presentation {number} to end")

    @staticmethod
    def _presentation_moved(state: dict[str, Any], key: tuple[int, Any]) -> bool:
        for window in state["main_windows"]:
            view = window.get("presentation")
            if view is not None and (view["index"], view["step"]) != key:
                return True
        return False

    # 10b. The workshop tools: panel, timer, timer on the projector, board, dot votes -------

    def workshop_tools(self) -> None:
        self.focus_canvas()
        self.screen.key("ctrl+shift+w")
        state = self.app.wait(lambda s: any(pv.has_widget(w, "agenda_steps") for w in s["windows"]),
                              "the workshop panel")
        window_state = [w for w in state["windows"] if pv.has_widget(w, "agenda_steps")][0]
        steps = pv.widget(window_state, "agenda_steps")
        self.expect(len(steps["items"]) == 9 and all(
            pv.inside(item["rect"], steps["rect"]) for item in steps["items"]),
            f"all nine agenda steps visible: {len(steps['items'])}")
        inspector = pv.widget(window_state, "inspector_dock")
        self.expect(inspector["rect"][2] >= 250, f"the inspector keeps its width: {inspector['rect']}")
        self.expect(not pv.main_window(state)["modified"], "opening the panel modifies nothing")
        self.shot("workshop-panel")
        # The countdown, then presenting with it, then the countdown alone on the projector.
        self.screen.key("ctrl+shift+t")
        self.app.wait(lambda s: any(pv.has_widget(w, "timer_clock") for w in s["windows"]),
                      "the timer to run")
        self.focus_canvas()
        self.screen.key("F5")
        state = self.app.wait(lambda s: (p := pv.window_named(s, "presentation")) is not None
                              and pv.has_widget(p, "timer_overlay"),
                              "the presentation with the timer over it")
        self.shot("presenting-with-timer")
        self.screen.key("Escape")
        self.app.wait(lambda s: pv.window_named(s, "presentation") is None, "presenting to end")
        time.sleep(1.5)  # the countdown ticks on after the presentation is gone (item 7)
        self.screen.key("alt+w")
        self.wait_window("workshop_menu", "the Workshop menu")
        self.screen.key("m" if self.app.lang == "nl" else "j")  # Timer op de bea&mer / pro&jector
        screen = self.wait_window("timer_screen", "the timer alone on the projector")
        self.expect(screen["full_screen"], "the timer screen fills the projector")
        self.shot("timer-on-projector")
        self.screen.key("Escape")
        self.wait_gone("timer_screen", "the timer screen to close")
        self.board()
        self.dot_votes()

    def board(self) -> None:
        window = self.main()
        before = len(pv.journey(window)["cards"])
        self.screen.key("ctrl+shift+b")
        board = self.wait_window("brainstorm_board", "the brainstorm board")
        self.expect(pv.inside(board["frame"], board["screen"]), f"the board fits the screen: {board['frame']}")
        for note in self.words["notes"]:
            self.screen.type(note)
            self.screen.key("Return")
        board = self.wait_window("brainstorm_board", "the board with notes")
        self.screen.click(*pv.centre(pv.widget(board, "board_view")["rect"]))
        self.screen.key("ctrl+a")
        self.screen.click(*pv.centre(pv.widget(board, "board_make_cards")["rect"]))
        window = self.wait_main(lambda w: len(pv.journey(w)["cards"]) >= before + 3,
                                "cards made from the notes", which=str(self.saved_path))
        board = self.wait_window("brainstorm_board", "the board after making cards")
        self.expect(pv.inside(board["frame"], board["screen"]),
                    f"the board still fits after making cards: {board['frame']}")
        self.shot("board")
        self.screen.key("Escape")
        self.wait_gone("brainstorm_board", "Esc to close the board")

    def dot_votes(self) -> None:
        state = self.state()
        panel = [w for w in state["windows"] if pv.has_widget(w, "vote_list")][0]
        rows = pv.widget(panel, "vote_list")["items"]
        assert rows, "something to vote on"
        row = rows[0]
        window = pv.main_window(state)
        votes = {c: d["votes"] or 0 for c, d in pv.journey(window)["cards"].items()}
        for _ in range(3):
            self.screen.double_click(*pv.centre(row["rect"]))
        window = self.wait_main(lambda w: sum(d["votes"] or 0 for d in pv.journey(w)["cards"].values())
                                == sum(votes.values()) + 3, "three dots given")
        gained = {c for c, d in pv.journey(window)["cards"].items() if (d["votes"] or 0) > votes[c]}
        titles = [pv.journey(window)["cards"][c]["title"] for c in gained]
        self.expect(len(gained) == 1 and titles[0] in row["text"],
                    f"the three dots went to the row under the mouse ({row['text']!r}): {titles}")
        rows_after = pv.widget([w for w in self.state()["windows"]
                                if pv.has_widget(w, "vote_list")][0], "vote_list")["items"]
        self.expect(rows_after[0]["text"].split()[0:2] == row["text"].split()[0:2]
                    or titles[0] in rows_after[0]["text"], "the rows keep their order")
        self.shot("dot-votes")
        # Top 3 after a presentation (it once failed on a deleted presentation window).
        panel = [w for w in self.state()["windows"] if pv.has_widget(w, "vote_highlight")][0]
        self.screen.click(*pv.centre(pv.widget(panel, "vote_highlight")["rect"]))
        window = self.wait_main(lambda w: w["canvas"]["spotlight"], "the top 3 in the spotlight")
        self.expect(set(window["canvas"]["spotlight"]) >= gained, "the voted card is lit")
        self.shot("top-3")
        self.screen.click(*pv.centre(pv.widget(panel, "vote_highlight")["rect"]))
        self.wait_main(lambda w: not w["canvas"]["spotlight"], "the spotlight off again")

    # 11. Posters from the export dialog ----------------------------------------------------

    def export_posters(self) -> None:
        """An A0 poster, then the same on A4 sheets to tile, both from Ctrl+E."""
        poster = self.app.home / "poster-a0.pdf"
        self.export(poster, paper="A0", tiles=0, name="export-a0")
        pages = pdf_pages(poster)
        self.expect(len(pages) >= 1 and _is_paper(pages[0], (841, 1189)),
                    f"an A0 poster: {pages[:1]} pt")
        tiles = self.app.home / "poster-tegels.pdf"
        self.export(tiles, paper="A0", tiles=1, name="export-tiles")  # tiled on A4 sheets
        pages = pdf_pages(tiles)
        self.expect(len(pages) >= 2 and all(_is_paper(p, (210, 297)) for p in pages[1:]),
                    f"A4 tiles: {pages[:3]} pt")
        for pdf in (poster, tiles):
            render = subprocess.run(["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "2",
                                     str(pdf), str(self.folder / pdf.stem)],
                                    capture_output=True, timeout=120)
            self.expect(render.returncode == 0, f"pdftoppm renders {pdf.name}")

    def export(self, target: Path, paper: str, tiles: int, name: str) -> None:
        self.screen.key("ctrl+e")
        dialog = self.wait_window("export_dialog", "the export dialog")
        self.set_text(dialog, "path_edit", str(target))
        self.choose(dialog, "paper_combo", paper)
        self.choose(dialog, "tile_combo", tiles)
        self.shot(name)
        self.screen.click(*pv.centre(pv.widget(dialog, "export_button")["rect"]))
        self.wait_window("export_finished_box", "the export to finish", timeout=120)
        self.wait_file(target)
        self.shot(name + "-done")
        self.screen.key("Escape")
        self.wait_gone("export_dialog", "the export dialog to close")

    def set_text(self, window: dict[str, Any], name: str, text: str) -> None:
        """Click into a text field, select what is there and type over it."""
        self.screen.click(*pv.centre(pv.widget(window, name)["rect"]))
        self.screen.key("ctrl+a")
        self.screen.type(text)
        self.app.wait(lambda s: any(w["name"] == name and w["text"] == text
                                    for win in s["windows"] for w in win["widgets"]),
                      f"{name} to read {text!r}")

    def choose(self, window: dict[str, Any], name: str, choice: str | int) -> None:
        """Open a combo box with a click and pick an entry with the arrow keys."""
        combo = pv.widget(window, name)
        index = choice if isinstance(choice, int) else combo["choices"].index(choice)
        self.screen.click(*pv.centre(combo["rect"]))
        self.screen.key("Home")
        for _ in range(index):
            self.screen.key("Down")
        self.screen.key("Return")
        wanted = combo["choices"][index]
        self.app.wait(lambda s: any(w["name"] == name and w["text"] == wanted
                                    for win in s["windows"] for w in win["widgets"]),
                      f"{name} to show {wanted!r}")

    def wait_file(self, path: Path, timeout: float = 120) -> None:
        self.screen.wait_for(lambda: path.is_file() and path.stat().st_size > 0, timeout,
                             f"{path.name} to be written")

    # 12. A crash, and the work is back ---------------------------------------------------

    def crash_and_recover(self) -> None:
        window = self.main()
        phases = pv.phase_ids(window)
        thoughts = pv.lane_of_type(window, "thoughts")
        writes = window["session"]["autosave"]["writes"]
        self.screen.click(*pv.empty_spot(pv.cell(window, phases[0], thoughts)))
        self.wait_main(lambda w: w["canvas"]["focus_cell"] == [phases[0], thoughts],
                       "the thoughts cell to take the keys")
        self.screen.type(self.words["recovered"])
        self.screen.key("Return")
        self.screen.key("Escape")
        self.wait_main(lambda w: w["modified"] and w["session"]["autosave"]["writes"] > writes
                       and not w["session"]["autosave"]["dirty"], "the autosave copy")
        self.shot("before-the-crash")
        self.app.kill()
        self.app.start()
        dialog = self.wait_window("recovery_dialog", "the recovery dialog after the crash")
        self.shot("recovery-dialog")
        self.screen.click(*pv.centre(pv.widget(dialog, "restore_all_button")["rect"]))
        # Found by its file, not as the active window: which window the window manager
        # focuses when the restored windows and the command line's sample appear together
        # is its choice (openbox's focus-stealing rules compare X timestamps), and failed
        # this step 1 run in 8. The app shows the restored work last and activates it;
        # tests/ui/window/test_recovered_windows.py checks that order.
        window = self.wait_main(
            lambda w: any(c["title"] == self.words["recovered"]
                          for c in pv.journey(w)["cards"].values()),
            "the recovered journey with the card typed before the crash", timeout=60,
            which="workshop-dag")
        self.expect(window["modified"], "a recovered document is marked unsaved")
        self.shot("recovered")

    # 13. The end of the day --------------------------------------------------------------

    def quit_without_saving(self) -> None:
        """Ctrl+Q; each window with unsaved changes asks, and is answered "Discard"."""
        self.screen.key("ctrl+q")
        for _ in range(6):
            box = self.screen.wait_for(self._question_or_end, 60, "a question or the end")
            if box is True:
                break
            self.shot("unsaved-question")
            self.screen.click(*pv.centre(_discard_button(box)["rect"]))
        self.expect(self.app.wait_ended() == 0, "the app ends cleanly")
        self.expect(not self.locks_in_the_app(),
                    f"no lock files left in the app's folder: {self.locks_in_the_app()}")

    def _question_or_end(self) -> dict[str, Any] | bool:
        if self.app.ended():
            return True
        try:
            state = self.app.state(timeout=5)
        except (AssertionError, TimeoutError):
            return self.app.ended()
        return pv.window_named(state, "unsaved_changes_box") or False

    # 11. The stderr --------------------------------------------------------------------------

    @staticmethod
    def locks_in_the_app() -> list[Path]:
        """Lock files inside the app's own resources (the samples are read-only originals)."""
        return sorted((ROOT / "resources").rglob(".~lock.*#"))

    def assert_clean_stderr(self) -> None:
        bad = self.app.bad_stderr_lines()
        assert not bad, "the app's stderr:\n" + "\n".join(bad[:40])


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points (pypdf, a real PDF reader)."""
    from pypdf import PdfReader

    return [(float(page.mediabox.width), float(page.mediabox.height))
            for page in PdfReader(str(path)).pages]


def _is_paper(size: tuple[float, float], mm: tuple[int, int]) -> bool:
    wanted = sorted(v * 72 / 25.4 for v in mm)
    return all(abs(a - b) < 3 for a, b in zip(sorted(size), wanted, strict=True))


def _discard_button(box: dict[str, Any]) -> dict[str, Any]:
    for name in ("Verwerpen", "Discard", "Niet opslaan", "Don't Save", "Close without Saving",
                 "Sluiten zonder opslaan"):
        for entry in box["widgets"]:
            if entry["class"] == "QPushButton" and entry["text"].replace("&", "") == name:
                return entry
    raise AssertionError(f"no discard button: {[w['text'] for w in box['widgets']]}")


def readable(title: str, text: str) -> bool:
    """Whether OCR read ``title``: most of its words of three letters or more appear."""
    seen = set(_words(text))
    words = [w for w in _words(title) if len(w) >= 3] or _words(title)
    return bool(words) and sum(w in seen for w in words) * 3 >= len(words) * 2


def _words(text: str) -> list[str]:
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    # Letters OCR tells apart by context only, read alike on both sides: "KPIs" on the
    # projector, sharp and readable, comes back as "KPls" (a capital I is an l in DejaVu).
    plain = plain.translate(str.maketrans({"l": "i", "1": "i", "|": "i"}))
    return re.findall(r"[a-z0-9]+", plain)


def ocr(path: Path) -> str:
    """Text tesseract reads in a screenshot (the proof that text is on screen, readable)."""
    result = subprocess.run(["tesseract", str(path), "-", "--psm", "11"], capture_output=True,
                            text=True, timeout=120)
    return result.stdout
