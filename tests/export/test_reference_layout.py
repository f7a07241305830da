"""Exported pages compared with references by content and position (as rst2pdf compares PDFs).

Each reference (tests/reference/*.lines.json) lists a page's text lines in reading order with
where each starts (x0, top, in points). A page matches when it has the same lines, with the same
text, in the same order, each within TOLERANCE of its place: a swapped entry, a changed headline
or a line moved by a point fails; byte-level differences (dates, ids) do not matter.

Regenerate after an intended change, then look at the renders:
    .venv/bin/python -m pytest tests/export/test_reference_layout.py --update-references
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
import pytest

from digest.export import ExportOptions, build_pdf
from digest.sample import load_sample
from tests.export.export_helpers import make_project

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
TOLERANCE = 0.25  # points

CASES = {
    "sample-side-by-side-a4": (load_sample, ExportOptions(), (1,)),
    "digest8-side-by-side-a4": (lambda: make_project(8), ExportOptions(), (1, 2)),
    "digest8-stacked-a5": (lambda: make_project(8), ExportOptions(layout="stacked", paper="A5"), (2,)),
    "digest8-en-letter": (lambda: make_project(8), ExportOptions(layout="en", paper="Letter"), (2,)),
}

Line = tuple[str, float, float]


def page_lines(data: bytes, page: int) -> list[Line]:
    """(text, x0, top) of every text line of a page, in reading order (columns left to right)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = pdf.pages[page - 1].extract_text_lines(layout=False, strip=True, return_chars=False)
    return [(ln["text"], round(ln["x0"], 2), round(ln["top"], 2)) for ln in lines]


def differences(got: list[Line], want: list[Line], tolerance: float = TOLERANCE) -> list[str]:
    """What differs between two pages' lines (empty when they match)."""
    out = []
    if len(got) != len(want):
        out.append(f"{len(got)} lines instead of {len(want)}")
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        if g[0] != w[0]:
            out.append(f"line {i}: «{g[0]}» instead of «{w[0]}»")
        elif abs(g[1] - w[1]) > tolerance or abs(g[2] - w[2]) > tolerance:
            out.append(f"line {i} «{g[0][:20]}» at ({g[1]}, {g[2]}) instead of ({w[1]}, {w[2]})")
        if len(out) > 5:
            break
    return out


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    out = {}
    for name, (factory, options, _) in CASES.items():
        project = factory()
        out[name] = build_pdf(project, project.issue, options)[0]
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_pages_match_their_reference_text_and_positions(
    built: dict[str, bytes], name: str, request: pytest.FixtureRequest
) -> None:
    update = request.config.getoption("--update-references")
    for page in CASES[name][2]:
        got = page_lines(built[name], page)
        reference = REFERENCE / f"{name}-p{page}.lines.json"
        if update or not reference.exists():
            rows = ",\n".join(json.dumps(line, ensure_ascii=False) for line in got)
            reference.write_text(f"[\n{rows}\n]\n", encoding="utf-8")
            if not update:
                pytest.fail(f"no reference for {reference.name}: wrote one, look at the page and re-run")
            continue
        want = [tuple(x) for x in json.loads(reference.read_text(encoding="utf-8"))]
        assert differences(got, want) == [], reference.name


def test_a_swapped_entry_a_changed_headline_and_a_one_point_shift_all_fail() -> None:
    project = make_project(4)
    base = page_lines(build_pdf(project, project.issue)[0], 1)
    assert differences(page_lines(build_pdf(project, project.issue)[0], 1), base) == []  # deterministic

    swapped = make_project(4)
    entries = swapped.issue.sections[0].entries
    entries[0], entries[1] = entries[1], entries[0]
    assert differences(page_lines(build_pdf(swapped, swapped.issue)[0], 1), base)

    changed = make_project(4)
    entry = changed.issue.sections[0].entries[0]
    entry.headline_en = " ".join(reversed(entry.headline_en.split()))
    assert differences(page_lines(build_pdf(changed, changed.issue)[0], 1), base)

    shifted = [(text, x + 1.0, top) for text, x, top in base]
    assert differences(shifted, base)
