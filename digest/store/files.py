"""Plain files around the database: telling a project file's kind safely, reading a JSON
document with limits, and sweeping the temp files of a database build that was killed.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from digest.errors import ProjectFileError

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_JSON_BYTES = 1 << 30  # a format-1 file of 50,000 articles is ~250 MB


def regular_file(path: Path) -> os.stat_result:
    """stat() of `path`, refusing what is not a regular file (a pipe would hang a read,
    /dev/zero would never end) with one clear line."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ProjectFileError(f"{path}: no such project file") from None
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ProjectFileError(f"{path} is a folder, not a project file")
    if not stat.S_ISREG(info.st_mode):
        raise ProjectFileError(f"{path} is not a regular file (a device, pipe or socket)")
    return info


def read_head(path: Path, size: int = 16) -> bytes:
    regular_file(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return os.read(fd, size)
    finally:
        os.close(fd)


def is_sqlite(path: Path) -> bool:
    return read_head(path) == SQLITE_HEADER


def read_json_document(path: Path) -> Any:
    """The parsed JSON of a (format-1) project file, or one clear ProjectFileError."""
    info = regular_file(path)
    if info.st_size > MAX_JSON_BYTES:
        raise ProjectFileError(f"{path} is too large for a Jianbao project ({info.st_size >> 20} MB)")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError(f"{path} is not a Jianbao project (not UTF-8 text)") from None
    return parse_json(text, str(path))


def parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            f"{name} is not a Jianbao project (corrupt JSON at line {exc.lineno})"
        ) from None
    except RecursionError:
        raise ProjectFileError(f"{name} is damaged (nested too deeply)") from None
    except ValueError as exc:  # e.g. a number of thousands of digits
        raise ProjectFileError(f"{name} is damaged ({str(exc)[:80]})") from None


# ---------------------------------------------------------------------------------------------
# Temp files of database builds (a conversion, a new file, a copy): files outside the database are
# written by digest.paths.atomic_write.
def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours
    return True


def sweep_stale_temps(path: Path) -> int:
    """Remove temp files a killed build of `path` left (named with their writer's pid, now gone)."""
    removed = 0
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return 0
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        parts = name[len(prefix) : -len(".tmp")].split(".")
        if not parts or not parts[0].isdigit() or _pid_alive(int(parts[0])):
            continue
        try:
            os.unlink(path.parent / name)
            removed += 1
        except OSError:
            pass
    return removed
