"""How CPTS names are written: the words that open, continue and end a name, the words that no
name has, and the key and canonical form of a name (accents, articles and English words
folded away, so that every spelling of one community meets under one key)."""
from __future__ import annotations

import re
import unicodedata

from ..reference.frequencies import zipf_frequency
from ..reference.regex_start import quick_start
from .place_names import EPCI_PHRASE



UPPER = "A-ZÀÂÄÉÈÊËÎÏÔÖÛÙÜÇŒÆ"
LOWER = "a-zàâäéèêëîïôöûùüçœæ"
APOS = "'’"

HEAD_RE = quick_start(re.compile(
    # "la C.P.T.S. du Val", "la CPTSdu Val", the press's "la Cpts du Val", a typist's "la CTPS du Val"; a hashtag only after
    # an article, in a post's sentence ("la #CPTS du Val a signé"; "#CPTS #santé" tags a post)
    r"(?:(?<![#\w])|(?<=\b[Ll]a #)|(?<=\b[Uu]ne #)|(?<=\b[Nn]otre #)|(?<=\b[Cc]ette #))(?:CPTSs?\b|CTPS\b|[Cc]pts\b(?=[ \u00a0]+(?:du|des|de|d['’]|[A-ZÀ-Ý]))|C\.P\.T\.S\.?(?!\w)|"
    r"CPTS(?=(?:du|des|de)[ \u00a0]+[A-ZÀ-Ý]))"
    # the spelled-out head, sometimes without "territoriale" or with other words: "Communauté professionnelle de santé
    # X (CPTS)", "communauté professionnelle de territoire de santé", "... territoriale en santé", "... de soins"
    r"|(?i:communautés?\s+professionnelles?\s+(?:territoriales?\s+|de\s+territoire\s+)?(?:de|en)\s+(?:santé|soins))"
    r"(?:\s*\(CPTS\))?"
    # English orders the words as it likes: "territorial professional health community",
    # "professional territorial health community", "territorial healthcare professional community"
    r"|(?i:(?:(?:territorial|professional|health(?:care)?)\s+){2,3}communit(?:y|ies))(?:\s*\(CPTS\))?"
))
# "la CPTS (communauté professionnelle territoriale de santé) Val Fleuri Nord": the expansion
# in brackets sits between the acronym and the name.
EXPANSION_RE = re.compile(r"\s*\((?i:communautés?\s+professionnelles?|territorial|community|professional)[^()\n]{0,80}\)"
                          # or an aside in lower case: "la CPTS (en cours de création) du Val Fleuri"
                          rf"|[ \u00a0]*\([{LOWER}][^()\n]{{0,40}}\)(?=[ \u00a0]+(?:du|des|de|d[{APOS}])[ \u00a0]*[{UPPER}])")
# "une CPTS baptisée « Les Trois Rivières »": the name given after a naming verb.
NAMING_VERB_RE = re.compile(
    r"\s*,?\s*(?:(?:qui\s+)?(?:a\s+été\s+|est\s+|sera\s+)?(?:baptisée|nommée|dénommée|intitulée|appelée|dite)|named|called)\b")
# (single quotes too: "la CPTS ‘Val d’Arnon’", the closing one not inside a word)
QUOTED_RE = re.compile(r"\s*[«\"“‘]\s*(?:CPTS\s+)?([^»\"”\n]{2,60}?)\s*(?:[»\"”]|’(?!\w))")
# a number may carry an ordinal ending, typeset too: "CPTS Paris 14ème", "CPTS du 3e arrondissement", "Lyon 8ᵉ";
# a word may open on a lower-case letter and a hyphen: "CPTS e-Santé Val"
# The letters of a name's word; an English possessive ("the CPTS Val Fleuri's members") is none of them
# "Val-\nFleuri": a name's hyphen at a line end joins the capitalised word on the next line.
NAME_LETTERS = rf"(?:[\w\-]|[{APOS}](?!s\b)|(?<=\w-)\n(?=[{UPPER}]))*"
WORD_RE = re.compile(rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}]{NAME_LETTERS}|[a-z]-[{UPPER}]{NAME_LETTERS}|(?!\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b)\d+(?:[/\-]\d+)*(?:(?:i?[èe]me|ère|er|e|ᵉʳ|ʳᵉ|ᵉ|I?[ÈE]ME|ÈRE)(?:\s+arrondissement\b)?|[A-Za-z])?"
                     # "la CPTS X 8 %", "la CPTS Y 15 communes": a figure after the name; a date ("21/11/2023") is none
                     r"(?![.,]?\d*\s?%|[.,]\d|\d*\s+(?:communes|habitants|professionnels|adhérents|structures|membres|municipalities|inhabitants|members)\b))"
                     rf"(?<![{APOS}\-])")
