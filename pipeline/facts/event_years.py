"""The year of a date written without one: the year of an earlier date of its sentence, of the same day given
elsewhere with a year, else the one that puts it nearest the release's own date (before it when the sentence tells a
thing done or says "dernier", after it when it says "prochain" or tells a thing to come)."""
from __future__ import annotations

import re

from ..model import Fact
from .dates import HEADING_REACH, YEAR_LINE, DateMatch
from .event_headlines import SENTENCE_END

_I = re.IGNORECASE


# "le 12 décembre dernier", "last December", "le 3 mai prochain": before or after the release's date
LAST_AFTER = re.compile(r"\s+(?:dernier|dernière|passé|last)\b", _I)
NEXT_AFTER = re.compile(r"\s+(?:prochain|prochaine|à\s+venir|next)\b", _I)
# "on February 28 this year", "le 3 mars de cette année": the release's own year
THIS_YEAR_AFTER = re.compile(r"\s+(?:this\s+year|(?:de\s+)?cette\s+année)\b", _I)


def date_value(date: DateMatch, published: Fact | None, sentence_year: int | None,
               text: str = "") -> tuple[str, dict]:
    if date.year is None and published is not None and published.value.year is not None \
            and THIS_YEAR_AFTER.match(text, date.end):
        return date.iso(published.value.year), {"year_from": "published"}
    if date.year is None and sentence_year is not None and date.weekday_fits(sentence_year) is not False:
        return date.iso(sentence_year), {}  # (not "Née en 2021, elle a signé jeudi 9 mars": a Thursday of 2023)
    if date.year is None and published is not None and published.value.year is not None:
        return date.iso(_year_near(date, published.value, text)), {"year_from": "published"}
    return date.iso(), {}


def _year_near(date: DateMatch, release: DateMatch, text: str) -> int:
    """The year that puts a day and month without one nearest the release's date ("le 20 décembre"
    in a January release is the December before), before it when "dernier" follows, after it
    when "prochain" does."""
    if date.month is None or release.month is None:
        return release.year
    day = (release.month, release.day or 15)
    years = [release.year - 1, release.year, release.year + 1]
    if LAST_AFTER.match(text, date.end) or _told_as_done(text, date):
        years = [y for y in years if (y, date.month, date.day or 1) <= (release.year, *day)]
    elif NEXT_AFTER.match(text, date.end):
        years = [y for y in years if (y, date.month, date.day or 28) >= (release.year, *day)]
    return min(years, key=lambda y: abs((y - release.year) * 366 + (date.month - day[0]) * 31
                                        + ((date.day or 15) - day[1])))


def _told_as_done(text: str, date: DateMatch) -> bool:
    """Whether the sentence of a date tells a thing done ("a signé", "a été créée", "s'est tenue") and nothing to come
    ("signera", "sera inaugurée", "prévue"): a day before the release."""
    start = max(text.rfind(". ", 0, date.start), text.rfind("\n", 0, date.start)) + 1
    sentence = text[start:sentence_end(text, date.end)]
    return bool(DONE.search(sentence)) and not TO_COME.search(sentence)


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence that goes on at `pos` ends: at its full stop or its line's end."""
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)


# "a signé", "ont été lancées", "s'est tenue", "a vu le jour"; "signera", "sera", "aura lieu", "prévue", "will"
DONE = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:été\s+)?\w+(?:é|ée|és|ées|i|is|it|u|ue)\b|\bs['’]est\b|\bse\s+sont\b"
                  r"|\b(?:was|were|has\s+been|have\s+been)\b|\b\w+ed\s+(?:on|in)\b", _I)
TO_COME = re.compile(r"\b\w+(?:era|eront|ira|iront|ra|ront)\b|\bprévue?s?\b|\bwill\b|\bto\s+be\b", _I)


def year_of_same_day(dates: list[DateMatch], i: int) -> int | None:
    """ "ont lancé ce 29 avril la CPTS ... Lundi 29 avril 2024, ...": a day and month without a year that
    the text gives elsewhere with one (one year only) is that day."""
    date = dates[i]
    if date.year is not None or date.day is None:
        return None
    years = {d.year for d in dates if d.year is not None and (d.month, d.day) == (date.month, date.day)}
    return years.pop() if len(years) == 1 else None


def year_of_sentence(text: str, dates: list[DateMatch], i: int) -> int | None:
    """The year of an earlier day or month of the same sentence, for a date without one ("le 3 mars
    2022, puis le 10 mars"); a year alone ("Créée en 2019, elle a signé le 3 mars") dates another event."""
    if dates[i].year is not None or LAST_AFTER.match(text, dates[i].end) or NEXT_AFTER.match(text, dates[i].end):
        return None  # "en novembre 2022, ... validé en juin dernier": last June before the release, not of 2022
    for j in range(i - 1, -1, -1):
        if SENTENCE_END.search(text, dates[j].end, dates[i].start):
            return None
        if dates[j].year is not None:
            return dates[j].year if dates[j].month is not None else None
    return None




def year_of_heading(text: str, date: DateMatch) -> int | None:
    """ "2021\n▸ 26 janvier — Assemblée générale constitutive": a date without a year under a line that holds
    only a year, the last one above it, in a timeline."""
    if date.year is not None or date.month is None:
        return None
    line_start = text.rfind("\n", 0, date.start) + 1
    headings = list(YEAR_LINE.finditer(text, max(0, line_start - HEADING_REACH), line_start))
    return int(headings[-1].group(1)) if headings else None
