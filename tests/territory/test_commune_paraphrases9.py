"""Communes a territory holds, written the other ways releases write them: a list whose last name
runs on into the sentence ("... et D soit 15 000 habitants"), a relative clause on the territory
("dont le territoire comprend"), more places counted after the names, a bulleted list under the
sentence that announces it, the town a territory is centred on by what it is to it ("ville-centre
du territoire", "la principale ville", "main town"), a CPTS named after its towns then said to
gather as many communes; and places that give no perimeter (partners under an agreement, the
communes of a zoning, another service's area, lists of venues under a sentence). The CPTS and
sentences are invented; the places come from the gazetteer (Dordogne, where Vitrac also names
communes of the Cantal and the Puy-de-Dôme)."""
from __future__ import annotations

import pytest

SARLAT, VITRAC, PROISSANS, LA_ROQUE_GAGEAC = "24520", "24587", "24341", "24355"
FOUR = (SARLAT, VITRAC, PROISSANS, LA_ROQUE_GAGEAC)
THREE = (SARLAT, VITRAC, PROISSANS)
A, B, C, D = "Sarlat-la-Canéda", "Vitrac", "Proissans", "La Roque-Gageac"


def release(body: str) -> str:
    return f"Le 12 mars 2024.\n\nLa CPTS du Sarladais a signé son accord conventionnel avec l'ARS. {body}\n"


def release_en(body: str) -> str:
    return f"12 March 2024.\n\nThe CPTS du Sarladais signed its agreement with the ARS. {body}\n"


def territory(record: dict) -> dict:
    return {c["key"]: c for c in record["cpts"]}["sarladais"].get("territory") or {}


def communes(record: dict) -> list[str]:
    return sorted(c["insee"] for c in territory(record).get("communes", []))


def resolved(record: dict) -> dict | None:
    return territory(record).get("resolved")


def closed(*codes: str) -> dict:
    return {"insee": sorted(codes), "complete": True, "count": len(codes)}


def opened(*codes: str) -> dict:
    return {"insee": sorted(codes), "complete": False, "count": len(codes)}


@pytest.mark.parametrize("body", [
    f"Elle couvre les communes de {A}, {B}, {C} et {D} soit environ 15 000 habitants.",
    f"Elle couvre les communes de {A}, {B}, {C} et {D} depuis 2022.",
    f"La CPTS, dont le territoire comprend {A}, {B}, {C} et {D}, compte 80 adhérents.",
    f"Le territoire de la CPTS, soit {A}, {B}, {C} et {D}, compte 15 000 habitants.",
    f"Elle couvre {A} & {B} & {C} & {D}.",
    f"Territoire : {A} / {B} / {C} / {D}",
    f"Elle couvre un territoire de 4 communes ({A}, {B}, {C}, {D}) et 15 000 habitants.",
    f"Son territoire, ce sont les communes de {A}, {B}, {C} et {D}.",
    f"Elle est compétente sur les communes de {A}, {B}, {C} et {D}.",
    f"Son action porte sur les communes de {A}, {B}, {C} et {D}.",
    f"\n\nCommunes : {A} (24200), {B} (24200), {C} (24200), {D} (24250)",
    f"Elle couvre les communes de «{A}», «{B}», «{C}» et «{D}».",
])
def test_a_list_that_runs_on_or_stands_in_a_clause(record_of, body):
    record = record_of(release(body))
    assert communes(record) == sorted(FOUR)
    assert resolved(record) == closed(*FOUR)


@pytest.mark.parametrize("text", [
    release(f"\n\nLe territoire\nLa CPTS couvre quatre communes.\n- {A}\n- {B}\n- {C}\n- {D}"),
    release(f"\n\nLes communes du territoire\n• {A}\n• {B}\n• {C}\n• {D}"),
    release(f"\n\nCommunes membres\n1. {A}\n2. {B}\n3. {C}\n4. {D}"),
    release_en(f"The communes of {A}, {B}, {C} and {D} make up its territory."),
])
def test_a_bulleted_list_under_the_line_that_announces_it(record_of, text):
    record = record_of(text)
    assert resolved(record) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    f"Elle couvre {A} et une vingtaine de communes.",
    f"Elle couvre {A}, {B} et 15 autres communes.",
    f"Elle couvre {A}, {B} et 15 communes rurales.",
    f"Son territoire compte {A}, {B}, {C} et une dizaine de petites communes.",
])
def test_more_places_counted_after_the_names_leave_the_perimeter_open(record_of, body):
    found = resolved(record_of(release(body)))
    assert found is not None and found["complete"] is False
    assert SARLAT in found["insee"]


