"""Line-break opportunities: UAX #14 for Latin text, W3C clreq prohibitions for Chinese.

UAX #14 inside a word is computed here for the characters Latin words are usually made of and
by uniseg (imported only then) for any other; word boundaries of headlines come from
zh_words.py.

`break_penalties(text)` gives, for every boundary between two characters, None (no break there) or
a penalty (0 = a free break; larger = allowed but avoided when another break is about as good).
The composer turns these into Knuth–Plass break points.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from digest.layout.zh_words import word_interiors
from digest.text import AMBIGUOUS_PUNCT, CJK_RANGES

# clreq §3.1.7 / GB/T 15834: never at the start of a line (closing brackets and quotes, stops,
# pause and other trailing marks, dashes and ellipses, interpuncts, small kana, iteration marks)
# plus the ASCII/half-width forms that show up in mixed text.
NOT_START: frozenset[str] = frozenset(
    "，。、；：？！）】》」』”’…—·〉〕｝〗〙〛｠〞％‰℃°．｡､･‼⁇⁈⁉〜"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ーゝゞヽヾ"
    ",.;:?!)]}%»›"
)
# Never at the end of a line: opening brackets and quotes, currency prefixes, interpuncts.
NOT_END: frozenset[str] = frozenset("（【《「『“‘〈〔｛〖〘〚｟〝·([{«‹￥＄$£€")
# Marks that come in inseparable pairs (—— and ……): never split between two of them.
_PAIRED: frozenset[str] = frozenset("—…⋯─")
# Chinese units and counters that read badly on a new line after their number (2024|年, 16|万).
UNITS: frozenset[str] = frozenset("年月日时分秒元角万亿千百个余多名家项次倍岁号届期米吨度亩人户所件台座条")
# Breaking a number from its unit is allowed by clreq; this penalty makes it the last resort
# among breaks of about the same quality.
UNIT_PENALTY = 150.0
# A break that leaves a Latin word/number and a neighbouring Han character apart is fine.
FREE = 0.0
# Headings and other ragged (not justified) Chinese lines: a break inside a word (加|快) costs this,
# so 海晨新能源汽车供应链基地 / 加快建设 wins over …基地加 / 快建设. Body text breaks anywhere (clreq).
WORD_PENALTY = 150.0
# A space typed between Chinese phrases of a headline is the natural place to break it.
PHRASE_BREAK_BONUS = -200.0
# Word segmentation is for short texts only (headlines, bylines, captions).
WORD_SEGMENT_MAX_CHARS = 200


@lru_cache(maxsize=2)
def _cjk_pattern(lang: str) -> re.Pattern[str]:
    """One regex class for every character set by Chinese rules in `lang` (see cjk_mask)."""
    ranges = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in CJK_RANGES)
    extra = "".join(f"\\u{ord(c):04x}" for c in sorted(AMBIGUOUS_PUNCT)) if lang == "zh" else ""
    return re.compile(f"[{ranges}{extra}]")


def cjk_mask(text: str, lang: str) -> list[bool]:
    """For every character of `text`, whether it is set by Chinese rules: CJK characters, plus the
    shared marks (AMBIGUOUS_PUNCT) in Chinese text. One regex pass over the whole text."""
    marked = _cjk_pattern(lang).sub("\x01", text.replace("\x01", " "))
    return [c == "\x01" for c in marked]


# Spaces that join rather than separate (no break after them).
NO_BREAK_SPACES: frozenset[str] = frozenset("\u00a0\u202f\u2007\u2060")
# A word made only of these has no break inside it (UAX #14 gives none): skip the slow analysis.
_PLAIN_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:'’%&!?\"")


# UAX #14 line-break classes of the characters Latin words are usually made of (LineBreak.txt;
# AI resolved to AL as rule LB1 does). None of them is East Asian wide, which rules LB19a and LB30
# ask about. Words with any other character go to uniseg.
_LB_CLASS: dict[str, str] = {
    **dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#&*<=>@^_`~²³·", "AL"),
    **dict.fromkeys("0123456789", "NU"),
    "-": "HY", "/": "SY", "|": "BA", "\u2013": "BA",
    **dict.fromkeys(",.:;", "IS"),
    **dict.fromkeys("!?", "EX"),
    **dict.fromkeys("\"'“”‘’", "QU"),
    **dict.fromkeys("([{", "OP"),
    ")": "CP", "]": "CP", "}": "CL",
    **dict.fromkeys("$+\\€£¥", "PR"),
    "%": "PO", "°": "PO",
}  # fmt: skip
_NO_BREAK_BEFORE = frozenset(("CL", "CP", "EX", "SY", "IS", "QU", "BA", "HY"))  # LB13, 15d, 19, 21


def _after_numeric(classes: list[str], k: int) -> bool:
    """LB25's NU (SY|IS)* ending at position k: a number, then only separators up to k."""
    while k > 0 and classes[k - 1] in ("SY", "IS"):
        k -= 1
    return k > 0 and classes[k - 1] == "NU"


