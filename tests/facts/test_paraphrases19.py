"""Readings of the fifteenth round, each on invented sentences: a name whose second part, after a spaced dash, is
a place and ends a title or goes on in a sentence of prose; an intercommunality's name with "entre" holds no
department; a count's breakdown after a colon; an intercommunality's count in a bullet; an English sentence going on
after a plural type word."""
from __future__ import annotations

import pytest

LONG = "val-de-garonne-pays-de-duras"
SHORT = "val-de-garonne"
BODY = "\n\nLa CPTS couvre 60 communes et 66 400 habitants.\n"


@pytest.mark.parametrize("text, key", [
    # a title that ends on the name, after words of its own
    ("Signature de l'accord conventionnel interprofessionnel de la CPTS Val de Garonne – Pays de Duras" + BODY, LONG),
    # a sentence of prose that goes on in lower case after the name
    ("Le 11 mars 2024, la caisse primaire et l'agence régionale de santé ont signé avec la Communauté professionnelle "
     "territoriale de santé (CPTS) Val de Garonne – Pays de Duras son contrat dans le cadre de l'accord conventionnel.", LONG),
    # what is no place stays out
    ("Signature de l'accord conventionnel interprofessionnel de la CPTS Val de Garonne – Communiqué" + BODY, SHORT),
    ("Signature de l'accord conventionnel interprofessionnel de la CPTS Val de Garonne – Gironde" + BODY, SHORT),
    ("Le 11 mars 2024, la caisse primaire et l'agence régionale de santé ont signé avec la Communauté professionnelle "
     "territoriale de santé (CPTS) Val de Garonne – avec ses 80 soignants – son contrat.", SHORT),
])
def test_a_place_after_a_spaced_dash_ending_a_title_or_going_on_in_prose(record_of, text, key):
    assert [c["key"] for c in record_of(text)["cpts"]] == [key]


def _cpts(record: dict, key: str = "val-fleuri") -> dict:
    return {c["key"]: c for c in record["cpts"]}[key]


def test_a_department_s_name_inside_an_intercommunality_s_name_with_entre(record_of):
    record = record_of("La CPTS du Val Fleuri couvre les seize communes de la communauté de communes du Pays entre "
                       "Loire et Rhône.")
    assert _cpts(record)["departments"] == ["42"]


@pytest.mark.parametrize("breakdown", [
    " : 22 médecins généralistes, 41 infirmiers, 18 pharmaciens.",
    ", dont 22 médecins généralistes, 41 infirmiers et 18 pharmaciens.",
])
def test_a_count_before_its_breakdown(record_of, breakdown):
    record = record_of(f"La CPTS du Val Fleuri regroupe aujourd'hui plus de 140 professionnels de santé{breakdown}")
    assert _cpts(record)["professionals_count"]["value"] == 140


def test_a_bullet_of_an_intercommunality_and_its_count_leaves_the_total_to_the_cpts(record_of):
    record = record_of("La CPTS du Val Fleuri couvre deux intercommunalités :\n"
                       "• Communauté de communes du Pays de Landivisiau – 19 communes\n"
                       "• Communauté de communes du Pays des Abers – 13 communes\n"
                       "Au total, 32 communes et près de 66 000 habitants.\n")
    assert _cpts(record)["communes_count"]["value"] == 32


def test_an_english_sentence_going_on_after_a_plural_type_word_names_no_intercommunality(record_of):
    record = record_of("3 March 2024.\n\nThe CPTS Val Fleuri covers the 30 communes of the Sarlat-Périgord Noir and Pays "
                       "de Fénelon communautés de communes, home to about 26,000 people.")
    areas = _cpts(record)["territory"]["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [("200027217", "full"), ("200040830", "full")]


def _dates(record: dict) -> dict[str, str]:
    return {kind: fact["value"] for kind, fact in _cpts(record)["dates"].items() if fact}


@pytest.mark.parametrize("text, expected", [
    ("Orléans, le 14 mars 2024\n\nHier, l'ARS et la CPAM ont signé l'accord conventionnel interprofessionnel (ACI) avec "
     "la CPTS du Val Fleuri.", {"aci_signature": "2024-03-13"}),
    ("Mâcon, le vendredi 18 octobre 2024\n\nAvant-hier, à Cluny, la CPAM et la CPTS du Val Fleuri ont signé l'accord "
     "conventionnel interprofessionnel.", {"aci_signature": "2024-10-16"}),
    ("Dijon, 14 March 2024 – Yesterday the CPTS Val Fleuri signed its agreement with the ARS and the CPAM.",
     {"aci_signature": "2024-03-13"}),
    # no release's day to count from, a day to come, a weekday (left undated: test_date_paraphrases6)
    ("La CPTS du Val Fleuri a signé hier son accord conventionnel interprofessionnel.", {}),
    ("Publié le 18/10/2024\n\nHier, la CPTS du Val Fleuri a annoncé qu'elle signera son accord conventionnel "
     "interprofessionnel.", {}),
    ("Publié le 18/10/2024\n\nCe mercredi, la CPTS du Val Fleuri a signé son accord conventionnel interprofessionnel.", {}),
])
def test_a_day_named_from_the_release_s_own(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS du Val Fleuri s'étend sur 27 communes, de Domfront en Poiraie à Bagnoles de l'Orne Normandie, en passant "
     "par Juvigny Val d'Andaine et Passais Villages.",
     ["Bagnoles de l'Orne Normandie", "Domfront en Poiraie", "Juvigny Val d'Andaine", "Passais Villages"]),
    # a small word after a town that no commune's name goes on with
    ("La CPTS du Val Fleuri s'étend sur 27 communes, de Dijon à Beaune en Côte-d'Or.", ["Beaune", "Dijon"]),
])
def test_the_ends_of_a_territory_whose_names_hold_small_words(record_of, sentence, expected):
    communes = _cpts(record_of(f"Le 3 mars 2024.\n\n{sentence}"))["territory"]["communes"]
    assert sorted(c["name"] for c in communes) == expected and all(c["insee"] for c in communes)


@pytest.mark.parametrize("hall", ["la salle polyvalente Jean-Jaurès", "la salle d'animation Henri-Vial"])
def test_a_launch_in_a_named_hall_with_its_kind_before_its_name(record_of, hall):
    record = record_of("Le 20 novembre 2023.\n\nLa soirée de lancement de la CPTS du Val Fleuri s'est tenue le jeudi "
                       f"16 novembre 2023 à {hall} de Lapalisse.")
    place = _cpts(record)["launch_place"]
    assert (place["name"], place["insee"]) == ("Lapalisse", "03138")


@pytest.mark.parametrize("text, key, department", [
    ("Il est également président de la CPTS ariégeoise Pays d'Olmes et Mirepoix, à laquelle la maison de santé adhère.",
     "pays-d-olmes-et-mirepoix", "09"),
    ("La jeune CPTS drômoise des Baronnies a signé son accord conventionnel interprofessionnel.", "baronnies", "26"),
])
def test_a_place_s_adjective_between_cpts_and_its_name(record_of, text, key, department):
    cpts = _cpts(record_of(f"Le 3 mars 2024.\n\n{text}"), key)
    assert cpts["departments"] == [department]
