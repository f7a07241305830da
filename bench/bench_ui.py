"""Editor window figures, each measured in a fresh subprocess (offscreen Qt):

cold start to first paint   `python main.py` until the window's first paint event (target <= 1.0 s)
edit-to-preview latency     on a 40-entry digest, from the debounce firing to the new PDF shown
                            in the preview (target <= 150 ms after the debounce)
UI-thread stall while typing  the longest gap of a 10 ms probe timer during typing + re-renders

  .venv/bin/python bench/bench_ui.py [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
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


def _env(tmp: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        JIANBAO_HOME=str(tmp),  # settings, drafts and caches: private to the bench
        PYTHONPATH=str(ROOT),
    )


def cold_start(runs: int, tmp: Path) -> list[float]:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "main.py", "--first-paint", repr(time.time())],
            cwd=ROOT,
            env=_env(tmp),
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
        for line in out.splitlines():
            if line.startswith("first-paint-ms"):
                times.append(float(line.split()[1]))
    return times


def forty_entry_project():
    """A 40-entry digest built from the sample edition's articles (repeated with new ids)."""
    from digest.model import Article, Entry, Issue, Project, Section
    from digest.sample import load_sample

    sample = load_sample()
    sample_entries = sample.issue.entries()
    articles: list[Article] = []
    sections = [Section(f"栏目{n}", f"Section {n}") for n in range(1, 5)]
    for n in range(40):
        source_entry = sample_entries[n % len(sample_entries)]
        article = sample.article(source_entry.article_id)
        copy = dataclasses.replace(article, id=f"{article.id[:8]}{n:04d}")  # Article has slots
        articles.append(copy)
        sections[n % 4].entries.append(
            Entry(
                article_id=copy.id,
                headline_zh=source_entry.headline_zh,
                headline_en=source_entry.headline_en,
                summary_zh=source_entry.summary_zh,
                summary_en=source_entry.summary_en,
            )
        )
    issue = Issue(
        title_zh=sample.issue.title_zh,
        title_en=sample.issue.title_en,
        number=12,
        date=_dt.date(2026, 11, 28),
        sections=sections,
    )
    return Project(articles=articles, issues=[issue])


def child_edit_latency(edits: int) -> None:
    """Runs inside the subprocess: prints one JSON line of measurements."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from ui.app import create_app
    from ui.main_window import MainWindow

    app = create_app()
    window = MainWindow(forty_entry_project())
    window.show()
    shown: list[float] = []
    window.preview.documentShown.connect(lambda: shown.append(time.perf_counter()))

    def wait_for(count: int, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while len(shown) < count and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)

    started = time.perf_counter()
    window.preview_now()
    wait_for(1)
    first_preview = (time.perf_counter() - started) * 1000
    controller = window.preview_controller
    latencies: list[float] = []
    workers: list[float] = []
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    field = window.editor.fields["summary_en"]
    for n in range(edits):
        window.select_entry(window.doc.issue.entries()[n % 40].article_id)
        field.setFocus()
        before = len(shown)
        for char in " Output rose.":
            QTest.keyClick(field, char)
            QTest.qWait(25)
        wait_for(before + 1)
        QTest.qWait(50)
        if controller.last_latency_ms is not None:
            latencies.append(controller.last_latency_ms)
            workers.append((controller.last_reply or {}).get("ms", 0.0))
    probe.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    print(
        json.dumps(
            {
                "pages": window.preview.document.pageCount(),
                "first_preview_ms": first_preview,
                "latencies_ms": latencies,
                "worker_ms": workers,
                "max_gap_ms": max(gaps) if gaps else None,
                "debounce_ms": controller.timer.interval(),
            }
        ),
        flush=True,
    )
    window.doc.undo_stack.setClean()


def edit_latency(edits: int, tmp: Path) -> dict:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", "--edits", str(edits)],
        cwd=ROOT,
        env=_env(tmp),
        capture_output=True,
        text=True,
        timeout=600,
    )
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)
    raise SystemExit(f"bench child failed:\n{result.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold starts to measure")
    parser.add_argument("--edits", type=int, default=8, help="edits to time on the 40-entry digest")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_edit_latency(args.edits)
        return 0
    with tempfile.TemporaryDirectory(prefix="jianbao-bench-") as folder:
        tmp = Path(folder)
        starts = cold_start(args.runs, tmp)
        print(
            f"cold start to first paint: median {statistics.median(starts):.0f} ms, "
            f"min {min(starts):.0f} ms, max {max(starts):.0f} ms over {len(starts)} runs (target <= 1000 ms)"
        )
        data = edit_latency(args.edits, tmp)
        lat = data["latencies_ms"]
        print(
            f"40-entry digest: {data['pages']} pages; first preview {data['first_preview_ms']:.0f} ms (worker start-up and fonts included)"
        )
        print(
            f"edit-to-preview latency after the {data['debounce_ms']} ms debounce: median {statistics.median(lat):.0f} ms, "
            f"max {max(lat):.0f} ms over {len(lat)} edits (target <= 150 ms)"
        )
        build = data["worker_ms"]
        overhead = [a - b for a, b in zip(lat, build, strict=False)]
        print(
            f"  of which the PDF build in the worker (digest.export.build_pdf): median {statistics.median(build):.0f} ms; "
            f"the editor's own share (serialise, hand over, load, show): median {statistics.median(overhead):.0f} ms"
        )
        print(
            f"longest UI-thread stall while typing and re-rendering: {data['max_gap_ms']:.0f} ms (10 ms probe; target < 50 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
