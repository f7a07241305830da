"""The one thread that writes an open project, so the editor's commits leave the UI thread.

Jobs run one at a time in the order they were given, each in its own transaction (an undo
step, a keystroke). A job starts as soon as the one before it ends: nothing waits to be
batched, so what the editor shows is in the database (WAL, synchronous=NORMAL: it survives the
process being killed) within the time of the commits queued before it — a few milliseconds on
an idle machine, one slow commit when the disk is busy (docs/project-file.md).

A job still waiting may be replaced by a newer one that makes it needless (`replaces`): the next
keystroke in the same field, or a rewrite of every issue. Only the tail of the queue is
replaced, so the order of everything else stays as it was given.
"""

from __future__ import annotations

import atexit
import sqlite3
import threading
import weakref
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from digest.errors import ProjectFileError
from digest.store.repository import Repository

T = TypeVar("T")
EXIT_FLUSH_SECONDS = 10.0  # how long a quitting process waits for its writers' queues

_open_writers: weakref.WeakSet[Writer] = weakref.WeakSet()


@atexit.register
def _flush_at_exit() -> None:
    """A process that quits without closing its project still writes what it was given."""
    for writer in list(_open_writers):
        writer.flush(EXIT_FLUSH_SECONDS)


@dataclass
class Job:
    action: Callable[[Repository], Any]
    key: Hashable | None = None
    report: bool = True  # failures go to the writer's `on_failure` (else the waiting caller gets them)
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None


class Writer:
    """Runs write jobs on its own thread and its own connection to the database."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        on_failure: Callable[[BaseException], None] | None = None,
        on_success: Callable[[Hashable | None], None] | None = None,
    ) -> None:
        self._conn = conn
        self._repo = Repository(conn)
        self._on_failure = on_failure
        self._on_success = on_success
        self._jobs: deque[Job] = deque()
        self._cond = threading.Condition()
        self._busy = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="jianbao-writer", daemon=True)
        self._thread.start()
        _open_writers.add(self)

    def submit(
        self,
        action: Callable[[Repository], Any],
        key: Hashable | None = None,
        replaces: Callable[[Hashable], bool] | None = None,
    ) -> Job:
        """Queue a write; waiting jobs at the tail whose key `replaces` accepts are dropped first."""
        job = Job(action, key)
        with self._cond:
            if self._closed:
                raise ProjectFileError("the project is closed; the change was not written")
            while (
                replaces is not None
                and self._jobs
                and self._jobs[-1].key is not None
                and replaces(self._jobs[-1].key)
            ):
                self._jobs.pop().done.set()
            self._jobs.append(job)
            self._cond.notify_all()
        return job

    def call(self, action: Callable[[Repository], T]) -> T:
        """Write after everything queued before, wait for it, and return its result (or raise)."""
        job = Job(action, report=False)
        with self._cond:
            if self._closed:
                raise ProjectFileError("the project is closed; the change was not written")
            self._jobs.append(job)
            self._cond.notify_all()
        job.done.wait()
        if job.error is not None:
            raise job.error
        result: T = job.result
        return result

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every job given so far is written (or failed); False on a timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._jobs and not self._busy, timeout)

    def pending(self) -> int:
        with self._cond:
            return len(self._jobs) + int(self._busy)

    def close(self) -> None:
        """Write what is queued, stop the thread and close the connection."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._cond.notify_all()
        self._thread.join()
        self._conn.close()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._jobs) or self._closed)
                if not self._jobs:
                    return  # closed, and everything is written
                job = self._jobs.popleft()
                self._busy = True
            try:
                with self._repo.transaction():
                    job.result = job.action(self._repo)
            except Exception as exc:  # reported, never fatal: the next job may well succeed
                job.error = exc
            if job.report:
                self._report(job)
            with self._cond:
                self._busy = False
                job.done.set()
                self._cond.notify_all()

    def _report(self, job: Job) -> None:
        """Tell the owner how a job went: `on_failure(error)` or `on_success(job's key)`."""
        try:
            if job.error is not None:
                if self._on_failure is not None:
                    self._on_failure(job.error)
            elif self._on_success is not None:
                self._on_success(job.key)
        except RuntimeError:  # the receiver is gone (the window closed meanwhile)
            pass
