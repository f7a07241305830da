"""Recovery copies of unsaved work: where they live, writing them atomically, finding them again.

One recovery file per project path (a hash of the absolute path names it), or one for an
untitled project. Beside each copy a small JSON note records which project it belongs to, so
the next start can offer it. A recovery copy counts only when it is newer than the project file.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from digest import paths, store
from digest.model import Project

UNTITLED = "untitled"


def recovery_dir() -> Path:
    """The folder for recovery copies, in the user's data folder."""
    return paths.data_dir() / "recovery"


def _stem(project_path: str | os.PathLike[str] | None) -> str:
    if project_path is None:
        return UNTITLED
    absolute = os.path.abspath(os.fspath(project_path))
    digest = hashlib.sha1(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{Path(absolute).stem[:40]}-{digest}"


def recovery_path(project_path: str | os.PathLike[str] | None) -> Path:
    """Where the recovery copy of `project_path` (None: an untitled project) is kept."""
    return recovery_dir() / (_stem(project_path) + store.SUFFIX)


def _note_path(copy: Path) -> Path:
    return copy.with_suffix(".json")


def write_recovery(project_path: str | os.PathLike[str] | None, text: str) -> Path:
    """Write `text` (a serialised project, store.dumps) as the recovery copy, atomically."""
    target = recovery_path(project_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    paths.atomic_write(target, text.encode("utf-8"))
    note = {
        "project": None if project_path is None else os.path.abspath(os.fspath(project_path)),
        "written": _dt.datetime.now().isoformat(timespec="seconds"),
    }
    paths.atomic_write(_note_path(target), json.dumps(note).encode("utf-8"))
    return target


def save_recovery(project_path: str | os.PathLike[str] | None, project: Project) -> Path:
    return write_recovery(project_path, store.dumps(project))


def discard_recovery(project_path: str | os.PathLike[str] | None) -> None:
    """Remove the recovery copy (after a save, or when the user discards the changes)."""
    target = recovery_path(project_path)
    for path in (target, _note_path(target)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


@dataclass(frozen=True)
class Recovery:
    path: Path  # the recovery copy
    project_path: Path | None  # the project it belongs to (None: untitled)
    written: _dt.datetime


def find_recovery(project_path: str | os.PathLike[str] | None) -> Recovery | None:
    """The recovery copy for `project_path` if there is one newer than the project file."""
    copy = recovery_path(project_path)
    try:
        copy_mtime = copy.stat().st_mtime
    except OSError:
        return None
    if project_path is not None:
        try:
            if Path(project_path).stat().st_mtime >= copy_mtime:
                return None
        except FileNotFoundError:
            pass
        except OSError:
            return None
    written = _dt.datetime.fromtimestamp(copy_mtime)
    return Recovery(copy, None if project_path is None else Path(os.path.abspath(project_path)), written)


def load_recovery(recovery: Recovery) -> Project:
    """The recovered project (raises ProjectFileError if the copy is damaged)."""
    return store.load(recovery.path)
