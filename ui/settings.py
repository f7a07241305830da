"""Where the app keeps its preferences (QSettings): the platform's store, or $JIANBAO_HOME/config."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from digest import paths

MAX_RECENT = 8


def app_settings() -> QSettings:
    """The app's settings: an INI file in the config folder under $JIANBAO_HOME (portable use, and
    every test), else the platform's store."""
    if paths.portable_home() is not None:
        folder = paths.config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "jianbao.ini"), QSettings.Format.IniFormat)
    return QSettings("Jianbao", "Jianbao")


def recent_files() -> list[str]:
    value = app_settings().value("files/recent", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):  # nothing stored yet, or a value another program wrote
        return []
    return [str(v) for v in value if v]


def add_recent_file(path: str) -> list[str]:
    path = os.path.abspath(path)
    files = [f for f in recent_files() if f != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    app_settings().setValue("files/recent", files)
    return files


def clear_recent_files() -> None:
    app_settings().setValue("files/recent", [])
