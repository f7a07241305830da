"""Tokens and joints: one paragraph segment cut into unbreakable pieces and the gaps between them.

A token is a Han character or full-width mark, or a Latin word (piece); a joint joins two tokens
and carries the space between them (natural width, stretch, shrink), whether a line may break there
(linebreak.py) and what a break adds at the line end (a hyphen). The rules (W3C clreq): a quarter em
between Han and Latin letters or digits; adjacent full-width marks share their blank halves (`。”`
takes 1.5 em); —— is one unbroken two-em rule; a space typed beside full-width punctuation is dropped
and one between Han characters is half an em. English is hyphenated with pyphen (en_US patterns,
two letters before and three after a hyphen, never numbers, URLs or ALL-CAPS); a compound breaks
at its own hyphens only.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

import pyphen

from digest.layout.linebreak import _cjk_pattern, break_penalties, cjk_mask
from digest.layout.metrics import char_width, face_chooser, has_glyph, ink_bounds
from digest.layout.shape import shape
from digest.layout.text_style import TextStyle
from digest.text import is_cjk, is_han

__all__ = ["LEFT_BLANK", "RIGHT_BLANK", "Paragraph", "Token", "paragraph"]

# Full-width marks whose glyph sits in one half of the em; the other half is blank and may be
# removed (clreq §3.1.6 "punctuation adjustment"). Simplified Chinese positions ，。、：；！？ left.
RIGHT_BLANK: frozenset[str] = frozenset("，。、；：？！）】》」』〉〕｝〗〙”’．")
LEFT_BLANK: frozenset[str] = frozenset("（【《「『〈〔｛〖〘“‘")
_LATIN_SIDE_EXTRA = frozenset("%‰°℃$€£¥#&@+")
_HYPHEN_PENALTY = 200.0  # a hyphen costs as much as a line about 25 % looser
_INWORD_BREAK_PENALTY = 50.0  # a break after the hyphen of "well-known" or the "/" of a URL
_ZH_STRETCH = 0.02  # em of stretch per joint at ratio 1: 0.05 em at the tolerance (2.5)
_ZH_SHRINK_PUNCT = 0.25  # em a blank half of a mark may shrink by inside a line


@functools.lru_cache(maxsize=65536)
def _is_latin_alnum(ch: str) -> bool:
    return not is_cjk(ch) and (unicodedata.category(ch)[0] in "LN" or ch in _LATIN_SIDE_EXTRA)


@functools.lru_cache(maxsize=65536)
def _text_chars(text: str) -> int:
    """Characters of text in a token: Han characters, letters and digits (punctuation is not
    counted, so a last line `服务。` has two)."""
    return sum(1 for ch in text if is_han(ch) or unicodedata.category(ch)[0] in "LN")


class Token:
    """A piece of text that is never broken: a Han character, a mark, or a Latin word (piece)."""

    __slots__ = ("cjk", "dash", "end", "kerns", "lb", "rb", "segs", "start", "text", "width")

    def __init__(
        self, text: str, start: int, segs: list[tuple[str, str, float]], cjk: bool, width: float
    ) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.segs = segs  # (text, font, width) runs inside the token
        self.width = width  # the sum of the segs' widths
        self.cjk = cjk
        self.lb = 0.0  # removable blank on the left (full-width opening marks)
        self.rb = 0.0  # removable blank on the right (full-width closing marks, stops, commas)
        self.dash: tuple[float, float] | None = None  # (x offset, h-scale) of a joined dash glyph
        self.kerns: list[tuple[float, ...]] | None = None  # per seg, per character (points), if any


@functools.cache
def _english_hyphenation() -> pyphen.Pyphen:
    """pyphen's en_US dictionary (parsed on first use, about 70 ms), at least 2 letters before
    a hyphen and 3 after it."""
    return pyphen.Pyphen(lang="en_US", left=2, right=3)


def _hyphen_points(word: str) -> list[int]:
    """Hyphenation offsets inside `word` (letters only; not numbers, ALL-CAPS, URLs or short words)."""
    # Strip leading/trailing punctuation; hyphenate only a purely alphabetic core.
    lo, hi = 0, len(word)
    while lo < hi and not word[lo].isalpha():
        lo += 1
    while hi > lo and not word[hi - 1].isalpha():
        hi -= 1
    core = word[lo:hi]
    if len(core) < 6 or not core.isalpha() or not core.isascii() or core.isupper():
        return []
    if any(c in word for c in "/@:"):  # URLs, addresses
        return []
    return [lo + p for p in _english_hyphenation().positions(core)]


@functools.cache
def _chunker(lang: str) -> re.Pattern[str]:
    """Spaces | a run of characters set by Chinese rules | a run of anything else."""
    cjk = _cjk_pattern(lang).pattern[1:-1]
    return re.compile(f"(\\s+)|((?:(?!\\s)[{cjk}])+)|([^\\s{cjk}]+)")


class Paragraph:
    """Tokens and joints of one paragraph segment (no newline inside)."""

    def __init__(self, text: str, offset: int, style: TextStyle) -> None:
        self.style = style
        size = style.size
        mask = cjk_mask(text, style.lang)
        pens = break_penalties(
            text, style.lang, words=style.lang == "zh" and style.align != "justify", mask=mask
        )
        self.toks: list[Token] = []
        # Joint j joins token j and j+1: natural width, stretch, shrink, break penalty (None: no break)
        # and the width added at the line end when breaking there (a hyphen).
        self.jn: list[float] = []
        self.jst: list[float] = []
        self.jsh: list[float] = []
        self.jpen: list[float | None] = []
        self.jhyph: list[float] = []
        self.jspace: list[bool] = []  # a typed space is set in this joint (drawn as a real space)
        space_before_tok: list[bool] = []
        faces = face_chooser(style.cjk_font, style.latin_font)
        toks = self.toks
        add_tok = toks.append
        add_space = space_before_tok.append
        compress = style.punct_compress
        half = size / 2
        hyphenate = style.lang == "en" and style.hyphenate

        latin_font = style.latin_font
        ascii_advance = _ascii_advances(latin_font)

        def make_tok(start: int, end: int, cjk: bool) -> Token:
            piece = text[start:end]
            segs: list[tuple[str, str, float]] = []
            if ascii_advance is not None and piece.isascii():
                # The common case: every character in the Latin face, one run.
                sw = 0.0
                for ch in piece:
                    sw += ascii_advance[ch] * size
                segs.append((piece, latin_font, sw))
            else:
                for ch in piece:
                    f, w1 = faces(ch, cjk)
                    w = w1 * size
                    if segs and segs[-1][1] == f:
                        t, _, sw = segs[-1]
                        segs[-1] = (t + ch, f, sw + w)
                    else:
                        segs.append((ch, f, w))
            tok = Token(piece, offset + start, segs, cjk, sum(w for _, _, w in segs))
            if not cjk:
                # Shaped: each piece's ligatures drawn as one glyph, its kerning pairs (none after
                # its last character) measured and drawn.
                kerns: list[tuple[float, ...]] = []
                shaped = []
                changed = False
                for t, f, w in segs:
                    drawn, k = shape(t, f)
                    if drawn != t:
                        w = sum(char_width(ch, f, size) for ch in drawn)
                        changed = True
                    ks = (*(v * size for v in k[:-1]), 0.0) if any(k[:-1]) else ()
                    kerns.append(ks)
                    shaped.append((drawn, f, w + sum(ks)))
                if changed or any(kerns):
                    tok.kerns = kerns
                    tok.segs = shaped
                    tok.width = sum(w for _, _, w in shaped)
            return tok

        # One regex pass cuts the text into spaces, single CJK characters and Latin runs.
        pending_space = False
        for m in _chunker(style.lang).finditer(text):
            i, j = m.span()
            kind = m.lastindex
            if kind == 1:  # spaces
                pending_space = bool(toks)
                continue
            if kind == 2:  # characters set by Chinese rules: one token each
                start = offset + i
                for ch in text[i:j]:
                    f, w1 = faces(ch, True)
                    w = w1 * size
                    tok = Token(ch, start, [(ch, f, w)], True, w)
                    start += 1
                    if compress and (ch in RIGHT_BLANK or ch in LEFT_BLANK) and abs(w - size) < 0.05 * size:
                        if ch in RIGHT_BLANK:
                            tok.rb = half
                        else:
                            tok.lb = half
                    add_tok(tok)
                    add_space(pending_space)
                    pending_space = False
            else:
                # A Latin run up to the next space or CJK character, cut at its UAX #14 breaks.
                cuts = [k for k in range(i + 1, j) if pens[k] is not None]
                bounds = [i, *cuts, j]
                # A compound (near-zero-energy) breaks at its own hyphens, never inside a part.
                compound = "-" in text[i:j] or "\u2010" in text[i:j]
                for a, b in itertools.pairwise(bounds):
                    hyph = _hyphen_points(text[a:b]) if hyphenate and not compound else []
                    if not hyph:
                        add_tok(make_tok(a, b, False))
                        add_space(pending_space if a == i else False)
                        pending_space = False
                        continue
                    sub = [a, *(a + p for p in hyph), b]
                    for c, d in itertools.pairwise(sub):
                        add_tok(make_tok(c, d, False))
                        add_space(pending_space if c == i else False)
                        pending_space = False
            pending_space = False
        self.join_dashes()
        self._build_joints(text, offset, pens, space_before_tok)
        self._prefix_sums()

    def _prefix_sums(self) -> None:
        """P[k]: widths of tokens 0..k-1 and joints 0..k-1; ST/SH: stretch/shrink of joints 0..k-1."""
        toks, n = self.toks, len(self.toks)
        P = [0.0] * (n + 1)
        ST = [0.0] * (n + 1)
        SH = [0.0] * (n + 1)
        p = st = sh = 0.0
        for k, (tok, jn, jst, jsh) in enumerate(zip(toks, self.jn, self.jst, self.jsh, strict=False), 1):
            p = p + tok.width + jn
            st += jst
            sh += jsh
            P[k], ST[k], SH[k] = p, st, sh
        if n:
            P[n] = P[n - 1] + toks[n - 1].width
            ST[n], SH[n] = ST[n - 1], SH[n - 1]
        self.P, self.ST, self.SH = P, ST, SH
        # lead[k]: blank removed when a line starts at token k (an opening bracket or quote set
        # half width at the line start: clreq; always in headlines, an option for body text).
        start_compress = self.style.line_start_compress and self.style.punct_compress
        self.lead = [t.lb if start_compress else 0.0 for t in toks] + [0.0]
        # Characters of text (Han characters, letters, digits: not punctuation, so `服务。` counts
        # two) from token k to the end (short-last-line rule), and the first break at/after k.
        self.chars_from = [0] * (n + 1)
        self.next_break = [n - 1] * (n + 1)
        nxt = n - 1
        for k in range(n - 1, -1, -1):
            self.chars_from[k] = self.chars_from[k + 1] + _text_chars(toks[k].text)
            if k < n - 1 and self.jpen[k] is not None:
                nxt = k
            self.next_break[k] = nxt
        # short_from[k]: a last line starting at token k is too short (one or two characters;
        # in English, one word: no word space after k).
        min_last = self.style.min_last_line_chars
        if self.style.lang == "en":
            space_at = [k for k in range(n - 1) if self.jspace[k]]
            last_space = space_at[-1] if space_at else -1
            self.short_from = [k > last_space or self.chars_from[k] < min_last for k in range(n + 1)]
        else:
            self.short_from = [c < min_last for c in self.chars_from]

    def join_dashes(self) -> None:
        """Set each dash of a CJK —— (or longer) one em wide, drawn scaled so the pair is one line.

        CJK fonts give U+2014 a proportional glyph (0.89 em with side bearings), which prints
        "——" as two dashes with a gap; clreq wants one unbroken two-em rule. The ink of the run
        spans the two ems less a small inset at its outer ends.
        """
        toks, size = self.toks, self.style.size
        if not any(t.text == "—" and t.cjk for t in toks):
            return
        k = 0
        while k < len(toks):
            j = k
            while j < len(toks) and toks[j].text == "—" and toks[j].cjk:
                j += 1
            if j - k >= 2:
                font = toks[k].segs[0][1]
                bounds = ink_bounds(font, "—")
                if bounds is not None:
                    x_min, x_max = bounds
                    inset = 0.04 * size
                    for m in range(k, j):
                        left = inset if m == k else 0.0
                        right = inset if m == j - 1 else 0.0
                        ink = size - left - right
                        scale = ink / ((x_max - x_min) * size)
                        toks[m].width = size
                        toks[m].segs = [("—", font, size)]
                        toks[m].dash = (left - x_min * size * scale, scale * 100.0)
            k = max(j, k + 1)

    def _build_joints(self, text: str, offset: int, pens: list[float | None], spaced: list[bool]) -> None:
        style, size = self.style, self.style.size
        space_w = char_width(" ", style.latin_font, size)
        zh_st = _ZH_STRETCH * size
        toks = self.toks
        add_space, add_n, add_st = self.jspace.append, self.jn.append, self.jst.append
        add_sh, add_pen, add_hyph = self.jsh.append, self.jpen.append, self.jhyph.append
        for k in range(len(toks) - 1):
            a, b = toks[k], toks[k + 1]
            idx = b.start - offset  # index of b's first character in `text`
            pen = pens[idx]
            hyph = 0.0
            spaced_here = spaced[k + 1]
            if not spaced_here and a.cjk and b.cjk and not a.rb and not b.lb and a.dash is None:
                # Two Chinese characters (the common case): no gap, the line's stretch, no shrink;
                # … … is never stretched apart.
                same_dots = a.text == b.text and a.text in "…⋯"
                add_space(False)
                add_n(style.letter_spacing if same_dots else 0.0 + style.letter_spacing)
                add_st(0.0 if same_dots else zh_st)
                add_sh(0.0)
                add_pen(pen)
                add_hyph(0.0)
                continue
            space_char = spaced_here  # draw a space character in this joint
            if spaced_here and style.lang == "zh" and (a.cjk or b.cjk):
                la, fb = a.text[-1], b.text[0]
                if a.rb or a.lb or b.lb or b.rb:
                    # clreq: no space beside full-width punctuation (its blank half is the space)
                    spaced_here = space_char = False
                elif (is_han(la) and _is_latin_alnum(fb)) or (_is_latin_alnum(la) and is_han(fb)):
                    # a typed space between Han and Latin is set as the quarter-em gap below
                    # (the space character stays in the text layer: 第 12 期 copies as typed)
                    spaced_here = False
            if spaced_here and a.cjk and b.cjk:
                # A space typed between Chinese characters separates (记者 吴梦婷, 28日 星期六):
                # set it as half an em, which reads as a gap where a Latin space would not.
                nat, st, sh = size / 2, zh_st, size / 8
            elif spaced_here:
                nat, st, sh = space_w, space_w * 0.5, space_w * 0.2
            elif a.cjk or b.cjk:
                la, fb = a.text[-1], b.text[0]
                if (is_han(la) and _is_latin_alnum(fb)) or (_is_latin_alnum(la) and is_han(fb)):
                    nat, st, sh = size / 4, zh_st, size / 8
                elif (a.dash and b.dash) or (a.text == b.text and a.text in "…⋯"):
                    nat, st, sh = 0.0, 0.0, 0.0  # one unbroken rule; …… never stretched apart
                else:
                    nat, st, sh = 0.0, zh_st, 0.0
                    if a.rb and b.lb:  # ，“  ）（ : one blank half goes
                        nat -= a.rb
                    elif a.rb and (b.rb or b.text in "，。、；：？！"):  # 。”  ）。 : closing then closing
                        nat -= a.rb
                    elif b.lb and (a.lb or a.text in "“‘（【《「『"):  # “《 : opening then opening
                        nat -= b.lb
                    else:
                        sh = (a.rb + b.lb) * _ZH_SHRINK_PUNCT * 2
            else:
                # Inside a Latin run: a hyphenation point or a UAX #14 break (after "-" or "/").
                nat, st, sh = 0.0, 0.0, 0.0
                if pen is None:
                    pen = _HYPHEN_PENALTY
                    hyph = char_width("-", style.latin_font, size)
                else:
                    pen = pen + _INWORD_BREAK_PENALTY
            nat += style.letter_spacing
            self.jspace.append(space_char)
            self.jn.append(nat)
            self.jst.append(st)
            self.jsh.append(sh)
            self.jpen.append(pen)
            self.jhyph.append(hyph)


@functools.cache
def _ascii_advances(latin_font: str) -> dict[str, float] | None:
    """Advance at 1 pt of every printable ASCII character, when the Latin face has them all
    (else None: each character goes through the face choice, with its fallback)."""
    chars = [chr(c) for c in range(0x21, 0x7F)]
    if not all(has_glyph(latin_font, ch) for ch in chars):
        return None
    return {ch: char_width(ch, latin_font, 1.0) for ch in chars}


@functools.lru_cache(maxsize=1024)
def paragraph(text: str, offset: int, style: TextStyle) -> Paragraph:
    """Tokens and joints do not depend on the width: built once per paragraph and style."""
    return Paragraph(text, offset, style)