CONNECTOR_RE = re.compile(
    rf"(?:de\s+la|de\s+l[{APOS}]|d[{APOS}]|l[{APOS}]|de|du|des|la|le|les|et|&|sur|sous|en|lès|lez"
    rf"|[eè](?=\s+[{UPPER}])|di(?=\s+[{UPPER}]))(?:\s+|(?<=[{APOS}]))"  # Corsican "e", "è", "di": "Mare è Monti", "Centru di Corsica"
)
# Lower-case nouns some names are built on: "CPTS du pays de Brière", "CPTS du bassin d'Aurillac".
NAME_NOUNS = ("nord-est", "nord-ouest", "sud-est", "sud-ouest", "bassin de vie", "bassin de santé", "pays", "bassin", "val", "vallée", "vallées", "plateau", "plaine", "massif", "cœur", "coeur", "portes",
              "rive", "rives", "monts", "haut", "haute", "bas", "basse", "grand", "grande", "nord", "sud", "ouest", "centre",
              # the land a territory is named after: "CPTS boucle de Seine", "CPTS des coteaux du Lac"
              "boucle", "boucles", "côte", "côtes", "coteaux", "terres", "hauts", "lacs", "marais", "causses",
              "confluence", "piémont", "littoral", "bocage", "sources", "collines", "vallon",
              "île", "îles", "presqu'île", "presqu’île", "baie", "golfe", "estuaire", "forêt", "montagne", "montagnes",
              "étang", "étangs", "lac", "gorges", "plateaux",
              "agglomération", "métropole", "secteur", "canton", "cantons", "couronne")
# an elided article may come before a lower-case noun: "CPTS de l'île de Sein", "CPTS de l'estuaire de la Vire"
ARTICLE_RE = re.compile(rf"(?:du|des|de\s+la|de\s+l[{APOS}]|de|d[{APOS}]|of\s+the|of|l[{APOS}](?=[{UPPER}]))"
                        rf"(?=[\s{UPPER}]|(?<=[{APOS}])(?:{'|'.join(NAME_NOUNS)})\b)\s*")
# "CPTS du nord Plateau et Val de Serre": or directly before a capitalised word.
# Or before a place's adjective in lower case: "CPTS du bassin montbrisonnais", "CPTS du pays annécien".
LOWER_NOUN_RE = re.compile(
    rf"(?:{'|'.join(NAME_NOUNS)})(?:(?=\s+(?:de\s+la\s+|de\s+l[{APOS}]|du\s+|des\s+|de\s+)?[{UPPER}]|\s*d[{APOS}][{UPPER}])"
    rf"|\s+[{LOWER}]{{3,}}(?:ais|aise|ois|oise|ain|aine|ien|ienne)\b)"
)
# "CPTS du territoire de Montval", "CPTS de la région de Y": a name's first word only, before "de" and a name
PLACE_NOUN_RE = re.compile(rf"(?:territoire|région)(?=\s+(?:de\s+la\s+|de\s+l[{APOS}]|du\s+|des\s+|de\s+|d[{APOS}])[{UPPER}])")
# ... and the name so opened, as a surface: "du territoire de X", "de la région de Y"
PLACE_NOUN_FIRST_RE = re.compile(rf"(?:du|de\s+la)\s+(?:territoire|région)\s+(?:de\s+la|de\s+l[{APOS}]|du|des|de|d[{APOS}])\s*")
# A point of the compass written after the name: "CPTS de la Vienne nord" ("est" is a verb), a bank or a
# stretch of a river: "CPTS Rive gauche", "CPTS de Toulouse rive gauche", "CPTS Seine aval".
TRAILING_POINT_RE = re.compile(r"(?:centre|nord|sud|ouest|amont|aval|gauche|droite|rives?\s+(?:gauche|droite))(?![\w'’\-])")
MONTHS = (r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
          r"decembre|january|february|march|april|june|july|august|september|october|november|december)")
DATE_WORD_RE = re.compile(
    rf"(?i:{MONTHS})|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday")
