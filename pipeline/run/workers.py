"""Worker processes for a batch, with a time limit and a memory ceiling per document.

The parent loads the spaCy model and the gazetteer, then forks the workers: each starts with
both already in memory (shared until written to) instead of loading them again. A worker
takes a chunk of documents (up to `CHUNK_SIZE` text-like inputs; a PDF or image alone, as
its reading dominates), reads and repairs each, runs spaCy over their texts in one batch,
and sends back each record and text as it is done; the parent writes them.

The time limit runs from the moment a worker starts on a document (or on the spaCy batch of
its chunk) until it moves on. A worker that runs past it, grows past the memory ceiling or
dies is killed with the tesseract processes it started, and a fresh worker is forked in its
place. The document it was on gets the error record; the unfinished rest of its chunk goes
back to the queue. When it was in the chunk's shared spaCy batch, no single document is to
blame: the unfinished documents go back each on its own, so that the one at fault fails
alone. The parent starts no thread of its own, so forking is safe.
"""
from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 300.0     # seconds per document; a 100-page scan takes about 4 minutes
DEFAULT_MEMORY_LIMIT = 2048    # MB a worker may grow by while extracting one document
POLL_SECONDS = 0.5             # how often the parent looks at the workers' memory
CHUNK_SIZE = 32                # the floor's batch: 2-3% faster than 16 when measured, little memory
SOLO_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}


@dataclass
class Limits:
    seconds: float = DEFAULT_TIME_LIMIT
    memory_mb: int = DEFAULT_MEMORY_LIMIT


@dataclass
class Task:
    path: Path
    source: str
    solo: bool = False  # extracted in a chunk of its own (a PDF or image, or a retry)

    def __post_init__(self):
        self.solo = self.solo or self.path.suffix.lower() in SOLO_SUFFIXES


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    chunk: dict[int, Task] = field(default_factory=dict)  # index -> task not yet done
    current: int | None = None  # the document being worked on; None: the chunk's spaCy batch
    deadline: float = 0.0
    base_rss_kb: int = 0

    @property
    def busy(self) -> bool:
        return bool(self.chunk)

    def blamed(self) -> Task | None:
        """The document a failure now is due to, if one can be told."""
        if self.current is not None:
            return self.chunk.get(self.current)
        return next(iter(self.chunk.values())) if len(self.chunk) == 1 else None


# A short communiqué extracted once before forking: the first document of a process pays for
# lazy imports, compiled patterns and first-call set-ups, which the workers then inherit.
# One in each language: the word frequencies of a language load on its first document.
WARM_UP_TEXTS = [
    "Dijon, le 3 mai 2024. La CPTS du Pays Test, lancée le 16 septembre 2021, couvre 12 communes "
    "(Dijon, Chenôve) de la communauté de communes du Montbardois et près de 33 340 habitants ; "
    "93,6 % de la population de Côte-d'Or est couverte.",
    "Dijon, 3 May 2024. The CPTS Pays Test, launched on 16 September 2021, covers 12 municipalities "
    "and about 33,340 inhabitants; 93.6% of the population of Côte-d'Or is now covered.",
]


@lru_cache(maxsize=None)
def preload(warm_up: bool = True) -> None:
    """What every worker needs, loaded once in the parent before forking. `warm_up`: also
    extract the warm-up texts, which pays off when workers have several documents between them
    (a run of one document would only extract three)."""
    from ..reference import gazetteer
    from ..text import nlp
    from .extract import extract_ingested
    from ..model import Ingested
    from ..record.validate import schema_errors

    nlp.load_model()
    gazetteer.load()
    for text in WARM_UP_TEXTS if warm_up else ():
        schema_errors(extract_ingested("warm-up", b"", Ingested(raw=text, format="text")))
    # Out of the garbage collector's sight: its passes would otherwise write to every object
    # and make each worker copy the pages it shares with the parent.
    gc.freeze()


