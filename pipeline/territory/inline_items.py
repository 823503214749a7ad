"""Where the rest of a perimeter sentence parts into areas and communes: at commas,
semicolons, colons, slashes and "+", and at an "et"/"and" that opens a new area, not the "et"
inside a name ("communauté de communes Norge et Tille", "Ille et Vilaine", "quarante et une")."""
from __future__ import annotations

import re

from ..facts.number_words import NUMBER_PHRASE
from ..facts.place_names import EPCI_PHRASE
from ..model import Span
from ..reference import gazetteer
from .commune_lists import SUR_SLASH
from .list_cues import BODY_CLAUSE, BODY_VERBS
from .items import (AND_NEW_AREA, EPCI_WORDS, HAMLET, NAME_AFTER_AND, NAME_BEFORE_AND, PLURAL_AREAS_BEFORE, epci_just_before,
                    inside_epci_phrase, inside_name_typed_after, stripped)
from .statements import slash_before_area

# "il s'agit du secteur de garde « A » qui couvre B, C et D": what follows is that body's area
ANOTHER_BODYS_AREA = re.compile(rf"{BODY_CLAUSE}(?:{BODY_VERBS})\b", re.IGNORECASE)
INSIDE_NUMBER = re.compile(r".*\b(?:vingt|trente|quarante|cinquante|soixante)\s+et\s+(?:une?|onze)\b.*", re.DOTALL | re.IGNORECASE)


def inline_items(text: str, span: Span, departments: list[str]) -> list[Span]:
    """Top-level pieces of a sentence: split at commas, semicolons, colons and at "et"/"and"
    that start a new area (not the "et" inside "Norge et Tille")."""
    text = text
    items, depth, start = [], 0, span.start
    for i in range(span.start, span.end):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")"
        thousands = ch == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()  # "35,000"
        # "une partie de la communauté X : A, B et C": a colon after an area introduces its communes
        members_follow = ch == ":" and epci_just_before(text, start, i)
        slash = slash_before_area(text, i) or ch == "/" and not inside_epci_phrase(text, i) \
            and not SUR_SLASH.match(text, i)  # "Royan / Meschers", not "Sablé s/ Sarthe"
        plus = ch == "+" and text[i - 1:i] == " "  # "CC X + CC Y"
        if depth == 0 and not thousands and not members_follow and (
                ch in ",;:" or slash or plus or _new_area_after_and(text, i, departments)):
            items.append(Span(start, i))
            start = i
    items.append(Span(start, span.end))
    items = [stripped(text, Span(s.start + (1 if text[s.start] in ",;:/+" else 0), s.end)) for s in items]
    expanded = []
    for item in items:
        inner = _inside_department_parentheses(text, item) or _inside_plural_area_parentheses(text, item)
        expanded += inline_items(text, inner, departments) if inner else [item]
    return [s for s in expanded if re.search(r"[A-ZÀ-Ý]", text[s.start:s.end])]

def _inside_department_parentheses(text: str, item: Span) -> Span | None:
    """"37 000 habitants en Côte-d'Or (pays X et Y)": the areas are inside the parentheses."""
    m = re.search(r"(?:en|in|dans\s+l['’]|de\s+la|du)\s*([A-ZÀ-Ý][^()]*?)\s*\(([^()]*)\)\s*$", text[item.start:item.end])
    if m and gazetteer.load().find_department(m.group(1)) and not inside_epci_phrase(text, item.start + m.start(1)):
        # (not "la CC Causses et Vallée de la Dordogne (Cauvaldor)": the department's name is the area's)
        return Span(item.start + m.start(2), item.start + m.end(2))
    return None

# "trois communautés de communes (Pays de Stenay et du Val Dunois, Pays de Montmédy, Damvillers Spincourt)"
PLURAL_AREAS_THEN_NAMES = re.compile(rf"(?:(?:les\s+)?(?:\d+|{NUMBER_PHRASE})\s+)?(?:communautés\s+(?:de\s+communes|d['’]agglomération)"
                                     r"|intercommunalités|EPCI|communities\s+of\s+communes)\s*\(([^()]*[A-ZÀ-Ý][^()]*)\)\s*$", re.IGNORECASE)


def _inside_plural_area_parentheses(text: str, item: Span) -> Span | None:
    """"trois communautés de communes (A, B, C)": the areas are inside the parentheses."""
    m = PLURAL_AREAS_THEN_NAMES.match(text, item.start, item.end)
    return Span(m.start(1), m.end(1)) if m else None


def _inside_epci_name(text: str, i: int, departments: list[str]) -> bool:
    """"la CC du Val et du Mont": the "et" is inside the name of the EPCI the phrase links to."""
    for phrase in EPCI_PHRASE.finditer(text, max(0, i - 80), min(len(text), i + 80)):
        if phrase.start() < i < phrase.end():
            epci = gazetteer.load().find_epci(phrase.group(), departments)
            right = gazetteer.epci_tokens(text[i:phrase.end()])
            return bool(epci and right and right <= gazetteer.epci_tokens(epci.name))
    return False

