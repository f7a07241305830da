"""The article library: a table model over the project database, fetched a window at a time.

Nothing here grows with the library: rows arrive in windows of BATCH as the view scrolls
(canFetchMore/fetchMore, keyset paging in SQL), the filter runs in SQL through the full-text
index, and the totals come from the database. A project in a file has a reader thread
(digest/store/reader.py): the filter's windows are asked of it, so a query that scans runs
beside the UI thread, and the list shows the answer when it comes (the newest question wins).
A term too short for the index (one or two characters) scans the articles: each question then
looks through SCAN_CHUNK articles, and the list asks for the next stretch until its window is
full or the library's end is reached, showing the rows as they are found.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from digest.model import Issue
from digest.store import LatestReader, Repository, SearchFilters
from ui.icons import kind_icon

ARTICLE_MIME = "application/x-jianbao-articles"

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
SourceRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()  # the root: default parent of top-level rows
BATCH = 200
SCAN_CHUNK = 5000  # articles a scanning query looks through per question to the reader

# One icon object per kind: a new QIcon per row and paint would read and render its SVG again.
_KIND_ICONS: dict[str, QIcon] = {}


def _kind_icon(kind: str) -> QIcon:
    found = _KIND_ICONS.get(kind)
    if found is None:
        found = _KIND_ICONS[kind] = kind_icon(kind)
    return found


def kind_label(kind: str) -> str:
    labels = {
        "article": QCoreApplication.translate("Library", "Article"),
        "brief": QCoreApplication.translate("Library", "Brief"),
        "caption": QCoreApplication.translate("Library", "Caption"),
        "section": QCoreApplication.translate("Library", "Section"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True)
class LibraryRow:
    seq: int
    id: str
    kind: str
    source: str
    page_order: int
    headline: str
    byline: str
    opening: str  # the start of the first paragraph

    @property
    def title(self) -> str:
        return self.headline or self.opening[:24] or self.byline


class LibraryModel(QAbstractTableModel):
    """Rows are the library's articles that match the filter; column 0 is checkable: checked
    means in the issue."""

    COL_HEADLINE, COL_PAGE, COL_KIND = range(3)
    checkToggled = Signal(str, bool)  # article id, wanted in issue
    libraryChanged = Signal()  # articles were added or removed (not just fetched)
    searchingChanged = Signal(bool)  # a window was asked of the reader thread / it arrived
    _answered = Signal(int, object, object)  # (ticket, rows, error) from the reader thread

    def __init__(
        self, repo: Callable[[], Repository | None], issue: Callable[[], Issue], parent=None
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._issue = issue
        self._rows: list[LibraryRow] = []
        self._exhausted = False
        self._cursor = 0  # the seq the next window continues after (rows up to it are looked at)
        self._query = ""
        self._filters = SearchFilters()
        self._total = 0
        self._in_issue: set[str] = set()
        self.reader: LatestReader | None = None
        self._asked = 0  # the reader's ticket of the window we wait for (0: none)
        self._asked_more = False  # that window follows the rows shown (else it replaces them)
        self._asked_want = BATCH  # rows that window may still bring (a scan asks again for the rest)
        self._added_while_asked = False  # articles came while a window was on its way (it may miss them)
        self._answered.connect(self._answer)
        self.refresh_checks()
        self.reload()

    # -- the reader thread -------------------------------------------------------------------
    def use_reader(self, reader: LatestReader | None) -> None:
        """Ask filter windows of `reader` from now on (None: run them here)."""
        self.reader = reader
        self._set_asked(0)

    def answer_from_thread(self, ticket: int, rows: object, error: object) -> None:
        """The reader's callback (on its thread): hand the answer to the UI thread."""
        self._answered.emit(ticket, rows, error)

    def _set_asked(self, ticket: int) -> None:
        was = bool(self._asked)
        self._asked = ticket
        if was != bool(ticket):
            self.searchingChanged.emit(bool(ticket))

    def _ask(self, after_seq: int, more: bool, want: int = BATCH) -> None:
        assert self.reader is not None
        query, filters = self._query, self._filters
        self._asked_more, self._asked_want = more, want
        self._set_asked(
            self.reader.ask(lambda repo: repo.library_window(query, filters, after_seq, want, SCAN_CHUNK))
        )

    def _answer(self, ticket: int, answer: object, error: object) -> None:
        if ticket != self._asked:
            return  # an answer to an older question
        if error is None and isinstance(answer, tuple):
            rows, cursor, done = answer
        else:  # e.g. a query the index cannot parse: show nothing, never crash
            rows, cursor, done = [], self._cursor, True
        found = [LibraryRow(*row) for row in rows]
        if self._asked_more:
            self._append(found)
        elif found != self._rows:  # (a refined query often keeps the window: nothing to redraw)
            self.beginResetModel()
            self._rows = found
            self.endResetModel()
        self._cursor, self._exhausted = cursor, done
        if done and self._added_while_asked:
            # The window may have been read before those articles were written: they come after
            # its cursor in library order, so look there once more.
            self._added_while_asked = False
            self._exhausted = False
            self._ask(cursor, more=True)
            return
        if not done and len(found) < self._asked_want:  # a scan: look through the next stretch
            self._ask(cursor, more=True, want=self._asked_want - len(found))
            return
        self._set_asked(0)

    def _append(self, rows: list[LibraryRow]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def is_searching(self) -> bool:
        """A window was asked of the reader thread and has not arrived yet."""
        return bool(self._asked)

    # -- fetching ------------------------------------------------------------------------
    def _fetch(self, after_seq: int, limit: int) -> tuple[list[LibraryRow], int, bool]:
        """Here, on this thread (no reader): up to `limit` rows after `after_seq`, the seq the
        next window continues after, and whether the end was reached."""
        repo = self._repo()
        if repo is None:  # the document was closed: an empty list
            return [], after_seq, True
        try:
            rows, cursor, done = repo.library_window(self._query, self._filters, after_seq, limit)
        except sqlite3.Error:  # e.g. a query the index cannot parse: show nothing, never crash
            return [], after_seq, True
        return [LibraryRow(*row) for row in rows], cursor, done

    def _count(self) -> int:
        repo = self._repo()
        try:
            return repo.article_count() if repo is not None else 0
        except sqlite3.Error:
            return self._total

    def reload(self) -> None:
        """Run the query again from the top, here (a new database)."""
        self._set_asked(0)
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted = self._fetch(0, BATCH)
        self._total = self._count()
        self.endResetModel()

    def canFetchMore(self, parent: _Index = _NO_PARENT) -> bool:
        # Never to the views: Qt's header view asks for more whenever rows arrive, so it would
        # fetch the whole library a window at a time. The library pane asks (`has_more`,
        # `fetchMore`) when its list is scrolled near the end.
        return False

    def has_more(self) -> bool:
        """More matching rows may follow the ones fetched, and none is on its way."""
        return not self._exhausted and not self._asked

    def fetchMore(self, parent: _Index = _NO_PARENT) -> None:
        if parent.isValid() or self._exhausted or self._asked:
            return
        if self.reader is not None:
            self._ask(self._cursor, more=True)
            return
        more, self._cursor, self._exhausted = self._fetch(self._cursor, BATCH)
        self._append(more)

    def set_filters(self, text: str, kind: str = "", source: str = "") -> None:
        query, filters = text.strip(), SearchFilters(kind=kind, source=source)
        if (query, filters) == (self._query, self._filters):
            return
        self._query, self._filters = query, filters
        if self.reader is not None:
            self._ask(0, more=False)  # the rows shown stay until the answer replaces them
        else:
            self.reload()

    def total(self) -> int:
        """Articles in the library, filter or not."""
        return self._total

    def is_complete(self) -> bool:
        """Every matching row is fetched (rowCount() is the number of matches)."""
        return self._exhausted

    def sources(self) -> list[str]:
        repo = self._repo()
        try:
            return repo.sources() if repo is not None else []
        except sqlite3.Error:
            return []

    # -- data ----------------------------------------------------------------------------
    @property
    def issue(self) -> Issue:
        return self._issue()

    def row_of(self, article_id: str, fetch_up_to: int = 10 * BATCH) -> int:
        """The row of an article, fetching rows (up to `fetch_up_to` in all, and no further down
        the library than the article itself) to reach it: one query, here. A filter that scans
        reads at most SCAN_CHUNK articles for it, so the cost never follows the library's size;
        an article further down is not reached (-1) until the list is scrolled to it."""
        if self._asked and not self._asked_more:
            return -1  # the rows shown are about to be replaced by a new filter's
        for row, item in enumerate(self._rows):
            if item.id == article_id:
                return row
        repo = self._repo()
        if repo is None:
            return -1
        try:
            seq = repo.seq_of(article_id)
            if seq is None or self._exhausted or seq <= self._cursor or len(self._rows) >= fetch_up_to:
                return -1  # not in the library, or looked at already: the filter leaves it out
            if repo.scans(self._query) and seq - self._cursor > SCAN_CHUNK:
                return -1
            want = fetch_up_to - len(self._rows)
            rows = repo.library_rows(self._query, self._filters, self._cursor, want, until_seq=seq)
        except sqlite3.Error:
            return -1
        self._set_asked(0)  # a window on its way would come after the rows fetched here
        more = [LibraryRow(*row) for row in rows]
        self._cursor = more[-1].seq if len(more) >= want else seq
        start = len(self._rows)
        self._append(more)
        for row in range(start, len(self._rows)):
            if self._rows[row].id == article_id:
                return row
        return -1

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Headline"),
                self.tr("Page"),
                self.tr("Kind"),
            )[section]
        return None

    # The roles answered; the view asks for others (font, size, alignment, colours) per cell and
    # paint, and gets its defaults fastest from a set look-up.
    _ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.CheckStateRole,
            Qt.ItemDataRole.ToolTipRole,
            ArticleIdRole,
            KindRole,
            SourceRole,
        }
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_HEADLINE:
                return item.title
            if column == self.COL_PAGE:
                return f"{page_label(item.source)} · {item.page_order + 1}"
            return kind_label(item.kind)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_HEADLINE:
            return _kind_icon(item.kind)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_HEADLINE:
            return Qt.CheckState.Checked if item.id in self._in_issue else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f"{kind_label(item.kind)} · {page_label(item.source)} · {item.page_order + 1}"
            return "\n".join(part for part in (item.title, where, item.byline, item.opening) if part)
        if role == ArticleIdRole:
            return item.id
        if role == KindRole:
            return item.kind
        if role == SourceRole:
            return item.source
        return None

    _FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
    _HEADLINE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable  # (computed once: asked per row and paint)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._HEADLINE_FLAGS if index.column() == self.COL_HEADLINE else self._FLAGS

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        # The issue changes through an undoable command; refresh_checks then repaints the box.
        self.checkToggled.emit(self._rows[index.row()].id, checked)
        return True

    # -- drag -----------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            article_id = self._rows[index.row()].id
            if article_id not in ids:
                ids.append(article_id)
        mime = QMimeData()
        mime.setData(ARTICLE_MIME, json.dumps(ids).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # -- changes --------------------------------------------------------------------------
    def refresh_checks(self) -> None:
        ids = {entry.article_id for entry in self._issue().entries()}
        if ids == self._in_issue:
            return
        self._in_issue = ids
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )

    def articles_added(self) -> None:
        """The database has new articles (an import here or elsewhere): they come last in library
        order, so a list fetched to its end takes the matching ones; otherwise a later fetch will."""
        self._total = self._count()
        if self._asked:
            self._added_while_asked = True
        elif self._exhausted:
            self._exhausted = False
            self.fetchMore()
        self.libraryChanged.emit()

    def articles_removed(self, ids: set[str]) -> None:
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self._total = self._count()
        self.libraryChanged.emit()

    def articles_replaced(self, old_ids: set[str]) -> None:
        """Articles rebuilt in place (a review-desk correction): the new ones take the old ones'
        places in library order, inside the rows already fetched, so read that range again."""
        fetched = len(self._rows)
        self.articles_removed(old_ids)
        if self.reader is not None:
            self._ask(0, more=False, want=max(BATCH, fetched))
        else:
            self.beginResetModel()
            self._rows, self._cursor, self._exhausted = self._fetch(0, max(BATCH, fetched))
            self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))


def page_label(source: str) -> str:
    """A page's short label: its file name without folder and extension."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


class LibraryFilter(QIdentityProxyModel):
    """The view's model: passes the library through and hands the filter to it (to run in SQL)."""

    def set_filters(self, text: str, kind: str, source: str) -> None:
        model = self.sourceModel()
        if isinstance(model, LibraryModel):
            model.set_filters(text, kind, source)  # the index and LIKE both ignore Latin case
