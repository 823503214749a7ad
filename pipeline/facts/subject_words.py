"""The words that tell which CPTS a sentence is about and which it only names (subjects.py): CPTS to come, one
among others, the opening of a sentence or clause on its subject, an inventory's dated items, a CPTS spoken of
without its name."""
from __future__ import annotations

import re

from .role_words import NO_COMPLEMENT, OTHER_BODY

# CPTS to come: "Les CPTS Y et Z sont en projet", "La CPTS Y suivra en juin", "Y will follow", "Y signera en juin"
TO_COME_RE = re.compile(r"\b(?:en\s+projet|en\s+(?:préparation|gestation|réflexion|émergence|construction)|à\s+l['’]étude|"
                        r"en\s+cours\s+(?:de\s+(?:création|constitution|structuration|réflexion|formalisation)|"
                        r"d['’](?:élaboration|émergence))|futures?\s+(?:CPTS|communautés?)|"
                        r"(?:devrai(?:en)?t|doi(?:t|vent)|va|vont|will|prévoi(?:t|ent)\s+de)\s+(?:suivre|signer|voir\s+le\s+jour)|"
                        r"verr(?:a|ont)\s+le\s+jour|suivr(?:a|ont)|signer(?:a|ont)|pas\s+encore\s+(?:signé|créée?|lancée?|constituée?)|"
                        r"will\s+(?:follow|sign|be\s+(?:created|launched|set\s+up))|(?:still\s+)?being\s+(?:set\s+up|created)|"
                        # "la CPTS Nord Charente se structure à son tour", "se met en place", "s'organise"
                        r"se\s+(?:structur|constitu|met\s+en\s+place|mettent\s+en\s+place)\w*|"
                        r"not\s+yet)\b", re.IGNORECASE)

# CPTS that only attend another's event: "La CPTS Y était également représentée", "Les représentants des CPTS Y et Z
# ont assisté à la signature", "Y attended"
ATTENDING_RE = re.compile(r"\b(?:étai(?:en)?t\s+(?:également\s+|aussi\s+|bien\s+)?(?:présente?s?|représentée?s?)|"
                          r"(?:a|ont)\s+(?:également\s+|aussi\s+)?(?:assisté|pris\s+part)|assistai(?:en)?t|"
                          r"(?:was|were)\s+(?:also\s+)?(?:present|represented)|attended)\b", re.IGNORECASE)

# a sentence whose subject is the pronoun of the CPTS spoken of, joining or following others: "Elles rejoignent la
# CPTS X, signataire depuis 2021", "Elle succède à la CPTS Y", "It joins the X CPTS"
PRONOUN_JOINS_RE = re.compile(
    r"[\s«\"“]*(?:[^,;:.!?\n]{0,60},\s*)?(?:elles?|celles?-ci|it|they)\s+(?:[\w'’]+\s+){0,2}?(?:rejoi\w+|s['’]ajout\w+|succèd\w+|s['’]inspir\w+|"
    r"collabor\w+|s['’]associ\w+|s['’]appui\w+|travaill\w+\s+(?:avec|aux\s+côtés)|joins?|joined|follows?|followed)\b", re.IGNORECASE)

# one among others, said after the name: "La CPTS X figure parmi les signataires", "X is one of the partners"
ONE_AMONG_AFTER_RE = re.compile(r"[^.;:!?\n]{0,30}?\b(?:figur\w*\s+parmi|fai(?:t|sait)\s+partie\s+d|font\s+partie\s+d|"
                                r"compt\w*\s+parmi|is\s+among|are\s+among|is\s+one\s+of)\b", re.IGNORECASE)

# where a clause of its own opens: "..., la CPTS Y le 5 mai", "... et la CPTS Y a signé", "; la CPTS Y ..."
CLAUSE_OPENING_BEFORE_RE = re.compile(
    r"(?:[,;]|\bet|\bpuis|\btandis\s+que|\balors\s+que|\bquant\s+à|\band|\bwhile|\bwhereas)\s*"
    r"(?:(?:la|le|les|l['’]|the)\s*)?$", re.IGNORECASE)

# the opening of a sentence or line before its subject: an article, after a fronted phrase and its comma
ARTICLE_OPENING_RE = re.compile(r"[\W\d]*(?:(?:la|le|les|l['’]|the|cette|notre|our|this)\s*)?", re.IGNORECASE)
# the comma that closes a fronted phrase, and the article of the subject after it
AFTER_FRONTED_RE = re.compile(r"\s*,\s*(?:(?:la|le|les|l['’]|the|cette|notre|our|this)\s*)?", re.IGNORECASE)

# a fronted participle: "Créée en 2019, la CPTS X ...", "Installée à Rocheval, la CPTS X ..."
PARTICIPLE_FRONTED_RE = re.compile(r"\W*[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|ie?s?|ue?s?|ed)\b[^,;:.!?\n]{0,50}")

