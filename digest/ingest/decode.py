"""Reading a page file: encoding detection, line endings, and clear errors for bad input.

Pages arrive as UTF-8 (with or without a BOM), GB18030/GBK or Big5. Strict UTF-8 is
tried first because it almost never decodes anything else by accident; GB18030 and
Big5 accept much of each other's byte sequences, so both decodes are scored by the
share of frequent Chinese characters and the more plausible one wins.
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

from digest.errors import PageImportError
from digest.ingest.common_chars import COMMON_HAN

MAX_PAGE_BYTES = 50 * 1024 * 1024

# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
# Candidate legacy codecs, in the order that wins a tie.
_LEGACY_CODECS = ("gb18030", "cp950", "big5hkscs")
# Below this share of frequent characters a decode is judged to be mojibake.
_MIN_PLAUSIBILITY = 0.2
_SAMPLE_CHARS = 200_000


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF.

    >>> normalise_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters of `text` that are frequent Chinese characters.

    >>> plausibility("我们的国家") > 0.9
    True
    >>> plausibility("abc")
    0.0
    """
    sample = text[:_SAMPLE_CHARS]
    wide = [ch for ch in sample if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    return sum(ch in COMMON_HAN for ch in wide) / len(wide)


def _looks_like_text(text: str) -> bool:
    """False when many characters are controls, unassigned or private-use: a wrong decode."""
    sample = text[:_SAMPLE_CHARS]
    odd = 0
    for ch in sample:
        if ch in "\n\t\f\v\x1b":
            continue
        if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") or ch in "\ufffd\ufffe\uffff":
            odd += 1
    return odd <= max(2, len(sample) // 50)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(data) // 50)


def decode_bytes(data: bytes, name: str = "page") -> str:
    """Decode a page's bytes to text with "\\n" line ends and no BOM (see decode_page).

    >>> decode_bytes("标题\\r\\n正文。".encode("gbk"))
    '标题\\n正文。'
    >>> decode_bytes(b"\\xef\\xbb\\xbfhello\\r")
    'hello\\n'
    """
    return decode_page(data, name)[0]


def decode_page(data: bytes, name: str = "page") -> tuple[str, list[str]]:
    """Decode a page's bytes; return the text and warnings about characters that were repaired.

    When the encoding is clear but a few bytes are damaged, each bad sequence becomes U+FFFD
    and a warning gives the line and column of the first few: one bad byte must not refuse a
    page. Text that is not clearly one encoding is refused with a PageImportError.

    >>> body = "全县新建高标准农田三万亩，粮食产量稳中有升。"
    >>> text, warnings = decode_page(f"标题\\n{body}".encode("utf-8") + b"\\xff" + body.encode("utf-8"))
    >>> text == f"标题\\n{body}\\ufffd{body}", warnings
    (True, ['page: 1 damaged character replaced by \\ufffd (line 2, column 23)'])
    """
    if not data:
        raise PageImportError(f"{name} is empty: there is no text to import.")
    if data.startswith(codecs.BOM_UTF8):
        text, errors = _lenient(data[len(codecs.BOM_UTF8) :], "utf-8")
        if not _clear(text, errors, data):
            raise PageImportError(f"{name} starts with a UTF-8 mark but is not valid UTF-8.")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, errors = _lenient(data, "utf-16")
        if not _clear(text, errors, data):
            raise PageImportError(f"{name} starts with a UTF-16 mark but is not valid UTF-16.")
    else:
        if _looks_binary(data):
            raise PageImportError(f"{name} looks like a binary file, not a text page.")
        text, errors = _decode_unmarked(data, name)
    text = normalise_newlines(text.lstrip("\ufeff"))
    if "\x00" in text or not _looks_like_text(text):
        raise PageImportError(f"{name} looks like a binary file, not a text page.")
    if not text.strip():
        raise PageImportError(f"{name} is empty: there is no text to import.")
    return text, _repair_warnings(text, errors, name)


def _tolerated(data: bytes) -> int:
    """How many damaged sequences a page of this size may have and still be clearly text."""
    return max(3, len(data) // 5000)


def _clear(text: str, errors: int, data: bytes) -> bool:
    """A decode with so few damaged sequences among good text that its encoding is clear."""
    return errors == 0 or (errors <= _tolerated(data) and errors * 20 <= len(text) - errors)


def _lenient(data: bytes, codec: str) -> tuple[str, int]:
    """The text decoded with damaged sequences replaced, and how many there were."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, errors="replace")
    return text, text.count("\ufffd") - data.decode(codec, errors="ignore").count("\ufffd")


def _repair_warnings(text: str, errors: int, name: str) -> list[str]:
    if errors <= 0:
        return []
    places: list[str] = []
    line, column = 1, 1
    for ch in text:
        if ch == "\ufffd":
            places.append(f"line {line}, column {column}")
            if len(places) == 5:
                break
        if ch == "\n":
            line, column = line + 1, 1
        else:
            column += 1
    more = " …" if errors > len(places) else ""
    noun = "character" if errors == 1 else "characters"
    return [f"{name}: {errors} damaged {noun} replaced by \ufffd ({'; '.join(places)}{more})"]


def _decode_unmarked(data: bytes, name: str) -> tuple[str, int]:
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError as exc:
        # A file cut inside its last character (a truncated copy) is still UTF-8.
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            try:
                return data[: exc.start].decode("utf-8"), 0
            except UnicodeDecodeError:
                pass
    text, errors = _lenient(data, "utf-8")
    if _clear(text, errors, data) and plausibility(text) >= _MIN_PLAUSIBILITY:
        return text, errors  # clearly UTF-8 with a few damaged bytes
    best: tuple[float, str, int] | None = None
    for codec in _LEGACY_CODECS:
        candidate, errors = _lenient(data, codec)
        if not _clear(candidate, errors, data):
            continue
        # Each damaged sequence costs as much as a few implausible characters.
        score = plausibility(candidate) - errors / max(1, len(candidate))
        if best is None or score > best[0] or (score == best[0] and errors < best[2]):
            best = (score, candidate, errors)
    if best is None:
        raise PageImportError(f"{name} cannot be decoded as UTF-8, GB18030/GBK or Big5 text.")
    score, text, errors = best
    wide = sum(ord(ch) > 0x7F for ch in text[:_SAMPLE_CHARS])
    if wide >= 20 and score < _MIN_PLAUSIBILITY:
        raise PageImportError(
            f"{name} is not readable Chinese text in UTF-8, GB18030/GBK or Big5 (wrong encoding or not text)."
        )
    return text, errors


def read_page(path: str | os.PathLike[str]) -> str:
    """Read and decode one page file; every problem is a PageImportError naming the file."""
    return read_page_text(path)[0]


def read_page_text(path: str | os.PathLike[str]) -> tuple[str, list[str]]:
    """Read and decode one page file: (text, warnings about repaired characters)."""
    page = Path(path)
    name = str(page)
    try:
        if not page.exists():
            raise PageImportError(f"{name}: no such file.")
        if page.is_dir():
            raise PageImportError(f"{name} is a folder, not a page file.")
        if not page.is_file():
            raise PageImportError(f"{name} is not a regular file (a device or pipe cannot be imported).")
        size = page.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise PageImportError(
                f"{name} is too large for a page ({size / 1024 / 1024:.0f} MB; at most "
                f"{MAX_PAGE_BYTES // 1024 // 1024} MB)."
            )
        with page.open("rb") as handle:
            # read(n) sets n bytes aside first: ask for the size found (and a byte more, to see a
            # file that grew meanwhile), not for the limit, or every page costs 50 MB to read.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(MAX_PAGE_BYTES + 1 - len(data))
    except PageImportError:
        raise
    except PermissionError:
        raise PageImportError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise PageImportError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > MAX_PAGE_BYTES:
        raise PageImportError(f"{name} is too large for a page (more than 50 MB).")
    return decode_page(data, page.name)
