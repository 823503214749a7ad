"""Department names that say nothing of a department: "Nord" after a body's initials ("le DAC Nord"), "Rhône"
in the former region "Rhône Alpes", "Loire" in a place's name after "Cœur de", "Portes de", "Terres de" (the river
the place is named after); and the same names where they are the department. Invented texts only."""
from __future__ import annotations

import pytest

from pipeline.facts.place_names import find_departments


def _codes(text: str) -> list[str]:
    return [d.code for d in find_departments(text)]


@pytest.mark.parametrize("text", [
    "ses partenaires : le dispositif d'appui à la coordination (DAC) Nord et la maison de santé",
    "les difficultés de l'ensemble de la région Rhône Alpes",
    "la MSA Beauce Cœur de Loire a signé",
    "la communauté de communes des Portes de Loire",
])
def test_names_that_are_no_department(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text, codes", [
    ("la CPAM du Nord a signé", ["59"]),
    ("la CPAM Nord a signé", ["59"]),
    ("dans le Rhône, la CPTS", ["69"]),
    ("la CPTS de Haute-Saône", ["70"]),
    ("la CPAM de la Loire", ["42"]),
])
def test_the_same_names_as_departments(text, codes):
    assert _codes(text) == codes


def test_a_cpts_named_beside_a_dac_nord_is_not_in_the_nord(record_of):
    text = ("Le projet s'appuie sur plusieurs partenaires : le dispositif d'appui à la coordination (DAC) Nord, la "
            "CPTS du Val Fleuri et la maison de santé des Quatre Chemins.")
    assert "59" not in {c["key"]: c["departments"] for c in record_of(text)["cpts"]}["val-fleuri"]
