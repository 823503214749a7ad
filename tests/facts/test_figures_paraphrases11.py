"""A CPTS's figures and shares in more of the genre's near misses: the authors of a letter ("ont rédigé une lettre
d'intention", "cosignent une lettre"), people counted "à avoir lancé" something, a meeting's audience ("une réunion
s'est tenue avec 70 professionnels"), the most populous town's inhabitants, and figures of several CPTS taken up as
"Ces dernières"; and the members it still counts ("150 professionnels à avoir adhéré"). Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
ACI = "La CPTS du Val Fleuri a signé son contrat avec l'ARS. "
FIELDS = ("population", "communes_count", "professionals_count", "structures_count")


def _figures(record: dict, key: str = V) -> dict[str, int]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return {field: cpts[field]["value"] for field in FIELDS if cpts[field]}


def _percentages(record: dict, key: str = V) -> list[float]:
    return [p["value"] for c in record["cpts"] if c["key"] == key for p in c["percentages"]]


@pytest.mark.parametrize("sentence", [
    pytest.param("Une vingtaine de professionnels de santé ont rédigé une lettre d'intention.", id="wrote-a-letter"),
    pytest.param("Au départ, 56 professionnels de santé cosignent une lettre de demande de rattachement.",
                 id="cosign-a-letter"),
    pytest.param("Depuis 2017, nous sommes une trentaine de professionnels de santé du Val à avoir porté ce projet.",
                 id="a-avoir-porte"),
    pytest.param("Une première réunion de présentation s'est tenue la semaine dernière avec quelque soixante-dix "
                 "professionnels de santé.", id="a-meeting-s-audience"),
    pytest.param("La commune de Montval est la plus peuplée de la CPTS, avec 66 322 habitants.",
                 id="the-most-populous-town"),
])
def test_figures_that_are_not_the_cptss(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


def test_members_counted_a_avoir_adhere(record_of):
    record = record_of(ACI + "Nous sommes aujourd'hui 150 professionnels de santé à avoir adhéré à la CPTS.")
    assert _figures(record) == {"professionals_count": 150}


def test_figures_of_several_cpts_taken_up_as_ces_dernieres(record_of):
    text = (ACI + "Les CPTS de Rocheval et de Montval ont été signées en 2021. Ces dernières regroupent et couvrent "
            "40 % de la population du département sur 219 communes.")
    record = record_of(text)
    assert _figures(record) == {} and _percentages(record) == []


def _kinds(record: dict, key: str = V) -> list[tuple[float, str]]:
    return [(p["value"], p["kind"]) for c in record["cpts"] if c["key"] == key for p in c["percentages"]]


def test_a_share_taken_up_by_cela_represente(record_of):
    text = (ACI + "Sur le territoire de la CPTS, 7 708 adultes n'ont pas de médecin traitant déclaré. Cela représente "
            "14,9 % de la population adulte.")
    assert _kinds(record_of(text)) == [(14.9, "population_without_gp")]


def test_the_figures_of_towns_named_after_them(record_of):
    text = (ACI + "La précarité est présente sur le territoire de la CPTS, avec 9 % de bénéficiaires du RSA pour Mâcon "
            "et 6,6 % pour Tournus.")
    assert _kinds(record_of(text)) == []
