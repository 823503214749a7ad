"""More perimeters of a CPTS read from free prose: other verbs and introductions, lists with
other markers, several areas in one sentence, parts and exceptions worded otherwise, commune
counts in words and in parentheses, commune names with articles, abbreviations, Corsican and
overseas names, homonyms, English renderings of French intercommunalities, several CPTS in one
release, and sentences about a perimeter that is not the CPTS's.

Expected codes come from the official gazetteer (SIREN of each EPCI, INSEE code of each
commune), never from the pipeline's own output.
"""
from __future__ import annotations

import pytest

from perimeter import (
    GAZ, WARNINGS_OF_A_PERIMETER, english_release, full, members, record_of, release, territory_of,
)


# EPCIs (SIREN)
PAYS_FLECHOIS = "247200348"  # CC du Pays Fléchois (72), 14 communes
LE_MANS = "247200132"  # CU Le Mans Métropole (72), 20 communes
SUD_EST_MANCEAU = "247200421"  # CC du Sud Est Manceau (72), 5 communes
SABLES_D_OLONNE = "200071165"  # CA Les Sables d'Olonne Agglomération (85), 5 communes
OCEAN_MARAIS_DE_MONTS = "248500258"  # CC Océan Marais de Monts (85), 5 communes
NOIRMOUTIER = "248500191"  # CC de l'Ile de Noirmoutier (85), 4 communes
CHALLANS_GOIS = "200071629"  # CC Challans-Gois Communauté (85), 11 communes
PAYS_DE_BLAIN = "244400453"  # CC du Pays de Blain (44), 4 communes
NOZAY = "244400537"  # CC de Nozay (44), 7 communes
ERDRE_ET_GESVRES = "244400503"  # CC d'Erdre et Gesvres (44), 12 communes
BASTIA = "242000354"  # CA de Bastia (2B), 5 communes
MARANA_GOLO = "200036499"  # CC de Marana-Golo (2B), 10 communes
CAP_CORSE = "200042943"  # CC du Cap Corse (2B), 18 communes
PAYS_AJACCIEN = "242010056"  # CA du Pays Ajaccien (2A), 10 communes
CERGY_PONTOISE = "249500109"  # CA de Cergy-Pontoise (95, 78), 13 communes
VAL_D_YERRES = "200058477"  # CA Val d'Yerres Val de Seine (91), 9 communes
CENTRE_MARTINIQUE = "249720061"  # CA du Centre de la Martinique (972), 4 communes
ESPACE_SUD = "249720053"  # CA de l'Espace Sud de la Martinique (972), 12 communes
CA_DU_SUD = "249740085"  # CA du Sud (974), 4 communes
TCO = "249740101"  # CA Territoire de la Côte Ouest (974), 5 communes
CIREST = "249740093"  # CA Intercommunale de la Réunion Est (974), 6 communes
COEUR_DE_CHARTREUSE = "200040111"  # CC Coeur de Chartreuse (38, 73), 17 communes
GRAND_CHAMBERY = "200069110"  # CA du Grand Chambéry (73), 38 communes
GRAND_LAC = "200068674"  # CA Grand Lac (73), 28 communes
YENNE = "247300262"  # CC de Yenne (73), 13 communes
GERARDMER = "200096642"  # CC Gérardmer Hautes Vosges (88), 8 communes
BALLONS = "200033868"  # CC des Ballons des Hautes-Vosges (88), 8 communes
GRAND_DAX = "244000675"  # CA du Grand Dax (40), 20 communes
MONT_DE_MARSAN = "244000808"  # CA Mont de Marsan Agglomération (40), 18 communes
MIMIZAN = "244000543"  # CC de Mimizan (40), 6 communes
GRANDS_LACS = "244000873"  # CC des Grands Lacs (40), 7 communes
SEIGNANX = "244000659"  # CC du Seignanx (40), 8 communes
MACS = "244000865"  # CC Maremne Adour Côte Sud (40), 23 communes
COTENTIN = "200067205"  # CA du Cotentin (50)
COTE_OUEST_CENTRE_MANCHE = "200067031"  # CC Côte Ouest Centre Manche (50), 30 communes
GRANVILLE = "200042604"  # CC de Granville, Terre et Mer (50), 32 communes
AMIENS = "248000531"  # CA Amiens Métropole (80), 39 communes
ORLEANS = "244500468"  # Orléans Métropole (45), 22 communes
MONTARGOISE = "244500203"  # CA Montargoise et Rives du Loing (45), 15 communes
GRAND_PONTARLIER = "242500338"  # CC du Grand Pontarlier (25), 10 communes
VAL_DE_MORTEAU = "242504116"  # CC du Val de Morteau (25), 8 communes
TERRE_DE_CAMARGUE = "243000650"  # CC Terre de Camargue (30), 3 communes
PETITE_CAMARGUE = "243000593"  # CC de Petite Camargue (30), 5 communes
GRAND_AVIGNON = "248400251"  # CA du Grand Avignon (30, 84), 16 communes
GOLFE_DE_SAINT_TROPEZ = "200036077"  # CC du Golfe de Saint-Tropez (83), 12 communes
TOULON = "248300543"  # Métropole Toulon-Provence-Méditerranée (83), 12 communes
SUD_SAINTE_BAUME = "248300394"  # CA Sud Sainte Baume (83), 9 communes


