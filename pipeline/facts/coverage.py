"""A department's share covered by CPTS: "92 % de la population sarthoise est désormais couverte
par une CPTS", "le département est couvert à 80 %", "quatre habitants sur cinq", "intégralement
couvert", "les 8 CPTS du Cher regroupent ..., soit 85 %", each to the department named or meant there,
never a region's or the nation's, nor a smaller place's, nor one aimed at, nor one by something other
than CPTS."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Fact, Span
from ..reference import gazetteer
from .common import DEPARTMENT_FIGURE, Extraction
from .context import Context
from .figure_clauses import clause_of, department_adjective, list_lead, of_department_population, region_without_department
from .patterns import RESPECTIVELY, more_cpts_than_a_department
from .percentage_words import (BY_A_DEADLINE, BY_ANOTHER, BY_CPTS, BY_ONE_CPTS, COVERAGE_CUES, COVERED, COVERING,
                               DEPARTMENT_AFTER_REACH, ENABLES_COVERING, FULL_COVERAGE, GATHERING, LOCAL_PLACE, DEMONYM,
                               NATIONAL, ONE_CPTS_RELATIVE, ONE_CPTS_SUBJECT, POPULATION_OF,
                               RAISED_TO, REGION, REGIONAL, SEVERAL_CPTS, SUBJECT_REACH, TARGET, TERRITORY_COVERED)


def coverage_in_clause(ctx: Context, words: str, clause: str, sentence: Span, span: Span, pct_end: int) -> bool:
    """Whether the percentage at `span` is a department's coverage rather than a CPTS's figure. A bulleted
    figure is read with the line announcing its list ("Couverture du Cher par les CPTS" over "- 85 % de la
    population")."""
    if RESPECTIVELY.search(words):
        return False  # "Elles couvrent respectivement 12 % et 8 % de la population": each one's own share
    if OF_PROFESSIONALS.match(ctx.text, pct_end):
        return False  # "85 % des médecins sont couverts par une CPTS": a share of the professionals, not of the people
    if OF_AN_AGE.match(ctx.text, pct_end):
        return False  # "un habitant sur trois a plus de 60 ans": the people's age
    lead = list_lead(ctx.text, sentence.start)
    words = words if lead is None else ctx.text[lead:sentence.start] + words
    return _is_coverage(ctx.text, words, clause, pct_end) or _department_share_covered(ctx, clause, sentence, span, pct_end) \
        or _coverage_raised_to(ctx.text, words, span) or _people_of_several_cpts(ctx, sentence, span, pct_end) \
        or _department_people_with_any_cpts(ctx, span, pct_end) or _department_part_of_a_coverage(ctx, sentence, span, pct_end)


# A CPTS's share of its department can hardly pass what its own inhabitants make up: a figure this many
# times past it is the department's coverage ("environ 136 000 habitants sont concernés ... Au total, on
# arrive à 60 % de la population de la Haute-Garonne", a department of 1.4 million)
PAST_ITS_PEOPLE = 2.5


def past_its_people(ctx: Context, result: Extraction, key: str, value: float, sentence: Span, pct_end: int) -> bool:
    """Whether a share of a department's people is far more than the CPTS's own population makes."""
    populations = [f.value for f in result.cpts[key].quantities.get("population", ()) if isinstance(f.value, (int, float))]
    department = _department_of(ctx, sentence, pct_end)
    people = _department_people(department) if department else 0
    return bool(populations and people) and value > PAST_ITS_PEOPLE * 100 * max(populations) / people + 5


@lru_cache(maxsize=None)
def _department_people(code: str) -> int:
    return sum(c.population or 0 for c in gazetteer.load().communes() if c.department == code)


def add_coverages_in_words(ctx: Context, result: Extraction) -> None:
    """The coverages told without a figure: the whole department (fractions are read with the percentages)."""
    text = ctx.text
    lowered = text.lower()
    if "couv" not in lowered and "cover" not in lowered and "maill" not in lowered:
        return  # every full coverage but "100 % CPTS" (a percentage) says covered, covering or "maillé"
    for m in FULL_COVERAGE.finditer(text):
        if re.match(r"100\s?%", m.group()) or _names_a_smaller_place(ctx, m):
            continue  # counted above as a percentage; "couvre l'ensemble du Pays Fort": a CPTS's own territory
        span, sentence = Span(m.start(), m.end()), ctx.sentence_at(m.start())
        clause = clause_of(text, span, sentence)
        nearly = NEARLY.search(text, max(0, m.start() - 12), m.end())  # "la quasi-totalité du département"
        if nearly:
            span = Span(min(nearly.start(), span.start), span.end)
        add_coverage(ctx, result, 100, span, "approx" if nearly else "exact", sentence, text[clause.start:clause.end])


def _names_a_smaller_place(ctx: Context, found: re.Match) -> bool:
    """Whether a whole place said covered is named and is no department ("l'ensemble du Pays Fort", "tout le
    Sancerrois", "l'intégralité de la Communauté de communes X")."""
    names = [m for m in PLACE_NAME.finditer(found.group()) if m.start() > 0 and not CPTS_NAME_WORD.match(m.group())]
    return bool(names) and not any(found.start() <= d.span.start < found.end() for d in ctx.departments)


OF_PROFESSIONALS = re.compile(r"\s*(?:des|of(?:\s+the)?)\s+(?:(?:\w+\s+)?(?:professionnels|médecins|généralistes|infirmi\w+"
                              r"|pharmaciens|kinésithérapeutes|soignants|praticiens|professionals|doctors|GPs|nurses"
                              r"|pharmacists|practitioners)\b)", re.IGNORECASE)
OF_AN_AGE = re.compile(r"\s*(?:de\s+la\s+population\s+|des\s+habitants\s+)?(?:a|ont|est|sont|is|are)\s+(?:âgée?s?\s+de\s+|aged\s+)?"
                       r"(?:plus\s+de\s+|moins\s+de\s+|over\s+|under\s+)?\d+\s+(?:ans|years)\b", re.IGNORECASE)
NEARLY = re.compile(r"\b(?:quasi|presque|almost|nearly)\b", re.IGNORECASE)
PLACE_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]+")
CPTS_NAME_WORD = re.compile(r"CPTS\b")


