"""The people of a CPTS and their offices, in still more of the ways communiqués, the regional press and
CPTS pages write them: quotes and their speakers, photo captions, a profession between the name and the
office, boards set out on one line, names in capitals or with hyphenated first names, English; and near
misses (officials of the ARS, the CPAM, the town, the hospital, the State, quoted beside the CPTS's people).
Invented texts only: no name, place or figure comes from a real document."""
from __future__ import annotations

import pytest

K = "val-fleuri"
SIGNED = "La CPTS du Val Fleuri a signé son contrat avec l'ARS et l'Assurance maladie. "


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


# --- a quote and its speaker ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "« C'est une étape », confie le Dr Paul Morel, président de la CPTS du Val Fleuri.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "« Nous sommes prêts », témoigne Julie Perrin, coordinatrice de la structure.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "« Nous sommes prêts », résume sa présidente, Anne Roux.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« Nous sommes prêts », se félicite le docteur Paul Morel, médecin généraliste à Bellegarde et "
              "président de la CPTS.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "« Nous sommes prêts », ajoute Anne Roux, qui préside la CPTS depuis sa création.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Pour Anne Roux, présidente de la CPTS, « c'est une reconnaissance ».",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "D'après Julie Perrin, coordinatrice de la CPTS, les premières actions démarrent en mai.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "« Nous sommes prêts », explique Anne Roux, infirmière libérale et présidente de la CPTS.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« Nous sommes prêts », lance Paul Morel, le président de la communauté.",
     {(K, "Paul Morel", "président")}),
])
def test_a_quote_and_its_speaker(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- a profession between the name and the office ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Le Dr Paul Morel, médecin généraliste, président de la CPTS, a présenté le projet de santé.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "Dr Paul Morel, médecin généraliste à Bellegarde, président de la CPTS du Val Fleuri, a présenté "
              "le projet.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "Anne Roux, pharmacienne, vice-présidente de la CPTS, et Luc Petit, kinésithérapeute, trésorier, "
              "ont présenté le budget.",
     {(K, "Anne Roux", "vice-présidente"), (K, "Luc Petit", "trésorier")}),
    (SIGNED + "Anne Roux, infirmière libérale depuis vingt ans, est la présidente de la CPTS.",
     {(K, "Anne Roux", "présidente")}),
])
def test_a_profession_then_the_office(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- photo captions ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "(De g. à d.) Paul Morel, président de la CPTS, Anne Roux, vice-présidente, et Julie Perrin, "
              "coordinatrice.",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente"), (K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "\nDe gauche à droite : Anne Roux, présidente de la CPTS du Val Fleuri, et Paul Rimbert, directeur "
              "de la CPAM.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "\nPhoto : Paul Morel (président) et Julie Perrin (coordinatrice) lors de la signature.",
     {(K, "Paul Morel", "président"), (K, "Julie Perrin", "coordinatrice")}),
])
def test_photo_captions(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- a board on one line or in a list -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    SIGNED + "Bureau : Président : Paul Morel ; Vice-présidente : Anne Roux ; Trésorier : Luc Petit.",
    SIGNED + "Composition du bureau : président, Paul Morel (médecin) ; vice-présidente, Anne Roux (infirmière) ; "
             "trésorier, Luc Petit (pharmacien).",
    SIGNED + "Le nouveau bureau\n• Président : Dr Paul MOREL, médecin généraliste\n• Vice-présidente : Anne ROUX, "
             "infirmière\n• Trésorier : Luc PETIT, pharmacien\n",
    SIGNED + "Le bureau\nPrésident – Paul Morel\nVice-présidente – Anne Roux\nTrésorier – Luc Petit\n",
    SIGNED + "Paul Morel a été élu président, Anne Roux vice-présidente et Luc Petit trésorier.",
])
def test_a_board(record_of, text):
    assert _people(record_of(text)) == {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente"),
                                        (K, "Luc Petit", "trésorier")}


