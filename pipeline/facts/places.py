"""Places: where a CPTS was launched, and the release's own dateline (date and place).
"""
from __future__ import annotations

import re

from .. import gazetteer
from ..context import Context
from ..dates import find_dates
from ..model import Fact, Span
from .common import DATELINE, DATELINE_PLACE, UNLINKED_PLACE, Extraction, attribution_confidence
from .dates import DATE_CUES

PLACE_AFTER_PREPOSITION = re.compile(
    r"\b(?:à|au|in|at)\s+(?P<place>[A-ZÀ-Ý][\w'’]+(?:[\s-]+(?:sur|sous|lès|les|lez|en|de|du|des|la|le|et|d['’])?[\s-]*[A-ZÀ-Ý][\w'’]+)*)")
DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?P<place>[A-ZÀ-Ý][\w'’ -]{1,40}?)\s*[,.–-]\s*)?(?:(?:le|publié\s+le|mis\s+à\s+jour\s+le|"
    r"communiqué(?:\s+de\s+presse)?\s+du|on)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+)?$", re.IGNORECASE)


def extract_launch_places(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    gaz = gazetteer.load()
    for sentence in ctx.sentences:
        words = text[sentence.start:sentence.end]
        if not re.search(DATE_CUES["launch"], words, re.IGNORECASE):
            continue
        for m in PLACE_AFTER_PREPOSITION.finditer(text, sentence.start, sentence.end):
            if ctx.inside_name(m.start("place")):
                continue
            name = m.group("place")
            departments = [ctx.default_department] if ctx.default_department else []
            commune = gaz.link_commune(name, departments)
            if commune is None or gaz.find_department(name):
                continue
            span = Span(m.start("place"), m.end("place"))
            key = ctx.target_for(span)
            if key:
                result.cpts[key].launch_places.append(Fact(commune, span, confidence=attribution_confidence(ctx, span, key)))
            break




def find_dateline(ctx: Context) -> tuple[Fact | None, Fact | None]:
    """The release's own date and place: a line near the top that is only (place,) (le) date."""
    text = ctx.text
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()][:8]
    for line in lines:
        for date in find_dates(line.group(), ctx.lang):
            if date.precision != "day" or date.year is None:
                continue
            prefix = DATELINE_PREFIX.match(line.group()[:date.start])
            if not prefix or line.group()[date.end:].strip(" .,"):
                continue
            start = line.start()
            published = Fact(date, Span(start + date.start, start + date.end), "day", confidence=DATELINE)
            return published, _dateline_place(ctx, prefix, start)
    return None, None


def _dateline_place(ctx: Context, prefix: re.Match, line_start: int) -> Fact | None:
    if not prefix.group("place"):
        return None
    name = prefix.group("place").strip()
    commune = gazetteer.load().link_commune(name, [ctx.default_department] if ctx.default_department else [])
    if commune is None:
        commune = gazetteer.load().link_commune(name)
    span = Span(line_start + prefix.start("place"), line_start + prefix.start("place") + len(name))
    return Fact(commune if commune else name, span, confidence=DATELINE_PLACE if commune else UNLINKED_PLACE)
