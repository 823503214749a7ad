"""Two readings met in real press items: the spelled-out name written with "soins" for "santé"
("la communauté professionnelle territoriale de soins du Val Fleuri (CPTS)"), and a heading that
opens on a number in words ("Huit centres, ouverts sept jours sur sept"), which is a phrase, not
a line of key figures. The CPTS and sentences are invented."""
from __future__ import annotations

import pytest


def keys(record: dict) -> list[str]:
    return [c["key"] for c in record["cpts"]]


@pytest.mark.parametrize("sentence", [
    "La communauté professionnelle territoriale de soins du Val Fleuri (CPTS) a ouvert une plateforme de rendez-vous.",
    "La Communauté Professionnelle Territoriale de Soins du Val Fleuri a ouvert une plateforme de rendez-vous.",
    "La communauté professionnelle de soins du Val Fleuri a ouvert une plateforme de rendez-vous.",
])
def test_the_spelled_out_name_with_soins(record_of, sentence):
    record = record_of(f"Le 3 février 2023\n\n{sentence} Elle réunit 80 professionnels.\n")
    assert keys(record) == ["val-fleuri"]
    assert record["cpts"][0]["professionals_count"]["value"] == 80


def _structures(record: dict):
    return (record["cpts"][0].get("structures_count") or {}).get("value")


def test_a_heading_opening_on_a_number_in_words_is_no_key_figure(record_of):
    record = record_of("La CPTS du Val Fleuri compte créer des centres de consultation.\n\n"
                       "Huit centres, ouverts sept jours sur sept, matins et après-midis\n\n"
                       "Les centres seraient installés dans des salles prêtées par les mairies.\n")
    assert _structures(record) is None


@pytest.mark.parametrize("line", ["8 centres de santé", "- 8 maisons de santé", "• 8 structures adhérentes"])
def test_a_line_opening_on_digits_under_key_figures_is_one(record_of, line):
    record = record_of(f"La CPTS du Val Fleuri en chiffres\n\n120 professionnels\n{line}\n32 communes\n")
    assert _structures(record) == 8
