"""Invented sentences in the wordings of ARS and town pages, regional dailies and CPTS sites: a rank before the
pronoun that states the perimeter ("Troisième CPTS du département, elle couvre ..."), the total of the areas in
brackets ("(soit 103 communes)"), the two ends of counted communes without a comma, a byline's reading time, the
people's age said as a fraction, a class of towns by size, a signature hoped for, and a figure of the CPTS the
sentence opens on, unnamed, before a neighbour is named."""
from __future__ import annotations

import pytest

K = "val-fleuri"


def _cpts(record: dict, key: str = K) -> dict:
    return {c["key"]: c for c in record["cpts"]}[key]


def _communes(record: dict, key: str = K) -> set[str]:
    return {c["name"] for c in _cpts(record, key)["territory"]["communes"]}


def _value(record: dict, field: str, key: str = K):
    found = _cpts(record, key)[field]
    return found and found["value"]


# --- territory -----------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Troisième CPTS du département, elle", "Troisième du département, elle", "Elle"])
def test_a_rank_before_the_pronoun_leaves_the_perimeter_to_the_cpts(record_of, opening):
    record = record_of("La CPTS du Val Fleuri a signé son ACI le 4 mars 2024 à Roye. "
                       f"{opening} couvre les communautés de communes du Grand Roye et de l'Est de la Somme "
                       "(soit 103 communes), pour environ 45 000 habitants.")
    territory = _cpts(record)["territory"]
    assert {a["code"] for a in territory["areas"]} == {"200070977", "200070985"}
    assert _value(record, "communes_count") == 103  # the total of the two areas, in brackets


def test_a_count_in_brackets_after_one_area_is_still_the_cpts_s(record_of):
    record = record_of("La CPTS du Val Fleuri couvre la communauté de communes du Grand Roye (soit 62 communes).")
    assert _value(record, "communes_count") == 62


def test_the_two_ends_of_counted_communes_without_a_comma(record_of):
    record = record_of("La CPTS du Val Fleuri fédère les soignants de quinze communes de Pertuis à Cucuron, "
                       "en passant par Ansouis ou La Tour-d'Aigues.")
    assert {"Pertuis", "Cucuron", "Ansouis", "La Tour-d'Aigues"} <= _communes(record)


# --- the page's date -----------------------------------------------------------------------------

@pytest.mark.parametrize("byline", [
    "Par Jeanne MARTIN - 3 févr. 2024 à 06:00 - Temps de lecture : 3 min",
    "Par Jeanne Martin - 3 février 2024 - Lecture : 3 min",
])
def test_a_byline_with_its_reading_time(record_of, byline):
    record = record_of(f"Rocheval : la CPTS cherche un coordinateur\n\n{byline}\n\n"
                       "La CPTS du Val Fleuri a été lancée en 2019 à Rocheval.")
    assert record["document"]["published"]["value"] == "2024-02-03"


# --- coverage and figures ------------------------------------------------------------------------

def test_the_people_s_age_as_a_fraction_is_no_coverage(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI.\n\n« Dans un département où un habitant sur quatre a "
                       "plus de 75 ans, l'organisation des soins de proximité est un enjeu majeur », explique la "
                       "vice-présidente du conseil départemental.\n\nAvec la CPTS du Morvan, la Nièvre est désormais "
                       "intégralement couverte par cinq CPTS.")
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == [("58", 100)]


def test_a_fraction_of_the_people_covered_is_still_coverage(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI. Dans la Nièvre, trois habitants sur quatre vivent "
                       "désormais sur le territoire d'une CPTS.")
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == [("58", 75)]


def test_a_class_of_towns_by_size_is_not_the_population(record_of):
    record = record_of("La CPTS du Val Fleuri réunit 40 communes et près de 38 000 habitants ; autour de la ville-centre, "
                       "la population se répartit entre des villages de 500 à 1 500 habitants.")
    assert _value(record, "population") == 38000


def test_a_signature_hoped_for_is_not_dated(record_of):
    record = record_of("La CPTS du Val Fleuri a été créée en mars 2023, pour une signature de l'ACI espérée fin 2025.")
    dates = _cpts(record)["dates"]
    assert dates["aci_signature"] is None
    assert dates["launch"]["value"] == "2023-03"


def test_a_signature_done_is_still_dated(record_of):
    record = record_of("La CPTS du Val Fleuri a été créée en mars 2023 et a signé son ACI en juin 2024 à Rocheval.")
    assert _cpts(record)["dates"]["aci_signature"]["value"] == "2024-06"


def test_a_figure_of_the_unnamed_cpts_the_sentence_opens_on(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée jeudi soir à Rocheval. La CPTS compte déjà 87 adhérents et "
                       "entend travailler avec sa voisine, la CPTS du Pays Fort.")
    assert _value(record, "professionals_count") == 87
    assert _value(record, "professionals_count", "pays-fort") is None


def test_a_neighbour_named_as_the_subject_keeps_its_figure(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée jeudi soir à Rocheval. La CPTS du Pays Fort compte déjà "
                       "87 adhérents.")
    assert _value(record, "professionals_count", "pays-fort") == 87


