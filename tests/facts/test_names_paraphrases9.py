"""Which CPTS a text names and where each lies, in more of the ways the genre writes them: a name that is an
intercommunality's, a name going on over a line break with a second place, departments joined by a dash or
listed in brackets, a caisse's department number, the towns of a dashed name; and which CPTS a text is about when
its first line is a rubric or a site's name above the real title. Invented texts only: no sentence comes from a
real document."""
from __future__ import annotations

import pytest


def _names(record: dict) -> dict[str, str]:
    return {c["key"]: c["name"] for c in record["cpts"]}


def _departments(record: dict) -> dict[str, list[str]]:
    return {c["key"]: c["departments"] for c in record["cpts"]}


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


# --- a name that is an intercommunality's ----------------------------------------------------------------

@pytest.mark.parametrize("text, key, name", [
    ("La CPTS Communauté de communes du Pays de Gex a signé son ACI.",
     "communaute-de-communes-du-pays-de-gex", "CPTS Communauté de communes du Pays de Gex"),
    ("La CPTS Communauté d'Agglomération du Grand Dole réunit 120 professionnels.",
     "communaute-d-agglomeration-du-grand-dole", "CPTS Communauté d'Agglomération du Grand Dole"),
    ("CPTS Communauté d'Agglomération - Porte de l'Isère (CAPI)\n\nLa CPTS a signé son ACI en 2022.\n",
     "communaute-d-agglomeration-porte-de-l-isere", "CPTS Communauté d'Agglomération - Porte de l'Isère"),
    ("CPTS Communauté d’Agglomération -Val- Fleuri (CAVF)\n\nLa CPTS réunit 80 professionnels de santé.\n",
     "communaute-d-agglomeration-val-fleuri", "CPTS Communauté d’Agglomération -Val- Fleuri"),
])
def test_a_name_that_is_an_intercommunality(record_of, text, key, name):
    names = _names(record_of(text))
    assert set(names) == {key} and names[key].replace("’", "'").replace(" -", "-").replace("- ", "-") == \
        name.replace("’", "'").replace(" -", "-").replace("- ", "-")


@pytest.mark.parametrize("text", [
    "La CPTS et la communauté de communes du Pays de Gex ont signé une convention.",
    "La CPTS Val Fleuri et la Communauté de communes du Pays de Gex ont signé une convention.",
])
def test_an_intercommunality_beside_the_head_is_no_name(record_of, text):
    assert "communaute-de-communes-du-pays-de-gex" not in _names(record_of(text))


# --- a name going on over a line break --------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("La CPTS de la Vallée de l'Arve\net du Giffre a signé son ACI avec la CPAM de Haute-Savoie.",
     "vallee-de-l-arve-et-du-giffre"),
    ("Signature pour la CPTS du Pays de Gex\net de la Valserine, qui réunit 90 professionnels de santé du secteur.",
     "pays-de-gex-et-de-la-valserine"),
    ("La CPTS des Monts du Lyonnais et\ndu Pilat a signé son ACI.", "monts-du-lyonnais-et-du-pilat"),
])
def test_a_second_place_on_the_next_line(record_of, text, key):
    assert set(_names(record_of(text))) == {key}


def test_a_heading_over_a_line_of_its_own_stays_apart(record_of):
    text = "CPTS du Val Fleuri\nEt demain ? Les projets de la communauté pour 2025 sont nombreux.\n"
    assert set(_names(record_of(text))) == {"val-fleuri"}


# --- departments ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, departments", [
    # two departments joined by a dash, the way the press names a territory astride them
    ("La CPTS Val Fleuri, en Drôme-Ardèche, a signé son ACI.", ["07", "26"]),
    ("La CPTS Val Fleuri, sur le territoire Loire-Haute-Loire, couvre 30 communes.", ["42", "43"]),
    # several departments in the brackets after the name
    ("La CPTS Val Fleuri (Loire / Haute-Loire) a signé son ACI.", ["42", "43"]),
    ("La CPTS Val Fleuri (Savoie et Haute-Savoie) a signé son ACI.", ["73", "74"]),
    ("La CPTS Val Fleuri (Drôme, Ardèche) a signé son ACI.", ["07", "26"]),
    # a caisse's department number
    ("La CPTS Val Fleuri a signé son ACI avec l'ARS et la CPAM 42.", ["42"]),
    ("La CPAM 74 et l'ARS ont signé l'accord de la CPTS Val Fleuri.", ["74"]),
    # the towns of a dashed name
    ("La CPTS Annecy-Rumilly a signé son ACI.", ["74"]),
])
def test_departments(record_of, text, departments):
    assert list(_departments(record_of(text)).values()) == [departments]


