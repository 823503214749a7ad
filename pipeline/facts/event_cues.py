"""The words that tell what event a date is: a *cue* ("créée", "a vu le jour", "signé ... contrat ... ARS",
"lettre d'intention") found in running text, with the checks that keep cues of another body's event, a planned
event or a law out."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference.regex_start import quick_start
from .name_words import MONTHS
from .patterns import SOFT_BREAK, SPACED_DASH, matches_within, more_cpts_than_a_department
from .project_cues import HEALTH_PROJECT_WORDS, validation_of, validations_beyond_the_name
from .contract_cues import ACI_WORDS, COMMUNITY, CONTRACT, CONTRACT_WORDS, OTHER_PAPER, SIGNING_WORDS, STRONG_ACI, is_aci


_I = re.IGNORECASE
PHRASE_GAP = re.compile(r"[^,;:.\n]{0,30}")  # a few words, no clause break

# The birth of the community. "née de l'initiative de ..." tells where it comes from, not when.
LAUNCH_WORDS = (
    r"\blanc(?:é|ée|és|ées|ement)\b|\blaunch(?:ed|ing)?\b|\bcréé(?:e|s|es)?\b|\bcréation\b|\bcreat(?:ed|ion)\b"
    # the participles as typed without their accents or with one too few ("créee", "lancee", "a été crée en 2021"): "crée"
    # is also the present tense ("la CPTS crée un poste"), a participle only before its date
    r"|\b(?:créee|creee|lancee|fondee|constituee)s?\b|\bcr[ée]es?(?=\s+(?:officiellement\s+)?(?:en|le|dès|depuis|fin|début|courant"
    r"|in|on)\s)"
    r"|\bfond(?:é|ée|és|ées)\b|\bfounded\b|\bestablished\b|\bformed\b|\bconstitu(?:é|ée|és|ées|tion)\b"
    # "the founding of the association", "the establishment of the CPTS" (not "founding members")
    r"|\b(?:founding|establishment)\s+of\b"
    r"|\bnée?s?\b(?!\s+(?:de|d['’]|du|des)\b)|\bnaissance\b|\bborn\b"
    r"|\b(?:voi[tr]|vu|verra|voyait|voient)\s+(?:\w+\s+)?le\s+jour\b|\binaugur\w*\b(?!\s+(?:general\s+)?(?:meeting|assembly))|\bofficialis\w*|\bentérin\w*"
    # "l'installation officielle de la CPTS", "officiellement installée": not a doctor's installation
    r"|\binstallation(?=\s+(?:officielle\s+)?(?:de\s+(?:la|notre|cette)|du|d['’]une)\s+(?:CPTS|communaut))"
    r"|\bdémarr\w*|\bkick(?:ed)?[\s-]off\b|\bset\s+up\b|\bfonctionn\w*\s+officiellement"
    r"|\bofficiellement\s+(?:opérationnel\w*|installée\b|en\s+(?:place|fonction|service))|\binstallée?s?\s+officiellement\b"
    r"|\b(?:devenue?s?|devient|deviennent|became|become)\s+(?:officiellement\s+|officially\s+)?(?:opérationnel\w*|operational)\b"
    r"|\bfait\s+ses\s+premiers\s+pas\b|\bentr\w*\s+en\s+(?:fonction|activité|service)\b"
    r"|\b(?:entr|rentr|pass)\w*\s+(?:en|dans\s+(?:une|sa|la))\s+phase\s+opérationnelle\b"
    r"|\b(?:(?:été|est)\s+)?mise\s+en\s+place\b|\bfonts\s+baptismaux\b|\bcame\s+into\s+(?:being|existence)\b|\bpris\s+son\s+envol\b"
    r"|\bpris\s+(?:forme|vie)\b|\b(?:went|gone)\s+live\b|\bcoup\s+d['’]envoi\b"  # and "on l'a montée en 2023" (not "montée en charge"):
    r"|\b(?:l['’](?:a|ai|avons|avez|ont)|a\s+été|ont\s+été)\s+(?:\w+\s+)?montée?s?\b(?!\s+en\s+(?:puissance|charge|compétences?))"
    # the community taking the form of an association: born with its statutes, as "constituée en association"
    r"|\b(?:structurée?s?|formalisée?s?)\s+en\s+association\b|\bbecame\s+an?\s+(?:[\w-]+\s+){0,2}association\b"
    r"|\b(?:créant|fondant|constituant)\s+(?:une|l['’])\s*association\b(?![ \t]+(?!CPTS)(?-i:[A-ZÀ-Ý]))"  # "en créant une association"
    # its activity begins: "a commencé ses activités", "a débuté son activité", "started operating"
    r"|\b(?:commenc|début)\w*\s+(?:ses|son|leurs?)\s+activités?\b|\b(?:started|began|begun)\s+(?:operating|operations|its\s+activit)"
    # a state since a date tells when it began: "existe depuis 2018", "has existed since 2019",
    # "fonctionne depuis 2020", "est opérationnelle depuis mai 2021", "sera opérationnelle à partir du 1er mars",
    # "La CPTS, active depuis 2019, ..."
    # (without its verb, only in an apposition: STATE_WITHOUT_VERB)
    r"|\b(?:existe|existent|exists|existed|existing|fonctionne|fonctionnent)\s+(?:\w+ment\s+|officially\s+)?(?:depuis|since)\b"
    r"|\b(?:(?:est|sont|sera|seront|is|has\s+been|will\s+be)\s+(?:\w+\s+)?)?(?:active|actives|opérationnelle|opérationnelles|en\s+activité|"
    r"en\s+place|en\s+service|en\s+ordre\s+de\s+marche|une\s+réalité|operational|operating|(?:up\s+and\s+)?running|in\s+operation"
    r"|a\s+reality)\s+(?:depuis|since|à\s+partir\s+d[eu]|dès)\b"
    # the state alone, "Depuis le 1er janvier, la CPTS est opérationnelle": only a date after "depuis" (STATE_ALONE)
    r"|\b(?:est|sont|is|are)\s+(?:désormais\s+|aujourd['’]hui\s+|now\s+)?(?:pleinement\s+|fully\s+)?"
    r"(?:opérationnelles?|operational|une\s+réalité|a\s+reality)(?!\w)(?!\s+(?:depuis|since|à\s+partir|dès)\b)"
)
STATE_ALONE = re.compile(r"(?:est|sont|is|are)\s", _I)
# "prévoit de signer son ACI en septembre", "plans to sign": an intention, not an event
# ("en cours de création", "in the process of signing": not done yet)
PLANNED_BEFORE = re.compile(r"\b(?:prévoi\w*|prévu\w*|envisag\w*|devr\w*|souhait\w*|espèr\w*|ambitionn\w*|objectif|en\s+cours\s+de"
                            r"|in\s+the\s+process\s+of"
                            r"|plans?|planned|expects?|expected|should|hopes?|aims?|intends?)\b[^,.;:\n]{0,25}\Z", _I)
# "La signature de l'ACI est prévue pour le printemps 2025", "is scheduled for": the event planned, told after its noun
PLANNED_AFTER = re.compile(r"[^,.;:\n]{0,60}?\b(?:est|sont|reste|restent|is|are)\s+(?:encore\s+|still\s+|d['’]ores\s+et\s+déjà\s+|déjà\s+)?(?:prévue?s?|programmée?s?"
                           r"|envisagée?s?|attendue?s?|à\s+venir|planned|scheduled|expected)\b"
                           # "avant la signature d'un contrat, espérée courant 2024", "une signature espérée début 2025": the hope
                           r"|[^,.;:\n]{0,60}?(?:,\s*(?:espérée?s?|souhaitée?s?|prévue?s?|attendue?s?|envisagée?s?|hoped\s+for)\b|\s(?:espérée?s?|souhaitée?s?"
                           r"|prévue?s?|attendue?s?|envisagée?s?|programmée?s?|planned|scheduled)\s+(?:pour|en|début|fin|courant|au|à|d['’]ici|dans|avant"
                           r"|vers|dès|for|in|by|early|late)\b)"
                           # "la signature de l'ACI, que le bureau espère pour le printemps": the hope in a relative clause
                           r"|[^,.;:\n]{0,60}?,?\s*\bqu(?:e\s|['’])[^,.;:\n]{0,30}?\b(?:espèren?t?|souhaiten?t?|prévoi(?:t|ent)|envisagen?t?)\b", _I)
# "le projet de création de la CPTS", "la réflexion autour de sa création", "en vue de la création": the birth planned
PLAN_OF_BEFORE = re.compile(r"\b(?:projets?|idées?|réflexions?|démarches?|travaux|préparation|perspectives?|plans?|idea)\b"
                            r"[^,.;:\n]{0,20}?\b(?:de|d['’]|à|sur|autour\s+de|en\s+vue\s+de|for|of)\s+(?:la\s+|l['’]\s*|sa\s+|the\s+|its\s+)?\Z",
                            _I)
# "L'idée de la CPTS est née en 2019", "La volonté de créer une CPTS est née": a wish was born, not the community
WISH_SUBJECT_BEFORE = re.compile(r"\b(?:idée|volonté|envie|besoin|désir|souhait|ambition|idea|wish|need)\s+(?:de|d['’]|du|des|of|for)\b"
                                 r"[^,.;:\n]{0,60}?\b(?:est|sont|a\s+été|était|is|was|has\s+been)\s+(?:\w+\s+)?\Z", _I)
LETTER_WORDS = r"\blettres?\s+d['’]\s*intention\b|\bletters?\s+of\s+intent\b"
IN_SENTENCE = rf"(?:[^.;\n]|{SOFT_BREAK})"  # a character of the sentence, or a break where a wrapped line goes on in lower case
# The association that carries the CPTS, formally created ("association ... créée", "constituée au
# cours de sa première assemblée générale", "set up as an association"): statutes, and launch by its own words.
FOUNDING_ASSEMBLY_WORDS = (r"\b(?:assemblée\s+(?:générale\s+)?|AG\s+)(?:constitutive|constituante|fondatrice)"  # its founding assembly
                           r"|\b(?:constitutive|founding|inaugural)\s+(?:general\s+)?(?:assembly|meeting)")
STATUTES_WORDS = (
    r"\bstatuts\b|\bstatutes\b|" + FOUNDING_ASSEMBLY_WORDS + r"|\b(?:general\s+)?(?:assembly|meeting)\s+(?:founding|establishing|setting\s+up)\b"
    rf"|\bassociation\b{IN_SENTENCE}{{0,40}}?\b(?:créée|constituée|fondée|déclarée|née|montée(?!\s+en\s+(?:puissance|charge))|created|founded|formed|established|born|set\s+up)\b"
    rf"|\b(?:(?:founded|created|formed|established|set\s+up|registered)\b{IN_SENTENCE}{{0,20}}?\bas|became)\s+an?\s+(?:[\w-]+\s+){{0,2}}association\b"
    rf"|\b(?:créée|née|constituée|fondée|structurée|formalisée|organisée)\b{IN_SENTENCE}{{0,30}}?"
    r"\b(?:(?:en\s+|une\s+|sous\s+(?:la\s+)?forme\s+(?:d['’]une\s+|d['’]\s*))association|sous\s+(?:la\s+)?forme\s+associative)"
    r"|\bincorporated\b"
    rf"|\bconstitu(?:é|ée)\b{IN_SENTENCE}{{0,60}}\bassemblée\s+générale"
    r"|\b(?:création|constitution|fondation)\s+(?:de\s+)?l['’]\s*association\b"
    # "en créant une association pour porter le projet", "ont fondé l'association"
    r"|\b(?:cré|fond|constitu)(?:ant|é|ée|és|ées)\s+(?:une|l['’])\s*association\b(?![ \t]+(?!CPTS)(?-i:[A-ZÀ-Ý]))"  # not another body named
    r"|\b(?:creation|founding|formation|establishment)\s+of\s+the\s+association\b"
    # the association declared: "déclarée en préfecture", "parue au Journal officiel des associations"
    r"|\b(?:déclarée?s?|enregistrée?s?|déposée?s?)\s+(?:en|à\s+la)\s+(?:sous-)?préfecture\b|\bdéclaration\s+en\s+(?:sous-)?préfecture\b"
    r"|\bjournal\s+officiel\s+des\s+associations\b|\bJOAFE\b"
)
AMENDED = re.compile(r"\b(?:modifi\w*|révis\w*|amend\w*|mis\w*\s+à\s+jour|refon\w*|nouveaux\s+statuts|new\s+statutes)", _I)
# "a renouvelé son ACI", "le renouvellement de l'ACI": a contract signed before
RENEWED_BEFORE = re.compile(r"\b(?:renouvel\w*|renew\w*|reconduit\w*|reconduction|prolong\w*)\s+(?:\w+\s+){0,2}\Z", _I)
# "trois ans après sa création", "le premier anniversaire de sa création": the date is of what happened then, not of
# the birth
TIME_AFTER_BEFORE = re.compile(r"\b(?:(?:ans?|années?|mois|semaines?|years?|months?|weeks?)\s+(?:après|plus\s+tard|after)"
                               r"|anniversaire\s+de|anniversary\s+of)\s+(?:sa|son|leur|la|le|l['’]|its|their|the)\s*\Z", _I)
# ("un an plus tard, elle signait son ACI", "a year later, it signed")
TIME_AFTER_PHRASE = re.compile(r"\b(?:ans?|années?|mois|semaines?|jours?|years?|months?|weeks?|days?)\s+(?:(?:après|after)\s+"
                               r"|(?:plus\s+tard|later)\s*,?\s*)[^,.;:()\n]{0,40}\Z", _I)
OWN_DATE_AFTER = re.compile(r"\s*(?:,\s*)?(?:\(\s*)?(?:en|le|in|on)\s+(?:\d|(?:\w+\s+)?\d{4})", _I)  # "... sa création en 2023"
CUE_WORDS = {
    "launch": LAUNCH_WORDS,
    "aci_signature": f"{ACI_WORDS}|{CONTRACT_WORDS}|{SIGNING_WORDS}",
    "health_project": HEALTH_PROJECT_WORDS,
    "letter_of_intent": LETTER_WORDS,
    "statutes": STATUTES_WORDS,
}
# one pattern per kind: "constituée ... assemblée générale" is both a launch and statutes. Every word
# opens on a word boundary: checked once before the alternation, a position inside a word fails at once.
CUES = {kind: quick_start(re.compile(rf"\b(?:{words})", _I)) for kind, words in CUE_WORDS.items()}
# a state since a date, without "est": only after the comma of an apposition ("La CPTS, active depuis 2019, ...").
# Checked here: an alternative that may start with a comma is tried at every position of the text.
STATE_WITHOUT_VERB = re.compile(r"(?:active|opérationnelle|en\s+activité|en\s+place|en\s+service|operational|operating"
                                r"|running|in\s+operation)", _I)
APPOSITION_BEFORE = re.compile(r",\s*\Z")
# "mise en place" without its auxiliary: opening its sentence ("Mise en place en 2019, la CPTS ...") or as the CPTS's noun
PLACED = re.compile(r"mise\s+en\s+place", _I)
OPENING_BEFORE = re.compile(r"(?:\A|[.!?\n])[\s«\"“•*–-]*\Z")
PLACED_COMMUNITY_AROUND = re.compile(r"\W*(?:la|sa)\s+mise\s+en\s+place\s+(?:de\s+(?:la|notre|cette)|du|d['’]une)\s+(?:CPTS|communaut)", _I)
PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ed|née?s?)\Z", _I)
# the subject after the comma of an opening participle's clause ("Créée en 2015, la MSP ...")
OPENING_SUBJECT = re.compile(r"[^,.;:\n]*,\s*(?:(?P<any>une|un|a|an|chaque|each|toute|any)\s+|(?:la|le|les|l['’]|the|ce|cette)?\s*)"
                             r"(?P<noun>[\w-]+)", _I)
# "Créée à l'initiative des professionnels, une CPTS n'est pas un lieu de soins": what any community is
ANY_COMMUNITY = re.compile(r"CPTS|communauté|community", _I)
OPENING_REACH = 100  # characters from an opening participle to its subject
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
ANOTHER_BODY = re.compile(rf"{_OBJECTS}|MSP|maisons?|centres?|pôles?|cabinets?|hôpita\w*|cliniques?|GCS|SISA|réseaux?"
                          r"|collectifs?|syndicats?|ESP|DAC|PTA|EHPAD|hospitals?|clinics?|networks?", _I)
# "La permanence de soins de la CPTS existe depuis 2023": a thing named first is its clause's subject
OBJECT_WORD = re.compile(rf"\b{_OBJECTS}\b|\b(?:permanences?|soins|consultations?|formations?|actions?|ateliers?)\b")
# "la création de CPTS dans le département": communities in general, not this one
# "une réunion sur la création de la CPTS": the topic of something else; "lancée il y a un an":
# a birth dated by its own words, not by a date further on
# "un webinaire sur la signature de l'ACI", "une réunion concernant l'ACI": the topic of another event ("retour sur la
# signature": a look back at it)
CONTRACT_TOPIC_BEFORE = re.compile(r"\b(?<!retour\s)(?<!images\s)(?:sur|concernant|autour\s+de|about|on)\s+(?:la|le|l['’]|les|the)\s*"
                                   r"(?:(?:signature|signing)\s+(?:de\s+|d['’]|of\s+)?(?:la\s+|le\s+|l['’]\s*|the\s+)?)?\Z", _I)
TOPIC_BEFORE = re.compile(r"\b(?:sur|concernant|about|on)\s+(?:la|le|l['’]|the)\s*\Z", _I)
RELATIVE_AFTER = re.compile(r",?\s+(?:il\s+y\s+a|voici|voilà|(?:\w+\s+){1,2}(?:years?|months?)\s+ago\b)"
                            # ... unless the date follows: "créée il y a cinq ans, en 2018", "(en mars 2018)"
                            rf"(?![^,.;:()\n]{{0,25}}(?:,|\()\s*(?:soit\s+|c['’]est-à-dire\s+)?(?:en|in|le|on)\s+(?:\d|{MONTHS}\b))", _I)
# ("founded the CPTS Val Fleuri": the English article before a name is this one)
GENERIC_AFTER = re.compile(r"\s+(?:(?:de|des|les|of)\s+(?:CPTS|communautés|communities)\b"
                           r"|the\s+(?:CPTS|communities)\b(?!\s+(?:of\s+|for\s+)?(?-i:[A-ZÀ-Ý])))", _I)
# "En 2020, 9 CPTS ont été créées dans la région": a count of communities
COUNTED = re.compile(r"\b\d+\s+(?:nouvelles\s+|new\s+)?(?:CPTS|communautés|communities)\b", _I)
GENERIC_PLURAL_OPENING = re.compile(r"\W*(?:les|the)\s+(?:CPTS|communautés\s+professionnelles(?:\s+territoriales)?\s+de\s+santé"
                                    r"(?:\s*\(CPTS\))?)\s+(?:ont|sont|have|were)\b", _I)
PLURAL_PARTICIPLE = re.compile(r"(?:és|ées|nés|nées)\Z", _I)
# "la création en 2015 du Collectif X", "l'association Y créée en 2012", "le réseau Z, fondé en 2010":
# the birth of another body (a predecessor, a partner), not of the CPTS
_BODY = (r"(?:association|collectif|réseau|groupement|syndicat|fédération|union|maison|centre|pôle|cabinet|GCS|SISA"
         r"|MSP|network|group|collective)")
_PROPER_NAME = r"[«\"“]?[ \t]*(?!CPTS\b|Communaut|Community\b|Territorial)[A-ZÀ-Ý][\w'’-]*"
OTHER_BODY_AFTER = re.compile(
    rf"(?:\s+(?:en|le|in|on)\s+(?:\d{{1,2}}(?:er)?\s+)?(?:\w+\s+)?\d{{4}})?\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of)"
    rf"\s*(?:{_BODY}[ \t]+)?{_PROPER_NAME}")  # not the next line's first word
# "l'association Santé Val Fleuri": a body named, not the community ("l'association CPTS du Val")
NAMED_BODY_AFTER = re.compile(rf"(?<=association)[ \t]+{_PROPER_NAME}")
# "L'association des professionnels de santé du Val, créée en 2018, a donné naissance à la CPTS": the participle is the
# body's, in its apposition
BODY_APPOSITION_BEFORE = re.compile(r"\b(?:l['’]|une?\s+)(?:association|collectif|réseau|groupement)\s+(?:de|des|du|d['’])\s*"
                                    r"[^,.;:()\n]{0,60},\s*\Z", _I)
OTHER_BODY_BEFORE = re.compile(rf"\b{_BODY}\s+{_PROPER_NAME}(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*[»\"”]?\s*,?\s*(?:\w+\s+){{0,2}}\Z")
OTHER_BODY_CUE = re.compile(rf"{_BODY}\s+{_PROPER_NAME}")
KEY_BEFORE = re.compile(r"[ \t•·*–-]*(?:date\s+(?:de\s+|d['’])?|année\s+(?:de\s+|d['’])?|year\s+of\s+|)", _I)
KEY_AFTER = re.compile(r"[^\n:|.]{0,30}[:|][ \t]*\S")  # "Date de création : 2019", "Date de création | 2019"
# "a créé", "ont lancé", "has launched": an active verb, whose object is what is started (not "a été")
ACTIVE_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|avons|aura|auront|has|have|had)\s+(?!été\b|been\b)(?:\w+\s+)?\Z", _I)
TRANSITIVE = re.compile(r"cré|creat|lanc|launch|fond|found|constitu|inaugur|officialis|entérin|set\s+up", _I)
PRESENT_TENSE = re.compile(r"(?<![éeE])(?:e|ent)\Z")  # "la CPTS officialise son ACI", "inaugurent leurs locaux"
STARTED = re.compile(r"démarr", _I)
CLAUSE_START = re.compile(r"[^,;:.!?\n]*\Z")
NOUN_CUE = re.compile(r"création|creation|lancement|launch|naissance|constitution|inauguration|fondation|installation"
                      r"|officialisation", _I)  # "l'officialisation du contrat": the contract's, not a birth
# "a officialisé sa naissance": the verb's object is the community's own birth
OWN_BIRTH_AFTER = re.compile(r"\s+(?:officiellement\s+)?(?:sa|son|leur|its|their)\s+(?:naissance|création|lancement|existence"
                             r"|constitution|birth|creation|launch)\b", _I)
_NOT_A_NOUN = (r"(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
               r"|saturday|sunday|premier|first|même|same|début|fin|mois|month|année|year|jour|day)")
# the first noun after the verb or the noun, past a date, an adverb and an adjective
OBJECT_AFTER = re.compile(
    r"(?:\s+(?:officiel\w*|formel\w*|effecti\w*|ensemble|aussi|également|officially|formally|together))?"
    r"(?:\s+(?:en|le|dès|au|in|on)\s+[^,;:.\n]{1,25}?)??"
    r"\s+(?:(?:du|des)\s+|(?:(?:de|du|des|d['’]|of)\s*)?(?:la|le|les|l['’]|un|une|des|sa|son|ses|leur|leurs|notre|nos|cette"
    r"|ce|cet|ces|the|a(?!\s+(?:lieu|été|eu|vu|pris|permis|fait)\b)|an|its|their|our)(?:\b|(?<=['’]))\s*)"  # (French "a lieu")
    r"(?:(?:nouvel\w*|premi\w*|futur\w*|second\w*|deuxième|\w+ème|\d+e|new|first|future|second)\s+)?"
    r"(?:(?:territorial|professional|health|local)\s+){0,3}"  # "their territorial professional health community"
    rf"(?!{_NOT_A_NOUN})(?P<noun>\w+)", _I)
COMMUNITY_NAME = re.compile(r"\bCPTS\b|communaut|communit", _I)
COMMUNITY_NOUN = re.compile(r"CPTS|communaut|communit|association|structure|elle|it\b|activit|fonctionnement|existence", _I)
MASCULINE_PARTICIPLE = re.compile(r"(?:cré|lanc|fond|constitu|inaugur|officialis|entérin|démarr)(?:é|és)", _I)
MASCULINE_CPTS = re.compile(r"\b(?:le|ce|du|au|un|notre|son)\s+CPTS\b", _I)
# a community the release is not about: "une autre CPTS", "deux autres CPTS", "la première CPTS du département"
OTHER_COMMUNITY = re.compile(r"\b(?:une\s+autre|l['’]autre|d['’]autres|\w+\s+autres|(?:la|sa)\s+(?:première|seconde|deuxième"
                             r"|dernière|voisine)|another|other|the\s+first|neighbou?ring)\s+(?:CPTS|communaut|communit)"
                             r"|\bla\s+première\s+(?:ayant|a\s+été|fut|était)\b", _I)
NAMED_COMMUNITY = re.compile(r"\b(?:CPTS|(?i:territoriale\s+de\s+santé))\s+(?:(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*)?[A-ZÀ-Ý]"
                             r"|\b(?i:elle|celle-ci)\b")
# "cette dernière": the event named last in the sentence before
# "la CPTS a signé le sien le 5 juin": its own of the contract named before
ANAPHOR = re.compile(r"\b(?:cette|ce)\s+derni(?:er|ère)\b|\bcelle-ci\b|\bcelui-ci\b|\bthe\s+latter\b"
                     r"|\b(?:le|la)\s+sien(?:ne)?\b|\bits\s+own\b"
                     # "La CPTS Y l'a signé le 20 mars", "signed it on": the contract named before
                     r"|\bl['’](?:a|ont|avait|avaient)\s+(?:\w+\s+)?sign\w*|\bsigned\s+it\b", _I)
# a sentence that only dates the one before: "C'était le 12 mars 2024.", "Cela s'est passé le ...", "It was on ..."
THAT_WAS = re.compile(r"\s*(c['’]était|cela\s+s['’]est\s+(?:passé|déroulé)|ça\s+s['’]est\s+passé|c['’]est\s+chose\s+faite"
                      r"|it\s+was|this\s+was|that\s+was)\b", _I)
SIGNING_NOUN = re.compile(r"\b(?:la|cette|sa|the|this|its)\s+(?:cérémonie\s+de\s+)?signature\b|\b(?:the|this)\s+signing\b", _I)


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int


def find_cues(text: str, start: int, end: int, in_label: bool = False, kinds=tuple(CUES)) -> list[Cue]:
    """The event words of text[start:end] that tell of an event of the CPTS's life (of `kinds`)."""
    sentence = text[start:end]
    found = {kind: matches_within(CUES[kind], text, start, end) for kind in kinds}  # most sentences tell none
    if not any(found.values()) and ("health_project" not in kinds or in_label) or more_cpts_than_a_department(sentence):
        return []  # "on recensait en France plus de 780 CPTS ayant signé l'ACI": the nation's, no event of one CPTS
    cues = []
    for kind in kinds:
        for m in found[kind]:
            if kind == "launch" and not _launches_the_community(text, m, sentence, in_label, start):
                continue
            if kind == "aci_signature" and (not is_aci(text, m, sentence, in_label)
                                            or RENEWED_BEFORE.search(text, max(start, m.start() - 40), m.start())
                                            or CONTRACT_TOPIC_BEFORE.search(text, max(start, m.start() - 50), m.start())):
                continue  # "un webinaire sur la signature de l'ACI": the topic of another event
            if PLANNED_BEFORE.search(text, max(start, m.start() - 40), m.start()) or PLANNED_AFTER.match(text, m.end(), end) \
                    or kind == "launch" and (PLAN_OF_BEFORE.search(text, max(start, m.start() - 50), m.start())
                                             or WISH_SUBJECT_BEFORE.search(text, max(start, m.start() - 100), m.start())):
                continue
            if TIME_AFTER_PHRASE.search(text, max(start, m.start() - 60), m.start()) \
                    and not OWN_DATE_AFTER.match(text, m.end()):
                continue  # "le 12 mai, un an après la signature de son ACI": the date is a year later
            if kind == "statutes" and (_of_another_body(text, m) or AMENDED.search(
                    text, max(start, m.start() - 40), min(end, m.end() + 30))):
                continue  # "a modifié ses statuts le 3 mai": a change, not the association's birth
            if kind == "health_project" and not in_label:
                validated = validation_of(text, m, start, end)
                if validated is None:
                    continue  # a project being drafted is not a validated one
                cues.append(Cue(kind, validated.start(), validated.end()))
                continue
            cues.append(Cue(kind, m.start(), m.end()))
    if "health_project" in kinds and not in_label and not any(c.kind == "health_project" for c in cues):
        cues += [Cue("health_project", v.start(), v.end()) for v in validations_beyond_the_name(text, start, end)]
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


