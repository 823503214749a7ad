"""Loading records into SQLite and PostgreSQL, the registry of communities and its export.

Every test runs on both backends (the `db` fixture). PostgreSQL comes from
$PIPELINE_TEST_POSTGRES (see scripts/ensure-postgres.sh; each test gets its own schema), else
from a private throwaway server started for the session when the PostgreSQL binaries are
installed; else its tests are skipped, or fail when PIPELINE_REQUIRE_POSTGRES=1.
"""
from __future__ import annotations

import csv
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import closing
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

from pipeline.store import registry
from pipeline.run.cli import main
from pipeline.store.database import TABLES, Database, connect, export_command, load_command
from pipeline.facts import DATE_KINDS
from pipeline.outputs import write_outputs
from pipeline.record.record import error_record
from pipeline.record.validate import schema_errors

ALL_TABLES = (*TABLES, "cpts_registry")
CORPUS_KEYS = {"auxois-morvan", "centre-21", "pays-d-or", "21-52", "sud-cote-d-or", "grand-auxerrois-et-armance",
               "puisaye-forterre", "centre-yonne", "nord-de-l-yonne", "sud-de-l-yonne"}
MODIFIED = "001_cdceb788aaf07a9d"  # the release about CPTS 21-52 and CPTS Pays d'Or


# --- PostgreSQL ------------------------------------------------------------------------------------

class Unavailable(Exception):
    pass


class PrivateServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, in a temporary folder."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="cpts-test-postgres-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.password = uuid.uuid4().hex
        self.url = f"postgresql://postgres:{self.password}@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if os.geteuid() == 0:  # initdb refuses root: the cluster belongs to `postgres`
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            raise Unavailable(f"{tool} failed: {done.stderr.strip()[-500:]}")

    def start(self) -> None:
        pwfile = self.base / "password"
        pwfile.write_text(self.password)
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("running as root and there is no 'postgres' user to run initdb as") from None
            for path in (self.base, pwfile):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", f"--pwfile={pwfile}",
                  "--auth-local=trust", "--auth-host=scram-sha-256", "--locale=C", "--encoding=UTF8")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.base} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_bindir() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name.zfill(4), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.insert(0, Path(on_path).resolve().parent)
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def _no_postgres(reason: str):
    if os.environ.get("PIPELINE_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PIPELINE_REQUIRE_POSTGRES=1 but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason} (run scripts/ensure-postgres.sh, or install postgresql)")


@pytest.fixture(scope="session")
def postgres_url():
    if os.environ.get("PIPELINE_TEST_POSTGRES"):
        yield os.environ["PIPELINE_TEST_POSTGRES"]
        return
    bindir = _postgres_bindir()
    if bindir is None:
        _no_postgres("PIPELINE_TEST_POSTGRES is not set and no PostgreSQL binaries (initdb, pg_ctl) are installed")
    server = PrivateServer(bindir)
    try:
        server.start()
    except Unavailable as exc:
        server.stop()
        _no_postgres(f"a private server could not start: {exc}")
    try:
        yield server.url
    finally:
        server.stop()


def _with_search_path(url: str, schema: str) -> str:
    parts = urlsplit(url)
    option = "options=" + quote(f"-c search_path={schema}", safe="")
    return urlunsplit(parts._replace(query=f"{parts.query}&{option}" if parts.query else option))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh, empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "db" / "cpts.sqlite")
        return
    import psycopg

    url = request.getfixturevalue("postgres_url")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield _with_search_path(url, schema)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


# --- records ---------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def records_dir(corpus_records, tmp_path_factory) -> Path:
    """The five sample communiqués extracted as the CLI writes them: <stem>.json and <stem>.txt."""
    out = tmp_path_factory.mktemp("records")
    for stem, (record, text) in corpus_records.items():
        write_outputs(out, stem, record, text)
    return out


@pytest.fixture
def folder(records_dir, tmp_path) -> Path:
    """A copy of the records that a test may change."""
    return Path(shutil.copytree(records_dir, tmp_path / "records"))


def rows(db: str, sql: str, params: tuple = ()) -> list[dict]:
    with closing(connect(db)) as database:
        return database.all(sql, params)


def snapshot(db: str) -> dict[str, list[dict]]:
    """Every row of every table, in a stable order."""
    with closing(connect(db)) as database:
        return {table: sorted(database.all(f"SELECT * FROM {table}"), key=repr) for table in ALL_TABLES}


def registry_of(db: str) -> dict[str, dict]:
    return {row["key"]: row for row in rows(db, "SELECT * FROM cpts_registry")}


