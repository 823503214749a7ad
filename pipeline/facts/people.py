"""People of a CPTS and their role (président, coordinatrice, ...).

A role word is read with what follows it: "présidente de la CPTS", "coordinatrice CPTS" and
"président du conseil d'administration" are roles in the CPTS; "directeur général de l'ARS" or
"vice-président de l'URPS" are roles elsewhere and are left out. A role with nothing after it
("X, présidente.") counts when its sentence speaks of a CPTS. The person is then looked for
before the role, in apposition ("Jean Dupont, pharmacien à Nîmes et président de ...", "Jean
Dupont est le président ...", a signature's line above) or after it ("la présidente de la CPTS,
le Dr Anne Durand", "son président Jean Dupont"); verbs and nouns of office give the role too
("présidée par", "que préside", "qui préside la CPTS", "élue à la présidence de", "led by").
A name is a run of capitalised words that spaCy reads as a person, or that a title (Dr, Mme)
or a surname in capitals vouches for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference import gazetteer
from .context import Context
from ..model import Fact, Span
from .patterns import GapLed
from .place_names import is_department_name
from .common import Extraction, attribution_confidence

BARE_ROLE = 0.8  # a role with no "de la CPTS" after it: the sentence's CPTS is a guess

# --- role words ---------------------------------------------------------------------------
# Each role stem and its French (masculine, feminine) forms; English roles are written in French.
ROLE_STEMS = [
    (r"pr[ée]sident(?P<fem1>e)?s?", ("président", "présidente")),
    (r"coordinat(?:eur|(?P<fem2>rice))s?", ("coordinateur", "coordinatrice")),
    (r"coordonnat(?:eur|(?P<fem3>rice))s?", ("coordonnateur", "coordonnatrice")),
    (r"direct(?:eur|(?P<fem4>rice))s?", ("directeur", "directrice")),
    (r"secr[ée]taires?", ("secrétaire", "secrétaire")),
    (r"tr[ée]sori(?:er|(?P<fem5>[èe]re))s?", ("trésorier", "trésorière")),
    (r"repr[ée]sentant(?P<fem6>e)?s?", ("représentant", "représentante")),
    (r"membres?\s+du\s+bureau", ("membre du bureau", "membre du bureau")),
    (r"membres?\s+du\s+(?:conseil\s+d['’]administration|CA)\b", ("membre du conseil d'administration",) * 2),
    (r"board\s+members?", ("membre du conseil d'administration",) * 2),
    (r"porte(?:ur|(?P<fem8>use))s?\s+du\s+projet", ("porteur du projet", "porteuse du projet")),
    (r"membres?", ("membre", "membre")),
    (r"chair(?P<fem7>woman)?(?:man|person)?", ("président", "présidente")),
    (r"coordinators?", ("coordinateur", "coordinatrice")),
    (r"directors?", ("directeur", "directrice")),
    (r"treasurers?", ("trésorier", "trésorière")),
    (r"secretar(?:y|ies)", ("secrétaire", "secrétaire")),
]
# the offices a compound role joins: "directrice-coordinatrice", "coordinatrice et directrice"
OFFICE_STEMS = ROLE_STEMS[:4]
ROLE_RE = re.compile(
    r"(?<![\w-])(?P<former>(?:ancien(?:ne)?|ex|former)[\s-]+)?(?P<prefix>co-?|vice[-\s]?)?(?P<role>"
    + "|".join(f"(?P<r{i}>{stem})" for i, (stem, _) in enumerate(ROLE_STEMS)) + r")"
    + r"(?P<second>(?:-|\s+et\s+)(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", stem) for stem, _ in OFFICE_STEMS)
    + r"))?(?:-fondat(?:eur|rice))?(?![\w-])",  # "président-fondateur" is "président"
    re.IGNORECASE)
# "représentant" only counts when the CPTS is named after it: "représentant la CPTS", not
# "représentant 21 % de la population".
NEEDS_CPTS_AFTER = {"représentant", "membre"}

# A role said to be the CPTS's by the words before it: "sa présidente", "X en est la coordinatrice".
ATTACHED_BEFORE = re.compile(
    r"(?:\b(?:son|sa|leur|notre|its|their|our)|\ben\s+est\s+(?:le|la|l['’])|\b(?:a|avec|has|with)\s+pour)\s*$",
    re.IGNORECASE)
OTHER_BODY_BEFORE = re.compile(
    r"\b(?:ARS|CPAM|URPS|MSP|CHU|hospital|agency|fund|union|council|county|city|town|school|clinic|center|centre)"
    r"\s*$", re.IGNORECASE)
PROFESSION_BEFORE = re.compile(
    r"\b(?:médecins?|infirmi[eè]re?s?|cadres?|pharmacien(?:ne)?s?|nurses?|physicians?|doctors?)\s+$", re.IGNORECASE)
CPTS_BEFORE = re.compile(r"\bCPTS\s*$")  # "CPTS president Jane Doe"
OWNER_BEFORE = re.compile(r"\b([\w-]+)['’]s\s*$")  # "the CPTS's coordinator"
# An adjective or a board between the role and its organisation: "directeur général de l'ARS",
# "présidente du conseil d'administration de la CPTS".
ROLE_QUALIFIER = re.compile(
    r"\s+(?:g[ée]n[ée]rale?|d[ée]partementale?|r[ée]gionale?|adjointe?|d[ée]l[ée]gu[ée]e?|m[ée]dicale?|"
    r"op[ée]rationnel(?:le)?|administrati(?:f|ve)|ex[ée]cuti(?:f|ve)|fondat(?:eur|rice)|sortante?|actuel(?:le)?|"
    r"[ée]lue?|b[ée]n[ée]vole|salari[ée]e?|territoriale?|nationale?|locale?|intérimaire|technique|financi(?:er|ère)|"
    r"scientifique|associée?|principale?|general|executive|medical|founding|current|deputy|regional)\b",
    re.IGNORECASE)
BOARD = re.compile(
    r"\s+(?:du\s+(?:conseil\s+d['’]administration|CA|bureau|comit[ée]\s+de\s+pilotage)|of\s+the\s+board)\b",
    re.IGNORECASE)
CPTS_WORD = r"(?:CPTS|communaut[ée]\s+professionnelle|community)"
# "l'association" alone is the CPTS; "l'association des maires", "l'association Santé Mobile" is not
NO_COMPLEMENT = r"(?!\s+(?:des?\b|du\b|d['’]|pour\b|of\b|for\b|[A-ZÀ-Ý](?!PTS)))"
# What follows a role in the CPTS: "de la (nouvelle) CPTS", "of the CPTS", "CPTS", "de l'association".
OF_CPTS = re.compile(
    r"\s*(?:du\s+projet\s+(?:de\s+)?)?(?:(?:de\s+la|de\s+cette|de\s+notre|de\s+l['’]|du|de|d['’]|of\s+the|of|at\s+the|within\s+the|à\s+la|"
    r"la|the)\s*)?"
    rf"(?:(?:nouvelle|future|jeune|new|future)\s+)?(?:{CPTS_WORD}|(?:association|structure)\b{NO_COMPLEMENT})",
    re.IGNORECASE)
# a portfolio after the role: "vice-présidente chargée de la santé au conseil départemental"; its body
# is named before the next comma
CHARGE = re.compile(r"\s+(?:en\s+charge|charg[ée]e?)\s+(?:de|du|des|d['’])\b[^,.;:()]{0,80}", re.IGNORECASE)
OF_OTHER = re.compile(r"\s*(?:de|du|des|d['’]|of|at|au|aux|à|chez|within|for)\b", re.IGNORECASE)

# --- people's names -----------------------------------------------------------------------
TITLE = (r"(?:(?:[Ll]es?|[Ll]a|the)\s+)?(?:[Dd]rs?\.?|[Dd]octeurs|[Dd]octeure?|[Dd]octoresse|[Pp]r\.?|"
         r"[Pp]rofesseure?|Mme\.?|Madame|M\.|Monsieur|Mr\.?|Mrs\.?|Ms\.?)\s+")
UP, LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
NAME_WORD = rf"(?:[{UP}](?:['’][{UP}])?[{LOW}]+|[{UP}]{{2,}})(?:-(?:[{UP}][{LOW}]+|[{UP}]{{2,}}))*"
PARTICLE = r"(?:(?:de|du|des|van|von|der|di|da|ben|el)\s+|d['’])"
# a name may follow an elided "de": "entourée d'Anne Durand"
NAME_RE = re.compile(
    rf"(?:(?<![\w'’-])|(?<=\b[dD]['’]))(?P<title>{TITLE})?"
    rf"(?P<name>{NAME_WORD}(?:\s+{PARTICLE}?{NAME_WORD}){{0,3}})(?![\w'’-])")
# a run of capitals holding one of these is a body or a place, not a person: "Pôle Santé Nord"
ORGANISATION_WORDS = {
    "cpts", "ars", "cpam", "urps", "msp", "chu", "ch", "ehpad", "ccas", "ght", "sas", "cnam", "ordre", "santé",
    "pôle", "maison", "centre", "hôpital", "clinique", "association", "communauté", "agence", "conseil", "ville",
    "mairie", "région", "département", "health", "hospital", "council", "agency",
}
PARTICLES = {"le", "la", "de", "du", "des", "van", "von", "der", "di", "da", "ben", "el"}
# words that may start a run of capitals without being part of the name: "Selon Jean Dupont"
NOT_NAME_WORDS = ORGANISATION_WORDS | {
    "selon", "pour", "par", "avec", "et", "mais", "le", "la", "les", "un", "une", "de", "du", "des", "en", "au",
    "à", "a", "ce", "cette", "son", "sa", "ses", "dans", "sur", "chez", "ainsi", "enfin", "depuis", "lors",
    "the", "and", "for", "with", "by", "according", "its", "their", "our", "but", "as", "an", "mr", "dr",
    "communauté", "association", "agence", "maison", "centre", "hôpital", "santé", "président", "présidente",
    "directeur", "directrice", "coordinateur", "coordinatrice", "docteur", "madame", "monsieur",
}
# feminine nouns and participles next to the name: "pharmacienne", "infirmière", "élue", "Mme"
FEMININE_HINT = re.compile(
    r"\b(?:[a-zà-ÿ-]*(?:ienne|ière|trice|euse|esse)|sage-femme|elle|(?:r[ée])?élue|nommée|désignée|interrogée|"
    r"installée|diplômée|engagée|arrivée|née)\b|\b(?:Mme|Madame|Docteure|Doctoresse|Mrs|Ms)\b")

# --- between the name and the role ----------------------------------------------------------
# "Jean Dupont, médecin à Nîmes et président ...", "Jean Dupont (président ...)": a short phrase
# that holds no clause (no relative pronoun, no auxiliary) and names no one else.
APPOSITION = re.compile(
    r"\s*(?:[,(–—]|\s-\s)\s*(?:[^.;:!?«»\"“”()]{0,100}?(?:\s+et\s+|\s+and\s+|\s*,\s*|\s+))?$")
# "Anne Durand, sa présidente, ...", "Anne Durand, the chair of ..."
DETERMINER_APPOSITION = re.compile(
    r"\s*(?:[,(–—]|\s-\s)\s*(?:le|la|l['’]|son|sa|leur|notre|the|its|their|our|"
    r"(?:the\s+)?(?:CPTS|community)['’]s)\s*(?:CPTS\s+)?$",
    re.IGNORECASE)
CLAUSE_WORD = re.compile(
    r"\b(?:qui|que|qu['’]|dont|où|who|which|that|a|ont|est|sont|était|avait|has|have|is|are|was|were|"
    r"le|la|les|l['’]|du|des|au|aux|son|sa|ses|leur|the|its|their|pour|comme|avec|par|as|with|by)\s*$|"
    r"\b(?:qui|que|dont|who|which|ont|est|sont|était|avait|has|have|had|is|are|was|were|said|says)\b|"
    r"\ba\s+\w+(?:é|i|u|it|is)\b", re.IGNORECASE)  # "a salué": a verb
ADVERB = r"(?:aujourd['’]hui|actuellement|désormais|également|aussi|depuis\s+\d{4}|now|currently|also)"
COPULA = re.compile(
    r"\s*,?\s*(?:(?:qui|who)\s+)?(?:en\s+)?(?:(?:est|était|sera|devient|reste|is|was|became|becomes|serves\s+as|"
    r"(?:a|ont)\s+été\s+(?:\w+\s+)?|vien(?:t|nent)\s+d['’]être\s+|(?:has|have)\s+been\s+(?:\w+\s+)?)\s*)?"
    rf"(?:{ADVERB}\s+)?(?:(?:r?éélue?s?|élue?s?|nommée?s?|désignée?s?|recrutée?s?|embauchée?s?|elected|appointed|named|"
    r"hired|recruited)\s+(?:comme\s+|as\s+|en\s+tant\s+que\s+)?)?"
    # "occupe le poste de", "a pris ses fonctions de", "a été recrutée comme"
    r"(?:(?:occupe|occupait|a\s+pris|prend|exerce|exerçait)\s+(?:le\s+poste|la\s+fonction|les\s+fonctions|"
    r"ses\s+fonctions)\s+(?:de\s+|d['’])|(?:comme|en\s+tant\s+que)\s+)?"
    r"(?:(?:le|la|l['’]|the|its|our|notre|leur|their|sa|son)\s*)?(?:CPTS\s+)?$", re.IGNORECASE)
PLACE_OF_PRACTICE = re.compile(r"\b(?:à|au|aux|de|du|des|d['’]|en|at|in|of|from)\s+(?:la\s+|le\s+|les\s+)?$")
# "son président, Jean Dupont", "la présidente de la CPTS : le Dr Anne Durand"
# "Coordinatrice de la CPTS depuis 2022, Anne Durand ..."
NAME_GAP_AFTER = re.compile(r"(?:\s+(?:depuis|since)\s+[\w ]{1,20}?(?=,))?\s*(?:[,:–—-]|\(|\best\b|\bis\b)?\s*")
SECOND_NAME_GAP = re.compile(r"\s*(?:,|\bet\b|\band\b|&)\s*")

# "Elle est aussi présidente ...", "He is the CPTS's chairman": the role of a person named before
PRONOUN_HOLDER = re.compile(
    r"\b(Il|Elle|He|She)\s+(?:en\s+)?(?:est|était|a\s+été|devient|is|was|has\s+been|became)\s+"
    rf"(?:{ADVERB}\s+)?(?:(?:r?éélue?|élue?|nommée?|elected|appointed)\s+)?(?:le|la|l['’]|the|its)?\s*$")
# Taking part in the CPTS without an office: "Engagés dans la création de la CPTS, Anne Durand et
# Jean Dupont ...", "Anne Durand s'implique dans la CPTS" give members
INVOLVED = re.compile(
    r"\b(?P<reflexive>s['’](?:investi\w*|impliqu\w*|engag\w*)\s+)?(?(reflexive)|(?:impliqu|engag|investi)\w*\s+)"
    r"(?:\w+\s+)?dans\s+(?:la\s+(?:création|construction|mise\s+en\s+place|naissance)\s+(?:de\s+|d['’]))?"
    rf"(?:la|une|cette|notre)\s+{CPTS_WORD}", re.IGNORECASE)
# "présidée par Anne Durand", "que préside Anne Durand", "chaired by Anne Durand"
ROLE_VERB = re.compile(
    r"\b(?:(?P<chair>(?P<co>co-?)?présidée?s?\s+{adverb}par|que\s+présid(?:e|ent)|sous\s+la\s+présidence\s+d(?:e\s+|['’])|"
    r"chaired\s+by|headed\s+by|led\s+by|présidence{held})|"
    r"(?P<coord>coordonnée?s?\s+{adverb}par|coordinated\s+by|coordination{held})|"
    r"(?P<direct>dirigée?s?\s+{adverb}par|directed\s+by|run\s+by|direction{held}))\s*".format(
        held=r"\b[^.;:]{0,80}?\b(?:est\s+)?(?:assurée|confiée|held)\s+(?:par|à|by)", adverb=rf"(?:{ADVERB}\s+)?"),
    re.IGNORECASE)
# verbs whose person comes before: "Anne Durand, qui préside la CPTS", "Anne Durand chairs the CPTS"
HOLDER_VERB = GapLed(
    r"(?:(?:qui|who)\s+)?(?:(?P<chair>présid(?:e|ait|era)|chairs|chaired|heads|headed|leads|led)|"
    r"(?P<coord>coordonn(?:e|ait|era)|coordinates|coordinated)|(?P<direct>dirig(?:e|eait|era)|runs|directs))\s+"
    rf"(?:{ADVERB}\s+)?(?:la|l['’]|cette|notre|the|our)\s*(?:(?:nouvelle|new)\s+)?(?:{CPTS_WORD}|association\b{NO_COMPLEMENT}|"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}CPTS\b)",  # "who chairs the Val Fleuri CPTS"
    re.IGNORECASE,
    cue=r"(?:présid(?:e|ait|era)|chair(?:s|ed)|head(?:s|ed)|leads|led|coordonn(?:e|ait|era)|coordinat(?:es|ed)|"
        r"dirig(?:e|eait|era)|runs|directs)\s")
# a noun of office after its holder: "Anne Durand a été élue à la présidence de la CPTS", "Anne Durand
# assure la coordination de la CPTS", "Anne Durand est à la tête de la CPTS"
HOLDER_NOUN = GapLed(
    r"(?:(?:qui|who)\s+)?(?:(?:(?:a\s+été\s+|est\s+)?(?:r?éélue?|élue?|nommée?|désignée?)\s+à\s+la|"
    r"(?:assure|assurait|a\s+pris|prend|a\s+repris|reprend|occupe|occupait)\s+la)\s+"
    r"(?:(?P<chair>présidence)|(?P<coord>coordination)|(?P<direct>direction))|(?:est\s+|était\s+)?à\s+la\s+tête)\b",
    re.IGNORECASE, cue="présidence|coordination|direction|tête")
# a fronted office, its holder the sentence's subject: "À la tête de la CPTS depuis 2020, le Dr Jean Dupont ..."
FRONTED_HEAD = re.compile(rf"[ÀA]\s+la\s+tête\s+de\s+(?:la|cette|notre)\s+(?=(?:{CPTS_WORD}|association\b))")
OTHER_BODY = re.compile(
    r"\b(?:ARS|CPAM|URPS|agence|caisse|f[ée]d[ée]ration|conseil\s+(?:d[ée]partemental|r[ée]gional|municipal|"
    r"communautaire|g[ée]n[ée]ral|de\s+l['’]ordre)|mairie|ville|commune|h[ôo]pital|"
    r"centre|clinique|maison|MSP|CCAS|syndicat|ordre|union|pr[ée]fecture|r[ée]gion|d[ée]partement|"
    r"communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration)|table\s+ronde|r[ée]union|soir[ée]e|s[ée]ance|"
    r"assembl[ée]e|d[ée]bat|conf[ée]rence|atelier|groupe|comit[ée]|"
    r"association\s+(?:des?\b|du\b|d['’]|[A-ZÀ-Ý](?!PTS)))", re.IGNORECASE)
# "le projet, présidé par ...": in a release about a CPTS, its project (a project of another
# body names it: "le projet de maison de santé")
FEMININE_SUBJECT = re.compile(r"\b(?:[Ee]lle|[Cc]elle-ci|It)\b")
CPTS_CUE = re.compile(rf"\b{CPTS_WORD}|\bassociation\b{NO_COMPLEMENT}|\b(?:projet|project)\b", re.IGNORECASE)


@dataclass
class Role:
    masculine: str
    feminine: str
    span: Span           # the role word(s)
    end: int             # end of the role phrase: "président de la CPTS du Sud"
    of_cpts: bool        # the CPTS is named after the role
    key: str | None      # the CPTS the phrase names, if any
    feminine_word: bool  # the text wrote the feminine form
    plural: bool
    nth: int | None = None  # its place in "A et B, respectivement présidente et coordinatrice"


@dataclass
class Name:
    span: Span
    title: str


def extract_people(ctx: Context, result: Extraction) -> None:
    found: dict[tuple[str, str], tuple[int, Fact]] = {}
    for role in _roles(ctx):
        for name, apposition in _people_of(ctx, role):
            _keep(found, *_person_fact(ctx, role, name, apposition))
    for m in ROLE_VERB.finditer(ctx.text):
        if _subject_is_cpts(ctx, m):
            for name in _names_after(ctx, m.end()):
                _keep(found, *_verb_fact(ctx, m, name))
    for name, m in _holders_before_verbs(ctx):
        _keep(found, *_verb_fact(ctx, m, name))
    for name, role in _fronted_heads(ctx):
        _keep(found, *_person_fact(ctx, role, name, ""))
    for name, role in _involved(ctx):
        _keep(found, *_person_fact(ctx, role, name, ""))
    for (key, _), (_, fact) in sorted(found.items(), key=lambda item: item[1][1].span.start):
        result.cpts[key].people.append(fact)


def _keep(found: dict, key: str | None, rank: int, fact: Fact | None) -> None:
    """One entry per person and CPTS: the role stated with the CPTS's name wins."""
    if key is None or fact is None:
        return
    ident = (key, gazetteer.fold(fact.value["name"]))
    if ident not in found or rank > found[ident][0]:
        found[ident] = (rank, fact)


