"""English hyphenation points: pyphen's, from patterns cached per user (digest/layout/hyphenation.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pyphen
import pytest

from digest.layout import hyphenation

ROOT = Path(__file__).resolve().parents[2]


def sample_words() -> list[str]:
    text = (ROOT / "tests" / "layout" / "test_flowables.py").read_text(encoding="utf-8")
    words = sorted({w for w in re.findall(r"[A-Za-z]{3,}", text)})
    return [*words, "hyphenation", "characterisation", "Internationalization", "UNESCO", "ab"]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("JIANBAO_HOME", str(tmp_path))
    monkeypatch.setattr(hyphenation, "_hyphenators", {})
    return tmp_path / "cache" / "hyphenation"


def test_points_are_pyphens(cache_dir) -> None:
    ours = hyphenation.hyphenator("en_US", left=2, right=3)
    theirs = pyphen.Pyphen(lang="en_US", left=2, right=3)
    words = sample_words()
    assert len(words) > 200
    assert any(ours(w) for w in words)
    for word in words:
        assert ours(word) == theirs.positions(word), word


def test_patterns_are_cached_and_reused(cache_dir, monkeypatch) -> None:
    first = hyphenation.hyphenator("en_US", 2, 3)("characterisation")
    [entry] = cache_dir.glob("hyph-*.jbhy")
    monkeypatch.setattr(hyphenation, "_hyphenators", {})
    monkeypatch.setattr(hyphenation, "_parse", lambda path: pytest.fail("parsed again"))
    assert hyphenation.hyphenator("en_US", 2, 3)("characterisation") == first
    assert entry.exists()


def test_a_damaged_cache_entry_is_replaced(cache_dir, monkeypatch) -> None:
    expected = pyphen.Pyphen(lang="en_US", left=2, right=3).positions("characterisation")
    hyphenation.hyphenator("en_US", 2, 3)
    [entry] = cache_dir.glob("hyph-*.jbhy")
    entry.write_bytes(b"JBHY" + b"\x00garbage")
    monkeypatch.setattr(hyphenation, "_hyphenators", {})
    assert hyphenation.hyphenator("en_US", 2, 3)("characterisation") == expected
    assert entry.read_bytes() != b"JBHY\x00garbage"


def test_an_unwritable_cache_still_hyphenates(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("JIANBAO_HOME", str(blocker / "home"))
    monkeypatch.setattr(hyphenation, "_hyphenators", {})
    expected = pyphen.Pyphen(lang="en_US", left=2, right=3).positions("characterisation")
    assert expected
    assert hyphenation.hyphenator("en_US", 2, 3)("characterisation") == expected
