"""An intercommunality named by a former or informal name the gazetteer does not hold ("la
communauté d'agglomération Var Estérel Méditerranée", since renamed) is the one EPCI every commune
listed under it belongs to: whole when they are all its members, a part otherwise. Communes of two
EPCIs, or a single commune, link no area; and the EPCI a first word of the name happens to name
("Var") is not read beside it. The CPTS is invented; the codes are the gazetteer's."""
from __future__ import annotations

import pytest

ESTEREL = "200035319"  # CA Estérel Côte d'Azur Agglomération (83), 5 communes
COEUR_DU_VAR = "248300550"
SOMMIERES = "243000296"  # CC du Pays de Sommières (30), 18 communes


def areas(record: dict) -> dict[str | None, str]:
    territory = {c["key"]: c for c in record["cpts"]}["val-fleuri"].get("territory") or {}
    return {a["code"]: a["extent"] for a in territory.get("areas", [])}


def release(sentence: str) -> str:
    return f"Le 3 mai 2024\n\nLa CPTS du Val Fleuri couvre {sentence}\n"


@pytest.mark.parametrize("sentence", [
    "la communauté d'agglomération Var Estérel Méditerranée : Les Adrets-de-l'Estérel, Fréjus, Puget-sur-Argens, "
    "Roquebrune-sur-Argens et Saint-Raphaël.",
    "la communauté d'agglomération Var Estérel Méditerranée (Les Adrets-de-l'Estérel, Fréjus, Puget-sur-Argens, "
    "Roquebrune-sur-Argens et Saint-Raphaël).",
])
def test_a_former_name_is_the_epci_of_all_its_listed_communes(record_of, sentence):
    assert areas(record_of(release(sentence))) == {ESTEREL: "full"}


def test_fewer_communes_than_its_members_are_a_part(record_of):
    record = record_of(release("la communauté de communes des Sept Collines Anciennes : Calvisson, Sommières et Junas."))
    assert areas(record) == {SOMMIERES: "partial"}


@pytest.mark.parametrize("communes", ["Aubais, Calvisson et Sommières", "Calvisson"])
def test_communes_of_two_epcis_or_one_commune_link_no_area(record_of, communes):
    record = record_of(release(f"la communauté de communes des Sept Collines Anciennes : {communes}."))
    assert set(areas(record)) == {None}
