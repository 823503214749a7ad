"""What the gazetteer and the word lists say about a word: how frequent it is, whether it is a
place name, and how a word or name cut by a hyphen at a line end joins again.

Readers (PDF line joining) and the repair rules both ask these questions, so they live here,
below every stage.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .folding import strip_marks
from .frequencies import zipf_frequency

APOS = "'’"
LOWER = "a-zàâäéèêëîïôöûùüçœæ"
UPPER = "A-ZÀÂÄÉÈÊËÎÏÔÖÛÙÜÇŒÆ"


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang)


def accentless(name: str) -> str:
    """Lower case, accents and typographic apostrophes removed: "Côte-d’Or" -> "cote-d'or"."""
    return strip_marks(name).lower().replace("’", "'")


def is_place_name(word: str) -> bool:
    """Whether `word`, accents aside, is the name of a commune or a department, or a capitalised
    word of an intercommunality's name."""
    return accentless(word) in place_names()


@lru_cache(maxsize=1)
def place_names() -> dict[str, set[str]]:
    """Accentless lower-case form -> official spellings, for every commune and department name
    and every capitalised word of an intercommunality's name."""
    gaz = gazetteer.load()
    names = [c.name for c in gaz.communes()] + list(gaz.departments().values())
    names += [word for e in gaz.epcis() for word in re.findall(rf"[{UPPER}][{LOWER}]{{2,}}", e.name)]
    spellings: dict[str, set[str]] = {}
    for name in names:
        spellings.setdefault(accentless(name), set()).add(name)
        if "œ" in name or "æ" in name:  # also as typed without the ligature: "Chamboeuf"
            spellings.setdefault(accentless(name).replace("œ", "oe").replace("æ", "ae"), set()).add(name)
    return spellings


# --- words cut at a line end --------------------------------------------------------------

LETTER = rf"[{LOWER}{UPPER}]"
NAME_CHAIN_LEFT = re.compile(rf"(?:{LETTER}+[-{APOS}])*{LETTER}+$")
NAME_CHAIN_RIGHT = re.compile(rf"{LETTER}+(?:[-{APOS}]{LETTER}+)*")
# "pré- et post-natal": a suspended hyphen, the next word does not end this one.
NOT_A_WORD_END = {"et", "ou", "and", "or"}


def is_known_place(name: str) -> bool:
    gaz = gazetteer.load()
    return bool(gaz.candidates(name)) or gaz.find_department(name) is not None


def hyphen_joint(left: str, right: str, lang: str) -> str | None:
    """How a hyphenated chain cut at a line end joins the chain after it: "-" (a known place
    keeps its hyphen), "" (a word cut in two), or None when neither is known.
    `left` and `right` are the chains without the cut hyphen: "Venarey-lès", "Laumes"."""
    first_right = re.split(rf"[-{APOS}]", right, maxsplit=1)[0]
    if first_right.lower() in NOT_A_WORD_END:
        return None
    if is_known_place(f"{left}-{right}"):
        return "-"
    if is_known_place(left + right):
        return ""
    last_left = re.split(rf"[-{APOS}]", left)[-1]
    languages = tuple(dict.fromkeys([lang, "fr", "en"]))
    joined = max(zipf((last_left + first_right).lower(), lg) for lg in languages)
    hyphenated = max(zipf(f"{last_left}-{first_right}".lower(), lg) for lg in languages)
    if joined > 0 and joined > hyphenated and first_right[:1].islower():
        return ""
    return None  # wordfreq splits at hyphens: "Santé-de" would count as known


# "au", "du": "Le"; "aux", "des": "Les": the article a preposition holds before a place name
ARTICLE_OF_PREPOSITION = {"au": "Le ", "du": "Le ", "aux": "Les ", "des": "Les "}
CONTRACTED_ARTICLE = re.compile(r"(du|au|des|aux)\s+(?=[A-ZÀ-Ý])")


def uncontracted(name: str) -> str:
    """"au Juch", "du Juch": Le Juch; "aux Moutiers": Les Moutiers (the name after "et", "à")."""
    article = CONTRACTED_ARTICLE.match(name)
    if not article:
        return name
    return ARTICLE_OF_PREPOSITION[article.group(1)] + name[article.end():]
