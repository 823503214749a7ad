"""Whether a CPTS is named as one of a list of other bodies (subjects.py): "les partenaires : la préfecture, l'ARS,
la CPTS X, la ville de Y", bullets that open on other bodies, or bodies named one a line without bullets. A CPTS named
only so is mentioned, not the subject."""
from __future__ import annotations

import re

from .context import UPPER_CHARS, Context
from .event_cues import find_cues
from .name_words import HEAD_RE
from .names import Mention
from .role_words import OTHER_BODY
from .subject_lists import BULLET_RE
from .subject_words import ARTICLE_OPENING_RE, CPTS_EVENTS, FRONTED_RE, OTHER_BODY_OPENING_RE

# "les maisons de santé, la CPTS X, et la maison sport santé": one item of a list of bodies.
ITEM_BEFORE_RE = re.compile(r",\s*(?:la|le|l['’]|les)\s*$", re.IGNORECASE)
# the last item of a list of bodies, after two items at least: ", la CPAM et la CPTS X." (not "Le 12 mai, l'ARS et la CPTS X")
LAST_ITEM_BEFORE_RE = re.compile(
    r",\s*(?:la|le|l['’]|les|the)\s*[^,.;:]{1,60}?(?:(?:,\s*|\s+)(?:et|ainsi\s+que|and)\s+|,\s*)(?:la|le|l['’]|les|the)\s*$",
    re.IGNORECASE)
LAST_ITEM_AFTER_RE = re.compile(r"\s*(?:[.;]|$)")
ITEM_AFTER_RE = re.compile(rf"\s*,\s*(?:et\s+)?(?:la|le|l['’]|les|[{UPPER_CHARS}])|\s+et\s+(?:la|le|l['’]|les)\b"
                           r"|\s*,?\s*(?:mais\s+aussi|ainsi\s+que|as\s+well\s+as)\b")


def one_of_bodies(ctx: Context, mention: Mention) -> bool:
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


def _one_bullet_of_bodies(ctx: Context, mention: Mention) -> bool:
    """"- la CPTS X a présenté son projet ;\n- le centre hospitalier a détaillé ...": one bullet of a list
    whose neighbouring bullets open on other bodies, none of them a CPTS; or, without bullets, a name alone on
    its line under a line that names another body alone ("La Caisse d'allocations familiales\nLa CPTS X")."""
    text = ctx.text
    line_start = text.rfind("\n", 0, mention.span.start) + 1
    bullet = BULLET_RE.match(text, line_start)
    if bullet and bullet.end() == mention.span.start:
        return any(_opens_on_other_body(line) for line in neighbour_lines(text, line_start))
    line_end = text.find("\n", mention.span.end)
    alone = ARTICLE_OPENING_RE.fullmatch(text, line_start, mention.span.start) \
        and LINE_END_RE.fullmatch(text, mention.span.end, line_end if line_end >= 0 else len(text))
    return bool(alone) and line_start > 0 and _names_other_body_alone(neighbour_lines(text, line_start)[0])


LINE_END_RE = re.compile(r"[ \t]*[,;]?[ \t]*")
BODY_LINE_MAX = 90  # characters: a body's name alone on its line, not a sentence


def _names_other_body_alone(line: str) -> bool:
    """"La Caisse d'allocations familiales", "L'éducation nationale": an item of a list of bodies without bullets."""
    return len(line.strip()) <= BODY_LINE_MAX and not HEAD_RE.search(line) and not re.search(r"[.!?:]\s*$", line) \
        and bool(OTHER_BODY_OPENING_RE.match(line) or ACRONYM_RE.match(line.strip()))


def neighbour_lines(text: str, line_start: int) -> list[str]:
    """The line before the one starting at `line_start` (if any) and the line after it (if any)."""
    previous = [text[:line_start - 1].rsplit("\n", 1)[-1]] if line_start else []
    return previous + text[line_start:].split("\n", 2)[1:2]


def _opens_on_other_body(line: str) -> bool:
    bullet = BULLET_RE.match(line)
    return bool(bullet) and not HEAD_RE.search(line) and bool(
        OTHER_BODY.match(line, bullet.end()) or ACRONYM_RE.match(line, bullet.end()))


ACRONYM_RE = re.compile(r"[A-Z]{2,}\b")
