"""Parts of one commune a territory is said to cover: "les quartiers nord de X", "the eastern
districts of Y". The gazetteer has no such parts: the whole commune is named, and the
perimeter it gives is not complete."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from ..reference import gazetteer


COMMUNE_PART = re.compile(
    r"\b(?i:quartiers?|districts?|neighbou?rhoods?)(?:\s+[\w-]+){0,2}?\s+(?:de|d['’]|du|of)\s*"
    r"(?P<name>(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|sur|en|de|du|des|la|le|les)){0,4})")
# "Adjointe au maire du 4e arrondissement": a title, not a territory
TITLE_BEFORE = re.compile(r"\b(?:maire|mairie|mayor|adjointe?|député\w*|élue?s?|conseil\w*)\b[^,.;]{0,25}$",
                          re.IGNORECASE)


@dataclass
class CommunePart:
    span: Span  # the commune's name as written
    commune: gazetteer.Commune


def find_commune_parts(text: str, departments: list[str]) -> list[CommunePart]:
    """The communes the text names a part of (an arrondissement, some districts)."""
    gaz = gazetteer.load()
    found = []
    for match in COMMUNE_PART.finditer(text):
        if TITLE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        name = match.group("name")
        while name and not gaz.candidates(name) and " " in name:
            name = name.rsplit(" ", 1)[0]  # "Nantes to the": the longest start that is a commune
        candidates = gaz.candidates(name)
        if len(candidates) > 1:
            candidates = [c for c in candidates if c.department in departments]
        if len(candidates) == 1:
            start = match.start("name")
            found.append(CommunePart(Span(start, start + len(name)), candidates[0]))
    return found
