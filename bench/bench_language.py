"""What the language desk adds to importing a page: names in pinyin and key figures.

    .venv/bin/python bench/bench_language.py [--page tests/fixtures/pages/wujin-page.txt] [--runs 20]

Prints:
- cold: a fresh process importing digest.language, then the first english_name call
  (loads pypinyin's tables) and the first find_figures call;
- warm: english_name over the page's reporters plus find_figures over every item's text,
  as `main.py import --json` does, median of --runs after a first call. Target <= 0.1 s.
Items come from digest.ingest.import_page; if the importer is not usable, from the page
text split on blank lines (reporters then from the page's truth file).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_WARM_S = 0.1

_COLD = """
import time, json
t0 = time.perf_counter()
import digest.language as lang
t1 = time.perf_counter()
lang.english_name("吴梦婷")
t2 = time.perf_counter()
lang.find_figures("完成产值1481.3亿元，同比增长16.9%")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first_name": t2 - t1, "first_figures": t3 - t2}))
"""


def load_items(page: Path) -> tuple[str, list[str], list[str]]:
    """(source of the items, their texts, all reporters)."""
    try:
        from digest.ingest import import_page

        articles = import_page(page)
        texts = [
            "\n".join(p for p in (a.kicker, a.headline, a.subtitle, *a.paragraphs) if p) for a in articles
        ]
        reporters = [name for a in articles for name in a.reporters]
        if texts:
            return f"digest.ingest.import_page ({len(texts)} items)", texts, reporters
    except Exception as exc:  # the importer is another helper's work in progress
        print(f"importer not usable ({type(exc).__name__}: {exc}); splitting on blank lines")
    text = page.read_text(encoding="utf-8")
    texts = [block.strip() for block in text.split("\n\n") if block.strip()]
    truth = page.with_suffix(".truth.json")
    reporters: list[str] = []
    if truth.exists():
        data = json.loads(truth.read_text(encoding="utf-8"))
        reporters = [name for item in data.get("articles", []) for name in item.get("reporters", [])]
    return f"blank-line blocks ({len(texts)})", texts, reporters


def cold(runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _COLD], cwd=ROOT, capture_output=True, text=True, check=True
        )
        samples.append(json.loads(out.stdout))
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", default=str(ROOT / "tests/fixtures/pages/wujin-page.txt"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()

    from digest.language import english_name, find_figures

    page = Path(args.page)
    source, texts, reporters = load_items(page)
    chars = sum(len(t) for t in texts)

    c = cold(args.cold_runs)
    print(f"page: {page.name}, items from {source}, {chars} characters, {len(reporters)} reporter name(s)")
    print(
        f"cold (fresh process, median of {args.cold_runs}): import digest.language {c['import'] * 1000:.1f} ms, "
        f"first english_name {c['first_name'] * 1000:.1f} ms (pypinyin load), "
        f"first find_figures {c['first_figures'] * 1000:.1f} ms"
    )

    def desk() -> tuple[list[str], int]:
        names = [english_name(n) for n in reporters]
        figures = sum(len(find_figures(t)) for t in texts)
        return names, figures

    names, figure_count = desk()  # first call: pypinyin loaded, caches warm
    name_times, figure_times, total_times = [], [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for n in reporters:
            english_name(n)
        t1 = time.perf_counter()
        for t in texts:
            find_figures(t)
        t2 = time.perf_counter()
        name_times.append(t1 - t0)
        figure_times.append(t2 - t1)
        total_times.append(t2 - t0)
    warm = statistics.median(total_times)
    print(f"names: {', '.join(names) or '(none)'}; figures found: {figure_count}")
    print(
        f"warm (median of {args.runs}): english_name {statistics.median(name_times) * 1000:.2f} ms, "
        f"find_figures {statistics.median(figure_times) * 1000:.2f} ms, "
        f"total {warm * 1000:.2f} ms (max {max(total_times) * 1000:.2f} ms)"
    )
    verdict = "meets" if warm <= TARGET_WARM_S else "MISSES"
    print(f"target warm <= {TARGET_WARM_S * 1000:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
