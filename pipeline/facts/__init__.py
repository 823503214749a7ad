"""Fact extraction: every fact the text states, attributed to the CPTS it is about.

One module per fact family; each walks the repaired text, finds candidates with the number,
date and name parsers, decides what kind of fact each is from the words around it, and asks
the `Context` which CPTS it belongs to. Facts keep their span so evidence can quote them.
"""
from __future__ import annotations

from collections import defaultdict

from .context import Context
from .common import DATE_KINDS, CptsFacts, Extraction
from .events import extract_dates
from .people import extract_people
from .percentages import extract_percentages
from .launch_places import extract_launch_places, find_dateline
from .quantities import extract_quantities
from .ranks import extract_ranks

__all__ = ["DATE_KINDS", "CptsFacts", "Extraction", "extract_fields"]


def extract_fields(ctx: Context) -> Extraction:
    result = Extraction({c.key: CptsFacts() for c in ctx.cpts}, defaultdict(list))
    result.published, result.place = find_dateline(ctx)
    extract_quantities(ctx, result)
    extract_percentages(ctx, result)
    extract_dates(ctx, result)
    extract_ranks(ctx, result)
    extract_people(ctx, result)
    extract_launch_places(ctx, result)
    return result
