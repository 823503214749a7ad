"""Invented sentences in the wordings of press and CPTS pages: an association born "sous forme associative"
(its statutes too), offices held "sous la co-présidence du Dr", a list of holders that stops where a name
has a verb of its own, the Breton "c'h" in a surname, the office of a body taken up by "Ses membres";
the communes of an intercommunality given as "celles de la CC X", the towns cantons are named after, a
perimeter measured against the count of communes the text gives; names with a spaced dash (a CPTS's, an
intercommunality's) and intercommunalities named without their type on lines that count their communes."""
from __future__ import annotations

import pytest

K = "val-fleuri"
GRAND_FIGEAC = "200067361"


def _people(record: dict) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


def _dates(record: dict) -> dict[str, str]:
    return {kind: d["value"] for c in record["cpts"] for kind, d in c["dates"].items() if d}


def _cpts(record: dict, key: str) -> dict:
    return {c["key"]: c for c in record["cpts"]}[key]


# --- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Née en janvier 2022 sous forme d'association, la CPTS du Val Fleuri couvre douze communes.", "2022-01"),
    ("Créée sous forme associative en juin 2022, la CPTS du Val Fleuri couvre douze communes.", "2022-06"),
    ("La CPTS du Val Fleuri est née à l'automne 2022 sous la forme d'une association loi 1901.", "2022"),
])
def test_an_association_born_so_dates_the_launch_and_the_statutes(record_of, text, value):
    assert _dates(record_of(text)) == {"launch": value, "statutes": value}


def test_a_cpts_born_without_its_association_dates_the_launch_only(record_of):
    assert _dates(record_of("La CPTS du Val Fleuri est née en janvier 2022 d'une envie commune.")) == {"launch": "2022-01"}


