"""Worker processes for a batch, with a time limit and a memory ceiling per document.

The parent loads the spaCy model and the gazetteer, then forks the workers: each starts with
both already in memory (shared until written to) instead of loading them again. A worker
extracts one document at a time and sends back its record and text; the parent writes them.
A worker that runs past the time limit, or whose memory grows past the ceiling, is killed
with the tesseract processes it started, its document gets an error record, and a fresh
worker is forked in its place. The parent starts no thread of its own, so forking is safe.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 300.0     # seconds per document; a 100-page scan takes about 4 minutes
DEFAULT_MEMORY_LIMIT = 2048    # MB a worker may grow by while extracting one document
POLL_SECONDS = 0.5             # how often the parent looks at the workers' memory


@dataclass
class Limits:
    seconds: float = DEFAULT_TIME_LIMIT
    memory_mb: int = DEFAULT_MEMORY_LIMIT


@dataclass
class Task:
    path: Path
    source: str


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    task: Task | None = None
    deadline: float = 0.0
    base_rss_kb: int = 0


# A short communiqué extracted once before forking: the first document of a process pays for
# lazy imports, compiled patterns and first-call set-ups, which the workers then inherit.
WARM_UP_TEXT = ("Dijon, le 3 mai 2024. La CPTS du Pays Test, lancée le 16 septembre 2021, couvre "
                "12 communes (Dijon, Chenôve) de la communauté de communes du Montbardois et "
                "près de 33 340 habitants ; 93,6 % de la population de Côte-d'Or est couverte.")


@lru_cache(maxsize=1)
def preload() -> None:
    """What every worker needs, loaded once in the parent before forking."""
    from . import gazetteer, nlp
    from .extract import extract_ingested
    from .model import Ingested

    nlp.load_model()
    gazetteer.load()
    extract_ingested("warm-up", b"", Ingested(raw=WARM_UP_TEXT, format="text"))
    # Out of the garbage collector's sight: its passes would otherwise write to every object
    # and make each worker copy the pages it shares with the parent.
    gc.freeze()


class WorkerPool:
    def __init__(self, count: int, limits: Limits):
        from .readers import ocr

        self.context = multiprocessing.get_context("fork")
        self.limits = limits
        # One tesseract per core for the whole batch, not per worker.
        ocr.shared_slots = self.context.BoundedSemaphore(ocr.workers())
        self.workers = [self._start() for _ in range(count)]

    def _start(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child_end, self.limits.memory_mb), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end, base_rss_kb=_rss_kb(process.pid))

    def run(self, tasks: list[Task], on_stage: Callable[[Task, str], None],
            on_result: Callable[[Task, dict, str | None], None]) -> None:
        """Extract every task; `on_result` gets each record (in the order they finish)."""
        waiting = deque(tasks)
        while waiting or self._busy():
            for worker in self.workers:
                if worker.task is None and waiting:
                    self._assign(worker, waiting.popleft())
            ready = wait([w.conn for w in self._busy()], timeout=POLL_SECONDS)
            for worker in self._busy():
                if worker.conn in ready:
                    self._receive(worker, on_stage, on_result)
            for worker in self._busy():
                self._enforce_limits(worker, on_result)

    def _busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def _assign(self, worker: _Worker, task: Task) -> None:
        worker.task, worker.deadline = task, time.monotonic() + self.limits.seconds
        worker.conn.send((str(task.path), task.source))

    def _receive(self, worker: _Worker, on_stage, on_result) -> None:
        task = worker.task
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=5)  # its exit status is known once it is reaped
            status = worker.process.exitcode
            self._replace(worker)
            on_result(task, _failure(task, "worker_crashed",
                                     f"the process extracting it stopped ({_how_it_ended(status)})"), None)
            return
        if message[0] == "stage":
            on_stage(task, message[1])
            return
        _, record, text = message
        worker.task = None
        if record.get("error", {}).get("code") == "memory_limit":
            self._replace(worker)  # a MemoryError may leave a process in a bad state
        on_result(task, record, text)

    def _enforce_limits(self, worker: _Worker, on_result) -> None:
        task = worker.task
        if time.monotonic() > worker.deadline:
            self._replace(worker)
            on_result(task, _failure(task, "time_limit",
                                     f"extraction took longer than the limit of {self.limits.seconds:g} s"), None)
        elif _rss_kb(worker.process.pid) - worker.base_rss_kb > self.limits.memory_mb * 1024:
            self._replace(worker)
            on_result(task, _failure(task, "memory_limit",
                                     f"extraction used more than the limit of {self.limits.memory_mb} MB"), None)

    def _replace(self, worker: _Worker) -> None:
        _kill(worker)
        fresh = self._start()
        worker.process, worker.conn, worker.task, worker.base_rss_kb = (
            fresh.process, fresh.conn, None, fresh.base_rss_kb)

    def close(self) -> None:
        from .readers import ocr

        ocr.shared_slots = None
        for worker in self.workers:
            if worker.task is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive() or worker.task is not None:
                _kill(worker)
            worker.conn.close()


def _serve(conn: Connection, memory_mb: int) -> None:
    """A worker's life: extract what the parent sends until it sends None or goes away."""
    from .extract import extract_document

    os.setpgrp()  # its own process group: killing it also kills its tesseract processes
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _cap_address_space(memory_mb)
    parent = os.getppid()
    while True:
        # Forked siblings hold copies of this pipe's other end, so a parent that dies is not
        # always seen as the end of the pipe: look at who the parent is as well.
        if not conn.poll(1.0):
            if os.getppid() != parent:
                return
            continue
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        path, source = task
        record, text = extract_document(Path(path), source, on_stage=lambda name: conn.send(("stage", name)))
        conn.send(("done", record, text))


def _cap_address_space(memory_mb: int) -> None:
    """Allocations past what the worker has now plus the ceiling fail with MemoryError (and
    tesseract, which inherits the cap, fails cleanly) before the machine runs short."""
    with open(f"/proc/{os.getpid()}/statm") as statm:
        size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    cap = size + memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _rss_kb(pid: int | None) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _kill(worker: _Worker) -> None:
    pid = worker.process.pid
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    worker.process.join(timeout=5)
    worker.conn.close()


def _how_it_ended(status: int | None) -> str:
    if status is not None and status < 0:
        return f"killed by signal {signal.Signals(-status).name}"
    return f"exit status {status}"


def _failure(task: Task, code: str, message: str) -> dict:
    from .record import error_record

    log.error("%s: %s", task.path, message)
    try:
        data = task.path.read_bytes() if task.path.is_file() else None
    except OSError:
        data = None
    return error_record(task.source, data, code, message)
