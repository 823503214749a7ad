"""The benchmark batch generator (`scripts/make_batch.py`): deterministic, distinct files, and
generated communiqués whose records carry the names and figures the generator put in."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import make_batch  # noqa: E402


@pytest.fixture(scope="module")
def templates() -> list[make_batch.Template]:
    return make_batch.load_templates()


def test_batch_is_deterministic_and_distinct(templates, tmp_path):
    first = make_batch.generate(templates, 8, seed=7)
    again = make_batch.generate(templates, 8, seed=7)
    assert [d.text for d in first] == [d.text for d in again]
    assert [d.text for d in make_batch.generate(templates, 3, seed=7)] == [d.text for d in first[:3]]
    assert len({d.text for d in first}) == 8
    assert [d.text for d in make_batch.generate(templates, 8, seed=8)] != [d.text for d in first]
    by_stem = {t.stem: t.text for t in templates}
    assert all(d.text != by_stem[d.template] for d in first)

    make_batch.write_batch(tmp_path, first, seed=7)
    files = sorted(p.name for p in tmp_path.glob("*.txt"))
    assert files == sorted(d.name for d in first)
    manifest = json.loads((tmp_path / make_batch.MANIFEST).read_text(encoding="utf-8"))
    assert [entry["file"] for entry in manifest["files"]] == [d.name for d in first]


def test_generated_communiques_extract_to_what_was_put_in(templates, tmp_path):
    from pipeline.run.extract import extract_file

    docs = make_batch.generate(templates, 6, seed=2024)
    make_batch.write_batch(tmp_path, docs, seed=2024)
    # 001: two subject CPTS in a corpus release; 101: a test communiqué with a dateline.
    for doc in (docs[1], docs[5]):
        golden = json.loads(_golden(doc.template).read_text(encoding="utf-8"))
        record = extract_file(tmp_path / doc.name, doc.name).record
        found = {c["key"]: c for c in record["cpts"]}
        assert len(doc.cpts) == sum(c["role"] == "subject" for c in golden["cpts"])
        for expected in doc.cpts:
            assert expected["key"] not in {c["key"] for c in golden["cpts"]}, "the CPTS was renamed"
            assert expected["key"] in found, (doc.name, expected["key"], list(found))
            assert found[expected["key"]]["population"]["value"] == expected["population"]


def _golden(stem: str) -> Path:
    corpus = ROOT / "tests" / "fixtures" / f"{stem}.json"
    return corpus if corpus.exists() else ROOT / "tests" / "communiques" / f"{stem}.json"
