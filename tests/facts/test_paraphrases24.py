"""Readings of the twentieth round, each on invented sentences: an approximation ("quasiment",
"presque") that an exception after the first of several intercommunalities accounts for."""
from __future__ import annotations

from tests.records import areas_of as _areas, by_key as _by_key, communes_of as _communes

LUNEL, PIC_SAINT_LOUP = "243400520", "200022986"  # CC du Pays de Lunel, CC du Grand Pic Saint-Loup


def test_an_approximation_explained_by_the_first_areas_exception_leaves_the_next_whole(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire correspond presque à celui de deux "
            "communautés de communes : celle du Pays de Lunel (sauf les communes rattachées à la maison de santé de "
            "Lansargues) et celle du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "partial", None)]


def test_an_approximation_with_no_exception_leaves_every_area_partial(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire correspond presque à celui de deux "
            "communautés de communes : celle du Pays de Lunel et celle du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "partial", None), (LUNEL, "partial", None)]


def test_an_exception_after_a_word_of_part_does_not_make_the_next_area_whole(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre une partie de deux communautés de "
            "communes : celle du Pays de Lunel (sauf Lansargues) et celle du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "partial", None), (LUNEL, "partial", None)]


def test_the_communes_a_duty_sector_covers_are_not_the_cpts_perimeter(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Pour information, il s'agit du secteur de gardes "
            "« Lunel-Vendargues » qui couvre Campagne, Garrigues, Saint-Hilaire-de-Beauvoir et Saint-Jean-de-Cornies.\n")
    assert _communes(_by_key(record_of(text))["pays-de-lunel"]) == []


def test_places_beyond_the_communes_of_the_project_are_outside(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle réunit les professionnels de 15 communes. "
            "La permanence des soins s'étend aux quinze communes du projet ainsi que Campagne, Garrigues et "
            "Saint-Jean-de-Cornies.\n")
    assert _communes(_by_key(record_of(text))["pays-de-lunel"]) == []


def test_a_list_after_the_cpts_covering_verb_is_still_its_own(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre Campagne, Garrigues et "
            "Saint-Jean-de-Cornies.\n")
    assert _communes(_by_key(record_of(text))["pays-de-lunel"]) == ["Campagne", "Garrigues", "Saint-Jean-de-Cornies"]


def _shares(cpts: dict) -> list[tuple]:
    return [(p["value"], p["kind"]) for p in cpts["percentages"]]


def _coverage(record: dict) -> list[tuple]:
    return [(c["department"], c["percent"]) for c in record["department_coverage"]]


def test_a_share_of_the_department_far_past_the_cpts_people_is_the_departments_coverage(record_of):
    record = record_of("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Environ 12 000 habitants sont concernés "
                       "par la démarche. Au total, on arrive à 60 % de la population de l'Hérault.\n")
    assert _shares(_by_key(record)["pays-de-lunel"]) == []
    assert _coverage(record) == [("34", 60)]


def test_a_share_of_the_department_its_people_make_up_stays_the_cpts(record_of):
    record = record_of("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre 50 000 habitants, soit 4 % "
                       "de la population de l'Hérault.\n")
    assert _shares(_by_key(record)["pays-de-lunel"]) == [(4, "share_of_department_population")]
    assert _coverage(record) == []


def _named_areas(cpts: dict) -> list[tuple]:
    return [(a["name"], a["extent"], a["communes_count"] and a["communes_count"]["value"]) for a in cpts["territory"]["areas"]]


def test_the_count_of_communes_of_a_named_country_is_that_parts_count(record_of):
    cpts = _by_key(record_of("La CPTS du Grand Lunel a été lancée en 2022. Elle intègre déjà 20 communes du Douaisis, "
                             "et bientôt une 21e.\n"))["grand-lunel"]
    assert _named_areas(cpts) == [("Douaisis", "partial", 20)]


def test_communes_listed_after_a_count_leave_the_area_without_one(record_of):
    cpts = _by_key(record_of("La CPTS du Grand Lunel a été lancée en 2022. Elle regroupe 3 communes du Douaisis "
                             "(Douai, Sin-le-Noble et Waziers).\n"))["grand-lunel"]
    assert [count for _, _, count in _named_areas(cpts)] == [None] * len(_named_areas(cpts))


def test_a_quarter_of_a_department_is_not_an_area(record_of):
    cpts = _by_key(record_of("La CPTS Boucle de Lunel, présente sur 9 communes du Nord-Ouest des Yvelines, a été "
                             "lancée en 2022.\n"))["boucle-de-lunel"]
    assert _named_areas(cpts) == []
