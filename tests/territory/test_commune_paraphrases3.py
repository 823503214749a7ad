"""Communes a territory is said to hold, written the other ways releases write them: one town
and the land around it, the town a CPTS is based in, names cut short ("s/", "Mt", "St."),
tables of communes with their populations, names with their department or their article in
brackets, a list closed by a relative clause; and the places that must give no commune (a
venue, a mayor's town, a hospital, a contact block, another body's seat). The CPTS and
sentences are invented; the places come from the gazetteer."""
from __future__ import annotations

import pytest

FORCALQUIER, ORAISON, VOLX, PIERREVERT, MANOSQUE = "04088", "04143", "04245", "04152", "04112"
SABLE, LA_FLECHE, LE_LUDE, MAYET = "72264", "72154", "72176", "72191"
SAINT_CALAIS, BESSE, VIBRAYE, MONTAILLE = "72269", "72035", "72373", "72204"
MONT_SAINT_AIGNAN, BOIS_GUILLAUME, BIHOREL, ISNEAUVILLE = "76451", "76108", "76095", "76377"
CHATEAU_GONTIER = "53062"


def release(body: str, name: str = "CPTS du Pays Forcalquiérin") -> str:
    return (f"Le 3 avril 2024.\n\nLa {name} a signé son accord conventionnel interprofessionnel avec l'ARS et "
            f"l'Assurance Maladie. {body}\nElle rassemble 120 professionnels de santé.\n")


def territory(record: dict, key: str) -> dict:
    return {c["key"]: c for c in record["cpts"]}[key].get("territory") or {}


def communes(record: dict, key: str = "pays-forcalquierin") -> list[str]:
    return [c["insee"] for c in territory(record, key).get("communes", [])]


def resolved(record: dict, key: str = "pays-forcalquierin") -> dict | None:
    return territory(record, key).get("resolved")


def closed(*codes: str) -> dict:
    return {"insee": sorted(codes), "complete": True, "count": len(codes)}


@pytest.mark.parametrize("body", [
    "Elle couvre Forcalquier et sa région.",
    "Elle couvre Forcalquier et ses alentours.",
    "Son territoire : Forcalquier et sa périphérie.",
    "La CPTS rassemble les professionnels de santé de Forcalquier et de ses environs.",
    "Son territoire est organisé autour de Forcalquier.",
    "Le territoire, centré sur Forcalquier, compte 20 000 habitants.",
])
def test_one_town_and_the_land_around_it_is_a_commune_but_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == [FORCALQUIER]
    assert resolved(record) is None


@pytest.mark.parametrize("text", [
    release("Basée à Forcalquier, elle couvre une quinzaine de communes."),
    release("Installée à Forcalquier depuis 2021, la CPTS fédère 80 soignants."),
    release("Son siège est situé à Forcalquier."),
    release("Son siège social se trouve à Forcalquier."),
    "Le 3 avril 2024.\n\nLa CPTS du Pays Forcalquiérin, basée à Forcalquier, a signé son accord avec l'ARS.\n",
    "3 April 2024.\n\nBased in Forcalquier, the CPTS du Pays Forcalquiérin signed its agreement.\n",
    # the town its sector is named after
    "Le 3 avril 2024.\n\nLa CPTS du Pays Forcalquiérin intervient sur le secteur de Forcalquier depuis 2021.\n",
    "Le 3 avril 2024.\n\nLa MSA aide au démarrage de la CPTS du Pays Forcalquiérin, sur le bassin de vie de Forcalquier.\n",
    release("Située sur le secteur de Forcalquier, elle fédère 80 soignants."),
])
def test_the_town_a_cpts_is_based_in(record_of, text):
    record = record_of(text)
    assert communes(record) == [FORCALQUIER]
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    "La signature a eu lieu à Forcalquier, dans les locaux de la mairie.",
    "Le maire de Forcalquier, Jean Martin, a salué l'initiative.",
    "Le centre hospitalier de Forcalquier est partenaire.",
    "L'ARS Provence-Alpes-Côte d'Azur, basée à Marseille, accompagne le projet.",
    "Médecin généraliste installé à Forcalquier, le Dr Paul Blanc préside la CPTS.",
    "Installé à Forcalquier, le Dr Paul Blanc préside la CPTS.",
    "Des permanences sont proposées à Forcalquier et à Oraison.",
    "Elle occupera un local construit par la communauté de communes à côté de son siège à Forcalquier.",
    "Le centre hospitalier, dont le siège est à Forcalquier, est partenaire.",
    "Les maires de Forcalquier, Oraison et Volx étaient présents.",
    "Les réunions publiques auront lieu à Forcalquier, Oraison et Volx.",
    "L'hôpital, sur le secteur de Forcalquier, recrute.",
])
def test_places_that_are_not_the_territory(record_of, body):
    assert communes(record_of(release(body))) == []


