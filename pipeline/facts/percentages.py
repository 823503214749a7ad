"""Percentages said of a CPTS (a department's coverage is read in `coverage`).

A percentage is read in its clause (the words between commas, "contre", "puisque"...):
- a department's coverage when `coverage` says so: "80 % des Seine-et-Marnais vivent sur le territoire d'une CPTS",
  "4 CPTS couvrant 100 % de la population", "60 % du territoire couvert";
- nothing, when the clause speaks of the nation or the region ("contre 25 % au niveau national"), of one town
  ("une commune où 9 % ..."), of money ("financé à 80 %"), of patients in general in a sentence that names no CPTS
  and no territory, or in a sentence that speaks of no CPTS, territory or inhabitants at all (a profession's survey
  figure), of the share left uncovered or of an earlier year set against today's, of a quality ("100 % gratuit");
  a bulleted item speaks of what the line announcing its list names; a table's column, of what its heading names;
- else a percentage of the CPTS the sentence is about (figures "respectivement" go in order to the CPTS named before
  them), of kind population_without_gp, share_of_department_population (a share of a department's population: "9,2 %
  de la population de la Mayenne", "4 % de la population sarthoise", "40 % du Calvados") or other.
A share written as a fraction ("neuf habitants sur dix", "les trois quarts de la population") is read the same way,
but only ever as a department's coverage. The words themselves are in `percentage_words`.
"""
from __future__ import annotations

import re

from ..reference import gazetteer
from .context import LABEL_LINE_RE, Context
from ..model import Fact, Span
from .numbers import percent_after, qualifier_after, qualifier_before
from .place_names import find_departments
from .coverage import add_coverage, add_coverages_in_words, coverage_in_clause, past_its_people
from .figure_clauses import a_past_figure, clause_of, department_adjective, list_lead, of_department_population, region_without_department
from .percentage_words import (WITHOUT_GP_CUES, RATE_REFERRED_TO, TARGET, WITH_GP, WITHOUT_WORDS, POPULATION_OF, AGE_GROUP,
                               CPTS_WORDS, IN_DEPARTMENT, DEPARTMENT_SUBJECT, LARGER_AVERAGE, COMPARED_WITH, WORKING_TIME,
                               PERCENT_FIGURE, NATIONAL, AUDIENCE, ONE_TOWN, MONEY, OF_ITS_GOALS, MONEY_BEFORE_BRACKET,
                               PATIENTS, OF_A_LARGER_PLACE, SHARE_OF_CPTS, OF_MANY_CPTS, MANY_CPTS_AS_SUBJECT, CHANGE, SURVEY,
                               SURVEY_SOURCE, OTHER_BODY, IN_BRACKETS, FOR_A_TOWN, LOCAL_ANCHOR, OF_A_REGIONS_PEOPLE, TAKEN_UP,
                               RESIDENTS, FOR_THE_CPTS, TAKES_UP_THE_CLAUSE_BEFORE, NOT_COVERED, AGE_AMONG, AGE_SHARE,
                               COMPARED_BEFORE, PEOPLE_PROFILE, RATE_AMONG, AGES, AUDIENCE_AFTER,
                               OF_NAMED_PLACE, DEGREE_OF_A_QUALITY, DEPARTMENT_AFTER_REACH, REGION, fraction_percent,
                               people_fractions)
from .patterns import RESPECTIVELY
from .quantity_kinds import range_start
from .table_columns import add_column_percentage
from .common import NAMED_IN_SENTENCE, PERCENT_UNNAMED, Extraction, attribution_confidence


