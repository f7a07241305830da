"""The parts of reportlab.platypus that export uses, imported without the rest of the package.

`import reportlab.platypus.<anything>` first runs the package's __init__, which imports every
platypus module: Paragraph and its markup parser, tables, preformatted text, pyphen. paragraph.py
alone compiles a URL pattern case-insensitively over U+00A1–U+FFFF at import: about 21 ms, and
30-35 ms with the modules it pulls, in every process that exports, for classes the digest never
uses (its text goes through TextBlock). Here the package is set up without running its __init__,
and flowables, frames and doctemplate are imported on their own.

Nothing is lost for other code in the process: the first time anyone asks the package for a name
it does not hold yet (`from reportlab.platypus import Paragraph`), its real __init__ runs and
everything is there as usual. doctemplate names Paragraph at import for its demo only; while it
is imported it gets a stand-in that builds a real Paragraph when called.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

_PACKAGE = "reportlab.platypus"
_PARAGRAPH = "reportlab.platypus.paragraph"
_lock = threading.RLock()


def _deferred_package() -> None:
    """Put reportlab.platypus in sys.modules without running its __init__ (runs on first need)."""
    import reportlab

    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        importlib.import_module(_PACKAGE)  # an unusual install: import it the ordinary way
        return
    package = importlib.util.module_from_spec(spec)

    def __getattr__(name: str) -> Any:
        # A name the package does not hold yet: run the real __init__ once, then answer.
        with _lock:
            namespace = package.__dict__
            if namespace.get("__getattr__") is __getattr__:
                del namespace["__getattr__"]
                spec.loader.exec_module(package)
                _restore_paragraph(package)
        try:
            return namespace[name]
        except KeyError:
            raise AttributeError(f"module {_PACKAGE!r} has no attribute {name!r}") from None

    package.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[_PACKAGE] = package
    reportlab.platypus = package  # type: ignore[attr-defined]


def _restore_paragraph(package: ModuleType) -> None:
    """Once the real Paragraph is loaded, doctemplate names it instead of the stand-in."""
    doctemplate = sys.modules.get("reportlab.platypus.doctemplate")
    real = package.__dict__.get("Paragraph")
    if (
        doctemplate is not None
        and real is not None
        and doctemplate.__dict__.get("Paragraph") is _ParagraphStandIn
    ):
        doctemplate.Paragraph = real  # type: ignore[attr-defined]


class _ParagraphStandIn:
    """What doctemplate's `from reportlab.platypus.paragraph import Paragraph` gets: calling it
    makes a real Paragraph (doctemplate only does that in its demo)."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return importlib.import_module(_PARAGRAPH).Paragraph(*args, **kwargs)


def _import_doctemplate() -> ModuleType:
    if _PARAGRAPH in sys.modules:
        return importlib.import_module("reportlab.platypus.doctemplate")
    stand_in = ModuleType(_PARAGRAPH, "stand-in while reportlab.platypus.doctemplate is imported")
    stand_in.Paragraph = _ParagraphStandIn  # type: ignore[attr-defined]
    sys.modules[_PARAGRAPH] = stand_in
    try:
        return importlib.import_module("reportlab.platypus.doctemplate")
    finally:
        # Later imports of the paragraph module (by anyone) load the real one.
        if sys.modules.get(_PARAGRAPH) is stand_in:
            del sys.modules[_PARAGRAPH]
        package = sys.modules.get(_PACKAGE)
        if package is not None and package.__dict__.get("paragraph") is stand_in:
            del package.__dict__["paragraph"]


with _lock:
    if _PACKAGE not in sys.modules:
        _deferred_package()
    _doctemplate = _import_doctemplate()

from reportlab.platypus.flowables import Flowable  # noqa: E402
from reportlab.platypus.frames import Frame  # noqa: E402

BaseDocTemplate = _doctemplate.BaseDocTemplate
PageTemplate = _doctemplate.PageTemplate
LayoutError = _doctemplate.LayoutError

__all__ = ["BaseDocTemplate", "Flowable", "Frame", "LayoutError", "PageTemplate"]
