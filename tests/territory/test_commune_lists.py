"""Lists of communes and intercommunalities found wherever they stand (pipeline.territory.commune_lists,
pipeline.territory.epci_mentions): bare lists under a heading, lists over several lines with figures,
upper-case names, names without hyphens, counts and exceptions beside an intercommunality,
and the places that are not a perimeter (a venue, a partner, a list of excepted communes).

Sentences are invented; expected codes come from the official gazetteer.
"""
from __future__ import annotations

import pytest

from perimeter import GAZ, members, record_of, release, territory_of
from pipeline.territory.commune_lists import find_lists
from pipeline.territory.commune_parts import find_commune_parts
from pipeline.territory.epci_mentions import find_epci_mentions

MAURIAC = "241500271"  # CC du Pays de Mauriac (15), 11 communes
CARLADES = "241501089"  # CC Cère et Goul en Carladès (15), 11 communes


def insee(name: str, department: str) -> str:
    [commune] = [c for c in GAZ.candidates(name) if c.department == department]
    return commune.insee


def listed(text: str, departments=("15",)) -> list[list[str]]:
    return [[piece.commune.insee if piece.commune else piece.name for piece in found.items]
            for found in find_lists(text, list(departments))]


# --- finding lists ---------------------------------------------------------------------------------

def test_upper_case_list_with_semicolons_and_no_hyphens():
    text = "Communes du territoire :\nMAURIAC ; ARCHES ; CHALVIGNAC ; LE VIGEAN ; VIC SUR CERE ; SAINT ETIENNE DE CARLAT.\n"
    assert listed(text) == [[insee(n, "15") for n in ("Mauriac", "Arches", "Chalvignac", "Le Vigean", "Vic-sur-Cère",
                                                         "Saint-Étienne-de-Carlat")]]


def test_list_over_lines_with_a_figure_after_each_name():
    text = ("Le territoire compte 9 000 habitants :\n"
            "Mauriac : 3600 habitants, Drugeac : 300 habitants,\n"
            "Salins : 150 habitants, Sourniac : 200 habitants.")
    assert listed(text) == [[insee(n, "15") for n in ("Mauriac", "Drugeac", "Salins", "Sourniac")]]


def test_st_abbreviation_and_dashes_and_ampersand():
    text = "Thiézac - Raulhac - Polminhac & St Clément sont les communes du projet."
    assert listed(text) == [[insee(n, "15") for n in ("Thiézac", "Raulhac", "Polminhac", "Saint-Clément")]]


def test_headers_by_department_are_not_items():
    text = "Cantal : Mauriac, Arches, Jaleyrac\nCorrèze : Uzerche, Masseret, Vigeois\n"
    assert listed(text, ("15", "19")) == [
        [insee("Mauriac", "15"), insee("Arches", "15"), insee("Jaleyrac", "15"), "Corrèze",
         insee("Uzerche", "19"), insee("Masseret", "19"), insee("Vigeois", "19")]]


def test_two_names_need_the_word_communes():
    assert listed("Les professionnels de Mauriac et Arches se sont réunis.") == []
    assert listed("Les communes de Mauriac et Arches ont rejoint le projet.") == [
        [insee("Mauriac", "15"), insee("Arches", "15")]]


def test_a_name_one_letter_away_links_within_the_list_department():
    text = "Elle réunit Mauriac, Arches, Chalvignac, Jaleyrac et Moussage."
    assert listed(text) == [[insee(n, "15") for n in ("Mauriac", "Arches", "Chalvignac", "Jaleyrac", "Moussages")]]


def test_excepted_communes_are_not_a_list():
    assert listed("Tout le territoire, à l'exception des communes de Mauriac, Arches et Salins.") == []


def test_list_ending_in_ellipsis_is_open_ended():
    [found] = find_lists("Communes : Mauriac, Arches, Salins, Drugeac...", ["15"])
    assert found.open_ended and not found.complete


def test_a_part_of_a_commune_names_the_commune():
    [part] = find_commune_parts("La CPTS couvre les quartiers nord de Mauriac.", ["15"])
    assert part.commune.insee == insee("Mauriac", "15")
    assert find_commune_parts("Adjointe au maire du 2e arrondissement de Mauriac", ["15"]) == []


# --- intercommunalities ----------------------------------------------------------------------------