def modify(folder: Path) -> dict:
    """Pays d'Or's population 84 000 -> 85 000 and CPTS 21-52 dropped, in one record."""
    path = folder / f"{MODIFIED}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["cpts"] = [c for c in record["cpts"] if c["key"] != "21-52"]
    population = record["cpts"][0]["population"]
    assert record["cpts"][0]["key"] == "pays-d-or" and population["value"] == 84000
    population["value"] = population["mentions"][0]["value"] = 85000
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return record


# --- (a) the registry of the sample corpus ---------------------------------------------------------

def test_corpus_loads_into_a_registry_of_ten_communities(records_dir, db, capsys):
    assert load_command(records_dir, db) == 0
    assert "5 loaded, 0 unchanged, 0 replaced, 0 failed" in capsys.readouterr().out
    found = registry_of(db)
    assert set(found) == CORPUS_KEYS
    assert all(found[key]["documents"] >= 2 for key in ("centre-21", "pays-d-or", "21-52", "sud-cote-d-or"))
    assert list(rows(db, "SELECT * FROM cpts_registry")[0]) == list(registry.COLUMNS)

    centre = found["centre-21"]
    assert centre["name"] == "CPTS Centre 21" and json.loads(centre["aliases"]) == ["CPTS Center 21"]
    assert (centre["documents"], centre["subject_documents"]) == (3, 1)
    assert centre["population"] == 274922 and centre["population_qualifier"] == "exact"
    assert centre["share_of_department_population"] == 51.56  # the most precise of 51% and 51,56%
    assert (centre["launch_date"], centre["launch_date_precision"]) == ("2021-09-16", "day")
    assert (centre["perimeter_count"], centre["perimeter_complete"]) == (68, 1)
    assert centre["rank_in_department"] == 3 and centre["rank_department"] == "21"
    assert json.loads(centre["conflicts"]) == {}
    assert found["21-52"]["name"] == "CPTS 21-52"  # its subject release, not the mentions "CPTS 21/52"
    assert json.loads(found["sud-cote-d-or"]["departments"]) == ["21", "71"]

    dated = {Path(r["source"]).stem[:3]: (r["dated"], r["dated_from"]) for r in rows(db, "SELECT * FROM documents")}
    assert dated == {"000": ("2022-07-22", "published"), "001": (None, None), "002": ("2021-09-16", "latest_mention"),
                     "003": (None, None), "004": ("2024-05-03", "published")}


def test_perimeters_and_named_communes(records_dir, db):
    load_command(records_dir, db)
    centre = "SELECT * FROM {} WHERE document = ? AND cpts_key = ?"
    params = ("002_c8d313cca9ef4393.txt", "centre-21")
    assert len(rows(db, centre.format("perimeter_communes"), params)) == 68
    named = rows(db, centre.format("named_communes"), params)
    excepted = {r["name"] for r in named if r["named_as"] == "excepted"}
    assert {"Fénay", "Ouges", "Neuilly-Crimolois", "Magny-sur-Tille", "Bressey-sur-Tille"} <= excepted
    areas = {r["position"]: r for r in rows(db, centre.format("areas"), params)}
    assert areas[0]["name"] == "métropole de Dijon" and areas[0]["code"] == "242100410"
    assert all(r["area_position"] in areas for r in named if r["named_as"] != "loose")
    warnings = rows(db, "SELECT code FROM warnings WHERE document = ? ORDER BY position", params[:1])
    assert [w["code"] for w in warnings] == ["duplicate_commune", "communes_count_mismatch"]


# --- (b), (c), (d) idempotency, replacement, rollback --------------------------------------------

def test_loading_twice_changes_nothing(records_dir, db, capsys):
    load_command(records_dir, db)
    before = snapshot(db)
    assert load_command(records_dir, db) == 0
    assert "0 loaded, 5 unchanged, 0 replaced, 0 failed" in capsys.readouterr().out
    assert snapshot(db) == before


def _of_other_documents(snap: dict, source: str) -> dict:
    out = {}
    for table, table_rows in snap.items():
        column = "source" if table == "documents" else "document"
        out[table] = [r for r in table_rows if table == "cpts_registry" or r[column] != source]
    out["cpts_registry"] = [r for r in out["cpts_registry"] if r["key"] not in ("pays-d-or", "21-52")]
    return out


def test_a_modified_record_replaces_its_own_rows_only(folder, db, capsys):
    load_command(folder, db)
    before = snapshot(db)
    modify(folder)
    assert load_command(folder, db) == 0
    assert "0 loaded, 4 unchanged, 1 replaced, 0 failed" in capsys.readouterr().out
    after = snapshot(db)
    source = f"{MODIFIED}.txt"
    assert _of_other_documents(after, source) == _of_other_documents(before, source)
    assert [r["key"] for r in rows(db, "SELECT key FROM cpts WHERE document = ?", (source,))] == ["pays-d-or"]
    found = registry_of(db)
    assert found["pays-d-or"]["population"] == 85000
    # 21-52 lost its only subject release: the registry row of a key the document had is rebuilt too
    assert (found["21-52"]["documents"], found["21-52"]["subject_documents"]) == (2, 0)
    assert found["21-52"]["population"] is None and found["21-52"]["name"] == "CPTS 21/52"


