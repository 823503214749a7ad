"""Dates, the release's date, figures, percentages, departments and launch places in further
wordings of the genre. Invented communiqués only."""
from __future__ import annotations

import pytest


def _cpts(record: dict, key: str) -> dict:
    return next(c for c in record["cpts"] if c["key"] == key)


def _dates(cpts: dict) -> dict:
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d}


def _quotes_hold(record: dict, text: str) -> None:
    """Every evidence quote is the text at its offsets."""
    def walk(node):
        if isinstance(node, dict):
            ev = node.get("evidence")
            if isinstance(ev, dict) and ev.get("quote") is not None and ev.get("start") is not None:
                assert text[ev["start"]:ev["end"]] == ev["quote"]
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(record["cpts"])


# --- the release's date -----------------------------------------------------------------------

MENU = "Accueil\nActualités\nAgenda\nContact\nNos missions\nAdhérer\nLa CPTS\nProjets\nRessources\nPartenaires\nEspace pro\n"


@pytest.mark.parametrize("text, expected", [
    ("Publié le 12 mars 2024\nLa CPTS du Val Fleuri a été créée en 2021.", "2024-03-12"),
    ("Mis à jour le 14/03/2024\nLa CPTS du Val Fleuri a été créée en 2021.", "2024-03-14"),
    ("Date de publication : 05/02/2023\nLa CPTS du Val Fleuri a été créée en 2021.", "2023-02-05"),
    ("Le 12/03/2024 à 10h15\nLa CPTS du Val Fleuri a été créée en 2021.", "2024-03-12"),
    ("Published on March 12, 2024\nThe CPTS Val Fleuri was created in 2021.", "2024-03-12"),
    ("Publié le mardi 12 mars 2024 par La Rédaction\nLa CPTS du Val Fleuri a été créée en 2021.", "2024-03-12"),
    ("Posted on 12 March 2024 by admin\nThe CPTS Val Fleuri was created in 2021.", "2024-03-12"),
    # a page's creation over its update; an author's byline
    ("Créé le : 12/03/2024\nModifié le : 13/03/2024\nLa CPTS du Val Fleuri a été créée en 2021.", "2024-03-12"),
    ("Publié par Jean Dupont le 12 mars 2024\nLa CPTS du Val Fleuri a été créée en 2021.", "2024-03-12"),
    ("Posté par admin le 12 mars 2024\nLa CPTS du Val Fleuri a été créée en 2021.", "2024-03-12"),
    # a birth told on the first line is no release date
    ("Créée le 12 mars 2021, la CPTS du Val Fleuri regroupe 80 professionnels.", None),
    # under a site's menu, further down than the page's first lines
    (MENU + "La CPTS du Val Fleuri lance son site\nPublié le 12 mars 2024\nLa CPTS du Val Fleuri a été créée en 2021.",
     "2024-03-12"),
    # an event's date under the menu is no release date
    (MENU + "La CPTS du Val Fleuri organise une soirée\nDate : 12 mars 2024\nLa CPTS du Val Fleuri a été créée en 2021.",
     None),
])
def test_release_date(record_of, text, expected):
    published = record_of(text)["document"]["published"]
    assert (published["value"] if published else None) == expected


# --- dates of events ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri en quelques dates\n2019 : création de l'association\n"
     "Juin 2020 : validation du projet de santé",
     {"launch": "2019", "statutes": "2019", "health_project": "2020-06"}),
    # a project being written is not dated by the next item's signature
    ("Les dates clés de la CPTS du Val Fleuri :\n- 2019 : naissance du projet\n- 2020 : rédaction du projet de santé\n"
     "- 2021 : signature de l'accord conventionnel", {"aci_signature": "2021"}),
    ("La CPTS du Val Fleuri a été officiellement lancée à l'automne 2021.", {"launch": "2021"}),
    ("La CPTS du Val Fleuri a vu le jour fin 2022.", {"launch": "2022"}),
    # a renewal, new statutes, a date some years after the birth: none of the CPTS's own events
    ("La CPTS du Val Fleuri a renouvelé son ACI le 12 mars 2024.", {}),
    ("La CPTS du Val Fleuri a adopté ses nouveaux statuts le 12 mars 2024.", {}),
    ("La CPTS du Val Fleuri a élu son nouveau président le 12 mars 2024, trois ans après sa création.", {}),
    ("La CPTS du Val Fleuri a signé son ACI le 12 mars 2024, un an après sa création en mai 2023.",
     {"aci_signature": "2024-03-12", "launch": "2023-05"}),
    ("La CPTS du Val Fleuri existe officiellement depuis le 12 mars 2020.", {"launch": "2020-03-12"}),
    # a contracted state since a month began that month
    ("La CPTS du Val Fleuri, conventionnée depuis juin 2023, compte 80 adhérents.", {"aci_signature": "2023-06"}),
])
def test_event_dates(record_of, text, expected):
    assert _dates(_cpts(record_of(text), "val-fleuri")) == expected


# --- figures ------------------------------------------------------------------------------------

