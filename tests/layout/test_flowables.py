"""TextBlock drawn into real PDFs and read back with pdfplumber: line rules, justification, spacing,
compression, literal text, splitting with widows/orphans, bookmarks."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from digest.layout import fonts
from digest.layout.compose import RIGHT_BLANK
from digest.layout.flowables import TextBlock, paragraph_blocks
from digest.layout.linebreak import NOT_END, NOT_START
from digest.layout.metrics import KNOWN_INK_BOUNDS, ink_bounds, read_ink_bounds
from digest.layout.shape import plain_text
from digest.layout.text_style import TextStyle

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
WIDTHS_MM = [30 + i * 150 / 79 for i in range(80)]  # 80 widths, 30 mm to 180 mm
MARGIN = 20.0
PAGE_H = 842.0

# A few hundred words of English news prose (written for these tests).
ENGLISH = [
    "Wujin's district political advisory body has held a consultation meeting on the business "
    "environment, inviting more than ten entrepreneur members to put forward proposals on innovation "
    "incentives, talent policies and the strengthening of industrial supply chains. Representatives of "
    "five government departments, including the organisation department and the science and technology "
    "bureau, answered their questions on the spot.",
    "Of the committee's 414 members, 190 are entrepreneurs, close to half of the total. Under its new "
    "consultation model, the committee has taken up more than eighty requests from companies since the "
    "spring and says it has resolved all of them, from electricity connections to the recruitment of "
    "skilled technicians for new production lines.",
    "Industrial output in the first nine months rose 16.9% to CNY 148.13 billion, according to figures "
    "published by the district's statistics bureau. Manufacturers of new-energy vehicles and their parts "
    "accounted for most of the growth, while the output of industrial robots climbed 14.8%. Officials "
    "said the internationalisation of small and medium-sized enterprises remained a priority and that "
    "characteristically cautious investors were returning to the region.",
    "Inspectors from the city's transport, public security and emergency management bureaus have "
    "approved the safety work on five flagged road sections. This year the district installed 450 "
    "warning posts, resurfaced about 3,000 square metres of asphalt and treated almost thirty kilometres "
    "of hazardous road, while its road-safety talks in villages drew over 46,000 visits. The programme "
    "will continue next year, with particular attention to school routes and unlit junctions.",
    "The green building zone, the country's only demonstration cluster for the industry, is pressing "
    "ahead with near-zero-carbon industrial parks. Its carbon management institute plans to serve a "
    "thousand exporters within five years; the city's first near-zero-energy office building has cut "
    "electricity use by sixty per cent, according to independently verified measurements.",
]


@dataclass
class Drawn:
    """Where a composed line was drawn: page number, baseline y, frame left x, its width, the Line."""

    page: int
    baseline: float
    left: float
    width: float
    line: object


@pytest.fixture(scope="module")
def faces() -> tuple[str, str]:
    fonts.register_fonts()
    return fonts.CJK_SERIF, fonts.LATIN_SERIF


@pytest.fixture(scope="module")
def zh(faces) -> TextStyle:
    return TextStyle(size=10.5, leading=17, cjk_font=faces[0], latin_font=faces[1], first_indent=21)


@pytest.fixture(scope="module")
def en(faces) -> TextStyle:
    # desk_rules=False: these tests set the text exactly as given (typography.py has its own tests)
    return TextStyle(
        size=10, leading=14, cjk_font=faces[0], latin_font=faces[1], first_indent=12, lang="en", desk_rules=False
    )


def sample_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for page in sorted(PAGES.glob("*.txt")):
        paragraphs += [line.strip() for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    return paragraphs


def draw_blocks(path: Path, jobs: list[tuple[float, list[TextBlock]]], font: str) -> list[Drawn]:
    """Draw each job's blocks in a column `width` wide (one or more pages per job); record every line."""
    canvas = Canvas(str(path), pagesize=(MARGIN * 2 + 180 * mm, PAGE_H), invariant=1, initialFontName=font)
    drawn: list[Drawn] = []
    page = 1
    for width, blocks in jobs:
        y = PAGE_H - MARGIN
        for block in blocks:
            _, h = block.wrap(width, PAGE_H)
            if y - h < MARGIN:
                canvas.showPage()
                page += 1
                y = PAGE_H - MARGIN
            block.drawOn(canvas, MARGIN, y - h)
            for i, line in enumerate(block.lines_for(width)):
                drawn.append(
                    Drawn(page, y - block.baseline_offset - i * block.style.leading, MARGIN, width, line)
                )
            y -= h + block.style.leading / 2
        canvas.showPage()
        page += 1
    canvas.save()
    return drawn


