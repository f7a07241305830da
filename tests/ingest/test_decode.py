"""Encodings, line endings and bad input: every copy of a page imports identically."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from digest.errors import PageImportError
from digest.ingest import decode, decode_bytes, import_page, read_page
from tests.ingest.ingest_helpers import DATA, PAGES, SAMPLE_PAGES, truth_shape


def _shapes(path: Path) -> list[dict]:
    return [truth_shape(a) for a in import_page(path)]


def _variants(text: str) -> dict[str, bytes]:
    utf8 = text.encode("utf-8")
    return {
        "gbk": text.encode("gbk"),
        "gb18030": text.encode("gb18030"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
        "bom": codecs.BOM_UTF8 + utf8,
        "bom-crlf-gbk-free": codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"),
        "utf16": text.encode("utf-16"),
    }


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_encoded_copies_import_identically(name: str, tmp_path: Path) -> None:
    source = PAGES / f"{name}.txt"
    text = source.read_text("utf-8")
    expected = _shapes(source)
    for label, data in _variants(text).items():
        copy = tmp_path / f"{name}.txt"
        copy.write_bytes(data)
        assert decode_bytes(data) == text, label
        assert _shapes(copy) == expected, label


def test_big5_traditional_page_imports_like_its_utf8_text(tmp_path: Path) -> None:
    text = (DATA / "xinmin-page-a.hant.txt").read_text("utf-8")
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(text.replace("\n", "\r\n").encode("cp950"))
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(text, "utf-8")
    assert read_page(big5) == text
    assert _shapes(big5) == _shapes(utf8)
    # Same page structure as the simplified original.
    simplified = _shapes(PAGES / "xinmin-page-a.txt")
    assert [a["kind"] for a in _shapes(big5)] == [a["kind"] for a in simplified]
    assert [len(a["paragraphs"]) for a in _shapes(big5)] == [len(a["paragraphs"]) for a in simplified]


def test_gbk_is_not_mistaken_for_big5() -> None:
    text = (PAGES / "wujin-page.txt").read_text("utf-8")
    data = text.encode("gbk")
    assert decode.plausibility(data.decode("gb18030")) > 0.5
    assert decode_bytes(data) == text


def test_short_gbk_text_decodes() -> None:
    assert decode_bytes("标题".encode("gbk")) == "标题"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n\r\n\t", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"text with a \x00 inside", "binary"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"abc", "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "UTF-8"),
    ],
)
def test_bad_bytes_raise_one_clear_sentence(data: bytes, words: str) -> None:
    with pytest.raises(PageImportError) as info:
        decode_bytes(data, "page.txt")
    message = str(info.value)
    assert words in message
    assert "page.txt" in message
    assert "\n" not in message


def test_undecodable_bytes_are_refused() -> None:
    # Bytes no codec accepts: 0xFF is invalid in UTF-8, GB18030 and Big5 alike.
    with pytest.raises(PageImportError, match=r"cannot be decoded|not readable"):
        decode_bytes(b"\xff\xff\xff\xff" * 50, "x.txt")


def test_mojibake_is_refused_rather_than_imported() -> None:
    # Valid multi-byte sequences in GB18030, but not Chinese text: random rare characters.
    rare = "".join(chr(c) for c in range(0x9F00, 0x9F60)).encode("gb18030") * 3
    with pytest.raises(PageImportError):
        decode_bytes(rare, "x.txt")


def test_read_page_errors_name_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PageImportError, match="no such file"):
        read_page(tmp_path / "missing.txt")
    with pytest.raises(PageImportError, match="folder"):
        read_page(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(PageImportError, match="not a regular file"):
        read_page(fifo)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    monkeypatch.setattr(decode, "MAX_PAGE_BYTES", 1000)
    with pytest.raises(PageImportError, match="too large") as info:
        read_page(big)
    assert "big.txt" in str(info.value)


def test_unreadable_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "locked.txt"
    page.write_text("标题\n\n正文。", "utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(PageImportError, match="permission denied") as info:
        read_page(page)
    assert "locked.txt" in str(info.value)


def test_utf8_cut_inside_its_last_character() -> None:
    text = (PAGES / "xinmin-page-a.txt").read_text("utf-8").rstrip()
    data = text.encode("utf-8")[:-1]  # the last character loses its last byte
    assert decode_bytes(data) == text[:-1]
