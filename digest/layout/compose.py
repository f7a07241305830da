"""Paragraph composition: Chinese and English text -> justified lines of positioned runs.

reportlab only draws what this module decides. The text is cut into tokens (one per Han character or
full-width mark, one per Latin word piece), joined by "joints" that carry the space between two
tokens (natural width, stretch, shrink) and whether a line may break there (linebreak.py). Breaks are
chosen by Knuth–Plass total fit, so a line that would start with "，" is pushed in or out by
re-spacing earlier lines, and a last line of one or two characters costs enough to be avoided when
the paragraph allows it. Then each line is justified: the spare space goes to every joint of the
line (between characters, at Han–Latin boundaries, at word spaces), never to the line end.

Rules implemented (W3C clreq): no line starts with closing marks or ends with opening ones; a
quarter em between Han and Latin letters or digits (none beside Chinese punctuation, none at a line
end); adjacent full-width marks share their blank halves (`。”` takes 1.5 em); a full-width mark at
the line end may lose its blank half when that helps the line (its ink then ends at the margin);
—— is drawn as one unbroken two-em rule; a space typed beside full-width punctuation is dropped and
one between Han characters is half an em. English is hyphenated with pyphen (en_US patterns, two
letters before and three after a hyphen, never numbers, URLs or ALL-CAPS; at most two hyphenated
lines in a row when the paragraph allows).

A compose() doctest, with the bundled fonts:

>>> from digest.layout import fonts
>>> fonts.register_fonts()
>>> style = TextStyle(10, 16, fonts.CJK_SERIF, fonts.LATIN_SERIF)
>>> [line.text for line in compose("他说：“今年产值增长16.9%。”", style, 60)]
['他说：“今', '年产值增长', '16.9%。”']
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import pyphen
from reportlab.pdfbase import pdfmetrics

from digest.layout.linebreak import _cjk_pattern, break_penalties, cjk_mask
from digest.layout.prepare import prepare_text
from digest.layout.shape import kerning
from digest.layout.text_style import TextStyle
from digest.text import is_cjk, is_han

__all__ = ["Line", "Run", "TextStyle", "char_width", "compose", "prepare_text"]


@dataclass(frozen=True)
class Run:
    """Text drawn in one font at x (points from the column's left edge) on the line's baseline."""

    text: str
    font: str
    size: float
    x: float
    hscale: float = 100.0  # horizontal scaling in per cent (only the stretched dashes of ——)
    # Kerning: per character, the pen's extra move after it in points (empty: none in this run)
    kerns: tuple[float, ...] = ()


@dataclass(frozen=True)
class Line:
    """One composed line. `width` is the measure it was set to; `natural_width` the unjustified width.

    `set_width` is where the line's last advance box ends (== `width` for justified lines).
    `start`/`end` index the composed (normalised) text; `overfull` > 0 when the line is wider than
    the measure by that many points (an unbreakable word wider than the column).
    """

    runs: tuple[Run, ...]
    width: float
    natural_width: float
    set_width: float
    is_last: bool
    hyphenated: bool
    start: int
    end: int
    indent: float = 0.0
    overfull: float = 0.0

    @property
    def text(self) -> str:
        """The characters drawn on this line, in order: word spaces included, plus the hyphen of a
        hyphenated line."""
        return "".join(run.text for run in self.runs)


# Full-width marks whose glyph sits in one half of the em; the other half is blank and may be
# removed (clreq §3.1.6 "punctuation adjustment"). Simplified Chinese positions ，。、：；！？ left.
RIGHT_BLANK: frozenset[str] = frozenset("，。、；：？！）】》」』〉〕｝〗〙”’．")
LEFT_BLANK: frozenset[str] = frozenset("（【《「『〈〔｛〖〘“‘")
_LATIN_SIDE_EXTRA = frozenset("%‰°℃$€£¥#&@+")

# Knuth–Plass parameters (TeX-like: demerits = (line_penalty + badness)^2 + penalty^2).
_LINE_PENALTY = 10.0
_HYPHEN_PENALTY = 200.0  # a hyphen costs as much as a line about 25 % looser
_INWORD_BREAK_PENALTY = 50.0  # a break after the hyphen of "well-known" or the "/" of a URL
_DOUBLE_HYPHEN_DEMERITS = 10000.0
_END_COMPRESS_PENALTY = 30.0  # a half-width mark at the line end: fine, but only when it helps
_SHORT_LAST_LINE_DEMERITS = 1e6
_TOLERANCE = 2.5  # first pass: stretch ratio at most this; else an emergency pass takes anything
_LOOSE_TOLERANCE = 5.0  # second try when the first pass leaves a one- or two-character last line
_LAST_RESORT_TOLERANCE = 25.0  # third try for such a last line (0.5 em, as narrow columns need)
_ZH_STRETCH = 0.02  # em of stretch per joint at ratio 1: 0.05 em at the tolerance (2.5)
_ZH_SHRINK_PUNCT = 0.25  # em a blank half of a mark may shrink by inside a line


# Ink bounds of the glyphs _join_dashes stretches, read from the bundled fonts by
# _read_ink_bounds (tests/layout/test_flowables.py checks they still match the files): opening
# a 10 MB CJK font with fontTools costs 0.2-0.3 s in every process that joins a dash.
KNOWN_INK_BOUNDS: dict[tuple[str, str], tuple[float, float]] = {
    ("JianbaoSerifSC", "\u2014"): (0.043, 0.846),
    ("JianbaoSansSC-Bold", "\u2014"): (0.049, 0.859),
}


def _ink_bounds(font: str, ch: str) -> tuple[float, float] | None:
    """Left and right ink edges of `ch`'s glyph in `font`, in em (None when they cannot be read)."""
    known = KNOWN_INK_BOUNDS.get((font, ch))
    if known is not None and _is_bundled(font):
        return known
    return _read_ink_bounds(font, ch)


@functools.cache
def _is_bundled(font: str) -> bool:
    """True when `font` is registered from the bundled file the stored bounds were read from."""
    from pathlib import Path

    from digest.layout.fonts import font_files

    path = font_files().get(font)
    filename = getattr(getattr(pdfmetrics.getFont(font), "face", None), "filename", None)
    return path is not None and filename is not None and Path(filename).resolve() == path.resolve()


@functools.cache
def _read_ink_bounds(font: str, ch: str) -> tuple[float, float] | None:
    try:
        from fontTools.ttLib import TTFont as FontFile

        face = pdfmetrics.getFont(font).face
        with FontFile(face.filename, lazy=True, fontNumber=getattr(face, "subfontIndex", 0) or 0) as tt:
            name = tt.getBestCmap().get(ord(ch))
            glyph = tt["glyf"][name]
            upm = tt["head"].unitsPerEm
            if not hasattr(glyph, "xMin") or glyph.xMax <= glyph.xMin:
                return None
            return glyph.xMin / upm, glyph.xMax / upm
    except Exception:  # any unreadable font: draw the plain glyphs
        return None


@functools.cache
def _face_chars(font: str) -> dict[int, int] | None:
    """The face's code point -> glyph table (used for membership only; no copy is made)."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    cmap = getattr(face, "charToGlyph", None)
    return cmap if cmap else None


def _has_glyph(font: str, ch: str) -> bool:
    chars = _face_chars(font)
    return True if chars is None else ord(ch) in chars


_width_cache: dict[tuple[str, str], float] = {}


def char_width(ch: str, font: str, size: float) -> float:
    """Advance width of one character (cached per character and font at 1 pt)."""
    key = (font, ch)
    w = _width_cache.get(key)
    if w is None:
        w = pdfmetrics.stringWidth(ch, font, 1.0)
        _width_cache[key] = w
    return w * size


def _faces_for(cjk_font: str, latin_font: str):
    """(char, set as CJK?) -> (font it is drawn in, advance at 1 pt), cached per pair of faces.

    A character is set in the face of its script, or in the other face when only that one has
    it; every paragraph of a style asks this for each of its characters.
    """
    key = (cjk_font, latin_font)
    found = _face_choices.get(key)
    if found is not None:
        return found
    table: dict[tuple[str, bool], tuple[str, float]] = {}

    def choose(ch: str, cjk: bool) -> tuple[str, float]:
        hit = table.get((ch, cjk))
        if hit is None:
            first, second = (cjk_font, latin_font) if cjk else (latin_font, cjk_font)
            font = second if not _has_glyph(first, ch) and _has_glyph(second, ch) else first
            hit = table[(ch, cjk)] = (font, char_width(ch, font, 1.0))
        return hit

    _face_choices[key] = choose
    return choose


_face_choices: dict[tuple[str, str], Callable[[str, bool], tuple[str, float]]] = {}


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(ch, font, size) for ch in text)


@functools.lru_cache(maxsize=65536)
def _is_latin_alnum(ch: str) -> bool:
    return not is_cjk(ch) and (unicodedata.category(ch)[0] in "LN" or ch in _LATIN_SIDE_EXTRA)


class _Tok:
    """A piece of text that is never broken: a Han character, a mark, or a Latin word (piece)."""

    __slots__ = ("cjk", "dash", "end", "kerns", "lb", "rb", "segs", "start", "text", "width")

    def __init__(self, text: str, start: int, segs: list[tuple[str, str, float]], cjk: bool) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.segs = segs  # (text, font, width) runs inside the token
        self.width = sum(w for _, _, w in segs)
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
    """Spaces | one character set by Chinese rules | a run of anything else."""
    cjk = _cjk_pattern(lang).pattern[1:-1]
    return re.compile(f"(\\s+)|([{cjk}])|([^\\s{cjk}]+)")


class _Para:
    """Tokens and joints of one paragraph segment (no newline inside)."""

    def __init__(self, text: str, offset: int, style: TextStyle) -> None:
        self.style = style
        size = style.size
        mask = cjk_mask(text, style.lang)
        pens = break_penalties(
            text, style.lang, words=style.lang == "zh" and style.align != "justify", mask=mask
        )
        self.toks: list[_Tok] = []
        # Joint j joins token j and j+1: natural width, stretch, shrink, break penalty (None: no break)
        # and the width added at the line end when breaking there (a hyphen).
        self.jn: list[float] = []
        self.jst: list[float] = []
        self.jsh: list[float] = []
        self.jpen: list[float | None] = []
        self.jhyph: list[float] = []
        self.jspace: list[bool] = []  # a typed space is set in this joint (drawn as a real space)
        space_before_tok: list[bool] = []
        faces = _faces_for(style.cjk_font, style.latin_font)
        toks = self.toks
        add_tok = toks.append
        add_space = space_before_tok.append
        compress = style.punct_compress
        half = size / 2
        hyphenate = style.lang == "en" and style.hyphenate

        def make_tok(start: int, end: int, cjk: bool) -> _Tok:
            piece = text[start:end]
            segs: list[tuple[str, str, float]] = []
            for ch in piece:
                f, w1 = faces(ch, cjk)
                w = w1 * size
                if segs and segs[-1][1] == f:
                    t, _, sw = segs[-1]
                    segs[-1] = (t + ch, f, sw + w)
                else:
                    segs.append((ch, f, w))
            tok = _Tok(piece, offset + start, segs, cjk)
            if not cjk:
                # Shaped widths: each piece's kerning pairs (none after its last character).
                kerns: list[tuple[float, ...]] = []
                for t, f, _w in segs:
                    k = kerning(t, f)
                    kerns.append((*(v * size for v in k[:-1]), 0.0) if any(k[:-1]) else ())
                if any(kerns):
                    tok.kerns = kerns
                    tok.segs = [(t, f, w + sum(k)) for (t, f, w), k in zip(segs, kerns, strict=True)]
                    tok.width = sum(w for _, _, w in tok.segs)
            return tok

        # One regex pass cuts the text into spaces, single CJK characters and Latin runs.
        pending_space = False
        for m in _chunker(style.lang).finditer(text):
            i, j = m.span()
            kind = m.lastindex
            if kind == 1:  # spaces
                pending_space = bool(toks)
                continue
            if kind == 2:  # one character set by Chinese rules
                ch = text[i]
                f, w1 = faces(ch, True)
                w = w1 * size
                tok = _Tok(ch, offset + i, [(ch, f, w)], True)
                if compress and abs(w - size) < 0.05 * size:
                    if ch in RIGHT_BLANK:
                        tok.rb = half
                    elif ch in LEFT_BLANK:
                        tok.lb = half
                add_tok(tok)
                add_space(pending_space)
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
        self._join_dashes()
        self._build_joints(text, offset, pens, space_before_tok)
        self._prefix_sums()

    def _prefix_sums(self) -> None:
        """P[k]: widths of tokens 0..k-1 and joints 0..k-1; ST/SH: stretch/shrink of joints 0..k-1."""
        toks, n = self.toks, len(self.toks)
        P = [0.0] * (n + 1)
        ST = [0.0] * (n + 1)
        SH = [0.0] * (n + 1)
        for k in range(n):
            joint = k < n - 1
            P[k + 1] = P[k] + toks[k].width + (self.jn[k] if joint else 0.0)
            ST[k + 1] = ST[k] + (self.jst[k] if joint else 0.0)
            SH[k + 1] = SH[k] + (self.jsh[k] if joint else 0.0)
        self.P, self.ST, self.SH = P, ST, SH
        # lead[k]: blank removed when a line starts at token k (an opening bracket or quote set
        # half width at the line start: clreq; always in headlines, an option for body text).
        start_compress = self.style.line_start_compress and self.style.punct_compress
        self.lead = [t.lb if start_compress else 0.0 for t in toks] + [0.0]
        # Characters from token k to the end (short-last-line rule) and the first break at/after k.
        self.chars_from = [0] * (n + 1)
        self.next_break = [n - 1] * (n + 1)
        nxt = n - 1
        for k in range(n - 1, -1, -1):
            self.chars_from[k] = self.chars_from[k + 1] + len(toks[k].text)
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

    def _join_dashes(self) -> None:
        """Set each dash of a CJK —— (or longer) one em wide, drawn scaled so the pair is one line.

        CJK fonts give U+2014 a proportional glyph (0.89 em with side bearings), which prints
        "——" as two dashes with a gap; clreq wants one unbroken two-em rule. The ink of the run
        spans the two ems less a small inset at its outer ends.
        """
        toks, size = self.toks, self.style.size
        k = 0
        while k < len(toks):
            j = k
            while j < len(toks) and toks[j].text == "—" and toks[j].cjk:
                j += 1
            if j - k >= 2:
                font = toks[k].segs[0][1]
                bounds = _ink_bounds(font, "—")
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
        for k in range(len(toks) - 1):
            a, b = toks[k], toks[k + 1]
            idx = b.start - offset  # index of b's first character in `text`
            pen = pens[idx]
            hyph = 0.0
            spaced_here = spaced[k + 1]
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


class _Node:
    __slots__ = ("compressed", "demerits", "hyphen", "pos", "prev", "ratio")

    def __init__(
        self, pos: int, demerits: float, prev: _Node | None, ratio: float, hyphen: int, compressed: bool
    ):
        self.pos = pos  # index of the first token of the next line
        self.demerits = demerits
        self.prev = prev
        self.ratio = ratio
        self.hyphen = hyphen  # consecutive hyphenated lines ending here (0: this break is no hyphen)
        self.compressed = compressed


def _breaks(
    para: _Para,
    width: float,
    first_len: float,
    emergency: bool,
    tol: float = _TOLERANCE,
    short_demerits: float = _SHORT_LAST_LINE_DEMERITS,
) -> list[_Node] | None:
    """Knuth–Plass total fit: the best chain of break nodes, or None when no chain fits the tolerance.

    The emergency pass (`emergency=True`) accepts any looseness and, from each node, an overfull first
    line (an unbreakable word wider than the column), so it always returns a chain.
    """
    toks, jpen, jhyph = para.toks, para.jpen, para.jhyph
    lead = para.lead
    P, ST, SH, short_from, next_break = para.P, para.ST, para.SH, para.short_from, para.next_break
    n = len(toks)
    style = para.style
    compress = style.punct_compress
    if emergency:
        tol = float("inf")
    inf = float("inf")
    # Ragged lines (left/centre/right) are not stretched: their looseness is the gap left at the
    # edge, measured against a fixed allowance per line, which evens out the line lengths.
    ragged = style.align != "justify"
    ragged_stretch = max(3 * style.size, width / 4)
    active: list[_Node] = [_Node(0, 0.0, None, 0.0, 0, False)]

    for e in range(n):
        last = e == n - 1
        pen = None if last else jpen[e]
        if pen is None and not last:
            continue
        best: _Node | None = None
        best_d = inf
        keep: list[_Node] = []
        tok_e = toks[e]
        base_e = P[e] + tok_e.width
        hyph_w = 0.0 if last else jhyph[e]
        rb = tok_e.rb if (compress and not last) else 0.0
        # Nodes are in order of position, so lines from later nodes are shorter and less
        # stretchable: once one is too short even at the tolerance, so are all after it.
        loose_e = base_e + hyph_w + tol * (ragged_stretch if ragged else ST[e])
        for i, a in enumerate(active):
            s = a.pos
            length = first_len if s == 0 else width
            nat = base_e - P[s] - lead[s]
            if (
                not last
                and s > 0
                and loose_e - P[s] - (0.0 if ragged else tol * ST[s]) < length - 1e-6
            ):
                keep.extend(active[i:])
                break
            shrink = SH[e] - SH[s]
            min_w = nat - rb if rb else nat + hyph_w
            is_first = next_break[s] == e
            overfull = min_w > length + 1e-6 and (shrink <= 0 or (min_w - length) > shrink * (1 + 1e-9))
            # Variants: the plain break, and one with a half-width mark at the line end.
            for variant in (0, 1):
                if variant == 0:
                    w = nat if last else nat + hyph_w
                    p = 0.0 if last else pen
                else:
                    if not rb:
                        break
                    w = nat - rb
                    p = pen + _END_COMPRESS_PENALTY
                if w > length + 1e-6:
                    r = -(w - length) / shrink if shrink > 0 else -inf
                elif last:
                    r = 0.0
                else:
                    stretch = ragged_stretch if ragged else ST[e] - ST[s]
                    r = (length - w) / stretch if stretch > 0 else (0.0 if w >= length - 1e-6 else inf)
                if r < -1 - 1e-9:
                    if not (emergency and is_first):
                        continue
                    bad = 1e7 * (1 + w - length)
                elif r > tol:
                    continue
                else:
                    bad = 100.0 * r * r * r if r >= 0 else -100.0 * r * r * r
                    if bad > 1e14:
                        bad = 1e14
                d = (_LINE_PENALTY + bad) ** 2
                if p > 0:
                    d += p * p
                elif p < 0:
                    d -= p * p  # a preferred break (between the phrases of a headline)
                hyph_here = variant == 0 and hyph_w > 0
                if hyph_here and a.hyphen:
                    # two hyphenated lines in a row cost extra; a third is avoided at almost any cost
                    d += _DOUBLE_HYPHEN_DEMERITS if a.hyphen < 2 else 1e8
                if last and s > 0 and short_from[s]:
                    d += short_demerits
                total = a.demerits + d
                if total < best_d:
                    best_d = total
                    best = _Node(e + 1, total, a, r, a.hyphen + 1 if hyph_here else 0, variant == 1)
            if not overfull and not (emergency and is_first and min_w > length):
                keep.append(a)
        active = keep
        if best is not None:
            if last:
                chain = []
                node: _Node | None = best
                while node is not None and node.prev is not None:
                    chain.append(node)
                    node = node.prev
                return chain[::-1]
            active.append(best)
        if not active:
            return None
    return None


def _set_line(para: _Para, s: int, e: int, node: _Node, width: float, indent: float, is_last: bool) -> Line:
    style = para.style
    toks, jn, jst, jsh = para.toks, para.jn, para.jst, para.jsh
    length = width - indent
    lead = para.lead[s]  # an opening mark's blank half, removed at the line start
    nat = sum(toks[k].width for k in range(s, e + 1)) + sum(jn[k] for k in range(s, e)) - lead
    if node.compressed:
        nat -= toks[e].rb
    hyph = node.hyphen > 0
    if hyph:
        nat += char_width("-", style.latin_font, style.size)
    stretch = sum(jst[k] for k in range(s, e))
    shrink = sum(jsh[k] for k in range(s, e))
    ratio = 0.0
    if nat > length and shrink > 0:
        ratio = -min(1.0, (nat - length) / shrink)
    elif nat < length and stretch > 0 and style.align == "justify" and not is_last:
        ratio = (length - nat) / stretch
    x = indent - lead
    runs: list[Run] = []
    glued = False  # this token continues the previous one's word (no space, no stretch between)
    for k in range(s, e + 1):
        tok = toks[k]
        sx = x
        if tok.dash is not None:
            runs.append(Run("—", tok.segs[0][1], style.size, x + tok.dash[0], tok.dash[1]))
            x += tok.width
            glued = False
            if k < e:
                x += jn[k] + (ratio * jst[k] if ratio > 0 else ratio * jsh[k])
            continue
        tok_kerns = tok.kerns
        for si, (text, font, w) in enumerate(tok.segs):
            kerns = tok_kerns[si] if tok_kerns else ()
            if glued and runs and runs[-1].font == font:
                prev = runs[-1]
                if kerns or prev.kerns:
                    kerns = (prev.kerns or (0.0,) * len(prev.text)) + (kerns or (0.0,) * len(text))
                runs[-1] = Run(prev.text + text, font, prev.size, prev.x, kerns=kerns)
            else:
                runs.append(Run(text, font, style.size, sx, kerns=kerns))
            glued = True
            sx += w
        x += tok.width
        glued = k < e and not tok.cjk and not toks[k + 1].cjk and jn[k] == 0 and jst[k] == 0
        if k < e and para.jspace[k]:
            # Draw the space itself (invisible; the next run is placed explicitly) so that text
            # copied or extracted from the PDF has its word spaces.
            last = runs[-1]
            runs[-1] = Run(last.text + " ", last.font, last.size, last.x, last.hscale, _pad(last.kerns))
        if k < e:
            x += jn[k] + (ratio * jst[k] if ratio > 0 else ratio * jsh[k])
    if node.compressed:
        x -= toks[e].rb
    if hyph:
        last = runs[-1]
        runs[-1] = Run(last.text + "-", last.font, last.size, last.x, kerns=_pad(last.kerns))
        x += char_width("-", style.latin_font, style.size)
    set_width = x
    shift = 0.0
    if style.align == "center":
        shift = (width - indent - (set_width - indent)) / 2
    elif style.align == "right":
        shift = width - set_width
    if shift:
        runs = [Run(r.text, r.font, r.size, r.x + shift, r.hscale, r.kerns) for r in runs]
        set_width += shift
    overfull = max(0.0, set_width - width)
    return Line(
        runs=tuple(runs),
        width=width,
        natural_width=nat,
        set_width=set_width,
        is_last=is_last,
        hyphenated=hyph,
        start=toks[s].start,
        end=toks[e].end,
        indent=indent,
        overfull=overfull if overfull > 0.01 else 0.0,
    )


def _pad(kerns: tuple[float, ...]) -> tuple[float, ...]:
    """Kerns of a run that gains one character (a space or a hyphen) at its end."""
    return (*kerns, 0.0) if kerns else ()


@functools.lru_cache(maxsize=1024)
def _para(text: str, offset: int, style: TextStyle) -> _Para:
    """Tokens and joints do not depend on the width: built once per paragraph and style."""
    return _Para(text, offset, style)


def _compose_segment(text: str, offset: int, style: TextStyle, width: float, indent: float) -> list[Line]:
    para = _para(text, offset, style)
    if not para.toks:
        return [Line((), width, 0.0, indent, True, False, offset, offset, indent)]
    chain = _breaks(para, width, width - indent, emergency=False)
    if chain is None:
        # Long words in a narrow column: allow looser lines before giving up on the tolerance.
        chain = _breaks(para, width, width - indent, False, _LOOSE_TOLERANCE)
    if chain is None or (len(chain) > 1 and para.short_from[chain[-2].pos]):
        # A one- or two-character last line: accept looser spacing to avoid it, if that suffices
        # (first up to 0.1 em between characters, then, as a last resort, up to 0.5 em, which only very narrow columns need).
        for tol in (_LOOSE_TOLERANCE, _LAST_RESORT_TOLERANCE):
            looser = _breaks(para, width, width - indent, False, tol, short_demerits=1e15)
            if looser is not None and (len(looser) < 2 or not para.short_from[looser[-2].pos]):
                chain = looser
                break
            if chain is None:
                chain = looser
    if chain is None:
        chain = _breaks(para, width, width - indent, emergency=True)
    assert chain is not None  # the emergency pass always finds a chain
    lines: list[Line] = []
    s = 0
    for i, node in enumerate(chain):
        e = node.pos - 1
        last = i == len(chain) - 1
        lines.append(_set_line(para, s, e, node, width, indent if s == 0 else 0.0, last))
        s = node.pos
    return lines


@functools.lru_cache(maxsize=8192)
def _compose_cached(text: str, style: TextStyle, width: float) -> tuple[Line, ...]:
    text = prepare_text(text, style)
    if not text.strip():
        return ()  # nothing to set: no lines, no height
    lines: list[Line] = []
    offset = 0
    for i, seg in enumerate(text.split("\n")):
        lines.extend(_compose_segment(seg, offset, style, width, style.first_indent if i == 0 else 0.0))
        offset += len(seg) + 1
    return tuple(lines)


def compose(text: str, style: TextStyle, width: float) -> list[Line]:
    """Break `text` (one paragraph; "\\n" forces a line break) into lines set `width` points wide."""
    return list(_compose_cached(text, style, round(float(width), 3)))