def add_coverage(ctx: Context, result: Extraction, value: float, span: Span, qualifier: str, sentence: Span,
                 clause: str) -> None:
    """A department's coverage at `span`, unless the sentence speaks of a region or the nation."""
    text, words = ctx.text, ctx.text[sentence.start:sentence.end]
    if (BY_ANOTHER.search(words) and not BY_CPTS.search(words)) or _aimed_at(text, sentence, span) or \
            _said_of_a_smaller_place(text, sentence, span):
        return  # "couvert à 60 % par des zones d'intervention prioritaire"; "100 % d'ici 2026"; "la commune est couverte"
    if _of_a_larger_place(_unranked(clause)) or _of_a_larger_place(_unranked(text[sentence.start:span.start])) or \
            more_cpts_than_a_department(words):
        return  # the nation's coverage, or a region's said without its name
    if not _region_only_as_a_rank(words) and (region_without_department(ctx, sentence)
                                                or _region_before_figure(ctx, sentence, span)):
        return  # a region's coverage
    department = _department_of(ctx, sentence, span.end, _dateline_department(result))
    if department:
        result.coverage[department].append(Fact(value, span, qualifier, confidence=DEPARTMENT_FIGURE))


def _is_coverage(text: str, sentence_text: str, clause: str, pct_end: int) -> bool:
    """A department's share covered by CPTS, rather than one CPTS's figure."""
    if THIS_CPTS_NOT_COMPLEMENT.search(sentence_text) or _one_cpts_subject(text, pct_end):
        return False  # "Elle assure la couverture de 12 % de la population du département": its own share
    if FULL_COVERAGE.search(sentence_text) or COVERAGE_CUES.search(sentence_text):
        return True
    if TERRITORY_COVERED.match(text, pct_end):
        return True
    # "4 CPTS ... couvrant 100 % de la population": several CPTS cover a share between them; "les CPTS
    # rassemblent 85 % de la population": of the people who live there
    several = _several_cpts_as_subject(sentence_text)
    if several and GATHERING.search(clause) and POPULATION_OF.match(text, pct_end):
        return True
    return bool(COVERING.search(clause) and several)


def _people_of_several_cpts(ctx: Context, sentence: Span, span: Span, pct_end: int) -> bool:
    """ "Les 8 CPTS du Cher regroupent 280 000 habitants, soit 85 % de la population", "Le Cher compte huit CPTS.
    Elles rassemblent 85 % des habitants": a share of the people when the last CPTS spoken of before it are
    several."""
    if not (POPULATION_OF.match(ctx.text, pct_end) or of_department_population(ctx, pct_end)):
        return False
    return _last_cpts_spoken_of(ctx, sentence, span) == "several"


