"""The departments of each CPTS: named where the text says where a CPTS is; else those of the
communes of its territory, of a commune its own name carries, or of the places the text names.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..reference import gazetteer
from ..reference.frequencies import zipf_frequency
from ..facts.name_words import NAME_NOUNS
from ..facts.number_words import NUMBER_PHRASE
from ..facts.place_names import find_departments
from ..facts.context import CODE_LABEL, OTHER_CONTEXT_RE, Context
from ..facts.common import Extraction
from ..model import Span
from ..reference.demonyms import department_of_adjective, town_of_demonym, unique_town
from ..reference.regex_start import quick_start
from .department_places import departments_of_places
from .pays import departments_of_pays
from .elsewhere import in_byline, place_of_an_event

TERRITORY_CUES = quick_start(re.compile(
    r"couvr|concern|territoire|habitants|communes|regroup|s['’]étend|compren|englob|cantons?\b|à\s+cheval|"
    r"cover|area|inhabitants|municipalit|territory|includes|straddl|"
    r"\bentre\s+(?:la\s+|le\s+|l['’])?(?-i:[A-ZÀ-Þ])", re.IGNORECASE))  # "Entre Ain et Jura, la CPTS ..."
CPTS_PRONOUN = re.compile(r"\W*(?:elle|celle-ci|son\s+(?:territoire|périmètre)|it|its\s+(?:territory|area)|"
                          # "La CPTS, qui couvre ...", "Cette CPTS couvre ...": the one in focus, named before
                          r"(?:la|cette|notre|the|this|our)\s+CPTS(?!\s+(?:voisine|limitrophe))|this\s+community)\b", re.IGNORECASE)
CPTS_REFERENCE = re.compile(r"\bCPTS\b|communauté|community", re.IGNORECASE)
# "Pour les communes de l'Ain :", "Jura : Morez, ...": a list of the territory's communes.
ARTICLE = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|in)?\s*"
COMMUNE_LIST_CUES = re.compile(
    rf"(?:communes|municipalities|cantons?)\s+{ARTICLE}(?:[A-ZÀ-Þ][\w'’\-]*\s+(?:et|and)\s+{ARTICLE})?$", re.IGNORECASE)
# A department named after an institution or a profession's body is not where the CPTS lies
# ("la CPAM de la Savoie", "l'Ordre des médecins de l'Ain"); the professionals of a CPTS
# ("regroupe des professionnels (de santé) de l'Ain") are where it lies.
INSTITUTION_BEFORE = re.compile(
    r"(?:médecin|(?<!professionnels\sde\s)santé|ARS|CPAM|Assurance|caisse|hôpital|CHU|hospitalier|SAMU|agence|"
    r"préfe(?:cture|t)|député|sénat|conseil|direction|délégation|insurance|agency|hospital|"
    r"MSA|CAF|URSSAF|mutu\w+|SDIS|GHT|UDAF|université|faculté|university)\w*\s+"
    r"(?:de\s+la|du|de\s+l['’]|de|des|of|in)?\s*$",
    re.IGNORECASE)
DEPARTMENT_WORD_RE = re.compile(r"\b(?:départements?|department)\b", re.IGNORECASE)
# "CPTS du Sud de l'Yonne", "CPTS Nord Isère": a part of a department names the CPTS.
PART_OF_DEPARTMENT_RE = re.compile(
    r"\b(?:Nord|Sud|Est|Ouest|Centre|Cœur|Coeur|Haut|Haute|Bas|Basse|North|South|East|West)(?:-(?:Est|Ouest))?"
    r"\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$")
PART_AFTER_DEPARTMENT_RE = re.compile(r"\s+(?:Nord|Sud|Est|Ouest|Centre|North|South|East|West|"
                                      r"(?:Méridional|Septentrional|Oriental|Occidental)e?)(?:-(?:Est|Ouest))?$")
# "dont 3 en Haute-Garonne", "12 communes dans l'Orne": some of the territory's communes lie there.
COMMUNES_IN_DEPARTMENT_BEFORE = re.compile(
    rf"\b(?:(?:dont|including|of\s+which)\s+(?:\d+|{NUMBER_PHRASE})(?:\s+communes?|\s+municipalities)?|"
    rf"(?:\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities))\s+(?:situées\s+|located\s+)?"
    r"(?:en|dans\s+(?:la|le|les|l['’])|in(?:\s+the)?)\s*\Z", re.IGNORECASE)
# "comme 12 autres CPTS de la région, dont 3 dans la Loire": the count is of communities
OTHER_CPTS_COUNTED = re.compile(rf"\b(?:\d+|{NUMBER_PHRASE})\s+(?:autres\s+|other\s+)?(?:CPTS|communautés|communities)\b")
NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:limites?|limitrophes?|frontières?|frontaliers?|frontalières?|confins|portes|voisins?|voisines?|jouxt\w*|"
    r"border\w*|neighbou?r\w*)\b(?:\s+(?:des?|du|d['’]|de\s+la|de\s+l['’]|avec|the|of|with)\s*)?"
    r"(?:(?:départements?|departments?)\s+(?:des?|du|d['’]|de\s+la|de\s+l['’]|of)?\s*)?"
    r"(?:[A-ZÀ-Þ][\w'’\- ]{2,30}?\s+(?:et|and)\s+(?:des?|du|d['’]|de\s+la|de\s+l['’]|the)?\s*)?\s*\Z")  # "neighbouring Morbihan"
NEIGHBOUR_AFTER = re.compile(r"\s+(?:voisine?s?|limitrophes?)\b", re.IGNORECASE)
# "les CPTS de la Sarthe", "dans la Sarthe", "in the Landes": a department as a place.
IN_DEPARTMENT_BEFORE = re.compile(r"\b(?:de|du|des|d['’]|en|dans\s+(?:la|le|les|l['’])|in(?:\s+the)?|of(?:\s+the)?)\s*$",
                                  re.IGNORECASE)
COORDINATION_RE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[,;]?\s*(?:et|and|&)?\s*(?:la|le|the)?\s*")
# ", et de l'", " et du": a department joined to the one before it
COORDINATED = re.compile(r"\s*[,;\-]?\s*(?:et|and|&|ou|or)?\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’]|the)?\s*",
                         re.IGNORECASE)
# "Départements : Haute-Savoie et Savoie", a key figure's label on a line of its own
DEPARTMENT_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:départements?|departments?)(?:\s+couverts?)?[ \t]*:[ \t]*"
                              r"(?:[^\n,;:]{1,40}(?:,|\bet\b|\band\b)[ \t]*)*$", re.IGNORECASE)


def extract_departments(ctx: Context, result: Extraction) -> None:
    """Departments named where the text says where a CPTS is."""
    text = ctx.text
    institution_end = -1
    for dep in ctx.departments:
        if _after_institution(text, dep) or institution_end >= 0 and COORDINATED.fullmatch(text, institution_end, dep.span.start):
            institution_end = dep.span.end  # "la CPAM de la Savoie et de l'Ain": both the body's
            continue
        if ctx.inside_name(dep.span.start) or _neighbour(text, dep) or in_byline(text, dep.span.start):
            continue
        key = statement_owner(ctx, dep)
        if key is not None and dep.code not in result.cpts[key].departments:
            result.cpts[key].departments.append(dep.code)


def statement_owner(ctx: Context, dep) -> str | None:
    """The CPTS a department mention places: the one named in a sentence about a territory, or
    the subject for a list of its communes ("Pour les communes de l'Ain : ...")."""
    text = ctx.text
    sentence = ctx.sentence_at(dep.span.start)
    words = text[sentence.start:sentence.end]
    if _heads_commune_list(text, dep) or DEPARTMENT_LABEL.search(text, max(0, dep.span.start - 60), dep.span.start):
        return ctx.explicit_target(dep.span) or ctx.focus_at(dep.span.start)
    if TERRITORY_CUES.search(words) and CPTS_REFERENCE.search(words):
        named = _stating_cpts(ctx, dep)
        if named or not CPTS_PRONOUN.match(words):
            return named
    if TERRITORY_CUES.search(words) and CPTS_PRONOUN.match(words):  # "Elle s'étend sur la Sarthe et l'Orne"
        return ctx.focus_at(dep.span.start)
    some = COMMUNES_IN_DEPARTMENT_BEFORE.search(text, max(sentence.start, dep.span.start - 40), dep.span.start)
    if some and not (OTHER_CPTS_COUNTED.search(text, sentence.start, some.start()) and "commun" not in some.group()):
        return ctx.explicit_target(dep.span) or ctx.focus_at(dep.span.start)  # "Il compte 40 communes, dont 3 dans l'Orne"
    labelled = _cpts_on_labelled_line(ctx, dep)
    if labelled:
        return labelled
    if re.match(r"\d", text[dep.span.start]):  # "la CPTS Val Fleuri (45)"
        return ctx.explicit_target(dep.span)
    if _in_brackets_of_departments(ctx, dep):
        return ctx.target_for(dep.span)  # "la CPTS X (Haute-Savoie)", "(Loire / Haute-Loire)": the bracket's owner
    return None


def _in_brackets_of_departments(ctx: Context, dep) -> bool:
    """Brackets that hold departments only, with the words that list them: "(Savoie et Haute-Savoie)"."""
    opening = ctx.text.rfind("(", max(0, dep.span.start - BRACKET_REACH), dep.span.start)
    closing = ctx.text.find(")", dep.span.end, dep.span.end + BRACKET_REACH)
    if opening < 0 or closing < 0:
        return False
    inside = [d.span for d in ctx.departments if opening < d.span.start and d.span.end <= closing]
    starts = [opening + 1] + [s.end for s in inside]
    ends = [s.start for s in inside] + [closing]
    return all(DEPARTMENTS_JOINT.fullmatch(ctx.text, a, b) for a, b in zip(starts, ends))


BRACKET_REACH = 40
# what may stand between departments listed in brackets
DEPARTMENTS_JOINT = re.compile(r"[\s,;/&–—-]*(?:(?:et|and|ou|or)[\s,;/&–—-]*)?", re.IGNORECASE)


def _stating_cpts(ctx: Context, dep) -> str | None:
    """The CPTS a sentence places with a department: the last named before it that is no complement of another
    ("La CPTS X, qui travaille avec la CPTS Y, couvre le sud de l'Ain" places X), else the first named after it."""
    sentence = ctx.sentence_at(dep.span.start)
    before = [(m, k) for m, k in ctx.mentions_in(sentence) if m.span.end <= dep.span.start]
    for mention, key in reversed(before):
        start = mention.listed_at if mention.listed_at is not None else mention.span.start
        if not COMPLEMENT_BEFORE.search(ctx.text, max(sentence.start, start - 30), start):
            return key
    return before[-1][1] if before else ctx.explicit_target(dep.span)


# a CPTS named as the complement of a verb or another's noun: "avec la CPTS Y", "voisine de la CPTS Y", "rejoint Y"
COMPLEMENT_BEFORE = re.compile(r"\b(?:avec|de|du|des|d['’]|à|au|aux|par|pour|comme|après|chez|entre|rejoint|rejoindre|"
                               r"with|of|to|by|like|after|joins)\s+(?:(?:la|le|les|the)\s+|l['’]\s*)?$", re.IGNORECASE)


def _cpts_on_labelled_line(ctx: Context, dep) -> str | None:
    """"Loire : la CPTS X (60 professionnels)": a department labelling its line places the CPTS
    the line names first."""
    text = ctx.text
    line_start = text.rfind("\n", 0, dep.span.start) + 1
    colon = re.match(r"[ \t]*:", text[dep.span.end:])
    if not colon or text[line_start:dep.span.start].strip(" \t-–•*·"):
        return None
    line_end = text.find("\n", dep.span.end)
    named = ctx.mentions_in(Span(dep.span.end, len(text) if line_end < 0 else line_end))
    return named[0][1] if named else None


def _heads_commune_list(text: str, dep) -> bool:
    before = text[max(0, dep.span.start - 40):dep.span.start]
    after = text[dep.span.end:dep.span.end + 40]
    return bool(COMMUNE_LIST_CUES.search(before)
                or re.match(r"\s*:\s*[A-ZÀ-Þ][\w'’\-]+\s*,", after)
                and (dep.span.start == 0 or text[dep.span.start - 1] == "\n"))


def assemble_departments(ctx: Context, extraction: Extraction, territory, key: str) -> list[str]:
    """Departments stated for the CPTS and those of its linked communes; else those of a commune
    its name carries; else, for a subject or the only CPTS the text names, the document's
    department or its places'."""
    found = set(extraction.cpts[key].departments) | _territory_departments(territory) | _rank_departments(extraction, key)
    if not found:
        found = _placed_by_name(ctx, key) or _departments_beside(ctx, key) or _department_of_list_mates(ctx, key)
    if not found and (key in ctx.subjects or len(ctx.cpts) == 1 or _among_department_cpts(ctx, key)):
        among = key not in ctx.subjects and _of_the_department(ctx, key)
        default = _default_department(ctx, key, among) if ctx.default_department else None
        found = {default} if default else set() if ctx.default_department \
            else departments_of_places(ctx.text, extraction, with_pays=key in ctx.subjects)
    return sorted(found)