NOT_NAME_WORD_RE = re.compile(
    r"Dr|Docteure?|Pr|Professeure?|Mme|Madame|Monsieur|M\.|Président|Présidente|Co-?présidente?|Vice-présidente?|"
    r"Coordinat(?:eur|rice)|Direct(?:eur|rice)|Secrétaire|Trésorière?|President|Coordinator|Director|"
    r"ARS|CPAM|URPS|MSA|CHU|CH|GHT|MSP|ACI|CLS|DAC|HAD|SAS|EHPAD|"
    # a page's menu or a caption runs into the name ("CPTS Val Fleuri Accueil Actualités")
    r"Accueil|Actualités?|Actus|Infos?|Contacts?|Agenda|Newsletter|Menu|Publié(?:e|s)?|Partager|Télécharger|Crédits?|"
    # or the heading goes on with what the page is about ("CPTS Val Fleuri Signature de l'ACI")
    r"Signatures?|Assemblée|Projet|Lancement|Inauguration|Bilan|Rapport|Communiqué|Soirée|Journée|Webinaire|"
    r"Présentation|Missions|Adhérer|Adhésion|Recrutement|Offres?|[ÉE]vénements|Mentions|Ressources|Documents|"
    r"Gouvernance|[ÉE]quipe|Partenaires|FAQ|Rejoignez-nous|Rejoindre|Lire|Découvrir|Découvrez|"
    # a pronoun, determiner or question word starts the next phrase of a heading or menu ("la CPTS Elle regroupe")
    r"Elles?|Ils?|Nous|Vous|Je|Ses|Son|Sa|Leurs?|Notre|Nos|Votre|Vos|Ce|Cette|Ces|Cet|Pour|Par|Avec|Sans|Dans|Chez|"
    r"Qui|Que|Quoi|Quel(?:le)?s?|Qu['’][\w\-]*|Comment|Pourquoi|Où|Une?|Et|Ou|Mais|Donc|Car|Si|Ne|Tou(?:t|s|tes)|Chaque|"
    # a verb a scan wrote with a capital ("les CPTS Sont un nouveau dispositif"; not "Est", a name's east)
    r"Sont|Ont|Sera|Seront|Était|Étaient|Peut|Peuvent|Doit|Doivent|Vont|"
    r"Couvre|Compte|Regroupe|Rassemble|Réunit|Fédère|Englobe|Comprend|Représente|Dessert|"
    # a line that ran into the next paragraph ("Crédit photo : CPTS X\nAutre facteur, ...")
    r"Autres?|Enfin|Ainsi|Puis|Aussi|Alors|Depuis|Ensuite|Désormais|"
    # or into a sentence that opens with a participle ("... les CPTS\nConstituées à l'initiative de ...", "Co-portée par")
    r"(?:Constitu|Cré|Fond|Compos|Situ|Implant|Install|Labellis|Lanc|Port|Financ|Accompagn)ée?s?|Co-[a-zâçéèêîôû]+ée?s?|Issue?s?|Soutenue?s?|"
    # the same in English ("... covered by a CPTS\nWith this fourth project, ...")
    r"With|This|These|That|Those|For|From|By|Its|Our|Their|Since|After|According|Thanks|It|They|We|What|How|Why")
# the verbs a heading in capitals goes on with after the name
CAPITAL_VERB_RE = re.compile(
    r"A|EST|SONT|VA|SERA|VIENT|SIGNE|SIGNÉ|SIGNENT|LANCE|LANCÉE|LANCÉ|NAÎT|NAIT|NÉE|REGROUPE|RASSEMBLE|RÉUNIT|"
    r"COUVRE|COMPTE|OUVRE|ORGANISE|INAUGURE|INAUGURÉE|FÊTE|S['’]\w+|N['’]\w+|SE|NE")


# "la CPTS Val Fleuri en Haute-Loire": a department or region after "en", "dans" says where, not who.
PLACE_AFTER_NAME_RE = re.compile(rf"\s+(?:en|dans\s+(?:le|la|les|l[{APOS}])|in(?:\s+the)?)\s*(?=[{UPPER}])")
# ", dans le Calvados,", ", en Gironde,", ", in the Vendée,": where the community is, between its name and its verb
PLACE_APPOSITION_RE = re.compile(rf",[ \u00a0]+(?:en|dans\s+(?:le|la|les|l[{APOS}])|in(?:\s+the)?)\s*[{UPPER}][^,.;\n]{{0,40}},")
VERB_AFTER_NAME_RE = re.compile(
    rf"[ \u00a0]+(?:[sn][{APOS}]|se\s|ne\s|est\s|a\s|va\s|sera\s|était\s|vient\s|regroupe|rassemble|réunit|"
    rf"couvre|compte|fédère|dessert|intervient|signe|organise|porte|accueille|mobilise|devient|deviendra|lance|obtient|"
    rf"is\s|has\s|was\s|will\s|covers|serves|brings|becomes|became|signed|launche[sd]|joins|joined)")
