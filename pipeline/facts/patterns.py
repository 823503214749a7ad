"""Regular-expression building blocks shared by the extractors."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Iterable

from ..reference.regex_start import quick_start

# what a text calls the CPTS it announces, unnamed: "la nouvelle venue", "la petite dernière"
NEWCOMER = r"(?:nouvelle\s+venue|petite\s+dernière|dernière-née|benjamine|newcomer)"

# A list item's opening bullet, with the spaces around it ("  • ", "- "), matched at a line's start
BULLET = re.compile(r"[ \t]*[•\-–—*·▪►][ \t]*")
# A line break inside a sentence, where a wrapped line goes on in lower case ("correspondant\nà la ...")
SOFT_BREAK = r"\n(?=[ \t]*(?-i:[a-zà-ÿ]))"
# "... couvrent respectivement X et Y": figures, areas or people paired in order with what was named before
RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively)\b", re.IGNORECASE)
# A dash with a space on each side, as around an aside ("La structure - qui regroupe ... - a été créée")
SPACED_DASH = re.compile(r"[ \t][–—-][ \t]")
# A sentence about several bodies named before: "Ces dernières regroupent ...", "Toutes deux couvrent ..."
PLURAL_LATTER_OPENING = re.compile(r"\W*(?:ces\s+derni(?:ères|ers)|celles-ci|ceux-ci|(?:toutes|tous)\s+(?:deux|trois|les\s+deux))\b",
                                   re.IGNORECASE)


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone on its line, after a bullet at most and before its acronym in brackets
    ("CPTS Terre d'Auge (TACF)") and a colon at most: a heading, an item, a page's title."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)]
    return not text[line_start:start].strip(" \t-–•*·▪►◦") and bool(ACRONYM_THEN_COLON.fullmatch(after))


ACRONYM_THEN_COLON = re.compile(r"[ \t]*(?:\([ \t]*[A-Z][A-Z0-9&-]{1,9}[ \t]*\))?[ \t:]*")


def word_alternation(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """The words as one regex alternation written as a trie: "ma(?:i|r(?:ch|s)|y)" for mai,
    mars, march, may. `char` gives the pattern of each character (default: itself).

    Python's engine tries the branches of a group one after the other wherever the group may
    start. As a trie, a position is dropped at its first letter instead of after a try of each
    word, which makes scanning a communiqué two to three times faster. Along each path a longer
    word is tried before a shorter one, as in a list sorted longest first. (Words that differ
    only in case should not both be given to a case-insensitive pattern.)"""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie, char)


def _trie_pattern(node: dict, char: Callable[[str], str]) -> str:
    branches = [char(ch) + _trie_pattern(child, char) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alternation})?" if "" in node else alternation


class GapLed:
    """A pattern that opens with an optional gap, `\\s*,?\\s*`, before its words: ", qui préside
    la CPTS". Searched as one pattern, the gap would be tried at every character of a text;
    `finditer` looks for the words instead, then for where the gap before them starts, and yields
    the matches the whole pattern's `finditer` would. The words must begin with a letter.

    `cue`, a pattern every match holds once the text is in lower case ("préside"), lets a text
    without it be passed over at the cost of one quick scan."""

    GAP = r"\s*,?\s*"

    def __init__(self, words: str, flags: int = 0, cue: str | None = None):
        # a word begins on a word boundary: a position inside a word is dropped before the words are tried
        self.words = quick_start(re.compile(rf"\b(?:{words})", flags))
        self.pattern = re.compile(self.GAP + words, flags)
        self.cue = re.compile(cue) if cue else None

    def finditer(self, text: str):
        pos = 0
        for m in self.words_in(text):
            yield self.pattern.match(text, _gap_start(text, pos, m.start()))
            pos = m.end()

    def words_in(self, text: str) -> tuple[re.Match, ...]:
        """The matches of the words alone, the gap left out; a text without the cue is passed over."""
        if self.cue is not None and not _holds(self.cue, text):
            return ()
        return matches_in(self.words, text)


@lru_cache(maxsize=1024)
def matches_in(pattern: re.Pattern, text: str) -> tuple[re.Match, ...]:
    """A pattern's matches over a whole text, found once: the people's patterns are read both to choose
    the sentences spaCy reads for person names and to read the people afterwards, for each text of a
    worker's chunk (a dozen patterns times `workers.CHUNK_SIZE` texts stay in the cache); the places'
    patterns by several stages of one text."""
    return tuple(pattern.finditer(text))


def search_from(pattern: re.Pattern, text: str, pos: int) -> re.Match | None:
    """`pattern.search(text, pos)`, taken from the text's matches found once (`matches_in`); a match that runs across `pos`
    sends it to a search of its own (the search from `pos` may read a match inside it)."""
    matches = matches_in(pattern, text)
    i = bisect.bisect_right(matches, pos, key=re.Match.end)  # the first match that ends after pos
    if i < len(matches) and matches[i].start() < pos:
        return pattern.search(text, pos)
    return matches[i] if i < len(matches) else None


def matches_within(pattern: re.Pattern, text: str, start: int, end: int) -> list[re.Match]:
    """The matches of `pattern` inside text[start:end], taken from the text's matches found once (`matches_in`): a pattern
    read sentence by sentence reads the text once. A match that runs across `start` or `end` sends the range to a search of
    its own. The same as `pattern.finditer(text, start, end)` but where a lookahead or "\\b" reads across `end`, which a
    sentence's cue word or clause cut does not."""
    matches = matches_in(pattern, text)
    inside = matches[bisect.bisect_right(matches, start, key=re.Match.end):bisect.bisect_left(matches, end, key=re.Match.start)]
    if inside and (inside[0].start() < start or inside[-1].end() > end):
        return list(pattern.finditer(text, start, end))
    return list(inside)


