"""The words of a clause that tell whether an intercommunality named in it is a CPTS's
perimeter, and how much of it: counts of communes, words of extent ("toute la", "une partie
de"), covering verbs, actors and partners, other bodies whose area a verb describes, headings,
and the words after a name ("est couverte par la CPTS Y"). Read by epci_mentions.
"""
from __future__ import annotations

import re

from ..facts.number_words import NUMBER_PHRASE
from ..reference.regex_start import quick_start

# What may open a line before its words: spaces, a bullet or a pictogram ("📍 3 communautés de communes : ...")
LINE_MARK = r"[ \t]*(?:[^\w\s«\"“(]{1,3}[ \t]+)?"
# The count of communes an EPCI lends to a perimeter, just before its name.
COUNT = re.compile(
    rf"\b(?P<n>\d+|{NUMBER_PHRASE})\s+(?:(?:communes|villes|municipalities|towns)\b|(?=situées|located|que\s+compte|qui|font|fait|se\s+(?:situent|trouvent)|appartiennent|relèvent))|"
    rf"\bdont\s+(?P<some>\d+|{NUMBER_PHRASE})\s+(?=de\b|du\b|des\b|d['’]|dans\b|sur\b)|"  # "13 communes, dont 5 de la CC X"
    # the noun left out after a first count: "les 47 communes du Grand Dole et les 24 de la communauté de communes X"
    rf"(?<![\w-])les\s+(?P<some_of>\d+|{NUMBER_PHRASE})\s+(?=(?:de\s+la|de\s+l['’]|du|des)(?:\s*\Z|\s+(?:communauté|agglo|CC|CA|métropole)\b))",
    re.IGNORECASE)
# "12 des 16 communes de X": some of its communes, whatever its count
SHARE_OF = re.compile(rf"\b(?:\d+|{NUMBER_PHRASE})\s+(?:des|of\s+the|of\s+its)\s+(?:\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities)\b",
                      re.IGNORECASE)
# "calée sur", "alignée sur", "se superpose à", "se confond avec": a territory laid on another's
ALIGNED = (r"calée?s?\s+sur|alignée?s?\s+sur|aligned\s+(?:with|on)|superpos\w*|se\s+confond\w*\s+avec|coll(?:e|ent|ant)\s+(?:à|au|aux|avec)|"
           r"(?:on|at)\s+the\s+(?:scale|level)\s+of|au\s+niveau\s+(?:de|du|des|d['’])|"
           # "Its scope is ...", "Son champ d'action est ..."
           r"(?-i:Son|Sa|Notre|Its|Our)\s+(?:scope|boundaries|limits|area\s+of\s+(?:operation|intervention|action)|service\s+area|"
           r"champ\s+d['’]action|zone\s+d['’]intervention)\s+(?:is|are|est|sont)\b")
# "coïncide avec la CC X", "aligned with the X": a comparison of territories, not a partner
COMPARED_WITH = r"(?<!coïncide\s)(?<!coïncident\s)(?<!confond\s)(?<!confondent\s)"
FULL = quick_start(re.compile(
    rf"{ALIGNED}|"
    r"correspond\w*|à\s+l['’]échelle|que\s+compte|qui\s+compos\w*|l['’]ensemble|toutes\s+les|intégralité|entièr\w*|recouvr\w*|"
    # "toute la CC X" right before the name, "tout ECLA" before an acronym: the whole of it (not "Toute la Thiérache,
    # c'est-à-dire quatre intercommunalités : ...")
    r"\btout(?:e)?\s+(?:(?:la|le|l['’])\s*)?(?:\Z|(?=(?-i:[A-Z]{2,})\b))|"
    rf"(?m:^){LINE_MARK}(?:Territoire|Périmètre|Territory)\b[^:\n]{{0,30}}:|"  # "Territoire après avenant : la CA X"
    # a line that opens on its count of intercommunalities: "Quatre communautés de communes : X, Y, Z et W"
    rf"(?m:^){LINE_MARK}(?:\d+|{NUMBER_PHRASE})\s+(?=(?:communautés|intercommunalités|EPCI)\b[^:\n]{{0,30}}:)|"
    r"épous\w*|totalité|même\s+territoire|(?:est|sont|reprend|reprennent)\s+celui|is\s+that\s+of|calqu\w*|identique|coïncid\w*|délimitations?|limites|contours?|all\s+(?:the\s+)?(?:municipalities|communes)|entire|whole|"
    r"boundar(?:y|ies)\s+of|borders\s+of|outline\s+of|"  # "follows the boundaries of the X intercommunality"
    r"same\s+(?:territory|area)|matches|co-?terminous\s+with|co-?extensive\s+with|territoire\s+(?:de|d['’]|du)|territory\s+of|périmètre|perimeter|"
    r"(?:territoire|territory)[ \t]*[:|\t]|pour\s+territoire|(?-i:Son|Notre|Its|Our)\s+(?:territoire|périmètre|territory|area)\s*[,–—?]|"
    r"(?:territoire|périmètre|territory|area)\s+(?:retenu|choisi|concerné|couvert|chosen|covered)\s+(?:est|sera|is|will\s+be)\b|"
    r"\bles\s+communes\s+(?:membres\s+)?(?:de\s+la|de\s+l['’]|du|des)\s*$|"  # "Son territoire : les communes de la CC X"
    r"toutes\s+celles|(?:aire|zone|secteur)\s+(?:géographique|couverte?|desservie?)|"  # "Zone géographique : la CC X"
    r"(?-i:Son|Sa|Notre|Leur)\s+(?:bassin\s+de\s+(?:vie|population)|aire\s+géographique|zone\s+géographique)\b|(?:zone|secteur|aire)\s+d['’](?:intervention|action)", re.IGNORECASE))  # "Son territoire : la CC X", "a pour territoire la CA Y"
