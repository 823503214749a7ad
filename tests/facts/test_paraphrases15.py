"""Invented sentences in the wordings of interviews, municipal bulletins, magazines and overseas press: an office
held "depuis ses débuts", a role the one CPTS of the text gives in its own voice ("nous avons embauché une
coordinatrice, A"), an issue's number before its date, "Nord" inside a place's name, "de l'île" for an island
department, a state on a day ("Au 1er janvier 2025, ... toutes signataires"), a region's people, the two ends
of a territory after its count and a dash, and two towns given as examples of counted communes."""
from __future__ import annotations

import pytest

K = "val-fleuri"


def _cpts(record: dict, key: str = K) -> dict:
    return {c["key"]: c for c in record["cpts"]}[key]


def _people(record: dict) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


def _communes(record: dict, key: str = K) -> set[str]:
    return {c["name"] for c in _cpts(record, key)["territory"]["communes"]}


# --- people --------------------------------------------------------------------------------------

def test_an_office_held_since_the_beginning(record_of):
    text = "Pharmacien à Rocheval, Mathieu Fabre préside depuis ses débuts la CPTS du Val Fleuri, lancée en 2019."
    assert _people(record_of(text)) == {("Mathieu Fabre", "président")}


def test_a_role_the_cpts_gives_in_its_own_voice(record_of):
    text = ("ENTRETIEN\n\nMathieu Fabre préside la CPTS du Val Fleuri, dans le sud de l'Aveyron.\n\n"
            "— Combien de professionnels vous ont rejoints ?\n"
            "M. F. : Nous sommes aujourd'hui 78 adhérents, sur les quelque 160 professionnels libéraux installés sur le "
            "territoire. Et pas seulement des médecins : les infirmières sont même majoritaires chez nous, et les "
            "pharmaciens du secteur ont presque tous adhéré dès la première année, ce qui nous a beaucoup aidés.\n\n"
            "— Quand l'ACI a-t-il été signé ?\n"
            "M. F. : Nous avons signé l'accord conventionnel interprofessionnel avec la CPAM le 9 décembre 2021. Cela a "
            "tout changé : nous avons pu embaucher une coordinatrice, Sandrine Vidal, d'abord à mi-temps.")
    assert ("Sandrine Vidal", "coordinatrice") in _people(record_of(text))


# --- the page's date -----------------------------------------------------------------------------

@pytest.mark.parametrize("masthead, value", [
    ("EXERCICE COORDONNÉ MAGAZINE - N° 52 - MAI 2024", "2024-05"),
    ("Bulletin d'information municipale – N° 47 – Mars 2024", "2024-03"),
    ("La Gazette de Rocheval n°112 | avril 2023", "2023-04"),
])
def test_an_issue_s_number_before_its_date(record_of, masthead, value):
    record = record_of(f"{masthead}\n\nLa CPTS du Val Fleuri a été lancée en 2019 à Rocheval.")
    assert record["document"]["published"]["value"] == value
    assert record["document"]["place"] is None  # the magazine's name is no place


def test_a_meeting_s_number_dates_the_meeting_not_the_page(record_of):
    record = record_of("Assemblée générale n°3 – 12 mars 2024\n\nLa CPTS du Val Fleuri a été lancée en 2019 à Rocheval.")
    assert record["document"]["published"] is None


# --- departments, places -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS Nord Caraïbe a signé l'ACI le 12 mars 2024. Elle regroupe douze communes, toutes membres de Cap Nord.",
    "La CPTS Nord Caraïbe a signé l'ACI le 12 mars 2024. Elle couvre la Communauté d'agglomération du Nord Basse-Terre.",
])
def test_nord_inside_a_place_s_name_is_not_the_department(record_of, text):
    assert "59" not in _cpts(record_of(text), "nord-caraibe")["departments"]


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a été lancée en 2019 dans le Nord.",
    "La CPTS du Val Fleuri, lancée en 2019, couvre 30 communes du Nord.",
    "Lille. La CPTS du Val Fleuri a été lancée en 2019 à Lille, Nord.",
])
def test_the_nord_department_is_still_read(record_of, text):
    assert _cpts(record_of(text))["departments"] == ["59"]


