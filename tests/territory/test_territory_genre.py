"""Where the name of a CPTS places it (pipeline.territory.departments): a town's people's name
("CPTS du Saumurois"). The CPTS and sentences are invented; towns come from the gazetteer.
"""
from __future__ import annotations

import pytest

from perimeter import record_of, territory_of


def departments_of(tmp_path, text: str) -> dict[str, list[str]]:
    return {c["key"]: c["departments"] for c in record_of(text, tmp_path)["cpts"]}


@pytest.mark.parametrize("name, expected", [
    ("CPTS du Libournais", ["33"]),  # Libourne
    ("CPTS du Pays Saumurois", ["49"]),  # Saumur
    ("CPTS du Grand Lyonnais", ["69"]),  # Lyon, the doubled consonant single
    ("CPTS du Marais", []),  # a word, not a town's people
])
def test_a_town_in_the_name_of_a_cpts_places_it(tmp_path, name, expected):
    text = f"Le 12 mars 2024.\n\nLa {name} a signé son accord conventionnel avec l'Assurance Maladie.\n"
    assert list(departments_of(tmp_path, text).values())[0] == expected


@pytest.mark.parametrize("sentence", [
    "La CPTS du Val de Brume s'étend à l'est de la Mayenne, à la limite des départements de la Sarthe et de l'Orne.",
    "La CPTS du Val de Brume couvre 40 communes de la Mayenne, aux portes de la Sarthe.",
])
def test_a_department_beside_the_territory_is_not_its_own(tmp_path, sentence):
    text = f"Le 12 mars 2024.\n\n{sentence}\n"
    assert departments_of(tmp_path, text)["val-de-brume"] == ["53"]


def test_some_communes_in_another_department_place_the_cpts_there_too(tmp_path):
    text = ("Le 12 mars 2024.\n\nLa CPTS du Val de Brume s'étend à l'est de la Mayenne, aux portes de la Sarthe. "
            "Son territoire recouvre 60 communes, dont 4 dans la Sarthe.\n")
    assert departments_of(tmp_path, text)["val-de-brume"] == ["53", "72"]


def test_an_intercommunality_across_a_border_places_the_cpts_where_most_of_it_lies(tmp_path):
    # the CC du Pays Sabolien has one commune of its seventeen in the Mayenne, the first by code
    text = "Le 12 mars 2024.\n\nLa CPTS du Val de Brume intervient sur la communauté de communes du Pays Sabolien.\n"
    assert departments_of(tmp_path, text)["val-de-brume"] == ["72"]


def test_part_of_an_intercommunality_places_the_cpts_in_its_department(tmp_path):
    text = ("Le 12 mars 2024.\n\nLa CPTS du Val de Brume s'étend sur 12 communes de la communauté de communes "
            "du Pays Sabolien.\n")
    assert departments_of(tmp_path, text)["val-de-brume"] == ["72"]


SABOLIEN = ["72151", "72244", "72264", "72336", "72378"]  # Juigné, Précigné, Sablé, Solesmes, Vion


@pytest.mark.parametrize("sentence", [
    "Elle dessert Sablé-sur-Sarthe, Solesmes, Juigné-sur-Sarthe, Vion et Précigné.",
    "Elle concerne les habitants de Sablé-sur-Sarthe, Solesmes, Juigné-sur-Sarthe, Vion et Précigné.",
    "Elle couvre Sablé-sur-Sarthe, Solesmes, Juigné-sur-Sarthe, Vion et Précigné.",  # Solesmes: also in the Nord
])
def test_communes_a_covering_verb_names_make_the_perimeter(tmp_path, sentence):
    text = f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume a été créée en 2021. {sentence}\n"
    resolved = territory_of(record_of(text, tmp_path), "val-de-brume")["resolved"]
    assert resolved == {"insee": SABOLIEN, "complete": True, "count": 5}


def test_a_department_after_a_point_of_the_compass_and_a_hyphen(tmp_path):
    text = "Le 12 mars 2024.\n\nLa CPTS du Val de Brume a été créée en 2021 dans le sud-Sarthe.\n"
    assert departments_of(tmp_path, text)["val-de-brume"] == ["72"]


@pytest.mark.parametrize("sentence", [
    "La CPTS du Val de Brume, à cheval sur la Sarthe et la Mayenne, a signé son ACI.",
    "La CPTS du Val de Brume a signé son ACI. Elle s'étend sur deux départements, la Sarthe et la Mayenne.",
    "La CPTS du Val de Brume a signé son ACI. Elle couvre une partie du sud de la Mayenne et du nord de la Sarthe.",
])
def test_a_territory_over_two_departments(tmp_path, sentence):
    assert departments_of(tmp_path, f"Le 12 mars 2024.\n\n{sentence}\n")["val-de-brume"] == ["53", "72"]