# --- other verbs and introductions ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, key, siren", [
    pytest.param("Le territoire d'intervention de la CPTS Vallée du Loir recouvre la communauté de communes du "
                 "Pays Fléchois, soit environ 27 000 habitants.", "vallee-du-loir", PAYS_FLECHOIS,
                 id="recouvre"),
    pytest.param("La CPTS Adour Seignanx intervient sur la communauté de communes du Seignanx, au sud des Landes.",
                 "adour-seignanx", SEIGNANX, id="intervient-sur"),
    pytest.param("La CPTS du Marsan a été officiellement lancée lundi. Son aire d'action s'étend à l'ensemble "
                 "de Mont de Marsan Agglomération.", "marsan", MONT_DE_MARSAN, id="aire-d-action-s-etend-a"),
    pytest.param("La CPTS du Grand Bastia a été constituée sur le périmètre de la communauté de communes de "
                 "Marana-Golo, au sud de Bastia.", "grand-bastia", MARANA_GOLO, id="sur-le-perimetre-de"),
    pytest.param("Présidée par un pharmacien de Morteau, la CPTS du Haut-Doubs Horloger agit sur l'ensemble de "
                 "la communauté de communes du Val de Morteau.", "haut-doubs-horloger", VAL_DE_MORTEAU,
                 id="agit-sur-l-ensemble"),
    pytest.param("La CPTS de la Côte d'Amour couvre le territoire de Cap Atlantique, en Loire-Atlantique.",
                 "cote-d-amour", "244400610", id="le-territoire-de-un-nom-sans-type"),  # CA Cap Atlantique (44)
])
def test_fr_other_verbs_introducing_one_area(tmp_path, sentence, key, siren):
    record = record_of(release(sentence), tmp_path)
    territory = territory_of(record, key)
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [("epci", siren, "full")]
    assert territory["resolved"] == full(siren)
    assert not {w["code"] for w in record["warnings"]} & WARNINGS_OF_A_PERIMETER


def test_fr_elle_rayonne_sur_two_communities_named_with_a_plural_type(tmp_path):
    text = (
        "Gérardmer, le 5 mars 2024\n\n"
        "La CPTS des Hautes-Vosges a signé son accord conventionnel interprofessionnel avec l'ARS Grand Est "
        "et la CPAM des Vosges. Elle rayonne sur les communautés de communes Gérardmer Hautes Vosges et des "
        "Ballons des Hautes-Vosges. Elle fédère 110 professionnels de santé.\n"
    )
    territory = territory_of(record_of(text, tmp_path), "hautes-vosges")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(GERARDMER, "full"), (BALLONS, "full")]
    assert territory["resolved"] == full(GERARDMER, BALLONS)


@pytest.mark.parametrize("sentence, key, siren", [
    pytest.param("The CPTS Orléans Centre serves the whole of Orléans Métropole.", "orleans-centre", ORLEANS,
                 id="serves"),
    pytest.param("The CPTS Haut-Doubs Sud was set up in Pontarlier. Its catchment area is the Grand Pontarlier "
                 "community of communes.", "haut-doubs-sud", GRAND_PONTARLIER, id="catchment-area-is"),
    pytest.param("The CPTS Sud Sainte Baume was launched in Bandol on 13 May, covering the Sud Sainte Baume "
                 "agglomeration community.", "sud-sainte-baume", SUD_SAINTE_BAUME, id="covering-participle"),
    pytest.param("The CPTS Haut-Doubs Horloger covers the communauté de communes du Val de Morteau, on the "
                 "Swiss border.", "haut-doubs-horloger", VAL_DE_MORTEAU, id="french-type-words-in-english"),
])
def test_en_other_verbs_introducing_one_area(tmp_path, sentence, key, siren):
    territory = territory_of(record_of(english_release(sentence), tmp_path), key)
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [("epci", siren, "full")]
    assert territory["resolved"] == full(siren)


# --- lists with other markers ----------------------------------------------------------------------

def test_fr_communes_concernees_colon_line_of_corsican_names(tmp_path):
    text = (
        "Bastia, le 9 avril 2024\n\n"
        "La CPTS Bastia Lota a été officiellement lancée mardi en présence de l'ARS de Corse. "
        "Elle réunit 95 professionnels de santé.\n\n"
        "Communes concernées : Bastia, Furiani, San-Martino-di-Lota, Santa-Maria-di-Lota et Ville-di-Pietrabugno.\n\n"
        "Sa première mission sera l'accès à un médecin traitant.\n"
    )
    territory = territory_of(record_of(text, tmp_path), "bastia-lota")
    assert territory["areas"] == []
    listed = ["2B033", "2B120", "2B305", "2B309", "2B353"]
    assert listed == members(BASTIA)
    assert [c["insee"] for c in territory["communes"]] == listed
    assert territory["resolved"] == {"insee": sorted(listed), "complete": True, "count": 5}


