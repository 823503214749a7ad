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
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from .outputs import write_json
from .version import pipeline_version

STATE_FILE = ".extract-state"  # no .json suffix: `*.json` in the folder are records only
# Errors that another try may not repeat (a file being written, a bug since fixed by hand).
RETRIED_ERRORS = {"unreadable_input", "internal_error"}
SAVE_EVERY_SECONDS = 2.0


@dataclass
class Outcome:
    path: Path
    record: dict
    skipped: bool = False


def file_digest(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


class BatchState:
    """`OUT/.extract-state` (JSON): for each input (by absolute path), the digest of its bytes,
    the pipeline version and the record's stem when it was last extracted."""

    def __init__(self, out: Path):
        self.out = out
        self.path = out / STATE_FILE
        self.version = pipeline_version()
        self.entries = self._read()
        self._saved_at = time.monotonic()

    def _read(self) -> dict:
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}

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
        if digest:
            self.entries[key] = {"sha256": digest, "version": self.version, "stem": stem}
        else:
            self.entries.pop(key, None)
        if time.monotonic() - self._saved_at > SAVE_EVERY_SECONDS:
            self.save()

    def save(self) -> None:
        write_json(self.path, self.entries)
        self._saved_at = time.monotonic()


def show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


class Progress:
    """One bar for the batch; the current file on its left, its stage on its right."""

    def __init__(self, total: int):
        self.shown = show_progress()
        self.bar = tqdm(total=total, unit="file", file=sys.stderr, disable=not self.shown,
                        dynamic_ncols=True, leave=False)

    def start(self, name: str) -> None:
        self.bar.set_description_str(name if len(name) <= 32 else name[:31] + "…", refresh=False)

    def stage(self, name: str) -> None:
        self.bar.set_postfix_str(name)

    def done(self) -> None:
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


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
        for o in warned:
            codes = ", ".join(_warning_label(w) for w in o.record["warnings"])
            lines.append(f"  {o.path}: {codes}")
    return "\n".join(lines)


def _warning_label(warning: dict) -> str:
    return f"{warning['code']} ({warning['cpts']})" if warning.get("cpts") else warning["code"]
