"""Ingestion: read an input file, recognise its format by content, and extract its text.

The format is decided by the file's first bytes (its magic number), not by its name: a PDF
named `.txt` is still read as a PDF. Each format has its reader in `pipeline.readers`.
Text files are decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252 when
they are not valid UTF-8. Line endings become "\\n"; pages are separated by form feeds.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from .errors import EmptyInput, PipelineError, UnreadableInput, UnsupportedFormat
from .model import Ingested
from .readers.images import read_image
from .readers.pdf import read_pdf
from .readers.web import read_html
from .readers.word import read_docx

log = logging.getLogger(__name__)

MAGIC = [
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"PK\x03\x04", "docx"),
]


def sniff_format(data: bytes, name: str) -> str:
    """The format of the bytes: by magic number first, the file name only for text kinds."""
    for magic, fmt in MAGIC:
        if data.startswith(magic):
            return fmt
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or name.lower().endswith((".html", ".htm")):
        return "html"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFormat(f"{name}: binary content of an unknown format")
    return "text"


def ingest(path: Path, data: bytes) -> Ingested:
    """The text of one input file. Errors carry the format they were met in (`exc.format`)."""
    if not data.strip():
        raise EmptyInput(f"{path.name}: the file is empty")
    fmt = sniff_format(data, path.name)
    try:
        ingested = READERS[fmt](data)
        if not ingested.raw.strip() or ingested.ocr and not has_words(ingested.raw):
            what = "the OCR found no text in it" if ingested.ocr else "it holds no text"
            raise EmptyInput(f"{path.name}: {what}")
    except PipelineError as exc:
        exc.format = fmt
        raise
    log.debug("%s: %s, %s page(s), %d characters", path.name, ingested.format, ingested.pages, len(ingested.raw))
    return ingested


def has_words(text: str, minimum: int = 5) -> bool:
    """At least a few real words: OCR of a blank page still yields specks read as `~` or `.`."""
    return len(re.findall(r"[^\W\d_]{3,}", text)) >= minimum


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"the text is neither UTF-8 nor cp1252: {exc}") from exc


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes) -> Ingested:
    raw = normalise_newlines(decode_text(data))
    pages = raw.count("\f") + 1
    starts = [0] + [i + 1 for i, ch in enumerate(raw) if ch == "\f"]
    return Ingested(raw=raw, format="text", pages=pages, page_starts=starts)


READERS = {
    "text": read_text,
    "pdf": read_pdf,
    "image": read_image,
    "docx": read_docx,
    "html": read_html,
}
