"""Speed and memory of the whole pipeline, each beside the floor it is compared with.

* Text: the `extract` command, run as a user runs it (a subprocess, `--force`, 1 and 2 worker
  processes), over the sample corpus and over a generated batch of text communiqués
  (`scripts/make_batch.py`). Floor: the spaCy model alone over the same texts, read from disk,
  in a subprocess that imports spaCy, loads the model as the pipeline does (`pipeline.text.nlp.MODEL`,
  `UNUSED` left out, `senter` on, the tokenizer's pattern from `pipeline.reference.regex_cache`) and runs `nlp.pipe` in batches of 32
  texts (spaCy's fastest here; its default batch of 256 is half as fast); for N processes it
  loads the model once and forks N children that each take every N-th text, as the pipeline
  forks its workers after loading. The floor runs the entity recogniser over every text; the
  pipeline only over the sentences it reads people from.
* Scans: seconds per page of the pipeline on the scanned PDFs of `build/forms`, against
  tesseract alone on the same page images (as the pipeline straightens them, and as scanned);
  all cores, models loaded before the clock starts (the code of `bench_ocr.py`). The
  phone-scanned PDFs the same way, on their own: the pipeline, its second passes included,
  against one tesseract pass on the pages as the pipeline cleans them (on the pages as the
  phone took them, tesseract alone is faster but reads almost nothing: 88% CER).
* Stages: the extraction run in this process over the first documents of the batch, in chunks
  as the workers take them, timed between the stages that `pipeline.run.extract.extract_documents`
  announces, plus writing; after one warm-up document (not timed), with the loaded heap frozen
  out of the garbage collector's sight as a worker's is.
* Memory: peak resident memory (VmHWM) of the parent process and of the largest worker of each
  text run, sampled from /proc; forked workers share the model's pages with their parent, so
  the peak of the summed proportional set size (PSS, read every 2 s after the first 4: it costs
  the kernel a walk of each process's page tables) is printed too.
* Adversarial texts: a 150,000-character text of one piece repeated (a CPTS mention, a number,
  a date, commune names, brackets), through the `extract` command on one worker, beside spaCy
  alone on the same text; what lies beyond spaCy must stay under 10 s.
* Cold start: `make extract` on a folder holding one document (after one run to warm the disk
  cache; best of 4), and the `extract` command it runs on its own, against a subprocess that
  only imports spaCy and loads the model as the pipeline does (best of 4); spaCy's own load,
  which compiles the French tokenizer's pattern, is printed beside.

Wall-clock time on a shared two-core machine moves by 15% or more from run to run: runs are
interleaved (pipeline, floor, pipeline, floor...) so that a busy spell hits both and the
fastest of each is kept; beside each run are the CPU time of its process tree and the share of
the machine other programs took meanwhile (from /proc/stat). On a virtual machine the CPU time
moves too: the same two-worker run of the batch has taken 35 to 46 s of it within one hour.
The batch, whose two runs give the speed-up, is run one time more than the other measures. Every
run's wall-clock time is printed under the best.

    .venv/bin/python scripts/bench.py [--quick] [--batch build/batch] [--forms build/forms]

`--quick`: a 200-document batch and single runs, to try things (about 3 minutes); the full
run, every measure the best of three (the batch and the cold start: of four), takes 11 to 14 minutes
on two cores.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

CORPUS = ROOT / "corpus" / "inbox"
COLD_DOCUMENT = CORPUS / "001_cdceb788aaf07a9d.txt"
QUICK_BATCH = 200
# nlp.pipe's default batch (256 texts for this model) held 2 GB and ran half as fast as 16 to 48
# texts when measured: the floor is spaCy at its fastest.
SPACY_BATCH_SIZE = 32
# The limits: at most these ratios (the speed-up: at least).
TEXT_LIMIT, SCAN_LIMIT, SPEED_UP_LIMIT, COLD_START_LIMIT = 1.5, 1.15, 1.7, 1.5
# Phone-scanned pages: cleaned first, and read twice where the first reading is unsure.
PHONE_LIMIT = 2.0

# The floor, run with `python -c`: spaCy and nothing of the pipeline. Arguments: model,
# components to leave out (comma-separated), processes, file listing the texts ("-": none),
# batch size of nlp.pipe, "cached" to load the model as the pipeline does (its compiled-pattern
# cache, `pipeline.reference.regex_cache`) or "plain" to load it as spaCy alone does.
SPACY_ALONE = r"""
import json, os, sys, time
started = time.perf_counter()
import spacy
model, exclude, jobs, listing, batch_size, cached = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3]), sys.argv[4], int(sys.argv[5]), sys.argv[6] == "cached"
if cached:
    from pipeline.reference.regex_cache import compiled_once
    with compiled_once():
        nlp = spacy.load(model, exclude=exclude)