def _uax14_breaks(word: str) -> tuple[int, ...] | None:
    """UAX #14 (Unicode 15.1, as uniseg implements it) inside one space-free word whose characters
    are all in _LB_CLASS; None when one is not.

    Only rules that can apply to these classes are here, and all of them forbid a break (LB31
    allows the rest), so their order does not matter. tests/layout/test_linebreak.py checks
    this against uniseg for every word of up to four characters from each class.
    """
    try:
        classes = [_LB_CLASS[ch] for ch in word]
    except KeyError:
        return None
    n = len(classes)
    breaks = []
    for i in range(1, n):
        p, c = classes[i - 1], classes[i]
        nxt = classes[i + 1] if i + 1 < n else None
        if (
            c in _NO_BREAK_BEFORE
            or p in ("OP", "QU")  # LB14, LB19
            or (i == 1 and p == "HY" and c == "AL")  # LB20a: a word-initial hyphen
            or (p == "AL" and c in ("AL", "NU", "PR", "PO", "OP"))  # LB28, LB23, LB24, LB30
            or (p == "NU" and c in ("AL", "OP"))  # LB23, LB30
            or (p in ("PR", "PO") and (c in ("AL", "NU") or (c == "OP" and nxt == "NU")))  # LB24, LB25
            or (p in ("PR", "PO") and c == "OP" and nxt == "IS" and i + 2 < n and classes[i + 2] == "NU")
            or (p in ("HY", "IS") and c == "NU")  # LB25
            or (p == "IS" and c == "AL")  # LB29
            or (p == "CP" and c in ("AL", "NU"))  # LB30
            or (c in ("PO", "PR") and _after_numeric(classes, i - 1 if p in ("CL", "CP") else i))
            or (c == "NU" and _after_numeric(classes, i))  # LB25
        ):
            continue
        breaks.append(i)
    return tuple(breaks)


@lru_cache(maxsize=65536)
def _word_breaks(word: str) -> tuple[int, ...]:
    """UAX #14 break offsets inside one space-free word (after "-" in well-known, "/" in URLs)."""
    if _PLAIN_WORD.issuperset(word):
        return ()
    fast = _uax14_breaks(word)
    if fast is not None:
        return fast
    from uniseg.linebreak import line_break_boundaries  # 25 ms to import and warm up

    return tuple(b for b in line_break_boundaries(word) if 0 < b < len(word))


def _latin_breaks(text: str, mask: list[bool]) -> set[int]:
    """UAX #14 break positions for the runs of `text` that hold no CJK character.

    Breaks come after spaces and, inside a word, where UAX #14 puts them (uniseg, run per word and
    cached: it is slow on whole paragraphs). Chinese text pays nothing for this.
    """
    allowed: set[int] = set()
    for m in _LATIN_WORD.finditer(text):
        i, j = m.span()
        if any(mask[i:j]):
            # CJK characters inside: cut the run at them
            k = i
            while k < j:
                if mask[k]:
                    k += 1
                    continue
                e = k
                while e < j and not mask[e]:
                    e += 1
                for b in _word_breaks(text[k:e]):
                    allowed.add(k + b)
                k = e
        else:
            for b in _word_breaks(text[i:j]):
                allowed.add(i + b)
    for m in _SPACE_BREAK.finditer(text):
        allowed.add(m.end())
    return allowed


