"""Typed conversion of plain JSON values into the model's dataclasses.

Every field is checked against the dataclass's annotation: a project file whose
`summary_zh` is 12345 or whose `number` is "twelve" is refused with the field's path,
never handed on to code that would trip over it later. Unknown keys are ignored and
missing ones take their defaults, as the format-1 loader did.
"""

from __future__ import annotations

import datetime as _dt
import math
import types
import typing
from dataclasses import MISSING, fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

from digest.errors import ProjectFileError
from digest.model import Article, GlossaryTerm, Issue, Page, Project

T = TypeVar("T")

# Integers beyond this are not a page order, a line or an issue number; SQLite stores 64 bits.
INT_LIMIT = 10**12


class InvalidValue(ProjectFileError):
    """A value of the wrong type or out of range; the message names where it is."""


def _hints(cls: type) -> dict[str, Any]:
    return _cached_hints(cls)


@cache
def _cached_hints(cls: Any) -> dict[str, Any]:  # Any: a class is hashable, though typed as type[T]
    return typing.get_type_hints(cls)


def _fail(where: str, expected: str, value: Any) -> InvalidValue:
    shown = type(value).__name__ if not isinstance(value, (bool, int, float)) else repr(value)[:20]
    if value is None:
        shown = "null"
    elif isinstance(value, str):
        shown = "text"
    elif isinstance(value, list):
        shown = "a list"
    elif isinstance(value, dict):
        shown = "an object"
    return InvalidValue(f"{where} should be {expected}, not {shown}")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(where, "text", value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValue(f"{where} holds a broken character (an unpaired surrogate)") from None
    return value


def convert(value: Any, hint: Any, where: str) -> Any:
    """`value` as the type `hint`, or InvalidValue naming `where`."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        real = [o for o in options if o is not type(None)]
        return convert(value, real[0], where)
    if origin is list:
        if not isinstance(value, list):
            raise _fail(where, "a list", value)
        (item,) = typing.get_args(hint)
        return [convert(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if hint is str:
        return _text(value, where)
    if hint is bool:
        if not isinstance(value, bool):
            raise _fail(where, "true or false", value)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(where, "a whole number", value)
        if abs(value) > INT_LIMIT:
            raise InvalidValue(f"{where} is out of range")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _fail(where, "a number", value)
        if not math.isfinite(value) or abs(value) > INT_LIMIT:
            raise InvalidValue(f"{where} is out of range")
        return float(value)
    if hint is _dt.date:
        text = _text(value, where)
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            raise InvalidValue(f"{where} should be a date like 2026-11-28, not {text[:20]!r}") from None
    if isinstance(hint, type) and is_dataclass(hint):
        return build(hint, value, where)
    raise TypeError(f"no conversion for {hint!r}")  # a model field of a new type: a bug here


def build(cls: type[T], data: Any, where: str) -> T:
    """An instance of dataclass `cls` from a JSON object, every field type-checked."""
    if not isinstance(data, dict):
        raise _fail(where, "an object", data)
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                raise InvalidValue(f"{where} lacks its {f.name!r}")
            continue
        values[f.name] = convert(data[f.name], hints[f.name], f"{where}.{f.name}")
    return cls(**values)


def project(data: Any, where: str = "project") -> Project:
    """A Project from the `project` object of an interchange document."""
    if not isinstance(data, dict):
        raise _fail(where, "an object", data)
    built = Project(
        articles=convert(data.get("articles", []), list[Article], f"{where}.articles"),
        issues=convert(data.get("issues", []), list[Issue], f"{where}.issues"),
        pages=convert(data.get("pages", []), list[Page], f"{where}.pages"),
    )
    if "glossary" in data:  # absent: a document from before the glossary, which keeps the seed
        built.glossary = convert(data["glossary"], list[GlossaryTerm], f"{where}.glossary")
        _check_unique([t.zh for t in built.glossary], f"{where}.glossary", "term")
    for article in built.articles:
        article.ensure_id()
    _check_unique([a.id for a in built.articles], f"{where}.articles", "article id")
    _check_unique([p.id for p in built.pages], f"{where}.pages", "page id")
    pages = {p.id for p in built.pages}
    for i, article in enumerate(built.articles):
        if article.page_id and article.page_id not in pages:
            raise InvalidValue(f"{where}.articles[{i}].page_id names no page ({article.page_id[:20]!r})")
    return built


def _check_unique(values: list[str], where: str, what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value and value in seen:
            raise InvalidValue(f"{where}: the {what} {value[:20]!r} occurs twice")
        seen.add(value)
