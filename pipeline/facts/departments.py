"""The departments of each CPTS: named where the text says where a CPTS is.
"""
from __future__ import annotations

import re

from ..context import Context
from .common import Extraction

TERRITORY_CUES = re.compile(
    r"couvr|concern|territoire|habitants|communes|regroup|s['’]étend|compren|englob|"
    r"cover|area|inhabitants|municipalit|territory|includes", re.IGNORECASE)
CPTS_REFERENCE = re.compile(r"\bCPTS\b|communauté|community", re.IGNORECASE)
# A department named after an institution or a profession is not where the CPTS lies.
INSTITUTION_BEFORE = re.compile(
    r"(?:professionnel|médecin|santé|ARS|CPAM|Assurance|caisse|hôpital|CHU|hospitalier|SAMU|agence|"
    r"préfecture|conseil|direction|délégation|insurance|agency|hospital)\w*\s+(?:de\s+la|du|de\s+l['’]|de|des|of|in)?\s*$",
    re.IGNORECASE)


def extract_departments(ctx: Context, result: Extraction) -> None:
    """Departments named where the text says where a CPTS is; else the document's own."""
    text = ctx.text
    for dep in ctx.departments:
        if ctx.inside_name(dep.span.start) or INSTITUTION_BEFORE.search(text[max(0, dep.span.start - 40):dep.span.start]):
            continue
        sentence = ctx.sentence_at(dep.span.start)
        words = text[sentence.start:sentence.end]
        if not TERRITORY_CUES.search(words) or not CPTS_REFERENCE.search(words):
            continue
        key = ctx.explicit_target(dep.span)
        if key is None:
            continue
        if dep.code not in result.cpts[key].departments:
            result.cpts[key].departments.append(dep.code)