def test_the_island_is_the_department(record_of):
    text = ("SAINT-DENIS, le 3 avril 2024. La CPTS Est Réunion a été lancée le 14 mars 2024 à La Réunion. "
            "Troisième communauté professionnelle territoriale de santé de l'île, elle compte 131 000 habitants, "
            "soit 15 % de la population de l'île.")
    cpts = _cpts(record_of(text), "est-reunion")
    assert cpts["rank_in_department"]["value"] == 3 and cpts["rank_in_department"]["department"] == "974"
    assert [(p["value"], p["kind"]) for p in cpts["percentages"]] == [(15, "share_of_department_population")]


# --- dates, percentages --------------------------------------------------------------------------

def test_a_state_on_a_day_is_no_signing_date(record_of):
    text = ("Au 1er janvier 2025, la Corrèze compte cinq CPTS en fonctionnement, toutes signataires de l'accord "
            "conventionnel interprofessionnel : la CPTS du Pays de Brive et la CPTS de Haute-Corrèze.")
    assert all(not any(c["dates"].values()) for c in record_of(text)["cpts"])


@pytest.mark.parametrize("text, value", [
    ("Au printemps 2022, la CPTS du Val Fleuri a signé son accord conventionnel interprofessionnel.", "2022"),
    ("La CPTS du Val Fleuri a signé l'ACI le 3 mars 2024. Au 1er janvier 2025, elle comptait 120 adhérents.",
     "2024-03-03"),
])
def test_a_signing_date_stays(record_of, text, value):
    assert _cpts(record_of(text))["dates"]["aci_signature"]["value"] == value


def test_a_region_s_people_covered_is_no_cpts_s_share(record_of):
    text = ("La CPTS du Val Fleuri a signé l'ACI le 3 mars 2024. Avec ces quatre nouvelles signatures, la Bretagne "
            "compte désormais 44 CPTS. Près de 92 % des Bretons vivent aujourd'hui sur le territoire d'une communauté.")
    assert _cpts(record_of(text))["percentages"] == []


# --- communes ------------------------------------------------------------------------------------

def test_the_ends_of_a_territory_after_its_count_and_a_dash(record_of):
    text = ("La CPTS Est Réunion a été lancée le 14 mars 2024. Elle rayonne sur six communes - de Sainte-Rose à "
            "Saint-André, en passant par Bras-Panon, Saint-Benoît, la Plaine-des-Palmistes et Salazie - et quelque "
            "131 000 habitants.")
    assert {"Sainte-Rose", "Saint-André", "Bras-Panon", "Salazie"} <= _communes(record_of(text), "est-reunion")


def test_two_towns_given_as_examples_of_counted_communes(record_of):
    text = ("La CPTS Tarentaise Vanoise couvre deux intercommunalités : la communauté de communes Cœur de Tarentaise "
            "(6 communes, dont Moûtiers et Les Belleville) et la communauté de communes Val Vanoise (9 communes, dont "
            "Bozel, Courchevel, Les Allues et Pralognan-la-Vanoise).")
    assert {"Moûtiers", "Les Belleville", "Bozel"} <= _communes(record_of(text), "tarentaise-vanoise")


def test_the_communes_of_two_intercommunalities_the_territory_corresponds_to(record_of):
    text = ("La CPTS du Val Fleuri a été lancée en 2021. Son territoire correspond aux 55 communes des communautés de "
            "communes du Cœur de l'Avesnois et du Sud Avesnois.")
    assert _cpts(record_of(text))["communes_count"]["value"] == 55


def test_a_count_after_soit_that_is_all_of_an_intercommunality_is_its_count_too(record_of):
    cpts = _cpts(record_of("La CPTS du Val Fleuri a été lancée en 2021. Elle couvre la communauté de communes du Cœur "
                           "de l'Avesnois, soit 43 communes."))
    [area] = cpts["territory"]["areas"]
    assert cpts["communes_count"]["value"] == 43 and area["communes_count"]["value"] == 43


