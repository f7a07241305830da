"""The terminology memory: a project's Chinese terms and their house English renderings.

A pair is a `GlossaryTerm` (digest.model): ``区政协 → the district CPPCC committee``. Its `en`
may list accepted alternatives after the house rendering, separated by ``|``
(``US dollars|US$|USD``): the first is what the editor's chip inserts; any of them satisfies
preflight; using two of them in one issue is a warning.

- Matching Chinese: `Glossary.find(text)` gives the terms in a text, longest match first and
  never overlapping (区政协 wins over 政协 inside 区政协委员).
- Matching English (`Glossary.used`): case-insensitive; a leading article of the rendering is
  optional (``the district CPPCC committee`` also matches ``a district CPPCC committee`` and
  ``district CPPCC committee``); its last word may take a plural ending (-s, -es, -y → -ies);
  words may be split by spaces, a no-break space or a hyphen; ’ reads as '. A rendering must
  stand as whole words (``won`` is not found in ``wonder``).
- CSV: `read_csv` / `write_csv`, header ``zh,en[,note]``, UTF-8 with or without a BOM; a bad
  row is one GlossaryError naming its line, and nothing is imported.
- Preflight (`check_entries`): a term in an entry's Chinese headline or summary whose renderings
  are all absent from the entry's English (``glossary-missing``); a term whose renderings differ
  between the entries of one issue, or within one entry (``glossary-inconsistent``).
- The seed (`seed_terms`): what the language desk already knows as fixed renderings, read from
  its tables (digest/language/vocabulary.py), not copied.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from digest.errors import JianbaoError
from digest.model import GlossaryTerm
from digest.text import is_han

__all__ = [
    "MAX_CSV_BYTES",
    "Glossary",
    "GlossaryError",
    "Hit",
    "Problem",
    "check_entries",
    "house_rendering",
    "make_term",
    "merge_terms",
    "read_csv",
    "renderings",
    "seed_terms",
    "write_csv",
]

HEADER = ("zh", "en", "note")
MAX_CSV_BYTES = 20 * 1024 * 1024  # a glossary of this size is a wrong file, not a glossary
ALTERNATIVES = "|"
_JOIN = " | "  # how make_term writes them (easier to read in the glossary window and the CSV)


class GlossaryError(JianbaoError):
    """A glossary pair or file that cannot be used; the message is one line for the user."""


# -- pairs ------------------------------------------------------------------------------------------


def renderings(term: GlossaryTerm) -> list[str]:
    """The house rendering first, then the accepted alternatives."""
    return [part.strip() for part in term.en.split(ALTERNATIVES) if part.strip()]


def house_rendering(term: GlossaryTerm) -> str:
    found = renderings(term)
    return found[0] if found else ""


def make_term(zh: str, en: str, note: str = "") -> GlossaryTerm:
    """A checked pair (spaces around the parts removed); GlossaryError says what is wrong."""
    zh, note = zh.strip(), " ".join(note.split())
    parts = [" ".join(part.split()) for part in en.split(ALTERNATIVES)]
    parts = [part for part in parts if part]
    if not zh:
        raise GlossaryError("the Chinese term is empty")
    if "\n" in zh or "\r" in zh or len(zh) > 100:
        raise GlossaryError(f"«{zh[:20]}» is not a term (a line break, or over 100 characters)")
    if not any(is_han(ch) for ch in zh):
        raise GlossaryError(f"«{zh[:20]}» has no Chinese character (are the columns swapped?)")
    if not parts:
        raise GlossaryError(f"the English for «{zh}» is empty")
    if any(len(part) > 200 for part in parts):
        raise GlossaryError(f"the English for «{zh}» is over 200 characters")
    return GlossaryTerm(zh=zh, en=_JOIN.join(parts), note=note)


def merge_terms(
    existing: Sequence[GlossaryTerm], new: Iterable[GlossaryTerm]
) -> tuple[list[GlossaryTerm], int, int]:
    """`existing` with `new` pairs added; a new pair replaces the one with the same Chinese in
    place. Returns (merged, added, replaced)."""
    merged = list(existing)
    where = {term.zh: i for i, term in enumerate(merged)}
    added = replaced = 0
    for term in new:
        if term.zh in where:
            if merged[where[term.zh]] != term:
                replaced += 1
            merged[where[term.zh]] = term
        else:
            where[term.zh] = len(merged)
            merged.append(term)
            added += 1
    return merged, added, replaced


# -- matching ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    term: GlossaryTerm


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD_GAP = r"[\s\-]+"  # \s covers the no-break space the desk rules put in


def _plural(word: str) -> str:
    """A pattern for `word` and its regular plurals."""
    escaped = re.escape(word)
    if not word[-1:].isalpha():
        return escaped
    if word[-1] in "yY" and len(word) > 1 and word[-2].lower() not in "aeiou":
        return f"(?:{escaped}|{re.escape(word[:-1])}ies)"
    return f"{escaped}(?:s|es)?"


@functools.lru_cache(maxsize=65536)
def _english_pattern(rendering: str) -> re.Pattern[str]:
    text = rendering.replace("’", "'")
    article = _ARTICLE.match(text)
    body = text[article.end() :] if article else text
    words = body.split()
    if not words:
        words = [text]
    parts = [re.escape(w) for w in words[:-1]] + [_plural(words[-1])]
    pattern = _WORD_GAP.join(parts)
    if article:
        pattern = r"(?:(?:the|a|an)\s+)?" + pattern
    if text[:1].isalnum():
        pattern = r"(?<![\w])" + pattern
    if words[-1][-1:].isalnum():
        pattern += r"(?![\w])"
    return re.compile(pattern, re.IGNORECASE)


def _clue(rendering: str) -> str:
    """A piece of text every match of `rendering` contains (lower case): its first word after
    any article, less a final y (city → cities)."""
    text = rendering.replace("’", "'")
    article = _ARTICLE.match(text)
    words = (text[article.end() :] if article else text).split() or [text]
    first = words[0].lower()
    return first[:-1] if len(words) == 1 and first.endswith("y") and len(first) > 1 else first


def _longest_first(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Of (start, end, key) spans, the longest first, then the leftmost; none overlapping."""
    taken: list[tuple[int, int, int]] = []
    for start, end, key in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2])):
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, key))
    return sorted(taken)


