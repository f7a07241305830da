"""The project store: a `.jianbao` file is an SQLite database (WAL journal, schema in
`schema`, every statement in `repository`).

- `open_project(path)` gives a ProjectStore: an open connection that the editor writes each
  change through as it happens. A format-1 JSON project is converted in place on the way and
  its original kept beside it as `NAME.jianbao.v1.json`.
- `load(path)` reads a whole project (database or JSON) without changing the file.
- `save(project, path)` writes a whole project as a database.
- `dumps` / `loads` / `dump(path)` are the JSON interchange document (see `interchange`).

Every failure a user can meet (not a project, damaged, a newer schema, a pipe or device,
a read-only folder, a project open in another editor) is one ProjectFileError line.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import urllib.parse
from collections.abc import Callable, Hashable
from pathlib import Path

from digest.errors import ProjectFileError
from digest.model import Project
from digest.paths import rename_over
from digest.store import files, schema
from digest.store.interchange import FORMAT, FORMAT_VERSION, dumps, loads
from digest.store.reader import Answer, LatestReader
from digest.store.repository import Repository, SearchFilters
from digest.store.writer import Writer

try:
    import fcntl
except ImportError:  # Windows: no editor lock (the database's own locking still applies)
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".jianbao"
LEGACY_SUFFIX = ".v1.json"
BUSY_TIMEOUT_MS = 15_000

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "LEGACY_SUFFIX",
    "SUFFIX",
    "LatestReader",
    "ProjectInUseError",
    "ProjectStore",
    "Repository",
    "SearchFilters",
    "Writer",
    "copy_project",
    "dump",
    "dumps",
    "load",
    "loads",
    "open_project",
    "save",
]


class ProjectInUseError(ProjectFileError):
    """Another editor has the project open."""


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit); mode ro, rw or rwc."""
    uri = "file:" + urllib.parse.quote(str(path)) + f"?mode={mode}"
    try:
        conn = sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path}: cannot open ({exc})") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise ProjectFileError(f"{path} is not a Jianbao project ({exc})") from None
    return conn


def _check(repo: Repository, path: Path) -> int:
    """Refuse a foreign or newer database; return its schema version."""
    try:
        app_id = repo.application_id()
        version = repo.user_version()
        tables = repo.table_names()
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(f"{path} is damaged or not a Jianbao project ({exc})") from None
    if app_id != schema.APPLICATION_ID:
        raise ProjectFileError(f"{path} is an SQLite database of another program, not a Jianbao project")
    if version > schema.SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path} was written by a newer Jianbao (schema {version}; this one reads "
            f"{schema.SCHEMA_VERSION} and older). Update Jianbao to open it."
        )
    if version < 1 or not set(schema.TABLES) <= tables:
        raise ProjectFileError(f"{path} is damaged (its tables are missing)")
    return version


class ProjectStore:
    """An open project database. `editor=True` also takes the editor lock: one editor per file."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, read_only: bool, lock_fd: int | None, in_use: bool = False
    ) -> None:
        self.path = path
        self.conn = conn
        self.repo = Repository(conn)
        self.read_only = read_only
        self.in_use_elsewhere = in_use  # read-only because another editor has it open
        self._lock_fd = lock_fd

    def read_project(self) -> Project:
        try:
            return self.repo.read_project()
        except sqlite3.DatabaseError as exc:
            raise ProjectFileError(f"{self.path} is damaged ({exc})") from None

    def read_working_set(self) -> Project:
        """What the editor keeps in memory: the issues and the articles their entries use (the
        library itself is read a window at a time)."""
        try:
            issues = self.repo.read_issues()
            return Project(
                articles=self.repo.issue_articles(issues), issues=issues, glossary=self.repo.read_glossary()
            )
        except sqlite3.DatabaseError as exc:
            raise ProjectFileError(f"{self.path} is damaged ({exc})") from None

    @property
    def in_memory(self) -> bool:
        return self.path == MEMORY

    def new_connection(self, writable: bool) -> sqlite3.Connection:
        """Another connection to this database, for a thread of its own (the writer, the library's
        reader). Not for a database in memory, which no other connection can see."""
        if self.in_memory:
            raise ProjectFileError("a project in memory has no other connections")
        conn = _connect(self.path, "rw" if writable and not self.read_only else "ro")
        if writable and not self.read_only:
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a commit survives a killed process
        return conn

    def start_writer(
        self,
        on_failure: Callable[[BaseException], None] | None = None,
        on_success: Callable[[Hashable | None], None] | None = None,
    ) -> Writer:
        """The thread that writes this database from now on (see `writer`)."""
        return Writer(self.new_connection(writable=True), on_failure, on_success)

    def start_reader(self, on_answer: Answer) -> LatestReader:
        """A thread that answers read queries beside the UI thread (see `reader`)."""
        return LatestReader(self.new_connection(writable=False), on_answer)

    def copy_to(self, target: str | os.PathLike[str]) -> Path:
        """A consistent copy of the whole database at `target` (Save As, Export a Copy)."""
        return _backup(self.conn, Path(target))

    def close(self) -> None:
        # Close the database before the lock's file descriptor: closing any descriptor of the
        # file drops the process's POSIX locks, which SQLite relies on.
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


MEMORY = Path(":memory:")


def memory_store(project: Project) -> ProjectStore:
    """A project database in memory (an untitled project before its first edit)."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    repo = Repository(conn)
    with repo.transaction():
        schema.create(conn)
    repo.write_project(project)
    return ProjectStore(MEMORY, conn, False, None)


