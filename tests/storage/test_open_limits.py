"""Opening under limits: photos budgeted before any is decoded, unused photos never
decoded, texts refused by name, and a read that can be cancelled and run on threads."""

from __future__ import annotations

import gc
import json
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import FIELD_PLANS
from klantreis_desktop.storage import (
    KlantreisFileError,
    OpenCancelled,
    dumps,
    images,
    loads,
    read,
    save,
)

from .helpers import document_json, make_zip, manifest, members, png_bytes, sample_doc

CORPUS = Path(__file__).resolve().parents[1] / "data" / "hostile"
sys.path.insert(0, str(CORPUS))
try:
    from make_corpus import png_of_rows
finally:
    sys.path.remove(str(CORPUS))


@pytest.fixture()
def decodes(monkeypatch) -> list[str]:
    """The names of the photos that get decoded."""
    seen: list[str] = []
    real = images._convert

    def counted(data, formats, name):
        seen.append(name)
        return real(data, formats, name)

    monkeypatch.setattr(images, "_convert", counted)
    return seen


def _with_photos(photos: dict[str, bytes], used: list[str]) -> bytes:
    """The sample file with ``photos`` inside; one persona for each name in ``used``."""
    graph = document_json(sample_doc(with_photo=False))
    persona = next(n for n in graph["nodes"] if n["kind"] == k.PERSONA)
    for index, asset in enumerate(used):
        node = persona if index == 0 else {**persona, "id": f"{index:032x}"}
        node["photo"] = asset
        if index:
            graph["nodes"].append(node)
    parts = {name: data for name, data in members(dumps(sample_doc(False))).items()
             if not name.startswith("assets/")}
    parts["document.json"] = json.dumps(graph).encode()
    parts.update({f"assets/{name}": data for name, data in photos.items()})
    return make_zip(parts)


def test_photos_no_persona_uses_are_never_decoded_and_not_saved(decodes):
    strip = png_of_rows(1, 59_000_000)
    used = png_bytes((40, 30))
    data = _with_photos({**{f"strip{i}.png": strip for i in range(10)}, "esther.png": used},
                        ["esther.png"])
    result = loads(data, "reis.klantreis")
    assert decodes == ["esther.png"]
    assert any("10 photo(s) that no persona uses" in w for w in result.warnings)
    assert sorted(n for n in members(dumps(result.document)) if n.startswith("assets/")) == [
        "assets/esther.png"]


def test_the_photos_of_a_file_are_budgeted_before_any_is_decoded(decodes):
    large = png_of_rows(4000, 4000, 2, 90)  # 16 MP each: one fits, two do not
    data = _with_photos({"a.png": large, "b.png": large}, ["a.png", "b.png"])
    with pytest.raises(KlantreisFileError) as caught:
        loads(data, "reis.klantreis")
    assert decodes == []
    assert caught.value.code == "too_large"
    assert str(caught.value) == ("The file “reis.klantreis” was not opened: its photos are too "
                                 "large together to open safely (at most 40 million pixels in "
                                 "all).")
    opened = loads(_with_photos({"a.png": large}, ["a.png"]), "reis.klantreis")
    assert decodes == ["a.png"] and images.is_stored_form(opened.document.assets["a.png"])


def test_a_photo_over_the_limit_names_the_file_and_the_limit():
    data = _with_photos({"strip.png": png_of_rows(1, 59_000_000)}, ["strip.png"])
    with pytest.raises(KlantreisFileError) as caught:
        loads(data, "reis.klantreis")
    assert str(caught.value) == ("The file “reis.klantreis” was not opened: a photo in it is "
                                 "too large (1 × 59000000 pixels; at most 16 million pixels "
                                 "per photo).")


def test_saving_refuses_what_the_budget_would_refuse_when_opening(tmp_path):
    doc = sample_doc(with_photo=False)
    photo = png_of_rows(1024, 1024, 2, 30)
    assert images.is_stored_form(photo)
    for index in range(41):  # 41 full-size photos: one too many
        name = f"photo-{index:02d}.png"
        doc.assets[name] = photo
        doc.graph.add_node(f"{index:032x}", kind=k.PERSONA, name=f"P{index}", photo=name)
        for field, (spec, _, _) in FIELD_PLANS[k.PERSONA].items():
            doc.graph.nodes[f"{index:032x}"].setdefault(field, spec.default)
    doc.invalidate()
    with pytest.raises(KlantreisFileError) as caught:
        save(doc, tmp_path / "reis.klantreis")
    assert caught.value.code == "invalid" and "at most 40 million pixels" in str(caught.value)
    assert not (tmp_path / "reis.klantreis").exists()


def test_a_text_too_long_is_named_with_its_limit():
    graph = document_json()
    next(n for n in graph["nodes"] if n["kind"] == k.JOURNEY)["title"] = "x" * 900_000
    parts = members(dumps(sample_doc()))
    parts["document.json"] = json.dumps(graph).encode()
    with pytest.raises(KlantreisFileError) as caught:
        loads(make_zip(parts), "reis.klantreis")
    assert caught.value.code == "invalid"
    assert str(caught.value) == ("The file “reis.klantreis” was not opened: the journey title "
                                 "is too long (900000 characters; at most 500).")
    parts = members(dumps(sample_doc()))
    parts["manifest.json"] = manifest(2, title="y" * 900_000)
    with pytest.raises(KlantreisFileError) as caught:
        loads(make_zip(parts), "reis.klantreis")
    assert "the document title is too long (900000 characters; at most 10000)" in str(
        caught.value)


def test_saving_a_text_too_long_names_it_too(tmp_path):
    doc = sample_doc()
    persona = doc.personas()[0]
    doc.graph.nodes[persona]["quote"] = "z" * 3000  # past the editor's limit, somehow
    doc.invalidate()
    with pytest.raises(KlantreisFileError) as caught:
        save(doc, tmp_path / "reis.klantreis")
    assert str(caught.value) == ("“reis.klantreis” was not saved: the persona quote is too "
                                 "long (3000 characters; at most 2000).")


def test_opening_can_be_cancelled_between_parts(tmp_path, decodes):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(_with_photos({"a.png": png_bytes(), "b.png": png_bytes((9, 9))},
                                  ["a.png", "b.png"]))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(decodes) == 1  # the person presses Cancel during the first photo

    with pytest.raises(OpenCancelled) as caught:
        read(path, cancelled=cancelled)
    assert caught.value.code == "cancelled" and isinstance(caught.value, KlantreisFileError)
    assert str(caught.value) == "Opening “reis.klantreis” was cancelled."
    assert decodes == ["a.png"] and len(asked) > 2
    with pytest.raises(OpenCancelled):
        read(path, cancelled=lambda: True)
    assert read(path, cancelled=lambda: False).document.assets.keys() == {"a.png", "b.png"}


def test_files_read_on_several_threads_at_once_come_out_as_read_alone(tmp_path):
    paths = []
    for index in range(6):
        doc = sample_doc()
        doc.meta["title"] = f"Reis {index}"
        paths.append(tmp_path / f"reis-{index}.klantreis")
        save(doc, paths[-1])
    alone = [dumps(read(path).document) for path in paths]
    start = threading.Barrier(len(paths))

    def opened(path: Path) -> bytes:
        start.wait(timeout=60)
        return dumps(read(path).document)

    with ThreadPoolExecutor(len(paths)) as pool:
        together = list(pool.map(opened, paths * 3))
    assert together == alone * 3
    assert gc.isenabled()
