"""Days a text names by reference to its own date: "hier", "avant-hier", "mardi dernier" under a dateline or byline
of the day. Without the release's day they name no date, and none is read (the development set's notes: "hier" would
give the day before the dateline, and there is none)."""
from __future__ import annotations

import datetime
import re

from ..model import Fact
from .dates import DateMatch, find_dates
from .event_years import TO_COME

_I = re.IGNORECASE
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY = "|".join(WEEKDAYS)
# "hier", "avant-hier", "yesterday"; "mardi dernier", "last Tuesday" (not "ce jeudi", which the development set's notes
# leave undated, nor a weekday with its date, "mardi 24 mai")
RELATIVE_DAY = re.compile(
    r"\b(?P<before>avant-hier|hier|yesterday)\b"
    rf"|\b(?:(?P<last_day>{WEEKDAY})\s+dernier|last\s+(?P<last_en>{WEEKDAY}))\b(?!\s+\d)", _I)


def dates_and_relative_days(text: str, lang: str, published: Fact | None) -> list[DateMatch]:
    """`find_dates`, with the days named relative to the release's day among them, in text order."""
    dates = find_dates(text, lang)
    more = relative_dates(text, published, dates)
    return sorted(dates + more, key=lambda d: d.start) if more else dates


def relative_dates(text: str, published: Fact | None, taken: list[DateMatch]) -> list[DateMatch]:
    """The days `text` names relative to its release's day (`published`), outside the dates `taken`."""
    release = published.value if published is not None else None
    if release is None or release.precision != "day" or release.year is None:
        return []
    day = datetime.date(release.year, release.month, release.day)
    found = []
    for m in RELATIVE_DAY.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in taken) or _to_come(text, m.start()):
            continue
        value = _day_of(m, day)
        found.append(DateMatch(m.start(), m.end(), m.group(), value.year, value.month, value.day, "day"))
    return found


def _day_of(m: re.Match, release: datetime.date) -> datetime.date:
    if m["before"]:
        return release - datetime.timedelta(days=2 if m["before"].lower() == "avant-hier" else 1)
    weekday = WEEKDAYS[(m["last_day"] or m["last_en"]).lower()]
    back = (release.weekday() - weekday) % 7 or 7  # "mardi dernier" in a Tuesday's paper: a week before
    return release - datetime.timedelta(days=back)


def _to_come(text: str, start: int) -> bool:
    """A sentence that tells a thing to come ("signera", "prévue"): its day is not the one before the release."""
    end = min([i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0] or [len(text)])
    return bool(TO_COME.search(text, start, end))
