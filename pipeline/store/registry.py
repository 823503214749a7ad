"""The registry of communities: one row per CPTS key across the loaded documents, and its export.

Rule, "most recent and most precise statement". A document's statement of a fact is its
record's chosen value. Documents are ordered by recency, `documents.dated`: the release's own
date when it has one, else the latest date any of its values mentions (a release cannot predate
the events it reports); undated documents come last. A fact takes the statement of the most
recent document that states it and, among equally recent statements, the most precise one
(qualifier exact, then more_than/less_than, then approx; date precision day, then month, then
year). A date that a finer date agrees with (2023-06 and 2023-06-16) gives way to the finer
one, even an older one, and the two are no conflict. Whenever statements disagree, `conflicts`
lists every statement of that field: values are never averaged. The name comes from the most
recent document about the community (role subject), else from the most recent naming it.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from ..outputs import atomic_write
from ..facts import DATE_KINDS
from ..record.record import PRECISION_ORDER, QUALIFIER_ORDER

CSV_NAME = "registry.csv"
JSONL_NAME = "registry.jsonl"
JSON_COLUMNS = ("aliases", "departments", "conflicts")


@dataclass(frozen=True)
class Field:
    """A fact of the registry: where its statements come from and the columns it fills."""

    name: str               # the value column, and the field's key in `conflicts`
    fact: str | None        # facts.field; None for the resolved perimeter (a cpts column)
    label: str              # what else a statement says: qualifier, precision, department, complete
    label_column: str
    source_column: str
    quote_column: str | None

    def columns(self) -> tuple[str, ...]:
        return tuple(c for c in (self.name, self.label_column, self.source_column, self.quote_column) if c)


def _quantity(name: str, fact: str | None = None) -> Field:
    return Field(name, fact or name, "qualifier", f"{name}_qualifier", f"{name}_source", f"{name}_quote")


def _date(kind: str) -> Field:
    name = f"{kind}_date"
    return Field(name, f"dates.{kind}", "precision", f"{name}_precision", f"{name}_source", f"{name}_quote")


FIELDS = (
    *(_quantity(name) for name in ("population", "communes_count", "professionals_count", "structures_count")),
    _quantity("share_of_department_population", "percentage.share_of_department_population"),
    Field("rank_in_department", "rank_in_department", "department", "rank_department",
          "rank_in_department_source", "rank_in_department_quote"),
    *(_date(kind) for kind in DATE_KINDS),
    Field("perimeter_count", None, "complete", "perimeter_complete", "perimeter_source", None),
)
COLUMNS = ("key", "name", "aliases", "departments", "documents", "subject_documents",
           *(column for field in FIELDS for column in field.columns()), "conflicts")


@dataclass(frozen=True)
class Statement:
    """What one document says of one fact of a community."""

    value: Any
    label: Any
    precision: int          # 0 is the most precise
    source: str
    published: str | None
    dated: str | None
    quote: str | None


ENTRIES_SQL = """
SELECT c.document, c.name, c.role, c.aliases, c.departments, c.perimeter_count, c.perimeter_complete,
       d.published, d.dated
FROM cpts c JOIN documents d ON d.source = c.document
WHERE c.key = ? AND d.error_code IS NULL
ORDER BY c.document"""

FACTS_SQL = """
SELECT f.document, f.field, f.value, f.value_number, f.qualifier, f.precision, f.detail, f.quote,
       d.published, d.dated
