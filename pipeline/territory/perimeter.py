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

import itertools
import re
from collections import Counter

from ..reference import gazetteer
from .commune_links import shortened_among
from .commune_lists import PARTS_COUNTED, find_lists
from .commune_parts import (add_central_towns, add_commune_parts, add_namesake_towns, add_range_ends, add_seat_towns,
                            add_towns_of_the_name, add_workplace_towns)
from ..facts.context import Context
from ..facts.table_columns import column_owner
from .epci_mentions import epci_mentions_of
from .epci_words import MEMBERS_OF_BEFORE
from .epci_owners import cpts_sharing, owner_of_mention
from ..model import Span
from ..facts.place_names import EPCI_PHRASE
from .areas import Area, CommuneRef, Territory
from .items import clean_name
from .items import territory_of_an_area
from .memberships import add_member_communes
from .parser import Parser
from .named_communes import communes_named_from, parse_named_communes
from .statements import (PASSIVE, SERVES, UNNAMED_CPTS, clauses, defined_acronyms, document_departments, list_items,
                         other_subject, owner_of_list, statement_end, statement_owner, territory_verb)



def extract_territories(ctx: Context, departments_of) -> dict[str, Territory]:
    """Perimeters by CPTS key. `departments_of(key)` gives the departments to link names in."""
    territories: dict[str, Territory] = {}
    acronyms = defined_acronyms(ctx.text)
    parsed_until = 0
    for sentence in (clause for whole in ctx.sentences for clause in clauses(ctx.text, whole)):
        words = ctx.text[sentence.start:sentence.end]
        verb = territory_verb(words, gapped=sentence.start < parsed_until + 3)
        if not verb or sentence.start + verb.start() < parsed_until or NEGATION_BEFORE.search(words, 0, verb.start()):
            continue  # "Restent non couvertes les communes de A, B": outside the perimeter
        after_verb = sentence.start + verb.end()
        line_end = ctx.text.find("\n", after_verb)
        heading = verb.group().endswith(":") and line_end > 0 and not ctx.text[after_verb:line_end].strip()
        statement = Span(sentence.start, after_verb if heading else statement_end(ctx.text, after_verb))  # "Territoire :\n..."
        words = ctx.text[statement.start:statement.end]
        named_from = communes_named_from(ctx, departments_of, verb, after_verb, statement.end)
        if named_from is None and re.fullmatch(SERVES, verb.group(), re.IGNORECASE):
            continue  # "au service des habitants de l'Auxois-Morvan": only the communes it names
        if not (re.search(r"\bCPTS\b|territoire|territory|périmètre|perimeter|communauté|community|\bcommun\w*|municipalit|intercommunal|\bEPCI\b|"
                          r"habitants|inhabitants",
                          words, re.IGNORECASE) or EPCI_PHRASE.search(words) or named_from is not None
                or _names_a_defined_acronym(words, acronyms) or _places_listed_after(ctx.text, words, statement.end)):
            continue
        key = statement_owner(ctx, sentence, sentence.start + verb.start())
        if key is None:
            continue
        parser = Parser(ctx, key, departments_of, territories, acronyms)
        first_loose = len(parser.territory.loose)
        if PASSIVE.fullmatch(verb.group()) and not ctx.text[after_verb:statement.end].strip(" ."):
            # "ce sont les 45 communes de la CA X qui sont couvertes": the perimeter comes first
            auxiliary = AUXILIARY_BEFORE.search(ctx.text, sentence.start, sentence.start + verb.start())
            parser.parse_inline(Span(sentence.start, auxiliary.start() if auxiliary else sentence.start + verb.start()),
                                sentence.start)
            parsed_until = statement.end
        elif named_from is not None and named_from.in_passing:  # "couvre 10 communes autour de A": A, no perimeter
            parse_named_communes(parser, statement, named_from)
            parsed_until = statement.end
        elif _lines_under_heading(ctx.text, after_verb, statement.end):  # "Communes couvertes\nA\nB\nC"
            parser.parse_items(_lines_under_heading(ctx.text, after_verb, statement.end))
            parsed_until = statement.end
        elif words.rstrip().endswith(":"):
            items = list_items(ctx.text, statement.end)
            parser.parse_items(items)
            parsed_until = items[-1].end if items else statement.end
        elif re.search(r"habitants|communes|\bvilles\b|inhabitants|municipalities|(?:périmètre|perimeter|territoire|territory)\s*:",
                       words, re.IGNORECASE) or EPCI_PHRASE.search(words) or re.search(r"\((?:\s*[A-ZÀ-Ý][^(),]*,)+[^()]*\)", words) \
                or territory_of_an_area(gazetteer.load(), ctx.text, after_verb, statement.end) \
                or _names_a_defined_acronym(ctx.text[after_verb:statement.end], acronyms):
            parser.parse_inline(statement, after_verb)
            parsed_until = statement.end
        elif named_from is not None:
            parse_named_communes(parser, statement, named_from)
            parsed_until = statement.end
        if _names_parts(ctx.text, sentence.start, statement.end):  # "Trois secteurs composent le territoire : A, B, C"
            parser.named_in_passing(first_loose)
    add_member_communes(ctx, departments_of, territories)
    add_range_ends(ctx, departments_of, territories)
    for territory in territories.values():
        _areas_linked_by_members(territory)
    _add_epci_mentions(ctx, departments_of, territories)
    _add_commune_lists(ctx, departments_of, territories)
    add_commune_parts(ctx, departments_of, territories)
    add_workplace_towns(ctx, departments_of, territories)
    add_central_towns(ctx, departments_of, territories)
    add_seat_towns(ctx, departments_of, territories)
    add_namesake_towns(ctx, departments_of, territories)
    add_towns_of_the_name(ctx, departments_of, territories)
    for territory in territories.values():
        _link_by_neighbours(territory)
        for area in territory.areas:  # a commune the territory excepts stays out, however it is named again later
            _drop_excepted(territory, area)
            _part_left_out(area)
    return territories


