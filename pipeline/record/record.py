"""Record assembly: turn extracted facts into the JSON record of SPEC.md.

Every value gets its evidence here: spans in the repaired text are mapped back to the raw
extracted text, so `raw[start:end] == quote` holds for the `<stem>.txt` written beside it.
"""
from __future__ import annotations

import hashlib
import re
from typing import Any

from ..reference import gazetteer
from ..facts.common import DATE_KINDS, NAMED_IN_SENTENCE, SECOND_DATE_KIND, UNLINKED_PLACE, CptsFacts, Extraction
from ..model import Fact, Ingested, Span, TextMap
from ..facts.name_groups import NamedCpts
from ..territory.perimeter import Area, CommuneRef, Territory
from .validate import is_partial_date

SCHEMA_VERSION = "1.0"
# Confidence of perimeter values (the others come with their facts, see facts/common.py; UNLINKED_PLACE)
LINKED = 0.9      # a commune the gazetteer links in its department or area; an EPCI found by its code, or a pays
AREA_COUNT = 0.9  # "Baud Communauté (5 communes)": a count in brackets right after its area
# Values on OCRed pages: the highest confidence they keep, by the OCR's mean word confidence (0-100).
# Measured once on 42 scans of the 21 golden communiqués rendered at 200 dpi, blurred and noised
# beyond `make fixtures`' scans (mean 59 to 93): from 92 up values were as right as typed text's;
# from 85 to 92 one in seven was wrong (CPTS names misread, datelines lost); under 85, four in ten.
OCR_CAPS = ((85.0, 0.6), (92.0, 0.85))
QUALIFIER_ORDER = {"exact": 0, "more_than": 1, "less_than": 1, "approx": 2}
PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}


class EvidenceMaker:
    def __init__(self, text_map: TextMap, ingested: Ingested):
        self.map = text_map
        self.page_starts = ingested.page_starts
        ocr = ingested.ocr
        self.ocr_pages = set(ocr.pages) if ocr else set()
        self.ocr_cap = next((cap for below, cap in OCR_CAPS if ocr and ocr.mean_confidence < below), None)

    def __call__(self, span: Span, confidence: float | None = None) -> dict[str, Any]:
        start, end = self.map.raw_span(span)
        evidence: dict[str, Any] = {"quote": self.map.raw[start:end], "start": start, "end": end}
        page = sum(1 for p in self.page_starts if p <= start) or 1
        if len(self.page_starts) > 1:
            evidence["page"] = page
        if confidence is not None:
            if self.ocr_cap is not None and page in self.ocr_pages:
                confidence = min(confidence, self.ocr_cap)
            evidence["confidence"] = round(confidence, 2)
        return evidence


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_header(source: str, data: bytes) -> dict[str, Any]:
    return {"source": source, "sha256": sha256(data)}


def build_record(source: str, data: bytes, ingested: Ingested, text_map: TextMap, lang: str,
                 named: list[NamedCpts], subjects: list[str], extraction: Extraction,
                 territories: dict[str, Territory], departments: dict[str, list[str]],
                 warnings: list[dict]) -> dict[str, Any]:
    ev = EvidenceMaker(text_map, ingested)
    document = document_header(source, data)
    document.update({
        "format": ingested.format,
        "language": lang,
        "pages": ingested.pages,
        "text_sha256": sha256(ingested.raw.encode("utf-8")),
        "ocr": _ocr(ingested),
        "repairs": [{"start": r.start, "end": r.end, "from": r.original, "to": r.to, "rule": r.rule}
                    for r in text_map.repairs],
        "published": _published(extraction, ev),
        "place": _place(extraction, ev),
    })
    ordered = [c for c in named if c.key in subjects] + [c for c in named if c.key not in subjects]
    cpts = [_cpts(c, c.key in subjects, extraction.cpts[c.key], territories.get(c.key),
                  departments[c.key], ev) for c in ordered]
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document,
        "cpts": cpts,
        "department_coverage": _coverage(extraction, ev),
        "warnings": warnings,
    }


