"""Repair rules for text that a word processor or a page layout rewrapped: list items run
into one paragraph, words and names cut by a hyphen at a line end, numbers cut between their
digit groups, running heads, feet and page numbers.

Each rule takes (raw text, language) and returns the `Repair`s it proposes;
`pipeline.text.repair` applies them.
"""
from __future__ import annotations

import re

from ..model import Repair, proposed
from ..reference.words import LETTER, NAME_CHAIN_LEFT, NAME_CHAIN_RIGHT, hyphen_joint, is_known_place


# An item marker after ";" or ":" (or after a sentence end, once the line has opened a list):
# "… communes : - la commune A ; - la commune B". A list pasted into a paragraph.
INLINE_ITEM = re.compile(rf"(?<=[;:.…])[ \t\n]+(?=[–—•][ \t]?\w|-[ \t]?{LETTER}|-[ \t]\d)")
MIN_INLINE_ITEMS = 2
WRAP_BREAK = re.compile(r"(?<=[^\s-])[ \t]*\n[ \t]*")  # not after a hyphen: a cut word stays for the reader
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# "Saint-Jean-de- Losne", "profes- sionnels": a word cut at a line end whose line was joined;
# "coordi-\nnatrice": or whose line break is still there (then only a word cut in two is mended).
SPACED_HYPHEN = re.compile(rf"(?<={LETTER})-(?:[ \t]+|[ \t]*\n[ \t]*)(?={LETTER})")
PAGE_NUMBER_LINE = re.compile(r"(?:page|p\.)?\s*[-–]?\s*\d{1,3}\s*(?:(?:/|sur|of|de)\s*\d{1,3})?\s*[-–]?",
                              re.IGNORECASE)
FURNITURE_LINES = 2  # lines at the head and at the foot of a page that may be furniture


def inline_list_items(raw: str, lang: str) -> list[Repair]:
    """Each item of a list run into one paragraph starts its own line again, as it was written."""
    markers = list(INLINE_ITEM.finditer(raw))
    if len(markers) < MIN_INLINE_ITEMS:
        return []
    out = []
    for start, end in _blocks(raw):
        found = []
        for m in markers:
            if start <= m.start() < end and (raw[m.start() - 1] in ";:" or found):
                found.append(m)
        inline = [m for m in found if "\n" not in m.group()]  # the others start their line
        if len(inline) < MIN_INLINE_ITEMS:
            continue
        out += [proposed(raw, m.start(), m.end(), "\n", "inline_list_item") for m in found]
        # The block's other line breaks are where the page wrapped it: one line per item.
        items = {m.start() for m in found}
        out += [proposed(raw, m.start(), m.end(), " ", "inline_list_item")
                for m in WRAP_BREAK.finditer(raw, start, end) if m.start() not in items]
    return out


def _blocks(raw: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of lines between blank lines."""
    bounds, start = [], 0
    for gap in BLANK_LINE.finditer(raw):
        bounds.append((start, gap.start()))
        start = gap.end()
    return bounds + [(start, len(raw))]


def spaced_hyphens(raw: str, lang: str) -> list[Repair]:
    """"Venarey-lès- Laumes" -> "Venarey-lès-Laumes", "profes- sionnels" -> "professionnels":
    a word cut by a line-end hyphen, its lines joined by a space or not. Mended only when the
    gazetteer or the word list knows the result."""
    out = []
    for m in SPACED_HYPHEN.finditer(raw):
        left = NAME_CHAIN_LEFT.search(raw, max(0, m.start() - 60), m.start())
        right = NAME_CHAIN_RIGHT.match(raw, m.end())
        if not left or left.end() != m.start() or not right:
            continue
        joint = hyphen_joint(left.group(), right.group(), lang)
        if joint == "" or joint == "-" and "\n" not in m.group():  # "Nuits-Saint-\nGeorges" is the readers' to join
            out.append(proposed(raw, m.start(), m.end(), joint, "spaced_hyphen"))
    return out


# "Saône\n-et-Loire": a hyphen that a line break cut from the word before it (a stray space,
# "Saône -et-Loire", is the author's and stays: clean text is not changed).
DETACHED_HYPHEN = re.compile(rf"[ \t]*\n[ \t]*(?=-{LETTER})")


def detached_hyphens(raw: str, lang: str) -> list[Repair]:
    """"Saône\n-et-Loire" -> "Saône-et-Loire" when the gazetteer knows the name so joined."""
    out = []
    for m in DETACHED_HYPHEN.finditer(raw):
        if not raw[m.start() - 1:m.start()].isalpha():
            continue
        left = NAME_CHAIN_LEFT.search(raw, max(0, m.start() - 60), m.start())
        right = NAME_CHAIN_RIGHT.match(raw, m.end() + 1)
        if left and right and is_known_place(f"{left.group()}-{right.group()}"):
            out.append(proposed(raw, m.start(), m.end(), "", "detached_hyphen"))
    return out


# "37\n000 habitants": a number whose thousands a line break separated, where a word
# processor wrapped at the ordinary space between digit groups.
NUMBER_CUT = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\d{3}(?![\d.,/:])[ \t]+[^\W\d_])")


def numbers_cut_at_line_end(raw: str, lang: str) -> list[Repair]:
    out = []
    for m in NUMBER_CUT.finditer(raw):
        digits = re.search(r"(?<![\d.,/:])\d{1,3}$", raw[max(0, m.start() - 4):m.start()])
        if digits:
            out.append(proposed(raw, m.start(), m.end(), " ", "number_cut"))
    return out


def page_furniture(raw: str, lang: str) -> list[Repair]:
    """Running heads and feet and page numbers blanked out: lines at the head or foot of a
    page ("\f" between pages) that are a page number, or that come back on other pages with
    only their numbers changed ("Page 2 / 3", "Agence X – communiqué du 3 mai")."""
    if "\f" not in raw:
        return []
    pages, offset = [], 0
    for page in raw.split("\f"):
        pages.append((page, offset))
        offset += len(page) + 1
    edges = [_edge_lines(page, start) for page, start in pages]
    seen: dict[str, int] = {}
    for lines in edges:
        for key in {_furniture_key(text) for text, _ in lines}:
            seen[key] = seen.get(key, 0) + 1
    out = []
    for lines in edges:
        for text, start in lines:
            if PAGE_NUMBER_LINE.fullmatch(text.strip()) or seen[_furniture_key(text)] >= 2:
                end = start + len(text)
                end += raw[end:end + 1] == "\n"
                out.append(proposed(raw, start, end, "", "page_furniture"))
    return out


def _edge_lines(page: str, start: int) -> list[tuple[str, int]]:
    """(text, raw offset) of the first and last non-blank lines of a page."""
    lines, offset = [], start
    for line in page.split("\n"):
        if line.strip():
            lines.append((line, offset))
        offset += len(line) + 1
    if len(lines) <= 2 * FURNITURE_LINES:
        return lines
    return lines[:FURNITURE_LINES] + lines[-FURNITURE_LINES:]


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())
