"""Character error rate of OCR before and after the repair stage.

For each scanned document, the OCR output and its repaired form are compared with the
reference text (the clean transcript in `corpus/transcripts/` when there is one, else the
input text the scan was made from):

    CER = Levenshtein distance(reference, hypothesis) / length of reference

Both sides are normalised first so that only reading errors count, not layout: Unicode
NFKC (ligatures, non-breaking spaces), typographic apostrophes as ', every run of
whitespace as one space (OCR breaks lines and pages where the page does, not the text file).

    python -m pipeline.quality.ocr_eval [--forms build/forms] [--form scan_pdf]
    python -m pipeline.quality.ocr_eval --samples    # the corpus's own OCR output against its transcript
    python -m pipeline.quality.ocr_eval --form phone_pdf --steps   # CER per photo step and second pass
    python -m pipeline.quality.ocr_eval --clean      # the clean texts go through repair unchanged
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ..text.language import detect_language
from ..text.repair import repair_text

ROOT = Path(__file__).resolve().parents[2]
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


@dataclass
class CerResult:
    name: str
    reference_chars: int
    errors_before: int
    errors_after: int
    repairs: int

    @property
    def cer_before(self) -> float:
        return self.errors_before / self.reference_chars

    @property
    def cer_after(self) -> float:
        return self.errors_after / self.reference_chars


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(APOSTROPHES)
    text = re.sub(r"(?<=\w-)\n\s*(?=\w)", "", text)  # "Venarey-lès-\nLaumes": the hyphen is the name's
    return re.sub(r"\s+", " ", text).strip()


def errors(reference: str, hypothesis: str) -> int:
    return Levenshtein.distance(normalise(reference), normalise(hypothesis))


def reference_text(stem: str) -> str:
    transcript = ROOT / "corpus" / "transcripts" / f"{stem}.txt"
    source = transcript if transcript.exists() else ROOT / "corpus" / "inbox" / f"{stem}.txt"
    return source.read_text(encoding="utf-8")


def measure(name: str, ocr_text: str, reference: str) -> CerResult:
    repaired = repair_text(ocr_text, detect_language(ocr_text), ocr=True)
    return CerResult(name, len(normalise(reference)), errors(reference, ocr_text),
                     errors(reference, repaired.text), len(repaired.repairs))


def scanned_inputs(forms: Path, form: str) -> list[tuple[str, Path]]:
    manifest = json.loads((forms / "MANIFEST.json").read_text(encoding="utf-8"))
    return [(entry["stem"], forms / entry["file"]) for entry in manifest if entry["form"] == form]


def format_table(results: list[CerResult]) -> str:
    lines = [f"{'document':<34} {'chars':>6} {'CER before':>10} {'CER after':>10} {'removed':>8} {'repairs':>8}"]
    for r in results:
        lines.append(f"{r.name:<34} {r.reference_chars:6d} {r.cer_before:10.2%} {r.cer_after:10.2%} "
                     f"{_removed(r.errors_before, r.errors_after):>8} {r.repairs:8d}")
    total = CerResult("all", sum(r.reference_chars for r in results), sum(r.errors_before for r in results),
                      sum(r.errors_after for r in results), sum(r.repairs for r in results))
    lines.append(f"{'all':<34} {total.reference_chars:6d} {total.cer_before:10.2%} {total.cer_after:10.2%} "
                 f"{_removed(total.errors_before, total.errors_after):>8} {total.repairs:8d}")
    return "\n".join(lines)


def _removed(before: int, after: int) -> str:
    return f"{(before - after) / before:.0%}" if before else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.quality.ocr_eval")
    parser.add_argument("--forms", default="build/forms", help="folder made by `make fixtures`")
    parser.add_argument("--form", default="scan_pdf", help="which generated form to read (scan_pdf, photo_png, ...)")
    parser.add_argument("--steps", action="store_true",
                        help="measure each photo preprocessing step: the form read with none, then adding one at a time")
    parser.add_argument("--samples", action="store_true",
                        help="measure the corpus texts that are OCR output (those with a transcript) instead")
    parser.add_argument("--clean", action="store_true",
                        help="the clean texts the forms were made from, through the repair stage: none may change")
    args = parser.parse_args(argv)
    if args.clean:
        manifest = json.loads((Path(args.forms) / "MANIFEST.json").read_text(encoding="utf-8"))
        changes = repair_changes(clean_references(sorted({e["stem"] for e in manifest if e["stem"]})))
        print(format_clean(changes))
        return 1 if any(repairs for _, repairs in changes) else 0
    if args.samples:
        results = [measure(path.name, (ROOT / "corpus" / "inbox" / path.name).read_text(encoding="utf-8"),
                           path.read_text(encoding="utf-8"))
                   for path in sorted((ROOT / "corpus" / "transcripts").glob("*.txt"))]
        print("Character error rate of the corpus's OCR output against its hand-corrected transcript")
        print(format_table(results))
        return 0
    inputs = scanned_inputs(Path(args.forms), args.form)
    if args.steps:
        print(f"Character error rate of {args.form} OCR with the photo preprocessing steps added one at a time")
        print(format_steps(measure_steps(inputs)))
        return 0
    print(f"Character error rate of {args.form} OCR against the reference text, before and after repair")
    print(format_table(read_all(inputs)))
    return 0


def read_all(inputs: list[tuple[str, Path]]) -> list[CerResult]:
    from ..errors import EmptyInput
    from ..text.ingest import ingest

    results = []
    for stem, path in inputs:
        try:
            text = ingest(path, path.read_bytes()).raw
        except EmptyInput:  # nothing read counts as every character missed
            text = ""
        results.append(measure(path.name, text, reference_text(stem)))
    return results


@dataclass
class StepRow:
    label: str
    result: CerResult
    seconds: float
    second_passes: int = 0  # pages read a second time
    second_kept: int = 0    # pages whose second reading was kept


def measure_steps(inputs: list[tuple[str, Path]]) -> list[StepRow]:
    """The whole form's CER with no photo step, then each step added in turn (one tesseract pass
    a page), then the steps in use with the second pass on pages read with low confidence."""
    from ..readers import ocr

    rows, default, default_second = [], ocr.photo_steps, ocr.second_pass
    try:
        ocr.second_pass = False
        for count in range(len(ocr.PHOTO_STEPS) + 1):
            ocr.photo_steps = set(ocr.PHOTO_STEPS[:count])
            rows.append(_step_row("+ " + ocr.PHOTO_STEPS[count - 1] if count else "none", inputs))
        ocr.photo_steps, ocr.second_pass = default, True
        in_use = ", ".join(step for step in ocr.PHOTO_STEPS if step in default)
        rows.append(_step_row(f"in use ({in_use}) + second pass", inputs))
    finally:
        ocr.photo_steps, ocr.second_pass = default, default_second
    return rows


def _step_row(label: str, inputs: list[tuple[str, Path]]) -> StepRow:
    from ..readers import ocr

    before = ocr.second_pass_counts()
    started = time.perf_counter()
    results = read_all(inputs)
    seconds = time.perf_counter() - started
    after = ocr.second_pass_counts()
    total = CerResult(label, sum(r.reference_chars for r in results), sum(r.errors_before for r in results),
                      sum(r.errors_after for r in results), sum(r.repairs for r in results))
    return StepRow(label, total, seconds, after[0] - before[0], after[1] - before[1])


def format_steps(rows: list[StepRow]) -> str:
    width = max(len(row.label) for row in rows)
    lines = [f"{'steps':<{width}} {'CER before repair':>18} {'CER after repair':>17} {'seconds':>8} "
             f"{'2nd passes (kept)':>18}"]
    lines += [f"{row.label:<{width}} {row.result.cer_before:18.2%} {row.result.cer_after:17.2%} "
              f"{row.seconds:8.1f} {f'{row.second_passes} ({row.second_kept})':>18}" for row in rows]
    return "\n".join(lines)


def clean_references(stems: list[str]) -> list[tuple[str, str]]:
    """(name, text) of the clean texts the forms were made from."""
    return [(stem, reference_text(stem)) for stem in stems]


def repair_changes(texts: list[tuple[str, str]]) -> list[tuple[str, list]]:
    """Per clean text, the repairs the OCR repair stage would make to it (there should be none)."""
    out = []
    for name, text in texts:
        repaired = repair_text(text, detect_language(text), ocr=True)
        out.append((name, repaired.repairs))
    return out


def format_clean(changes: list[tuple[str, list]]) -> str:
    changed = [(name, repairs) for name, repairs in changes if repairs]
    lines = [f"Clean text through the OCR repair stage: {len(changes)} documents, "
             f"{len(changed)} changed ({sum(len(r) for _, r in changed)} repairs)"]
    for name, repairs in changed:
        lines += [f"  {name}: {r.original!r} -> {r.to!r} ({r.rule})" for r in repairs]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
