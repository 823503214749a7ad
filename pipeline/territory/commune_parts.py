"""Places that give a territory's communes but not all of its perimeter: parts of one commune
("les quartiers nord de X", "the eastern districts of Y": the gazetteer has no such parts, the
whole commune is named and the perimeter it gives is not complete), the two communes a
territory stretches between ("de A à B, en passant par C"), and the towns of the territory's
health centres ("les maisons de santé du territoire : la MSP X (A), la MSP Y (B)")."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..facts.context import Context
from ..facts.number_words import NUMBER_PHRASE
from ..model import Span
from ..reference import gazetteer
from ..reference.regex_start import quick_start
from .areas import CommuneRef, Territory
from .commune_links import without_department_after
from .commune_lists import WORKPLACES
from ..reference.words import uncontracted
from .items import number_in
from .statements import document_departments, owner_after_opening_clause, owner_before, territory_verb

# "A, B et C", "A et de B": where the names of a short list part
NAME_JOINS = re.compile(r"\s*,?\s+(?:ainsi\s+que|as\s+well\s+as)\s+(?:de\s+|d['’]\s*)?|"
                        r"\s*,\s*(?:(?:et|and)\s+)?(?:de\s+|d['’]\s*|à\s+)?|\s+(?:et|and|&)\s+(?:de\s+|d['’]\s*|à\s+)?")


COMMUNE_PART = re.compile(
    r"\b(?i:quartiers?|districts?|neighbou?rhoods?)(?:\s+[\w-]+){0,2}?\s+(?:de|d['’]|du|of)\s*"
    r"(?P<name>(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|sur|en|de|du|des|la|le|les)){0,4})")
# "Adjointe au maire du 4e arrondissement": a title, not a territory
TITLE_BEFORE = re.compile(r"\b(?:maire|mairie|mayor|adjointe?|député\w*|élue?s?|conseil\w*)\b[^,.;]{0,25}$",
                          re.IGNORECASE)


@dataclass
class CommunePart:
    span: Span  # the commune's name as written
    commune: gazetteer.Commune


def find_commune_parts(text: str, departments: list[str]) -> list[CommunePart]:
    """The communes the text names a part of (an arrondissement, some districts)."""
    gaz = gazetteer.load()
    found = []
    for match in COMMUNE_PART.finditer(text):
        if TITLE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        name = match.group("name")
        while name and not gaz.candidates(name) and " " in name:
            name = name.rsplit(" ", 1)[0]  # "Nantes to the": the longest start that is a commune
        candidates = gaz.candidates(name)
        if len(candidates) > 1:
            candidates = [c for c in candidates if c.department in departments]
        if len(candidates) == 1:
            start = match.start("name")
            found.append(CommunePart(Span(start, start + len(name)), candidates[0]))
    return found


TOWN = r"[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*"
# a town whose name holds small words, as communes nouvelles' names do: "Domfront en Poiraie", "Bagnoles de l'Orne
# Normandie", "Juvigny Val d'Andaine"
SMALL_WORDS = r"en|de|du|des|sur|sous|lès|les|la|le|aux|au"
PARTICLE = rf"(?:(?:{SMALL_WORDS})\s+)?(?:[dl]['’])?"
TOWN_WITH_PARTICLES = rf"[A-ZÀ-Ý][\w'’-]*(?:[ -]{PARTICLE}[A-ZÀ-Ý][\w'’-]*)*"
# "Elle s'étend de A, au nord, à B", "30 communes, de A à B", "six communes - de A à B - ": two communes at the ends of the territory, not its perimeter
RANGE_ENDS = re.compile(
    r"\b(?:s['’]étend\w*|s['’]étir\w*|va|allant|extends?|stretch\w*|runs?|communes\s*[,–—-]|municipalities\s*[,–—-]"
    # "seize communes de Cavaillon à Lourmarin": the two ends of the counted communes
    rf"|(?:\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities))(?:\s+(?:sur|over)\s+[^.;:,]{1,40},)?\s+(?P<from>de|d['’]|du|des|from)\s*(?P<first>{TOWN_WITH_PARTICLES})"
    rf"(?:\s*,[^,.;]{{0,40}},)?\s+(?:jusqu['’]\s*)?(?P<to>à|au|aux|to)\s+(?P<last>{TOWN_WITH_PARTICLES})")
# "De A à B, en passant par C, les soignants ...": a sentence that opens on the two ends
RANGE_OPENING = quick_start(re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:De|Du|Des|From)\s+(?P<first>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)"
    r"\s+(?:jusqu['’]\s*)?(?:à|au|aux|to)\s+(?P<last>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)(?=\s*,)", re.MULTILINE))
# after a colon or a comma: "la CC X : de A à B, de C à D", "la CC X, de A à B : 58 communes"
RANGE_AFTER_STOP = re.compile(
    rf"(?<=[:,])\s*(?:de|d['’]|du|des)\s*(?P<first>{TOWN})\s+(?:à|au|aux)\s+(?P<last>{TOWN})"
    r"(?=\s*[,.;:]|\s+et\s|\s+en\s+passant\s+par\s)")  # "..., du Cheylard à Lamastre en passant par A"
# another pair of ends after one: "de A à B et de C à D", "from A to B, from C to D"
RANGE_NEXT = re.compile(
    rf"\s*(?:,|\bet\b|\band\b)\s*(?:de|d['’]|du|des|from)\s*(?P<first>{TOWN})\s+(?:à|au|aux|to)\s+(?P<last>{TOWN})")
# "le territoire compris entre A et B", "stretching between A and B" (not "situé entre": two towns outside it)
BETWEEN_ENDS = re.compile(
    r"\b(?:compris|comprise|s['’]étend\w*|s['’]étir\w*|stretch\w*)\s+(?:entre|between)\s+"
    r"(?P<first>(?:(?:Le|La|Les)\s+)?[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)\s+(?:et|and)\s+"
    r"(?P<last>(?:(?:Le|La|Les)\s+)?[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)*)")


def add_range_ends(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """The communes named as the two ends of a territory are territory communes; the
    perimeter between them is not given."""
    gaz = gazetteer.load()
    departments = document_departments(ctx, departments_of)
    for match in _ranges(ctx.text):
        span = Span(match.start(), match.end())
        key = owner_after_opening_clause(ctx, span) or owner_before(ctx, span)
        if key is None:
            continue
        spans = [_linkable(gaz, ctx.text, Span(match.start(g), match.end(g))) for g in ("first", "last")]
        names = [_with_article(gaz, ctx.text, span) for span in spans]
        shared = set.intersection(*({c.department for c in gaz.candidates(name)} for name in names))
        # "de Beaune à Nolay" in no known department: the one department both names have a commune in
        within = departments or (sorted(shared) if len(shared) == 1 else [])
        refs = [CommuneRef(name, span, gaz.link_commune(name, within)) for name, span in zip(names, spans)]
        if match.re in (RANGE_OPENING, RANGE_AFTER_STOP) and len({ref.commune.department for ref in refs if ref.commune}) > 1:
            continue  # "De Lyon à Marseille, les CPTS se multiplient": no one territory's ends
        if all(ref.commune for ref in refs):
            territories.setdefault(key, Territory()).attached.extend(refs + _towns_on_the_way(ctx.text, match.end(), within))


def _ranges(text: str):
    """Every pair of ends a text gives, each followed by the pairs that go on from it ("de A à B et de C à D")."""
    for match in itertools.chain(RANGE_ENDS.finditer(text), BETWEEN_ENDS.finditer(text), RANGE_OPENING.finditer(text),
                                 RANGE_AFTER_STOP.finditer(text)):
        yield match
        following = RANGE_NEXT.match(text, match.end())
        while following:
            yield following
            following = RANGE_NEXT.match(text, following.end())


def _linkable(gaz: gazetteer.Gazetteer, text: str, name: Span) -> Span:
    """The name read with its small words when a commune has it ("Domfront en Poiraie"), else cut before the first
    ("Beaune en Côte-d'Or": Beaune)."""
    written = text[name.start:name.end]
    small_word = SMALL_WORD.search(written)
    return name if small_word is None or gaz.candidates(written) else Span(name.start, name.start + small_word.start())


SMALL_WORD = re.compile(rf"[ -](?=(?:{SMALL_WORDS})\s+|[dl]['’])")


def _with_article(gaz: gazetteer.Gazetteer, text: str, name: Span) -> str:
    """"du Bugue", "aux Rousses": the commune's name with the article its preposition took in, when
    the gazetteer knows it so ("Le Bugue", "Les Rousses")."""
    written = text[name.start:name.end]
    preposition = CONTRACTION_BEFORE.search(text, max(0, name.start - 6), name.start)
    whole = uncontracted(f"{preposition.group(1)} {written}") if preposition else written
    return whole if gaz.candidates(whole) else written


CONTRACTION_BEFORE = re.compile(r"\b(du|des|au|aux)\s+$", re.IGNORECASE)


# "de A à B, en passant par C et D", "de A à B, et jusqu'à C ou D": towns between or beyond the two ends
ON_THE_WAY = re.compile(r",?\s+(?:en\s+passant\s+par|via|through|(?:et\s+|and\s+)?(?:jusqu['’]\s*à|as\s+far\s+as))\s+"
                        r"(?P<names>[A-ZÀ-Ý][^.;:()\n]{0,120})")
WAY_JOINS = re.compile(rf"{NAME_JOINS.pattern}|\s+(?:ou|or)\s+")


def _towns_on_the_way(text: str, end: int, departments: list[str]) -> list[CommuneRef]:
    way = ON_THE_WAY.match(text, end)
    if not way:
        return []
    gaz, refs, pos = gazetteer.load(), [], way.start("names")
    for name in WAY_JOINS.split(way.group("names")):
        start = text.find(name, pos)
        pos = start + len(name)
        name, _ = without_department_after(name.strip())  # "Demigny en Saône-et-Loire"
        sentence_goes_on = WORDS_AFTER_NAME.search(name)
        name = name[:sentence_goes_on.start()] if sentence_goes_on else name
        commune = gaz.link_commune(name, departments)
        if not commune:
            break  # the list ends at the first word that names no commune
        refs.append(CommuneRef(name, Span(start, start + len(name)), commune))
        if sentence_goes_on:
            break
    return refs


# "en passant par Maroilles où a été signée la convention": the sentence goes on after the last town, from its
# first lower-case word that no place name holds ("Saint-Julien en Genevois", "Pont de Vaux" hold theirs)
WORDS_AFTER_NAME = re.compile(rf"\s+(?!(?:{SMALL_WORDS}|lez|et)\s)(?![dl]['’])[a-zà-ÿ]")


def add_commune_parts(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """"La CPTS X couvre les quartiers est de Y": the commune is in the territory, and
    the perimeter it gives is not complete. Only in a sentence that names a CPTS or the
    territory before the part."""
    if not ctx.cpts:
        return
    for part in find_commune_parts(ctx.text, document_departments(ctx, departments_of)):
        sentence = ctx.sentence_at(part.span.start)
        before = ctx.text[min(sentence.start, part.span.start):part.span.start]
        if not (re.search(r"\bCPTS\b", before) or territory_verb(before)):
            continue
        key = owner_before(ctx, part.span)
        if key is None:
            continue
        territory = territories.setdefault(key, Territory())
        if part.commune.insee not in {ref.commune.insee for ref in territory.communes() if ref.commune}:
            territory.loose.append(CommuneRef(part.commune.name, part.span, part.commune))
        territory.loose_open_ended = True


# "la MSP de la Source (Vergèze)": a health centre and, in brackets, the town it stands in
TOWN_IN_BRACKETS = re.compile(r"\((?P<town>[A-ZÀ-Ý][\w'’ -]{1,40})\)")
WORKPLACE_BEFORE = re.compile(rf"\b(?i:{WORKPLACES}|MSP\w+)\b[^()\n.;:]{{0,60}}$")
WORKPLACE_REACH = 90  # characters before the bracket
MIN_WORKPLACE_TOWNS = 2  # one health centre is a place in passing, several the map of the territory


def add_workplace_towns(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """The towns of several health centres of the territory listed in one sentence ("les trois
    maisons de santé du territoire : la MSP X (A), la MSP Y (B)") are territory communes, with
    no perimeter."""
    if not ctx.cpts:
        return
    gaz, departments = gazetteer.load(), document_departments(ctx, departments_of)
    by_sentence: dict[Span, list[re.Match]] = {}
    for match in TOWN_IN_BRACKETS.finditer(ctx.text):
        if not WORKPLACE_BEFORE.search(ctx.text, max(0, match.start() - WORKPLACE_REACH), match.start()):
            continue
        by_sentence.setdefault(ctx.sentence_at(match.start()), []).append(match)
    for sentence, matches in by_sentence.items():
        words = ctx.text[sentence.start:matches[0].start()]
        if len(matches) < MIN_WORKPLACE_TOWNS or not re.search(r"\bterritoire|\bterritory|\bCPTS\b", words, re.IGNORECASE):
            continue
        refs = [CommuneRef(m.group("town"), Span(m.start("town"), m.end("town")), gaz.link_commune(m.group("town"), departments))
                for m in matches]
        key = owner_before(ctx, Span(matches[0].start(), matches[0].end()))
        if key is not None and all(ref.commune for ref in refs):
            territories.setdefault(key, Territory()).attached.extend(refs)


def add_seat_towns(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """The town a CPTS is based in ("La CPTS X, basée à A, ...", "Installée à A, elle couvre ...",
    "Son siège est à A", "La CPTS X, dont le siège est à A") is a territory commune, with no
    perimeter. The seat of another body ("l'ARS, dont le siège est à B") or a person's
    ("installé à C, le Dr Y") is not."""
    if not ctx.cpts:
        return
    gaz, departments = gazetteer.load(), document_departments(ctx, departments_of)
    for match in SEAT_TOWN.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        after_name = any(AFTER_NAME.fullmatch(ctx.text, m.span.end, match.start()) for m, _ in ctx.mentions_in(sentence))
        opening = bool(OPENS_SENTENCE.search(ctx.text, max(0, match.start() - 3), match.start()))
        if match.group("own") or match.group("of_cpts"):
            said_of_cpts = opening  # "Son siège est à A."
        elif match.group("whose"):
            said_of_cpts = after_name
        else:
            said_of_cpts = after_name or opening and bool(CPTS_SUBJECT.match(ctx.text, match.end())) or \
                bool(CPTS_IS.search(ctx.text, max(0, match.start() - 40), match.start()))
        if said_of_cpts and not ctx.inside_name(match.start("name")):
            _attach_town(ctx, gaz, departments, territories, match)
            second = AND_TOWN.match(ctx.text, match.end())  # "implantée à A et à B": two seats
            if second and not ctx.inside_name(second.start("name")):
                _attach_town(ctx, gaz, departments, territories, second)


def _attach_town(ctx: Context, gaz: gazetteer.Gazetteer, departments: list[str], territories: dict[str, Territory],
                 match: re.Match) -> None:
    """The commune a match names in its group "name" becomes a territory commune of the CPTS it stands with."""
    name = Span(match.start("name"), match.end("name"))
    written = _with_article(gaz, ctx.text, name)
    commune = gaz.link_commune(written, departments)
    key = owner_before(ctx, name)
    if commune is None or key is None:
        return
    territory = territories.setdefault(key, Territory())
    if commune.insee not in {ref.commune.insee for ref in territory.communes() if ref.commune}:
        territory.attached.append(CommuneRef(written, name, commune))


TOWN_NAME = r"(?P<name>(?:(?:Le|La|Les)\s+|L['’])?[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?:[ ](?:sur|en|lès|les|de|du)[ -][A-ZÀ-Ý][\w'’-]*)?)"
SEAT_TOWN = quick_start(re.compile(
    r"\b(?i:(?:basée?|installée?|implantée?|située?|domiciliée?|headquartered|based|located)\s+(?:à|aux|au|in)"
    # "la CPTS X, sur le secteur de A", "elle intervient sur le bassin de vie de A": the town its sector is named after
    r"|(?:(?:située?|active?|présente?|implantée?)\s+)?(?:sur|dans)\s+(?:tout\s+)?le\s+(?:secteur|bassin(?:\s+de\s+vie)?)\s+(?:de(?=\s)|d['’](?=[A-ZÀ-Ý]))"
    # "son siège est à A", "dont le siège est à A", "le siège de l'association est fixé aux A"
    r"|(?:(?P<own>son|its)|(?P<whose>dont\s+le|whose)|(?P<of_cpts>le))\s+(?:siège(?:\s+social)?|headquarters)"
    r"(?(of_cpts)\s+(?:de\s+la\s+CPTS|de\s+l['’]association|de\s+la\s+structure))\s+(?:est|se\s+trouve|is|are)\s+"
    r"(?:(?:situé|installé|basé|fixé|located)\s+)?(?:à|aux|au|in))"
    rf"\s*{TOWN_NAME}"))
AND_TOWN = re.compile(rf"\s+(?:et|and)\s+(?:(?:à|au|aux|in)\s+)?{TOWN_NAME}")
# "La CPTS X, basée à A", "La CPTS X intervient sur le secteur de A"
AFTER_NAME = re.compile(r"\s*,\s*|\s+(?:intervient|agit|opère|œuvre|rayonne|works|operates)\s+")
OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# "Elle est basée à A", "It is based in A"
CPTS_IS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:elle|it|la\s+CPTS|the\s+CPTS)\s+(?:est|is)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "Basée à A, la CPTS ...", "..., elle couvre": the CPTS is the subject the opening phrase speaks of
CPTS_SUBJECT = re.compile(r"[^,.;]{0,40},\s*(?:elle|la\s+CPTS|la\s+communauté|cette\s+CPTS|it|the\s+CPTS)\b", re.IGNORECASE)


def add_central_towns(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """The town a territory's population gathers in or is centred on ("119 000 habitants, dont la
    moitié concentrés à A", "half of whom live in A", "autour de sa ville-centre, A", "centré sur A") is a
    territory commune, with no perimeter."""
    if not ctx.cpts:
        return
    gaz, departments = gazetteer.load(), document_departments(ctx, departments_of)
    for match in CENTRAL_TOWN.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        if not POPULATION_WORDS.search(ctx.text[sentence.start:match.start()]) or ctx.inside_name(match.start("name")) \
                or ONE_WHO_LIVES.search(ctx.text, max(0, match.start() - 8), match.end()):
            continue
        _attach_town(ctx, gaz, departments, territories, match)
    if not TOWN_ROLE_RE.search(ctx.text):
        return  # both patterns below hold a town's role; a name is costlier to look for at every position
    for match in itertools.chain(TOWN_THEN_ROLE.finditer(ctx.text), ROLE_THEN_TOWN.finditer(ctx.text)):
        sentence = ctx.sentence_at(match.start())
        said_of_territory = match.group("of") or POPULATION_WORDS.search(ctx.text[sentence.start:sentence.end])
        if said_of_territory and not ctx.inside_name(match.start("name")):
            _attach_town(ctx, gaz, departments, territories, match)


CENTRAL_TOWN = re.compile(
    r"\b(?:(?:concentrée?s?|regroupée?s?|concentrated|living|who\s+live|lives?|vit|vivent|vivant|habitent|résident|résidant)\s+(?:à|au|dans|in|at)|"
    r"ville[- ]centre(?:\s+(?:de|d['’]))?|ville\s+principale|(?:main|central|principal)\s+town(?:\s+of)?|"
    r"centr[ée]e?s?\s+sur|centred\s+on)"
    rf",?\s+(?:(?:la\s+(?:ville|commune)|the\s+town)\s+(?:de\s+|d['’]|of\s+))?{TOWN_NAME}")
# "sa présidente, qui vit à A": one person's home, not where the territory's people gather
ONE_WHO_LIVES = re.compile(r"(?:qui|who)\s+(?:vit|lives|habite|réside)\b", re.IGNORECASE)
# What a town is to the territory it stands in: "ville-centre", "la principale ville", "la commune la
# plus peuplée", "the main town"; of the territory, or of nothing the sentence names ("la plus grande
# ville du département" is not said of the territory)
TOWN_ROLE = (r"(?i:(?:ville|commune)[- ]centre|(?:principale|plus\s+grande|seule)\s+(?:ville|commune|agglomération)(?:\s+urbaine)?|"
             r"(?:ville|commune)\s+(?:principale|la\s+plus\s+(?:peuplée|importante|grande))|pôle\s+urbain|"
             r"(?:main|largest|biggest|only|central|principal)\s+(?:town|city))")
OF_TERRITORY = (r"(?P<of>\s+(?i:du|de\s+(?:son|ce|notre|la)|of\s+(?:the|its|this))\s+(?i:territoire|secteur|bassin(?:\s+de\s+vie)?|CPTS|territory|area)"
                r"(?:\s+de\s+la\s+CPTS)?)?"
                # not another place's ("du département") nor a neighbour ("principale ville voisine")
                r"(?!\s+(?i:du|de|des|d['’]|of|voisine?s?|proches?|l[ae]\s+plus\s+proche|nearby|neighbou?ring)\b)")
TOWN_ROLE_RE = quick_start(re.compile(TOWN_ROLE))
# "A, ville-centre du territoire, ...", "A est la principale ville du territoire"
TOWN_THEN_ROLE = re.compile(rf"{TOWN_NAME}(?:\s*,\s*|\s+(?i:est|reste|demeure|constitue|constituant|is|remains)\s+)"
                            rf"(?:(?i:la|le|l['’]|the|its|sa|son)\s+)?{TOWN_ROLE}{OF_TERRITORY}")
# "La principale ville du territoire, A, ...", "Its main town is A"
ROLE_THEN_TOWN = re.compile(rf"\b{TOWN_ROLE}{OF_TERRITORY}\s*(?:[,:]|\s+(?i:est|is))?\s+{TOWN_NAME}")
# ... or the CPTS itself: "La CPTS X est centrée sur A", "Elle est centrée sur A"
POPULATION_WORDS = re.compile(r"\b(?:habitants|inhabitants|population|residents|territoire|territory|CPTS|offre\s+de\s+(?:soins|santé))\b"
                              r"|^\s*(?:elle|it|son|sa|its)\b", re.IGNORECASE)


def add_namesake_towns(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """"la situation de la ville de Mulhouse" in a release on the CPTS Mulhouse Agglomération:
    the town a subject CPTS is named after, called a town or a commune, is a territory commune,
    with no perimeter."""
    gaz, departments = gazetteer.load(), document_departments(ctx, departments_of)
    names = {c.key: gazetteer.fold(c.name) for c in ctx.cpts if c.key in ctx.subjects}
    for match in TOWN_CALLED.finditer(ctx.text):
        town = gaz.link_commune(match.group("name"), departments)
        key = owner_before(ctx, Span(match.start("name"), match.end("name")))
        if town and key in names and re.search(rf"\b{re.escape(gazetteer.fold(town.name))}\b", names[key]) \
                and not ctx.inside_name(match.start("name")):
            _attach_town(ctx, gaz, departments, territories, match)


    _add_town_said_alone(ctx, gaz, departments, territories)


def add_towns_of_the_name(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """"La CPTS Drancy, le Blanc-Mesnil et le Bourget regroupe les acteurs des trois communes": a
    CPTS named after its towns, then said to gather as many communes, has those towns for its
    whole perimeter."""
    gaz, departments = gazetteer.load(), document_departments(ctx, departments_of)
    for count in COUNTED_TOWNS.finditer(ctx.text):
        sentence = ctx.sentence_at(count.start())
        named = ctx.mentions_in(Span(sentence.start, count.start()))
        if not named or not territory_verb(ctx.text[sentence.start:count.start()]):
            continue
        mention, key = named[-1]
        refs = _towns_making(gaz, ctx.text, mention.name_span, departments)
        if len(refs) >= 2 and len(refs) == number_in(count.group("n")):
            territory = territories.setdefault(key, Territory())
            known = {ref.commune.insee for ref in territory.communes() if ref.commune}
            territory.loose.extend(ref for ref in refs if ref.commune.insee not in known)


def _towns_making(gaz: gazetteer.Gazetteer, text: str, name: Span, departments: list[str]) -> list[CommuneRef]:
    """The communes a CPTS's name is made of, each piece of it a commune's name ("Drancy, le Blanc
    Mesnil et le Bourget", "Drancy - le Blanc Mesnil - le Bourget"); none when a piece is not one."""
    chain = TOWN_CHAIN.match(text, name.start)  # the name may stop at its first town: "CPTS Drancy, le Blanc Mesnil et ..."
    name = Span(name.start, max(name.end, chain.end() if chain else 0))
    refs, pos = [], name.start
    for cut in [*TOWN_JOINS.finditer(text, name.start, name.end), None]:
        end = cut.start() if cut else name.end
        start = PREPOSITION.match(text, pos, end).end()
        written = text[start:end].strip()
        commune = gaz.link_commune(SMALL_ARTICLE.sub(lambda m: m.group().capitalize(), written), departments) if written else None
        if commune is None:
            return []
        refs.append(CommuneRef(written, Span(start, start + len(written)), commune))
        pos = cut.end() if cut else end
    return refs


# "les trois communes", "ses deux villes" (not "des trois communes voisines", "les deux communes de X")
COUNTED_TOWNS = re.compile(r"\b(?:les|des|ces|ses|aux|the|its)\s+(?P<n>deux|trois|quatre|cinq|[2-5]|two|three|four|five)\s+"
                           r"(?:communes|villes|municipalities|towns)\b(?!\s+(?:de|du|des|d['’]|of|voisines|limitrophes|alentour|suivantes)\b)",
                           re.IGNORECASE)
PREPOSITION = re.compile(r"\s*(?:(?:de\s+la|du|des|de|d['’])\s*)?")
SMALL_ARTICLE = re.compile(r"^l[ae]s?(?=\s)")
TOWN_WORDS = r"(?:(?:[Ll]es?|[Ll]a)\s+|[Ll]['’]\s*)?[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)*"
TOWN_CHAIN = re.compile(rf"{TOWN_WORDS}(?:(?:[ \t]*,[ \t]*|[ \t]+[-–—/&][ \t]+|[ \t]+(?:et|and)[ \t]+){TOWN_WORDS})*")
TOWN_JOINS = re.compile(r"\s*,\s*|\s+[-–—/&]\s+|\s+(?:et|and)\s+")


def _add_town_said_alone(ctx: Context, gaz: gazetteer.Gazetteer, departments: list[str],
                         territories: dict[str, Territory]) -> None:
    """"La CPTS de Champagnole ... couvre la ville et une trentaine de communes voisines": "la
    ville" of a territory statement is the town the CPTS is named after, a territory commune."""
    for match in TOWN_ALONE.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        if not territory_verb(ctx.text[sentence.start:match.start()]):
            continue
        key = owner_before(ctx, Span(match.start(), match.end()))
        cpts = next((c for c in ctx.cpts if c.key == key and c.key in ctx.subjects), None)
        town = cpts and _town_named_in(gaz, cpts.name, departments)
        if town:
            territory = territories.setdefault(key, Territory())
            if town.insee not in {ref.commune.insee for ref in territory.communes() if ref.commune}:
                territory.attached.append(CommuneRef(town.name, Span(match.start(), match.end()), town))


def _town_named_in(gaz: gazetteer.Gazetteer, name: str, departments: list[str]) -> gazetteer.Commune | None:
    """The commune a CPTS's name starts with: "CPTS de Champagnole", "CPTS Saint-Dizier Der et Blaise"."""
    words = re.sub(r"^(?:CPTS|communauté\s+professionnelle\s+territoriale\s+de\s+santé)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?",
                   "", name, flags=re.IGNORECASE).split()
    for n in range(len(words), 0, -1):
        town = gaz.link_commune(" ".join(words[:n]), departments) if departments else None
        if town:
            return town
    return None


# "la ville", "the town" on their own (not "la ville de X")
TOWN_ALONE = re.compile(r"\b(?i:la\s+ville|the\s+(?:town|city))\b(?!\s*(?:de\b|d['’]|of\b|-))")
TOWN_CALLED = re.compile(rf"\b(?i:la\s+(?:ville|commune)|the\s+(?:town|city))\s+(?:de\s+|d['’]|of\s+){TOWN_NAME}")
