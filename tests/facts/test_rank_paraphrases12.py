"""A CPTS's rank in its department in more of the genre's ways: an ellipsis in apposition ("Avec cette CPTS, la
huitième du département, ..."), the department's adjective ("la sixième CPTS sarthoise"), and La Réunion written
without its capital article ("the fourth CPTS in Réunion", "à la Réunion"); a meeting is no island ("Réunion
publique"). Invented texts only."""
from __future__ import annotations

import pytest

from pipeline.facts.place_names import find_departments


def _rank(record: dict) -> tuple[int, str] | None:
    rank = record["cpts"][0]["rank_in_department"]
    return rank and (rank["value"], rank["department"])


@pytest.mark.parametrize("text, expected", [
    pytest.param("La CPTS du Val Fleuri a signé son contrat. Avec cette CPTS, la huitième du département, la Sarthe "
                 "est presque couverte.", (8, "72"), id="elliptical-apposition"),
    pytest.param("La CPTS du Val Fleuri, sixième CPTS sarthoise, a signé son contrat.", (6, "72"), id="adjective"),
    pytest.param("The CPTS Val Fleuri signed its contract. It is the fourth CPTS in Réunion.", (4, "974"), id="in-reunion"),
])
def test_more_ways_of_giving_a_rank(record_of, text, expected):
    assert _rank(record_of(text)) == expected


@pytest.mark.parametrize("text, codes", [
    ("La CPTS a été lancée à la Réunion.", ["974"]),
    ("Réunion publique le 3 mai à la mairie.", []),
    ("Lors de la Réunion de bureau, la CPTS a voté.", []),
])
def test_reunion_without_its_capital_article(text, codes):
    assert [d.code for d in find_departments(text)] == codes
