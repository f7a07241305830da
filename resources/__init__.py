"""Jianbao's bundled files: fonts, the sample edition, UI translations, icons, the CMYK output profile.

They ship as package data of this package and are found through importlib.resources, so a wheel
install finds them as well as a checkout does. Each folder is given as a path on disk because
reportlab and Qt open the files by name.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def folder(name: str) -> Path:
    """The bundled folder NAME (fonts, samples, translations, icons) as a path on disk."""
    path = files(__name__) / name
    if not isinstance(path, Path):  # a zipped install: the fonts cannot be opened by file name
        raise RuntimeError(f"Jianbao's resources must be installed as files, not inside {path}")
    return path


FONTS = folder("fonts")
SAMPLES = folder("samples")
TRANSLATIONS = folder("translations")
ICONS = folder("icons")
ICC = folder("icc")
