"""A territory written the other ways releases write it: towns "et alentours" / "et les environs",
"à A, à B et à C", "dans le secteur de A", "un territoire de 12 communes autour de A", "autour de
deux pôles : A et B", "centrée sur A"; "Son territoire est la communauté de communes X", "Its
territory is the X community of communes", "minus A"; and places that are no perimeter. The CPTS
and sentences are invented; the places and codes come from the gazetteer."""
from __future__ import annotations

import pytest

from perimeter import english_release, full, record_of, release, territory_of

DOUARNENEZ, KERLAZ, POULDERGAT, LE_JUCH = "29046", "29090", "29224", "29087"
AUDIERNE, PLOUHINEC, PONT_CROIX, PLOGASTEL = "29003", "29197", "29218", "29167"
DOUARNENEZ_CC = "242900645"  # CC Douarnenez Communauté (29), 5 communes
CAP_SIZUN = "242900629"  # CC Cap Sizun - Pointe du Raz (29), 10 communes
PLOGOFF, PRIMELIN = "29168", "29228"
RIGNACOIS = "241200625"  # CC du Pays Rignacois (12), 8 communes
SALARS = "241200658"  # CC du Pays de Salars (12)
BELCASTEL = "12024"

KEY = "cap-sizun"


def cap_sizun(body: str) -> str:
    return release(f"La CPTS du Cap Sizun est née dans le Finistère. {body}")


def cap_sizun_en(body: str) -> str:
    return english_release(f"The CPTS du Cap Sizun was born in Finistère. {body}")


def communes(territory: dict) -> list[str]:
    return [c["insee"] for c in territory.get("communes", [])]


def resolved_codes(territory: dict) -> tuple[list[str], bool] | None:
    resolved = territory.get("resolved")
    return (resolved["insee"], resolved["complete"]) if resolved else None


def coded_areas(territory: dict) -> dict[str, list[str]]:
    """code -> excepted communes of the coded intercommunalities."""
    return {a["code"]: [c["insee"] for c in a.get("except", [])] for a in territory.get("areas", [])
            if a["kind"] == "epci" and a["code"]}


