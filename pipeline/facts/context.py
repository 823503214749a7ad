"""What every extractor needs to know about a document: its text, sentences, the CPTS it
names, which of them it is about, and to which CPTS a position in the text refers."""
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
from .name_words import HEAD_RE
from .names import Mention
from .numbers import find_numbers
from .place_names import EPCI_PHRASE, DepartmentMention
from .event_cues import find_cues
from .role_words import OTHER_BODY

OTHER_CONTEXT_RE = re.compile(
    r"\b(?:autres?\s+CPTS|other\s+CPTS|s['’]ajoutent|plus\s+anciennes?|déjà\s+existantes?|"
    r"rattachée?s?\s+à|voisin(?:e|s|es)?|déjà\s+(?:signataires?|labellisée?s?|opérationnelles?|en\s+place)|neighbou?ring|jouxt\w*|limitrophes?|adjacent|border\w*|instar|à\s+l['’]image|like\s+the|such\s+as|relève\w*|dépend\w*\s+de|belongs?\s+to|comes?\s+under)\b",
    re.IGNORECASE,
)
ANAPHOR_BEFORE_PAREN_RE = re.compile(
    r"(?:\b(?:la|cette|notre|the|this|its|our)\s+(?:nouvelle\s+|new\s+)?(?:CPTS|communauté|community)"
    r"|territoire)\s*[»\"”]?\s*$",
    re.IGNORECASE,
)

BLANK_BEFORE_PAREN = " »\"”\u00a0"
PARENTHESIS_REACH = 400  # characters back to the "(" a fact may stand in: a sentence, not a whole unpunctuated text
UPPER_CHARS = "A-ZÀÂÄÉÈÊËÎÏÔÖÛÙÜÇŒÆ"
QUANTITY_BEFORE_PAREN_RE = re.compile(
    r"\d[\d\s\u00a0\u202f.,]*\s*(?:habitants|inhabitants|communes|municipalities|professionnels|professionals)"
    r"[\w\s]{0,20}$"
    r"|\b(?:sa|leur|its|their)\s+population\s*$", re.IGNORECASE)  # "sa population (20 000 âmes)": the figure it names


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

    @cached_property
    def numbers(self) -> list[NumberMatch]:
        """Every number of the text, found once for all the extractors."""
        return find_numbers(self.text, self.lang)

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
        before = [(m, k) for m, k in named if m.span.end <= span.start]
        if before:
            return before[-1][1]
        after = [(m, k) for m, k in named if m.span.start >= span.end]
        if after:
            return after[0][1]
        return self.focus_at(span.start)

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
        if _ends_with_area(before) and self.text.count("(", sentence.start, sentence.end) == 1 \
                and re.search(r"habitants|inhabitants", inside):
            # "Elle couvre la communauté de communes X (23 communes, 72 500 habitants)": the
            # figures of the one area of the sentence are those of the CPTS it is the perimeter of
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


# "les maisons de santé, la CPTS X, et la maison sport santé": one item of a list of bodies.
ITEM_BEFORE_RE = re.compile(r",\s*(?:la|le|l['’]|les)\s*$", re.IGNORECASE)
# the last item of a list of bodies, after two items at least: ", la CPAM et la CPTS X." (not "Le 12 mai, l'ARS et la CPTS X")
LAST_ITEM_BEFORE_RE = re.compile(
    r",\s*(?:la|le|l['’]|les|the)\s*[^,.;:]{1,60}?(?:,\s*|\s+)(?:et|ainsi\s+que|and)\s+(?:la|le|l['’]|les|the)\s*$",
    re.IGNORECASE)