NAMED_ALONE_RE = re.compile(r"\b(?i:baptisée|dénommée|nommée|appelée|intitulée|(?:pris|porte|prend)\s+le\s+nom\s+d(?:e|['’])|"
                            r"son\s+nom\s*:)[ \u00a0]*")
RARE_WORD_ZIPF = 3.0  # "sucs", "causses": nouns rare enough to be part of a name, not of the sentence
PRONOUN_HEAD_RE = re.compile(r"\b(?:[Cc]elles?|those|that)(?=\s+(?:d[eu]\s|des\s|de\s+la\s|de\s+l['’]|d['’]|of\s))")
# the pronoun's antecedent is CPTS, not the communes just named: "couvre les communes de A et B, ainsi que celles de C"
PLACES_NOUN_RE = re.compile(r"\b(?:communes|villes|municipalities|towns)\b", re.IGNORECASE)
# "la CPTS X et celle du Val", "la CPTS X, puis celle de Y", "the CPTS X and that of Y"
# (the pronoun right after the name)
SINGULAR_PRONOUN_BEFORE_RE = re.compile(
    rf"(?:\bCPTS|\b[Cc]elles?)\s+(?:(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*)?[{UPPER}][\w'’-]*"
    rf"(?:\s+(?:(?:du|des|de\s+la|de\s+l['’]|de|d['’]|sur|lès)\s*)?[{UPPER}0-9][\w'’-]*)*\s*(?:,|\set|\spuis|\sand)\s+$"
    # or an unnamed one in apposition: "Une autre CPTS, celle du Pays Fort, est en projet", "la CPTS voisine, celle de Y"
    r"|\b(?:autre|nouvelle|seconde|deuxième)\s+CPTS\s*,\s*$|\bCPTS\s+(?:voisine|sœur|soeur)\s*,\s*$"
    # or one dated against it: "La CPTS X a été lancée en 2019, un an après celle du Y"
    r"|\bCPTS\b[^.;:!?\n]{0,60}?\b\w+\s+(?:ans?|années?|mois|semaines?|years?|months?|weeks?)\s+(?:après|avant|after|before)\s+$"
    # or the sentence after one that names it: "La CPTS X a signé. Celle de Y signera en juin."
    rf"|\bCPTS\s[^.!?\n]{{1,100}}[.!?]\s+$"
    # or one of CPTS in general: "avec les CPTS, comme celle du Val", "des CPTS, notamment celle de Y"
    r"|\bCPTS\b[^.;:!?\n]{0,30}?,?\s+(?:comme|notamment|dont|telle\s+que|en\s+particulier|à\s+commencer\s+par|"
    r"such\s+as|like|including|especially)\s+$"
    # or a rank among CPTS, after another: "Elle est la troisième du département, après celle de Y"
    r"|\b(?:\d+(?:e|ème|ᵉ)|[A-Za-zé][a-zé]*ièmes?|[Pp]remière|[Dd]ernière|[Ss]econde|\d+(?:st|nd|rd|th)|[Ff]irst|[Ll]ast|[Ss]econd|[Tt]hird)\b"
    r"(?:\s+(?:CPTS|(?i:communauté\s+professionnelle\s+territoriale\s+de\s+santé)|communauté\w*|community))?"
    r"(?:\s+[a-zé]+ée?s?)?"  # "Deuxième Communauté Professionnelle Territoriale de Santé labellisée dans le Var après celle de Y"
    r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|en|dans|à|au|in|of)\s*[^.;:!?\n,]{0,40})?"
    r",?\s+(?:après|after)\s+$")
