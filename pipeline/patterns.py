"""Regular-expression building blocks shared by the extractors."""
from __future__ import annotations

import re
from typing import Callable, Iterable


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
