"""Invented sentences in the wordings of regional dailies, institutional releases and converted documents: an
intercommunality's brand name with its type word glued on ("ClunisoisCom", "GrandAngoulême"), a sentence that opens on
where its subject works ("Infirmière à la maison de santé de X, elle ..."), a count of communes before two
intercommunalities that is theirs together, "l'agglo de X" and "l'agglo dieppoise" in lower case, a department's
name inside an intercommunality's, "professionels" written with one n, and a role after a time between its words
("recrutée en septembre comme coordinatrice", "coordonnée depuis sa création, en mai 2022, par"); whose the facts are
when the publisher's neighbouring intercommunality is named, under a newspaper's rubric, in a date before the pronoun
("Née en 2021, elle est la sixième CPTS, après celles de X et de Y") and after an ordinal ("La première ... Elle ...");
the members a board is made of ("Le conseil d'administration se compose de : A (infirmière), B et C"); the count of
the only area as the CPTS's; members "de la CPTS" and "58 d'entre eux ont rejoint l'association"; towns a territory
lies halfway between; communes with a leader of dots to their figure; a name going on over a spaced dash before its
verb ("La CPTS X - Y devient ..."); a letter of intent accepted over one sent; "Dre" and "Pre" as titles; "three other communities are ...", "la nouvelle
venue" as the subject after the CPTS ranked before it, "l'agglomération du Grand X", and the dates of a law and of the
national agreement; a fronted election ("Élu président à l'unanimité ..., le docteur X"); a name over a spaced dash in
prose, a job ad's "H/F" and a civility on the next line ("M. le Vice-président ..."); a share of a department's
people ("des Jurassiens", "dans un département où"); neighbouring communes under a label "(hors territoire) :"."""
from __future__ import annotations

import pytest

K = "val-fleuri"


def _cpts(record: dict, key: str = K) -> dict:
    return {c["key"]: c for c in record["cpts"]}[key]


def _areas(record: dict, key: str = K) -> set[str]:
    return {a["code"] for a in _cpts(record, key)["territory"]["areas"]}


def _value(record: dict, field: str, key: str = K):
    found = _cpts(record, key)[field]
    return found and found["value"]


# --- territory -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, siren", [("ClunisoisCom", "200040293"), ("GrandAngoulême", "200071827")])
def test_a_brand_name_with_its_type_word_glued_on(record_of, name, siren):
    record = record_of(f"La CPTS du Val Fleuri couvre un territoire qui correspond à celui de {name}.")
    assert _areas(record) == {siren}


def test_where_the_subject_works_is_not_the_sentence_s_subject(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en mars 2024. Infirmière à la maison de santé de Cluny, "
                       "elle a été élue présidente de l'association, qui fédère les soignants sur un territoire "
                       "correspondant à celui de la communauté de communes du Clunisois.")
    assert _areas(record) == {"200040293"}


@pytest.mark.parametrize("sentence, sirens, total", [
    ("fédère 148 professionnels sur les 23 communes de la communauté d'agglomération Terre de Provence et de la "
     "communauté de communes Vallée des Baux-Alpilles", {"200035087", "241300375"}, 23),
    ("couvre les vingt-cinq communes de Questembert Communauté et d'Arc Sud Bretagne", {"245614383", "200027027"}, 25),
    ("regroupe les 26 communes de la communauté de communes Cœur de Maurienne Arvan et de la communauté de communes "
     "du Canton de La Chambre", {"200070464", "247300361"}, 26),
])
def test_a_count_before_two_areas_is_theirs_together(record_of, sentence, sirens, total):
    record = record_of(f"La CPTS du Val Fleuri {sentence}.")
    territory = _cpts(record)["territory"]
    assert {a["code"]: (a["extent"], a["communes_count"]) for a in territory["areas"]} == {s: ("full", None) for s in sirens}
    assert len(territory["resolved"]["insee"]) == total
    assert _value(record, "communes_count") == total


@pytest.mark.parametrize("name, siren", [("l'ensemble de l'agglo de Cambrai", "200068500"),
                                         ("le territoire de l'agglo niortaise", "200041317")])
def test_the_agglo_of_a_town_in_lower_case(record_of, name, siren):
    record = record_of(f"La CPTS du Val Fleuri a été lancée le 3 mars 2024. Elle couvre {name}.")
    assert _areas(record) == {siren}


