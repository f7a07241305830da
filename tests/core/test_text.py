"""digest/text.py: the one Han test, the one CJK test, the one counter (editor and preflight alike)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from digest import text
from digest.text import count_en_words, count_zh, is_cjk, is_han

# (character, is_han, is_cjk, why)
CLASSES = [
    ("中", True, True, "unified ideograph"),
    ("镕", True, True, "unified ideograph outside GB 2312"),
    ("\u9fff", True, True, "last of the unified block"),
    ("\u3400", True, True, "Extension A, first"),
    ("\u4dbf", True, True, "Extension A, last"),
    ("\uf900", True, True, "compatibility ideograph"),
    ("\U00020000", True, True, "Extension B, first (plane 2)"),
    ("\U0002a6df", True, True, "Extension B, last"),
    ("\U0002f800", True, True, "compatibility supplement"),
    ("\U00030000", True, True, "Extension G (plane 3)"),
    ("〇", True, True, "ideographic zero, as in 二〇二四年"),
    ("々", False, True, "Japanese iteration mark: CJK face, not a counted character"),
    ("⺀", False, True, "CJK radical: a symbol"),
    ("⿰", False, True, "ideographic description character"),
    ("，", False, True, "full-width comma"),
    ("。", False, True, "ideographic full stop"),
    ("（", False, True, "full-width bracket"),
    ("《", False, True, "book title mark"),
    ("\u3000", False, True, "ideographic space"),
    ("あ", False, True, "hiragana"),
    ("ア", False, True, "katakana"),
    ("ー", False, True, "katakana prolonged sound mark"),
    ("ㄅ", False, True, "bopomofo"),
    ("㎡", False, True, "CJK compatibility: square metre"),
    ("０", False, True, "full-width digit"),
    ("Ａ", False, True, "full-width letter"),
    ("“", False, False, "shared quote: the face of the surrounding text"),
    ("—", False, False, "shared dash"),
    ("…", False, False, "shared ellipsis"),
    ("·", False, False, "shared middle dot"),
    ("한", False, False, "Hangul: not a language of the digest"),
    ("A", False, False, "Latin"),
    ("é", False, False, "Latin-1"),
    ("1", False, False, "digit"),
    (",", False, False, "half-width comma"),
    ("€", False, False, "euro sign"),
    (" ", False, False, "space"),
    ("\U000e0001", False, False, "plane 14 tag: not Han"),
]


@pytest.mark.parametrize(("char", "han", "cjk", "why"), CLASSES, ids=[c[3] for c in CLASSES])
def test_character_classes(char: str, han: bool, cjk: bool, why: str) -> None:
    assert is_han(char) is han, why
    assert is_cjk(char) is cjk, why


def test_every_han_character_is_cjk_and_every_named_ideograph_is_han() -> None:
    for lo, hi in text.HAN_RANGES:
        for code in (lo, (lo + hi) // 2, hi):
            assert is_cjk(chr(code)), hex(code)
    for code in range(0x2E80, 0x40000):
        name = unicodedata.name(chr(code), "")
        if name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
            assert is_han(chr(code)), hex(code)
        elif code < 0x20000 and name and is_han(chr(code)):
            assert name == "IDEOGRAPHIC NUMBER ZERO" or unicodedata.category(chr(code)) == "Cn", name


def test_the_regex_class_agrees_with_is_han() -> None:
    import re

    pattern = re.compile(f"[{text.HAN_CLASS}]")
    for char, han, _, _ in CLASSES:
        assert bool(pattern.fullmatch(char)) is han, char


def test_compile_han_puts_the_one_class_in_a_pattern() -> None:
    pattern = text.compile_han(r"[\p{Han}]")
    for char, han, _, _ in CLASSES:
        assert bool(pattern.fullmatch(char)) is han, char
    assert text.compile_han(r"[\p{Han}·]{2,4}日报").findall("〇〇日报 㐀中日报 AB日报") == ["〇〇日报", "㐀中日报"]


# How a second home of "is this a Han character" is written: an escape or code of the unified
# ideographs' block ends (U+4E00, U+9FA5, U+9FFF), the same as literal characters, a width test.
_HAND_WRITTEN_HAN = re.compile(
    r"\\u4e00|\\u9f[af][f5]|0x4e00|0x9fa5|一-[龥鿿]|east_asian_width|def _?is_(?:han|cjk)\b",
    re.IGNORECASE,
)


def test_han_is_tested_in_one_place() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    files = [root / "main.py", *sorted((root / "digest").rglob("*.py")), *sorted((root / "ui").rglob("*.py"))]
    found = [
        f"{path.relative_to(root)}:{number}: {line.strip()[:80]}"
        for path in files
        if path != root / "digest" / "text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _HAND_WRITTEN_HAN.search(line)
    ]
    assert found == [], "use digest.text (is_han, is_cjk, HAN_CLASS, compile_han):\n" + "\n".join(found)
    assert _HAND_WRITTEN_HAN.search(r'x = re.compile("[\u4e00-\u9fff]")')
    assert _HAND_WRITTEN_HAN.search("    return 0x4E00 <= ord(ch) <= 0x9FFF")


def test_count_zh_counts_characters_not_punctuation_or_latin() -> None:
    assert count_zh("区政协“问诊”营商环境，助企服务体系再提升。") == 18
    assert count_zh("GDP增长6.5%") == 2
    assert count_zh("二〇二四年") == 5
    assert count_zh("今年1—9月，增长16.9%。ABC") == 5
    assert count_zh("") == 0


@pytest.mark.parametrize(
    ("sample", "words"),
    [
        ("Zürich firms", 2),  # ü is a letter: one word, not "Z" + "rich"
        ("U.S.-China trade", 2),  # U.S.-China is one word, as a word processor counts it
        ("CNY 148.13 billion, up 16.9% year-on-year.", 6),
        ("Wujin's output rose 16.9% to CNY 148.13 billion.", 8),
        ("new-energy vehicles", 2),
        ("2019–2024 plan", 2),  # an en dash joins a range
        ("growth—and jobs", 3),  # an unspaced em dash separates words
        ("growth – and jobs", 3),  # a spaced dash is no word
        ("Wujin (武进) district", 2),  # Chinese in English text is not an English word
        ("中文 only", 1),
        ("  ", 0),
        ("", 0),
    ],
)
def test_count_en_words(sample: str, words: int) -> None:
    assert count_en_words(sample) == words


def test_the_editor_and_preflight_count_with_the_same_functions() -> None:
    from digest import editorial, export

    assert editorial.count_zh is export.count_zh is count_zh
    assert editorial.count_en_words is export.count_en_words is count_en_words


def test_layout_does_not_import_the_importer_for_punctuation() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\nfrom digest.layout import compose\n"
        "compose.prepare_text('你好,世界', compose.TextStyle(10, 14, 'a', 'b', lang='zh'))\n"
        "print(any(m.startswith('digest.ingest') for m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
