"""Communes a territory is said to hold, written the other ways releases write them: names whose
article is written small or taken into a preposition ("les Rousses", "des Rousses", "aux
Rousses"), lists after "composée de", "correspond aux", "figurent", "ainsi que", the towns a
number of communes lie around, the main towns of a territory, the two ends of a territory; and
places that must give no commune or no perimeter (a seat, a venue, a person's workplace, a
hospital, a neighbouring CPTS, an agenda, a board). The CPTS and sentences are invented; the
places come from the gazetteer (Jura, where Rousses in Lozère must not be read for Les Rousses)."""
from __future__ import annotations

import pytest

PREMANON, LES_ROUSSES, BOIS_D_AMONT, LONGCHAUMOIS, BELLEFONTAINE = "39441", "39470", "39059", "39297", "39047"
ROUSSES_LOZERE = "48130"
FOUR = (PREMANON, LES_ROUSSES, BOIS_D_AMONT, LONGCHAUMOIS)
THREE = (PREMANON, LES_ROUSSES, LONGCHAUMOIS)


def release(body: str) -> str:
    return f"Le 12 mars 2024.\n\nLa CPTS du Haut-Jura a signé son accord conventionnel avec l'ARS. {body}\n"


def release_en(body: str) -> str:
    return f"12 March 2024.\n\nThe CPTS du Haut-Jura signed its agreement with the ARS. {body}\n"


def territory(record: dict) -> dict:
    return {c["key"]: c for c in record["cpts"]}["haut-jura"].get("territory") or {}


def communes(record: dict) -> list[str]:
    return sorted(c["insee"] for c in territory(record).get("communes", []))


def resolved(record: dict) -> dict | None:
    return territory(record).get("resolved")


def closed(*codes: str) -> dict:
    return {"insee": sorted(codes), "complete": True, "count": len(codes)}


def opened(*codes: str) -> dict:
    return {"insee": sorted(codes), "complete": False, "count": len(codes)}


@pytest.mark.parametrize("body", [
    "Elle est composée des communes de Prémanon, Les Rousses, Bois-d'Amont et Longchaumois.",
    "Son territoire comprend Prémanon, Les Rousses, Bois-d'Amont et Longchaumois.",
    "Elle regroupe Prémanon, Les Rousses, Bois-d'Amont et Longchaumois.",
    "Le territoire de la CPTS s'étend sur quatre communes : Prémanon, Les Rousses, Bois-d'Amont et Longchaumois.",
    "Son périmètre d'action couvre les communes de Prémanon, des Rousses, de Bois-d'Amont et de Longchaumois.",
    "Son territoire englobe Prémanon, les Rousses, Bois-d'Amont ainsi que Longchaumois.",
    "Elle regroupe Prémanon, les Rousses, Bois-d'Amont et Longchaumois.",
    "Territoire : Prémanon, Les Rousses, Bois-d'Amont, Longchaumois.",
    "Le territoire couvert par la CPTS correspond aux communes de Prémanon, Les Rousses, Bois-d'Amont et Longchaumois.",
    "Sont concernées les communes de Prémanon, Les Rousses, Bois-d'Amont et Longchaumois.",
])
def test_a_list_whose_commune_has_its_article_is_read_in_its_department(record_of, body):
    record = record_of(release(body))
    assert communes(record) == sorted(FOUR)
    assert resolved(record) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    "It is made up of the municipalities of Prémanon, Les Rousses, Bois-d'Amont and Longchaumois.",
    "Its territory is made up of four towns: Prémanon, Les Rousses, Bois-d'Amont and Longchaumois.",
])
def test_en_a_list_of_municipalities(record_of, body):
    record = record_of(release_en(body))
    assert resolved(record) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    "Elle regroupe Les Rousses, Prémanon et Longchaumois.",
    "Elle couvre les communes de Prémanon, des Rousses et de Longchaumois.",
    "Son territoire englobe Prémanon, les Rousses ainsi que Longchaumois.",
])
def test_a_name_without_its_article_is_not_another_department_s_commune(record_of, body):
    record = record_of(release(body))
    assert ROUSSES_LOZERE not in communes(record)
    assert resolved(record) == closed(*THREE)