def _department_people_with_any_cpts(ctx: Context, span: Span, pct_end: int) -> bool:
    """ "85 % des Nivernais peuvent s'appuyer sur une CPTS", "85 % of the Nièvre's people can turn to a CPTS": a share
    of a department's people said of some CPTS or other (an indefinite one, in the figure's clause), not of one."""
    if not of_department_population(ctx, pct_end):
        return False
    clause = clause_of(ctx.text, span, ctx.sentence_at(span.start))
    return bool(ANY_CPTS.search(ctx.text, pct_end, clause.end))


def _department_part_of_a_coverage(ctx: Context, sentence: Span, span: Span, pct_end: int) -> bool:
    """ "En Pays de la Loire, 85 % de la population est couverte, dont 92 % dans la Sarthe": a department's share of a
    coverage told before it in the sentence."""
    text = ctx.text
    if not PART_BEFORE.search(text, max(sentence.start, span.start - 12), span.start):
        return False
    head = text[sentence.start:span.start]
    return bool(COVERED.search(head) or COVERAGE_CUES.search(head)) and any(
        pct_end < d.span.start <= pct_end + 12 for d in ctx.departments)


PART_BEFORE = re.compile(r"\b(?:dont|including)\s+(?:près\s+de\s+|plus\s+de\s+)?\Z", re.IGNORECASE)


# "sur une CPTS", "d'une CPTS", "to a CPTS": some community or other
ANY_CPTS = re.compile(r"\b(?:à|sur|de|par|avec|dans|to|on|by|with|in|of)\s+(?:une|a|an)\s+(?:CPTS|communauté\s+professionnelle"
                      r"|community)\b|\bd['’]une\s+(?:CPTS|communauté\s+professionnelle)\b", re.IGNORECASE)


def _last_cpts_spoken_of(ctx: Context, sentence: Span, span: Span) -> str | None:
    """ "several" or "one": whether the last CPTS the sentence speaks of before `span` are several ("les 8 CPTS",
    "elles" after a sentence about several) or one (a name, "la CPTS", "elle", "à elle seule"), else None."""
    text = ctx.text
    head = text[sentence.start:span.start]
    found = [(m.end(), "several") for m in SEVERAL_CPTS.finditer(head)
             if not AMONG.search(head, max(0, m.start() - 12), m.start())]
    before = ctx.sentence_before(sentence.start)
    if found or (before is not None and SEVERAL_CPTS.search(text, before.start, before.end)):
        found += [(m.end(), "several") for m in PLURAL_PRONOUN.finditer(head)]
    found += [(m.end(), "one") for m in ONE_CPTS_WORDS.finditer(head)]
    found += [(m.span.end - sentence.start, "one") for m, _ in ctx.mentions_in(Span(sentence.start, span.start))]
    return max(found)[1] if found else None


PLURAL_PRONOUN = re.compile(r"\b(?:elles|they)\b", re.IGNORECASE)
ONE_CPTS_WORDS = re.compile(r"\b(?:la|cette|notre|the|this|our)\s+(?:CPTS|communauté|community)\b(?!\s+(?:du|de\s+la|des)\s+"
                            r"(?:département|région))|\b(?:elle|celle(?:-ci)?|it)\b|\bà\s+elle\s+seule\b", re.IGNORECASE)


def _several_cpts_as_subject(sentence_text: str) -> bool:
    """Several CPTS named as the ones doing the covering, not as the set one is taken from ("Sur les 8 CPTS du
    Cher, celle du Val Fleuri regroupe ...", "l'une des 8 CPTS", "à elle seule")."""
    if ON_ITS_OWN.search(sentence_text):
        return False
    return any(not AMONG.search(sentence_text, max(0, m.start() - 12), m.start())
               for m in SEVERAL_CPTS.finditer(sentence_text))


AMONG = re.compile(r"\b(?:sur|parmi|l['’]une|une|among|one\s+of|of)\s+(?:des\s+|the\s+)?\Z", re.IGNORECASE)
ON_ITS_OWN = re.compile(r"\bà\s+(?:elle|lui)\s+seule?\b|\bon\s+its\s+own\b", re.IGNORECASE)


# "Cette CPTS assure la couverture de 12 %": its own share; not "Avec la signature de cette CPTS, le taux
# de couverture du département passe à 85 %", where the CPTS is a complement of the fronted phrase
THIS_CPTS_NOT_COMPLEMENT = re.compile(r"(?<!\bde\s)(?<!\bavec\s)(?<!\bof\s)(?<!\bwith\s)\b(?:cette|this)\s+CPTS",
                                      re.IGNORECASE)


