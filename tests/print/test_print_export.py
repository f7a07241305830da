"""The print file from a real digest: the imposed booklet shows the reader's pages (by content), the
job sheet says what the shop needs, the command line takes the print options, the project keeps
the job fields."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from digest import store
from digest.export import ExportOptions, build_pdf, export_pdf
from digest.model import PrintJob
from tests.export.export_helpers import make_project
from tests.print.print_helpers import fold_saddle_stitch

ROOT = Path(__file__).resolve().parents[2]


def _words(page) -> list[str]:
    return [w["text"] for w in page.extract_words()]


@pytest.fixture(scope="module")
def booklet(tmp_path_factory):
    """An A5 digest (reader PDF) and its saddle-stitched A4 print file."""
    project = make_project(8)
    reader, report = build_pdf(project, project.issue, ExportOptions(paper="A5"))
    path = tmp_path_factory.mktemp("booklet") / "booklet.pdf"
    printed = export_pdf(
        project, project.issue, path, ExportOptions(paper="A5", impose="saddle-stitch", sheet="A4")
    )
    return reader, report.pages, path, printed


def test_the_imposed_booklet_shows_the_readers_pages_in_folding_order(booklet):
    reader, pages, path, report = booklet
    with pdfplumber.open(io.BytesIO(reader)) as pdf:
        reader_pages = [_words(page) for page in pdf.pages]
    assert len(reader_pages) == pages >= 5
    with pdfplumber.open(path) as pdf:
        sides = []
        for page in pdf.pages:
            halves = {}
            for name, box in (("left", (0, 0, page.width / 2, page.height)), ("right", (page.width / 2, 0, page.width, page.height))):  # fmt: skip
                words = _words(page.within_bbox(box))
                if not words:
                    halves[name] = 0
                    continue
                matches = [n for n, text in enumerate(reader_pages, 1) if text == words]
                assert len(matches) == 1, f"{name} half matches reader pages {matches}"
                halves[name] = matches[0]
            sides.append(halves)
    order = fold_saddle_stitch(sides)
    assert [n for n in order if n] == list(range(1, pages + 1))  # every page once, in reading order
    assert order[0] == 1 and len(order) % 4 == 0
    assert order.count(0) == report.job.blank_pages == len(order) - pages


def test_job_sheet_lists_what_the_shop_needs(tmp_path):
    project = make_project(3)
    project.issue.print_job = PrintJob(
        copies=500, paper="115 g/m² gloss", colours="4/4", finishing="", contact="Li Wei 0519-1234", notes=""
    )
    out, job = tmp_path / "d.pdf", tmp_path / "job.pdf"
    path = tmp_path / "p.jianbao"
    store.save(project, path)
    run = subprocess.run(
        [sys.executable, "main.py", "export", str(path), "-o", str(out), "--paper", "A5", "--bleed", "3",
         "--impose", "saddle-stitch", "--sheet", "SRA3", "--creep", "0.2", "--job-sheet", str(job), "--force"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    with pdfplumber.open(job) as pdf:
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text()
    for expected in ("No. 12", "d.pdf", "148 × 210 mm", "3 mm", "saddle-stitch", "SRA3", "creep 0.2 mm",
                     "115 g/m² gloss", "4/4", "500", "fold, saddle-stitch (2 staples), trim", "PDF/X-4, FOGRA39",
                     "Li Wei 0519-1234", "武进简报"):  # fmt: skip
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(job)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts and fonts.count(" yes yes ") >= 2  # embedded subsets only


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--impose", "saddle-stitch", "--sheet", "A4"], "do not fit on A4"),
        (["--impose", "fold-in-three"], "invalid choice"),
        (["--creep", "x"], "creep must be a number"),
        (["--pdfx", "X-3"], "invalid choice"),
    ],
)
def test_bad_print_options_are_one_line_and_status_2(tmp_path, args, message):
    run = subprocess.run(
        [sys.executable, "main.py", "export", "--sample", "-o", str(tmp_path / "x.pdf"), *args, "--force"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1 and message in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "x.pdf").exists()


def test_job_fields_survive_save_and_load(tmp_path):
    project = make_project(1)
    project.issue.print_job = PrintJob(copies=250, paper="Offset 90 g", contact="a@b.cn", notes="<&>")
    path = tmp_path / "p.jianbao"
    store.save(project, path)
    assert store.load(path).issue.print_job == project.issue.print_job
