"""Time and memory of importing pages of many short lines: both must grow linearly.

    .venv/bin/python bench/bench_import_memory.py [--sizes 1,4,10] [--no-trace]

Each size is imported in a fresh process from a file of two-character lines (random Han
characters, so no two pages and few lines repeat). Per MB of page (UTF-8 bytes) it prints the
import's wall time and the process's peak memory above its state before the import (ru_maxrss);
then, in a second process under tracemalloc (slower, so not timed), the peak of Python
allocations during the import and what the import's result still holds afterwards. Issue 8
measured 10 MB of such lines at 67 s and 2.3 GB (about 230x the page's size); before the
fragment runs were joined (digest/ingest/fragments.py) 1 MB took ~124x in one Article per line.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from digest.ingest import import_file
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
result = import_file(sys.argv[1])
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak - before, "items": len(result.articles)}))
"""

# The same import under tracemalloc: the peak of Python allocations, and what is still held when
# the caller keeps only the page and its articles (as the editor does).
TRACED = """
import json, sys, tracemalloc
sys.path.insert(0, sys.argv[2])
from digest.ingest import import_file
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
result = import_file(sys.argv[1])
page, articles = result.page, result.articles
del result
held, peak = tracemalloc.get_traced_memory()
print(json.dumps({"peak": peak - base, "held": held - base}))
"""


def make_page(path: Path, megabytes: float, seed: int) -> int:
    rng = random.Random(seed)
    lines = []
    size = 0
    while size < megabytes * 1_000_000:
        line = chr(rng.randrange(0x4E00, 0x9FA5)) + chr(rng.randrange(0x4E00, 0x9FA5))
        lines.append(line)
        size += 7  # two 3-byte characters and a newline
    data = "\n".join(lines).encode("utf-8")
    path.write_bytes(data)
    return len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1,4,10", help="page sizes in MB, comma-separated")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc runs")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed, size in enumerate(float(s) for s in args.sizes.split(",")):
            page = Path(tmp) / f"short-lines-{size}.txt"
            length = make_page(page, size, seed)
            figures = _run(CHILD, page)
            mb = length / 1e6
            peak_mb = figures["peak_kb"] / 1024
            line = (
                f"{mb:5.1f} MB of two-character lines: {figures['items']:8d} items, {figures['seconds']:6.1f} s "
                f"({figures['seconds'] / mb:5.1f} s/MB), peak rss +{peak_mb:6.0f} MB ({peak_mb / mb:4.0f}x the page)"
            )
            traced_peak = 0.0
            if not args.no_trace:
                traced = _run(TRACED, page)
                traced_peak = traced["peak"] / 1e6
                line += f"; tracemalloc peak {traced_peak / mb:4.0f}x, held after {traced['held'] / 1e6 / mb:4.1f}x"
            rows.append((mb, figures["seconds"], peak_mb, traced_peak))
            print(line, flush=True)
    if len(rows) > 1:
        (m0, t0, p0, q0), (m1, t1, p1, q1) = rows[0], rows[-1]
        traced = f", tracemalloc peak {q1 / q0:.1f}x" if q0 else ""
        print(
            f"growth {m1 / m0:.1f}x in size: time {t1 / t0:.1f}x, rss {p1 / max(p0, 1e-9):.1f}x{traced} (linear: equal)"
        )
    return 0


def _run(script: str, page: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", script, str(page), str(ROOT)], capture_output=True, text=True, check=True
    )
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


if __name__ == "__main__":
    sys.exit(main())
