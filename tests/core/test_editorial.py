"""digest.editorial: counting, length status, warnings, lineup moves, helper insertion — no Qt
involved."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest import editorial
from digest.editorial import LengthStatus, Warning_
from digest.model import Entry, Issue, LengthTargets, Section


def test_entry_length_against_targets():
    targets = LengthTargets(zh_min=5, zh_max=10, en_min=3, en_max=5)
    entry = Entry("a", summary_zh="武进区新能源汽车产业", summary_en="one two")
    length = editorial.entry_length(entry, targets)
    assert (length.zh_count, length.zh_status) == (10, LengthStatus.OK)
    assert (length.en_count, length.en_status) == (2, LengthStatus.SHORT)
    entry.summary_en = "one two three four five six"
    assert editorial.entry_length(entry, targets).en_status is LengthStatus.LONG


def test_missing_translation_warnings():
    assert editorial.entry_warnings(Entry("a", "标题", "Headline", "摘要", "Summary")) == []
    only_zh = Entry("a", headline_zh="标题", summary_zh="摘要")
    assert editorial.entry_warnings(only_zh) == [
        Warning_.UNTRANSLATED_HEADLINE,
        Warning_.UNTRANSLATED_SUMMARY,
    ]
    assert editorial.missing_languages(only_zh) == (False, True)
    empty = Entry("a")
    assert Warning_.MISSING_SUMMARY_EN in editorial.entry_warnings(empty)
    assert editorial.missing_languages(empty) == (False, False)


def _issue(*sections: str) -> Issue:
    return Issue(sections=[Section(entries=[Entry(c) for c in letters]) for letters in sections])


def _ids(issue: Issue) -> list[list[str]]:
    return [[e.article_id for e in s.entries] for s in issue.sections]


def test_move_entry_within_and_across_sections():
    issue = _issue("abc", "de")
    assert editorial.move_entry(issue, (0, 2), (0, 0)) == (0, 0)
    assert _ids(issue) == [["c", "a", "b"], ["d", "e"]]
    assert editorial.move_entry(issue, (0, 0), (1, 1)) == (1, 1)
    assert _ids(issue) == [["a", "b"], ["d", "c", "e"]]
    assert editorial.position_of(issue, "c") == (1, 1)


def test_insert_and_remove_clamp_and_create_a_section():
    issue = Issue()
    assert editorial.insert_entry(issue, Entry("x")) == (0, 0)
    assert editorial.insert_entry(issue, Entry("y"), (5, 9)) == (0, 1)
    assert editorial.remove_entry(issue, (0, 0)).article_id == "x"
    assert _ids(issue) == [["y"]]


def test_step_and_section_moves():
    issue = _issue("ab", "c")
    assert editorial.step_position(issue, (0, 1), 1) == (1, 0)
    assert editorial.step_position(issue, (1, 0), 1) is None
    assert editorial.place_entry(issue, (0, 1), (1, 0)) == (1, 0)
    assert _ids(issue) == [["a"], ["b", "c"]]
    assert editorial.move_section(issue, 1, 0) == 0
    assert _ids(issue) == [["b", "c"], ["a"]]


@settings(deadline=None, max_examples=60)
@given(st.lists(st.integers(0, 3), min_size=1, max_size=5), st.data())
def test_moves_never_lose_or_duplicate_entries(sizes, data):
    counter = iter("abcdefghijklmnopqrstuvwxyz")
    issue = Issue(sections=[Section(entries=[Entry(next(counter)) for _ in range(n)]) for n in sizes])
    before = sorted(e.article_id for e in issue.entries())
    positions = [(s, r) for s, n in enumerate(sizes) for r in range(n)]
    if not positions:
        return
    source = data.draw(st.sampled_from(positions))
    target_section = data.draw(st.integers(0, len(sizes) - 1))
    target_row = data.draw(st.integers(0, sizes[target_section]))
    moved = editorial.entry_at(issue, source).article_id
    final = editorial.move_entry(issue, source, (target_section, target_row))
    assert sorted(e.article_id for e in issue.entries()) == before
    assert editorial.entry_at(issue, final).article_id == moved


@pytest.mark.parametrize(
    ("text", "cursor", "selection", "insert", "expected"),
    [
        ("By today", 2, None, "Wu Mengting", "By Wu Mengting today"),
        ("Output rose", 11, None, "16.9%", "Output rose 16.9%"),
        ("rose  in", 5, None, "sharply", "rose sharply in"),
        ("Sales of units", 9, (6, 8), "from", "Sales from units"),
        ("记者某某报道", 4, (2, 4), "吴梦婷", "记者吴梦婷报道"),
        ("记者报道", 2, None, "吴梦婷", "记者吴梦婷报道"),
        ("", 0, None, "Wu Mengting", "Wu Mengting"),
        ("(by)", 1, None, "Wu", "(Wu by)"),
    ],
)
def test_insert_helper_text_replaces_only_the_selection(text, cursor, selection, insert, expected):
    result = editorial.insert_helper_text(text, cursor, insert, selection)
    assert result.text == expected
    assert result.text[result.start : result.cursor].strip() == insert
    # Every character outside the selection survives, in order.
    kept = text if selection is None else text[: min(selection)] + text[max(selection) :]
    remaining = iter(result.text)
    assert all(char in remaining for char in kept)


def test_core_modules_of_the_editor_do_not_import_qt():
    import subprocess
    import sys

    code = "import sys, digest.editorial, digest.store; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