def test_epci_typed_first_with_lower_case_name_and_acronym():
    [mention] = find_epci_mentions("Elle couvre la communauté de communes (CC) du pays de Mauriac.", ["15"])
    assert (mention.epci.siren, mention.extent, mention.count) == (MAURIAC, "full", None)


def test_epci_count_that_is_the_whole_and_a_count_that_is_a_part():
    text = ("Elle regroupe 14 communes : trois situées sur la communauté de communes Cère et Goul en Carladès "
            "et les 11 que compte la communauté de communes du Pays de Mauriac.")
    carlades, mauriac = find_epci_mentions(text, ["15"])
    assert (carlades.epci.siren, carlades.extent, carlades.count[0]) == (CARLADES, "partial", 3)
    assert (mauriac.epci.siren, mauriac.extent, mauriac.count[0]) == (MAURIAC, "full", 11)


def test_epci_named_as_a_partner_is_no_perimeter():
    text = "Le projet est soutenu par la communauté de communes du Pays de Mauriac."
    assert find_epci_mentions(text, ["15"]) == []


def test_epci_named_as_a_partner_in_another_clause_is_no_perimeter():
    text = ("La CPTS, qui regroupe 120 professionnels, a signé une convention avec la communauté de communes "
            "du Pays de Mauriac.")
    assert find_epci_mentions(text, ["15"]) == []
    assert find_epci_mentions("La CPTS, soutenue par la communauté de communes du Pays de Mauriac, couvre "
                              "12 communes.", ["15"]) == []


def test_epci_exceptions():
    text = "Le territoire couvre la communauté de communes du Pays de Mauriac, sauf Salins et Sourniac."
    [mention] = find_epci_mentions(text, ["15"])
    assert [name for name, _ in mention.excepted] == ["Salins", "Sourniac"]


# --- through the whole pipeline --------------------------------------------------------------------

def test_bare_list_under_heading_is_the_perimeter(tmp_path):
    text = ("Mauriac, le 3 mars 2025\n\nLa CPTS des Monts du Cantal signe son accord conventionnel.\n\n"
            "Notre territoire\n\nARCHES ; AUZERS ; CHALVIGNAC ; DRUGEAC ; MAURIAC\n")
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    codes = sorted(insee(n, "15") for n in ("Arches", "Auzers", "Chalvignac", "Drugeac", "Mauriac"))
    assert territory["resolved"] == {"insee": codes, "complete": True, "count": 5}


def test_full_epci_minus_exceptions_plus_listed_communes(tmp_path):
    sentence = ("La CPTS des Monts du Cantal couvre toutes les communes de la communauté de communes du Pays "
                "de Mauriac, excepté les communes de Salins et Sourniac.")
    territory = territory_of(record_of(release(sentence, "Mauriac, le 3 mars 2025"), tmp_path), "monts-du-cantal")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (MAURIAC, "full")
    expected = [c for c in members(MAURIAC) if c not in (insee("Salins", "15"), insee("Sourniac", "15"))]
    assert territory["resolved"]["insee"] == expected
    assert territory["communes"] == []


def test_single_venue_is_not_a_territory_commune(tmp_path):
    sentence = "La CPTS des Monts du Cantal a tenu son assemblée générale à Mauriac."
    territory = territory_of(record_of(release(sentence, "Le 3 mars 2025"), tmp_path), "monts-du-cantal")
    assert territory["communes"] == [] and territory["resolved"] is None


def test_evidence_of_list_items_is_exact(tmp_path):
    text = ("Le 3 mars 2025\n\nLa CPTS des Monts du Cantal rassemble les communes suivantes : "
            "Vic sur Cère, Thiézac, Raulhac et Polminhac.\n")
    record = record_of(text, tmp_path)
    raw = (tmp_path / "communique.txt").read_text(encoding="utf-8")
    for commune in territory_of(record, "monts-du-cantal")["communes"]:
        evidence = commune["evidence"]
        assert raw[evidence["start"]:evidence["end"]] == evidence["quote"]


def test_epci_count_in_brackets_and_a_verb_shared_by_two_areas():
    text = ("La CPTS couvre la communauté de communes du Pays de Mauriac (11 communes) "
            "et la communauté de communes Cère et Goul en Carladès.")
    mauriac, carlades = find_epci_mentions(text, ["15"])
    assert (mauriac.epci.siren, mauriac.extent, mauriac.count[0]) == (MAURIAC, "full", 11)
    assert (carlades.epci.siren, carlades.extent, carlades.count) == (CARLADES, "full", None)


