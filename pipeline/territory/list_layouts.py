"""Where a list of communes stands on the page: after a CPTS's name or before it in a headline,
under a heading line, in a paragraph of its own; a department in brackets inside the list.
(pipeline.territory.commune_lists reads the lists these cues let through.)"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import NAME_REACH, Span, starting_between
from ..reference import gazetteer
from .statements import COLON_BEFORE_NAME

# A heading line the list stands under: "Communes :", "Haute-Vienne :", "Notre territoire"
UNDER_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*·▪►][ \t]*)?[A-ZÀ-Ý][^\n.;,:]{0,40}:[ \t]*\n?[ \t]*$")


def after_name(text: str, start: int, names: list[Span]) -> bool:
    """"la CPTS X (A, B, C)", "- CPTS X : A, B, C": a list in brackets or after a colon just
    after a CPTS's name gives its communes; so does one on the line under a CPTS's name alone on
    its line ("CPTS X\nA, B, C")."""
    if any(name.end < start and NAME_THEN_LINE.fullmatch(text, name.end, start) and _opens_line(text, name.start)
           for name in starting_between(names, start - NAME_REACH, start)):
        return True
    bracket = max(text.rfind("(", max(0, start - 5), start), text.rfind(":", max(0, start - 5), start))
    if bracket < 0 or text[bracket + 1:start].strip():
        return False
    before = len(text[:bracket].rstrip())
    return any(name.end == before for name in starting_between(names, before - NAME_REACH, before))


def block_of_its_own(text: str, span: Span, items: list) -> bool:
    """A paragraph that is nothing but a list of communes of one department (one name a line,
    with or without its figure, or a line of names): a release's territory set out on its own,
    when no sentence says what else the places would be (a heading above it that does not
    name a territory names something else: "Nos permanences")."""
    above = heading_above(text, span.start).rstrip()
    if above and not above.endswith((".", "!")):
        return False
    opening = text.rfind("\n\n", 0, span.start)
    line_end = text.find("\n", span.end)
    closing = text[span.end:len(text) if line_end < 0 else line_end]
    if not BLOCK_LEAD.fullmatch(text, opening + 2 if opening >= 0 else 0, span.start) or not BLOCK_TAIL.fullmatch(closing):
        return False
    linked = [p for p in items if p.commune]
    return len(linked) >= MIN_LINKED_BLOCK and len(linked) == len(items) and len({p.commune.department for p in linked}) == 1


BLOCK_LEAD = re.compile(r"[\s•·▪►*-]*")
BLOCK_TAIL = re.compile(r"[^\n\w]*(?:\(?[\d\s\u00a0\u202f.,]+(?:hab(?:itants|\.)?|inhabitants)?\)?)?[\s.;]*", re.IGNORECASE)
MIN_LINKED_BLOCK = 4  # names


def before_name(text: str, end: int, names: list[Span]) -> bool:
    """"A, B, C : la CPTS X est née", "A, B et C : une CPTS pour trois communes": a headline's list
    of communes, then a colon and the CPTS."""
    return bool(UNNAMED_CPTS_AFTER.match(text, end)) or \
        any(COLON_BEFORE_NAME.fullmatch(text, end, name.start) for name in starting_between(names, end + 1, end + NAME_REACH))


def headline_before_cpts(text: str, span) -> bool:
    """"A, B, C et D : les soignants s'organisent en CPTS": a line of communes, a colon, and a
    headline about a CPTS that ends the line."""
    return _opens_line(text, span.start) and bool(CPTS_HEADLINE_AFTER.match(text, span.end))


CPTS_HEADLINE_AFTER = re.compile(r"[ \t]*[:–—][ \t]*[^\n.;:]{0,60}\b(?:CPTS|communauté\s+professionnelle)\b[^\n.;:]{0,40}[!?]?[ \t]*(?:\n|$)",
                                 re.IGNORECASE)


UNNAMED_CPTS_AFTER = re.compile(r"[ \t]*[:–—][ \t]*(?:une|leur|la|sa|a|their)[ \t]+(?:(?:nouvelle|première|new|first)[ \t]+)?CPTS\b",
                                re.IGNORECASE)


NAME_THEN_LINE = re.compile(r"[ \t]*:?[ \t]*\n[ \t]*(?:[-–•*·][ \t]*)?")


def _opens_line(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip(" \t-–•*·")


def under_heading(text: str, start: int, before: str) -> bool:
    """"Haute-Vienne : A, B" opening a line; not "Trois sites d'accueil : A, B" after a sentence."""
    heading = UNDER_HEADING.search(before)
    if not heading:
        return False
    at = start - len(before) + heading.start() + heading.group().startswith("\n")  # the heading's first character
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def heading_above(text: str, start: int, marked: bool = False) -> str:
    """The line above a list that opens a line of its own ("Notre territoire", "Communes :"); with
    `marked`, also above one whose first line opens with a bullet, a number or a postcode ("- A",
    "1. A", "24200 A")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not (ITEM_MARK if marked else BLANK).fullmatch(text, line_start, start):
        return ""
    lines = [line for line in text[max(0, line_start - 200):line_start].split("\n") if line.strip()]
    return lines[-1] if lines else ""


