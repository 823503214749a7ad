"""What every extractor needs to know about a document: its text, sentences, the CPTS it
names, which of them it is about (chosen in `subjects`), and to which CPTS a position in the text refers."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

from ..model import NumberMatch, Span
from ..reference import gazetteer
from .name_groups import NamedCpts
from .names import Mention
from .numbers import find_numbers
from .patterns import NEWCOMER, alone_on_its_line, compared_with
from .place_names import EPCI_PHRASE, DepartmentMention

OTHER_CONTEXT_RE = re.compile(
    r"\b(?:autres?\s+(?:CPTS|communautés)|other\s+(?:CPTS|communities)|s['’]ajoutent|plus\s+anciennes?|déjà\s+existantes?|"
    # (not "nos voisins de la communauté de communes X": the neighbouring intercommunality)
    r"rattachée?s?\s+à|voisin(?:e|s|es)?(?!\s+(?:de\s+la|du|de\s+l['’])\s*(?:communauté|CC\b|CA\b|agglo|métropole|intercommunalité))|neighbou?rs?|next[\s-]door|déjà\s+(?:signataires?|labellisée?s?|opérationnelles?|en\s+place)|neighbou?ring|jouxt\w*|limitrophes?|adjacent|border\w*|instar|à\s+l['’]image|like\s+the|such\s+as|relève\w*|dépend\w*\s+de|belongs?\s+to|comes?\s+under|"
    # those that were there before the one in the news: "les CPTS X et Y fonctionnent déjà", "déjà signé par la CPTS X"
    r"(?:fonctionnent|existent|opèrent)\s+déjà|déjà\s+(?:été\s+)?signée?\s+par|already\s+(?:exist|operate|in\s+place)|"
    # several already at work: "Les CPTS X et Y sont déjà actives" (one "déjà active depuis 2019" may be the news's)
    r"déjà\s+(?:actives|créées|installées|implantées|constituées|lancées|engagées)|"
    # "Les CPTS X et Y l'avaient précédée", "had preceded it"
    r"l['’](?:a|ont|avait|avaient)\s+précédée?|(?:had|have)\s+preceded)\b",
    re.IGNORECASE,
)
# a sentence whose subject is a pronoun for the CPTS spoken of, opening it or after a fronted comparison with another
# ("Comme la CPTS X, elle couvre 20 communes", "À l'image de la CPTS X, celle-ci ...")
# a sentence that opens on the CPTS spoken of, unnamed: "Elle ...", "La CPTS compte 87 adhérents et ..."
PRONOUN_OPENING_RE = re.compile(r"[\s«\"“]*(?:Elle|Celle-ci|It|(?:La|Cette|Notre|The|This|Our)\s+(?:CPTS|communauté|community)"
                                r"(?=\s*,|\s+(?!(?:du|de|des|d['’]|of)\b)[a-zà-ÿ])"
                                rf"|(?:La|Cette|The)\s+{NEWCOMER})\b")
PRONOUN_ALONE_RE = re.compile(r"[\s«\"“]*(?:Elle|Celle-ci|It)\b")
SUBJECT_NAME_RE = re.compile(r"[\s«\"“]*(?:(?:La|Cette|The)\s+)?")  # where a sentence opening on a CPTS's name names it
COMPARED_FRONTED_RE = re.compile(
    r"\W*(?:(?:tout\s+)?(?:comme|à\s+l['’](?:image|instar)|contrairement|à\s+la\s+différence|like|unlike|as\s+with)\b[^,;:.!?\n]{0,80}"
    # "Troisième CPTS de Haute-Corse, après celle de X et celle du Y, la nouvelle association couvre ...": ranked after them
    r"|[^;:.!?\n]{0,60}?\b(?:après|after)\s+(?:celles?|la\s+CPTS|the\s+CPTS|that)\b[^;:.!?\n]{0,80}),\s*"
    r"(?:elle|celle-ci|it|(?:la|cette|the)\s+(?:nouvelle\s+|jeune\s+|new\s+)?(?:CPTS|association|communauté|structure|community)"
    rf"|(?:la|cette|the)\s+{NEWCOMER})\b",
    re.IGNORECASE)
# "la première ... la seconde", "the former ... the latter": one of two CPTS named just before
ORDINAL_PRONOUN_RE = re.compile(r"\b(?:la|le|the)\s+(?:première|premier|seconde|second|deuxième|dernière|dernier|former|latter)"
                                r"(?!\s+(?:CPTS|communauté|community|fois|étape|time))\b", re.IGNORECASE)
ANAPHOR_BEFORE_PAREN_RE = re.compile(
    r"(?:\b(?:la|cette|notre|the|this|its|our)\s+(?:nouvelle\s+|new\s+)?(?:CPTS|communauté|community)"
    r"|territoire)\s*[»\"”]?\s*$",
    re.IGNORECASE,
)

BLANK_BEFORE_PAREN = " »\"”\u00a0"
PARENTHESIS_REACH = 400  # characters back to the "(" a fact may stand in: a sentence, not a whole unpunctuated text
ORDINAL_REACH = 400  # characters back to "la première" a fact may follow, likewise
UPPER_CHARS = "A-ZÀÂÄÉÈÊËÎÏÔÖÛÙÜÇŒÆ"
TOTAL_IN_PAREN_RE = re.compile(r"\(\s*(?:soit|i\.\s?e\.|that\s+is|au\s+total|en\s+tout|in\s+all)\b", re.IGNORECASE)
# "les communautés de communes X, Y et Z (134 communes, 48 500 habitants)": several areas, the figures of them all
AREAS_LISTED_RE = re.compile(r"\bcommunautés\s+(?:de\s+communes|d['’]agglomération)\b|\bcommunities\s+of\s+(?:communes|municipalities)\b",
                             re.IGNORECASE)
AREAS_NAMED_RE = re.compile(r"\bcommunautés?\s+(?:de\s+communes|d['’]agglomération|urbaines?)|\bintercommunalités?\b|\bEPCI\b"
                            r"|\b(?:CC|CA|CdC)\b|\bcommunit(?:y|ies)\s+of\s+(?:communes|municipalities)", re.IGNORECASE)
QUANTITY_BEFORE_PAREN_RE = re.compile(
    r"\d[\d\s\u00a0\u202f.,]*\s*(?:habitants|inhabitants|communes|municipalities|professionnels|professionals)"
    r"[\w\s]{0,20}$"
    r"|\b(?:sa|leur|its|their)\s+population\s*$", re.IGNORECASE)  # "sa population (20 000 âmes)": the figure it names


COPYRIGHT_BEFORE = re.compile(r"©[ \t]*(?:\d{4}[ \t]*[–-]?[ \t]*)?$")
FIRST_PERSON_OPENING = re.compile(r"[\s«\"“•*–-]*(?:Notre|Nos|Nous|Our|We)\b")

# a line that opens on a label: "Population : 26 000 habitants", "• Professionnels adhérents : 64", "> Population : ..."
LABEL_LINE_RE = re.compile(r"[ \t>•*·–-]*[A-ZÀ-Ý][^:\n]{0,40}?[ \t]?:[ \t]")


@dataclass
class Context:
    text: str
    lang: str
    sentences: list[Span]
    persons: list[Span]
    cpts: list[NamedCpts]
    departments: list[DepartmentMention] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    default_department: str | None = None

    def __post_init__(self):
        self.mentions: list[tuple[Mention, str]] = sorted(
            ((m, c.key) for c in self.cpts for m in c.mentions), key=lambda mk: mk[0].span.start
        )
        self.sentences = _joined_across_names(self.sentences, [m.name_span for m, _ in self.mentions])
        self._sentence_starts = [s.start for s in self.sentences]
        self.name_spans = [m.span for m, _ in self.mentions]
        self._mention_starts = [span.start for span in self.name_spans]
        # the furthest end of the mentions up to each one: where a backward walk can stop
        self._reach = list(itertools.accumulate((span.end for span in self.name_spans), max))
        self.readings: dict[tuple[str, Span], bool] = {}  # (reading, mention's span) -> answer, for `subject_models`

    @cached_property
    def numbers(self) -> list[NumberMatch]:
        """Every number of the text, found once for all the extractors."""
        return find_numbers(self.text, self.lang)

    @cached_property
    def number_starting(self) -> dict[int, NumberMatch]:
        """The number that starts at each offset."""
        return {number.start: number for number in self.numbers}

    # --- positions ----------------------------------------------------------------------
    def sentence_at(self, pos: int) -> Span:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        return Span(line_start, len(self.text) if line_end < 0 else line_end)

    def sentence_before(self, pos: int) -> Span | None:
        """The last sentence that ends at or before `pos`."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        while i >= 0 and self.sentences[i].end > pos:
            i -= 1
        return self.sentences[i] if i >= 0 else None

    def mentions_in(self, span: Span) -> list[tuple[Mention, str]]:
        first = bisect.bisect_left(self._mention_starts, span.start)
        return self.mentions[first:bisect.bisect_left(self._mention_starts, span.end, first)]

    def count_in(self, span: Span) -> int:
        """How many mentions `mentions_in` gives, without building the list."""
        first = bisect.bisect_left(self._mention_starts, span.start)
        return bisect.bisect_left(self._mention_starts, span.end, first) - first

    def named_from(self, pos: int) -> Iterator[tuple[Mention, str]]:
        """The mentions whose names start at `pos` or later, in order."""
        return (self.mentions[i] for i in range(bisect.bisect_left(self._mention_starts, pos), len(self.mentions)))

    def keys_in(self, span: Span) -> list[str]:
        """The CPTS named in `span`, each once, in the order they are first named."""
        return list(dict.fromkeys(key for _, key in self.mentions_in(span)))

    def keys_named_before(self, sentence: Span, end: int, count: int) -> list[str] | None:
        """The last `count` CPTS named before `end` in the sentence, or from the start of the sentence
        before when it names fewer ("Elles couvrent respectivement ..."); None when fewer are named."""
        named = self.keys_in(Span(sentence.start, end))
        if len(named) < count:
            named = self.keys_in(Span(self.sentence_at(max(0, sentence.start - 2)).start, end))
        return named[-count:] if len(named) >= count else None

    def named_before(self, pos: int) -> tuple[Mention, str] | None:
        """The mention (and its key) that starts last before `pos`."""
        i = bisect.bisect_left(self._mention_starts, pos) - 1
        return self.mentions[i] if i >= 0 else None

    def inside_name(self, pos: int) -> bool:
        return any(self.name_spans[i].end > pos for i in self._reaching(pos, pos + 1))

    def _reaching(self, low_end: int, before: int) -> Iterator[int]:
        """Indexes of the mentions starting before `before` whose span may end after `low_end`, last first."""
        i = bisect.bisect_left(self._mention_starts, before)
        while i > 0 and self._reach[i - 1] > low_end:
            i -= 1
            yield i

    # --- who a fact is about -------------------------------------------------------------
    def target_for(self, span: Span) -> str | None:
        """The key of the CPTS a fact at `span` is about, or None when it is about something else."""
        sentence = self.sentence_at(span.start)
        paren = self._enclosing_parenthesis(span.start, sentence)
        if paren is not None:
            return self._owner_of_parenthesis(paren)
        named = self.mentions_in(sentence)
        compared = COMPARED_FRONTED_RE.match(self.text, sentence.start, span.start)
        opening = compared.end() if compared else sentence.start  # "Comme la CPTS X, elle ...": X is not its subject
        before = [(m, k) for m, k in named if opening <= m.span.start and m.span.end <= span.start]
        if LABEL_LINE_RE.match(self.text, self.text.rfind("\n", 0, span.start) + 1):
            # "• CPTS X\nTerritoire : ..., rattachées à la CPTS Y\nPopulation : 26 000": a label line's figure is the
            # block's, not that of a CPTS named in another line's value
            line_start = self.text.rfind("\n", 0, span.start) + 1
            before = [(m, k) for m, k in before
                      if m.span.start >= line_start or alone_on_its_line(self.text, m.span.start, m.span.end)]
        if before:
            return before[-1][1]
        after = [(m, k) for m, k in named if m.span.start >= span.end]
        if after and not compared and not PRONOUN_OPENING_RE.match(self.text, sentence.start, span.start) \
                and not compared_with(self.text, after[0][0].span.start):
            return after[0][1]  # not "Elle est la 3e CPTS du Cher après la CPTS X": the pronoun's
        return self._one_of_the_pair_before(sentence, span) or self._pronoun_after_ordinal(sentence) \
            or self._page_owner_speaking(sentence) or self.pronoun_antecedent(sentence) or self.focus_at(span.start)

    @cached_property
    def page_owner(self) -> str | None:
        """The CPTS whose own page this is: named alone on the page's first line (a site's header), or after "©"."""
        first_line_end = self.text.find("\n", re.match(r"\s*", self.text).end())
        first_line_end = len(self.text) if first_line_end < 0 else first_line_end
        for mention, key in self.mentions:
            start = mention.span.start
            if start < first_line_end and alone_on_its_line(self.text, start, mention.span.end) \
                    or COPYRIGHT_BEFORE.search(self.text, max(0, start - 12), start):
                return key
        return None

    def _page_owner_speaking(self, sentence: Span) -> str | None:
        """"Notre CPTS couvre 65 communes", "Nos adhérents : 142": on a CPTS's own page, the CPTS speaks of itself."""
        owner = self.page_owner
        return owner if owner in self.subjects and FIRST_PERSON_OPENING.match(self.text, sentence.start) else None

    def _pronoun_after_ordinal(self, sentence: Span) -> str | None:
        """"La première couvre 25 communes. Elle réunit 52 professionnels.": the pronoun goes on with the CPTS the
        ordinal opening the sentence before stands for."""
        before = self.sentence_before(sentence.start)
        if before is None or not PRONOUN_OPENING_RE.match(self.text, sentence.start) or self.keys_in(before):
            return None
        opening = re.compile(r"\s*").match(self.text, before.start).end()
        return self._one_of_the_pair_before(before, Span(before.end, before.end)) \
            if ORDINAL_PRONOUN_RE.match(self.text, opening) else None

    def pronoun_antecedent(self, sentence: Span) -> str | None:
        """"La CPTS X, pionnière, a signé en 2021. Elle couvre 34 communes.": a sentence opening on "Elle" goes on
        with the CPTS the sentence right before it opens on, when that sentence names no other."""
        before = self.sentence_before(sentence.start)
        if before is None or not PRONOUN_ALONE_RE.match(self.text, sentence.start) or "\n\n" in self.text[before.end:sentence.start]:
            return None
        keys = set(self.keys_in(before))
        opening = SUBJECT_NAME_RE.match(self.text, before.start).end()
        return next((key for mention, key in self.mentions_in(before) if mention.span.start <= opening), None) if len(keys) == 1 else None

    def _one_of_the_pair_before(self, sentence: Span, span: Span) -> str | None:
        """"La CPTS X et la CPTS Y ont signé. La première couvre 20 communes": the CPTS the ordinal stands for, in
        the order the sentence before named them."""
        ordinals = list(ORDINAL_PRONOUN_RE.finditer(self.text, max(sentence.start, span.start - ORDINAL_REACH), span.start))
        before = self.sentence_before(sentence.start)
        if not ordinals or before is None:
            return None
        keys = self.keys_in(before)
        which = ordinals[-1].group().split()[-1].lower()
        index = -1 if which in ("dernière", "dernier", "latter", "last") else 1 if which in (
            "seconde", "second", "deuxième") else 0
        return keys[index] if len(keys) >= 2 else None

    def focus_at(self, pos: int) -> str | None:
        """The subject CPTS a sentence without a name speaks of: the last subject named."""
        if not self.subjects:
            return None
        for i in reversed(range(bisect.bisect_left(self._mention_starts, pos))):
            if self.mentions[i][1] in self.subjects:
                return self.mentions[i][1]
        return self.subjects[0]

    def _enclosing_parenthesis(self, pos: int, sentence: Span) -> int | None:
        depth = 0
        for i in range(pos - 1, max(sentence.start, pos - PARENTHESIS_REACH) - 1, -1):
            ch = self.text[i]
            if ch == ")":
                depth += 1
            elif ch == "(":
                if depth == 0:
                    return i
                depth -= 1
        return None

    def _owner_of_parenthesis(self, paren: int) -> str | None:
        before = self.text[max(0, paren - 80):paren]
        gap_start = paren
        while gap_start > 0 and self.text[gap_start - 1] in BLANK_BEFORE_PAREN:
            gap_start -= 1
        # the first mention (in text order) that ends in the blank gap just before the parenthesis
        owners = [i for i in self._reaching(gap_start - 1, paren) if gap_start <= self.name_spans[i].end <= paren]
        if owners:
            return self.mentions[min(owners)][1]
        if ANAPHOR_BEFORE_PAREN_RE.search(before):
            return self.focus_at(paren)
        sentence = self.sentence_at(paren)
        close = self.text.find(")", paren, sentence.end)
        inside = self.text[paren:close if close >= 0 else sentence.end]
        # "Elle couvre la communauté de communes X (23 communes, 72 500 habitants)", "couvre les communautés de communes X
        # et Y (soit 98 communes)": the figures of the areas of the sentence are those of the CPTS they are the perimeter of
        areas_figures = (_ends_with_area(before) or AREAS_LISTED_RE.search(self.text, sentence.start, paren)) \
            and re.search(r"habitants|inhabitants", inside)
        areas_total = TOTAL_IN_PAREN_RE.match(inside) and AREAS_NAMED_RE.search(self.text, sentence.start, paren)
        if (areas_figures or areas_total) and self.text.count("(", sentence.start, sentence.end) == 1:
            named = [k for m, k in self.mentions_in(sentence) if m.span.end <= paren]
            return named[-1] if named else self.focus_at(paren)
        if QUANTITY_BEFORE_PAREN_RE.search(before):
            return self.target_for(Span(paren - 1, paren))  # "274 922 habitants (soit 51,56 % ...)"
        return None

    def explicit_target(self, span: Span) -> str | None:
        """Like target_for, but only a CPTS named in the same sentence."""
        named = self.mentions_in(self.sentence_at(span.start))
        before = [k for m, k in named if m.span.end <= span.start]
        after = [k for m, k in named if m.span.start >= span.end]
        if before:
            return before[-1]
        return after[0] if after else None


