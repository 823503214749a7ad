"""The official gazetteer (pipeline/data/gazetteer.tsv.gz) and name linking."""
from __future__ import annotations


import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.reference import gazetteer
from pipeline.reference.gazetteer import Commune, Epci, fold


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


# --- fold ------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("St-Julien", "Saint-Julien"),
    ("Ste-Marie", "Sainte Marie"),
    ("ST. JULIEN", "saint julien"),
    ("Côte-d'Or", "cote d or"),
    ("Côte-d’Or", "Cote d`Or"),
    ("Chambœuf", "Chamboeuf"),
    ("LÆTITIA", "laetitia"),
    ("Saône -et-Loire", "saone et loire"),
    ("Nuits–Saint—Georges", "nuits saint georges"),
    ("Pouilly-en-Auxois / Bligny", "pouilly en auxois bligny"),
    ("  Is-sur-\tTille \n", "is sur tille"),
])
def test_fold_makes_spellings_equal(a, b):
    assert fold(a) == fold(b)


def test_fold_exact_values():
    assert fold("Montceau-et-Écharnant") == "montceau et echarnant"
    assert fold("St-Julien-d’Ars") == "saint julien d ars"
    assert fold("Valforêt") == "valforet"
    assert fold("") == ""
    assert fold(" - ' ") == ""


def test_fold_keeps_words_that_merely_start_like_saint():
    assert fold("Stenay") == "stenay"
    assert fold("Steige") == "steige"


@given(st.text())
def test_fold_is_idempotent_ascii_and_single_spaced(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded
    assert all(ch.isascii() and (ch.isalnum() or ch == " ") for ch in folded)
    assert folded == folded.lower()


# --- loading and simple lookups --------------------------------------------------------------

def test_load_is_cached():
    gazetteer.load.cache_clear()
    first = gazetteer.load()
    assert gazetteer.load() is first


def test_departments_cover_france(gaz):
    assert len(gaz.departments()) == 109  # 101 departments + overseas collectivities


def test_commune_record(gaz):
    dijon = gaz.commune("21231")
    assert dijon == Commune("21231", "Dijon", "21", "242100410", dijon.population)
    assert dijon.population > 150_000
    assert gaz.commune("99999") is None


def test_commune_without_epci(gaz):
    assert gaz.commune("98901").epci is None  # Île de Clipperton


def test_epci_record(gaz):
    metro = gaz.epci("242100410")
    assert isinstance(metro, Epci)
    assert (metro.name, metro.kind) == ("Dijon Métropole", "METRO")
    assert "21231" in metro.members and len(metro.members) == 23
    assert metro.members == tuple(sorted(metro.members))
    assert metro.population == sum(gaz.commune(code).population for code in metro.members)
    assert gaz.epci("200006682").kind == "CA"
    assert gaz.epci("000000000") is None


def test_epci_kinds(gaz):
    kinds = {gaz.epci(siren).kind for siren in ("200000172", "200006682", "242100410", "247100290")}
    assert kinds == {"CC", "CA", "METRO", "CU"}
    assert gaz.epci("200046977").kind == "MET69"  # Métropole de Lyon


def test_every_commune_of_an_epci_points_back(gaz):
    for code in gaz.epci("200071017").members:
        assert gaz.commune(code).epci == "200071017"


def test_departments(gaz):
    assert gaz.department_name("21") == "Côte-d'Or"
    assert gaz.department_name("2A") == "Corse-du-Sud"
    assert gaz.department_name("00") is None
    assert gaz.departments()["71"] == "Saône-et-Loire"


def test_population_year(gaz):
    assert gaz.population_year() == "2023"


@pytest.mark.parametrize("name, code", [
    ("Côte-d'Or", "21"), ("Cote d Or", "21"), ("cote-d'or", "21"), ("COTE D’OR", "21"),
    ("Saône -et-Loire", "71"), ("Saone et Loire", "71"), ("Haute-Marne", "52"),
    ("Yonne", "89"), ("Corse-du-Sud", "2A"), ("La Réunion", "974"), ("21", "21"),
])
def test_find_department(gaz, name, code):
    assert gaz.find_department(name) == code


@pytest.mark.parametrize("name", ["Bourgogne", "Narnia", "", "Dijon"])
def test_find_department_unknown(gaz, name):
    assert gaz.find_department(name) is None


# --- communes --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, departments, insee", [
    ("Montceau-Echarnant", ["21"], "21427"),
    ("Ruffey-les-Echirey", ["21"], "21535"),
    ("Asnieres-les-Dijon", ["21"], "21027"),
    ("Chamboeuf", ["21"], "21132"),
    ("Valforét", ["21"], "21178"),
    ("Cussy-le-Chatel", ["21"], "21222"),
    ("Saint-Loup-Géanges", ["21"], "71443"),
    ("Saint-Loup-Géanges", [], "71443"),
    ("Thury", ["21"], "21636"),
    ("Thury", ["89"], "89416"),
    ("Flacey", ["21"], "21266"),
    ("Dijon", [], "21231"),
    ("DIJON", ["89"], "21231"),  # a unique name links whatever the context
    ("Nuits-St-Georges", [], "21464"),
    ("Is sur Tille", [], "21317"),
])
def test_link_commune_examples(gaz, name, departments, insee):
    commune = gaz.link_commune(name, departments)
    assert commune is not None and commune.insee == insee