_LATIN_WORD = re.compile(r"\S+")
# A space after which a line may break: not a no-break space, and something but a space follows.
_SPACE_BREAK = re.compile(r"[^\S\u00a0\u202f\u2007\u2060](?=\S)")


def _class_of(chars: frozenset[str]) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in sorted(chars))


# Positions no line may break at, found by regex over the whole text (a per-character loop in
# Python is most of the cost of a long Chinese paragraph): before a space or a mark that may not
# start a line, after one that may not end it, and inside —— or …….
_NO_BREAK_BEFORE_CHAR = re.compile(f"[\\s{_class_of(NOT_START)}]")
_NO_BREAK_AFTER_CHAR = re.compile(f"(?<=[{_class_of(NOT_END)}])")
_INSIDE_PAIR = re.compile(f"(?<=([{_class_of(_PAIRED)}]))(?=\\1)")
_AFTER_SPACE = re.compile(r"(?<=\s)(?=\S)")
_UNIT = re.compile(f"[{_class_of(UNITS)}]")
_COUNTER = re.compile("[第约近超逾共计]")


def break_penalties(
    text: str, lang: str = "zh", words: bool = False, mask: list[bool] | None = None
) -> list[float | None]:
    """Penalty of a break before each character index (len(text) + 1 entries; ends are None).

    `words=True` (ragged Chinese such as headlines) also penalises breaks inside Chinese words.

    >>> pens = break_penalties("他说：“好的。”AT&T")
    >>> [i for i, p in enumerate(pens) if p is not None]
    [1, 3, 5, 8]
    """
    n = len(text)
    if mask is None:
        mask = cjk_mask(text, lang)
    # Beside a character set by Chinese rules a line may break (clreq); elsewhere UAX #14 decides.
    pens: list[float | None] = [None, *(FREE if a or b else None for a, b in itertools.pairwise(mask)), None]
    if n == 0:
        return [None]
    pens[n] = None
    latin = _latin_breaks(text, mask)
    for i in latin:
        if 0 < i < n:
            pens[i] = FREE
    # Penalised breaks beside Chinese characters: inside a word (ragged lines), between a number
    # and its unit or a counter word and its number.
    if words and n <= WORD_SEGMENT_MAX_CHARS:
        for i in word_interiors(text):
            if 0 < i < n and (mask[i - 1] or mask[i]):
                pens[i] = WORD_PENALTY
    for m in _UNIT.finditer(text, 1):
        i = m.start()
        if (mask[i - 1] or mask[i]) and (text[i - 1].isdigit() or text[i - 1] in "%."):
            pens[i] = UNIT_PENALTY
    for m in _COUNTER.finditer(text):
        i = m.end()
        if i < n and text[i].isdigit() and (mask[i - 1] or mask[i]):
            pens[i] = UNIT_PENALTY
    # After a space: UAX #14 decides for Latin text; before a CJK character it is free, and
    # between Chinese phrases of a headline it is the natural place to break.
    for m in _AFTER_SPACE.finditer(text):
        i = m.start()
        a = text[i - 1]
        if a in NO_BREAK_SPACES:
            pens[i] = None
            continue
        k = i - 1
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k > 0 and text[k - 1] in NOT_END:
            pens[i] = None  # "‘ 111": an opening mark still may not end the line when a space follows
            continue
        pens[i] = FREE if (i in latin or mask[i]) else None
        if words and pens[i] is not None and i >= 2 and mask[i - 2] and mask[i]:
            pens[i] = PHRASE_BREAK_BONUS
    # The prohibitions come last: they win over everything above.
    for m in _NO_BREAK_BEFORE_CHAR.finditer(text):
        pens[m.start()] = None
    for m in _NO_BREAK_AFTER_CHAR.finditer(text):
        pens[m.start()] = None
    for m in _INSIDE_PAIR.finditer(text):
        pens[m.start()] = None
    pens[0] = None
    pens[n] = None
    return pens
