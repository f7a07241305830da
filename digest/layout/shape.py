"""Shaping (HarfBuzz): the kerning and the standard ligatures (fi, fl, ff, ffi, ffl) of Latin words.

The composer measures and draws runs of characters in reportlab's subset encoding. `shape` gives a
piece of text as it is drawn: the same characters, except that a ligature's characters become one
private-use character standing for the ligature glyph (registered with the face as reportlab's own
shaping does), and per drawn character how far the pen moves after it beyond its nominal advance
(a kerning pair's adjustment). The drawing writes those as numbers inside the TJ array between the
characters (`[(A) 80 (V)] TJ`). Line breaking measures the same shaped widths.

Copy-paste: the faces are `LigatureTTFont`s, whose ToUnicode map gives a ligature's code the
characters it stands for (a one-to-many bfchar entry, `<21> <00660069>`), so text copied or
extracted from the PDF is the text typed. `plain_text` maps a drawn run back the same way
(Line.text).

Chinese punctuation widths are the composer's own (clreq's half-width rules in tokens.py); the
CJK face's `halt` feature gives the same half em for the same marks (tests check this).

>>> from digest.layout import fonts
>>> fonts.register_fonts()
>>> [round(k, 3) for k in kerning("AV", fonts.LATIN_SERIF)]
[-0.08, 0.0]
>>> drawn, _ = shape("office", fonts.LATIN_SERIF)
>>> len(drawn), plain_text(drawn, fonts.LATIN_SERIF)
(4, 'office')
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from digest.layout.fonts import font_files

FEATURES: dict[str, bool] = {"kern": True, "liga": False, "clig": False, "calt": False}
LIGATURES: dict[str, bool] = {**FEATURES, "liga": True}
_PRIVATE_USE = (0xE000, 0xF8FF)


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


def _run(text: str, font: str, features: dict[str, bool]) -> tuple[Any, int, list[Any], list[Any]] | None:
    """HarfBuzz's glyphs and positions for `text` in `font` (with its face and units per em), or
    None when there is nothing to shape (one character, or a face HarfBuzz cannot read)."""
    loaded = _hb_font(font) if len(text) >= 2 else None
    if loaded is None:
        return None
    import uharfbuzz as hb

    hb_font, upem = loaded
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, features)
    return hb_font, upem, buf.glyph_infos, buf.glyph_positions


_cache: dict[tuple[str, str], tuple[float, ...]] = {}


def kerning(text: str, font: str) -> tuple[float, ...]:
    """Per character of `text`: the pen's extra move after it, in em (0.0 for most characters).

    The sum of the nominal advances plus these is the shaped width of `text`.
    """
    key = (font, text)
    found = _cache.get(key)
    if found is not None:
        return found
    run = _run(text, font, FEATURES)
    if run is None:
        found = _cache[key] = (0.0,) * len(text)
        return found
    hb_font, upem, infos, positions = run
    out = [0.0] * len(text)
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


_shaped: dict[tuple[str, str], tuple[str, tuple[float, ...]]] = {}
# font -> {private-use character drawn: the characters it stands for}; font -> {glyph id: character}
_ligature_text: dict[str, dict[str, str]] = {}
_ligature_char: dict[str, dict[int, str]] = {}
_lock = threading.Lock()


def shape(text: str, font: str) -> tuple[str, tuple[float, ...]]:
    """`text` as drawn in `font` (ligatures as one private-use character each) and, per drawn
    character, the pen's extra move after it in em (kerning).

    The nominal advances of the drawn characters (a ligature's is its glyph's) plus these make the
    shaped width. Text that does not shape one glyph per character or ligature comes back as it
    is, with its kerning only.
    """
    key = (font, text)
    found = _shaped.get(key)
    if found is not None:
        return found
    run = _run(text, font, LIGATURES)
    if run is None:
        found = _shaped[key] = (text, (0.0,) * len(text))
        return found
    hb_font, upem, infos, positions = run
    clusters = [info.cluster for info in infos]
    drawn: list[str] = []
    extra: list[float] = []
    ok = bool(clusters) and clusters[0] == 0
    for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
        if not ok:
            break
        start = clusters[i]
        end = clusters[i + 1] if i + 1 < len(clusters) else len(text)
        if end <= start:
            ok = False  # several glyphs for one character, or reordered: not ours to draw
            break
        gid = info.codepoint
        adv = hb_font.get_glyph_h_advance(gid)
        chars = text[start:end]
        if end - start == 1:
            if hb_font.get_nominal_glyph(ord(chars)) != gid:
                ok = False  # a substituted glyph (not asked for): draw the characters instead
                break
            drawn.append(chars)
        else:
            drawn.append(_ligature(font, gid, chars, adv * 1000.0 / upem))
        extra.append((pos.x_advance - adv) / upem)
    if not ok:
        found = (text, kerning(text, font))
    else:
        found = ("".join(drawn), tuple(extra))
    _shaped[key] = found
    return found


def _ligature(font: str, gid: int, chars: str, advance: float) -> str:
    """The private-use character that draws glyph `gid` of `font` (a ligature of `chars`).

    It is added to the face's character map and widths as reportlab's own shaping adds the glyphs
    it has no character for (TTFont.hbAddPrivate): the first private-use code the font does not
    map itself.
    """
    with _lock:
        known = _ligature_char.setdefault(font, {})
        found = known.get(gid)
        if found is not None:
            return found
        registered = pdfmetrics.getFont(font)
        if not isinstance(registered, TTFont):
            raise TypeError(f"{font} is not a TrueType face")
        face = registered.face
        code = _PRIVATE_USE[0]
        while code in face.charToGlyph and code < _PRIVATE_USE[1]:
            code += 1
        face.charToGlyph[code] = gid
        face.charWidths[code] = advance
        char = known[gid] = chr(code)
        _ligature_text.setdefault(font, {})[char] = chars
        return char


def plain_text(text: str, font: str) -> str:
    """The characters a drawn run stands for: its ligatures spelled out."""
    texts = _ligature_text.get(font)
    if not texts or not any(ch in texts for ch in text):
        return text
    return "".join(texts.get(ch, ch) for ch in text)


def to_unicode_cmap(name: str, subset: Sequence[int], texts: dict[str, str]) -> str:
    """A ToUnicode CMap for one subset (as reportlab's makeToUnicodeCMap writes it), with each
    ligature's code mapped to the characters it stands for."""

    def target(code: int) -> str:
        return texts.get(chr(code), chr(code)).encode("utf-16-be").hex().upper()

    entries = [f"<{i:02X}> <{target(v)}>" for i, v in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class LigatureTTFont(TTFont):
    """A reportlab TTFont whose subsets' ToUnicode maps give a ligature's code its characters."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        texts = _ligature_text.get(self.fontName)
        if not texts:
            return
        for n, subset in enumerate(subsets):
            if not any(chr(code) in texts for code in subset):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("latin-1")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = to_unicode_cmap(base, subset, texts)
