"""The words of a health project's validation: the project named ("projet de santé"), taken up later ("Le projet a été
validé le 3 juin"), or the community's own project validated by its funders; the event is the validation, never the
drafting, nor the signature of a contract made on the basis of the project.
"""
from __future__ import annotations

import re

from .contract_cues import CONTRACT, NAMED_FUNDER, STRONG_ACI, TAKEN_UP_REACH


_I = re.IGNORECASE
SIGN_WORD = re.compile(r"sign", _I)
# "projet de santé", "projet territorial de santé", "health project"
HEALTH_PROJECT_WORDS = r"\bprojets?\s+(?:(?:territorial|territoriaux|commun|partagé|global)\s+)?de\s+santé\b|\bhealth\s+projects?\b"
HEALTH_PROJECT = re.compile(HEALTH_PROJECT_WORDS, _I)
# "... son projet de santé. Le projet a été validé par l'ARS le 3 juin": the project named a few lines before
PROJECT_TAKEN_UP = re.compile(r"\b(?:le|ce|son|leur|the|this|its)\s+projet\b(?!\s+(?:\w+\s+)?d[eu']|\s+d['’])", _I)
# the community's own project, without "de santé": "son projet", "le projet de la CPTS" (not "son projet d'extension")
OWN_PROJECT = re.compile(r"\b(?:son|leur|its|their)\s+projet\b(?!\s+(?:\w+\s+)?d[eu'’]|\s+d['’])"
                         r"|\ble\s+projet\s+(?:de\s+la|du|de\s+notre)\s+(?:CPTS|communauté)\b|\bthe\s+(?:CPTS|community)['’]s\s+project\b", _I)
# a health project dates an event once validated (or signed), not while it is being written ("le faire valider": to come)
VALIDATED = re.compile(r"\bvalid(?!er\b)\w*|\blabellis\w*|\bsign\w*|\bavis\s+(?:favorable|positif)|\bfeu\s+vert|\bapprouv\w*|\bapprobation\b"
                       r"|\bagréé\w*|\bagrément\b|\badopt\w*|\baval\b|\bretenue?\b|\baccepté\w*|\bdonn\w*\s+son\s+accord\b"
                       r"|\bfavou?rable\s+opinion|\bapprov\w*|\bendorsed\b|\baccepted\b|\bgreen\s+light\b", _I)
# a validation still awaited: "En attendant le feu vert officiel, ce projet a été présenté ..."
AWAITED_BEFORE = re.compile(r"\b(?:en\s+attendant|dans\s+l['’]attente\s+d[eu]|avant|attend\w*|espèr\w*|pending|awaiting|before)"
                            r"\s+(?:\w+\s+){0,2}\Z", _I)
# a new item of a list or a timeline ("\n- 2021 : signature ..."): another event's words
ITEM_BREAK = re.compile(r"\n[ \t]*(?:[-•*–·▪►]|\d)")


def validations_beyond_the_name(text: str, start: int, end: int) -> list[re.Match]:
    """The validation words of a sentence that does not name the health project: one taken up from the sentences
    before, else the community's own project validated by its funders."""
    return _project_taken_up(text, start, end) or _community_project_validated(text, start, end)


def _project_taken_up(text: str, start: int, end: int) -> list[re.Match]:
    """"Le projet a été validé le 3 juin" after a sentence that named the health project: its validation."""
    cues = []
    for m in PROJECT_TAKEN_UP.finditer(text, start, end):
        if HEALTH_PROJECT.search(text, max(0, start - TAKEN_UP_REACH), start):
            validated = validation_of(text, m, start, end)
            if validated is not None:
                cues.append(validated)
    return cues


def _community_project_validated(text: str, start: int, end: int) -> list[re.Match]:
    """"Le projet de la CPTS a été validé par l'ARS et l'Assurance Maladie le 6 février 2020", "son projet validé par
    l'ARS": the community's own project validated by its funders is its health project."""
    if not NAMED_FUNDER.search(text, start, end):
        return []
    cues = []
    for m in OWN_PROJECT.finditer(text, start, end):
        validated = validation_of(text, m, start, end)
        if validated is not None and not SIGN_WORD.match(validated.group()):
            cues.append(validated)
    return cues


# "La lettre d'intention avait été validée ..., ce qui a permis de lancer le projet de santé": another document's validation
OTHER_DOCUMENT_BEFORE = re.compile(r"\b(?:lettres?\s+d['’]\s*intention|letters?\s+of\s+intent|statuts|statutes)\b[^.;,()\n]{0,30}\Z",
                                   re.IGNORECASE)


def validation_of(text: str, m: re.Match, start: int, end: int) -> re.Match | None:
    """The word of a health project's validation nearest to it in its sentence: the event is
    the validation, so "déposé en janvier, validé en mars" is dated by March."""
    found = [v for v in VALIDATED.finditer(text, start, end)
             if not ITEM_BREAK.search(text, min(v.end(), m.end()), max(v.start(), m.start()))
             and not _signs_a_contract(text, v, m) and not AWAITED_BEFORE.search(text, max(start, v.start() - 30), v.start())
             and not (v.start() < m.start() and OTHER_DOCUMENT_BEFORE.search(text, max(start, v.start() - 50), v.start()))]
    return min(found, key=lambda v: abs(v.start() - m.start())) if found else None


def _signs_a_contract(text: str, word: re.Match, project: re.Match) -> bool:
    """"a signé l'ACI le 12 mars sur la base de son projet de santé": the signature is the contract's."""
    if not SIGN_WORD.match(word.group()):
        return False
    window = text[max(0, word.start() - 30):word.end() + 30]
    return bool(STRONG_ACI.search(window) or CONTRACT.search(window)) and not project.start() - 40 < word.start() < project.end() + 40


# A letter of intent sent, and one accepted: "dépôt de la lettre d'intention", "la lettre, validée le 3 avril"
LETTER_SENT = re.compile(r"\b(?:dép[ôo]t|déposée?s?|envoi|envoyée?s?|transmise?s?|adressée?s?|submitted|sent)\b", _I)
LETTER_ACCEPTED = re.compile(r"\b(?:validée?s?|validation|approuvée?s?|acceptée?s?|retenue?s?|avis\s+favorable|feu\s+vert"
                             r"|approved|accepted)\b", _I)
LETTER_WORD_REACH = 60  # characters on each side of a date, within its line or clause


def accepted_letters(text: str, facts: list) -> list:
    """The dates of a letter of intent: those of its acceptance over those of its sending, when the text dates both
    ("12/02/2020 : dépôt de la lettre d'intention ; 03/04/2020 : lettre validée"); the word nearest a date tells."""
    told = [(fact, _nearest_letter_word(text, fact.span)) for fact in facts]
    if not any(word == "accepted" for _, word in told):
        return facts
    return [fact for fact, word in told if word != "sent"]


def _nearest_letter_word(text: str, span) -> str | None:
    before_start = max(text.rfind("\n", 0, span.start), text.rfind(";", 0, span.start), span.start - LETTER_WORD_REACH) + 1
    after_end = min(i for i in (text.find("\n", span.end), text.find(";", span.end), span.end + LETTER_WORD_REACH) if i >= 0)
    words = [(min(abs(span.start - m.end()), abs(m.start() - span.end)), kind)
             for kind, pattern in (("sent", LETTER_SENT), ("accepted", LETTER_ACCEPTED))
             for window in ((before_start, span.start), (span.end, after_end)) for m in pattern.finditer(text, *window)]
    return min(words)[1] if words else None
