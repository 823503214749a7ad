"""The words that tell what a percentage is said of: a department's coverage, a CPTS's own
figure, or something else (the nation, a town, money, a survey, patients in general)."""
from __future__ import annotations

import re
from typing import Iterator

from ..reference.regex_start import quick_start
from .number_words import NUMBER_WORDS
from .patterns import PLURAL_LATTER_OPENING

COVERAGE_CUES = quick_start(re.compile(
    r"couverte?s?\s+par\s+(?:une|des|les)\s+CPTS|désormais\s+couvert|"
    # "vit sur un territoire offrant cette organisation" (not "vivent sur le territoire", the CPTS's own)
    r"(?:vit|viv\w*)\s+(?:désormais\s+)?(?:sur|dans)\s+un\s+(?:territoire|périmètre)|"
    # "le territoire d'une CPTS", "un territoire de CPTS"
    r"(?:territoire|périmètre)\s+(?:d['’]une|de\s+l['’]une)\s+(?:CPTS|d['’]elles|d['’]entre\s+elles)|"
    r"\bun\s+(?:territoire|périmètre)\s+de\s+CPTS\b|"
    r"live\w*\s+in\s+(?:an?\s+)?(?:area|territory)|"
    r"(?<!vaccination\s)(?<!vaccine\s)(?<!insurance\s)(?<!health\s)(?<!mobile\s)\bcoverage\b|"
    r"couverture(?!\s+(?:vaccinale|maladie|sociale|complémentaire|médicale|santé|numérique|mobile)"
    # "la couverture en médecins généralistes", "en maisons de santé", "des besoins", "du dépistage": a supply of care
    # or a screening, not communities (but "la couverture en CPTS", "en Sarthe")
    r"|(?:\s+de\s+la\s+population)?\s+en\s+(?!CPTS|communaut|(?-i:[A-ZÀ-Ý]))"
    r"|(?:\s+de\s+la\s+population)?\s+(?:des|du|de\s+la|par\s+des)\s+(?:médecins|généralistes|soins|professionnels|infirmi\w+|"
    r"pharmacies|spécialistes|besoins|dépistages?|vaccination))|covered\s+by\s+(?:a|the)?\s*CPTS|now\s+(?:\d+(?:[.,]\d+)?\s?%\s+)?covered|lives?\s+in\s+an?\s+(?:area|territory)|"
    r"accès\s+à\s+une\s+CPTS|access\s+to\s+a\s+CPTS|(?:bénéfici|dépend|relèv|relev)\w*\s+(?:(?:désormais|aujourd['’]hui|maintenant|déjà)\s+)?d['’]une\s+CPTS|"
    r"covered\s+by\s+(?:[\w-]+\s+){1,4}communities\b|"  # "covered by territorial professional health communities"
    r"maillage|"
    r"maill(?:ent|e|ant)\b|"
    r"(?:rattaché|concerné|desservi|intégré|inclu|compri)(?:e|s|es|se|ses)?\s+(?:par|à|dans)\s+une\s+(?:ou\s+plusieurs\s+)?CPTS|"
    # "un territoire doté d'une CPTS", "est désormais dans une CPTS"
    r"(?:dotée?s?|pourvue?s?|équipée?s?)\s+d['’]une\s+CPTS|"
    r"\b(?:est|sont|vit|vivent|vivant)\s+(?:désormais\s+|aujourd['’]hui\s+|maintenant\s+|déjà\s+)?dans\s+une\s+CPTS\b|"
    r"\bin\s+an?\s+CPTS\s+(?:area|territory)|"
    r"organisation\s+des\s+soins|care\s+organi[sz]ation|couverte?s?\s+à\s+(?:hauteur\s+de\s+)?(?:plus\s+de\s+|près\s+de\s+)?\d",
    re.IGNORECASE))
# "8 % de la population reste non couverte", "not yet covered": the share left out of any CPTS
NOT_COVERED = re.compile(r"\b(?:non|pas(?:\s+encore)?|not(?:\s+yet)?)\s+couverte?s?\b|\bnot(?:\s+yet)?\s+covered\b|"
                         r"\buncovered\b|\b(?:sans|hors)\s+(?:de\s+)?CPTS\b|zones?\s+blanches?|"
                         # "6 % vivent encore hors du territoire d'une CPTS", "live outside any CPTS"
                         r"\b(?:hors|en\s+dehors)\s+(?:du\s+(?:territoire|périmètre)\s+)?d['’](?:une|aucune)\s+CPTS\b|"
                         r"\boutside\s+(?:the\s+(?:area|territory)\s+of\s+)?(?:a|any)\s+CPTS\b", re.IGNORECASE)
# covered or a coverage by something other than CPTS: "couvert à 60 % par des zones d'intervention prioritaire", "le taux
# de couverture de la population par les équipes de soins primaires"
BY_ANOTHER = re.compile(r"\b(?:couverte?s?|couverture|covered|coverage)\b[^.;]{0,50}?\b(?:par|by)\s+(?:(?:la|le|les|une?|des|the|an?)\b|l['’])"
                        r"(?!\s*(?:ou\s+plusieurs\s+|or\s+more\s+)?(?:CPTS|communaut|communit))", re.IGNORECASE)
BY_CPTS = re.compile(r"\b(?:par|by)\s+(?:(?:une?|des|les|the|a)\s+)?(?:ou\s+plusieurs\s+)?CPTS\b", re.IGNORECASE)
# covered, by CPTS if by anything ("couverte par une complémentaire santé" is insurance)
COVERED = re.compile(r"\b(?:couverte?s?|covered)\b(?!\s+(?:\w+\s+)?(?:par|by)\s+(?:une?|des|la|le|les|a|an|the)\s+"
                     r"(?!(?:ou\s+plusieurs\s+|or\s+more\s+)?(?:CPTS|communaut|communit)))", re.IGNORECASE)
