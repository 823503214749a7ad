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

import bisect
import functools
import re
from dataclasses import dataclass

from .context import Context
from .dates import DateMatch, find_dates
from ..model import Fact, Span
from .names import key_of
from .common import Extraction, attribution_confidence

_I = re.IGNORECASE

# The birth of the community. "née de l'initiative de ..." tells where it comes from, not when.
LAUNCH_WORDS = (
    r"\blanc(?:é|ée|és|ées|ement)\b|\blaunch(?:ed|ing)?\b|\bcréé(?:e|s|es)?\b|\bcréation\b|\bcreat(?:ed|ion)\b"
    r"|\bfond(?:é|ée|és|ées)\b|\bfounded\b|\bestablished\b|\bformed\b|\bconstitu(?:é|ée|és|ées|tion)\b"
    r"|\bnée?s?\b(?!\s+(?:de|d['’]|du|des)\b)|\bnaissance\b|\bborn\b"
    r"|\b(?:voi[tr]|vu|verra|voyait|voient)\s+(?:\w+\s+)?le\s+jour\b|\binaugur\w*|\bofficialis\w*|\bentérin\w*"
    r"|\bdémarr\w*|\bkick(?:ed)?[\s-]off\b|\bset\s+up\b|\bfonctionn\w*\s+officiellement"
    r"|\bofficiellement\s+(?:opérationnel\w*|en\s+(?:place|fonction|service))|\bentr\w*\s+en\s+fonction"
    r"|\b(?:été|est)\s+mise\s+en\s+place\b|\bfonts\s+baptismaux\b"
    # a state since a date tells when it began: "existe depuis 2018", "has existed since 2019"
    r"|\b(?:existe|existent|exists|existed|existing)\s+(?:depuis|since)\b"
)
# ACI words that name the contract itself, and contract words that need a signature and a
# funder in their sentence ("signé une convention avec l'ARS et la CPAM", not "une convention
# conclue avec le CCAS").
ACI_WORDS = (
    r"\bACI\b|\baccords?\s+conventionnels?(?:\s+interprofessionnels?)?|\baccord[\s-]+cadre\s+interprofessionnel"
    r"|\bcontractualis\w*|\bconventionnée?s?\b|\binterprofessional\s+agreements?|\bcontrat\s+(?:ACI|tripartite)"
)
CONTRACT_WORDS = r"\bcontrats?\b|\bconventions?\b|\baccords?\b|\bcontracts?\b|\bagreements?\b"
# "la CPTS X l'a signé le 9 mai": the signing itself, in a sentence that names the contract
SIGNING_WORDS = r"\bsign(?:é|ée|és|ées|ature|atures|ed|ing)\b"
SIGNING = re.compile(r"\bsign|paraph|\bconclu", _I)
FUNDER = re.compile(r"assurance\s+maladie|\bCPAM\b|\bARS\b|\bcaisse|\bCGSS\b|sécurité\s+sociale|agence\s+régionale"
                    r"|health\s+insurance|regional\s+health\s+agency|financ|funding", _I)
NOT_A_SIGNATURE = re.compile(r"parution|journal\s+officiel|publication|publié|published|official\s+journal"
                             # the national agreement and its amendments, negotiated by the unions
                             r"|\bavenants?\b|\bamendments?\b|\bsyndicats?\b|\bunions\b|\bUNCAM\b|\bnégoci\w*|\bnegotiat\w*", _I)
# "contrat local de santé", "convention de partenariat": contracts of other kinds, whoever signs them
OTHER_CONTRACT_AFTER = re.compile(r"\s+(?:locaux|locale?s?|de\s+partenariat|de\s+réciprocité|de\s+coopération|de\s+ville"
                                  r"|(?:de\s+)?(?:partnership|cooperation)|local)\b", _I)
OTHER_CONTRACT = re.compile(r"\bCLS\b|\blocal\s+health\s+contract", _I)
# "prévoit de signer son ACI en septembre", "plans to sign": an intention, not an event
PLANNED_BEFORE = re.compile(r"\b(?:prévoi\w*|prévu\w*|envisag\w*|devr\w*|souhait\w*|espèr\w*|ambitionn\w*|objectif"
                            r"|plans?|planned|expects?|expected|should|hopes?|aims?|intends?)\b[^,.;:\n]{0,25}\Z", _I)
