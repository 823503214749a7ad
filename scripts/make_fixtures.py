"""Make test documents in every form the pipeline has to read, from the sample communiqués.

Communiqués reach the pipeline as text-layer PDFs, scanned PDFs, phone photos, multi-page
TIFFs, Word files and web pages. This script renders each sample in ``corpus/inbox`` (or its
hand-corrected transcript in ``corpus/transcripts`` when there is one, since a scan of paper
shows clean text, not OCR errors) into all of those forms, plus a few broken files, so readers
can be tested without downloading anything:

    <stem>.text.pdf           text-layer PDF (reportlab, Helvetica, one source line per PDF line)
    <stem>.scan.pdf           image-only PDF of the text PDF: 300 dpi, tilted, blurred, noisy
    <stem>.photo.png          phone photo: tinted paper, uneven light, perspective, noise
    <stem>.phone.pdf          phone-scanned PDF: one photo per page at 200 dpi, soft focus, a
                              shadow across the page, grey paper, skew up to ±3°, JPEG quality 55
    <stem>.docx               Word file with a table, a bookmark, a footer field and a tracked deletion
    <stem>.html               news page with menus, a cookie banner, an aside and a footer
    <stem>.nosemantic.html    (one stem) the same page without <main>/<article>
    <stem>.scan.tiff          (one stem) multi-page bilevel TIFF of a two-page scan
    <stem>.photo.jpg          (one stem) the phone photo as JPEG
    <stem>.reflow.pdf         text PDF of paragraphs wrapped anew, list items run into their paragraph
    <stem>.reflow.docx        the same paragraphs as a Word file
    <stem>.reflow.html        the same paragraphs as a news page
    <stem>.hyphen.pdf         text PDF in narrow lines, words and names cut by end-of-line hyphens
    <stem>.columns.pdf        text PDF in two columns under a title across the page
    <stem>.furniture.pdf      text PDF with a running head, a running foot and page numbers
    bad/                      corrupt and encrypted PDFs, an empty file, a blank and a truncated image
    MANIFEST.json             every file with its stem and form

Everything is seeded from the stem and written without timestamps, so two runs give the same
bytes.

`--texts DIR` renders the texts of another folder instead (the real communiqués of
../shared/dev/raw, as they were published: no transcript), each into the per-document forms
above; no TIFF, JPEG, nosemantic page or broken files.

    .venv/bin/python scripts/make_fixtures.py --out build/forms
    .venv/bin/python scripts/make_fixtures.py --texts ../shared/dev/raw --out build/dev_forms
"""

from __future__ import annotations

import argparse
import html
import io
import json
import re
import sys
import time
import unicodedata
import zipfile
import zlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import docx
import numpy as np
import pypdfium2 as pdfium
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image, ImageDraw, ImageFilter

from reportlab import rl_config

# Must be set before pdfencrypt is imported: it then draws its "random" salts from a fixed table,
# so the encrypted PDF is reproducible too.
rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfbase.rl_codecs import RL_Codecs  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# Text PDF layout.
MARGIN = 2 * cm
MAX_FONT_SIZE = 10.5
MIN_FONT_SIZE = 7.0  # below this the source is not line-wrapped: wrap it ourselves instead
LINE_SPACING = 1.25
BODY_FONT = "Helvetica"
TITLE_FONT = "Helvetica-Bold"

SCAN_DPI = 300
PHOTO_DPI = 200
FIXED_DATE = datetime(2024, 1, 1)

# A paragraph keeps going while the previous line is at least this share of the longest line.
REFLOW_LONG_LINE = 0.65
LIST_MARKER = re.compile(r"^(?:[•\-–*]\s*|[eo] |\d+[.)]\s*)")

# Characters Helvetica's WinAnsi encoding lacks, with the closest character it has.
CP1252_SUBSTITUTES = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
    "\u2009": " ", "\u2007": " ", "\u202f": "\u00a0", "\u200b": "", "\ufeff": "",
    "\u2032": "'", "\u2033": '"', "\u2192": "->", "\u2264": "<=", "\u2265": ">=", "\u2248": "~",
    "\uf0b7": "•", "\uf0a7": "•", "\u25cf": "•", "\u25aa": "•", "\u25a0": "•", "\u2713": "v",
}

SITE_NAME = "Bourgogne Santé Info"
# Headlines about other CPTS, for the "read also" links: they must never reach extracted text.
RELATED_HEADLINES = [
    ("/actualites/cpts-haut-doubs-contrat", "La CPTS du Haut-Doubs signe son contrat"),
    ("/actualites/cpts-loire-nievre-coordinatrice",
     "Nevers : la CPTS Loire et Nièvre recrute une coordinatrice"),
]

# Purposes for seeding, so each random stream stays the same when another one changes.
SEED_SCAN, SEED_PHOTO, SEED_CORRUPT, SEED_BLANK, SEED_PHONE = range(5)
PHONE_JPEG_QUALITY = 55


def write_bullets_as_0x95() -> None:
    """reportlab writes "•" as byte 0x7F, which text extractors such as pdfminer do not map
    (they show "(cid:127)"); Word and most other producers use 0x95, its usual WinAnsi code.
    Must run before the first text is encoded, as the codec is built once and cached."""
    codecs_data = RL_Codecs._RL_Codecs__rl_codecs_data
    winansi = codecs_data["winansi"]
    codecs_data["winansi"] = winansi._replace(rexceptions={**winansi.rexceptions, 0x2022: 0x95})


write_bullets_as_0x95()


