"""Chinese word boundaries for ragged text (headlines): jieba's segmentation, without jieba.

jieba costs 0.6 s to load its 349 000-word dictionary in every process. This module reads a word
list made from that dictionary once (make_word_list.py: words of 1–4 Han characters, frequencies
rounded) and segments the way jieba does with HMM=False: the most probable chain of dictionary
words, every word scoring log(frequency / total). The list is grouped by first character and
each group compressed on its own, so a process unpacks only the groups its headlines need
(a few milliseconds instead of jieba's 0.6 s).
"""

from __future__ import annotations

import bisect
import struct
import threading
import zlib
from array import array
from functools import lru_cache
from pathlib import Path

from digest.text import is_han

WORDS_FILE = Path(__file__).resolve().parent / "data" / "zh_words.jbw"
MAGIC = b"JBW1"
MAX_WORD = 4  # characters; longer dictionary words are judged by their parts
BUCKET_STEP = 0.25  # frequencies are stored as round(ln(freq) / BUCKET_STEP)
BUCKET_BASE = 0x30  # ... as one ASCII character, "0" = frequency 1


class WordList:
    """The packed word list: log-frequency lookups, unpacking one first-character group at a time."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not a Jianbao word list")
        self.logtotal, count = struct.unpack_from("<dI", data, len(MAGIC))
        start = len(MAGIC) + struct.calcsize("<dI")
        table = array("I")
        table.frombytes(data[start : start + 12 * count])
        if table.itemsize != 4 or len(table) != 3 * count:
            raise ValueError("word list index is damaged")
        self._firsts = table[0::3]
        self._offsets = table[1::3]
        self._sizes = table[2::3]
        self._body = memoryview(data)[start + 12 * count :]
        self._groups: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def group(self, first: str) -> list[str]:
        """The sorted entries of the words starting with `first`: the rest of the word + bucket.

        Kept as a sorted list (splitting is cheap, a dict of every entry is not): the entry of a
        word sorts right where bisect puts the word's rest, because the bucket is an ASCII
        character, which sorts before every Han continuation of a longer word.
        """
        found = self._groups.get(first)
        if found is not None:
            return found
        with self._lock:
            code = ord(first)
            k = bisect.bisect_left(self._firsts, code)
            entries: list[str] = []
            if k < len(self._firsts) and self._firsts[k] == code:
                offset, size = self._offsets[k], self._sizes[k]
                entries = zlib.decompress(self._body[offset : offset + size]).decode("utf-8").split(" ")
            self._groups[first] = entries
            return entries

    def log_frequency(self, word: str) -> float | None:
        """ln(frequency) of `word` (rounded as stored), None when the list does not have it."""
        entries = self.group(word[0])
        rest = word[1:]
        k = bisect.bisect_left(entries, rest)
        if k < len(entries):
            entry = entries[k]
            if len(entry) == len(rest) + 1 and entry.startswith(rest):
                return (ord(entry[-1]) - BUCKET_BASE) * BUCKET_STEP
        return None

    def segment(self, run: str) -> list[int]:
        """Word lengths of the best segmentation of `run` (Han characters only), in order.

        jieba's rule: maximise the sum of ln(freq) - ln(total) over the words; a character not in
        the list counts as a word of frequency 1; among equal scores the longer word wins.
        """
        n = len(run)
        logtotal = self.logtotal
        score = [0.0] * (n + 1)
        length = [1] * (n + 1)
        lookup = self.log_frequency
        for i in range(n - 1, -1, -1):
            best = (lookup(run[i]) or 0.0) - logtotal + score[i + 1]
            best_len = 1
            for size in range(2, min(MAX_WORD, n - i) + 1):
                logf = lookup(run[i : i + size])
                if logf is None:
                    continue
                s = logf - logtotal + score[i + size]
                if s >= best:
                    best, best_len = s, size
            score[i] = best
            length[i] = best_len
        out = []
        i = 0
        while i < n:
            out.append(length[i])
            i += length[i]
        return out


_state: dict[str, WordList | None] = {}
_state_lock = threading.Lock()


def word_list() -> WordList | None:
    """The bundled list, read on first use (None when it is missing or damaged)."""
    with _state_lock:
        if "list" not in _state:
            try:
                _state["list"] = WordList(WORDS_FILE.read_bytes())
            except (OSError, ValueError, struct.error):
                _state["list"] = None
        return _state["list"]


@lru_cache(maxsize=4096)
def word_interiors(text: str) -> frozenset[int]:
    """Indices i where text[i-1] and text[i] belong to one Chinese word.

    >>> sorted(word_interiors("营商环境"))  # 营商 | 环境: a break between the two words is free
    [1, 3]
    """
    words = word_list()
    if words is None:
        return frozenset()
    inside: set[int] = set()
    n = len(text)
    i = 0
    while i < n:
        if not is_han(text[i]):
            i += 1
            continue
        j = i
        while j < n and is_han(text[j]):
            j += 1
        pos = i
        for size in words.segment(text[i:j]):
            inside.update(range(pos + 1, pos + size))
            pos += size
        i = j
    return frozenset(inside)
