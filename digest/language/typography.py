"""English desk rules: what an editor types, as a print desk would set it.

A pure function of the text (the export applies it to English text when the option is on; the
editor can call it as the editor types). It only ever changes the characters below, never words:

- ' and " become ’ ‘ “ ” (an apostrophe inside or at the end of a word is ’; so is the one in
  '90s); a quote opens after a space, an opening bracket or a dash, or at the start, else it closes;
- ``--`` (or ``---``) becomes an em dash —;
- a hyphen between two numbers (10-12, 2020-2024) becomes an en dash –, but not in a chain such as
  an ISO date 2026-11-28 or a code like COVID-19;
- the space between a number and its unit (30 km, 3,000 m², 1 billion) or after No. / p. / pp. /
  a currency code (CNY 1) becomes a no-break space, so the two never part at a line end.

>>> apply_desk_rules('People\\'s "Road doctors" -- 10-12 km, No. 5')
'People’s “Road doctors” — 10–12\\xa0km, No.\\xa05'
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_UNITS = (
    "km²|km2|km|m²|m³|m2|m|cm|mm|kg|g|t|ha|hectares|tonnes|tons|MW|kW|GW|kWh|MWh|GWh|kV|°C|℃|"
    "per cent|percent|million|billion|trillion|thousand|mu|yuan|sq m"
)
# A unit after a number and a typed space: the space becomes a no-break space.
_UNIT_SPACE = re.compile(rf"(?<=\d) (?=(?:{_UNITS})(?![A-Za-z]))")
# No. 5, p. 12, pp. 3–4, CNY 1 billion: the space after becomes a no-break space.
_PREFIX_SPACE = re.compile(r"(?<![A-Za-z])(No\.|no\.|Nos\.|p\.|pp\.|CNY|RMB|USD|EUR|US\$|HK\$) (?=\d)")
_EM_DASH = re.compile(r"-{2,3}")
# A range of numbers: a hyphen with digits either side, not part of a longer chain (dates, codes).
_RANGE = re.compile(r"(?<![\w\-.])(\d[\d,.]*)-(\d[\d,.]*)(?![\w\-])")
_DECADE = re.compile(r"(?<![\w'’])'(?=\d\ds\b)")
_APOSTROPHE = re.compile(r"(?<=[A-Za-z0-9\u00c0-\u024f])'")
_OPENS_AFTER = " \t\n\u00a0([{<—–-/"


def _quotes(text: str) -> str:
    """Curly quotes from straight ones, by what stands before each mark."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == '"' or ch == "'":
            before = text[i - 1] if i else " "
            opening = before in _OPENS_AFTER or before in "“‘"
            if ch == '"':
                out.append("“" if opening else "”")
            else:
                out.append("‘" if opening else "’")
        else:
            out.append(ch)
    return "".join(out)


def apply_desk_rules(text: str) -> str:
    """English `text` with typographic quotes, dashes and no-break spaces (see the module doc)."""
    if not text:
        return text
    text = _EM_DASH.sub("—", text)
    text = _RANGE.sub(r"\1–\2", text)
    if "'" in text or '"' in text:
        text = _DECADE.sub("’", text)
        text = _APOSTROPHE.sub("’", text)
        text = _quotes(text)
    text = _UNIT_SPACE.sub(NBSP, text)
    text = _PREFIX_SPACE.sub(r"\1" + NBSP, text)
    return text


def straight_quotes(text: str) -> int:
    """How many straight quotes (' and ") `text` holds: what preflight warns about in English."""
    return text.count("'") + text.count('"')
