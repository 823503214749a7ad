"""Tables flattened to text, a row a line and its cells between bars (or tabs, as a web page's table is copied), under a
row of headings:

    CPTS | Signature de l'ACI | Communes | Habitants
    CPTS Figeac Ségala Limargue | juillet 2020 | 92 | 44 000

Tables copied a cell per line (headings first, one a line, then each row's cells), and tables aligned by runs of spaces,
are read the same way.
A figure or a date alone in its cell is read under its column's heading, of the CPTS its row names."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Fact, Span
from ..text.nlp import trimmed
from .common import NAMED_IN_SENTENCE, Extraction
from .context import Context
from .name_words import key_of
from .numbers import NumberMatch, qualifier_before
from .person_names import Name, names_in
from .role_holders import Role

BAR = re.compile(r"\||\t| {2,}")  # (spaces: a table aligned by runs of them, "Fensch-Orne     20      112 000")
MIN_CELLS = 3  # "Population | 45 000" is a label and its value, read as such elsewhere
# what may stand beside a figure in its cell: "~ 52 000", "> 35 000", "env. 45 500", "plus de 120", "38 000 hab.", "8 900 (1)"
FIGURE_CELL = re.compile(r"[^\d|]{0,12}\d[\d  .,]*(?:\s*[a-zA-Zé.]{0,12})?(?:\s*\(\d\)|\s*\*{1,3})?")  # "8 900 (1)": a note's call
COLUMN_KINDS = (
    ("communes_count", re.compile(r"\bcommunes?\b|\bmunicipalit|\bnb\s+de\s+communes\b", re.IGNORECASE)),
    ("population", re.compile(r"\bhabitants\b|\bpopulation\b|\binhabitants\b|\bresidents\b", re.IGNORECASE)),
    ("professionals_count", re.compile(r"\bprofessionnels\b|\badhérents\b|\bmembres\b|\bmembers\b|\bprofessionals\b",
                                       re.IGNORECASE)),
)


@dataclass(frozen=True)
class Cell:
    heading: str
    span: Span
    row: tuple[Span, ...]  # every cell of its row, the first naming the row's CPTS


@lru_cache(maxsize=8)
def table_cells(text: str) -> dict[int, Cell]:
    """Every cell under a heading row, by its start: a heading row is a line of MIN_CELLS cells or more and no
    figure; the lines right below it with as many cells are its rows. Tables copied a cell per line are read too."""
    cells, headings = {}, None
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        row = _cells(text, line.start(), line.end())
        if len(row) < MIN_CELLS:
            headings = None
        elif headings is None or len(row) != len(headings):
            headings = None if re.search(r"\d", line.group()) else [text[c.start:c.end] for c in row]
        else:
            cells.update((cell.start, Cell(heading, cell, tuple(row))) for heading, cell in zip(headings, row))
    return cells | _cells_a_line_each(text)


# A table copied from a web page or a PDF a cell per line: its headings first, one a line, then its rows.
#     CPTS\nHabitants\nCommunes\nCPTS du Valois\n55 500\n62\nCPTS des Trois Forêts\n69 600\n28
NAME_HEADING = re.compile(r"(?:CPTS|Nom|Name|Communauté|Territoire|Structure|Intercommunalités?|EPCI)\b", re.IGNORECASE)
VALUE_HEADING = re.compile(r"\b(?:communes?|habitants|population|inhabitants|adhérents|membres|members|professionnels|professionals|"
                           r"signature|date|lancement|création|présiden\w*|coordinat\w*|ACI)\b", re.IGNORECASE)
MAX_COLUMNS, HEADING_LENGTH = 8, 40
PROSE = re.compile(r"\s*(?:\S+\s+){7,}.*[.!?]\s*")  # a sentence, no cell


def _cells_a_line_each(text: str) -> dict[int, Cell]:
    cells, after = {}, 0
    lines = list(re.finditer(r"^[ \t]*\S.*$", text, re.MULTILINE))
    for i, line in enumerate(lines):
        if line.start() >= after and NAME_HEADING.match(line.group().strip()):
            # the headings are the first `width` of those that follow; the rows below tell how many
            headings = _headings(lines, i)
            tables = [_rows_below(text, lines, last + 1, [words for words, _ in headings[:width]])
                      for width, (_, last) in enumerate(headings, 1)
                      if width >= MIN_CELLS and sum(bool(VALUE_HEADING.search(words)) for words, _ in headings[1:width]) >= 2]
            table = max(tables, key=len, default={})
            cells |= table
            after = max((cell.span.end for cell in table.values()), default=after)
    return cells


def _headings(lines: list[re.Match], first: int) -> list[tuple[str, int]]:
    """The headings that may open a table at line `first`: short lines without a figure, one right after the other,
    a line in lower case going on with the heading above ("Nombre de\ncommunes"); each with the index of its last line."""
    headings = []
    for i in range(first, min(len(lines), first + 2 * MAX_COLUMNS)):
        words = lines[i].group().strip()
        if i > first and (lines[i].start() != lines[i - 1].end() + 1 or len(words) > HEADING_LENGTH
                          or re.search(r"\d", re.sub(r"\([^()]*\)", "", words))):  # "Population (Insee 2021)" is a heading
            break
        if headings and words[0].islower():
            headings[-1] = (f"{headings[-1][0]} {words}", i)
        elif len(headings) < MAX_COLUMNS:
            headings.append((words, i))
        else:
            break
    return headings


def _rows_below(text: str, lines: list[re.Match], first: int, headings: list[str]) -> dict[int, Cell]:
    """The cells of the rows from line `first` on: a line for each heading, one right after the other, each row
    opening on a name and holding its figures in the same columns as the first row."""
    width = len(headings)
    cells, i, figures = {}, first, None
    while i + width <= len(lines):
        group = lines[i:i + width]
        # a row's cells one right after the other; a blank line may part it from the row before
        adjacent = all(b.start() == a.end() + 1 for a, b in zip(group, group[1:])) \
            and text.count("\n", lines[i - 1].end(), group[0].start()) <= 2
        pattern = [bool(re.search(r"\d", m.group())) for m in group]
        figures = figures or pattern
        # the columns of figures hold one in every row (a column of names may count some: "11 communes de la CA X")
        if not adjacent or pattern[0] or not any(pattern) or not all(p or not f for p, f in zip(pattern, figures)) \
                or any(PROSE.fullmatch(m.group()) for m in group) \
                or VALUE_HEADING.fullmatch(group[0].group().strip()):  # a heading is no row's name
            break
        row = tuple(trimmed(text, m.start(), m.end()) for m in group)
        cells.update((cell.start, Cell(heading, cell, row)) for heading, cell in zip(headings, row))
        i += width
    return cells


def _cells(text: str, start: int, end: int) -> list[Span]:
    bars = list(BAR.finditer(text, start, end))
    if not bars:
        return []
    bounds = [(start, start)] + [(m.start(), m.end()) for m in bars] + [(end, end)]
    spans = [trimmed(text, a[1], b[0]) for a, b in zip(bounds, bounds[1:])]
    if spans and spans[0].start == spans[0].end:  # "| a | b |": the bars around the row
        spans = spans[1:]
    if spans and spans[-1].start == spans[-1].end:
        spans = spans[:-1]
    return spans


def cell_of(text: str, start: int, end: int) -> Cell | None:
    """The table cell text[start:end] stands in, when it fills the cell but for a qualifier or a unit."""
    cells = table_cells(text)
    if not cells:
        return None
    starts = _cell_starts(text)
    i = bisect.bisect_right(starts, start) - 1
    cell = cells[starts[i]] if i >= 0 else None
    if cell is None or not cell.span.start <= start < end <= cell.span.end:
        return None
    return cell


@lru_cache(maxsize=8)
def _cell_starts(text: str) -> list[int]:
    return sorted(table_cells(text))


def add_column_figure(ctx: Context, result: Extraction, number: NumberMatch) -> bool:
    """A figure alone in a cell of a column headed "Communes", "Habitants", ...: given to the CPTS its row names
    (none to a row that names none: "TOTAL | 15"). False when the figure stands in no such cell."""
    cell = cell_of(ctx.text, number.start, number.end)
    if cell is None or not FIGURE_CELL.fullmatch(ctx.text, cell.span.start, cell.span.end):
        return False
    kinds = [kind for kind, heading in COLUMN_KINDS if heading.search(cell.heading)]
    if len(kinds) != 1:
        return False
    if number.start > cell.span.start + re.search(r"\d", ctx.text[cell.span.start:cell.span.end]).start():
        return True  # the note's call after the figure
    key = row_owner(ctx, cell)
    if key is not None:
        qualifier, q_start = qualifier_before(ctx.text, number.start, ctx.lang)
        span = Span(max(q_start, cell.span.start), number.end)
        result.cpts[key].quantities[kinds[0]].append(Fact(number.value, span, qualifier, confidence=NAMED_IN_SENTENCE))
    return True


# a column of a CPTS's share of its department: "Part de la population départementale", "part de la population de l'Isère"
SHARE_OF_DEPARTMENT = re.compile(r"\bpart\s+de\s+la\s+population\s+(?:départementale|du\s+département|de\s+l['’]|de\s+la\s|du\s|des\s)"
                                 r"|\bshare\s+of\s+the\s+department", re.IGNORECASE)


def add_column_percentage(ctx: Context, result: Extraction, value: float, span: Span, qualifier: str) -> bool:
    """A percentage in a column of the CPTS's share of its department, given to the CPTS its row names. False when
    it stands in no such column."""
    cell = cell_of(ctx.text, span.start, span.end)
    if cell is None or not SHARE_OF_DEPARTMENT.search(cell.heading):
        return False
    key = row_owner(ctx, cell)
    if key is not None:
        result.cpts[key].percentages.append(Fact(value, span, qualifier, extra={"kind": "share_of_department_population"},
                                                 confidence=NAMED_IN_SENTENCE))
    return True


NOT_YET = re.compile(r"\b(?:en\s+cours|à\s+venir|prévue?s?|pending|planned|LI|lettre\s+d['’]intention|projet\s+de\s+santé)\b", re.IGNORECASE)


def column_label(text: str, start: int, end: int) -> tuple[str, int] | None:
    """A date's label in a table: its column's heading ("Signature de l'ACI"), with the words of its row's other
    cells when the heading says only "Date" ("ACI signé | 12/05/2021"); and where its row starts."""
    cell = cell_of(text, start, end)
    if cell is None:
        return None
    own = text[cell.span.start:start]
    if NOT_YET.search(own):  # "en cours (LI validée le 06/02/2024)" under "Signature ACI": the cell's own words say what
        return own, cell.span.start
    first = name_cell(text, cell.row)
    words = [text[c.start:c.end] for c in cell.row
             if c.start > first.start and c != cell.span and not re.search(r"\d", text[c.start:c.end])]
    return " ".join([cell.heading, own, *words]), cell.row[0].start  # with its own words: "Statut | ACI signé le 12/05/2021"


ROW_NUMBER = re.compile(r"\s*(?:N°\s*)?\d{1,3}\.?\s*")  # "1  CPTS Grand Lac  28": the row's number before its name


def name_cell(text: str, row: tuple[Span, ...]) -> Span:
    """The cell that names a row's CPTS: its first, or the next when the first numbers the row."""
    numbered = len(row) > MIN_CELLS and ROW_NUMBER.fullmatch(text, row[0].start, row[0].end)
    return row[1] if numbered else row[0]


