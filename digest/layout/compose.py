"""Paragraph composition: Chinese and English text -> justified lines of positioned runs.

The stages, each in its own module: prepare.py (the text as it will be set) -> tokens.py (tokens
and joints; widths from metrics.py, kerning from shape.py, break opportunities from linebreak.py)
-> breaking.py (Knuth–Plass) -> setting.py (justified lines of runs). This module runs them.

reportlab only draws what this module decides. The text is cut into tokens (one per Han character or
full-width mark, one per Latin word piece), joined by "joints" that carry the space between two
tokens (natural width, stretch, shrink) and whether a line may break there (linebreak.py). Breaks are
chosen by Knuth–Plass total fit, so a line that would start with "，" is pushed in or out by
re-spacing earlier lines, and a last line of one or two characters costs enough to be avoided when
the paragraph allows it. Then each line is justified: the spare space goes to every joint of the
line (between characters, at Han–Latin boundaries, at word spaces), never to the line end.

Rules implemented (W3C clreq): no line starts with closing marks or ends with opening ones; a
quarter em between Han and Latin letters or digits (none beside Chinese punctuation, none at a line
end); adjacent full-width marks share their blank halves (`。”` takes 1.5 em); a full-width mark
ending a line always loses its blank half, so its ink ends at the margin (line-end punctuation
is kept inside, never hung: one rule in every style);
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

from digest.layout.breaking import LAST_RESORT_TOLERANCE, LOOSE_TOLERANCE, best_breaks
from digest.layout.metrics import char_width
from digest.layout.prepare import prepare_text
from digest.layout.setting import Line, Run, set_line
from digest.layout.text_style import TextStyle
from digest.layout.tokens import LEFT_BLANK, RIGHT_BLANK, paragraph

__all__ = [
    "LEFT_BLANK",
    "RIGHT_BLANK",
    "Line",
    "Run",
    "TextStyle",
    "char_width",
    "clear_caches",
    "compose",
    "prepare_text",
]


def _compose_segment(text: str, offset: int, style: TextStyle, width: float, indent: float) -> list[Line]:
    para = paragraph(text, offset, style)
    if not para.toks:
        return [Line((), width, 0.0, indent, True, False, offset, offset, indent)]
    chain = best_breaks(para, width, width - indent, emergency=False)
    if chain is None:
        # Long words in a narrow column: allow looser lines before giving up on the tolerance.
        chain = best_breaks(para, width, width - indent, False, LOOSE_TOLERANCE)
    if chain is None or (len(chain) > 1 and para.short_from[chain[-2].pos]):
        # A one- or two-character last line: accept looser spacing to avoid it, if that suffices
        # (first up to 0.1 em between characters, then, as a last resort, up to 0.5 em, which only very narrow columns need).
        for tol in (LOOSE_TOLERANCE, LAST_RESORT_TOLERANCE):
            looser = best_breaks(para, width, width - indent, False, tol, short_demerits=1e15)
            if looser is not None and (len(looser) < 2 or not para.short_from[looser[-2].pos]):
                chain = looser
                break
            if chain is None:
                chain = looser
    if chain is None:
        chain = best_breaks(para, width, width - indent, emergency=True)
    assert chain is not None  # the emergency pass always finds a chain
    lines: list[Line] = []
    s = 0
    for i, node in enumerate(chain):
        e = node.pos - 1
        last = i == len(chain) - 1
        lines.append(set_line(para, s, e, node, width, indent if s == 0 else 0.0, last))
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


def clear_caches() -> None:
    """Forget composed paragraphs and their tokens (benchmarks of cold composition, tests)."""
    _compose_cached.cache_clear()
    paragraph.cache_clear()