def test_link_commune_returns_the_current_name(gaz):
    assert gaz.link_commune("Montceau-Echarnant", ["21"]).name == "Montceau-et-Écharnant"
    assert gaz.link_commune("Chamboeuf", ["21"]).name == "Chambœuf"


@pytest.mark.parametrize("name", ["Thury", "Flacey", "Chamboeuf", "Saint-Julien"])
def test_homonyms_without_context_are_ambiguous(gaz, name):
    assert len(gaz.candidates(name)) > 1
    assert gaz.link_commune(name) is None


def test_homonyms_outside_the_given_departments_stay_ambiguous(gaz):
    assert gaz.link_commune("Thury", ["58"]) is None


def test_homonyms_resolved_by_department(gaz):
    assert gaz.link_commune("Chamboeuf", ["42"]).insee == "42043"
    assert gaz.link_commune("Flacey", ["28"]).insee == "28153"
    assert gaz.link_commune("Thury", ["21", "52"]).insee == "21636"


def test_homonyms_resolved_by_epci(gaz):
    assert gaz.link_commune("Thury", epci="200006682").insee == "21636"  # CA Beaune Côte et Sud
    assert gaz.link_commune("Thury", epci="200067130").insee == "89416"  # CC de Puisaye-Forterre


def test_epci_is_used_before_departments(gaz):
    assert gaz.link_commune("Thury", ["21"], epci="200067130").insee == "89416"
    # an EPCI holding neither falls back to the departments
    assert gaz.link_commune("Thury", ["21"], epci="242100410").insee == "21636"


def test_former_commune_links_to_its_absorbing_commune(gaz):
    commune = gaz.link_commune("Bierre-lès-Semur", ["21"])
    assert (commune.insee, commune.name) == ("21272", "Le Val-Larrey")
    assert gaz.link_commune("Bierre-les-Semur").insee == "21272"
    assert [c.insee for c in gaz.candidates("Bierre les Semur")] == ["21272"]


def test_current_name_preferred_over_former_name(gaz):
    # "Flée" is a current commune of the Sarthe and a commune déléguée of Le Val-Larrey (21)
    assert [c.insee for c in gaz.candidates("Flée")] == ["72134", "21272"]
    assert gaz.link_commune("Flée").insee == "72134"
    assert gaz.link_commune("Flée", ["21"]).insee == "21272"


def test_municipal_arrondissement_links_to_its_city(gaz):
    assert gaz.link_commune("Marseille 1er Arrondissement").insee == "13055"


def test_near_spelling_needs_a_unique_candidate_in_the_context(gaz):
    assert gaz.link_commune("Montceau-Echarnant", ["89"]) is None
    assert gaz.link_commune("Montceau Echarnant").insee == "21427"  # unique in France too


def test_candidates_lists_current_communes(gaz):
    thury = gaz.candidates("thury")
    assert {c.insee for c in thury} >= {"21636", "89416"}
    assert all(isinstance(c, Commune) for c in thury)
    assert gaz.candidates("Montceau-Echarnant") == []  # candidates() is exact, no near-spelling


@pytest.mark.parametrize("name", ["Xyzzyville", "", "   ", "-", "CPTS", "Dijonville"])
def test_unknown_names(gaz, name):
    assert gaz.link_commune(name) is None
    assert gaz.link_commune(name, ["21"]) is None
    assert gaz.candidates(name) == []


