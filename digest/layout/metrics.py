"""Font metrics for the composer: advance widths, which face sets a character, ink bounds.

A character is set in the face of its script (CJK or Latin), or in the other face when only that
one has it (fallback). Widths are read once per character and face at 1 pt and scaled.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics

__all__ = [
    "KNOWN_INK_BOUNDS",
    "char_width",
    "face_chooser",
    "has_glyph",
    "ink_bounds",
    "read_ink_bounds",
    "text_width",
]


# Ink bounds of the glyphs tokens.Paragraph.join_dashes stretches, read from the bundled fonts by
# read_ink_bounds (tests/layout/test_flowables.py checks they still match the files): opening
# a 10 MB CJK font with fontTools costs 0.2-0.3 s in every process that joins a dash.
KNOWN_INK_BOUNDS: dict[tuple[str, str], tuple[float, float]] = {
    ("JianbaoSerifSC", "\u2014"): (0.043, 0.846),
    ("JianbaoSansSC-Bold", "\u2014"): (0.049, 0.859),
}


def ink_bounds(font: str, ch: str) -> tuple[float, float] | None:
    """Left and right ink edges of `ch`'s glyph in `font`, in em (None when they cannot be read)."""
    known = KNOWN_INK_BOUNDS.get((font, ch))
    if known is not None and _is_bundled(font):
        return known
    return read_ink_bounds(font, ch)


@functools.cache
def _is_bundled(font: str) -> bool:
    """True when `font` is registered from the bundled file the stored bounds were read from."""
    from pathlib import Path

    from digest.layout.fonts import font_files

    path = font_files().get(font)
    filename = getattr(getattr(pdfmetrics.getFont(font), "face", None), "filename", None)
    return path is not None and filename is not None and Path(filename).resolve() == path.resolve()


@functools.cache
def read_ink_bounds(font: str, ch: str) -> tuple[float, float] | None:
    try:
        from fontTools.ttLib import TTFont as FontFile

        face = getattr(pdfmetrics.getFont(font), "face", None)
        if face is None:  # not a TrueType face
            return None
        with FontFile(face.filename, lazy=True, fontNumber=getattr(face, "subfontIndex", 0) or 0) as tt:
            name = tt.getBestCmap().get(ord(ch))
            glyph = tt["glyf"][name]
            upm = tt["head"].unitsPerEm
            if not hasattr(glyph, "xMin") or glyph.xMax <= glyph.xMin:
                return None
            return float(glyph.xMin / upm), float(glyph.xMax / upm)
    except Exception:  # any unreadable font: draw the plain glyphs
        return None


@functools.cache
def _face_chars(font: str) -> dict[int, int] | None:
    """The face's code point -> glyph table (used for membership only; no copy is made)."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    cmap = getattr(face, "charToGlyph", None)
    return cmap if cmap else None


def has_glyph(font: str, ch: str) -> bool:
    chars = _face_chars(font)
    return True if chars is None else ord(ch) in chars


_width_cache: dict[tuple[str, str], float] = {}


def char_width(ch: str, font: str, size: float) -> float:
    """Advance width of one character (cached per character and font at 1 pt)."""
    key = (font, ch)
    w = _width_cache.get(key)
    if w is None:
        w = pdfmetrics.stringWidth(ch, font, 1.0)
        _width_cache[key] = w
    return w * size


def face_chooser(cjk_font: str, latin_font: str) -> Callable[[str, bool], tuple[str, float]]:
    """(char, set as CJK?) -> (font it is drawn in, advance at 1 pt), cached per pair of faces.

    A character is set in the face of its script, or in the other face when only that one has
    it; every paragraph of a style asks this for each of its characters.
    """
    key = (cjk_font, latin_font)
    found = _face_choices.get(key)
    if found is not None:
        return found
    table: dict[tuple[str, bool], tuple[str, float]] = {}

    def choose(ch: str, cjk: bool) -> tuple[str, float]:
        hit = table.get((ch, cjk))
        if hit is None:
            first, second = (cjk_font, latin_font) if cjk else (latin_font, cjk_font)
            font = second if not has_glyph(first, ch) and has_glyph(second, ch) else first
            hit = table[(ch, cjk)] = (font, char_width(ch, font, 1.0))
        return hit

    _face_choices[key] = choose
    return choose


_face_choices: dict[tuple[str, str], Callable[[str, bool], tuple[str, float]]] = {}


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(ch, font, size) for ch in text)