def _launches_the_community(text: str, m: re.Match, sentence: str, in_label: bool, start: int = 0) -> bool:
    if PLACED.fullmatch(m.group()) and not (OPENING_BEFORE.search(text, max(0, m.start() - 10), m.start())
                                             or PLACED_COMMUNITY_AROUND.match(text, max(0, m.start() - 4))):
        return False  # "une cellule, mise en place en 2020": what is set up is named before
    if STATE_WITHOUT_VERB.match(m.group()) and not APPOSITION_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return False
    if PROJECT_AFTER.match(text, m.end()) or RELATIVE_AFTER.match(text, m.end()):
        return False
    if NOUN_CUE.fullmatch(m.group()) and (TOPIC_BEFORE.search(text, max(0, m.start() - 20), m.start())
                                          or TIME_AFTER_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                          and not OWN_DATE_AFTER.match(text, m.end())):
        return False
    if not NOUN_CUE.fullmatch(m.group()) and PROJECT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False  # "le site a été lancé"; a noun tells what it starts after it ("la création de ...")
    if not NOUN_CUE.fullmatch(m.group()) and (_thing_is_the_subject(text, m) or _opens_on_another_body(text, m)):
        return False
    if _of_another_body(text, m) or _launches_something_else(text, m, sentence) or _in_a_bodys_apposition(text, m):
        return False
    if GENERIC_AFTER.match(text, m.end()):
        return False
    if PLURAL_PARTICIPLE.search(m.group()) and (COUNTED.search(sentence) or GENERIC_PLURAL_OPENING.match(sentence)):
        return False  # "En 2020, 9 CPTS ont été créées", "Les CPTS ont été créées en 2016 par la loi"
    if _another_community_before(text, start, m.start()):
        return False  # "Une autre CPTS a été créée en 2021", "la première CPTS du département, créée en 2018"
    return in_label or bool(COMMUNITY.search(sentence)) or _in_key(text, m) or _taken_up_launch(text, m, start)


