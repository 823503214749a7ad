"""Places a release ties to a territory without giving its perimeter (pipeline.territory):
the towns sectors are named after, the towns of its health centres, a zone named by its towns,
a commune a sentence refers back to. The CPTS and sentences are invented; towns come from the
gazetteer.
"""
from __future__ import annotations

import pytest

from perimeter import record_of, territory_of

BUGEY = ["01004", "01202", "01244"]  # Ambérieu-en-Bugey, Lagnieu, Meximieux


def read(tmp_path, text: str, key: str) -> tuple[list[str], dict | None]:
    """The territory communes (INSEE codes) and the resolved perimeter of CPTS `key`."""
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path), key)
    return [c["insee"] for c in territory.get("communes", [])], territory.get("resolved")


@pytest.mark.parametrize("sentence", [
    "La CPTS du Bugey Sud s'étend sur un territoire de 30 000 habitants sur les secteurs d'Ambérieu-en-Bugey, "
    "Lagnieu et Meximieux.",
    "La CPTS du Bugey Sud couvre 30 000 habitants répartis sur les secteurs d'Ambérieu-en-Bugey, de Lagnieu et de Meximieux.",
    "La CPTS du Bugey Sud intervient sur les sous-territoires d'Ambérieu-en-Bugey, Lagnieu et Meximieux.",
    "La CPTS du Bugey Sud a recruté une infirmière pour couvrir les sous-territoires de soins d'Ambérieu-en-Bugey, "
    "Lagnieu et Meximieux.",
    "La CPTS du Bugey Sud rassemble les professionnels des trois maisons de santé (Ambérieu-en-Bugey, Lagnieu et Meximieux).",
])
def test_towns_sectors_or_health_centres_are_named_after_give_no_perimeter(tmp_path, sentence):
    communes, resolved = read(tmp_path, sentence, "bugey-sud")
    assert sorted(communes) == BUGEY
    assert resolved is None


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS du Haut Bugey couvre les cantons de Nantua et d'Oyonnax.", ["01269", "01283"]),
    ("La CPTS du Haut Bugey couvre tout le canton de Nantua.", ["01269"]),
    ("La CPTS du Haut Bugey couvre l'ensemble des cantons de Nantua et d'Oyonnax.", ["01269", "01283"]),
])
def test_the_towns_cantons_are_named_after(tmp_path, sentence, expected):
    communes, resolved = read(tmp_path, sentence, "haut-bugey")
    assert communes == expected
    assert resolved is None


def test_a_zone_named_by_its_towns(tmp_path):
    text = ("La zone d'Ambérieu-en-Bugey, Lagnieu, Meximieux et Ambronay manque de médecins. "
            "La CPTS du Bugey Sud veut y remédier.")
    communes, resolved = read(tmp_path, text, "bugey-sud")
    assert communes == BUGEY[:1] + ["01202", "01244", "01007"]
    assert resolved is None


@pytest.mark.parametrize("sentence", [
    "Enfin, la commune est couverte depuis la fin de l'année 2023 par la CPTS du Bugey Sud.",
    "Cette commune relève de la CPTS du Bugey Sud.",
])
def test_a_commune_the_sentence_refers_back_to(tmp_path, sentence):
    text = (f"Vous m'interrogez sur la situation de Lagnieu. Cette commune est classée en zone d'intervention "
            f"prioritaire. {sentence}")
    communes, resolved = read(tmp_path, text, "bugey-sud")
    assert communes == ["01202"]
    assert resolved is None


PLAINE_DE_L_AIN = "240100883"  # CC de la Plaine de l'Ain (01)


