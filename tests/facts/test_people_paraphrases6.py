"""The people of a CPTS and their offices, in more of the ways releases, the press and CPTS pages write them:
boards set out as lists or table rows, offices elected or held with no body after them, posts recruited to,
names in capitals surname first; and near misses (the officials of other bodies, an office in another body's
name). Invented texts only: no name, place or figure comes from a real document."""
from __future__ import annotations

import pytest

K = "val-fleuri"
SIGNED = "La CPTS du Val Fleuri a signé son ACI. "


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


# --- a board set out: each office with its holder ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    # each office introduced by an indefinite article, its holder after it
    SIGNED + "Le bureau élu se compose d'un président, Paul Morel, d'une vice-présidente, Anne Roux, et d'un "
             "trésorier, Luc Petit.",
    # the office after each name
    SIGNED + "Le bureau est composé de : Paul Morel, président ; Anne Roux, vice-présidente ; Luc Petit, trésorier.",
    # lines of a list, the office first
    SIGNED + "Le bureau se compose comme suit :\n- Président : Dr Paul Morel\n- Vice-présidente : Anne Roux\n"
             "- Trésorier : Luc Petit\n",
    # the rows of a table read from a web page, cells joined by bars
    "CPTS du Val Fleuri\nComposition du bureau\nPrésident | Paul Morel | Médecin généraliste\n"
    "Vice-présidente | Anne Roux | Infirmière\nTrésorier | Luc Petit | Pharmacien\n",
    # offices in brackets after the names
    SIGNED + "Le bureau : Dr Paul Morel (président), Anne Roux (vice-présidente), Luc Petit (trésorier).",
])
def test_a_board_set_out(record_of, text):
    assert _people(record_of(text)) == {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente"),
                                        (K, "Luc Petit", "trésorier")}


def test_a_table_row_with_the_name_first(record_of):
    text = "CPTS du Val Fleuri\nLe bureau\nAnne Roux | Présidente\nLuc Petit | Trésorier\n"
    assert _people(record_of(text)) == {(K, "Anne Roux", "présidente"), (K, "Luc Petit", "trésorier")}


# --- an office elected, held or recruited to, no body named after it ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Le conseil d'administration a élu Paul Morel à la présidence.", (K, "Paul Morel", "président")),
    (SIGNED + "L'assemblée générale a élu Paul Morel à la présidence.", (K, "Paul Morel", "président")),
    (SIGNED + "Le conseil d'administration a élu Paul Morel à la vice-présidence.", (K, "Paul Morel", "vice-président")),
    (SIGNED + "Julie Perrin assure la coordination.", (K, "Julie Perrin", "coordinatrice")),
    (SIGNED + "Anne Roux a été élue à l'unanimité présidente de la CPTS.", (K, "Anne Roux", "présidente")),
    (SIGNED + "Elle a recruté Julie Perrin au poste de coordinatrice.", (K, "Julie Perrin", "coordinatrice")),
    (SIGNED + "Julie Perrin a été embauchée en qualité de chargée de mission.",
     (K, "Julie Perrin", "chargée de mission")),
    (SIGNED + "Le poste de coordinatrice est occupé par Julie Perrin.", (K, "Julie Perrin", "coordinatrice")),
    (SIGNED + "Elle emploie une coordinatrice à temps plein, Julie Perrin.", (K, "Julie Perrin", "coordinatrice")),
    (SIGNED + "Anne Roux a été reconduite à la présidence de la CPTS pour trois ans.", (K, "Anne Roux", "présidente")),
    (SIGNED + "La coordination est assurée par Julie Perrin, infirmière.", (K, "Julie Perrin", "coordinatrice")),
    (SIGNED + "Son président depuis 2021 est Paul Morel.", (K, "Paul Morel", "président")),
    (SIGNED + "La coordinatrice récemment recrutée, Julie Perrin, présente les missions.",
     (K, "Julie Perrin", "coordinatrice")),
    (SIGNED + "Julie Perrin, arrivée comme coordinatrice en janvier, présente les missions.",
     (K, "Julie Perrin", "coordinatrice")),
])
def test_an_office_held(record_of, text, expected):
    assert _people(record_of(text)) == {expected}


