"""Bundled fonts: names, files, reportlab registration and glyph coverage.

The fonts in resources/fonts are made by scripts/make_fonts.py (see the README there): Noto Serif SC
and Noto Sans SC Bold converted to TrueType outlines and subset to GBK and friends, plus a Latin
serif family. reportlab names below are what callers pass to setFont/ParagraphStyle.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Container, Sequence
from pathlib import Path
from typing import Literal

from resources import FONTS

FONT_DIR: Path = FONTS

CJK_SERIF = "JianbaoSerifSC"
CJK_SANS_BOLD = "JianbaoSansSC-Bold"
LATIN_SERIF = "JianbaoSerif"
LATIN_SERIF_ITALIC = "JianbaoSerif-Italic"
LATIN_SERIF_BOLD = "JianbaoSerif-Bold"
LATIN_SERIF_BOLD_ITALIC = "JianbaoSerif-BoldItalic"

# reportlab font name -> file name in FONT_DIR.
_FILES: dict[str, str] = {
    CJK_SERIF: "JianbaoSerifSC-Regular.ttf",
    CJK_SANS_BOLD: "JianbaoSansSC-Bold.ttf",
    LATIN_SERIF: "JianbaoSerif-Regular.ttf",
    LATIN_SERIF_ITALIC: "JianbaoSerif-Italic.ttf",
    LATIN_SERIF_BOLD: "JianbaoSerif-Bold.ttf",
    LATIN_SERIF_BOLD_ITALIC: "JianbaoSerif-BoldItalic.ttf",
}

ALL_FONTS: tuple[str, ...] = tuple(_FILES)

# reportlab font name -> (family, style) inside the file: what Qt's QFontDatabase reports.
QT_FAMILIES: dict[str, tuple[str, str]] = {
    CJK_SERIF: ("Jianbao Serif SC", "Regular"),
    CJK_SANS_BOLD: ("Jianbao Sans SC", "Bold"),
    LATIN_SERIF: ("Jianbao Serif", "Regular"),
    LATIN_SERIF_ITALIC: ("Jianbao Serif", "Italic"),
    LATIN_SERIF_BOLD: ("Jianbao Serif", "Bold"),
    LATIN_SERIF_BOLD_ITALIC: ("Jianbao Serif", "Bold Italic"),
}

_lock = threading.RLock()
_registered: set[str] = set()


def font_files() -> dict[str, Path]:
    """reportlab font name -> bundled TTF path (the UI feeds these to QFontDatabase)."""
    return {name: FONT_DIR / file for name, file in _FILES.items()}


# (bold, italic) slot of each face in its family; reportlab's <b>/<i> resolve through these.
_Bit = Literal[0, 1]
_FAMILIES: dict[str, dict[tuple[_Bit, _Bit], str]] = {
    # Chinese bold is set in Hei (no bold Song is bundled); Chinese has no italic, <i> stays upright.
    CJK_SERIF: {(0, 0): CJK_SERIF, (1, 0): CJK_SANS_BOLD, (0, 1): CJK_SERIF, (1, 1): CJK_SANS_BOLD},
    LATIN_SERIF: {
        (0, 0): LATIN_SERIF,
        (1, 0): LATIN_SERIF_BOLD,
        (0, 1): LATIN_SERIF_ITALIC,
        (1, 1): LATIN_SERIF_BOLD_ITALIC,
    },
}
_OWN_SLOT: dict[str, tuple[str, _Bit, _Bit]] = {
    CJK_SERIF: (CJK_SERIF, 0, 0),
    CJK_SANS_BOLD: (CJK_SERIF, 1, 0),
    LATIN_SERIF: (LATIN_SERIF, 0, 0),
    LATIN_SERIF_BOLD: (LATIN_SERIF, 1, 0),
    LATIN_SERIF_ITALIC: (LATIN_SERIF, 0, 1),
    LATIN_SERIF_BOLD_ITALIC: (LATIN_SERIF, 1, 1),
}


def _map_families() -> None:
    """Point reportlab's family tables (reportlab.lib.fonts) at our faces.

    pdfmetrics.registerFont maps every TTF to itself in all four slots, so this runs after each
    registration. Paragraph resolves <b>/<i> as tt2ps(*ps2tt(style font) | tags): ps2tt(face)
    must give (family, own bold, own italic), which the last addMapping naming that face sets,
    hence the order: face-keyed entries first (for direct tt2ps(face, b, i) calls), own slots last.
    """
    from reportlab.lib.fonts import addMapping

    bits: tuple[_Bit, _Bit] = (0, 1)
    for face, (family, own_bold, own_italic) in _OWN_SLOT.items():
        for bold in bits:
            for italic in bits:
                slot: tuple[_Bit, _Bit] = (1 if own_bold or bold else 0, 1 if own_italic or italic else 0)
                addMapping(face, bold, italic, _FAMILIES[family][slot])
    for family, slots in _FAMILIES.items():
        for (bold, italic), face in slots.items():
            if _OWN_SLOT[face] != (family, bold, italic):
                addMapping(family, bold, italic, face)
    for face, (family, bold, italic) in _OWN_SLOT.items():
        addMapping(family, bold, italic, face)


def _register_one(name: str) -> None:
    """Register one face with reportlab (restored from the per-user cache when possible)."""
    # Imported here so that font_files() (the UI, the composer) need no reportlab.
    from reportlab.pdfbase import pdfmetrics

    from digest.layout import font_cache

    with _lock:
        if name in _registered:
            return
        if name not in _FILES:
            raise KeyError(f"unknown bundled font {name!r}; known: {', '.join(_FILES)}")
        pdfmetrics.registerFont(font_cache.load_ttfont(name, FONT_DIR / _FILES[name]))
        _registered.add(name)
        _map_families()


def register_fonts() -> None:
    """Register every bundled face with reportlab, with <b>/<i> mapped to real faces. Idempotent.

    In the CJK body face <b> gives the Hei bold and <i> stays upright; the Latin family maps to
    its four faces (and <i> inside bold text gives bold italic). Faces restored from the cache
    load their tables only when first used, so registering all of them is cheap.
    """
    with _lock:
        for name in ALL_FONTS:
            _register_one(name)


@functools.cache
def _cmap(font_name: str) -> Container[int]:
    if font_name not in _FILES:
        raise KeyError(f"unknown bundled font {font_name!r}; known: {', '.join(_FILES)}")
    # All faces, not just this one: a family member left unregistered would break <b>/<i> later.
    register_fonts()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        raise KeyError(f"{font_name!r} is registered, but not as a TrueType face")
    # The face's own code point -> glyph table: a frozenset copy of 30 000 keys per CJK face
    # would cost more than every lookup an export makes.
    table: Container[int] = font.face.charToGlyph
    return table


def has_glyph(font_name: str, char: str) -> bool:
    """True when the bundled font `font_name` maps `char` (one character) to a glyph."""
    return ord(char) in _cmap(font_name)


def missing_glyphs(text: str, font_names: Sequence[str]) -> set[str]:
    """Characters of `text` that none of `font_names` has; whitespace and controls are ignored.

    >>> sorted(missing_glyphs("我们 ok", [CJK_SERIF]))
    []
    """
    cmaps = [_cmap(name) for name in font_names]
    missing: set[str] = set()
    for char in set(text):
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        code = ord(char)
        if not any(code in cmap for cmap in cmaps):
            missing.add(char)
    return missing