def read_lines(path: Path) -> dict[tuple[int, float], list[dict]]:
    """pdfplumber characters grouped into lines by page and baseline, each sorted by x.

    The baseline is the y of the character's text matrix: `top` differs between the CJK and the
    Latin face on one line (their ascents differ), the baseline does not.
    """
    rows: dict[tuple[int, float], list[dict]] = {}
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            for char in page.chars:
                if char["text"].strip():
                    rows.setdefault((number, round(char["matrix"][5], 1)), []).append(char)
    return {key: sorted(chars, key=lambda c: c["x0"]) for key, chars in rows.items()}


def only_faces(names: set[str], *fonts_: str) -> bool:
    """True when every font name in the PDF is one of the registered reportlab fonts' faces."""
    faces = []
    for name in fonts_:
        face = pdfmetrics.getFont(name).face.name
        faces.append(face.decode() if isinstance(face, bytes) else face)
    return all(any(n.startswith(face) for face in faces) for n in names)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory, zh) -> tuple[list[Drawn], dict]:
    """Every sample paragraph at 20 of the 80 widths (each width gets every 4th paragraph)."""
    paragraphs = sample_paragraphs()
    jobs = []
    for i, width_mm in enumerate(WIDTHS_MM):
        chosen = [p for k, p in enumerate(paragraphs) if k % 4 == i % 4]
        jobs.append((width_mm * mm, [TextBlock(p, zh) for p in chosen]))
    path = tmp_path_factory.mktemp("zh") / "samples.pdf"
    drawn = draw_blocks(path, jobs, zh.cjk_font)
    return drawn, read_lines(path)


def test_no_line_starts_or_ends_with_a_forbidden_mark(sample_pdf) -> None:
    drawn, rows = sample_pdf
    texts = ["".join(c["text"] for c in chars) for chars in rows.values()]
    assert len(texts) == len(drawn) > 3000
    bad_start = [t for t in texts if t[0] in NOT_START]
    bad_end = [t for t in texts if t[-1] in NOT_END]
    assert bad_start == [], bad_start[:5]
    assert bad_end == [], bad_end[:5]
    # the forbidden marks are really there, just never at the edges
    assert sum(t.count("，") + t.count("。") + t.count("”") for t in texts) > 5000


def test_justified_lines_end_at_the_right_edge_and_last_lines_are_flush_left(sample_pdf, zh) -> None:
    drawn, rows = sample_pdf
    lines = rows
    checked = 0
    for d in drawn:
        chars = lines[(d.page, round(d.baseline, 1))]
        right = d.left + d.width
        first, last = chars[0], chars[-1]
        if d.line.is_last:
            # flush left: starts at the column edge (or the indent), ends short of the edge
            assert first["x0"] == pytest.approx(d.left + d.line.indent, abs=0.05)
            assert last["x1"] <= right + 0.5
            continue
        if d.line.overfull:
            continue
        ink_right = last["x1"]
        if last["text"] in RIGHT_BLANK and abs(ink_right - right) > 0.5:
            ink_right -= zh.size / 2  # a mark set half-width at the line end (its blank half hangs)
        assert abs(ink_right - right) <= 0.5, ("".join(c["text"] for c in chars), ink_right, right)
        checked += 1
    assert checked > 2500