def _new_area_after_and(text: str, i: int, departments: list[str]) -> bool:
    if not text[i:i + 1].isspace():
        return False  # what follows must open with a space: asked at every character
    m = AND_NEW_AREA.match(text[i:i + 40])
    if not m or inside_name_typed_after(text, i) or _inside_epci_name(text, i, departments) or _joins_an_untyped_epci_name(text, i, m, departments):
        return False
    if INSIDE_NUMBER.fullmatch(text, max(0, i - 12), min(len(text), i + 8)):
        return False  # "quarante et une communes": one number
    if PLURAL_AREAS_BEFORE.search(text, max(0, i - 60), i):
        return False  # "les cantons de A et de B": the second is a canton too, not a commune
    around = re.search(r"([A-ZÀ-Ý][\w'’-]*)\s*$", text[max(0, i - 30):i])
    after = re.match(r"[A-ZÀ-Ý][\w'’-]*", text[i + m.end():i + m.end() + 30])
    if around and after and gazetteer.load().find_department(f"{around.group(1)} et {after.group()}"):
        return False  # "Ille et Vilaine": a department's name written without hyphens
    left = re.split(r"[,;:]", text[max(0, i - 60):i])[-1]  # the piece "et" stands in
    if re.match(HAMLET, left.strip(), re.IGNORECASE):
        return False  # "les hameaux de X et de Y": both hamlets, one piece
    right = text[i + m.end():i + m.end() + 30]
    # "communauté de communes Norge et Tille": a capitalised word joined to a typed name
    if EPCI_WORDS.search(left) and re.match(r"[A-ZÀ-Ý]", right) and not left.rstrip().endswith(")"):
        return _whole_epci_name_before(text, i, departments)
    return True

def _joins_an_untyped_epci_name(text: str, i: int, joiner: re.Match, departments: list[str]) -> bool:
    """"couvre Arve et Salève et Faucigny-Glières", "les CC X, Cluses-Arve et Montagnes": the
    words either side of "et" are together the whole name of an intercommunality of the
    departments (two communes' names are not)."""
    left = NAME_BEFORE_AND.search(text, max(0, i - 40), i)
    right = NAME_AFTER_AND.match(text, i + joiner.end())
    if not left or not right or gazetteer.load().candidates(left.group()) and gazetteer.load().candidates(right.group()):
        return _joins_a_name_in_small_letters(text, i, joiner, departments)
    return _whole_epci_name(f"{left.group()} et {right.group()}", departments)


def _joins_a_name_in_small_letters(text: str, i: int, joiner: re.Match, departments: list[str]) -> bool:
    """"couvre Coutances mer et bocage": an intercommunality's whole name as its brand writes it, in small letters
    after its first word."""
    left = LOOSE_NAME_BEFORE_AND.search(text, max(0, i - 40), i)
    words = LOOSE_WORDS_AFTER_AND.match(text, i + joiner.end())
    if not left or not words or left.group().islower() or not re.search(r"[a-zà-ÿ]", left.group() + words.group()):
        return False
    right = words.group().split()
    return any(_whole_epci_name(f"{left.group()} et {' '.join(right[:n])}", departments) for n in range(1, len(right) + 1)
               if gazetteer.epci_tokens(" ".join(right[:n])))  # a word of the name on each side of "et"


LOOSE_NAME_BEFORE_AND = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}$")
LOOSE_WORDS_AFTER_AND = re.compile(r"[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}")


def _whole_epci_name(name: str, departments: list[str]) -> bool:
    epci = gazetteer.load().find_epci_named_alone(name, departments)
    return bool(epci) and gazetteer.epci_tokens(name) == gazetteer.epci_tokens(epci.name.split("(")[0])

def _whole_epci_name_before(text: str, i: int, departments: list[str]) -> bool:
    """"la CC du Haut Val et Annecy": the typed name before "et" is already the whole name of
    an EPCI, so what follows is another place."""
    for phrase in EPCI_PHRASE.finditer(text, max(0, i - 80), i):
        if phrase.end() == i:
            epci = gazetteer.load().find_epci(phrase.group(), departments)
            return bool(epci) and gazetteer.epci_tokens(phrase.group()) == gazetteer.epci_tokens(epci.name)
    return False


BETWEEN_PLACES = re.compile(r"\s*(?:(?:à\s+mi-chemin|à\s+(?:égale\s+)?distance|halfway)\s+)?(?:entre|between)\s(?!autres)",
                            re.IGNORECASE)
PLACES_BETWEEN_REACH = 3  # items after "entre A" before its "et B": "à mi-chemin entre Rodez, Albi et Millau"
AND_PLACE = re.compile(r"\s*(?:et|and)\s", re.IGNORECASE)
AND_WORD = re.compile(r"\s(?:et|and)\s", re.IGNORECASE)


def without_places_between(text: str, items: list[Span]) -> list[Span]:
    """The items less the places a territory lies between: "..., entre Châteauroux et la Brenne", "..., à mi-chemin
    entre A, B et C" (after a comma; "se répartit entre la CC X et la CC Y" names its parts)."""
    kept, between = [], 0  # between: how many more items may still be places the territory lies between
    for item in items:
        if BETWEEN_PLACES.match(text, item.start, item.end) and text[:item.start].rstrip().endswith(","):
            between = 0 if AND_WORD.search(text, item.start, item.end) else PLACES_BETWEEN_REACH  # "entre A et B" whole
        elif between:
            between = 0 if AND_PLACE.match(text, item.start, item.end) else between - 1
        else:
            kept.append(item)
    return kept


def before_another_bodys_area(text: str, items: list[Span]) -> list[Span]:
    """The items before the first that names another body covering something: from there on,
    the places are that body's."""
    for index, item in enumerate(items):
        if ANOTHER_BODYS_AREA.search(text, item.start, item.end):
            return items[:index]
    return items
