"""Load records into SQLite or PostgreSQL with the same code, one transaction per document.

`connect` opens a SQLite file or a postgresql:// URL behind a small adapter (SQL is written
once, with `?` placeholders) and applies the schema of `data/database.sql`. `load_record`
turns a record into rows and replaces the document's rows when the record changed: a record
whose hash is already loaded is skipped, and a failure half-way leaves the document's old
rows in place. The registry rows of the communities the document names, before and after,
are rebuilt in the same transaction (registry.py).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections import Counter
from contextlib import closing, contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from . import registry
from ..errors import ExitCode, InvalidRecord
from ..record.record import QUALIFIER_ORDER
from ..record.validate import schema_errors

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
POSTGRES_PREFIXES = ("postgresql://", "postgres://")
# In insertion order; deleted in reverse (children first).
TABLES = ("documents", "cpts", "facts", "areas", "named_communes", "perimeter_communes", "warnings")
QUANTITY_FIELDS = ("population", "communes_count", "professionals_count", "structures_count")
OUTCOMES = ("loaded", "unchanged", "replaced", "failed")


class SchemaMismatch(Exception):
    """The database was made by another version of the schema."""


# --- connection ------------------------------------------------------------------------------------

class Database:
    """One connection to SQLite or PostgreSQL behind the same few methods. SQL uses `?`
    placeholders (and no literal `?` or `%`); rows come back as dicts."""

    def __init__(self, conn: Any, postgres: bool):
        self.conn = conn
        self.postgres = postgres

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: tuple = ()) -> None:
        self.conn.execute(self._sql(sql), params)

    def all(self, sql: str, params: tuple = ()) -> list[dict]:
        return [dict(row) for row in self.conn.execute(self._sql(sql), params).fetchall()]

    def insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        sql = self._sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})")
        values = [tuple(row[c] for c in columns) for row in rows]
        if self.postgres:
            with self.conn.cursor() as cursor:
                cursor.executemany(sql, values)
        else:
            self.conn.executemany(sql, values)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit on success; roll back everything done inside on any exception."""
        if self.postgres:
            with self.conn.transaction():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")  # take the write lock before reading what to replace
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def is_postgres(db: str) -> bool:
    return db.startswith(POSTGRES_PREFIXES)


def redacted(db: str) -> str:
    """The database string without its password, for messages."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", db)


def connect(db: str, create: bool = True) -> Database:
    """Open `db` (a SQLite path, or a postgresql:// URL) and make sure the schema is there."""
    if is_postgres(db):
        import psycopg
        from psycopg.rows import dict_row

        database = Database(psycopg.connect(db, autocommit=True, row_factory=dict_row), postgres=True)
    else:
        path = Path(db)
        if not create and not path.is_file():
            raise FileNotFoundError(f"no such database file: {db}")
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)  # transactions are opened explicitly
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        database = Database(conn, postgres=False)
    try:
        apply_schema(database)
    except BaseException:
        database.close()
        raise
    return database


def apply_schema(database: Database) -> None:
    ddl = resources.files("pipeline").joinpath("data/database.sql").read_text(encoding="utf-8")
    if database.postgres:
        database.conn.execute(ddl)  # several statements: allowed without parameters
    else:
        database.conn.executescript(ddl)
    versions = [row["version"] for row in database.all("SELECT version FROM schema_version")]
    if not versions:
        database.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
    elif versions != [SCHEMA_VERSION]:
        raise SchemaMismatch(f"the database has schema version {versions}, this pipeline writes "
                             f"version {SCHEMA_VERSION}: load into a new database")


# --- record -> rows ---------------------------------------------------------------------------------

