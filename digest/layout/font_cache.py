"""Per-user cache of parsed reportlab TrueType faces.

reportlab's TTFont() reads and parses the whole font file (cmap, widths, glyph offsets) on every
construction: about 30 ms for each 7-10 MB CJK face, in every process (bench/bench_fonts.py).
Here the parsed face is stored once in the user's cache directory as marshal data, the large
tables packed as flat integer arrays, and later processes restore it lazily: loading an entry
costs well under a millisecond, each big table is unpacked on first use (charToGlyph and
charWidths when text is measured; glyph offsets, metrics and the font bytes only when a PDF
embeds a subset). A face registered but never used costs almost nothing.

Entries are keyed by the font file's path, size and mtime, reportlab's and Python's versions and
FORMAT; they are written atomically, and any unreadable, stale or foreign entry is ignored (the
font is parsed as reportlab always does and the entry rewritten). marshal, unlike pickle, cannot
run code when loading, so a tampered cache file can at worst fail to load.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

log = logging.getLogger(__name__)

FORMAT = 2  # bump when the stored layout changes
_MAGIC = b"JBFC"
_SKIP_FACE_ATTRS = ("_ttf_data", "_pdfScale", "_pos")  # raw bytes, a lambda, a read cursor
_PACK_MIN = 64  # containers at least this long are packed and restored lazily
_unpack_lock = threading.Lock()


def default_cache_dir() -> Path:
    """Where parsed faces are kept: $JIANBAO_FONT_CACHE if set, else the per-user cache dir."""
    override = os.environ.get("JIANBAO_FONT_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("jianbao")) / "fonts"


def cache_path(name: str, font_path: Path, cache_dir: Path) -> Path:
    """The cache entry for `font_path` registered as `name`, in the file's present version."""
    stat = font_path.stat()
    key = "|".join(
        (
            str(FORMAT),
            name,
            str(font_path.resolve()),
            str(stat.st_size),
            str(stat.st_mtime_ns),
            REPORTLAB_VERSION,
            sys.version,
        )
    )
    return cache_dir / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.jbfc"