def rng_for(name: str, purpose: int) -> np.random.Generator:
    return np.random.default_rng([zlib.crc32(name.encode("utf-8")), purpose])


# ---------------------------------------------------------------------------------------------
# Source text


def source_path(corpus: Path, stem: str) -> Path:
    """A sample's clean transcript when it has one, else its text in the inbox."""
    transcript = corpus / "transcripts" / f"{stem}.txt"
    return transcript if transcript.exists() else corpus / "inbox" / f"{stem}.txt"


def read_source(path: Path) -> list[str]:
    """The lines of a communiqué without trailing spaces or blank lines around them."""
    text = path.read_text(encoding="utf-8-sig").expandtabs(4)
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def to_cp1252(text: str, unknown: dict[str, str]) -> str:
    """Replace characters that standard PDF fonts cannot show; record each one in unknown."""
    out = []
    for char in text:
        try:
            char.encode("cp1252")
            out.append(char)
            continue
        except UnicodeEncodeError:
            pass
        substitute = CP1252_SUBSTITUTES.get(char)
        if substitute is None:
            substitute = closest_cp1252(char)
        unknown[char] = substitute
        out.append(substitute)
    return "".join(out)


def closest_cp1252(char: str) -> str:
    for form in ("NFKC", "NFKD"):
        candidate = "".join(c for c in unicodedata.normalize(form, char) if not unicodedata.combining(c))
        try:
            candidate.encode("cp1252")
            return candidate
        except UnicodeEncodeError:
            continue
    return "?"


def is_list_item(line: str) -> bool:
    return bool(LIST_MARKER.match(line.lstrip()))


def strip_list_marker(text: str) -> str:
    return LIST_MARKER.sub("", text.lstrip(), count=1).strip()


def join_lines(previous: str, line: str) -> str:
    # A line ending in a hyphen inside a word ("médico-" / "psychologique") continues that word.
    if re.search(r"\w-$", previous) and line[:1].isalpha():
        return previous + line
    return previous + " " + line


DATE_ONLY_LINE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:?\s*$")


def pair_date_columns(lines: list[str]) -> list[str]:
    """A two-column table of dates and events that a text export flattened into a run of date
    lines followed by as many event lines becomes one "date : event" line per row, as an author
    typing it in Word would write it."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = 0
        while i + run < len(lines) and DATE_ONLY_LINE.match(lines[i + run]):
            run += 1
        labels = [j for j in range(i + run, len(lines)) if lines[j].strip()][:run]
        if run < 2 or len(labels) < run:
            out.append(lines[i])
            i += 1
            continue
        for k, j in enumerate(labels):
            out += [f"{lines[i + k].strip()} {lines[j].strip()}", ""]  # one paragraph per row
        i = labels[-1] + 1
    return out


def reflow(lines: list[str]) -> list[str]:
    """Paragraphs from pre-wrapped lines: a line continues the previous one when that one was
    long (so it was wrapped) and the line does not open a list item; blank lines end paragraphs."""
    lines = pair_date_columns(lines)
    longest = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    previous_length = 0
    for line in lines:
        if not line.strip():
            if current:
                paragraphs.append(current)
            current, previous_length = "", 0
            continue
        continues = (current and previous_length >= REFLOW_LONG_LINE * longest
                     and not is_list_item(line))
        if continues:
            current = join_lines(current, line.strip())
        else:
            if current:
                paragraphs.append(current)
            current = line.strip()
        previous_length = len(line)
    if current:
        paragraphs.append(current)
    return paragraphs


# ---------------------------------------------------------------------------------------------
# Text-layer PDF


@dataclass
class PdfLine:
    text: str  # empty for a blank line
    bold: bool = False

    @property
    def font(self) -> str:
        return TITLE_FONT if self.bold else BODY_FONT


def title_line_count(lines: list[str]) -> int:
    """How many opening lines form a short title block (made bold), or 0."""
    block = []
    for line in lines:
        if not line.strip():
            break
        block.append(line)
    if len(block) <= 3 and all(len(line.strip()) <= 80 for line in block):
        return len(block)
    return 0


def wrap_to_width(line: PdfLine, size: float, width: float) -> list[PdfLine]:
    words = line.text.split()
    wrapped: list[PdfLine] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, line.font, size) > width:
            wrapped.append(PdfLine(current, line.bold))
            current = word
        else:
            current = candidate
    wrapped.append(PdfLine(current, line.bold))
    return wrapped


def lay_out_lines(lines: list[str], width: float, notes: list[str]) -> tuple[list[PdfLine], float]:
    """PDF lines and the font size: the largest size (up to 10.5 pt) at which the longest line
    fits. Sources holding one paragraph per line would need an unreadable size, so those are
    word-wrapped at the full size instead."""
    titles = title_line_count(lines)
    pdf_lines = [PdfLine(line, bold=i < titles) for i, line in enumerate(lines)]
    size = MAX_FONT_SIZE
    for line in pdf_lines:
        natural = stringWidth(line.text, line.font, 1.0)
        if natural:
            size = min(size, width / natural)
    if size >= MIN_FONT_SIZE:
        return pdf_lines, size
    notes.append(f"lines up to {max(len(l) for l in lines)} characters are not wrapped in the "
                 f"source; word-wrapped at {MAX_FONT_SIZE} pt in the PDF")
    wrapped: list[PdfLine] = []
    for line in pdf_lines:
        fits = stringWidth(line.text, line.font, MAX_FONT_SIZE) <= width
        wrapped.extend([line] if fits or not line.text else wrap_to_width(line, MAX_FONT_SIZE, width))
    return wrapped, MAX_FONT_SIZE


def make_text_pdf(lines: list[str], title: str, notes: list[str]) -> bytes:
    page_width, page_height = A4
    unknown: dict[str, str] = {}
    lines = [to_cp1252(line, unknown) for line in lines]
    for char, substitute in sorted(unknown.items()):
        notes.append(f"U+{ord(char):04X} {unicodedata.name(char, '?')} is not in cp1252: "
                     f"written as {substitute!r}")
    pdf_lines, size = lay_out_lines(lines, page_width - 2 * MARGIN, notes)
    step = size * LINE_SPACING
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor("Fixtures")
    top = page_height - MARGIN - size
    y = top
    for line in pdf_lines:
        if y < MARGIN:
            canvas.showPage()
            y = top
        if not line.text and y == top:
            continue  # no blank space at the head of a page
        if line.text:
            canvas.setFont(line.font, size)
            canvas.drawString(MARGIN, y, line.text)
        y -= step
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_encrypted_pdf() -> bytes:
    buffer = io.BytesIO()
    encryption = StandardEncryption("secret-user", "secret-owner", canPrint=0, canModify=0,
                                    canCopy=0, canAnnotate=0, strength=128)
    canvas = Canvas(buffer, pagesize=A4, invariant=1, encrypt=encryption)
    canvas.setFont(BODY_FONT, 11)
    canvas.drawString(MARGIN, A4[1] - MARGIN - 11,
                      "Ce communiqué est protégé par un mot de passe et ne doit pas être lu.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for page in document]
    finally:
        document.close()


# ---------------------------------------------------------------------------------------------
# Scans and photos


def add_specks(image: Image.Image, rng: np.random.Generator, count: int) -> None:
    draw = ImageDraw.Draw(image)
    for _ in range(count):
        x, y = rng.integers(0, image.width), rng.integers(0, image.height)
        radius = rng.uniform(1.0, 4.0)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=int(rng.integers(20, 90)))


def scan_page(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A clean greyscale render made to look like a sheet through an office scanner."""
    angle = rng.uniform(0.3, 1.2) * rng.choice([-1.0, 1.0])
    image = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    add_specks(image, rng, int(rng.integers(4, 12)))
    image = image.filter(ImageFilter.GaussianBlur(0.7))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = 25 + pixels * ((235 - 25) / 255)  # grey paper, ink never fully black
    pixels += rng.standard_normal(pixels.shape, dtype=np.float32) * 12
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def stack_vertically(pages: list[Image.Image]) -> Image.Image:
    sheet = Image.new("L", (max(p.width for p in pages), sum(p.height for p in pages)), 255)
    y = 0
    for page in pages:
        sheet.paste(page, (0, y))
        y += page.height
    return sheet


