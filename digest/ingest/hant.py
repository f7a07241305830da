"""Traditional forms of the fixed words the importer looks for (bylines, labels), for Big5 pages."""

from __future__ import annotations

from collections.abc import Iterable

# Only the characters of our own keyword lists; not a general converter.
_TO_TRADITIONAL = str.maketrans(
    {
        "报": "報",
        "记": "記",
        "讯": "訊",
        "员": "員",
        "实": "實",
        "习": "習",
        "见": "見",
        "约": "約",
        "华": "華",
        "摄": "攝",
        "编": "編",
        "辑": "輯",
        "图": "圖",
        "网": "網",
        "电": "電",
        "据": "據",
        "闻": "聞",
        "译": "譯",
        "综": "綜",
        "发": "發",
        "责": "責",
        "术": "術",
        "设": "設",
        "计": "計",
        "对": "對",
        "链": "鏈",
        "读": "讀",
        "简": "簡",
        "递": "遞",
        "评": "評",
        "论": "論",
        "视": "視",
        "体": "體",
        "关": "關",
        "页": "頁",
        "强": "強",
        "调": "調",
        "说": "說",
        "称": "稱",
        "辞": "辭",
        "语": "語",
        "导": "導",
    }
)


def traditional(word: str) -> str:
    """The traditional form of one of our keywords.

    >>> traditional("本报记者")
    '本報記者'
    """
    return word.translate(_TO_TRADITIONAL)


def both_scripts(words: Iterable[str]) -> list[str]:
    """The words with their traditional forms added (no duplicates, order kept)."""
    out: dict[str, None] = {}
    for word in words:
        out[word] = None
        out[traditional(word)] = None
    return list(out)
