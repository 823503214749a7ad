"""Lists of communes wherever they stand, found through the gazetteer.

A release often gives its territory as a bare run of place names: after a colon, under a
heading, one per bullet, in brackets, over several lines, joined with ",", ";", "et", "&",
"/" or dashes ("ARCHES ; AUZERS ; DRUGEAC", "Mauriac : 3600 habitants, Salins : 150
habitants", "les secteurs de A, de B et du Val C"). The text is cut into pieces at those
separators; a piece is a candidate name when it is short and capitalised. A run of
neighbouring candidates is a list when at least three of them, and most of them, link to a
commune. One or two place names in a sentence are left to the territory statements
(pipeline.territory.perimeter): alone, they are as often a venue or a workplace as a territory.

A list is a territory only when its sentence says so: it names communes or a perimeter
("les communes de", "couvre", "territoire"), or the list stands under a heading of its own
("Communes :", "Haute-Vienne :"). Places a bus stops at, where a meeting is held or whose
mayors attend are not. A list after "dont", "notamment", "including" gives examples: more
communes belong to the territory than it names. One that says where professionals come from
("les professionnels des secteurs de A, B et C") names territory communes but no perimeter.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..facts.context import postal_department
from ..facts.number_words import NUMBER_PHRASE
from ..model import NAME_REACH, Span, starting_between
from ..reference import gazetteer
from ..reference.regex_start import quick_start
from ..text.list_repairs import inside_open_bracket
from .commune_links import department_phrase, link_run, without_department_after
from .list_cues import (AROUND_BEFORE, COUNTED_BEFORE, EXAMPLES_BEFORE, EXAMPLES_INSIDE, EXAMPLES_OPENING, LACKING_AFTER, MAIN_TOWNS_BEFORE,
                        PLACES_OF_PEOPLE, SAID_COMMUNES, SOME_OF_AFTER, placed_outside)
from .list_layouts import (CPTS_HEADLINE_AFTER, after_name, before_name, block_of_its_own,
                           brackets_former_communes_after, department_in_brackets, former_communes_in_brackets, heading_above,
                           headline_before_cpts, repeated_cell, under_heading)

# What separates the items of a list; "." ends a list (a sentence ends).
SEPARATOR = quick_start(re.compile(
    r"[,;()•·▪►|\t]|(?<!-)\n|:\s|\s+(?:et|and|&|ou|or|puis|ainsi\s+que|as\s+well\s+as)\s+|(?<![\s-][sS])\s*/\s*|\s[-–—+]\s|^[ \t]*(?:[-–—*>→➢✓✔◦○]|\d{1,2}[.)])[ \t]*| {2,}(?=\w)|[ \t]*\.{4,}[ \t]*",
    re.MULTILINE))  # a line break after a hyphen is inside a name: "Nuits-Saint-\nGeorges"; spaces or dots between columns part names;
# a slash after a lone "s" is "sur" inside a name: "Sablé s/ Sarthe"
SUR_SLASH = re.compile(r"(?<=[\s-][sS])/")
# "...", "…", or a full stop before a space (not "St.", "Ste.", "hab.", an item's number "2."); each opens on its character
LIST_END = re.compile(r"(?<!\.)\.(?:\.\.(?!\.)|(?<!\bSt\.)(?<!\bSte\.)(?<!\bhab\.)(?<!^\d\.)(?<!\n\d\d\.)(?<!\n\d\.)(?=\s|$))|…")
# Words before a name inside an item: "et", "les communes de", "de", "du", "ainsi que".
LEADING_WORDS = re.compile(
    r"^(?:\d{5}[ \t\u00a0]+)?"  # a postcode before the name: "72300 Sablé-sur-Sarthe"
    r"(?:(?:ainsi\s+que|as\s+well\s+as|y\s+compris|including|notamment|puis|plus|et|and)\s+)?"
    r"(?:(?:(?:les|des|la|the)\s+)?(?:communes?(?:\s+nouvelles?)?|villes?|municipalit(?:y|ies)|towns?)\s+(?:de|d['’]|of)\s*)?"
    r"(?:(?:d['’]\s*|(?:de|du|des|à|au|aux|in|at|avec|with)\s+)(?=(?-i:[A-ZÀ-Ý])))?",
    re.IGNORECASE)
# A piece that only gives a figure about the name before it: "7591 habitants", "93", "47.000 hab."
# (or its unit alone, when a line break parts it from its number: "Doussard : 3626\nhabitants")
FIGURE = re.compile(r"^(?=\S*[\dA-Za-z])(?:[\d\s\u00a0\u202f.,]+)?(?:hab(?:itants|\.)?|inhabitants|residents|km2|km²)?\.?$", re.IGNORECASE)
INVERTED_ARTICLE = re.compile(r"\(\s*(?:La|Le|Les|L['’])\s*\)")
# The headings of a table of communes and their figures: "Commune | Population", "Total"
TABLE_HEADING = re.compile(r"(?:communes?|population(?:\s+municipale)?|(?:nombre\s+d['’])?habitants|total|intercommunalités?|EPCI|"
                           r"code\s+(?:postal|insee)|municipalit(?:y|ies)|inhabitants)\s*:?", re.IGNORECASE)
# Letters of a word, with the signs that text decoded with the wrong code page leaves ("VĂ©zelay")
WORD = r"[\w'’©¨§´˘®˝˙¤-]"
NAME = re.compile(rf"^(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý]{WORD}*(?:[ \t\u00a0]+{WORD}+){{0,5}}$")
# A capitalised name ending a phrase: "des secteurs de Mauriac", "regroupe Arches"
NAME_AFTER_WORD = re.compile(
    rf"(?:^|\s)[a-zà-ÿ]+(?:['’]|\s+)(?:\d{{5}}[ \t\u00a0]+)?(?P<name>(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý]{WORD}*"
    rf"(?:[ \t]+(?:[dl]['’]\s*)?[A-ZÀ-Ý]{WORD}*){{0,3}})$")
# A capitalised phrase at the start of a piece: "Vic sur Cère représentent 2 pôles"
NAME_BEFORE_VERB = re.compile(
    rf"(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý]{WORD}*"
    rf"(?:[ \t]+(?:[dl]['’]\s*[A-ZÀ-Ý]{WORD}*|[A-ZÀ-Ý]{WORD}*|des|du|de|les|la|le|sur|sous|en|lès|lez|ste|st)){{0,5}}")  # longest first: "les", not "le"
# "et les communes environnantes", "and surrounding villages": more communes than those named
SURROUNDING = (r"(?:(?:les|des|ses|leurs|d['’]autres|quelques|plusieurs|the|other|some)\s+)?(?:\d+\s+)?(?:autres\s+)?"
               r"(?:communes|villages|villes|municipalities|towns)\s+(?:environnantes|alentours?|voisines|avoisinantes|"
               r"limitrophes|proches|périphériques)"
               r"|(?:the\s+)?(?:surrounding|neighbou?ring|nearby)\s+(?:municipalities|towns|villages|communes|area)"
               r"|(?:d['’]autres|other)\s+(?:communes|villages|municipalities|towns)\b"  # "et d'autres communes du plateau"
               r"|(?:(?:ses|leurs|les|des)\s+)?(?:environs|alentours)\b|(?:sa|leur)\s+(?:périphérie|région|couronne)|"
               r"(?:its|their)\s+(?:surroundings|outskirts|surrounding\s+area)")
# "ainsi que 20 villages", "and several other towns": more places than the names
MORE_PLACES = (r"(?:\d+|une?\s+\w+aine\s+de|quelques|plusieurs|several|some|a\s+few|other)\s+(?:(?:autres|petites|other|small)\s+){0,2}"
               r"(?:communes|villages|hameaux|municipalities|towns)\b")
OPEN_ENDED = re.compile(rf"^\s*,?\s*(?:\.\.\.|…|etc\b|(?:(?:et|and|ainsi\s+que|as\s+well\s+as|plus)\s+|ainsi\s+qu['’]\s*)(?:{SURROUNDING}|{MORE_PLACES}))",
                        re.IGNORECASE)
# "la communauté de communes de A": the name after these words is an area's, not a commune of a list
AREA_WORD = re.compile(r"\b(?:communaut\w*|community|communities|agglo\w*|métropole|metropol\w*|intercom\w*|pays|"
                       r"canton\w*|arrondissement\w*|bassin\w*|district\w*|CC|CA|CU)\b", re.IGNORECASE)
# "les maisons de santé de A": the name after these words is a workplace's
WORKPLACES = (r"maisons?\s+de\s+santé|centres?\s+(?:de\s+santé|hospitaliers?|médica\w+)|pôles?\s+de\s+santé|MSP|"
              r"hôpita\w*|hospitals?|health\s+cent(?:re|er)s?|cliniques?|clinics?|EHPAD|pharmacies?|cabinets?(?:\s+\w+)?")
WORKPLACE_BEFORE = re.compile(rf"\b(?:{WORKPLACES})\s+(?:de|du|des|d['’]|of|in|à)\s*$", re.IGNORECASE)
# "les trois maisons de santé (A, B et C)", "nos MSP : A, B": where the workplaces are, inside the territory
# (and "trois maisons de santé, à A, B et C", "trois EHPAD, situés à A")
WORKPLACES_LISTED = re.compile(rf"\b(?:{WORKPLACES})(?:\s+[a-zà-ÿ-]+){{0,2}}\s*(?:[(:]|,\s*(?:(?:situ|implant|install)ée?s\s+)?(?:à|au|aux|in))\s*$",
                               re.IGNORECASE)
# "les secteurs (sanitaires) de A, B et C", "les secteurs A, B et C", "les sous-territoires de soins de A et B", "the sectors
# of A": the towns parts of a territory are named after, not the communes of its perimeter
SECTOR_WORDS = r"secteurs?|sous-secteurs?|sous-territoires?|bassins?(?:\s+de\s+vie)?|zones?|antennes?|pôles?"
SECTOR_BEFORE = re.compile(rf"\b(?:{SECTOR_WORDS}|sectors?)(?:\s+de\s+(?:soins|santé|proximité)|\s+(?:sanitaires?|géographiques?))?"
                           r"(?:\s+(?:de|d['’]|du|des|of)\s*|(?<=s)\s+)$", re.IGNORECASE)
COMMUNE_WORD = re.compile(r"\b(?:communes?|villes?|municipalit(?:y|ies)|towns?)\b", re.IGNORECASE)
PERIMETER_WORDS = re.compile(
    r"\b(?:couvr\w*|couverte?s?|regroup\w*|rattachée?s?|compren\w*|englob\w*|s['’]étend\w*|rassembl\w*|réuni(?!on)\w*|fédèr\w*|compos\w*|"
    r"constitu(?!ti)\w*|inclu(?:t|ent|ant|ra|ront)|intègr(?:e|ent|ant|era)|embrass(?:e|ent|ant)|s['’]étir\w*|à\s+cheval\s+sur|territoire|périmètre|cover\w*|includ\w*|span\w*|encompass\w*|extends?|territory|perimeter|"
    # "son aire d'intervention", "sa zone d'action" (not a "zone d'intervention prioritaire"), "son champ d'action", "its catchment area:"
    r"(?:aire|zone|champ|rayon)\s+d['’](?:intervention|action)(?!\s+(?:prioritaire|complémentaire))|(?:catchment|service|coverage)\s+area|area(?=\s*:)|gathers?|"
    # "formée par A, B", "se déploie sur A, B", "les habitants de A, B"
    r"formée?s?\s+(?:par|de)|formed\s+by|form(?:ent|eront)\s+(?:(?:aujourd['’]hui|désormais|ensemble)\s+)?la\s+CPTS|(?:se\s+)?déploi\w*|habitants|population|inhabitants|residents)\b",
    re.IGNORECASE)
# "Une CPTS pour A, B et C": the places a community is for
CPTS_FOR = re.compile(r"\bCPTS\s+(?:pour|for)\s+(?:les\s+communes\s+(?:de|d['’])\s*)?$")
# Words that call the places of a list communes or sectors of a territory
LIST_CUE = re.compile(rf"\b(?:communes?|villes?|municipalit(?:y|ies)|towns?|sectors?|{SECTOR_WORDS})\b", re.IGNORECASE)
INTERCOMMUNALITY = re.compile(r"\b(?:communautés?\s+de\s+communes|communit(?:y|ies)\s+of\s+(?:communes|municipalities))\b",
                              re.IGNORECASE)
CAPITAL = re.compile(r"[A-ZÀ-Ý]")
ARTICLE_ONLY = re.compile(r"(?i:les?|la|l['’]|the|elle|il)")  # "Les" is a commune too, not a name here
MIN_LINKED = 3
MIN_LINKED_CUED = 2  # when the text says they are communes
MIN_LINKED_SHARE = 0.6


@dataclass
class Piece:
    span: Span  # of the name as written (leading words left out)
    name: str
    header: bool = False  # "Landes :" heads the items after it
    cued: bool = False  # "les communes de A", "Communes du Cantal :": said to be communes
    edge: str | None = None  # "tail" ("des secteurs de A"), "head" ("B représentent ..."): part of a phrase
    article: str = ""  # "Le " after "du", "Les " after "des": the name may start with it
    department: str | None = None  # the one its postcode gives
    commune: gazetteer.Commune | None = None
    candidates: list[gazetteer.Commune] = field(default_factory=list)


@dataclass
class CommuneList:
    span: Span
    items: list[Piece]  # every candidate name of the list, linked or not
    open_ended: bool = False
    named_in_passing: bool = False  # "les professionnels des secteurs de A, B et C": places, not a perimeter

    @property
    def linked(self) -> list[Piece]:
        return [p for p in self.items if p.commune]

    @property
    def complete(self) -> bool:
        """No item that could not be linked, nothing like "..." after the last one."""
        return not self.open_ended and all(p.commune or p.header for p in self.items)


def find_lists(text: str, departments: list[str], skip: list[Span] = ()) -> list[CommuneList]:
    """Every run of place names in `text` that reads as a list of communes. `departments`
    are the document's, preferred for names that several communes share; names inside
    `skip` (CPTS names) are never items. Persons found by the statistical tagger are not
    skipped: it takes many place names for persons, and a list of persons does not link."""
    lists = []
    for run in linked_runs(text, departments, skip):
        items = _trim(run)
        span = Span(items[0].span.start, items[-1].span.end)
        if placed_outside(text, span):
            continue
        before, after = _named_before(text, span.start) + _sentence_before(text, span.start), _sentence_after(text, span.end)
        cued = any(p.cued for p in items)
        heading = heading_above(text, span.start)
        if not (cued or _territory_cue(before) or _territory_cue(after) or CPTS_FOR.search(before) or under_heading(text, span.start, before)
                or _territory_heading(heading_above(text, span.start, marked=True)) or heading.rstrip().endswith(":")
                or after_name(text, span.start, skip)
                or before_name(text, span.end, skip) or headline_before_cpts(text, span) or block_of_its_own(text, span, items)):
            continue  # a run of places the sentence does not call a territory
        open_ended = bool(OPEN_ENDED.match(text[span.end:span.end + 60]) or EXAMPLES_BEFORE.search(before)
                          or SOME_OF_AFTER.match(text, span.end)  # "A, B et C font partie des 25 communes"
                          or EXAMPLES_INSIDE.search(text, span.start, span.end))  # "A, including B and C"
        first = next(p for p in items if p.commune).span.start
        opened_as_sectors = bool(SECTORS_OPENING.search(text, max(0, first - 60), first)  # "trois cantons : A, B et C"
                                 or PARTS_COUNTED.search(text, max(0, first - 120), first)  # "trois secteurs composent le territoire :"
                                 or MAIN_TOWNS_BEFORE.search(before)  # "les principales communes sont A, B et C"
                                 or AROUND_BEFORE.search(text, max(0, first - 30), first)  # "villages around A, B"
                                 or LACKING_AFTER.match(text, span.end))  # "A, B et C manquent de médecins"
        in_passing = opened_as_sectors or not cued and (bool(PLACES_OF_PEOPLE.search(before) or WORKPLACES_LISTED.search(before)) or
                                                        items[0].edge == "tail" and not (PERIMETER_WORDS.search(before) or CPTS_FOR.search(before)) or
                                                        _named_as_sectors(text, items[0].span.start))
        lists.append(CommuneList(span, items, open_ended, in_passing))
    return lists


def linked_runs(text: str, departments: list[str], skip: list[Span] = ()) -> list[list[Piece]]:
    """The runs of place names that link to neighbouring communes, whatever their sentence
    calls them (a territory, venues, the towns of the mayors present)."""
    gaz = gazetteer.load()
    runs = []
    for run in _runs(text, skip):
        run = _from_label(text, link_run(gaz, text, run, departments))
        linked = [p for p in run if p.commune]
        names = [p for p in run if not p.header]
        sectors = bool(linked) and _named_as_sectors(text, linked[0].span.start)
        headline = bool(linked) and before_name(text, linked[-1].span.end, skip)  # "A et B : la CPTS X est née"
        least = MIN_LINKED_CUED if any(p.cued for p in run) or sectors or headline else MIN_LINKED
        if len(linked) >= least and len(linked) >= MIN_LINKED_SHARE * len(names) and _together(linked, departments):
            runs.append(run)
    return runs


def _from_label(text: str, run: list[Piece]) -> list[Piece]:
    """"Anne Le Goff\nSecteurs : A et B": a label with a colon opens the list; the words before
    it, none of them a commune, are no items."""
    labels = [i for i, p in enumerate(run) if p.header and text.startswith(":", _next_visible(text, p.span.end))]
    if not labels or any(p.commune for p in run[:labels[-1]]):
        return run
    run = run[labels[-1]:]
    ends = [i for i in range(2, len(run)) if BLANK_LINE.search(text, run[i - 1].span.end, run[i].span.start)]
    return run[:ends[0]] if ends else run  # the labelled list ends at a blank line


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _next_visible(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _named_as_sectors(text: str, start: int) -> bool:
    """"les secteurs de A et B", "Sous-territoires :" above the list: towns parts of the
    territory are named after."""
    return bool(SECTOR_BEFORE.search(text, max(0, start - 60), start) or SECTORS_OPENING.search(text, max(0, start - 60), start)
                or SECTOR_HEADING.fullmatch(heading_above(text, start, marked=True)))


# "trois cantons : A, B et C", "3 cantons (A, B, C)", "les secteurs suivants : A, B": the towns parts are named after
SECTORS_OPENING = re.compile(rf"\b(?:cantons|{SECTOR_WORDS})(?:\s+suivante?s)?[ \t]*[:(][ \t]*$", re.IGNORECASE)


# "Trois secteurs composent le territoire :", "trois zones d'intervention prioritaire :" (not "3 secteurs et
# 12 communes :"): the list after the colon names parts of the territory or the communes of a zoning
PARTS_COUNTED = re.compile(rf"(?:\b(?:\d+|{NUMBER_PHRASE})\s+(?:{SECTOR_WORDS}|cantons)\b|\bzones?\s+d['’]intervention\s+prioritaire|"
                           r"\bZIP\b)(?:(?!\bcommunes\b)[^:.;])*:\s*$", re.IGNORECASE)
SECTOR_HEADING = re.compile(rf"[ \t]*(?:nos\s+|les\s+)?(?:{SECTOR_WORDS})[ \t]*:?[ \t]*", re.IGNORECASE)


# The end of a sentence or a paragraph (not the point of a numbered item: "2. Les Rousses")
SENTENCE_BREAK = re.compile(r"(?<!^\d)(?<!^\d\d)[.!?](?:\s|$)|\n[ \t]*\n", re.MULTILINE)


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence before `start` (at most a few lines back)."""
    before = text[max(0, start - 250):start]
    return SENTENCE_BREAK.split(before)[-1]


