"""PDF/X-4 (default) and PDF/X-1a:2003 from a finished CMYK PDF, and the rules we check them by.

reportlab draws the pages (boxes, CMYK colour, embedded subset fonts, marks in /Separation /All);
what it cannot write, the header version, an XMP packet and an output intent with an embedded
profile, is added here with pikepdf on the finished file (no reportlab internals touched).

`pdfx_problems` checks the rules of ISO 15930-4 (X-1a) / 15930-7 (X-4) that a file made this way
can break. It is our own reading of the standards, not a certified validator (none is packaged
for Debian or PyPI): tests pair it with Ghostscript and qpdf, which are independent.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import uuid
import zlib
from dataclasses import dataclass

import pikepdf

from resources import ICC

PDFX_STANDARDS: tuple[str, ...] = ("X-4", "X-1a")

PROFILE_PATH = ICC / "JianbaoCoatedFOGRA39.icc"
# The print condition the CMYK values are meant for (a registered characterisation), and what the
# embedded profile is: our approximation of it (resources/icc/README.md).
OUTPUT_CONDITION_ID = "FOGRA39"
OUTPUT_CONDITION = "Offset, coated paper, ISO 12647-2:2004 (FOGRA39); profile: Jianbao approximation"
REGISTRY = "http://www.color.org"


@dataclass(frozen=True)
class Standard:
    name: str  # "X-4" | "X-1a"
    version_key: str  # GTS_PDFXVersion
    header: str  # PDF header version


STANDARDS: dict[str, Standard] = {
    "X-4": Standard("X-4", "PDF/X-4", "1.6"),
    "X-1a": Standard("X-1a", "PDF/X-1a:2003", "1.4"),
}


def output_profile() -> bytes:
    return PROFILE_PATH.read_bytes()


@functools.cache
def _compressed_profile() -> bytes:
    """The output profile, Flate-compressed once per process (the file is saved without asking
    qpdf to compress streams: reportlab's already are, and qpdf's pass over them cost 25-30 ms
    of a 40-entry export's CPU)."""
    return zlib.compress(output_profile())


_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})'(\d{2}))?")


def _xmp_date(pdf_date: str) -> str:
    """'D:20261128000000+00'00'' -> '2026-11-28T00:00:00+00:00' (XMP and Info must agree)."""
    m = _DATE.match(pdf_date)
    if not m:
        return "2000-01-01T00:00:00+00:00"
    y, mo, d, h, mi, s, sign, th, tm = m.groups()
    zone = f"{sign}{th}:{tm}" if sign else "+00:00"
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"


