"""An intercommunality named after its town in lower case, read only where a territory is covered:
"couvre l'agglomération de X"; "la métropole brestoise", "l'agglo dieppoise" (the urban
intercommunality of the town the adjective is built on: Brest Métropole, Rennes Métropole)."""
from __future__ import annotations

import re

from ..model import Span
from ..reference import gazetteer
from ..reference.demonyms import town_of_demonym

# "couvre l'agglomération de X", "les 38 communes de l'agglomération de X": lower case, the word
# names an intercommunality only as what a territory covers (elsewhere it is as often the town's
# built-up area)
AGGLOMERATION = re.compile(r"l['’](?P<name>agglomération\s+(?:de\s+|d['’]|du\s+)[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)")
COVERED_BEFORE = re.compile(r"\b(?:couvr\w*|recouvr\w*|englob\w*|(?:s['’]étend\w*|intervien\w*|implantée?)\s+sur|communes\s+de"
                            r"|(?:celui|celle|territoire|périmètre)\s+de)\s+"
                            r"(?:(?:tout|toute|l['’]ensemble\s+de)\s+)?$")
COVERED_REACH = 40  # characters: the verb and "tout", "l'ensemble de" before the name
DEMONYM_NAME = r"(?:agglomération|agglo|métropole)\s+(?P<adj>[a-zà-ÿ]{3,}(?:aise|oise|ienne|aine)s?)"
DEMONYM_AREA = re.compile(rf"(?:l['’]|la\s+)(?P<name>{DEMONYM_NAME})\b")
DEMONYM_AREA_NAME = re.compile(DEMONYM_NAME)
# "couvre une partie de la métropole brestoise"
COVERED_PART_BEFORE = re.compile(r"\b(?:couvr\w*|recouvr\w*|englob\w*|(?:s['’]étend\w*|intervien\w*)\s+sur)\s+"
                                 r"(?:une\s+)?partie\s+(?:de\s+|d['’])$")
URBAN_KINDS = ("CA", "CU", "METRO", "MET69")


def town_areas(text: str) -> list[Span]:
    """Where "l'agglomération de X" stands as what a territory covers, and "la métropole
    brestoise" as what it covers or a part of."""
    spans = [_name(m) for m in AGGLOMERATION.finditer(text) if _after(text, m, (COVERED_BEFORE,))]
    return spans + [_name(m) for m in DEMONYM_AREA.finditer(text) if _after(text, m, (COVERED_BEFORE, COVERED_PART_BEFORE))]


def _name(match: re.Match) -> Span:
    return Span(match.start("name"), match.end("name"))


def _after(text: str, match: re.Match, before: tuple[re.Pattern, ...]) -> bool:
    return any(words.search(text, max(0, match.start() - COVERED_REACH), match.start()) for words in before)


def epci_of_demonym(gaz: gazetteer.Gazetteer, words: str) -> gazetteer.Epci | None:
    """"métropole brestoise": the urban intercommunality of the town the adjective is built on."""
    named = DEMONYM_AREA_NAME.fullmatch(words)
    if not named:
        return None
    adjective = named.group("adj")
    town = town_of_demonym(adjective[:1].upper() + adjective[1:])
    epci = gaz.epci(town.epci) if town and town.epci else None
    return epci if epci and epci.kind in URBAN_KINDS else None