def _named_before(text: str, start: int) -> str:
    """"Elle couvre 5 communes. Il s'agit de A, B ...": the sentence before, when the list only
    names what it spoke of."""
    sentences = SENTENCE_BREAK.split(text[max(0, start - 250):start])
    return sentences[-2] + ". " if len(sentences) > 1 and NAMING_OPENING.fullmatch(sentences[-1]) else ""


# A sentence that only opens the names of what the sentence before spoke of ("Il s'agit de", "Soit, du nord au sud :")
NAMING_OPENING = re.compile(r"\s*(?:il\s+s['’]agit\s+(?:de|d['’])|ce\s+sont|(?:these|they)\s+are|(?:soit|à\s+savoir|c['’]est-à-dire)\b[^.:;]{0,30}:)\s*", re.I)


def _sentence_after(text: str, end: int) -> str:
    return re.split(r"[.!?](?:\s|$)|\n", text[end:end + 150])[0]


def _territory_cue(words: str) -> bool:
    """Whether a sentence calls the places it names communes or a perimeter ("les communes
    de", "couvre", "territoire"); "communauté de communes" alone names a body, not communes."""
    return bool(PERIMETER_WORDS.search(words) or LIST_CUE.search(INTERCOMMUNALITY.sub(" ", words)))


def _territory_heading(heading: str) -> bool:
    """Whether the line above a list (bulleted, numbered or not) says what it lists is a
    territory: a sentence with a covering word ("La CPTS couvre quatre communes."), or a title
    that calls its items communes ("Communes membres"), not a sentence that only counts places
    ("Des permanences sont organisées dans trois communes.")."""
    return bool(PERIMETER_WORDS.search(heading)) or not heading.rstrip().endswith((".", "!", "?")) and _territory_cue(heading)


