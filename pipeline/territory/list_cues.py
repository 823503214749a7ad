"""The words around a list of places that say it is not a territory: communes left out ("sauf A,
B"), neighbours, bus stops, places no CPTS covers, venues of meetings, where people go, the
communes whose elected people speak or that fund a project; and those that make it examples, the
towns a territory lies around or its people's towns. (pipeline.territory.commune_lists
finds the lists.)"""
from __future__ import annotations

import re

from ..facts.number_words import NUMBER_PHRASE
from ..model import Span
from .epci_words import OTHER_GROUPINGS

# Words just before a list that put its communes outside the perimeter
OUTSIDE = re.compile(
    r"(?:\b(?:sauf|hors|hormis|excepté(?:es?|s)?|except(?:\s+for)?|excluding|minus|exceptions?|"
    r"exclusion\s+(?:de|of)|en\s+dehors\s+de|exclue?s?|limitrophes?|voisines?|jouxte\w*|bordering|neighbou?ring|"
    r"touch(?:e|ent|ant)|bord(?:e|ent|ant)|borders|adjacent|"
    # what it might cover one day: "elle pourrait s'étendre à A, B et C"
    r"pourr(?:ait|aient)|souhait\w*|envisag\w*|could|might|"
    r"arrêts?|stops?|desser\w+|navettes?|shuttles?)\b"
    r"[^.;:]{0,40}(?::[ \t]*)?$)", re.IGNORECASE)  # "Communes limitrophes (hors territoire) : A, B"
# "Restent non couvertes : A, B", "zones blanches : A, B": places no CPTS covers
NOT_COVERED = re.compile(r"\b(?:non\s+couverte?s?|not\s+(?:yet\s+)?covered|uncovered|zones?\s+blanches?|white\s+areas?)\b"
                         r"[^.;:]{0,40}(?::[ \t]*)?$", re.IGNORECASE)
# "le secteur de garde couvre les quinze communes du projet ainsi que A, B et C", "en plus des communes
# de la CPTS, A et B": places beyond the CPTS's own communes
BEYOND_ITS_COMMUNES = re.compile(
    r"\b(?:communes|municipalities)\s+(?:du\s+projet|de\s+la\s+CPTS|du\s+territoire|of\s+the\s+(?:CPTS|project|territory))"
    r"\s*,?\s*(?:ainsi\s+que|de\s+même\s+que|plus|as\s+well\s+as)\s+$"
    r"|\b(?:en\s+plus|au-delà)\s+(?:des|du|de\s+la)\s+[^.;:]{0,50}\b(?:CPTS|projet|territoire)\s*,\s*$", re.IGNORECASE)
# Words just after a list that put its communes outside: "A, B et C ne font pas partie du projet"
OUTSIDE_AFTER = re.compile(  # in the list's paragraph
    r"(?:(?!\n[ \t]*\n)[^.;:]){0,30}?\b(?:(?:ne|n['’])\s*(?:\w+\s+){0,2}?(?:pas|plus)\b(?!\s+(?:seulement|uniquement|que)\b)|"
    r"(?:sont|restent|seront)\s+(?:exclues?|hors)\b|(?:are|remain|were)\s+(?:not|excluded|outside)\b)", re.IGNORECASE)
# Where meetings were held, where people go, whose elected people or support a text speaks of: "La
# réunion s'est tenue à A, B et C", "se rendre à A ou B", "les élus des communes de A, B et C", "le
# soutien des communes de A, B et C"
VENUES_BEFORE = re.compile(r"\b(?:s['’]est\s+tenue?s?|se\s+sont\s+tenue?s|se\s+tiendr\w+|(?:a|ont|aura|auront)\s+eu\s+lieu|"
                           r"(?:aura|auront)\s+lieu|(?:were|was|will\s+be)\s+held|took\s+place|"
                           r"se\s+rendre|se\s+déplac\w+|(?:orientée?s?|adressée?s?)\s+vers|travel\w*\s+to|go\s+to|"
                           r"élus|maires|conseillers\s+municipaux|mayors|councillors|soutien|appui|financement|"
                           r"conventions?|partenariats?|partnerships?|agreements?\s+with|classée?s|remerciements?|merci|thanks?)\b[^.;:]{0,40}$"
                           # "Nos partenaires" above a list: its lines name partners, not communes
                           r"|\b(?:partenaires|partners)[ \t]*:?[ \t]*\n[^.;:]{0,80}$",
                           re.IGNORECASE)