@pytest.mark.parametrize("contact", [
    "Contact presse : Marie Dupont, CPTS du Pays Forcalquiérin, 04300 Forcalquier.",
    "Contact\nCPTS du Pays Forcalquiérin\n2 rue du Collège\nForcalquier",
    "Contact : CPTS du Pays Forcalquiérin - 4 place du Bourguet - 04300 Forcalquier - contact@cpts.fr",
])
def test_a_contact_block_adds_no_commune(record_of, contact):
    text = release("Elle couvre les communes de Volx, Oraison et Pierrevert.") + "\n" + contact + "\n"
    record = record_of(text)
    assert sorted(communes(record)) == sorted([VOLX, ORAISON, PIERREVERT])
    assert resolved(record) == closed(VOLX, ORAISON, PIERREVERT)


@pytest.mark.parametrize("body, name, codes", [
    ("Elle couvre les communes de Sablé s/ Sarthe, La Flèche, Le Lude et Mayet.", "CPTS du Haut-Maine",
     [SABLE, LA_FLECHE, LE_LUDE, MAYET]),
    ("Son territoire : Sablé-s/-Sarthe, La Flèche, Le Lude, Mayet.", "CPTS du Haut-Maine", [SABLE, LA_FLECHE, LE_LUDE, MAYET]),
    ("Elle couvre Mt-Saint-Aignan, Bois-Guillaume, Bihorel et Isneauville.", "CPTS des Plateaux Nord",
     [MONT_SAINT_AIGNAN, BOIS_GUILLAUME, BIHOREL, ISNEAUVILLE]),
    ("Elle couvre les communes de St. Calais, Bessé-s/-Braye, Vibraye et Montaillé.", "CPTS du Perche Sarthois",
     [SAINT_CALAIS, BESSE, VIBRAYE, MONTAILLE]),
])
def test_names_written_short(record_of, body, name, codes):
    record = record_of(release(body, name))
    key = {c["key"] for c in record["cpts"]}.pop()
    assert communes(record, key) == codes
    assert resolved(record, key) == closed(*codes)


@pytest.mark.parametrize("table", [
    "Les communes du territoire :\nManosque 22 718\nVolx 3 243\nOraison 6 155\nPierrevert 3 945\n",
    "Le territoire compte 4 communes :\nManosque – 22 718 hab.\nVolx – 3 243 hab.\nOraison – 6 155 hab.\n"
    "Pierrevert – 3 945 hab.\n",
    "\nCommune | Population\nManosque | 22718\nVolx | 3243\nOraison | 6155\nPierrevert | 3945\nTotal | 36061\n",
    "\nCommunes\tHabitants\nManosque\t22 718\nVolx\t3 243\nOraison\t6 155\nPierrevert\t3 945\n",
])
def test_a_table_of_communes_and_their_populations(record_of, table):
    record = record_of(release(table, "CPTS Durance Luberon"))
    assert communes(record, "durance-luberon") == [MANOSQUE, VOLX, ORAISON, PIERREVERT]
    assert resolved(record, "durance-luberon") == closed(MANOSQUE, VOLX, ORAISON, PIERREVERT)


