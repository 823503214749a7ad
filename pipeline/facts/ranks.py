"""A CPTS's rank in its department ("la troisième CPTS du département", "27ᵉ CPTS de l'Ain",
"the 4th Territorial Professional Community of Mayenne").

A rank counts only when the department follows it: a rank in a region or in France is not a
rank in a department.
"""
from __future__ import annotations

import re

from .context import Context
from ..model import Fact, Span
from ..reference.demonyms import department_of_adjective
from .name_words import REGIONS
from .place_names import ISLAND_DEPARTMENTS, THE_ISLAND
from .patterns import REGIONAL_BODY, RESPECTIVELY, word_alternation
from .common import Extraction, attribution_confidence

ORDINALS = {
    "premier": 1, "première": 1, "premiere": 1, "first": 1, "deuxième": 2, "deuxieme": 2, "second": 2,
    "seconde": 2, "troisième": 3, "troisieme": 3, "third": 3, "quatrième": 4, "quatrieme": 4,
    "fourth": 4, "cinquième": 5, "cinquieme": 5, "fifth": 5, "sixième": 6, "sixieme": 6, "sixth": 6,
    "septième": 7, "septieme": 7, "seventh": 7, "huitième": 8, "huitieme": 8, "eighth": 8,
    "neuvième": 9, "neuvieme": 9, "ninth": 9, "dixième": 10, "dixieme": 10, "tenth": 10,
    "onzième": 11, "onzieme": 11, "eleventh": 11, "douzième": 12, "douzieme": 12, "twelfth": 12,
    "treizième": 13, "treizieme": 13, "thirteenth": 13, "quatorzième": 14, "quatorzieme": 14,
    "fourteenth": 14, "quinzième": 15, "quinzieme": 15, "fifteenth": 15, "seizième": 16,
    "seizieme": 16, "sixteenth": 16, "dix-septième": 17, "dix-septieme": 17, "seventeenth": 17,
    "dix-huitième": 18, "dix-huitieme": 18, "eighteenth": 18, "dix-neuvième": 19,
    "dix-neuvieme": 19, "nineteenth": 19, "vingtième": 20, "vingtieme": 20, "twentieth": 20,
}
# Ordinal endings after digits, with the superscript letters of typeset text ("27ᵉ", "1ʳᵉ").
ORDINAL_SUFFIX = r"(?:ème|eme|è|ᵉ|e|er|ᵉʳ|ère|re|ʳᵉ|nde|nd|th|st|rd|°)"
RANK_RE = re.compile(
    r"\b(?:(?P<word>" + word_alternation(ORDINALS) + r")"
    r"|(?P<num>\d{1,2})\s?" + ORDINAL_SUFFIX + r")(?!\w)"
    # (not "cinquième et sixième CPTS": two ranks, the second the CPTS's)
    r"(?P<gap>(?:\s+(?!(?:et|and)\s+(?:" + word_alternation(ORDINALS) + r"|\d))[\w'’-]+){0,2}?)"
    r"\s+(?:CPTS|communauté|community|projet|project|territorial\s+professional)",
    re.IGNORECASE)
NOT_DEPARTMENT_RANK = re.compile(
    r"\b(?:région|region|régional|régionale|France|national|nationale|country|"
    r"du\s+pays(?!\s+(?:de|d['’]|des|du)\b))\b", re.IGNORECASE)
IN_THE_DEPARTMENT = re.compile(r"\b(?:du|dans\s+le|le|in\s+the|of\s+the)\s+(?:département|department)\b", re.IGNORECASE)
# "C'est la deuxième en Ille-et-Vilaine", "la troisième à voir le jour dans le département": the
# ordinal and the place, the CPTS left understood
ELLIPTICAL_RANK = re.compile(  # (or in apposition: "la CPTS X, onzième du genre dans le département")
    r"(?:\b(?:la|the)\s+|,\s*)(?:(?P<word>" + word_alternation(ORDINALS) + r")|(?P<num>\d{1,2})\s?" + ORDINAL_SUFFIX + r")"
    r"(?:\s+du\s+genre|\s+of\s+its\s+kind)?(?:\s+(?:à|to)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?"  # "la troisième à voir le jour en Dordogne"
    r"|\s+(?:[\w-]+(?:ée?s?|ed)\b))?"  # "la cinquième labellisée dans le Cantal", "the third launched in"
    r"\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|d['’]|de\s+|en\s+|dans\s+(?:le|la|l['’]|les)\s*|in\s+(?:the\s+)?|of\s+(?:the\s+)?)",
    re.IGNORECASE)
