"""Bundled files are found through the `resources` package, so an installed wheel finds them too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resources

ROOT = Path(__file__).resolve().parents[2]
# A path climbing out of the module's own package: works in a checkout, not in site-packages.
_CLIMBS_OUT = re.compile(r"__file__\)[^\n]*(\.parent\.parent|\.parents\[)")


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        (resources.FONTS, "JianbaoSerifSC-Regular.ttf"),
        (resources.SAMPLES, "wujin-sample.jianbao"),
        (resources.TRANSLATIONS, "jianbao_zh_CN.qm"),
        (resources.ICONS, "app.svg"),
    ],
)
def test_each_folder_is_the_bundled_one(folder: Path, expected: str) -> None:
    assert (folder / expected).is_file()
    assert folder.parent == Path(resources.__file__).parent


def test_an_unknown_folder_is_just_a_path_that_does_not_exist() -> None:
    assert not resources.folder("no-such-folder").exists()


def test_no_module_finds_bundled_files_relative_to_itself() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("digest", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _CLIMBS_OUT.search(line)
    ]
    assert offenders == [], "use the resources package instead: " + ", ".join(offenders)
