"""Seconds per page of OCR alone and of the whole pipeline on the generated scanned PDFs,
serial (the process and its tesseracts held to one core) and parallel (all cores, one
tesseract per core).

"OCR alone" is the `tesseract` command on the page images already taken out of the PDFs and
saved as the pipeline hands them over (uncompressed BMP): the engine's own time. It is measured
twice: on the pages as scanned, and on the pages straightened as the pipeline straightens them
(tesseract takes longer on level lines, which it reads in full; on a tilted page it reads
shorter slices of each line, faster and less well). "Pipeline" is the `extract` command on the
PDFs: reading them, taking each page's picture, straightening it, OCR, repair, language
analysis, extraction and the record.
Wall-clock time on a shared machine moves by up to 15% from one run to the next, so the
pipeline's runs are also split by CPU time: the tesseract processes' (each run under
`/usr/bin/time`, which the pipeline's worker processes inherit through pytesseract's command)
against everything else the pipeline does (reading, straightening, repair, analysis,
extraction, in the parent and its workers).
What a process loads once (the spaCy model, the gazetteer and the repair stage's name
index) is loaded before the clock starts, and its time printed on its own.

    .venv/bin/python scripts/bench_ocr.py [--forms build/forms] [--repeat 1] [--form phone_pdf]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.text import nlp  # noqa: E402
from pipeline.run import cli  # noqa: E402
from pipeline.readers import ocr  # noqa: E402
from pipeline.reference import gazetteer  # noqa: E402
from pipeline.text import repair
from pipeline.readers.pdf import page_picture  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
import pytesseract  # noqa: E402


def scanned_pdfs(forms: Path, form: str = "scan_pdf") -> list[Path]:
    """The generated PDFs of one form: office scans (`scan_pdf`) or phone-scanned pages (`phone_pdf`)."""
    manifest = json.loads((forms / "MANIFEST.json").read_text(encoding="utf-8"))
    return [forms / entry["file"] for entry in manifest if entry["form"] == form]


def save_pages(pdfs: list[Path], folder: Path) -> tuple[list[Path], list[Path]]:
    """Every page's picture as the pipeline takes it, as scanned and as straightened."""
    scanned, straightened = [], []
    for pdf_path in pdfs:
        document = pdfium.PdfDocument(pdf_path.read_bytes())
        for index in range(len(document)):
            picture = page_picture(document, index)
            dpi = ocr._dpi_of(picture)  # in the name: a BMP keeps no resolution tesseract reads
            scanned.append(folder / f"{pdf_path.stem}-{index + 1}@{dpi}.bmp")
            picture.save(scanned[-1])
            prepared, scale = ocr.prepared_page(picture)
            straightened.append(folder / f"{pdf_path.stem}-{index + 1}-level@{round(dpi * scale)}.bmp")
            prepared.save(straightened[-1])
        document.close()
    return scanned, straightened


def run_tesseract(image: Path) -> None:
    """One tesseract pass, at the resolution stored in the picture (300 for a scan, 200 for a
    phone-scanned page)."""
    dpi = image.stem.rsplit("@", 1)[-1] if "@" in image.stem else "300"
    subprocess.run(["tesseract", str(image), "-", "-l", ocr.LANGUAGES, *ocr.CONFIG.split(), "--dpi", dpi, "tsv"],
                   check=True, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


@contextmanager
def held_to(cores: int):
    """Run the block on the first `cores` cores only: every thread of this process (numerical
    libraries keep their own), and the threads and tesseract processes started in the block,
    which inherit the limit."""
    allowed = os.sched_getaffinity(0)
    set_affinity(sorted(allowed)[:cores])
    try:
        yield
    finally:
        set_affinity(allowed)


def set_affinity(cores) -> None:
    for thread in os.listdir("/proc/self/task"):
        try:
            os.sched_setaffinity(int(thread), cores)
        except OSError:  # the thread ended meanwhile
            pass


@dataclass
class Run:
    wall: float  # seconds
    tesseract_cpu: float  # CPU seconds of the tesseract processes
    own_cpu: float  # CPU seconds of this process: everything but tesseract


@contextmanager
def measured(runs: list[Run]):
    """Wall-clock and CPU time of the block, the CPU split between this process and its
    children (the tesseract processes). CPU time hardly moves with the load other programs put
    on the machine; wall-clock time can move by 15% from one run to the next."""
    self_before, children_before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    yield
    wall = time.perf_counter() - started
    self_after, children_after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)

    def cpu(before, after) -> float:
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    runs.append(Run(wall, cpu(children_before, children_after), cpu(self_before, self_after)))


def time_tesseract(images: list[Path], cores: int) -> Run:
    runs: list[Run] = []
    with held_to(cores), measured(runs), ThreadPoolExecutor(max_workers=cores) as pool:
        list(pool.map(run_tesseract, images))
    return runs[0]


