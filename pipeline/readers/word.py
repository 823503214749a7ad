"""Read Word documents (DOCX).

The package is opened with zipfile and its main part (found through the package
relationships) read with lxml, not through python-docx's paragraph objects, whose text
leaves out tracked insertions but keeps hidden text. What a reader of the document sees is
what comes out, in document order:

- paragraphs and tables in the order of the body, nested tables and content controls
  included, text boxes after the paragraph that anchors them;
- the text of tracked insertions but not of tracked deletions, the result of fields but not
  their code, no hidden text, no bookmark names, comments, headers or footers;
- tabs, line breaks and Word's special hyphens as the characters they show (a soft hyphen
  shows nothing).

Layout. Paragraphs are separated by a blank line, as in the sample texts; consecutive list
items by a single line break. A list item numbered by Word (directly or through its style)
gets a "• " prefix unless its text already starts with a marker, since the number or bullet
Word draws is not part of the text. A table is read row by row, each cell on its own line
(cells continuing a vertical merge are skipped, their text belongs to the cell above), with
a blank line between rows. Non-breaking spaces are kept; only trailing spaces go.

`pages` is the page count Word saved in docProps/app.xml, when there is one.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from typing import Iterator

from lxml import etree

from ..errors import InputTooLarge, UnreadableInput, UnsupportedFormat
from ..model import Ingested
from . import limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
EXTENDED_PROPERTIES = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"

# Inline elements whose content is never shown as text of the paragraph.
SKIPPED_INLINE = {W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "delText", W + "instrText",
                  W + "delInstrText", W + "txbxContent", W + "sym", MC + "Fallback"}
CHARACTERS = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n",
              W + "noBreakHyphen": "-", W + "softHyphen": ""}
# Containers of block content (paragraphs and tables) that are read through.
BLOCK_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", MC + "AlternateContent", MC + "Choice"}
FALSE_VALUES = {"0", "false", "off"}
SOFT_HYPHEN = "\u00ad"

LIST_STYLE = re.compile(r"list|liste|puce|bullet|énum", re.IGNORECASE)
HEADING_STYLE = re.compile(r"heading|titre|title", re.IGNORECASE)
VISIBLE_MARKER = re.compile(r"\s*(?:[•◦▪▫‣⁃●○■□➢►✓✔*·\-–—]|\d{1,2}[.)])\s")
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


@dataclass
class Block:
    text: str
    is_list_item: bool = False


def read_docx(data: bytes) -> Ingested:
    archive = open_archive(data)
    check_is_word_document(archive)
    body, numbered_styles = load_body(archive)
    raw = join_blocks(list(blocks_of(body, numbered_styles)))
    return Ingested(raw=raw, format="docx", pages=saved_page_count(archive), page_starts=[0])


# --- the package -------------------------------------------------------------------------

def open_archive(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableInput(f"corrupt DOCX: not a readable zip archive ({exc})") from exc


def check_is_word_document(archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    content_types = read_member(archive, "[Content_Types].xml") or b""
    is_word = b"wordprocessingml" in content_types or any(n.startswith("word/") for n in names)
    if not is_word:
        raise UnsupportedFormat("zip archive that is not a DOCX document")


def read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return read_part(archive, name)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return None


def read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member of the package, refused before it is unpacked when it would be larger than the
    limit: a zip of a few kB can unpack to gigabytes. (zipfile unpacks no more than the size
    the archive declares, so checking that size is enough.)"""
    size = archive.getinfo(name).file_size
    if size > limits.MAX_DOCX_PART_BYTES:
        raise InputTooLarge(f"DOCX part {name} unpacks to {size:,} bytes; the limit is {limits.MAX_DOCX_PART_BYTES:,}")
    return archive.read(name)


def load_body(archive: zipfile.ZipFile) -> tuple[etree._Element, set[str]]:
    """The w:body element and the ids of the styles that number their paragraphs."""
    main = main_part_name(archive)
    try:
        document = etree.fromstring(read_part(archive, main), SAFE_XML)
    except KeyError as exc:
        raise UnreadableInput(f"corrupt DOCX: {main} is missing") from exc
    except InputTooLarge:
        raise
    except Exception as exc:
        raise UnreadableInput(f"corrupt DOCX: {main}: {type(exc).__name__}: {exc}"[:160]) from exc
    body = document.find(W + "body")
    if body is None:
        raise UnreadableInput("corrupt DOCX: the document has no body")
    return body, numbered_styles_of(archive, related_part_name(archive, main, "/styles"))


def main_part_name(archive: zipfile.ZipFile) -> str:
    return related_part_name(archive, "", "/officeDocument") or "word/document.xml"


def related_part_name(archive: zipfile.ZipFile, source: str, type_suffix: str) -> str | None:
    """The zip member a relationship of `source` (the package itself when "") points to."""
    folder, name = posixpath.split(source)
    relationships = read_member(archive, posixpath.join(folder, "_rels", f"{name}.rels"))
    try:
        root = etree.fromstring(relationships, SAFE_XML) if relationships else None
    except etree.XMLSyntaxError:
        root = None
    for relationship in [] if root is None else root:
        target = relationship.get("Target") or ""
        if relationship.get("Type", "").endswith(type_suffix) and relationship.get("TargetMode") != "External":
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            return posixpath.normpath(path)
    return None