def test_fr_perimetre_colon_with_round_bullets(tmp_path):
    text = (
        "Blain, le 21 mai 2024\n\n"
        "La CPTS Erdre et Isac a signé son accord conventionnel interprofessionnel avec l'ARS Pays de la Loire "
        "et la CPAM de Loire-Atlantique. Elle compte 85 adhérents.\n\n"
        "Périmètre de la CPTS :\n"
        "• Communauté de communes du Pays de Blain\n"
        "• Communauté de communes de Nozay\n\n"
        "Elle est présidée par Mme Claire Guérin, infirmière libérale.\n"
    )
    territory = territory_of(record_of(text, tmp_path), "erdre-et-isac")
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [
        ("epci", PAYS_DE_BLAIN, "full"), ("epci", NOZAY, "full")]
    assert territory["resolved"] == full(PAYS_DE_BLAIN, NOZAY)


def test_fr_numbered_list_lines(tmp_path):
    text = (
        "Aigues-Mortes, le 2 février 2024\n\n"
        "La CPTS Camargue Gardoise a été lancée jeudi avec l'ARS Occitanie et la CPAM du Gard. "
        "Elle réunit 120 professionnels de santé.\n\n"
        "Le territoire de la CPTS comprend :\n"
        "1) la communauté de communes Terre de Camargue ;\n"
        "2) la communauté de communes de Petite Camargue.\n\n"
        "Son siège est à Vauvert.\n"
    )
    territory = territory_of(record_of(text, tmp_path), "camargue-gardoise")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (TERRE_DE_CAMARGUE, "full"), (PETITE_CAMARGUE, "full")]
    assert territory["resolved"] == full(TERRE_DE_CAMARGUE, PETITE_CAMARGUE)


def test_en_territory_colon_with_bullets_and_counts(tmp_path):
    text = (
        "Les Sables-d'Olonne, 11 June 2024\n\n"
        "The CPTS Côte de Lumière signed its agreement with the Pays de la Loire Regional Health Agency "
        "on 10 June. It brings together 150 health professionals.\n\n"
        "Territory:\n"
        "• Les Sables d'Olonne Agglomération (5 municipalities)\n"
        "• Océan Marais de Monts community of communes (5 municipalities)\n\n"
        "Its first project is a coordinated care pathway for the elderly.\n"
    )
    territory = territory_of(record_of(text, tmp_path), "cote-de-lumiere")
    assert [(a["code"], a["extent"], (a["communes_count"] or {}).get("value")) for a in territory["areas"]] == [
        (SABLES_D_OLONNE, "full", 5), (OCEAN_MARAIS_DE_MONTS, "full", 5)]
    assert territory["resolved"] == full(SABLES_D_OLONNE, OCEAN_MARAIS_DE_MONTS)


def test_fr_areas_separated_by_slashes(tmp_path):
    text = (
        "Challans, le 8 octobre 2023\n\n"
        "La CPTS Nord-Ouest Vendée a été présentée aux élus lundi. "
        "Périmètre : CC de l'Ile de Noirmoutier / CC Océan Marais de Monts / CC Challans-Gois Communauté.\n\n"
        "Elle rassemble 180 professionnels de santé.\n"
    )
    territory = territory_of(record_of(text, tmp_path), "nord-ouest-vendee")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (NOIRMOUTIER, "full"), (OCEAN_MARAIS_DE_MONTS, "full"), (CHALLANS_GOIS, "full")]
    assert territory["resolved"] == full(NOIRMOUTIER, OCEAN_MARAIS_DE_MONTS, CHALLANS_GOIS)


# --- several areas in one sentence, whole areas -----------------------------------------------------

def test_fr_three_areas_with_commas_and_ainsi_que(tmp_path):
    sentence = ("La CPTS Erdre et Don couvre la CC du Pays de Blain, la CC de Nozay ainsi que la communauté de "
                "communes d'Erdre et Gesvres.")
    territory = territory_of(record_of(release(sentence, "Nort-sur-Erdre, le 3 juillet 2024"), tmp_path),
                             "erdre-et-don")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (PAYS_DE_BLAIN, "full"), (NOZAY, "full"), (ERDRE_ET_GESVRES, "full")]
    assert territory["resolved"] == full(PAYS_DE_BLAIN, NOZAY, ERDRE_ET_GESVRES)


def test_fr_astride_two_departments(tmp_path):
    text = (
        "Les Échelles, le 12 mars 2024\n\n"
        "À cheval sur l'Isère et la Savoie, la CPTS du Guiers couvre la communauté de communes Cœur de "
        "Chartreuse (17 communes). Elle regroupe 70 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    territory = territory_of(record, "guiers")
    [area] = territory["areas"]
    assert (area["kind"], area["code"], area["extent"]) == ("epci", COEUR_DE_CHARTREUSE, "full")
    assert (area["communes_count"] or {}).get("value") == 17
    assert territory["resolved"] == full(COEUR_DE_CHARTREUSE)
    assert {GAZ.commune(code).department for code in territory["resolved"]["insee"]} == {"38", "73"}


@pytest.mark.parametrize("sentence, key, siren", [
    pytest.param("La CPTS Côte d'Argent couvre la totalité de la communauté de communes des Grands Lacs.",
                 "cote-d-argent", GRANDS_LACS, id="la-totalite-de"),
    pytest.param("Le territoire de la CPTS du Born correspond à l'intégralité de la communauté de communes de "
                 "Mimizan.", "born", MIMIZAN, id="l-integralite-de"),
])
def test_fr_whole_of_an_area_worded_otherwise(tmp_path, sentence, key, siren):
    territory = territory_of(record_of(release(sentence, "Mimizan, le 4 juin 2024"), tmp_path), key)
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "full")]
    assert territory["resolved"] == full(siren)


