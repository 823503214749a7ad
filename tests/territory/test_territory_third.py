"""A third batch of perimeters of a CPTS read from free prose, worded as ARS, CPAM and newspaper
communiqués word them: cleft and fronted sentences, "le territoire retenu", "a pour périmètre",
areas in quotes or with capitalised articles, abbreviations introduced earlier, intercommunalities
named after a department or a region, totals of communes, lists with mixed separators, open lists
ending in "etc.", quarters of an area, exceptions worded otherwise, English "spanning", "made up
of", "comprising", homonyms read in their department, and communes listed for something else.

Expected codes come from the official gazetteer (SIREN of each EPCI, INSEE code of each
commune), never from the pipeline's own output.
"""
from __future__ import annotations

import pytest

from perimeter import (
    GAZ, WARNINGS_OF_A_PERIMETER, closed, cpts_of, english_release, full, record_of,
    release, territory_of, warning_codes,
)


# EPCIs (SIREN)
MAYENNE_COMMUNAUTE = "200055887"  # CC Mayenne Communauté (53), 33 communes
EVREUX = "200071454"  # CA Evreux Portes de Normandie (27), 74 communes
BRETAGNE_ROMANTIQUE = "243500733"  # CC Bretagne Romantique (35), 25 communes
SAINT_OMER = "200069037"  # CA du Pays de Saint-Omer (62), 53 communes
CHALONS = "200066876"  # CA de Châlons-en-Champagne (51), 45 communes
GRAND_AUCH = "200066926"  # CA Grand Auch Coeur de Gascogne (32), 34 communes
PAYS_LOUDUNAIS = "248600447"  # CC du Pays Loudunais (86), 45 communes
GRAND_POITIERS = "200069854"  # CU du Grand Poitiers (86), 40 communes
GRAND_ANNECY = "200066793"  # CA du Grand Annecy (74), 34 communes
GAP_TALLARD_DURANCE = "200067825"  # CA Gap-Tallard-Durance (05, 04), 17 communes
THIERS = "200070712"  # CC Thiers Dore et Montagne (63), 30 communes
NEVERS = "245804406"  # CA de Nevers (58), 14 communes
COLMAR = "246800726"  # CA Colmar Agglomération (68), 20 communes
MUNSTER = "246800585"  # CC de la Vallée de Munster (68), 16 communes
GRAND_REIMS = "200067213"  # CU du Grand Reims (51), 143 communes
COEUR_DE_CHARENTE = "200072023"  # CC Coeur de Charente (16), 48 communes
SAUMUR = "200071876"  # CA Saumur Val de Loire (49), 45 communes
RIVIERA_FRANCAISE = "240600551"  # CA de la Riviera Française (06), 15 communes
LIBOURNAIS = "200070092"  # CA du Libournais (33), 45 communes
FRONSADAIS = "243301397"  # CC du Fronsadais (33), 18 communes
GRAND_SAINT_EMILIONNAIS = "200035533"  # CC du Grand Saint Emilionnais (33), 22 communes
HAGUENAU = "200067874"  # CA de Haguenau (67), 36 communes


# --- one whole area, worded as communiqués word it -------------------------------------------------

@pytest.mark.parametrize("sentence, key, siren", [
    pytest.param("C'est sur le territoire de Mayenne Communauté que la CPTS du Nord Mayenne a vu le jour.",
                 "nord-mayenne", MAYENNE_COMMUNAUTE, id="c-est-sur-le-territoire-de-x-que"),
    pytest.param("La CPTS Evreux Seine Eure a déposé son projet de santé en janvier. Le territoire retenu est celui "
                 "de la communauté d'agglomération Evreux Portes de Normandie.", "evreux-seine-eure", EVREUX,
                 id="le-territoire-retenu-est-celui-de"),
    pytest.param("La CPTS de la Bretagne Romantique couvre le territoire de la communauté de communes « Bretagne "
                 "Romantique ».", "bretagne-romantique", BRETAGNE_ROMANTIQUE, id="area-in-french-quotes"),
    pytest.param("La CPTS de l'Audomarois couvre désormais La Communauté d'Agglomération du Pays de Saint-Omer.",
                 "audomarois", SAINT_OMER, id="capitalised-article-and-type-words"),
    pytest.param("Sur l'ensemble de la communauté d'agglomération de Châlons-en-Champagne, la CPTS Marne Centre "
                 "fédère désormais médecins, infirmiers et pharmaciens.", "marne-centre", CHALONS,
                 id="fronted-sur-l-ensemble-de"),
    pytest.param("Dans le Gers, la CPTS du Grand Auch a pour périmètre la communauté d'agglomération Grand Auch "
                 "Cœur de Gascogne.", "grand-auch", GRAND_AUCH, id="a-pour-perimetre"),
])
def test_fr_one_whole_area_worded_otherwise(tmp_path, sentence, key, siren):
    record = record_of(release(sentence), tmp_path)
    territory = territory_of(record, key)
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [("epci", siren, "full")]
    assert territory["resolved"] == full(siren)
    assert not warning_codes(record) & WARNINGS_OF_A_PERIMETER


