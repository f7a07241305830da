"""Dialogs: issue properties, section titles, export options and preferences."""

from __future__ import annotations

import copy
import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digest.model import DEFAULT_LOCALES, EDITION_LOCALES, LAYOUTS, PAPERS, Issue, PrintJob
from ui.date_field import DateField
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, Retranslating


def layout_label(widget: QWidget, layout: str) -> str:
    return {
        "side-by-side": QCoreApplication.translate("Dialogs", "Bilingual, side by side"),
        "stacked": QCoreApplication.translate("Dialogs", "Bilingual, stacked"),
        "zh": QCoreApplication.translate("Dialogs", "Chinese only"),
        "en": QCoreApplication.translate("Dialogs", "English only"),
    }.get(layout, layout)


def paper_label(widget: QWidget, paper: str) -> str:
    return {"Letter": QCoreApplication.translate("Dialogs", "US Letter")}.get(paper, paper)


def locale_label(widget: QWidget, locale: str) -> str:
    return {
        "zh_CN": QCoreApplication.translate("Dialogs", "Chinese (Simplified, China)"),
        "en_GB": QCoreApplication.translate("Dialogs", "English (United Kingdom)"),
        "en_US": QCoreApplication.translate("Dialogs", "English (United States)"),
        "zh_Hant_TW": QCoreApplication.translate("Dialogs", "Chinese (Traditional, Taiwan)"),
        "zh_Hant_HK": QCoreApplication.translate("Dialogs", "Chinese (Traditional, Hong Kong)"),
    }.get(locale, locale)


class LayoutFields(Retranslating, QWidget):
    """Layout, paper, bleed and crop marks: shared by the issue and export dialogs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layout_box = QComboBox(self)
        self.paper_box = QComboBox(self)
        self.bleed = QDoubleSpinBox(self)
        self.bleed.setRange(0.0, 20.0)
        self.bleed.setDecimals(1)
        self.bleed.setSingleStep(1.0)
        self.marks = QCheckBox(self)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.labels[0], self.layout_box)
        self.form.addRow(self.labels[1], self.paper_box)
        self.form.addRow(self.labels[2], self.bleed)
        self.form.addRow("", self.marks)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        layout, paper = self.layout_box.currentData(), self.paper_box.currentData()
        self.layout_box.clear()
        for name in LAYOUTS:
            self.layout_box.addItem(layout_label(self, name), name)
        self.paper_box.clear()
        for name in PAPERS:
            self.paper_box.addItem(paper_label(self, name), name)
        if layout:
            self.layout_box.setCurrentIndex(self.layout_box.findData(layout))
        if paper:
            self.paper_box.setCurrentIndex(self.paper_box.findData(paper))
        self.labels[0].setText(self.tr("Layout:"))
        self.labels[1].setText(self.tr("Paper:"))
        self.labels[2].setText(self.tr("Bleed:"))
        self.bleed.setSuffix(self.tr(" mm"))
        self.marks.setText(self.tr("Crop marks"))
        self.bleed.setToolTip(self.tr("Extra image area beyond the trim for the print shop (usually 3 mm)"))

    def set_values(self, layout: str, paper: str, bleed: float, marks: bool) -> None:
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(layout)))
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
        self.bleed.setValue(bleed)
        self.marks.setChecked(marks)

    def values(self) -> tuple[str, str, float, bool]:
        return (
            self.layout_box.currentData(),
            self.paper_box.currentData(),
            self.bleed.value(),
            self.marks.isChecked(),
        )


class FieldsDialog(Retranslating, QDialog):
    """Fields above an OK/Cancel box; subclasses build their fields, then call _finish()."""

    def _finish(self, *parts: QWidget | QLayout) -> None:
        """Stack `parts` above the buttons and set the strings (retranslate_ui) for the first time."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.buttons)
        self.retranslate_ui()


