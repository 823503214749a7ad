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
What a process loads once (the spaCy model, the gazetteer and the repair stage's name
index) is loaded before the clock starts, and its time printed on its own.

    .venv/bin/python scripts/bench_ocr.py [--forms build/forms] [--repeat 1]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import nlp  # noqa: E402
from pipeline import cli  # noqa: E402
from pipeline.readers import ocr  # noqa: E402
from pipeline import gazetteer, repair  # noqa: E402
from pipeline.readers.pdf import page_picture  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402


def scanned_pdfs(forms: Path) -> list[Path]:
    manifest = json.loads((forms / "MANIFEST.json").read_text(encoding="utf-8"))
    return [forms / entry["file"] for entry in manifest if entry["form"] == "scan_pdf"]


def save_pages(pdfs: list[Path], folder: Path) -> tuple[list[Path], list[Path]]:
    """Every page's picture as the pipeline takes it, as scanned and as straightened."""
    scanned, straightened = [], []
    for pdf_path in pdfs:
        document = pdfium.PdfDocument(pdf_path.read_bytes())
        for index in range(len(document)):
            picture = page_picture(document, index)
            scanned.append(folder / f"{pdf_path.stem}-{index + 1}.bmp")
            picture.save(scanned[-1])
            straightened.append(folder / f"{pdf_path.stem}-{index + 1}-level.bmp")
            ocr.prepared_page(picture)[0].save(straightened[-1])
        document.close()
    return scanned, straightened


def run_tesseract(image: Path) -> None:
    subprocess.run(["tesseract", str(image), "-", "-l", ocr.LANGUAGES, *ocr.CONFIG.split(), "--dpi", "300", "tsv"],
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


def time_tesseract(images: list[Path], cores: int) -> float:
    with held_to(cores):
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=cores) as pool:
            list(pool.map(run_tesseract, images))
        return time.perf_counter() - started


def time_pipeline(pdfs: list[Path], cores: int) -> float:
    """`python -m pipeline extract` on the PDFs, in this process (the models are loaded)."""
    with tempfile.TemporaryDirectory() as out, held_to(cores):
        started = time.perf_counter()
        status = cli.main(["extract", *map(str, pdfs), "--out", out])
        elapsed = time.perf_counter() - started
    assert status == 0, "a scanned PDF failed"
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=Path, default=ROOT / "build" / "forms")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measure; the fastest is kept")
    args = parser.parse_args(argv)

    def best(measure, *arguments) -> float:
        return min(measure(*arguments) for _ in range(args.repeat))

    pdfs = scanned_pdfs(args.forms)
    cores = ocr.workers()
    started = time.perf_counter()
    nlp.load_model()
    gazetteer.load()
    repair.repair_text("Cote-d'Or", "fr")
    print(f"once per process: models and reference data loaded in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        scanned, straightened = save_pages(pdfs, Path(tmp))
        pages = len(scanned)
        print(f"{len(pdfs)} scanned PDFs, {pages} pages, {cores} cores, {ocr.engine_version()}")
        print(f"{'':<32} {'serial s/page':>14} {f'parallel ({cores}) s/page':>22} {'speed-up':>9}")
        rows = {}
        rows["OCR alone, pages as scanned"] = (best(time_tesseract, scanned, 1), best(time_tesseract, scanned, cores))
        rows["OCR alone, pages straightened"] = (best(time_tesseract, straightened, 1),
                                                 best(time_tesseract, straightened, cores))
    rows["pipeline"] = (best(time_pipeline, pdfs, 1), best(time_pipeline, pdfs, cores))
    for name, (serial, parallel) in rows.items():
        print(f"{name:<32} {serial / pages:14.2f} {parallel / pages:22.2f} {serial / parallel:8.2f}x")
    for baseline in ("OCR alone, pages as scanned", "OCR alone, pages straightened"):
        for i, mode in enumerate(("serial", "parallel")):
            added = rows["pipeline"][i] / rows[baseline][i] - 1
            print(f"pipeline adds {added:+.1%} to tesseract's own time ({mode}, {baseline[11:]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
