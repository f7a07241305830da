"""English hyphenation points: pyphen's en_US patterns, parsed once per user, not once per process.

pyphen parses its 4 900-pattern en_US dictionary in every process (about 70 ms before the first
English line can be set). The parsed patterns are plain data, so they are kept as marshal data in
the per-user cache directory (beside the font cache), keyed by the dictionary file's path, size and
mtime; later processes load them in well under a millisecond. Any unreadable or stale entry is
ignored and rewritten; an unwritable cache only means pyphen parses as it always does. The points
are pyphen's: the same patterns and the same algorithm (HyphDict.positions), left/right minimums.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import marshal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from digest import paths

log = logging.getLogger(__name__)

FORMAT = 2  # bump when the stored patterns change shape
_MAGIC = b"JBHY"
_lock = threading.Lock()
_hyphenators: dict[tuple[str, int, int], Callable[[str], list[int]]] = {}


def _dictionary_path(lang: str) -> Path | None:
    """pyphen's hyph_<lang>.dic, found without importing pyphen (which lists all its dictionaries)."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "dictionaries" / f"hyph_{lang}.dic"
    return path if path.is_file() else None


def _cache_entry(path: Path) -> Path:
    stat = path.stat()
    key = "|".join((str(FORMAT), str(path.resolve()), str(stat.st_size), str(stat.st_mtime_ns), sys.version))
    return paths.cache_dir("hyphenation") / f"hyph-{path.stem}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.jbhy"


def _parse(path: Path) -> dict[str, bytes] | None:
    """pyphen's parsed patterns as plain data (None when they use non-standard hyphenation).

    Each pattern is packed as bytes: its start offset, then its values (pyphen keeps a tuple of
    int objects per pattern; 11 000 of those take three times as long to load).
    """
    import pyphen

    patterns = {}
    for key, (start, values) in pyphen.HyphDict(path).patterns.items():
        if any(getattr(v, "data", None) for v in values):
            return None  # ff=f style alternatives: leave those dictionaries to pyphen itself
        numbers = [start, *(int(v) for v in values)]
        if not all(0 <= n <= 255 for n in numbers):
            return None  # not what a pattern file holds: leave it to pyphen
        patterns[key] = bytes(numbers)
    return patterns


def _load_patterns(path: Path) -> dict[str, bytes] | None:
    try:
        entry: Path | None = _cache_entry(path)
    except OSError:
        entry = None
    if entry is not None:
        try:
            blob = entry.read_bytes()
            if blob.startswith(_MAGIC):
                patterns = marshal.loads(blob[len(_MAGIC) :])
                if isinstance(patterns, dict) and patterns and _is_packed(patterns):
                    return patterns
        except FileNotFoundError:
            pass
        except Exception as exc:  # truncated, foreign, other Python: parse again
            log.info("hyphenation cache entry %s unusable (%s)", entry, exc)
    patterns = _parse(path)
    if patterns is not None and entry is not None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            paths.atomic_write(entry, _MAGIC + marshal.dumps(patterns))
            for old in entry.parent.glob(f"hyph-{path.stem}-*.jbhy"):  # other pyphen versions
                if old != entry:
                    old.unlink(missing_ok=True)
        except Exception as exc:  # read-only home, full disk: the parsed patterns still work
            log.info("hyphenation cache entry %s not written (%s)", entry, exc)
    return patterns


def _is_packed(patterns: dict) -> bool:
    key, value = next(iter(patterns.items()))
    return isinstance(key, str) and isinstance(value, bytes) and len(value) >= 2


def _from_patterns(patterns: dict[str, bytes], left: int, right: int):
    maxlen = max(len(key) for key in patterns)
    cache: dict[str, list[int]] = {}

    def positions(word: str) -> list[int]:
        word = word.lower()
        points = cache.get(word)
        if points is None:
            pointed = f".{word}."
            size = len(pointed)
            refs = [0] * (size + 1)
            for i in range(size - 1):
                for j in range(i + 1, min(i + maxlen, size) + 1):
                    pattern = patterns.get(pointed[i:j])
                    if pattern:
                        # pattern[0]: where its values start in the match; pattern[1:]: the values
                        at = i + pattern[0] - 1
                        for k in range(1, len(pattern)):
                            value = pattern[k]
                            if value > refs[at + k]:
                                refs[at + k] = value
            limit = len(word) - right
            points = cache[word] = [i - 1 for i, r in enumerate(refs) if r % 2 and left <= i - 1 <= limit]
        return list(points)

    return positions


def hyphenator(lang: str = "en_US", left: int = 2, right: int = 3) -> Callable[[str], list[int]]:
    """word -> hyphenation offsets, as pyphen.Pyphen(lang=lang, left=left, right=right).positions."""
    key = (lang, left, right)
    found = _hyphenators.get(key)
    if found is not None:
        return found
    with _lock:
        if key not in _hyphenators:
            path = _dictionary_path(lang)
            patterns = _load_patterns(path) if path is not None else None
            if patterns:
                _hyphenators[key] = _from_patterns(patterns, left, right)
            else:
                import pyphen

                _hyphenators[key] = pyphen.Pyphen(lang=lang, left=left, right=right).positions
        return _hyphenators[key]