def _together(linked: list[Piece], departments: list[str]) -> bool:
    """Whether most communes of a list lie in the document's departments or share one with
    another item: "Paris, Lyon et Marseille" named as examples is no territory."""
    counts = Counter(p.commune.department for p in linked)
    near = sum(n for department, n in counts.items() if n >= 2 or department in departments)
    return near * 2 > len(linked)


def _runs(text: str, skip: list[Span]) -> list[list[Piece]]:
    """Runs of candidate names, each cut where a piece is neither a name nor a figure. A name
    that ends a phrase ("des secteurs de A") can only open a run, one that starts a phrase
    ("et C représentent ...") can only close it."""
    runs, current = [], []
    for piece_span in _pieces(text):
        raw = text[piece_span.start:piece_span.end].strip()
        if not raw:
            continue
        if LIST_END.fullmatch(raw):
            if not _comma_read_as_point(text, piece_span):
                runs.append(current)
                current = []
            continue
        if current and INVERTED_ARTICLE.fullmatch(text, piece_span.start - 1, piece_span.end + 1):
            current[-1].article = raw + " "  # "Flèche (La)", as official tables write it: "La Flèche"
            continue
        # said of the name before, like a figure; or a table's heading, or a cell its column repeats
        aside = department_in_brackets(text, piece_span, raw) or TABLE_HEADING.fullmatch(raw) or repeated_cell(text, piece_span) or former_communes_in_brackets(text, piece_span)
        piece = None if aside else _candidate(text, piece_span, skip, in_run=bool(current))
        if piece is None:
            if not FIGURE.match(raw) and not aside:
                runs.append(current)
                current = []
            continue
        if piece.edge == "tail":
            runs.append(current)
            current = []
        current.append(piece)
        if piece.edge == "head":
            runs.append(current)
            current = []
    runs.append(current)
    return [run for run in runs if len(run) >= MIN_LINKED_CUED]