# --- roles ------------------------------------------------------------------------------------
def _roles(ctx: Context):
    text = ctx.text
    for m in ROLE_RE.finditer(text):
        i = next(int(g[1:]) for g, v in m.groupdict().items() if v and re.fullmatch(r"r\d+", g))
        masculine, feminine = ROLE_STEMS[i][1]
        if m.group("prefix"):  # as written: "coprésidente", "co-présidente"
            prefix = "co" if m.group("prefix").lower().startswith("co") else "vice"
            prefix += "-" if "-" in m.group("prefix") or prefix == "vice" else ""
            masculine, feminine = prefix + masculine, prefix + feminine
        respective = m.group("second") and RESPECTIVELY_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if m.group("second") and not respective:  # as written, in the gender of the first: "directrice-coordinatrice"
            second = _office_forms(m.group("second").lstrip("-").split()[-1])
            joint = "-" if m.group("second").startswith("-") else " et "
            masculine, feminine = masculine + joint + second[0], feminine + joint + second[1]
        if m.group("former"):
            former = "ancienne " if m.group("former").lower().startswith("ancienne") else "ancien "
            masculine, feminine = "ancien " + masculine, former + feminine
        end, of_cpts, key, elsewhere = _what_follows(ctx, m.end())
        owner = _owner_before(ctx, m.start())
        if elsewhere or owner == "other":
            continue
        if ROLE_STEMS[i][1][0] == "membre" and not of_cpts:
            continue  # "ses membres": the CPTS's members, no one named
        of_cpts = of_cpts or owner == "cpts"
        if not of_cpts and (ROLE_STEMS[i][1][0] in NEEDS_CPTS_AFTER
                            or PROFESSION_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue  # "infirmière coordinatrice", "médecin coordonnateur": a job title, not a CPTS role
        feminine_word = any(m.group(g) for g in m.groupdict() if g.startswith("fem"))
        plural = m.group("role").lower().endswith("s")
        if respective:  # one role each, in the order of the names
            word = m.group("second").split()[-1]
            second = _office_forms(word)
            yield Role(masculine, feminine, Span(m.start(), m.end()), end, of_cpts, key, feminine_word, False, 0)
            yield Role(*second, Span(m.start(), m.end()), end, of_cpts, key, word.lower() != second[0], False, 1)
            continue
        yield Role(masculine, feminine, Span(m.start(), m.end()), end, of_cpts, key, feminine_word, plural)


RESPECTIVELY_BEFORE = re.compile(r"\b(?:respectivement|respectively)\s+$", re.IGNORECASE)


def _office_forms(word: str) -> tuple[str, str]:
    """The (masculine, feminine) forms of an office word: "coordinatrice" -> ("coordinateur", ...)."""
    return next(forms for stem, forms in OFFICE_STEMS if re.fullmatch(stem, word, re.IGNORECASE))


def _owner_before(ctx: Context, pos: int) -> str:
    """Whose the words just before a role make it: "cpts" ("sa présidente", "CPTS president",
    "the CPTS's coordinator"), "other" ("the ARS director", "the hospital's director") or ""."""
    text = ctx.text
    if OTHER_BODY_BEFORE.search(text, max(0, pos - 40), pos):
        return "other"
    owner = OWNER_BEFORE.search(text, max(0, pos - 40), pos)
    if owner and not re.fullmatch(CPTS_WORD, owner.group(1), re.IGNORECASE):
        return "other"
    if owner or ATTACHED_BEFORE.search(text, max(0, pos - 20), pos) or CPTS_BEFORE.search(text, max(0, pos - 10), pos):
        # a possessive is the nearest body's: "l'URPS et son président" is not the CPTS's
        return "cpts" if _nearest_body_is_cpts(ctx, pos, pos, when_none=True) else "other"
    return ""


def _what_follows(ctx: Context, pos: int) -> tuple[int, bool, str | None, bool]:
    """(end of the role phrase, whether a CPTS follows, its key, whether another body follows)."""
    text = ctx.text
    for _ in range(2):  # "directeur général adjoint de l'ARS"
        q = ROLE_QUALIFIER.match(text, pos)
        if q:
            pos = q.end()
    charge = CHARGE.match(text, pos)
    if charge:
        body = re.search(rf"\b{CPTS_WORD}", charge.group(), re.IGNORECASE)
        return (charge.end(), True, None, False) if body else (pos, False, None, True)
    board = BOARD.match(text, pos)
    if board:
        pos = board.end()
    mention = _mention_near(ctx, pos)
    if mention is not None:
        return mention
    m = OF_CPTS.match(text, pos)
    if m:
        named = _mention_near(ctx, m.end())
        return named if named is not None else (m.end(), True, None, False)
    other = OF_OTHER.match(text, pos)
    if other and not board:
        return pos, False, None, True
    return pos, False, None, False


def _mention_near(ctx: Context, pos: int) -> tuple[int, bool, str | None, bool] | None:
    """A CPTS's name right after `pos`: "président de la CPTS du Sud", "président de Sud 04"."""
    gap = re.match(r"\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*)?", ctx.text[pos:pos + 12])
    start = pos + gap.end()
    for mention, key in ctx.mentions:
        if start - 1 <= mention.span.start <= start + 3 and (mention.span.start >= pos):
            return mention.span.end, True, key, False
        if mention.span.start <= pos < mention.span.end:  # "coordinatrice CPTS" inside the name
            return mention.span.end, True, key, False
    return None


# --- who holds a role ---------------------------------------------------------------------------
def _people_of(ctx: Context, role: Role) -> list[tuple[Name, str]]:
    """The people a role phrase gives, with the words between them and the role."""
    sentence = ctx.sentence_at(role.span.start)
    if not role.of_cpts and not _about_the_cpts(ctx, role.span.start):
        return []
    # "Présidente : Anne Durand", a line of a list: the name after the colon
    listed = ctx.text.startswith(":", _skip_spaces(ctx.text, role.end)) and _names_after(ctx, role.end)
    before = None if listed else _name_before(ctx, role, sentence)
    if before and role.nth is not None:
        names = [*reversed(_names_listed_before(ctx, before[0].span.start, sentence)), before[0]]
        return [(names[role.nth], "")] if len(names) == 2 else []
    if before:
        name, between = before
        people = [(name, between)]
        if role.plural or role.masculine.startswith("co"):
            people += [(n, "") for n in _names_listed_before(ctx, name.span.start, sentence)]
        return people
    names = _names_after(ctx, role.end)
    if not role.plural and not role.masculine.startswith("co"):
        names = names[:1]
    if not names:
        return _pronoun_holder(ctx, role, sentence)
    return [(n, ctx.text[role.end:n.span.start]) for n in names]


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\xa0":
        pos += 1
    return pos


def _pronoun_holder(ctx: Context, role: Role, sentence: Span) -> list[tuple[Name, str]]:
    """ "Anne Durand s'est installée en 2015. Elle est aussi présidente de la CPTS": the person
    named last in the sentences before the pronoun."""
    pronoun = PRONOUN_HOLDER.search(ctx.text, max(sentence.start, role.span.start - 60), role.span.start)
    if not pronoun or ctx.text[sentence.start:pronoun.start()].strip():
        return []
    between = pronoun.group() if pronoun.group(1).lower() in ("elle", "she") else ""
    return [(name, between) for name, _ in _pronoun_holder_of(ctx, sentence)]


def _pronoun_holder_of(ctx: Context, sentence: Span) -> list[tuple[Name, str]]:
    """The person named last in the 400 characters before a sentence opened by a pronoun."""
    start = max(0, sentence.start - 400)
    names = _names_in(ctx, start, ctx.text[start:sentence.start])
    return [(names[-1], "")] if names else []


def _name_before(ctx: Context, role: Role, sentence: Span) -> tuple[Name, str] | None:
    start = max(sentence.start, role.span.start - 160)
    window = ctx.text[start:role.span.start]
    names = _names_in(ctx, start, window)
    if not names:
        return _name_on_line_above(ctx, role)
    name = names[-1]
    if _is_apposition(ctx, name.span.end, role.span.start):
        return name, ctx.text[name.span.end:role.span.start]
    return None


def _name_on_line_above(ctx: Context, role: Role) -> tuple[Name, str] | None:
    """A signature or a caption: "Anne Durand" on a line of its own, "Présidente de la CPTS" below."""
    line_start = ctx.text.rfind("\n", 0, role.span.start) + 1
    if ctx.text[line_start:role.span.start].strip() or line_start == 0:
        return None
    above_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
    above = ctx.text[above_start:line_start - 1]
    m = NAME_RE.fullmatch(above.strip().rstrip(","))
    if not m:
        return None
    name = _as_name(ctx, m, above_start + len(above) - len(above.lstrip()))
    return (name, "") if name else None


def _is_apposition(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end], between a name and a role, makes the role the name's."""
    # "Anne Durand (à droite) est ...": a bracket is left out, offsets kept
    between = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), ctx.text[start:end])
    if COPULA.fullmatch(between) or DETERMINER_APPOSITION.match(between):
        return True
    # "Anne Durand, médecin généraliste, en est la présidente": an apposition, then the verb
    aside = re.match(r"\s*,([^,;.:!?«»\"“”]{1,60}),", between)
    if aside and not CLAUSE_WORD.search(aside.group(1)) and COPULA.fullmatch(between[aside.end():]) \
            and re.search(r"\b(?:est|était|sera|is|was)\b", between[aside.end():]):
        return True
    if not APPOSITION.match(between) or CLAUSE_WORD.search(between):
        return False
    # the phrase must not name someone else (a first and last name), places aside: "pharmacien à Nîmes et"
    for m in re.finditer(rf"\b[{UP}][\w'’-]+", between):
        at = start + m.start()
        if not PLACE_OF_PRACTICE.search(between[:m.start()]) and any(
                p.start <= at < p.end and " " in ctx.text[p.start:p.end].strip() for p in ctx.persons):
            return False
    return True