def test_fr_abbreviation_introduced_in_an_earlier_sentence(tmp_path):
    text = (
        "Loudun, le 4 juin 2024\n\n"
        "La communauté de communes du Pays Loudunais (CCPL) a accueilli mardi la signature de l'accord "
        "conventionnel interprofessionnel de la CPTS du Loudunais avec l'ARS Nouvelle-Aquitaine et la CPAM de "
        "la Vienne. Présidée par un masseur-kinésithérapeute de Loudun, la CPTS intervient sur l'ensemble de la "
        "CCPL, soit 45 communes. Elle compte 75 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    cpts = cpts_of(record, "loudunais")
    assert [(a["kind"], a["code"], a["extent"]) for a in cpts["territory"]["areas"]] == [
        ("epci", PAYS_LOUDUNAIS, "full")]
    assert (cpts["communes_count"] or {}).get("value") == 45
    assert cpts["territory"]["resolved"] == full(PAYS_LOUDUNAIS)
    assert not warning_codes(record) & WARNINGS_OF_A_PERIMETER


def test_fr_au_total_les_n_communes_of_an_area(tmp_path):
    text = (
        "Saumur, le 12 septembre 2024\n\n"
        "La CPTS du Saumurois a signé son accord conventionnel interprofessionnel avec l'ARS Pays de la Loire "
        "et la CPAM de Maine-et-Loire. Au total, ce sont les 45 communes de la communauté d'agglomération "
        "Saumur Val de Loire qui sont couvertes. Elle rassemble 160 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    cpts = cpts_of(record, "saumurois")
    [area] = cpts["territory"]["areas"]
    assert (area["code"], area["extent"]) == (SAUMUR, "full")
    assert (cpts["communes_count"] or {}).get("value") == 45
    assert cpts["territory"]["resolved"] == full(SAUMUR)
    assert "communes_count_mismatch" not in warning_codes(record)


def test_fr_areas_with_mixed_separators_and_a_saint_in_a_name(tmp_path):
    sentence = ("La CPTS du Grand Libournais voit le jour. Son territoire s'étend sur la CA du Libournais ; la CC du "
                "Fronsadais, et la CC du Grand Saint-Émilionnais.")
    territory = territory_of(record_of(release(sentence, "Libourne, le 2 octobre 2024"), tmp_path),
                             "grand-libournais")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [
        (LIBOURNAIS, "full"), (FRONSADAIS, "full"), (GRAND_SAINT_EMILIONNAIS, "full")]
    assert territory["resolved"] == full(LIBOURNAIS, FRONSADAIS, GRAND_SAINT_EMILIONNAIS)


# --- communes named on their own -----------------------------------------------------------------------

def test_fr_au_total_n_communes_colon_with_les_names(tmp_path):
    text = (
        "Beaune, le 3 avril 2024\n\n"
        "La CPTS du Pays Beaunois, en Côte-d'Or, a été officiellement lancée mercredi avec la CPAM de la "
        "Côte-d'Or. Au total, cinq communes sont concernées : Beaune, Savigny-lès-Beaune, Chorey-lès-Beaune, "
        "Pommard et Meursault. Elle réunit 95 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    cpts = cpts_of(record, "pays-beaunois")
    listed = ["21054", "21590", "21173", "21492", "21412"]
    assert cpts["territory"]["areas"] == []
    assert [c["insee"] for c in cpts["territory"]["communes"]] == listed
    assert (cpts["communes_count"] or {}).get("value") == 5
    assert cpts["territory"]["resolved"] == closed(listed)
    assert not warning_codes(record) & WARNINGS_OF_A_PERIMETER


def test_fr_communes_with_mixed_separators_and_a_department_name_inside_one(tmp_path):
    text = (
        "Royan, le 27 mai 2024\n\n"
        "La CPTS du Pays Royannais a été présentée aux élus de Charente-Maritime. Elle réunit 130 "
        "professionnels de santé.\n\n"
        "Communes membres : Royan, Vaux-sur-Mer ; Saint-Palais-sur-Mer / Saint-Georges-de-Didonne et "
        "Meschers-sur-Gironde.\n\n"
        "Son siège est à Royan.\n"
    )
    record = record_of(text, tmp_path)
    territory = territory_of(record, "pays-royannais")
    listed = ["17306", "17461", "17380", "17333", "17230"]
    assert territory["areas"] == []
    assert [c["insee"] for c in territory["communes"]] == listed
    assert territory["resolved"] == closed(listed)
    assert not warning_codes(record) & WARNINGS_OF_A_PERIMETER


def test_fr_homonym_in_a_loose_list_read_in_the_department_named(tmp_path):
    sentence = ("Dans l'Aude, la CPTS du Narbonnais Littoral regroupe les communes de Gruissan, Fleury, Vinassan "
                "et Armissan.")
    assert len(GAZ.candidates("Fleury")) > 1
    territory = territory_of(record_of(release(sentence, "Narbonne, le 9 juillet 2024"), tmp_path),
                             "narbonnais-littoral")
    assert territory["areas"] == []
    assert [(c["name"], c["insee"]) for c in territory["communes"]] == [
        ("Gruissan", "11170"), ("Fleury", "11145"), ("Vinassan", "11441"), ("Armissan", "11014")]
    assert territory["resolved"] == closed(["11170", "11145", "11441", "11014"])


# --- parts of an area ----------------------------------------------------------------------------------

def test_fr_part_with_communes_in_parentheses_ending_in_etc_is_open(tmp_path):
    sentence = ("La CPTS Poitiers Nord couvre une partie de Grand Poitiers (Poitiers, Buxerolles, Saint-Benoît, "
                "Chasseneuil-du-Poitou, etc.).")
    territory = territory_of(record_of(release(sentence, "Poitiers, le 15 février 2024"), tmp_path),
                             "poitiers-nord")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (GRAND_POITIERS, "partial")
    listed = ["86194", "86041", "86214", "86062"]
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == {"insee": sorted(listed), "complete": False, "count": 4}


def test_fr_le_quart_sud_est_de(tmp_path):
    sentence = ("La CPTS Rive Est du Lac couvre le quart sud-est du Grand Annecy (Talloires-Montmin, "
                "Menthon-Saint-Bernard, Bluffy et Veyrier-du-Lac).")
    territory = territory_of(record_of(release(sentence, "Annecy, le 23 avril 2024"), tmp_path),
                             "rive-est-du-lac")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (GRAND_ANNECY, "partial", "south-east")
    listed = ["74275", "74176", "74036", "74299"]
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == closed(listed)


def test_fr_part_with_colon_list_holding_a_sainte_homonym(tmp_path):
    sentence = ("La CPTS du Mentonnais couvre une partie de la communauté d'agglomération de la Riviera Française : "
                "Menton, Roquebrune-Cap-Martin, Sainte-Agnès et Gorbio.")
    assert len(GAZ.candidates("Sainte-Agnès")) > 1
    territory = territory_of(record_of(release(sentence, "Menton, le 6 mars 2024"), tmp_path), "mentonnais")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (RIVIERA_FRANCAISE, "partial")
    listed = ["06083", "06104", "06113", "06067"]
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == closed(listed)


def test_en_north_eastern_part_of(tmp_path):
    sentence = ("The CPTS Reims Nord-Est covers the north-eastern part of the Grand Reims urban community (Bétheny, "
                "Witry-lès-Reims and Bourgogne-Fresne).")
    territory = territory_of(record_of(english_release(sentence, "Reims, 5 March 2024"), tmp_path),
                             "reims-nord-est")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (GRAND_REIMS, "partial", "north-east")
    listed = ["51055", "51662", "51075"]
    assert [c["insee"] for c in area["listed"]] == listed
    assert territory["resolved"] == closed(listed)


# --- exceptions ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key, siren, excepted", [
    pytest.param(release("La CPTS du Gapençais couvre la communauté d'agglomération Gap-Tallard-Durance, hormis "
                         "Claret et Curbans.", "Gap, le 11 mars 2024"),
                 "gapencais", GAP_TALLARD_DURANCE, ["04058", "04066"], id="fr-hormis"),
    pytest.param(release("La CPTS de la Montagne Thiernoise couvre la communauté de communes Thiers Dore et "
                         "Montagne, exception faite de Châteldon et Puy-Guillaume.", "Thiers, le 8 avril 2024"),
                 "montagne-thiernoise", THIERS, ["63102", "63291"], id="fr-exception-faite-de"),
    pytest.param(english_release("The CPTS Val de Nièvre covers the Nevers agglomeration community with the "
                                 "exception of Gimouille and Saincaize-Meauce.", "Nevers, 18 June 2024"),
                 "val-de-nievre", NEVERS, ["58126", "58225"], id="en-with-the-exception-of"),
])
def test_whole_area_minus_communes_worded_otherwise(tmp_path, text, key, siren, excepted):
    territory = territory_of(record_of(text, tmp_path), key)
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (siren, "full")
    assert [c["insee"] for c in area["except"]] == excepted
    expected = sorted(set(GAZ.epci(siren).members) - set(excepted))
    assert territory["resolved"] == {"insee": expected, "complete": True, "count": len(expected)}


# --- English releases ----------------------------------------------------------------------------------

def test_en_spanning_two_areas(tmp_path):
    sentence = ("The CPTS Centre Alsace, spanning Colmar Agglomération and the Vallée de Munster community of "
                "communes, was launched on Monday.")
    territory = territory_of(record_of(english_release(sentence, "Colmar, 10 June 2024"), tmp_path),
                             "centre-alsace")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(COLMAR, "full"), (MUNSTER, "full")]
    assert territory["resolved"] == full(COLMAR, MUNSTER)