def _placed_by_name(ctx: Context, key: str) -> set[str]:
    """The departments a CPTS's name gives; for one only mentioned, a town or a pays in its name gives a
    department only when the text names that department too ("CPTS d'Amiens" and "la Somme")."""
    if key in ctx.subjects or len(ctx.cpts) == 1:
        return departments_in_name(ctx, key)
    named = {d.code for d in ctx.departments}
    return departments_in_name(ctx, key, places=False) or departments_in_name(ctx, key) & named


def _default_department(ctx: Context, key: str, among_others: bool = False) -> str | None:
    """The document's department for a CPTS that names none of its own, the neighbours ("la Drôme
    voisine") and the places of other CPTS ("la CPTS Y, en Savoie") left aside; for one of the
    department's CPTS ("les autres CPTS du département"), the places of the others count too."""
    kept = [d for d in ctx.departments if not _neighbour(ctx.text, d)
            and (among_others or not _other_cpts_sentence(ctx, d, key))
            and not place_of_an_event(ctx, d) and not in_byline(ctx.text, d.span.start)]
    if len(kept) == len(ctx.departments):
        return ctx.default_department
    counts = Counter(d.code for d in kept).most_common(2)
    return counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else None


def _other_cpts_sentence(ctx: Context, dep, key: str) -> bool:
    """Whether the sentence of a department names other CPTS and not this one (within the department's line: a
    title "Trois CPTS dans la Vienne" may run into the first CPTS's name on the next line; a department alone on
    its line heads the CPTS after it)."""
    sentence = ctx.sentence_at(dep.span.start)
    line_start = ctx.text.rfind("\n", 0, dep.span.start) + 1
    line_end = ctx.text.find("\n", dep.span.end) % (len(ctx.text) + 1)
    if ctx.text[line_start:dep.span.start].strip() or ctx.text[dep.span.end:line_end].strip(" \t:"):
        sentence = Span(max(sentence.start, line_start), min(sentence.end, line_end))
    named = {k for _, k in ctx.mentions_in(sentence)}
    return bool(named) and key not in named


