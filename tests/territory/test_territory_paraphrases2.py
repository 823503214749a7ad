"""More of the ways communiqués write one perimeter: intercommunalities after other plural type
words or in sentences the brackets of the one before cut, parts of an intercommunality named
without its type word, communes one a line under a heading or in a paragraph of their own,
and places that must give no perimeter. The CPTS and sentences are invented; the places come
from the gazetteer."""
from __future__ import annotations

import pytest

from perimeter import full, record_of, territory_of

BUGEY_SUD, RIVES_DE_L_AIN, DOMBES = "200040350", "200029999", "200069193"  # CC (Ain): 41, 14 and 36 communes
MONTS_DU_PILAT, LOIRE_FOREZ, GRAND_ANNECY = "244200622", "200065886", "200066793"
PILAT = ["42115", "42139", "42172", "42224", "42306"]  # Jonzieux, Marlhes, Planfoy, Saint-Genest-Malifaux, Tarentaise
PILAT_NAMES = ["Marlhes", "Jonzieux", "Saint-Genest-Malifaux", "Tarentaise", "Planfoy"]


def release(body: str, name: str = "CPTS des Hauts du Pilat") -> str:
    return f"Le 12 mars 2024.\n\nLa {name} a signé son accord conventionnel. {body}\n"


def bugey(body: str) -> str:
    return release(body, "CPTS du Val Fleuri")


def codes(text: str, tmp_path, key: str) -> list[str]:
    return [a["code"] for a in territory_of(record_of(text, tmp_path), key)["areas"]]


@pytest.mark.parametrize("body", [
    "Elle couvre les intercommunalités Bugey Sud et Rives de l'Ain - Pays du Cerdon.",
    "Elle couvre deux EPCI : Bugey Sud et Rives de l'Ain - Pays du Cerdon.",
    "Elle couvre le territoire de Bugey Sud (41 communes) et de Rives de l'Ain – Pays du Cerdon (14 communes).",
])
def test_two_intercommunalities_after_another_type_word_or_a_bracket(tmp_path, body):
    territory = territory_of(record_of(bugey(body), tmp_path), "val-fleuri")
    assert [a["code"] for a in territory["areas"]] == [BUGEY_SUD, RIVES_DE_L_AIN]
    assert territory["resolved"] == full(BUGEY_SUD, RIVES_DE_L_AIN)


def test_the_count_in_brackets_of_each_of_two_intercommunalities(tmp_path):
    body = "Elle couvre le territoire de Bugey Sud (41 communes) et de Rives de l'Ain – Pays du Cerdon (14 communes)."
    areas = territory_of(record_of(bugey(body), tmp_path), "val-fleuri")["areas"]
    assert [a["communes_count"]["value"] for a in areas] == [41, 14]


@pytest.mark.parametrize("body", [
    "Elle couvre le territoire intercommunal de Bugey Sud.",
    "Son territoire est celui de Bugey Sud.",
])
def test_an_intercommunality_named_without_its_type_word(tmp_path, body):
    assert codes(bugey(body), tmp_path, "val-fleuri") == [BUGEY_SUD]


@pytest.mark.parametrize("text", [
    release("Son territoire est celui du Grand Annecy.", "CPTS des Lacs Bleus"),
    "12 March 2024.\n\nThe CPTS des Lacs Bleus has signed its agreement. Its territory is that of the Grand Annecy.\n",
])
def test_a_territory_that_is_that_of_an_intercommunality(tmp_path, text):
    territory = territory_of(record_of(text, tmp_path), "lacs-bleus")
    assert territory["resolved"] == full(GRAND_ANNECY)


def test_lower_case_agglomeration_before_the_name_it_types(tmp_path):
    assert codes(release("Elle couvre l'agglomération Loire Forez."), tmp_path, "hauts-du-pilat") == [LOIRE_FOREZ]


@pytest.mark.parametrize("body", [
    "Elle couvre 30 des 41 communes de Bugey Sud.",
    "Elle couvre trente des 41 communes de Bugey Sud.",
    # an approximate count, with the type word
    "Elle couvre une douzaine de communes de la CC Bugey Sud.",
    "Elle couvre une vingtaine de communes de la communauté de communes Bugey Sud.",
])
def test_some_of_the_communes_of_an_intercommunality_are_a_part_of_it(tmp_path, body):
    territory = territory_of(record_of(bugey(body), tmp_path), "val-fleuri")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (BUGEY_SUD, "partial")
    assert territory["resolved"] != full(BUGEY_SUD)


