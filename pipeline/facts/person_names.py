"""People's names in a text: a run of capitalised words ("Jean Dupont", "le Dr Anne Durand",
"J.-P. Martin") that spaCy reads as a person, or that a title or a surname in capitals vouches
for; not a body ("Pôle Santé Nord") or a place."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Span
from ..reference import gazetteer
from .context import Context
from .first_names import is_known_first_name
from .place_names import is_department_name

UP, LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"


# --- people's names -----------------------------------------------------------------------
TITLE = (r"(?:(?:[Ll]es?|[Ll]a|the)\s+)?(?:[Dd]re?s?\.?|[Dd]octeurs|[Dd]octeure?|[Dd]octoresse|[Pp]re?\.?|"
         r"[Pp]rofesseure?|[Pp]rof\.|Mme\.?|Madame|Mlle\.?|Mademoiselle|M\.|Monsieur|Mr\.?|Mrs\.?|Ms\.?|"
         r"Doctor|Professor|Nurse|Pharmacist|Midwife|GP)\s+")  # English writes the profession as a title
# the Breton "c'h" inside a name: "Créac'h", "Le Bec'h"
NAME_WORD = rf"(?:[{UP}](?:['’][{UP}])?[{LOW}]+(?:(?<=c)['’]h[{LOW}]*)?|[{UP}]{{2,}})(?:-(?:[{UP}][{LOW}]+|[{UP}]{{2,}}))*"
PARTICLE = r"(?:(?:de(?:\s+la)?|du|des|van|von|der|di|da|ben|el)\s+|d['’])"
INITIAL = rf"(?:[{UP}]\.(?:-[{UP}]\.)?[ \u00a0]?)"  # "J. Dupont", "J.-P. Durand" (not a credit's "I.R." over a name)
# a name may follow an elided "de": "entourée d'Anne Durand"
NAME_RE = re.compile(
    rf"(?:(?<![\w'’-])|(?<=\b[dD]['’]))(?P<title>{TITLE})?"
    # "de l'" only after a first name ("Anne de l'Espinay"; "Julie Perrin de l'ARS" names her body)
    # (words a tab or three spaces apart stand in two columns: "Dr Claire Vuillermoz      Thomas Bourgeois")
    rf"(?P<name>{INITIAL}?{NAME_WORD}(?:[^\S\n]+de\s+l['’]{NAME_WORD})?(?:[ \u00a0]{{1,2}}{PARTICLE}?{NAME_WORD}){{0,3}})"
    rf"(?![\w'’-])")
# The rest of a name on the next line, where a paragraph wraps inside it ("le Dr Latifa\nMiqyass")
NAME_ON_NEXT_LINE = re.compile(rf"[^\S\n]*\n[^\S\n]*(?:{PARTICLE}?{NAME_WORD}(?:[^\S\n]+{PARTICLE}?{NAME_WORD})?)(?![\w'’-])")
WRAPPED_LINE = 50  # characters: a line this long that ends inside a name was wrapped, not a label or heading
WRAPPED_SHARE = 0.8  # of the text's usual line: a line in a narrow column is wrapped at this length
MIN_PROSE_LINE = 30  # characters: shorter lines are headings, labels and list items
# a run of capitals holding one of these is a body or a place, not a person: "Pôle Santé Nord"
ORGANISATION_WORDS = {
    "cpts", "ars", "cpam", "urps", "msp", "chu", "ch", "ehpad", "ccas", "ght", "sas", "cnam", "ordre", "santé",
    "pôle", "maison", "centre", "hôpital", "clinique", "association", "communauté", "agence", "conseil", "ville",
    "mairie", "région", "département", "health", "hospital", "council", "agency",
    "agglomération", "agglo", "métropole", "publique", "pays", "territoire", "collectif", "réseau", "fédération",
}
PARTICLES = {"le", "la", "de", "du", "des", "van", "von", "der", "di", "da", "ben", "el"}
# words that may start a run of capitals without being part of the name: "Selon Jean Dupont"
NOT_NAME_WORDS = ORGANISATION_WORDS | {
    "selon", "pour", "par", "avec", "et", "mais", "le", "la", "les", "un", "une", "de", "du", "des", "en", "au",
    "à", "a", "ce", "cette", "son", "sa", "ses", "dans", "sur", "chez", "ainsi", "enfin", "depuis", "lors",
    "the", "and", "for", "with", "by", "according", "its", "their", "our", "but", "as", "an", "mr", "dr",
    "communauté", "association", "agence", "maison", "centre", "hôpital", "santé", "président", "présidente",
    "directeur", "directrice", "coordinateur", "coordinatrice", "docteur", "madame", "mademoiselle", "monsieur",
    # the next label of a list of offices: "Vice-présidente : Anne Roux\nTrésorier : Paul Morel"
    "vice-président", "vice-présidente", "trésorier", "trésorière", "secrétaire", "coordonnateur", "coordonnatrice",
    "membres", "membre",
    # an office on the line under a name: "Coordinatrice : Julie Perrin\nChargée de mission : ..."
    "chargé", "chargée", "chef", "cheffe", "animateur", "animatrice", "référent", "référente", "administrateur",
    "administratrice", "médiateur", "médiatrice", "responsable", "fondateur", "fondatrice", "initiateur", "initiatrice",
    "porteur", "porteuse", "représentant", "représentante", "assistant", "assistante", "coprésident", "coprésidente",
    "co-président", "co-présidente",
}

# capitalised words that open a sentence before "d'" and a name: "Autour d'Anne Durand, présidente, ..."
ELIDED_LEAD = {"autour", "auprès", "près", "lors", "hors", "face", "loin", "entourée", "entouré", "accompagnée",
               "accompagné", "suivie", "suivi"}


@dataclass
class Name:
    span: Span
    title: str


def names_in(ctx: Context, offset: int, window: str) -> list[Name]:
    return [n for m in NAME_RE.finditer(window) if (n := as_name(ctx, m, offset)) is not None]


def as_name(ctx: Context, m: re.Match, offset: int = 0, cued: bool = False) -> Name | None:
    """A regex match as a person's name, trimmed of leading common words; None if not a person."""
    title = m.group("title") or ""
    start, end = offset + m.start("name"), offset + m.end("name")
    rest = NAME_ON_NEXT_LINE.match(ctx.text, end)
    if rest and _wrapped(ctx.text, ctx.text.index("\n", end)):
        end = rest.end()
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    while words and words[0].group().lower().strip("'’") in NOT_NAME_WORDS:
        words.pop(0)
    # "Autour d'Anne Durand", "Interview d'Anne Durand": the name after the elided "de" (a first name after it tells)
    skip = 0
    if len(words) > 2 and re.match(r"[dD]['’][A-ZÀ-Ý]", words[1].group()) and (
            words[0].group().lower() in ELIDED_LEAD or is_known_first_name(words[1].group()[2:])):
        words.pop(0)
        skip = 2
    words = _trimmed_to_person(ctx, start, words)
    cut = next((i for i, w in enumerate(words) if i and w.group().lower() in NOT_NAME_WORDS - PARTICLES), None)
    if cut is not None:  # "Marc Durand Président du conseil", "Anne Roux de la CPTS"
        words = words[:cut]
        while len(words) > 1 and words[-1].group().lower() in PARTICLES:
            words.pop()
        end = start + words[-1].end()
    if not words or any(w.group().lower() in ORGANISATION_WORDS for w in words):
        return None
    start = start + words[0].start() + skip
    span = Span(start, end)
    if len(words) == 1 and not title:
        return None
    if ctx.inside_name(span.start) or ctx.inside_name(span.end - 1):
        return None
    if not _vouched_for(ctx, span, title, cued and 2 <= len(words) <= 3):
        return None
    return Name(span, title)


