"""The review desk's logic, Qt-free: relabel a page from its corrections, rebuild its articles,
carry the issue's entries over to the rebuilt articles, and learn and choose per-paper profiles.

A page is always labelled as: the rules, then the profile its paper's *other* pages taught, then
its own corrections. So the desk, a re-import of the same page and a reopened project all give
the same articles, and a page's own corrections never feed back into it through its profile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from digest.ingest.corrections import apply_corrections
from digest.ingest.lines import LabelledLine
from digest.ingest.pipeline import ImportResult, build_articles, import_file, import_text, label_page
from digest.ingest.profile import Profile, line_form
from digest.model import Article, Page

# A form made only of length classes and spaces ("H5-8") says nothing about which paper a page
# is from; a form with a kept word or punctuation ("H4:H5-8 H1AaH19…") does.
_BARE_FORM_CHARS = set("H0123456789-+ ")


def learn_profile(paper: str, pages: Iterable[Page], exclude: str = "") -> Profile:
    """The profile that the corrections on `paper`'s pages teach (page `exclude` left out)."""
    profile = Profile(name=paper)
    if not paper:
        return profile
    for page in pages:
        if page.paper == paper and page.id != exclude and page.corrections:
            profile.learn([], page.corrections)
    return profile


def telling_form(form: str) -> bool:
    return not set(form) <= _BARE_FORM_CHARS


def choose_profile(profiles: dict[str, Profile], paper: str, text: str) -> tuple[Profile | None, int]:
    """The profile for a page: its paper's when the page names one, else the profile whose telling
    forms match most of the page's lines (at least one). Returns (profile, matched lines)."""
    if paper:
        found = profiles.get(paper)
        return (found, 0) if found is not None and found.forms else (None, 0)
    forms = [line_form(line) for line in text.split("\n") if line.strip() and len(line.strip()) <= 40]
    best: tuple[Profile | None, int] = (None, 0)
    for profile in profiles.values():
        telling = {f for f in profile.forms if telling_form(f)}
        matched = sum(1 for form in forms if form in telling)
        if matched > best[1]:
            best = (profile, matched)
    return best


_LABELS: dict[tuple[object, ...], list[LabelledLine]] = {}
_LABELS_KEPT = 8  # a few pages' states: a desk step, its undo and the desk's refresh share them


def labelled_lines(page: Page, profile: Profile | None) -> list[LabelledLine]:
    """`label_page` for a page in its current state (text, profile, corrections), remembered for
    the last few states so a desk step, its undo and the desk's refresh label a page once."""
    forms = tuple(sorted(profile.forms.items())) if profile is not None else ()
    corrections = tuple((c.kind, c.line, c.value, c.text) for c in page.corrections)
    key = (page.id, page.text, forms, corrections)
    found = _LABELS.get(key)
    if found is None:
        # A state that is a remembered one plus a few corrections: replay those on it (the same
        # labels as replaying all of them, checked in tests/core/test_review.py) instead of
        # labelling the page again, which takes most of a desk step on a long page.
        for cut in range(len(corrections) - 1, -1, -1):
            earlier = _LABELS.get((page.id, page.text, forms, corrections[:cut]))
            if earlier is not None:
                found = apply_corrections(earlier, page.corrections[cut:])[0]
                break
    if found is None:
        found = label_page(page.text, profile if forms else None, page.corrections)
        if len(_LABELS) >= _LABELS_KEPT:
            _LABELS.pop(next(iter(_LABELS)))
        _LABELS[key] = found
    return [line.copy() for line in found]


@dataclass
class Rebuilt:
    labelled: list[LabelledLine]
    articles: list[Article]


def rebuild(page: Page, profile: Profile | None, taken_ids: set[str]) -> Rebuilt:
    """The page's labelled lines and articles from its text, the profile and its corrections.

    Article ids are the content's (as at import), lengthened when another article not of this
    page already has the id (`taken_ids`)."""
    labelled = labelled_lines(page, profile)
    articles = build_articles(page, labelled)
    for article in articles:
        article.imported = page.imported
        article.ensure_id()
        key = article.content_key()
        while article.id in taken_ids:
            article.id = key[: len(article.id) + 1]
        taken_ids = taken_ids | {article.id}
    return Rebuilt(labelled, articles)