# --- how the names are written ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Jean-Baptiste Morel, président de la CPTS, a ouvert la séance.",
     {(K, "Jean-Baptiste Morel", "président")}),
    (SIGNED + "Marie-Hélène Perrin, coordinatrice de la CPTS, a ouvert la séance.",
     {(K, "Marie-Hélène Perrin", "coordinatrice")}),
    (SIGNED + "Jean-Baptiste MOREL, président de la CPTS, a ouvert la séance.",
     {(K, "Jean-Baptiste Morel", "président")}),
    (SIGNED + "La présidente, Anne-Sophie LE GALL, a ouvert la séance.",
     {(K, "Anne-Sophie Le Gall", "présidente")}),
    (SIGNED + "MOREL Paul, président de la CPTS, a ouvert la séance.",
     {(K, "Morel Paul", "président")}),
])
def test_how_names_are_written(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- other offices ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Julie Perrin, chargée de mission de la CPTS, anime les groupes de travail.",
     {(K, "Julie Perrin", "chargée de mission")}),
    (SIGNED + "La secrétaire de la CPTS, Claire Dubois, a lu le rapport moral.",
     {(K, "Claire Dubois", "secrétaire")}),
    (SIGNED + "Paul Morel, porteur de projet de la CPTS, a présenté le diagnostic.",
     {(K, "Paul Morel", "porteur de projet")}),
    (SIGNED + "Luc Petit, directeur de la CPTS, présente les missions.",
     {(K, "Luc Petit", "directeur")}),
    (SIGNED + "Sa vice-présidente, Anne Roux, a présenté le budget.",
     {(K, "Anne Roux", "vice-présidente")}),
])
def test_other_offices(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- English ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The CPTS du Val Fleuri signed its contract. \"It is a milestone,\" said Anne Roux, president of the CPTS.",
     {(K, "Anne Roux", "présidente")}),
    ("The CPTS du Val Fleuri signed its contract. Its coordinator, Julie Perrin, presented the projects.",
     {(K, "Julie Perrin", "coordinatrice")}),
    ("The CPTS du Val Fleuri signed its contract, explained Dr Paul Morel, a GP and chair of the CPTS.",
     {(K, "Paul Morel", "président")}),
])
def test_english(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- near misses: officials of other bodies ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    SIGNED + "« C'est une étape », souligne Paul Rimbert, directeur de la délégation départementale de l'ARS.",
    SIGNED + "« C'est une étape », se réjouit Paul Rimbert, maire de Bellegarde.",
    SIGNED + "Le maire de Bellegarde, Paul Rimbert, a salué l'engagement des soignants.",
    SIGNED + "Paul Rimbert, député de la circonscription, était présent.",
    SIGNED + "Anne Jolivet, directrice du centre hospitalier, a rappelé le rôle de l'hôpital.",
    SIGNED + "Le directeur de la CPAM, Paul Rimbert, a signé le contrat.",
    SIGNED + "Paul Rimbert, président du conseil de l'Ordre des médecins, était invité.",
    SIGNED + "Anne Jolivet, présidente de la communauté de communes, a mis une salle à disposition.",
    SIGNED + "Étaient présents Paul Rimbert, sous-préfet, et Anne Jolivet, conseillère départementale.",
    SIGNED + "« Les CPTS sont essentielles », estime Anne Jolivet, directrice générale de l'ARS Bretagne.",
    SIGNED + "Pour la CPAM, Anne Jolivet, directrice, a rappelé les financements.",
    SIGNED + "Anne Jolivet, présidente de la fédération des CPTS, a salué la signature.",
])
def test_officials_of_other_bodies(record_of, text):
    assert _people(record_of(text)) == set()


