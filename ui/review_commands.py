"""Undo commands of the import review desk, and of the import that keeps pages.

A review step changes one page: its corrections (a role, a split, a merge, a join, a separation,
reporters) or its provenance (paper, label, date). The page's articles are then rebuilt from its
text, its paper's profile and its corrections (digest.review), replace the old ones in the library
at the same place, and the issue's entries go on with the rebuilt articles (digest.review.carry_entries:
same content, else the article starting on the same line, else the one sharing most lines), so
the editor's headlines and summaries are kept. An entry whose article is gone (dropped, or merged
into an article that already has an entry) leaves the issue; undo brings it back. Each step is
written to the project database in one transaction.
"""

from __future__ import annotations

import copy
import sqlite3
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from digest import editorial, review
from digest.ingest.profile import Profile
from digest.model import Article, Correction, Entry, Page
from digest.store import Repository


def page_articles(doc, page_id: str) -> list[Article]:
    """The library's articles of a page (the library lives in the database)."""
    if doc.store is None:
        return []
    try:
        return doc.store.repo.articles_of_page(page_id)
    except sqlite3.Error:
        return []


def find_page(doc, page_id: str) -> Page | None:
    return doc.page(page_id)


def all_pages(doc) -> list[Page]:
    """Every page of the project with its corrections (no text): the database's, with the ones
    in memory on top (they are newer if a write failed)."""
    pages: dict[str, Page] = {}
    if doc.store is not None:
        try:
            pages = doc.store.repo.page_summaries()
        except sqlite3.Error:
            pages = {}
    pages.update({p.id: p for p in doc.project.pages})
    return list(pages.values())


def page_profile(doc, page: Page) -> Profile:
    """The profile a page is labelled with: what its paper's other pages taught."""
    return review.learn_profile(page.paper, all_pages(doc), exclude=page.id)


def known_profiles(doc) -> dict[str, Profile]:
    """Every paper's profile: those stored in the project, relearned from the pages in memory."""
    profiles: dict[str, Profile] = {}
    if doc.store is not None:
        try:
            for name, data in doc.store.repo.read_profiles().items():
                profiles[name] = Profile.from_dict(data)
        except (sqlite3.Error, ValueError, TypeError):
            pass  # a damaged stored profile: relearned below from the pages, or left out
    pages = all_pages(doc)
    for paper in {p.paper for p in pages if p.paper}:
        learned = review.learn_profile(paper, pages)
        if learned.forms:
            profiles[paper] = learned
        else:
            profiles.pop(paper, None)
    return profiles


@dataclass
class PageState:
    corrections: list[Correction]
    paper: str
    page_label: str
    page_date: str
    profile: str
    articles: list[Article]


def _state(page: Page, articles: list[Article]) -> PageState:
    return PageState(
        list(page.corrections), page.paper, page.page_label, page.page_date, page.profile, list(articles)
    )


