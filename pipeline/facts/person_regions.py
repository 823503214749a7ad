"""Where spaCy's entity recogniser reads person names: the sentences around the phrases that lead
`people.py` to a person (a role word, a verb or noun of office, an origin, a board list), not the
whole text; the recogniser is most of spaCy's time."""
from __future__ import annotations

import bisect
import re
from functools import partial

from ..model import Span
from ..text.nlp import Region
from .patterns import matches_in
from .role_antecedents import PRONOUN_REACH
from .role_words import (AT_THE_ORIGIN, BOARD_THEN_NAMES, CARRIES_PROJECT, DEFINITE_PROFESSION, FRONTED_HEAD, FRONTED_OFFICE,
                         HOLDER_NOUN, HOLDER_PRONOUN_VERB, HOLDER_VERB, INVOLVED, ORIGIN_THEN_NAMES, ROLE_RE, ROLE_VERB)


# How to find every phrase that leads this module to a person; spaCy's person names are needed only near them.
# (The words of a phrase its holder comes before are passed over in a text without their cue.)
def role_words_in(text: str) -> tuple[re.Match, ...]:
    return matches_in(ROLE_RE, text)


def role_verbs_in(text: str) -> tuple[re.Match, ...]:
    return matches_in(ROLE_VERB, text)


# (each found once a text: `people.py` reads the same matches)
PERSON_CUES = (role_words_in, role_verbs_in, HOLDER_VERB.words_in, HOLDER_NOUN.words_in, HOLDER_PRONOUN_VERB.words_in,
               *(partial(matches_in, pattern) for pattern in (AT_THE_ORIGIN, ORIGIN_THEN_NAMES, FRONTED_HEAD, FRONTED_OFFICE,
                                                             INVOLVED, CARRIES_PROJECT, BOARD_THEN_NAMES)))


# A sentence whose person may be named before it: opened by a pronoun ("Elle en est la présidente"),
# an article before a role ("La présidente de la CPTS ajoute"), a quote, or by its cue itself
# ("Présidente depuis 2020, elle ...", a name on the line above)
OPENS_ON_ANOTHER = re.compile(r"[\s(]*(?:(?P<other>[«»\"“”]|(?:elles?|ils?|she|he|they)\b|"
                              rf"{DEFINITE_PROFESSION}\b)|(?:la|le|l['’]|les|notre|nos|cette|ce|ces|its|their|the)\b\s*)",
                              re.IGNORECASE)  # (a profession with its article stands for the person: "Le kiné préside")
CUE_OPENS = 3  # characters of spaces or marks a cue may follow at its sentence's start
GOES_ON = 2  # sentences after a cue's that its statement may go on in
# How a sentence ends when the next one is another: not a label ("Présidente :"), a title ("le Dr.") or a cut
# of the sentence recogniser ("Présidente de la CPTS du Val | Fleuri : | Anne Roux")
SENTENCE_END = re.compile(r"(?<!\bM)(?<!\b(?:Dr|Pr|Mr|Ms|MM|Me|St))(?<!\b(?:Mme|Mrs|Dre|Pre))(?<!\b(?:Mlle|Prof))"
                          r"[.!?…][»\"”’)]?$")


def person_regions(text: str, sentences: list[Span]) -> list[Region]:
    """Where `people.py` may read a person's name: each sentence holding a cue, with the
    sentences after it while it has not ended (a label, "Présidente :", or a cut of the sentence
    recogniser, "Présidente de la CPTS X | Anne Roux salue", goes on in the next) and, when the
    sentence may speak of someone named before it, the text before it as far as a pronoun's
    holder is looked for (read only when the sentence names no one itself)."""
    # Each cue is searched once over the text, not once a sentence.
    cues = sorted((m.start(), m.end()) for find in PERSON_CUES for m in find(text))
    starts = [start for start, _ in cues]
    regions = []
    for i, sentence in enumerate(sentences):
        held = [start for start, end in cues[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
                if end <= sentence.end]
        if held:
            end = _end_of_statement(text, sentences, i)
            opening = OPENS_ON_ANOTHER.match(text, sentence.start)
            looks_back = held[0] - sentence.start <= CUE_OPENS or opening and (opening["other"] or held[0] <= opening.end())
            before = Span(max(0, sentence.start - PRONOUN_REACH), sentence.start) if looks_back and sentence.start else None
            regions.append(Region(Span(sentence.start, end), before))
    return regions


def _end_of_statement(text: str, sentences: list[Span], i: int) -> int:
    """The end of sentence i, or of the sentences after it while one does not end as a sentence
    does (at most GOES_ON of them)."""
    j = i
    while j + 1 < len(sentences) and j - i < GOES_ON and not _ends(text, sentences[j]):
        j += 1
    return sentences[j].end


def _ends(text: str, sentence: Span) -> bool:
    return SENTENCE_END.search(text, max(sentence.start, sentence.end - 6), sentence.end) is not None
