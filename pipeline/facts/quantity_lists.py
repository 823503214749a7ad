"""Figures set out in a list, and people who are inhabitants after all: "La CPTS X : 45 communes, 62 000 habitants,
4 MSP, 180 professionnels" (each figure the CPTS's, a counted body no owner of the next), professions counted one by one
("elle réunit 25 médecins et 40 infirmiers"), "62,000 people live in the area"; a total after its parts ("Les 54
communes de la CC X et les trois communes d'ECLA : 57 communes")."""
from __future__ import annotations

import re

from .context import Context
from .number_words import NUMBER_WORDS
from .numbers import qualifier_before
from .quantity_places import start_of_sentence
from .quantity_words import (AREA_SUBJECT, CPTS_SUBJECT, MEMBERS_AMONG_THEM, PEOPLE_HELD, PEOPLE_LIVING_AFTER, PROFESSION_AFTER,
                             PROFESSION_GLUE, PROFESSIONS_VERB, RESIDENTS_HELD, TOTAL_BEFORE)


def in_a_list_of_figures(text: str, start: int) -> bool:
    """A figure opening its line, or after the CPTS's name and a colon, as in a list of the CPTS's key figures."""
    return _starts_its_line(text, start) or _after_a_colon(text, start)


def _starts_its_line(text: str, start: int) -> bool:
    """A figure in digits opening its line ("Huit centres, ouverts ..." is a heading, not a key figure)."""
    if not text[start:start + 1].isdigit():
        return False
    _, start = qualifier_before(text, start)
    before = text[text.rfind("\n", 0, start) + 1:start]
    # or following a separator on a line of figures: "Chiffres clés : 140 professionnels — 6 MSP — 34 communes"
    return not before.strip(" \t•-–*") or bool(re.search(r"\d[^\n]*\s[—–|•·]\s*$", before))


def counted_item(text: str, body: re.Match, start: int) -> bool:
    """ "4 MSP, 180 professionnels": a body counted in a list of figures, not the one whose figure follows."""
    return COUNTED_BEFORE.search(text, max(0, body.start() - 12), body.start()) is not None \
        and NEXT_ITEM.fullmatch(text, body.end(), start) is not None


COUNTED_BEFORE = re.compile(r"\d[ \t]*\Z")
NEXT_ITEM = re.compile(r"[ \t]*(?:[,;|•·–—]|\bet\b|\band\b)[ \t]*(?:(?:plus|près|moins)\s+d['’e]\s*|environ\s+)?")
# "La CPTS X : 45 communes, 62 000 habitants, 4 MSP": figures listed after the CPTS (or "en chiffres") and a colon
FIGURES_SO_FAR = re.compile(r"(?:[ \t]*[^,;:.\n\d]{0,15}\d[^,;:.\n]{0,40},)*[ \t]*")
FIGURES_HEAD = re.compile(r"(?:\bCPTS\b[^:;.\n]{0,60}|chiffres(?:\s+clés)?|en\s+bref|key\s+figures)\s*$", re.IGNORECASE)


def _after_a_colon(text: str, start: int) -> bool:
    """A figure after the CPTS's name (or "en chiffres") and a colon, after other figures of the line if any."""
    colon = text.rfind(":", max(0, start - 200), start)
    line_start = text.rfind("\n", 0, start) + 1
    return colon >= line_start and FIGURES_SO_FAR.fullmatch(text, colon + 1, start) is not None \
        and FIGURES_HEAD.search(text, max(line_start, colon - 80), colon) is not None


def inhabitants_after_all(text: str, start: int, unit_end: int) -> bool:
    """People or residents who live in the area: "ses 45 000 résidents", "62,000 people live in the area", "the CPTS
    has 62,000 residents", a line of key figures "• About 72,000 residents"."""
    return bool(PEOPLE_HELD.search(text, max(0, start - 80), start) or PEOPLE_LIVING_AFTER.match(text, unit_end)
                or re.search(r"résidents|residents", text[start:unit_end], re.IGNORECASE)
                and (RESIDENTS_HELD.search(text, max(0, start - 40), start) or _starts_its_line(text, start)))