def test_epci_exceptions_in_brackets():
    text = "Son périmètre est celui de la communauté de communes du Pays de Mauriac (hors Salins et Sourniac)."
    [mention] = find_epci_mentions(text, ["15"])
    assert mention.extent == "full"
    assert [name for name, _ in mention.excepted] == ["Salins", "Sourniac"]


def test_communes_said_to_be_outside_or_served_by_a_bus_are_not_a_list():
    assert listed("Mauriac, Arches et Salins ne font pas partie du projet.") == []
    assert listed("La navette dessert Mauriac, Arches, Salins et Drugeac.") == []


def test_several_epci_after_a_plural_type_word():
    text = ("Le territoire correspond aux communautés de communes du Pays de Mauriac et Cère et Goul en Carladès, "
            "soit 22 communes.")
    assert [(m.epci.siren, m.extent) for m in find_epci_mentions(text, ["15"])] == [(MAURIAC, "full"), (CARLADES, "full")]


def test_epci_count_after_soit():
    [mention] = find_epci_mentions("Elle couvre la communauté de communes du Pays de Mauriac, soit 11 communes.", ["15"])
    assert mention.count[0] == 11 and mention.extent == "full"


def test_name_cut_by_a_line_break_after_its_hyphen_and_items_with_a_preposition():
    assert listed("Communes : Vic-sur-\nCère, Thiézac, Raulhac") == [[insee(n, "15") for n in ("Vic-sur-Cère", "Thiézac", "Raulhac")]]
    assert listed("Le territoire s'étend à Mauriac, à Arches et à Salins.") == [
        [insee(n, "15") for n in ("Mauriac", "Arches", "Salins")]]


def test_places_the_sentence_does_not_call_a_territory_are_no_list():
    assert listed("Des consultations ont lieu à Mauriac, à Arches et à Salins.") == []
    assert listed("Le bus s'arrêtera à Mauriac, Arches, Salins et Drugeac.") == []
    assert listed("Étaient présents les maires de Mauriac, Arches et Salins et la communauté de communes.") == []


def test_examples_of_a_larger_territory_are_an_open_list():
    [found] = find_lists("Elle couvre 30 communes, dont Mauriac, Arches et Salins.", ["15"])
    assert found.open_ended and not found.complete


def test_where_professionals_work_names_communes_but_no_perimeter():
    [found] = find_lists("Elle rassemble des professionnels de Mauriac, Arches et Salins.", ["15"])
    assert found.named_in_passing
    [found] = find_lists("Elle rassemble les professionnels des communes de Mauriac, Arches et Salins.", ["15"])
    assert not found.named_in_passing


def test_scattered_big_towns_and_department_names_are_no_list():
    assert listed("Comme à Paris, Lyon, Marseille ou Toulouse, les délais s'allongent.", ()) == []
    assert listed("Cantal, Corrèze et Lozère sont concernés.", ("15",)) == []


def test_list_after_a_covering_verb_is_a_perimeter_and_places_in_passing_are_not(tmp_path):
    text = "Le 3 mars 2025\n\nLa CPTS des Monts du Cantal couvre Mauriac, Arches, Salins et Drugeac.\n"
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    assert territory["resolved"]["count"] == 4
    text = ("Le 3 mars 2025\n\nLes médecins des secteurs de Mauriac, de Salins et de Drugeac ont fondé "
            "la CPTS des Monts du Cantal.\n")
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    assert len(territory["communes"]) == 3 and territory["resolved"] is None


def test_department_named_later_in_the_sentence_does_not_hide_the_area(tmp_path):
    sentence = ("Le territoire de la CPTS des Monts du Cantal, au nord du département, couvre la communauté de "
                "communes du Pays de Mauriac.")
    territory = territory_of(record_of(release(sentence, "Le 3 mars 2025"), tmp_path), "monts-du-cantal")
    assert [(a["code"], a["extent"]) for a in territory["areas"]] == [(MAURIAC, "full")]


def test_agglo_typed_first_and_intercommunalite():
    [mention] = find_epci_mentions("La CPTS couvre l'intercommunalité du Pays de Mauriac.", ["15"])
    assert mention.epci.siren == MAURIAC
    assert find_epci_mentions("La CPTS couvre une partie de l'agglomération de Mauriac.", ["15"]) == []


