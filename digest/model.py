"""The data model: plain dataclasses, no Qt, no I/O.

An Article is what the importer makes of one item on a page; an Entry is the
editor's bilingual text about one article inside an Issue. Projects hold the
article library and the issues that draw on it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field

ARTICLE_KINDS: tuple[str, ...] = ("article", "brief", "caption", "section")

LAYOUTS: tuple[str, ...] = ("side-by-side", "stacked", "zh", "en")
PAPERS: tuple[str, ...] = ("A4", "A5", "Letter")
# The locales an edition can be formatted in (dates, numbers, labels): the one list, checked by
# edition_locale() for the CLI, the export and the formatters alike.
EDITION_LOCALES: tuple[str, ...] = ("zh_CN", "en_GB", "en_US", "zh_Hant_TW", "zh_Hant_HK")
# What an issue is formatted in when nobody chose: its Chinese locale, then its English one.
DEFAULT_LOCALES: tuple[str, str] = ("zh_CN", "en_GB")


def edition_locale(locale: str) -> str:
    """`locale` as one of EDITION_LOCALES (``zh-CN`` is accepted as ``zh_CN``); ValueError otherwise.

    >>> edition_locale("zh-CN")
    'zh_CN'
    """
    code = str(locale).strip().replace("-", "_")
    if code not in EDITION_LOCALES:
        raise ValueError(f"unsupported edition locale {locale!r} (choose from {', '.join(EDITION_LOCALES)})")
    return code


@dataclass
class Subheading:
    """A sub-head inside an article, standing before paragraph `before_paragraph`."""

    text: str
    before_paragraph: int


@dataclass(slots=True)
class Article:
    """One imported item of a newspaper page."""

    id: str = ""
    source: str = ""  # file name (or label) of the page it came from
    page_order: int = 0  # position of the item on its page, from 0
    kind: str = "article"  # one of ARTICLE_KINDS
    headline: str | None = None
    kicker: str | None = None  # 引题, the line above the headline
    subtitle: str | None = None  # 副题, the line below it
    byline: str | None = None  # as printed: "本报讯 (记者 吴梦婷)", "徐晶玮 摄"
    reporters: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    subheadings: list[Subheading] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # credit text not in the byline
    original: str = ""  # the item's source text, untouched
    imported: str = ""  # ISO timestamp of the import
    # Provenance for the print source line; "" when the page does not say (the editor may set them).
    paper: str = ""  # the newspaper's name: "武进日报"
    page_label: str = ""  # the page as printed: "第02版：要闻", "A2"
    page_date: str = ""  # ISO date of the page: "2026-11-28"
    # Where the item stands in its Page (see Page): the review desk and re-import work from these.
    page_id: str = ""
    line_start: int = 0  # first line of the item in Page.lines()
    line_end: int = 0  # one past its last line

    def content_key(self) -> str:
        """What makes two articles the same: kind, headline and body, whitespace ignored."""
        parts = [self.kind, self.kicker or "", self.headline or "", self.subtitle or ""]
        parts.extend(self.paragraphs)
        joined = "\u241e".join("".join(p.split()) for p in parts)
        return hashlib.sha1(joined.encode("utf-8")).hexdigest()

    def ensure_id(self) -> str:
        if not self.id:
            self.id = self.content_key()[:12]
        return self.id

    @property
    def title(self) -> str:
        """A one-line label for lists: the headline, else the start of the body."""
        if self.headline:
            return self.headline
        if self.paragraphs:
            return self.paragraphs[0][:24]
        return self.byline or ""


@dataclass
class Correction:
    """One review-desk action on a page, replayed when the page is imported again.

    `kind` is one of CORRECTION_KINDS; `line` indexes Page.lines(); `value` is the new role for
    "role" (one of LINE_ROLES), the reporters joined by "、" for "reporters", and "" otherwise.
    `text` is the line's text when the correction was made, so a replay can find the line again
    when the page changed.
    """

    kind: str
    line: int
    value: str = ""
    text: str = ""


LINE_ROLES: tuple[str, ...] = (
    "section",
    "kicker",
    "headline",
    "subtitle",
    "byline",
    "dateline",
    "subheading",
    "paragraph",
    "caption",
    "caption_credit",
    "closing_credit",
    "jump",
    "furniture",
)
CORRECTION_KINDS: tuple[str, ...] = ("role", "split", "merge", "join", "separate", "reporters")


@dataclass
class Page:
    """A page as imported: its decoded text (kept once), provenance, and the editor's corrections."""

    id: str = ""
    source: str = ""  # file name (or label) it was imported from
    text: str = ""  # decoded text, newlines normalised; Article.line_start/end index its lines
    paper: str = ""
    page_label: str = ""
    page_date: str = ""
    profile: str = ""  # the per-paper profile the import used ("" = none)
    imported: str = ""  # ISO timestamp
    corrections: list[Correction] = field(default_factory=list)

    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass
