"""The forms of another folder of texts (`make_fixtures.py --texts`, used for ../shared/dev/raw)
and the per-form summary of `make forms-eval`."""
from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import make_fixtures  # noqa: E402
from pipeline.quality.evaluate import Score, format_forms_summary, forms_summary  # noqa: E402

# Invented communiqués, one with a list and a long unwrapped paragraph, as web copies are.
TEXTS = {
    "dZ01": "La CPTS du Val Fictif signe son contrat\n\nDijon, le 3 mai 2024. " + "La communauté "
            "professionnelle territoriale de santé du Val Fictif réunit 120 professionnels. " * 6
            + "\n\nSes missions :\n- l'accès aux soins ;\n- la prévention.\n",
    "dZ02": "Une nouvelle CPTS en Côte-d'Or\n\nLa CPTS des Collines Imaginaires couvre 14 communes "
            "et 21 000 habitants.\nElle a été lancée le 16 septembre 2021.\n",
}
DOCUMENT_FORMS = {"text_pdf", "scan_pdf", "photo_png", "phone_pdf", "docx", "html", "reflow_pdf",
                  "reflow_docx", "reflow_html", "hyphen_pdf", "columns_pdf", "furniture_pdf"}


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_texts_folder_gives_every_listed_form_and_the_same_bytes_twice(tmp_path):
    texts = tmp_path / "raw"
    texts.mkdir()
    for stem, text in TEXTS.items():
        (texts / f"{stem}.txt").write_text(text, encoding="utf-8")
    first, second = tmp_path / "one", tmp_path / "two"
    assert make_fixtures.main(["--texts", str(texts), "--out", str(first), "--jobs", "1"]) == 0
    assert make_fixtures.main(["--texts", str(texts), "--out", str(second), "--jobs", "1",
                               "--only", "dZ02", "--only", "dZ01"]) == 0
    manifest = json.loads((first / "MANIFEST.json").read_text(encoding="utf-8"))
    assert {entry["stem"] for entry in manifest} == set(TEXTS)
    forms = Counter(entry["form"] for entry in manifest)
    assert set(forms) == DOCUMENT_FORMS and set(forms.values()) == {2}
    listed = {entry["file"] for entry in manifest} | {"MANIFEST.json"}
    assert {p.name for p in first.iterdir()} == listed  # nothing unlisted: no TIFF, JPEG, bad/
    assert all((first / name).stat().st_size > 0 for name in listed)
    assert _digests(first) == _digests(second)


def test_texts_folder_subset_renders_only_those_stems(tmp_path):
    texts = tmp_path / "raw"
    texts.mkdir()
    for stem, text in TEXTS.items():
        (texts / f"{stem}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert make_fixtures.main(["--texts", str(texts), "--out", str(out), "--jobs", "1",
                               "--layouts-only", "--only", "dZ02"]) == 0
    manifest = json.loads((out / "MANIFEST.json").read_text(encoding="utf-8"))
    assert {entry["stem"] for entry in manifest} == {"dZ02"}


def _score(tp: int, fp: int, fn: int) -> Score:
    return Score(tp=tp, fp=fp, fn=fn)


def test_forms_summary_compares_each_form_with_the_same_documents_as_text():
    table = {
        "a": {"text": _score(10, 0, 0), "html": _score(10, 0, 0), "phone_pdf": _score(8, 1, 2)},
        "b": {"text": _score(9, 1, 1), "html": _score(9, 1, 1)},
    }
    rows = {row[0]: row for row in forms_summary(table)}
    assert rows["html"][1:4] == (2, rows["html"][3], _score(19, 1, 1).f1)
    assert rows["html"][4] == 0.0
    form, count, f1, text, diff, worst = rows["phone_pdf"]
    assert count == 1 and text == 1.0 and abs(diff - (1.0 - f1)) < 1e-9 and worst.startswith("a ")
    summary, passed = format_forms_summary(table)
    assert passed == (diff <= 0.10)
    assert "phone_pdf" in summary and "0.10" in summary
    table["b"]["html"] = _score(5, 5, 5)
    summary, passed = format_forms_summary(table)
    assert not passed and "FAIL" in summary
