"""Per-user cache of parsed reportlab TrueType faces.

reportlab's TTFont() reads and parses the whole font file (cmap, widths, glyph offsets) on every
construction: about 30 ms for each 7-10 MB CJK face, in every process (bench/bench_fonts.py).
Here the parsed face is stored once in the user's cache directory as marshal data, the large
tables packed as flat integer arrays, and later processes restore it lazily: loading an entry
costs well under a millisecond, each big table is unpacked on first use (charToGlyph and
charWidths when text is measured; glyph offsets and metrics only when a PDF embeds a subset).
A face registered but never used costs almost nothing. Embedding a subset reads only the bytes
of the glyphs it holds from the font file, not the whole file (10 MB for a CJK face).

Entries are keyed by the font file's path, size and mtime, reportlab's and Python's versions and
FORMAT; they are written atomically, and any unreadable, stale or foreign entry is ignored (the
font is parsed as reportlab always does and the entry rewritten). marshal, unlike pickle, cannot
run code when loading, so a tampered cache file can at worst fail to load.

Why this cache exists although it relies on reportlab internals (the one start-up cache kept by
issue 10; the hyphenation, date and platypus shims were deleted): parsing the two CJK faces is
the largest single cost of a command-line export, about 0.22 s of 0.86 s CPU per process on the
loaded 2-core machine (whole-process A/B, 13 pairs), where the composer's target is 1.5x typst
(issue 11). There is no public route: a TTFont cannot be pickled (TTFontFile keeps a local lambda
as `_pdfScale`, TTFont a WeakKeyDictionary of per-document state), and registering faces lazily
saves nothing because every export uses both CJK faces. What it touches of reportlab: the
attribute dicts of TTFont and TTFontFace, and TTFontFace.read_ushort/read_short/get_table, which
CachedTTFontFace answers from the file. To keep that safe:
  * the key holds reportlab's version, so another reportlab never reads an entry written by this
    one; it parses the font itself and writes a new entry;
  * an entry is written only after it has been loaded back and shown to give the same widths,
    glyph ids and subset bytes as the parsed font (`_round_trips`); otherwise nothing is cached
    and every process parses, as reportlab does.
Isolation: `load_ttfont(..., cache_dir=...)` takes any folder; the default is the "fonts"
per-user cache of digest.paths, which follows JIANBAO_HOME (each test gets its own).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import marshal
import os
import re
import struct
import sys
import threading
import weakref
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from digest import paths

log = logging.getLogger(__name__)

FORMAT = 3  # bump when the stored layout changes
_MAGIC = b"JBFC"
_SKIP_FACE_ATTRS = ("_ttf_data", "_pdfScale", "_pos", "_reader")  # bytes, a lambda, cursor, file
_PACK_MIN = 64  # containers at least this long are packed and restored lazily
_unpack_lock = threading.Lock()


def default_cache_dir() -> Path:
    """Where parsed faces are kept: the "fonts" per-user cache (digest.paths)."""
    return paths.cache_dir("fonts")


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


def _is_int_pairs(value: list[Any]) -> bool:
    return all(type(v) is tuple and len(v) == 2 and _is_int(v[0]) and _is_int(v[1]) for v in value)


def _pack(value: Any) -> tuple[Any, ...]:
    """(kind, payload…) for one big container; kinds are restored by _unpack."""
    if isinstance(value, list) and value and _is_int_pairs(value):
        firsts = array("q", [a for a, _ in value]).tobytes()
        seconds = array("q", [b for _, b in value]).tobytes()
        return ("pairs", firsts, seconds)  # hmetrics: (advance, left side bearing) per glyph
    if isinstance(value, dict):
        keys, values = list(value), list(value.values())
        code = _number_code(values)
        if all(_is_int(k) for k in keys) and code:
            return ("dict", array("q", keys).tobytes(), code, array(code, values).tobytes())
    if isinstance(value, list):
        code = _number_code(value)
        if code:
            return ("list", code, array(code, value).tobytes())
    return ("marshal", marshal.dumps(value))  # e.g. glyphToChar (int -> list)


def _unpack(packed: tuple[Any, ...]) -> Any:
    kind = packed[0]
    if kind == "dict":
        _, keys, code, values = packed
        return dict(zip(array("q", keys), array(code, values), strict=True))
    if kind == "list":
        return array(packed[1], packed[2]).tolist()
    if kind == "pairs":
        return PairList(array("q", packed[1]), array("q", packed[2]))
    if kind == "marshal":
        return marshal.loads(packed[1])
    raise ValueError(f"unknown packed kind {kind!r}")


class PairList(Sequence[tuple[int, int]]):
    """A list of (a, b) int pairs kept as two flat arrays; a pair is made when it is read.

    hmetrics holds one (advance, lsb) pair per glyph, 23 000 in a CJK face: building them all
    costs 2-3 ms per face, and a subset reads a few hundred. Compares equal to the list it stands for.
    """

    __slots__ = ("_a", "_b")

    def __init__(self, a: array[int], b: array[int]) -> None:
        if len(a) != len(b):
            raise ValueError("pair arrays differ in length")
        self._a, self._b = a, b

    def __len__(self) -> int:
        return len(self._a)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return list(zip(self._a[index], self._b[index], strict=True))
        return (self._a[index], self._b[index])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PairList):
            return self._a == other._a and self._b == other._b
        if isinstance(other, Sequence):
            return len(other) == len(self) and all(x == y for x, y in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-list semantics: unhashable, like list

    def __repr__(self) -> str:
        return f"PairList({len(self)} pairs)"


class _FileRange:
    """Bytes [start, start + length) of a font file, read on demand by slicing (`r[a:b]`).

    Stands for a table of the file (the glyf table of a CJK face is 9 MB) where reportlab would
    slice a copy of it out of the whole file read into memory.
    """

    __slots__ = ("_face", "_length", "_start")

    def __init__(self, face: CachedTTFontFace, start: int, length: int) -> None:
        self._face, self._start, self._length = face, start, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: slice) -> bytes:
        if not isinstance(index, slice):
            raise TypeError("a font table range is read by slices")
        a, b, step = index.indices(self._length)
        if step != 1:
            raise ValueError("a font table range is read in steps of one")
        return self._face._read_at(self._start + a, max(0, b - a))


class CachedTTFontFace(TTFontFace):
    """A TTFontFace restored from the cache; big tables and the font bytes load on first use.

    Subsetting (makeSubset) reads the font through read_short/read_ushort and get_table, which
    reportlab answers from `_ttf_data`, the whole file in memory, slicing a fresh copy of the
    glyf table (most of the file) for every 256-character subset. Here those reads go to the file
    itself, for the bytes asked for: the glyphs a PDF embeds are a few hundred kilobytes.
    """

    def _read_at(self, pos: int, length: int) -> bytes:
        state = self.__dict__
        data = state.get("_ttf_data")
        if data is not None:  # already in memory (someone asked for _ttf_data)
            return bytes(data[pos : pos + length])
        reader = state.get("_reader")
        if reader is None:
            with _unpack_lock:
                reader = state.get("_reader")
                if reader is None:
                    reader = state["_reader"] = _PositionalReader(state["_font_path"], state["_font_size"])
        return reader.read(pos, length)

    # TTFontFile's read cursor (set by its seek()); declared for the type checker.
    _pos: int

    def read_ushort(self) -> int:
        self._pos += 2
        value: int = _USHORT.unpack(self._read_at(self._pos - 2, 2))[0]
        return value

    def read_short(self) -> int:
        self._pos += 2
        value: int = _SHORT.unpack(self._read_at(self._pos - 2, 2))[0]
        return value

    def get_table(self, tag: str) -> bytes | _FileRange:
        pos, length = self.get_table_pos(tag)
        if tag == "glyf" and "_ttf_data" not in self.__dict__:
            return _FileRange(self, pos, length)  # sliced glyph by glyph by makeSubset
        return self._read_at(pos, length)

    def __getattr__(self, attr: str) -> Any:
        # Only called for attributes missing from __dict__; __dict__ access avoids recursion. The
        # lock keeps a preview thread and the UI thread from unpacking the same table twice.
        state = self.__dict__
        with _unpack_lock:
            if attr in state:  # another thread restored it while we waited
                return state[attr]
            packed = state.get("_packed")
            if packed is not None and attr in packed:
                return _restore(state, packed, attr)
            if attr == "_ttf_data" and "_font_path" in state:  # tests, or reportlab code we do not expect
                data = Path(state["_font_path"]).read_bytes()
                if len(data) != state["_font_size"]:
                    raise OSError(f"{state['_font_path']} changed while in use")
                state["_ttf_data"] = data
                return data
        raise AttributeError(attr)


def _restore(state: dict[str, Any], packed: dict[str, tuple[Any, ...]], attr: str) -> Any:
    """Unpack one table into the face's __dict__ (the caller holds _unpack_lock)."""
    entry = packed[attr]
    if entry[0] == "keyed_like":  # charWidths: the keys of another table, mostly one value
        _, base, count, common, exceptions = entry
        keys = state[base] if base in state else _restore(state, packed, base)
        value = dict.fromkeys(itertools.islice(keys, count), common)  # its keys as stored
        value.update(_unpack(exceptions))
    else:
        value = _unpack(entry)
    state[attr] = value
    del packed[attr]
    return value