def test_a_possessive_population_before_its_figure(record_of):
    text = ("La CPTS de la Côte Sauvage verra le jour en septembre. La zone de Portmer et de Kerlan voit "
            "sa population (18 000 âmes) tripler en été.")
    cpts = _cpts(record_of(text), "cote-sauvage")
    assert cpts["population"]["value"] == 18000


def test_a_share_of_a_population_in_brackets_is_no_population(record_of):
    text = ("La CPTS Ouest Littoral a été lancée. Dans la ville, 9,6 % de la population (soit 10 004 habitants) "
            "vit dans un quartier prioritaire.")
    assert _cpts(record_of(text), "ouest-littoral")["population"] is None


def test_figures_of_an_area_several_cpts_share(record_of):
    text = ("La CPTS du Val Rose a présenté son projet. Un médecin de Villebois a présenté le bassin, "
            "250 000 habitants, 900 professionnels, d'où l'idée de trois CPTS.")
    cpts = _cpts(record_of(text), "val-rose")
    assert cpts["population"] is None and cpts["professionals_count"] is None


# --- percentages ------------------------------------------------------------------------------------

def test_a_figure_for_the_cpts_against_the_region(record_of):
    text = ("La CPTS du Pays Vert couvre 20 communes. Le taux d'ALD diabète est plus élevé qu'à l'échelle "
            "de la région (6,1 % pour la CPTS contre 5,2 % en Occitanie).")
    record = record_of(text)
    values = [p["value"] for p in _cpts(record, "pays-vert")["percentages"]]
    assert values == [6.1]
    _quotes_hold(record, text)


# --- departments --------------------------------------------------------------------------------------

def test_department_of_the_seat_address(record_of):
    text = ("Statuts de la CPTS du Bassin Clair\nArticle 3 - Siège social\nLe siège social est situé au "
            "4, rue des Lilas – 34110 Frontignan.")
    assert _cpts(record_of(text), "bassin-clair")["departments"] == ["34"]


def test_departments_named_once_each_in_a_survey_are_no_default(record_of):
    text = ("Juliette Martin est membre de la CPTS Rives et Bois. Selon une enquête, 7 % des patients ont "
            "renoncé à des soins en Essonne et en Seine-Saint-Denis.")
    assert _cpts(record_of(text), "rives-et-bois")["departments"] == []


def test_department_of_a_town_named_after_de(record_of):
    text = ("Le centre social de Folschviller a accueilli un forum. Une représentante de la CPTS Vallée "
            "Claire y a participé.")
    assert _cpts(record_of(text), "vallee-claire")["departments"] == ["57"]


# --- launch places ----------------------------------------------------------------------------------

def test_a_visit_place_before_a_relative_launch_is_no_launch_place(record_of):
    text = ("Le directeur de l'ARS s'est rendu ce jeudi à Ydes, à la rencontre des professionnels qui ont "
            "créé la CPTS du Haut Pays.")
    assert _cpts(record_of(text), "haut-pays")["launch_place"] is None


@pytest.mark.parametrize("text, key, expected", [
    ("La CPTS du Val Fleuri couvre un territoire de 1 200 km² peuplé de 60 000 habitants.", "val-fleuri",
     {"population": 60000}),
    # an area is no count, nor is a density
    ("La CPTS du Val Fleuri\nSuperficie : 450 km²\nPopulation : 32 000 habitants\nDensité : 71 hab/km²", "val-fleuri",
     {"population": 32000}),
    # an English community spread over intercommunalities keeps its figures
    ("The CPTS Haut Val covers 40 municipalities and about 30,000 inhabitants across two communities of communes.",
     "haut-val", {"communes_count": 40, "population": 30000}),
])
def test_figures_of_the_territory(record_of, text, key, expected):
    cpts = _cpts(record_of(text), key)
    got = {f: cpts[f]["value"] for f in ("population", "communes_count", "professionals_count", "structures_count")
           if cpts[f]}
    assert got == expected


def test_departments_in_brackets_after_each_name(record_of):
    record = record_of("La CPTS du Val Fleuri (Haute-Savoie) et la CPTS des Trois Lacs (Savoie) ont signé leur ACI.")
    assert _cpts(record, "val-fleuri")["departments"] == ["74"]
    assert _cpts(record, "trois-lacs")["departments"] == ["73"]


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a été créée en 2021. Elle vise 200 adhérents d'ici 2025.", {}),
    ("La CPTS du Val Fleuri couvre 20 communes. Villebois, la plus grande, compte 8 000 habitants.",
     {"communes_count": 20}),
    ("La CPTS du Val Fleuri a été créée en 2021. La ville-centre, 12 000 habitants, accueille le siège.", {}),
    ("La CPTS du Val Fleuri couvre 15 communes, dont 3 de plus de 5 000 habitants.", {"communes_count": 15}),
    ("La CPTS du Val Fleuri couvre 15 communes et plus de 30 000 habitants.",
     {"communes_count": 15, "population": 30000}),
    # structures counted kind by kind among the members
    ("La CPTS du Val Fleuri compte 250 adhérents, dont 3 établissements de santé et 4 maisons de santé.",
     {"professionals_count": 250}),
])
def test_figures_that_are_no_counts_of_the_cpts(record_of, text, expected):
    cpts = _cpts(record_of(text), "val-fleuri")
    got = {f: cpts[f]["value"] for f in ("population", "communes_count", "professionals_count", "structures_count")
           if cpts[f]}
    assert got == expected


