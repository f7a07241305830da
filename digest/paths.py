"""Per-user folders (settings, data, caches) and the one atomic file write every writer uses.

Folders come from platformdirs (XDG on Linux, ~/Library on macOS, %LOCALAPPDATA% on Windows).
`JIANBAO_HOME`, when set, puts all three under one folder instead (a portable install, or a
clean slate for a test run): $JIANBAO_HOME/config, /data, /cache. Everything is read when
asked, never at import, so a change of the environment takes effect at once.

Caches (each a sub-folder of cache_dir(), safe to delete at any time):
    fonts        parsed font faces (digest/layout/font_cache.py)
    pinyin       first readings of pypinyin's table (digest/language/names.py)
Data: drafts/ holds the databases of untitled projects (digest/store).
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

APP = "jianbao"
HOME_ENV = "JIANBAO_HOME"
_STALE_TEMP_SECONDS = 600  # a temp file this old belongs to a write that was killed


def portable_home() -> Path | None:
    """$JIANBAO_HOME when set: the one folder holding settings, data and caches."""
    home = os.environ.get(HOME_ENV)
    return Path(home).expanduser() if home else None


def config_dir() -> Path:
    """The per-user settings folder."""
    home = portable_home()
    if home is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    """The per-user data folder (untitled drafts)."""
    home = portable_home()
    if home is not None:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir(kind: str = "") -> Path:
    """The per-user cache folder, or its sub-folder `kind` (fonts, pinyin)."""
    home = portable_home()
    if home is not None:
        root = home / "cache"
    else:
        import platformdirs

        root = Path(platformdirs.user_cache_dir(APP, appauthor=False))
    return root / kind if kind else root


# ---- atomic write ---------------------------------------------------------------------------------


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` so that a crash or an error leaves the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are fsynced, and the temporary file is
    renamed over the target (then the folder is fsynced, so the rename survives a power cut).
    A symbolic link is followed: its target file is replaced and the link stays a link. A new
    file gets the usual mode (0666 less the umask), a replaced one keeps its mode. Temporary files
    left by a write that was killed are swept away. Raises OSError; nothing changes then.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    tmp = folder / f"{_temp_prefix(target)}{os.getpid()}.{secrets.token_hex(4)}.tmp"
    # os.open applies the umask to 0o666, as open() does for a new file.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            try:  # keep the mode of the file being replaced
                mode = target.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = None
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        rename_over(tmp, target, synced=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sweep_stale_temps(target)


def rename_over(tmp: str | os.PathLike[str], target: str | os.PathLike[str], *, synced: bool = False) -> None:
    """Put the finished file `tmp` in place of `target` (same folder) so that it survives a power cut:
    fsync `tmp` (unless the writer did, `synced`), rename it over `target`, fsync the folder.

    The last step of every whole-file write: `atomic_write` for bytes, and the store's database
    builds (a new project, a copy, a conversion), which write their temporary file with SQLite.
    Raises OSError; `tmp` is then left for the caller to remove.
    """
    if not synced:
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_folder(Path(target).parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the platform allows)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; the rename is as durable as it gets there
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _sweep_stale_temps(target: Path) -> None:
    """Remove temp files of `target` from writes killed mid-way (old enough not to be a live writer's)."""
    prefix = _temp_prefix(target)
    cutoff = time.time() - _STALE_TEMP_SECONDS
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
            try:
                if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)
            except OSError:
                pass