# the heading of a table's column of CPTS names: "CPTS", "Nom de la CPTS", "Communauté professionnelle"
CPTS_HEADING = re.compile(r"\s*(?:nom\s+(?:de\s+la\s+)?)?(?:CPTS|communautés?\s+professionnelles?(?:\s+territoriales?\s+de\s+santé)?)\s*",
                          re.IGNORECASE)
CELL_NAME = re.compile(r"\s*[A-ZÀ-Ý](?!(?i:otal|ource|ous?\s+total)\b)[^\d|\t]{2,80}")  # not "Total", "Source"


def cpts_name_cells(text: str) -> list[Span]:
    """The names a table gives bare in its column of CPTS ("CPTS | Communes\nGrand Amiénois | 39"): its rows' CPTS."""
    return sorted({cell.span for cell in table_cells(text).values() if CPTS_HEADING.fullmatch(cell.heading)
                   and cell.span == name_cell(text, cell.row) and CELL_NAME.fullmatch(text, cell.span.start, cell.span.end)
                   and "CPTS" not in text[cell.span.start:cell.span.end]
                   and "\n" not in text[cell.row[0].start:cell.row[-1].end]}, key=lambda span: span.start)  # a row a line


def column_owner(ctx: Context, span: Span) -> str | None:
    """The CPTS of the row a value at `span` stands in, if it stands in a table's cell."""
    cell = cell_of(ctx.text, span.start, span.end)
    return row_owner(ctx, cell) if cell else None