# "La CPTS X regroupe 120 soignants. Le lancement officiel a lieu le 16 novembre": the launch of the community just
# spoken of, its noun opening the sentence with its article
# (or the meeting that launched it: "La soirée de lancement a eu lieu le 25 janvier")
TAKEN_UP_NOUN_BEFORE = re.compile(r"(?:^|[.!?\n])[\s«\"“]*(?:Le|La|L['’]|Son|Sa)\s*(?:\w+\s+|(?:soirée|réunion|cérémonie|journée"
                                  r"|assemblée|rencontre|fête)\s+(?:officielle\s+)?de\s+)?\Z")
# the sentence before opens on the community: "La CPTS X regroupe ...", "Elle réunit ..."
COMMUNITY_OPENING = re.compile(r"[\s«\"“]*(?:(?:La|Cette|Notre|L['’])\s*(?:CPTS|communauté|association)\b|Elle\b|The\s+CPTS\b|It\b)")


def _taken_up_launch(text: str, m: re.Match, start: int) -> bool:
    if not (NOUN_CUE.fullmatch(m.group()) and TAKEN_UP_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start())) \
            or re.match(r"\s*(?:officiel\s+)?(?:de|du|des|d['’])\s", text[m.end():m.end() + 20]):
        return False
    before = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 1))) + 1
    return bool(COMMUNITY_OPENING.match(text, before, start))