LAST_ITEM_AFTER_RE = re.compile(r"\s*(?:[.;]|$)")
# a fronted adverbial before the sentence's first comma: "Le 12 mai 2022", "En 2021", "Hier", "Ce jeudi matin"
FRONTED_RE = re.compile(
    r"\W*(?:(?:(?:le|ce|cette)\s+)?(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|semaine|mois)"
    r"[^,;:.!?\n]{0,40}|(?:en|depuis|dès|lors|après|avant|in|since|after|before|on)\b[^,;:.!?\n]{0,40}|hier|"
    r"aujourd['’]hui|\w+ment)\s*", re.IGNORECASE)
ITEM_AFTER_RE = re.compile(rf"\s*,\s*(?:et\s+)?(?:la|le|l['’]|les|[{UPPER_CHARS}])|\s+et\s+(?:la|le|l['’]|les)\b"
                           r"|\s*,?\s*(?:mais\s+aussi|ainsi\s+que|as\s+well\s+as)\b")


# A CPTS named as a model, a forerunner or a partner: "après la CPTS X", "comme la CPTS X", "sur le modèle de
# la CPTS X", "à l'exemple des CPTS X et Y", "en partenariat avec la CPTS X", and the next names of the same
# list ("et la CPTS Z"), not the subject of the main clause after a fronted one ("Après la CPTS X en 2021,
# la CPTS Y signe").
MODEL_BEFORE_RE = re.compile(
    r"\b(?:après|comme|modèle\s+(?:de|du|des)|inspirée?s?\s+(?:de|du|des)|exemple\s+(?:de|du|des)|after|like|"
    r"modell?ed\s+on|following|in\s+the\s+wake\s+of|(?:à\s+la\s+suite|dans\s+le\s+sillage|sur\s+les\s+traces)\s+(?:de|du|des)|"
    r"partenariat\s+avec|collaboration\s+avec|en\s+lien\s+avec|partnership\s+with)"
    r"\s+(?:celles?\s+(?:de|du|des)\s+)?(?:la|les|l['’]|the)?\s*$",
    re.IGNORECASE)
# a CPTS whose verb is in the pluperfect speaks of the past, before what the release tells: "Les CPTS X et Y
# avaient signé en 2022", "La CPTS X l'avait fait avant elle"
PLUPERFECT_AFTER_RE = re.compile(
    r"(?:\s*(?:,|et)\s*(?:la\s+|celle\s+d[eu]\s+|CPTS\s+)*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3})*"
    r"\s+(?:l['’]|en\s+|y\s+)?(?:avai(?:en)?t|had)\s+(?:déjà\s+|already\s+)?(?:été\s+)?[a-zàâéèêëîïôûç]+\b")
LIST_GAP_RE = re.compile(
    r"\s*(?:,\s*(?:et\s+)?|\s+et\s+|\s+and\s+)(?:celle\s+(?:de|du|des)\s+)?(?:la|les|l['’]|the)?\s*", re.IGNORECASE)


def _named_as_model(ctx: Context, mention: Mention) -> bool:
    start = mention.listed_at if mention.listed_at is not None else mention.span.start
    if MODEL_BEFORE_RE.search(ctx.text, max(0, start - 40), start) or PLUPERFECT_AFTER_RE.match(ctx.text, mention.span.end):
        return True
    before = ctx.named_before(start)  # the name just before, if the list goes on from it
    previous = before[0] if before else None
    return previous is not None and previous.span.end <= start \
        and bool(LIST_GAP_RE.fullmatch(ctx.text, previous.span.end, start)) and _named_as_model(ctx, previous)


# A CPTS given as one example of the CPTS a text is about (a department's, a region's): "Parmi elles,
# la CPTS X ...", "Témoignage de la CPTS X", "par exemple la CPTS X", "such as the X CPTS".
EXAMPLE_BEFORE_RE = re.compile(
    r"(?:\bparmi\s+(?:elles|eux|lesquelles|celles-ci|ces\s+(?:CPTS|communautés))|\bpar\s+exemple|"
    r"\bà\s+titre\s+d['’]exemple|\btémoignages?\s+d[eu]|\bsuch\s+as|\bamong\s+them)"
    r"\s*[,:]?\s*(?:(?:celles?\s+d[eu]\s+)?(?:la|les|l['’]|the)\s*)?$", re.IGNORECASE)