FROM facts f JOIN documents d ON d.source = f.document
WHERE f.cpts_key = ? AND f.chosen = 1
ORDER BY f.document, f.position"""


# --- build -----------------------------------------------------------------------------------------

def rebuild(database, keys: set[str]) -> None:
    """Replace the registry rows of these keys (called inside the loading transaction)."""
    for key in sorted(keys):
        database.execute("DELETE FROM cpts_registry WHERE key = ?", (key,))
        row = build_row(database, key)
        if row:
            database.insert("cpts_registry", [row])


def build_row(database, key: str) -> dict | None:
    entries = database.all(ENTRIES_SQL, (key,))
    if not entries:
        return None
    statements = fact_statements(database, key)
    statements["perimeter_count"] = perimeter_statements(entries)
    row = identity_columns(key, entries)
    conflicts = {}
    for field in FIELDS:
        found = statements.get(field.name, [])
        row.update(field_columns(field, choose(found, field)))
        if disagree(found, field):
            conflicts[field.name] = [describe(s, field) for s in newest_first(found)]
    row["conflicts"] = json.dumps(conflicts, ensure_ascii=False, sort_keys=True)
    return row


def identity_columns(key: str, entries: list[dict]) -> dict:
    newest = newest_first(entries, dated=lambda entry: entry["dated"])
    named = sorted(newest, key=lambda e: e["role"] != "subject")[0]
    names = {e["name"] for e in entries} | {a for e in entries for a in json.loads(e["aliases"])}
    return {
        "key": key,
        "name": named["name"],
        "aliases": json.dumps(sorted(names - {named["name"]}), ensure_ascii=False),
        "departments": json.dumps(sorted({d for e in entries for d in json.loads(e["departments"])})),
        "documents": len({e["document"] for e in entries}),
        "subject_documents": len({e["document"] for e in entries if e["role"] == "subject"}),
    }


def fact_statements(database, key: str) -> dict[str, list[Statement]]:
    """The chosen value of each fact in each document, by registry field name."""
    fields = {field.fact: field for field in FIELDS if field.fact}
    out: dict[str, list[Statement]] = {}
    for row in database.all(FACTS_SQL, (key,)):
        field = fields.get(row["field"])
        if field:
            out.setdefault(field.name, []).append(_statement(field, row))
    return out


def _statement(field: Field, row: dict) -> Statement:
    if field.label == "precision":
        value, label = row["value"], row["precision"]
        precision = 3 if value.startswith("--") else PRECISION_ORDER.get(label, 3)  # no year: least useful
    elif field.label == "department":
        value, label, precision = plain(row["value_number"]), json.loads(row["detail"])["department"], 0
    else:
        value, label = plain(row["value_number"]), row["qualifier"]
        precision = QUALIFIER_ORDER.get(label, 3)
    return Statement(value, label, precision, row["document"], row["published"], row["dated"], row["quote"])


def perimeter_statements(entries: list[dict]) -> list[Statement]:
    return [Statement(e["perimeter_count"], bool(e["perimeter_complete"]), 0 if e["perimeter_complete"] else 1,
                      e["document"], e["published"], e["dated"], None)
            for e in entries if e["perimeter_count"] is not None]


def newest_first(items: list, dated=lambda statement: statement.dated) -> list:
    """Most recent `dated` first, undated last; the order of equally dated items is kept."""
    return sorted(items, key=lambda item: dated(item) or "", reverse=True)


def choose(statements: list[Statement], field: Field) -> Statement | None:
    """The statement of the most recent document, the most precise if several; for dates, a
    finer date that agrees with it, even an older one."""
    if not statements:
        return None
    best = newest_first(sorted(statements, key=lambda s: (s.precision, s.source)))[0]
    if field.label == "precision":
        finer = [s for s in statements if s.precision < best.precision and dates_agree(s.value, best.value)]
        if finer:
            return choose(finer, field)
    return best


def dates_agree(a: str, b: str) -> bool:
    """One date refines the other: 2023 / 2023-06 / 2023-06-16, or --06-16 / 2023-06-16."""
    if a.startswith("--") or b.startswith("--"):
        return len(a) in (7, 10) and len(b) in (7, 10) and a[-5:] == b[-5:]
    return a.startswith(b) or b.startswith(a)


def disagree(statements: list[Statement], field: Field) -> bool:
    for a, b in combinations(statements, 2):
        same = dates_agree(a.value, b.value) if field.label == "precision" else (a.value, a.label) == (b.value, b.label)
        if not same:
            return True
    return False


def field_columns(field: Field, best: Statement | None) -> dict:
    if best is None:
        return dict.fromkeys(field.columns())
    label = int(best.label) if field.label == "complete" else best.label
    return dict(zip(field.columns(), (best.value, label, best.source, best.quote)))


def describe(statement: Statement, field: Field) -> dict:
    return {"value": statement.value, field.label: statement.label, "source": statement.source,
            "published": statement.published, "dated": statement.dated, "quote": statement.quote}


def plain(value: Any) -> Any:
    """33340.0 -> 33340: counts come back from DOUBLE PRECISION columns as floats."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# --- export ----------------------------------------------------------------------------------------

def registry_rows(database) -> list[dict]:
    rows = database.all("SELECT * FROM cpts_registry")
    return sorted(({column: plain(row[column]) for column in COLUMNS} for row in rows), key=lambda r: r["key"])


def export(database, out: Path) -> int:
    """Write registry.csv and registry.jsonl into `out`, each atomically; the number of rows."""
    rows = registry_rows(database)
    out.mkdir(parents=True, exist_ok=True)
    atomic_write(out / CSV_NAME, csv_text(rows).encode("utf-8"))
    atomic_write(out / JSONL_NAME, "".join(json.dumps(json_object(row), ensure_ascii=False) + "\n"
                                           for row in rows).encode("utf-8"))
    return len(rows)


def csv_text(rows: list[dict]) -> str:
    """Lists and conflicts stay JSON text in their cells; an empty cell is null."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def json_object(row: dict) -> dict:
    out = {column: json.loads(row[column]) if column in JSON_COLUMNS else row[column] for column in COLUMNS}
    if out["perimeter_complete"] is not None:
        out["perimeter_complete"] = bool(out["perimeter_complete"])
    return out