def _comma_read_as_point(text: str, point: Span) -> bool:
    """"(Brochon, Fixin. Morey-Saint-Denis, Urcy)": a point between names inside brackets left
    open in the paragraph, where a sentence cannot end; OCR read a comma."""
    return (text[point.start:point.end] == "." and re.match(r" [A-ZÀ-Ý]", text[point.end:point.end + 2]) is not None
            and inside_open_bracket(text, point.start))


def _pieces(text: str) -> list[Span]:
    """The text cut at list separators and at sentence ends (these kept as pieces of their own)."""
    cuts = sorted([(m.start(), m.end(), False) for m in SEPARATOR.finditer(text)]
                  + [(m.start(), m.end(), True) for m in LIST_END.finditer(text)])
    pieces, pos = [], 0
    for start, end, is_end in cuts:
        if start < pos:
            continue
        pieces.append(Span(pos, start))
        if is_end:
            pieces.append(Span(start, end))
        pos = end
    pieces.append(Span(pos, len(text)))
    return pieces


def _candidate(text: str, span: Span, skip: list[Span], in_run: bool = False) -> Piece | None:
    raw = text[span.start:span.end]
    if not CAPITAL.search(raw):
        return None  # every name read below starts with a capital
    if department_phrase(raw):  # "en Dordogne, A et B": it heads the names after it
        return Piece(span, raw.strip(), header=True)
    # "Landes : A, B" and "la CC X (A, B)" head a list; "Salins : 150 habitants" and
    # "Mauriac (3.600 habitants)" are items with their figure
    # "A, B et C : la CPTS X": C ends a list ("la CC de A et B :" still heads one)
    last_before_name = LAST_ITEM.search(text, max(0, span.start - 5), span.start) and before_name(text, span.end, skip) \
        or CPTS_HEADLINE_AFTER.match(text, span.end)  # "A, B, C : les soignants s'organisent en CPTS"
    labels = bool(COLON_HEADER.match(text, span.end, span.end + 200)) and not last_before_name
    header = labels or bool(re.match(r"\s*\([^()]*,", text[span.end:span.end + 200])) and not brackets_former_communes_after(text, span.end)
    lead = LEADING_WORDS.match(raw.strip())
    stripped = raw.strip()[lead.end():] if lead else raw.strip()
    stripped = FIGURE_AFTER.sub("", stripped.strip(" \t\u00a0.…*\"«»“”"))
    stripped, department = without_department_after(stripped)
    edge = None
    head = NAME_BEFORE_VERB.match(_unbroken(stripped))
    if stripped and not (head and head.end() == len(_unbroken(stripped))):
        tail = NAME_AFTER_WORD.search(stripped)
        tail = tail if tail and _opens_list(stripped[:tail.start("name")]) else None
        prefix = _longest_commune_prefix(head.group()) if head and not header else ""
        if prefix and (in_run or not tail):  # a run goes on to its last name before it opens another
            stripped, edge = prefix, "head"
        elif tail:
            stripped, edge = tail.group("name"), "tail"
        else:
            stripped = ""
    if not stripped or not NAME.match(_unbroken(stripped)) or any(map(str.isdigit, stripped)):
        return None
    start = span.start + raw.find(stripped)
    end = start + len(stripped)
    if any(s.start < end and start < s.end for s in starting_between(skip, start - NAME_REACH, end)):
        return None  # inside a CPTS's name
    cued = bool(lead and COMMUNE_WORD.search(lead.group())) or (header and bool(
        COMMUNE_WORD.search(stripped) or gazetteer.load().find_department(DEPARTMENT_HEADING.sub("", stripped))))
    # "les communes de A", "les 5 communes membres sont A", "le territoire de A", "(6 communes, dont A": said to be communes
    said_communes = SAID_COMMUNES.search(raw[:raw.find(stripped)]) or \
        COUNTED_BEFORE.search(text, max(0, span.start - 30), span.start) and EXAMPLES_OPENING.match(raw.strip())
    cued |= edge == "tail" and bool(said_communes)
    contracted = CONTRACTED_ARTICLE.search(text, max(0, start - 5), start)
    article = ("Les " if contracted.group(1).lower() in ("des", "aux") else "Le ") if contracted else ""
    postcode = re.match(r"(\d{2})(\d{3})", lead.group()) if lead else None  # "37330 Château-la-Vallière"
    return Piece(Span(start, end), _readable(_unbroken(stripped)), header=header, cued=cued, edge=edge, article=article,
                 department=postal_department(*postcode.groups()) if postcode else department)


