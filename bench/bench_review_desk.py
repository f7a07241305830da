"""Review desk speed on a long page: how long one correction takes in a real window, from the key
to the library, lineup and desk showing the rebuilt page (relabel, rebuild the page's articles,
write to the project database, refresh the views).

Run: .venv/bin/python bench/bench_review_desk.py [LINES]
The page is made of the corpus pages (tests/fixtures/corpus) one after another until it has LINES
non-blank lines (default 300): real text that never repeats. Prints the import time and the median
and worst time of a role correction, a split and their undo, over lines spread through the page.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def long_page(lines: int) -> str:
    from digest.ingest.decode import read_page_text

    out: list[str] = []
    for path in sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*/*.txt")):
        out.extend(read_page_text(path)[0].split("\n"))  # pages in GBK, Big5… too
        out.append("")
        if sum(1 for x in out if x.strip()) >= lines:
            break
    return "\n".join(out)


def main() -> int:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="jianbao-bench-review-"))
    os.environ["JIANBAO_HOME"] = str(scratch)  # never the user's settings, drafts or caches
    from ui.app import _quiet_offscreen_warnings, create_app

    _quiet_offscreen_warnings()
    app = create_app()
    from digest.model import Project
    from ui.main_window import MainWindow

    page = scratch / "long-page.txt"
    page.write_text(long_page(lines), encoding="utf-8")
    window = MainWindow(Project(), scratch / "bench.jianbao", restore_layout=False)
    window.resize(1440, 900)
    window.show()
    start = time.perf_counter()
    window.import_paths([str(page)])
    while window.is_importing():
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    imported = time.perf_counter() - start
    desk = window.review_desk
    print(
        f"page: {len(desk.lines)} labelled lines, {window.doc.library.total()} articles; "
        f"import to desk shown: {imported * 1000:.0f} ms"
    )

    def timed(action) -> float:
        began = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - began) * 1000

    rows = range(5, len(desk.lines) - 5, max(1, len(desk.lines) // 12))
    figures: dict[str, list[float]] = {"retag": [], "split": [], "undo": []}
    for row in rows:
        desk.view.selectRow(row)
        role = "caption" if desk.lines[row].role != "caption" else "paragraph"
        figures["retag"].append(timed(lambda r=role: desk.set_role(r)))
        figures["undo"].append(timed(window.doc_undo))
        desk.view.selectRow(row)
        figures["split"].append(timed(desk.split_item))
    for name, values in figures.items():
        if values:
            print(
                f"{name:6s} n={len(values):2d}  median {statistics.median(values):6.1f} ms   "
                f"worst {max(values):6.1f} ms"
            )
    window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