def test_en_made_up_of_n_municipalities(tmp_path):
    sentence = ("The territory of the CPTS Trégor Côte de Granit Rose is made up of four municipalities: Lannion, "
                "Perros-Guirec, Trégastel and Pleumeur-Bodou.")
    record = record_of(english_release(sentence, "Lannion, 2 July 2024"), tmp_path)
    cpts = cpts_of(record, "tregor-cote-de-granit-rose")
    listed = ["22113", "22168", "22353", "22198"]
    assert cpts["territory"]["areas"] == []
    assert [c["insee"] for c in cpts["territory"]["communes"]] == listed
    assert (cpts["communes_count"] or {}).get("value") == 4
    assert cpts["territory"]["resolved"] == closed(listed)
    assert not warning_codes(record) & WARNINGS_OF_A_PERIMETER


def test_en_comprising_the_municipalities_of_with_a_homonym(tmp_path):
    sentence = ("The CPTS Auxerre Nord was launched on Tuesday in the Yonne, comprising the municipalities of "
                "Auxerre, Monéteau, Saint-Georges-sur-Baulche and Perrigny.")
    assert len(GAZ.candidates("Perrigny")) > 1
    territory = territory_of(record_of(english_release(sentence, "Auxerre, 12 March 2024"), tmp_path),
                             "auxerre-nord")
    assert territory["areas"] == []
    listed = ["89024", "89263", "89346", "89295"]
    assert [c["insee"] for c in territory["communes"]] == listed
    assert territory["resolved"] == closed(listed)


