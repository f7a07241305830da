"""Stage 1 of composition (prepare → shape → break → justify → set): the text as it will be set.

- line ends unified, tabs as spaces;
- Unicode NFC (decomposed accents, as pasted from a Mac, become the precomposed characters
  the fonts have);
- invisible control and format characters (NUL, ESC, DEL, C1 controls, bidi embeddings and
  overrides, zero-width characters, the BOM, soft hyphens) left out: they would print as boxes
  or marks; preflight names each one (invisible_chars);
- Chinese: punctuation normalised for print (digest.text.normalise_punctuation);
- English: the desk rules (digest.language.typography) when the style asks for them.

>>> from digest.layout.text_style import TextStyle
>>> prepare_text("Cafe\\u0301\\u202e 'x'\\x00", TextStyle(10, 14, "a", "b", lang="en"))
'Café ‘x’'
"""

from __future__ import annotations

import re
import unicodedata

from digest.layout.text_style import TextStyle
from digest.text import normalise_punctuation

# C0 controls but \t \n \r, DEL and C1 controls, soft hyphen, zero-width and directional marks,
# bidi embeddings/overrides/isolates, word joiner and invisible operators, BOM, interlinear marks.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def invisible_chars(text: str) -> list[str]:
    """The distinct invisible control/format characters of `text`, in order of first appearance."""
    return list(dict.fromkeys(INVISIBLE.findall(text)))


def char_name(char: str) -> str:
    """'ESCAPE', 'RIGHT-TO-LEFT OVERRIDE', … (controls have no Unicode name: a short one here)."""
    return unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "CONTROL CHARACTER")


_CONTROL_NAMES = {
    "\x00": "NULL",
    "\x1b": "ESCAPE",
    "\x7f": "DELETE",
    "\x08": "BACKSPACE",
    "\x0c": "FORM FEED",
}


def prepare_text(text: str, style: TextStyle) -> str:
    """The text as it will be composed (see the module doc)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = INVISIBLE.sub("", text)
    if style.lang == "zh":
        text = normalise_punctuation(text)
    elif style.desk_rules:
        from digest.language.typography import apply_desk_rules

        text = apply_desk_rules(text)
    return text
