"""The article library at newsroom scale: libraries of 5,000 and 50,000 distinct articles.

Prints, for each size, against a one-page library where the issue asks for a ratio:
  add one page     `main.py import PAGE -o LIB` wall time, A B A B runs, medians (target <= 1.3x)
  open editor      `main.py LIB` to the window's first paint, A B A B runs (target <= 1.3x)
  filter keystroke  one keystroke's filter query in the library pane, median and worst of a
                    set of Chinese and English queries typed one character at a time (<= 30 ms)
  typing stall      the longest gap of a 10 ms probe timer while typing into an entry with the
                    preview re-rendering (< 50 ms)
  size on disk      the database file (and its WAL)

  .venv/bin/python bench/bench_library.py [--sizes 5000 50000] [--runs 3] [--keep DIR]

Libraries are built from bench/library_data.py (varied sample sentences; nothing repeats) and
cached in --keep DIR between runs of the bench.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAGES = sorted((ROOT / "tests" / "ingest" / "data" / "heldout").glob("*.txt"))
QUERIES = ("营商环境", "新能源汽车", "政协委员", "区委", "Wujin", "记者")


def _env(tmp: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        JIANBAO_HOME=str(tmp / "home"),  # settings, drafts and caches: private to the bench
        PYTHONPATH=str(ROOT),
    )


def build(path: Path, count: int) -> None:
    """A library of `count` articles (count 0: the one-page library) with an 8-entry issue."""
    from bench.library_data import make_articles
    from digest import store
    from digest.ingest import import_page
    from digest.model import Entry, Issue, Section

    if path.exists():
        return
    articles = import_page(ROOT / "tests" / "fixtures" / "pages" / "wujin-page.txt")
    articles += make_articles(count) if count else []
    tmp = path.with_suffix(".building")
    with store.open_project(tmp, create=True) as opened:
        opened.repo.add_articles(articles)
        picked = articles[:8]
        issue = Issue(
            title_zh="简报",
            title_en="Digest",
            date=_dt.date(2026, 11, 28),
            sections=[
                Section(
                    "要闻",
                    "News",
                    [
                        Entry(a.id, a.headline or "", f"Headline {n}", "摘要。" * 30, "Summary text. " * 10)
                        for n, a in enumerate(picked)
                    ],
                )
            ],
        )
        opened.repo.write_issues([issue])
        opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def _first_paint(lib: Path, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "main.py", str(lib), "--first-paint", str(time.time())],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(out.split()[-1]) / 1000


def paired(run_a, run_b, runs: int) -> tuple[float, float, float]:
    """A B A B ...: medians of each and the median of the pairwise ratios B/A."""
    a_times, b_times = [], []
    for _ in range(runs):
        a_times.append(run_a())
        b_times.append(run_b())
    ratios = [b / a for a, b in zip(a_times, b_times, strict=True)]
    return statistics.median(a_times), statistics.median(b_times), statistics.median(ratios)


def inner_filter(lib: str) -> None:
    """(In a child process) time each keystroke's filter query in the library pane."""
    from ui.app import create_app, initial_project
    from ui.main_window import MainWindow

    app = create_app()
    project, path, _error, project_store = initial_project(lib)
    window = MainWindow(project, path, project_store=project_store, restore_layout=False)
    window.show()
    # Measure in a running editor: after the first preview (a cold preview worker would take the CPU).
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.preview_controller.rendered.connect(lambda _reply: loop.quit())
    QTimer.singleShot(120_000, loop.quit)
    QTimer.singleShot(0, window.preview_now)
    loop.exec()
    panel = window.library_panel
    times = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            panel.filter_edit.setText(query[:end])
            start = time.perf_counter()
            panel.apply_filter()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        panel.filter_edit.clear()
        panel.apply_filter()
    print(json.dumps({"median": statistics.median(times), "worst": max(times)}))
    window.doc.close_store()


