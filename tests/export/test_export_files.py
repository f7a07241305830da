"""Writing the PDF: atomic, refuses on preflight errors, clear messages; the CLI around it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from digest import store
from digest.errors import ExportError
from digest.export import ExportOptions, export_pdf
from tests.export.export_helpers import make_project

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_export_writes_a_pdf_and_reports_pages(tmp_path):
    project = make_project(3)
    path = tmp_path / "out.pdf"
    report = export_pdf(project, project.issue, path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert report.pages >= 1 and report.path == str(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_raises_and_keeps_the_old_pdf(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "out.pdf"
    old.write_bytes(b"%PDF-old")
    folder.chmod(0o555)
    try:
        project = make_project(2)
        with pytest.raises(ExportError, match="cannot"):
            export_pdf(project, project.issue, old)
        assert old.read_bytes() == b"%PDF-old"
        assert sorted(p.name for p in folder.iterdir()) == ["out.pdf"]
    finally:
        folder.chmod(0o755)


def test_unwritable_folder_raises_export_error_and_keeps_the_old_pdf(tmp_path, monkeypatch):
    """The temp file cannot be created (what a read-only folder does, even for root here)."""
    old = tmp_path / "out.pdf"
    old.write_bytes(b"%PDF-old")

    real_open = os.open

    def refuse_in_folder(path, flags, *args, **kwargs):
        if os.fspath(path).startswith(str(tmp_path)) and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    project = make_project(2)
    monkeypatch.setattr(os, "open", refuse_in_folder)
    with pytest.raises(ExportError) as info:
        export_pdf(project, project.issue, old)
    assert "\n" not in str(info.value) and str(tmp_path) in str(info.value)
    assert old.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_failure_while_replacing_leaves_no_temp_file_and_old_pdf_intact(tmp_path, monkeypatch):
    old = tmp_path / "out.pdf"
    old.write_bytes(b"%PDF-old")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    project = make_project(2)
    with pytest.raises(ExportError, match="No space left"):
        export_pdf(project, project.issue, old)
    assert old.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_missing_folder_is_a_clear_error(tmp_path):
    project = make_project(1)
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(project, project.issue, tmp_path / "nope" / "out.pdf")


def test_preflight_errors_refuse_unless_forced(tmp_path):
    project = make_project(3)
    project.issue.entries()[1].summary_en = ""
    path = tmp_path / "out.pdf"
    with pytest.raises(ExportError) as info:
        export_pdf(project, project.issue, path)
    message = str(info.value)
    assert message.startswith("preflight found 1 error(s); fix them or use --force. First: entry 2")
    assert "English summary is empty" in message
    assert not path.exists()
    report = export_pdf(project, project.issue, path, ExportOptions(force=True))
    assert path.exists() and report.errors


def test_cli_export_and_preflight(tmp_path):
    project = make_project(3)
    project_file = tmp_path / "p.jianbao"
    store.save(project, project_file)
    out = tmp_path / "o.pdf"
    result = _run(
        "export", str(project_file), "-o", str(out), "--layout", "stacked", "--paper", "A5", "--bleed", "3"
    )
    assert result.returncode == 0, result.stderr
    assert out.exists() and "page(s)" in result.stdout
    result = _run("preflight", str(project_file))
    assert result.returncode == 0, result.stdout
    assert "preflight: 0 error(s)" in result.stdout

    project.issue.entries()[0].headline_en = ""
    store.save(project, project_file)
    result = _run("preflight", str(project_file))
    assert result.returncode == 1
    assert "error: entry 1" in result.stdout and "English headline is empty" in result.stdout
    result = _run("preflight", str(project_file), "--layout", "zh")
    assert result.returncode == 0, result.stdout  # Chinese only needs no English


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--sample", "-o", "x.pdf", "--paper", "B5"),
        ("export", "--sample", "-o", "x.pdf", "--bleed", "lots"),
        ("export", "--sample", "-o", "x.pdf", "--locale", "fr_FR"),
        ("export", "missing.jianbao", "-o", "x.pdf"),
        ("preflight", "missing.jianbao"),
    ],
)
def test_cli_bad_input_is_one_line_and_status_2(tmp_path, args):
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_to_a_missing_folder_is_status_2(tmp_path):
    result = _run("export", "--sample", "-o", str(tmp_path / "no" / "x.pdf"), "--force")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr


def test_export_into_a_read_only_system_folder_is_one_clear_error():
    """A folder even root cannot write in (sysfs): the real thing, no monkeypatching."""
    folder = Path("/sys")
    try:
        fd, name = tempfile.mkstemp(dir=folder)
    except OSError:
        pass
    else:  # pragma: no cover - not a read-only folder here
        os.close(fd)
        os.unlink(name)
        pytest.skip("/sys is writable here")
    project = make_project(1)
    with pytest.raises(ExportError) as info:
        export_pdf(project, project.issue, folder / "jianbao-test.pdf")
    message = str(info.value)
    assert "\n" not in message and message.startswith("cannot export to /sys/jianbao-test.pdf")