# a year in brackets or a date of birth after a name: an item of an inventory ("la CPTS X (2019), la CPTS Y (2021)")
DATED_ITEM_AFTER_RE = re.compile(
    r"\s*(?:\([^()\n]{0,30}\b(?:19|20)\d\d\)|,\s*(?:créée?|fondée?|née|lancée?|created|founded)\s+en\s+(?:19|20)\d\d)",
    re.IGNORECASE)

# an office on its board: "membre du bureau de la CPTS X" (a member alone is not)
BOARD_BEFORE_RE = re.compile(r"\bmembres?\s+du\s+(?:bureau|conseil\s+d['’]administration|CA)\s+(?:de\s+la|of\s+the)\s*$",
                             re.IGNORECASE)

# "la CPTS", "cette CPTS", "notre CPTS": the one CPTS spoken of without its name
THE_CPTS_BEFORE_RE = re.compile(r"\b(?:la|cette|notre|sa|the|this|our|its)\s+(?:(?:nouvelle|jeune|future|new)\s+)?$",
                                re.IGNORECASE)

# a fronted naming participle: "Baptisée CPTS du Val Fleuri, elle ..."
NAMING_FRONTED_RE = re.compile(r"\W*(?:(?:re)?baptisée|nommée|dénommée|appelée|named|called|renamed)\b[^,;:.!?\n]{0,60}",
                               re.IGNORECASE)

# the pronoun subject after a fronted phrase: "..., elle réunit ..."
PRONOUN_AFTER_FRONTED_RE = re.compile(r"\s*,\s*(?:elle|celle-ci|it)\b", re.IGNORECASE)

# "l'association" alone, the CPTS's own voice ("l'association des maires" is another body)
THE_ASSOCIATION_RE = re.compile(rf"\b(?:l['’]|cette\s+|notre\s+)association\b{NO_COMPLEMENT}", re.IGNORECASE)

# a sentence that opens on another body: "La fédération regroupe 38 CPTS."
OTHER_BODY_OPENING_RE = re.compile(rf"[\s«\"“]*(?:(?:la|le|les|l['’]|cette|ce|the|this)\s*)?{OTHER_BODY.pattern}",
                                   re.IGNORECASE)
# a sentence that opens on a masculine pronoun, never a CPTS's: "Il engage quatorze partenaires : ..., la CPTS X."
MASCULINE_OPENING_RE = re.compile(r"[\s«\"“]*Ils?\b")

# a credit line: "© CPTS X", "Crédit photo : CPTS X", "Source : la CPTS X"
CREDIT_BEFORE_RE = re.compile(r"[ \t]*(?:©|\(c\)|cr[ée]dits?(?:\s+photos?)?\s*:|photos?\s*:|sources?\s*:|illustrations?\s*:)"
                              r"\s*(?:(?:la|the)\s+)?", re.IGNORECASE)


# "La CPTS X est l'un des signataires", "... fait partie des partenaires": one of the many that take part in what the
# text is about, not its subject
ONE_OF_MANY_AFTER_RE = re.compile(
    r"\s*,?\s+(?:est|était|sera|figure|fait\s+partie|is|was)\s+(?:l['’]une?\s+des|des|parmi\s+les|one\s+of\s+the|among\s+the)"
    r"\s+(?:\w+\s+)?(?:partenaires|signataires|acteurs|financeurs|participants|soutiens|partners|signatories)\b",
    re.IGNORECASE)

# a fronted adverbial before the sentence's first comma: "Le 12 mai 2022", "En 2021", "Hier", "Ce jeudi matin"
FRONTED_RE = re.compile(
    r"\W*(?:(?:(?:le|ce|cette)\s+)?(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|semaine|mois)"
    r"[^,;:.!?\n]{0,40}|(?:en|dans|depuis|dès|lors|après|avant|in|since|after|before|on)\b[^,;:.!?\n]{0,40}|hier|"
    r"aujourd['’]hui|\w+ment|"
    # a connective that goes on with a list of CPTS: "Enfin, la CPTS X ...", "De son côté, la CPTS Y ..."
    r"enfin|ensuite|puis|aussi|ainsi|de\s+plus|par\s+ailleurs|d['’]autre\s+part|de\s+son\s+côté|pour\s+sa\s+part|"
    r"finally|also|then|meanwhile|likewise)\s*", re.IGNORECASE)
# the events of a CPTS's own life, as `event_cues` names their kinds
CPTS_EVENTS = ("launch", "aci_signature")
# a CPTS's own page speaks in the first person ("Notre CPTS couvre ...", "Nos voisines : ..."), at least this often
OWN_VOICE, OWN_VOICE_TIMES = re.compile(r"\b(?:[Nn]otre|[Nn]os|[Nn]ous|[Oo]ur|[Ww]e)\b"), 2
# a sentence naming more CPTS than this is a run of names (each its own); OWN_REACH: the words around one of them
NAMED_IN_A_SENTENCE, OWN_REACH = 40, 200  # mentions; characters
