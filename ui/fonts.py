"""Bundled fonts for the UI: Chinese must show on a machine that has no CJK fonts installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# System CJK families tried when the bundled fonts are not there (a development checkout).
_SYSTEM_CJK = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei")

_families: dict[str, list[str]] = {}


def register_bundled_fonts() -> dict[str, list[str]]:
    """Add the bundled TTFs to QFontDatabase; return reportlab name -> Qt family names."""
    if _families:
        return _families
    try:
        from digest.layout.fonts import font_files

        files = font_files()
    except Exception:  # the fonts module is optional for the UI; fall back to system fonts
        files = {}
    for name, path in files.items():
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _families[name] = QFontDatabase.applicationFontFamilies(font_id)
    return _families


def cjk_family(kind: str = "sans") -> str | None:
    """The Qt family to use for Chinese: the bundled one, else an installed CJK family."""
    wanted = "JianbaoSansSC-Bold" if kind == "sans" else "JianbaoSerifSC"
    for name in (wanted, "JianbaoSerifSC", "JianbaoSansSC-Bold"):
        if _families.get(name):
            return _families[name][0]
    installed = set(QFontDatabase.families())
    for family in _SYSTEM_CJK:
        if family in installed:
            return family
    return None


def apply_app_font(app: QApplication) -> None:
    """Keep the platform UI font, with the CJK family as fallback so Chinese never shows as boxes."""
    register_bundled_fonts()
    font = app.font()
    serif = cjk_family("serif")
    families = [font.family()]
    # Prefer an installed CJK sans for UI chrome (regular weight), the bundled serif as fallback.
    installed = set(QFontDatabase.families())
    for family in _SYSTEM_CJK:
        if family in installed:
            families.append(family)
            break
    if serif and serif not in families:
        families.append(serif)
    font.setFamilies(families)
    app.setFont(font)


def latin_family() -> str | None:
    """The bundled Latin serif (the face the PDF sets English in)."""
    families = _families.get("JianbaoSerif")
    return families[0] if families else None


def text_font(chinese: bool, point_size: float | None = None) -> QFont:
    """A font for editing text fields: the CJK serif first for Chinese, the Latin serif first
    for English — a platform default that resolves to a CJK face would set ’ and “ ” full-width
    inside English words."""
    font = QFont(QApplication.font())
    first = cjk_family("serif") if chinese else latin_family()
    if first:
        font.setFamilies([first, *(f for f in font.families() if f != first)])
    if point_size:
        font.setPointSizeF(point_size)
    return font
