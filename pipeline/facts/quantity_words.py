"""The words that tell what a figure counts and whose it is: units after a number, labels before it,
and the phrasings of figures that are not a CPTS's own (a town's, an audience, its officers)."""
from __future__ import annotations

import re

from .number_words import NUMBER_WORDS
from .place_names import EPCI_PHRASE

# "210 self-employed healthcare professionals", "90 independent health professionals": English puts
# up to two adjectives before the noun (words of a phrase, "of", "to", "the", left out)
ENGLISH_ADJECTIVES = r"(?:(?!(?:of|the|to|for|and|in|on|at|per|by|with|from|a|an)\b)[a-z][a-z-]+\s+){0,2}"


def _inclusive(stem: str, feminine: str) -> str:
    """A plural noun and its inclusive spellings: "adhérents", "adhérent·es", "adhérent(e)s", "adhérent·e·s"."""
    return rf"{stem}(?:{feminine})?s|{stem}(?:[·.•]{feminine}[·.•]?s|\({feminine}\)s)"


UNIT_AFTER = [
    # ("12 personnes morales" are member structures)
    ("population", r"(?:(?:d['’]\s*)?(?:(?:year-round|permanent|full-time)\s+)?(?:habitants?|inhabitants?|r[eé]sidents?|administrés|âmes"
                   r"|personnes(?!\s+morales)|people)\b"
                   r"|hab\b\.?)"),
    ("communes_count", r"(?:communes?|municipalit(?:y|ies)|towns|villages)\b"),
    ("professionals_count", r"(?:" + _inclusive("professionn?el", "le") + "|(?:" + ENGLISH_ADJECTIVES + r")(?:health\s*care\s+|health\s+)?"
                            r"(?:professionals|practitioners|providers)|(?:health\s*care|health)\s+workers|caregivers|carers|"
                            + _inclusive("soignant", "e") + "|" + _inclusive("praticien", "ne") +
                            r"|acteurs\s+de\s+(?:santé|soins)|" + _inclusive("adhérent", "e") + r"|adhésions|membres|libéraux"
                            # "ils sont 140 à avoir adhéré"
                            r"|members|à\s+(?:avoir\s+)?(?:adhéré|rejoint\s+(?:la\s+CPTS|l['’]association|la\s+communauté)))\b"),
    ("structures_count", r"(?:structures|établissements|personnes\s+morales|maisons\s+de\s+santé|centres\s+de\s+santé|"
                         r"pôles\s+de\s+santé|MSP|(?:" + ENGLISH_ADJECTIVES + r")(?:health\s*care\s+|health\s+|care\s+)?"
                         r"(?:establishments|facilities|structures|cent(?:re|er)s))\b"),
]
# the gap between a label and its figure in a box of key figures: spaces, or dotted leaders ("Habitants ...... 87 760")
LEADER = r"(?:[ \u00a0]{2,}|[ \u00a0]*\.{3,}[ \u00a0]*)"
LABEL_BRACKET = r"(?:[ \t]*\([^()\n]{0,60}\))?"
LABEL_BEFORE = [
    # "Population : 45 000", a table's "Nombre d'habitants | 45 000"
    ("population", r"(?:population(?:\s+(?:couverte|concernée|totale|covered))?|nombre\s+d['’]habitants|habitants|inhabitants)\s*[:|\t]\s*$"),
    ("communes_count", r"(?:nombre\s+de\s+communes|communes(?:\s+(?:couvertes|concernées|membres))?|municipalities)\s*[:|\t]\s*$"),
    ("professionals_count", r"(?:nombre\s+de\s+professionnels|professionnels(?:\s+de\s+santé)?|adhérents|members)\s*[:|\t]\s*$"),
    # a box of key figures aligned with spaces, a label opening its line: "Habitants          ≈ 78 000"
    # (a bracket after the label says what or when: "Population (Insee 2021)", "Adhérents (professionnels de santé)")
    ("population", rf"(?:^|(?<=\n))[ \t]*(?:population(?:\s+(?:couverte|concernée|totale))?|nombre\s+d['’]habitants|habitants|inhabitants)"
                   rf"{LABEL_BRACKET}{LEADER}$"),
    ("communes_count", rf"(?:^|(?<=\n))[ \t]*(?:nombre\s+de\s+communes|communes(?:\s+(?:couvertes|concernées|membres))?|municipalities)"
                       rf"{LABEL_BRACKET}{LEADER}$"),
    ("professionals_count", rf"(?:^|(?<=\n))[ \t]*(?:nombre\s+d['’]adhérents|professionnels\s+adhérents|(?:dont\s+)?adhérents"
                            rf"(?:\s+(?:à|de)\s+la\s+CPTS)?|members){LABEL_BRACKET}{LEADER}$"),
    # "Structures adhérentes (MSP, EHPAD)        14", "Structures membres : 14"
    ("structures_count", rf"(?:^|(?<=\n))[ \t]*structures\s+(?:adhérentes|membres)(?:\s*\([^()\n]{{0,60}}\))?(?:{LEADER}|\s*[:|\t]\s*)$"),
    # "une population (totale) de", "a (total) population of"
    ("population", r"\b(?:une\s+population(?:\s+(?:totale|globale))?\s+de|a\s+(?:total\s+)?population\s+of"
                   r"|bassin\s+de\s+(?:vie|population)\s+de)\s+$"),
    # "Le nombre d'habitants du territoire est de 40 000", "sa population s'élève à 40 000"
    ("population", r"\b(?:nombre\s+d['’]habitants|population)\b[^.;:!?\d]{0,40}?\b(?:est\s+de|s['’]élève\s+à|atteint|"
                   r"is|reaches|stands\s+at)\s+$"),
    # "Le nombre d'adhérents s'élève à 95", "les adhérents sont au nombre de 95", "le nombre de ses membres atteint 95"
    ("professionals_count", r"\b(?:nombre\s+(?:d['’]|de\s+(?:ses\s+|leurs\s+)?)(?:adhérents|membres|professionnels)|adhérents"
                            r"|number\s+of\s+members)\b[^.;:!?\d]{0,40}?\b(?:est\s+de|s['’]élève\s+à|atteint|"
                            r"(?:sont|est)\s+au\s+nombre\s+de|is|reaches|stands\s+at)"
                            r"(?:\s+(?:désormais|aujourd['’]hui|actuellement|déjà|now))?\s+$"),
    ("communes_count", r"\b(?:nombre\s+de\s+communes|communes)\b[^.;:!?\d]{0,40}?\b(?:est\s+de|s['’]élève\s+à|"
                       r"(?:sont|est)\s+au\s+nombre\s+de)\s+$"),
]
# compiled once: a pattern built by joining strings at each call is looked up in re's cache by
# its whole text every time
UNIT_AFTER_RE = [(kind, re.compile(r"\+?[\s\u00a0]*(?:de\s+|d['’])?" + pattern, re.IGNORECASE))  # "180+ professionnels"
                 for kind, pattern in UNIT_AFTER]
