"""UI languages: installs Jianbao's and Qt's own translators; the default follows the system locale."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from resources import TRANSLATIONS
from ui.settings import app_settings

TRANSLATIONS_DIR = TRANSLATIONS
ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES: tuple[str, ...] = (ENGLISH, CHINESE)
# Each language is named in itself, so a user can find theirs whatever the UI language is.
LANGUAGE_NAMES = {ENGLISH: "English", CHINESE: "简体中文"}

_installed: list[QTranslator] = []
_current = ENGLISH


class Retranslating:
    """Mixin for widgets: re-set their strings (retranslate_ui) when the UI language changes.

    The tr() calls stay in each class, so lupdate files every string under the class that shows it.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


def button_label(menu_text: str) -> str:
    """A menu item's text as a toolbar button shows it: without the mnemonic and the trailing "…".
    Qt drops the "&" but keeps the bracketed key of Chinese menus ("打开(&O)…" would read "打开(O)")."""
    text = re.sub(r"\s*\(&[^)]\)", "", menu_text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").strip()


def _qt_catalogue_gaps() -> tuple[str, ...]:
    """Strings of Qt's own file dialog that qtbase's Chinese catalogue lacks. Listed here so
    lupdate files them under Qt's context in our catalogue, which Qt asks first."""
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    )


def system_language() -> str:
    name = QLocale.system().name()
    return CHINESE if name.startswith("zh") else ENGLISH


def saved_language() -> str:
    value = app_settings().value("ui/language", "")
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"jianbao_{language}.qm"


def lrelease() -> str | None:
    """The lrelease that ships with PySide6 (beside the interpreter), else one on PATH."""
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    if candidate.exists():
        return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _compiled(language: str) -> Path | None:
    """The .qm for `language`; compiled from the .ts into a temp folder when the .qm is missing."""
    qm = qm_path(language)
    if qm.exists():
        return qm
    ts = qm.with_suffix(".ts")
    tool = lrelease()
    if not ts.exists() or tool is None:
        return None
    out = Path(tempfile.mkdtemp(prefix="jianbao-qm-")) / qm.name
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(out)], capture_output=True, check=False)
    return out if result.returncode == 0 and out.exists() else None


def install_language(language: str, remember: bool = False) -> str:
    """Install the translators of `language` (replacing the current ones) and return it.

    Qt sends every widget a LanguageChange event; the windows re-set their strings then.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language() needs the QApplication to exist")
    if language not in LANGUAGES:
        language = ENGLISH
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    # English has a catalogue too: it holds the plural forms ("1 entry", "2 entries").
    ours = QTranslator(app)
    qm = _compiled(language)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == CHINESE:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current = language
    # Qt appends the display name to every window title unless the title ends with it: the
    # window titles end with the translated name ("x — 简报"), so the display name follows it.
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("App", "Jianbao"))
    if remember:
        app_settings().setValue("ui/language", language)
    return language
