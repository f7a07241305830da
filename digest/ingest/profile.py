"""Per-paper profiles: what the editor taught about one paper's line forms.

A line's form is its shape with the particular words left out: role words, brackets,
punctuation and figures kept, other runs of Han characters reduced to their length class
(`（某某公司党委）` → `（H5-8）`, `晚报记者 王磊 摄` → `H2记者 H2 摄`). When the editor gives a line
a role, its form is remembered with that role; the next page of the same paper gets that
role on every line of that form. Profiles are plain data (`to_dict` / `from_dict`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from digest.ingest.corrections import set_role
from digest.ingest.lines import LabelledLine, check_role
from digest.model import Correction
from digest.text import HAN_CLASS, is_han

FORM_MAX_CHARS = 40  # longer lines are body text whose form says nothing
PROFILE_CONFIDENCE = 0.9
# Words kept as they are in a form: they say what a line is, whoever it names.
_KEPT_WORDS = (
    "本报讯",
    "本报",
    "新华社",
    "记者",
    "通讯员",
    "实习生",
    "线索提供",
    "作者系",
    "作者",
    "责任编辑",
    "责编",
    "编辑",
    "校对",
    "来源",
    "供图",
    "摄",
    "文",
    "图",
    "完",
    "版",
    "电",
    "讯",
    "报道",
)
# Words of two characters or more are kept wherever they stand; a single-character word (摄, 文,
# 版) only when it stands alone, not inside a run of other Han characters.
_LONG_WORDS = tuple(w for w in _KEPT_WORDS if len(w) > 1)
_LONG = "|".join(map(re.escape, _LONG_WORDS))
_TOKEN = re.compile(f"{_LONG}|(?:(?!{_LONG})[{HAN_CLASS}])+" + r"|\d+|[A-Za-z]+|\s+|.")


def _length_class(size: int) -> str:
    if size <= 4:
        return str(size)
    return "5-8" if size <= 8 else ("9-16" if size <= 16 else "17+")


def line_form(text: str) -> str:
    """The shape of a line, for matching lines of the same kind on other pages.

    >>> line_form("（某某公司党委）"), line_form("（县委宣传部）")
    ('（H5-8）', '（H5-8）')
    >>> line_form("晚报记者 王磊 摄")
    'H2记者 H2 摄'
    >>> line_form("02版：要闻"), line_form("A2 要闻")
    ('9版：H2', 'A9 H2')
    """
    out: list[str] = []
    for match in _TOKEN.finditer(text.strip()):
        token = match.group(0)
        if token in _KEPT_WORDS:
            out.append(token)
        elif is_han(token[0]):
            out.append(f"H{_length_class(len(token))}")
        elif token.isdigit():
            out.append("9")
        elif token.isascii() and token.isalpha():
            out.append("A" if len(token) == 1 else "Aa")
        elif token.isspace():
            out.append(" ")
        else:
            out.append(token)
    return "".join(out)


@dataclass
class Profile:
    """What the editor taught about one paper: line forms and the roles they take."""

    name: str
    forms: dict[str, str] = field(default_factory=dict)  # line form -> role
    pages: int = 0  # pages whose corrections taught it

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "forms": dict(self.forms), "pages": self.pages}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        forms = data.get("forms") or {}
        if not isinstance(forms, dict):
            raise ValueError("a profile's forms must be a mapping")
        return cls(
            name=str(data.get("name", "")),
            forms={str(k): check_role(str(v)) for k, v in forms.items()},
            pages=int(data.get("pages", 0)),
        )

    def learn(self, lines: list[LabelledLine], corrections: Iterable[Correction]) -> None:
        """Remember the form of every line the editor gave a role to (`lines`: before the
        corrections, to find the lines by index)."""
        by_index = {line.index: line for line in lines}
        taught = False
        for correction in corrections:
            if correction.kind != "role":
                continue
            line = by_index.get(correction.line)
            text = correction.text or (line.text if line else "")
            if not text or len(text.strip()) > FORM_MAX_CHARS:
                continue
            self.forms[line_form(text)] = check_role(correction.value)
            taught = True
        self.pages += taught

    def apply(self, lines: list[LabelledLine]) -> list[LabelledLine]:
        """New labelled lines with the taught roles given to lines of the taught forms."""
        if not self.forms:
            return list(lines)
        out = [line.copy() for line in lines]
        for position, line in enumerate(out):
            if len(line.text) > FORM_MAX_CHARS:
                continue
            role = self.forms.get(line_form(line.text))
            if role is not None and role != line.role:
                set_role(out, position, role, PROFILE_CONFIDENCE)
                out[position].corrected = True
        return out