class Glossary:
    """Terms indexed for matching (build one per change of the glossary; matching is cheap)."""

    def __init__(self, terms: Iterable[GlossaryTerm]) -> None:
        self.terms = list(terms)
        self._by_first: dict[str, list[int]] = {}
        for i, term in enumerate(self.terms):
            if term.zh:
                self._by_first.setdefault(term.zh[0], []).append(i)

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, text: str) -> list[Hit]:
        """The glossary terms in Chinese `text`, in text order (longest match first, no overlaps)."""
        spans: list[tuple[int, int, int]] = []
        for start, ch in enumerate(text):
            for i in self._by_first.get(ch, ()):
                zh = self.terms[i].zh
                if text.startswith(zh, start):
                    spans.append((start, start + len(zh), i))
        return [Hit(start, end, self.terms[i]) for start, end, i in _longest_first(spans)]

    def terms_in(self, text: str) -> list[GlossaryTerm]:
        """Each term found in `text` once, in order of first appearance."""
        seen: dict[str, GlossaryTerm] = {}
        for hit in self.find(text):
            seen.setdefault(hit.term.zh, hit.term)
        return list(seen.values())

    @staticmethod
    def used(term: GlossaryTerm, english: str) -> list[str]:
        """Which renderings of `term` occur in `english` (house rendering order; a longer match
        hides a shorter one inside it: ``the district CPPCC committee`` is not also
        ``the district CPPCC``)."""
        options = renderings(term)
        text = english.replace("’", "'")
        lowered = text.lower()
        spans = [
            (m.start(), m.end(), k)
            for k, rendering in enumerate(options)
            if _clue(rendering) in lowered  # most renderings are absent: skip their pattern
            for m in _english_pattern(rendering).finditer(text)
        ]
        keys = sorted({key for _, _, key in _longest_first(spans)})
        return [options[k] for k in keys]


# -- preflight --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One glossary finding about entry `entry` (an index into the entries checked)."""

    code: str  # "glossary-missing" | "glossary-inconsistent" (digest.export.MESSAGES)
    entry: int
    params: dict[str, str | int]


def check_entries(terms: Sequence[GlossaryTerm], entries: Sequence[tuple[str, str, int]]) -> list[Problem]:
    """Glossary findings for the entries of one issue, each given as (Chinese headline and
    summary, English headline and summary, entry number shown to people).

    glossary-missing: a term in the Chinese none of whose renderings is in the English (only
    when the entry has English at all: an empty one is preflight's own error).
    glossary-inconsistent: the entries whose Chinese has the term use two or more of its
    renderings; each entry using one other than the reference (the house rendering if any
    entry uses it, otherwise the first used) is named, with where the reference is used.
    """
    if not terms:
        return []
    glossary = Glossary(terms)
    problems: list[Problem] = []
    usage: dict[str, list[tuple[int, list[str]]]] = {}  # zh -> (entry index, renderings used)
    by_zh = {term.zh: term for term in terms}
    for index, (chinese, english, _number) in enumerate(entries):
        for term in glossary.terms_in(chinese):
            used = Glossary.used(term, english) if english.strip() else []
            if english.strip() and not used:
                problems.append(
                    Problem("glossary-missing", index, {"term": term.zh, "rendering": house_rendering(term)})
                )
            if used:
                usage.setdefault(term.zh, []).append((index, used))
    for zh, uses in usage.items():
        distinct = {r for _, used in uses for r in used}
        if len(distinct) < 2:
            continue
        house = house_rendering(by_zh[zh])
        reference = house if house in distinct else uses[0][1][0]
        first_ref = next(i for i, used in uses if reference in used)
        for index, used in uses:
            for rendering in used:
                if rendering != reference:
                    problems.append(
                        Problem(
                            "glossary-inconsistent",
                            index,
                            {
                                "term": zh,
                                "rendering": rendering,
                                "other": reference,
                                "other_entry": entries[first_ref][2],
                            },
                        )
                    )
    problems.sort(key=lambda p: (p.entry, p.code))
    return problems