def _rank_departments(extraction: Extraction, key: str) -> set[str]:
    """"la 6e CPTS créée dans le Finistère": the department a CPTS is ranked in is its own."""
    return {f.extra["department"] for f in extraction.cpts[key].ranks if f.extra.get("department")}


def _among_department_cpts(ctx: Context, key: str) -> bool:
    """A CPTS only mentioned is placed in the document's department when the text speaks of the
    department there ("parachève la couverture du département. La CPTS X ..."), not of neighbours."""
    if _of_the_department(ctx, key):
        return True
    for mention in _chain_of(ctx, key):
        sentence = ctx.sentence_at(mention.span.start)
        previous = ctx.sentence_at(max(0, sentence.start - 2))
        around = ctx.text[previous.start:sentence.end]
        if OTHER_CONTEXT_RE.search(ctx.text[max(sentence.start, mention.span.start - 60):mention.span.start]):
            return False  # "Il jouxte les territoires des CPTS X et Y"
        if DEPARTMENT_WORD_RE.search(around) or any(previous.start <= d.span.start < sentence.end and _as_place(ctx.text, d)
                                                    for d in ctx.departments) \
                or _adjective_of(around, ctx.default_department):
            return True
    return False


def _adjective_of(text: str, department: str | None) -> bool:
    """Whether the text names the department by its adjective ("la population ardennaise", "les Réunionnais")."""
    return department is not None and any(department_of_adjective(word) == department
                                          for word in set(ADJECTIVE_WORD.findall(text)))


