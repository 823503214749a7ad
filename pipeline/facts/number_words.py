"""Numbers written in words: "deux", "vingt-cinq", "quatre-vingt-dix", "twelve", "un million",
and the approximate nouns "une dizaine", "a dozen". Articles ("un", "une", "a", "one") only
count when they start a scale ("un million", "a hundred")."""
from __future__ import annotations

import re

from ..model import NumberMatch
from .patterns import word_alternation

LETTER = r"[^\W\d_]"


# --- numbers written in words -------------------------------------------------------------

_WORD_VALUES = {
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100,
        "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9,
        "milliards": 10**9,
    },
    "en": {
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
        "million": 10**6, "billion": 10**9,
    },
}
_ARTICLES = {"un", "une", "a", "one"}  # numbers only before a scale: "un million", "a hundred"
_STARTING_SCALES = {"cent", "mille"}
_TENS = {20, 30, 40, 50, 60}


def _lexeme_regex(words: dict[str, int]) -> re.Pattern:
    alternation = word_alternation(words, lambda ch: "[- ]" if ch == "-" else re.escape(ch))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)


_LEXEMES = {lang: _lexeme_regex(words) for lang, words in _WORD_VALUES.items()}
# Every number word of either language, as a regex alternation ("quatre", "twelve"); articles
# ("un", "a") left out since alone they are no count.
NUMBER_WORDS = word_alternation({word for words in _WORD_VALUES.values() for word in words} - _ARTICLES)
# A number written in several words: "trente-deux", "quarante et une", "soixante et onze", "forty-one"
NUMBER_PHRASE = rf"(?:{NUMBER_WORDS})(?:-(?:et-)?(?:{NUMBER_WORDS}|une?))*(?:\s+et\s+(?:une?|onze)\b)?"
_JOINER = re.compile(r"-|[ \u00a0\u202f\t]+(?:(?:et|and)[ \u00a0\u202f\t]+)?|-et-", re.I)
_YEAR_AFTER = re.compile(r"\.?\s+(?:19|20)\d{2}(?!\d)")
_PLURAL_WORD_AFTER = re.compile(rf"[ \u00a0\u202f]+{LETTER}*[sx](?!\w)", re.I)

_APPROX_VALUES = {
    "huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
    "centaine": 100, "millier": 1000, "dozen": 12,
}
APPROX_NOUNS = {
    "fr": re.compile(
        r"(?<!\w)(?:(?:une|la)\s+(?:(?:petite|bonne)\s+)?"
        r"(?P<noun>huitaine|dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine"
        r"|soixantaine|centaine|quarantaine(?=\s+d[e'’]))"
        r"|(?:un|le)\s+(?:(?:petit|bon)\s+)?(?P<big>millier))(?!\w)",
        re.I,
    ),
    "en": re.compile(r"(?<!\w)a\s+(?:good\s+)?(?P<noun>dozen)(?!\w)", re.I),
}


