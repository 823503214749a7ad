"""One entry per community: the mentions of a document grouped by key, with the canonical name,
aliases, short forms and acronyms merged into the entry they stand for, and names that OCR
misread dropped."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..reference.frequencies import zipf_frequency
from ..model import Span
from ..reference.words import is_place_name
from .first_names import is_known_first_name
from .name_words import LEADING_ARTICLE_RE, LOWER, UPPER, canonical_name, key_of
from .names import Mention



@dataclass
class NamedCpts:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


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
        if _capitals_only(entry.name) and not _capitals_only(name):
            entry.name = name  # a heading in capitals, then the name as the text writes it
        entry.mentions.append(m)
        written = "CPTS " + re.sub(r"\s+", " ", m.surface.replace("’", "'")).strip()
        if lang == "en" and written != name and written not in entry.aliases:
            entry.aliases.append(written)
        if m.alias and m.alias.replace("’", "'") not in entry.aliases and key_of("CPTS " + m.alias) != key:
            entry.aliases.append(m.alias.replace("’", "'"))
    return _merge_acronyms(_merge_short_forms(_merge_alias_keys(list(by_key.values()))))


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


def _merge_short_forms(entries: list[NamedCpts]) -> list[NamedCpts]:
    """"CPTS Croix-Rousse Plateau" after "CPTS Lyon Croix-Rousse Plateau", "CPTS Rennes Métro Nord" beside
    "CPTS Rennes Métropole Nord": a shorter form of exactly one other name is that CPTS; the form named more
    often is the name, the other an alias."""
    merged: set[int] = set()
    for short in entries:
        longer = [e for e in entries if e is not short and id(e) not in merged and _is_short_form(short.key, e.key)]
        if len(longer) != 1:
            continue
        owner = longer[0]
        if _key_words(short.key) == _key_words(owner.key) and len(short.key) > len(owner.key):
            continue  # "Saint" and "St", "et" and "&": the written-out form takes the other in
        # a heading in capitals runs on into its verb ("CPTS DU VAL FLEURI SIGNE"): no name, no alias
        run_on = _in_capitals(owner) and not all(m.in_capitals for m in short.mentions)
        if len(short.mentions) > len(owner.mentions) or run_on:  # the form the text uses most is the name
            if not run_on:
                owner.aliases.insert(0, owner.name)
            owner.name, owner.key = short.name, short.key
        owner.mentions = sorted(owner.mentions + short.mentions, key=lambda m: m.span.start)
        for alias in [short.name, *short.aliases]:
            if alias not in owner.aliases and alias != owner.name:
                owner.aliases.append(alias)
        merged.add(id(short))
    return [e for e in entries if id(e) not in merged]


def _capitals_only(name: str) -> bool:
    """"CPTS PARIS 20ᵉ": in capitals, the typeset ordinal's small letters aside."""
    return re.sub("[ᵉʳ]", "", name).isupper()


def _in_capitals(entry: NamedCpts) -> bool:
    return all(m.in_capitals or m.surface.isupper() for m in entry.mentions)


ABBREVIATED = {"st": "saint", "ste": "sainte", "stes": "saintes", "sts": "saints", "mt": "mont"}


def _key_words(key: str) -> list[str]:
    """The words of a key as compared: "St" is "Saint", "&" and "et" join ("Monts & Vallées"), and the
    articles of a place may be left out ("Ouest étang de X" is "Ouest de l'étang de X")."""
    return [ABBREVIATED.get(w, w) for w in key.split("-") if w not in JOINING_WORDS]


JOINING_WORDS = frozenset("et de du des la le les l d".split())


def _is_short_form(short: str, long: str) -> bool:
    """The words of `short` begin or end `long`, or abbreviate its words one by one."""
    s, l = _key_words(short), _key_words(long)
    if len(s) < len(l) and (l[:len(s)] == s or l[-len(s):] == s):
        return True
    return len(s) == len(l) and short != long and all(b.startswith(a) and len(a) >= 3 or a == b for a, b in zip(s, l))


