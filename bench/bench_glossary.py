"""Glossary matching and key sentences over the evaluation corpus (content that never repeats).

Run: .venv/bin/python bench/bench_glossary.py
Prints: the first key sentences in a fresh process (the word list read on first use); key
sentences per page; finding the terms of a large glossary (words
taken from other pages than the ones searched) in each page's text; and the glossary preflight
check of an issue of 20 entries.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest.glossary import Glossary, check_entries  # noqa: E402
from digest.ingest.decode import decode_bytes  # noqa: E402
from digest.key_sentences import key_sentences, split_sentences, words  # noqa: E402
from digest.model import GlossaryTerm  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def pages() -> list[str]:
    return [decode_bytes(p.read_bytes(), p.name) for p in sorted(CORPUS.glob("*/*.txt"))]


def first_ranking() -> float:
    code = (
        "import time; t=time.perf_counter(); from digest.key_sentences import key_sentences;"
        "key_sentences(['区政协组织委员围绕营商环境开展专题调研。', '企业家反映融资难题。']); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    texts = pages()
    print(f"corpus: {len(texts)} pages, {sum(map(len, texts)):,} characters")
    first = statistics.median(first_ranking() for _ in range(3))
    print(f"first key sentences in a fresh process (imports, word list): {first * 1000:.0f} ms")

    times, counts = [], []
    for text in texts:
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        start = time.perf_counter()
        key_sentences(paragraphs)
        times.append(time.perf_counter() - start)
        counts.append(len(split_sentences(paragraphs)))
    print(
        f"key sentences: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms per page "
        f"(median {statistics.median(counts)} sentences, max {max(counts)})"
    )

    # A glossary of every distinct 2-4 character jieba word of the first half of the pages, searched
    # in the second half (terms never tuned on the text they are found in).
    half = len(texts) // 2
    vocabulary: dict[str, None] = {}
    for text in texts[:half]:
        for word in words(text):
            if 2 <= len(word) <= 4:
                vocabulary.setdefault(word)
    terms = [GlossaryTerm(w, f"term {i}") for i, w in enumerate(vocabulary)]
    start = time.perf_counter()
    glossary = Glossary(terms)
    build = time.perf_counter() - start
    times, hits = [], 0
    for text in texts[half:]:
        start = time.perf_counter()
        hits += len(glossary.find(text))
        times.append(time.perf_counter() - start)
    chars = sum(len(t) for t in texts[half:])
    print(
        f"glossary of {len(terms):,} terms: index {build * 1000:.1f} ms; find in a page median "
        f"{statistics.median(times) * 1000:.1f} ms ({chars / sum(times) / 1000:.0f}k chars/s, {hits:,} hits)"
    )
    entries = [
        (t[:300], "The district committee met. " * 10, i + 1) for i, t in enumerate(texts[half : half + 20])
    ]
    start = time.perf_counter()
    problems = check_entries(terms, entries)
    print(
        f"preflight glossary check, {len(entries)} entries, {len(terms):,} terms: "
        f"{(time.perf_counter() - start) * 1000:.0f} ms ({len(problems)} findings)"
    )


if __name__ == "__main__":
    main()