def professions_gathered(ctx: Context, i: int) -> tuple[int | float, int, bool] | None:
    """"La CPTS regroupe une quarantaine de médecins généralistes", "elle réunit 25 médecins, 40 infirmiers et 10
    pharmaciens": professions the CPTS gathers, counted one by one; their sum, where the list ends, and whether a count
    is approximate."""
    text, numbers = ctx.text, ctx.numbers
    unit = PROFESSION_AFTER.match(text, numbers[i].end)
    if unit is None or not _the_cpts_gathers_professions(ctx, numbers[i].start):
        return None
    total, end = numbers[i].value, unit.end()
    approx = qualifier_before(text, numbers[i].start, ctx.lang)[0] == "approx"
    for number in numbers[i + 1:]:
        unit = PROFESSION_AFTER.match(text, number.end)
        if unit is None or not PROFESSION_GLUE.fullmatch(text, end, number.start):
            break
        total, end = total + number.value, unit.end()
        approx = approx or qualifier_before(text, number.start, ctx.lang)[0] == "approx"
    return total, end, approx


def _the_cpts_gathers_professions(ctx: Context, start: int) -> bool:
    """A verb of gathering (or "compte", "ce sont") whose subject is the CPTS, before a count of a profession."""
    sentence = ctx.sentence_at(start)
    before = ctx.text[sentence.start:start]
    verb = PROFESSIONS_VERB.search(before)
    return verb is not None and CPTS_SUBJECT.search(before, 0, verb.start()) is not None \
        and not AREA_SUBJECT.search(before, 0, verb.start())


AMONG_REACH = 40  # characters from a count of professionals to the members counted among them


def members_among_the_next(ctx: Context, i: int, unit_end: int) -> bool:
    """"400 professionnels libéraux. Une centaine d'entre eux ont adhéré": the number at i counts the professionals of the
    territory, the next its members among them."""
    following = ctx.numbers[i + 1] if i + 1 < len(ctx.numbers) else None
    return following is not None and 0 <= following.start - unit_end < AMONG_REACH \
        and bool(MEMBERS_AMONG_THEM.match(ctx.text, following.end))


def a_total(text: str, kind: str, start: int, unit_end: int, labelled: bool = False) -> bool:
    """A figure that sums what the text says: "Au total, 66 communes", "21 communes au total", a count of communes
    after a colon that ends a sentence's parts ("Les 54 communes de la CC X et les trois communes d'ECLA : 57 communes"),
    or a figure `labelled` in a box of key figures, alone on its line under its label or set apart from it by spaces
    ("Habitants\n45 000", "Communes     49"; not a breakdown: "96 professionnels adhérents : 21 médecins")."""
    if TOTAL_BEFORE.search(text, max(0, start - 30), start) or TOTAL_AFTER.match(text, unit_end):
        return True
    before = text[text.rfind("\n", 0, start) + 1:start]
    if labelled and not any(ch.isdigit() for ch in before) and (not before.strip() or BOX_GAP.search(before)):
        return True
    if kind != "communes_count" or not COLON_BEFORE.search(text, max(0, start - 5), start):
        return False
    return bool(COMMUNES_COUNTED.search(text, start_of_sentence(text, start), start))


TOTAL_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]+(?:au\s+total|en\s+tout|in\s+all|in\s+total|altogether)\b", re.IGNORECASE)
COLON_BEFORE = re.compile(r":[ \u00a0]*$")
BOX_GAP = re.compile(r"\w(?:[ \u00a0]{2,}|\t|[ \u00a0]*\.{3,}[ \u00a0]*)$")  # "Communes          49", "Habitants ...... 87 760"
COMMUNES_COUNTED = re.compile(rf"\b(?:\d+|{NUMBER_WORDS})\s+(?:autres\s+)?(?:communes|municipalities)\b", re.IGNORECASE)
