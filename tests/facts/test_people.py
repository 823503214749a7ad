"""People of a CPTS and their roles, read from short invented sentences."""
import pytest

from pipeline.run.extract import extract_ingested
from pipeline.model import Ingested


def people(text: str) -> set[tuple[str, str, str]]:
    record = extract_ingested("people.txt", text.encode("utf-8"), Ingested(raw=text, format="text"))
    found = set()
    for cpts in record["cpts"]:
        for person in cpts["people"]:
            evidence = person["evidence"]
            assert text[evidence["start"]:evidence["end"]] == evidence["quote"]
            found.add((cpts["key"], person["name"], person["role"]))
    return found


@pytest.mark.parametrize("text, expected", [
    # the role after the name, across a comma, "et" or a profession
    ("La CPTS des Coteaux Verts a signé son contrat. Paul Marchand, infirmier à Bellegarde et président "
     "de la CPTS, a remercié les élus.",
     {("coteaux-verts", "Paul Marchand", "président")}),
    ("« Nous avançons », explique le Dr Irène Vasseur, médecin généraliste et présidente de la CPTS des "
     "Coteaux Verts.",
     {("coteaux-verts", "Irène Vasseur", "présidente")}),
    ("La CPTS des Coteaux Verts recrute. « Le projet est lancé », souligne Lucie Berthon, coordinatrice CPTS.",
     {("coteaux-verts", "Lucie Berthon", "coordinatrice")}),
    ("La CPTS des Coteaux Verts est née en mai. Marc Olivier Garnier est le trésorier de la CPTS.",
     {("coteaux-verts", "Marc Olivier Garnier", "trésorier")}),
    ("La CPTS des Coteaux Verts a tenu son assemblée. Nadia Ferhat a été élue secrétaire de l'association.",
     {("coteaux-verts", "Nadia Ferhat", "secrétaire")}),
    # the role before the name
    ("La présidente de la CPTS des Coteaux Verts, le Dr Anne Lemaître, a ouvert la séance.",
     {("coteaux-verts", "Anne Lemaître", "présidente")}),
    ("La CPTS des Coteaux Verts compte 80 membres. Son président, Hugo Bernardin, rappelle les enjeux.",
     {("coteaux-verts", "Hugo Bernardin", "président")}),
    ("La CPTS des Coteaux Verts est présidée par Mme Sylvie Carrel, pharmacienne.",
     {("coteaux-verts", "Sylvie Carrel", "présidente")}),
    ("Créée en 2022, la CPTS des Coteaux Verts, que préside le Dr Yves Tanguy, couvre 12 communes.",
     {("coteaux-verts", "Yves Tanguy", "président")}),
    # two people for one role
    ("La CPTS des Coteaux Verts a pour co-présidents Denis Aubry et Claire Fontanel.",
     {("coteaux-verts", "Denis Aubry", "co-président"), ("coteaux-verts", "Claire Fontanel", "co-présidente")}),
    ("Denis Aubry et Claire Fontanel, co-présidents de la CPTS des Coteaux Verts, ont signé.",
     {("coteaux-verts", "Denis Aubry", "co-président"), ("coteaux-verts", "Claire Fontanel", "co-présidente")}),
    # board members and vice-presidents
    ("La CPTS des Coteaux Verts réunit ses membres. Julie Armand, membre du bureau de la CPTS, présente le budget.",
     {("coteaux-verts", "Julie Armand", "membre du bureau")}),
    ("La CPTS des Coteaux Verts est présidée par Luc Perrier, avec pour vice-présidente Mme Rose Gaillard.",
     {("coteaux-verts", "Luc Perrier", "président"), ("coteaux-verts", "Rose Gaillard", "vice-présidente")}),
    # names in capitals, titles left out
    ("Le docteur Jean CASTELNAU, président de la CPTS des Coteaux Verts, a pris la parole.",
     {("coteaux-verts", "Jean Castelnau", "président")}),
    # a bare role in a sentence about the CPTS
    ("La CPTS des Coteaux Verts a ouvert ses locaux. Rencontre avec Sonia Delmas, directrice.",
     {("coteaux-verts", "Sonia Delmas", "directrice")}),
    # English roles are written in French
    ("The CPTS des Coteaux Verts signed its contract. Its chairman, Dr Alan Kerbrat, thanked the partners.",
     {("coteaux-verts", "Alan Kerbrat", "président")}),
    ("The CPTS des Coteaux Verts is chaired by Dr Helen Morvan. Tom Pellerin, coordinator of the CPTS, spoke.",
     {("coteaux-verts", "Helen Morvan", "président"), ("coteaux-verts", "Tom Pellerin", "coordinateur")}),
    # a pronoun for a person named before; a project 'présidé par'; an apposition before 'en est'
    ("La CPTS des Coteaux Verts a signé. Paul Marchand exerce à Bellegarde depuis dix ans. Il est aussi "
     "président de la CPTS des Coteaux Verts.",
     {("coteaux-verts", "Paul Marchand", "président")}),
    ("La CPTS des Coteaux Verts a signé. Le projet, lancé en 2020 et présidé par le Dr Paul Marchand, "
     "aboutit.", {("coteaux-verts", "Paul Marchand", "président")}),
    ("La CPTS des Coteaux Verts a signé. Le Dr Paul Marchand, médecin généraliste, en est le président.",
     {("coteaux-verts", "Paul Marchand", "président")}),
    # the prefix as written; members and project leaders
    ("Mme Lucie Berthon, coprésidente de la CPTS des Coteaux Verts, a ouvert la séance.",
     {("coteaux-verts", "Lucie Berthon", "coprésidente")}),
    ("Engagés dans la création de la CPTS des Coteaux Verts, le Dr Paul MARCHAND, médecin, et Mme Lucie "
     "BERTHON, infirmière, témoignent.",
     {("coteaux-verts", "Paul Marchand", "membre"), ("coteaux-verts", "Lucie Berthon", "membre")}),
    ("Le Dr Paul Marchand, membre de la CPTS des Coteaux Verts, témoigne.",
     {("coteaux-verts", "Paul Marchand", "membre")}),
    ("Le Dr Paul Marchand, porteur du projet de CPTS des Coteaux Verts, témoigne.",
     {("coteaux-verts", "Paul Marchand", "porteur du projet")}),
    # a pronoun as the subject of 'présidée par'
    ("La CPTS des Coteaux Verts a signé. Présidée par le Dr Loïc Quéméner, elle regroupe 80 soignants.",
     {("coteaux-verts", "Loïc Quéméner", "président")}),
    ("La CPTS des Coteaux Verts a signé. Elle est coordonnée par Mme Anaïs Guégan.",
     {("coteaux-verts", "Anaïs Guégan", "coordinatrice")}),
])
def test_roles_of_the_cpts(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    # officials of other bodies are not the CPTS's people
    "La CPTS des Coteaux Verts a signé avec Paul Rimbert, directeur général de l'ARS, et Anne Jolivet, "
    "directrice de la CPAM.",
    "La CPTS des Coteaux Verts a été saluée par Marc Dantec, président de l'URPS, et Léa Morin, vice-présidente "
    "du conseil départemental.",
    "Au lancement de la CPTS des Coteaux Verts, le préfet Pierre Valois et Jean Aubert, maire de Bellegarde, étaient présents.",
    "La CPTS des Coteaux Verts travaille avec l'association Santé Mobile, présidée par le Dr Paul Bonnet.",
    "La CPTS des Coteaux Verts s'appuie sur Anne Roux, infirmière coordinatrice au centre de soins de Bellegarde.",
    # a place is not a person
    "La CPTS des Coteaux Verts est présidée depuis Saint-Étienne.",
])
def test_other_bodies_and_places_give_no_one(text):
    assert people(text) == set()


