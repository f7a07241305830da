"""Huge single lines and pages without newlines are split without hanging (behaviour, not timing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import import_page, normalise_punctuation, parse_page

SENTENCE = "今年以来,我区共对武进大道、雪马线等5条挂牌路段进行安全提升,增设警示桩450个。"


def test_100k_character_single_line() -> None:
    line = ("区政协“问诊”营商环境 助企服务体系再提升" * 5000)[:100_000]
    [item] = parse_page(line)
    assert "".join(item.paragraphs) == line
    assert item.kind == "brief"


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE * 25_000,  # about 1 MB of sentences, no newline
        "区" * 350_000,  # no punctuation at all
        "多平台呈现,多部门联动," * 30_000,  # never ends a sentence
        "(" * 100_000 + "记者 " * 50_000,  # unbalanced brackets, credit-like words
        "张 " * 100_000 + "摄",  # a photo credit with a huge name list
        "本报讯（" + "记者 张三 " * 60_000,  # a dateline whose bracket never closes
    ],
    ids=["sentences", "han-only", "commas", "brackets", "photo-names", "open-dateline"],
)
def test_megabyte_without_newlines(text: str) -> None:
    items = parse_page(text)
    visible = "".join(text.split())
    parts = [part for a in items for part in (a.headline or "", a.byline or "", *a.paragraphs, *a.credits)]
    got = "".join("".join(part.split()) for part in parts)
    assert sorted(got) == sorted(visible)


def test_many_tiny_lines_and_blank_lines() -> None:
    lines = "\n".join(["标题"] * 20_000 + [SENTENCE] * 20_000)
    items = parse_page(lines)
    assert sum(len(a.paragraphs) for a in items) >= 1
    blank = "\n\n\n".join(["重点项目\n进行时", "全区挂牌督办点段通过验收", SENTENCE] * 10_000)
    items = parse_page(blank)
    assert [a.kind for a in items[:2]] == ["section", "brief"]
    assert len(items) == 20_000


def test_big_page_file_imports(tmp_path: Path, pages_dir: Path) -> None:
    page = (pages_dir / "wujin-page.txt").read_text("utf-8")
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([page] * 60), "utf-8")
    articles = import_page(big)
    assert len(articles) == 6 * 60
    assert [a.page_order for a in articles] == list(range(len(articles)))


def test_normalise_punctuation_on_a_megabyte() -> None:
    text = SENTENCE * 25_000 + "(" * 10_000
    out = normalise_punctuation(text)
    assert len(out) == len(text)
    assert "，" in out and "," not in out.replace("1,0", "")
