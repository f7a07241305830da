"""Undo steps of the terminology memory: every change to the glossary replaces it whole (it is
small), is written to the project database at once, and undoes in one step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from digest.glossary import merge_terms
from digest.model import GlossaryTerm


def set_glossary(doc, terms: Sequence[GlossaryTerm]) -> None:
    """Make `terms` the project's glossary: a new list (views compare identity to notice the
    change), written through the document's database, and the preview's preflight rerun."""
    doc.project.glossary = written = list(terms)  # pairs are never changed in place: a list copy is one
    doc.write(lambda repo: repo.write_glossary(written))
    doc.changed.emit()


class SetGlossaryCommand(QUndoCommand):
    """Replace the glossary (the dialog's edits, an import) in one undo step."""

    def __init__(self, doc, terms: Sequence[GlossaryTerm], text: str = "", parent=None) -> None:
        super().__init__(text or QCoreApplication.translate("Glossary", "Edit Glossary"), parent)
        self.doc = doc
        self.before = list(doc.project.glossary)
        self.after = list(terms)

    def redo(self) -> None:
        set_glossary(self.doc, self.after)

    def undo(self) -> None:
        set_glossary(self.doc, self.before)


def add_term_command(doc, term: GlossaryTerm) -> tuple[SetGlossaryCommand, bool]:
    """The undo step adding `term` (replacing the pair with the same Chinese); and whether it
    replaces one."""
    merged, _added, replaced = merge_terms(doc.project.glossary, [term])
    text = QCoreApplication.translate("Glossary", "Add “%1” to Glossary").replace("%1", term.zh)
    replaces = any(t.zh == term.zh for t in doc.project.glossary)
    return SetGlossaryCommand(doc, merged, text), replaces and bool(replaced)
