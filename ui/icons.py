"""Icons: the kind icons and toolbar icons drawn as SVG files in resources/icons, theme icons otherwise."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from resources import ICONS

ICON_DIR = ICONS


@functools.cache
def icon(name: str) -> QIcon:
    """resources/icons/NAME.svg, else the freedesktop theme icon NAME, else an empty icon."""
    path = ICON_DIR / f"{name}.svg"
    if path.exists():
        return QIcon(str(path))
    return QIcon.fromTheme(name)


def kind_icon(kind: str) -> QIcon:
    return icon(f"kind-{kind}")
