"""Import throughput on big pages built from the samples.

    .venv/bin/python bench/bench_import.py

Builds a 1 MB and a 4 MB page from the three sample pages (each copy with its headlines
and first sentences varied, so no two items are the same), imports each from a file
(decode + split), and prints MB/s. The target is at least 2 MB/s and time growing
linearly with size (the 4 MB page should take about 4x the 1 MB page).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.ingest import import_page  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages"
SAMPLES = ("wujin-page", "xinmin-page-a", "xinmin-page-b")


def _varied(text: str, copy: int) -> str:
    """The page with a copy number in every heading-shaped line and first sentence."""
    lines = text.split("\n")
    out = []
    for line in lines:
        stripped = line.strip()
        if stripped and len(stripped) <= 40 and not stripped.endswith("。"):
            out.append(
                f"{stripped}（第{copy}期）" if "摄" not in stripped and "记者" not in stripped else line
            )
        elif len(stripped) > 40:
            out.append(f"第{copy}号：{line}")
        else:
            out.append(line)
    return "\n".join(out)


def build_page(target_bytes: int) -> str:
    texts = [(PAGES / f"{name}.txt").read_text("utf-8") for name in SAMPLES]
    parts: list[str] = []
    size = 0
    copy = 0
    while size < target_bytes:
        page = _varied(texts[copy % len(texts)], copy)
        parts.append(page)
        size += len(page.encode("utf-8")) + 2
        copy += 1
    return "\n\n".join(parts)


def measure(label: str, text: str, folder: Path, repeats: int = 5) -> float:
    path = folder / f"{label}.txt"
    data = text.encode("utf-8")
    path.write_bytes(data)
    best = float("inf")
    items = 0
    for _ in range(repeats):
        start = time.perf_counter()
        articles = import_page(path)
        best = min(best, time.perf_counter() - start)
        items = len(articles)
    distinct = len({a.content_key() for a in articles})
    rate = len(data) / 1e6 / best
    print(
        f"{label:>5}: {len(data) / 1e6:5.2f} MB, {items:6d} items ({distinct} distinct), {best:6.3f} s, {rate:5.2f} MB/s"
    )
    return best


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = measure("1 MB", build_page(1_000_000), folder)
        large = measure("4 MB", build_page(4_000_000), folder)
    print(f"growth: 4 MB took {large / small:.2f}x the time of 1 MB (linear is about 4x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
