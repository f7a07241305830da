"""Load validation: damaged, mistyped, hostile and foreign files give one ProjectFileError line,
leave the file untouched, and never a traceback (CLI: status 2)."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from digest import store
from digest.errors import ProjectFileError

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "_files" / "project-v1.jianbao"
JSON_VALUES = [None, True, 0, 1.5, "x", [], {}]


def _v1() -> dict:
    return json.loads(V1.read_text("utf-8"))


def _mistyped(field: str, value) -> bytes:
    document = _v1()
    if field in ("summary_zh",):
        document["project"]["issues"][0]["sections"][0]["entries"][0][field] = value
    else:
        document["project"]["issues"][0][field] = value
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


HOSTILE = {
    "summary_zh is a number": _mistyped("summary_zh", 12345),
    "number is text": _mistyped("number", "twelve"),
    "deep nesting": b'{"format": "jianbao-project", "format_version": 1, "project": '
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}",
    "5000-digit number": b'{"format": "jianbao-project", "format_version": 1, "project": {"issues": [{"number": '
    + b"9" * 5000
    + b"}]}}",
    "lone surrogate": _mistyped("title_zh", "SURROGATE").replace(b'"SURROGATE"', b'"\\ud800"'),
    "huge float": _mistyped("number", 1e308),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_json_is_one_clear_error_and_untouched(tmp_path: Path, name: str) -> None:
    path = tmp_path / "bad.jianbao"
    path.write_bytes(HOSTILE[name])
    for opener in (store.load, store.open_project):
        with pytest.raises(ProjectFileError) as caught:
            opener(path)
        assert "\n" not in str(caught.value)
    assert path.read_bytes() == HOSTILE[name]
    assert [p.name for p in tmp_path.iterdir()] == ["bad.jianbao"]


def test_named_pipe_and_device_are_refused_without_reading(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.jianbao"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/zero")):
        for opener in (store.load, store.open_project):
            with pytest.raises(ProjectFileError, match="not a regular file"):
                opener(path)


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.jianbao"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for opener in (store.load, store.open_project):
        with pytest.raises(ProjectFileError, match="another program"):
            opener(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["other.jianbao"]


@pytest.mark.parametrize("damage", ["truncated", "garbled"])
def test_damaged_database_is_refused_untouched(tmp_path: Path, damage: str) -> None:
    from tests.ui.conftest import make_project

    path = tmp_path / "hurt.jianbao"
    store.save(make_project(entries=3, articles=400), path)
    data = path.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 3]
    else:
        middle = len(data) // 2
        data = data[:4096] + bytes(range(256)) * ((middle - 4096) // 256) + data[middle:]
    path.write_bytes(data)
    for opener in (store.load, lambda p: store.open_project(p).read_project()):
        with pytest.raises(ProjectFileError):
            opener(path)
    assert path.read_bytes() == data


def _paths(value, prefix=()):
    """Every (path, value) in a JSON document."""
    yield prefix, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _pattern(path) -> tuple:
    return tuple("*" if isinstance(part, int) else part for part in path)


def _set(document, path, value):
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def mutations(one_per_pattern: bool = False):
    """Every field of the format-1 sample swapped for every other JSON type."""
    base = _v1()
    seen = set()
    for path, value in _paths(base["project"], ("project",)):
        if len(path) < 2:
            continue
        if one_per_pattern:
            if _pattern(path) in seen:
                continue
            seen.add(_pattern(path))
        for replacement in JSON_VALUES:
            if type(replacement) is type(value):
                continue
            document = copy.deepcopy(base)
            _set(document, path, replacement)
            yield "/".join(map(str, path)), replacement, document


def test_fuzz_every_field_with_every_type_through_the_loader() -> None:
    from digest.export import ExportOptions, preflight

    count = refused = 0
    for where, _replacement, document in mutations():
        count += 1
        text = json.dumps(document, ensure_ascii=False)
        try:
            project = store.loads(text, "fuzz")
        except ProjectFileError as exc:
            refused += 1
            assert "\n" not in str(exc), where
            continue
        # Accepted (a null headline, an empty list...): the rest of the app must cope with it.
        store.loads(store.dumps(project))
        preflight(project, project.issue, ExportOptions())
    assert count > 500 and refused > count // 2


def test_fuzz_through_the_converter_leaves_refused_files_untouched(tmp_path: Path) -> None:
    for n, (where, _replacement, document) in enumerate(mutations(one_per_pattern=True)):
        path = tmp_path / f"f{n}.jianbao"
        raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
        path.write_bytes(raw)
        try:
            with store.open_project(path) as opened:
                opened.read_project()
        except ProjectFileError:
            assert path.read_bytes() == raw, where
            assert not (tmp_path / f"f{n}.jianbao.v1.json").exists()
        else:
            assert (tmp_path / f"f{n}.jianbao.v1.json").read_bytes() == raw


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("name", ["summary_zh is a number", "number is text", "deep nesting"])
def test_cli_prints_one_line_and_exits_2(tmp_path: Path, name: str) -> None:
    path = tmp_path / "bad.jianbao"
    path.write_bytes(HOSTILE[name])
    for command in (["preflight", str(path)], ["dump", str(path)], ["search", str(path), "武进"]):
        result = _cli(*command)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert path.read_bytes() == HOSTILE[name]