def perspective_quad(size: tuple[int, int], rng: np.random.Generator) -> tuple[float, ...]:
    """Source corners for a slight perspective: each moves by up to 1.5% of the width, as when
    a phone is not held exactly parallel to the page. Much more and tesseract starts cutting
    lines into separate blocks, which scrambles the reading order."""
    w, h = size
    dx, dy = rng.uniform(-0.015, 0.015, size=(2, 4)) * w
    return (dx[0], dy[0],           # upper left
            dx[1], h + dy[1],       # lower left
            w + dx[2], h + dy[2],   # lower right
            w + dx[3], dy[3])       # upper right


def transform_quad(image: Image.Image, quad: tuple[float, ...], fill: int) -> Image.Image:
    return image.transform(image.size, Image.Transform.QUAD, quad,
                           resample=Image.Resampling.BICUBIC, fillcolor=fill)


def uneven_light(height: int, width: int, rng: np.random.Generator) -> np.ndarray:
    """Brightness factor per pixel: 1 at the lit side, down to ~0.65 at one corner."""
    corner_y, corner_x = rng.integers(0, 2), rng.integers(0, 2)
    ys = np.abs(np.linspace(0.0, 1.0, height, dtype=np.float32) - corner_y)[:, None]
    xs = np.abs(np.linspace(0.0, 1.0, width, dtype=np.float32) - corner_x)[None, :]
    distance = np.minimum(np.sqrt(ys ** 2 + xs ** 2) / 1.1, 1.0)
    return 0.65 + 0.35 * distance ** 0.7


def photograph(pages: list[Image.Image], rng: np.random.Generator) -> Image.Image:
    """Greyscale page renders made to look like a phone picture of the printed sheets."""
    sheet = stack_vertically(pages)
    quad = perspective_quad(sheet.size, rng)
    # Where the tilted sheet does not fill the frame, the desk shows.
    desk = np.asarray(transform_quad(Image.new("L", sheet.size, 255), quad, fill=0)) < 128
    sheet = transform_quad(sheet, quad, fill=255)
    ink = 1.0 - np.asarray(sheet, dtype=np.float32) / 255
    paper = np.array([246, 234, 212], dtype=np.float32)
    ink_colour = np.array([38, 34, 40], dtype=np.float32)
    rgb = paper * (1 - ink[..., None]) + ink_colour * ink[..., None]
    rgb[desk] = (92, 74, 58)
    rgb *= uneven_light(*ink.shape, rng)[..., None]
    image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    pixels = np.asarray(image, dtype=np.float32)
    pixels += rng.standard_normal(pixels.shape[:2], dtype=np.float32)[..., None] * 5
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def shadow_band(height: int, width: int, rng: np.random.Generator) -> np.ndarray:
    """Brightness factor per pixel: a soft diagonal shadow (a hand or the phone) across the
    page, down to ~0.7 at its core."""
    ys = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    xs = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    slope, offset = rng.uniform(-0.6, 0.6), rng.uniform(0.25, 0.75)
    distance = np.abs(ys - offset - slope * (xs - 0.5))
    depth, half_width = rng.uniform(0.2, 0.3), rng.uniform(0.06, 0.12)
    return 1.0 - depth * np.exp(-(distance / half_width) ** 2)