@pytest.mark.parametrize("sentence, excepted", [
    ("La CPTS du Haut Bugey couvre la communauté de communes de la Plaine de l'Ain, hors commune de Meximieux.", ["01244"]),
    ("La CPTS du Haut Bugey couvre la communauté de communes de la Plaine de l'Ain, hormis la commune de Meximieux.",
     ["01244"]),
    ("La CPTS du Haut Bugey couvre la communauté de communes de la Plaine de l'Ain (hors commune de Meximieux).", ["01244"]),
    ("La CPTS du Haut Bugey couvre la communauté de communes de la Plaine de l'Ain, à l'exception de la commune "
     "d'Ambronay.", ["01007"]),
])
def test_one_commune_excepted_from_an_intercommunality(tmp_path, sentence, excepted):
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "haut-bugey")
    assert [(a["code"], [c["insee"] for c in a["except"]]) for a in territory["areas"]] == [(PLAINE_DE_L_AIN, excepted)]
    assert excepted[0] not in territory["resolved"]["insee"]


@pytest.mark.parametrize("sentence", [
    "La CPTS du Revermont couvre les communes d'Ambérieu-en-Bugey, d'Ambronay (Ain) et de Saint-Claude (Jura).",
    "La CPTS du Revermont couvre Ambérieu-en-Bugey (Ain), Ambronay (Ain) et Saint-Claude (Jura).",
    "La CPTS du Revermont couvre Ambérieu-en-Bugey (01500), Ambronay (01500) et Saint-Claude (39200).",
])
def test_communes_each_with_its_department_in_brackets(tmp_path, sentence):
    communes, resolved = read(tmp_path, sentence, "revermont")
    assert communes == ["01004", "01007", "39478"]
    assert resolved["complete"] is True


def test_two_intercommunalities_joined_by_et_after_a_colon(tmp_path):
    text = ("La CPTS du Revermont couvre deux intercommunalités : la CC de la Plaine de l'Ain et la CC Rives de l'Ain - "
            "Pays du Cerdon.")
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path), "revermont")
    assert [a["code"] for a in territory["areas"]] == [PLAINE_DE_L_AIN, "200029999"]


@pytest.mark.parametrize("sentence, key, code", [
    ("La CPTS du Nord Isère couvre la CAPI.", "nord-isere", "243800604"),  # CA Porte de l'Isère (CAPI)
    ("La CPTS du Chalonnais couvre l'Agglomération du Grand Chalon, soit 51 communes.", "chalonnais", "247100589"),
    ("La CPTS du Drouais couvre l'Agglomération du Pays de Dreux, hormis les communes du Perche.", "drouais", "200040277"),
])
def test_an_intercommunality_by_its_short_name_or_as_an_agglomeration(tmp_path, sentence, key, code):
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), key)
    assert [a["code"] for a in territory["areas"]] == [code]


@pytest.mark.parametrize("sentence", [
    "La CPTS du Bugey Sud a signé son ACI. Elle rayonne autour d'Ambérieu-en-Bugey.",
    "La CPTS du Bugey Sud a signé son ACI. Elle couvre 10 communes autour d'Ambérieu-en-Bugey.",
])
def test_the_town_a_territory_lies_around(tmp_path, sentence):
    communes, resolved = read(tmp_path, sentence, "bugey-sud")
    assert communes == ["01004"]
    assert resolved is None


def test_a_table_of_communes_and_their_populations(tmp_path):
    text = ("La CPTS du Bugey Sud a signé son ACI.\nCommune\tPopulation\nAmbérieu-en-Bugey\t14 000\nAmbronay\t2 800\n"
            "Château-Gaillard\t2 000\nDouvres\t1 000")
    communes, resolved = read(tmp_path, text, "bugey-sud")
    assert communes == ["01004", "01007", "01089", "01149"]
    assert resolved["complete"] is True


LORIENT, BLAVET, QUIMPERLE = "200042174", "245600440", "242900694"


@pytest.mark.parametrize("sentence, codes", [
    ("Créée en 2021, la CPTS du Scorff rassemble les professionnels de santé de Lorient Agglomération et de Blavet "
     "Bellevue Océan Communauté.", [LORIENT, BLAVET]),
    ("La CPTS du Scorff couvre les communes de Lorient Agglomération et de Quimperlé Communauté.", [LORIENT, QUIMPERLE]),
    ("La CPTS du Scorff a été créée à l'échelle de la communauté d'agglomération de Lorient.", [LORIENT]),
])
def test_intercommunalities_named_with_their_type_after_the_name(tmp_path, sentence, codes):
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "scorff")
    assert sorted(a["code"] for a in territory["areas"]) == sorted(codes)
    assert territory["resolved"]["complete"] is True and not territory.get("communes")


