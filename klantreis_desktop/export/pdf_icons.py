"""Channel icons as small vector glyphs, one per key of ``kinds.CHANNEL_ICONS``.

Drawn from lines and circles so they stay sharp at any poster size and need neither Qt
nor an SVG parser; their shapes follow the icon set the canvas uses (browser, envelope,
handset, shop, …).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.layout.geometry import Rect

Glyph = Callable[[Painter, float, float, float, str], None]


def _box(p: Painter, x: float, y: float, s: float, ink: str, w: float) -> None:
    p.rect(Rect(x + s * 0.08, y + s * 0.18, s * 0.84, s * 0.64), stroke=ink, width=w,
           radius=s * 0.08)


def _website(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.09
    p.rect(Rect(x + s * 0.06, y + s * 0.14, s * 0.88, s * 0.72), stroke=ink, width=w,
           radius=s * 0.08)
    p.line([(x + s * 0.06, y + s * 0.34), (x + s * 0.94, y + s * 0.34)], ink, w)
    for i in range(3):
        p.circle((x + s * (0.17 + 0.11 * i), y + s * 0.24), s * 0.035, fill=ink)


def _email(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.09
    _box(p, x, y, s, ink, w)
    p.line([(x + s * 0.1, y + s * 0.22), (x + s * 0.5, y + s * 0.54),
            (x + s * 0.9, y + s * 0.22)], ink, w)


def _phone(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    # A classic handset: two ear/mouth pieces joined by a curved grip.
    w = s * 0.16
    p.line([(x + s * 0.2, y + s * 0.2), (x + s * 0.36, y + s * 0.12)], ink, w)
    p.line([(x + s * 0.2, y + s * 0.2), (x + s * 0.16, y + s * 0.42),
            (x + s * 0.32, y + s * 0.68), (x + s * 0.58, y + s * 0.84),
            (x + s * 0.8, y + s * 0.8)], ink, w)
    p.line([(x + s * 0.8, y + s * 0.8), (x + s * 0.88, y + s * 0.64)], ink, w)


def _store(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.08
    p.polygon([(x + s * 0.08, y + s * 0.38), (x + s * 0.2, y + s * 0.14),
               (x + s * 0.8, y + s * 0.14), (x + s * 0.92, y + s * 0.38)], None, ink, w)
    p.line([(x + s * 0.16, y + s * 0.38), (x + s * 0.16, y + s * 0.88),
            (x + s * 0.84, y + s * 0.88), (x + s * 0.84, y + s * 0.38)], ink, w)
    p.rect(Rect(x + s * 0.4, y + s * 0.56, s * 0.2, s * 0.32), stroke=ink, width=w)


def _social(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.08
    a, b = (x + s * 0.24, y + s * 0.5), (x + s * 0.76, y + s * 0.22)
    c = (x + s * 0.76, y + s * 0.78)
    p.line([b, a, c], ink, w)
    for point in (a, b, c):
        p.circle(point, s * 0.13, fill=ink)


def _app(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.09
    p.rect(Rect(x + s * 0.26, y + s * 0.06, s * 0.48, s * 0.88), stroke=ink, width=w,
           radius=s * 0.1)
    p.circle((x + s * 0.5, y + s * 0.8), s * 0.05, fill=ink)


def _mail(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.08
    _box(p, x, y, s, ink, w)
    p.rect(Rect(x + s * 0.66, y + s * 0.26, s * 0.16, s * 0.18), fill=ink)
    for i in range(3):
        yy = y + s * (0.52 + 0.1 * i)
        p.line([(x + s * 0.22, yy), (x + s * 0.6, yy)], ink, w * 0.8)


def _face_to_face(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.08
    for cx in (0.3, 0.7):
        p.circle((x + s * cx, y + s * 0.3), s * 0.12, fill=ink)
        p.line([(x + s * (cx - 0.17), y + s * 0.86), (x + s * (cx - 0.17), y + s * 0.66),
                (x + s * (cx - 0.08), y + s * 0.52), (x + s * (cx + 0.08), y + s * 0.52),
                (x + s * (cx + 0.17), y + s * 0.66), (x + s * (cx + 0.17), y + s * 0.86)],
               ink, w)


def _advertising(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.08
    p.polygon([(x + s * 0.12, y + s * 0.4), (x + s * 0.3, y + s * 0.4),
               (x + s * 0.82, y + s * 0.14), (x + s * 0.82, y + s * 0.78),
               (x + s * 0.3, y + s * 0.54), (x + s * 0.12, y + s * 0.54)], None, ink, w)
    p.line([(x + s * 0.3, y + s * 0.54), (x + s * 0.38, y + s * 0.86)], ink, w)


def _chat(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    w = s * 0.08
    p.polygon([(x + s * 0.08, y + s * 0.14), (x + s * 0.92, y + s * 0.14),
               (x + s * 0.92, y + s * 0.68), (x + s * 0.42, y + s * 0.68),
               (x + s * 0.22, y + s * 0.88), (x + s * 0.24, y + s * 0.68),
               (x + s * 0.08, y + s * 0.68)], None, ink, w)
    for i in range(3):
        p.circle((x + s * (0.3 + 0.2 * i), y + s * 0.41), s * 0.05, fill=ink)


def _search(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    p.circle((x + s * 0.42, y + s * 0.42), s * 0.26, stroke=ink, width=s * 0.1)
    p.line([(x + s * 0.61, y + s * 0.61), (x + s * 0.88, y + s * 0.88)], ink, s * 0.14)


def _review(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    # A speech bubble with a small star in it: a review, not the gold star that marks a
    # moment of truth on a card.
    w = s * 0.08
    p.polygon([(x + s * 0.06, y + s * 0.1), (x + s * 0.94, y + s * 0.1),
               (x + s * 0.94, y + s * 0.7), (x + s * 0.44, y + s * 0.7),
               (x + s * 0.22, y + s * 0.92), (x + s * 0.26, y + s * 0.7),
               (x + s * 0.06, y + s * 0.7)], None, ink, w)
    p.polygon(star_points(x + s / 2, y + s * 0.42, s * 0.22), ink)


def _other(p: Painter, x: float, y: float, s: float, ink: str) -> None:
    p.circle((x + s / 2, y + s / 2), s * 0.42, stroke=ink, width=s * 0.08)
    for i in range(3):
        p.circle((x + s * (0.3 + 0.2 * i), y + s / 2), s * 0.055, fill=ink)


def star_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """A five-pointed star (y down, pointing up)."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


GLYPHS: dict[str, Glyph] = {
    "website": _website, "email": _email, "phone": _phone, "store": _store,
    "social": _social, "app": _app, "mail": _mail, "face_to_face": _face_to_face,
    "advertising": _advertising, "chat": _chat, "search": _search, "review": _review,
    "other": _other,
}


def draw_channel_icon(p: Painter, key: str, x: float, y: float, size: float,
                      ink: str = "#34495e") -> None:
    """The icon for channel ``key`` in the square at (x, y) (top-left, y down)."""
    GLYPHS.get(key, _other)(p, x, y, size, ink)