@pytest.mark.parametrize("text", [
    release(f"{A}, ville-centre du territoire, concentre l'offre de soins."),
    release(f"{A} est la principale ville du territoire."),
    release(f"La principale ville du territoire, {A}, compte 9 000 habitants."),
    release(f"{A} est la commune la plus peuplée du territoire de la CPTS."),
    release(f"{A} est la seule commune urbaine du territoire."),
    release(f"Le territoire compte une seule ville, {A}."),
    release(f"La moitié des habitants du territoire vit à {A}."),
    release(f"L'offre de soins est concentrée à {A}, où se trouve l'hôpital."),
    release_en(f"Its main town is {A}."),
    release_en(f"Half of the area's population lives in {A}."),
])
def test_the_town_a_territory_is_centred_on_is_a_commune_but_no_perimeter(record_of, text):
    record = record_of(text)
    assert communes(record) == [SARLAT]
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    "Périgueux, la plus grande ville du département, accueille l'hôpital de référence.",
    "Bordeaux, principale ville de la région, concentre les spécialistes.",
    "La signature a eu lieu à Périgueux, principale ville du département.",
    f"Le Dr Jean Martin exerce à {A}, la plus grande ville du Périgord Noir.",
    "Paris, la plus grande ville de France, compte des dizaines de CPTS.",
])
def test_the_main_town_of_something_else_is_no_commune(record_of, body):
    record = record_of(release(body))
    assert communes(record) == []
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    f"Elle a signé des conventions avec les communes de {A}, {B} et {C}.",
    f"Les communes de {A}, {B} et {C} ont signé une convention avec la CPTS.",
    f"Les communes de {A}, {B} et {C} sont classées en zone d'intervention prioritaire.",
    f"Le service d'accès aux soins couvre {A}, {B} et {C}.",
    f"\n\nDes permanences sont organisées dans plusieurs communes.\n- {A}\n- {B}\n- {C}",
    f"\n\nLes ateliers auront lieu dans les communes suivantes.\n- {A}\n- {B}\n- {C}",
    f"\n\nLe bus de dépistage passera dans quatre communes.\n- {A}\n- {B}\n- {C}\n- {D}",
    f"\n\nNos permanences :\n- {A}\n- {B}\n- {C}\n- {D}",
    f"\n\nPharmacies de garde :\n- {A}\n- {B}\n- {C}",
    f"Des CPTS existent déjà à {A}, {B} et {C}.",
    f"Le 4 avril à {A}, le 11 avril à {B}, le 18 avril à {C}.",
    f"Elle prévoit d'ouvrir des centres de soins non programmés à {A}, {B} et {C}.",
    f"\n\nFait à {A}, le 12 mars 2024.",
])
def test_partners_zonings_other_services_and_venues_give_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == []
    assert resolved(record) is None


def test_en_upcoming_meetings_are_no_territory(record_of):
    assert resolved(record_of(release_en(f"\n\nUpcoming meetings:\n- {A}\n- {B}\n- {C}"))) is None


DRANCY, LE_BLANC_MESNIL, LE_BOURGET = "93029", "93007", "93013"


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS Drancy, le Blanc Mesnil et le Bourget regroupe les acteurs de santé des trois communes.",
     closed(DRANCY, LE_BLANC_MESNIL, LE_BOURGET)),
    ("La CPTS Drancy - le Blanc Mesnil - le Bourget rassemble les soignants de ces trois villes.",
     closed(DRANCY, LE_BLANC_MESNIL, LE_BOURGET)),
    ("La CPTS Drancy - le Blanc Mesnil - le Bourget travaille avec les deux communes voisines.", None),
])
def test_a_cpts_named_after_its_towns_then_said_to_gather_as_many(record_of, sentence, expected):
    record = record_of(f"Le 12 mars 2024.\n\n{sentence}\n")
    found = record["cpts"][0].get("territory") or {}
    assert found.get("resolved") == expected


@pytest.mark.parametrize("text, expected", [
    (release(f"Elle couvre : {A}, {B}, {C}, etc."), opened(*THREE)),
    (release(f"\n\nCommunes couvertes :\n- {A}\n- {B}\n- {C}\n- etc."), opened(*THREE)),
    (release(f"\n\nCommunes couvertes :\n- {A}\n- {B}\n- {C}\n- …"), opened(*THREE)),
    (release(f"{A}, {B} et {C} font partie des 25 communes couvertes par la CPTS."), opened(*THREE)),
    (release(f"Elle couvre 25 communes, parmi lesquelles {A}, {B} et {C}."), opened(*THREE)),
    (release_en(f"Its territory includes, among others, {A}, {B} and {C}."), opened(*THREE)),
])
def test_a_list_said_to_be_some_of_the_communes_leaves_the_perimeter_open(record_of, text, expected):
    assert resolved(record_of(text)) == expected


