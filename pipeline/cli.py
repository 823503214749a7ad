"""Command line: `python -m pipeline extract PATH... --out DIR` and `python -m pipeline validate FILE...`.

Each command calls one library function per input and turns its errors into a clean message;
the exit status is decided here and nowhere else.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from . import __version__
from .errors import ExitCode, PipelineError
from .record import error_record
from .validate import schema_errors, validate_file

log = logging.getLogger("pipeline")

SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return ExitCode.BAD_USAGE if exc.code else ExitCode.OK
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if args.command == "extract":
        return extract_command(args.paths, Path(args.out), args.jobs)
    if args.command == "validate":
        return validate_command(args.files)
    parser.print_help()
    return ExitCode.BAD_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Extract CPTS records from communiqués.")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log every stage")
    sub = parser.add_subparsers(dest="command")
    extract = sub.add_parser("extract", help="extract one JSON record (and its text) per input file")
    extract.add_argument("paths", nargs="+", help="files or folders (folders are searched recursively)")
    extract.add_argument("--out", required=True, help="folder for <stem>.json and <stem>.txt")
    extract.add_argument("--jobs", type=int, default=None,
                         help="files read and tesseract processes run at once (default: one per core)")
    validate = sub.add_parser("validate", help="check records against the schema and their text")
    validate.add_argument("files", nargs="+", help="record files (*.json)")
    return parser


# --- extract ------------------------------------------------------------------------------------

def list_inputs(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")
                                and f.name not in SKIPPED_NAMES))
        elif p.exists():
            found.append(p)
        else:
            raise FileNotFoundError(str(p))
    return found


def output_stems(inputs: list[Path]) -> dict[Path, str]:
    """`a.txt` -> `a`; a second input with a stem already taken keeps its whole file name."""
    taken: set[str] = set()
    stems = {}
    for path in inputs:
        stem = path.stem if path.stem not in taken else path.name
        if stem in taken:
            stem = f"{path.parent.name}_{path.name}"
        if stem != path.stem:
            log.warning("%s: the name %s is taken in this run; writing %s.json", path, path.stem, stem)
        taken.add(stem)
        stems[path] = stem
    return stems


def extract_command(paths: list[str], out: Path, jobs: int | None = None) -> int:
    from .extract import read_input  # the spaCy model loads only when there is work to do
    from .readers import ocr

    try:
        inputs = list_inputs(paths)
    except FileNotFoundError as exc:
        log.error("no such file or folder: %s", exc)
        return ExitCode.BAD_USAGE
    out.mkdir(parents=True, exist_ok=True)
    if jobs:
        ocr.MAX_WORKERS = jobs
    failures = 0
    started = time.perf_counter()
    # Files are read (and OCRed) ahead in threads while the main thread extracts them in order:
    # the cores stay busy with tesseract while spaCy works on the document before. One reader
    # more than there are tesseract slots renders the next file while the slots are busy.
    with ThreadPoolExecutor(max_workers=ocr.workers() + 1) as readers:
        reads = [(path, stem, readers.submit(read_input, path)) for path, stem in output_stems(inputs).items()]
        for path, stem, read in reads:
            failures += _extract_one(path, stem, read, out)
    log.info("%d file(s) in %.1f s, %d failed", len(inputs), time.perf_counter() - started, failures)
    return ExitCode.INPUT_FAILED if failures else ExitCode.OK


def _extract_one(path: Path, stem: str, read: Future, out: Path) -> int:
    """Extract one input whose reading was started; write its outputs; 1 if it failed, else 0."""
    from .extract import extract_ingested

    source = str(path)
    try:
        data, ingested = read.result()
        record, text = extract_ingested(source, data, ingested), ingested.raw
        problems = schema_errors(record)
        if problems:
            raise PipelineError("the record does not match the schema: " + "; ".join(problems[:5]))
    except PipelineError as exc:
        record = error_record(source, _bytes_or_none(path), exc.code, str(exc), getattr(exc, "format", None))
        text = None
    except OSError as exc:
        record, text = error_record(source, None, "unreadable_input", f"{path.name}: {exc.strerror or exc}"), None
    except Exception as exc:  # a bug must not lose the rest of the batch
        log.exception("%s: unexpected failure", path)
        record, text = error_record(source, _bytes_or_none(path), "internal_error", f"{type(exc).__name__}: {exc}"), None
    write_outputs(out, stem, record, text)
    _log_summary(path, record)
    if "error" in record:
        log.error("%s: %s", path, record["error"]["message"])
        return 1
    return 0


def _bytes_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _log_summary(path: Path, record: dict) -> None:
    if "error" in record:
        return
    names = ", ".join(f"{c['name']} ({c['role']})" for c in record["cpts"]) or "no CPTS"
    log.info("%s: %s; %d warning(s)", path.name, names, len(record["warnings"]))


def write_outputs(out: Path, stem: str, record: dict, text: str | None) -> None:
    """Write the text first, then the record, each through a temporary file and a rename."""
    if text is not None:
        atomic_write(out / f"{stem}.txt", text.encode("utf-8"))
    else:
        (out / f"{stem}.txt").unlink(missing_ok=True)
    payload = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    atomic_write(out / f"{stem}.json", payload.encode("utf-8"))


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- validate -------------------------------------------------------------------------------------

def validate_command(files: list[str]) -> int:
    bad = 0
    for name in files:
        problems = validate_file(Path(name))
        if problems:
            bad += 1
            for problem in problems:
                print(problem, file=sys.stderr)
        else:
            print(f"{name}: valid")
    return ExitCode.INPUT_FAILED if bad else ExitCode.OK