def test_english_epci_typed_after_its_name():
    [mention] = find_epci_mentions("Its territory is made up of the Pays de Mauriac community of communes.", ["15"])
    assert (mention.epci.siren, mention.extent) == (MAURIAC, "full")
    [found] = find_lists("It extends to the municipalities of Mauriac, Arches and Salins.", ["15"])
    assert [p.commune.insee for p in found.items] == [insee(n, "15") for n in ("Mauriac", "Arches", "Salins")]


def test_communes_after_a_partial_area_are_listed_under_it(tmp_path):
    sentence = ("La CPTS des Monts du Cantal réunit quatre communes de la communauté de communes du Pays de Mauriac "
                ": Mauriac, Arches, Salins et Drugeac.")
    territory = territory_of(record_of(release(sentence, "Le 3 mars 2025"), tmp_path), "monts-du-cantal")
    [area] = territory["areas"]
    assert (area["code"], area["extent"]) == (MAURIAC, "partial")
    assert [c["insee"] for c in area["listed"]] == [insee(n, "15") for n in ("Mauriac", "Arches", "Salins", "Drugeac")]
    assert territory["resolved"]["count"] == 4 and territory["resolved"]["complete"]


def test_workplaces_named_after_a_structure_word_are_not_a_list():
    assert listed("Elle s'appuie sur les maisons de santé de Mauriac, de Salins et de Drugeac.") == []


def test_quoted_epci_name_with_a_comma_and_a_count_before_examples(tmp_path):
    sentence = ("La CPTS des Monts du Cantal couvre les communes suivantes :\n"
                "  • la communauté de communes « Pays de Mauriac » (11 communes dont Mauriac, Arches...) ;\n")
    territory = territory_of(record_of(release(sentence, "Le 3 mars 2025"), tmp_path), "monts-du-cantal")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["communes_count"]["value"]) == (MAURIAC, "full", 11)
    assert [c["insee"] for c in area["listed"]] == [insee("Mauriac", "15"), insee("Arches", "15")]


def test_an_epci_as_the_subject_of_its_own_sentence_is_no_perimeter():
    text = "Le territoire de la communauté de communes du Pays de Mauriac compte 12 médecins."
    assert find_epci_mentions(text, ["15"]) == []


def test_communes_and_their_surroundings_are_an_open_perimeter(tmp_path):
    text = "Le 3 mars 2025\n\nLa CPTS des Monts du Cantal couvre Mauriac, Arches, Salins et les communes environnantes.\n"
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    assert territory["resolved"]["count"] == 3 and not territory["resolved"]["complete"]


def test_an_arrondissement_is_no_commune_of_the_territory():
    assert find_commune_parts("La CPTS couvre le 2e arrondissement de Mauriac.", ["15"]) == []


def test_a_name_spaced_otherwise_links_within_its_department():
    assert GAZ.link_near_spelling("Saint Vincentde Salers", "15").insee == insee("Saint-Vincent-de-Salers", "15")


def test_a_long_name_two_letters_misread_links_within_its_department():
    # "Magny-sur-Tule" and "Saint-Jufen" as a phone scan reads "Magny-sur-Tille" and "Saint-Julien"
    assert GAZ.link_near_spelling("Magny-sur-Tule", "21").insee == insee("Magny-sur-Tille", "21")
    assert GAZ.link_near_spelling("Saint-Jufen", "21").insee == insee("Saint-Julien", "21")


def test_a_short_name_two_letters_away_is_not_linked():
    assert GAZ.link_near_spelling("Sxlerz", "15") is None  # "Salers": two letters of six is too many


def test_a_count_of_communes_before_a_colon_opens_the_territory_list(tmp_path):
    text = ("Le 3 mars 2025\n\nLa CPTS des Monts du Cantal, 3 communes et 6 000 habitants :\n\n"
            "• Mauriac ;\n\n• Arches ;\n\n• Salins.\n")
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    assert sorted(c["name"] for c in territory["communes"]) == ["Arches", "Mauriac", "Salins"]


def test_a_count_of_communes_before_a_colon_that_picks_some_out_is_no_territory(tmp_path):
    text = ("Le 3 mars 2025\n\nLa CPTS des Monts du Cantal compte 40 000 habitants. Sur ses 25 communes, trois "
            "n'ont plus de médecin :\n\n• Mauriac ;\n\n• Arches ;\n\n• Salins.\n")
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal") or {}
    assert not territory.get("communes") and not territory.get("resolved")


