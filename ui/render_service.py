"""The render worker: a separate process that builds PDFs, runs preflight and exports.

Qt-free on purpose. The editor window sends it a serialised project; reportlab's work then never
holds the UI process's interpreter lock, so typing stays smooth while the preview is rebuilt.
The process stays alive, so fonts are parsed once.

Requests are dicts: {"op": "render"|"preflight"|"export"|"quit", "id": int, "project": str,
"options": dict, "path": str}. Replies: {"id", "ok", ...}.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from typing import Any


def finding_dict(finding: Any) -> dict[str, Any]:
    """A finding as plain data for the pipe: the editor words it from `code` and `params`, and
    falls back to the core's English `message` for a code it does not know."""
    describe = finding.describe() if hasattr(finding, "describe") else str(finding)
    return {
        "severity": getattr(finding, "severity", "warning"),
        "code": getattr(finding, "code", ""),
        "params": dict(getattr(finding, "params", None) or {}),
        "message": getattr(finding, "message", describe),
        "article_id": getattr(finding, "article_id", None),
        "section": getattr(finding, "section", None),
        "entry": getattr(finding, "entry", None),
        "label": getattr(finding, "label", ""),
        "describe": describe,
    }


def _options(values: dict[str, Any]):
    from digest.export import ExportOptions

    names = ("layout", "paper", "bleed_mm", "marks", "locales", "force")
    names += ("pdfx", "impose", "sheet", "creep_mm")  # the print file (digest/print)
    return ExportOptions(**{k: values[k] for k in names if k in values})


def handle(request: dict[str, Any], out_dir: str) -> dict[str, Any]:
    """Run one request; errors become replies, never exceptions."""
    from digest import store
    from digest.errors import JianbaoError

    started = time.perf_counter()
    reply: dict[str, Any] = {"id": request.get("id"), "op": request["op"], "ok": False}
    try:
        project = store.loads(request["project"])
        issue = project.issue
        options = _options(request.get("options", {}))
        if request["op"] == "render":
            from digest.export import build_pdf

            data, report = build_pdf(project, issue, options)
            fd, path = tempfile.mkstemp(prefix="preview-", suffix=".pdf", dir=out_dir)
            with os.fdopen(fd, "wb") as handle_:
                handle_.write(data)
            reply.update(path=path, pages=report.pages, findings=[finding_dict(f) for f in report.findings])
        elif request["op"] == "preflight":
            from digest.export import preflight

            reply.update(findings=[finding_dict(f) for f in preflight(project, issue, options)])
        elif request["op"] == "export":
            from digest.export import export_pdf

            report = export_pdf(project, issue, request["path"], options)
            reply.update(pages=report.pages, findings=[finding_dict(f) for f in report.findings])
        reply["ok"] = True
    except JianbaoError as exc:
        reply.update(error=str(exc), kind=type(exc).__name__)
    except ImportError as exc:
        reply.update(error=f"PDF export is not available: {exc}", kind="ImportError")
    except Exception as exc:  # a bug in the exporter must not take the worker down
        reply.update(error=f"{type(exc).__name__}: {exc}", kind="Bug", trace=traceback.format_exc())
    reply["ms"] = (time.perf_counter() - started) * 1000
    return reply


def serve(conn, out_dir: str) -> None:
    """The worker process's loop: read a request, answer it, until told to quit or orphaned."""
    try:
        os.nice(5)  # on a busy machine the editor's UI thread gets the CPU first
    except (AttributeError, OSError):
        pass
    try:
        from digest.layout.fonts import register_fonts

        register_fonts()  # parse the fonts before the first request arrives
    except Exception:
        pass
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request.get("op") == "quit":
            return
        try:
            conn.send(handle(request, out_dir))
        except (BrokenPipeError, OSError):
            return