# "s'adresse aux 20 000 habitants de la CC X": the people of the whole area, just before its name
# (a perimeter only in a clause about the CPTS)
PEOPLE_OF = re.compile(r"\b(?:habitants|inhabitants|residents|population|besoins(?:\s+de\s+santé)?|(?:health\s+)?needs|professionnels(?:\s+de\s+santé)?|acteurs(?:\s+de\s+santé)?|"
                       r"soignants|(?:health\s+)?professionals)\s+(?:libéraux\s+)?(?:de\s+la|du|des|de\s+l['’]|de|d['’]|of\s+the|of)\s*$",
                       re.IGNORECASE)
# "Ce sont les professionnels de la CC X qui ont créé la CPTS": a CPTS later in the name's sentence
CPTS_LATER = re.compile(r"[^.;:\n]{0,150}\b(?:CPTS|communauté\s+professionnelle)\b")
# "Elle concerne la CC X", "Elle touche Y", "Elle a été créée sur Z": the CPTS's area in a clause about the CPTS only
CONCERNS = re.compile(r"\b(?:concern\w*|touch(?:e|ent)|vis(?:e|ent)|cibl(?:e|ent)|s['’]adress\w*\s+(?:à|au|aux)|concerns?|targets?|"
                      # "Elle a été créée en 2021 sur la CC X", "a vu le jour dans la CC Y"
                      r"(?:créée|née|fondée|lancée|vu\s+le\s+jour)(?:\s+en\s+\d{4})?\s+(?:sur|dans))\b|"
                      # "Elle naît sur la CC X", "Elle s'inscrit dans la CC Y": only right before the name
                      r"\b(?:naît|voit\s+le\s+jour|prend\s+place|s['’]inscri\w*)\s+(?:sur|dans)\s+(?:la|le|l['’])?\s*$", re.IGNORECASE)
# Approximate counts small enough to be a part of an intercommunality
SOME_TENS = r"(?:dizaine|douzaine|quinzaine|vingtaine|trentaine)"
PARTIAL = re.compile(
    # (not "celle du X pour la partie sud, et celle du Y": the part of the CPTS the name before covers)
    r"(?<!pour\sla\s)(?<!pour\ssa\s)partie|partiel\w*|\bpart\s+of|partly|partially|certaines|quelques|plusieurs|some|several|situées?|situe(?:nt)?\b|located|"
    r"essentiel|majorité|plupart|quasi|presque|au\s+sein|à\s+l['’]intérieur|\bmost\s+of|\bwithin|"
    rf"{SOME_TENS}\s+de\s+communes|"  # "une douzaine de communes de la CC X"
    r"font\s+partie|fait\s+partie|belong\w*|"
    # "Le territoire est réparti entre la CC X (12 communes) et la CC Y": parts of each, unless a count says all
    r"(?:se\s+)?répart(?:it|issent|issant)\s+(?:entre|sur)|répartie?s?\s+(?:entre|sur)|partagée?s?\s+entre|à\s+cheval\s+entre|straddl\w*|"
    r"split\s+between|spread\s+(?:across|over)", re.IGNORECASE)
