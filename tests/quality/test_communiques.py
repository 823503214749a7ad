"""Communiqués written for this suite (tests/communiques/README.md): other regions, wordings,
number formats and English. Each family must stay at or above the F1 measured when it was
last improved, so a regression fails; the records must always be valid with exact evidence."""
from __future__ import annotations

from collections import defaultdict

import pytest

from conftest import COMMUNIQUES, load_json
from pipeline.quality.evaluate import Score, compare, micro
from pipeline.record.validate import evidence_errors, schema_errors

# Floors a little under the F1 measured on these communiqués (see docs/development.md).
FLOORS = {
    "document": 0.95, "cpts_names": 0.97, "roles": 0.93, "departments": 0.85, "quantities": 0.95,
    "dates": 0.85, "rank": 0.9, "percentages": 0.8, "coverage": 0.95, "people": 0.95,
    "launch_place": 0.85, "communes": 0.95, "areas": 0.95, "resolved": 0.95, "warnings": 0.9,
}
MICRO_FLOOR = 0.95


@pytest.fixture(scope="module")
def scores(communique_records):
    result: dict[str, Score] = defaultdict(Score)
    for stem, (record, _) in communique_records.items():
        compare(record, load_json(COMMUNIQUES / f"{stem}.json"), stem, result)
    return result


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_family_floor(scores, family):
    assert scores[family].f1 >= FLOORS[family], scores[family].misses


def test_micro_floor(scores):
    assert micro(scores).f1 >= MICRO_FLOOR


def test_every_communique_has_its_expected_record():
    for text in COMMUNIQUES.glob("*.txt"):
        assert text.with_suffix(".json").exists(), text


def test_records_are_valid(communique_records):
    for stem, (record, text) in communique_records.items():
        assert schema_errors(record) == [], stem
        assert evidence_errors(record, text) == [], stem


def test_no_cpts_gives_a_warning_not_an_error(communique_records):
    record, _ = communique_records["114_normandie-vaccination-hpv"]
    assert record["cpts"] == []
    assert [w["code"] for w in record["warnings"]] == ["no_cpts_found"]