def test_en_territory_chosen_is_that_of_an_area_named_after_a_department(tmp_path):
    sentence = ("The territory chosen for the CPTS Charente Nord is that of the Coeur de Charente community of "
                "communes.")
    territory = territory_of(record_of(english_release(sentence, "Mansle, 20 February 2024"), tmp_path),
                             "charente-nord")
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [
        ("epci", COEUR_DE_CHARENTE, "full")]
    assert territory["resolved"] == full(COEUR_DE_CHARENTE)


# --- communes listed for something else -------------------------------------------------------------

def test_fr_vaccination_campaign_communes_do_not_change_the_perimeter(tmp_path):
    text = (
        "Haguenau, le 7 octobre 2024\n\n"
        "La CPTS du Pays de Haguenau a signé son accord conventionnel interprofessionnel avec l'ARS Grand Est et "
        "la CPAM du Bas-Rhin. Elle couvre la communauté d'agglomération de Haguenau. La campagne de vaccination "
        "contre la grippe sera également relayée dans les pharmacies de Wissembourg et de Soultz-sous-Forêts. "
        "Elle rassemble 150 professionnels de santé.\n"
    )
    record = record_of(text, tmp_path)
    territory = territory_of(record, "pays-de-haguenau")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(HAGUENAU, "full")]
    assert territory["communes"] == []
    assert territory["resolved"] == full(HAGUENAU)
    assert not warning_codes(record) & WARNINGS_OF_A_PERIMETER