def test_the_role_of_a_former_board_member_says_so():
    text = "La CPTS des Coteaux Verts a fêté ses cinq ans avec Pierre Morvan, ancien membre du bureau de la CPTS."
    assert people(text) == {("coteaux-verts", "Pierre Morvan", "ancien membre du bureau")}


def test_a_mayor_with_a_cpts_role_is_kept():
    text = "Jean Aubert, maire de Bellegarde et président de la CPTS des Coteaux Verts, a signé la convention."
    assert people(text) == {("coteaux-verts", "Jean Aubert", "président")}


@pytest.mark.parametrize("text, expected", [
    ("La CPTS des Coteaux Verts avance. « Tout est prêt », indique Hélène Ravel, sa présidente.",
     {("coteaux-verts", "Hélène Ravel", "présidente")}),
    ("La CPTS des Coteaux Verts, dont le président est Paul Vidal, couvre dix communes.",
     {("coteaux-verts", "Paul Vidal", "président")}),
    ("La CPTS des Coteaux Verts a élu son bureau : Paul Vidal (président), Inès Moreau (trésorière).",
     {("coteaux-verts", "Paul Vidal", "président"), ("coteaux-verts", "Inès Moreau", "trésorière")}),
    ("Selon Paul Vidal, président de la CPTS des Coteaux Verts, le projet avance.",
     {("coteaux-verts", "Paul Vidal", "président")}),
    ("La CPTS des Coteaux Verts tient son assemblée. Paul Vidal – président fondateur de la CPTS – ouvre la séance.",
     {("coteaux-verts", "Paul Vidal", "président")}),
    ("Inès Moreau, qui préside la CPTS des Coteaux Verts, a signé le contrat.",
     {("coteaux-verts", "Inès Moreau", "présidente")}),
    ("Dr Alan Kerbrat chairs the CPTS des Coteaux Verts.",
     {("coteaux-verts", "Alan Kerbrat", "président")}),
    ("La présidence de la CPTS des Coteaux Verts est assurée par le Dr Paul Vidal.",
     {("coteaux-verts", "Paul Vidal", "président")}),
    ("En 2023, Inès Moreau a été élue à la présidence de la CPTS des Coteaux Verts.",
     {("coteaux-verts", "Inès Moreau", "présidente")}),
    ("La CPTS des Coteaux Verts remercie ses partenaires.\n\nInès Moreau\nPrésidente de la CPTS des Coteaux Verts\n",
     {("coteaux-verts", "Inès Moreau", "présidente")}),
    ("The CPTS des Coteaux Verts grows, said Tom Pellerin, the CPTS's coordinator.",
     {("coteaux-verts", "Tom Pellerin", "coordinateur")}),
    # "coordonatrice", a common spelling of "coordinatrice"; mediators in health are CPTS staff
    ("La CPTS des Coteaux Verts recrute. Écrire à Inès Moreau, Coordonatrice de la CPTS, avant le 3 mai.",
     {("coteaux-verts", "Inès Moreau", "coordinatrice")}),
    ("La CPTS des Coteaux Verts étend la médiation en santé. Une deuxième médiatrice, Inès Moreau, a été "
     "recrutée pour le nord du territoire.",
     {("coteaux-verts", "Inès Moreau", "médiatrice")}),
])
def test_more_wordings(text, expected):
    assert people(text) == expected