def inner_typing(lib: str) -> None:
    """(In a child process) the longest UI-thread stall while typing with previews running."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from ui.app import create_app, initial_project
    from ui.main_window import MainWindow

    app = create_app()
    project, path, _error, project_store = initial_project(lib)
    window = MainWindow(project, path, project_store=project_store, restore_layout=False)
    window.show()
    entry = window.doc.issue.entries()[3]
    window.select_entry(entry.article_id)
    field = window.editor.fields["summary_en"]
    field.setFocus()
    ticks: list[float] = []
    renders: list[dict] = []
    window.preview_controller.rendered.connect(renders.append)
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    text = "The county's exporters shipped more this autumn than last. " * 3
    state = {"n": 0, "tick": 0}

    def type_one() -> None:
        state["tick"] += 1
        if state["tick"] % 22 >= 12:  # bursts of 12 keys, then a pause: the preview re-renders
            return
        if state["n"] >= len(text):
            if len(renders) >= 3:
                QTimer.singleShot(400, app.quit)
                typist.stop()
            return
        QTest.keyClick(field, text[state["n"]])
        state["n"] += 1

    typist = QTimer()
    typist.setInterval(30)
    typist.timeout.connect(type_one)
    probe.start()
    QTimer.singleShot(1500, typist.start)  # after the first preview
    QTimer.singleShot(180_000, app.quit)
    app.exec()
    gaps = [b - a for a, b in itertools.pairwise(ticks[20:])]
    print(json.dumps({"worst": max(gaps) * 1000, "renders": len(renders)}))
    window.doc.close_store()


def _inner(kind: str, lib: Path, env: dict[str, str]) -> dict:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--inner", kind, str(lib)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(lib: Path, small: Path, env: dict[str, str], pages, runs: int) -> None:
    # Each pair imports the same new page into both libraries (a page already there adds nothing).
    page_for_run = {}

    def add_small() -> float:
        page_for_run["page"] = next(pages)
        return _wall([sys.executable, "main.py", "import", str(page_for_run["page"]), "-o", str(small)], env)

    def add_big() -> float:
        return _wall([sys.executable, "main.py", "import", str(page_for_run["page"]), "-o", str(lib)], env)

    a, b, ratio = paired(add_small, add_big, runs)
    print(f"add one page      one-page {a * 1000:6.0f} ms  library {b * 1000:6.0f} ms  ratio {ratio:.2f}x")
    a, b, ratio = paired(lambda: _first_paint(small, env), lambda: _first_paint(lib, env), runs)
    print(f"open editor       one-page {a * 1000:6.0f} ms  library {b * 1000:6.0f} ms  ratio {ratio:.2f}x")
    result = _inner("filter", lib, env)
    print(f"filter keystroke  median {result['median']:.1f} ms  worst {result['worst']:.1f} ms")
    result = _inner("typing", lib, env)
    print(f"typing stall      worst {result['worst']:.0f} ms over {result['renders']} preview renders")
    sizes = [lib.stat().st_size] + [
        Path(str(lib) + s).stat().st_size for s in ("-wal",) if Path(str(lib) + s).exists()
    ]
    print(f"size on disk      {sum(sizes) / 2**20:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="folder to cache the built libraries in")
    parser.add_argument("--inner", nargs=2, metavar=("KIND", "LIB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        {"filter": inner_filter, "typing": inner_typing}[args.inner[0]](args.inner[1])
        return

    work = args.keep or Path(tempfile.mkdtemp(prefix="jianbao-bench-lib-"))
    work.mkdir(parents=True, exist_ok=True)
    env = _env(work)
    small = work / "one-page.jianbao"
    build(small, 0)
    pages = itertools.cycle(PAGES)
    for size in args.sizes:
        lib = work / f"lib-{size}.jianbao"
        started = time.perf_counter()
        build(lib, size)
        print(f"\n== {size:,} articles (built in {time.perf_counter() - started:.0f} s, or cached)")
        measure(lib, small, env, pages, args.runs)


if __name__ == "__main__":
    main()