def _named_as_example(ctx: Context, mention: Mention) -> bool:
    start = mention.listed_at if mention.listed_at is not None else mention.span.start
    return bool(EXAMPLE_BEFORE_RE.search(ctx.text, max(0, start - 50), start))


def choose_subjects(ctx: Context) -> list[str]:
    """The CPTS a release is about: the most often named (the first named counts once more),
    not listed as 'others'; those listed after one plural head with a subject are subjects too.
    A CPTS named once, as one of a list of bodies, is only mentioned."""
    if _named_in_passing(ctx):
        return []
    scores: Counter = Counter()
    listed = {c.key for c in ctx.cpts if len(c.mentions) == 1 and _one_of_bodies(ctx, c.mentions[0])}
    examples = {c.key for c in ctx.cpts if all(_named_as_example(ctx, m) for m in c.mentions)}
    for mention, key in ctx.mentions:
        sentence = ctx.sentence_at(mention.span.start)
        if key not in listed and not OTHER_CONTEXT_RE.search(ctx.text[sentence.start:sentence.end]) \
                and not _named_as_model(ctx, mention) and not _named_as_example(ctx, mention):
            scores[key] += 1
    if not scores:
        return [c.key for c in ctx.cpts if c.key not in listed | examples][:1]
    scores[ctx.mentions[0][1]] += 0.5  # the title or lead names what the release is about
    for key in _taken_up(ctx):
        if key in scores:
            scores[key] += 1
    best = max(scores.values())
    chosen = {c.key for c in ctx.cpts if scores[c.key] >= max(1, 0.6 * best)}
    chosen |= _coordinated_with(ctx, chosen)
    return [c.key for c in ctx.cpts if c.key in chosen]


# "X, président de la CPTS Y": an office in the CPTS makes it what the text is about, however late.
OFFICE_BEFORE_RE = re.compile(
    r"\b(?:(?:vice-?|co-?)?présidente?|coord(?:in|onn?)at(?:eur|rice)|direct(?:eur|rice)|fondat(?:eur|rice)|"
    r"secrétaire|trésori(?:er|ère)|(?:vice-?)?president|chair\w*|coordinator|director|founder)\b[^.;!?]{0,50}$",
    re.IGNORECASE)
PASSING_FROM = 0.25  # share of the text: a first mention after the title and lead
PASSING_AFTER = 300  # characters: a short text's second sentence is still its lead
LEAD_SENTENCES = 3  # a title and two sentences of lead: a mention after them is past the lead, whatever the length


def _named_in_passing(ctx: Context) -> bool:
    """A text on something else (a health centre, a town, a local contract) that names its one CPTS in a
    single sentence well after its lead, and speaks of CPTS nowhere else, only mentions it: "la commune
    est couverte par la CPTS X, qui ...", "... leur ancrage au sein de la CPTS Y"."""
    if len(ctx.cpts) != 1 or not ctx.mentions:
        return False
    if _only_complements(ctx):
        return True
    first = ctx.mentions[0][0]
    sentence = ctx.sentence_at(first.span.start)
    in_lead = sentence.start < PASSING_AFTER or (
        sentence.start < PASSING_FROM * len(ctx.text)
        and sentence.start < ctx.sentences[min(LEAD_SENTENCES, len(ctx.sentences) - 1)].start)
    if in_lead and not _complement_under_another_title(ctx, first, sentence):
        return False
    if len(ctx.text[sentence.start:first.span.start].split()) <= 1:
        return False  # "La CPTS X est née en 2021": the sentence is about it
    if any(not sentence.start <= head.start() < sentence.end for head in HEAD_RE.finditer(ctx.text)):
        return False
    return not OFFICE_BEFORE_RE.search(ctx.text, sentence.start, first.span.start)


