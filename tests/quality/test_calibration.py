"""Confidence must mean something: values at 0.9 or more are right at least 95% of the time on
the golden fixtures and on the test communiqués, and pipeline/data/calibration.json (quoted by
the review pages) says what the current code measures."""
from __future__ import annotations

import copy
import json

import pytest

from conftest import COMMUNIQUES, FIXTURES
from pipeline.quality import calibration
from pipeline.quality.calibration import THRESHOLD, judge, report, tally, with_golden

FLOOR = 0.95


@pytest.fixture(scope="module")
def golden_tally(corpus_records):
    return tally(with_golden({stem: record for stem, (record, _) in corpus_records.items()}, FIXTURES))


@pytest.fixture(scope="module")
def communique_tally(communique_records):
    return tally(with_golden({stem: record for stem, (record, _) in communique_records.items()}, COMMUNIQUES))


def _wrong_sure(t) -> list:
    return [(j.doc, j.fact, j.confidence) for j in t.sure if not j.right]


def test_sure_values_are_right_on_the_golden_fixtures(golden_tally):
    summary = golden_tally.summary("")
    assert summary["values_at_or_above"] > 0
    assert summary["share_right"] >= FLOOR, _wrong_sure(golden_tally)


def test_sure_values_are_right_on_the_communiques(communique_tally):
    summary = communique_tally.summary("")
    assert summary["values_at_or_above"] > 0
    assert summary["share_right"] >= FLOOR, _wrong_sure(communique_tally)


def test_every_value_with_a_confidence_is_judged(golden_tally, communique_tally):
    assert golden_tally.unjudged == 0 and communique_tally.unjudged == 0


def test_published_figures_are_current(golden_tally, communique_tally):
    assert calibration.OUTPUT.exists(), f"{calibration.OUTPUT} is missing: run `make calibrate`"
    written = json.loads(calibration.OUTPUT.read_text(encoding="utf-8"))
    measured = report(golden_tally, communique_tally)
    assert written == measured, (
        f"{calibration.OUTPUT.name} is out of date (written: golden {written.get('golden')}, communiques "
        f"{written.get('communiques')}; measured now: golden {measured['golden']}, communiques "
        f"{measured['communiques']}): run `make calibrate`")


# --- judging one record ------------------------------------------------------------------------

GOLDEN = {
    "document": {"language": "fr", "published": None, "place": None},
    "cpts": [{
        "name": "CPTS Centre 21", "key": "centre-21", "aliases": [], "role": "subject", "departments": ["21"],
        "population": {"value": 33340, "qualifier": "exact"},
        "dates": {"launch": {"value": "2022-07-22", "precision": "day"}},
        "territory": {"areas": [], "communes": [{"name": "Dijon", "insee": "21231"}], "resolved": None},
    }],
    "department_coverage": [],
    "expected_warnings": [],
}


def _evidence(confidence: float | None) -> dict:
    evidence = {"quote": "x", "start": 0, "end": 1}
    if confidence is not None:
        evidence["confidence"] = confidence
    return evidence


def _record(population: int, confidence: float | None = 0.95) -> dict:
    record = copy.deepcopy(GOLDEN)
    cpts = record["cpts"][0]
    cpts["population"] = {"value": population, "qualifier": "exact", "evidence": _evidence(confidence),
                          "mentions": []}
    cpts["dates"]["launch"]["evidence"] = _evidence(None)
    cpts["territory"]["communes"][0]["evidence"] = _evidence(None)
    return record


def test_a_wrong_value_at_high_confidence_counts_as_wrong():
    judged, unjudged = judge(_record(33000), GOLDEN)
    assert [(j.fact, j.confidence, j.right) for j in judged] == [
        (("centre-21", "population", 33000, "exact"), 0.95, False)]
    assert unjudged == 0
    summary = tally({"doc": (_record(33000), GOLDEN)}).summary("")
    assert (summary["values_at_or_above"], summary["right"], summary["share_right"]) == (1, 0, 0.0)


def test_a_right_value_counts_as_right():
    judged, _ = judge(_record(33340), GOLDEN)
    assert [(j.fact, j.right) for j in judged] == [(("centre-21", "population", 33340, "exact"), True)]


def test_a_value_without_confidence_is_not_counted():
    judged, unjudged = judge(_record(33340, confidence=None), GOLDEN)
    assert judged == [] and unjudged == 0


def test_mentions_are_judged_one_by_one():
    record = _record(33340)
    record["cpts"][0]["population"]["mentions"] = [
        {"value": 33340, "qualifier": "exact", "evidence": _evidence(0.95)},
        {"value": 33000, "qualifier": "approx", "evidence": _evidence(0.9)}]
    judged, _ = judge(record, GOLDEN)
    assert [j.right for j in judged] == [True, True, False]


def test_bins_split_by_confidence():
    pairs = {"a": (_record(33340, 0.95), GOLDEN), "b": (_record(33000, 0.85), GOLDEN)}
    bins = {b["bin"]: (b["values"], b["right"]) for b in tally(pairs).bins()}
    assert bins[">=0.95"] == (1, 1) and bins["0.8-0.9"] == (1, 0) and bins["<0.6"] == (0, 0)
    assert tally(pairs).summary("")["values_at_or_above"] == 1
    assert THRESHOLD == 0.9


def test_the_report_is_written_whole(tmp_path):
    path = tmp_path / "calibration.json"
    path.write_text("old")
    calibration.write_report({"threshold": THRESHOLD}, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"threshold": THRESHOLD}
    assert [p.name for p in tmp_path.iterdir()] == ["calibration.json"]
