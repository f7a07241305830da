"""Build digest/layout/data/zh_words.jbw, the Chinese word list headline breaking uses.

    .venv/bin/python -m digest.layout.make_word_list [path/to/jieba/dict.txt]

jieba's dictionary (349 000 words with frequencies) takes 0.6 s to load in every process; the
composer only needs it to keep headlines from breaking inside words (营商|环境). This keeps the
words of 1–4 Han characters that GBK (the bundled fonts' range) can spell, with their frequency
rounded to a quarter of a natural log (one ASCII character after the word), grouped by first
character, sorted and zlib-compressed per group,
so that a process unpacks only the groups of the characters its headlines use (see zh_words.py).
Longer words (1 % of the list: idioms, organisation names) and words with Latin letters or digits
are left out; a break inside them is then judged by their parts.

Run again after upgrading jieba; the file is committed, jieba is not needed at run time.
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from collections import defaultdict
from pathlib import Path

from digest.layout.zh_words import BUCKET_BASE, BUCKET_STEP, MAGIC, MAX_WORD, WORDS_FILE
from digest.text import is_han


def _spellable(word: str) -> bool:
    try:
        word.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def read_jieba(path: Path) -> tuple[dict[str, int], int]:
    """(Han word -> frequency, jieba's total frequency over ALL words: it scales every score)."""
    words: dict[str, int] = {}
    total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2:
            continue
        word, freq = parts[0], int(parts[1])
        total += freq
        if len(word) <= MAX_WORD and all(is_han(c) for c in word) and _spellable(word):
            words[word] = freq
    return words, total


def encode(words: dict[str, int], total: int) -> bytes:
    groups: dict[str, list[str]] = defaultdict(list)
    for word, freq in words.items():
        bucket = round(math.log(max(freq, 1)) / BUCKET_STEP)
        groups[word[0]].append(word[1:] + chr(BUCKET_BASE + bucket))
    index = []
    blobs = []
    offset = 0
    for first in sorted(groups):
        blob = zlib.compress(" ".join(sorted(groups[first])).encode("utf-8"), 9)
        index.append((ord(first), offset, len(blob)))
        blobs.append(blob)
        offset += len(blob)
    header = MAGIC + struct.pack("<dI", math.log(total), len(index))
    table = b"".join(struct.pack("<III", *row) for row in index)
    return header + table + b"".join(blobs)


def main(argv: list[str]) -> int:
    if argv:
        source = Path(argv[0])
    else:
        import jieba

        source = Path(jieba.__file__).parent / "dict.txt"
    words, total = read_jieba(source)
    data = encode(words, total)
    WORDS_FILE.parent.mkdir(parents=True, exist_ok=True)
    WORDS_FILE.write_bytes(data)
    print(f"{WORDS_FILE}: {len(words)} words, {len(data) / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