# A place smaller than a department: "sur le territoire", "dans le bassin de vie"
LOCAL_PLACE = re.compile(r"\b(?:territoire|territory|bassin|secteur|sector|area|zone|local\w*|commune)\b", re.IGNORECASE)
# "... couverte par la CPTS", "covered by it": one community as the agent
BY_ONE_CPTS = re.compile(r"\b(?:par|by)\s+(?:la|cette|notre|elle|the|this|our|it)\b", re.IGNORECASE)
# "porte à 92 %", "porte le taux de couverture à 92 %", "brings coverage to 92%": the total reached
RAISED_TO = re.compile(r"\b(?:port(?:e|ent|er|ant|era|ait)|fai(?:t|re|sant)\s+passer|fera\s+passer|brings?|bringing|"
                       r"raises?|raising)\b[^.;%]{0,60}?\b(?:à|to)\s*\Z", re.IGNORECASE)
# covered, and not by something else than CPTS ("couvert par la fibre", "par une complémentaire santé")
NOT_BY_ANOTHER = (r"(?!e?s?\s+(?:\w+\s+)?par\s+(?:(?:la|le|les|une?|des)\b|l['’])"
                  r"(?!\s*(?:ou\s+plusieurs\s+)?(?:CPTS|communaut)))")
# "Elle permet de couvrir 100 % de la population": the total a new CPTS enables, not its own share
ENABLES_COVERING = re.compile(r"\bperm(?:et|ettent|ettra|ettant)\s+(?:\w+\s+)?(?:de\s+couvrir|d['’]atteindre)\s+(?:\w+\s+){0,3}?\Z|"
                              r"\b(?:enables?|allows?)\s+(?:\w+\s+)?(?:to\s+)?(?:cover|covering|reach|reaching)\s+\Z", re.IGNORECASE)
# "60 % du territoire couvert", "80% of the department covered": a share of land covered.
TERRITORY_COVERED = re.compile(
    r"\s*(?:du|of\s+the)\s+(?:territoire|département|department|territory)\s+"
    r"(?:(?:du|de\s+la|de\s+l['’]|des|d['’]|de|of)\s*(?-i:[A-ZÀ-Ý])[\w'’-]*\s+)?"  # "du territoire du Cher est couvert"
    r"(?:\w+\s+){0,2}?(?:couvert|covered)" + NOT_BY_ANOTHER, re.IGNORECASE)
# One CPTS as the subject of the sentence: "Elle couvre ...", "La CPTS X assure ..."
ONE_CPTS_SUBJECT = re.compile(
    r"\W*(?:elle|celle-ci|it|(?:la|the)\s+(?:CPTS|communauté|community)\b[^,.;:]{0,60}?(?:,[^,.;:]{0,40},)?)\s+"
    r"(?:assure|couvre|représente|dessert|regroupe|concerne|englobe|covers|represents|serves|spans)\b[^,.;:]{0,35}\Z",
    re.IGNORECASE)
# One CPTS as the antecedent of a relative clause: "Avec la CPTS X, qui couvre 12 % de la population du Cher, ..."
ONE_CPTS_RELATIVE = re.compile(
    r"\b(?:la|cette|the|this)\s+(?:CPTS|communauté|community)\b[^,.;:]{0,60},?\s+(?:qui|which|that)\s+"
    r"(?:assure|couvre|représente|dessert|regroupe|concerne|englobe|covers|represents|serves|spans)\b[^,.;:]{0,35}\Z",
    re.IGNORECASE)
COVERING = re.compile(r"\b(?:couvr\w*|couverte?s?|cover(?:s|ed|ing)?|s['’]étend(?:ent)?\s+(?:\w+\s+)?sur|span(?:s|ning)?)\b", re.IGNORECASE)
# (the plural "représentent": "les CPTS du Cher représentent 85 % de la population", not one CPTS's own share)
GATHERING = re.compile(r"\b(?:rassembl\w*|regroup\w*|réuniss\w*|concern\w*|touch\w*|dessert|desservent|serve|représentent|represent)\b",
                       re.IGNORECASE)
# Several CPTS as the subject: "4 CPTS", "les CPTS", "ces communautés", "four CPTS".
SEVERAL_CPTS = re.compile(
    r"\b(?:\d+|" + NUMBER_WORDS + r"|les|ces|toutes\s+les|plusieurs|all|these|several)\s+"
    r"(?:\w+\s+)?(?:CPTS|communautés|communities)\b|\b(?:elles|they)\s+(?:\w+\s+)?(?:couvr|cover)"
    r"|\b(?:CPTS|communities)\s+(?:now\s+|already\s+)?cover\b"  # "In the Doubs, CPTS now cover 95 %"
    # "le réseau des CPTS couvre 85 %", "le maillage des CPTS", "the network of CPTS"
    r"|\b(?:réseau|maillage|ensemble)\s+des\s+(?:CPTS|communautés)\b|\bnetwork\s+of\s+(?:CPTS|communities)\b", re.IGNORECASE)