def _names_listed_before(ctx: Context, pos: int, sentence: Span) -> list[Name]:
    """ "Anne Durand et Jean Dupont, co-présidents": the names before the nearest one."""
    out = []
    while True:
        start = max(sentence.start, pos - 80)
        names = _names_in(ctx, start, ctx.text[start:pos])
        if not names or not SECOND_NAME_GAP.fullmatch(ctx.text[names[-1].span.end:pos]):
            return out
        out.append(names[-1])
        pos = names[-1].span.start


def _names_after(ctx: Context, pos: int) -> list[Name]:
    """The person named at `pos` ("Jean Dupont", "le Dr Anne Durand"), and those listed with it."""
    out = []
    gap = NAME_GAP_AFTER.match(ctx.text, pos)
    pos = gap.end()
    while True:
        m = NAME_RE.match(ctx.text, pos)
        name = _as_name(ctx, m) if m else None
        if name is None:
            return out
        out.append(name)
        more = SECOND_NAME_GAP.match(ctx.text, name.span.end)
        if not more or more.end() == name.span.end:
            return out
        pos = more.end()


def _names_in(ctx: Context, offset: int, window: str) -> list[Name]:
    return [n for m in NAME_RE.finditer(window) if (n := _as_name(ctx, m, offset)) is not None]