ITEM_MARK = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.)]|\d{5}(?=[ \t]))?[ \t]*")  # a bullet, a number, a postcode
BLANK = re.compile(r"\s*")


def department_in_brackets(text: str, span: Span, raw: str) -> bool:
    """"Saint-Genest-Malifaux (Loire)": the department of the name before, not an item."""
    return text[max(0, span.start - 2):span.start].rstrip().endswith("(") and text[span.end:span.end + 1] == ")" \
        and bool(gazetteer.load().find_department(raw))


def repeated_cell(text: str, piece: Span) -> bool:
    """A line that stands again a few lines above or below: a column's value in a table flattened one cell a line
    ("Commune / Intercommunalité / Habitants / A / CC X / 8 823 / B / CC X / 6 097"), never a commune of a list."""
    start, end = text.rfind("\n", max(0, piece.start - CELL_LENGTH), piece.start), text.find("\n", piece.end, piece.end + CELL_LENGTH)
    if start < 0 or end < 0:
        return False  # a long line is no table's cell
    line = text[start + 1:end]
    return len(line.strip()) > 2 and text.count("\n" + line + "\n", max(0, start - 250), end + 250) >= 2


CELL_LENGTH = 80


def former_communes_in_brackets(text: str, piece: Span) -> bool:
    """"Palmas d'Aveyron (Coussergues, Cruéjouls, Palmas)": a name inside the brackets after a commune nouvelle, one
    of the communes it merged, is no item of its own."""
    opening = text.rfind("(", text.rfind("\n", 0, piece.start) + 1, piece.start)
    return opening >= 0 and ")" not in text[opening:piece.start] and brackets_its_former_communes(text, opening)


def brackets_former_communes_after(text: str, end: int) -> bool:
    """Whether the brackets right after a name hold the communes it merged: it heads no list."""
    opening = re.match(r"[ \t]*\(", text[end:end + 10])
    return bool(opening) and brackets_its_former_communes(text, end + opening.end() - 1)


@lru_cache(maxsize=256)
def brackets_its_former_communes(text: str, opening: int) -> bool:
    closing = text.find(")", opening, opening + 200)
    line_start = text.rfind("\n", 0, opening) + 1
    name = re.split(r"[,;:•]|\s[-–—]\s", text[line_start:opening])[-1].strip()
    return closing > 0 and names_its_former_communes(name, text[opening + 1:closing])


def names_its_former_communes(name: str, inside: str, departments: list[str] | tuple = ()) -> bool:
    """Whether every name of `inside` (a bracket's words) is a former commune of the commune `name`: one of its former
    names, or a name no current commune has (a commune déléguée the gazetteer does not list)."""
    gaz = gazetteer.load()
    commune = gaz.link_commune(name.strip(), departments) if name.strip() else None
    formers = [piece.strip() for piece in re.split(r",|\bet\b", inside) if piece.strip()]
    return commune is not None and bool(formers) and all(
        re.match(r"[A-ZÀ-Ý]", former) and all(c.insee == commune.insee for c in gaz.candidates(former)) for former in formers)
