"""Preflight findings worded in the UI language.

digest.export words its findings in English for the command line; the editor recognises those
messages by pattern and words them again through Qt's translator. A message it does not know is
shown as the exporter wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication


def _language(word: str) -> str:
    return (
        QCoreApplication.translate("Findings", "Chinese")
        if word == "Chinese"
        else QCoreApplication.translate("Findings", "English")
    )


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def _length(m: re.Match[str]) -> str:
    lang, kind, count, unit, low, high = m.groups()
    if kind == "long":
        template = (
            QCoreApplication.translate("Findings", "%1 summary is long: %2 characters (target %3–%4)")
            if unit == "characters"
            else QCoreApplication.translate("Findings", "%1 summary is long: %2 words (target %3–%4)")
        )
    else:
        template = (
            QCoreApplication.translate("Findings", "%1 summary is short: %2 characters (target %3–%4)")
            if unit == "characters"
            else QCoreApplication.translate("Findings", "%1 summary is short: %2 words (target %3–%4)")
        )
    return _fill(template, _language(lang), count, low, high)


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^(Chinese|English) headline is empty$"),
        lambda m: _fill(QCoreApplication.translate("Findings", "%1 headline is empty"), _language(m[1])),
    ),
    (
        re.compile(r"^(Chinese|English) summary is empty$"),
        lambda m: _fill(QCoreApplication.translate("Findings", "%1 summary is empty"), _language(m[1])),
    ),
    (
        re.compile(
            r"^(Chinese|English) summary is (long|short): (\d+) (characters|words) \(target (\d+)–(\d+)\)$"
        ),
        _length,
    ),
    (
        re.compile(r"^(Chinese|English) section title is empty$"),
        lambda m: _fill(QCoreApplication.translate("Findings", "%1 section title is empty"), _language(m[1])),
    ),
    (
        re.compile(r"^(issue title: )?character «(.+)» \(U\+([0-9A-F]+)\) is in no bundled font$"),
        lambda m: _fill(
            QCoreApplication.translate("Findings", "issue title: character «%1» (U+%2) is in no bundled font")
            if m[1]
            else QCoreApplication.translate("Findings", "character «%1» (U+%2) is in no bundled font"),
            m[2],
            m[3],
        ),
    ),
    (
        re.compile(r"^the issue has no entries$"),
        lambda m: QCoreApplication.translate("Findings", "the issue has no entries"),
    ),
    (
        re.compile(r"^article (\S+) is not in the library$"),
        lambda m: _fill(QCoreApplication.translate("Findings", "article %1 is not in the library"), m[1]),
    ),
    (
        re.compile(r"^a line is ([\d.]+) pt too wide for its column: «(.*)»$"),
        lambda m: _fill(
            QCoreApplication.translate("Findings", "a line is %1 pt too wide for its column: «%2»"),
            m[1],
            m[2],
        ),
    ),
    (
        re.compile(r"^font (\S+) is not embedded as a subset \(not print-ready\)$"),
        lambda m: _fill(
            QCoreApplication.translate("Findings", "font %1 is not embedded as a subset (not print-ready)"),
            m[1],
        ),
    ),
]


def message_text(message: str) -> str:
    """The finding's message in the UI language (unchanged when the pattern is unknown)."""
    for pattern, word in _PATTERNS:
        match = pattern.match(message)
        if match:
            return word(match)
    return message


def _short(text: str, limit: int = 12) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def describe(finding: dict[str, Any]) -> str:
    """One line: severity, where (entry or section, with its headline), what."""
    severity = (
        QCoreApplication.translate("Findings", "error")
        if finding.get("severity") == "error"
        else QCoreApplication.translate("Findings", "warning")
    )
    where = ""
    if finding.get("entry") is not None:
        where = _fill(QCoreApplication.translate("Findings", "entry %1"), str(finding["entry"]))
    elif finding.get("section") is not None:
        where = _fill(QCoreApplication.translate("Findings", "section %1"), str(finding["section"] + 1))
    label = finding.get("label") or ""
    if where and label:
        where += f" «{_short(label)}»"
    text = message_text(finding.get("message", ""))
    if where:
        return _fill(QCoreApplication.translate("Findings", "%1: %2: %3"), severity, where, text)
    return _fill(QCoreApplication.translate("Findings", "%1: %2"), severity, text)