def _gap_start(text: str, lo: int, end: int) -> int:
    """The first position from `lo` on where `\\s*,?\\s*` runs up to `end`."""
    i = end
    while i > lo and text[i - 1].isspace():
        i -= 1
    if i > lo and text[i - 1] == ",":
        i -= 1
        while i > lo and text[i - 1].isspace():
            i -= 1
    return i


@lru_cache(maxsize=64)
def _holds(cue: re.Pattern, text: str) -> bool:
    """Whether the text in lower case holds the cue; each phrase asks it of the same text."""
    return cue.search(_lowered(text)) is not None


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


MOST_CPTS_IN_A_DEPARTMENT = 40  # no department has more: a larger count of CPTS is a region's or the nation's
MANY_CPTS = quick_start(re.compile(r"\b(\d{2,4}|\d{1,3}[ \u00a0\u202f]\d{3})\s+(?:nouvelles\s+|new\s+)?(?:CPTS|communautés|communities)\b",
                                   re.IGNORECASE))


def more_cpts_than_a_department(sentence: str) -> bool:
    """"282 CPTS en fonctionnement", "plus de 780 CPTS ayant signé l'ACI": a count of CPTS no department reaches is
    the nation's or a region's."""
    return any(int(re.sub(r"\D", "", m.group(1))) > MOST_CPTS_IN_A_DEPARTMENT for m in MANY_CPTS.finditer(sentence))


# a regional body, whose name may hold a region: "l'ARS Normandie", "l'Agence régionale de santé", "l'URPS médecins"
REGIONAL_BODY = (r"(?:ARS|URPS(?:\s+[\w-]+){0,3}|DRSM|agences?\s+régionales?\s+de\s+(?:la\s+)?santé"
                 r"|unions?\s+régionales?[\w\s-]{0,40}?santé|regional\s+health\s+agency)")


def compared_with(text: str, name_start: int) -> bool:
    """Whether the CPTS named at `name_start` is one compared with ("après celle de X"), not the one a fact is of."""
    return bool(COMPARED_BEFORE_NAME.search(text, max(0, name_start - COMPARED_REACH), name_start))


COMPARED_REACH = 40  # characters before a name
# "nous sommes la troisième CPTS à signer, après celle de X et celle de Y": the CPTS compared with, not the date's
COMPARED_BEFORE_NAME = re.compile(r"\b(?:après|avant|comme|à\s+l['’]instar|after|before|like)\s+(?:(?:celles?|ceux|celui|that|those)\s+)?"
                                  r"(?:(?:de\s+la|du|des|de|d['’]|of)\s*)?(?:(?:la|le|les|l['’]|the)\s*)?(?:CPTS\s+)?$", re.IGNORECASE)
