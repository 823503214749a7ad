"""The departments of each CPTS, in the ways releases, the regional press and CPTS pages place a community: a
department's name after a preposition or in brackets, a number in brackets after a town, an institution of the
department, linked communes and intercommunalities, two departments, several CPTS each with its own, overseas
and Corsica; and the departments that say nothing of where a CPTS lies (a comparison, where a person or a
patient comes from, the regional agency's seat). Invented texts only."""
from __future__ import annotations

import pytest


def _departments(record: dict) -> dict[str, list[str]]:
    return {c["key"]: c["departments"] for c in record["cpts"]}


# --- one CPTS, its department written as a name, a number or an institution's -----------------------------

@pytest.mark.parametrize("text, code", [
    ("La CPTS du Val Fleuri, en Côte-d'Or, a signé son accord conventionnel interprofessionnel le 3 mai 2024. "
     "Elle réunit 80 professionnels de santé.\n", "21"),
    ("Implantée dans le Var, la CPTS du Val Fleuri a été créée en 2021. Elle regroupe 120 professionnels.\n", "83"),
    ("Les professionnels de santé du Finistère nord se sont constitués en CPTS. La CPTS du Val Fleuri a signé son "
     "ACI le 12 juin.\n", "29"),
    ("Isère : la CPTS du Val Fleuri signe son contrat avec l'Assurance maladie\nLa CPTS du Val Fleuri a signé le "
     "4 avril son accord conventionnel. Elle rassemble 95 professionnels.\n", "38"),
    ("La CPTS du Val Fleuri, basée à Autun (71), a été officiellement lancée le 2 février. Elle compte 60 "
     "adhérents.\n", "71"),
    ("Dijon (21) – La CPTS du Val Fleuri a signé son ACI le 3 mai.\n", "21"),
    ("Côte-d'Or. La CPTS du Val Fleuri a signé son ACI le 3 mai.\n", "21"),
    ("Une nouvelle CPTS voit le jour en Côte-d'Or. Baptisée CPTS du Val Fleuri, elle réunit 80 professionnels.\n",
     "21"),
    ("Le territoire de la CPTS du Val Fleuri se situe au nord de la Côte-d'Or.\n", "21"),
    ("La CPTS du Val Fleuri couvre une partie du département de la Côte-d'Or.\n", "21"),
    ("The Val Fleuri CPTS, in Saône-et-Loire, signed its agreement on 3 May. It brings together 80 health "
     "professionals.\n", "71"),
    ("The Val Fleuri CPTS covers 25 municipalities in the Saône-et-Loire department.\n", "71"),
])
def test_a_department_written_where_the_cpts_lies(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


@pytest.mark.parametrize("text, code", [
    # the funders and the State of the department sign with a CPTS that names no department of its own
    ("La CPAM de la Loire et l'ARS ont signé jeudi l'accord conventionnel interprofessionnel avec la CPTS du Val "
     "Fleuri. La CPTS regroupe 70 professionnels.\n", "42"),
    ("La délégation départementale de l'Ain de l'ARS Auvergne-Rhône-Alpes a validé le projet de santé de la CPTS "
     "du Val Fleuri. Créée en 2022, la CPTS compte 50 membres.\n", "01"),
    ("Avec le soutien du conseil départemental du Gers, la CPTS du Val Fleuri a inauguré ses locaux le 5 mars. "
     "Elle compte 40 professionnels.\n", "32"),
    ("La préfète de l'Aube a assisté à la signature du contrat de la CPTS du Val Fleuri, le 6 juin. La CPTS "
     "réunit 55 professionnels.\n", "10"),
    # the department's own institution named beside the department where the CPTS lies
    ("La CPTS du Val Fleuri, en Saône-et-Loire, a signé son ACI le 3 mai. La CPAM de Saône-et-Loire finance ses "
     "missions.\n", "71"),
])
def test_a_department_s_institution_tells_the_department_of_a_cpts_that_names_none(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


@pytest.mark.parametrize("text, code", [
    ("La CPTS du Val Fleuri couvre 25 communes autour d'Autun. Elle a signé son ACI le 3 mai.\n", "71"),
    ("La CPTS du Val Fleuri couvre le territoire de la communauté de communes du Grand Autunois Morvan. Elle a "
     "signé son ACI le 3 mai.\n", "71"),
    ("Chalon-sur-Saône, le 3 mai 2024. La CPTS du Val Fleuri a signé son ACI avec la CPAM et l'ARS. Elle réunit "
     "80 professionnels.\n", "71"),
])
def test_the_department_of_the_cpts_s_places(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


# --- two departments ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, codes", [
    ("La CPTS du Val Fleuri, à cheval sur la Saône-et-Loire et la Nièvre, a été créée en 2021.\n", ["58", "71"]),
    ("Son territoire s'étend sur deux départements, l'Ain et le Jura. La CPTS du Val Fleuri a signé son ACI le "
     "3 mai.\n", ["01", "39"]),
    ("La CPTS du Val Fleuri regroupe des professionnels de l'Yonne et de la Nièvre. Elle a signé son ACI le 3 "
     "mai.\n", ["58", "89"]),
    ("La CPTS du Val Fleuri, interdépartementale, couvre 40 communes, dont 12 dans le Jura et 28 dans l'Ain.\n",
     ["01", "39"]),
])
def test_a_cpts_over_two_departments(record_of, text, codes):
    assert _departments(record_of(text)) == {"val-fleuri": codes}


# --- several CPTS, each with its own department -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'ARS Auvergne-Rhône-Alpes annonce la signature de deux nouveaux accords : la CPTS Pic Bleu (Ain) et la CPTS "
    "Lac Vert (Savoie) ont signé leur ACI le 3 mai.\n",
    "Deux nouvelles CPTS signent leur accord. Dans l'Ain, la CPTS Pic Bleu a signé le 3 mai ; en Savoie, la CPTS "
    "Lac Vert a signé le 5 mai.\n",
    "Nouvelles CPTS dans la région\n- CPTS Pic Bleu (01) : signature de l'ACI le 3 mai\n- CPTS Lac Vert (73) : "
    "signature de l'ACI le 5 mai\n",
    "Ain\nLa CPTS Pic Bleu a signé son ACI le 3 mai. Elle réunit 80 professionnels.\nSavoie\nLa CPTS Lac Vert a "
    "signé son ACI le 5 mai. Elle réunit 60 professionnels.\n",
    "La CPTS Pic Bleu regroupe 80 professionnels de l'Ain. La CPTS Lac Vert rassemble 60 professionnels de "
    "Savoie. Toutes deux ont signé leur ACI le 3 mai.\n",
])
def test_each_cpts_of_a_regional_release_gets_its_own_department(record_of, text):
    assert _departments(record_of(text)) == {"pic-bleu": ["01"], "lac-vert": ["73"]}


