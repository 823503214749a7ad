"""Which of the CPTS a document names it is about (its subjects) and which it only mentions: the most
named, not named as others, models, partners or examples, nor in passing in a text on something else."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..model import Span
from .context import OTHER_CONTEXT_RE, Context
from .event_cues import find_cues
from .name_words import HEAD_RE
from .names import Mention
from .number_words import NUMBER_PHRASE
from .patterns import alone_on_its_line
from .subject_bodies import neighbour_lines, one_of_bodies
from .subject_lists import (BULLET_RE, announced_lists, bullet_line_start, bulleted_under_their_event, listed_under_their_event,
                            tells_its_event)
from .subject_models import LIST_GAP_RE, named_as_example, named_as_model, start_of
from .subject_words import (AFTER_FRONTED_RE, ARTICLE_OPENING_RE, BOARD_BEFORE_RE, CLAUSE_OPENING_BEFORE_RE,
                            CPTS_EVENTS, CREDIT_BEFORE_RE, DATED_ITEM_AFTER_RE, FRONTED_RE, MASCULINE_OPENING_RE,
                            NAMING_FRONTED_RE, OTHER_BODY_OPENING_RE, PARTICIPLE_FRONTED_RE, PRONOUN_AFTER_FRONTED_RE,
                            THE_ASSOCIATION_RE, THE_CPTS_BEFORE_RE, TO_COME_RE, ATTENDING_RE, PRONOUN_JOINS_RE,
                            ONE_OF_MANY_AFTER_RE, NAMED_IN_A_SENTENCE, OWN_REACH, OWN_VOICE, OWN_VOICE_TIMES)
from .topic import about_something_else, announced_count, in_lead


# a count of the CPTS a place has, before its list: "Le département compte désormais 4 CPTS", "il existe trois CPTS"
INVENTORY_BEFORE_RE = re.compile(
    rf"\b(?:compte|comptent|comptera|recense|dénombre|totalise|existe|existent|il\s+y\s+a|counts|has|have|there\s+are)"
    rf"\s+(?:(?:désormais|aujourd['’]hui|maintenant|déjà|now|already|au\s+total|in\s+all)\s+)?"
    rf"(?:\d+|{NUMBER_PHRASE})\s+(?:autres\s+|other\s+)?(?:CPTS\s*[:,]?\s*)?$", re.IGNORECASE)


def choose_subjects(ctx: Context) -> list[str]:
    """The CPTS a release is about: the most often named (the first named counts once more),
    not listed as 'others'; those listed after one plural head with a subject are subjects too.
    A CPTS named only as one of a list of bodies is only mentioned."""
    if _named_in_passing(ctx):
        return []
    scores: Counter = Counter()
    listed = {c.key for c in ctx.cpts if all(one_of_bodies(ctx, m) for m in c.mentions)}
    examples = {c.key for c in ctx.cpts if all(named_as_example(ctx, m) for m in c.mentions)}
    for mention, key in ctx.mentions:
        if key not in listed and _counts_for_it(ctx, mention, key):
            scores[key] += 1
    on_something_else = about_something_else(ctx)
    if not scores:
        return [] if on_something_else else [c.key for c in ctx.cpts if c.key not in listed | examples][:1]
    if scores[ctx.mentions[0][1]]:  # the title or lead names what the release is about (not a model named first)
        scores[ctx.mentions[0][1]] += 0.5
    taken_up = _taken_up(ctx)
    for key in taken_up:
        if key in scores:
            scores[key] += 1
    best = max(scores.values())
    chosen = {c.key for c in ctx.cpts if scores[c.key] >= max(1, 0.6 * best)}
    through_people = {key for key in chosen if _named_only_through_its_people(ctx, key)}
    if chosen - through_people:
        chosen -= through_people  # "Nous avons accueilli la présidente de la CPTS Y": Y's officer, in X's news
    chosen |= _coordinated_with(ctx, chosen) | _peer_headings(ctx, chosen) | announced_lists(ctx, chosen)
    under_their_event = {key for mention, key in ctx.mentions if bulleted_under_their_event(ctx, mention)}
    if under_their_event & chosen:
        chosen |= under_their_event  # "Les CPTS signataires du trimestre :\n• CPTS X ...\n• CPTS Y ...": each item
    if on_something_else:
        spoken_of = {key for key in chosen if _spoken_of(ctx, key, scores, taken_up)}
        chosen = spoken_of | (chosen & _coordinated_with(ctx, spoken_of))  # "les CPTS X et Y": both or neither
    counted = [c.key for c in ctx.cpts if scores[c.key] > 0]
    if len(counted) == announced_count(ctx):
        chosen |= set(counted)  # "Deux CPTS signent leur accord": as many as the title announces
    if ctx.page_owner and len(OWN_VOICE.findall(ctx.text)) >= OWN_VOICE_TIMES:
        chosen = {ctx.page_owner}  # a CPTS's own page ("Notre CPTS couvre ...", "Nos voisines : la CPTS Y"): about itself
    return [c.key for c in ctx.cpts if c.key in chosen]



# "la présidente de la CPTS Y", "les représentants des CPTS Y et Z": a CPTS named as the body of a person
OFFICE_OF_RE = re.compile(
    r"\b(?:(?:vice-?|co-?)?présidente?s?|coord(?:in|onn?)at(?:eur|rice)s?|direct(?:eur|rice)s?|secrétaires?|"
    r"trésori(?:er|ère)s?|représentante?s?|délégations?|(?:vice-?)?presidents?|chair(?:man|woman)?|coordinators?|"
    r"directors?|representatives?)\s+(?:de\s+la|du|des|of\s+the|of)\s*$", re.IGNORECASE)


def _named_only_through_its_people(ctx: Context, key: str) -> bool:
    return all(OFFICE_OF_RE.search(ctx.text, max(0, start_of(m) - 40), start_of(m)) for m, k in ctx.mentions if k == key)


def _counts_for_it(ctx: Context, mention: Mention, key: str) -> bool:
    """A mention that tells the text may be about the CPTS: not in a sentence on others or on CPTS to come, not as a
    model, an example, or the complement of another CPTS."""
    sentence = ctx.sentence_at(mention.span.start)
    own = _own_part(ctx, mention, key, sentence)
    if _alone_on_its_line(ctx.text, mention):  # "• CPTS X\nTerritoire : ..., rattachées à la CPTS Y": a heading
        own = Span(max(own.start, ctx.text.rfind("\n", 0, mention.span.start) + 1), min(own.end, ctx.text.find("\n", mention.span.end)))
    return not OTHER_CONTEXT_RE.search(ctx.text, own.start, own.end) \
        and not TO_COME_RE.search(ctx.text, own.start, own.end) \
        and not ATTENDING_RE.search(ctx.text, own.start, own.end) \
        and not _joined_by_the_pronoun(ctx, mention, sentence) \
        and not named_as_model(ctx, mention) and not named_as_example(ctx, mention) \
        and not _complement_of_the_opening_cpts(ctx, mention, key, sentence)


def _joined_by_the_pronoun(ctx: Context, mention: Mention, sentence: Span) -> bool:
    """"Elles rejoignent la CPTS X", "Dans le Cher, elle rejoint la CPTS Y": a CPTS joined or followed by the one the
    sentence's pronoun stands for."""
    joins = PRONOUN_JOINS_RE.match(ctx.text, sentence.start, start_of(mention))
    return bool(joins) and joins.end() <= start_of(mention)


