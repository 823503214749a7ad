"""The department the places of a text point to, when it names none: its dateline, the towns after "à" or
"sur", a town opening a line, postal addresses, intercommunalities, runs of communes, adjectives and pays."""
from __future__ import annotations

import re
from collections import Counter

from ..reference import gazetteer
from ..reference.demonyms import (DEMONYM_ENDINGS, LONG_STEM_ENDINGS, department_of_adjective, only_commune,
                                  town_of_demonym, towns_joined, unique_town)
from ..facts.common import Extraction
from ..facts.context import postal_department
from ..facts.place_names import EPCI_PHRASE
from .commune_lists import linked_runs
from .elsewhere import AGENCY_REACH, ARS_SEATS, REGIONAL_AGENCY
from .pays import departments_of_pays

# Capitalised place names after a preposition of place: "à Besançon", "sur Pontarlier", "in Morlaix", "À Dole, ...".
PLACE_AFTER_PREPOSITION_RE = re.compile(
    r"\b(?:[àÀ]|[Aa]ux?|[Ss]ur|[Vv]ers|[Pp]rès\s+de|[Dd]e|[Dd]['’]|[Ii]n|[Aa]t|[Nn]ear|(?:villes?|communes?|towns?)\s+(?:de|d['’]|of)|A)"
    r"\s*((?:[A-ZÀ-Þ][\w'’]+)(?:[\s\-](?:[\w'’]+-)*[A-ZÀ-Þ][\w'’]+)*)")
# A town heading its line, as regional papers open an article: "Loches. La CPTS ...", "Loches : la CPTS ..."
# A postal address: "12 rue des Lilas, 34110 Frontignan", "BP 12 - 74200 THONON-LES-BAINS".
POSTAL_ADDRESS_RE = re.compile(r"\b(\d{2})(\d{3})[ \u00a0]+([A-ZÀ-Þ][\w'’]+(?:[ \-][\w'’]+){0,4})")
TOWN_OPENING_LINE_RE = re.compile(r"^[ \t]*([A-ZÀ-Þ][\w'’]+(?:[ -][\w'’]+){0,4}?)(?:\.|[ \t]:|[ \t]+[–—-])[ \t]",
                                  re.MULTILINE)  # "LE CREUSOT – La CPTS ..." too
# "l'agglomération grenobloise", "le bassin dijonnais": a town's adjective after a word of its surroundings
TOWN_ADJECTIVE_RE = re.compile(r"\b(?:agglomération|bassin|métropole|aire|région|secteur|pays|territoire|périphérie|"
                               r"couronne|area)\s+([a-zà-ÿ]{4,}(?:ois|ais|ien|ain)(?:es?|nes?|s)?)\b", re.IGNORECASE)


def departments_of_places(text: str, extraction: Extraction, with_pays: bool = True) -> set[str]:
    """The department most of the places point to: the dateline's town, the towns named after
    "à", "sur", "in", the intercommunalities and runs of communes named, the adjectives."""
    counts = Counter()
    dateline = extraction.place.value if extraction.place else None
    if isinstance(dateline, gazetteer.Commune) and not (dateline.insee in ARS_SEATS and REGIONAL_AGENCY.search(text)):
        counts[dateline.department] += 1  # the regional agency's town dates its releases wherever the CPTS is
    for match in [*PLACE_AFTER_PREPOSITION_RE.finditer(text), *TOWN_OPENING_LINE_RE.finditer(text)]:
        if REGIONAL_AGENCY.search(text, max(0, match.start() - AGENCY_REACH), match.start()):
            continue  # "l'ARS, dont le siège est à Lyon": where the agency is
        commune = unique_town(match.group(1)) or only_commune(match.group(1)) or towns_joined(match.group(1))
        if commune:
            counts[commune.department] += 1
    counts.update(t.department for t in (town_of_demonym(m.group(1).capitalize()) for m in TOWN_ADJECTIVE_RE.finditer(text))
                  if t)
    counts.update(_departments_of_epcis(text))
    if with_pays:
        counts.update(departments_of_pays(text))  # "la CPAM de l'Artois", "en Balagne"
    counts.update(_departments_of_addresses(text))
    counts.update(p.commune.department for run in linked_runs(text, []) for p in run if p.commune)
    for word in re.findall(r"\b\w[\w-]{5,}\b", text):  # "un généraliste sarthois", "haut-savoyarde"
        if word.lower().endswith(DEMONYM_ENDINGS + LONG_STEM_ENDINGS + ("s", "an", "ane", "ard", "arde", "iste")):
            code = department_of_adjective(word)
            if code:
                counts[code] += 1
    if not counts:
        return set()
    (best, n), *rest = counts.most_common(2) + [(None, 0)]
    return {best} if n > rest[0][1] else set()


def _departments_of_addresses(text: str) -> list[str]:
    """The department of each postal address whose town lies in the department its code says."""
    found = []
    for match in POSTAL_ADDRESS_RE.finditer(text):
        code = postal_department(match.group(1), match.group(2))
        words = match.group(3).split()
        if any(c.department == code for size in range(len(words), 0, -1)
               for c in gazetteer.load().candidates(" ".join(words[:size]))):
            found.append(code)
    return found


def _departments_of_epcis(text: str) -> list[str]:
    """The department of each intercommunality the text names ("la communauté de communes du Val
    X", "Y Agglomération"), when all its communes lie in one."""
    gaz = gazetteer.load()
    found = []
    for match in EPCI_PHRASE.finditer(text):
        epci = gaz.find_epci(match.group())
        departments = {gaz.commune(c).department for c in epci.members if gaz.commune(c)} if epci else set()
        if len(departments) == 1:
            found.append(departments.pop())
    return found