WITHOUT_GP_CUES = re.compile(
    r"médecins?\s+traitants?|équipe\s+traitante|sans\s+médecin|dépourvus?|n['’]en\s+(?:bénéficient|ont)\s+(?:pas|plus)|"
    # "n'ont pas de médecin généraliste référent", "privés de généraliste", "patients orphelins (de médecin)"
    r"n['’]\s*(?:a|ont)\s+(?:pas|plus)\s+de\s+(?:médecin|généraliste)|privée?s?\s+de\s+(?:médecin|généraliste)|"
    r"sans\s+généraliste|orphelins?|"
    # "à la recherche d'un médecin généraliste", "cherchent un généraliste"
    r"(?:cherch\w*|à\s+la\s+recherche\s+d['’]un|en\s+recherche\s+d['’]un)\s+(?:un\s+)?(?:médecin|généraliste)|"
    r"(?:sans|pas\s+de|aucun)\s+MT\b|general\s+practitioner|\bGP\b|family\s+doctor|regular\s+doctor|attending\s+(?:physician|doctor)|"
    r"without\s+a\s+doctor|\bno\s+doctor\b|looking\s+for\s+a\s+doctor|"
    # "do not have a referring doctor", "without a regular physician"
    r"(?:do|does)\s+not\s+have\s+an?\s+(?:\w+\s+)?(?:doctor|physician)|(?:don|doesn)['’]t\s+have\s+an?\s+(?:\w+\s+)?(?:doctor|physician)|"
    r"without\s+an?\s+(?:\w+\s+)?(?:doctor|physician)|referring\s+(?:doctor|physician)", re.IGNORECASE)
# A figure that restates a rate just named: "ce taux atteint 18 %", "ils sont 18 %"
RATE_REFERRED_TO = re.compile(r"\b(?:ce|cet|cette|this|that)\s+(?:taux|chiffre|part|proportion|pourcentage|rate|share|figure)\b"
                              r"|\b(?:ils|elles|they)\s+(?:sont|are)\b[^.;,]{0,20}\Z"
                              r"|\b(?:ils|elles)\s+sont\b[^.;]{0,40},\s*soit\s*\Z"  # "Ils sont près de 7 700, soit 18 %"
                              # "... n'ont pas de médecin traitant. Cela représente 14,9 % de la population"
                              r"|\b(?:cela|ceci|ce\s+qui|this|which)\s+(?:représente|correspond|fait|represents|amounts)\b[^.;]{0,20}\Z",
                              re.IGNORECASE)
# "9 % de bénéficiaires pour Villebois": the figure of the town named after it
FOR_A_TOWN = re.compile(r"[ \t\u00a0]*(?:(?:d['’]|de[ \t]+)(?:[^\s.;,:()%]+[ \t]+){1,4}?)?pour[ \t]+((?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ -](?:(?:sur|sous|en|lès|de|du|la|le)[ -])?(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})")
# A figure aimed at: "l'objectif de 75 %", "viser 90 %", "a target of 80%"
TARGET = re.compile(r"\b(?:objectifs?|cibles?|targets?|goals?|vis(?:er|e|ent|ons)|aims?|souhait\w*|ambitionn\w*)\b[^%.;,()]{0,30}?\d[\d\s\u00a0.,]*%?\s*\Z",
                    re.IGNORECASE)
# A figure set for a date to come: "100 % de la population couverte d'ici 2026", "by 2027"
BY_A_DEADLINE = re.compile(r"\bd['’]ici\s+(?:(?:à\s+)?(?:la\s+)?fin\s+)?(?:\d{4}|\d+\s+ans)\b|\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b|"
                           r"\bà\s+l['’]horizon\s+(?:de\s+)?20\d\d\b", re.IGNORECASE)
# Patients who have a doctor: "90 % de patients avec un médecin traitant" is no share without one
WITH_GP = re.compile(r"\b(?:avec|ayant|disposant\s+d['’]|ont|a|accès\s+à)\s+(?:un\s+)?médecins?\s+traitants?|"
                     r"\bwith\s+a\s+(?:GP|regular\s+doctor)",
                     re.IGNORECASE)
WITHOUT_WORDS = re.compile(r"\b(?:sans|pas|plus|dépourvu\w*|privée?s?|aucun|without|no)\b", re.IGNORECASE)
# ("de celle du département": of the population, taken up)
# ("de sa population": the department's, when several CPTS cover it)
# ("de l'ensemble de la population", "de la population totale", "du nombre d'habitants", "of the total population")
POPULATION_OF = re.compile(r"\s*(?:de\s+(?:l['’]ensemble\s+de\s+|la\s+totalité\s+de\s+)?(?:la|sa|leur)\s+population(?:\s+(?:totale|globale))?|"
                           r"of\s+(?:the|its|their)\s+(?:total\s+|whole\s+)?population|de(?:s|\s+ses|\s+leurs)\s+habitants"
                           r"|du\s+nombre\s+d['’]habitants|of\s+(?:the|its|their)\s+(?:inhabitants|residents)|de\s+celle\b)",
                           re.IGNORECASE)
OF_THE_DEPARTMENT = re.compile(r"\s*(?:(?:du|de\s+ce|of\s+the|of\s+this)\s+(?:département|department)\b|départementale)",
                               re.IGNORECASE)
ADJECTIVE = re.compile(r"\s+([^\W\d_][\w'’-]+)")
# "sarthoise", and a people's name too: "huit Nivernais sur dix"
DEMONYM = re.compile(r"\s[a-zà-ÿA-ZÀ-Ý][a-zà-ÿ-]{3,}(?:ois|ais|ien|in|an)(?:e|es|s|nes?)?\b")
OF_A_PLACE = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|of(?:\s+the)?)\s*", re.IGNORECASE)
DEPARTMENT_POPULATION = re.compile(r"\s*of\s+the\s+department['’]s\s+(?:population|inhabitants)", re.IGNORECASE)
# an age group: "plus de 17 ans", "17 ans et plus", "17 ans et +", "16 ans ou plus", "≥ 17 ans"
AGES = r"((?:plus|moins)\s+de\s+\d+\s+ans|\d+\s+ans\s+(?:et|ou)\s+(?:plus\b|\+)|≥\s*\d+\s+ans)"
AGE_GROUP = re.compile(
    r"(?:âgés?\s+)?des?\s+" + AGES + r"|(?:âgés?\s+)?des\s+patients\s+" + AGES +
    r"|(?:aged\s+)?((?:over|under)\s+\d+(?:\s+years(?:\s+old)?)?|\d+\s+and\s+over)", re.IGNORECASE)
