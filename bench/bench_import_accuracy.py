"""Import accuracy, leave one paper out: how the importer does on papers it has not seen.

    .venv/bin/python bench/bench_import_accuracy.py [--corpus DIR] [-v]

For each paper of the evaluation corpus (tests/fixtures/corpus, manifest.json), the importer
is trained (or tuned) on every other paper's pages plus the repository's own test pages, then
scores the held-out paper's pages: items right in content and paragraph joins, per paper and
in total (target: at least 90% right in content). The repository's test pages (samples,
tests/ingest/data) were tuned on and are scored apart: that figure does not count.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.ingest.evaluate import (  # noqa: E402
    COARSE,
    Calibration,
    Importer,
    Score,
    TruthPage,
    article_dict,
    leave_one_paper_out,
    load_folder,
    load_manifest,
    score_pages,
    total,
    truth_line_roles,
)
from digest.ingest.pipeline import import_text, label_page  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SAMPLE_PAPERS = {"wujin-page": "武进日报", "xinmin-page-a": "新民晚报", "xinmin-page-b": "新民晚报"}
# Corpus papers whose pages were read while writing the rules of issue 8 (their figure is not
# an honest estimate for unseen papers); the others were only ever scored, never looked at.
LOOKED_AT = {
    "解放日报",
    "延安日报",
    "滁州日报",
    "许昌日报",
    "陕西农村报",
    "潍坊晚报",
    "文汇报",
    "海峡都市报",
    "淇河晨报",
    "陕西工人报",
    "明報(加西版)",
    "天中晚报",
    "辽宁日报",
}


def tuned_pages() -> list[TruthPage]:
    """The repository's own test pages, which the rules were tuned on."""
    pages = load_folder(ROOT / "tests" / "fixtures" / "pages", lambda name: SAMPLE_PAPERS.get(name, name))
    for folder in ("unseen", "heldout"):
        pages += load_folder(ROOT / "tests" / "ingest" / "data" / folder, lambda name: f"(written) {name}")
    return pages


def rules_trainer(pages: Sequence[TruthPage]) -> Importer:
    """The rule labeller learns nothing from the pages: the same importer for every fold."""

    def importer(text: str) -> list[dict]:
        return [article_dict(a) for a in import_text(text)[1]]

    return importer


def report(title: str, scores: dict[str, Score], verbose: bool) -> Score:
    print(title)
    for paper, score in sorted(scores.items()):
        print(f"  {paper:<24} {score.summary()}")
        if verbose:
            for problem in score.problems:
                print(f"      {problem}")
    result = total(scores)
    print(f"  {'total':<24} {result.summary()}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with manifest.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every item that is wrong")
    args = parser.parse_args(argv)
    corpus = load_manifest(args.corpus)
    tuned = tuned_pages()
    papers = sorted({p.paper for p in corpus})
    print(f"corpus: {len(corpus)} pages of {len(papers)} papers; tuned-on test pages: {len(tuned)}")
    if corpus:
        held = leave_one_paper_out(rules_trainer, corpus + tuned, papers)
        result = report(
            "leave one paper out (trained on the other papers and the test pages):", held, args.verbose
        )
        print(f"  target: >= 90% right in content -> {'met' if result.share >= 0.9 else 'NOT met'}")
        unseen = total({paper: score for paper, score in held.items() if paper not in LOOKED_AT})
        looked = total({paper: score for paper, score in held.items() if paper in LOOKED_AT})
        print(f"  papers never looked at ({len(set(held) - LOOKED_AT)}): {unseen.summary()}")
        print(f"  papers read while writing rules ({len(set(held) & LOOKED_AT)}): {looked.summary()}")
    report("pages tuned on (does not count):", score_pages(rules_trainer(tuned), tuned), args.verbose)
    if corpus:
        calibration = Calibration()
        for page in corpus:
            truth = truth_line_roles(page.text, page.truth)
            for line in label_page(page.text):
                if line.index in truth:
                    calibration.add(line.confidence, COARSE[line.role] == truth[line.index])
        print("line labels right (coarse role, corpus pages) by the labeller's confidence:")
        for band, (right, count) in sorted(calibration.bands.items()):
            print(f"  confidence {band}: {right}/{count} right ({right / count:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
