"""Locate dates in French and English press-release text, with the precision they really have.

Candidates are found with regular expressions and checked with the calendar; nothing missing
is ever filled in (no year from today, no day 1 for a month). Forms:

* day + month (+ year): "16 septembre 2021", "jeudi 16 septembre 2021", "1er juillet", "premier juillet",
  "10 May 2024", "the 1st of March"; English month first: "May 10", "May 10, 2024";
* month + year: "juin 2023", "sept. 2021", "June 2023"; numeric "09/2021";
* a month alone after "en", "début", "fin", "mi-", "courant", "in", "early", "late", "mid-":
  "en septembre" (precision "month", no year);
* a year alone (1990–2039) only after "en", "depuis", "dès", "début", "fin", "mi-", "courant",
  "jusqu'en", "in", "since", "from", "by", "early", "late", "mid-", or a season: "fin 2023",
  "à l'automne 2021", or after a verb of origin ("remonte à 2018", "date de 2018"); or opening
  a line before a colon, a dash or a capitalised word (a timeline: "2019 : ...", "2019 Création ..."),
  or alone after a label's colon or bar ("Date de création : 2019", "Date de création | 2019"), or as a field's
  value in a bracket or between bars ("(création : 2019)", "| Création : 2019 |");
* numeric, day first: "07/04/2019", "7.4.2019", "07-04-2019", "07/04/19", and "le 07/04" without a year
  in French; English sources
  fall back to month first only when the day-first reading is impossible ("09/16/2021");
* ISO: "2024-05-03";
* a two-figure year after a month's name, before an hour: "12 mars 24 à 10h05".

The match covers the date words (and a leading weekday), never the preposition. Lower-case
"may" is never read as the month.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import longest_without_overlap
from ..reference.regex_start import quick_start
from .patterns import word_alternation


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    precision: str  # "day" | "month" | "year"

    def weekday_fits(self, year: int) -> bool | None:
        """Whether the weekday written before the day ("jeudi 9 mars") is that day's in `year`; None without one."""
        word = self.text.split(maxsplit=1)[0].strip(",").lower()
        if word not in WEEKDAYS or self.month is None or self.day is None:
            return None
        return _is_valid(year, self.month, self.day) and \
            calendar.weekday(year, self.month, self.day) == WEEKDAYS.index(word) % 7

    def iso(self, year: int | None = None) -> str:
        """ISO 8601 form; a missing year is borrowed from `year` when the date exists in it."""
        y = self.year if self.year is not None else year
        if self.precision == "year":
            return f"{self.year:04d}"
        if y is not None and self.day is not None and not _is_valid(y, self.month, self.day):
            y = None  # 29 February cannot borrow a common year
        prefix = f"{y:04d}-" if y is not None else "--"
        if self.precision == "month":
            return f"{prefix}{self.month:02d}"
        return f"{prefix}{self.month:02d}-{self.day:02d}"


# month number -> (full names, abbreviations)
_MONTH_NAMES = {
    1: (("janvier", "january"), ("janv", "jan")),
    2: (("février", "fevrier", "february"), ("févr", "fevr", "fév", "fev", "feb")),
    3: (("mars", "march"), ("mar",)),
    4: (("avril", "april"), ("avr", "apr")),
    5: (("mai", "may"), ()),
    6: (("juin", "june"), ("jun",)),
    7: (("juillet", "july"), ("juil", "jul")),
    8: (("août", "aout", "august"), ("aug",)),
    9: (("septembre", "september"), ("sept", "sep")),
    10: (("octobre", "october"), ("oct",)),
    11: (("novembre", "november"), ("nov",)),
    12: (("décembre", "decembre", "december"), ("déc", "dec")),
}
_MONTH_NUMBER = {name: month for month, (full, short) in _MONTH_NAMES.items()
                 for name in full + short}
_FULL = [name for full, _ in _MONTH_NAMES.values() for name in full]
_SHORT = [name for _, short in _MONTH_NAMES.values() for name in short]
_ENGLISH_FULL = ["january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december"]
_ENGLISH_SHORT = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
                  "dec"]