# A share of an age group right after the figure: "28 % de plus de 60 ans", "12% over 75"
AGE_SHARE = re.compile(r"\s*(?:" + AGE_GROUP.pattern + ")", re.IGNORECASE)
# ... or before it: "parmi les plus de 17 ans, 13 % ...", "among adults over 16, ..."
# ... or a rate's label: "le taux de patients de plus de 17 ans sans médecin traitant est de 13 %"
AGE_AMONG = re.compile(
    r"\b(?:(?:parmi|chez)\s+les|(?:taux|part|proportion|pourcentage)\s+(?:de|des|d['’]))\s+"
    r"(?:(?:patients|assurés|habitants|adultes|personnes)\s+)?(?:âgés\s+)?(?:de\s+)?" + AGES +
    r"|\bamong\s+(?:those|people|adults|patients|residents)\s+(?:aged\s+)?((?:over|under)\s+\d+(?:\s+years(?:\s+old)?)?|\d+\s+and\s+over)",
    re.IGNORECASE)
FULL_COVERAGE = quick_start(re.compile(
    # "l'ensemble du département", "la totalité de la Drôme", "tout le Cantal" ... "est désormais couvert"
    # ("l'intégralité de la population du Cher est couverte", not "... couverte par la complémentaire santé")
    r"(?:(?:totalité|ensemble|intégralité)\s+(?:de\s+la\s+population\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*|\btout\s+le\s+|\btoute\s+la\s+)"
    r"(?:département|territoire\s+départemental|territoire\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?-i:[A-ZÀ-Ý])[\w'’-]+"
    r"|(?-i:[A-ZÀ-Ý])[\w'’-]+)[^.;,]{0,30}?\s"
    r"(?:est\s+|sont\s+)?(?:désormais\s+|aujourd['’]hui\s+|maintenant\s+)?couvert" + NOT_BY_ANOTHER + "|"
    r"(?:intégralement|entièrement|totalement|complètement)\s+(?:couvert|maillée?s?(?=\s+(?:en|par)\s+(?:des\s+|les\s+)?CPTS))|couverture\s+intégrale|"
    r"couverte?s?\s+(?:dans\s+(?:sa|son)\s+(?:totalité|intégralité)|en\s+totalité)|"
    # "tous les habitants du Cher sont couverts par une CPTS", "l'ensemble de la population ... est couvert par les CPTS"
    r"(?:\btous\s+les\s+habitants|\btoute\s+la\s+population|(?:totalité|ensemble)\s+de\s+la\s+population)\b[^.;]{0,40}?"
    r"\scouverte?s?\s+par\s+(?:une|des|les)\s+CPTS\b|\bthe\s+(?:whole|entire)(?:\s+of)?\s+(?:the\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]+[^.;]{0,20}?\scovered\b|"
    r"100\s?%\s+CPTS|fully\s+covered|entirely\s+covered|full\s+coverage|"
    # "9 CPTS couvrent désormais l'ensemble du département", "covering the whole department"
    r"\b(?:couvr\w+|cover(?:s|ed|ing)?)\s+(?:désormais\s+|aujourd['’]hui\s+|now\s+)?(?:l['’]ensemble|la\s+(?:quasi-?)?totalité|"
    r"l['’]intégralité|the\s+(?:whole|entire))\s+(?:du\s+|of\s+the\s+)?(?:département|territoire\s+départemental|department)\b"
    # "CPTS now cover the entire Cher department"
    r"|\bcover(?:s|ed|ing)?\s+the\s+(?:whole|entire)\s+(?:of\s+(?:the\s+)?)?(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?:department|département))?\b"
    r"|\b(?:couvr\w+)\s+(?:désormais\s+)?tout\s+le\s+(?:département|territoire\s+départemental)\b|"
    # "les CPTS couvrent désormais tout le Cher", "... l'intégralité de la Drôme": a department named
    r"\b(?:couvr\w+)\s+(?:désormais\s+|aujourd['’]hui\s+)?(?:tout\s+le\s+|toute\s+la\s+|(?:l['’]ensemble|la\s+totalité|"
    r"l['’]intégralité)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:population\s+(?:du|de\s+la|de\s+l['’]|des)\s*)?)(?-i:[A-ZÀ-Ý])[\w'’-]+|"
    # "la couverture de la Sarthe par les CPTS est désormais complète"
    r"\b(?:couverture|maillage)\s+(?:du\s+département\s+|d[eu]\s+(?:la\s+|l['’]\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]+\s+)?"
    r"(?:par\s+(?:les|des)\s+CPTS|en\s+CPTS)"
    r"\s+est\s+(?:désormais\s+|maintenant\s+|aujourd['’]hui\s+)?(?:complète|complet|totale?)\b", re.IGNORECASE))

# Where a clause begins and ends around a percentage.
CLAUSE_BREAK = re.compile(
    r"[,;:()«»\"“”•\n]|\s[-–—]\s|\b(?:contre|puisque|alors\s+que|tandis\s+que|car|mais|versus|vs|against|"
    r"compared\s+(?:with|to)|while|whereas|since|because|but)\b", re.IGNORECASE)