class ReviewCommand(QUndoCommand):
    """One review step on a page: corrections added, and/or its paper, label or date changed."""

    def __init__(
        self,
        doc,
        page: Page,
        text: str,
        corrections: list[Correction] = (),  # type: ignore[assignment]
        provenance: tuple[str, str, str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(text, parent)
        self.doc, self.page = doc, page
        self.before = _state(page, page_articles(doc, page.id))
        after_page = replace(page, corrections=[*page.corrections, *corrections])
        if provenance is not None:
            after_page.paper, after_page.page_label, after_page.page_date = provenance
        pages = all_pages(doc)
        profile = review.learn_profile(after_page.paper, pages, exclude=page.id)
        after_page.profile = profile.name if profile.forms else ""
        rebuilt = review.rebuild(after_page, profile, set())
        # An id another page's article has already (the same content there): lengthen ours.
        mine = {a.id for a in self.before.articles}
        taken = self._ids_in_library({a.id for a in rebuilt.articles}) - mine
        if taken:
            rebuilt = review.rebuild(after_page, profile, taken)
        self.labelled = rebuilt.labelled
        self.after = _state(after_page, rebuilt.articles)
        self.papers = {page.paper, after_page.paper} - {""}
        self.pages = pages
        self.moves: dict[str, str] = {}
        self.lost: list[str] = []
        self.removed: list[tuple[tuple[int, int], Entry]] = []
        self._first = True

    def _ids_in_library(self, ids: set[str]) -> set[str]:
        try:
            return self.doc.store.repo.existing_ids(ids) if self.doc.store is not None else set()
        except sqlite3.Error:
            return set()

    # -- the two directions ---------------------------------------------------------------
    def redo(self) -> None:
        if self._first:
            ids = [e.article_id for e in self.doc.issue.entries()]
            self.moves, lost = review.carry_entries(ids, self.before.articles, self.after.articles)
            self.lost = lost
            self._first = False
        self.removed = []
        for article_id in self.lost:
            position = editorial.position_of(self.doc.issue, article_id)
            if position is not None:
                self.removed.append((position, self.doc.lineup.remove_entry(position)))
        self._move_entries(self.moves)
        self._apply(self.after, self.before.articles, self.moves)

    def undo(self) -> None:
        back = {new: old for old, new in self.moves.items()}
        self._move_entries(back)
        for position, entry in reversed(self.removed):
            self.doc.lineup.insert_entry(entry, position)
        self._apply(self.before, self.after.articles, back)

    def _move_entries(self, moves: dict[str, str]) -> None:
        for entry in self.doc.issue.entries():
            if entry.article_id in moves:
                entry.article_id = moves[entry.article_id]
                self.doc.lineup.entry_changed(entry.article_id)
        self.doc.library.refresh_checks()

    def _apply(self, state: PageState, current: list[Article], moves: dict[str, str]) -> None:
        page = self.page
        page.corrections = list(state.corrections)
        page.paper, page.page_label, page.page_date, page.profile = (
            state.paper,
            state.page_label,
            state.page_date,
            state.profile,
        )
        articles = [copy.copy(a) for a in state.articles]  # the library's copies; the states stay as made
        for article in articles:
            article.paper, article.page_label, article.page_date = page.paper, page.page_label, page.page_date
        # Only the articles that changed are written (the full-text index makes each costly).
        before = {a.id: a for a in current}
        changed = [a for a in articles if before.get(a.id) != a]
        stay = {a.id for a in articles} - {a.id for a in changed}
        old_ids = [a.id for a in current if a.id not in stay]
        pages = {p.id: p for p in self.pages}
        pages[page.id] = page
        profiles = {paper: review.learn_profile(paper, pages.values()) for paper in self.papers}
        saved_page = copy.copy(page)

        def write(repo: Repository) -> None:
            with repo.transaction():
                repo.save_pages([saved_page])  # its corrections as they now stand
                repo.replace_articles(old_ids, changed)
                repo.write_issues(self.doc.project.issues)
                for paper, profile in profiles.items():
                    repo.write_profile(paper, profile.to_dict() if profile.forms else None)

        self.doc.write(write)
        # The working set (the articles the issue's entries use) follows the entries.
        used = {e.article_id for e in self.doc.issue.entries()}
        gone = {a.id for a in current}
        working = self.doc.project.articles
        working[:] = [a for a in working if a.id not in gone] + [a for a in articles if a.id in used]
        self.doc.library.articles_replaced(set(old_ids))
        self.doc.articlesReplaced.emit(moves)
        self.doc.pageChanged.emit(page.id)
        self.doc.changed.emit()


class ImportPagesCommand(QUndoCommand):
    """An import: the new pages kept in the project (for the review desk) and their articles."""

    def __init__(self, doc, pages: list[Page], articles: list[Article], parent=None) -> None:
        super().__init__(QCoreApplication.translate("ReviewCommands", "Import Pages"), parent)
        self.doc, self.pages, self.articles = doc, pages, articles

    def redo(self) -> None:
        pages = list(self.pages)
        self.doc.project.pages.extend(pages)
        self.doc.write(lambda repo: repo.add_pages(pages))
        self.articles = self.doc.import_articles(self.articles)
        if not self.articles and not self.pages:
            self.setObsolete(True)  # nothing new: no undo step

    def undo(self) -> None:
        self.doc.unimport_articles({a.id for a in self.articles})
        ids = {p.id for p in self.pages}
        self.doc.project.pages[:] = [p for p in self.doc.project.pages if p.id not in ids]
        self.doc.write(lambda repo: repo.remove_pages(ids))