def _as_name(ctx: Context, m: re.Match, offset: int = 0) -> Name | None:
    """A regex match as a person's name, trimmed of leading common words; None if not a person."""
    title = m.group("title") or ""
    start, end = offset + m.start("name"), offset + m.end("name")
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    while words and words[0].group().lower().strip("'’") in NOT_NAME_WORDS:
        words.pop(0)
    words = _trimmed_to_person(ctx, start, words)
    cut = next((i for i, w in enumerate(words) if i and w.group().lower() in NOT_NAME_WORDS - PARTICLES), None)
    if cut is not None:  # "Marc Durand Président du conseil"
        end = start + words[cut - 1].end()
        words = words[:cut]
    if not words or any(w.group().lower() in ORGANISATION_WORDS for w in words):
        return None
    start = start + words[0].start()
    span = Span(start, end)
    if len(words) == 1 and not title:
        return None
    if ctx.inside_name(span.start) or ctx.inside_name(span.end - 1):
        return None
    if not _vouched_for(ctx, span, title):
        return None
    return Name(span, title)


def _trimmed_to_person(ctx: Context, start: int, words: list[re.Match]) -> list[re.Match]:
    """ "Explique Anne Durand": the words before the person spaCy found are left out."""
    for i, word in enumerate(words[1:], 1):
        at = start + word.start()
        if any(p.start == at for p in ctx.persons) and \
                not any(p.start <= start + w.start() < p.end for p in ctx.persons for w in words[:i]):
            return words[i:]
    return words