def test_an_epci_in_the_clause_of_a_local_health_contract_is_not_the_cpts_area():
    text = "La CPTS est signataire du contrat local de santé couvrant la communauté de communes du Pays de Mauriac."
    assert find_epci_mentions(text, ["15"]) == []


def test_the_two_ends_of_a_territory_are_communes_without_a_perimeter(tmp_path):
    text = "Le 3 mars 2025\n\nLa CPTS des Monts du Cantal s'étend de Mauriac, dans le Cantal, à Ussel.\n"
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    assert [c["name"] for c in territory["communes"]] == ["Mauriac", "Ussel"] and territory["resolved"] is None


def test_a_contracted_article_before_the_last_commune_of_a_list(tmp_path):
    text = ("Le 3 mars 2025\n\nLa CPTS des Monts du Cantal regroupe les professionnels des communes de Mauriac, "
            "Arches et du Vigean.\n")
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    assert insee("Le Vigean", "15") in territory["resolved"]["insee"]


def test_a_department_written_without_hyphens_is_not_cut_at_et(tmp_path):
    text = "Le 3 mars 2025\n\nLa CPTS des Monts du Cantal couvre Mauriac, Arches et certaines communes de Seine et Marne.\n"
    territory = territory_of(record_of(text, tmp_path), "monts-du-cantal")
    assert not any(area["name"] == "Marne" for area in territory["areas"])


@pytest.mark.parametrize("lines", [
    "72300 Sablé-sur-Sarthe\n72300 Solesmes\n72300 Juigné-sur-Sarthe\n72300 Vion\n72300 Précigné\n",
    "Sablé-sur-Sarthe 72300\nSolesmes 72300\nJuigné-sur-Sarthe 72300\nVion 72300\nPrécigné 72300\n",
])
def test_a_list_of_communes_with_their_postcodes(lines):
    text = f"La CPTS du Val de Brume a été créée en 2021.\n\nCommunes couvertes :\n{lines}"
    [found] = find_lists(text, [])
    assert sorted(p.commune.insee for p in found.linked) == ["72151", "72244", "72264", "72336", "72378"]


def test_a_list_closed_by_a_colon_and_a_sentence_keeps_its_last_name():
    text = ("La CPTS du Val de Brume a été créée en 2021. Sablé-sur-Sarthe, Solesmes, Juigné-sur-Sarthe, Vion et "
            "Précigné : ce sont les 5 communes de la CPTS.")
    [found] = find_lists(text, [])
    assert sorted(p.commune.insee for p in found.linked) == ["72151", "72244", "72264", "72336", "72378"]


def test_places_after_a_colon_inside_a_paragraph_are_no_heading_list():
    assert listed("La CPTS a signé. Trois sites d'accueil : Mauriac, Arches et Salins.") == []
    assert listed("La CPTS a signé.\nCantal : Mauriac, Arches et Salins.") == [
        [insee(n, "15") for n in ("Mauriac", "Arches", "Salins")]]


def test_names_in_two_columns_parted_by_spaces():
    assert listed("Les communes de la CPTS\n\nMauriac      Arches\nSalins       Drugeac\n") == [
        [insee(n, "15") for n in ("Mauriac", "Arches", "Salins", "Drugeac")]]


def test_a_perimeter_sentence_wrapped_before_the_intercommunality_is_read_whole():
    text = ("la CPTS des Monts du Cantal regroupe 23 communes du Cantal, correspondant\n"
            "à la communauté de communes du Pays de Mauriac, pour 15 000 habitants.")
    mentions = find_epci_mentions(text, ["15"])
    assert [(m.epci.siren, m.extent) for m in mentions] == [(GAZ.find_epci("CC du Pays de Mauriac", ["15"]).siren, "full")]


def test_a_population_unit_on_the_next_line_does_not_cut_the_list():
    text = ("La CPTS des Monts du Cantal regroupe 3 communes :\n\nMauriac : 3600\nhabitants, Arches : 150\n"
            "habitants, Salins : 300 habitants.")
    assert [p.name for found in find_lists(text, ["15"]) for p in found.linked] == ["Mauriac", "Arches", "Salins"]


