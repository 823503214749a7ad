"""The dates of a CPTS's life and its launch place in still other wordings: misspelt participles, the founding
assembly's other names, an apposition that names the date's event, a state of contract since a date, the funders
who sign with the community, venues named after someone; and near misses that must date nothing: a webinar about
the contract, the national agreement, a signature still planned, a community's own acts told in the present.
Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"


def _dates(record: dict, key: str = V) -> dict[str, str]:
    cpts = next((c for c in record["cpts"] if c["key"] == key), None)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d} if cpts else {}


def _launch_place(record: dict, key: str = V) -> str | None:
    cpts = next((c for c in record["cpts"] if c["key"] == key), None)
    return (cpts["launch_place"] or {}).get("name") if cpts else None


# --- the launch ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a participle typed with an accent too few, or none
    ("La CPTS du Val Fleuri a été crée en 2021.", "2021"),
    ("Crée en 2021, la CPTS du Val Fleuri compte 80 membres.", "2021"),
    ("La CPTS du Val Fleuri a été creee le 3 mars 2022.", "2022-03-03"),
    ("La CPTS du Val Fleuri a ete lancee le 3 mars 2022.", "2022-03-03"),
    ("Installée officiellement le 3 mars 2022, la CPTS du Val Fleuri regroupe 80 professionnels.", "2022-03-03"),
    # an apposition names the event of the date
    ("Depuis 2021, date de sa création, la CPTS du Val Fleuri a recruté une coordinatrice.", "2021"),
    ("The CPTS Val Fleuri has been up and running since 2021.", "2021"),
    # the wordings of the genre that already read, kept so
    ("La CPTS du Val Fleuri a été portée sur les fonts baptismaux le 3 mars 2022.", "2022-03-03"),
    ("C'est le 3 mars 2022 que la CPTS du Val Fleuri a vu le jour.", "2022-03-03"),
    ("Le 3 mars 2022 marque la naissance de la CPTS du Val Fleuri.", "2022-03-03"),
    ("Depuis sa création en 2021, la CPTS du Val Fleuri a recruté une coordinatrice.", "2021"),
    ("Créée fin 2020, la CPTS du Val Fleuri compte 80 membres.", "2020"),
    ("CPTS du Val Fleuri\nDate de création : mars 2021\nPrésident : Jean Martin", "2021-03"),
    ("The CPTS Val Fleuri came into being on 3 March 2022.", "2022-03-03"),
])
def test_the_launch_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == {"launch": expected}


@pytest.mark.parametrize("text", [
    # what the community does, told in the present, is no birth of its own
    "La CPTS du Val Fleuri crée un poste de coordinatrice en 2024.",
    "La CPTS du Val Fleuri inaugure ses nouveaux locaux le 3 mars 2024.",
    "La CPTS du Val Fleuri a fêté ses deux ans le 3 mars 2024 à Montbard.",
    "Le 3 mars 2024, la CPTS du Val Fleuri a soufflé sa première bougie.",
    "La CPTS du Val Fleuri a lancé son site internet le 3 mars 2024.",
    "La première CPTS du département a vu le jour en 2018. La CPTS du Val Fleuri couvre 12 communes.",
    "Les membres du bureau de la CPTS du Val Fleuri ont été élus le 3 mars 2024.",
    "Cet article a été publié le 3 mars 2024 sur le site de la CPTS du Val Fleuri.",
])
def test_other_events_are_no_launch(record_of, text):
    assert _dates(record_of(text)) == {}


# --- the founding assembly: the statutes, and the launch when nothing else dates it ----------------------------

@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a tenu son assemblée générale fondatrice le 3 mars 2021.",
    "La CPTS du Val Fleuri a tenu son AG fondatrice le 3 mars 2021.",
    "L'assemblée générale constituante de la CPTS du Val Fleuri a eu lieu le 3 mars 2021.",
    "The CPTS Val Fleuri held its inaugural general meeting on 3 March 2021.",
    "Le 3 mars 2021 s'est tenue l'assemblée générale constitutive de la CPTS du Val Fleuri.",
])
def test_the_founding_assembly_by_its_other_names(record_of, text):
    assert _dates(record_of(text)) == {"launch": "2021-03-03", "statutes": "2021-03-03"}


def test_statutes_filed_are_no_launch(record_of):
    assert _dates(record_of("Les statuts de la CPTS du Val Fleuri ont été déposés le 3 mars 2021.")) == {"statutes": "2021-03-03"}


def test_an_extraordinary_assembly_that_amends_the_statutes_dates_nothing(record_of):
    text = ("La CPTS du Val Fleuri s'est réunie en assemblée générale extraordinaire le 3 mars 2024 pour modifier "
            "ses statuts.")
    assert _dates(record_of(text)) == {}


# --- the contract ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a state of contract since a date
    ("Depuis le 3 mars 2022, la CPTS du Val Fleuri est conventionnée avec l'Assurance Maladie et l'ARS.", "2022-03-03"),
    ("La CPTS du Val Fleuri est conventionnée depuis mars 2022.", "2022-03"),
    # the funders sign with the community, the contract unsaid
    ("Le 3 mars 2022, l'ARS et la CPAM ont signé avec la CPTS du Val Fleuri.", "2022-03-03"),
    ("L'Assurance Maladie a signé le 3 mars 2022 avec la CPTS du Val Fleuri.", "2022-03-03"),
    # the wordings of the genre that already read, kept so
    ("La CPTS du Val Fleuri a contractualisé avec l'ARS et la CPAM le 3 mars 2022.", "2022-03-03"),
    ("La signature du contrat ACI de la CPTS du Val Fleuri a eu lieu le 3 mars 2022.", "2022-03-03"),
    ("Le 3 mars 2022, la CPTS du Val Fleuri a signé l'accord conventionnel interprofessionnel avec l'Assurance "
     "Maladie et l'ARS.", "2022-03-03"),
    ("La CPTS du Val Fleuri officialise son ACI le 3 mars 2022.", "2022-03-03"),
    ("The CPTS Val Fleuri signed its interprofessional agreement with the health insurance fund and the regional "
     "health agency on 3 March 2022.", "2022-03-03"),
])
def test_the_contract_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == {"aci_signature": expected}


def test_a_headline_of_both_events_over_a_lead_of_the_funders_signing(record_of):
    text = ("Signature du contrat ACI : la CPTS du Val Fleuri officiellement lancée\n\nLe 3 mars 2022 à Montbard, "
            "l'ARS et la CPAM ont signé avec la CPTS du Val Fleuri.")
    record = record_of(text)
    assert _dates(record) == {"launch": "2022-03-03", "aci_signature": "2022-03-03"}
    assert _launch_place(record) == "Montbard"


@pytest.mark.parametrize("text", [
    # the topic of another event
    "La CPTS du Val Fleuri organisera un webinaire le 3 mars 2024 sur la signature de l'ACI.",
    "Une réunion d'information concernant l'ACI aura lieu le 3 mars 2024 pour la CPTS du Val Fleuri.",
    # the national agreement
    "Signé le 20 avril 2019, l'ACI national fixe les missions des CPTS. La CPTS du Val Fleuri en a quatre.",
    "L'accord conventionnel interprofessionnel du 20 avril 2019 encadre le financement de la CPTS du Val Fleuri.",
    "The national agreement signed in 2019 funds the CPTS Val Fleuri.",
    # still planned
    "La signature de l'ACI de la CPTS du Val Fleuri est prévue pour le printemps 2025.",
    "The signing of the ACI of the CPTS Val Fleuri is scheduled for spring 2025.",
    "La CPTS du Val Fleuri prévoit de signer son ACI au printemps 2025.",
    # other contracts, another community
    "La CPTS du Val Fleuri a signé une convention de partenariat avec le centre hospitalier le 3 mars 2024.",
    "La CPTS du Val Fleuri a signé un avenant à son ACI le 3 mars 2024.",
    "Le contrat local de santé, signé le 3 mars 2024 avec l'ARS, associe la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri couvre 12 communes. La CPTS des Monts Verts a signé son ACI le 3 mars 2022.",
])
def test_other_signatures_date_no_contract(record_of, text):
    assert "aci_signature" not in _dates(record_of(text))


# --- the health project and the letter of intent -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le projet de santé de la CPTS du Val Fleuri a été déposé auprès de l'ARS en 2021 puis validé le 3 mars 2022.",
     {"health_project": "2022-03-03"}),
    ("L'ARS a donné son feu vert au projet de santé de la CPTS du Val Fleuri le 3 mars 2022.",
     {"health_project": "2022-03-03"}),
    ("La CPTS du Val Fleuri a obtenu la validation de son projet de santé le 3 mars 2022.",
     {"health_project": "2022-03-03"}),
    ("La lettre d'intention de la CPTS du Val Fleuri a reçu un avis favorable le 3 mars 2021.",
     {"letter_of_intent": "2021-03-03"}),
    ("The CPTS Val Fleuri submitted its letter of intent in March 2021.", {"letter_of_intent": "2021-03"}),
    ("Les dates clés de la CPTS du Val Fleuri\n• Juin 2020 : dépôt de la lettre d'intention\n• Mars 2021 : validation "
     "du projet de santé\n• Mai 2021 : signature de l'ACI",
     {"letter_of_intent": "2020-06", "health_project": "2021-03", "aci_signature": "2021-05"}),
])
def test_the_health_project_and_the_letter_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == expected


def test_a_letter_still_being_written_dates_nothing(record_of):
    text = "La lettre d'intention de la CPTS du Val Fleuri est en cours de rédaction depuis mars 2024."
    assert _dates(record_of(text)) == {}


# --- the launch place ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022 à la salle Jean Moulin de Montbard.",
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022 au lycée agricole de Montbard.",
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022 à l'hôtel de ville de Montbard.",
    "La CPTS du Val Fleuri a été officiellement lancée le 3 mars 2022, lors d'une soirée organisée à Montbard.",
    "La CPTS du Val Fleuri a été officiellement lancée lors d'une soirée organisée le 3 mars 2022 à la salle des "
    "fêtes de Montbard.",
    "Le 3 mars 2022, la CPTS du Val Fleuri a été portée sur les fonts baptismaux à Montbard.",
])
def test_the_launch_place_at_other_venues(record_of, text):
    record = record_of(text)
    assert _launch_place(record) == "Montbard"
    assert _dates(record) == {"launch": "2022-03-03"}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri organise une réunion d'information le 3 mars 2024 à la salle des fêtes de Montbard.",
    "La CPTS du Val Fleuri a tenu son assemblée générale ordinaire le 3 mars 2024 à la salle des fêtes de Montbard.",
    "Le 3 mars 2024, la CPTS du Val Fleuri a accueilli la directrice de l'ARS au lycée agricole de Montbard.",
])
def test_a_meetings_venue_is_no_launch_place(record_of, text):
    record = record_of(text)
    assert _launch_place(record) is None
    assert _dates(record) == {}


# --- a state since a date, a first step in other words ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri est désormais une réalité depuis le 3 mars 2022.", {"launch": "2022-03-03"}),
    ("Depuis le 3 mars 2022, la CPTS du Val Fleuri est une réalité.", {"launch": "2022-03-03"}),
    ("La CPTS du Val Fleuri a pris forme en 2021.", {"launch": "2021"}),
    ("The CPTS Val Fleuri went live on 3 March 2022.", {"launch": "2022-03-03"}),
    # the community taking the form of an association is born with its statutes, as "constituée en association"
    ("La CPTS du Val Fleuri s'est structurée en association le 3 mars 2021.", {"launch": "2021-03-03", "statutes": "2021-03-03"}),
    ("L'association CPTS du Val Fleuri a été déposée en préfecture le 3 mars 2021.", {"statutes": "2021-03-03"}),
    ("The CPTS Val Fleuri was incorporated as an association on 3 March 2021.", {"statutes": "2021-03-03"}),
])
def test_a_state_and_a_first_step_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Le projet de la CPTS du Val Fleuri a pris forme en 2021.",
    "En 2024, la CPTS du Val Fleuri est une réalité pour 80 soignants.",
])
def test_a_project_taking_shape_or_a_state_without_its_start_dates_nothing(record_of, text):
    assert _dates(record_of(text)) == {}


# --- the town as the host of the launch -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Montbard accueillait le 3 mars 2022 le lancement de la CPTS du Val Fleuri.",
    "La salle des fêtes de Montbard a accueilli le lancement de la CPTS du Val Fleuri le 3 mars 2022.",
    "Le 3 mars 2022, Montbard a accueilli la soirée de lancement de la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022. La soirée, organisée à Montbard, a réuni 80 soignants.",
    "Lancement de la CPTS du Val Fleuri, le 3 mars 2022, à Montbard.",
])
def test_the_town_hosting_the_launch(record_of, text):
    record = record_of(text)
    assert _launch_place(record) == "Montbard"
    assert _dates(record) == {"launch": "2022-03-03"}


@pytest.mark.parametrize("text, expected", [
    ("Le 3 mars 2024, Montbard a accueilli l'assemblée générale de la CPTS du Val Fleuri.", {}),
    ("La CPTS du Val Fleuri a été lancée en 2021. Elle tiendra sa prochaine assemblée générale à Montbard.",
     {"launch": "2021"}),
    ("La CPTS du Val Fleuri a été lancée en 2021 et son siège est à Montbard.", {"launch": "2021"}),
    ("La CPTS du Val Fleuri a été lancée en 2021. Le 3 mars 2024, Montbard a accueilli son forum santé.",
     {"launch": "2021"}),
])
def test_a_host_of_another_event_is_no_launch_place(record_of, text, expected):
    record = record_of(text)
    assert _launch_place(record) is None
    assert _dates(record) == expected


# --- fields in a line, a look back at a signature, a time told after another event ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri (création : 2021) couvre 12 communes.", {"launch": "2021"}),
    ("CPTS du Val Fleuri | Création : 2021 | ACI : 2022", {"launch": "2021", "aci_signature": "2022"}),
    ("Retour sur la signature de l'ACI du 3 mars 2022 entre la CPTS du Val Fleuri, l'ARS et la CPAM.",
     {"aci_signature": "2022-03-03"}),
    ("En 2021, la CPTS du Val Fleuri a vu le jour ; un an plus tard, elle signait son ACI.", {"launch": "2021"}),
    ("The CPTS Val Fleuri was set up in 2021; a year later, it signed its ACI.", {"launch": "2021"}),
    # the wordings of the genre that already read, kept so
    ("La CPTS du Val Fleuri (créée en 2021 ; ACI signé en 2022) couvre 12 communes.",
     {"launch": "2021", "aci_signature": "2022"}),
    ("Lancée en 2021, conventionnée en 2022, la CPTS du Val Fleuri couvre 12 communes.",
     {"launch": "2021", "aci_signature": "2022"}),
    ("« Depuis la création de la CPTS en 2021, nous avons beaucoup avancé », explique Jean Martin, président de la "
     "CPTS du Val Fleuri.", {"launch": "2021"}),
])
def test_fields_look_backs_and_later_events(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "L'accord conventionnel interprofessionnel (ACI) du 20 avril 2019 fixe les missions de la CPTS du Val Fleuri.",
    "La signature de l'ACI du 20 avril 2019 par les syndicats a ouvert le financement de la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri (réunion : 2024) couvre 12 communes.",
])
def test_the_national_agreement_by_its_date_and_a_field_of_another_event(record_of, text):
    assert _dates(record_of(text)) == {}


# --- a partnership with both funders, a gathering's place ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé le 3 mars 2022 un contrat de partenariat avec l'ARS et l'Assurance Maladie.",
     {"aci_signature": "2022-03-03"}),
    ("La CPTS du Val Fleuri a signé le 3 mars 2022 une convention de partenariat avec la CPAM.", {}),
    ("La CPTS du Val Fleuri a signé le 3 mars 2022 une convention de partenariat avec le centre hospitalier.", {}),
])
def test_a_partnership_contract_with_both_funders_is_the_communitys(record_of, text, expected):
    assert _dates(record_of(text)) == expected


LEAD = "Communiqué de presse\n\nLa CPTS du Val Fleuri couvre 12 communes et 30 000 habitants.\n\n"


@pytest.mark.parametrize("text", [
    LEAD + "Le 3 mars, les professionnels de santé du Val Fleuri, la CPAM et l'ARS se sont retrouvés à Montbard. Cette "
    "rencontre a marqué le lancement officiel de la CPTS du Val Fleuri et la signature de son contrat.",
    LEAD + "Le 3 mars, élus et soignants se sont retrouvés à Montbard. La CPTS du Val Fleuri y a signé son accord "
    "conventionnel interprofessionnel, marquant son lancement officiel.",
])
def test_the_place_of_the_gathering_where_the_community_was_launched(record_of, text):
    record = record_of(text)
    assert _launch_place(record) == "Montbard"
    assert _dates(record) == {"launch": "--03-03", "aci_signature": "--03-03"}


@pytest.mark.parametrize("text", [
    LEAD + "Le 3 mars 2024, la CPTS du Val Fleuri a tenu une réunion à Montbard. Elle avait été lancée en 2021.",
    LEAD + "Le 3 mars 2024, les soignants se sont retrouvés à Montbard. La CPTS du Val Fleuri a été créée en 2021.",
])
def test_a_gatherings_place_is_not_that_of_an_earlier_launch(record_of, text):
    assert _launch_place(record_of(text)) is None


# --- the community's own project validated by its funders; a contract signed at an official start -------------------

@pytest.mark.parametrize("text, expected", [
    ("Le 6 février 2020, le projet de la CPTS du Val Fleuri a été validé par l'ARS et l'Assurance Maladie.", "2020-02-06"),
    ("La CPTS du Val Fleuri a vu son projet validé par l'ARS et la CPAM le 6 février 2020.", "2020-02-06"),
    ("Les professionnels de la CPTS du Val Fleuri ont présenté leur projet à l'ARS, qui l'a validé le 6 février 2020.",
     "2020-02-06"),
    ("Le projet de la CPTS du Val Fleuri, validé par l'ARS en février 2020, prévoit six actions.", "2020-02"),
])
def test_the_communitys_project_validated_by_its_funders(record_of, text, expected):
    assert _dates(record_of(text)) == {"health_project": expected}


@pytest.mark.parametrize("text", [
    "Le projet d'extension de la maison de santé a été validé par l'ARS le 6 février 2020. La CPTS du Val Fleuri "
    "couvre 12 communes.",
    "Le 6 février 2020, la CPTS du Val Fleuri a présenté son projet aux élus.",
    "Le projet de la CPTS du Val Fleuri a été validé par son conseil d'administration le 6 février 2020.",
])
def test_another_project_or_one_not_validated_by_the_funders_dates_nothing(record_of, text):
    assert _dates(record_of(text)) == {}


@pytest.mark.parametrize("text, expected", [
    (LEAD.replace("habitants.", "habitants depuis 2021.") + "Le 3 mars, la CPTS du Val Fleuri a été officiellement "
     "lancée à Montbard. L'accord conventionnel interprofessionnel a été signé avec l'ARS et la CPAM.",
     {"launch": "--03-03", "aci_signature": "--03-03"}),
    # a birth, not an official start: the contract may come later
    (LEAD + "La CPTS du Val Fleuri a été créée le 3 mars 2021. Elle a signé son ACI avec l'ARS et la CPAM.",
     {"launch": "2021-03-03"}),
    # not the first day of the text
    (LEAD + "Le 2 février, les soignants ont rencontré les élus. Le 3 mars, la CPTS du Val Fleuri a été "
     "officiellement lancée. Elle a signé son ACI avec l'ARS et la CPAM.", {"launch": "--03-03"}),
])
def test_a_contract_signed_at_the_official_start_of_the_first_day(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mardi 3 mars, la CPTS du Val Fleuri est officiellement née. L'accord conventionnel interprofessionnel a été "
     "signé à Montbard.", {"launch": "--03-03", "aci_signature": "--03-03"}),
    ("La CPTS du Val Fleuri est officiellement née ce mardi 3 mars. Ses membres ont signé l'accord conventionnel "
     "interprofessionnel avec la CPAM et l'ARS.", {"launch": "--03-03", "aci_signature": "--03-03"}),
    # the contract named, not signed, in the next sentence
    ("La CPTS du Val Fleuri a été officiellement lancée ce mardi 3 mars à Montbard. Grâce à l'ACI, elle bénéficiera "
     "de financements de l'Assurance Maladie.", {"launch": "--03-03"}),
])
def test_an_official_birth_and_the_contract_of_the_next_sentence(record_of, text, expected):
    assert _dates(record_of(text)) == expected


def test_a_headline_under_a_pages_one_word_buttons(record_of):
    text = ("Actualités\nPartager\nImprimer\nLa CPTS du Val Fleuri signe son ACI\n\nJeudi 3 mars, la directrice de l'ARS "
            "et le directeur de la CPAM se sont rendus à Montbard.")
    assert _dates(record_of(text)) == {"aci_signature": "--03-03"}


# --- a predecessor's birth ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'association des professionnels de santé du Val Fleuri, créée en 2018, a donné naissance à la CPTS du Val Fleuri "
    "en 2020.",
    "En 2018, des professionnels ont créé l'association Santé Val Fleuri, qui porte aujourd'hui la CPTS du Val Fleuri, "
    "créée en 2020.",
    "La dynamique est née en 2018 autour de quelques médecins. La CPTS du Val Fleuri a été créée en 2020.",
    "Le groupe de travail, créé en 2018, a abouti à la création de la CPTS du Val Fleuri en 2020.",
])
def test_a_predecessors_birth_is_not_the_communitys(record_of, text):
    assert _dates(record_of(text)) == {"launch": "2020"}


def test_the_association_of_the_community_keeps_its_birth(record_of):
    text = "L'association CPTS du Val Fleuri, créée en 2020, regroupe 80 professionnels."
    assert _dates(record_of(text))["launch"] == "2020"


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022 sur la commune de Montbard.",
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022 en la mairie de Montbard.",
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022 dans la salle du conseil municipal de Montbard.",
    "La CPTS du Val Fleuri a été lancée le 3 mars 2022. Une centaine de personnes s'étaient réunies pour l'occasion "
    "à Montbard.",
    "Le 3 mars 2022 s'est déroulé à Montbard le lancement officiel de la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri a été portée sur les fonts baptismaux le 3 mars 2022 au cours d'une soirée à Montbard.",
])
def test_the_launch_place_after_other_prepositions(record_of, text):
    record = record_of(text)
    assert _launch_place(record) == "Montbard"
    assert _dates(record) == {"launch": "2022-03-03"}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri intervient sur la commune de Montbard depuis sa création.",
    "Les membres de la CPTS du Val Fleuri se sont retrouvés dans la salle du conseil municipal de Montbard le 3 mars 2024.",
    "La CPTS du Val Fleuri a été créée en 2019. Pour l'occasion de ses cinq ans, une fête a eu lieu à Montbard en 2024.",
])
def test_no_launch_place_without_a_launch_told_there(record_of, text):
    assert _launch_place(record_of(text)) is None


# --- a launch told beside the dated signature of the contract ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le 3 mars 2022, la CPTS du Val Fleuri a signé son accord conventionnel interprofessionnel avec l'ARS et la CPAM à "
    "Montbard. Elle est ainsi officiellement lancée.",
    "La CPTS du Val Fleuri est officiellement lancée. Le 3 mars 2022, elle a signé son accord conventionnel "
    "interprofessionnel avec l'ARS et la CPAM à Montbard.",
    "La CPTS du Val Fleuri a été officiellement lancée le 3 mars 2022. Montbard accueillait pour l'occasion la signature "
    "de l'accord conventionnel interprofessionnel avec l'ARS et la CPAM.",
])
def test_a_launch_beside_the_dated_signature(record_of, text):
    record = record_of(text)
    assert _dates(record) == {"launch": "2022-03-03", "aci_signature": "2022-03-03"}
    assert _launch_place(record) == "Montbard"


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a été créée en 2019. Elle a signé son accord conventionnel interprofessionnel avec l'ARS "
     "et la CPAM à Montbard le 3 mars 2022.", {"launch": "2019", "aci_signature": "2022-03-03"}),
    ("Le 3 mars 2022, la CPTS du Val Fleuri a signé son ACI avec l'ARS et la CPAM à Montbard. Elle avait été "
     "officiellement lancée l'année précédente.", {"aci_signature": "2022-03-03"}),
])
def test_no_launch_beside_a_signature_of_another_time(record_of, text, expected):
    record = record_of(text)
    assert _dates(record) == expected
    assert _launch_place(record) is None


def test_an_inauguration_heading_over_the_signature_dates_no_launch(record_of):
    text = ("Inauguration de la CPTS du Val Fleuri\n\nLe 3 mars 2022, la CPAM et l'ARS ont signé l'accord conventionnel "
            "interprofessionnel de la CPTS du Val Fleuri à Montbard.")
    assert _dates(record_of(text)) == {"aci_signature": "2022-03-03"}


@pytest.mark.parametrize("text, expected, place", [
    ("La CPTS du Val Fleuri a été officiellement lancée le 3 mars 2022. Montbard accueillait la signature de son accord "
     "conventionnel interprofessionnel avec l'ARS et la CPAM.",
     {"launch": "2022-03-03", "aci_signature": "2022-03-03"}, "Montbard"),
    ("La CPTS du Val Fleuri a été officiellement lancée le 3 mars 2022. L'accord conventionnel interprofessionnel a été "
     "signé avec l'ARS et la CPAM à l'hôtel de ville de Montbard.",
     {"launch": "2022-03-03", "aci_signature": "2022-03-03"}, "Montbard"),
    # a signature of another time, beside a birth of another year
    ("La CPTS du Val Fleuri a été officiellement lancée le 3 mars 2022. Elle avait signé son accord conventionnel "
     "interprofessionnel avec l'ARS et la CPAM à Montbard l'an dernier.", {"launch": "2022-03-03"}, None),
    ("La CPTS du Val Fleuri a été créée en 2019. Elle a signé son accord conventionnel interprofessionnel avec l'ARS et "
     "la CPAM à Montbard.", {"launch": "2019"}, None),
])
def test_the_place_of_the_signature_told_beside_the_official_start(record_of, text, expected, place):
    record = record_of(text)
    assert _dates(record) == expected
    assert _launch_place(record) == place


@pytest.mark.parametrize("text, expected", [
    # a tally of communities since a year, other bodies' and people's dates
    ("Dans le département, 5 CPTS ont signé l'ACI depuis 2020, dont la CPTS du Val Fleuri.", {}),
    ("La région compte 40 CPTS créées depuis 2019, dont la CPTS du Val Fleuri.", {}),
    ("La CPTS du Val Fleuri a été créée en 2021. Le décret du 3 mars 2022 a modifié les missions des CPTS.",
     {"launch": "2021"}),
    ("La CPTS du Val Fleuri a été créée en 2021. La maison de santé de Montbard a ouvert le 3 mars 2022.",
     {"launch": "2021"}),
    ("La CPTS du Val Fleuri a déposé sa lettre d'intention en 2021 ; la CPTS des Monts Verts l'a fait en 2022.",
     {"letter_of_intent": "2021"}),
    # an announced launch on a fixed day is the launch's date, as the genre records it
    ("La CPTS du Val Fleuri sera officiellement lancée le 3 mars 2024 à Montbard.", {"launch": "2024-03-03"}),
])
def test_tallies_other_bodies_and_an_announced_day(record_of, text, expected):
    assert _dates(record_of(text)) == expected