HEALTH_PROJECT_WORDS = r"\bprojets?\s+de\s+santé\b|\bhealth\s+projects?\b"
# a health project dates an event once validated (or signed), not while it is being written
VALIDATED = re.compile(r"\bvalid\w*|\blabellis\w*|\bsign\w*|\bavis\s+favorable|\bfeu\s+vert|\bapprouv\w*|\bagréé\w*|\badopt\w*"
                       r"|\bfavou?rable\s+opinion|\bapproved\b|\bendorsed\b", _I)
LETTER_WORDS = r"\blettres?\s+d['’]\s*intention\b|\bletters?\s+of\s+intent\b"
# The association that carries the CPTS, formally created ("association ... créée", "constituée au
# cours de sa première assemblée générale"): statutes, and launch by its own words.
STATUTES_WORDS = (
    r"\bstatuts\b|\bstatutes\b|\bassemblée\s+(?:générale\s+)?constitutive|\bconstitutive\s+(?:general\s+)?(?:assembly|meeting)"
    r"|\bassociation\b[^.;\n]{0,40}?\b(?:créée|constituée|fondée|déclarée|created|founded)\b"
    r"|\b(?:créée|constituée|fondée)\b[^.;\n]{0,30}?\b(?:en\s+|sous\s+(?:la\s+)?forme\s+(?:d['’]une\s+|d['’]\s*))association"
    r"|\bconstitu(?:é|ée)\b[^.;\n]{0,60}\bassemblée\s+générale"
    r"|\b(?:création|constitution|fondation)\s+(?:de\s+)?l['’]\s*association\b"
)
CUE_WORDS = {
    "launch": LAUNCH_WORDS,
    "aci_signature": f"{ACI_WORDS}|{CONTRACT_WORDS}|{SIGNING_WORDS}",
    "health_project": HEALTH_PROJECT_WORDS,
    "letter_of_intent": LETTER_WORDS,
    "statutes": STATUTES_WORDS,
}
# one pattern per kind: "constituée ... assemblée générale" is both a launch and statutes
CUES = {kind: re.compile(words, _I) for kind, words in CUE_WORDS.items()}
STRONG_ACI = re.compile(ACI_WORDS, _I)
CONTRACT = re.compile(CONTRACT_WORDS, _I)
# "la naissance du projet", "un projet de santé a été lancé": the project's start, not the CPTS's
# ("ont inauguré leurs bureaux", "le bus santé a été lancé"): something the CPTS starts, not the CPTS.
# Lower case only: "la CPTS du Centre Littoral verra le jour" is a launch.
_OBJECTS = (r"(?:projet|project|locaux|siège|maison|centre|bureaux?|cabinet|antenne|permanence|service|dispositif"
            r"|plateforme|plate-forme|bus|médicobus|campagne|site|premises|office|campaign|website|programme|program"
            r"|démarche|réflexion|dynamique|initiative|expérimentation|étude|enquête|appel|concertation|travaux|parcours"
            r"|process|study|survey|initiative|pilot)s?")
# the words that may stand between an event word and its object ("valider la naissance du projet")
_OBJECT_LEAD = (r"(?:du|de|des|d|la|le|les|l|un|une|son|sa|ses|leur|leurs|ce|cette|ces|nouveaux?|nouvelles?|premier"
                r"|première|naissance|création|lancement|the|its|their|a|an|of|new|first|launch|creation)")
PROJECT_AFTER = re.compile(rf"\W+(?:{_OBJECT_LEAD}\W+){{0,3}}?{_OBJECTS}\b")
PROJECT_BEFORE = re.compile(rf"\b{_OBJECTS}\b[^,.;:\n]{{0,30}},?\s*\Z")
# "la création de CPTS dans le département": communities in general, not this one
# "une réunion sur la création de la CPTS": the topic of something else; "lancée il y a un an":
# a birth dated by its own words, not by a date further on
TOPIC_BEFORE = re.compile(r"\b(?:sur|concernant|about|on)\s+(?:la|le|l['’]|the)\s*\Z", _I)
RELATIVE_AFTER = re.compile(r",?\s+(?:il\s+y\s+a|voici|voilà|(?:\w+\s+){1,2}(?:years?|months?)\s+ago\b)", _I)
GENERIC_AFTER = re.compile(r"\s+(?:de|des|les|of|the)\s+(?:CPTS|communautés|communities)\b", _I)
# "En 2020, 9 CPTS ont été créées dans la région": a count of communities
COUNTED = re.compile(r"\b\d+\s+(?:nouvelles\s+|new\s+)?(?:CPTS|communautés|communities)\b", _I)
PLURAL_PARTICIPLE = re.compile(r"(?:és|ées|nés|nées)\Z", _I)
# "la loi du 12 mai 2015": the date names a text of law, not an event
LAW_BEFORE = re.compile(r"\b(?:loi|décret|arrêté|ordonnance|circulaire|instruction|law|decree|act)"
                        r"(?:\s+n°\s*[\d-]+)?\s+(?:du|of|de)\s+\Z", _I)
