"""The review desk's core: labelled lines, corrections replayed on re-import, per-paper profiles."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from digest.errors import PageImportError
from digest.ingest import decode_bytes, import_file, import_text, label_page
from digest.ingest.assemble import build_articles
from digest.ingest.decode import decode_page
from digest.ingest.profile import Profile
from digest.model import LINE_ROLES, Correction, Page
from tests.ingest.ingest_helpers import PAGES, SAMPLE_PAGES

BODY = "今年以来，全县新建高标准农田三万亩，粮食产量稳中有升，农民收入持续增长。"
OTHER = "近日，市图书馆推出夜间开放服务，每晚开放至九点，吸引了大批市民前来阅读。"
THIRD = "据了解，下一步全县将继续加大投入，力争明年再建两万亩高标准农田。"


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n")) if line.strip() == needle)


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_every_line_has_a_role_a_confidence_and_an_item(name: str) -> None:
    text = (PAGES / f"{name}.txt").read_text("utf-8")
    labelled = label_page(text)
    lines = text.split("\n")
    assert [line.index for line in labelled] == [i for i, line in enumerate(lines) if line.strip()]
    for line in labelled:
        assert line.role in LINE_ROLES
        assert 0.0 <= line.confidence <= 1.0
        assert lines[line.index].strip() == line.text
    items = [line.item for line in labelled]
    assert items == sorted(items)  # items follow the page order


def test_articles_carry_their_line_span_and_page() -> None:
    text = (PAGES / "wujin-page.txt").read_text("utf-8")
    page, articles = import_text(text, source="wujin-page.txt", paper="武进日报")
    lines = page.lines()
    for article in articles:
        assert article.page_id == page.id and article.paper == "武进日报"
        assert 0 <= article.line_start < article.line_end <= len(lines)
        span = "".join("".join(lines[article.line_start : article.line_end]).split())
        for paragraph in article.paragraphs:
            assert "".join(paragraph.split()) in span
    assert import_text(text)[0].id == page.id  # same text, same page id


PAGE = f"农田建设提速\n\n本报讯（记者 王芳）{BODY}\n\n图书馆夜间开放\n\n{OTHER}\n\n{THIRD}\n"


def test_role_correction_turns_a_headline_into_a_paragraph_of_its_item() -> None:
    _, before = import_text(PAGE)
    assert [a.headline for a in before] == ["农田建设提速", "图书馆夜间开放"]
    fix = Correction("role", _line(PAGE, "图书馆夜间开放"), "subheading", "图书馆夜间开放")
    fix_merge = Correction("merge", _line(PAGE, "图书馆夜间开放"), "", "图书馆夜间开放")
    _, after = import_text(PAGE, corrections=[fix, fix_merge])
    [item] = after
    assert item.subheadings[0].text == "图书馆夜间开放" and item.subheadings[0].before_paragraph == 1
    assert item.paragraphs == [BODY, OTHER, THIRD]


def test_split_join_separate_and_reporters() -> None:
    split = Correction("split", _line(PAGE, THIRD), "", THIRD)
    _, items = import_text(PAGE, corrections=[split])
    assert [a.paragraphs for a in items] == [[BODY], [OTHER], [THIRD]]
    join = Correction("join", _line(PAGE, THIRD), "", THIRD)
    _, items = import_text(PAGE, corrections=[join])
    assert items[1].paragraphs == [OTHER + THIRD]
    separate = Correction("separate", _line(PAGE, THIRD), "", THIRD)
    _, items = import_text(PAGE, corrections=[join, separate])
    assert items[1].paragraphs == [OTHER, THIRD]
    names = Correction("reporters", _line(PAGE, OTHER), "李明、赵强", OTHER)
    _, items = import_text(PAGE, corrections=[names])
    assert items[1].reporters == ["李明", "赵强"] and items[0].reporters == ["王芳"]


def test_a_section_role_stands_alone_and_drop_removes_a_line() -> None:
    text = f"要闻\n农田建设提速\n\n{BODY}\n"
    section = Correction("role", 0, "section", "要闻")
    _, items = import_text(text, corrections=[section])
    assert items[0].kind == "section" and items[0].headline == "要闻"
    assert items[1].headline == "农田建设提速"
    drop = Correction("role", 0, "furniture", "要闻")
    _, items = import_text(text, corrections=[drop])
    assert [a.headline for a in items] == ["农田建设提速"]


def test_reimport_with_the_same_corrections_gives_the_corrected_articles_even_when_lines_moved() -> None:
    fix = Correction("role", _line(PAGE, "图书馆夜间开放"), "subheading", "图书馆夜间开放")
    merge = Correction("merge", _line(PAGE, "图书馆夜间开放"), "", "图书馆夜间开放")
    page, first = import_text(PAGE, corrections=[fix, merge])
    assert page.corrections == [fix, merge]
    _, again = import_text(page.text, corrections=page.corrections)
    assert [a.content_key() for a in again] == [a.content_key() for a in first]
    moved = "\n\n" + PAGE  # two lines more at the top: found again by their text
    _, shifted = import_text(moved, corrections=[fix, merge])
    assert [a.content_key() for a in shifted] == [a.content_key() for a in first]


def test_build_articles_reads_only_the_labels() -> None:
    labelled = label_page(PAGE)
    page = Page(id="p1", text=PAGE)
    for line in labelled:
        if line.text == "农田建设提速":
            line.role = "kicker"
        if line.text == OTHER:
            line.role = "subheading"
    articles = build_articles(page, labelled)
    assert articles[0].kicker is None and articles[0].headline == "农田建设提速"  # a stack keeps a headline
    assert articles[1].subheadings[0].text == OTHER and articles[1].paragraphs == [THIRD]


def test_a_correction_on_one_page_changes_the_import_of_the_next_page_of_that_paper() -> None:
    page_one = f"农田建设提速\n\n{BODY}\n\n〔县委宣传部〕\n"
    page_two = f"图书馆夜间开放\n\n{OTHER}\n\n〔市文化旅游局〕\n\n古城文旅迎来新气象\n\n{THIRD}\n"
    _, plain = import_text(page_two)
    assert not any("〔市文化旅游局〕" in [a.byline, *a.credits] for a in plain)  # the rules miss it
    profile = Profile("某某日报")
    correction = Correction("role", _line(page_one, "〔县委宣传部〕"), "closing_credit", "〔县委宣传部〕")
    profile.learn(label_page(page_one), [correction])
    restored = Profile.from_dict(profile.to_dict())
    assert restored == profile and restored.pages == 1
    taught_page, taught = import_text(page_two, profile=restored)
    assert taught_page.profile == "某某日报"
    assert taught[0].paragraphs == [OTHER]
    assert "〔市文化旅游局〕" in [taught[0].byline, *taught[0].credits]
    assert [a.headline for a in taught] == ["图书馆夜间开放", "古城文旅迎来新气象"]
    labelled = label_page(page_two, profile=restored)
    credit = next(line for line in labelled if line.text == "〔市文化旅游局〕")
    assert credit.role == "closing_credit" and credit.corrected


def test_provenance_from_the_page_head() -> None:
    page, articles = import_text(f"南方日报  2026年11月27日  A05  广东新闻\n\n农田建设提速\n\n{BODY}\n")
    assert (page.paper, page.page_label, page.page_date) == ("南方日报", "A05", "2026-11-27")
    assert all((a.paper, a.page_label, a.page_date) == ("南方日报", "A05", "2026-11-27") for a in articles)
    page, _ = import_text(f"第05版：综合新闻\n\n农田建设提速\n\n{BODY}\n", paper="滁州日报")
    assert (page.paper, page.page_label) == ("滁州日报", "第05版：综合新闻")


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_one_corrupted_byte_does_not_refuse_the_page(codec: str) -> None:
    """Every sample page with one random byte changed still imports (seeded, 60 trials)."""
    rng = random.Random(8)
    texts = [(PAGES / f"{name}.txt").read_text("utf-8") for name in SAMPLE_PAGES]
    for trial in range(60):
        data = bytearray(texts[trial % 3].encode(codec))
        position = rng.randrange(len(data))
        data[position] = rng.choice([b for b in range(0x80, 0x100) if b != data[position]])
        try:
            text, warnings = decode_page(bytes(data), "p.txt")
        except PageImportError as exc:  # only a change that makes a control byte may refuse
            pytest.fail(f"trial {trial}: refused: {exc}")
        assert abs(len(text) - len(texts[trial % 3])) <= 3  # the damage stays local
        if "\ufffd" in text:
            assert warnings and "line " in warnings[0]


def test_the_warning_reaches_the_api_and_the_cli(tmp_path: Path) -> None:
    data = bytearray((PAGES / "wujin-page.txt").read_bytes())
    data[200] = 0xFF
    page = tmp_path / "bad.txt"
    page.write_bytes(bytes(data))
    result = import_file(page)
    assert result.articles and result.warnings and "\ufffd" in result.page.text
    from tests.ingest.test_cli_import import _run

    done = _run(str(page))
    assert done.returncode == 0 and "warning" in done.stderr and "line " in done.stderr


def test_clean_pages_decode_without_warnings() -> None:
    for name in SAMPLE_PAGES:
        data = (PAGES / f"{name}.txt").read_bytes()
        assert decode_page(data)[1] == []
        assert decode_bytes(data.decode("utf-8").encode("utf-16")) == data.decode("utf-8")
