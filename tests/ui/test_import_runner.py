"""The import runner on its own: pages read off the UI thread, one outcome delivered on it."""

from __future__ import annotations

import threading

from ui.import_runner import ImportContext, ImportOutcome, ImportRunner


def run(qtbot, start) -> tuple[ImportOutcome, list[str]]:
    runner = ImportRunner()
    events: list[str] = []
    outcomes: list[ImportOutcome] = []
    threads: list[str] = []
    runner.started.connect(lambda: events.append("started"))

    def finished(outcome: ImportOutcome) -> None:
        threads.append(threading.current_thread().name)
        events.append("finished")
        outcomes.append(outcome)

    runner.finished.connect(finished)
    with qtbot.waitSignal(runner.finished, timeout=20000):
        start(runner)
        assert runner.is_busy()
    assert not runner.is_busy()
    assert threads == [threading.main_thread().name]  # delivered on the UI thread
    return outcomes[0], events


def test_files_are_read_with_one_message_per_bad_page(qtbot, pages_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page = str(pages_dir / "wujin-page.txt")
    outcome, events = run(qtbot, lambda r: r.import_files([page, str(empty), page], ImportContext({}, {})))
    assert events == ["started", "finished"]
    assert len(outcome.imports) == 2 and len(outcome.errors) == 1
    assert "empty.txt" in outcome.errors[0]
    # The same page twice: its articles count once, its page once.
    unique, read = outcome.unique_articles()
    assert read == 2 * len(unique) and unique
    pages = outcome.new_pages(set())
    assert [p.id for p in pages] == [outcome.imports[0].page.id]
    assert outcome.new_pages({pages[0].id}) == []


def test_pasted_text(qtbot, pages_dir):
    text = (pages_dir / "xinmin-page-a.txt").read_text(encoding="utf-8")
    outcome, events = run(qtbot, lambda r: r.import_text(text, "Clipboard 10:00:00", ImportContext({}, {})))
    assert events == ["started", "finished"]
    assert not outcome.errors and outcome.imports[0].page.source == "Clipboard 10:00:00"
    assert outcome.imports[0].articles