else:
    nlp = spacy.load(model, exclude=exclude)
if "senter" in nlp.disabled:
    nlp.enable_pipe("senter")
loaded = time.perf_counter()
paths = [] if listing == "-" else [line for line in open(listing, encoding="utf-8").read().split("\n") if line]

def work(share):
    for doc in nlp.pipe((open(path, encoding="utf-8").read() for path in share), batch_size=batch_size):
        pass

if jobs == 1 or len(paths) < 2:
    work(paths)
else:
    children = []
    for i in range(jobs):
        pid = os.fork()
        if pid == 0:
            status = 1
            try:
                work(paths[i::jobs])
                status = 0
            finally:
                os._exit(status)
        children.append(pid)
    if any(os.waitpid(pid, 0)[1] for pid in children):
        sys.exit("a spaCy process failed")
print(json.dumps({"load": loaded - started, "pipe": time.perf_counter() - loaded}))
"""


# --- running and measuring a process tree ----------------------------------------------------------

@dataclass
class Run:
    wall: float           # seconds
    cpu: float            # user + system seconds of the process and every process it started
    parent_mb: float      # peak resident memory of the process itself
    worker_mb: float      # peak resident memory of its largest Python child (0 without children)
    pss_mb: float         # peak of the summed proportional set size of the tree (shared pages split)
    others: float         # share of the machine's CPU time other programs used meanwhile
    stdout: str


def run_tree(argv: list[str], cwd: Path = ROOT) -> Run:
    """Run `argv` to its end; wall time, CPU time and the memory of its process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_before, total_before = _machine_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = MemorySampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_after, total_after = _machine_cpu()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])}... exited with {process.returncode}:\n{stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    others = max(0.0, (busy_after - busy_before) - cpu) / max(total_after - total_before, 1e-9)
    return Run(wall, cpu, sampler.peak_kb.get(process.pid, 0) / 1024, sampler.worker_peak_kb() / 1024,
               sampler.pss_peak_kb / 1024, others, stdout)


def _machine_cpu() -> tuple[float, float]:
    """Busy and total CPU seconds of the whole machine since boot (all cores), from /proc/stat."""
    with open("/proc/stat") as stat:
        fields = [int(v) for v in stat.readline().split()[1:9]]
    ticks = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields) - idle) / ticks, sum(fields) / ticks


