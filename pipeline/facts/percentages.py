"""Percentages said of a CPTS, and the share of a department covered by CPTS.

A percentage is read in its clause (the words between commas, "contre", "puisque"...):
- a department's coverage: "80 % des Seine-et-Marnais vivent sur le territoire d'une CPTS",
  "4 CPTS couvrant 100 % de la population", "60 % du territoire couvert";
- nothing, when the clause speaks of the nation or the region ("contre 25 % au niveau
  national"), of one town ("une commune où 9 % ..."), of money ("financé à 80 %"), of
  patients in general in a sentence that names no CPTS and no territory, or in a sentence
  that speaks of no CPTS, territory or inhabitants at all (a profession's survey figure);
  a bulleted item speaks of what the line announcing its list names;
- else a percentage of the CPTS the sentence is about, of kind population_without_gp,
  share_of_department_population (a share of a department's population: "9,2 % de la
  population de la Mayenne", "4 % de la population sarthoise", "40 % du Calvados") or other.
The words themselves are in `percentage_words`.
"""
from __future__ import annotations

import re

from ..reference import gazetteer
from ..reference.folding import fold
from .context import Context
from ..model import Fact, Span
from .numbers import percent_after, qualifier_after, qualifier_before
from .patterns import BULLET
from .place_names import find_departments
from .percentage_words import (COVERAGE_CUES, GATHERING, TERRITORY_COVERED, ONE_CPTS_SUBJECT, COVERING, SEVERAL_CPTS,
                               WITHOUT_GP_CUES, RATE_REFERRED_TO, TARGET, WITH_GP, WITHOUT_WORDS, POPULATION_OF,
                               OF_THE_DEPARTMENT, ADJECTIVE, LOWER_DEMONYM, OF_A_PLACE, DEPARTMENT_POPULATION,
                               AGE_GROUP, FULL_COVERAGE, CLAUSE_BREAK, CLAUSE_REACH, MOST_CPTS_IN_A_DEPARTMENT,
                               DEPARTMENT_AFTER_REACH, SUBJECT_REACH, CPTS_WORDS, IN_DEPARTMENT, DEPARTMENT_SUBJECT,
                               LARGER_AVERAGE, COMPARED_WITH, WORKING_TIME, PERCENT_FIGURE, NATIONAL, REGION,
                               COMPARISON, AUDIENCE, ONE_TOWN, MONEY, PATIENTS, OF_A_LARGER_PLACE, SHARE_OF_CPTS,
                               OF_MANY_CPTS, MANY_CPTS_AS_SUBJECT, CHANGE, SURVEY, SURVEY_SOURCE, OTHER_BODY,
                               IN_BRACKETS, LOCAL_ANCHOR, TAKEN_UP, RESIDENTS, FOR_THE_CPTS,
                               PEOPLE_FRACTION, TAKES_UP_THE_CLAUSE_BEFORE, NOT_COVERED, COVERED, BY_ONE_CPTS,
                               RAISED_TO, AGE_AMONG, COMPARED_BEFORE, A_YEAR, LOCAL_PLACE,
                               fraction_percent, irregular_demonym)
from .common import DEPARTMENT_FIGURE, NAMED_IN_SENTENCE, PERCENT_UNNAMED, Extraction, attribution_confidence

