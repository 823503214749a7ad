"""Intercommunalities a CPTS covers, worded as communiqués word them: several names after one
plural type word (with a colon, in brackets, joined by "et du"), and short names made of an
EPCI's initials. Expected codes come from the official gazetteer, never from the pipeline's
own output; the CPTS and sentences are invented.
"""
from __future__ import annotations

import pytest

from perimeter import record_of, release, territory_of

VEXIN_CENTRE = "200035970"  # CC Vexin Centre (95)
VEXIN_VAL_DE_SEINE = "249500513"  # CC du Vexin-Val de Seine (95)
SAUSSERON = "249500430"  # CC Sausseron Impressionnistes (95)
POUZAUGES = "248500464"  # CC du Pays de Pouzauges (85)
MORTAGNE = "248500662"  # CC du Pays de Mortagne (85)
PLOERMEL = "200066777"  # CC Ploërmel Communauté (56)
OUST_BROCELIANDE = "200066785"  # CC de l'Oust à Brocéliande (56)


def _codes(record: dict, key: str) -> list[str]:
    return sorted(a["code"] for a in territory_of(record, key)["areas"] if a["kind"] == "epci" and a["code"])


@pytest.mark.parametrize("sentence, key, sirens", [
    pytest.param("Dans le Val-d'Oise, la CPTS des Trois Vallées s'étend sur trois communautés de communes : "
                 "Vexin Centre, Vexin Val de Seine et Sausseron Impressionnistes.", "trois-vallees",
                 [VEXIN_CENTRE, SAUSSERON, VEXIN_VAL_DE_SEINE], id="colon-after-plural"),
    pytest.param("En Vendée, la CPTS des Collines couvre les communautés de communes du Pays de Pouzauges et "
                 "du Pays de Mortagne.", "collines", [POUZAUGES, MORTAGNE], id="et-du-after-plural"),
    pytest.param("Dans le Morbihan, la CPTS des Landes Bleues couvre les deux communautés de communes "
                 "(communauté de Ploërmel et l'OBC).", "landes-bleues", [PLOERMEL, OUST_BROCELIANDE],
                 id="bracket-after-plural-and-initials"),
])
def test_fr_several_intercommunalities_after_one_type_word(tmp_path, sentence, key, sirens):
    assert _codes(record_of(release(sentence), tmp_path), key) == sorted(sirens)


GRAND_ORB = "200042646"  # CC Grand Orb (34)
AVANT_MONTS = "200071058"  # CC Les Avant-Monts (34)
ILE_DE_RE = "241700459"  # CC de l'Île de Ré (17)
PAYS_BASQUE = "200067106"  # CA du Pays Basque (64)
BEARN_DES_GAVES = "200067288"  # CC du Béarn des Gaves (64)


@pytest.mark.parametrize("sentence, key, sirens", [
    pytest.param("En Charente-Maritime, la CPTS des Marais couvre la CdC de l'Île de Ré.", "marais", [ILE_DE_RE],
                 id="cdc"),
    pytest.param("Dans l'Hérault, la CPTS des Monts d'Orb est composée des communes de Grand Orb.", "monts-d-orb",
                 [GRAND_ORB], id="name-without-type-word"),
    pytest.param("Dans l'Hérault, la CPTS des Monts d'Orb couvre les communes de la Communauté de communes Grand Orb "
                 "ainsi que 3 communes de la communauté de communes des Avant-Monts.", "monts-d-orb",
                 [AVANT_MONTS, GRAND_ORB], id="second-name-inside-a-longer-reading"),
    pytest.param("La CPTS des Monts d'Orb est née dans l'Hérault.\nTerritoire d'intervention : CC Grand Orb.",
                 "monts-d-orb", [GRAND_ORB], id="after-a-heading-colon"),
    pytest.param("La CPTS des Deux Gaves est née.\nIntercommunalités : CA du Pays Basque et CC du Béarn des Gaves.",
                 "deux-gaves", [BEARN_DES_GAVES, PAYS_BASQUE], id="under-an-intercommunalites-heading"),
    pytest.param("La CPTS des Deux Gaves est née. Elle s'étend sur une partie de la Communauté d'Agglomération "
                 "Pays Basque et sur la Communauté de communes du Béarn des Gaves.", "deux-gaves",
                 [BEARN_DES_GAVES, PAYS_BASQUE], id="et-sur-la-before-the-second-name"),
    pytest.param("La CPTS des Monts d'Orb est née. Située dans le département de l'Hérault, elle couvre la "
                 "communauté de communes Grand Orb.", "monts-d-orb", [GRAND_ORB], id="sentence-opening-with-a-place"),
])
def test_fr_intercommunality_written_otherwise(tmp_path, sentence, key, sirens):
    assert _codes(record_of(release(sentence), tmp_path), key) == sorted(sirens)


def test_fr_a_name_without_type_word_that_is_only_a_department_is_no_intercommunality(tmp_path):
    record = record_of(release("La CPTS du Val couvre les communes du Gers."), tmp_path)
    assert _codes(record, "val") == []