class MemorySampler(threading.Thread):
    """Reads the high-water mark of resident memory (VmHWM) of a process and of its descendants
    every `interval` seconds, and their summed PSS every `pss_every` samples (every sample in the
    first `dense` samples, the whole of a short run), until stopped.

    PSS is read less often: the kernel walks a process's page tables for it, about 10 ms of CPU
    for a worker holding the model. Read every half second, that made about 1 s of CPU over the
    batch's two-worker run, taken from the workers when both cores are busy, and from the idle
    core when one worker runs: a bias against the speed-up."""

    def __init__(self, root: int, interval: float = 0.5, pss_every: int = 4, dense: int = 8):
        super().__init__(daemon=True)
        self.root, self.interval, self.pss_every, self.dense = root, interval, pss_every, dense
        self.peak_kb: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.pss_peak_kb = 0
        self._stopped = threading.Event()

    def run(self) -> None:
        samples = 0
        while not self._stopped.is_set():
            tree = self._tree()
            for pid in tree:
                status = _proc_fields(pid, "status", ("Name:", "VmHWM:"))
                if "VmHWM:" in status:
                    self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), int(status["VmHWM:"].split()[0]))
                    self.names[pid] = status.get("Name:", "")
            if samples < self.dense or samples % self.pss_every == 0:
                pss = sum(int(_proc_fields(pid, "smaps_rollup", ("Pss:",)).get("Pss:", "0 kB").split()[0])
                          for pid in tree)
                self.pss_peak_kb = max(self.pss_peak_kb, pss)
            samples += 1
            self._stopped.wait(self.interval)

    def stop(self) -> None:
        self._stopped.set()
        self.join()

    def worker_peak_kb(self) -> int:
        return max((kb for pid, kb in self.peak_kb.items()
                    if pid != self.root and self.names.get(pid, "").startswith("python")), default=0)

    def _tree(self) -> list[int]:
        found, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            found.append(pid)
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{task}/children") as children:
                        todo.extend(int(child) for child in children.read().split())
            except OSError:  # the process ended meanwhile
                pass
        return found


def _proc_fields(pid: int, name: str, keys: tuple[str, ...]) -> dict[str, str]:
    try:
        with open(f"/proc/{pid}/{name}") as lines:
            return {line.split()[0]: line.split(None, 1)[1] for line in lines if line.startswith(keys)}
    except (OSError, IndexError):
        return {}


# --- text: the pipeline and the spaCy floor --------------------------------------------------------

def pipeline_argv(paths: list[Path], out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", *map(str, paths), "--out", str(out), "--jobs", str(jobs),
            "--force"]


def spacy_argv(listing: Path | None, jobs: int, batch_size: int = SPACY_BATCH_SIZE, cached: bool = True) -> list[str]:
    from pipeline.text import nlp  # the model and the components the pipeline uses

    return [sys.executable, "-c", SPACY_ALONE, nlp.MODEL, ",".join(nlp.UNUSED), str(jobs),
            str(listing) if listing else "-", str(batch_size), "cached" if cached else "plain"]


# Output folders of the runs, removed when the bench ends rather than after each run. This machine's
# disk is ext4 without a journal, where the inode allocator passes over every inode freed in the
# last minute or more (`recently_deleted` in fs/ext4/ialloc.c): 2 000 files created right after 2 000
# were removed took 0.3 to 1.4 s of system time instead of 0.05 s. Removing each run's 2 000 outputs
# made the parent of the next run pay that on a busy core, which only the two-worker run feels.
_kept_folders: list[str] = []


def kept_folder(prefix: str) -> Path:
    _kept_folders.append(tempfile.mkdtemp(prefix=prefix))
    return Path(_kept_folders[-1])


def remove_kept_folders() -> None:
    while _kept_folders:
        shutil.rmtree(_kept_folders.pop(), ignore_errors=True)


def run_pipeline(paths: list[Path], jobs: int) -> Run:
    out = kept_folder("bench-out-")
    run = run_tree(pipeline_argv(paths, out, jobs))
    written = len(list(out.glob("*.json")))
    if written != len(paths):
        raise RuntimeError(f"the pipeline wrote {written} records for {len(paths)} inputs")
    return run


def run_spacy(listing: Path, jobs: int, batch_size: int) -> Run:
    return run_tree(spacy_argv(listing, jobs, batch_size))


@dataclass
class TextResult:
    name: str
    documents: int
    pipeline: dict[int, Run]  # the fastest run for each job count
    spacy: dict[int, Run]
    batch_size: int
    walls: dict[str, list[float]] = field(default_factory=dict)  # every run, in the order they ran