def _merge_acronyms(entries: list[NamedCpts]) -> list[NamedCpts]:
    """"la CPTS VF" beside "la CPTS Val Fleuri": a name in capitals made of the initials of exactly one
    other name is its alias; the full name stays the name."""
    kept = []
    for entry in entries:
        bare = _spelled_initials(re.sub(r"^CPTS\s+", "", entry.name))
        owners = [e for e in entries if e is not entry and re.fullmatch(r"[A-Z]{2,6}", bare) and bare in _initials(e.name)]
        if len(owners) != 1:
            kept.append(entry)
            continue
        owner = owners[0]
        owner.mentions = sorted(owner.mentions + entry.mentions, key=lambda m: m.span.start)
        for alias in [entry.name, *entry.aliases]:
            if alias not in owner.aliases and alias != owner.name:
                owner.aliases.append(alias)
    return kept


def _spelled_initials(acronym: str) -> str:
    """"2V" stands for two words starting with V ("Val Vert"), "3F" for three."""
    return re.sub(r"([2-4])([A-Z])(?![a-z])", lambda m: m.group(2) * int(m.group(1)), acronym)


def _initials(name: str) -> set[str]:
    """"CPTS du Val de la Fleur": "VF" (capitalised words), "VDLF" (every word) and "VDF" (every word but
    the articles: "CPTS des Portes de l'Orval" is "PDO")."""
    words = [w for w in re.split(r"[\s\-'’]+", LEADING_ARTICLE_RE.sub("", re.sub(r"^CPTS\s+", "", name))) if w]
    bare = [w for w in words if w.lower() not in ("l", "d", "la", "le", "les")]
    return {"".join(w[0] for w in words if w[0].isupper()).upper(), "".join(w[0] for w in words).upper(),
            "".join(w[0] for w in bare).upper()}


def drop_misread_names(named: list[NamedCpts], text: str, lang: str) -> list[NamedCpts]:
    """For OCR text: a CPTS named once, whose name holds a word that is rare in the language,
    no place name and found nowhere else in the text ("CPTS Cabe 21" on a smudged line), is
    a misreading, not a community. Unless it is the only CPTS the text names: a communiqué is
    about one, and a rare word of its name ("CPTS Val Fictivois") is more likely its own."""
    if len(named) == 1:
        return named
    return [entry for entry in named if len(entry.mentions) > 1 or not any(
        _misread_word(word, text, lang) for word in re.findall(rf"[{UPPER}{LOWER}]{{3,}}", entry.name)
        if word != "CPTS")]


def _misread_word(word: str, text: str, lang: str) -> bool:
    return (zipf_frequency(word.lower(), lang) < RARE_NAME_WORD_ZIPF and not is_place_name(word)
            and len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)) == 1)


RARE_NAME_WORD_ZIPF = 3.0


def without_persons(mentions: list[Mention], persons: list[Span]) -> list[Mention]:
    """"Le président de la CPTS Jean Dupont a ...": in a text that names its CPTS elsewhere, a name named once
    that spaCy reads as a person is the holder of an office, not another community."""
    keys = Counter(key_of("CPTS " + m.surface) for m in mentions)
    starts = {p.start: p for p in persons}
    def is_person(m: Mention) -> bool:  # a first and a last name, not one of a list of names
        person = starts.get(m.name_span.start)
        spacy_person = person is not None and person.end >= m.name_span.end
        words = m.surface.split()
        first_name = 2 <= len(words) <= 3 and is_known_first_name(words[0])  # "CPTS : Julie Perrin, coordinatrice"
        return (spacy_person or first_name) and m.listed_at is None and " " in m.surface
    kept = [m for m in mentions if not (is_person(m) and keys[key_of("CPTS " + m.surface)] == 1 and len(keys) > 1)]
    return [_without_trailing_person(m, persons, keys) for m in kept]


def _without_trailing_person(mention: Mention, persons: list[Span], keys: Counter) -> Mention:
    """"Le président de la CPTS Val Vert Jean Dupont a ...": a name the text writes elsewhere, then a person
    spaCy finds running to the end of the name, is that name; the person holds an office in it."""
    name = mention.name_span
    for person in persons:
        if not name.start < person.start < name.end <= person.end:
            continue
        # spaCy may start the person a word early ("Rocheval Jean Dupont"): the longest known name wins
        cuts = [m.start() for m in re.finditer(r"\s+", mention.surface) if name.start + m.end() >= person.start]
        for cut in reversed(cuts):
            shorter = mention.surface[:cut]
            if keys[key_of("CPTS " + shorter)]:
                end = name.start + cut
                return replace(mention, span=Span(mention.span.start, end), name_span=Span(name.start, end),
                               surface=shorter)
    return mention