_MONTH = rf"(?P<month>(?:{word_alternation(_FULL)})|(?:{word_alternation(_SHORT)})\.?)(?!\w)"
_MONTH_FULL = rf"(?P<month>{word_alternation(_FULL)})(?!\w)"
_MONTH_EN = (rf"(?P<month>(?:{word_alternation(_ENGLISH_FULL)})"
             rf"|(?:{word_alternation(_ENGLISH_SHORT)})\.?)(?!\w)")
# A weekday before a day date joins the match ("jeudi 16 septembre"). It is looked for behind
# each match rather than as an optional start of the patterns: a pattern that may begin with
# an alternation of words is tried at every position of the text, four times slower.
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # each language from Monday
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(WEEKDAYS) + r"),?\s+\Z", re.I)
_WEEKDAY_REACH = 20  # characters: the longest weekday, a comma and a few spaces
_YEAR = r"(?P<year>(?:19|20)\d{2})(?![\d\w]|[.,]\d)"
# The digit first, then the look behind it: a pattern that starts with a digit is only tried
# where there is one.
_DAY = r"(?P<day>\d(?<![\w.,/:]\d)\d?)(?:[ \t]?er|re|ère|ᵉʳ|st|nd|rd|th)?"
_PREPOSITION = (r"(?<!\w)(?:(?:en|depuis|dès|début|debut|fin|courant|année|jusqu['’]en|in|since|from"
                r"|by|early|late)\s+|(?:mi|mid)-\s*)")
# a season or a part of the year has no month: "à l'automne 2021", "au premier trimestre 2022", "à la
# rentrée 2021" are the year
# ("the spring of 2021")
_SEASON = r"(?<!\w)(?:printemps|été|automne|hiver|rentrée|trimestre|semestre|(?:spring|summer|autumn|fall|winter|quarter)(?:\s+of)?)\s+"

