"""Retrain the learned labeller (digest/ingest/data/labeller.crfsuite) from the truth files.

    .venv/bin/python scripts/train_labeller.py [--corpus DIR] [-o MODEL]

Trains on the evaluation corpus's round-1 pages (tests/fixtures/corpus, manifest.json; pages
marked `heldout_round` are never trained on, so their figure stays honest) and the
repository's own test pages, each page's lines labelled by its truth file
(digest/ingest/truth_lines.py). Deterministic: the same truth files give the same model.
bench/bench_import_accuracy.py measures it leave one paper out, retraining per fold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.ingest.crf import MODEL, train  # noqa: E402
from digest.ingest.evaluate import load_manifest, repository_pages  # noqa: E402
from digest.ingest.truth_lines import training_pages  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus")
    parser.add_argument("-o", "--output", type=Path, default=MODEL, help="model file to write")
    args = parser.parse_args(argv)
    pages = load_manifest(args.corpus) + repository_pages(ROOT)
    data = training_pages(pages)
    train(data, args.output)
    lines = sum(len(lines) for _, lines in data)
    size = args.output.stat().st_size
    print(f"{args.output}: trained on {len(pages)} pages ({lines} lines), {size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