@pytest.mark.parametrize("sentence, key, siren", [
    pytest.param("The CPTS Golfe de Saint-Tropez covers the entire Golfe de Saint-Tropez community of communes.",
                 "golfe-de-saint-tropez", GOLFE_DE_SAINT_TROPEZ, id="entire"),
    pytest.param("The CPTS Rade de Toulon covers all of the Toulon Provence Méditerranée metropolis.",
                 "rade-de-toulon", TOULON, id="all-of"),
])
def test_en_whole_of_an_area_worded_otherwise(tmp_path, sentence, key, siren):
    territory = territory_of(record_of(english_release(sentence, "Toulon, 3 June 2024"), tmp_path), key)
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "full")]
    assert territory["resolved"] == full(siren)


# --- parts of an area ------------------------------------------------------------------------------

def test_fr_secteur_nord_ouest_de_with_communes_in_parentheses(tmp_path):
    sentence = ("La CPTS de la Hague couvre le secteur nord-ouest de la communauté d'agglomération du Cotentin "
                "(Cherbourg-en-Cotentin, La Hague et Les Pieux).")
    territory = territory_of(record_of(release(sentence, "Cherbourg, le 7 mai 2024"), tmp_path), "hague")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (COTENTIN, "partial", "north-west")
    assert [c["insee"] for c in area["listed"]] == ["50129", "50041", "50402"]
    assert territory["resolved"] == {"insee": ["50041", "50129", "50402"], "complete": True, "count": 3}


def test_fr_moitie_ouest_de_with_colon_list_and_ordinal_like_name(tmp_path):
    text = (
        "Les Trois-Îlets, le 19 avril 2024\n\n"
        "La CPTS Sud Caraïbe a signé son accord conventionnel interprofessionnel avec l'ARS Martinique et la "
        "CGSS. Elle couvre la moitié ouest de la communauté d'agglomération de l'Espace Sud de la Martinique : "
        "Les Trois-Îlets, Les Anses-d'Arlet, Le Diamant et Rivière-Salée. "
        "Elle rassemble 90 professionnels de santé.\n"
    )
    territory = territory_of(record_of(text, tmp_path), "sud-caraibe")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (ESPACE_SUD, "partial", "west")
    assert [c["insee"] for c in area["listed"]] == ["97231", "97202", "97206", "97221"]
    assert territory["resolved"] == {
        "insee": ["97202", "97206", "97221", "97231"], "complete": True, "count": 4}


def test_fr_une_fraction_de(tmp_path):
    sentence = ("La CPTS Aix-les-Bains Riviera des Alpes couvre une fraction de la communauté d'agglomération Grand "
                "Lac (Aix-les-Bains, Tresserve et Grésy-sur-Aix).")
    territory = territory_of(record_of(release(sentence, "Aix-les-Bains, le 2 avril 2024"), tmp_path),
                             "aix-les-bains-riviera-des-alpes")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (GRAND_LAC, "partial", None)
    assert [c["insee"] for c in area["listed"]] == ["73008", "73300", "73128"]
    assert territory["resolved"] == {"insee": ["73008", "73128", "73300"], "complete": True, "count": 3}


def test_en_some_municipalities_of(tmp_path):
    sentence = ("The CPTS Cergy Confluence covers some municipalities of the Cergy-Pontoise agglomeration "
                "community: Cergy, Pontoise and Osny.")
    territory = territory_of(record_of(english_release(sentence, "Cergy, 7 February 2024"), tmp_path),
                             "cergy-confluence")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (CERGY_PONTOISE, "partial")
    assert [c["insee"] for c in area["listed"]] == ["95127", "95500", "95476"]
    assert territory["resolved"] == {"insee": ["95127", "95476", "95500"], "complete": True, "count": 3}


def test_en_the_southern_half_of(tmp_path):
    sentence = ("The CPTS Sèves et Taute covers the southern half of the Côte Ouest Centre Manche community of "
                "communes (Périers, Marchésieux and Saint-Martin-d'Aubigny).")
    territory = territory_of(record_of(english_release(sentence, "Périers, 22 March 2024"), tmp_path),
                             "seves-et-taute")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (COTE_OUEST_CENTRE_MANCHE, "partial", "south")
    assert [c["insee"] for c in area["listed"]] == ["50394", "50289", "50510"]
    assert territory["resolved"] == {"insee": ["50289", "50394", "50510"], "complete": True, "count": 3}


def test_fr_entierement_and_partiellement(tmp_path):
    sentence = ("La CPTS Sud Manceau couvre entièrement la communauté de communes du Sud Est Manceau et "
                "partiellement Le Mans Métropole (Le Mans, Ruaudin, Mulsanne et Arnage).")
    territory = territory_of(record_of(release(sentence, "Le Mans, le 16 janvier 2024"), tmp_path), "sud-manceau")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (SUD_EST_MANCEAU, "full"), (LE_MANS, "partial")]
    listed = ["72181", "72260", "72213", "72008"]
    assert [c["insee"] for c in territory["areas"][1]["listed"]] == listed
    expected = sorted(set(members(SUD_EST_MANCEAU)) | set(listed))
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 9}