def _department_share_covered(ctx: Context, clause: str, sentence: Span, span: Span, pct_end: int) -> bool:
    """ "92 % de la population sarthoise est ainsi couverte", "Dans la Sarthe, 92 % de la population
    est couverte", "Chiffres clés de la Sarthe : • 92 % de la population couverte": a department's
    people covered, by no one CPTS named as the agent."""
    if not COVERED.search(clause) or BY_ONE_CPTS.search(clause) or _one_cpts_subject(ctx.text, pct_end):
        return False
    if of_department_population(ctx, pct_end):
        return True
    lead = list_lead(ctx.text, sentence.start)
    before = Span(sentence.start if lead is None else lead, span.start)
    words = ctx.text[before.start:before.end]
    if not POPULATION_OF.match(ctx.text, pct_end) or LOCAL_PLACE.search(words) or ctx.mentions_in(before):
        return False
    if any(before.start <= d.span.start < before.end for d in ctx.departments):
        return True
    # "Avec 85 % de sa population couverte, la Nièvre ...": the department the possessive stands for, named after
    return bool(ITS_POPULATION.match(ctx.text, pct_end)) and not ctx.mentions_in(sentence) and any(
        pct_end < d.span.start < sentence.end for d in ctx.departments)


ITS_POPULATION = re.compile(r"\s*de\s+sa\s+population\b|\s*of\s+its\s+population\b", re.IGNORECASE)


def _said_of_a_smaller_place(text: str, sentence: Span, span: Span) -> bool:
    """ "La commune de Bourges est entièrement couverte", "Le sud du département est couvert", "... couvert par
    la CPTS du Val Fleuri": a place smaller than the department, or one CPTS's own territory."""
    clause = clause_of(text, span, sentence)
    return bool(SMALLER_PLACE.search(text, clause.start, span.start)) or bool(BY_THIS_CPTS.match(text, span.end))


SMALLER_PLACE = re.compile(
    r"\b(?:la|cette|notre|sa|une|le|ce|son|leur)\s+(?:commune|ville|village|quartier|canton|bassin|secteur|zone|pays|métropole|"
    r"agglomération|communauté\s+(?:de\s+communes|d['’]agglomération)|territoire\s+de\s+la\s+CPTS)\b|"
    r"\b(?:nord|sud|est|ouest|centre|north|south|east|west)\s+(?:du|de\s+la|de\s+l['’]|of\s+the)\s", re.IGNORECASE)
BY_THIS_CPTS = re.compile(r"\s*(?:\w+\s+)?(?:par|by)\s+(?:la|cette|notre|the|this|our)\s+(?:CPTS|communauté|community)\b",
                          re.IGNORECASE)


def _aimed_at(text: str, sentence: Span, span: Span) -> bool:
    """ "L'objectif est que 100 % de la population soit couverte", "D'ici 2026, 100 % ...", "... couverte d'ici
    2026": a coverage aimed at, not reached (the words before the figure, and its clause after it up to "et")."""
    after = text[span.end:sentence.end]
    stop = re.search(r"[,;:(]|\s(?:et|and|mais|but)\s", after)
    words = text[sentence.start:span.start] + " " + (after[:stop.start()] if stop else after)
    return bool(BY_A_DEADLINE.search(words)) or bool(TARGET.search(text, max(sentence.start, span.end - 60), span.end))


def _of_a_larger_place(words: str) -> bool:
    return bool(NATIONAL.search(words) or REGIONAL.search(words))


def _unranked(words: str) -> str:
    """The words without the rank of a department in the nation or region ("le premier département de France à
    être entièrement couvert", "le mieux couvert de la région" speak of the department's coverage)."""
    return RANKED_DEPARTMENT.sub(lambda m: " " * len(m.group()), words)


def _region_only_as_a_rank(sentence_text: str) -> bool:
    """Whether every region the sentence names is in a department's rank ("le premier département de la région
    Centre-Val de Loire entièrement couvert")."""
    return bool(RANKED_DEPARTMENT.search(sentence_text)) and not REGION.search(_unranked(sentence_text))


RANKED_DEPARTMENT = re.compile(
    r"\b(?:premier|deuxième|second|troisième|seul|dernier|first|second|third|only|last)\s+(?:département|department)\s+"
    r"(?:(?:de\s+la\s+|du\s+|of\s+the\s+|in\s+the\s+)?(?:région|region|pays|country)\b(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*"
    r"|de|la|du|d['’]|et)){0,5}|(?:de\s+France|français|en\s+France|of\s+France|in\s+France)\b|(?:de|en|of|in)\s+(?-i:[A-ZÀ-Ý])"
    r"[\w'’-]*(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*|de|la|du|d['’]|et)){0,5})"
    # "le département le mieux couvert de la région", "le département de la région le mieux couvert"
    r"|\bdépartement\s+(?:de\s+la\s+région|de\s+France)\s+le\s+(?:mieux|plus|moins)\b"
    r"|\b(?:mieux|plus|moins|best|most|least)\s+(?:\w+\s+){0,2}?(?:de\s+la\s+région|de\s+France|du\s+pays|en\s+France|"
    r"of\s+the\s+region|in\s+the\s+region|in\s+France)\b",
    re.IGNORECASE)