ADJECTIVE_WORD = re.compile(r"\b[A-Za-zÀ-ÿ]{4,}(?:-[a-zà-ÿ]{4,})?\b")


def _of_the_department(ctx: Context, key: str) -> bool:
    """"les autres CPTS du département, X et Y", "X et Y, déjà actives dans le département", "Elle regroupe les
    professionnels du sud du département": the sentence names the CPTS as the department's."""
    for mention in _chain_of(ctx, key):
        sentence = ctx.sentence_at(mention.span.start)
        if THE_DEPARTMENTS_CPTS.search(ctx.text, sentence.start, sentence.end):
            return True
    return False


# "les CPTS du département", "actives dans le département", "au sud de ce département" (not "du département voisin")
THE_DEPARTMENTS_CPTS = re.compile(r"\b(?:du|de\s+ce|dans\s+(?:le|ce)|en\s+ce|in\s+the|of\s+the)\s+département\b"
                                  r"(?!\s+(?:voisin|limitrophe|d['’]à\s+côté))", re.IGNORECASE)


def _territory_departments(territory) -> set[str]:
    found: set[str] = set()
    if not territory:
        return found
    found.update(r.commune.department for r in territory.communes() if r.commune)
    for area in territory.areas:
        department = _main_department(area.code) if area.code else None
        if department:
            found.add(department)
    return found


