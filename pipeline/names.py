"""Find the CPTS a communiqué names, and give each its canonical name and key.

A name follows the word "CPTS" (or the spelled-out "communauté professionnelle territoriale
de santé"), either quoted (« Centre 21 ») or as a run of capitalised words, digits and the
small words that join them ("Grand Auxerrois et Armance", "du Sud de l'Yonne"). Generic uses
("les CPTS", "la CPTS s'engage", "la CPTS de Côte-d'Or" meaning the one in that department)
name nothing.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .model import Span

UPPER = "A-ZÀÂÄÉÈÊËÎÏÔÖÛÙÜÇŒÆ"
LOWER = "a-zàâäéèêëîïôöûùüçœæ"
APOS = "'’"

HEAD_RE = re.compile(
    r"(?<![#\w])CPTS\b"
    r"|(?i:communauté\s+professionnelle\s+territoriale\s+de\s+santé)(?:\s*\(CPTS\))?"
    r"|(?i:territorial\s+professional\s+health\s+community)(?:\s*\(CPTS\))?"
)
QUOTED_RE = re.compile(rf"\s*[«\"“]\s*(?:CPTS\s+)?([^»\"”\n]{{2,60}}?)\s*[»\"”]")
ARTICLE_RE = re.compile(rf"(?:du|des|de\s+la|de\s+l[{APOS}]|de|d[{APOS}])(?=[\s{UPPER}])\s*")
WORD_RE = re.compile(rf"(?:[{UPPER}][\w{APOS}\-]*|\d+(?:[/\-]\d+)*[A-Za-z]?)(?<![{APOS}\-])")
CONNECTOR_RE = re.compile(
    rf"(?:de\s+la|de\s+l[{APOS}]|d[{APOS}]|l[{APOS}]|de|du|des|la|le|les|et|&|sur|sous|en|lès|lez)(?:\s+|(?<=[{APOS}]))"
)
GAP_RE = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?")  # spaces, at most one line break
ALIAS_RE = re.compile(
    rf",?\s*(?:dite|dit|appelée|surnommée|baptisée|aussi\s+appelée|also\s+known\s+as|known\s+as|alias|ex-)\s*"
    rf"[«\"“]?\s*((?:CPTS\s+)?[{UPPER}0-9][\w{APOS}\- ]{{1,40}}?)\s*(?=[»\"”,;.)]|\s+[{LOWER}]|$)"
)
PLURAL_BEFORE_RE = re.compile(
    r"(?:\b(?:les|des|ces|aux|autres|plusieurs|nombreuses|quelques|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|other|all|two|three|four|five|several|many|de|of)|\d+)\s*$",
    re.IGNORECASE,
)
ENGLISH_TO_FRENCH = {
    "Center": "Centre", "North": "Nord", "South": "Sud", "East": "Est", "West": "Ouest",
    "Northeast": "Nord-Est", "Northwest": "Nord-Ouest", "Southeast": "Sud-Est",
    "Southwest": "Sud-Ouest", "Greater": "Grand",
}
LEADING_ARTICLE_RE = re.compile(rf"^(?:du|des|de\s+la|de\s+l[{APOS}]|de|d[{APOS}])\s*", re.IGNORECASE)


@dataclass
class Mention:
    """One place where the text names a CPTS."""

    span: Span          # the whole mention, "CPTS « Centre 21 »"
    name_span: Span     # the name itself, "Centre 21"
    surface: str        # the name as written
    alias: str | None = None
    alias_span: Span | None = None


@dataclass
class NamedCpts:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def find_mentions(text: str, is_department=lambda s: False) -> list[Mention]:
    mentions = []
    for head in HEAD_RE.finditer(text):
        if PLURAL_BEFORE_RE.search(text[max(0, head.start() - 20):head.start()]) and head.group() == "CPTS":
            continue
        mention = _name_after(text, head, is_department)
        if mention:
            mentions.append(mention)
    return _drop_nested(mentions)


def _name_after(text: str, head: re.Match, is_department) -> Mention | None:
    pos = head.end()
    quoted = QUOTED_RE.match(text, pos)
    if quoted:
        name_span = Span(quoted.start(1), quoted.end(1))
        end = quoted.end()
    else:
        name_span = _bare_name(text, pos)
        if name_span is None:
            return None
        end = name_span.end
    surface = text[name_span.start:name_span.end]
    if _is_generic(surface, is_department):
        return None
    mention = Mention(Span(head.start(), end), name_span, surface)
    alias = ALIAS_RE.match(text, end)
    if alias and not alias.group(1).startswith("CPTS"):
        mention.alias = alias.group(1).strip()
        mention.alias_span = Span(alias.start(1), alias.start(1) + len(mention.alias))
    return mention


def _bare_name(text: str, pos: int) -> Span | None:
    gap = GAP_RE.match(text, pos)
    pos = gap.end()
    start = pos
    article = ARTICLE_RE.match(text, pos)
    if article:
        pos = article.end()
    first = WORD_RE.match(text, pos)
    if not first:
        return None
    end = first.end()
    while True:
        gap = GAP_RE.match(text, end)
        nxt = gap.end()
        if text[end:nxt].count("\n") and not _line_continues(text, end):
            break
        connectors_end = nxt
        while (conn := CONNECTOR_RE.match(text, connectors_end)):
            connectors_end = conn.end()
        word = WORD_RE.match(text, connectors_end)
        if not word or (connectors_end == nxt and nxt == end):
            break
        if re.match(r"et\s+(?:de|du|des|la|le|les|l)\b", text[nxt:connectors_end]):
            break  # "Centre 21 et de Lilian VACHON": a new phrase, not the name
        end = word.end()
    return Span(start, end)


def _line_continues(text: str, pos: int) -> bool:
    """A single line break inside a name only when the line does not end a heading or item."""
    line_start = text.rfind("\n", 0, pos) + 1
    return len(text[line_start:pos]) > 50


def _is_generic(surface: str, is_department) -> bool:
    bare = LEADING_ARTICLE_RE.sub("", surface).strip()
    if not bare or bare.upper() == "CPTS":
        return True
    return bool(LEADING_ARTICLE_RE.match(surface) or surface.startswith(("en ", "in "))) and is_department(bare)


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """The spelled-out head and the acronym inside it find the same name once."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.name_span.start, -m.span.end)):
        if kept and kept[-1].name_span.start == m.name_span.start:
            continue
        kept.append(m)
    return kept


