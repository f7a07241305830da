"""Preflight findings worded in the UI language.

digest.export gives every finding a stable `code` and the `params` that fill its message; its
English sentence (for the command line) comes from `digest.export.MESSAGES`. The editor words the
same codes through Qt's translator instead: one template per code below, its %1, %2, … filled from
the params in the order listed. A finding whose code (or a param) is unknown here is shown in the
exporter's English, so a newer core never shows a blank line.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

CONTEXT = "Findings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks TEXT for lupdate (which reads this name) and returns it; PySide6's own returns object."""
    return text


# code -> (template, params that fill %1, %2, …). Keep in step with digest.export.MESSAGES
# (tests/ui/test_translations.py checks this table against every code of the core).
TEMPLATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "no-entries": (QT_TRANSLATE_NOOP("Findings", "the issue has no entries"), ()),
    "section-title": (QT_TRANSLATE_NOOP("Findings", "%1 section title is empty"), ("lang",)),
    "missing-glyph": (
        QT_TRANSLATE_NOOP("Findings", "character «%1» (U+%2) is in no bundled font"),
        ("char", "codepoint"),
    ),
    "missing-article": (QT_TRANSLATE_NOOP("Findings", "article %1 is not in the library"), ("article",)),
    "empty-headline": (QT_TRANSLATE_NOOP("Findings", "%1 headline is empty"), ("lang",)),
    "empty-summary": (QT_TRANSLATE_NOOP("Findings", "%1 summary is empty"), ("lang",)),
    "summary-long": (
        QT_TRANSLATE_NOOP("Findings", "%1 summary is long: %2 %3 (target %4–%5)"),
        ("lang", "count", "unit", "min", "max"),
    ),
    "summary-short": (
        QT_TRANSLATE_NOOP("Findings", "%1 summary is short: %2 %3 (target %4–%5)"),
        ("lang", "count", "unit", "min", "max"),
    ),
    "overfull": (
        QT_TRANSLATE_NOOP("Findings", "a line is %1 pt too wide for its column: «%2»"),
        ("excess", "line"),
    ),
    "font-not-embedded": (
        QT_TRANSLATE_NOOP("Findings", "font %1 is not embedded as a subset (not print-ready)"),
        ("font",),
    ),
    "invisible-char": (
        QT_TRANSLATE_NOOP("Findings", "invisible character %1 (U+%2) is left out of print"),
        ("name", "codepoint"),
    ),
    "straight-quotes": (
        QT_TRANSLATE_NOOP("Findings", "English text has %1 straight quote(s) (' or \")"),
        ("count",),
    ),
    "overflow": (QT_TRANSLATE_NOOP("Findings", "%1 does not fit on one line: «%2»"), ("part", "text")),
    # the terminology memory (digest/glossary.py)
    "glossary-missing": (
        QT_TRANSLATE_NOOP("Findings", "«%1» is in the Chinese but its glossary English «%2» is not in the English"),
        ("term", "rendering"),
    ),
    "glossary-inconsistent": (
        QT_TRANSLATE_NOOP("Findings", "«%1» is rendered «%2» here but «%3» in entry %4"),
        ("term", "rendering", "other", "other_entry"),
    ),
    # print checks (digest/print/output.py)
    "pdfx-rule": (
        QT_TRANSLATE_NOOP("Findings", "the print file breaks a %1 rule: %2"),
        ("standard", "rule"),
    ),
    "print-no-bleed": (
        QT_TRANSLATE_NOOP(
            "Findings",
            "no bleed: colour running to the page edge may show white after trimming (3 mm is usual)",
        ),
        (),
    ),
    "print-no-marks": (
        QT_TRANSLATE_NOOP(
            "Findings", "bleed without crop marks: the print shop must find the trim from the TrimBox"
        ),
        (),
    ),
    "impose-no-marks": (
        QT_TRANSLATE_NOOP(
            "Findings", "no room for trim and fold marks on the %1 sheet; choose a larger sheet for marks"
        ),
        ("sheet",),
    ),
    "booklet-blank-pages": (
        QT_TRANSLATE_NOOP("Findings", "%1 pages: the booklet gets %2 blank page(s) %3"),
        ("pages", "blanks", "position"),
    ),
    "booklet-thick": (
        QT_TRANSLATE_NOOP("Findings", "saddle stitch of %1 sheets is thick (over %2); consider fewer pages"),
        ("sheets", "max"),
    ),
}

# Params whose values are codes from a fixed set (digest.export.PARAM_WORDS), worded here.
WORDS: dict[str, dict[str, str]] = {
    "lang": {
        "zh": QT_TRANSLATE_NOOP("Findings", "Chinese"),
        "en": QT_TRANSLATE_NOOP("Findings", "English"),
    },
    "unit": {
        "characters": QT_TRANSLATE_NOOP("Findings", "Han characters"),
        "words": QT_TRANSLATE_NOOP("Findings", "words"),
    },
    "where": {
        "issue-title": QT_TRANSLATE_NOOP("Findings", "issue title"),
        "section-title": QT_TRANSLATE_NOOP("Findings", "section title"),
        "entry": QT_TRANSLATE_NOOP("Findings", "entry"),
    },
    "part": {
        "masthead": QT_TRANSLATE_NOOP("Findings", "the masthead title"),
        "running-head": QT_TRANSLATE_NOOP("Findings", "the running head"),
        "source-line": QT_TRANSLATE_NOOP("Findings", "the source line"),
    },
    "position": {
        "end": QT_TRANSLATE_NOOP("Findings", "at the end"),
        "before-back-cover": QT_TRANSLATE_NOOP("Findings", "before the back cover"),
    },
}

_PLACEHOLDER = re.compile(r"%(\d+)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, *values: str) -> str:
    """Qt-style %1, %2, … in one pass, so a value that itself holds "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match[1])
        return values[number - 1] if 1 <= number <= len(values) else match[0]

    return _PLACEHOLDER.sub(value, template)


def _value(name: str, value: Any) -> str:
    """A param as shown: fixed-set codes translated; other values arrive ready to show."""
    words = WORDS.get(name)
    if words is not None and isinstance(value, str) and value in words:
        return _tr(words[value])
    return str(value)


def message_text(finding: dict[str, Any]) -> str:
    """The finding's message in the UI language, or the exporter's English for an unknown code."""
    known = TEMPLATES.get(finding.get("code") or "")
    params = finding.get("params") or {}
    if known is None or any(name not in params for name in known[1]):
        return finding.get("message", "")
    template, names = known
    return _fill(_tr(template), *(_value(name, params[name]) for name in names))


def _short(text: str, limit: int = 12) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _where(finding: dict[str, Any]) -> str:
    if finding.get("entry") is not None:
        return _fill(QCoreApplication.translate("Findings", "entry %1"), str(finding["entry"]))
    if finding.get("section") is not None:
        return _fill(QCoreApplication.translate("Findings", "section %1"), str(finding["section"] + 1))
    place = (finding.get("params") or {}).get("where")
    return _value("where", place) if place in WORDS["where"] else ""


def describe(finding: dict[str, Any]) -> str:
    """One line: severity, where (entry or section, with its headline), what."""
    severity = (
        QCoreApplication.translate("Findings", "error")
        if finding.get("severity") == "error"
        else QCoreApplication.translate("Findings", "warning")
    )
    where = _where(finding)
    label = finding.get("label") or ""
    if where and label:
        where += f" «{_short(label)}»"
    text = message_text(finding)
    if where:
        return _fill(QCoreApplication.translate("Findings", "%1: %2: %3"), severity, where, text)
    return _fill(QCoreApplication.translate("Findings", "%1: %2"), severity, text)
