"""What the print file adds to an export: PDF/X finishing, its rule check, saddle-stitch imposition.

    .venv/bin/python bench/bench_print.py [--entries 40] [--runs 5]

Each run lays out a digest whose headlines carry the run number (content never repeats), then
times the print steps on its bytes, with the layout itself (build_pdf) as the anchor measured in
the same run. Target: the print steps together <= 0.5x the layout.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest.export import ExportOptions, build_pdf  # noqa: E402
from digest.print.impose import impose  # noqa: E402
from digest.print.pdfx import make_pdfx, pdfx_problems  # noqa: E402
from tests.export.export_helpers import make_project  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"layout": [], "pdfx": [], "check": [], "impose": []}
    pages = 0
    for run in range(args.runs + 1):  # run 0 warms fonts and imports
        project = make_project(args.entries)
        for n, entry in enumerate(project.issue.entries()):
            entry.headline_en += f" {run}-{n}"
            entry.headline_zh += f"{run}号{n}"
        options = ExportOptions(bleed_mm=3, marks=True)
        t0 = time.perf_counter()
        data, report = build_pdf(project, project.issue, options)
        t1 = time.perf_counter()
        imposed = impose(data, "saddle-stitch", "SRA3").data
        t2 = time.perf_counter()
        final = make_pdfx(imposed)
        t3 = time.perf_counter()
        problems = pdfx_problems(final)
        t4 = time.perf_counter()
        assert problems == [], problems
        pages = report.pages
        if run:
            for key, value in zip(times, (t1 - t0, t3 - t2, t4 - t3, t2 - t1), strict=True):
                times[key].append(value)
    med = {key: statistics.median(values) for key, values in times.items()}
    steps = med["pdfx"] + med["check"] + med["impose"]
    print(f"digest: {args.entries} entries, {pages} A4 pages; median of {args.runs} runs")
    for key in ("layout", "impose", "pdfx", "check"):
        print(f"  {key:<7} {med[key] * 1000:7.1f} ms")
    print(f"print steps / layout: {steps / med['layout']:.2f}  (target <= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