ENGLISH_NAME_WORD = rf"(?!CPTS\b|Territorial\b|Professional\b|Health(?:care)?\b|Community\b)(?:[{UPPER}][\w{APOS}\-]*|\d+)"
ENGLISH_NAME_FIRST_RE = re.compile(
    # "the neighbouring Pic Bleu CPTS", "the newly created Val Fleuri CPTS"
    rf"\b[Tt]he[ \u00a0]+(?:(?:new|newly|recently|first|second|third|future|neighbou?ring|nearby|adjacent|existing|"
    rf"former|created|formed|established)[ \u00a0]+){{0,2}}"
    # "the Val Fleuri and Pic Bleu CPTS": a first name joined to the one before the head
    rf"(?:(?P<first>{ENGLISH_NAME_WORD}(?:[ \u00a0]+{ENGLISH_NAME_WORD}){{0,3}})[ \u00a0]+and[ \u00a0]+)?"
    rf"(?P<name>{ENGLISH_NAME_WORD}(?:[ \u00a0]+"
    rf"(?:(?:de|du|des|d[{APOS}]|de[ \u00a0]+la|l[{APOS}])[ \u00a0]*)?{ENGLISH_NAME_WORD}){{0,4}})[ \u00a0]+"
    # "the Val Fleuri CPTS", "the Val Fleuri Territorial Professional Health Community (CPTS)", "the Val Fleuri
    # healthcare community (CPTS)"
    r"(?:CPTSs?\b|(?:(?:Territorial|Professional|Health(?:care)?)[ \u00a0]+){2,3}Community(?:[ \u00a0]*\(CPTS\))?|"
    r"(?i:health(?:care)?|care)[ \u00a0]+(?i:community)[ \u00a0]*\(CPTS\))")
ENGLISH_NOT_NAMES_RE = re.compile(r"(?:French|National|Regional|Local|European|All|Other|Several|Many|Some|Each|\d+)")
LIST_ANNOUNCED_RE = re.compile(r"[ \u00a0]*[:,][ \u00a0]*")
# an adjective between a plural's determiner or count and the head: "trois nouvelles CPTS", "les premières CPTS"
PLURAL_ADJECTIVE = r"(?:\s+(?:nouvelles|premières|futures|dernières|new|first|future))?"
COUNTED_BEFORE_RE = re.compile(rf"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|\d+){PLURAL_ADJECTIVE}\s*$",
                               re.IGNORECASE)
# a name of a list in quotes: "les CPTS « X » et « Y »"
QUOTE_OPEN = re.compile(r"[ \t\u00a0]*[«\"“][ \u00a0]*")
QUOTE_CLOSE = re.compile(r"[ \u00a0]*[»\"”]")
# A stage or kind in quotes between a count and its list: "deux CPTS « en projet », X et Y, et
# une « signataire », Z"; each further count with its quoted stage goes on with the list.
STAGE_RE = re.compile(r"[ \u00a0]*[«\"“][ \u00a0]*[a-zàâéèêîôûç][^»\"”\n]{0,40}[»\"”]")
NEXT_STAGE_RE = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:et[ \u00a0]+)?(?:une?|deux|trois|quatre|cinq|six|\d+)[ \u00a0]*[«\"“][ \u00a0]*"
    r"[a-zàâéèêîôûç][^»\"”\n]{0,40}[»\"”][ \u00a0]*[:,][ \u00a0]*", re.IGNORECASE)
LIST_JOINT_RE = re.compile(r"\s*(?:,\s*(?:et\s+|puis\s+)?|\s+et\s+|\s+puis\s+|\s+and\s+|\s+then\s+|\s*&\s*)(?=\S)")  # "X, Y puis Z"
GAP_RE = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?")  # spaces, at most one line break
COLUMN_GAP = re.compile(r"[ \u00a0]{3,}|\t")  # between the cells of a menu or of a table laid out with spaces
ALIAS_RE = re.compile(
    rf"\s*[,(]?\s*(?:dite|dit|appelée|surnommée|baptisée|aussi\s+appelée|anciennement(?:\s+(?:appelée|nommée|dénommée))?|also\s+known\s+as|"
    rf"known\s+as|formerly|alias|autrefois|précédemment|ex-|ex(?=\s)|[–—-](?=[ \u00a0]*[«\"“][ \u00a0]*[{UPPER}]{{2,10}}[ \u00a0]*[»\"”]))"
    rf"\s*[«\"“]?\s*"  # "CPTS Saint-Amandois Boischaut Marche – « SABM »": its acronym in quotes after a dash
    # in quotation marks, the whole quoted name ("ex « Pays de Feurs »"); else up to a lower-case word
    rf"((?:(?<=[«\"“])|(?<=[«\"“][ \u00a0]))[^»\"”\n]{{2,60}}?(?=[ \u00a0]*[»\"”])|"
    rf"(?:CPTS\s+)?(?:du\s+|des\s+|de\s+la\s+|de\s+l[{APOS}]|de\s+|d[{APOS}])?[{UPPER}0-9][\w{APOS}\- ]{{1,40}}?)"
    rf"\s*(?=[»\"”,;.)]|\s+[{LOWER}]|$)"
    # a translation or short form in parentheses: "CPTS Cœur de Rocheval (Heart of Rocheval)"
    rf"|\s*\(\s*((?:CPTS\s+)?[{UPPER}][\w{APOS}\-]*(?:\s+(?:of|the|de|du|des|la|le|et|and|[{UPPER}][\w{APOS}\-]*))*)\s*\)"
)
PLURAL_BEFORE_RE = re.compile(  # a count on the line of the head: not a phone number ending the line above
    r"(?:\b(?:les|des|ces|aux|autres|plusieurs|nombreuses|quelques|deux|trois|quatre|cinq|six|sept|"
    rf"huit|neuf|dix|other|all|two|three|four|five|several|many|de|of){PLURAL_ADJECTIVE}\s*$|\d+{PLURAL_ADJECTIVE}[ \t\u00a0]*\Z)",
    re.IGNORECASE,
)
# Only a former name is an alias on its own; "la 3e CPTS dite « CPTS X »" names X.
# and so is a name the community is better known by ("Plus connue sous le nom de « CPTS X », elle ...")
ALIAS_MARKER_BEFORE = re.compile(r"\b(?:(?:anciennement|auparavant|autrefois|précédemment|formerly|ex-|ex(?=\s))(?:\s+(?:appelée|nommée|"
                                 r"dénommée|baptisée|known\s+as|called|named))?|connue?\s+sous\s+le\s+nom\s+(?:de|d['’])|better\s+known\s+as)"
                                 r"\s*[«\"“]?\s*$", re.IGNORECASE)