def test_offices_in_apposition_with_no_body(record_of):
    text = SIGNED + "Julie Perrin, à la coordination, et Paul Morel, à la présidence, ont présenté les missions."
    assert _people(record_of(text)) == {(K, "Julie Perrin", "coordinatrice"), (K, "Paul Morel", "président")}


@pytest.mark.parametrize("text", [
    SIGNED + "Le conseil départemental a élu Paul Morel à la présidence.",
    SIGNED + "L'assemblée générale de l'URPS a élu Paul Morel à la présidence.",
    SIGNED + "Le Dr Paul Morel assure la coordination des soins à l'EHPAD.",
    SIGNED + "À l'hôpital, Julie Perrin assure la coordination.",
    SIGNED + "Sophie Vidal a été recrutée au poste de directrice de l'hôpital.",
    SIGNED + "Anne Roux, présidente du dispositif d'appui à la coordination, a salué l'accord.",
])
def test_an_office_in_another_body(record_of, text):
    assert _people(record_of(text)) == set()


# --- English --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Val Fleuri CPTS signed its agreement. The CPTS is co-chaired by Paul Morel and Anne Roux.",
     {(K, "Paul Morel", "co-président"), (K, "Anne Roux", "co-présidente")}),
    ("The Val Fleuri CPTS, chaired by Dr Paul Morel, signed its agreement.", {(K, "Paul Morel", "président")}),
    ("The Val Fleuri CPTS, co-led by Anne Roux and Paul Morel, signed its agreement.",
     {(K, "Anne Roux", "co-présidente"), (K, "Paul Morel", "co-président")}),
    ("The Val Fleuri CPTS signed its agreement. Its president is Dr Anne Roux, a GP in Nevers.",
     {(K, "Anne Roux", "présidente")}),
    ("The Val Fleuri CPTS signed its agreement, said Anne Roux, who heads the CPTS.", {(K, "Anne Roux", "présidente")}),
])
def test_english_offices(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- names written otherwise ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "MOREL Paul, président de la CPTS, a remercié l'ARS.", (K, "Morel Paul", "président")),
    (SIGNED + "J.-M. Dupont, président de la CPTS, a remercié les professionnels.", (K, "J.-M. Dupont", "président")),
    (SIGNED + "Le président de la CPTS, Jean-Marc LE GOFF, a remercié les professionnels.",
     (K, "Jean-Marc Le Goff", "président")),
    (SIGNED + "Paul-Henri de Saint-Exupéry, président de la CPTS, a remercié l'ARS.",
     (K, "Paul-Henri de Saint-Exupéry", "président")),
    (SIGNED + "Présidente : Anne de La Rochette.", (K, "Anne de La Rochette", "présidente")),
    (SIGNED + "Le Pr Jean-Luc N'Diaye, président de la CPTS, a remercié l'ARS.", (K, "Jean-Luc N'Diaye", "président")),
    (SIGNED + "Anne de l'Espinay, présidente de la CPTS, a remercié l'ARS.", (K, "Anne de l'Espinay", "présidente")),
    (SIGNED + "Présidente de la CPTS : Anne ROUX-DUPONT.", (K, "Anne Roux-Dupont", "présidente")),
    # a body after the name is no part of it
    (SIGNED + "Sa présidente Anne Roux de la CPTS Val Fleuri a remercié l'ARS.", (K, "Anne Roux", "présidente")),
    (SIGNED + "Sa coordinatrice, Julie Perrin de l'Espace Santé, a présenté le projet.",
     (K, "Julie Perrin", "coordinatrice")),
])
def test_names_written_otherwise(record_of, text, expected):
    assert _people(record_of(text)) == {expected}