def test_a_count_after_soit_larger_than_the_intercommunality_is_the_cpts_s_only(record_of):
    cpts = _cpts(record_of("La CPTS du Val Fleuri a été lancée en 2021. Elle couvre la communauté de communes du Cœur "
                           "de l'Avesnois, soit 45 communes."))
    assert cpts["communes_count"]["value"] == 45 and cpts["territory"]["areas"][0]["communes_count"] is None


# --- names, launches -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, other", [
    ("La CPTS du Cap Corse a été lancée le 29 septembre 2023. C'est la deuxième CPTS de Haute-Corse, après celle de "
     "Balagne.", "balagne"),
    ("La CPTS du Val Fleuri a été lancée en 2019, un an après celle des Monts Clairs.", "monts-clairs"),
])
def test_another_cpts_named_by_celle_de_after_a_comparison(record_of, text, other):
    roles = {c["key"]: c["role"] for c in record_of(text)["cpts"]}
    assert roles[other] == "mentioned" and list(roles.values()).count("subject") == 1


def test_the_meeting_that_launched_the_cpts_just_spoken_of(record_of):
    text = ("Publié le 3 février 2024\n\nLa CPTS du Val Fleuri regroupe 51 communes. La soirée de lancement a eu lieu "
            "le 25 janvier à Rocheval.")
    assert _cpts(record_of(text))["dates"]["launch"]["value"] == "2024-01-25"


def test_each_item_of_a_bulleted_list_of_signatories_is_a_subject(record_of):
    text = ("Accueil › Actualités\n\nCPTS : quatre nouvelles signatures d'ACI ce trimestre\nPublié le 9 octobre 2024\n\n"
            "L'été n'a pas freiné l'élan des communautés professionnelles territoriales de santé de la région.\n\n"
            "Les CPTS signataires du 3e trimestre 2024 :\n\n"
            "• CPTS du Val Fleuri (Finistère) – 19 communes – ACI signé le 4 juillet 2024\n"
            "• CPTS des Monts Clairs (Côtes-d'Armor) – 23 communes – ACI signé le 18 juillet 2024\n"
            "• CPTS de la Haute Vallée (Morbihan) – 21 communes – ACI signé le 26 septembre 2024\n\n"
            "Dans le Morbihan, la CPTS de la Haute Vallée accompagnera les prochains projets.")
    roles = {c["key"]: c["role"] for c in record_of(text)["cpts"]}
    assert roles == {"val-fleuri": "subject", "monts-clairs": "subject", "haute-vallee": "subject"}


@pytest.mark.parametrize("text, towns", [
    ("La CPTS des Boutières a été lancée en 2022. Son territoire s'étend de la vallée de l'Eyrieux au plateau du "
     "Vivarais-Lignon, du Cheylard à Lamastre en passant par Saint-Martin-de-Valamas.",
     {"Le Cheylard", "Lamastre", "Saint-Martin-de-Valamas"}),
    ("La CPTS du Bocage virois a été lancée en 2022. Le territoire compte 17 communes et quelque 46 000 habitants, de "
     "Vire Normandie à Condé-en-Normandie en passant par Souleuvre en Bocage et Valdallière.",
     {"Vire Normandie", "Condé-en-Normandie", "Souleuvre en Bocage", "Valdallière"}),
])
def test_the_ends_of_a_territory_after_a_comma_then_the_towns_on_the_way(record_of, text, towns):
    record = record_of(text)
    assert towns <= {c["name"] for cpts in record["cpts"] for c in cpts["territory"]["communes"]}


def test_a_list_opened_by_soit_names_what_the_sentence_before_counted(record_of):
    text = ("La CPTS des Collines vendéennes a été lancée en 2024. Le territoire compte seize communes. Soit, du nord au "
            "sud : Montournais, Saint-Mesmin, La Meilleraie-Tillay, Pouzauges, puis Sigournais et Chantonnay.")
    assert _communes(record_of(text), "collines-vendeennes") == {
        "Montournais", "Saint-Mesmin", "La Meilleraie-Tillay", "Pouzauges", "Sigournais", "Chantonnay"}