@pytest.mark.parametrize("sentence", ["Sablé-sur-Sarthe est couverte depuis 2023 par la CPTS du Val de Brume.",
                                      "Depuis 2023, Sablé-sur-Sarthe est couverte par la CPTS du Val de Brume."])
def test_a_commune_covered_by_a_cpts_is_in_its_territory(tmp_path, sentence):
    territory = territory_of(record_of(f"Le 12 mars 2024.\n\n{sentence}\n", tmp_path), "val-de-brume")
    assert [c["insee"] for c in territory["communes"]] == ["72264"]
    assert not territory["resolved"]


@pytest.mark.parametrize("sentence, expected", [
    # the professionals of a CPTS are where it lies
    ("La CPTS du Val de Brume regroupe des professionnels de santé de la Haute-Savoie et de l'Ain.", ["01", "74"]),
    # a department joined to one named after a body is the body's too
    ("Les CPAM de la Savoie et de l'Ain ont signé avec la CPTS du Val de Brume (74), qui couvre 40 communes.", ["74"]),
    # "dont 3 dans la Loire" counts other communities, not communes of this one
    ("La CPTS du Val de Brume (74) a signé l'ACI, comme 12 autres CPTS de la région, dont 3 dans la Loire.", ["74"]),
    # a neighbouring department, said after its name
    ("La CPTS du Val de Brume (89) regroupe aussi des professionnels de santé de la Nièvre voisine.", ["89"]),
    # a department heading the text is no institution's
    ("Haute-Savoie : la CPTS du Val de Brume couvre 40 communes et 30 000 habitants.", ["74"]),
])
def test_where_the_sentence_places_a_department(tmp_path, sentence, expected):
    text = f"Le 12 mars 2024.\n\n{sentence}\n"
    assert departments_of(tmp_path, text)["val-de-brume"] == expected


@pytest.mark.parametrize("sentence", [
    "La CPTS du Val Doux a signé son ACI. Ses professionnels exercent le long de la Loire, entre Blois et Amboise.",
    "La CPTS du Val Doux a signé son ACI. Ses professionnels exercent sur les bords de la Loire.",
])
def test_a_river_a_cpts_works_along_places_no_cpts(tmp_path, sentence):
    assert departments_of(tmp_path, f"Le 12 mars 2024.\n\n{sentence}\n")["val-doux"] == []


@pytest.mark.parametrize("sentence", [
    "La CPTS du Val de Brume couvre 20 communes le long de l'Isère.",
    "La CPTS du Val de Brume couvre 20 communes sur les bords du Rhône.",
    "La CPTS du Val de Brume couvre 20 communes sur les rives de l'Oise.",
])
def test_a_river_named_like_a_department_places_no_cpts(tmp_path, sentence):
    assert departments_of(tmp_path, f"Le 12 mars 2024.\n\n{sentence}\n")["val-de-brume"] == []


@pytest.mark.parametrize("sentence", [
    "Comme dans la Drôme voisine, les médecins y manquent.",
    "Ses membres ont visité la CPTS du Grésivaudan, en Savoie.",
])
def test_a_neighbour_or_another_cpts_department_is_not_the_document_department(tmp_path, sentence):
    text = f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son ACI. Elle rassemble 80 professionnels. {sentence}\n"
    assert departments_of(tmp_path, text)["val-de-brume"] == []


@pytest.mark.parametrize("label, expected", [
    ("Département : Haute-Savoie", ["74"]),
    ("Départements : Haute-Savoie et Savoie", ["73", "74"]),
])
def test_departments_under_a_key_figure_label(tmp_path, label, expected):
    text = f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son ACI.\n\n{label}\nCommunes : 20\nHabitants : 50 000\n"
    assert departments_of(tmp_path, text)["val-de-brume"] == expected


def test_a_department_in_apposition_is_the_cpts_it_follows(tmp_path):
    text = ("Le 12 mars 2024.\n\nLa CPTS du Val de Brume, dans l'Ain, et la CPTS des Monts Clairs, dans le Jura, "
            "ont signé leur accord.\n")
    assert departments_of(tmp_path, text) == {"val-de-brume": ["01"], "monts-clairs": ["39"]}


@pytest.mark.parametrize("text", [
    "Le 12 mars 2024.\n\nÀ Draguignan, la CPTS du Val de Brume a signé son accord.\n",
    "Le 12 mars 2024.\n\nA Draguignan, la CPTS du Val de Brume a signé son accord.\n",
    "12 March 2024.\n\nIn Draguignan, the CPTS of Val de Brume has signed its agreement.\n",
])
def test_a_town_a_sentence_opens_with_places_the_cpts(tmp_path, text):
    assert departments_of(tmp_path, text)["val-de-brume"] == ["83"]