def measure_text(name: str, paths: list[Path], jobs_list: list[int], repeat: int,
                 batch_size: int = SPACY_BATCH_SIZE) -> TextResult:
    """Best of `repeat` interleaved runs of the pipeline and of spaCy alone, for each job count."""
    result = TextResult(name, len(paths), {}, {}, batch_size)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(str(p) for p in paths))
    try:
        for _ in range(repeat):
            for jobs in jobs_list:
                for label, runs, measure in (
                        ("pipeline", result.pipeline, lambda: run_pipeline(paths, jobs)),
                        ("spaCy alone", result.spacy, lambda: run_spacy(Path(listing.name), jobs, batch_size))):
                    run = measure()
                    result.walls.setdefault(f"{label}, {jobs} worker(s)", []).append(run.wall)
                    if jobs not in runs or run.wall < runs[jobs].wall:
                        runs[jobs] = run
    finally:
        os.unlink(listing.name)
    return result


def print_text(result: TextResult) -> None:
    print(f"\n{result.name}: {result.documents} text documents; spaCy alone runs nlp.pipe(texts, "
          f"batch_size={result.batch_size}) in each process.\n  Best of the runs; CPU: user+system seconds of the "
          f"process tree; others: the machine's CPU that other programs took meanwhile")
    print(f"  {'':<26}{'workers':>8}{'wall s':>9}{'docs/s':>9}{'CPU s':>9}{'parent MB':>11}{'worker MB':>11}"
          f"{'PSS MB':>9}{'others':>8}")
    for label, runs in (("pipeline (extract)", result.pipeline), ("spaCy alone (nlp.pipe)", result.spacy)):
        for jobs, run in sorted(runs.items()):
            print(f"  {label:<26}{jobs:>8}{run.wall:9.1f}{result.documents / run.wall:9.1f}{run.cpu:9.1f}"
                  f"{run.parent_mb:11.0f}{run.worker_mb or float('nan'):11.0f}{run.pss_mb:9.0f}{run.others:8.0%}")
    for jobs in sorted(result.pipeline):
        pipeline, spacy = result.pipeline[jobs], result.spacy[jobs]
        timing = json.loads(spacy.stdout.strip().splitlines()[-1])
        print(f"  {jobs} worker(s): pipeline / spaCy alone = {pipeline.wall / spacy.wall:.2f} wall-clock, "
              f"{pipeline.cpu / spacy.cpu:.2f} CPU; spaCy alone loads in {timing['load']:.1f} s, "
              f"then {timing['pipe'] * jobs / max(result.documents, 1) * 1000:.0f} ms/doc per process")
    if 1 in result.pipeline and 2 in result.pipeline:
        print(f"  speed-up from 1 to 2 workers: pipeline {result.pipeline[1].wall / result.pipeline[2].wall:.2f}x, "
              f"spaCy alone {result.spacy[1].wall / result.spacy[2].wall:.2f}x")
    print("  every run, wall s: " + "; ".join(f"{label} {' '.join(f'{wall:.1f}' for wall in walls)}"
                                          for label, walls in result.walls.items()))


# --- scans ------------------------------------------------------------------------------------------

@dataclass
class ScanResult:
    pdfs: int
    pages: int
    cores: int
    pipeline: float      # s/page
    level: float         # tesseract alone on the pages straightened as the pipeline does, s/page
    scanned: float       # tesseract alone on the pages as scanned, s/page
    engine: str
    tesseract_cpu: float  # CPU seconds of the tesseract processes inside the pipeline's run
    own_cpu: float        # CPU seconds of everything else the pipeline did (parent and workers)
    level_cpu: float      # CPU seconds of tesseract alone on the straightened pages
    runs: list[tuple[float, float]] = field(default_factory=list)  # each run: pipeline, straightened (s/page)


