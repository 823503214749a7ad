"""The dates of a CPTS's life and the release's own date, in the other ways communiqués write them:
other verbs and nouns, clauses in another order, numeric and partial dates, timelines, bylines.
And the dates of other events, which must date none. Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"


def _dates(record: dict, key: str = V) -> dict[str, str]:
    cpts = next((c for c in record["cpts"] if c["key"] == key), None)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d} if cpts else {}


def _published(record: dict) -> str | None:
    return (record["document"]["published"] or {}).get("value")


# --- the birth of the community --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a officiellement été lancée le 12 mars 2024.", {"launch": "2024-03-12"}),
    ("C'est le 12 mars 2024 que la CPTS du Val Fleuri a vu le jour.", {"launch": "2024-03-12"}),
    ("Le 12 mars 2024 marque la naissance de la CPTS du Val Fleuri.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été créée en juin 2021 par des soignants du secteur.", {"launch": "2021-06"}),
    ("Fondée en 2017, la CPTS du Val Fleuri réunit 120 professionnels.", {"launch": "2017"}),
    ("La CPTS du Val Fleuri, en activité depuis mars 2020, réunit 120 professionnels.", {"launch": "2020-03"}),
    ("Lancement officiel de la CPTS du Val Fleuri le 1er avril 2023 à la mairie.", {"launch": "2023-04-01"}),
    ("La CPTS du Val Fleuri est officiellement née le 03/10/2022.", {"launch": "2022-10-03"}),
    ("En mars 2022, la CPTS du Val Fleuri a été officiellement créée.", {"launch": "2022-03"}),
    ("Mise en place en 2019, la CPTS du Val Fleuri couvre douze communes.", {"launch": "2019"}),
    ("La création de la CPTS du Val Fleuri remonte à 2018.", {"launch": "2018"}),
    ("La création de la CPTS du Val Fleuri date de 2018.", {"launch": "2018"}),
    ("La CPTS du Val Fleuri a été créée courant 2019.", {"launch": "2019"}),
    ("Créée à l'automne 2020, la CPTS du Val Fleuri compte 60 adhérents.", {"launch": "2020"}),
    ("La CPTS du Val Fleuri a démarré son activité le 2 janvier 2023.", {"launch": "2023-01-02"}),
    ("La CPTS du Val Fleuri a été inaugurée le 12.03.2024 en présence du préfet.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri est née en 2020 de la volonté de médecins et d'infirmiers.", {"launch": "2020"}),
    ("Officiellement lancée le 1er juillet, la CPTS du Val Fleuri a signé son ACI en septembre 2022.",
     {"launch": "--07-01", "aci_signature": "2022-09"}),
    ("The CPTS Val Fleuri was officially launched on 12 March 2024.", {"launch": "2024-03-12"}),
    ("The CPTS Val Fleuri was set up in 2019 by local nurses and GPs.", {"launch": "2019"}),
    ("Created in June 2021, the CPTS Val Fleuri brings together 80 professionals.", {"launch": "2021-06"}),
])
def test_the_birth_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == expected


# --- the contract, the project, the letter, the statutes ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le contrat ACI de la CPTS du Val Fleuri a été signé le 30 septembre 2022 avec la CPAM et l'ARS.",
     {"aci_signature": "2022-09-30"}),
    ("La CPAM et l'ARS ont signé avec la CPTS du Val Fleuri l'accord conventionnel interprofessionnel (ACI) "
     "le 30 septembre 2022.", {"aci_signature": "2022-09-30"}),
    ("La CPTS du Val Fleuri a signé l'ACI le 30.09.2022.", {"aci_signature": "2022-09-30"}),
    ("La CPTS du Val Fleuri est conventionnée depuis le 1er octobre 2022.", {"aci_signature": "2022-10-01"}),
    ("Le 1er octobre 2022, la CPTS du Val Fleuri a paraphé son contrat avec l'Assurance Maladie et l'ARS.",
     {"aci_signature": "2022-10-01"}),
    ("La CPTS du Val Fleuri signe son accord conventionnel interprofessionnel ce jeudi 6 octobre 2022.",
     {"aci_signature": "2022-10-06"}),
    ("The CPTS Val Fleuri signed its ACI contract with the CPAM and the ARS on March 30, 2022.",
     {"aci_signature": "2022-03-30"}),
    ("Le projet de santé de la CPTS du Val Fleuri a été validé par l'ARS le 15 juin 2021.",
     {"health_project": "2021-06-15"}),
    ("Validé le 15 juin 2021 par l'ARS, le projet de santé de la CPTS du Val Fleuri porte sur quatre missions.",
     {"health_project": "2021-06-15"}),
    ("L'ARS a approuvé le projet de santé de la CPTS du Val Fleuri en juin 2021.", {"health_project": "2021-06"}),
    ("La CPTS du Val Fleuri a déposé sa lettre d'intention auprès de l'ARS le 2 septembre 2019.",
     {"letter_of_intent": "2019-09-02"}),
    ("L'ARS a émis un avis favorable sur la lettre d'intention de la CPTS du Val Fleuri en novembre 2019.",
     {"letter_of_intent": "2019-11"}),
    ("Les statuts de la CPTS du Val Fleuri ont été déposés en préfecture le 14 janvier 2020.",
     {"statutes": "2020-01-14"}),
])
def test_the_steps_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "L'assemblée générale constitutive de la CPTS du Val Fleuri s'est tenue le 5 février 2020.",
    "La CPTS du Val Fleuri s'est constituée en association le 5 février 2020.",
])
def test_the_founding_of_the_association(record_of, text):
    assert _dates(record_of(text)).get("statutes") == "2020-02-05"


@pytest.mark.parametrize("timeline", [
    "Juin 2019 : dépôt de la lettre d'intention\nMars 2020 : validation du projet de santé\n"
    "Octobre 2020 : signature de l'ACI",
    "- juin 2019 : lettre d'intention\n- mars 2020 : projet de santé validé\n- octobre 2020 : signature de l'ACI",
    "Lettre d'intention : juin 2019\nValidation du projet de santé : mars 2020\nSignature de l'ACI : octobre 2020",
])
def test_a_timeline_in_other_layouts(record_of, timeline):
    record = record_of(f"La CPTS du Val Fleuri en quelques dates\n\n{timeline}\n")
    assert _dates(record) == {"letter_of_intent": "2019-06", "health_project": "2020-03",
                              "aci_signature": "2020-10"}


def test_a_day_without_a_year_takes_the_releases(record_of):
    record = record_of("Publié le 20 mars 2024\n\nLa CPTS du Val Fleuri a signé son ACI le 12 mars.")
    assert _dates(record) == {"aci_signature": "2024-03-12"}


# --- dates of other events ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a tenu une réunion de présentation le 5 mars 2023 à la salle des fêtes.",
    "Le forum de la CPTS du Val Fleuri se tiendra le 12 juin 2024.",
    "La loi du 26 janvier 2016 a créé les CPTS. La CPTS du Val Fleuri réunit 90 soignants.",
    "Signé en août 2019 par les syndicats, l'accord conventionnel interprofessionnel national finance les CPTS "
    "comme la CPTS du Val Fleuri.",
    "Le directeur de l'ARS, nommé le 1er septembre 2023, a rencontré la CPTS du Val Fleuri.",
    "L'ARS a lancé le 3 mars 2023 un appel à projets auquel la CPTS du Val Fleuri a répondu.",
    "La maison de santé, créée en 2015, a rejoint la CPTS du Val Fleuri.",
    "Le centre de santé a été inauguré le 4 avril 2023 ; il fait partie de la CPTS du Val Fleuri.",
    "L'assemblée générale annuelle de la CPTS du Val Fleuri s'est tenue le 20 juin 2023.",
    "Les élections aux URPS ont eu lieu en avril 2021. La CPTS du Val Fleuri compte 50 adhérents.",
    "La CPTS du Val Fleuri a lancé le 3 mai 2023 une campagne de vaccination.",
])
def test_dates_of_other_events_date_nothing(record_of, text):
    assert _dates(record_of(text)) == {}


def test_the_date_of_another_cpts_stays_its_own(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI le 5 mai 2022. Sa voisine, la CPTS des Monts Verts, "
                       "a été créée en 2018.")
    assert _dates(record) == {"aci_signature": "2022-05-05"}


# --- the release's own date ------------------------------------------------------------------------

BODY = "\n\nLa CPTS du Val Fleuri réunit 80 professionnels de santé."


@pytest.mark.parametrize("header, expected", [
    ("Publié le mardi 12 mars 2024", "2024-03-12"),
    ("Le 12/03/2024 à 10h05", "2024-03-12"),
    ("Date : 12 mars 2024", "2024-03-12"),
    ("Mis en ligne le 12 mars 2024", "2024-03-12"),
    ("Published on 12 March 2024", "2024-03-12"),
    ("Published March 12, 2024", "2024-03-12"),
    ("Posted on March 12, 2024 by Admin", "2024-03-12"),
    ("Communiqué de presse – 12 mars 2024", "2024-03-12"),
    ("COMMUNIQUÉ DE PRESSE\nMontval, le 12 mars 2024", "2024-03-12"),
    ("Montval (72), le 12 mars 2024", "2024-03-12"),
    ("Publié le 12 mars 2024 - Mis à jour le 14 mars 2024", "2024-03-12"),
    ("Article du 12 mars 2024", "2024-03-12"),
    ("Publication : 12/03/2024", "2024-03-12"),
    ("Date de publication : 12.03.2024", "2024-03-12"),
    ("Paru le 12 mars 2024", "2024-03-12"),
    ("Le 12 mars 2024 à 10h05 par Jeanne Martin", "2024-03-12"),
    ("Publié le 12 mars 2024 par la Rédaction", "2024-03-12"),
    ("Actualité publiée le 12 mars 2024", "2024-03-12"),
    ("Communiqué de presse du 12 mars 2024", "2024-03-12"),
    ("Mardi 12 mars 2024", "2024-03-12"),
    ("Publié le 12 mars 2024 à 10:05", "2024-03-12"),
    ("Publié le : 12/03/2024", "2024-03-12"),
    ("Mise à jour : 14/03/2024", "2024-03-14"),
    ("Par Jeanne Martin | 12 mars 2024", "2024-03-12"),
    ("Jeanne Martin - 12 mars 2024", "2024-03-12"),
    ("12 mars 2024 | Santé", "2024-03-12"),
    ("Le Courrier de Montval | 12 mars 2024", "2024-03-12"),
    ("Press release\nMontval, March 12, 2024", "2024-03-12"),
    ("Updated: 12/03/2024", "2024-03-12"),
    ("Publié le 12 mars 2024, modifié le 14 mars 2024", "2024-03-12"),
])
def test_the_releases_date_in_other_headers(record_of, header, expected):
    assert _published(record_of(header + BODY)) == expected


@pytest.mark.parametrize("text", [
    "Le 12 mars 2024, la CPTS du Val Fleuri a signé son ACI avec la CPAM et l'ARS.",
    "Assemblée générale – 12 mars 2024\n\nLa CPTS du Val Fleuri réunit 80 professionnels de santé.",
    "Réunion du 12 mars 2024\n\nLa CPTS du Val Fleuri réunit 80 professionnels de santé.",
    "Lettre d'intention : 12 mars 2024\n\nLa CPTS du Val Fleuri réunit 80 professionnels de santé.",
])
def test_an_events_date_near_the_top_is_no_release_date(record_of, text):
    assert _published(record_of(text)) is None


MENU = "\n".join(["Accueil", "Actualités", "Santé", "Territoires", "Agenda", "Contact", "Recherche", "Newsletter",
                  "Mon compte", "Se connecter", "Partager", "Imprimer"])


@pytest.mark.parametrize("header", [
    "Ouest-Courrier Jeanne Martin. Publié le 12/03/2024 à 10h05",
    "Par Jeanne Martin Publié le 12 mars 2024 à 10h05",
    "Écrit par Jeanne Martin Publié le 12/03/2024 à 10h05 Mis à jour le 13/03/2024 à 08h00",
    "Modifié le 13/03/2024 à 10h05 Publié le 12/03/2024 à 09h00",
    "Par Jeanne Martin Publié: 12 Mars 2024 à 10h05",
    "Publié le 12/03/2024 à 10:05 , mis à jour à 11:00",
    "Date de publication 12 mars 2024",
    "12 mars 2024, 10h05",
    "Mardi 12 mars 2024 - 10:05",
    "12/03/2024 - 10:05",
    "Le 12.03.2024",
    "Publié le\n12 mars 2024 à 10h05",
    "Publié le 12 mars 2024 à 10 h 05",
    "Publié le 12 mars 2024 · 3 min de lecture",
    "Montval - Publié le 12/03/2024",
    "Santé | Publié le 12/03/2024",
])
def test_the_releases_date_in_press_bylines(record_of, header):
    assert _published(record_of(header + BODY)) == "2024-03-12"


@pytest.mark.parametrize("header", [
    "Le 12/03/2024 à 10h05",
    "Publié le 12 mars 2024",
    "12 mars 2024",
    "Mardi 12 mars 2024",
])
def test_the_releases_date_under_a_sites_menu(record_of, header):
    text = f"{MENU}\n\nLa CPTS du Val Fleuri lance ses actions\n\n{header}{BODY}"
    assert _published(record_of(text)) == "2024-03-12"


# --- further wordings --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le 5 février 2020, les professionnels de santé du Val Fleuri ont créé la CPTS du Val Fleuri.",
     {"launch": "2020-02-05"}),
    ("C'est en 2019 que la CPTS du Val Fleuri a été créée.", {"launch": "2019"}),
    ("La CPTS du Val Fleuri, qui a vu le jour en 2019, couvre douze communes.", {"launch": "2019"}),
    ("Depuis sa création en 2019, la CPTS du Val Fleuri a recruté deux coordinatrices.", {"launch": "2019"}),
    ("Since its creation in 2019, the CPTS Val Fleuri has hired two coordinators.", {"launch": "2019"}),
    ("La CPTS du Val Fleuri (créée en 2019) couvre douze communes.", {"launch": "2019"}),
    ("Née en octobre 2021 sous l'impulsion de médecins, la CPTS du Val Fleuri couvre douze communes.",
     {"launch": "2021-10"}),
    ("Launched in March 2022, the CPTS Val Fleuri covers twelve towns.", {"launch": "2022-03"}),
    ("The CPTS Val Fleuri was founded in 2019.", {"launch": "2019"}),
    ("L'installation officielle de la CPTS du Val Fleuri a eu lieu le 12 mars 2024.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été officiellement installée le 12 mars 2024.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a officialisé sa naissance le 12 mars 2024 en signant l'ACI avec la CPAM et l'ARS.",
     {"launch": "2024-03-12", "aci_signature": "2024-03-12"}),
    ("La signature de l'ACI, le 12 mars 2024, marque le lancement officiel de la CPTS du Val Fleuri.",
     {"launch": "2024-03-12", "aci_signature": "2024-03-12"}),
    ("La signature de l'ACI de la CPTS du Val Fleuri est intervenue le 12 mars 2024.",
     {"aci_signature": "2024-03-12"}),
    ("L'ACI a été signé le 12 mars 2024 entre la CPTS du Val Fleuri, la CPAM et l'ARS.",
     {"aci_signature": "2024-03-12"}),
    ("Le contrat tripartite de la CPTS du Val Fleuri (CPTS, CPAM, ARS) a été signé le 12 mars 2024.",
     {"aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri a contractualisé avec l'Assurance Maladie et l'ARS le 12 mars 2024.",
     {"aci_signature": "2024-03-12"}),
    ("L'ACI de la CPTS du Val Fleuri, signé en mars 2024, finance ses missions.", {"aci_signature": "2024-03"}),
    ("Le 12 mars 2024 a eu lieu la signature officielle du contrat ACI de la CPTS du Val Fleuri.",
     {"aci_signature": "2024-03-12"}),
    ("The agreement of the CPTS Val Fleuri was signed on 12 March 2024 with the health insurance fund and the ARS.",
     {"aci_signature": "2024-03-12"}),
    ("Le projet de santé de la CPTS du Val Fleuri, validé en juin 2021 par l'ARS, porte sur l'accès aux soins.",
     {"health_project": "2021-06"}),
    ("Après la validation de son projet de santé en juin 2021, la CPTS du Val Fleuri a recruté.",
     {"health_project": "2021-06"}),
    ("L'ARS a donné son feu vert au projet de santé de la CPTS du Val Fleuri le 15 juin 2021.",
     {"health_project": "2021-06-15"}),
    ("Le projet de santé de la CPTS du Val Fleuri a reçu un avis favorable de l'ARS le 15 juin 2021.",
     {"health_project": "2021-06-15"}),
    ("The health project of the CPTS Val Fleuri was approved by the ARS in June 2021.",
     {"health_project": "2021-06"}),
    ("La lettre d'intention de la CPTS du Val Fleuri a été déposée en septembre 2019.",
     {"letter_of_intent": "2019-09"}),
    ("The letter of intent of the CPTS Val Fleuri was submitted in September 2019.",
     {"letter_of_intent": "2019-09"}),
    ("L'association qui porte la CPTS du Val Fleuri a été déclarée en préfecture le 4 mai 2019.",
     {"statutes": "2019-05-04"}),
])
def test_further_wordings_of_the_steps(record_of, text, expected):
    found = _dates(record_of(text))
    # an association declared may also be read as the birth
    assert {k: v for k, v in found.items() if k in expected or k != "launch"} == expected


@pytest.mark.parametrize("text", [
    "Le contrat local de santé de Montval a été signé le 12 mars 2024 ; la CPTS du Val Fleuri y participe.",
    "La CPTS du Val Fleuri prévoit de signer son ACI en septembre 2024.",
    "Le projet de santé de la CPTS du Val Fleuri est en cours d'écriture depuis janvier 2023.",
    "Le 12 mars 2024, la CPTS du Val Fleuri a organisé une soirée de formation.",
    "L'assemblée générale du 12 mars 2024 a élu le nouveau bureau de la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri a renouvelé son bureau le 12 mars 2024.",
    "En 2023, la CPTS du Val Fleuri a pris en charge 500 patients.",
    "Le Ségur de la santé, lancé en 2020, a renforcé les moyens de la CPTS du Val Fleuri.",
    "Le numéro unique, lancé le 3 mai 2023 par la CPTS du Val Fleuri, répond aux patients.",
    "La CPTS des Monts Verts, créée en 2018, a accompagné la CPTS du Val Fleuri.",
    "Le service d'accès aux soins a démarré le 2 janvier 2023 avec la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri a mis en place en 2022 une cellule de coordination.",
    "La mise en place d'un numéro unique en 2022 a aidé la CPTS du Val Fleuri.",
    "Une cellule de crise, mise en place en 2020, appuie la CPTS du Val Fleuri.",
])
def test_further_dates_of_other_events(record_of, text):
    assert _dates(record_of(text)) == {}


@pytest.mark.parametrize("header", [
    "Le 12 mars 2024 | Montval",
    "12.03.2024 | Communiqué de presse",
    "Communiqué de presse\n\n12 mars 2024",
    "[Communiqué de presse] 12/03/2024",
    "COMMUNIQUÉ DE PRESSE | 12 MARS 2024",
    "MONTVAL, 12 MARS 2024",
    "Publié le 12 mars 2024 dans Actualités",
    "12 mars 2024 Par Jeanne Martin",
    "Mis en ligne le : 12/03/2024 | Catégorie : Santé",
    "March 12, 2024 · 3 min read",
    "Posted 12 March 2024",
    "Édition du 12 mars 2024",
    "Actualité du 12 mars 2024",
    "Source : Le Courrier de Montval, 12 mars 2024",
])
def test_the_releases_date_in_further_headers(record_of, header):
    assert _published(record_of(header + BODY)) == "2024-03-12"


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri sera opérationnelle à partir du 1er mars 2024.", {"launch": "2024-03-01"}),
    ("La CPTS du Val Fleuri entrera en fonction le 1er mars 2024.", {"launch": "2024-03-01"}),
    ("La CPTS du Val Fleuri débutera ses activités le 1er mars 2024.", {"launch": "2024-03-01"}),
    ("La CPTS du Val Fleuri est entrée en activité en mars 2024.", {"launch": "2024-03"}),
    ("Le démarrage de la CPTS du Val Fleuri est fixé au 1er mars 2024.", {"launch": "2024-03-01"}),
    ("Le lancement de la CPTS du Val Fleuri a eu lieu le 12 mars 2024 à Montval.", {"launch": "2024-03-12"}),
    ("La cérémonie de lancement de la CPTS du Val Fleuri s'est déroulée le 12 mars 2024.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été lancée mardi 12 mars 2024 à la mairie.", {"launch": "2024-03-12"}),
    ("Hier, mardi 12 mars 2024, la CPTS du Val Fleuri a été officiellement lancée.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été créée le 1ᵉʳ mars 2024.", {"launch": "2024-03-01"}),
    ("La CPTS du Val Fleuri a été créée le 12 mars 2024.".replace(" ", "\u00a0", 0), {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été créée le 12\u00a0mars\u00a02024.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été créée le 12/03/24.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été créée le 1er janv. 2024.", {"launch": "2024-01-01"}),
    ("La CPTS du Val Fleuri a été créée au mois de mars 2024.", {"launch": "2024-03"}),
    ("La CPTS du Val Fleuri a été créée à la fin de l'année 2021.", {"launch": "2021"}),
    ("La CPTS du Val Fleuri a signé son contrat ACI mardi 12 mars 2024.", {"aci_signature": "2024-03-12"}),
    ("Le 12 mars 2024, l'ARS, la CPAM et la CPTS du Val Fleuri ont paraphé l'accord conventionnel "
     "interprofessionnel.", {"aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri est signataire de l'ACI depuis le 12 mars 2024.", {"aci_signature": "2024-03-12"}),
    ("Lors de son AG constitutive du 5 février 2020, la CPTS du Val Fleuri a élu son bureau.",
     {"statutes": "2020-02-05"}),
    ("Le projet de santé de la CPTS du Val Fleuri a été validé en comité de sélection le 15 juin 2021.",
     {"health_project": "2021-06-15"}),
    ("Validation du projet de santé de la CPTS du Val Fleuri par l'ARS : 15/06/2021", {"health_project": "2021-06-15"}),
])
def test_the_steps_in_the_future_tense_and_other_spellings(record_of, text, expected):
    found = _dates(record_of(text))
    assert {k: v for k, v in found.items() if k in expected or k != "launch"} == expected


@pytest.mark.parametrize("published, sentence, expected", [
    ("2 avril 2024", "Le 12 mars dernier, la CPTS du Val Fleuri a signé l'ACI.", "2024-03-12"),
    ("8 janvier 2024", "La CPTS du Val Fleuri a signé l'ACI le 12 décembre dernier.", "2023-12-12"),
    ("12 mars 2024", "Ce 12 mars, la CPTS du Val Fleuri a signé l'ACI avec la CPAM et l'ARS.", "2024-03-12"),
])
def test_a_day_of_the_release_year(record_of, published, sentence, expected):
    record = record_of(f"Publié le {published}\n\n{sentence}")
    assert _dates(record) == {"aci_signature": expected}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri fêtera ses cinq ans le 12 mars 2024.",
    "Depuis le 1er janvier 2024, les patients peuvent appeler le numéro unique de la CPTS du Val Fleuri.",
    "Depuis 2018, le docteur Martin exerce à Montval ; il a rejoint la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri a été créée il y a cinq ans. Le 12 mars 2024, elle a tenu son assemblée générale.",
    "La convention de partenariat avec l'hôpital a été signée le 12 mars 2024 par la CPTS du Val Fleuri.",
    "La charte de la CPTS du Val Fleuri a été signée le 12 mars 2024 par ses adhérents.",
    "L'avenant à l'ACI a été signé le 12 mars 2024 ; la CPTS du Val Fleuri en bénéficie.",
    "Le contrat de la coordinatrice de la CPTS du Val Fleuri a été signé le 12 mars 2024.",
    "La CPTS du Val Fleuri a reçu le 12 mars 2024 un financement de l'ARS pour son projet.",
    "La CPTS du Val Fleuri a été créée il y a trois ans ; son président a été réélu le 12 mars 2024.",
])
def test_more_dates_of_other_events(record_of, text):
    assert _dates(record_of(text)) == {}


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé son ACI avec la CPAM et l'ARS. C'était le 12 mars 2024.",
     {"aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été officiellement lancée. Cela s'est passé le 12 mars 2024 à Montval.",
     {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri\nHistorique\n2019 Création de l'association\n2021 Signature de l'ACI",
     {"launch": "2019", "statutes": "2019", "aci_signature": "2021"}),
    ("La CPTS du Val Fleuri\nDate de création | 2019\nSignature de l'ACI | 12/03/2021",
     {"launch": "2019", "aci_signature": "2021-03-12"}),
    ("La CPTS du Val Fleuri réunit 80 soignants. Sa création date de 2019.", {"launch": "2019"}),
])
def test_an_event_told_apart_from_its_date(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    # a number opening a line before a word in lower case is no year of a timeline
    "La CPTS du Val Fleuri réunit\n2019 professionnels de santé depuis sa création.",
    "La CPTS du Val Fleuri a organisé une journée de prévention. C'était le 12 mars 2024.",
    "Le numéro unique de la CPTS du Val Fleuri répond aux patients. Son lancement date de 2023.",
])
def test_no_event_of_the_cpts_told_apart(record_of, text):
    assert _dates(record_of(text)) == {}


@pytest.mark.parametrize("text, expected", [
    ("The CPTS Val Fleuri has been operating since 2020.", {"launch": "2020"}),
    ("La CPTS du Val Fleuri est en place depuis 2020.", {"launch": "2020"}),
    ("La CPTS du Val Fleuri, en service depuis mars 2021, couvre dix communes.", {"launch": "2021-03"}),
    # a state without its verb, not in an apposition: another thing's
    ("Le numéro unique en service depuis 2021 oriente les patients de la CPTS du Val Fleuri.", {}),
    ("Les gardes en place depuis 2019 restent assurées par la CPTS du Val Fleuri.", {}),
])
def test_a_state_since_a_date(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("header", [
    "Publié le 12 mars 24 à 10h05",
    "12 mars 2024 / Actualités / Par admin",
    "Communiqué de presse n° 12 – 12 mars 2024",
    "12/03/2024 Communiqué de presse",
    "Le 12 mars 2024 - Jeanne Martin",
    "Article rédigé le 12/03/2024 par Jeanne Martin",
    "À Montval, le 12 mars 2024",
    "Information presse – 12 mars 2024",
])
def test_the_releases_date_on_news_sites_and_press_releases(record_of, header):
    assert _published(record_of(header + BODY)) == "2024-03-12"


@pytest.mark.parametrize("text", [
    "Le 12 mars 2024 – Assemblée Générale\n\nLa CPTS du Val Fleuri réunit 80 professionnels de santé.",
    # two figures after a month, with no hour, are no year
    "La CPTS du Val Fleuri a réuni le 12 mars 24 professionnels de santé.",
])
def test_no_release_date_from_an_event_or_a_count(record_of, text):
    assert _published(record_of(text)) is None


M = "monts-verts"


@pytest.mark.parametrize("text, expected", [
    ("Trois CPTS ont signé leur ACI le 12 mars 2024 : la CPTS du Val Fleuri, la CPTS des Monts Verts et la CPTS "
     "du Bois Joli.", ({"aci_signature": "2024-03-12"}, {"aci_signature": "2024-03-12"})),
    ("La CPTS du Val Fleuri et la CPTS des Monts Verts ont été créées respectivement en 2019 et en 2021.",
     ({"launch": "2019"}, {"launch": "2021"})),
    ("La CPTS du Val Fleuri et la CPTS des Monts Verts ont été créées en 2019 et en 2021 respectivement.",
     ({"launch": "2019"}, {"launch": "2021"})),
    ("La CPTS du Val Fleuri a signé son ACI le 12 mars 2024, la CPTS des Monts Verts le 15 mars 2024.",
     ({"aci_signature": "2024-03-12"}, {"aci_signature": "2024-03-15"})),
    ("Après la CPTS des Monts Verts en 2021, c'est au tour de la CPTS du Val Fleuri de signer son ACI, "
     "le 12 mars 2024.", ({"aci_signature": "2024-03-12"}, {})),
])
def test_the_dates_of_several_cpts(record_of, text, expected):
    record = record_of(text)
    assert (_dates(record), _dates(record, M)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a été créée le premier juillet 2021.", {"launch": "2021-07-01"}),
    ("La CPTS du Val Fleuri est née le 1 er juillet 2021.", {"launch": "2021-07-01"}),
    ("The CPTS Val Fleuri was launched on the first of July 2021.", {"launch": "2021-07-01"}),
])
def test_the_first_day_of_a_month_in_words(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("header", [
    "2024-03-12T10:05:00+01:00",
    "12/03/2024 10:05:33",
    "Le 12/03/2024 à 10:05 - Modifié le 13/03/2024 à 11:00",
    "Le 12 mars 2024 à 10h05 - Mis à jour le 13 mars 2024 à 11h00",
    "Publié le 12/03/2024 | Mis à jour le 13/03/2024",
    "Actualités > Santé > 12 mars 2024",
    "12 mars 2024 • Santé • Montval",
])
def test_the_releases_date_before_its_update_and_in_machine_forms(record_of, header):
    assert _published(record_of(header + BODY)) == "2024-03-12"


@pytest.mark.parametrize("text, expected", [
    ("Depuis le 1er mars 2024, la CPTS du Val Fleuri est officiellement opérationnelle.", {"launch": "2024-03-01"}),
    ("La CPTS du Val Fleuri est devenue opérationnelle en mars 2024.", {"launch": "2024-03"}),
    ("La CPTS du Val Fleuri a fait ses premiers pas en 2019.", {"launch": "2019"}),
    # a state since a date in another clause dates only a state's words
    ("Depuis 2019, la CPTS du Val Fleuri a organisé trois forums.", {}),
    ("Depuis mars 2022, la CPTS du Val Fleuri, créée en 2019, anime un réseau de soins.", {"launch": "2019"}),
])
def test_a_change_of_state(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Créée en 2015, la MSP de Montval fait partie de la CPTS du Val Fleuri.", {}),
    ("Ouvert en 2010, le centre hospitalier de Montval travaille avec la CPTS du Val Fleuri.", {}),
    ("Créée le 12 mars 2024 par des soignants, la CPTS du Val Fleuri compte 80 membres.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri, créée en 2019, a organisé le 12 mars 2024 une soirée sur la vaccination.",
     {"launch": "2019"}),
    ("La CPTS du Val Fleuri a présenté le 12 mars 2024 le bilan de son ACI signé en 2021.",
     {"aci_signature": "2021"}),
    ("La CPTS du Val Fleuri a été créée en 2019 par la fusion de deux associations fondées en 2010.",
     {"launch": "2019"}),
])
def test_an_opening_participle_tells_of_the_noun_after_its_comma(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Signature de l'ACI de la CPTS du Val Fleuri\n\nLe 12 mars 2024, les représentants de l'ARS, de la CPAM et des "
     "soignants se sont réunis à Montval.", {"aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri officiellement lancée\n\nMardi 12 mars 2024, élus et soignants se sont réunis à la mairie "
     "de Montval.", {"launch": "2024-03-12"}),
    # the date of a later sentence, or of a lead that tells its own event, is not the headline's
    ("La CPTS du Val Fleuri officiellement lancée\n\nLes soignants du secteur se sont réunis à Montval. Le 12 mars 2024, "
     "ils ont élu leur bureau.", {}),
    ("La CPTS du Val Fleuri officiellement lancée\n\nCréée en 2019, la CPTS du Val Fleuri a tenu le 12 mars 2024 une "
     "réunion à Montval.", {"launch": "2019"}),
    ("La CPTS du Val Fleuri recrute\n\nLe 12 mars 2024, les soignants se sont réunis à Montval.", {}),
])
def test_the_lead_dates_the_event_of_the_headline(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé l'ACI le 12 mars 2024 sur la base de son projet de santé.",
     {"aci_signature": "2024-03-12"}),
    ("Le projet de santé de la CPTS du Val Fleuri a été signé le 12 mars 2024 avec l'ARS.",
     {"health_project": "2024-03-12"}),
    ("Le projet de santé de la CPTS du Val Fleuri a été déposé en janvier 2021 et validé en mars 2021.",
     {"health_project": "2021-03"}),
    ("Le projet de santé de la CPTS du Val Fleuri, déposé en janvier 2021, est en cours d'instruction.", {}),
    ("La CPTS du Val Fleuri travaille depuis janvier 2023 à l'écriture de son projet de santé.", {}),
])
def test_the_health_project_is_dated_by_its_own_validation(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a été créée en 2019 (statuts déposés le 4 mai 2019).",
     {"launch": "2019", "statutes": "2019-05-04"}),
    ("La CPTS du Val Fleuri (créée en 2019) a signé son ACI le 12 mars 2024.",
     {"launch": "2019", "aci_signature": "2024-03-12"}),
    ("En 2019 (lettre d'intention), puis en 2021 (signature de l'ACI), la CPTS du Val Fleuri a avancé.",
     {"letter_of_intent": "2019", "aci_signature": "2021"}),
    ("The CPTS Val Fleuri was launched on the 12th of March 2024.", {"launch": "2024-03-12"}),
    ("The CPTS Val Fleuri was launched on Tuesday, March 12, 2024.", {"launch": "2024-03-12"}),
    ("The CPTS Val Fleuri has been operational since 1 March 2024.", {"launch": "2024-03-01"}),
])
def test_brackets_and_english_forms(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri couvre 12 communes. La première CPTS du département, créée en 2018 à Montval, en couvre 8.",
     {}),
    ("La CPTS du Val Fleuri a signé son ACI le 12 mars 2024. Le département compte désormais 5 CPTS, la première "
     "ayant été créée en 2018.", {"aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri a signé son ACI le 12 mars 2024. Une autre CPTS a été créée en 2021 dans le nord du "
     "département.", {"aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri a signé son ACI le 12 mars 2024. Deux autres CPTS sont en cours de création depuis 2023.",
     {"aci_signature": "2024-03-12"}),
    # the community of the release, said to be the first or another's neighbour
    ("La première CPTS du département, la CPTS du Val Fleuri, a été créée en 2018.", {"launch": "2018"}),
    ("La CPTS du Val Fleuri couvre 12 communes. Elle a été créée en 2018 et devient la première CPTS du département.",
     {"launch": "2018"}),
    ("La Communauté professionnelle territoriale de santé du Val Fleuri, créée en 2018, est la première CPTS du "
     "département.", {"launch": "2018"}),
])
def test_another_community_unnamed(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé le 12 mars 2024 une convention de financement avec la Région.", {}),
    ("La CPTS du Val Fleuri a signé le 12 mars 2024 une convention avec l'ARS pour le service d'accès aux soins.", {}),
    ("La CPTS du Val Fleuri a signé le 12 mars 2024 un contrat avec la CPAM pour l'expérimentation Peps.", {}),
    ("La CPTS du Val Fleuri a signé le 12 mars 2024 son contrat de financement, en présence du maire de la commune.",
     {"aci_signature": "2024-03-12"}),
    ("Le contrat d'objectifs et de financement de la CPTS du Val Fleuri a été signé le 12 mars 2024 avec l'Assurance "
     "Maladie.", {"aci_signature": "2024-03-12"}),
])
def test_contracts_with_other_funders_or_for_other_schemes(record_of, text, expected):
    assert _dates(record_of(text)) == expected
