"""The launch place given by the town's venue that opens the sentence of the launch ("La salle des fêtes de X
affichait complet pour le lancement de la CPTS"), not by a venue in a sentence that tells no launch. Invented
texts only; the expected codes are the gazetteer's."""
from __future__ import annotations

import pytest

MONTBARD = "21425"


def _place(record: dict) -> str | None:
    place = record["cpts"][0]["launch_place"]
    return place and place["insee"]


@pytest.mark.parametrize("text, expected", [
    ("La salle des fêtes de Montbard affichait complet lundi 11 mars au soir pour le lancement officiel de la CPTS "
     "du Val Fleuri.", MONTBARD),
    ("La mairie de Montbard a fait salle comble pour le lancement de la CPTS du Val Fleuri le 3 mars 2023.", MONTBARD),
    ("La salle des fêtes de Montbard est trop petite. La CPTS du Val Fleuri a été lancée le 3 mars 2023.", None),
])
def test_a_venue_opening_the_sentence_of_the_launch(record_of, text, expected):
    assert _place(record_of(text)) == expected