def measure_scans(forms: Path, repeat: int, form: str = "scan_pdf") -> ScanResult:
    import bench_ocr  # loads the pipeline, its models and the PDF readers
    from pipeline.reference import gazetteer
    from pipeline.text import nlp, repair
    from pipeline.readers import ocr

    pdfs = bench_ocr.scanned_pdfs(forms, form)
    cores = ocr.workers()
    nlp.load_model()
    gazetteer.load()
    repair.repair_text("Cote-d'Or", "fr")

    def pipeline_run():
        with contextlib.redirect_stdout(io.StringIO()):  # the extract command's summary
            return bench_ocr.time_pipeline(pdfs, cores)

    with tempfile.TemporaryDirectory(prefix="bench-pages-") as folder:
        scanned, straightened = bench_ocr.save_pages(pdfs, Path(folder))
        pages = len(scanned)
        # Interleaved, as the text runs are, the fastest of each kept.
        runs = [(bench_ocr.time_tesseract(straightened, cores), bench_ocr.time_tesseract(scanned, cores),
                 pipeline_run()) for _ in range(repeat)]
    level, as_scanned, pipeline = (min(column, key=lambda run: run.wall) for column in zip(*runs))
    return ScanResult(len(pdfs), pages, cores, pipeline.wall / pages, level.wall / pages, as_scanned.wall / pages,
                      ocr.engine_version(), pipeline.tesseract_cpu, pipeline.own_cpu, level.tesseract_cpu,
                      [(run[2].wall / pages, run[0].wall / pages) for run in runs])


def print_scans(result: ScanResult, title: str = "Scans") -> None:
    print(f"\n{title}: {result.pdfs} PDFs, {result.pages} pages, {result.cores} cores, {result.engine}; "
          f"models loaded before the clock starts")
    print(f"  pipeline (extract)                          {result.pipeline:6.2f} s/page")
    print(f"  tesseract alone, pages straightened         {result.level:6.2f} s/page   "
          f"pipeline / this = {result.pipeline / result.level:.2f}")
    print(f"  tesseract alone, pages as scanned           {result.scanned:6.2f} s/page   "
          f"pipeline / this = {result.pipeline / result.scanned:.2f}")
    print(f"  CPU in the pipeline's run: tesseract {result.tesseract_cpu / result.pages:.2f} s/page (alone on the "
          f"straightened pages: {result.level_cpu / result.pages:.2f}), everything else "
          f"{result.own_cpu / result.pages:.2f} s/page (+{result.own_cpu / result.tesseract_cpu:.1%})")
    print("  every run, pipeline / straightened s/page: "
          + ", ".join(f"{pipeline:.2f} / {level:.2f}" for pipeline, level in result.runs))


# --- stages -------------------------------------------------------------------------------------------

def measure_stages(paths: list[Path]) -> tuple[dict[str, float], int]:
    """Seconds spent in each stage over `paths`, extracted as a worker does (chunks of
    `CHUNK_SIZE` documents, spaCy over each chunk at once) in this process, the outputs
    written as the parent writes them."""
    from pipeline.reference import gazetteer
    from pipeline.text import nlp
    from pipeline.run.extract import extract_document, extract_documents
    from pipeline.outputs import write_outputs
    from pipeline.run.workers import CHUNK_SIZE

    nlp.load_model()
    gazetteer.load()
    totals: dict[str, float] = {}
    current, mark = "", 0.0

    def on_stage(stage: str) -> None:
        nonlocal current, mark
        now = time.perf_counter()
        totals[current] = totals.get(current, 0.0) + now - mark
        current, mark = stage, now

    out = kept_folder("bench-stages-")
    extract_document(paths[0], str(paths[0]))  # first use: lazy indexes, the schema validator
    gc.freeze()  # as the workers start: the loaded heap out of the collector's sight (`workers.preload`)
    for first in range(0, len(paths), CHUNK_SIZE):
        chunk = [(path, str(path)) for path in paths[first:first + CHUNK_SIZE]]
        on_stage("reading")
        for index, record, text in extract_documents(chunk, lambda index, stage: on_stage(stage)):
            on_stage("writing")
            write_outputs(out, chunk[index][0].stem, record, text)
            on_stage("")
    gc.unfreeze()
    totals.pop("", None)
    return totals, len(paths)