@lru_cache(maxsize=4096)
def _main_department(siren: str) -> str | None:
    """The department most of an EPCI's communes lie in."""
    gaz = gazetteer.load()
    epci = gaz.epci(siren)
    members = Counter(gaz.commune(c).department for c in epci.members if gaz.commune(c)) if epci else Counter()
    return members.most_common(1)[0][0] if members else None


def departments_in_name(ctx: Context, key: str, places: bool = True) -> set[str]:
    """Where the name says the CPTS is: a part of a department ("CPTS du Sud de l'Orne", "CPTS Morbihan
    Est"), a department's adjective ("CPTS du Bocage Vendéen"), or (with `places`) a pays or a town the
    gazetteer knows only one of ("CPTS Vannes Agglomération", "CPTS du pays de Vannes")."""
    entry = next((c for c in ctx.cpts if c.key == key), None)
    if entry is None:
        return set()
    # "CPTS Nord-Isère" is written like "CPTS Nord Isère" (same length, so the spans hold)
    name = re.sub(r"\b(Nord|Sud|Est|Ouest|Centre)-(?=[A-ZÀ-Þ])", r"\1 ", entry.name)
    found = find_departments(name)
    if not found:  # "CPTS de la Haute-Gironde" is read as "Haute Gironde" (not "Haute-Marne", a department of its own)
        name = re.sub(r"\b(Haute?|Basse?)-(?=[A-ZÀ-Þ])", r"\1 ", name)
        found = find_departments(name)
    for dep in found:
        if name[dep.span.start:dep.span.end] == "Nord" and COMPASS_POINT_AFTER.match(name, dep.span.end):
            continue  # "CPTS Sens Nord-Est": a point of the compass, not the Nord
        if PART_OF_DEPARTMENT_RE.search(name[:dep.span.start]) or PART_AFTER_DEPARTMENT_RE.match(name, dep.span.end):
            return {dep.code}
    words = [piece for word in re.findall(r"[\w\-]+", re.sub(r"^CPTS\s+", "", entry.name)) for piece in _town_pieces(word)]
    adjectives = {department_of_adjective(w) for w in words} - {None}
    if len(adjectives) == 1:
        return adjectives  # "CPTS du Bocage Vendéen"
    if not places:
        return set()
    pays = set(departments_of_pays(entry.name))
    if len(pays) == 1:
        return pays  # "CPTS du Cotentin", "CPTS Est-Béarn"
    # "Monts" is a word of the name, not the town; so is "la Couronne" in "CPTS de la Couronne X" (not the town
    # La Couronne), unless it ends the name
    places = [" ".join(words[i:i + size])
              for size in range(1, min(4, len(words)) + 1) for i in range(len(words) - size + 1)
              if not _land_noun_alone(words[i:i + size], ends_name=i + size == len(words))]
    towns = [t for t in map(unique_town, places) if t] or [t for t in map(_town_of_adjective, words) if t]
    if towns:
        return {max(towns, key=lambda t: t.population).department}
    code = CODE_ENDING_NAME.search(entry.name)  # "CPTS Sud 04" (not "CPTS Paris 13": the town came first)
    return {code.group(1)} if code and gazetteer.load().department_name(code.group(1)) else set()


