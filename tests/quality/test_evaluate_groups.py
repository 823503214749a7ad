"""`make eval` reports each group of a real set apart (the held-out group among them)."""
from __future__ import annotations

import json

from conftest import ROOT
from pipeline.quality import scoring
from pipeline.quality.evaluate import score_groups

GOLD = ROOT / "tests" / "real" / "gold"


def _pair(stem: str, record_of: str | None = None) -> tuple[str, dict, dict]:
    golden = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    record = json.loads((GOLD / f"{record_of or stem}.json").read_text(encoding="utf-8"))
    return f"{stem}.txt", record, golden


def test_documents_are_grouped_by_their_id_prefix():
    groups = score_groups([_pair("rA01"), _pair("rA03"), _pair("rE01"), _pair("rE02")])
    assert sorted(groups) == ["rA", "rE"]
    assert scoring.total(groups["rA"]).f1 == 1.0  # a gold record scored against itself


def test_a_group_scores_only_its_own_documents():
    groups = score_groups([_pair("rA01"), _pair("rE01", record_of="rA01")])
    assert scoring.total(groups["rA"]).f1 == 1.0
    assert scoring.total(groups["rE"]).f1 < 0.5  # another document's record


def _dated(value: str) -> dict:
    return {"cpts": [{"name": "CPTS du Val", "role": "subject", "dates": {"aci_signature": {"value": value, "precision": "day"}}}]}


def test_a_gold_date_without_a_year_accepts_the_date_in_any_year():
    for got, expected_f1 in (("2024-10-14", 1.0), ("2023-10-14", 1.0), ("2024-10-15", 0.0), ("--10-14", 1.0)):
        scores = {family: scoring.Score() for family in scoring.FAMILIES}
        scoring.score_record(_dated(got), _dated("--10-14"), "d.txt", scores)
        assert scores["dates"].f1 == expected_f1, got
