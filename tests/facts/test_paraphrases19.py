"""Readings of the fifteenth round, each on invented sentences: a name whose second part, after a spaced dash, is
a place and ends a title or goes on in a sentence of prose."""
from __future__ import annotations

import pytest

LONG = "val-de-garonne-pays-de-duras"
SHORT = "val-de-garonne"
BODY = "\n\nLa CPTS couvre 60 communes et 66 400 habitants.\n"


@pytest.mark.parametrize("text, key", [
    # a title that ends on the name, after words of its own
    ("Signature de l'accord conventionnel interprofessionnel de la CPTS Val de Garonne – Pays de Duras" + BODY, LONG),
    # a sentence of prose that goes on in lower case after the name
    ("Le 11 mars 2024, la caisse primaire et l'agence régionale de santé ont signé avec la Communauté professionnelle "
     "territoriale de santé (CPTS) Val de Garonne – Pays de Duras son contrat dans le cadre de l'accord conventionnel.", LONG),
    # what is no place stays out
    ("Signature de l'accord conventionnel interprofessionnel de la CPTS Val de Garonne – Communiqué" + BODY, SHORT),
    ("Signature de l'accord conventionnel interprofessionnel de la CPTS Val de Garonne – Gironde" + BODY, SHORT),
    ("Le 11 mars 2024, la caisse primaire et l'agence régionale de santé ont signé avec la Communauté professionnelle "
     "territoriale de santé (CPTS) Val de Garonne – avec ses 80 soignants – son contrat.", SHORT),
])
def test_a_place_after_a_spaced_dash_ending_a_title_or_going_on_in_prose(record_of, text, key):
    assert [c["key"] for c in record_of(text)["cpts"]] == [key]
