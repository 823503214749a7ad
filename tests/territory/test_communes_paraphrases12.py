"""Communes a territory holds, in more of the genre's ways: the town of the CPTS's people written with "libéraux"
or "de la ville de" ("regroupant les professionnels de santé libéraux de la ville de A"), and a purpose clause after
the names (", dans le but de ...") that ends the list; "dans le Gard" after the names still says where they lie.
The CPTS and sentences are invented; the places come from the gazetteer."""
from __future__ import annotations

import pytest

from perimeter import cpts_of

NIMES, UZES = "30189", "30334"


def _communes(record: dict) -> list[tuple[str, str | None]]:
    return [(c["name"], c["insee"]) for c in cpts_of(record, "val-fleuri")["territory"]["communes"]]


@pytest.mark.parametrize("sentence", [
    pytest.param("est une association regroupant les professionnels de santé libéraux de la ville de Nîmes, dans le "
                 "but de coordonner les soins.", id="liberaux-de-la-ville-de"),
    pytest.param("regroupe les médecins de la ville de Nîmes.", id="medecins"),
    pytest.param("regroupe les professionnels libéraux de Nîmes.", id="liberaux"),
])
def test_the_town_of_its_people(record_of, sentence):
    assert _communes(record_of("La CPTS du Val Fleuri " + sentence)) == [("Nîmes", NIMES)]


def test_a_purpose_clause_after_the_names_ends_the_list(record_of):
    record = record_of("La CPTS du Val Fleuri couvre la ville de Nîmes, dans le but de coordonner les soins.")
    assert _communes(record) == [("Nîmes", NIMES)]
    assert cpts_of(record, "val-fleuri")["territory"]["resolved"]["insee"] == [NIMES]


def test_a_department_after_the_names_is_still_read(record_of):
    record = record_of("La CPTS du Val Fleuri couvre les communes de Nîmes et d'Uzès, dans le Gard.")
    assert _communes(record) == [("Nîmes", NIMES), ("Uzès", UZES)]
