"""The words of the roles a CPTS's people hold, and of what follows a role: "présidente de la CPTS",
"coordinatrice CPTS", "directeur général de l'ARS" (a role elsewhere)."""
from __future__ import annotations

import re


# --- role words ---------------------------------------------------------------------------
# Each role stem and its French (masculine, feminine) forms; English roles are written in French.
ROLE_STEMS = [
    (r"pr[ée]sident(?P<fem1>e)?s?", ("président", "présidente")),
    (r"coord(?:in|on)at(?:eur|(?P<fem2>rice))s?", ("coordinateur", "coordinatrice")),  # and the common "coordonatrice"
    (r"coordonnat(?:eur|(?P<fem3>rice))s?", ("coordonnateur", "coordonnatrice")),
    (r"direct(?:eur|(?P<fem4>rice))s?", ("directeur", "directrice")),
    (r"secr[ée]taires?", ("secrétaire", "secrétaire")),
    (r"tr[ée]sori(?:er|(?P<fem5>[èe]re))s?", ("trésorier", "trésorière")),
    (r"repr[ée]sentant(?P<fem6>e)?s?", ("représentant", "représentante")),
    (r"membres?\s+du\s+bureau", ("membre du bureau", "membre du bureau")),
    (r"membres?\s+du\s+(?:conseil\s+d['’]administration|CA)\b", ("membre du conseil d'administration",) * 2),
    (r"board\s+members?", ("membre du conseil d'administration",) * 2),
    (r"porte(?:ur|(?P<fem8>use))s?\s+du\s+projet", ("porteur du projet", "porteuse du projet")),
    (r"charg[ée](?P<fem9>e)?s?\s+de\s+mission", ("chargé de mission", "chargée de mission")),
    (r"initiat(?:eur|(?P<fem10>rice))s?", ("initiateur", "initiatrice")),
    (r"(?:(?<!-)|(?<=\bco-))fondat(?:eur|(?P<fem12>rice))s?", ("fondateur", "fondatrice")),
    (r"charg[ée](?P<fem13>e)?s?\s+de\s+projets?", ("chargé de projet", "chargée de projet")),
    (r"charg[ée](?P<fem14>e)?s?\s+de\s+communication", ("chargé de communication", "chargée de communication")),
    (r"chef(?P<fem15>fe)?s?\s+de\s+projets?", ("chef de projet", "cheffe de projet")),
    (r"animat(?:eur|(?P<fem16>rice))s?", ("animateur", "animatrice")),
    (r"administrat(?:eur|(?P<fem17>rice))s?", ("administrateur", "administratrice")),
    (r"r[ée]f[ée]rent(?P<fem18>e)?s?", ("référent", "référente")),
    (r"m[ée]diat(?:eur|(?P<fem11>rice))s?(?:\s+en\s+santé)?", ("médiateur", "médiatrice")),
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
    + r"))?(?:(?:-|\s+et\s+)fondat(?:eur|rice))?(?![\w-])",  # "président-fondateur", "présidente et fondatrice"
    re.IGNORECASE)
# "représentant" only counts when the CPTS is named after it: "représentant la CPTS", not
# "représentant 21 % de la population".
NEEDS_CPTS_AFTER = {"représentant", "membre", "initiateur", "fondateur", "chargé de projet", "chargé de communication",
                    "chef de projet", "animateur", "administrateur", "référent"}

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
    r"\s*(?:du\s+projet\s+(?:de\s+)?)?(?:(?:au\s+sein\s+(?:de\s+la|de\s+l['’]|d['’]une)|de\s+la|de\s+cette|de\s+notre|de\s+l['’]|du|de|d['’]|of\s+the|of|at\s+the|within\s+the|à\s+la|"
    r"la|the)\s*)?"
    rf"(?:(?:nouvelle|future|jeune|new|future)\s+)?(?:{CPTS_WORD}|(?:association|structure)\b{NO_COMPLEMENT})",
    re.IGNORECASE)
# a portfolio after the role: "vice-présidente chargée de la santé au conseil départemental"; its body
# is named before the next comma
CHARGE = re.compile(r"\s+(?:en\s+charge|charg[ée]e?)\s+(?:de|du|des|d['’])\b[^,.;:()]{0,80}", re.IGNORECASE)
OF_OTHER = re.compile(r"\s*(?:de|du|des|d['’]|of|at|au|aux|à|chez|within|for)\b", re.IGNORECASE)
# feminine nouns and participles next to the name: "pharmacienne", "infirmière", "élue", "Mme"
FEMININE_HINT = re.compile(
    r"\b(?:[a-zà-ÿ-]*(?:ienne|ière|trice|euse|esse)|sage-femme|elle|(?:r[ée])?élue|nommée|désignée|interrogée|"
    r"installée|diplômée|engagée|arrivée|née)\b|\b(?:Mme|Madame|Docteure|Doctoresse|Mrs|Ms)\b")
