"""English hyphenation in composed lines: breaks fall where pyphen's en_US dictionary allows them."""

from __future__ import annotations

import itertools

import pyphen
import pytest
from reportlab.lib.units import mm

from digest.layout import fonts
from digest.layout.compose import compose
from digest.layout.text_style import TextStyle
from tests.layout.test_compose import ENGLISH, WIDTHS_MM

DICTIONARY = pyphen.Pyphen(lang="en_US", left=2, right=3)


@pytest.fixture(scope="module")
def en() -> TextStyle:
    fonts.register_fonts()
    return TextStyle(size=10, leading=14, cjk_font=fonts.CJK_SERIF, latin_font=fonts.LATIN_SERIF, lang="en")


def _split_words(text: str, en: TextStyle) -> list[tuple[str, list[int]]]:
    """(word, offsets of its line breaks) for every word the composer hyphenated, over many measures."""
    found = []
    for width_mm in WIDTHS_MM:
        pieces: list[str] = []  # the hyphenated word so far, line by line
        for line in compose(text, en, width_mm * mm):
            tokens = line.text.split()
            if pieces:  # this line starts with the rest of a hyphenated word
                if not line.hyphenated or len(tokens) > 1:
                    pieces.append(tokens[0])
                    offsets = list(itertools.accumulate(len(p) for p in pieces[:-1]))
                    found.append(("".join(pieces), offsets))
                    pieces = []
                else:  # the word goes on to a third line
                    assert tokens[0].endswith("-"), line.text
                    pieces.append(tokens[0][:-1])
                    continue
            if line.hyphenated:
                assert tokens[-1].endswith("-"), line.text
                pieces = [tokens[-1][:-1]]
    return found


def _core(word: str) -> tuple[str, int]:
    """The word without surrounding punctuation, and how many characters went from its start."""
    lead = len(word) - len(word.lstrip("'\"‘“("))
    return word[lead:].rstrip(",.;:!?'\"’”)"), lead


def test_hyphenated_words_break_at_dictionary_points(en: TextStyle) -> None:
    found = _split_words(ENGLISH, en)
    assert len(found) > 10, "narrow measures should hyphenate some words"
    for word, offsets in found:
        core, lead = _core(word)
        assert core.isalpha() and core in ENGLISH, word
        for at in offsets:
            assert at - lead in DICTIONARY.positions(core), (word, offsets)
            assert at - lead >= 2 and len(core) - (at - lead) >= 3  # left 2, right 3


def test_long_words_in_narrow_columns(en: TextStyle) -> None:
    words = ("internationalisation", "characteristically")
    found = _split_words(" ".join(words * 6), en)
    assert {word for word, _ in found} == set(words)
    for word, offsets in found:
        assert offsets and all(at in DICTIONARY.positions(word) for at in offsets), (word, offsets)
