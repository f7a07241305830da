"""A date field that takes a date typed whole: `28/11/2026`, `2026-11-28`, `2026年11月28日`.

QDateEdit edits a date section by section; typing a whole date over a selected one goes
astray (28/11/2026 typed over 05/01/2026 gave 28/12/2026, or nothing). Here the text is read
when the editor leaves the field or presses Enter, in the UI locale's short format and the usual
others; a calendar button picks a date with the mouse. Text that is no date turns red and the
last good date stays.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

# Orders tried for three numbers: day-first (en_GB, the UI's English), year-first (ISO, Chinese).
_NUMBERS = re.compile(r"\d+")


def parse_date(text: str, day_first: bool = True) -> QDate | None:
    """A date from typed text, or None.

    >>> parse_date("28/11/2026").toString("yyyy-MM-dd"), parse_date("2026-11-28").toString("yyyy-MM-dd")
    ('2026-11-28', '2026-11-28')
    >>> parse_date("2026年11月28日").toString("yyyy-MM-dd"), parse_date("31/02/2026")
    ('2026-11-28', None)
    """
    numbers = [int(n) for n in _NUMBERS.findall(text)]
    if len(numbers) != 3:
        return None
    a, b, c = numbers
    if len(_NUMBERS.findall(text)[0]) == 4:  # year first: 2026-11-28, 2026/11/28, 2026年11月28日
        year, month, day = a, b, c
    elif day_first:
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if year < 100:
        year += 2000
    date = QDate(year, month, day)
    return date if date.isValid() else None


class DateField(QWidget):
    """A line edit for the date and a calendar button; `date()` / `setDate()` as QDateEdit has."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.read_text)
        self.edit.textEdited.connect(lambda _text: self._mark(True))
        self.calendar.clicked.connect(self._picked)
        self._show()

    def date(self) -> QDate:
        """The date as typed so far (text not yet read when the field still has focus counts)."""
        self.read_text()
        return QDate(self._date)

    def setDate(self, date: QDate) -> None:
        if date.isValid():
            changed = date != self._date
            self._date = QDate(date)
            self._show()
            if changed:
                self.dateChanged.emit(QDate(date))

    def read_text(self) -> bool:
        """Read the typed text; False (and the text shown in red) when it is no date."""
        parsed = parse_date(self.edit.text(), day_first=not _year_first())
        if parsed is None:
            self._mark(False)
            return False
        self.setDate(parsed)
        self._show()
        return True

    def _picked(self, date: QDate) -> None:
        self.setDate(date)
        menu = self.button.menu()
        if menu is not None:
            menu.hide()

    def _show(self) -> None:
        self.edit.setText(QLocale().toString(self._date, QLocale.FormatType.ShortFormat) if _year_first()
                          else self._date.toString("dd/MM/yyyy"))  # fmt: skip
        self.edit.setToolTip(QLocale().toString(self._date, QLocale.FormatType.LongFormat))
        self.calendar.setSelectedDate(self._date)
        self._mark(True)

    def _mark(self, good: bool) -> None:
        self.edit.setStyleSheet("" if good else "color: #c62828;")


def _year_first() -> bool:
    """Chinese writes the year first (2026/11/28); the UI's English (en_GB) the day first."""
    return QLocale().language() == QLocale.Language.Chinese