def _scale(units_per_em: int) -> Callable[[float], float]:
    """reportlab's font-unit -> 1/1000 em scaler (a lambda there, so it is rebuilt, not stored)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


# --- packing: flat arrays for int->number dicts and number lists, marshal for the rest ---------


def _is_int(value: Any) -> bool:
    return type(value) is int


def _number_code(values: list[Any]) -> str | None:
    if all(_is_int(v) for v in values):
        return "q"
    if all(type(v) in (int, float) for v in values):
        return "d"
    return None


def _pack(value: Any) -> tuple:
    """(kind, payload…) for one big container; kinds are restored by _unpack."""
    if isinstance(value, dict):
        keys, values = list(value), list(value.values())
        code = _number_code(values)
        if all(_is_int(k) for k in keys) and code:
            return ("dict", array("q", keys).tobytes(), code, array(code, values).tobytes())
    if isinstance(value, list):
        code = _number_code(value)
        if code:
            return ("list", code, array(code, value).tobytes())
    return ("marshal", marshal.dumps(value))  # e.g. hmetrics (pairs), glyphToChar (int -> list)


def _unpack(packed: tuple) -> Any:
    kind = packed[0]
    if kind == "dict":
        _, keys, code, values = packed
        return dict(zip(array("q", keys), array(code, values), strict=True))
    if kind == "list":
        return array(packed[1], packed[2]).tolist()
    if kind == "marshal":
        return marshal.loads(packed[1])
    raise ValueError(f"unknown packed kind {kind!r}")


class CachedTTFontFace(TTFontFace):
    """A TTFontFace restored from the cache; big tables and the font bytes load on first use."""

    def __getattr__(self, attr: str) -> Any:
        # Only called for attributes missing from __dict__; __dict__ access avoids recursion. The
        # lock keeps a preview thread and the UI thread from unpacking the same table twice.
        state = self.__dict__
        with _unpack_lock:
            if attr in state:  # another thread restored it while we waited
                return state[attr]
            packed = state.get("_packed")
            if packed is not None and attr in packed:
                value = state[attr] = _unpack(packed[attr])
                del packed[attr]
                return value
            if attr == "_ttf_data" and "_font_path" in state:
                data = Path(state["_font_path"]).read_bytes()
                if len(data) != state["_font_size"]:
                    raise OSError(f"{state['_font_path']} changed while in use")
                state["_ttf_data"] = data
                return data
        raise AttributeError(attr)


def _encode_face(face: TTFontFace) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    packed: dict[str, tuple] = {}
    names: dict[str, tuple[bytes, str | None]] = {}
    for attr, value in face.__dict__.items():
        if attr in _SKIP_FACE_ATTRS:
            continue
        if isinstance(value, TTFNameBytes):
            names[attr] = (bytes(value), getattr(value, "ustr", None))
        elif isinstance(value, dict | list) and len(value) >= _PACK_MIN:
            packed[attr] = _pack(value)
        else:
            plain[attr] = value
    return {"plain": plain, "packed": packed, "names": names}


def _dump(font: TTFont, font_path: Path) -> bytes:
    extra = {}
    for attr, value in font.__dict__.items():
        if attr in ("face", "state", "encoding"):
            continue
        extra[attr] = value
    if not isinstance(font.encoding, TTEncoding):
        raise TypeError("unexpected TTFont encoding")
    record = {
        "format": FORMAT,
        "font": extra,
        "face": _encode_face(font.face),
        "size": font_path.stat().st_size,
    }
    return _MAGIC + marshal.dumps(record)  # raises ValueError on anything not plain data


def _load(blob: bytes, name: str, font_path: Path) -> TTFont:
    if not blob.startswith(_MAGIC):
        raise ValueError("not a Jianbao font cache entry")
    record = marshal.loads(memoryview(blob)[len(_MAGIC) :])
    if record.get("format") != FORMAT or record["font"].get("fontName") != name:
        raise ValueError("entry is for another font or format")
    encoded = record["face"]
    face = CachedTTFontFace.__new__(CachedTTFontFace)
    state = face.__dict__
    state.update(encoded["plain"])
    for attr, (raw, text) in encoded["names"].items():
        value = TTFNameBytes(raw)
        if text is not None:
            value.ustr = text
        state[attr] = value
    state["_packed"] = dict(encoded["packed"])
    state["_font_path"] = str(font_path)
    state["_font_size"] = record["size"]
    state["_pos"] = 0
    state["_pdfScale"] = _scale(state["unitsPerEm"])
    font = TTFont.__new__(TTFont)
    font.__dict__.update(record["font"])
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune(cache_dir: Path, name: str, keep: Path) -> None:
    """Drop older entries of the same font so the cache does not grow with every checkout."""
    pattern = re.compile(rf"{re.escape(name)}-[0-9a-f]{{20}}\.jbfc")
    for old in cache_dir.iterdir():
        if old != keep and pattern.fullmatch(old.name):
            old.unlink(missing_ok=True)


def load_ttfont(name: str, font_path: Path, cache_dir: Path | None = None) -> TTFont:
    """A reportlab TTFont for `font_path` named `name`, from the cache when it is valid.

    Never fails because of the cache: a missing, stale, corrupt or unwritable cache only means
    the font is parsed as reportlab always does.
    """
    font_path = Path(font_path)
    directory = default_cache_dir() if cache_dir is None else Path(cache_dir)
    try:
        entry: Path | None = cache_path(name, font_path, directory)
    except OSError:
        entry = None  # font file missing: TTFont below raises its own clear error
    if entry is not None:
        try:
            return _load(entry.read_bytes(), name, font_path)
        except FileNotFoundError:
            pass
        except Exception as exc:  # corrupt, truncated, foreign: parse instead
            log.info("font cache entry %s unusable (%s); parsing the font", entry, exc)
    font = TTFont(name, str(font_path))
    if entry is not None:
        try:
            _write_atomic(entry, _dump(font, font_path))
            _prune(directory, name, entry)
        except Exception as exc:  # read-only home, full disk, …: the parsed font still works
            log.info("font cache entry %s not written (%s)", entry, exc)
    return font
