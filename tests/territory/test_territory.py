"""The perimeter of a CPTS read from free prose, in French and English: lists after a colon,
inline sentences, intercommunalities named by their type word or abbreviation, parts of an
area, exceptions, commune counts, communes named on their own, homonyms, former communes,
spelling variants, several CPTS in one release, and the warnings a perimeter can raise.

Expected codes come from the official gazetteer (SIREN of each EPCI, INSEE code of each
commune), never from the pipeline's own output.
"""
from __future__ import annotations

import pytest

from perimeter import GAZ, WARNINGS_OF_A_PERIMETER, record_of


# EPCIs (SIREN)
PAYS_DE_LANDIVISIAU = "242900751"  # CC du Pays de Landivisiau (29), 19 communes
HAUT_LEON = "200067072"  # CC Haut-Léon Communauté (29), 14 communes
MORLAIX = "242900835"  # CA Morlaix Communauté (29)
QUIMPERLE = "242900694"  # CA Quimperlé Communauté (29), 16 communes
DOUARNENEZ = "242900645"  # CC Douarnenez Communauté (29), 5 communes
BREST = "242900314"  # Brest Métropole (29), 8 communes
BAUD = "200096675"  # CC Baud Communauté (56), 6 communes
CHATEAUGIRON = "243500659"  # CC Pays de Châteaugiron Communauté (35)
LIFFRE_CORMIER = "243500774"  # CC Liffré-Cormier Communauté (35), 9 communes
GRAND_CALAIS = "200090751"  # CA Grand Calais Terres et Mers (62)
DEUX_CAPS = "246200380"  # CC de la Terre des Deux Caps (62)
HENIN_CARVIN = "246200299"  # CA d'Hénin-Carvin (62), 14 communes
DUNKERQUE = "245900428"  # CU de Dunkerque (59)
RODEZ = "241200187"  # CA Rodez Agglomération (12), 8 communes
DECAZEVILLE = "200067064"  # CC Decazeville Communauté (12), 12 communes
DURANCE_LUBERON_VERDON = "200034700"  # CA Durance-Lubéron-Verdon Agglomération (04, 83)
CASTRES_MAZAMET = "248100430"  # CA de Castres Mazamet (81)
THORE_MONTAGNE_NOIRE = "248100745"  # CC Thoré Montagne Noire (81)
LUNEL = "243400520"  # CA Lunel Agglo (34), 14 communes
GRAND_CAHORS = "200023737"  # CA du Grand Cahors (46)
GRAND_NANCY = "245400676"  # Métropole du Grand Nancy (54)
GRAND_VERDUN = "200049187"  # CA du Grand Verdun (55)
VAL_DE_MEUSE = "200066165"  # CC Val de Meuse - Voie Sacrée (55)
SARREBOURG = "200068146"  # CC Sarrebourg Moselle Sud (57)
SARREGUEMINES = "200070746"  # CA Sarreguemines Confluences (57, 67)
BERGERACOISE = "200070647"  # CA Bergeracoise (24)
ANNONAY = "200072015"  # CA Annonay Rhône Agglo (07)
MONTLUCON = "200071082"  # CA Montluçon Communauté (03), 21 communes
MACONNAIS_TOURNUGEOIS = "200069698"  # CC Mâconnais - Tournugeois (71), 24 communes
PRE_BOCAGE = "200069524"  # CC Pré-Bocage Intercom (14)
SAINT_LO = "200066389"  # CA Saint-Lô Agglo (50)
VIRE_AU_NOIREAU = "200068799"  # CC Intercom de la Vire au Noireau (14)
CHATEAUROUX = "243600327"  # CA Châteauroux Métropole (36), 14 communes
VAL_DE_L_INDRE = "243600301"  # CC Val de l'Indre - Brenne (36), 12 communes
VIERZON = "200090561"  # CC Vierzon-Sologne-Berry (18)
COEUR_DE_BERRY = "200070571"  # CC Coeur de Berry (18)


# --- lists after a colon ------------------------------------------------------------------------

def test_fr_bullet_list_with_dashes(tmp_path):
    text = (
        "COMMUNIQUÉ DE PRESSE – ARS Bretagne\n\n"
        "Landivisiau, le 12 avril 2024\n\n"
        "La communauté professionnelle territoriale de santé (CPTS) du Léon a signé son accord "
        "conventionnel interprofessionnel avec l'ARS Bretagne et la CPAM du Finistère. "
        "Elle réunit 140 professionnels de santé libéraux.\n\n"
        "Son territoire couvre deux intercommunalités :\n"
        "- la communauté de communes du Pays de Landivisiau ;\n"
        "- la communauté de communes Haut-Léon Communauté.\n\n"
        "La CPTS est présidée par le Dr Gaëlle Le Roux, médecin généraliste.\n"
    )
    record = record_of(text, tmp_path)
    territory = {c["key"]: c for c in record["cpts"]}["leon"]["territory"]
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [
        ("epci", PAYS_DE_LANDIVISIAU, "full"), ("epci", HAUT_LEON, "full")]
    expected = sorted(set(GAZ.epci(PAYS_DE_LANDIVISIAU).members) | set(GAZ.epci(HAUT_LEON).members))
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 33}
    assert not {w["code"] for w in record["warnings"]} & WARNINGS_OF_A_PERIMETER


