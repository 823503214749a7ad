"""Figures of a place other than the CPTS: a town ("Villebois : 3 600 habitants", "la ville, peuplée de ...", "À
Villebois, 45 professionnels ..."), the department ("La Moselle compte ..."), the region or the nation."""
from __future__ import annotations

import re

from ..reference import gazetteer
from .context import Context
from .percentage_words import REGION
from .numbers import qualifier_before
from .quantity_words import (LARGER_PLACE_SUBJECT, NAME_BEFORE, PLACE_BEFORE, SENTENCE_REACH, TERRITORY_WORDS, TOWN_SUBJECT,
                             IN_A_TOWN_AFTER, FRONTED_PLACE)

# "En Bretagne, ...", "Dans la région Grand Est, ...": a region framing the sentence
FRONTED_REGION = re.compile(r"\W*(?:en|dans\s+(?:la\s+)?(?:région\s+)?|in|across)\s+", re.IGNORECASE)


def start_of_sentence(text: str, start: int, ends: tuple[str, ...] = (". ", "\n")) -> int:
    """Where the sentence of a number at `start` begins, looking back at most SENTENCE_REACH
    characters: a long text without punctuation is not searched from its start for each number."""
    floor = max(0, start - SENTENCE_REACH)
    return max([text.rfind(end, floor, start) for end in ends] + [floor - 1]) + 1


def a_place_before(ctx: Context, clause: str, start: int) -> bool:
    """ "la ville, peuplée de 9 000 habitants": a town's figure; not the CPTS's own, in apposition to its name ("Le
    territoire de la CPTS X, peuplé de 45 000 habitants")."""
    place = PLACE_BEFORE.search(clause[-60:])
    if place is None:
        return False
    before = ctx.text[:start - len(clause[-60:]) + place.start()].rstrip(" \t,")
    return not any(span.end == len(before) for span in ctx.name_spans)


def a_commune_before(ctx: Context, start: int) -> bool:
    """ "Villebois : 3 600 habitants": a commune's own figure, right after its name."""
    _, start = qualifier_before(ctx.text, start, ctx.lang)  # "Villebois compte près de 21 000 habitants"
    m = NAME_BEFORE.search(ctx.text, max(0, start - 60), start)
    if not m or ctx.inside_name(m.start(1)):
        return False
    return bool(gazetteer.load().candidates(m.group(1)))


def department_before(ctx: Context, start: int) -> bool:
    """ "La Moselle compte 1 million d'habitants": a department named as the figure's subject."""
    sentence_start = start_of_sentence(ctx.text, start)
    for department in ctx.departments:
        if sentence_start <= department.span.start and department.span.end <= start:
            between = ctx.text[department.span.end:start]
            if not TERRITORY_WORDS.search(between) and re.match(r"\s*(?:compte|a|counts|has|totalise|abrite)\b", between):
                return True
    return False


def said_of_a_larger_place(text: str, start: int) -> bool:
    before = text[start_of_sentence(text, start):start]
    return bool(LARGER_PLACE_SUBJECT.search(before)) and not TERRITORY_WORDS.search(before)


def a_town_or_a_region(ctx: Context, kind: str, start: int, unit_end: int) -> bool:
    """Professionals or structures of a town ("La ville de Villebois compte 45 professionnels", "45 professionnels
    exercent sur la commune de Villebois", "À Villebois, 45 professionnels ..."), or any figure of a region the sentence
    frames without the CPTS's territory ("En Bourgogne-Franche-Comté, 12 000 professionnels ...")."""
    text = ctx.text
    _, q_start = qualifier_before(text, start, ctx.lang)
    opening = start_of_sentence(text, q_start)
    if TERRITORY_WORDS.search(text, opening, q_start):
        return False
    frame = FRONTED_REGION.match(text, opening)
    if frame and REGION.match(text, frame.end()) and frame.end() < q_start:
        return True  # "En Bretagne, ..." (not "Marches de Bretagne", a place's name)
    if kind not in ("professionals_count", "structures_count"):
        return False
    fronted = FRONTED_PLACE.match(text, opening)
    return bool(TOWN_SUBJECT.fullmatch(text, opening, q_start) or IN_A_TOWN_AFTER.match(text, unit_end)
                or fronted and fronted.end() <= q_start and not ctx.inside_name(fronted.start("name"))
                and gazetteer.load().candidates(fronted.group("name")))
