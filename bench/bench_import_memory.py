"""Time and memory of importing pages of many short lines: both must grow linearly.

    .venv/bin/python bench/bench_import_memory.py [--sizes 1,2,4]

Each size is imported in a fresh process from a file of two-character lines (random Han
characters, so no two pages and few lines repeat); the figures are the import's wall time and
the process's peak memory above its state before the import, per MB of page. Issue 8 measured
10 MB of such lines at 67 s and 2.3 GB before the fix (about 230x the page's size).
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
    parser.add_argument("--sizes", default="1,2,4", help="page sizes in MB, comma-separated")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed, size in enumerate(float(s) for s in args.sizes.split(",")):
            page = Path(tmp) / f"short-lines-{size}.txt"
            length = make_page(page, size, seed)
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(page), str(ROOT)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(done.stdout)
            mb = length / 1e6
            peak_mb = figures["peak_kb"] / 1024
            rows.append((mb, figures["seconds"], peak_mb))
            print(
                f"{mb:5.1f} MB of two-character lines: {figures['items']:8d} items, {figures['seconds']:6.1f} s "
                f"({figures['seconds'] / mb:5.1f} s/MB), peak +{peak_mb:7.0f} MB ({peak_mb / mb:4.0f}x the page)"
            )
    if len(rows) > 1:
        (m0, t0, p0), (m1, t1, p1) = rows[0], rows[-1]
        print(
            f"growth {m1 / m0:.1f}x in size: time {t1 / t0:.1f}x, memory {p1 / max(p0, 1e-9):.1f}x (linear: equal)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
