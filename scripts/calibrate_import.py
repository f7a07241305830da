"""Rebuild digest/ingest/calibration.json: how often each labelling rule was right.

    .venv/bin/python scripts/calibrate_import.py [--corpus DIR]

Labels every page of the evaluation corpus (tests/fixtures/corpus, manifest.json) with the raw
rule confidences, compares each line's role with its truth file's, and writes the counts per
(role, raw confidence). Rerun after changing the rules; bench/bench_import_accuracy.py shows
how well the table does on papers it was not measured on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.ingest.calibration import TABLE, measure, table_rows  # noqa: E402
from digest.ingest.evaluate import label_samples, load_manifest  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus")
    args = parser.parse_args(argv)
    samples = [sample for page in load_manifest(args.corpus) for sample in label_samples(page)]
    rows = table_rows(measure(samples))
    TABLE.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {len(rows)} rules from {len(samples)} labelled lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
