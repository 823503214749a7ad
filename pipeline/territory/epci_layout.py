"""Where an intercommunality's name stands on the page, for epci_mentions: the clause before it
(back to a sentence or list boundary, or to the heading or announcing sentence it completes), a
line of its own under a territory heading, a table row or list item a CPTS's name labels,
brackets after a CPTS's name, and the names joined to it."""
from __future__ import annotations

import re

from ..facts.patterns import SOFT_BREAK
from ..facts.place_names import EPCI_PHRASE
from ..facts.table_columns import cell_of, table_cells
from ..model import NAME_REACH, Span, starting_between
from .epci_words import ANNOUNCED, ANNOUNCED_REACH, COUNTED_EPCIS, PARTIAL

ARTICLE_ONLY = re.compile(r"\s*(?:(?:la|le|les|l['’]|the)\s*)?", re.IGNORECASE)
# "Son territoire ? La CC X", "Son périmètre ? Celui de la CC X": the answer to a heading's question; so are
# "92 communes : celles de la CC X" and "deux CC : d'une part, celle du X ..." after a colon
ANSWER_OPENING = re.compile(r"\s*(?:d['’]une\s+part\s*,?\s*)?(?:(?:celui|celle|celles|ceux)\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*|(?:(?:tout|toute|tous|toutes)\s+)?"
                            r"(?:la|le|les|l['’]|the)\s*|(?:all|the\s+whole)\s+(?:of\s+)?(?:the\s+)?)?", re.IGNORECASE)
# "Son périmètre ? Les 53 communes des communautés de communes X et Y": the communes of the names that follow
COUNTED_LEAD = re.compile(r"\s*(?:les|the)\s+\d+\s+(?:communes|municipalities)\s+(?:des|de\s+la|du|de\s+l['’]|of\s+the)\s*", re.IGNORECASE)
# Another typed name joined to a name: ", et la CC Y", "and the Y community of communes"
MAX_JOINED_NAMES = 4
NEXT_NAME = re.compile(rf"\s*(?:,|\bet\b|\band\b)\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’]|the)?\s*(?:{EPCI_PHRASE.pattern})")


def clause_before(text: str, start: int, previous_end: int, name_end: int) -> Span:
    """The words of the clause before a name, back to a sentence or list boundary, or to the
    intercommunality named before it; back to the sentence before when that one announces the
    names a sentence of names alone gives."""
    boundary = boundary_before(text, start)
    question_mark = _question_mark_before(text, boundary) if boundary > 0 and text[boundary] == "\n" else None
    if question_mark is not None:
        boundary = question_mark  # the question on the line above: "Quel territoire ?\nLa CC X"
    colon = text.rfind(":", text.rfind("\n", 0, start) + 1, start)
    question = _question_above_speaker(text, colon) if colon > 0 and ANSWER_OPENING.fullmatch(text, colon + 1, start) else None
    if question is not None:  # "SM : Quel est votre territoire ?\nA.-S. K. : Toute la CC X": the question's words
        boundary = boundary_before(text, question)
    elif boundary > 0 and text[boundary] == "\n" and LINE_LEAD.fullmatch(text, boundary + 1, start) \
            and text[:boundary].rstrip().endswith(":"):
        colon = text[:boundary].rstrip().rfind(":")  # "Intercommunalités membres :\n• CC X": the heading's words
        boundary = boundary_before(text, colon)
    elif boundary > 0 and (text[boundary] == ":" or text[boundary] == "?" and (ANSWER_OPENING.fullmatch(text, boundary + 1, start)
                                                                          or COUNTED_LEAD.fullmatch(text, boundary + 1, start))) \
            and ((ANSWER_OPENING if text[boundary] == ":" else ARTICLE_ONLY).fullmatch(text, boundary + 1, start)
                 or COUNTED_EPCIS.fullmatch(text, boundary + 1, start) or COUNTED_LEAD.fullmatch(text, boundary + 1, start)
                 or TERRITORY_HEADING.fullmatch(text, boundary_before(text, boundary) + 1, boundary)):
        # "Territoire d'intervention : CC X", "Le territoire : 2 intercommunalités (CC X, ...": the
        # words before the colon introduce the name
        boundary = boundary_before(text, boundary)
    elif boundary > 0 and text[boundary] == "." and ARTICLE_ONLY.fullmatch(text, boundary + 1, start) \
            and ANNOUNCED.search(text, max(0, boundary - ANNOUNCED_REACH), boundary + 1) and names_end_sentence(text, name_end):
        # "Elle s'étend sur deux intercommunalités. La CC X et la CC Y.": the sentence before announces the names
        boundary = boundary_before(text, boundary)
    return Span(max(boundary + 1, previous_end, 0), start)


