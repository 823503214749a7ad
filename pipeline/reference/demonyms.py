"""The adjectives of departments and towns ("vosgien", "haut-savoyard", "Béthunois") and the towns a name alone
designates: what a CPTS's name or a text's places say of its department."""
from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .frequencies import zipf_frequency

NAME_PLACE_MIN_POPULATION = 5000  # small communes share their names with common words and hamlets


TOWN_DEMONYM_ENDINGS = ("aises", "oises", "aines", "iennes", "aise", "oise", "aine", "ienne",
                        "ais", "ois", "ain", "ien")


def town_of_demonym(word: str):
    """The town a people's name is built on: "Agenais" (Agen), "Béthunois" (Béthune),
    "Rennais" (Rennes), "Lyonnais" (Lyon); the stem with an e, es or s, or its doubled
    consonant single."""
    form = gazetteer.fold(word)
    ending = next((e for e in TOWN_DEMONYM_ENDINGS if form.endswith(e)), None)
    stem = form[:-len(ending)] if ending else ""
    if len(stem) < 4 or not word[:1].isupper():
        return None
    stems = (stem, stem[:-1]) if stem[-1] == stem[-2] else (stem,)
    towns = {c for s in stems for suffix in ("", "e", "es", "s") for c in gazetteer.load().candidates(s + suffix)
             if (c.population or 0) >= NAME_PLACE_MIN_POPULATION}
    return towns.pop() if len(towns) == 1 else None


DEMONYM_ENDINGS = ("ien", "ienne", "een", "eenne", "ois", "oise", "ais", "aise")
LONG_STEM_ENDINGS = ("in", "ine")  # "girondin"; on a short stem they make words ("Aube": "aubin")
COMMON_WORD_ZIPF = 4.0  # "gardien" is a word before it is an adjective of the Gard


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """"vosgien", "landais", "girondin", "sarthois": adjectives built on a one-word department name
    (stem without its final e or s, and a usual ending); an adjective two departments share is left out."""
    found: dict[str, set[str]] = {}
    for code, name in gazetteer.load().departments().items():
        folded = gazetteer.fold(name)
        if " " in folded or "-" in folded or len(folded) < 4:
            continue
        for stem in {folded, folded.rstrip("s"), folded.rstrip("s").rstrip("e")}:
            endings = DEMONYM_ENDINGS + (LONG_STEM_ENDINGS if len(stem) >= 5 else ())
            for ending in endings:
                for form in (stem + ending, stem + ending + "s"):
                    found.setdefault(form, set()).add(code)
    return {form: codes.pop() for form, codes in found.items() if len(codes) == 1}


# Adjectives not built on the department's name as it is written ("costarmoricain", "isarien")
IRREGULAR_DEMONYMS = {
    "aindinois": "01", "axonais": "02", "haut-alpin": "05", "maralpin": "06", "aveyronnais": "12",
    "bucco-rhodanien": "13", "périgourdin": "24", "eurélien": "28", "costarmoricain": "22",
    "haut-garonnais": "31", "jurassien": "39", "loir-et-chérien": "41", "altiligérien": "43",
    "loirétain": "45", "lotois": "46", "lot-et-garonnais": "47", "haut-marnais": "52",
    "meurthe-et-mosellan": "54", "morbihannais": "56", "mosellan": "57", "nivernais": "58", "nordiste": "59",
    "isarien": "60", "puydômois": "63", "haut-pyrénéen": "65", "bas-rhinois": "67", "haut-rhinois": "68",
    "haut-saônois": "70", "haut-savoyard": "74", "seinomarin": "76", "seine-et-marnais": "77",
    "deux-sévrien": "79", "samarien": "80", "tarn-et-garonnais": "82", "varois": "83",
    "haut-viennois": "87", "icaunais": "89", "terrifortain": "90", "altoséquanais": "92",
    "séquano-dionysien": "93", "val-de-marnais": "94", "val-d'oisien": "95", "réunionnais": "974",
    "mahorais": "976",
}


@lru_cache(maxsize=1)
def _irregular_demonyms() -> dict[str, str]:
    """Each adjective of IRREGULAR_DEMONYMS in its four forms, folded: "haut-savoyardes"."""
    found = {}
    for adjective, code in IRREGULAR_DEMONYMS.items():
        feminine = adjective + ("ne" if adjective.endswith(("ien", "éen")) else "e")
        for form in (adjective, adjective + "s", feminine, feminine + "s"):
            found[gazetteer.fold(form)] = code
    return found


def department_of_adjective(word: str) -> str | None:
    form = gazetteer.fold(word)
    if form in _irregular_demonyms():
        return _irregular_demonyms()[form]
    code = _demonyms().get(form)
    return code if code and zipf_frequency(form, "fr") < COMMON_WORD_ZIPF else None


def only_commune(name: str):
    """The one commune of that name in France, when the name is no word of the language."""
    communes = gazetteer.load().candidates(name)
    if len(communes) != 1 or zipf_frequency(gazetteer.fold(name), "fr") >= RARE_WORD_ZIPF:
        return None
    return communes[0]


RARE_WORD_ZIPF = 2.5


def towns_joined(name: str):
    """"la CPAM de Lille-Douai", "Roubaix-Tourcoing": towns joined by a hyphen, all in one department (the
    first of them)."""
    towns = [unique_town(part) for part in name.split("-")]
    if len(towns) < 2 or not all(towns) or len({t.department for t in towns}) != 1:
        return None
    return towns[0]


def unique_town(name: str):
    """The one town of that name (communes of under 5,000 inhabitants left aside: small ones share
    their names with common words, hamlets and larger homonyms)."""
    if len(name) < 4 or not re.search(r"[A-ZÀ-Þ]", name):
        return None
    towns = [c for c in gazetteer.load().candidates(name) if (c.population or 0) >= NAME_PLACE_MIN_POPULATION]
    return towns[0] if len(towns) == 1 else None
