"""Golden tests: the sample corpus must reproduce its hand-checked records exactly, family by
family, with valid schema and evidence that quotes the extracted text."""
from __future__ import annotations

import pytest

from conftest import CORPUS, FIXTURES, load_json
from pipeline.quality.evaluate import FAMILIES, facts_of, fixture_pairs
from pipeline.record.validate import evidence_errors, schema_errors

STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_every_corpus_document_has_a_golden_record():
    missing = [s for s in STEMS if not (FIXTURES / f"{s}.json").exists()]
    assert not missing, f"no golden record for {missing}"


def test_a_fixture_without_its_input_is_an_error(tmp_path):
    (tmp_path / "999_nothing.json").write_text("{}")
    with pytest.raises(FileNotFoundError):
        fixture_pairs(tmp_path, CORPUS)


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("family", FAMILIES)
def test_golden_family(corpus_records, stem, family):
    record, _ = corpus_records[stem]
    expected = load_json(FIXTURES / f"{stem}.json")
    got, want = facts_of(record).get(family, set()), facts_of(expected).get(family, set())
    if family == "resolved" and not any("insee" in (c["territory"]["resolved"] or {}) for c in expected["cpts"]):
        got = {t for t in got if t[1] != "codes"}
    assert got == want, f"extra: {sorted(got - want, key=str)}; missing: {sorted(want - got, key=str)}"


@pytest.mark.parametrize("stem", STEMS)
def test_record_is_valid_and_evidence_matches(corpus_records, stem):
    record, text = corpus_records[stem]
    assert schema_errors(record) == []
    assert evidence_errors(record, text) == []


def test_quantity_keeps_every_figure(corpus_records):
    record, _ = corpus_records["000_23596e47e6eee860"]
    population = record["cpts"][0]["population"]
    assert population["value"] == 33340
    assert [m["value"] for m in population["mentions"]] == [33000, 33340]
    assert population["evidence"]["quote"] == "33 340 habitants"


def test_ocr_evidence_points_at_the_page_text(corpus_records):
    record, text = corpus_records["002_c8d313cca9ef4393"]
    centre = record["cpts"][0]
    assert centre["rank_in_department"]["value"] == 3
    # evidence quotes the page as OCR read it; extraction read the repaired "troisième"
    assert centre["rank_in_department"]["evidence"]["quote"] == "troisieme CPTS"
    repairs = {(r["from"], r["to"]) for r in record["document"]["repairs"]}
    assert ("Co6te", "Côte") in repairs and ("hdpitaux", "hôpitaux") in repairs
