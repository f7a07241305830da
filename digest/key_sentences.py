"""Key sentences: the few sentences of an article that carry most of its content.

TextRank over sentences (Mihalcea & Tarau 2004): sentences are nodes, two sentences are linked
by the words they share, normalised by their lengths; PageRank over that graph ranks them. The
result is a start for the editor's Chinese summary, never written without the editor asking.

Words: jieba's segmentation (its dictionary, its rule: the most probable chain of dictionary
words, HMM off) through the copy the line breaker already ships, digest/layout/zh_words.py
(a test checks it agrees with jieba). jieba itself takes 1–4 s to load its dictionary and holds
the interpreter lock for long stretches while it does; this takes milliseconds. Latin words and
numbers count as words too; function words and single characters do not.
Deterministic: the same article gives the same sentences; ties go to the earlier sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from digest.text import HAN_CLASS, is_han

__all__ = ["KeySentence", "key_sentences", "split_sentences", "words"]

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


_HAN_RUN = re.compile(f"[{HAN_CLASS}]+|[A-Za-z0-9][A-Za-z0-9.%-]*")


def words(sentence: str) -> list[str]:
    """The content words of a sentence: words of two or more characters (Chinese words as jieba
    segments them; Latin words, numbers), without function words."""
    from digest.layout.zh_words import word_list

    found: list[str] = []
    lexicon = word_list()
    for match in _HAN_RUN.finditer(sentence):
        run = match.group(0)
        if not is_han(run[0]) or lexicon is None:
            found.append(run)
            continue
        pos = 0
        for size in lexicon.segment(run):
            found.append(run[pos : pos + size])
            pos += size
    return [w for w in found if len(w) >= 2 and w not in _FUNCTION_WORDS]


def _similarity(a: set[str], b: set[str], len_a: int, len_b: int) -> float:
    shared = len(a & b)
    if not shared:
        return 0.0
    return shared / (math.log(len_a + 1) + math.log(len_b + 1))


def _pagerank(weights: list[list[float]], iterations: int = 100, tolerance: float = 1e-9) -> list[float]:
    """Weighted PageRank: score(i) = (1 - d) + d * sum over j of w(j, i) / out(j) * score(j)."""
    n = len(weights)
    out_sum = [sum(row) for row in weights]
    # incoming[i]: (j, w(j, i) / out(j)) for the sentences j linked to i
    incoming = [
        [(j, weights[j][i] / out_sum[j]) for j in range(n) if weights[j][i] and out_sum[j]] for i in range(n)
    ]
    scores = [1.0] * n
    for _ in range(iterations):
        new = [(1 - DAMPING) + DAMPING * sum(share * scores[j] for j, share in links) for links in incoming]
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
    (default: `words`)."""
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