def test_fr_list_lines_without_dashes(tmp_path):
    text = (
        "Calais, le 7 mars 2024\n\n"
        "La CPTS du Calaisis a été officiellement lancée mercredi en présence de l'ARS Hauts-de-France "
        "et de la CPAM de la Côte d'Opale. Elle rassemble 260 professionnels de santé.\n\n"
        "Le territoire de la CPTS comprend :\n"
        "la communauté d'agglomération Grand Calais Terres et Mers ;\n"
        "la communauté de communes de la Terre des Deux Caps.\n\n"
        "Son premier objectif est de trouver un médecin traitant aux patients en affection de longue durée.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["calaisis"]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(GRAND_CALAIS, "full"), (DEUX_CAPS, "full")]
    expected = sorted(set(GAZ.epci(GRAND_CALAIS).members) | set(GAZ.epci(DEUX_CAPS).members))
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 35}


def test_en_list_with_en_dashes_and_counts(tmp_path):
    text = (
        "Châteauroux, 14 May 2024\n\n"
        "PRESS RELEASE – Regional Health Agency of Centre-Val de Loire\n\n"
        "The CPTS Indre Centre was launched on 13 May in Déols. It brings together 180 health "
        "professionals in the Indre department.\n\n"
        "The community covers:\n"
        "– Châteauroux Métropole (14 municipalities);\n"
        "– the Val de l'Indre - Brenne community of communes (12 municipalities).\n\n"
        "Its first mission is to find a regular doctor for every patient with a chronic disease.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["indre-centre"]["territory"]
    assert [(a["code"], a["extent"], (a["communes_count"] or {}).get("value")) for a in territory["areas"]] == [
        (CHATEAUROUX, "full", 14), (VAL_DE_L_INDRE, "full", 12)]
    expected = sorted(set(GAZ.epci(CHATEAUROUX).members) | set(GAZ.epci(VAL_DE_L_INDRE).members))
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 26}


# --- inline perimeters --------------------------------------------------------------------------

