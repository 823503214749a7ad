"""Real communiqués from the web, scored family by family against hand-checked gold.

Two sets: the development set in ../shared/dev (50 documents; present on every developer's
machine and in CI, read-only) and the project's own real documents in tests/real (see its
README; figures in docs/development.md). Each family stays at or above a floor a little under the figure measured when it
was last improved, so a change that loses a reading fails here; the even half of the
development set, which rules are never tuned on, has a floor of its own. Every record must be
whole (no error record), valid, and quote its evidence exactly.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT, load_json
from pipeline.quality.evaluate import fixture_pairs, score_real
from pipeline.quality.scoring import macro, total
from pipeline.record.validate import evidence_errors, schema_errors

DEV = Path(os.environ.get("CPTS_DEV_SET", ROOT.parent / "shared" / "dev"))
REAL = ROOT / "tests" / "real"

# Floors: the F1 measured when each family was last improved, less about 0.02 (docs/development.md,
# "Evaluation"). Families with a handful of facts (rank, launch place, coverage,
# published) move by a tenth for one fact: their floors forbid losing any.
DEV_FLOORS = {
    "cpts.identity": 0.97, "cpts.role": 0.95, "doc.language": 0.98, "doc.published": 0.98, "quantities": 0.98,
    "qualifiers": 0.98, "dates": 0.95, "rank": 0.98, "percentages": 0.95, "departments": 0.95, "communes": 0.92,
    "areas.epci": 0.98, "areas.count": 0.92, "areas.except": 0.98, "perimeter": 0.96, "people": 0.98,
    "people.role": 0.98, "launch_place": 0.83, "coverage": 0.98,
}
DEV_MICRO, DEV_MACRO = 0.96, 0.96
# The even half is the check half: rules are tuned on the odd documents only. Today it trails
# the odd half by 0.043 (0.997 against 0.954); its floor keeps a change from widening that.
DEV_EVEN_MICRO = 0.93
REAL_MICRO, REAL_MACRO = 0.94, 0.93
# The groups added last (rL, rM) were scored when added and tuned on their odd half first, then on their
# even half too (tests/real/README.md); they keep a floor of their own, so that adding documents never
# lowers the floor of the others (docs/development.md, "Evaluation").
LATEST_GROUPS = ("rL", "rM")
LATEST_MICRO, LATEST_MACRO = 0.91, 0.83
# rN (nine pages, the last the store held for the departments with no document yet), the same way
NEWEST_GROUPS = ("rN",)
NEWEST_MICRO, NEWEST_MACRO = 0.95, 0.92


def _results(fixtures: Path, inputs: Path) -> list[tuple[str, dict, dict, str]]:
    """(document, record, gold, extracted text) for every gold record."""
    from pipeline.run.extract import extract_file

    out = []
    for source, golden in fixture_pairs(fixtures, inputs):
        result = extract_file(source, source.name)
        out.append((source.name, result.record, load_json(golden), result.raw_text))
    return out


def _scores(results):
    return score_real([r[:3] for r in results])


@pytest.fixture(scope="module")
def dev_results():
    if not (DEV / "gold").is_dir():
        pytest.skip(f"the development set is not here ({DEV}): its scores are not checked")
    return _results(DEV / "gold", DEV / "raw")


@pytest.fixture(scope="module")
def real_results():
    return _results(REAL / "gold", REAL / "raw")


@pytest.mark.parametrize("family", sorted(DEV_FLOORS))
def test_dev_family_floor(dev_results, family):
    score = _scores(dev_results)["all"][family]
    assert score.f1 >= DEV_FLOORS[family], score.misses


def test_dev_micro_macro_and_the_check_half(dev_results):
    halves = _scores(dev_results)
    assert total(halves["all"]).f1 >= DEV_MICRO
    assert macro(halves["all"]) >= DEV_MACRO
    assert total(halves["even"]).f1 >= DEV_EVEN_MICRO


def test_dev_records_are_whole_valid_and_exact(dev_results):
    _assert_whole_valid_and_exact(dev_results)


def test_real_set_micro_and_macro(real_results):
    earlier = [r for r in real_results if not r[0].startswith(LATEST_GROUPS + NEWEST_GROUPS)]
    assert len(earlier) >= 30
    scores = _scores(earlier)["all"]
    assert total(scores).f1 >= REAL_MICRO
    assert macro(scores) >= REAL_MACRO


def test_latest_real_groups_micro_and_macro(real_results):
    latest = [r for r in real_results if r[0].startswith(LATEST_GROUPS)]
    assert len(latest) >= 30
    scores = _scores(latest)["all"]
    assert total(scores).f1 >= LATEST_MICRO
    assert macro(scores) >= LATEST_MACRO


def test_newest_real_group_micro_and_macro(real_results):
    newest = [r for r in real_results if r[0].startswith(NEWEST_GROUPS)]
    assert len(newest) >= 9
    scores = _scores(newest)["all"]
    assert total(scores).f1 >= NEWEST_MICRO
    assert macro(scores) >= NEWEST_MACRO


def test_real_records_are_whole_valid_and_exact(real_results):
    _assert_whole_valid_and_exact(real_results)


def test_real_documents_have_their_source():
    listed = {line.split("\t")[0] for line in (REAL / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    raw = {p.name for p in (REAL / "raw").glob("*.txt")}
    assert raw == listed


def _assert_whole_valid_and_exact(results):
    for name, record, _, text in results:
        assert "error" not in record, (name, record.get("error"))
        assert schema_errors(record) == [], name
        assert evidence_errors(record, text) == [], name