@pytest.mark.parametrize("text", [
    "Trois CPTS ont signé leur accord conventionnel interprofessionnel le 3 mai en Bourgogne-Franche-Comté : la "
    "CPTS du Val Fleuri en Côte-d'Or, la CPTS Pic Bleu en Saône-et-Loire et la CPTS Lac Vert dans la Nièvre.\n",
    "Trois CPTS ont signé leur ACI le 3 mai : la CPTS du Val Fleuri, située en Côte-d'Or, la CPTS Pic Bleu, "
    "basée en Saône-et-Loire, et la CPTS Lac Vert, implantée dans la Nièvre.\n",
])
def test_each_cpts_of_a_list_gets_the_department_written_after_it(record_of, text):
    assert _departments(record_of(text)) == {"val-fleuri": ["21"], "pic-bleu": ["71"], "lac-vert": ["58"]}


def test_one_department_for_two_cpts_named_together(record_of):
    text = ("La Côte-d'Or compte deux nouvelles CPTS : la CPTS du Val Fleuri et la CPTS Pic Bleu ont signé leur ACI "
            "le 3 mai.\n")
    assert _departments(record_of(text)) == {"val-fleuri": ["21"], "pic-bleu": ["21"]}


def test_a_model_cpts_placed_in_its_own_department(record_of):
    text = ("La CPTS du Val Fleuri, en Côte-d'Or, a signé son ACI le 3 mai. Elle s'inspire de la CPTS Pic Bleu, dans "
            "le Jura, créée en 2019.\n")
    assert _departments(record_of(text)) == {"val-fleuri": ["21"], "pic-bleu": ["39"]}


def test_a_neighbour_cpts_placed_nowhere_gets_no_department(record_of):
    text = ("La CPTS du Val Fleuri, en Côte-d'Or, a signé son ACI le 3 mai. Elle travaillera avec la CPTS Pic Bleu, "
            "sa voisine, sur les soins non programmés.\n")
    assert _departments(record_of(text)) == {"val-fleuri": ["21"], "pic-bleu": []}