def error_record(source: str, data: bytes | None, code: str, message: str, fmt: str | None = None) -> dict:
    document: dict[str, Any] = {"source": source, "sha256": sha256(data or b"")}
    if fmt:
        document["format"] = fmt
    return {"schema_version": SCHEMA_VERSION, "document": document,
            "error": {"code": code, "message": message}, "cpts": []}


def _ocr(ingested: Ingested) -> dict | None:
    if ingested.ocr is None:
        return None
    o = ingested.ocr
    return {"engine": o.engine, "lang": o.lang, "mean_confidence": round(o.mean_confidence, 1), "pages": o.pages}


def _published(extraction: Extraction, ev: EvidenceMaker) -> dict | None:
    fact = extraction.published
    if fact is None:
        return None
    return {"value": fact.value.iso(), "precision": fact.value.precision, "evidence": ev(fact.span, fact.confidence)}


def _place(extraction: Extraction, ev: EvidenceMaker) -> dict | None:
    fact = extraction.place
    if fact is None:
        return None
    if isinstance(fact.value, gazetteer.Commune):
        return {"name": fact.value.name, "insee": fact.value.insee, "evidence": ev(fact.span, fact.confidence)}
    return {"name": fact.value, "insee": None, "evidence": ev(fact.span, fact.confidence)}


def _cpts(named: NamedCpts, is_subject: bool, facts: CptsFacts, territory: Territory | None,
          departments: list[str], ev: EvidenceMaker) -> dict[str, Any]:
    return {
        "name": named.name,
        "key": named.key,
        "aliases": named.aliases,
        "role": "subject" if is_subject else "mentioned",
        "departments": departments,
        "population": quantity(facts.quantities.get("population"), ev),
        "communes_count": quantity(facts.quantities.get("communes_count"), ev),
        "professionals_count": quantity(facts.quantities.get("professionals_count"), ev),
        "structures_count": quantity(facts.quantities.get("structures_count"), ev),
        "rank_in_department": _rank(facts, ev),
        "dates": {kind: _date(facts.dates.get(kind), ev, {s for k, s in facts.farther_kinds if k == kind})
                  for kind in DATE_KINDS},
        "percentages": _percentages(facts, ev),
        "territory": _territory(_narrowed_to_count(territory, facts.quantities.get("communes_count")), ev,
                                facts.quantities.get("communes_count")),
        "people": [{"name": p.value["name"], "role": p.value["role"], "evidence": ev(p.span, p.confidence)}
                   for p in facts.people],
        "launch_place": _commune(facts.launch_places[0], ev) if facts.launch_places else None,
    }


def most_precise(facts: list[Fact]) -> Fact:
    """The figure with the most significant digits, exact before approximate, first if tied; a range's upper figure
    only when nothing else is said ("de 40 000 à 45 000 habitants": more than 40 000), the communes of an
    intercommunality only when no other count is ("... de la CC X, soit 79 communes"); of two as precise and as sure, a
    total ("Au total, 66 communes") before a part."""
    return min(facts, key=lambda f: (f.extra.get("range_top", False), f.extra.get("of_area", False), _rounding(f.value),
                                     QUALIFIER_ORDER.get(f.qualifier, 3), not f.extra.get("total", False), f.span.start))