def _another_community_before(text: str, start: int, end: int) -> bool:
    """Whether the words before an event word name a community the release is not about, and none it is."""
    return bool(OTHER_COMMUNITY.search(text, start, end) and not NAMED_COMMUNITY.search(text, start, end))


def _thing_is_the_subject(text: str, m: re.Match) -> bool:
    """Whether the clause before an event verb names a thing before any community: "Le service de
    téléconsultation de la CPTS X fonctionne depuis 2023" tells of the service."""
    end = _before_aside(text, m.start())
    clause = CLAUSE_START.search(text, max(0, end - 120), end)
    thing = OBJECT_WORD.search(text, clause.start(), end)
    if thing is None:
        return False
    community = COMMUNITY.search(text, clause.start(), end)
    return community is None or thing.start() < community.start()


def _before_aside(text: str, pos: int) -> int:
    """"La structure - qui regroupe ... leur action - a été créée": the subject stands before the aside
    between spaced dashes that ends just before the verb."""
    closing = ASIDE_CLOSED.search(text, max(0, pos - 30), pos)
    if not closing:
        return pos
    openings = list(SPACED_DASH.finditer(text, max(0, pos - ASIDE_REACH), closing.start()))
    return openings[-1].start() if openings else pos


ASIDE_CLOSED = re.compile(r"[ \t][–—-][ \t]+(?:\w+[ \t]+){0,3}\Z")
ASIDE_REACH = 300  # characters back to the aside's opening dash