def record_sha256(record: dict) -> str:
    """sha256 of the canonical JSON of the record (sorted keys, no whitespace)."""
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_rows(record: dict, digest: str) -> dict[str, list[dict]]:
    """The rows of every table for one record, by table name."""
    source = record["document"]["source"]
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    rows["documents"].append(document_row(record, digest))
    facts = document_facts(record)
    for position, cpts in enumerate(record["cpts"]):
        rows["cpts"].append(cpts_row(cpts, position))
        facts += cpts_facts(cpts)
        rows["areas"] += area_rows(cpts)
        rows["named_communes"] += named_commune_rows(cpts)
        rows["perimeter_communes"] += [{"cpts_key": cpts["key"], "insee": code}
                                       for code in (cpts["territory"]["resolved"] or {}).get("insee", [])]
    rows["facts"] = [dict(row, position=position) for position, row in enumerate(facts)]
    rows["warnings"] = [{"position": position, "code": w["code"], "message": w["message"], "cpts_key": w["cpts"]}
                        for position, w in enumerate(record.get("warnings", []))]
    return {table: table_rows if table == "documents" else [dict(row, document=source) for row in table_rows]
            for table, table_rows in rows.items()}


def document_row(record: dict, digest: str) -> dict:
    document = record["document"]
    published = document.get("published") or {}
    place = document.get("place") or {}
    ocr = document.get("ocr") or {}
    error = record.get("error") or {}
    dated, dated_from = dating(record)
    return {
        "source": document["source"], "record_sha256": digest, "sha256": document["sha256"],
        "text_sha256": document.get("text_sha256"), "format": document.get("format"),
        "language": document.get("language"), "pages": document.get("pages"),
        "published": published.get("value"), "published_precision": published.get("precision"),
        "dated": dated, "dated_from": dated_from,
        "place_name": place.get("name"), "place_insee": place.get("insee"),
        "ocr_engine": ocr.get("engine"), "ocr_mean_confidence": ocr.get("mean_confidence"),
        "error_code": error.get("code"), "error_message": error.get("message"),
    }


def dating(record: dict) -> tuple[str | None, str | None]:
    """The date that orders this document in the registry, and where it comes from: its own
    date, else the latest dated value it mentions (a release cannot predate what it reports)."""
    published = record["document"].get("published")
    if published:
        return published["value"], "published"
    mentioned = [date["value"] for cpts in record["cpts"] for date in cpts["dates"].values()
                 if date and not date["value"].startswith("--")]
    return (max(mentioned), "latest_mention") if mentioned else (None, None)


def cpts_row(cpts: dict, position: int) -> dict:
    resolved = cpts["territory"]["resolved"]
    return {
        "key": cpts["key"], "position": position, "name": cpts["name"], "role": cpts["role"],
        "departments": json.dumps(cpts["departments"]), "aliases": json.dumps(cpts["aliases"], ensure_ascii=False),
        "perimeter_count": resolved["count"] if resolved else None,
        "perimeter_complete": int(resolved["complete"]) if resolved else None,
    }


def evidence_columns(evidence: dict) -> dict:
    return {"quote": evidence["quote"], "quote_start": evidence["start"], "quote_end": evidence["end"],
            "page": evidence.get("page"), "confidence": evidence.get("confidence")}


def fact(field: str, value: Any, evidence: dict, key: str | None = None, chosen: bool = True,
         qualifier: str | None = None, precision: str | None = None, detail: dict | None = None) -> dict:
    """One row of `facts`."""
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return {
        "cpts_key": key, "field": field, "chosen": int(chosen),
        "value": value if isinstance(value, str) else json.dumps(value),
        "value_number": number, "qualifier": qualifier, "precision": precision,
        "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
        **evidence_columns(evidence),
    }


def quantity_facts(field: str, quantity: dict | None, key: str | None = None, detail: dict | None = None) -> list[dict]:
    """The chosen value, then every mention (the chosen figure is among them, as in the record)."""
    if not quantity:
        return []
    value = quantity["percent"] if "percent" in quantity else quantity["value"]
    rows = [fact(field, value, quantity["evidence"], key, qualifier=quantity["qualifier"], detail=detail)]
    rows += [fact(field, m["value"], m["evidence"], key, chosen=False, qualifier=m["qualifier"], detail=detail)
             for m in quantity["mentions"]]
    return rows