def names_end_sentence(text: str, pos: int) -> bool:
    """Whether only more names (with their brackets) follow a name to the end of its sentence:
    "La CC X (15 communes) et la CC Y.", not "La CC X a financé l'étude"."""
    for _ in range(MAX_JOINED_NAMES):
        bracket = NAME_BRACKET.match(text, pos)
        pos = bracket.end() if bracket else pos
        joined = NEXT_NAME.match(text, pos)
        if not joined:
            break
        pos = joined.end()
    return bool(SENTENCE_END.match(text, pos))


NAME_BRACKET = re.compile(r"\s*\([^()\n]{0,60}\)")
SENTENCE_END = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:[.;!]|\n|\Z)")


SPEAKER = re.compile(r"[ \t]*[A-ZÀ-Ý][\w.'’ -]{0,30}?[ \t]*")  # "A.-S. K.", "Saulnois Mag", "Dr Anne Roux"


def _question_above_speaker(text: str, colon: int) -> int | None:
    """Where the question ends that a speaker's answer opening at `colon` replies to: the line above ends on "?"."""
    line_start = text.rfind("\n", 0, colon) + 1
    above = text[:line_start].rstrip()
    return len(above) - 1 if line_start and above.endswith("?") and SPEAKER.fullmatch(text, line_start, colon) else None


def boundary_before(text: str, pos: int) -> int:
    """The last sentence or list boundary before `pos`: a stop, a colon, a semicolon or a line
    break, but not the break of a wrapped line, which a lower-case word continues
    ("correspondant\nà la Communauté de communes X")."""
    boundary = max(text.rfind(ch, 0, pos) for ch in ".;:\n!?")
    while boundary >= 0 and SOFT_BREAK_RE.match(text, boundary):
        boundary = max(text.rfind(ch, 0, boundary) for ch in ".;:\n!?")
    return boundary


SOFT_BREAK_RE = re.compile(SOFT_BREAK)


def _question_mark_before(text: str, pos: int) -> int | None:
    """Where the "?" stands that ends the text before `pos`, blanks aside (None when it ends otherwise); read back
    from `pos` instead of copying the text before it, which each name of a long list would do again."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end - 1 if end > 0 and text[end - 1] == "?" else None


def without_names(text: str, clause: Span, names: list[Span]) -> str:
    """The words of a clause without the CPTS names in it: "..., la CPTS Y la CC Z" leaves out
    the verb of the clause before, Y's joined to it."""
    words, end = [], clause.start
    for name in (n for n in starting_between(names, clause.start, clause.end) if n.end <= clause.end):
        words.append(text[end:name.start])
        end = name.end
    return "".join(words) + text[end:clause.end]


def in_brackets_after_name(text: str, start: int, names: list[Span]) -> bool:
    """ "la CPTS X (communauté de communes Y)", "la CPTS X (territoire de la CC Y)", "la CPTS X, sur la
    CC Y, ...", "la CPTS X sur le territoire de la CC Y": the area in brackets or in apposition after a CPTS's name is its territory."""
    opened = BRACKET_BEFORE.search(text, max(0, start - BRACKET_REACH), start)
    before = starting_between(names, opened.start() - NAME_REACH, opened.start()) if opened else []
    return any(name.end == opened.start() for name in before)