def test_a_table_flattened_one_cell_a_line_lists_its_communes(record_of):
    rows = [("Cadenet", "4 363"), ("Cucuron", "1 885"), ("Grambois", "1 234"), ("Ansouis", "1 064"),
            ("Cabrières-d'Aigues", "946")]
    table = "".join(f"{name}\nSud-Luberon et Aigues\n{people}\n" for name, people in rows)
    record = record_of("La CPTS du Val Fleuri couvre cinq communes du sud du Vaucluse.\n\n"
                       f"Population par commune (Insee)\n\nCommune\nIntercommunalité\nHabitants\n{table}TOTAL\n9 492\n")
    assert _communes(record) == {name for name, _ in rows}  # not "Aigues", part of the repeated column's value


def test_a_rank_after_which_other_cpts_are_named_is_the_subject_s(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI le 4 mars 2024. C'est la quatrième CPTS du Cher, après la "
                       "CPTS du Pays Fort, celle du Sancerrois et celle de Vierzon.")
    assert _value(record, "rank_in_department") == 4
    assert _value(record, "rank_in_department", "pays-fort") is None


def test_a_rank_said_of_a_named_cpts_stays_its_own(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI. La CPTS du Pays Fort est la quatrième CPTS du Cher.")
    assert _value(record, "rank_in_department", "pays-fort") == 4


def test_an_area_s_acronym_is_no_commune(record_of):
    record = record_of("La CPTS du Val Fleuri couvre la communauté de communes de Commercy - Void - Vaucouleurs (CCCVV). "
                       "Vous exercez sur l'une des communes de la CCCVV ? Rejoignez-nous !")
    assert _communes(record) == set()
    assert [a["code"] for a in _cpts(record)["territory"]["areas"]] == ["200066157"]


def test_a_negation_in_the_next_paragraph_leaves_the_list_in_the_territory(record_of):
    record = record_of("La CPTS du Val Fleuri rassemble les professionnels de l'est ornais.\n\n"
                       "Secteur sud (8 communes)\nRéférent : Dr Paul Morel, médecin généraliste\n"
                       "MOULINS-LA-MARCHE, CRULAI, IRAI, LES ASPRES, AUGUAISE, BEAUFAI, BONNEFOI, BONSMOULINS\n\n"
                       "Vous ne trouvez pas votre commune ? Elle relève sans doute d'une CPTS voisine.")
    assert len(_communes(record)) == 8


def test_a_negation_right_after_the_list_still_puts_it_outside(record_of):
    record = record_of("La CPTS du Val Fleuri rassemble les professionnels de l'est ornais. Les communes de Crulai, Irai, "
                       "Auguaise et Beaufai ne font pas partie de son territoire.")
    assert _communes(record) == set()


def _people(record: dict) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


def test_a_verb_after_a_land_noun_ends_the_name(record_of):
    record = record_of("La CPTS du Val fédère les soignants libéraux de six communes du canton.")
    assert [c["name"] for c in record["cpts"]] == ["CPTS du Val"]


def test_a_land_s_rare_adjective_still_goes_on_with_the_name(record_of):
    record = record_of("La CPTS du Pays bigouden a signé son ACI le 3 mai 2024.")
    assert [c["name"] for c in record["cpts"]] == ["CPTS du Pays bigouden"]


def test_the_letter_of_intent_s_validation_does_not_date_the_health_project(record_of):
    record = record_of("La CPTS du Val Fleuri a été créée en 2022. La lettre d'intention avait été validée par l'ARS en "
                       "novembre 2023, ce qui a permis de lancer la rédaction du projet de santé.")
    dates = _cpts(record)["dates"]
    assert dates["letter_of_intent"]["value"] == "2023-11" and dates["health_project"] is None


def test_a_timeline_s_project_validated_after_the_statutes_line_is_dated(record_of):
    record = record_of("La CPTS du Val Fleuri\n\nNotre histoire\n\n2020 : création de l'association et adoption des statuts\n"
                       "Juin 2021 : validation du projet de santé par l'ARS\n")
    assert _cpts(record)["dates"]["health_project"]["value"] == "2021-06"


def test_members_counted_after_the_whole_they_belong_to(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI. Sur les 102 professionnels de santé libéraux installés sur "
                       "ce territoire, 67 ont d'ores et déjà adhéré.")
    assert _value(record, "professionals_count") == 67


def test_some_towns_of_an_agglomeration_are_a_part_of_it(record_of):
    record = record_of("La CPTS du Val Fleuri fédère les soignants libéraux de six villes de l'agglomération Plaine Vallée.")
    [area] = _cpts(record)["territory"]["areas"]
    assert (area["code"], area["extent"]) == ("200056380", "partial")


def test_the_ends_of_a_territory_after_its_areas_leave_them_whole(record_of):
    record = record_of("La CPTS du Val Fleuri couvre les 32 communes des communautés de communes du Pays de Lure et de "
                       "Rahin et Chérimont, de Lure à Plancher-les-Mines en passant par Ronchamp.")
    areas = _cpts(record)["territory"]["areas"]
    assert {(a["code"], a["extent"]) for a in areas} == {("247000664", "full"), ("247000821", "full")}


@pytest.mark.parametrize("sentence", [
    "« Nous avançons », s'amuse le Dr Jean-Pierre Morel, médecin généraliste à Rocheval, réélu à la présidence pour deux ans.",
    "Le Dr Jean-Pierre Morel, médecin généraliste à Rocheval, a été réélu à la présidence pour deux ans.",
])
def test_an_office_re_elected_for_a_term(record_of, sentence):
    record = record_of(f"La CPTS du Val Fleuri tenait son assemblée générale jeudi. {sentence}")
    assert _people(record) == {("Jean-Pierre Morel", "président")}


def test_an_office_of_another_body_is_not_the_cpts_s(record_of):
    record = record_of("La CPTS du Val Fleuri tenait son assemblée générale jeudi. Le maire, Jean-Pierre Morel, a été réélu "
                       "à la présidence de la communauté de communes pour deux ans.")
    assert _people(record) == set()


@pytest.mark.parametrize("text, count", [
    ("La CPTS du Val Fleuri couvre la communauté de communes Roussillon Conflent, auxquels s'ajoutent trois communes de la "
     "plaine : Ille-sur-Têt, Bouleternère et Rodès. Au total, le territoire réunit 97 communes.", 97),
    ("La CPTS du Val Fleuri couvre la communauté de communes de la Lomagne Gersoise, à l'exception de trois communes du "
     "nord-ouest. Soit 42 communes.", 42),
    ("La CPTS du Val Fleuri correspond à la communauté d'agglomération Ventoux-Comtat Venaissin et à ses 25 communes, "
     "auxquelles s'ajoute Pernes-les-Fontaines, soit 26 communes.", 26),
])
def test_communes_added_or_taken_out_are_not_the_total(record_of, text, count):
    assert _value(record_of(text), "communes_count") == count


@pytest.mark.parametrize("aside", [
    "À Rocheval, qui compte un peu plus de 26 000 habitants, la convention concerne le CCAS.",
    "Le chef-lieu reste le point noir, avec ses 155 000 habitants.",
    "Vierzon, un peu plus de 25 000 habitants, affiche le plus faible nombre de médecins.",
])
def test_a_town_s_population_does_not_beat_the_territory_s(record_of, aside):
    record = record_of(f"La CPTS du Val Fleuri a signé son ACI. Son territoire compte près de 95 000 habitants. {aside}")
    assert _value(record, "population") == 95000


def test_a_little_more_than_is_more_than(record_of):
    population = _cpts(record_of("La CPTS du Val Fleuri couvre un peu plus de 40 000 habitants."))["population"]
    assert (population["value"], population["qualifier"], population["evidence"]["quote"]) == (
        40000, "more_than", "un peu plus de 40 000 habitants")


def test_a_rank_after_two_cpts_named_by_a_pronoun_each(record_of):
    record = record_of("Lundi 3 juin, les professionnels ont adopté les statuts de la CPTS du Val Fleuri à Saint-Florent.\n\n"
                       "Troisième CPTS de Haute-Corse, après celle de Balagne et celle du Grand Bastia, la nouvelle "
                       "association couvre un territoire de 33 communes et 14 500 habitants.")
    roles = {c["key"]: c["role"] for c in record["cpts"]}
    assert roles == {"val-fleuri": "subject", "balagne": "mentioned", "grand-bastia": "mentioned"}
    assert _value(record, "rank_in_department") == 3
    assert (_value(record, "communes_count"), _value(record, "population")) == (33, 14500)
    assert _value(record, "population", "grand-bastia") is None


def test_figures_in_brackets_after_several_areas_are_the_cpts_s(record_of):
    record = record_of("La CPTS du Val Fleuri couvre les communautés de communes de la Thiérache du Centre, Thiérache Sambre "
                       "et Oise et des Portes de la Thiérache (134 communes, environ 48 500 habitants).")
    assert (_value(record, "communes_count"), _value(record, "population")) == (134, 48500)
    assert len(_cpts(record)["territory"]["areas"]) == 3


def test_a_town_s_figures_in_brackets_stay_the_town_s(record_of):
    record = record_of("La CPTS du Val Fleuri couvre les communautés de communes du Grand Roye et de l'Est de la Somme. "
                       "Elle a son siège à Roye (6 000 habitants).")
    assert _value(record, "population") is None


@pytest.mark.parametrize("text, population", [
    ("The CPTS du Val Fleuri covers 50 municipalities and about 29,400 residents.", 29400),
    ("The CPTS du Val Fleuri covers Grand-Bourg, Capesterre-de-Marie-Galante and Saint-Louis, roughly 11,000 residents in all.",
     11000),
])
def test_residents_of_the_territory_are_its_population(record_of, text, population):
    assert _value(record_of(text), "population") == population


def test_residents_of_a_care_home_are_not(record_of):
    assert _value(record_of("La CPTS du Val Fleuri couvre 12 communes. L'EHPAD de Rocheval accueille 80 résidents."),
                  "population") is None