def time_pipeline(pdfs: list[Path], cores: int) -> Run:
    """`python -m pipeline extract` on the PDFs, started in this process (the models are
    loaded; the worker processes fork from it)."""
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as out, held_to(cores), tesseract_accounted(Path(out)) as tesseract_cpu:
        with measured(runs):
            status = cli.main(["extract", *map(str, pdfs), "--out", out])
        run = runs[0]
        if tesseract_cpu() is not None:  # the workers' CPU is their parent's children's too
            total = run.tesseract_cpu + run.own_cpu
            run = Run(run.wall, tesseract_cpu(), total - tesseract_cpu())
    assert status == 0, "a scanned PDF failed"
    return run


@contextmanager
def tesseract_accounted(folder: Path):
    """Every tesseract the pipeline starts runs under `/usr/bin/time`, which adds its CPU
    seconds to a log; yields a function that sums them (None without /usr/bin/time)."""
    real, timer = shutil.which(pytesseract.pytesseract.tesseract_cmd), shutil.which("time", path="/usr/bin")
    if real is None or timer is None:
        yield lambda: None
        return
    log, wrapper = folder / ".tesseract-cpu.log", folder / ".tesseract.sh"
    wrapper.write_text(f'#!/bin/sh\nexec {timer} -a -o {shlex.quote(str(log))} -f "cpu %U %S" '
                       f'{shlex.quote(real)} "$@"\n')
    wrapper.chmod(0o755)

    def total() -> float:
        lines = log.read_text().splitlines() if log.exists() else []
        return sum(float(user) + float(system) for _, user, system in
                   (line.split() for line in lines if line.startswith("cpu ")))

    previous, pytesseract.pytesseract.tesseract_cmd = pytesseract.pytesseract.tesseract_cmd, str(wrapper)
    try:
        yield total
    finally:
        pytesseract.pytesseract.tesseract_cmd = previous


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=Path, default=ROOT / "build" / "forms")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measure; the fastest is kept")
    parser.add_argument("--form", default="scan_pdf", help="scan_pdf (office scans) or phone_pdf (phone-scanned pages)")
    args = parser.parse_args(argv)

    def best(measure, *arguments) -> Run:
        return min((measure(*arguments) for _ in range(args.repeat)), key=lambda run: run.wall)

    pdfs = scanned_pdfs(args.forms, args.form)
    cores = ocr.workers()
    started = time.perf_counter()
    nlp.load_model()
    gazetteer.load()
    repair.repair_text("Cote-d'Or", "fr")
    print(f"once per process: models and reference data loaded in {time.perf_counter() - started:.1f} s")
    rows: dict[str, tuple[Run, Run]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scanned, straightened = save_pages(pdfs, Path(tmp))
        pages = len(scanned)
        rows["OCR alone, pages as scanned"] = (best(time_tesseract, scanned, 1), best(time_tesseract, scanned, cores))
        rows["OCR alone, pages straightened"] = (best(time_tesseract, straightened, 1),
                                                 best(time_tesseract, straightened, cores))
    rows["pipeline"] = (best(time_pipeline, pdfs, 1), best(time_pipeline, pdfs, cores))

    print(f"{len(pdfs)} PDFs ({args.form}), {pages} pages, {cores} cores, {ocr.engine_version()}")
    print(f"{'wall-clock':<32} {'serial s/page':>14} {f'parallel ({cores}) s/page':>22} {'speed-up':>9}")
    for name, (serial, parallel) in rows.items():
        print(f"{name:<32} {serial.wall / pages:14.2f} {parallel.wall / pages:22.2f} {serial.wall / parallel.wall:8.2f}x")
    for baseline in ("OCR alone, pages as scanned", "OCR alone, pages straightened"):
        for i, mode in enumerate(("serial", "parallel")):
            added = rows["pipeline"][i].wall / rows[baseline][i].wall - 1
            print(f"pipeline adds {added:+.1%} to tesseract's wall-clock time ({mode}, {baseline[11:]})")
    print("CPU time (s/page), which the load of other programs hardly moves: serial / parallel")
    for name, runs in rows.items():
        print(f"  {name:<30} " + " / ".join(f"{(run.tesseract_cpu + run.own_cpu) / pages:5.2f}" for run in runs))
    for baseline in ("OCR alone, pages as scanned", "OCR alone, pages straightened"):
        ratios = [(p.tesseract_cpu + p.own_cpu) / (b.tesseract_cpu + b.own_cpu)
                  for p, b in zip(rows["pipeline"], rows[baseline])]
        print(f"pipeline / {baseline[11:]}, by CPU: " + " / ".join(f"{r:.2f}" for r in ratios))
    print("CPU time inside the pipeline's own runs (s/page): tesseract / the pipeline's own work")
    for run, mode in zip(rows["pipeline"], ("serial", "parallel")):
        print(f"  {mode:<9} {run.tesseract_cpu / pages:5.2f} / {run.own_cpu / pages:4.2f}: "
              f"the pipeline adds {run.own_cpu / run.tesseract_cpu:+.1%} to tesseract's own time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
