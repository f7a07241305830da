"""How the window's width is shared among its four panes, writing first.

The panes, left to right: the library, the reference column (lineup over the source article),
the writing column (headlines and summaries) and the preview. The writing column is served
first: a summary line should hold a sentence (at 1440 px about 38 Chinese characters). When the
window narrows, the preview gives way first, then the library, then the reference column, each
down to its least useful width; below that the preview folds away, then the library. Focus mode
hides the library and keeps the preview narrow.

Plain arithmetic (no Qt), so it is tested alone and the window only applies the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

# Least useful widths (px): a library headline of ~10 characters, a lineup row with its count,
# a summary line of ~26 Chinese characters, a preview page still readable as a layout.
LIBRARY_MIN, REFERENCE_MIN, WRITING_MIN, PREVIEW_MIN = 180, 240, 380, 200
# Shares of the width each would take with room to spare, and their ceilings.
LIBRARY_SHARE, REFERENCE_SHARE, PREVIEW_SHARE = 0.17, 0.21, 0.19
LIBRARY_MAX, REFERENCE_MAX, PREVIEW_MAX, FOCUS_PREVIEW_MAX = 320, 380, 520, 260


@dataclass(frozen=True)
class PaneWidths:
    library: int
    reference: int
    writing: int
    preview: int

    def as_list(self) -> list[int]:
        return [self.library, self.reference, self.writing, self.preview]


def _share(available: int, share: float, low: int, high: int) -> int:
    return max(low, min(high, round(available * share)))


def pane_widths(available: int, focus: bool = False, preview: bool = True) -> PaneWidths:
    """Widths of (library, reference, writing, preview) that add up to `available`.

    >>> pane_widths(1422)
    PaneWidths(library=242, reference=313, writing=554, preview=313)
    >>> pane_widths(1006)
    PaneWidths(library=180, reference=240, writing=380, preview=206)
    >>> pane_widths(1422, focus=True)
    PaneWidths(library=0, reference=313, writing=849, preview=260)
    >>> pane_widths(800).as_list()
    [180, 240, 380, 0]
    """
    available = max(0, available)
    library = 0 if focus else _share(available, LIBRARY_SHARE, LIBRARY_MIN, LIBRARY_MAX)
    reference = _share(available, REFERENCE_SHARE, REFERENCE_MIN, REFERENCE_MAX)
    ceiling = FOCUS_PREVIEW_MAX if focus else PREVIEW_MAX
    shown = _share(available, PREVIEW_SHARE, PREVIEW_MIN, ceiling) if preview else 0
    writing = available - library - reference - shown
    if writing < WRITING_MIN and shown:  # 1. the preview narrows, else folds away
        shown = max(PREVIEW_MIN, shown - (WRITING_MIN - writing))
        writing = available - library - reference - shown
        if writing < WRITING_MIN:
            shown = 0
            writing = available - library - reference
    if writing < WRITING_MIN and library:  # 2. the library narrows, else folds away
        library = max(LIBRARY_MIN, library - (WRITING_MIN - writing))
        writing = available - library - reference
        if writing < WRITING_MIN - LIBRARY_MIN // 2:
            library = 0
            writing = available - reference
    if writing < WRITING_MIN:  # 3. the reference column narrows, never below a third of the rest
        reference = max(available // 3, reference - (WRITING_MIN - writing))
        writing = available - library - reference
    return PaneWidths(library, reference, max(0, writing), shown)