def among_bodies(text: str, name: Span) -> bool:
    """"tous les acteurs du territoire (le PETR du Pays X, les communautés de communes Y et Z, l'ARS,
    la CPAM, le centre hospitalier ...)": an intercommunality listed in brackets beside health and
    public bodies is one of the partners, not a perimeter."""
    opened = text.rfind("(", max(0, name.start - BODIES_REACH), name.start)
    if opened < 0 or ")" in text[opened:name.start]:
        return False
    closed = text.find(")", name.end, name.end + BODIES_REACH)
    return closed > 0 and len(BODY_IN_LIST.findall(text, opened, closed)) >= 2


def alone_under_territory_heading(text: str, name: Span) -> bool:
    """"Notre territoire\n53 communes\nCommunauté de communes X": a name on a line of its own
    a few lines under a heading that says it is the territory."""
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line_end = len(text) if line_end < 0 else line_end
    if not (LINE_LEAD.fullmatch(text, line_start, name.start) and LINE_TAIL.fullmatch(text, name.end, line_end)):
        return False
    above = [line for line in text[max(0, line_start - HEADING_REACH):line_start].split("\n") if line.strip()][-4:]
    return any(TERRITORY_HEADING.fullmatch(line) for line in above)


HEADING_REACH = 200  # characters above the name
LINE_LEAD = re.compile(r"[ \t]*(?:[-–•*·][ \t]*)?(?:(?:la|le|l['’])\s*)?", re.IGNORECASE)
LINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]*\)|[:–—-][ \t]*\d[^\n]*)?[ \t.;]*")  # "(9 communes)", ": 9 communes"
# "Notre territoire", "📍 Notre territoire, pour ceux qui se demandent :": an ornament may open it, a short clause follow
TERRITORY_HEADING = re.compile(
    r"[ \t]*(?:[^\w\s]{1,3}[ \t]*)?(?:notre|son|le|mon)?\s*(?:territoire|périmètre)"
    r"(?:\s+(?:couvert|d['’]intervention|d['’]action|de\s+la\s+CPTS))?(?:[ \t]*,[^,.:;\n]{1,40})?[ \t]*:?[ \t]*", re.IGNORECASE)


def after_a_cpts_label(text: str, name: Span, names: list[Span]) -> bool:
    """"CPTS Nord Mayenne : CC de l'Ernée", "CPTS Nord Mayenne | CC de l'Ernée | 80", a line of a
    list or a table: the CPTS's name, first on the line, labels the area of the cell after it."""
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line_end = len(text) if line_end < 0 else line_end
    label = LABEL_MARK_BEFORE.search(text, line_start, name.start)
    return bool(label) and CELL_TAIL.fullmatch(text, name.end, line_end) is not None \
        and any(n.end == label.start() and LINE_LEAD.fullmatch(text, line_start, n.start) for n in names)


def under_a_cpts_heading(text: str, name: Span, names: list[Span]) -> bool:
    """"CPTS Sud Aveyron\nCommunauté de communes X\n16 communes": a name on a line of its own right
    under a line that is only a CPTS's name and opens a block (a card, a table's cells one a line;
    not a column of logos under "Partenaires :"), or in a bulleted item of a list under it."""
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_start < 2 or not (LINE_LEAD.fullmatch(text, line_start, name.start) and LINE_TAIL.fullmatch(text, name.end, line_end)):
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    for _ in range(MAX_ITEMS_ABOVE):  # "CPTS X :\n- CC A\n- CC B": up over the items before this one
        if not (BULLETED.match(text, line_start) and BULLETED.match(text, above_start)) or above_start == 0:
            break
        line_start, above_start = above_start, text.rfind("\n", 0, above_start - 1) + 1
    if above_start > 0 and text[text.rfind("\n", 0, above_start - 1) + 1:above_start].strip():
        return False  # the CPTS's line follows another line: an item of a list, not a block's heading
    return any(above_start <= n.start and LINE_LEAD.fullmatch(text, above_start, n.start)
               and HEADING_TAIL.fullmatch(text, n.end, line_start - 1) for n in names)


