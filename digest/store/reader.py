"""A thread that answers the newest read query asked of it, on its own connection.

The library list asks its filter queries here, so a query that scans (a one- or two-character
term has no index, see Repository.search) runs beside the UI thread instead of on it. Only
the newest question matters: asking again drops a waiting one and interrupts a running one,
whose answer would be out of date. sqlite3 lets go of the GIL while a statement runs, so the
UI thread keeps its pace meanwhile.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from digest.store.repository import Repository

Answer = Callable[[int, Any, BaseException | None], None]  # (ticket, result, error)


class LatestReader:
    def __init__(self, conn: sqlite3.Connection, on_answer: Answer) -> None:
        self._conn = conn
        self._repo = Repository(conn)
        self._on_answer = on_answer
        self._cond = threading.Condition()
        self._waiting: tuple[int, Callable[[Repository], Any]] | None = None
        self._running = 0  # the ticket of the query running now (0: none)
        self._ticket = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="jianbao-reader", daemon=True)
        self._thread.start()

    def ask(self, query: Callable[[Repository], Any]) -> int:
        """Run `query` on the thread; its answer comes to `on_answer` with the ticket returned."""
        with self._cond:
            self._ticket += 1
            self._waiting = (self._ticket, query)
            if self._running:
                self._conn.interrupt()  # the running query's answer is out of date
            self._cond.notify_all()
            return self._ticket

    def latest(self) -> int:
        """The ticket of the newest question."""
        with self._cond:
            return self._ticket

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._waiting = None
            if self._running:
                self._conn.interrupt()
            self._cond.notify_all()
        self._thread.join()
        self._conn.close()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._waiting is not None or self._closed)
                if self._closed or self._waiting is None:
                    return
                ticket, query = self._waiting
                self._waiting = None
                self._running = ticket
            result: Any = None
            error: BaseException | None = None
            try:
                result = query(self._repo)
            except Exception as exc:  # reported to the asker, never fatal to the thread
                error = exc
            with self._cond:
                self._running = 0
                stale = ticket != self._ticket or self._closed
                interrupted = isinstance(error, sqlite3.OperationalError) and "interrupt" in str(error)
                if interrupted and not stale:  # an interrupt meant for the query before: run it again
                    self._waiting = (ticket, query)
                    continue
            if not stale:
                try:
                    self._on_answer(ticket, result, error)
                except RuntimeError:  # the receiver is gone (its window closed meanwhile)
                    pass
