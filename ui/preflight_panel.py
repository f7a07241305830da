"""The preflight panel: findings of the last preview or export, each clickable to its entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.finding_text import describe
from ui.i18n import Retranslating
from ui.icons import icon

FindingRole = Qt.ItemDataRole.UserRole + 20


class PreflightPanel(Retranslating, QWidget):
    entryActivated = Signal(str)  # article id
    countsChanged = Signal(int, int)  # errors, warnings
    findingsChanged = Signal(list)  # the findings as set (the lineup's icons follow them)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("preflightList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.findings: list[dict[str, Any]] = []
        self.known = False
        self.retranslate_ui()

    def counts(self) -> tuple[int, int]:
        errors = sum(f.get("severity") == "error" for f in self.findings)
        return errors, len(self.findings) - errors

    def retranslate_ui(self) -> None:
        if not self.known:
            self.summary.setText(self.tr("Preflight runs with every preview."))
            return
        errors, warnings = self.counts()
        if not self.findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(
                self.tr("%1 error(s), %2 warning(s). Click one to open its entry.")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )
        for i in range(self.list.count()):
            item = self.list.item(i)
            finding = item.data(FindingRole)
            item.setText(describe(finding))
            item.setToolTip(self.tr("Open the entry") if finding.get("article_id") else "")

    def set_findings(self, findings: list[dict[str, Any]]) -> None:
        self.known = True
        self.findings = list(findings)
        self.list.clear()
        for finding in self.findings:
            item = QListWidgetItem(describe(finding))
            item.setIcon(icon("error" if finding.get("severity") == "error" else "warning"))
            item.setData(FindingRole, finding)
            self.list.addItem(item)
        self.retranslate_ui()
        self.countsChanged.emit(*self.counts())
        self.findingsChanged.emit(self.findings)

    def _activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FindingRole)
        if finding and finding.get("article_id"):
            self.entryActivated.emit(finding["article_id"])
