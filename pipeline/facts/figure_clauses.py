"""Where a percentage's clause begins and ends, the list a bulleted figure belongs to, and whether
a figure counts a department's people ("9,2 % de la population de la Mayenne", "des Icaunais"):
what both a CPTS's own shares and a department's coverage are read with."""
from __future__ import annotations

import re

from ..model import Span
from ..reference.folding import fold
from .context import Context
from .patterns import BULLET, REGIONAL_BODY
from .place_names import ISLAND_DEPARTMENTS, THE_ISLAND, find_departments
from .percentage_words import (A_YEAR, ADJECTIVE, CLAUSE_BREAK, CLAUSE_REACH, COMPARED_BEFORE, COMPARISON, DEPARTMENT_POPULATION,
                               IN_THE_PAST, OF_A_PLACE, OF_THE_DEPARTMENT, PERCENT_FIGURE, POPULATION_OF, REGION, irregular_demonym)


def clause_of(text: str, span: Span, sentence: Span) -> Span:
    """The percentage's clause: from the last break before it to the first after."""
    start = max(sentence.start, span.start - CLAUSE_REACH)
    breaks_before = [m.end() for m in CLAUSE_BREAK.finditer(text, start, span.start)]
    end = min(sentence.end, span.end + CLAUSE_REACH)
    break_after = CLAUSE_BREAK.search(text, span.end, end)
    return Span(breaks_before[-1] if breaks_before else start, break_after.start() if break_after else end)


def list_lead(text: str, pos: int) -> int | None:
    """Where the line that announces the bulleted list holding `pos` begins ("Le territoire de la
    CPTS présente :" or the heading "Le territoire en chiffres" over "• 23 % de la population ..."),
    else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not BULLET.match(text, line_start):
        return None
    while line_start > 0:
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start:text.find("\n", line_start)]
        if line.strip() and not BULLET.match(line):
            return line_start if line.rstrip().endswith(":") or _a_heading(line) else None
    return None


def _a_heading(line: str) -> bool:
    """A short line that ends no sentence: "Le territoire en chiffres" over its list."""
    return len(line.strip()) <= HEADING_LENGTH and not re.search(r"[.!?;,]\s*$", line)


HEADING_LENGTH = 60


# a region in the name of a body ("selon l'ARS Normandie", "l'URPS médecins libéraux Bretagne"): no figure's frame
INSTITUTION_BEFORE = re.compile(rf"\b{REGIONAL_BODY}\s*(?:de\s+|d['’]|du\s+|en\s+|of\s+)?(?:la\s+|l['’])?\Z", re.IGNORECASE)


def region_without_department(ctx: Context, sentence: Span, figure: Span | None = None) -> bool:
    """A region named in the sentence, and no department: the region's figure. A region the
    figure is compared with after it ("17 % (un taux supérieur à la région X)") frames nothing."""
    regions = [m for m in REGION.finditer(ctx.text, sentence.start, sentence.end)
               if (figure is None or m.start() < figure.start or not COMPARISON.search(ctx.text, figure.end, m.start()))
               and not INSTITUTION_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())]
    return bool(regions) and not any(sentence.start <= d.span.start < sentence.end for d in ctx.departments)


def of_department_population(ctx: Context, pct_end: int) -> bool:
    """ "9,2 % de la population de la Mayenne", "4 % de la population sarthoise", "... du
    département", "40 % du Calvados": a share of a department, not of the CPTS's own inhabitants."""
    if DEPARTMENT_POPULATION.match(ctx.text, pct_end):
        return True
    of_place = OF_A_PLACE.match(ctx.text, pct_end)
    if of_place and any(d.span.start == of_place.end() for d in ctx.departments):
        return True  # "couvrant ainsi 40 % du Calvados"
    land = re.match(r"\s*(?:du\s+territoire|de\s+la\s+(?:superficie|surface)|of\s+the\s+(?:territory|area))\s+(?:du|de\s+la|de\s+l['’]|des|of(?:\s+the)?)\s*", ctx.text[pct_end:pct_end + 40])
    if land and any(d.span.start == pct_end + land.end() for d in ctx.departments):
        return True  # "elle couvre 12 % du territoire du Cher", "40 % de la superficie du Cher"
    whole = re.match(r"\s*(?:du|of\s+the)\s+(?:département|department|territoire\s+départemental)\b", ctx.text[pct_end:pct_end + 40])
    if whole:  # "elle couvre 35 % du département (de la Nièvre)"
        after = pct_end + whole.end()
        return not re.match(r"\s+(?:de|du|des|d['’]|of)\b", ctx.text[after:after + 5]) or any(
            after < d.span.start <= after + 12 for d in ctx.departments)
    population = POPULATION_OF.match(ctx.text, pct_end)
    if not population:
        people = re.match(r"\s*(?:des|of\s+the)(?=\s)", ctx.text[pct_end:pct_end + 12])
        return bool(people) and bool(department_adjective(ctx.text, pct_end + people.end()))  # "11 % des Landais"
    after = population.end()
    return (bool(OF_THE_DEPARTMENT.match(ctx.text, after))
            or bool(THE_ISLAND.match(ctx.text, after)) and ctx.default_department in ISLAND_DEPARTMENTS  # "de l'île"
            or any(after <= d.span.start <= after + 12 for d in ctx.departments)
            or bool(department_adjective(ctx.text, after)))


def department_adjective(text: str, pos: int) -> str | None:
    """ "la population sarthoise", "seine-et-marnaise", "icaunaise": the department of a demonym, which
    the department finder knows only with its capitals (and not at all when irregular)."""
    word = ADJECTIVE.match(text, pos)
    if not word:
        return None
    capitalised = "-".join(part if part in ("et", "sur", "de") else part[:1].upper() + part[1:]
                           for part in word.group(1).split("-"))
    found = next((d.code for d in find_departments(capitalised) if d.span == Span(0, len(capitalised))), None)
    return found or irregular_demonym(fold(word.group(1)))


FROM_BEFORE = re.compile(r"\b(?:de|from)\s+\Z", re.IGNORECASE)
TO_FIGURE_AFTER = re.compile(r"\s*(?:à|to)\s+(?:près\s+de\s+|plus\s+de\s+|about\s+|over\s+)?\d", re.IGNORECASE)


def a_past_figure(text: str, sentence: Span, span: Span, clause: str) -> bool:
    """ "..., contre 60 % en 2021": the figure of an earlier year set against today's; "qui était de 70 % en 2022,
    atteint 85 %", "couvert à 70 % l'an dernier, l'est à 85 %": one told in the past before today's."""
    if COMPARED_BEFORE.search(text, max(0, span.start - 20), span.start) and A_YEAR.search(clause):
        return True
    if FROM_BEFORE.search(text, max(0, span.start - 12), span.start) and TO_FIGURE_AFTER.match(text, span.end):
        return True  # "passe de 55 % à 68 %", "from 55% to 68%": the figure before today's
    return bool(IN_THE_PAST.search(clause)) and bool(PERCENT_FIGURE.search(text, span.end, sentence.end))