ENGLISH_TO_FRENCH = {
    "Center": "Centre", "North": "Nord", "South": "Sud", "East": "Est", "West": "Ouest",
    "Northeast": "Nord-Est", "Northwest": "Nord-Ouest", "Southeast": "Sud-Est",
    "Southwest": "Sud-Ouest", "Greater": "Grand",
}
# "de La Ferté": a capital article belongs to the name, the preposition before it does not.
LEADING_ARTICLE_RE = re.compile(
    rf"^(?:(?:[Dd]e\s+|DE\s+)?[lL][{APOS}]\s*|[Dd][{APOS}]\s*|"
    rf"(?:[Dd]u|DU|[Dd]es|DES|[Dd]e\s+la|DE\s+LA|[Dd]e|DE|[Oo]f\s+the|[Oo]f|OF)\s+)")


# Regions, former regions and the country: "les CPTS de Bretagne" names no community.
REGIONS = (
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
    "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur", "PACA", "Région Sud", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
    "Alsace", "Aquitaine", "Auvergne", "Basse-Normandie", "Bourgogne", "Champagne-Ardenne", "Franche-Comté",
    "Haute-Normandie", "Languedoc-Roussillon", "Limousin", "Lorraine", "Midi-Pyrénées", "Nord-Pas-de-Calais",
    "Picardie", "Poitou-Charentes", "Rhône-Alpes", "France", "Outre-mer", "Grand-Est",
    # English names
    "Brittany", "Normandy", "Burgundy", "Corsica", "Occitania", "French Guiana", "Reunion", "Picardy",
)
GENERIC_NAME_RE = re.compile(r"(?i:taille|type|niveau|catégorie|size|category|level)\s+\d+|(?i:France)|"
                             r"(?:la\s+|le\s+|l['’])?(?i:Métropole|Région|Département|Territoire|Agglomération|Ville)|"
                             # the contract it signs: "(CPTS)\nL'Accord Conventionnel Interprofessionnel (ACI) de la CPTS X"
                             r"(?:les\s+|l['’])?(?i:accords?\s+conventionnels?\s+interprofessionnels?|ACI)|"
                             # a year ("Appel à projets CPTS 2024"); a region's people in the plural ("les CPTS
                             # bretonnes"; "CPTS Occitane" is a name)
                             r"(?:19|20)\d\d|(?i:(?:breton|francilien|alsacien|ligérien|normand|occitan|lorrain|auvergnat|"
                             r"aquitain|picard|savoyard|bourguignon|provençal|guadeloupéen)n?es|provençaux)")


# an institution after "CPTS de l'": "référent CPTS de l'Assurance maladie" names where the office is held, no community
INSTITUTION_NAME_RE = re.compile(r"(?i:assurance|agence\s+régionale|caisse\s+primaire|préfecture|mutualité|ordre\s+des|"
                                 r"union\s+régionale)\b")


