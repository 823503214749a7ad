"""Reading one perimeter statement into areas and communes.

What follows the covering verb is either a list after a colon ("couvre ... : - la communauté
de communes X (A, B notamment) ; - une partie de Y (C, D) ...") or the rest of the sentence,
cut into pieces at commas and at "et"/"and" that open a new area. Each piece becomes an
`Area` (typed by its name, linked to an EPCI by the gazetteer, full or partial, with the
communes listed under it or excepted from it) or loose communes ("ainsi que les communes de A et B").
"""
from __future__ import annotations

import re

from ..facts.context import Context
from ..facts.number_words import NUMBER_PHRASE
from ..facts.patterns import SPACED_DASH
from ..facts.place_names import EPCI_PHRASE
from ..model import Span
from ..reference import gazetteer
from .areas import Area, CommuneRef, Territory
from .commune_refs import communes_in
from ..reference.words import CONTRACTED_ARTICLE, uncontracted
from .commune_links import without_department_after
from .commune_lists import MORE_PLACES, SURROUNDING
from .epci_words import ACTOR_BETWEEN, COMMUNE_UNIT, COUNTED_EPCIS
from .items import (ACRONYM, ANTECEDENT_REACH, AREA_WORD, ATTACHED_TO_OTHER, CANTONS_THEN_NAME, CLOSED_LIST, COUNT_BEFORE,
                    DIRECTIONS, EXAMPLE_WORD, EXAMPLES, EXAMPLE_WORDS, EXCEPT, INVERTED_ARTICLE, ITEM_FIGURE, LEADING_ARTICLE,
                    LIST_GOES_ON, MEMBERS_AFTER_COMMA, NAME_ENDING_PIECE, OPEN_END, OWN_COUNT, PART_IN_BRACKETS, PARTIAL_PREFIX,
                    RANGE, RELATIVE, SECTOR_THEN_NAME, TERRITORY_OF_NAME, area_kind, clean_name, names_a_commune, glue_members,
                    looks_like_named_area, loose_communes, end_of_name, number_in, counted_in, compass_part_of_department,
                    share_counts, short_name_in_brackets, skip_quantities, stripped)
from .inline_items import before_another_bodys_area, inline_items, without_places_between
from .statements import BULLET, other_subject


# "(A exclue)", "(A et B exceptées)", "(A excluded)": the names before are left out of the area
EXCEPTED_AFTER = re.compile(r"\s+(?:exclue?s?|exceptée?s?|non\s+comprise?s?|excluded|excepted)\s*$", re.IGNORECASE)
# "deux pôles urbains", "ses villes principales": the main towns of a larger territory, named before them;
# "trois cantons : A, B et C": the towns its parts are named after; "trois maisons de santé, à A, B
# et C", "trois EHPAD, situés à": the towns its health facilities stand in
MAIN_TOWNS = re.compile(r"\b(?:pôles(?:\s+urbains)?|bourgs(?:-centres)?|villes[- ]centres|villes\s+principales|principales\s+villes|"
                        r"(?:anciens\s+)?cantons|bassins\s+de\s+vie|"
                        r"maisons\s+de\s+santé(?:\s+pluri-?professionnelles)?|MSP|EHPAD|centres\s+de\s+santé|pôles\s+de\s+santé|"
                        r"antennes|pharmacies|cabinets(?:\s+médicaux)?|"
                        r"centres\s+urbains|main\s+towns|urban\s+(?:centres|centers|hubs))\s*(?:comme|tels?\s+que|such\s+as)?[\s,:]*"
                        r"(?:(?:situ|implant|install)ée?s\s+)?$",
                        re.IGNORECASE)
