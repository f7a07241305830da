"""The print file in the editor: the Export dialog's PDF/X, imposition, sheet and creep choices reach
the exported file; the issue properties hold the job sheet fields."""

from __future__ import annotations

import pikepdf

from digest.model import PrintJob
from ui.dialogs import ExportDialog, IssuePropertiesDialog


def test_export_dialog_print_choices(qtbot, window, tmp_path):
    dialog = ExportDialog(window.doc.issue, window)
    qtbot.addWidget(dialog)
    fields = dialog.print_fields
    assert dialog.print_values() == {"pdfx": "X-4", "impose": None, "sheet": None, "creep_mm": 0.0}
    assert not fields.sheet_box.isEnabled() and not fields.creep.isEnabled()
    fields.impose_box.setCurrentIndex(fields.IMPOSITIONS.index("2-up"))
    assert fields.sheet_box.isEnabled() and not fields.creep.isEnabled()
    fields.impose_box.setCurrentIndex(fields.IMPOSITIONS.index("saddle-stitch"))
    fields.sheet_box.setCurrentIndex(fields.SHEETS.index("SRA3"))
    fields.standard_box.setCurrentIndex(fields.STANDARDS.index("X-1a"))
    fields.creep.setValue(0.25)
    dialog.show()
    dialog.grab().save(str(tmp_path / "export_dialog.png"))
    values = dialog.print_values()
    assert values == {"pdfx": "X-1a", "impose": "saddle-stitch", "sheet": "SRA3", "creep_mm": 0.25}

    pdf = tmp_path / "booklet.pdf"
    with qtbot.waitSignal(window.exportFinished, timeout=90000) as blocker:
        window.export_to(str(pdf), "side-by-side", "A5", 3.0, True, values)
    assert blocker.args[0]["ok"], blocker.args[0]
    document = pikepdf.open(pdf)
    assert str(document.docinfo.GTS_PDFXVersion) == "PDF/X-1a:2003"
    width, height = (float(v) for v in document.pages[0].MediaBox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (450, 320)  # SRA3 sheets


def test_issue_properties_edit_the_print_job(qtbot, window):
    window.doc.issue.print_job = PrintJob(copies=300, contact="Wu")
    dialog = IssuePropertiesDialog(window.doc.issue, window)
    qtbot.addWidget(dialog)
    assert dialog.job_fields["copies"].value() == 300 and dialog.job_fields["contact"].text() == "Wu"
    dialog.job_fields["copies"].setValue(1200)
    dialog.job_fields["paper"].setText(" 115 g/m² gloss ")
    dialog.job_fields["finishing"].setText("fold, 2 staples")
    job = dialog.issue().print_job
    assert job == PrintJob(copies=1200, paper="115 g/m² gloss", finishing="fold, 2 staples", contact="Wu")
    assert window.doc.issue.print_job.copies == 300  # the dialog edits a copy
