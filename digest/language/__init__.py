"""The language desk: names in pinyin, key figures in English, dates and numbers per locale.

Importing this package is cheap: its modules load when one of their names is first asked for
(an export needs names and formats, not figures), pypinyin is never imported, babel only with
``digest.language.formats``, jieba never.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digest.language.figures import Figure, find_figures
    from digest.language.names import english_byline, english_name

__all__ = ["Figure", "english_byline", "english_name", "find_figures"]

_HOMES = {
    "Figure": "digest.language.figures",
    "find_figures": "digest.language.figures",
    "english_byline": "digest.language.names",
    "english_name": "digest.language.names",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