def test_fr_part_of_the_gard_side_of_an_agglomeration(tmp_path):
    sentence = ("La CPTS Rive Droite du Rhône couvre la partie gardoise de la communauté d'agglomération du Grand "
                "Avignon : Villeneuve-lès-Avignon, Les Angles, Rochefort-du-Gard, Pujaut, Saze, Sauveterre et "
                "Roquemaure.")
    territory = territory_of(record_of(release(sentence, "Villeneuve-lès-Avignon, le 5 avril 2024"), tmp_path),
                             "rive-droite-du-rhone")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (GRAND_AVIGNON, "partial")
    listed = ["30351", "30011", "30217", "30209", "30315", "30312", "30221"]
    assert [c["insee"] for c in area["listed"]] == listed
    assert sorted(listed) == sorted(c for c in GAZ.epci(GRAND_AVIGNON).members if c.startswith("30"))
    assert territory["resolved"] == {"insee": sorted(listed), "complete": True, "count": 7}


# --- exceptions ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key, siren, excepted", [
    pytest.param(release("La CPTS du Montargois couvre la communauté d'agglomération Montargoise et Rives du Loing, "
                         "moins les communes de Lombreuil et Solterre.", "Montargis, le 6 mars 2024"),
                 "montargois", MONTARGOISE, ["45185", "45312"], id="fr-moins-les-communes-de"),
    pytest.param(release("La CPTS du Cap Corse couvre la communauté de communes du Cap Corse, à l'exclusion de "
                         "Nonza et Olcani.", "Luri, le 18 septembre 2024"),
                 "cap-corse", CAP_CORSE, ["2B178", "2B184"], id="fr-a-l-exclusion-de"),
    pytest.param(english_release("The CPTS Pays Ajaccien covers the Pays Ajaccien agglomeration community, excluding "
                                 "Tavaco and Villanova.", "Ajaccio, 12 July 2024"),
                 "pays-ajaccien", PAYS_AJACCIEN, ["2A323", "2A351"], id="en-excluding"),
    pytest.param(english_release("The CPTS Haut-Doubs Sud covers the Grand Pontarlier community of communes apart "
                                 "from Verrières-de-Joux.", "Pontarlier, 9 October 2023"),
                 "haut-doubs-sud", GRAND_PONTARLIER, ["25609"], id="en-apart-from"),
])
def test_whole_area_minus_communes_worded_otherwise(tmp_path, text, key, siren, excepted):
    territory = territory_of(record_of(text, tmp_path), key)
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (siren, "full")
    assert [c["insee"] for c in area["except"]] == excepted
    expected = sorted(set(GAZ.epci(siren).members) - set(excepted))
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": len(expected)}


def test_fr_excepte_in_parentheses_after_the_second_area(tmp_path):
    sentence = ("La CPTS Camargue Vistre couvre la communauté de communes Terre de Camargue et la communauté de "
                "communes de Petite Camargue (excepté Aubord).")
    territory = territory_of(record_of(release(sentence, "Vauvert, le 11 janvier 2024"), tmp_path),
                             "camargue-vistre")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (TERRE_DE_CAMARGUE, "full"), (PETITE_CAMARGUE, "full")]
    assert territory["areas"][0]["except"] == []
    assert [c["insee"] for c in territory["areas"][1]["except"]] == ["30020"]
    expected = sorted(set(members(TERRE_DE_CAMARGUE, PETITE_CAMARGUE)) - {"30020"})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": 7}


# --- commune counts --------------------------------------------------------------------------------

