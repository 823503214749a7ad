"""Command line: `python -m pipeline extract | validate | load | export | review`.

Each command calls library functions and turns their errors into a clean message and an exit
status (`errors.ExitCode`).
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import time
from pathlib import Path

from .. import __version__
from .batch import BatchState, Outcome, Progress, file_digest, summary
from ..errors import ExitCode
from ..outputs import remove_temporaries, write_outputs
from ..record.validate import validate_file
from ..reference.regex_cache import compiled_once
from .workers import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT, Limits, Task, WorkerPool, preload

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
        return extract_command(args.paths, Path(args.out), args.jobs, args.force,
                               Limits(args.time_limit, args.memory_limit))
    if args.command == "validate":
        return validate_command(args.files)
    if args.command == "load":
        from ..store.database import load_command
        return load_command(Path(args.out_dir), args.db or str(Path(args.out_dir) / "cpts.sqlite"))
    if args.command == "export":
        from ..store.database import export_command
        return export_command(args.db, Path(args.out) if args.out else None)
    if args.command == "review":
        from ..review.pages import review_command
        return review_command(Path(args.out_dir), Path(args.to) if args.to else None)
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
                         help="worker processes, each extracting one document at a time (default: one per core)")
    extract.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                         help=f"per document; past it the document gets an error record (default {DEFAULT_TIME_LIMIT:g})")
    extract.add_argument("--memory-limit", type=int, default=DEFAULT_MEMORY_LIMIT, metavar="MB",
                         help=f"memory a worker may add per document (default {DEFAULT_MEMORY_LIMIT})")
    extract.add_argument("--force", action="store_true",
                         help="extract every input again, even those unchanged since the last run")
    validate = sub.add_parser("validate", help="check records against the schema and their text")
    validate.add_argument("files", nargs="+", help="record files (*.json)")
    load = sub.add_parser("load", help="load the records of a folder into SQLite or PostgreSQL")
    load.add_argument("out_dir", help="folder of records written by `extract`")
    load.add_argument("--db", help="SQLite file or postgresql:// URL (default: OUT_DIR/cpts.sqlite)")
    export = sub.add_parser("export", help="write the registry of communities as CSV and JSON Lines")
    export.add_argument("--db", required=True, help="SQLite file or postgresql:// URL")
    export.add_argument("--out", help="folder for registry.csv and registry.jsonl (default: the SQLite file's folder)")
    review = sub.add_parser("review", help="write a static HTML review of a folder of records")
    review.add_argument("out_dir", help="folder of records written by `extract`")
    review.add_argument("--to", help="folder for the HTML pages (default: OUT_DIR/review)")
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
    return _once_each(found)


def _once_each(paths: list[Path]) -> list[Path]:
    """One input per file: a link to a file already listed (or the same file named twice) is
    read once, under the file's own name rather than the link's."""
    kept: dict[Path, Path] = {}
    for path in paths:
        target = path.resolve()
        first = kept.get(target)
        if first is None:
            kept[target] = path
            continue
        if first.is_symlink() and not path.is_symlink():
            kept[target] = path
        log.info("%s and %s are the same file: read once, as %s", first, path, kept[target])
    return list(kept.values())


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


def extract_command(paths: list[str], out: Path, jobs: int | None = None, force: bool = False,
                    limits: Limits | None = None) -> int:
    try:
        inputs = list_inputs(paths)
    except FileNotFoundError as exc:
        log.error("no such file or folder: %s", exc)
        return ExitCode.BAD_USAGE
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if remove_temporaries(out):
        log.info("%s: removed the half-written files of an interrupted run", out)
    state = BatchState(out)
    stems = output_stems(inputs)
    outcomes: dict[Path, Outcome] = {}
    for path, stem in stems.items():
        previous = None if force else state.previous_record(path, stem, file_digest(path))
        if previous is not None:
            outcomes[path] = Outcome(path, previous, skipped=True)
    todo = [Task(path, str(path)) for path in stems if path not in outcomes]
    progress = Progress(len(inputs), done=len(outcomes))

    def on_stage(task: Task, stage: str) -> None:
        progress.stage(f"{task.path.name}: {stage}")

    def on_result(task: Task, record: dict, text: str | None) -> None:
        _write_result(out, stems[task.path], task.path, record, text)
        state.remember(task.path, stems[task.path], record)
        outcomes[task.path] = Outcome(task.path, record)
        progress.done()

    try:
        if todo:
            with _logs_above(progress):
                _run_workers(todo, jobs, limits or Limits(), on_stage, on_result)
    finally:
        progress.close()
        state.save()
    ordered = [outcomes[path] for path in stems]
    print(summary(ordered, time.perf_counter() - started))
    failed = any("error" in o.record for o in ordered)
    return ExitCode.INPUT_FAILED if failed else ExitCode.OK


def _run_workers(todo: list[Task], jobs: int | None, limits: Limits, on_stage, on_result) -> None:
    """Extract in worker processes (one per core unless `jobs` says otherwise). The workers
    fork inside `compiled_once`: the patterns they compile on their first document are kept too."""
    with compiled_once():
        from ..readers import ocr

        preload(warm_up=len(todo) > 1)  # spaCy and the readers load only when there is work to do
        pool = WorkerPool(min(jobs or ocr.workers(), len(todo)), limits)
        try:
            pool.run(todo, on_stage, on_result)
        finally:
            pool.close()


def _logs_above(progress: Progress):
    """On a terminal, log lines are printed above the progress bar instead of through it."""
    if not progress.shown:
        return contextlib.nullcontext()
    from tqdm.contrib.logging import logging_redirect_tqdm  # asyncio with it: 0.03 s of a cold start

    return logging_redirect_tqdm()


def _write_result(out: Path, stem: str, path: Path, record: dict, text: str | None) -> None:
    write_outputs(out, stem, record, text)
    _log_summary(path, record)


def _log_summary(path: Path, record: dict) -> None:
    if "error" in record:
        log.error("%s: %s", path, record["error"]["message"])
        return
    names = ", ".join(f"{c['name']} ({c['role']})" for c in record["cpts"]) or "no CPTS"
    log.info("%s: %s; %d warning(s)", path.name, names, len(record["warnings"]))


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
