"""The editor window: library | lineup over entry editor | live preview, plus menus and docks."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolButton,
)

from digest import editorial, store
from digest.errors import JianbaoError
from digest.model import Article, Entry, Project, Section
from ui import i18n
from ui.commands import (
    AddSectionCommand,
    InsertEntryCommand,
    MoveEntryCommand,
    MoveSectionCommand,
    RemoveEntryCommand,
    RemoveSectionCommand,
    RenameSectionCommand,
    SetEntryTextCommand,
    SetIssuePropertiesCommand,
)
from ui.dialogs import ExportDialog, IssuePropertiesDialog, PreferencesDialog, SectionDialog
from ui.document import Document
from ui.entry_editor import EntryEditor
from ui.finding_text import describe as describe_finding
from ui.glossary_dialog import GlossaryMenu
from ui.i18n import Retranslating, button_label
from ui.icons import icon
from ui.import_runner import ImportOutcome, ImportRunner, import_context
from ui.library_panel import LibraryPanel
from ui.lineup import PositionRole
from ui.lineup_panel import LineupPanel
from ui.messages import FileDialogs, Messages, issue_file_name
from ui.pane_widths import pane_widths
from ui.preflight_panel import PreflightPanel
from ui.preview import PreviewController, PreviewPanel, options_dict
from ui.review_commands import ImportPagesCommand, all_pages
from ui.review_desk import ReviewDesk
from ui.settings import add_recent_file, app_settings, clear_recent_files, recent_files
from ui.text_fields import REDO_KEYS, UNDO_KEYS

DEFAULT_SIZE = QSize(1440, 900)


class Dialogs:
    """Modal dialogs run through here so tests can answer them without showing anything."""

    @classmethod
    def run(cls, dialog) -> bool:
        return bool(dialog.exec())

    @classmethod
    def print_dialog(cls, printer, parent) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        return bool(QPrintDialog(printer, parent).exec())


class MainWindow(Retranslating, QMainWindow):
    exportFinished = Signal(dict)

    def __init__(
        self,
        project: Project | None = None,
        path: str | Path | None = None,
        restore_layout: bool = True,
        project_store: store.ProjectStore | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(DEFAULT_SIZE)
        self._callbacks: dict[int, Callable[[dict[str, Any]], None]] = {}
        self.importer = ImportRunner(self)

        self.doc = Document(project or Project(), path, self, project_store)
        self._build_panes()
        self._build_actions()
        self._build_menus()
        self.glossary_menu = GlossaryMenu(self)
        self._build_toolbar()
        self._build_statusbar()
        self.setAcceptDrops(True)

        self.preview_controller = PreviewController(self.doc, self.preview, self)
        self.preview_controller.rendered.connect(self._preview_rendered)
        self.preview_controller.client.replied.connect(self._worker_replied)
        self.importer.started.connect(self._import_started)
        self.importer.finished.connect(self._import_done)

        self._attach_document(self.doc)
        self.retranslate_ui()
        if restore_layout:
            self._restore_layout()

    # ------------------------------------------------------------------ building
    def _build_panes(self) -> None:
        self.library_panel = LibraryPanel(self)
        self.lineup_panel = LineupPanel(self)
        self.editor = EntryEditor(self.doc, self)
        self.preview = PreviewPanel(self)
        self.preflight_panel = PreflightPanel(self)

        # The preflight list is a tab beside the lineup: it never takes the writing fields' room.
        self.lineup_tabs = QTabWidget(self)
        self.lineup_tabs.setObjectName("lineupTabs")
        self.lineup_tabs.setDocumentMode(True)
        self.lineup_tabs.addTab(self.lineup_panel, "")
        self.lineup_tabs.addTab(self.preflight_panel, "")

        # The reference column: the lineup (and preflight) over the source article.
        self.middle_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.middle_splitter.setObjectName("middleSplitter")
        self.middle_splitter.addWidget(self.lineup_tabs)
        self.middle_splitter.addWidget(self.editor.source_pane)
        self.middle_splitter.setSizes([330, 470])
        self.middle_splitter.setChildrenCollapsible(False)

        # library | lineup over source | writing column | preview; widths from ui.pane_widths.
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        for pane in (self.library_panel, self.middle_splitter, self.editor, self.preview):
            self.main_splitter.addWidget(pane)
        for number, stretch in enumerate((1, 1, 4, 1)):  # a wider window goes mostly to writing
            self.main_splitter.setStretchFactor(number, stretch)
        self.main_splitter.setCollapsible(1, False)
        self.main_splitter.setCollapsible(2, False)
        self.setCentralWidget(self.main_splitter)
        self.focus_mode = False
        self._sizes_before_focus: list[int] | None = None
        self._fitted_width = -1

        self.review_desk = ReviewDesk(self)
        self.review_dock = QDockWidget(self)
        self.review_dock.setObjectName("reviewDock")
        self.review_dock.setWidget(self.review_desk)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_dock)
        self.review_dock.hide()
        # While the review desk is open it stands where the preview was: the fields keep their room.
        # (after the dock has taken or given back its width: the next turn of the event loop)
        self.review_dock.visibilityChanged.connect(
            lambda visible: QTimer.singleShot(0, lambda: self.fit_panes(review_open=visible))
        )
        self.preflight_panel.entryActivated.connect(self.select_entry)
        self.preflight_panel.countsChanged.connect(self._update_preflight_button)
        self.preflight_panel.findingsChanged.connect(self.doc_findings_changed)

        self.library_panel.addRequested.connect(self.add_articles_to_issue)

    # ------------------------------------------------------------------ room to write
    def fit_panes(self, review_open: bool | None = None) -> None:
        """Share the width among the panes (ui.pane_widths): writing first, then the others."""
        handles = self.main_splitter.handleWidth() * (self.main_splitter.count() - 1)
        available = max(0, self.main_splitter.width() if self.isVisible() else self.width()) - handles
        if review_open is None:
            review_open = self.review_dock.isVisible()
        review_open = review_open and not self.review_dock.isFloating()
        widths = pane_widths(available, focus=self.focus_mode, preview=not review_open)
        self.main_splitter.setSizes(widths.as_list())
        self._fitted_width = self.width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.width() != self._fitted_width:
            self.fit_panes()

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: the library folds away and the preview narrows; leaving it restores the panes."""
        if on == self.focus_mode:
            return
        if on:
            self._sizes_before_focus = self.main_splitter.sizes()
        self.focus_mode = on
        self.actions_by_name["focus_mode"].setChecked(on)
        self.library_panel.setVisible(not on)
        if not on and self._sizes_before_focus:
            self.main_splitter.setSizes(self._sizes_before_focus)
        else:
            self.fit_panes()
        if on:
            self.editor.focus_last_field()

    def _action(self, name: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)  # every platform binding (Redo: Ctrl+Y and Ctrl+Shift+Z)
            elif isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            elif isinstance(shortcut, QKeySequence):
                action.setShortcut(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _=False: slot())
        self.actions_by_name[name] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        K = QKeySequence.StandardKey
        a = self._action
        a("new", self.new_project, K.New, "document-new")
        a("open", self.open_project, K.Open, "document-open")
        a("save", self.save, K.Save, "document-save")
        a("save_as", self.save_as, K.SaveAs, "document-save-as")
        a("export_copy", self.export_copy)
        a("import", self.import_pages_dialog, "Ctrl+I", "import")
        a("paste_page", self.paste_page, "Ctrl+Shift+V")
        a("review_page", self.review_current_article, "Ctrl+Shift+I")
        # Ctrl+E is end-of-line in Qt's text fields on Linux; no field takes Ctrl+Shift+E.
        a("export", self.export_pdf_dialog, "Ctrl+Shift+E", "export")
        a("print", self.print_issue, K.Print, "print")
        a("quit", self.close, K.Quit)
        # The same chords on every platform: Redo is Ctrl+Shift+Z and Ctrl+Y (Linux lacks Ctrl+Y).
        a("undo", self.doc_undo, list(UNDO_KEYS), "undo")
        a("redo", self.doc_redo, list(REDO_KEYS), "redo")
        a("add_to_issue", self._add_selected, "Ctrl+Return", "add")
        a("remove", self.remove_selected, None, "remove")
        a("move_up", lambda: self.move_selected(-1), "Alt+Up", "up")
        a("move_down", lambda: self.move_selected(1), "Alt+Down", "down")
        a("add_section", self.add_section, "Ctrl+Shift+N", "section-add")
        a("rename_section", self.rename_section, "F2", "rename")
        a("properties", self.issue_properties, "Ctrl+Shift+P", "properties")
        a("filter", self.focus_filter, K.Find)
        a("preferences", self.preferences, "Ctrl+,")  # K.Preferences is empty on Linux
        a("preflight", self.run_preflight, "F7", "preflight")
        a("refresh_preview", self.preview_now, "F5")
        a("focus_mode", lambda: self.set_focus_mode(not self.focus_mode), "F11")
        self.actions_by_name["focus_mode"].setCheckable(True)
        a("show_preflight", self.show_preflight_panel, "F8")
        a("about", self.about)
        a("clear_recent", self._clear_recent)
        toggle = self.review_dock.toggleViewAction()
        toggle.setObjectName("show_review")
        self.actions_by_name["show_review"] = toggle
        # Delete, Alt+Up/Down and F2 act on the lineup only; in text fields they keep their usual meaning.
        view = self.lineup_panel.view
        for name in ("remove", "move_up", "move_down", "rename_section"):
            action = self.actions_by_name[name]
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)
        self.actions_by_name["remove"].setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        # Ctrl+Return adds the library selection only while the library has focus (not while typing).
        add = self.actions_by_name["add_to_issue"]
        self.removeAction(add)
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.library_panel.addAction(add)
        self.lineup_panel.bind_actions(self.actions_by_name)
        self.lineup_panel.view.customContextMenuRequested.connect(self._lineup_menu)
        self.lineup_panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.recent_menu = QMenu(self)
        self.edit_menu = QMenu(self)
        self.issue_menu = QMenu(self)
        self.view_menu = QMenu(self)
        self.help_menu = QMenu(self)
        A = self.actions_by_name
        name: str | None  # None: a separator
        for name in ("new", "open"):
            self.file_menu.addAction(A[name])
        self.file_menu.addMenu(self.recent_menu)
        for name in (
            "save", "save_as", "export_copy", None, "import", "paste_page", "review_page", None, "export", "print",
            None, "quit",
        ):
            self.file_menu.addSeparator() if name is None else self.file_menu.addAction(A[name])
        for name in ("undo", "redo", None, "filter", None, "preferences"):
            self.edit_menu.addSeparator() if name is None else self.edit_menu.addAction(A[name])
        for name in (
            "add_to_issue",
            "remove",
            "move_up",
            "move_down",
            None,
            "add_section",
            "rename_section",
            None,
            "properties",
            "preflight",
        ):
            self.issue_menu.addSeparator() if name is None else self.issue_menu.addAction(A[name])
        for name in ("focus_mode", None, "show_preflight", "show_review", "refresh_preview"):
            self.view_menu.addSeparator() if name is None else self.view_menu.addAction(A[name])
        self.help_menu.addAction(A["about"])
        for menu in (self.file_menu, self.edit_menu, self.issue_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setMovable(False)
        for name in ("open", "save", None, "import", "export", "print", "preflight", None, "undo", "redo"):
            self.toolbar.addSeparator() if name is None else self.toolbar.addAction(
                self.actions_by_name[name]
            )

    def _build_statusbar(self) -> None:
        self.preflight_button = QToolButton(self)
        self.preflight_button.setObjectName("preflightButton")
        self.preflight_button.setAutoRaise(True)
        self.preflight_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.preflight_button.clicked.connect(self.show_preflight_panel)
        self.statusBar().addPermanentWidget(self.preflight_button)
        # Why the database is behind the screen (read-only file, full disk); empty when all is saved.
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.save_state.setStyleSheet("color: #b00020;")
        self.statusBar().addPermanentWidget(self.save_state)

    # ------------------------------------------------------------------ document
    def _attach_document(self, doc: Document) -> None:
        self.doc = doc
        self.library_panel.set_model(doc.library)
        self.lineup_panel.set_model(doc.lineup)
        if self.editor.doc is not doc:
            self.editor.set_document(doc)
        self.lineup_panel.view.selectionModel().currentChanged.connect(self._lineup_current_changed)
        doc.library.checkToggled.connect(self._check_toggled)
        doc.lineup.moveRequested.connect(self._move_requested)
        doc.lineup.articlesDropped.connect(self._articles_dropped)
        doc.lineup.sectionMoveRequested.connect(self._section_move_requested)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        doc.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        doc.undo_stack.indexChanged.connect(self._update_undo_actions)
        doc.pathChanged.connect(self._update_title)
        doc.lineup.rowsRemoved.connect(self._editor_entry_still_there)
        doc.commitFailed.connect(self._commit_failed)
        doc.commitSucceeded.connect(self._commit_succeeded)
        doc.externalArticles.connect(self._external_articles)
        doc.pageChanged.connect(self.review_desk.page_changed)
        doc.articlesReplaced.connect(self._articles_replaced)
        doc.undo_stack.indexChanged.connect(self.review_desk.page_still_there)
        self.review_desk.set_document(doc)
        if doc.failed:
            self._commit_failed(doc.failed)
        else:
            self.save_state.clear()
        self.editor.show_entry(None)
        self._apply_viewer_only()
        self._update_title()
        self._update_undo_actions()
        self._select_first_entry()

    # Actions that change the project: disabled while it is open read-only (another window has it).
    EDITING_ACTIONS = (
        "import",
        "paste_page",
        "review_page",
        "add_to_issue",
        "remove",
        "move_up",
        "move_down",
        "add_section",
        "rename_section",
        "properties",
        "add_glossary_term",  # the glossary menu (ui/glossary_dialog.py)
        "import_glossary",
    )

    def _apply_viewer_only(self) -> None:
        """A project another Jianbao window has open is shown read-only: it can be read, searched,
        previewed, exported and copied (Save As), not changed."""
        viewer = self.doc.viewer_only
        for name in self.EDITING_ACTIONS:
            self.actions_by_name[name].setEnabled(not viewer)
        for field in self.editor.fields.values():
            field.setReadOnly(viewer)
        self.library_panel.add_button.setEnabled(not viewer)
        self.lineup_panel.view.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop if viewer else QAbstractItemView.DragDropMode.DragDrop
        )
        self.review_desk.setEnabled(not viewer)
        if viewer:
            self.save_state.setText(self.tr("Read-only: open in another Jianbao window"))
            self.save_state.setToolTip(
                self.tr("Another Jianbao window is editing this project; close it there to edit it here.")
            )

    def set_document(
        self,
        project: Project,
        path: str | Path | None,
        modified: bool = False,
        project_store: store.ProjectStore | None = None,
    ) -> None:
        """Replace the open project (after New/Open)."""
        old = self.doc
        old.close_store(discard_draft=True)
        doc = Document(project, path, self, project_store)
        self.preview_controller.doc = doc
        doc.changed.connect(self.preview_controller.schedule)
        self._attach_document(doc)
        if modified:
            doc.undo_stack.resetClean()
            self._update_title()
        old.deleteLater()
        self.preview_controller.render_now()

    def _select_first_entry(self) -> None:
        entries = self.doc.issue.entries()
        if entries:
            self.select_entry(entries[0].article_id)

    def _update_title(self, *_args) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Untitled")
        if self.doc.viewer_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — " + self.tr("Jianbao"))  # the app name is not added again
        self.setWindowModified(self.doc.is_modified())

    def _update_undo_actions(self, *_args) -> None:
        stack = self.doc.undo_stack
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.setEnabled(stack.canUndo() and not self.doc.viewer_only)
        redo.setEnabled(stack.canRedo() and not self.doc.viewer_only)
        # The menu names the step: Undo “Edit English summary” / 撤销“修改英文摘要”.
        if stack.canUndo():
            undo.setText(self.tr("&Undo “%1”").replace("%1", stack.undoText()))
            undo.setToolTip(self.tr("Undo “%1”").replace("%1", stack.undoText()) + " (Ctrl+Z)")
        else:
            undo.setText(self.tr("&Undo"))
            undo.setToolTip(self.tr("Undo"))
        if stack.canRedo():
            redo.setText(self.tr("&Redo “%1”").replace("%1", stack.redoText()))
            redo.setToolTip(self.tr("Redo “%1”").replace("%1", stack.redoText()) + " (Ctrl+Y)")
        else:
            redo.setText(self.tr("&Redo"))
            redo.setToolTip(self.tr("Redo"))
        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))
        self.setWindowModified(self.doc.is_modified())

    def doc_undo(self) -> None:
        stack = self.doc.undo_stack
        command = stack.command(stack.index() - 1) if stack.canUndo() else None
        stack.undo()
        if command is not None:
            self._show_change(command, undone=True)

    def doc_redo(self) -> None:
        stack = self.doc.undo_stack
        command = stack.command(stack.index()) if stack.canRedo() else None
        stack.redo()
        if command is not None:
            self._show_change(command, undone=False)

    def _show_change(self, command, undone: bool) -> None:
        """After an undo or redo, select what it changed: the entry, and in a text edit the text."""
        steps = [command] + [command.child(i) for i in range(command.childCount())]
        for step in steps:
            article_id = getattr(step, "article_id", None)
            if not article_id:
                continue
            if self.doc.entry(article_id) is not None:
                self.select_entry(article_id)
                if isinstance(step, SetEntryTextCommand):
                    self.editor.select_change(step.field, *step.changed_span(undone))
            else:
                self.library_panel.select_article(article_id)
            return

    # ------------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        texts = {
            "new": (self.tr("&New"), self.tr("Start a new, empty project")),
            "open": (self.tr("&Open…"), self.tr("Open a project file")),
            "save": (
                self.tr("&Save"),
                self.tr("The project is always saved; this names an untitled one or retries a failed write"),
            ),
            "save_as": (self.tr("Save &As…"), self.tr("Copy the project to a new file and go on there")),
            "export_copy": (
                self.tr("Export a &Copy…"),
                self.tr("Write a copy of the project and go on editing this one"),
            ),
            "import": (self.tr("&Import Pages…"), self.tr("Import newspaper page text files (Ctrl+I)")),
            "paste_page": (
                self.tr("&Paste Page from Clipboard"),
                self.tr("Import the text on the clipboard as a page"),
            ),
            "review_page": (
                self.tr("Re&view Page Import…"),
                self.tr("Show the page of the selected article, line by line, to correct its import (Ctrl+Shift+I)"),
            ),
            "export": (self.tr("&Export PDF…"), self.tr("Export the issue as a print-ready PDF (Ctrl+Shift+E)")),
            "print": (self.tr("&Print…"), self.tr("Print the issue (Ctrl+P)")),
            "quit": (self.tr("&Quit"), self.tr("Quit Jianbao")),
            "undo": (self.tr("&Undo"), self.tr("Undo")),
            "redo": (self.tr("&Redo"), self.tr("Redo")),
            "add_to_issue": (
                self.tr("&Add to Issue"),
                self.tr("Add the selected library articles to the issue"),
            ),
            "remove": (
                self.tr("&Remove from Issue"),
                self.tr("Remove the selected entry or section (Delete)"),
            ),
            "move_up": (self.tr("Move &Up"), self.tr("Move the selected entry up (Alt+Up)")),
            "move_down": (self.tr("Move &Down"), self.tr("Move the selected entry down (Alt+Down)")),
            "add_section": (self.tr("Add &Section…"), self.tr("Add a section to the issue")),
            "rename_section": (self.tr("Re&name Section…"), self.tr("Rename the selected section (F2)")),
            "properties": (
                self.tr("Issue &Properties…"),
                self.tr("Title, number, date, locales, length targets and layout"),
            ),
            "filter": (self.tr("&Filter Library"), self.tr("Search the library (Ctrl+F)")),
            "preferences": (self.tr("Pre&ferences…"), self.tr("Interface language and other settings (Ctrl+,)")),
            "focus_mode": (
                self.tr("&Focus Mode"),
                self.tr("Hide the library and narrow the preview, for room to write (F11)"),
            ),
            "show_preflight": (
                self.tr("Preflight &Findings"),
                self.tr("Show the preflight findings beside the lineup (F8)"),
            ),
            "preflight": (self.tr("Pre&flight"), self.tr("Check the issue for problems before export (F7)")),
            "refresh_preview": (self.tr("&Refresh Preview"), self.tr("Render the preview again now (F5)")),
            "about": (self.tr("&About Jianbao"), self.tr("About Jianbao")),
            "clear_recent": (self.tr("&Clear Recent Files"), self.tr("Forget the recent files")),
        }
        for name, (text, tip) in texts.items():
            action = self.actions_by_name[name]
            action.setText(text)
            action.setIconText(button_label(text))
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.actions_by_name["show_review"].setText(self.tr("Import Re&view Desk"))
        self.review_dock.setWindowTitle(self.tr("Import Review"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.issue_menu.setTitle(self.tr("&Issue"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.lineup_tabs.setTabText(0, self.tr("Issue lineup"))
        self._update_preflight_tab()
        self.lineup_panel.title.setText(self.tr("Issue lineup"))
        self._update_title()
        self._update_undo_actions()
        self._update_preflight_button(*self.preflight_panel.counts())
        self.doc.lineup.retranslate()
        self._fill_recent_menu()

    # ------------------------------------------------------------------ layout memory
    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        for key, splitter in (
            ("window/panes", self.main_splitter),
            ("window/referenceSplitter", self.middle_splitter),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                splitter.restoreState(value)
                self._fitted_width = self.width()  # the user's widths stand until the window resizes

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.focus_mode and self._sizes_before_focus:
            self.set_focus_mode(False)  # remember the panes as they are outside focus mode
        settings.setValue("window/panes", self.main_splitter.saveState())
        settings.setValue("window/referenceSplitter", self.middle_splitter.saveState())
        settings.sync()

    # ------------------------------------------------------------------ lineup
    def current_position(self) -> tuple[int, int] | None:
        index = self.lineup_panel.view.currentIndex()
        return index.data(PositionRole) if index.isValid() else None

    def _lineup_current_changed(self, current, _previous=None) -> None:
        pos = current.data(PositionRole) if current.isValid() else None
        if pos is None or pos[1] < 0:
            self.editor.show_entry(None)
            return
        entry = editorial.entry_at(self.doc.issue, pos)
        self.editor.show_entry(entry.article_id)
        self.library_panel.select_article(entry.article_id)

    def _editor_entry_still_there(self, *_args) -> None:
        """After an undo or removal, stop editing an entry that is no longer in the issue."""
        if self.editor.article_id and self.doc.entry(self.editor.article_id) is None:
            self.editor.show_entry(None)

    def select_entry(self, article_id: str) -> None:
        index = self.doc.lineup.index_of_article(article_id)
        if index.isValid():
            self.lineup_panel.view.setCurrentIndex(index)
            self.lineup_panel.view.scrollTo(index)
            self.editor.show_entry(article_id)

    def _select_position(self, position: tuple[int, int] | None) -> None:
        if position is None:
            return
        index = self.doc.lineup.entry_index(position)
        if index.isValid():
            self.lineup_panel.view.setCurrentIndex(index)

    def _insert_position(self) -> tuple[int, int] | None:
        """Where new entries go: after the selected entry, at the end of the selected section, else last."""
        pos = self.current_position()
        if pos is None:
            return None
        s, row = pos
        if row < 0:
            return (s, len(self.doc.issue.sections[s].entries))
        return (s, row + 1)

    def add_articles_to_issue(self, ids: list[str], position: tuple[int, int] | None = None) -> int:
        """Add library articles (not already in the issue) as entries; one undo step. Returns how many."""
        if self.doc.viewer_only:
            return 0
        new_ids = [i for i in dict.fromkeys(ids) if self.doc.issue.find_entry(i) is None and self.doc.article(i)]
        if not new_ids:
            return 0
        position = position if position is not None else self._insert_position()
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Add %n Entries", "", len(new_ids)))
        last = None
        restored = 0
        for offset, article_id in enumerate(new_ids):
            article = self.doc.article(article_id)
            assert article is not None  # checked above
            entry = Entry(article_id=article_id, headline_zh=article.headline or "")
            target = None if position is None else (position[0], position[1] + offset)
            command = InsertEntryCommand(self.doc, entry, target)
            stack.push(command)
            last = command.placed
            restored += command.kept is not None
        stack.endMacro()
        self._select_position(last)
        message = self.tr("Added %n entries to the issue.", "", len(new_ids))
        if restored:
            message += " " + self.tr("%n of them came back with the headlines and summaries written before.", "", restored)
        self.statusBar().showMessage(message, 6000)
        return len(new_ids)

    def _add_selected(self) -> None:
        self.add_articles_to_issue(self.library_panel.selected_ids())

    def _check_toggled(self, article_id: str, checked: bool) -> None:
        if self.doc.viewer_only:
            return
        if checked:
            self.add_articles_to_issue([article_id])
        else:
            pos = editorial.position_of(self.doc.issue, article_id)
            if pos is not None:
                self._remove_entry(pos)

    def _remove_entry(self, pos: tuple[int, int]) -> None:
        """Take an entry out of the issue (one undo step); say where its texts went."""
        command = RemoveEntryCommand(self.doc, pos)
        self.doc.undo_stack.push(command)
        entry = command.entry
        name = entry.headline_zh or entry.headline_en or entry.article_id
        if command.has_text:
            message = self.tr(
                "Removed “%1” from the issue. Its headlines and summaries stay with the article and come "
                "back when you add it again; Undo (Ctrl+Z) puts the entry back."
            )
        else:
            message = self.tr("Removed “%1” from the issue; Undo (Ctrl+Z) puts it back.")
        self.statusBar().showMessage(message.replace("%1", name), 10000)

    def _articles_dropped(self, ids: list, target) -> None:
        if self.doc.viewer_only:
            return
        self.add_articles_to_issue(list(ids), tuple(target) if target else None)

    def _move_requested(self, source, target) -> None:
        """A drag dropped an entry: `target` is in before-move terms, as the drop indicator showed it."""
        if self.doc.viewer_only:
            return
        source, target = tuple(source), tuple(target)
        final = (target[0], target[1] - 1 if target[0] == source[0] and target[1] > source[1] else target[1])
        if final == source:
            return
        command = MoveEntryCommand(self.doc, source, final)
        self.doc.undo_stack.push(command)
        self._select_position(command.final)

    def _section_move_requested(self, source: int, target: int) -> None:
        if self.doc.viewer_only:
            return
        final = target - 1 if target > source else target
        final = max(0, min(final, len(self.doc.issue.sections) - 1))
        if final != source:
            self.doc.undo_stack.push(MoveSectionCommand(self.doc, source, final))
            self.lineup_panel.view.setCurrentIndex(self.doc.lineup.index(final, 0))

    def remove_selected(self) -> None:
        if self.doc.viewer_only:
            return
        pos = self.current_position()
        if pos is None:
            return
        s, row = pos
        if row >= 0:
            self._remove_entry(pos)
            count = len(self.doc.issue.sections[s].entries)
            if count:
                self._select_position((s, min(row, count - 1)))
            else:
                self.lineup_panel.view.setCurrentIndex(self.doc.lineup.index(s, 0))
        else:
            self.doc.undo_stack.push(RemoveSectionCommand(self.doc, s))

    def move_selected(self, step: int) -> None:
        if self.doc.viewer_only:
            return
        pos = self.current_position()
        if pos is None:
            return
        s, row = pos
        if row < 0:  # a section moves among sections
            section = s + step
            if 0 <= section < len(self.doc.issue.sections):
                self.doc.undo_stack.push(MoveSectionCommand(self.doc, s, section))
                self.lineup_panel.view.setCurrentIndex(self.doc.lineup.index(section, 0))
            return
        target = editorial.step_position(self.doc.issue, pos, step)
        if target is None:
            return
        command = MoveEntryCommand(self.doc, pos, target)
        self.doc.undo_stack.push(command)
        self._select_position(command.final)

    def add_section(self) -> None:
        if self.doc.viewer_only:
            return
        dialog = SectionDialog("", "", self)
        if not Dialogs.run(dialog):
            return
        title_zh, title_en = dialog.titles()
        pos = self.current_position()
        index = pos[0] + 1 if pos else len(self.doc.issue.sections)
        self.doc.undo_stack.push(AddSectionCommand(self.doc, index, Section(title_zh, title_en)))
        self.lineup_panel.view.setCurrentIndex(self.doc.lineup.index(index, 0))

    def rename_section(self) -> None:
        if self.doc.viewer_only:
            return
        pos = self.current_position()
        if pos is None:
            return
        section = self.doc.issue.sections[pos[0]]
        dialog = SectionDialog(section.title_zh, section.title_en, self)
        if Dialogs.run(dialog):
            title_zh, title_en = dialog.titles()
            if (title_zh, title_en) != (section.title_zh, section.title_en):
                self.doc.undo_stack.push(RenameSectionCommand(self.doc, pos[0], title_zh, title_en))

    def _lineup_menu(self, point) -> None:
        menu = QMenu(self)
        for name in ("rename_section", "add_section", None, "move_up", "move_down", None, "remove"):
            menu.addSeparator() if name is None else menu.addAction(self.actions_by_name[name])
        menu.popup(self.lineup_panel.view.viewport().mapToGlobal(point))

    def issue_properties(self) -> None:
        if self.doc.viewer_only:
            return
        dialog = IssuePropertiesDialog(self.doc.issue, self)
        if Dialogs.run(dialog):
            self.doc.undo_stack.push(SetIssuePropertiesCommand(self.doc, dialog.issue()))

    def focus_filter(self) -> None:
        self.library_panel.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library_panel.filter_edit.selectAll()

    # ------------------------------------------------------------------ files
    def maybe_save(self) -> bool:
        """Ask about work not in a named project file; True when it is fine to drop the document.

        A named project is always saved as it is edited; only an untitled one (or one whose
        writes are failing) has anything to ask about.
        """
        if not self.doc.is_modified():
            return True
        name = self.doc.path.name if self.doc.path else self.tr("Untitled")
        answer = Messages.ask_save(
            self, self.tr("Save the changes to “%1” before closing?").replace("%1", name)
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.doc.close_store(discard_draft=True)
            return True
        return False

    def new_project(self) -> None:
        if self.maybe_save():
            self.set_document(Project(), None)

    def open_project(self, path: str | None = None) -> bool:
        if path is None:
            folder = str(self.doc.path.parent) if self.doc.path else ""
            path = FileDialogs.open_project(self, folder)
            if not path:
                return False
        if self.doc.path is not None and Path(path).resolve() == self.doc.path:
            return True  # already open here
        if not self.maybe_save():
            return False
        return self.load_path(path)

    def load_path(self, path: str) -> bool:
        """Open a project file (a format-1 file is converted, its original kept beside it); a corrupt,
        foreign, newer or elsewhere-open file gives one clear message and changes nothing."""
        try:
            project_store = store.open_project(path, editor=True, read_only_if_in_use=True)
            try:
                project = project_store.read_working_set()
            except BaseException:
                project_store.close()
                raise
        except JianbaoError as exc:
            Messages.error(
                self,
                self.tr("Cannot open project"),
                self.tr("The project could not be opened:"),
                str(exc),
            )
            return False
        self.set_document(project, project_store.path, project_store=project_store)
        add_recent_file(str(project_store.path))
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", Path(path).name), 4000)
        return True

    def save(self) -> bool:
        """A named project is saved as it is edited: Save only retries a failed write, or names an
        untitled project."""
        if self.doc.path is None:
            return self.save_as()
        if self.doc.failed is not None and not self.doc.retry():
            return False
        self.statusBar().showMessage(self.tr("Every change is saved as you make it."), 4000)
        return True

    def _choose_target(self) -> Path | None:
        suggestion = str(self.doc.path) if self.doc.path else issue_file_name(self.doc.issue) + store.SUFFIX
        path = FileDialogs.save_project(self, suggestion)
        if not path:
            return None
        target = Path(path)
        if target.suffix != store.SUFFIX:
            target = target.with_name(target.name + store.SUFFIX)
        return target

    def _copy_to(self, target: Path) -> bool:
        try:
            if self.doc.failed is not None:
                self.doc.retry()
            assert self.doc.store is not None
            self.doc.flush()  # the copy has every change the writer was given
            self.doc.store.copy_to(target)  # the library as the database holds it
            if self.doc.failed is not None:  # the database is behind the screen: bring the copy up
                with store.open_project(target) as copy:
                    with copy.repo.transaction():
                        copy.repo.add_articles(list(self.doc.project.articles))
                        copy.repo.write_issues(self.doc.project.issues)
        except (JianbaoError, OSError) as exc:
            Messages.error(
                self,
                self.tr("Cannot save"),
                self.tr("The project was not saved; your work is still open:"),
                str(exc),
            )
            return False
        return True

    def save_as(self) -> bool:
        """Copy the project to a new file and go on editing there."""
        target = self._choose_target()
        if target is None:
            return False
        if self.doc.path is not None and target.resolve() == self.doc.path:
            return self.save()
        if not self._copy_to(target):
            return False
        try:
            project_store = store.open_project(target, editor=True)
        except JianbaoError as exc:
            Messages.error(self, self.tr("Cannot save"), self.tr("The copy cannot be opened:"), str(exc))
            return False
        self.doc.switch_store(project_store, project_store.path)
        self.doc.failed = None
        self.save_state.clear()
        add_recent_file(str(project_store.path))
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", target.name), 4000)
        return True

    def export_copy(self) -> bool:
        """Write a copy of the project elsewhere and go on editing this one."""
        target = self._choose_target()
        if target is None:
            return False
        if self.doc.path is not None and target.resolve() == self.doc.path:
            return self.save()
        if not self._copy_to(target):
            return False
        self.statusBar().showMessage(self.tr("Wrote a copy to %1").replace("%1", target.name), 4000)
        return True

    def _commit_failed(self, reason: str) -> None:
        text = self.tr("Not saved: %1").replace("%1", reason)
        self.save_state.setText(text)
        self.save_state.setToolTip(text)
        self.statusBar().showMessage(text, 10000)
        self._update_title()

    def _commit_succeeded(self) -> None:
        self.save_state.clear()
        self.statusBar().showMessage(self.tr("Saved again."), 4000)
        self._update_title()

    def _external_articles(self, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n article(s) were added to the library by another program.", "", count), 6000
        )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if files:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions_by_name["clear_recent"])
        self.actions_by_name["clear_recent"].setEnabled(bool(files))

    def _clear_recent(self) -> None:
        clear_recent_files()
        self._fill_recent_menu()

    # ------------------------------------------------------------------ import
    def import_pages_dialog(self) -> None:
        paths = FileDialogs.import_pages(self)
        if paths:
            self.import_paths(paths)

    def paste_page(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            Messages.warning(self, self.tr("Nothing to paste"), self.tr("The clipboard holds no text."))
            return
        label = self.tr("Clipboard %1").replace("%1", time.strftime("%H:%M:%S"))
        self.importer.import_text(text, label, import_context(self.doc))

    def import_paths(self, paths: list[str]) -> None:
        self.importer.import_files(paths, import_context(self.doc))

    def _import_started(self) -> None:
        self.statusBar().showMessage(self.tr("Importing…"))

    def _import_done(self, outcome: ImportOutcome) -> None:
        articles, read = outcome.unique_articles()
        new_pages = outcome.new_pages({p.id for p in all_pages(self.doc)})
        added: list[Article] = []
        if articles or new_pages:
            command = ImportPagesCommand(self.doc, new_pages, articles)
            self.doc.undo_stack.push(command)
            added = command.articles
        duplicates = read - len(added)
        if outcome.imports:
            self.review_page(outcome.imports[0].page.id)
        message = (
            self.tr("Imported %1 item(s); %2 already in the library.")
            .replace("%1", str(len(added)))
            .replace("%2", str(duplicates))
        )
        self.statusBar().showMessage(message, 6000)
        if outcome.errors:
            Messages.error(
                self,
                self.tr("Some pages were not imported"),
                self.tr("Could not import %n page(s); nothing else was changed:", "", len(outcome.errors)),
                "\n".join(outcome.errors),
            )

    # ------------------------------------------------------------------ review desk
    def review_page(self, page_id: str, line: int | None = None) -> bool:
        if not self.review_desk.show_page(page_id, line):
            return False
        self.review_dock.show()
        self.review_dock.raise_()
        return True

    def review_current_article(self) -> None:
        """Open the review desk on the page of the selected article (library, else the editor's)."""
        ids = self.library_panel.selected_ids() or ([self.editor.article_id] if self.editor.article_id else [])
        article = self.doc.article(ids[0]) if ids else None
        if article is None:
            self.statusBar().showMessage(self.tr("Select an article to review its page."), 5000)
            return
        if not article.page_id or not self.review_page(article.page_id, article.line_start):
            self.statusBar().showMessage(
                self.tr("This article was imported before pages were kept; import its page again to review it."),
                6000,
            )

    def _articles_replaced(self, moves: dict) -> None:
        """A reviewed page was rebuilt: the entry editor follows its entry to the new article."""
        current = self.editor.article_id
        if current in moves:
            self.editor.show_entry(moves[current])
        elif current and self.doc.entry(current) is not None:
            self.editor.show_entry(current)  # the article's text may have changed
        self.library_panel.refresh_sources()

    def is_importing(self) -> bool:
        return self.importer.is_busy()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasUrls():
            return super().dropEvent(event)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.handle_dropped_paths(paths)

    def handle_dropped_paths(self, paths: list[str]) -> None:
        projects = [p for p in paths if p.endswith(store.SUFFIX)]
        pages = [p for p in paths if not p.endswith(store.SUFFIX)]
        if pages:
            self.import_paths(pages)
        if projects:
            self.open_project(projects[0])

    # ------------------------------------------------------------------ preview & preflight
    def preview_now(self) -> None:
        self.preview_controller.render_now()

    def _preview_rendered(self, reply: dict) -> None:
        if reply.get("ok"):
            self.preflight_panel.set_findings(reply.get("findings", []))
        else:
            self.statusBar().showMessage(
                self.tr("Preview failed: %1").replace("%1", reply.get("error", "")), 8000
            )

    def _update_preflight_button(self, errors: int, warnings: int) -> None:
        if not self.preflight_panel.known:
            self.preflight_button.setText(self.tr("Preflight: not run yet"))
        else:
            self.preflight_button.setText(
                self.tr("Errors: %1  Warnings: %2").replace("%1", str(errors)).replace("%2", str(warnings))
            )
        self.preflight_button.setIcon(icon("error" if errors else ("warning" if warnings else "ok")))
        self.preflight_button.setToolTip(self.tr("Show the preflight panel"))

    def show_preflight_panel(self) -> None:
        """Show the preflight tab (beside the lineup, so the writing fields keep their room)."""
        self.lineup_tabs.setCurrentWidget(self.preflight_panel)

    def _update_preflight_tab(self) -> None:
        errors, warnings = self.preflight_panel.counts()
        text = self.tr("Preflight")
        if self.preflight_panel.known and (errors or warnings):
            text += f" ({errors + warnings})"
        self.lineup_tabs.setTabText(1, text)
        self.lineup_tabs.setTabIcon(
            1, icon("error" if errors else "warning") if errors or warnings else icon("ok")
        )

    def doc_findings_changed(self, findings: list) -> None:
        """Every entry's lineup icon follows its findings from the last preflight."""
        self.doc.lineup.set_findings(findings)
        self._update_preflight_tab()

    def run_preflight(self) -> None:
        self.show_preflight_panel()
        self._worker_call(
            {
                "op": "preflight",
                "project": self.doc.snapshot_text(),
                "options": options_dict(self.doc.issue),
            },
            lambda reply: (
                self.preflight_panel.set_findings(reply.get("findings", [])) if reply.get("ok") else None
            ),
        )

    def _worker_call(self, request: dict, callback) -> int:
        request_id = self.preview_controller.client.submit(request)
        self._callbacks[request_id] = callback
        return request_id

    def _worker_replied(self, reply: dict) -> None:
        callback = self._callbacks.pop(reply.get("id", -1), None)
        if callback is not None:
            callback(reply)

    # ------------------------------------------------------------------ export & print
    def export_pdf_dialog(self) -> None:
        dialog = ExportDialog(self.doc.issue, self)
        if not Dialogs.run(dialog):
            return
        layout, paper, bleed, marks = dialog.values()
        suggestion = str(self.doc.path.with_suffix(".pdf")) if self.doc.path else issue_file_name(self.doc.issue) + ".pdf"
        path = FileDialogs.export_pdf(self, suggestion)
        if path:
            self.export_to(path, layout, paper, bleed, marks, dialog.print_values())

    def export_to(
        self, path: str, layout: str, paper: str, bleed: float, marks: bool, print_options: dict | None = None
    ) -> None:
        """Preflight, ask about errors, then export in the worker process."""
        options = dict(
            options_dict(self.doc.issue), layout=layout, paper=paper, bleed_mm=bleed, marks=marks, force=False
        )
        options.update(print_options or {})  # PDF/X, imposition, sheet, creep (digest/print)
        project_text = self.doc.snapshot_text()
        self.statusBar().showMessage(self.tr("Checking the issue…"))

        def after_preflight(reply: dict) -> None:
            findings = reply.get("findings", []) if reply.get("ok") else []
            self.preflight_panel.set_findings(findings)
            errors = [f for f in findings if f.get("severity") == "error"]
            force = False
            if errors:
                self.show_preflight_panel()
                listing = "\n".join(f"• {describe_finding(f)}" for f in errors[:12])
                if not Messages.ask_yes_no(  # No is the default: Enter must not print the errors
                    self,
                    self.tr("Preflight found errors"),
                    self.tr("Preflight found %1 error(s):").replace("%1", str(len(errors)))
                    + "\n\n"
                    + listing
                    + "\n\n"
                    + self.tr("Export anyway?"),
                    default_yes=False,
                ):
                    self.statusBar().showMessage(self.tr("Export cancelled."), 4000)
                    self.exportFinished.emit({"ok": False, "cancelled": True})
                    return
                force = True
            self.statusBar().showMessage(self.tr("Exporting…"))
            self._worker_call(
                {
                    "op": "export",
                    "project": project_text,
                    "options": dict(options, force=force),
                    "path": path,
                },
                after_export,
            )

        def after_export(reply: dict) -> None:
            if reply.get("ok"):
                self.statusBar().showMessage(
                    self.tr("Exported %1 (%n page(s))", "", reply.get("pages", 0)).replace(
                        "%1", Path(path).name
                    ),
                    8000,
                )
            else:
                Messages.error(
                    self,
                    self.tr("Export failed"),
                    self.tr("The PDF was not written; your project is unchanged:"),
                    reply.get("error", ""),
                )
                self.statusBar().clearMessage()
            self.exportFinished.emit(reply)

        self._worker_call({"op": "preflight", "project": project_text, "options": options}, after_preflight)

    def print_issue(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        if not self.preview.is_ready():
            Messages.info(
                self, self.tr("Print"), self.tr("The preview is not ready yet; try again in a moment.")
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.doc.issue.title_en or "Jianbao")
        if not Dialogs.print_dialog(printer, self):
            return
        self.print_to(printer)

    def print_to(self, printer) -> int:
        """Render the preview PDF's pages onto `printer`; return the number of pages printed."""
        from PySide6.QtGui import QPainter

        document = self.preview.document
        count = document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(count) if first == 0 else range(first - 1, min(last, count))
        painter = QPainter()
        if not painter.begin(printer):
            Messages.error(self, self.tr("Print"), self.tr("The printer could not be started."))
            return 0
        printed = 0
        dpi = min(printer.resolution(), 300)  # enough for proofs; 1200 dpi pages would take ~0.5 GB each
        try:
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(
                    page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                )
                target = painter.viewport().size()
                size = image.size().scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
                printed += 1
                QApplication.processEvents()
        finally:
            painter.end()
        self.statusBar().showMessage(self.tr("Sent %n page(s) to the printer.", "", printed), 4000)
        return printed

    # ------------------------------------------------------------------ misc
    def preferences(self) -> None:
        dialog = PreferencesDialog(i18n.current_language(), self)
        if Dialogs.run(dialog):
            i18n.install_language(dialog.chosen_language(), remember=True)

    def about(self) -> None:
        from digest import __version__

        Messages.info(
            self,
            self.tr("About Jianbao"),
            self.tr("Jianbao %1 — a bilingual news digest studio.").replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.preview_controller.timer.stop()
        # An untitled draft nobody changed (or changed back) goes; one with work stays for next time.
        self.doc.close_store(discard_draft=not self.doc.is_modified())
        self.save_layout()
        event.accept()

