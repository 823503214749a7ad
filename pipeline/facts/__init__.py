"""What the text says of each CPTS: names, numbers, dates, people, percentages, ranks, each
kept with its span for the evidence. One module per fact family; `context` tells whose a fact is."""
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