@pytest.mark.parametrize("body", [
    "Elle couvre une vingtaine de communes autour de Prémanon, des Rousses et de Longchaumois.",
    "Elle couvre le canton des Rousses ainsi que Prémanon et Longchaumois.",
    "Son territoire s'articule autour de trois pôles : Prémanon, Les Rousses et Longchaumois.",
    "Les principales communes du territoire sont Prémanon, Les Rousses et Longchaumois.",
    "Elle couvre 14 communes, de Prémanon aux Rousses en passant par Longchaumois.",
    # the sentence goes on after the last town
    "Elle couvre 14 communes, de Prémanon aux Rousses en passant par Longchaumois où la convention a été signée.",
    "Elle couvre 14 communes, de Prémanon aux Rousses en passant par Longchaumois qui accueille son siège.",
])
def test_towns_a_territory_lies_around_are_communes_but_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == sorted(THREE)
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    "Parmi les communes couvertes figurent Prémanon, Les Rousses et Longchaumois.",
    "Le territoire de la CPTS comprend notamment Prémanon, Les Rousses et Longchaumois.",
    "Son territoire comprend 12 communes, dont Prémanon, Les Rousses et Longchaumois.",
    "Le territoire couvre Prémanon, Les Rousses, Longchaumois et les villages alentour.",
])
def test_some_of_the_communes_leave_the_perimeter_open(record_of, body):
    record = record_of(release(body))
    assert communes(record) == sorted(THREE)
    assert resolved(record) == opened(*THREE)


@pytest.mark.parametrize("text", [
    release("L'association, dont le siège est à Prémanon, fédère 90 professionnels de santé."),
    release("La réunion de lancement s'est tenue à Prémanon, à la salle des fêtes."),
    release("Son président, le Dr Paul Blanc, pharmacien à Prémanon, a salué l'engagement des soignants."),
    release("Elle travaille en lien avec l'hôpital de Saint-Claude et la maison de santé de Longchaumois."),
    release("Une soirée d'information aura lieu le 4 avril à Bois-d'Amont, Prémanon et Longchaumois."),
    release("Les médecins de Prémanon, Bellefontaine et Longchaumois ont rejoint le projet."),
    release("La signature s'est déroulée à la mairie de Prémanon en présence des maires des Rousses et de Bellefontaine."),
    release("Des permanences de soins non programmés sont ouvertes à Prémanon, aux Rousses et à Longchaumois."),
    release("Elle est présidée par Anne Roux, infirmière libérale installée aux Rousses."),
    release("Le centre hospitalier de Saint-Claude, le centre de santé de Morbier et l'EHPAD de Longchaumois sont partenaires."),
    release("Les bureaux de la CPTS sont installés à Prémanon, au sein de la maison de santé."),
    release("Plus de 60 personnes venues de Prémanon, Bellefontaine, Longchaumois et Bois-d'Amont ont assisté à l'assemblée générale."),
    release("Les patients de Prémanon, des Rousses et de Longchaumois sont souvent orientés vers Saint-Claude."),
    release("Des ateliers seront organisés à Prémanon, Les Rousses, Bellefontaine et Longchaumois."),
    release("Le projet a été présenté aux élus de Prémanon, des Rousses et de Longchaumois."),
    release("Après Prémanon, Les Rousses et Longchaumois, la tournée d'information passera par Bellefontaine."),
    release("\n\nLe bureau :\n- Président : Dr Paul Blanc (Prémanon)\n- Trésorière : Anne Roux (Les Rousses)\n"
            "- Secrétaire : Marc Petit (Longchaumois)"),
    release("\n\nAgenda\n12 avril : Prémanon\n19 avril : Les Rousses\n26 avril : Longchaumois"),
    release("\nContact presse\nCPTS du Haut-Jura\n12 rue de la Mairie\n39220 Les Rousses"),
    release_en("The launch took place in Prémanon, and a second meeting is planned in Longchaumois and Bellefontaine."),
    release_en("Its chair, Dr Paul Blanc, a GP in Prémanon, welcomed the signature."),
])
def test_places_that_are_not_the_territory(record_of, text):
    record = record_of(text)
    assert communes(record) == []
    assert resolved(record) is None