def _pack_like(value: dict[Any, Any], base: dict[Any, Any]) -> tuple[Any, ...] | None:
    """charWidths packed against charToGlyph's keys (the same code points): the widths' most
    common value for every key, then the others. Restoring it makes no new key objects and one
    value object, instead of two per code point (a CJK face has 23 000, nearly all 1000 wide)."""
    if len(value) < _PACK_MIN or value.keys() != base.keys():
        return None
    counts: dict[Any, int] = {}
    for width in value.values():
        counts[width] = counts.get(width, 0) + 1
    common = max(counts, key=counts.__getitem__)
    if not _is_int(common) and type(common) is not float:
        return None
    exceptions = {k: v for k, v in value.items() if v != common or type(v) is not type(common)}
    return ("keyed_like", "charToGlyph", len(base), common, _pack(exceptions))


_USHORT = struct.Struct(">H")
_SHORT = struct.Struct(">h")


class _PositionalReader:
    """Reads byte ranges of one file by position; safe to share between threads.

    The file stays open while the face lives (a face subsets once per PDF) and is closed with it.
    """

    def __init__(self, path: str, size: int) -> None:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._closer = weakref.finalize(self, os.close, fd)
        self._fd = fd
        self._lock = threading.Lock()
        self._path = path
        if os.fstat(fd).st_size != size:
            self._closer()
            raise OSError(f"{path} changed while in use")

    def read(self, pos: int, length: int) -> bytes:
        if length <= 0:
            return b""
        data: bytes
        if _pread is not None:
            data = _pread(self._fd, length, pos)
        else:  # no os.pread (Windows): seek and read under the lock
            with self._lock:
                os.lseek(self._fd, pos, os.SEEK_SET)
                data = os.read(self._fd, length)
        if len(data) != length:
            raise OSError(f"{self._path} changed while in use")
        return data


