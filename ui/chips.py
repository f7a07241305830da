"""The chip area under the entry editor's fields: groups of helper chips that wrap like words.

Each group is a title and its chips in one FlowLayout. The editor fills the names and figures
groups; other helpers (a glossary, key sentences) add their own group with `add_group` and
connect their chips as they like. A chip click that should insert text at the cursor emits
`insertRequested` through `ChipGroup.add_chip`. The area is as tall as its chips need at
its width (never a horizontal scroll bar); the editor caps it so the fields keep their room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout

CHIP_HEIGHT = 24


class ChipGroup(QWidget):
    """A title followed by chips, all wrapping in one flow (the title takes no line of its own)."""

    insertRequested = Signal(str)  # the text a clicked chip inserts

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chips_{name}")
        self.name = name
        self.setProperty("content", True)  # chips show data from the article, not UI text
        self.flow = FlowLayout(self, spacing=3)
        self.title = QLabel(self)
        self.title.setObjectName("chipGroupTitle")
        self.title.setStyleSheet("color: #555555;")
        self.title.setFixedHeight(CHIP_HEIGHT)
        self.flow.addWidget(self.title)
        self.setVisible(False)

    def add_chip(self, label: str, insert_text: str, kind: str = "", source: str = "") -> QToolButton:
        chip = QToolButton(self)
        chip.setText(label)
        chip.setProperty("insertText", insert_text)
        chip.setProperty("sourceText", source)
        chip.setProperty("helperKind", kind or self.name)
        chip.setAutoRaise(False)
        chip.setFixedHeight(CHIP_HEIGHT)
        chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the cursor in the text field
        chip.clicked.connect(lambda _=False, text=insert_text: self.insertRequested.emit(text))
        self.flow.addWidget(chip)
        chip.show()  # a child added to a shown widget stays hidden (and out of the flow) otherwise
        self.setVisible(True)
        return chip

    def clear(self) -> None:
        for chip in self.chips():
            self.flow.removeWidget(chip)
            chip.hide()  # hidden first: unparented while shown, it would flash as a window of its own
            chip.setParent(None)
            chip.deleteLater()
        self.setVisible(False)

    def chips(self) -> list[QToolButton]:
        return [w for w in self.flow.widgets() if isinstance(w, QToolButton)]


class ChipArea(QWidget):
    """Chip groups stacked in order; a group with no chips is hidden. `contentChanged` fires when
    a group's chips change (the editor then gives the area the height they need)."""

    insertRequested = Signal(str)
    contentChanged = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a group gained or lost chips, or was shown
            self.contentChanged.emit()
        return super().event(event)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chipArea")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.setSpacing(3)
        self.groups: dict[str, QWidget] = {}

    def add_group(self, name: str, widget: QWidget | None = None) -> QWidget:
        """Add a group under the others: a ChipGroup made here, or any widget of a helper's own
        (a FlowLayout inside it wraps with the area's width)."""
        group = widget if widget is not None else ChipGroup(name, self)
        group.setParent(self)
        self._layout.addWidget(group)
        self.groups[name] = group
        if isinstance(group, ChipGroup):
            group.insertRequested.connect(self.insertRequested.emit)
            group.setVisible(bool(group.chips()))
        return group

    def group(self, name: str) -> ChipGroup:
        found = self.groups[name]
        assert isinstance(found, ChipGroup)
        return found

    def chips(self) -> list[QToolButton]:
        return [chip for group in self.groups.values() for chip in group.findChildren(QToolButton)]

    def needed_height(self, width: int) -> int:
        """The height that shows every chip at `width`."""
        if not any(group.isVisibleTo(self) for group in self.groups.values()):
            return 0
        return self._layout.totalHeightForWidth(width)
