"""Quantities: inhabitants, communes, health professionals and structures of a CPTS.

A number counts what the words right after it name ("33 340 habitants", "une trentaine de
professionnels"), or what a label before it says ("Population : 33 340"). Left out:
- figures of a larger place or of one town ("Le département compte ...", "la ville, qui
  compte 45.000 habitants", "Villebois : 3 600 habitants"), densities, figures given
  "respectivement" for several towns;
- a part of a whole: "dont 3 MSP", "notamment ... 3 maisons de santé", "8 communes font
  partie de la communauté de communes X";
- people who took part in something: "une quarantaine de soignants se sont mobilisés", "85 professionnels ont participé".
When a CPTS has both a count of its members and a count of the professionals of its territory
("95 adhérents ... 640 professionnels exercent dans le secteur"), the members are its figure.
"""
from __future__ import annotations

import re

from .context import Context
from .place_names import EPCI_PHRASE
from ..model import Fact, Span
from .numbers import percent_after, qualifier_after, qualifier_before
from .common import Extraction, attribution_confidence
from .figure_clauses import list_lead
from .quantity_kinds import asked_kind, quantity_kind, range_start
from .quantity_places import (a_commune_before, a_place_before, a_town_or_a_region, department_before, said_of_a_larger_place,
                              start_of_sentence)
from .quantity_lists import a_total, counted_item, in_a_list_of_figures, inhabitants_after_all, members_among_the_next, professions_gathered
from .patterns import PLURAL_LATTER_OPENING
from .table_columns import add_column_figure
from .percentage_words import COUNTED_FRACTION, fraction_percent
from .quantity_words import (
    ALL_COMMUNES_OF, AREA_AFTER_COMMUNES, PLACE_WHICH_COUNTS, FOR_A_PLACE, PER_AREA, PART_OF_WHOLE, TOOK_PART_AFTER,
    TARGET_BEFORE, FOUNDERS_BEFORE, AREA_COVERED_BEFORE, ATTENDED_BY, GATHERED, GATHERED_ONCE, AT_AN_EVENT_BEFORE,
    EVENT, WITHOUT_GP_AFTER, JOINT_BEFORE, SENTENCE_REACH, OTHER_BODY, COVERS_BEFORE, CPTS_HERE, RATIO_BEFORE, SCHEME_OPENING,
    SEVERAL_CPTS_BEFORE, SEVERAL_CPTS_AFTER, GATHERS_BEFORE, COUNTS_VERB, CPTS_SUBJECT, AREA_SUBJECT, WHERE_BEFORE,
    JOINED_TOO_BEFORE, KINDS_IN_LABEL, RESPECTIVELY, MEMBERS, IN_THE_TERRITORY, TERRITORY_COUNTS, OF_OTHER_BODY_AFTER,
    AT_ITS_START_OPENING, MEMBERS_AMONG_THEM, BOARD_AFTER, BOARD_BEFORE, MEMBRES, OWN_MEMBERS_BEFORE, MEMBERS_OF_CPTS_AFTER,
    CLAUSE_START, GAPPED_BEFORE, ORDINAL_GAP, GAPPED_END, EN_COUNTS_BEFORE, EN_REACH, TARGET_AFTER, CLASS_BEFORE,
    TOWN_APPOSITION, STATISTIC_BEFORE, RATE_AFTER, OUT_OF_AFTER, ADDED_AFTER, AT_ITS_START_AFTER, REACHED_BEFORE, TOWN_SUBJECT,
    IN_MANY_CPTS, SEVERAL_CPTS_LEAD, SEATED_AFTER, THE_OTHER_ONE, WE_BEFORE, STRUCTURES_JOINED, AREA_OPENING, ITS_OWN_BEFORE,
    MORE_ADDED_AFTER, OF_AN_AREA, FRONTED_OWN, FRONTED_AREA, ADDED_BEFORE)


