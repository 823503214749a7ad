"""The perimeter of each CPTS: the areas and communes the text lists, linked to official codes.

A perimeter statement starts at a verb ("couvre", "s'étend sur", "regroupe", "covers",
"spanning", "Territoire :", ...) and ends at the text's own punctuation. Its owner is the CPTS
named before the verb, else the community the release is about. What follows the verb is
either a list after a colon ("couvre ... : - la communauté de communes X (A, B notamment) ;
- une partie de Y (C, D) ...") or the rest of the sentence, cut into pieces at commas and at
"et"/"and" that open a new area. Each piece becomes an `Area` (typed by its name, linked to an
EPCI by the gazetteer, full or partial, with the communes listed under it or excepted from it)
or loose communes ("ainsi que les communes de A et B").

Further passes then read what no statement did: the two communes a territory stretches
between ("de A à B", no perimeter), intercommunalities named as a perimeter anywhere
(pipeline.territory.epci_mentions), lists of communes the text calls a territory, and parts of a
commune ("les quartiers nord de X") (pipeline.territory.commune_lists). Each belongs to the CPTS
named before it in its sentence, else to the subject in focus. When in doubt a place gives
no perimeter: a partner, a venue or a workplace is not a territory.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..reference import gazetteer
from .commune_lists import SURROUNDING, find_commune_parts, find_lists
from ..facts.context import Context, postal_department
from .epci_mentions import ACTOR_BETWEEN, PLACE_BEFORE, PLACE_REACH, find_epci_mentions
from ..model import Span
from ..facts.numbers import NUMBER_WORDS, parse_number
from ..facts.place_names import EPCI_PHRASE

TERRITORY_VERB = re.compile(
    r"\b(?:(?:re)?couvr\w*|couvertes?|couverts|compren\w*|regroup\w*|rassembl\w*|englob\w*|s['’]étend\w*|concern\w*|correspond\w*|"
    r"épous\w*|répartis|périmètre|compte|intervien\w*|interviendra|agi(?:t|ra)|rayonn\w*|counts|cover\w*|includ\w*|"
    r"compris\w*|spans?|spanning|encompass\w*|across|serves?|serving|catchment\s+area|made\s+up\s+of|composed\s+of|"
    r"consists?\s+of|sur\s+le\s+territoire\s+(?:de|d['’])|sur\s+l['’]ensemble\s+(?:de|d['’])|"
    r"(?:est|is)\s+(?:celui|that)\s+(?:de|d['’]|of))\b"
    r"|\bcommunes\s+membres\s*:"
    r"|\b(?:territoire|territory|perimeter)\s*:", re.IGNORECASE)
BULLET = re.compile(r"^[ \t]*[•\-–—*·▪►][ \t]*")
EPCI_WORDS = re.compile(
    r"communauté\s+de\s+communes|communauté\s+d['’]agglomération|communauté\s+urbaine|métropole|"
    r"community\s+of\s+(?:communes|municipalities)|urban\s+community|agglomeration\s+community|"
    r"communes?\s+community|metropolis|\bCC\b|\bCA\b|\bCU\b|\bCdC\b|\bCdA\b|Communauté|Agglo\b", re.IGNORECASE)
# Words that name a kind of territory without a type of intercommunality
AREA_WORD = re.compile(r"\b(?:bassins?|secteurs?|cantons?|arrondissements?|quartiers?|districts?|aire|zone|vallées?|"
                       r"territoires?|area|valley)\b", re.IGNORECASE)
PAYS_WORD = re.compile(r"^(?:pays|country)\b", re.IGNORECASE)
DIRECTIONS = {
    "nord-ouest": "north-west", "nord-est": "north-east", "sud-ouest": "south-west", "sud-est": "south-east",
    "ouest": "west", "est": "east", "nord": "north", "sud": "south", "centre": "centre",
    "northwest": "north-west", "northeast": "north-east", "southwest": "south-west", "southeast": "south-east",
    "northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "centre",
    "north": "north", "south": "south", "east": "east", "west": "west",
    "north-eastern": "north-east", "north-western": "north-west", "south-eastern": "south-east",
    "south-western": "south-west",
}
DIRECTION_WORDS = "|".join(sorted(DIRECTIONS, key=len, reverse=True))
PARTIAL_PREFIX = re.compile(
    rf"(?:(?:d['’])?une\s+(?:partie|fraction)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:le\s+|la\s+)?(?:secteur|moitié|quart)\s+(?P<dir5>{DIRECTION_WORDS})\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:la\s+)?partie\s+(?!(?:{DIRECTION_WORDS})\b)[a-zà-ÿ]+\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"  # "la partie gardoise de"
    rf"|(?:partiellement|partly|partially)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+)?"
    rf"|(?:the\s+)?(?P<dir6>{DIRECTION_WORDS})\s+half\s+of\s+(?:the\s+)?"
    rf"|(?:some|several|quelques|plusieurs)\s+(?:municipalities|communes)\s+(?:of\s+the|of|de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:dont\s+)?(?:certaines|plusieurs|quelques)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:l['’]essentiel|la\s+(?:majeure|plus\s+grande)\s+partie|une\s+(?:grande|large|bonne|petite)\s+partie|"
    rf"la\s+(?:majorité|plupart)|most|much)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’]|of\s+the|of)\s*"
    rf"|(?:au\s+sein|à\s+l['’]intérieur)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*|within\s+(?:the\s+)?"
    rf"|(?:la\s+)?partie\s+(?P<dir1>{DIRECTION_WORDS})\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:le|du|au)\s+(?P<dir2>{DIRECTION_WORDS})\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:the\s+)?(?P<dir3>{DIRECTION_WORDS})\s+part\s+of\s+(?:the\s+)?"
    rf"|(?:a\s+)?part\s+of\s+(?:the\s+)?"
    rf"|(?:in\s+)?(?:the\s+)?(?P<dir4>{DIRECTION_WORDS})\s+of\s+(?:the\s+)?"
    rf"|(?P<count>\d+|{NUMBER_WORDS})\s+(?:communes|municipalities)\s+(?:de\s+la|du|des|de\s+l['’]|de|of\s+the|of)\s*)",
    re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"(?:(?:la|le|les|the|du|des|de\s+la|de)\s+|(?:de\s+)?l['’]\s*|d['’]\s*)", re.IGNORECASE)
# Words that open a list of communes left out of an area
EXCEPTION_WORDS = (r"à\s+l['’]exception|à\s+l['’]exclusion|exception\s+faite|sauf|hors|hormis|excepté|moins|except|"
                   r"excluding|apart\s+from|"
                   r"with\s+the\s+exception")
EXCEPT = re.compile(
    r"\s*(?:à\s+l['’]ex(?:ception|clusion)\s+(?:des\s+|de\s+|d['’])(?:communes\s+(?:de|d['’])\s*)?|"
    r"(?:sauf|moins|hors|hormis|excepté|exception\s+faite\s+(?:de\s+|d['’]))\s*(?:les\s+communes\s+(?:de|d['’])\s*)?|"
    r"(?:except(?:\s+for)?|excluding|apart\s+from|with\s+the\s+exception\s+of)\s+"
    r"(?:the\s+(?:municipalities|communes)\s+of\s+)?)", re.IGNORECASE)
QUANTITY_PREFIX = re.compile(
    r"(?:(?:un\s+territoire|an\s+area)\s+(?:de|of)\s+)?(?:(?:soit|les|the|plus\s+de|près\s+de|environ|about|nearly|over)\s+)*"
    r"(?:\d[\d\s\u00a0\u202f.,]*\s*(?:habitants|communes|inhabitants|municipalities)\s*(?:(?:de\s+la|du|des|de\s+l['’]|de|d['’]|in\s+the|of\s+the|in|en|of)\s*)?)?"
    r"(?:l['’]ensemble\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*|celui\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*|two\s+communities\s+of\s+communes\s*)?",
    re.IGNORECASE)
UNIT_THEN_PLACE = re.compile(
    r"(?<!communauté\sde\s)(?<!community\sof\s)\b(?:habitants|communes|inhabitants|municipalities)\b\s*(?:(?:de\s+la|du|des|de\s+l['’]|de|d['’]|in\s+the|of\s+the|in|en|of)\s*)?",
    re.IGNORECASE)
# Communes named on their own: "ainsi que les communes de A et B", "répartis sur les communes de
# A, B...", "as well as the municipality of A", "ainsi que A, B et C, dans le Nord voisin".
LOOSE_COMMUNES = re.compile(
    r"(?:\b(?:ainsi\s+que|as\s+well\s+as|plus|et|and)\s+)?(?:(?:sur|dans|in|across)\s+)?"
    r"(?:(?:les|des|aux)\s+communes\s+(?:de|d['’])|la\s+commune\s+(?:de|d['’])|the\s+(?:municipalities|communes|towns)\s+of|"
    r"the\s+(?:municipality|commune|town)\s+of)\s*"
    r"|\b(?:ainsi\s+que|as\s+well\s+as)\s+(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
# Words that introduce some communes of an area, not all of them
EXAMPLE_WORDS = r"notamment|dont|parmi\s+lesquelles|including|such\s+as|in\s+particular|among\s+them"
# A piece of a sentence that carries on the communes of the area before it...
CONTINUES_MEMBERS = re.compile(
    rf"(?:{EXAMPLE_WORDS}|from\s|"
    rf"(?:{EXCEPTION_WORDS})\b|à\s+savoir|namely|rattachée?s?\s|attached\s|belonging\s|"
    r"dans\s+l|in\s+the\s+neighbouring)", re.IGNORECASE)
# ... and one that opens a new area or a new list (articles in lower case: "La Verpillière" is a commune).
OPENS_ITEM = re.compile(
    r"(?:ainsi\s+que|ainsi\s+qu['’]|as\s+well\s+as|plus\s|(?:et|and)\s+(?:la|le|les|l['’]|une|de|du|des|d['’]|the|a)\b|"
    r"la\s|le\s|les\s|l['’]|une\s|the\s|d['’]une|du\s|des\s|de\s|[Pp]ays\s|[Cc]ommunauté|[Cc]ommunity)")
OPEN_ENDED = re.compile(r"(?:\.\.\.|…|\betc\b\.?|\bnotamment\b|\bin\s+particular\b|\bamong\s+others\b|\bincluding\b|"
                        rf"\b(?:{SURROUNDING})\b)",
                        re.IGNORECASE)
# Communes named after an area, past a comma: examples ("notamment A, B"), a range ("from A to
# B"), or exceptions ("à l'exception de A").
EXAMPLES = re.compile(rf"\s*(?:{EXAMPLE_WORDS})\s+"
                      r"(?:(?:les\s+communes\s+de|the\s+(?:municipalities|towns)\s+of)\s+)?", re.IGNORECASE)
RANGE = re.compile(r"\s*(?:from|de|d['’])\s*(?P<first>[A-ZÀ-Ý][^,;()]*?)\s+(?:to|à)\s+(?P<last>[A-ZÀ-Ý][^,;()]*?)\s*(?=,|;|$)")
MEMBERS_AFTER_COMMA = re.compile(
    rf"\s*(?=(?:{EXCEPTION_WORDS})\b)"
    rf"|,\s*(?=(?:{EXAMPLE_WORDS}|from\s|à\s+savoir|namely|{EXCEPTION_WORDS})\b)", re.IGNORECASE)
CLOSED_LIST = re.compile(r"\s*(?:à\s+savoir|namely)\s*:?\s*", re.IGNORECASE)
ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Z0-9&-]{1,9}\s*\)")  # "(CAPI)": another name of the area
ATTACHED_TO_OTHER = re.compile(r",?\s*(?:rattachée?s?|attached|belonging)\s+(?:à|to)\s+(?:la\s+|the\s+)?CPTS", re.IGNORECASE)


@dataclass
class CommuneRef:
    name: str
    span: Span
    commune: gazetteer.Commune | None
    former_name: bool = False  # a former commune, merged into another commune: in the perimeter, not a commune of its own


@dataclass
class Area:
    kind: str
    name: str
    span: Span
    code: str | None = None
    extent: str = "full"
    part: str | None = None
    listed: list[CommuneRef] = field(default_factory=list)
    excepted: list[CommuneRef] = field(default_factory=list)
    open_ended: bool = False
    communes_count: tuple[int, Span] | None = None  # "Baud Communauté (5 communes)"


@dataclass
class Territory:
    areas: list[Area] = field(default_factory=list)
    loose: list[CommuneRef] = field(default_factory=list)
    loose_open_ended: bool = False  # "les communes de A, B, C...": more than these
    attached: list[CommuneRef] = field(default_factory=list)  # named in passing by another CPTS's perimeter
    duplicates: list[CommuneRef] = field(default_factory=list)

    def communes(self) -> list[CommuneRef]:
        seen, out = set(), []
        for ref in [r for a in self.areas for r in a.listed] + self.loose + self.attached:
            ident = ref.commune.insee if ref.commune else gazetteer.fold(ref.name)
            if ident not in seen and not ref.former_name:
                seen.add(ident)
                out.append(ref)
        return out


def extract_territories(ctx: Context, departments_of) -> dict[str, Territory]:
    """Perimeters by CPTS key. `departments_of(key)` gives the departments to link names in."""
    territories: dict[str, Territory] = {}
    acronyms = _acronyms(ctx.text)
    parsed_until = 0
    for sentence in (clause for whole in ctx.sentences for clause in _clauses(ctx.text, whole)):
        words = ctx.text[sentence.start:sentence.end]
        verb = _territory_verb(words)
        if not verb or sentence.start + verb.start() < parsed_until:
            continue
        after_verb = sentence.start + verb.end()
        statement = Span(sentence.start, statement_end(ctx.text, after_verb))
        words = ctx.text[statement.start:statement.end]
        named_from = _communes_named_from(ctx, departments_of, verb, after_verb, statement.end)
        if not (re.search(r"\bCPTS\b|territoire|territory|périmètre|perimeter|communauté|community|\bcommun\w*|municipalit",
                          words, re.IGNORECASE) or EPCI_PHRASE.search(words) or named_from is not None):
            continue
        key = _owner(ctx, sentence, sentence.start + verb.start())
        if key is None:
            continue
        parser = _Parser(ctx, key, departments_of, territories, acronyms)
        if PASSIVE.fullmatch(verb.group()) and not ctx.text[after_verb:statement.end].strip(" ."):
            # "ce sont les 45 communes de la CA X qui sont couvertes": the perimeter comes first
            parser.parse_inline(Span(sentence.start, sentence.start + verb.start()), sentence.start)
            parsed_until = statement.end
        elif words.rstrip().endswith(":"):
            items = _list_items(ctx.text, statement.end)
            parser.parse_items(items)
            parsed_until = items[-1].end if items else statement.end
        elif re.search(r"habitants|communes|inhabitants|municipalities|(?:périmètre|perimeter|territoire|territory)\s*:",
                       words, re.IGNORECASE) or EPCI_PHRASE.search(words) or re.search(r"\((?:\s*[A-ZÀ-Ý][^(),]*,)+[^()]*\)", words):
            parser.parse_inline(statement, after_verb)
            parsed_until = statement.end
        elif named_from is not None:
            _parse_named_communes(parser, statement, named_from)
            parsed_until = statement.end
    _communes_of_other_cpts(ctx, departments_of, territories)
    _add_range_ends(ctx, departments_of, territories)
    _add_epci_mentions(ctx, departments_of, territories)
    _add_commune_lists(ctx, departments_of, territories)
    _add_commune_parts(ctx, departments_of, territories)
    for territory in territories.values():
        _link_by_neighbours(territory)
    return territories


# Verbs whose object is the territory itself, and the words between them and the communes named
COVERING_VERB = re.compile(r"(?:re)?couvr\w*|englob\w*|regroup\w*|rassembl\w*|compren\w*|s['’]étend\w*|intervien\w*|"
                           r"sur\s+le\s+territoire\s+(?:de|d['’])|covers?|covering|spans?|spanning|encompass\w*", re.IGNORECASE)
BEFORE_NAMES = re.compile(
    r"\s*(?:sur\s+|on\s+|in\s+)?(?:(?:le\s+|the\s+)?(?:territoire|territory)\s+(?:de|d['’]|of)\s*|"
    r"(?:la|les|the)\s+(?:communes?|villes?|municipalit(?:y|ies)|towns?)\s+(?:de|d['’]|of)\s*|"
    r"(?P<people>(?:les|des)\s+(?:professionnels|soignants|acteurs)(?:\s+de\s+santé)?\s+"
    r"(?:(?:des\s+secteurs|du\s+secteur)\s+)?(?:de|d['’])\s*))?", re.IGNORECASE)
AFTER_NAMES = re.compile(rf"(?:\s*,?\s+(?:et|and)\s+(?:{SURROUNDING}))?[\s.…;!]*$", re.IGNORECASE)
NAME_JOINS = re.compile(r"\s*,\s*|\s+(?:et|and|&)\s+(?:de\s+|d['’]\s*)?")


def _communes_named_from(ctx: Context, departments_of, verb: re.Match, start: int, end: int) -> tuple[Span, bool] | None:
    """"Elle couvre A et B", "intervient sur le territoire de C", "couvre la ville de D et ses
    environs": where the communes stand when a covering verb's whole object is one or a few
    commune names; and whether they are named as the places of its people ("rassemble les
    professionnels de E et F"), which gives territory communes but no perimeter."""
    if not COVERING_VERB.fullmatch(verb.group()):
        return None
    lead = BEFORE_NAMES.match(ctx.text, start, end)
    tail = AFTER_NAMES.search(ctx.text, lead.end(), end)
    names = NAME_JOINS.split(ctx.text[lead.end():tail.start()])
    if not names or len(names) > 6:
        return None
    gaz = gazetteer.load()
    departments = _document_departments(ctx, departments_of)
    for name in names:
        if not re.match(r"[A-ZÀ-Ý]", name) or not gaz.link_commune(name, departments) or gaz.find_department(name):
            return None
    return Span(lead.end(), tail.start()), bool(lead.group("people"))


def _parse_named_communes(parser: "_Parser", statement: Span, named: tuple[Span, bool]) -> None:
    """Communes a covering verb names. One commune alone is where the territory lies, not all of
    it (a CPTS covers a town and the country around it): a territory commune, no perimeter."""
    names, in_passing = named
    territory = parser.territory
    before = len(territory.loose)
    parser.parse_inline(Span(statement.start, names.end), names.start)
    added = territory.loose[before:]
    if len(added) == 1 or in_passing:
        del territory.loose[before:]
        territory.attached.extend(added)


def _link_by_neighbours(territory: Territory) -> None:
    """A loose name left unlinked because several departments have a commune of that name is
    read in the departments of the territory's other communes ("Arches" beside "Mauriac")."""
    gaz = gazetteer.load()
    refs = [r for a in territory.areas for r in a.listed] + territory.loose + territory.attached
    linked = Counter(r.commune.department for r in refs if r.commune)
    if not linked:  # none linked: the one department most of the names have a commune in
        shared = Counter(d for r in refs for d in {c.department for c in gaz.candidates(r.name)}).most_common(2)
        if not shared or shared[0][1] < 2 or len(shared) > 1 and shared[1][1] == shared[0][1]:
            return
        linked = Counter([shared[0][0]])
    departments = sorted(linked)
    for refs in (territory.loose, territory.attached):
        refs[:] = [ref if ref.commune else CommuneRef(ref.name, ref.span, gaz.link_commune(ref.name, departments), ref.former_name)
                   for ref in refs]


# "Elle s'étend de A, au nord, à B": two communes at the ends of the territory, not its perimeter
RANGE_ENDS = re.compile(
    r"\b(?:s['’]étend\w*|va|allant|extends?|stretches|runs?)(?:\s+(?:sur|over)\s+[^.;:,]{1,40},)?\s+(?:de|d['’]|du|from)\s*(?P<first>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)"
    r"(?:\s*,[^,.;]{0,40},)?\s+(?:à|au|jusqu['’]à|to)\s+(?P<last>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)")


def _add_range_ends(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """The communes named as the two ends of a territory are territory communes; the
    perimeter between them is not given."""
    gaz = gazetteer.load()
    departments = _document_departments(ctx, departments_of)
    for match in RANGE_ENDS.finditer(ctx.text):
        key = _owner_before(ctx, Span(match.start(), match.end()))
        if key is None:
            continue
        refs = [CommuneRef(match.group(g), Span(match.start(g), match.end(g)), gaz.link_commune(match.group(g), departments))
                for g in ("first", "last")]
        if all(ref.commune for ref in refs):
            territories.setdefault(key, Territory()).attached.extend(refs)


def _add_commune_parts(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """"La CPTS X couvre les quartiers est de Y": the commune is in the territory, and
    the perimeter it gives is not complete. Only in a sentence that names a CPTS or the
    territory before the part."""
    if not ctx.cpts:
        return
    for part in find_commune_parts(ctx.text, _document_departments(ctx, departments_of)):
        sentence = ctx.sentence_at(part.span.start)
        before = ctx.text[min(sentence.start, part.span.start):part.span.start]
        if not (re.search(r"\bCPTS\b", before) or _territory_verb(before)):
            continue
        key = _owner_before(ctx, part.span)
        if key is None:
            continue
        territory = territories.setdefault(key, Territory())
        if part.commune.insee not in {ref.commune.insee for ref in territory.communes() if ref.commune}:
            territory.loose.append(CommuneRef(part.commune.name, part.span, part.commune))
        territory.loose_open_ended = True


def _add_epci_mentions(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """Intercommunalities named as a perimeter outside the territory statements become areas
    of the CPTS they stand with; an area the statements read already only gains the
    exceptions it lacked (its count stays theirs). The communes an area excepts are taken out
    of the loose ones."""
    if not ctx.cpts:
        return
    gaz = gazetteer.load()
    for mention in find_epci_mentions(ctx.text, _document_departments(ctx, departments_of), ctx.name_spans):
        key = _owner_before(ctx, mention.span)
        if key is None or _about_something_else(ctx, mention.span) or _unnamed_cpts_before(ctx, mention.span):
            continue
        territory = territories.setdefault(key, Territory())
        area = next((a for a in territory.areas if a.code == mention.epci.siren), None)
        if area is None:
            area = Area("epci", _clean_name(mention.name), mention.span, code=mention.epci.siren, extent=mention.extent)
            territory.areas.append(area)
            area.communes_count = mention.count  # one the statements read keeps their count
        if not area.excepted:
            area.excepted = [CommuneRef(name, span, gaz.link_commune(name, [], area.code) or _near_member(gaz, name, area.code))
                             for name, span in mention.excepted]
        _drop_excepted(territory, area)


# A community the sentence does not name: "la CPTS voisine", "les autres CPTS"
UNNAMED_CPTS = re.compile(r"\bCPTS\s+(?:voisines?|limitrophes?)\b|\b(?:autres?|voisines?|neighbou?ring)\s+CPTS\b",
                          re.IGNORECASE)


def _unnamed_cpts_before(ctx: Context, span: Span) -> bool:
    """"La CPTS voisine couvre la CC X": the area is another community's, named after no CPTS."""
    sentence = ctx.sentence_at(span.start)
    start = min(sentence.start, span.start)
    others = list(UNNAMED_CPTS.finditer(ctx.text, start, span.start))
    return bool(others) and not ctx.mentions_in(Span(others[-1].end(), span.start))


def _about_something_else(ctx: Context, span: Span) -> bool:
    """"Le centre hospitalier, dont le bassin englobe la CC X": the sentence speaks of a
    hospital, a town, a department... and names no CPTS before the area."""
    sentence = ctx.sentence_at(span.start)
    start = min(sentence.start, span.start)
    subject_end = min(span.start, start + SUBJECT_REACH)  # the sentence's subject, not a word further on
    return _other_subject(ctx.text, start, subject_end) and not ctx.mentions_in(Span(start, span.start))


SUBJECT_REACH = 40  # characters: "Le centre hospitalier de X, dont ..."


def _near_member(gaz: gazetteer.Gazetteer, name: str, siren: str) -> gazetteer.Commune | None:
    """A misspelt excepted name read among the members of its area ("Chalvinac": Chalvignac)."""
    epci = gaz.epci(siren)
    departments = {gaz.commune(code).department for code in epci.members} if epci else set()
    for department in sorted(departments):
        commune = gaz.link_near_spelling(name, department)
        if commune and commune.insee in epci.members:
            return commune
    return None


def _drop_excepted(territory: Territory, area: Area) -> None:
    excepted = {_ident(ref) for ref in area.excepted}
    territory.loose = [ref for ref in territory.loose if _ident(ref) not in excepted]
    territory.attached = [ref for ref in territory.attached if _ident(ref) not in excepted]


def _ident(ref: CommuneRef) -> str:
    return ref.commune.insee if ref.commune else gazetteer.fold(ref.name)


def _document_departments(ctx: Context, departments_of) -> list[str]:
    return sorted({d.code for d in ctx.departments} | {d for key in ctx.subjects for d in departments_of(key)})


def _add_commune_lists(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """Lists of communes the territory statements did not read (a bare list under a heading,
    a list after a colon on the next lines...) become loose communes of the CPTS they stand
    with. A commune some CPTS already has is not added again (the statements read it)."""
    if not ctx.cpts:
        return
    gaz = gazetteer.load()
    for found in find_lists(ctx.text, _document_departments(ctx, departments_of), ctx.name_spans):
        key = _owner_of_list(ctx, found.span)
        if key is None:
            continue
        known = {ref.commune.insee for other in territories.values() for ref in _all_refs(other) if ref.commune}
        if all(piece.commune.insee in known for piece in found.linked):
            continue  # the statements read this list already, perhaps for another CPTS
        territory = territories.setdefault(key, Territory())
        new = []
        for piece in found.linked:
            if piece.commune.insee not in known:
                known.add(piece.commune.insee)
                new.append(CommuneRef(piece.name, piece.span, piece.commune,
                                      former_name=gaz.is_former_name(piece.name, piece.commune.insee)))
        area = _area_just_before(ctx.text, territory, found.span.start)
        if found.named_in_passing:
            territory.attached.extend(new)  # territory communes, but no perimeter
        elif area:
            area.listed.extend(new)  # "la communauté urbaine X : A, B, C"
            area.open_ended |= not found.complete
        else:
            territory.loose.extend(new)
            territory.loose_open_ended |= not found.complete


def _area_just_before(text: str, territory: Territory, start: int) -> Area | None:
    """The area a list follows at once, after a colon or in brackets: its communes."""
    return next((area for area in territory.areas
                 if area.span.end <= start and re.fullmatch(r"\s*[:(]\s*", text[area.span.end:start])), None)


def _all_refs(territory: Territory) -> list[CommuneRef]:
    """Every commune a territory names: listed, excepted, loose, attached."""
    return [ref for area in territory.areas for ref in area.listed + area.excepted] + territory.loose + territory.attached


def _owner_before(ctx: Context, span: Span) -> str | None:
    """The CPTS a list or an area belongs to: the last one named before it in its sentence,
    else the subject in focus (a heading above, "Elle couvre ..."). One named after it is
    most often another community ("..., rattachées à la CPTS X")."""
    sentence = ctx.sentence_at(span.start)
    before = [key for mention, key in ctx.mentions if sentence.start <= mention.span.start < span.start]
    return before[-1] if before else ctx.focus_at(span.start)


def _owner_of_list(ctx: Context, span: Span) -> str | None:
    """The CPTS a list of communes belongs to: one named after it in its sentence when the words
    between make the places its territory ("A, B et C forment le territoire de la CPTS X", "...
    relèvent de la CPTS X"), else the one named before it or in focus (_owner_before)."""
    sentence = ctx.sentence_at(span.start)
    if not any(sentence.start <= mention.span.start < span.start for mention, _ in ctx.mentions):
        after = next(((m, key) for m, key in ctx.mentions if span.end <= m.span.start < sentence.end), None)
        if after and OWNED_BY.search(ctx.text, span.end, after[0].span.start):
            return after[1]
    return _owner_before(ctx, span)


# Words between places and the CPTS named after them that make them its territory
OWNED_BY = re.compile(
    r"\b(?:territoire|périmètre|territory|perimeter|relèv\w*|dépend\w*|fai(?:t|saient)\s+partie|font\s+partie|"
    r"rattachée?s?|appartien\w*|belongs?|(?:is|are)\s+part)\b[^.;:]{0,30}$", re.IGNORECASE)


BELONGS_TO = re.compile(
    r"\b(?:relève\w*|dépend\w*|fai(?:t|saient)\s+partie|font\s+partie|(?:est|sont)\s+rattachée?s?|appartien\w*|"
    r"belongs?|(?:is|are)\s+part|falls?\s+within|comes?\s+under)\b", re.IGNORECASE)


def _communes_of_other_cpts(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """"A, ville de 12 000 habitants, relève de la CPTS Y": the
    communes a sentence opens with belong to the CPTS named after its verb."""
    for sentence in ctx.sentences:
        verb = BELONGS_TO.search(ctx.text, sentence.start, sentence.end)
        owners = [key for mention, key in ctx.mentions_in(sentence) if verb and mention.span.start > verb.end()]
        if not owners:
            continue
        subject_end = ctx.text.find(",", sentence.start, verb.start())
        subject = Span(sentence.start, subject_end if subject_end >= 0 else verb.start())
        refs, _ = _Parser(ctx, owners[0], departments_of, territories)._communes_in(subject, None)
        territories.setdefault(owners[0], Territory()).attached.extend(ref for ref in refs if ref.commune)


# "La CPTS X couvre A, tandis que la CPTS Y couvre B": two perimeters in one sentence.
CONTRAST = re.compile(r",?\s+(?:tandis\s+qu['’]?e?|alors\s+qu['’]?e?|whereas|while)\s+", re.IGNORECASE)


def _clauses(text: str, sentence: Span) -> list[Span]:
    cuts = list(CONTRAST.finditer(text, sentence.start, sentence.end))
    starts = [sentence.start] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [sentence.end]
    return [Span(a, b) for a, b in zip(starts, ends)]


def statement_end(text: str, pos: int) -> int:
    """Where the sentence going on at `pos` ends, read from the punctuation: a full stop outside
    parentheses followed by a space, a colon that ends its line (a list follows), a blank line,
    or a line that starts with a bullet. The statistical sentence splitter cuts lists of place
    names in odd places ("... communes: A | Intercom (12 municipalities)")."""
    depth = 0
    contrast = CONTRAST.search(text, pos)
    limit = contrast.start() if contrast and "\n\n" not in text[pos:contrast.start()] else len(text)
    for i in range(pos, limit):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "\n" and (text.startswith("\n", i + 1) or BULLET.match(text[i + 1:i + 8])):
            return i
        elif ch == ":" and not text[i + 1:text.find("\n", i) if "\n" in text[i:] else len(text)].strip():
            return i + 1
        elif ch in ".!?…" and depth == 0 and _ends_sentence(text, i):
            return i + 1
    return limit


def _ends_sentence(text: str, i: int) -> bool:
    after = text[i + 1:i + 2]
    if after == "." or (after and not after.isspace()):
        return False
    ellipsis = text[i] == "…" or text[i - 1:i] == "."
    return not ellipsis or after in ("", "\n") or bool(re.match(r"\s+[A-ZÀ-Ý]", text[i + 1:i + 3]))


PASSIVE = re.compile(r"couvert(?:e|s|es)?|concernée?s?|covered|included", re.IGNORECASE)


def _acronyms(text: str) -> dict[str, str]:
    """Short names a release gives an area in brackets and uses later: "la communauté de
    communes du Pays Loudunais (CCPL) ... sur l'ensemble de la CCPL"."""
    found, searched_to = {}, 0
    for bracket in BRACKETED_ACRONYM.finditer(text):
        # The name just before each bracket, not a scan of the whole text with the long pattern.
        named = NAMED_ACRONYM.search(text, max(searched_to, bracket.start() - ACRONYM_NAME_REACH), bracket.end())
        if named:
            found[named.group("short")] = named.group("name")
            searched_to = named.end()
    return found


ACRONYM_NAME_REACH = 300  # characters: longer than any intercommunality's name
BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Z0-9]{1,9}\)")
NAMED_ACRONYM = re.compile(rf"(?P<name>{EPCI_PHRASE.pattern})\s*\((?P<short>[A-Z][A-Z0-9]{{1,9}})\)")


def _territory_verb(words: str) -> re.Match | None:
    """The word that introduces the perimeter: "Le périmètre de la CPTS X épouse celui de Y" is
    read from "épouse", not from "périmètre"; "Son périmètre : ..." from "périmètre :"."""
    matches = list(TERRITORY_VERB.finditer(words))
    verbs = [m for m in matches if not re.fullmatch(r"périmètre", m.group(), re.IGNORECASE)]
    return (verbs or matches or [None])[0]


def _owner(ctx: Context, sentence: Span, verb: int) -> str | None:
    """The CPTS whose perimeter a sentence states: the last one named before its verb, else the
    subject in focus. A CPTS named after the verb is never the owner: "à l'exception de A et B,
    rattachées à la CPTS X" or "the CPTS X borders it" speak of another community."""
    before = [key for mention, key in ctx.mentions_in(sentence) if mention.span.end <= verb]
    if before:
        return before[-1]
    if _other_subject(ctx.text, sentence.start, verb) or UNNAMED_CPTS.search(ctx.text, sentence.start, verb):
        return None  # "Le centre hospitalier de X, dont le bassin englobe ...": not a CPTS's perimeter
    return ctx.focus_at(sentence.start)


def _other_subject(text: str, start: int, end: int) -> bool:
    """Whether a body other than a CPTS is the subject between `start` and `end`; a place the
    sentence opens with ("Située dans le département de X, elle couvre ...") is not one."""
    return any(not PLACE_BEFORE.search(text, max(start, m.start() - PLACE_REACH), m.start())
               for m in OTHER_SUBJECT.finditer(text, start, end))


# Subjects of a sentence that are not a CPTS: what they cover is not its perimeter.
OTHER_SUBJECT = re.compile(
    r"\b(?:hôpital|hospital|centre\s+hospitalier|clinique|clinic|CHU|GHT|département|department|région|region|"
    r"ville|town|city|bassin\s+de\s+(?:vie|recrutement)|maisons?\s+de\s+santé|MSP|centres?\s+de\s+santé|EHPAD|"
    r"contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS|CLSM|PTSM|DAC|dispositif\s+d['’]appui|local\s+health\s+contract)\b",
    re.IGNORECASE)


def _list_items(text: str, colon_end: int) -> list[Span]:
    """The items of a list that follows a colon: bullet lines with their continuation lines.

    A line without a bullet also opens an item when the item before it ended with ";", or when
    it is the first line and ends with ";" or the next one has a bullet (OCR loses dashes).
    """
    items: list[list[int]] = []
    pos = colon_end
    rest_of_line = text[pos:text.find("\n", pos) if "\n" in text[pos:] else len(text)]
    if rest_of_line.strip():
        return _split_on(text, pos, pos + len(rest_of_line), ";")
    lines = [(pos + m.start(), pos + m.end()) for m in re.finditer(r"[^\n]*\n?", text[pos:]) if m.group()]
    blank_since_item = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            blank_since_item = True
            continue
        after_semicolon = bool(items) and text[items[-1][0]:items[-1][1]].rstrip().endswith(";")
        opens_list = not items and (line.rstrip().endswith(";") or _next_line_has_bullet(text, lines, i))
        if BULLET.match(line) or after_semicolon or opens_list:
            items.append([start, end])
        elif items and not blank_since_item:
            items[-1][1] = end
        else:
            break
        blank_since_item = False
    return [Span(s, e) for s, e in items]


def _next_line_has_bullet(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    following = [text[s:e] for s, e in lines[i + 1:] if text[s:e].strip()][:1]
    return bool(following) and bool(BULLET.match(following[0]))


def _slash_before_area(text: str, i: int) -> bool:
    """"CC X / CC Y": a slash followed by another typed area (not "Pouilly en Auxois / Bligny")."""
    return text[i] == "/" and bool(re.match(r"\s*(?:CC|CA|CU|[Cc]ommunauté|[Mm]étropole)\b", text[i + 1:i + 20]))


def _split_on(text: str, start: int, end: int, sep: str) -> list[Span]:
    spans, depth, item_start = [], 0, start
    for i in range(start, end):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and (ch == sep or _slash_before_area(text, i)):
            spans.append(Span(item_start, i))
            item_start = i + 1
    spans.append(Span(item_start, end))
    return [s for s in spans if text[s.start:s.end].strip()]


class _Parser:
    def __init__(self, ctx: Context, key: str, departments_of, territories: dict[str, Territory],
                 acronyms: dict[str, str] | None = None):
        self.ctx, self.key, self.text = ctx, key, ctx.text
        self.departments_of = departments_of
        self.territories = territories
        self.gaz = gazetteer.load()
        self.acronyms = acronyms or {}

    @property
    def territory(self) -> Territory:
        return self.territories.setdefault(self.key, Territory())

    # --- list after a colon -----------------------------------------------------------------
    def parse_items(self, items: list[Span]) -> None:
        for item in items:
            self.parse_item(_strip(self.text, item))

    def parse_item(self, item: Span, inline: bool = False) -> None:
        """One list item or one piece of a sentence: an area with its communes, loose communes,
        or both ("5 communes de X (...) ainsi que les communes de A et B")."""
        text = self.text
        bullet = BULLET.match(text[item.start:item.end])
        start = item.start + (bullet.end() if bullet else 0)
        loose = _loose_communes(text, Span(start, item.end))
        area_end = loose.start() if loose else item.end
        count = None
        if inline:
            start, count = _skip_quantities(text, Span(start, area_end))
        area_text = text[start:area_end]
        partial = PARTIAL_PREFIX.match(area_text.strip())  # "une partie de Grand Poitiers (A, B)"
        named = area_text.strip()[partial.end():] if partial and "(" in area_text else area_text
        if re.search(r"[A-ZÀ-Ý]", area_text) and (
                not inline or EPCI_PHRASE.search(area_text) or _looks_like_named_area(named)):
            self._parse_area(Span(start, area_end), count)
        if loose:
            self._add_loose(Span(loose.end(), item.end))

    def _parse_area(self, span: Span, count: tuple[int, Span] | None = None) -> None:
        text = self.text
        extent, part, pos = "full", None, span.start
        article = LEADING_ARTICLE.match(text, pos, span.end)
        if article and not PARTIAL_PREFIX.match(text, pos, span.end):
            pos = article.end()
        prefix = PARTIAL_PREFIX.match(text, pos, span.end)
        if prefix:
            extent = "partial"
            direction = next((d for d in prefix.group("dir1", "dir2", "dir3", "dir4", "dir5", "dir6") if d), None)
            part = DIRECTIONS.get(direction.lower()) if direction else None
            pos = prefix.end()
        name_end = _name_end(text, pos, span.end)
        phrase = EPCI_PHRASE.search(text, pos, name_end)
        if phrase and ACTOR_BETWEEN.search(text, pos, phrase.start()):
            return  # "..., et a reçu le soutien de la CC X": a partner, not an area
        if phrase and phrase.start() - pos < 40:
            name_span = Span(phrase.start(), phrase.end())
        else:
            name_span = _strip(text, Span(pos, name_end))
        name = _clean_name(text[name_span.start:name_span.end])
        if not name or self.gaz.find_department(name) or re.search(r"\bCPTS\b", name):
            return
        if not re.match(r"[A-ZÀ-Ý0-9«“\"]|(?i:pays|communaut|community|métropole|agglo|intercom)", name):
            return  # "a signé une convention avec ...": a clause of its own, not an area's name
        departments = self.departments_of(self.key)
        inverted = INVERTED_ARTICLE.match(text, name_end, span.end)
        if inverted and not text[inverted.end():span.end].strip():  # "Lude (Le)", as official tables write it
            commune = self.gaz.link_commune(f"{inverted.group(1)} {name}", departments)
            if commune:
                self.territory.loose.extend(self._dedup([CommuneRef(commune.name, Span(span.start, inverted.end()), commune)]))
                return
        written = _strip(text, Span(span.start, name_end))  # with its article: "L'Haÿ-les-Roses", "Le Mans"
        if _area_kind(name) == "other" and not count and extent == "full" and not text[name_end:span.end].strip() and (
                self.gaz.link_commune(text[written.start:written.end], departments) or self.gaz.link_commune(name, departments)):
            self._add_loose(span)  # "Communes concernées : Bastia, Furiani": not the CA de Bastia
            return
        if _area_kind(name) == "other" and self.gaz.candidates(name) and extent == "full" and not count:
            self._add_loose(span)  # a commune's name, even one several departments share
            return
        if _area_kind(name) == "other" and len(name.split()) > 6 and not AREA_WORD.search(name):
            return  # a sentence after a list, not an area's name
        area = Area(_area_kind(name), name, name_span, extent=extent, part=part, communes_count=count)
        if area.kind == "epci" or area.kind == "other":
            epci = self.gaz.find_epci(self.acronyms.get(name, name), departments)
            if epci:
                area.kind, area.code = "epci", epci.siren
        members_start = name_span.end if phrase and phrase.start() - pos < 40 else name_end
        self._parse_members(area, Span(members_start, span.end))
        self.territory.areas.append(area)

    def _parse_members(self, area: Area, span: Span) -> None:
        """Communes named with an area: "(5 communes)", "(A, B notamment)", ": A, B et C",
        ", notamment A et B", ", from A to B, including C", "(à l'exception de A)",
        ", à l'exception d'A et B, rattachées à la CPTS X"."""
        text = self.text
        pos = span.start
        acronym = ACRONYM.match(text, pos, span.end)
        pos = acronym.end() if acronym else pos
        inner = re.match(r"\s*(?:\((?P<paren>[^)]*)\)|:(?P<colon>.*))", text[pos:span.end], re.DOTALL)
        if inner:
            group = "paren" if inner.group("paren") is not None else "colon"
            self._members_clause(area, Span(pos + inner.start(group), pos + inner.end(group)))
            pos += inner.end()
        after_comma = MEMBERS_AFTER_COMMA.match(text, pos, span.end)
        if after_comma:
            self._members_clause(area, Span(after_comma.end(), span.end))

    def _members_clause(self, area: Area, span: Span) -> None:
        text = self.text
        start, end = span.start, span.end
        count = re.match(rf"\s*(\d+)\s+(?:communes|municipalities)\b(?=\s*(?:,|;|$|(?:{EXAMPLE_WORDS})\b))", text[start:end])
        if count:  # "(23 communes)", "(23 communes, 72 500 habitants)", "(23 communes dont A et B)"
            area.communes_count = (int(count.group(1)), Span(start + count.start(1), start + count.end()))
            if not EXAMPLES.match(text, start + count.end(), end):
                return
            start += count.end()
        exception = EXCEPT.match(text, start, end)
        attached = ATTACHED_TO_OTHER.search(text, start, end)
        list_end = attached.start() if attached else end
        if exception:
            refs, _ = self._communes_in(Span(exception.end(), list_end), area.code)
            area.excepted.extend(refs)
            if attached:
                self._give_to_other(attached, refs)
            return
        refs, open_ended = [], False
        bounds = RANGE.match(text, start, list_end)
        if bounds:  # "from A to B": the two ends are named, the rest is not
            for group in ("first", "last"):
                refs += self._communes_in(Span(bounds.start(group), bounds.end(group)), area.code)[0]
            open_ended = True
            start = bounds.end()
            start = start + 1 if text[start:start + 1] == "," else start
        closed = CLOSED_LIST.match(text, start, list_end)
        start = closed.end() if closed else start
        examples = EXAMPLES.match(text, start, list_end)
        if examples:
            open_ended = True
            start = examples.end()
        more, more_open = self._communes_in(Span(start, list_end), area.code)
        area.listed.extend(self._dedup(refs + more))
        area.open_ended = open_ended or more_open

    def _give_to_other(self, attached: re.Match, refs: list[CommuneRef]) -> None:
        """"(à l'exception de A, B, rattachées à la CPTS X)": A and B are X's communes."""
        owner = next((key for mention, key in self.ctx.mentions if mention.span.end > attached.start()), None)
        if owner and owner != self.key:
            self.territories.setdefault(owner, Territory()).attached.extend(refs)

    def _add_loose(self, span: Span) -> None:
        refs, open_ended = self._communes_in(span, None, trailing_department=True)
        self.territory.loose.extend(self._dedup(refs))
        self.territory.loose_open_ended |= open_ended

    def _dedup(self, refs: list[CommuneRef]) -> list[CommuneRef]:
        seen, out = set(), []
        for ref in refs:
            ident = ref.commune.insee if ref.commune else gazetteer.fold(ref.name)
            if ident in seen:
                self.territory.duplicates.append(ref)
                continue
            seen.add(ident)
            out.append(ref)
        return out

    def _communes_in(self, span: Span, epci: str | None, trailing_department: bool = False) -> tuple[list[CommuneRef], bool]:
        text = self.text
        chunk = text[span.start:span.end]
        # the ellipsis may lie just past the span: pieces are trimmed of end punctuation
        open_ended = bool(OPEN_ENDED.search(chunk) or re.match(r"\s*(?:\.\.\.|…)", text[span.end:span.end + 5]))
        departments = list(self.departments_of(self.key))
        end = span.end
        tail = re.search(r"\s+(?:en|in|dans\s+l[ae']|dans\s+le|de\s+la|du|in\s+(?:the\s+)?neighbouring)\s+"
                         r"(?P<dep>[A-ZÀ-Ý][^,;()]*?)(?:\s+voisine?s?)?\s*[.;]?\s*$", chunk)
        if trailing_department and tail and self.gaz.find_department(tail.group("dep")):
            departments = [self.gaz.find_department(tail.group("dep"))]
            end = span.start + tail.start()
        refs = []
        for piece in re.finditer(r"[^,;/]+", text[span.start:end]):
            for part in re.split(r"\s+(?:et|and|&)\s+", piece.group()):
                offset = span.start + piece.start() + piece.group().find(part)
                ref = self._commune_ref(Span(offset, offset + len(part)), departments, epci)
                if ref:
                    refs.append(ref)
        return self._linked_by_neighbours(refs), open_ended

    def _linked_by_neighbours(self, refs: list[CommuneRef]) -> list[CommuneRef]:
        """A name left ambiguous (two departments have a commune of that name) is
        read in the departments of the other communes of its list; a misspelt one ("Chalvinac")
        links to the one commune of their main department a letter away."""
        linked = Counter(ref.commune.department for ref in refs if ref.commune)
        if not linked:
            return refs
        departments = sorted(linked)
        main = linked.most_common(1)[0][0]
        return [ref if ref.commune else CommuneRef(ref.name, ref.span, self.gaz.link_commune(ref.name, departments)
                                                   or self.gaz.link_near_spelling(ref.name, main))
                for ref in refs]

    def _commune_ref(self, span: Span, departments: list[str], epci: str | None) -> CommuneRef | None:
        raw = self.text[span.start:span.end]
        cleaned = OPEN_ENDED.sub("", raw)
        cleaned = re.sub(r"^\s*(?:les\s+communes\s+de|the\s+municipalities\s+of|la\s+commune\s+de)\s+", "", cleaned, flags=re.IGNORECASE)
        stripped = cleaned.strip(" \t\n.…;:·")
        contracted = re.match(r"(?:(?:et|and)\s+)?(?:(du|au)|(des|aux)|de|d['’]|à)\s*(?=[A-ZÀ-Ý])", stripped)
        if contracted:  # "A, B et du Vigean": "Le Vigean"; "des Y": "Les Y"
            stripped = stripped[contracted.end():]
            article = "Le " if contracted.group(1) else "Les " if contracted.group(2) else ""
        else:
            article = ""
        # "Saint-Denis (93)", "Loches (37600)": the department; "Loches (6 000 hab.)": a figure
        code = re.search(r"\s*\((\d{2}|2[AB]|97\d)(\d{2,3})?\)$", stripped)
        department = code and postal_department(code.group(1), code.group(2))
        if department and self.gaz.department_name(department):
            departments, stripped = [department], stripped[:code.start()]
        figure = re.search(r"\s*\([^()]*\d[^()]*\)$", stripped)
        stripped = stripped[:figure.start()] if figure else stripped
        if not stripped or not stripped[0].isupper():
            return None
        start = span.start + raw.find(stripped[:10]) if stripped[:10] in raw else span.start
        name = re.sub(r"-\s+", "-", re.sub(r"\s+", " ", stripped))
        name = re.sub(r"\s+-\s*|\s*-\s+", "-", name)
        commune = (article and self.gaz.link_commune(article + name, departments, epci)) or \
            self.gaz.link_commune(name, departments, epci) or self.gaz.link_commune(name, departments)
        end = start + len(stripped) if self.text[start:start + len(stripped)] == stripped else span.end
        former = commune is not None and self.gaz.is_former_name(name, commune.insee)
        return CommuneRef(name, Span(start, end), commune, former_name=former)

    # --- inline perimeter ------------------------------------------------------------------------
    def parse_inline(self, sentence: Span, after: int) -> None:
        """Areas named in the sentence after its verb: "habitants du Val de Saône et d'une partie ..."."""
        partial = False
        if re.search(SURROUNDING, self.text[after:sentence.end], re.IGNORECASE):
            self.territory.loose_open_ended = True  # "A, B et les communes environnantes"
        for item in _glue_members(self.text, self._inline_items(Span(after, sentence.end))):
            words = self.text[item.start:item.end]
            if re.search(r"une\s+partie|part\s+of", words, re.IGNORECASE):
                partial = True
            before = len(self.territory.areas)
            self.parse_item(self._drop_connectors(item), inline=True)
            for area in self.territory.areas[before:]:
                if partial:
                    area.extent = "partial"
            self._inherit_kind(before)

    def _inline_items(self, span: Span) -> list[Span]:
        """Top-level pieces of a sentence: split at commas, semicolons, colons and at "et"/"and"
        that start a new area (not the "et" inside "Norge et Tille")."""
        text = self.text
        items, depth, start = [], 0, span.start
        for i in range(span.start, span.end):
            ch = text[i]
            depth += ch == "("
            depth -= ch == ")"
            thousands = ch == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()  # "35,000"
            # "une partie de la communauté X : A, B et C": a colon after an area introduces its communes
            members_follow = ch == ":" and EPCI_PHRASE.search(text, start, i)
            slash = _slash_before_area(text, i) or ch == "/" and not self._inside_epci_phrase(i)  # "Royan / Meschers"
            if depth == 0 and not thousands and not members_follow and (
                    ch in ",;:" or slash or self._new_area_after_and(i)):
                items.append(Span(start, i))
                start = i
        items.append(Span(start, span.end))
        items = [_strip(text, Span(s.start + (1 if text[s.start] in ",;:/" else 0), s.end)) for s in items]
        expanded = []
        for item in items:
            inner = self._inside_department_parentheses(item)
            expanded += self._inline_items(inner) if inner else [item]
        return [s for s in expanded if re.search(r"[A-ZÀ-Ý]", text[s.start:s.end])]

    def _inside_department_parentheses(self, item: Span) -> Span | None:
        """"37 000 habitants en Côte-d'Or (pays X et Y)": the areas are inside the parentheses."""
        m = re.search(r"(?:en|in|dans\s+l['’]|de\s+la|du)\s*([A-ZÀ-Ý][^()]*?)\s*\(([^()]*)\)\s*$", self.text[item.start:item.end])
        if m and self.gaz.find_department(m.group(1)):
            return Span(item.start + m.start(2), item.start + m.end(2))
        return None

    def _inside_epci_phrase(self, i: int) -> bool:
        return any(phrase.start() < i < phrase.end()
                   for phrase in EPCI_PHRASE.finditer(self.text, max(0, i - 80), min(len(self.text), i + 80)))

    def _inside_name_typed_after(self, i: int) -> bool:
        """"the Granville Terre et Mer community of communes": the "et" is inside a name whose
        type word comes after it."""
        for phrase in EPCI_PHRASE.finditer(self.text, max(0, i - 80), min(len(self.text), i + 80)):
            if phrase.start() < i < phrase.end() and not EPCI_WORDS.search(self.text, phrase.start(), i):
                return True
        return False

    def _new_area_after_and(self, i: int) -> bool:
        if not self.text[i:i + 1].isspace():
            return False  # what follows must open with a space: asked at every character
        m = re.match(r"\s+(?:(?:et|and|ainsi\s+que|as\s+well\s+as)\s+|ainsi\s+qu['’]\s*)(?=(?:de\s+la|de\s+l['’]|du|des|d['’]|de\s|la|le|les|l['’]|une|the|part\s|"
                     r"pays|communauté|community|en|in|partiellement|entièrement|partly|partially|fully|[A-ZÀ-Ý]))", self.text[i:i + 40])
        if not m or self._inside_name_typed_after(i):
            return False
        if PLURAL_AREAS_BEFORE.search(self.text, max(0, i - 60), i):
            return False  # "les cantons de A et de B": the second is a canton too, not a commune
        around = re.search(r"([A-ZÀ-Ý][\w'’-]*)\s*$", self.text[max(0, i - 30):i])
        after = re.match(r"[A-ZÀ-Ý][\w'’-]*", self.text[i + m.end():i + m.end() + 30])
        if around and after and self.gaz.find_department(f"{around.group(1)} et {after.group()}"):
            return False  # "Ille et Vilaine": a department's name written without hyphens
        left = self.text[max(0, i - 60):i]
        right = self.text[i + m.end():i + m.end() + 30]
        # "communauté de communes Norge et Tille": a capitalised word joined to a typed name
        if EPCI_WORDS.search(left) and re.match(r"[A-ZÀ-Ý]", right) and not left.rstrip().endswith(")"):
            return False
        return True

    def _drop_connectors(self, span: Span) -> Span:
        text = self.text
        m = re.match(r"\s*(?:sur\s+(?:l['’]ensemble\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*)?|"
                     r"(?:et|and|en|in|of|de\s+la|du|des|de)\s+|d['’](?:une\s+partie\s+de\s+la\s+)?)?\s*",
                     text[span.start:span.end], re.IGNORECASE)
        start = span.start + (m.end() if m else 0)
        if re.match(r"(?:sud|nord|est|ouest)\s+de\b", text[start:span.end], re.IGNORECASE):
            start = span.start
            m2 = re.match(r"\s*(?:du|le|au)\s+", text[start:span.end], re.IGNORECASE)
            if not m2:
                return Span(start, span.end)
        return _strip(text, Span(start, span.end))

    def _inherit_kind(self, first_new: int) -> None:
        """In "pays X et Y", the kind named once applies to each coordinated area."""
        areas = self.territory.areas
        for i in range(max(first_new, 1), len(areas)):
            if areas[i].kind == "other" and areas[i - 1].kind == "pays" and areas[i].span.start - areas[i - 1].span.end < 8:
                areas[i].kind = "pays"


PLURAL_AREAS_BEFORE = re.compile(r"\b(?:cantons|bassins(?:\s+de\s+vie)?|vallées)\s+(?:de|d['’]|du|des)\s*[^,;:()]*$",
                                 re.IGNORECASE)
INVERTED_ARTICLE = re.compile(r"\s*\((Les|Le|La|L['’])\)")


def _glue_members(text: str, items: list[Span]) -> list[Span]:
    """Join the pieces of a sentence that belong together: after "notamment", "including",
    "à l'exception de" or "ainsi que A", the names that follow are one list, not areas.
    "la partie nord de la CAPI, notamment A, B et C, ainsi que la commune de D" is two items."""
    glued: list[Span] = []
    in_list = False
    for item in items:
        words = text[item.start:item.end]
        if glued and CONTINUES_MEMBERS.match(words):
            glued[-1] = Span(glued[-1].start, item.end)
            in_list = True
        elif glued and in_list and not OPENS_ITEM.match(words):
            glued[-1] = Span(glued[-1].start, item.end)
        else:
            glued.append(item)
            # a list starts: "ainsi que A, B", or "une partie de la communauté X : A, B"
            in_list = bool(_loose_communes(text, item)) or bool(
                EPCI_PHRASE.search(words) and re.search(r":\s*[A-ZÀ-Ý]", words))
    return glued


def _loose_communes(text: str, span: Span) -> re.Match | None:
    """Where communes named on their own start in a piece, outside parentheses and not as the
    object of an exception ("with the exception of the municipalities of A")."""
    for match in LOOSE_COMMUNES.finditer(text, span.start, span.end):
        before = text[span.start:match.start()]
        if before.count("(") > before.count(")") or EXCEPTION_BEFORE.search(before):
            continue
        return match
    return None


EXCEPTION_BEFORE = re.compile(rf"(?:{EXCEPTION_WORDS}|exclusion)\s*(?:of|de|d['’])?\s*$", re.IGNORECASE)


def _skip_quantities(text: str, span: Span) -> tuple[int, tuple[int, Span] | None]:
    """Where the place names of a sentence piece start, past "37 000 habitants de la" or "soit
    l'ensemble de"; with the count of "the 48 municipalities of", which is the area's own."""
    start = span.start
    # quantities come before the place: not inside "(12 communes)" nor after the area's name
    paren = text.find("(", start, span.end)
    phrase = EPCI_PHRASE.search(text, start, span.end)
    limit = min(x for x in (paren, phrase.start() if phrase else -1, span.end) if x >= 0)
    units = list(UNIT_THEN_PLACE.finditer(text, start, limit))
    count = None
    if units:
        last = units[-1]
        own = re.search(r"\b(?:the|les)\s+(\d+|[a-zà-ÿ-]+)\s+$", text[start:last.start()], re.IGNORECASE)
        value = own and _number(own.group(1))
        if value and re.match(r"(?:communes|municipalities)", last.group(), re.IGNORECASE):
            count = (int(value), Span(start + own.start(1), last.start() + len(last.group().split()[0])))
        some = re.search(r"(\S+)\s+$", text[start:last.start()])
        vague = some and some.group(1).lower() in ("some", "several", "quelques", "plusieurs")
        if not own and some and (vague or _number(some.group(1))) and re.match(r"(?:communes|municipalities)\s+(?:de|du|des|d['’]|of)\b",
                                                                  last.group(), re.IGNORECASE):
            return start + some.start(1), None  # "4 communes de X": a part of X, read as such by _parse_area
        start = last.end()
    skip = QUANTITY_PREFIX.match(text, start, span.end)
    return (skip.end() if skip else start), count


def _number(word: str) -> int | float | None:
    return parse_number(word, "fr", True) or parse_number(word, "en", True)


def _looks_like_named_area(item: str) -> bool:
    """"du Val de Saône", "pays de Langres": a capitalised place after a preposition, no verb
    (its communes may follow in parentheses: "une partie de Grand Poitiers (A, B)")."""
    item = re.sub(r"\s*\([^()]*\)\s*$", "", item)
    return bool(re.match(r"(?:(?:du|de\s+la|des|de\s+l['’]|d['’]une\s+partie\s+de\s+la|la|le|de)\s+|d['’]\s*)?"
                         r"(?:pays\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?)?[A-ZÀ-Ý][\w'’-]*"
                         r"(?:\s+(?:(?:de|du|des|la|le|les|et|sur|sous|en|lès|lez|aux|au)\s+|[dl]['’]\s*)?[A-ZÀ-Ý][\w'’-]*)*\s*$",
                         item.strip()))


def _name_end(text: str, start: int, end: int) -> int:
    m = re.search(r"\s*[(:]", text[start:end])
    return start + m.start() if m else end


def _strip(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in " \t\n;,.…":
        start += 1
    while end > start and text[end - 1] in " \t\n;,.…":
        end -= 1
    return Span(start, end)


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ;,.")
    article = re.match(r"(?:la|le|les|the)\s+|l['’]", name, re.IGNORECASE)
    return name[article.end():] if article else name


def _area_kind(name: str) -> str:
    if EPCI_WORDS.search(name):
        return "epci"
    if PAYS_WORD.match(name):
        return "pays"
    return "other"