@pytest.mark.parametrize("text", [
    release("\n\nLa CPTS regroupe les communes suivantes :\n1. Prémanon\n2. Les Rousses\n3. Bois-d'Amont\n4. Longchaumois"),
    release("\n\nNotre territoire\nLa CPTS regroupe les communes suivantes :\n1. Prémanon\n2. Les Rousses\n"
            "3. Bois-d'Amont\n4. Longchaumois"),
    release("\n\nCommunes couvertes :\n1) Prémanon\n2) Les Rousses\n3) Bois-d'Amont\n4) Longchaumois"),
    release("Elle intervient à Prémanon, aux Rousses, à Bois-d'Amont et à Longchaumois."),
    release("Elle couvre les communes de PRÉMANON, LES ROUSSES, BOIS-D'AMONT et LONGCHAUMOIS."),
    release("Elle couvre les communes de Prémanon,\nLes Rousses, Bois-d'Amont et\nLongchaumois, soit 12 000 habitants."),
    release("\n\nCommunes : Prémanon - Les Rousses - Bois-d'Amont - Longchaumois"),
    release("Elle se compose de quatre communes : Prémanon, Les Rousses, Bois-d'Amont et Longchaumois."),
    release("Sur le territoire de Prémanon, des Rousses, de Bois-d'Amont et de Longchaumois, elle coordonne les soins."),
    release_en("Its catchment area comprises Prémanon, Les Rousses, Bois-d'Amont and Longchaumois."),
    release_en("It serves the towns of Prémanon, Les Rousses, Bois-d'Amont and Longchaumois."),
])
def test_a_numbered_list_a_list_of_places_after_a_and_other_layouts(record_of, text):
    record = record_of(text)
    assert communes(record) == sorted(FOUR)
    assert resolved(record) == closed(*FOUR)


def test_a_headline_s_communes_before_a_colon_and_a_line_about_a_cpts(record_of):
    text = ("Le 12 mars 2024.\n\nPrémanon, Les Rousses, Bois-d'Amont, Longchaumois : les soignants s'organisent en CPTS\n\n"
            "La CPTS du Haut-Jura a signé son accord conventionnel avec l'ARS.\n")
    assert resolved(record_of(text)) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    "Les communes de Prémanon, Les Rousses et Longchaumois ont accueilli les réunions de préfiguration.",
    "L'assemblée générale constitutive s'est tenue à Bois-d'Amont, Prémanon et Longchaumois.",
    "Les réunions se sont tenues dans les communes de Prémanon, Les Rousses et Longchaumois.",
    "Le Dr Paul Blanc, médecin à Prémanon, Anne Roux, infirmière aux Rousses, et Marc Petit, pharmacien à Longchaumois, "
    "composent le bureau.",
    "Le groupement hospitalier (hôpitaux de Lons-le-Saunier, Champagnole et Saint-Claude) est partenaire.",
    "Les pharmacies de garde de Prémanon, des Rousses et de Longchaumois assurent la permanence.",
    "Elle a reçu le soutien des mairies de Prémanon, des Rousses et de Longchaumois.",
    "La CPTS voisine, qui couvre Saint-Claude, Septmoncel et Lamoura, a signé en 2022.",
])
def test_venues_workplaces_and_a_neighbour_s_towns_are_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert resolved(record) is None


COLLIOURE, PORT_VENDRES, CERBERE, BANYULS_SUR_MER = "66053", "66148", "66048", "66016"
THUIR, LLUPIA, BANYULS_DELS_ASPRES = "66210", "66101", "66015"