# "il se superpose quasiment à deux CC : celle des A (seules manquent les communes de B) et celle
# du C": an approximation that an exception after the first name accounts for says nothing of the next
APPROXIMATELY = re.compile(r"quasi|presque", re.IGNORECASE)
EXCEPTION_GIVEN = re.compile(r"\b(?:seule?s?\s+(?:manque|échappe)\w*|sauf|hormis|excepté\w*|à\s+l['’]exception|hors\s+(?:la|le|les|l['’])|"
                             r"except|apart\s+from|but\s+for)\b", re.IGNORECASE)


def partial_words(words: str) -> bool:
    """Whether the words before a name say it is only part covered (a PARTIAL cue), unless the
    only cue is an approximation an exception after it already accounts for."""
    cues = list(PARTIAL.finditer(words))
    if not cues:
        return False
    last = cues[-1]
    spent = all(APPROXIMATELY.fullmatch(m.group()) for m in cues) and EXCEPTION_GIVEN.search(words, last.end())
    return not spent


# Words of extent that only frame a place ("Sur l'ensemble du territoire de la CC X, les élus
# ...", "des professionnels de toute la CC X"): a perimeter only with a CPTS or a covering word
FRAME_ONLY = re.compile(r"à\s+l['’]échelle|au\s+niveau\s+(?:de|du|des|d['’])|l['’]ensemble|toute?s?\s+(?:les|la|le)|intégralité|totalité|entire|whole|"
                        r"territoire\s+(?:de|d['’]|du)|territory\s+of", re.IGNORECASE)
OWN_TERRITORY = re.compile(
    r"\bCPTS\b|communauté\s+professionnelle|\b(?:elle|it)\b|\b(?:son|notre|leur|its|our|their)\s+(?:territoire|périmètre|territory)|"
    r"\binterv(?:ien|en)\w*|\bagi(?:t|ra)\b|\bopère\b|\boperates?\b", re.IGNORECASE)
COVERS = re.compile(
    r"\b(?:couvr\w*|couverte?s?(?!\s+par)|regroup\w*|compren\w*|englob\w*|s['’]étend\w*|rassembl\w*|réuni(?:t|ssent|ssant|ra)|fédèr\w*|"
    r"compos\w*|constitu\w*|form(?:ent|ant)|se\s+partag\w*|share|(?:s['’])?(?:organis|structur)(?:e|ent|ée?s?)\s+sur|(?:action|activité|intervention)s?\s+port(?:e|ent|era)\s+sur|(?:implanté|installé|présent|basé|acti[fv])e?s?\s+(?:sur|dans)|s['’]implant\w*\s+(?:sur|dans)|œuvr\w*\s+sur|desserv\w*|dessert|serves?|serving|inclu(?:t|ent|ant|ra|ront)|intègr(?:e|ent|ant|era)|embrass(?:e|ent|ant)|s['’]étir\w*|à\s+cheval\s+sur|"
    r"interv(?:ien|en)\w*\s+sur|opèr\w*\s+sur|(?:se\s+)?déploi\w*\s+sur|déployée?s?\s+sur|compétente?s?\s+sur|maill(?:e|ent)|cover\w*|includ\w*|span\w*|encompass\w*|comprises?|made\s+up\s+of|consists?\s+of|extends?|reprend\w*\s+(?=l['’]ensemble|la\s+totalité|l['’]intégralité)|combin(?:es|ing)|brings?\s+together|bringing\s+together|gathers?|unites?)\b"
    # a question the name answers: "Quel est votre territoire ?", "Quel territoire couvrez-vous ?", "What area does it cover?"
    r"|\b(?:territoire|périmètre|territory|area)\b[^?.\n]{0,30}\?",
    re.IGNORECASE)
# Words of a sentence that gives one intercommunality to several CPTS: "deux CPTS se partagent la CC X",
# "la CPTS A et la CPTS B couvrent chacune une partie de la CC X", "la CC X est couverte par deux CPTS"
SHARED_BY_CPTS = re.compile(r"\bse\s+partag\w*|\bchacune\b|\b(?:par|by)\s+(?:deux|trois|plusieurs|two|three|several|[2-4])\s+CPTS\b|"
                            r"\beach\s+(?:covers?|serves?)\b|\bshare\b|\bshared\s+(?:by|between)\b|\bpartagée?s?\s+(?:entre|par)\b",
                            re.IGNORECASE)
