"""Communes named by a covering verb without a list (pipeline.territory.perimeter), names written short,
unhyphenated or followed by a postcode, and the places that place a CPTS the text places
nowhere else (pipeline.territory.departments).

Sentences are invented; expected codes come from the official gazetteer.
"""
from __future__ import annotations

import pytest

from perimeter import GAZ, record_of, territory_of


def insee(name: str, department: str) -> str:
    [commune] = [c for c in GAZ.candidates(name) if c.department == department]
    return commune.insee


def communes_and_resolved(tmp_path, sentence: str, key: str = "sud-touraine"):
    text = f"Le 12 mars 2024.\n\nLa CPTS Sud Touraine a signé son ACI. {sentence}\n"
    territory = territory_of(record_of(text, tmp_path), key)
    return [c["insee"] for c in territory["communes"]], territory["resolved"]


LOCHES, LIGUEIL = insee("Loches", "37"), insee("Ligueil", "37")


def test_covering_verb_with_two_communes_gives_a_perimeter(tmp_path):
    communes, resolved = communes_and_resolved(tmp_path, "Elle couvre Loches et Ligueil.")
    assert communes == [LOCHES, LIGUEIL]
    assert resolved == {"insee": sorted([LOCHES, LIGUEIL]), "complete": True, "count": 2}


@pytest.mark.parametrize("sentence", ["Elle intervient sur le territoire de Loches.",
                                      "Elle couvre la ville de Loches et ses environs."])
def test_one_commune_alone_is_a_territory_commune_without_perimeter(tmp_path, sentence):
    communes, resolved = communes_and_resolved(tmp_path, sentence)
    assert communes == [LOCHES]
    assert not resolved or not resolved["complete"]


def test_professionals_of_two_towns_give_no_perimeter(tmp_path):
    communes, resolved = communes_and_resolved(tmp_path, "Elle rassemble les professionnels de santé de Loches et de Ligueil.")
    assert communes == [LOCHES, LIGUEIL]
    assert not resolved


def test_a_meeting_place_is_no_territory(tmp_path):
    communes, _ = communes_and_resolved(
        tmp_path, "Elle intervient sur 40 communes. Les réunions ont lieu à Loches, Ligueil et Descartes.")
    assert communes == []


def test_postcodes_and_figures_in_brackets(tmp_path):
    communes, _ = communes_and_resolved(
        tmp_path, "Elle couvre les communes suivantes : Loches (37600), Ligueil (2 200 hab.) et Descartes (37160).")
    assert communes == [LOCHES, LIGUEIL, insee("Descartes", "37")]


def test_unhyphenated_names_and_a_name_written_short(tmp_path):
    assert GAZ.link_near_spelling("Vic", "34").insee == insee("Vic-la-Gardiole", "34")
    text = "Le 12 mars 2024.\n\nLa CPTS du Léman a signé son ACI. Son territoire couvre 2 communes : Evian les Bains et Publier.\n"
    territory = territory_of(record_of(text, tmp_path), "leman")
    assert [c["insee"] for c in territory["communes"]] == [insee("Évian-les-Bains", "74"), insee("Publier", "74")]


def departments_of(tmp_path, text: str) -> dict[str, list[str]]:
    return {c["key"]: c["departments"] for c in record_of(text, tmp_path)["cpts"]}


@pytest.mark.parametrize("text, expected", [
    ("Le 12 mars 2024.\n\nLa CPTS du Léman a signé son ACI. C'est la 6e CPTS créée dans le Finistère.\n", ["29"]),
    ("Le 12 mars 2024.\n\nLa CPTS du Léman a signé son ACI. Elle est la première CPTS haut-savoyarde.\n", ["74"]),
    ("Le 12 mars 2024.\n\nLa CPTS des Coteaux a signé son ACI. Thonon Agglomération était présente.\n", ["74"]),
    ("Le 12 mars 2024.\n\nLa CPTS des Coteaux a signé son ACI. Mme Roy, infirmière à Ligueil, la préside.\n", ["37"]),
    ("Loches, le 12 mars 2024\n\nLa CPTS des Coteaux a signé son ACI.\n", ["37"]),
    ("Ligueil. La CPTS des Coteaux a signé son ACI le 12 mars 2024.\n", ["37"]),
    ("Le 12 mars 2024.\n\nLa CPTS des Coteaux a signé son ACI. Les maires de Loches, Ligueil et Descartes étaient là.\n",
     ["37"]),
    ("Le 12 mars 2024.\n\nLa CPTS des Coteaux couvre 30 000 habitants. Son territoire est limitrophe de la Vienne.\n", []),
])
def test_departments_of_a_cpts_placed_by_its_places(tmp_path, text, expected):
    assert list(departments_of(tmp_path, text).values())[0] == expected


def test_communes_in_brackets_after_each_name(tmp_path):
    text = ("Le 12 mars 2024.\n\nDeux CPTS ont signé leur ACI. La CPTS Sud Touraine (Loches, Ligueil, Descartes) et "
            "la CPTS du Chinonais (Chinon, Bourgueil, L'Île-Bouchard) rejoignent le réseau.\n")
    record = record_of(text, tmp_path)
    assert [c["insee"] for c in territory_of(record, "sud-touraine")["communes"]] == [
        LOCHES, LIGUEIL, insee("Descartes", "37")]
    assert [c["insee"] for c in territory_of(record, "chinonais")["communes"]] == [
        insee("Chinon", "37"), insee("Bourgueil", "37"), insee("L'Île-Bouchard", "37")]


@pytest.mark.parametrize("sentence", ["Loches, Ligueil et Descartes forment quant à eux le territoire de la CPTS Sud Touraine.",
                                      "Les communes de Loches, Ligueil et Descartes relèvent de la CPTS Sud Touraine."])
def test_a_list_belongs_to_the_cpts_named_after_it(tmp_path, sentence):
    text = f"Le 12 mars 2024.\n\nLa CPTS du Chinonais a signé son ACI. {sentence}\n"
    record = record_of(text, tmp_path)
    assert sorted(c["insee"] for c in territory_of(record, "sud-touraine")["communes"]) == sorted(
        [LOCHES, LIGUEIL, insee("Descartes", "37")])
    assert territory_of(record, "chinonais")["communes"] == []


@pytest.mark.parametrize("sentence", ["Elle regroupe les professionnels du Lude, de La Flèche, de Mansigné et du Bailleul.",
                                      "Son territoire : Lude (Le), Flèche (La), Mansigné, Bailleul (Le)."])
def test_articles_contracted_or_written_after_the_name(tmp_path, sentence):
    text = f"Le 12 mars 2024.\n\nLa CPTS du Loir a signé son ACI. {sentence}\n"
    communes = [c["insee"] for c in territory_of(record_of(text, tmp_path), "loir")["communes"]]
    assert communes == [insee(n, "72") for n in ("Le Lude", "La Flèche", "Mansigné", "Le Bailleul")]


def test_cantons_named_after_towns_are_no_communes(tmp_path):
    communes, _ = communes_and_resolved(tmp_path, "La CPTS couvre 30 000 habitants sur les cantons de Loches et Descartes.")
    assert communes == []