def row_owner(ctx: Context, cell: Cell) -> str | None:
    """The CPTS the first cell of a row names: a mention in it, or a CPTS's name written without "CPTS"."""
    first = name_cell(ctx.text, cell.row)
    keys = ctx.keys_in(first)
    if len(keys) == 1:
        return keys[0]
    written = key_of("CPTS " + ctx.text[first.start:first.end])  # "Vimeu Santé", "CPTS du Giennois": keyed alike
    named = [c.key for c in ctx.cpts if written in {c.key, *(key_of(alias) for alias in c.aliases)}]
    if len(named) == 1:
        return named[0]
    return _total_of_its_areas(ctx, first)


# the row that sums a table of the intercommunalities of one CPTS: "Total CPTS", "Total", "Ensemble du territoire"
TOTAL_ROW = re.compile(r"\s*(?:total(?:\s+(?:de\s+la\s+)?CPTS|\s+du\s+territoire)?|ensemble(?:\s+du\s+territoire)?)\s*", re.IGNORECASE)
AREAS_HEADING = re.compile(r"\s*(?:intercommunalités?|EPCI|communautés?\s+de\s+communes|territoires?)\s*", re.IGNORECASE)


def _total_of_its_areas(ctx: Context, first: Span) -> str | None:
    """"Intercommunalité | Communes | Habitants ... Total CPTS | 64 | 15 328": in a table of the intercommunalities
    of the text's one subject, the row of their total is that CPTS's."""
    name = table_cells(ctx.text).get(first.start)
    if name is None or not AREAS_HEADING.fullmatch(name.heading) or not TOTAL_ROW.fullmatch(ctx.text, first.start, first.end):
        return None
    return ctx.subjects[0] if len(ctx.subjects) == 1 else None