def extract_percentages(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for number in ctx.numbers:
        pct_end = percent_after(text, number.end)
        if pct_end is None or not 0 <= number.value <= 100:
            continue
        qualifier, q_start = qualifier_before(text, number.start, ctx.lang)
        after = qualifier_after(text, pct_end) if qualifier == "exact" else None
        span = Span(q_start, after[1] if after else pct_end)
        qualifier = after[0] if after else qualifier
        sentence = ctx.sentence_at(number.start)
        words = text[sentence.start:sentence.end]
        clause_span = _clause(text, span, sentence)
        clause = text[clause_span.start:clause_span.end]
        if NOT_COVERED.search(clause) or _a_past_figure(text, span, clause):
            continue  # "8 % de la population reste non couverte": the share left out; "contre 60 % en 2021"
        if _is_coverage(text, words, clause, pct_end) or _department_share_covered(ctx, clause, sentence, span, pct_end) or \
                _coverage_raised_to(text, words, span):
            _add_coverage(ctx, result, number.value, span, qualifier, sentence, clause)
            continue
        if _said_of_something_else(text, words, _with_the_clause_taken_up(text, clause_span, sentence), pct_end) or \
                _larger_place_frame(ctx, sentence, span) or \
                _other_body_before(text, sentence, span) or _department_in_clause(ctx, clause_span, span) or (
                _region_without_department(ctx, sentence, span) and not LOCAL_ANCHOR.search(words)):
            continue  # "En Normandie, seuls 40 % des adolescents ...": the region's figure
        if _department_statistic(ctx, pct_end) or _compared_figure_in_brackets(ctx, sentence, span):
            continue
        if not _anchored(ctx, sentence, words):
            continue  # "69,5 % d'entre elles présentent un épuisement": a profession's figure
        key = ctx.target_for(span) or _owner_of_bare_parenthesis(ctx, span, sentence) or (
            ctx.focus_at(span.start) if FOR_THE_CPTS.match(text, span.end) else None)
        if key is None:
            continue
        kind, extra = _percentage_kind(ctx, _own_words(text, sentence, span), pct_end, span.start)
        confidence = attribution_confidence(ctx, span, key)
        confidence = confidence if confidence == NAMED_IN_SENTENCE else min(confidence, PERCENT_UNNAMED)
        result.cpts[key].percentages.append(
            Fact(number.value, span, qualifier, extra=dict(kind=kind, **extra), confidence=confidence))
    _coverage_told_as_fractions(ctx, result)
    lowered = text.lower()
    if "couv" not in lowered and "cover" not in lowered:
        return  # every full coverage but "100 % CPTS" (read above) says covered or covering
    for m in FULL_COVERAGE.finditer(text):
        if re.match(r"100\s?%", m.group()):
            continue  # counted above as a percentage
        span, sentence = Span(m.start(), m.end()), ctx.sentence_at(m.start())
        clause = _clause(text, span, sentence)
        _add_coverage(ctx, result, 100, span, "exact", sentence, text[clause.start:clause.end])


def _add_coverage(ctx: Context, result: Extraction, value: float, span: Span, qualifier: str, sentence: Span,
                  clause: str) -> None:
    """A department's coverage at `span`, unless the sentence speaks of a region or the nation."""
    text, words = ctx.text, ctx.text[sentence.start:sentence.end]
    if NATIONAL.search(clause) or NATIONAL.search(text, sentence.start, span.start) or \
            _region_without_department(ctx, sentence) or _region_before_figure(ctx, sentence, span) or \
            _more_cpts_than_a_department(words):
        return  # a region's or the nation's coverage
    department = _department_of(ctx, sentence, span.end, _dateline_department(result))
    if department:
        result.coverage[department].append(Fact(value, span, qualifier, confidence=DEPARTMENT_FIGURE))


def _coverage_told_as_fractions(ctx: Context, result: Extraction) -> None:
    """ "quatre habitants sur cinq vivent sur le territoire d'une CPTS", "les trois quarts de la
    population sont couverts", "four out of five residents": a coverage written as a fraction."""
    text = ctx.text
    for m in PEOPLE_FRACTION.finditer(text):
        value = fraction_percent(m)
        if value is None or not 0 < value <= 100:
            continue
        qualifier, q_start = qualifier_before(text, m.start(), ctx.lang)
        span = Span(q_start, m.end())
        sentence = ctx.sentence_at(m.start())
        clause_span = _clause(text, span, sentence)
        clause = text[clause_span.start:clause_span.end]
        if _is_coverage(text, text[sentence.start:sentence.end], clause, m.end()):
            _add_coverage(ctx, result, value, span, qualifier, sentence, clause)


def _clause(text: str, span: Span, sentence: Span) -> Span:
    """The percentage's clause: from the last break before it to the first after."""
    start = max(sentence.start, span.start - CLAUSE_REACH)
    breaks_before = [m.end() for m in CLAUSE_BREAK.finditer(text, start, span.start)]
    end = min(sentence.end, span.end + CLAUSE_REACH)
    break_after = CLAUSE_BREAK.search(text, span.end, end)
    return Span(breaks_before[-1] if breaks_before else start, break_after.start() if break_after else end)


def _a_past_figure(text: str, span: Span, clause: str) -> bool:
    """ "..., contre 60 % en 2021": the figure of an earlier year set against today's."""
    return bool(COMPARED_BEFORE.search(text, max(0, span.start - 20), span.start)) and bool(A_YEAR.search(clause))


def _with_the_clause_taken_up(text: str, clause: Span, sentence: Span) -> str:
    """The clause, and the one before it when it opens with "dont" or "soit": in "un financement de
    80 000 euros, dont 60 % par l'ARS" the figure is a share of what the clause before names."""
    words = text[clause.start:clause.end]
    if not TAKES_UP_THE_CLAUSE_BEFORE.match(words) or clause.start <= sentence.start:
        return words
    previous = _clause(text, Span(clause.start - 1, clause.start - 1), sentence)
    return text[previous.start:clause.end]


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
    if SEVERAL_CPTS.search(sentence_text) and GATHERING.search(clause) and POPULATION_OF.match(text, pct_end):
        return True
    return bool(COVERING.search(clause) and SEVERAL_CPTS.search(sentence_text))


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
    if _of_department_population(ctx, pct_end):
        return True
    lead = _list_lead(ctx.text, sentence.start)
    before = Span(sentence.start if lead is None else lead, span.start)
    words = ctx.text[before.start:before.end]
    return bool(POPULATION_OF.match(ctx.text, pct_end)) and not LOCAL_PLACE.search(words) and not ctx.mentions_in(before) \
        and any(before.start <= d.span.start < before.end for d in ctx.departments)


def _coverage_raised_to(text: str, sentence_text: str, span: Span) -> bool:
    """ "Cette CPTS porte à 92 % la part de la population couverte", "porte le taux de couverture à
    92 %": the department's total the new CPTS brings it to, not its own share."""
    return bool(RAISED_TO.search(text, max(0, span.start - 60), span.start)) and bool(
        re.search(r"couvert|couverture|covered|coverage", sentence_text, re.IGNORECASE))


def _more_cpts_than_a_department(sentence_text: str) -> bool:
    """ "282 CPTS en fonctionnement, soit 36 % de la population couverte": a count of CPTS no
    department reaches is the nation's or a region's."""
    return any(int(m.group(1)) > MOST_CPTS_IN_A_DEPARTMENT
               for m in re.finditer(r"\b(\d{2,4})\s+(?:CPTS|communautés)\b", sentence_text))


def _one_cpts_subject(text: str, pos: int) -> bool:
    """Whether the sentence before `pos` opens with one CPTS as its subject ("La CPTS X
    couvre ...", "Elle assure ..."), read back to the last full stop."""
    head = re.split(r"[.!?]\s+", text[max(0, pos - SUBJECT_REACH):pos])[-1]
    return bool(ONE_CPTS_SUBJECT.match(head))


def _said_of_something_else(text: str, sentence_text: str, clause: str, pct_end: int) -> bool:
    if NATIONAL.search(clause) or ONE_TOWN.search(clause) or MONEY.search(clause):
        return True
    if OF_A_LARGER_PLACE.match(text, pct_end) and not POPULATION_OF.match(text, pct_end):
        return True  # "34 % des infirmiers du département": the department's figure
    if SURVEY.search(clause) or SURVEY_SOURCE.search(sentence_text) or OF_MANY_CPTS.search(clause) or OF_MANY_CPTS.search(text, max(0, pct_end - 50), pct_end) \
            or MANY_CPTS_AS_SUBJECT.match(sentence_text):
        return True  # "62 % des répondants", "7 CPTS sur 10 (69 %)"
    if TARGET.search(text, max(0, pct_end - 60), pct_end) and not THE_FIGURE_KNOWN.search(text, max(0, pct_end - 20), pct_end):
        return True  # "l'objectif est d'atteindre 90 %": a figure aimed at, not one of the territory
    if SHARE_OF_CPTS.match(text, pct_end):
        return True  # "70 % des CPTS ont signé": a share of the CPTS, not a figure of one
    if re.match(r"\s*sant[ée]\b", text[pct_end:pct_end + 8], re.IGNORECASE):
        return True  # the "100 % Santé" scheme
    if WORKING_TIME.search(text, max(0, pct_end - 40), pct_end - 1) or WORKING_TIME.match(text[pct_end:pct_end + 20]):
        return True  # "une coordinatrice employée à 80 %"
    if _a_commune_in_brackets(text, pct_end):
        return True  # "jusqu'à 6 % (Villebois)": one town's figure
    if AUDIENCE.search(text, max(0, pct_end - 90), pct_end):
        return True  # "une cinquantaine d'invités, dont 60 % de soignants"
    # "80 % des patients ...", in a sentence that names no CPTS and no territory: patients in
    # general (but patients without a doctor are the territory's unless the clause says France's)
    return (bool(PATIENTS.match(text, pct_end)) and not LOCAL_ANCHOR.search(sentence_text)
            and not WITHOUT_GP_CUES.search(sentence_text))


# "réduire de moitié les 13 % de patients sans médecin": a figure already known, not the one aimed at
THE_FIGURE_KNOWN = re.compile(r"\b(?:les|ces|the|these)\s+\d[\d\s\u00a0.,]*(?:%|pour\s*cent|per\s*cent)\s*\Z", re.IGNORECASE)


def _anchored(ctx: Context, sentence: Span, words: str) -> bool:
    """Whether a sentence speaks of a CPTS or of a territory: it names one, says the words
    ("CPTS", "territoire", "commune"...) or of the people who live there, or takes one up
    ("elle", "son", "nos")."""
    lead = _list_lead(ctx.text, sentence.start)
    if lead is not None:
        words = ctx.text[lead:sentence.start] + words  # an item speaks of what its list's lead names
    return bool(ctx.mentions_in(Span(lead if lead is not None else sentence.start, sentence.end))
                or LOCAL_ANCHOR.search(words) or TAKEN_UP.search(words) or RESIDENTS.search(words)
                or WITHOUT_GP_CUES.search(words) or find_departments(words))


def _list_lead(text: str, pos: int) -> int | None:
    """Where the line that announces the bulleted list holding `pos` begins ("Le territoire de la
    CPTS présente :" over "• 23 % de la population ..."), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not BULLET.match(text, line_start):
        return None
    while line_start > 0:
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start:text.find("\n", line_start)]
        if line.strip() and not BULLET.match(line):
            return line_start if line.rstrip().endswith(":") else None
    return None


def _other_body_before(text: str, sentence: Span, span: Span) -> bool:
    """ "Le centre hospitalier a enregistré une hausse de 30 %": a body other than the CPTS
    before the figure, in a sentence that names no CPTS or territory before it."""
    before = text[sentence.start:span.start]
    return bool(OTHER_BODY.search(before)) and not CPTS_WORDS.search(before)


def _department_in_clause(ctx: Context, clause: Span, figure: Span) -> bool:
    """ "La part des plus de 75 ans atteint 12 % dans le département", "... en Mayenne": the
    department's figure, when the clause names no CPTS or local territory."""
    words = ctx.text[clause.start:clause.end]
    if LOCAL_ANCHOR.search(words):
        return False
    if IN_DEPARTMENT.search(words) or DEPARTMENT_SUBJECT.match(words):
        return True
    return any(clause.start <= d.span.start < clause.end
               and (IN_A_PLACE.search(ctx.text, max(0, d.span.start - 12), d.span.start)
                    or d.span.end <= figure.start and OF_A_PLACE_BEFORE.search(ctx.text, max(0, d.span.start - 12), d.span.start))
               for d in ctx.departments)


IN_A_PLACE = re.compile(r"\b(?:dans|en|in)\s+(?:le\s+|la\s+|les\s+|l['’]|the\s+)?\Z")
# "la population de la Sarthe a progressé de 2 %": a department named before the figure, as whose
OF_A_PLACE_BEFORE = re.compile(r"\b(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*\Z")


def _a_commune_in_brackets(text: str, pct_end: int) -> bool:
    m = IN_BRACKETS.match(text, pct_end)
    return bool(m) and bool(gazetteer.load().candidates(m.group(1)))


def _larger_place_frame(ctx: Context, sentence: Span, span: Span) -> bool:
    """ "En France, la part des plus de 75 ans est de 10 %", "Dans la Sarthe, 20 % des
    patients ...", "Le département affiche un taux de 20 %": the nation or a department named
    at the head of the sentence, and no territory before the figure."""
    text = ctx.text
    before = text[sentence.start:span.start]
    head = before.lstrip(" \n«\"“")
    offset = sentence.start + len(before) - len(head)
    department = any(d.span.start - offset <= 16 and offset <= d.span.start < span.start
                     and re.match(r"(?:en|dans|in|le|la|l['’]|the)\b", head, re.IGNORECASE) for d in ctx.departments)
    department = department or bool(re.match(r"(?:le|the)\s+(?:département|department)\b", head, re.IGNORECASE)
                                    or IN_DEPARTMENT.match(head))
    frame = re.match(r"[^,;:]{0,40},", head)  # "Dans l'Hexagone, ...": the phrase heading the sentence
    national = bool(NATIONAL.match(head)) or bool(frame and NATIONAL.search(frame.group()))
    return (national or department) and not LOCAL_ANCHOR.search(before)


def _region_without_department(ctx: Context, sentence: Span, figure: Span | None = None) -> bool:
    """A region named in the sentence, and no department: the region's figure. A region the
    figure is compared with after it ("17 % (un taux supérieur à la région X)") frames nothing."""
    regions = [m for m in REGION.finditer(ctx.text, sentence.start, sentence.end)
               if figure is None or m.start() < figure.start or not COMPARISON.search(ctx.text, figure.end, m.start())]
    return bool(regions) and not any(sentence.start <= d.span.start < sentence.end for d in ctx.departments)


def _owner_of_bare_parenthesis(ctx: Context, span: Span, sentence: Span) -> str | None:
    """A figure opening a bracket, "augmenté entre 2011 et 2016 (+7,7 %)", "une population âgée (31 %
    de plus de 60 ans)", belongs to the words before it, unless they end with a place's name
    ("Villebois (12 %)")."""
    text = ctx.text
    before = text[sentence.start:span.start]
    opened = re.search(r"\(\s*[+\-−]?\s*\Z", before)
    if not opened:
        return None
    paren = sentence.start + opened.start()
    if re.search(r"\b[A-ZÉÈ][\w'’-]+\s*\Z", text[sentence.start:paren]):
        return None
    return ctx.target_for(Span(paren - 1, paren)) if paren > sentence.start else None


def _compared_figure_in_brackets(ctx: Context, sentence: Span, span: Span) -> bool:
    """ "supérieur à celui du département (11 %)", "la moyenne régionale (8 %)", "celui de la
    Sarthe (9 %)": the figure in brackets is the larger place's the CPTS is compared with."""
    before = ctx.text[sentence.start:span.start]
    opened = re.search(r"\(\s*\Z", before)
    if not opened:
        return False
    head = before[:opened.start()].rstrip()
    if LARGER_AVERAGE.search(head):
        return True
    average = AVERAGE_OF_DEMONYM.search(head)  # "la moyenne sarthoise (11 %)"
    if average and _department_adjective(head, average.start(1) - 1):
        return True
    end = sentence.start + len(head)
    return any(d.span.end == end and COMPARED_WITH.search(ctx.text, max(sentence.start, d.span.start - 25), d.span.start)
               for d in ctx.departments)


def _own_words(text: str, sentence: Span, span: Span) -> str:
    """The words of the sentence that speak of this percentage when it gives several: what
    follows it up to the next one, and what precedes it only for the first. In "11 % n'ont pas
    de médecin traitant et 7 % sont âgés", the 7 % has no GP cue. A figure after its label
    ("Part des plus de 75 ans : 12 %") has the words of its line only."""
    line_start = max(sentence.start, text.rfind("\n", 0, span.start) + 1)
    if LABEL_BEFORE_FIGURE.search(text, line_start, span.start):  # "Patients sans médecin traitant : 8,5 %"
        line_end = text.find("\n", span.end)
        sentence = Span(line_start, min(sentence.end, line_end) if line_end >= 0 else sentence.end)
    before = text[sentence.start:span.start]
    after = text[span.end:sentence.end]
    next_figure = PERCENT_FIGURE.search(after)
    return ("" if "%" in before else before) + text[span.start:span.end] + (
        after[:next_figure.start()] if next_figure else after)


# A label and its figure on one line: "Part des plus de 75 ans : 12 %", "Patients sans MT | 8,5 %"
LABEL_BEFORE_FIGURE = re.compile(r"[:|]\s*\Z")


def _percentage_kind(ctx: Context, sentence_text: str, pct_end: int, start: int) -> tuple[str, dict]:
    text = ctx.text
    gapped = _gapped_figure_before(ctx, start, pct_end)
    if gapped:  # "..., la CPTS B 8 %": of the kind of the figure it repeats
        return _percentage_kind(ctx, _own_words(text, ctx.sentence_at(start), gapped), gapped.end, gapped.start)
    if CHANGE.search(text, max(0, start - 40), start) and not THE_FIGURE_KNOWN.search(text, max(0, pct_end - 20), pct_end):
        return "other", {}  # "réduire de 20 % le nombre de patients sans médecin traitant": a change
    if WITHOUT_GP_CUES.search(sentence_text) and not (WITH_GP.search(sentence_text) and not WITHOUT_WORDS.search(sentence_text)):
        extra = {}
        age = AGE_GROUP.search(text, pct_end, pct_end + 80) or AGE_AMONG.search(text, max(0, start - 60), start)
        if age:
            extra["population"] = " ".join((age.group(1) or age.group(2)).split())
        return "population_without_gp", extra
    if _of_department_population(ctx, pct_end):
        return "share_of_department_population", {}
    if RATE_REFERRED_TO.search(text, max(0, start - 60), start):  # "... sans médecin traitant ; ce taux atteint 18 %"
        previous = ctx.sentence_at(max(0, ctx.sentence_at(start).start - 2))
        if WITHOUT_GP_CUES.search(text, previous.start, start):
            return "population_without_gp", {}
    return "other", {}


def _gapped_figure_before(ctx: Context, start: int, pct_end: int) -> Span | None:
    """ "La CPTS A couvre 12 % de la population de la Sarthe, la CPTS B 8 %": a bare figure ending its
    clause right after a name repeats the figure before it in the sentence, whose span this is."""
    text = ctx.text
    sentence = ctx.sentence_at(start)
    if not re.match(r"\s*(?:[,;.)]|et\b|and\b|$)", text[pct_end:sentence.end]) or \
            not any(m.span.end >= start - 3 for m, _ in ctx.mentions_in(Span(max(sentence.start, start - 80), start))):
        return None
    previous = list(PERCENT_FIGURE.finditer(text, sentence.start, start))
    return Span(previous[-1].start(), previous[-1].end()) if previous else None


def _department_statistic(ctx: Context, pct_end: int) -> bool:
    """ "30 % des habitants de la Sarthe ont plus de 60 ans": a figure about the department's
    people, with its own verb, rather than the CPTS's share of them."""
    if not _of_department_population(ctx, pct_end):
        return False
    rest = ctx.text[pct_end:pct_end + 120]
    stop = re.search(r"[.;,:!?()\n\d]|\b(?:et|and)\b", rest)
    return bool(re.search(r"\b(?:ont|a|sont|est|vivent|habitent|n['’]|have|has|are|is|live)\b",
                          rest[:stop.start() if stop else len(rest)]))


def _of_department_population(ctx: Context, pct_end: int) -> bool:
    """ "9,2 % de la population de la Mayenne", "4 % de la population sarthoise", "... du
    département", "40 % du Calvados": a share of a department, not of the CPTS's own inhabitants."""
    if DEPARTMENT_POPULATION.match(ctx.text, pct_end):
        return True
    of_place = OF_A_PLACE.match(ctx.text, pct_end)
    if of_place and any(d.span.start == of_place.end() for d in ctx.departments):
        return True  # "couvrant ainsi 40 % du Calvados"
    whole = re.match(r"\s*(?:du|of\s+the)\s+(?:département|department|territoire\s+départemental)\b", ctx.text[pct_end:pct_end + 40])
    if whole:  # "elle couvre 35 % du département (de la Nièvre)"
        after = pct_end + whole.end()
        return not re.match(r"\s+(?:de|du|des|d['’]|of)\b", ctx.text[after:after + 5]) or any(
            after < d.span.start <= after + 12 for d in ctx.departments)
    population = POPULATION_OF.match(ctx.text, pct_end)
    if not population:
        people = re.match(r"\s*(?:des|of\s+the)(?=\s)", ctx.text[pct_end:pct_end + 12])
        return bool(people) and bool(_department_adjective(ctx.text, pct_end + people.end()))  # "11 % des Landais"
    after = population.end()
    return (bool(OF_THE_DEPARTMENT.match(ctx.text, after))
            or any(after <= d.span.start <= after + 12 for d in ctx.departments)
            or bool(_department_adjective(ctx.text, after)))


AVERAGE_OF_DEMONYM = re.compile(r"\b(?:celui|celle|moyenne|taux|niveau)\s+([a-zà-ÿ][a-zà-ÿ-]{3,})\Z", re.IGNORECASE)


def _department_adjective(text: str, pos: int) -> str | None:
    """ "la population sarthoise", "seine-et-marnaise", "icaunaise": the department of a demonym, which
    the department finder knows only with its capitals (and not at all when irregular)."""
    word = ADJECTIVE.match(text, pos)
    if not word:
        return None
    capitalised = "-".join(part if part in ("et", "sur", "de") else part[:1].upper() + part[1:]
                           for part in word.group(1).split("-"))
    found = next((d.code for d in find_departments(capitalised) if d.span == Span(0, len(capitalised))), None)
    return found or irregular_demonym(fold(word.group(1)))


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
    return _department_adjective(text, people.end()) if people else None


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
    """ "les CPTS sarthoises couvrent 95 % ...": the department of the one demonym the sentence has."""
    codes = {_department_adjective(text, m.start())
             for m in LOWER_DEMONYM.finditer(text, sentence.start, sentence.end)}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None
