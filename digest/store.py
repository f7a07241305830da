"""The project file: versioned JSON, saved atomically, loaded through migrations.

Layout of the file::

    {"format": "jianbao-project", "format_version": 1, "app_version": "0.1.0",
     "project": {"articles": [...], "issues": [...]}}

A file of a newer format version is refused (we cannot know what we would drop);
an older one is migrated step by step by the functions in MIGRATIONS.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Callable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from digest import __version__
from digest.errors import ProjectFileError
from digest.model import (
    Article,
    Entry,
    Issue,
    LayoutOptions,
    LengthTargets,
    PrintJob,
    Project,
    Section,
    Subheading,
)
from digest.paths import atomic_write

FORMAT = "jianbao-project"
FORMAT_VERSION = 1
SUFFIX = ".jianbao"

# format_version N -> function turning a version-N document into version N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def project_to_dict(project: Project) -> dict[str, Any]:
    data = asdict(project)
    for issue in data["issues"]:
        issue["date"] = issue["date"].isoformat()
    return data


def _pick(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Keep the keys the dataclass knows, so unknown keys from a same-version file don't crash."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _article(data: dict[str, Any]) -> Article:
    values = _pick(Article, data)
    values["subheadings"] = [Subheading(**_pick(Subheading, s)) for s in data.get("subheadings", [])]
    return Article(**values)


def _issue(data: dict[str, Any]) -> Issue:
    values = _pick(Issue, data)
    values["date"] = _dt.date.fromisoformat(data["date"]) if data.get("date") else _dt.date.today()
    values["layout"] = LayoutOptions(**_pick(LayoutOptions, data.get("layout", {})))
    values["targets"] = LengthTargets(**_pick(LengthTargets, data.get("targets", {})))
    values["print_job"] = PrintJob(**_pick(PrintJob, data.get("print_job", {})))
    values["sections"] = [
        Section(
            title_zh=s.get("title_zh", ""),
            title_en=s.get("title_en", ""),
            entries=[Entry(**_pick(Entry, e)) for e in s.get("entries", [])],
        )
        for s in data.get("sections", [])
    ]
    return Issue(**values)


def project_from_dict(data: dict[str, Any]) -> Project:
    return Project(
        articles=[_article(a) for a in data.get("articles", [])],
        issues=[_issue(i) for i in data.get("issues", [])],
    )


def dumps(project: Project) -> str:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "project": project_to_dict(project),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def loads(text: str, name: str = "project") -> Project:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            f"{name} is not a Jianbao project (corrupt JSON at line {exc.lineno})"
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ProjectFileError(f"{name} is not a Jianbao project file")
    version = document.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ProjectFileError(f"{name} has no valid format version")
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            f"{name} was saved by a newer Jianbao (format {version}, app "
            f"{document.get('app_version', '?')}); this is {__version__}, which reads format "
            f"{FORMAT_VERSION} and older. Update Jianbao to open it."
        )
    while version < FORMAT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    try:
        return project_from_dict(document["project"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProjectFileError(f"{name} is damaged: {exc.__class__.__name__}: {exc}") from None


def load(path: str | os.PathLike[str]) -> Project:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectFileError(f"{path}: no such project file") from None
    except IsADirectoryError:
        raise ProjectFileError(f"{path} is a folder, not a project file") from None
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError(f"{path} is not a Jianbao project (not UTF-8 text)") from None
    return loads(text, str(path))


def save(project: Project, path: str | os.PathLike[str]) -> None:
    """Serialise first, then write atomically: a failure in either leaves the old file intact."""
    data = dumps(project).encode("utf-8")
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot save ({exc.strerror or exc})") from None
