"""normalise_punctuation: half-width marks inside Chinese become full-width; numbers, Latin, URLs keep theirs."""

from __future__ import annotations

import pytest

from digest.ingest import normalise_punctuation, parse_page
from tests.ingest.ingest_helpers import PAGES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("让大家更有信心、有干劲!”前不久,一场", "让大家更有信心、有干劲！”前不久，一场"),
        ("意见建议;区委组织部(人才办)、区科技局", "意见建议；区委组织部（人才办）、区科技局"),
        ("时间:下午3:00,地点:会议室", "时间：下午3:00，地点：会议室"),
        ("总额1,481.3亿元,增长16.9%", "总额1,481.3亿元，增长16.9%"),
        ("你去吗?去!", "你去吗？去！"),
        ("详见https://news.example.cn/a?b=1,c:2", "详见https://news.example.cn/a?b=1,c:2"),
        ("Apple, Inc. (AAPL): up 3%; ok?", "Apple, Inc. (AAPL): up 3%; ok?"),
        ("SUV,帮忙运送", "SUV，帮忙运送"),
        ("(近)零碳", "（近）零碳"),
        ("(2024)年报", "（2024）年报"),
        ("f(x) = (a + b)", "f(x) = (a + b)"),
        ("外(内(中)外)", "外（内（中）外）"),
        ("未闭合(括号", "未闭合(括号"),
        ("", ""),
    ],
)
def test_normalise_punctuation(text: str, expected: str) -> None:
    assert normalise_punctuation(text) == expected


def test_length_and_other_characters_are_kept() -> None:
    text = (PAGES / "wujin-page.txt").read_text("utf-8")
    out = normalise_punctuation(text)
    assert len(out) == len(text)
    changed = {(a, b) for a, b in zip(text, out, strict=True) if a != b}
    assert changed <= {
        (",", "，"),
        (":", "："),
        (";", "；"),
        ("!", "！"),
        ("?", "？"),
        ("(", "（"),
        (")", "）"),
    }
    assert ("(", "（") in changed and (",", "，") in changed
    assert "1+3+N" in out and "29.44千米" in out


def test_paragraphs_keep_the_source_characters() -> None:
    [article] = parse_page("标题\n\n今年以来,我区共对5条路段进行提升;效果明显!\n")
    assert article.paragraphs == ["今年以来,我区共对5条路段进行提升;效果明显!"]
    assert normalise_punctuation(article.paragraphs[0]) == "今年以来，我区共对5条路段进行提升；效果明显！"