COORDINATED_RANK = re.compile(
    r"(?<!\w)(?P<ordinal>(?P<word>" + word_alternation(ORDINALS) + r")|(?P<num>\d{1,2})\s?" + ORDINAL_SUFFIX + r")"
    r"\s*(?:,|\bet\b|\band\b)\s*(?:(?:la|le|the)\s+)?\Z", re.IGNORECASE)
# Where the place the rank is counted in is written: up to the end of the clause after the rank.
# (or at a second rank joined to it: "la 12e CPTS en Centre-Val de Loire et la 3e dans le Cher")
CLAUSE_END = re.compile(r"[.,;:!?\n]|\s[-–—]\s|\s(?:et|and)\s+(?:la|le|the)\s")
# the name of a regional body, with its region: "l'Agence régionale de santé", "l'ARS Bretagne", "l'URPS de Normandie"
INSTITUTION = re.compile(rf"\b{REGIONAL_BODY}(?:\s+(?:de\s+|d['’]|du\s+)?(?:la\s+|l['’])?(?-i:[A-ZÀ-Ý])[\w'’-]*"
                         r"(?:[ -](?:de|la|d['’]|et|(?-i:[A-ZÀ-Ý])[\w'’-]*)){0,4})?", re.IGNORECASE)
# a region named where the rank is counted (not one that is also a department, nor a part of a department's name:
# "Haute-Corse", "Mayotte")
ONE_DEPARTMENT_REGIONS = {"Corse", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"}
REGION_NAME_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in REGIONS if r not in ONE_DEPARTMENT_REGIONS)
                            + r")(?![\w-])", re.IGNORECASE)
PLACE_WINDOW = 90