def test_fr_count_in_words_vingt(tmp_path):
    text = (
        "Dax, le 25 mars 2024\n\n"
        "La CPTS du Grand Dax a été officiellement lancée vendredi avec la CPAM des Landes. "
        "Elle couvre les vingt communes de la communauté d'agglomération du Grand Dax. "
        "Elle compte 170 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["grand-dax"]
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (GRAND_DAX, "full")
    assert (area["communes_count"] or {}).get("value") == 20
    assert (cpts["communes_count"] or {}).get("value") == 20
    assert cpts["territory"]["resolved"] == full(GRAND_DAX)
    assert "communes_count_mismatch" not in {w["code"] for w in record["warnings"]}


def test_fr_count_and_population_in_the_same_parentheses(tmp_path):
    text = (
        "Saint-Vincent-de-Tyrosse, le 17 juin 2024\n\n"
        "La CPTS Côte Sud Landes a signé son accord conventionnel interprofessionnel. Elle couvre la "
        "communauté de communes Maremne Adour Côte Sud (23 communes, 72 500 habitants). "
        "Elle réunit 230 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["cote-sud-landes"]
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (MACS, "full")
    assert (area["communes_count"] or {}).get("value") == 23
    assert (cpts["population"] or {}).get("value") == 72500
    assert cpts["territory"]["resolved"] == full(MACS)
    assert not {w["code"] for w in record["warnings"]} & (WARNINGS_OF_A_PERIMETER | {"population_mismatch"})


def test_en_count_and_population_in_the_same_parentheses(tmp_path):
    sentence = ("The CPTS Seine Yerres covers the Val d'Yerres Val de Seine agglomeration community "
                "(9 municipalities, 178,000 inhabitants).")
    record = record_of(english_release(sentence, "Brunoy, 30 January 2024"), tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["seine-yerres"]
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (VAL_D_YERRES, "full")
    assert (area["communes_count"] or {}).get("value") == 9
    assert (cpts["population"] or {}).get("value") == 178000
    assert cpts["territory"]["resolved"] == full(VAL_D_YERRES)


def test_fr_a_single_commune(tmp_path):
    sentence = "La CPTS Le Mans Centre couvre 1 commune, Le Mans, soit 146 000 habitants."
    record = record_of(release(sentence, "Le Mans, le 8 juillet 2024"), tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["le-mans-centre"]
    assert cpts["territory"]["areas"] == []
    assert [(c["name"], c["insee"]) for c in cpts["territory"]["communes"]] == [("Le Mans", "72181")]
    assert (cpts["communes_count"] or {}).get("value") == 1
    assert cpts["territory"]["resolved"] == {"insee": ["72181"], "complete": True, "count": 1}
    assert "communes_count_mismatch" not in {w["code"] for w in record["warnings"]}


# --- commune names ---------------------------------------------------------------------------------

def test_fr_communes_with_articles_and_an_homonym_read_among_its_neighbours(tmp_path):
    text = (
        "Villejuif, le 14 novembre 2023\n\n"
        "La CPTS Val de Bièvre a été lancée mardi en présence de l'ARS Île-de-France et de la CPAM du "
        "Val-de-Marne. Son périmètre : L'Haÿ-les-Roses, Villejuif, Chevilly-Larue et Fresnes. "
        "Elle fédère 210 professionnels de santé.\n"
    )
    assert len(GAZ.candidates("Fresnes")) > 1
    territory = territory_of(record_of(text, tmp_path), "val-de-bievre")
    assert territory["areas"] == []
    assert [(c["name"], c["insee"]) for c in territory["communes"]] == [
        ("L'Haÿ-les-Roses", "94038"), ("Villejuif", "94076"), ("Chevilly-Larue", "94021"), ("Fresnes", "94034")]
    assert territory["resolved"] == {
        "insee": ["94021", "94034", "94038", "94076"], "complete": True, "count": 4}


def test_fr_a_savoir_list_under_an_area_whose_name_starts_with_les(tmp_path):
    sentence = ("Le territoire de la CPTS des Olonnes englobe une partie des Sables d'Olonne Agglomération, à savoir "
                "Les Sables-d'Olonne, L'Île-d'Olonne et Sainte-Foy.")
    territory = territory_of(record_of(release(sentence, "Les Sables-d'Olonne, le 1er mars 2024"), tmp_path),
                             "olonnes")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (SABLES_D_OLONNE, "partial")
    assert [c["insee"] for c in area["listed"]] == ["85194", "85112", "85214"]
    assert territory["resolved"] == {"insee": ["85112", "85194", "85214"], "complete": True, "count": 3}


def test_fr_saint_and_sainte_abbreviated_in_area_and_communes(tmp_path):
    sentence = ("Le territoire de la CPTS du Golfe comprend une partie de la CC du Golfe de St-Tropez : Ste-Maxime, "
                "St-Tropez, Gassin et Ramatuelle.")
    territory = territory_of(record_of(release(sentence, "Sainte-Maxime, le 10 juin 2024"), tmp_path), "golfe")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (GOLFE_DE_SAINT_TROPEZ, "partial")
    assert [(c["name"], c["insee"]) for c in area["listed"]] == [
        ("Sainte-Maxime", "83115"), ("Saint-Tropez", "83119"), ("Gassin", "83065"), ("Ramatuelle", "83101")]
    assert territory["resolved"] == {
        "insee": ["83065", "83101", "83115", "83119"], "complete": True, "count": 4}


@pytest.mark.parametrize("count", [pytest.param("quatre", id="words"), pytest.param("4", id="digits")])
def test_fr_n_communes_of_an_area_then_their_names(tmp_path, count):
    sentence = (f"La CPTS Cœur de Marsan regroupe {count} communes de Mont de Marsan Agglomération : Mont-de-Marsan, "
                "Saint-Pierre-du-Mont, Saint-Perdon et Bretagne-de-Marsan.")
    territory = territory_of(record_of(release(sentence, "Mont-de-Marsan, le 10 juin 2024"), tmp_path),
                             "coeur-de-marsan")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (MONT_DE_MARSAN, "partial")
    assert area["communes_count"] is None  # 4 is the part's count, not the area's (as in the golden records)
    assert [c["insee"] for c in area["listed"]] == ["40192", "40281", "40280", "40055"]
    assert territory["resolved"] == {
        "insee": ["40055", "40192", "40280", "40281"], "complete": True, "count": 4}


# --- homonyms --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, key, siren, listed, homonyms", [
    pytest.param("La CPTS Centre Martinique s'étend sur une partie de la communauté d'agglomération du Centre de la "
                 "Martinique (Fort-de-France, Le Lamentin et Saint-Joseph).", "centre-martinique",
                 CENTRE_MARTINIQUE, ["97209", "97213", "97224"], ["97224"], id="saint-joseph-972"),
    pytest.param("Le territoire de la CPTS Est Réunion comprend une partie de la communauté d'agglomération "
                 "CIREST : Saint-André, Saint-Benoît et Bras-Panon.",
                 "est-reunion", CIREST, ["97409", "97410", "97402"], ["97409", "97410"], id="saint-andre-974"),
])
def test_overseas_homonyms_resolved_by_their_area(tmp_path, sentence, key, siren, listed, homonyms):
    assert all(len(GAZ.candidates(GAZ.commune(code).name)) > 1 for code in homonyms)
    territory = territory_of(record_of(release(sentence, "Le 28 février 2024"), tmp_path), key)
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (siren, "partial")
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == {"insee": sorted(listed), "complete": True, "count": len(listed)}


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("La CPTS Plaine Saint-Denis couvre les communes de Saint-Denis (93) et Saint-Ouen-sur-Seine (93).",
                 "plaine-saint-denis", [("Saint-Denis", "93066"), ("Saint-Ouen-sur-Seine", "93070")], id="93"),
    pytest.param("La CPTS Nord Réunion couvre les communes de Saint-Denis (974) et Sainte-Marie (974).",
                 "nord-reunion", [("Saint-Denis", "97411"), ("Sainte-Marie", "97418")], id="974"),
])
def test_loose_homonyms_with_the_department_in_parentheses(tmp_path, sentence, key, expected):
    territory = territory_of(record_of(release(sentence, "Le 6 décembre 2023"), tmp_path), key)
    assert territory["areas"] == []
    assert [(c["name"], c["insee"]) for c in territory["communes"]] == expected
    codes = sorted(code for _, code in expected)
    assert territory["resolved"] == {"insee": codes, "complete": True, "count": 2}