def _own_part(ctx: Context, mention: Mention, key: str, sentence: Span) -> Span:
    """The part of the sentence that speaks of this CPTS: all of it, or, when it names others, from the end of the
    other name before to the start of the other name after ("La CPTS voisine du Pic Bleu a signé en 2022, alors que
    la CPTS du Val Fleuri a signé le 3 mai"); names listed together share their part."""
    if ctx.count_in(sentence) > NAMED_IN_A_SENTENCE:  # a run of names: the words around this one
        return Span(max(sentence.start, mention.span.start - OWN_REACH), min(sentence.end, mention.span.end + OWN_REACH))
    named, keys = [m for m, _ in ctx.mentions_in(sentence)], [k for _, k in ctx.mentions_in(sentence)]
    if len(set(keys)) < 2:
        return sentence
    first = last = named.index(mention)
    while first > 0 and (keys[first - 1] == key or _coordinated(ctx.text, named[first - 1], named[first])):
        first -= 1
    while last + 1 < len(named) and (keys[last + 1] == key or _coordinated(ctx.text, named[last], named[last + 1])):
        last += 1
    start = named[first - 1].span.end if first > 0 else sentence.start
    end = start_of(named[last + 1]) if last + 1 < len(named) else sentence.end
    return Span(start, max(end, mention.span.end))