@pytest.mark.parametrize("heading", ["Communes couvertes", "Notre territoire", "Le territoire couvert"])
def test_communes_one_a_line_under_a_heading_without_colon(tmp_path, heading):
    lines = "\n".join(PILAT_NAMES)
    text = release(f"\n\n{heading}\n{lines}\n\nElle rassemble 60 professionnels.")
    territory = territory_of(record_of(text, tmp_path), "hauts-du-pilat")
    assert territory["areas"] == []
    assert territory["resolved"] == {"insee": PILAT, "complete": True, "count": 5}


def test_a_sentence_after_a_column_of_names_is_no_area(tmp_path):
    lines = "\n".join(PILAT_NAMES)
    text = release(f"\n\nCommunes couvertes\n{lines}\nElle rassemble 60 professionnels.\n")
    territory = territory_of(record_of(text, tmp_path), "hauts-du-pilat")
    assert territory["areas"] == []
    assert territory["resolved"] == {"insee": PILAT, "complete": True, "count": 5}


@pytest.mark.parametrize("column", [
    "\n".join(PILAT_NAMES),
    "Marlhes (1 400 habitants)\nJonzieux (1 500 habitants)\nSaint-Genest-Malifaux (3 000 habitants)\n"
    "Tarentaise (500 habitants)\nPlanfoy (1 000 habitants)",
    "- Marlhes\n- Jonzieux\n- Saint-Genest-Malifaux\n- Tarentaise\n- Planfoy",
])
def test_communes_one_a_line_in_a_paragraph_of_their_own(tmp_path, column):
    text = release(f"\n\n{column}\n\nElle rassemble 60 professionnels.")
    territory = territory_of(record_of(text, tmp_path), "hauts-du-pilat")
    assert territory["resolved"] == {"insee": PILAT, "complete": True, "count": 5}


@pytest.mark.parametrize("heading", ["Nos permanences", "Lieux des formations"])
def test_communes_one_a_line_under_a_heading_of_something_else(tmp_path, heading):
    lines = "\n".join(PILAT_NAMES)
    text = release(f"\n\n{heading}\n{lines}\n\nElle rassemble 60 professionnels.")
    territory = territory_of(record_of(text, tmp_path), "hauts-du-pilat")
    assert territory["communes"] == [] and territory["resolved"] is None


def test_communes_each_after_its_postcode(tmp_path):
    body = "Elle couvre 42660 Marlhes, 42660 Jonzieux, 42660 Saint-Genest-Malifaux, 42660 Tarentaise et 42660 Planfoy."
    territory = territory_of(record_of(release(body), tmp_path), "hauts-du-pilat")
    assert territory["resolved"] == {"insee": PILAT, "complete": True, "count": 5}


@pytest.mark.parametrize("body, count", [
    ("Elle couvre les quarante et une communes de la communauté de communes Bugey Sud.", 41),
    ("Elle couvre la communauté de communes Bugey Sud (quarante et une communes).", 41),
    ("Elle couvre la CC de la Dombes (trente-six communes).", 36),
])
def test_the_count_of_an_intercommunality_in_several_words(tmp_path, body, count):
    [area] = territory_of(record_of(bugey(body), tmp_path), "val-fleuri")["areas"]
    assert (area["extent"], area["communes_count"]["value"]) == ("full", count)


@pytest.mark.parametrize("body", [
    "Elle couvre vingt-deux communes de la CC de la Dombes.",
    "Elle couvre trente-deux des quarante et une communes de la CC Bugey Sud.",
])
def test_a_count_in_several_words_below_the_intercommunality_s_is_a_part(tmp_path, body):
    [area] = territory_of(record_of(bugey(body), tmp_path), "val-fleuri")["areas"]
    assert area["extent"] == "partial"


def test_a_count_of_communes_then_their_intercommunality_in_brackets(tmp_path):
    territory = territory_of(record_of(bugey("Elle couvre 41 communes (CC Bugey Sud)."), tmp_path), "val-fleuri")
    assert territory["resolved"] == full(BUGEY_SUD)


@pytest.mark.parametrize("sentence", [
    "Le séminaire des coordinateurs s'est tenu à Giens (Var) les 1er et 2 juillet.",
    "Une réunion régionale aura lieu à Hyères (Var) en juin.",
])
def test_the_department_of_an_event_s_venue_is_not_the_cpts_s(tmp_path, sentence):
    text = f"La CPTS du Val Fleuri réunit 60 professionnels. {sentence}\n"
    assert record_of(text, tmp_path)["cpts"][0]["departments"] == []


