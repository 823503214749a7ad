"""Readings of the fourteenth round, each on invented sentences: a commune nouvelle followed by an aside in lower case
that names its former communes and closes further down the list ("Val-Cenis (communes déléguées de A, B)"); the
contract a CPTS signs is no CPTS's name."""
from __future__ import annotations

import pytest

K = "val-fleuri"


def _communes(record: dict, key: str = K) -> dict[str, str | None]:
    territory = {c["key"]: c for c in record["cpts"]}[key]["territory"]
    return {c["name"]: c["insee"] for c in territory["communes"]}


@pytest.mark.parametrize("listed", [
    "Condé-en-Normandie (communes déléguées de Condé-sur-Noireau, Lénault et Proussy), Vire Normandie, Valdallière, "
    "Souleuvre en Bocage et Noues de Sienne",
    "Vire Normandie, Valdallière (anciennes communes de Vassy, Estry et Pierres), Souleuvre en Bocage, Noues de Sienne "
    "et Condé-en-Normandie",
])
def test_a_commune_nouvelle_before_its_former_communes_in_brackets(record_of, listed):
    record = record_of(f"La CPTS du Val Fleuri couvre cinq communes du Calvados : {listed}.")
    communes = _communes(record)
    assert set(communes) == {"Condé-en-Normandie", "Vire Normandie", "Valdallière", "Souleuvre en Bocage", "Noues de Sienne"}
    assert all(communes.values())  # each linked to its code


def _keys(record: dict) -> set[str]:
    return {c["key"] for c in record["cpts"]}


def test_the_contract_after_a_headline_s_acronym_is_no_name(record_of):
    record = record_of("La CPAM accompagne une nouvelle Communauté Professionnelle Territoriale de Santé (CPTS)\n"
                       "L’Accord Conventionnel Interprofessionnel (ACI) de la CPTS du Val Fleuri a été signé le 8 septembre 2023.")
    assert _keys(record) == {K}