def _opens_on_another_body(text: str, m: re.Match) -> bool:
    """"Créée en 2015, la MSP de Montval fait partie de la CPTS": a participle opening the sentence
    tells of the noun after its comma; "..., une CPTS est ..." of any community."""
    if not (PARTICIPLE.search(m.group()) and OPENING_BEFORE.search(text, max(0, m.start() - 10), m.start())):
        return False
    subject = OPENING_SUBJECT.match(text, m.end(), min(len(text), m.end() + OPENING_REACH))
    return bool(subject and (ANOTHER_BODY.fullmatch(subject.group("noun"))
                             or subject.group("any") and ANY_COMMUNITY.fullmatch(subject.group("noun"))))


def _in_key(text: str, m: re.Match) -> bool:
    """Whether an event word is the key of a "key : value" line ("Date de création : 2019")."""
    line_start = start_of_line(text, m.start())
    return bool(KEY_BEFORE.fullmatch(text, line_start, m.start()) and KEY_AFTER.match(text, m.end()))


def _launches_something_else(text: str, m: re.Match, sentence: str) -> bool:
    """What the event word starts is not the community: the object of an active verb ("la CPTS a
    lancé une enquête"), the noun after "création de" ("la création d'un poste"), or a masculine
    participle, which cannot agree with "la CPTS" ("le site a été lancé")."""
    word = m.group()
    after_have = ACTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    finite = TRANSITIVE.match(word) and PRESENT_TENSE.search(word) and not NOUN_CUE.fullmatch(word)
    if (after_have and TRANSITIVE.match(word)) or NOUN_CUE.fullmatch(word) or finite:  # "officialise son ACI"
        if OWN_BIRTH_AFTER.match(text, m.end()):
            return False
        thing = OBJECT_AFTER.match(text, m.end())
        if thing and NAMED_BODY_AFTER.match(text, thing.end("noun")):
            return True  # "ont créé l'association Santé Val Fleuri, qui porte la CPTS": another body, named
        return bool(thing and not COMMUNITY_NOUN.match(thing.group("noun")))
    if after_have and STARTED.match(word):
        # "les soins ont démarré": what started is the subject of its clause
        clause = CLAUSE_START.search(text, max(0, m.start() - 120), after_have.start())
        return not COMMUNITY.search(clause.group())
    return bool(not after_have and MASCULINE_PARTICIPLE.fullmatch(word) and not MASCULINE_CPTS.search(sentence))