def _joined_across_names(sentences: list[Span], names: list[Span]) -> list[Span]:
    """spaCy may end a sentence inside a CPTS's name ("La CPTS du Val | Rose a été lancée"): the two
    parts are one sentence."""
    inside = {pos for name in names for pos in range(name.start + 1, name.end)}
    if not inside:
        return sentences
    joined: list[Span] = []
    for sentence in sentences:
        if joined and sentence.start in inside:
            joined[-1] = Span(joined[-1].start, sentence.end)
        else:
            joined.append(sentence)
    return joined


# "le canton de Brive", "le Pays de Retz", "le bassin de vie de Tulle": an area named after its place
OTHER_AREA_END = re.compile(r"\b(?:cantons?|pays|bassins?\s+de\s+vie|secteurs?|arrondissement)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
                            rf"[{UPPER_CHARS}][\w'’-]*(?:[\s-]+(?:(?:sur|sous|en|de|du|des|la|le|et)[\s-]+)?[{UPPER_CHARS}][\w'’-]*)*\s*$",
                            re.IGNORECASE)


def _ends_with_area(text: str) -> bool:
    """Whether `text` ends with an area's name: "la communauté de communes X", "le canton de X"."""
    end = len(text.rstrip())
    return any(match.end() == end for match in EPCI_PHRASE.finditer(text)) or bool(OTHER_AREA_END.search(text))