def numbered_styles_of(archive: zipfile.ZipFile, part: str | None) -> set[str]:
    """Ids of the paragraph styles that carry list numbering, directly or by inheritance."""
    content = read_member(archive, part) if part else None
    try:
        styles = etree.fromstring(content, SAFE_XML) if content else None
    except etree.XMLSyntaxError:
        styles = None
    if styles is None:
        return set()
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(W + "style"):
        style_id = style.get(W + "styleId")
        if not style_id:
            continue
        num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
        own[style_id] = None if num_id is None else num_id.get(W + "val") != "0"
        parent = style.find(W + "basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(W + "val")
    numbered = set()
    for style_id in own:
        seen, current = set(), style_id
        while current in own and own[current] is None and current not in seen:
            seen.add(current)
            current = based_on.get(current)
        if own.get(current) and not HEADING_STYLE.search(style_id):
            numbered.add(style_id)
    return numbered


def saved_page_count(archive: zipfile.ZipFile) -> int | None:
    app = read_member(archive, "docProps/app.xml")
    if not app:
        return None
    try:
        pages = etree.fromstring(app, SAFE_XML).find(EXTENDED_PROPERTIES + "Pages")
        count = int(pages.text) if pages is not None and pages.text else 0
    except (etree.XMLSyntaxError, ValueError):
        return None
    return count if count > 0 else None


# --- blocks ------------------------------------------------------------------------------

def blocks_of(container: etree._Element, numbered_styles: set[str]) -> Iterator[Block]:
    """The paragraphs and tables of a body, cell or text box, in document order."""
    for child in container:
        if child.tag == W + "p":
            yield from paragraph_blocks(child, numbered_styles)
        elif child.tag == W + "tbl":
            yield Block(table_text(child, numbered_styles))
        elif child.tag in BLOCK_WRAPPERS:
            yield from blocks_of(child, numbered_styles)


def paragraph_blocks(p: etree._Element, numbered_styles: set[str]) -> Iterator[Block]:
    text = clean(paragraph_text(p))
    if text.strip():
        is_numbered = uses_numbering(p, numbered_styles)
        has_marker = bool(VISIBLE_MARKER.match(text))
        if is_numbered and not has_marker:
            text = "• " + text
        yield Block(text, is_numbered or has_marker or is_list_style(p))
    for box in text_boxes(p):
        yield from blocks_of(box, numbered_styles)


def paragraph_text(p: etree._Element) -> str:
    return "".join(inline_text(p, fields=[]))


def inline_text(element: etree._Element, fields: list[str]) -> Iterator[str]:
    """The shown text under an inline element, in order.

    `fields` is the stack of the complex fields open around the current position, each in
    its "code" or "result" part: only results are shown.
    """
    for child in element:
        tag = child.tag
        if tag in SKIPPED_INLINE or not isinstance(tag, str):
            continue
        if tag == W + "r" and is_hidden(child):
            continue
        if tag == W + "fldChar":
            track_field(child.get(W + "fldCharType"), fields)
        elif tag == W + "t":
            if "code" not in fields:
                yield child.text or ""
        elif tag in CHARACTERS:
            if "code" not in fields:
                yield CHARACTERS[tag]
        else:
            yield from inline_text(child, fields)


def track_field(kind: str | None, fields: list[str]) -> None:
    if kind == "begin":
        fields.append("code")
    elif kind == "separate" and fields:
        fields[-1] = "result"
    elif kind == "end" and fields:
        fields.pop()


def is_hidden(run: etree._Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(W + "val", "true").lower() not in FALSE_VALUES


def text_boxes(p: etree._Element) -> list[etree._Element]:
    """The outermost text boxes anchored in a paragraph, without their fallback copies."""
    boxes = []
    for box in p.iter(W + "txbxContent"):
        ancestors = list(box.iterancestors())
        inside = ancestors[:ancestors.index(p)] if p in ancestors else ancestors
        if not any(a.tag in (MC + "Fallback", W + "txbxContent") for a in inside):
            boxes.append(box)
    return boxes


def uses_numbering(p: etree._Element, numbered_styles: set[str]) -> bool:
    num_id = p.find(f"{W}pPr/{W}numPr/{W}numId")
    if num_id is not None:
        return num_id.get(W + "val") != "0"
    return style_of(p) in numbered_styles


def is_list_style(p: etree._Element) -> bool:
    return bool(LIST_STYLE.search(style_of(p) or ""))


def style_of(p: etree._Element) -> str | None:
    style = p.find(f"{W}pPr/{W}pStyle")
    return None if style is None else style.get(W + "val")


def clean(text: str) -> str:
    """Without soft hyphens (invisible), trailing spaces, or empty lines at both ends (page breaks)."""
    lines = text.replace(SOFT_HYPHEN, "").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


# --- tables ------------------------------------------------------------------------------

def table_text(tbl: etree._Element, numbered_styles: set[str]) -> str:
    rows = [row_text(tr, numbered_styles) for tr in children(tbl, W + "tr")]
    return "\n\n".join(row for row in rows if row)


def row_text(tr: etree._Element, numbered_styles: set[str]) -> str:
    cells = [join_blocks(list(blocks_of(tc, numbered_styles)))
             for tc in children(tr, W + "tc") if not continues_vertical_merge(tc)]
    cells = [cell for cell in cells if cell]
    separator = "\n\n" if any("\n\n" in cell for cell in cells) else "\n"
    return separator.join(cells)


def children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with the tag, looking through content controls and custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in BLOCK_WRAPPERS:
            yield from children(child, tag)


def continues_vertical_merge(tc: etree._Element) -> bool:
    merge = tc.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(W + "val", "continue") == "continue"


# --- layout ------------------------------------------------------------------------------

def join_blocks(blocks: list[Block]) -> str:
    """Blocks separated by a blank line, except consecutive list items by a line break."""
    blocks = [block for block in blocks if block.text]
    out = [blocks[0].text] if blocks else []
    for previous, block in zip(blocks, blocks[1:]):
        out.append("\n" if previous.is_list_item and block.is_list_item else "\n\n")
        out.append(block.text)
    return "".join(out)