# "Landes : A, B", "Loire (42) : A, B" (not "Salins : 150 habitants", "A, B : ce sont ...", "A, B : ces communes ...")
COLON_HEADER = re.compile(r"\s*(?:\(\s*(?:\d{2,3}|2[AB])\s*\)\s*)?:(?!\s*\d)"
                          r"(?!\s*(?:ce\s+sont|c['’]est|voici|tels?\s+sont|telles?\s+sont|these\s+are|ces|these)\b)", re.IGNORECASE)
LAST_ITEM = re.compile(r"\s(?:et|and|&|[-–—])\s+$", re.IGNORECASE)
# "Pour le Finistère : A, B", "Dans l'Orne : C, D": the communes of a department, one line each
DEPARTMENT_HEADING = re.compile(r"^(?:pour|dans|en|côté)\s+(?:(?:le|la|les)\s+|l['’]\s*)?", re.IGNORECASE)
# "Sablé-sur-Sarthe 72300"; "Manosque 22 718", "Volx 3243 hab": a table's line, the name and its population
FIGURE_AFTER = re.compile(r"[ \t\u00a0]+(?:\d{5}|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d{3,6})(?:[ \t\u00a0]*(?:habitants|hab))?$")
CONTRACTED_ARTICLE = re.compile(r"\b(du|au|des|aux)\s+$", re.IGNORECASE)  # "du Lude": "Le Lude"


