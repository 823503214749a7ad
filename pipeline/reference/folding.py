"""Place names folded for comparison: case, accents, ligatures, punctuation and "St"/"Ste"
set aside (and "Mt", "s/" spelt "Mont", "sur"), so that every spelling of a name meets its
official one under one key."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence



# --- name normalisation --------------------------------------------------------------------

_LIGATURES = (("œ", "oe"), ("æ", "ae"), ("ß", "ss"))
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NON_ALNUM = re.compile(r"[^a-z0-9\n]+")  # newlines kept: they separate names in fold_many
_SAINT = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes", "mt": "mont"}
_SAINT_ABBREVIATION = re.compile(r"\b(?:st|ste|sts|stes|mt)\b")
_SUR_ABBREVIATION = re.compile(r"(?<![a-z0-9])s/")  # "Sablé s/ Sarthe", "Bar-s/-Seine"
# Words whose presence or absence should not stop a match ("Montceau-Echarnant")
_CONNECTORS = "et en sur sous les lez le la l de du des d au aux a".split()
_CONNECTORS_AND_SPACES = re.compile(r"\b(?:%s)\b| " % "|".join(_CONNECTORS))


def _fold_text(text: str) -> str:
    """The character-level part of fold(); works on many newline-separated names at once."""
    text = text.lower()
    if not text.isascii():
        for ligature, letters in _LIGATURES:  # str.replace: far faster than str.translate here
            text = text.replace(ligature, letters)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if "/" in text:
        text = _SUR_ABBREVIATION.sub(" sur ", text)
    text = _NON_ALNUM.sub(" ", text)
    return _SAINT_ABBREVIATION.sub(lambda match: _SAINT[match.group()], text)


def strip_marks(text: str) -> str:
    """The text without accents and cedillas, each letter kept in place: "Côte-d’Or" -> "Cote-d’Or"."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)  # a batch folds the same place names from document to document
def fold(name: str) -> str:
    """Lower case, no accents (œ→oe, æ→ae), every punctuation mark and whitespace run turned
    into one space, St/Ste/Sts/Stes spelt out, stripped: "St-Julien-d’Ars" -> "saint julien d ars"."""
    return " ".join(_fold_text(name).split())


def fold_many(names: Sequence[str]) -> list[str]:
    """[fold(name) for name in names], in a few passes over one string (names hold no newline)."""
    return [" ".join(line.split()) for line in _fold_text("\n".join(names)).split("\n")]


def loose_key(folded: str) -> str:
    """A looser key: connectors dropped and words glued ("montceau et echarnant" -> "montceauecharnant")."""
    return _CONNECTORS_AND_SPACES.sub("", folded)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter inserted, dropped or changed turns `a` into `b`."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]
