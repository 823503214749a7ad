"""The people of a CPTS and their offices, in more of the ways communiqués write them: an office fronted after the
participle of taking it up ("Élue à la tête de la CPTS en juin, A"), a plural office before "sont" and its holders,
an English profession before "and the chair", a signature whose office line opens on a profession, the initiators
listed after "À l'origine de cette aventure", "ses membres fondateurs"; and near misses (officials of the ARS, the
CPAM, the State, the town, the hospital and other bodies, quoted beside the CPTS's people). Invented texts only."""
from __future__ import annotations

import pytest

K = "val-fleuri"
SIGNED = "La CPTS du Val Fleuri a signé son contrat avec l'ARS. "
SIGNED_EN = "The CPTS du Val Fleuri signed its agreement with the regional health agency. "


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


# --- an office fronted after the participle of taking it up ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Élue à la tête de la CPTS en juin, Anne Roux a présenté le projet.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Arrivée à la présidence de la CPTS en 2022, Anne Roux a présenté le projet.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Réélu à la présidence de la CPTS, le Dr Paul Morel a présenté le projet.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "Nommée à la coordination de la CPTS en janvier, Julie Perrin a présenté le projet.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "À la présidence de la CPTS depuis 2021, Paul Morel a présenté le projet.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "Depuis 2021 à la tête de la CPTS, le Dr Paul Morel a présenté le projet.",
     {(K, "Paul Morel", "président")}),
    # another body's office
    (SIGNED + "Élue à la tête de la région en 2021, Anne Jolivet a salué le projet.", set()),
    (SIGNED + "Nommée à la direction de l'ARS en janvier, Anne Jolivet a salué le projet.", set()),
    (SIGNED + "Arrivé à la présidence du conseil départemental en 2021, Paul Rimbert a salué le projet.", set()),
])
def test_an_office_fronted_after_taking_it_up(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- a plural office, "sont", its holders --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Les vice-présidents sont Anne Roux et Luc Petit.",
     {(K, "Anne Roux", "vice-présidente"), (K, "Luc Petit", "vice-président")}),
    (SIGNED + "Ses co-présidents sont le Dr Anne Roux et Luc Petit.",
     {(K, "Anne Roux", "co-présidente"), (K, "Luc Petit", "co-président")}),
    (SIGNED + "Les membres du bureau sont tous des professionnels libéraux de Bellegarde.", set()),
])
def test_a_plural_office_then_its_holders(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- a profession, then "and the chair" ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The CPTS du Val Fleuri signed its agreement. \"We are ready,\" said Anne Roux, a nurse and the chair of the CPTS.",
     {(K, "Anne Roux", "présidente")}),
    ("The CPTS du Val Fleuri signed its agreement. Paul Morel, a GP in Bellegarde and the CPTS's president, welcomed "
     "the news.", {(K, "Paul Morel", "président")}),
    (SIGNED + "Anne Roux, une infirmière engagée et la présidente de la CPTS, se réjouit.",
     {(K, "Anne Roux", "présidente")}),
    # the role's own name after it: the other name is someone else
    (SIGNED + "Paul Rimbert, maire de Bellegarde, et la présidente de la CPTS, Claire Dubois, ont signé.",
     {(K, "Claire Dubois", "présidente")}),
    ("The CPTS du Val Fleuri signed its agreement. Paul Rimbert, the mayor, and the chair of the CPTS, Claire Dubois, "
     "signed it.", {(K, "Claire Dubois", "présidente")}),
])
def test_a_profession_then_and_the_office(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- a signature: the name, then a line with a profession and the office -----------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "\nDr Paul Morel\nMédecin généraliste, président de la CPTS du Val Fleuri",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "\nAnne Roux\nInfirmière libérale et présidente de la CPTS", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "\nAnne Roux\nPrésidente de la CPTS\nJulie Perrin\nCoordinatrice",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice")}),
])
def test_a_signature_with_a_profession(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- initiators and founders ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "À l'origine de cette aventure, trois soignants : Anne Roux, infirmière, Paul Morel, médecin, et Luc "
              "Petit, pharmacien.",
     {(K, "Anne Roux", "initiatrice"), (K, "Paul Morel", "initiateur"), (K, "Luc Petit", "initiateur")}),
    (SIGNED + "Ses membres fondateurs, Anne Roux et Paul Morel, ont présenté le projet.",
     {(K, "Anne Roux", "fondatrice"), (K, "Paul Morel", "fondateur")}),
    (SIGNED + "Ses deux coprésidents, Anne Roux et Paul Morel, remercient les partenaires.",
     {(K, "Anne Roux", "coprésidente"), (K, "Paul Morel", "coprésident")}),
    # what the text speaks of is not a CPTS; another body's founders
    ("Le centre de santé de Bellegarde ouvre ses portes. À l'origine de cette aventure, deux élus : Paul Rimbert et "
     "Marc Lenoir.", set()),
    (SIGNED + "À l'origine de cette aventure, un constat : les médecins partent à la retraite.", set()),
    (SIGNED + "L'URPS et ses membres fondateurs, Paul Rimbert et Marc Lenoir, saluent l'accord.", set()),
])
def test_initiators_and_founders(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- ways already read, kept -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Le bureau est composé de Paul Morel (président), Anne Roux (vice-présidente), Luc Petit (trésorier) et "
              "Claire Dubois (secrétaire).",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente"), (K, "Luc Petit", "trésorier"),
      (K, "Claire Dubois", "secrétaire")}),
    (SIGNED + "Le bureau est composé d'Anne Roux, présidente, de Paul Morel, vice-président, et de Luc Petit, "
              "trésorier.",
     {(K, "Anne Roux", "présidente"), (K, "Paul Morel", "vice-président"), (K, "Luc Petit", "trésorier")}),
    (SIGNED + "Le bureau : Anne Roux, présidente ; Luc Petit, trésorier ; Claire Dubois, secrétaire.",
     {(K, "Anne Roux", "présidente"), (K, "Luc Petit", "trésorier"), (K, "Claire Dubois", "secrétaire")}),
    (SIGNED + "\nComposition du bureau :\n- Présidente : Dr Anne Roux\n- Trésorier : Luc Petit",
     {(K, "Anne Roux", "présidente"), (K, "Luc Petit", "trésorier")}),
    (SIGNED + "\nLe bureau\n• Anne Roux – présidente\n• Luc Petit – trésorier",
     {(K, "Anne Roux", "présidente"), (K, "Luc Petit", "trésorier")}),
    (SIGNED + "Pilotée par Anne Roux, présidente et infirmière libérale, elle regroupe 80 professionnels.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Elle est animée par Julie Perrin, sa coordinatrice.", {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "Nouvelle présidente de la CPTS, Anne Roux succède au Dr Paul Morel.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "La coordinatrice de la CPTS, Julie Perrin, et sa présidente, Anne Roux, ont présenté les missions.",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "Le binôme formé par Anne Roux, présidente, et Julie Perrin, coordinatrice, porte le projet.",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "Le président, Paul MOREL, a remercié les partenaires.", {(K, "Paul Morel", "président")}),
    (SIGNED + "Mme Roux, présidente de la CPTS, a remercié les partenaires.", {(K, "Roux", "présidente")}),
    (SIGNED + "À sa tête, une infirmière libérale, Anne Roux.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "La CPTS a pour présidente Anne Roux, infirmière libérale.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Anne Roux en a pris la présidence en 2022.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Julie Perrin a pris ses fonctions de coordinatrice le 1er mars.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "C'est Anne Roux, infirmière libérale, qui en est la présidente.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "La présidence de l'association a été confiée à Anne Roux, infirmière libérale.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Infirmière libérale et présidente de la CPTS, Anne Roux se réjouit.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "La CPTS est pilotée par deux co-présidents : Anne Roux et Paul Morel.",
     {(K, "Anne Roux", "co-présidente"), (K, "Paul Morel", "co-président")}),
    (SIGNED + "\nContacts\nDr Paul MOREL, Président – 06 11 22 33 44\nJulie PERRIN, Coordinatrice – "
              "coordination@cpts-valfleuri.fr",
     {(K, "Paul Morel", "président"), (K, "Julie Perrin", "coordinatrice")}),
    ("Les CPTS du Val Fleuri et Pic Bleu ont signé leur contrat. Le Dr Paul Morel, président de la CPTS du Val "
     "Fleuri, et Anne Jolivet, présidente de la CPTS Pic Bleu, ont remercié l'ARS.",
     {(K, "Paul Morel", "président"), ("pic-bleu", "Anne Jolivet", "présidente")}),
    (SIGNED_EN + "Its coordinator Julie Perrin presented the plan.", {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED_EN + "The board comprises Anne Roux (chair) and Julie Perrin (coordinator).",
     {(K, "Anne Roux", "présidente"), (K, "Julie Perrin", "coordinatrice")}),
    (SIGNED_EN + "Anne Roux, who chairs the association, welcomed the news.", {(K, "Anne Roux", "présidente")}),
    (SIGNED_EN + "It is headed by Anne Roux, a nurse.", {(K, "Anne Roux", "présidente")}),
])
def test_ways_already_read(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- near misses: officials and people of other bodies -----------------------------------------------------

@pytest.mark.parametrize("text", [
    SIGNED + "« C'est une avancée », estime Anne Jolivet, directrice de la délégation départementale de l'ARS.",
    SIGNED + "Marc Lenoir, directeur de la CPAM du Cher, a salué l'engagement des soignants.",
    "La CPTS du Val Fleuri a signé son contrat avec l'ARS, en présence de Paul Rimbert, sous-préfet, et de Marc "
    "Lenoir, maire de Bellegarde.",
    SIGNED + "Le député Paul Rimbert et la sénatrice Anne Jolivet étaient présents.",
    SIGNED + "« Les patients y gagneront », assure le Dr Anne Jolivet, médecin généraliste à Bellegarde.",
    SIGNED + "Anne Jolivet, vice-présidente du conseil départemental chargée de la santé, a salué l'initiative.",
    SIGNED + "Le directeur général de l'ARS, Marc Lenoir, a signé pour l'agence ; la directrice de la CPAM, Anne "
             "Jolivet, pour l'Assurance maladie.",
    SIGNED + "Pour la préfète Anne Jolivet, « c'est un modèle ».",
    SIGNED + "Le maire, Marc Lenoir, a mis une salle à disposition.",
    SIGNED + "Le Dr Marc Lenoir, président du conseil de l'ordre des médecins, a pris la parole.",
    SIGNED + "Paul Rimbert, président de la communauté de communes, a salué l'initiative.",
    SIGNED + "Anne Jolivet, coordinatrice du dispositif d'appui à la coordination (DAC), a salué l'initiative.",
    SIGNED + "Anne Jolivet, directrice du GHT, a salué l'initiative.",
    SIGNED + "Anne Jolivet, directrice de l'Ehpad Les Tilleuls, a salué l'initiative.",
    SIGNED + "Anne Jolivet, coordinatrice de la maison de santé de Bellegarde, a salué l'initiative.",
    SIGNED + "Anne Jolivet, directrice départementale de la MSA, a salué l'initiative.",
    "The CPTS du Val Fleuri signed its agreement. \"It is a milestone,\" said Marc Lenoir, director general of the "
    "regional health agency.",
])
def test_officials_of_other_bodies(record_of, text):
    assert _people(record_of(text)) == set()


def test_the_president_of_a_neighbouring_cpts_is_that_one_s(record_of):
    text = SIGNED + "Anne Jolivet, présidente de la CPTS Pic Bleu voisine, a partagé son expérience."
    assert _people(record_of(text)) == {("pic-bleu", "Anne Jolivet", "présidente")}


# --- a profession standing for the person named before -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "« C'est une étape », confie Paul Morel. Ce kinésithérapeute de Bellegarde préside la CPTS depuis 2021.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "« C'est une étape », confie Anne Roux. Cette infirmière de Bellegarde préside la CPTS depuis 2021.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« C'est une étape », confie Anne Roux. L'infirmière, qui préside la CPTS depuis 2021, se réjouit.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« C'est une étape », confie Anne Roux, présidente de la toute jeune CPTS.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED_EN + "Its chairwoman, pharmacist Anne Roux, welcomed the news.", {(K, "Anne Roux", "présidente")}),
    # the profession stands for the person, the verb's body is another
    (SIGNED + "« C'est une étape », confie Anne Jolivet. Cette infirmière de Bellegarde préside l'URPS depuis 2021.",
     set()),
])
def test_a_profession_standing_for_the_person(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- roles: which CPTS the text is about ---------------------------------------------------------------------

M, S = "mentioned", "subject"


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


@pytest.mark.parametrize("text", [
    "Santé : la commune signe un contrat local de santé\nLe conseil municipal a approuvé jeudi le contrat local de "
    "santé. Ce contrat, signé pour cinq ans, prévoit des actions de prévention. La CPTS du Val Fleuri est l'un des "
    "signataires. Le maire a salué un travail collectif.",
    "Santé : la commune signe un contrat local de santé\nLe conseil municipal a approuvé jeudi le contrat local de "
    "santé, signé pour cinq ans. La CPTS du Val Fleuri fait partie des partenaires. Le maire a salué un travail "
    "collectif.",
    "Bellegarde : un nouveau cabinet médical ouvre ses portes\nLe cabinet médical de la rue des Écoles accueille "
    "depuis lundi deux médecins généralistes. Financé par la commune, il a coûté 400 000 euros. Les médecins "
    "travailleront en lien avec la CPTS du Val Fleuri. Les consultations ont lieu du lundi au vendredi.",
    "Semaine de la vaccination\nDu 24 au 30 avril, les pharmacies et les cabinets infirmiers proposent la vaccination "
    "contre la rougeole. Cette campagne est relayée localement par la CPTS du Val Fleuri. Plus de 2 000 doses sont "
    "disponibles.",
])
def test_one_of_the_many_taking_part_in_something_else_is_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri est née\nLa CPTS du Val Fleuri a signé son contrat le 3 mai. Elle réunit 80 professionnels. "
    "Elle est l'une des premières du département.",
    "Bellegarde. La CPTS du Val Fleuri est l'une des premières du département à signer son accord conventionnel. Elle "
    "réunit 80 professionnels.",
])
def test_one_of_the_first_cpts_stays_the_subject(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": S}


def test_a_model_fronted_before_the_list_of_new_cpts(record_of):
    text = ("Trois nouvelles CPTS dans le Cher\nAprès la CPTS Mont Clair en 2020, trois nouvelles CPTS ont signé leur "
            "accord cette année : la CPTS du Val Fleuri, la CPTS Pic Bleu et la CPTS Lac Vert. La CPTS du Val Fleuri "
            "réunit 80 professionnels.")
    assert _roles(record_of(text)) == {"val-fleuri": S, "pic-bleu": S, "lac-vert": S, "mont-clair": M}


@pytest.mark.parametrize("text, expected", [
    ("Quatre nouvelles CPTS signent leur accord\nQuatre communautés professionnelles territoriales de santé ont signé "
     "leur accord conventionnel interprofessionnel avec l'ARS et la CPAM.\nCPTS du Val Fleuri\nPrésidée par Anne Roux, "
     "elle regroupe 80 professionnels sur 20 communes.\nCPTS Pic Bleu\nElle couvre 30 000 habitants.\nCPTS Lac Vert\n"
     "Elle réunit 45 professionnels de santé.\n",
     {"val-fleuri": S, "pic-bleu": S, "lac-vert": S}),
    ("La CPAM et l'ARS ont officialisé le 12 juin la naissance de quatre CPTS : Val Fleuri, Pic Bleu, Lac Vert et Mont "
     "Clair. La CPTS du Val Fleuri regroupe 80 professionnels.",
     {"val-fleuri": S, "pic-bleu": S, "lac-vert": S, "mont-clair": S}),
    ("La CPTS du Val Fleuri a signé son accord conventionnel le 3 mai. À l'image de la CPTS Pic Bleu, elle mettra en "
     "place un service d'accès aux soins.", {"val-fleuri": S, "pic-bleu": M}),
    ("La CPTS du Val Fleuri a signé son accord conventionnel le 3 mai. Elle réunit 80 professionnels. Anne Jolivet, "
     "présidente de la CPTS Pic Bleu, était présente.", {"val-fleuri": S, "pic-bleu": M}),
    ("The Val Fleuri CPTS signed its agreement on 3 May. Like the Pic Bleu CPTS, it will run an unscheduled care "
     "service. It gathers 80 professionals.", {"val-fleuri": S, "pic-bleu": M}),
])
def test_subjects_and_the_cpts_beside_them(record_of, text, expected):
    assert _roles(record_of(text)) == expected


# --- boards set out as lists and labels --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "\nLE BUREAU\nPrésident\nDr Paul Morel, médecin généraliste\nVice-présidente\nAnne Roux, infirmière\n"
              "L'ÉQUIPE\nCoordinatrice\nJulie Perrin",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente"), (K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "\n- Paul Morel, médecin généraliste : président\n- Anne Roux, infirmière : vice-présidente",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente")}),
    (SIGNED + "\nBureau : Présidente : Anne Roux – Vice-président : Paul Morel – Trésorière : Claire Dubois – "
              "Secrétaire : Luc Petit",
     {(K, "Anne Roux", "présidente"), (K, "Paul Morel", "vice-président"), (K, "Claire Dubois", "trésorière"),
      (K, "Luc Petit", "secrétaire")}),
    (SIGNED + "\nPrésident : Dr Paul Morel (médecin généraliste) / Vice-présidente : Anne Roux (infirmière)",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente")}),
    (SIGNED + "\nFonction | Nom | Profession\nPrésident | Paul Morel | Médecin\nVice-présidente | Anne Roux | Infirmière",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente")}),
    (SIGNED + "Le bureau élu se compose ainsi : président, Paul Morel ; vice-présidente, Anne Roux.",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente")}),
    (SIGNED + "L'assemblée générale a élu Paul Morel président, Anne Roux vice-présidente et Claire Dubois trésorière.",
     {(K, "Paul Morel", "président"), (K, "Anne Roux", "vice-présidente"), (K, "Claire Dubois", "trésorière")}),
    ("Notre équipe\n\nLe bureau de la CPTS du Val Fleuri\n\nAnne ROUX\nPrésidente\nInfirmière libérale\n\nLuc PETIT\n"
     "Trésorier\nPharmacien",
     {(K, "Anne Roux", "présidente"), (K, "Luc Petit", "trésorier")}),
])
def test_boards_set_out_as_lists(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- the offices of other bodies' staff, with a field after the office ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Jolivet, chargée de mission santé à la communauté de communes, a salué l'initiative.", set()),
    (SIGNED + "Anne Roux, chargée de mission santé de la CPTS, présente les actions.",
     {(K, "Anne Roux", "chargée de mission")}),
    (SIGNED + "Anne Roux, coordinatrice santé de la CPTS du Val Fleuri, présente les actions.",
     {(K, "Anne Roux", "coordinatrice")}),
])
def test_an_office_with_its_field(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_a_title_on_caregivers_organising_into_a_cpts(record_of):
    text = ("Rocheval. Les soignants s'organisent en CPTS\n\nIls sont médecins, infirmiers, pharmaciens ou "
            "kinésithérapeutes. Depuis jeudi, ils sont réunis au sein de la CPTS du Val Fleuri. « On travaillait déjà "
            "ensemble, mais de façon informelle », sourit le Dr Paul Morel, élu président. Le sous-préfet Paul Rimbert "
            "a salué « une démarche exemplaire ».")
    record = record_of(text)
    assert _roles(record) == {K: S}
    assert _people(record) == {(K, "Paul Morel", "président")}


# --- a quote's speaker in brackets, or taken up after it ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "« C'est une étape » (Anne Roux, présidente de la CPTS).", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« C'est une étape », se réjouit Anne Roux. Et la présidente de la CPTS d'ajouter : « Nous allons "
              "recruter. »", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« C'est une étape », nous explique Anne Roux, présidente de la CPTS.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« C'est une étape » souligne Anne Roux, présidente de la CPTS.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Anne Roux, présidente de la CPTS : « C'est une étape. »", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Pour le docteur Paul Morel, qui en assure la présidence, « c'est une étape ».",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "« C'est une étape », indique à nos confrères Anne Roux, présidente de la CPTS.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "\n« C'est une étape »\nAnne Roux, présidente", {(K, "Anne Roux", "présidente")}),
    # another body's officer in brackets
    (SIGNED + "« C'est une étape » (Anne Jolivet, directrice de l'ARS).", set()),
])
def test_a_quote_s_speaker(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- a verb of office on "la structure", or on "la" with no other body named before ----------------------------

LONG = ("La CPTS du Val Fleuri a signé son contrat avec l'ARS. Elle réunit 80 professionnels de santé, médecins, "
        "infirmiers, pharmaciens, kinésithérapeutes, sages-femmes et orthophonistes, sur un territoire de vingt "
        "communes.\n")


@pytest.mark.parametrize("text, expected", [
    (LONG + "Paul Morel, qui préside la structure, se réjouit.", {(K, "Paul Morel", "président")}),
    (LONG + "Paul Morel préside la structure depuis 2021.", {(K, "Paul Morel", "président")}),
    (LONG + "« Ce contrat va nous permettre de financer nos actions », explique Paul Morel, qui la préside.",
     {(K, "Paul Morel", "président")}),
    (LONG + "« Ce contrat va nous permettre de financer nos actions », expliquent Anne Roux et Paul Morel, "
            "co-présidents.", {(K, "Anne Roux", "co-présidente"), (K, "Paul Morel", "co-président")}),
    # "la" stands for another body named before
    (SIGNED + "La commission santé de la ville se réunit chaque mois. Paul Rimbert, qui la préside, a salué l'accord.",
     set()),
    (SIGNED + "Elle réunit 80 professionnels. La maison de santé de Bellegarde a ouvert en mai. Paul Rimbert, qui la "
              "dirige, a salué l'accord.", set()),
    (SIGNED + "Le Dr Marc Lenoir, qui préside la structure hospitalière, a salué l'accord.", set()),
])
def test_a_verb_of_office_on_the_structure(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- a list of new CPTS announced by a count and a colon ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Signature des accords conventionnels\nLe 3 mai, à la préfecture, quatre CPTS ont signé leur accord : CPTS du Val "
     "Fleuri, CPTS Pic Bleu, CPTS Lac Vert et CPTS Mont Clair. La CPTS du Val Fleuri, présidée par Anne Roux, est la "
     "plus ancienne. La CPTS du Val Fleuri réunit 80 professionnels.",
     {K: S, "pic-bleu": S, "lac-vert": S, "mont-clair": S}),
    ("Nouvelles CPTS : le point en région\nDepuis janvier, quatre communautés ont signé leur accord conventionnel "
     "interprofessionnel : la CPTS du Val Fleuri, dans le Cher ; la CPTS Pic Bleu, dans l'Indre ; la CPTS Lac Vert, "
     "dans le Loiret ; la CPTS Mont Clair, en Eure-et-Loir.\nFocus sur la CPTS du Val Fleuri. Présidée par Anne Roux, "
     "la CPTS du Val Fleuri réunit 80 professionnels.",
     {K: S, "pic-bleu": S, "lac-vert": S, "mont-clair": S}),
    # forerunners, CPTS to come, an inventory: no event of theirs in the text's news
    ("La CPTS du Val Fleuri signe son accord\nLa CPTS du Val Fleuri a signé son accord conventionnel le 3 mai. Dans le "
     "département, deux CPTS avaient déjà signé leur accord : la CPTS Pic Bleu et la CPTS Lac Vert. La CPTS du Val "
     "Fleuri réunit 80 professionnels.", {K: S, "pic-bleu": M, "lac-vert": M}),
    ("La CPTS du Val Fleuri signe son accord\nLa CPTS du Val Fleuri a signé son accord conventionnel le 3 mai. Deux "
     "autres CPTS sont en projet : la CPTS Pic Bleu et la CPTS Lac Vert. La CPTS du Val Fleuri réunit 80 "
     "professionnels.", {K: S, "pic-bleu": M, "lac-vert": M}),
    ("La CPTS du Val Fleuri signe son accord\nLa CPTS du Val Fleuri a signé son accord conventionnel le 3 mai. Le Cher "
     "compte désormais trois CPTS : la CPTS du Val Fleuri, la CPTS Pic Bleu et la CPTS Lac Vert. La CPTS du Val "
     "Fleuri réunit 80 professionnels.", {K: S, "pic-bleu": M, "lac-vert": M}),
])
def test_a_list_announced_by_a_count(record_of, text, expected):
    assert _roles(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Accès aux soins dans le Cher\nL'ARS et la CPAM poursuivent le déploiement des CPTS. Quatre CPTS ont signé leur "
     "accord conventionnel interprofessionnel en 2024 :\n- CPTS du Val Fleuri\n- CPTS Pic Bleu\n- CPTS Lac Vert\n"
     "- CPTS Mont Clair\nElles couvrent 60 % de la population du département.",
     {K: S, "pic-bleu": S, "lac-vert": S, "mont-clair": S}),
    ("Accès aux soins dans le Cher\nEn 2024, trois nouvelles CPTS ont signé leur accord conventionnel "
     "interprofessionnel :\n• la CPTS du Val Fleuri ;\n• la CPTS Pic Bleu ;\n• la CPTS Lac Vert.\nElles rejoignent la "
     "CPTS Mont Clair, créée en 2020.",
     {K: S, "pic-bleu": S, "lac-vert": S, "mont-clair": M}),
    # an inventory tells no event
    ("Accès aux soins dans le Cher\nLe département compte trois CPTS :\n- CPTS du Val Fleuri\n- CPTS Pic Bleu\n"
     "- CPTS Lac Vert\nElles couvrent 60 % de la population.",
     {K: M, "pic-bleu": M, "lac-vert": M}),
])
def test_cpts_listed_under_their_event_in_a_text_on_something_else(record_of, text, expected):
    assert _roles(record_of(text)) == expected


