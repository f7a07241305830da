"""digest.layout.platypus_parts: export without Paragraph, the rest of platypus still whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EXPORT_THEN_PARAGRAPH = """
import sys
from digest.export import ExportOptions, build_pdf
from digest.sample import load_sample

project = load_sample()
data, report = build_pdf(project, project.issue, ExportOptions())
assert data.startswith(b"%PDF") and report.pages >= 1
loaded = sorted(m for m in sys.modules if m.startswith("reportlab.platypus"))
print("export loaded:", ",".join(loaded))
print("pyphen" in sys.modules)

# Anyone else in the process still gets all of platypus, Paragraph included.
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
import reportlab.platypus.doctemplate as doctemplate
import reportlab.platypus.paragraph as paragraph

assert paragraph.Paragraph is Paragraph
assert doctemplate.Paragraph is Paragraph, doctemplate.Paragraph
import io
out = io.BytesIO()
SimpleDocTemplate(out, invariant=1).build([Paragraph("x&lt;y <b>bold</b>", ParagraphStyle("n")), Table([["a"]])])
assert out.getvalue().startswith(b"%PDF")
print("paragraph ok")
"""

PLATYPUS_FIRST = """
import reportlab.platypus
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError
from reportlab.platypus.flowables import Flowable
from digest.layout import platypus_parts

assert platypus_parts.BaseDocTemplate is BaseDocTemplate
assert platypus_parts.LayoutError is LayoutError
assert platypus_parts.Flowable is Flowable
import reportlab.platypus.doctemplate as doctemplate
assert doctemplate.Paragraph is reportlab.platypus.Paragraph
print("ok")
"""


def _run(code: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.splitlines()


def test_export_skips_paragraph_and_the_package_stays_whole() -> None:
    # The per-user caches are empty (tests/conftest.py gives each test its own): the first run
    # parses pyphen's patterns, so pyphen is imported whatever platypus does; the second run
    # finds them in the hyphenation cache, and then only reportlab's paragraph module could
    # bring pyphen in.
    cold, warm = _run(EXPORT_THEN_PARAGRAPH), _run(EXPORT_THEN_PARAGRAPH)
    for lines in (cold, warm):
        loaded = lines[0].removeprefix("export loaded: ").split(",")
        assert loaded == [
            "reportlab.platypus",
            "reportlab.platypus.doctemplate",
            "reportlab.platypus.flowables",
            "reportlab.platypus.frames",
        ]
        assert lines[2] == "paragraph ok"
    assert warm[1] == "False", "pyphen comes with reportlab's paragraph module"


def test_platypus_imported_first_is_used_as_it_is() -> None:
    assert _run(PLATYPUS_FIRST) == ["ok"]
