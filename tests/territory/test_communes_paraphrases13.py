"""Communes named as the ends of a territory in more ways: after a colon or a comma ("la CC X : de A à B"), in pairs
one after another ("de A à B et de C à D"), after an English "stretch from"; and near misses (hours, a range of
towns in two departments). Invented sentences; the expected codes are the gazetteer's."""
from __future__ import annotations

import pytest

from perimeter import territory_of

MONTMORILLON, ISLE_JOURDAIN, LUSSAC, AVAILLES = "86165", "86112", "86140", "86015"
CORTE, CALACUCCIA, VENACO, MOROSAGLIA = "2B096", "2B047", "2B341", "2B169"


def _communes(record: dict) -> list[str]:
    return [c["insee"] for c in territory_of(record, "val-fleuri")["communes"]]


@pytest.mark.parametrize("text, expected", [
    pytest.param("La CPTS du Val Fleuri couvre la communauté de communes Vienne et Gartempe, dans le sud-est de la Vienne : "
                 "de Montmorillon à L'Isle-Jourdain, de Lussac-les-Châteaux à Availles-Limouzine.",
                 [MONTMORILLON, ISLE_JOURDAIN, LUSSAC, AVAILLES], id="after-a-colon-two-pairs"),
    pytest.param("La CPTS du Val Fleuri couvre la communauté de communes Vienne et Gartempe, de Montmorillon à "
                 "L'Isle-Jourdain : 55 communes.", [MONTMORILLON, ISLE_JOURDAIN], id="after-a-comma"),
    pytest.param("La CPTS du Val Fleuri couvre la communauté de communes du Centre Corse, de Corte à Calacuccia et de "
                 "Venaco à Morosaglia.", [CORTE, CALACUCCIA, VENACO, MOROSAGLIA], id="pairs-joined-by-et"),
    pytest.param("The CPTS du Val Fleuri covers the Vienne et Gartempe community of communes, whose 55 municipalities "
                 "stretch from Montmorillon to Availles-Limouzine.", [MONTMORILLON, AVAILLES], id="english-stretch"),
])
def test_the_ends_of_a_territory(record_of, text, expected):
    assert _communes(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri couvre la communauté de communes Vienne et Gartempe. Le standard est ouvert du lundi au "
    "vendredi, de 9 h à 18 h.",
    "La CPTS du Val Fleuri couvre la communauté de communes Vienne et Gartempe. Ses membres viennent de loin, de "
    "Montmorillon à Corte.",
])
def test_no_ends_of_a_territory(record_of, text):
    assert _communes(record_of(text)) == []


@pytest.mark.parametrize("label", ["de l'Est", "de la Vallée"])  # (La Vallée is a commune of the Charente-Maritime)
def test_a_label_before_the_colon_of_a_list_is_no_commune(record_of, label):
    text = (f"La CPTS du Val Fleuri rassemble les professionnels des communes {label} : Montmorillon, L'Isle-Jourdain et "
            "Availles-Limouzine.")
    territory = territory_of(record_of(text), "val-fleuri")
    assert [(c["name"], c["insee"]) for c in territory["communes"]] == [
        ("Montmorillon", MONTMORILLON), ("L'Isle-Jourdain", ISLE_JOURDAIN), ("Availles-Limouzine", AVAILLES)]


def test_communes_excepted_stay_out_when_named_again(record_of):
    text = ("La CPTS du Val Fleuri est lancée.\n\nLa CPTS intervient sur l'ensemble de la communauté de communes Vienne et "
            "Gartempe, hormis les communes de Montmorillon et de Lussac-les-Châteaux, rattachées à la CPTS voisine des "
            "Monts Verts. Son périmètre réunit ainsi 53 communes et près de 40 000 habitants.\n\nCe découpage, arrêté "
            "avec les professionnels des deux CPTS, tient compte des habitudes de recours des patients : pour les "
            "habitants de Montmorillon et de Lussac-les-Châteaux, la pharmacie ou le cabinet médical se trouvent "
            "souvent du côté de Poitiers.")
    territory = territory_of(record_of(text), "val-fleuri")
    assert MONTMORILLON not in territory["resolved"]["insee"] and LUSSAC not in territory["resolved"]["insee"]
    assert [c["insee"] for c in territory["communes"]] == []


@pytest.mark.parametrize("sentence", [
    "Sa présidente, médecin généraliste installée à Lussac-les-Châteaux, qui vit à Poitiers, est ravie.",
    "Les communes de Poitiers et de Chauvigny, d'abord sollicitées, ont préféré rejoindre un autre projet.",
])
def test_towns_of_a_persons_home_or_gone_to_another_project_are_not_the_territorys(record_of, sentence):
    text = ("La CPTS du Val Fleuri couvre les communes de Montmorillon, Lussac-les-Châteaux et Availles-Limouzine. "
            + sentence)
    assert [c["insee"] for c in territory_of(record_of(text), "val-fleuri")["communes"]] == [
        MONTMORILLON, LUSSAC, AVAILLES]
