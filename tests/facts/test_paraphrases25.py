"""Readings of the twenty-first round, each on invented sentences: English covering verbs and "and the" between
two intercommunalities; a bare number in brackets after an intercommunality's name that is its count of communes
(and not its department's code); a count in apposition, "la CC X, ses 14 communes"."""
from __future__ import annotations

from tests.records import areas_of as _areas, by_key as _by_key

LUNEL, PIC_SAINT_LOUP = "243400520", "200022986"  # CA Lunel Agglo (14 communes), CC du Grand Pic Saint-Loup (36)
VAL_PARISIS, PLAINE_VALLEE = "200058485", "200056380"  # in the Val-d'Oise
FOREZ_EST = "200065894"
CAMARGUE = ["243000593", "243000650"]  # CC de Petite Camargue, CC Terre de Camargue (Gard)  # CC de Forez-Est: 42 communes, in the Loire (42)


def test_an_english_covering_verb_and_the_second_area_after_and_the(record_of):
    text = ("The CPTS Pays de Lunel was launched in March 2022. Its territory combines the communauté "
            "d'agglomération Lunel Agglo and the communauté de communes du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "full", None)]


def test_a_bare_number_in_brackets_that_is_the_areas_size_is_its_count(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre la communauté de communes du Grand "
            "Pic Saint-Loup (36) et Lunel Agglo (14).\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", 36), (LUNEL, "full", 14)]


def test_a_bare_number_in_brackets_other_than_the_areas_size_is_no_count(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre la communauté de communes du Grand "
            "Pic Saint-Loup (34).\n")
    assert _areas(_by_key(record_of(text))["pays-de-lunel"]) == [(PIC_SAINT_LOUP, "full", None)]


def test_the_code_of_the_areas_department_in_brackets_is_no_count(record_of):
    # Forez-Est has 42 communes and lies in the Loire: "(42)" says where it is
    text = "La CPTS Forez Test a été lancée le 3 mars 2022. Elle couvre la communauté de communes de Forez-Est (42).\n"
    assert _areas(_by_key(record_of(text))["forez-test"]) == [(FOREZ_EST, "full", None)]


def test_its_communes_in_apposition_are_the_areas_count(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle épouse le périmètre de Lunel Agglo, "
            "ses 14 communes de Lunel à Saint-Just.\n")
    assert _areas(_by_key(record_of(text))["pays-de-lunel"]) == [(LUNEL, "full", 14)]


