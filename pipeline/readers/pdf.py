"""Read PDF files: their text layer, and OCR for the pages that are scans.

Lines, columns, wrapped lines, paragraphs, characters and hyphenation: `pdf_layout`.

Scans. Pages with (almost) no text layer must be OCRed: `text_layer` returns None for them,
`page_picture` gives their picture (the stored scan itself when the page is
one image, else a 300 dpi rendering), and `read_pdf` puts the text layer and the OCR together.

Limits (`limits`). A PDF of more than `MAX_PAGES` pages is refused before any page is read;
a page to OCR holding an image of more than `MAX_IMAGE_PIXELS` is refused before the image is
decoded, and a page is rendered below 300 dpi when it is too large for `MAX_RENDER_PIXELS`.
"""
from __future__ import annotations

import logging
import math
import threading
from io import BytesIO
from itertools import islice

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from PIL import Image

from ..errors import EncryptedPdf, ImageTooLarge, NoPages, PipelineError, TooManyPages, UnreadablePdf
from ..model import Ingested
from . import limits
from .images import joined_pages
from .ocr import OcrPage, ocr_images, ocr_info
from .pdf_layout import Line, line_gaps, mend_hyphenation, mend_pair, page_lines, render_lines, usual_line_gap



log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 20          # fewer non-space characters than this: the page is a scan
SCAN_IMAGE_SHARE = 0.6       # an image covering this much of a page...
SCAN_MAX_TEXT_CHARS = 100    # ...with less text than this is a scan with a stamp or a page number
OCR_BATCH = 8                # pages rendered at once for OCR


# --- opening -----------------------------------------------------------------------------

def open_pdf(data: bytes) -> pdfplumber.PDF:
    """Open a PDF, raising UnreadablePdf when it is corrupt, encrypted or has no page, and
    TooManyPages beyond the limit."""
    try:
        pdf = pdfplumber.open(BytesIO(data), unicode_norm="NFC", raise_unicode_errors=False)
    except Exception as exc:
        raise unreadable(exc) from exc
    try:
        check_page_count(pdf)
        check_readable(pdf)
    except Exception as exc:
        pdf.close()
        if isinstance(exc, PipelineError):
            raise
        raise unreadable(exc) from exc
    return pdf


def check_page_count(pdf: pdfplumber.PDF) -> None:
    """No pages, or more than the limit, before any page is read: the page tree is walked no
    further than the limit (`pdf.pages` would parse every page of a 10 000-page file)."""
    count = sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), limits.MAX_PAGES + 1))
    if count == 0:
        raise NoPages("PDF has no pages")
    if count > limits.MAX_PAGES:
        declared = declared_page_count(pdf)
        pages = f"{declared} pages" if declared > limits.MAX_PAGES else f"more than {limits.MAX_PAGES} pages"
        raise TooManyPages(f"the PDF has {pages}; the limit is {limits.MAX_PAGES}")


def declared_page_count(pdf: pdfplumber.PDF) -> int:
    """The page tree's /Count, for the message only: a hostile file may lie about it."""
    tree = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    return count if isinstance(count, int) else 0


def check_readable(pdf: pdfplumber.PDF) -> None:
    if not pdf.pages:
        raise NoPages("PDF has no pages")
    # Damaged streams and some encryption schemes only fail when a page is read.
    pdf.pages[0].chars


def unreadable(exc: BaseException) -> UnreadablePdf:
    """The UnreadablePdf for an exception raised by pdfminer (often wrapped by pdfplumber)."""
    cause = root_cause(exc)
    if isinstance(cause, PDFPasswordIncorrect):
        return EncryptedPdf("encrypted PDF: a password is needed to read it")
    if isinstance(cause, PDFEncryptionError):
        return EncryptedPdf(f"encrypted PDF: {short_reason(cause)}")
    return UnreadablePdf(f"corrupt PDF: {short_reason(cause)}")


def root_cause(exc: BaseException) -> BaseException:
    seen = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        inner = inner or exc.__cause__
        if inner is None:
            break
        exc = inner
    return exc


def short_reason(exc: BaseException, limit: int = 120) -> str:
    message = " ".join(str(exc).split())
    reason = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return reason if len(reason) <= limit else reason[:limit - 1] + "…"


# --- the document ------------------------------------------------------------------------

def read_pdf(data: bytes) -> Ingested:
    """The text of a PDF: its text layer, and OCR for the pages that have none.

    Pages are separated by form feeds, as `joined_pages` does for images. A PDF with at least
    one OCRed page is `pdf_scanned`; `ocr.pages` says which pages were read that way.
    """
    texts = text_layer(data)
    scanned = [index for index, text in enumerate(texts) if text is None]
    if not scanned:
        return joined_pages(texts, fmt="pdf")
    pages = ocr_pages(data, scanned)
    for index, page in zip(scanned, pages):
        texts[index] = mend_hyphenation(page.text)
    return joined_pages(texts, fmt="pdf_scanned", ocr=ocr_info(pages, [index + 1 for index in scanned]))


# pdfium is not thread-safe, even across documents: one thread renders at a time.
PDFIUM_LOCK = threading.Lock()


def ocr_pages(data: bytes, indexes: list[int]) -> list[OcrPage]:
    """OCR of the given pages, a few at a time (a page's picture at 300 dpi is ~9 MB)."""
    pages: list[OcrPage] = []
    for start in range(0, len(indexes), OCR_BATCH):
        pages += ocr_images(page_pictures(data, indexes[start:start + OCR_BATCH]))
    return pages


def page_pictures(data: bytes, indexes: list[int]) -> list[Image.Image]:
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
            try:
                return [page_picture(document, index) for index in indexes]
            finally:
                document.close()
        except PipelineError:
            raise
        except Exception as exc:
            raise unreadable(exc) from exc