# --- more placements of the name and the office -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Questions à Anne Roux, présidente de la CPTS du Val Fleuri.", {(K, "Anne Roux", "présidente")}),
    ("Anne Roux, nouvelle présidente de la CPTS du Val Fleuri\nLa réunion s'est tenue lundi.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Élue présidente de la CPTS en 2022, Anne Roux a présenté le bilan.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Présidente de la CPTS depuis 2020, Anne Roux a présenté le bilan.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Anne Roux, présidente, et Julie Perrin, coordinatrice de la CPTS, ont présenté le bilan.",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice")}),
    ("La CPTS du Val Fleuri, présidée par Anne Roux et coordonnée par Julie Perrin, a signé son contrat.",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice")}),
    ("La CPTS du Val Fleuri (présidée par le Dr Paul Morel) a signé son contrat.", {(K, "Paul Morel", "président")}),
    (SIGNED + "Les coprésidents Paul Morel et Anne Roux ont remercié les soignants.",
     {(K, "Paul Morel", "coprésident"), (K, "Anne Roux", "coprésidente")}),
    (SIGNED + "Paul Morel et Anne Roux, qui coprésident la CPTS, ont remercié les soignants.",
     {(K, "Paul Morel", "coprésident"), (K, "Anne Roux", "coprésidente")}),
    (SIGNED + "Elle a recruté une coordinatrice, Julie Perrin.", {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "Une coordinatrice, Julie Perrin, a été recrutée en janvier.", {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "La coordinatrice Julie Perrin présente les missions.", {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "Le président Paul Morel a remercié les soignants.", {(K, "Paul Morel", "président")}),
    (SIGNED + "Julie Perrin, recrutée comme coordinatrice, présente les missions.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "\nContact presse : Julie Perrin, chargée de communication de la CPTS – 06 12 34 56 78",
     {(K, "Julie Perrin", "chargée de communication")}),
    ("Paul Morel, président de la CPTS du Val Fleuri, et Anne Roux, présidente de la CPTS des Coteaux Verts, "
     "ont signé une convention.",
     {(K, "Paul Morel", "président"), ("coteaux-verts", "Anne Roux", "présidente")}),
    (SIGNED + "La CPTS, dont Anne Roux est la présidente, couvre douze communes.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Mme Anne Roux, Présidente de la CPTS, et M. Paul Morel, Trésorier, ont signé.",
     {(K, "Anne Roux", "présidente"), (K, "Paul Morel", "trésorier")}),
])
def test_more_placements(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The CPTS du Val Fleuri is led by its president Anne Roux and its coordinator Julie Perrin.",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice")}),
    ("The CPTS du Val Fleuri signed its contract, said Anne Roux, CPTS president.", {(K, "Anne Roux", "présidente")}),
    ("The CPTS du Val Fleuri signed its contract. Dr. Paul Morel, President of the CPTS, thanked the partners.",
     {(K, "Paul Morel", "président")}),
])
def test_more_english(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    SIGNED + "Anne Jolivet, directrice adjointe de la CPAM, a présenté le contrat.",
    SIGNED + "Anne Jolivet, directrice de l'offre de soins à l'ARS, a présenté le contrat.",
    SIGNED + "Paul Rimbert, président de la communauté d'agglomération, était présent.",
    SIGNED + "Anne Jolivet, présidente de la MSP de Bellegarde, a signé aussi.",
    SIGNED + "Le président de l'URPS, Paul Rimbert, a salué la signature.",
    SIGNED + "Le Dr Paul Rimbert, président de la CME du centre hospitalier, a salué la signature.",
    SIGNED + "Paul Rimbert, président du GHT, a salué la signature.",
    SIGNED + "Anne Jolivet, directrice de la CPAM du Var, et Luc Vernet, directeur de l'hôpital, ont signé.",
    SIGNED + "Le préfet, Paul Rimbert, et la directrice de la CPAM, Anne Jolivet, ont signé.",
    SIGNED + "« C'est un modèle », a déclaré Paul Rimbert, le président du conseil départemental.",
])
def test_more_officials_of_other_bodies(record_of, text):
    assert _people(record_of(text)) == set()