def _part_left_out(area: Area) -> None:
    """"la CC X, à l'exception du Donezan": an exception that names no commune (a valley, a canton) leaves a part of X."""
    if area.code and area.excepted and all(ref.commune is None for ref in area.excepted):
        area.excepted, area.extent = [], "partial"


def _names_parts(text: str, start: int, end: int) -> bool:
    """Whether the list after a colon names the parts of the territory or the communes of a zoning."""
    colon = text.find(":", start, end)
    return colon >= 0 and bool(PARTS_COUNTED.search(text, start, colon + 1))


NEGATION_BEFORE = re.compile(r"\b(?:non|pas|not|jamais|never)\s+(?:encore\s+|yet\s+)?$"
                             # "elle pourrait s'étendre à A": what it might cover one day
                             r"|\b(?:pourr(?:ait|aient)|souhait\w*|envisag\w*|could|might)\s+(?:\w+\s+){0,2}$",
                             re.IGNORECASE)


def _lines_under_heading(text: str, after_verb: int, end: int) -> list[Span]:
    """The lines of a column of short items under a heading the verb ends ("Communes
    couvertes", then one name a line); none when the verb's line goes on or a line is long (a
    sentence wrapped at the page's width)."""
    line_end = text.find("\n", after_verb, end)
    if line_end < 0 or text[after_verb:line_end].strip(" \t:"):
        return []
    lines = [Span(line_end + 1 + m.start(), line_end + 1 + m.end()) for m in re.finditer(r"[^\n]+", text[line_end + 1:end])
             if m.group().strip()]
    if any(line.end - line.start > COLUMN_LINE_LENGTH for line in lines):
        return []
    column = list(itertools.takewhile(lambda line: _names_only(text[line.start:line.end]), lines))
    return column if len(column) >= 2 else []


def _names_only(line: str) -> bool:
    """Whether a line holds names and nothing else: no word in lower case but the small words
    of place names, outside brackets ("Marlhes (1 400 habitants)")."""
    words = re.findall(r"(?<![\w'’])[a-zà-ÿ][\w'’]*", re.sub(r"\([^()]*\)", " ", line))
    return bool(re.search(r"[A-ZÀ-Ý]", line)) and all(word in NAME_SMALL_WORDS for word in words)


