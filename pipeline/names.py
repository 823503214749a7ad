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
    rf"\s*[,(]?\s*(?:dite|dit|appelée|surnommée|baptisée|aussi\s+appelée|anciennement|also\s+known\s+as|"
    rf"known\s+as|formerly|alias|ex-)\s*[«\"“]?\s*"
    rf"((?:CPTS\s+)?(?:du\s+|des\s+|de\s+la\s+|de\s+l[{APOS}]|de\s+|d[{APOS}])?[{UPPER}0-9][\w{APOS}\- ]{{1,40}}?)"
    rf"\s*(?=[»\"”,;.)]|\s+[{LOWER}]|$)"
    # a translation or short form in parentheses: "CPTS Cœur de Garonne (Heart of Garonne)"
    rf"|\s*\(\s*((?:CPTS\s+)?[{UPPER}][\w{APOS}\-]*(?:\s+(?:of|the|de|du|des|la|le|et|and|[{UPPER}][\w{APOS}\-]*))*)\s*\)"
)
PLURAL_BEFORE_RE = re.compile(
    r"(?:\b(?:les|des|ces|aux|autres|plusieurs|nombreuses|quelques|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|other|all|two|three|four|five|several|many|de|of)|\d+)\s*$",
    re.IGNORECASE,
)
# Only a former name is an alias on its own; "la 3e CPTS dite « CPTS X »" names X.
ALIAS_MARKER_BEFORE = re.compile(r"(?:anciennement|formerly|ex-)\s*[«\"“]?\s*$", re.IGNORECASE)
ENGLISH_TO_FRENCH = {
    "Center": "Centre", "North": "Nord", "South": "Sud", "East": "Est", "West": "Ouest",
    "Northeast": "Nord-Est", "Northwest": "Nord-Ouest", "Southeast": "Sud-Est",
    "Southwest": "Sud-Ouest", "Greater": "Grand",
}
LEADING_ARTICLE_RE = re.compile(rf"^(?:(?:de\s+)?l[{APOS}]\s*|d[{APOS}]\s*|(?:du|des|de\s+la|de)\s+)", re.IGNORECASE)


@dataclass
class Mention:
    """One place where the text names a CPTS."""

    span: Span          # the whole mention, "CPTS « Centre 21 »"
    name_span: Span     # the name itself, "Centre 21"
    surface: str        # the name as written
    alias: str | None = None
    alias_span: Span | None = None
    is_alias: bool = False  # "(ex-« CPTS du Sillon »)": another name of a CPTS named nearby


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
            mention.is_alias = bool(ALIAS_MARKER_BEFORE.search(text[max(0, head.start() - 25):head.start()]))
            mentions.append(mention)
    mentions = _drop_nested(mentions)
    alias_spans = [m.alias_span for m in mentions if m.alias_span]
    return [m for m in mentions if not any(a.start <= m.name_span.start < a.end or
                                           a.start <= m.span.start < a.end for a in alias_spans)]


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
    if alias:
        group = 1 if alias.group(1) else 2
        mention.alias = alias.group(group).strip()
        if group == 2 and not mention.alias.startswith("CPTS"):
            mention.alias = "CPTS " + mention.alias  # a translation is another name of the CPTS
        mention.alias_span = Span(alias.start(group), alias.end(group))
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
    if not key_of(surface) or bare.upper() == "CPTS":  # no letter or digit ("CPTS « « »"): no name
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


def _attach_alias(alias: Mention, mentions: list[Mention], i: int, by_key: dict, lang: str) -> None:
    """An alias mention belongs to the CPTS named just before it (else just after)."""
    others = [m for m in mentions[:i] if not m.is_alias][-1:] or [m for m in mentions[i + 1:] if not m.is_alias][:1]
    if not others:
        return
    key = key_of(canonical_name(others[0].surface, lang))
    written = "CPTS " + re.sub(r"\s+", " ", alias.surface.replace("’", "'")).strip()
    entry = by_key.setdefault(key, NamedCpts(key, canonical_name(others[0].surface, lang)))
    if written not in entry.aliases:
        entry.aliases.append(written)


def group_mentions(mentions: list[Mention], lang: str) -> list[NamedCpts]:
    """One entry per community, in order of first mention."""
    by_key: dict[str, NamedCpts] = {}
    for i, m in enumerate(mentions):
        if m.is_alias:
            _attach_alias(m, mentions, i, by_key, lang)
            continue
        name = canonical_name(m.surface, lang)
        key = key_of(name)
        entry = by_key.setdefault(key, NamedCpts(key, name))
        entry.mentions.append(m)
        written = "CPTS " + re.sub(r"\s+", " ", m.surface.replace("’", "'")).strip()
        if lang == "en" and written != name and written not in entry.aliases:
            entry.aliases.append(written)
        if m.alias and m.alias.replace("’", "'") not in entry.aliases and key_of("CPTS " + m.alias) != key:
            entry.aliases.append(m.alias.replace("’", "'"))
    return _merge_alias_keys(list(by_key.values()))


def _merge_alias_keys(entries: list[NamedCpts]) -> list[NamedCpts]:
    """A CPTS named elsewhere by one of another's aliases is that other CPTS."""
    alias_owner = {key_of(a if a.startswith("CPTS") else "CPTS " + a): e for e in entries for a in e.aliases}
    kept = []
    for entry in entries:
        owner = alias_owner.get(entry.key)
        if owner is not None and owner is not entry:
            owner.mentions.extend(entry.mentions)
            continue
        kept.append(entry)
    return kept