# --- departments that do not tell where the CPTS lies -------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    # a comparison
    ("La CPTS du Val Fleuri, en Côte-d'Or, a signé son ACI le 3 mai. Comme dans le Jura, les CPTS de la région "
     "se multiplient.\n", "21"),
    ("La CPTS du Val Fleuri, en Côte-d'Or, couvre 30 000 habitants, soit davantage que la moyenne du Jura.\n", "21"),
    ("La CPTS du Val Fleuri, qui couvre 25 communes autour d'Autun, a signé son ACI le 3 mai. Comme dans la "
     "Nièvre, la démographie médicale y est fragile.\n", "71"),
    ("La CPTS du Val Fleuri, installée à Autun, a signé son ACI le 3 mai. La densité médicale y est plus faible "
     "que dans la Nièvre.\n", "71"),
    ("La CPTS du Val Fleuri, installée à Autun, a signé son ACI le 3 mai. Ses médecins sont moins nombreux "
     "qu'en Côte-d'Or.\n", "71"),
    # where a person or a patient comes from
    ("La CPTS du Val Fleuri, en Côte-d'Or, a signé son ACI le 3 mai. Sa présidente, le Dr Anne Roux, médecin "
     "généraliste originaire du Doubs, a salué ce travail.\n", "21"),
    ("La CPTS du Val Fleuri, à Autun, a signé son ACI le 3 mai. Des patients venus de Côte-d'Or consultent aussi "
     "dans ses cabinets.\n", "71"),
    # the agency's seat, the minister's town
    ("La CPTS du Val Fleuri a signé son ACI le 3 mai avec l'ARS, dont le siège est à Lyon, et la CPAM de "
     "Côte-d'Or.\n", "21"),
    ("La CPTS du Val Fleuri, dans le Morbihan, a signé son ACI le 3 mai avec l'ARS Bretagne, basée à Rennes.\n",
     "56"),
    ("Rennes, le 3 mai 2024 – L'ARS Bretagne et la CPAM des Côtes-d'Armor ont signé l'accord conventionnel de la "
     "CPTS du Val Fleuri.\n", "22"),
])
def test_a_department_compared_or_of_elsewhere_is_not_the_cpts_s(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a signé son ACI le 3 mai. Le taux de médecins y est inférieur à celui du Jura.\n",
    "La CPTS du Val Fleuri a signé son ACI le 3 mai. Sa coordinatrice, originaire du Finistère, a été recrutée en "
    "janvier.\n",
    "La CPTS du Val Fleuri a signé son ACI le 3 mai. Elle compte plus de pharmaciens qu'en Haute-Marne.\n",
])
def test_a_department_only_compared_gives_the_cpts_none(record_of, text):
    assert _departments(record_of(text)) == {"val-fleuri": []}


# --- overseas and Corsica -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("La CPTS du Val Fleuri, en Guadeloupe, a signé son accord le 3 mai. Elle réunit 80 professionnels.\n", "971"),
    ("En Martinique, la CPTS du Val Fleuri vient de voir le jour.\n", "972"),
    ("La CPTS du Val Fleuri, en Guyane française, a signé son accord le 3 mai.\n", "973"),
    ("À La Réunion, la CPTS du Val Fleuri a été créée en 2022. Elle couvre les communes du sud de l'île.\n", "974"),
    ("La CPTS du Val Fleuri, sur l'île de La Réunion, a signé son accord le 3 mai.\n", "974"),
    ("Saint-Paul (974) – La CPTS du Val Fleuri a signé son accord le 3 mai.\n", "974"),
    ("Mayotte : la CPTS du Val Fleuri signe son ACI\nLa CPTS du Val Fleuri a signé le 3 mai son accord "
     "conventionnel.\n", "976"),
    ("La CPTS du Val Fleuri couvre Pointe-à-Pitre, Les Abymes et Baie-Mahault. Elle a signé son accord le 3 "
     "mai.\n", "971"),
    ("La CPTS du Val Fleuri, en Corse-du-Sud, a signé son accord le 3 mai.\n", "2A"),
    ("La CPTS du Val Fleuri (Corse-du-Sud) a signé son accord le 3 mai.\n", "2A"),
    ("La CPTS du Val Fleuri regroupe des professionnels de Porto-Vecchio et de Bonifacio. Elle a signé son accord "
     "le 3 mai.\n", "2A"),
    ("La CPTS du Val Fleuri regroupe les professionnels de santé de Corte (2B) et des villages alentour.\n", "2B"),
    ("En Haute-Corse, la CPTS du Val Fleuri a signé son accord le 3 mai avec l'ARS de Corse, basée à Ajaccio.\n",
     "2B"),
])
def test_overseas_and_corsican_departments(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


# --- CPTS only mentioned: placed when the sentence says where they are -------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri, en Côte-d'Or, a signé son ACI le 3 mai. Elle rejoint les CPTS Pic Bleu et Lac Vert, déjà "
    "actives dans le département.\n",
    "La CPTS du Val Fleuri est la troisième CPTS de Côte-d'Or, après la CPTS Pic Bleu et la CPTS Lac Vert. Elle a "
    "signé son ACI le 3 mai.\n",
    "Une nouvelle CPTS en Côte-d'Or\nLa CPTS du Val Fleuri a signé son accord conventionnel le 3 mai avec la CPAM "
    "et l'ARS. Elle regroupe 80 professionnels de santé sur 20 communes. Les autres CPTS du département, la CPTS Pic "
    "Bleu et la CPTS Lac Vert, avaient signé en 2022.\n",
])
def test_the_other_cpts_of_the_department(record_of, text):
    assert _departments(record_of(text)) == {"val-fleuri": ["21"], "pic-bleu": ["21"], "lac-vert": ["21"]}