def _land_noun_alone(words: list[str], ends_name: bool) -> bool:
    """"Monts", "la Couronne" before more of the name: a land noun, with its articles only."""
    *before, last = [w.lower() for w in words]
    return last in NAME_NOUNS and (not before or all(w in LAND_ARTICLES for w in before) and not ends_name)


def _town_of_adjective(word: str):
    """The town a name's adjective is built on: "Lyonnais", and in lower case a rare word ("CPTS de l'agglomération
    stéphanoise", "du sud-est lyonnais"; not "la Riviera française", a common word)."""
    if word[:1].isupper():
        return town_of_demonym(word)
    return town_of_demonym(word.capitalize()) if zipf_frequency(word, "fr") < COMMON_ADJECTIVE_ZIPF else None


COMMON_ADJECTIVE_ZIPF = 4.5
LAND_ARTICLES = {"le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’"}


def _town_pieces(word: str) -> list[str]:
    """"Annecy-Rumilly": capitalised towns joined by dashes, read one by one (not "Saint-Dizier", one commune)."""
    pieces = word.split("-")
    if len(pieces) < 2 or not all(p[:1].isupper() for p in pieces) or gazetteer.load().candidates(word):
        return [word]
    return pieces


COMPASS_POINT_AFTER = re.compile(r"\s+(?:Est|Ouest)\b")
CODE_ENDING_NAME = re.compile(r"\s(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$")


def _departments_beside(ctx: Context, key: str) -> set[str]:
    """"Les autres CPTS de Côte-d'Or sont la CPTS X ; la CPTS Y et la CPTS Z": a department named in
    a sentence that names the CPTS, or names the list it is part of."""
    sentences = {ctx.sentence_at(m.span.start) for m in _chain_of(ctx, key)}
    return {d.code for d in ctx.departments for s in sentences
            if s.start <= d.span.start < s.end and not _after_institution(ctx.text, d)
            and _as_place(ctx.text, d) and (not (apposed := _apposed_to(ctx, d)) or key in apposed)} | {
        d.code for d in ctx.departments if CODE_BRACKET_BEFORE.search(ctx.text, max(0, d.span.start - 12), d.span.start)
        and key in _apposed_to(ctx, d)}  # "la CPTS X (dép. 19)", past the abbreviation's full stop


def _apposed_to(ctx: Context, dep) -> set[str]:
    """"la CPTS X, dans l'Ain, et la CPTS Y, dans le Jura": the CPTS a department stands in apposition to, with
    those listed before it ("les CPTS X et Y, en Saône-et-Loire")."""
    named = ctx.named_before(dep.span.start)
    if not named or not APPOSITION.fullmatch(ctx.text, named[0].span.end, dep.span.start):
        return set()
    keys, mention = {named[1]}, named[0]
    while (before := ctx.named_before(mention.span.start)) and LIST_JOIN.fullmatch(ctx.text, before[0].span.end,
                                                                                     mention.span.start):
        keys.add(before[1])
        mention = before[0]
    return keys


