"""Places a text names for something other than the CPTS: an event's venue, the author's line,
the regional health agency's town. They say nothing of where a CPTS lies."""
from __future__ import annotations

import re

from ..facts.context import Context


def in_byline(text: str, pos: int) -> bool:
    """Whether `pos` stands in an author's line ("Par Paul Martin (Haute-Loire)", "De notre
    correspondante à Feurs"): where the writer is, not the CPTS (a local paper's town is still a
    last resort, read with the other places)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(BYLINE.match(text, line_start, pos))


BYLINE = re.compile(r"[ \t]*(?:(?:publié|rédigé|écrit|posted|written)\s+)?(?:par|by)\s+(?-i:[A-ZÀ-Ý])|[ \t]*(?:auteure?|author)\s*:|"
                    r"[ \t]*de\s+not(?:re|er)\s+(?:envoyée?\s+spéciale?|correspondante?)", re.IGNORECASE)


def place_of_an_event(ctx: Context, dep) -> bool:
    """"Le séminaire s'est tenu à Giens (Var)", "une réunion à Lyon (Rhône)": the department of a
    venue in brackets, where the CPTS met, not where it lies."""
    sentence = ctx.sentence_at(dep.span.start)
    return bool(EVENT_VENUE_BEFORE.search(ctx.text, sentence.start, dep.span.start))


# An event, then its venue and the bracket the department stands in
EVENT_VENUE_BEFORE = re.compile(
    r"\b(?:séminaires?|congrès|colloques?|rencontres?|journées?|réunions?|assises|salons?|forums?|conférences?|"
    r"webinaires?|soirées?|tenue?s?|tiendr\w+|lieu|seminars?|meetings?|conferences?|held)\b[^.;:\n]{0,100}?"
    r"\b(?:à|au|aux|in|at)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*\(\s*$")


# The regional health agency, whose seat says nothing of where a CPTS lies
REGIONAL_AGENCY = re.compile(r"\bARS\b|Agence\s+r[ée]gionale\s+de\s+sant[ée]|Regional\s+Health\s+Agency", re.IGNORECASE)
AGENCY_REACH = 60  # characters before a town: "l'ARS Auvergne-Rhône-Alpes, dont le siège est à"
# The towns of the regional agencies' seats (INSEE): Lyon, Dijon, Rennes, Orléans, Ajaccio, Nancy,
# Lille, Saint-Denis (93), Caen, Bordeaux, Montpellier, Nantes, Marseille
ARS_SEATS = frozenset(("69123", "21231", "35238", "45234", "2A004", "54395", "59350", "93066", "14118", "33063",
                       "34172", "44109", "13055"))