def test_en_vaccination_bus_stops_do_not_change_the_perimeter(tmp_path):
    text = (
        "Colmar, 3 October 2024\n\n"
        "The CPTS Colmar Vignoble signed its interprofessional agreement with the Grand Est Regional Health "
        "Agency. It covers part of Colmar Agglomération (Colmar, Wintzenheim, Turckheim and Ingersheim). "
        "As part of the flu vaccination campaign, the mobile vaccination bus will also stop in Horbourg-Wihr "
        "and Sainte-Croix-en-Plaine. It brings together 110 health professionals.\n"
    )
    record = record_of(text, tmp_path)
    territory = territory_of(record, "colmar-vignoble")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (COLMAR, "partial")
    listed = ["68066", "68374", "68338", "68155"]
    assert [c["insee"] for c in area["listed"]] == listed
    assert [c["insee"] for c in territory["communes"]] == listed  # the listed ones; no bus stop
    assert territory["resolved"] == closed(listed)


# --- an intercommunality named as a place, not as the perimeter -------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sur l'ensemble du territoire de la communauté d'agglomération de Haguenau, les élus soutiennent la démarche.",
    "Des professionnels de l'ensemble de la communauté d'agglomération de Haguenau ont participé aux travaux.",
    "Le contrat local de santé couvre l'ensemble du territoire de la communauté d'agglomération de Haguenau.",
])
def test_fr_an_area_framing_a_sentence_is_no_perimeter(tmp_path, sentence):
    text = ("Haguenau, le 7 octobre 2024\n\nLa CPTS du Pays de Haguenau a signé son accord conventionnel "
            "interprofessionnel. Elle rassemble 150 professionnels de santé. " + sentence + "\n")
    territory = territory_of(record_of(text, tmp_path), "pays-de-haguenau")
    assert territory["areas"] == [] and territory["resolved"] is None


def test_fr_some_communes_of_an_area_is_a_part(tmp_path):
    text = ("Haguenau, le 7 octobre 2024\n\nLa CPTS du Pays de Haguenau a signé son accord conventionnel "
            "interprofessionnel. Elle couvre 30 communes, dont plusieurs de la communauté d'agglomération de "
            "Haguenau.\n")
    territory = territory_of(record_of(text, tmp_path), "pays-de-haguenau")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(HAGUENAU, "partial")]
    assert territory["resolved"] is None


@pytest.mark.parametrize("words", [
    "l'essentiel de", "la majeure partie de", "une grande partie de", "la plupart des communes de",
])
def test_fr_most_of_an_area_is_a_part(tmp_path, words):
    text = ("Haguenau, le 7 octobre 2024\n\nLa CPTS du Pays de Haguenau a signé son accord conventionnel "
            f"interprofessionnel. Elle couvre {words} la communauté d'agglomération de Haguenau.\n")
    territory = territory_of(record_of(text, tmp_path), "pays-de-haguenau")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(HAGUENAU, "partial")]
    assert territory["resolved"] is None


def test_fr_an_area_larger_than_the_stated_count_is_a_part(tmp_path):
    text = ("Haguenau, le 7 octobre 2024\n\nLa CPTS du Pays de Haguenau a signé son accord conventionnel "
            "interprofessionnel. Elle couvre 20 communes réparties sur la communauté d'agglomération de Haguenau.\n")
    territory = territory_of(record_of(text, tmp_path), "pays-de-haguenau")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(HAGUENAU, "partial")]
    assert territory["resolved"] is None
