"""The count of communes an intercommunality lends to a perimeter, told by a bare figure and a verb of place
after the territory's own count ("Elle couvre 21 communes : 18 se situent sur la CC X", "18 appartiennent à la
CC X"). The CPTS and sentences are invented; the expected codes are the gazetteer's."""
from __future__ import annotations

import pytest

from perimeter import territory_of

CLUNISOIS = "200040293"  # CC du Clunisois (71)


def _counts(record: dict) -> dict[str, tuple[str, int | None]]:
    return {a["code"]: (a["extent"], a["communes_count"] and a["communes_count"]["value"])
            for a in territory_of(record, "val-fleuri")["areas"] if a["code"]}


@pytest.mark.parametrize("verb", ["se situent sur", "se trouvent dans", "appartiennent à", "relèvent de"])
def test_a_bare_count_before_a_verb_of_place(record_of, verb):
    text = f"La CPTS du Val Fleuri couvre 21 communes : 18 {verb} la communauté de communes du Clunisois."
    assert _counts(record_of(text)) == {CLUNISOIS: ("partial", 18)}


COEUR_D_ASTARAC, ASTARAC_ARROS = "243200425", "200035756"  # CC Cœur d'Astarac en Gascogne, CC Astarac Arros en Gascogne (32)
ERDRE_ET_GESVRES, PAYS_D_ANCENIS = "244400503", "244400552"


@pytest.mark.parametrize("text, expected", [
    pytest.param("La CPTS du Val Fleuri couvre les communautés de communes Cœur d'Astarac en Gascogne et Astarac Arros "
                 "en Gascogne.", {COEUR_D_ASTARAC: ("full", None), ASTARAC_ARROS: ("full", None)}, id="two-names-bare-et"),
    pytest.param("La CPTS du Val Fleuri couvre les communautés de communes d'Erdre et Gesvres et du Pays d'Ancenis.",
                 {ERDRE_ET_GESVRES: ("full", None), PAYS_D_ANCENIS: ("full", None)}, id="et-inside-a-name"),
])
def test_names_joined_by_a_bare_et_after_a_plural_type(record_of, text, expected):
    assert _counts(record_of(text)) == expected


TENAREZE, GRAND_ARMAGNAC, BAS_ARMAGNAC = "243200417", "243200458", "243200409"  # (32)
CAUVALDOR = "200066371"  # CC Causses et Vallée de la Dordogne (46)


def test_the_main_town_in_brackets_leaves_the_area_whole(record_of):
    text = ("La CPTS du Val Fleuri couvre les communautés de communes de la Ténarèze (Condom), du Grand Armagnac (Eauze) "
            "et du Bas-Armagnac (Nogaro).")
    assert _counts(record_of(text)) == {TENAREZE: ("full", None), GRAND_ARMAGNAC: ("full", None),
                                        BAS_ARMAGNAC: ("full", None)}


def test_another_town_in_brackets_is_a_part(record_of):
    text = "La CPTS du Val Fleuri couvre la communauté de communes de la Ténarèze (Cassaigne)."
    assert _counts(record_of(text)) == {TENAREZE: ("partial", None)}


def test_a_short_name_in_brackets_is_no_other_area(record_of):
    record = record_of("La CPTS du Val Fleuri couvre la communauté de communes Causses et Vallée de la Dordogne (Cauvaldor).")
    areas = territory_of(record, "val-fleuri")["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [(CAUVALDOR, "full")]
