"""Plain data types passed between the stages of the pipeline.

The text travels in two forms: `raw` is what ingestion extracted (the `<stem>.txt` written
beside each record, what evidence offsets point into) and `text` is the repaired form that
extraction reads. `TextMap` turns an offset in the repaired text back into the raw text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) in the repaired text."""

    start: int
    end: int

    def union(self, other: "Span") -> "Span":
        return Span(min(self.start, other.start), max(self.end, other.end))


NAME_REACH = 200  # characters: longer than any CPTS's name, and than the gap between a name and what it heads


def starting_between(spans: list[Span], start: int, end: int) -> list[Span]:
    """The spans (in text order) that start from `start` and before `end`: a long list of names is
    searched for those near a place, not read whole at each place (the square of its length)."""
    return spans[bisect.bisect_left(spans, start, key=_start_of):bisect.bisect_left(spans, end, key=_start_of)]


def _start_of(span: Span) -> int:
    return span.start


def longest_without_overlap(candidates: list) -> list:
    """Of matches that may overlap (anything with `start` and `end`), the longest first, each kept
    if it overlaps none kept before; returned in text order. Kept matches never overlap, so each
    candidate is checked against its two neighbours only: linear in practice, not quadratic."""
    kept: list = []
    starts: list[int] = []
    for match in sorted(candidates, key=lambda m: (m.start - m.end, m.start)):
        i = bisect.bisect_left(starts, match.start)
        clear_before = i == 0 or kept[i - 1].end <= match.start
        clear_after = i == len(kept) or match.end <= kept[i].start
        if clear_before and clear_after:
            kept.insert(i, match)
            starts.insert(i, match.start)
    return kept


@dataclass(frozen=True)
class Repair:
    """One change made to the raw text: raw[start:end] became `to`."""

    start: int
    end: int
    original: str
    to: str
    rule: str


def proposed(raw: str, start: int, end: int, to: str, rule: str) -> Repair:
    """A repair rule's proposal: raw[start:end] becomes `to`."""
    return Repair(start, end, raw[start:end], to, rule)


@dataclass
class OcrInfo:
    engine: str
    lang: str
    mean_confidence: float
    pages: list[int]


@dataclass
class Ingested:
    """What ingestion read from one input file."""

    raw: str
    format: str
    pages: int | None = None
    ocr: OcrInfo | None = None
    page_starts: list[int] = field(default_factory=list)  # raw offset where each page begins


class TextMap:
    """Maps offsets of the repaired text back to the raw text.

    Built from the repairs applied to the raw text, sorted and non-overlapping.
    """

    def __init__(self, raw: str, repairs: list[Repair]):
        self.raw = raw
        self.repairs = sorted(repairs, key=lambda r: r.start)
        pieces: list[str] = []
        # For each repair: (start in repaired text, end in repaired text, repair)
        self._spans: list[tuple[int, int, Repair]] = []
        raw_pos = 0
        out_len = 0
        for rep in self.repairs:
            pieces.append(raw[raw_pos:rep.start])
            out_len += rep.start - raw_pos
            self._spans.append((out_len, out_len + len(rep.to), rep))
            pieces.append(rep.to)
            out_len += len(rep.to)
            raw_pos = rep.end
        pieces.append(raw[raw_pos:])
        self.text = "".join(pieces)
        self._starts = [s for s, _, _ in self._spans]

    def to_raw(self, pos: int, is_end: bool = False) -> int:
        """Raw offset of a repaired-text offset; positions inside a repair widen to it."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        start, end, rep = self._spans[i]
        if pos >= end:
            return rep.end + (pos - end)
        if pos == start:
            return rep.start
        return rep.end if is_end else rep.start

    def raw_span(self, span: Span) -> tuple[int, int]:
        start = self.to_raw(span.start)
        end = self.to_raw(span.end, is_end=True)
        return start, max(start, end)


@dataclass
class Fact:
    """One extracted value with where it came from."""

    value: Any
    span: Span
    qualifier: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8


@dataclass(frozen=True)
class NumberMatch:
    """A number found in the text, with its value."""

    value: int | float  # int when integral
    start: int
    end: int
    text: str
