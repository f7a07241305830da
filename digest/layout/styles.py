"""The digest's type scale (DESIGN "Page design"), as TextStyles for each role."""

from __future__ import annotations

from dataclasses import dataclass, replace

from digest.layout.kit import Faces, TextStyle
from digest.layout.pages import ACCENT, BLACK, GREY70, PAPER_WHITE


@dataclass(frozen=True)
class Styles:
    zh_body: TextStyle
    en_body: TextStyle
    en_body_first: TextStyle  # no indent after a heading
    zh_head: TextStyle
    en_head: TextStyle
    zh_byline: TextStyle
    en_byline: TextStyle
    zh_source: TextStyle
    en_source: TextStyle
    zh_section: TextStyle
    en_section: TextStyle
    zh_toc: TextStyle
    en_toc: TextStyle
    toc_number: TextStyle
    zh_toc_title: TextStyle
    en_toc_title: TextStyle
    zh_small: TextStyle  # running head, folio, masthead info
    en_small: TextStyle
    mast_zh: TextStyle
    mast_en: TextStyle
    mast_info_zh: TextStyle
    mast_info_en: TextStyle
    mast_list: TextStyle
    mast_list_en: TextStyle  # the "In this issue" line of an English-only digest


def make_styles(f: Faces, desk_rules: bool = True) -> Styles:
    """The digest's styles; `desk_rules=False` sets English exactly as typed (no curly quotes…)."""
    styles = _make_styles(f)
    if desk_rules:
        return styles
    return Styles(**{k: replace(v, desk_rules=False) for k, v in vars(styles).items()})


def _make_styles(f: Faces) -> Styles:
    zh_body = TextStyle(
        size=10.5, leading=17, cjk_font=f.cjk_serif, latin_font=f.latin, first_indent=21, lang="zh"
    )
    en_body = TextStyle(
        size=10,
        leading=14,
        cjk_font=f.cjk_serif,
        latin_font=f.latin,
        first_indent=12,
        lang="en",
        hyphenate=True,
    )
    zh_head = TextStyle(
        size=15, leading=21, cjk_font=f.cjk_sans_bold, latin_font=f.latin_bold, align="left",
        lang="zh", space_after=3, keep_with_next=True, line_start_compress=True,
    )  # fmt: skip
    en_head = TextStyle(
        size=13, leading=16, cjk_font=f.cjk_sans_bold, latin_font=f.latin_bold, align="left",
        lang="en", hyphenate=False, space_after=3, keep_with_next=True,
    )  # fmt: skip
    zh_small = TextStyle(
        size=8, leading=11, cjk_font=f.cjk_serif, latin_font=f.latin, align="left", color=GREY70, lang="zh"
    )
    en_small = replace(zh_small, lang="en", hyphenate=False)
    zh_section = TextStyle(
        size=10.5, leading=14, cjk_font=f.cjk_sans_bold, latin_font=f.latin_bold, align="left",
        color=ACCENT, lang="zh", space_after=4, keep_with_next=True,
    )  # fmt: skip
    zh_toc = TextStyle(size=9, leading=13, cjk_font=f.cjk_serif, latin_font=f.latin, align="left", lang="zh")
    mast_zh = TextStyle(
        size=30, leading=34, cjk_font=f.cjk_sans_bold, latin_font=f.latin_bold, align="left",
        color=PAPER_WHITE, lang="zh",
    )  # fmt: skip
    mast_info_zh = TextStyle(
        size=9, leading=12, cjk_font=f.cjk_serif, latin_font=f.latin, align="left", color=BLACK, lang="zh"
    )
    return Styles(
        zh_body=zh_body,
        en_body=en_body,
        en_body_first=replace(en_body, first_indent=0),
        zh_head=zh_head,
        en_head=en_head,
        zh_byline=replace(zh_small, space_after=4),
        en_byline=replace(en_small, space_after=4),
        zh_source=replace(zh_small, space_before=4),
        en_source=replace(en_small, space_before=4),
        zh_section=zh_section,
        en_section=replace(zh_section, lang="en", size=10, cjk_font=f.cjk_sans_bold, latin_font=f.latin_bold),
        zh_toc=zh_toc,
        en_toc=replace(zh_toc, lang="en", hyphenate=False, size=8.5),
        toc_number=replace(zh_toc, lang="en", align="right", hyphenate=False),
        zh_toc_title=replace(zh_section, size=12, leading=16, space_after=6),
        en_toc_title=replace(zh_section, lang="en", size=11, leading=16, space_after=6),
        zh_small=zh_small,
        en_small=en_small,
        mast_zh=mast_zh,
        mast_en=replace(mast_zh, lang="en", size=24, leading=28, align="right", hyphenate=False),
        mast_info_zh=mast_info_zh,
        mast_info_en=replace(mast_info_zh, lang="en", hyphenate=False),
        mast_list=replace(mast_info_zh, size=8.5, align="left"),
        mast_list_en=replace(mast_info_zh, lang="en", hyphenate=False, size=8.5, align="left"),
    )