@pytest.mark.parametrize("body, codes", [
    ("Elle couvre Sablé-sur-Sarthe (72), La Flèche (72) et Château-Gontier-sur-Mayenne (53).",
     [SABLE, LA_FLECHE, CHATEAU_GONTIER]),
    ("Communes : Flèche (La), Lude (Le), Mayet, Sablé-sur-Sarthe.", [LA_FLECHE, LE_LUDE, MAYET, SABLE]),
])
def test_a_department_or_an_article_in_brackets_after_each_name(record_of, body, codes):
    record = record_of(release(body, "CPTS du Haut-Maine"))
    assert sorted(communes(record, "haut-maine")) == sorted(codes)
    assert resolved(record, "haut-maine") == closed(*codes)


def test_two_communes_in_a_relative_clause_after_the_name(record_of):
    text = "Le 3 avril 2024.\n\nLa CPTS du Haut-Maine, qui regroupe Sablé-sur-Sarthe et La Flèche, a signé son accord.\n"
    record = record_of(text)
    assert communes(record, "haut-maine") == [SABLE, LA_FLECHE]
    assert resolved(record, "haut-maine") == closed(SABLE, LA_FLECHE)


def test_a_list_with_one_unknown_name_is_left_open(record_of):
    record = record_of(release("Elle couvre les communes de Volx, Oraison, Pierrevert, Bourgval et Manosque."))
    assert resolved(record) == {"insee": sorted([VOLX, ORAISON, PIERREVERT, MANOSQUE]), "complete": False, "count": 4}


def test_a_list_over_two_departments(record_of):
    body = ("Son territoire s'étend sur 6 communes : Manosque, Volx, Oraison (Alpes-de-Haute-Provence), Pertuis, Cadenet "
            "et Lourmarin (Vaucluse).")
    assert resolved(record_of(release(body)))["insee"] == sorted([MANOSQUE, VOLX, ORAISON, "84089", "84026", "84068"])


@pytest.mark.parametrize("body", [
    "Elle couvre la ville de Forcalquier.",
    "Son territoire correspond à la commune de Forcalquier.",
])
def test_the_one_commune_a_cpts_covers_when_called_a_town(record_of, body):
    record = record_of(release(body))
    assert communes(record) == [FORCALQUIER]
    assert resolved(record) == closed(FORCALQUIER)


def test_the_town_of_the_territory_and_its_surroundings_is_no_perimeter(record_of):
    record = record_of(release("Elle couvre la ville de Forcalquier et ses environs."))
    assert communes(record) == [FORCALQUIER]
    assert resolved(record) is None


HAUT_MAINE = [SABLE, LA_FLECHE, LE_LUDE, MAYET]


@pytest.mark.parametrize("sentences", [
    "La CPTS du Haut-Maine, voisine de la CPTS Sud Sarthe, couvre Sablé-sur-Sarthe, La Flèche, Le Lude et Mayet.",
    "La CPTS du Haut-Maine a signé son accord. Accompagnée par la CPTS Sud Sarthe, elle couvre les communes de "
    "Sablé-sur-Sarthe, La Flèche, Le Lude et Mayet.",
    "La CPTS du Haut-Maine a signé son accord. Comme la CPTS Sud Sarthe, elle couvre des communes rurales : "
    "Sablé-sur-Sarthe, La Flèche, Le Lude et Mayet.",
    "La CPTS du Haut-Maine a signé son accord. Fondée en 2020 sur le modèle de la CPTS Sud Sarthe, elle couvre "
    "Sablé-sur-Sarthe, La Flèche, Le Lude et Mayet.",
])
def test_a_community_named_beside_the_subject_does_not_take_its_perimeter(record_of, sentences):
    record = record_of(f"Le 3 avril 2024.\n\n{sentences}\n")
    assert resolved(record, "haut-maine") == closed(*HAUT_MAINE)
    assert resolved(record, "sud-sarthe") is None


def test_a_neighbour_s_own_relative_clause_keeps_its_perimeter(record_of):
    text = ("Le 3 avril 2024.\n\nLa CPTS du Haut-Maine a signé son accord. Elle est voisine de la CPTS Sud Sarthe, qui "
            "couvre Le Lude, Mayet, Vaas et Pontvallain.\n")
    assert resolved(record_of(text), "sud-sarthe")["insee"] == sorted([LE_LUDE, MAYET, "72364", "72243"])