@pytest.mark.parametrize("text", [
    "Le Doubs compte désormais trois CPTS : la CPTS du Val Fleuri, la CPTS Pic Bleu et la CPTS Lac Vert. Elles "
    "couvrent 90 % de la population du département.\n",
    "Dans le Doubs, trois CPTS sont en fonctionnement : la CPTS du Val Fleuri, la CPTS Pic Bleu et la CPTS Lac "
    "Vert.\n",
])
def test_the_cpts_a_department_counts(record_of, text):
    assert _departments(record_of(text)) == {"val-fleuri": ["25"], "pic-bleu": ["25"], "lac-vert": ["25"]}


@pytest.mark.parametrize("text, other", [
    ("La CPTS du Val Fleuri (Doubs) a signé son ACI le 3 mai, comme avant elle la CPTS Pic Bleu (Jura).\n", ["39"]),
    ("La CPTS du Val Fleuri, dans le Doubs, a signé son ACI le 3 mai. Elle s'est inspirée de la CPTS Pic Bleu, à "
     "Autun.\n", []),
])
def test_a_model_cpts_gets_only_its_own_department(record_of, text, other):
    assert _departments(record_of(text)) == {"val-fleuri": ["25"], "pic-bleu": other}


# --- a pays of one department, where the text names none --------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Le 24 octobre, la CPAM de l'Artois a signé l'accord conventionnel interprofessionnel de la CPTS du Val "
     "Fleuri. La CPTS réunit 80 professionnels.\n", "62"),
    ("Née en 2021, la CPTS du Val Fleuri rassemble les soignants libéraux du nord de la Balagne. Elle a signé son "
     "ACI le 6 juillet.\n", "2B"),
    ("La CPTS du Val Fleuri, au cœur du Cotentin, a signé son accord le 3 mai. Elle réunit 90 professionnels.\n",
     "50"),
    ("Au pied des Pyrénées, les soignants du Béarn se sont regroupés dans la CPTS du Val Fleuri, qui a signé son "
     "ACI le 3 mai.\n", "64"),
])
def test_a_pays_of_one_department_places_the_subject(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


@pytest.mark.parametrize("name, code", [("CPTS du Cotentin", "50"), ("CPTS Est-Béarn", "64"),
                                        ("CPTS de Balagne", "2B"), ("CPTS du Pays Basque", "64")])
def test_a_pays_of_one_department_in_the_name(record_of, name, code):
    text = f"La {name} a signé son accord conventionnel interprofessionnel le 3 mai. Elle réunit 90 professionnels.\n"
    assert list(_departments(record_of(text)).values()) == [[code]]


def test_a_pays_shared_by_departments_places_nothing(record_of):
    text = ("La CPTS du Val Fleuri, au cœur du Morvan, a signé son accord conventionnel le 3 mai. Elle réunit 90 "
            "professionnels.\n")
    assert _departments(record_of(text)) == {"val-fleuri": []}


# --- rivers, mountains and papers that bear a department's name ------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("La CPTS du Val Fleuri, dans le Puy-de-Dôme, regroupe des soignants installés sur les rives de l'Allier et en "
     "bord d'Allier. Elle couvre 20 communes.\n", "63"),
    ("La CPTS du Val Fleuri couvre la confluence de la Vienne et de la Creuse, au nord de Châtellerault. Elle a "
     "signé son ACI le 3 mai.\n", "86"),
    ("La CPTS du Val Fleuri, dans le Loiret, couvre un territoire traversé par la Loire. Elle réunit 70 "
     "professionnels.\n", "45"),
    ("La CPTS du Val Fleuri, en Gironde, couvre les communes riveraines de la Dordogne autour de Libourne.\n", "33"),
    ("La CPTS du Val Fleuri, dans le Bas-Rhin, couvre une partie du parc naturel régional des Vosges du Nord.\n",
     "67"),
    ("La CPTS du Val Fleuri, dans le Doubs, s'étend sur les plateaux du massif du Jura.\n", "25"),
    ("La CPTS du Val Fleuri, qui réunit 80 professionnels autour d'Arras, a signé son ACI le 3 mai. © La Voix du "
     "Nord\n", "62"),
    ("Arras. La CPTS du Val Fleuri a signé son ACI le 3 mai, rapporte Nord Éclair. Elle réunit 80 "
     "professionnels.\n", "62"),
])
def test_a_river_a_massif_or_a_paper_is_no_department_of_the_cpts(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


# --- a department's number closing the CPTS's name -------------------------------------------------------

@pytest.mark.parametrize("name, code", [("CPTS Sud 04", "04"), ("CPTS Val Fleuri 71", "71"), ("CPTS Ouest 2B", "2B"),
                                        ("CPTS Nord 974", "974"), ("CPTS Paris 13", "75")])
def test_a_department_number_closing_the_name(record_of, name, code):
    text = f"La {name} a signé son accord conventionnel interprofessionnel le 3 mai. Elle réunit 90 professionnels.\n"
    assert list(_departments(record_of(text)).values()) == [[code]]


def test_other_numbers_in_a_name_are_no_department(record_of):
    text = "La CPTS Lyon 3 a signé son accord conventionnel le 3 mai. Elle réunit 90 professionnels.\n"
    assert list(_departments(record_of(text)).values()) == [["69"]]


# --- the department of the sentence's subject, not of a CPTS named as its complement ---------------------

@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri, qui travaille avec la CPTS Pic Bleu, couvre le sud de l'Ain. Elle a signé son ACI le 3 "
    "mai.\n",
    "La CPTS du Val Fleuri, voisine de la CPTS Pic Bleu, regroupe 80 professionnels de l'Ain.\n",
    "Après la CPTS Pic Bleu, la CPTS du Val Fleuri couvre à son tour 20 communes de l'Ain.\n",
    "Sur le modèle de la CPTS Pic Bleu, la CPTS du Val Fleuri regroupe désormais les professionnels de l'Ain.\n",
    "Comme la CPTS Pic Bleu, la CPTS du Val Fleuri s'étend sur une partie de l'Ain.\n",
])
def test_the_department_goes_to_the_subject_not_to_its_complement(record_of, text):
    assert _departments(record_of(text)) == {"val-fleuri": ["01"], "pic-bleu": []}


