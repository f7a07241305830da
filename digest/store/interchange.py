"""The JSON interchange document: what `main.py dump` writes and format-1 project files hold.

    {"format": "jianbao-project", "format_version": 2, "app_version": "0.1.0",
     "project": {"articles": [...], "issues": [...], "pages": [...]}}

Format 1 is the same without `pages` and without the articles' provenance fields (paper,
page_label, page_date, page_id, line_start, line_end); a format-1 document reads as format 2
with those left empty. A newer format is refused. See docs/project-file.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from digest import __version__
from digest.errors import ProjectFileError
from digest.model import Project
from digest.store import files, validate

FORMAT = "jianbao-project"
FORMAT_VERSION = 2

# format_version N -> function turning a version-N document into version N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: lambda document: document}


def project_to_dict(project: Project) -> dict[str, Any]:
    data = asdict(project)
    for issue in data["issues"]:
        issue["date"] = issue["date"].isoformat()
    return data


def dumps(project: Project) -> str:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "project": project_to_dict(project),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def from_document(document: Any, name: str = "project") -> Project:
    """A validated Project from a parsed interchange document."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ProjectFileError(f"{name} is not a Jianbao project file")
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectFileError(f"{name} has no valid format version")
    if version > FORMAT_VERSION:
        app = document.get("app_version")
        raise ProjectFileError(
            f"{name} was saved by a newer Jianbao (format {version}, app "
            f"{app if isinstance(app, str) else '?'}); this is {__version__}, which reads format "
            f"{FORMAT_VERSION} and older. Update Jianbao to open it."
        )
    while version < FORMAT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    if "project" not in document:
        raise ProjectFileError(f"{name} is damaged: it holds no project")
    try:
        return validate.project(document["project"])
    except validate.InvalidValue as exc:
        raise ProjectFileError(f"{name} is damaged: {exc}") from None
    except RecursionError:
        raise ProjectFileError(f"{name} is damaged (nested too deeply)") from None


def loads(text: str, name: str = "project") -> Project:
    return from_document(files.parse_json(text, name), name)
