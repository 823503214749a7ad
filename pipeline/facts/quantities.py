"""Quantities: inhabitants, communes, health professionals and structures of a CPTS.

A number counts what the words right after it name ("33 340 habitants"), or what a label
before it says ("Population : 33 340"); figures of a larger place or of one town are left out.
"""
from __future__ import annotations

import re

from ..context import Context
from ..model import Fact, Span
from ..numbers import percent_after, qualifier_before
from .common import Extraction, attribution_confidence

UNIT_AFTER = [
    ("population", r"(?:d['’]\s*)?(?:habitants?|inhabitants?|residents?|administrés|personnes|people)\b"),
    ("communes_count", r"(?:communes?|municipalit(?:y|ies)|towns|villages)\b"),
    ("professionals_count", r"(?:professionnel(?:le)?s|health\s+professionals|healthcare\s+professionals|"
                            r"professionals|soignants|adhérents|members)\b"),
    ("structures_count", r"(?:structures|établissements|establishments|facilities|maisons\s+de\s+santé|"
                         r"centres\s+de\s+santé|pôles\s+de\s+santé|MSP|(?:multi-professional\s+)?health\s+cent(?:re|er)s)\b"),
]
LABEL_BEFORE = [
    ("population", r"(?:population(?:\s+(?:couverte|concernée|totale|covered))?|nombre\s+d['’]habitants|habitants|inhabitants)\s*:\s*$"),
    ("communes_count", r"(?:nombre\s+de\s+communes|communes|municipalities)\s*:\s*$"),
    ("professionals_count", r"(?:nombre\s+de\s+professionnels|professionnels(?:\s+de\s+santé)?|adhérents|members)\s*:\s*$"),
    ("population", r"\b(?:une\s+population\s+de|a\s+population\s+of|bassin\s+de\s+(?:vie|population)\s+de)\s+$"),
]
ALL_COMMUNES_OF = re.compile(
    r"\b(?:couvr\w*|cover\w*|regroup\w*|rassembl\w*|compren\w*|englob\w*|spans?|sur|across|sont|are)\s+(?:les|the)\s+$",
    re.IGNORECASE)
AREA_AFTER_COMMUNES = re.compile(
    r"\s+(?:de\s+la|du|des|of\s+the|in\s+the)\s+(?:communauté|community|métropole|agglomération|"
    r"CC\b|CA\b|intercommunalité)", re.IGNORECASE)
PLACE_BEFORE = re.compile(
    r"\b(?:ville|commune|city|town|village|ville-centre|chef-lieu|préfecture|bourg)\b[^,;()]{0,40}$"
    r"|\bqui\s+compte\s+$|\bpeuplée?\s+de\s+$", re.IGNORECASE)


def extract_quantities(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for number in ctx.numbers:
        if ctx.inside_name(number.start) or percent_after(text, number.end) is not None:
            continue
        kind, unit_end = _quantity_kind(text, number.start, number.end)
        if kind is None or _about_something_else(text, kind, number.start, unit_end):
            continue
        qualifier, q_start = qualifier_before(text, number.start, ctx.lang)
        span = Span(q_start, unit_end)
        key = ctx.target_for(span)
        if key is None:
            continue
        fact = Fact(number.value, span, qualifier, confidence=attribution_confidence(ctx, span, key))
        result.cpts[key].quantities[kind].append(fact)


def _quantity_kind(text: str, start: int, end: int) -> tuple[str | None, int]:
    after = text[end:end + 60]
    for kind, pattern in UNIT_AFTER:
        m = re.match(r"[\s\u00a0]*(?:de\s+|d['’])?" + pattern, after, re.IGNORECASE)
        approx_noun = not any(ch.isdigit() for ch in text[start:end])  # "une centaine de professionnels"
        if m and (approx_noun or kind == "population" or not m.group().lstrip().lower().startswith(("de ", "d'", "d’"))):
            unit_end = end + m.end()
            if kind == "professionals_count":
                tail = re.match(r"\s+de\s+(?:la\s+)?santé(?:\s+libéraux)?", text[unit_end:unit_end + 30])
                unit_end += tail.end() if tail else 0
            return kind, unit_end
    before = text[max(0, start - 40):start]
    for kind, pattern in LABEL_BEFORE:
        if re.search(pattern, before, re.IGNORECASE):
            return kind, end
    return None, end


def _about_something_else(text: str, kind: str, start: int, unit_end: int) -> bool:
    if kind == "communes_count" and AREA_AFTER_COMMUNES.match(text, unit_end):
        # "8 communes de la communauté de communes X" is a part of an area; "couvre les 24
        # communes de la communauté de communes X" is all of it, and so the CPTS's count
        return not ALL_COMMUNES_OF.search(text[max(0, start - 40):start])
    if kind in ("population", "communes_count") and _said_of_a_larger_place(text, start):
        return True
    if kind == "population":
        clause_start = max(text.rfind(c, 0, start) for c in ",;(\n")
        return bool(PLACE_BEFORE.search(text[max(clause_start, start - 60):start]))
    return False


# "Le département des Landes compte 420 000 habitants", "The Vosges department has ...":
# figures of the department, the region or the country, not of a CPTS.
LARGER_PLACE_SUBJECT = re.compile(
    r"\b(?:le\s+département|département\s+(?:de|du|des)|department|la\s+région|region|la\s+France|France|"
    r"à\s+l['’]échelle\s+nationale|nationwide|nationally)\b", re.IGNORECASE)


def _said_of_a_larger_place(text: str, start: int) -> bool:
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    before = text[sentence_start + 1:start]
    return bool(LARGER_PLACE_SUBJECT.search(before)) and not re.search(
        r"\bCPTS\b|communauté|community|territoire|territory", before, re.IGNORECASE)
