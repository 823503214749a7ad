"""Intercommunalities named as part of a perimeter, wherever the sentence stands.

"regroupe 9 communes ..., correspondant à la Communauté de Communes des rives du lac X",
"Six situées sur la communauté d'agglomération (CdA) de Y et les 14 que compte la Communauté
de communes (CdC) Z", "Trois communes font partie de la communauté urbaine W", "toutes les
communes de la CA X, excepté A et B".

Each name with its type word (before or after it, "CC", "Agglo", "Métropole"...) is linked to
a SIREN by the gazetteer, in the document's departments. The words of its clause tell whether
it is a perimeter at all and how much of it: a count ("les 14 que compte" is the whole of a
14-commune EPCI, "Six situées sur" a part), words of extent ("correspond", "toutes les
communes", "une partie"), a covering verb, and the communes excepted after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..reference import gazetteer
from ..model import NAME_REACH, Span, starting_between
from ..facts.context import Context
from ..facts.numbers import parse_number
from ..facts.patterns import matches_in
from ..facts.place_names import DOTTED_EPCI_TYPE, EPCI_PHRASE, NAME_WORDS
from ..facts.quantity_places import start_of_sentence
from ..reference.regex_start import quick_start
from .epci_words import (ACTOR_BEFORE, ACTOR_BETWEEN, CONCERNS, COUNT, COUNTED_LETTERS, COUNT_AFTER, COVERS, CPTS_AFTER,
                         CPTS_LATER, CUE_REACH, FRAME_ONLY, FULL, JOINER_ONLY, LABEL, OBJECT_BEFORE, OTHER_OWNER, OWNER_REACH, OWN_TERRITORY,
                         MEMBERS_OF_BEFORE, PARTIAL, PEOPLE_OF, PLACED_OPENING, PLACE_BEFORE, PLACE_REACH, PRONOUN_AFTER,
                         SHARE_OF, SUBJECT_TERRITORY, partial_words)
from .areas import Territory
from .epci_after import at_an_event, bracketed_size, covered_after, cpts_area_later, exceptions
from .epci_layout import (after_a_cpts_label, alone_under_territory_heading, among_bodies, area_cells, clause_before, in_an_area_column,
                          in_brackets_after_name, part_named_in_its_cell, under_a_cpts_heading, without_names)
from .epci_of_town import epci_of_demonym, town_areas

# A type word first, then a name that may be in lower case: "Communauté de Communes des
# rives du lac X", "communauté d'agglomération (CdA) de Y".
TYPED_FIRST = re.compile(
    # "l'Agglo du Grand X", "l'Agglomération Pays de Y", capitalised: not "l'agglomération de"
    r"\b(?:Agglo(?:mération)?(?=\s+(?:du|de|des|d['’]|[A-ZÀ-Ý]))|agglomération(?=\s+[A-ZÀ-Ý])|"  # "l'agglomération Loire Forez"
    r"(?i:communauté\s+de\s+communes?|communauté\s+d['’]\s*agglomération|communauté\s+urbaine|"
    r"community\s+of\s+(?:communes|municipalities)|urban\s+community|agglomeration\s+community|intercommunalité))"
    r"(?:\s*\([A-Za-z]{2,8}\))?"
    r"(?P<name>(?:\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|the)\s*)?[\w'’«»\"-]+){1,8})")
# Several intercommunalities after one plural type word: "les communautés de communes du Val
# de Saône et du Mirebellois", "deux communautés de communes : X et Y" or "(X et Y)"; "the X
# and Y communities of communes" is left to EPCI_PHRASE.
TYPED_PLURAL = quick_start(re.compile(
    r"\b(?i:communautés\s+de\s+communes|communautés\s+d['’]\s*agglomération|communities\s+of\s+(?:communes|municipalities)|"
    # "les intercommunalités X et Y", "deux EPCI : X et Y" (names typed one by one are read as such)
    r"(?:intercommunalités|intercommunalities|agglomérations|(?-i:EPCI))(?:\s+(?:suivante?s|couverte?s|concernée?s|membres))?"
    r"(?=\s*:|\s+(?:de\s+|du\s+|des\s+|d['’])?[A-ZÀ-Ý]|\s*,\s*(?:la|le|l['’])\s*[A-ZÀ-Ý])"  # "deux intercommunalités, le Pays X et ..."
    r"(?!\s*[:,]?\s*(?:la\s+|le\s+|l['’])?(?:CC|CA|CU|CdC|CdA|[Cc]ommunauté|[Mm]étropole)\b))"
    r"(?:\s*\([A-Za-z]{2,8}\))?(?:\s*(?P<open>[:(])\s*|(?:\s*,\s*|\s+)"
    # names, not a sentence going on in lower case ("the X and Y communautés de communes, home to 26,000 people")
    r"(?!\s*(?!(?:la|le|les|du|de|des|d['’]|l['’]|et|en)\b)[a-zà-ÿ]))(?P<names>[^.;:()\n]{3,160})"))
# A name whose two parts a spaced dash joins: "Rives de l'Ain – Pays du Cerdon"
DASHED_NAME = rf"{NAME_WORDS}(?:\s+[–—-]\s+{NAME_WORDS})?"
# A name without its type word where a territory is named: "le territoire de Grand X",
# "celui du Grand Y", "les 24 communes de Z", "une partie du Grand V", "couvre le Grand W" (linked only when it is an EPCI's whole name)
BARE_NAME = re.compile(
    r"\b(?:(?:territoires?|périmètres?|communes|(?i:celui|celle)|partie|that|territory|territories|perimeter|municipalities|part)(?:\s+intercommunal)?\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)"
    # "couvre le Grand X", "s'étend sur l'Y": a covering verb's object
    # "Territoire : Pays de X", "Intercommunalité : Y"
    r"|(?i:territoire|périmètre|territory|perimeter|intercommunalité|EPCI)(?:\s+(?:d['’]intervention|d['’]action|couvert|de\s+la\s+CPTS))?[ \t]*:[ \t]*"
    # "correspond au Pays de X", "les professionnels de santé du Y", "les habitants du Z", "sur le W" (a perimeter only with a cue)
    r"|correspond\w*\s+(?:à\s+la|à\s+l['’]|au|aux|à)|corresponds?\s+to(?:\s+the)?|"
    r"(?:professionnels|acteurs|habitants|professionals|inhabitants|residents)(?:\s+de\s+santé)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)|"
    r"(?:sur|dans|across)\s+(?:le|la|les|l['’]|the)"
    r"|(?:couvr\w*|recouvr\w*|englob\w*|(?:s['’]étend\w*|intervien\w*|implanté\w*|compétente?s?|déployée?s?|active?s?)\s+sur|"
    r"s['’]étend\w*\s+entre|à\s+l['’]échelle\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s+"
    # "couvre tout le X", "l'ensemble de la Y", "la totalité du Z"
    r"(?:(?:tout|toute|tous|l['’]ensemble|la\s+totalité|l['’]intégralité)\s+(?:de\s+la|de\s+l['’]|du|des|la|le|les|l['’])|la|le|les|l['’]|"
    r"(?=(?-i:[A-ZÀ-Ý])))"  # "couvre Lannion-Trégor": a whole name without its article
    # a line of its own that counts the communes of the name it holds: "Pays des Abers (13 communes)"
    r"|(?m:^)[ \t•*–-]*(?=[A-ZÀ-Ý][^\n()]{2,60}\(\s*\d+\s+communes\s*\)[ \t]*(?:\n|\Z)))"
    rf"\s*(?P<name>{DASHED_NAME}|{COUNTED_LETTERS})")
# Where the names after a plural type word part: "du Val de X, du Y et de la Z"
PLURAL_CUT = re.compile(r",\s*|\s+(?:et|ainsi\s+que)\s+(?=(?:du|des|de|d['’])\b)")
NAME_JOINER = re.compile(r"\s*(?:,|\bet\b|\band\b|\bainsi\s+que\b)\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?=[A-ZÀ-Ý]))?")
TRAILING_WORD = re.compile(r"(?i:et|and|les|la|le|de|du|des|d['’]|of|the|sur|en|à|qui|que)|CC|CA|CU|CdC|CdA")
# Another typed name joined to the one before: "..., la CC Y", "et sur la Métropole Z" (only
# searched inside one reading of a few words)
NEXT_TYPED_NAME = re.compile(
    r"\s*(?:(?:,|\bet\b|\band\b|\bainsi\s+que\b)\s+|\n[ \t]*(?:[-–•*·▪►][ \t]*)?)(?:(?:sur|à|au|aux|dans|de|du|des|toute?)\s+)?(?:(?:la|le|les|l['’]|the\b)\s*)?"
    rf"(?=(?i:communautés?|métropole)\b|(?:CC|CA|CU|CdC|CdA)\b|{DOTTED_EPCI_TYPE})")
# Another name after the brackets of the one before: "le territoire de X (41 communes) et de Y"
NAME_AFTER_BRACKET = re.compile(
    rf"\s*\([^()\n]{{0,60}}\)\s*(?:,|\bet\b|\band\b)\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’]|the)?\s*(?P<name>{DASHED_NAME})")


@dataclass
class EpciMention:
    span: Span  # the name as written, type word included
    name: str
    epci: gazetteer.Epci
    extent: str  # "full" or "partial"
    count: tuple[int, Span] | None = None
    excepted: list[tuple[str, Span]] = field(default_factory=list)  # names as written
    shares_total: bool = False  # its extent read from a count it shares with the areas named with it
    fronted: bool = False  # it opens a sentence whose subject, the CPTS named right after it, is its owner
    of_listed: bool = False  # said to be that of the communes listed before it ("A et B, membres de la CC X")


def find_epci_mentions(text: str, departments: list[str], skip: list[Span] = ()) -> list[EpciMention]:
    """Every intercommunality the text names as (part of) a perimeter. `skip`: spans (CPTS
    names) an intercommunality inside of is only part of a name."""
    gaz = gazetteer.load()
    found: list[EpciMention] = []
    previous_end, previous_clause, linked_end, previous_labelled = 0, None, 0, False
    shared, shared_total = [], None  # the mentions a count before the first of them covers together
    typed = set(_named_spans(text))
    bare = {Span(m.start("name"), m.end("name")) for m in BARE_NAME.finditer(text)} | set(area_cells(text))
    spans = sorted(typed | bare, key=lambda s: (s.start, -s.end))
    starts, typed_ends = {s.start for s in spans}, {s.end for s in typed}
    while spans:
        span = spans.pop(0)
        if span.start < linked_end or any(s.start <= span.start < s.end
                                          for s in starting_between(skip, span.start - NAME_REACH, span.start + 1)):
            continue
        # a bare name ending a typed reading is typed ("Celui de Ploërmel Communauté", read from "Celui")
        alone = span in bare and span.end not in typed_ends and not _standing_for_a_typed_name(text, span.start)
        name_span, epci = _linked_name(gaz, text, span, departments, alone=alone)
        linked_end = name_span.end if epci else linked_end
        typed_next = NEXT_TYPED_NAME.match(text, name_span.end, span.end) if epci else None
        rest = NAME_JOINER.match(text, name_span.end, span.end) if epci and not typed_next else None
        if typed_next and typed_next.end() not in starts:
            spans.insert(0, Span(typed_next.end(), span.end))  # "la CA X et sur la CC Y": Y with its type word
        elif rest and rest.end() < span.end and not COUNT.match(text, rest.end(), span.end) \
                and not _commune_after(gaz, text, rest.end(), span.end):  # "et 2 communes de": a count
            spans.insert(0, Span(rest.end(), span.end))  # "du Pays de X et Y Agglo": Y's name follows
            if span in bare:
                bare.add(spans[0])
        if epci is None or ACTOR_BEFORE.search(text[max(0, span.start - 40):span.start]) \
                and not covered_after(text, name_span.end) or among_bodies(text, name_span):
            continue
        clause = clause_before(text, span.start, previous_end, name_span.end)
        cues = clause
        after_stop = clause.start > previous_end and text[clause.start - 1] in ".!?"  # a new sentence shares no verb
        joined = previous_clause and not after_stop and JOINER_ONLY.fullmatch(without_names(text, clause, skip))
        if joined:
            cues = Span(previous_clause.start, clause.end)  # "couvre la CC X et la CC Y": the verb is shared
        labelled = bool(LABEL.search(text, cues.start, name_span.start)) or bool(joined and previous_labelled)
        whole = in_brackets_after_name(text, span.start, skip) or alone_under_territory_heading(text, name_span) \
            or after_a_cpts_label(text, name_span, skip) or under_a_cpts_heading(text, name_span, skip) \
            or in_an_area_column(text, name_span)
        mention = _read_extent(text, clause, cues, name_span, epci, labelled, whole)
        if mention and part_named_in_its_cell(text, name_span):
            mention.extent = "partial"
        after = COUNT_AFTER.match(text, name_span.end)
        previous_end, previous_clause = after.end() if after else name_span.end, cues
        previous_labelled = labelled and mention is not None
        following = NAME_AFTER_BRACKET.match(text, name_span.end) if mention else None
        if following and following.start("name") not in starts:  # "de X (41 communes) et de Y (14 communes)"
            spans.insert(0, Span(following.start("name"), following.end("name")))
            bare.add(spans[0])
        if mention:
            mention.excepted = exceptions(text, name_span.end)
            previous_end = max([previous_end] + [span.end for _, span in mention.excepted])
            found.append(mention)
            total = _count(text, clause)
            shared = shared + [mention] if joined and shared else [mention] if total and total[0] > len(epci.members) else []
            shared_total = shared_total if joined and len(shared) > 1 else total
            _share_total(shared, shared_total)
    return found


def epci_mentions_of(ctx: Context, departments: list[str], territories: dict[str, Territory]) -> list[EpciMention]:
    """The intercommunalities named as perimeters, linked in the document's departments; in a
    text that names none, in those of the communes its perimeters linked so far, else of the
    intercommunalities linked without them (a shortened name beside a whole one: "la CC du Val"
    is the one there)."""
    departments = departments or sorted({ref.commune.department for t in territories.values()
                                         for ref in [r for a in t.areas for r in a.listed] + t.loose + t.attached if ref.commune})
    mentions = find_epci_mentions(ctx.text, departments, ctx.name_spans)
    if departments or not mentions:
        return mentions
    gaz = gazetteer.load()
    found = sorted({gaz.commune(code).department for m in mentions for code in m.epci.members if gaz.commune(code)})
    return find_epci_mentions(ctx.text, found, ctx.name_spans)


def _share_total(mentions: list[EpciMention], total: tuple[int, Span] | None) -> None:
    """"10 communes des communautés de communes X et Y": a count above each one's size is theirs
    together; fewer communes than all of theirs are a part of them."""
    if len(mentions) < 2 or not total:
        return
    members = sum(len(epci.members) for epci in {m.epci.siren: m.epci for m in mentions}.values())  # each EPCI once
    for mention in mentions:
        if mention.count is None:
            mention.extent, mention.shares_total = "full" if total[0] >= members else "partial", True


def _commune_after(gaz: gazetteer.Gazetteer, text: str, start: int, end: int) -> bool:
    """"la CC X et la commune de Y", "la CC X et Y": a commune after the name, not the start
    of another intercommunality's (Y's own agglomération is not meant)."""
    if COMMUNE_WORDS.match(text, start, end):
        return True
    name = re.match(r"[^,;:()]+?(?=\s+ainsi\s+que\s|[,;:().]|$)", text[start:end])
    return bool(name) and not TYPE_WORD.search(name.group()) and bool(gaz.candidates(name.group().strip()))


COMMUNE_WORDS = re.compile(r"(?:(?:la|les|the)\s+)?(?:communes?|villes?|municipalit(?:y|ies)|towns?)\s+(?:de|d['’]|of)\b", re.IGNORECASE)


def _named_spans(text: str) -> list[Span]:
    """Where intercommunalities may be named, in text order, the longest reading of each place
    first. A reading inside a longer one is kept: the longer one may hold a name and more
    ("la CC X ainsi que 3 communes de la CC Y")."""
    found = {Span(m.start(), m.end()) for m in [*TYPED_FIRST.finditer(text), *matches_in(EPCI_PHRASE, text)]}
    for plural in TYPED_PLURAL.finditer(text):
        found.update(_joined_names(text, plural))
    found.update(town_areas(text))
    return sorted(found, key=lambda s: (s.start, -s.end))


UNTYPED_PLURAL = re.compile(r"intercommunalit|EPCI|agglomérations", re.IGNORECASE)


def _joined_names(text: str, plural: re.Match) -> list[Span]:
    """The names after a plural type word, cut at commas and at "et" before an article ("du
    Pays de X et du Pays de Y"); a piece may still hold two names joined by a bare "et", read
    one after the other (the first keeps the type word)."""
    start = plural.start("names")
    cuts = [m for m in PLURAL_CUT.finditer(text[start:plural.end("names")])]
    starts = [start] + [start + cut.end() for cut in cuts]
    ends = [start + cut.start() for cut in cuts] + [plural.end("names")]
    spans = [piece for a, b in zip(starts, ends) if b > a for piece in _two_names_joined(text, Span(a, b))]
    if spans and plural.group("open") != "(" and not UNTYPED_PLURAL.match(plural.group()):
        # the first name keeps the type word (and its colon); "intercommunalités", "EPCI" and "agglomérations" tell none
        spans[0] = Span(plural.start(), spans[0].end)
    return spans


def _two_names_joined(text: str, span: Span) -> list[Span]:
    """"Cœur d'Astarac en Gascogne et Astarac Arros en Gascogne": two names joined by a bare "et" when each side is an
    intercommunality's whole name and they differ ("Erdre et Gesvres" is one name)."""
    joint = re.search(r"\s+et\s+", text[span.start:span.end])
    if not joint:
        return [span]
    left, right = Span(span.start, span.start + joint.start()), Span(span.start + joint.end(), span.end)
    gaz = gazetteer.load()
    first, second = (gaz.find_epci_named_alone(PLURAL_TYPE_OPENING.sub("", re.sub(r"\([^)]*\)", " ", text[s.start:s.end])), [])
                     for s in (left, right))
    return [left, right] if first and second and first.siren != second.siren else [span]


PLURAL_TYPE_OPENING = re.compile(r"^\s*(?i:communautés\s+(?:de\s+communes|d['’]\s*agglomération)|communities\s+of\s+"
                                 r"(?:communes|municipalities))\s*")


def _linked_name(gaz: gazetteer.Gazetteer, text: str, span: Span, departments: list[str], alone: bool = False
                 ) -> tuple[Span, gazetteer.Epci | None]:
    """The longest start of the phrase that names an EPCI: "du Grand X et couvre" is
    read as "du Grand X". `alone`: a name without type word, linked only to a whole name."""
    by_town = epci_of_demonym(gaz, text[span.start:span.end])  # "métropole brestoise"
    if by_town:
        return span, by_town
    past_comma = gaz.epci_named_past_comma(text, span.start, span.end)
    if past_comma:  # "la CC Monts, Rance et Rougier": the reading stopped at a comma of the name
        return Span(span.start, past_comma[0]), past_comma[1]
    following = NEXT_TYPED_NAME.search(text, span.start + 1, span.end)
    if following:  # "la CA X et sur la CC Y": X's name ends before Y's type word
        span = Span(span.start, following.start())
    words = list(re.finditer(r"\S+", text[span.start:span.end]))
    for n in range(len(words), 0, -1):
        end = span.start + words[n - 1].end()
        while end > span.start and text[end - 1] in " ,«»\"":
            end -= 1
        if n > 1 and TRAILING_WORD.fullmatch(words[n - 1].group()):
            continue  # "de La Y et les": the name ends before "et les"
        if n < len(words) and NAME_GOES_ON.match(text, end, span.end):
            continue  # "CC de la Vallée de l'Albarine" is not a CC "de la Vallée" whose name it starts
        phrase = re.sub(r"\([^)]*\)", " ", text[span.start:end])
        if not gazetteer.epci_tokens(phrase) or len(_two_names_joined(text, Span(span.start, end))) > 1:
            continue  # "communautés de communes X et Y": X first, then Y
        if alone and ACRONYM_ALONE.fullmatch(phrase):  # "couvre la CAPI"
            epci = gaz.find_epci_acronym(phrase, departments)
        else:
            epci = gaz.find_epci_named_alone(phrase, departments) if alone else gaz.find_epci(phrase, departments)
        epci = epci or _without_grand(gaz, phrase, departments)
        if epci:
            return Span(span.start, _shortest_end(text, span.start, end, words[:n])), epci
    return span, None


def _without_grand(gaz: gazetteer.Gazetteer, phrase: str, departments: list[str]) -> gazetteer.Epci | None:
    """"le Grand Albigeois": the EPCI of the departments whose whole name is the other words ("CA de l'Albigeois")."""
    tokens = gazetteer.epci_tokens(phrase)
    if "grand" not in tokens or len(tokens) < 2 or not departments:
        return None
    epci = gaz.find_epci(re.sub(r"\b[Gg]rand\b", " ", phrase), departments)
    return epci if epci and gazetteer.epci_tokens(epci.name.split("(")[0]) == tokens - {"grand"} else None


def _shortest_end(text: str, start: int, end: int, words: list[re.Match]) -> int:
    """Where a linked name ends once the words that add nothing to it are dropped: "Pays de X
    et le Pays" is "Pays de X" (the second "Pays" opens the next name)."""
    tokens = gazetteer.epci_tokens(text[start:end])
    for word, dropped in zip(reversed(words[:-1]), reversed(words)):
        shorter = start + word.end()
        if TYPE_WORD.fullmatch(dropped.group().strip(",")) or gazetteer.epci_tokens(text[start:shorter]) != tokens:
            break  # "X Communauté" keeps its type word
        end = shorter
    while end > start and text[end - 1] in " ,«»\"":
        end -= 1
    return end


NAME_GOES_ON = re.compile(r"\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|l['’])\s*[A-ZÀ-Ý]")
TYPE_WORD = re.compile(r"(?i:communauté|agglomération|agglo|métropole|intercom|communes|municipalities|community|agglomeration|metropolis)")
ACRONYM_ALONE = re.compile(rf"[A-Z][A-Z0-9]{{2,9}}|{COUNTED_LETTERS}")


def _read_extent(text: str, clause: Span, cues: Span, name: Span, epci: gazetteer.Epci, labelled: bool = False,
                 beside_name: bool = False) -> EpciMention | None:
    """How much of the EPCI the clause before its name gives (its count read only in the
    clause itself, its words of extent also in the clause it is joined to). `labelled`: the
    name stands under a heading such as "Intercommunalités :"; `beside_name`: in brackets
    after a CPTS's name, the whole of it."""
    members = len(epci.members)
    # a count above the EPCI's size is a total of several areas, not this one's
    count = next((c for c in (_count(text, clause), _count_after(text, name.end), bracketed_size(text, name.end, epci))
                  if c and c[0] <= members), None)
    words = text[cues.start:cues.end]
    covered = covered_after(text, name.end)
    if beside_name or covered:  # "la CC X est désormais couverte par la CPTS Y"
        extent = "partial" if covered and (covered.group("part") or covered.group("shared")) else "full"
        own = _own_count(covered) if covered else None  # "la CC X, dont les 15 communes forment ..."
        count = own if own and own[0] <= members else count
        return EpciMention(name, re.sub(r"\s+", " ", text[name.start:name.end]), epci, extent, count)
    later = cpts_area_later(text, name.end)
    if later is not None:  # "la CC X, avec ses 16 communes, périmètre de la CPTS"
        gap = later.group("gap")
        own = _count(text, Span(later.start("gap"), later.end("gap")))
        own = own if own and own[0] <= members else None
        extent = "partial" if PARTIAL.search(gap) or own and own[0] < members else "full"
        return EpciMention(name, re.sub(r"\s+", " ", text[name.start:name.end]), epci, extent, own or count)
    if _fronted_before_cpts(text, clause, name) and not COVERS.search(words):
        # "Sur le territoire de la CC X, la CPTS Y réunit ...": the place the sentence opens with is the CPTS's
        share = SHARE_OF.search(text, clause.start, clause.end)  # "Sur 3 des 8 communes de la CC X, ..."
        # "Dans la CC X, la CPTS ...": where it lies, a part unless words of extent say all of it
        whole = FULL.search(words) or count and count[0] == members
        extent = "full" if whole and not share and not PARTIAL.search(words) else "partial"
        return EpciMention(name, re.sub(r"\s+", " ", text[name.start:name.end]), epci, extent, None if share else count,
                           fronted=True)
    members_of = MEMBERS_OF_BEFORE.search(text, max(0, name.start - 40), name.start)
    if members_of and members_of.group()[0] == ",":  # "A, B et C, membres de la CA X": a part, theirs
        return EpciMention(name, re.sub(r"\s+", " ", text[name.start:name.end]), epci, "partial", of_listed=True)
    if cues == clause and not _cue_reaches(text, clause, name.start) or SUBJECT_TERRITORY.fullmatch(words):
        return None  # the covering word belongs to another clause: "qui couvre ..., a signé avec la CC X"
    if not count and not COVERS.search(words) and _only_framed(words):
        return None  # "Sur l'ensemble du territoire de la CC X, les élus ...": a place, not a perimeter
    if SHARE_OF.search(text, clause.start, clause.end):
        return EpciMention(name, re.sub(r"\s+", " ", text[name.start:name.end]), epci, "partial")  # "12 des 16 communes de X"
    own = text[clause.start:clause.end]  # a clause joined to the one before may say its own extent
    extent_words = own if FULL.search(own) or partial_words(own) else words
    if count and count[0] == members or FULL.search(extent_words) and not partial_words(extent_words):
        extent = "full"
    elif count or partial_words(extent_words):
        extent = "partial"
    elif COVERS.search(words) or (PEOPLE_OF.search(words) or CONCERNS.search(words)) \
            and (OWN_TERRITORY.search(words) or CPTS_LATER.match(text, name.end)) and not at_an_event(text, cues, name):
        extent = "full"
    elif labelled:
        extent = "partial"  # listed under a heading that says nothing of its extent
    else:
        return None  # named, but not as a perimeter
    written = re.sub(r"\s+", " ", text[name.start:name.end])
    return EpciMention(name, written, epci, extent, count)


def _fronted_before_cpts(text: str, clause: Span, name: Span) -> bool:
    """Whether the name ends a phrase that opens its sentence, with no actor word in it, and a
    CPTS is the subject right after it."""
    opens = clause.start == 0 or text[clause.start - 1] in ".!?\n"
    pronoun = PRONOUN_AFTER.match(text, name.end)
    # "Implantée dans la CC X, elle ...", "Sur la CC X, elle fédère ...": the pronoun the CPTS in focus
    placed = pronoun and (PLACED_OPENING.match(text, clause.start) or PLACE_OPENING.match(text, clause.start)
                          and COVERING_VERB.match(text, pronoun.end()))
    subject = CPTS_AFTER.match(text, name.end) or placed
    return opens and bool(subject) and not ACTOR_BETWEEN.search(text, clause.start, name.start)


PLACE_OPENING = re.compile(r"\s*(?:Sur|Dans|Across|On|In)\b")
COVERING_VERB = re.compile(rf"(?:y\s+|en\s+)?(?:{COVERS.pattern})", re.IGNORECASE)


def _only_framed(words: str) -> bool:
    """Whether the only words of extent frame a place, in a clause that names no CPTS or
    territory of its own."""
    cues = list(FULL.finditer(words))
    return bool(cues) and all(FRAME_ONLY.fullmatch(m.group()) or FRAME_ONLY.match(m.group()) for m in cues) \
        and not OWN_TERRITORY.search(words)


def _cue_reaches(text: str, clause: Span, name_start: int) -> bool:
    """Whether the last word of extent or covering before a name is close to it, with no
    partner or actor word in between."""
    cues = [m for pattern in (FULL, PARTIAL, COVERS, COUNT) for m in pattern.finditer(text, clause.start, clause.end)
            if not SUBJECT_TERRITORY.fullmatch(text, clause.start, m.end())]
    if not cues:
        return True  # no cue at all: _read_extent reads the name as no perimeter
    last = max(cues, key=lambda m: m.end())
    owner = OTHER_OWNER.search(text, max(clause.start, last.start() - OWNER_REACH), last.start())
    if owner and not PLACE_BEFORE.search(text, max(0, owner.start() - PLACE_REACH), owner.start()) \
            and not OBJECT_BEFORE.search(text, max(0, owner.start() - PLACE_REACH), owner.start()):
        return False  # "le contrat local de santé couvrant le territoire de la CA X": another body's area
    return name_start - last.end() <= CUE_REACH and not ACTOR_BETWEEN.search(text, last.end(), name_start)


def _own_count(covered: re.Match) -> tuple[int, Span] | None:
    """The count of "dont les 15 communes forment le territoire de la CPTS", with "communes" in its span."""
    value = covered.group("n") and (parse_number(covered.group("n"), "fr", True) or parse_number(covered.group("n"), "en", True))
    return (int(value), Span(covered.start("n"), covered.end("unit"))) if value else None


# "deux communautés de communes, celle du X et celle du Y": the pronoun stands for the type word before it
THAT_OF_BEFORE = re.compile(r"\b(?:celles?|that)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*\Z", re.IGNORECASE)
TYPE_OR_CPTS = re.compile(r"\b(?:(?P<type>communautés?\s+(?:de\s+communes|d['’]agglomération|urbaines?)|intercommunalités?|agglomérations?"
                          r"|métropoles?)|CPTS|communautés?\s+professionnelles?)\b", re.IGNORECASE)


def _standing_for_a_typed_name(text: str, start: int) -> bool:
    """Whether "celle du" before a name stands for an intercommunality's type word named last before it in its sentence,
    not for a CPTS ("la CPTS X et celle du Y")."""
    if not THAT_OF_BEFORE.search(text, max(0, start - 15), start):
        return False
    words = list(TYPE_OR_CPTS.finditer(text, start_of_sentence(text, start), start))
    return bool(words) and words[-1].group("type") is not None


def _count(text: str, clause: Span) -> tuple[int, Span] | None:
    counts = list(COUNT.finditer(text, clause.start, clause.end))
    return _counted(counts[-1]) if counts else None


def _count_after(text: str, pos: int) -> tuple[int, Span] | None:
    after = COUNT_AFTER.match(text, pos)
    return _counted(after) if after else None


def _counted(match: re.Match) -> tuple[int, Span] | None:
    group = next((g for g in ("some", "some_of") if match.groupdict().get(g)), "n")
    word = match.group(group)
    value = parse_number(word, "fr", True) or parse_number(word, "en", True)
    return (int(value), Span(match.start(group), match.end() if group == "n" else match.end(group))) if value else None
