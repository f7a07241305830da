"""The article library at newsroom scale: libraries of 5,000 and 50,000 distinct articles.

Prints, for each size, against a one-page library where the issue asks for a ratio:
  add one page     `main.py import PAGE -o LIB` wall time, A B A B runs, medians (target <= 1.3x)
  open editor      `main.py LIB` to the window's first paint, A B A B runs (target <= 1.3x)
  filter keystroke  the UI thread's time per keystroke in the library filter (the query runs on
                    the reader thread), median and worst over Chinese and English queries typed
                    one character at a time (<= 30 ms); and how long until the rows are shown
  typing stall      the longest gap of a 10 ms probe timer while typing into an entry with the
                    preview re-rendering (< 50 ms), from the first key to the last preview; runs
                    alternate with the one-page library's, A B A B
Wall times on a shared machine include waiting for a core: each line also gives the UI thread's
own CPU time (time.thread_time) and the 1-minute load average around the measurement.
  size on disk      the database file (and its WAL)

  .venv/bin/python bench/bench_library.py [--sizes 5000 50000] [--runs 3] [--cache DIR]

Libraries are built from bench/library_data.py (varied sample sentences; nothing repeats) and
cached between runs of the bench (building 50,000 takes minutes) in the user's cache folder
(bench-library/, keyed by the generator's and the schema's versions; --cache DIR elsewhere).
Each run measures fresh copies of them, so every import adds a page they do not have.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import itertools
import json
import os
import shutil
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
SETTLE_MS = 500  # after the first preview, before measuring


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
    tmp.unlink(missing_ok=True)
    with store.open_project(tmp, create=True) as opened:
        opened.conn.execute("PRAGMA cache_size = -262144")  # 256 MiB: the index build stays in memory
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


def cache_folder() -> Path:
    """Where built libraries are kept between runs: keyed by what makes them differ."""
    from bench.library_data import GENERATOR_VERSION
    from digest import paths
    from digest.store import schema

    return paths.cache_dir("bench-library") / f"gen{GENERATOR_VERSION}-schema{schema.SCHEMA_VERSION}"


def working_copy(built: Path, work: Path) -> Path:
    """A copy of a cached library to measure on (the imports change it), on disk before the
    first measurement: else the first import's commit would pay for writing the whole copy."""
    target = work / built.name
    shutil.copyfile(built, target)
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    return target


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
    # The first preview's PDF, once shown, relays the window out (every pane is resized and
    # repainted, ~40 ms of CPU): let that settle, it is not the filter's.
    QTimer.singleShot(SETTLE_MS, loop.quit)
    loop.exec()
    panel = window.library_panel
    model = window.doc.library
    keystroke, keystroke_cpu, shown, apply = [], [], [], []
    for query in queries():
        for end in range(1, len(query) + 1):
            # The keystroke: what the UI thread does before it can take the next key.
            start, start_cpu = time.perf_counter(), time.thread_time()
            panel.filter_edit.setText(query[:end])
            panel.apply_filter()
            app.processEvents()
            keystroke.append((time.perf_counter() - start) * 1000)
            keystroke_cpu.append((time.thread_time() - start_cpu) * 1000)
            # Then the answer from the reader thread, shown in the list; the most UI-thread CPU
            # in one pass of the event loop meanwhile (the list taking the rows) is `apply`.
            while model.is_searching():
                step = time.thread_time()
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                apply.append((time.thread_time() - step) * 1000)
            shown.append((time.perf_counter() - start) * 1000)
        panel.filter_edit.clear()
        panel.apply_filter()
        while model.is_searching():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    print(
        json.dumps(
            {
                "median": statistics.median(keystroke),
                "worst": max(keystroke),
                "p90": sorted(keystroke)[int(len(keystroke) * 0.9)],
                "cpu_median": statistics.median(keystroke_cpu),
                "cpu_worst": max(keystroke_cpu),
                "apply_worst": max(apply, default=0.0),
                "shown_median": statistics.median(shown),
                "shown_worst": max(shown),
                "count": len(keystroke),
                "load": os.getloadavg()[0],
            }
        )
    )
    window.doc.close_store()


