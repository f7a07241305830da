"""Key sentences: the few sentences of an article that carry most of its content.

TextRank over sentences (Mihalcea & Tarau 2004): sentences are nodes, two sentences are linked
by the words they share (jieba's segmentation, function words and single characters left out),
normalised by their lengths; PageRank over that graph ranks them. The result is a start for the
editor's Chinese summary, never written without the editor asking for it.

jieba is loaded on first use (about a second: its dictionary), never at import, and keeps its
dictionary cache in our cache folder (digest.paths.cache_dir("jieba")), not in /tmp.
Deterministic: the same article gives the same sentences; ties go to the earlier sentence.
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from digest import paths
from digest.text import is_han

__all__ = ["KeySentence", "key_sentences", "split_sentences", "tokenizer_ready", "words"]

DAMPING = 0.85
MIN_HAN = 6  # a shorter "sentence" (a dateline, 图为…) carries no content of its own
_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|$)")
# Words that link every sentence to every other and so say nothing about content.
_FUNCTION_WORDS = frozenset(
    "我们 你们 他们 她们 它们 这个 那个 这些 那些 一个 一些 以及 并且 而且 但是 因为 所以 如果 虽然 "
    "已经 正在 进行 通过 对于 关于 其中 目前 同时 此外 还是 或者 可以 能够 没有 不是 就是 这样 "
    "那样 什么 如何 为了 由于 根据 按照 之后 之前 以来 以上 以下 表示 认为 介绍 记者 获悉".split()
)


@dataclass(frozen=True)
class KeySentence:
    text: str
    index: int  # position among the article's sentences
    score: float


def split_sentences(paragraphs: Sequence[str]) -> list[str]:
    """The sentences of the paragraphs, each ending with its punctuation (and closing quote)."""
    out: list[str] = []
    for paragraph in paragraphs:
        for match in _SENTENCE.finditer(paragraph):
            sentence = match.group(0).strip()
            if sentence:
                out.append(sentence)
    return out


_lock = threading.Lock()


@functools.cache
def _tokenizer() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # it announces every dictionary load on stderr
    tokenizer = jieba.Tokenizer()
    folder = paths.cache_dir("jieba")
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(folder)  # jieba's documented cache location (default: /tmp)
    tokenizer.initialize()
    return tokenizer


def tokenizer_ready() -> bool:
    """Whether jieba is loaded already (the first key sentences take about a second more)."""
    return _tokenizer.cache_info().currsize > 0


def words(sentence: str) -> list[str]:
    """The content words of a sentence: jieba's words of two or more characters holding a Han
    character or a letter or digit, without function words."""
    with _lock:  # jieba's tokenizer is not safe to load from two threads at once
        tokenizer = _tokenizer()
    return [
        w
        for w in tokenizer.lcut(sentence)
        if len(w) >= 2 and w not in _FUNCTION_WORDS and any(is_han(ch) or ch.isalnum() for ch in w)
    ]


def _similarity(a: set[str], b: set[str], len_a: int, len_b: int) -> float:
    shared = len(a & b)
    if not shared:
        return 0.0
    return shared / (math.log(len_a + 1) + math.log(len_b + 1))


def _pagerank(weights: list[list[float]], iterations: int = 100, tolerance: float = 1e-9) -> list[float]:
    n = len(weights)
    out_sum = [sum(row) for row in weights]
    scores = [1.0] * n
    for _ in range(iterations):
        new = [
            (1 - DAMPING)
            + DAMPING
            * sum(weights[j][i] / out_sum[j] * scores[j] for j in range(n) if weights[j][i] and out_sum[j])
            for i in range(n)
        ]
        done = max(abs(x - y) for x, y in zip(new, scores, strict=True)) < tolerance
        scores = new
        if done:
            break
    return scores


def key_sentences(
    paragraphs: Sequence[str], count: int = 3, segment: Callable[[str], list[str]] | None = None
) -> list[KeySentence]:
    """The `count` sentences of the paragraphs that carry most of their content, in article
    order (each with its TextRank score). `segment` splits a sentence into content words
    (default: `words`, jieba)."""
    segment = segment or words
    sentences = [s for s in split_sentences(paragraphs) if sum(map(is_han, s)) >= MIN_HAN]
    if not sentences:
        return []
    tokens = [segment(s) for s in sentences]
    sets = [set(t) for t in tokens]
    n = len(sentences)
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            w = _similarity(sets[i], sets[j], len(tokens[i]), len(tokens[j]))
            weights[i][j] = weights[j][i] = w
    scores = _pagerank(weights)
    ranked = sorted(range(n), key=lambda i: (-round(scores[i], 9), i))[:count]
    return [KeySentence(sentences[i], i, scores[i]) for i in sorted(ranked)]