def test_a_title_s_department_for_each_cpts_of_the_sections_below(record_of):
    text = ("Trois nouvelles CPTS dans la Vienne\nCPTS du Val Fleuri\nElle couvre 20 communes et 35 000 habitants.\n"
            "CPTS Pic Bleu\nElle regroupe 60 professionnels.\nCPTS Lac Vert\nElle a été créée en 2023 et réunit 45 "
            "professionnels.\n")
    assert _departments(record_of(text)) == {"val-fleuri": ["86"], "pic-bleu": ["86"], "lac-vert": ["86"]}


# --- English ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The Val Fleuri CPTS, located in Finistère in western Brittany, brings together 90 health professionals.\n",
     "29"),
    ("In Finistère, the Val Fleuri CPTS signed its interprofessional agreement on 3 May.\n", "29"),
    ("The Val Fleuri CPTS, in Finistère, covers 30,000 inhabitants, more than in neighbouring Morbihan.\n", "29"),
    ("The Val Fleuri CPTS (Var) was created in 2021 and covers 12 municipalities around Draguignan.\n", "83"),
    ("On Reunion Island, the Val Fleuri CPTS brings together 120 professionals.\n", "974"),
    ("The Val Fleuri CPTS, in French Guiana, signed its agreement on 3 May.\n", "973"),
    ("The Val Fleuri CPTS in Corse-du-Sud (southern Corsica) signed its agreement.\n", "2A"),
])
def test_english_departments(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


def test_english_two_cpts_each_in_its_department(record_of):
    text = ("Two communities signed their agreements on 3 May: the Val Fleuri CPTS in Finistère and the Pic Bleu CPTS "
            "in Morbihan.\n")
    assert _departments(record_of(text)) == {"val-fleuri": ["29"], "pic-bleu": ["56"]}


# --- the places of a text that names no department ------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("CPTS du Val Fleuri\nTerritoire : Autun, Épinac, Couches et Étang-sur-Arroux\nProfessionnels : 80\n", "71"),
    ("La CPTS du Val Fleuri rassemble des soignants d'Autun, d'Épinac et de Couches.\n", "71"),
    ("Le Creusot. La CPTS du Val Fleuri a signé son ACI le 3 mai.\n", "71"),
    ("LE CREUSOT – La CPTS du Val Fleuri a signé son ACI le 3 mai.\n", "71"),
    ("La CPTS du Val Fleuri, dans l'agglomération grenobloise, a signé son ACI le 3 mai.\n", "38"),
    ("La CPTS du Val Fleuri, qui couvre les quartiers nord de Marseille, a signé son ACI le 3 mai.\n", "13"),
    ("La CPAM de Lille-Douai a signé le 3 mai l'accord conventionnel de la CPTS du Val Fleuri.\n", "59"),
    ("La CPAM de Bayonne a signé le 3 mai l'accord conventionnel de la CPTS du Val Fleuri.\n", "64"),
    ("La CPTS du Val Fleuri regroupe 60 soignants du Valinco et du Sartenais.\n", "2A"),
    ("La CPTS du Val Fleuri couvre Saint-Joseph, Saint-Philippe et Petite-Île.\n", "974"),
    ("La CPTS du Val Fleuri couvre Mamoudzou et Koungou.\n", "976"),
])
def test_the_department_of_the_places_a_text_names(record_of, text, code):
    assert _departments(record_of(text)) == {"val-fleuri": [code]}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri, dans l'Ain, couvre 20 communes et travaille avec la MSA Ain-Rhône et la CAF du Rhône.\n",
    "La CPTS du Val Fleuri, qui couvre 20 communes de l'Ain, est soutenue par l'URPS et par le GHT du Rhône.\n",
    "La CPTS du Val Fleuri couvre 20 communes de l'Ain, où exercent des médecins formés à l'université de Savoie.\n",
])
def test_the_department_of_another_body_in_the_territory_sentence(record_of, text):
    assert _departments(record_of(text)) == {"val-fleuri": ["01"]}