def queries() -> list[str]:
    """The fixed queries; terms of 1 to 5 characters cut at seeded random places from the pages
    whose sentences the library is made of (so they occur, some often, some rarely); and terms
    that occur nowhere (a scan of the whole library for short ones)."""
    import random

    rng = random.Random(7)
    text = "".join(page.read_text(encoding="utf-8") for page in PAGES)
    cut = [
        text[i : i + n]
        for i, n in ((rng.randrange(len(text) - 6), rng.randint(1, 5)) for _ in range(200))
        if text[i : i + n].strip() and len(text[i : i + n].split()) == 1
    ][:12]
    return [*QUERIES, *cut, "烽火戏诸侯", "zqxj"]


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
    # Active before the first key: else the first key activates it, and every view repaints its
    # selection in the active colours (~35 ms of CPU once), which is not typing's.
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    entry = window.doc.issue.entries()[3]
    window.select_entry(entry.article_id)
    field = window.editor.fields["summary_en"]
    field.setFocus()
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    cpu: list[float] = []  # the UI thread's own CPU time at each tick: the rest of a gap is waiting
    state = {"n": 0, "tick": 0, "typing": False}

    def tick() -> None:
        # Only while typing (and the last preview arriving after it): the window's first paints
        # and the first preview, before the first key, are not what this measures.
        if state["typing"]:
            ticks.append(time.perf_counter())
            cpu.append(time.thread_time())

    probe.timeout.connect(tick)
    text = "The county's exporters shipped more this autumn than last. " * 3
    typing_renders: list[dict] = []

    def type_one() -> None:
        # Bursts of 12 keys 30 ms apart, then 600 ms without a key: the preview's 400 ms debounce
        # fires, the worker renders, and its PDF arrives while the next burst is being typed.
        state["tick"] += 1
        if state["tick"] % 32 >= 12:
            return
        if state["n"] >= len(text):
            typist.stop()
            QTimer.singleShot(3000, app.quit)  # the last preview arrives while the probe still runs
            return
        QTest.keyClick(field, text[state["n"]])
        state["n"] += 1

    def started_typing() -> None:
        window.preview_controller.rendered.connect(typing_renders.append)
        state["typing"] = True
        typist.start()

    typist = QTimer()
    typist.setInterval(30)
    typist.timeout.connect(type_one)
    probe.start()

    def first_preview(_reply: dict) -> None:
        window.preview_controller.rendered.disconnect(first_preview)
        QTimer.singleShot(SETTLE_MS, started_typing)  # the window relaid out for it (see inner_filter)

    window.preview_controller.rendered.connect(first_preview)
    QTimer.singleShot(0, window.preview_now)
    QTimer.singleShot(180_000, app.quit)
    app.exec()
    pairs = list(zip(itertools.pairwise(ticks), itertools.pairwise(cpu), strict=True))
    gaps = sorted(((b - a) * 1000, (d - c) * 1000) for (a, b), (c, d) in pairs)
    print(
        json.dumps(
            {
                "worst": gaps[-1][0],
                "worst_cpu": gaps[-1][1],
                "worst_by_cpu": max(c for _g, c in gaps),
                "p99": gaps[int(len(gaps) * 0.99)][0],
                "renders": len(typing_renders),
                "keys": state["n"],
                "load": os.getloadavg()[0],
            }
        )
    )
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
    print(f"load average      {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
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
    load = os.getloadavg()[0]
    result = _inner("filter", lib, env)
    print(
        f"filter keystroke  UI thread median {result['median']:.1f} ms  90th percentile {result['p90']:.1f} ms"
        f"  worst {result['worst']:.1f} ms (its own CPU: median {result['cpu_median']:.1f} ms, worst"
        f" {result['cpu_worst']:.1f} ms); rows taken in {result['apply_worst']:.0f} ms of CPU at worst;"
        f" shown after median {result['shown_median']:.0f} ms  worst {result['shown_worst']:.0f} ms"
        f"  ({result['count']} keystrokes; load {load:.1f} before, {result['load']:.1f} after)"
    )
    # The typing stall A B A B against the one-page library: what the library's size adds.
    for _ in range(runs):
        for name, path in (("one-page", small), ("library", lib)):
            load = os.getloadavg()[0]
            result = _inner("typing", path, env)
            print(
                f"typing stall      {name:8} worst {result['worst']:.0f} ms ({result['worst_cpu']:.0f} ms of it"
                f" the UI thread's own CPU)  99th percentile {result['p99']:.0f} ms  longest UI-thread CPU in"
                f" one gap {result['worst_by_cpu']:.0f} ms  ({result['keys']} keys, {result['renders']} preview"
                f" renders; load {load:.1f} before, {result['load']:.1f} after)"
            )
    sizes = [lib.stat().st_size] + [
        Path(str(lib) + s).stat().st_size for s in ("-wal",) if Path(str(lib) + s).exists()
    ]
    print(f"size on disk      {sum(sizes) / 2**20:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None, help="folder to cache the built libraries in")
    parser.add_argument("--inner", nargs=2, metavar=("KIND", "LIB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        {"filter": inner_filter, "typing": inner_typing}[args.inner[0]](args.inner[1])
        return

    cache = args.cache or cache_folder()
    cache.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="jianbao-bench-lib-"))
    env = _env(work)
    build(cache / "one-page.jianbao", 0)
    pages = itertools.cycle(PAGES)
    try:
        for size in args.sizes:
            started = time.perf_counter()
            build(cache / f"lib-{size}.jianbao", size)
            print(
                f"\n== {size:,} articles (built in {time.perf_counter() - started:.0f} s, or cached in {cache})"
            )
            small = working_copy(cache / "one-page.jianbao", work)
            lib = working_copy(cache / f"lib-{size}.jianbao", work)
            measure(lib, small, env, pages, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