# "d'ici fin 2024", "avant le 31 mars", "by the end of 2024", "vers 2018": a target or a rough
# guess, not the date of an event
NOT_AN_EVENT_BEFORE = re.compile(
    r"(?:\bd['’]ici\s+(?:à\s+)?|\bavant\s+|\bby\s+|\bbefore\s+|\bvers\s+|\baux\s+alentours\s+d[eu]\s+|\baround\s+"
    r"|\bhorizon\s+|\bjusqu['’]\s*(?:à\s+|au\s+|en\s+)?|\buntil\s+)(?:(?:la|le|l['’]|the)\s*)?"
    r"(?:(?:fin|début|mi|end|beginning|middle)\s*(?:-|de\s+|d['’]|du\s+|of\s+(?:the\s+)?)?\s*)?(?:(?:l['’]année|le|la)\s+)?\Z", _I)
# "la création en 2015 du Collectif X", "l'association Y créée en 2012", "le réseau Z, fondé en 2010":
# the birth of another body (a predecessor, a partner), not of the CPTS
_BODY = (r"(?:association|collectif|réseau|groupement|syndicat|fédération|union|maison|centre|pôle|cabinet|GCS|SISA"
         r"|MSP|network|group|collective)")
_PROPER_NAME = r"[«\"“]?\s*(?!CPTS\b|Communaut|Community\b|Territorial)[A-ZÀ-Ý][\w'’-]*"
OTHER_BODY_AFTER = re.compile(
    rf"(?:\s+(?:en|le|in|on)\s+(?:\d{{1,2}}(?:er)?\s+)?(?:\w+\s+)?\d{{4}})?\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of)"
    rf"\s*(?:{_BODY}\s+)?{_PROPER_NAME}")
OTHER_BODY_BEFORE = re.compile(rf"\b{_BODY}\s+{_PROPER_NAME}(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*[»\"”]?\s*,?\s*(?:\w+\s+){{0,2}}\Z")
OTHER_BODY_CUE = re.compile(rf"{_BODY}\s+{_PROPER_NAME}")
KEY_BEFORE = re.compile(r"[ \t•·*–-]*(?:date\s+(?:de\s+|d['’])?|année\s+(?:de\s+|d['’])?|year\s+of\s+|)", _I)
KEY_AFTER = re.compile(r"[^\n:.]{0,30}:[ \t]*\S")
# "a créé", "ont lancé", "has launched": an active verb, whose object is what is started (not "a été")
ACTIVE_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|avons|aura|auront|has|have|had)\s+(?!été\b|been\b)(?:\w+\s+)?\Z", _I)
TRANSITIVE = re.compile(r"cré|creat|lanc|launch|fond|found|constitu|inaugur|officialis|entérin|set\s+up", _I)
STARTED = re.compile(r"démarr", _I)
CLAUSE_START = re.compile(r"[^,;:.!?\n]*\Z")
NOUN_CUE = re.compile(r"création|creation|lancement|launch|naissance|constitution|inauguration|fondation", _I)
_NOT_A_NOUN = (r"(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
               r"|saturday|sunday|premier|first|même|same|début|fin|mois|month|année|year|jour|day)")
# the first noun after the verb or the noun, past a date, an adverb and an adjective
OBJECT_AFTER = re.compile(
    r"(?:\s+(?:officiel\w*|formel\w*|effecti\w*|ensemble|aussi|également|officially|formally|together))?"
    r"(?:\s+(?:en|le|dès|au|in|on)\s+[^,;:.\n]{1,25}?)??"
    r"\s+(?:(?:de|du|des|d['’]|of)\s*)?(?:la|le|les|l['’]|un|une|des|sa|son|ses|leur|leurs|notre|nos|cette|ce|cet|ces"
    r"|the|a|an|its|their|our)(?:\b|(?<=['’]))\s*"
    r"(?:(?:nouvel\w*|premi\w*|futur\w*|second\w*|deuxième|\w+ème|\d+e|new|first|future|second)\s+)?"
    rf"(?!{_NOT_A_NOUN})(?P<noun>\w+)", _I)
