"""The cycle collector's pause: off inside, on again after (also after an error and when
threads overlap), and left off when it was off."""

from __future__ import annotations

import gc
import threading

import pytest

from klantreis_desktop.collector import collector_paused


def test_off_inside_and_on_again_after_also_after_an_error() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_nested_and_overlapping_pauses_end_with_the_last() -> None:
    inside, release = threading.Event(), threading.Event()
    states: list[bool] = []

    def worker() -> None:
        with collector_paused():
            inside.set()
            release.wait(timeout=60)

    thread = threading.Thread(target=worker)
    with collector_paused():
        thread.start()
        assert inside.wait(timeout=60)
        with collector_paused():
            states.append(gc.isenabled())
        states.append(gc.isenabled())
    states.append(gc.isenabled())  # the worker still pauses it
    release.set()
    thread.join(timeout=60)
    assert states == [False, False, False]
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
