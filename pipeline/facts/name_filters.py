"""Which of a text's CPTS mentions to keep: a copy cut off inside a name, a heading in capitals run on into
its verb, the acronym found again inside its spelled-out head and a page's tags are dropped; a page's tagline
under its title is an alias; an acronym given as an alias names its CPTS again where the text writes it alone, and
so does a CPTS's bare name heading its part of a text about several."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Span
from .name_ends import SPACED_DASH_RE
from .name_words import LEADING_ARTICLE_RE, LOWER, UPPER, key_of
from .patterns import alone_on_its_line

if TYPE_CHECKING:
    from .names import Mention


def whole_dashed_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name cut at its dash where no verb confirmed the second part (a page's title, "© 2024 CPTS X – Y ·
    Mentions légales") is the whole name when the text writes that whole name elsewhere."""
    wholes = {m.surface for m in mentions if SPACED_DASH_RE.search(m.surface)} or _repeated_dashed_wholes(text, mentions)
    for m in mentions:
        for whole in wholes:
            rest = whole[len(m.surface):]
            if whole.startswith(m.surface) and SPACED_DASH_RE.match(rest) and text.startswith(rest, m.name_span.end) \
                    and m.span.end == m.name_span.end:
                m.surface = whole
                m.name_span = Span(m.name_span.start, m.name_span.end + len(rest))
                m.span = Span(m.span.start, m.name_span.end)
    return mentions


def _repeated_dashed_wholes(text: str, mentions: list[Mention]) -> set[str]:
    """"CPTS Pays de Gex – Valserine" as the page's title, in its text and in its footer: the same part after the dash
    following the name wherever it is written makes the whole name, confirmed by no verb."""
    seen: Counter = Counter()
    for m in mentions:
        part = DASHED_PART.match(text, m.name_span.end)
        if part and m.span.end == m.name_span.end:
            seen[m.surface + part.group()] += 1
    return {whole for whole, count in seen.items() if count >= 2}


DASHED_PART = re.compile(rf"[ \u00a0]+[–—-][ \u00a0]+[{UPPER}][\w'’-]*(?:[ \u00a0]+(?:(?:de|du|des|la|le|les|et|sur|en)[ \u00a0]+)?"
                         rf"[{UPPER}][\w'’-]*){{0,3}}")


def drop_cut_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A copy cut off inside a name ("... de la CPTS Val Fle"): the last name, running into the end of
    the text, is dropped when it only begins another name of the text."""
    if not mentions or text[mentions[-1].name_span.end:].strip():
        return mentions
    cut = key_of("CPTS " + mentions[-1].surface)
    if any(key_of("CPTS " + m.surface).startswith(cut) and key_of("CPTS " + m.surface) != cut for m in mentions[:-1]):
        return mentions[:-1]
    return mentions


def drop_capital_run_ons(text: str, mentions: list[Mention]) -> list[Mention]:
    """A heading in capitals runs the name on into the heading's words ("UNE CPTS VOIT LE JOUR À X",
    "LA CPTS APPORTE DES SOLUTIONS"): a name of several words on a line in capitals that no name written
    in running text begins, continues or ends is the heading's phrase, not a community."""
    written = {key_of("CPTS " + m.surface) for m in mentions if not line_in_capitals(text, m.span.start)}
    if not written:
        return mentions
    return [m for m in mentions if not (line_in_capitals(text, m.span.start) and len(m.surface.split()) > 1)
            or any(_is_key_part(key_of("CPTS " + m.surface), key) for key in written)]


def line_in_capitals(text: str, pos: int) -> bool:
    """Whether the line of `pos` has more than 8 letters, all capitals (the uncased "ᵉ" aside)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    end = len(text) if end < 0 else end
    return not LOWER_LETTER.search(text, start, end) and len(UPPER_LETTER.findall(text, start, end)) > 8


LOWER_LETTER = re.compile(rf"[{LOWER}ßÿ]")
UPPER_LETTER = re.compile(rf"[{UPPER}]")


def _is_key_part(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)


def drop_nested(mentions: list[Mention]) -> list[Mention]:
    """The spelled-out head and the acronym inside it find the same name once."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.name_span.start, -m.span.end)):
        if kept and kept[-1].name_span.start == m.name_span.start:
            continue
        kept.append(m)
    return kept


