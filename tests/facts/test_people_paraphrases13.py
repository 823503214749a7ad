"""The people of a CPTS named far down its page by an office that opens a sentence ("La vice-présidente, A,
...", "Une coordinatrice, B, a été recrutée", "Votre coordinatrice : C – 06 ..."), several paragraphs after the
last word of the CPTS; and near misses (an office of another body named there). Invented texts only."""
from __future__ import annotations

import pytest

K = "val-fleuri"
FILLER = ("Les priorités sont connues : l'accès à un médecin traitant, alors que beaucoup de patients n'en ont pas, "
          "la prise en charge des soins non programmés le week-end et le suivi des patients diabétiques.\n\n")
PAGE = "La CPTS du Val Fleuri a signé son contrat le 5 avril 2024.\n\n" + FILLER * 3


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


@pytest.mark.parametrize("text, expected", [
    (PAGE + "La vice-présidente, Marie Payet, infirmière à Bellegarde, insiste sur les Hauts.",
     {(K, "Marie Payet", "vice-présidente")}),
    (PAGE + "Une coordinatrice, Sophie Grondin, a été recrutée en janvier.", {(K, "Sophie Grondin", "coordinatrice")}),
    (PAGE + "Le président, Paul Morel, se dit satisfait.", {(K, "Paul Morel", "président")}),
    (PAGE + "Contact\nVotre coordinatrice : Élodie Marchand – 06 00 00 00 00\n", {(K, "Élodie Marchand", "coordinatrice")}),
])
def test_an_office_opening_its_sentence_far_down_the_page_of_one_cpts(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    PAGE + "Le conseil départemental soutient le projet. Le président, Paul Morel, se dit satisfait.",
    PAGE + "La mairie a prêté une salle. La vice-présidente, Marie Payet, a salué le projet.",
])
def test_an_office_after_another_body_is_not_the_cptss(record_of, text):
    assert _people(record_of(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri est née en 2021. La coordination est assurée depuis 2022 par Anne Roux.",
     {(K, "Anne Roux", "coordinatrice")}),
    ("La CPTS du Val Fleuri est née en 2021. La présidence est assurée depuis sa création par Paul Morel.",
     {(K, "Paul Morel", "président")}),
])
def test_an_office_held_since_a_time_by_its_holder(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_a_body_word_ending_the_cptss_name_on_the_line_above(record_of):
    text = "■ CPTS Thiérache Centre\nPrésidente : Claire Dufour, infirmière libérale\nACI signé le 14 juin 2023\n"
    assert _people(record_of(text)) == {("thierache-centre", "Claire Dufour", "présidente")}