def _vouched_for(ctx: Context, span: Span, title: str) -> bool:
    """spaCy reads it as a person, a title comes before it, or it is "Jean DUPONT"; not a place."""
    text = ctx.text[span.start:span.end]
    if gazetteer.load().candidates(text) or is_department_name(text):
        return False
    if title or re.fullmatch(rf"[{UP}][{LOW}].*\s[{UP}]{{3,}}(?:-[{UP}]+)?", text):
        return True
    return any(p.start <= span.start < p.end or span.start <= p.start < span.end for p in ctx.persons)


# --- verbs: "présidée par" -------------------------------------------------------------------
def _subject_is_cpts(ctx: Context, verb: re.Match) -> bool:
    """The nearest body named before the verb's end, in its sentence, is a CPTS (not "l'association X")."""
    sentence = ctx.sentence_at(verb.start())
    head = ctx.text[sentence.start:verb.start()].strip(" \n,«\"“")
    if head:
        # "Elle est présidée par ...": a feminine pronoun in a release about a CPTS is the CPTS
        return _nearest_body_is_cpts(ctx, verb.start(), verb.end(), when_none=bool(FEMININE_SUBJECT.match(head)))
    # "Présidée par Anne Durand, la CPTS ...", "..., elle regroupe": the subject comes after
    after = ctx.text[verb.end():sentence.end]
    cues = [(m.start(), True) for m in CPTS_CUE.finditer(after)] + \
        [(m.start(), True) for m in FEMININE_SUBJECT.finditer(after)] + \
        [(m.start(), False) for m in OTHER_BODY.finditer(after)] + \
        [(mention.span.start - verb.end(), True) for mention, _ in ctx.mentions_in(Span(verb.end(), sentence.end))]
    return min(cues)[1] if cues else False


