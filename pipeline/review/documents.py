"""A folder of records read for review: each document's record, text and evidenced values
(checked against the text, so a page never draws a value on the wrong words), and the text
cut into highlighted segments."""
from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..record.validate import evidence_problem, evidenced_values, json_path, schema_errors



REVIEW_BELOW = 0.9  # SPEC: values at 0.9 or more should be right 9 times in 10

# Field family (CSS class `f-<family>`) -> legend label; the record key that decides the family.
FAMILIES = {
    "published": "publication date", "place": "dateline place", "population": "population",
    "counts": "counts (communes, professionals, structures)", "rank": "rank in department",
    "dates": "dates", "percentages": "percentages", "coverage": "department coverage",
    "people": "people", "launch_place": "launch place", "area": "territory areas",
    "commune": "communes", "except": "communes excepted", "other": "other",
}
FAMILY_OF_KEY = {
    "published": "published", "place": "place", "population": "population",
    "communes_count": "counts", "professionals_count": "counts", "structures_count": "counts",
    "rank_in_department": "rank", "dates": "dates", "percentages": "percentages",
    "department_coverage": "coverage", "people": "people", "launch_place": "launch_place",
    "areas": "area", "listed": "commune", "communes": "commune", "except": "except",
}
DETAILS = ("qualifier", "precision", "kind", "extent", "part", "role", "department", "insee", "code",
           "year_from", "population")
DETAIL_LABELS = {"department": "department ", "insee": "INSEE ", "code": "SIREN ", "year_from": "year from "}


def esc(text: Any) -> str:
    """HTML-escaped text; a carriage return as a reference, which the parser keeps as it is."""
    return html.escape(str(text)).replace("\r", "&#13;")


# --- values -----------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)  # compared by identity: two mentions may hold equal data
class Value:
    """One value of a record that carries evidence, and where it sits in the record."""

    id: str  # "v12", the anchor of its first highlighted segment
    cpts: str | None  # the CPTS key; None for the document's own values
    field: str  # "population.mentions[1]"
    family: str
    data: dict

    @property
    def evidence(self) -> dict:
        return self.data["evidence"] if isinstance(self.data["evidence"], dict) else {}

    @property
    def span(self) -> tuple[int, int]:
        start, end = self.evidence.get("start"), self.evidence.get("end")
        return (start, end) if isinstance(start, int) and isinstance(end, int) else (-1, -1)

    @property
    def confidence(self) -> float | None:
        confidence = self.evidence.get("confidence")
        return float(confidence) if isinstance(confidence, (int, float)) else None

    def title(self) -> str:
        """"centre-21 · population: 274922 (exact) · confidence 0.85"."""
        sure = "no confidence" if self.confidence is None else f"confidence {self.confidence:g}"
        return f"{self.cpts or 'document'} · {self.field}: {describe(self.data, self.family)} · {sure}"


def evidence_values(record: dict) -> list[Value]:
    """Every value of the record holding an "evidence" object, numbered v1, v2 ... in record order."""
    values: list[Value] = []
    for path, data in evidenced_values(record):
        cpts, parts = _owner(record, path)
        values.append(Value(f"v{len(values) + 1}", cpts, json_path(parts), _family(parts), data))
    return values


def _owner(record: dict, path: tuple) -> tuple[str | None, tuple]:
    """The key of the CPTS the value belongs to (None for the document), and its path inside it."""
    if path[:1] == ("cpts",) and len(path) > 1:
        return str(record["cpts"][path[1]].get("key") or f"cpts[{path[1]}]"), path[2:]
    return None, path[1:] if path[:1] == ("document",) else path


def _family(parts: tuple) -> str:
    return next((FAMILY_OF_KEY[p] for p in reversed(parts) if p in FAMILY_OF_KEY), "other")


def describe(data: dict, family: str = "other") -> str:
    """A value for people: "274922 (exact)", "Fénay (INSEE 21263)", "93.6% (exact, department 21)"."""
    main = next((data[k] for k in ("value", "name", "percent") if data.get(k) is not None), "?")
    text = f"{main}%" if family in ("percentages", "coverage") else str(main)
    details = [f"{DETAIL_LABELS.get(k, '')}{data[k]}" for k in DETAILS
               if isinstance(data.get(k), (str, int, float)) and not isinstance(data.get(k), bool)]
    return f"{text} ({', '.join(details)})" if details else text


# --- reading a folder ---------------------------------------------------------------------------------

@dataclass
class Doc:
    """One record of the folder, as far as it could be read."""

    path: Path
    record: dict | None = None  # None when the file is not a readable record
    text: str | None = None
    values: list[Value] = field(default_factory=list)
    shown: list[Value] = field(default_factory=list)  # the values whose quote is on the text
    repairs: list[tuple[int, dict]] = field(default_factory=list)  # (index, repair) drawn on the text
    problems: list[str] = field(default_factory=list)
    page: str | None = None  # file name of its page, once written

    @property
    def stem(self) -> str:
        return self.path.stem

    def items(self, key: str) -> list[dict]:
        """The objects of a list of the record ("cpts", "warnings")."""
        found = (self.record or {}).get(key)
        return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []


def load_doc(path: Path) -> Doc:
    doc = Doc(path)
    try:
        record = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as err:
        doc.problems.append(f"cannot read {path.name}: {err.strerror or err}")
        return doc
    except ValueError as err:  # not UTF-8, not JSON
        doc.problems.append(f"{path.name} is not valid JSON: {err}")
        return doc
    if not isinstance(record, dict) or not isinstance(record.get("document"), dict):
        doc.problems.append(f"{path.name} is not a record (no \"document\" object)")
        return doc
    doc.record, doc.values = record, evidence_values(record)
    doc.problems += [f"schema: {problem}" for problem in schema_errors(record)[:5]]
    if "error" not in record:
        doc.text = _read_text(path.with_suffix(".txt"), record, doc.problems)
    if doc.text is not None:
        doc.shown = _on_text(doc.values, doc.text, doc.problems)
        doc.repairs = drawable_repairs(record["document"].get("repairs") or [], doc.text, doc.problems)
    return doc


def _read_text(path: Path, record: dict, problems: list[str]) -> str | None:
    try:
        data = path.read_bytes()  # bytes: no newline translation may shift the offsets
    except OSError as err:
        problems.append(f"{path.name} is missing or unreadable ({err.strerror or err}): "
                        "its values cannot be shown on the text")
        return None
    stated = record["document"].get("text_sha256")
    if stated and stated != hashlib.sha256(data).hexdigest():
        problems.append(f"{path.name} is not the text of this record (its hash is not text_sha256)")
    return data.decode("utf-8", errors="replace")


def _on_text(values: list[Value], text: str, problems: list[str]) -> list[Value]:
    """The values whose evidence points at their quote in the text; a problem for each other one."""
    shown = []
    for value in values:
        problem = evidence_problem(value.data["evidence"], text)
        if problem is None and not value.evidence["quote"]:
            problem = "the quote is empty"
        if problem:
            problems.append(f"{value.cpts or 'document'} · {value.field}: {problem}")
        else:
            shown.append(value)
    return shown


def drawable_repairs(repairs: list, text: str, problems: list[str]) -> list[tuple[int, dict]]:
    """(index, repair) for the repairs that can be drawn: in range, matching the text, not overlapping."""
    valid = []
    for index, repair in enumerate(repairs):
        ok = isinstance(repair, dict) and all(type(repair.get(k)) is int for k in ("start", "end"))
        if ok and 0 <= repair["start"] <= repair["end"] <= len(text) \
                and text[repair["start"]:repair["end"]] == repair.get("from"):
            valid.append((index, repair))
        else:
            problems.append(f"repair {index + 1} does not match the text: {repair!r}")
    kept, reach = [], 0
    for index, repair in sorted(valid, key=lambda item: (item[1]["start"], item[1]["end"])):
        if repair["start"] < reach:
            problems.append(f"repair {index + 1} overlaps the repair before it")
        else:
            kept.append((index, repair))
            reach = repair["end"]
    return kept


# --- the text with its highlights ---------------------------------------------------------------------

@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    ids: tuple[str, ...]  # the values whose quote covers [start, end)


def segments(length: int, spans: list[tuple[int, int, str]], cuts: set[int] = frozenset()) -> list[Segment]:
    """[0, length) cut at every span boundary and every cut, each piece with the spans covering it."""
    bounds = sorted({0, length, *cuts, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    return [Segment(a, b, tuple(i for s, e, i in spans if s <= a and b <= e)) for a, b in zip(bounds, bounds[1:])]


def render_text(text: str, values: list[Value], repairs: list[tuple[int, dict]]) -> str:
    """The text as HTML: each value's quote in <mark>s, each repair a <del> (or an empty <ins>)
    whose repaired form CSS draws after it, so the page's text stays the extracted text."""
    by_id = {v.id: v for v in values}
    starting: dict[int, list[str]] = {}
    for value in values:
        starting.setdefault(value.span[0], []).append(value.id)
    opens = {r["start"]: _repair_tag(n, r) for n, r in repairs if r["end"] > r["start"]}
    closes = {r["end"] for _, r in repairs if r["end"] > r["start"]}
    inserts: dict[int, list[str]] = {}
    for n, r in repairs:
        if r["end"] == r["start"]:
            inserts.setdefault(r["start"], []).append(_repair_tag(n, r) + "</ins>")
    cuts = {p for _, r in repairs for p in (r["start"], r["end"])}
    out = []
    for seg in segments(len(text), [(*v.span, v.id) for v in values], cuts):
        out += inserts.get(seg.start, []) + [opens.get(seg.start, "")]
        out.append(_mark(text[seg.start:seg.end], seg.ids, by_id, starting.get(seg.start, [])))
        out.append("</del>" if seg.end in closes else "")
    return "".join(out + inserts.get(len(text), []))


def _repair_tag(index: int, repair: dict) -> str:
    tag = "del" if repair["end"] > repair["start"] else "ins"
    title = f"{repair.get('rule')}: «{repair['from']}» → «{repair.get('to')}» [{repair['start']}:{repair['end']}]"
    return f'<{tag} class="repair" id="r{index + 1}" data-to="{esc(repair.get("to", ""))}" title="{esc(title)}">'


def _mark(chunk: str, ids: tuple[str, ...], by_id: dict[str, Value], starting: list[str]) -> str:
    """A segment of text, marked when values cover it: coloured by the shortest of them, ids in
    data-v, the id of each value that starts here (the first on the mark, others on anchors)."""
    if not ids:
        return esc(chunk)
    covering = [by_id[i] for i in ids]
    colour = min(covering, key=lambda v: (v.span[1] - v.span[0], int(v.id[1:]))).family
    classes = f"f-{colour}" + (" multi" if len(covering) > 1 else "")
    first = f' id="{starting[0]}"' if starting else ""
    anchors = "".join(f'<a class="anchor" id="{i}"></a>' for i in starting[1:])
    title = esc("\n".join(v.title() for v in covering))
    return f'<mark class="{classes}" data-v="{" ".join(ids)}"{first} title="{title}">{anchors}{esc(chunk)}</mark>'