HEADING_TAIL = re.compile(r"[ \t]*[:.]?[ \t]*")
BULLETED = re.compile(r"[ \t]*[-–•*·▪►]")
MAX_ITEMS_ABOVE = 8
LABEL_MARK_BEFORE = re.compile(r"[ \t]*(?:[:|\t]|\s[–—-])[ \t]*(?:(?:la|le|l['’])\s*)?\Z", re.IGNORECASE)
# What may end the area's cell: its count in brackets, then the next cell or item of the line ("| 80", ", 80 professionnels ;")
CELL_TAIL = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t.;]*(?:[,;|\t–—][^\n]*)?")
BRACKET_BEFORE = re.compile(
    r"(?:\s*\(\s*(?:(?:territoire|secteur|périmètre|bassin(?:\s+de\s+vie)?|zone|territory|area)\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|d['’]\s*|of\s+the\s+|of\s+)|la\s+|le\s+|l['’]\s*)?"
    r"|\s*,\s*(?:sur|dans|on|in)\s+(?:la\s+|le\s+|l['’]\s*|the\s+)"
    # "la CPTS X sur le territoire de la CC Y": no comma needed when the territory is named as such
    r"|\s+(?:sur|dans)\s+le\s+territoire\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|d['’]\s*|de\s+))\Z", re.IGNORECASE)
BRACKET_REACH = 40  # characters: "(territoire de la ", " sur le territoire de la " before the name
BODIES_REACH = 400  # characters from the brackets to the name, and from the name to their end
BODY_IN_LIST = re.compile(r"\b(?:(?-i:ARS|CPAM|MSA|CAF|DAC|GHT)|préfecture|conseil\s+(?:départemental|régional)|"
                          r"centres?\s+hospitali\w+|hôpita\w+|éducation\s+nationale|agence\s+régionale)\b", re.IGNORECASE)


# a table's column of the intercommunalities each CPTS covers: "Intercommunalités", "Territoire", "EPCI"
AREA_COLUMN = re.compile(r"\b(?:intercommunalit\w*|territoires?|périmètres?|EPCI|communautés?\s+de\s+communes|territory|area)\b", re.IGNORECASE)


def in_an_area_column(text: str, name: Span) -> bool:
    """"CPTS | Intercommunalités | Habitants\nHaut Bocage | CC X, CC Y | 82 239": a name in a table's cell under a
    heading of territories, the whole of it the CPTS's its row names (or, in a table of the areas, the CPTS's in focus)."""
    cell = cell_of(text, name.start, name.end)
    return cell is not None and bool(AREA_COLUMN.search(cell.heading))


def area_cells(text: str) -> list[Span]:
    """The names in cells under a heading of territories, each without its article: names without their type word
    ("La Roche-sur-Yon Agglomération", "Pays de Craon, Pays de Meslay-Grez") are linked there as whole names."""
    cells = [cell for cell in table_cells(text).values() if cell.span != cell.row[0] and AREA_COLUMN.search(cell.heading)]
    pieces = [Span(c.span.start + m.start(), c.span.start + m.end()) for c in cells
              for m in re.finditer(r"[^,]+?(?=\s*,|\s+et\s|\s*$)", text[c.span.start:c.span.end])]
    return [Span(ARTICLE_ONLY.match(text, p.start).end(), p.end) for p in pieces
            if text[p.start:p.end].strip() and not re.search(r"\d", text[p.start:p.end])]


def part_named_in_its_cell(text: str, name: Span) -> bool:
    """"CC X – partie sud", "CC Y – A et B": a table's cell that names a part of the intercommunality after its name."""
    cell = cell_of(text, name.start, name.end)
    rest = text[name.end:cell.span.end] if cell else ""
    return bool(PARTIAL.search(rest) or re.match(r"\s*[–—-]\s+[A-ZÀ-Ý]", rest))