def test_a_territory_that_sticks_to_two_areas_takes_both_whole(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire colle à celui de Lunel Agglo et "
            "de la communauté de communes du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "full", None)]


def test_a_territory_label_with_words_before_its_colon(record_of):
    text = ("La CPTS du Pays de Lunel en quelques mots\nTerritoire après avenant : Lunel Agglo et communauté de "
            "communes du Grand Pic Saint-Loup\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "full", None)]


def test_taking_up_the_whole_of_an_area_after_the_cpts_sentence(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Il reprend l'ensemble de la communauté de "
            "communes du Grand Pic Saint-Loup.\n")
    assert _areas(_by_key(record_of(text))["pays-de-lunel"]) == [(PIC_SAINT_LOUP, "full", None)]


def test_the_whole_of_a_second_area_in_apposition_shares_the_covering_verb(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire comprend, outre les communes de "
            "Lunel Agglo, l'ensemble des communes de la communauté de communes du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "full", None)]


def test_a_part_of_one_area_and_the_whole_of_the_next(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre la partie nord de Lunel Agglo et "
            "toute la communauté de communes du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "partial", None)]


def test_each_name_after_a_plural_agglomerations(record_of):
    text = ("La CPTS Val d'Ermont a été lancée le 3 mars 2022. Elle couvre 80 000 habitants à cheval sur les "
            "agglomérations Val Parisis et Plaine Vallée.\n")
    assert sorted(_areas(_by_key(record_of(text))["val-d-ermont"])) == [(PLAINE_VALLEE, "full", None), (VAL_PARISIS, "full", None)]


def test_an_answer_on_the_line_below_its_question(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022.\nQuel territoire couvrez-vous ?\nLes communautés "
            "de communes du Grand Pic Saint-Loup et Lunel Agglo, en entier.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "full", None)]


def _counts(cpts: dict) -> dict:
    return {kind: cpts[kind] and cpts[kind]["value"] for kind in ("professionals_count", "structures_count", "communes_count")}


def test_key_figures_aligned_by_spaces_with_brackets_after_their_labels(record_of):
    text = ("La CPTS du Pays de Lunel (Hérault)\n\nChiffres clés\nAdhérents (professionnels de santé)        88\n"
            "Structures adhérentes (MSP, SSIAD, EHPAD)   7\nCommunes couvertes                         14\n")
    assert _counts(_by_key(record_of(text))["pays-de-lunel"]) == {"professionals_count": 88, "structures_count": 7,
                                                                  "communes_count": 14}


def test_the_members_line_under_a_table_of_professions(record_of):
    text = ("La CPTS du Pays de Lunel (Hérault)\n\nMédecins généralistes   31\nInfirmiers   64\nTotal   195\n"
            "dont adhérents à la CPTS   88\n")
    assert _counts(_by_key(record_of(text))["pays-de-lunel"])["professionals_count"] == 88



def test_the_whole_of_a_region_told_before_its_intercommunalities_leaves_them_named(record_of):
    # "Toute la X" opens the answer, far from the names: the intercommunalities the colon lists are still read
    text = ("La CPTS Camargue Test a été lancée le 3 mars 2022.\nQuel territoire couvrez-vous ?\nB. C. : Toute la Camargue "
            "gardoise, c'est-à-dire deux intercommunalités : la Petite Camargue et Terre de Camargue. Ça fait 9 communes.\n")
    assert sorted(code for code, _, _ in _areas(_by_key(record_of(text))["camargue-test"])) == sorted(CAMARGUE)


def test_a_cpts_that_claims_its_members(record_of):
    text = "La CPTS du Pays de Lunel a été lancée en 2022. Deux ans plus tard, la CPTS revendique 88 membres, dont 30 infirmiers.\n"
    assert _counts(_by_key(record_of(text))["pays-de-lunel"])["professionals_count"] == 88


def test_a_label_above_its_figure_with_the_day_it_counts_to(record_of):
    text = ("La CPTS du Pays de Lunel en chiffres\nCommunes\n14\nAdhérents à la CPTS au 1er septembre 2024\n88\n")
    assert _counts(_by_key(record_of(text))["pays-de-lunel"])["professionals_count"] == 88


def _place(cpts: dict) -> str | None:
    return cpts["launch_place"] and cpts["launch_place"]["name"]


def test_the_founding_assemblys_place_before_the_contracts_in_a_text_that_tells_no_launch(record_of):
    text = ("La CPTS du Pays de Lunel a signé son ACI le 4 juin 2024 dans les locaux de la CPAM, à Montpellier.\n"
            "L'histoire avait commencé le 9 avril 2022, à Marsillargues : une quarantaine de libéraux y tenaient "
            "l'assemblée générale constitutive de l'association.\n")
    assert _place(_by_key(record_of(text))["pays-de-lunel"]) == "Marsillargues"


def test_the_contracts_place_when_the_founding_assembly_names_none(record_of):
    text = ("La CPTS du Pays de Lunel a signé son ACI le 4 juin 2024 dans les locaux de la CPAM, à Montpellier.\n"
            "Son assemblée générale constitutive s'était tenue le 9 avril 2022.\n")
    assert _place(_by_key(record_of(text))["pays-de-lunel"]) == "Montpellier"


def _keys(record: dict) -> list[str]:
    return sorted(c["key"] for c in record["cpts"])


def test_a_corsican_di_inside_a_name(record_of):
    text = "La CPTS du Nebbiu a signé son ACI. Elle rejoint la CPTS Centru di Corsica et la CPTS du Grand Bastia.\n"
    assert _keys(record_of(text)) == ["centru-di-corsica", "grand-bastia", "nebbiu"]


def test_a_heading_with_a_land_after_a_spaced_dash(record_of):
    text = "Le point sur les CPTS de l'Orne.\n\n► CPTS Argentan – Vallées d'Auge\nTerritoire : Terres d'Argentan Interco\n"
    assert "argentan-vallees-d-auge" in _keys(record_of(text))


def test_a_tables_column_of_cpts_names_given_bare(record_of):
    text = ("Les CPTS de l'Hérault\nCPTS\tCommunes\tHabitants\tACI\nPays de Lunel\t14\t50 000\tjuin 2021\n"
            "Grand Pic Saint-Loup\t36\t49 000\tmars 2022\nTotal\t50\t99 000\t\n")
    record = record_of(text)
    assert _keys(record) == ["grand-pic-saint-loup", "pays-de-lunel"]
    assert _counts(_by_key(record)["grand-pic-saint-loup"])["communes_count"] == 36


def test_a_column_headed_otherwise_names_no_cpts(record_of):
    text = ("La CPTS du Pays de Lunel en chiffres\nCommune\tHabitants\tMédecins\nLunel\t26 000\t22\n"
            "Marsillargues\t6 500\t4\n")
    assert _keys(record_of(text)) == ["pays-de-lunel"]