def test_the_department_in_brackets_after_the_cpts_name_stays(tmp_path):
    text = "La CPTS du Val Fleuri (Var) réunit 60 professionnels. Le séminaire s'est tenu à Giens (Var).\n"
    assert record_of(text, tmp_path)["cpts"][0]["departments"] == ["83"]


GIER = ["42123", "42186", "42225"]  # Lorette, Rive-de-Gier, Genilac
TWO_CPTS = "Le 12 mars 2024.\n\nLa CPTS des Hauts du Pilat et la CPTS du Gier ont signé leur accord conventionnel. "


@pytest.mark.parametrize("sentence", [
    "La première couvre Marlhes, Jonzieux et Tarentaise ; la seconde Rive-de-Gier, Lorette et Genilac.",
    "La CPTS des Hauts du Pilat couvre Marlhes, Jonzieux et Tarentaise ; la CPTS du Gier couvre Rive-de-Gier, Lorette "
    "et Genilac.",
])
def test_two_perimeters_either_side_of_a_semicolon(tmp_path, sentence):
    record = record_of(TWO_CPTS + sentence + "\n", tmp_path)
    assert territory_of(record, "hauts-du-pilat")["resolved"]["insee"] == ["42115", "42139", "42306"]
    assert territory_of(record, "gier")["resolved"]["insee"] == GIER


def test_communes_on_the_line_under_each_cpts_name(tmp_path):
    text = ("Le 12 mars 2024.\n\nDeux CPTS ont signé leur accord.\n\nCPTS des Hauts du Pilat\nMarlhes, Jonzieux, Tarentaise, "
            "Planfoy\n\nCPTS du Gier\nRive-de-Gier, Lorette, Genilac\n")
    record = record_of(text, tmp_path)
    assert territory_of(record, "hauts-du-pilat")["resolved"]["insee"] == ["42115", "42139", "42172", "42306"]
    assert territory_of(record, "gier")["resolved"]["insee"] == GIER


@pytest.mark.parametrize("body", [
    "La navette dessert Marlhes, Jonzieux, Tarentaise et Planfoy.",
    "Le transport à la demande dessert Marlhes, Jonzieux, Tarentaise et Planfoy.",
    "Les maires de Marlhes, Jonzieux, Tarentaise et Planfoy étaient présents.",
    "Des permanences sont organisées à Marlhes, Jonzieux, Tarentaise et Planfoy.",
    "Les patients sont orientés vers les urgences de Firminy, Saint-Chamond ou Annonay.",
    "Le territoire de la CPTS est limitrophe des communes de Firminy, Saint-Chamond et Annonay.",
])
def test_places_a_sentence_names_for_something_else_give_no_perimeter(tmp_path, body):
    territory = territory_of(record_of(release(body), tmp_path), "hauts-du-pilat")
    assert territory["communes"] == [] and territory["resolved"] is None


@pytest.mark.parametrize("text", [
    "12 March 2024.\n\nThe CPTS du Val Fleuri has signed its agreement. It covers two intercommunalities: Bugey Sud and "
    "La Dombes.\n",
    "12 March 2024.\n\nThe CPTS du Val Fleuri has signed its agreement. Its territory covers the Bugey Sud Community of "
    "Communes and the Dombes Community of Communes.\n",
])
def test_english_intercommunalities_after_a_plural_or_before_a_capitalised_type(tmp_path, text):
    assert codes(text, tmp_path, "val-fleuri") == [BUGEY_SUD, DOMBES]


def test_names_after_an_untyped_plural_are_written_without_it(tmp_path):
    areas = territory_of(record_of(bugey("Elle couvre deux EPCI : Bugey Sud et la Dombes."), tmp_path), "val-fleuri")["areas"]
    assert [a["name"] for a in areas][0] == "Bugey Sud"


@pytest.mark.parametrize("block", [
    "MARLHES - JONZIEUX - SAINT-GENEST-MALIFAUX - TARENTAISE - PLANFOY",
    "Marlhes, Jonzieux, Saint-Genest-Malifaux, Tarentaise, Planfoy",
])
def test_a_line_of_communes_that_is_a_paragraph_of_its_own(tmp_path, block):
    territory = territory_of(record_of(release(f"\n\n{block}\n"), tmp_path), "hauts-du-pilat")
    assert territory["resolved"] == {"insee": PILAT, "complete": True, "count": 5}