# "Parmi les communes couvertes figurent A, B et C": some of them
AMONG_BEFORE = re.compile(r"\b(?:parmi|among)\b", re.IGNORECASE)
AMONG_AFTER = re.compile(r"\s+(?:parmi|among)\s+[^.;]*[.;]?\s*$", re.IGNORECASE)
# "une vingtaine de communes autour de A, B et C": the towns a territory lies around, the first just after the words
AROUND_TOWNS = re.compile(r"\b(?:autour\s+(?:de\s+|d['’]\s*)|around\s+)[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,3}\s*$")
# "A, B et une vingtaine de communes rurales", "A et 15 autres communes": more places than the names
# (not "et 3 communes de la CC Y : C, D, E", which names them)
MORE_PLACES_AFTER = re.compile(rf"(?:,\s*|\s+)(?:(?:et|and|ainsi\s+que|as\s+well\s+as|plus)\s+|ainsi\s+qu['’]\s*)(?:{MORE_PLACES})(?!\s*(?:de|du|des|d['’]|of|:|\())",
                               re.IGNORECASE)
OPEN_LAST_ITEM = re.compile(r"(?:^|[,\s])\s*(?:etc\b\.?|…|\.\.\.)[\s.;)]*$", re.IGNORECASE)
SURROUNDING_TAIL = re.compile(rf",?\s+(?:et|and)\s+(?:de\s+|d['’])?(?:{SURROUNDING})[\s.;]*$", re.IGNORECASE)
MEMBERS = re.compile(r"\s*(?:\((?P<paren>[^)]*)\)|:(?P<colon>.*))", re.DOTALL)
# A bracket still open where the clause stops on a comma: OCR lost the line that went on with
# the list and closed it. What the bracket holds so far are the members.
MEMBERS_LEFT_OPEN = re.compile(r"\s*\((?P<paren>[^)]*)\Z")
STOPS_ON_A_COMMA = re.compile(r"[ \t]*[,;][ \t]*(?:\n|\Z)")
AREA_IN_BRACKETS = re.compile(r"\(\s*([^()]*?)\s*\)[\s.;]*$")  # "A et B (CC X)"
# "Pour les communes de Savoie : A, B" run into the sentence before by a reflow: a phrase's first word names no area
PHRASE_WORD = re.compile(r"(?:Pour|Dans|Sur|En|Avec|Et|Ou|Par|Chez|Vers|Selon|Soit|Dont|Mais|For|In|With|And)")


