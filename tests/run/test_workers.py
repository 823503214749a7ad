"""Worker processes: a document past the time limit or the memory ceiling, or whose worker
dies, gets an error record and the batch goes on; a run killed half-way leaves only whole
records, and running it again finishes the batch."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline.run.extract
from pipeline.run.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "inbox"
GOOD = "004_3424cefa53f8ce02.txt"


def _batch_with(tmp_path: Path, bad_name: str) -> Path:
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(CORPUS / GOOD, inbox / "good.txt")
    shutil.copy(CORPUS / GOOD, inbox / bad_name)
    return inbox


def _misbehave_on(monkeypatch, name: str, action) -> None:
    """Make reading the input called `name` do `action` (in the workers, which are forked)."""
    real = pipeline.run.extract.read_input

    def read_input(path):
        if path.name == name:
            action()
        return real(path)

    monkeypatch.setattr(pipeline.run.extract, "read_input", read_input)


def _records(out: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


def test_a_document_past_the_time_limit_gets_an_error_record(tmp_path, monkeypatch):
    inbox, out = _batch_with(tmp_path, "slow.txt"), tmp_path / "out"
    _misbehave_on(monkeypatch, "slow.txt", lambda: time.sleep(600))
    assert main(["extract", str(inbox), "--out", str(out), "--time-limit", "3"]) == 1
    records = _records(out)
    assert records["slow"]["error"]["code"] == "time_limit"
    assert "3 s" in records["slow"]["error"]["message"]
    assert records["good"]["cpts"][0]["key"] == "grand-auxerrois-et-armance"


def test_a_document_past_the_memory_ceiling_gets_an_error_record(tmp_path, monkeypatch):
    inbox, out = _batch_with(tmp_path, "greedy.txt"), tmp_path / "out"
    hoard = []

    def eat_memory():
        for _ in range(100):  # 100 x 64 MB, touched so that they are really used
            hoard.append(bytearray(64 * 1024 * 1024))
            time.sleep(0.01)

    _misbehave_on(monkeypatch, "greedy.txt", eat_memory)
    assert main(["extract", str(inbox), "--out", str(out), "--memory-limit", "400"]) == 1
    records = _records(out)
    assert records["greedy"]["error"]["code"] == "memory_limit"
    assert records["good"]["cpts"][0]["key"] == "grand-auxerrois-et-armance"


def test_a_worker_that_dies_loses_only_its_document(tmp_path, monkeypatch):
    inbox, out = _batch_with(tmp_path, "fatal.txt"), tmp_path / "out"
    shutil.copy(CORPUS / "001_cdceb788aaf07a9d.txt", inbox / "after.txt")
    _misbehave_on(monkeypatch, "fatal.txt", lambda: os.kill(os.getpid(), signal.SIGKILL))
    assert main(["extract", str(inbox), "--out", str(out), "--jobs", "1"]) == 1
    records = _records(out)
    assert records["fatal"]["error"]["code"] == "worker_crashed"
    assert "SIGKILL" in records["fatal"]["error"]["message"]
    assert records["good"]["cpts"][0]["key"] == "grand-auxerrois-et-armance"
    assert {c["key"] for c in records["after"]["cpts"]} == {"21-52", "pays-d-or"}


def _misbehave_in_spacy_on(monkeypatch, marker: str, action) -> None:
    """Make spaCy's batch do `action` when one of its texts holds `marker` (in the workers)."""
    import pipeline.text.nlp

    real = pipeline.text.nlp.analyse_many

    def analyse_many(texts, *rest):
        if any(marker in text for text in texts):
            action()
        return real(texts, *rest)

    monkeypatch.setattr(pipeline.text.nlp, "analyse_many", analyse_many)


