"""Find department names in running text ("en Côte-d'Or", "de l'Yonne", "Côte-d'Orienne"), and
the pattern of an intercommunality named by its type (`EPCI_PHRASE`).

Department names come from the gazetteer; the pattern tolerates missing accents, spaces
around hyphens and curly apostrophes, and demonym endings. Short names that are also common
words ("Nord", "Somme", "Cher") must be capitalised; region names that contain a department
name ("Pays de la Loire") are skipped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..reference import gazetteer
from ..model import Span
from ..reference.regex_start import quick_start
from .patterns import matches_in

ACCENTS = {"a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç"}
DEMONYM = r"(?:iennes?|iens?|aises?|ais|oises?|ois|ines?|ins?|anes?|ans?|aines?|ains?)?"
# "Val de Loire", "Pays de la Loire", "le long de la Loire", "les bords de Marne": a region or a river
NOT_DEPARTMENT_BEFORE = re.compile(r"(?:Val\s+de|Pays\s+de\s+la|Centre-Val\s+de|Val-de|Pays\s+de|(?-i:C(?:œ|oe)ur|Portes?|Terres?)\s+de|"
                                   r"le\s+long\s+(?:de\s+la|de\s+l['’]|du)|"
                                   r"(?:bords?|rives?|berges?|estuaire|embouchure)\s+(?:de\s+la|de\s+l['’]|du|de|d['’])|fleuve|rivière)\s*$",
                                   re.IGNORECASE)
# "les quartiers Nord", "le secteur Nord": a point of the compass, not the department; so is the north of a
# place or the title of a paper ("les Vosges du Nord", "La Voix du Nord", "Nord Éclair")
COMPASS_BEFORE = re.compile(r"\b(?:quartiers?|secteurs?|parties?|zones?|côtés?|versants?|rives?|districts?)\s*$|"
                            r"\b(?!(?:Département|Préfecture|Conseil|Région)\b)(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)\s+du\s*$|"
                            # "le dispositif d'appui à la coordination (DAC) Nord": a body's sector
                            r"(?-i:\b(?!CPAM\b|ARS\b)[A-Z]{2,6})\)?[ \t]*\Z",
                            re.IGNORECASE)
# ... as is "Nord" in a place's name of several capitalised words ("Cap Nord", "Nord Basse-Terre", "Nord Isère")
# ("le Nord-Finistère", "Nord-Isère": the north of another department)
# (and "le Nord meusien", "le nord-aveyronnais": the north of the place its adjective names)
NOT_NORD_AFTER = re.compile(r"[\s\-]+(?:Éclair|Eclair|Littoral|Matin)\b|[ \t]+[A-ZÀ-Þ][a-zà-ÿ]|-[A-ZÀ-Þ]"
                            r"|[ \t-][a-zà-ÿ]{3,}(?:ien|ienne|ais|aise|ois|oise|ain|aine|in|ine)s?\b")
NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;,]\s)\b(?!(?:Département|Préfecture|Conseil|Région|CPAM|ARS|Le|La|Les|Du|De)\b)"
                              r"[A-ZÀ-Þ][a-zà-ÿ]+[ \t]+\Z")
# "la région Rhône Alpes": a former region's name, not the department
REGION_AFTER = {"Rhône": re.compile(r"[ \t-]+Alpes\b")}


# "la C.C. du Val", "la CC. X", "la C.A. Y", "la C.d.C. Z", "la Com. Com. W": the type's initials written with points
DOTTED_EPCI_TYPE = r"\bC\.\s?(?:d\.\s?)?[CAU]\.|\bC[CAU]\.(?=\s)|\bCom\.\s?Com\."
# "la CC X et la CC Y": a name goes on over "et" but not into the next intercommunality's type
NAME_WORDS = (r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:et|and|&|/|-|–|—)\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’]|en|sur|au|aux|entre|côté|à\s+l['’]|à)?"
              r"\s*(?!(?:CC|CA|CU|CdC|CdA)\b|" + DOTTED_EPCI_TYPE + r"|(?:Communauté|Métropole)\s+(?:de|d['’]|du|des|urbaine)\b|Agglo(?:mération)?\s+(?:et|and|&)\s)[A-ZÀ-Ý][\w'’-]*){0,9}")  # bounded: a run of capitalised words is not searched to its end from every word
# A name in quotation marks, commas and all: "« Monts, Lacs et Vallons »"
QUOTED_NAME = r"«[^»\n]{2,80}»|“[^”\n]{2,80}”|\"[^\"\n]{2,80}\""
# An intercommunality named by its type ("la communauté de communes du Créonnais",
# "Lorient Agglomération", "the Cœur de Garonne community of communes").
EPCI_PHRASE = quick_start(re.compile(
    r"(?:(?i:communauté\s+de\s+communes?|communauté\s+d['’]agglomération|communauté\s+urbaine|métropole|"
    r"\bcomm?\.\s+de\s+com(?:munes|\.)|communauté\s+de\s+(?:cnes|com\.)|\binterco\b|\bintercom\b|\bcom[\s'’-]{0,2}com\b|"  # "Comm. de communes", "l'interco"
    rf"community\s+of\s+(?:communes|municipalities)(?:\s+of)?|intercommunalité)|\b(?:CC|CA|CU|CdC|CdA|Com\s?Com|EPCI)\b|{DOTTED_EPCI_TYPE}|Intercom\b|"
    r"\b(?:Agglo(?:mération)?|agglo)(?=\s+(?:du|de|des|d['’])\s*[A-ZÀ-Ý]))"  # "l'Agglomération du Grand X", "l'agglo de Y", not "l'agglomération de"
    r"\s+(?:(?:de\s+la|du|des|de\s+l['’]|de|d['’]|the)\s*)?"
    rf"(?:{QUOTED_NAME}|[«“\"]?\s*{NAME_WORDS}[»”\"]?)"
    # "La Communauté d'Agglomération du X" is a type first, not a name "La" typed "Communauté"
    rf"|(?!(?:La|Le|Les|L['’])\s*(?i:communauté|métropole)\b)[«“\"]?{NAME_WORDS}[»”\"]?\s+"
    # "Territoire\nCommunauté de communes X": a type word that opens the next name ends no name
    r"(?:Agglomération|Agglo|agglomération|agglo\b|Communauté(?!\s+(?i:de\s+communes|d['’]\s*agglo|urbaine))|Intercom|Métropole|métropole|"
    r"[Cc]ommunit(?:y|ies)\s+of\s+(?:[Cc]ommunes|[Mm]unicipalities)|[Uu]rban\s+[Cc]ommunity|[Aa]gglomeration(?:\s+[Cc]ommunity)?|"
    r"[Ii]ntercommunality|[Ii]nter-?municipal(?:ity|\s+[Cc]ommunity)|[Mm]etropolis|[Mm]etropolitan\s+[Aa]rea)"
    rf"|\bGreater\s+{NAME_WORDS}"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:Com|Agglo)\b"))  # a type word glued to the name as a brand writes it: "TernoisCom"


# "de l'île", "on the island": the department, where one island is one department (not Corsica, two of them)
ISLAND_DEPARTMENTS = {"971", "972", "974", "976"}
THE_ISLAND = re.compile(r"\s*(?:\b(?:de|sur|dans)\s+l['’]\s*île|\b(?:of|on)\s+the\s+island)\b", re.IGNORECASE)


# English names of overseas departments that do not contain the French one
ENGLISH_NAMES = {"Reunion Island": "974", "French Guiana": "973"}


@dataclass(frozen=True)
class DepartmentMention:
    span: Span
    code: str


def _letters_pattern(name: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", name):
        if unicodedata.category(ch) == "Mn":
            continue
        low = ch.lower()
        if low in ACCENTS:
            chars = ACCENTS[low] + ACCENTS[low].upper()
            out.append(f"[{chars}]")
        elif ch in "-' ":
            out.append(r"[\s\-'’]*")
        else:
            out.append(re.escape(ch) if not ch.isalpha() else f"[{ch.lower()}{ch.upper()}]")
    return "".join(out)


@lru_cache(maxsize=1)
def _department_regex() -> tuple[re.Pattern, dict[str, str]]:
    names = gazetteer.load().departments()
    by_folded = {gazetteer.fold(name): code for code, name in names.items()}
    by_folded.update((gazetteer.fold(name), code) for name, code in ENGLISH_NAMES.items())
    alternatives = sorted([*names.values(), *ENGLISH_NAMES], key=len, reverse=True)
    # "Seine-et-Marnais", "Girondins": a demonym drops the name's final e
    pattern = "|".join(_letters_pattern(n[:-1]) + "[eE]?" if n.endswith("e") else _letters_pattern(n)
                       for n in alternatives)
    # Only a capitalised name counts (find_departments): the look-ahead spares the engine
    # trying a hundred names at every lower-case word.
    # "le sud-Sarthe": after a point of the compass, a hyphen does not join the name to another
    compass = "|".join(rf"(?<={w}-)" for w in ("[Nn]ord", "[Ss]ud", "[Ee]st", "[Oo]uest"))
    return re.compile(rf"(?=[A-ZÀ-Þ])(?:(?<![\w\-])|{compass})(?:{pattern}){DEMONYM}(?![\w\-])"), by_folded


def find_departments(text: str, exclude: list[Span] = ()) -> list[DepartmentMention]:
    regex, by_folded = _department_regex()
    found = []
    for m in regex.finditer(text):
        if not m.group()[0].isupper():
            continue
        if any(s.start <= m.start() < s.end for s in exclude):
            continue
        if NOT_DEPARTMENT_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        if m.group() == "Nord" and (COMPASS_BEFORE.search(text, max(0, m.start() - 20), m.start())
                                    or NOT_NORD_AFTER.match(text, m.end()) or NAME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            continue
        if text[max(0, m.start() - 5):m.start()].lower() == "nord-" and m.group()[:3].lower() == "pas":
            continue  # the former region Nord-Pas-de-Calais
        if m.group() in REGION_AFTER and REGION_AFTER[m.group()].match(text, m.end()):
            continue
        code = _code_of(m.group(), by_folded)
        if code and gazetteer.fold(m.group()) not in by_folded and gazetteer.load().candidates(m.group()):
            continue  # "Aubin" is a commune, not a demonym of the Aube
        if code:
            found.append(DepartmentMention(Span(m.start(), m.end()), code))
    found += [DepartmentMention(Span(m.start(), m.end()), "974") for m in REUNION_WITHOUT_ITS_ARTICLE.finditer(text)
              if not any(d.span.start <= m.start() < d.span.end for d in found)
              and not any(s.start <= m.start() < s.end for s in exclude)]
    return sorted(found + _dashed_pairs(text, exclude), key=lambda d: d.span.start)


def departments_outside_epci_names(text: str, exclude: list[Span] = ()) -> list[DepartmentMention]:
    """`find_departments`, less a department's name that is a word of the whole name of an intercommunality outside
    it: "la communauté de communes Loire Layon Aubance" is in Maine-et-Loire, "la CC Creuse Confluence" in the Creuse."""
    found = find_departments(text, exclude)
    inside = [m for m in matches_in(EPCI_PHRASE, text) if any(m.start() <= d.span.start < m.end() for d in found)]
    named = [(Span(m.start(), m.end()), _epci_departments(m.group())) for m in inside]
    return [d for d in found if not any(span.start <= d.span.start < span.end and departments and d.code not in departments
                                        for span, departments in named)]


def _epci_departments(words: str) -> set[str]:
    """The departments of the intercommunality whose whole name `words` is (two distinctive words or more); else none."""
    gaz, tokens = gazetteer.load(), gazetteer.epci_tokens(words)
    epci = gaz.find_epci(words) if len(tokens) >= 2 else None
    if epci is None or gazetteer.epci_tokens(epci.name.split("(")[0]) != tokens:
        return set()
    return gaz.epci_departments(epci.siren)


# "à la Réunion", "in Réunion": the island, its article small or left out (not "Réunion publique", a heading's meeting)
REUNION_WITHOUT_ITS_ARTICLE = quick_start(re.compile(r"(?:(?<=\bla )|(?<=\b[Ii]n )|(?<=\bof )|(?<=\b[Ee]n )|(?<=\bto ))R[ée]union\b"
                                                     r"(?!\s+(?:de|du|des|d['’]|publique|plénière|annuelle))"))


def _dashed_pairs(text: str, exclude: list[Span]) -> list[DepartmentMention]:
    """"en Drôme-Ardèche", "le territoire Loire-Haute-Loire": two departments joined by a dash, each one."""
    regex, by_folded = _department_pair_regex()
    found = []
    for m in regex.finditer(text):
        if gazetteer.fold(m.group()) in FORMER_REGIONS:
            continue
        for part in ("second",) if m.group("first") == "Nord" else ("first", "second"):  # "Nord-Isère": north of the Isère
            span = Span(m.start(part), m.end(part))
            if not any(s.start <= span.start < s.end for s in exclude):
                found.append(DepartmentMention(span, _code_of(m.group(part), by_folded)))
    return found


FORMER_REGIONS = {gazetteer.fold("Nord-Pas-de-Calais")}  # a region's name made of two departments' names


@lru_cache(maxsize=1)
def _department_pair_regex() -> tuple[re.Pattern, dict[str, str]]:
    names = sorted(gazetteer.load().departments().values(), key=len, reverse=True)
    by_folded = {gazetteer.fold(name): code for code, name in gazetteer.load().departments().items()}
    pattern = "|".join(_letters_pattern(n) for n in names)
    return re.compile(rf"(?=[A-ZÀ-Þ])(?<![\w\-])(?P<first>{pattern})-(?=[A-ZÀ-Þ])(?P<second>{pattern})(?![\w\-])"), \
        by_folded


def _code_of(matched: str, by_folded: dict[str, str]) -> str | None:
    folded = gazetteer.fold(matched)
    while folded:
        for candidate in (folded, folded + "e"):
            if candidate in by_folded:
                return by_folded[candidate]
        folded = folded[:-1].rstrip()  # drop a demonym ending letter by letter
    return None


def is_department_name(name: str) -> bool:
    bare = re.sub(r"^(?:la|le|les|l['’])\s*", "", name.strip(), flags=re.IGNORECASE)
    return gazetteer.load().find_department(bare) is not None