# --- the pages ---------------------------------------------------------------------------

def text_layer(data: bytes, lang_hint: str = "fr") -> list[str | None]:
    """Per page, its text with broken words mended, or None when the page must be OCRed.

    A page whose text layer pdfminer cannot read is also None: its picture may still render.
    Paragraph breaks are measured against the usual line gap of the whole document, so that
    a last page of one-line paragraphs still has them.
    """
    pdf = open_pdf(data)
    try:
        pages = [page_lines_or_none(page, number) for number, page in enumerate(pdf.pages, 1)]
    except Exception as exc:  # the page tree itself is damaged
        raise unreadable(exc) from exc
    finally:
        pdf.close()
    usual_gap = usual_line_gap([g for lines in pages if lines for g in line_gaps(lines) if g >= 0])
    texts = [None if lines is None else mend_hyphenation(render_lines(lines, usual_gap), lang_hint)
             for lines in pages]
    return mend_across_pages(texts, lang_hint)


def mend_across_pages(texts: list[str | None], lang: str) -> list[str | None]:
    """A word broken at the foot of a page is made whole with the first word of the next."""
    languages = tuple(dict.fromkeys([lang, "fr", "en"]))
    for i in range(len(texts) - 1):
        this, following = texts[i], texts[i + 1]
        if not this or not following:
            continue
        head, _, last = this.rpartition("\n")
        first, _, tail = following.lstrip("\n").partition("\n")
        # Only a lower-case continuation: a page may open with a running head.
        mended = mend_pair(last, first, languages) if first[:1].islower() else None
        if mended is not None:
            texts[i] = f"{head}\n{mended[0]}" if head else mended[0]
            texts[i + 1] = "\n".join(part for part in (mended[1], tail) if part)
    return texts


def page_lines_or_none(page, number: int) -> list[Line] | None:
    try:
        if is_image_only(page):
            return None
        return page_lines(page)
    except Exception as exc:
        log.warning("PDF page %d: the text layer cannot be read (%s); the page goes to OCR",
                    number, short_reason(root_cause(exc)))
        return None
    finally:
        page.close()


def is_image_only(page) -> bool:
    """True when the page has (almost) no text layer: a scan that needs OCR.

    A page covered by one large image with only a few words of text (a page number, a
    stamp) counts as a scan too.
    """
    chars = sum(1 for c in page.chars if not c["text"].isspace())
    if chars < MIN_TEXT_CHARS:
        return True
    return chars < SCAN_MAX_TEXT_CHARS and largest_image_share(page) >= SCAN_IMAGE_SHARE


def largest_image_share(page) -> float:
    """The share of the page covered by its largest image (the part inside the page)."""
    area = float(page.width * page.height) or 1.0

    def visible_area(image: dict) -> float:
        width = min(image["x1"], page.width) - max(image["x0"], 0)
        height = min(image["bottom"], page.height) - max(image["top"], 0)
        return max(width, 0) * max(height, 0)

    return max((visible_area(image) / area for image in page.images), default=0.0)


def page_picture(document: pdfium.PdfDocument, index: int) -> Image.Image:
    """The picture of one page for OCR: the scanned image itself when the page is nothing but
    one upright image covering it, else the page rendered at 300 dpi.

    Taking the scan as it is stored skips a render that costs about as much as decoding it
    twice, and keeps the scanner's own resolution.
    """
    page = document[index]
    check_image_sizes(page, index + 1)
    image = scanned_image(page)
    if image is None:
        return render_page(document, index)
    width_pt = page.get_size()[0]
    picture = image.get_bitmap(render=False).to_pil().convert("L")
    dpi = round(picture.width / (width_pt / 72))
    picture.info["dpi"] = (dpi, dpi)
    return picture


def scanned_image(page: pdfium.PdfPage) -> pdfium.PdfImage | None:
    """The page's only object when it is an image filling the page, upright and unmasked."""
    objects = list(page.get_objects())
    if len(objects) != 1 or objects[0].type != pdfium_raw.FPDF_PAGEOBJ_IMAGE or page.get_rotation():
        return None
    a, b, c, d, _, _ = objects[0].get_matrix().get()
    left, bottom, right, top = objects[0].get_bounds()
    width, height = page.get_size()
    upright = b == 0 and c == 0 and a > 0 and d > 0
    fills_page = (right - left) * (top - bottom) >= 0.9 * width * height
    return objects[0] if upright and fills_page else None


def check_image_sizes(page: pdfium.PdfPage, number: int) -> None:
    """Refuse a page holding an image larger than the limit before it is decoded (or rendered:
    pdfium takes seconds to scale down a 100 000 x 100 000 image drawn on an A4 page)."""
    for image in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE]):
        width, height = image.get_px_size()
        if width * height > limits.MAX_IMAGE_PIXELS:
            raise ImageTooLarge(f"page {number} holds an image of {width:,} x {height:,} pixels; "
                                f"the limit is {limits.MAX_IMAGE_PIXELS:,}")


def render_page(document: pdfium.PdfDocument, index: int, dpi: int = 300) -> Image.Image:
    """The picture of one page for OCR (pdfium, the renderer pdfplumber uses): a greyscale image
    that records its resolution, rendered below `dpi` when the page is too large for the limit
    (a MediaBox may be 200 inches wide: 3.6 Gpx at 300 dpi)."""
    page = document[index]
    width, height = page.get_size()  # points
    dpi = max(1, min(dpi, math.floor(72 * math.sqrt(limits.MAX_RENDER_PIXELS / max(width * height, 1.0)))))
    image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    image.info["dpi"] = (dpi, dpi)
    return image
