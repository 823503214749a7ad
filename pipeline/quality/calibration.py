"""How often values the pipeline is sure of are right: confidence against golden records.

Every value whose evidence carries a `confidence` is mapped to the fact tuple(s) that
`evaluate.facts_of` builds for it, and judged right when the golden record holds that fact.
A set of (input, golden record) pairs then gives how many values reach the threshold (0.9)
and the share of them that is right, and a reliability table by confidence bin.

    python -m pipeline.quality.calibration                      # golden fixtures and tests/communiques
    python -m pipeline.quality.calibration --forms build/forms  # also every generated form (slow: OCR)
    python -m pipeline.quality.calibration --write              # writes pipeline/data/calibration.json
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from . import evaluate as ev
from ..outputs import write_json
from ..record.validate import evidenced_values

THRESHOLD = 0.9
# Lower edges of the reliability bins; a value falls in the last bin whose edge it reaches.
BIN_EDGES = (0.0, 0.6, 0.8, 0.9, 0.95)
BIN_LABELS = ("<0.6", "0.6-0.8", "0.8-0.9", "0.9-0.95", ">=0.95")
ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "pipeline" / "data" / "calibration.json"
SETS = {"golden": ("tests/fixtures", "corpus/inbox"), "communiques": ("tests/communiques", "tests/communiques")}


@dataclass(frozen=True)
class Judged:
    """One value with a confidence, and whether the golden record holds it."""

    doc: str
    family: str
    fact: tuple
    confidence: float
    right: bool
    quote: str


# --- the values of a record and their facts ----------------------------------------------------

def valued_facts(record: dict) -> Iterator[tuple[str, tuple, dict]]:
    """(family, fact, evidence) for every value of a record that evidence stands for."""
    doc = record.get("document", {})
    if doc.get("published"):
        yield "document", ev.published_fact(doc["published"]), doc["published"]["evidence"]
    if doc.get("place"):
        yield "document", ev.place_fact(doc["place"]), doc["place"]["evidence"]
    for c in record.get("cpts", []):
        yield from _cpts_values(c)
    for cov in record.get("department_coverage", []):
        yield "coverage", ev.coverage_fact(cov), cov["evidence"]
        for m in cov.get("mentions", []):
            yield "coverage", ev.coverage_mention_fact(cov, m), m["evidence"]


def _cpts_values(c: dict) -> Iterator[tuple[str, tuple, dict]]:
    key = c["key"]
    for name in ev.QUANTITY_FIELDS:
        q = c.get(name)
        if q:
            yield "quantities", ev.quantity_fact(key, name, q), q["evidence"]
            for m in q.get("mentions", []):
                yield "quantities", ev.quantity_mention_fact(key, name, m), m["evidence"]
    for kind, d in (c.get("dates") or {}).items():
        if d:
            yield "dates", ev.date_fact(key, kind, d), d["evidence"]
    if c.get("rank_in_department"):
        yield "rank", ev.rank_fact(key, c["rank_in_department"]), c["rank_in_department"]["evidence"]
    for p in c.get("percentages", []):
        yield "percentages", ev.percentage_fact(key, p), p["evidence"]
    for person in c.get("people", []):
        yield "people", ev.person_fact(key, person), person["evidence"]
    if c.get("launch_place"):
        yield "launch_place", ev.launch_place_fact(key, c["launch_place"]), c["launch_place"]["evidence"]
    territory = c.get("territory") or {}
    for commune in territory.get("communes", []):
        yield "communes", ev.commune_fact(key, commune), commune["evidence"]
    for area in territory.get("areas", []):
        yield "areas", ev.area_fact(key, area), area["evidence"]
        for how in ("listed", "except"):
            for commune in area.get(how, []):
                yield "areas", ev.member_fact(key, area, how, commune), commune["evidence"]
        for fact, evidence in _area_count_facts(key, area):
            yield "area_counts", fact, evidence


def _area_count_facts(key: str, area: dict) -> list[tuple[tuple, dict | None]]:
    """An area's own commune count ("Baud Communauté (5 communes)") and its mentions. The
    evaluation does not score these; the calibration judges them the same way."""
    q = area.get("communes_count")
    if not q:
        return []
    ident = ev.area_ident(area)
    out = [((key, ident, "communes_count", q["value"], q["qualifier"]), q.get("evidence"))]
    out += [((key, ident, "communes_count", "mention", m["value"], m["qualifier"]), m.get("evidence"))
            for m in ev.mentions_of(q)]
    return out


def golden_facts(golden: dict) -> dict[str, set]:
    facts = ev.facts_of(golden)
    for c in golden.get("cpts", []):
        for area in (c.get("territory") or {}).get("areas", []):
            facts["area_counts"].update(fact for fact, _ in _area_count_facts(c["key"], area))
    return facts


def judge(record: dict, golden: dict, doc: str = "") -> tuple[list[Judged], int]:
    """Every value with a confidence, judged against the golden record; and how many values
    with a confidence no family covers (left out of the counts)."""
    want = golden_facts(golden)
    judged, seen = [], set()
    for family, fact, evidence in valued_facts(record):
        if evidence is None or evidence.get("confidence") is None:
            continue
        seen.add(id(evidence))
        right = fact in want[family]
        judged.append(Judged(doc, family, fact, evidence["confidence"], right, evidence.get("quote", "")))
    unjudged = sum(1 for _, value in evidenced_values(record)
                   if "confidence" in value["evidence"] and id(value["evidence"]) not in seen)
    return judged, unjudged


# --- tallies ----------------------------------------------------------------------------------

@dataclass
class Tally:
    documents: int
    judged: list[Judged]
    unjudged: int

    @property
    def sure(self) -> list[Judged]:
        return [j for j in self.judged if j.confidence >= THRESHOLD]

    def summary(self, fixtures: str) -> dict:
        sure = self.sure
        right = sum(j.right for j in sure)
        return {"fixtures": fixtures, "documents": self.documents, "values": len(self.judged),
                "values_at_or_above": len(sure), "right": right,
                "share_right": round(right / len(sure), 4) if sure else None}

    def bins(self) -> list[dict]:
        out = []
        for i, label in enumerate(BIN_LABELS):
            high = BIN_EDGES[i + 1] if i + 1 < len(BIN_EDGES) else None
            inside = [j for j in self.judged
                      if j.confidence >= BIN_EDGES[i] and (high is None or j.confidence < high)]
            right = sum(j.right for j in inside)
            out.append({"bin": label, "low": BIN_EDGES[i], "high": high, "values": len(inside), "right": right,
                        "share_right": round(right / len(inside), 4) if inside else None})
        return out


def tally(pairs: dict[str, tuple[dict, dict]]) -> Tally:
    """{doc: (record, golden record)} -> the judged values of all of them."""
    judged, unjudged = [], 0
    for doc, (record, golden) in sorted(pairs.items()):
        values, left_out = judge(record, golden, doc)
        judged += values
        unjudged += left_out
    return Tally(len(pairs), judged, unjudged)


def with_golden(records: dict[str, dict], fixtures: Path) -> dict[str, tuple[dict, dict]]:
    """{stem: record} -> {stem: (record, its golden record in `fixtures`)}."""
    return {stem: (record, json.loads((fixtures / f"{stem}.json").read_text(encoding="utf-8")))
            for stem, record in records.items()}


def report(golden: Tally, communiques: Tally) -> dict:
    """The content of pipeline/data/calibration.json (deterministic: no dates, sorted input)."""
    return {
        "threshold": THRESHOLD,
        "golden": golden.summary(SETS["golden"][0]),
        "communiques": communiques.summary(SETS["communiques"][0]),
        "bins": golden.bins(),
        "communiques_bins": communiques.bins(),
        "unjudged": {"golden": golden.unjudged, "communiques": communiques.unjudged},
    }


def write_report(data: dict, path: Path = OUTPUT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json(path, data)


# --- extraction of the sets -------------------------------------------------------------------

def extracted_pairs(fixtures: Path, inputs: Path) -> dict[str, tuple[dict, dict]]:
    from ..run.extract import extract_file

    sources = [source for source, _ in ev.fixture_pairs(fixtures, inputs)]
    return with_golden({source.stem: extract_file(source, source.name).record for source in sources}, fixtures)


def form_tallies(forms: Path, fixtures: Path) -> dict[str, Tally]:
    """A tally per generated form (docx, scan_pdf, photo_png...), plus `ocr` for all OCRed ones."""
    from ..run.extract import extract_file

    manifest = json.loads((forms / "MANIFEST.json").read_text(encoding="utf-8"))
    by_form: dict[str, dict] = defaultdict(dict)
    for entry in manifest:
        if not entry["stem"]:
            continue
        path = forms / entry["file"]
        record = extract_file(path, str(path)).record
        golden = json.loads((fixtures / f"{entry['stem']}.json").read_text(encoding="utf-8"))
        by_form[entry["form"]][entry["file"]] = (record, golden)
        if record["document"].get("ocr"):
            by_form["ocr"][entry["file"]] = (record, golden)
    return {form: tally(pairs) for form, pairs in sorted(by_form.items())}


# --- printing ---------------------------------------------------------------------------------

def format_summary(name: str, t: Tally) -> str:
    s = t.summary("")
    share = f"{s['share_right']:.3f}" if s["share_right"] is not None else "-"
    return (f"{name:<22} {s['documents']:>4} {s['values']:>6} {s['values_at_or_above']:>8} {s['right']:>6} "
            f"{share:>6} {t.unjudged:>9}")


SUMMARY_HEADER = (f"{'set':<22} {'docs':>4} {'values':>6} {'>=' + str(THRESHOLD):>8} {'right':>6} {'share':>6} "
                  f"{'unjudged':>9}")


def format_bins(t: Tally) -> str:
    lines = [f"  {'confidence':<10} {'values':>6} {'right':>6} {'share':>6}"]
    for b in t.bins():
        share = f"{b['share_right']:.3f}" if b["share_right"] is not None else "-"
        lines.append(f"  {b['bin']:<10} {b['values']:>6} {b['right']:>6} {share:>6}")
    return "\n".join(lines)


def format_wrong(t: Tally, at_least: float = THRESHOLD) -> str:
    wrong = [j for j in t.judged if not j.right and j.confidence >= at_least]
    return "\n".join(f"  {j.confidence:.2f} {j.doc:<36} {j.family:<12} {j.fact} «{j.quote[:60]}»" for j in wrong)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.quality.calibration")
    parser.add_argument("--forms", help="also judge every form made by `make fixtures` in this folder (slow: OCR)")
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    parser.add_argument("--show-wrong", action="store_true", help=f"list the wrong values at or above {THRESHOLD}")
    args = parser.parse_args(argv)
    tallies = {name: tally(extracted_pairs(ROOT / fixtures, ROOT / inputs)) for name, (fixtures, inputs) in SETS.items()}
    if args.write:
        write_report(report(tallies["golden"], tallies["communiques"]))
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
    if args.forms:
        forms = form_tallies(Path(args.forms), ROOT / SETS["golden"][0])
        tallies.update({f"form {name}": t for name, t in forms.items()})
    print(f"Values with a confidence, judged against their golden record (threshold {THRESHOLD})")
    print(SUMMARY_HEADER)
    for name, t in tallies.items():
        print(format_summary(name, t))
    for name, t in tallies.items():
        if name in SETS or name == "form ocr":
            print(f"\nReliability by confidence, {name}")
            print(format_bins(t))
    if args.show_wrong:
        for name, t in tallies.items():
            if name != "form ocr" and format_wrong(t):
                print(f"\nWrong at or above {THRESHOLD}, {name}\n{format_wrong(t)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
