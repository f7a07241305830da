"""The terminology memory in the entry editor: chips with the glossary terms of the current
article (a click puts the house English into the English field last in focus, replacing its
selection), and adding a pair from the editor's selections (Glossary › Add Selected Term, Ctrl+Shift+G).

Adding a pair: select the Chinese term (in the source article or a Chinese field) and its
English (in an English field), in either order, then press the key. The latest selection on
each side is remembered, because a one-line field drops its selection when focus leaves it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from digest.glossary import Glossary, GlossaryError, house_rendering, make_term
from digest.model import Article, GlossaryTerm
from digest.text import is_han
from ui.chips import ChipGroup
from ui.glossary_commands import add_term_command
from ui.i18n import Retranslating

CHINESE_FIELDS = ("headline_zh", "summary_zh")
ENGLISH_FIELDS = ("headline_en", "summary_en")


def _selected_text(widget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    # QTextCursor marks paragraph ends with U+2029; a term never spans one
    return widget.textCursor().selectedText().replace("\u2029", " ").replace("\u2028", " ")


class GlossaryChips(Retranslating, QWidget):
    """The glossary hits of the editor's article, and the selections a new pair is made from."""

    def __init__(self, editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryChips")
        self.editor = editor
        self.article: Article | None = None
        self.zh_selection = ""
        self.en_selection = ""
        self.english_field = "summary_en"  # where a chip inserts: the English field last in focus
        self._doc = None
        self._index: tuple[int, Glossary] | None = None  # (id of the glossary list, its index)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The chip area's look (title inline, chips wrapping); a click goes to the English field.
        self.group = ChipGroup("glossary", self)
        self.group.insertRequested.connect(self.insert)
        self.label = self.group.title
        layout.addWidget(self.group)

        editor.source.selectionChanged.connect(lambda: self._selection_changed(editor.source, True))
        for field, edit in editor.fields.items():
            chinese = field in CHINESE_FIELDS
            edit.selectionChanged.connect(lambda e=edit, c=chinese: self._selection_changed(e, c))
            if not chinese:
                edit.focused.connect(lambda f=field: setattr(self, "english_field", f))
        self.retranslate_ui()
        self.show_article(None)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Glossary:"))
        self.label.setToolTip(
            self.tr("Glossary terms of this article: click one to put its house English in the English field")
        )
        for chip in self.chips():
            chip.setToolTip(
                self.tr("Insert “%1” into the English field (replacing its selection)").replace(
                    "%1", chip.property("insertText")
                )
            )

    # -- selections -----------------------------------------------------------------------
    def _selection_changed(self, widget, chinese: bool) -> None:
        text = " ".join(_selected_text(widget).split())
        if not text:
            return  # a field dropping its selection on focus-out: keep what was chosen
        if chinese and any(is_han(ch) for ch in text):
            self.zh_selection = text
        elif not chinese:
            self.en_selection = text

    def pair_from_selection(self) -> GlossaryTerm:
        """The pair the editor's selections make; GlossaryError says what is missing."""
        if not self.zh_selection and not self.en_selection:
            raise GlossaryError(self.tr("Select a Chinese term and its English first."))
        if not self.zh_selection:
            raise GlossaryError(
                self.tr("Select the Chinese term too (in the source article or a Chinese field).")
            )
        if not self.en_selection:
            raise GlossaryError(self.tr("Select its English too (in an English field)."))
        try:
            return make_term(self.zh_selection, self.en_selection)
        except GlossaryError:
            raise GlossaryError(
                self.tr("«%1» → «%2» cannot be a glossary pair.")
                .replace("%1", self.zh_selection[:20])
                .replace("%2", self.en_selection[:40])
            ) from None

    def add_from_selection(self) -> str:
        """Add the selected pair to the glossary (one undo step); returns what to tell the user."""
        if self.editor.article_id is None:
            return self.tr("Open an entry and select a Chinese term and its English first.")
        try:
            term = self.pair_from_selection()
        except GlossaryError as exc:
            return str(exc)
        doc = self.editor.doc
        if any(t == term for t in doc.project.glossary):
            return (
                self.tr("«%1» → «%2» is in the glossary already.")
                .replace("%1", term.zh)
                .replace("%2", term.en)
            )
        command, replaces = add_term_command(doc, term)
        doc.undo_stack.push(command)
        self.zh_selection = self.en_selection = ""
        message = (
            self.tr("Glossary: «%1» is now «%2».")
            if replaces
            else self.tr("Added to the glossary: «%1» → «%2».")
        )
        return message.replace("%1", term.zh).replace("%2", term.en)

    # -- chips ----------------------------------------------------------------------------
    def glossary(self) -> Glossary:
        terms = self.editor.doc.project.glossary
        if self._index is None or self._index[0] != id(terms):
            self._index = (id(terms), Glossary(terms))
        return self._index[1]

    def _doc_changed(self) -> None:
        terms = self.editor.doc.project.glossary
        if self._index is not None and self._index[0] != id(terms):
            self.show_article(self.article, keep_selections=True)
            self.editor.fit_chips()

    def show_article(self, article: Article | None, keep_selections: bool = False) -> None:
        doc = self.editor.doc
        if self._doc is not doc:  # a new document (New, Open): follow its glossary changes
            self._doc = doc
            doc.changed.connect(self._doc_changed)
        if not keep_selections:
            self.zh_selection = self.en_selection = ""
        self.article = article
        self.group.clear()
        terms = self.glossary().terms_in(self.article_text(article)) if article else []
        for term in terms:
            english = house_rendering(term)
            self.group.add_chip(f"{term.zh} → {english}", english, "glossary", term.zh)
        self.setVisible(bool(terms))
        self.retranslate_ui()

    @staticmethod
    def article_text(article: Article) -> str:
        subheads = [s.text for s in article.subheadings]
        parts = (article.kicker, article.headline, article.subtitle, *subheads, *article.paragraphs)
        return "\n".join(p for p in parts if p)

    def chips(self) -> list[QToolButton]:
        return self.group.chips()

    def insert(self, english: str) -> None:
        field = self.english_field if self.english_field in ENGLISH_FIELDS else "summary_en"
        self.editor.insert_helper(english, field)
