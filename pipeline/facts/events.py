"""Dates of a CPTS's life (launch, ACI signature, health project, letter of intent, statutes),
kinded by the event words around them.

An event word (a *cue*: "créée", "a vu le jour", "signé ... contrat ... ARS", "lettre
d'intention") goes to the date nearest to it in its sentence, nearness counted first in
clause breaks (commas, colons, line ends, "et" before a verb) and then in characters: "Créée en 2019, la CPTS a
signé son ACI en 2021" gives launch 2019 and aci_signature 2021. A date takes the kind of every
cue it gets, so "est née le 5 mai 2023 par la signature d'un contrat avec l'ARS" gives
launch and aci_signature (birth by contract). A date alone on its line takes the kinds of the
line under it (a timeline: "Mars 2018" over "Dépôt de la lettre d'intention"), and a
column of dates the labels of a later column.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .context import Context
from .patterns import RESPECTIVELY, compared_with
from .dates import DateMatch, find_dates
from ..model import Fact, Span
from .name_words import key_of
from .common import Extraction, attribution_confidence
from .event_cues import COUNTED, STATE_ALONE, Cue, anaphor_cues, find_cues, start_of_line
from .event_labels import another_dated_item, date_table_labels, kinds_of_label, timeline_labels
from .project_cues import accepted_letters
from .relative_dates import dates_and_relative_days
from .table_columns import column_owner
from .event_years import date_value, year_of_heading, year_of_same_day, year_of_sentence
from .event_headlines import (OWN_TIME, a_gathering_without_its_event, acts_of_a_gathering, launch_by_a_dated_contract_beside,
                              an_official_start_on_the_lead_day, births_without_a_launch, lead_date_of_the_headline,
                              sentence_spans)


_I = re.IGNORECASE
# "la loi du 12 mai 2015": the date names a text of law, not an event
# "l'accord conventionnel interprofessionnel du 20 avril 2019", "l'ACI du ...": the national agreement
# named by its date, as a law is (a community's own is "son ACI", "signé le ...")
LAW_BEFORE = re.compile(r"(?:\b(?:loi|décret|arrêté|ordonnance|circulaire|instruction|law|decree|act)(?:\s+n°\s*[\d-]+)?"
                        r"(?:\s+(?:de|of|on)\s+[^.;:\n]{3,50}?)?"  # "la loi de modernisation de notre système de santé de"
                        r"|\b(?:l['’]|the\s+)\s*(?:ACI|accord\s+conventionnel(?:\s+interprofessionnel)?"
                        r"|accord[\s-]+cadre\s+interprofessionnel)(?:\s*\(\s*ACI\s*\))?)\s+(?:du|of|de)\s+\Z"
                        r"|\b(?:au\s+niveau\s+national|at\s+(?:the\s+)?national\s+level)\s+(?:le|du|on)?\s*\Z", _I)  # the nation's agreement
# "la signature de l'ACI du 3 mars 2022": the day of a signature, not the agreement's name
SIGNATURE_OF_BEFORE = re.compile(r"\b(?:signature|signing)\s+(?:de|of)?\s*\Z", _I)
# the law of 26 January 2016 created the CPTS: an earlier date is of something else (a predecessor, a person's birth),
# but the statutes of an older association that became the CPTS
FIRST_CPTS_YEAR = 2016
# "d'ici fin 2024", "avant le 31 mars", "by the end of 2024", "vers 2018": a target or a rough
# guess, not the date of an event
NOT_AN_EVENT_BEFORE = re.compile(
    r"(?:\bd['’]ici\s+(?:à\s+)?|\bavant\s+|\bby\s+|\bbefore\s+|\bvers\s+|\baux\s+alentours\s+d[eu]\s+|\baround\s+"
    r"|\bhorizon\s+|\bjusqu['’]\s*(?:à\s+|au\s+|en\s+)?|\buntil\s+)(?:(?:la|le|l['’]|the)\s*)?"
    r"(?:(?:fin|début|mi|end|beginning|middle)\s*(?:-|de\s+|d['’]|du\s+|of\s+(?:the\s+)?)?\s*)?(?:(?:l['’]année|le|la)\s+)?"
    r"(?:(?:été|hiver|printemps|automne|summer|winter|spring|autumn|fall)\s+(?:de\s+|d['’]\s*|of\s+)?)?\Z", _I)  # "avant l'été 2024"
EVENT_NOUN = re.compile(r"signature|signing|création|creation|lancement|launch\b|naissance|birth|constitution"
                        r"|inauguration|fondation|foundation|démarrage|start\b|assemblée|AG\b|statuts|statutes|founding|constitutive", _I)
# "ce jour-là", "à cette occasion", "lors de cette cérémonie": the day of the sentence before
SAME_DAY = re.compile(r"\b(?:ce\s+jour-là|le\s+même\s+jour|(?:on\s+)?(?:that|the\s+same)\s+day"
                      r"|(?:à|en|pour)\s+cette\s+occasion|(?:on|at)\s+(?:this|that|the\s+same)\s+(?:occasion|event|ceremony|meeting)"
                      r"|(?:lors|au\s+cours)\s+de\s+(?:cette|ce)\s+(?:rencontre|réunion|soirée|cérémonie|journée|séance|matinée"
                      r"|après-midi|temps\s+fort|événement|évènement|moment))\b", _I)
# "webinaire du 12 mars", "la réunion publique prévue le 12 mars", "formation le 12 mars": an event that is none of
# the community's steps names the date right before it (not a gathering where a step may be taken: "la soirée du ...")
OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:webinaires?|webinars?|réunions?\s+(?:d['’]information|publiques?)|ateliers?|permanences?"
    r"|dépistages?|campagnes?|portes\s+ouvertes|salons?|forums?|débats?|tables?\s+rondes?|séminaires?|colloques?"
    r"|workshops?|trainings?|screenings?|information\s+(?:meeting|session)s?)"
    r"(?:[ \t]+(?!(?:de|d['’]|du)\s*(?:la\s+|l['’])?(?:signature|lancement|création|CPTS)\b)[\w'’-]+){0,3}[ \t]*(?::|le|du|of|on)?[ \t]*\Z", _I)
# "Mis à jour le 14 mars 2024", "Publié le 12 mars", "Updated on ...": the page's own dates, never an event
PAGE_DATE_BEFORE = re.compile(r"(?:mis\s+à\s+jour|mise\s+à\s+jour|modifié|actualisé|publié|updated|last\s+modified"
                              r"|published|posted)\s*(?:le|du|on|:)?\s*\Z", _I)
# "Au 1er janvier 2025, cinq CPTS ..., toutes signataires de l'ACI": a state on that day, not the day of an event
AS_OF_BEFORE = re.compile(r"(?:\A|[.!?\n])[\s«\"“]*(?:au|à\s+la\s+date\s+du|as\s+(?:of|at))\s+\Z", _I)
SINCE = re.compile(r"(?:depuis|since)\s+(?:le\s+|l['’]|the\s+)?(?:(?:printemps|été|automne|hiver|spring|summer|autumn"
                   r"|fall|winter|début|fin|early|late)\s+)?\Z", _I)
CONTRACT_STATE = re.compile(r"conventionn|contractualis", _I)
# "depuis 2021, date de sa création", "in 2021, the year of its creation": an apposition that names the date's event
DATE_OF_ITS = re.compile(r"\s*,\s*(?:(?:la|l['’]|the)\s*)?(?:date|année|year)\s+(?:de|d['’]|of)\s*(?:sa|son|leur|its|their)\s+", _I)
# the launch words of a state, which a "depuis" date in another clause of the sentence dates
STATE_CUE = re.compile(r"opérationnel|operational|activ|exist|fonctionn|en\s+place|en\s+service|operating|running|réalité"
                       r"|reality", _I)
# "X, Y et Z", "X, la CPTS Y et la CPTS Z"
LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:et|and|&))(?:\s+(?:de\s+)?(?:la|le|les|l['’]|the)|\s+(?:du|des|of\s+the|of))?\s*", _I)
# "Les CPTS X et Y ont été créées respectivement en 2019 et en 2021": the n-th date is the n-th CPTS's
# "deux nouvelles communautés", "ces CPTS", "Les CPTS des Collines, du Val et du Bois": several
# communities of this release, not communities in general
SEVERAL = (r"(?i:\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|both|two|three|four|five|ces|leurs|these|their)"
           r"\s+(?:\w+\s+){0,2}?(?:CPTS|communautés|communities)\b)")
NAMED_PLURAL = r"\b(?i:les\s+(?:CPTS|communautés)\b[^.,;:]{0,80}?(?:\(CPTS\)\s+)?(?:des|du|de))\s+[A-ZÀ-Ý]"
PLURAL_SUBJECT = re.compile(f"{SEVERAL}|{NAMED_PLURAL}")
# "les CPTS du Val, des Monts et de la Plaine": one name word for each community
ENUMERATION = re.compile(r"\b(?:les|des|aux|the)\s+(?:CPTS|communautés|communities)\s+"
                         r"(?P<items>(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of)\s*[^.;:()\n]{2,160}?),?\s+(?:(?:le|en|on|in)\s+)?\Z", _I)
ENUMERATION_SPLIT = re.compile(r"\s*(?:,|\bet\b|\band\b)\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of)\s*)?|^(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of)\s*", _I)
# "le 10 octobre, il a rencontré les médecins qui ont créé la CPTS": a cue in a relative clause
# after the date tells who the people are, not what happened that day
# ("l'accord qui marque son lancement" is the same event: only an active verb tells who did it)
RELATIVE_BEFORE = re.compile(
    r"\b(?:qui|who)\s+(?:ont|a|avaient|avait|have|has|had)\s+(?!été\b|been\b)(?:\w+\s+)?\Z", _I)
# "... avec la CPTS X le 4 mai 2021, puis avec la CPTS Y le 11 mai": the second date shares the verb of the first
PARALLEL = re.compile(r"\s*,?\s*(?:puis|et|ainsi\s+que|then|and)\s+(?:avec|with|pour|for)\b[^.;:\n]{0,120}", _I)
# "... son ACI le 12 mars, la CPTS Y le 15 mars", "- la CPTS X, le 12 mars ;\n- la CPTS Y, le 15 mars": the next
# item of a list of communities and their dates, with no verb of its own (after the place of the first: "à Mirande")
PARALLEL_ITEM = re.compile(r"(?:[ \t]+(?:à|au|in|at)\s+(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ -][\w'’-]+){0,4}?)?"
                           r"[ \t]*[,;]?\s*(?:[-•*–·][ \t]*)?(?:(?:puis|et|ainsi\s+que|then|and)\s+)?(?:(?:avec|with|pour|for)\s+)?"
                           r"(?:la|les|the)?\s*(?:CPTS|communauté)\b[^.;:\n]{0,80}?,?\s*(?:(?:le|en|on|in|ce|this)\s+)?", _I)
# "créées respectivement en 2019 et en 2021": a list of dates of one event
DATE_LIST = re.compile(r"\s*(?:,|,?\s*(?:et|and))\s*(?:(?:en|le|in|on)\s+)?", _I)
OWN_VERB = re.compile(r"\b(?:a|ont|est|sont|était|avait|has|have|was|were|is|are)\b", _I)
# "et"/"and" breaks a clause when a verb of its own follows ("... in January and the project was
# approved on ..."), not between two nouns ("avec la CPAM et l'ARS le 4 mars")
CLAUSE_BREAK = re.compile(r"[,;:\n–|·•]|\s(?:et|and)\s(?=(?:\S+\s+){0,5}?(?:a|ont|est|sont|avait|avaient|was|were|is|are|has"
                          r"|have|had)\s|(?-i:[a-z]{3,}ed)\s|(?:\S+\s+){0,5}?(?:signée?s?|validée?s?|approuvée?s?)\s)", _I)
# ("... in 2020 and signed its agreement on ...", "validé en octobre 2022 et l'ACI signé avec la CPAM le 9 février 2023")
def extract_dates(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    dates = [d for d in dates_and_relative_days(text, ctx.lang, result.published)
             if not _is_dateline(result, d) and not _names_a_law(text, d)
             and not NOT_AN_EVENT_BEFORE.search(text, max(0, d.start - 40), d.start)
             and not PAGE_DATE_BEFORE.search(text, max(0, d.start - 30), d.start)
             and not (d.precision == "day" and AS_OF_BEFORE.search(text, max(0, d.start - 30), d.start))
             and not OTHER_EVENT_BEFORE.search(text, max(0, d.start - 60), d.start)]
    labels = date_table_labels(text, dates)
    labels.update({i: label for i, label in timeline_labels(text, dates).items() if i not in labels})
    labelled_lines = {start for _, start in labels.values()}
    name_ends = {span.end for span in ctx.name_spans}
    by_cue = _kinds_from_sentences(text, dates, labelled_lines, name_ends)
    lead = lead_date_of_the_headline(text, dates, by_cue)
    if lead is not None:
        by_cue[lead[0]] = list(dict.fromkeys(by_cue.get(lead[0], []) + lead[1]))
    # "Création de la CPTS X" over the dated signature of its contract, a founding assembly: the subjects' birth
    kinds_by_date = by_cue | {i: kinds_of_label(label[0]) for i, label in labels.items()}  # a label's kinds first
    born = births_without_a_launch(text, dates, kinds_by_date, labels)
    for i, date in enumerate(dates):
        if date.month is None and date.precision == "day":
            continue
        label = labels.get(i)
        kinds = kinds_by_date.get(i, [])
        if date.year is not None and date.year < FIRST_CPTS_YEAR:
            kinds = [kind for kind in kinds if kind == "statutes"]  # an association may be older than its CPTS
        if not kinds:
            continue
        span = Span(date.start, date.end)
        value, extra = date_value(date, result.published, year_of_sentence(text, dates, i) or year_of_same_day(dates, i)
                                   or year_of_heading(text, date), text)
        respective = None if label else _respective_owner(ctx, dates, i)
        for key in [respective] if respective else _owners(ctx, span, labelled=label is not None):
            for kind in kinds + (["launch"] if i in born and key in ctx.subjects and "launch" not in kinds else []):
                fact = Fact(value, span, date.precision, extra=extra, confidence=attribution_confidence(ctx, span, key))
                result.cpts[key].dates[kind].append(fact)
            if not label and _shares_sentence(text, dates, i):
                result.cpts[key].farther_kinds.update((kind, span) for kind in kinds[1:])
    for facts in result.cpts.values():
        if facts.dates.get("launch"):
            facts.dates["launch"] = _births_before_later_starts(ctx, facts.dates["launch"])
        if facts.dates.get("letter_of_intent"):
            facts.dates["letter_of_intent"] = accepted_letters(text, facts.dates["letter_of_intent"])


# the birth itself, not an official start, an inauguration or an opening that may come years later
BIRTH = re.compile(r"cré(?:é|ée|és|ées|ation)\b|cr[ée]e+s?\b|née?s?\b|naissance|fond(?:é|ée|és|ées|ation)\b|vu\s+le\s+jour|voit\s+le\s+jour"
                   r"|mise\s+en\s+place|exist(?:e|ent|s|ed)\s+(?:\w+\s+)?(?:depuis|since)"
                   r"|creat(?:ed|ion)\b|founded|foundation|born\b|birth|set\s+up|established|formed", _I)


def _births_before_later_starts(ctx: Context, launches: list[Fact]) -> list[Fact]:
    """"Créée en 2019, la CPTS a été inaugurée le 12 mars 2024": a later start (an inauguration, an official
    launch) dates the launch only when the text dates no earlier birth ("créée en mars 2024, lancée le 12
    mars" agree); "une association constituée en 2021 ... le démarrage des activités de la CPTS" is no birth."""
    dated = [f for f in launches if not f.value.startswith("--")]
    births = [f.value for f in dated if _told_as_a_birth(ctx, f.span)]
    if not births or len({f.value for f in dated}) < 2:
        return launches
    first = min(births)

    def later_start(fact: Fact) -> bool:
        return (fact in dated and fact.value > first and not fact.value.startswith(first)
                and not _told_as_a_birth(ctx, fact.span))
    return [f for f in launches if not later_start(f)]


def _told_as_a_birth(ctx: Context, span: Span) -> bool:
    """Whether the launch word nearest to a date in its sentence tells a birth ("créée", "née", "a vu le jour")."""
    sentence = ctx.sentence_at(span.start)
    cues = find_cues(ctx.text, sentence.start, sentence.end, kinds=("launch",))
    if not cues:
        return False
    dating = [cue for cue in cues if _dated_by(ctx.text, cue, sentence, ctx.lang) == span.start]
    nearest = dating[0] if len(dating) == 1 else min(cues, key=lambda cue: _distance(ctx.text, cue, span))
    return bool(BIRTH.match(ctx.text, nearest.start))


def _dated_by(text: str, cue: Cue, sentence: Span, lang: str) -> int | None:
    """Where the date a cue dates in its sentence starts (read as `_kinds_from_sentences` reads it)."""
    dates = [replace(d, start=d.start + sentence.start, end=d.end + sentence.start)
             for d in find_dates(text[sentence.start:sentence.end], lang)]
    if not dates:
        return None
    cues = find_cues(text, sentence.start, sentence.end)
    inside = list(range(len(dates)))
    own_clause = {i for i in inside for other in cues if _distance(text, other, dates[i])[0] == 0}
    return dates[_nearest_date(text, cue, dates, inside, own_clause)].start


def _owners(ctx: Context, span: Span, labelled: bool) -> list[str]:
    """The CPTS a date is of: all of a list named together ("Les CPTS X, Y et Z ont signé ...
    le 24 octobre"), all the subjects of a plural sentence that names none, else the one the
    sentence speaks of."""
    if labelled:  # a table's row names its CPTS in its first cell
        key = column_owner(ctx, span) or ctx.focus_at(span.start)
        return [key] if key else []
    sentence = ctx.sentence_at(span.start)
    named = ctx.mentions_in(sentence)
    before = [(m, k) for m, k in named if m.span.end <= span.start]
    listed = _listed_before(ctx.text, before) if before else _listed_after(ctx.text, named)
    if not before and named and PRONOUN_BETWEEN.search(ctx.text, span.end, named[0][0].span.start):
        key = ctx.focus_at(span.start)  # "Née en 2021, elle est la sixième CPTS, après celles de X et de Y": the pronoun's
        return [key] if key else []
    if len(listed) > 1:
        return listed
    enumerated = _enumerated_before(ctx, sentence.start, span.start)
    if len(enumerated) > 1:
        return enumerated
    if not named and len(ctx.subjects) > 1 and PLURAL_SUBJECT.search(ctx.text, sentence.start, sentence.end):
        return list(ctx.subjects)
    # "a signé son ACI (le 12 mars 2024)": a bracket no name heads is the sentence's
    key = ctx.target_for(span) or ctx.explicit_target(span)
    return [key] if key else []


# a subject pronoun between a date and the names after it
PRONOUN_BETWEEN = re.compile(r"(?:^|[,;:]\s*|\s)(?:elle|celle-ci|it)\s+(?!(?:de|du|des|et|ou)\b)", _I)


def _respective_owner(ctx: Context, dates: list[DateMatch], i: int) -> str | None:
    """The CPTS of a list whose dates follow in the same order, told by "respectivement"."""
    sentence = ctx.sentence_at(dates[i].start)
    word = RESPECTIVELY.search(ctx.text, sentence.start, sentence.end)
    if word is None:
        return None
    named = [(m, k) for m, k in ctx.mentions_in(sentence) if m.span.end <= min(word.start(), dates[i].start)]
    listed = _listed_before(ctx.text, named)
    if len(listed) < 2:
        return None
    after_names = named[-1][0].span.end
    in_turn = [d for d in dates if after_names <= d.start < sentence.end]
    return listed[in_turn.index(dates[i])] if len(in_turn) == len(listed) else None


def _enumerated_before(ctx: Context, start: int, end: int) -> list[str]:
    """The CPTS of a plural enumeration before a date, "les CPTS du Val, des Monts et de la Plaine
    le 3 mai", each item found among the names of the document ("CPTS des Monts Verts")."""
    found = ENUMERATION.search(ctx.text, start, end)
    if found is None:
        return []
    items = [key_of(item) for item in ENUMERATION_SPLIT.split(found.group("items")) if item.strip()]
    keys = []
    for item in items:
        matches = [c.key for c in ctx.cpts if item and (item in c.key or c.key in item)]
        if len(matches) == 1:
            keys.append(matches[0])
    return list(dict.fromkeys(keys)) if len(keys) == len(items) else []


def _listed_after(text: str, named: list) -> list[str]:
    """The keys of the enumeration that starts with the first CPTS named ("X, Y et Z"), unless compared with."""
    if not named or compared_with(text, named[0][0].span.start):
        return []
    listed = [named[0]]
    for mention, key in named[1:]:
        if not LIST_GLUE.fullmatch(text, listed[-1][0].span.end, mention.span.start):
            break
        listed.append((mention, key))
    return list(dict.fromkeys(key for _, key in listed))


def _listed_before(text: str, named: list) -> list[str]:
    """The keys of the enumeration that ends with the last CPTS named ("X, Y et Z")."""
    if not named:
        return []
    listed = [named[-1]]
    for mention, key in reversed(named[:-1]):
        if not LIST_GLUE.fullmatch(text, mention.span.end, listed[-1][0].span.start):
            break
        listed.append((mention, key))
    return list(dict.fromkeys(key for _, key in reversed(listed)))


def _names_a_law(text: str, date: DateMatch) -> bool:
    """"la loi du 12 mai 2015", "l'ACI du 20 avril 2019"; not "la signature de l'ACI du 3 mars 2022"."""
    law = LAW_BEFORE.search(text, max(0, date.start - 100), date.start)
    return law is not None and not SIGNATURE_OF_BEFORE.search(text, max(0, law.start() - 30), law.start())


def _is_dateline(result: Extraction, date: DateMatch) -> bool:
    return result.published is not None and result.published.span.start <= date.start < result.published.span.end


# --- cues in running text -------------------------------------------------------------------

def _kinds_from_sentences(text: str, dates: list[DateMatch], skip_lines: set[int],
                          name_ends: set[int]) -> dict[int, list[str]]:
    """date index -> kinds, from the cues of each date's sentence (nearest cue first).

    A date in brackets after a CPTS's name ("la CPTS X (mars 2020) et la CPTS Y, première
    à signer un ACI en mai 2019") gets no cue of its own: it takes the nearest one's kind."""
    found: dict[int, list[tuple[tuple[int, int], str]]] = {}
    told_by_a_verb: set[tuple[int, str]] = set()
    previous_cues: list[Cue] = []
    previous_dates: list[int] = []
    previous_span = (0, 0)
    sentences = _dates_by_sentence(text, dates)
    for n, (start, end, inside) in enumerate(sentences):
        next_has_dates = n + 1 < len(sentences) and bool(sentences[n + 1][2])
        same_day = bool(previous_dates and SAME_DAY.search(text, start, end))
        after_gathering = not inside and a_gathering_without_its_event(text, previous_span, previous_dates, dates, found,
                                                                        start, end)
        after_start = not inside and an_official_start_on_the_lead_day(text, previous_cues, previous_dates, dates)
        if not (inside or next_has_dates or same_day or after_gathering or after_start):
            previous_cues, previous_dates, previous_span = [], inside, (start, end)  # cues of a sentence no date needs are never read
            continue
        cues = find_cues(text, start, end)
        if skip_lines:  # the labels of a timeline or a table already gave their kinds
            cues = [c for c in cues if start_of_line(text, c.start) not in skip_lines]
        if not inside and same_day:
            # "... was launched on March 12. On that day, its members signed the ACI"
            for cue in cues:
                found.setdefault(previous_dates[-1], []).append(((1, 0), cue.kind))
        elif after_gathering and not OWN_TIME.search(text, start, end):
            for kind in acts_of_a_gathering(text, cues, start, end):
                found.setdefault(previous_dates[-1], []).append(((1, 0), kind))
        elif after_start and not OWN_TIME.search(text, start, end) and "aci_signature" in acts_of_a_gathering(text, cues, start, end):
            # "Le 12 mars, la CPTS a été officiellement lancée. La convention a été signée avec l'ARS et la CPAM."
            found.setdefault(previous_dates[-1], []).append(((1, 0), "aci_signature"))
        if inside:
            cues += anaphor_cues(text, start, end, previous_cues)
            own_clause = {i for i in inside for cue in cues if _distance(text, cue, dates[i])[0] == 0}
            for cue in cues:
                nearest = _nearest_date(text, cue, dates, inside, own_clause)
                if _may_date(text, cue, dates[nearest], start):
                    found.setdefault(nearest, []).append((_distance(text, cue, dates[nearest]), cue.kind))
                    if not EVENT_NOUN.match(text, cue.start):
                        told_by_a_verb.add((nearest, cue.kind))
            for i in inside:
                if i not in found and cues and _bracketed_after_name(text, dates[i], name_ends):
                    found[i] = [min((_distance(text, cue, dates[i]), cue.kind) for cue in cues)]
            for before, i in zip(inside, inside[1:]):
                if i not in found and before in found and _parallel(text, dates[before].end, dates[i].start):
                    found[i] = list(found[before])
        previous_cues, previous_dates, previous_span = cues, inside, (start, end)
    launch_by_a_dated_contract_beside(text, sentences, dates, found)
    kinds = {}
    for i, pairs in found.items():
        if min(breaks for (breaks, _), _ in pairs) == 0:
            # "Depuis sa création en 2019, la CPTS a signé l'ACI": the event of the date's own
            # clause, not one another clause's verb tells ("..., avec la signature de son contrat"
            # still tells of the same day)
            pairs = [pair for pair in pairs if pair[0][0] == 0 or (i, pair[1]) not in told_by_a_verb]
        ordered = [kind for _, kind in sorted(pairs)]
        kinds[i] = list(dict.fromkeys(ordered))
    return kinds


def _parallel(text: str, start: int, end: int) -> bool:
    """Whether the words between two dates make the second share the first one's event."""
    if PARALLEL.fullmatch(text, start, end) or DATE_LIST.fullmatch(text, start, end):
        return True
    return bool(PARALLEL_ITEM.fullmatch(text, start, end)) and not OWN_VERB.search(text, start, end)


def _dates_by_sentence(text: str, dates: list[DateMatch]) -> list[tuple[int, int, list[int]]]:
    """(start, end, indexes of the dates that start in it) for every sentence."""
    out, d = [], 0
    for start, end in sentence_spans(text, dates):
        while d < len(dates) and dates[d].start < start:
            d += 1
        inside = []
        while d < len(dates) and dates[d].start < end:
            inside.append(d)
            d += 1
        out.append((start, end, inside))
    return out


def _nearest_date(text: str, cue: Cue, dates: list[DateMatch], inside: list[int], own_clause: set[int]) -> int:
    """The date of the sentence nearest to a cue; at equal distance, the one after the word ("présenté le 3 juin et
    validé le 15 juillet"). A date another cue dates in its own clause is passed over for one no cue's clause holds:
    "Le 20 mai 2021, la CPTS, créée en 2019, a signé son ACI" signs on 20 May."""
    ordered = sorted(inside, key=lambda i: (_distance(text, cue, dates[i]), dates[i].start < cue.start))
    nearest = ordered[0]
    if nearest in own_clause and _distance(text, cue, dates[nearest])[0] > 0:
        return next((i for i in ordered if i not in own_clause), nearest)
    return nearest


def _distance(text: str, cue: Cue, date: DateMatch) -> tuple[int, int]:
    """Clause breaks, then characters, between a cue and a date."""
    a, b = (cue.end, date.start) if cue.end <= date.start else (date.end, cue.start)
    if b <= a:
        return 0, 0
    # the look-ahead of "et"/"and" reads a few words past b; a line end weighs two: "Signature de
    # l'ACI : 12/03/2021" is one line's label and value
    breaks = sum(2 if m.group() == "\n" else 1 for m in CLAUSE_BREAK.finditer(text, a, min(len(text), b + 60)) if m.start() < b)
    breaks += 2 * another_dated_item(text, cue.start, date)  # a timeline's line: its own date, not the next line's
    # "la CPTS X (créée en 2019) ... ont signé leur ACI": a bracket parts its date from the words outside
    opened, closed = text.rfind("(", max(0, date.start - 40), date.start), text.find(")", date.end, date.end + 40)
    if opened >= 0 and closed >= 0 and ")" not in text[opened:date.start] and "(" not in text[date.end:closed] \
            and not opened < cue.start < closed:
        breaks += 1
    elif text.count("(", a, b) != text.count(")", a, b):
        breaks += 1  # "créée en 2019 (statuts déposés le 4 mai 2019)": the cue is in a bracket the date is not
    return breaks, b - a


def _bracketed_after_name(text: str, date: DateMatch, name_ends: set[int]) -> bool:
    """"la CPTS X (novembre 2021)": the date fills a bracket right after a CPTS's name."""
    opening = re.search(r"\(\s*\Z", text[max(0, date.start - 5):date.start])
    if opening is None or not re.match(r"\s*\)", text[date.end:date.end + 5]):
        return False
    before = text[max(0, date.start - 10):date.start - len(opening.group())]
    return date.start - len(opening.group()) - (len(before) - len(before.rstrip())) in name_ends


def _may_date(text: str, cue: Cue, date: DateMatch, sentence_start: int) -> bool:
    """Whether a cue may give its kind to a date of its sentence. Not a cue in a relative clause
    after the date (`RELATIVE_BEFORE`); and "depuis 2014" tells how long a state lasts: only a
    birth word of its own clause dates it."""
    if cue.start > date.end and RELATIVE_BEFORE.search(text, max(date.end, cue.start - 30), cue.start):
        return False
    if DATE_OF_ITS.fullmatch(text, date.end, cue.start):
        return True  # "Depuis 2021, date de sa création, ...": the apposition names the date's event
    if not SINCE.search(text, max(sentence_start, date.start - 30), date.start):
        # "la CPTS est opérationnelle" dates nothing but a "depuis": "En 2024, elle est opérationnelle sur ..."
        return not (cue.kind == "launch" and STATE_ALONE.match(text, cue.start))
    if _distance(text, cue, date)[0] != 0:
        # "Depuis le 1er mars, la CPTS est officiellement opérationnelle", "... est conventionnée": a state since the date
        state = STATE_CUE if cue.kind == "launch" else CONTRACT_STATE if cue.kind == "aci_signature" else None
        return state is not None and bool(state.search(text, cue.start, cue.end))
    # "existe depuis 2019", "conventionnée depuis mars 2021": the state began then; of other events
    # (a project "validé depuis 2020") only a day is the start; "5 CPTS ont signé l'ACI depuis 2020": a tally since then
    if COUNTED.search(text, sentence_start, max(cue.end, date.end)):
        return False
    return cue.kind in ("launch", "statutes", "aci_signature") or date.precision == "day"


def _shares_sentence(text: str, dates: list[DateMatch], i: int) -> bool:
    """Whether another date stands in the sentence of dates[i]."""
    start = _clause_bound(text, dates[i].start, backwards=True)
    end = _clause_bound(text, dates[i].end, backwards=False)
    return (i > 0 and dates[i - 1].end > start) or (i + 1 < len(dates) and dates[i + 1].start < end)


def _clause_bound(text: str, pos: int, backwards: bool) -> int:
    """The start or end of the sentence around pos, cut at blank lines and sentence ends."""
    if backwards:
        cut = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), text.rfind(".\n", 0, pos))
        return cut + 1 if cut >= 0 else 0
    ends = [i for i in (text.find(". ", pos), text.find("\n\n", pos), text.find(".\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)