# a page's tags: "Mots-clés : CPTS Yonne santé ACI", "Tags: CPTS, health"
TAG_LINE = re.compile(r"[ \t]*(?:mots[- ]cl[ée]s|tags?|étiquettes?|cat[ée]gories?|th[èe]mes?|keywords?|tagged)\s*:",
                      re.IGNORECASE)


def drop_tag_lines(text: str, mentions: list[Mention]) -> list[Mention]:
    """A "name" on a line of tags runs words of a page's index together, not a community's name."""
    return [m for m in mentions if not TAG_LINE.match(text, text.rfind("\n", 0, m.span.start) + 1)]


def mark_taglines(text: str, mentions: list[Mention]) -> list[Mention]:
    """"CPTS Arcoat\nCommunauté professionnelle territoriale de santé du centre Morbihan": the spelled-out head and a
    name alone on the line under a page's title "CPTS X" (alone on its line too) describe that CPTS, another name of it."""
    for above, below in zip(mentions, mentions[1:]):
        if all(alone_on_its_line(text, m.span.start, m.span.end) for m in (above, below)) \
                and text.startswith("CPTS", above.span.start) \
                and SPELLED_OUT_HEAD.match(text, below.span.start) and text.count("\n", above.span.end, below.span.start) == 1:
            below.is_alias = True
    return mentions


SPELLED_OUT_HEAD = re.compile(r"(?i:communauté\s+professionnelle)")


def acronyms_taken_up(text: str, mentions: list[Mention]) -> list[Mention]:
    """"CPTS Saint-Amandois Boischaut Marche – « SABM » ... la SABM couvre 19 communes": an acronym given as a CPTS's
    alias names it again wherever the text writes it alone."""
    taken: list[Mention] = []
    for mention in [m for m in mentions if m.alias and m.alias_span]:
        acronym = ACRONYM_ALIAS.fullmatch(mention.alias)
        if acronym is None:
            continue
        for m in re.finditer(rf"\b{acronym.group(1)}\b", text):
            if not any(o.span.start <= m.start() < o.span.end or o.alias_span and o.alias_span.start <= m.start() < o.alias_span.end
                       for o in mentions + taken):
                at = Span(m.start(), m.end())
                taken.append(replace(mention, span=at, name_span=at, alias=None, alias_span=None, listed_at=None))
    return taken


ACRONYM_ALIAS = re.compile(rf"(?:CPTS\s+)?(?!CPTS\b)([{UPPER}]{{2,10}})")


def names_heading_their_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Lérins-Siagne : 8 communes et plus de 176 000 habitants": in a text that names several CPTS, a line that
    opens on one's bare name (of two words or a hyphen at least) before a colon or a dash, or alone, heads the part
    about it."""
    bare = {LEADING_ARTICLE_RE.sub("", m.surface).strip(): m for m in mentions if not m.is_alias}
    names = sorted((name for name in bare if len(name) >= 6 and re.search(r"[\s-]", name)), key=len, reverse=True)
    if len({key_of(name) for name in bare}) < 2 or not names:
        return []
    # one pass over the text for all the names, the longest first
    heading = re.compile(rf"(?m)^[ \t•*#-]*({'|'.join(map(re.escape, names))})(?=[ \t]*(?:[:–—]|$))")
    headed = []
    for m in heading.finditer(text):
        if not any(o.span.start <= m.start(1) < o.span.end for o in mentions):
            at = Span(m.start(1), m.end(1))
            headed.append(replace(bare[m.group(1)], span=at, name_span=at, alias=None, alias_span=None, listed_at=None))
    return headed