# --- the CPTS's people among others ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "De gauche à droite : Paul Morel, président de la CPTS, Sophie Vidal, directrice de l'ARS, et "
              "Julie Perrin, coordinatrice.", {(K, "Paul Morel", "président"), (K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "Marc Lenoir, directeur général de l'ARS, et Paul Morel, président de la CPTS, ont signé.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "Étaient présents M. Paul Morel (Président), Mme Anne Roux (Vice-Présidente) et le sous-préfet.",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente")}),
])
def test_the_cptss_people_among_others(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    SIGNED + "Sophie Vidal, présidente de la communauté de communes, a salué l'initiative.",
    SIGNED + "Sophie Vidal, maire de Nevers et vice-présidente de l'agglomération, a salué l'initiative.",
    SIGNED + "Sophie Vidal, présidente de la MSP des Tilleuls, adhère à la CPTS.",
    SIGNED + "Pour l'ARS, Marc Lenoir, directeur délégué, salue l'initiative.",
    SIGNED + "Le Dr Marc Lenoir, médecin généraliste à Nevers, salue l'initiative.",
    "La CPTS du Val Fleuri a signé son ACI avec Marc Lenoir, directeur de la CPAM, et Sophie Vidal, déléguée "
    "départementale de l'ARS.",
])
def test_no_one_of_the_cpts(record_of, text):
    assert _people(record_of(text)) == set()


# --- a presidency shared by two ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "La présidence est partagée entre Paul Morel et Anne Roux.",
     {(K, "Paul Morel", "co-président"), (K, "Anne Roux", "co-présidente")}),
    (SIGNED + "La gouvernance est assurée par une coprésidence : Paul Morel, médecin, et Anne Roux, infirmière.",
     {(K, "Paul Morel", "coprésident"), (K, "Anne Roux", "coprésidente")}),
    # the words after each name are its own: "infirmière" gives no gender to the first
    (SIGNED + "Paul Morel, médecin généraliste, et Anne Roux, infirmière libérale, en assurent la coprésidence.",
     {(K, "Paul Morel", "coprésident"), (K, "Anne Roux", "coprésidente")}),
    (SIGNED + "Paul Morel et Anne Roux assurent la coprésidence de la CPTS.",
     {(K, "Paul Morel", "coprésident"), (K, "Anne Roux", "coprésidente")}),
    (SIGNED + "Paul Morel et Anne Roux président ensemble la CPTS.",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "présidente")}),
    # an office named between the verb and the names is theirs
    (SIGNED + "Elle est portée par deux coprésidents, Paul Morel et Anne Roux.",
     {(K, "Paul Morel", "coprésident"), (K, "Anne Roux", "coprésidente")}),
])
def test_a_shared_presidency(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- the holder named in a sentence before ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a quote's speaker, then the next quote's "ajoute la présidente de la CPTS"
    (SIGNED + "« Cette signature est l'aboutissement de deux ans de travail », se félicite Anne Roux. « Nous allons "
              "recruter une coordinatrice », ajoute la présidente de la CPTS.", {(K, "Anne Roux", "présidente")}),
    # a role fronted before a pronoun
    (SIGNED + "Anne Roux est infirmière libérale à Nevers. Présidente de la CPTS, elle a porté le projet.",
     {(K, "Anne Roux", "présidente")}),
    # "l'un des ..." before the role
    (SIGNED + "Paul Morel, l'un des initiateurs de la CPTS, a remercié l'ARS.", {(K, "Paul Morel", "initiateur")}),
])
def test_the_holder_named_before(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_a_speaker_of_another_body_is_not_the_cptss_president(record_of):
    text = SIGNED + ("« Cette signature est une étape », se félicite Marc Lenoir, directeur de l'ARS. « Nous allons "
                     "recruter », ajoute la présidente de la CPTS.")
    assert _people(record_of(text)) == set()


# --- members and founders ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, infirmière, fait partie de la CPTS depuis sa création.", (K, "Anne Roux", "membre")),
    (SIGNED + "Anne Roux, infirmière, a rejoint la CPTS en 2022.", (K, "Anne Roux", "membre")),
    (SIGNED + "Anne Roux, infirmière, adhère à la CPTS depuis 2021.", (K, "Anne Roux", "membre")),
    (SIGNED + "Paul Morel, médecin généraliste, a fondé la CPTS en 2019.", (K, "Paul Morel", "fondateur")),
    ("The Val Fleuri CPTS, founded by Dr Paul Morel in 2019, signed its agreement.", (K, "Paul Morel", "fondateur")),
    (SIGNED + "Initiée par Paul Morel, médecin généraliste, la CPTS regroupe 80 professionnels.",
     (K, "Paul Morel", "initiateur")),
    (SIGNED + "Le projet a été initié par Paul Morel, médecin généraliste.", (K, "Paul Morel", "initiateur")),
    (SIGNED + "Paul Morel, médecin généraliste, est à l'initiative du projet.", (K, "Paul Morel", "initiateur")),
    # an office given to a member wins
    (SIGNED + "Anne Roux a rejoint la CPTS en tant que coordinatrice.", (K, "Anne Roux", "coordinatrice")),
])
def test_members_and_founders(record_of, text, expected):
    assert _people(record_of(text)) == {expected}