def place_fact(field: str, place: dict | None, key: str | None = None) -> list[dict]:
    return [fact(field, place["name"], place["evidence"], key, detail={"insee": place["insee"]})] if place else []


def document_facts(record: dict) -> list[dict]:
    document = record["document"]
    published = document.get("published")
    rows = [fact("published", published["value"], published["evidence"], precision=published["precision"])] \
        if published else []
    rows += place_fact("place", document.get("place"))
    for coverage in record.get("department_coverage", []):
        rows += quantity_facts("department_coverage", coverage, detail={"department": coverage["department"]})
    return rows


def cpts_facts(cpts: dict) -> list[dict]:
    key = cpts["key"]
    rows = [row for field in QUANTITY_FIELDS for row in quantity_facts(field, cpts[field], key)]
    rank = cpts["rank_in_department"]
    if rank:
        rows.append(fact("rank_in_department", rank["value"], rank["evidence"], key,
                         detail={"department": rank["department"]}))
    for kind, date in cpts["dates"].items():
        if date:
            detail = {"year_from": date["year_from"]} if "year_from" in date else None
            rows.append(fact(f"dates.{kind}", date["value"], date["evidence"], key,
                             precision=date["precision"], detail=detail))
    rows += percentage_facts(cpts["percentages"], key)
    rows += [fact("people", p["name"], p["evidence"], key, detail={"role": p["role"]}) for p in cpts["people"]]
    rows += place_fact("launch_place", cpts["launch_place"], key)
    return rows


def percentage_facts(percentages: list[dict], key: str) -> list[dict]:
    """One row per percentage; the most precise of each kind is the chosen one."""
    chosen = {}
    for item in percentages:
        best = chosen.get(item["kind"])
        if best is None or _precision(item) < _precision(best):
            chosen[item["kind"]] = item
    return [fact(f"percentage.{p['kind']}", p["value"], p["evidence"], key, chosen=chosen[p["kind"]] is p,
                 qualifier=p["qualifier"], detail={"population": p["population"]} if "population" in p else None)
            for p in percentages]


def _precision(percentage: dict) -> tuple[int, int]:
    """More decimals first (51.56 before 51), then exact before approximate."""
    decimals = len(f"{percentage['value']:.4f}".rstrip("0").split(".")[1])
    return -decimals, QUALIFIER_ORDER.get(percentage["qualifier"], 3)


def area_rows(cpts: dict) -> list[dict]:
    rows = []
    for position, area in enumerate(cpts["territory"]["areas"]):
        count = area["communes_count"] or {}
        rows.append({"cpts_key": cpts["key"], "position": position, "kind": area["kind"], "name": area["name"],
                     "code": area["code"], "extent": area["extent"], "part": area["part"],
                     "communes_count": count.get("value"), "communes_count_qualifier": count.get("qualifier"),
                     **evidence_columns(area["evidence"])})
    return rows


def named_commune_rows(cpts: dict) -> list[dict]:
    """Communes listed under an area, excepted from one, and named outside any area (loose)."""
    territory = cpts["territory"]
    named = []
    for position, area in enumerate(territory["areas"]):
        named += [(commune, "listed", position) for commune in area["listed"]]
        named += [(commune, "excepted", position) for commune in area["except"]]
    listed = {commune["insee"] or commune["name"] for area in territory["areas"] for commune in area["listed"]}
    named += [(commune, "loose", None) for commune in territory["communes"]
              if (commune["insee"] or commune["name"]) not in listed]
    return [{"cpts_key": cpts["key"], "position": position, "name": commune["name"], "insee": commune["insee"],
             "named_as": named_as, "area_position": area_position, **evidence_columns(commune["evidence"])}
            for position, (commune, named_as, area_position) in enumerate(named)]


# --- loading ----------------------------------------------------------------------------------------

def delete_document(database: Database, source: str) -> None:
    for table in reversed(TABLES):
        column = "source" if table == "documents" else "document"
        database.execute(f"DELETE FROM {table} WHERE {column} = ?", (source,))


def insert_rows(database: Database, rows: dict[str, list[dict]]) -> None:
    for table in TABLES:
        database.insert(table, rows[table])


