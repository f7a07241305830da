"""How level the two bodies of each side-by-side pair start, measured in the exported PDF.

    .venv/bin/python bench/pair_level.py [--entries 40] [--paper A4]

For every entry, the first line of its Chinese summary and the first line of its English summary
are found in the PDF's text (by their opening letters, in reading order), and the difference of
their baselines is printed: max and mean over the sample edition and over bench_export's digest
(texts that never repeat). DESIGN: "Both columns share one baseline grid so the two languages of
one entry start level".
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_export import make_digest  # noqa: E402

from digest.export import ExportOptions, build_pdf  # noqa: E402
from digest.sample import load_sample  # noqa: E402
from tests.export.export_helpers import pair_offsets  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=40)
    parser.add_argument("--paper", default="A4")
    args = parser.parse_args()
    options = ExportOptions(layout="side-by-side", paper=args.paper)
    for name, project in (
        ("sample edition", load_sample()),
        (f"bench {args.entries}", make_digest(args.entries)),
    ):
        data, _ = build_pdf(project, project.issue, options)
        offsets = pair_offsets(project, data)
        print(
            f"{name:>16}: {len(offsets)} pairs, start offset max {max(offsets):.2f} pt, "
            f"mean {statistics.mean(offsets):.2f} pt, level (<0.1 pt) {sum(o < 0.1 for o in offsets)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