# a column of a board's office: "Présidence", "Président(e)", "Coordination"
OFFICE_COLUMNS = (("président", "présidente", re.compile(r"\bprésiden(?:ce|t|te|t\(e\))s?\b|\bchair", re.IGNORECASE)),
                  ("coordinateur", "coordinatrice", re.compile(r"\bcoordinat(?:ion|eur|rice)s?\b|\bcoordinators?\b", re.IGNORECASE)))
OFFICE_IN_CELL = re.compile(r"\((?:co-?|vice-)?(?:présid|coordin|chair)", re.IGNORECASE)


def column_holders(ctx: Context) -> list[tuple[Name, Role]]:
    """The person a cell under an office's heading names, holding that office in the CPTS its row names (a cell that
    gives each person's office itself, "A (co-président) et B (co-présidente)", is read as a sentence)."""
    holders = []
    for cell in table_cells(ctx.text).values():
        office = next(((masculine, feminine) for masculine, feminine, heading in OFFICE_COLUMNS if heading.search(cell.heading)),
                      None)
        words = ctx.text[cell.span.start:cell.span.end]
        key = row_owner(ctx, cell) if office and not OFFICE_IN_CELL.search(words) else None
        if key is not None:
            role = Role(*office, cell.span, cell.span.end, True, key, False, False)
            holders += [(name, role) for name in names_in(ctx, cell.span.start, words)[:1]]
    return holders