@pytest.mark.parametrize("fail_at", ["facts", "cpts_registry"])
def test_an_interrupted_load_leaves_the_database_as_it_was(folder, db, monkeypatch, fail_at):
    load_command(folder, db)
    before = snapshot(db)
    modify(folder)
    insert = Database.insert

    def failing_insert(self, table, table_rows):
        if table == fail_at:  # the old rows are deleted and the new ones half written by now
            raise RuntimeError("injected failure")
        insert(self, table, table_rows)

    monkeypatch.setattr(Database, "insert", failing_insert)
    assert load_command(folder, db) == 1
    assert snapshot(db) == before
    monkeypatch.setattr(Database, "insert", insert)
    assert load_command(folder, db) == 0
    assert registry_of(db)["pays-d-or"]["population"] == 85000


# --- (e) the registry rule ------------------------------------------------------------------------

def _evidence(quote: str) -> dict:
    return {"quote": quote, "start": 0, "end": len(quote)}


def _quantity(value: int, quote: str) -> dict:
    return {"value": value, "qualifier": "exact", "evidence": _evidence(quote),
            "mentions": [{"value": value, "qualifier": "exact", "evidence": _evidence(quote)}]}


def _date(value: str, precision: str) -> dict:
    return {"value": value, "precision": precision, "evidence": _evidence(value)}


def hand_record(source: str, published: str | None, population: int | None = None,
                health_project: dict | None = None) -> dict:
    cpts = {"name": "CPTS du Val d'Essai", "key": "val-d-essai", "aliases": [], "role": "subject",
            "departments": ["21"], "population": population and _quantity(population, f"{population} habitants"),
            "communes_count": None, "professionals_count": None, "structures_count": None,
            "rank_in_department": None, "dates": {kind: None for kind in DATE_KINDS}, "percentages": [],
            "territory": {"areas": [], "communes": [], "resolved": None}, "people": [], "launch_place": None}
    cpts["dates"]["health_project"] = health_project
    document = {"source": source, "sha256": "0" * 64, "format": "text", "language": "fr", "pages": 1,
                "text_sha256": "0" * 64, "ocr": None, "repairs": [],
                "published": published and _date(published, "day"), "place": None}
    record = {"schema_version": "1.0", "document": document, "cpts": [cpts], "department_coverage": [], "warnings": []}
    assert schema_errors(record) == []
    return record