@pytest.mark.parametrize("text", [
    SIGNED + "L'URPS, présidée par Marc Lenoir, a rejoint la CPTS.",
    SIGNED + "La MSP, fondée par Marc Lenoir, adhère à la CPTS.",
    SIGNED + "Marc Lenoir, président de l'URPS, fait partie de la CPTS.",
    SIGNED + "Marc Lenoir, directeur de l'ARS, a lancé officiellement la CPTS.",
    SIGNED + "Paul Morel, directeur de l'hôpital, est à l'initiative du projet de maison de santé.",
    SIGNED + "Le centre hospitalier a rejoint la CPTS.",
])
def test_no_member_of_the_cpts(record_of, text):
    assert _people(record_of(text)) == set()


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, président·e de la CPTS, a remercié l'ARS.", (K, "Anne Roux", "présidente")),
    (SIGNED + "Julie Perrin, coordinateur·rice de la CPTS, a présenté le projet.", (K, "Julie Perrin", "coordinatrice")),
    (SIGNED + "Paul Morel, président(e) de la CPTS, a remercié l'ARS.", (K, "Paul Morel", "président")),
])
def test_inclusive_writing_leaves_the_gender_to_the_name(record_of, text, expected):
    assert _people(record_of(text)) == {expected}


@pytest.mark.parametrize("text", [
    SIGNED + "Sophie Vidal, chargée de mission CPTS à la CPAM, a accompagné le projet.",
    SIGNED + "Sophie Vidal, référente CPTS à l'ARS, a accompagné le projet.",
    SIGNED + "Le président du conseil départemental, Marc Lenoir, a salué l'initiative.",
    SIGNED + "La présidente de l'association Santé Mobile, Sophie Vidal, a salué l'initiative.",
    SIGNED + "Sophie Vidal, coordinatrice du contrat local de santé, a salué l'initiative.",
    SIGNED + "Sophie Vidal, vice-présidente de la région chargée de la santé, a salué l'initiative.",
    SIGNED[:-1] + " en présence de la sous-préfète Sophie Vidal et du président de l'URPS Marc Lenoir.",
])
def test_offices_of_other_bodies(record_of, text):
    assert _people(record_of(text)) == set()


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "À la tête de la structure depuis 2021, le Dr Paul Morel se réjouit.", {(K, "Paul Morel", "président")}),
    (SIGNED + "À la tête de la structure, Anne Roux se réjouit.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "À la tête de la structure hospitalière, le Dr Marc Lenoir se réjouit.", set()),
])
def test_at_the_head_of_the_structure(record_of, text, expected):
    assert _people(record_of(text)) == expected
