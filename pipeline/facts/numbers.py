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

import bisect
import re
from decimal import Decimal

from ..model import NumberMatch, longest_without_overlap
from ..reference.regex_start import quick_start
from .name_words import MONTHS
from .number_words import (APPROX_NOUNS, LETTER, approx_noun_numbers, approx_value, language_of,
                           word_numbers)


_GROUP_SPACE = "[ \u00a0\u202f\u2009]"

# not inside another figure ("1,5", "2.3"); a comma glued after a word is no decimal mark ("représente donc,61,02 %"),
# nor a full stop a sentence lost its space after ("dans certains secteurs.97 professionnels ont adhéré")
_DIGITS = quick_start(re.compile(rf"(?:(?<![\w.])|(?<=[^\W\d_]{{2}}\.))(?<![\d.,],)\d+(?:(?:[.,]|{_GROUP_SPACE}(?=\d{{3}}(?!\d)))\d+)*"))
_SPACED = re.compile(rf"[1-9]\d{{0,2}}(?:{_GROUP_SPACE}\d{{3}})+(?:[.,]\d+)?")
_ORDINAL = re.compile(rf"(?i:er|ere|ère|re|ème|eme|nde|nd|st|rd|th|e|è|ᵉʳ|ʳᵉ|ᵉ)(?!{LETTER})")  # "27ᵉ": typeset superscripts
_MULTIPLIER = re.compile(
    rf"{_GROUP_SPACE}?(?:(?i:(?P<word>millions?|milliards?|billions?|mille|thousands?))"
    rf"|(?P<symbol>Mds?|Mrds?|M)(?!\.\s?[A-Z]))(?!{LETTER})"
)
_MULTIPLIER_VALUES = {"million": 10**6, "milliard": 10**9, "billion": 10**9,
                      "mille": 1000, "thousand": 1000, "m": 10**6, "md": 10**9, "mrd": 10**9}
_NEXT_WORD = re.compile(rf"{_GROUP_SPACE}*({LETTER}{{3,}})")
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
# A pattern given with a second one, a quick search (on a digit, or a literal) for what it cannot match without, is not
# tried on a text without it: it opens on a look behind or on words and would be tried at every position.
_NOT_A_NUMBER = [
    re.compile(r"\d(?<![\w.,/:-]\d)\d?([/.\-])\d{1,2}\1\d{2,4}(?![\w]|[.,/-]\d)"),
    re.compile(r"\d(?<![\w.,/-]\d)\d{3}([-/])\d{1,2}\1\d{1,2}(?!\d)"),
    (re.compile(r"(?<![\w.,/-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"), re.compile("/")),
    re.compile(r"\d(?<![\w.,]\d)\d? ?[hH] ?\d{2}(?!\d)"),
    re.compile(r"\d(?<![\w.,:]\d)\d?:\d{2}(?::\d{2})?(?!\d)"),
    re.compile(r"\d(?<![\w.,]\d)\d?(?::\d{2})? ?[ap]\.?m\b\.?", re.I),
    (re.compile(r"(?<!\w)(?:à|a|at|de|dès|vers|jusqu['’]à) +(?P<span>\d{1,2} ?h)(?!\w)", re.I), re.compile(r"\d ?[hH](?!\w)")),
    re.compile(r"(?<![\w+])(?:\+33 ?|0)[1-9](?:[ .\u00a0\u202f-]?\d{2}){4}(?!\d)"),
    (re.compile(r"(?<!\w)[A-Z]{1,3}(?: ?\.\d+| ?\. \d+(?=-\d))(?:[-.]\d+)*"), re.compile(r"\. ?\d")),
    (re.compile(rf"(?<!\w){LETTER}+-?\d+(?:[-.]\d+)*"), re.compile(rf"\d(?:(?<={LETTER}\d)|(?<={LETTER}-\d))")),
    # the year of a date written in words: "Published 23 May 2024\n\nHealth professionals ..." counts no one
    quick_start(re.compile(rf"\b(?:(?i:{MONTHS})|May),?[ \t\u00a0]+(?P<span>(?:19|20)\d{{2}})(?!\d)")),
]