def test_the_possessive_of_another_body_gives_no_one():
    text = "La CPTS des Coteaux Verts a reçu l'URPS et son président, Marc Dantec, pour un débat."
    assert people(text) == set()


def test_a_possessive_role_is_the_cpts_of_the_previous_sentence():
    text = "La CPTS des Coteaux Verts ouvre ses portes. Sa coordinatrice, Lucie Berthon, a été recrutée en mai."
    record = extract_ingested("people.txt", text.encode("utf-8"), Ingested(raw=text, format="text"))
    [person] = record["cpts"][0]["people"]
    assert (person["name"], person["role"]) == ("Lucie Berthon", "coordinatrice")
    assert person["evidence"]["confidence"] >= 0.9


def test_a_participle_before_its_cpts():
    text = "Présidée par le Dr Yves Tanguy, la CPTS des Coteaux Verts a signé son contrat."
    assert people(text) == {("coteaux-verts", "Yves Tanguy", "président")}


@pytest.mark.parametrize("text", [
    "La CPTS des Coteaux Verts a reçu Paul Rimbert, président de l'association des maires du canton.",
    "The CPTS des Coteaux Verts met the hospital's director, Paul Rimbert, on Monday.",
    "La CPTS des Coteaux Verts et Jean Aubert, président du conseil départemental, ont signé.",
])
def test_roles_in_other_bodies_give_no_one(text):
    assert people(text) == set()


def test_a_workplace_named_between_the_name_and_the_role():
    text = ("La CPTS des Coteaux Verts grandit. Anne Roux, médecin au centre de santé Pasteur et présidente "
            "de la CPTS, s'en réjouit.")
    assert people(text) == {("coteaux-verts", "Anne Roux", "présidente")}


@pytest.mark.parametrize("text, expected", [
    ("Les co-présidentes de la CPTS des Coteaux Verts, les Drs Agnès Morin et Julie Perret, ont signé.",
     {("coteaux-verts", "Agnès Morin", "co-présidente"), ("coteaux-verts", "Julie Perret", "co-présidente")}),
    ('"We are ready," said Dr Anne Kervella, a general practitioner who chairs the CPTS des Coteaux Verts.',
     {("coteaux-verts", "Anne Kervella", "présidente")}),
    ("The CPTS des Coteaux Verts was launched, CPTS president Jane Corlay said.",
     {("coteaux-verts", "Jane Corlay", "président")}),
])
def test_plural_titles_and_english_wordings(text, expected):
    assert people(text) == expected


