"""Side by side, the two bodies of an entry start on one baseline (DESIGN "Page design": "Both
columns share one baseline grid so the two languages of one entry start level").

Measured in the exported PDF by where the glyphs of each body's first line sit (their baselines),
so the headings above may be any height: the shorter heading block is padded.
"""

from __future__ import annotations

import pytest

from digest.export import ExportOptions, build_pdf
from digest.sample import load_sample
from tests.export.export_helpers import EN_SUMMARIES, make_project, pair_offsets, pdf_lines

LEVEL = 0.05  # points


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_pair_bodies_start_on_one_baseline(paper: str) -> None:
    for project in (load_sample(), make_project(8)):
        entries = sum(len(s.entries) for s in project.issue.sections)
        data, _ = build_pdf(project, project.issue, ExportOptions(layout="side-by-side", paper=paper))
        offsets = pair_offsets(project, data)
        assert len(offsets) == entries  # every pair found, both bodies on one page
        assert max(offsets) < LEVEL, offsets


def test_headings_of_different_heights_still_give_level_bodies() -> None:
    project = make_project(2)
    first, second = project.issue.sections[0].entries
    first.headline_en = "Short"  # one English line beside a two-line Chinese headline
    second.headline_zh = "短标题"  # and the other way round
    second.headline_en = "A long English headline that needs two or even three lines in its column"
    data, _ = build_pdf(project, project.issue, ExportOptions(layout="side-by-side", paper="A4"))
    offsets = pair_offsets(project, data)
    assert len(offsets) == 2 and max(offsets) < LEVEL, offsets


def test_a_pair_continued_on_the_next_page_continues_level() -> None:
    project = make_project(1)
    entry = project.issue.sections[0].entries[0]
    entry.summary_zh = "\n".join([entry.summary_zh] * 8)
    entry.summary_en = "\n".join(EN_SUMMARIES * 3)
    data, report = build_pdf(project, project.issue, ExportOptions(layout="side-by-side", paper="A4"))
    assert report.pages >= 2
    lines = pdf_lines(data)
    # Page 2: the running head, then the first continued body line of each column.
    tops = [[y for page, col, y, _, _ in lines if page == 2 and col == c][1] for c in (0, 1)]
    assert abs(tops[0] - tops[1]) < LEVEL, tops
