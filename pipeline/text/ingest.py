"""Ingestion: read an input file, recognise its format by content, and extract its text.

The format is decided by the file's first bytes (its magic number), not by its name: a PDF
named `.txt` is still read as a PDF. Each format has its reader in `pipeline.readers`.
Text files are decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252 when
they are not valid UTF-8. Line endings become "\\n"; pages are separated by form feeds.

`read_file` reads an input safely: it refuses, before reading, what is not a regular file or
is larger than the limits of `pipeline.readers.limits`; `ingest` refuses a text longer than
`MAX_TEXT_CHARS`. Each refusal is a `PipelineError` with its own code (see errors.py).
"""
from __future__ import annotations

import importlib
import logging
import os
import re
import stat
from pathlib import Path
from typing import Callable

from ..errors import EmptyInput, InputTooLarge, NotARegularFile, NotText, PipelineError, TextTooLong, UnreadableInput, UnreadablePdf
from ..model import Ingested
from ..readers import limits

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
        if name.lower().endswith(".pdf"):
            raise UnreadablePdf(f"{name}: not a PDF: it does not begin with %PDF")
        raise NotText(f"{name}: binary content of no known format (not text, PDF, image, DOCX or HTML)")
    return "text"


def ingest(path: Path, data: bytes) -> Ingested:
    """The text of one input file. Errors carry the format they were met in (`exc.format`)."""
    if not data.strip():
        raise EmptyInput(f"{path.name}: the file is empty")
    fmt = sniff_format(data, path.name)
    try:
        ingested = reader(fmt)(data)
        if not ingested.raw.strip() or ingested.ocr and not has_words(ingested.raw):
            what = "the OCR found no text in it" if ingested.ocr else "it holds no text"
            raise EmptyInput(f"{path.name}: {what}")
        if len(ingested.raw) > limits.MAX_TEXT_CHARS:
            raise TextTooLong(f"{path.name}: its text has {len(ingested.raw):,} characters; "
                              f"the limit is {limits.MAX_TEXT_CHARS:,}")
    except PipelineError as exc:
        exc.format = fmt
        raise
    log.debug("%s: %s, %s page(s), %d characters", path.name, ingested.format, ingested.pages, len(ingested.raw))
    return ingested


# --- reading a file safely ---------------------------------------------------------------

def read_file(path: Path) -> bytes:
    """The bytes of one input file, refused before they are read when it is not a regular file
    (opening a FIFO waits for a writer, a device never ends) or is larger than the limit for
    its kind (`size_limit`). A file gone or unreadable since it was listed is UnreadableInput."""
    try:
        # O_NONBLOCK: opening a FIFO returns at once instead of waiting; regular files ignore it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as exc:
        raise UnreadableInput(f"{path.name}: the file is gone (moved or deleted after it was listed)") from exc
    except OSError as exc:
        raise UnreadableInput(f"{path.name}: cannot be opened: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(f"{path.name}: not a regular file but a {_file_kind(mode)}")
        head = handle.read(16)
        limit = size_limit(head)
        data = head + handle.read(limit + 1 - len(head))  # + 1: a file that grew is caught too
        if len(data) > limit:
            size = max(len(data), os.fstat(fd).st_size)
            raise InputTooLarge(f"{path.name}: {size:,} bytes; the limit for this kind of file is {limit:,}")
    return data


def size_limit(head: bytes) -> int:
    """MAX_INPUT_BYTES for a PDF, image or DOCX (by magic number), else MAX_TEXT_BYTES."""
    binary = any(head.startswith(magic) for magic, _ in MAGIC)
    return limits.MAX_INPUT_BYTES if binary else limits.MAX_TEXT_BYTES


def _file_kind(mode: int) -> str:
    kinds = [(stat.S_ISFIFO, "FIFO (named pipe)"), (stat.S_ISDIR, "folder"), (stat.S_ISSOCK, "socket"),
             (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device")]
    return next((name for test, name in kinds if test(mode)), "special file")


def has_words(text: str, minimum: int = 5) -> bool:
    """At least a few real words: OCR of a blank page still yields specks read as `~` or `.`."""
    return len(re.findall(r"[^\W\d_]{3,}", text)) >= minimum


# Real text has (almost) no control characters besides tab, newlines, vertical tab (Word's
# line break) and form feed; decoded binary has one in ten. C1 controls are not counted: text
# decoded twice (mojibake) is full of them and still worth reading.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.02


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return check_is_text(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise NotText(f"the text is not valid UTF-16 despite its byte order mark: {exc}") from exc
    try:
        return check_is_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return check_is_text(data.decode("cp1252"))
    except UnicodeDecodeError as exc:
        raise NotText(f"the text is neither UTF-8 nor cp1252: {exc}") from exc


def check_is_text(text: str) -> str:
    controls = len(CONTROL_CHARS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise NotText(f"binary content, not text: {controls:,} control characters in {len(text):,}")
    return text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes) -> Ingested:
    raw = normalise_newlines(decode_text(data))
    pages = raw.count("\f") + 1
    starts = [0] + [match.end() for match in re.finditer("\f", raw)]
    return Ingested(raw=raw, format="text", pages=pages, page_starts=starts)


def reader(fmt: str) -> Callable[[bytes], Ingested]:
    """The reader of a format. PDF, image, DOCX and HTML readers are imported on first use:
    their libraries take half a second to import, which a batch of text files never needs."""
    if fmt == "text":
        return read_text
    module, name = READERS[fmt]
    return getattr(importlib.import_module(module, __package__), name)


READERS = {
    "pdf": ("..readers.pdf", "read_pdf"),
    "image": ("..readers.images", "read_image"),
    "docx": ("..readers.word", "read_docx"),
    "html": ("..readers.web", "read_html"),
}