def test_another_body_s_seat_is_no_commune(record_of):
    text = ("Le 3 avril 2024.\n\nLa CPTS du Pays Forcalquiérin a signé son accord. L'ARS Provence-Alpes-Côte d'Azur, "
            "dont le siège est à Marseille, accompagne le projet.\n")
    assert communes(record_of(text)) == []


def haut_maine(body: str) -> str:
    return f"Le 3 avril 2024.\n\nLa CPTS du Haut-Maine, en Sarthe, a signé son accord. {body}\n"


def test_a_name_written_short_beside_another(record_of):
    record = record_of(haut_maine("Elle couvre Sablé et La Flèche."))
    assert resolved(record, "haut-maine") == closed(SABLE, LA_FLECHE)


def test_one_unknown_name_among_a_few_leaves_the_perimeter_open(record_of):
    record = record_of(haut_maine("Elle couvre Le Lude, Mayet et Saint-Bidule."))
    assert resolved(record, "haut-maine") == {"insee": sorted([LE_LUDE, MAYET]), "complete": False, "count": 2}


@pytest.mark.parametrize("body", [
    "Le territoire compte deux pôles urbains, Sablé-sur-Sarthe et La Flèche, et 30 communes rurales.",
    "Le territoire, qui compte 30 communes, s'organise autour de deux pôles urbains, Sablé-sur-Sarthe et La Flèche.",
])
def test_the_main_towns_of_a_larger_territory_give_no_perimeter(record_of, body):
    record = record_of(haut_maine(body))
    assert communes(record, "haut-maine") == [SABLE, LA_FLECHE]
    assert resolved(record, "haut-maine") is None


@pytest.mark.parametrize("headline", [
    "Sablé-sur-Sarthe - La Flèche : la CPTS du Haut-Maine signe son accord",
    "Sablé-sur-Sarthe et La Flèche : la CPTS du Haut-Maine signe son accord",
])
def test_two_communes_of_a_headline_before_the_cpts(record_of, headline):
    record = record_of(f"{headline}\n\nLa CPTS du Haut-Maine a signé son accord avec l'ARS.\n")
    assert resolved(record, "haut-maine") == closed(SABLE, LA_FLECHE)


def test_a_cpts_for_a_list_of_communes(record_of):
    text = ("Une CPTS pour Sablé-sur-Sarthe, La Flèche, Le Lude et Mayet\n\n"
            "La CPTS du Haut-Maine a signé son accord avec l'ARS.\n")
    assert resolved(record_of(text), "haut-maine") == closed(*HAUT_MAINE)


@pytest.mark.parametrize("text", [
    "Sablé-sur-Sarthe : la CPTS du Haut-Maine signe son accord\n\nLa CPTS du Haut-Maine a signé son accord avec l'ARS.\n",
    "LE LUDE. La CPTS du Haut-Maine a signé son accord. Elle rassemble 120 professionnels.\n",
    "Le Lude, le 3 avril 2024 – La CPTS du Haut-Maine a signé son accord. Elle rassemble 120 professionnels.\n",
])
def test_a_headline_s_or_dateline_s_one_town_is_no_commune(record_of, text):
    assert communes(record_of(text), "haut-maine") == []


@pytest.mark.parametrize("text", [
    "Le 3 avril 2024.\n\nLa CPTS du Pays Forcalquiérin, située à Forcalquier, a signé son accord.\n",
    "Le 3 avril 2024.\n\nImplantée à Forcalquier, la CPTS du Pays Forcalquiérin a signé son accord.\n",
    release("Elle fédère les professionnels de santé de Forcalquier."),
    release("Elle réunit les professionnels de santé du secteur de Forcalquier."),
])
def test_the_town_a_cpts_stands_in_or_gathers_the_professionals_of(record_of, text):
    record = record_of(text)
    assert communes(record) == [FORCALQUIER]
    assert resolved(record) is None


def test_the_scale_of_one_commune(record_of):
    record = record_of(release("Elle agit à l'échelle de la commune de Forcalquier."))
    assert resolved(record) == closed(FORCALQUIER)


