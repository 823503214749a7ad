"""CPTS listed together under the words that tell their event (subjects.py): "Le 3 mai, quatre CPTS ont signé leur
accord : X, Y, Z et W", "En 2024, trois nouvelles CPTS ont été lancées :\n- CPTS X\n- CPTS Y\n- CPTS Z"."""
from __future__ import annotations

import re

from ..model import Span
from .contract_cues import CONTRACT, SIGNING
from .context import Context
from .event_cues import find_cues
from .names import Mention
from .topic import ANNOUNCED_COUNT_RE, COUNT_WORDS

# a bullet line, its article: "- la CPTS X a présenté ...", "• Le centre hospitalier ..."
BULLET_RE = re.compile(r"[ \t]*[-–•*·▪►◦][ \t]*(?:(?:la|le|les|l['’])\s*)?", re.IGNORECASE)
# between two items of a list announced by a colon: "X, Y et Z", "X (Cher) ; Y (Indre)", "X, dans le Cher ; Y, ..."
ITEM_GAP_RE = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)|,\s*(?:dans|en|in)\s+[^,;:.()\n]{1,30}?)?\s*(?:,|;|\bet\b|\band\b)\s*(?:(?:et|and)\s+)?"
    r"(?:(?:la|le|l['’]|the)\s*)?", re.IGNORECASE)
# "Les CPTS signataires du 3e trimestre :": the list of those that signed
SIGNATORIES = re.compile(r"\b(?:signataires|signatories)\b", re.IGNORECASE)
LIST_OPENING_RE = re.compile(r"\s*(?:(?:la|le|l['’]|the)\s*)?", re.IGNORECASE)


def tells_its_event(text: str, span: Span) -> bool:
    """An event of a CPTS's life: its birth, its contract ("la signature de l'accord de la CPTS X")."""
    return bool(find_cues(text, span.start, span.end)) or bool(
        SIGNING.search(text, span.start, span.end) and CONTRACT.search(text, span.start, span.end))


def colon_lists(ctx: Context) -> list[tuple[Span, list[Mention]]]:
    """Each run of names listed right after a colon, with the clause before the colon (from its sentence or line)."""
    text, mentions, lists = ctx.text, ctx.mentions, []
    i = 0
    while i < len(mentions):
        first = mentions[i][0]
        sentence = ctx.sentence_at(first.span.start)
        colon = text.rfind(":", sentence.start, first.span.start)
        j = i
        while j + 1 < len(mentions) and ITEM_GAP_RE.fullmatch(text, mentions[j][0].span.end, mentions[j + 1][0].span.start):
            j += 1
        if colon >= 0 and LIST_OPENING_RE.fullmatch(text, colon + 1, first.span.start):
            clause = Span(max(sentence.start, text.rfind("\n", 0, colon) + 1), colon)
            lists.append((clause, [m for m, _ in mentions[i:j + 1]]))
        i = j + 1
    return lists


def announced_lists(ctx: Context, chosen: set[str]) -> set[str]:
    """The CPTS listed after a colon, as many as the clause before it counts when it tells their event, share a
    subject's role."""
    keys_of = {id(m): k for m, k in ctx.mentions}
    shared: set[str] = set()
    for clause, listed in colon_lists(ctx):
        keys = {keys_of[id(m)] for m in listed}
        if keys & chosen and _last_count(ctx.text, clause) == len(keys) > 1 and tells_its_event(ctx.text, clause):
            shared |= keys
    return shared


def listed_under_their_event(ctx: Context, mention: Mention) -> bool:
    """An item of a list whose opening, ending on a colon, tells the signing or launch of the CPTS it lists: bullet
    lines under it, or names after it on its line."""
    if bullet_line_start(ctx.text, mention.span.start) is None:
        return any(any(m is mention for m in listed) and tells_its_event(ctx.text, clause)
                   for clause, listed in colon_lists(ctx))
    return bulleted_under_their_event(ctx, mention)


def bullet_line_start(text: str, pos: int) -> int | None:
    """Where the line holding `pos` starts, when it opens on a bullet; else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    return line_start if BULLET_RE.match(text, line_start) else None


def bulleted_under_their_event(ctx: Context, mention: Mention) -> bool:
    """A bullet line's CPTS under an opening that ends on a colon and tells their event (or calls them signatories)."""
    text = ctx.text
    line_start = bullet_line_start(text, mention.span.start)
    if line_start is None:
        return False
    while line_start > 0 and BULLET_RE.match(text, text.rfind("\n", 0, line_start - 1) + 1):
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # up the bullets to the list's opening line
    while line_start > 0 and not text[text.rfind("\n", 0, line_start - 1) + 1:line_start].strip():
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # a blank line between the opening and its bullets
    if line_start == 0:
        return False
    opening = Span(text.rfind("\n", 0, line_start - 1) + 1, line_start - 1)
    return text[opening.start:opening.end].rstrip().endswith(":") and (
        tells_its_event(text, opening) or SIGNATORIES.search(text, opening.start, opening.end) is not None)


def _last_count(text: str, clause: Span) -> int | None:
    counts = list(ANNOUNCED_COUNT_RE.finditer(text, clause.start, clause.end))
    if not counts:
        return None
    word = counts[-1].group("count").lower()
    return int(word) if word.isdigit() else COUNT_WORDS.get(word)