def test_intercommunalities_taken_up_by_celles_du(record_of):
    text = ("La CPTS des Vosges saônoises a été lancée en 2021. Elle couvre deux communautés de communes : celles du Pays "
            "de Lure et de Rahin et Chérimont.")
    areas = {a["code"] for a in _cpts(record_of(text), "vosges-saonoises")["territory"]["areas"]}
    assert areas == {"247000664", "247000821"}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a été lancée le 25 janvier 2024. Prochaine étape : la signature de l'ACI, que le bureau "
    "espère pour le printemps 2025.",
    "La CPTS du Val Fleuri a été lancée le 25 janvier 2024. La signature de l'ACI est d'ores et déjà programmée le "
    "14 avril 2025.",
])
def test_a_signature_hoped_for_or_scheduled_is_not_dated(record_of, text):
    assert _cpts(record_of(text))["dates"]["aci_signature"] is None


def test_a_signature_in_a_relative_clause_of_the_past_stays(record_of):
    text = "La CPTS du Val Fleuri a signé l'ACI que les professionnels attendaient, le 25 janvier 2024."
    assert _cpts(record_of(text))["dates"]["aci_signature"]["value"] == "2024-01-25"


def test_a_point_of_the_compass_of_a_department_is_no_cpts_name(record_of):
    text = "La CPTS Riviera-Roya a été lancée en 2021. Les deux CPTS de l'Est du département travaillent ensemble."
    assert [c["key"] for c in record_of(text)["cpts"]] == ["riviera-roya"]


def test_a_launch_place_set_between_commas_after_the_date(record_of):
    text = "Née officiellement le 23 novembre 2023, à Ydes, la CPTS du Nord-Ouest Cantal regroupe 74 adhérents."
    assert _cpts(record_of(text), "nord-ouest-cantal")["launch_place"]["name"] == "Ydes"


def test_a_count_taken_up_by_en_recense_after_a_past_peak(record_of):
    text = ("La CPTS des Boutières a été lancée en 2020. La CPTS a compté jusqu'à 70 adhérents ; elle en recense "
            "aujourd'hui 61.")
    assert _cpts(record_of(text), "boutieres")["professionals_count"]["value"] == 61


SECTIONS = ("Mardi 8 octobre, trois communautés professionnelles territoriales de santé (CPTS) de l'Aisne ont signé "
            "l'accord conventionnel interprofessionnel.\n\n"
            "▪ CPTS du Val Fleuri\nSon périmètre recouvre 68 communes et 47 340 habitants. 112 professionnels de santé "
            "ont adhéré à l'association, présidée par le Dr Mathilde Carré.\n\n"
            "▪ CPTS des Monts Clairs\nElle rassemble 98 communes pour environ 32 200 habitants. Son président, Benoît "
            "Lefèvre, est pharmacien.\n\n"
            "▪ CPTS de la Haute Vallée\nElle s'étend sur 51 communes : trois autres restent rattachées à la CPTS du "
            "Grand Soissonnais, l'une des six CPTS du département. Son territoire réunit 25 593 habitants. Elle est "
            "coprésidée par le Dr Karim Benali et Sophie Vasseur.\n\n"
            "  Les trois CPTS en chiffres\n  • 217 communes\n  • 105 145 habitants\n  • près de 280 professionnels\n")


def test_bulleted_headings_over_their_paragraphs_head_sections(record_of):
    record = record_of(SECTIONS)
    roles = {c["key"]: c["role"] for c in record["cpts"]}
    assert roles["haute-vallee"] == "subject"
    haute_vallee = _cpts(record, "haute-vallee")
    assert haute_vallee["population"]["value"] == 25593
    assert {p["name"] for p in haute_vallee["people"]} == {"Karim Benali", "Sophie Vasseur"}


