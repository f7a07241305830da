"""Print-shop checks on exported PDFs: embedded subset fonts, trim/bleed boxes, colour, metadata."""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path

import pytest

from digest.export import ExportOptions, build_pdf, export_pdf
from digest.layout.pages import MM
from digest.model import LAYOUTS, PAPERS
from tests.export.export_helpers import make_project

PT_A4 = (595.28, 841.89)


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """One PDF per layout and paper (8 entries: masthead, TOC, several pages)."""
    folder = tmp_path_factory.mktemp("print")
    project = make_project(8)
    out: dict[tuple[str, str], Path] = {}
    for layout in LAYOUTS:
        for paper in PAPERS:
            path = folder / f"{layout}-{paper}.pdf"
            export_pdf(project, project.issue, path, ExportOptions(layout=layout, paper=paper))
            out[(layout, paper)] = path
    return out


def _fonts(path: Path) -> list[list[str]]:
    text = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in text.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("paper", PAPERS)
def test_every_font_is_an_embedded_subset(exports, layout, paper):
    rows = _fonts(exports[(layout, paper)])
    assert rows, "pdffonts found no fonts"
    for row in rows:
        name, emb, sub = row[0], row[-5], row[-4]
        assert re.match(r"^[A-Z]{6}\+", name), f"{name} is not a subset"
        assert (emb, sub) == ("yes", "yes"), f"{name}: emb={emb} sub={sub}"
    names = " ".join(row[0] for row in rows)
    assert "Helvetica" not in names


def _boxes(path: Path) -> list[dict[str, tuple[float, ...]]]:
    text = subprocess.run(
        ["pdfinfo", "-box", "-f", "1", "-l", "999", str(path)], check=True, capture_output=True, text=True
    ).stdout
    pages: dict[int, dict[str, tuple[float, ...]]] = {}
    for match in re.finditer(r"Page\s+(\d+)\s+(\w+):\s+([\d.\s-]+)", text):
        page, box = int(match.group(1)), match.group(2)
        pages.setdefault(page, {})[box] = tuple(float(v) for v in match.group(3).split())
    return [pages[n] for n in sorted(pages)]


@pytest.mark.parametrize("paper", PAPERS)
def test_bleed_grows_media_box_and_sets_trim_and_bleed_boxes(tmp_path, paper):
    project = make_project(8)
    path = tmp_path / "bleed.pdf"
    report = export_pdf(project, project.issue, path, ExportOptions(paper=paper, bleed_mm=3))
    pages = _boxes(path)
    assert len(pages) == report.pages > 1
    b = 3 * MM
    for boxes in pages:
        mx0, my0, mx1, my1 = boxes["MediaBox"]
        tx0, ty0, tx1, ty1 = boxes["TrimBox"]
        assert (tx0 - mx0, ty0 - my0, mx1 - tx1, my1 - ty1) == pytest.approx((b, b, b, b), abs=0.01)
        assert boxes["BleedBox"] == pytest.approx(boxes["MediaBox"], abs=0.01)
        if paper == "A4":
            assert (tx1 - tx0, ty1 - ty0) == pytest.approx(PT_A4, abs=0.006)


def test_a4_without_bleed_is_exactly_a4(exports):
    for boxes in _boxes(exports[("side-by-side", "A4")]):
        x0, y0, x1, y1 = boxes["MediaBox"]
        assert (x1 - x0, y1 - y0) == pytest.approx(PT_A4, abs=0.006)
        assert boxes["TrimBox"] == boxes["MediaBox"]


def test_crop_marks_sit_outside_the_bleed_in_registration_colour(tmp_path):
    project = make_project(3)
    path = tmp_path / "marks.pdf"
    export_pdf(project, project.issue, path, ExportOptions(bleed_mm=3, marks=True))
    boxes = _boxes(path)[0]
    mx0, _, _, _ = boxes["MediaBox"]
    bx0, _, _, _ = boxes["BleedBox"]
    tx0, _, _, _ = boxes["TrimBox"]
    assert tx0 - bx0 == pytest.approx(3 * MM, abs=0.01)
    assert bx0 - mx0 > 5 * MM  # room for the marks beyond the bleed
    stream = b"\n".join(_page_streams(path.read_bytes()))
    assert b"/All CS 1 SCN" in stream  # registration: the /Separation /All colour space
    import pikepdf

    pdf = pikepdf.open(path)
    spaces = pdf.pages[0].Resources.ColorSpace
    assert [list(map(str, cs[:3])) for cs in spaces.values()] == [["/Separation", "/All", "/DeviceCMYK"]]
    assert b".25 w" in stream or b"0.25 w" in stream


def _page_streams(data: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = match.group(1).rstrip(b"\r\n")
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def test_no_rgb_and_text_in_cmyk_black(exports):
    data = exports[("side-by-side", "A4")].read_bytes()
    streams = b"\n".join(_page_streams(data))
    assert not re.search(rb"\s(rg|RG)\s", streams), "RGB colour operator in the page content"
    assert b"0 0 0 1 k" in streams  # 100% K fill for text


def test_metadata_language_and_creator(exports):
    data = exports[("side-by-side", "A4")].read_bytes()
    info = subprocess.run(
        ["pdfinfo", str(exports[("side-by-side", "A4")])], check=True, capture_output=True, text=True
    ).stdout
    assert "Wujin Digest" in info
    assert re.search(r"Author:\s+Jianbao tests", info)
    assert re.search(r"Creator:\s+Jianbao \d", info)
    assert b"/Lang (zh-CN)" in data
    assert b"D:20261128" in data  # the issue date, not the time of export
    assert b"/Outlines" in data
    assert data.startswith(b"%PDF-1.6")  # PDF/X-4 (tests/print checks the rest)
    import pikepdf

    pdf = pikepdf.open(exports[("side-by-side", "A4")])
    assert str(pdf.Root.OutputIntents[0].OutputConditionIdentifier) == "FOGRA39"
    assert pdf.docinfo.Trapped == pikepdf.Name("/False")


def test_two_exports_of_the_same_project_are_byte_identical(tmp_path):
    first, _ = build_pdf(make_project(8), make_project(8).issue)
    project = make_project(8)
    second, _ = build_pdf(project, project.issue)
    assert first == second


def test_two_cli_exports_in_separate_processes_are_byte_identical(tmp_path):
    root = Path(__file__).resolve().parents[2]
    outs = []
    for n in (1, 2):
        out = tmp_path / f"s{n}.pdf"
        subprocess.run(
            [str(root / ".venv/bin/python"), "main.py", "export", "--sample", "-o", str(out), "--force"],
            cwd=root,
            check=True,
            capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_english_edition_language_and_screen_copy_without_bleed(tmp_path):
    project = make_project(2)
    data, _ = build_pdf(project, project.issue, ExportOptions(layout="en"))
    assert b"/Lang (en-GB)" in data
    path = tmp_path / "screen.pdf"
    export_pdf(project, project.issue, path, ExportOptions(bleed_mm=3, marks=True, print_profile=False))
    for boxes in _boxes(path):
        assert boxes["MediaBox"] == boxes["TrimBox"] == boxes["BleedBox"]
    assert b"/OutputIntents" not in path.read_bytes()