def extract_percentages(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for value, start, pct_end, fraction, ranged in _figures(ctx):
        qualifier, q_start = ("more_than", start) if ranged else qualifier_before(text, start, ctx.lang)
        after = qualifier_after(text, pct_end) if qualifier == "exact" else None
        span = Span(q_start, after[1] if after else pct_end)
        qualifier = after[0] if after else qualifier
        sentence = ctx.sentence_at(start)
        words = text[sentence.start:sentence.end]
        clause_span = clause_of(text, span, sentence)
        clause = text[clause_span.start:clause_span.end]
        if NOT_COVERED.search(clause) or a_past_figure(text, sentence, span, clause) or \
                _a_reference_figure(text, sentence, span):
            continue  # "8 % de la population reste non couverte": the share left out; "contre 60 % en 2021"
        if add_column_percentage(ctx, result, value, span, qualifier):
            continue  # "CPTS X | 2 %" under "Part de la population départementale"
        if coverage_in_clause(ctx, words, clause, sentence, span, pct_end):
            add_coverage(ctx, result, value, span, qualifier, sentence, clause)
            continue
        if fraction:
            continue  # "un habitant sur cinq a plus de 75 ans": a department's coverage only, never a CPTS's percentage
        if _said_of_something_else(text, words, _with_the_clause_taken_up(text, clause_span, sentence), pct_end) or \
                _larger_place_frame(ctx, sentence, span) or _other_body_before(text, sentence, span) or \
                _department_in_clause(ctx, clause_span, span) or (
                region_without_department(ctx, sentence, span) and not LOCAL_ANCHOR.search(words)) or \
                OF_A_REGIONS_PEOPLE.match(text, pct_end):
            continue  # "En Normandie, seuls 40 % des adolescents ...": the region's figure
        if _department_statistic(ctx, pct_end) or _compared_figure_in_brackets(ctx, sentence, span) or \
                _of_a_named_department(ctx, pct_end):
            continue
        if not _anchored(ctx, sentence, words, span.start, pct_end):
            continue  # "69,5 % d'entre elles présentent un épuisement": a profession's figure
        key = _respective_owner(ctx, sentence, start) or ctx.target_for(span) or _owner_of_bare_parenthesis(ctx, span, sentence) or (
            ctx.focus_at(span.start) if FOR_THE_CPTS.match(text, span.end) else None)
        if key is None:
            continue
        kind, extra = _percentage_kind(ctx, _own_words(text, sentence, span), pct_end, span.start)
        if kind == "share_of_department_population" and past_its_people(ctx, result, key, value, sentence, pct_end):
            add_coverage(ctx, result, value, span, qualifier, sentence, clause)
            continue
        confidence = attribution_confidence(ctx, span, key)
        confidence = confidence if confidence == NAMED_IN_SENTENCE else min(confidence, PERCENT_UNNAMED)
        result.cpts[key].percentages.append(
            Fact(value, span, qualifier, extra=dict(kind=kind, **extra), confidence=confidence))
    add_coverages_in_words(ctx, result)


def _respective_owner(ctx: Context, sentence: Span, start: int) -> str | None:
    """ "Elles couvrent respectivement 12 % et 8 % de la population": the figures paired in order with the CPTS
    named before them, in the sentence or the one before it."""
    text = ctx.text
    if not RESPECTIVELY.search(text, sentence.start, sentence.end):
        return None
    figures = [m.start() for m in PERCENT_FIGURE.finditer(text, sentence.start, sentence.end)]
    if start not in figures or len(figures) < 2:
        return None
    named = ctx.keys_named_before(sentence, figures[0], len(figures))
    return named[figures.index(start)] if named else None


def _figures(ctx: Context) -> list[tuple[float, int, int, bool, bool]]:
    """(value, start, end, told as a fraction, the lower figure of a range) of every percentage: "12 %", "12 pour
    cent", "10 à 12 %" (more than 10), and the shares of people written as fractions ("un habitant sur cinq", "les
    trois quarts de la population"), in the order of the text."""
    text = ctx.text
    figures = []
    for i, number in enumerate(ctx.numbers):
        pct_end = percent_after(text, number.end)
        if pct_end is not None and 0 <= number.value <= 100:
            lower = _range_start(ctx, i)
            figures.append((lower.value, lower.start, pct_end, False, True) if lower
                           else (number.value, number.start, pct_end, False, False))
    digits = list(figures)
    for m in people_fractions(text):
        value = fraction_percent(m)
        if value is not None and 0 < value < 100 and not _given_in_digits(ctx, value, m.start(), digits):
            figures.append((value, m.start(), m.end(), True, False))
    return sorted(figures, key=lambda figure: figure[1])


def _range_start(ctx: Context, i: int):
    """The lower figure of "10 à 12 %", "entre 10 et 12 %" (not of "10 % à 12 %": two figures), else None."""
    lower = range_start(ctx.text, ctx.numbers, i)
    return lower[0] if lower and percent_after(ctx.text, lower[0].end) is None else None


def _given_in_digits(ctx: Context, value: float, start: int, digits: list[tuple[float, int, int, bool, bool]]) -> bool:
    """ "Un habitant sur cinq (19 %)", "Un quart de la population : 25,4 %": the fraction rounds a figure its
    sentence gives in digits, which is the one read."""
    sentence = ctx.sentence_at(start)
    return any(sentence.start <= at < sentence.end and abs(figure - value) <= ROUNDING for figure, at, _, _, _ in digits)


ROUNDING = 5  # points between a fraction and the figure in digits it rounds


def _a_reference_figure(text: str, sentence: Span, span: Span) -> bool:
    """ "12 % contre 9 % en moyenne", "18 % versus 14 %": the figure set against the one before it is another
    place's or another time's (not "11 % en France contre 14 % sur le territoire", the CPTS's own, nor "10 % en
    2015 contre 15 % aujourd'hui", today's)."""
    return _compared_with_figure_before(text, sentence, span) is not None and not FOR_THE_CPTS.match(text, span.end) \
        and not TODAY.match(text, span.end)


TODAY = re.compile(r"\s*(?:aujourd['’]hui|désormais|actuellement|maintenant|today|now|currently)\b", re.IGNORECASE)


def _compared_with_figure_before(text: str, sentence: Span, span: Span) -> Span | None:
    """The figure of the sentence the one at `span` is set against ("12 % contre 9 %"), else None."""
    compared = COMPARED_BEFORE.search(text, max(sentence.start, span.start - 20), span.start)
    before = list(PERCENT_FIGURE.finditer(text, sentence.start, compared.start())) if compared else []
    return Span(before[-1].start(), before[-1].end()) if before else None


def _with_the_clause_taken_up(text: str, clause: Span, sentence: Span) -> str:
    """The clause, and the one before it when it opens with "dont" or "soit": in "un financement de
    80 000 euros, dont 60 % par l'ARS" the figure is a share of what the clause before names."""
    words = text[clause.start:clause.end]
    if not TAKES_UP_THE_CLAUSE_BEFORE.match(words) or clause.start <= sentence.start:
        return words
    previous = clause_of(text, Span(clause.start - 1, clause.start - 1), sentence)
    return text[previous.start:clause.end]


def _said_of_something_else(text: str, sentence_text: str, clause: str, pct_end: int) -> bool:
    if NATIONAL.search(clause) or ONE_TOWN.search(clause) or MONEY.search(clause):
        return True
    larger = OF_A_LARGER_PLACE.match(text, pct_end)
    if larger and (larger.group("wider") or not POPULATION_OF.match(text, pct_end)):
        return True  # "34 % des infirmiers du département", "22 % des habitants de la région": the larger place's figure
    if SURVEY.search(clause) or SURVEY_SOURCE.search(sentence_text) or OF_MANY_CPTS.search(clause) or OF_MANY_CPTS.search(text, max(0, pct_end - 50), pct_end) \
            or MANY_CPTS_AS_SUBJECT.match(sentence_text):
        return True  # "62 % des répondants", "7 CPTS sur 10 (69 %)"
    if TARGET.search(text, max(0, pct_end - 60), pct_end) and not THE_FIGURE_KNOWN.search(text, max(0, pct_end - 20), pct_end):
        return True  # "l'objectif est d'atteindre 90 %": a figure aimed at, not one of the territory
    if OF_ITS_GOALS.match(text, pct_end) or MONEY_BEFORE_BRACKET.search(text, max(0, pct_end - 80), pct_end):
        return True  # "80 % de ses objectifs", "50 000 euros (60 % ARS, 40 % CPAM)"
    if _of_a_department_s_people(text, pct_end, sentence_text):
        return True  # "10,4 % des Jurassiens n'ont pas de médecin traitant", "dans un département où 12 % des habitants"
    if SHARE_OF_CPTS.match(text, pct_end):
        return True  # "70 % des CPTS ont signé": a share of the CPTS, not a figure of one
    if DEGREE_OF_A_QUALITY.match(text, pct_end):
        return True  # the "100 % Santé" scheme, "un service 100 % gratuit", "une formation 100 % en ligne"
    if WORKING_TIME.search(text, max(0, pct_end - 40), pct_end - 1) or WORKING_TIME.match(text[pct_end:pct_end + 20]):
        return True  # "une coordinatrice employée à 80 %"
    if _a_commune_in_brackets(text, pct_end):
        return True  # "jusqu'à 6 % (Villebois)", "9 % pour Villebois": one town's figure
    if AUDIENCE.search(text, max(0, pct_end - 90), pct_end) or AUDIENCE_AFTER.match(text, pct_end):
        return True  # "une cinquantaine d'invités, dont 60 % de soignants"
    # "80 % des patients ...", in a sentence that names no CPTS and no territory: patients in
    # general (but patients without a doctor are the territory's unless the clause says France's)
    return (bool(PATIENTS.match(text, pct_end)) and not LOCAL_ANCHOR.search(sentence_text)
            and not WITHOUT_GP_CUES.search(sentence_text))


def _of_a_department_s_people(text: str, pct_end: int, sentence_text: str) -> bool:
    """A department's people without a doctor (not "soit 45 % des Corréziens", the CPTS's share of them)."""
    people = DEPARTMENT_PEOPLE.match(text, pct_end)
    return bool(people and WITHOUT_GP_CUES.search(sentence_text) and department_adjective(text, people.start("adj") - 1)) \
        or bool(IN_A_DEPARTMENT_WHERE.search(text, max(0, pct_end - 60), pct_end))

# "12 % des Corréziens": the people of a department, by its demonym; "dans un département où 9 % des patients"
DEPARTMENT_PEOPLE = re.compile(r"\s*(?:des|of)\s+(?P<adj>[A-ZÀ-Ý][\w-]+s)\b")
IN_A_DEPARTMENT_WHERE = re.compile(r"\b(?:dans\s+un|in\s+a)\s+(?:département|department)\s+(?:où|where)\b[^.;:]{0,40}\Z", re.IGNORECASE)


# "réduire de moitié les 13 % de patients sans médecin": a figure already known, not the one aimed at
THE_FIGURE_KNOWN = re.compile(r"\b(?:les|ces|the|these)\s+\d[\d\s\u00a0.,]*(?:%|pour\s*cent|per\s*cent)\s*\Z", re.IGNORECASE)


def _anchored(ctx: Context, sentence: Span, words: str, figure_start: int, pct_end: int) -> bool:
    """Whether a sentence speaks of a CPTS or of a territory: it names one, says the words
    ("CPTS", "territoire", "commune"...) or of the people who live there ("28 % de plus de 60
    ans" are people of an age), or takes one up ("elle", "son", "nos")."""
    lead = list_lead(ctx.text, sentence.start)
    if lead is not None:
        words = ctx.text[lead:sentence.start] + words  # an item speaks of what its list's lead names
    label = _label_cut_off(ctx.text, sentence, figure_start)
    if label is not None:
        words = ctx.text[label:sentence.start] + words  # "Sans médecin traitant | 9 %": the label of its value
    return bool(ctx.mentions_in(Span(lead if lead is not None else sentence.start, sentence.end))
                or LOCAL_ANCHOR.search(words) or TAKEN_UP.search(words) or RESIDENTS.search(words)
                or WITHOUT_GP_CUES.search(words) or AGE_SHARE.match(ctx.text, pct_end)
                # a department named alone anchors only a share of its people: "soit 8 % de la population de la Sarthe"
                or (find_departments(words) and of_department_population(ctx, pct_end))
                or _profile_of_the_people_there(ctx, sentence, words))


def _profile_of_the_people_there(ctx: Context, sentence: Span, words: str) -> bool:
    """ "Le territoire est rural. Le taux de pauvreté atteint 18 %.": a figure of the people's ages, incomes or
    diseases goes on with the sentence before when that one speaks of a CPTS or its territory."""
    return bool(PEOPLE_PROFILE.search(words)) and not RATE_AMONG.search(words) and \
        _after_a_sentence_on_the_territory(ctx, sentence)


def _after_a_sentence_on_the_territory(ctx: Context, sentence: Span) -> bool:
    """Whether the sentence before speaks of a CPTS or its territory: a diagnosis goes on about its people
    ("Le territoire est rural. Le taux de pauvreté atteint 18 %.")."""
    before = ctx.sentence_before(sentence.start)
    if before is None:
        return False
    words = ctx.text[before.start:before.end]
    return bool(ctx.mentions_in(before) or LOCAL_ANCHOR.search(words) or TAKEN_UP.search(words) or RESIDENTS.search(words))


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
    """"jusqu'à 6 % (Villebois)", "9 % de bénéficiaires pour Villebois": one town's figure."""
    m = IN_BRACKETS.match(text, pct_end) or FOR_A_TOWN.match(text, pct_end)
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
    # "En Pays de la Loire, 85 % de la population est couverte, dont 92 % dans la Sarthe": a region's, unless a CPTS
    # named after the frame is what the figure is said of
    regional = bool(frame and REGION.search(frame.group())) and not ctx.mentions_in(Span(sentence.start, span.start))
    # ("En France, 21 % ..., contre 28 % sur notre territoire": the figure set in the territory after it)
    return (national or department or regional) and not LOCAL_ANCHOR.search(before) and not FOR_THE_CPTS.match(text, span.end)


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
    if average and department_adjective(head, average.start(1) - 1):
        return True
    end = sentence.start + len(head)
    return any(d.span.end == end and COMPARED_WITH.search(ctx.text, max(sentence.start, d.span.start - 25), d.span.start)
               for d in ctx.departments)


def _own_words(text: str, sentence: Span, span: Span) -> str:
    """The words of the sentence that speak of this percentage when it gives several: what
    follows it up to the next one, and what precedes it only for the first. In "11 % n'ont pas
    de médecin traitant et 7 % sont âgés", the 7 % has no GP cue. A figure after its label
    ("Part des plus de 75 ans : 12 %") has the words of its line only."""
    line_start = _label_cut_off(text, sentence, span.start)
    line_start = max(sentence.start, text.rfind("\n", 0, span.start) + 1) if line_start is None else line_start
    if LABEL_BEFORE_FIGURE.search(text, line_start, span.start) or LABEL_LINE_RE.match(text, line_start):  # a box's line
        line_end = text.find("\n", span.end)
        sentence = Span(line_start, min(sentence.end, line_end) if line_end >= 0 else sentence.end)
    before = text[sentence.start:span.start]
    after = text[span.end:sentence.end]
    next_figure = PERCENT_FIGURE.search(after)
    return ("" if "%" in before else before) + text[span.start:span.end] + (
        after[:next_figure.start()] if next_figure else after)


# A label and its figure on one line: "Part des plus de 75 ans : 12 %", "Patients sans MT | 8,5 %"
LABEL_BEFORE_FIGURE = re.compile(r"[:|]\s*\Z")


def _label_cut_off(text: str, sentence: Span, figure_start: int) -> int | None:
    """Where the line of a figure begins when its sentence was cut at the label's colon or bar and holds only
    the value ("Sans médecin traitant | 9 %"), else None."""
    if text[sentence.start:figure_start].strip() not in (":", "|"):
        return None
    return text.rfind("\n", 0, figure_start) + 1


def _percentage_kind(ctx: Context, sentence_text: str, pct_end: int, start: int) -> tuple[str, dict]:
    text = ctx.text
    gapped = _gapped_figure_before(ctx, start, pct_end) or _compared_with_figure_before(text, ctx.sentence_at(start),
                                                                                        Span(start, pct_end))
    if gapped:  # "..., la CPTS B 8 %", "11 % en France contre 14 % sur le territoire": of the kind of the figure it repeats
        return _percentage_kind(ctx, _own_words(text, ctx.sentence_at(start), gapped), gapped.end, gapped.start)
    if CHANGE.search(text, max(0, start - 40), start) and not THE_FIGURE_KNOWN.search(text, max(0, pct_end - 20), pct_end):
        return "other", {}  # "réduire de 20 % le nombre de patients sans médecin traitant": a change
    if WITHOUT_GP_CUES.search(sentence_text) and not (WITH_GP.search(sentence_text) and not WITHOUT_WORDS.search(sentence_text)):
        age = _age_group(text, start, pct_end)
        return "population_without_gp", {"population": age} if age else {}
    if of_department_population(ctx, _end_of_series(text, pct_end)):  # "12 % et 8 % de la population du Cher"
        return "share_of_department_population", {}
    if RATE_REFERRED_TO.search(text, max(0, start - 60), start):  # "... sans médecin traitant ; ce taux atteint 18 %"
        previous = ctx.sentence_at(max(0, ctx.sentence_at(start).start - 2))
        if WITHOUT_GP_CUES.search(text, previous.start, start):
            return "population_without_gp", {}
    return "other", {}


def _age_group(text: str, start: int, pct_end: int) -> str | None:
    """The ages a share without a doctor counts: "13 % des plus de 17 ans", "parmi les 17 ans et plus, 13 %", or
    in the label of a figure ("Patients sans médecin traitant (17 ans et plus) : 13 %")."""
    next_figure = PERCENT_FIGURE.search(text, pct_end, pct_end + 80)  # "13 % sans médecin et 28 % de plus de 60 ans"
    found = AGE_GROUP.search(text, pct_end, next_figure.start() if next_figure else pct_end + 80) or \
        AGE_AMONG.search(text, max(0, start - 100), start)
    line_start = text.rfind("\n", 0, start) + 1
    if found is None and LABEL_BEFORE_FIGURE.search(text, line_start, start):
        found = AGE_IN_LABEL.search(text, line_start, start)
    return " ".join(next(g for g in found.groups() if g).split()) if found else None


AGE_IN_LABEL = re.compile(r"\(\s*" + AGES + r"\s*\)|" + AGE_GROUP.pattern, re.IGNORECASE)


def _end_of_series(text: str, pct_end: int) -> int:
    """The end of the last figure of a series the one ending at `pct_end` opens ("12 %, 9 % et 8 % de ...")."""
    while True:
        following = NEXT_IN_SERIES.match(text, pct_end)
        if not following:
            return pct_end
        pct_end = following.end()


# "..., la seconde 8 %", "..., celle du Val Fleuri 8 %": one of the CPTS just named, taken up
ONE_OF_THEM = re.compile(r"(?:,|;|\bet)\s*(?:(?:la|le|l['’])\s*(?:première|premier|seconde|second|deuxième|troisième|dernière|dernier|"
                         r"autre)|celle\s+(?:de|du|des|d['’])\s*[^,;%]{1,40}?)\s*\Z", re.IGNORECASE)
NEXT_IN_SERIES = re.compile(r"\s*(?:,|et|and)\s*\d[\d\u00a0.,]*\s?%")


def _gapped_figure_before(ctx: Context, start: int, pct_end: int) -> Span | None:
    """ "La CPTS A couvre 12 % de la population de la Sarthe, la CPTS B 8 %", "..., la seconde 8 %": a bare figure
    ending its clause right after a name, or one of the CPTS taken up, repeats the figure before it in the sentence,
    whose span this is."""
    text = ctx.text
    sentence = ctx.sentence_at(start)
    if not re.match(r"\s*(?:[,;.)]|et\b|and\b|$)", text[pct_end:sentence.end]):
        return None
    if not any(m.span.end >= start - 3 for m, _ in ctx.mentions_in(Span(max(sentence.start, start - 80), start))) and \
            not ONE_OF_THEM.search(text, max(sentence.start, start - 60), start):
        return None
    previous = list(PERCENT_FIGURE.finditer(text, sentence.start, start))
    return Span(previous[-1].start(), previous[-1].end()) if previous else None


def _of_a_named_department(ctx: Context, pct_end: int) -> bool:
    """ "55 % des seniors du Cher sont vaccinés": a figure of some of a department's people, named right after it
    (not the CPTS's share of them, "12 % de la population du Cher")."""
    return not of_department_population(ctx, pct_end) and any(pct_end < d.span.start <= pct_end + DEPARTMENT_AFTER_REACH
                                                              and OF_NAMED_PLACE.fullmatch(ctx.text, pct_end, d.span.start)
                                                              for d in ctx.departments)


def _department_statistic(ctx: Context, pct_end: int) -> bool:
    """ "30 % des habitants de la Sarthe ont plus de 60 ans": a figure about the department's
    people, with its own verb, rather than the CPTS's share of them."""
    if not of_department_population(ctx, pct_end):
        return False
    rest = ctx.text[pct_end:pct_end + 120]
    stop = re.search(r"[.;,:!?()\n\d]|\b(?:et|and)\b", rest)
    return bool(re.search(r"\b(?:ont|a|sont|est|vivent|habitent|n['’]|have|has|are|is|live)\b",
                          rest[:stop.start() if stop else len(rest)]))


AVERAGE_OF_DEMONYM = re.compile(r"\b(?:celui|celle|moyenne|taux|niveau)\s+([a-zà-ÿ][a-zà-ÿ-]{3,})\Z", re.IGNORECASE)