COLUMN_LINE_LENGTH = 50  # characters: a name or two a line, not a wrapped sentence
NAME_SMALL_WORDS = frozenset("de du des d' d’ la le les l' l’ sur sous en et lès lez aux au".split())
# "A et B sont (également) concernées": the subject ends before its auxiliary
AUXILIARY_BEFORE = re.compile(r"\s+(?:sont|est|seront|sera|are|is)(?:\s+\w+ment)?\s*$")
def _link_by_neighbours(territory: Territory) -> None:
    """A loose name left unlinked because several departments have a commune of that name is
    read in the departments of the territory's other communes ("Arches" beside "Mauriac"); one
    written short, as the one commune of their main department it starts ("Sablé")."""
    gaz = gazetteer.load()
    refs = [r for a in territory.areas for r in a.listed] + territory.loose + territory.attached
    linked = Counter(r.commune.department for r in refs if r.commune)
    if not linked:  # none linked: the one department most of the names have a commune in
        shared = Counter(d for r in refs for d in {c.department for c in gaz.candidates(r.name)}).most_common(2)
        if not shared or shared[0][1] < 2 or len(shared) > 1 and shared[1][1] == shared[0][1]:
            return
        linked = Counter([shared[0][0]])
    departments, main = sorted(linked), linked.most_common(1)[0][0]
    epcis = {r.commune.epci for r in refs if r.commune}
    for refs in (territory.loose, territory.attached):  # "Sablé" beside "La Flèche": Sablé-sur-Sarthe, written short
        refs[:] = [ref if ref.commune else CommuneRef(ref.name, ref.span, gaz.link_commune(ref.name, departments)
                                                      or gaz.link_near_spelling(ref.name, main)
                                                      or shortened_among(gaz, ref.name, main, epcis), ref.former_name)
                   for ref in refs]
    _areas_that_are_communes(territory, lambda name: gaz.link_commune(name, departments) or shortened_among(gaz, name, main, epcis))


def _areas_that_are_communes(territory: Territory, link) -> None:
    """An uncoded area that is only a commune's name, linked now its neighbours are ("Banyuls"
    beside Collioure), is that commune."""
    known = {ref.commune.insee for ref in territory.loose if ref.commune}
    for area in [a for a in territory.areas if a.kind == "other" and not (a.code or a.listed or a.excepted)]:
        commune = link(area.name)
        if commune:
            territory.areas.remove(area)
            if commune.insee not in known:
                territory.loose.append(CommuneRef(area.name, area.span, commune))
                known.add(commune.insee)


def _areas_linked_by_members(territory: Territory) -> None:
    """"la communauté d'agglomération Var Estérel Méditerranée : A, B, C, D et E": an intercommunality
    named by a former or informal name the gazetteer does not hold is the one EPCI every commune
    listed under it belongs to (a part of it when they are fewer than its members)."""
    gaz = gazetteer.load()
    for area in territory.areas:
        epcis = {ref.commune.epci if ref.commune else None for ref in area.listed}
        if area.kind != "epci" or area.code or len(area.listed) < 2 or len(epcis) != 1 or None in epcis:
            continue
        area.code = epcis.pop()
        epci = gaz.epci(area.code)
        if epci and len({ref.commune.insee for ref in area.listed}) < len(epci.members):
            area.extent = "partial"