LIST_JOIN = re.compile(r"\s*(?:,|et|and|&)\s*(?:(?:la|le|les|the)\s+|l['’])?(?:CPTS\s+)?", re.IGNORECASE)


# "la CPTS X, dans l'Ain", "la CPTS X (Ain)", "la CPTS X en Savoie", "la CPTS X, implantée dans le Jura"
PLACED_IN = r"(?:(?:située?|basée?|implantée?|installée?|located|based)\s+)?(?:dans|en|in)\s+"
APPOSITION = re.compile(rf"\s*(?:(?:,|\(|–|-)\s*(?:{PLACED_IN}|{CODE_LABEL})?|{PLACED_IN})"
                        r"(?:(?:le|la|les|the)\s+|l['’])?")  # "la CPTS X (dép. 19)"


def _as_place(text: str, dep) -> bool:
    before = text[max(0, dep.span.start - 30):dep.span.start]
    joined = DASH_JOINED_BEFORE.search(before)  # "en Drôme-Ardèche": the second is where the first is
    return bool(IN_DEPARTMENT_BEFORE.search((before[:joined.start()] if joined else before)[-15:])
                or CODE_BRACKET_BEFORE.search(before) or DEPARTMENT_COUNTS_AFTER.match(text, dep.span.end))


CODE_BRACKET_BEFORE = re.compile(rf"\(\s*(?:{CODE_LABEL})?$", re.IGNORECASE)  # "CPTS X (dép. 19)"


DASH_JOINED_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’\-]*-$")
# "Le Doubs compte désormais cinq CPTS : X, Y ...": the department as the place the CPTS it counts lie in
DEPARTMENT_COUNTS_AFTER = re.compile(r"\s+(?:\w+ment\s+)?(?:compte|comptera|recense|dénombre|possède|dispose\s+de|abrite|"
                                     r"totalise|counts|has|is\s+home\s+to)\b", re.IGNORECASE)


def _chain_of(ctx: Context, key: str) -> list:
    """The mentions of the CPTS and those coordinated with them ("X ; la CPTS Y et la CPTS Z")."""
    return [m for chain in _chains(ctx) if any(k == key for _, k in chain) for m, _ in chain]


def _chains(ctx: Context) -> list[list]:
    """The text's mentions (with their keys) in runs coordinated by commas, "et", semicolons."""
    chains, chain, previous = [], [], None
    for mention, k in ctx.mentions:
        if previous is not None and not COORDINATION_RE.fullmatch(ctx.text[previous.span.end:mention.span.start]):
            chains.append(chain)
            chain = []
        chain.append((mention, k))
        previous = mention
    chains.append(chain)
    return chains


def _department_of_list_mates(ctx: Context, key: str) -> set[str]:
    """"Ont signé la CPTS du Cognaçais, la CPTS Sud Charente et la CPTS du Ruffécois": a CPTS the text is about, listed
    with others whose names all place them in one department the text names, is in that department too (one only
    mentioned is not placed so)."""
    if key not in ctx.subjects:
        return set()
    mates = {k for chain in _chains(ctx) if any(k == key for _, k in chain) for _, k in chain} - {key}
    placed = [_placed_by_name(ctx, mate) for mate in mates]
    if len(mates) < 2 or any(len(p) != 1 for p in placed):
        return set()
    departments = set.union(*placed)
    return departments if len(departments) == 1 and departments <= {d.code for d in ctx.departments} else set()


def _neighbour(text: str, dep) -> bool:
    """ "à la limite des départements de l'Orne et de la Sarthe", "aux portes du Gers": a
    department beside the territory, not one it lies in; so is "la Nièvre voisine"."""
    return bool(NEIGHBOUR_BEFORE.search(text, max(0, dep.span.start - 60), dep.span.start)
                or NEIGHBOUR_AFTER.match(text, dep.span.end))


def _after_institution(text: str, dep) -> bool:
    return bool(INSTITUTION_BEFORE.search(text[max(0, dep.span.start - 40):dep.span.start]))
