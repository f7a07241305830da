"""The editor's page import, run off the UI thread.

`ImportRunner` reads page files (or pasted text) on a background thread and hands back one
`ImportOutcome` through its `finished` signal, delivered on the UI thread. What the import needs
from the project is copied first (`import_context`), so the thread never touches the document.
The window only turns the outcome into an undo step and messages.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from digest.errors import JianbaoError
from digest.model import Article, Page, Project
from digest.review import PageImport
from ui.review_commands import all_pages, known_profiles

if TYPE_CHECKING:
    from digest.ingest.profile import Profile
    from ui.document import Document


@dataclass
class ImportContext:
    """What an import needs from the project, copied for the import thread: the pages it has
    (with their corrections, without their texts) and the papers' profiles."""

    pages: dict[str, Page]
    profiles: dict[str, Profile]


def import_context(doc: Document) -> ImportContext:
    pages = {p.id: copy.copy(p) for p in all_pages(doc)}
    for page in pages.values():
        page.corrections = list(page.corrections)
    return ImportContext(pages, known_profiles(doc))


@dataclass
class ImportOutcome:
    """The pages read (in the order given) and one message per page that could not be."""

    imports: list[PageImport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def unique_articles(self) -> tuple[list[Article], int]:
        """The articles read, without repeats within these pages, and how many were read in all.
        (Repeats of the library are left to the database transaction.)"""
        articles = [a for item in self.imports for a in item.articles]
        unique, _repeats = Project().add_articles(articles)
        return unique, len(articles)

    def new_pages(self, known: set[str]) -> list[Page]:
        """The pages read that are not among `known` page ids, each once."""
        return list({i.page.id: i.page for i in self.imports if i.page.id not in known}.values())


def import_files(paths: list[str], context: ImportContext) -> ImportOutcome:
    from digest.review import import_page_file

    outcome = ImportOutcome()
    for path in paths:
        try:
            outcome.imports.append(import_page_file(path, context.pages, context.profiles))
        except JianbaoError as exc:
            outcome.errors.append(str(exc))
        except Exception as exc:  # a bug in the importer must not lose the editor's work
            outcome.errors.append(f"{Path(path).name}: {type(exc).__name__}: {exc}")
    return outcome


def import_text(text: str, label: str, context: ImportContext) -> ImportOutcome:
    from digest.review import import_page_text

    try:
        return ImportOutcome([import_page_text(text, label, context.pages, context.profiles)])
    except JianbaoError as exc:
        return ImportOutcome(errors=[str(exc)])
    except Exception as exc:  # as above
        return ImportOutcome(errors=[f"{label}: {type(exc).__name__}: {exc}"])


class ImportRunner(QObject):
    """Runs one import at a time on a daemon thread. `started` is emitted when a job starts,
    `finished(ImportOutcome)` on the UI thread when it ends; `is_busy()` is true in between."""

    started = Signal()
    finished = Signal(object)  # ImportOutcome
    _done = Signal(object)  # from the import thread; queued to the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._done.connect(self._finish)

    def is_busy(self) -> bool:
        return self._busy

    def import_files(self, paths: list[str], context: ImportContext) -> None:
        self._start(lambda: import_files(paths, context))

    def import_text(self, text: str, label: str, context: ImportContext) -> None:
        self._start(lambda: import_text(text, label, context))

    def _start(self, job: Callable[[], ImportOutcome]) -> None:
        self._busy = True
        self.started.emit()

        def run() -> None:
            outcome = job()
            try:
                self._done.emit(outcome)
            except RuntimeError:  # the window (and this runner) was closed while the pages were read
                pass

        threading.Thread(target=run, name="jianbao-import", daemon=True).start()

    def _finish(self, outcome: ImportOutcome) -> None:
        self._busy = False
        self.finished.emit(outcome)