@pytest.mark.parametrize("text, name, insee_code", [
    ("La CPTS du Mont Test couvre 20 communes : Passy, Praz sur Arly, Saint\nGervais Les Bains, Sallanches, Servoz.",
     "Saint Gervais Les Bains", ("Saint-Gervais-les-Bains", "74")),
    ("Communes de la CPTS : BAGES ; BIZANET ; CANET ; COURSAN ; CUXAC\nD'AUDE ; FLEURY ; SIGEAN.",
     "CUXAC D'AUDE", ("Cuxac-d'Aude", "11")),
    ("Communes de la CPTS : BAGES ; BIZANET ; PORTEL DES\nCORBIERES ; FLEURY ; SIGEAN.",
     "PORTEL DES CORBIERES", ("Portel-des-Corbières", "11")),
])
def test_a_name_a_line_break_cut_without_a_hyphen_is_read_whole(text, name, insee_code):
    """Reflowed PDFs and scans wrap lines inside names; the two pieces are one commune."""
    items = [item for found in find_lists(text, []) for item in found.items]
    whole = [item for item in items if item.name == name]
    assert len(whole) == 1 and whole[0].commune.insee == insee(*insee_code)
    assert text[whole[0].span.start:whole[0].span.end].split() == name.split()


def test_names_on_two_lines_that_each_link_stay_two():
    text = "La CPTS couvre 5 communes : Passy, Combloux, Cordon\nSallanches, Servoz."
    names = [item.name for found in find_lists(text, []) for item in found.items]
    assert names == ["Passy", "Combloux", "Cordon", "Sallanches", "Servoz"]


def test_a_point_inside_open_brackets_is_a_comma_misread():
    text = ("La CPTS couvre 8 communes de la communauté de communes de Gevrey-Chambertin et de Nuits-Saint-Georges\n"
            "(Brochon, Chambœuf, Couchey, Fixin, Gevrey-Chambertin. Morey-Saint-Denis, Urcy, Valforêt).")
    names = [item.name for found in find_lists(text, ["21"]) for item in found.items]
    assert names[-3:] == ["Morey-Saint-Denis", "Urcy", "Valforêt"] and len(names) == 8


def test_a_point_after_closed_brackets_still_ends_the_list():
    text = ("La CPTS couvre les communes de la vallée (Brochon, Couchey, Fixin). Morey-Saint-Denis, Urcy "
            "et Chambœuf accueillent des permanences.")
    lists = find_lists(text, ["21"])
    assert all("Urcy" not in [item.name for item in found.items] or "Fixin" not in [item.name for item in found.items]
               for found in lists)


def test_a_heading_run_into_the_sentence_before_makes_no_area(tmp_path):
    """A reflowed page joins "... habitants :" and "Pour les communes de Savoie : A, B" on one line."""
    text = release("La CPTS du Mont Test couvre 6 communes, soit 30 000 habitants : Pour les communes de "
                   "Haute-Savoie : Combloux, Cordon, Passy, Servoz. Pour les communes de Savoie : Flumet, Crest-Voland.")
    territory = territory_of(record_of(text, tmp_path), "mont-test")
    assert [area["name"] for area in territory["areas"] if area["kind"] == "other"] == []
    assert {commune["name"] for commune in territory["communes"]} >= {"Combloux", "Cordon", "Passy", "Servoz"}


def test_a_point_between_names_in_a_bracket_of_an_area_parts_them(tmp_path):
    text = release("La CPTS du Val Test couvre une partie de la communauté de communes Norge et Tille (Asnières-lès-Dijon, "
                   "Bellefond, Brognon, Clénay. Couternon, Flacey, Orgeux).")
    territory = territory_of(record_of(text, tmp_path), "val-test")
    assert {commune["name"] for commune in territory["communes"]} == {
        "Asnières-lès-Dijon", "Bellefond", "Brognon", "Clénay", "Couternon", "Flacey", "Orgeux"}


def test_a_bulleted_item_on_the_next_line_is_not_joined_to_the_line_before():
    text = "Communes de la CPTS :\n- Combloux\n- Saint\n- Gervais Les Bains\n- Cordon\n- Passy\n- Servoz"
    names = [item.name for found in find_lists(text, ["74"]) for item in found.items]
    assert "Gervais Les Bains" in names and not any(name.startswith("Saint ") for name in names)
