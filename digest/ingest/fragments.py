"""A long run of tiny one-line items read as one item, so a page of fragments stays small.

A page whose lines are all a few characters long (text broken at every character or two, a
dump that is not a newspaper page) gives the labeller one item per line, and each item becomes
an Article of its own: about 550 bytes for a 7-byte line, the largest part of an import's memory
on such a page. A real page has a few hundred lines, and its longest run of one-line items (an
e-paper's list of pages, `01版:要闻` … `16版:光影记录`) is far shorter than FRAGMENT_RUN; a run
at least that long of lines at most FRAGMENT_CHARS long becomes one item. The lines keep their
roles; the editor can split the item on the review desk like any other (corrections come after
this step), and no character of the page is lost.
"""

from __future__ import annotations

from collections import Counter

from digest.ingest.corrections import renumber
from digest.ingest.lines import LabelledLine

FRAGMENT_RUN = 200  # one-line items in a row before they are read as one
FRAGMENT_CHARS = 8  # the longest line that counts as a fragment


def join_fragment_runs(labelled: list[LabelledLine]) -> list[LabelledLine]:
    """`labelled` (changed in place) with every run of FRAGMENT_RUN or more fragment items in one."""
    runs = _fragment_runs(labelled)
    if not runs:
        return labelled
    for start, end in runs:
        item = labelled[start].item
        for line in labelled[start:end]:
            line.item = item
    renumber(labelled)
    return labelled


def _fragment_runs(labelled: list[LabelledLine]) -> list[tuple[int, int]]:
    """(start, end) positions in `labelled` of the runs long enough to join."""
    sizes = Counter(line.item for line in labelled)
    runs: list[tuple[int, int]] = []
    start = 0
    for position, line in enumerate([*labelled, None]):
        if line is not None and _fragment(line, sizes):
            continue
        if position - start >= FRAGMENT_RUN:
            runs.append((start, position))
        start = position + 1
    return runs


def _fragment(line: LabelledLine, sizes: Counter[int]) -> bool:
    """A short, uncorrected line that is an item of its own."""
    return not line.corrected and len(line.text) <= FRAGMENT_CHARS and sizes[line.item] == 1
