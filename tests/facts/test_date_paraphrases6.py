"""The dates of a CPTS's life, the release's own date and the launch place, in still other wordings: the
founding assembly and the declared association, bylines of news sites and agencies, a day told in one sentence
and its event in the next, the ceremony's place, a plan or a person's birth that is no launch. And near misses
that must date nothing. Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
BODY = "\n\nLa CPTS du Val Fleuri réunit 80 professionnels de santé."


def _dates(record: dict, key: str = V) -> dict[str, str]:
    cpts = next((c for c in record["cpts"] if c["key"] == key), None)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d} if cpts else {}


def _published(record: dict) -> str | None:
    return (record["document"]["published"] or {}).get("value")


def _launch_place(record: dict, key: str = V) -> str | None:
    cpts = next((c for c in record["cpts"] if c["key"] == key), None)
    return (cpts["launch_place"] or {}).get("name") if cpts else None


# --- the founding assembly and the declared association: the statutes ------------------------------------

@pytest.mark.parametrize("text", [
    "L'assemblée générale constitutive de la CPTS du Val Fleuri s'est tenue le 14 novembre 2022.",
    "La CPTS du Val Fleuri a tenu son AG constitutive le 14 novembre 2022.",
    "The founding general assembly of the CPTS Val Fleuri was held on 14 November 2022.",
])
def test_the_founding_assembly_dates_the_statutes_and_the_launch_nothing_else_dates(record_of, text):
    # the development set's convention: the association's creation gives both (dA05, dD01)
    assert _dates(record_of(text)) == {"launch": "2022-11-14", "statutes": "2022-11-14"}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a été lancée le 2 octobre 2022. Son AG constitutive s'est tenue le 14 novembre 2022.",
])
def test_a_founding_assembly_leaves_a_launch_told_otherwise(record_of, text):
    assert _dates(record_of(text)) == {"launch": "2022-10-02", "statutes": "2022-11-14"}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a été déclarée en préfecture le 14 novembre 2022.",
    "La CPTS du Val Fleuri a été enregistrée au Journal officiel des associations le 14 novembre 2022.",
])
def test_the_declaration_dates_the_statutes(record_of, text):
    assert _dates(record_of(text)) == {"statutes": "2022-11-14"}


@pytest.mark.parametrize("text", [
    "L'assemblée générale constitutive de l'association Soins Partagés s'est tenue le 14 novembre 2022. "
    "La CPTS du Val Fleuri couvre 12 communes.",
    "L'assemblée générale annuelle de la CPTS du Val Fleuri s'est tenue le 14 novembre 2022.",
])
def test_another_bodys_founding_assembly_or_a_yearly_one_dates_nothing(record_of, text):
    assert _dates(record_of(text)) == {}


# --- the release's date in news sites' and agencies' headers ---------------------------------------------

@pytest.mark.parametrize("header", [
    "Montbard (Côte-d'Or), le 12 mars 2024 - La CPTS du Val Fleuri réunit ses membres à la mairie.",
    "Montbard, le 12 mars 2024 (AFP) - La CPTS du Val Fleuri réunit ses membres à la mairie.",
    "Chalon-sur-Saône (Saône-et-Loire), le 12 mars 2024 (APMnews) - La CPTS du Val Fleuri réunit ses membres.",
    "Par Jeanne Martin France 3 Bourgogne - Mis à jour le 12/03/2024 - Santé Social - 3 min",
    "12 mars 2024 - Actualités de la CPTS - Commentaires fermés",
    "Le 12 mars 2024 - Rubrique Santé - Lecture 3 min - Partager cet article",
    "12 mars 2024 https://www.courrier-montval.fr/sante/la-cpts-du-val-fleuri",
    "Publié par Jeanne Martin le 12 mars 2024 dans Actualités",
    "Publié le 12 mars 2024 dans Actualités, Santé, Territoires",
    "Posted on 12 March 2024 by Jeanne Martin in News, Health",
])
def test_the_releases_date_in_news_headers(record_of, header):
    assert _published(record_of(header + BODY)) == "2024-03-12"


@pytest.mark.parametrize("text", [
    "12 mars 2024 - Signature de l'ACI - CPTS du Val Fleuri" + BODY,
    "12 mars 2024 - Assemblée générale - Salle des fêtes" + BODY,
    "La CPTS du Val Fleuri a signé son ACI le 12 mars 2024 - une première dans le département.",
])
def test_an_events_date_with_furniture_after_it_is_no_release_date(record_of, text):
    assert _published(record_of(text)) is None


# --- a gathering on a day, and what was done there in the next sentence -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Le 12 mars 2024, élus, soignants et représentants de l'ARS se sont réunis à la mairie de Montbard.\n"
     "Les professionnels de la CPTS du Val Fleuri ont signé l'accord conventionnel interprofessionnel avec l'ARS "
     "et la CPAM.", {"aci_signature": "2024-03-12"}),
    ("Ce jeudi 12 mars 2024 à Montbard, les soignants du territoire avaient rendez-vous avec l'ARS et la CPAM.\n"
     "La CPTS du Val Fleuri est née par la signature de son contrat avec l'ARS et la CPAM.",
     {"aci_signature": "2024-03-12", "launch": "2024-03-12"}),
    ("Mardi 12 mars, une cérémonie s'est tenue à la salle des fêtes de Montbard. La CPTS du Val Fleuri y a "
     "officiellement signé son ACI.", {"aci_signature": "--03-12"}),
    ("On 12 March 2024, GPs, nurses and the regional health agency met in Montbard. The CPTS Val Fleuri was "
     "officially launched.", {"launch": "2024-03-12"}),
    # the lead's day, the first of the text
    ("Le 12 mars 2024, une étape pour l'accès aux soins dans le Montbardois.\nLa CPTS du Val Fleuri et la CPAM ont "
     "signé l'accord conventionnel interprofessionnel.", {"aci_signature": "2024-03-12"}),
])
def test_the_event_of_a_gathering_told_in_the_next_sentence(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a birth told as background, an event with its own time, a step done before
    ("Le 12 mars 2024, la CPTS du Val Fleuri a organisé une soirée d'information. Elle a été fondée par des "
     "médecins du secteur.", {}),
    ("Le 12 mars 2024, la CPTS du Val Fleuri a tenu son assemblée générale à Montbard. La CPTS a signé son ACI "
     "avec l'ARS et la CPAM en 2021.", {"aci_signature": "2021"}),
    ("Le 12 mars 2024, les membres de la CPTS du Val Fleuri se sont réunis à Montbard. La CPTS avait signé son "
     "ACI avec l'ARS et la CPAM l'année précédente.", {}),
    ("Le 12 mars 2024, les membres de la CPTS du Val Fleuri se sont réunis à Montbard. Elle a signé son ACI avec "
     "l'ARS il y a deux ans.", {}),
    # no gathering, not the lead's day: a day of something else
    ("La CPTS du Val Fleuri a été créée en 2019. Le 12 mars 2024, elle a recruté une coordinatrice. Elle a signé son "
     "ACI avec l'ARS et la CPAM.", {"launch": "2019"}),
    # the sentence after the next
    ("Le 12 mars 2024, les soignants se sont réunis à Montbard. Ils ont parlé de la permanence des soins. La CPTS "
     "du Val Fleuri a signé son ACI avec l'ARS et la CPAM.", {}),
])
def test_no_event_of_the_gathering_in_the_next_sentence(record_of, text, expected):
    assert _dates(record_of(text)) == expected


# --- the launch place ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le lancement de la CPTS du Val Fleuri a eu lieu le 14 novembre 2022. La cérémonie s'est déroulée à Montbard, "
    "en présence du préfet.",
    "La CPTS du Val Fleuri a été lancée le 14 novembre 2022. La soirée de lancement s'est tenue à Montbard.",
    "C'est à Montbard que la CPTS du Val Fleuri a été officiellement lancée le 14 novembre 2022.",
    "La CPTS du Val Fleuri a été inaugurée le 14 novembre 2022 dans les locaux de la mairie de Montbard.",
    "Réunis à Montbard le 14 novembre 2022, les professionnels ont officiellement lancé la CPTS du Val Fleuri.",
    "The CPTS Val Fleuri was officially launched in Montbard on 14 November 2022.",
    "La CPTS du Val Fleuri a été lancée le 14 novembre 2022 au Centre culturel de Montbard.",
    "La CPTS du Val Fleuri a été lancée le 14 novembre 2022 au théâtre de Montbard.",
    "La CPTS du Val Fleuri a été lancée le 14 novembre 2022 à la salle polyvalente de Montbard.",
    "Lancement officiel de la CPTS du Val Fleuri, le 14 novembre 2022, en mairie de Montbard.",
])
def test_the_launch_place_in_other_words(record_of, text):
    record = record_of(text)
    assert _launch_place(record) == "Montbard"
    assert _dates(record)["launch"] == "2022-11-14"


@pytest.mark.parametrize("text", [
    # a meeting's place, a partner's seat, a hospital named for its town, the members' workplace
    "La CPTS du Val Fleuri a été créée en 2019. Son assemblée générale s'est tenue à Montbard le 14 novembre 2022.",
    "La CPTS du Val Fleuri, lancée en 2019, a tenu une réunion à Montbard le 14 novembre 2022.",
    "La CPTS du Val Fleuri a été lancée en 2019 avec le soutien du centre hospitalier de Montbard.",
    "La CPTS du Val Fleuri a été lancée en 2019 avec l'appui de l'ARS, dont le siège est à Dijon.",
    "La CPTS du Val Fleuri a été créée en 2019 par des médecins de l'hôpital de Montbard.",
    "La CPTS du Val Fleuri a vu le jour en 2019 à l'initiative de soignants installés à Montbard.",
    "Créée en 2019, la CPTS du Val Fleuri couvre douze communes autour de Montbard.",
    "La CPTS du Val Fleuri a été créée en 2019. La réunion de ce lundi s'est tenue à Montbard.",
    # the contract's place when the text tells another start; where the community is
    "La CPTS du Val Fleuri a été créée en 2019. Elle a signé son ACI le 14 novembre 2022 à la préfecture de Montbard.",
    "Création d'une CPTS à Montbard\n\nLa CPTS du Val Fleuri réunit 80 professionnels.",
])
def test_other_places_are_no_launch_place(record_of, text):
    assert _launch_place(record_of(text)) is None


def test_a_link_to_another_article_dates_that_article_not_the_release(record_of):
    text = ("Lire aussi : La CPTS des Monts Verts lancée le 3 mai 2023 (article publié le 4 mai 2023)" + BODY)
    record = record_of(text)
    assert _published(record) is None
    assert _dates(record, "monts-verts") == {"launch": "2023-05-03"}


@pytest.mark.parametrize("text, expected", [
    # the event "took place" in the sentence after the day
    ("Le 12 mars 2024, une nouvelle étape pour la CPTS du Val Fleuri.\nLa signature de la convention avec l'ARS et la "
     "CPAM a eu lieu à la mairie de Montbard.", {"aci_signature": "2024-03-12"}),
    ("Le 12 mars 2024, la CPTS du Val Fleuri a recruté une coordinatrice. La signature de son ACI a eu lieu en 2021.",
     {"aci_signature": "2021"}),
    # the headline tells the founding assembly, the lead its day
    ("Assemblée générale constitutive de la CPTS du Val Fleuri\n\nLe 14 novembre 2022, une cinquantaine de soignants "
     "du territoire étaient présents à Montbard.", {"statutes": "2022-11-14"}),
    ("Assemblée générale de la CPTS du Val Fleuri\n\nLe 14 novembre 2022, une cinquantaine de soignants du territoire "
     "étaient présents à Montbard.", {}),
])
def test_an_event_that_took_place_and_a_founding_assembly_headline(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a birth planned or thought of, not done
    ("Le projet de création de la CPTS du Val Fleuri a émergé en 2019.", {}),
    ("Le projet de création de la CPTS du Val Fleuri est né en 2019 parmi les médecins du secteur.", {}),
    ("La réflexion autour de la création de la CPTS du Val Fleuri a débuté en 2018.", {}),
    ("Les démarches en vue de la création de la CPTS du Val Fleuri ont commencé en 2018.", {}),
    ("L'idée de créer une CPTS est née en 2018. La CPTS du Val Fleuri a vu le jour en 2021.", {"launch": "2021"}),
    # a person's birth, a body older than the CPTS themselves
    ("Jeanne Martin, née le 3 mars 1975, préside la CPTS du Val Fleuri.", {}),
    ("Le réseau de santé, créé en 2010, est devenu la CPTS du Val Fleuri.", {}),
    # a range of years is no year
    ("La CPTS du Val Fleuri a été créée durant l'hiver 2020-2021.", {}),
    ("La CPTS du Val Fleuri a été créée en 2020/21.", {}),
    ("Créée en 2020 - 45 professionnels - la CPTS du Val Fleuri couvre 12 communes.", {"launch": "2020"}),
])
def test_plans_persons_older_bodies_and_ranges(record_of, text, expected):
    assert _dates(record_of(text)) == expected


def test_a_persons_birthplace_is_no_launch_place(record_of):
    record = record_of("Présidente de la CPTS du Val Fleuri, Jeanne Martin est née en 1975 à Montbard.")
    assert _launch_place(record) is None


@pytest.mark.parametrize("text", [
    # the contract's signature is the only start the text tells
    "La CPTS du Val Fleuri a signé son ACI le 14 novembre 2022 à la sous-préfecture de Montbard.",
    "L'accord conventionnel interprofessionnel de la CPTS du Val Fleuri a été officiellement signé à Montbard.",
    # a dated birth at a place, and a launch headline
    "Création de la CPTS du Val Fleuri à Montbard le 14 novembre 2022.",
    "Lancement de la CPTS du Val Fleuri à Montbard",
])
def test_the_place_of_the_only_start_told(record_of, text):
    assert _launch_place(record_of(text)) == "Montbard"


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri est entrée en phase opérationnelle le 14 novembre 2022.", {"launch": "2022-11-14"}),
    ("La CPTS du Val Fleuri est en ordre de marche depuis le 14 novembre 2022.", {"launch": "2022-11-14"}),
    ("La CPTS du Val Fleuri a paraphé son ACI le 14 novembre 2022.", {"aci_signature": "2022-11-14"}),
    ("Date de signature de l'ACI : 14/11/2022\nLa CPTS du Val Fleuri couvre 12 communes.",
     {"aci_signature": "2022-11-14"}),
    ("The signing of the CPTS Val Fleuri's ACI took place on 14 November 2022.", {"aci_signature": "2022-11-14"}),
    ("The CPTS Val Fleuri officially came into being on 14 November 2022.", {"launch": "2022-11-14"}),
    ("The CPTS Val Fleuri was formally established in November 2022.", {"launch": "2022-11"}),
    ("La CPTS du Val Fleuri a transmis sa lettre d'intention à l'ARS le 14 novembre 2022.",
     {"letter_of_intent": "2022-11-14"}),
    ("La CPTS du Val Fleuri a obtenu la validation de son projet de santé le 14 novembre 2022.",
     {"health_project": "2022-11-14"}),
    ("Les professionnels ont acté la création de la CPTS du Val Fleuri le 14 novembre 2022.", {"launch": "2022-11-14"}),
    # an anniversary, a review, a meeting a year on
    ("La CPTS du Val Fleuri a soufflé sa première bougie le 14 novembre 2022.", {}),
    ("La CPTS du Val Fleuri a fêté le 14 novembre 2022 le premier anniversaire de sa création.", {}),
    ("La CPTS du Val Fleuri a présenté le 14 novembre 2022 le bilan de sa première année.", {}),
    ("Un an après sa création, la CPTS du Val Fleuri a réuni ses membres le 14 novembre 2022.", {}),
])
def test_more_steps_and_anniversaries(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("header", [
    "Article rédigé par Jeanne Martin le 12/03/2024",
    "Dernière mise à jour : 12/03/2024",
    "Actualité | 12/03/2024 | ARS Bourgogne-Franche-Comté",
    "Dijon (21) - 12 mars 2024",
    "[Communiqué de presse] 12 mars 2024",
])
def test_the_releases_date_in_still_other_headers(record_of, header):
    assert _published(record_of(header + BODY)) == "2024-03-12"


@pytest.mark.parametrize("text, expected", [
    # the lead's official start, and the contract signed in the next sentence: that day's
    ("Le 12 mars 2024, la CPTS du Val Fleuri a été officiellement lancée à Montbard. La convention a été signée avec "
     "l'ARS et la CPAM en présence du préfet.", {"launch": "2024-03-12", "aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été inaugurée le 12 mars 2024.\nSes membres ont signé l'accord conventionnel "
     "interprofessionnel avec l'Assurance maladie.", {"launch": "2024-03-12", "aci_signature": "2024-03-12"}),
    # a birth, which the contract often follows by months; a contract signed before or dated
    ("La CPTS du Val Fleuri a été créée le 12 mars 2022. Elle a signé son ACI avec l'ARS et la CPAM.",
     {"launch": "2022-03-12"}),
    ("La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Elle avait signé son ACI avec l'ARS et la "
     "CPAM.", {"launch": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Elle a signé son ACI avec l'ARS et la CPAM "
     "en 2023.", {"launch": "2024-03-12", "aci_signature": "2023"}),
])
def test_the_contract_signed_at_the_official_start_of_the_lead(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a date in the headline, the release's date in the dateline below it
    ("La CPTS du Val Fleuri lancée le 12 mars\n\nMontbard, le 14 mars 2024 – Les soignants du Montbardois se sont "
     "dotés d'une CPTS.", "2024-03-14", {"launch": "2024-03-12"}),
    ("CPTS du Val Fleuri : signature de l'ACI le 12 mars 2024\n\nPublié le 14 mars 2024" + BODY, "2024-03-14",
     {"aci_signature": "2024-03-12"}),
    ("Dijon, France – March 12, 2024 – The CPTS Val Fleuri brings together 80 professionals.", "2024-03-12", {}),
    # a weekday with no date is no date, even under a dateline
    ("Publié le 14 mars 2024\n\nMardi dernier, la CPTS du Val Fleuri a signé son ACI avec l'ARS et la CPAM.",
     "2024-03-14", {}),
    # the year of a day without one is the release's, the nearest before it
    ("Publié le 14 janvier 2024\n\nLe 20 décembre, la CPTS du Val Fleuri a signé son ACI avec l'ARS et la CPAM.",
     "2024-01-14", {"aci_signature": "2023-12-20"}),
])
def test_headlines_datelines_and_days_without_a_year(record_of, text, published, expected):
    record = record_of(text)
    assert _published(record) == published
    assert _dates(record) == expected


@pytest.mark.parametrize("text", [
    "L'ARS a été créée le 1er avril 2010. La CPTS du Val Fleuri couvre 12 communes.",
    "La MSP de Montbard a signé son contrat avec l'ARS et la CPAM le 12 mars 2024. Elle fait partie de la CPTS du "
    "Val Fleuri.",
    "Le CLS du Montbardois a été signé le 12 mars 2024 ; la CPTS du Val Fleuri en est partenaire.",
    "Le centre hospitalier de Montbard, partenaire de la CPTS du Val Fleuri, a inauguré son nouveau service le 12 mars "
    "2024.",
    "Le contrat local de santé du Montbardois, signé le 14 novembre 2022, associe la CPTS du Val Fleuri.",
    "La MSP de Montbard, ouverte en septembre 2021, est membre de la CPTS du Val Fleuri.",
    "L'arrêté du 21 août 2019 portant approbation de l'accord conventionnel interprofessionnel s'applique à la CPTS "
    "du Val Fleuri.",
])
def test_the_dates_of_other_bodies_and_texts(record_of, text):
    assert _dates(record_of(text)) == {}


@pytest.mark.parametrize("text, expected", [
    ("La signature de l'ACI (12 mars 2024) a marqué une étape pour la CPTS du Val Fleuri.",
     {"aci_signature": "2024-03-12"}),
    ("La CPTS du Val Fleuri a été lancée le 12 mars 2022 (assemblée générale constitutive).",
     {"launch": "2022-03-12", "statutes": "2022-03-12"}),
    ("La CPTS du Val Fleuri\n| Création | 12/03/2022 |\n| Signature ACI | 14/11/2022 |\n| Population | 45 000 |",
     {"launch": "2022-03-12", "aci_signature": "2022-11-14"}),
    ("Key dates of the CPTS Val Fleuri\n- March 2019: letter of intent\n- June 2020: health project approved\n"
     "- January 2021: ACI signed", {"letter_of_intent": "2019-03", "health_project": "2020-06",
                                    "aci_signature": "2021-01"}),
    ("La CPTS du Val Fleuri, née au printemps 2021, couvre douze communes.", {"launch": "2021"}),
    ("La CPTS du Val Fleuri a vu le jour au second semestre 2021.", {"launch": "2021"}),
    ("La CPTS du Val Fleuri a été créée entre 2019 et 2020.", {}),
    ("Créée en mars 2022, la CPTS du Val Fleuri a signé l'ACI huit mois plus tard.", {"launch": "2022-03"}),
    ("La CPTS du Val Fleuri a signé l'ACI le 14 novembre 2022, soit huit mois après sa création.",
     {"aci_signature": "2022-11-14"}),
])
def test_brackets_tables_seasons_and_spans_of_time(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Mise en place en 2019, la CPTS du Val Fleuri a été inaugurée le 12 mars 2024.",
    "La CPTS du Val Fleuri existe depuis 2019. Elle a été officiellement lancée le 12 mars 2024.",
    "The CPTS Val Fleuri was set up in 2019 and officially launched on 12 March 2024.",
    "Fondée en 2019, la CPTS du Val Fleuri a été inaugurée le 12 mars 2024.",
])
def test_a_start_told_in_other_words_before_a_later_inauguration(record_of, text):
    assert _dates(record_of(text))["launch"] == "2019"


@pytest.mark.parametrize("header", [
    "12 mars 2024 – Permanence de soins non programmés",
    "Jeudi 12 mars 2024 - 18h30 - Forum santé",
    "12 mars 2024 - Formation aux gestes qui sauvent - Montbard",
    "12 mars 2024 – Campagne de dépistage",
])
def test_an_agenda_item_at_the_top_is_no_release_date(record_of, header):
    assert _published(record_of(header + BODY)) is None


@pytest.mark.parametrize("text", [
    "The CPTS Val Fleuri was officially launched on 12 March 2024 at the town hall of Montbard.",
    "The CPTS Val Fleuri was launched at Montbard town hall on 12 March 2024.",
    "The launch ceremony of the CPTS Val Fleuri took place in Montbard on 12 March 2024.",
])
def test_the_launch_place_in_english(record_of, text):
    assert _launch_place(record_of(text)) == "Montbard"


@pytest.mark.parametrize("header", [
    "Posted by Admin on March 12, 2024",
    "By Jane Doe | March 12, 2024",
    "Last updated: 12 March 2024",
    "Published 12th March 2024 by the CPAM",
    "Tuesday, March 12, 2024",
])
def test_the_releases_date_in_english_headers(record_of, header):
    text = header + "\n\nThe CPTS Val Fleuri brings together 80 health professionals."
    assert _published(record_of(text)) == "2024-03-12"


def test_statutes_older_than_the_cpts_themselves_are_kept(record_of):
    assert _dates(record_of("Les statuts de la CPTS du Val Fleuri ont été déposés en 2012.")) == {"statutes": "2012"}


@pytest.mark.parametrize("venue, expected", [
    ("au Creusot", "Le Creusot"),
    ("aux Riceys", "Les Riceys"),
    ("à L'Isle-sur-le-Doubs", "L'Isle-sur-le-Doubs"),
    ("à la mairie du Creusot", "Le Creusot"),
    ("à la salle des fêtes de La Charité-sur-Loire", "La Charité-sur-Loire"),
])
def test_launch_places_with_articles_and_small_words(record_of, venue, expected):
    record = record_of(f"La CPTS du Val Fleuri a été lancée le 12 mars 2024 {venue}.")
    assert _launch_place(record) == expected


@pytest.mark.parametrize("text", [
    "Les soignants réunis à Montbard Mardi ont officiellement lancé la CPTS du Val Fleuri.",
    "La CPTS du Val Fleuri a été lancée à Montbard Jeudi 12 mars 2024.",
])
def test_a_launch_place_before_a_capitalised_word(record_of, text):
    assert _launch_place(record_of(text)) == "Montbard"


@pytest.mark.parametrize("text, expected", [
    # an idea, a wish, a need was born, not the community
    ("L'idée de la CPTS du Val Fleuri est née le 12 mars 2019 lors d'une réunion de médecins.", {}),
    ("La volonté de créer la CPTS du Val Fleuri est née en 2019.", {}),
    ("Le besoin d'une CPTS du Val Fleuri est né en 2019.", {}),
    ("L'envie de travailler ensemble est née en 2019 ; la CPTS du Val Fleuri a vu le jour en 2021.", {"launch": "2021"}),
    # ... but the community born of a wish
    ("La volonté des soignants a permis à la CPTS du Val Fleuri de voir le jour en 2019.", {"launch": "2019"}),
    ("L'idée a fait son chemin et la CPTS du Val Fleuri est née en 2019.", {"launch": "2019"}),
    # the community's bodies and staff
    ("Le premier bureau de la CPTS du Val Fleuri a été constitué le 12 mars 2024.", {}),
    ("Le comité de pilotage de la CPTS du Val Fleuri a été installé le 12 mars 2024.", {}),
    ("Le poste de coordinatrice de la CPTS du Val Fleuri a été créé en janvier 2024.", {}),
])
def test_what_was_born_is_not_always_the_community(record_of, text, expected):
    assert _dates(record_of(text)) == expected