class Entry:
    """The editor's bilingual text about one article in an issue."""

    article_id: str
    headline_zh: str = ""
    headline_en: str = ""
    summary_zh: str = ""
    summary_en: str = ""
    note: str = ""


@dataclass
class Section:
    title_zh: str = ""
    title_en: str = ""
    entries: list[Entry] = field(default_factory=list)


@dataclass
class LengthTargets:
    """Summary length targets; DESIGN: 100–200 Chinese characters, 60–120 English words."""

    zh_min: int = 100
    zh_max: int = 200
    en_min: int = 60
    en_max: int = 120


@dataclass
class LayoutOptions:
    layout: str = "side-by-side"  # one of LAYOUTS
    paper: str = "A4"  # one of PAPERS
    bleed_mm: float = 0.0
    marks: bool = False


@dataclass
class PrintJob:
    """The print shop's job sheet fields (plain values; the export adds page count, trim, bleed)."""

    copies: int = 0  # 0 = not said
    paper: str = ""  # stock, e.g. "115 g/m² gloss coated"
    colours: str = ""  # e.g. "4/4 CMYK"
    finishing: str = ""  # e.g. "fold, 2 staples"; empty: derived from the imposition
    contact: str = ""  # name, phone, e-mail
    notes: str = ""


@dataclass
class Issue:
    title_zh: str = "简报"
    title_en: str = "Digest"
    number: int = 1
    date: _dt.date = field(default_factory=_dt.date.today)
    locales: list[str] = field(default_factory=lambda: list(DEFAULT_LOCALES))
    sections: list[Section] = field(default_factory=list)
    layout: LayoutOptions = field(default_factory=LayoutOptions)
    targets: LengthTargets = field(default_factory=LengthTargets)
    publisher: str = ""  # who publishes the digest (PDF author)
    print_job: PrintJob = field(default_factory=PrintJob)

    def entries(self) -> list[Entry]:
        return [entry for section in self.sections for entry in section.entries]

    def find_entry(self, article_id: str) -> tuple[Section, Entry] | None:
        for section in self.sections:
            for entry in section.entries:
                if entry.article_id == article_id:
                    return section, entry
        return None


@dataclass
class GlossaryTerm:
    """A pair of the project's terminology memory: a Chinese term and its house English.

    `en` may list accepted alternatives after the house rendering, separated by "|"
    (``the district CPPCC committee|the district CPPCC``); digest.glossary reads them.
    """

    zh: str
    en: str
    note: str = ""


def _seed_glossary() -> list[GlossaryTerm]:
    from digest.glossary import seed_terms  # the language desk's vocabulary, read on first use

    return seed_terms()


@dataclass
class Project:
    articles: list[Article] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    # A new project starts with the language desk's vocabulary (digest.glossary.seed_terms).
    glossary: list[GlossaryTerm] = field(default_factory=_seed_glossary)

    def article(self, article_id: str) -> Article | None:
        for article in self.articles:
            if article.id == article_id:
                return article
        return None

    def add_articles(self, articles: list[Article]) -> tuple[list[Article], list[Article]]:
        """Add articles not already in the library; return (added, duplicates)."""
        known = {a.content_key() for a in self.articles}
        ids = {a.id for a in self.articles}
        added: list[Article] = []
        duplicates: list[Article] = []
        for article in articles:
            key = article.content_key()
            if key in known:
                duplicates.append(article)
                continue
            article.ensure_id()
            while article.id in ids:  # same 12-digit prefix, different content
                article.id = key[: len(article.id) + 1]
            known.add(key)
            ids.add(article.id)
            self.articles.append(article)
            added.append(article)
        return added, duplicates

    @property
    def issue(self) -> Issue:
        """The issue being edited (the first); created on demand."""
        if not self.issues:
            self.issues.append(Issue())
        return self.issues[0]