@pytest.mark.parametrize("text, departments", [
    # a region's name is no department, nor are the departments in it
    ("La CPTS Val Fleuri a signé son ACI avec l'ARS Auvergne-Rhône-Alpes.", []),
    ("La CPTS Val Fleuri a signé son ACI. Elle a été la première de l'ex-région Nord-Pas-de-Calais à signer.", []),
    # a figure after the caisse is no department
    ("La CPTS Val Fleuri a reçu de la CPAM 42 000 euros.", []),
    # brackets that hold more than departments
    ("La CPTS Val Fleuri (ex-Loire Centre) a signé son ACI.", []),
    # a river's valley is no department
    ("La CPTS Val Fleuri, dans la vallée de la Loire, a signé son ACI.", []),
])
def test_no_department(record_of, text, departments):
    assert _departments(record_of(text)).get("val-fleuri") == departments


# --- which CPTS a text is about ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a rubric above the title of a story on a health centre
    "Santé\n\nBourtzwiller : un centre de santé pour les patients sans médecin\n\nLe centre de santé a ouvert en "
    "novembre et a déjà accueilli 1 300 patients. Ses médecins assurent aussi des gardes avec les soignants de la "
    "CPTS Val Fleuri.\n",
    # a site's name above the title of a story on an election
    "Infos Locales\n\nLégislatives en Haute-Loire : le député sortant défend son bilan\n\nLa maison de santé de "
    "Craponne-sur-Arzon est la première du département. Le député y a joué un rôle décisif, rappellent les "
    "médecins, qui travaillent avec la CPTS Val Fleuri.\n",
])
def test_a_rubric_above_a_title_on_something_else(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": "mentioned"}


@pytest.mark.parametrize("text", [
    "Actualités\n\nLa CPTS Val Fleuri signe son accord\n\nLa CPTS Val Fleuri a signé son ACI le 3 mai avec la CPAM.\n",
    "Santé\n\nUne nouvelle CPTS dans le Forez\n\nLa CPTS Val Fleuri a signé son ACI le 3 mai avec la CPAM.\n",
    "Communiqué de presse\n\nLa CPTS Val Fleuri signe son ACI\n\nLe 3 mai, la CPTS Val Fleuri a signé son ACI.\n",
])
def test_a_rubric_above_a_title_on_the_cpts(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": "subject"}


# --- a name given by a fronted naming verb, beside another CPTS -------------------------------------------

@pytest.mark.parametrize("text", [
    "Après 18 mois de travail, les soignants du Forez ont créé leur CPTS. Baptisée « Val Fleuri », elle réunit 80 "
    "adhérents. Son président veut travailler avec la CPTS Sud Forez voisine.",
    "Une nouvelle CPTS est née dans le Forez. Dénommée Val Fleuri, elle réunit 80 adhérents, comme la CPTS Sud Forez.",
])
def test_a_name_given_beside_another_cpts(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "sud-forez": "mentioned"}


@pytest.mark.parametrize("text", [
    "La CPTS Sud Forez a lancé une plateforme de rendez-vous. Baptisée « Santé Plus », elle permet de trouver un "
    "médecin.",
    "La CPTS Sud Forez ouvre un centre de soins non programmés. Baptisé « Le Relais », il accueille les patients.",
])
def test_no_name_given_to_a_cpts_s_project(record_of, text):
    assert set(_names(record_of(text))) == {"sud-forez"}


# --- CPTS already at work beside the one in the news ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS Val Fleuri a signé son ACI. Les CPTS Sud Forez et Loire Centre sont déjà actives.",
    "La CPTS Val Fleuri a signé son ACI le 3 mai. Dans le département, les CPTS Sud Forez et Loire Centre, déjà "
    "installées, l'ont accompagnée.",
])
def test_cpts_already_at_work_are_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "sud-forez": "mentioned", "loire-centre": "mentioned"}