def print_stages(totals: dict[str, float], documents: int) -> None:
    whole = sum(totals.values())
    print(f"\nStages, in one process over {documents} batch documents: {whole / documents * 1000:.1f} ms/doc")
    for stage, seconds in totals.items():
        print(f"  {stage:<12}{seconds / whole:7.1%}{seconds / documents * 1000:8.1f} ms/doc")


# --- cold start ----------------------------------------------------------------------------------------

@dataclass
class ColdResult:
    make: list[Run]     # `make extract` on a folder of one document, in the order they ran
    extract: list[Run]  # the command that `make extract` runs, on its own
    load: list[Run]     # the model loaded as the pipeline loads it: the floor
    plain: list[Run]    # the model loaded by spaCy alone, compiling its tokenizer's pattern

    def best(self, runs: list[Run]) -> Run:
        return min(runs, key=lambda run: run.wall)


def measure_cold_start(repeat: int) -> ColdResult:
    """A one-document `make extract` as a user types it (set-up checks included), each run into
    a new output folder, since a second run into the same one would skip the unchanged input."""
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as folder:
        inbox = Path(folder) / "inbox"
        inbox.mkdir()
        shutil.copy(COLD_DOCUMENT, inbox)

        def make_extract() -> list[str]:
            return ["make", "-s", "-C", str(ROOT), "extract", f"IN={inbox}", f"OUT={tempfile.mkdtemp(dir=folder)}"]

        def extract() -> list[str]:
            return [sys.executable, "-m", "pipeline", "extract", str(inbox), "--out", tempfile.mkdtemp(dir=folder)]

        run_tree(make_extract()), run_tree(spacy_argv(None, 1))  # warm the disk cache
        result = ColdResult([], [], [], [])
        for _ in range(repeat):
            result.make.append(run_tree(make_extract()))
            result.load.append(run_tree(spacy_argv(None, 1)))
            result.extract.append(run_tree(extract()))
            result.plain.append(run_tree(spacy_argv(None, 1, cached=False)))
    return result


def print_cold_start(result: ColdResult) -> None:
    make, extract, load = result.best(result.make), result.best(result.extract), result.best(result.load)
    paired = sorted(m.wall / f.wall for m, f in zip(result.make, result.load))
    print(f"\nCold start, one document, best of {len(result.make)} after a warm-up run:")
    print(f"  make extract IN=<one document>      {make.wall:6.2f} s  (CPU {make.cpu:.2f} s, peak "
          f"{max(make.parent_mb, make.worker_mb):.0f} MB, others {make.others:.0%})")
    print(f"  python -m pipeline extract, alone   {extract.wall:6.2f} s  (CPU {extract.cpu:.2f} s): make's own checks "
          f"take {make.wall - extract.wall:.2f} s")
    print(f"  import spaCy and load the model     {load.wall:6.2f} s  (CPU {load.cpu:.2f} s, peak {load.parent_mb:.0f} MB, "
          f"others {load.others:.0%}), as the pipeline loads it")
    plain = result.best(result.plain)
    print(f"  the same without the pattern cache  {plain.wall:6.2f} s  (CPU {plain.cpu:.2f} s): spaCy compiling "
          f"its tokenizer's pattern itself; make extract / this = {make.wall / plain.wall:.2f}")
    print(f"  ratio {make.wall / load.wall:.2f}; each make extract run over the load run after it (sorted): "
          + ", ".join(f"{ratio:.2f}" for ratio in paired))


# --- the table ------------------------------------------------------------------------------------------

# --- adversarial texts: long and repetitive, each beside spaCy alone on the same text --------------

