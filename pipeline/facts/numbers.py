"""Find and read numbers in French and English press-release text.

Separator rules (the ambiguous cases):

* A space, no-break space (U+00A0), narrow no-break space (U+202F) or thin space (U+2009)
  groups thousands only when the first group has one to three digits and every later group
  exactly three. A line break never joins groups, so "2019 300" and "24\\n100" are two numbers.
* Two different marks: the last one is the decimal mark ("1,250.5", "1.250,5").
* The same mark twice or more: thousands ("1,250,000", "1.250.000").
* One mark followed by one, two or four+ digits: decimal ("93,6", "93.6", "51,56"), in both
  languages; a leading zero ("0,125") is always decimal.
* One mark followed by exactly three digits ("86,000", "33.340"): the reading native to the
  language wins (French: dot = thousands, comma = decimal; English: comma = thousands, dot =
  decimal) unless the number is a count, which reads as thousands. A count is
  `integer_expected=True` in parse_number; in find_numbers it is three zeros ("86,000") or a
  following word that is not a unit or multiplier ("2,500 habitants", not "1,234 km").

Numbers inside numeric dates ("16/09/2021"), clock times ("14h30", "à 9h", "10:30"), French
phone numbers and codes ("L.1434-12", "Covid-19") are not returned. Numbers written in words
("deux", "vingt-cinq", "twelve") are read; articles ("un", "une", "a", "one") only count
when they start a scale ("un million", "a hundred").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..model import longest_without_overlap
from .patterns import word_alternation


@dataclass(frozen=True)
class NumberMatch:
    value: int | float  # int when integral
    start: int
    end: int
    text: str


_GROUP_SPACE = "[ \u00a0\u202f\u2009]"
_LETTER = r"[^\W\d_]"

_DIGITS = re.compile(rf"(?<![\w.,])\d+(?:(?:[.,]|{_GROUP_SPACE}(?=\d{{3}}(?!\d)))\d+)*")
_SPACED = re.compile(rf"[1-9]\d{{0,2}}(?:{_GROUP_SPACE}\d{{3}})+(?:[.,]\d+)?")
_ORDINAL = re.compile(rf"(?i:er|ere|ère|re|ème|eme|nde|nd|st|rd|th|e|è|ᵉʳ|ʳᵉ|ᵉ)(?!{_LETTER})")  # "27ᵉ": typeset superscripts
_MULTIPLIER = re.compile(
    rf"{_GROUP_SPACE}?(?:(?i:(?P<word>millions?|milliards?|billions?|mille|thousands?))"
    rf"|(?P<symbol>Mds?|Mrds?|M)(?!\.\s?[A-Z]))(?!{_LETTER})"
)
_MULTIPLIER_VALUES = {"million": 10**6, "milliard": 10**9, "billion": 10**9,
                      "mille": 1000, "thousand": 1000, "m": 10**6, "md": 10**9, "mrd": 10**9}
_NEXT_WORD = re.compile(rf"{_GROUP_SPACE}*({_LETTER}{{3,}})")
_NOT_COUNT_WORDS = {
    "pour", "per", "percent", "points", "point", "pts", "mille", "thousand", "thousands",
    "million", "millions", "milliard", "milliards", "billion", "billions", "euros", "eur",
    "kilomètres", "kilometres", "kilometers", "mètres", "metres", "meters", "litres", "liters",
    "heures", "hours", "minutes", "ans", "années", "years", "hectares", "tonnes", "mois", "months",
}

# Spans whose digits are not quantities.
# Dates, times, phone numbers, road and article numbers. The patterns that begin with a digit
# look behind it after it (`\d(?<![\w.,]\d)` rather than `(?<![\w.,])\d`): a pattern whose
# first step is a digit is tried only where there is one, several times faster.
_NOT_A_NUMBER = [
    re.compile(r"\d(?<![\w.,/:-]\d)\d?([/.\-])\d{1,2}\1\d{2,4}(?![\w]|[.,/-]\d)"),
    re.compile(r"\d(?<![\w.,/-]\d)\d{3}([-/])\d{1,2}\1\d{1,2}(?!\d)"),
    re.compile(r"(?<![\w.,/-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"),
    re.compile(r"\d(?<![\w.,]\d)\d? ?[hH] ?\d{2}(?!\d)"),
    re.compile(r"\d(?<![\w.,:]\d)\d?:\d{2}(?::\d{2})?(?!\d)"),
    re.compile(r"\d(?<![\w.,]\d)\d?(?::\d{2})? ?[ap]\.?m\b\.?", re.I),
    re.compile(r"(?<!\w)(?:à|a|at|de|dès|vers|jusqu['’]à) +(?P<span>\d{1,2} ?h)(?!\w)", re.I),
    re.compile(r"(?<![\w+])(?:\+33 ?|0)[1-9](?:[ .\u00a0\u202f-]?\d{2}){4}(?!\d)"),
    re.compile(r"(?<!\w)[A-Z]{1,3}(?: ?\.\d+| ?\. \d+(?=-\d))(?:[-.]\d+)*"),
    re.compile(rf"(?<!\w){_LETTER}+-?\d+(?:[-.]\d+)*"),
]

_PERCENT = re.compile(
    rf"{_GROUP_SPACE}?%|\s+pour\s*cent(?!\w)|{_GROUP_SPACE}?percent(?!\w)|\s+per\s+cent(?!\w)",
    re.I,
)


def _variants(phrase: str) -> str:
    """Regex for a qualifier phrase: flexible spaces, apostrophes, hyphens and accents."""
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append("['’]")
        elif ch == "-":
            out.append(r"[-\s]")
        elif ch in "àéè":
            out.append(f"[{ch}{'a' if ch == 'à' else 'e'}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_QUALIFIER_PHRASES = {
    "more_than": [
        "plus de", "plus d'", "au-delà de", "au-delà d'", "au moins", "pas moins de",
        "pas moins d'", "supérieur à", "supérieure à", "supérieurs à", "supérieures à",
        "un minimum de", "au minimum", "minimum", "+ de", "+de", "over", "more than",
        "upwards of", "at least", "no less than", "not less than", "no fewer than",
        "in excess of", "greater than", "above", "a minimum of", ">", "≥",
    ],
    "approx": [
        "près de", "près d'", "environ", "approximativement", "autour de", "autour d'",
        "aux alentours de", "aux alentours d'", "quelque", "presque", "quasi", "quasi-",
        "quasiment", "pratiquement", "à peu près", "de l'ordre de", "de l'ordre d'",
        "pas loin de", "pas loin d'", "avoisinant", "avoisinant les", "avoisine", "avoisine les", "frôlant",
        "frôlant les", "frôle", "frôle les", "grosso modo", "env.", "approx.", "about", "around",
        "approximately", "nearly", "almost", "close to", "some", "roughly", "circa", "ca.",
        "an estimated", "estimated", "~", "≈",
    ],
    "less_than": [
        "moins de", "moins d'", "jusqu'à", "au plus", "au maximum", "un maximum de",
        "maximum", "pas plus de", "pas plus d'", "inférieur à", "inférieure à",
        "inférieurs à", "inférieures à", "less than", "fewer than", "under", "up to",
        "at most", "no more than", "not more than", "below", "a maximum of", "<", "≤",
    ],
}
_QUALIFIER_WINDOW = 60


def _qualifier_regex() -> re.Pattern:
    groups = []
    for kind, phrases in _QUALIFIER_PHRASES.items():
        body = "|".join(_variants(p) for p in sorted(phrases, key=len, reverse=True))
        groups.append(f"(?P<{kind}>{body})")
    return re.compile(r"(?<![\w+])(?:" + "|".join(groups) + r")\s*\Z", re.I)


_QUALIFIER_RE = _qualifier_regex()


def find_numbers(text: str, lang: str = "fr") -> list[NumberMatch]:
    """Every number in `text`, in order, without overlaps."""
    blocked = _blocked_spans(text)
    candidates = [m for m in _digit_numbers(text, lang, None) if not _overlaps(m, blocked)]
    candidates += _approx_nouns(text, lang)
    candidates += [m for m in _word_numbers(text, lang) if not _overlaps(m, blocked)]
    return longest_without_overlap(candidates)


def parse_number(s: str, lang: str = "fr", integer_expected: bool = False) -> int | float | None:
    """The value of `s` when the whole string (spaces aside) is one number, else None."""
    s = s.strip()
    if not s or _overlaps(NumberMatch(0, 0, len(s), s), _blocked_spans(s)):
        return None
    found = list(_digit_numbers(s, lang, integer_expected or None))
    found += _approx_nouns(s, lang) + _word_numbers(s, lang)
    whole = [m for m in found if m.start == 0 and m.end == len(s)]
    return whole[0].value if whole else None


def approx_noun(s: str, lang: str = "fr") -> int | None:
    """Value of an approximate quantity noun ("une dizaine" → 10, "a dozen" → 12), else None."""
    s = s.strip()
    found = _APPROX_NOUNS[_lang(lang)].fullmatch(s)
    return _approx_value(found) if found else None


def qualifier_before(text: str, start: int, lang: str = "fr") -> tuple[str, int]:
    """Qualifier of the number at `start` and where its words begin (`start` when none)."""
    window_start = max(0, start - _QUALIFIER_WINDOW)
    found = _QUALIFIER_RE.search(text, window_start, start)
    if found:
        return found.lastgroup or "exact", found.start()
    noun = _APPROX_NOUNS[_lang(lang)].match(text, start)
    starts_approx_noun = noun is not None and _approx_value(noun) is not None
    return ("approx" if starts_approx_noun else "exact"), start


_QUALIFIER_AFTER = re.compile(
    r"[ \u00a0\u202f]+(?P<approx>environ|approximativement|à\s+peu\s+près|grosso\s+modo|"
    r"or\s+so|approximately|roughly)(?!\w)"
    r"|[ \u00a0\u202f]+(?P<more_than>au\s+moins|et\s+plus|or\s+more|and\s+more|at\s+least)(?!\w)"
    r"(?!\s*(?:de|d['’]|than|of)(?!\w))",  # "40 communes et plus de 45 000 habitants": the next figure's
    re.IGNORECASE)


def qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """A qualifier written after a figure and its unit ("30 000 habitants environ", "50 or
    more"): the qualifier and where its words end, else None."""
    found = _QUALIFIER_AFTER.match(text, end)
    return (found.lastgroup, found.end()) if found else None


def percent_after(text: str, end: int) -> int | None:
    """End offset of a "%" / "pour cent" / "percent" right after offset `end`, else None."""
    found = _PERCENT.match(text, end)
    return found.end() if found else None


def _digit_numbers(text: str, lang: str, integer_expected: bool | None):
    for token in _DIGITS.finditer(text):
        if _SPACED.fullmatch(token.group()):
            pieces = [(token.start(), token.end())]
        else:
            pieces = [(p.start() + token.start(), p.end() + token.start())
                      for p in re.finditer(rf"[^{_GROUP_SPACE[1:-1]}]+", token.group())]
        for start, end in pieces:
            match = _read_digits(text, start, end, lang, integer_expected)
            if match is not None:
                yield match


def _read_digits(text: str, start: int, end: int, lang: str, integer_expected: bool | None):
    chunk = text[start:end]
    is_count = integer_expected if integer_expected is not None else _count_follows(text, end)
    value = _read_spaced(chunk) if _SPACED.fullmatch(chunk) else _read_plain(chunk, lang, is_count)
    if value is None:
        return None
    multiplier = _MULTIPLIER.match(text, end)
    ordinal = _ORDINAL.match(text, end) if chunk.isdigit() else None
    factor = _multiplier_value(multiplier) if multiplier else None
    if factor:
        value *= factor
        end = multiplier.end()
    elif ordinal:
        end = ordinal.end()
    return NumberMatch(_as_number(value), start, end, text[start:end])


def _multiplier_value(found: re.Match) -> int | None:
    # casefold: re.I also matches look-alikes such as "ſ" (long s) that lower() keeps
    written = found.group("word") or found.group("symbol")
    return _MULTIPLIER_VALUES.get(written.casefold().rstrip("s"))


def _read_spaced(chunk: str) -> Decimal:
    digits = re.sub(rf"{_GROUP_SPACE}", "", chunk)
    return Decimal(digits.replace(",", "."))


def _read_plain(chunk: str, lang: str, is_count: bool) -> Decimal | None:
    marks = [c for c in chunk if c in ".,"]
    groups = re.split(r"[.,]", chunk)
    if not marks:
        return Decimal(chunk)
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
        thousands, fraction = chunk.rsplit(decimal_mark, 1)
        if decimal_mark in thousands or not _is_grouped(thousands.split(marks[0])):
            return None
        return Decimal(thousands.replace(marks[0], "") + "." + fraction)
    if len(marks) >= 2:
        return Decimal("".join(groups)) if _is_grouped(groups) else None
    head, tail = groups
    native_thousands = (_lang(lang) == "fr") == (marks[0] == ".")
    if _is_grouped(groups) and (native_thousands or is_count or tail == "000"):
        return Decimal(head + tail)
    return Decimal(head + "." + tail)


def _is_grouped(groups: list[str]) -> bool:
    first, rest = groups[0], groups[1:]
    return 1 <= len(first) <= 3 and not first.startswith("0") and all(len(g) == 3 for g in rest)


def _count_follows(text: str, end: int) -> bool:
    word = _NEXT_WORD.match(text, end)
    return bool(word) and word.group(1).lower() not in _NOT_COUNT_WORDS


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in _NOT_A_NUMBER:
        for found in pattern.finditer(text):
            group = "span" if "span" in pattern.groupindex else 0
            spans.append(found.span(group))
    return spans


def _overlaps(match: NumberMatch, spans: list[tuple[int, int]]) -> bool:
    return any(start < match.end and match.start < end for start, end in spans)



def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


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
_JOINER = re.compile(r"-|[ \u00a0\u202f\t]+(?:(?:et|and)[ \u00a0\u202f\t]+)?|-et-", re.I)
_YEAR_AFTER = re.compile(r"\.?\s+(?:19|20)\d{2}(?!\d)")
_PLURAL_WORD_AFTER = re.compile(rf"[ \u00a0\u202f]+{_LETTER}*[sx](?!\w)", re.I)

_APPROX_VALUES = {
    "huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
    "centaine": 100, "millier": 1000, "dozen": 12,
}
_APPROX_NOUNS = {
    "fr": re.compile(
        r"(?<!\w)(?:(?:une|la)\s+(?:(?:petite|bonne)\s+)?"
        r"(?P<noun>huitaine|dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine"
        r"|soixantaine|centaine|quarantaine(?=\s+d[e'’]))"
        r"|(?:un|le)\s+(?:(?:petit|bon)\s+)?(?P<big>millier))(?!\w)",
        re.I,
    ),
    "en": re.compile(r"(?<!\w)a\s+(?:good\s+)?(?P<noun>dozen)(?!\w)", re.I),
}


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "fr"


def _approx_value(found: re.Match) -> int | None:
    return _APPROX_VALUES.get((found.group("noun") or found.group("big")).casefold())


def _approx_nouns(text: str, lang: str) -> list[NumberMatch]:
    return [NumberMatch(_approx_value(m), m.start(), m.end(), m.group())
            for m in _APPROX_NOUNS[_lang(lang)].finditer(text) if _approx_value(m)]


def _word_numbers(text: str, lang: str) -> list[NumberMatch]:
    values = _WORD_VALUES[_lang(lang)]
    lexemes = [(m.start(), m.end(), re.sub(r"\s+", "-", m.group().casefold()))
               for m in _LEXEMES[_lang(lang)].finditer(text) if _usable_lexeme(text, m)]
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
    return bool(re.search(rf"{_LETTER}-\Z", text[max(0, start - 2):start])
                or re.match(rf"-{_LETTER}", text[end:end + 2]))


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