def test_a_line_of_towns_of_several_departments_is_no_territory(tmp_path):
    territory = territory_of(record_of(release("\n\nSaint-Étienne, Lyon, Grenoble, Valence\n"), tmp_path), "hauts-du-pilat")
    assert territory["resolved"] is None


def test_communes_after_a_bulleted_canton_label(tmp_path):
    text = release("\n• Canton de Saint-Genest-Malifaux : Marlhes, Jonzieux, Tarentaise, Planfoy\n"
                   "• Canton de Bourg-Argental : Burdignes, Colombier, Graix\n")
    territory = territory_of(record_of(text, tmp_path), "hauts-du-pilat")
    assert territory["resolved"]["count"] == 7 and territory["areas"] == []


@pytest.mark.parametrize("body", [
    "Elle couvre Marlhes et Jonzieux, ainsi que Riotord en Haute-Loire.",
    "Elle couvre Marlhes, Jonzieux ainsi que Riotord, en Haute-Loire.",
])
def test_a_commune_of_the_neighbouring_department_after_ainsi_que(tmp_path, body):
    record = record_of(bugey(body), tmp_path)
    assert territory_of(record, "val-fleuri")["resolved"]["insee"] == ["42115", "42139", "43163"]
    assert record["cpts"][0]["departments"] == ["42", "43"]


@pytest.mark.parametrize("body", [
    "La CPTS, formée par Marlhes, Jonzieux, Tarentaise et Planfoy, a été créée en 2021.",
    "Elle se déploie sur Marlhes, Jonzieux, Tarentaise et Planfoy.",
    "Elle s'adresse à la population de Marlhes, Jonzieux, Tarentaise et Planfoy.",
    "Elle couvre depuis 2021 Marlhes, Jonzieux, Tarentaise et Planfoy.",
])
def test_more_verbs_before_a_list_of_communes(tmp_path, body):
    territory = territory_of(record_of(release(body), tmp_path), "hauts-du-pilat")
    assert territory["resolved"]["insee"] == ["42115", "42139", "42172", "42306"]


def test_key_figures_one_a_line_under_each_cpts_name(tmp_path):
    text = ("Le 12 mars 2024.\n\nDeux CPTS ont signé leur accord.\n\nCPTS des Hauts du Pilat\nTerritoire : Marlhes, Jonzieux, "
            "Tarentaise\nProfessionnels : 40\n\nCPTS du Gier\nTerritoire : Rive-de-Gier, Lorette, Genilac\nProfessionnels : 80\n")
    record = record_of(text, tmp_path)
    pilat, gier = territory_of(record, "hauts-du-pilat"), territory_of(record, "gier")
    assert pilat["areas"] == [] and gier["areas"] == []
    assert pilat["resolved"] == {"insee": ["42115", "42139", "42306"], "complete": True, "count": 3}
    assert gier["resolved"] == {"insee": GIER, "complete": True, "count": 3}


def test_the_communes_of_a_cpts_the_subject_joins(tmp_path):
    body = "Elle couvre Marlhes, Jonzieux et Tarentaise. Elle rejoint la CPTS du Gier, qui couvre depuis 2021 Rive-de-Gier, Lorette et Genilac."
    record = record_of(release(body), tmp_path)
    assert territory_of(record, "hauts-du-pilat")["resolved"]["insee"] == ["42115", "42139", "42306"]
    assert territory_of(record, "gier")["resolved"]["insee"] == GIER


def test_communes_each_group_followed_by_its_department_in_brackets(tmp_path):
    body = ("Elle couvre Marlhes, Jonzieux, Tarentaise, Planfoy et Saint-Genest-Malifaux (Loire) ainsi que Riotord et "
            "Dunières (Haute-Loire).")
    territory = territory_of(record_of(release(body), tmp_path), "hauts-du-pilat")
    assert territory["resolved"] == {"insee": sorted(PILAT + ["43087", "43163"]), "complete": True, "count": 7}


@pytest.mark.parametrize("body", [
    "Elle couvre la CC Bugey Sud, sans Belley.",
    "Elle couvre la CC Bugey Sud hors ville de Belley.",
])
def test_more_ways_of_excepting_a_commune(tmp_path, body):
    [area] = territory_of(record_of(bugey(body), tmp_path), "val-fleuri")["areas"]
    assert [(c["name"], c["insee"]) for c in area["except"]] == [("Belley", "01034")]


