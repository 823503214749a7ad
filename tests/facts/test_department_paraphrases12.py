"""Where a CPTS's name places it: "Haute-" or "Basse-" before a department that is not itself one ("CPTS de la
Haute-Gironde": the Gironde; "CPTS Haute-Marne Sud" stays the Haute-Marne), and a land noun with its article is not
the town of that name ("CPTS de la Couronne X": not La Couronne, in the Charente). Invented texts only."""
from __future__ import annotations

import pytest


def _departments(record: dict) -> dict[str, list[str]]:
    return {c["key"]: c["departments"] for c in record["cpts"]}


@pytest.mark.parametrize("text, expected", [
    pytest.param("La CPTS de la Haute-Gironde porte un projet de centre de soins non programmés.",
                 {"haute-gironde": ["33"]}, id="haute-and-a-department"),
    pytest.param("La CPTS de la Basse-Ardèche a signé son accord.", {"basse-ardeche": ["07"]}, id="basse"),
    pytest.param("La CPTS Haute-Marne Sud a signé son accord.", {"haute-marne-sud": ["52"]}, id="a-department-of-its-own"),
])
def test_a_part_of_a_department_in_the_name(record_of, text, expected):
    assert _departments(record_of(text)) == expected


def test_a_land_noun_with_its_article_is_no_town(record_of):
    text = "En Sarthe, la CPTS de la Couronne Pivertine a organisé une cellule de recensement des patients."
    assert _departments(record_of(text)) == {"couronne-pivertine": ["72"]}