def test_the_cpts_president_beside_the_cpam_director(record_of):
    text = SIGNED + "Anne Jolivet, directrice de la CPAM du Var, et Paul Morel, président de la CPTS, ont signé."
    assert _people(record_of(text)) == {(K, "Paul Morel", "président")}


# --- offices fronted, represented, founded, launched --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "À la présidence, Paul Morel. À la coordination, Julie Perrin.",
     {(K, "Paul Morel", "président"), (K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "\nÀ la présidence : Paul Morel\nÀ la vice-présidence : Anne Roux\nÀ la trésorerie : Luc Petit\n",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente"), (K, "Luc Petit", "trésorier")}),
    (SIGNED + "À la coprésidence, Luc Petit et Claire Dubois.",
     {(K, "Luc Petit", "coprésident"), (K, "Claire Dubois", "coprésidente")}),
    (SIGNED + "Vice-présidence : Anne Roux. La vice-présidence est assurée par Luc Petit.",
     {(K, "Anne Roux", "vice-présidente"), (K, "Luc Petit", "vice-président")}),
    (SIGNED + "Elle était représentée par Anne Roux, infirmière.", {(K, "Anne Roux", "représentante")}),
    ("La CPTS du Val Fleuri a signé son contrat. Cette dernière est présidée par Anne Roux.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Sous la coprésidence d'Anne Roux et de Paul Morel, elle couvre douze communes.",
     {(K, "Anne Roux", "coprésidente"), (K, "Paul Morel", "coprésident")}),
    (SIGNED + "Elle a été créée par trois médecins : Anne Roux, Paul Morel et Luc Petit.",
     {(K, "Anne Roux", "fondatrice"), (K, "Paul Morel", "fondateur"), (K, "Luc Petit", "fondateur")}),
    (SIGNED + "Anne Roux et Paul Morel ont lancé la CPTS en 2019.",
     {(K, "Anne Roux", "initiatrice"), (K, "Paul Morel", "initiateur")}),
    (SIGNED + "Elle a été lancée en 2019 par Anne Roux et Paul Morel, deux médecins.",
     {(K, "Anne Roux", "initiatrice"), (K, "Paul Morel", "initiateur")}),
    (SIGNED + "Le projet de CPTS a été lancé par le Dr Anne Roux et le Dr Paul Morel.",
     {(K, "Anne Roux", "initiatrice"), (K, "Paul Morel", "initiateur")}),
    (SIGNED + "Anne Roux, élue au conseil d'administration de la CPTS, présente le projet.",
     {(K, "Anne Roux", "membre du conseil d'administration")}),
    (SIGNED + "Paul Morel a été élu au bureau de la CPTS en juin.", {(K, "Paul Morel", "membre du bureau")}),
    ("CPTS du Val Fleuri - L'équipe\nPrésidente : Anne Roux (infirmière)\nCoordinatrice : Julie Perrin\n"
     "Chargée de mission : Claire Dubois\n",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice"), (K, "Claire Dubois", "chargée de mission")}),
    (SIGNED + "Autour de l'élue, la présidente de la Communauté professionnelle territoriale de santé du Val Fleuri "
              "(CPTS) Anne Roux, et le docteur Luc Petit, également membre de la CPTS.",
     {(K, "Anne Roux", "présidente"), (K, "Luc Petit", "membre")}),
])
def test_fronted_represented_founded(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "L'hôpital de Bellegarde se réorganise. À la direction, Paul Rimbert.",
    SIGNED + "À la direction de l'hôpital, Paul Rimbert.",
    SIGNED + "À la direction, Anne Jolivet, directrice générale de l'ARS, a salué l'accord.",
    SIGNED + "Présidence : Paul Rimbert, président de l'URPS.",
    SIGNED + "Elle a été lancée par Anne Jolivet, directrice générale de l'ARS.",
    "L'ARS, représentée par sa directrice Anne Jolivet, et la CPTS du Val Fleuri ont signé.",
    "La CPTS du Val Fleuri a signé avec la CPAM, représentée par Anne Jolivet.",
    "La CPTS du Val Fleuri a signé avec l'ARS. Cette dernière est dirigée par Anne Jolivet.",
    SIGNED + "La maison de santé, créée par le Dr Paul Rimbert, rejoint la démarche.",
    SIGNED + "Anne Jolivet a été élue au conseil municipal en 2020.",
])
def test_offices_of_other_bodies_fronted_or_by_a_verb(record_of, text):
    assert _people(record_of(text)) == set()


