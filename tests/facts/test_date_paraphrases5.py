"""The dates of a CPTS's life told the other ways releases tell them: the community's own contract
without its funders, the signature with the funders without the contract's name, a health project
approved in other words, an event told in the sentence after its date, a headline's event, a table of
years, a birth before an inauguration. And near misses that date nothing. Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"


def _dates(record: dict, key: str = V) -> dict[str, str]:
    cpts = next((c for c in record["cpts"] if c["key"] == key), None)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d} if cpts else {}


# --- the contract: its own, or signed with the funders ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé sa convention en mars 2022.", "2022-03"),
    ("La CPTS du Val Fleuri a signé son contrat en mars 2022.", "2022-03"),
    ("Le contrat de la CPTS du Val Fleuri a été signé en mars 2022.", "2022-03"),
    ("La signature de l'accord de la CPTS du Val Fleuri a eu lieu en mars 2022.", "2022-03"),
    ("La cérémonie de signature du contrat de la CPTS du Val Fleuri s'est déroulée le 12 mars 2024 à la préfecture.",
     "2024-03-12"),
    ("La CPTS du Val Fleuri a signé avec l'ARS et l'Assurance Maladie le 12 mars 2024.", "2024-03-12"),
    ("La CPTS du Val Fleuri a conclu un contrat avec la CPAM en mars 2022.", "2022-03"),
    ("La CPTS du Val Fleuri : contrat avec l'ARS et la CPAM en mars 2022.", "2022-03"),
    ("La CPTS du Val Fleuri a passé un accord avec l'Assurance maladie en mars 2022.", "2022-03"),
    ("Conventionnement de la CPTS du Val Fleuri en mars 2022.", "2022-03"),
    ("Les CPTS du Val Fleuri et des Monts Verts ont signé leur contrat en mars 2022.", "2022-03"),
    ("The CPTS Val Fleuri signed with the CPAM and the ARS on 12 March 2024.", "2024-03-12"),
    ("The CPTS Val Fleuri signed its contract in March 2022.", "2022-03"),
])
def test_the_contract_without_its_usual_words(record_of, text, expected):
    assert _dates(record_of(text)) == {"aci_signature": expected}


@pytest.mark.parametrize("text", [
    "La coordinatrice de la CPTS du Val Fleuri a signé son contrat le 1er mars 2024.",
    "La CPTS du Val Fleuri a signé sa convention avec le centre hospitalier le 3 mai 2023.",
    "La CPTS du Val Fleuri a signé une convention avec la mairie de Dijon le 3 mai 2023.",
    "La CPTS du Val Fleuri a signé son contrat local de santé le 3 mai 2023.",
    "La CPTS du Val Fleuri a signé son contrat de location le 3 mai 2023.",
    "La CPTS du Val Fleuri a signé le 3 mai 2023 une charte avec les pharmaciens.",
    "La CPTS du Val Fleuri a signé avec l'ARS une convention pour le service d'accès aux soins le 3 mai 2023.",
    "La CPTS du Val Fleuri a signé un avenant à son contrat le 3 mai 2023.",
    "La CPTS du Val Fleuri a renouvelé son contrat le 3 mai 2023.",
    "La CPTS du Val Fleuri prévoit de signer son contrat en septembre 2024.",
    "La CPTS du Val Fleuri a signé son contrat avec la Région le 3 mai 2023.",
    "Le maire a signé son arrêté le 3 mai 2023. La CPTS du Val Fleuri couvre 12 communes.",
    "Le 3 mai 2023, la CPAM a signé avec les syndicats un avenant à la convention médicale. "
    "La CPTS du Val Fleuri couvre 12 communes.",
    "L'accord conventionnel interprofessionnel du 20 avril 2019 fixe le cadre des CPTS. "
    "La CPTS du Val Fleuri couvre 12 communes.",
    "La CPTS du Val Fleuri a élu son bureau le 12 mars 2024.",
    "La CPTS du Val Fleuri a tenu sa première assemblée générale le 12 mars 2024.",
    "La CPTS du Val Fleuri a été créée il y a deux ans.",
])
def test_other_signatures_and_meetings_date_nothing(record_of, text):
    assert _dates(record_of(text)) == {}


# --- the health project, approved in other words -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le projet de santé de la CPTS du Val Fleuri a reçu l'aval de l'ARS le 3 juin 2020.",
    "Le projet de santé de la CPTS du Val Fleuri a été retenu par l'ARS le 3 juin 2020.",
    "Le projet de santé de la CPTS du Val Fleuri a été accepté le 3 juin 2020.",
    "L'approbation du projet de santé de la CPTS du Val Fleuri par l'ARS date du 3 juin 2020.",
    "Le comité de sélection a rendu un avis positif sur le projet de santé de la CPTS du Val Fleuri le 3 juin 2020.",
    "Le 3 juin 2020, l'ARS a donné son accord au projet de santé de la CPTS du Val Fleuri.",
])
def test_the_health_project_approved_in_other_words(record_of, text):
    assert _dates(record_of(text)) == {"health_project": "2020-06-03"}


def test_a_health_project_only_presented_dates_nothing(record_of):
    text = "Le projet de santé de la CPTS du Val Fleuri a été présenté à l'ARS le 3 juin 2020."
    assert _dates(record_of(text)) == {}


# --- the event told around its date ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le 12 mars 2024, les représentants de l'ARS, de la CPAM et de la CPTS du Val Fleuri se sont réunis à la "
    "mairie. À cette occasion, ils ont signé l'accord conventionnel interprofessionnel.",
    "La CPTS du Val Fleuri a réuni ses membres le 12 mars 2024. Lors de cette soirée, elle a officiellement "
    "signé son ACI avec la CPAM.",
    # the headline tells the event, the first sentence its day, though the text dates the birth itself
    "Signature du contrat de la CPTS du Val Fleuri\n\nLe 12 mars 2024, la CPAM, l'ARS et les soignants du "
    "territoire se sont réunis à Dijon. Créée en 2021, la CPTS compte 120 membres.",
])
def test_the_signature_told_beside_its_day(record_of, text):
    assert _dates(record_of(text))["aci_signature"] == "2024-03-12"


def test_a_table_of_years_and_events(record_of):
    text = ("La CPTS du Val Fleuri en dates :\n2019 | Dépôt de la lettre d'intention\n"
            "2020 | Création de l'association\n2021 | Signature de l'ACI\n")
    assert _dates(record_of(text)) == {"letter_of_intent": "2019", "launch": "2020", "statutes": "2020",
                                       "aci_signature": "2021"}


# --- the birth and the later starts ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Créée en 2019, la CPTS du Val Fleuri a été inaugurée le 12 mars 2024 en présence du préfet.", "2019"),
    ("La CPTS du Val Fleuri est née en 2020. Elle a été officiellement lancée le 12 mars 2024 à Dijon.", "2020"),
    # a later start that agrees with the birth makes it more precise
    ("Créée en mars 2024, la CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024.", "2024-03-12"),
    # the project's birth is not the community's
    ("La CPTS du Val Fleuri a été lancée le 12 mars 2024. Le projet était né en 2019 de la volonté de quelques "
     "médecins.", "2024-03-12"),
])
def test_the_birth_before_an_inauguration(record_of, text, expected):
    assert _dates(record_of(text))["launch"] == expected


def test_an_association_formed_before_the_start_of_the_community(record_of):
    text = ("En 2021, s'est constituée une association loi 1901 permettant la construction de la CPTS du Val "
            "Fleuri. L'accord conventionnel interprofessionnel est officiellement signé le 03 avril 2024, marquant "
            "le démarrage des activités de la CPTS.")
    assert _dates(record_of(text)) == {"statutes": "2021", "launch": "2024-04-03", "aci_signature": "2024-04-03"}


@pytest.mark.parametrize("text, expected", [
    ("Lyon, le 14 mars 2023 – La CPTS du Val Fleuri a signé le 12 mars son accord conventionnel "
     "interprofessionnel avec l'ARS et la CPAM du Rhône.", {"aci_signature": "2023-03-12"}),
    ("Au printemps 2022, la CPTS du Val Fleuri a signé son contrat avec l'Assurance maladie et l'ARS.",
     {"aci_signature": "2022"}),
    ("Fin 2020, la CPTS du Val Fleuri a été créée par une vingtaine de soignants.", {"launch": "2020"}),
    ("La CPTS du Val Fleuri existe depuis 2021.", {"launch": "2021"}),
])
def test_partial_dates_and_the_year_of_the_dateline(record_of, text, expected):
    assert _dates(record_of(text)) == expected


# --- a signature whose object the text named before ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Trois CPTS ont signé l'accord conventionnel interprofessionnel avec la CPAM. La CPTS du Val Fleuri couvre "
     "12 communes et 40 000 habitants. La CPTS du Val Fleuri a signé en mars 2022.", "2022-03"),
    ("L'ACI permet de financer les missions des CPTS. La CPTS du Val Fleuri a officiellement signé le 12 mars 2024.",
     "2024-03-12"),
    ("L'ARS et la CPAM financent les CPTS par un contrat signé avec chacune. Ce contrat a pour objet leurs "
     "missions. Il a été signé par la CPTS du Val Fleuri en mars 2022.", "2022-03"),
])
def test_a_signature_of_the_contract_named_before(record_of, text, expected):
    assert _dates(record_of(text))["aci_signature"] == expected


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a signé en mars 2022.",
    "L'ACI permet de financer les missions des CPTS. La CPTS du Val Fleuri a signé une charte avec l'hôpital le "
    "12 mars 2024.",
    "L'accord conventionnel interprofessionnel finance les missions des CPTS. La charte a été signée par la CPTS "
    "du Val Fleuri en mars 2022.",
])
def test_a_signature_of_nothing_named_or_of_another_paper(record_of, text):
    assert "aci_signature" not in _dates(record_of(text))


# --- the headline's event and the lead past a kicker, a byline, a dateline -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Signature de l'accord conventionnel de la CPTS du Val Fleuri\n\nCommuniqué de presse\n\nLe 12 mars 2024, "
     "élus, soignants et représentants de l'ARS et de la CPAM se sont réunis à Dijon.",
     {"aci_signature": "2024-03-12"}),
    ("Inauguration de la CPTS du Val Fleuri\n\nPar Jean Martin\n\nSamedi 16 mars, plus de cent personnes ont "
     "assisté à la cérémonie à la salle des fêtes de Dijon.", {"launch": "--03-16"}),
    ("La CPTS du Val Fleuri officiellement lancée\n\nPublié le 18 mars 2024\n\nSamedi 16 mars, plus de cent "
     "personnes se sont réunies à la salle des fêtes de Dijon.", {"launch": "2024-03-16"}),
])
def test_the_headlines_event_dated_by_the_lead(record_of, text, expected):
    assert _dates(record_of(text)) == expected


def test_the_headlines_birth_is_the_subjects_not_a_mentioned_neighbours(record_of):
    record = record_of("Création de la CPTS du Val Fleuri\n\nLa CPTS du Val Fleuri a signé son contrat avec l'ARS et la "
                       "CPAM le 12 mars 2024. La CPTS des Monts Verts, voisine, avait signé le sien avec la CPAM le 3 mai "
                       "2022.")
    assert _dates(record) == {"launch": "2024-03-12", "aci_signature": "2024-03-12"}
    assert _dates(record, "monts-verts") == {"aci_signature": "2022-05-03"}


# --- a state since a date, the state told alone ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Depuis le 1er janvier 2023, la CPTS du Val Fleuri est opérationnelle.", {"launch": "2023-01-01"}),
    ("La CPTS du Val Fleuri est pleinement opérationnelle depuis mars 2022.", {"launch": "2022-03"}),
    ("Since 1 January 2023, the CPTS Val Fleuri is operational.", {"launch": "2023-01-01"}),
    ("La CPTS du Val Fleuri, créée en 2019, est opérationnelle.", {"launch": "2019"}),
    # a year the state is told in, not since
    ("En 2024, la CPTS du Val Fleuri est opérationnelle sur trois missions.", {}),
])
def test_operational_since_a_date(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The CPTS Val Fleuri has been operating since September 2021.", {"launch": "2021-09"}),
    ("The CPTS Val Fleuri, launched in late 2020, covers 12 municipalities.", {"launch": "2020"}),
    ("The CPTS Val Fleuri's statutes were filed on 4 April 2019.", {"statutes": "2019-04-04"}),
    ("La CPTS du Val Fleuri, qui a vu le jour fin 2020, couvre 12 communes.", {"launch": "2020"}),
    ("La CPTS du Val Fleuri a été créée il y a trois ans, en 2020.", {"launch": "2020"}),
    ("La CPTS du Val Fleuri\nCréation : mars 2019\nSignature ACI : octobre 2020\nPopulation : 45 000 habitants",
     {"launch": "2019-03", "aci_signature": "2020-10"}),
    # not datable, or the date of something else
    ("The CPTS Val Fleuri was created two years ago.", {}),
    ("Il y a deux ans, la CPTS du Val Fleuri voyait le jour.", {}),
    ("Lyon, le 14 mars 2023 – La CPTS du Val Fleuri a été lancée mardi dernier.", {}),
    ("La CPTS du Val Fleuri organise le 12 mars 2024 une soirée sur la vaccination.", {}),
    ("Le comité de pilotage de la CPTS du Val Fleuri s'est réuni le 12 mars 2024.", {}),
    ("Les élections du conseil d'administration de la CPTS du Val Fleuri ont eu lieu le 12 mars 2024.", {}),
    ("Le 4 avril 2019, la loi Ma Santé 2022 a été présentée. La CPTS du Val Fleuri a été créée en 2020.",
     {"launch": "2020"}),
])
def test_more_wordings_and_near_misses(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a rédigé son projet de santé en 2019. Le projet a été validé par l'ARS le 3 juin 2020.",
     {"health_project": "2020-06-03"}),
    ("Le projet territorial de santé de la CPTS du Val Fleuri a été validé par l'ARS le 3 juin 2020.",
     {"health_project": "2020-06-03"}),
    # another project
    ("La CPTS du Val Fleuri a rédigé son projet de santé en 2019. Le projet de maison de santé a été validé le 3 juin "
     "2020.", {}),
])
def test_the_health_project_named_before_or_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 2019, health professionals founded the CPTS Val Fleuri.", {"launch": "2019"}),
    ("The CPTS Val Fleuri signed its interprofessional agreement with the Health Insurance Fund on 12 March 2024.",
     {"aci_signature": "2024-03-12"}),
    ("On 12 March 2024, the CPTS Val Fleuri officially signed its contract with the regional health agency.",
     {"aci_signature": "2024-03-12"}),
    ("The CPTS Val Fleuri, which was set up in 2019, signed its ACI in 2021.", {"launch": "2019", "aci_signature": "2021"}),
    # the communities in general
    ("In 2016, the law created the CPTS. The CPTS Val Fleuri covers 12 municipalities.", {}),
])
def test_english_wordings(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("CPTS du Val Fleuri\nLettre d'intention | 15/06/2019\nProjet de santé validé | 03/06/2020\n"
     "Signature de l'ACI | 12/10/2020\n",
     {"letter_of_intent": "2019-06-15", "health_project": "2020-06-03", "aci_signature": "2020-10-12"}),
    ("La CPTS du Val Fleuri (créée le 4 avril 2019) a signé son ACI le 12 octobre 2020.",
     {"launch": "2019-04-04", "aci_signature": "2020-10-12"}),
    ("La CPTS du Val Fleuri, dont l'ACI a été signé le 12 octobre 2020, couvre 12 communes.",
     {"aci_signature": "2020-10-12"}),
    ("12 octobre 2020 – La CPTS du Val Fleuri signe son ACI", {"aci_signature": "2020-10-12"}),
    ("Après la validation de son projet de santé le 3 juin 2020, la CPTS du Val Fleuri a signé son ACI le 12 "
     "octobre 2020.", {"health_project": "2020-06-03", "aci_signature": "2020-10-12"}),
])
def test_dates_before_and_after_their_event_in_tables_and_brackets(record_of, text, expected):
    assert _dates(record_of(text)) == expected