POUZAUGES, MORTAGNE = "248500464", "248500662"  # CC du Pays de Pouzauges, CC du Pays de Mortagne (85)


@pytest.mark.parametrize("sentence, codes", [
    ("En Vendée, la CPTS des Collines couvre le Pays de Pouzauges et le Pays de Mortagne.", [POUZAUGES, MORTAGNE]),
    ("En Vendée, la CPTS des Collines couvre l'ensemble du Pays de Pouzauges.", [POUZAUGES]),
    ("En Vendée, la CPTS des Collines couvre tout le Pays de Pouzauges.", [POUZAUGES]),
])
def test_a_pays_that_is_an_intercommunality_s_name(tmp_path, sentence, codes):
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "collines")
    assert [a["code"] for a in territory["areas"]] == codes


def test_an_acronym_the_release_defined_before(tmp_path):
    text = ("La Communauté de communes de la Plaine de l'Ain (CCPA) soutient le projet. "
            "La CPTS du Bugey Sud couvre l'ensemble de la CCPA.")
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path), "bugey-sud")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(PLAINE_DE_L_AIN, "full")]


def test_communes_of_a_neighbouring_department_after_an_intercommunality(tmp_path):
    text = ("La CPTS du Bugey Sud couvre la Communauté de communes de la Plaine de l'Ain (CCPA) ainsi que trois "
            "communes du Jura voisin : Saint-Claude, Morbier et Septmoncel.")
    record = record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path)
    territory = territory_of(record, "bugey-sud")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(PLAINE_DE_L_AIN, "full")]
    assert [c["insee"] for c in territory["communes"]] == ["39478", "39367", "39510"]
    assert territory["resolved"] == {"insee": sorted(set(territory["resolved"]["insee"])), "complete": True, "count": 56}
    assert next(c for c in record["cpts"] if c["key"] == "bugey-sud")["communes_count"] is None


def test_a_list_left_open_with_etc(tmp_path):
    communes, resolved = read(tmp_path, "La CPTS du Bugey Sud couvre les communes d'Ambérieu-en-Bugey, Ambronay, "
                                        "Château-Gaillard, etc.", "bugey-sud")
    assert communes == ["01004", "01007", "01089"]
    assert resolved["complete"] is False


def test_an_intercommunality_on_its_own_line_under_a_territory_heading(tmp_path):
    text = ("La CPTS du Bugey Sud a signé son ACI.\n\nNotre territoire\n53 communes\n78 000 habitants\n"
            "Communauté de communes de la Plaine de l'Ain")
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path), "bugey-sud")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(PLAINE_DE_L_AIN, "full")]


@pytest.mark.parametrize("sentence", [
    "Créée en 2020, la CPTS du Bugey Sud réunit les professionnels de santé d'Ambérieu-en-Bugey, Lagnieu et Meximieux.",
    "The CPTS Bugey Sud brings together health professionals from Ambérieu-en-Bugey, Lagnieu and Meximieux.",
])
def test_the_towns_of_its_professionals_give_no_perimeter(tmp_path, sentence):
    communes, resolved = read(tmp_path, sentence, "bugey-sud")
    assert communes == BUGEY
    assert resolved is None


def test_where_a_cpts_operates_in_english(tmp_path):
    communes, resolved = read(tmp_path, "The CPTS Bugey Sud operates in Ambérieu-en-Bugey, Lagnieu and Meximieux.",
                              "bugey-sud")
    assert communes == BUGEY and resolved["insee"] == BUGEY


