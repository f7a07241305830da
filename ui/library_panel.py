"""The library pane: filter box, kind and page filters, and the article list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from digest.model import ARTICLE_KINDS
from ui.i18n import Retranslating
from ui.library import ArticleIdRole, LibraryFilter, LibraryModel, kind_label, page_label
from ui.text_fields import LineField

FILTER_DEBOUNCE_MS = 150  # a burst of keystrokes runs one query
NARROW_PANE = 300  # below this width (px) the page column hides so headlines can be read


class LibraryPanel(Retranslating, QWidget):
    addRequested = Signal(list)  # article ids

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.filter_edit = LineField(self)  # undo keys go to the window, as in every field
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("kindFilter")
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("pageFilter")
        self.source_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_box.setMinimumContentsLength(5)
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(5)  # the pane can narrow to a library of headlines
        self.proxy = LibraryFilter(self)
        self.view = QTreeView(self)
        self.view.setObjectName("libraryView")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setModel(self.proxy)
        scroll_bar = self.view.verticalScrollBar()
        scroll_bar.valueChanged.connect(self._fetch_if_near_end)
        scroll_bar.rangeChanged.connect(self._fetch_if_near_end)
        self.view.doubleClicked.connect(lambda _: self.addRequested.emit(self.selected_ids()))
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addToIssue")
        self.add_button.clicked.connect(lambda: self.addRequested.emit(self.selected_ids()))
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(self.kind_box, 1)
        filters.addWidget(self.source_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 3, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self.filter_timer.start())
        self.kind_box.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.source_box.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.model: LibraryModel | None = None
        self.retranslate_ui()

    def set_model(self, model: LibraryModel) -> None:
        self.model = model
        self.proxy.setSourceModel(model)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed page and kind columns: sizing them to their contents would read every fetched row
        # on each filter keystroke.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("wujin-page-00 · 20") + 12)
        # The kind shows as the headline's icon (and in its tooltip); its own column would take
        # the width the headlines need in a narrow pane.
        self.view.setColumnHidden(LibraryModel.COL_KIND, True)
        model.libraryChanged.connect(self.refresh_sources)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.searchingChanged):
            signal.connect(self._update_count)
        self.refresh_sources()
        self.apply_filter()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Library"))
        self.filter_edit.setPlaceholderText(self.tr("Filter (Ctrl+F)"))  # short: the pane may be narrow
        self.filter_edit.setToolTip(
            self.tr("Shows articles whose headline or text (or your headlines and summaries) contains these words")
        )
        kind = self.kind_box.currentData()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("All kinds"), "")
        for name in ARTICLE_KINDS:
            self.kind_box.addItem(kind_label(name), name)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind or "")))
        self.kind_box.blockSignals(False)
        self.kind_box.setToolTip(self.tr("Show one kind of item"))
        self.source_box.setToolTip(self.tr("Show the items of one page"))
        self.add_button.setText(self.tr("Add to Issue"))
        self.add_button.setToolTip(self.tr("Add the selected articles to the issue (Ctrl+Return)"))
        self.refresh_sources()
        if self.model is not None:
            self.model.retranslate()

    def refresh_sources(self, *_args) -> None:
        current = self.source_box.currentData()
        sources = self.model.sources() if self.model is not None else []
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem(self.tr("All pages"), "")
        for source in sources:
            self.source_box.addItem(page_label(source), source)
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(current or "")))
        self.source_box.blockSignals(False)
        self._update_count()

    def _fetch_if_near_end(self, *_args) -> None:
        """The next window of rows when the list is scrolled to within a page of its end (or does
        not fill the pane); see LibraryModel.canFetchMore."""
        scroll_bar = self.view.verticalScrollBar()
        if self.model is not None and self.model.has_more():
            if scroll_bar.value() >= scroll_bar.maximum() - scroll_bar.pageStep():
                self.model.fetchMore()

    def apply_filter(self) -> None:
        """Run the filter now (the text box waits for a pause in typing)."""
        self.filter_timer.stop()
        self.proxy.set_filters(
            self.filter_edit.text(), self.kind_box.currentData() or "", self.source_box.currentData() or ""
        )
        self._update_count()

    def _update_count(self, *_args) -> None:
        if self.model is None:
            return
        if self.model.is_searching():
            self.count_label.setText(self.tr("Searching…"))
            return
        shown = str(self.proxy.rowCount()) + ("" if self.model.is_complete() else "+")
        self.count_label.setText(
            self.tr("%1 of %2 items").replace("%1", shown).replace("%2", str(self.model.total()))
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In a narrow pane the headline needs the width; the page stays in each row's tooltip.
        self.view.setColumnHidden(LibraryModel.COL_PAGE, self.width() < NARROW_PANE)

    def selected_ids(self) -> list[str]:
        ids: list[str] = []
        for index in self.view.selectionModel().selectedRows(0):
            article_id = index.data(ArticleIdRole)
            if article_id and article_id not in ids:
                ids.append(article_id)
        return ids

    def select_article(self, article_id: str) -> None:
        if self.model is None:
            return
        row = self.model.row_of(article_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            # Replace the selection whatever keys are held: setCurrentIndex would read Ctrl (toggle) or
            # Shift (extend) from the keyboard, so Ctrl+Z or Ctrl+Shift+Z left two articles selected.
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
