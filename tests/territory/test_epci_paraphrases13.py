"""Intercommunalities and communes told in the ways of pages the earlier readings missed: communes listed
and then said to be members of an intercommunality ("A, B et C, membres de la CA X"), an intercommunality whose
official name has a comma ("CC Monts, Rance et Rougier"); and near misses: the places a territory lies between
(", entre A et la Brenne"), two rivers each with its article ("la Garonne et le Tarn"). The CPTS and sentences are
invented; the expected codes are the gazetteer's."""
from __future__ import annotations

import pytest

from perimeter import territory_of

from pipeline.reference import gazetteer

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


CLUNISOIS = "200040293"  # CC du Clunisois (71)
TERRES_DES_CONFLUENCES = "200066322"  # (82)


@pytest.mark.parametrize("text, expected_areas, expected_communes", [
    pytest.param("La CPTS du Val Fleuri couvre la communauté de communes du Clunisois, entre Mâcon et Cluny.",
                 [(CLUNISOIS, "full", [])], [], id="after-an-area"),
    pytest.param("La CPTS du Val Fleuri réunit des professionnels qui veulent améliorer l'accès aux soins des habitants, "
                 "dans l'Indre (36), entre Châteauroux et la Brenne.", [], [], id="a-natural-region"),
])
def test_places_the_territory_lies_between_are_not_in_it(record_of, text, expected_areas, expected_communes):
    record = record_of(text)
    assert [a for a in _areas(record) if a[0]] == expected_areas
    assert [c["insee"] for c in territory_of(record, "val-fleuri")["communes"]] == expected_communes


def test_two_rivers_each_with_its_article_are_no_intercommunality():
    gaz = gazetteer.load()
    assert gaz.find_epci_named_alone("la Garonne et le Tarn", ["82"]) is None  # not the CC Grand Sud Tarn-et-Garonne
    assert gaz.find_epci_named_alone("Terres des Confluences", ["82"]).siren == TERRES_DES_CONFLUENCES


COEUR_DE_SAVOIE = "200041010"  # (73)


@pytest.mark.parametrize("text", [
    "The CPTS du Val Fleuri was launched in Savoie. It follows the boundaries of the Cœur de Savoie intercommunality.",
    "The CPTS du Val Fleuri was launched in Savoie. Its territory matches the borders of the Cœur de Savoie community "
    "of communes.",
])
def test_an_english_page_gives_the_boundaries_of_an_intercommunality(record_of, text):
    assert _areas(record_of(text)) == [(COEUR_DE_SAVOIE, "full", [])]
