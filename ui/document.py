"""The open project: the data, its database, the undo stack, and the models the views show.

The library stays in the database (the list model reads it a window at a time); in memory are
the issues and the articles their entries use. Every change is written to the database as it
happens, on the store's writer thread (digest/store/writer.py) so a slow disk never stalls
typing: each undo step (push, undo or redo) rewrites the issues in one transaction, and each
keystroke in an entry's text updates that one field; the writer starts each as soon as the one
before it ends. Writes whose result the editor needs (an import, a review-desk step) wait for
the writer. A failed write (read-only file, full disk) is reported through `commitFailed` as
soon as the writer meets it; the editor keeps the text and retries until a write succeeds.
Another process adding articles to the database (a CLI import) is noticed by a cheap
`PRAGMA data_version` poll.
"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from digest import store
from digest.errors import JianbaoError
from digest.model import Article, Entry, Page, Project
from ui.library import LibraryModel
from ui.lineup import LineupModel

TEXT_FIELDS = ("headline_zh", "headline_en", "summary_zh", "summary_en")
POLL_MS = 1000  # how often to look for articles another process added
RETRY_MS = 2000  # how often to retry after a failed write
ISSUES_KEY = "issues"  # the writer's key of a rewrite of every issue
RETRY_KEY = "everything"  # ... and of a rewrite of everything after a failure


def _replaced_by_issues(key: Hashable) -> bool:
    """A rewrite of every issue makes a waiting one, or a waiting keystroke, needless."""
    return key == ISSUES_KEY or (isinstance(key, tuple) and key[0] == "field")


class Document(QObject):
    changed = Signal()  # any change to the project's content (the preview listens)
    entryTextChanged = Signal(str, str)  # article id, field
    issuePropertiesChanged = Signal()
    pathChanged = Signal()
    commitFailed = Signal(str)  # why the last write to the database failed
    commitSucceeded = Signal()  # a write succeeded after a failure
    externalArticles = Signal(int)  # how many articles another process added
    pageChanged = Signal(str)  # a page's corrections or provenance changed (page id)
    articlesReplaced = Signal(dict)  # a page was rebuilt: {old article id: new id} of its entries
    _writerFailed = Signal(str)  # from the writer thread, delivered on the UI thread
    _writerCaughtUp = Signal()  # the writer wrote everything after a failure

    def __init__(
        self,
        project: Project,
        path: str | Path | None = None,
        parent=None,
        project_store: store.ProjectStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        project.issue  # noqa: B018 - make sure the issue exists before the models look at it
        self.path: Path | None = Path(path).resolve() if path else None
        if project_store is None and self.path is not None:
            if not self.path.exists():
                store.save(project, self.path)
            project_store = store.open_project(self.path, editor=True, read_only_if_in_use=True)
        if project_store is None:  # untitled: in memory until the first edit makes it a draft file
            project_store = store.memory_store(project)
        self.store: store.ProjectStore | None = project_store
        self.writer: store.Writer | None = None
        self.failed: str | None = None  # why the database is behind the screen, if it is
        self._writerFailed.connect(self._write_failed)
        self._writerCaughtUp.connect(self._write_caught_up)
        self.undo_stack = QUndoStack(self)
        self.library = LibraryModel(self._repo, lambda: self.project.issue, self)
        self.lineup = LineupModel(project, self)
        for signal in (
            self.lineup.rowsInserted,
            self.lineup.rowsRemoved,
            self.lineup.modelReset,
        ):
            signal.connect(self._lineup_changed)
        self.lineup.titlesChanged.connect(self.changed.emit)
        # Articles added or removed (not rows fetched as the list scrolls or a filter's scan goes on:
        # those change nothing in the project, and would re-render the preview).
        self.library.libraryChanged.connect(self.changed.emit)
        self.undo_stack.indexChanged.connect(self._undo_step)
        # Texts of entries that left the issue, by article id (None: forgotten). Every change of
        # this session goes with every rewrite of the issues (a waiting rewrite may be replaced by
        # a newer one, which must carry the older one's changes too); they are few and idempotent.
        self._kept: dict[str, Entry | None] = {}
        self._kept_changes: dict[str, Entry | None] = {}

        self._seen_seq = 0
        self._seen_total = 0
        self._data_version = -1
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_later)
        if not project_store.in_memory:
            self._start_polling()
            self._start_threads()
            if project_store.read_only and not project_store.in_use_elsewhere:
                self.failed = self.tr("the project file is read-only; changes are not saved")

    # ------------------------------------------------------------------ database
    def _start_polling(self) -> None:
        assert self.store is not None
        try:
            self._seen_seq = self.store.repo.max_seq()
            self._seen_total = self.store.repo.article_count()
            self._data_version = self.store.repo.data_version()
        except sqlite3.Error:
            pass
        self.poll_timer.start()

    def _start_threads(self) -> None:
        """The writer thread (a writable file) and the library's reader thread (any file)."""
        assert self.store is not None
        if self.store.in_memory:
            return
        try:
            self.library.use_reader(self.store.start_reader(self.library.answer_from_thread))
        except JianbaoError:  # no second connection: the library reads on this thread
            self.library.use_reader(None)
        if self.store.read_only:
            return
        try:
            self.writer = self.store.start_writer(
                lambda exc: self._writerFailed.emit(str(exc)),
                lambda key: self._writerCaughtUp.emit() if key == RETRY_KEY else None,
            )
        except JianbaoError as exc:  # e.g. the file became unreadable: every write will say so
            self.failed = str(exc)

    def _stop_threads(self) -> None:
        """Write what is queued and stop the writer and reader threads."""
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        reader = self.library.reader
        if reader is not None:
            self.library.use_reader(None)
            reader.close()

    def flush(self) -> None:
        """Wait until every change given so far is in the database (before a copy or a dump)."""
        if self.writer is not None:
            self.writer.flush()

    @property
    def viewer_only(self) -> bool:
        """Open read-only because another editor has the file: edits are disabled here."""
        return self.store is not None and self.store.in_use_elsewhere

    @property
    def is_draft(self) -> bool:
        """An untitled project (kept in the drafts folder until it is given a name)."""
        return self.path is None

    def _repo(self) -> store.Repository | None:
        """The database the library list reads (None once the document is closed)."""
        return self.store.repo if self.store is not None else None

    def _ensure_store(self) -> store.ProjectStore:
        """The database to write to: an untitled project in memory becomes a draft file first."""
        assert self.store is not None, "the document's database is closed"
        if self.store.in_memory:
            memory = self.store
            self.store = store.new_draft(memory)
            memory.close()
            self._start_polling()
            self._start_threads()
        return self.store

    def _writable_store(self) -> store.ProjectStore:
        project_store = self._ensure_store()
        if project_store.read_only:
            raise JianbaoError(self.tr("the project file is read-only; changes are not saved"))
        return project_store

    def _write_failed(self, reason: str) -> None:
        """A write failed: remember and report it, keep everything in memory, retry."""
        self.failed = reason
        self.retry_timer.start()
        self.commitFailed.emit(reason)

    def _write_caught_up(self) -> None:
        self._note_own_write()
        if self.failed is not None:
            self.failed = None
            self.retry_timer.stop()
            self.commitSucceeded.emit()

    def _write(self, action: Callable[[store.Repository], Any]) -> bool:
        """Run one write and wait for it (after everything queued before it); see `_write_failed`."""
        try:
            project_store = self._writable_store()
            if self.writer is not None:
                self.writer.call(action)
            else:
                with project_store.repo.transaction():
                    action(project_store.repo)
        except (sqlite3.Error, JianbaoError, OSError) as exc:
            self._write_failed(str(exc))
            return False
        self._note_own_write()
        return True

    def _note_own_write(self) -> None:
        """What our writer just committed is not another program's import (see `poll`)."""
        if self.store is None or self.store.in_memory:
            return
        try:
            self._seen_seq, self._seen_total = self.store.repo.max_seq(), self.store.repo.article_count()
        except sqlite3.Error:
            pass

    def _submit(
        self,
        action: Callable[[store.Repository], Any],
        key: Hashable,
        replaces: Callable[[Hashable], bool],
    ) -> None:
        """Hand one write to the writer thread and go on; a failure comes back as `_writerFailed`."""
        try:
            project_store = self._writable_store()
            if self.writer is None:  # no writer thread (it could not start): write here
                with project_store.repo.transaction():
                    action(project_store.repo)
                return
            self.writer.submit(action, key, replaces)
        except (sqlite3.Error, JianbaoError, OSError) as exc:
            self._write_failed(str(exc))

    def write(self, action: Callable[[store.Repository], Any]) -> bool:
        """Run one write through the database (the review desk's steps) and wait for it."""
        return self._write(action)

    def _undo_step(self, _index: int) -> None:
        self.commit_issues()  # one transaction per undo step (push, undo or redo)

    def commit_issues(self) -> None:
        """Write the issues as they stand (after each undo step: they are small). The writer gets
        a copy, so later edits on this thread cannot change what it writes."""
        if self.failed is not None:
            self.retry_later()
            return
        self._submit(self._issues_write(), ISSUES_KEY, _replaced_by_issues)

    def _issues_write(self) -> Callable[[store.Repository], None]:
        """A write of the issues and the kept texts, from a copy taken now."""
        issues = copy.deepcopy(self.project.issues)
        kept = copy.deepcopy(self._kept_changes)

        def write(repo: store.Repository) -> None:
            repo.write_issues(issues)
            if kept:
                repo.write_kept_texts(kept)

        return write

    # ------------------------------------------------------------------ texts kept with their article
    def kept_texts(self, article_id: str) -> Entry | None:
        """The headlines and summaries an entry of this article had when it left the issue."""
        if article_id not in self._kept:
            found = None
            if self.store is not None:
                try:
                    found = self.store.repo.read_kept_texts(article_id)
                except (sqlite3.Error, JianbaoError):
                    found = None
            self._kept[article_id] = found
        kept = self._kept[article_id]
        return copy.copy(kept) if kept is not None else None

    def set_kept_texts(self, article_id: str, entry: Entry | None) -> None:
        """Keep an entry's texts with its article (None forgets them); written with the undo step."""
        kept = copy.copy(entry) if entry is not None else None
        self._kept[article_id] = kept
        self._kept_changes[article_id] = kept

    def _everything(self) -> Callable[[store.Repository], None]:
        """A write of everything the database may lack after a failure (pages, articles, issues,
        glossary), from a copy taken now."""
        pages = copy.deepcopy(self.project.pages)
        articles = copy.deepcopy(self.project.articles)
        issues_write = self._issues_write()
        glossary = list(self.project.glossary)  # its pairs are never changed in place

        def everything(repo: store.Repository) -> None:
            repo.save_pages(pages)  # as the desk left them, before their articles
            repo.add_articles(articles)
            issues_write(repo)  # the issues and the kept texts
            repo.write_glossary(glossary)

        return everything

    def retry(self) -> bool:
        """After a failure: write everything the database may lack, and wait for it."""
        if not self._write(self._everything()):
            return False
        self._write_caught_up()
        return True

    def retry_later(self) -> None:
        """After a failure: have the writer write everything the database may lack (the retry
        timer's way: a busy database never holds up the UI thread)."""
        self._submit(self._everything(), RETRY_KEY, lambda key: key in (RETRY_KEY, ISSUES_KEY))

    def import_articles(self, articles: list[Article]) -> list[Article]:
        """Add articles to the database and the library; those already there (same content, maybe
        imported by another process) are left out. Returns the ones added."""
        result: list[list[Article]] = []
        if self._write(lambda repo: result.append(repo.add_articles(articles)[0])):
            added = result[0]
            self.library.articles_added()
        else:
            added = list(articles)
            self.project.articles.extend(added)  # kept in memory; the retry writes them
        return added

    def unimport_articles(self, ids: set[str]) -> None:
        self._write(lambda repo: repo.remove_articles(ids))
        self.project.articles[:] = [a for a in self.project.articles if a.id not in ids]
        self.library.articles_removed(ids)

    def article(self, article_id: str) -> Article | None:
        """An article of the library (read from the database the first time it is needed)."""
        found = self.project.article(article_id)
        if found is None and self.store is not None:
            try:
                fetched = self.store.repo.articles_by_id([article_id])
            except (sqlite3.Error, JianbaoError):
                return None
            if fetched:
                found = fetched[0]
                self.project.articles.append(found)
        return found

    def page(self, page_id: str) -> Page | None:
        """A page of the project with its corrections (read from the database the first time)."""
        found = next((p for p in self.project.pages if p.id == page_id), None)
        if found is None and self.store is not None:
            try:
                found = self.store.repo.read_page(page_id)
            except (sqlite3.Error, JianbaoError):
                return None
            if found is not None:
                self.project.pages.append(found)
        return found

    def full_project(self) -> Project:
        """The whole project as the database holds it (library included)."""
        assert self.store is not None
        self.flush()
        return self.store.read_project()

    def poll(self) -> int:
        """Pick up articles another process committed; returns how many appeared."""
        if self.store is None:
            return 0
        try:
            version = self.store.repo.data_version()
            if version == self._data_version:
                return 0
            self._data_version = version
            # Our own writer's commits change the version too: look at the library's size.
            seen = (self.store.repo.max_seq(), self.store.repo.article_count())
            if seen == (self._seen_seq, self._seen_total):
                return 0
            new = self.store.repo.count_after(self._seen_seq)
            self._seen_seq, self._seen_total = seen
        except (sqlite3.Error, JianbaoError):
            return 0
        self.library.articles_added()  # also after a removal elsewhere: the totals follow
        if new:
            self.externalArticles.emit(new)
        return new

    def switch_store(self, project_store: store.ProjectStore, path: str | Path | None) -> None:
        """Continue in another database (after Save As): the old one is closed (a draft removed)."""
        old, was_draft = self.store, self.is_draft
        self._stop_threads()
        self.store = project_store
        self._start_polling()
        self._start_threads()
        if old is not None and old is not project_store:
            old.close()
            if was_draft and not old.in_memory:
                store.discard_draft(old.path)
        self.library.reload()
        self.set_path(path)
        self.undo_stack.setClean()

    def close_store(self, discard_draft: bool = False) -> None:
        self.poll_timer.stop()
        self.retry_timer.stop()
        self._stop_threads()
        if self.store is not None:
            self.store.close()
            if discard_draft and self.is_draft and not self.store.in_memory:
                store.discard_draft(self.store.path)
            self.store = None

    # ------------------------------------------------------------------ content
    def _lineup_changed(self, *_args) -> None:
        self.library.refresh_checks()
        self.changed.emit()

    @property
    def issue(self):
        return self.project.issue

    def set_path(self, path: str | Path | None) -> None:
        self.path = Path(path).resolve() if path else None
        self.pathChanged.emit()

    def is_modified(self) -> bool:
        """Work that is not in a named project file: a failed write, or an untitled draft."""
        if self.failed is not None:
            return True
        return self.is_draft and not self.undo_stack.isClean()

    def entry(self, article_id: str) -> Entry | None:
        found = self.issue.find_entry(article_id)
        return found[1] if found else None

    def set_entry_text(self, article_id: str, field: str, text: str) -> None:
        """Change one text field of an entry (commands call this), write it, tell the views."""
        if field not in TEXT_FIELDS:
            raise ValueError(field)
        entry = self.entry(article_id)
        if entry is None:
            return
        setattr(entry, field, text)
        if self.failed is None:  # else the retry writes it with everything else
            key = ("field", article_id, field)
            self._submit(
                lambda repo: repo.set_entry_field(0, article_id, field, text), key, lambda other: other == key
            )
        self.lineup.entry_changed(article_id)
        self.entryTextChanged.emit(article_id, field)
        self.changed.emit()

    def issue_properties_changed(self) -> None:
        self.lineup.layoutChanged.emit()
        self.issuePropertiesChanged.emit()
        self.changed.emit()

    def snapshot_text(self) -> str:
        """The issue, only the articles its entries use and their pages, as interchange JSON (for the
        worker)."""
        used = list(dict.fromkeys(entry.article_id for entry in self.issue.entries()))
        articles = [a for a in (self.article(i) for i in used) if a is not None]
        page_ids = dict.fromkeys(a.page_id for a in articles if a.page_id)  # an article names its page
        pages = [p for p in (self.page(i) for i in page_ids) if p is not None]
        return store.dumps(
            Project(articles=articles, issues=[self.issue], pages=pages, glossary=self.project.glossary)
        )