def test_one_already_at_work_may_be_the_news(record_of):
    text = "La CPTS Val Fleuri, déjà active depuis 2019, a signé son ACI le 3 mai avec la CPAM de la Loire."
    assert _roles(record_of(text)) == {"val-fleuri": "subject"}


# --- a sentence that breaks its line right after the head -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les professionnels de santé de la CPTS\nVal Fleuri se sont réunis en assemblée générale le 3 mai 2023 à Feurs.\n",
    "Le 3 mai 2023, la CPTS\nVal Fleuri a signé son accord conventionnel interprofessionnel avec la CPAM.\n",
])
def test_a_name_on_the_line_after_the_head(record_of, text):
    assert set(_names(record_of(text))) == {"val-fleuri"}


@pytest.mark.parametrize("text", [
    "Le bureau de la CPTS\nPrésidente : Marie Durand\nTrésorier : Paul Morel\n",
    "Les missions de la CPTS\nAccès aux soins, prévention et parcours sont ses trois missions socles.\n",
])
def test_no_name_on_the_line_after_a_heading_s_head(record_of, text):
    assert _names(record_of(text)) == {}


# --- a former name ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, alias", [
    ("La CPTS Val Fleuri, autrefois CPTS Feurs-Balbigny, a signé son ACI.", "CPTS Feurs-Balbigny"),
    ("La CPTS Val Fleuri, précédemment CPTS de Feurs, a signé son ACI.", "CPTS de Feurs"),
    ("La CPTS Val Fleuri (ex CPTS de Feurs) a signé son ACI.", "CPTS de Feurs"),
    ("La CPTS « Val Fleuri » (ex « Pays de Feurs ») a signé son ACI.", "Pays de Feurs"),
])
def test_a_former_name_is_an_alias(record_of, text, alias):
    assert [(c["key"], c["aliases"]) for c in record_of(text)["cpts"]] == [("val-fleuri", [alias])]


# --- a town's adjective in lower case in the name ---------------------------------------------------------

@pytest.mark.parametrize("text, departments", [
    ("La CPTS de l'agglomération roannaise a signé son ACI.", ["42"]),
    ("La CPTS du sud-est lyonnais a signé son ACI.", ["69"]),
    ("La CPTS du bassin grenoblois a signé son ACI.", ["38"]),
    # a common word is no town's adjective
    ("La CPTS de la Riviera française a signé son ACI.", []),
])
def test_a_town_s_adjective_in_lower_case(record_of, text, departments):
    assert list(_departments(record_of(text)).values()) == [departments]


# --- a page's list of partners ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS Val Fleuri\nNotre territoire\nLa CPTS couvre 12 communes autour de Feurs.\nNos partenaires\nCPTS Sud Forez\n"
    "Hôpital de Feurs\n",
    "La CPTS Val Fleuri réunit 80 professionnels de santé autour de Feurs.\nLiens utiles :\n- ARS Auvergne-Rhône-Alpes\n"
    "- CPTS Sud Forez\n",
])
def test_a_cpts_under_a_partners_heading_is_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "sud-forez": "mentioned"}


def test_a_paragraph_after_a_partners_heading_ends_the_list(record_of):
    text = ("Nos partenaires\nL'ARS, la CPAM et les communes du secteur soutiennent les projets des soignants depuis 2021.\n"
            "La CPTS Sud Forez a signé son accord conventionnel le 3 mai avec la CPAM.\n")
    assert _roles(record_of(text)) == {"sud-forez": "subject"}


# --- a table of labelled lines ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Structure porteuse : CPTS Val Fleuri\nDate de signature : 3 mai 2024\n",
    "Nom de la structure : CPTS Val Fleuri\nNombre de communes : 12\nPopulation : 40 000\n",
])
def test_a_name_in_a_table_of_labels_ends_with_its_line(record_of, text):
    assert _names(record_of(text)) == {"val-fleuri": "CPTS Val Fleuri"}


def test_a_label_line_may_still_run_on_into_prose(record_of):
    text = ("Contexte : la CPTS du Pays de Gex et de la Vallée Verte\net du Haut Jura a signé son accord le 3 mai 2024 "
            "avec la CPAM de l'Ain.\n")
    assert set(_names(record_of(text))) == {"pays-de-gex-et-de-la-vallee-verte-et-du-haut-jura"}