LABEL_BEFORE_RE = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in LABEL_BEFORE]
# "personnes" or "people" are inhabitants only when a territory or a population holds them
# ("un bassin de 35 000 personnes", "couvre 35 000 personnes"), not people helped or reached
PEOPLE_HELD = re.compile(
    r"\b(?:couvr\w*|couvert\w*|desser\w*|bassin|territoire|secteur|zone|population|cover\w*|serv(?:es|ing)|"
    r"area|territory|home\s+to)\b[^.;:!?]{0,30}$|\b(?:ses|leurs|its|their)\s+$", re.IGNORECASE)  # "its 45,000 residents"
# "The CPTS has about 62,000 residents" (not "has helped 2,000 people"; "compte 150 personnes" are its members)
# (or after a count of communes: "50 municipalities and about 29,400 residents")
# (or after "that is": "We cover 46 municipalities. That is about 65,000 residents")
RESIDENTS_HELD = re.compile(r"\b(?:has|have|compte|comptait|(?:communes|municipalities|towns)(?:\s*,?\s+(?:and|et)|\s*,)|that\s+is|that['’]s"
                            r"|i\.\s?e\.|soit|(?:this|that|which)\s+(?:represents|makes))\s+"
                            r"(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than|environ|près\s+de|plus\s+de"
                            r"|quelque)\s+)?$", re.IGNORECASE)
# "62,000 people live in the area", "62 000 personnes vivent sur le territoire": its inhabitants
PEOPLE_LIVING_AFTER = re.compile(r"\s+(?:live|living|vivent|vivant|résident|habitent|in\s+all|in\s+total|au\s+total|en\s+tout)\b",
                                 re.IGNORECASE)
ALL_COMMUNES_OF = re.compile(
    r"\b(?:couvr\w*|cover\w*|regroup\w*|rassembl\w*|compren\w*|englob\w*|réuni\w*|fédèr\w*|spans?|sur|across|sont|are)\s+(?:les|the)\s+$"
    r"|\b(?:correspond\w*|équivaut|identique)\s+aux\s+$|\b(?:l['’]ensemble|la\s+totalité|all)\s+(?:des|of\s+the)\s+$"  # "correspond aux 55 communes des CC X et Y"
    r"|[.:;!?\n][ \t•*–-]*(?:les|the)\s+$",  # a box's line or a sentence without a verb: "Territoire : les 75 communes des CC X et Y"
    re.IGNORECASE)
# "8 communes de la communauté de communes X", "Quatre communes font partie de la métropole"
AREA_AFTER_COMMUNES = re.compile(
    # where they lie first: "cinq communes à l'ouest du territoire appartiennent à la CC X"
    r"(?:\s+(?:au|à\s+l['’]|in\s+the)\s*(?:nord|sud|est|ouest|north|south|east|west)(?:-\w+)?(?:\s+(?:du|de\s+la|de\s+l['’]|of\s+the)\s*\w+)?)?"
    r"\s+(?:(?:qui\s+)?(?:font|faisant)\s+partie\s+|situées?\s+|appartenant\s+|appartiennent\s+|"
    r"(?:which\s+|that\s+)?(?:are\s+)?(?:part\s+|located\s+|belong(?:ing)?\s+))?"
    r"(?:(?:de\s+la|du|des|à\s+la|au|dans\s+la|sur\s+la|of\s+the|in\s+the|to\s+the)\s+(?:communaut|community|m\S{1,2}tropole|"
    r"agglom|CC\b|CA\b|CdC\b|CdA\b|intercommunalit)"
    # "quatre communes de Bordeaux Métropole", "deux communes de l'Eurométropole de Strasbourg"
    r"|(?:de|d['’]|de\s+l['’])\s*(?:Euro)?(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}(?-i:Métropole|Agglo(?:mération)?|Eurométropole)\b)",
    re.IGNORECASE)  # word starts: accents may be misread
PLACE_BEFORE = re.compile(
    # (in the number's sentence; a word of a town's name is none: "Petit-Bourg")
    r"(?<![\w-])(?-i:ville|commune|city|town|village|ville-centre|chef-lieu|(?:sous-)?préfecture|bourg)\b[^,;().!?]{0,40}$"
    # "Villebois, peuplée de 3 000 habitants" (a territory "peuplé de 60 000 habitants" is the CPTS's)
    # ("un territoire de 32 communes peuplé de 45 000 habitants": the CPTS's)
    r"|(?<!territoire\s)(?<!secteur\s)(?<!bassin\s)(?<!communes\s)(?<!²\s)(?<!km2\s)\bpeuplée?\s+de\s+$", re.IGNORECASE)
# "la ville, qui compte 45 000 habitants", "Villebois, qui compte ...": a place's own figure (not "le territoire, qui
# compte ...")
PLACE_WHICH_COUNTS = re.compile(r"\b(?!(?:territoire|secteur|bassin|périmètre|zone)\b)[\w'’-]+\s*,?\s*qui\s+compte\s+(?:à\s+peine\s+)?$",
                                re.IGNORECASE)
# "Elle couvre la communauté de communes X, qui compte 30 000 habitants": the area the CPTS covers counts them for it
AREA_COVERED_BEFORE = re.compile(r"\b(?:couvr\w+|englob\w+|correspond\w*\s+à)\s+(?:la|le|l['’])\s*(?:communauté\s+"
                                 r"(?:de\s+communes|d['’]agglomération)|pays|agglomération|CC|CA)\b[^.;!?]{0,80}$",
                                 re.IGNORECASE)