@pytest.mark.parametrize("sentence, key, siren, neighbour", [
    pytest.param("La CPTS Camargue Littoral couvre la communauté de communes Terre de Camargue ainsi que "
                 "La Grande-Motte (34).", "camargue-littoral", TERRE_DE_CAMARGUE, "34344", id="department-code"),
    pytest.param("La CPTS de l'Avant-Pays Savoyard couvre la communauté de communes de Yenne ainsi que la commune "
                 "de Belley, dans l'Ain.", "avant-pays-savoyard", YENNE, "01034", id="dans-l-ain"),
])
def test_commune_of_a_neighbouring_department_named_at_the_end(tmp_path, sentence, key, siren, neighbour):
    record = record_of(release(sentence, "Le 19 mars 2024"), tmp_path)
    territory = territory_of(record, key)
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "full")]
    assert neighbour in {c["insee"] for c in territory["communes"]}
    expected = sorted(set(GAZ.epci(siren).members) | {neighbour})
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": len(expected)}
    assert not {w["code"] for w in record["warnings"]} & WARNINGS_OF_A_PERIMETER


# --- English renderings of French intercommunalities -------------------------------------------------

@pytest.mark.parametrize("sentence, key, siren", [
    pytest.param("The CPTS Amiens Santé covers Greater Amiens, home to 180,000 inhabitants.", "amiens-sante",
                 AMIENS, id="greater-x"),
    pytest.param("The CPTS Orléans Val de Loire covers the Orléans Metropolitan area, home to 297,000 inhabitants.",
                 "orleans-val-de-loire", ORLEANS, id="x-metropolitan-area"),
])
def test_en_english_rendering_of_an_intercommunality(tmp_path, sentence, key, siren):
    territory = territory_of(record_of(english_release(sentence), tmp_path), key)
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [("epci", siren, "full")]
    assert territory["resolved"] == full(siren)


def test_en_type_words_after_a_name_that_holds_et(tmp_path):
    sentence = "The CPTS Granville Littoral covers the Granville Terre et Mer community of communes."
    territory = territory_of(record_of(english_release(sentence, "Granville, 22 March 2024"), tmp_path),
                             "granville-littoral")
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [("epci", GRANVILLE, "full")]
    assert territory["resolved"] == full(GRANVILLE)


# --- several CPTS in one release --------------------------------------------------------------------

def test_fr_two_cpts_in_two_sentences_worded_differently(tmp_path):
    text = (
        "La Roche-sur-Yon, le 20 septembre 2024\n\n"
        "Deux nouvelles CPTS sur le littoral vendéen\n\n"
        "L'ARS Pays de la Loire et la CPAM de la Vendée ont signé jeudi deux nouveaux accords conventionnels "
        "interprofessionnels. La CPTS Côte de Lumière couvre Les Sables d'Olonne Agglomération. Plus au nord, "
        "le territoire de la CPTS du Marais Breton correspond à la communauté de communes Océan Marais de Monts. "
        "Elles rassemblent à elles deux 260 professionnels de santé.\n"
    )
    cpts = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}
    for key, siren in (("cote-de-lumiere", SABLES_D_OLONNE), ("marais-breton", OCEAN_MARAIS_DE_MONTS)):
        territory = cpts[key]["territory"]
        assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "full")], key
        assert territory["resolved"] == full(siren), key