# Professions and persons: the places they cover are where they work, not a perimeter ("Les sages-femmes
# interviennent sur A, B et C", "Le Dr X intervient sur A, B et C")
PROFESSIONS = (r"infirmi(?:er|ère)s?|kinésithérapeutes|kinés|médecins|pharmaciens|sages-femmes|chirurgiens(?:-dentistes)?|dentistes|"
               r"orthophonistes|orthoptistes|podologues|pédicures(?:-podologues)?|psychologues|diététicien\w*|ergothérapeutes|"
               r"psychomotricien\w*|spécialistes|généralistes|nurses|doctors|midwives|pharmacists|physiotherapists|"
               r"(?:Dr|Docteur|Pr|Professeur|M|Mme|Mrs?|Ms)\.?\s+[A-ZÀ-Ý][\w'’-]*")
# Actions: the places they concern are where they take place ("Les premières actions concernent les habitants de A, B et C")
ACTIONS = (r"actions?|campagnes?|dépistages?|vaccinations?|ateliers?|consultations?|permanences?|mesures?|expérimentations?|"
           r"opérations?|journées?|campaigns?|workshops?|screenings?")
# What a sentence opens on when it speaks of people or actions, not of a CPTS's territory
OTHER_OPENERS = rf"(?:(?:premi\w+|nouv\w+|prochain\w*|first|new)\s+)?(?:{PROFESSIONS}|{ACTIONS})"
# Other groupings, contracts and care bodies, whose area is not a CPTS's perimeter
OTHER_BODIES = (rf"{OTHER_GROUPINGS}|contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS|local\s+health\s+contracts?|GHT|"
                r"groupements?\s+hospitaliers?(?:\s+de\s+territoire)?|dispositifs?\s+d['’]appui(?:\s+à\s+la\s+coordination)?|"
                r"services?\s+d['’]accès\s+aux\s+soins|SAS|SSIAD|services?\s+de\s+soins|centres?\s+médico-psycho\w+|CMP|PMI|"
                r"laboratoires?|hôpita\w+|hospitals?|centres?\s+hospitaliers?|maisons?\s+de\s+santé|MSP|centres?\s+de\s+santé|"
                r"pôles?\s+de\s+santé|équipes?\s+de\s+soins(?:\s+primaires)?|ESP|réseaux?\s+de\s+santé|PTA|DAC|"
                r"secteurs?\s+de\s+(?:gardes?|permanence)")
BODY_VERBS = (r"couvr\w*|recouvr\w*|dessert|desservent|intervien\w*|regroup\w*|rassembl\w*|compren\w*|concern\w*|"
              r"englob\w*|s['’]étend\w*|covers?|covering|serves?|spans?|includ\w*")
