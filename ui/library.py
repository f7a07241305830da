"""The article library: a table model over project.articles and a filter proxy for it."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from digest.model import Article, Issue, Project
from ui.icons import kind_icon

ARTICLE_MIME = "application/x-jianbao-articles"

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
SourceRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()  # the root: default parent of top-level rows


def kind_label(kind: str) -> str:
    labels = {
        "article": QCoreApplication.translate("Library", "Article"),
        "brief": QCoreApplication.translate("Library", "Brief"),
        "caption": QCoreApplication.translate("Library", "Caption"),
        "section": QCoreApplication.translate("Library", "Section"),
    }
    return labels.get(kind, kind)


class LibraryModel(QAbstractTableModel):
    """Rows are the project's articles; column 0 is checkable: checked means in the issue."""

    COL_HEADLINE, COL_PAGE, COL_KIND = range(3)
    checkToggled = Signal(str, bool)  # article id, wanted in issue

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._in_issue: set[str] = set()
        self.refresh_checks()

    # -- data ---------------------------------------------------------------------------
    @property
    def issue(self) -> Issue:
        return self._project.issue

    def article_at(self, row: int) -> Article:
        return self._project.articles[row]

    def row_of(self, article_id: str) -> int:
        for row, article in enumerate(self._project.articles):
            if article.id == article_id:
                return row
        return -1

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._project.articles)

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        article = self._project.articles[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_HEADLINE:
                return article.title
            if column == self.COL_PAGE:
                return f"{_page_label(article.source)} · {article.page_order + 1}"
            return kind_label(article.kind)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_HEADLINE:
            return kind_icon(article.kind)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_HEADLINE:
            return Qt.CheckState.Checked if article.id in self._in_issue else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            body = article.paragraphs[0][:120] if article.paragraphs else ""
            byline = article.byline or ""
            where = f"{kind_label(article.kind)} · {_page_label(article.source)} · {article.page_order + 1}"
            return "\n".join(part for part in (article.title, where, byline, body) if part)
        if role == ArticleIdRole:
            return article.id
        if role == KindRole:
            return article.kind
        if role == SourceRole:
            return article.source
        if role == SearchRole:
            parts = [article.kicker, article.headline, article.subtitle, article.byline, *article.paragraphs]
            return "\n".join(p for p in parts if p)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.COL_HEADLINE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        # The issue changes through an undoable command; refresh_checks then repaints the box.
        self.checkToggled.emit(self._project.articles[index.row()].id, checked)
        return True

    # -- drag -----------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            article_id = self._project.articles[index.row()].id
            if article_id not in ids:
                ids.append(article_id)
        mime = QMimeData()
        mime.setData(ARTICLE_MIME, json.dumps(ids).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # -- changes --------------------------------------------------------------------------
    def refresh_checks(self) -> None:
        ids = {entry.article_id for entry in self._project.issue.entries()}
        if ids == self._in_issue:
            return
        self._in_issue = ids
        if self._project.articles:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._project.articles) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def append_articles(self, articles: list[Article]) -> None:
        """Add already-deduplicated articles at the end of the library."""
        if not articles:
            return
        first = len(self._project.articles)
        self.beginInsertRows(QModelIndex(), first, first + len(articles) - 1)
        self._project.articles.extend(articles)
        self.endInsertRows()

    def remove_articles(self, ids: set[str]) -> None:
        for row in range(len(self._project.articles) - 1, -1, -1):
            if self._project.articles[row].id in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._project.articles[row]
                self.endRemoveRows()

    def replace_articles(self, ids: set[str], articles: list[Article]) -> None:
        """Put `articles` where the first of the articles `ids` was (else at the end), those gone."""
        rows = [row for row, a in enumerate(self._project.articles) if a.id in ids]
        at = rows[0] if rows else len(self._project.articles)
        if rows and rows == list(range(rows[0], rows[-1] + 1)):  # one block: one removal
            self.beginRemoveRows(QModelIndex(), rows[0], rows[-1])
            del self._project.articles[rows[0] : rows[-1] + 1]
            self.endRemoveRows()
        else:
            self.remove_articles(ids)
        if articles:
            self.beginInsertRows(QModelIndex(), at, at + len(articles) - 1)
            self._project.articles[at:at] = articles
            self.endInsertRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._project.articles:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._project.articles) - 1, 2))


def _page_label(source: str) -> str:
    """A page's short label: its file name without folder and extension."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


class LibraryFilter(QSortFilterProxyModel):
    """Filters by a text (a Chinese or Latin substring of headline and body), a kind and a page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind = ""
        self._source = ""

    def set_filters(self, text: str, kind: str, source: str) -> None:
        """Text (space-separated parts must all occur), kind ('' any) and page source ('' any)."""
        values = (text.strip().casefold(), kind, source)
        if values == (self._text, self._kind, self._source):
            return
        self.beginFilterChange()
        self._text, self._kind, self._source = values
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kind and model.data(index, KindRole) != self._kind:
            return False
        if self._source and model.data(index, SourceRole) != self._source:
            return False
        if self._text:
            words = self._text.split()
            haystack = (model.data(index, SearchRole) or "").casefold()
            # Chinese has no spaces: each space-separated part must occur somewhere.
            return all(word in haystack for word in words)
        return True