# Bodies named after "et de la", "et de l'" beside a CPTS: "avec la CPTS du Val et de l'Agence ..."
INSTITUTION_WORD_RE = re.compile(r"Agence|Assurance|Mutualité|Caisse|Région|Département|Ville|Mairie|Conseil|"
                                 r"Préfecture|État|Etat|Union|Ordre|Hôpital|Clinique|Communauté|Maison|Association|Métropole|"
                                 r"Collectivité|Fédération|Groupement")


# "Marie DUPONT", "Jean-Marc DURAND-MARTIN": a first name, then a surname in capitals
PERSON_RE = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \u00a0]+[{UPPER}]{{2,}}(?:[\-{APOS}][{UPPER}]{{2,}})?(?![\w{APOS}\-])")


MIN_COLUMN_LINE = 35  # characters: a line of a narrow column, not a heading


def canonical_name(surface: str, lang: str) -> str:
    name = re.sub(r"\s+", " ", surface.replace("’", "'")).strip()
    name = re.sub(r"\s*-\s*", "-", name) if re.search(r"\w\s*-\s+\w|\w\s+-\s*\w", name) else name
    if lang == "en":
        name = re.sub(r"^of\s+(?:the\s+)?", "", name)  # "the community of Rocheval"
        name = " ".join(ENGLISH_TO_FRENCH.get(w, w) for w in name.split(" "))
    return "CPTS " + name


def key_of(name: str) -> str:
    bare = re.sub(r"^CPTS\s+", "", name)
    bare = LEADING_ARTICLE_RE.sub("", bare)
    ascii_name = unicodedata.normalize("NFKD", bare.replace("œ", "oe").replace("Œ", "Oe"))
    ascii_name = ascii_name.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


REGION_KEYS = frozenset(key_of("CPTS " + region) for region in REGIONS)


# lower-case words a name goes on with: a plural noun after a number ("des 2 rives"), "de vie" after a basin
# ("du Bassin de vie d'Ambert"), "santé" right after a capitalised word ("CPTS Océan santé")
COUNTED_NOUN_AFTER = re.compile(rf"[ \u00a0]+[{LOWER}]{{3,}}[sx](?![\w{APOS}\-])")
# "CPTS du Bassin de vie de X", "CPTS Lembron Cézallier Bassin minier": the basin's lower-case words go on with the name
LIFE_AFTER_BASIN = re.compile(r"[ \u00a0]+(?:de[ \u00a0]+vie|minier|houiller)\b")
HEALTH_AFTER = re.compile(rf"[ \u00a0]+santé(?![\w{APOS}\-]|[ \u00a0]+(?:mentale|publique|au\b|des\b|du\b|de\b))")


def lower_case_tail(text: str, start: int, end: int) -> int | None:
    last = text[start:end].split()[-1] if text[start:end].split() else ""
    if last.isdigit():
        m = COUNTED_NOUN_AFTER.match(text, end)
    elif last.lower() == "bassin":
        m = LIFE_AFTER_BASIN.match(text, end)
    elif last[:1].isupper():
        m = HEALTH_AFTER.match(text, end) or SURROUNDINGS_AFTER.match(text, end)
        rare = RARE_AFTER_AND.match(text, end)
        if not m and rare and zipf_frequency(rare.group(1), "fr") < RARE_WORD_ZIPF:
            m = rare  # "CPTS Entre Loire et sucs": a rare noun after "et" is a place's word
    else:
        m = None
    return m.end() if m else None


# "CPTS de Rocheval et environs", "CPTS Val Fleuri et ses environs"
SURROUNDINGS_AFTER = re.compile(rf"[ \u00a0]+et[ \u00a0]+(?:ses[ \u00a0]+|leurs[ \u00a0]+)?environs(?![\w{APOS}\-])")
RARE_AFTER_AND = re.compile(rf"[ \u00a0]+et[ \u00a0]+([{LOWER}]{{3,}})(?![\w{APOS}\-])")


# a place's adjective in lower case after a capitalised word of the name ("Bassin annécien", "Ardèche méridionale"),
# or a region's noun so written after "du" ("Monts du lyonnais")
# the adjectives of the old provinces and lands, whose endings the general ones above miss ("Charente limousine")
PROVINCE_ADJECTIVES = ("normand", "normande", "limousin", "limousine", "breton", "bretonne", "picard", "picarde", "gascon",
                       "gasconne", "basque", "savoyard", "savoyarde", "auvergnat", "auvergnate", "bourguignon",
                       "bourguignonne", "angevin", "angevine", "poitevin", "poitevine", "tourangeau", "tourangelle",
                       "berrichon", "berrichonne", "catalan", "catalane", "corse", "occitan", "occitane", "cévenol",
                       "cévenole", "provençal", "provençale", "provençaux", "girondin", "girondine", "percheron",
                       "percheronne", "vendéen", "vendéenne", "morvandiau", "morvandelle")
