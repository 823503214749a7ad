"""Invented sentences in the wordings of regional dailies, institutional releases and converted documents: an
intercommunality's brand name with its type word glued on ("ClunisoisCom", "GrandAngoulême"), and a sentence that
opens on where its subject works ("Infirmière à la maison de santé de X, elle ...")."""
from __future__ import annotations

import pytest

K = "val-fleuri"


def _cpts(record: dict, key: str = K) -> dict:
    return {c["key"]: c for c in record["cpts"]}[key]


def _areas(record: dict, key: str = K) -> set[str]:
    return {a["code"] for a in _cpts(record, key)["territory"]["areas"]}


# --- territory -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, siren", [("ClunisoisCom", "200040293"), ("GrandAngoulême", "200071827")])
def test_a_brand_name_with_its_type_word_glued_on(record_of, name, siren):
    record = record_of(f"La CPTS du Val Fleuri couvre un territoire qui correspond à celui de {name}.")
    assert _areas(record) == {siren}


def test_where_the_subject_works_is_not_the_sentence_s_subject(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en mars 2024. Infirmière à la maison de santé de Cluny, "
                       "elle a été élue présidente de l'association, qui fédère les soignants sur un territoire "
                       "correspondant à celui de la communauté de communes du Clunisois.")
    assert _areas(record) == {"200040293"}