def _nearest_body_is_cpts(ctx: Context, start: int, pos: int, when_none: bool) -> bool:
    """Whether the last body named before `pos`, in the sentence of `start`, is a CPTS."""
    sentence = ctx.sentence_at(start)
    before = ctx.text[max(sentence.start, start - 200):pos]
    cues = [(m.end(), True) for m in CPTS_CUE.finditer(before)]
    cues += [(m.end(), False) for m in OTHER_BODY.finditer(before)]
    offset = pos - len(before)
    # a name the sentence splitter cut in two ("CPTS du Val | Fleuri est présidée par") counts
    cues += [(mention.span.end - offset, True) for mention, _ in ctx.mentions
             if mention.span.start < pos and offset < mention.span.end <= pos]
    return max(cues)[1] if cues else when_none


def _holders_before_verbs(ctx: Context):
    """ "Anne Durand, qui préside la CPTS": the name just before the verb."""
    nouns = (m for m in HOLDER_NOUN.finditer(ctx.text) if _what_follows(ctx, m.end())[1])
    for m in [*HOLDER_VERB.finditer(ctx.text), *nouns]:
        sentence = ctx.sentence_at(m.start())
        start = max(sentence.start, m.start() - 80)
        names = _names_in(ctx, start, ctx.text[start:m.start()])
        verb_start = m.start() + len(m.group()) - len(m.group().lstrip(" ,"))
        if names and (names[-1].span.end == m.start() or _is_apposition(ctx, names[-1].span.end, verb_start)):
            yield names[-1], m  # "Anne Durand, médecin généraliste, qui préside la CPTS"