# "1 700 habitants pour Villebois", "2,000 for Villebois": the figure of the place named after it
FOR_A_PLACE = re.compile(r"\s+(?:pour|for)\s+(?:la\s+commune\s+de\s+)?[A-ZÀ-Þ][\w'’-]+(?!\s+(?:CPTS|Communaut))")
# "25 habitants au km2": a density
PER_AREA = re.compile(r"\s*(?:au|par|per|/)\s*(?:km|square|kilomètre|hectare)", re.IGNORECASE)
# A named place right before its own figure: "Villebois : 3 600 habitants", "Villebois compte 21 000 habitants",
# "Villebois et ses 3 600 habitants"
# ("Villebois, la plus grande, compte 8 000 habitants", "Villebois, la ville-centre, compte ...": past an apposition)
NAME_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*(?:[ -](?:[a-zé'’-]{1,4}[ -])?[A-ZÀ-Þ][\w'’-]*)*)"
                         r"(?:[ \t]*,[ \t]*(?:la|le|the|sa|son|its)\s+(?:plus|moins|largest|biggest|ville|commune|bourg|chef-lieu|"
                         r"(?:sous-)?préfecture|principale?|main|town|city)\b[^,.;:\n]{0,30},)?"
                         # "Villebois, sa ville-centre, regroupe 9 000 habitants"
                         r"(?:[ \t]*[:,(–-]?|\s+(?:compte|counts|has|totalise|abrite|regroupe|rassemble|accueille|concentre)"
                         r"|\s+et\s+(?:de\s+)?ses|\s+and\s+its)[ \t]*\Z")  # (\Z: "$" would pass over the line's end)
# "dont 3 MSP", "parmi lesquels 12 pharmacies", "notamment la clinique, deux Ehpad, 4 MSP"
PART_OF_WHOLE = re.compile(
    r"(?:\b(?:dont|parmi\s+lesquel(?:le)?s|including|among\s+them)\s*$"
    r"|\b(?:notamment|including|such\s+as)\b[^.;:!?]{0,80},\s*(?:(?:et|and|plus|près|de|d['’]|environ|about|some)\s*)*$)",
    re.IGNORECASE)
# Verbs and nouns of taking part, right after the counted people ("50 professionnels formés": a training's)
TOOK_PART_AFTER = re.compile(
    r"[^.;!?,()\n]{0,30}?\b(?:qui\s+)?(?:se\s+sont|s['’]étaient|ont|avaient|étaient|have|had|were)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:mobilis|particip|réuni|rassembl|présent|assist|déplac|inscrit|pris\s+part|répondu|formé|suivi|bénéficié|manifesté|"
    # "se sont retrouvés à la salle des fêtes", "ont travaillé sur le projet de santé", "ont été consultés"
    r"retrouvé|travaillé|impliqué|consulté|échangé|venu|"
    # "ont rédigé une lettre d'intention": its authors
    r"rédigé|co-?signé|"
    r"joined\s+forces|attended|trained|"
    r"took\s+part|gathered|turned\s+out|came|signed\s+up\s+(?:for|to)\b|registered)"
    # "45 professionnels sont inscrits sur la plateforme", "... sont volontaires", "... ont signé la charte"
    r"|[^.;!?,()]{0,20}?\b(?:qui\s+)?sont\s+(?:\w+\s+)?(?:inscrits?|volontaires)\b"
    r"|[^.;!?,()]{0,20}?\b(?:qui\s+)?ont\s+(?:\w+\s+)?signé\s+(?:la|une)\s+charte(?!\s+d['’]adhésion)"
    # "56 professionnels cosignent une lettre", "nous sommes une trentaine ... à avoir lancé" (not "à avoir adhéré")
    r"|[^.;!?,()]{0,20}?\b(?:co-?)?sign(?:ent|èrent)\s+(?:une|la|leur)\s+(?:lettre|pétition|tribune|demande)"
    r"|[^.;!?()]{0,60}?\bà\s+(?:avoir|s['’]être)\s+(?!adhér|rejoint|intégré)"
    r"|\s+(?:participants?|inscrits?|attendees?|in\s+attendance|attended|took\s+part|turned\s+out|"
    r"participent|participeront|prennent\s+part|prendront\s+part|assistent|take\s+part|"
    r"participèrent|assistèrent|(?:de\s+santé\s+)?(?:formé|sensibilisé)e?s|trained)\b", re.IGNORECASE)
