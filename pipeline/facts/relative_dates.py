"""Days a text names by reference to its own date: "hier", "avant-hier", "yesterday" under a dateline or byline of
the day (the development set's notes: "hier" would give the day before the dateline, and there is none). Without the
release's day they name no date. A weekday ("mardi dernier", "ce jeudi") stays undated, as the notes and the real sets'
records leave it."""
from __future__ import annotations

import datetime
import re

from ..model import Fact
from .dates import DateMatch, find_dates
from .event_years import TO_COME, sentence_end

_I = re.IGNORECASE
RELATIVE_DAY = re.compile(r"\b(?P<before>avant-hier|hier|yesterday)\b", _I)


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
    return release - datetime.timedelta(days=2 if m["before"].lower() == "avant-hier" else 1)


def _to_come(text: str, start: int) -> bool:
    """A sentence that tells a thing to come ("signera", "prévue"): its day is not the one before the release."""
    return bool(TO_COME.search(text, start, sentence_end(text, start)))