def _complement_of_the_opening_cpts(ctx: Context, mention: Mention, key: str, sentence: Span) -> bool:
    """"La CPTS X rejoint la CPTS Y", "La CPTS X a signé, tout comme la CPTS Y en 2022": in a sentence that opens on
    another CPTS, a CPTS named after its verb is a complement of that one, not what the sentence is about. One
    coordinated with the name before it ("La CPTS X et la CPTS Y ont signé") shares its place, and so does one
    opening a like clause ("La CPTS X a signé le 3 mai, la CPTS Y le 5 mai")."""
    if ctx.count_in(sentence) > NAMED_IN_A_SENTENCE:
        return False  # a run of names no sentence of prose holds: each its own (read so, it takes the square of its length)
    # a model fronted before the sentence's subjects is no subject to complement: "Après la CPTS Z en 2020, trois CPTS
    # ont signé : la CPTS X, la CPTS Y et ..."
    named = [(m, k) for m, k in ctx.mentions_in(sentence) if m is mention or not named_as_model(ctx, m)]
    first, first_key = named[0]
    if first_key == key or first is mention:
        return False
    first_start = start_of(first)
    line_start = max(sentence.start, ctx.text.rfind("\n", 0, first_start) + 1)
    if not _opens_on(ctx.text, line_start, first_start):
        return False
    complement = False  # each name shares the place of the one before when joined to it or opening a like clause
    for before, (after, _) in zip(named, named[1:]):
        after_start = start_of(after)
        if not _coordinated(ctx.text, before[0], after) and not CLAUSE_OPENING_BEFORE_RE.search(
                ctx.text, max(sentence.start, after_start - 30), after_start):
            complement = True
        if after is mention:
            return complement
    return False


def _coordinated(text: str, before: Mention, after: Mention) -> bool:
    """Two names of one list: "la CPTS X et la CPTS Y", "les CPTS X, Y et Z"."""
    if after.listed_at is not None and after.listed_at == before.listed_at:
        return True
    return bool(LIST_GAP_RE.fullmatch(text, before.span.end, start_of(after)))


# --- in a text on something else: a CPTS the text speaks of, not one it only names --------------------------


def _spoken_of(ctx: Context, key: str, scores: Counter, taken_up: list[str]) -> bool:
    """Whether the text speaks of the CPTS and does not only name it: it names it twice, or speaks of "la CPTS"
    when it names no other in its own right, takes it up by a pronoun, gives an office in it, tells an event of its
    life in its sentence, or opens a sentence on it (an item of an inventory of several CPTS with their dates does
    neither)."""
    if scores[key] >= 2 or key in taken_up:
        return True
    if [k for k, score in scores.items() if score > 0] == [key] and _the_cpts_unnamed(ctx):
        return True
    return any(_mention_spoken_of(ctx, mention) for mention, k in ctx.mentions if k == key)


def _mention_spoken_of(ctx: Context, mention: Mention) -> bool:
    sentence = ctx.sentence_at(mention.span.start)
    start = start_of(mention)
    if OFFICE_BEFORE_RE.search(ctx.text, sentence.start, start) or BOARD_BEFORE_RE.search(
            ctx.text, max(sentence.start, start - 60), start):
        return True
    if listed_under_their_event(ctx, mention):
        return True
    if _inventory_item(ctx, mention) or CREDIT_BEFORE_RE.fullmatch(ctx.text, ctx.text.rfind("\n", 0, start) + 1, start):
        return False  # "© CPTS X", "Source : CPTS X": who took the photo or wrote the page
    line_start = max(sentence.start, ctx.text.rfind("\n", 0, start) + 1)
    return _opens_on(ctx.text, line_start, start) or _named_in_a_fronted_participle(ctx.text, line_start, mention) \
        or tells_its_event(ctx.text, sentence)


def _named_in_a_fronted_participle(text: str, start: int, mention: Mention) -> bool:
    """"Baptisée CPTS du Val Fleuri, elle réunit ...": named by a fronted naming participle whose subject is the
    pronoun after it."""
    fronted = NAMING_FRONTED_RE.match(text, start)
    return bool(fronted) and fronted.end() >= mention.span.end and bool(PRONOUN_AFTER_FRONTED_RE.match(text, fronted.end()))


def _opens_on(text: str, start: int, name_start: int) -> bool:
    """Whether the sentence or line from `start` opens on the name at `name_start`: its subject."""
    if ARTICLE_OPENING_RE.fullmatch(text, start, name_start):
        return True
    fronted = FRONTED_RE.match(text, start, name_start) or PARTICIPLE_FRONTED_RE.match(text, start, name_start)
    return bool(fronted) and bool(AFTER_FRONTED_RE.fullmatch(text, fronted.end(), name_start))