@pytest.mark.parametrize("text, key, codes", [
    ("La CPTS de la Côte Rocheuse a signé son accord. Elle regroupe Collioure, Banyuls, Port-Vendres et Cerbère.",
     "cote-rocheuse", (COLLIOURE, BANYULS_SUR_MER, PORT_VENDRES, CERBERE)),
    ("La CPTS de la Côte Rocheuse a signé son accord.\n\nCommunes du territoire : Cerbère, Port-Vendres, Banyuls, Collioure.",
     "cote-rocheuse", (COLLIOURE, BANYULS_SUR_MER, PORT_VENDRES, CERBERE)),
    ("La CPTS des Aspres a signé son accord. Elle regroupe Thuir, Banyuls et Llupia.",
     "aspres", (THUIR, BANYULS_DELS_ASPRES, LLUPIA)),
])
def test_a_name_written_short_that_two_communes_start_is_the_one_beside_the_others(record_of, text, key, codes):
    record = record_of(f"Le 12 mars 2024.\n\n{text}\n")
    found = {c["key"]: c for c in record["cpts"]}[key]["territory"]
    assert found["resolved"] == closed(*codes)
    assert not found.get("areas")


@pytest.mark.parametrize("body", [
    "Les habitants doivent se rendre à Saint-Claude, Champagnole ou Lons-le-Saunier pour consulter un spécialiste.",
    "Les élus des communes de Prémanon, Les Rousses et Longchaumois ont salué l'initiative.",
    "Le projet a reçu le soutien des communes de Prémanon, Les Rousses et Longchaumois.",
    "Les communes de Prémanon, Les Rousses et Longchaumois financent le poste de coordinatrice.",
    "Les communes de Prémanon, Les Rousses et Longchaumois ont mis des locaux à disposition.",
    "Les urgences les plus proches se trouvent à Saint-Claude, Champagnole et Lons-le-Saunier.",
    "Un bus de dépistage passera par Prémanon, Les Rousses et Longchaumois en mai.",
    "Deux nouveaux médecins se sont installés à Prémanon, Les Rousses et Longchaumois.",
])
def test_places_people_go_to_and_communes_as_partners_are_no_territory(record_of, body):
    record = record_of(release(body))
    assert communes(record) == []
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    "Elle couvre la commune des Rousses.",
    "Son territoire se limite à la commune des Rousses.",
])
def test_the_one_town_a_cpts_covers_after_a_contracted_article(record_of, body):
    record = record_of(release(body))
    assert communes(record) == [LES_ROUSSES]
    assert resolved(record) == closed(LES_ROUSSES)


@pytest.mark.parametrize("body", [
    "Basée aux Rousses, elle fédère 90 soignants.",
    "Le siège de l'association est fixé aux Rousses.",
    "Elle intervient sur le territoire des Rousses et de ses environs.",
    "Elle couvre la ville des Rousses et les villages alentour.",
    "Elle couvre le bassin de vie des Rousses.",
])
def test_one_town_after_a_contracted_article_is_a_commune_but_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == [LES_ROUSSES]
    assert resolved(record) is None


def test_en_villages_around_a_town_including_others_give_no_perimeter(record_of):
    record = record_of(release_en("It covers several villages around Les Rousses, including Prémanon and Longchaumois."))
    assert communes(record) == sorted(THREE)
    assert resolved(record) is None


TRIO = (PREMANON, BELLEFONTAINE, "39275")  # Lamoura


@pytest.mark.parametrize("body", [
    "Prémanon, Bellefontaine et Lamoura sont couvertes par la CPTS.",
    "Sont rattachées à la CPTS les communes de Prémanon, Bellefontaine et Lamoura.",
    "Elle est active à Prémanon, Bellefontaine et Lamoura.",
    "Son territoire d'action s'étend aux communes de Prémanon, Bellefontaine et Lamoura.",
    "Le territoire, qui regroupe Prémanon, Bellefontaine et Lamoura, compte 15 000 habitants.",
])
def test_more_ways_to_say_a_cpts_covers_communes(record_of, body):
    record = record_of(release(body))
    assert resolved(record) == closed(*TRIO)


@pytest.mark.parametrize("body", [
    "Elle compte Prémanon, Bellefontaine et Lamoura parmi ses communes.",
    "Elle couvre les villes de Prémanon et de Bellefontaine ainsi que 20 villages.",
])
def test_communes_among_others_leave_the_perimeter_open(record_of, body):
    found = resolved(record_of(release(body)))
    assert found is not None and found["complete"] is False