def load_record(database: Database, record: dict) -> str:
    """Load one record in one transaction; returns 'loaded', 'replaced' or 'unchanged'.
    A record is checked against the schema unless it is already loaded (InvalidRecord)."""
    source = record["document"].get("source")
    if not isinstance(source, str):
        raise InvalidRecord("not a valid record: document.source is missing")
    digest = record_sha256(record)
    with database.transaction():
        old = database.all("SELECT record_sha256 FROM documents WHERE source = ?", (source,))
        if old and old[0]["record_sha256"] == digest:
            return "unchanged"
        problems = schema_errors(record)
        if problems:
            raise InvalidRecord("not a valid record: " + "; ".join(problems[:3]))
        rows = record_rows(record, digest)
        keys = {row["key"] for row in database.all("SELECT key FROM cpts WHERE document = ?", (source,))}
        delete_document(database, source)
        insert_rows(database, rows)
        registry.rebuild(database, keys | {row["key"] for row in rows["cpts"]})
    return "replaced" if old else "loaded"


def is_record(data: Any) -> bool:
    return isinstance(data, dict) and "schema_version" in data and isinstance(data.get("document"), dict)


def load_file(database: Database, path: Path) -> str | None:
    """Load one file: an outcome of OUTCOMES, or None for a JSON file that is not a record."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.error("%s: not readable as JSON: %s", path, exc)
        return "failed"
    if not is_record(data):
        log.info("%s: not a record, skipped", path)
        return None
    try:
        return load_record(database, data)
    except InvalidRecord as exc:
        log.error("%s: %s", path, exc)
        return "failed"
    except Exception as exc:  # a bad record or a bug: its transaction is rolled back, the batch goes on
        log.error("%s: not loaded, the database keeps what it had for this document (%s: %s)",
                  path, type(exc).__name__, exc)
        return "failed"


def load_folder(database: Database, folder: Path) -> Counter:
    """Load every record (*.json) of a folder; counts of each outcome."""
    counts: Counter = Counter()
    for path in sorted(folder.glob("*.json")):
        if not path.name.startswith("."):
            counts[load_file(database, path) or "skipped"] += 1
    return counts


def summary(counts: Counter) -> str:
    line = ", ".join(f"{counts[outcome]} {outcome}" for outcome in OUTCOMES)
    skipped = f" ({counts['skipped']} file(s) skipped: not records)" if counts["skipped"] else ""
    return f"documents: {line}{skipped}"


# --- commands ---------------------------------------------------------------------------------------

def open_database(db: str, create: bool) -> Database | None:
    try:
        return connect(db, create)
    except Exception as exc:  # a wrong path, URL, password or server; an old schema
        log.error("cannot open the database %s: %s", redacted(db), exc)
        return None


def load_command(out_dir: Path, db: str) -> int:
    if not out_dir.is_dir():
        log.error("no such folder: %s", out_dir)
        return ExitCode.BAD_USAGE
    database = open_database(db, create=True)
    if database is None:
        return ExitCode.BAD_USAGE
    with closing(database):
        counts = load_folder(database, out_dir)
    print(summary(counts))
    return ExitCode.INPUT_FAILED if counts["failed"] else ExitCode.OK


def export_command(db: str, out: Path | None) -> int:
    if out is None:
        if is_postgres(db):
            log.error("export from PostgreSQL needs --out DIR (there is no database file to write beside)")
            return ExitCode.BAD_USAGE
        out = Path(db).parent
    database = open_database(db, create=False)
    if database is None:
        return ExitCode.BAD_USAGE
    with closing(database):
        try:
            count = registry.export(database, out)
        except OSError as exc:
            log.error("cannot write the registry to %s: %s", out, exc)
            return ExitCode.INPUT_FAILED
    if count == 0:
        log.warning("the registry is empty: load records first (python -m pipeline load OUT_DIR --db ...)")
    print(f"registry: {count} communities -> {out / registry.CSV_NAME}, {out / registry.JSONL_NAME}")
    return ExitCode.OK