def phone_page(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A 200 dpi page render made to look like a phone picture of that page alone: turned by up
    to 3°, in perspective, grey paper, uneven light with a shadow across, soft focus, noise."""
    angle = rng.uniform(1.0, 3.0) * rng.choice([-1.0, 1.0])
    sheet = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    sheet = transform_quad(sheet, perspective_quad(sheet.size, rng), fill=255)
    ink = 1.0 - np.asarray(sheet, dtype=np.float32) / 255
    paper, ink_level = rng.uniform(185, 210), rng.uniform(60, 85)
    grey = paper * (1 - ink) + ink_level * ink
    grey *= uneven_light(*ink.shape, rng) * shadow_band(*ink.shape, rng)
    image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(1.3, 1.5)))
    pixels = np.asarray(image, dtype=np.float32)
    pixels += rng.standard_normal(pixels.shape, dtype=np.float32) * 9
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def save_phone_pdf(pages: list[Image.Image], path: Path) -> None:
    """Each page JPEG-compressed at quality 55, as phone scanning apps store them."""
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=PHOTO_DPI,
                  quality=PHONE_JPEG_QUALITY, creationDate=None, modDate=None, title=path.stem)


def bilevel(page: Image.Image) -> Image.Image:
    return page.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)


def save_scan_pdf(pages: list[Image.Image], path: Path) -> None:
    # creationDate/modDate set to None keep Pillow from stamping the current time.
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI,
                  creationDate=None, modDate=None, title=path.stem)


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Word


def add_bookmark(paragraph, name: str = "_GoBack") -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), "0")
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), "0")
    element = paragraph._p
    first_run = element.find(qn("w:r"))
    first_run.addprevious(start)
    first_run.addnext(end)


def add_tracked_deletion(paragraph, text: str) -> None:
    """Split the paragraph's text at a space near its middle and put a deleted run there."""
    full = paragraph.text
    split = full.find(" ", len(full) // 2)
    if split < 0:
        split = len(full)
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run(full[: split + 1])
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "1")
    deletion.set(qn("w:author"), "Fixtures")
    deletion.set(qn("w:date"), "2024-01-01T00:00:00Z")
    run = OxmlElement("w:r")
    deleted = OxmlElement("w:delText")
    deleted.set(qn("xml:space"), "preserve")
    deleted.text = text + " "
    run.append(deleted)
    deletion.append(run)
    paragraph._p.append(deletion)
    paragraph.add_run(full[split + 1:])


def add_field_run(paragraph, char_type: str) -> None:
    run = paragraph.add_run()
    field = OxmlElement("w:fldChar")
    field.set(qn("w:fldCharType"), char_type)
    run._r.append(field)


def add_page_number_footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run("Page ")
    add_field_run(paragraph, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    paragraph.add_run()._r.append(instruction)
    add_field_run(paragraph, "separate")
    paragraph.add_run("1")
    add_field_run(paragraph, "end")


def set_fixed_properties(document, title: str, pages: int) -> None:
    props = document.core_properties
    props.author = props.last_modified_by = "Fixtures"
    props.title = title
    props.comments = ""
    props.revision = 1
    props.created = props.modified = props.last_printed = FIXED_DATE
    for part in document.part.package.parts:
        if part.partname == "/docProps/app.xml":
            part._blob = re.sub(rb"<Pages>\d+</Pages>", f"<Pages>{pages}</Pages>".encode(), part.blob)


def with_fixed_zip_times(docx_bytes: bytes) -> bytes:
    """python-docx stamps each zip member with the current time; rewrite them with a fixed one."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return buffer.getvalue()


def make_docx(paragraphs: list[str], title: str, pages: int) -> bytes:
    document = docx.Document()
    set_fixed_properties(document, title, pages)
    # The opening paragraph sits in the second cell of a one-row table, as next to a logo.
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 1).paragraphs[0].add_run(paragraphs[0])
    body = [document.add_paragraph(text) for text in paragraphs[1:]]
    if body:
        add_bookmark(body[0])
        add_tracked_deletion(max(body[1:] or body, key=lambda p: len(p.text)), "texte supprimé")
    add_page_number_footer(document.sections[0])
    buffer = io.BytesIO()
    document.save(buffer)
    return with_fixed_zip_times(buffer.getvalue())


# ---------------------------------------------------------------------------------------------
# Web pages

STYLE = """
body { font-family: Georgia, serif; margin: 0; color: #222; }
.container { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
header, .top { background: #0b4f6c; color: #fff; }
nav ul { list-style: none; display: flex; gap: 24px; margin: 0; padding: 12px 0; }
nav a, .menu a { color: #fff; text-decoration: none; }
.cookie-banner { position: fixed; bottom: 0; width: 100%; background: #333; color: #eee; }
.breadcrumb { font-size: 0.85em; color: #666; }
aside, .sidebar { font-size: 0.9em; background: #f4f4f4; padding: 12px; }
footer, .bottom { border-top: 1px solid #ccc; font-size: 0.8em; }
""".strip()

SCRIPT = """
window.dataLayer = window.dataLayer || [];
function gtag(){ dataLayer.push(arguments); }
gtag('js', new Date());
gtag('config', 'G-FIXTURES1');
var consentText = "Script : ce texte ne fait pas partie de l'article.";
""".strip()

COOKIE_TEXT = ("Ce site utilise des cookies pour mesurer son audience et améliorer votre "
               "navigation. En poursuivant, vous acceptez leur utilisation.")
MENU = [("/", "Accueil"), ("/actualites/", "Actualités"), ("/missions/", "Nos missions"),
        ("/contact/", "Contact")]
LEGAL_LINKS = [("/mentions-legales/", "Mentions légales"), ("/confidentialite/", "Confidentialité"),
               ("/plan-du-site/", "Plan du site")]


def html_text(text: str) -> str:
    """Escape, then write a few characters as named entities, as CMS editors often do."""
    text = html.escape(text, quote=False)
    text = text.replace("\u00a0", "&nbsp;")
    text = re.sub(r" ([:;?!»])", r"&nbsp;\1", text)  # French spacing before high punctuation
    text = text.replace("« ", "«&nbsp;")
    for char, entity in (("é", "&eacute;"), ("’", "&rsquo;"), ("«", "&laquo;"), ("»", "&raquo;")):
        text = text.replace(char, entity)
    return text


def article_body(paragraphs: list[str], indent: str) -> list[str]:
    """<p> per paragraph; runs of list-item paragraphs become one <ul> without their markers."""
    out: list[str] = []
    in_list = False
    for text in paragraphs:
        if is_list_item(text):
            if not in_list:
                out.append(f"{indent}<ul>")
                in_list = True
            out.append(f"{indent}  <li>{html_text(strip_list_marker(text))}</li>")
            continue
        if in_list:
            out.append(f"{indent}</ul>")
            in_list = False
        out.append(f"{indent}<p>{html_text(text)}</p>")
    if in_list:
        out.append(f"{indent}</ul>")
    return out


def links(items, indent: str, wrap: str = "li") -> list[str]:
    return [f'{indent}<{wrap}><a href="{href}">{html_text(label)}</a></{wrap}>' for href, label in items]


def page_head(title: str) -> list[str]:
    return [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{html_text(title)} – {html_text(SITE_NAME)}</title>",
        f"  <style>\n{STYLE}\n  </style>",
        f"  <script>\n{SCRIPT}\n  </script>",
        "</head>",
    ]


def short_title(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def make_html(paragraphs: list[str]) -> str:
    title, rest = paragraphs[0], paragraphs[1:]
    lines = page_head(title) + [
        "<body>",
        '<div class="container page">',
        "  <header>",
        '    <div class="container">',
        f'      <a class="site-name" href="/">{html_text(SITE_NAME)}</a>',
        "      <nav>",
        "        <ul>",
        *links(MENU, "          "),
        "        </ul>",
        "      </nav>",
        "    </div>",
        "  </header>",
        '  <div class="cookie-banner">',
        f"    <p>{html_text(COOKIE_TEXT)}</p>",
        '    <button type="button">J&rsquo;accepte</button>',
        "  </div>",
        '  <div class="container content-wrap">',
        '    <nav class="breadcrumb" aria-label="Fil d&rsquo;Ariane">',
        '      <a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › '
        f"<span>{html_text(short_title(title))}</span>",
        "    </nav>",
        "    <main>",
        "      <article>",
        f"        <h1>{html_text(title)}</h1>",
        *article_body(rest, "        "),
        "      </article>",
        "    </main>",
        "    <aside>",
        f"      <h2>{html_text('À lire aussi')}</h2>",
        "      <ul>",
        *links(RELATED_HEADLINES, "        "),
        "      </ul>",
        "    </aside>",
        "  </div>",
        "  <footer>",
        '    <div class="container">',
        "      <ul>",
        *links(LEGAL_LINKS, "        "),
        "      </ul>",
        f"      <p>© 2024 {html_text(SITE_NAME)}</p>",
        "    </div>",
        "  </footer>",
        "</div>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def make_nosemantic_html(paragraphs: list[str]) -> str:
    """The same article in an older layout: only <div>s, the text among two sidebars, so a
    reader has to find it by text density."""
    title, rest = paragraphs[0], paragraphs[1:]
    lines = page_head(title) + [
        "<body>",
        '<div id="wrapper">',
        '  <div class="top">',
        f'    <div class="logo"><a href="/">{html_text(SITE_NAME)}</a></div>',
        '    <div class="menu">',
        *links(MENU, "      ", wrap="span"),
        "    </div>",
        "  </div>",
        f'  <div class="cookie-banner">{html_text(COOKIE_TEXT)} <a href="#">OK</a></div>',
        '  <div class="row">',
        '    <div class="sidebar sidebar-left">',
        '      <div class="block-title">Rubriques</div>',
        *links([("/sante/", "Santé"), ("/territoires/", "Territoires"),
                ("/agenda/", "Agenda"), ("/emploi/", "Emploi")], "      ", wrap="div"),
        "    </div>",
        '    <div class="content">',
        f'      <div class="headline">{html_text(title)}</div>',
        *article_body(rest, "      "),
        "    </div>",
        '    <div class="sidebar sidebar-right">',
        f'      <div class="block-title">{html_text("Les plus lus")}</div>',
        *links(RELATED_HEADLINES, "      ", wrap="div"),
        f'      <div class="newsletter">{html_text("Recevez notre lettre d’information")} '
        '<input type="email" placeholder="Votre adresse"></div>',
        "    </div>",
        "  </div>",
        '  <div class="bottom">',
        *links(LEGAL_LINKS, "    ", wrap="span"),
        f"    <span>© 2024 {html_text(SITE_NAME)}</span>",
        "  </div>",
        "</div>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Layouts made independently of the source's line breaks

# Running head and foot of the "furniture" PDF: a sender's name, a contact line, a page number.
RUNNING_HEAD = "Communiqué de presse – Agence régionale de santé"
RUNNING_FOOT = "Service communication – contact presse : presse@sante.example"
HYPHEN_FONT_SIZE = 9.5
HYPHEN_WIDTH_SHARE = 0.62   # of the page's text width: narrow lines, many words cut
COLUMN_FONT_SIZE = 9.0
COLUMN_GUTTER = 0.8 * cm
FURNITURE_FONT_SIZE = 11.0
MIN_WORD_PART = 3           # letters kept on each side of an end-of-line hyphen
VOWELS = set("aeiouyàâäéèêëîïôöûùüœæ")
# Consonant pairs that open a French syllable and are not cut ("ta-bleau", "ma-chine").
UNCUT_PAIRS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gn", "gr", "ph", "pl", "pr",
               "th", "tr", "vr"}


def reflow_inline(lines: list[str]) -> list[str]:
    """Paragraphs as a word processor makes them when wrapped text is pasted in: every run of
    non-blank lines becomes one paragraph, list items included, joined by a space ("... :
    - la commune A ; - la commune B"), so a name cut at a line end stays cut ("Saint- Jean")."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in pair_date_columns(lines) + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def cut_points(word: str) -> list[int]:
    """Where a word may be cut at a line end, from the last: after a hyphen it holds, or between
    syllables (two consonants, or a vowel and a consonant before a vowel)."""
    points = []
    for i in range(MIN_WORD_PART, len(word) - MIN_WORD_PART + 1):
        before, after = word[i - 1].lower(), word[i].lower()
        if before == "-":
            points.append(i)
            continue
        if not (word[:i].isalpha() or "-" in word[:i]) or not word[i:].replace("-", "").isalpha():
            continue
        if "-" in (before, after) or not (before.isalpha() and after.isalpha()):
            continue
        next_one = word[i + 1].lower() if i + 1 < len(word) else ""
        consonants = before not in VOWELS and after not in VOWELS
        if consonants and before + after not in UNCUT_PAIRS and before != after or (
                consonants and before == after):
            points.append(i)
        elif before in VOWELS and after not in VOWELS and next_one in VOWELS:
            points.append(i)
    return points[::-1]


def wrap_hyphenating(line: PdfLine, size: float, width: float) -> list[PdfLine]:
    """Word-wrap one paragraph, cutting the word that overflows at the last point that fits
    (with a hyphen added unless it is cut after its own hyphen)."""
    wrapped: list[PdfLine] = []
    current = ""
    words = line.text.split()
    while words:
        word = words.pop(0)
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, line.font, size) <= width or not current:
            current = candidate
            continue
        for i in cut_points(word):
            head = word[:i] if word[i - 1] == "-" else word[:i] + "-"
            if stringWidth(f"{current} {head}", line.font, size) <= width:
                wrapped.append(PdfLine(f"{current} {head}", line.bold))
                current = word[i:]
                break
        else:
            wrapped.append(PdfLine(current, line.bold))
            current = word
    wrapped.append(PdfLine(current, line.bold))
    return wrapped


def paragraph_lines(paragraphs: list[str], size: float, width: float, hyphenate: bool = False,
                    bold_title: bool = True) -> list[PdfLine]:
    """PDF lines of paragraphs wrapped to a width, a blank line between paragraphs, the first
    paragraph (the title) in bold."""
    out: list[PdfLine] = []
    wrap = wrap_hyphenating if hyphenate else wrap_to_width
    for i, text in enumerate(paragraphs):
        out += wrap(PdfLine(text, bold=bold_title and i == 0), size, width) + [PdfLine("")]
    return out[:-1]


def cp1252_paragraphs(paragraphs: list[str], notes: list[str]) -> list[str]:
    unknown: dict[str, str] = {}
    out = [to_cp1252(text, unknown) for text in paragraphs]
    notes += [f"U+{ord(c):04X} is not in cp1252: written as {s!r}" for c, s in sorted(unknown.items())]
    return out


def draw_pages(canvas: Canvas, pages: list[list[PdfLine]], size: float, x: float, top: float,
               furniture: bool = False) -> None:
    """Each page's lines from `top` down; with `furniture`, a running head and foot and
    "Page n / N" on every page."""
    for number, lines in enumerate(pages, 1):
        if furniture:
            draw_furniture(canvas, number, len(pages))
        y = top
        for line in lines:
            if line.text:
                canvas.setFont(line.font, size)
                canvas.drawString(x, y, line.text)
            y -= size * LINE_SPACING
        canvas.showPage()


def draw_furniture(canvas: Canvas, number: int, count: int) -> None:
    width, height = A4
    canvas.setFont(BODY_FONT, 8)
    canvas.drawString(MARGIN, height - MARGIN / 2, RUNNING_HEAD)
    canvas.line(MARGIN, height - MARGIN / 2 - 4, width - MARGIN, height - MARGIN / 2 - 4)
    canvas.drawString(MARGIN, MARGIN / 2, RUNNING_FOOT)
    canvas.drawRightString(width - MARGIN, MARGIN / 2, f"Page {number} / {count}")


def split_pages(lines: list[PdfLine], per_page: int, first_pages: int = 0,
                first_per_page: int = 0) -> list[list[PdfLine]]:
    """Lines cut into pages (or columns) of `per_page` lines; the first `first_pages` hold
    `first_per_page` lines."""
    pages: list[list[PdfLine]] = []
    for line in lines:
        room = first_per_page if 0 < len(pages) <= first_pages else per_page
        if not pages or len(pages[-1]) >= room:
            if not line.text:
                continue  # no blank space at the head of a page
            pages.append([])
        pages[-1].append(line)
    return pages or [[]]


def make_flowing_pdf(paragraphs: list[str], title: str, notes: list[str], size: float,
                     width_share: float = 1.0, hyphenate: bool = False,
                     furniture: bool = False) -> bytes:
    """A text PDF of paragraphs wrapped as a word processor would, not at the source's breaks."""
    page_width, page_height = A4
    width = (page_width - 2 * MARGIN) * width_share
    lines = paragraph_lines(cp1252_paragraphs(paragraphs, notes), size, width, hyphenate)
    per_page = int((page_height - 2 * MARGIN) / (size * LINE_SPACING))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    draw_pages(canvas, split_pages(lines, per_page), size, MARGIN, page_height - MARGIN - size,
               furniture)
    canvas.save()
    return buffer.getvalue()


def make_two_column_pdf(paragraphs: list[str], title: str, notes: list[str]) -> bytes:
    """The title across the top of the first page, the rest in two columns, left then right."""
    page_width, page_height = A4
    size = COLUMN_FONT_SIZE
    step = size * LINE_SPACING
    paragraphs = cp1252_paragraphs(paragraphs, notes)
    column_width = (page_width - 2 * MARGIN - COLUMN_GUTTER) / 2
    heading = paragraph_lines(paragraphs[:1], size + 2, page_width - 2 * MARGIN)
    body = paragraph_lines(paragraphs[1:], size, column_width, bold_title=False)
    per_column = int((page_height - 2 * MARGIN) / step)
    heading_room = len(heading) * (size + 2) / size + 1  # in body lines, with a blank line
    columns = split_pages(body, per_column, 2, per_column - int(heading_room + 1))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    top = page_height - MARGIN - size
    for page_start in range(0, len(columns), 2):
        y = top
        if page_start == 0:
            for line in heading:
                canvas.setFont(line.font, size + 2)
                canvas.drawString(MARGIN, y, line.text)
                y -= (size + 2) * LINE_SPACING
            y -= step
        for k, column in enumerate(columns[page_start:page_start + 2]):
            x = MARGIN + k * (column_width + COLUMN_GUTTER)
            line_y = y
            for line in column:
                if line.text:
                    canvas.setFont(line.font, size)
                    canvas.drawString(x, line_y, line.text)
                line_y -= step
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Driver


@dataclass
class StemResult:
    stem: str
    source: str
    pages: int
    notes: list[str]
    files: dict[str, str]  # file name -> form


def make_stem_forms(stem: str, source: Path, out: Path, nosemantic: bool,
                    layouts_only: bool = False) -> StemResult:
    lines = read_source(source)
    shown = shown_path(source)
    notes: list[str] = []
    files: dict[str, str] = {}

    def write(name: str, form: str, data: bytes | str) -> None:
        path = out / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        files[name] = form

    pdf = make_text_pdf(lines, stem, notes)
    write(f"{stem}.text.pdf", "text_pdf", pdf)
    paragraphs = reflow(lines)
    write_layouts(write, stem, lines, paragraphs, notes)
    if layouts_only:
        return StemResult(stem, shown, 0, notes, files)

    scan_rng = rng_for(stem, SEED_SCAN)
    scans = [scan_page(page, scan_rng) for page in render_pages(pdf, SCAN_DPI)]
    save_scan_pdf(scans, out / f"{stem}.scan.pdf")
    files[f"{stem}.scan.pdf"] = "scan_pdf"

    photo = photograph(render_pages(pdf, PHOTO_DPI), rng_for(stem, SEED_PHOTO))
    write(f"{stem}.photo.png", "photo_png", png_bytes(photo))

    phone_rng = rng_for(stem, SEED_PHONE)
    phones = [phone_page(page, phone_rng) for page in render_pages(pdf, PHOTO_DPI)]
    save_phone_pdf(phones, out / f"{stem}.phone.pdf")
    files[f"{stem}.phone.pdf"] = "phone_pdf"

    write(f"{stem}.docx", "docx", make_docx(paragraphs, stem, len(scans)))
    write(f"{stem}.html", "html", make_html(paragraphs))
    if nosemantic:
        write(f"{stem}.nosemantic.html", "html_nosemantic", make_nosemantic_html(paragraphs))

    return StemResult(stem, shown, len(scans), notes, files)


def write_layouts(write, stem: str, lines: list[str], paragraphs: list[str], notes: list[str]) -> None:
    """The forms laid out anew, not at the source's line breaks."""
    inline = reflow_inline(lines)
    write(f"{stem}.reflow.pdf", "reflow_pdf", make_flowing_pdf(inline, stem, notes, MAX_FONT_SIZE))
    write(f"{stem}.reflow.docx", "reflow_docx", make_docx(inline, stem, 1))
    write(f"{stem}.reflow.html", "reflow_html", make_html(inline))
    write(f"{stem}.hyphen.pdf", "hyphen_pdf", make_flowing_pdf(
        paragraphs, stem, notes, HYPHEN_FONT_SIZE, HYPHEN_WIDTH_SHARE, hyphenate=True))
    write(f"{stem}.columns.pdf", "columns_pdf", make_two_column_pdf(paragraphs, stem, notes))
    write(f"{stem}.furniture.pdf", "furniture_pdf", make_flowing_pdf(
        paragraphs, stem, notes, FURNITURE_FONT_SIZE, furniture=True))


def shown_path(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(REPO)) if resolved.is_relative_to(REPO) else str(path)


def make_tiff(stem: str, out: Path) -> str:
    """Bilevel multi-page TIFF of the stem's scan, redone from its text PDF with the same seed."""
    pdf = (out / f"{stem}.text.pdf").read_bytes()
    rng = rng_for(stem, SEED_SCAN)
    pages = [bilevel(scan_page(page, rng)) for page in render_pages(pdf, SCAN_DPI)]
    name = f"{stem}.scan.tiff"
    pages[0].save(out / name, "TIFF", save_all=True, append_images=pages[1:],
                  compression="group4", dpi=(SCAN_DPI, SCAN_DPI))
    return name


def make_jpeg(stem: str, out: Path) -> str:
    name = f"{stem}.photo.jpg"
    with Image.open(out / f"{stem}.photo.png") as photo:
        photo.convert("RGB").save(out / name, "JPEG", quality=80)
    return name


def make_bad_inputs(out: Path, sample_pdf: Path, sample_png: Path) -> dict[str, str]:
    bad = out / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    rng = rng_for("bad", SEED_CORRUPT)
    pdf = sample_pdf.read_bytes()
    kept = int(len(pdf) * 0.4)
    (bad / "corrupt.pdf").write_bytes(pdf[:kept] + rng.bytes(len(pdf) - kept))
    (bad / "encrypted.pdf").write_bytes(make_encrypted_pdf())
    (bad / "empty.txt").write_bytes(b"")
    white = Image.new("L", (1654, 2339), 255)
    (bad / "blank.png").write_bytes(png_bytes(photograph([white], rng_for("blank", SEED_BLANK))))
    png = sample_png.read_bytes()
    (bad / "truncated.png").write_bytes(png[: int(len(png) * 0.3)])
    names = ["corrupt.pdf", "encrypted.pdf", "empty.txt", "blank.png", "truncated.png"]
    return {f"bad/{name}": "bad" for name in names}


def write_manifest(out: Path, entries: list[dict]) -> None:
    """Written last, so its presence means a complete run (make uses it as the stamp). Files
    listed by an earlier run that this run no longer makes are removed."""
    manifest = out / "MANIFEST.json"
    made = {entry["file"] for entry in entries}
    if manifest.exists():
        for old in json.loads(manifest.read_text(encoding="utf-8")):
            if old["file"] not in made:
                (out / old["file"]).unlink(missing_ok=True)
    entries = sorted(entries, key=lambda entry: entry["file"])
    manifest.write_text(json.dumps(entries, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "forms")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--jobs", type=int, default=2, help="stems rendered in parallel")
    parser.add_argument("--layouts-only", action="store_true",
                        help="only the text PDFs, reflowed forms and two-column/furniture PDFs (no scans, photos or bad files)")
    parser.add_argument("--texts", type=Path,
                        help="render every <stem>.txt of this folder (e.g. ../shared/dev/raw) instead of the "
                             "samples: each document's forms only, no TIFF, JPEG or broken files")
    parser.add_argument("--only", action="append", metavar="STEM", help="with --texts: only these stems")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    folder = args.texts or args.corpus / "inbox"
    stems = sorted(path.stem for path in folder.glob("*.txt"))
    if args.texts and args.only:
        stems = [stem for stem in stems if stem in set(args.only)]
    if not stems:
        print(f"no communiqués in {folder}", file=sys.stderr)
        return 1
    sources = [args.texts / f"{stem}.txt" if args.texts else source_path(args.corpus, stem) for stem in stems]
    args.out.mkdir(parents=True, exist_ok=True)

    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(make_stem_forms, stems, sources, [args.out] * len(stems),
                                [stem == stems[0] and not args.texts for stem in stems],
                                [args.layouts_only] * len(stems)))

    entries = [{"file": name, "stem": r.stem, "form": form}
               for r in results for name, form in r.files.items()]
    for r in results:
        print(f"{r.stem}: {r.source}, {r.pages} page(s)")
        for note in r.notes:
            print(f"  note: {note}")

    if args.layouts_only or args.texts:
        write_manifest(args.out, entries)
        print(f"{len(entries)} files in {args.out} ({time.perf_counter() - started:.1f} s)")
        return 0
    multi_page = [r.stem for r in results if r.pages >= 2]
    tiff_stem = multi_page[0] if multi_page else stems[0]
    jpeg_stem = next(stem for stem in stems if stem != tiff_stem) if len(stems) > 1 else stems[0]
    entries.append({"file": make_tiff(tiff_stem, args.out), "stem": tiff_stem, "form": "scan_tiff"})
    entries.append({"file": make_jpeg(jpeg_stem, args.out), "stem": jpeg_stem, "form": "photo_jpg"})
    print(f"TIFF: {tiff_stem} ({results[stems.index(tiff_stem)].pages} pages); JPEG: {jpeg_stem}")

    bad = make_bad_inputs(args.out, args.out / f"{stems[0]}.text.pdf",
                          args.out / f"{stems[0]}.photo.png")
    entries += [{"file": name, "stem": None, "form": form} for name, form in bad.items()]
    write_manifest(args.out, entries)
    print(f"{len(entries)} files in {args.out} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
