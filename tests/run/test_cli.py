"""The command line: a batch survives bad inputs, outputs never collide, exit codes mean something."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.run.cli import main

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "inbox"


def test_extract_batch_with_bad_inputs(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(CORPUS / "004_3424cefa53f8ce02.txt", inbox / "good.txt")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "garbage.pdf").write_bytes(b"\x00\x01\x02 not a pdf \x00" * 20)
    out = tmp_path / "out"
    assert main(["extract", str(inbox), "--out", str(out)]) == 1
    good = json.loads((out / "good.json").read_text())
    assert good["cpts"][0]["key"] == "grand-auxerrois-et-armance"
    assert (out / "good.txt").read_text(encoding="utf-8") == (inbox / "good.txt").read_text(encoding="utf-8")
    empty = json.loads((out / "empty.json").read_text())
    assert empty["error"]["code"] == "empty_input" and empty["cpts"] == []
    garbage = json.loads((out / "garbage.json").read_text())
    assert "error" in garbage
    assert not list(out.glob(".*.tmp"))
    assert main(["validate", *map(str, sorted(out.glob("*.json")))]) == 0


def test_same_stem_twice_keeps_both(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(CORPUS / "001_cdceb788aaf07a9d.txt", tmp_path / folder / "release.txt")
    (tmp_path / "a" / "release.html").write_text("<html><body><p>Rien.</p></body></html>")
    out = tmp_path / "out"
    main(["extract", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out)])
    names = sorted(p.name for p in out.glob("*.json"))
    assert len(names) == 3 and "release.json" in names


def test_cp1252_text_is_decoded(tmp_path):
    text = "Le 3 mai 2024\n\nLa CPTS du Pays d'Aire couvre 30 000 habitants et compte 80 professionnels de santé."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "latin.txt"), "--out", str(out)]) == 0
    record = json.loads((out / "latin.json").read_text())
    assert record["cpts"][0]["professionals_count"]["value"] == 80
    assert record["cpts"][0]["population"]["value"] == 30000


def test_python_m_pipeline_exits_with_the_status_and_the_whole_summary(tmp_path):
    """`python -m pipeline` leaves without freeing its heap: what it printed must still arrive
    whole through a pipe, and its status must be main()'s."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(CORPUS / "004_3424cefa53f8ce02.txt", inbox / "good.txt")
    (inbox / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(inbox), "--out", str(out)],
                          capture_output=True, text=True, timeout=300, env=buffered)
    assert done.returncode == 1
    assert done.stdout.splitlines()[0].startswith("2 input(s) in ")
    assert done.stdout.rstrip().endswith(f"{inbox / 'empty.txt'}: empty_input: empty.txt: the file is empty")
    assert "good.txt: CPTS" in done.stderr  # the log, flushed before leaving
    assert json.loads((out / "good.json").read_text())["cpts"][0]["key"] == "grand-auxerrois-et-armance"
    usage = subprocess.run([sys.executable, "-m", "pipeline", "extract"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2 and "usage:" in usage.stderr


def test_bad_usage_exits_2(tmp_path):
    assert main(["extract"]) == 2
    assert main(["extract", str(tmp_path / "missing"), "--out", str(tmp_path)]) == 2


def test_validate_reports_a_broken_record(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": "1.0", "cpts": []}))
    assert main(["validate", str(bad)]) == 1
    assert "bad.json" in capsys.readouterr().err


# --- incremental extraction and the batch summary ---------------------------------------------

def _counting_extractions(monkeypatch) -> list[str]:
    """Record the name of every input the CLI actually extracts."""
    import pipeline.run.cli as cli

    seen: list[str] = []
    real = cli._write_result

    def counted(out, stem, path, record, text):
        seen.append(path.name)
        return real(out, stem, path, record, text)

    monkeypatch.setattr(cli, "_write_result", counted)
    return seen


def _small_batch(tmp_path) -> Path:
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(CORPUS / "001_cdceb788aaf07a9d.txt", inbox / "a.txt")
    shutil.copy(CORPUS / "002_c8d313cca9ef4393.txt", inbox / "b.txt")
    (inbox / "empty.txt").write_bytes(b"")
    return inbox


def test_unchanged_inputs_are_not_extracted_again(tmp_path, monkeypatch, capsys):
    inbox, out = _small_batch(tmp_path), tmp_path / "out"
    seen = _counting_extractions(monkeypatch)
    assert main(["extract", str(inbox), "--out", str(out)]) == 1
    assert sorted(seen) == ["a.txt", "b.txt", "empty.txt"]
    first = {p.name: p.read_bytes() for p in out.glob("*.json")}
    capsys.readouterr()

    seen.clear()
    assert main(["extract", str(inbox), "--out", str(out)]) == 1  # the empty file still fails
    assert seen == []
    assert {p.name: p.read_bytes() for p in out.glob("*.json")} == first
    report = capsys.readouterr().out
    assert "3 input(s)" in report and "0 extracted, 3 unchanged" in report and "1 failed" in report
    assert "empty.txt: empty_input" in report
    assert "b.txt: " in report and "communes_count_mismatch (centre-21)" in report


def test_changed_bytes_deleted_record_and_force_extract_again(tmp_path, monkeypatch):
    inbox, out = _small_batch(tmp_path), tmp_path / "out"
    seen = _counting_extractions(monkeypatch)
    main(["extract", str(inbox), "--out", str(out)])
    seen.clear()
    (inbox / "a.txt").write_text((inbox / "a.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (out / "b.json").unlink()
    main(["extract", str(inbox), "--out", str(out)])
    assert sorted(seen) == ["a.txt", "b.txt"]
    seen.clear()
    main(["extract", str(inbox), "--out", str(out), "--force"])
    assert sorted(seen) == ["a.txt", "b.txt", "empty.txt"]


def test_a_new_pipeline_version_extracts_again(tmp_path, monkeypatch):
    import pipeline.run.batch as batch

    inbox, out = _small_batch(tmp_path), tmp_path / "out"
    seen = _counting_extractions(monkeypatch)
    main(["extract", str(inbox / "a.txt"), "--out", str(out)])
    monkeypatch.setattr(batch, "pipeline_version", lambda: "9.9.9+changed")
    seen.clear()
    main(["extract", str(inbox / "a.txt"), "--out", str(out)])
    assert seen == ["a.txt"]


def test_the_version_follows_the_code():
    from pipeline.run.version import pipeline_version
    from pipeline import __version__

    version = pipeline_version()
    assert version.startswith(__version__ + "+") and len(version.split("+")[1]) == 12


def test_no_progress_bar_off_a_terminal(tmp_path, capsys):
    inbox, out = _small_batch(tmp_path), tmp_path / "out"
    main(["extract", str(inbox / "a.txt"), "--out", str(out)])
    captured = capsys.readouterr()
    assert "file/s" not in captured.err and "%|" not in captured.err
    assert "1 input(s)" in captured.out