@pytest.mark.parametrize("body", [
    "Restent non couvertes par une CPTS les communes de Prémanon, Bellefontaine et Lamoura.",
    "Prémanon, Bellefontaine et Lamoura ne sont pas couvertes par la CPTS.",
    "Les zones blanches : Prémanon, Bellefontaine et Lamoura.",
])
def test_communes_not_covered_are_no_territory(record_of, body):
    assert resolved(record_of(release(body))) is None


CHAMPAGNOLE = "39097"


@pytest.mark.parametrize("body, expected", [
    ("Elle couvre la ville et une trentaine de communes voisines.", [CHAMPAGNOLE]),
    ("Son territoire s'étend sur la ville et ses environs.", [CHAMPAGNOLE]),
    ("Le maire de la ville a salué la signature.", []),
])
def test_the_town_a_cpts_is_named_after_said_the_town_alone(record_of, body, expected):
    text = f"Le 12 mars 2024.\n\nLa CPTS de Champagnole (Jura) a signé son accord conventionnel avec l'ARS. {body}\n"
    found = {c["key"]: c for c in record_of(text)["cpts"]}["champagnole"].get("territory") or {}
    assert [c["insee"] for c in found.get("communes", [])] == expected
    assert found.get("resolved") is None


def test_a_list_after_avec_before_the_covering_verb(record_of):
    body = "Avec Prémanon, Les Rousses, Bois-d'Amont et Longchaumois, la CPTS couvre 8 000 habitants."
    assert resolved(record_of(release(body))) == closed(*FOUR)


@pytest.mark.parametrize("body, expected", [
    ("De Prémanon à Longchaumois, en passant par Les Rousses et Bois-d'Amont, les 90 soignants de la CPTS se coordonnent.",
     sorted(FOUR)),
    ("De Lyon à Marseille, les CPTS se multiplient en France.", []),
])
def test_a_sentence_opening_on_the_two_ends_of_a_territory(record_of, body, expected):
    record = record_of(release(body))
    assert communes(record) == expected
    assert resolved(record) is None


@pytest.mark.parametrize("text", [
    release("Le service de soins infirmiers à domicile intervient sur Prémanon, Les Rousses et Longchaumois."),
    release("La maison de santé des Rousses accueille des patients de Prémanon, Bellefontaine et Longchaumois."),
    release("Le centre hospitalier couvre un bassin de vie qui comprend Prémanon, Les Rousses et Longchaumois."),
    release("Le réseau de transport à la demande dessert Prémanon, Les Rousses et Longchaumois."),
    release_en("The local hospital serves Prémanon, Les Rousses and Longchaumois."),
])
def test_what_another_service_covers_is_not_the_territory(record_of, text):
    record = record_of(text)
    assert communes(record) == []
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    "Elle couvre Prémanon, Les Rousses, Longchaumois, et d'autres communes du plateau.",
    "Elle couvre entre autres Prémanon, Les Rousses et Longchaumois.",
    "Elle englobe notamment Prémanon, Les Rousses et Longchaumois.",
])
def test_other_communes_besides_the_named_ones_leave_the_perimeter_open(record_of, body):
    assert resolved(record_of(release(body))) == opened(*THREE)


@pytest.mark.parametrize("body", [
    "Prémanon, Les Rousses, Bois-d'Amont and Longchaumois are part of its territory.",
    "It covers four towns in the Jura: Prémanon, Les Rousses, Bois-d'Amont and Longchaumois.",
])
def test_en_more_ways_to_name_the_towns_covered(record_of, body):
    assert resolved(record_of(release_en(body))) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    "Its members practise in Prémanon, Les Rousses, Bois-d'Amont and Longchaumois.",
    "The meeting took place in Prémanon, Les Rousses and Longchaumois.",
])
def test_en_where_members_work_or_meet_is_no_perimeter(record_of, body):
    assert resolved(record_of(release_en(body))) is None
