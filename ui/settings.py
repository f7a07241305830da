"""Where the app keeps its preferences (QSettings); tests redirect it with JIANBAO_SETTINGS_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ENV_DIR = "JIANBAO_SETTINGS_DIR"
MAX_RECENT = 8


def app_settings() -> QSettings:
    """The app's settings: an INI file under $JIANBAO_SETTINGS_DIR, else the platform's store."""
    override = os.environ.get(ENV_DIR)
    if override:
        Path(override).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(override) / "jianbao.ini"), QSettings.Format.IniFormat)
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