# --- an interview: the question gives the interviewee the office ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Entretien avec Anne Roux.\nVous êtes présidente de la CPTS depuis 2020. Qu'est-ce qui a changé ?\n"
              "Beaucoup de choses.", {(K, "Anne Roux", "présidente")}),
    ("The Val Fleuri CPTS signed its agreement. An interview with Paul Morel, a former bank manager.\nYou are a civil "
     "coordinator, one of the few in the region's CPTS. Why?\nIt was a decision of the board.",
     {(K, "Paul Morel", "coordinateur")}),
    (SIGNED + "\nTrois questions à Julie Perrin\nVous êtes la coordinatrice de la CPTS. Quel est votre rôle ?\nJe fais "
              "le lien entre les professionnels.", {(K, "Julie Perrin", "coordinatrice")}),
    # another body's office; no interview
    (SIGNED + "Entretien avec Anne Jolivet.\nVous êtes directrice de l'ARS depuis 2020. Que pensez-vous des CPTS ?",
     set()),
    (SIGNED + "Vous êtes présidente de la CPTS ? Écrivez-nous.", set()),
])
def test_an_interview(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, vice-présidente en charge de la communication, présente le site internet.",
     {(K, "Anne Roux", "vice-présidente")}),
    (SIGNED + "\nVice-présidente en charge de la prévention : Anne Roux", {(K, "Anne Roux", "vice-présidente")}),
    # a council's portfolio, or one whose body is named
    (SIGNED + "Anne Jolivet, vice-présidente chargée de la santé, salue l'accord.", set()),
    (SIGNED + "Anne Jolivet, vice-présidente en charge de la prévention au conseil départemental, salue l'accord.",
     set()),
    (SIGNED + "Anne Jolivet, vice-présidente en charge de la communication de la Région, salue l'accord.", set()),
])
def test_an_office_with_a_portfolio(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- CPTS in general, or an institution, beside an office --------------------------------------------------------

@pytest.mark.parametrize("text", [
    SIGNED + "La fédération régionale des CPTS, présidée par Paul Rimbert, a salué l'accord.",
    SIGNED + "Paul Rimbert, référent CPTS de l'Assurance maladie, a salué l'accord.",
    SIGNED + "Paul Rimbert, chargé de mission CPTS à la CPAM, a salué l'accord.",
    SIGNED + "Paul Rimbert, président de la fédération des CPTS, a salué l'accord.",
    SIGNED + "Paul Rimbert, coordinateur régional des CPTS à l'ARS, a salué l'accord.",
    SIGNED + "Les présidents de CPTS de la région se réunissent chaque trimestre. Paul Rimbert, qui anime ces "
             "rencontres, se réjouit.",
    "La CPTS du Val Fleuri a signé son contrat avec l'ARS, en présence de quatre professionnelles engagées : le Dr "
    "Anne Roux, médecin, Claire Dubois, infirmière libérale, Julie Martin, orthophoniste, et Sophie Blanc, "
    "diététicienne.",
])
def test_cpts_in_general_or_an_institution_beside_an_office(record_of, text):
    record = record_of(text)
    assert _people(record) == set()
    assert {c["key"] for c in record["cpts"]} == {K}


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Mlle Roux, coordinatrice de la CPTS, se réjouit.", {(K, "Roux", "coordinatrice")}),
    (SIGNED + "Mlle Dominique Roux, coordinatrice de la CPTS, se réjouit.",
     {(K, "Dominique Roux", "coordinatrice")}),
    (SIGNED + "Le Prof. Paul Morel, président de la CPTS, se réjouit.", {(K, "Paul Morel", "président")}),
    (SIGNED + "Elle est coordonnée par Mlle Camille Roux.", {(K, "Camille Roux", "coordinatrice")}),
])
def test_more_titles(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Val Fleuri CPTS signed its agreement. \"We are ready,\" said Anne Roux, head of the CPTS.",
     {(K, "Anne Roux", "présidente")}),
    ("The Val Fleuri CPTS signed its agreement. \"We are ready,\" said Dr Paul Morel, the CPTS head.",
     {(K, "Paul Morel", "président")}),
    ("The Val Fleuri CPTS signed its agreement. \"We are ready,\" said Dr Anne Roux, leader of the CPTS.",
     {(K, "Anne Roux", "présidente")}),
    # the head of another body
    ("The Val Fleuri CPTS signed its agreement. \"We are ready,\" said Marc Lenoir, head of the regional health "
     "agency.", set()),
    ("The Val Fleuri CPTS signed its agreement. Marc Lenoir, head of primary care at the agency, welcomed it.", set()),
])
def test_the_head_of_the_cpts(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux a succédé au Dr Paul Morel à la tête de la CPTS en 2023.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Anne Roux remplace Paul Morel à la tête de la CPTS.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Anne Roux a succédé au Dr Paul Morel à la présidence de la CPTS.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Anne Roux, qui a pris la présidence de la CPTS en 2022, se réjouit.", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Julie Perrin, coordinatrice depuis le mois de mars, se réjouit.", {(K, "Julie Perrin", "coordinatrice")}),
])
def test_a_successor(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- the CPTS's officer among other bodies' people, and the CPTS's name written in other ways ------------------

@pytest.mark.parametrize("text", [
    SIGNED + "Paul Morel, président de la CPTS, et Anne Jolivet, médecin généraliste, ont présenté le projet.",
    SIGNED + "Paul Morel et Anne Jolivet, respectivement président de la CPTS et présidente de l'URPS, ont signé.",
    SIGNED + "Étaient présents : Paul Morel, président de la CPTS ; Anne Jolivet, directrice de la CPAM ; Marc Lenoir, "
             "maire de Bellegarde.",
    SIGNED + "\nSur la photo, de gauche à droite : Marc Lenoir (maire), Paul Morel (président de la CPTS), Anne Jolivet "
             "(ARS).",
    SIGNED + "Le président de la CPTS, Paul Morel, entouré d'Anne Jolivet, déléguée de l'ARS, et de Marc Lenoir, maire, "
             "a signé.",
    "Signature d'un accord pour l'accès aux soins. Paul Morel, président de la Communauté Professionnelle "
    "Territoriale de Santé du Val Fleuri, se réjouit.",
    "Signature d'un accord pour l'accès aux soins. Paul Morel, président de la CPTS « Val Fleuri », se réjouit.",
    "Signature d'un accord pour l'accès aux soins. Paul Morel, président de la C.P.T.S. du Val Fleuri, se réjouit.",
    "Signature d'un accord pour l'accès aux soins. Paul Morel, président de la communauté professionnelle "
    "territoriale de santé (CPTS) du Val Fleuri, se réjouit.",
])
def test_the_cpts_s_officer_among_others(record_of, text):
    assert _people(record_of(text)) == {(K, "Paul Morel", "président")}


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, engagée au sein de la CPTS depuis sa création, se réjouit.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Anne Roux s'est investie au sein de la CPTS dès 2020.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Anne Roux, membre active de la CPTS, se réjouit.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Anne Roux, qui siège au bureau de la CPTS, se réjouit.", {(K, "Anne Roux", "membre du bureau")}),
    (SIGNED + "Membre de la CPTS, Anne Roux se réjouit.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Anne Jolivet, engagée au sein de l'URPS, se réjouit.", set()),
])
def test_members(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, chargée de coordination de la CPTS, se réjouit.",
     {(K, "Anne Roux", "chargée de coordination")}),
    (SIGNED + "Anne Roux, infirmière coordinatrice de la CPTS, se réjouit.", {(K, "Anne Roux", "coordinatrice")}),
    (SIGNED + "Anne Roux, directrice-coordinatrice de la CPTS, se réjouit.",
     {(K, "Anne Roux", "directrice-coordinatrice")}),
    (SIGNED + "Anne Jolivet, chargée de coordination du contrat local de santé, se réjouit.", set()),
])
def test_coordination_offices(record_of, text, expected):
    assert _people(record_of(text)) == expected
