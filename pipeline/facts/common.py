"""What every fact extractor shares: the facts found per CPTS, and how sure a value is.

The confidence constants are measured by pipeline/calibration.py against the golden records;
0.9 and above must be right 95% of the time.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .context import Context
from ..model import Fact, Span

DATE_KINDS = ("launch", "aci_signature", "health_project", "letter_of_intent", "statutes")

NAMED_IN_SENTENCE = 0.95  # the CPTS is named in the value's own sentence
BY_FOCUS = 0.9            # no CPTS named in the sentence: the value goes to the one the text is speaking of
OTHER_CPTS_NAMED = 0.85   # the sentence names another CPTS than the one the value was given to
PERCENT_UNNAMED = 0.85    # a percentage in a sentence that names no CPTS: often the department's or the nation's
SECOND_DATE_KIND = 0.5    # a kind from the farther cue of a sentence with another date: the cue may be the other date's
UNLINKED_PLACE = 0.5      # a place name the gazetteer cannot link (unknown, or a homonym the context leaves open)
DATELINE = 0.95           # the release's date: a line of its own near the top that holds only place and date
DATELINE_PLACE = 0.9      # the dateline's place, linked to a commune
DEPARTMENT_FIGURE = 0.9   # a department's coverage, given to the department its sentence names (else the release's)



@dataclass
class CptsFacts:
    quantities: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    dates: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    percentages: list[Fact] = field(default_factory=list)
    ranks: list[Fact] = field(default_factory=list)
    people: list[Fact] = field(default_factory=list)
    launch_places: list[Fact] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    farther_kinds: set[tuple[str, Span]] = field(default_factory=set)  # (kind, date span): SECOND_DATE_KIND


@dataclass
class Extraction:
    cpts: dict[str, CptsFacts]
    coverage: dict[str, list[Fact]]          # department code -> facts
    published: Fact | None = None            # value: DateMatch
    place: Fact | None = None                # value: gazetteer.Commune or name


def attribution_confidence(ctx: Context, span: Span, key: str) -> float:
    """How sure it is that a value at `span` is this CPTS's: by who the sentence names."""
    named = ctx.explicit_target(span)
    if named == key:
        return NAMED_IN_SENTENCE
    return BY_FOCUS if named is None else OTHER_CPTS_NAMED