PLACE_ADJECTIVE_AFTER = re.compile(
    rf"[ \u00a0]+(?:[{LOWER}]{{3,}}(?:ais|aise|ois|oise|ien|ienne|ain|aine)s?|(?:{'|'.join(PROVINCE_ADJECTIVES)})s?|"
    rf"(?:m[ée]ridion|septentrion|occident|orient|centr)(?:ale?s?|aux)|(?:du[ \u00a0]+|de[ \u00a0]+l[{APOS}])[{LOWER}]{{3,}}(?:ais|ois))"
    rf"(?![\w{APOS}\-])")


# A short aside after a listed name: "Les CPTS du Val Fleuri (Rhône) et des Monts Verts (Loire)",
# "les CPTS du Val Fleuri, en Haute-Loire, et du Lac Noir"
ASIDE_AFTER_NAME_RE = re.compile(r"[ \t\u00a0]*\([^()\n]{1,40}\)|,[ \t\u00a0]*(?:en|dans\s+(?:la|le|les|l['’])|in)\s*[A-ZÀ-Ý][^,;()\n]{0,30}(?=,)")
# "une CPTS du territoire de X", "la 1re CPTS de la région de Y": a CPTS among others of a place
NOT_ONE_NAMED_BEFORE_RE = re.compile(r"(?i:\b(?:une|des|les|aucune|chaque|toute|sa|son|notre|leur)|\d+\s*(?:e|è|ème|ᵉ|re|ère)|première|seule)\s+$")


def describes_its_place(text: str, head_start: int, surface: str) -> bool:
    """A CPTS told by the land it lies in, not named: a name opening with "territoire de" or
    "région de" is none after an indefinite, plural, possessive or ordinal word, nor when the
    place is an intercommunality ("la CPTS du territoire de la CC Z")."""
    noun = PLACE_NOUN_FIRST_RE.match(surface)
    if not noun:
        return False
    return bool(NOT_ONE_NAMED_BEFORE_RE.search(text[max(0, head_start - 25):head_start])
                or EPCI_PHRASE.match(surface, noun.end()))


# --- lists of names announced by a plural head further on ("Trois CPTS ont signé : X, Y et Z") ----------------
# the rest of a heading's line before its bulleted lines, then a bullet, then what may follow a name on its line
LINE_REST_RE = re.compile(r"[^\n.!?;]{0,60}?(?=[ \t\u00a0]*:?[ \t\u00a0]*\n)[ \t\u00a0]*:?[ \t\u00a0]*")
BULLET_RE = re.compile(r"\n[ \t\u00a0]*[-•*–▪·][ \t\u00a0]*")
ITEM_END_RE = re.compile(r"[ \t\u00a0]*(?:\n|$|\(|,|;|:|[–-][ \t\u00a0])")


# what stands between a plural head and the list it announces further on, in its sentence
DEFERRED_LIST_RE = re.compile(r"[^.;:!?()«»\n]{0,80}?(?:[ \u00a0]*:[ \u00a0]*|[ \u00a0]+sont[ \u00a0]+|[ \u00a0]*\([ \u00a0]*)"
                              rf"(?=[{UPPER}])")
LIST_END_RE = re.compile(r"[ \u00a0]*(?:[.;)]|\n|$)")
# the CPTS themselves ("les trois CPTS", "les autres CPTS"), not a complement ("les présidents des CPTS sont ...")
OWN_PLURAL_BEFORE_RE = re.compile(r"(?i:\b(?:les|ces|autres|plusieurs|quelques|deux|trois|quatre|cinq|six|sept|huit|"
                                  rf"neuf|dix){PLURAL_ADJECTIVE}\s*$|\d+{PLURAL_ADJECTIVE}[ \t\u00a0]*\Z)")
# what else a list after the CPTS may give: their missions, members, places ("les CPTS couvrent trois territoires : ...")
OTHER_ITEMS_RE = re.compile(
    r"\b(?:missions|actions|axes|thèmes|priorités|objectifs|professions|professionnels|partenaires|acteurs|"
    r"structures|établissements|communes|villes|territoires|départements|secteurs|cantons|sites|régions|"
    r"intercommunalités|EPCI|projets|dates|étapes|membres|présidente?s|équipes|groupes|"
    r"municipalities|towns)\b", re.IGNORECASE)