# ... or right before them: "en présence de 60 personnes", "la soirée a réuni 85 professionnels"
# "objectif : 200 adhérents", "l'objectif de 300 adhérents", "atteindre 200 adhérents d'ici 2025", "aims to reach 300"
TARGET_BEFORE = re.compile(r"\b(?:objectifs?|atteindre|vise|visent|viser|ambitionne\w*|à\s+terme|reach|target|goal|"
                           r"aims?\s+(?:at|for)|eventually)"
                           r"\s*(?::|de|d['’]|of)?\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
# "... 200 adhérents d'ici 2025", "by 2025": a figure aimed at by a date
TARGET_AFTER = re.compile(r"\s*,?\s*(?:d['’]ici|by\s+(?:the\s+end\s+of\s+)?20\d\d)", re.IGNORECASE)
# "3 communes de plus de 5 000 habitants": a size that sorts towns, not a population
# "des communes de 5 000 habitants", "des bourgs de 1 000 à 2 000 habitants": a class of towns by size
CLASS_BEFORE = re.compile(r"(?:\b(?:communes?|villes?|bourgs?|villages?|towns?|municipalities)|\d)\s+(?:de|of|with)\s+"
                          r"(?:\d[\d \u00a0.,]*\s+(?:à|et|to|and)\s+)?$", re.IGNORECASE)
# "La ville-centre, 12 000 habitants, ...": a figure in apposition to a town
# (or to its name: "La commune de Villebois, 12 000 habitants, ...")
TOWN_APPOSITION = re.compile(r"\b(?:ville|commune|ville-centre|chef-lieu|bourg|village|city|town)"
                             r"(?:\s+(?:de|d['’]|of)\s*(?-i:[A-ZÀ-Þ])[\w'’-]*(?:[ -][\w'’-]+){0,4})?\s*,\s*$", re.IGNORECASE)
# "créée par une vingtaine de professionnels", "à l'initiative de 12 médecins": its founders, not its members
FOUNDERS_BEFORE = re.compile(
    # (the community "portée par 118 professionnels" is carried by its members; the project "porté par" them, by its founders)
    r"\b(?:(?:(?:cré|fond|initi|impuls|lanc)(?:é|ée|és|ées)|porté|portés)\s+(?:\w+\s+){0,3}?par|à\s+l['’]initiative\s+d(?:e|['’])|"
    # "le projet de santé a été élaboré par une trentaine de professionnels": its authors
    r"(?:élaboré|rédigé|co-?construit|construit|conçu|écrit|préparé|drafted|written|designed)e?s?\s+(?:\w+\s+){0,3}?(?:par|by)|"
    # "née de la volonté d'une vingtaine de professionnels"
    r"(?:née?|issue?)\s+(?:de\s+la\s+(?:volonté|mobilisation|rencontre)|de\s+l['’](?:engagement|initiative)|du\s+travail)\s+d(?:e|['’])|"
    # "À l'origine de la CPTS, quatre professionnels : ..."
    r"à\s+l['’](?:origine|initiative)\s+(?:du\s+projet|de\s+(?:la|cette|notre)\s+(?:CPTS|communauté|démarche))\s*[,:]|"
    r"(?:founded|created|set\s+up|initiated|launched)\s+by)(?:\s+|(?<=['’]))(?:\w+\s+){0,3}$", re.IGNORECASE)
ATTENDED_BY = re.compile(r"\b(?:en\s+présence\s+d(?:e\s+|es\s+|['’])|attended\s+by\s+)[^.;!?]{0,25}$|"
                         # an audience: "a présenté son projet à 200 professionnels", "devant près de 150 soignants"
                         r"\b(?:présentée?s?\s+(?:\w+\s+){0,3}?(?:à|aux)|presented\s+(?:\w+\s+){0,3}?to|devant|"
                         r"in\s+front\s+of)\s+(?:[\w'’]+\s+){0,2}$|"
                         # "12 formations pour 150 professionnels", "des ateliers à destination de 80 soignants"
                         r"\b(?:formations?|ateliers?|sessions?|soirées?|réunions?|webinaires?|actions?|trainings?|workshops?)\b"
                         r"[^.;!?]{0,30}?\b(?:pour|à\s+destination\s+d(?:e|es|['’])|destinée?s?\s+à|auprès\s+d(?:e|es|['’])"
                         r"|for)\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
GATHERED = re.compile(
    r"\b(?:(?:a|ont|avait|avaient|has|have|had)\s+(?:\w+\s+)?(?:réuni|rassemblé|accueilli|mobilisé|attiré|"
    r"brought\s+together|gathered|attracted|welcomed)|réunissant|rassemblant|bringing\s+together)\s+[^.;!?]{0,25}$",
    re.IGNORECASE)
# "La CPTS a réuni 80 professionnels", "la soirée avait rassemblé ...": people gathered once, an audience (its members
# are "réunit", "compte", or "adhérents")
GATHERED_ONCE = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:réuni|rassemblé|mobilisé|attiré)\s+[^.;!?]{0,25}$",
                           re.IGNORECASE)
