"""Ingestion: read an input file, recognise its format by content, and extract its text.

Text files are decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252 when
they are not valid UTF-8. Line endings become "\\n". Other formats have their own readers.
"""
from __future__ import annotations

import logging
from pathlib import Path

from .errors import EmptyInput, UnreadableInput, UnsupportedFormat
from .model import Ingested

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
    if not data.strip():
        raise EmptyInput(f"{path.name}: the file is empty")
    fmt = sniff_format(data, path.name)
    reader = READERS.get(fmt)
    if reader is None:
        raise UnsupportedFormat(f"{path.name}: {fmt} input is not supported yet")
    ingested = reader(data)
    if not ingested.raw.strip():
        raise EmptyInput(f"{path.name}: no text could be extracted")
    return ingested


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
}
