"""docs/modules.md lists every module of the app, its scripts and benchmarks, and names no module
that is gone; the README's layout table points at it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES_DOC = ROOT / "docs" / "modules.md"
# Folders whose every .py file has a line in docs/modules.md (tests/ mirrors the packages instead).
MAPPED = ("digest", "ui", "resources", "scripts", "bench")
_NAMED = re.compile(r"`((?:digest|ui|resources|scripts|bench)/[\w/]+\.py|main\.py)`")


def modules_on_disk() -> set[str]:
    found = {"main.py"}
    for folder in MAPPED:
        found.update(
            path.relative_to(ROOT).as_posix()
            for path in (ROOT / folder).rglob("*.py")
            if "__pycache__" not in path.parts
        )
    return found


def listed_modules(text: str) -> set[str]:
    """Modules given a row of their own: `| `path.py` | what |`."""
    rows = (line for line in text.splitlines() if line.startswith("| `"))
    return {m.group(1) for line in rows if (m := _NAMED.match(line[2:]))}


def named_modules(text: str) -> set[str]:
    """Every module path the page mentions anywhere (rows and the "where each idea lives" list)."""
    return set(_NAMED.findall(text))


def test_the_readers_see_rows_and_mentions() -> None:
    text = "| `digest/a.py` | x |\n| module | what |\n- lives in `ui/b.py` and `main.py`\n"
    assert listed_modules(text) == {"digest/a.py"}
    assert named_modules(text) == {"digest/a.py", "ui/b.py", "main.py"}


def test_every_module_has_a_line() -> None:
    on_disk = modules_on_disk()
    assert "digest/text.py" in on_disk and "ui/main_window.py" in on_disk and len(on_disk) > 100
    missing = sorted(on_disk - listed_modules(MODULES_DOC.read_text(encoding="utf-8")))
    assert missing == [], f"add a line for each to docs/modules.md: {missing}"


def test_every_module_named_exists() -> None:
    named = named_modules(MODULES_DOC.read_text(encoding="utf-8"))
    gone = sorted(name for name in named if not (ROOT / name).is_file())
    assert gone == [], f"docs/modules.md names modules that no longer exist: {gone}"


def test_no_module_has_two_lines() -> None:
    rows = [
        m.group(1)
        for line in MODULES_DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `") and (m := _NAMED.match(line[2:]))
    ]
    assert len(rows) == len(set(rows))


def test_the_readme_points_at_the_module_map() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/modules.md)" in readme
    gone = sorted(name for name in named_modules(readme) if not (ROOT / name).is_file())
    assert gone == [], f"README names modules that no longer exist: {gone}"