# "..., dont 60 %", "..., soit 12 %", "..., of which 60%": a clause that takes up the one before it
TAKES_UP_THE_CLAUSE_BEFORE = re.compile(r"\s*(?:dont|soit|of\s+which|among\s+(?:them|which))\b", re.IGNORECASE)
# "..., contre 60 % en 2021": the figure of an earlier year set against today's
COMPARED_BEFORE = re.compile(r"\b(?:contre|versus|vs\.?|against|compared\s+(?:with|to))\s*\Z", re.IGNORECASE)
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A figure told in the past: "qui était de 70 %", "l'an dernier", "il y a deux ans", "was 70% last year"
IN_THE_PAST = re.compile(r"\b(?:était|étaient|avait|avaient|atteignait|s['’]élevait|was|were|stood\s+at)\b|"
                         r"\bl['’](?:an|année)\s+(?:derni(?:er|ère)|passée?|précédente?)\b|\bil\s+y\s+a\s+\w+\s+ans\b|"
                         r"\blast\s+year\b|\b\w+\s+years\s+ago\b", re.IGNORECASE)
CLAUSE_REACH = 120
DEPARTMENT_AFTER_REACH = 40  # characters from a coverage figure to the department it is of
SUBJECT_REACH = 160  # characters back to the subject of a percentage's sentence
CPTS_WORDS = re.compile(r"\b(?:CPTS|communauté|community|elle|it|territoire|territory)\b", re.IGNORECASE)
# "12 % dans le département", "11 % en Mayenne": a place larger than the CPTS in the figure's clause
IN_DEPARTMENT = re.compile(r"\b(?:dans|sur|in)\s+(?:le|ce|tout\s+le|l['’]ensemble\s+du|the|this)\s+(?:département|department)\b|"
                           r"\b(?:au\s+niveau|à\s+l['’]échelle)\s+(?:départementale?|du\s+département)", re.IGNORECASE)
# "... alors que le département n'enregistre que 1 %": the department heading the figure's clause
DEPARTMENT_SUBJECT = re.compile(r"\s*(?:le|the)\s+(?:département|department)\b", re.IGNORECASE)
# The figure of a larger place set against the CPTS's: "la moyenne départementale", "celui du département"
LARGER_AVERAGE = re.compile(
    r"\b(?:celui|celle|ceux|celles|moyenne|taux|niveau|that|average|rate)\s+(?:\w+\s+){0,2}?"
    r"(?:du\s+département|de\s+la\s+région|du\s+pays|de\s+(?:la\s+)?France|départementale?|régionale?|nationale?|"
    r"of\s+the\s+(?:department|region|country)|departmental|regional|national)\Z", re.IGNORECASE)
COMPARED_WITH = re.compile(r"\b(?:celui|celle|ceux|celles|moyenne|that|average)\b", re.IGNORECASE)
# A share of working time, not a figure of the CPTS: "employée à 80 %", "un poste à 50 %", "80 % ETP", "travaille à 50 %"
WORKING_TIME = re.compile(r"\b(?:employée?s?|embauchée?s?|recrutée?s?|salariée?s?|(?:un|le|son|à)\s+poste|travaill\w*|works?|"
                          r"à\s+temps\s+partiel|mi-temps|ETP)\b[^%,.;]{0,15}$|"
                          r"^\s*(?:ETP|d['’]ETP|du\s+temps|de\s+son\s+temps)\b", re.IGNORECASE)
PERCENT_FIGURE = re.compile(r"\d[\d\s\u00a0.,]*%")
# Figures of the nation or the region, not of a CPTS or a department.
NATIONAL = re.compile(
    r"\b(?:au\s+niveau\s+(?:national|régional|du\s+pays)|à\s+l['’]échelle\s+(?:nationale|régionale|du\s+pays)|"
    r"(?:population|territoire|moyenne)\s+(?:française|français|nationale?)|"
    r"moyenne\s+(?:nationale|régionale)|(?<!-)(?:en|de|la)\s+France(?!-)|France\s+entière|(?:des|les|un|aux)\s+Français|"
    r"sur\s+le\s+plan\s+(?:national|régional)|Hexagone|en\s+Europe|dans\s+le\s+monde|"
    r"(?:dans|à)\s+(?:le|notre|tout\s+le|l['’]ensemble\s+du)\s+pays\b(?!\s+(?:de|d['’]|du|des)\b)|"
    r"dans\s+(?:la|notre)\s+région|en\s+région|national(?:ly|\s+average|\s+level)?|nationwide|"
    r"(?:in|across)\s+France|(?:in|across)\s+the\s+(?:region|country)|French\s+people)\b", re.IGNORECASE)
# A region's figure said without its name: "la population régionale", "de la région", "à l'échelle de la région"
REGIONAL = re.compile(r"\b(?:population|territoire|taux(?:\s+de\s+couverture)?|couverture|moyenne|maillage)\s+régionale?s?\b|"
                      r"\b(?:la|cette|notre|toute\s+la|l['’]ensemble\s+de\s+la)\s+région\b(?!\s+(?-i:[A-ZÀ-Ý]))|"
                      r"\bregional\b|\b(?:of|in|across)\s+the\s+region\b", re.IGNORECASE)
# The regions of mainland France (those that are also departments left out)
REGION = re.compile(
    r"\b(?:Auvergne-Rhône-Alpes|Bourgogne-Franche-Comté|Bretagne|Brittany|Centre-Val\s+de\s+Loire|Grand\s+Est|"
    r"Hauts-de-France|Île-de-France|Ile-de-France|Normandie|Normandy|Nouvelle-Aquitaine|Occitanie|"
    r"Pays\s+de\s+la\s+Loire|Provence-Alpes-Côte\s+d['’]Azur|PACA|Corse|Corsica)\b")