# --- EPCIs -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, siren", [
    ("communauté de communes du Montbardois", "242101491"),
    ("communauté de communes de Saulieu", "242101442"),
    ("communauté de communes des Terres d'Auxois", "200071017"),
    ("communauté de communes du Pays d'Alésia et de la Seine", "242101459"),
    ("communauté de communes du Pays d'Arnay", "200071173"),
    ("Pays d’Arnay-Liernais", "200071173"),
    ("métropole de Dijon", "242100410"),
    ("Dijon métropole", "242100410"),
    ("Dijon Métropole", "242100410"),
    ("communauté de communes Ouche et Montagne", "200039055"),
    ("Norge et Tille", "200069540"),
    ("communauté de communes de Gevrey-Chambertin et de Nuits-Saint-Georges", "200070894"),
    ("community of communes of Gevrey-Chambertin and Nuits-Saint-Georges", "200070894"),
    ("Beaune Côte & Sud urban community", "200006682"),
    ("community of communes of Pouilly en Auxois / Bligny-sur-Ouche", "200071207"),
    ("“Rives de Saône” community of municipalities", "242101509"),
    ("CC Rives de Saône", "242101509"),
    ("« Forêts, Seine et Suzon »", "200039063"),
])
def test_find_epci_examples(gaz, name, siren):
    found = gaz.find_epci(name, ["21"])
    assert found is not None and found.siren == siren
    assert gaz.find_epci(name).siren == siren  # also without context


@pytest.mark.parametrize("name", [
    "Val de Saône", "Vingeanne", "Hautes Côtes de Nuits", "pays de Langres", "pays Seine-et-Tilles",
    "Tille", "Beaune", "communauté de communes", "",
])
@pytest.mark.parametrize("departments", [["21"], ["52"], ["21", "52"]])
def test_find_epci_rejects_weak_partial_matches(gaz, name, departments):
    assert gaz.find_epci(name, departments) is None


@pytest.mark.parametrize("name, siren", [
    ("Beaune Céte & Sud urban community", "200006682"),  # "ô" scanned as "é"
    ("communauté de communes du Pays d'Amay-Liernais", "200071173"),  # "rn" scanned as "m"
    ("communauté de communes Ouche et Montagme", "200039055"),
])
def test_find_epci_forgives_a_misread_letter_within_the_departments(gaz, name, siren):
    assert gaz.find_epci(name, ["21"]).siren == siren


def test_a_misread_word_is_not_forgiven_outside_the_departments(gaz):
    assert gaz.find_epci("communauté de communes du Pays d'Amay-Liernais", ["29"]) is None


def test_find_epci_rejects_names_close_to_several_epcis(gaz):
    # CC Val de Saône Centre (01), CC des Hauts du Val de Saône (70)
    assert gaz.find_epci("Val de Saône") is None
    assert gaz.find_epci("Morvan") is None
    assert gaz.find_epci("CC des Quatre Rivières") is None  # two EPCIs bear this name
    assert gaz.find_epci("CC des Quatre Rivières", ["70"]).siren == "247000623"


def test_find_epci_favours_the_given_departments(gaz):
    assert gaz.find_epci("Morvan", ["21"]).siren == "242101442"  # CC de Saulieu-Morvan
    assert gaz.find_epci("Grand Langres", ["52"]).siren == "200072999"
    # outside the given departments, only a (nearly) exact name is accepted
    assert gaz.find_epci("Grand Langres", ["21"]).siren == "200072999"
    assert gaz.find_epci("Langres", ["21"]) is None


def test_find_epci_finds_every_epci_by_its_official_name(gaz):
    for siren in ("200000172", "200071116", "200070894", "200046977", "247100290"):
        assert gaz.find_epci(gaz.epci(siren).name).siren == siren


def test_find_epci_type_words_settle_a_tie(gaz):
    # CC du Sud (Mayotte) and CA du Sud (La Réunion): same words once the type is removed
    assert gaz.find_epci("CC du Sud").siren == "200060473"
    assert gaz.find_epci("communauté d'agglomération du Sud").siren == "249740085"
    assert gaz.find_epci("Sud") is None
    assert gaz.find_epci("Sud", ["974"]).siren == "249740085"


def test_communes_and_epcis_listings(gaz):
    communes = gaz.communes()
    assert len(communes) == 34_969
    assert [c.insee for c in communes[:2]] == ["01001", "01002"]
    assert len(gaz.epcis()) == 1_255


@pytest.mark.parametrize("name, department, siren", [
    ("communauté de communes de la Haute Somme", "80", "200037059"),  # official name ends with its towns in brackets
    ("communauté d'agglomération ECLA", "39", "200071116"),  # ... or with the words of its short name
])
def test_an_epci_named_without_the_bracket_of_its_official_name(gaz, name, department, siren):
    assert gaz.find_epci(name, [department]).siren == siren


def test_a_name_without_type_word_alone_in_france_when_no_department_is_known(gaz):
    assert gaz.find_epci_named_alone("Pays de Fayence", []).siren == "200004802"
    assert gaz.find_epci_named_alone("Pays de Retz", []) is None  # only part of a longer name
