"""Readings of the twenty-second round, each on invented sentences: a line that opens on its count of
intercommunalities and lists them after a colon, with no covering verb ("Deux intercommunalités : X et Y")."""
from __future__ import annotations

from tests.records import areas_of as _areas, by_key as _by_key

LUNEL, PIC_SAINT_LOUP = "243400520", "200022986"  # CA Lunel Agglo, CC du Grand Pic Saint-Loup
DOMME, FENELON = "200041440", "200040830"  # in the Dordogne


def test_a_line_opening_on_its_count_of_intercommunalities(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022.\n\n"
            "Deux intercommunalités : Lunel Agglo et la communauté de communes du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "full", None)]


def test_the_same_line_in_an_english_page(record_of):
    text = ("The CPTS Sarlat Test signed its ACI last week.\n\n"
            "Three communautés de communes: the Vallée de l'Homme, Domme-Villefranche du Périgord and the Pays de "
            "Fénelon – 60 communes in all.\n")
    # the names after the first (the first, right after "communautés de communes:", is still missed: see development.md)
    assert {(DOMME, "full", None), (FENELON, "full", None)} <= set(_areas(_by_key(record_of(text))["sarlat-test"]))
