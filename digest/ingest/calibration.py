"""Calibrated confidences: how often each rule's label was right on real pages.

The labeller's raw confidence is a rule's own certainty (labeller._role); each (role, raw
confidence) pair stands for one rule. RELIABILITY holds, per pair, how many of the lines that
rule labelled on the evaluation corpus were right (coarse role as the truth files say) and how
many it labelled; `calibrated` turns that into the share right, smoothed towards the raw value
when the count is small (a rule seen on 3 lines says little). The review desk's "uncertain"
marks then mean "rules like this one were often wrong".

The table is data, rebuilt from the truth files by `scripts/calibrate_import.py`; the bench
(bench/bench_import_accuracy.py) measures it leave one paper out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("calibration.json")
PRIOR_WEIGHT = 4  # lines of evidence the raw confidence counts for


Table = dict[tuple[str, float], tuple[int, int]]  # (role, raw confidence) -> (right, labelled)


def measure(samples: Iterable[tuple[str, float, bool]]) -> Table:
    """(role, raw confidence, right) per labelled line -> the table of right and labelled."""
    table: dict[tuple[str, float], list[int]] = {}
    for role, raw, right in samples:
        counts = table.setdefault((role, round(raw, 2)), [0, 0])
        counts[0] += bool(right)
        counts[1] += 1
    return {key: (right, count) for key, (right, count) in table.items()}


def calibrate(role: str, raw: float, table: Table) -> float:
    """The share right of the rule (role, raw) in `table`, smoothed towards `raw`.

    >>> calibrate("headline", 0.85, {("headline", 0.85): (2, 10)})
    0.39
    >>> calibrate("headline", 0.85, {})
    0.85
    """
    right, count = table.get((role, round(raw, 2)), (0, 0))
    return round((right + PRIOR_WEIGHT * raw) / (count + PRIOR_WEIGHT), 2)


@cache
def shipped_table() -> Table:
    """The table measured on the repository's evaluation corpus (empty if the file is missing)."""
    try:
        rows = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {(row["role"], float(row["raw"])): (int(row["right"]), int(row["labelled"])) for row in rows}


def calibrated(role: str, raw: float) -> float:
    """The confidence the labeller reports for a line the rule (role, raw) labelled."""
    return calibrate(role, raw, shipped_table())


def table_rows(table: Table) -> list[dict[str, object]]:
    """The table as JSON rows, sorted (role, raw)."""
    return [
        {"role": role, "raw": raw, "right": right, "labelled": count}
        for (role, raw), (right, count) in sorted(table.items())
    ]
