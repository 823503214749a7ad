"""A CPTS's rank in its department ("la troisième CPTS du département").
"""
from __future__ import annotations

import re

from ..context import Context
from ..model import Fact, Span
from ..patterns import word_alternation
from .common import Extraction, attribution_confidence

ORDINALS = {
    "premier": 1, "première": 1, "premiere": 1, "first": 1, "deuxième": 2, "deuxieme": 2, "second": 2,
    "seconde": 2, "troisième": 3, "troisieme": 3, "third": 3, "quatrième": 4, "quatrieme": 4,
    "fourth": 4, "cinquième": 5, "cinquieme": 5, "fifth": 5, "sixième": 6, "sixieme": 6, "sixth": 6,
    "septième": 7, "septieme": 7, "seventh": 7, "huitième": 8, "huitieme": 8, "eighth": 8,
    "neuvième": 9, "neuvieme": 9, "ninth": 9, "dixième": 10, "dixieme": 10, "tenth": 10,
    "onzième": 11, "eleventh": 11, "douzième": 12, "twelfth": 12,
}
RANK_RE = re.compile(
    r"\b(?:(?P<word>" + word_alternation(ORDINALS) + r")"
    r"|(?P<num>\d{1,2})\s?(?:ème|eme|è|e|er|ère|re|th|st|nd|rd|°))\b"
    r"(?P<gap>(?:\s+[\w'’-]+){0,2}?)\s+(?:CPTS|communauté|community|projet|project|territorial\s+professional)",
    re.IGNORECASE)
NOT_DEPARTMENT_RANK = re.compile(r"\b(?:région|region|régional|France|national|nationale|country)\b", re.IGNORECASE)
IN_THE_DEPARTMENT = re.compile(r"\b(?:du|dans\s+le|le|in\s+the|of\s+the)\s+(?:département|department)\b", re.IGNORECASE)


def extract_ranks(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for m in RANK_RE.finditer(text):
        if ctx.inside_name(m.start()):
            continue
        value = ORDINALS.get(m.group("word").lower()) if m.group("word") else int(m.group("num"))
        if not value:
            continue
        sentence = ctx.sentence_at(m.start())
        words = text[sentence.start:sentence.end]
        if NOT_DEPARTMENT_RANK.search(words):
            continue
        department = _rank_department(ctx, sentence, m.end())
        if department is None:
            continue
        span = Span(m.start(), m.end())
        key = ctx.target_for(span)
        if key:
            result.cpts[key].ranks.append(Fact(value, span, extra={"department": department},
                                               confidence=attribution_confidence(ctx, span, key)))


def _rank_department(ctx: Context, sentence: Span, after: int) -> str | None:
    named = [d.code for d in ctx.departments if after <= d.span.start < sentence.end and not ctx.inside_name(d.span.start)]
    if named:
        return named[0]
    if IN_THE_DEPARTMENT.search(ctx.text, after, sentence.end):
        return ctx.default_department
    return None