def _add_epci_mentions(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """Intercommunalities named as a perimeter outside the territory statements become areas
    of the CPTS they stand with; an area the statements read already only gains the
    exceptions it lacked (its count stays theirs). The communes an area excepts are taken out
    of the loose ones."""
    if not ctx.cpts:
        return
    gaz = gazetteer.load()
    for mention in epci_mentions_of(ctx, document_departments(ctx, departments_of), territories):
        sharing = cpts_sharing(ctx, mention.span)
        if sharing:
            _share_area(territories, sharing, mention)
            continue
        in_a_row = column_owner(ctx, mention.span)  # a table's cell: the CPTS its row names
        key = in_a_row or owner_of_mention(ctx, mention)
        if key is None or not in_a_row and (_about_something_else(ctx, mention.span) or _unnamed_cpts_before(ctx, mention.span)):
            continue
        if any(_overlap(a.span, mention.span) for other, t in territories.items() if other != key for a in t.areas):
            continue  # a statement gave this area to another CPTS ("la première couvre la CC X, la seconde ...")
        territory = territories.setdefault(key, Territory())
        territory.loose = [ref for ref in territory.loose if not _overlap(ref.span, mention.span)]  # "CC Monts, Rance et ..."
        if any(a.code and a.code != mention.epci.siren and a.span.start <= mention.span.start and mention.span.end < a.span.end
               for a in territory.areas):
            continue  # "la CA Var Estérel Méditerranée", linked whole: not the EPCI the first words name
        area = next((a for a in territory.areas if a.code == mention.epci.siren), None)
        members = _members_named_before(ctx.text, territory, mention)
        if mention.of_listed and not members:
            continue  # "Les maires, membres de la CC X": no communes of the territory before it
        if members:  # "A, B et C (CC X)": the communes of X the territory takes, not all of X
            area = area or Area("epci", clean_name(mention.name), mention.span, code=mention.epci.siren)
            area.extent, area.listed = "partial", area.listed + members
            territory.loose = [ref for ref in territory.loose if ref not in members]
            territory.areas += [] if area in territory.areas else [area]
        elif area is None:
            area = Area("epci", clean_name(mention.name), mention.span, code=mention.epci.siren, extent=mention.extent)
            # "les communautés de communes du Pays X et Pays Y": the words read as one unlinked area are these
            territory.areas = [a for a in territory.areas if a.code or a.listed or not _overlap(a.span, mention.span)]
            territory.areas.append(area)
            area.communes_count = mention.count
        elif area.communes_count is None and area.extent == mention.extent == "full" and mention.count \
                and (not re.search(r"\bsoit\s*$", ctx.text[max(0, mention.count[1].start - 8):mention.count[1].start])
                     or mention.count[0] == len(mention.epci.members)):
            # "la CC X, qui compte 5 communes" (a part's count is not the area's; "la CC X, soit 5 communes" the CPTS's,
            # and the area's too when X has 5)
            area.communes_count = mention.count
        elif area.communes_count is None and mention.extent == "partial" and not area.listed \
                and mention.count and mention.count[1].end < mention.span.start and mention.count[0] < len(mention.epci.members):
            # "couvre 5 communes appartenant à la CC X", "dont 5 de la CC X": the count before the name, of a part
            area.extent, area.communes_count = "partial", mention.count
        if mention.shares_total and mention.extent == "partial" and not area.listed:
            area.extent = "partial"  # "10 communes des communautés de communes X et Y", of 15
        if not area.excepted:
            area.excepted = [CommuneRef(name, span, gaz.link_commune(name, [], area.code) or _near_member(gaz, name, area.code))
                             for name, span in mention.excepted]
        _drop_excepted(territory, area)


def _share_area(territories: dict[str, Territory], keys: list[str], mention) -> None:
    """The intercommunality a part of each CPTS that shares it (a statement may have given it to one)."""
    for key in keys:
        territory = territories.setdefault(key, Territory())
        area = next((a for a in territory.areas if a.code == mention.epci.siren), None)
        if area is None:
            territory.areas.append(Area("epci", clean_name(mention.name), mention.span, code=mention.epci.siren,
                                        extent="partial"))
        elif not area.listed:
            area.extent = "partial"


def _members_named_before(text: str, territory: Territory, mention) -> list[CommuneRef]:
    """The loose communes of the territory listed just before an intercommunality named in
    brackets or said to be theirs, and members of it."""
    opened = MEMBERS_OF_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start)
    if not opened:
        return []
    bracket = opened.start()
    start = max(text.rfind(ch, 0, bracket) for ch in ".;:()\n") + 1
    members = set(mention.epci.members)
    return [ref for ref in territory.loose if ref.commune and ref.commune.insee in members and start <= ref.span.start < bracket]


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
    return other_subject(ctx.text, start, subject_end) and not ctx.mentions_in(Span(start, span.start))


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


