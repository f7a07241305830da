"""Error types the core raises for a user's mistake; the CLI prints them as one line."""

from __future__ import annotations


class JianbaoError(Exception):
    """Base of every error the user can cause and the app reports without a traceback."""


class PageImportError(JianbaoError):
    """A page cannot be imported: missing, a folder, empty, binary or undecodable."""


class ProjectFileError(JianbaoError):
    """A project file cannot be read or written: corrupt, too new, or not writable."""


class ExportError(JianbaoError):
    """An export cannot be written, or preflight found errors and it was not forced."""
