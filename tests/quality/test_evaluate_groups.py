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
