"""The words of the roles a CPTS's people hold, and of what follows a role: "présidente de la CPTS",
"coordinatrice CPTS", "directeur général de l'ARS" (a role elsewhere); the verbs and nouns of office
("présidée par", "qui préside", "assure la coordination de", "à l'initiative de")."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..reference.folding import fold
from ..reference.regex_start import quick_start
from .patterns import GapLed


# --- role words ---------------------------------------------------------------------------
# Each role stem and its French (masculine, feminine) forms; English roles are written in French.
ROLE_STEMS = [
    # not the verb: "A et B coprésident la CPTS"
    (r"pr[ée]sident(?:(?P<fem1>e)s?|s|(?!\s+(?:la|l['’]|les|cette|notre)\b))", ("président", "présidente")),
    (r"coord(?:in|on)at(?:eur|(?P<fem2>rice))s?", ("coordinateur", "coordinatrice")),  # and the common "coordonatrice"
    (r"coordonnat(?:eur|(?P<fem3>rice))s?", ("coordonnateur", "coordonnatrice")),
    (r"direct(?:eur|(?P<fem4>rice))s?", ("directeur", "directrice")),
    (r"secr[ée]taires?", ("secrétaire", "secrétaire")),
    (r"tr[ée]sori(?:er|(?P<fem5>[èe]re))s?", ("trésorier", "trésorière")),
    (r"repr[ée]sentant(?P<fem6>e)?s?", ("représentant", "représentante")),
    # "membre de son bureau": the CPTS's
    (r"membres?\s+(?:du|de\s+son|de\s+notre)\s+bureau", ("membre du bureau", "membre du bureau")),
    (r"membres?\s+(?:du|de\s+son|de\s+notre)\s+(?:conseil\s+d['’]administration|CA)\b",
     ("membre du conseil d'administration",) * 2),
    (r"board\s+members?", ("membre du conseil d'administration",) * 2),
    (r"porte(?:ur|(?P<fem8>use))s?\s+du\s+projet", ("porteur du projet", "porteuse du projet")),
    (r"porte(?:ur|(?P<fem22>use))s?\s+de\s+projets?", ("porteur de projet", "porteuse de projet")),
    (r"charg[ée](?P<fem9>e)?s?\s+de\s+mission", ("chargé de mission", "chargée de mission")),
    (r"charg[ée](?P<fem24>e)?s?\s+de\s+(?:la\s+)?coordination", ("chargé de coordination", "chargée de coordination")),
    (r"initiat(?:eur|(?P<fem10>rice))s?", ("initiateur", "initiatrice")),
    (r"(?:(?<!-)|(?<=\bco-))fondat(?:eur|(?P<fem12>rice))s?", ("fondateur", "fondatrice")),
    (r"(?:(?<!-)|(?<=\bco-))founders?", ("fondateur", "fondatrice")),
    (r"charg[ée](?P<fem13>e)?s?\s+de\s+projet(?!s)", ("chargé de projet", "chargée de projet")),
    (r"charg[ée](?P<fem23>e)?s?\s+de\s+projets", ("chargé de projets", "chargée de projets")),  # as written
    (r"charg[ée](?P<fem14>e)?s?\s+de\s+communication", ("chargé de communication", "chargée de communication")),
    (r"chef(?P<fem15>fe)?s?\s+de\s+projets?", ("chef de projet", "cheffe de projet")),
    (r"animat(?:eur|(?P<fem16>rice))s?", ("animateur", "animatrice")),
    (r"administrat(?:eur|(?P<fem17>rice))s?", ("administrateur", "administratrice")),
    (r"r[ée]f[ée]rent(?P<fem18>e)?s?", ("référent", "référente")),
    (r"m[ée]diat(?:eur|(?P<fem11>rice))s?(?:\s+en\s+santé)?", ("médiateur", "médiatrice")),
    (r"membres?", ("membre", "membre")),
    (r"adh[ée]rent(?P<fem19>e)?s?", ("membre", "membre")),  # "infirmière adhérente de la CPTS"
    (r"assistant(?P<fem20>e)?s?\s+de\s+coordination", ("assistant de coordination", "assistante de coordination")),
    (r"charg[ée](?P<fem21>e)?s?\s+de\s+(?:la\s+)?prévention", ("chargé de prévention", "chargée de prévention")),
    (r"responsables?", ("responsable", "responsable")),
    (r"porte-paroles?", ("porte-parole", "porte-parole")),
    (r"chair(?P<fem7>wom[ae]n)?(?:m[ae]n|persons?|s)?", ("président", "présidente")),  # "co-chairs A and B"
    # "head of the CPTS", "the CPTS head", "leader of the community" (not "head of the agency")
    (r"(?:head|leader)(?=\s+of\s+the\s+(?:CPTS|community|association)\b)|(?<=CPTS\s)head\b", ("président", "présidente")),
    (r"coordinators?", ("coordinateur", "coordinatrice")),
    (r"directors?", ("directeur", "directrice")),
    (r"treasurers?", ("trésorier", "trésorière")),
    (r"secretar(?:y|ies)", ("secrétaire", "secrétaire")),
]
# the offices a compound role joins: "directrice-coordinatrice", "coordinatrice et directrice"
OFFICE_STEMS = ROLE_STEMS[:4]
ROLE_RE = quick_start(re.compile(
    r"(?<![\w-])(?P<former>(?:ancien(?:ne)?|ex|former)[\s-]+)?(?P<prefix>co-?|vice[-\s]?)?(?P<role>"
    + "|".join(f"(?P<r{i}>{stem})" for i, (stem, _) in enumerate(ROLE_STEMS)) + r")"
    # inclusive writing leaves the gender open: "président·e", "coordinateur·rice", "trésorier(ère)"
    + r"(?P<inclusive>(?:[·•‧.](?:e|rice|trice|ère|ne)|\((?:e|rice|trice|ère|ne)\))s?)?"
    + r"(?P<second>(?:-|\s+et\s+)(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", stem) for stem, _ in OFFICE_STEMS)
    # "président-fondateur", "présidente et fondatrice", "président et cofondateur"
    + r"))?(?:(?:-|\s+et\s+)(?:co-?)?fondat(?:eur|rice))?(?![\w-])",
    re.IGNORECASE))
# "représentant" only counts when the CPTS is named after it: "représentant la CPTS", not
# "représentant 21 % de la population".
NEEDS_CPTS_AFTER = {"représentant", "membre", "responsable", "porte-parole", "assistant de coordination", "chargé de prévention", "initiateur", "fondateur", "chargé de projet", "chargé de communication",
                    "chargé de projets", "chef de projet", "animateur", "administrateur", "référent"}

# The offices of a board, never a job title after a profession: "infirmière présidente" (not "infirmière coordinatrice")
BOARD_OFFICES = {"président", "secrétaire", "trésorier"}
# A role said to be the CPTS's by the words before it: "sa présidente", "X en est la coordinatrice".
ATTACHED_BEFORE = re.compile(  # "ses membres fondateurs", "ses deux coprésidents"
    r"(?:\b(?:son|sa|leur|notre|its|their|our)|\b(?:ses|leurs|nos)(?:\s+(?:membres|deux|trois|quatre))?|\ben\s+est\s+(?:le|la|l['’])|\b(?:a|avec|has|with)\s+pour)\s*$",
    re.IGNORECASE)
OTHER_BODY_BEFORE = re.compile(
    r"\b(?:ARS|CPAM|URPS|MSP|CHU|hospital|agency|fund|union|council|county|city|town|school|clinic|center|centre)"
    r"[ \t\u00a0]*\Z", re.IGNORECASE)  # (not across a line: "CPTS Thiérache Centre\nPrésidente : A")
PROFESSION_BEFORE = re.compile(
    r"\b(?:médecins?|infirmi[eè]re?s?|cadres?|pharmacien(?:ne)?s?|nurses?|physicians?|doctors?)[ \t\u00a0]+$",  # not across a line
    re.IGNORECASE)
# A fronted apposition before the subject it qualifies: "Infirmière libérale, elle ...", "Kinésithérapeute à Percy, elle ..."
FRONTED_ASIDE = r"(?:[A-ZÀ-Ý][^,.;:!?«»\"“”]{0,60},\s*)?"
# A profession with its article, standing for the person named last: "le pharmacien de Montmédy", "cette infirmière"
DEFINITE_PROFESSION = (
    r"(?:Le|La|L['’]|Ce|Cette|Cet|le|la|l['’]|ce|cette|cet)\s*(?:jeune\s+)?(?:médecin|généraliste|infirmi(?:er|ère)|"
    r"pharmacien(?:ne)?|kinésithérapeute|kiné|sage-femme|praticien(?:ne)?|docteure?|orthophoniste|dentiste|psychologue|"
    r"podologue)(?:\s+(?:libérale?|généraliste|(?:de|d['’]|à)\s*[A-ZÀ-Ý][\w'’-]+))?")
CPTS_BEFORE = re.compile(r"\bCPTS\s*$")  # "CPTS president Jane Doe"
OWNER_BEFORE = re.compile(r"\b([\w-]+)['’]s\s*$")  # "the CPTS's coordinator"
# An adjective or a board between the role and its organisation: "directeur général de l'ARS",
# "présidente du conseil d'administration de la CPTS".
ROLE_QUALIFIER = re.compile(
    r"\s+(?:g[ée]n[ée]rale?|d[ée]partementale?|r[ée]gionale?|adjointe?|d[ée]l[ée]gu[ée]e?|m[ée]dicale?|"
    r"op[ée]rationnel(?:le)?|administrati(?:f|ve)|ex[ée]cuti(?:f|ve)|fondat(?:eur|rice)|sortante?|actuel(?:le)?|"
    r"[ée]lue?|b[ée]n[ée]vole|salari[ée]e?|territoriale?|nationale?|locale?|intérimaire|technique|financi(?:er|ère)|"
    r"scientifique|associée?|principale?|acti(?:f|ve)|general|executive|medical|founding|current|deputy|regional|"
    r"santé|prévention|"  # "chargée de mission santé à la communauté de communes"
    r"à\s+(?:temps\s+(?:plein|partiel)|mi-temps)|"  # "une coordinatrice à temps plein, Julie Perrin"
    r"(?:récemment|nouvellement|fraîchement)\s+(?:recrutée?|nommée?|élue?|arrivée?|désignée?))\b",
    re.IGNORECASE)
# A qualifier that is part of the office, kept in the role: "coordinatrice sociale", "président provisoire",
# "secrétaire générale", "directrice adjointe", a mission's field ("chargée de mission prévention") (masculine, feminine)
KEPT_QUALIFIERS = [("provisoire", "provisoire"), ("adjoint", "adjointe"), ("général", "générale"), ("social", "sociale"),
                   ("médical", "médicale"), ("paramédical", "paramédicale"), ("administratif", "administrative"),
                   ("prévention", "prévention"), ("attractivité", "attractivité"), ("parcours", "parcours")]
_KEPT_BY_FOLDED = {fold(written): forms for forms in KEPT_QUALIFIERS for written in forms}
NEXT_WORD = re.compile(r"[ \t\u00a0]+(\w+)(?![\w-])")


class KeptQualifier(NamedTuple):
    masculine: str
    feminine: str
    written_feminine: bool  # "générale", "adjointe" (not "provisoire", both)


def kept_qualifier(text: str, pos: int) -> KeptQualifier | None:
    """The qualifier of the office right after `pos`, if it is one kept in the role ("sociale")."""
    word = NEXT_WORD.match(text, pos)
    forms = word and _KEPT_BY_FOLDED.get(fold(word.group(1)))
    if not forms:
        return None
    masculine, feminine = forms
    return KeptQualifier(masculine, feminine, masculine != feminine and fold(word.group(1)) == fold(feminine))


BOARD = re.compile(
    r"\s+(?:du\s+(?:conseil\s+d['’]administration|CA|bureau|comit[ée]\s+de\s+pilotage)|of\s+the\s+board)\b",
    re.IGNORECASE)
CPTS_WORD = r"(?:CPTS|communaut[ée]\s+professionnelle|community)"
# "l'association" alone is the CPTS; "l'association des maires", "l'association Santé Mobile" is not
NO_COMPLEMENT = r"(?!\s+(?:des?\b|du\b|d['’]|pour\b|of\b|for\b|(?-i:[A-ZÀ-Ý](?!PTS))))"  # a capital, in any pattern's flags
# What follows a role in the CPTS: "de la (nouvelle) CPTS", "of the CPTS", "CPTS", "de l'association", "de l'association
# de préfiguration de la CPTS", "du dispositif" (not "du dispositif d'appui", "du dispositif ASALEE").
OF_CPTS = re.compile(  # a line break only before a lower-case word: a line that opens on "CPTS Y" is another item
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*(?=(?-i:[a-zà-ÿ])))?"
    r"(?:du\s+projet\s+(?:de\s+)?|de\s+l['’]association\s+(?:de\s+préfiguration|porteuse)\s+)?"
    r"(?:(?:au\s+sein\s+(?:de\s+la|de\s+l['’]|d['’]une)|"
    r"de\s+la|de\s+cette|de\s+notre|de\s+l['’]|du|de|d['’]|of\s+the|of|at\s+the|within\s+the|à\s+la|"
    r"la|the)\s*)?"
    rf"(?:(?:toute\s+)?(?:nouvelle|future|jeune|new|future)\s+)?(?:{CPTS_WORD}|(?:association|structure|communauté|dispositif)\b{NO_COMPLEMENT})",
    re.IGNORECASE)
# a portfolio after the role: "vice-présidente chargée de la santé au conseil départemental"; its body
# is named before the next comma
CHARGE = re.compile(r"\s+(?:en\s+charge|charg[ée]e?)\s+(?:de|du|des|d['’])\b[^,.;:()]{0,80}", re.IGNORECASE)
OF_OTHER = re.compile(r"\s*(?:de|du|des|d['’]|of|at|au|aux|à|chez|within|for)\b", re.IGNORECASE)
# feminine nouns and participles next to the name: "pharmacienne", "infirmière", "élue", "Mme"
FEMININE_HINT = re.compile(
    r"\b(?:[a-zà-ÿ-]*(?:ienne|ière|trice|euse|esse)|sage-femme|elle|(?:r[ée])?élue|nommée|désignée|interrogée|"
    r"installée|diplômée|engagée|arrivée|née)\b|\b(?:Mme|Madame|Mlle|Mademoiselle|Docteure|Doctoresse|Mrs|Ms)\b")


# --- verbs and nouns of office ---------------------------------------------------------------
ADVERB = (r"(?:aujourd['’]hui|actuellement|désormais|également|aussi|depuis\s+\d{4}|à\s+l['’]unanimité|"
          r"(?:dès|depuis)\s+(?:l['’]origine|le\s+(?:départ|début)|(?:ses|son)\s+(?:débuts?|origines?|lancement)|sa\s+création)|"
          r"ensemble|conjointement|now|currently|also|jointly|together)")
# Taking part in the CPTS without an office: "Engagés dans la création de la CPTS, Anne Durand et
# Jean Dupont ...", "Anne Durand s'implique dans la CPTS" give members
INVOLVED = re.compile(
    r"\b(?:(?P<reflexive>s['’](?:(?:est|sont)\s+)?(?:investi\w*|impliqu\w*|engag\w*)\s+)?"
    r"(?(reflexive)|(?:impliqu|engag|investi)\w*\s+)"
    r"(?:\w+\s+)?(?:dans|au\s+sein\s+de)\s+(?:la\s+(?:création|construction|mise\s+en\s+place|naissance)\s+(?:de\s+|d['’]))?|"
    # "Anne Durand fait partie de la CPTS", "... a rejoint la CPTS en 2022", "... adhère (a adhéré, participe) à la CPTS"
    r"(?:fait|font|faisait|faisaient)\s+partie\s+de\s+|(?:a|ont|avait|avaient)\s+rejoint\s+|"
    r"(?:adhèr(?:e|ent)|(?:a|ont|avait|avaient)\s+adhéré|particip(?:e|ent|ait|aient)(?:\s+activement)?)\s+à\s+)"
    rf"(?:la|une|cette|notre)\s+{CPTS_WORD}", re.IGNORECASE)
# Those who carry the project of the CPTS, the subject of the sentence: "Anne Durand et Jean Dupont,
# médecins, portent le projet de création de la CPTS", "... mettent la dernière main au projet de CPTS"
CARRIES_PROJECT = re.compile(  # from the literal word, fast; "au", "le" or "du" before it (PROJECT_ARTICLE)
    rf"projet\s+(?:de\s+(?:création|constitution)\s+)?(?:de\s+(?:la|une|cette)\s+|de\s+)"
    rf"(?:future\s+)?{CPTS_WORD}", re.IGNORECASE)
PROJECT_ARTICLE = re.compile(r"\b(?:au|le|du)\s+$", re.IGNORECASE)
# "présidée par Anne Durand", "que préside Anne Durand", "chaired by Anne Durand"
ROLE_VERB = quick_start(re.compile(
    r"\b(?:(?P<chair>(?P<co>co-?|vice-)?(?:présidée?s?\s+(?:{adverb}|{since})par|chaired\s+by|led\s+by|présidence(?:{held}|{label}))|"
    r"que\s+présid(?:e|ent)|"
    r"sous\s+la\s+(?:co-?)?présidence\s+d(?:e\s+|u\s+|['’])|"
    # "La CPTS a élu à sa tête Anne Durand", "La CPTS, avec à sa tête Anne Durand, ..."
    r"(?:élu|porté|choisi|désigné|nommé|placé)\s+à\s+sa\s+(?:tête|présidence)|(?:avec|a|avait|aura)\s+à\s+sa\s+tête|"
    r"headed\s+by|présidence{shared})|"
    r"(?P<coord>coordonnée?s?\s+(?:{adverb}|{since})par|coordinated\s+by|coordination(?:{held}|{label}))|"
    r"(?P<direct>dirigée?s?\s+(?:{adverb}|{since})par|directed\s+by|run\s+by|direction(?:{held}|{label}))|"
    r"(?P<carry>portée?s?\s+{adverb}par|carried\s+by)|"
    r"(?P<represent>représentée?s?\s+{adverb}par|represented\s+by)|"
    # "Initiée par Paul Morel, la CPTS ...", "La CPTS, fondée (créée) par Paul Morel en 2019, ..."
    r"(?P<found>(?:co-?)?(?:fondée?s?|créée?s?)\s+{adverb}(?:{when})?par|(?:co-?)?founded\s+(?:{when})?by)|"
    # "initié en 2019 par Paul Morel", "impulsée par Paul Morel", "lancée par deux médecins, A et B"
    r"(?P<init_by>(?:initi|impuls|lanc)ée?s?\s+{adverb}(?:{when})?par|(?:initiated|launched)\s+by)|"
    # "La CPTS est née à l'initiative du Dr Anne Durand": its initiator
    # "... est partie de l'ambition du Dr Anne Durand", "... a vu le jour sous l'impulsion d'Anne Durand"
    r"(?P<init>(?:(?:né|créé|lancé|fondé|constitué|issu|parti|venu)e?s?|(?:a|ont)\s+vu\s+le\s+jour)\s+{adverb}"
    r"(?:à\s+l['’]initiative|de\s+l['’](?:initiative|ambition|idée|impulsion)|de\s+la\s+volonté|"
    r"(?:sous|sur|grâce\s+à)\s+l['’]impulsion)\s+"
    r"(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])|"
    # without a verb: "Sous l'impulsion du Dr Anne Durand, ...", "C'est à l'initiative de ... que", "créée en 2019 à
    # l'initiative de"
    r"(?P<init_bare>(?:à\s+l['’]initiative|(?:sous|sur)\s+l['’]impulsion)\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])"
    r"(?=[\sA-ZÀ-Ý]))))\s*".format(
        # "La présidence est assurée par A", "... revient à A"
        held=r"\b[^.;:]{0,80}?\b(?:est\s+)?(?:assurée|confiée|revient|est\s+revenue|échoit|held)\s+"
             r"(?:(?:depuis|since)\s+[^,.;:]{1,25}?\s+)?(?:par|à|by)",  # "... est assurée depuis 2021 par A"
        adverb=rf"(?:{ADVERB}\s+)?",
        shared=r"\s+(?:est\s+)?(?:partagée|assurée\s+conjointement)\s+(?:entre|par)",  # "La présidence est partagée entre"
        label=r"[ \t\u00a0]*:",  # "Présidence : Anne Durand ; coordination : Jean Dupont"
        since=r"(?:depuis|since)\s+[^,.;:]{1,25}?(?:,[^,.;:]{1,30}?,)?\s+",  # "depuis sa création, en mai 2022, par"
        when=r"(?:en|in)\s+(?:\w+\s+)?\d{4}\s+"),  # "en 2019", "en mars 2019"  # "présidée depuis sa création par"
    re.IGNORECASE))
# verbs whose person comes before: "Anne Durand, qui préside la CPTS", "Anne Durand chairs the CPTS"
HOLDER_VERB = GapLed(
    r"(?:(?:qui|who)\s+)?(?:(?P<chair>(?P<co>co-?)?présid(?:e|ent|ait|aient|era|eront)|co-?chairs|chairs|chaired|heads|headed|leads|led)|"
    r"(?P<coord>coordonn(?:e|ait|era)|coordinates|coordinated)|(?P<direct>dirig(?:e|eait|era)|runs|directs)|"
    # "Paul Morel a fondé la CPTS en 2019", "... a initié la CPTS"
    r"(?P<found>(?:a|ont|avait|avaient)\s+(?:co-?)?(?:fondé|créé)|(?:(?:has|have)\s+)?(?:co-?)?founded)|(?P<init>(?:a|ont|avait|avaient)\s+(?:initié|lancé)))\s+"
    rf"(?:{ADVERB}\s+)?(?:la|l['’]|cette|notre|the|our)\s*(?:(?:nouvelle|new)\s+)?(?:{CPTS_WORD}|association\b{NO_COMPLEMENT}|"
    r"(?:structure|communauté)(?=\s*[,.;)]|\s+(?:depuis|since)\b)|"  # "qui préside la structure" ("la structure hospitalière"
    # is another), "préside la nouvelle communauté" ("la communauté de communes" is another)
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}CPTS\b)",  # "who chairs the Val Fleuri CPTS"
    re.IGNORECASE,
    cue=r"(?:présid(?:e|ent|ait|aient|era|eront)|chair(?:s|ed)|head(?:s|ed)|leads|led|coordonn(?:e|ait|era)|coordinat(?:es|ed)|"
        r"dirig(?:e|eait|era)|runs|directs|fondé|créé|founded|initié|lancé)\s")
# the CPTS just spoken of as the verb's object: "Le Dr Jean Dupont, qui la préside, ..."
HOLDER_PRONOUN_VERB = GapLed(
    r"(?:qui|who)\s+(?:la|l['’])\s*(?:(?P<chair>présid(?:e|ait))|(?P<coord>coordonn(?:e|ait))|(?P<direct>dirig(?:e|eait)))\b",
    re.IGNORECASE, cue=r"(?:qui|who) l")
# a noun of office after its holder: "Anne Durand a été élue à la présidence de la CPTS", "Anne Durand
# assure la coordination de la CPTS", "Anne Durand en assure la présidence", "Anne Durand est à la tête de la CPTS"
HOLDER_NOUN = GapLed(
    r"(?:(?:qui|who)\s+)?(?:(?:(?:a\s+été\s+|est\s+)?(?:r?éélue?|élue?|nommée?|désignée?)\s+à\s+(?:la|(?P<its>sa))|"
    rf"(?P<en>en\s+)?(?:assur(?:e|ent|ait|aient)|exerc(?:e|ent)|exerçai(?:t|ent)|(?:a|ont)\s+pris|prend|"
    rf"(?:a|ont)\s+repris|reprend|occup(?:e|ent|ait|aient)|(?:se\s+)?partag(?:ent|eaient))\s+"
    rf"(?:{ADVERB}\s+)?la|"
    # "Anne Durand succède à Jean Dupont à la présidence de la CPTS"
    r"(?:succède|a\s+succédé|succédera)\s+(?:à|au)\s+(?:[\w'’.-]+\s+){1,4}?à\s+la|"
    # "Paul Morel remplace Anne Durand à la présidence de la CPTS"
    r"(?:remplace|a\s+remplacé|remplacera)\s+(?:[\w'’.-]+\s+){1,4}?à\s+la|"
    # "Anne Durand, à la présidence de la CPTS depuis 2021, ...", "La CPTS a élu Anne Durand à sa présidence"
    r"(?:est\s+|était\s+)?à\s+(?:la|sa))\s+"
    r"(?:(?P<chair>(?P<co>co-?|vice-)?présidence)|(?P<coord>coordination)|(?P<direct>direction)|(?P<mediate>médiation(?:\s+en\s+santé)?))|"
    r"(?:est\s+|était\s+)?à\s+la\s+tête|"
    # "Anne Durand a succédé au Dr Jean Dupont à la tête de la CPTS": the successor, not the one before
    r"(?:succède|a\s+succédé|succédera|remplace|a\s+remplacé|remplacera)\s+(?:à\s+|au\s+)?(?:[\w'’.-]+\s+){1,4}?"
    r"à\s+la\s+tête|"
    r"(?:prend|a\s+pris|reprend|a\s+repris|prendra)\s+la\s+tête|"
    # "Anne Durand siège au conseil d'administration de la CPTS", "... fait partie du bureau de la CPTS", "élue au bureau"
    r"(?:siège|siégeait|siégera|fait\s+partie|faisait\s+partie|(?:a\s+été\s+)?(?:r?éélue?|élue?)s?)\s+(?:au|du)\s+"
    r"(?:(?P<board>conseil\s+d['’]administration|CA)|(?P<bureau>bureau)))\b",
    re.IGNORECASE, cue="présidence|coordination|direction|médiation|tête|siège|partie|élue?s? au")
# "Anne Durand et Jean Dupont (se) partagent la présidence": co-presidents
# "Anne Durand et Jean Dupont sont à l'initiative de la CPTS": found from "à l'initiative", then its verb
AT_THE_ORIGIN = re.compile(r"\bà\s+l['’](?:initiative|origine)\b", re.IGNORECASE)
# the names after an origin: "À l'origine du projet, A, B et C", "À son origine, A et B", "Les professionnels à
# l'origine de la CPTS : A et B" ("À l'origine, la CPTS comptait ..." is "at first": an object is needed)
ORIGIN_THEN_NAMES = re.compile(
    rf"\b[àÀ]\s+(?:l['’](?:origine|initiative)\s+(?:(?:du|de\s+ce)\s+projet|de\s+(?:la|cette|notre)\s+"
    rf"(?:{CPTS_WORD}|démarche|association)|de\s+celle-ci|"
    # "À l'origine de cette aventure, trois soignants : A, B et C": what the text speaks of (role_fronted)
    rf"de\s+cette\s+(?P<vague>aventure|initiative|dynamique))|son\s+origine)"
    # a comma, a colon, a bracket, "..., composé de", "..., avec", ". Il s'agit de"
    r"\s*(?P<sep>,(?:\s*(?:composée?|formée?|constituée?)\s+(?:de|d['’])|\s*avec\b)?|:|\((?=\s*[A-ZÀ-Ý])|"
    r"(?=\.\s*(?:Il|Elle)\s+s['’]agit))")
# a board and the names it is made of: "Le conseil d'administration se compose de : A (infirmière), B et C", "Siègent au
# bureau : A, B"
BOARD_THEN_NAMES = quick_start(re.compile(
    r"\b(?:(?:le|son|notre|its|our|the)\s+(?:(?P<board>conseil\s+d['’]administration|CA\b|board(?:\s+of\s+directors)?)|(?P<bureau>bureau))"
    r"(?:\s+(?:de\s+la|of\s+the)\s+(?:CPTS|association))?\s+(?:se\s+compose|est\s+composée?|est\s+constituée?|is\s+made\s+up|consists)"
    r"\s+(?:de|d['’]|of)|(?:siègent|siégeront|sit)\s+(?:au|on\s+the)\s+(?:(?P<board2>conseil\s+d['’]administration|CA\b|board)"
    r"|(?P<bureau2>bureau)))\s*:?\s*(?=(?:le\s+|la\s+)?(?:Dr\.?\s+|Pr\.?\s+)?[A-ZÀ-Ý])", re.IGNORECASE))
# "Anne Durand est à l'origine de la CPTS", "Anne Durand, à l'initiative de la CPTS, ..."
ORIGIN_HOLDER = re.compile(r"(?:(?:est|sont|était|étaient|a\s+été|ont\s+été)\s+|,\s*)à\s+l['’](?P<init>initiative|origine)\b",
                           re.IGNORECASE)
ORIGIN_VERB_BEFORE = re.compile(r"\b(?:est|sont|était|étaient|a\s+été|ont\s+été)\s+$|,\s*$", re.IGNORECASE)
# a fronted office, its holder the sentence's subject: "À la tête de la CPTS depuis 2020, le Dr Jean Dupont ..."
# or "À sa tête, le Dr Jean Dupont": the CPTS just spoken of
# or after the participle of taking it up: "Élue à la tête de la CPTS en 2022, Anne Durand ...", "Depuis 2020 à la
# présidence de la CPTS, Jean Dupont ..." (a feminine participle tells the holder's gender)
FRONTED_AT = (r"(?:[ÀA]|(?:(?:[ÉE]lu|R[ée]élu|Nommé|Désigné|Arrivé|Installé|Placé|Propulsé)(?P<fem>e)?s?|"
              r"Désormais|Aujourd['’]hui|Depuis\s+\d{4})\s+à)")
FRONTED_HEAD = quick_start(re.compile(  # "la structure" alone: "la structure hospitalière" is another
    rf"{FRONTED_AT}\s+la\s+tête\s+(?:de\s+(?:la|cette|notre)\s+"
    rf"(?=(?:{CPTS_WORD}|association\b|structure(?=\s*[,(]|\s+depuis\b)))|du\s+(?=CPTS\b))"  # "du CPTS": a common slip
    r"|[ÀA]\s+(?P<its>sa|leur)\s+tête\b"))
# an office fronted before its holder, opening a line or sentence: "À la présidence, A", "À la coordination : B"
FRONTED_OFFICE = quick_start(re.compile(rf"{FRONTED_AT}\s+la\s+(?P<office>(?P<prefix>(?i:co-?|vice-))?(?P<noun>(?i:présidence|"
                                        r"coordination|direction|trésorerie)))\b"))
# an election fronted before its holder, opening a line or sentence: "Élu président à l'unanimité lors de l'assemblée
# constitutive, le docteur A", "Réélue coordinatrice en 2024, B"
FRONTED_ELECTED = quick_start(re.compile(
    r"(?:(?:Ré|ré)?[ÉéEe]lue?|[Nn]ommée?|[Dd]ésignée?|[Rr]econduite?)\s+(?:à\s+la\s+)?(?P<office>(?P<prefix>co-?|vice-)?"
    r"(?:présidente?|présidence|coordinat(?:eur|rice)|coordination|trésori(?:er|ère)|secrétaire))\b[^,.;:\n]{0,80}?,\s*"))
# a time between a fronted office and the comma before its holder: "À la présidence de la CPTS depuis 2021, A"
FRONTED_TIME = re.compile(r"(?:\s+(?:en|depuis|dès|le|au|in|since)\s+[^,.;:\n]{1,25}?)?\s*[,:]")
OTHER_BODY = re.compile(  # (not a word of a hyphenated place name: "Sarre-Union", "Ville-la-Grand")
    r"(?<!-)\b(?:ARS|CPAM|URPS|agence|caisse|f[ée]d[ée]ration|conseil\s+(?:d[ée]partemental|r[ée]gional|municipal|"
    r"communautaire|g[ée]n[ée]ral|de\s+l['’]ordre)|mairie|ville|commune(?!s)|h[ôo]pital|"  # "vingt communes": no body
    r"centre|clinique|maison|MSP|CCAS|syndicat|ordre|union|pr[ée]fecture|r[ée]gion|d[ée]partement|"
    r"communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration)|table\s+ronde|r[ée]union|soir[ée]e|s[ée]ance|"
    r"assembl[ée]e|d[ée]bat|conf[ée]rence|atelier|groupe|comit[ée]|commission|"
    r"association\s+(?:des?\b|du\b|d['’]|(?-i:[A-ZÀ-Ý](?!PTS))))(?!-)", re.IGNORECASE)  # "l'association est ..." is the CPTS
# "le projet, présidé par ...": in a release about a CPTS, its project (a project of another
# body names it: "le projet de maison de santé")
LATTER_SUBJECT = re.compile(r"(?i:cette\s+dernière|celle-ci)\b")  # the body named last before
FEMININE_SUBJECT = re.compile(r"\b(?:[Ee]lle|[Cc]elle-ci|It)\b")
# the clause's subject just before its verb, after a comma: "..., elle est coordonnée par", "..., it is led by"
CLAUSE_PRONOUN = re.compile(r",\s*(?:elle|celle-ci|it)\s+(?:est|a\s+été|sera|is|was|has\s+been)(?:\s+\w+ment)?$",
                            re.IGNORECASE)
# its board too: "Le bureau est présidé par X" ("le bureau de l'URPS" names another body after it)
# ("la fédération des CPTS", "un réseau de CPTS": CPTS in general, no body)
CPTS_CUE = re.compile(rf"(?<!\bdes\s)(?<!\bde\s)\b{CPTS_WORD}|\b(?:association|structure)\b{NO_COMPLEMENT}|"
                      # "La communauté est présidée par", "La communauté, présidée par": the CPTS, its type words left out
                      r"\b(?:la|cette|notre|the|our)\s+(?:communauté|community)(?=\s*,|\s+(?:est|a|sera|était|is|was|has)\b)|"
                      r"\b(?:projet|project|démarche|bureau|board|conseil\s+d['’]administration|assembl[ée]e\s+g[ée]n[ée]rale)\b",
                      re.IGNORECASE)
