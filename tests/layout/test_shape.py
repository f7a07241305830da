"""Shaping: kerning measured by the breaker and drawn in the PDF, text still copies as typed."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from digest.layout import fonts
from digest.layout.compose import RIGHT_BLANK, TextStyle, compose
from digest.layout.flowables import TextBlock
from digest.layout.shape import kerning, plain_text, shape


@pytest.fixture(scope="module")
def en() -> TextStyle:
    fonts.register_fonts()
    return TextStyle(10, 14, fonts.CJK_SERIF, fonts.LATIN_SERIF, lang="en", align="left")


def _draw(text: str, style: TextStyle, path: Path, width: float = 400) -> None:
    c = canvas.Canvas(str(path), invariant=1)
    block = TextBlock(text, style)
    block.wrap(width, 500)
    block.drawOn(c, 50, 500)
    c.save()


def test_the_bundled_serif_kerns_av_by_0_8_pt_at_10_pt(en: TextStyle) -> None:
    assert kerning("AV", fonts.LATIN_SERIF)[0] * 10 == pytest.approx(-0.8, abs=0.05)
    (line,) = compose("AV", en, 200)
    nominal = pdfmetrics.stringWidth("AV", fonts.LATIN_SERIF, 10)
    assert line.natural_width == pytest.approx(nominal - 0.8, abs=0.05)


def test_a_kerned_pair_sits_closer_in_the_pdf_than_its_advances(en: TextStyle, tmp_path: Path) -> None:
    text = "AVAV Tokyo, Wujin’s office. To VAT"
    _draw(text, en, tmp_path / "k.pdf")
    with pdfplumber.open(tmp_path / "k.pdf") as pdf:
        chars = pdf.pages[0].chars
        extracted = pdf.pages[0].extract_text()
    a, v = chars[0], chars[1]
    assert (a["text"], v["text"]) == ("A", "V")
    # V starts before A's advance ends: the pair is kerned by 0.8 pt
    assert v["x0"] == pytest.approx(a["x1"] - 0.8, abs=0.05)
    t = next(i for i, c in enumerate(chars) if c["text"] == "T")
    assert chars[t + 1]["x0"] < chars[t]["x1"] - 0.3  # To
    assert extracted == text  # copy-paste: every character, in order


def test_unkerned_text_is_set_at_its_nominal_advances(en: TextStyle) -> None:
    (line,) = compose("minimum", en, 200)
    assert line.natural_width == pytest.approx(pdfmetrics.stringWidth("minimum", fonts.LATIN_SERIF, 10))
    assert not any(run.kerns for run in line.runs)


def test_cjk_half_width_marks_match_the_fonts_halt_feature() -> None:
    """The composer's own punctuation compression (clreq) gives what the font's `halt` gives."""
    import uharfbuzz as hb

    fonts.register_fonts()
    path = fonts.font_files()[fonts.CJK_SERIF]
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    font = hb.Font(face)
    for mark in "，。：；“”（）":
        buf = hb.Buffer()
        buf.add_str(mark)
        buf.guess_segment_properties()
        hb.shape(font, buf, {"halt": True})
        halt = buf.glyph_positions[0].x_advance / face.upem
        assert halt == pytest.approx(0.5), mark
        assert (mark in RIGHT_BLANK) or mark in "“（"


def test_ligatures_are_drawn_as_one_glyph_and_copy_as_their_letters(en: TextStyle, tmp_path: Path) -> None:
    text = "The first office of the fluffy official flew off, AVA."
    _draw(text, en, tmp_path / "l.pdf")
    with pdfplumber.open(tmp_path / "l.pdf") as pdf:
        chars = pdf.pages[0].chars
        extracted = pdf.pages[0].extract_text()
    # one glyph drawn for each ligature, whose ToUnicode entry gives back its letters
    ligatures = [c for c in chars if len(c["text"]) > 1]
    assert {c["text"] for c in ligatures} >= {"fi", "fl", "ff"}
    fi = next(c for c in ligatures if c["text"] == "fi")
    letters = pdfmetrics.stringWidth("fi", fonts.LATIN_SERIF, 10)
    assert fi["x1"] - fi["x0"] < letters - 0.2  # the ligature glyph, narrower than f + i
    assert extracted == text  # copy-paste: the text as typed
    (line,) = compose(text, en, 400)
    assert line.text == text
    assert any(run.text != plain_text(run.text, run.font) for run in line.runs)


def test_a_ligature_is_measured_at_its_glyphs_advance(en: TextStyle) -> None:
    drawn, extra = shape("fi", fonts.LATIN_SERIF)
    assert len(drawn) == 1 and extra == (0.0,)
    (line,) = compose("fi", en, 200)
    assert line.natural_width == pytest.approx(pdfmetrics.stringWidth(drawn, fonts.LATIN_SERIF, 10))
    assert line.natural_width < pdfmetrics.stringWidth("fi", fonts.LATIN_SERIF, 10) - 0.2
