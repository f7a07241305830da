"""PDF/X-4 and PDF/X-1a exports checked by tools that are not ours, and by our rule list.

- qpdf --check: the file's structure (xref, objects, streams) is sound. Not PDF/X rules.
- Ghostscript renders every page with -dPDFSTOPONERROR, using the file's own output intent
  (-dUsePDFX3Profile), to CMYK separations (tiffsep): an independent interpreter reads it, and the
  plates show the marks on all four inks alike and the slug on black only. Not a PDF/X validator.
- Pillow's LittleCMS reads the embedded profile and converts through it: the profile is a valid
  CMYK output profile for a CMM other than the one that made it.
- pdfx_problems: our list of the ISO 15930 rules this kind of file can break (version keys, XMP,
  Trapped, output intent, boxes, fonts, RGB, annotations, X-1a transparency). Not certified; no
  veraPDF-class validator is packaged for Debian or PyPI.
"""

from __future__ import annotations

import io
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageCms

from digest.export import ExportOptions, build_pdf, export_pdf
from digest.print.pdfx import make_pdfx, pdfx_problems
from tests.export.export_helpers import make_project

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


@pytest.fixture(scope="module")
def project():
    return make_project(3)


@pytest.fixture(scope="module")
def x4(project, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdfx") / "x4.pdf"
    export_pdf(project, project.issue, path, ExportOptions(bleed_mm=3, marks=True, slug=True))
    return path


@pytest.fixture(scope="module")
def x1a(project, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdfx") / "x1a.pdf"
    export_pdf(project, project.issue, path, ExportOptions(bleed_mm=3, marks=True, pdfx="X-1a"))
    return path


def test_x4_passes_our_rules_and_qpdf(x4):
    data = x4.read_bytes()
    assert data.startswith(b"%PDF-1.6")
    assert pdfx_problems(data, "X-4") == []
    check = subprocess.run(["qpdf", "--check", str(x4)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_x1a_passes_our_rules_and_qpdf(x1a):
    data = x1a.read_bytes()
    assert data.startswith(b"%PDF-1.4")
    assert b"/ObjStm" not in data and b"/XRef" not in data  # PDF 1.4: no object or xref streams
    assert pdfx_problems(data, "X-1a") == []
    pdf = pikepdf.open(x1a)
    assert str(pdf.docinfo.GTS_PDFXVersion) == str(pdf.docinfo.GTS_PDFXConformance) == "PDF/X-1a:2003"
    assert subprocess.run(["qpdf", "--check", str(x1a)], capture_output=True).returncode == 0


def test_xmp_is_well_formed_and_agrees_with_the_info_dictionary(x4):
    pdf = pikepdf.open(x4)
    root = ET.fromstring(pdf.Root.Metadata.read_bytes())
    values = {el.tag.split("}")[1]: (el.text or "").strip() for el in root.iter() if "}" in el.tag}
    assert values["GTS_PDFXVersion"] == "PDF/X-4"
    assert values["Trapped"] == "False" and pdf.docinfo.Trapped == pikepdf.Name("/False")
    assert values["RenditionClass"] == "default" and values["VersionID"] == "1"
    assert re.fullmatch(r"uuid:[0-9a-f-]{36}", values["DocumentID"])
    assert values["CreateDate"] == "2026-11-28T00:00:00+00:00"  # Info: D:20261128000000+00'00'
    assert str(pdf.docinfo.CreationDate).startswith("D:20261128")
    title = root.find(f".//{RDF}Alt/{RDF}li")
    assert title is not None and title.text == str(pdf.docinfo.Title)


def test_output_intent_embeds_a_cmyk_profile_another_cmm_can_use(x4):
    pdf = pikepdf.open(x4)
    (intent,) = pdf.Root.OutputIntents
    assert intent.S == pikepdf.Name("/GTS_PDFX")
    assert str(intent.OutputConditionIdentifier) == "FOGRA39"
    icc = bytes(intent.DestOutputProfile.read_bytes())
    assert int(intent.DestOutputProfile.N) == 4
    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    assert profile.profile.xcolor_space.strip() == "CMYK" and profile.profile.device_class == "prtr"
    to_lab = ImageCms.buildTransform(profile, ImageCms.createProfile("LAB"), "CMYK", "LAB")
    patches = Image.new("CMYK", (3, 1))
    patches.putdata([(0, 0, 0, 0), (0, 0, 0, 255), (255, 0, 0, 0)])
    lab = ImageCms.applyTransform(patches, to_lab)
    paper, black, cyan = (lab.getpixel((x, 0)) for x in range(3))
    assert paper[0] > 245 and black[0] < 60 and cyan[0] < paper[0]  # L* (0-255): white, dark, cyan
    assert cyan[2] < 128 - 30  # b* clearly negative: cyan is blue-green, not grey


def _plates(path: Path, tmp_path: Path, resolution: int = 100) -> dict[str, Image.Image]:
    run = subprocess.run(
        [
            "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFSTOPONERROR", "-dUsePDFX3Profile",
            "-sDEVICE=tiffsep", f"-r{resolution}", "-dFirstPage=1", "-dLastPage=1",
            f"-o{tmp_path / 'sep%d.tif'}", str(path),
        ],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0 and "rror" not in run.stderr + run.stdout, run.stderr + run.stdout
    return {ink: Image.open(tmp_path / f"sep1({ink}).tif") for ink in ("Cyan", "Magenta", "Yellow", "Black")}


def test_ghostscript_separations_show_marks_on_every_plate_and_the_slug_in_black(x4, tmp_path):
    plates = _plates(x4, tmp_path)
    pdf = pikepdf.open(x4)
    page = pdf.pages[0]
    media_top = float(page.MediaBox[3])
    bx0, by0, bx1, by1 = (float(v) for v in page.BleedBox)
    scale, margin = 100 / 72, 2.0

    def inked_outside_bleed(image: Image.Image) -> int:
        px, (w, h) = image.load(), image.size
        count = 0
        for y in range(h):
            for x in range(w):
                if px[x, y] < 128:  # tiffsep plates: 0 is full ink
                    X, Y = x / scale, media_top - y / scale
                    if not (bx0 - margin <= X <= bx1 + margin and by0 - margin <= Y <= by1 + margin):
                        count += 1
        return count

    outside = {ink: inked_outside_bleed(image) for ink, image in plates.items()}
    assert outside["Cyan"] > 50  # the crop marks
    assert outside["Cyan"] == outside["Magenta"] == outside["Yellow"]  # registration: same on all
    assert outside["Black"] > outside["Cyan"] + 100  # the slug line is black only


def test_imposed_booklet_is_pdfx_too(project, tmp_path):
    path = tmp_path / "booklet.pdf"
    report = export_pdf(
        project,
        project.issue,
        path,
        ExportOptions(paper="A5", bleed_mm=3, impose="saddle-stitch", sheet="SRA3"),
    )
    data = path.read_bytes()
    assert pdfx_problems(data, "X-4") == []
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    assert report.job is not None and report.job.sheet == "SRA3" and report.job.imposition == "saddle-stitch"
    assert len(pikepdf.open(path).pages) == 2 * report.job.sheets


def test_the_rules_catch_what_a_plain_pdf_lacks(project):
    plain, _ = build_pdf(project, project.issue, ExportOptions(bleed_mm=3, marks=True))
    problems = pdfx_problems(plain, "X-4")
    assert "Info GTS_PDFXVersion is not PDF/X-4" in problems
    assert "not exactly one GTS_PDFX output intent" in problems
    assert any(p.startswith("XMP lacks") for p in problems)
    pdf = pikepdf.open(io.BytesIO(make_pdfx(plain)))
    del pdf.pages[1].obj["/TrimBox"]
    pdf.pages[0].obj.Contents = pdf.make_stream(b"1 0 0 rg 0 0 10 10 re f")
    pdf.Root.OutputIntents[0].DestOutputProfile = pdf.make_stream(b"\0" * 200)
    buffer = io.BytesIO()
    pdf.save(buffer)
    broken = pdfx_problems(buffer.getvalue(), "X-4")
    assert "page 2: no TrimBox" in broken
    assert "page 1: DeviceRGB colour in the content" in broken
    assert "output profile is not a CMYK output (prtr) profile" in broken


def test_the_print_file_is_deterministic_and_the_preview_stays_plain(project, tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (a, b):
        export_pdf(project, project.issue, path, ExportOptions(bleed_mm=3, marks=True))
    assert a.read_bytes() == b.read_bytes()
    preview, _ = build_pdf(project, project.issue)
    assert b"/OutputIntents" not in preview  # the live preview skips the print finishing
    plain = tmp_path / "plain.pdf"
    export_pdf(project, project.issue, plain, ExportOptions(pdfx=None))
    assert b"GTS_PDFXVersion" not in plain.read_bytes()


def test_slug_line_names_issue_date_and_page_count_outside_the_bleed(x4):
    import pdfplumber

    with pdfplumber.open(x4) as document:
        count = len(document.pages)
        for number, page in enumerate(document.pages, 1):
            bleed_bottom = float(page.height) - float(page.page_obj.attrs["BleedBox"][1])
            slug = [w for w in page.extract_words() if w["top"] > bleed_bottom]  # below the bleed
            text = " ".join(w["text"] for w in slug)
            assert f"page {number} of {count}" in text, text
            assert "No. 12" in text and "2026-11-28" in text and "exported" in text
