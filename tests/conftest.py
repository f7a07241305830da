"""Shared fixtures. Qt runs offscreen; every per-user folder is private to the test; nothing reads ../shared."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SAMPLE_PAGES = ("wujin-page", "xinmin-page-a", "xinmin-page-b")


@pytest.fixture
def pages_dir() -> Path:
    """Folder with the sample newspaper pages and their truth files."""
    return PAGES


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-references",
        action="store_true",
        help="rewrite tests/reference/*.png from the current renders (then look at them)",
    )


# Per-user folders the app (platformdirs, QSettings, Qt's own paths) or a library may touch.
_XDG = {
    "XDG_CACHE_HOME": "cache",
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
}


def _point_user_folders_at(root: Path, setenv) -> None:
    for name, sub in _XDG.items():
        setenv(name, str(root / sub))
    (root / "home").mkdir(exist_ok=True)
    setenv("HOME", str(root / "home"))
    setenv("JIANBAO_HOME", str(root / "jianbao"))


# What runs outside any test's own folders (the doctests in digest/, which this conftest's
# fixtures do not reach, and Qt closing leftover windows at exit) gets a private session folder.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="jianbao-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, True)
_point_user_folders_at(_SESSION_HOME, os.environ.__setitem__)


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder at a fresh temporary one, for every test.

    JIANBAO_HOME moves the app's settings (QSettings as an INI file), data (recovery copies) and
    caches (fonts, pinyin); HOME and the XDG variables move whatever else
    looks there (platformdirs without JIANBAO_HOME, Qt, fontconfig), in this process and in the
    processes tests start. Nothing in the suite reads or writes the real per-user folders.
    """
    root = tmp_path_factory.mktemp("user")
    _point_user_folders_at(root, monkeypatch.setenv)
    return root
