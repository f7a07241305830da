#!/usr/bin/env python3
"""Make Jianbao's bundled fonts in resources/fonts from Debian's font packages.

Needs (only to REBUILD the fonts; runtime uses the committed TTFs):
    apt-get install fonts-noto-cjk fonts-noto-core      # Debian 12: 1:20220127+repack1-1, 20201225-1
    pip install fonttools                                # in the project venv

Run:  .venv/bin/python scripts/make_fonts.py [--out resources/fonts] [--jobs 2]
Takes about 3-4 minutes on one core of a 2020s laptop (most of it loading and subsetting the CJK
collections and converting ~22 000 cubic outlines to quadratic); --jobs 2 runs the two CJK faces
in parallel. Output is byte-identical for identical inputs (no timestamps are recalculated).

What it does, per face:
  * CJK (Noto Serif CJK SC Regular, Noto Sans CJK SC Bold, the SC faces of the Debian .ttc
    collections): subset to every GBK character plus Latin, punctuation and symbol blocks;
    CFF outlines converted to TrueType glyf (fontTools cu2qu, max error 1 unit of 1000) because
    reportlab's TTFont refuses CFF; hinting dropped; renamed.
  * Latin (Noto Serif Regular/Italic/Bold/BoldItalic, already TrueType): subset to Latin,
    Latin-1, Latin Extended-A, pinyin tone letters and punctuation; hinting dropped; renamed.
  * Every face gets a unique family/full/PostScript name (JianbaoSerifSC-Regular, ...): fonts
    sharing an internal name are silently merged by PDF viewers, and the OFL forbids a Modified
    Version from using the Reserved Font Name ("Source" for Noto CJK) anyway.
  * OFL.txt per family: the copyright lines from the fonts plus the OFL 1.1 text from the Debian
    copyright file.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
CJK_DIR = Path("/usr/share/fonts/opentype/noto")
LATIN_DIR = Path("/usr/share/fonts/truetype/noto")
CJK_COPYRIGHT_FILE = Path("/usr/share/doc/fonts-noto-cjk/copyright")

# cu2qu tolerance in font units (1000 per em): 1 unit is 0.01 pt at 10 pt, invisible in print.
MAX_ERR = 1.0
VENDOR_NOTE = "Subset and converted to TrueType outlines for Jianbao by scripts/make_fonts.py."


@dataclass(frozen=True)
class Face:
    source: Path
    ps_source: str  # PostScript name of the face inside `source` (picks the SC face of a .ttc)
    family: str  # new family name
    style: str  # Regular, Bold, Italic, Bold Italic
    out_name: str  # output file stem = new PostScript name
    cjk: bool


FACES: tuple[Face, ...] = (
    Face(
        CJK_DIR / "NotoSerifCJK-Regular.ttc",
        "NotoSerifCJKsc-Regular",
        "Jianbao Serif SC",
        "Regular",
        "JianbaoSerifSC-Regular",
        True,
    ),
    Face(
        CJK_DIR / "NotoSansCJK-Bold.ttc",
        "NotoSansCJKsc-Bold",
        "Jianbao Sans SC",
        "Bold",
        "JianbaoSansSC-Bold",
        True,
    ),
    Face(
        LATIN_DIR / "NotoSerif-Regular.ttf",
        "NotoSerif-Regular",
        "Jianbao Serif",
        "Regular",
        "JianbaoSerif-Regular",
        False,
    ),
    Face(
        LATIN_DIR / "NotoSerif-Italic.ttf",
        "NotoSerif-Italic",
        "Jianbao Serif",
        "Italic",
        "JianbaoSerif-Italic",
        False,
    ),
    Face(
        LATIN_DIR / "NotoSerif-Bold.ttf",
        "NotoSerif-Bold",
        "Jianbao Serif",
        "Bold",
        "JianbaoSerif-Bold",
        False,
    ),
    Face(
        LATIN_DIR / "NotoSerif-BoldItalic.ttf",
        "NotoSerif-BoldItalic",
        "Jianbao Serif",
        "Bold Italic",
        "JianbaoSerif-BoldItalic",
        False,
    ),
)


def _ranges(*pairs: tuple[int, int]) -> set[int]:
    return {c for lo, hi in pairs for c in range(lo, hi + 1)}


# Shared by both scripts' fonts: what news text and figures use beside the letters themselves.
COMMON = (
    _ranges(
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1
        (0x0100, 0x017F),  # Latin Extended-A
        (0x01CD, 0x01DC),  # pinyin tone letters ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
        (0x02C6, 0x02DD),  # spacing modifiers (ˇ ˉ ˊ ˋ ˙ ˜)
        (0x2000, 0x206F),  # general punctuation (– — ‘ ’ “ ” • … ‰ ′ ″ ※)
        (0x2070, 0x209F),  # superscripts and subscripts
        (0x20A0, 0x20CF),  # currency (€ ₩ ₹ …)
        (0x2100, 0x214F),  # letterlike (℃ № ℉ ™ ℡)
        (0x2150, 0x218F),  # number forms (⅓ Ⅰ Ⅱ ⅰ)
        (0x2190, 0x21FF),  # arrows
        (0x2200, 0x22FF),  # mathematical operators (≤ ≥ ≈ ≠ ∶)
        (0x2460, 0x24FF),  # enclosed alphanumerics (① ⑴ ⒈)
        (0x2500, 0x257F),  # box drawing
        (0x25A0, 0x25FF),  # geometric shapes (■ □ ▲ ● ○ ◆)
        (0x2600, 0x26FF),  # miscellaneous symbols (★ ☆ ☎)
        (0x2E3A, 0x2E3B),  # two- and three-em dashes (a continuous Chinese ——)
        (0xFB00, 0xFB06),  # Latin ligatures fi fl
        (0xFFFD, 0xFFFD),  # replacement character
    )
    | {0x0192, 0x02BC, 0x0394, 0x03A9, 0x03BC, 0x03C0}  # ƒ ʼ Δ Ω μ π
)

CJK_EXTRA = _ranges(
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3200, 0x33FF),  # enclosed CJK (㈠ ㊣), CJK compatibility (㎡ ㎏ ㎞)
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE6F),  # CJK compatibility forms, small forms
    (0xFF00, 0xFFEF),  # full-width and half-width forms
)


def gbk_codepoints() -> set[int]:
    """Every BMP character that Python's GBK codec can encode (21 886 with ASCII)."""
    found = set()
    for code in range(0x80, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        try:
            chr(code).encode("gbk")
        except UnicodeEncodeError:
            continue
        found.add(code)
    return found


def load_face(face: Face) -> TTFont:
    """Open `face` from its file; for a .ttc, the member whose PostScript name is face.ps_source."""
    if face.source.suffix.lower() == ".ttc":
        collection = TTCollection(str(face.source), lazy=True)
        for number, member in enumerate(collection.fonts):
            if member["name"].getDebugName(6) == face.ps_source:
                # Reopen alone: a collection member shares tables and cannot be saved by itself.
                return TTFont(str(face.source), fontNumber=number, recalcTimestamp=False)
        raise SystemExit(f"{face.source}: no face named {face.ps_source}")
    font = TTFont(str(face.source), recalcTimestamp=False)
    found = font["name"].getDebugName(6)
    if found != face.ps_source:
        raise SystemExit(f"{face.source}: expected {face.ps_source}, found {found}")
    return font


# CJK: positioning features only. The default GSUB closure (locl, vert, fwid, …) pulls in the JP,
# KR and TC glyph variants of the collection: 41 000 glyphs and 18.7 MB instead of 23 000 and
# ~10 MB. reportlab never applies GSUB, and the UI shows Simplified Chinese only.
CJK_FEATURES = ["kern", "halt", "palt"]


def subset_font(font: TTFont, unicodes: set[int], cjk: bool) -> None:
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True  # plain charstrings convert faster and the CFF goes anyway
    options.notdef_outline = True  # a missing glyph shows a box, not nothing
    options.name_IDs = list(range(15))  # keep copyright, licence and URLs (0-14)
    options.name_languages = ["*"]
    if cjk:
        options.layout_features = CJK_FEATURES
    # Latin: fontTools' default feature list (kern, liga, …), which Qt shapes with.
    options.drop_tables += ["DSIG", "VORG", "BASE"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def cff_to_glyf(font: TTFont) -> None:
    """Replace CFF outlines by TrueType quadratic ones (after fontTools' Snippets/otf2ttf.py)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"  # "OTTO" would make reportlab refuse the file
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: reportlab and Qt use cmap; saves ~300 KB
    post.extraNames = []
    post.mapping = {}


def rename(font: TTFont, face: Face) -> None:
    """Give the face its own names; drop the originals (and their localised variants)."""
    name = font["name"]
    ps_name = face.out_name
    full = f"{face.family} {face.style}" if face.style != "Regular" else f"{face.family}"
    legacy_style = face.style if face.style in ("Regular", "Bold", "Italic", "Bold Italic") else "Regular"
    version = name.getDebugName(5) or "Version 1.000"
    unique = f"{version.split(';')[0].replace('Version ', '')};JIANBAO;{ps_name}"
    for name_id in (1, 2, 3, 4, 5, 6, 16, 17, 18, 21, 22):
        name.removeNames(nameID=name_id)
    description = name.getDebugName(10) or ""
    name.removeNames(nameID=10)
    records = {
        1: face.family,
        2: legacy_style,
        3: unique,
        4: full,
        5: f"{version.split(';')[0]}; Jianbao subset, unhinted",
        6: ps_name,
        10: f"{VENDOR_NOTE} From {face.ps_source} ({face.source.name}). {description}".strip(),
    }
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x409)
        try:
            text.encode("mac_roman")
        except UnicodeEncodeError:
            continue  # Mac Roman records are legacy; Windows Unicode ones are what everyone reads
        name.setName(text, name_id, 1, 0, 0)
    font["OS/2"].achVendID = "JNBO"


def build_face(face: Face, out_dir: Path, gbk: frozenset[int]) -> tuple[Face, Path, float, int, list[str]]:
    """Make one output TTF; returns (face, path, seconds, glyph count, requested-but-absent chars)."""
    started = time.perf_counter()
    font = load_face(face)
    cmap = font.getBestCmap()
    wanted = set(COMMON) | (set(gbk) | CJK_EXTRA if face.cjk else set())
    subset_font(font, wanted, face.cjk)
    if "CFF " in font:
        cff_to_glyf(font)
    rename(font, face)
    path = out_dir / f"{face.out_name}.ttf"
    tmp = path.with_suffix(".ttf.tmp")
    try:
        font.save(str(tmp))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    # Only GBK characters the source lacks are worth reporting; the symbol blocks are best effort.
    absent = sorted(chr(c) for c in (gbk if face.cjk else set()) if c not in cmap)
    return face, path, time.perf_counter() - started, len(font.getGlyphOrder()), absent


def ofl_text() -> str:
    """The OFL 1.1 text as Debian's fonts-noto-cjk copyright file carries it."""
    lines = CJK_COPYRIGHT_FILE.read_text(encoding="utf-8").splitlines()
    # The last "License: SIL-1.1" line heads the full text (the first is a Files stanza's field).
    start = len(lines) - lines[::-1].index("License: SIL-1.1")
    body: list[str] = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    text = "\n".join(body).strip() + "\n"
    if "SIL OPEN FONT LICENSE Version 1.1" not in text:
        raise SystemExit(f"{CJK_COPYRIGHT_FILE}: no OFL 1.1 text found")
    return text


# (licence file, fonts it covers, where they came from, reserved-name note)
LICENCES = (
    (
        "OFL-JianbaoSC.txt",
        ("JianbaoSerifSC-Regular", "JianbaoSansSC-Bold"),
        "Jianbao Serif SC and Jianbao Sans SC are Modified Versions of Noto Serif CJK SC Regular and\n"
        "Noto Sans CJK SC Bold (Debian package fonts-noto-cjk), subset and converted to TrueType outlines.",
        'Upstream reserves the font name "Source"; these Modified Versions do not use it (nor "Noto").',
    ),
    (
        "OFL-JianbaoSerif.txt",
        ("JianbaoSerif-Regular", "JianbaoSerif-Italic", "JianbaoSerif-Bold", "JianbaoSerif-BoldItalic"),
        "Jianbao Serif (Regular, Italic, Bold, Bold Italic) is a Modified Version of Noto Serif\n"
        "(Debian package fonts-noto-core), subset to Latin.",
        "These Modified Versions are renamed so they never merge with an installed Noto Serif.",
    ),
)


def write_licences(out_dir: Path) -> list[Path]:
    ofl = ofl_text()
    written = []
    for file_name, stems, source_note, name_note in LICENCES:
        notices: list[str] = []
        for stem in stems:
            font = TTFont(str(out_dir / f"{stem}.ttf"), lazy=True)
            notice = font["name"].getDebugName(0)
            if notice and notice not in notices:
                notices.append(notice)
            font.close()
        header = (
            "\n".join(notices)
            + f"\n\n{source_note}\n{name_note}\n\n"
            + "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
            + "This license is copied below, and is also available with a FAQ at: https://openfontlicense.org\n\n"
        )
        path = out_dir / file_name
        path.write_text(header + ofl, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts")
    parser.add_argument(
        "--jobs", type=int, default=1, help="parallel processes (each CJK face needs ~1.5 GB)"
    )
    args = parser.parse_args(argv)
    missing = [f.source for f in FACES if not f.source.exists()] + (
        [CJK_COPYRIGHT_FILE] if not CJK_COPYRIGHT_FILE.exists() else []
    )
    if missing:
        print(
            "missing source files (apt-get install fonts-noto-cjk fonts-noto-core):",
            *missing,
            file=sys.stderr,
        )
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    gbk = frozenset(gbk_codepoints())
    started = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(build_face, FACES, [args.out] * len(FACES), [gbk] * len(FACES)))
    else:
        results = [build_face(face, args.out, gbk) for face in FACES]
    for face, path, seconds, glyphs, absent in results:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        print(
            f"{path.name:32} {path.stat().st_size / 1e6:6.2f} MB {glyphs:6d} glyphs {seconds:6.1f} s sha256:{digest}"
        )
        if absent:
            print(f"  {len(absent)} GBK characters not in {face.ps_source}: {''.join(absent[:40])}")
    for path in write_licences(args.out):
        print(f"{path.name:32} written")
    print(f"total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