def language_of(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "fr"


def approx_value(found: re.Match) -> int | None:
    return _APPROX_VALUES.get((found.group("noun") or found.group("big")).casefold())


def approx_noun_numbers(text: str, lang: str) -> list[NumberMatch]:
    return [NumberMatch(approx_value(m), m.start(), m.end(), m.group())
            for m in APPROX_NOUNS[language_of(lang)].finditer(text) if approx_value(m)]


def word_numbers(text: str, lang: str) -> list[NumberMatch]:
    values = _WORD_VALUES[language_of(lang)]
    lexemes = [(m.start(), m.end(), re.sub(r"\s+", "-", m.group().casefold()))
               for m in _LEXEMES[language_of(lang)].finditer(text) if _usable_lexeme(text, m)]
    lexemes = [lexeme for lexeme in lexemes if lexeme[2] in values]
    found: list[NumberMatch] = []
    group: list[tuple[int, int, str]] = []
    for lexeme in lexemes:
        joined = group and _JOINER.fullmatch(text[group[-1][1]:lexeme[0]])
        if joined and _group_value(text, group + [lexeme], values, complete=False) is not None:
            group.append(lexeme)
            continue
        found += _close_group(text, group, values)
        group = [lexeme]
    return found + _close_group(text, group, values)


def _usable_lexeme(text: str, found: re.Match) -> bool:
    word = found.group().lower()
    before = text[max(0, found.start() - 12):found.start()]
    if word in ("cent", "cents"):
        return re.search(r"pour\s+\Z", before, re.I) is None  # "pour cent" is a percent sign
    if word == "sept":  # the month in "16 sept. 2021"
        return not re.search(r"\d(?:er)?\s+\Z", before) and not _YEAR_AFTER.match(text, found.end())
    if word == "neuf":  # "un bâtiment neuf" is new, not nine
        return before.endswith("-") or _PLURAL_WORD_AFTER.match(text, found.end()) is not None
    return True


def _close_group(text: str, group: list[tuple[int, int, str]], values: dict) -> list[NumberMatch]:
    while group:
        value = _group_value(text, group, values, complete=True)
        if value is not None:
            break
        group = group[1:]
    if not group or _inside_hyphenated_word(text, group[0][0], group[-1][1]):
        return []
    start, end = group[0][0], group[-1][1]
    return [NumberMatch(value, start, end, text[start:end])]


def _inside_hyphenated_word(text: str, start: int, end: int) -> bool:
    """ "Deux-Sèvres", "dix-huitième": the words are part of a name or an ordinal."""
    return bool(re.search(rf"{LETTER}-\Z", text[max(0, start - 2):start])
                or re.match(rf"-{LETTER}", text[end:end + 2]))


def _group_value(text: str, group: list[tuple[int, int, str]], values: dict,
                 complete: bool) -> int | None:
    """Value of consecutive number words, or None when they do not form one number.

    An incomplete group may still end with an article waiting for its scale ("un" → "un million").
    """
    words = [w for _, _, w in group]
    first = words[0]
    if first in _ARTICLES:
        if complete and (len(words) == 1 or values[words[1]] < 100):
            return None
    elif values[first] >= 100 and first not in _STARTING_SCALES:
        return None  # "millions de patients", "hundred" without "a" or "one"
    reader = _WordReader(article=first in _ARTICLES)
    for i, word in enumerate(words[1:] if reader.article else words, start=int(reader.article)):
        joiner = text[group[i - 1][1]:group[i][0]].strip(" -\u00a0\u202f\t").lower() if i else ""
        previous = values[words[i - 1]] if i else 0
        if not _joiner_allows(joiner, previous, word, values[word], reader.last_add):
            return None
        if not reader.add(values[word]):
            return None
    return reader.value


def _joiner_allows(joiner: str, previous: int, word: str, value: int, last_add: int | None) -> bool:
    if joiner == "et":  # vingt et un, soixante et onze
        return word in ("un", "une", "onze") and last_add in _TENS
    if joiner == "and":  # one hundred and twenty
        return previous >= 100 and value < 100
    return True


class _WordReader:
    """Adds number words left to right; `add` says whether the word can follow."""

    def __init__(self, article: bool = False):
        self.article = article
        self.total = 0
        self.current = 1 if article else 0
        self.last_add: int | None = -1 if article else None  # -1: nothing adds to an article
        self.last_scale: int | None = None
        self.after_hundred = False

    @property
    def value(self) -> int:
        return self.total + self.current

    def add(self, value: int) -> bool:
        if value == 100:
            return self._add_hundred()
        if value >= 1000:
            return self._add_scale(value)
        if self.last_add is not None and not _can_follow(self.last_add, value):
            return False
        self.current += value
        self.last_add = value
        return True

    def _add_hundred(self) -> bool:
        if self.after_hundred or self.current >= 100:
            return False
        self.current = max(self.current, 1) * 100
        self.last_add, self.after_hundred = None, True
        return True

    def _add_scale(self, scale: int) -> bool:
        if self.last_scale is not None and scale >= self.last_scale:
            return False
        self.total += max(self.current, 1) * scale
        self.current, self.last_add, self.last_scale, self.after_hundred = 0, None, scale, False
        return True


def _can_follow(last: int, value: int) -> bool:
    """Whether `value` can be added after `last`: vingt-cinq, soixante-douze, dix-sept."""
    if last < 0:
        return False
    return ((last >= 20 and last % 10 == 0 and value < 10)
            or (last in (60, 80) and 10 <= value < 20)
            or (last == 10 and 7 <= value <= 9))