def canonical_name(surface: str, lang: str) -> str:
    name = re.sub(r"\s+", " ", surface.replace("’", "'")).strip()
    name = re.sub(r"\s*-\s*", "-", name) if re.search(r"\w\s*-\s+\w|\w\s+-\s*\w", name) else name
    if lang == "en":
        name = " ".join(ENGLISH_TO_FRENCH.get(w, w) for w in name.split(" "))
    return "CPTS " + name


def key_of(name: str) -> str:
    bare = re.sub(r"^CPTS\s+", "", name)
    bare = LEADING_ARTICLE_RE.sub("", bare)
    ascii_name = unicodedata.normalize("NFKD", bare.replace("œ", "oe").replace("Œ", "Oe"))
    ascii_name = ascii_name.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def group_mentions(mentions: list[Mention], lang: str) -> list[NamedCpts]:
    """One entry per community, in order of first mention."""
    by_key: dict[str, NamedCpts] = {}
    for m in mentions:
        name = canonical_name(m.surface, lang)
        key = key_of(name)
        entry = by_key.setdefault(key, NamedCpts(key, name))
        entry.mentions.append(m)
        written = "CPTS " + re.sub(r"\s+", " ", m.surface.replace("’", "'")).strip()
        if lang == "en" and written != name and written not in entry.aliases:
            entry.aliases.append(written)
        if m.alias and m.alias not in entry.aliases:
            entry.aliases.append(m.alias.replace("’", "'"))
    return list(by_key.values())