def test_an_official_named_by_a_noun_before_the_role_is_not_the_cpts():
    text = "The CPTS des Coteaux Verts signed its contract, as the ARS director, Paul Mulliez, welcomed."
    assert people(text) == set()


def test_a_board_listed_with_colons():
    text = ("La CPTS des Coteaux Verts a renouvelé son bureau. Président : Dr Jean Morel ; "
            "Trésorière : Anne Caron.")
    assert people(text) == {("coteaux-verts", "Jean Morel", "président"), ("coteaux-verts", "Anne Caron", "trésorière")}


@pytest.mark.parametrize("text", [
    "Paul Simon, médecin, a rencontré le nouveau président de la CPTS des Coteaux Verts.",
    "Le Dr Henri Laval, médecin coordonnateur, explique que la CPTS des Coteaux Verts aide les EHPAD.",
])
def test_a_clause_or_a_job_title_gives_no_role(text):
    assert people(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("En 2023, Inès Moreau a été élue à la présidence de la CPTS des Coteaux Verts.",
     {("coteaux-verts", "Inès Moreau", "présidente")}),
    ("Lucie Berthon assure la coordination de la CPTS des Coteaux Verts depuis mai.",
     {("coteaux-verts", "Lucie Berthon", "coordinatrice")}),
    ("Le Dr Paul Vidal, médecin généraliste, est à la tête de la CPTS des Coteaux Verts.",
     {("coteaux-verts", "Paul Vidal", "président")}),
])
def test_a_noun_of_office_after_its_holder(text, expected):
    assert people(text) == expected


def test_a_noun_of_office_in_another_body_gives_no_one():
    text = "La CPTS des Coteaux Verts a reçu Paul Vidal, qui assure la direction de l'hôpital de Bellegarde."
    assert people(text) == set()


def test_english_appositions_with_the_word_cpts():
    text = ("The CPTS des Coteaux Verts hired staff. Tom Pellerin, who is the CPTS coordinator, and "
            "Jane Corlay, the CPTS president, spoke.")
    assert people(text) == {("coteaux-verts", "Tom Pellerin", "coordinateur"),
                            ("coteaux-verts", "Jane Corlay", "président")}


def test_a_body_is_not_a_person():
    text = "La CPTS des Coteaux Verts est coordonnée par Pôle Santé Bellegarde depuis 2022."
    assert people(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("La CPTS des Coteaux Verts, présidée depuis 2021 par le Dr Yves Tanguy, compte 90 membres.",
     {("coteaux-verts", "Yves Tanguy", "président")}),
    ("La CPTS des Coteaux Verts grandit. Inès Moreau en est aujourd'hui la coordinatrice.",
     {("coteaux-verts", "Inès Moreau", "coordinatrice")}),
])
def test_an_adverb_between_the_verb_and_the_role(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a paragraph wrapped inside the name, as a PDF or a scan gives it
    ("La CPTS des Coteaux Verts signe son contrat avec l'ARS, en présence du Dr Irène\nVasseur, médecin "
     "généraliste et présidente de la CPTS.",
     {("coteaux-verts", "Irène Vasseur", "présidente")}),
    ("La CPTS des Coteaux Verts est lancée ce mardi. Elle est présidée par Paul Marchand\net coordonnée par "
     "Lucie Berthon.",
     {("coteaux-verts", "Paul Marchand", "président"), ("coteaux-verts", "Lucie Berthon", "coordinatrice")}),
    # a narrow column wraps inside the name on a shorter line
    ("La CPTS des Coteaux Verts signe son contrat\navec l'ARS et l'Assurance Maladie, en\nprésence de "
     "l'Agence régionale de santé et\ndu préfet de la Drôme et du Dr Irène\nVasseur, présidente de la CPTS, qui a\n"
     "salué le travail des professionnels.",
     {("coteaux-verts", "Irène Vasseur", "présidente")}),
    # short lines are labels: a name ends with its line
    ("La CPTS des Coteaux Verts s'agrandit.\nPaul Morel\nPrésident\nAnne Roux\nCoordinatrice",
     {("coteaux-verts", "Paul Morel", "président"), ("coteaux-verts", "Anne Roux", "coordinatrice")}),
])
def test_a_name_over_a_line_break(text, expected):
    assert people(text) == expected
