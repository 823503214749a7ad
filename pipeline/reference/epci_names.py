"""How intercommunality names are written: their distinctive words (type words and articles
set aside), the initials they are shortened to, the type a name says, and a word a letter
away from one of theirs (a scan's misreading)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .folding import fold, one_edit_apart

if TYPE_CHECKING:
    from .gazetteer import Epci

# Type words (French and English) and articles: dropped from both the query and the official name
EPCI_NOISE = frozenset((
    "communaute communautes commune communes agglomeration urbaine metropole metropolis "
    "community municipalities urban cc ca cu cdc cda com comcom intercom intercommunalite intercommunalites intercommunality intercommunalities epci agglo greater "
    "metropolitan area interco cnes comm inter intermunicipal intermunicipality municipality "
    "de du des d la le l les et en sur sous a au aux lez the of and"
).split())
# Common acronyms of other bodies that an EPCI's initials may spell ("CCAS": centre communal
# d'action sociale, not the CC A... S...)
NOT_EPCI_ACRONYMS = frozenset("ccas cias msp esp pta dac sas cls cds ars cpam urps ght chu had ssiad ehpad ide pdsa ptsm cpts".split())
EPCI_KIND_HINTS = (
    ("communaute de communes", "CC"), ("communaute de commune", "CC"), ("community of communes", "CC"),
    ("community of municipalities", "CC"), ("communaute d agglomeration", "CA"),
    ("agglomeration community", "CA"), ("communaute urbaine", "CU"), ("urban community", "CU"),
    ("metropole", "METRO"), ("metropolis", "METRO"),
)
EPCI_TYPE_BEFORE = re.compile(
    r"^(?:la\s+|l['’])?(?:communauté\s+(?:de\s+communes?|d['’]agglomération|urbaine)|métropole|agglomération|"
    r"CC|CA|CU)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?", re.IGNORECASE)
EPCI_TYPE_AFTER = re.compile(r"\s+(?:communauté|agglomération|agglo|métropole)$", re.IGNORECASE)
DOTTED_TYPE = re.compile(r"\bC\.\s?(?:d\.\s?)?([CAU])\.|\bC([CAU])\.(?=\s)")  # "C.C. du Val", "C.d.C. X", "CC. Y": read as "CC"
HYPHENATED_TOWN = re.compile(r"\b([^\W\d_]+)(?:-[^\W\d_]+)+")
# A type word or "Grand" glued to the name as a brand writes it: "TernoisCom", "GrandAngoulême"
GLUED_WORD = re.compile(r"(?<=[a-zà-ÿ])(?=(?:Com|Agglo)\b)|(?<=\bGrand)(?=[A-ZÀ-Ý][a-zà-ÿ])")
SHORT_KINDS = {"cc": "CC", "ca": "CA", "cu": "CU", "cdc": "CC", "cda": "CA", "comcom": "CC"}



def epci_tokens(name: str) -> frozenset[str]:
    """The distinctive words of an intercommunality name, type words and articles removed."""
    name = GLUED_WORD.sub(" ", name.replace("&", " et "))
    return frozenset(word for word in fold(name).split() if word not in EPCI_NOISE)


def epci_initials(epci: Epci) -> set[str]:
    """Short names an EPCI may be given from the initials of its distinctive words: "CC du Val
    de Saône" as "ccvs" or "vsc" ("Val de Saône Communauté"), "CA Porte de l'Isère" as "capi", "macs"."""
    name = re.sub(r"\([^)]*\)", " ", epci.name)
    # a hyphenated town name may give one initial: "CU Le Creusot Montceau-les-Mines" is the "CUCM"
    whole_towns = HYPHENATED_TOWN.sub(lambda m: m.group(1), name)
    forms: set[str] = set()
    for variant in {name, whole_towns}:
        forms |= _initial_forms(variant, epci.kind.lower()[:2])
    return forms


def _initial_forms(name: str, kind: str) -> set[str]:
    words = [word for word in fold(name).split() if word not in EPCI_NOISE]
    initials = "".join(word[0] for word in words if not word.isdigit())
    forms = {kind + initials, initials + ("a" if kind == "ca" else "c")} | ({initials} if len(initials) >= 3 else set())
    forms |= {"m" + initials} if kind == "me" else set()  # "la MEL": Métropole Européenne de Lille
    return {form for form in forms if len(initials) >= 2 and form not in NOT_EPCI_ACRONYMS}


def epci_kind_hint(name: str) -> str | None:
    folded = f" {fold(name)} "
    for phrase, kind in EPCI_KIND_HINTS:
        if f" {phrase} " in folded:
            return kind
    words = folded.split()
    return next((SHORT_KINDS[word] for word in words if word in SHORT_KINDS), None)


def one_close_word(word: str, words: frozenset[str]) -> str | None:
    """The one word of `words` a letter away from `word`, or with its "rn" read as "m" ("amay")."""
    close = [other for other in words if len(other) >= 4 and one_edit_apart(word, other)]
    close += [variant for variant in (word[:i] + "rn" + word[i + 1:] for i, ch in enumerate(word) if ch == "m")
              if variant in words]
    return close[0] if len(set(close)) == 1 else None