def _fronted_heads(ctx: Context):
    """The subject after "À la tête de la CPTS (...)," (FRONTED_HEAD): its president."""
    for m in FRONTED_HEAD.finditer(ctx.text):
        sentence = ctx.sentence_at(m.start())
        if ctx.text[sentence.start:m.start()].strip(" \n«\"“"):
            continue
        end, of_cpts, key, _ = _what_follows(ctx, m.end())
        comma = ctx.text.find(",", end, min(sentence.end, end + 60))
        if of_cpts and comma > 0:
            role = Role("président", "présidente", Span(m.start(), end), end, True, key, False, False)
            yield from ((name, role) for name in _names_after(ctx, comma + 1)[:1])


def _involved(ctx: Context):
    """Members named with a verb of taking part in the CPTS (INVOLVED)."""
    for m in INVOLVED.finditer(ctx.text):
        sentence = ctx.sentence_at(m.start())
        head = ctx.text[sentence.start:m.start()].strip(" \n«\"“")
        _, _, key, _ = _what_follows(ctx, m.end() - 4)
        role = Role("membre", "membre", Span(m.start(), m.end()), m.end(), True, key, False, True)
        if not head:  # fronted: "Engagés dans la création de la CPTS, Anne Durand ..."
            comma = ctx.text.find(",", m.end(), sentence.end)
            if comma > 0:
                window = ctx.text[comma:min(sentence.end, comma + 160)]
                for name in _names_in(ctx, comma, window):
                    yield name, role
            continue
        if re.fullmatch(r"(?:Il|Elle)", head.split()[-1]) if head.split() else False:
            yield from ((name, role) for name, _ in _pronoun_holder_of(ctx, sentence))
            continue
        start = max(sentence.start, m.start() - 80)
        names = _names_in(ctx, start, ctx.text[start:m.start()])
        if names and (not ctx.text[names[-1].span.end:m.start()].strip()
                      or _is_apposition(ctx, names[-1].span.end, m.start())):
            yield names[-1], role


