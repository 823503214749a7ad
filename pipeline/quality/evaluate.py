"""Score records against golden fixtures: precision, recall and F1 per field family.

Each record is flattened into a set of facts (tuples) per family; a predicted fact counts as
right when the golden record holds the same tuple. Names are compared accent- and
case-insensitively; evidence is not compared (it is checked separately).

    python -m pipeline.quality.evaluate [--fixtures DIR] [--inputs DIR]
    python -m pipeline.quality.evaluate --forms build/forms   # every generated form against its golden record
    python -m pipeline.quality.evaluate --forms build/dev_forms --fixtures ../shared/dev/gold \
        --inputs ../shared/dev/raw --fields --jobs 2    # the forms of the real communiqués
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from . import scoring
from ..reference.gazetteer import fold
from .scoring import Score

QUANTITY_FIELDS = ("population", "communes_count", "professionals_count", "structures_count")
FAMILIES = ("document", "cpts_names", "roles", "departments", "quantities", "dates", "rank",
            "percentages", "coverage", "people", "launch_place", "communes", "areas", "resolved", "warnings")


def facts_of(record: dict) -> dict[str, set]:
    """Flatten a record (or a golden fixture) into comparable facts by family."""
    facts: dict[str, set] = defaultdict(set)
    doc = record.get("document", {})
    facts["document"].add(("language", doc.get("language")))
    facts["document"].add(published_fact(doc.get("published")))
    facts["document"].add(place_fact(doc.get("place")))
    for c in record.get("cpts", []):
        _cpts_facts(c, facts)
    for cov in record.get("department_coverage", []):
        facts["coverage"].add(coverage_fact(cov))
        facts["coverage"].update(coverage_mention_fact(cov, m) for m in mentions_of(cov, "percent"))
    codes = record.get("expected_warnings")
    if codes is None:
        codes = [w["code"] for w in record.get("warnings", [])]
    facts["warnings"].update(("warning", code) for code in set(codes))
    return facts


# --- the fact of one value: facts_of and the calibration (pipeline/calibration.py) both use these

def published_fact(published: dict | None) -> tuple:
    return ("published", published and (published["value"], published["precision"]))


def place_fact(place: dict | None) -> tuple:
    return ("place", place and (place.get("insee") or fold(place["name"])))


def quantity_fact(key: str, name: str, q: dict) -> tuple:
    return (key, name, q["value"], q["qualifier"])


def quantity_mention_fact(key: str, name: str, mention: dict) -> tuple:
    return (key, name, "mention", mention["value"], mention["qualifier"])


def date_fact(key: str, kind: str, d: dict) -> tuple:
    return (key, kind, d["value"], d["precision"])


def rank_fact(key: str, rank: dict) -> tuple:
    return (key, rank["value"], rank["department"])


def percentage_fact(key: str, p: dict) -> tuple:
    return (key, p["value"], p["kind"], p["qualifier"], p.get("population"))


def person_fact(key: str, person: dict) -> tuple:
    return (key, fold(person["name"]), person.get("role"))


def launch_place_fact(key: str, place: dict) -> tuple:
    return (key, place.get("insee") or fold(place["name"]))


def commune_fact(key: str, commune: dict) -> tuple:
    return (key, _commune_id(commune))


def area_ident(area: dict) -> str:
    return area.get("code") or fold(area["name"])


def area_fact(key: str, area: dict) -> tuple:
    return (key, area_ident(area), area["kind"], area["extent"], area.get("part"))


def member_fact(key: str, area: dict, how: str, commune: dict) -> tuple:
    """A commune `listed` under an area or excepted (`except`) from it."""
    return (key, area_ident(area), how, _commune_id(commune))


def coverage_fact(cov: dict) -> tuple:
    return (cov["department"], cov["percent"], cov["qualifier"])


def coverage_mention_fact(cov: dict, mention: dict) -> tuple:
    return (cov["department"], "mention", mention["value"], mention["qualifier"])


def _cpts_facts(c: dict, facts: dict[str, set]) -> None:
    key = c["key"]
    facts["cpts_names"].add((key, fold(c["name"])))
    facts["cpts_names"].update((key, "alias", fold(a)) for a in c.get("aliases", []))
    facts["roles"].add((key, c["role"]))
    facts["departments"].update((key, d) for d in c.get("departments", []))
    for name in QUANTITY_FIELDS:
        q = c.get(name)
        if q:
            facts["quantities"].add(quantity_fact(key, name, q))
            facts["quantities"].update(quantity_mention_fact(key, name, m) for m in mentions_of(q))
    for kind, d in (c.get("dates") or {}).items():
        if d:
            facts["dates"].add(date_fact(key, kind, d))
    rank = c.get("rank_in_department")
    if rank:
        facts["rank"].add(rank_fact(key, rank))
    for p in c.get("percentages", []):
        facts["percentages"].add(percentage_fact(key, p))
    for person in c.get("people", []):
        facts["people"].add(person_fact(key, person))
    place = c.get("launch_place")
    if place:
        facts["launch_place"].add(launch_place_fact(key, place))
    _territory_facts(key, c.get("territory") or {}, facts)


def mentions_of(q: dict, value_key: str = "value") -> list[dict]:
    """Every figure given for a quantity; a golden record without `mentions` gives its value."""
    return q.get("mentions") or [{"value": q[value_key], "qualifier": q["qualifier"]}]


def _commune_id(commune: dict):
    return commune.get("insee") or fold(commune["name"])


def _territory_facts(key: str, territory: dict, facts: dict[str, set]) -> None:
    facts["communes"].update(commune_fact(key, c) for c in territory.get("communes", []))
    for area in territory.get("areas", []):
        facts["areas"].add(area_fact(key, area))
        facts["areas"].update(member_fact(key, area, "listed", c) for c in area.get("listed", []))
        facts["areas"].update(member_fact(key, area, "except", c) for c in area.get("except", []))
    resolved = territory.get("resolved")
    if resolved:
        facts["resolved"].add((key, "complete", resolved["complete"]))
        facts["resolved"].add((key, "count", resolved["count"]))
        if "insee" in resolved:
            facts["resolved"].add((key, "codes", tuple(sorted(resolved["insee"]))))


def compare(predicted: dict, expected: dict, doc: str, scores: dict[str, Score]) -> None:
    got, want = facts_of(predicted), facts_of(expected)
    if "insee" not in _first_resolved(expected):
        got["resolved"] = {t for t in got["resolved"] if t[1] != "codes"}
    for family in FAMILIES:
        scores[family].add(got.get(family, set()), want.get(family, set()), doc)


def _first_resolved(record: dict) -> dict:
    for c in record.get("cpts", []):
        resolved = (c.get("territory") or {}).get("resolved")
        if resolved:
            return resolved
    return {"insee": []}


def micro(scores: dict[str, Score]) -> Score:
    total = Score()
    for s in scores.values():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    return total


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'family':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
    for family in FAMILIES:
        s = scores[family]
        lines.append(f"{family:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:4d} {s.fn:4d}")
    t = micro(scores)
    lines.append(f"{'micro':<14} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:4d} {t.fn:4d}")
    return "\n".join(lines)


def fixture_pairs(fixtures: Path, inputs: Path) -> list[tuple[Path, Path]]:
    """(input file, golden record) pairs: fixtures name their input by stem."""
    pairs = []
    for golden in sorted(fixtures.glob("*.json")):
        matches = [p for p in inputs.glob(golden.stem + ".*") if p.suffix != ".json"]
        if not matches:
            raise FileNotFoundError(f"no input for fixture {golden}")
        pairs.append((matches[0], golden))
    return pairs


def extract_pairs(pairs: list[tuple[Path, Path]]) -> list[tuple[str, dict, dict]]:
    """(document name, extracted record, golden record) for every pair."""
    from ..run.extract import extract_file

    return [(source.name, extract_file(source, str(source)).record, json.loads(golden.read_text(encoding="utf-8")))
            for source, golden in pairs]


def evaluate(pairs: list[tuple[Path, Path]]) -> dict[str, Score]:
    """Strict scores: every fact of the golden record, mentions and qualifiers included."""
    scores: dict[str, Score] = defaultdict(Score)
    for name, record, golden in extract_pairs(pairs):
        compare(record, golden, name, scores)
    return scores


def score_real(results: list[tuple[str, dict, dict]]) -> dict[str, dict[str, scoring.Score]]:
    """Field-family scores (pipeline.quality.scoring) of all documents and of the odd and even halves."""
    halves: dict[str, dict[str, scoring.Score]] = {h: defaultdict(scoring.Score) for h in ("all", "odd", "even")}
    for name, record, golden in results:
        doc_scores: dict[str, scoring.Score] = defaultdict(scoring.Score)
        scoring.score_record(record, golden, name, doc_scores)
        half = "odd" if scoring.is_odd(Path(name).stem) else "even"
        for family, s in doc_scores.items():
            halves["all"][family].merge(s)
            halves[half][family].merge(s)
    return halves


def format_halves(halves: dict[str, dict[str, scoring.Score]]) -> str:
    lines = []
    for half in ("odd", "even"):
        t = scoring.total(halves[half])
        lines.append(f"{half + ' half':<16} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}"
                     f"  macro {scoring.macro(halves[half]):.3f}")
    return "\n".join(lines)


def score_groups(results: list[tuple[str, dict, dict]]) -> dict[str, dict[str, scoring.Score]]:
    """Field-family scores per group of a real set: documents named like `rE07` are grouped by
    their first two letters (the group a document was added with, e.g. a held-out one)."""
    groups: dict[str, list] = defaultdict(list)
    for result in results:
        stem = Path(result[0]).stem
        if len(stem) >= 3 and stem[0].islower() and stem[1].isupper() and stem[2].isdigit():
            groups[stem[:2]].append(result)
    return {group: score_real(members)["all"] for group, members in sorted(groups.items())}


def format_groups(groups: dict[str, dict[str, scoring.Score]], sizes: dict[str, int]) -> str:
    return "\n".join(f"group {group:<10} {scoring.total(scores).f1:6.3f}  macro {scoring.macro(scores):.3f}"
                     f"  ({sizes[group]} documents)" for group, scores in groups.items())


# How far below the text version's micro F1 each form may score: laid-out text within
# 0.02, office scans within 0.05, phone pictures of the page within 0.10.
FORM_LIMITS = {"scan_pdf": 0.05, "scan_tiff": 0.05, "photo_png": 0.10, "photo_jpg": 0.10, "phone_pdf": 0.10}
TEXT_FORM_LIMIT = 0.02


def form_limit(form: str) -> float:
    return FORM_LIMITS.get(form, TEXT_FORM_LIMIT)


def evaluate_forms(forms: Path, fixtures: Path, inputs: Path,
                   only: list[str] | None = None, fields: bool = False,
                   jobs: int = 1, stems: list[str] | None = None) -> dict[str, dict[str, Score]]:
    """Micro scores per stem and form: the text input (`text`) and each form made from it
    (only those named in `only`, when given; only the documents in `stems`, when given).
    `fields`: scored by field family as real documents are (pipeline.scoring), else strictly.
    `jobs`: documents extracted by that many processes forked after the models are loaded."""
    if not (forms / "MANIFEST.json").exists():
        raise FileNotFoundError(f"no {forms / 'MANIFEST.json'}: nothing to score (make fixtures writes it)")
    manifest = json.loads((forms / "MANIFEST.json").read_text(encoding="utf-8"))
    manifest = [e for e in manifest if not stems or e["stem"] in stems]
    jobs_list = [(e["stem"], "text", inputs / f"{e['stem']}.txt") for e in manifest if e["form"] == "text_pdf"]
    jobs_list += [(e["stem"], e["form"], forms / e["file"]) for e in manifest
                  if e["stem"] and (not only or e["form"] in only)]
    if not jobs_list:
        raise FileNotFoundError(f"{forms / 'MANIFEST.json'} lists no form: nothing to score")
    for stem, _, path in jobs_list:
        if not path.exists():
            raise FileNotFoundError(f"no input {path} for a form of the manifest")
        if not (fixtures / f"{stem}.json").exists():
            raise FileNotFoundError(f"no golden record {fixtures / stem}.json for {path}")
    table: dict[str, dict[str, Score]] = defaultdict(dict)
    for (stem, form, path), record in zip(jobs_list, _extracted(jobs_list, jobs)):
        golden = json.loads((fixtures / f"{stem}.json").read_text(encoding="utf-8"))
        scores: dict[str, Score] = defaultdict(Score)
        if fields:
            scoring.score_record(record, golden, path.name, scores)
        else:
            compare(record, golden, path.name, scores)
        table[stem][form] = micro(scores)
    return table


def _extract_record(job: tuple[str, str, Path]) -> dict:
    from ..run.extract import extract_file

    path = job[2]
    return extract_file(path, str(path)).record


def _extracted(jobs_list: list[tuple[str, str, Path]], jobs: int) -> list[dict]:
    """The record of each job's file, in order; OCR forms first when forked, so that the
    longest jobs do not end the run alone."""
    if jobs <= 1:
        return [_extract_record(job) for job in jobs_list]
    import multiprocessing

    from ..run.workers import preload

    preload(warm_up=False)
    order = sorted(range(len(jobs_list)), key=lambda i: jobs_list[i][1] not in FORM_LIMITS)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        records = pool.map(_extract_record, [jobs_list[i] for i in order], chunksize=1)
    out: list[dict] = [{}] * len(jobs_list)
    for i, record in zip(order, records):
        out[i] = record
    return out


def format_forms_table(table: dict[str, dict[str, Score]]) -> str:
    forms = sorted({form for row in table.values() for form in row}, key=lambda f: (f != "text", f))
    lines = [f"{'document':<22} " + " ".join(f"{f:>15}" for f in forms) + f" {'worst gap':>9}"]
    for stem, row in sorted(table.items()):
        cells = [f"{row[f].f1:15.3f}" if f in row else f"{'':>15}" for f in forms]
        gap = max(row["text"].f1 - s.f1 for s in row.values())
        lines.append(f"{stem:<22} " + " ".join(cells) + f" {gap:9.3f}")
    totals = []
    for form in forms:
        total = Score()
        for row in table.values():
            if form in row:
                total.merge(row[form])
        totals.append(f"{total.f1:15.3f}")
    lines.append(f"{'all (micro)':<22} " + " ".join(totals))
    return "\n".join(lines)


def forms_summary(table: dict[str, dict[str, Score]]) -> list[tuple[str, int, float, float, float, str]]:
    """Per form: (form, documents, micro F1, the text's micro F1 over the same documents, the
    difference, the document furthest below its text)."""
    rows = []
    for form in sorted({f for row in table.values() for f in row if f != "text"}):
        total, text = Score(), Score()
        worst, worst_gap = "", -1.0
        for stem, row in sorted(table.items()):
            if form in row:
                total.merge(row[form])
                text.merge(row["text"])
                gap = row["text"].f1 - row[form].f1
                if gap > worst_gap:
                    worst, worst_gap = f"{stem} {gap:+.3f}", gap
        count = sum(form in row for row in table.values())
        rows.append((form, count, total.f1, text.f1, text.f1 - total.f1, worst))
    return rows


def format_forms_summary(table: dict[str, dict[str, Score]]) -> tuple[str, bool]:
    """The per-form summary beside each form's limit, and whether every form is within it."""
    lines = [f"{'form':<16} {'docs':>4} {'micro F1':>8} {'text':>6} {'diff':>6} {'limit':>5}  "
             f"{'':<4}  worst document"]
    passed = True
    for form, count, f1, text, diff, worst in forms_summary(table):
        ok = diff <= form_limit(form) + 1e-9
        passed = passed and ok
        lines.append(f"{form:<16} {count:4d} {f1:8.3f} {text:6.3f} {diff:+6.3f} {form_limit(form):5.2f}  "
                     f"{'pass' if ok else 'FAIL':<4}  {worst}")
    return "\n".join(lines), passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.quality.evaluate")
    parser.add_argument("--fixtures", default="tests/fixtures", help="golden records (<stem>.json)")
    parser.add_argument("--inputs", default="corpus/inbox", help="folder holding the inputs")
    parser.add_argument("--strict", action="store_true",
                        help="score every fact of the golden record exactly (mentions, areas' members, warnings)")
    parser.add_argument("--show-misses", action="store_true", help="list every wrong or missing fact")
    parser.add_argument("--family", action="append", help="with --show-misses: only these families")
    parser.add_argument("--forms", help="score every form made by `make fixtures` in this folder instead")
    parser.add_argument("--form", action="append", help="with --forms: only this form (e.g. phone_pdf)")
    parser.add_argument("--stem", action="append", help="with --forms: only this document")
    parser.add_argument("--fields", action="store_true",
                        help="with --forms: score by field family, as real documents are (pipeline.scoring)")
    parser.add_argument("--jobs", type=int, default=1, help="with --forms: documents extracted in parallel")
    args = parser.parse_args(argv)
    try:
        if args.forms:
            started = time.perf_counter()
            table = evaluate_forms(Path(args.forms), Path(args.fixtures), Path(args.inputs), args.form,
                                   fields=args.fields, jobs=args.jobs, stems=args.stem)
            how = "field families" if args.fields else "strict facts"
            print(f"Micro F1 ({how}) of each form against {args.fixtures} (text: the input in {args.inputs})")
            print(format_forms_table(table))
            summary, _ = format_forms_summary(table)
            print(f"\nEach form beside the same documents as text ({time.perf_counter() - started:.0f} s)")
            print(summary)
            return 0
        pairs = fixture_pairs(Path(args.fixtures), Path(args.inputs))
    except FileNotFoundError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 1
    if not pairs:
        print(f"evaluate: no golden record (*.json) in {args.fixtures}: nothing to score", file=sys.stderr)
        return 1
    results = extract_pairs(pairs)
    print(f"{args.fixtures} against {args.inputs} ({len(pairs)} documents)")
    if args.strict:
        scores: dict = defaultdict(Score)
        for name, record, golden in results:
            compare(record, golden, name, scores)
        print(format_table(scores))
    else:
        halves = score_real(results)
        scores = halves["all"]
        print(scoring.format_table(scores))
        print(format_halves(halves))
        groups = score_groups(results)
        if len(groups) > 1:
            sizes = defaultdict(int)
            for name, _, _ in results:
                sizes[Path(name).stem[:2]] += 1
            print(format_groups(groups, sizes))
    if args.show_misses:
        for family in args.family or scores:
            for doc, what, fact in scores[family].misses:
                print(f"  {family:<14} {doc:<40} {what:<7} {fact}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