COMMUNITY_NOUN = re.compile(r"CPTS|communaut|communit|association|structure|elle|it\b|activit|fonctionnement|existence", _I)
MASCULINE_PARTICIPLE = re.compile(r"(?:cré|lanc|fond|constitu|inaugur|officialis|entérin|démarr)(?:é|és)", _I)
MASCULINE_CPTS = re.compile(r"\b(?:le|ce|du|au|un|notre|son)\s+CPTS\b", _I)
# who is launched: a launch word only counts in a sentence that speaks of a community
COMMUNITY = re.compile(r"\bCPTS\b|communaut|communit|\bassociation\b|\belle\b|\bit\b", _I)
# "cette dernière": the event named last in the sentence before
ANAPHOR = re.compile(r"\b(?:cette|ce)\s+derni(?:er|ère)\b|\bcelle-ci\b|\bcelui-ci\b|\bthe\s+latter\b", _I)
EVENT_NOUN = re.compile(r"signature|signing|création|creation|lancement|launch\b|naissance|birth|constitution"
                        r"|inauguration|fondation|foundation", _I)
SIGNING_NOUN = re.compile(r"\b(?:la|cette|sa|the|this|its)\s+(?:cérémonie\s+de\s+)?signature\b|\b(?:the|this)\s+signing\b", _I)
SAME_DAY = re.compile(r"\b(?:ce\s+jour-là|le\s+même\s+jour|(?:on\s+)?(?:that|the\s+same)\s+day)\b", _I)
SINCE = re.compile(r"(?:depuis|since)\s+(?:le\s+|l['’]|the\s+)?(?:(?:printemps|été|automne|hiver|spring|summer|autumn"
                   r"|fall|winter|début|fin|early|late)\s+)?\Z", _I)
LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:et|and|&)(?:\s+(?:de\s+)?(?:la|le|les|l['’]|the)|\s+(?:du|des|of\s+the|of))?)\s*", _I)
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
# "... avec la CPTS X le 4 mai 2021, puis avec la CPTS Y le 11 mai": the second date
# shares the verb of the first
PARALLEL = re.compile(r"\s*,?\s*(?:puis|et|ainsi\s+que|then|and)\s+(?:avec|with|pour|for)\b[^.;:\n]{0,120}", _I)
PHRASE_GAP = re.compile(r"[^,;:.\n]{0,30}")  # a few words, no clause break
# "et"/"and" breaks a clause when a verb of its own follows ("... in January and the project was
# approved on ..."), not between two nouns ("avec la CPAM et l'ARS le 4 mars")
CLAUSE_BREAK = re.compile(r"[,;:\n–]|\s(?:et|and)\s(?=(?:\S+\s+){0,5}?(?:a|ont|est|sont|avait|avaient|was|were|is|are|has"
                          r"|have|had)\s)", _I)
SENTENCE_END = re.compile(r"\.\s|\n\s*\n|[!?]\s")
DATE_ONLY_LINE = re.compile(r"\s*[:\-–]?\s*")


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int


def extract_dates(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    dates = [d for d in find_dates(text, ctx.lang)
             if not _is_dateline(result, d) and not LAW_BEFORE.search(text, max(0, d.start - 40), d.start)
             and not NOT_AN_EVENT_BEFORE.search(text, max(0, d.start - 40), d.start)]
    labels = _date_table_labels(text, dates)
    labels.update({i: label for i, label in _timeline_labels(text, dates).items() if i not in labels})
    labelled_lines = {start for _, start in labels.values()}
    name_ends = {span.end for span in ctx.name_spans}
    by_cue = _kinds_from_sentences(text, dates, labelled_lines, name_ends)
    if headline_tells_a_birth(text) is not None and not any("launch" in kinds for kinds in by_cue.values()):
        # "Création de la CPTS X" over the dated signature of its contract: birth by contract
        for kinds in by_cue.values():
            if "aci_signature" in kinds:
                kinds.append("launch")
    for i, date in enumerate(dates):
        if date.month is None and date.precision == "day":
            continue
        label = labels.get(i)
        kinds = _kinds_of_label(label[0]) if label else by_cue.get(i, [])
        if not kinds:
            continue
        span = Span(date.start, date.end)
        value, extra = _date_value(date, result.published, _year_of_sentence(text, dates, i))
        for key in _owners(ctx, span, labelled=label is not None):
            for kind in kinds:
                fact = Fact(value, span, date.precision, extra=extra, confidence=attribution_confidence(ctx, span, key))
                result.cpts[key].dates[kind].append(fact)
            if not label and _shares_sentence(text, dates, i):
                result.cpts[key].farther_kinds.update((kind, span) for kind in kinds[1:])


def _owners(ctx: Context, span: Span, labelled: bool) -> list[str]:
    """The CPTS a date is of: all of a list named together ("Les CPTS X, Y et Z ont signé ...
    le 24 octobre"), all the subjects of a plural sentence that names none, else the one the
    sentence speaks of."""
    if labelled:
        key = ctx.focus_at(span.start)
        return [key] if key else []
    sentence = ctx.sentence_at(span.start)
    named = ctx.mentions_in(sentence)
    before = [(m, k) for m, k in named if m.span.end <= span.start]
    listed = _listed_before(ctx.text, before) if before else _listed_after(ctx.text, named)
    if len(listed) > 1:
        return listed
    enumerated = _enumerated_before(ctx, sentence.start, span.start)
    if len(enumerated) > 1:
        return enumerated
    if not named and len(ctx.subjects) > 1 and PLURAL_SUBJECT.search(ctx.text, sentence.start, sentence.end):
        return list(ctx.subjects)
    key = ctx.target_for(span)
    return [key] if key else []


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
    """The keys of the enumeration that starts with the first CPTS named ("X, Y et Z")."""
    if not named:
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


def _is_dateline(result: Extraction, date: DateMatch) -> bool:
    return result.published is not None and result.published.span.start <= date.start < result.published.span.end


def _date_value(date: DateMatch, published: Fact | None, sentence_year: int | None) -> tuple[str, dict]:
    if date.year is None and sentence_year is not None:
        return date.iso(sentence_year), {}
    if date.year is None and published is not None and published.value.year is not None:
        return date.iso(published.value.year), {"year_from": "published"}
    return date.iso(), {}


def _year_of_sentence(text: str, dates: list[DateMatch], i: int) -> int | None:
    """The year of an earlier day or month of the same sentence, for a date without one ("le 3 mars
    2022, puis le 10 mars"); a year alone ("Créée en 2019, elle a signé le 3 mars") dates another event."""
    if dates[i].year is not None:
        return None
    for j in range(i - 1, -1, -1):
        if SENTENCE_END.search(text, dates[j].end, dates[i].start):
            return None
        if dates[j].year is not None:
            return dates[j].year if dates[j].month is not None else None
    return None


HEADLINE_LINES = 3  # non-empty lines from the top where a headline may stand
HEADLINE_BIRTH = re.compile(r"cré|creat|naiss|né|born|birth|vo\w*|vu|lanc|launch|fond|found", _I)


@functools.lru_cache(maxsize=4)  # asked by the dates and by the launch places of one document
def headline_tells_a_birth(text: str) -> int | None:
    """Where a heading among the first lines that tells the birth of a CPTS ("Création de la CPTS
    X", "Une nouvelle CPTS voit le jour") ends, else None; an inauguration or a signature is not
    a birth."""
    lines = [m for m in re.finditer(r"[^\n]+", text[:2000]) if m.group().strip()][:HEADLINE_LINES]
    for line in lines:
        words = line.group().strip()
        if len(words) > 200 or words.endswith(".") or ". " in words or find_dates(words):
            continue
        if any(c.kind == "launch" and HEADLINE_BIRTH.match(text, c.start)
               for c in find_cues(text, line.start(), line.end(), kinds=("launch",))):
            return line.end()
    return None


# --- cues in running text -------------------------------------------------------------------

def sentence_spans(text: str, dates: list[DateMatch]) -> list[tuple[int, int]]:
    """Sentences cut at full stops and blank lines, never inside a date ("4 sept. 2019")."""
    starts = [d.start for d in dates]  # find_dates gives them in order, without overlap

    def inside_a_date(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < dates[i].end

    cuts = [m.start() + 1 for m in SENTENCE_END.finditer(text) if not inside_a_date(m.start())]
    bounds = [0] + cuts + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _kinds_from_sentences(text: str, dates: list[DateMatch], skip_lines: set[int],
                          name_ends: set[int]) -> dict[int, list[str]]:
    """date index -> kinds, from the cues of each date's sentence (nearest cue first).

    A date in brackets after a CPTS's name ("la CPTS X (mars 2020) et la CPTS Y, première
    à signer un ACI en mai 2019") gets no cue of its own: it takes the nearest one's kind."""
    found: dict[int, list[tuple[tuple[int, int], str]]] = {}
    told_by_a_verb: set[tuple[int, str]] = set()
    previous_cues: list[Cue] = []
    previous_dates: list[int] = []
    sentences = _dates_by_sentence(text, dates)
    for n, (start, end, inside) in enumerate(sentences):
        next_has_dates = n + 1 < len(sentences) and bool(sentences[n + 1][2])
        if not (inside or next_has_dates or (previous_dates and SAME_DAY.search(text, start, end))):
            previous_cues, previous_dates = [], inside  # cues of a sentence no date needs are never read
            continue
        cues = find_cues(text, start, end)
        if skip_lines:  # the labels of a timeline or a table already gave their kinds
            cues = [c for c in cues if _line_start(text, c.start) not in skip_lines]
        if not inside and previous_dates and SAME_DAY.search(text, start, end):
            # "... was launched on March 12. On that day, its members signed the ACI"
            for cue in cues:
                found.setdefault(previous_dates[-1], []).append(((1, 0), cue.kind))
        if inside:
            cues += _anaphor_cues(text, start, end, previous_cues)
            for cue in cues:
                nearest = min(inside, key=lambda i: _distance(text, cue, dates[i]))
                if _may_date(text, cue, dates[nearest], start):
                    found.setdefault(nearest, []).append((_distance(text, cue, dates[nearest]), cue.kind))
                    if not EVENT_NOUN.match(text, cue.start):
                        told_by_a_verb.add((nearest, cue.kind))
            for i in inside:
                if i not in found and cues and _bracketed_after_name(text, dates[i], name_ends):
                    found[i] = [min((_distance(text, cue, dates[i]), cue.kind) for cue in cues)]
            for before, i in zip(inside, inside[1:]):
                if i not in found and before in found and PARALLEL.fullmatch(text, dates[before].end, dates[i].start):
                    found[i] = list(found[before])
        previous_cues, previous_dates = cues, inside
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


def find_cues(text: str, start: int, end: int, in_label: bool = False, kinds=tuple(CUES)) -> list[Cue]:
    """The event words of text[start:end] that tell of an event of the CPTS's life (of `kinds`)."""
    sentence = text[start:end]
    cues = []
    for kind in kinds:
        pattern = CUES[kind]
        for m in pattern.finditer(text, start, end):
            if kind == "launch" and not _launches_the_community(text, m, sentence, in_label):
                continue
            if kind == "aci_signature" and not _is_aci(text, m, sentence, in_label):
                continue
            if PLANNED_BEFORE.search(text, max(start, m.start() - 40), m.start()):
                continue
            if kind == "statutes" and _of_another_body(text, m):
                continue
            if kind == "health_project" and not in_label:
                validated = _validation_of(text, m, start, end)
                if validated is None:
                    continue  # a project being drafted is not a validated one
                cues.append(Cue(kind, validated.start(), validated.end()))
                continue
            cues.append(Cue(kind, m.start(), m.end()))
    return _merged(text, sorted(cues, key=lambda c: c.start))


def _merged(text: str, cues: list[Cue]) -> list[Cue]:
    """One cue for one phrase: "la signature de son accord conventionnel (ACI)" is measured
    from its ends, so that the date after it is nearer than one before "la signature"."""
    out: list[Cue] = []
    for cue in cues:
        last = next((c for c in reversed(out) if c.kind == cue.kind), None)
        if last is not None and cue.start >= last.end and PHRASE_GAP.fullmatch(text, last.end, cue.start):
            out[out.index(last)] = Cue(cue.kind, last.start, max(last.end, cue.end))
        else:
            out.append(cue)
    return out


def _launches_the_community(text: str, m: re.Match, sentence: str, in_label: bool) -> bool:
    if PROJECT_AFTER.match(text, m.end()) or RELATIVE_AFTER.match(text, m.end()):
        return False
    if NOUN_CUE.fullmatch(m.group()) and TOPIC_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    if not NOUN_CUE.fullmatch(m.group()) and PROJECT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False  # "le site a été lancé"; a noun tells what it starts after it ("la création de ...")
    if _of_another_body(text, m) or _launches_something_else(text, m, sentence):
        return False
    if GENERIC_AFTER.match(text, m.end()):
        return False
    if PLURAL_PARTICIPLE.search(m.group()) and COUNTED.search(sentence):
        return False
    return in_label or bool(COMMUNITY.search(sentence)) or _in_key(text, m)


def _in_key(text: str, m: re.Match) -> bool:
    """Whether an event word is the key of a "key : value" line ("Date de création : 2019")."""
    line_start = _line_start(text, m.start())
    return bool(KEY_BEFORE.fullmatch(text, line_start, m.start()) and KEY_AFTER.match(text, m.end()))


def _launches_something_else(text: str, m: re.Match, sentence: str) -> bool:
    """What the event word starts is not the community: the object of an active verb ("la CPTS a
    lancé une enquête"), the noun after "création de" ("la création d'un poste"), or a masculine
    participle, which cannot agree with "la CPTS" ("le site a été lancé")."""
    word = m.group()
    after_have = ACTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if (after_have and TRANSITIVE.match(word)) or NOUN_CUE.fullmatch(word):
        thing = OBJECT_AFTER.match(text, m.end())
        return bool(thing and not COMMUNITY_NOUN.match(thing.group("noun")))
    if after_have and STARTED.match(word):
        # "les soins ont démarré": what started is the subject of its clause
        clause = CLAUSE_START.search(text, max(0, m.start() - 120), after_have.start())
        return not COMMUNITY.search(clause.group())
    return bool(not after_have and MASCULINE_PARTICIPLE.fullmatch(word) and not MASCULINE_CPTS.search(sentence))


def _of_another_body(text: str, m: re.Match) -> bool:
    """Whether a birth word tells of a named body that is not a CPTS ("la création du Réseau X")."""
    return bool(OTHER_BODY_AFTER.match(text, m.end()) or OTHER_BODY_CUE.match(m.group())
                or OTHER_BODY_BEFORE.search(text, max(0, m.start() - 80), m.start()))


def _validation_of(text: str, m: re.Match, start: int, end: int) -> re.Match | None:
    """The word of a health project's validation nearest to it in its sentence: the event is
    the validation, so "déposé en janvier, validé en mars" is dated by March."""
    found = list(VALIDATED.finditer(text, start, end))
    return min(found, key=lambda v: abs(v.start() - m.start())) if found else None


def _is_aci(text: str, m: re.Match, sentence: str, in_label: bool) -> bool:
    words = m.group()
    if _says(NOT_A_SIGNATURE, sentence):
        return False  # "parution au Journal officiel de l'arrêté ...", the national agreement
    if STRONG_ACI.fullmatch(words):
        return True
    if SIGNING.match(words) and _says(STRONG_ACI, sentence):
        return True
    if _says(OTHER_CONTRACT, sentence) or (CONTRACT.fullmatch(words) and OTHER_CONTRACT_AFTER.match(text, m.end())):
        return False
    return _names_a_contract(sentence) and _says(SIGNING, sentence) and (in_label or _says(FUNDER, sentence))


# Each contract word of a sentence asks the same questions of it: they are answered once.
@functools.lru_cache(maxsize=64)
def _says(pattern: re.Pattern, sentence: str) -> bool:
    return pattern.search(sentence) is not None


@functools.lru_cache(maxsize=64)
def _names_a_contract(sentence: str) -> bool:
    return any(not OTHER_CONTRACT_AFTER.match(sentence, c.end()) for c in CONTRACT.finditer(sentence))


def _anaphor_cues(text: str, start: int, end: int, previous: list[Cue]) -> list[Cue]:
    """"... une lettre d'intention. L'avis donné le 2 mars sur cette dernière": the letter."""
    nouns = [c for c in previous if c.kind in ("letter_of_intent", "health_project", "aci_signature")]
    if not nouns:
        return []
    cues = [Cue(nouns[-1].kind, m.start(), m.end()) for m in ANAPHOR.finditer(text, start, end)]
    if nouns[-1].kind == "aci_signature" and not cues:
        # "... son accord conventionnel interprofessionnel. La signature a eu lieu le 3 mai": that signature
        cues = [Cue("aci_signature", m.start(), m.end()) for m in SIGNING_NOUN.finditer(text, start, end)]
    return cues


def _distance(text: str, cue: Cue, date: DateMatch) -> tuple[int, int]:
    """Clause breaks, then characters, between a cue and a date."""
    a, b = (cue.end, date.start) if cue.end <= date.start else (date.end, cue.start)
    if b <= a:
        return 0, 0
    # the look-ahead of "et"/"and" reads a few words past b; a line end weighs two: "Signature de
    # l'ACI : 12/03/2021" is one line's label and value
    breaks = sum(2 if m.group() == "\n" else 1
                 for m in CLAUSE_BREAK.finditer(text, a, min(len(text), b + 60)) if m.start() < b)
    return breaks, b - a


def _bracketed_after_name(text: str, date: DateMatch, name_ends: set[int]) -> bool:
    """"la CPTS X (novembre 2021)": the date fills a bracket right after a CPTS's name."""
    opening = re.search(r"\(\s*\Z", text[max(0, date.start - 5):date.start])
    if opening is None or not re.match(r"\s*\)", text[date.end:date.end + 5]):
        return False
    before = text[max(0, date.start - 10):date.start - len(opening.group())]
    return date.start - len(opening.group()) - (len(before) - len(before.rstrip())) in name_ends


def _may_date(text: str, cue: Cue, date: DateMatch, sentence_start: int) -> bool:
    """"depuis 2014" tells how long a state lasts: only a birth word of its own clause dates it."""
    if not SINCE.search(text, max(sentence_start, date.start - 30), date.start):
        return True
    if _distance(text, cue, date)[0] != 0:
        return False
    # "conventionnée depuis le 3 mars 2021": a day is the start of the state, its event
    return cue.kind in ("launch", "statutes") or date.precision == "day"


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


# --- dates laid out with labels ---------------------------------------------------------------

def _kinds_of_label(label: str) -> list[str]:
    return list(dict.fromkeys(c.kind for c in find_cues(label, 0, len(label), in_label=True)))


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _date_only_lines(text: str, dates: list[DateMatch]) -> dict[int, int]:
    """line start -> index of the date that is alone on that line."""
    out = {}
    for i, date in enumerate(dates):
        start = _line_start(text, date.start)
        end = text.find("\n", date.end)
        end = len(text) if end < 0 else end
        if DATE_ONLY_LINE.fullmatch(text[start:date.start] + text[date.end:end]):
            out[start] = i
    return out


def _timeline_labels(text: str, dates: list[DateMatch]) -> dict[int, tuple[str, int]]:
    """A date alone on its line over a line of words: "Mars 2018" / "Dépôt de la lettre
    d'intention". The label is taken only when it holds a cue."""
    date_only = _date_only_lines(text, dates)
    labels = {}
    for line_start, i in date_only.items():
        end = text.find("\n", dates[i].end)
        if end < 0:
            continue
        following = re.compile(r"[ \t]*([^\n]*\S[^\n]*)").match(text, end + 1)
        if following is None or following.start(1) in date_only or _line_start(text, following.start(1)) in date_only:
            continue
        label = following.group(1)
        if _kinds_of_label(label):
            labels[i] = (label, _line_start(text, following.start(1)))
    return labels


def _date_table_labels(text: str, dates: list[DateMatch]) -> dict[int, tuple[str, int]]:
    """Dates laid out as a column ("03/05/2018 :" lines) with their labels in a later column.

    OCR of a two-column table gives all the dates first, then all the labels; pair them in
    order when the counts agree.
    """
    lines = list(re.finditer(r"[^\n]+", text))
    date_only = {}
    for i, date in enumerate(dates):
        line = next((ln for ln in lines if ln.start() <= date.start < ln.end()), None)
        if line and re.fullmatch(r"\s*[:\-–]?\s*", text[line.start():date.start] + text[date.end:line.end()]):
            date_only[line.start()] = i
    runs, current = [], []
    for ln in lines:
        if ln.start() in date_only:
            current.append(ln)
        elif ln.group().strip():
            if len(current) >= 2:
                runs.append((current, ln))
            current = []
    pairs = {}
    for run, first_label in runs:
        labels = [ln for ln in lines if ln.start() >= first_label.start() and ln.group().strip()][:len(run)]
        if len(labels) == len(run) and all(ln.start() not in date_only for ln in labels):
            for date_line, label in zip(run, labels):
                pairs[date_only[date_line.start()]] = (label.group(), label.start())
    return pairs