class WorkerPool:
    def __init__(self, count: int, limits: Limits):
        from ..readers import ocr

        self.context = multiprocessing.get_context("fork")
        self.limits = limits
        # One tesseract per core for the whole batch, not per worker.
        ocr.shared_slots = self.context.BoundedSemaphore(ocr.workers())
        self.workers: list[_Worker] = []
        for _ in range(count):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        # The child closes its copies of the parent's ends of the pipes (its own and its elder
        # siblings'): once the parent is gone, a record it sends then fails at once instead of
        # filling a pipe nobody reads and waiting there for ever.
        parents_ends = [parent_end] + [worker.conn for worker in self.workers]
        process = self.context.Process(target=_serve, args=(child_end, parents_ends, self.limits.memory_mb),
                                       daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end, base_rss_kb=_rss_kb(process.pid))

    def run(self, tasks: list[Task], on_stage: Callable[[Task, str], None],
            on_result: Callable[[Task, dict, str | None], None]) -> None:
        """Extract every task; `on_result` gets each record (in the order they finish)."""
        waiting = deque(tasks)
        next_check = time.monotonic() + POLL_SECONDS
        while waiting or self._busy():
            for worker in self.workers:
                if not worker.busy and waiting:
                    self._assign(worker, self._next_chunk(waiting))
            ready = wait([w.conn for w in self._busy()], timeout=POLL_SECONDS)
            for worker in self._busy():
                if worker.conn in ready:
                    self._receive(worker, waiting, on_stage, on_result)
            if time.monotonic() >= next_check:  # not at every message: /proc reads add up
                for worker in self._busy():
                    self._enforce_limits(worker, waiting, on_result)
                next_check = time.monotonic() + POLL_SECONDS

    def _next_chunk(self, waiting: deque[Task]) -> list[Task]:
        """The next tasks for a worker: a solo task alone; else up to CHUNK_SIZE text-like
        tasks, fewer when the queue is short, so that every worker gets a share."""
        size = max(1, min(CHUNK_SIZE, len(waiting) // len(self.workers)))
        chunk = [waiting.popleft()]
        while not chunk[0].solo and len(chunk) < size and waiting and not waiting[0].solo:
            chunk.append(waiting.popleft())
        return chunk

    def _busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.busy]

    def _assign(self, worker: _Worker, chunk: list[Task]) -> None:
        worker.chunk, worker.current = dict(enumerate(chunk)), 0
        worker.deadline = time.monotonic() + self.limits.seconds
        worker.conn.send([(str(task.path), task.source) for task in chunk])

    def _receive(self, worker: _Worker, waiting: deque[Task], on_stage, on_result) -> None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=5)  # its exit status is known once it is reaped
            self._fail(worker, waiting, on_result, "worker_crashed",
                       f"the process extracting it stopped ({_how_it_ended(worker.process.exitcode)})")
            return
        kind, index = message[0], message[1]
        if index != worker.current or kind == "done":  # moving on: the limit starts again
            worker.deadline = time.monotonic() + self.limits.seconds
        worker.current = index
        if kind == "stage":
            task = worker.chunk.get(index) if index is not None else None
            on_stage(task or next(iter(worker.chunk.values())), message[2])
            return
        _, _, record, text = message
        task = worker.chunk.pop(index)
        worker.current = None  # until the worker names the next one (`blamed` copes meanwhile)
        if record.get("error", {}).get("code") == "memory_limit":
            self._requeue(worker, waiting)  # a MemoryError may leave a process in a bad state
        on_result(task, record, text)

    def _enforce_limits(self, worker: _Worker, waiting: deque[Task], on_result) -> None:
        if time.monotonic() > worker.deadline:
            self._fail(worker, waiting, on_result, "time_limit",
                       f"extraction took longer than the limit of {self.limits.seconds:g} s")
        elif _rss_kb(worker.process.pid) - worker.base_rss_kb > self.limits.memory_mb * 1024:
            self._fail(worker, waiting, on_result, "memory_limit",
                       f"extraction used more than the limit of {self.limits.memory_mb} MB")

    def _fail(self, worker: _Worker, waiting: deque[Task], on_result, code: str, message: str) -> None:
        """Replace the worker; its document gets an error record, the rest of its chunk waits."""
        blamed = worker.blamed()
        if blamed is not None:
            worker.chunk = {i: t for i, t in worker.chunk.items() if t is not blamed}
        else:
            log.warning("a worker failed (%s) in the spaCy batch of %d documents; retrying each alone",
                        code, len(worker.chunk))
            for task in worker.chunk.values():
                task.solo = True
        self._requeue(worker, waiting)
        if blamed is not None:
            on_result(blamed, _failure(blamed, code, message), None)

    def _requeue(self, worker: _Worker, waiting: deque[Task]) -> None:
        """Replace the worker; the unfinished tasks of its chunk go to the front of the queue."""
        waiting.extendleft(reversed(list(worker.chunk.values())))
        self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        _kill(worker)
        fresh = self._start()
        worker.process, worker.conn, worker.chunk, worker.current, worker.base_rss_kb = (
            fresh.process, fresh.conn, {}, None, fresh.base_rss_kb)

    def close(self) -> None:
        from ..readers import ocr

        ocr.shared_slots = None
        for worker in self.workers:
            if not worker.busy:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive() or worker.busy:
                _kill(worker)
            worker.conn.close()


def _serve(conn: Connection, parents_ends: list[Connection], memory_mb: int) -> None:
    """A worker's life: extract the chunks the parent sends until it sends None or goes away."""
    from .extract import extract_documents

    for end in parents_ends:
        end.close()
    os.setpgrp()  # its own process group: killing it also kills its tesseract processes
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _cap_address_space(memory_mb)
    parent = os.getppid()
    _die_with(parent)
    while True:
        # Younger siblings hold copies of this pipe's other end, so a parent that dies is not
        # always seen as the end of the pipe: look at who the parent is as well.
        if not conn.poll(1.0):
            if os.getppid() != parent:
                return
            continue
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        inputs = [(Path(path), source) for path, source in chunk]
        for index, record, text in extract_documents(inputs, StageReporter(conn)):
            conn.send(("done", index, record, text))


class StageReporter:
    """Tells the parent which document the worker is on, every time it moves to another, and
    which stage it is at if that takes a while (for the progress bar). Not every stage: a
    text document goes through six in 20 ms, and each message wakes the parent."""

    QUIET_SECONDS = 0.25

    def __init__(self, conn: Connection):
        self.conn, self.index, self.sent = conn, -1, 0.0

    def __call__(self, index: int | None, stage: str) -> None:
        now = time.monotonic()
        if index != self.index or now - self.sent >= self.QUIET_SECONDS:
            self.conn.send(("stage", index, stage))
            self.index, self.sent = index, now


PR_SET_PDEATHSIG = 1  # prctl(2)


def _die_with(parent: int) -> None:
    """On Linux, the worker is killed when its parent dies, even in the middle of a document: a parent killed
    by a signal (`timeout`, the OOM killer) leaves no worker reading on. Elsewhere the worker still sees its
    parent gone between chunks."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the call
        os._exit(1)


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
    from .extract import input_bytes
    from ..record.record import error_record

    log.error("%s: %s", task.path, message)
    return error_record(task.source, input_bytes(task.path), code, message)