def _complement_under_another_title(ctx: Context, mention: Mention, sentence: Span) -> bool:
    """"Vaccination : une opération dans les pharmacies\n... L'opération est soutenue par la CPTS X": in the
    lead of a text whose title speaks of something else, the CPTS only as the complement of another's
    doing, in a sentence that tells none of its own events (a launch, a contract)."""
    title_end = ctx.text.find("\n")
    if title_end <= 0 or title_end >= sentence.start or HEAD_RE.search(ctx.text, 0, title_end):
        return False
    if find_cues(ctx.text, 0, title_end, kinds=CPTS_EVENTS) or find_cues(ctx.text, sentence.start, sentence.end,
                                                                          kinds=CPTS_EVENTS):
        return False
    return bool(SUPPORT_BEFORE_RE.search(ctx.text, max(sentence.start, mention.span.start - 60), mention.span.start))


CPTS_EVENTS = ("launch", "aci_signature")
# the CPTS as a partner or a support of what another does: "avec l'appui de la CPTS X", "soutenue par la CPTS X",
# "en lien avec la CPTS X" (not "le site de la CPTS X", "membre du bureau de la CPTS X": its own)
SUPPORT_BEFORE_RE = re.compile(
    r"\b(?:avec|par|grâce\s+à|aux\s+côtés\s+d[eu]|(?:appui|soutien|concours|aide)\s+d[eu]|with|by|"
    r"(?:partenariat|lien(?:\s+étroit)?|collaboration)\s+avec)\s+(?:la\s+|l['’]|les\s+|the\s+)?$", re.IGNORECASE)


# the CPTS as the complement of a body or person: "Anne Roux, représentante de la CPTS X", "pour la CPTS X"
COMPLEMENT_BEFORE_RE = re.compile(
    r"\b(?:de|du|des|d['’]|pour|avec|à|au|aux|par|auprès\s+de|sein\s+de|of|for|with)\s+(?:la\s+|l['’]|les\s+|the\s+)?$",
    re.IGNORECASE)


def _only_complements(ctx: Context) -> bool:
    """A text on something else (a forum, a health centre) that names its one CPTS several times, but never
    in its title or first sentence, never as the subject of a sentence or with an office in it, and speaks
    of CPTS nowhere else: each mention is the complement of another body or person."""
    if len(ctx.mentions) < 2 or not ctx.sentences:
        return False
    title_end = min(ctx.text.find("\n") % (len(ctx.text) + 1), ctx.sentences[0].end)
    heads = [head.start() for head in HEAD_RE.finditer(ctx.text)]
    spans = [m.span for m, _ in ctx.mentions]
    if any(not any(s.start <= h < s.end for s in spans) for h in heads) or spans[0].start < title_end:
        return False
    for span in spans:
        sentence = ctx.sentence_at(span.start)
        before = ctx.text[max(sentence.start, span.start - 60):span.start]
        if not COMPLEMENT_BEFORE_RE.search(before) or OFFICE_BEFORE_RE.search(ctx.text, sentence.start, span.start):
            return False
    return True


# A sentence that opens on the CPTS without naming it: "Elle regroupe ...", "Son territoire ...", "La CPTS compte ..."
ANAPHOR_OPENING_RE = re.compile(
    r"[\s«\"“]*(?:Elle|Celle-ci|It|Son|Sa|Ses|Its|(?:La|Cette|Notre|Our|The|This)\s+(?:CPTS|communauté(?!\s+professionnelle)|community)"
    r"(?!\s*(?:[«\"“(]|(?:d[eu]\s+|des\s+|de\s+la\s+|d['’])?[A-ZÀ-Þ0-9])))\b")


