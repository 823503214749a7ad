"""The birth of a CPTS told of "la structure", and told after an aside between spaced dashes whose words
would otherwise stand for the subject ("La structure - qui regroupe ... leur action - a été créée en août
2021"); and near misses: another structure's birth. Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
LEAD = "La CPTS du Val Fleuri a déposé son projet de santé. "


def _dates(record: dict, key: str = V) -> dict[str, str]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d}


@pytest.mark.parametrize("sentence", [
    pytest.param("La structure a été créée en août 2021.", id="la-structure"),
    pytest.param("La structure - qui regroupe 150 professionnels et organismes de santé des communes de Mâcon et de "
                 "Tournus désireux de coordonner leur action - a été créée en août 2021.", id="after-a-long-aside"),
    pytest.param("La structure – qui réunit les soignants soucieux de mener des actions ensemble – a été créée en "
                 "août 2021.", id="en-dashes"),
])
def test_the_structure_s_birth(record_of, sentence):
    assert _dates(record_of(LEAD + sentence)) == {"launch": "2021-08"}


def test_another_structure_s_birth(record_of):
    assert _dates(record_of(LEAD + "La structure de santé de Mâcon a été créée en août 2021.")) == {}