# Each piece repeated to about ADVERSARIAL_CHARS characters: the steps that grow with the square
# of the number of mentions, numbers, dates, list items or brackets show here, and a pattern that
# backtracks without bound on a long run of spaces, or a repair that grows with the square of a word's length.
ADVERSARIAL = {
    "CPTS mentions": "La CPTS du Val ",
    "numbers": "12 345 habitants, ",
    "dates": "le 3 mai 2022, ",
    "commune names": "Dijon, Beaune, ",
    "brackets": "(CPTS (du (Val) ",
    "wide lines": "Communiqué de presse" + " " * 34 + "Lille, le 3 mai 2022\n",  # two columns read line by line
    "long words": "a" * 5_000 + " ",  # an OCR repair tried a variant of a word at each of its letters
}
ADVERSARIAL_CHARS = 150_000
ADVERSARIAL_LIMIT = 10.0  # seconds beyond spaCy alone on the same text


@dataclass
class AdversarialResult:
    name: str
    chars: int
    pipeline: Run
    spacy: Run

    @property
    def beyond(self) -> float:
        return self.pipeline.wall - self.spacy.wall


def measure_adversarial(chars: int) -> list[AdversarialResult]:
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-adversarial-") as folder:
        for name, piece in ADVERSARIAL.items():
            path = Path(folder) / f"{name.replace(' ', '_')}.txt"
            path.write_text(piece * (chars // len(piece)), encoding="utf-8")
            listing = Path(folder) / "listing.txt"
            listing.write_text(str(path), encoding="utf-8")
            results.append(AdversarialResult(name, path.stat().st_size, run_pipeline([path], 1),
                                             run_spacy(listing, 1, SPACY_BATCH_SIZE)))
    return results


def print_adversarial(results: list[AdversarialResult]) -> bool:
    """Print each case beside spaCy alone; True when every case is within the limit."""
    print("\nAdversarial texts, one document each, 1 worker (model load in both):")
    print(f"  {'text':<18}{'chars':>9}{'pipeline s':>12}{'spaCy s':>9}{'beyond s':>10}{'limit':>7}  result")
    for r in results:
        passed = r.beyond <= ADVERSARIAL_LIMIT
        print(f"  {r.name:<18}{r.chars:>9}{r.pipeline.wall:12.2f}{r.spacy.wall:9.2f}{r.beyond:10.2f}"
              f"{ADVERSARIAL_LIMIT:7.0f}  {'pass' if passed else 'FAIL'}")
    return all(r.beyond <= ADVERSARIAL_LIMIT for r in results)


def print_table(rows: list[tuple[str, str, str, float | None, str]]) -> bool:
    """Print each measure against its limit; True when every measured one is within it."""
    print("\nDone when:")
    all_passed = True
    print(f"  {'measure':<44}{'figure':>18}{'floor':>18}{'ratio':>8}{'limit':>9}  result")
    for name, figure, floor, ratio, limit in rows:
        if ratio is None:
            print(f"  {name:<44}{'not measured':>18}")
            continue
        bound = float(limit[2:])
        passed = ratio <= bound if limit.startswith("<=") else ratio >= bound
        all_passed = all_passed and passed
        print(f"  {name:<44}{figure:>18}{floor:>18}{ratio:8.2f}{limit:>9}  {'pass' if passed else 'FAIL'}")
    return all_passed


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def batch_files(folder: Path, count: int | None) -> list[Path]:
    if not any(folder.glob("batch_*.txt")):
        import make_batch

        make_batch.main(["--out", str(folder)])
    files = sorted(folder.glob("batch_*.txt"))
    return files[:count] if count else files


def main(argv: list[str] | None = None) -> int:
    try:
        return run_bench(argv)
    finally:
        remove_kept_folders()


def run_bench(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"a {QUICK_BATCH}-document batch, fewer repeats")
    parser.add_argument("--batch", type=Path, default=ROOT / "build" / "batch")
    parser.add_argument("--forms", type=Path, default=ROOT / "build" / "forms")
    parser.add_argument("--repeat", type=int,
                        help="runs of each measure, the fastest kept (default 3; quick 1); "
                             "the batch and the cold start take one more")
    parser.add_argument("--stage-docs", type=int, help="batch documents timed stage by stage (default 300; quick 100)")
    parser.add_argument("--spacy-batch-size", type=int, default=SPACY_BATCH_SIZE,
                        help=f"nlp.pipe batch size of the spaCy floor (default {SPACY_BATCH_SIZE})")
    parser.add_argument("--adversarial-only", action="store_true", help="only the adversarial texts")
    args = parser.parse_args(argv)
    repeat = args.repeat or (1 if args.quick else 3)
    logging.basicConfig(level=logging.WARNING)  # the in-process runs log only problems
    started = time.perf_counter()
    if args.adversarial_only:
        return 0 if print_adversarial(measure_adversarial(ADVERSARIAL_CHARS)) else 1

    corpus = sorted(CORPUS.glob("*.txt"))
    batch = batch_files(args.batch, QUICK_BATCH if args.quick else None)
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f} at the start")

    corpus_result = measure_text("Corpus", corpus, [1, 2], repeat, args.spacy_batch_size)
    print_text(corpus_result)
    batch_result = measure_text(f"Generated batch ({_shown(args.batch)})", batch, [1, 2], repeat + 1,
                                args.spacy_batch_size)
    print_text(batch_result)
    cold = measure_cold_start(repeat + 1)
    print_cold_start(cold)
    stage_docs = args.stage_docs or (100 if args.quick else 300)
    stages, documents = measure_stages(batch[:stage_docs])
    print_stages(stages, documents)
    scans = phones = None
    if (args.forms / "MANIFEST.json").exists():
        scans = measure_scans(args.forms, repeat)
        print_scans(scans)
        phones = measure_scans(args.forms, repeat, "phone_pdf")
        print_scans(phones, "Phone-scanned pages (second passes included)")
    else:
        print(f"\nScans: skipped, {args.forms}/MANIFEST.json is missing (make fixtures)")

    pipeline, spacy = batch_result.pipeline, batch_result.spacy
    n = batch_result.documents
    rows = [
        (f"text: pipeline vs spaCy alone ({n} docs, 2 workers)",
         f"{n / pipeline[2].wall:.1f} docs/s", f"{n / spacy[2].wall:.1f} docs/s",
         pipeline[2].wall / spacy[2].wall, f"<={TEXT_LIMIT}"),
        (f"text: pipeline vs spaCy alone ({n} docs, 1 worker)",
         f"{n / pipeline[1].wall:.1f} docs/s", f"{n / spacy[1].wall:.1f} docs/s",
         pipeline[1].wall / spacy[1].wall, f"<={TEXT_LIMIT}"),
        ("scans: pipeline vs tesseract (pages levelled)",
         f"{scans.pipeline:.2f} s/page" if scans else "", f"{scans.level:.2f} s/page" if scans else "",
         scans.pipeline / scans.level if scans else None, f"<={SCAN_LIMIT}"),
        ("phone pages: pipeline vs tesseract (cleaned)",
         f"{phones.pipeline:.2f} s/page" if phones else "", f"{phones.level:.2f} s/page" if phones else "",
         phones.pipeline / phones.level if phones else None, f"<={PHONE_LIMIT}"),
        (f"speed-up: {n} docs, 1 worker / 2 workers",
         f"{pipeline[2].wall:.1f} s (2)", f"{pipeline[1].wall:.1f} s (1)",
         pipeline[1].wall / pipeline[2].wall, f">={SPEED_UP_LIMIT}"),
        ("cold start: one-doc make extract vs model load",
         f"{cold.best(cold.make).wall:.2f} s", f"{cold.best(cold.load).wall:.2f} s",
         cold.best(cold.make).wall / cold.best(cold.load).wall, f"<={COLD_START_LIMIT}"),
    ]
    passed = print_table(rows)
    passed = print_adversarial(measure_adversarial(ADVERSARIAL_CHARS)) and passed
    print(f"\nbench took {time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.1f} at the end")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