def default_department(ctx: Context) -> str | None:
    """The department the text names most; none when the most named are named once each in one
    sentence ("une enquête en Essonne et en Seine-Saint-Denis": no one department is the text's)."""
    counts = Counter(d.code for d in ctx.departments)
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2)
    if n == 1 and rest and len({ctx.sentence_at(d.span.start) for d in ctx.departments}) == 1:
        return None
    return best


# A department name that says where something else is: a river or valley ("vallées de la Meuse,
# de la Sarthe"), a border ("la frontière du Jura").
NOT_A_PLACE_BEFORE_RE = re.compile(
    r"\b(?:vallées?|valley|rivières?|river|fleuve|rives?|riverain\w*|bords?|berges|gorges|confluen(?:t|ce)|source|"
    r"(?:traversée?s?|arrosée?s?|longée?s?|bordée?s?)\s+par|le\s+long|au\s+fil|"
    r"massifs?|parcs?(?:\s+naturels?)?(?:\s+régiona(?:l|ux))?|forêts?|montagnes?|monts|piémont|crêtes?|"  # "le massif des Vosges"
    r"fronti\w+|border|limites?|limitrophes?|confins|bordure)\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’]|of\s+the|of|the|avec\s+(?:la|le|les|l['’])|with(?:\s+the)?)?\s*"
    r"(?:[A-ZÀ-Þ][\w'’\-]*\s*(?:,|et|and)\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’])?\s*){0,4}$",
    re.IGNORECASE)
