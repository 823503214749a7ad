"""A role told in a clause about a person named before it, not beside the name: "la CPTS X, dont il est l'un des
principaux initiateurs", "mise à disposition de la CPTS en tant que coordinatrice"; the body before "dont" owns the
role ("l'hôpital, dont il est le directeur" is the hospital's). Invented texts only."""
from __future__ import annotations

import pytest

K = "val-fleuri"
SIGNED = "La CPTS du Val Fleuri a signé son contrat avec l'ARS. "


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


@pytest.mark.parametrize("text, expected", [
    pytest.param(SIGNED + "« La démarche concerne d'abord le patient », résume Louis Morel, pharmacien à Rocheval, à "
                 "propos de la création de la CPTS du Val Fleuri, dont il est l'un des principaux initiateurs.",
                 {(K, "Louis Morel", "initiateur")}, id="dont-il-est-l-un-des"),
    pytest.param(SIGNED + "Anne Roux, infirmière à Montval, a porté le projet de la CPTS du Val Fleuri, dont elle est "
                 "aujourd'hui la présidente.", {(K, "Anne Roux", "présidente")}, id="dont-elle-est-aujourd-hui"),
    pytest.param(SIGNED + "Autour de la table : Paul Morel, médecin, président de la CPTS du Val Fleuri, et Sylvie "
                 "Garnier, chargée de mission à la MSA, mise à disposition de la CPTS en tant que coordinatrice.",
                 {(K, "Paul Morel", "président"), (K, "Sylvie Garnier", "coordinatrice")}, id="en-tant-que"),
])
def test_a_role_told_in_a_clause(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_a_role_in_another_body_before_dont_is_not_the_cptss(record_of):
    text = SIGNED + "Paul Morel travaille au centre hospitalier de Rocheval, dont il est le directeur."
    assert _people(record_of(text)) == set()
