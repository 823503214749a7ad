"""Days a dated release names by their weekday or by "hier": "la signature s'est tenue mardi dernier", "ont signé
ce jeudi leur accord", "signed the agreement on Tuesday". With the release's own day known, each is a calendar day:
the last such weekday on or before the release (strictly before with "dernier" or "last"), the next one when its
sentence tells a thing to come. Without a release day they have no value, and none is made."""
from __future__ import annotations

import datetime
import re

from .dates import DateMatch
from .event_years import TO_COME

_I = re.IGNORECASE

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# a weekday alone, not a day's date ("mardi 12 mars"), nor a habit ("le mardi", "tous les mardis")
WEEKDAY = re.compile(
    r"(?<![\w-])(?<!\ble\s)(?<!\bles\s)(?<!chaque\s)(?<!every\s)(?:(?P<this>ce|this)\s+)?"
    r"(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)(?:\s+(?P<last>dernier|passé))?(?![\w-])(?!\s*,?\s*(?:\d|premier\b|1er\b|the\s+\d))"
    r"|(?<![\w-])(?P<lastword>last)\s+(?P<weekday_en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?<![\w-])(?P<before>avant-hier|hier|yesterday)(?![\w-])", _I)
SENTENCE_BOUND = re.compile(r"[.!?\n]")


def relative_days(text: str, published: DateMatch) -> list[DateMatch]:
    """The days named relative to the release's day `published` (a day with its year), as dates."""
    if published.precision != "day" or published.year is None:
        return []
    release = datetime.date(published.year, published.month, published.day)
    found = []
    for m in WEEKDAY.finditer(text):
        day = _day_of(m, release, _tells_a_thing_to_come(text, m.start(), m.end()))
        found.append(DateMatch(m.start(), m.end(), m.group(), day.year, day.month, day.day, "day"))
    return found


def _day_of(m: re.Match, release: datetime.date, to_come: bool) -> datetime.date:
    if m.group("before"):
        return release - datetime.timedelta(days=2 if m.group("before").lower() == "avant-hier" else 1)
    weekday = WEEKDAYS[(m.group("weekday") or m.group("weekday_en")).lower()]
    back = (release.weekday() - weekday) % 7
    if m.group("last") or m.group("lastword"):
        return release - datetime.timedelta(days=back or 7)
    if to_come and back:
        return release + datetime.timedelta(days=7 - back)
    return release - datetime.timedelta(days=back)


def _tells_a_thing_to_come(text: str, start: int, end: int) -> bool:
    bounds = [b.start() for b in SENTENCE_BOUND.finditer(text, max(0, start - 200), start)]
    sentence_start = bounds[-1] + 1 if bounds else max(0, start - 200)
    after = SENTENCE_BOUND.search(text, end)
    return bool(TO_COME.search(text, sentence_start, after.start() if after else len(text)))
