"""A qualifier that is part of an office stays in the role ("coordinatrice sociale", "président
provisoire", "secrétaire générale", "directrice adjointe"); one that only describes the post
("coordinatrice salariée", "présidente sortante") does not, and another body's office is no CPTS
role whatever its qualifier. The CPTS and people are invented."""
from __future__ import annotations

import pytest


def roles(record: dict) -> dict[str, str]:
    return {p["name"]: p["role"] for c in record["cpts"] for p in c["people"]}


@pytest.mark.parametrize("phrase, role", [
    ("Claire Morel, coordinatrice sociale de la CPTS du Val Fleuri", "coordinatrice sociale"),
    ("Paul Girard, président provisoire de la CPTS du Val Fleuri", "président provisoire"),
    ("Claire Morel, secrétaire générale de la CPTS du Val Fleuri", "secrétaire générale"),
    ("Claire Morel, directrice adjointe de la CPTS du Val Fleuri", "directrice adjointe"),
    ("Paul Girard, coordinateur médical de la CPTS du Val Fleuri", "coordinateur médical"),
    ("Claire Morel, coordinatrice salariée de la CPTS du Val Fleuri", "coordinatrice"),
    ("Claire Morel, présidente sortante de la CPTS du Val Fleuri", "présidente"),
])
def test_a_qualifier_of_the_office_is_kept(record_of, phrase, role):
    record = record_of(f"Le 3 février 2023\n\nLa CPTS du Val Fleuri a signé son contrat. {phrase}, s'en réjouit.\n")
    assert roles(record) == {phrase.split(",")[0]: role}


def test_another_body_s_office_is_no_cpts_role(record_of):
    record = record_of("Le 3 février 2023\n\nLa CPTS du Val Fleuri a signé son contrat. Paul Girard, directeur "
                       "général adjoint de l'ARS, s'en réjouit.\n")
    assert roles(record) == {}
