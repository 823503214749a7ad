"""What a batch remembers and reports.

- `BatchState`: which inputs are unchanged since they were last extracted (same bytes, same
  pipeline version, record still on disk), so that a second `make extract` skips them.
- `Progress`: a progress bar (file, stage, time left) on a terminal; silent otherwise.
- `summary`: the report printed at the end, failures and warnings included.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path


from ..outputs import atomic_write
from .version import pipeline_version

WARNING_EXAMPLES = 3  # per warning code and document in the run summary
QUOTED_RE = re.compile(r"'(.{1,60}?)'(?![\w])|«\s*(.{1,60}?)\s*»")  # 'Saint-Jean-d'Angély' stays whole
STATE_FILE = ".extract-state"  # no .json suffix: `*.json` in the folder are records only
# Errors that another try may not repeat (a file being written, a bug since fixed by hand,
# a limit since raised).
RETRIED_ERRORS = {"unreadable_input", "internal_error", "time_limit", "memory_limit", "worker_crashed",
                  "input_too_large", "too_many_pages", "image_too_large", "text_too_long",
                  "ocr_timeout", "ocr_failed"}


@dataclass
class Outcome:
    path: Path
    record: dict
    skipped: bool = False


def file_digest(path: Path) -> str | None:
    if not path.is_file():  # a FIFO would block
        return None
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


class BatchState:
    """`OUT/.extract-state`: for each input (by absolute path), the digest of its bytes, the
    pipeline version and the record's stem when it was last extracted. One JSON line is
    appended per record written, so a run killed at any moment keeps what it finished; the
    file is compacted when a run ends."""

    def __init__(self, out: Path):
        self.out = out
        self.path = out / STATE_FILE
        self.version = pipeline_version()
        self.entries = self._read()
        self._log = None

    def _read(self) -> dict:
        entries: dict = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return entries
        for line in lines:
            try:
                key, entry = json.loads(line)
            except (ValueError, TypeError):
                continue  # the last line of a killed run may be cut short
            entries[key] = entry
        return entries

    def previous_record(self, path: Path, stem: str, digest: str | None) -> dict | None:
        """The record already written for this input if nothing has changed since, else None."""
        entry = self.entries.get(str(path.resolve()))
        if digest is None or entry != {"sha256": digest, "version": self.version, "stem": stem}:
            return None
        try:
            record = json.loads((self.out / f"{stem}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if record.get("document", {}).get("sha256") != digest:
            return None
        if "error" in record:
            return None if record["error"].get("code") in RETRIED_ERRORS else record
        return record if (self.out / f"{stem}.txt").exists() else None

    def remember(self, path: Path, stem: str, record: dict) -> None:
        digest = record.get("document", {}).get("sha256")
        key = str(path.resolve())
        entry = {"sha256": digest, "version": self.version, "stem": stem} if digest else None
        self.entries[key] = entry
        if self._log is None:
            self._log = self.path.open("a", encoding="utf-8")
        self._log.write(json.dumps([key, entry], ensure_ascii=False) + "\n")
        self._log.flush()

    def save(self) -> None:
        """Rewrite the file with one line per input."""
        if self._log is not None:
            self._log.close()
            self._log = None
        lines = [json.dumps([key, entry], ensure_ascii=False) for key, entry in self.entries.items() if entry]
        atomic_write(self.path, "".join(line + "\n" for line in lines).encode("utf-8"))


def show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


class Progress:
    """One bar for the batch, with the file last heard from and its stage on its right."""

    def __init__(self, total: int, done: int = 0):
        self.shown = show_progress()
        self.bar = _bar(total, done) if self.shown else None

    def stage(self, name: str) -> None:
        if self.bar:
            self.bar.set_postfix_str(name)

    def done(self) -> None:
        if self.bar:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar:
            self.bar.close()


def _bar(total: int, done: int):
    from tqdm import tqdm  # imported only for a terminal: 0.05 s of a cold start

    tqdm.monitor_interval = 0  # no monitor thread: the batch forks worker processes
    return tqdm(total=total, initial=done, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)


def summary(outcomes: list[Outcome], seconds: float) -> str:
    failed = [o for o in outcomes if "error" in o.record]
    skipped = sum(o.skipped for o in outcomes)
    extracted = len(outcomes) - skipped
    lines = [f"{len(outcomes)} input(s) in {seconds:.1f} s: {extracted} extracted, "
             f"{skipped} unchanged since the last run, {len(failed)} failed"]
    if failed:
        lines.append("Failures:")
        lines += [f"  {o.path}: {o.record['error']['code']}: {o.record['error']['message']}" for o in failed]
    warned = [o for o in outcomes if o.record.get("warnings")]
    if warned:
        lines.append("Warnings:")
        lines += [f"  {o.path}: {_grouped_warnings(o.record['warnings'])}" for o in warned]
    return "\n".join(lines)


def _grouped_warnings(warnings: list[dict]) -> str:
    """One document's warnings as one line, grouped by code: a few examples per code and a count,
    so that a text with 3 000 unknown communes still takes one line (the record holds them all)."""
    by_code: dict[str, list[str]] = {}
    for w in warnings:
        by_code.setdefault(w["code"], []).append(_warning_example(w))
    return ", ".join(_warning_group(code, examples) for code, examples in by_code.items())


def _warning_example(warning: dict) -> str:
    """What the warning is about: the value its message quotes ("'Foo' could not be linked"), else its CPTS."""
    quoted = QUOTED_RE.search(warning.get("message") or "")
    return (quoted.group(1) or quoted.group(2)) if quoted else warning.get("cpts") or ""


def _warning_group(code: str, examples: list[str]) -> str:
    named = list(dict.fromkeys(e for e in examples if e))
    shown = ", ".join(named[:WARNING_EXAMPLES]) + (", …" if len(named) > WARNING_EXAMPLES else "")
    label = f"{code} ({shown})" if shown else code
    return f"{label} ×{len(examples)}" if len(examples) > 1 else label
