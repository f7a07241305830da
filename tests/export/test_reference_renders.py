"""Rendered pages compared with reference renders in tests/reference (small PNGs, 40 dpi).

Regenerate after an intended design change, then LOOK at them:
    .venv/bin/python -m pytest tests/export/test_reference_renders.py --update-references
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from digest.export import ExportOptions, build_pdf
from digest.sample import load_sample
from tests.export.export_helpers import make_project

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
DPI = 40
# Mean absolute grey-level difference (0–255) allowed: an identical build scores 0.00 (output
# is deterministic); a page moved by one point scores well above this (checked below). Content
# and order are checked by test_reference_layout.py, which a swapped entry fails.
MAX_MEAN_DIFF = 0.3

CASES = {
    # name: (project factory, options, pages)
    "sample-side-by-side-a4": (load_sample, ExportOptions(), (1,)),
    "digest8-side-by-side-a4": (lambda: make_project(8), ExportOptions(), (1, 2)),
    "digest8-stacked-a4-bleed": (
        lambda: make_project(8),
        ExportOptions(layout="stacked", bleed_mm=3, marks=True),
        (2,),
    ),
    "digest8-zh-a5": (lambda: make_project(8), ExportOptions(layout="zh", paper="A5"), (2,)),
    "digest8-en-letter": (lambda: make_project(8), ExportOptions(layout="en", paper="Letter"), (2,)),
}


def _render(pdf: Path, page: int, out_stem: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
         str(out_stem)],
        check=True,
    )  # fmt: skip
    return out_stem.with_suffix(".png")


@pytest.mark.parametrize("name", sorted(CASES))
def test_render_matches_reference(tmp_path, name, request):
    update = request.config.getoption("--update-references")
    factory, options, pages = CASES[name]
    project = factory()
    data, _ = build_pdf(project, project.issue, options)
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    for page in pages:
        png = _render(pdf, page, tmp_path / f"{name}-p{page}")
        reference = REFERENCE / png.name
        if update or not reference.exists():
            REFERENCE.mkdir(parents=True, exist_ok=True)
            reference.write_bytes(png.read_bytes())
            if not update:
                pytest.fail(f"no reference for {png.name}: wrote one, look at it and re-run")
            continue
        new, old = Image.open(png).convert("L"), Image.open(reference).convert("L")
        assert new.size == old.size, f"{png.name}: page size changed {old.size} -> {new.size}"
        diff = ImageStat.Stat(ImageChops.difference(new, old)).mean[0]
        assert diff < MAX_MEAN_DIFF, f"{png.name} differs from its reference: mean diff {diff:.2f}"


def test_the_threshold_passes_an_identical_build_and_fails_a_one_point_shift(tmp_path):
    project = make_project(8)
    data, _ = build_pdf(project, project.issue, ExportOptions())
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(data)
    again = tmp_path / "b.pdf"
    again.write_bytes(build_pdf(project, project.issue, ExportOptions())[0])
    one = Image.open(_render(pdf, 1, tmp_path / "a")).convert("L")
    two = Image.open(_render(again, 1, tmp_path / "b")).convert("L")
    assert ImageStat.Stat(ImageChops.difference(one, two)).mean[0] < MAX_MEAN_DIFF
    # One point is 1/72 in: rendered at 4 × DPI and moved by the nearest whole pixel, then reduced.
    fine = 4 * DPI
    subprocess.run(["pdftoppm", "-r", str(fine), "-gray", "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(pdf), str(tmp_path / "fine")], check=True)  # fmt: skip
    big = Image.open(tmp_path / "fine.png").convert("L")
    step = round(fine / 72)
    moved = Image.new("L", big.size, 255)
    moved.paste(big, (step, 0))
    small = big.resize(one.size, Image.Resampling.BOX)
    shifted = moved.resize(one.size, Image.Resampling.BOX)
    moved_by_a_point = ImageStat.Stat(ImageChops.difference(small, shifted)).mean[0]
    assert moved_by_a_point > 2 * MAX_MEAN_DIFF, moved_by_a_point
