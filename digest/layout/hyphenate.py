"""English hyphenation points: Liang's patterns from pyphen's en_US dictionary, parsed once per user.

pyphen parses its 11,000 en_US patterns on every process start (about 70 ms CPU, a fifteenth of
a 40-entry export). Here the parsed patterns are kept in the per-user "hyphenation" cache as
marshal data (about 6 ms to load), keyed by the dictionary file's path, size and mtime and by
Python's version (marshal's format); a missing, stale or unreadable entry only means the file is
parsed by pyphen as before. Points are found by Liang's algorithm exactly as pyphen finds them
(tests compare the two on every word of the sample texts), at least LEFT letters before a hyphen
and RIGHT after it.

>>> positions("hyphenation")
[2, 6]
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
import threading
from pathlib import Path

from digest import paths

log = logging.getLogger(__name__)

LEFT, RIGHT = 2, 3
_Patterns = dict[str, tuple[int, tuple[int, ...]]]
_loaded: tuple[_Patterns, int] | None = None
_lock = threading.Lock()
_points: dict[str, list[int]] = {}


def dictionary_file() -> Path:
    """pyphen's en_US pattern file."""
    import pyphen

    return Path(pyphen.LANGUAGES[pyphen.language_fallback("en_US")])


def _entry(path: Path) -> Path:
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{sys.version_info[:2]}|{marshal.version}"
    return paths.cache_dir("hyphenation") / f"en_US-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def _parse(path: Path) -> _Patterns:
    import pyphen

    return {
        tags: (int(offset), tuple(int(v) for v in values))
        for tags, (offset, values) in pyphen.HyphDict(path).patterns.items()
    }


def _valid(data: object) -> bool:
    return isinstance(data, dict) and bool(data) and all(
        isinstance(k, str) and isinstance(v, tuple) and len(v) == 2 for k, v in list(data.items())[:50]
    )


def patterns() -> tuple[_Patterns, int]:
    """The en_US patterns (letters -> offset of the first value, values) and the longest's length."""
    global _loaded
    with _lock:
        if _loaded is not None:
            return _loaded
        path = dictionary_file()
        entry: Path | None
        try:
            entry = _entry(path)
            data = marshal.loads(entry.read_bytes())
            if _valid(data):
                _loaded = data, max(len(k) for k in data)
                return _loaded
        except FileNotFoundError:
            pass
        except (OSError, ValueError, EOFError, TypeError) as exc:
            log.info("hyphenation cache unusable (%s); parsing the patterns", exc)
        parsed = _parse(path)
        _loaded = parsed, max(len(k) for k in parsed)
        try:
            entry = _entry(path)
            entry.parent.mkdir(parents=True, exist_ok=True)
            paths.atomic_write(entry, marshal.dumps(parsed))
        except OSError as exc:  # read-only home, full disk: the parsed patterns still work
            log.info("hyphenation cache not written (%s)", exc)
        return _loaded


def positions(word: str) -> list[int]:
    """Offsets in `word` where it may be hyphenated (as pyphen.Pyphen(lang="en_US", left=2,
    right=3).positions gives them)."""
    word = word.lower()
    found = _points.get(word)
    if found is not None:
        return found
    table, maxlen = patterns()
    pointed = f".{word}."
    n = len(pointed)
    refs = [0] * (n + 1)
    get = table.get
    for i in range(n - 1):
        for j in range(i + 1, min(i + maxlen, n) + 1):
            pattern = get(pointed[i:j])
            if pattern is None:
                continue
            offset, values = pattern
            at = i + offset
            for v in values:
                if v > refs[at]:
                    refs[at] = v
                at += 1
    right = len(word) - RIGHT
    found = _points[word] = [i - 1 for i, r in enumerate(refs) if r % 2 and LEFT <= i - 1 <= right]
    return found