def _the_cpts_unnamed(ctx: Context) -> bool:
    """"le territoire de la CPTS", "la CPTS a paru la plus adaptée", "les membres de l'association": a singular
    CPTS without a name."""
    return any(not ctx.inside_name(head.start()) and THE_CPTS_BEFORE_RE.search(ctx.text, max(0, head.start() - 30),
                                                                                head.start())
               for head in HEAD_RE.finditer(ctx.text)) or bool(THE_ASSOCIATION_RE.search(ctx.text))


def _inventory_item(ctx: Context, mention: Mention) -> bool:
    """"la CPTS X (2019), la CPTS Y (2021)", "- CPTS X, créée en 2019 ;\n- CPTS Y ...": one of several CPTS set out
    with their dates, or on bullet lines that each name a CPTS."""
    if DATED_ITEM_AFTER_RE.match(ctx.text, mention.span.end):
        return sum(bool(DATED_ITEM_AFTER_RE.match(ctx.text, other.span.end)) for other, _ in ctx.mentions) >= 2
    return _one_bullet_of_cpts(ctx, mention)


def _one_bullet_of_cpts(ctx: Context, mention: Mention) -> bool:
    line_start = bullet_line_start(ctx.text, mention.span.start)
    return line_start is not None and any(BULLET_RE.match(line) and HEAD_RE.search(line)
                                          for line in neighbour_lines(ctx.text, line_start))


# "X, président de la CPTS Y": an office in the CPTS makes it what the text is about, however late.
OFFICE_BEFORE_RE = re.compile(
    r"\b(?:(?:vice-?|co-?)?présidente?|coord(?:in|onn?)at(?:eur|rice)|direct(?:eur|rice)|fondat(?:eur|rice)|"
    r"secrétaire|trésori(?:er|ère)|(?:vice-?)?president|chair\w*|coordinator|director|founder)\b[^.;!?]{0,50}$",
    re.IGNORECASE)


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
    one_of_many = ONE_OF_MANY_AFTER_RE.match(ctx.text, first.span.end)
    if in_lead(ctx, sentence) and not one_of_many and not _complement_under_another_title(ctx, first, sentence):
        return False
    if len(ctx.text[sentence.start:first.span.start].split()) <= 1 and not one_of_many:
        return False  # "La CPTS X est née en 2021": the sentence is about it
    if any(not sentence.start <= head.start() < sentence.end and not _cpts_in_general(ctx.text, head)
           for head in HEAD_RE.finditer(ctx.text)):
        return False  # it speaks of one CPTS elsewhere ("la CPTS", "cette CPTS"), not only of CPTS in general
    return not OFFICE_BEFORE_RE.search(ctx.text, sentence.start, first.span.start)


# "les CPTS", "des communautés ...", "les premières CPTS", "40 CPTS": CPTS in general, not one of them
GENERAL_BEFORE_RE = re.compile(r"(?:\b(?!(?:dans|sous|vers|plus|pas|très|après|sans|jamais)\s)[a-zàâéèêîôûç]+s|\d)\s*$")


def _cpts_in_general(text: str, head: re.Match) -> bool:
    return head.group()[-1] in "sS" and head.group() != "CPTS" or bool(
        GENERAL_BEFORE_RE.search(text, max(0, head.start() - 20), head.start()))


def _complement_under_another_title(ctx: Context, mention: Mention, sentence: Span) -> bool:
    """"Vaccination : une opération dans les pharmacies\n... L'opération est soutenue par la CPTS X": in the
    lead of a text whose title speaks of something else, the CPTS only as the complement of another's
    doing, in a sentence that tells none of its own events (a launch, a contract)."""
    title_end = ctx.text.find("\n")
    if title_end <= 0 or title_end >= sentence.start or HEAD_RE.search(ctx.text, 0, title_end) \
            or ctx.text[:title_end].rstrip().endswith("."):
        return False  # no title, or a first line that is a sentence
    if find_cues(ctx.text, 0, title_end, kinds=CPTS_EVENTS) or find_cues(ctx.text, sentence.start, sentence.end,
                                                                          kinds=CPTS_EVENTS):
        return False
    return bool(SUPPORT_BEFORE_RE.search(ctx.text, max(sentence.start, mention.span.start - 60), mention.span.start))