def _take_editor_lock(path: Path) -> int | None:
    """An advisory lock held as long as the editor has the file open; the kernel drops it
    when the process ends, even by SIGKILL, so no stale lock outlives a crash."""
    if fcntl is None:
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise ProjectInUseError(
            f"{path.name} is open in another Jianbao window; close it there first"
        ) from None
    return fd


def open_project(
    path: str | os.PathLike[str],
    *,
    editor: bool = False,
    create: bool = False,
    read_only_if_in_use: bool = False,
) -> ProjectStore:
    """Open (converting a format-1 JSON file first, or creating with `create`) a project database.

    `editor` takes the editor lock; a file another editor has open raises ProjectInUseError, or
    with `read_only_if_in_use` opens read-only (`in_use_elsewhere` says why)."""
    path = Path(os.path.realpath(path))
    if not path.exists():
        if not create:
            raise ProjectFileError(f"{path}: no such project file")
        _create_exclusive(path)
    elif not files.is_sqlite(path):
        convert_legacy(path)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    # Look at the file read-only first, so a foreign or damaged file is left exactly as it was.
    probe = _connect(path, "ro")
    try:
        version = _check(Repository(probe), path)
    finally:
        probe.close()
    lock_fd = None
    in_use = False
    if editor and writable:
        try:
            lock_fd = _take_editor_lock(path)
        except ProjectInUseError:
            if not read_only_if_in_use:
                raise
            writable, in_use = False, True
    try:
        conn = _connect(path, "rw" if writable else "ro")
        try:
            if writable:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a commit survives a killed process
                if version < schema.SCHEMA_VERSION:
                    repo = Repository(conn)
                    with repo.transaction():
                        schema.migrate(conn, version)
            elif version < schema.SCHEMA_VERSION:
                raise ProjectFileError(f"{path} needs an upgrade, but it is read-only")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ProjectFileError(f"{path} is damaged ({exc})") from None
        except BaseException:
            conn.close()
            raise
    except BaseException:
        if lock_fd is not None:
            os.close(lock_fd)
        raise
    return ProjectStore(path, conn, not writable, lock_fd, in_use)


def load(path: str | os.PathLike[str]) -> Project:
    """The whole project at `path` (a database or a format-1/2 JSON file), the file unchanged."""
    path = Path(path)
    if not files.is_sqlite(path):
        return loads_document(path)
    conn = _connect(path, "ro")
    try:
        _check(Repository(conn), path)
    finally:
        conn.close()
    # Read through a writable connection where allowed: its close folds the WAL back into the file
    # and removes the -wal/-shm files, which a read-only one would leave behind.
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    conn = _connect(path, "rw" if writable else "ro")
    try:
        return ProjectStore(path, conn, not writable, None).read_project()
    finally:
        conn.close()


def loads_document(path: Path) -> Project:
    from digest.store.interchange import from_document

    return from_document(files.read_json_document(path), str(path))


def dump(path: str | os.PathLike[str]) -> str:
    """The project at `path` as the JSON interchange document."""
    return dumps(load(path))


def _new_database(target: Path, project: Project) -> None:
    """Write `project` as a fresh database at `target` (which must not exist)."""
    conn = _connect(target, "rwc")
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # one file while building
        repo = Repository(conn)
        with repo.transaction():
            schema.create(conn)
        repo.write_project(project)
        conn.execute("PRAGMA journal_mode = WAL")  # kept in the header for every later opening
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{target}: cannot write ({exc})") from None
    finally:
        conn.close()