def test_sans_before_a_common_word_excepts_nothing(tmp_path):
    [area] = territory_of(record_of(bugey("Elle couvre la CC Bugey Sud, sans exception."), tmp_path), "val-fleuri")["areas"]
    assert area["except"] == [] and area["extent"] == "full"


def test_a_department_labelling_its_line_places_the_cpts_of_the_line(tmp_path):
    text = ("Le 12 mars 2024.\n\nL'ARS annonce la signature de trois accords.\n\nLoire : la CPTS des Hauts du Pilat "
            "(60 professionnels)\nAin : la CPTS du Val Fleuri (80 professionnels)\n- Haute-Savoie : la CPTS des Lacs Bleus\n")
    record = record_of(text, tmp_path)
    assert {c["key"]: c["departments"] for c in record["cpts"]} == {
        "hauts-du-pilat": ["42"], "val-fleuri": ["01"], "lacs-bleus": ["74"]}


@pytest.mark.parametrize("byline", ["Par Paul Martin (Haute-Loire)", "Publié par Paul Martin (Haute-Loire)"])
def test_a_department_in_the_author_s_line_does_not_place_the_cpts(tmp_path, byline):
    text = f"{byline}\n\nLa CPTS des Hauts du Pilat a signé son accord avec la CPAM de la Loire.\n"
    assert record_of(text, tmp_path)["cpts"][0]["departments"] == ["42"]


@pytest.mark.parametrize("text", [
    bugey("Elle couvre la CC Bugey Sud, 41 communes, et 34 000 habitants."),
    bugey("Elle couvre la CC Bugey Sud, avec 41 communes."),
    bugey("Elle couvre la CC Bugey Sud (41 com.)."),
    "12 March 2024.\n\nThe CPTS du Val Fleuri has signed its agreement. It covers the Bugey Sud community of communes, "
    "which has 41 municipalities.\n",
    "12 March 2024.\n\nThe CPTS du Val Fleuri has signed its agreement. It covers the Bugey Sud community of communes "
    "(41 towns).\n",
])
def test_more_ways_of_giving_an_intercommunality_s_count(tmp_path, text):
    [area] = territory_of(record_of(text, tmp_path), "val-fleuri")["areas"]
    assert (area["code"], area["communes_count"]["value"]) == (BUGEY_SUD, 41)


def test_a_count_after_soit_that_is_all_of_the_area_is_the_cpts_s_and_the_area_s(tmp_path):
    """As the development set's gold has it for "la communauté de communes du golfe de Saint-Tropez, soit 12 communes" (dD04)."""
    record = record_of(bugey("Elle couvre la CC Bugey Sud, soit 41 communes et 34 000 habitants."), tmp_path)
    [area] = territory_of(record, "val-fleuri")["areas"]
    cpts = next(c for c in record["cpts"] if c["key"] == "val-fleuri")
    assert area["communes_count"]["value"] == 41 and cpts["communes_count"]["value"] == 41


@pytest.mark.parametrize("lines", [
    "Côté Loire : Marlhes, Jonzieux, Tarentaise, Planfoy.\nCôté Haute-Loire : Riotord, Dunières.",
    "Loire (42) : Marlhes, Jonzieux, Tarentaise, Planfoy\nHaute-Loire (43) : Riotord, Dunières",
])
def test_communes_one_line_per_department_under_other_labels(tmp_path, lines):
    record = record_of(release(f"Son territoire compte 6 communes.\n\n{lines}\n"), tmp_path)
    territory = territory_of(record, "hauts-du-pilat")
    expected = ["42115", "42139", "42172", "42306", "43087", "43163"]
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 6}
    assert record["cpts"][0]["departments"] == ["42", "43"]


@pytest.mark.parametrize("text", [
    release("Elle couvre 16 communes et 15 000 habitants, dont la moitié concentrés à Saint-Genest-Malifaux."),
    release("Son territoire s'organise autour de sa ville-centre, Saint-Genest-Malifaux."),
    "12 March 2024.\n\nThe CPTS des Hauts du Pilat covers 16 municipalities and 15,000 inhabitants, half of whom are "
    "concentrated in Saint-Genest-Malifaux.\n",
])
def test_the_town_a_territory_s_population_gathers_in(tmp_path, text):
    territory = territory_of(record_of(text, tmp_path), "hauts-du-pilat")
    assert [c["insee"] for c in territory["communes"]] == ["42224"]
    assert territory["resolved"] is None


