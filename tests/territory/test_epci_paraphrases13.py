"""Intercommunalities and communes told in the ways of pages the earlier readings missed: communes listed
and then said to be members of an intercommunality ("A, B et C, membres de la CA X"), an intercommunality whose
official name has a comma ("CC Monts, Rance et Rougier"). The CPTS and sentences are invented; the expected codes
are the gazetteer's."""
from __future__ import annotations

import pytest

from perimeter import territory_of

HAUT_LIGNON, SUCS = "244301107", "244301016"  # 6 and 9 communes (Haute-Loire)
HAUT_LIGNON_PART = ["43069", "43199", "43244"]  # Chenereilles, Saint-Jeures, Tence


def _areas(record: dict) -> list[tuple[str, str, list[str]]]:
    return [(a["code"], a["extent"], sorted(c["insee"] for c in a["listed"]))
            for a in territory_of(record, "val-fleuri")["areas"]]


@pytest.mark.parametrize("members_of", [", membres de la", ", qui appartiennent à la", ", toutes membres de la",
                                        ", appartenant à la"])
def test_communes_said_members_of_an_intercommunality_after_their_list(record_of, members_of):
    text = ("La CPTS du Val Fleuri couvre la communauté de communes des Sucs ainsi que les communes de Tence, "
            f"Chenereilles et Saint-Jeures{members_of} communauté de communes du Haut Lignon.")
    assert _areas(record_of(text)) == [(SUCS, "full", []), (HAUT_LIGNON, "partial", HAUT_LIGNON_PART)]
    assert territory_of(record_of(text), "val-fleuri")["resolved"]["count"] == 12


def test_people_members_of_an_intercommunality_are_no_list(record_of):
    text = ("La CPTS du Val Fleuri couvre la communauté de communes des Sucs. Les maires, membres de la communauté "
            "de communes du Haut Lignon, ont salué le projet.")
    assert _areas(record_of(text)) == [(SUCS, "full", [])]


MONTS_RANCE_ROUGIER, REQUISTANAIS = "200067163", "241200542"  # (12)
AVALLON_VEZELAY_MORVAN = "200039758"  # CC Avallon, Vézelay, Morvan (89)


@pytest.mark.parametrize("text, expected", [
    pytest.param("La CPTS du Val Fleuri couvre la communauté de communes Monts, Rance et Rougier.",
                 [(MONTS_RANCE_ROUGIER, "full", [])], id="comma-and-et"),
    pytest.param("La CPTS du Val Fleuri couvre la communauté de communes du Réquistanais et une partie de la communauté "
                 "de communes Monts, Rance et Rougier.",
                 [(REQUISTANAIS, "full", []), (MONTS_RANCE_ROUGIER, "partial", [])], id="after-another"),
    pytest.param("La CPTS du Val Fleuri couvre la communauté de communes Avallon, Vézelay, Morvan, dans l'Yonne.",
                 [(AVALLON_VEZELAY_MORVAN, "full", [])], id="commas-only"),
])
def test_an_intercommunality_whose_name_has_a_comma(record_of, text, expected):
    record = record_of(text)
    assert _areas(record) == expected
    assert territory_of(record, "val-fleuri")["communes"] == []  # "Rance" is a word of the name, not Rancé (01)
