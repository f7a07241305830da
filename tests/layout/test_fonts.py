"""Bundled fonts: registration, names, coverage, embedding in PDFs and the parsed-face cache."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont as FTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from digest.layout import font_cache, fonts

GBK_SAMPLE = "中华人民共和国国务院朱镕基张喆王堃李珺赵玥刘昇陈赟龘齉鬱"
DIGITS_ASCII = "0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz"
FULLWIDTH_PUNCT = "，。、；：？！“”‘’（）《》——……【】「」『』·⸺"
LATIN_SAMPLE = "The quick brown fox 1481.3 ² ³ × – — ‘ ’ “ ” • … € £ ¥ © ° ½ é ü ß ø Å æ œ ł ş ž"
EXT_B_CHAR = "\U00020000"  # 𠀀: outside GBK, not in any bundled font


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    """Rows of `pdffonts` as dicts (name, type, emb, sub) — poppler-utils is set up by setup.sh."""
    tool = shutil.which("pdffonts")
    assert tool, "pdffonts (poppler-utils) is required; scripts/setup.sh installs it"
    out = subprocess.run([tool, str(pdf)], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    header = lines[0]
    cols = {key: header.index(key) for key in ("type", "encoding", "emb", "sub", "uni")}
    rows = []
    for line in lines[2:]:
        rows.append(
            {
                "name": line[: cols["type"]].strip(),
                "type": line[cols["type"] : cols["encoding"]].strip(),
                "emb": line[cols["emb"] : cols["sub"]].strip(),
                "sub": line[cols["sub"] : cols["uni"]].strip(),
            }
        )
    return rows


def draw_pdf(path: Path, samples: dict[str, str]) -> None:
    pdf = canvas.Canvas(str(path), invariant=1, initialFontName=fonts.LATIN_SERIF)
    y = 800
    for font_name, text in samples.items():
        pdf.setFont(font_name, 12)
        pdf.drawString(40, y, text)
        y -= 30
    pdf.save()


def test_every_bundled_file_exists_and_is_truetype() -> None:
    files = fonts.font_files()
    assert set(files) == set(fonts.ALL_FONTS)
    for path in files.values():
        assert path.is_file(), path
        assert path.parent == fonts.FONT_DIR
        font = FTFont(str(path), lazy=True)
        assert "glyf" in font and "CFF " not in font, f"{path.name} must have TrueType outlines"
    licences = sorted(p.name for p in fonts.FONT_DIR.glob("OFL*.txt"))
    assert len(licences) == 2


def test_all_fonts_register_as_truetype() -> None:
    fonts.register_fonts()
    fonts.register_fonts()  # idempotent
    for name in fonts.ALL_FONTS:
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        assert font.fontName == name


def test_internal_names_are_unique_and_ours() -> None:
    seen: dict[str, set[str]] = {"family+style": set(), "full": set(), "postscript": set()}
    for path in fonts.font_files().values():
        table = FTFont(str(path), lazy=True)["name"]
        family, style = table.getDebugName(1), table.getDebugName(2)
        full, postscript = table.getDebugName(4), table.getDebugName(6)
        assert family.startswith("Jianbao") and postscript.startswith("Jianbao")
        assert postscript == path.stem
        assert (family, style) == fonts.QT_FAMILIES[
            next(n for n, p in fonts.font_files().items() if p == path)
        ]
        for key, value in (("family+style", f"{family}/{style}"), ("full", full), ("postscript", postscript)):
            assert value not in seen[key], f"duplicate {key} {value}"
            seen[key].add(value)
        # No name record may still carry the source's names (they would merge with system Noto).
        for record in table.names:
            if record.nameID in (1, 3, 4, 6, 16, 17):
                assert "Noto" not in record.toUnicode(), (path.name, record.nameID)
    fonts.register_fonts()
    face_names = [pdfmetrics.getFont(name).face.name for name in fonts.ALL_FONTS]
    assert len(set(face_names)) == len(face_names)


def test_pdf_embeds_only_subset_truetype_fonts(tmp_path: Path) -> None:
    fonts.register_fonts()
    pdf = tmp_path / "all-fonts.pdf"
    draw_pdf(
        pdf,
        {
            fonts.CJK_SERIF: "正文宋体：朱镕基，2026年。" + DIGITS_ASCII[:12],
            fonts.CJK_SANS_BOLD: "标题黑体（张喆）",
            fonts.LATIN_SERIF: "Regular body text",
            fonts.LATIN_SERIF_ITALIC: "Italic text",
            fonts.LATIN_SERIF_BOLD: "Bold headline",
            fonts.LATIN_SERIF_BOLD_ITALIC: "Bold italic",
        },
    )
    rows = pdffonts(pdf)
    assert rows, "no fonts listed"
    for row in rows:
        assert "Helvetica" not in row["name"]
        assert row["emb"] == "yes" and row["sub"] == "yes", row
        assert row["type"] == "TrueType", row
    base_names = {row["name"].split("+", 1)[1] for row in rows}
    expected = {pdfmetrics.getFont(name).face.name.decode() for name in fonts.ALL_FONTS}
    assert base_names == expected


def test_cjk_faces_cover_gbk_names_punctuation_digits_and_ascii() -> None:
    for font_name in (fonts.CJK_SERIF, fonts.CJK_SANS_BOLD):
        for char in GBK_SAMPLE + DIGITS_ASCII.replace(" ", "") + FULLWIDTH_PUNCT:
            assert fonts.has_glyph(font_name, char), f"{font_name} lacks {char!r}"


def test_cjk_serif_covers_every_gbk_character_the_source_has() -> None:
    # The whole GBK range, not a sample: every GBK-encodable BMP character is mapped.
    gbk = []
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        try:
            char.encode("gbk")
        except UnicodeEncodeError:
            continue
        gbk.append(char)
    assert len(gbk) > 20000
    missing = fonts.missing_glyphs("".join(gbk), [fonts.CJK_SERIF])
    assert missing == set()


def test_latin_faces_cover_ascii_latin1_and_typographic_marks() -> None:
    latin1 = "".join(chr(c) for c in range(0xA1, 0x100) if c != 0xAD)
    ascii_chars = "".join(chr(c) for c in range(0x21, 0x7F))
    for font_name in (
        fonts.LATIN_SERIF,
        fonts.LATIN_SERIF_ITALIC,
        fonts.LATIN_SERIF_BOLD,
        fonts.LATIN_SERIF_BOLD_ITALIC,
    ):
        assert fonts.missing_glyphs(ascii_chars + latin1 + LATIN_SAMPLE, [font_name]) == set(), font_name
        assert fonts.has_glyph(font_name, "²")
        assert not fonts.has_glyph(font_name, "中")


def test_missing_glyphs_reports_only_uncovered_characters() -> None:
    body = "本报讯（记者 吴梦婷）1481.3亿元，同比增长16.9%。Wu Mengting reports: “CNY 148.13 billion”.\n\t"
    both = [fonts.CJK_SERIF, fonts.LATIN_SERIF]
    assert fonts.missing_glyphs(body, both) == set()
    assert fonts.missing_glyphs(body + EXT_B_CHAR + "\u0e01", both) == {EXT_B_CHAR, "\u0e01"}
    # A character one font lacks is fine when another font of the list has it.
    assert fonts.missing_glyphs("中", [fonts.LATIN_SERIF]) == {"中"}
    assert fonts.missing_glyphs("中", [fonts.LATIN_SERIF, fonts.CJK_SERIF]) == set()


def test_bold_and_italic_markup_map_to_real_faces() -> None:
    from reportlab.lib.fonts import ps2tt, tt2ps

    fonts.register_fonts()
    assert tt2ps(fonts.CJK_SERIF, 1, 0) == fonts.CJK_SANS_BOLD
    assert tt2ps(fonts.CJK_SERIF, 0, 1) == fonts.CJK_SERIF
    assert tt2ps(fonts.LATIN_SERIF, 1, 0) == fonts.LATIN_SERIF_BOLD
    assert tt2ps(fonts.LATIN_SERIF, 0, 1) == fonts.LATIN_SERIF_ITALIC
    assert tt2ps(fonts.LATIN_SERIF, 1, 1) == fonts.LATIN_SERIF_BOLD_ITALIC
    assert tt2ps(fonts.LATIN_SERIF_BOLD, 0, 1) == fonts.LATIN_SERIF_BOLD_ITALIC
    assert tt2ps(fonts.LATIN_SERIF_ITALIC, 1, 0) == fonts.LATIN_SERIF_BOLD_ITALIC
    assert tt2ps(fonts.CJK_SANS_BOLD, 0, 1) == fonts.CJK_SANS_BOLD
    # A face reports its own slot, so a style whose fontName is a face starts upright/regular.
    assert ps2tt(fonts.CJK_SERIF)[1:] == (0, 0)
    assert ps2tt(fonts.LATIN_SERIF_BOLD)[1:] == (1, 0)


def test_paragraph_bold_in_chinese_uses_the_hei_face(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts.register_fonts()
    pdf = tmp_path / "para.pdf"
    style = ParagraphStyle("zh", fontName=fonts.CJK_SERIF, fontSize=10.5, leading=17)
    doc = SimpleDocTemplate(str(pdf), invariant=1, initialFontName=fonts.CJK_SERIF)
    doc.build([Paragraph("正文<b>加粗</b><i>斜体</i>", style)])
    names = {row["name"].split("+", 1)[1] for row in pdffonts(pdf)}
    assert names == {"JianbaoSerifSC-Regular", "JianbaoSansSC-Bold"}


def test_cache_round_trips(tmp_path: Path) -> None:
    path = fonts.font_files()[fonts.CJK_SANS_BOLD]
    name = "JianbaoCacheTest"
    parsed = font_cache.load_ttfont(name, path, cache_dir=tmp_path)
    entries = list(tmp_path.glob(f"{name}-*.jbfc"))
    assert len(entries) == 1
    cached = font_cache.load_ttfont(name, path, cache_dir=tmp_path)
    assert isinstance(cached.face, font_cache.CachedTTFontFace)
    assert not isinstance(parsed.face, font_cache.CachedTTFontFace)
    assert "_ttf_data" not in cached.face.__dict__, "font bytes are read only when a PDF embeds"
    for attr in ("charToGlyph", "charWidths", "glyphToChar", "hmetrics", "glyphPos", "name", "bbox"):
        assert getattr(cached.face, attr) == getattr(parsed.face, attr), attr
    assert cached.face._ttf_data == parsed.face._ttf_data
    assert cached.stringWidth("标题 Title", 15) == parsed.stringWidth("标题 Title", 15)
    # Same subset bytes as reportlab makes from the parsed font.
    subset = [0, *range(32, 127), ord("标"), ord("题")]
    assert cached.face.makeSubset(subset) == parsed.face.makeSubset(subset)


def test_an_entry_that_does_not_round_trip_is_never_written(tmp_path: Path, monkeypatch) -> None:
    serif, sans = (fonts.font_files()[n] for n in (fonts.CJK_SERIF, fonts.CJK_SANS_BOLD))
    parsed = font_cache.load_ttfont("JianbaoProbe", sans, cache_dir=tmp_path / "a")
    cached = font_cache.load_ttfont("JianbaoProbe", sans, cache_dir=tmp_path / "a")
    other = font_cache.load_ttfont("JianbaoOther", serif, cache_dir=tmp_path / "b")
    assert font_cache._round_trips(parsed, cached)
    assert not font_cache._round_trips(parsed, other)  # another face: other widths and glyphs
    # A reportlab whose faces would not come back the same: nothing is cached, the font still works.
    monkeypatch.setattr(font_cache, "_round_trips", lambda parsed, cached: False)
    font = font_cache.load_ttfont("JianbaoNoRoundTrip", sans, cache_dir=tmp_path / "c")
    assert font.stringWidth("标题", 10) == parsed.stringWidth("标题", 10)
    assert not list((tmp_path / "c").glob("*.jbfc"))


CACHED_EXPORT = """
import sys
from reportlab.pdfgen import canvas
from digest.layout import fonts
from digest.layout.font_cache import CachedTTFontFace
from reportlab.pdfbase import pdfmetrics
fonts.register_fonts()
kinds = {type(pdfmetrics.getFont(name).face) is CachedTTFontFace for name in fonts.ALL_FONTS}
pdf = canvas.Canvas(sys.argv[1], invariant=1, initialFontName=fonts.LATIN_SERIF)
for i, name in enumerate(fonts.ALL_FONTS):
    pdf.setFont(name, 12)
    pdf.drawString(40, 800 - 30 * i, f"缓存字体：朱镕基 {i} ABC")