def _taken_up(ctx: Context) -> list[str]:
    """For each sentence that takes up the CPTS without naming it, the CPTS it speaks of: "La CPTS X
    est née. Elle regroupe 90 soignants" speaks of X twice. The CPTS a sentence speaks of is the one
    it names first, or, when it opens on a pronoun, the one the sentence before spoke of (whatever other
    CPTS it names: "Elle rejoint la CPTS Y")."""
    keys, topic = [], None
    for sentence in ctx.sentences:
        taken_up = ANAPHOR_OPENING_RE.match(ctx.text, sentence.start) or _taken_up_after_fronted(ctx.text, sentence)
        named = ctx.mentions_in(sentence)
        if taken_up and topic and topic not in {k for _, k in named}:
            keys.append(topic)  # "Elle rejoint la CPTS Y": still about X, Y is its object
        elif named and not taken_up:
            topic = named[0][1]
    return keys


# the same after a fronted adverbial: "Depuis 2021, la CPTS accompagne ...", "En mai, elle a signé ..."
ANAPHOR_AFTER_COMMA_RE = re.compile(
    r",\s*(?:elle|celle-ci|it|(?:la|cette|notre|the|this|our)\s+(?:CPTS|communauté(?!\s+professionnelle)|community)"
    r"(?!\s*(?:[«\"“(]|(?:d[eu]\s+|des\s+|de\s+la\s+|d['’])?[A-ZÀ-Þ0-9])))\b")


# a fronted phrase that may hold commas of its own: "Avec 34 communes et 62 700 habitants, soit 4 % de la
# population, la CPTS s'étend ...", "Forte de 80 adhérents, elle ..."
FRONTED_PHRASE_RE = re.compile(r"\W*(?:avec|grâce\s+à|forte?\s+de|riche\s+de|with|thanks\s+to)\b", re.IGNORECASE)
FRONTED_REACH = 160


def _taken_up_after_fronted(text: str, sentence: Span) -> bool:
    fronted = FRONTED_RE.match(text, sentence.start, sentence.end)
    if fronted and ANAPHOR_AFTER_COMMA_RE.match(text, fronted.end(), sentence.end):
        return True
    return bool(FRONTED_PHRASE_RE.match(text, sentence.start, sentence.end)) and bool(
        ANAPHOR_AFTER_COMMA_RE.search(text, sentence.start, min(sentence.end, sentence.start + FRONTED_REACH)))


def _one_of_bodies(ctx: Context, mention: Mention) -> bool:
    """"les partenaires : la préfecture, l'ARS, la CPTS X, la ville de Y": an item of a list of
    other bodies (not of other CPTS), between commas or on bullet lines."""
    if mention.listed_at is not None:
        return False
    if _one_bullet_of_bodies(ctx, mention):
        return True
    sentence = ctx.sentence_at(mention.span.start)
    if len(ctx.mentions_in(sentence)) != 1:
        return False
    if LAST_ITEM_BEFORE_RE.search(ctx.text, max(sentence.start, mention.span.start - 120), mention.span.start) \
            and LAST_ITEM_AFTER_RE.match(ctx.text, mention.span.end) \
            and not find_cues(ctx.text, sentence.start, sentence.end, kinds=CPTS_EVENTS):
        return True  # "... la préfecture, la CPAM et la CPTS X.": the last item (its contract signed with them is its own)
    before = ITEM_BEFORE_RE.search(ctx.text, sentence.start, mention.span.start)
    if before and FRONTED_RE.fullmatch(ctx.text, sentence.start, before.start()):
        return False  # "Le 12 mai, la CPTS X et la CPAM ont signé": the comma ends a fronted date, not an item
    return bool(before and ITEM_AFTER_RE.match(ctx.text, mention.span.end))


# a bullet line opening on a body: "- la CPTS X a présenté ...", "• Le centre hospitalier ..."
BULLET_RE = re.compile(r"[ \t]*[-–•*·▪►◦][ \t]*(?:(?:la|le|les|l['’])\s*)?", re.IGNORECASE)