def successor(old: Article, new: Sequence[Article], claimed: set[str]) -> Article | None:
    """The rebuilt article an entry about `old` goes on with: the same article (same content);
    else the one that starts on the same line; else the one sharing most lines. None when no
    unclaimed article shares a line (the item was dropped, or merged into a claimed one)."""
    free = [a for a in new if a.id not in claimed]
    for article in free:
        if article.id == old.id:
            return article
    for article in free:
        if article.line_start == old.line_start:
            return article
    best, best_overlap = None, 0
    for article in free:
        overlap = min(old.line_end, article.line_end) - max(old.line_start, article.line_start)
        if overlap > best_overlap:
            best, best_overlap = article, overlap
    return best


def carry_entries(
    entry_ids: Sequence[str], old: Sequence[Article], new: Sequence[Article]
) -> tuple[dict[str, str], list[str]]:
    """Where the issue's entries about the page's old articles go: ({old id: new id}, ids whose
    entry has no article left). `entry_ids`: the issue's article ids in issue order."""
    by_id = {a.id: a for a in old}
    new_ids = {a.id for a in new}
    # An entry whose article is unchanged keeps it first, so a changed neighbour cannot take it.
    claimed = {i for i in entry_ids if i in by_id and i in new_ids}
    moves: dict[str, str] = {}
    lost: list[str] = []
    for article_id in entry_ids:
        if article_id not in by_id or article_id in new_ids:
            continue
        found = successor(by_id[article_id], new, claimed)
        if found is None:
            lost.append(article_id)
        else:
            claimed.add(found.id)
            moves[article_id] = found.id
    return moves, lost


@dataclass
class PageImport:
    """One page read by the editor's import: the page (the stored one when it was imported before,
    with its corrections), its articles, and what the import says about it."""

    page: Page
    articles: list[Article]
    known: bool  # the project had this page already
    profile_lines: int  # lines that matched the profile's forms (0: chosen by the paper's name)
    warnings: list[str]


def import_page_file(path: str, pages: dict[str, Page], profiles: dict[str, Profile]) -> PageImport:
    """Import one page file as the editor does: a page the project has already keeps its paper,
    label, date and corrections; any page gets its paper's profile (learned from the paper's
    other pages, for a known page)."""

    def run(paper: str = "", profile: Profile | None = None) -> ImportResult:
        return import_file(path, paper=paper, profile=profile)

    return _with_context(run(), pages, profiles, run)


def import_page_text(
    text: str, label: str, pages: dict[str, Page], profiles: dict[str, Profile]
) -> PageImport:
    """As `import_page_file`, for text pasted from the clipboard (`label` names it)."""

    def run(paper: str = "", profile: Profile | None = None) -> ImportResult:
        page, articles = import_text(text, source=label, paper=paper, profile=profile)
        return ImportResult(page=page, labelled=[], articles=articles)

    return _with_context(run(), pages, profiles, run)


def _with_context(
    first: ImportResult,
    pages: dict[str, Page],
    profiles: dict[str, Profile],
    again: Callable[[str, Profile | None], ImportResult],
) -> PageImport:
    """`first` read with no context; `again(paper, profile)` reads the page with its paper's profile."""
    stored = pages.get(first.page.id)
    if stored is not None:
        stored = replace(stored, text=first.page.text)  # the same id: the same text
        learned = learn_profile(stored.paper, pages.values(), exclude=stored.id)
        rebuilt = rebuild(stored, learned, set())
        return PageImport(stored, rebuilt.articles, True, 0, list(first.warnings))
    profile, matched = choose_profile(profiles, first.page.paper, first.page.text)
    if profile is None:
        return PageImport(first.page, first.articles, False, 0, list(first.warnings))
    result = again(first.page.paper or profile.name, profile)
    return PageImport(result.page, result.articles, False, matched, list(first.warnings))