def _batch_of_three_with_a_marked_one(tmp_path: Path, marker: str) -> Path:
    inbox = _batch_with(tmp_path, "marked.txt")
    (inbox / "marked.txt").write_text(marker + "\n" + (CORPUS / GOOD).read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(CORPUS / "001_cdceb788aaf07a9d.txt", inbox / "after.txt")
    return inbox


def test_a_crash_in_the_shared_spacy_batch_is_retried_document_by_document(tmp_path, monkeypatch):
    inbox, out = _batch_of_three_with_a_marked_one(tmp_path, "FATAL-MARK"), tmp_path / "out"
    _misbehave_in_spacy_on(monkeypatch, "FATAL-MARK", lambda: os.kill(os.getpid(), signal.SIGKILL))
    # One worker: the three documents form one chunk, and its spaCy batch kills the worker.
    assert main(["extract", str(inbox), "--out", str(out), "--jobs", "1"]) == 1
    records = _records(out)
    assert records["marked"]["error"]["code"] == "worker_crashed"
    assert records["good"]["cpts"][0]["key"] == "grand-auxerrois-et-armance"
    assert {c["key"] for c in records["after"]["cpts"]} == {"21-52", "pays-d-or"}


def test_a_hang_in_the_shared_spacy_batch_blames_only_the_document_at_fault(tmp_path, monkeypatch):
    inbox, out = _batch_of_three_with_a_marked_one(tmp_path, "SLOW-MARK"), tmp_path / "out"
    _misbehave_in_spacy_on(monkeypatch, "SLOW-MARK", lambda: time.sleep(600))
    assert main(["extract", str(inbox), "--out", str(out), "--jobs", "1", "--time-limit", "3"]) == 1
    records = _records(out)
    assert records["marked"]["error"]["code"] == "time_limit"
    assert "error" not in records["good"] and "error" not in records["after"]


def test_text_inputs_go_in_chunks_and_pdfs_and_images_alone():
    from collections import deque

    from pipeline.run.workers import CHUNK_SIZE, Limits, Task, WorkerPool

    pool = WorkerPool.__new__(WorkerPool)  # only the scheduling, no processes
    pool.workers = [None, None]
    names = [f"t{i}.txt" for i in range(2 * CHUNK_SIZE + 8)] + ["scan.pdf", "photo.JPG"] + [f"u{i}.html" for i in range(6)]
    waiting = deque(Task(Path(name), name) for name in names)
    chunks = []
    while waiting:
        chunks.append([task.path.name for task in pool._next_chunk(waiting)])
    assert chunks[0] == [f"t{i}.txt" for i in range(CHUNK_SIZE)]
    assert ["scan.pdf"] in chunks and ["photo.JPG"] in chunks
    assert all(len(chunk) <= CHUNK_SIZE for chunk in chunks)
    assert sum(chunks, []) == names  # every input once, in order
    assert chunks[-1] == ["u5.html"]  # a short queue is shared out between the workers
    assert Limits().seconds > 0


def test_two_workers_give_the_records_one_gives(tmp_path):
    for jobs in ("1", "2"):
        assert main(["extract", str(CORPUS), "--out", str(tmp_path / jobs), "--jobs", jobs]) == 0
    one, two = _records(tmp_path / "1"), _records(tmp_path / "2")
    assert one == two and len(one) == 5


BATCH_TO_KILL = 60


def test_a_killed_run_leaves_whole_records_and_a_second_run_finishes(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    # Enough documents that the run cannot finish between the third record and the kill
    for i in range(BATCH_TO_KILL):
        shutil.copy(sorted(CORPUS.glob("*.txt"))[i % 5], inbox / f"doc{i:02d}.txt")
    command = [sys.executable, "-m", "pipeline", "extract", str(inbox), "--out", str(out), "--jobs", "1"]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_records(out, 3, run)
    workers = _children(run.pid)
    run.send_signal(signal.SIGKILL)
    run.wait()
    _wait_until_gone(workers)  # workers whose parent died stop by themselves
    written = _records(out)  # every record on disk parses: none is half-written
    assert 3 <= len(written) < BATCH_TO_KILL
    assert main(["validate", *map(str, out.glob("*.json"))]) == 0

    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert finished.returncode == 0
    unchanged = int(finished.stdout.split(" unchanged since")[0].rsplit(" ", 1)[1])
    assert len(written) - 1 <= unchanged <= len(written)  # the record being written when killed may be redone
    assert len(_records(out)) == BATCH_TO_KILL
    assert not list(out.glob(".*.tmp"))


def test_a_run_removes_the_half_written_files_of_a_killed_one(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".good.json.k3j2x9.tmp").write_text('{"document": {"sour', encoding="utf-8")
    assert main(["extract", str(_batch_with(tmp_path, "other.txt")), "--out", str(out)]) == 0
    assert not list(out.glob(".*.tmp"))
    assert set(_records(out)) == {"good", "other"}


def _wait_for_records(out: Path, count: int, run: subprocess.Popen) -> None:
    for _ in range(1200):
        if len(list(out.glob("*.json"))) >= count:
            return
        if run.poll() is not None:
            pytest.fail("the run ended before it could be killed")
        time.sleep(0.05)
    pytest.fail("no records were written")


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _wait_until_gone(pids: list[int]) -> None:
    for _ in range(200):
        if not any(Path(f"/proc/{p}").exists() and "Z" not in _state(p) for p in pids):
            return
        time.sleep(0.05)
    pytest.fail(f"worker processes {pids} outlived their parent")


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_a_worker_dies_with_its_parent_in_the_middle_of_a_document(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    # a long table: the worker is still reading it when its parent is killed
    (inbox / "long.txt").write_text("1  CPTS Val Fleuri  CC du Val  12  8 000\n" * 3000, encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "extract", str(inbox), "--out", str(tmp_path / "out"), "--jobs", "1"]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = []
    for _ in range(600):
        workers = _children(run.pid)
        if workers or run.poll() is not None:
            break
        time.sleep(0.05)
    assert workers, "no worker was started"
    time.sleep(1.0)
    assert run.poll() is None, "the document was read before the parent could be killed"
    run.send_signal(signal.SIGKILL)
    run.wait()
    _wait_until_gone(workers)