@pytest.mark.parametrize("area, departments", [
    ("la communauté de communes Loire Layon Aubance", ["49"]),  # the river, not the department
    ("la communauté de communes Creuse Confluence", ["23"]),  # the department the area lies in
])
def test_a_department_s_name_inside_an_intercommunality_s(record_of, area, departments):
    record = record_of(f"La CPTS du Val Fleuri couvre {area}. Elle a été lancée en 2023.")
    assert _cpts(record)["departments"] == departments


def test_professionals_written_with_one_n(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée le 3 mars 2024. Elle rassemble déjà 134 professionels de santé.")
    assert _value(record, "professionals_count") == 134


# --- people ---------------------------------------------------------------------------------------

def _people(record: dict, key: str = K) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for p in _cpts(record, key)["people"]}


@pytest.mark.parametrize("sentence, person", [
    ("Sophie Duval, recrutée en septembre comme coordinatrice, sera la cheville ouvrière du projet.",
     ("Sophie Duval", "coordinatrice")),
    ("Présidée par Marc Delpech, elle est coordonnée depuis sa création, en novembre 2022, par Sandrine Faur.",
     ("Sandrine Faur", "coordinatrice")),
])
def test_a_role_given_after_a_time_between_its_words(record_of, sentence, person):
    record = record_of(f"La CPTS du Val Fleuri a été lancée le 3 mars 2024 à Roye. {sentence}")
    assert person in _people(record)


# --- who the facts are of -------------------------------------------------------------------------

def test_the_neighbouring_intercommunality_does_not_make_the_cpts_another(record_of):
    record = record_of("Communauté de communes du Mâconnais-Tournugeois\nAccueil » Publications » Santé\n\n"
                       "Une CPTS à cheval sur deux intercommunalités\n\nLa CPTS du Val Fleuri, officiellement constituée le "
                       "6 juin 2024, couvre le territoire de notre communauté de communes, mais aussi celui de nos voisins "
                       "de la communauté de communes du Clunisois. Elle compte 118 professionnels.")
    assert _cpts(record)["role"] == "subject"
    assert _value(record, "professionals_count") == 118


def test_a_newspaper_s_rubric_under_a_headline_is_no_name(record_of):
    record = record_of("Roye : les soignants libéraux du Santerre lancent leur CPTS\nSanté. Médecins, infirmiers et pharmaciens se sont "
                       "réunis mardi. La CPTS du Val Fleuri a été officiellement lancée le 10 octobre 2023 à Roye.")
    assert [c["key"] for c in record["cpts"]] == [K]


def test_a_date_before_the_pronoun_is_not_of_the_cpts_ranked_before_it(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son accord conventionnel le 12 mars 2024 à Roye. Née en novembre 2021, "
                       "elle est la sixième CPTS du département, après celles du Mont Clair et de la Serre.")
    assert _cpts(record)["dates"]["launch"]["value"] == "2021-11"
    assert not _cpts(record, "mont-clair")["dates"]["launch"]


def test_a_pronoun_after_an_ordinal_goes_on_with_its_cpts(record_of):
    record = record_of("Deux CPTS ont signé leur accord le 4 mars 2024 : la CPTS du Val Fleuri et la CPTS du Mont Clair. "
                       "La première couvre 25 communes. Elle réunit 52 professionnels. La seconde couvre 22 communes.")
    assert _value(record, "professionals_count") == 52
    assert _value(record, "professionals_count", "mont-clair") is None


@pytest.mark.parametrize("board, role", [
    ("Le conseil d'administration se compose de : Nadia Benali (infirmière libérale), Olivier Castel "
     "(masseur-kinésithérapeute) et Carine Dumas (diététicienne).", "membre du conseil d'administration"),
    ("Siègent au bureau : Nadia Benali, Olivier Castel et Carine Dumas.", "membre du bureau"),
])
def test_the_members_a_board_is_made_of(record_of, board, role):
    record = record_of(f"La CPTS du Val Fleuri a été créée en 2021. {board}")
    assert _people(record) == {(name, role) for name in ("Nadia Benali", "Olivier Castel", "Carine Dumas")}