def write_records(folder: Path, **records: dict) -> Path:
    folder.mkdir(exist_ok=True)
    for stem, record in records.items():
        (folder / f"{stem}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def test_the_newer_release_wins_and_both_figures_are_conflicts(tmp_path, db):
    folder = write_records(tmp_path / "in",  # the newer release is loaded first
                           a=hand_record("2024.txt", "2024-03-01", population=40000),
                           b=hand_record("2022.txt", "2022-01-10", population=37000))
    assert load_command(folder, db) == 0
    row = registry_of(db)["val-d-essai"]
    assert (row["population"], row["population_source"], row["population_quote"]) == (40000, "2024.txt", "40000 habitants")
    conflicts = json.loads(row["conflicts"])
    assert [(s["value"], s["source"], s["published"]) for s in conflicts["population"]] == [
        (40000, "2024.txt", "2024-03-01"), (37000, "2022.txt", "2022-01-10")]
    assert all(s["qualifier"] == "exact" and s["quote"] for s in conflicts["population"])


def test_a_finer_date_that_agrees_wins_and_is_no_conflict(tmp_path, db):
    folder = write_records(tmp_path / "in",
                           old=hand_record("old.txt", "2023-07-01", health_project=_date("2023-06-16", "day")),
                           new=hand_record("new.txt", "2024-02-01", health_project=_date("2023-06", "month")))
    load_command(folder, db)
    row = registry_of(db)["val-d-essai"]
    assert (row["health_project_date"], row["health_project_date_precision"]) == ("2023-06-16", "day")
    assert row["health_project_date_source"] == "old.txt"
    assert json.loads(row["conflicts"]) == {}

    write_records(folder, newest=hand_record("newest.txt", "2024-09-01", health_project=_date("2023-09", "month")))
    load_command(folder, db)
    row = registry_of(db)["val-d-essai"]
    assert (row["health_project_date"], row["health_project_date_source"]) == ("2023-09", "newest.txt")
    stated = json.loads(row["conflicts"])["health_project_date"]
    assert [(s["value"], s["precision"]) for s in stated] == [("2023-09", "month"), ("2023-06", "month"), ("2023-06-16", "day")]


# --- (f) facts ------------------------------------------------------------------------------------

def test_one_fact_row_per_value_with_its_evidence(records_dir, db):
    load_command(records_dir, db)
    source = "000_23596e47e6eee860.txt"
    text = (records_dir / "000_23596e47e6eee860.txt").read_text(encoding="utf-8")
    population = rows(db, "SELECT * FROM facts WHERE document = ? AND cpts_key = ? AND field = ? ORDER BY position",
                      (source, "auxois-morvan", "population"))
    chosen = [r for r in population if r["chosen"] == 1]
    assert len(chosen) == 1 and chosen[0]["value_number"] == 33340 and chosen[0]["value"] == "33340"
    assert chosen[0]["quote"] == text[chosen[0]["quote_start"]:chosen[0]["quote_end"]] == "33 340 habitants"
    assert sorted(r["value_number"] for r in population if r["chosen"] == 0) == [33000, 33340]
    document_level = rows(db, "SELECT field, value, precision FROM facts WHERE document = ? AND cpts_key IS NULL "
                              "AND chosen = 1 ORDER BY position", (source,))
    assert [(r["field"], r["value"]) for r in document_level] == [
        ("published", "2022-07-22"), ("place", "Dijon"), ("department_coverage", "93.6")]

    for table in ("facts", "areas", "named_communes"):
        for row in rows(db, f"SELECT * FROM {table}"):
            text = (records_dir / row["document"]).read_text(encoding="utf-8")
            assert text[row["quote_start"]:row["quote_end"]] == row["quote"], (table, row)


# --- (g) export -----------------------------------------------------------------------------------

def test_export_writes_csv_and_jsonl_that_round_trip(records_dir, db, tmp_path):
    load_command(records_dir, db)
    out = tmp_path / "export"
    assert export_command(db, out) == 0
    with (out / "registry.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    objects = [json.loads(line) for line in (out / "registry.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["key"] for r in table] == [o["key"] for o in objects] == sorted(CORPUS_KEYS)
    assert list(table[0]) == list(objects[0]) == list(registry.COLUMNS)
    for cells, obj in zip(table, objects):
        for column, cell in cells.items():
            value = obj[column]
            if column in registry.JSON_COLUMNS:
                assert json.loads(cell) == value
            elif isinstance(value, bool):
                assert cell == str(int(value))
            else:
                assert cell == ("" if value is None else str(value))
    centre = next(o for o in objects if o["key"] == "centre-21")
    assert centre["population"] == 274922 and centre["perimeter_complete"] is True and centre["conflicts"] == {}
    assert not list(out.glob(".*"))


def test_export_default_folder(records_dir, db):
    load_command(records_dir, db)
    if db.startswith("postgresql://"):
        assert export_command(db, None) == 2  # no file to write beside: --out is required
    else:
        assert export_command(db, None) == 0
        assert (Path(db).parent / "registry.jsonl").read_text(encoding="utf-8").count("\n") == 10


# --- (h) the command line -------------------------------------------------------------------------

def test_cli_load_reports_a_broken_file_and_loads_the_others(folder, db, capsys, caplog):
    assert main(["load", str(folder), "--db", db]) == 0
    (folder / "broken.json").write_text('{"schema_version": "1.0", "document": ', encoding="utf-8")
    (folder / "notes.json").write_text('{"not": "a record"}', encoding="utf-8")
    failed = error_record("corpus/inbox/empty.txt", b"", "empty_input", "the file is empty")
    (folder / "empty.json").write_text(json.dumps(failed), encoding="utf-8")
    invalid = {"schema_version": "1.0", "document": {"source": "invalid.txt"}, "cpts": []}
    (folder / "invalid.json").write_text(json.dumps(invalid), encoding="utf-8")
    capsys.readouterr()
    assert main(["load", str(folder), "--db", db]) == 1
    captured = capsys.readouterr()
    assert "1 loaded, 5 unchanged, 0 replaced, 2 failed (1 file(s) skipped: not records)" in captured.out
    assert "broken.json: not readable as JSON" in caplog.text
    assert "invalid.json: not a valid record" in caplog.text
    documents = {r["source"]: r for r in rows(db, "SELECT * FROM documents")}
    assert len(documents) == 6 and documents["corpus/inbox/empty.txt"]["error_code"] == "empty_input"
    assert rows(db, "SELECT * FROM cpts WHERE document = ?", ("corpus/inbox/empty.txt",)) == []
    assert set(registry_of(db)) == CORPUS_KEYS
    assert main(["load", str(folder / "missing"), "--db", db]) == 2


def test_a_database_of_another_schema_version_is_refused(records_dir, db, caplog):
    with closing(connect(db)) as database:
        database.execute("UPDATE schema_version SET version = ?", (99,))
    assert load_command(records_dir, db) == 2
    assert "schema version [99]" in caplog.text
