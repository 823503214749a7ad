"""Percentages said of a CPTS, and the share of a department covered by CPTS.
"""
from __future__ import annotations

import re

from ..context import Context
from ..model import Fact, Span
from ..numbers import percent_after, qualifier_before
from .common import DEPARTMENT_FIGURE, NAMED_IN_SENTENCE, PERCENT_UNNAMED, Extraction, attribution_confidence

COVERAGE_CUES = re.compile(
    r"couverte?s?\s+par\s+(?:une|des|les)\s+CPTS|désormais\s+couvert|vit\s+sur\s+un\s+territoire|"
    r"viv\w*\s+(?:désormais\s+)?sur\s+(?:le|un)\s+territoire|territoire\s+d['’]une\s+CPTS|live\w*\s+in\s+(?:an?\s+)?(?:area|territory)|"
    r"couverture|covered\s+by\s+(?:a|the)?\s*CPTS|now\s+covered|lives?\s+in\s+an?\s+(?:area|territory)|"
    r"organisation\s+des\s+soins|care\s+organi[sz]ation", re.IGNORECASE)
WITHOUT_GP_CUES = re.compile(
    r"médecin\s+traitant|équipe\s+traitante|sans\s+médecin|dépourvus?|n['’]en\s+(?:bénéficient|ont)\s+pas|"
    r"general\s+practitioner|\bGP\b|family\s+doctor|attending\s+(?:physician|doctor)|without\s+a\s+doctor",
    re.IGNORECASE)
SHARE_CUES = re.compile(r"de\s+la\s+population|of\s+the\s+population|population\s+(?:du|de|of)", re.IGNORECASE)
AGE_GROUP = re.compile(
    r"(?:âgés?\s+)?de\s+((?:plus|moins)\s+de\s+\d+\s+ans|\d+\s+ans\s+et\s+plus)"
    r"|(?:aged\s+)?((?:over|under)\s+\d+(?:\s+years(?:\s+old)?)?|\d+\s+and\s+over)", re.IGNORECASE)
FULL_COVERAGE = re.compile(
    r"intégralement\s+couvert|couverture\s+intégrale|entièrement\s+couvert|totalement\s+couvert|"
    r"100\s?%\s+CPTS|fully\s+covered|entirely\s+covered|full\s+coverage", re.IGNORECASE)


def extract_percentages(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for number in ctx.numbers:
        pct_end = percent_after(text, number.end)
        if pct_end is None or not 0 <= number.value <= 100:
            continue
        qualifier, q_start = qualifier_before(text, number.start, ctx.lang)
        span = Span(q_start, pct_end)
        sentence = ctx.sentence_at(number.start)
        words = text[sentence.start:sentence.end]
        if FULL_COVERAGE.search(words) or COVERAGE_CUES.search(words) and not re.search(r"cette\s+CPTS|this\s+CPTS", words):
            department = _department_of(ctx, sentence)
            if department:
                result.coverage[department].append(Fact(number.value, span, qualifier, confidence=DEPARTMENT_FIGURE))
            continue
        key = ctx.target_for(span)
        if key is None:
            continue
        kind, extra = _percentage_kind(text, words, number.end)
        confidence = attribution_confidence(ctx, span, key)
        confidence = confidence if confidence == NAMED_IN_SENTENCE else min(confidence, PERCENT_UNNAMED)
        result.cpts[key].percentages.append(
            Fact(number.value, span, qualifier, extra=dict(kind=kind, **extra), confidence=confidence))
    for m in FULL_COVERAGE.finditer(text):
        if re.match(r"100\s?%", m.group()):
            continue  # counted above as a percentage
        sentence = ctx.sentence_at(m.start())
        department = _department_of(ctx, sentence)
        if department:
            result.coverage[department].append(Fact(100, Span(m.start(), m.end()), "exact", confidence=DEPARTMENT_FIGURE))


def _percentage_kind(text: str, sentence_text: str, number_end: int) -> tuple[str, dict]:
    if WITHOUT_GP_CUES.search(sentence_text):
        extra = {}
        age = AGE_GROUP.search(text, number_end, number_end + 80)
        if age:
            extra["population"] = " ".join((age.group(1) or age.group(2)).split())
        return "population_without_gp", extra
    if SHARE_CUES.search(text[number_end:number_end + 60]):
        return "share_of_department_population", {}
    return "other", {}


def _department_of(ctx: Context, sentence: Span) -> str | None:
    named = [d.code for d in ctx.departments if sentence.start <= d.span.start < sentence.end]
    return named[0] if named else ctx.default_department