# --- a surname alone, the full name written elsewhere ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Adrien Plassard et François Cammal sont médecins généralistes à Bellegarde. " + SIGNED +
     "« C'est une étape », explique le Dr Plassard, président de la CPTS.", {(K, "Adrien Plassard", "président")}),
    (SIGNED + "« C'est une étape », explique le Dr Plassard, président de la CPTS.", {(K, "Plassard", "président")}),
    ("Le Dr Morel, président de la CPTS du Val Fleuri, a signé. Rue Jean Morel, les soignants se réunissent.",
     {(K, "Morel", "président")}),
])
def test_a_surname_alone(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- co-presidents and members -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux et Paul Morel, à la coprésidence de la CPTS, se réjouissent.",
     {(K, "Anne Roux", "coprésidente"), (K, "Paul Morel", "coprésident")}),
    (SIGNED + "L'assemblée générale a élu Anne Roux et Paul Morel à la coprésidence.",
     {(K, "Anne Roux", "coprésidente"), (K, "Paul Morel", "coprésident")}),
    (SIGNED + "Anne Roux co-préside la CPTS aux côtés de Paul Morel.",
     {(K, "Anne Roux", "co-présidente"), (K, "Paul Morel", "co-président")}),
    (SIGNED + "Anne Roux, qui a adhéré à la CPTS dès 2020, témoigne.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Anne Roux participe à la CPTS depuis 2020.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Anne Roux s'est engagée dans la CPTS dès sa création.", {(K, "Anne Roux", "membre")}),
])
def test_co_presidents_and_members(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    SIGNED + "Anne Jolivet, directrice de l'ARS, participe à la CPTS.",
    SIGNED + "Anne Jolivet, présidente de l'URPS, travaille aux côtés de Paul Morel, médecin.",
])
def test_officials_taking_part(record_of, text):
    assert _people(record_of(text)) == set()


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, présidente de l'association de préfiguration de la CPTS, se réjouit.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« Nous sommes prêts », affirme Anne Roux. Infirmière libérale, elle préside la CPTS depuis 2020.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Le Dr Paul Morel, président et cofondateur de la CPTS, se réjouit.", {(K, "Paul Morel", "président")}),
    ("The CPTS du Val Fleuri signed its contract. Dr Paul Morel, who founded the CPTS in 2019, welcomed the news.",
     {(K, "Paul Morel", "fondateur")}),
])
def test_still_more_wordings(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "The CPTS du Val Fleuri signed its contract. The hospital was founded by Paul Rimbert.",
    SIGNED + "Paul Rimbert est maire de Bellegarde. Ancien chirurgien, il préside le conseil de surveillance de l'hôpital.",
])
def test_still_more_near_misses(record_of, text):
    assert _people(record_of(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a tenu son assemblée générale à Bellegarde.\nAnne Roux, infirmière présidente\n"
     "Les soignants ont élu un nouveau bureau pour trois ans.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Luc Petit, pharmacien trésorier, et Anne Roux, infirmière secrétaire, présentent le budget.",
     {(K, "Luc Petit", "trésorier"), (K, "Anne Roux", "secrétaire")}),
    (SIGNED + "Le Dr Henri Laval, médecin coordonnateur, explique que la CPTS aide les EHPAD.", set()),
    (SIGNED + "Anne Jolivet, infirmière présidente de l'URPS, salue l'accord.", set()),
])
def test_a_profession_right_before_the_office(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux et Paul Morel partagent la co-présidence.",
     {(K, "Anne Roux", "co-présidente"), (K, "Paul Morel", "co-président")}),
    (SIGNED + "Anne Roux et Paul Morel se partagent la présidence.",
     {(K, "Anne Roux", "co-présidente"), (K, "Paul Morel", "co-président")}),
    (SIGNED + "Anne Roux et Paul Morel, élus en binôme à la tête de la CPTS, se réjouissent.",
     {(K, "Anne Roux", "présidente"), (K, "Paul Morel", "président")}),
    (SIGNED + "Anne Jolivet et Paul Rimbert partagent la présidence de l'URPS.", set()),
])
def test_a_shared_presidency(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- initiators ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Elle est née sur l'impulsion du Dr Paul Morel.", {(K, "Paul Morel", "initiateur")}),
    (SIGNED + "Elle a vu le jour grâce à l'impulsion d'Anne Roux.", {(K, "Anne Roux", "initiatrice")}),
    (SIGNED + "Elle est née à l'initiative d'un groupe de soignants, dont Anne Roux et Paul Morel.",
     {(K, "Anne Roux", "initiatrice"), (K, "Paul Morel", "initiateur")}),
    (SIGNED + "Portée dès l'origine par Anne Roux, elle regroupe 80 soignants.",
     {(K, "Anne Roux", "porteuse du projet")}),
    (SIGNED + "Paul Morel, initiateur de la démarche, se réjouit.", {(K, "Paul Morel", "initiateur")}),
    (SIGNED + "Paul Morel, à l'origine de la démarche, se réjouit.", {(K, "Paul Morel", "initiateur")}),
    (SIGNED + "Paul Morel, à l'initiative de la CPTS, se réjouit.", {(K, "Paul Morel", "initiateur")}),
    (SIGNED + "La maison de santé, à l'initiative de Paul Rimbert, rejoint la CPTS.", set()),
    (SIGNED + "Paul Rimbert, maire, à l'origine de la piscine, se réjouit.", set()),
])
def test_initiators(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_a_plural_in_the_office_is_kept_as_written(record_of):
    text = SIGNED + "Julie Perrin, chargée de projets de la CPTS, présente les actions."
    assert _people(record_of(text)) == {(K, "Julie Perrin", "chargée de projets")}


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Interview d'Anne Roux, présidente.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Portrait d'Isabelle Roux, présidente de la CPTS.", {(K, "Isabelle Roux", "présidente")}),
    (SIGNED + "Valéry Giscard d'Estaing, président de la CPTS, se réjouit.", {(K, "Valéry Giscard d'Estaing", "président")}),
])
def test_a_word_before_an_elided_de(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_surnames_first_in_capitals_before_a_dash(record_of):
    text = SIGNED + "\nROUX Anne – présidente\nMOREL Paul – trésorier\n"
    assert _people(record_of(text)) == {(K, "Roux Anne", "présidente"), (K, "Morel Paul", "trésorier")}


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, membre de son conseil d'administration, se réjouit.",
     {(K, "Anne Roux", "membre du conseil d'administration")}),
    (SIGNED + "Anne Roux, membre de son bureau, se réjouit.", {(K, "Anne Roux", "membre du bureau")}),
    (SIGNED + "Anne Roux, élue au CA de la CPTS, se réjouit.", {(K, "Anne Roux", "membre du conseil d'administration")}),
    (SIGNED + "Anne Jolivet, élue au CA de l'hôpital, se réjouit.", set()),
])
def test_the_board_named_by_a_possessive_or_its_initials(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "La CPAM était représentée par Anne Jolivet, directrice.", set()),
    ("La CPTS du Val Fleuri, représentée par Anne Roux, présidente, a signé son contrat.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Elle était représentée par Anne Roux, infirmière.", {(K, "Anne Roux", "représentante")}),
])
def test_the_agent_of_a_body_and_its_office(record_of, text, expected):
    assert _people(record_of(text)) == expected
