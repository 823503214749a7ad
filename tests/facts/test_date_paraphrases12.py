"""The association that carries a CPTS, created in an active or gerund clause ("en créant une association pour
porter le projet", "ont fondé une association"): the date of its statutes; an association named as another body
("ont créé l'association Santé Rocheval, qui porte la CPTS") is not the CPTS's. Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
LEAD = "La CPTS du Val Fleuri\nLes travaux de création de la CPTS ont repris fin 2020. "


def _dates(record: dict, key: str = V) -> dict[str, str]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d}


@pytest.mark.parametrize("sentence", [
    pytest.param("Le 13 septembre 2021, nous avons conforté la dynamique en créant une association pour porter le "
                 "projet de santé.", id="gerund"),
    pytest.param("Le 13 septembre 2021, les soignants ont fondé une association pour porter le projet de santé.",
                 id="active"),
])
def test_the_carrying_association_created(record_of, sentence):
    assert _dates(record_of(LEAD + sentence)).get("statutes") == "2021-09-13"


def test_an_association_named_as_another_body(record_of):
    text = ("Le 13 septembre 2021, les soignants ont créé l'association Santé Rocheval, qui porte la CPTS du Val "
            "Fleuri.\n")
    assert "statutes" not in _dates(record_of(text))


def test_a_month_without_its_year_takes_the_release_s(record_of):
    text = ("Article publié dans La Revue, mai 2021\n"
            "La CPTS du Val Fleuri est la deuxième signataire de l'accord conventionnel interprofessionnel (ACI) de la "
            "région. Si cette contractualisation a eu lieu en décembre dernier, la coopération remonte à 2015.\n")
    cpts = record_of(text)["cpts"][0]
    assert (cpts["dates"]["aci_signature"]["value"], cpts["dates"]["aci_signature"].get("year_from")) == ("2020-12", "published")


def test_an_english_launch_of_their_territorial_professional_health_community(record_of):
    text = ("Published 3 September 2023\nIn Réunion, health professionals of the west coast have formally launched their "
            "territorial professional health community, the CPTS Ouest Pivert, at a ceremony held on 1 September 2023 in "
            "Le Port.\n")
    record = record_of(text)
    place = record["cpts"][0]["launch_place"]
    assert (_dates(record, "ouest-pivert"), place and place["insee"]) == ({"launch": "2023-09-01"}, "97407")