_pread: Callable[[int, int, int], bytes] | None = getattr(os, "pread", None)


def _encode_face(face: TTFontFace) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    packed: dict[str, tuple[Any, ...]] = {}
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
    widths, glyphs = face.__dict__.get("charWidths"), face.__dict__.get("charToGlyph")
    if isinstance(widths, dict) and isinstance(glyphs, dict) and "charToGlyph" in packed:
        like = _pack_like(widths, glyphs)
        if like is not None:
            packed["charWidths"] = like
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
    from digest.layout.shape import LigatureTTFont

    font = LigatureTTFont.__new__(LigatureTTFont)
    font.__dict__.update(record["font"])
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    paths.atomic_write(path, data)


def _prune(cache_dir: Path, name: str, keep: Path) -> None:
    """Drop older entries of the same font so the cache does not grow with every checkout."""
    pattern = re.compile(rf"{re.escape(name)}-[0-9a-f]{{20}}\.jbfc")
    for old in cache_dir.iterdir():
        if old != keep and pattern.fullmatch(old.name):
            old.unlink(missing_ok=True)


_PROBE = "Jianbao 简报，“中文”—2026 ÅÉß"


def _round_trips(parsed: TTFont, cached: TTFont) -> bool:
    """Does the restored face measure, map and subset the probe text exactly as the parsed one?"""
    try:
        codes = [ord(c) for c in _PROBE]
        glyphs_parsed = [parsed.face.charToGlyph.get(c) for c in codes]
        if [cached.face.charToGlyph.get(c) for c in codes] != glyphs_parsed:
            return False
        if cached.stringWidth(_PROBE, 10) != parsed.stringWidth(_PROBE, 10):
            return False
        subset = [0, *sorted({c for c, g in zip(codes, glyphs_parsed, strict=True) if g})]
        return cached.face.makeSubset(subset) == parsed.face.makeSubset(subset)
    except Exception as exc:  # anything reportlab does differently is a reason not to cache
        log.info("font cache round trip failed (%s)", exc)
        return False


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
    from digest.layout.shape import LigatureTTFont

    font = LigatureTTFont(name, str(font_path))
    if entry is not None:
        try:
            blob = _dump(font, font_path)
            if not _round_trips(font, _load(blob, name, font_path)):
                log.warning("font cache disabled for %s: this reportlab's faces do not round-trip", name)
                return font
            _write_atomic(entry, blob)
            _prune(directory, name, entry)
        except Exception as exc:  # read-only home, full disk, …: the parsed font still works
            log.info("font cache entry %s not written (%s)", entry, exc)
    return font