def _add_commune_lists(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """Lists of communes the territory statements did not read (a bare list under a heading,
    a list after a colon on the next lines...) become loose communes of the CPTS they stand
    with. A commune some CPTS already has is not added again (the statements read it)."""
    if not ctx.cpts:
        return
    gaz = gazetteer.load()
    for found in find_lists(ctx.text, document_departments(ctx, departments_of), ctx.name_spans):
        key = owner_of_list(ctx, found.span)
        if key is None or _said_of_a_wider_area(ctx, found.span) or _unnamed_cpts_before(ctx, found.span) \
                or _gone_elsewhere(ctx, found.span):
            continue
        read = [ref for other in territories.values() for ref in _all_refs(other)]
        known = {ref.commune.insee for ref in read if ref.commune}
        # a name some statement read, linked or not ("Vitrac" read before its department was known)
        unread = [piece for piece in found.linked
                  if not any(_overlap(piece.span, ref.span) and (ref.commune or ref.span.start == piece.span.start) for ref in read)]
        if all(piece.commune.insee in known for piece in unread):
            continue  # the statements read this list already, perhaps for another CPTS
        territory = territories.setdefault(key, Territory())
        new = []
        for piece in unread:
            if piece.commune.insee not in known:
                known.add(piece.commune.insee)
                new.append(CommuneRef(piece.name, piece.span, piece.commune,
                                      former_name=gaz.is_former_name(piece.name, piece.commune.insee)))
        area = _area_just_before(ctx.text, territory, found.span.start)
        if found.named_in_passing:
            territory.attached.extend(new)  # territory communes, but no perimeter
        elif not area and _labelled_by_areas(ctx, departments_of, territory, new):
            continue  # "CC X : A, B\nCC Y : C, D"
        elif area:
            area.listed.extend(new)  # "la communauté urbaine X : A, B, C"
            area.open_ended |= not found.complete
            epci = gaz.epci(area.code) if area.code else None
            if epci and found.complete and area.communes_count is None and len(area.listed) < len(epci.members):
                area.extent = "partial"  # the communes it lends, not all of it
        else:
            territory.loose.extend(new)
            territory.loose_open_ended |= not found.complete


def _said_of_a_wider_area(ctx: Context, span: Span) -> bool:
    """"Le département du Finistère regroupe 277 communes, dont A, B et C": examples of a
    department's or a region's communes, in a sentence that names no CPTS before them."""
    sentence = ctx.sentence_at(span.start)
    start = min(sentence.start, span.start)
    return bool(WIDER_AREA_OPENING.match(ctx.text, start, span.start)) and not ctx.mentions_in(Span(start, span.start))


def _gone_elsewhere(ctx: Context, span: Span) -> bool:
    """"Les communes de A et de B, d'abord sollicitées, ont préféré rejoindre un autre projet": communes the sentence
    gives to another body after their list."""
    sentence = ctx.sentence_at(span.end)
    return bool(ELSEWHERE_AFTER.search(ctx.text, span.end, max(sentence.end, span.end)))


ELSEWHERE_AFTER = re.compile(r"\b(?:rejoin\w*|rattachée?s?|relèv\w*|appartien\w*|dépend\w*|join\w*|belong\w*)\s+(?:à\s+|au\s+|de\s+|d['’]\s*|to\s+)?"
                             r"(?:un|une|la|le|les|d['’]|a|an|the)?\s*(?:autres?\s+(?:projets?|CPTS|organisations?|communautés?)"
                             r"|CPTS\s+voisines?|another\s+(?:project|CPTS|community)|neighbouring\s+CPTS)"
                             r"|ne\s+(?:font|fait)\s+pas\s+partie|hors\s+(?:du\s+)?(?:périmètre|territoire)", re.IGNORECASE)
WIDER_AREA_OPENING = re.compile(r"\s*(?:le|la|l['’]|the)\s*(?:département|région|department|region)\b", re.IGNORECASE)


def _labelled_by_areas(ctx: Context, departments_of, territory: Territory, refs: list[CommuneRef]) -> bool:
    """"Communauté de communes X : A, B" one line each: the communes of each line are the part of
    the intercommunality its label names."""
    gaz, departments = gazetteer.load(), document_departments(ctx, departments_of)
    labels = [AREA_LABEL.match(ctx.text, ctx.text.rfind("\n", 0, ref.span.start) + 1, ref.span.start) for ref in refs]
    epcis = [gaz.find_epci(label.group("name"), departments) if label and EPCI_PHRASE.fullmatch(label.group("name")) else None
             for label in labels]
    if not all(epcis):
        return False
    for ref, label, epci in zip(refs, labels, epcis):
        area = next((a for a in territory.areas if a.code == epci.siren), None)
        if area is None:
            name = Span(label.start("name"), label.end("name"))
            area = Area("epci", clean_name(label.group("name")), name, code=epci.siren, extent="partial")
            territory.areas.append(area)
        area.listed.append(ref)
        if {r.commune.insee for r in area.listed} >= set(epci.members):
            area.extent = "full"  # every one of its communes named
    return True


AREA_LABEL = re.compile(r"[ \t]*(?:[-–•*·][ \t]*)?(?P<name>[^:\n]{3,80}?)[ \t]*:")


def _area_just_before(text: str, territory: Territory, start: int) -> Area | None:
    """The area a list follows at once, after a colon or in brackets: its communes."""
    return next((area for area in territory.areas
                 if area.span.end <= start and re.fullmatch(r"\s*[:(]\s*", text[area.span.end:start])), None)


def _all_refs(territory: Territory) -> list[CommuneRef]:
    """Every commune a territory names: listed, excepted, loose, attached."""
    return [ref for area in territory.areas for ref in area.listed + area.excepted] + territory.loose + territory.attached


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _places_listed_after(text: str, words: str, end: int) -> bool:
    """"Elle couvre :" then a list of intercommunalities or communes (not of missions)."""
    if not words.rstrip().endswith(":"):
        return False
    items = list_items(text, end)
    listed = text[items[0].start:items[-1].end] if items else ""
    return bool(EPCI_PHRASE.search(listed) or re.search(r"\bcommunes?\b", listed, re.IGNORECASE))


def _names_a_defined_acronym(words: str, acronyms: dict[str, str]) -> bool:
    """"couvre l'ensemble de la CCPA", the short name the release gave an intercommunality."""
    return any(re.search(rf"\b{re.escape(short)}\b", words) for short in acronyms)