@pytest.mark.parametrize("text, codes", [
    ("La CPTS du Val Fleuri, qui s'étend de l'Ain au Jura, a signé son ACI le 3 mai.\n", ["01", "39"]),
    ("La CPTS du Val Fleuri couvre des communes situées sur les départements de l'Yonne et de la Nièvre.\n",
     ["58", "89"]),
    ("Entre Ain et Jura, la CPTS du Val Fleuri réunit 80 professionnels.\n", ["01", "39"]),
    ("Territoire bi-départemental, la CPTS du Val Fleuri rassemble les soignants de l'Ain et du Jura.\n",
     ["01", "39"]),
    ("The Val Fleuri CPTS straddles Saône-et-Loire and Nièvre and brings together 80 professionals.\n",
     ["58", "71"]),
    ("Départements : Saône-et-Loire, Nièvre\nLa CPTS du Val Fleuri réunit 80 professionnels.\n", ["58", "71"]),
])
def test_two_departments_other_wordings(record_of, text, codes):
    assert _departments(record_of(text)) == {"val-fleuri": codes}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri (dép. 71) a signé son ACI le 3 mai.\n",
    "La CPTS du Val Fleuri, en Saône-et-Loire (71), a signé son ACI le 3 mai.\n",
    "Implantée en Saône et Loire, la CPTS du Val Fleuri a signé son ACI.\n",
    "La CPTS du Val Fleuri regroupe des professionnels du département de Saône-et-Loire.\n",
])
def test_a_department_written_with_its_number_or_without_hyphens(record_of, text):
    assert _departments(record_of(text)) == {"val-fleuri": ["71"]}


def test_a_department_apposed_to_two_cpts_named_together(record_of):
    text = ("Fiche d'identité\nNom : CPTS du Val Fleuri\nDépartement : Côte-d'Or\nDate de création : 2021\nLes CPTS Pic "
            "Bleu et Lac Vert, en Saône-et-Loire, sont ses voisines.\n")
    assert _departments(record_of(text)) == {"val-fleuri": ["21"], "pic-bleu": ["71"], "lac-vert": ["71"]}
