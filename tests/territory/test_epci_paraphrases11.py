"""Intercommunalities in three more of the genre's ways: initials that take a hyphenated town
as one word ("la CUCM" for the CU Le Creusot Montceau-les-Mines), a territory named right after
the CPTS's name without a comma ("la CPTS X sur le territoire de la CC Y"), and intercommunalities
listed in brackets among health and public bodies, which are partners, not a perimeter. The CPTS
and sentences are invented; the expected codes are the gazetteer's."""
from __future__ import annotations

import pytest

from perimeter import GAZ, full, record_of, release, territory_of

CREUSOT_MONTCEAU = "247100290"  # CU Le Creusot Montceau-les-Mines (71), 34 communes
COEUR_DE_CHARENTE = "200072023"  # CC Cœur de Charente (16)
VAL_DE_CHARENTE = "200043016"  # CC Val de Charente (16)


def _areas(record: dict, key: str) -> dict[str, str]:
    return {a["code"]: a["extent"] for a in territory_of(record, key)["areas"] if a["kind"] == "epci" and a["code"]}


def test_a_hyphenated_town_gives_one_initial():
    assert GAZ.find_epci_acronym("CUCM", ["71"]).siren == CREUSOT_MONTCEAU
    assert GAZ.find_epci_acronym("CUCMM", ["71"]).siren == CREUSOT_MONTCEAU  # every word's initial, as before


def test_fr_initials_of_a_hyphenated_town(tmp_path):
    record = record_of(release("En Saône-et-Loire, la CPTS du Val Fleuri couvre la CUCM, soit 34 communes."), tmp_path)
    assert _areas(record, "val-fleuri") == {CREUSOT_MONTCEAU: "full"}
    assert territory_of(record, "val-fleuri")["resolved"] == full(CREUSOT_MONTCEAU)


def test_fr_a_territory_named_right_after_the_cpts_name(tmp_path):
    """Statutes whose object names the CPTS over a line break, then its territory without a comma."""
    text = ("Statuts de l'Association CPTS Val Fleuri (Saône-et-Loire)\n\nARTICLE 1 - NOM\n"
            "Il est fondé une association ayant pour titre :\nAssociation « CPTS Val Fleuri»\n\nARTICLE 2 - OBJET\n"
            "Cette association a pour objet : Mise en place, développement et gestion de la CPTS Val\n"
            "Fleuri sur le territoire de la CUCM.\n\nARTICLE 3 - SIÈGE\n"
            "Le siège social est fixé au 6 rue de la Gare 71210 MONTCHANIN\n")
    assert _areas(record_of(text, tmp_path), "val-fleuri") == {CREUSOT_MONTCEAU: "full"}


@pytest.mark.parametrize("sentence", [
    pytest.param("En Charente, le contrat local de santé réunit tous les acteurs du territoire (le PETR, les "
                 "communautés de communes Cœur de Charente et Val de Charente, l'ARS, la CPAM de la Charente, le "
                 "centre hospitalier et la CPTS du Val Fleuri).", id="partners-of-a-health-contract"),
    pytest.param("En Charente, la CPTS du Val Fleuri rassemble ses partenaires (ARS, CPAM, communauté de communes "
                 "Cœur de Charente, conseil départemental).", id="partners-of-the-cpts"),
])
def test_fr_intercommunalities_among_bodies_are_partners(tmp_path, sentence):
    assert _areas(record_of(release(sentence), tmp_path), "val-fleuri") == {}


def test_fr_an_intercommunality_in_brackets_alone_is_still_a_territory(tmp_path):
    text = release("En Charente, la CPTS du Val Fleuri (communauté de communes Val de Charente) réunit 80 soignants.")
    assert _areas(record_of(text, tmp_path), "val-fleuri") == {VAL_DE_CHARENTE: "full"}