@pytest.mark.parametrize("sentence", [
    "La CPTS du Bugey Sud couvre le territoire de l'ancienne communauté de communes de la Vallée de l'Albarine.",
    "La CPTS du Bugey Sud couvre le territoire de l'ex-CC de la Vallée de l'Albarine, aujourd'hui intégrée à la CC "
    "de la Plaine de l'Ain.",
])
def test_a_former_intercommunality_is_not_a_current_one_its_name_starts_like_or_merged_into(tmp_path, sentence):
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "bugey-sud")
    assert [a["code"] for a in territory.get("areas", [])] == [None]
    assert territory.get("resolved") is None


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS du Bugey Sud couvre les anciens cantons d'Ambérieu-en-Bugey et de Lagnieu.", ["01004", "01202"]),
    ("La CPTS du Bugey Sud couvre l'ancien canton de Lagnieu.", ["01202"]),
])
def test_the_towns_former_cantons_are_named_after(tmp_path, sentence, expected):
    communes, resolved = read(tmp_path, sentence, "bugey-sud")
    assert communes == expected and resolved is None


def test_list_items_with_their_populations(tmp_path):
    text = ("La CPTS du Bugey Sud couvre les communes suivantes :\n- Ambérieu-en-Bugey – 14 000 habitants\n"
            "- Lagnieu – 7 000 habitants\n- Meximieux – 8 000 habitants")
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path), "bugey-sud")
    assert not territory.get("areas")
    assert territory["resolved"] == {"insee": BUGEY, "complete": True, "count": 3}


def test_an_area_in_part_then_its_communes_after_a_colon(tmp_path):
    text = ("La CPTS du Bugey Sud couvre deux intercommunalités :\n- la CC de la Plaine de l'Ain (en partie) : "
            "Ambérieu-en-Bugey, Lagnieu, Meximieux ;\n- Haut-Bugey Agglomération (en totalité).")
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path), "bugey-sud")
    first, second = territory["areas"]
    assert (first["code"], first["extent"], [c["insee"] for c in first["listed"]]) == (PLAINE_DE_L_AIN, "partial", BUGEY)
    assert (second["code"], second["extent"]) == ("200042935", "full")
    assert territory["resolved"]["complete"] is True and territory["resolved"]["count"] == 45


def test_two_towns_under_a_sector_heading(tmp_path):
    text = "La CPTS du Bugey Sud recrute une médiatrice en santé.\n\nSecteurs :\nAmbérieu-en-Bugey et Lagnieu\n"
    communes, resolved = read(tmp_path, text, "bugey-sud")
    assert communes == BUGEY[:2] and resolved is None


def test_a_mainland_text_s_homonym_is_the_mainland_commune(tmp_path):
    # Saint-Claude is a commune of the Jura and of Guadeloupe
    text = "La CPTS du Bugey Sud (01) couvre la CC de la Plaine de l'Ain et la commune de Saint-Claude."
    communes, resolved = read(tmp_path, text, "bugey-sud")
    assert communes == ["39478"] and resolved["complete"] is True


@pytest.mark.parametrize("sentence", [
    "La CPTS du Bugey Sud couvre les trois communes d'Ambérieu-en-Bugey, Lagnieu et Meximieux.",
    "La CPTS du Bugey Sud couvre les 3 communes d'Ambérieu-en-Bugey, de Lagnieu et de Meximieux, soit 30 000 habitants.",
])
def test_the_counted_communes_of_a_list(tmp_path, sentence):
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "bugey-sud")
    assert not territory.get("areas")
    assert territory["resolved"] == {"insee": BUGEY, "complete": True, "count": 3}


def test_a_colon_after_a_bracket_of_communes_ends_the_item(tmp_path):
    # OCR often reads an item's closing ";" as ":"; the next item's "une partie" is not this area's
    text = ("La CPTS du Bugey Sud couvre :\n- Haut-Bugey Agglomération (Oyonnax, Nantua...) :\n"
            "- une partie de la CC de la Plaine de l'Ain (Ambérieu-en-Bugey, Lagnieu, Meximieux).")
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{text}\n", tmp_path), "bugey-sud")
    first, second = territory["areas"]
    assert (first["code"], first["extent"]) == ("200042935", "full")
    assert (second["code"], second["extent"]) == (PLAINE_DE_L_AIN, "partial")