def _rounding(value: float) -> int:
    """How round a figure is: 33 000 -> 3, 33 340 -> 1, 93.6 -> -1."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    if "." in text:
        return -len(text.split(".")[1])
    return len(text) - len(text.rstrip("0"))


def quantity(facts: list[Fact] | None, ev: EvidenceMaker) -> dict | None:
    if not facts:
        return None
    best = most_precise(facts)
    return {
        "value": best.value,
        "qualifier": best.qualifier,
        "evidence": ev(best.span, best.confidence),
        "mentions": [{"value": f.value, "qualifier": f.qualifier, "evidence": ev(f.span, f.confidence)}
                     for f in sorted(facts, key=lambda f: f.span.start)],
    }


def _named_first(fact: Fact) -> bool:
    """Between two candidates, the one whose CPTS is named in its sentence wins; the finer
    grades of confidence below that do not choose values."""
    return fact.confidence >= NAMED_IN_SENTENCE


def _rank(facts: CptsFacts, ev: EvidenceMaker) -> dict | None:
    if not facts.ranks:
        return None
    best = max(facts.ranks, key=lambda f: (_named_first(f), -f.span.start))
    return {"value": best.value, "department": best.extra["department"], "evidence": ev(best.span, best.confidence)}


def _date(facts: list[Fact] | None, ev: EvidenceMaker, farther: set[Span]) -> dict | None:
    """The most precise date of a kind; `farther`: spans that got this kind from a farther cue."""
    if not facts:
        return None
    # a value the contract cannot hold ("--07") only when there is no other: it is then left
    # out with a warning (validate.drop_invalid_values)
    best = min(facts, key=lambda f: (not is_partial_date(f.value), _borrowed_year_disagrees(f, facts),
                                     PRECISION_ORDER[f.qualifier], not _named_first(f), f.span.start))
    confidence = min(best.confidence, SECOND_DATE_KIND) if best.span in farther else best.confidence
    out = {"value": best.value, "precision": best.qualifier, "evidence": ev(best.span, confidence)}
    out.update(best.extra)
    return out


def _borrowed_year_disagrees(fact: Fact, facts: list[Fact]) -> bool:
    """A date whose year comes from the release's own date ("le 14 février") gives way to a date the text states in
    full, unless that one only says the same less precisely ("au premier trimestre 2025", "2025-02-14")."""
    return "year_from" in fact.extra and any(
        "year_from" not in other.extra and is_partial_date(other.value) and not other.value.startswith("--")
        and not fact.value.startswith(other.value)
        for other in facts)


def _percentages(facts: CptsFacts, ev: EvidenceMaker) -> list[dict]:
    out, seen = [], set()
    for f in facts.percentages:
        ident = (f.value, f.extra["kind"])
        if ident in seen:
            continue
        seen.add(ident)
        item = {"value": f.value, "kind": f.extra["kind"], "qualifier": f.qualifier, "evidence": ev(f.span, f.confidence)}
        if "population" in f.extra:
            item["population"] = f.extra["population"]
        out.append(item)
    return out


def _coverage(extraction: Extraction, ev: EvidenceMaker) -> list[dict]:
    out = []
    for department, facts in extraction.coverage.items():
        best = most_precise(facts)
        out.append({
            "department": department,
            "percent": best.value,
            "qualifier": best.qualifier,
            "evidence": ev(best.span, best.confidence),
            "mentions": [{"value": f.value, "qualifier": f.qualifier, "evidence": ev(f.span, f.confidence)}
                         for f in sorted(facts, key=lambda f: f.span.start)],
        })
    return out


def _commune(fact: Fact, ev: EvidenceMaker) -> dict:
    commune = fact.value
    return {"name": commune.name, "insee": commune.insee, "evidence": ev(fact.span, fact.confidence)}


def commune_name(ref: CommuneRef) -> str:
    """The official name when the text spells it the same but for accents and hyphens."""
    if ref.commune and gazetteer.fold(ref.commune.name) == gazetteer.fold(ref.name):
        return ref.commune.name
    return re.sub(r"['’]", "'", ref.name) if ref.commune is None else ref.name


def _commune_ref(ref: CommuneRef, ev: EvidenceMaker) -> dict:
    return {"name": commune_name(ref), "insee": ref.commune.insee if ref.commune else None,
            "evidence": ev(ref.span, LINKED if ref.commune else UNLINKED_PLACE)}


def _narrowed_to_count(territory: Territory | None, count: list[Fact] | None) -> Territory | None:
    """An intercommunality with more communes than the CPTS is said to cover is only part of
    its perimeter ("40 communes" on a CA of 90): not the whole of it."""
    if territory is None or not count:
        return territory
    stated = most_precise(count)
    if stated.qualifier == "more_than" or any(a.communes_count and a.communes_count[1].start <= stated.span.start < a.communes_count[1].end
                                              for a in territory.areas):
        return territory  # "CC X : 9 communes" is that area's count, not the CPTS's
    if any(0 <= area.span.start - stated.span.end <= PART_REACH for area in territory.areas):
        return territory  # "la CC X et deux communes de la CC Y": the count of a part of Y

    gaz = gazetteer.load()
    for area in territory.areas:
        epci = gaz.epci(area.code) if area.code and area.extent == "full" else None
        if epci and len(epci.members) - len(area.excepted) > stated.value * COUNT_TOLERANCE:
            area.extent = "partial"
    return territory


COUNT_TOLERANCE = 1.1  # "une trentaine de communes" may round the count down a little
PART_REACH = 8  # characters between a count and the area it counts a part of: " de la "


def _territory(territory: Territory | None, ev: EvidenceMaker, count: list[Fact] | None) -> dict:
    if territory is None:
        return {"areas": [], "communes": [], "resolved": None}
    return {
        "areas": [_area(a, ev) for a in territory.areas],
        "communes": [_commune_ref(r, ev) for r in territory.communes()],
        "resolved": _measured_against_count(resolve(territory), territory, count),
    }


FEWER_THAN_STATED = 3  # communes: a perimeter this much smaller than the count the text gives is not all of it
MOST_COMMUNES = 500  # no CPTS covers more


def _measured_against_count(resolved: dict | None, territory: Territory, count: list[Fact] | None) -> dict | None:
    """A perimeter against the number of communes the text gives the CPTS: a few towns named as if they were
    all of it ("Draguignan" of 35 communes, four of 16), with no whole intercommunality, are no perimeter; a
    list shorter than the count is not the whole of it."""
    if resolved is None or not count:
        return resolved
    stated = most_precise(count).value
    if stated > MOST_COMMUNES:
        return resolved  # "Communes : 72800 Le Lude": a postcode read as a count
    whole_area = any(area.extent == "full" and area.code for area in territory.areas)
    if resolved["complete"] and not whole_area and resolved["count"] * 2 < stated:
        return None  # a list said to be some of them ("12 communes, dont A et B") stays, open
    if stated - resolved["count"] >= FEWER_THAN_STATED:
        resolved["complete"] = False
    return resolved


def _area(area: Area, ev: EvidenceMaker) -> dict:
    return {
        "kind": area.kind,
        "name": area.name,
        "code": area.code,
        "extent": area.extent,
        "part": area.part,
        "communes_count": _area_count(area, ev),
        "listed": [_commune_ref(r, ev) for r in area.listed],
        "except": [_commune_ref(r, ev) for r in area.excepted],
        "evidence": ev(area.span, LINKED if area.code or area.kind != "epci" else UNLINKED_PLACE),
    }


def _area_count(area: Area, ev: EvidenceMaker) -> dict | None:
    if area.communes_count is None:
        return None
    value, span = area.communes_count
    return quantity([Fact(value, span, "exact", confidence=AREA_COUNT)], ev)


def resolve(territory: Territory) -> dict | None:
    """INSEE codes of the perimeter: full areas minus exceptions, plus listed and loose communes."""
    gaz = gazetteer.load()
    codes: set[str] = set()
    complete = True
    for area in territory.areas:
        epci = gaz.epci(area.code) if area.code else None
        if area.extent == "full" and epci:
            excluded = {r.commune.insee for r in area.excepted if r.commune}
            codes.update(c for c in epci.members if c not in excluded)
            complete &= all(r.commune for r in area.excepted)
        else:
            codes.update(r.commune.insee for r in area.listed if r.commune)
            complete &= bool(area.listed) and not area.open_ended
            complete &= all(r.commune for r in area.listed)
    codes.update(r.commune.insee for r in territory.loose if r.commune)
    complete &= all(r.commune for r in territory.loose) and not territory.loose_open_ended
    if not codes:
        return None
    return {"insee": sorted(codes), "complete": complete, "count": len(codes)}