def _wrapped(text: str, newline: int) -> bool:
    """Whether the line ending at `newline` is a paragraph's line wrapped at the page's width
    (or at a column's, narrower: measured against the text's usual line)."""
    length = newline - (text.rfind("\n", 0, newline) + 1)
    return length >= min(WRAPPED_LINE, WRAPPED_SHARE * _usual_line_length(text))


@lru_cache(maxsize=4)
def _usual_line_length(text: str) -> float:
    """The median length of the text's lines of some length (not its headings' and labels')."""
    lengths = sorted(len(line) for line in text.split("\n") if len(line) >= MIN_PROSE_LINE)
    return lengths[len(lengths) // 2] if lengths else WRAPPED_LINE


def _trimmed_to_person(ctx: Context, start: int, words: list[re.Match]) -> list[re.Match]:
    """ "Explique Anne Durand": the words before the person spaCy found are left out ("ROUX Anne" stays whole)."""
    if SURNAME_FIRST.fullmatch(" ".join(w.group() for w in words)):
        return words
    for i, word in enumerate(words[1:], 1):
        at = start + word.start()
        if any(p.start == at for p in ctx.persons) and \
                not any(p.start <= start + w.start() < p.end for p in ctx.persons for w in words[:i]):
            return words[i:]
    return words


def _vouched_for(ctx: Context, span: Span, title: str, cued: bool = False) -> bool:
    """spaCy reads it as a person, a title comes before it, or it is "Jean DUPONT"; not a place. Right
    after an English verb of office ("chaired by Jane Doe", which the French model misses), two or three
    capitalised words are a person too."""
    text = ctx.text[span.start:span.end]
    if title or re.match(INITIAL + r"\S", text):
        return True  # "le Dr Grimaud": a surname that is also a commune's name
    if gazetteer.load().candidates(text) or is_department_name(text):
        return False
    if re.fullmatch(rf"[{UP}][{LOW}].*\s[{UP}]{{3,}}(?:-[{UP}]+)?", text) or cued:
        return True
    if _first_name_then_surname(text):
        return True
    return any(p.start <= span.start < p.end or span.start <= p.start < span.end for p in ctx.persons)


SURNAME_FIRST = re.compile(rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})*\s+(?P<first>[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?)")


def _first_name_then_surname(text: str) -> bool:
    """A listed first name and one or two more words ("Anne Roux", "Jean-Marc Le Goff"), or a surname in capitals
    before it ("ROUX Anne"): a person, where spaCy may miss one in a list or a table."""
    words = text.split()
    surname_first = SURNAME_FIRST.fullmatch(text)
    if surname_first:
        return is_known_first_name(surname_first.group("first"))
    return 2 <= len(words) <= 3 and is_known_first_name(words[0])