def extract_quantities(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    found: dict[str, list[tuple[Fact, str]]] = {}
    summed_until = -1
    for i, number in enumerate(ctx.numbers):
        if ctx.inside_name(number.start) or percent_after(text, number.end) is not None or number.start < summed_until \
                or _a_fractions_numerator(text, number.start):
            continue
        among_them = MEMBERS_AMONG_THEM.match(text, number.end)  # "dont 120 sont adhérents": members, not a part
        kind, unit_end = ("professionals_count", among_them.end()) if among_them else quantity_kind(text, number.start, number.end)
        labelled = kind is not None and unit_end == number.end  # its kind from a label: "Communes    49"
        if kind in ("population", "communes_count") and _respective_figures(ctx, i, kind, unit_end, result):
            continue
        if kind is None:
            kind, unit_end = _gapped_kind(ctx, i), number.end  # "X regroupe 80 professionnels, la CPTS Y 60."
        if kind is None and add_column_figure(ctx, result, number):
            continue  # "CPTS X | 92 | 44 000" under "CPTS | Communes | Habitants"
        part = kind is None and _part_of_the_next(ctx, i)  # "120 des 450 professionnels du territoire"
        if part:
            kind, unit_end = part, number.end
        elif kind == "communes_count" and i and _part_of_the_next(ctx, i - 1) == kind:
            continue  # "quatre des huit communes de l'EPT X": the whole the territory takes four of
        professions = kind is None and professions_gathered(ctx, i)  # "regroupe 25 médecins et 40 infirmiers"
        if professions:
            kind, unit_end = "professionals_count", professions[1]
            summed_until = unit_end
        more = kind == "communes_count" and _communes_in_another_place(ctx, i, unit_end)
        if kind is None or not among_them and _about_something_else(ctx, kind, number.start, unit_end, bool(more)):
            continue
        if kind == "structures_count" and _in_a_breakdown(ctx, i, unit_end):
            continue
        qualifier, q_start = qualifier_before(text, number.start, ctx.lang)
        qualifier = "more_than" if text.startswith("+", number.end) and unit_end > number.end + 1 else qualifier  # "180+"
        after = qualifier_after(text, unit_end) if qualifier == "exact" else None
        if after:
            qualifier, unit_end = after
        value = professions[0] if professions else number.value
        if professions and professions[2]:
            qualifier = "approx"
        if more:  # "40 communes de l'Ain et 3 du Jura": 43 communes
            value, unit_end = value + more[0], more[1]
            summed_until = unit_end
        span = Span(q_start, unit_end)
        key = ctx.target_for(span)
        if key is None:
            continue
        extra = {"of_area": True} if _an_areas_figure(ctx, kind, number.start, unit_end) else \
            {"total": True} if a_total(text, kind, q_start, unit_end, labelled) else {}
        facts = [Fact(value, span, qualifier, extra=extra, confidence=attribution_confidence(ctx, span, key))]
        low = range_start(ctx.text, ctx.numbers, i)
        if low is not None:  # "entre 300 et 400 professionnels": more than 300, less than 400
            lower, low_start = low
            facts = [Fact(lower.value, Span(low_start, lower.end), "more_than", confidence=facts[0].confidence),
                     Fact(number.value, span, "less_than", extra={"range_top": True}, confidence=facts[0].confidence)]
        for fact in facts:
            if kind == "professionals_count":
                scope = ("members" if part else "professions" if professions else "territory" if i and _part_of_the_next(ctx, i - 1)
                         or members_among_the_next(ctx, i, unit_end) else _professionals_scope(text, number.start, number.end, unit_end))
                found.setdefault(key, []).append((fact, scope))
            else:
                result.cpts[key].quantities[kind].append(fact)
    for key, facts in found.items():
        result.cpts[key].quantities["professionals_count"].extend(_members_first(facts))


def _gapped_kind(ctx: Context, i: int) -> str | None:
    """The unit a figure takes from the like clause before it, after the name of another CPTS or "la seconde": "La
    CPTS X regroupe 80 professionnels, la CPTS Y 60.", "La première couvre 20 communes, la seconde 15."."""
    if i == 0 or not GAPPED_END.match(ctx.text, ctx.numbers[i].end):
        return None
    text, number, before = ctx.text, ctx.numbers[i], ctx.numbers[i - 1]
    kind, unit_end = quantity_kind(text, before.start, before.end)
    _, q_start = qualifier_before(text, number.start, ctx.lang)
    if EN_COUNTS_BEFORE.search(text, max(0, q_start - 40), q_start):
        # "Elle regroupait 15 professionnels à sa création, elle en compte aujourd'hui 110.": the last unit said
        earlier = [quantity_kind(text, n.start, n.end)[0] for n in ctx.numbers[max(0, i - 3):i]
                   if number.start - n.end < EN_REACH]
        return next((k for k in reversed(earlier) if k), None)
    if kind is None or ctx.sentence_at(before.start) != ctx.sentence_at(number.start):
        return None
    if ORDINAL_GAP.fullmatch(text, unit_end, number.start):
        return kind
    named = ctx.mentions_in(Span(unit_end, number.start))
    if len(named) != 1 or text[named[0][0].span.end:number.start].strip():
        return None
    return kind if GAPPED_BEFORE.fullmatch(text, unit_end, named[0][0].span.start) else None


def _a_fractions_numerator(text: str, start: int) -> bool:
    """ "quatre habitants sur cinq", "9 professionnels sur 10": a share of the people, not a count."""
    fraction = COUNTED_FRACTION.match(text, start)
    return bool(fraction and fraction_percent(fraction) is not None)


def _respective_figures(ctx: Context, i: int, kind: str, unit_end: int, result: Extraction) -> bool:
    """"Les CPTS X et Y couvrent respectivement 30 000 et 45 000 habitants": each figure to the CPTS
    named in the same rank; True when given out so."""
    text, numbers = ctx.text, ctx.numbers
    sentence = ctx.sentence_at(numbers[i].start)
    said = RESPECTIVELY.search(text, max(sentence.start, numbers[i].start - 120), numbers[i].start)
    if said is None:
        return False
    said_end = said.start() + len(said.group().split()[0])
    first = i
    while first > 0 and numbers[first - 1].start >= said_end and LIST_GLUE.fullmatch(text, numbers[first - 1].end, numbers[first].start):
        first -= 1
    keys = ctx.keys_in(Span(sentence.start, said.start()))
    figures = numbers[first:i + 1]
    if len(keys) < 2 or len(keys) != len(figures):
        return False
    for key, figure in zip(keys, figures):
        end = unit_end if figure is numbers[i] else figure.end
        result.cpts[key].quantities[kind].append(Fact(figure.value, Span(figure.start, end), "exact",
                                                      confidence=attribution_confidence(ctx, Span(figure.start, end), key)))
    return True


# "40 communes de l'Ain et 3 (communes) du Jura": the communes of each department, to be summed
IN_DEPARTMENT = re.compile(r"\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|dans\s+les|dans\s+l['’]|dans\s+l[ae]|en|in(?:\s+the)?)\s*)?",
                           re.IGNORECASE)


def _an_areas_figure(ctx: Context, kind: str, start: int, unit_end: int) -> bool:
    """A figure of an intercommunality or of a part, which yields to the territory's own ("les 76 communes de la CC X
    ainsi que A et B, soit 79 communes"): the communes "de la CC X" or those others add to ("ces 23 communes ainsi
    que A et B"); the figures of an intercommunality its sentence opens on, no CPTS named ("La communauté de communes
    X compte 23 communes et 19 090 habitants", "Avec ses 63 communes, l'Agglomération ...")."""
    text = ctx.text
    if kind == "communes_count" and (OF_AN_AREA.match(text, unit_end) or MORE_ADDED_AFTER.match(text, unit_end)):
        return True
    if kind not in ("population", "communes_count"):
        return False
    own = ITS_OWN_BEFORE.search(text, max(0, start - 20), start)  # "la CC X et ses 12 communes"
    if own and any(m.end() == own.start() for m in EPCI_PHRASE.finditer(text, max(0, own.start() - 150), own.start())):
        return True
    opening = start_of_sentence(text, start)
    fronted = FRONTED_OWN.match(text, opening, start) and FRONTED_AREA.match(text, unit_end)  # "Avec ses 63 communes, l'Agglo"
    return bool(fronted or AREA_OPENING.match(text, opening, start)) and not ctx.mentions_in(Span(opening, start))


NEXT_COUNT = re.compile(r"\s*(?:,|et|and|plus)\s+(?:(?:les|the)\s+)?$", re.IGNORECASE)
OWN_UNIT = re.compile(r"\s+(?:autres\s+)?(?:communes|municipalities)\b", re.IGNORECASE)


def _communes_in_another_place(ctx: Context, i: int, unit_end: int) -> tuple[int, int] | None:
    """The count and end of "et 3 (communes) du Jura" after "40 communes de l'Ain", or of "et 5
    communes de la CC Y" after "12 communes de la CC X"."""
    text, numbers = ctx.text, ctx.numbers
    first = _place_at(ctx, IN_DEPARTMENT.match(text, unit_end).end())
    if first is None or i + 1 >= len(numbers) or not NEXT_COUNT.match(text[first[1]:numbers[i + 1].start]):
        return None
    second = numbers[i + 1]
    pos = second.end
    unit = OWN_UNIT.match(text, pos)
    pos = unit.end() if unit else pos
    other = _place_at(ctx, IN_DEPARTMENT.match(text, pos).end())
    if other is None or other[0] == first[0] or not float(second.value).is_integer():
        return None
    return int(second.value), other[1]


def _place_at(ctx: Context, pos: int) -> tuple[str, int] | None:
    """The department or intercommunality named at `pos` (what names it, where it ends)."""
    department = next((d for d in ctx.departments if d.span.start == pos), None)
    if department:
        return department.code, department.span.end
    epci = EPCI_PHRASE.match(ctx.text, pos)
    return (epci.group(), epci.end()) if epci else None


JOINING_AFTER = re.compile(r"\s+(?:[a-zà-ÿ-]+(?:aises|oises|ines|iennes|ardes)\s+)?(?:voisines|limitrophes|supplémentaires|de\s+plus|neighbou?ring)\b|(?:(?!\bqui\b|\bwhich\b)[^.;:!?\n]){0,60}?\s(?:rejoignent|rejoindront|ont\s+rejoint|intègrent|"
                           r"ont\s+intégré|s['’](?:y\s+)?ajout(?:ent|eront)|(?:have\s+)?joined)\b", re.I)  # "5 communes nous rejoignent"
OF_THE_WHOLE = re.compile(r"\s+(?:des|sur\s+les|of\s+the)\s+", re.IGNORECASE)


def _part_of_the_next(ctx: Context, i: int) -> str | None:
    """"regroupe 120 des 450 professionnels du territoire", "couvre quatre des huit communes de l'EPT": the number at i
    is a part of the professionals or communes counted next (the members among them, the communes taken); their kind."""
    numbers = ctx.numbers
    if i + 1 >= len(numbers) or not OF_THE_WHOLE.fullmatch(ctx.text, numbers[i].end, numbers[i + 1].start):
        return None
    kind = quantity_kind(ctx.text, numbers[i + 1].start, numbers[i + 1].end)[0]
    return kind if kind in ("professionals_count", "communes_count") else None


LIST_GLUE = re.compile(r"\s*(?:(?:de\s+santé|médico-sociaux|sanitaires)\s*)?(?:,|et|and|ainsi\s+que|&)\s*", re.IGNORECASE)
OTHER_UNIT_KINDS = ("population", "communes_count", "professionals_count")


def _in_a_breakdown(ctx: Context, i: int, unit_end: int) -> bool:
    """"4 MSP et 2 centres de santé", "3 MSP, 2 Ehpad": structures counted kind by kind, no total."""
    text, numbers = ctx.text, ctx.numbers
    if i + 1 < len(numbers) and LIST_GLUE.fullmatch(text, unit_end, numbers[i + 1].start):
        following = numbers[i + 1]
        kind, after = quantity_kind(text, following.start, following.end)
        if kind not in OTHER_UNIT_KINDS and after <= following.end and re.match(r"\s+[^\W\d_]", text[following.end:]) \
                or kind == "structures_count":
            return True
    if i > 0:
        previous = numbers[i - 1]
        kind, after = quantity_kind(text, previous.start, previous.end)
        if kind == "structures_count" and LIST_GLUE.fullmatch(text, after, numbers[i].start):
            return True
    return False


def _about_something_else(ctx: Context, kind: str, start: int, unit_end: int, summed: bool = False) -> bool:
    text = ctx.text
    clause = _clause_before(text, start)
    if _took_part(text, kind, start, unit_end):
        return True
    if PART_OF_WHOLE.search(text, max(0, start - 120), start) and not (
            kind == "professionals_count" and MEMBERS.search(text, start, unit_end)):
        return True  # "420 professionnels, dont 150 adhérents": the members are the CPTS's figure
    if _another_body_counts(ctx, start) or _another_bodys_staff(ctx, kind, start, unit_end) or _a_schemes(text, start):
        return True
    if AT_ITS_START_AFTER.match(text, unit_end) or AT_ITS_START_OPENING.match(text, start_of_sentence(text, start)):
        return True  # "Elle regroupait 15 professionnels à sa création": its beginnings
    if kind in ("population", "professionals_count") and REACHED_BEFORE.search(text, max(0, start - 40), start):
        return True  # "la campagne a touché 2 000 habitants", "elle a formé 40 infirmiers": people an action reached
    if ADDED_AFTER.match(text, unit_end):
        return True  # "couvre désormais 12 000 habitants supplémentaires": what the CPTS gained
    if IN_MANY_CPTS.match(text, unit_end):
        return True  # "les 1 200 professionnels engagés dans les CPTS du département": many CPTS's
    lead = list_lead(text, start)
    line = Span(text.rfind("\n", 0, start) + 1, start)
    if lead is not None and SEVERAL_CPTS_LEAD.match(text, lead) and not ctx.mentions_in(line):
        return True  # "Les trois CPTS en chiffres\n• 217 communes": their sum ("• CPTS X – 19 communes": X's)
    if TARGET_BEFORE.search(text, max(0, start - 60), start) or TARGET_AFTER.match(text, unit_end):
        return True  # "objectif : atteindre 200 adhérents d'ici 2025": a target, not a figure
    if kind in ("population", "communes_count") and WITHOUT_GP_AFTER.match(text, unit_end):
        return True  # "12 000 habitants n'ont pas de médecin traitant", "trois communes n'ont plus de médecin"
    if kind in ("communes_count", "structures_count") and OUT_OF_AFTER.match(text, unit_end):
        return True  # "12 communes sur 20 sont en zone prioritaire": a part of a whole
    if JOINT_BEFORE.search(text, max(0, start - 40), start):
        return True
    if kind == "population" and RATIO_BEFORE.search(text, max(0, start - 40), start):
        return True  # "un médecin pour 1 500 habitants": a density of care
    several = SEVERAL_CPTS_BEFORE.search(text, max(0, start - 80), start)
    if several and not ctx.inside_name(several.start()) and not ctx.inside_name(several.start("word")):
        return True  # "Le département compte 12 CPTS pour 600 000 habitants": several CPTS's figure
    if SEVERAL_CPTS_AFTER.match(text, unit_end) and not CPTS_HERE.search(_clause_before(text, start)):
        return True
    if PLURAL_LATTER_OPENING.match(text, start_of_sentence(text, start)):
        return True  # "Ces dernières couvrent 219 communes": several bodies named before
    if kind == "professionals_count" and (BOARD_AFTER.match(text, unit_end) or SEATED_AFTER.match(text, unit_end) or BOARD_BEFORE.search(
            text, max(0, start - 60), start)):
        return True
    if kind == "professionals_count" and MEMBRES.search(text, start, unit_end) and not (
            _the_cpts_gathers(ctx, start) or OWN_MEMBERS_BEFORE.search(text, max(0, start - 30), start)
            or MEMBERS_OF_CPTS_AFTER.match(text, unit_end)):
        return True  # "les 15 membres présents": members only of something the CPTS counts or gathers
    if kind == "structures_count" and WHERE_BEFORE.search(text, max(0, start - 20), start):
        return True  # "exerçant seuls ou dans les trois maisons de santé": where they work, not members
    if kind == "structures_count" and not (_the_cpts_gathers(ctx, start) or STRUCTURES_JOINED.match(text, unit_end + 1)
                                           or JOINED_TOO_BEFORE.search(text, max(0, start - 160), start)
                                           or STRUCTURES_JOINED.search(text, text.rfind("\n", 0, start) + 1, start)):
        return True  # "le territoire compte 4 MSP": structures of the area, not the CPTS's members
    if kind == "communes_count" and (ADDED_BEFORE.search(text, max(0, start - 24), start) or JOINING_AFTER.match(text, unit_end)):
        return True  # "la CC X ainsi que 3 communes du Jura": communes added to an area, not the total
    if kind == "communes_count" and not summed and AREA_AFTER_COMMUNES.match(text, unit_end):
        # "8 communes de la communauté de communes X" is a part of an area; "couvre les 24
        # communes de la communauté de communes X" is all of it, and so the CPTS's count
        return not ALL_COMMUNES_OF.search(text[max(0, start - 40):start])
    if said_of_a_larger_place(text, start) or department_before(ctx, start) or a_town_or_a_region(ctx, kind, start, unit_end):
        return True  # "Le département compte 5 000 professionnels de santé", "À Villebois, 45 professionnels ..."
    if STATISTIC_BEFORE.search(text, start_of_sentence(text, start), start) or RATE_AFTER.match(text, unit_end):
        return True  # "Selon un rapport, trois soignants ...", "... se suicident chaque mois": a statistic, a rate
    if kind in ("population", "professionals_count") and FOR_A_PLACE.match(text, unit_end):
        return True
    if kind == "population" and re.search(r"personnes|people|résidents|residents", text[start:unit_end], re.IGNORECASE) \
            and not inhabitants_after_all(text, start, unit_end):
        return True  # "plus de 900 personnes ont été accompagnées": people helped, not inhabitants
    if kind == "population" and start in ctx.number_starting and not (
            LEAST_POPULATION <= ctx.number_starting[start].value <= MOST_POPULATION):
        return True  # "over 60": an age; "47 millions d'habitants": the nation's, not the inhabitants of a CPTS
    if kind == "population":
        _, q_start = qualifier_before(text, start, ctx.lang)
        if CLASS_BEFORE.search(text, max(0, q_start - 30), q_start) or TOWN_APPOSITION.search(text, max(0, q_start - 60), q_start) \
                or TOWN_SUBJECT.fullmatch(text, start_of_sentence(text, q_start), q_start):
            return True
        return (a_place_before(ctx, clause, start) or bool(PLACE_WHICH_COUNTS.search(text, max(0, q_start - 60), q_start))
                and not AREA_COVERED_BEFORE.search(text, max(0, start - 120), start)
                or bool(PER_AREA.match(text, unit_end))
                or bool(RESPECTIVELY.search(text, max(0, start - 120), start)) or a_commune_before(ctx, start))
    return False


# No CPTS serves fewer people: a smaller "population" is an age, a ratio or a hamlet's
LEAST_POPULATION = 1000
MOST_POPULATION = 1_000_000  # nor more: a larger figure is a region's or the nation's


def _another_body_counts(ctx: Context, start: int) -> bool:
    """The last body named in the number's sentence before it is not the CPTS, nor covered by it."""
    text = ctx.text
    sentence_start = start_of_sentence(text, start, ends=(". ", "\n", ";"))
    if THE_OTHER_ONE.match(text, sentence_start):
        return True  # "Celle des Monts Clairs couvre 12 communes": another CPTS than the one named before
    bodies = [m for m in OTHER_BODY.finditer(text, sentence_start, start)  # (not "Structures adhérentes (MSP, EHPAD)  6")
              if not ctx.inside_name(m.start()) and not counted_item(text, m, start) and not KINDS_IN_LABEL.match(text, m.end(), start)]
    if not bodies:
        return _we_of_the_body_before(ctx, sentence_start, start)
    body = bodies[-1]
    if CPTS_HERE.search(text, body.end(), start):
        return False
    return not COVERS_BEFORE.search(text, max(sentence_start, body.start() - 40), body.start())


def _a_schemes(text: str, start: int) -> bool:
    """"Ce contrat concerne les 78 communes et les 110 000 habitants de l'agglomération": a sentence about a contract
    or a scheme, naming no CPTS before the figure, counts the scheme's."""
    sentence_start = start_of_sentence(text, start, ends=(". ", "\n", ";"))
    return bool(SCHEME_OPENING.match(text, sentence_start)) and not CPTS_HERE.search(text, sentence_start, start)


def _another_bodys_staff(ctx: Context, kind: str, start: int, unit_end: int) -> bool:
    """ "Les huit professionnels de la maison de santé": its staff, unless the CPTS gathers them."""
    return kind == "professionals_count" and OF_OTHER_BODY_AFTER.match(ctx.text, unit_end) is not None \
        and not _the_cpts_gathers(ctx, start)


def _we_of_the_body_before(ctx: Context, sentence_start: int, start: int) -> bool:
    """ "... exerce au sein de la MSP. « Nous sommes 25 professionnels »": "we" in a sentence that names
    no CPTS are the people of the body the sentence before names, when that one names no CPTS either."""
    text = ctx.text
    if not WE_BEFORE.search(text, sentence_start, start) or CPTS_HERE.search(text, sentence_start, start):
        return False
    previous_start = start_of_sentence(text, max(0, sentence_start - 2), ends=(". ", "\n", ";"))
    return bool(OTHER_BODY.search(text, previous_start, sentence_start)) and \
        not CPTS_HERE.search(text, previous_start, sentence_start)


def _the_cpts_gathers(ctx: Context, start: int) -> bool:
    """A figure after a verb of gathering, with the CPTS counting it, or in a list of key figures."""
    return bool(GATHERS_BEFORE.search(ctx.text, max(0, start - 160), start) or _the_cpts_counts(ctx, start)
                or in_a_list_of_figures(ctx.text, start))


def _the_cpts_counts(ctx: Context, start: int) -> bool:
    """"La CPTS X compte 150 professionnels et 3 maisons de santé", "elle compte ...": the CPTS
    as the subject of "compte" counts its own (a territory that "compte 4 MSP" does not)."""
    sentence = ctx.sentence_at(start)
    verbs = list(COUNTS_VERB.finditer(ctx.text, sentence.start, start))
    if not verbs:
        return False
    subject = ctx.text[sentence.start:verbs[-1].start()]
    return bool(CPTS_SUBJECT.search(subject)) and not AREA_SUBJECT.search(subject)


def _clause_before(text: str, start: int) -> str:
    """The words of the number's clause before it (at most 120 characters)."""
    clause_start = max(text.rfind(c, max(0, start - 120), start) for c in CLAUSE_START)
    return text[max(clause_start + 1, start - 120):start]


def _took_part(text: str, kind: str, start: int, unit_end: int) -> bool:
    """People who attended or worked on something, rather than members or inhabitants."""
    if kind not in ("population", "professionals_count"):
        return False
    if TOOK_PART_AFTER.match(text, unit_end) or ATTENDED_BY.search(text, max(0, start - 80), start):
        return True
    if kind == "professionals_count" and FOUNDERS_BEFORE.search(text, max(0, start - 60), start):
        return True
    # "la soirée a réuni 85 professionnels", "plus de 60 personnes" or "70 professionnels
    # présents" at an inauguration: an audience; "la CPTS, réunissant 150 professionnels" are
    # its members, "640 professionnels sont présents dans le secteur" its territory's
    people = kind == "population" and re.search(r"\b(?:personnes|people)\b", text[start:unit_end], re.IGNORECASE)
    present = re.match(r"\s+présent(?:e)?s\b", text[unit_end:unit_end + 12])
    if present and not re.match(r"\s+(?:sur|dans|en|au|à)\b", text[unit_end + present.end():unit_end + present.end() + 6]):
        return True  # "Les 80 professionnels présents ont voté": an audience (not "présents sur le territoire")
    if kind == "professionals_count" and not MEMBERS.search(text, start, unit_end) and (
            GATHERED_ONCE.search(text, max(0, start - 60), start) or _at_an_event(text, start)):
        return True  # "La CPTS a réuni 80 professionnels", "Lors de la soirée, 80 professionnels ont échangé"
    if people or present or GATHERED.search(text, max(0, start - 80), start):
        return _sentence_has_event(text, start, unit_end)
    return False


def _at_an_event(text: str, start: int) -> bool:
    """"Lors de la soirée de lancement, 80 professionnels ont échangé": an event's audience; not "Lors de son
    inauguration, la CPTS, qui regroupe 80 professionnels, ...": its members, with a verb of its own."""
    event = AT_AN_EVENT_BEFORE.search(text, max(0, start - 120), start)
    return event is not None and not MEMBERS_VERB.search(text, event.end(), start)


MEMBERS_VERB = re.compile(r"\b(?:regroupe|rassemble|fédère|réunit|compte|comptait|totalise|gathers|counts|has)\b", re.IGNORECASE)


def _sentence_has_event(text: str, start: int, end: int) -> bool:
    sentence_start = start_of_sentence(text, start)
    reach = min(len(text), end + SENTENCE_REACH)
    sentence_end = min((i for i in (text.find(". ", end, reach), text.find("\n", end, reach)) if i >= 0), default=reach)
    return bool(EVENT.search(text, sentence_start, sentence_end))


def _professionals_scope(text: str, start: int, end: int, unit_end: int) -> str:
    """'members' of the CPTS, 'territory' (the professionals of its area), or '' when unsaid."""
    unit = text[start:unit_end]
    if MEMBERS.search(unit) or MEMBERS_AMONG_THEM.match(text, end) \
            or re.match(r"\s*(?:qui\s+)?(?:y\s+)?(?:ont\s+)?(?:déjà\s+)?adhér", text[unit_end:unit_end + 30]) \
            or unit_end == end and asked_kind(text, start) == "professionals_count":  # "Combien ont adhéré ?\n« 112 »"
        return "members"
    if IN_THE_TERRITORY.match(text, unit_end) or TERRITORY_COUNTS.search(text, max(0, start - 40), start):
        return "territory"
    return ""


def _members_first(facts: list[tuple[Fact, str]]) -> list[Fact]:
    """The territory's professionals are the CPTS's figure only when its members are not given; professions counted
    one by one only when no count of professionals is given."""
    if any(scope != "professions" for _, scope in facts):
        facts = [(fact, scope) for fact, scope in facts if scope != "professions"]
    if any(scope == "members" for _, scope in facts):
        return [fact for fact, scope in facts if scope != "territory"]
    return [fact for fact, _ in facts]
