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


FILLER = " ".join(["Les soignants du territoire travaillent ensemble pour améliorer l'accès aux soins des habitants."] * 10)


@pytest.mark.parametrize("text, expected", [
    pytest.param(SIGNED + "Pharmacienne à Rocheval, Anne Roux préside la nouvelle communauté.",
                 {(K, "Anne Roux", "présidente")}, id="preside-la-nouvelle-communaute"),
    pytest.param(SIGNED + "Le conseil d'administration a réélu à la présidence Paul Morel.",
                 {(K, "Paul Morel", "président")}, id="reelu-a-la-presidence"),
    pytest.param(SIGNED + "Les adhérents ont désigné à la coordination Anne Roux.",
                 {(K, "Anne Roux", "coordinatrice")}, id="designe-a-la-coordination"),
    pytest.param(SIGNED + "Le président, Paul Morel, est entouré d'une vice-présidente infirmière, Sylvie Garnier.",
                 {(K, "Paul Morel", "président"), (K, "Sylvie Garnier", "vice-présidente")}, id="role-then-profession"),
    pytest.param(f"CPTS du Val Fleuri\n{SIGNED}\n{FILLER}\nNos missions\n{FILLER}\nL'équipe\nPrésident\nDr Paul Morel\n"
                 "Trésorière\nAnne Roux\n", {(K, "Paul Morel", "président"), (K, "Anne Roux", "trésorière")},
                 id="a-team-list-far-down-the-page"),
])
def test_more_ways_of_giving_an_office(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    pytest.param(SIGNED + "Anne Roux préside la communauté de communes.", id="another-communaute"),
    pytest.param(SIGNED + "L'ARS a nommé à la direction Paul Morel.", id="the-voter-s-own-office"),
])
def test_offices_of_other_bodies(record_of, text):
    assert _people(record_of(text)) == set()
