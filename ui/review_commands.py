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
from digest.model import Article, Correction, Entry, Page
from digest.store import Repository


def page_articles(doc, page_id: str) -> list[Article]:
    return [a for a in doc.project.articles if a.page_id == page_id]


def find_page(doc, page_id: str) -> Page | None:
    return next((p for p in doc.project.pages if p.id == page_id), None)


def page_profile(doc, page: Page) -> review.Profile:
    """The profile a page is labelled with: what its paper's other pages taught."""
    return review.learn_profile(page.paper, doc.project.pages, exclude=page.id)


def known_profiles(doc) -> dict[str, review.Profile]:
    """Every paper's profile: those stored in the project, relearned from the pages in memory."""
    profiles: dict[str, review.Profile] = {}
    if doc.store is not None:
        try:
            for name, data in doc.store.repo.read_profiles().items():
                profiles[name] = review.Profile.from_dict(data)
        except (sqlite3.Error, ValueError, TypeError):
            pass  # a damaged stored profile: relearned below from the pages, or left out
    for paper in {p.paper for p in doc.project.pages if p.paper}:
        learned = review.learn_profile(paper, doc.project.pages)
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
        profile = review.learn_profile(after_page.paper, doc.project.pages, exclude=page.id)
        after_page.profile = profile.name if profile.forms else ""
        mine = {a.id for a in self.before.articles}
        taken = {a.id for a in doc.project.articles if a.id not in mine}
        rebuilt = review.rebuild(after_page, profile, taken)
        self.labelled = rebuilt.labelled
        self.after = _state(after_page, rebuilt.articles)
        self.papers = {page.paper, after_page.paper} - {""}
        self.moves: dict[str, str] = {}
        self.lost: list[str] = []
        self.removed: list[tuple[tuple[int, int], Entry]] = []
        self._first = True

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
        self.doc.library.replace_articles({a.id for a in current}, articles)
        # Only the articles that changed are written (the full-text index makes each costly).
        before = {a.id: a for a in current}
        changed = [a for a in articles if before.get(a.id) != a]
        stay = {a.id for a in articles} - {a.id for a in changed}
        old_ids = [a.id for a in current if a.id not in stay]
        profiles = {paper: review.learn_profile(paper, self.doc.project.pages) for paper in self.papers}
        saved_page = copy.copy(page)

        def write(repo: Repository) -> None:
            with repo.transaction():
                repo.add_pages([saved_page])
                repo.replace_articles(old_ids, changed)
                repo.write_issues(self.doc.project.issues)
                for paper, profile in profiles.items():
                    repo.write_profile(paper, profile.to_dict() if profile.forms else None)

        self.doc.write(write)
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

    def undo(self) -> None:
        self.doc.unimport_articles({a.id for a in self.articles})
        ids = {p.id for p in self.pages}
        self.doc.project.pages[:] = [p for p in self.doc.project.pages if p.id not in ids]
        self.doc.write(lambda repo: repo.remove_pages(ids))
