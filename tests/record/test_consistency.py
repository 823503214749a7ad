"""Checks of a CPTS record against itself and against the gazetteer."""
from __future__ import annotations

import pytest

from pipeline.record import consistency
from pipeline.reference import gazetteer

# Two full EPCIs of the Côte-d'Or, taken from the gazetteer
MONTBARDOIS = "242101491"
SAULIEU = "242101442"


def cpts_record(codes: list[str], complete: bool = True, communes: int | None = None,
                population: int | None = None, rank_department: str | None = None) -> dict:
    gaz = gazetteer.load()
    departments = sorted({gaz.commune(code).department for code in codes})
    return {
        "key": "test", "name": "CPTS Test", "departments": departments,
        "communes_count": {"value": communes, "qualifier": "exact"} if communes else None,
        "population": {"value": population, "qualifier": "exact"} if population else None,
        "rank_in_department": {"rank": 3, "department": rank_department} if rank_department else None,
        "territory": {"areas": [], "communes": [],
                      "resolved": {"insee": sorted(codes), "complete": complete, "count": len(codes)}},
    }


def members(siren: str) -> list[str]:
    return list(gazetteer.load().epci(siren).members)


def codes_of(warnings: list[dict]) -> list[str]:
    return [w["code"] for w in warnings]


def test_count_mismatch_on_a_complete_perimeter():
    codes = members(MONTBARDOIS)
    warnings = consistency.check_cpts(cpts_record(codes, communes=len(codes) + 1), None)
    assert codes_of(warnings) == ["communes_count_mismatch"]
    assert f"says {len(codes) + 1} communes" in warnings[0]["message"]
    assert consistency.check_cpts(cpts_record(codes, communes=len(codes)), None) == []


def test_no_count_check_on_an_incomplete_perimeter():
    codes = members(MONTBARDOIS)
    assert consistency.check_cpts(cpts_record(codes, complete=False, communes=len(codes) + 5), None) == []


def test_population_mismatch_names_the_gazetteer_year():
    codes = members(SAULIEU)
    total = sum(gazetteer.load().commune(code).population for code in codes)
    assert consistency.check_cpts(cpts_record(codes, population=round(total * 1.05)), None) == []
    warnings = consistency.check_cpts(cpts_record(codes, population=total * 3), None)
    assert codes_of(warnings) == ["population_mismatch"]
    assert gazetteer.load().population_year() in warnings[0]["message"]
    assert f"{total:,}" in warnings[0]["message"]


@pytest.mark.parametrize("stated, expected", [
    (["21"], []),
    (["89"], ["department_mismatch"]),  # the text says Yonne, every commune is in Côte-d'Or
    ([], []),
])
def test_department_stated_against_the_perimeter(stated, expected):
    record = cpts_record(members(MONTBARDOIS))
    assert codes_of(consistency.check_department(record, stated)) == expected


def test_department_not_checked_against_an_incomplete_perimeter():
    record = cpts_record(members(MONTBARDOIS), complete=False)
    assert consistency.check_department(record, ["89"]) == []


def test_rank_in_another_department():
    record = cpts_record(members(MONTBARDOIS), rank_department="71")
    warnings = consistency.check_department(record, ["21"])
    assert codes_of(warnings) == ["department_mismatch"] and "ranked in department 71" in warnings[0]["message"]
