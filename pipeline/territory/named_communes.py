"""A covering verb whose whole object is one or a few commune names: "Elle couvre A et B",
"intervient sur le territoire de C", "couvre la ville de D et ses environs", "rassemble les
professionnels de E et F". Two names or more give a perimeter; one alone is where the territory
lies (a CPTS covers a town and the country around it), unless the sentence calls it the commune
the CPTS covers ("couvre la commune de G")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from ..facts.context import Context
from ..model import Span
from ..reference import gazetteer
from .commune_lists import MORE_PLACES, SURROUNDING
from .commune_parts import NAME_JOINS
from ..reference.words import uncontracted
from .statements import AROUND, GATHERS, LIMITED_TO, PRESENCE, SCALE, SERVES, document_departments

if TYPE_CHECKING:
    from .parser import Parser


# Verbs whose object is the territory itself, and the words between them and the communes named
COVERING_VERB = re.compile(rf"{AROUND}|{GATHERS}|{SCALE}|(?:re)?couvr\w*|correspond\w*|englob\w*|dessert|desservent|desservant|concern\w*|regroup\w*|rassembl\w*|compren\w*|s['’]étend\w*|intervien\w*|"
                           rf"rayonn\w*|agi(?:t|ra)|{PRESENCE}|embrass(?:e|ent|ant)|s['’]étir\w*|à\s+cheval\s+sur|"
                           r"sur\s+le\s+territoire\s+(?:de|d['’])|covers?|covering|spans?|spanning|encompass\w*|serves?|serving|comprises?|comprising|includ(?:es?|ing)|"
                           r"made\s+up\s+of|composed\s+of|consists?\s+of|across|"
                           rf"{LIMITED_TO}|{SERVES}|(?:est|is)\s+(?:celui|that)\s+(?:de|d['’]|of)", re.IGNORECASE)
# "de A"; "des Rousses", "du Bugue": the article the preposition took in stays with the name
OF_NAME = r"(?:de\b|d['’]|of\b|(?=(?:du|des)\s))\s*"
BEFORE_NAMES = re.compile(
    r"\s*(?:(?:depuis|since)\s+(?:(?:le\s+)?\d{1,2}(?:er)?\s+)?(?:[a-zéû]+\s+)?\d{4}\s*,?\s*)?"  # "couvre depuis 2021 A et B"
    # "s'étend désormais à A"; "couvre aussi B": more than the names, the perimeter is not complete
    # "couvre notamment A et B": some of the communes, the perimeter is not complete either
    r"(?:(?:désormais|dorénavant|aujourd['’]hui|maintenant|déjà|à\s+terme|now|already|"
    r"(?P<more>également|aussi|also|notamment|entre\s+autres|en\s+particulier|among\s+others|including))\s+)?"
    # "ne concerne pas seulement A", "not only A": A is in the territory, which goes beyond it
    r"(?P<beyond>pas\s+(?:seulement|uniquement|que|qu['’])\s*|not\s+only\s+|not\s+just\s+)?"
    rf"(?:{SCALE}\s*|sur\s+|on\s+|in\s+|à\s+|dans\s+|to\s+)?"
    # "(patients in) the Douarnenez area": the town's name before the noun (AFTER_NAMES reads the noun)
    r"(?:(?:(?:patients|residents|people|inhabitants)\s+(?:in|of|from)\s+)?the\s+(?=(?-i:[A-ZÀ-Ý])[^.;,]*?\s(?:area|sector|region|basin)\b)|"
    rf"(?:le\s+|les\s+|the\s+)?(?:territoires?|territor(?:y|ies))\s+{OF_NAME}|"
    # "la commune de A", "toute la ville de A", "uniquement A", "la totalité de A": the whole town is the perimeter
    r"(?P<town>(?:(?:toute|l['’]ensemble\s+de|la\s+totalité\s+de|l['’]intégralité\s+de|the\s+whole\s+of|all\s+of)\s+)?"
    rf"(?:la|the)\s+(?:seule\s+)?(?:commune|ville|municipality|town)\s+{OF_NAME}|"
    r"(?:uniquement|seulement|exclusivement|only|(?:la\s+totalité|l['’]intégralité)\s+(?:de|d['’]))\s*)|"
    rf"(?:les|the)\s+(?:communes|villes|municipalities|towns)\s+{OF_NAME}|"
    rf"(?:(?:les|the)\s+)?(?:\d[\d\s\u00a0\u202f.]*\s)?(?:habitants|inhabitants|residents|populations?)\s+{OF_NAME}|"
    # "le secteur de A", "les bassins de vie de A et de B": the land around the towns, no perimeter
    r"(?P<around>(?:(?:tout|toute|tous|toutes)\s+)?(?:(?:le|la|les|the|aux?|du|des)\s+|l['’])(?:(?:anciens?|anciennes?|former)\s+)?(?:sous-territoires?|secteurs?|bassins?(?:\s+de\s+vie)?|zones?|"
    rf"régions?|cantons?|environs|area)\s+{OF_NAME}|l['’]ensemble\s+(?:du|des)\s+(?:secteurs?|cantons?)\s+(?:de|d['’])\s*|"
    r"(?:un\s+(?:territoire|rayon|périmètre)\s+(?:de\s+)?)?(?:\d+\s+(?:communes|villages|km|kilomètres)\s+)?"
    r"(?:(?:situées\s+)?autour\s+(?:de|d['’])\s*|"
    # "autour de deux pôles : A et B": the main towns of the territory
    r"(?:deux|trois|quatre|\d+)\s+(?:pôles|villes|bourgs)(?:[- ]centres?|\s+urbains|\s+principa(?:les|ux))?\s*:\s*))|"
    # "une partie de la ville de A": the commune in part, its perimeter not complete
    r"(?P<part>(?:une\s+partie|une\s+portion|certains\s+quartiers)\s+(?:de\s+la\s+(?:ville|commune)\s+)?(?:de|d['’])\s*)|"
    r"(?P<people>(?:(?:les|des)\s+)?(?:professionnels|soignants|acteurs|praticiens|médecins)(?:\s+de\s+santé)?"
    r"(?:\s+(?:libéraux|libérales|de\s+ville))?\s+"  # "les professionnels de santé libéraux de la ville de A"
    # "les professionnels de santé exerçant sur A et B": where they work
    r"(?:(?:des\s+secteurs|du\s+secteur|des\s+cantons|du\s+canton|du\s+territoire|du\s+bassin)\s+)?"
    r"(?:(?:exerçant|installée?s|travaillant)\s+(?:sur|à|dans)\s+|de\s+|d['’]\s*)(?:la\s+(?:ville|commune)\s+(?:de\s+|d['’]\s*))?|"
    r"(?:the\s+)?(?:health\s*(?:care)?\s+)?(?:professionals|practitioners|carers)\s+(?:from|of|in)\s+))?", re.IGNORECASE)
AFTER_NAMES = re.compile(rf"(?P<part>\s*\((?:quartiers?|secteurs?|partie)\b[^()]*\))?"  # "A (quartiers nord)"
                         r"(?P<area>\s+(?:area|sector|region|basin))?"  # "the Douarnenez area": the land around the town
                         r"(?P<among>\s+(?:parmi|among)\s+[^.;]*?)?"  # "compte A et B parmi ses communes": some of them
                         rf"(?:\s*,?\s+(?:et|and)\s+(?:de\s+|d['’])?(?:{SURROUNDING}))?"
                         # "A et B ainsi qu'une dizaine de villages": more places than the names
                         rf"(?P<more>\s*,?\s+(?:(?:et|and|ainsi\s+que|as\s+well\s+as)\s+|ainsi\s+qu['’]\s*)(?:{MORE_PLACES}))?"
                         r"[\s.…;!]*$", re.IGNORECASE)
CLAUSE_AFTER_NAMES = re.compile(r",\s+(?!(?:et|and|ainsi|as|de|du|des|d['’]|à|au|aux|en|dans(?!\s+le\s+(?:but|cadre|souci)\b)|in|soit)\b)(?=[a-zà-ÿ])")  # not ", dans le Nord"; ", dans le but de" is a clause
# A name that opens with its article written small: "A, les Rousses et B"
NAME_START = re.compile(r"(?:(?:les|la|le)\s+|l['’]\s*)?[A-ZÀ-Ý]")
DEPARTMENT_AFTER = re.compile(r",?\s+(?:dans\s+(?:le|la|les)\s+|dans\s+l['’]|en\s+|in\s+(?:the\s+)?)"
                              r"(?P<dep>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)(?:\s+department)?[\s.…;!]*$")
BRACKET_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


def _department_named(gaz: gazetteer.Gazetteer, words: str) -> str | None:
    """"en Sarthe", "dans le Morbihan": the department a piece of a list names."""
    named = IN_DEPARTMENT.fullmatch(words.strip())
    return gaz.find_department(named.group("dep")) if named else None


IN_DEPARTMENT = re.compile(r"(?:en|dans\s+(?:le|la|les)|dans\s+l['’]|in(?:\s+the)?)\s*(?P<dep>[A-ZÀ-Ý][\w'’ -]*)")


def _names_a_commune(gaz: gazetteer.Gazetteer, name: str, departments: list[str], count: int) -> bool:
    """Whether a name links to a commune: in the document's departments, written short ("Sablé"),
    or shared by several departments when others are named beside it (_link_by_neighbours)."""
    return bool(gaz.link_commune(name, departments) or count > 1 and gaz.candidates(name)
                or any(gaz.link_near_spelling(name, department) for department in departments))


MIN_KNOWN_BESIDE_UNKNOWN = 2

class NamedCommunes(NamedTuple):
    span: Span  # where the names stand
    in_passing: bool  # the places of its people ("rassemble les professionnels de E et F"): no perimeter
    part: bool  # only a part of them is covered ("une partie de la ville de G", "G (quartiers nord)")
    whole_town: bool  # "couvre la commune de H": the one commune is the whole perimeter


def communes_named_from(ctx: Context, departments_of, verb: re.Match, start: int, end: int) -> NamedCommunes | None:
    """"Elle couvre A et B", "intervient sur le territoire de C", "couvre la ville de D et ses
    environs": where the communes stand when a covering verb's whole object is one or a few
    commune names, and how they are named."""
    if not COVERING_VERB.fullmatch(verb.group()):
        return None
    lead = BEFORE_NAMES.match(ctx.text, start, end)
    clause = _clause_after_names(ctx.text, lead.end(), end)
    end = clause.start() if clause else end  # "qui regroupe A et B, a signé ...": the names end at the comma
    tail = AFTER_NAMES.search(ctx.text, lead.end(), end)
    gaz = gazetteer.load()
    place = DEPARTMENT_AFTER.search(ctx.text, lead.end(), tail.start())  # "A et B, dans le Morbihan"
    names_end = place.start() if place and gaz.find_department(place.group("dep")) else tail.start()
    names = NAME_JOINS.split(ctx.text[lead.end():names_end])
    if not names or len(names) > 6:
        return None
    departments = document_departments(ctx, departments_of)
    names = [BRACKET_AFTER.sub("", name) for name in names]  # "Morez (Jura)", "Morez (39400)"
    named_departments = [_department_named(gaz, name) for name in names]  # "A et B, en Sarthe, ainsi que C"
    departments = sorted(set(departments) | {d for d in named_departments if d})
    names = [uncontracted(name) for name, department in zip(names, named_departments) if not department]
    if any(not NAME_START.match(name) or gaz.find_department(name) for name in names):
        return None
    unknown = [name for name in names if not _names_a_commune(gaz, name, departments, len(names))]
    if unknown and (len(unknown) > 1 or len(names) - len(unknown) < MIN_KNOWN_BESIDE_UNKNOWN):
        return None  # one unknown name among several known ones is a commune the gazetteer misses
    around = re.search(r"autour|around", verb.group(), re.IGNORECASE) or tail.group("area")  # the towns it lies around: no perimeter
    part = bool(lead.group("part") or tail.group("part") or lead.group("more") or tail.group("among") or tail.group("more"))
    in_passing = bool(lead.group("people") or lead.group("around") or around or lead.group("beyond"))
    return NamedCommunes(Span(lead.end(), names_end), in_passing, part,
                         bool(lead.group("town")) and len(names) == 1 and tail.end() - tail.start() <= SENTENCE_END_REACH)


def _clause_after_names(text: str, start: int, end: int) -> re.Match | None:
    """The comma that opens a clause after the names ("qui regroupe A et B, a signé ..."), not
    one before a commune whose article is written small ("A, les Rousses et B")."""
    for clause in CLAUSE_AFTER_NAMES.finditer(text, start, end):
        name = NAME_JOINS.split(re.match(r"[^,;.]*", text[clause.end():end]).group())[0]
        if not (NAME_START.match(name) and gazetteer.load().candidates(name.strip())):
            return clause
    return None


SENTENCE_END_REACH = 3  # characters after the name: a full stop, no "et ses environs"


def parse_named_communes(parser: "Parser", statement: Span, named: NamedCommunes) -> None:
    """Communes a covering verb names. One commune alone is where the territory lies, not all of
    it (a CPTS covers a town and the country around it): a territory commune, no perimeter;
    unless the sentence calls it the commune or town it covers ("couvre la ville de A")."""
    names, in_passing, part, whole_town = named
    territory = parser.territory
    if in_passing:  # "les cantons de A et d'B": the names alone, whatever the pieces of the sentence read
        refs, _ = parser._communes_in(names, None)
        territory.attached.extend(ref for ref in refs if ref.commune)
        return
    before = len(territory.loose)
    parser.parse_inline(Span(statement.start, names.end), names.start)
    if part and not in_passing:  # "une partie d'A": A is in the perimeter, which is not complete
        territory.loose_open_ended = True
        return
    if re.search(SURROUNDING, parser.text[names.end:statement.end], re.IGNORECASE):
        territory.loose_open_ended = True  # "les villes de A et B et 20 villages alentour"
    added = territory.loose[before:]
    if len(added) == 1 and not whole_town or in_passing:
        del territory.loose[before:]
        territory.attached.extend(added)
