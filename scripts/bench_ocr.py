"""Seconds per page of OCR alone and of the whole pipeline on the generated scanned PDFs,
serial (one page at a time) and parallel (one tesseract per core).

"OCR alone" is the `tesseract` command on the page images already rendered and saved: the
engine's own time. "Pipeline" is the `extract` command on the PDFs: reading them, rendering each page
at 300 dpi, straightening it, OCR, repair, language analysis, extraction and the record.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import nlp  # noqa: E402
from pipeline import cli  # noqa: E402
from pipeline.readers import ocr  # noqa: E402
from pipeline import gazetteer, repair  # noqa: E402
from pipeline.readers.pdf import render_page  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402


def scanned_pdfs(forms: Path) -> list[Path]:
    manifest = json.loads((forms / "MANIFEST.json").read_text(encoding="utf-8"))
    return [forms / entry["file"] for entry in manifest if entry["form"] == "scan_pdf"]


def render_all(pdfs: list[Path], folder: Path) -> list[Path]:
    """Every page as a PNG file, as the pipeline gives it to tesseract."""
    images = []
    for pdf_path in pdfs:
        document = pdfium.PdfDocument(pdf_path.read_bytes())
        for index in range(len(document)):
            path = folder / f"{pdf_path.stem}-{index + 1}.png"
            render_page(document, index).save(path)
            images.append(path)
        document.close()
    return images


def run_tesseract(image: Path) -> None:
    subprocess.run(["tesseract", str(image), "-", "-l", ocr.LANGUAGES, *ocr.CONFIG.split(), "--dpi", "300", "tsv"],
                   check=True, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


def time_tesseract(images: list[Path], workers: int) -> float:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(run_tesseract, images))
    return time.perf_counter() - started


def time_pipeline(pdfs: list[Path], workers: int) -> float:
    """`python -m pipeline extract` on the PDFs, in this process (the models are loaded)."""
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        status = cli.main(["extract", *map(str, pdfs), "--out", out, "--jobs", str(workers)])
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
        images = render_all(pdfs, Path(tmp))
        pages = len(images)
        print(f"{len(pdfs)} scanned PDFs, {pages} pages, {cores} cores, {ocr.engine_version()}")
        print(f"{'':<22} {'serial s/page':>14} {f'parallel ({cores}) s/page':>22} {'speed-up':>9}")
        rows = {}
        rows["OCR alone"] = (best(time_tesseract, images, 1), best(time_tesseract, images, cores))
    rows["pipeline"] = (best(time_pipeline, pdfs, 1), best(time_pipeline, pdfs, cores))
    for name, (serial, parallel) in rows.items():
        print(f"{name:<22} {serial / pages:14.2f} {parallel / pages:22.2f} {serial / parallel:8.2f}x")
    for i, mode in enumerate(("serial", "parallel")):
        added = rows["pipeline"][i] / rows["OCR alone"][i] - 1
        print(f"pipeline adds {added:+.1%} to tesseract's own time ({mode})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