def test_a_board_member_with_an_office_keeps_the_office(record_of):
    record = record_of("La CPTS du Val Fleuri a été créée en 2021. Sa présidente est Nadia Benali. Le bureau se compose de "
                       "Nadia Benali et Olivier Castel.")
    assert _people(record) == {("Nadia Benali", "présidente"), ("Olivier Castel", "membre du bureau")}


# --- figures --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Son périmètre ? Les 41 communes de la communauté de communes du Clunisois.",
    "Elle réunit les acteurs de santé des 41 communes de la communauté de communes du Clunisois.",
])
def test_the_count_of_the_only_area_is_the_cpts_s(record_of, sentence):
    record = record_of(f"La CPTS du Val Fleuri a été lancée en 2023. {sentence}")
    assert _value(record, "communes_count") == 41


@pytest.mark.parametrize("sentence, members", [
    ("Les 67 membres de la CPTS, libéraux pour la plupart, se réunissent chaque mois.", 67),
    ("Une centaine de professionnels y ont pris part et 58 d'entre eux ont d'emblée rejoint l'association.", 58),
])
def test_members_counted_as_the_community_s(record_of, sentence, members):
    record = record_of(f"La CPTS du Val Fleuri a été lancée en 2023. {sentence}")
    assert _value(record, "professionals_count") == members


def test_towns_a_territory_lies_halfway_between_are_not_its_communes(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en 2023. Elle compte 33 communes et près de 24 000 habitants, "
                       "à mi-chemin entre Rodez, Albi et Millau.")
    assert not _cpts(record)["territory"]["communes"]


# --- lists and names ------------------------------------------------------------------------------

def test_communes_with_a_leader_of_dots_to_their_figure(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en 2023. Ses communes :\n"
                       "•  Rupt-sur-Moselle ......................... 3 419 hab.\n"
                       "•  Ferdrupt ................................. 724 hab.\n"
                       "•  Ramonchamp ............................... 2 031 hab.\n"
                       "•  Le Thillot ............................... 3 426 hab.")
    assert {c["name"] for c in _cpts(record)["territory"]["communes"]} == {"Rupt-sur-Moselle", "Ferdrupt", "Ramonchamp",
                                                                           "Le Thillot"}


@pytest.mark.parametrize("sentence", [
    "La CPTS Val Fleuri - Mont Clair devient la neuvième CPTS du département.",
    "The CPTS Val Fleuri - Mont Clair becomes the 9th community of the department.",
])
def test_a_name_goes_on_over_a_spaced_dash_before_its_verb(record_of, sentence):
    record = record_of(f"{sentence} Elle a signé son ACI le 3 mars 2024 à Roye.")
    assert [c["key"] for c in record["cpts"]] == ["val-fleuri-mont-clair"]


# --- dates and titles -----------------------------------------------------------------------------

def test_a_letter_of_intent_accepted_over_one_sent(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en 2019.\n"
                       "• 12/02/2020 : dépôt de la lettre d'intention auprès de l'ARS\n"
                       "• 03/04/2020 : la lettre d'intention est validée par le comité de sélection")
    assert _cpts(record)["dates"]["letter_of_intent"]["value"] == "2020-04-03"