# "Le service d'accès aux soins couvre A, B et C", "Les infirmiers libéraux couvrent A, B et C", "Le
# contrat local de santé concerne A, B et C": what a care body, a zoning, a profession or another
# grouping the sentence opens on covers
OTHER_SERVICE_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[^.;:,\n]{0,25},\s*)?(?:(?:le|la|les|l['’]|un|une|des|ce|cette|ces|the|a|an)\s*)?"
    rf"(?:{OTHER_BODIES}|zones?\s+d['’](?:intervention\s+prioritaires?|action\s+complémentaires?)|ZIP|ZAC|zonage|"
    rf"cabinets?|associations?\s+de\s+(?:médecins|garde)|{OTHER_OPENERS})\b"
    rf"[^.;:]{{0,40}}?\b(?:{BODY_VERBS})\b[^.;:]{{0,25}}$",
    re.IGNORECASE)
# "..., le contrat local de santé, qui couvre A, B et C", "le DAC, dont le périmètre comprend A, B", "the
# local health contract, which covers A": another body named just before the covering word, anywhere
# in the sentence (not "la CPTS, qui s'appuie sur le CLS, couvre A": a comma alone ends that clause)
# (its own name may follow in quotes: "le secteur de garde « A-B » qui couvre C")
BODY_CLAUSE = (rf"\b(?:{OTHER_BODIES})\b(?:\s*«[^»\n]{{1,60}}»)?(?:\s+|\s*,?\s*(?:qui|which)\s+|\s*,\s*(?:dont\s+(?:le|la|l['’])\s*(?:périmètre|territoire|zone|secteur)|"
               r"whose\s+(?:area|territory|perimeter))\s+)")
OTHER_BODY_CLAUSE = re.compile(rf"{BODY_CLAUSE}(?:{BODY_VERBS})\b[^.;:]{{0,25}}$", re.IGNORECASE)
OTHER_BODY_BEFORE_VERB = re.compile(rf"{BODY_CLAUSE}$", re.IGNORECASE)  # the same, up to the covering word
# "A, B et C ont accueilli les ateliers", "... financent le poste", "... ont mis des locaux à disposition"
VENUES_AFTER = re.compile(r"[\s,]*(?:ont|avaient|avait|a|vont|ont\s+\w+)?\s*(?:accueilli|accueilleront|accueillent|accueillera|hosted|host|"
                          r"financ(?:ent|eront|é)|subventionn\w+|soutiennent|soutenu|mis\s+(?:des|un|une|à)|mettent|funded|fund|support|"
                          # "... ont signé une convention", "... sont classées en zone d'intervention prioritaire"
                          r"signé|signent|signeront|signed|sign|(?:sont|est|ont\s+été)?\s*classée?s?|classified)\b",
                          re.IGNORECASE)

# "La CPTS a réuni ses adhérents à A, B et C", "Les professionnels se sont réunis à A": where people met
# (not "les professionnels exerçant à A": where they work)
GATHERED_AT = re.compile(r"\b(?:réuni\w*|rassembl\w*|retrouvé\w*|gathered|met)\b(?:(?!exerç|install|travaill|bas[ée]|situ|work)[^.;:]){0,40}?"
                         r"\s(?:à|au|aux|in|at)\s+$", re.IGNORECASE)
# Words just after a list that say its places lack care: "A, B et C manquent de médecins", "... sont des zones
# sous-denses" (places of the territory, not all of it)
LACKING_AFTER = re.compile(r"[\s,]*(?:manqu\w*\s+(?:de|d['’])|souffr\w*\s+(?:de|d['’])|lack\w*|"
                           r"(?:sont|restent|are|remain)\s+(?:des\s+|en\s+)?(?:(?:zones?|territoires?|communes?)\s+)?"
                           r"(?:sous-dens\w*|sous-dotée?s|déficitaires?|fragiles?|en\s+tension|déserts?\s+médica\w*|under-?served|medical\s+deserts?))",
                           re.IGNORECASE)

# Words just before a list that make it examples of a larger territory
EXAMPLES_BEFORE = re.compile(
    # ("dont le territoire comprend A, B": a relative clause whose verb gives the whole list)
    r"\b(?:dont(?!\s+(?:le|la|l['’]|son|sa)\s*(?:territoire|périmètre|zone|aire|secteur|bassin|champ)\b)|notamment|parmi\s+lesquelles|comme|tel(?:le)?s?\s+que|par\s+exemple|en\s+particulier|entre\s+autres|"
    r"principalement|including|such\s+as|like|"
    r"for\s+example|among\s+(?:them|others))\b[^.;:]{0,30}$", re.IGNORECASE)
# Words just after a list that make it some of the communes: "A, B et C font partie des 25 communes
# couvertes", "... figurent parmi les communes du territoire"
SOME_OF_AFTER = re.compile(rf"[\s,]*(?:(?:font|faisaient)\s+partie\s+des\s+(?:\d+|{NUMBER_PHRASE})\s+(?:communes|villes)|"
                           r"(?:figurent|comptent|sont)\s+parmi|are\s+among)\b", re.IGNORECASE)
# Words inside a list that make the names after them examples: "A, including B and C"
EXAMPLES_INSIDE = re.compile(r"[,(]\s*(?:dont|notamment|including|such\s+as|among\s+(?:them|others)|en\s+particulier)\b",
                             re.IGNORECASE)
# "une vingtaine de villages autour de A, B et C", "villages around A": the towns a territory lies around
AROUND_BEFORE = re.compile(r"\b(?:autour\s+(?:de|des|du)\s+|autour\s+d['’]\s*|around\s+)$", re.IGNORECASE)
# Words before a list that make it the main towns of a larger territory: no perimeter
MAIN_TOWNS_BEFORE = re.compile(
    r"\b(?:principa(?:les|ux)\s+(?:communes|villes|bourgs|pôles|agglomérations)|(?:communes|villes|bourgs)\s+principa(?:les|ux)|"
    r"plus\s+grandes\s+(?:communes|villes)|(?:main|largest|major|principal)\s+(?:towns|municipalities|communes|cities))\b"
    r"[^.;]{0,60}$", re.IGNORECASE)
# Words just before a list that say where people come from or work, not what the perimeter is
PLACES_OF_PEOPLE = re.compile(
    r"\b(?:professionnel\w*|soignants?|médecins?|acteurs?|praticiens?|professionals?|practitioners?|doctors?)"
    r"(?:\s+(?:de\s+santé|libéraux|of\s+health|health))?"
    r"\s+(?:(?:exerçant|installés?|working|practi[cs]ing|based)\s+)?(?:d['’]\s*|(?:de|des|du|à|aux?|in|from|at|of)\s+)"
    r"(?:(?:la|le|les|l['’]|the)\s+)?(?:(?:secteurs?|sectors?|bassins?|areas?)\s+(?:de|des|du|d['’]|of)\s*)?$"
    # "... infirmiers et pharmaciens exerçant à": where any of them work
    r"|\b(?:exerçant|installée?s?|travaillant|working|practi[cs]ing|based)\s+(?:à|au|aux|en|sur|in|at)\s+$",
    re.IGNORECASE)

# "les anciens cantons de A, de B et de C": cantons named after their towns, not communes
CANTONS_BEFORE = re.compile(r"\bcantons\s+(?:de|d['’]|du|des)(?![^.;:()\n]*\b(?:communes?|villes?)\b)[^.;:()\n]{0,60}$", re.IGNORECASE)


def placed_outside(text: str, span: Span) -> bool:
    """Whether the words just before or after the list at `span` put its places outside the
    territory, make them venues, destinations or partners, or name cantons by them."""
    return bool(OUTSIDE.search(text[max(0, span.start - 80):span.start]) or OUTSIDE_AFTER.match(text, span.end)
                or CANTONS_BEFORE.search(text, max(0, span.start - 80), span.start)
                or VENUES_BEFORE.search(text, max(0, span.start - 100), span.start) or VENUES_AFTER.match(text, span.end)
                or GATHERED_AT.search(text, max(0, span.start - 60), span.start)
                or NOT_COVERED.search(text, max(0, span.start - 80), span.start)
                or BEYOND_ITS_COMMUNES.search(text, max(0, span.start - 100), span.start)
                or OTHER_SERVICE_BEFORE.search(text, max(0, span.start - 100), span.start)
                or OTHER_BODY_CLAUSE.search(text, max(0, span.start - 100), span.start))
SAID_COMMUNES = re.compile(r"(?:communes|municipalities|villes|towns|territoires?|territor(?:y|ies))\s+(?:\S+|[a-zé]+s\s+(?:sont|are))\s*$",
                           re.IGNORECASE)
# "(6 communes, dont A et B)": the examples of counted communes are communes
COUNTED_BEFORE = re.compile(r"\b\w+\s+(?:communes|municipalities)\s*,?\s*\Z", re.IGNORECASE)
EXAMPLES_OPENING = re.compile(r"(?:dont|notamment|including)\s", re.IGNORECASE)
