"""The page machinery: headings kept with three lines, paired columns splitting level, outline."""

from __future__ import annotations

import io

import pypdfium2

from digest.export import ExportOptions, build_pdf
from digest.layout.columns import Balanced, HeadGroup, Pair, fit
from digest.layout.kit import TextBlock, faces
from digest.layout.styles import make_styles
from tests.export.export_helpers import make_project

LONG_ZH = "区政协积极探索协商新模式，全面助推产业链突破升级，为全区民营经济高质量发展凝聚政协智慧。" * 4
LONG_EN = "The committee has taken up over eighty requests from companies and resolved all of them. " * 6


def _styles():
    return make_styles(faces())


def _group(s) -> HeadGroup:
    return HeadGroup([TextBlock("区政协“问诊”营商环境", s.zh_head)], TextBlock(LONG_ZH, s.zh_body))


def test_heading_moves_on_unless_three_summary_lines_fit():
    s = _styles()
    width = 240
    heads_h = TextBlock("区政协“问诊”营商环境", s.zh_head).wrap(width, 1e6)[1] + s.zh_head.space_after
    assert _group(s).split(width, heads_h + 2.5 * s.zh_body.leading) == []
    parts = _group(s).split(width, heads_h + 3 * s.zh_body.leading + 0.5)
    assert len(parts) == 2
    _, first_h = parts[0].wrap(width, 1e6)
    assert first_h >= heads_h + 3 * s.zh_body.leading - 0.01


def test_pair_splits_both_columns_at_one_height_and_keeps_the_rest_paired():
    s = _styles()
    pair = Pair(
        [HeadGroup([TextBlock("标题", s.zh_head)], TextBlock(LONG_ZH * 2, s.zh_body))],
        [HeadGroup([TextBlock("Headline", s.en_head)], TextBlock(LONG_EN, s.en_body))],
        gutter=20,
    )
    width, room = 500, 160
    _, full = pair.wrap(width, 1e6)
    assert full > room
    first, rest = pair.split(width, room)
    assert isinstance(first, Pair) and isinstance(rest, Pair)
    assert first.wrap(width, room)[1] <= room
    assert first.left and first.right and rest.left and rest.right  # both languages continue


def test_pair_moves_whole_when_one_side_cannot_start():
    s = _styles()
    pair = Pair(
        [HeadGroup([TextBlock("标题", s.zh_head)], TextBlock(LONG_ZH, s.zh_body))],
        [HeadGroup([TextBlock("A headline " * 6, s.en_head)], TextBlock(LONG_EN, s.en_body))],
        gutter=20,
    )
    # Room for the Chinese head and three lines, not for the long English head and three lines.
    assert pair.split(500, 21 + 3 + 3 * 17 + 1) == []


def test_fit_fills_a_column_like_a_frame():
    s = _styles()
    blocks = [TextBlock(LONG_EN, s.en_body), TextBlock(LONG_EN, s.en_body)]
    fitted, rest = fit(blocks, 200, 300)
    used = sum(b.wrap(200, 1e6)[1] for b in fitted)
    assert fitted and rest and used <= 300


def test_balanced_headline_has_no_lonely_last_character():
    s = _styles()
    block = TextBlock("海晨新能源汽车供应链基地加快建设", s.zh_head)
    balanced = Balanced(block)
    balanced.wrap(226, 1e6)
    lines = [line.text for line in block.lines_for(block.width)]
    assert len(lines) == 2
    assert abs(len(lines[0]) - len(lines[1])) <= 2, lines


def test_outline_has_sections_and_entries():
    project = make_project(6, per_section=3)
    data, _ = build_pdf(project, project.issue, ExportOptions())
    pdf = pypdfium2.PdfDocument(io.BytesIO(data))
    toc = [(item.level, item.get_title()) for item in pdf.get_toc()]
    assert [level for level, _ in toc] == [0, 1, 1, 1, 0, 1, 1, 1]
    assert toc[0][1] == "要闻 · Top stories"
    entry = project.issue.entries()[0]
    assert toc[1][1] == f"{entry.headline_zh} · {entry.headline_en}"


def test_toc_page_numbers_match_where_the_entries_start():
    """The TOC (drawn before its pages are known, filled in at the end) agrees with the bookmarks."""
    import pdfplumber

    project = make_project(8)
    data, _ = build_pdf(project, project.issue, ExportOptions(layout="side-by-side"))
    pdf = pypdfium2.PdfDocument(io.BytesIO(data))
    entry_pages = [item.get_dest().get_index() + 1 for item in pdf.get_toc() if item.level == 1]
    assert len(entry_pages) == 8 and entry_pages[-1] > 1
    with pdfplumber.open(io.BytesIO(data)) as doc:
        page = doc.pages[0]
        words = page.extract_words(extra_attrs=["size"])
        right = max(w["x1"] for w in words)
        size = make_styles(faces()).toc_number.size
        numbers = [
            int(w["text"])
            for w in sorted(words, key=lambda w: w["top"])
            if w["text"].isdigit()
            and abs(w["x1"] - right) < 0.5
            and abs(w["size"] - size) < 0.01
            and w["top"] > next(c["top"] for c in words if c["text"] == "Contents")
        ]
    assert numbers == entry_pages