def test_a_letter_of_intent_only_sent_keeps_its_date(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en 2019. Sa lettre d'intention a été déposée en janvier 2022.")
    assert _cpts(record)["dates"]["letter_of_intent"]["value"] == "2022-01"


@pytest.mark.parametrize("title", ["la Dre", "Dre", "la Pre"])
def test_a_feminine_title_is_no_part_of_the_name(record_of, title):
    record = record_of(f"La CPTS du Val Fleuri a été lancée le 3 mars 2024. Sa présidente, {title} Claire Vuillermoz, a salué les élus.")
    assert _people(record) == {("Claire Vuillermoz", "présidente")}


def test_other_communities_named_as_such_are_mentioned(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI le 4 mars 2024 à Roye. The department's three other communities "
                       "are the CPTS du Mont Clair, the CPTS de la Serre and the CPTS du Pic Bleu.")
    assert {c["key"]: c["role"] for c in record["cpts"]} == {K: "subject", "mont-clair": "mentioned", "serre": "mentioned",
                                                             "pic-bleu": "mentioned"}


def test_the_newcomer_after_the_cpts_ranked_before_it_owns_the_perimeter(record_of):
    record = record_of("Quatrième CPTS du département, après celles du Mont Clair et de la Serre, la nouvelle venue couvre "
                       "la communauté de communes du Clunisois. La CPTS du Val Fleuri a été lancée le 14 mars 2024.")
    assert _areas(record) == {"200040293"}
    assert not _areas(record, "serre")


def test_the_agglomeration_du_grand_x_in_lower_case(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée le 3 mars 2024. Elle couvre les 36 communes de l'agglomération "
                       "du Grand Cahors.")
    assert _areas(record) == {"200023737"}


@pytest.mark.parametrize("sentence", [
    "Les CPTS ont été créées par la loi de modernisation de notre système de santé de janvier 2016.",
    "L'accord conventionnel interprofessionnel signé au niveau national le 20 avril 2019 fixe leurs missions.",
])
def test_the_nation_s_dates_are_no_cpts_s(record_of, sentence):
    record = record_of(f"La CPTS du Val Fleuri compte 80 professionnels. {sentence}")
    assert not any(_cpts(record)["dates"].values())


@pytest.mark.parametrize("sentence, person", [
    ("Élu président à l'unanimité lors de l'assemblée constitutive, le docteur Mathieu Guillemin a remercié les participants.",
     ("Mathieu Guillemin", "président")),
    ("Nommée coordinatrice au printemps, Julie Marchal a pris ses fonctions en mai.", ("Julie Marchal", "coordinatrice")),
])
def test_a_fronted_election_gives_its_holder_the_office(record_of, sentence, person):
    record = record_of(f"La CPTS du Val Fleuri a été lancée le 3 mars 2024. {sentence}")
    assert person in _people(record)


def test_a_name_goes_on_over_a_spaced_dash_in_a_sentence_of_prose(record_of):
    record = record_of("Ils ont fondé la communauté professionnelle territoriale de santé (CPTS) Val Fleuri – Mont Clair. "
                       "L'assemblée générale constitutive s'est tenue le 3 mars 2024 à Roye.")
    assert [c["key"] for c in record["cpts"]] == ["val-fleuri-mont-clair"]


def test_a_job_ad_s_gender_mark_is_no_name(record_of):
    record = record_of("Coordinateur / Coordinatrice de CPTS H/F\n\nLa CPTS du Val Fleuri recrute son coordinateur. "
                       "Créée en 2021, elle regroupe 80 professionnels.")
    assert [c["key"] for c in record["cpts"]] == [K]


def test_a_civility_opening_the_next_line_is_no_part_of_the_name(record_of):
    record = record_of("Délibération n° 2023-45 : subvention 2024 à la CPTS du Val Fleuri\nM. le Vice-président expose que "
                       "la CPTS, créée en 2021, regroupe 80 professionnels de santé.")
    assert [c["key"] for c in record["cpts"]] == [K]


@pytest.mark.parametrize("sentence", [
    "Dans le Jura, 10,4 % des Jurassiens âgés de 17 ans et plus n'ont pas de médecin traitant.",
    "Dans un département où 9,8 % des patients n'ont pas de médecin traitant, elle veut agir.",
])
def test_a_share_of_a_department_s_people_is_no_cpts_s(record_of, sentence):
    record = record_of(f"La CPTS du Val Fleuri a été lancée en 2023. {sentence}")
    assert _cpts(record)["percentages"] == []


def test_a_department_s_people_covered_stay_its_coverage(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en 2023. Désormais, 85 % des Jurassiens sont couverts par une CPTS.")
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == [("39", 85)]


def test_neighbouring_communes_outside_the_territory_under_their_label(record_of):
    record = record_of("La CPTS du Val Fleuri a été lancée en 2023. Ses communes : Roye, Balâtre, Beuvraignes.\n"
                       "Communes limitrophes (hors territoire) : Montdidier, Ham, Nesle.")
    assert {c["name"] for c in _cpts(record)["territory"]["communes"]} == {"Roye", "Balâtre", "Beuvraignes"}


def test_the_cpts_s_share_of_a_department_s_people_stays(record_of):
    record = record_of("La CPTS du Val Fleuri regroupe 48 communes et près de 109 400 habitants, soit à elle seule 45 % des "
                       "Corréziens.")
    assert [(p["value"], p["kind"]) for p in _cpts(record)["percentages"]] == [(45, "share_of_department_population")]