LINE_BREAK_IN_NAME = re.compile(r"-[ \t]*\n\s*")


def _unbroken(name: str) -> str:
    """"Vic-sur-\nCère" -> "Vic-sur-Cère": a name cut at the end of a line after a hyphen."""
    return LINE_BREAK_IN_NAME.sub("-", name) if "\n" in name else name


# "la CPTS du Pays de Retz couvre A": the area word is the CPTS's name's, not before the name
IN_CPTS_NAME = re.compile(r"\bCPTS\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])?\s*\Z")


def _opens_list(phrase: str) -> bool:
    """Whether a phrase ending in a preposition may be followed by the first name of a list:
    "to the municipalities of", "des secteurs de", not "la communauté de communes de"."""
    if re.search(r"(?:communes|municipalities|villes|towns)\s+(?:de|d['’]|du|des|of)\s*$", phrase, re.IGNORECASE):
        return not re.search(r"(?:communauté|community)\s+of\s+(?:communes|municipalities)\s+\w+\s*$|"
                             r"communauté\s+de\s+communes\s+\w+\s*$", phrase, re.IGNORECASE)
    tail = phrase[-40:]
    areas = [m for m in AREA_WORD.finditer(tail) if not IN_CPTS_NAME.search(phrase, 0, len(phrase) - len(tail) + m.start())]
    return not areas and not WORKPLACE_BEFORE.search(phrase)


def _longest_commune_prefix(words: str) -> str:
    """"Vic sur Cère représentent": the longest start of the phrase that is a commune's name."""
    gaz = gazetteer.load()
    parts = words.split()
    for n in range(len(parts), 0, -1):
        if gaz.candidates(" ".join(parts[:n])) and not ARTICLE_ONLY.fullmatch(parts[0] if n == 1 else "-"):
            return " ".join(parts[:n])
    return ""


def _readable(name: str) -> str:
    """The name with its spaces made single, and text decoded with the wrong code page read
    back ("VĂ©zelay" -> "Vézelay")."""
    name = re.sub(r"\s+", " ", name)
    if re.search(r"[ĂÃÂ]", name):
        for codec in ("cp1250", "cp1252", "latin-1"):
            try:
                return name.encode(codec).decode("utf-8")
            except (UnicodeError, ValueError):
                continue
    return name


def _trim(run: list[Piece]) -> list[Piece]:
    """The run from its first linked name to its last (a heading or a stray word at either end
    is not an item)."""
    linked = [i for i, p in enumerate(run) if p.commune]
    return run[linked[0]:linked[-1] + 1]