def _temp_beside(path: Path, tag: str) -> Path:
    files.sweep_stale_temps(path)
    return path.parent / f".{path.name}.{os.getpid()}.{tag}.tmp"


def _replace_with_new(path: Path, project: Project) -> None:
    tmp = _temp_beside(path, "new")
    try:
        _new_database(tmp, project)
        for suffix in ("-wal", "-shm", "-journal"):  # a journal of a file no longer there
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(path) + suffix)
        rename_over(tmp, path)
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot save ({exc.strerror})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _create_exclusive(path: Path) -> None:
    """A new empty project at `path`, unless another process makes one there first (then theirs
    stands: replacing it would lose what they write into it)."""
    if not path.parent.is_dir():
        raise ProjectFileError(f"{path}: cannot create (no such folder {path.parent})")
    tmp = _temp_beside(path, "create")
    try:
        _new_database(tmp, Project())
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot create ({exc.strerror})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def save(project: Project, path: str | os.PathLike[str]) -> None:
    """Write the whole `project` at `path`: into the database there in one transaction, or as a
    new database replacing whatever file was there (atomically: a failure leaves it intact)."""
    path = Path(os.path.realpath(path))
    if path.exists() and files.is_sqlite(path):
        with open_project(path) as store:
            if store.read_only:
                raise ProjectFileError(f"{path}: cannot save (read-only)")
            try:
                store.repo.write_project(project)
            except sqlite3.Error as exc:
                raise ProjectFileError(f"{path}: cannot save ({exc})") from None
        return
    if not path.parent.is_dir():
        raise ProjectFileError(f"{path}: cannot save (no such folder {path.parent})")
    _replace_with_new(path, project)


def _backup(conn: sqlite3.Connection, target: Path) -> Path:
    target = Path(os.path.realpath(target))
    tmp = _temp_beside(target, "copy")
    try:
        copy = sqlite3.connect(tmp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(target) + suffix)
        rename_over(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectFileError(f"{target}: cannot write the copy ({exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return target


def copy_project(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    with open_project(source) as store:
        return store.copy_to(target)


def legacy_backup_path(path: Path) -> Path:
    """Where the format-1 original of `path` is kept: NAME.jianbao.v1.json (numbered if taken)."""
    candidate = path.with_name(path.name + LEGACY_SUFFIX)
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v1-{number}.json")
        number += 1
    return candidate


def convert_legacy(path: Path) -> Path | None:
    """Turn the JSON project at `path` into a database in place; the original is kept beside it
    untouched. Returns where the original went (None: someone else converted it meanwhile)."""
    project = loads_document(path)  # validated before anything is written
    if not os.access(path.parent, os.W_OK):
        raise ProjectFileError(
            f"{path} is a format-1 project and its folder is read-only, so it cannot be converted; "
            "copy it to a folder you can write to"
        )
    fd = os.open(path, os.O_RDONLY)
    try:
        if fcntl is not None:  # two processes converting at once: the second waits, then finds a database
            fcntl.flock(fd, fcntl.LOCK_EX)
        if files.is_sqlite(path):
            return None
        project = loads_document(path)
        tmp = _temp_beside(path, "convert")
        try:
            _new_database(tmp, project)
            backup = legacy_backup_path(path)
            try:
                os.link(path, backup)
            except OSError:
                shutil.copy2(path, backup)
            rename_over(tmp, path)
        except OSError as exc:
            raise ProjectFileError(f"{path}: cannot convert ({exc.strerror})") from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        return backup
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# Drafts: an untitled project is a database too, so its edits survive a crash like any other.
def drafts_dir() -> Path:
    """Where untitled projects' databases live: the user's data folder (digest/paths.py)."""
    from digest import paths

    return paths.data_dir() / "drafts"


def new_draft(source: Project | ProjectStore) -> ProjectStore:
    """A new untitled project database holding `source` (a project, or a copy of a database),
    open for the editor."""
    import time
    import uuid

    folder = drafts_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectFileError(f"cannot keep untitled work in {folder} ({exc.strerror})") from None
    path = folder / f"untitled-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}{SUFFIX}"
    if isinstance(source, ProjectStore):
        source.copy_to(path)
    else:
        save(source, path)
    return open_project(path, editor=True)


def open_latest_draft() -> ProjectStore | None:
    """The newest untitled draft no other editor has open (work left by a crash), or None."""
    try:
        candidates = sorted(drafts_dir().glob(f"untitled-*{SUFFIX}"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return None
    for path in reversed(candidates):
        try:
            return open_project(path, editor=True)
        except ProjectFileError:
            continue
    return None


def discard_draft(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(str(path) + suffix)
