"""The words after an intercommunality's name, for epci_mentions: those that make it a CPTS's
territory ("la CC X est couverte par la CPTS", "la CC X, avec ses 16 communes, périmètre de la
CPTS"), that make its people an event's audience, and the communes excepted from it ("excepté A",
"A et B exceptées")."""
from __future__ import annotations

import re

from ..model import Span
from ..reference import gazetteer
from .epci_layout import MAX_JOINED_NAMES, NEXT_NAME
from .epci_words import (ACTOR_BETWEEN, CONTRACTED, COVERED_AFTER, CPTS_AREA_LATER, EVENT, EXCEPT, EXCEPTED_AFTER, EXCEPT_END,
                         OUTSIDE)


def cpts_area_later(text: str, pos: int) -> re.Match | None:
    """The CPTS's territory named a few words after a name and its comma, with no actor, event or
    word of exclusion between."""
    later = CPTS_AREA_LATER.match(text, pos)
    if later is None:
        return None
    gap = later.group("gap")
    return None if ACTOR_BETWEEN.search(gap) or EVENT.search(gap) or OUTSIDE.search(gap) else later


def at_an_event(text: str, cues: Span, name: Span) -> bool:
    """Whether the sentence of the people named before an area speaks of an event ("présentée à la
    population de la CC X lors d'une réunion publique"): its audience, not the CPTS's."""
    stop = SENTENCE_STOP.search(text, name.end)
    return bool(EVENT.search(text, cues.start, stop.start() if stop else len(text)))


SENTENCE_STOP = re.compile(r"[.!?\n]")


def covered_after(text: str, pos: int) -> re.Match | None:
    """The words after a name, or after the typed names joined to it ("la CC X et la CC Y
    forment le territoire de la CPTS"), that make it a CPTS's territory."""
    for _ in range(MAX_JOINED_NAMES):
        covered = COVERED_AFTER.match(text, pos)
        joined = None if covered else NEXT_NAME.match(text, pos)
        if not joined:
            return covered
        pos = joined.end()
    return None


def exceptions(text: str, pos: int) -> list[tuple[str, Span]]:
    """"..., excepté les communes de A et B", "..., A et B exceptées", "(hors A)", "... Seule la commune de A
    n'en fait pas partie": the names excepted, each with its span."""
    opening = EXCEPT.match(text, pos)
    if opening:
        end_mark = EXCEPT_END.search(text, opening.end())
        return _excepted_names(text, opening.end(), end_mark.start() if end_mark else len(text))
    after = next((m for m in (pattern.match(text, pos) for pattern in EXCEPTED_AFTER) if m), None)
    return _excepted_names(text, after.start("names"), after.end("names")) if after else []


def _excepted_names(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The names of communes between `start` and `end`, cut at commas and "et", each with its span."""
    names = []
    for piece in re.finditer(r"[^,]+", text[start:end]):
        for part in re.split(r"\s+(?:et|and|&)\s+", piece.group()):
            name = part.strip()
            contracted = CONTRACTED.match(name)
            name_start = start + piece.start() + piece.group().find(name) + (contracted.end() if contracted else 0)
            name = name[contracted.end():] if contracted else name
            if name[:1].isupper():
                article = "" if not contracted else "Le " if contracted.group(1) else "Les " if contracted.group(2) else ""
                names.append((article + name, Span(name_start, name_start + len(name))))
    return names


BRACKETED_NUMBER = re.compile(r"[ \t]*\((?P<n>\d{1,3})\)")


def bracketed_size(text: str, pos: int, epci) -> tuple[int, Span] | None:
    """"la CC X (38)": a bare number in brackets after the name is its count of communes when it is
    that count, and no code of the department its communes lie in ("la CC du Trièves (38)")."""
    found = BRACKETED_NUMBER.match(text, pos)
    if not found or int(found.group("n")) != len(epci.members) \
            or found.group("n").zfill(2) in gazetteer.load().epci_departments(epci.siren):
        return None
    return int(found.group("n")), Span(found.start("n"), found.end("n"))