# "Lors de la soirée de lancement, 80 professionnels ont échangé", "la réunion a permis à 80 soignants de ...": an event's
# audience, in the clause before the figure
AT_AN_EVENT_BEFORE = re.compile(
    r"\b(?:(?:lors|au\s+cours|à\s+l['’]occasion)\s+d(?:e|['’]|u)\s*(?:la|le|l['’]|cette|ce|cet)?\s*|pendant\s+(?:la|le|l['’]|cette|ce)\s*"
    r"|during\s+the\s+|at\s+the\s+)(?:soirée|réunion|cérémonie|inauguration|rencontre|conférence|journée|forum|webinaire"
    r"|séminaire|événement|évènement|evening|meeting|ceremony|event)\b[^.;!?]{0,60}$"
    r"|\b(?:soirée|réunion|cérémonie|rencontre|journée|forum|webinaire|meeting|event)\b[^.;!?,]{0,30}?\b(?:a\s+permis\s+à"
    r"|allowed)\s+(?:\w+\s+){0,2}$"
    # "Une réunion de présentation s'est tenue avec quelque 70 professionnels": its audience
    r"|\b(?:soirée|réunion|cérémonie|rencontre|journée|forum|webinaire|meeting)\b[^.;!?]{0,60}?\b(?:s['’]est\s+tenue?|a\s+eu\s+lieu|"
    r"s['’]est\s+déroulée?)\b[^.;!?]{0,40}?\bavec\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
EVENT = re.compile(
    r"\b(?:soirée|réunion|cérémonie|inauguration|événement|évènement|assemblée|rencontre|conférence|atelier|"
    r"journée|forum|webinaire|colloque|séminaire|formation|session|groupe\s+de\s+travail|visite|"
    r"event|meeting|ceremony|evening|workshop|conference|training)s?\b", re.IGNORECASE)
# "12 000 habitants n'ont pas de médecin traitant", "3 000 residents without a GP": a share of the people
WITHOUT_GP_AFTER = re.compile(  # (past an aside: "5 000 personnes, soit 12 % de la population, n'ont pas ...")
    r"(?:\s*,\s*(?:soit|c['’]est-à-dire|i\.e\.)[^,.;:!?]{0,50},|\s*\([^()]{0,50}\))?[^.;:!?]{0,20}?\b(?:n['’]ont\s+(?:pas|plus)|sans|dépourvus|privés|without|have\s+no|do\s+not\s+have|lack)\b"
    r"[^.;:!?]{0,25}?\b(?:médecins?|généralistes?|doctors?|GPs?|physicians?)\b"
    r"|\s+qui\s+n['’]en\s+(?:ont|avaient|trouvent)\s+(?:pas|plus)\b", re.IGNORECASE)  # "aux 1 800 habitants qui n'en ont plus"
# "Les CPTS X et Y couvrent ensemble 55 000 habitants": a figure of several communities together
JOINT_BEFORE = re.compile(r"(?<!\bbrings\s)(?<!\bbring\s)(?<!\bbrought\s)(?<!\bbringing\s)"
                          r"\b(?:ensemble|together|à\s+(?:elles|eux)\s+\w+|combined|cumul\w*)\s+(?:\w+\s+){0,2}$",
                          re.IGNORECASE)
# Bodies other than the CPTS that have figures of their own: "L'hôpital emploie 1 200
# professionnels", "La maison de santé réunit 15 professionnels" (an area the CPTS covers is left
# to the rules of places: it is often the CPTS's own perimeter)
SENTENCE_REACH = 400  # characters looked at around a number for its sentence (an unpunctuated text is not one)
OTHER_BODY = re.compile(
    r"\b(?:h[ôo]pital|hospital|centre\s+hospitalier|CHU|CH|GHT|clinique|clinic|Ehpad|MSP|maison\s+de\s+santé|"
    r"centre\s+de\s+santé|pôle\s+de\s+santé|health\s+cent(?:re|er)|questionnaire|enquête|survey|cabinets?(?:\s+médica(?:l|ux))?"
    # a local health contract, a working group, a board: not the CPTS as a whole
    r"|contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS|groupes?\s+de\s+travail|bureau|conseil\s+d['’]administration"
    r"|working\s+group|board"
    # the professions' unions and orders: "L'URPS représente 3 000 professionnels libéraux"
    r"|URPS|ordres?\s+(?:des|départementa(?:l|ux)|régiona(?:l|ux))|syndicats?)\b",
    re.IGNORECASE)
# "les huit professionnels de la maison de santé", "the 1,200 staff of the hospital": that body's own
OF_OTHER_BODY_AFTER = re.compile(
    r"\s+(?:de\s+santé\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’]|au|à\s+la|à\s+l['’]|dans\s+(?:le|la|l['’]|notre)|of\s+the"
    r"|at\s+the|in\s+the)\s*(?:" + OTHER_BODY.pattern + r")",
    re.IGNORECASE)
# ... unless the CPTS covers or gathers it: "la CPTS couvre la communauté de communes X, 31 000 habitants"
COVERS_BEFORE = re.compile(
    r"\b(?:couvr\w*|comprend|englobe|regroup\w*|rassembl\w*|étend\w*|sur|covers?|covering|includes?|spans?|across|"
    r"dont|with)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# a sentence about a contract or scheme: "Ce contrat concerne ...", "Le CLS couvre ...", "Le dispositif touche ..."
SCHEME_OPENING = re.compile(r"\W*(?:ce|cet|cette|le|la|l['’])\s*(?:nouveau\s+|second\s+|deuxième\s+)?(?:contrat|CLS|CLSM|"
                            r"convention|dispositif|programme|plan|schéma|projet\s+de\s+territoire)\b", re.IGNORECASE)
CPTS_HERE = re.compile(r"\bCPTS\b|\bcommunauté\s+professionnelle|\belle\b|\bterritoire\b|\bassociation\b",
                       re.IGNORECASE)
RATIO_BEFORE = re.compile(
    r"\b(?:médecins?|généralistes?|professionnels?|pharmacies|infirmi\w+|doctors?|GPs?|\d+)\s+(?:pour|per|for)\s+"
    r"(?:\S+\s+){0,2}$", re.IGNORECASE)
SEVERAL_CPTS_BEFORE = re.compile(
    r"(?<![\w-])(?:\d+|" + NUMBER_WORDS + r"|les|des|ces|toutes\s+les|plusieurs|these|all)[ \t]+(?:\w+[ \t]+)?"
    # "3 communautés de communes" are intercommunalities, not communities of professionals
    r"(?P<word>CPTS|communautés(?!\s+(?:de\s+communes|d['’]agglom|urbaines?))|communities)\b[^.;,:\n]{0,40}$",
    re.IGNORECASE)
# "le bassin, 260 000 habitants, d'où l'idée de trois CPTS": figures of an area several CPTS share
SEVERAL_CPTS_AFTER = re.compile(
    r"[^.;:!?\n]{0,60}?(?<!\bdes\s)(?<!\bles\s)(?<!\bces\s)\b(?:\d+|" + NUMBER_WORDS + r"|plusieurs)[ \t\u00a0]+(?:CPTS|communautés"
    r"(?!\s+(?:de\s+communes|d['’]agglom|urbaines?))|communities(?!\s+of\s+(?:communes|municipalities)))\b", re.IGNORECASE)
# The CPTS's member structures come with a verb of gathering ("la CPTS réunit 40 professionnels,
# 2 établissements", "regroupe 4 MSP") or in a list of its key figures, a figure to a line
GATHERS_BEFORE = re.compile(
    r"\b(?:réun\w*|regroup\w*|rassembl\w*|fédèr\w*|fédér\w*|associ\w*|brings?\s+together|bringing\s+together|"
    r"gathers?|unites?)\b[^.;!?]*$", re.IGNORECASE)
COUNTS_VERB = re.compile(r"\b(?:compte|comptera|comptait|revendique|revendiquait|affiche|totalise|counts|has|claims|boasts)\b", re.IGNORECASE)
CPTS_SUBJECT = re.compile(r"\bCPTS\b|\bcommunauté\s+professionnelle|\b(?:elle|it)\b", re.IGNORECASE)
# "Le territoire (de la CPTS) compte 4 MSP": an area right before the verb is its subject
AREA_SUBJECT = re.compile(r"\b(?:territoire|secteur|bassin|zone|département|ville|commune|territory|area|town)s?\b"
                          r"[^,;.]{0,30}$", re.IGNORECASE)
# the rest of a label's brackets that name the kinds of what it counts: "Structures adhérentes (MSP, EHPAD)         6"
KINDS_IN_LABEL = re.compile(r"[^()\n]{0,60}\)[ \t]*(?:[:|\t]|[ \u00a0]{2,}|\.{3,})[ \t.]*\Z")
WHERE_BEFORE = re.compile(r"\b(?:dans|au\s+sein\s+d(?:es|e\s+ses)|in|within)\s+(?:les|ses|leurs|the|its|their)\s+$",
                          re.IGNORECASE)
# "120 professionnels ont adhéré, ainsi que 3 maisons de santé": structures joining with the members
JOINED_TOO_BEFORE = re.compile(
    r"\b(?:adhér\w*|membres|members|joined)\b[^.;!?]{0,120}\b(?:ainsi\s+que|de\s+même\s+que|as\s+well\s+as)\s+"
    r"(?:\w+\s+)?$", re.IGNORECASE)
# "Celle des Monts Clairs couvre 12 communes", "That of the Val Fleuri ...": the one of another place
THE_OTHER_ONE = re.compile(r"\s*(?:celle|celui|that)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*(?-i:[A-ZÀ-Þ])",
                           re.IGNORECASE)
# "nous sommes 25 professionnels", "we are 25": the speakers' own group
WE_BEFORE = re.compile(r"\b(?:nous\s+sommes|on\s+est|nous\s+comptons|we\s+are|we\s+have)\b[^.;!?]{0,30}$", re.IGNORECASE)
# "15 professionnels à sa création", "20 adhérents au départ": a figure of the CPTS's beginnings, not of today
AT_ITS_START_AFTER = re.compile(r"[^.;!?]{0,20}?\b(?:(?:à|lors\s+de)\s+sa\s+(?:création|naissance|fondation)|au\s+départ|"
                                r"à\s+l['’]origine|initialement|at\s+(?:its\s+)?(?:creation|launch|start))\b", re.IGNORECASE)
# ... or fronted in its sentence: "À l'origine, la CPTS comptait 20 membres", "Lors de sa création, elle ..."
AT_ITS_START_OPENING = re.compile(r"\W*(?:à\s+l['’]origine|au\s+départ|initialement|(?:lors\s+de|à)\s+sa\s+(?:création|naissance)|"
                                  r"at\s+(?:its\s+)?(?:creation|launch|start)|initially|at\s+first)\s*,", re.IGNORECASE)
# "la campagne a touché 2 000 habitants", "elle a formé 40 professionnels": people reached by an action, not the
# population or the members
REACHED_BEFORE = re.compile(r"\b(?:touché|sensibilisé|dépisté|vacciné|accompagné|orienté|informé|reçu|accueilli|aidé|formé|"
                            r"permis\s+à|bénéficié\s+à|profité\s+à|reached|screened|vaccinated|helped|benefited|trained)e?s?\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)
# "La commune de Vierzon, principale ville du territoire, compte 26 000 habitants": a town the sentence is about
TOWN_SUBJECT = re.compile(r"\W*(?:la|le|the)\s+(?:commune|ville|village|bourg|chef-lieu|ville-centre|(?:sous-)?préfecture|town|city)\b"
                          # "La commune de X est la plus peuplée de la CPTS, avec 66 000 habitants", "Le chef-lieu ..., avec ses"
                          r"[^.;!?\n]{0,120}?\b(?:compte|totalise|abrite|has|counts|is\s+home\s+to|avec\s+(?:ses|son|leurs)"
                          r"|(?:la\s+)?plus\s+peuplée[^.;!?\n]{0,40}?\bavec)\s+$",
                          re.IGNORECASE)
# "45 professionnels exercent sur la commune de Villebois", "... installés dans la ville de Villebois": a town's
IN_A_TOWN_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:sur|dans|à)\s+la\s+(?:commune|ville)\s+(?:de|d['’])", re.IGNORECASE)
# "À Villebois, 45 professionnels ...": a place fronted in its sentence
FRONTED_PLACE = re.compile(r"\W*(?:à|a|sur|dans|in|at)\s+(?P<name>(?-i:[A-ZÀ-Þ])[\w'’-]+(?:[ -](?:[a-zé'’-]{1,4}[ -])?(?-i:[A-ZÀ-Þ])[\w'’-]+)*)"
                           r"\s*,", re.IGNORECASE)
# "12 000 habitants supplémentaires", "5 communes de plus": what was added, not the whole
ADDED_AFTER = re.compile(r"\s*(?:supplémentaires|de\s+plus\b(?!\s+(?:de|d['’]|que|qu['’]))|en\s+plus|additional)",
                         re.IGNORECASE)
# "1 200 professionnels (déjà engagés) dans les CPTS du département": the members of many CPTS
IN_MANY_CPTS = re.compile(
    r"[^.;,:()\n]{0,30}?\b(?:dans|au\s+sein\s+des|parmi|in|across|within)\s+(?:les\s+|the\s+)?(?:\d+\s+)?CPTS\b"
    r"(?!\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?(?-i:[A-ZÉÈ0-9]))", re.IGNORECASE)
RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively)\b[^.;:!?]{0,80}$", re.IGNORECASE)
# the heading of a box of several CPTS's figures: "Les trois CPTS en chiffres", "Nos 4 CPTS :", "Les CPTS du Cher en bref"
SEVERAL_CPTS_LEAD = re.compile(r"[ \t•*-]*(?:les|nos|ces|the|our)\s+(?:(?:\d+|" + NUMBER_WORDS + r")\s+)?(?:CPTS|communautés)\b",
                               re.IGNORECASE)
# Members of the CPTS, and professionals of its territory (who need not have joined)
MEMBERS = re.compile(r"\b(?:adhérents|adhésions|membres|members|adhèrent|ont\s+adhéré|have\s+joined)\b", re.IGNORECASE)
# "12 structures adhérentes", "Douze structures y sont également associées": structures that joined the CPTS
STRUCTURES_JOINED = re.compile(r"(?:y\s+)?(?:sont\s+)?(?:également\s+|aussi\s+|déjà\s+)?(?:adhérentes|associées|partenaires"
                               r"|membres|adhèrent|ont\s+adhéré|partners|members|have\s+joined)\b", re.IGNORECASE)
IN_THE_TERRITORY = re.compile(
    r"\s*(?:de\s+santé\s+)?(?:libéraux\s+)?(?:(?:qui\s+)?(?:exercent|exerçant|installés|en\s+exercice|recensés?|"
    r"practi[cs]e|practi[cs]ing|work|working)\s+)?(?:sur|dans|du|de\s+la|in|on|of)\s+"
    r"(?:le|la|l['’]|son|sa|leur|ce|cette|the|its|their|this)\s*"
    r"(?:territoire|secteur|zone|bassin|area|sector|territory)"
    # "112 professionnels de santé libéraux installés, dont 67 adhérents": those who practise, not the members
    r"|\s*(?:de\s+santé\s+)?(?:libéraux\s+)?(?:installés|recensés|en\s+exercice)\s*,\s*dont\b", re.IGNORECASE)
TERRITORY_COUNTS = re.compile(
    r"\b(?:le\s+territoire|the\s+(?:territory|area|sector))\s+(?:compte|counts|has)\s+[^.;]{0,20}$"
    r"|\b(?:sur|dans|in|on|across)\s+(?:le|la|l['’]|the|ce|cette|this)\s*(?:territoire|secteur|zone|bassin|area|sector|"
    r"territory)\s*,\s*[^.;,]{0,20}$"
    r"|\b(?:sur|out\s+of)\s+(?:les|the)\s+(?:quelque\s+|environ\s+|some\s+|about\s+)?$", re.IGNORECASE)  # "100 adhérents, sur les 160"
# "95 d'entre eux ont adhéré", "dont 120 sont adhérents": members among professionals named before
_ALREADY = r"(?:déjà|d['’]ores\s+et\s+déjà|aujourd['’]hui|désormais|already|now)\s+"
MEMBERS_AMONG_THEM = re.compile(
    # "148 d'entre eux ont adhéré", "212 de ces professionnels ont adhéré à la CPTS"
    r"\s*(?:d['’]entre\s+(?:eux|elles)|of\s+them|de\s+ces\s+(?:professionnels|soignants)|of\s+these\s+(?:professionals|practitioners))\b"
    r"(?=[^.;]{0,40}?\b(?:adhér\w*|adhésions?|membres|joined|members|signed\s+up"
    r"|rejoint\s+(?:la|l['’])\s*(?:CPTS|association|communauté)))"
    rf"|\s+(?:sont|are)\s+(?:{_ALREADY})?(?:adhérents|membres|members)\b"
    rf"|\s+(?:ont|have)\s+(?:{_ALREADY})?(?:adhéré|joined|rejoint)\b|\s+(?:{_ALREADY})?adhèrent\b", re.IGNORECASE)
# "les 8 membres du bureau", "25 members of the board": the association's officers
BOARD_AFTER = re.compile(r"\s+(?:(?:du|de\s+son)\s+(?:bureau|conseil|comité|CA|collège)\b|fondateurs\b"
                         r"|of\s+the\s+(?:board|committee|council)|founding)",
                         re.IGNORECASE)
# "une quinzaine de professionnels siègent au conseil d'administration", "... composent le bureau": its officers
SEATED_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:(?:siègent|siégeant|siégeront|sit|sitting)\s+(?:au|à\s+son|dans\s+son|on\s+(?:the|its))\b"
                          # "une quinzaine de professionnels composent le conseil d'administration"
                          r"|(?:composent|forment|constituent|make\s+up|form)\s+(?:le|la|son|sa|the|its)\s+(?:bureau|conseil|comité|CA"
                          r"|collège|board|committee|council)\b)",
                          re.IGNORECASE)
# "un bureau de 8 membres", "le conseil d'administration, composé de 12 membres": its officers
BOARD_BEFORE = re.compile(r"\b(?:bureau|conseil|comité|collège|gouvernance|board|committee|council)\b[^.;:!?]{0,40}$",
                          re.IGNORECASE)
MEMBRES = re.compile(r"\bmembres\b", re.IGNORECASE)
# "forte de ses 80 membres", "avec ses 80 membres", a sentence opening on "Ses 80 membres": its own
OWN_MEMBERS_BEFORE = re.compile(r"\b(?:fort\w*\s+de|avec)\s+(?:ses|leurs)\s+(?:\w+\s+)?$|(?:^|[.!?»]\s+|\n)(?-i:Ses|Its)\s+$",
                                re.IGNORECASE)
# "Les 67 membres de la CPTS": the community's own members
MEMBERS_OF_CPTS_AFTER = re.compile(r"\s+(?:de\s+la|de\s+notre|of\s+the|of\s+our)\s+(?:CPTS|communauté|association|community)\b", re.IGNORECASE)
CLAUSE_START = ",;(\n"
# "Communes : 24\nProfessionnels adhérents : 90", "Adhérents     186\nStructures adhérentes     14" (aligned)
NEXT_LINE_LABEL = re.compile(r"[^\n:.;]{0,40}:|[^\n:.;]{0,80}?(?:[ \t]{2,}|\t|[ \t]*\.{3,}[ \t]*)\d")


# the gap between a like clause's figure and a CPTS's figure whose verb and unit are left understood
GAPPED_BEFORE = re.compile(r"[^.;:!?\d]{0,60}?,\s*(?:et\s+)?(?:la|le|the)\s*$", re.IGNORECASE)
ORDINAL_GAP = re.compile(r",\s*(?:et\s+)?(?:la|le|the)\s+(?:seconde|second|deuxième|dernière|dernier|latter)\s+$",
                         re.IGNORECASE)
# "elle en compte aujourd'hui 110", "la CPTS Y en réunit 60": "en" stands for the unit of the figure before
EN_COUNTS_BEFORE = re.compile(r"\ben\s+(?:réuni\w*|regroup\w*|compt\w*|rassembl\w*|couvr\w*|fédèr\w*|totalis\w*|dénombr\w*|recens\w*)"
                              r"\s+(?:[\w'’]+\s+)?$", re.IGNORECASE)
EN_REACH = 200  # characters back to the figure whose unit "en" stands for
GAPPED_END = re.compile(r"\s*(?:[.;]|,\s*(?:et\s+)?(?:la|le|the)\b|$)", re.IGNORECASE)

RANGE_JOIN = re.compile(r"[ \t\u00a0]*(?:(?:et|and|à|to)[ \t\u00a0]+|[-–][ \t\u00a0]*)", re.IGNORECASE)
BARE_RANGE_JOIN = re.compile(r"[ \t\u00a0]*(?:(?:à|to)[ \t\u00a0]+|[-–][ \t\u00a0]*)", re.IGNORECASE)
CHANGE_FROM = re.compile(r"\b(?:pass\w*|grimp\w*|augment\w*|évolu\w*|progress\w*|went|grown|grew|rose|risen|increased)"
                         r"(?:\s+\w+)?\s+\Z", re.IGNORECASE)
RANGE_OPEN = re.compile(r"\b(?:entre|between|de|from)[ \t\u00a0]+\Z", re.IGNORECASE)

# "Le département des Landes compte 420 000 habitants", "The Vosges department has ...":
# figures of the department, the region or the country, not of a CPTS.
LARGER_PLACE_SUBJECT = re.compile(
    r"\b(?:le\s+département|département\s+(?:de|du|des)|department|la\s+région|region|la\s+France|France|"
    r"à\s+l['’]échelle\s+nationale|nationwide|nationally)\b", re.IGNORECASE)

# professions counted one by one: "40 médecins généralistes", "12 infirmier·es", "5 kinés", "8 GPs"
PROFESSION_AFTER = re.compile(
    r"\s+(?:de\s+|d['’])?(?:médecins(?:\s+(?:généralistes|spécialistes))?|généralistes|infirmi(?:er|ère)s|infirmier[·.]es"
    r"|pharmaciens|kinésithérapeutes|masseurs-kinésithérapeutes|kinés|sages-femmes|chirurgiens-dentistes|dentistes"
    r"|orthophonistes|orthoptistes|(?:pédicures-)?podologues|psychologues|diététicien(?:ne)?s|ergothérapeutes"
    r"|psychomotricien(?:ne)?s|biologistes|GPs|general\s+practitioners|doctors|nurses|pharmacists|physiotherapists"
    r"|midwives|dentists|speech\s+therapists)\b(?:\s+(?:libéraux|salariés|self-employed))?", re.IGNORECASE)
PROFESSION_GLUE = re.compile(r"\s*(?:,|;|et|and|ainsi\s+que|\+)\s*(?:(?:plus\s+d['’]une|près\s+d['’]une|environ|une|about)\s+)?",
                             re.IGNORECASE)
PROFESSIONS_VERB = re.compile(r"\b(?:réun\w*|regroup\w*|rassembl\w*|fédèr\w*|fédér\w*|compte|comptent|ce\s+sont|brings?\s+together"
                              r"|gathers?|unites?|has)\b[^.;!?]*$", re.IGNORECASE)
# "12 communes sur 20", "8 professionals out of 10": the part before its whole
OUT_OF_AFTER = re.compile(r"\s+(?:sur|out\s+of)\s+(?:les\s+|the\s+)?\d", re.IGNORECASE)
# "Selon une étude de la DREES, ...", "D'après l'enquête, ...": a statistic quoted from a source
STATISTIC_BEFORE = re.compile(r"\b(?:selon|d['’]après|according\s+to)\s+(?:un|une|le|la|les|l['’]|the|a|an)?\s*"
                              r"(?:rapport|étude|enquête|sondage|baromètre|chiffres|données|statistiques|report|study|survey"
                              r"|figures|data)\b", re.IGNORECASE)
# "... se suicident chaque mois", "2 000 habitants de plus par an": a rate, not a count
RATE_AFTER = re.compile(r"[^.;:!?\d]{0,40}?\b(?:chaque\s+(?:jour|semaine|mois|année|an)|tous\s+les\s+(?:\w+\s+)?(?:jours|mois|ans)"
                        r"|par\s+(?:jour|semaine|mois|an)|en\s+moyenne|every\s+(?:day|week|month|year)|per\s+(?:day|week|month|year)"
                        r"|on\s+average)\b", re.IGNORECASE)
TERRITORY_WORDS = re.compile(r"\bCPTS\b|communauté|community|territoire|territory", re.IGNORECASE)

# the figures of an intercommunality, not of the CPTS: "la CC X compte 23 communes", "la CC X et ses 12 communes",
# "les 76 communes de la CC X ainsi que A et B"
AREA_OPENING = re.compile(rf"[\s«\"“•*▪·►–-]*(?:(?:la|notre|cette|our|the)\s+)?(?:{EPCI_PHRASE.pattern}|(?i:communauté\s+de\s+communes|"
                          r"communauté\s+d['’]agglomération|intercommunalité))", re.IGNORECASE)
ITS_OWN_BEFORE = re.compile(r"\s*,?\s+(?:(?:et|avec)\s+ses|(?:and|with)\s+its)\s+$", re.IGNORECASE)
MORE_ADDED_AFTER = re.compile(r"\s*,?\s*(?:ainsi\s+qu['’e]|plus\b|as\s+well\s+as\b|auxquel(?:le)?s\s+s['’](?:y\s+)?ajout\w*)", re.IGNORECASE)
OF_AN_AREA = re.compile(rf"\s*(?:(?:de\s+la|du|de\s+l['’]|des|de|d['’]|of(?:\s+the)?)\s*(?:celle|celui|{EPCI_PHRASE.pattern}))")
# the words that give a total: "Au total, 66 communes", "soit 32 communes", "That makes 32 communes"
TOTAL_BEFORE = re.compile(r"\b(?:au\s+total|en\s+tout|soit|that\s+makes|in\s+all|in\s+total|altogether)\b[\s,:]*$", re.IGNORECASE)
# "Avec ses 63 communes et quelque 43 000 habitants, l'Agglomération représente ...": an intercommunality's own figures
FRONTED_OWN = re.compile(r"[\s«\"“]*(?:avec|fort\w*\s+de|with)\s+(?:ses|son|leurs|its|their)\s+(?:\S+\s+){0,5}$", re.IGNORECASE)
FRONTED_AREA = re.compile(r"[^,.;:!?\n]{0,60},\s*(?:la|l['’]|le|the)\s*(?i:agglo\w*|communauté|intercommunalité|métropole|CC\b|CA\b)")
# "ainsi que 3 communes du Jura", "auxquelles s'ajoutent trois communes", "sauf trois communes": a part added or taken out
ADDED_BEFORE = re.compile(r"\b(?:ainsi\s+que|plus|as\s+well\s+as|s['’](?:y\s+)?ajout(?:e|ent|aient|eront)|à\s+l['’]exception\s+(?:de|des)"
                          r"|except(?:é|ion\s+of)|sauf|hormis|hors|moins|excluding|except(?:\s+for)?|apart\s+from)\s+(?:les\s+|the\s+)?(?:\w+\s+(?:ou|or)\s+)?$",
                          re.IGNORECASE)  # "sauf deux ou trois villages"