@pytest.mark.parametrize("body", [
    f"It is made up of {A}, {B}, {C} and {D}.",
    f"It consists of {A}, {B}, {C} and {D}.",
    f"It stretches across {A}, {B}, {C} and {D}.",
    f"It is composed of {A}, {B}, {C} and {D}.",
    f"Covering {A}, {B}, {C} and {D}, the CPTS brings together 80 professionals.",
])
def test_en_a_territory_made_up_of_towns(record_of, body):
    assert resolved(record_of(release_en(body))) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    f"Meetings will be held in {A}, {B} and {C}.",
    f"Workshops are organised in {A}, {B} and {C}.",
    f"Pharmacists from {A}, {B} and {C} attended the launch.",
    f"The nearest emergency departments are in {A}, Périgueux and Bergerac.",
])
def test_en_venues_and_people_s_towns_are_no_perimeter(record_of, body):
    assert resolved(record_of(release_en(body))) is None


@pytest.mark.parametrize("body", [
    f"Trois secteurs composent le territoire : {A}, {B} et {C}.",
    f"Le territoire compte trois zones d'intervention prioritaire : {A}, {B} et {C}.",
    f"Le territoire compte trois maisons de santé, à {A}, {B} et {C}.",
    f"Le territoire est couvert par trois EHPAD, situés à {A}, {B} et {C}.",
    f"\n\nSecteurs\n- {A}\n- {B}\n- {C}",
    f"\n\nNos antennes\n- {A}\n- {B}\n- {C}",
    f"\n\nNos pôles :\n- {A}\n- {B}\n- {C}",
    f"Le territoire est structuré autour de {A}, de {B} et de {C}.",
])
def test_the_towns_of_the_territory_s_parts_and_facilities_are_communes_but_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == sorted(THREE)
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    f"Elle couvre notamment {A} et {B}.",
    f"Elle couvre entre autres {A} et {B}.",
])
def test_two_towns_among_others_leave_the_perimeter_open(record_of, body):
    assert resolved(record_of(release(body))) == opened(SARLAT, VITRAC)


@pytest.mark.parametrize("body", [
    f"La zone d'intervention prioritaire couvre {A}, {B} et {C}.",
    f"Les zones d'intervention prioritaire concernent {A}, {B} et {C}.",
    f"Sont classées en ZIP les communes de {A}, {B} et {C}.",
    f"Le bassin de santé de {A} regroupe {B} et {C}.",
])
def test_what_a_zoning_covers_is_no_perimeter(record_of, body):
    assert resolved(record_of(release(body))) is None


@pytest.mark.parametrize("layout", [
    f"Communes du territoire\n\n24200 {A}\n24200 {B}\n24200 {C}\n24250 {D}",
    f"Communes du territoire\n\nCommune\tPopulation\n{A}\t8 900\n{B}\t900\n{C}\t1 000\n{D}\t400",
    f"Territoire de la CPTS\n{A} · {B} · {C} · {D}",
    f"Territoire couvert\n\n{A} (8 763 habitants)\n{B} (863 habitants)\n{C} (1 102 habitants)\n{D} (448 habitants)",
])
def test_a_list_under_a_heading_line_by_line_or_with_a_postcode_first(record_of, layout):
    record = record_of(release(f"\n\n{layout}"))
    assert resolved(record) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    "La CPTS s'appuie sur Périgueux, principale ville voisine, pour les consultations spécialisées.",
    "Les patients du territoire se rendent à Périgueux, pôle urbain le plus proche.",
])
def test_a_neighbouring_main_town_is_no_commune(record_of, body):
    assert communes(record_of(release(body))) == []


@pytest.mark.parametrize("body", [
    f"Le pôle de santé regroupe {A}, {B} et {C}.",
    f"Le secteur de garde couvre {A}, {B} et {C}.",
    f"Le cabinet infirmier intervient sur {A}, {B} et {C}.",
    f"Les infirmiers libéraux couvrent {A}, {B} et {C}.",
    f"Les kinésithérapeutes du territoire interviennent à domicile sur {A}, {B} et {C}.",
    f"L'équipe de soins primaires couvre {A}, {B} et {C}.",
    f"Le réseau de santé couvre {A}, {B} et {C}.",
    f"L'association de médecins de garde couvre {A}, {B} et {C}.",
])
def test_what_another_care_team_or_a_profession_covers_is_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == []
    assert resolved(record) is None


def test_a_cpts_that_gathers_a_profession_still_covers_its_towns(record_of):
    body = f"La CPTS, qui fédère les infirmiers libéraux, couvre {A}, {B}, {C} et {D}."
    assert resolved(record_of(release(body))) == closed(*FOUR)