def extract_ranks(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for m in _rank_matches(ctx):
        if ctx.inside_name(m.start()):
            continue
        value = _ordinal_value(m)
        if not value:
            continue
        place = _place_after(text, m.end())
        where = INSTITUTION.sub(" ", text[place.start:place.end])  # "avec l'Agence régionale de santé": a body, no region
        if NOT_DEPARTMENT_RANK.search(where) or REGION_NAME_RE.search(where):
            continue
        department = _rank_department(ctx, place) or _possessive_department(ctx, m.start())
        if department is None:
            continue
        span = Span(m.start(), m.end())
        for key, rank_span, rank in _owners(ctx, span, value):
            result.cpts[key].ranks.append(Fact(rank, rank_span, extra={"department": department},
                                               confidence=attribution_confidence(ctx, rank_span, key)))


# "The new CPTS is the department's seventh": the ordinal after the department's possessive, the CPTS understood
POSSESSIVE_RANK = re.compile(r"(?<=department['’]s )(?:(?P<word>" + word_alternation(ORDINALS) + r")|(?P<num>\d{1,2})"
                             + ORDINAL_SUFFIX + r")(?![\w-])(?!\s+(?:[\w-]+\s+)?(?:CPTS|communit))", re.IGNORECASE)


def _rank_matches(ctx: Context) -> list[re.Match]:
    """ "la 3e CPTS du Var", and "la deuxième du Morbihan" or "the department's seventh" said of a CPTS without the
    word."""
    found = list(RANK_RE.finditer(ctx.text)) + list(POSSESSIVE_RANK.finditer(ctx.text))
    taken = {m.start() for m in found}
    for m in ELLIPTICAL_RANK.finditer(ctx.text):
        if m.start() in taken or not re.search(r"\bCPTS\b|communauté|community", _recent_text(ctx, m.start())):
            continue
        if any(d.span.start == m.end() for d in ctx.departments) or re.match(r"(?:département|department)\b",
                                                                            ctx.text[m.end():m.end() + 12]):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def _recent_text(ctx: Context, pos: int) -> str:
    """The sentence up to `pos` and the one before it."""
    sentence = ctx.sentence_at(pos)
    return ctx.text[ctx.sentence_at(max(0, sentence.start - 2)).start:pos]


def _ordinal_value(m: re.Match) -> int | None:
    return ORDINALS.get(m.group("word").lower()) if m.group("word") else int(m.group("num"))


def _owners(ctx: Context, span: Span, value: int) -> list[tuple[str, Span, int]]:
    """(CPTS, span, rank) of a rank, or of each rank of "respectivement la 7e et la 8e CPTS",
    paired in order with the CPTS the sentence names before them."""
    earlier = _coordinated_ranks(ctx.text, span.start)
    sentence = ctx.sentence_at(span.start)
    if earlier and RESPECTIVELY.search(ctx.text, sentence.start, sentence.end):
        ranks = earlier + [(span, value)]
        named = ctx.keys_named_before(sentence, span.start, len(ranks))  # or "Elles deviennent respectivement ..."
        if named:
            return [(key, s, v) for key, (s, v) in zip(named, ranks)]
    key = ctx.target_for(span)
    mentions = ctx.mentions_in(sentence)
    named_after = [m for m, k in mentions if k == key and m.span.start >= span.end]
    if named_after and not any(m.span.end <= span.start for m, _ in mentions) \
            and RANKED_BEHIND.search(ctx.text, span.end, named_after[0].span.start):
        key = ctx.focus_at(span.start)  # "C'est la quatrième CPTS du Cher, après la CPTS X": not X's rank
    fronted = FRONTED_OTHER.match(ctx.text, sentence.start, span.start)
    if fronted and len(ctx.subjects) == 1 and any(k == key for _, k in ctx.mentions_in(Span(fronted.start(), fronted.end()))):
        key = ctx.subjects[0]  # "Après la CPTS X, c'est la deuxième CPTS du département": the text's own, not X
    return [(key, span, value)] if key else []


# the CPTS ranked before the one spoken of: "..., après la CPTS X", "after the CPTS X"
RANKED_BEHIND = re.compile(r"\b(?:après|derrière|after|behind|following)\s+(?:(?:la|le|l['’]|celle\s+de|the)\s*)?(?:CPTS\s+)?\Z", re.IGNORECASE)
# a CPTS named in a phrase the sentence opens with, before the one the rank is said of
FRONTED_OTHER = re.compile(r"[\s«\"“]*(?:Après|Comme|Avant|Derrière|À\s+l['’]instar\s+de|After|Like|Following)\b[^,.;!?]{3,80},",
                           re.IGNORECASE)




def _coordinated_ranks(text: str, start: int) -> list[tuple[Span, int]]:
    """The ordinals joined to the one at `start`: "la 7e et la [8e CPTS]" gives the 7e."""
    found = []
    while True:
        m = COORDINATED_RANK.search(text, max(0, start - 40), start)
        value = _ordinal_value(m) if m else None
        if not value:
            return found
        found.insert(0, (Span(*m.span("ordinal")), value))
        start = m.start()


def _place_after(text: str, after: int) -> Span:
    """The words after a rank up to the end of their clause, where "du département", "en
    Ille-et-Vilaine" or "de la région" says what the rank is counted in."""
    end = min(len(text), after + PLACE_WINDOW)
    stop = CLAUSE_END.search(text, after, end)
    return Span(after, stop.start() if stop else end)


def _possessive_department(ctx: Context, rank_start: int) -> str | None:
    """ "Calvados's third CPTS", "the department's 5th CPTS"."""
    before = ctx.text[max(0, rank_start - 20):rank_start]
    if re.search(r"\b(?:department|département)['’]s?\s+\Z", before, re.IGNORECASE):
        return ctx.default_department
    owner = re.search(r"['’]s?\s+\Z", before)
    if owner:
        at = rank_start - len(before) + owner.start()
        return next((d.code for d in ctx.departments if d.span.end == at), None)
    return None


def _rank_department(ctx: Context, place: Span) -> str | None:
    named = [d.code for d in ctx.departments
             if place.start <= d.span.start < place.end and not ctx.inside_name(d.span.start)]
    if named:
        return named[0]
    if IN_THE_DEPARTMENT.search(ctx.text, place.start, place.end) or DEPARTMENT_WORD.match(ctx.text, place.start, place.end) \
            or THE_ISLAND.search(ctx.text, place.start, place.end) and ctx.default_department in ISLAND_DEPARTMENTS:
        return ctx.default_department  # "la troisième CPTS du département", "la huitième du département", "... de l'île"
    adjective = ADJECTIVE_AFTER.match(ctx.text, place.start, place.end)
    return department_of_adjective(adjective.group(1)) if adjective else None  # "la sixième CPTS sarthoise"


DEPARTMENT_WORD = re.compile(r"(?:département|department)\b", re.IGNORECASE)
ADJECTIVE_AFTER = re.compile(r"\s*([a-zà-ÿ][a-zà-ÿ-]{3,})\b")
