"""English desk rules: quotes, dashes and no-break spaces, as a print desk sets what was typed."""

from __future__ import annotations

import pytest

from digest.language.typography import NBSP, apply_desk_rules, straight_quotes


@pytest.mark.parametrize(
    ("typed", "set_as"),
    [
        ("People's", "People’s"),
        ('"Road doctors"', "“Road doctors”"),
        ("the '90s", "the ’90s"),
        ("'quoted' words", "‘quoted’ words"),
        ('He said: "It\'s done."', "He said: “It’s done.”"),
        ('("in brackets")', "(“in brackets”)"),
        ("a pause -- then", "a pause — then"),
        ("pages 10-12, 2020-2024", "pages 10–12, 2020–2024"),
        ("on 2026-11-28 against COVID-19", "on 2026-11-28 against COVID-19"),
        ("well-known near-zero-energy", "well-known near-zero-energy"),
        ("29.44 km and 3,000 m²", f"29.44{NBSP}km and 3,000{NBSP}m²"),
        ("CNY 1 billion", f"CNY{NBSP}1{NBSP}billion"),
        ("No. 5 on p. 12", f"No.{NBSP}5 on p.{NBSP}12"),
        ("5 kilometres, 3 men", "5 kilometres, 3 men"),
        ("", ""),
    ],
)
def test_desk_rules(typed: str, set_as: str) -> None:
    assert apply_desk_rules(typed) == set_as


def test_the_rules_are_idempotent_and_leave_no_straight_quote() -> None:
    text = 'The district\'s "1+3+N" model -- in 2020-2024 -- saved CNY 3 million.'
    once = apply_desk_rules(text)
    assert apply_desk_rules(once) == once
    assert straight_quotes(once) == 0 and straight_quotes(text) == 3
