"""Print distribution: PDF/X output (output intent, version keys, XMP), booklet imposition, job sheet.

Everything here works on finished PDF bytes (what `digest.export.build_pdf` made), through
pikepdf, so the reader PDF and the printer's files show the same pages.
"""