def test_a_box_of_several_cpts_s_figures_is_no_one_s(record_of):
    record = record_of(SECTIONS)
    assert all(c["professionals_count"] is None or c["professionals_count"]["value"] != 280 for c in record["cpts"])
    assert all(c["communes_count"] is None or c["communes_count"]["value"] != 217 for c in record["cpts"])


def test_a_hashtag_in_a_post_s_sentence_names_the_cpts(record_of):
    text = ("✍️ Ce lundi 8 avril 2024, la #CPTS du Pays Dolois a signé son accord conventionnel interprofessionnel "
            "(#ACI) avec la CPAM du Jura. Elle couvre 55 000 habitants. #CPTS #santé")
    assert [c["key"] for c in record_of(text)["cpts"]] == ["pays-dolois"]


def test_an_english_newsletter_s_issue(record_of):
    record = record_of("EFPC Newsletter - March 2024\n\nThe CPTS Cœur de Maurienne was launched on 5 February 2024.")
    assert record["document"]["published"]["value"] == "2024-03" and record["document"]["place"] is None


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé l'ACI en 2022. La communauté est co-présidée par le Dr Jean-Pierre Soulé, médecin "
     "généraliste à Saint-Girons, et par Laetitia Dedieu, infirmière libérale à Seix.",
     {("Jean-Pierre Soulé", "co-président"), ("Laetitia Dedieu", "co-présidente")}),
    ("La CPTS du Val Fleuri a signé l'ACI en 2022. La communauté, présidée par Lucie Grandjean, sage-femme à Ronchamp, "
     "couvre 26 communes.", {("Lucie Grandjean", "présidente")}),
])
def test_offices_of_la_communaute(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_the_byline_dates_the_page_not_a_reader_s_signed_comment(record_of):
    text = ("Est Cantal : entretien avec la coordinatrice de la CPTS Est Cantal\nPar Sandrine Lana le 18-09-2023\n\n"
            "La CPTS Est Cantal a signé l'ACI au printemps 2022. Elle regroupe 92 communes.\n\n"
            "Commentaires\nTrès intéressant, merci.\nDr Lucie Vidal, 20.09.2023")
    assert record_of(text)["document"]["published"]["value"] == "2023-09-18"


def test_a_second_event_with_its_participle_alone_after_et(record_of):
    text = ("La CPTS de la Pointe de Cornouaille a vu son projet de santé validé par l'ARS Bretagne en octobre 2022 et "
            "l'accord conventionnel interprofessionnel (ACI) signé avec la CPAM du Finistère le 9 février 2023.")
    dates = {k: d["value"] for k, d in _cpts(record_of(text), "pointe-de-cornouaille")["dates"].items() if d}
    assert dates == {"health_project": "2022-10", "aci_signature": "2023-02-09"}


def test_the_journalist_of_a_byline_under_a_headline_role_is_nobody_s_officer(record_of):
    text = ("Est Cantal : entretien avec la coordinatrice de la CPTS Est Cantal\nPar Sandrine Lana le 18-09-2023\n\n"
            "La CPTS Est Cantal a signé l'ACI au printemps 2022. Elle regroupe 92 communes.")
    assert _people(record_of(text)) == set()


def test_an_item_s_own_figure_under_a_lead_naming_the_cpts(record_of):
    text = ("Les CPTS signataires du 3e trimestre 2024 :\n\n"
            "• CPTS du Val Fleuri (Finistère) – 19 communes, soit l'ensemble de la communauté de communes du Pays de "
            "Landivisiau – ACI signé le 4 juillet 2024\n"
            "• CPTS des Monts Clairs (Côtes-d'Armor) – 23 communes du Centre-Bretagne, environ 18 500 habitants – ACI "
            "signé le 18 juillet 2024\n"
            "• CPTS de la Haute Vallée (Morbihan) – 21 communes – ACI signé le 26 septembre 2024")
    counts = {c["key"]: c["communes_count"] and c["communes_count"]["value"] for c in record_of(text)["cpts"]}
    assert counts == {"val-fleuri": 19, "monts-clairs": 23, "haute-vallee": 21}