_DAY_DATES = [  # a weekday may come before these
    re.compile(rf"{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?", re.I),
    # "le premier juillet 2021", "the first of July"
    quick_start(re.compile(rf"(?<!\w)(?P<first>premier|first(?=\s+of\b))\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", re.I)),
    quick_start(re.compile(rf"(?<!\w){_MONTH_EN}\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                           rf"(?![\w%]|[.,:/]\d|\s%)(?:,?\s+{_YEAR})?", re.I)),
]
_OTHER_WORD_DATES = [
    quick_start(re.compile(rf"(?<!\w){_MONTH},?\s+{_YEAR}", re.I)),
    re.compile(rf"{_PREPOSITION}(?P<date>{_MONTH_FULL})", re.I),
    # not a range of years: "durant l'hiver 2020-2021", "en 2020/2021"
    quick_start(re.compile(rf"(?:{_PREPOSITION}|{_SEASON})(?P<date>(?P<year>199\d|20[0-3]\d))"
                           r"(?![\d\w]|[.,]\d|[ \u00a0\u202f]\d{3}(?!\d)|[–/-](?:19|20)?\d\d(?!\d)|[ \t]+[–-][ \t]+(?:19|20)\d\d(?!\d))", re.I)),
    # a key-value line: "Date de création : 2019", a table's row "Date de création | 2019"
    re.compile(r"(?m)^[^\n:|]{3,60}[:|][ \t]*(?P<date>(?P<year>199\d|20[0-3]\d))[ \t.|]*$"),
    # a timeline's item: "2019 : envoi de la lettre d'intention", "• 2020 – signature de l'ACI", a table's row "2021 | ACI"
    re.compile(r"(?m)^[ \t•·*–\->▪►■◆✔✓→➜]*(?P<date>(?P<year>199\d|20[0-3]\d))(?=[ \t]*[:|–\-→➜][ \t]*\S)"
               r"(?![ \t]*[–-][ \t]*\d)"),
    # a timeline's item without a colon, the event's capitalised word after the year: "2019 Création de l'association"
    re.compile(r"(?m)^[ \t•·*–\->▪►■◆✔✓→➜]*(?P<date>(?P<year>199\d|20[0-3]\d))(?=[ \t]+(?-i:[A-ZÀ-Ý])[a-zà-ÿ]+\b)"),
    # a timeline's heading, the year alone on its line over the event: "2019\nCréation de la CPTS"
    re.compile(r"(?m)^[ \t•·*–\->▪►■◆✔✓→➜]*(?P<date>(?P<year>199\d|20[0-3]\d))[ \t]*$"),
]
# a timeline's item under its year, opening on a month alone: "2020\nSeptembre : dépôt de la lettre d'intention"
_MONTH_ITEM = re.compile(rf"(?m)^[ \t•·*–\->▪►■◆✔✓→➜]*(?P<date>{_MONTH_FULL})(?=[ \t]*[:–—\-→][ \t]*\S)", re.I)
# a timeline's heading, a line that holds only a year, and how far above a date it may stand
YEAR_LINE = re.compile(r"^[ \t#*•▸►>-]*((?:19|20)\d\d)[ \t]*:?[ \t]*$", re.MULTILINE)
HEADING_REACH = 400  # characters

# a news site's byline writes the year in two figures before the hour: "Publié le 12 mars 24 à 10h05"
_SHORT_YEAR_BEFORE_HOUR = re.compile(rf"{_DAY}\s+{_MONTH}\s+(?P<year>[1-3]\d)"
                                     r"(?=[ \t]+(?:à|-|–)[ \t]*\d{1,2}[ \t]?[h:][ \t]?\d{2})", re.I)
_MONTH_AFTER_PREPOSITION = _OTHER_WORD_DATES[1]  # the one form without a figure
# Whether each of _OTHER_WORD_DATES cannot match without a year in four figures (all but "en septembre"). Most
# sentences with a figure hold no year, and the patterns that need one are passed over. (A month's name is looked for
# by the patterns themselves: looking for it first costs more than it saves.)
_NEEDS_A_YEAR = (True, False, True, True, True, True, True)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
# a year told by its origin: "remonte à 2018", "date de 2018", "dates back to 2018". The year is found first
# and the verb looked for behind it: a pattern that opens on words is tried at every position of the text.
_YEAR_ALONE = quick_start(re.compile(r"(?<![\w.,/:-])(?P<year>199\d|20[0-3]\d)(?![\d\w]|[.,]\d|[ \u00a0\u202f]\d{3}(?!\d))"))
_ORIGIN_BEFORE = re.compile(r"(?<!\w)(?:remont(?:e|ent|ait|aient)\s+à|dat(?:e|ent|ait|aient)\s+de"
                            r"|dat(?:es|ing|ed)\s+(?:back\s+to|from))\s+\Z", re.I)
_ORIGIN_REACH = 25  # characters: the longest verb of origin and its spaces
# a year as the value of a field inside a line: "(création : 2021)", "| Création : 2021 | ACI : 2022"
_FIELD_BEFORE = re.compile(r"[(|•·][ \t]*[^\n:|()•·]{2,40}?[ \t]*:[ \t]*\Z")
_FIELD_END = re.compile(r"[ \t]*(?:[)|;•·]|$)", re.M)
_FIELD_REACH = 48
_DIGIT = re.compile(r"\d")
_NUMERIC_DAY = re.compile(  # two-digit years only with slashes: "07/04/19"
    r"(?<![\w.,/:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<year>(?:19|20)\d{2}|(?<=/)\d{2})(?![\w]|[.,/-]\d)"
)
# "le 12/03": a day and month without a year, after "le" only (French day first; "le 1/2" is a fraction)
_NUMERIC_DAY_MONTH = re.compile(r"(?<=\b[Ll]e )(?P<a>\d{1,2})/(?P<b>\d{2})(?![\w/]|[.,-]\d)")
_ISO_DAY = re.compile(
    r"(?<![\w.,/-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?!(?!T\d)\w|[-./]\d)"  # not a longer number; a time may follow: "2024-03-12T10:05"
)
_NUMERIC_MONTH = quick_start(re.compile(
    r"(?<![\w.,/-])(?P<month>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d{2})(?![\w]|[/.,-]\d)"
))


def find_dates(text: str, lang: str = "fr") -> list[DateMatch]:
    """Every date in `text`, in order; overlapping candidates keep the longest."""
    return list(_dates_in(text, lang))


@lru_cache(maxsize=256)  # the stages read a document's lines and sentences for dates more than once
def _dates_in(text: str, lang: str) -> tuple[DateMatch, ...]:
    if not _DIGIT.search(text):  # a line without a figure: only "en septembre" may stand in it
        return tuple(match for m in _MONTH_AFTER_PREPOSITION.finditer(text)
                     if (match := _from_words(m)) is not None and _is_valid(match.year, match.month, match.day))
    year, slash = _ANY_YEAR.search(text) is not None, "/" in text
    candidates = [_from_words(m, _weekday_start(text, m.start())) for pattern in _DAY_DATES for m in pattern.finditer(text)]
    candidates += [_from_words(m) for pattern, needs_year in zip(_OTHER_WORD_DATES, _NEEDS_A_YEAR) if year or not needs_year
                   for m in pattern.finditer(text)]
    candidates += [_from_short_year(m) for m in _SHORT_YEAR_BEFORE_HOUR.finditer(text)]
    if year:
        candidates += [_make(text, m.start(), m.end(), int(m["year"]), None, None) for m in _YEAR_ALONE.finditer(text)
                       if _ORIGIN_BEFORE.search(text, max(0, m.start() - _ORIGIN_REACH), m.start())
                       or _FIELD_END.match(text, m.end()) and _FIELD_BEFORE.search(text, max(0, m.start() - _FIELD_REACH), m.start())]
    if year or slash:  # a year in two figures only after a slash: "07/04/19"
        candidates += [_from_numeric(m, lang) for m in _NUMERIC_DAY.finditer(text)]
    if year:
        candidates += [_from_iso(m) for m in _ISO_DAY.finditer(text)]
    if lang.lower().startswith("fr") and slash:
        candidates += [_make(text, m.start(), m.end(), None, int(m["b"]), int(m["a"])) for m in _NUMERIC_DAY_MONTH.finditer(text)]
    if year:
        candidates += [_from_numeric_month(m) for m in _NUMERIC_MONTH.finditer(text)]
        candidates += [_from_words(m) for m in _MONTH_ITEM.finditer(text)
                       if YEAR_LINE.search(text, max(0, m.start() - HEADING_REACH), m.start())]
    # impossible dates stay among the candidates so that "31 février 2024" does not fall
    # back to "février 2024"
    kept = longest_without_overlap([c for c in candidates if c is not None])
    return tuple(match for match in kept if _is_valid(match.year, match.month, match.day))


def _weekday_start(text: str, start: int) -> int:
    """Where a weekday right before `start` begins, else `start`."""
    weekday = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
    return weekday.start() if weekday else start


def _from_words(found: re.Match, start: int | None = None) -> DateMatch | None:
    """The date of a match; `start`: where it begins when a weekday comes before it."""
    groups = found.groupdict()
    month_text = groups.get("month")
    if month_text and month_text == "may":
        return None  # the English verb
    month = _MONTH_NUMBER.get(month_text.rstrip(".").casefold()) if month_text else None
    if month_text and month is None:
        return None  # a look-alike letter matched under re.I
    year = int(groups["year"]) if groups.get("year") else None
    day = 1 if groups.get("first") else int(groups["day"]) if groups.get("day") else None
    begin, end = found.span("date") if groups.get("date") else found.span()
    return _make(found.string, begin if start is None else start, end, year, month, day)


def _from_numeric(found: re.Match, lang: str) -> DateMatch:
    day, month = int(found["a"]), int(found["b"])
    if lang.lower().startswith("en") and month > 12 >= day:
        day, month = month, day
    return _make(found.string, found.start(), found.end(), _full_year(found["year"]), month, day)


def _full_year(year: str) -> int:
    if len(year) == 4:
        return int(year)
    return 2000 + int(year) if int(year) < 40 else 1900 + int(year)


def _from_short_year(found: re.Match) -> DateMatch | None:
    month = _MONTH_NUMBER.get(found["month"].rstrip(".").casefold())
    if month is None:
        return None  # a look-alike letter matched under re.I
    return _make(found.string, found.start(), found.end(), _full_year(found["year"]), month, int(found["day"]))


def _from_iso(found: re.Match) -> DateMatch:
    return _make(found.string, found.start(), found.end(),
                 int(found["year"]), int(found["month"]), int(found["day"]))


def _from_numeric_month(found: re.Match) -> DateMatch:
    return _make(found.string, found.start(), found.end(),
                 int(found["year"]), int(found["month"]), None)


def _make(text: str, start: int, end: int,
          year: int | None, month: int | None, day: int | None) -> DateMatch:
    precision = "day" if day is not None else "month" if month is not None else "year"
    return DateMatch(start, end, text[start:end], year, month, day, precision)


def _is_valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None:
        return year is not None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]

