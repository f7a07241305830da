"""Dates babel has written, remembered per user, so a fresh process need not load babel for them.

An export writes one date, the issue's, in a few styles and locales (masthead, source lines).
babel has to import and load its CLDR data for that: the locale chain's pickles merged and
the likely-subtags table, about 15 ms in every command-line export. The strings babel produced
are kept in a small JSON file in the user's cache directory, keyed by locale, format and date,
and valid only for the babel install that wrote them (its files' sizes and mtimes are part of
the file name). A missing, stale or damaged file just means babel is asked, as without it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import importlib.util
import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from digest import paths

log = logging.getLogger(__name__)

FORMAT = 1
MAX_ENTRIES = 512  # a weekly digest adds a handful a week; the oldest go first
_lock = threading.Lock()
_state: dict[str, object] = {}  # "path": Path | None, "memo": dict[str, str]


def cache_dir() -> Path:
    """The "dates" per-user cache (digest.paths)."""
    return paths.cache_dir("dates")


def _babel_files() -> list[Path]:
    spec = importlib.util.find_spec("babel")  # finds babel without importing it
    if spec is None or not spec.origin:
        return []
    folder = Path(spec.origin).parent
    return [folder / "__init__.py", folder / "global.dat"]


def _memo_path() -> Path | None:
    files = _babel_files()
    if not files:
        return None
    parts = [str(FORMAT)]
    for path in files:
        stat = path.stat()
        parts += [str(path.resolve()), str(stat.st_size), str(stat.st_mtime_ns)]
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]
    return cache_dir() / f"babel-dates-{digest}.json"


def _load() -> dict[str, str]:
    if "memo" in _state:
        return _state["memo"]  # type: ignore[return-value]
    memo: dict[str, str] = {}
    try:
        path = _memo_path()
    except OSError:
        path = None
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and all(isinstance(v, str) for v in data.values()):
                memo = data
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:  # damaged or foreign: rewritten on the next new date
            log.info("date cache %s unusable (%s)", path, exc)
    _state["path"], _state["memo"] = path, memo
    return memo


def _save(memo: dict[str, str]) -> None:
    path = _state.get("path")
    if not isinstance(path, Path):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        paths.atomic_write(path, json.dumps(memo, ensure_ascii=False).encode("utf-8"))
        for old in path.parent.glob("babel-dates-*.json"):  # written by another babel
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # read-only home, full disk: babel still writes the dates
        log.info("date cache %s not written (%s)", path, exc)


def remembered(d: _dt.date, locale: str, fmt: str, write: Callable[[], str]) -> str:
    """What `write()` (babel formatting `d` as `fmt` for `locale`) returns, from the memo when
    it has it; otherwise `write()` is called and its answer kept."""
    key = f"{locale}|{fmt}|{d.isoformat()}"
    with _lock:
        memo = _load()
        text = memo.get(key)
        if text is not None:
            return text
    text = write()
    with _lock:
        memo[key] = text
        while len(memo) > MAX_ENTRIES:
            del memo[next(iter(memo))]
        _save(memo)
    return text