def test_fr_two_cpts_in_one_sentence_with_tandis_que(tmp_path):
    text = (
        "Saint-Pierre, le 4 mars 2024\n\n"
        "L'ARS La Réunion et la CGSS ont signé lundi les accords de deux CPTS. La CPTS Sud Réunion couvre la "
        "communauté d'agglomération du Sud, tandis que la CPTS Ouest Réunion couvre la communauté d'agglomération "
        "du Territoire de la Côte Ouest. Elles rassemblent 400 professionnels de santé.\n"
    )
    cpts = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}
    for key, siren in (("sud-reunion", CA_DU_SUD), ("ouest-reunion", TCO)):
        territory = cpts[key]["territory"]
        assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(siren, "full")], key
        assert territory["resolved"] == full(siren), key


def test_fr_perimeter_of_a_neighbouring_cpts_stated_in_passing(tmp_path):
    text = (
        "Chambéry, le 15 mai 2024\n\n"
        "La CPTS du Bassin Chambérien a signé son accord conventionnel interprofessionnel avec l'ARS "
        "Auvergne-Rhône-Alpes. Elle couvre la communauté d'agglomération du Grand Chambéry. Elle est voisine de "
        "la CPTS Aix Riviera, qui couvre la communauté d'agglomération Grand Lac. "
        "Elle compte 280 professionnels de santé.\n"
    )
    cpts = {c["key"]: c for c in record_of(text, tmp_path)["cpts"]}
    subject, neighbour = cpts["bassin-chamberien"], cpts["aix-riviera"]
    assert (subject["role"], neighbour["role"]) == ("subject", "mentioned")
    assert [(a["code"], a["extent"]) for a in subject["territory"]["areas"]] == [(GRAND_CHAMBERY, "full")]
    assert subject["territory"]["resolved"] == full(GRAND_CHAMBERY)
    assert [(a["code"], a["extent"]) for a in neighbour["territory"]["areas"]] == [(GRAND_LAC, "full")]


# --- perimeters that are not the CPTS's ----------------------------------------------------------------

@pytest.mark.parametrize("other_sentence", [
    pytest.param("Le centre hospitalier de Bayonne, dont le bassin de recrutement englobe aussi la communauté de "
                 "communes Maremne Adour Côte Sud, est partenaire du projet.", id="fr-hospital-catchment"),
    pytest.param("Le département des Landes compte 420 000 habitants répartis dans 327 communes.",
                 id="fr-department-population"),
])
def test_fr_sentence_about_another_perimeter_adds_no_area(tmp_path, other_sentence):
    text = (
        "Tarnos, le 13 février 2024\n\n"
        "La CPTS Adour Seignanx a signé son accord conventionnel interprofessionnel avec l'ARS Nouvelle-Aquitaine. "
        "Elle couvre la communauté de communes du Seignanx. "
        f"{other_sentence} Elle rassemble 90 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["adour-seignanx"]
    assert [(a["code"], a["extent"]) for a in cpts["territory"]["areas"]] == [(SEIGNANX, "full")]
    assert cpts["territory"]["resolved"] == full(SEIGNANX)
    assert (cpts["communes_count"], cpts["population"]) == (None, None)
    assert not {w["code"] for w in record["warnings"]} & (WARNINGS_OF_A_PERIMETER | {"population_mismatch"})


def test_en_hospital_catchment_and_department_population_add_nothing(tmp_path):
    text = (
        "Épinal, 4 April 2024\n\n"
        "The CPTS Hautes-Vosges signed its interprofessional agreement with the Grand Est Regional Health Agency. "
        "It covers the Gérardmer Hautes Vosges community of communes. The Remiremont hospital, whose catchment "
        "area also includes the Ballons des Hautes-Vosges community of communes, is a partner of the project. "
        "The Vosges department has 360,000 inhabitants. It brings together 60 health professionals.\n"
    )
    record = record_of(text, tmp_path)
    cpts = {c["key"]: c for c in record["cpts"]}["hautes-vosges"]
    assert [(a["code"], a["extent"]) for a in cpts["territory"]["areas"]] == [(GERARDMER, "full")]
    assert cpts["territory"]["resolved"] == full(GERARDMER)
    assert cpts["population"] is None
    assert "population_mismatch" not in {w["code"] for w in record["warnings"]}


def test_fr_le_territoire_de_before_two_areas(tmp_path):
    record = record_of(release("La CPTS de l'Erdre couvre le territoire de Cap Atlantique et de la communauté de "
                               "communes d'Erdre et Gesvres, en Loire-Atlantique."), tmp_path)
    territory = territory_of(record, "erdre")
    assert [(a["kind"], a["code"]) for a in territory["areas"]] == [("epci", "244400610"), ("epci", ERDRE_ET_GESVRES)]


def test_fr_a_department_in_brackets_after_the_last_commune_is_no_part_of_its_name(tmp_path):
    record = record_of(release("Les communes couvertes par la CPTS du Belinois sont Écommoy, Mulsanne et "
                               "Téloché (Sarthe)."), tmp_path)
    territory = territory_of(record, "belinois")
    assert sorted(c["insee"] for c in territory["communes"]) == ["72124", "72213", "72350"]