@pytest.mark.parametrize("body", [
    "Une réunion publique aura lieu à Forcalquier le 12 mai.",
    "Pharmacienne à Forcalquier, Anne Roux en est la présidente.",
    "Anne Roux, pharmacienne exerçant à Forcalquier, en est la présidente.",
    "L'assemblée générale s'est réunie à Forcalquier.",
])
def test_a_meeting_s_town_or_a_person_s_workplace_is_no_commune(record_of, body):
    assert communes(record_of(release(body))) == []


@pytest.mark.parametrize("sentence", ["It is based in Le Lude.", "Elle est basée à Le Lude."])
def test_a_cpts_said_to_be_based_in_a_town_with_its_article(record_of, sentence):
    text = f"Le 3 avril 2024.\n\nLa CPTS du Haut-Maine a signé son accord. {sentence}\n"
    assert communes(record_of(text), "haut-maine") == [LE_LUDE]


@pytest.mark.parametrize("sentence", [
    "Elle est installée à la mairie de Mayet.",
    "Elle est située à 30 km du Mans.",
    "La CPTS du Haut-Maine, située à proximité de Mayet, a signé son accord.",
])
def test_places_near_a_cpts_are_no_seat(record_of, sentence):
    text = f"Le 3 avril 2024.\n\nLa CPTS du Haut-Maine a signé son accord. {sentence}\n"
    assert communes(record_of(text), "haut-maine") == []


@pytest.mark.parametrize("body", [
    "Elle couvre le territoire compris entre Sablé-sur-Sarthe et La Flèche.",
    "Son territoire s'étend entre Sablé-sur-Sarthe et La Flèche.",
])
def test_the_two_ends_a_territory_lies_between(record_of, body):
    record = record_of(haut_maine(body))
    assert communes(record, "haut-maine") == [SABLE, LA_FLECHE]
    assert resolved(record, "haut-maine") is None


def test_two_cities_a_territory_is_situated_between_are_not_its_own(record_of):
    record = record_of(haut_maine("Le territoire, situé entre Le Mans et Angers, compte 40 000 habitants."))
    assert communes(record, "haut-maine") == []


@pytest.mark.parametrize("body", [
    "Elle couvre Le Lude, Mayet et Vaas, en Sarthe, ainsi que Château-la-Vallière, en Indre-et-Loire.",
    "Communes : 72800 Le Lude, 72360 Mayet, 72500 Vaas, 37330 Château-la-Vallière.",
])
def test_a_list_over_two_departments_each_named_by_its_department_or_postcode(record_of, body):
    record = record_of(haut_maine(body))
    assert resolved(record, "haut-maine") == closed(LE_LUDE, MAYET, "72364", "37062")


def test_a_list_before_a_colon_and_a_sentence_about_these_communes(record_of):
    text = "Le 3 avril 2024.\n\nLe Lude, Mayet, Vaas et Pontvallain : ces quatre communes forment la CPTS du Haut-Maine.\n"
    assert resolved(record_of(text), "haut-maine") == closed(LE_LUDE, MAYET, "72364", "72243")


@pytest.mark.parametrize("sentence", [
    "Les élus de Le Lude, Mayet, Vaas et Pontvallain ont salué le projet.",
    "Les médecins de Le Lude, Mayet, Vaas et Pontvallain ont rejoint la CPTS.",
    "Des consultations avancées sont proposées à Le Lude, Mayet, Vaas et Pontvallain.",
    "Les mairies de Le Lude, Mayet, Vaas et Pontvallain ont mis des salles à disposition.",
])
def test_places_of_elected_people_doctors_or_services_are_no_perimeter(record_of, sentence):
    assert resolved(record_of(haut_maine(sentence)), "haut-maine") is None


@pytest.mark.parametrize("headline", [
    "Le Lude, Mayet et Vaas : une CPTS pour trois communes",
    "Le Lude, Mayet et Vaas : leur nouvelle CPTS est née",
])
def test_a_headline_s_communes_before_a_colon_and_an_unnamed_cpts(record_of, headline):
    record = record_of(f"{headline}\n\nLa CPTS du Haut-Maine a signé son accord avec l'ARS.\n")
    assert resolved(record, "haut-maine") == closed(LE_LUDE, MAYET, "72364")