class IssuePropertiesDialog(FieldsDialog):
    """Title (zh/en), number, date, edition locales, length targets and layout of the issue."""

    def __init__(self, issue: Issue, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("issuePropertiesDialog")
        self._issue = issue
        self.title_zh = QLineEdit(issue.title_zh, self)
        self.title_en = QLineEdit(issue.title_en, self)
        self.number = QSpinBox(self)
        self.number.setRange(1, 9999)
        self.number.setValue(issue.number)
        self.date = DateField(self)
        self.date.setDate(QDate(issue.date.year, issue.date.month, issue.date.day))
        self.publisher = QLineEdit(issue.publisher, self)
        self.locale_boxes: dict[str, QCheckBox] = {}
        locales = QWidget(self)
        locales_layout = QVBoxLayout(locales)
        locales_layout.setContentsMargins(0, 0, 0, 0)
        for locale in EDITION_LOCALES:
            box = QCheckBox(locales)
            box.setChecked(locale in issue.locales)
            self.locale_boxes[locale] = box
            locales_layout.addWidget(box)
        self.zh_min, self.zh_max, self.en_min, self.en_max = (QSpinBox(self) for _ in range(4))
        for spin, value in (
            (self.zh_min, issue.targets.zh_min),
            (self.zh_max, issue.targets.zh_max),
            (self.en_min, issue.targets.en_min),
            (self.en_max, issue.targets.en_max),
        ):
            spin.setRange(0, 5000)
            spin.setValue(value)
        self.layout_fields = LayoutFields(self)
        self.layout_fields.set_values(
            issue.layout.layout, issue.layout.paper, issue.layout.bleed_mm, issue.layout.marks
        )

        self.form = QFormLayout()
        self.row_labels = [QLabel(self) for _ in range(8)]
        zh_range = QHBoxLayout()
        self.zh_to = QLabel(self)
        zh_range.addWidget(self.zh_min)
        zh_range.addWidget(self.zh_to)
        zh_range.addWidget(self.zh_max)
        en_range = QHBoxLayout()
        self.en_to = QLabel(self)
        en_range.addWidget(self.en_min)
        en_range.addWidget(self.en_to)
        en_range.addWidget(self.en_max)
        fields: tuple[QWidget | QLayout, ...] = (
            self.title_zh,
            self.title_en,
            self.number,
            self.date,
            self.publisher,
            locales,
            zh_range,
            en_range,
        )
        for label, field in zip(self.row_labels, fields, strict=False):
            self.form.addRow(label, field)
        self.layout_group = QGroupBox(self)
        group_layout = QVBoxLayout(self.layout_group)
        group_layout.addWidget(self.layout_fields)
        self.job_group, self.job_copies, self.job_fields, self.job_labels = self._job_group(issue.print_job)
        # Two columns: in one the dialog stood 813 px tall, its buttons below a 1024×700 screen.
        columns = QHBoxLayout()
        columns.addLayout(self.form)
        groups = QVBoxLayout()
        groups.addWidget(self.layout_group)
        groups.addWidget(self.job_group)
        groups.addStretch(1)
        columns.addSpacing(12)
        columns.addLayout(groups)
        self._finish(columns)

    def _job_group(self, job: PrintJob) -> tuple[QGroupBox, QSpinBox, dict[str, QLineEdit], list[QLabel]]:
        """The job sheet's fields: copies, then stock, colours, finishing, contact, notes."""
        group = QGroupBox(self)
        form = QFormLayout(group)
        copies = QSpinBox(group)
        copies.setRange(0, 1_000_000)
        copies.setValue(job.copies)
        fields = {
            name: QLineEdit(getattr(job, name), group)
            for name in ("paper", "colours", "finishing", "contact", "notes")
        }
        widgets: list[QWidget] = [copies, *fields.values()]
        labels = [QLabel(group) for _ in widgets]
        for label, widget in zip(labels, widgets, strict=True):
            form.addRow(label, widget)
        return group, copies, fields, labels

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Issue Properties"))
        texts = (
            self.tr("Chinese title:"),
            self.tr("English title:"),
            self.tr("Number:"),
            self.tr("Date:"),
            self.tr("Publisher:"),
            self.tr("Edition locales:"),
            self.tr("Chinese summary:"),
            self.tr("English summary:"),
        )
        for label, text in zip(self.row_labels, texts, strict=False):
            label.setText(text)
        for locale, box in self.locale_boxes.items():
            box.setText(locale_label(self, locale))
        self.zh_to.setText(self.tr("to"))
        self.en_to.setText(self.tr("to"))
        self.zh_max.setSuffix(self.tr(" characters"))
        self.en_max.setSuffix(self.tr(" words"))
        self.layout_group.setTitle(self.tr("Layout"))
        self.job_group.setTitle(self.tr("Print job (for the job sheet)"))
        for label, text in zip(
            self.job_labels,
            (
                self.tr("Copies:"),
                self.tr("Paper stock:"),
                self.tr("Colours:"),
                self.tr("Finishing:"),
                self.tr("Contact:"),
                self.tr("Notes:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.job_copies.setSpecialValueText(self.tr("not set"))
        self.job_fields["paper"].setPlaceholderText(self.tr("e.g. 115 g/m² gloss coated"))
        self.job_fields["finishing"].setPlaceholderText(self.tr("empty: from the imposition"))
        for field in self.job_fields.values():  # each hint shows whole, in either language
            hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
            field.setMinimumWidth(hint + 16 if field.placeholderText() else 0)

    def issue(self) -> Issue:
        """A copy of the issue with the dialog's values (sections untouched)."""
        issue = copy.deepcopy(self._issue)
        issue.title_zh = self.title_zh.text().strip()
        issue.title_en = self.title_en.text().strip()
        issue.number = self.number.value()
        qdate = self.date.date()
        issue.date = _dt.date(qdate.year(), qdate.month(), qdate.day())
        issue.publisher = self.publisher.text().strip()
        issue.locales = [loc for loc, box in self.locale_boxes.items() if box.isChecked()] or list(
            DEFAULT_LOCALES
        )
        issue.targets.zh_min, issue.targets.zh_max = sorted((self.zh_min.value(), self.zh_max.value()))
        issue.targets.en_min, issue.targets.en_max = sorted((self.en_min.value(), self.en_max.value()))
        layout, paper, bleed, marks = self.layout_fields.values()
        issue.layout.layout, issue.layout.paper, issue.layout.bleed_mm, issue.layout.marks = (
            layout,
            paper,
            bleed,
            marks,
        )
        job = issue.print_job
        job.copies = self.job_copies.value()
        for name in ("paper", "colours", "finishing", "contact", "notes"):
            setattr(job, name, self.job_fields[name].text().strip())
        return issue


class SectionDialog(FieldsDialog):
    def __init__(self, title_zh: str, title_en: str, parent=None) -> None:
        super().__init__(parent)
        self.title_zh = QLineEdit(title_zh, self)
        self.title_en = QLineEdit(title_en, self)
        self.labels = [QLabel(self), QLabel(self)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.title_zh)
        form.addRow(self.labels[1], self.title_en)
        self._finish(form)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Section"))
        self.labels[0].setText(self.tr("Chinese title:"))
        self.labels[1].setText(self.tr("English title:"))

    def titles(self) -> tuple[str, str]:
        return self.title_zh.text().strip(), self.title_en.text().strip()


class PrintFields(Retranslating, QWidget):
    """PDF/X standard, booklet imposition, press sheet and creep of the print file (digest/print)."""

    STANDARDS = ("X-4", "X-1a", None)
    IMPOSITIONS = (None, "saddle-stitch", "2-up")
    SHEETS = (None, "A4", "A3", "SRA3")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.standard_box, self.impose_box, self.sheet_box = QComboBox(self), QComboBox(self), QComboBox(self)
        self.creep = QDoubleSpinBox(self)
        self.creep.setRange(0.0, 2.0)
        self.creep.setDecimals(2)
        self.creep.setSingleStep(0.05)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.standard_box, self.impose_box, self.sheet_box, self.creep), strict=True
        ):
            self.form.addRow(label, field)
        self.impose_box.currentIndexChanged.connect(self._imposition_changed)
        self.retranslate_ui()
        self._imposition_changed()

    def retranslate_ui(self) -> None:
        picked = (
            max(0, self.standard_box.currentIndex()),
            max(0, self.impose_box.currentIndex()),
            max(0, self.sheet_box.currentIndex()),
        )
        for box, texts in (
            (
                self.standard_box,
                (self.tr("PDF/X-4 (recommended)"), self.tr("PDF/X-1a"), self.tr("Plain PDF")),
            ),
            (
                self.impose_box,
                (
                    self.tr("None (single pages)"),
                    self.tr("Booklet, saddle stitch"),
                    self.tr("2-up, cut and stack"),
                ),
            ),
            (self.sheet_box, (self.tr("Smallest that fits"), "A4", "A3", "SRA3")),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItems(list(texts))
            box.blockSignals(False)
        for box, index in zip((self.standard_box, self.impose_box, self.sheet_box), picked, strict=True):
            box.setCurrentIndex(index)
        for label, text in zip(
            self.labels,
            (self.tr("PDF standard:"), self.tr("Imposition:"), self.tr("Sheet:"), self.tr("Creep:")),
            strict=True,
        ):
            label.setText(text)
        self.creep.setSuffix(self.tr(" mm per sheet"))

    def _imposition_changed(self) -> None:
        imposed = self.impose_box.currentIndex() > 0
        self.sheet_box.setEnabled(imposed)
        self.creep.setEnabled(self.IMPOSITIONS[max(0, self.impose_box.currentIndex())] == "saddle-stitch")

    def values(self) -> dict[str, str | float | None]:
        """ExportOptions fields: pdfx, impose, sheet, creep_mm."""
        impose = self.IMPOSITIONS[max(0, self.impose_box.currentIndex())]
        return {
            "pdfx": self.STANDARDS[max(0, self.standard_box.currentIndex())],
            "impose": impose,
            "sheet": self.SHEETS[max(0, self.sheet_box.currentIndex())] if impose else None,
            "creep_mm": self.creep.value() if impose == "saddle-stitch" else 0.0,
        }


class ExportDialog(FieldsDialog):
    """Layout, paper, bleed and marks for one export, and the print file; defaults from the issue."""

    def __init__(self, issue: Issue, parent=None) -> None:
        super().__init__(parent)
        self.fields = LayoutFields(self)
        self.fields.set_values(
            issue.layout.layout, issue.layout.paper, issue.layout.bleed_mm, issue.layout.marks
        )
        self.print_fields = PrintFields(self)
        self.print_group = QGroupBox(self)
        QVBoxLayout(self.print_group).addWidget(self.print_fields)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self._finish(self.fields, self.print_group, self.note)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export PDF"))
        self.print_group.setTitle(self.tr("Print file"))
        self.note.setText(
            self.tr("Preflight runs before the export; errors are listed with an option to export anyway.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))

    def values(self) -> tuple[str, str, float, bool]:
        return self.fields.values()

    def print_values(self) -> dict[str, str | float | None]:
        return self.print_fields.values()


class PreferencesDialog(FieldsDialog):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.label, self.language)
        self._finish(form)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.label.setText(self.tr("Interface language:"))

    def chosen_language(self) -> str:
        return self.language.currentData()