# a region's people right after a figure: "92 % des Bretons vivent sur le territoire d'une CPTS" (the region's share)
OF_A_REGIONS_PEOPLE = re.compile(r"\s*(?:des|of\s+the)\s+(?:Bretons|Normands|Franciliens|Alsaciens|Lorrains|Picards|Bourguignons"
                                 r"|Auvergnats|Corses|Occitans|Néo-Aquitains|Bretonnes|Normandes|Franciliennes)\b")
# A figure set against another place's: "supérieur à la région", "en deçà des taux de", "contre"
COMPARISON = re.compile(r"\b(?:supérieure?s?|inférieure?s?|deçà|au-dessus|au-dessous|au-delà|contre|comparée?s?|"
                        r"plus\s+(?:élevée?s?|faibles?|bas(?:se)?s?)\s+qu|moins\s+qu|higher|lower|compared|against)\b",
                        re.IGNORECASE)
AUDIENCE = re.compile(r"\b(?:participants?|attendees|invités|assistance|auditoire|audience)\b[^.;]{0,40}$", re.IGNORECASE)
# "90 % des participants à la soirée": the audience named right after the figure
AUDIENCE_AFTER = re.compile(r"\s*(?:des|of\s+the)\s+(?:participants|invités|personnes\s+présentes|présents|attendees|guests)\b",
                            re.IGNORECASE)