@pytest.mark.parametrize("words", ["entre 80 et 90", "de 80 à 90", "80 à 90", "80-90"])
def test_ranges_of_professionals(record_of, words):
    record = record_of(f"La CPTS du Val Fleuri regroupe {words} professionnels de santé.")
    mentions = {(m["value"], m["qualifier"]) for m in _cpts(record, "val-fleuri")["professionals_count"]["mentions"]}
    assert mentions == {(80, "more_than"), (90, "less_than")}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri couvre 35 % du département.",
    "La CPTS du Val Fleuri couvre 35 % du département de la Nièvre.",
])
def test_a_share_of_the_department(record_of, text):
    percentages = _cpts(record_of(text), "val-fleuri")["percentages"]
    assert [(p["value"], p["kind"]) for p in percentages] == [(35, "share_of_department_population")]


def test_dates_in_brackets(record_of):
    record = record_of("La CPTS du Val Fleuri (créée en 2019) et la CPTS des Trois Lacs (créée en 2021) ont signé leur ACI.")
    assert _dates(_cpts(record, "val-fleuri")) == {"launch": "2019"}
    assert _dates(_cpts(record, "trois-lacs")) == {"launch": "2021"}
    record = record_of("La CPTS du Val Fleuri a signé son ACI (le 12 mars 2024).")
    assert _dates(_cpts(record, "val-fleuri")) == {"aci_signature": "2024-03-12"}


def test_a_contract_taken_up_by_its_signing(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI le 12 mars 2024. La CPTS des Trois Lacs l'a signé le 20 mars.")
    assert _dates(_cpts(record, "trois-lacs")) == {"aci_signature": "--03-20"}


def test_english_events_joined_by_a_past_tense(record_of):
    record = record_of("The CPTS Val Fleuri was set up in 2020 and signed its interprofessional agreement with the CPAM "
                       "and the ARS on 12 March 2022.")
    assert _dates(_cpts(record, "val-fleuri")) == {"launch": "2020", "aci_signature": "2022-03-12"}


def test_where_doctors_work_is_no_launch_place(record_of):
    record = record_of("The CPTS Val Fleuri was founded in early 2021 by a group of GPs in Annecy.")
    assert _cpts(record, "val-fleuri")["launch_place"] is None


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri compte 80 adhérents individuels et 12 adhérents personnes morales.",
     {"professionals_count": 80, "structures_count": 12}),
    ("La CPTS du Val Fleuri est passée de 50 à 80 adhérents en un an.", {"professionals_count": 80}),
])
def test_members_and_their_change(record_of, text, expected):
    cpts = _cpts(record_of(text), "val-fleuri")
    got = {f: cpts[f]["value"] for f in ("population", "communes_count", "professionals_count", "structures_count")
           if cpts[f]}
    assert got == expected


def test_a_headline_launch_place_ends_with_its_line(record_of):
    record = record_of("Lancement de la CPTS du Val Fleuri à Mâcon\nLa CPTS a été présentée aux élus jeudi.")
    assert _cpts(record, "val-fleuri")["launch_place"]["insee"] == "71270"


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri couvre un territoire de quelque 45 000 résidents.", 45000),
    ("La CPTS du Val Fleuri a été créée. 300 résidents de l'Ehpad ont été vaccinés.", None),
])
def test_residents(record_of, text, expected):
    population = _cpts(record_of(text), "val-fleuri")["population"]
    assert (population["value"] if population else None) == expected


def test_a_department_part_named_by_an_adjective(record_of):
    record = record_of("La CPTS Ardèche Méridionale a signé son ACI.")
    assert _cpts(record, "ardeche-meridionale")["departments"] == ["07"]


def test_figures_given_respectively(record_of):
    text = "La CPTS du Val Fleuri et la CPTS des Trois Lacs couvrent respectivement 30 000 et 45 000 habitants."
    record = record_of(text)
    assert _cpts(record, "val-fleuri")["population"]["value"] == 30000
    assert _cpts(record, "trois-lacs")["population"]["value"] == 45000
    _quotes_hold(record, text)
    record = record_of("Les communes de Villebois et Montfleur comptent respectivement 3 000 et 4 500 habitants. "
                       "La CPTS du Val Fleuri a été créée.")
    assert _cpts(record, "val-fleuri")["population"] is None


def test_a_numeric_day_and_month_takes_the_release_year(record_of):
    record = record_of("Publié le 20 mars 2024\nLa CPTS du Val Fleuri a signé son ACI le 12/03.")
    assert _dates(_cpts(record, "val-fleuri")) == {"aci_signature": "2024-03-12"}
    record = record_of("Publié le 20 mars 2024\nLa CPTS du Val Fleuri a été créée. Le 1/2 des patients est âgé.")
    assert _dates(_cpts(record, "val-fleuri")) == {}
