"""Shared helpers for the PDF export tests: inline specs and PDF inspection with pypdf."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

MM = 72 / 25.4


def small_spec(card_titles: list[str] | None = None) -> dict[str, Any]:
    """One journey with three phases, a few lanes, flows, emotions and two personas."""
    titles = card_titles or ["Ziet advertentie", "Vergelijkt prijzen", "Belt", "Boekt online"]
    phases = ["a", "b", "c"]
    cards: list[dict[str, Any]] = [
        {"id": f"t{i}", "kind": "touchpoint", "phase": phases[min(i, 2)], "lane": "tp",
         "title": title, "channels": ["web"] if i % 2 == 0 else ["tel"]}
        for i, title in enumerate(titles)]
    cards += [
        {"id": "p1", "kind": "pain", "phase": "b", "lane": "pain", "title": "Reiskosten onduidelijk",
         "impact": 4, "effort": 2},
        {"id": "o1", "kind": "opportunity", "phase": "c", "lane": "kans", "title": "Totaalprijs tonen"},
    ]
    return {
        "title": "Verhuizen",
        "channels": [{"id": "web", "name": "Website", "icon": "website"},
                     {"id": "tel", "name": "Telefoon", "icon": "phone"}],
        "personas": [{"id": "esther", "name": "Esther", "age": 34, "colour": "#d62728",
                      "quote": "Als het maar klopt", "says": "Ik wil zekerheid",
                      "goals": "Borg terug"},
                     {"id": "ali", "name": "Ali", "age": 51, "colour": "#2ca02c"}],
        "journeys": [{
            "id": "j", "title": "Schoonmaak", "personas": ["esther", "ali"],
            "time_span": "3 weken", "end_goal": "Klant geeft een 8+",
            "phases": [{"id": "a", "title": "Bewustwording"}, {"id": "b", "title": "Oriëntatie"},
                       {"id": "c", "title": "Aankoop"}],
            "lanes": [{"id": "tp", "title": "Contactmomenten", "lane_type": "touchpoints"},
                      {"id": "emo", "title": "Emoties", "lane_type": "emotions"},
                      {"id": "pain", "title": "Pijnpunten", "lane_type": "pains"},
                      {"id": "kans", "title": "Kansen", "lane_type": "opportunities"}],
            "cards": cards,
            "flows": [["t0", "t1"], ["t1", "t2"]],
            "emotions": [{"persona": "esther", "on": "t0", "score": 1},
                         {"persona": "esther", "on": "t2", "score": -2},
                         {"persona": "ali", "on": "b", "score": 2}]}],
    }


def big_spec(cards: int = 40, phases: int = 8) -> dict[str, Any]:
    """A workshop-sized journey: ``cards`` cards spread over ``phases`` phases and 3 lanes."""
    lanes = [("tp", "touchpoints", "touchpoint"), ("pain", "pains", "pain"),
             ("kans", "opportunities", "opportunity")]
    items = []
    for i in range(cards):
        lane, _type, kind = lanes[i % 3]
        items.append({"id": f"c{i}", "kind": kind, "phase": f"f{(i // 3) % phases}",
                      "lane": lane, "title": f"Kaart {i} met een titel van normale lengte"})
    return {
        "title": "Groot",
        "journeys": [{
            "id": "j", "title": "Grote reis",
            "phases": [{"id": f"f{i}", "title": f"Fase {i}"} for i in range(phases)],
            "lanes": [{"id": lid, "title": lt.title(), "lane_type": lt} for lid, lt, _ in lanes],
            "cards": items}],
    }


def page_sizes_mm(path: Path) -> list[tuple[int, int]]:
    reader = PdfReader(str(path))
    return [(round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM))
            for p in reader.pages]


def pdf_text(path: Path, mode: str = "-layout") -> str:
    """The text poppler extracts; ``-raw`` keeps drawing order (wrapped lines stay adjacent)."""
    done = subprocess.run(["pdftotext", mode, "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _walk_resources(resources: Any, seen: set[int], visit: Any) -> None:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject):
        return
    visit(resources)
    xobjects = _resolve(resources.get("/XObject"))
    if isinstance(xobjects, DictionaryObject):
        for ref in xobjects.values():
            xobj = _resolve(ref)
            if id(xobj) in seen:
                continue
            seen.add(id(xobj))
            if xobj.get("/Subtype") == "/Form":
                _walk_resources(xobj.get("/Resources"), seen, visit)


def fonts_of(path: Path) -> list[DictionaryObject]:
    """Every font dictionary used by pages and the forms they draw."""
    reader = PdfReader(str(path))
    found: dict[int, DictionaryObject] = {}

    def visit(resources: DictionaryObject) -> None:
        fonts = _resolve(resources.get("/Font"))
        if isinstance(fonts, DictionaryObject):
            for ref in fonts.values():
                font = _resolve(ref)
                found[id(font)] = font

    seen: set[int] = set()
    for page in reader.pages:
        _walk_resources(page.get("/Resources"), seen, visit)
    return list(found.values())


def content_streams(path: Path) -> list[tuple[Any, bytes]]:
    """(reader object, decoded bytes) of every page and form content stream."""
    reader = PdfReader(str(path))
    streams: list[tuple[Any, bytes]] = []
    seen: set[int] = set()

    def visit(resources: DictionaryObject) -> None:
        xobjects = _resolve(resources.get("/XObject"))
        if isinstance(xobjects, DictionaryObject):
            for ref in xobjects.values():
                xobj = _resolve(ref)
                if xobj.get("/Subtype") == "/Form" and ("form", id(xobj)) not in seen:
                    seen.add(("form", id(xobj)))  # type: ignore[arg-type]
                    streams.append((xobj, xobj.get_data()))

    walked: set[int] = set()
    for page in reader.pages:
        streams.append((page, page.get_contents().get_data()))
        _walk_resources(page.get("/Resources"), walked, visit)
    return streams


def operations(obj: Any, data: bytes) -> list[tuple[list[Any], bytes]]:
    stream = ContentStream(None, None)
    stream.set_data(data)
    return [(list(operands), op) for operands, op in stream.operations]


def colour_operators(path: Path) -> list[tuple[bytes, tuple[float, ...]]]:
    """Every colour-setting operator with its operands, over pages and forms."""
    found = []
    for obj, data in content_streams(path):
        for operands, op in operations(obj, data):
            if op in (b"rg", b"RG", b"k", b"K", b"g", b"G", b"sc", b"SC", b"scn", b"SCN"):
                found.append((op, tuple(float(x) for x in operands
                                        if not isinstance(x, str))))
    return found


def image_colour_spaces(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    spaces: list[str] = []

    def visit(resources: DictionaryObject) -> None:
        xobjects = _resolve(resources.get("/XObject"))
        if isinstance(xobjects, DictionaryObject):
            for ref in xobjects.values():
                xobj = _resolve(ref)
                if xobj.get("/Subtype") == "/Image":
                    spaces.append(str(xobj.get("/ColorSpace")))

    seen: set[int] = set()
    for page in reader.pages:
        _walk_resources(page.get("/Resources"), seen, visit)
    return spaces


def squash(text: str) -> str:
    """Text without any whitespace (a wrapped line break disappears)."""
    return re.sub(r"\s+", "", text)


NOVEL = ("Deze kaart is veel te lang voor een muur. " * 50)[:2000]
ARABIC = "مرحبا بالعالم"
CHINESE = "你好世界"


def hostile_spec(phases: int = 4) -> dict[str, Any]:
    """Everything people paste: a 2,000-character card, markup, emoji, mixed directions,
    CJK, a channel name that is too long, no-break spaces, and an empty second journey."""
    titles = [NOVEL, "<b>vet</b> & <script>alert(1)</script>", "Stofzuiger 🧹 en blij 😀 👨‍👩‍👧",
              f"Klant zegt: {ARABIC} (2024) ok", f"{CHINESE} — kopen", "Prijs €\u00a0349",
              "Aansprakelijkheidsverzekeringsmaatschappijvoorwaardenoverzicht"]
    cards = [{"id": f"t{i}", "kind": "touchpoint", "phase": f"f{i % phases}", "lane": "tp",
              "title": title, "channels": ["web", "lang"]} for i, title in enumerate(titles)]
    cards.append({"id": "p0", "kind": "pain", "phase": "f0", "lane": "pain",
                  "title": "עברית: שלום " + ARABIC, "impact": 5, "effort": 5, "votes": 999})
    return {
        "title": "Vijandig <&>", "lang": "nl",
        "channels": [{"id": "web", "name": "Website", "icon": "website"},
                     {"id": "lang", "name": "Een kanaal met een heel erg lange naam " * 3,
                      "icon": "review"}],
        "personas": [{"id": "a", "name": f"Ahmed {ARABIC}", "age": 34, "colour": "#d62728",
                      "quote": "🧹" * 30, "goals": NOVEL}],
        "journeys": [
            {"id": "j", "title": "Reis met " + NOVEL[:300], "personas": ["a"],
             "phases": [{"id": f"f{i}", "title": f"Fase {i} <i>"} for i in range(phases)],
             "lanes": [{"id": "tp", "title": "Contactmomenten", "lane_type": "touchpoints"},
                       {"id": "ch", "title": "Kanalen", "lane_type": "channels"},
                       {"id": "emo", "title": "Emoties", "lane_type": "emotions"},
                       {"id": "pain", "title": "Pijnpunten " * 20, "lane_type": "pains"}],
             "cards": cards,
             "flows": [["t0", "t1"], ["t1", "t2"], ["t0", "t2"], ["t3", "t0"]],
             "emotions": [{"persona": "a", "on": "t0", "score": 2},
                          {"persona": "a", "on": "t3", "score": -2}]},
            {"id": "empty", "title": "", "phases": [], "lanes": [], "cards": []},
        ],
    }


def words_with_boxes(path: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) in points from the page's top-left, as poppler finds them."""
    import html

    done = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-enc",
                           "UTF-8", str(path), "-"], capture_output=True, check=True)
    found = []
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">(.*?)</word>', done.stdout.decode("utf-8")):
        x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
        found.append((html.unescape(match.group(5)), x0, y0, x1, y1))
    return found


def ink_box(path: Path, page: int = 1, dpi: int = 12) -> tuple[float, float, float, float]:
    """The bounding box (points, from the top-left) of everything not white on a page,
    read from a render: what a person sees, not what the exporter thinks it drew."""
    import tempfile

    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", str(path), str(stem)], check=True)
        with Image.open(f"{stem}.png") as image:
            grey = image.convert("L").point(lambda v: 255 if v < 245 else 0)
            box = grey.getbbox()
    assert box is not None, "blank page"
    k = 72 / dpi
    return box[0] * k, box[1] * k, box[2] * k, box[3] * k