ONE_TOWN = re.compile(
    r"\b(?:commune|ville|city|town|village|quartier)\s+(?:où|dont|qui|where|whose|which|in\s+which)\b"
    # "la commune compte 22 %", "La ville de Dijon affiche 22 %"
    r"|\b(?:la|cette)\s+(?:commune|ville)(?:\s+(?:de|d['’])\s*[A-ZÀ-Ý][\w'’-]*(?:[\s-][\w'’-]+){0,3}?)?\s+(?:compte|a|affiche|présente)\b"
    # "la moitié des habitants vit à Bourges", "half of whom are concentrated in Draguignan": one town's share
    r"|\b(?:vi(?:t|vent)|habitent|résident|(?:sont\s+|is\s+|are\s+)?concentrée?s?|lives?|living|(?:is\s+|are\s+)?concentrated)"
    r"\s+(?:à|au|in)\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE)
# A figure that says how much of a quality something has: "100 % Santé", "100 % gratuit", "100 % en ligne"
DEGREE_OF_A_QUALITY = re.compile(
    r"\s*(?:sant[ée]|gratuite?s?|numériques?|digital\w*|en\s+ligne|à\s+distance|dématérialisée?s?|sécurisée?s?|"
    r"connectée?s?|bio|online|free|remote|virtual|virtuel\w*)\b", re.IGNORECASE)
MONEY = re.compile(
    r"budget|financ\w*|€|\beuros?\b|dotation|subvention|crédits|funding|funded|\bfonds\b|rembours\w*|"
    r"majoration|revalorisation|\bTVA\b|\btaxes?\b|cotisations?|\bimpôts?\b|\bfrais\b|"
    r"\btarifs?\b|pris(?:es?)?\s+en\s+charge|\bcoûts?\b|\bprix\b|rémunér\w*|salaires?|\bcosts?\b|\bprices?\b|"
    r"\bremises?\b|\brabais\b|\bdiscounts?\b|\bversée?s?\b|\bversements?\b",
    re.IGNORECASE)
# "80 % de ses objectifs", "100 % des indicateurs du socle": how far the CPTS met its contract, no figure of its territory
OF_ITS_GOALS = re.compile(r"\s*(?:de\s+(?:ses|leurs|nos|vos|son|sa)|des|du|of\s+(?:its|their|the))\s+(?:\w+\s+)?(?:objectifs?"
                          r"|indicateurs?|engagements?|missions?|actions?|cibles?|goals?|targets?|indicators?)\b",
                          re.IGNORECASE)
# "50 000 euros (60 % ARS, 40 % CPAM)": shares of a sum, in brackets after it
MONEY_BEFORE_BRACKET = re.compile(r"(?:€|\beuros?\b|\bEUR\b|budget|financement|dotation|subvention|funding)"
                                  r"[^()]{0,20}\([^()]{0,40}\Z", re.IGNORECASE)
PATIENTS = re.compile(r"\s*(?:des|of)\s+(?:patients|Français|French)\b", re.IGNORECASE)
# "des médecins généralistes du département", "of the nurses of the region"
OF_A_LARGER_PLACE = re.compile(
    r"\s*(?:des?|d['’]|of)\s+[^,;.()%]{0,50}?\b(?:du|de\s+ce|de\s+la|of\s+the|in\s+the)\s+"
    r"(?:département|department|(?P<wider>région|region|pays|country))\b", re.IGNORECASE)
# "55 % des seniors du Cher", "of the nurses in the Cher": the people of a department named right after the figure
OF_NAMED_PLACE = re.compile(r"\s*(?:des?|du|d['’]|of)\s+[^,;.()%]{0,50}?\b(?:du|de\s+la|de\s+l['’]|des|de|d['’]|in|of)\s*"
                            r"(?:the\s+)?\Z", re.IGNORECASE)
SHARE_OF_CPTS = re.compile(r"\s*(?:des|de|of(?:\s+the)?)\s+(?:CPTS|communautés|communities)\b", re.IGNORECASE)
# "7 CPTS sur 10 (69 %)", "les adhérents des CPTS": a figure of many CPTS, not of one
# ("le nombre de CPTS a augmenté de 30 %": CPTS in general)
OF_MANY_CPTS = re.compile(r"\b(?:CPTS|communautés)\s+sur\s+\d+|\bCPTS\s+de\s+taille\b|\b(?:des|aux|les|de|number\s+of)\s+CPTS\b"
                          r"(?!\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?(?-i:[A-ZÉÈ0-9]))", re.IGNORECASE)
# "Les CPTS de taille 1 comptent ...": a sentence about CPTS in general
MANY_CPTS_AS_SUBJECT = re.compile(r"\W*(?:les|des|ces|these|many|most)\s+CPTS\b(?!\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?(?-i:[A-ZÉÈ0-9]))|"
                                  + PLURAL_LATTER_OPENING.pattern, re.IGNORECASE)
# A change rather than a share: "réduit de 20 %", "une baisse de 15 %", "(+7 %)"
CHANGE = re.compile(r"(?:\b(?:réduire|réduit\w*|baiss\w*|augment\w*|hausse|diminu\w*|progress\w*|recul\w*|"
                    r"cr[ûu]e?|croissance|évolution|reduc\w*|increas\w*|decreas\w*|fell|rose|grew)\b[^%.;\n]{0,25}|\(\s*[+−-]\s*|\s[+−]\s*)\Z",
                    re.IGNORECASE)
# The answers to a survey: "62 % des répondants", "des personnes interrogées"
# ... or opinions and votes: "95 % se disent satisfaits", "réélu avec 95 % des voix"
SURVEY = re.compile(r"\b(?:répondants?|répondu|sondés|enquêtés|interrogé(?:e|s|es)?|sondages?|questionnaires?|respondents?|"
                    r"surveyed|polled|satisf\w+|se\s+(?:disent|déclarent|montrent)|estiment|jugent|"
                    r"voix|suffrages|votes?|votants|élue?s?|réélue?s?|elected|re-elected)\b", re.IGNORECASE)
# "Selon une enquête menée auprès des soignants, 80 % ...": the answers to a survey
SURVEY_SOURCE = re.compile(r"\b(?:selon|d['’]après)\s+(?:une|l['’]|notre|cette|la\s+dernière)\s+(?:\w+\s+)?enquête\b|"
                           r"\baccording\s+to\s+(?:a|the|our)\s+(?:\w+\s+)?survey\b", re.IGNORECASE)
# A body other than the CPTS as the subject of the figure: "Le centre hospitalier a enregistré 30 %",
# "La maison de santé suit 80 % des patients"
OTHER_BODY = re.compile(
    r"\b(?:centres?\s+hospitaliers?|hôpita(?:l|ux)|hospitals?|cliniques?|maisons?\s+de\s+santé|MSP|centres?\s+de\s+santé|"
    r"EHPAD|urgences|SAMU|SOS\s+Médecins|mairie|municipalité|conseil\s+départemental|gouvernement|ministère|"
    r"contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS|PTSM|DAC|service\s+d['’]accès\s+aux\s+soins|SAS|"
    r"fédération|FCPTS|Drees|Irdes)\b",
    re.IGNORECASE)
IN_BRACKETS = re.compile(r"\s*\(\s*([A-ZÀ-Þ][\w'’-]+(?:[ -][\w'’-]+){0,3})\s*\)")
LOCAL_ANCHOR = re.compile(
    r"\b(?:CPTS|communauté|community|territoire|territory|territorial|bassin|secteur|sector|area|"
    r"zone|local\w*|commune)\b", re.IGNORECASE)

# Words that tie a sentence to the community or its territory without naming it.
# "La part des plus de 65 ans y est de 28 %": "y", there (not "il y a"); its members
# ... and its membership: "les adhérents", "le taux d'adhésion des médecins atteint 60 %" (not "l'adhésion au dispositif X")
TAKEN_UP = re.compile(r"\b(?:elle|son|sa|ses|notre|nos|nous|its|our|we|adhérents?|adhérentes?|members|membership)\b"
                      r"|\badhésions?\s+(?:à\s+la\s+CPTS|des\s+(?:médecins|professionnels|soignants|infirmi\w+|pharmacien\w*|"
                      r"kinés\w*|généralistes|libéraux|praticiens))\b|(?<!\bil\s)\by\b", re.IGNORECASE)
# The people who live there: "28 % de la population", "18 % des habitants ont moins de 14 ans"
RESIDENTS = re.compile(r"\b(?:habitants?|population|inhabitants?|residents?|résidents?|enfants|children)\b", re.IGNORECASE)
# What a territory's diagnosis says of its people: their ages, incomes, chronic diseases, social benefits.
# In the sentence after one about the territory ("Le territoire est rural. Le taux de pauvreté atteint 18 %.")
PEOPLE_PROFILE = re.compile(
    r"\b(?:âgée?s?|ans|seniors?|personnes\s+âgées|retraités"
    r"|pauvreté|précarité|chômage|demandeurs\s+d['’]emploi|ALD|affections?\s+de\s+longue\s+durée|CSS|CMU\w*"
    r"|complémentaire\s+santé\s+solidaire|AME|minima\s+sociaux|RSA|allocataires|bénéficiaires|ménages|familles\s+monoparentales"
    r"|mortalité|natalité|espérance\s+de\s+vie|aged|(?:over|under)\s+\d+|years\s+old|elderly|poverty|unemploy\w*|long-term\s+(?:illness|condition)s?)\b",
    re.IGNORECASE)
# ... not a rate within a group ("la couverture vaccinale atteint 52 % chez les plus de 65 ans"): a health figure
RATE_AMONG = re.compile(r"\b(?:chez|parmi|among)\s+(?:les|the|those)\b", re.IGNORECASE)
# "(2,5 % pour la CPTS contre 2,3 % en région)": a figure said of the CPTS right after it
FOR_THE_CPTS = re.compile(r"\s*(?:pour|sur|dans|for|in|on)\s+(?:la|le|notre|cette|ce|the|our|this)\s+"
                          r"(?:territoire\s+de\s+la\s+)?(?:CPTS|communauté|territoire|community|territory)\b", re.IGNORECASE)

# A share of the people written as a fraction: "quatre habitants sur cinq", "9 Sarthois sur 10",
# "les trois quarts de la population", "four out of five residents", "three quarters of"
_SMALL_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                  "neuf": 9, "dix": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}
_SMALL = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True)) + r"|10|[1-9]"
_PARTS = {"moitié": (1, 2), "half": (1, 2), "tiers": (1, 3), "third": (1, 3), "thirds": (1, 3),
          "quart": (1, 4), "quarts": (1, 4), "quarter": (1, 4), "quarters": (1, 4)}