# An EPCI named as an actor or a partner, not as a territory
ACTOR_BEFORE = re.compile(
    rf"\b(?:président\w*|vice-président\w*|maires?|élus?|conseil\w*|directeur|directrice|partenari\w*|partenaires?|"
    rf"soutien|soutenu\w*|financ\w*|{COMPARED_WITH}avec|par|auprès|siège|services?|représentants?|president|mayor|(?<!terminous\s)(?<!extensive\s)(?<!aligned\s)with|by|funded|"
    r"supported|partners?|representatives?)"
    r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|à\s+la|au|of\s+the|of|the|la|le|les|l['’])\s*)?$",
    re.IGNORECASE)
# Words between a covering verb and the name that make the EPCI an actor of another clause:
# "qui regroupe 90 professionnels, a signé une convention avec la communauté de communes X"
# ("coïncide avec celui de la CA X" compares two territories)
ACTOR_BETWEEN = re.compile(
    rf"\b(?:intégrée?s?|fusionnée?s?|absorbée?s?|rattachée?s?|merged|{COMPARED_WITH}avec(?!\s+cel(?:ui|le)s?\b)|par|auprès|partenari\w*|convention\w*|sign\w*|soutien\w*|soutenu\w*|financ\w*|élus?|président\w*|"
    r"maires?|(?<!aligned\s)with|by|signed|supported|funded|agreement|partners?\w*|"
    # "couvre 15 communes, à la frontière de la CC X": a neighbouring area
    r"voisin\w*|limitrophe\w*|frontière\w*|frontali\w*|jouxt\w*|proximité|neighbou?r\w*|border\w*|adjacent|"
    # "couvre 20 communes, à l'est de la CC X": beside it
    r"à\s+l['’](?:est|ouest)\s+(?=de\b|du\b|d['’])|(?:east|west|north|south)\s+of)\b", re.IGNORECASE)
# "présentée à la population de la CC X lors d'une réunion publique": the audience of an event, not a perimeter
EVENT = re.compile(r"\b(?:présentée?s?|réunions?|soirées?|rencontres?|ateliers?|conférences?|invitée?s?|lors\s+d['’]|webinaires?|"
                   r"forums?|événements?|évènements?|journées?|presented|meetings?|events?|workshops?)\b", re.IGNORECASE)
CUE_REACH = 90  # characters from the covering word to the name
# Groupings of territories other than a CPTS (a PETR, a SCoT, a park, a joint syndicate...): what
# they cover or group is not a CPTS's perimeter
OTHER_GROUPINGS = (r"PETR|SCoT|pôles?\s+d['’]équilibre\w*|syndicats?\s+mixtes?|syndicats?\s+intercommuna\w+|"
                   r"parcs?\s+naturels?\s+régiona\w+|PNR|conseils?\s+loca(?:l|ux)\s+de\s+santé\s+mentale|CLSM|"
                   r"contrats?\s+de\s+ville|projets?\s+territoria\w+\s+de\s+santé\s+mentale|communautés?\s+hospitalières?")
# Bodies other than a CPTS whose area a covering word may describe, just before that word
OTHER_OWNER = re.compile(
    rf"\b(?:{OTHER_GROUPINGS}|contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS|PTSM|DAC|GHT|CHU|centres?\s+hospitaliers?|hôpita\w+|hospitals?|"
    r"maisons?\s+de\s+santé|MSP|centres?\s+de\s+santé|EHPAD|cliniques?|départements?|"
    r"régions?|dispositifs?|réseaux?|conseils?\s+loca(?:l|ux)|local\s+health\s+contracts?)\b[^.;:]*$")
OWNER_REACH = 50  # characters before the covering word where its subject stands
# "dans le département", "au cœur de la région", "en région": a place, not a subject
PLACE_BEFORE = re.compile(r"\b(?:dans|en|au\s+cœur\s+de|au\s+sein\s+de|sur|in|within)\s+(?:(?:le|la|l['’]|the)\s*)?$",
                          re.IGNORECASE)
PLACE_REACH = 20  # characters before the body's name
# "qui regroupe des maisons de santé, ... couvre la CC X", "dans le nord du département": bodies named
# as what is grouped or a place, not the subject of the covering word ("signataire du contrat local de
# santé couvrant la CC X" is the contract's area)
OBJECT_BEFORE = re.compile(r"(?:\b(?:des|plusieurs|several|\d+)|\b(?:nord|sud|est|ouest|centre|cœur|partie|north|south|"
                           r"east|west|part)(?:-\w+)?\s+(?:du|de\s+la|de\s+l['’]|of\s+the))\s*$", re.IGNORECASE)
# A heading of a territory's description: "Intercommunalités : CA X, CC Y"
LABEL = re.compile(r"\b(?:intercommunalités?|EPCI|intercommunalit(?:y|ies))(?:\(s\))?(?:\s+(?:concernée?s?|membres?|couverte?s?|covered))?\s*:\s*"
                   r"(?:[-–•*·▪►]\s*)?(?:(?:la|le|l['’])\s*)?$", re.IGNORECASE)  # "Intercommunalités :\n• la CC X"
# "Le territoire de la communauté de communes X compte ...": the sentence is about the EPCI
SUBJECT_TERRITORY = re.compile(r"\s*(?:(?:sur|dans|on|in|across)\s+)?(?:le|the|son|its)?\s*(?:territoire|territory)\s+(?:de|d['’]|du|of)"
                               r"(?:\s*(?:la|le|les|l['’]|the)\b)?\s*", re.IGNORECASE)
# "le territoire d'intervention de la CPTS", "the area of the CPTS"
CPTS_AREA = (r"(?:(?:territoire|périmètre|territory|area)\s+(?:d['’](?:intervention|action)\s+)?"
             # "le territoire du projet de CPTS", "du projet de santé de la CPTS"
             r"(?:de\s+la|of\s+the|du\s+projet\s+(?:de\s+santé\s+)?(?:de\s+la|de))\s+"
             r"(?:(?:future|nouvelle|new)\s+)?(?:CPTS|communauté\s+professionnelle)\b|"
             r"(?:the\s+)?(?:new\s+)?CPTS['’]s?\s+(?:territory|area)\b)")  # "the CPTS's territory"
# "..., soit 12 communes et 8 000 habitants, constitue ...": an aside between a name and its verb
ASIDE = r"(?:,[^,.;:()\n]{1,80}(?=,))?"
# Words after a name that make it a CPTS's territory: "la CC X est désormais couverte par la
# CPTS Y", "les communes de la CC X forment le territoire de la CPTS", "la CA X, dont elle couvre
# l'ensemble du territoire"
COVERED_AFTER = re.compile(
    rf"\s*(?:\([^()\n]{{0,60}}\)\s*)?{ASIDE},?\s*(?:"
    r"(?:est|sont|sera|seront|a\s+été|ont\s+été|is|are|has\s+been|have\s+been)\s+(?:(?:désormais|aujourd['’]hui|maintenant|"
    r"dorénavant|donc|ainsi|déjà|now|thus|already)\s+)?(?:(?P<part>partiellement|en\s+partie|partly|partially)|entièrement|"
    r"totalement|intégralement|fully|entirely|wholly)?\s*(?:couverte?s?|desservie?s?|covered|served)\s+(?:par|by)\s+"
    r"(?:(?:la|une|the|a)\s+|(?P<shared>deux|trois|plusieurs|two|three|several|[2-4])\s+)"
    r"(?:CPTS|communauté\s+professionnelle|professional\s+territorial\s+health\s+community)\b|"
    # "..., dont les 15 communes forment le territoire de la CPTS", "constitue le périmètre de la CPTS Y"
    rf"(?:(?:dont\s+les|whose)\s+(?:(?P<n>\d+|{NUMBER_PHRASE})\s+)?(?P<unit>communes|municipalities)\s+|qui\s+|which\s+)?"
    r"(?:(?:forment|constituent|composent|forme|constitue|compose|est|sont|form|forms|make\s+up|makes\s+up|is|are)\s+(?:le|the)\s+|"
    rf"correspond\w*\s+(?:au|to\s+the)\s+)?{CPTS_AREA}|"  # "..., territoire d'action de la CPTS", "correspond au territoire de la CPTS"
    r"(?:forment|constituent|composent|forme|constitue|compose|form|forms|make\s+up|makes\s+up)\s+"
    r"(?:son|its)\s+(?:territoire|périmètre|territory|area)\b|"  # "... makes up its territory"
    # "le territoire de la CC X correspond à celui de la CPTS", "..., dont le périmètre est celui de la CPTS"
    r"(?:dont\s+le\s+(?:territoire|périmètre)\s+|whose\s+(?:territory|area)\s+)?(?:correspond\w*\s+à|(?:est|sont)\s+(?:identiques?\s+à|superposée?s?\s+à)|coïncid\w*\s+avec|se\s+superpos\w*\s+à|"
    r"se\s+confond\w*\s+avec|(?:est|is)|matche?s)\s+(?:celui|that)\s+(?:de\s+la|de\s+notre|of\s+the|of\s+our)\s+"
    r"(?:CPTS|communauté\s+professionnelle)\b|"
    # "la CC X et la CPTS partagent le même territoire", "... ont le même périmètre"
    r"(?:et|and)\s+(?:la|notre|the|our)\s+(?:CPTS|communauté\s+professionnelle)\b[^.;:\n]{0,60}?\s(?:partagent|ont|couvrent|"
    r"recouvrent|share|have|cover)\s+(?:exactement\s+|exactly\s+)?(?:le\s+même|the\s+same)\s+(?:territoire|périmètre|territory|area)\b|"
    # "la CC X fait partie du territoire de la CPTS", "sont incluses dans le périmètre de la CPTS"
    rf"(?:(?:fai(?:t|saient)|font|fera|feront|is|are)\s+(?:partie|part)\s+(?:intégrante\s+)?(?:du|of\s+the)|"
    rf"(?:est|sont|is|are)\s+(?:incluse?s?|intégrée?s?|comprise?s?|included)\s+(?:dans\s+le|in\s+the))\s+{CPTS_AREA}|"
    # "la CC X se dote d'une CPTS", "a désormais sa CPTS", "now has its own CPTS"
    r"(?:se\s+dote|s['’]est\s+dotée?|est\s+(?:désormais\s+|aujourd['’]hui\s+)?dotée?|dispose\s+(?:désormais\s+|aujourd['’]hui\s+)?|"
    r"a\s+(?:désormais|enfin|maintenant|aujourd['’]hui)\s+sa|(?:now\s+)?has\s+its\s+own)\s+(?:d['’]une\s+|de\s+sa\s+|de\s+la\s+)?"
    r"(?:CPTS|communauté\s+professionnelle)\b|"
    # "..., sur laquelle intervient la CPTS", "où s'étend la CPTS"
    r"(?:(?:le\s+)?territoire\s+)?(?:sur\s+laquelle|sur\s+lequel|où)\s+(?:intervient|s['’]étend|agit|opère|se\s+déploie|exerce)\s+(?:la|notre|cette)\s+"
    r"(?:CPTS|communauté\s+professionnelle)\b|"
    r"dont\s+(?:elle|la\s+CPTS)\s+couvre\s+(?:l['’]ensemble\s+du\s+|tout\s+le\s+|la\s+totalité\s+du\s+|le\s+)territoire)",
    re.IGNORECASE)
# "la CC X, avec ses 16 communes, périmètre de la CPTS": the CPTS's area named a few words after the
# name's comma, without a verb of another subject ("la CC X, située hors du territoire de la CPTS")
CPTS_AREA_LATER = re.compile(rf"\s*(?:\([^()\n]{{0,60}}\)\s*)?,(?P<gap>[^.;:()\n]{{0,60}}?)\b{CPTS_AREA}", re.IGNORECASE)
# Words between that make the area no part of the CPTS's, or the subject of a verb of its own ("les
# maires de la CC X ont validé le périmètre de la CPTS")
OUTSIDE = re.compile(r"\b(?:hors|dehors|extérieur\w*|outside|beyond|pas|non|ne|n['’]|not|sauf|except\w*|autre|"
                     r"a|ont|avait|avaient|aura|auront|va|vont|has|have|had|will|valid\w*|vot\w*|approuv\w*|délibér\w*|"
                     r"défini\w*|adopt\w*|approved|voted)\b", re.IGNORECASE)
# The end of a sentence that announces the intercommunalities named in the next one: "Elle s'étend sur
# deux intercommunalités.", "Son territoire comprend les EPCI suivants."
ANNOUNCED = re.compile(r"(?:intercommunalités|intercommunalities|\bEPCI|communautés\s+de\s+communes|communautés\s+d['’]\s*agglomération|"
                       r"communities\s+of\s+(?:communes|municipalities)|suivante?s|following|ci-dessous|below)\s*\.\Z", re.IGNORECASE)
ANNOUNCED_REACH = 60  # characters before the stop
# "2 intercommunalités (", "deux EPCI, la": a count of the intercommunalities named next
COUNTED_EPCIS = re.compile(
    rf"\s*(?:\d+|{NUMBER_PHRASE})\s+(?:intercommunalités|intercommunalities|EPCI|communautés\s+de\s+communes|"
    r"communities\s+of\s+(?:communes|municipalities))\s*[(,]?\s*(?:(?:la|le|l['’]|the)\s*)?", re.IGNORECASE)
# ", la CPTS Y réunit ...": a CPTS the subject right after a place the sentence opens with
CPTS_AFTER = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?,\s*(?:la|notre|cette|the|our)\s+(?:CPTS|communauté\s+professionnelle|"
                        r"professional\s+territorial)\b", re.IGNORECASE)
# "Implantée dans la CC X, elle réunit ...": a pronoun the subject after a participle of place that opens the sentence
PRONOUN_AFTER = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?,\s*(?:elle|celle-ci|it)\s", re.IGNORECASE)
PLACED_OPENING = re.compile(r"\s*(?:Implantée|Installée|Située|Basée|Présente|Active|Located|Based)\b")
# "la 3CS", "la 4C": initials with a repeated letter counted ("3CS": CCCS, "CC Cœur de Sologne")
COUNTED_LETTERS = r"[2-4][A-Z][A-Z0-9]{0,8}\b"
# "en excluant A", "en dehors de A", "sans la commune de A"
NAMED_EXCLUSION = (r"(?:en\s+)?excluant|en\s+dehors\s+(?:de\s+|d['’]|(?=du\s|des\s))|"
                   r"sans(?=\s+(?:la|les)\s+(?:communes?|villes?)\s+(?:de|d['’]|du|des)\b)")
# "except for three villages on the Charente border – A, B and C –": a count of the places excepted, then their names
COUNTED_BEFORE_NAMES = rf"(?:\d+|{NUMBER_PHRASE})\s+(?:communes|villages|villes|municipalities|towns)\b[^–—:(\n.]{{0,50}}?[–—:(]\s*"
# The communes excepted after a name: "..., excepté les communes de A et B", where they end
EXCEPT = re.compile(
    rf"\s*[,(]?\s*(?:à\s+l['’]ex(?:ception|clusion)\s+(?:des\s+|de\s+|d['’]|(?=du\s))|sauf(?:\s+(?:\d+|{NUMBER_PHRASE})\s*:)?|"  # "sauf trois :"
    r"hormis|hors|exceptée?s?|sans(?=\s+(?-i:[A-ZÀ-Ý]))|"
    rf"{NAMED_EXCLUSION}|exception\s+faite\s+(?:de\s+|d['’]|(?=du\s))|except(?:\s+for)?|excluding|minus|but\s+not|other\s+than|"
    rf"à\s+(?:\d+|{NUMBER_PHRASE}|quelques|une)\s+exceptions?\s+près\s*:?|"  # "la CC X, à trois exceptions près : A, B et C"
    r"with\s+the\s+exception\s+of)\s*"
    r"(?:(?:les\s+|la\s+)?(?:communes?|villes?)\s+(?:de\s+|d['’]|(?=du\s))|the\s+(?:municipalit(?:y|ies)|communes?|towns?)\s+of\s+"
    rf"|{COUNTED_BEFORE_NAMES})?", re.IGNORECASE)
# The communes excepted after their names: "la CC X, A et B exceptées", "(A exceptée)", "la CC X. Seule la
# commune de A n'en fait pas partie."
EXCEPTED_NAMES = r"(?P<names>[A-ZÀ-Ý][^,.;:()\n]{0,60}?(?:,\s*[A-ZÀ-Ý][^,.;:()\n]{0,40}?){0,4})"
EXCEPTED_AFTER = (
    re.compile(rf"\s*[,(]\s*{EXCEPTED_NAMES}\s+(?:exceptée?s?|exclue?s?|excepted|excluded)\b"),
    re.compile(rf"\.\s+(?:Seules?\s+)?(?:la|les)\s+communes?\s+(?:de\s+|d['’]){EXCEPTED_NAMES}\s+n['’](?:en|y)\s+"
               r"(?:fait|font)\s+pas\s+partie"))
# "du Perthus": "Le Perthus"; "et de Reynès": "Reynès"
CONTRACTED = re.compile(r"(?:(du|au)|(des|aux)|de|d['’])\s*(?=[A-ZÀ-Ý])")
EXCEPT_END = re.compile(r"[.;:)\n]|\s[–—]\s|\s(?:et|and)\s+(?=[a-zà-ÿ]{3,})(?!(?:de|du|des|la|le|les)\b)")

# "Baud Communauté (5 communes)": a count in brackets after the name
# Words between an area's name and the count of its own communes: "la CC X, qui compte 9 communes"
OWN_COUNT_WORDS = (r"(?:et|avec)\s+ses|ses|its|avec|qui\s+(?:compte|regroupe|rassemble|réunit|comprend|fédère|unit|couvre)|comptant|regroupant|rassemblant|"
                   r"réunissant|fédérant|unissant|"
                   r"comprenant|(?:composée?|constituée?)\s+des?|forte\s+de|un\s+territoire\s+de|and\s+its|with|made\s+up\s+of|"
                   r"which\s+(?:has|groups|includes)|a\s+territory\s+of")
# The word of a count of communes: "41 communes", "41 municipalities", "(41 com.)", "(41 towns)"
COMMUNE_UNIT = r"(?:(?:communes|municipalities|towns)\b|com\.)"
# the nouns a count of some communes of an area is written with: "4 communes de X", "six villes de l'agglomération X"
TOWN_NOUNS = r"communes|villes|villages|municipalities|towns"
COUNT_AFTER = re.compile(
    # ", 41 communes,": a count in apposition, closed by a comma, a bracket or "et"
    rf"\s*(?:\(|,\s*soit|,\s*i\.e\.|[–—:-]|,(?=\s*(?:\d+|{NUMBER_PHRASE})\s+communes\s*(?:[,)]|et\b))|,?\s*(?:{OWN_COUNT_WORDS}))"
    rf"\s*(?P<n>\d+|{NUMBER_PHRASE})\s+{COMMUNE_UNIT}",
    re.IGNORECASE)
# what stands between a list of communes and the intercommunality they belong to: "A, B et C (CC X)",
# "A, B et C, membres de la CA X", "A et B, qui appartiennent à la CC X", "A, seule commune de la CC X à ..."
MEMBERS_OF_BEFORE = re.compile(
    r"(?:\(|,\s*(?:toutes\s+)?(?:membres?\s+d[eu]|(?:qui\s+)?(?:appartenant|appartiennent)\s+à|(?:seules?|uniques?)\s+communes?\s+d[eu]))"
    r"\s*(?:la\s+|le\s+|l['’])?$")


# A clause that only joins a name to the one before: "... la CC X et la CC Y", "sur la CC X et sur la CC Y",
# "la CC X, celle de Y"
JOINER_ONLY = re.compile(
    r"\s*(?:[,)•*·▪►–-]|et|and|ainsi\s+que|ainsi\s+qu['’]|mais\s+aussi|ou\s+encore|de\s+même\s+que|tout\s+comme|"
    r"as\s+well\s+as|along\s+with|together\s+with|de|du|des|la|le|les|l['’]|the|sur|à|au|aux|dans|on|in|to|celles?|ceux|celui|"
    # words of extent of its own: "..., l'ensemble des communes de la CC Y", "et toute la CC Y"
    r"l['’]ensemble(?:\s+des\s+communes)?|toute?s?(?:\s+les\s+communes)?|la\s+totalité|l['’]intégralité|"
    # "celle du X pour la partie sud du territoire et, d'autre part, celle du Y"
    r"\d+(?:\s+communes)?\s+(?=dans|de|du|des|en|sur)|"  # "39 communes de la CC X et 30 de la CC Y": a count of each
    r"d['’]autre\s+part|pour\s+(?:la|sa)\s+partie\s+(?:nord|sud|est|ouest)(?:-\w+)?(?:\s+(?:du|de\s+la|de\s+son)\s+(?:territoire|CPTS))?|"
    # an aside: "(Mayenne)", ", en Mayenne,", ", dans la Sarthe,"
    r"\([^()\n]{0,200}\)|(?:en|dans\s+(?:le|la|les|l['’]))\s*(?-i:[A-ZÀ-Ý])[\w'’-]*|\s)*\s*",
    re.IGNORECASE)