@pytest.mark.parametrize("body", [
    "Les habitants se rendent souvent à Saint-Étienne pour consulter.",
    "60 % des habitants vivent à moins de 20 minutes d'un médecin.",
])
def test_towns_the_population_goes_to_are_not_the_territory_s(tmp_path, body):
    assert territory_of(record_of(release(body), tmp_path), "hauts-du-pilat")["communes"] == []


def test_a_headline_s_communes_before_a_colon_and_the_cpts(tmp_path):
    text = "Le 12 mars 2024.\n\nMarlhes, Jonzieux, Tarentaise et Planfoy : la CPTS des Hauts du Pilat est née.\n"
    territory = territory_of(record_of(text, tmp_path), "hauts-du-pilat")
    assert territory["resolved"]["insee"] == ["42115", "42139", "42172", "42306"]


def test_a_last_item_before_a_colon_does_not_head_a_list(tmp_path):
    text = release("Elle couvre Marlhes, Jonzieux, Tarentaise et Planfoy : quatre communes rurales.")
    assert territory_of(record_of(text, tmp_path), "hauts-du-pilat")["resolved"]["count"] == 4


@pytest.mark.parametrize("text", [
    "Le 12 mars 2024.\n\nLa CPTS du Val Fleuri a signé son accord. L'ARS Auvergne-Rhône-Alpes, dont le siège est à Lyon, "
    "accompagne le projet.\n",
    "Lyon, le 12 mars 2024 - L'ARS Auvergne-Rhône-Alpes annonce que la CPTS du Val Fleuri a signé son accord.\n",
])
def test_the_regional_agency_s_town_does_not_place_the_cpts(tmp_path, text):
    assert record_of(text, tmp_path)["cpts"][0]["departments"] == []


def test_a_local_dateline_still_places_the_cpts(tmp_path):
    text = "Belley, le 12 mars 2024 - La CPTS du Val Fleuri a signé son accord conventionnel.\n"
    assert record_of(text, tmp_path)["cpts"][0]["departments"] == ["01"]


@pytest.mark.parametrize("sentence, perimeter", [
    ("It serves Marlhes, Jonzieux, Tarentaise and Planfoy.", ["42115", "42139", "42172", "42306"]),
    ("The shuttle serves Marlhes, Jonzieux, Tarentaise and Planfoy.", None),
])
def test_english_serves(tmp_path, sentence, perimeter):
    text = f"12 March 2024.\n\nThe CPTS des Hauts du Pilat has signed its agreement. {sentence}\n"
    resolved = territory_of(record_of(text, tmp_path), "hauts-du-pilat")["resolved"]
    assert (resolved and resolved["insee"]) == perimeter


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_an_intercommunality_named_a_and_b_heads_the_list_after_its_colon(tmp_path, gap):
    # the 'et B :' of an intercommunality's name is no last item of a headline's list
    text = bugey("Elle couvre la partie sud de la communauté de communes de Gevrey-Chambertin et "
                 f"Nuits-Saint-Georges :{gap}Arcenant, Gilly-lès-Cîteaux et Saint-Nicolas-lès-Cîteaux.")
    area = territory_of(record_of(text, tmp_path), "val-fleuri")["areas"][0]
    assert (area["code"], area["extent"]) == ("200070894", "partial")
    assert [c["insee"] for c in area["listed"]] == ["21017", "21297", "21564"]


@pytest.mark.parametrize("closing", ["...", "…", ", etc."])
def test_an_item_closed_by_an_ellipsis_ends_where_the_next_line_lost_its_bullet(tmp_path, closing):
    # OCR often drops the dash of a bullet; the line after "..." is the list's next item
    text = bugey("Elle couvre :\n- la partie sud de la communauté de communes de Gevrey-Chambertin et Nuits-Saint-Georges : "
                 f"Arcenant, Gilly-lès-Cîteaux{closing}\nla communauté de communes Bugey Sud.")
    areas = territory_of(record_of(text, tmp_path), "val-fleuri")["areas"]
    assert [a["code"] for a in areas] == ["200070894", BUGEY_SUD]
    assert [c["insee"] for c in areas[0]["listed"]] == ["21017", "21297"]