_COUNTED_FRACTION = (rf"\b(?P<num>{_SMALL})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:sur|out\s+of|in)\s+(?P<den>{_SMALL})\b"
                     r"(?!\s*(?:communes?|municipalit|villes?|villages?|towns?|\d))")
PEOPLE_FRACTION = quick_start(re.compile(
    rf"{_COUNTED_FRACTION}"
    rf"|\b(?:(?:les|la|le|the)\s+)?(?P<times>{_SMALL})?[\s-]*(?P<part>moitié|half|tiers|thirds?|quarts?|quarters?)\b"  # "two-thirds"
    r"(?=\s+(?:de\s+la|des|du|de\s+(?:sa|leur|notre)|of(?:\s+(?:the|its|their))?)\s)"
    # "les 2/3 de la population", "1/5e des habitants"
    r"|(?<![\d/])(?P<snum>[1-9])\s?/\s?(?P<sden>10|[2-9])(?:e|ème|èmes|th)?(?![\d/])(?=\s+(?:de\s+la|des|du|of(?:\s+the)?)\s)",
    re.IGNORECASE))
# The fractions of the second and third kinds may start at any space and cost the most of the three: a text without
# their part words or a slash is read for the first kind alone.
COUNTED_FRACTION = quick_start(re.compile(_COUNTED_FRACTION, re.IGNORECASE))
PARTS_AND_SLASH = ("moiti", "half", "tiers", "third", "quart", "/")


def people_fractions(text: str) -> Iterator[re.Match]:
    """The matches of PEOPLE_FRACTION in `text`."""
    lowered = text.lower()
    return (PEOPLE_FRACTION if any(word in lowered for word in PARTS_AND_SLASH) else COUNTED_FRACTION).finditer(text)


def fraction_percent(found: re.Match) -> float | None:
    """The percentage a PEOPLE_FRACTION match says: "quatre ... sur cinq" 80, "les trois quarts" 75."""
    groups = found.groupdict()  # a COUNTED_FRACTION has the first kind's groups alone
    if groups.get("snum"):
        num, den = int(found.group("snum")), int(found.group("sden"))
    elif groups.get("part"):
        times = _SMALL_NUMBERS.get((found.group("times") or "un").lower()) or int(found.group("times"))
        num, den = _PARTS[found.group("part").lower()]
        num *= times
    else:
        num, den = (_SMALL_NUMBERS.get(g.lower()) or int(g) for g in (found.group("num"), found.group("den")))
    if num >= den:
        return None
    value = round(100 * num / den, 1)
    return int(value) if value.is_integer() else value


# Demonyms the department finder cannot derive from the department's name ("la population
# icaunaise" is the Yonne's, "les Costarmoricains" the Côtes-d'Armor's), folded, masculine singular
IRREGULAR_DEMONYMS = {
    "aindinois": "01", "axonais": "02", "maralpin": "06", "haut alpin": "05", "bas alpin": "04",
    "ardechois": "07", "ariegeois": "09", "bucco rhodanien": "13", "calvadosien": "14", "cantalien": "15",
    "charentais maritime": "17", "correzien": "19", "cote d orien": "21", "costarmoricain": "22",
    "perigourdin": "24", "doubien": "25", "dromois": "26", "eurelien": "28", "finisterien": "29",
    "haut garonnais": "31", "lozerien": "48", "bretilien": "35", "indrien": "36", "tourangeau": "37",
    "iserois": "38", "jurassien": "39", "loir et cherien": "41", "altiligerien": "43", "loiretain": "45",
    "angevin": "49", "haut marnais": "52", "meurthe et mosellan": "54", "morbihannais": "56",
    "nivernais": "58", "nordiste": "59", "isarien": "60", "puydomois": "63", "haut pyreneen": "65",
    "bas rhinois": "67", "haut rhinois": "68", "rhodanien": "69", "haut saonois": "70", "saone et loirien": "71",
    "savoyard": "73", "haut savoyard": "74", "parisien": "75", "seinomarin": "76", "yvelinois": "78",
    "deux sevrien": "79", "samarien": "80", "vendeen": "85", "haut viennois": "87", "icaunais": "89",
    "terrifortain": "90", "essonnien": "91", "altosequanais": "92", "alto sequanais": "92",
    "sequano dionysien": "93", "val de marnais": "94", "val d oisien": "95", "guadeloupeen": "971",
    "martiniquais": "972", "guyanais": "973", "reunionnais": "974", "mahorais": "976",
}
# the feminine and plural endings a masculine demonym takes: "icaunaise", "costarmoricaines", "savoyards"
_DEMONYM_ENDINGS = ("", "s", "x", "e", "es", "ne", "nes")


def irregular_demonym(folded: str) -> str | None:
    """The department of a folded demonym in any gender and number ("icaunaises" -> "89")."""
    folded = folded.replace("elle", "eau")  # "tourangelle" -> "tourangeau"
    for ending in _DEMONYM_ENDINGS:
        stem = folded[:len(folded) - len(ending)] if folded.endswith(ending) else None
        if stem in IRREGULAR_DEMONYMS:
            return IRREGULAR_DEMONYMS[stem]
    return None