def test_fr_inline_all_communes_of_a_community_of_communes(tmp_path):
    text = (
        "Mâcon, le 20 juin 2024\n\n"
        "La CPTS du Tournugeois a signé le 18 juin 2024 l'accord conventionnel interprofessionnel avec "
        "l'ARS Bourgogne-Franche-Comté et la CPAM de Saône-et-Loire. "
        "La CPTS couvre les 24 communes de la communauté de communes Mâconnais-Tournugeois, soit près de "
        "16 000 habitants. Elle fédère 60 professionnels de santé autour de Tournus.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["tournugeois"]
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (MACONNAIS_TOURNUGEOIS, "full")
    assert (area["communes_count"] or {}).get("value") == 24
    assert (cpts["communes_count"] or {}).get("value") == 24
    members = sorted(GAZ.epci(MACONNAIS_TOURNUGEOIS).members)
    assert cpts["territory"]["resolved"] == {"insee": members, "complete": True, "count": 24}
    assert "communes_count_mismatch" not in {w["code"] for w in record["warnings"]}


def test_fr_inline_agglomeration_and_community_of_communes(tmp_path):
    text = (
        "Castres, le 3 octobre 2023\n\n"
        "Les professionnels de santé du sud du Tarn ont officiellement lancé leur communauté. "
        "La CPTS du Sud Tarn s'étend sur la communauté d'agglomération de Castres-Mazamet et la communauté "
        "de communes Thoré Montagne Noire. Elle rassemble 230 adhérents : médecins, infirmiers, pharmaciens "
        "et masseurs-kinésithérapeutes.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["sud-tarn"]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (CASTRES_MAZAMET, "full"), (THORE_MONTAGNE_NOIRE, "full")]
    expected = sorted(set(GAZ.epci(CASTRES_MAZAMET).members) | set(GAZ.epci(THORE_MONTAGNE_NOIRE).members))
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 23}


def test_fr_territory_corresponds_to_that_of_an_agglomeration(tmp_path):
    text = (
        "Rodez, le 9 janvier 2024\n\n"
        "La CPTS du Grand Rodez a été officiellement créée le 8 janvier 2024 avec le soutien de l'ARS "
        "Occitanie et de la CPAM de l'Aveyron. Son territoire correspond à celui de Rodez Agglomération. "
        "Elle compte déjà 150 professionnels de santé adhérents.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["grand-rodez"]["territory"]
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [("epci", RODEZ, "full")]
    assert territory["resolved"] == {"insee": sorted(GAZ.epci(RODEZ).members), "complete": True, "count": 8}


def test_en_inline_community_of_communes_and_part_of_agglomeration(tmp_path):
    text = (
        "Verdun, 2 February 2024\n\n"
        "The CPTS Verdun Voie Sacrée signed its interprofessional agreement with the Regional Health "
        "Agency of Grand Est and the Meuse Health Insurance Fund on 1 February. The CPTS covers the "
        "Val de Meuse - Voie Sacrée community of communes and part of the Grand Verdun agglomeration "
        "community (Verdun, Belleville-sur-Meuse and Thierville-sur-Meuse). "
        "About 120 health professionals have joined.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["verdun-voie-sacree"]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (VAL_DE_MEUSE, "full"), (GRAND_VERDUN, "partial")]
    assert [c["insee"] for c in territory["areas"][1]["listed"]] == ["55545", "55043", "55505"]
    expected = sorted(set(GAZ.epci(VAL_DE_MEUSE).members) | {"55545", "55043", "55505"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": len(expected)}


# --- intercommunalities named by their type word or abbreviation ---------------------------------

@pytest.mark.parametrize("sentence, key, siren", [
    pytest.param("La CPTS du Pays de Morlaix couvre l'ensemble de Morlaix Communauté, soit 65 000 habitants.",
                 "pays-de-morlaix", MORLAIX, id="x-communaute"),
    pytest.param("Le périmètre de la CPTS du Bassin d'Annonay épouse celui d'Annonay Rhône Agglo.",
                 "bassin-d-annonay", ANNONAY, id="x-agglo"),
    pytest.param("La CPTS du Pré-Bocage s'étend sur Pré-Bocage Intercom, au sud-ouest de Caen.",
                 "pre-bocage", PRE_BOCAGE, id="x-intercom"),
    pytest.param("La CPTS Grand Nancy couvre la Métropole du Grand Nancy, soit 257 000 habitants.",
                 "grand-nancy", GRAND_NANCY, id="metropole-x"),
    pytest.param("La CPTS du Pays de Brest couvre Brest Métropole, soit 215 000 habitants.",
                 "pays-de-brest", BREST, id="x-metropole"),
    pytest.param("La CPTS du Dunkerquois couvre l'ensemble de la communauté urbaine de Dunkerque.",
                 "dunkerquois", DUNKERQUE, id="communaute-urbaine-de-x"),
    pytest.param("Le territoire de la CPTS du Pays de Vierzon correspond à la CC Vierzon-Sologne-Berry.",
                 "pays-de-vierzon", VIERZON, id="cc-abbreviation"),
    pytest.param("La CPTS Cahors Quercy couvre la CA du Grand Cahors, soit 42 000 habitants.",
                 "cahors-quercy", GRAND_CAHORS, id="ca-abbreviation"),
])
def test_intercommunality_named_by_its_type(tmp_path, sentence, key, siren):
    text = (
        "COMMUNIQUÉ DE PRESSE\n\n"
        "Le 15 mars 2024\n\n"
        "Une nouvelle communauté professionnelle territoriale de santé a signé son accord conventionnel "
        "interprofessionnel avec l'ARS et l'Assurance Maladie. "
        f"{sentence} Elle rassemble une centaine de professionnels de santé libéraux.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}[key]["territory"]
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [("epci", siren, "full")]
    members = sorted(GAZ.epci(siren).members)
    assert territory["resolved"] == {"insee": members, "complete": True, "count": len(members)}


def test_fr_part_of_cc_abbreviation_with_communes(tmp_path):
    text = (
        "Vierzon, le 4 avril 2024\n\n"
        "La CPTS de la Vallée du Cher a été lancée jeudi en présence de l'ARS Centre-Val de Loire. "
        "Elle couvre une partie de la CC Vierzon-Sologne-Berry (Vierzon, Foëcy et Méry-sur-Cher). "
        "Elle compte 90 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["vallee-du-cher"]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(VIERZON, "partial")]
    assert [c["insee"] for c in territory["areas"][0]["listed"]] == ["18279", "18096", "18150"]
    assert territory["resolved"] == {"insee": ["18096", "18150", "18279"], "complete": True, "count": 3}


@pytest.mark.parametrize("text, key, siren, listed", [
    pytest.param("Rodez, le 6 mai 2024\n\nLa CPTS Rodez Nord a signé son accord conventionnel interprofessionnel. "
                 "Elle couvre une partie de Rodez Agglomération (Rodez, Olemps et Onet-le-Château). "
                 "Elle compte 70 professionnels de santé.\n",
                 "rodez-nord", RODEZ, ["12202", "12174", "12176"], id="fr-elle-couvre"),
    pytest.param("Saint-Lô, 6 May 2024\n\nThe CPTS Centre Manche was launched on Friday. "
                 "It covers part of Saint-Lô Agglo (Saint-Lô, Agneaux and Pont-Hébert). "
                 "It brings together 70 health professionals.\n",
                 "centre-manche", SAINT_LO, ["50502", "50002", "50409"], id="en-it-covers"),
])
def test_pronoun_subject_and_area_without_community_word(tmp_path, text, key, siren, listed):
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}[key]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "partial")]
    assert [c["insee"] for c in territory["areas"][0]["listed"]] == listed
    assert territory["resolved"] == {"insee": sorted(listed), "complete": True, "count": len(listed)}


@pytest.mark.parametrize("sentence, key, name, siren", [
    pytest.param("La CPTS du Bassin Houiller a été lancée. Son territoire comprend Decazeville Communauté, "
                 "soit 12 communes.", "bassin-houiller", "Decazeville Communauté", DECAZEVILLE, id="decazeville"),
    pytest.param("La CPTS Moyenne Durance a signé son accord. Le territoire de la CPTS englobe "
                 "Durance-Lubéron-Verdon Agglomération, soit 64 000 habitants.", "moyenne-durance",
                 "Durance-Lubéron-Verdon Agglomération", DURANCE_LUBERON_VERDON, id="durance"),
])
def test_area_name_starting_with_de_or_du(tmp_path, sentence, key, name, siren):
    text = f"Le 30 avril 2024\n\n{sentence} Elle rassemble 50 professionnels de santé.\n"
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}[key]["territory"]
    assert [(a["name"], a["code"], a["extent"]) for a in territory["areas"]] == [(name, siren, "full")]
    members = sorted(GAZ.epci(siren).members)
    assert territory["resolved"] == {"insee": members, "complete": True, "count": len(members)}


def test_en_french_agglomeration_name_in_an_english_release(tmp_path):
    text = (
        "Manosque, 30 April 2024\n\n"
        "The CPTS Moyenne Durance has signed its interprofessional agreement with the Regional Health Agency. "
        "The CPTS covers the Durance-Lubéron-Verdon Agglomération, home to 64,000 inhabitants. "
        "It brings together 120 health professionals.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["moyenne-durance"]["territory"]
    assert [(a["name"], a["code"], a["extent"]) for a in territory["areas"]] == [
        ("Durance-Lubéron-Verdon Agglomération", DURANCE_LUBERON_VERDON, "full")]
    members = sorted(GAZ.epci(DURANCE_LUBERON_VERDON).members)
    assert territory["resolved"] == {"insee": members, "complete": True, "count": 25}


# --- parts of an area -----------------------------------------------------------------------------

def test_fr_part_of_community_of_communes_with_communes_in_parentheses(tmp_path):
    text = (
        "Landivisiau, le 28 novembre 2023\n\n"
        "La CPTS des Enclos a signé son accord conventionnel interprofessionnel avec la CPAM du Finistère. "
        "Elle couvre une partie de la communauté de communes du Pays de Landivisiau (Landivisiau, "
        "Lampaul-Guimiliau, Guimiliau et Sizun). Quelque 70 professionnels de santé y ont adhéré.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["enclos"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (PAYS_DE_LANDIVISIAU, "partial", None)
    assert [c["insee"] for c in area["listed"]] == ["29105", "29097", "29074", "29277"]
    assert territory["resolved"] == {"insee": ["29074", "29097", "29105", "29277"], "complete": True, "count": 4}


def test_fr_southern_part_with_notamment_is_open(tmp_path):
    text = (
        "Bergerac, le 11 septembre 2024\n\n"
        "La CPTS Sud Bergeracois a été présentée aux élus lundi. Son territoire couvre la partie sud de la "
        "communauté d'agglomération Bergeracoise, notamment Monbazillac, Pomport et Sigoulès-et-Flaugeac. "
        "Elle rassemble 85 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["sud-bergeracois"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (BERGERACOISE, "partial", "south")
    assert [c["insee"] for c in area["listed"]] == ["24274", "24331", "24534"]
    assert territory["resolved"] == {"insee": ["24274", "24331", "24534"], "complete": False, "count": 3}


def test_en_eastern_part_including_is_open(tmp_path):
    text = (
        "Mazamet, 21 June 2024\n\n"
        "The CPTS Montagne Noire has signed its interprofessional agreement with the Occitanie Regional "
        "Health Agency. The CPTS covers the eastern part of the Castres-Mazamet agglomeration community, "
        "including Mazamet, Aussillon and Pont-de-Larn. It brings together 75 health professionals.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["montagne-noire"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (CASTRES_MAZAMET, "partial", "east")
    assert [c["insee"] for c in area["listed"]] == ["81163", "81021", "81209"]
    assert territory["resolved"] == {"insee": ["81021", "81163", "81209"], "complete": False, "count": 3}


def test_fr_north_of_area_with_colon_list(tmp_path):
    text = (
        "Decazeville, le 14 mai 2024\n\n"
        "La CPTS de la Vallée du Lot a été lancée en présence de la CPAM de l'Aveyron. "
        "Son territoire comprend le nord de Decazeville Communauté : Flagnac, Saint-Parthem et "
        "Livinhac-le-Haut. Une trentaine de professionnels de santé y exercent.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["vallee-du-lot"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (DECAZEVILLE, "partial", "north")
    assert [c["insee"] for c in area["listed"]] == ["12101", "12240", "12130"]
    assert territory["resolved"] == {"insee": ["12101", "12130", "12240"], "complete": True, "count": 3}


# --- exceptions -----------------------------------------------------------------------------------

def test_fr_whole_area_except_communes(tmp_path):
    text = (
        "Lunel, le 2 juillet 2024\n\n"
        "La CPTS du Pays de Lunel a signé son accord conventionnel interprofessionnel avec l'ARS Occitanie "
        "et la CPAM de l'Hérault. Elle couvre l'ensemble de la communauté d'agglomération Lunel Agglo à "
        "l'exception des communes de Campagne et Garrigues. Elle regroupe 140 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["pays-de-lunel"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (LUNEL, "full")
    assert [c["insee"] for c in area["except"]] == ["34048", "34112"]
    expected = sorted(set(GAZ.epci(LUNEL).members) - {"34048", "34112"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 12}


def test_fr_area_with_sauf_in_parentheses(tmp_path):
    text = (
        "Montluçon, le 25 janvier 2024\n\n"
        "La CPTS du Pays de Montluçon a été officiellement lancée mercredi. Son territoire correspond à "
        "Montluçon Communauté (sauf Lamaids), soit 20 communes. Elle réunit 210 professionnels de santé "
        "de l'Allier.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["pays-de-montlucon"]
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (MONTLUCON, "full")
    assert [c["insee"] for c in area["except"]] == ["03136"]
    expected = sorted(set(GAZ.epci(MONTLUCON).members) - {"03136"})
    assert cpts["territory"]["resolved"] == {"insee": expected, "complete": True, "count": 20}
    assert "communes_count_mismatch" not in {w["code"] for w in record["warnings"]}


def test_en_whole_of_area_except_communes(tmp_path):
    text = (
        "Hénin-Beaumont, 9 April 2024\n\n"
        "The CPTS Hénin Gohelle was launched on 8 April with the Hauts-de-France Regional Health Agency. "
        "The community covers the whole of the Hénin-Carvin agglomeration community except Carvin and "
        "Libercourt. It gathers 190 health professionals.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["henin-gohelle"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (HENIN_CARVIN, "full")
    assert [c["insee"] for c in area["except"]] == ["62215", "62907"]
    expected = sorted(set(GAZ.epci(HENIN_CARVIN).members) - {"62215", "62907"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 12}


def test_fr_area_with_hors_in_parentheses(tmp_path):
    text = (
        "Douarnenez, le 6 juin 2024\n\n"
        "La CPTS du Pays de Douarnenez a été lancée jeudi. Elle couvre la communauté de communes "
        "Douarnenez Communauté (hors Kerlaz), soit près de 17 500 habitants. "
        "Elle rassemble 65 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["pays-de-douarnenez"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (DOUARNENEZ, "full")
    assert [c["insee"] for c in area["except"]] == ["29090"]
    expected = sorted(set(GAZ.epci(DOUARNENEZ).members) - {"29090"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 4}


# --- commune counts -------------------------------------------------------------------------------

def test_fr_area_count_in_parentheses(tmp_path):
    text = (
        "Liffré, le 30 avril 2024\n\n"
        "La CPTS du Pays de Liffré a signé son accord avec l'Assurance Maladie. Son territoire "
        "comprend Liffré-Cormier Communauté (9 communes), soit près de 29 000 habitants. "
        "Elle fédère 55 professionnels de santé d'Ille-et-Vilaine.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["pays-de-liffre"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (LIFFRE_CORMIER, "full")
    assert (area["communes_count"] or {}).get("value") == 9
    members = sorted(GAZ.epci(LIFFRE_CORMIER).members)
    assert territory["resolved"] == {"insee": members, "complete": True, "count": 9}


def test_en_the_n_municipalities_of_area(tmp_path):
    text = (
        "Quimperlé, 16 October 2023\n\n"
        "The CPTS Quimperlé Terre Océane was launched yesterday. The CPTS covers the 16 municipalities of "
        "Quimperlé Communauté, home to 57,000 inhabitants. Some 160 health professionals have joined it.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["quimperle-terre-oceane"]
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (QUIMPERLE, "full")
    assert (area["communes_count"] or {}).get("value") == 16
    assert (cpts["communes_count"] or {}).get("value") == 16
    members = sorted(GAZ.epci(QUIMPERLE).members)
    assert cpts["territory"]["resolved"] == {"insee": members, "complete": True, "count": 16}
    assert "communes_count_mismatch" not in {w["code"] for w in record["warnings"]}


@pytest.mark.parametrize("text", [
    pytest.param("Aubin, le 3 juin 2024\n\nLa CPTS du Bassin Houiller a été lancée en présence de la CPAM de "
                 "l'Aveyron. Son territoire s'étend sur les 12 communes de Decazeville Communauté, soit près de "
                 "18 000 habitants. Elle rassemble 50 professionnels de santé.\n", id="fr-digits"),
    pytest.param("Aubin, le 3 juin 2024\n\nLa CPTS du Bassin Houiller a été lancée en présence de la CPAM de "
                 "l'Aveyron. Son territoire s'étend sur les douze communes de Decazeville Communauté, soit près de "
                 "18 000 habitants. Elle rassemble 50 professionnels de santé.\n", id="fr-words"),
    pytest.param("Aubin, 3 June 2024\n\nThe CPTS Bassin Houiller was launched with the Aveyron Health Insurance "
                 "Fund. Its territory spans the twelve municipalities of Decazeville Communauté, home to nearly "
                 "18,000 inhabitants. It brings together 50 health professionals.\n", id="en-words"),
])
def test_count_of_the_communes_of_an_area(tmp_path, text):
    cpts = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["bassin-houiller"]
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (DECAZEVILLE, "full")
    assert (area["communes_count"] or {}).get("value") == 12
    assert (cpts["communes_count"] or {}).get("value") == 12
    assert cpts["territory"]["resolved"] == {
        "insee": sorted(GAZ.epci(DECAZEVILLE).members), "complete": True, "count": 12}


# --- communes named on their own ------------------------------------------------------------------

def test_fr_area_and_communes_de(tmp_path):
    text = (
        "Baud, le 19 février 2024\n\n"
        "La CPTS Blavet Centre Bretagne a signé son accord conventionnel avec l'ARS Bretagne. "
        "Son territoire comprend Baud Communauté ainsi que les communes de Locminé et Moustoir-Ac. "
        "Elle réunit 80 professionnels de santé du Morbihan.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["blavet-centre-bretagne"]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(BAUD, "full")]
    assert {"56117", "56141"} <= {c["insee"] for c in territory["communes"]}
    expected = sorted(set(GAZ.epci(BAUD).members) | {"56117", "56141"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 8}


def test_en_area_as_well_as_the_municipality_of(tmp_path):
    text = (
        "Vierzon, 5 March 2024\n\n"
        "The CPTS Vierzon Sologne was launched on 4 March with the Centre-Val de Loire Regional Health "
        "Agency. It covers the Vierzon-Sologne-Berry community of communes as well as the municipality of "
        "Mehun-sur-Yèvre. Over 100 health professionals have joined.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["vierzon-sologne"]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(VIERZON, "full")]
    assert "18141" in {c["insee"] for c in territory["communes"]}
    expected = sorted(set(GAZ.epci(VIERZON).members) | {"18141"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 17}


def test_fr_professionals_spread_over_an_open_list_of_communes(tmp_path):
    text = (
        "Villers-Bocage, le 10 octobre 2023\n\n"
        "La CPTS du Pré-Bocage a été officiellement lancée mardi. Ses 80 professionnels de santé sont "
        "répartis sur les communes de Villers-Bocage, Les Monts d'Aunay, Caumont-sur-Aure... "
        "Elle est présidée par le Dr Anne Lefèvre.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["pre-bocage"]["territory"]
    assert territory["areas"] == []
    assert [c["insee"] for c in territory["communes"]] == ["14752", "14027", "14143"]
    assert territory["resolved"] == {"insee": ["14027", "14143", "14752"], "complete": False, "count": 3}


@pytest.mark.parametrize("sentence, key, siren, neighbour", [
    pytest.param("La CPTS du Tournugeois couvre la communauté de communes Mâconnais-Tournugeois ainsi que "
                 "Boissey, dans l'Ain voisin.", "tournugeois", MACONNAIS_TOURNUGEOIS, "01050", id="ain"),
    pytest.param("La CPTS du Nord Ardèche couvre Annonay Rhône Agglo ainsi que Saint-Appolinard, dans la "
                 "Loire voisine.", "nord-ardeche", ANNONAY, "42201", id="loire"),
])
def test_fr_commune_of_a_neighbouring_department(tmp_path, sentence, key, siren, neighbour):
    text = (
        "Le 12 décembre 2023\n\n"
        "Une nouvelle CPTS a signé son accord conventionnel interprofessionnel avec l'ARS et l'Assurance "
        f"Maladie. {sentence} Elle rassemble 70 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}[key]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "full")]
    assert neighbour in {c["insee"] for c in territory["communes"]}
    expected = sorted(set(GAZ.epci(siren).members) | {neighbour})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": len(expected)}


# --- homonyms, former communes, spelling variants --------------------------------------------------

@pytest.mark.parametrize("sentence, key, siren, listed, homonyms", [
    pytest.param("La CPTS du Haut-Mâconnais couvre une partie de la communauté de communes Mâconnais-Tournugeois "
                 "(Tournus, Lugny, Clessé et Viré).", "haut-maconnais", MACONNAIS_TOURNUGEOIS,
                 ["71543", "71267", "71135", "71584"], ["71267", "71135", "71584"], id="lugny-clesse-vire"),
    pytest.param("La CPTS Indre Nord couvre une partie de Châteauroux Métropole (Châteauroux, Déols, Saint-Maur "
                 "et Le Poinçonnet).", "indre-nord", CHATEAUROUX, ["36044", "36063", "36202", "36159"], ["36202"],
                 id="saint-maur"),
])
def test_homonyms_resolved_by_the_area_they_are_listed_under(tmp_path, sentence, key, siren, listed, homonyms):
    assert all(len(GAZ.candidates(GAZ.commune(code).name)) > 1 for code in homonyms)
    text = (
        "Le 8 février 2024\n\n"
        "Une nouvelle CPTS a été lancée cette semaine avec le soutien de l'ARS et de l'Assurance Maladie. "
        f"{sentence} Elle compte 90 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}[key]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (siren, "partial")
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == {"insee": sorted(listed), "complete": True, "count": len(listed)}


def test_homonym_resolved_by_the_department_of_the_cpts(tmp_path):
    text = (
        "Bourges, le 17 janvier 2024\n\n"
        "La CPTS Cœur de Berry, dans le Cher, a signé son accord conventionnel interprofessionnel. "
        "Son territoire couvre la communauté de communes Cœur de Berry ainsi que la commune de Saint-Laurent. "
        "Elle rassemble 40 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}["coeur-de-berry"]["territory"]
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(COEUR_DE_BERRY, "full")]
    assert {"name": "Saint-Laurent", "insee": "18219"} in [
        {"name": c["name"], "insee": c["insee"]} for c in territory["communes"]]
    expected = sorted(set(GAZ.epci(COEUR_DE_BERRY).members) | {"18219"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 12}


@pytest.mark.parametrize("sentence, key, siren, listed", [
    pytest.param("La CPTS du Pré-Bocage couvre une partie de Pré-Bocage Intercom (Villers-Bocage, Aunay-sur-Odon "
                 "et Cahagnes).", "pre-bocage", PRE_BOCAGE, ["14752", "14027", "14120"], id="aunay-sur-odon"),
    pytest.param("La CPTS de la Vilaine Est couvre une partie de Pays de Châteaugiron Communauté (Châteaugiron, "
                 "Piré-sur-Seiche et Domloup).", "vilaine-est", CHATEAUGIRON, ["35069", "35220", "35099"],
                 id="pire-sur-seiche"),
    pytest.param("La CPTS du Bocage Virois couvre une partie de l'Intercom de la Vire au Noireau (Vire, "
                 "Valdallière et Condé-en-Normandie).", "bocage-virois", VIRE_AU_NOIREAU,
                 ["14762", "14726", "14174"], id="vire"),
])
def test_former_commune_links_to_the_commune_nouvelle(tmp_path, sentence, key, siren, listed):
    text = (
        "Le 22 mai 2024\n\n"
        "Une nouvelle CPTS a signé son accord conventionnel interprofessionnel avec l'ARS et la CPAM. "
        f"{sentence} Une soixantaine de professionnels de santé y ont adhéré.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}[key]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (siren, "partial")
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == {"insee": sorted(listed), "complete": True, "count": len(listed)}


@pytest.mark.parametrize("sentence, key, siren, listed", [
    pytest.param("La CPTS de la Côte du Léon couvre une partie de Haut-Léon Communauté (St-Pol-de-Léon, Roscoff "
                 "et Santec).", "cote-du-leon", HAUT_LEON, ["29259", "29239", "29273"], id="st-for-saint"),
    pytest.param("La CPTS de la Laita couvre une partie de Quimperle Communaute (Quimperle, Moelan-sur-Mer et "
                 "Riec-sur-Belon).", "laita", QUIMPERLE, ["29233", "29150", "29236"], id="no-accents"),
    pytest.param("La CPTS des Coteaux de Monbazillac couvre une partie de la communauté d'agglomération "
                 "Bergeracoise : Sigoulès-Flaugeac, Gageac-Rouillac et Monbazillac.", "coteaux-de-monbazillac",
                 BERGERACOISE, ["24534", "24193", "24274"], id="missing-et"),
])
def test_spelling_variants_of_commune_names(tmp_path, sentence, key, siren, listed):
    text = (
        "Le 13 novembre 2023\n\n"
        "Une nouvelle CPTS a été lancée avec l'ARS et l'Assurance Maladie. "
        f"{sentence} Elle réunit 50 professionnels de santé.\n"
    )
    territory = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}[key]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (siren, "partial")
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == {"insee": sorted(listed), "complete": True, "count": len(listed)}


# --- several CPTS in one release ------------------------------------------------------------------

def test_two_subject_cpts_each_with_its_perimeter(tmp_path):
    text = (
        "Metz, le 27 mars 2024\n\n"
        "Deux nouvelles CPTS en Moselle\n\n"
        "L'ARS Grand Est et la CPAM de la Moselle ont signé mardi les accords conventionnels "
        "interprofessionnels de deux nouvelles communautés professionnelles territoriales de santé. "
        "La CPTS du Pays de Sarrebourg couvre la communauté de communes Sarrebourg Moselle Sud. "
        "La CPTS de Sarreguemines s'étend quant à elle sur la communauté d'agglomération Sarreguemines "
        "Confluences. Elles rassemblent à elles deux plus de 300 professionnels de santé.\n"
    )
    cpts = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}
    assert cpts["pays-de-sarrebourg"]["role"] == cpts["sarreguemines"]["role"] == "subject"
    for key, siren in (("pays-de-sarrebourg", SARREBOURG), ("sarreguemines", SARREGUEMINES)):
        territory = cpts[key]["territory"]
        assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "full")], key
        members = sorted(GAZ.epci(siren).members)
        assert territory["resolved"] == {"insee": members, "complete": True, "count": len(members)}, key


def test_fr_excepted_communes_attached_to_a_mentioned_cpts(tmp_path):
    text = (
        "Annonay, le 4 juillet 2024\n\n"
        "La CPTS du Bassin d'Annonay a signé son accord conventionnel interprofessionnel avec l'ARS "
        "Auvergne-Rhône-Alpes. Elle couvre la communauté d'agglomération Annonay Rhône Agglo, à l'exception "
        "de Limony et Serrières, rattachées à la CPTS Rhône Vivarais. Elle compte 120 professionnels de santé.\n"
    )
    cpts = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}
    subject, other = cpts["bassin-d-annonay"], cpts["rhone-vivarais"]
    [area] = subject["territory"]["areas"]
    assert (area["code"], area["extent"]) == (ANNONAY, "full")
    assert [c["insee"] for c in area["except"]] == ["07143", "07313"]
    expected = sorted(set(GAZ.epci(ANNONAY).members) - {"07143", "07313"})
    assert subject["territory"]["resolved"] == {"insee": expected, "complete": True, "count": 27}
    assert [c["insee"] for c in other["territory"]["communes"]] == ["07143", "07313"]
    assert (subject["role"], other["role"]) == ("subject", "mentioned")


def test_fr_commune_that_belongs_to_a_mentioned_cpts(tmp_path):
    text = (
        "Saint-Pol-de-Léon, le 15 avril 2024\n\n"
        "La CPTS du Haut-Léon a été lancée lundi en présence de l'ARS Bretagne. Elle couvre une partie de "
        "Haut-Léon Communauté (Saint-Pol-de-Léon, Roscoff, Santec et Île-de-Batz). Plouescat relève de la "
        "CPTS de la Côte des Légendes. La CPTS réunit 90 professionnels de santé.\n"
    )
    cpts = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}
    subject, other = cpts["haut-leon"], cpts["cote-des-legendes"]
    assert subject["territory"]["resolved"] == {
        "insee": ["29082", "29239", "29259", "29273"], "complete": True, "count": 4}
    assert [c["insee"] for c in other["territory"]["communes"]] == ["29185"]
    assert (subject["role"], other["role"]) == ("subject", "mentioned")


# --- warnings -------------------------------------------------------------------------------------

def test_commune_listed_twice_is_a_duplicate(tmp_path):
    text = (
        "Lunel, le 18 mars 2024\n\n"
        "La CPTS Vidourle Camargue a été lancée vendredi. La CPTS couvre une partie de Lunel Agglo (Lunel, "
        "Lunel-Viel, Marsillargues et Lunel). Elle rassemble 95 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    territory = {c["key"]: c for c in record["cpts"]}["vidourle-camargue"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (LUNEL, "partial")
    assert [c["insee"] for c in area["listed"]] == ["34145", "34146", "34151"]
    assert territory["resolved"] == {"insee": ["34145", "34146", "34151"], "complete": True, "count": 3}
    codes = [w["code"] for w in record["warnings"]]
    assert codes.count("duplicate_commune") == 1
    assert "unlinked_commune" not in codes and "commune_not_in_area" not in codes


def test_name_that_is_no_commune_stays_unlinked(tmp_path):
    text = (
        "Rodez, le 6 mai 2024\n\n"
        "La CPTS Rodez Ouest a signé son accord conventionnel interprofessionnel. La CPTS Rodez Ouest couvre "
        "une partie de Rodez Agglomération (Rodez, Olemps et Lioujas). Elle compte 70 professionnels de santé.\n"
    )
    assert GAZ.candidates("Lioujas") == []
    record = record_of(text, tmp_path)
    territory = {c["key"]: c for c in record["cpts"]}["rodez-ouest"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (RODEZ, "partial")
    assert [(c["name"], c["insee"]) for c in area["listed"]] == [
        ("Rodez", "12202"), ("Olemps", "12174"), ("Lioujas", None)]
    assert territory["resolved"] == {"insee": ["12174", "12202"], "complete": False, "count": 2}
    warnings = [w for w in record["warnings"] if w["code"] == "unlinked_commune"]
    assert [w["cpts"] for w in warnings] == ["rodez-ouest"]


def test_stated_count_differing_from_a_complete_perimeter(tmp_path):
    text = (
        "Châteauroux, le 2 avril 2024\n\n"
        "La CPTS Champagne Berrichonne a été officiellement lancée lundi. Son territoire compte 25 communes : "
        "l'ensemble de Châteauroux Métropole et de la communauté de communes Val de l'Indre - Brenne. "
        "Elle réunit 200 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["champagne-berrichonne"]
    assert (cpts["communes_count"] or {}).get("value") == 25
    assert [(a["code"], a["extent"]) for a in cpts["territory"]["areas"]] == [
        (CHATEAUROUX, "full"), (VAL_DE_L_INDRE, "full")]
    assert cpts["territory"]["resolved"]["count"] == 26 and cpts["territory"]["resolved"]["complete"]
    assert [w["cpts"] for w in record["warnings"] if w["code"] == "communes_count_mismatch"] == [
        "champagne-berrichonne"]


def test_commune_listed_under_an_area_it_does_not_belong_to(tmp_path):
    text = (
        "Castres, le 20 février 2024\n\n"
        "La CPTS Castres Labruguière a signé son accord avec la CPAM du Tarn. Elle couvre une partie de la "
        "communauté d'agglomération de Castres-Mazamet (Castres, Labruguière et Labastide-Rouairoux). "
        "Elle rassemble 150 professionnels de santé.\n"
    )
    assert GAZ.commune("81115").epci == THORE_MONTAGNE_NOIRE
    record = record_of(text, tmp_path)
    territory = {c["key"]: c for c in record["cpts"]}["castres-labruguiere"]["territory"]
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (CASTRES_MAZAMET, "partial")
    assert [c["insee"] for c in area["listed"]] == ["81065", "81120", "81115"]
    warnings = [w for w in record["warnings"] if w["code"] == "commune_not_in_area"]
    assert len(warnings) == 1 and "81115" in warnings[0]["message"]


def test_commune_named_like_a_demonym_is_not_a_department():
    from pipeline.facts.place_names import find_departments

    found = [d.code for d in find_departments("Aubin, le 3 juin 2024. Les Aubois et les Girondins, en Côte-d'Or.")]
    assert found == ["10", "33", "21"]  # "Aubin" is a commune of the Aveyron, not the Aube


def test_an_intercommunality_named_as_it_was_before_a_merger(tmp_path):
    text = (
        "Lons-le-Saunier, le 4 mars 2020. La CPTS du Sud Jura a signé l'accord conventionnel "
        "interprofessionnel. Son territoire correspond à celui de la communauté de communes Jura Sud, "
        "soit 17 communes et 6 800 habitants.\n"
    )
    record = record_of(text, tmp_path)
    territory = {c["key"]: c for c in record["cpts"]}["sud-jura"]["territory"]
    [area] = territory["areas"]
    assert area["code"] == "243900412"  # merged into CC Terre d'Émeraude Communauté in 2020
    assert territory["resolved"]["count"] == 17 and territory["resolved"]["complete"]
    assert "39269" in territory["resolved"]["insee"]  # Moirans-en-Montagne
    assert [w["code"] for w in record["warnings"]] == ["dissolved_epci"]


def test_an_intercommunality_under_its_former_name_links_to_the_current_one(tmp_path):
    text = (
        "Ribérac, le 2 février 2021. La CPTS du Ribéracois est lancée. Elle couvre la communauté de "
        "communes du Pays Ribéracois et ses 44 communes.\n"
    )
    record = record_of(text, tmp_path)
    [area] = {c["key"]: c for c in record["cpts"]}["riberacois"]["territory"]["areas"]
    assert area["code"] == "200040400"  # since named "CC du Périgord Ribéracois"
    assert "dissolved_epci" not in [w["code"] for w in record["warnings"]]