_PERCENT = re.compile(  # "12 %", "12 ％" (full width), "12 pour cent", "12 pourcents", "12 p. 100", "12 percent"
    rf"{_GROUP_SPACE}?[%％]|\s+pour\s*cents?(?!\w)|\s+p\.\s?100(?!\d)|{_GROUP_SPACE}?percent(?!\w)|\s+per\s+cent(?!\w)",
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
        "un peu plus de", "un peu plus d'", "bien plus de", "plus de", "plus d'", "plus des", "au-delà de", "au-delà d'", "au moins", "pas moins de",
        "pas moins d'", "supérieur à", "supérieure à", "supérieurs à", "supérieures à",
        "un minimum de", "au minimum", "minimum", "+ de", "+de", "over", "more than",
        "upwards of", "at least", "no less than", "not less than", "no fewer than",
        "in excess of", "greater than", "above", "a minimum of", ">", "≥",
        "dépasse", "dépasse les", "dépassent", "dépassent les", "dépassant", "dépassant les", "dépassé", "dépassé les",
        "franchi la barre des", "franchit la barre des", "franchi le cap des", "franchit le cap des",
        "passé le cap des", "passe le cap des", "exceeds", "exceeding", "exceeded",
    ],
    "approx": [
        "près de", "près d'", "près des", "environ", "approximativement", "autour de", "autour d'",
        "aux alentours de", "aux alentours d'", "quelque", "quelques", "plus ou moins", "presque", "quasi", "quasi-",
        "quasiment", "pratiquement", "à peu près", "de l'ordre de", "de l'ordre d'",
        "pas loin de", "pas loin d'", "avoisinant", "avoisinant les", "avoisine", "avoisine les", "avoisinent les",
        "approche les", "approchent les", "approchant les", "frôlant",
        "frôlant les", "frôle", "frôle les", "grosso modo", "env.", "approx.", "about", "around",
        "approximately", "nearly", "almost", "close to", "some", "roughly", "circa", "ca.",
        "an estimated", "estimated", "estimée à", "estimé à", "estimées à", "estimés à", "évaluée à",
        "évalué à", "~", "≈",
    ],
    "less_than": [
        "un peu moins de", "un peu moins d'", "moins de", "moins d'", "moins des", "jusqu'à", "au plus", "au maximum", "un maximum de",
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
    return quick_start(re.compile(r"(?<![\w+])(?:" + "|".join(groups) + r")\s*\Z", re.I))


_QUALIFIER_RE = _qualifier_regex()
# "is spread over 50 municipalities": over as across, not more than
SPREAD_BEFORE = re.compile(r"\b(?:spread|stretch\w*|extend\w*|span\w*|sprawl\w*|scattered|distributed)\s+\Z", re.IGNORECASE)


def find_numbers(text: str, lang: str = "fr") -> list[NumberMatch]:
    """Every number in `text`, in order, without overlaps."""
    blocked = _blocked_spans(text)
    candidates = [m for m in _digit_numbers(text, lang, None) if not _overlaps(m, blocked)]
    candidates += approx_noun_numbers(text, lang)
    candidates += [m for m in word_numbers(text, lang) if not _overlaps(m, blocked)]
    return longest_without_overlap(candidates)


def parse_number(s: str, lang: str = "fr", integer_expected: bool = False) -> int | float | None:
    """The value of `s` when the whole string (spaces aside) is one number, else None."""
    s = s.strip()
    if not s or _overlaps(NumberMatch(0, 0, len(s), s), _blocked_spans(s)):
        return None
    found = list(_digit_numbers(s, lang, integer_expected or None))
    found += approx_noun_numbers(s, lang) + word_numbers(s, lang)
    whole = [m for m in found if m.start == 0 and m.end == len(s)]
    return whole[0].value if whole else None


def approx_noun(s: str, lang: str = "fr") -> int | None:
    """Value of an approximate quantity noun ("une dizaine" → 10, "a dozen" → 12), else None."""
    s = s.strip()
    found = APPROX_NOUNS[language_of(lang)].fullmatch(s)
    return approx_value(found) if found else None


def qualifier_before(text: str, start: int, lang: str = "fr") -> tuple[str, int]:
    """Qualifier of the number at `start` and where its words begin (`start` when none)."""
    if start and text[start - 1] == "+" and not text[max(0, start - 2):start - 1].strip():
        return "more_than", start - 1  # "+200 professionnels" (not "..., + 12 communes": added ones)
    window_start = max(0, start - _QUALIFIER_WINDOW)
    found = _QUALIFIER_RE.search(text, window_start, start)
    if found and not (found.group().strip().lower() == "over" and SPREAD_BEFORE.search(text, window_start, found.start())
                      or found.group().strip() == ">" and _a_bullet(text, found.start())):
        return found.lastgroup or "exact", found.start()
    noun = APPROX_NOUNS[language_of(lang)].match(text, start)
    starts_approx_noun = noun is not None and approx_value(noun) is not None
    return ("approx" if starts_approx_noun else "exact"), start


def _a_bullet(text: str, pos: int) -> bool:
    """"> 26 585 habitants" opening a line of a box whose other lines open so too: a bullet, not "more than"."""
    at_line_start = not text[text.rfind("\n", 0, pos) + 1:pos].strip()
    return at_line_start and len(BULLET_SIGN.findall(text)) >= 2


BULLET_SIGN = re.compile(r"^[ \t]*>[ \t]", re.MULTILINE)


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
    native_thousands = (language_of(lang) == "fr") == (marks[0] == ".")
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
    """Where no number stands (dates, hours, phone numbers...), as sorted spans that do not overlap."""
    spans = []
    for entry in _NOT_A_NUMBER:
        pattern, needed = entry if isinstance(entry, tuple) else (entry, None)
        if needed is not None and not needed.search(text):
            continue
        for found in pattern.finditer(text):
            group = "span" if "span" in pattern.groupindex else 0
            spans.append(found.span(group))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlaps(match: NumberMatch, spans: list[tuple[int, int]]) -> bool:
    """Whether the match overlaps one of the sorted spans that do not overlap: only the last one starting before the
    match's end can (a long text holds thousands of both)."""
    i = bisect.bisect_left(spans, (match.end,)) - 1
    return i >= 0 and spans[i][1] > match.start


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