class Parser:
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
        area = None  # the intercommunality of the item before, whose communes indented items may name
        for item in items:
            indented = re.match(r"[ \t]+\S", self.text[item.start:item.end])
            item = stripped(self.text, item)
            if indented and area is not None and self._sub_item(area, item):
                continue
            figure = ITEM_FIGURE.search(self.text, item.start, item.end)  # "- A – 14 000 habitants"
            before = len(self.territory.areas)
            self.parse_item(stripped(self.text, Span(item.start, figure.start())) if figure else item)
            added = self.territory.areas[before:]
            area = added[0] if len(added) == 1 and added[0].code and not added[0].listed else None
        if items and OPEN_LAST_ITEM.search(self.text, items[-1].start, items[-1].end):
            self.territory.loose_open_ended = True  # "A, B, C, etc.", "- …": more places than the items

    def _sub_item(self, area: Area, item: Span) -> bool:
        """"• CC X\n  – A\n  – B": communes one per indented bullet under their intercommunality."""
        bullet = BULLET.match(self.text[item.start:item.end])
        refs = self._communes_in(Span(item.start + (bullet.end() if bullet else 0), item.end), area.code)[0]
        if not refs or not all(ref.commune for ref in refs):
            return False
        area.listed.extend(self._dedup(refs))
        members = self.gaz.epci(area.code).members
        area.extent = "partial" if len({r.commune.insee for r in area.listed}) < len(members) else "full"
        return True

    def parse_item(self, item: Span, inline: bool = False) -> None:
        """One list item or one piece of a sentence: an area with its communes, loose communes,
        or both ("5 communes de X (...) ainsi que les communes de A et B")."""
        text = self.text
        bullet = BULLET.match(text[item.start:item.end])
        start = item.start + (bullet.end() if bullet else 0)
        loose = loose_communes(text, Span(start, item.end))
        area_end = loose.start() if loose else item.end
        count = None
        if inline:
            start, count = skip_quantities(text, Span(start, area_end))
            if self._counted_list(Span(item.start, start), area_end):
                return
        area_text = text[start:area_end]
        partial = PARTIAL_PREFIX.match(area_text.strip())  # "une partie de Grand Poitiers (A, B)"
        named = area_text.strip()[partial.end():] if partial and ("(" in area_text or partial.group("count")) else area_text
        if re.search(r"[A-ZÀ-Ý]", area_text) and (
                not inline or EPCI_PHRASE.search(area_text) or looks_like_named_area(named)):
            self._parse_area(Span(start, area_end), count)
        if loose:
            department = self.gaz.find_department(loose.group("dep")) if loose.group("dep") else None
            self._add_loose(Span(loose.end(), item.end), [department] if department else None)

    def _counted_list(self, before: Span, end: int) -> bool:
        """"12 communes (A, B) et 30 000 habitants", "12 communes (dont A et B)": the communes in
        brackets after a count of communes are the territory's own, some or all of them."""
        text = self.text
        count = COUNT_BEFORE.search(text, before.start, before.end)
        if not count:
            return False
        bracket = re.match(r"\s*(?:[a-zà-ÿ-]+\s*)?\(([^()]*)\)", text[before.end:end])  # "3 communes savoyardes (A, B)"
        if not bracket or not re.search(r"[A-ZÀ-Ý]", bracket.group(1)) or EPCI_PHRASE.fullmatch(bracket.group(1).strip()):
            return False  # "41 communes (CC X)": the area they make, read as such
        inside = Span(before.end + bracket.start(1), before.end + bracket.end(1))
        examples = EXAMPLES.match(text, inside.start, inside.end)
        if examples:
            self.territory.loose_open_ended = True
            inside = Span(examples.end(), inside.end)
        before_count = len(self.territory.loose)
        self._add_loose(inside)
        if int(count.group(1)) > len(self.territory.loose) - before_count:
            self.territory.loose_open_ended = True  # "12 communes (A, B)": two of the twelve
        return True

    def _parse_area(self, span: Span, count: tuple[int, Span] | None = None) -> None:
        text = self.text
        if self._communes_of_area_in_brackets(span):
            return
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
        name_end = end_of_name(text, pos, span.end)
        phrase = EPCI_PHRASE.search(text, pos, name_end)
        if phrase and ACTOR_BETWEEN.search(text, pos, phrase.start()):
            return  # "..., et a reçu le soutien de la CC X": a partner, not an area
        if phrase and phrase.start() - pos < 40:
            name_span = Span(phrase.start(), phrase.end())
        else:
            name_span = stripped(text, Span(pos, name_end))
        full_name = None if phrase else self._full_name_in_brackets(name_end, span.end)
        if full_name:  # "la CCSLA (communauté de communes des Sources du Lac)": the bracket names it
            name_span, name_end = full_name
        name = clean_name(text[name_span.start:name_span.end])
        if (not name or self.gaz.find_department(name) or re.search(r"\bCPTS\b", name) or COUNTED_EPCIS.fullmatch(name)
                or PHRASE_WORD.fullmatch(name) or compass_part_of_department(self.gaz, name)):
            return  # "2 intercommunalités (CC X, CC Y)": the names in brackets are the areas (epci_mentions)
        if not re.match(r"[A-ZÀ-Ý0-9«“\"]|(?i:pays|communaut|community|métropole|agglo|intercom)", name):
            return  # "a signé une convention avec ...": a clause of its own, not an area's name
        departments = self.departments_of(self.key)
        inverted = INVERTED_ARTICLE.match(text, name_end, span.end)
        if inverted and not text[inverted.end():span.end].strip():  # "Lude (Le)", as official tables write it
            commune = self.gaz.link_commune(f"{inverted.group(1)} {name}", departments)
            if commune:
                self.territory.loose.extend(self._dedup([CommuneRef(commune.name, Span(span.start, inverted.end()), commune)]))
                return
        bare, department = without_department_after(name)
        if department and extent == "full" and not count and text.startswith(bare, name_span.start) \
                and self.gaz.link_commune(bare, [department]):
            self._add_loose(Span(name_span.start, name_span.start + len(bare)), [department])  # "Carlux en Dordogne"
            return
        written = stripped(text, Span(span.start, name_end))  # with its article: "L'Haÿ-les-Roses", "Le Mans"
        listed = count and LIST_GOES_ON.match(text, span.end)  # "les trois communes d'A, B et C": A is one of them
        if area_kind(name) == "other" and (not count or listed) and extent == "full" and not text[name_end:span.end].strip() and (
                self.gaz.link_commune(text[written.start:written.end], departments) or self.gaz.link_commune(name, departments)
                or any(self.gaz.link_near_spelling(name, department) or 0 < len(self.gaz.longer_names(name, department)) <= 3
                       for department in departments)):
            self._add_loose(span)  # "Communes concernées : Bastia, Furiani": not the CA de Bastia; "Sablé", "Banyuls", written short
            return
        if area_kind(name) == "other" and extent == "full" and not count and (
                self.gaz.candidates(name) or self.gaz.candidates(text[written.start:written.end])):
            self._add_loose(span)  # a commune's name, even one several departments share; "La Flèche (72)"
            return
        if area_kind(name) == "other" and len(name.split()) > 6 and not AREA_WORD.search(name):
            return  # a sentence after a list, not an area's name
        area = Area(area_kind(name), name, name_span, extent=extent, part=part, communes_count=count)
        if area.kind in ("epci", "other", "pays"):
            # "le Pays de X" is the EPCI only when its whole name is "CC du Pays de X"
            untyped_part = area.kind == "other" and prefix and prefix.group("count")  # "10 communes du X": X's whole name
            epci = self.gaz.find_epci_named_alone(name, departments) if area.kind == "pays" or untyped_part else \
                self.gaz.find_epci(self.acronyms.get(name, name), departments)
            if epci:
                area.kind, area.code = "epci", epci.siren
                if prefix and prefix.group("count") and number_in(prefix.group("count")) == len(epci.members):
                    area.extent = "full"  # "17 communes de la CC X", and X has 17: all of it
        members_start = name_span.end if phrase and phrase.start() - pos < 40 else name_end
        self._parse_members(area, Span(members_start, span.end))
        area.communes_count = area.communes_count or counted_in(prefix, area)  # "20 communes du Douaisis"
        self.territory.areas.append(area)

    def _full_name_in_brackets(self, start: int, end: int) -> tuple[Span, int] | None:
        """The name in brackets after a short one, and where the brackets end."""
        inner = re.match(r"\s*\(\s*([^()]*?)\s*\)", self.text[start:end])
        if not inner or not EPCI_PHRASE.fullmatch(inner.group(1)):
            return None
        return Span(start + inner.start(1), start + inner.end(1)), start + inner.end()

    def _parse_members(self, area: Area, span: Span) -> None:
        """Communes named with an area: "(5 communes)", "(A, B notamment)", ": A, B et C",
        ", notamment A et B", ", from A to B, including C", "(à l'exception de A)",
        ", à l'exception d'A et B, rattachées à la CPTS X"."""
        text = self.text
        pos = span.start
        acronym = ACRONYM.match(text, pos, span.end) or short_name_in_brackets(self.gaz, text, pos, span.end)
        pos = acronym.end() if acronym else pos
        spelt_out = re.match(r"\s*\(([^()]*)\)", text[pos:span.end])
        named = spelt_out and area.code and self.gaz.find_epci_named_alone(spelt_out.group(1), self.departments_of(self.key))
        pos += spelt_out.end() if named and named.siren == area.code else 0  # "MACS (Maremne Adour Côte Sud)": no commune
        inner = MEMBERS.match(text[pos:span.end]) or (
            MEMBERS_LEFT_OPEN.match(text[pos:span.end]) if STOPS_ON_A_COMMA.match(text, span.end) else None)
        while inner:  # "(en partie) : A, B": a bracket naming no commune, then the communes after a colon
            group = "paren" if inner.groupdict().get("paren") is not None else "colon"
            self._members_clause(area, Span(pos + inner.start(group), pos + inner.end(group)))
            pos += inner.end()
            members = self.gaz.epci(area.code).members if area.code else ()
            # "la CC de la Ténarèze (Condom)": its main town says where it is, the whole of it
            main_town = group == "paren" and len(area.listed) == 1 and self._main_town(area.listed[0], area.code)
            if area.listed and not area.open_ended and len(area.listed) < len(members) and not main_town \
                    and (group == "colon" or area.communes_count is None):
                area.extent = "partial"  # "CC X : A, B et C", "CC X (A, B)": the communes it lends, not all of it
            inner = None if group == "colon" or area.listed else re.match(r"\s*:(?P<colon>.*)", text[pos:span.end], re.DOTALL)
        after_comma = MEMBERS_AFTER_COMMA.match(text, pos, span.end)
        if after_comma:
            self._members_clause(area, Span(after_comma.end(), span.end))
        own_count = OWN_COUNT.match(text, pos, span.end)
        if own_count and area.communes_count is None and number_in(own_count.group(1)):  # "la CC X et ses 17 communes"
            area.communes_count = (int(number_in(own_count.group(1))), Span(own_count.start(1), own_count.end()))

    def _main_town(self, ref: CommuneRef, code: str | None) -> bool:
        epci = self.gaz.epci(code) if code else None
        largest = self.gaz.largest_member(epci) if epci and len(epci.members) > 1 else None
        return largest is not None and ref.commune is not None and ref.commune.insee == largest.insee

    def _members_clause(self, area: Area, span: Span) -> None:
        text = self.text
        start, end = span.start, span.end
        count = re.match(rf"\s*(?:(?:ses|leurs|its|their)\s+)?(\d+|{NUMBER_PHRASE})\s+{COMMUNE_UNIT}(?=\s*(?:,|;|$|(?:{EXAMPLE_WORDS})\b))",
                         text[start:end], re.IGNORECASE)
        if count and number_in(count.group(1)):  # "(23 communes)", "(23 communes, 72 500 habitants)", "(23 communes dont A et B)"
            area.communes_count = (int(number_in(count.group(1))), Span(start + count.start(1), start + count.end()))
            if not EXAMPLES.match(text, start + count.end(), end):
                return
            start += count.end()
        part = PART_IN_BRACKETS.fullmatch(text, start, end)
        if part:  # "la CA X (partie nord)", "(en partie)"
            area.extent = "partial"
            area.part = DIRECTIONS.get(part.group("dir").lower()) if part.group("dir") else area.part
            return
        excepted_after = EXCEPTED_AFTER.search(text, start, end)
        if excepted_after:  # "(A et B exclues)"
            area.excepted.extend(self._communes_in(Span(start, excepted_after.start()), area.code)[0])
            return
        exception = EXCEPT.match(text, start, end)
        attached = ATTACHED_TO_OTHER.search(text, start, end)
        list_end = attached.start() if attached else end
        if exception or attached:  # "(à l'exception de A, B)", "(A et B ont rejoint la CPTS X)"
            refs, _ = self._communes_in(Span(exception.end() if exception else start, list_end), area.code)
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

    def _communes_of_area_in_brackets(self, span: Span) -> bool:
        """"A, B et C (CC X)": communes of X, which the territory takes a part of."""
        bracket = AREA_IN_BRACKETS.search(self.text, span.start, span.end)
        if not bracket or not EPCI_PHRASE.fullmatch(bracket.group(1)) or not re.search(r"[A-ZÀ-Ý]", self.text[span.start:bracket.start()]):
            return False
        epci = self.gaz.find_epci(bracket.group(1), self.departments_of(self.key))
        refs = self._communes_in(Span(span.start, bracket.start()), epci.siren)[0] if epci else []
        if not any(ref.commune for ref in refs):
            return False
        name_span = Span(bracket.start(1), bracket.end(1))
        self.territory.areas.append(Area("epci", clean_name(bracket.group(1)), name_span, code=epci.siren, extent="partial",
                                         listed=self._dedup(refs)))
        return True

    def _add_loose(self, span: Span, departments: list[str] | None = None) -> None:
        if self._communes_of_area_in_brackets(span):
            return
        refs, open_ended = self._communes_in(span, None, trailing_department=True, departments=departments)
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

    def _communes_in(self, span: Span, epci: str | None, trailing_department: bool = False,
                     departments: list[str] | None = None) -> tuple[list[CommuneRef], bool]:
        return communes_in(self.gaz, self.text, span, epci, departments or list(self.departments_of(self.key)),
                           trailing_department)

    # --- inline perimeter ------------------------------------------------------------------------
    def parse_inline(self, sentence: Span, after: int) -> None:
        """Areas named in the sentence after its verb: "habitants du Val de Saône et d'une partie ..."."""
        partial, missed = False, None
        if SPACED_DASH.search(self.text, sentence.start, after) and (closing := SPACED_DASH.search(self.text, after, sentence.end)):
            sentence = Span(sentence.start, closing.start())  # "La structure - qui regroupe A et B - a été créée": the aside ends
        surrounding = SURROUNDING_TAIL.search(self.text, after, sentence.end)
        if surrounding:  # "A et sa périphérie": the tail names no place of its own
            sentence = Span(sentence.start, surrounding.start())
        among = AMONG_AFTER.search(self.text, after, sentence.end)
        if among:  # "compte A, B et C parmi ses communes"
            sentence = Span(sentence.start, among.start())
        if surrounding or re.search(SURROUNDING, self.text[after:sentence.end], re.IGNORECASE) or among or \
                OPEN_END.search(self.text, after, sentence.end) or MORE_PLACES_AFTER.search(self.text, after, sentence.end) or \
                AMONG_BEFORE.search(self.text, sentence.start, after):
            self.territory.loose_open_ended = True  # "A, B et les communes environnantes", "A, B, etc."
        items = glue_members(self.text, inline_items(self.text, Span(after, sentence.end), self.departments_of(self.key)))
        items = before_another_bodys_area(self.text, without_places_between(self.text, items))
        first_loose, first_area = len(self.territory.loose), len(self.territory.areas)
        for item in items:
            if RELATIVE.match(self.text, item.start, item.end) and \
                    other_subject(self.text, max(after, item.start - ANTECEDENT_REACH), item.start):
                break  # "... avec le centre hospitalier, qui couvre la CC X": the hospital's area
            words = self.text[item.start:item.end]
            if re.search(r"une\s+partie|part\s+of", words, re.IGNORECASE):
                partial = True
            before = len(self.territory.areas)
            self.parse_item(self._drop_connectors(item), inline=True)
            for area in self.territory.areas[before:]:
                if partial:
                    area.extent = "partial"
            self._inherit_kind(before)
            if item is items[0] and len(self.territory.areas) == before and len(self.territory.loose) == first_loose:
                missed = item  # nothing read in the first piece
        share_counts(self.gaz, self.text, self.territory.areas[first_area:])
        sector = missed is not None and SECTOR_THEN_NAME.search(self.text, missed.start, missed.end)
        if missed is not None and CANTONS_THEN_NAME.search(self.text, missed.start, missed.end):
            del self.territory.loose[first_loose:]  # "les anciens cantons de A, de B et de C": cantons, not communes
        elif sector:  # "sur les secteurs de A, B et C": towns the parts of the territory are named after
            self._named_after_sectors(sector, first_loose)
        elif items and MAIN_TOWNS.search(self.text, after, items[0].start):
            self.named_in_passing(first_loose)  # "deux pôles urbains, A et B, et 30 communes"
        elif missed is not None and len(self.territory.loose) > first_loose:  # the list goes on after it
            self._first_of_list(missed, first_loose)
            if AROUND_TOWNS.search(self.text, missed.start, missed.end):  # "20 communes autour de A, B et C": no perimeter
                self.named_in_passing(first_loose)
        if surrounding and len(self.territory.loose) == first_loose + 1:
            self.territory.attached.append(self.territory.loose.pop())  # a town and the land around it: no perimeter

    def named_in_passing(self, first_loose: int) -> None:
        """The communes read since the `first_loose`-th are territory communes, not its perimeter."""
        self.territory.attached.extend(self.territory.loose[first_loose:])
        del self.territory.loose[first_loose:]

    def _named_after_sectors(self, sector: re.Match, first_loose: int) -> None:
        """The first name after the sector words and those after it: territory communes, not the perimeter."""
        refs, _ = self._communes_in(Span(sector.start("name"), sector.end("name")), None)
        added = refs + self.territory.loose[first_loose:]
        del self.territory.loose[first_loose:]
        self.territory.attached.extend(ref for ref in added if ref.commune)

    def _first_of_list(self, item: Span, at: int) -> None:
        """"20 000 habitants répartis sur A, B et C", "... sont A, B et C": the first name of a list
        of communes ends a phrase; it is one of them when it names a commune."""
        last = NAME_ENDING_PIECE.search(self.text, item.start, item.end)
        if last:
            refs, _ = self._communes_in(Span(last.start("name"), last.end("name")), None)
            if refs and refs[0].commune:
                self.territory.loose[at:at] = self._dedup(refs)

    def _drop_connectors(self, span: Span) -> Span:
        text = self.text
        m = re.match(r"\s*(?:(?:d['’]abord|aussi|également|désormais|principalement|essentiellement)\s+)?(?:sur\s+(?:l['’]ensemble\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*)?|"
                     r"(?:et|and|&|en(?!\s+partie\b)|in|of|de\s+la|du|des|de|au|à\s+la)\s+(?:à\s+(?=[A-ZÀ-Ý]))?|à\s+l['’]|"
                     r"à\s+(?=[A-ZÀ-Ý])|d['’](?:une\s+partie\s+de\s+la\s+)?)?\s*",
                     text[span.start:span.end], re.IGNORECASE)
        start = span.start + (m.end() if m else 0)
        if self._contracted_commune(Span(span.start, span.end)):
            start = span.start + len(text[span.start:span.end]) - len(text[span.start:span.end].lstrip())
        examples = EXAMPLE_WORD.match(text, start, span.end)
        if examples:  # "12 communes, dont A et B": some of the communes, not all ("dont 3 dans la CC X": a share)
            self.territory.loose_open_ended |= not re.match(r"\d", text[examples.end():span.end])
            start = examples.end()
        territory_of = TERRITORY_OF_NAME.match(text, start, span.end)
        if territory_of and not names_a_commune(self.gaz, text, territory_of.end(), span.end):
            start = territory_of.end()  # "le territoire de Loches" stays the town's surroundings
        if re.match(r"(?:sud|nord|est|ouest)\s+de\b", text[start:span.end], re.IGNORECASE):
            start = span.start
            m2 = re.match(r"\s*(?:du|le|au)\s+", text[start:span.end], re.IGNORECASE)
            if not m2:
                return Span(start, span.end)
        return stripped(text, Span(start, span.end))

    def _contracted_commune(self, span: Span) -> bool:
        """"des Rousses", "du Bugue": a commune whose article the preposition took in ("Les Rousses"),
        kept whole for the commune's name."""
        words = self.text[span.start:span.end].strip()
        return bool(CONTRACTED_ARTICLE.match(words)) and bool(self.gaz.link_commune(uncontracted(words), self.departments_of(self.key)))

    def _inherit_kind(self, first_new: int) -> None:
        """In "pays X et Y", the kind named once applies to each coordinated area."""
        areas = self.territory.areas
        for i in range(max(first_new, 1), len(areas)):
            if areas[i].kind == "other" and areas[i - 1].kind == "pays" and areas[i].span.start - areas[i - 1].span.end < 8:
                areas[i].kind = "pays"
