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


# --- matches found once a text, read range by range ----------------------------------------------

from pipeline.facts.patterns import matches_within, search_from  # noqa: E402

CONSUMING = ["ab|a", "a[bc]*", "(?:ba)+", "[abc]{2}", "c(?:a|ab)b"]  # no lookaround, no anchor, never empty
WITH_LOOKAROUND = CONSUMING + [r"(?<=c)ab", r"(?<!a)b+", r"\bab", r"a(?=b)"]
RANGE_TEXTS = st.text(alphabet="abc ", max_size=40)


@settings(max_examples=400, deadline=None)
@given(text=RANGE_TEXTS, pattern=st.sampled_from(CONSUMING), bounds=st.tuples(st.integers(0, 40), st.integers(0, 40)))
def test_matches_within_a_range_are_those_of_a_bounded_search(text, pattern, bounds):
    start, end = sorted(min(b, len(text)) for b in bounds)
    compiled = re.compile(pattern)
    assert [m.span() for m in matches_within(compiled, text, start, end)] == \
        [m.span() for m in compiled.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(text=RANGE_TEXTS, pattern=st.sampled_from(WITH_LOOKAROUND), pos=st.integers(0, 40))
def test_search_from_a_position_is_the_search_itself(text, pattern, pos):
    pos = min(pos, len(text))
    compiled = re.compile(pattern)
    found, searched = search_from(compiled, text, pos), compiled.search(text, pos)
    assert (found.span() if found else None) == (searched.span() if searched else None)


def test_a_match_across_the_start_sends_the_range_to_a_search_of_its_own():
    pattern = re.compile("abab")
    # the text's only match starts before the range; the bounded search finds the one inside it
    assert [m.span() for m in matches_within(pattern, "ababab", 2, 6)] == [(2, 6)]
    assert search_from(pattern, "ababab", 2).span() == (2, 6)