def escape(text: str) -> str:
    """XML character data: & < > escaped (as xml.sax.saxutils.escape, whose import pulls in
    urllib, http and ssl: a fifth of the print step's start-up on the bench machine)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xmp(standard: Standard, info: dict[str, str], document_id: str) -> bytes:
    """The XMP packet: pdfxid version (X-4 requires it), dates, title, trapping, document ids."""
    x = {k: escape(v) for k, v in info.items()}
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x["title"]}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{x["author"]}</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreateDate>{x["created"]}</xmp:CreateDate>
   <xmp:ModifyDate>{x["modified"]}</xmp:ModifyDate>
   <xmp:MetadataDate>{x["modified"]}</xmp:MetadataDate>
   <xmp:CreatorTool>{x["creator"]}</xmp:CreatorTool>
   <pdf:Producer>{x["producer"]}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>{document_id}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{document_id}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdfxid:GTS_PDFXVersion>{standard.version_key}</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def _drop_annotations_in_bleed(pdf: pikepdf.Pdf) -> None:
    """PDF/X: no annotation (links included) may print inside the BleedBox; a print file needs none."""
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        if annots is None:
            continue
        keep = [a for a in annots if a.get("/Subtype") in ("/PrinterMark", "/TrapNet")]
        if keep:
            page.obj.Annots = pikepdf.Array(keep)
        else:
            del page.obj["/Annots"]


def make_pdfx(data: bytes, standard: str = "X-4") -> bytes:
    """The same pages as a PDF/X file: output intent with the embedded CMYK profile, version keys,
    Trapped, XMP metadata, TrimBox/BleedBox on every page (already drawn by the exporter).

    Deterministic: the document id is a hash of the input, the dates are the input's.
    """
    std = STANDARDS[standard]
    pdf = pikepdf.open(io.BytesIO(data))
    info = pdf.docinfo
    for page in pdf.pages:  # a page without boxes (screen copy) gets its trim = media
        if "/TrimBox" not in page.obj and "/ArtBox" not in page.obj:
            page.obj.TrimBox = page.obj.MediaBox
        if "/BleedBox" not in page.obj:
            page.obj.BleedBox = page.obj.TrimBox
    _drop_annotations_in_bleed(pdf)

    profile = pikepdf.Stream(pdf, b"")
    profile.write(_compressed_profile(), filter=pikepdf.Name.FlateDecode)
    profile.N = 4
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFX,
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION_ID),
        OutputCondition=pikepdf.String(OUTPUT_CONDITION),
        RegistryName=pikepdf.String(REGISTRY),
        Info=pikepdf.String(OUTPUT_CONDITION),
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])

    title = str(info.get("/Title", "")) or "Jianbao digest"
    info.Title = pikepdf.String(title)
    info.Trapped = pikepdf.Name("/False")
    info.GTS_PDFXVersion = pikepdf.String(std.version_key)
    if std.name == "X-1a":
        info.GTS_PDFXConformance = pikepdf.String(std.version_key)
    created = str(info.get("/CreationDate", "D:20000101000000+00'00'"))
    modified = str(info.get("/ModDate", created))
    info.CreationDate, info.ModDate = pikepdf.String(created), pikepdf.String(modified)
    document_id = f"uuid:{uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])}"
    fields = {
        "title": title,
        "author": str(info.get("/Author", "")),
        "creator": str(info.get("/Creator", "Jianbao")),
        "producer": str(info.get("/Producer", "Jianbao")),
        "created": _xmp_date(created),
        "modified": _xmp_date(modified),
    }
    metadata = pikepdf.Stream(pdf, _xmp(std, fields, document_id))
    metadata.Type, metadata.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
    pdf.Root.Metadata = pdf.make_indirect(metadata)

    out = io.BytesIO()
    pdf.save(
        out,
        force_version=std.header,
        # No object streams: X-1a (PDF 1.4) forbids them, and X-4 files stay readable by simple
        # tools (catalog, info and intent in plain objects, as reportlab wrote them).
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        deterministic_id=True,
        compress_streams=False,  # every stream is compressed already, but the XMP metadata
    )
    return out.getvalue()


# -- checking --------------------------------------------------------------------------------------

_RGB_OPERATOR = re.compile(rb"(?:^|\s)(?:rg|RG)(?:\s|$)")


def _boxes_ok(page: pikepdf.Page) -> str | None:
    obj = page.obj
    if "/TrimBox" not in obj and "/ArtBox" not in obj:
        return "no TrimBox"
    media = [float(v) for v in obj.MediaBox]
    trim = [float(v) for v in (obj.TrimBox if "/TrimBox" in obj else obj.ArtBox)]
    bleed = [float(v) for v in obj.get("/BleedBox", obj.MediaBox)]
    eps = 0.01

    def inside(inner: list[float], outer: list[float]) -> bool:
        return (
            inner[0] >= outer[0] - eps
            and inner[1] >= outer[1] - eps
            and inner[2] <= outer[2] + eps
            and inner[3] <= outer[3] + eps
        )

    if not inside(trim, bleed):
        return "TrimBox outside the BleedBox"
    if not inside(bleed, media):
        return "BleedBox outside the MediaBox"
    return None


def pdfx_problems(data: bytes, standard: str = "X-4") -> list[str]:
    """Each rule the file breaks, as a short English phrase; [] for a conforming file."""
    std = STANDARDS[standard]
    problems: list[str] = []
    if not data.startswith(b"%PDF-"):
        return ["not a PDF file"]
    header = data[5:8].decode("latin-1")
    if header > std.header:
        problems.append(f"PDF header {header} is newer than {std.header}")
    pdf = pikepdf.open(io.BytesIO(data))
    if pdf.is_encrypted:
        problems.append("encrypted")
    if "/ID" not in pdf.trailer:
        problems.append("no document ID in the trailer")
    info = pdf.docinfo
    if str(info.get("/GTS_PDFXVersion", "")) != std.version_key:
        problems.append(f"Info GTS_PDFXVersion is not {std.version_key}")
    if str(info.get("/Trapped", "")) not in ("/True", "/False"):
        problems.append("Info Trapped is not True or False")
    if not str(info.get("/Title", "")).strip():
        problems.append("no Title")
    xmp = bytes(pdf.Root.Metadata.read_bytes()) if "/Metadata" in pdf.Root else b""
    if standard == "X-4":
        for needed in (
            f"<pdfxid:GTS_PDFXVersion>{std.version_key}<".encode(),
            b"<xmpMM:DocumentID>",
            b"<xmpMM:VersionID>",
            b"<xmpMM:RenditionClass>",
            b"<pdf:Trapped>False<",
        ):
            if needed not in xmp:
                problems.append(f"XMP lacks {needed.decode().strip('<>')}")
    intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFX"]
    if len(intents) != 1:
        problems.append("not exactly one GTS_PDFX output intent")
    else:
        intent = intents[0]
        if not str(intent.get("/OutputConditionIdentifier", "")):
            problems.append("output intent has no OutputConditionIdentifier")
        profile = intent.get("/DestOutputProfile")
        if profile is None:
            problems.append("output intent embeds no profile")
        else:
            icc = bytes(profile.read_bytes())
            if (
                len(icc) < 128
                or icc[12:16] != b"prtr"
                or icc[16:20] != b"CMYK"
                or int(profile.get("/N", 0)) != 4
            ):
                problems.append("output profile is not a CMYK output (prtr) profile")
    fonts_seen: set[tuple[int, int]] = set()
    for number, page in enumerate(pdf.pages, 1):
        wrong = _boxes_ok(page)
        if wrong:
            problems.append(f"page {number}: {wrong}")
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") not in ("/PrinterMark", "/TrapNet"):
                problems.append(f"page {number}: annotation inside the page")
                break
        problems.extend(_resource_problems(page.obj.get("/Resources"), number, std, fonts_seen, depth=0))
        for stream in _content_streams(page.obj):
            if _RGB_OPERATOR.search(stream):
                problems.append(f"page {number}: DeviceRGB colour in the content")
                break
    return list(dict.fromkeys(problems))


def _content_streams(obj: pikepdf.Object) -> list[bytes]:
    contents = obj.get("/Contents")
    if contents is None:
        return []
    if isinstance(contents, pikepdf.Array):
        return [bytes(c.read_bytes()) for c in contents]
    return [bytes(contents.read_bytes())]


def _resource_problems(
    resources: pikepdf.Object | None, page: int, std: Standard, fonts_seen: set[tuple[int, int]], depth: int
) -> list[str]:
    """Fonts embedded, no RGB colour spaces, no transparency for X-1a; through Form XObjects."""
    problems: list[str] = []
    if resources is None or depth > 8:
        return problems
    for font in (resources.get("/Font") or {}).values():
        key = font.objgen
        if key in fonts_seen and key != (0, 0):
            continue
        fonts_seen.add(key)
        if font.get("/Subtype") == "/Type3":
            continue
        descriptors = [font.get("/FontDescriptor")]
        for descendant in font.get("/DescendantFonts", []):
            descriptors.append(descendant.get("/FontDescriptor"))
        if not any(
            d is not None and any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            for d in descriptors
        ):
            problems.append(f"font {font.get('/BaseFont')} is not embedded")
    for space in (resources.get("/ColorSpace") or {}).values():
        family = space[0] if isinstance(space, pikepdf.Array) else space
        if family in ("/DeviceRGB", "/CalRGB"):
            problems.append(f"page {page}: RGB colour space")
    if std.name == "X-1a":
        for state in (resources.get("/ExtGState") or {}).values():
            if state.get("/SMask", pikepdf.Name.None_) != pikepdf.Name.None_ or any(
                float(state.get(k, 1)) < 1 for k in ("/CA", "/ca")
            ):
                problems.append(f"page {page}: transparency (not allowed in PDF/X-1a)")
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.get("/Subtype") == "/Form":
            if std.name == "X-1a" and xobject.get("/Group") is not None:
                problems.append(f"page {page}: transparency group (not allowed in PDF/X-1a)")
            if _RGB_OPERATOR.search(bytes(xobject.read_bytes())):
                problems.append(f"page {page}: DeviceRGB colour in the content")
            problems.extend(_resource_problems(xobject.get("/Resources"), page, std, fonts_seen, depth + 1))
        elif xobject.get("/Subtype") == "/Image" and xobject.get("/ColorSpace") == "/DeviceRGB":
            problems.append(f"page {page}: RGB image")
    return problems