@pytest.mark.parametrize("body", [
    "Elle couvre Douarnenez, Kerlaz et alentours.",
    "Elle couvre Douarnenez, Kerlaz et les environs.",
    "Elle couvre Douarnenez, Kerlaz et leurs environs.",
    "Elle couvre Douarnenez, Kerlaz et leurs communes voisines.",
])
def test_towns_and_the_land_around_them_are_communes_of_an_open_perimeter(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert sorted(communes(territory)) == sorted([DOUARNENEZ, KERLAZ])
    assert resolved_codes(territory) == (sorted([DOUARNENEZ, KERLAZ]), False)


@pytest.mark.parametrize("body", [
    "Elle couvre Douarnenez et alentours.",
    "Elle couvre Douarnenez et ses communes voisines.",
    "La CPTS agit dans le secteur de Douarnenez.",
    "Elle couvre un territoire de 12 communes autour de Douarnenez.",
    "Elle couvre un rayon de 20 km autour de Douarnenez.",
    "Elle rassemble les soignants du territoire de Douarnenez.",
    "La CPTS est centrée sur Douarnenez.",
    "Elle est centrée sur la ville de Douarnenez.",
])
def test_one_town_the_territory_lies_around_is_a_commune_but_no_perimeter(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == [DOUARNENEZ]
    assert resolved_codes(territory) is None


def test_the_main_towns_after_a_colon_are_communes_but_no_perimeter(tmp_path):
    body = "Le territoire de la CPTS s'articule autour de deux pôles : Douarnenez et Audierne."
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == [DOUARNENEZ, AUDIERNE]
    assert resolved_codes(territory) is None


@pytest.mark.parametrize("body", [
    "Elle intervient à Douarnenez et à Kerlaz.",
    "Elle intervient à Douarnenez, à Kerlaz et à Pouldergat.",
])
def test_towns_each_after_a(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    expected = [DOUARNENEZ, KERLAZ] + ([POULDERGAT] if "Pouldergat" in body else [])
    assert communes(territory) == expected
    assert resolved_codes(territory) == (sorted(expected), True)


@pytest.mark.parametrize("text", [
    cap_sizun("Son territoire est la communauté de communes Douarnenez Communauté."),
    cap_sizun("Son périmètre est la communauté de communes Douarnenez Communauté."),
    cap_sizun_en("Its territory is the Douarnenez Communauté community of communes."),
])
def test_the_territory_is_an_intercommunality(tmp_path, text):
    territory = territory_of(record_of(text, tmp_path), KEY)
    assert coded_areas(territory) == {DOUARNENEZ_CC: []}
    assert territory["resolved"] == full(DOUARNENEZ_CC)


@pytest.mark.parametrize("text, code, excepted", [
    pytest.param(cap_sizun_en("It covers the Cap Sizun - Pointe du Raz community of communes minus Plogoff."),
                 CAP_SIZUN, PLOGOFF, id="minus"),
    pytest.param(english_release("In Aveyron, the CPTS Rouergue Centre covers the Pays Rignacois community of communes, "
                                 "minus Belcastel."), RIGNACOIS, BELCASTEL, id="comma-minus"),
])
def test_en_minus_excepts_a_commune(tmp_path, text, code, excepted):
    record = record_of(text, tmp_path)
    territory = next(c["territory"] for c in record["cpts"] if c["role"] == "subject")
    assert coded_areas(territory) == {code: [excepted]}
    assert excepted not in territory["resolved"]["insee"]
    assert territory["resolved"]["count"] == len(full(code)["insee"]) - 1


@pytest.mark.parametrize("body", [
    "La signature s'est déroulée à la mairie de Douarnenez, en présence du sous-préfet.",
    "Le Dr Anne Le Goff, médecin généraliste à Audierne, en est la présidente.",
    "La maison de santé pluriprofessionnelle de Plouhinec accueille des patients d'Audierne et de Pont-Croix.",
    "Le contrat local de santé de Douarnenez Communauté couvre Douarnenez, Kerlaz et Le Juch.",
    "Le GHT de Cornouaille regroupe les hôpitaux de Quimper, Douarnenez et Pont-l'Abbé.",
    "Une navette dessert Audierne, Plouhinec et Pont-Croix.",
    "Le projet est financé par la communauté de communes du Haut Pays Bigouden et la région Bretagne.",
    "Les infirmiers de Plouhinec et les kinés d'Audierne ont participé aux groupes de travail.",
    "Le maire d'Audierne et le président de Douarnenez Communauté ont salué l'initiative.",
    "Partenaires : la communauté de communes Cap Sizun - Pointe du Raz, le conseil départemental, la MSA.",
    "Le centre hospitalier de Quimper est centré sur la ville de Douarnenez.",
    "Elle couvre des communes rurales et littorales.",
])
def test_places_that_are_no_territory(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == []
    assert territory.get("areas", []) == []
    assert territory.get("resolved") is None


@pytest.mark.parametrize("body", [
    "Le territoire de la CPTS regroupe trois cantons : Douarnenez, Pont-Croix et Plogastel-Saint-Germain.",
    "Elle couvre 3 cantons (Douarnenez, Pont-Croix, Plogastel-Saint-Germain) et 40 communes.",
    "Elle couvre les anciens cantons suivants : Douarnenez, Pont-Croix et Plogastel-Saint-Germain.",
])
def test_towns_cantons_are_named_after_after_a_colon_or_bracket_give_no_perimeter(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == [DOUARNENEZ, PONT_CROIX, PLOGASTEL]
    assert resolved_codes(territory) is None


@pytest.mark.parametrize("body", [
    "Son territoire correspond aux cantons de Douarnenez et de Pont-Croix.",
    "La CPTS rassemble les professionnels des cantons de Douarnenez et Pont-Croix.",
])
def test_towns_cantons_are_named_after_in_a_sentence(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == [DOUARNENEZ, PONT_CROIX]
    assert resolved_codes(territory) is None


def test_a_list_of_communes_in_brackets_after_their_count_is_still_the_perimeter(tmp_path):
    body = "Elle couvre 3 communes (Douarnenez, Pont-Croix, Plogastel-Saint-Germain)."
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert resolved_codes(territory) == (sorted([DOUARNENEZ, PONT_CROIX, PLOGASTEL]), True)


@pytest.mark.parametrize("body", [
    "Elle a recruté deux médiatrices.\nAnne Le Goff\nSecteurs : Douarnenez et Kerlaz\nInfirmière, elle exerce la médiation.",
    "Elle a recruté deux médiatrices.\n\nAnne Le Goff\n\nSous-territoires :\nDouarnenez et Kerlaz\n\n"
    "Infirmière, elle exerce la médiation en santé au sein de la CPTS depuis un an.",
])
def test_two_towns_under_a_sector_label_after_a_person_are_communes_but_no_perimeter(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == [DOUARNENEZ, KERLAZ]
    assert resolved_codes(territory) is None


@pytest.mark.parametrize("body", [
    "Elle couvre l'ensemble de la ville de Douarnenez.",
    "Elle couvre la seule commune de Douarnenez.",
    "Son territoire se limite à la commune de Douarnenez.",
    "Elle couvre toute la commune de Douarnenez.",
    "Le territoire de la CPTS est celui de la commune de Douarnenez.",
    "Elle couvre la totalité de Douarnenez.",
    "Elle couvre uniquement Douarnenez.",
])
def test_one_town_said_whole_is_the_perimeter(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == [DOUARNENEZ]
    assert resolved_codes(territory) == ([DOUARNENEZ], True)


def test_en_one_town_said_whole_is_the_perimeter(tmp_path):
    territory = territory_of(record_of(cap_sizun_en("It only covers the town of Douarnenez."), tmp_path), KEY)
    assert resolved_codes(territory) == ([DOUARNENEZ], True)


def test_limited_to_two_towns(tmp_path):
    territory = territory_of(record_of(cap_sizun("Son territoire se limite à Douarnenez et Kerlaz."), tmp_path), KEY)
    assert resolved_codes(territory) == (sorted([DOUARNENEZ, KERLAZ]), True)


@pytest.mark.parametrize("text, expected", [
    pytest.param(release("En Aveyron, la CPTS Rouergue Centre couvre la communauté de commune du Pays Rignacois."),
                 {RIGNACOIS: []}, id="communaute-de-commune-singular"),
    pytest.param(release("En Aveyron, la CPTS Rouergue Centre couvre les EPCI suivants : Pays Rignacois, Pays de Salars."),
                 {RIGNACOIS: [], SALARS: []}, id="les-epci-suivants"),
    pytest.param(release("En Aveyron, la CPTS Rouergue Centre couvre les intercommunalités suivantes : Pays Rignacois, "
                         "Pays de Salars."), {RIGNACOIS: [], SALARS: []}, id="les-intercommunalites-suivantes"),
])
def test_intercommunalities_written_loosely(tmp_path, text, expected):
    assert coded_areas(territory_of(record_of(text, tmp_path), "rouergue-centre")) == expected


@pytest.mark.parametrize("body, expected", [
    ("It serves patients in the Douarnenez area.", [DOUARNENEZ]),
    ("It covers the Douarnenez sector.", [DOUARNENEZ]),
    ("It is organised around Douarnenez and Audierne.", [DOUARNENEZ, AUDIERNE]),
])
def test_en_towns_the_territory_lies_around_are_communes_but_no_perimeter(tmp_path, body, expected):
    territory = territory_of(record_of(cap_sizun_en(body), tmp_path), KEY)
    assert communes(territory) == expected
    assert resolved_codes(territory) is None


def test_en_the_area_comprises(tmp_path):
    text = cap_sizun_en("The CPTS area comprises Audierne, Plouhinec and Pont-Croix.")
    territory = territory_of(record_of(text, tmp_path), KEY)
    assert resolved_codes(territory) == (sorted([AUDIERNE, PLOUHINEC, PONT_CROIX]), True)


def test_en_a_board_that_includes_people_names_no_commune(tmp_path):
    text = cap_sizun_en("Its board includes Dr Anne Le Goff and Dr Yves Morvan.")
    assert communes(territory_of(record_of(text, tmp_path), KEY)) == []


COEUR_DE_SOLOGNE = "200000800"  # CC Coeur de Sologne (41): "3CS"
CORDAIS_ET_CAUSSE = "200034064"  # CC du Cordais et du Causse (4 C) (81)
CENTRE_TARN = "200034049"  # CC Centre Tarn (81): "3CT"


@pytest.mark.parametrize("sentence, expected", [
    ("En Sologne (Loir-et-Cher), la CPTS du Ségala couvre le territoire de la 3CS.", {COEUR_DE_SOLOGNE: "full"}),
    ("Dans le Tarn, la CPTS du Ségala couvre la 4C et une partie de la 3CT.",
     {CORDAIS_ET_CAUSSE: "full", CENTRE_TARN: "partial"}),
])
def test_initials_with_a_counted_letter_name_an_intercommunality(tmp_path, sentence, expected):
    areas = territory_of(record_of(release(sentence), tmp_path), "segala")["areas"]
    assert {a["code"]: a["extent"] for a in areas if a["code"]} == expected


def test_a_department_code_is_no_counted_initials(tmp_path):
    territory = territory_of(record_of(release("En Corse, la CPTS du Ségala couvre la 2B."), tmp_path), "segala")
    assert territory.get("areas", []) == []


BREST_METROPOLE = "242900314"
QUIMPER_BRETAGNE_OCCIDENTALE = "200068120"


@pytest.mark.parametrize("sentence, expected", [
    ("Elle couvre la métropole brestoise.", {BREST_METROPOLE: "full"}),
    ("Elle couvre l'agglomération brestoise.", {BREST_METROPOLE: "full"}),
    ("Elle couvre une partie de la métropole brestoise.", {BREST_METROPOLE: "partial"}),
    ("Elle couvre l'agglomération quimpéroise.", {QUIMPER_BRETAGNE_OCCIDENTALE: "full"}),
])
def test_an_urban_intercommunality_named_by_its_town_s_adjective(tmp_path, sentence, expected):
    text = release(f"La CPTS Brest Rive Droite est née dans le Finistère. {sentence}")
    areas = territory_of(record_of(text, tmp_path), "brest-rive-droite")["areas"]
    assert {a["code"]: a["extent"] for a in areas if a["code"]} == expected


def test_a_town_s_built_up_area_in_passing_is_no_intercommunality(tmp_path):
    text = release("La CPTS Brest Rive Droite est née. La circulation dans l'agglomération brestoise est difficile.")
    assert territory_of(record_of(text, tmp_path), "brest-rive-droite").get("areas", []) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Elle agit à l'échelle du Pays Rignacois.", {RIGNACOIS: "full"}),
    ("Son territoire s'étend entre le Pays Rignacois et le Pays de Salars.", {RIGNACOIS: "full", SALARS: "full"}),
    ("Elle est implantée sur le Pays Rignacois.", {RIGNACOIS: "full"}),
    ("Elle est compétente sur le Pays Rignacois.", {RIGNACOIS: "full"}),
    ("Elle est active sur le Pays Rignacois.", {RIGNACOIS: "full"}),
    ("Le centre hospitalier, implanté sur le Pays Rignacois, est partenaire.", {}),
])
def test_an_intercommunality_named_without_its_type_word_after_more_verbs(tmp_path, sentence, expected):
    text = release(f"En Aveyron, la CPTS Rouergue Centre a été créée. {sentence}")
    areas = territory_of(record_of(text, tmp_path), "rouergue-centre").get("areas", [])
    assert {a["code"]: a["extent"] for a in areas if a["code"]} == expected


@pytest.mark.parametrize("text, excepted", [
    (cap_sizun("Elle couvre la CC Cap Sizun - Pointe du Raz, sans la commune de Plogoff."), [PLOGOFF]),
    (cap_sizun("Elle couvre la CC Cap Sizun - Pointe du Raz, en excluant Plogoff."), [PLOGOFF]),
    (cap_sizun("Elle couvre la CC Cap Sizun - Pointe du Raz, en dehors de Plogoff."), [PLOGOFF]),
    (cap_sizun("Elle couvre toute la CC Cap Sizun - Pointe du Raz, exceptées les communes de Plogoff et Primelin."),
     [PLOGOFF, PRIMELIN]),
    (cap_sizun("Elle couvre la CC Cap Sizun - Pointe du Raz (Plogoff exclue)."), [PLOGOFF]),
    (cap_sizun("Elle couvre la CC Cap Sizun - Pointe du Raz (Plogoff et Primelin exceptées)."), [PLOGOFF, PRIMELIN]),
    (cap_sizun_en("It covers the Cap Sizun - Pointe du Raz community of communes, but not Plogoff."), [PLOGOFF]),
    (cap_sizun_en("It covers all municipalities of the Cap Sizun - Pointe du Raz community of communes other than "
                  "Plogoff."), [PLOGOFF]),
    (cap_sizun_en("It covers the Cap Sizun - Pointe du Raz community of communes (Plogoff excluded)."), [PLOGOFF]),
])
def test_communes_left_out_of_an_intercommunality(tmp_path, text, excepted):
    territory = territory_of(record_of(text, tmp_path), KEY)
    assert coded_areas(territory) == {CAP_SIZUN: excepted}
    assert communes(territory) == []
    assert territory["resolved"]["count"] == 10 - len(excepted)


@pytest.mark.parametrize("body", [
    "Elle couvre en particulier Audierne, Plouhinec et Pont-Croix.",
    "Elle couvre entre autres Audierne, Plouhinec et Pont-Croix.",
    "Elle couvre principalement Audierne, Plouhinec et Pont-Croix.",
])
def test_towns_given_as_examples_leave_the_perimeter_open(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert resolved_codes(territory) == (sorted([AUDIERNE, PLOUHINEC, PONT_CROIX]), False)


@pytest.mark.parametrize("body, complete", [
    ("Elle s'étend désormais à Plouhinec et Pont-Croix.", True),
    ("Elle englobera à terme Plouhinec et Pont-Croix.", True),
    ("Elle couvre aussi Plouhinec et Pont-Croix.", False),
])
def test_an_adverb_between_the_verb_and_the_towns(tmp_path, body, complete):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert resolved_codes(territory) == (sorted([PLOUHINEC, PONT_CROIX]), complete)


@pytest.mark.parametrize("heading, expected", [
    ("Intercommunalités couvertes :", {RIGNACOIS: "full", SALARS: "full"}),
    ("EPCI couverts :", {RIGNACOIS: "full", SALARS: "full"}),
    ("Intercommunalités partenaires :", {}),
])
def test_untyped_names_under_an_intercommunalities_heading(tmp_path, heading, expected):
    names = "- Pays Rignacois\n- Pays de Salars" if "couvert" in heading else "- CC du Pays Rignacois\n- CC du Pays de Salars"
    text = release(f"En Aveyron, la CPTS Rouergue Centre a été créée.\n{heading}\n{names}\n")
    areas = territory_of(record_of(text, tmp_path), "rouergue-centre").get("areas", [])
    assert {a["code"]: a["extent"] for a in areas if a["code"]} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Son territoire réunit deux intercommunalités, le Pays Rignacois et le Pays de Salars.",
     {RIGNACOIS: "full", SALARS: "full"}),
    ("Elle travaille avec deux intercommunalités, le Pays Rignacois et le Pays de Salars.", {}),
])
def test_untyped_names_after_a_count_of_intercommunalities_and_a_comma(tmp_path, sentence, expected):
    text = release(f"En Aveyron, la CPTS Rouergue Centre a été créée. {sentence}")
    areas = territory_of(record_of(text, tmp_path), "rouergue-centre").get("areas", [])
    assert {a["code"]: a["extent"] for a in areas if a["code"]} == expected


def test_a_count_of_a_part_of_another_intercommunality_leaves_the_first_whole(tmp_path):
    body = "Elle couvre la CC Cap Sizun - Pointe du Raz et deux communes de Douarnenez Communauté : Douarnenez et Kerlaz."
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert {a["code"]: a["extent"] for a in territory["areas"]} == {CAP_SIZUN: "full", DOUARNENEZ_CC: "partial"}
    assert territory["resolved"]["count"] == 12


@pytest.mark.parametrize("body", [
    "Elle couvre 12 communes, dont 10 de la CC Cap Sizun - Pointe du Raz et 2 de Douarnenez Communauté.",
    "Elle couvre 12 communes : 10 de la CC Cap Sizun - Pointe du Raz et 2 de Douarnenez Communauté.",
])
def test_a_count_of_an_intercommunality_s_share_makes_it_a_part(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert {a["code"]: a["extent"] for a in territory["areas"]} == {CAP_SIZUN: "full", DOUARNENEZ_CC: "partial"}
    assert territory["resolved"]["complete"] is False


@pytest.mark.parametrize("sentence, expected", [
    ("Elle couvre 8 communes de Rodez Agglomération et 4 communes du Pays Rignacois.",
     {"241200187": "full", RIGNACOIS: "partial"}),
    ("Elle couvre 4 communes du Rignacois.", {}),  # not the whole name of an intercommunality
])
def test_a_count_of_communes_of_an_untyped_name(tmp_path, sentence, expected):
    text = release(f"En Aveyron, la CPTS Rouergue Centre a été créée. {sentence}")
    areas = territory_of(record_of(text, tmp_path), "rouergue-centre").get("areas", [])
    assert {a["code"]: a["extent"] for a in areas if a["code"]} == expected


@pytest.mark.parametrize("body", [
    "Le département du Finistère regroupe 277 communes, dont Brest, Quimper et Morlaix.",
    "Les CPTS couvrent désormais Brest, Quimper, Morlaix et Landerneau.",
    "Dans le Finistère, des CPTS existent déjà à Brest, Quimper, Morlaix et Landerneau.",
])
def test_communes_of_a_department_or_of_cpts_in_general_are_no_territory(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == []
    assert territory.get("resolved") is None


@pytest.mark.parametrize("body, expected", [
    ("La situation particulière de la ville de Douarnenez, qui compte 14 000 habitants, explique ce projet.", [DOUARNENEZ]),
    ("La mairie de la ville de Quimper a accueilli la signature.", []),  # not the town the CPTS is named after
])
def test_the_town_a_cpts_is_named_after_called_a_town(tmp_path, body, expected):
    text = release(f"La CPTS Douarnenez Agglomération est née dans le Finistère. {body}")
    territory = territory_of(record_of(text, tmp_path), "douarnenez-agglomeration")
    assert communes(territory) == expected
    assert territory.get("resolved") is None


@pytest.mark.parametrize("body, expected", [
    ("Mais la structure et son projet de santé ne concernent pas seulement Douarnenez.", [DOUARNENEZ]),
    ("Le projet ne concerne pas que Douarnenez et Kerlaz.", [DOUARNENEZ, KERLAZ]),
])
def test_not_only_these_towns_gives_communes_but_no_perimeter(tmp_path, body, expected):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert communes(territory) == expected
    assert territory.get("resolved") is None


@pytest.mark.parametrize("body", [
    "Elle est active sur les réseaux sociaux.",
    "Elle agit à l'échelle du Finistère.",
    "Elle couvre uniquement les soins non programmés.",
    "Secteurs : médecine générale, pharmacie, soins infirmiers.",
    "Elle s'étend désormais à de nouveaux professionnels.",
    "Elle couvre aussi la prévention.",
    "Le territoire ne concerne pas seulement la santé.",
    "Elle agit dans le secteur médico-social.",
])
def test_the_new_cues_without_a_place_read_nothing(tmp_path, body):
    territory = territory_of(record_of(cap_sizun(body), tmp_path), KEY)
    assert (communes(territory), territory.get("areas", []), territory.get("resolved")) == ([], [], None)
