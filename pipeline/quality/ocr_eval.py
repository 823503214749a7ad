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
"""
from __future__ import annotations

import argparse
import json
import re
import sys
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
    args = parser.parse_args(argv)
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


def measure_steps(inputs: list[tuple[str, Path]]) -> list[tuple[str, CerResult]]:
    """The whole form's CER (before repair) with no photo step, then each step added in turn."""
    from ..readers import ocr

    rows, default = [], ocr.photo_steps
    try:
        for count in range(len(ocr.PHOTO_STEPS) + 1):
            ocr.photo_steps = set(ocr.PHOTO_STEPS[:count])
            label = "+ " + ocr.PHOTO_STEPS[count - 1] if count else "none"
            results = read_all(inputs)
            rows.append((label, CerResult(label, sum(r.reference_chars for r in results),
                                          sum(r.errors_before for r in results),
                                          sum(r.errors_after for r in results),
                                          sum(r.repairs for r in results))))
    finally:
        ocr.photo_steps = default
    return rows


def format_steps(rows: list[tuple[str, CerResult]]) -> str:
    lines = [f"{'steps':<14} {'CER before repair':>18} {'CER after repair':>17}"]
    lines += [f"{label:<14} {r.cer_before:18.2%} {r.cer_after:17.2%}" for label, r in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