# --- people --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri s'est constituée sous la co-présidence du Dr Mathieu Gallois et de Sandrine Lhuillier.",
     {("Mathieu Gallois", "co-président"), ("Sandrine Lhuillier", "co-présidente")}),
    # the members of the body the sentence before named
    ("Plus rurale, la CPTS du Val Fleuri couvre 81 communes. Ses 52 membres (médecins, infirmiers) sont réunis sous "
     "la co-présidence du Dr Mathieu Gallois et de Sandrine Lhuillier, infirmière libérale.",
     {("Mathieu Gallois", "co-président"), ("Sandrine Lhuillier", "co-présidente")}),
    # a name with a verb of its own opens another clause: not one more president
    ("La CPTS du Val Fleuri est présidée par Thomas Guérin, masseur-kinésithérapeute, et Marie-Laure Bonnin assure "
     "la coordination depuis septembre 2022.",
     {("Thomas Guérin", "président"), ("Marie-Laure Bonnin", "coordinatrice")}),
    ("La CPTS du Val Fleuri regroupe 80 soignants. Marie-Laure Bonnin assure la coordination depuis septembre 2022.",
     {("Marie-Laure Bonnin", "coordinatrice")}),
    ("La CPTS du Val Fleuri est présidée par Anne Roux, avec Erwan Créac'h comme vice-président.",
     {("Anne Roux", "présidente"), ("Erwan Créac'h", "vice-président")}),
])
def test_offices_in_other_words(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_two_presidents_listed_stay_two(record_of):
    text = "La CPTS du Val Fleuri est coprésidée par Anne Roux et Paul Morel, médecins à Gex."
    assert _people(record_of(text)) == {("Anne Roux", "coprésidente"), ("Paul Morel", "coprésident")}


# --- territory -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS du Figeacois couvre 92 communes : celles de la communauté de communes du Grand-Figeac.",
    "La CPTS du Figeacois a été lancée le 5 avril 2024.\n• 92 communes : celles de la communauté de communes du "
    "Grand-Figeac\n• 45 000 habitants",
])
def test_the_communes_of_an_intercommunality_given_as_those_of_it(record_of, text):
    territory = _cpts(record_of(text), "figeacois")["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(GRAND_FIGEAC, "full")]
    assert territory["resolved"]["count"] == 92


def test_cantons_named_after_their_towns_give_no_commune(record_of):
    text = ("La CPTS Lomagne Gersoise couvre les anciens cantons de Lectoure, de Fleurance, de Miradoux et de "
            "Saint-Clar, soit 51 communes et 19 600 habitants.")
    territory = _cpts(record_of(text), "lomagne-gersoise")["territory"]
    assert territory["communes"] == [] and territory["resolved"] is None


def test_the_towns_of_a_few_health_centres_are_no_perimeter_of_thirty_communes(record_of):
    text = ("La CPTS du Val Fleuri couvre 30 communes. Elle s'appuie sur les maisons de santé de Donzy, "
            "Pouilly-sur-Loire et Neuvy-sur-Loire.")
    assert _cpts(record_of(text), K)["territory"]["resolved"] is None


def test_a_list_shorter_than_the_count_is_not_the_whole_perimeter(record_of):
    text = ("La CPTS du Val Fleuri couvre 12 communes : Donzy, Pouilly-sur-Loire, Neuvy-sur-Loire, Cosne-Cours-sur-Loire, "
            "Saint-Amand-en-Puisaye, Myennes, Alligny-Cosne et Saint-Loup.")
    resolved = _cpts(record_of(text), K)["territory"]["resolved"]
    assert resolved["count"] == 8 and resolved["complete"] is False


# --- names with a spaced dash --------------------------------------------------------------------

def test_a_dashed_name_before_a_verb_of_the_genre(record_of):
    record = record_of("Brest, le 12 mars 2024. La CPTS Abers – Côte des Légendes fédère les soignants du nord du "
                       "Finistère. Elle compte 180 adhérents.")
    assert [(c["key"], c["professionals_count"]["value"]) for c in record["cpts"]] == [("abers-cote-des-legendes", 180)]


def test_a_title_and_a_footer_cut_at_the_dash_take_the_whole_name_the_text_gives(record_of):
    text = ("CPTS Abers – Côte des Légendes\nAccueil   La CPTS   Notre territoire\n\n"
            "La CPTS Abers – Côte des Légendes fédère les soignants du nord du Finistère.\n\n"
            "© 2024 CPTS Abers – Côte des Légendes · Mentions légales · Plan du site\n")
    assert [(c["key"], c["aliases"]) for c in record_of(text)["cpts"]] == [("abers-cote-des-legendes", [])]


def test_an_intercommunality_named_with_an_en_dash_for_its_hyphen(record_of):
    text = ("La CPTS du Verdunois couvre la communauté de communes Val de Meuse – Voie Sacrée hors Julvécourt, Osches "
            "et Saint-André-en-Barrois.")
    territory = _cpts(record_of(text), "verdunois")["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [("200066165", "full")]
    assert territory["resolved"]["count"] == 22  # its 25 communes but the three it leaves out


def test_intercommunalities_named_without_their_type_on_lines_that_count_their_communes(record_of):
    text = ("La CPTS des Abers couvre 31 communes, réparties sur trois intercommunalités.\n\n"
            "Pays des Abers (13 communes)\nPlabennec, Lannilis, Plouguerneau…\n\n"
            "Lesneven Côte des Légendes (14 communes)\nLesneven, Kerlouan, Guissény…\n\n"
            "Pays d'Iroise (4 communes)\nPloudalmézeau, Lampaul-Ploudalmézeau, Landunvez, Tréouergat\n")
    areas = _cpts(record_of(text), "abers")["territory"]["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [("242900553", "full"), ("242900793", "full"), ("242900074", "partial")]


# --- counts and ranks ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Portée par 118 professionnels de santé libéraux, la CPTS du Val Fleuri s'étend sur 24 communes.", 118),
    ("La CPTS du Val Fleuri couvre 24 communes. Ses 52 membres (médecins, infirmiers, pharmaciens) sont réunis en "
     "association.", 52),
])
def test_the_members_who_carry_the_community(record_of, text, expected):
    assert _cpts(record_of(text), K)["professionals_count"]["value"] == expected


def test_the_founders_of_a_project_are_not_its_members(record_of):
    text = "La CPTS du Val Fleuri couvre 24 communes. Son projet, porté par 12 professionnels, a été validé en 2023."
    assert _cpts(record_of(text), K)["professionals_count"] is None


@pytest.mark.parametrize("sentence", ["Un bassin de vie de 78 000 personnes.", "Elle dessert 78 000 habitants."])
def test_a_population_after_a_list_ending_on_a_town_named_bourg(record_of, sentence):
    text = ("La CPTS du Nord Basse-Terre couvre les six communes de la communauté d'agglomération du Nord Basse-Terre : "
            "Deshaies, Pointe-Noire, Sainte-Rose, Lamentin, Petit-Bourg et Goyave. " + sentence)
    assert _cpts(record_of(text), "nord-basse-terre")["population"]["value"] == 78000


def test_a_sub_prefectures_population_is_the_towns(record_of):
    text = "La CPTS du Val Fleuri couvre 24 communes. Saint-Omer, sous-préfecture de 14 000 habitants, accueille son siège."
    assert _cpts(record_of(text), K)["population"] is None


def test_a_rank_after_a_phrase_naming_another_cpts_is_the_texts_own(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI le 3 mars 2024. Après la CPTS des Monts Bleus, c'est la "
                       "deuxième CPTS du Cantal à franchir ce cap.")
    assert {c["key"]: c["rank_in_department"] and c["rank_in_department"]["value"] for c in record["cpts"]} == \
        {K: 2, "monts-bleus": None}


@pytest.mark.parametrize("heading, key", [
    ("CPTS Val de Garonne – Pays de Duras", "val-de-garonne-pays-de-duras"),  # an intercommunality after the dash
    ("CPTS du Val Fleuri – Communiqué de presse", "val-fleuri"),  # the heading's phrase
    ("CPTS du Val Fleuri - Yonne", "val-fleuri"),  # where it lies
])
def test_a_heading_goes_on_over_its_dash_to_a_place_only(record_of, heading, key):
    text = f"{heading}\n\nNée du rapprochement de deux projets, la CPTS couvre 60 communes et 66 400 habitants.\n"
    assert [c["key"] for c in record_of(text)["cpts"]] == [key]


# --- layouts of releases and CPTS pages ------------------------------------------------------------

def test_a_box_whose_lines_open_on_a_greater_than_sign_gives_exact_figures(record_of):
    text = ("La CPTS du Val Fleuri a signé son ACI.\n\nLa CPTS en bref\n> 26 585 habitants\n> 29 communes\n"
            "> 78 professionnels de santé\n")
    cpts = _cpts(record_of(text), K)
    assert [(cpts[f]["value"], cpts[f]["qualifier"]) for f in ("population", "communes_count", "professionals_count")] \
        == [(26585, "exact"), (29, "exact"), (78, "exact")]


def test_a_greater_than_sign_in_a_sentence_is_more_than(record_of):
    text = "La CPTS du Val Fleuri a signé son ACI. Elle dessert > 26 000 habitants."
    assert _cpts(record_of(text), K)["population"]["qualifier"] == "more_than"


@pytest.mark.parametrize("closing, value", [
    ("Contact presse\nARS Normandie – Mathieu Hébert – 02 31 70 96 12\n\nCaen, le 6 juin 2024\n", "2024-06-06"),
    ("Contact presse\nARS Paca – 04 13 55 80 10\n\nMarseille, le 03/10/2024\n\nMis à jour le 04/10/2024\n"
     "Mentions légales | Plan du site\n", "2024-10-03"),
])
def test_a_release_closing_on_its_place_and_date(record_of, closing, value):
    body = "".join(f"- Action {n} : un parcours de soins pour les patients du territoire.\n" for n in range(1, 13))
    text = ("La CPTS du Val Fleuri signe son ACI\n\nLa CPTS du Val Fleuri a signé son accord conventionnel "
            "interprofessionnel mardi 4 juin à Flers. Elle regroupe 134 professionnels. Ses actions :\n" + body + "\n"
            + closing)
    record = record_of(text)
    assert record["document"]["published"]["value"] == value


def test_dates_under_the_year_heading_their_timeline(record_of):
    text = ("La CPTS du Val Fleuri\n\nNotre histoire\n2020\n▸ 9 juillet — La lettre d'intention est validée par l'ARS.\n"
            "2021\n▸ 26 janvier — Assemblée générale constitutive : adoption des statuts de l'association.\n"
            "2022\n▸ 30 juin — Signature de l'accord conventionnel interprofessionnel (ACI).\n")
    assert _dates(record_of(text)) == {"letter_of_intent": "2020-07-09", "launch": "2021-01-26", "statutes": "2021-01-26",
                                       "aci_signature": "2022-06-30"}


def test_names_in_two_columns_are_not_one_person(record_of):
    text = ("La CPTS du Haut-Jura présente son bureau.\n\nCo-présidente      Co-président\n"
            "Dr Claire Vuillermoz      Thomas Bourgeois\n")
    assert {name for name, _ in _people(record_of(text))} == {"Claire Vuillermoz"}


def test_two_mis_decoded_words_are_repaired(record_of):
    text = ("La CPTS Paris Nord-Est a signé son ACI.\n\nLe bureau\nPrÃ©sident : Dr Julien Morvan, médecin généraliste\n"
            "Vice-prÃ©sidente : Anne Roux, infirmière\n")
    assert _people(record_of(text)) == {("Julien Morvan", "président"), ("Anne Roux", "vice-présidente")}


@pytest.mark.parametrize("text, key", [
    ("La CPTS Rive Droite couvre quatre communes de Bordeaux Métropole - Cenon, Lormont, Floirac et Bassens - ainsi "
     "que le quartier de La Bastide-Benauge.", "rive-droite"),
    ("La CPTS Strasbourg Sud intervient sur les quartiers sud de Strasbourg et sur deux communes de l'Eurométropole de "
     "Strasbourg : Illkirch-Graffenstaden et Ostwald.", "strasbourg-sud"),
])
def test_a_count_of_some_communes_of_a_metropolis_is_a_part_not_the_total(record_of, text, key):
    assert _cpts(record_of(text), key)["communes_count"] is None


def test_all_the_communes_of_a_metropolis_are_the_total(record_of):
    assert _cpts(record_of("La CPTS du Val couvre les 28 communes de Bordeaux Métropole."), "val")["communes_count"]["value"] == 28