def _verb_fact(ctx: Context, m: re.Match, name: Name) -> tuple[str | None, int, Fact | None]:
    masculine, feminine = ("coordinateur", "coordinatrice") if m.group("coord") else \
        ("directeur", "directrice") if m.group("direct") else ("président", "présidente")  # "à la tête"
    co = m.groupdict().get("co")
    if co:  # "co-présidée par A et B", as written
        masculine, feminine = co.lower() + masculine, co.lower() + feminine
    # "présidée" agrees with the CPTS, not with the person: only the name's own words give the gender
    _, _, key, _ = _what_follows(ctx, m.end())
    mention = _mention_near(ctx, m.end())
    role = Role(masculine, feminine, Span(m.start(), m.end()), m.end(), True, key or (mention and mention[2]),
                False, False)
    return _person_fact(ctx, role, name, ctx.text[name.span.end:m.end()])


# --- the fact -------------------------------------------------------------------------------------
def _person_fact(ctx: Context, role: Role, name: Name, between: str) -> tuple[str | None, int, Fact | None]:
    whole = name.span.union(role.span)
    key = role.key or ctx.target_for(whole)
    if key is None:
        return None, 0, None
    after = ctx.text[name.span.end:name.span.end + 40]
    feminine = role.feminine_word or bool(
        re.search(r"Mme|Madame|Docteure|Doctoresse|Mrs|Ms", name.title)
        or FEMININE_HINT.search(between)
        or re.match(rf"\s*,\s*(?![Ee]lle\b)(?:{FEMININE_HINT.pattern})", after))  # ", elle regroupe": the CPTS
    value = {"name": _display_name(ctx.text[name.span.start:name.span.end]),
             "role": role.feminine if feminine else role.masculine}
    confidence = attribution_confidence(ctx, whole, key)
    if not role.of_cpts:
        confidence = min(confidence, BARE_ROLE)
    return key, int(role.of_cpts), Fact(value, name.span, confidence=confidence)


def _display_name(written: str) -> str:
    """ "Jean DUPONT" -> "Jean Dupont"; spaces and line breaks made single spaces."""
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in written.split())
    return re.sub(r"(?<=-)(\w)", lambda c: c.group(1).upper(), name)


def _about_the_cpts(ctx: Context, pos: int) -> bool:
    """The sentence speaks of a CPTS (or follows one that does: "Son président, X")."""
    sentence = ctx.sentence_at(pos)
    if re.search(r"\bCPTS\b|communauté|community|bureau|association", ctx.text[sentence.start:sentence.end],
                 re.IGNORECASE):
        return True
    before = ctx.text[max(0, sentence.start - 400):sentence.start]
    return bool(re.search(r"\bCPTS\b|communauté|community", before, re.IGNORECASE)) and ctx.subjects != []