def test_fr_an_intercommunality_that_supports_the_cpts_is_no_area(tmp_path):
    record = record_of(release("Dans l'Hérault, la CPTS des Monts d'Orb regroupe 80 professionnels, et a reçu le "
                               "soutien de la communauté de communes Grand Orb."), tmp_path)
    assert _codes(record, "monts-d-orb") == []


def test_fr_the_area_of_an_unnamed_neighbouring_cpts_is_not_the_subjects(tmp_path):
    record = record_of(release("Dans l'Hérault, la CPTS des Monts d'Orb couvre 20 communes. La CPTS voisine de "
                               "Lodève couvre la communauté de communes Lodévois et Larzac."), tmp_path)
    assert _codes(record, "monts-d-orb") == []


def test_fr_ainsi_qu_une_partie_opens_a_second_area(tmp_path):
    record = record_of(release("Dans l'Hérault, la CPTS des Monts d'Orb couvre la communauté de communes Grand Orb "
                               "ainsi qu'une partie de la communauté de communes des Avant-Monts."), tmp_path)
    areas = {a["code"]: a["extent"] for a in territory_of(record, "monts-d-orb")["areas"]}
    assert areas == {GRAND_ORB: "full", AVANT_MONTS: "partial"}


@pytest.mark.parametrize("phrase", ["la communauté de communes de Sablé-sur-Sarthe", "Sablé-sur-Sarthe Communauté"])
def test_an_intercommunality_named_after_its_largest_town(tmp_path, phrase):
    # the CC du Pays Sabolien, whose largest commune is Sablé-sur-Sarthe
    record = record_of(f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume couvre {phrase}.\n", tmp_path)
    assert _codes(record, "val-de-brume") == ["247200090"]


def test_a_smaller_member_town_does_not_name_its_intercommunality(tmp_path):
    record = record_of("Le 12 mars 2024.\n\nLa CPTS du Val de Brume couvre la communauté de communes de Solesmes.\n", tmp_path)
    assert _codes(record, "val-de-brume") == []


@pytest.mark.parametrize("count, extent", [("17", "full"), ("12", "partial")])
def test_so_many_communes_of_an_intercommunality_are_all_of_it_when_it_has_so_many(tmp_path, count, extent):
    # the CC du Pays Sabolien has 17 communes
    text = f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume s'étend sur {count} communes de la communauté de communes du Pays Sabolien.\n"
    [area] = territory_of(record_of(text, tmp_path), "val-de-brume")["areas"]
    assert (area["code"], area["extent"]) == ("247200090", extent)


def test_an_intercommunality_whose_name_holds_et_du_is_one_area(tmp_path):
    record = record_of("Le 12 mars 2024.\n\nLa CPTS du Val de Brume couvre la communauté de communes du Pays Sabolien et "
                       "la communauté de communes de la Champagne Conlinoise et du Pays de Sillé.\n", tmp_path)
    areas = territory_of(record, "val-de-brume")["areas"]
    assert [a["code"] for a in areas] == ["247200090", "200072718"]


def test_names_after_a_plural_type_word_are_no_pays_besides(tmp_path):
    record = record_of("Le 12 mars 2024.\n\nLa CPTS du Val de Brume couvre les communautés de communes du Pays Sabolien "
                       "et du Pays Fléchois.\n", tmp_path)
    areas = territory_of(record, "val-de-brume")["areas"]
    assert sorted(a["code"] for a in areas) == ["247200090", "247200348"]
    assert territory_of(record, "val-de-brume")["resolved"]["complete"] is True


@pytest.mark.parametrize("text", ["Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son ACI. Son territoire correspond à l'EPCI du Pays Sabolien.\n",
                                  "March 12, 2024.\n\nThe Val de Brume CPTS signed its agreement. It covers the Pays Sabolien intercommunality.\n"])
def test_an_intercommunality_called_epci_or_intercommunality(tmp_path, text):
    assert _codes(record_of(text, tmp_path), "val-de-brume") == ["247200090"]


@pytest.mark.parametrize("words", ["et ses 17 communes", "composée de 17 communes"])
def test_the_count_of_an_intercommunality_after_its_name(tmp_path, words):
    text = f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume couvre la communauté de communes du Pays Sabolien {words}.\n"
    [area] = territory_of(record_of(text, tmp_path), "val-de-brume")["areas"]
    assert (area["code"], area["communes_count"]["value"]) == ("247200090", 17)


def test_an_intercommunality_in_brackets_after_the_cpts_name_is_its_territory(tmp_path):
    text = "Le 12 mars 2024.\n\nLa CPTS du Val de Brume (communauté de communes du Pays Sabolien) a signé son ACI.\n"
    [area] = territory_of(record_of(text, tmp_path), "val-de-brume")["areas"]
    assert (area["code"], area["extent"]) == ("247200090", "full")


def test_intercommunalities_joined_by_a_plus_sign(tmp_path):
    text = "Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son ACI. Territoire : CC du Pays Sabolien + CC du Pays Fléchois.\n"
    assert _codes(record_of(text, tmp_path), "val-de-brume") == ["247200090", "247200348"]
