"""Field-family scoring of records against hand-checked gold, as real documents are scored.

Each record is flattened into facts (tuples) per family; a predicted fact is right when the
gold holds the same tuple. The comparison follows the annotation conventions of real
documents (`../shared/dev/README.md`):

- a CPTS is matched by a slug of its name (accent-folded, without "CPTS" and a leading
  article); a predicted name that is one of a gold CPTS's aliases is that CPTS;
- communes and perimeters compare INSEE codes, areas compare SIREN codes;
- a gold date written without a year ("--09-23") accepts any year;
- quantities and their qualifiers are two families, so a right figure with a wrong
  qualifier costs one fact, not two.

`macro` is the mean F1 of the families the gold has facts for.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..reference.gazetteer import fold

FAMILIES = (
    "cpts.identity", "cpts.role", "doc.language", "doc.published", "quantities", "qualifiers", "dates",
    "rank", "percentages", "departments", "communes", "areas.epci", "areas.count", "areas.except",
    "perimeter", "people", "people.role", "launch_place", "coverage",
)
QUANTITY_FIELDS = ("population", "communes_count", "professionals_count", "structures_count")
ARTICLE = re.compile(r"^(?:cpts\s+)?(?:(?:de\s+la|de\s+l|du|des|de|d|la|le|les|l)\s+)?")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)

    def add(self, predicted: set, expected: set, doc: str) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)
        self.misses += [(doc, "extra", t) for t in sorted(predicted - expected, key=str)]
        self.misses += [(doc, "missing", t) for t in sorted(expected - predicted, key=str)]

    def merge(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def slug(name: str) -> str:
    """'CPTS du Sud de l'Yonne' -> 'sud-de-l-yonne'; also drops le/la/les, which some names carry."""
    folded = ARTICLE.sub("", fold(name))
    return "-".join(folded.split())


def score_record(predicted: dict, gold: dict, doc: str, scores: dict[str, Score]) -> None:
    """Add one document's facts to `scores`, family by family."""
    names = _gold_names(gold)
    got, want = facts(predicted, names), facts(gold, names)
    _accept_any_year(got["dates"], want["dates"])
    for family in FAMILIES:
        scores[family].add(got.get(family, set()), want.get(family, set()), doc)


def facts(record: dict, names: dict[str, str]) -> dict[str, set]:
    """The record's facts by family; `names` maps every gold name and alias slug to its CPTS."""
    out: dict[str, set] = defaultdict(set)
    doc = record.get("document", {})
    out["doc.language"].add(doc.get("language"))
    published = doc.get("published")
    if published:
        out["doc.published"].add((published["value"], published["precision"]))
    for cov in record.get("department_coverage", []):
        out["coverage"].add((cov["department"], float(cov["percent"])))
    for c in record.get("cpts", []):
        _cpts_facts(c, _cpts_id(c, names), out)
    return out


def _gold_names(gold: dict) -> dict[str, str]:
    names = {}
    for c in gold.get("cpts", []):
        ident = slug(c["name"])
        for alias in [c["name"], *c.get("aliases", [])]:
            names.setdefault(slug(alias), ident)
    return names


def _cpts_id(c: dict, names: dict[str, str]) -> str:
    for name in [c["name"], *c.get("aliases", [])]:
        if slug(name) in names:
            return names[slug(name)]
    return slug(c["name"])


def _cpts_facts(c: dict, key: str, out: dict[str, set]) -> None:
    out["cpts.identity"].add(key)
    out["cpts.role"].add((key, c.get("role")))
    out["departments"].update((key, d) for d in c.get("departments", []))
    for name in QUANTITY_FIELDS:
        q = c.get(name)
        if q:
            out["quantities"].add((key, name, q["value"]))
            out["qualifiers"].add((key, name, q["value"], q["qualifier"]))
    for kind, d in (c.get("dates") or {}).items():
        if d:
            out["dates"].add((key, kind, d["value"], d["precision"]))
    rank = c.get("rank_in_department")
    if rank:
        out["rank"].add((key, rank["value"], rank.get("department")))
    for p in c.get("percentages", []):
        out["percentages"].add((key, float(p["value"]), p["kind"]))
    for person in c.get("people", []):
        out["people"].add((key, fold(person["name"])))
        out["people.role"].add((key, fold(person["name"]), _role(person.get("role"))))
    place = c.get("launch_place")
    if place:
        out["launch_place"].add((key, place.get("insee") or fold(place["name"])))
    _territory_facts(key, c.get("territory") or {}, out)


def _role(role: str | None) -> str | None:
    """A role without its grammatical gender or accents: 'présidente' and 'président' agree."""
    if not role:
        return None
    folded = fold(role)
    for masculine, feminine in (("eur", "rice"), ("ent", "ente"), ("if", "ive")):
        folded = re.sub(rf"{feminine}\b", masculine, folded)
    return folded


def _territory_facts(key: str, territory: dict, out: dict[str, set]) -> None:
    out["communes"].update((key, c.get("insee") or fold(c["name"])) for c in territory.get("communes", []))
    for area in territory.get("areas", []):
        ident = area.get("code") or fold(area["name"])
        if area.get("code"):
            out["areas.epci"].add((key, area["code"]))
        count = area.get("communes_count")
        if count:
            out["areas.count"].add((key, ident, count["value"]))
        out["areas.except"].update((key, c.get("insee") or fold(c["name"])) for c in area.get("except", []))
    resolved = territory.get("resolved")
    if resolved:
        out["perimeter"].update((key, code) for code in resolved.get("insee", []))


def _accept_any_year(got: set, want: set) -> None:
    """A gold '--MM-DD' matches a predicted 'YYYY-MM-DD': the prediction is rewritten to the gold's form."""
    yearless = {(k, kind, v[2:], p) for k, kind, v, p in want if v.startswith("--")}
    for fact in list(got):
        k, kind, v, p = fact
        if len(v) == 10 and (k, kind, v[5:], p) in yearless:  # "2024-10-14" -> "10-14"
            got.discard(fact)
            got.add((k, kind, "--" + v[5:], p))


def total(scores: dict[str, Score]) -> Score:
    """Micro: every family's counts added up."""
    t = Score()
    for s in scores.values():
        t.tp, t.fp, t.fn = t.tp + s.tp, t.fp + s.fp, t.fn + s.fn
    return t


def macro(scores: dict[str, Score]) -> float:
    """Mean F1 of the families the gold holds facts for (a family with no gold fact is left out)."""
    f1s = [s.f1 for s in scores.values() if s.tp + s.fn]
    return sum(f1s) / len(f1s) if f1s else 0.0


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'family':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
    for family in FAMILIES:
        s = scores[family]
        lines.append(f"{family:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:4d} {s.fn:4d}")
    t = total(scores)
    lines.append(f"{'micro':<16} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:4d} {t.fn:4d}")
    lines.append(f"{'macro':<16} {'':>6} {'':>6} {macro(scores):6.3f}")
    return "\n".join(lines)


def is_odd(stem: str) -> bool:
    """dA01, dA03, ...: the half that rules are tuned on; the even half checks them."""
    digits = re.findall(r"\d+", stem)
    return bool(digits) and int(digits[-1]) % 2 == 1
