"""The people of a CPTS in more of the ways the genre writes them: "la structure" as the CPTS before "co-présidée
par", a stray comma after "et" between two holders, and more of the common first names that vouch for a person's name
("Tiffany", "Kévin"). Invented texts only."""
from __future__ import annotations

import pytest

from pipeline.facts.first_names import is_feminine_first_name, is_known_first_name

K = "val-fleuri"
SIGNED = "La CPTS du Val Fleuri a signé son contrat avec l'ARS. "


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


@pytest.mark.parametrize("text, expected", [
    pytest.param(SIGNED + "La structure, co-présidée par le Dr Paul Morel et Anne Roux, rassemble 90 soignants.",
                 {(K, "Paul Morel", "co-président"), (K, "Anne Roux", "co-présidente")}, id="la-structure"),
    pytest.param(SIGNED + "La structure, co-présidée par le Dr Paul Morel, installé à Rocheval, et, Anne Roux, "
                 "pharmacienne à Montval, rassemble 90 soignants.",
                 {(K, "Paul Morel", "co-président"), (K, "Anne Roux", "co-présidente")}, id="a-comma-after-et"),
])
def test_holders(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_the_structure_of_another_body_is_not_the_cpts(record_of):
    text = SIGNED + "La structure de santé de Montval, présidée par Anne Roux, accueille la réunion."
    assert _people(record_of(text)) == set()


@pytest.mark.parametrize("name", ["Tiffany", "Kévin", "Julien", "Patrick", "Amandine", "Sébastien", "Jean-Pierre"])
def test_common_first_names_are_known(name):
    assert is_known_first_name(name)


@pytest.mark.parametrize("name, feminine", [("Tiffany Vallées", True), ("Amandine Roux", True),
                                            ("Julien Morel", False), ("Patrick Roux", False)])
def test_their_gender(name, feminine):
    assert is_feminine_first_name(name) is feminine