# -- CSV --------------------------------------------------------------------------------------------


def read_csv(data: bytes, name: str = "glossary") -> list[GlossaryTerm]:
    """Pairs from a CSV file's bytes (header zh,en[,note]). Any bad row raises GlossaryError
    (one line naming the file and the line); nothing is returned half-read."""
    if len(data) > MAX_CSV_BYTES:
        raise GlossaryError(f"{name} is too large for a glossary ({len(data) // 1_048_576} MB)")
    if b"\x00" in data[:65536]:
        raise GlossaryError(f"{name} is not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(f"{name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 CSV") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    terms: list[GlossaryTerm] = []
    lines: dict[str, int] = {}
    header_seen = False
    try:
        for row in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if not header_seen:
                if tuple(c.lower() for c in cells) not in (HEADER[:2], HEADER):
                    shown = ",".join(cells)[:40]
                    raise GlossaryError(
                        f"{name}: line {line} must be the header zh,en or zh,en,note, not «{shown}»"
                    )
                header_seen = True
                continue
            if len(cells) > 3:
                raise GlossaryError(
                    f"{name}: line {line} has {len(cells)} columns, at most 3 (put a comma inside a field in quotes)"
                )
            if len(cells) < 2:
                raise GlossaryError(f"{name}: line {line} has no English column")
            try:
                term = make_term(cells[0], cells[1], cells[2] if len(cells) > 2 else "")
            except GlossaryError as exc:
                raise GlossaryError(f"{name}: line {line}: {exc}") from None
            if term.zh in lines:
                raise GlossaryError(f"{name}: line {line}: «{term.zh}» is already on line {lines[term.zh]}")
            lines[term.zh] = line
            terms.append(term)
    except csv.Error as exc:
        raise GlossaryError(f"{name}: line {reader.line_num} is malformed ({exc})") from None
    if not header_seen:
        raise GlossaryError(f"{name} is empty (a glossary starts with the header zh,en,note)")
    return terms


def write_csv(terms: Iterable[GlossaryTerm]) -> bytes:
    """The pairs as CSV, UTF-8 with a BOM (so spreadsheet programs read the Chinese right)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for term in terms:
        writer.writerow((term.zh, term.en, term.note))
    return out.getvalue().encode("utf-8-sig")


# -- the seed ---------------------------------------------------------------------------------------

SEED_NOTE = "language desk"
# Units every summary uses in many ways (three days, over the weekend): no house rendering.
_EVERYDAY_UNITS = frozenset(
    {"hour", "minute", "second", "day", "week", "month", "person", "time", "visit", "litre"}
)


def _regular_plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    return word + "s"


@functools.cache
def _seed() -> tuple[GlossaryTerm, ...]:
    from digest.language import vocabulary as v

    found: dict[str, GlossaryTerm] = {}

    def add(zh: str, en: str) -> None:
        if zh not in found:
            found[zh] = GlossaryTerm(zh, en, SEED_NOTE)

    # Foreign currencies: the words, the symbol and the code the figures desk writes.
    for zh, (kind, code) in v.UNITS.items():
        if kind == "cur" and isinstance(code, str) and code in v.CURRENCY_WORDS:
            add(zh, _JOIN.join(dict.fromkeys((v.CURRENCY_WORDS[code], v.CURRENCY_SYMBOLS[code], code))))
    # Measures with a fixed English word (not the everyday time words).
    for zh, (kind, english) in v.UNITS.items():
        if (
            kind == "word"
            and isinstance(english, tuple)
            and len(zh) >= 2
            and english[0] not in _EVERYDAY_UNITS
        ):
            if zh.startswith("个") and zh[1:] in v.UNITS:
                continue  # 个百分点: 百分点 covers it
            add(zh, english[0])
    # Counted nouns of three or more characters (the two-character ones, 问题 issue, 活动 event,
    # are everyday words with many renderings); regular plurals only, which matching tolerates.
    for zh, (singular, plural) in v.NOUNS.items():
        if len(zh) >= 3 and plural in (singular, _regular_plural(singular)):
            add(zh, singular)
    return tuple(found.values())


def seed_terms() -> list[GlossaryTerm]:
    """A new project's glossary: the language desk's fixed renderings (fresh copies)."""
    return [GlossaryTerm(t.zh, t.en, t.note) for t in _seed()]