# the CPTS as a partner or a support of what another does: "avec l'appui de la CPTS X", "soutenue par la CPTS X",
# "en lien avec la CPTS X" (not "le site de la CPTS X", "membre du bureau de la CPTS X": its own)
SUPPORT_BEFORE_RE = re.compile(
    r"\b(?:avec|(?:soutenue?s?|accompagnée?s?|appuyée?s?|aidée?s?)\s+par|grâce\s+à|aux\s+côtés\s+d[eu]|"
    r"(?:appui|soutien|concours|aide)\s+d[eu]|with|supported\s+by|"
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
    if not _every_head_named(heads, spans) or spans[0].start < title_end:
        return False
    for span in spans:
        sentence = ctx.sentence_at(span.start)
        before = ctx.text[max(sentence.start, span.start - 60):span.start]
        if not COMPLEMENT_BEFORE_RE.search(before) or OFFICE_BEFORE_RE.search(ctx.text, sentence.start, span.start):
            return False
    return True


def _every_head_named(heads: list[int], spans: list[Span]) -> bool:
    """Each "CPTS" head word (its offset, in order) stands inside one of the mentions' spans."""
    named = set()
    for span in spans:  # the heads inside a span by bisection: a long text has thousands of both
        named.update(range(bisect_left(heads, span.start), bisect_left(heads, span.end)))
    return len(named) == len(heads)


# A sentence that opens on the CPTS without naming it: "Elle regroupe ...", "Son territoire ...", "La CPTS compte ..."
ANAPHOR_OPENING_RE = re.compile(
    r"[\s«\"“]*(?:Elle|Celle-ci|It|Son|Sa|Ses|Its|(?:La|Cette|Notre|Our|The|This)\s+(?:(?:nouvelle|jeune|new|young)\s+)?"
    r"(?:CPTS|communauté(?!\s+professionnelle)|community)"
    r"(?!\s*(?:[«\"“(]|(?:d[eu]\s+|des\s+|de\s+la\s+|d['’])?[A-ZÀ-Þ0-9])))\b")


def _taken_up(ctx: Context) -> list[str]:
    """For each sentence that takes up the CPTS without naming it, the CPTS it speaks of: "La CPTS X
    est née. Elle regroupe 90 soignants" speaks of X twice. The CPTS a sentence speaks of is the one
    it names first, or, when it opens on a pronoun, the one the sentence before spoke of (whatever other
    CPTS it names: "Elle rejoint la CPTS Y")."""
    keys, topic = [], None
    for sentence in ctx.sentences:
        named = ctx.mentions_in(sentence)
        heading_end = _after_a_heading(ctx.text, sentence)  # a heading that names no CPTS: "Un territoire\nLa CPTS ..."
        taken_up = ANAPHOR_OPENING_RE.match(ctx.text, sentence.start) or _taken_up_after_fronted(ctx.text, sentence) \
            or ANAPHOR_OPENING_RE.match(ctx.text, heading_end) and not any(m.span.start < heading_end for m, _ in named)
        if taken_up and topic and topic not in {k for _, k in named}:
            keys.append(topic)  # "Elle rejoint la CPTS Y": still about X, Y is its object
        elif named and MASCULINE_OPENING_RE.match(ctx.text, sentence.start):
            topic = None  # "Il engage dix partenaires, dont la CPTS X. Sa coordinatrice ...": the contract's
        elif named and not taken_up:  # the first named, unless a model ("Après la CPTS X, c'est au tour de Y")
            topic = next((k for m, k in named if not named_as_model(ctx, m) and not named_as_example(ctx, m)), None)
            if _heading_then_pronoun(ctx.text, named[0][0]):
                keys.append(named[0][1])  # "CPTS X\nElle a été créée en 2023": a heading and its paragraph
        elif not named and OTHER_BODY_OPENING_RE.match(ctx.text, sentence.start, sentence.end):
            topic = None  # "La fédération regroupe 38 CPTS. Son président ...": its pronoun is the body's
    return keys


def _after_a_heading(text: str, sentence: Span) -> int:
    """Where a sentence opens after a heading the sentence recogniser ran into it ("Un territoire, 17 communes\nLa
    nouvelle CPTS couvre ..."): past its first line break, when one comes early."""
    line_break = text.find("\n", sentence.start, min(sentence.end, sentence.start + HEADING_REACH))
    return line_break + 1 if line_break >= 0 else sentence.start


HEADING_REACH = 80  # characters: a heading's line


def _heading_then_pronoun(text: str, mention: Mention) -> bool:
    """A name alone on its line, the next line opening on a pronoun for it."""
    return _alone_on_its_line(text, mention) and bool(ANAPHOR_OPENING_RE.match(text, text.find("\n", mention.span.end) + 1))


def _alone_on_its_line(text: str, mention: Mention) -> bool:
    """A name alone on its line, a line after it."""
    return text.find("\n", mention.span.end) >= 0 and alone_on_its_line(text, mention.span.start, mention.span.end)


BULLET_MARK_RE = re.compile(r"[ \t]*[-–•*·▪►◦]")


def _peer_headings(ctx: Context, chosen: set[str]) -> set[str]:
    """"CPTS X\n(its paragraph)\nCPTS Y\n(its paragraph)": the names heading sections of one text share a
    subject's role."""
    headed = {key for mention, key in ctx.mentions if _heads_a_section(ctx, mention)}
    return headed if len(headed) >= 2 and headed & chosen else set()


def _heads_a_section(ctx: Context, mention: Mention) -> bool:
    """A name alone on its line, not an item of a list announced by a colon, with a paragraph after it (not another
    name); a bullet heads a section only with prose on the next line ("▪ CPTS X\nElle s'étend sur ...")."""
    text = ctx.text
    line_start = text.rfind("\n", 0, mention.span.start) + 1
    if not _alone_on_its_line(text, mention) or text[:line_start].rstrip().endswith(":"):
        return False
    next_start = text.find("\n", mention.span.end) + 1
    if BULLET_MARK_RE.match(text, line_start) and (next_start == 0 or not PROSE_LINE_RE.match(text, next_start)):
        return False
    following = [m for m, _ in ctx.mentions_in(Span(next_start, next_start + 12))]
    return bool(text[next_start:].strip()) and not following


PROSE_LINE_RE = re.compile(r"[ \t]*[A-ZÀ-Ý«\"“][^\n]{40,}")  # a line of running text, not a bullet nor a label
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


def _coordinated_with(ctx: Context, chosen: set[str]) -> set[str]:
    """"les CPTS concernées sont celles de X, Y et Z": the names of one list share a subject's role (not those of a
    department's inventory: "Le département compte désormais 4 CPTS : X, Y, Z et W")."""
    lists: dict[int, set[str]] = {}
    for mention, key in ctx.mentions:
        if mention.listed_at is not None and not mention.by_stage \
                and not INVENTORY_BEFORE_RE.search(ctx.text, max(0, mention.listed_at - 80), mention.listed_at):
            lists.setdefault(mention.listed_at, set()).add(key)
    groups = list(lists.values()) + _chains_of_names(ctx)
    return {key for keys in groups if keys & chosen for key in keys}


# between two CPTS each named with its head, in one list: "la CPTS X, la CPTS Y et la CPTS Z ont signé"
CHAIN_GAP_RE = re.compile(r"\s*(?:,\s*(?:et\s+)?|\s+(?:et|and)\s+)(?:la|the)\s+", re.IGNORECASE)


def _chains_of_names(ctx: Context) -> list[set[str]]:
    """The CPTS of each run of names that follow one another as "la CPTS X, la CPTS Y et la CPTS Z" in a sentence
    that tells an event of theirs (not neighbours named in passing, nor an inventory of a department's CPTS)."""
    chains: list[list] = []
    previous = None
    for mention, key in ctx.mentions:
        if previous is not None and mention.listed_at is None and previous.listed_at is None \
                and CHAIN_GAP_RE.fullmatch(ctx.text, previous.span.end, mention.span.start):
            chains[-1].append((mention, key))
        else:
            chains.append([(mention, key)])
        previous = mention
    return [{key for _, key in chain} for chain in chains if len(chain) > 1 and not _after_an_inventory(ctx, chain[0][0])
            and tells_its_event(ctx.text, ctx.sentence_at(chain[0][0].span.start))]


def _after_an_inventory(ctx: Context, mention: Mention) -> bool:
    start = start_of(mention)
    article = ARTICLE_BEFORE_RE.search(ctx.text, max(0, start - 5), start)
    start = article.start() if article else start
    return bool(INVENTORY_BEFORE_RE.search(ctx.text, max(0, start - 80), start))


ARTICLE_BEFORE_RE = re.compile(r"\b(?:la|the)\s+$", re.IGNORECASE)