pdf.save()
print("cached" if kinds == {True} else "parsed" if kinds == {False} else "mixed")
"""


def test_fonts_from_the_cache_embed_subsets_in_a_fresh_process(tmp_path: Path) -> None:
    import os
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, JIANBAO_HOME=str(tmp_path / "home"), PYTHONPATH=str(root))
    runs = []
    for attempt in ("first", "second"):
        pdf = tmp_path / f"{attempt}.pdf"
        out = subprocess.run(
            [sys.executable, "-c", CACHED_EXPORT, str(pdf)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(out.stdout.strip())
        rows = pdffonts(pdf)
        assert len(rows) == len(fonts.ALL_FONTS)
        assert all(row["emb"] == "yes" and row["sub"] == "yes" for row in rows), rows
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        assert "缓存字体：朱镕基 0 ABC" in text and "缓存字体：朱镕基 1 ABC" in text
    assert runs == ["parsed", "cached"]
    assert (tmp_path / "first.pdf").read_bytes() == (tmp_path / "second.pdf").read_bytes()


def test_corrupt_or_stale_cache_falls_back_to_parsing(tmp_path: Path) -> None:
    path = fonts.font_files()[fonts.LATIN_SERIF_ITALIC]
    name = "JianbaoCacheCorrupt"
    font_cache.load_ttfont(name, path, cache_dir=tmp_path)
    (entry,) = tmp_path.glob(f"{name}-*.jbfc")
    good = entry.read_bytes()
    for garbage in (b"", b"JBFC" + b"\x80\x05garbage", good[: len(good) // 2], b"not a cache at all"):
        entry.write_bytes(garbage)
        font = font_cache.load_ttfont(name, path, cache_dir=tmp_path)
        assert font.face.charToGlyph[ord("A")] > 0
        assert entry.read_bytes() == good, "a bad entry is rewritten"
    # An entry made for another font name is not taken.
    other = font_cache.cache_path("Other", path, tmp_path)
    other.write_bytes(good)
    assert font_cache.load_ttfont("Other", path, cache_dir=tmp_path).fontName == "Other"


def test_unwritable_cache_dir_still_loads(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    font = font_cache.load_ttfont("JianbaoNoCache", fonts.font_files()[fonts.LATIN_SERIF], cache_dir=blocker)
    assert font.face.charToGlyph[ord("a")] > 0


def test_cache_prunes_only_older_entries_of_the_same_font(tmp_path: Path) -> None:
    stale_same = tmp_path / ("JianbaoSerif-" + "0" * 20 + ".jbfc")
    other_face = tmp_path / ("JianbaoSerif-Bold-" + "0" * 20 + ".jbfc")
    stale_same.write_bytes(b"old")
    other_face.write_bytes(b"other")
    font_cache.load_ttfont("JianbaoSerif", fonts.font_files()[fonts.LATIN_SERIF], cache_dir=tmp_path)
    assert not stale_same.exists()
    assert other_face.exists()


def test_cached_face_restores_tables_once_across_threads(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    path = fonts.font_files()[fonts.CJK_SERIF]
    font_cache.load_ttfont("JianbaoThreads", path, cache_dir=tmp_path)
    cached = font_cache.load_ttfont("JianbaoThreads", path, cache_dir=tmp_path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        maps = list(pool.map(lambda _: cached.face.charToGlyph, range(32)))
    assert all(m is maps[0] for m in maps)
    assert maps[0][ord("镕")] > 0


def test_cached_face_subsets_without_reading_the_whole_file(tmp_path: Path) -> None:
    for face_name in (fonts.CJK_SERIF, fonts.LATIN_SERIF_ITALIC):
        path = fonts.font_files()[face_name]
        name = f"JianbaoSubsetRead{face_name}"
        parsed = font_cache.load_ttfont(name, path, cache_dir=tmp_path)
        cached = font_cache.load_ttfont(name, path, cache_dir=tmp_path)
        assert isinstance(cached.face, font_cache.CachedTTFontFace)
        # Accented Latin letters are often composite glyphs (their parts are renumbered).
        text = "标题镕喆ÀÉîõüçñ —“”AVfi"
        subset = [0, *range(32, 127), *sorted({ord(c) for c in text} - set(range(127)))]
        assert cached.face.makeSubset(subset) == parsed.face.makeSubset(subset)
        assert "_ttf_data" not in cached.face.__dict__, "a subset reads its glyphs, not the whole file"
        assert isinstance(cached.face.hmetrics, font_cache.PairList)
        assert cached.face.hmetrics == parsed.face.hmetrics
        assert cached.face.hmetrics[5] == parsed.face.hmetrics[5]
        assert cached.face.hmetrics[-3:] == parsed.face.hmetrics[-3:]
        assert cached.face.charWidths == parsed.face.charWidths
        assert cached.face.charWidths.keys() == cached.face.charToGlyph.keys()


def test_a_font_file_changed_under_a_cached_face_is_an_error(tmp_path: Path) -> None:
    import shutil


    path = tmp_path / "copy.ttf"
    shutil.copy(fonts.font_files()[fonts.LATIN_SERIF], path)
    font_cache.load_ttfont("JianbaoChanged", path, cache_dir=tmp_path / "cache")
    cached = font_cache.load_ttfont("JianbaoChanged", path, cache_dir=tmp_path / "cache")
    with path.open("r+b") as handle:  # shortened in place, as an interrupted copy would leave it
        handle.truncate(path.stat().st_size // 2)
    with pytest.raises(OSError, match="changed while in use"):
        cached.face.makeSubset([0, *range(32, 127)])
