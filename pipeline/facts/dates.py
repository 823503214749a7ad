"""Dates of a CPTS's life (launch, ACI signature, health project, letter of intent, statutes),
kinded by the event words of their clause.
"""
from __future__ import annotations

import re

from ..context import Context
from ..dates import DateMatch, find_dates
from ..model import Fact, Span
from .common import Extraction, attribution_confidence

ACI_TERMS = (r"\bACI\b|accord\s+conventionnel\s+interprofessionnel|accord[\s-]+cadre\s+interprofessionnel|"
             r"accord\s+interprofessionnel|contrat\s+(?:ACI|tripartite|de\s+partenariat)|interprofessional\s+agreement|"
             r"partnership\s+(?:contract|agreement)")
DATE_CUES = {
    "launch": r"lanc(?:ée?s?|ement)\b|launch|inaugur|naissance|\bborn\b|voit\s+le\s+jour|démarr|kick(?:ed)?[\s-]off",
    "aci_signature": ACI_TERMS,
    "health_project": r"projet\s+de\s+santé|health\s+project",
    "letter_of_intent": r"lettre\s+d['’]\s*intention|letter\s+of\s+intent",
    "statutes": r"statuts|statutes|assemblée\s+(?:générale\s+)?constitutive|constitutive\s+(?:general\s+)?assembly|"
                r"(?:création|constitution)\s+de\s+l['’]association",
}
SIGNING = re.compile(r"sign|paraph|conclu", re.IGNORECASE)
NOT_A_SIGNATURE = re.compile(r"parution|journal\s+officiel|publication|publié|published|official\s+journal", re.IGNORECASE)


def extract_dates(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    dates = [d for d in find_dates(text, ctx.lang) if not _is_dateline(result, d)]
    table = _date_table_labels(text, dates)
    for i, date in enumerate(dates):
        if date.precision == "day" and date.year is None and date.month is None:
            continue
        context, offset = table.get(i, (None, None))
        kinds = _date_kinds(text, dates, i, context, offset)
        if not kinds:
            continue
        span = Span(date.start, date.end)
        key = ctx.target_for(span) if context is None else ctx.focus_at(date.start)
        if key is None:
            continue
        value, extra = _date_value(date, result.published)
        for kind in kinds:
            fact = Fact(value, span, date.precision, extra=extra, confidence=attribution_confidence(ctx, span, key))
            result.cpts[key].dates[kind].append(fact)
        if context is None and _shares_sentence(text, dates, i):
            result.cpts[key].farther_kinds.update((kind, span) for kind in kinds[1:])


def _shares_sentence(text: str, dates: list[DateMatch], i: int) -> bool:
    """Whether another date stands in the sentence of dates[i]."""
    start = _clause_bound(text, dates[i].start, backwards=True)
    end = _clause_bound(text, dates[i].end, backwards=False)
    return (i > 0 and dates[i - 1].end > start) or (i + 1 < len(dates) and dates[i + 1].start < end)


def _is_dateline(result: Extraction, date: DateMatch) -> bool:
    return result.published is not None and result.published.span.start <= date.start < result.published.span.end


def _date_value(date: DateMatch, published: Fact | None) -> tuple[str, dict]:
    if date.year is None and published is not None and published.value.year is not None:
        return date.iso(published.value.year), {"year_from": "published"}
    return date.iso(), {}


def _date_kinds(text: str, dates: list[DateMatch], i: int, label: str | None, offset: int | None) -> list[str]:
    date = dates[i]
    if label is not None:
        return _kinds_in(label, 0, len(label), len(label))
    sentence_start = _clause_bound(text, date.start, backwards=True)
    sentence_end = _clause_bound(text, date.end, backwards=False)
    prev_end = dates[i - 1].end if i > 0 and dates[i - 1].end > sentence_start else sentence_start
    next_start = dates[i + 1].start if i + 1 < len(dates) and dates[i + 1].start < sentence_end else sentence_end
    own = text[prev_end:next_start]
    kinds = _kinds_in(own, date.start - prev_end, date.end - prev_end, len(own))
    if kinds:
        return kinds
    whole = text[sentence_start:sentence_end]
    return _kinds_in(whole, date.start - sentence_start, date.end - sentence_start, len(whole), nearest_only=True)


def _kinds_in(context: str, date_start: int, date_end: int, length: int, nearest_only: bool = False) -> list[str]:
    if NOT_A_SIGNATURE.search(context) and not re.search(DATE_CUES["launch"], context, re.IGNORECASE):
        return []
    found: list[tuple[int, str]] = []
    for kind, pattern in DATE_CUES.items():
        for m in re.finditer(pattern, context, re.IGNORECASE):
            if kind == "aci_signature" and not SIGNING.search(context) and "ACI" not in m.group():
                continue
            distance = date_start - m.end() if m.end() <= date_start else m.start() - date_end + 1000
            found.append((distance, kind))
    if not found:
        return []
    found.sort()
    kinds = [found[0][1]]
    if not nearest_only:
        others = {k for _, k in found[1:]}
        if "launch" in others and kinds[0] != "launch":
            kinds.append("launch")  # "a signé l'ACI, acte de naissance de la CPTS"
        if kinds[0] == "launch":
            kinds += [k for k in ("aci_signature",) if k in others]
    return kinds


def _clause_bound(text: str, pos: int, backwards: bool) -> int:
    """The start or end of the sentence around pos, cut at blank lines and sentence ends."""
    if backwards:
        cut = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), text.rfind(".\n", 0, pos))
        return cut + 1 if cut >= 0 else 0
    ends = [i for i in (text.find(". ", pos), text.find("\n\n", pos), text.find(".\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _date_table_labels(text: str, dates: list[DateMatch]) -> dict[int, tuple[str, int]]:
    """Dates laid out as a column ("07/04/2019 :" lines) with their labels in a later column.

    OCR of a two-column table gives all the dates first, then all the labels; pair them in
    order when the counts agree.
    """
    lines = list(re.finditer(r"[^\n]+", text))
    date_only = {}
    for i, date in enumerate(dates):
        line = next((ln for ln in lines if ln.start() <= date.start < ln.end()), None)
        if line and re.fullmatch(r"\s*[:\-–]?\s*", text[line.start():date.start] + text[date.end:line.end()]):
            date_only[line.start()] = i
    runs, current = [], []
    for ln in lines:
        if ln.start() in date_only:
            current.append(ln)
        elif ln.group().strip():
            if len(current) >= 2:
                runs.append((current, ln))
            current = []
    pairs = {}
    for run, first_label in runs:
        labels = [ln for ln in lines if ln.start() >= first_label.start() and ln.group().strip()][:len(run)]
        if len(labels) == len(run) and all(ln.start() not in date_only for ln in labels):
            for date_line, label in zip(run, labels):
                pairs[date_only[date_line.start()]] = (label.group(), label.start())
    return pairs
