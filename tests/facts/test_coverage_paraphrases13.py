"""A department's coverage and a CPTS's rank when a regional body is named beside them ("selon l'ARS Normandie",
"avec l'Agence régionale de santé": a body, not a region's figure), and a coverage told from its earlier figure to
today's ("passe de 55 % à 68 %"). Invented texts only."""
from __future__ import annotations

import pytest


def _coverage(record: dict) -> list[tuple[str, float]]:
    return [(c["department"], c["percent"]) for c in record["department_coverage"]]


def _rank(record: dict) -> tuple[int, str] | None:
    rank = record["cpts"][0]["rank_in_department"]
    return rank and (rank["value"], rank["department"])


@pytest.mark.parametrize("text, expected", [
    ("Dans l'Orne, la CPTS du Val Fleuri a signé son ACI. Le taux de couverture du département atteint désormais 64 %, "
     "selon l'ARS Normandie.", [("61", 64)]),
    ("Dans le Var, la CPTS du Val Fleuri a signé son ACI. Avec elle, la part de la population varoise couverte par une "
     "CPTS passe de 55 % à 68 %.", [("83", 68)]),
    ("En Normandie, le taux de couverture atteint 64 %. La CPTS du Val Fleuri a signé son ACI.", []),
])
def test_the_coverage_of_a_department(record_of, text, expected):
    assert _coverage(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dans les Côtes-d'Armor, la CPTS du Val Fleuri devient la dixième CPTS du département à contractualiser avec "
     "l'Assurance Maladie et l'Agence régionale de santé.", (10, "22")),
    ("Dans les Côtes-d'Armor, la CPTS du Val Fleuri devient la dixième CPTS de la région Bretagne.", None),
])
def test_a_rank_beside_a_regional_body(record_of, text, expected):
    assert _rank(record_of(text)) == expected