def english_words() -> set[str]:
    return {w for p in ENGLISH for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'.,%-]*[A-Za-z0-9%]|[A-Za-z]", p)}


def split_words(chars: list[dict]) -> list[str]:
    """A line's words: characters joined, split where there is any gap (letters of a word touch)."""
    words = [chars[0]["text"]]
    for prev, char in itertools.pairwise(chars):
        if char["x0"] - prev["x1"] > 0.5:
            words.append("")
        words[-1] += char["text"]
    return words


def test_english_words_split_only_at_a_hyphen(tmp_path, en) -> None:
    jobs = [(w * mm, paragraph_blocks(ENGLISH, en)) for w in WIDTHS_MM[::2]]
    path = tmp_path / "en.pdf"
    drawn = draw_blocks(path, jobs, en.latin_font)
    lines = read_lines(path)
    vocabulary = english_words()
    hyphenated = 0
    previous_hyphen = False
    for d in drawn:
        words = split_words(lines[(d.page, round(d.baseline, 1))])
        final = words[-1].strip(".,;:")
        if final.endswith("-"):
            hyphenated += 1
            assert (
                any(w.startswith(final[:-1]) and w != final[:-1] for w in vocabulary)
                or final[:-1] in vocabulary
            )
        elif not (previous_hyphen and len(words) == 1):
            assert final in vocabulary, (final, " ".join(words))
        previous_hyphen = final.endswith("-") and d.line.hyphenated
    assert hyphenated > 10
    # no Helvetica (or any other unbundled face) in the file
    with pdfplumber.open(path) as pdf:
        names = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    assert only_faces(names, en.latin_font, en.cjk_font), names


def draw_one(tmp_path: Path, text: str, style: TextStyle, width: float = 150 * mm) -> list[list[dict]]:
    path = tmp_path / "one.pdf"
    draw_blocks(path, [(width, [TextBlock(text, style)])], style.cjk_font)
    return list(read_lines(path).values())


def test_quarter_em_between_han_and_latin_none_beside_punctuation(tmp_path, zh) -> None:
    style = replace(zh, first_indent=0)
    (chars,) = draw_one(tmp_path, "在2024年举行，增长16.9%。AI时代", style)
    at = {c["text"]: c for c in chars}
    text = "".join(c["text"] for c in chars)
    assert text == "在2024年举行，增长16.9%。AI时代"
    gap = lambda a, b: b["x0"] - a["x1"]  # noqa: E731
    assert gap(at["在"], chars[1]) == pytest.approx(zh.size / 4, abs=0.05)  # 在 2024
    assert gap(chars[4], at["年"]) == pytest.approx(zh.size / 4, abs=0.05)  # 2024 年
    assert gap(at["长"], chars[text.index("16")]) == pytest.approx(zh.size / 4, abs=0.05)
    assert gap(at["%"], at["。"]) == pytest.approx(0, abs=0.05)  # none beside Chinese punctuation
    assert gap(at["行"], at["，"]) == pytest.approx(0, abs=0.05)
    assert gap(at["。"], at["A"]) == pytest.approx(0, abs=0.05)
    assert gap(at["I"], at["时"]) == pytest.approx(zh.size / 4, abs=0.05)


def test_full_stop_and_closing_quote_take_one_and_a_half_em(tmp_path, zh) -> None:
    style = replace(zh, first_indent=0)
    (chars,) = draw_one(tmp_path, "他说：“好的。”然后（笑）。", style)
    text = "".join(c["text"] for c in chars)
    stop, quote = chars[text.index("。”")], chars[text.index("。”") + 1]
    assert quote["x1"] - stop["x0"] == pytest.approx(1.5 * zh.size, abs=0.05)
    colon, opening = chars[text.index("：“")], chars[text.index("：“") + 1]
    assert opening["x1"] - colon["x0"] == pytest.approx(1.5 * zh.size, abs=0.05)
    paren, stop2 = chars[text.index("）。")], chars[text.index("）。") + 1]
    assert stop2["x1"] - paren["x0"] == pytest.approx(1.5 * zh.size, abs=0.05)
    # and a mark between Han characters keeps its full em
    assert chars[text.index("说")]["x1"] == pytest.approx(colon["x0"], abs=0.05)


def test_markup_like_text_prints_literally(tmp_path, zh, en) -> None:
    tricky = 'Tags like <b>bold</b> & AT&T, x<y and <font name="x"> stay as typed.'
    path = tmp_path / "markup.pdf"
    draw_blocks(
        path,
        [
            (
                120 * mm,
                [
                    TextBlock(tricky + " &amp; &lt;", en),
                    TextBlock("标记<b>不加粗</b>，AT&T 与 x<y 照印。", zh),
                ],
            )
        ],
        zh.cjk_font,
    )
    with pdfplumber.open(path) as pdf:
        text = " ".join(pdf.pages[0].extract_text(x_tolerance=1).split())
    for literal in ("<b>bold</b>", "& AT&T,", "x<y", '<font name="x">', "<b>不加粗</b>", "&amp; &lt;"):
        assert literal in text, (literal, text)
    assert "AT&T;" not in text


def test_text_is_drawn_in_cmyk_black(tmp_path, zh) -> None:
    (chars,) = draw_one(tmp_path, "区政协召开座谈会", zh)
    assert {tuple(c["non_stroking_color"]) for c in chars} == {(0, 0, 0, 1)}


def make_block(style: TextStyle, lines: int) -> TextBlock:
    text = "区政协召开座谈会，企业家委员提出建议。" * (lines * 2)
    block = TextBlock(text, style)
    width = 60 * mm
    block.wrap(width, 1e6)
    n = len(block.lines_for(width))
    assert n >= lines
    return block


def test_split_honours_orphans_and_widows(zh) -> None:
    width = 60 * mm
    block = make_block(zh, 8)
    lines = block.lines_for(width)
    n = len(lines)
    lead = zh.leading
    # one line of room: an orphan would stay behind, so nothing moves
    assert block.split(width, 1.5 * lead) == []
    # room for all but one line: a widow would go over, so two lines move together
    head, tail = block.split(width, (n - 1) * lead + 1)
    assert len(head.lines_for(width)) == n - 2 and len(tail.lines_for(width)) == 2
    # ordinary split keeps every line once, in order
    head, tail = block.split(width, 4 * lead + 3)
    assert [ln.text for ln in head.lines_for(width) + tail.lines_for(width)] == [ln.text for ln in lines]
    assert len(head.lines_for(width)) == 4
    assert head.wrap(width, 1e6)[1] == pytest.approx(4 * lead)
    assert tail.getSpaceBefore() == 0 and head.getSpaceAfter() == 0
    # the tail's last line stays flush left; the head's last line stays justified
    assert tail.lines_for(width)[-1].is_last and not head.lines_for(width)[-1].is_last


def test_split_with_stricter_widow_and_orphan_settings(zh) -> None:
    width = 60 * mm
    style = replace(zh, widows=3, orphans=3)
    block = make_block(style, 7)
    n = len(block.lines_for(width))
    assert block.split(width, 2 * style.leading + 1) == []
    head, tail = block.split(width, (n - 2) * style.leading + 1)
    assert len(tail.lines_for(width)) == 3
    assert len(head.lines_for(width)) == n - 3


def test_short_paragraph_is_not_split(zh) -> None:
    block = make_block(zh, 3)
    width = 60 * mm
    if len(block.lines_for(width)) < 4:
        assert block.split(width, 2 * zh.leading) == []


def test_split_part_recomposes_at_another_width(zh) -> None:
    block = make_block(zh, 8)
    _head, tail = block.split(60 * mm, 4 * zh.leading)
    wider = tail.lines_for(90 * mm)
    assert "".join(ln.text for ln in wider) == "".join(ln.text for ln in tail.lines_for(60 * mm))
    assert wider[0].indent == 0


def test_wrap_height_spacing_and_keep_with_next(zh) -> None:
    style = replace(zh, space_before=6, space_after=4, keep_with_next=True)
    block = TextBlock("区政协召开座谈会。" * 10, style)
    _w, h = block.wrap(50 * mm, 1000)
    assert h == pytest.approx(len(block.lines_for(50 * mm)) * zh.leading)
    assert block.getSpaceBefore() == 6 and block.getSpaceAfter() == 4
    assert block.keepWithNext


def test_overfull_lines_are_reported(en) -> None:
    block = TextBlock("See https://www.example.gov.cn/averyveryverylongpathname/index.html now.", en)
    block.wrap(25 * mm, 1000)
    assert block.overfull and block.overfull[0][2] > 0
    ok = TextBlock("See the details now.", en)
    ok.wrap(60 * mm, 1000)
    assert ok.overfull == []


def test_paragraph_blocks_drop_the_first_english_indent(en, zh) -> None:
    blocks = paragraph_blocks(ENGLISH[:3], en)
    assert [b.style.first_indent for b in blocks] == [0, en.first_indent, en.first_indent]
    zh_blocks = paragraph_blocks(["甲乙丙", "丁戊己"], zh)
    assert [b.style.first_indent for b in zh_blocks] == [21, 21]
    heading = replace(en, first_indent=5)
    assert paragraph_blocks(ENGLISH[:2], en, heading)[0].style is heading


def test_outline_entry_and_doc_template_flow(tmp_path, zh, en) -> None:
    path = tmp_path / "doc.pdf"
    doc = BaseDocTemplate(str(path), pagesize=(400, 300), initialFontName=zh.cjk_font, invariant=1)
    frame = Frame(20, 20, 360, 260, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    head = TextBlock(
        "区政协“问诊”营商环境", replace(zh, first_indent=0), outline=("区政协“问诊”营商环境", 0), name="e1"
    )
    story = [head, *paragraph_blocks(sample_paragraphs()[:12], zh), *paragraph_blocks(ENGLISH, en)]
    doc.build(story)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) > 2
        titles = [o[1] for o in pdf.doc.get_outlines()]
        names = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
        first_top = min(c["top"] for c in pdf.pages[0].chars)
        flow_text = "".join(c["text"] for page in pdf.pages for c in page.chars)
    assert titles == ["区政协“问诊”营商环境"]
    assert only_faces(names, zh.cjk_font, zh.latin_font), names
    assert first_top < 30  # the heading sits at the top of the frame
    assert "Wujin's" in flow_text and "营商环境" in flow_text


def test_double_dash_is_one_unbroken_two_em_rule(tmp_path, zh) -> None:
    style = replace(zh, first_indent=0)
    (chars,) = draw_one(tmp_path, "他说——这是", style)
    text = "".join(c["text"] for c in chars)
    assert text == "他说——这是"
    first, second = chars[2], chars[3]
    x_min, x_max = read_ink_bounds(zh.cjk_font, "—")  # from the font file itself
    advance = pdfmetrics.stringWidth("—", zh.cjk_font, 1)

    def ink(char: dict) -> tuple[float, float]:
        scale = (char["x1"] - char["x0"]) / (advance * zh.size)  # the horizontal scaling drawn
        return char["x0"] + x_min * zh.size * scale, char["x0"] + x_max * zh.size * scale

    assert ink(first)[1] == pytest.approx(ink(second)[0], abs=0.05)  # the two dashes meet
    assert ink(second)[1] - ink(first)[0] > 1.9 * zh.size  # and make a rule of almost 2 em
    assert chars[4]["x0"] - chars[1]["x1"] == pytest.approx(2 * zh.size, abs=0.05)  # 说——这: 2 em


def test_stored_ink_bounds_match_the_bundled_fonts() -> None:
    # The composer uses stored bounds so that no process opens a CJK font with fontTools.
    fonts.register_fonts()
    assert KNOWN_INK_BOUNDS
    for (font, char), bounds in KNOWN_INK_BOUNDS.items():
        assert font in fonts.ALL_FONTS
        read = read_ink_bounds(font, char)
        assert read is not None and read == pytest.approx(bounds, abs=1e-9), (font, char)
        assert ink_bounds(font, char) == bounds


def test_word_spaces_are_real_characters_in_the_pdf(tmp_path, en, zh) -> None:
    path = tmp_path / "spaces.pdf"
    draw_blocks(
        path,
        [
            (150 * mm, [TextBlock("Saturday, 28 November 2026", replace(en, size=8, first_indent=0))]),
            (150 * mm, [TextBlock("2026年11月28日 星期六", replace(zh, first_indent=0))]),
        ],
        zh.cjk_font,
    )
    with pdfplumber.open(path) as pdf:
        english = pdf.pages[0].extract_text()  # default x_tolerance: gaps alone would not give spaces
        chinese = pdf.pages[1].extract_text()
    assert "Saturday, 28 November 2026" in english
    assert "2026年11月28日 星期六" in chinese


def test_every_run_is_drawn_where_the_composer_put_it(tmp_path, zh, en) -> None:
    # Runs are written as TJ arrays (flowables.text_operators); this checks the pen arithmetic,
    # including font switches (Han/Latin), stretched dashes and lines whose characters fall in
    # different 256-glyph subsets of one font (the paragraph has over 600 distinct characters).
    paragraphs = sample_paragraphs()
    han = "".join(dict.fromkeys(c for p in paragraphs for c in p if "\u4e00" <= c <= "\u9fff"))
    assert len(han) > 600
    texts = [han[:700], paragraphs[3] + "（AT&T）——2024年，16.9%。", ENGLISH[0]]
    styles = [zh, zh, en]
    path = tmp_path / "runs.pdf"
    width = 120 * mm
    drawn = draw_blocks(
        path, [(width, [TextBlock(t, s)]) for t, s in zip(texts, styles, strict=False)], zh.cjk_font
    )
    rows = read_lines(path)
    checked = 0
    for d in drawn:
        chars = rows[(d.page, round(d.baseline, 1))]
        expected: list[tuple[str, float]] = []
        for run in d.line.runs:
            x = d.left + run.x
            for i, ch in enumerate(run.text):
                if run.hscale == 100.0:
                    if ch.strip():
                        expected.append((plain_text(ch, run.font), x))  # a ligature: its letters
                    x += pdfmetrics.stringWidth(ch, run.font, run.size) + (run.kerns[i] if run.kerns else 0.0)
                else:
                    expected.append((ch, x))  # one stretched glyph per run
        assert [c["text"] for c in chars] == [ch for ch, _ in expected]
        for char, (_, x) in zip(chars, expected, strict=False):
            assert char["x0"] == pytest.approx(x, abs=0.01), (char["text"], d.line.text)
            checked += 1
    assert checked > 900
    with pdfplumber.open(path) as pdf:
        names = {c["fontname"] for page in pdf.pages for c in page.chars}
    cjk_face = pdfmetrics.getFont(zh.cjk_font).face.name
    cjk_face = cjk_face.decode() if isinstance(cjk_face, bytes) else cjk_face
    assert len({n for n in names if n.endswith(cjk_face)}) >= 3  # several subsets of the CJK face
