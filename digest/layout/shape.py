"""Shaping (HarfBuzz): the kerning of Latin words, read from the fonts' GPOS/kern tables.

The composer measures and draws characters, one code per character in reportlab's subset
encoding, so that the PDF's ToUnicode map stays exact and copied text equals the input. Shaping
therefore gives, per character, how far the pen moves after it beyond its nominal advance (a
kerning pair's adjustment), and the drawing writes those as numbers inside the TJ array between
the characters (`[(A) 80 (V)] TJ`). Line breaking measures the same shaped widths.

Ligatures are not substituted: a ligature glyph has no character of its own in reportlab's
character-based subsets, and writing one would need a ToUnicode entry mapping one code to
several characters. The kerning of the pairs inside the would-be ligature is kept.

Chinese punctuation widths are the composer's own (clreq's half-width rules in tokens.py); the
CJK face's `halt` feature gives the same half em for the same marks (tests check this).

>>> from digest.layout import fonts
>>> fonts.register_fonts()
>>> [round(k, 3) for k in kerning("AV", fonts.LATIN_SERIF)]
[-0.08, 0.0]
"""

from __future__ import annotations

import functools
from typing import Any

from digest.layout.fonts import font_files

FEATURES: dict[str, bool] = {"kern": True, "liga": False, "clig": False, "calt": False}


@functools.cache
def _hb_font(font: str) -> tuple[Any, int] | None:
    """A HarfBuzz font for one bundled face and its units per em (None for a face that is not a
    bundled file)."""
    path = font_files().get(font)
    if path is None or not path.is_file():
        return None
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(path)))
    hb_font = hb.Font(face)
    hb_font.scale = (face.upem, face.upem)  # advances in 1/upem: divided by upem below
    return hb_font, face.upem


_cache: dict[tuple[str, str], tuple[float, ...]] = {}


def kerning(text: str, font: str) -> tuple[float, ...]:
    """Per character of `text`: the pen's extra move after it, in em (0.0 for most characters).

    The sum of the nominal advances plus these is the shaped width of `text`.
    """
    key = (font, text)
    found = _cache.get(key)
    if found is not None:
        return found
    loaded = _hb_font(font)
    if loaded is None or len(text) < 2:
        found = _cache[key] = (0.0,) * len(text)
        return found
    import uharfbuzz as hb

    hb_font, upem = loaded
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, FEATURES)
    out = [0.0] * len(text)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    if len(infos) == len(text):
        # one glyph per character (no ligatures asked for): shaped minus nominal advance
        for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            if info.cluster != i:
                break
            adv = hb_font.get_glyph_h_advance(info.codepoint)
            if pos.x_advance != adv:
                out[i] = (pos.x_advance - adv) / upem
    found = _cache[key] = tuple(out)
    return found
