"""Setting: a chosen line of tokens -> a justified Line of positioned runs.

The spare space of a justified line goes to every joint of the line (between characters, at
Han–Latin boundaries, at word spaces), never to the line end; ragged lines are shifted as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from digest.layout.breaking import BreakNode
from digest.layout.metrics import char_width
from digest.layout.shape import plain_text
from digest.layout.tokens import Paragraph

__all__ = ["Line", "Run", "set_line"]


class Run(NamedTuple):
    """Text drawn in one font at x (points from the column's left edge) on the line's baseline.

    A named tuple: a line of Chinese is one run per character, and a tuple is made several times
    faster than a frozen dataclass.
    """

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
        """The characters drawn on this line, in order (a ligature spelled out): word spaces
        included, plus the hyphen of a hyphenated line."""
        return "".join(plain_text(run.text, run.font) for run in self.runs)


def set_line(
    para: Paragraph, s: int, e: int, node: BreakNode, width: float, indent: float, is_last: bool
) -> Line:
    """Line tokens s..e (the break `node` ends it) set `width` wide, the first `indent` in."""
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
