"""`main.py import` on bad input: exit status 2, one line on stderr, no traceback, project untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ingest.ingest_helpers import PAGES, load_truth, score

ROOT = Path(__file__).resolve().parent.parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    folder = tmp_path / "folder"
    folder.mkdir()
    undecodable = tmp_path / "garbled.txt"
    undecodable.write_bytes(b"\xff\xfe\xff" * 100)
    return {
        "binary": binary,
        "empty": empty,
        "folder": folder,
        "missing": tmp_path / "missing.txt",
        "undecodable": undecodable,
    }


@pytest.mark.parametrize("case", ["binary", "empty", "folder", "missing", "undecodable"])
def test_bad_page_is_one_line_and_status_2(case: str, tmp_path: Path) -> None:
    page = _bad_inputs(tmp_path)[case]
    done = _run(str(page))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert page.name in lines[0]
    assert done.stdout == ""


def test_bad_page_leaves_the_project_untouched(tmp_path: Path) -> None:
    project = tmp_path / "issue.jianbao"
    first = _run(str(PAGES / "wujin-page.txt"), "-o", str(project))
    assert first.returncode == 0, first.stderr
    before = project.read_bytes()
    for page in _bad_inputs(tmp_path).values():
        # A good page first, then the bad one: nothing may be written.
        done = _run(str(PAGES / "xinmin-page-a.txt"), str(page), "-o", str(project))
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1
        assert project.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("issue")) == ["issue.jianbao"]


def test_good_page_prints_its_items() -> None:
    done = _run(str(PAGES / "xinmin-page-a.txt"))
    assert done.returncode == 0, done.stderr
    assert "数字人民币试点范围再次扩大" in done.stdout
    assert len(done.stdout.strip().splitlines()) == 4


@pytest.mark.parametrize("name", ["wujin-page", "xinmin-page-a", "xinmin-page-b"])
def test_cli_json_matches_the_truth_file(name: str) -> None:
    """What `score_import.py --cmd "main.py import {page} --json"` checks, run in CI."""
    done = _run(str(PAGES / f"{name}.txt"), "--json")
    assert done.returncode == 0, done.stderr
    output = json.loads(done.stdout)
    result = score(load_truth(name), output)
    assert result["problems"] == []
    assert (result["exact"], result["joined"], result["extra"]) == (result["items"], result["joins"], 0)


def test_json_carries_the_page_provenance(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    body = "今年以来，全县新建高标准农田三万亩，粮食产量稳中有升，农民收入持续增长。"
    page.write_text(f"第05版：综合新闻\n\n农田建设提速\n\n本报讯（记者 王芳）{body}\n", "utf-8")
    done = _run(str(page), "--json", "--paper", "滁州日报")
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert [i["kind"] for i in items] == ["section", "brief"]
    for item in items:
        assert (item["paper"], item["page_label"]) == ("滁州日报", "第05版：综合新闻")
        for key in ("kind", "headline", "kicker", "subtitle", "byline", "reporters", "paragraphs", "subheadings"):
            assert key in item