def _in_a_bodys_apposition(text: str, m: re.Match) -> bool:
    """"L'association des soignants du Val, créée en 2018, ...": a participle after the comma of a body's name that is no
    community."""
    apposition = BODY_APPOSITION_BEFORE.search(text, max(0, m.start() - 90), m.start())
    return bool(PARTICIPLE.search(m.group()) and apposition and not COMMUNITY_NAME.search(apposition.group()))


def _of_another_body(text: str, m: re.Match) -> bool:
    """Whether a birth word tells of a named body that is not a CPTS ("la création du Réseau X")."""
    return bool(OTHER_BODY_AFTER.match(text, m.end()) or OTHER_BODY_CUE.match(m.group())
                or OTHER_BODY_BEFORE.search(text, max(0, m.start() - 80), m.start()))


# "La CPTS du Val a signé en mars 2022", "Elle a été signée par la CPTS du Val en mars 2022": a signature whose
# object the text named before; not one of another paper ("la charte signée par ...")
SIGNED = re.compile(r"\bsign(?:é|ée|és|ées|ed)\b", _I)


def anaphor_cues(text: str, start: int, end: int, previous: list[Cue]) -> list[Cue]:
    """"... une lettre d'intention. L'avis donné le 2 mars sur cette dernière": the letter; "La CPTS a
    signé son ACI. C'était le 12 mars.": every event of the sentence before; "Trois CPTS ont signé l'ACI.
    ... La CPTS du Val a signé en mars 2022.": the contract the text named before."""
    opening = THAT_WAS.match(text, start)
    if opening and previous:
        return [Cue(kind, opening.start(1), opening.end(1)) for kind in dict.fromkeys(c.kind for c in previous)]
    nouns = [c for c in previous if c.kind in ("letter_of_intent", "health_project", "aci_signature")]
    if not nouns:
        return _bare_signing_cues(text, start, end)
    cues = [Cue(nouns[-1].kind, m.start(), m.end()) for m in ANAPHOR.finditer(text, start, end)]
    if nouns[-1].kind == "aci_signature" and not cues:
        # "... son accord conventionnel interprofessionnel. La signature a eu lieu le 3 mai": that signature
        cues = [Cue("aci_signature", m.start(), m.end()) for m in SIGNING_NOUN.finditer(text, start, end)]
    return cues or _bare_signing_cues(text, start, end)


def _bare_signing_cues(text: str, start: int, end: int) -> list[Cue]:
    """A signature without its object in a sentence that names no contract, in a text that named the ACI before."""
    if CONTRACT.search(text, start, end) or STRONG_ACI.search(text, start, end):
        return []  # the sentence names what is signed: its own cues tell it
    signed = [m for m in SIGNED.finditer(text, start, end)]
    if not signed or OTHER_PAPER.search(text, start, end) or not _aci_named_before(text, start):
        return []
    return [Cue("aci_signature", m.start(), m.end()) for m in signed]


def _aci_named_before(text: str, pos: int) -> bool:
    """Whether a sentence before `pos` tells of the community's contract."""
    return any(find_cues(text, piece.start(), piece.end(), kinds=("aci_signature",))
               for piece in PIECE.finditer(text, 0, pos))


PIECE = re.compile(r"[^.!?\n]+")  # a sentence, or a line of one


def start_of_line(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