# A department that something is compared with ("plus faible que dans la Nièvre", "inférieur à celui du Jura", "comme
# en Savoie", "contre 60 % dans l'Ain") or that a person comes from ("originaire du Doubs", "venus de Côte-d'Or").
COMPARED_BEFORE_RE = re.compile(
    r"(?:\b(?:plus|moins|mieux|davantage|autant|supérieure?s?|inférieure?s?|higher|lower|more|less|fewer)\b"
    r"[^.;:!?\n]{0,50}?(?:\b(?:que|than|à)\s+|\bqu['’]\s*)|\b(?:comme|contre|versus|vs\.?|compared\s+(?:to|with)|"
    r"(?:par\s+)?rapport\s+(?:à|aux?)|comparée?s?\s+(?:à|aux?|avec)|originaires?|native\s+of|venue?s?|"
    r"en\s+provenance)\s+(?:\d[\d\s,.]*\s*%\s*)?)"
    r"(?:(?:la|le|les|l['’]|celles?|celui|ceux|the)\s*)?(?:(?:moyenne|taux|niveau|average|rate)\s+)?"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|dans\s+(?:la|le|les|l['’])|en|in(?:\s+the)?|of(?:\s+the)?)?\s*$",
    re.IGNORECASE)
# "Châteauneuf du Rhône": the department's name inside a commune's (checked in the gazetteer).
IN_PLACE_NAME_BEFORE_RE = re.compile(r"[A-ZÀ-Þ][\w'’\-]*\s+(?:du|de\s+la|de\s+l['’]|des|de|sur|en|lès)\s*$")
IN_PLACE_NAME_AFTER_RE = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|sur|en|lès)\s*[A-ZÀ-Þ][\w'’\-]*")
LIST_NEIGHBOUR_RE = re.compile(r"(?:[A-ZÀ-Þ][\w'’\-]*\s*,|\b(?:et|and))\s*$")
PLACE_BEFORE_CODE_RE = re.compile(r"((?:[A-ZÀ-Þ][\w'’\-]*[ \u00a0]+(?:(?:de|du|des|la|le|sur|en)[ \u00a0]+)?){0,3}[A-ZÀ-Þ0-9][\w'’\-]*)[»\"”]?$")
CODE_LABEL = r"(?:dép(?:artement|t)?|dpt)\.?\s*"  # "dép. 45", "dpt 45"
BRACKETED_CODE_RE = re.compile(  # "(45)", "(45170)", "(dép. 45)"
    rf"(?<=[\w»\"”])\s*\((?:\s*{CODE_LABEL})?(\d{{2}}|2[AB]|97[1-6])(\d{{3}})?\)")


# the number the press writes for a department: "dans le 89", "le département 89", "département du 89", the caisse's
# "CPAM 42" (not "dans le 13e", "dans le 89 %", "la CPAM 42 000 euros")
SPOKEN_CODE_RE = re.compile(r"\b(?:dans\s+le|département(?:\s+du)?|dépt\.?|dpt\.?|(?-i:CPAM)(?:\s+du)?)\s+(\d{2}|2[AB]|97[1-6])"
                            r"(?!\w|[,.]\d|\s*%|\s*[-/]\s*\d|[ \u00a0]\d{3}\b)", re.IGNORECASE)


def territorial_departments(text: str, found: list[DepartmentMention]) -> list[DepartmentMention]:
    """The department mentions that can say where a CPTS lies, codes in brackets after a name ("la CPTS X (45)",
    "Rocheval-sur-Loire (85600)") and codes the press writes for a department ("dans le 89")."""
    kept = [d for d in found if _names_a_place(text, d)]
    kept += [DepartmentMention(Span(m.start(1), m.end(1)), postal_department(m.group(1), m.group(2)))
             for m in BRACKETED_CODE_RE.finditer(text) if _code_follows_place(text, m.start())]
    kept += [DepartmentMention(Span(m.start(1), m.end(1)), m.group(1)) for m in SPOKEN_CODE_RE.finditer(text)]
    return sorted((d for d in kept if d.code and gazetteer.load().department_name(d.code)), key=lambda d: d.span.start)


def _code_follows_place(text: str, pos: int) -> bool:
    """"Rocheval-sur-Loire (85600)", "la CPTS Val Fleuri (45)": a code after a commune or a CPTS
    name, not after any capitalised word ("les Maisons de Santé (12)")."""
    place = PLACE_BEFORE_CODE_RE.search(text, max(0, pos - 60), pos)
    if not place:
        return False
    words = place.group(1).split()
    if any(gazetteer.load().candidates(" ".join(words[i:])) for i in range(len(words))):
        return True
    return "CPTS" in text[max(0, place.start() - 60):place.start() + 1] or "CPTS" in place.group(1)


def _names_a_place(text: str, dep: DepartmentMention) -> bool:
    before = text[max(0, dep.span.start - 90):dep.span.start]
    if NOT_A_PLACE_BEFORE_RE.search(before) or COMPARED_BEFORE_RE.search(before):
        return False
    written = text[dep.span.start:dep.span.end]
    inside_before = IN_PLACE_NAME_BEFORE_RE.search(before[-40:])
    inside_after = IN_PLACE_NAME_AFTER_RE.match(text, dep.span.end)
    if inside_before and gazetteer.load().candidates(inside_before.group() + written):
        return False
    if inside_after and gazetteer.load().candidates(written + inside_after.group()):
        return False
    # "Basse-Goulaine, Indre et Vertou": a commune that shares a department's name, in a list of communes
    listed = LIST_NEIGHBOUR_RE.search(before[-40:]) or re.match(r"\s*,\s*[A-ZÀ-Þ]", text[dep.span.end:dep.span.end + 5])
    return not (listed and gazetteer.load().candidates(written))


def postal_department(code: str, rest: str | None) -> str | None:
    """"(45)" is a department; "(45170)" a postal code, whose first two digits mostly are one."""
    if code in ("20",) and rest:
        return "2A" if rest < "200" else "2B"
    if code.startswith("97") and rest:
        return code + rest[0]
    return code