def _one_bullet_of_bodies(ctx: Context, mention: Mention) -> bool:
    """"- la CPTS X a présenté son projet ;\n- le centre hospitalier a détaillé ...": one bullet of a list
    whose neighbouring bullets open on other bodies, none of them a CPTS."""
    text = ctx.text
    line_start = text.rfind("\n", 0, mention.span.start) + 1
    bullet = BULLET_RE.match(text, line_start)
    if not bullet or bullet.end() != mention.span.start:
        return False
    previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else None
    next_end = text.find("\n", mention.span.start)
    neighbours = [text[previous_start:line_start - 1]] if previous_start is not None else []
    if next_end >= 0:
        after = text.find("\n", next_end + 1)
        neighbours.append(text[next_end + 1:after if after >= 0 else len(text)])
    return any(_opens_on_other_body(line) for line in neighbours)


def _opens_on_other_body(line: str) -> bool:
    bullet = BULLET_RE.match(line)
    return bool(bullet) and not HEAD_RE.search(line) and bool(
        OTHER_BODY.match(line, bullet.end()) or ACRONYM_RE.match(line, bullet.end()))


ACRONYM_RE = re.compile(r"[A-Z]{2,}\b")


def _coordinated_with(ctx: Context, chosen: set[str]) -> set[str]:
    """"les CPTS concernées sont celles de X, Y et Z": the names of one list share a subject's role."""
    lists: dict[int, set[str]] = {}
    for mention, key in ctx.mentions:
        if mention.listed_at is not None and not mention.by_stage:
            lists.setdefault(mention.listed_at, set()).add(key)
    return {key for keys in lists.values() if keys & chosen for key in keys}


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
    r"\b(?:vallées?|valley|rivières?|river|fleuve|rives?|bords|berges|gorges|confluent|source|"
    r"fronti\w+|border|limites?|limitrophes?|confins|bordure)\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|avec\s+(?:la|le|les|l['’])|with(?:\s+the)?)?\s*"
    r"(?:[A-ZÀ-Þ][\w'’\-]*\s*(?:,|et|and)\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’])?\s*){0,4}$",
    re.IGNORECASE)
# "Châteauneuf du Rhône": the department's name inside a commune's (checked in the gazetteer).
IN_PLACE_NAME_BEFORE_RE = re.compile(r"[A-ZÀ-Þ][\w'’\-]*\s+(?:du|de\s+la|de\s+l['’]|des|de|sur|en|lès)\s*$")
IN_PLACE_NAME_AFTER_RE = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|sur|en|lès)\s*[A-ZÀ-Þ][\w'’\-]*")
LIST_NEIGHBOUR_RE = re.compile(r"(?:[A-ZÀ-Þ][\w'’\-]*\s*,|\b(?:et|and))\s*$")
PLACE_BEFORE_CODE_RE = re.compile(r"((?:[A-ZÀ-Þ][\w'’\-]*[ \u00a0]+(?:(?:de|du|des|la|le|sur|en)[ \u00a0]+)?){0,3}[A-ZÀ-Þ0-9][\w'’\-]*)[»\"”]?$")
BRACKETED_CODE_RE = re.compile(r"(?<=[\w»\"”])\s*\((\d{2}|2[AB]|97[1-6])(\d{3})?\)")


def territorial_departments(text: str, found: list[DepartmentMention]) -> list[DepartmentMention]:
    """The department mentions that can say where a CPTS lies, and codes in brackets after a
    name ("la CPTS X (45)", "Rocheval-sur-Loire (85600)")."""
    kept = [d for d in found if _names_a_place(text, d)]
    kept += [DepartmentMention(Span(m.start(1), m.end(1)), postal_department(m.group(1), m.group(2)))
             for m in BRACKETED_CODE_RE.finditer(text) if _code_follows_place(text, m.start())]
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
    if NOT_A_PLACE_BEFORE_RE.search(before):
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
