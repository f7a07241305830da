"""The store's writer thread: jobs land in the order given, each in its own transaction; a
waiting keystroke is replaced by the next one; failures are reported and the thread goes on."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from digest import store
from digest.errors import ProjectFileError
from tests.ui.conftest import make_project


@pytest.fixture
def opened(tmp_path: Path):
    path = tmp_path / "w.jianbao"
    store.save(make_project(), path)
    with store.open_project(path, editor=True) as project_store:
        yield project_store


def _summary(path: Path, article_id: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT summary_en FROM entries WHERE article_id = ?", (article_id,)).fetchone()[
            0
        ]
    finally:
        conn.close()


def test_jobs_land_in_order_and_a_waiting_keystroke_gives_way(opened) -> None:
    gate = threading.Event()
    ran: list[str] = []
    writer = opened.start_writer()
    try:
        writer.submit(lambda repo: gate.wait(5))  # holds the thread so the next jobs wait
        for text in ("a", "ab", "abc"):
            key = ("field", "art001", "summary_en")
            writer.submit(
                lambda repo, t=text: (ran.append(t), repo.set_entry_field(0, "art001", "summary_en", t)),
                key,
                lambda other, k=key: other == k,
            )
        writer.submit(
            lambda repo: (ran.append("other"), repo.set_entry_field(0, "art002", "summary_en", "x"))
        )
        writer.submit(lambda repo: (ran.append("last"), repo.set_entry_field(0, "art001", "summary_en", "z")))
        assert writer.pending() == 4  # the held job, one keystroke (two gave way), two more
        gate.set()
        assert writer.flush(10)
    finally:
        writer.close()
    assert ran == ["abc", "other", "last"]
    assert _summary(opened.path, "art001") == "z"
    assert _summary(opened.path, "art002") == "x"


def test_a_failed_job_is_reported_rolled_back_and_the_next_one_lands(opened) -> None:
    failures: list[BaseException] = []
    successes: list[object] = []
    writer = opened.start_writer(failures.append, successes.append)

    def half_then_fail(repo: store.Repository) -> None:
        repo.set_entry_field(0, "art001", "summary_en", "half")
        raise sqlite3.OperationalError("database or disk is full")

    try:
        writer.submit(half_then_fail, "first")
        writer.submit(lambda repo: repo.set_entry_field(0, "art002", "summary_en", "whole"), "second")
        assert writer.flush(10)
        assert writer.call(lambda repo: repo.article_count()) == 3  # a result comes back to the caller
        with pytest.raises(ValueError):
            writer.call(lambda repo: repo.set_entry_field(0, "art001", "no such field", ""))
    finally:
        writer.close()
    assert [str(e) for e in failures] == ["database or disk is full"]  # the call's error is the caller's
    assert successes == ["second"]
    assert _summary(opened.path, "art001") != "half"  # its transaction was rolled back
    assert _summary(opened.path, "art002") == "whole"


def test_close_writes_what_is_queued_and_refuses_more(opened) -> None:
    writer = opened.start_writer()
    for n in range(50):
        writer.submit(lambda repo, n=n: repo.set_entry_field(0, "art001", "summary_en", f"v{n}"))
    writer.close()
    assert _summary(opened.path, "art001") == "v49"
    with pytest.raises(ProjectFileError):
        writer.submit(lambda repo: None)


def test_a_process_quitting_without_closing_still_writes_its_queue(opened, tmp_path: Path) -> None:
    import subprocess
    import sys

    opened.close()  # the child process takes the editor lock
    script = (
        "import sys, time\n"
        "from digest import store\n"
        "s = store.open_project(sys.argv[1], editor=True)\n"
        "w = s.start_writer()\n"
        "for n in range(20):\n"
        "    w.submit(lambda repo, n=n: (time.sleep(0.02), repo.set_entry_field(0, 'art001', 'summary_en', f'q{n}')))\n"
    )  # ... and falls off the end: no close, no flush
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", script, str(opened.path)], cwd=root, check=True, timeout=60)
    assert _summary(opened.path, "art001") == "q19"
