"""Line breaking: Knuth–Plass total fit over a paragraph's tokens and joints.

Demerits are TeX's: (line_penalty + badness)^2 + penalty^2, badness 100·r^3 of the stretch or
shrink ratio r. Lines from a node are tried only while they can still fit, so the active list stays
short. Extra rules: a full-width mark ending a line (not the paragraph) is always set half width,
its blank half dropped, so that its ink ends at the measure and never passes it (line-end
punctuation is kept inside, never hung, in every style); two hyphenated lines in a row cost extra and a third almost forbids itself, a one- or two-character
last line (one word in English) costs `short_demerits`.
"""

from __future__ import annotations

from digest.layout.tokens import Paragraph

__all__ = ["TOLERANCE", "BreakNode", "best_breaks"]

# Knuth–Plass parameters (TeX-like: demerits = (line_penalty + badness)^2 + penalty^2).
_LINE_PENALTY = 10.0
_DOUBLE_HYPHEN_DEMERITS = 10000.0
SHORT_LAST_LINE_DEMERITS = 1e6
TOLERANCE = 2.5  # first pass: stretch ratio at most this; else an emergency pass takes anything
LOOSE_TOLERANCE = 5.0  # second try when the first pass leaves a one- or two-character last line
LAST_RESORT_TOLERANCE = 25.0  # third try for such a last line (0.5 em, as narrow columns need)


class BreakNode:
    """A feasible break: where the next line starts and the best chain of lines that ends here."""

    __slots__ = ("compressed", "demerits", "hyphen", "pos", "prev", "ratio")

    def __init__(
        self, pos: int, demerits: float, prev: BreakNode | None, ratio: float, hyphen: int, compressed: bool
    ):
        self.pos = pos  # index of the first token of the next line
        self.demerits = demerits
        self.prev = prev
        self.ratio = ratio
        self.hyphen = hyphen  # consecutive hyphenated lines ending here (0: this break is no hyphen)
        self.compressed = compressed


def best_breaks(
    para: Paragraph,
    width: float,
    first_len: float,
    emergency: bool,
    tol: float = TOLERANCE,
    short_demerits: float = SHORT_LAST_LINE_DEMERITS,
) -> list[BreakNode] | None:
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
    active: list[BreakNode] = [BreakNode(0, 0.0, None, 0.0, 0, False)]

    for e in range(n):
        last = e == n - 1
        allowed = None if last else jpen[e]
        if allowed is None and not last:
            continue
        pen = 0.0 if allowed is None else allowed  # the paragraph's end costs nothing
        best: BreakNode | None = None
        best_d = inf
        keep: list[BreakNode] = []
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
            if not last and s > 0 and loose_e - P[s] - (0.0 if ragged else tol * ST[s]) < length - 1e-6:
                keep.extend(active[i:])
                break
            shrink = SH[e] - SH[s]
            min_w = nat - rb if rb else nat + hyph_w
            is_first = next_break[s] == e
            overfull = min_w > length + 1e-6 and (shrink <= 0 or (min_w - length) > shrink * (1 + 1e-9))
            # The break: a mark with a blank half at the line end is set half width (rb), always.
            variants: tuple[int, ...] = (1,) if rb else (0,)
            for variant in variants:
                if variant == 0:
                    w = nat if last else nat + hyph_w
                    p = 0.0 if last else pen
                else:
                    w = nat - rb
                    p = pen
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
                    best = BreakNode(e + 1, total, a, r, a.hyphen + 1 if hyph_here else 0, variant == 1)
            if not overfull and not (emergency and is_first and min_w > length):
                keep.append(a)
        active = keep
        if best is not None:
            if last:
                chain = []
                node: BreakNode | None = best
                while node is not None and node.prev is not None:
                    chain.append(node)
                    node = node.prev
                return chain[::-1]
            active.append(best)
        if not active:
            return None
    return None