def _coverage_raised_to(text: str, sentence_text: str, span: Span) -> bool:
    """ "Cette CPTS porte à 92 % la part de la population couverte", "porte le taux de couverture à
    92 %", "permet de couvrir 100 % de la population": the department's total the new CPTS brings it to, not
    its own share."""
    if ENABLES_COVERING.search(text, max(0, span.start - 60), span.start):
        return True
    return bool(RAISED_TO.search(text, max(0, span.start - 60), span.start)) and bool(
        re.search(r"couvert|couverture|covered|coverage", sentence_text, re.IGNORECASE) or COVERAGE_CUES.search(sentence_text))


def _one_cpts_subject(text: str, pos: int) -> bool:
    """Whether the sentence before `pos` opens with one CPTS as its subject ("La CPTS X
    couvre ...", "Elle assure ...") or speaks of one in a relative clause ("Avec la CPTS X, qui
    couvre ..."), read back to the last full stop."""
    head = re.split(r"[.!?]\s+", text[max(0, pos - SUBJECT_REACH):pos])[-1]
    return bool(ONE_CPTS_SUBJECT.match(head) or ONE_CPTS_RELATIVE.search(head))


def _department_of(ctx: Context, sentence: Span, after: int | None = None, dateline: str | None = None) -> str | None:
    """The department a coverage figure is of: the one named (or the demonym) just after it in its
    clause ("85 % de la population du Calvados", "92 % des Sarthois"), else the nearest its sentence
    names before it ("Le Maine-et-Loire est couvert à 100 %, la Sarthe à 92 %"), else the first
    after, else the release's; "le département" in a text that names none is the one of the
    dateline's town ("Le Mans, le 3 mars 2023")."""
    named = [d for d in ctx.departments if sentence.start <= d.span.start < sentence.end]
    if after is not None:
        found = _department_right_after(ctx, named, after)
        before = [d for d in named if d.span.end <= after]
        if found or before:
            return found or before[-1].code
    if named:
        return named[0].code
    found = ctx.default_department or _department_of_adjective(ctx.text, sentence)
    if found is None and dateline and THE_DEPARTMENT.search(ctx.text, sentence.start, sentence.end):
        return dateline
    return found


def _department_right_after(ctx: Context, named: list, after: int) -> str | None:
    """The department named or meant by a demonym right after a figure, in its clause."""
    text = ctx.text
    close = [d for d in named if after <= d.span.start <= after + DEPARTMENT_AFTER_REACH
             and not re.search(r"[,;:]", text[after:d.span.start])]
    if close:
        return close[0].code
    people = POPULATION_OF.match(text, after) or THE_PEOPLE_OF.match(text, after)  # "92 % des Sarthois"
    return department_adjective(text, people.end()) if people else None


THE_PEOPLE_OF = re.compile(r"\s*(?:des|of\s+the)(?=\s)", re.IGNORECASE)


def _region_before_figure(ctx: Context, sentence: Span, span: Span) -> bool:
    """ "En Pays de la Loire, 85 % de la population est couverte, dont 92 % dans la Sarthe": a region
    heading the figure, with no department between them nor right after the figure."""
    regions = list(REGION.finditer(ctx.text, sentence.start, span.start))
    if not regions:
        return False
    named = [d for d in ctx.departments if regions[-1].end() <= d.span.start < span.start]
    after = [d for d in ctx.departments if sentence.start <= d.span.start < sentence.end]
    return not named and _department_right_after(ctx, after, span.end) is None


THE_DEPARTMENT = re.compile(r"\b(?:du|le|ce|the|this)\s+(?:département|department)\b|\bdépartementale?\b",
                            re.IGNORECASE)


def _dateline_department(result: Extraction) -> str | None:
    place = result.place.value if result.place else None
    return place.department if isinstance(place, gazetteer.Commune) else None


def _department_of_adjective(text: str, sentence: Span) -> str | None:
    """ "les CPTS sarthoises couvrent 95 % ...", "huit Nivernais sur dix ...": the department of the one demonym the
    sentence has."""
    codes = {department_adjective(text, m.start())
             for m in DEMONYM.finditer(text, sentence.start, sentence.end)}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None
