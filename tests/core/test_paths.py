"""digest/paths.py: per-user folders and the one atomic write every writer uses."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from digest import paths


def test_jianbao_home_holds_settings_data_and_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANBAO_HOME", str(tmp_path))
    assert paths.config_dir() == tmp_path / "config"
    assert paths.data_dir() == tmp_path / "data"
    assert paths.cache_dir("fonts") == tmp_path / "cache" / "fonts"


def test_without_jianbao_home_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JIANBAO_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    if os.name == "posix" and not os.uname().sysname == "Darwin":
        assert paths.cache_dir("fonts") == tmp_path / "xdg-cache" / "jianbao" / "fonts"
    assert paths.cache_dir().name == "jianbao" or "jianbao" in str(paths.cache_dir()).lower()


def test_the_suite_never_sees_the_real_home() -> None:
    real = Path(os.path.expanduser("~"))
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir()):
        assert "pytest" in str(folder), folder  # tests/conftest.py: a temporary folder per test
    assert "pytest" in str(real)


def test_atomic_write_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    paths.atomic_write(target, b"one")
    old_umask = os.umask(0o022)
    os.umask(old_umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~old_umask
    target.chmod(0o640)
    paths.atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_atomic_write_follows_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "project.jianbao"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.jianbao"
    link.symlink_to(real)
    paths.atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        paths.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_stale_temp_files_of_a_killed_write_are_swept(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    stale = tmp_path / ".a.bin.999.deadbeef.tmp"
    live = tmp_path / ".a.bin.998.cafebabe.tmp"  # perhaps another writer's, still being written
    other = tmp_path / ".b.bin.999.deadbeef.tmp"
    for path in (stale, live, other):
        path.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    paths.atomic_write(target, b"whole")
    assert not stale.exists()
    assert live.exists() and other.exists()


def test_a_missing_folder_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        paths.atomic_write(tmp_path / "missing" / "a.bin", b"x")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        paths.atomic_write(blocker / "a.bin", b"x")


def test_rename_over_puts_a_finished_file_in_place(tmp_path: Path) -> None:
    target = tmp_path / "project.jianbao"
    target.write_bytes(b"old")
    tmp = tmp_path / ".project.jianbao.1.new.tmp"
    tmp.write_bytes(b"new")
    paths.rename_over(tmp, target)
    assert target.read_bytes() == b"new" and not tmp.exists()
    with pytest.raises(OSError):
        paths.rename_over(tmp, target)  # nothing to put in place: the caller hears of it
    assert target.read_bytes() == b"new"


def test_files_are_renamed_into_place_in_one_module() -> None:
    """Every whole-file write ends in paths.rename_over (fsync, rename, fsync the folder)."""
    import re

    root = Path(__file__).resolve().parents[2]
    renames = re.compile(r"\bos\.(?:replace|rename)\(|\bshutil\.move\(")
    found = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("digest", "ui")
        for path in sorted((root / folder).rglob("*.py"))
        if path != root / "digest" / "paths.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if renames.search(line)
    ]
    assert found == [], "use digest.paths.atomic_write or rename_over: " + ", ".join(found)
