"""A word alternation written as a trie matches exactly what the plain alternation matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts.patterns import word_alternation

LETTERS = "abcé-"
WORDS = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=5), min_size=1, max_size=12, unique=True)
TEXTS = st.text(alphabet=LETTERS + "ABÉ x.", max_size=60)


def plain_alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


def test_the_trie_of_the_months():
    assert word_alternation(["mai", "mars", "march", "may"]) == "ma(?:i|r(?:ch|s)|y)"
    assert word_alternation(["a", "ab", "abc"]) == "a(?:b(?:c)?)?"


@settings(max_examples=400, deadline=None)
@given(words=WORDS, text=TEXTS, flags=st.sampled_from([0, re.IGNORECASE]))
def test_same_matches_as_longest_first_alternation(words, text, flags):
    for context in ("(?:{})", r"(?<!\w)(?:{})(?!\w)", r"(?:{})\.?x"):  # what follows may force a shorter word
        trie, plain = context.format(word_alternation(words)), context.format(plain_alternation(words))
        assert spans(trie, text, flags) == spans(plain, text, flags)


@settings(max_examples=200, deadline=None)
@given(words=WORDS, text=TEXTS)
def test_a_character_pattern_is_applied_to_each_character(words, text):
    def hyphen_or_space(ch):
        return "[- ]" if ch == "-" else re.escape(ch)

    trie = word_alternation(words, hyphen_or_space)
    plain = "|".join("".join(hyphen_or_space(c) for c in w) for w in sorted(words, key=len, reverse=True))
    assert spans(f"(?:{trie})", text) == spans(f"(?:{plain})", text)
