"""Perimeter wordings of the genre (pipeline.territory.parser, statements, perimeter): counted
lists in brackets, "dont" lists, "&", and the verbs that say where a CPTS acts. The CPTS and
sentences are invented; towns come from the gazetteer.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from perimeter import record_of, territory_of


def read(tmp_path, sentence: str, key: str) -> tuple[list[str], dict | None]:
    """The territory communes (INSEE codes) and the resolved perimeter of CPTS `key`."""
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), key)
    return [c["insee"] for c in territory.get("communes", [])], territory.get("resolved")


@pytest.mark.parametrize("sentence, complete", [
    ("La CPTS du Val Fleuri couvre 12 communes (Dijon, Chenôve) et 33 000 habitants.", False),
    ("La CPTS du Val Fleuri couvre 2 communes (Dijon, Chenôve).", True),
    ("La CPTS du Val Fleuri couvre 12 communes (dont Dijon et Chenôve).", False),
    ("La CPTS du Val Fleuri couvre 12 communes, dont Dijon et Chenôve.", False),
])
def test_the_communes_named_beside_a_count_are_the_territory_s(tmp_path, sentence, complete):
    communes, resolved = read(tmp_path, sentence, "val-fleuri")
    assert communes == ["21231", "21166"]
    assert resolved["insee"] == ["21166", "21231"] and resolved["complete"] is complete


@pytest.mark.parametrize("sentence", [
    "La CPTS des Coteaux intervient sur Beaune, Meursault & Pommard.",
    "La CPTS des Coteaux agit sur Beaune, Meursault et Pommard.",
    "La CPTS des Coteaux est implantée sur Beaune, Meursault et Pommard.",
    "La CPTS des Coteaux rayonne sur Beaune, Meursault et Pommard.",
    "La CPTS des Coteaux œuvre sur Beaune, Meursault et Pommard.",
])
def test_where_a_cpts_acts_is_its_perimeter(tmp_path, sentence):
    communes, resolved = read(tmp_path, sentence, "coteaux")
    assert communes == ["21054", "21412", "21492"]
    assert resolved["insee"] == ["21054", "21412", "21492"]


def test_the_towns_a_territory_lies_around_are_its_communes_but_not_its_perimeter(tmp_path):
    communes, resolved = read(tmp_path, "La CPTS des Coteaux s'organise autour de Beaune, Nuits-Saint-Georges et Meursault.",
                              "coteaux")
    assert communes == ["21054", "21464", "21412"]
    assert resolved is None


def test_a_cpts_set_up_in_one_town_has_no_perimeter(tmp_path):
    communes, resolved = read(tmp_path, "La CPTS des Coteaux est implantée à Beaune.", "coteaux")
    assert resolved is None


@pytest.mark.parametrize("members", [": Annecy et Argonay", "(Annecy et Argonay)"])
def test_a_count_of_communes_after_et_opens_a_part_of_another_area(tmp_path, members):
    text = ("Le 12 mars 2024.\n\nLa CPTS des Lacs couvre le territoire de la communauté de communes du Haut Chablais "
            f"et 2 communes de la CA du Grand Annecy {members}.\n")
    areas = territory_of(record_of(text, tmp_path), "lacs")["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [("247400682", "full"), ("200066793", "partial")]
    assert [c["insee"] for c in areas[1]["listed"]] == ["74010", "74019"]


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS des Coteaux couvre le secteur de Beaune.", ["21054"]),
    ("La CPTS des Coteaux couvre le bassin de vie de Beaune.", ["21054"]),
    ("La CPTS des Coteaux intervient sur les secteurs de Beaune et de Nolay.", ["21054", "21461"]),
    ("La CPTS des Coteaux couvre les cantons de Beaune, de Nolay et de Seurre.", ["21054", "21461", "21607"]),
])
def test_the_towns_a_sector_is_named_after_are_territory_communes_without_perimeter(tmp_path, sentence, expected):
    communes, resolved = read(tmp_path, sentence, "coteaux")
    assert communes == expected
    assert resolved is None


def test_an_intercommunality_named_without_its_type_word_after_a_covering_verb(tmp_path):
    text = "Le 12 mars 2024.\n\nLa CPTS Lac et Montagne (74) couvre le Grand Annecy et le Haut Chablais.\n"
    areas = territory_of(record_of(text, tmp_path), "lac-et-montagne")["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [("200066793", "full"), ("247400682", "full")]


def test_a_natural_region_after_a_covering_verb_is_no_intercommunality(tmp_path):
    text = "Le 12 mars 2024.\n\nLa CPTS Lac et Montagne (74) couvre le Chablais.\n"
    assert not territory_of(record_of(text, tmp_path), "lac-et-montagne").get("areas")


def _areas_and_loose(tmp_path, sentence: str, key: str) -> tuple[list[tuple], list[str]]:
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), key)
    areas = [(a["code"], [c["insee"] for c in a.get("except", [])]) for a in territory.get("areas", [])]
    return areas, [c["insee"] for c in territory.get("communes", [])]


def test_the_preposition_said_again_stays_in_an_exception_list(tmp_path):
    areas, communes = _areas_and_loose(
        tmp_path, "La CPTS du Pic Vert couvre l'ensemble de la communauté de communes du Haut Chablais, "
                  "à l'exception des communes de Bellevaux et de Lullin.", "pic-vert")
    assert areas == [("247400682", ["74032", "74155"])]
    assert communes == []


@pytest.mark.parametrize("sentence", [
    "La CPTS du Pic Vert couvre la CC du Haut Chablais et Annecy.",
    "La CPTS du Pic Vert couvre la CC du Haut Chablais, plus Annecy.",
])
def test_a_commune_after_a_whole_intercommunality_s_name_is_a_commune_of_its_own(tmp_path, sentence):
    areas, communes = _areas_and_loose(tmp_path, sentence, "pic-vert")
    assert areas == [("247400682", [])]
    assert communes == ["74010"]


def test_a_name_with_et_inside_stays_one_intercommunality(tmp_path):
    areas, communes = _areas_and_loose(tmp_path, "La CPTS du Pic Vert couvre la communauté de communes Norge et Tille.",
                                       "pic-vert")
    assert areas == [("200069540", [])]


def test_an_example_word_before_les_communes_de_keeps_them_communes(tmp_path):
    territory = territory_of(record_of("Le 12 mars 2024.\n\nLa CPTS des Coteaux couvre notamment les communes de "
                                       "Beaune et Meursault.\n", tmp_path), "coteaux")
    assert not territory.get("areas")
    assert territory["resolved"] == {"insee": ["21054", "21412"], "complete": False, "count": 2}


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS des Coteaux s'étend de Beaune à Nolay.", ["21054", "21461"]),  # both names in two departments
    ("La CPTS des Coteaux couvre un territoire allant de Beaune à Nolay, en passant par Meursault et Pommard.",
     ["21054", "21461", "21412", "21492"]),
    # towns beyond the ends, one with its department after it
    ("Implantée sur un territoire de Côte-d'Or allant de Beaune à Nolay, et jusqu'à Chagny ou Demigny en Saône-et-Loire, la CPTS "
     "des Coteaux soutient les soignants.", ["21054", "21461", "71073", "71170"]),
    ("The CPTS des Coteaux stretches from Beaune to Nolay and as far as Meursault.", ["21054", "21461", "21412"]),
    # a word after "jusqu'à" that names no town ends the list
    ("La CPTS des Coteaux s'étend de Beaune à Nolay, et jusqu'à la limite du département.", ["21054", "21461"]),
])
def test_the_towns_a_territory_stretches_between_and_through(tmp_path, sentence, expected):
    communes, resolved = read(tmp_path, sentence, "coteaux")
    assert communes == expected and resolved is None


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS des Coteaux couvre Beaune, Meursault et 12 communes voisines.", ["21054", "21412"]),
    ("Le territoire de la CPTS des Coteaux comprend les villes de Beaune et Nolay et 20 villages alentour.",
     ["21054", "21461"]),
])
def test_named_towns_and_a_number_of_villages_around_them(tmp_path, sentence, expected):
    communes, resolved = read(tmp_path, sentence, "coteaux")
    assert communes == expected
    assert resolved["insee"] == sorted(expected) and resolved["complete"] is False


@pytest.mark.parametrize("sentence, extent, part", [
    ("La CPTS Lac Bleu couvre la CA du Grand Annecy (partie nord).", "partial", "north"),
    ("La CPTS Lac Bleu couvre la CA du Grand Annecy (en partie).", "partial", None),
    ("La CPTS Lac Bleu couvre la CA du Grand Annecy (34 communes).", "full", None),
])
def test_how_much_of_an_area_said_in_brackets(tmp_path, sentence, extent, part):
    [area] = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "lac-bleu")["areas"]
    assert (area["code"], area["extent"], area.get("part")) == ("200066793", extent, part)


def test_an_acronym_with_the_full_name_in_brackets_is_one_intercommunality(tmp_path):
    areas, communes = _areas_and_loose(
        tmp_path, "La CPTS Sud Lac couvre la CCSLA (communauté de communes des Sources du Lac d'Annecy) et Annecy.",
        "sud-lac")
    assert areas == [("247400773", [])]
    assert communes == ["74010"]


def test_an_intercommunality_in_an_earlier_clause_does_not_join_the_communes_covered(tmp_path):
    communes, resolved = read(tmp_path, "Issue du contrat local de santé de la CC du Haut Chablais, la CPTS Sud Lac "
                                        "couvre Annecy et Argonay.", "sud-lac")
    assert communes == ["74010", "74019"]


def test_a_list_after_a_cpts_named_after_a_pays_with_a_comma_before_et(tmp_path):
    communes, resolved = read(tmp_path, "La CPTS du Pays de Retz couvre Pornic, Saint-Brevin-les-Pins, Paimbœuf, et Chauvé.",
                              "pays-de-retz")
    assert communes == ["44131", "44154", "44116", "44038"]
    assert resolved["insee"] == ["44038", "44116", "44131", "44154"]


def test_an_intercommunality_named_alone_is_linked_in_the_department_the_cpts_name_gives(tmp_path):
    text = "Le 12 mars 2024.\n\nLa CPTS du Voironnais couvre le Pays Voironnais (CAPV).\n"
    areas = territory_of(record_of(text, tmp_path), "voironnais")["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [("243800984", "full")]


def test_an_intercommunality_typed_in_lower_case_after_its_name(tmp_path):
    text = "Le 12 mars 2024.\n\nLa CPTS Valence Santé couvre Valence Romans agglo.\n"
    areas = territory_of(record_of(text, tmp_path), "valence-sante")["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [("200068781", "full")]


@pytest.mark.parametrize("sentence", [
    "Les communes concernées par la CPTS des Alpes Vertes sont Annecy, Argonay et Thônes.",
    "La CPTS des Alpes Vertes couvre 20 000 habitants répartis sur Annecy, Argonay et Thônes.",
])
def test_the_first_name_of_a_list_ending_a_phrase(tmp_path, sentence):
    communes, resolved = read(tmp_path, sentence, "alpes-vertes")
    assert communes == ["74010", "74019", "74280"]
    assert resolved["insee"] == ["74010", "74019", "74280"]


def test_a_town_after_an_intercommunality(tmp_path):
    areas, communes = _areas_and_loose(
        tmp_path, "La CPTS des Alpes Vertes couvre les 15 communes de la CC du Haut Chablais et la ville d'Annecy.",
        "alpes-vertes")
    assert areas == [("247400682", [])] and communes == ["74010"]


def test_counts_of_communes_with_an_adjective_and_their_names_in_brackets(tmp_path):
    communes, resolved = read(tmp_path, "La CPTS des Alpes Vertes regroupe 3 communes savoyardes (Chambéry, Aix-les-Bains "
                                        "et La Motte-Servolex) et 2 communes haut-savoyardes (Annecy et Argonay).",
                              "alpes-vertes")
    assert sorted(communes) == ["73008", "73065", "73179", "74010", "74019"]


def test_where_the_professionals_work_gives_communes_but_no_perimeter(tmp_path):
    communes, resolved = read(tmp_path, "La CPTS du Lac Bleu regroupe des médecins, infirmiers et pharmaciens exerçant "
                                        "à Annecy, Thônes et Faverges.", "lac-bleu")
    assert communes == ["74010", "74280", "74123"]
    assert resolved is None


@pytest.mark.parametrize("sentence", [
    "La CPTS du Lac Bleu couvre une partie de la ville d'Annecy (quartiers Nord).",
    "La CPTS du Lac Bleu couvre une partie d'Annecy.",
    "La CPTS du Lac Bleu couvre Annecy (quartiers nord et est).",
])
def test_part_of_a_town_is_an_incomplete_perimeter(tmp_path, sentence):
    record = record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path)
    territory = territory_of(record, "lac-bleu")
    assert [c["insee"] for c in territory["communes"]] == ["74010"]
    assert territory["resolved"] == {"insee": ["74010"], "complete": False, "count": 1}
    assert record["cpts"][0]["departments"] == ["74"]  # "quartiers Nord" is no department


@pytest.mark.parametrize("sentence", [
    "La CPTS Cœur de Savoie couvre la quasi-totalité de la communauté de communes Cœur de Savoie.",
    "La CPTS Cœur de Savoie couvre la presque totalité de la CC Cœur de Savoie.",
])
def test_nearly_all_of_an_area_is_a_part_of_it(tmp_path, sentence):
    [area] = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "coeur-de-savoie")["areas"]
    assert (area["code"], area["extent"]) == ("200041010", "partial")


def test_lines_of_intercommunalities_each_with_the_communes_it_lends(tmp_path):
    text = ("Le 12 mars 2024.\n\nLa CPTS des Aravis couvre les communes suivantes :\n"
            "CC des Vallées de Thônes : Thônes, Les Villards-sur-Thônes, La Clusaz\n"
            "CC des Sources du Lac d'Annecy : Doussard, Giez\n\nElle compte 90 professionnels.\n")
    territory = territory_of(record_of(text, tmp_path), "aravis")
    assert [(a["code"], a["extent"], len(a["listed"])) for a in territory["areas"]] == [
        ("247400617", "partial", 3), ("247400773", "partial", 2)]
    assert territory["resolved"]["insee"] == ["74080", "74104", "74135", "74280", "74302"]


@pytest.mark.parametrize("second", ["la seconde la CC du Genevois", "la seconde couvre la CC du Genevois"])
def test_two_communities_taken_up_by_their_rank(tmp_path, second):
    text = ("Le 12 mars 2024.\n\nLa CPTS du Chablais et la CPTS du Genevois ont signé l'ACI. "
            f"La première couvre la CC du Haut Chablais, {second}.\n")
    record = record_of(text, tmp_path)
    assert [a["code"] for a in territory_of(record, "chablais")["areas"]] == ["247400682"]
    assert [a["code"] for a in territory_of(record, "genevois")["areas"]] == ["247400690"]



def test_an_area_s_bracket_left_open_by_a_lost_line_still_names_its_communes(tmp_path):
    """The OCR sample with the line that closed an area's bracket lost, as a phone picture loses it."""
    sample = (Path(__file__).parents[2] / "corpus" / "inbox" / "002_c8d313cca9ef4393.txt").read_text(encoding="utf-8")
    closing = "Clénay, Couternon, Flacey, Norges-la-Ville, Orgeux, Ruffey-les-Echirey, Saint-Julien, Flacey) ;\n"
    assert closing in sample
    territory = territory_of(record_of(sample.replace(closing, ""), tmp_path), "centre-21")
    names = {c["name"] for c in territory["communes"]}
    assert {"Asnières-lès-Dijon", "Bellefond", "Brognon", "Brochon", "Fixin"} <= names
    assert "Couternon" not in names
