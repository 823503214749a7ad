"""Where a CPTS's name ends in more of the genre's ways: a person joined by "et" after it ("la CPTS
Val Fleuri et Anne Roux"), a lower-case land noun inside it ("CPTS Ouest de l'étang de X", "CPTS de
la métropole X"), a lower-case adjective of position after it ("CPTS des Monts centraux"). Invented
texts only."""
from __future__ import annotations

import pytest

from pipeline.facts.names import find_mentions


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_mentions(text)]


@pytest.mark.parametrize("text, surface", [
    pytest.param("La convention est signée entre l'ARS, le président de la CPTS Val Fleuri et Anne Roux (CPAM).",
                 "Val Fleuri", id="a-known-first-name-after-et"),
    pytest.param("Signature entre la CPTS du Pays de Rocheval et Jean-Marc Durand, directeur de la CPAM.",
                 "du Pays de Rocheval", id="a-hyphenated-first-name-after-et"),
    pytest.param("La CPTS Rives et Coteaux a signé son accord.", "Rives et Coteaux", id="a-place-after-et-stays"),
    pytest.param("La CPTS Vallée et Martin a signé son accord.", "Vallée et Martin", id="a-first-name-alone-stays"),
])
def test_a_person_after_et_ends_the_name(text, surface):
    assert _surfaces(text) == [surface]


@pytest.mark.parametrize("text, surface", [
    pytest.param("La présidente de la communauté professionnelle territoriale de santé (CPTS) Ouest de l'étang de "
                 "Rocheval a pris la parole.", "Ouest de l'étang de Rocheval", id="etang"),
    pytest.param("Les membres de la CPTS de la métropole Rochevaloise se sont réunis.", "de la métropole Rochevaloise",
                 id="metropole-and-an-adjective"),
    pytest.param("La CPTS du lac de Rocheval réunit 80 soignants.", "du lac de Rocheval", id="lac"),
    pytest.param("Un contrat relatif à la création de la communauté professionnelle territoriale de santé des Monts "
                 "centraux (CPTS) a été signé.", "des Monts centraux", id="an-adjective-of-position"),
])
def test_lower_case_words_inside_or_after_a_name(text, surface):
    assert _surfaces(text) == [surface]


def test_a_name_written_with_and_without_its_articles_is_one_cpts(record_of):
    text = ("La CPTS Ouest étang de Rocheval a déposé son projet de santé.\n\n"
            "« C'est une étape », se réjouit Anne Roux, présidente de la CPTS Ouest de l'étang de Rocheval. "
            "La CPTS Ouest étang de Rocheval réunit 150 professionnels.\n")
    record = record_of(text)
    assert [(c["key"], c["role"]) for c in record["cpts"]] == [("ouest-etang-de-rocheval", "subject")]
    assert "CPTS Ouest de l'étang de Rocheval" in record["cpts"][0]["aliases"]
