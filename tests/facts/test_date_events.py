"""Dates read by the event around them, the release's own date, the launch place, and values the
contract cannot hold (left out with a warning, the record stands). Invented sentences only."""
from __future__ import annotations

import copy

import pytest

from pipeline.facts.events import find_cues
from pipeline.model import Ingested
from pipeline.record.validate import drop_invalid_values, evidence_errors, schema_errors


def kinds(sentence: str) -> set[str]:
    return {cue.kind for cue in find_cues(sentence, 0, len(sentence))}


@pytest.mark.parametrize("sentence, expected", [
    ("Née en 2020, la CPTS réunit 90 professionnels.", {"launch"}),
    ("La CPTS est née de la volonté de quelques médecins.", set()),
    ("Cette réunion a permis d'entériner la naissance du projet.", set()),
    ("Un projet de santé a été lancé en 2021.", set()),
    ("La CPTS a vu le jour au printemps.", {"launch"}),
    ("La CPTS verra officiellement le jour jeudi.", {"launch"}),
    ("La dynamique de création de CPTS dans la région se poursuit.", set()),
    ("En 2022, 12 CPTS ont été créées dans la région.", set()),
    ("Une convention a été conclue entre la CPTS et le centre social.", set()),
    ("La CPTS a signé une convention avec la CPAM et l'ARS.", {"aci_signature"}),
    ("L'Assurance maladie a contractualisé avec la CPTS.", {"aci_signature"}),
    ("Son projet de santé est en cours de rédaction.", set()),
    ("Son projet de santé a été validé par l'ARS.", {"health_project"}),
    ("Une lettre d'intention a été déposée.", {"letter_of_intent"}),
    ("Une association loi 1901 a été créée pour porter la CPTS.", {"statutes", "launch"}),
    ("La CPTS s'est constituée lors de sa première assemblée générale.", {"statutes", "launch"}),
    ("La CPTS s'est constituée au cours de sa première\nassemblée générale.", {"statutes", "launch"}),  # a wrapped line
    ("Le 9 juillet 2021 : constituée\nAssemblée générale : le 3 septembre", set()),  # two lines of a timeline
    ("The community was launched by its members.", {"launch"}),
    ("La CPTS existe depuis 2018.", {"launch"}),
    ("La CPTS est opérationnelle depuis janvier 2022.", {"launch"}),
    ("The CPTS has existed since 2019.", {"launch"}),
    ("La CPTS a été mise en place en 2019.", {"launch"}),
    ("Des actions ont été mises en place en 2019 par la CPTS.", set()),
    ("La CPTS a été portée sur les fonts baptismaux en mars.", {"launch"}),
    ("Its members signed the interprofessional agreement.", {"aci_signature"}),
])
def test_event_words(sentence, expected):
    assert kinds(sentence) == expected


@pytest.fixture(scope="module")
def extract():
    from pipeline.run.extract import extract_ingested

    def run(text: str) -> dict:
        record = extract_ingested("invented.txt", text.encode("utf-8"), Ingested(raw=text, format="text"))
        assert schema_errors(record) == []
        assert evidence_errors(record, text) == []
        return record
    return run


def dates_of(record: dict, key: str | None = None) -> dict[str, str]:
    cpts = next(c for c in record["cpts"] if key is None or c["key"] == key)
    return {kind: value["value"] for kind, value in cpts["dates"].items() if value}


def published(record: dict) -> str | None:
    return (record["document"]["published"] or {}).get("value")


def test_two_events_in_one_sentence(extract):
    record = extract("Créée en 2018, la CPTS du Val Fleuri a signé son contrat avec la CPAM et l'ARS le 4 mars 2021.")
    assert dates_of(record) == {"launch": "2018", "aci_signature": "2021-03-04"}


@pytest.mark.parametrize("dateline", ["Publié le 16/02/2023", "Par Anne Roux, le 16 février 2023"])
def test_a_dateline_over_the_text_is_no_part_of_its_first_sentence(extract, dateline):
    record = extract(f"{dateline}\nLa CPTS du Val Fleuri a signé l'ACI le 14 février.")
    assert published(record) == "2023-02-16"
    assert dates_of(record) == {"aci_signature": "2023-02-14"}


def test_birth_by_contract(extract):
    record = extract("La CPTS des Monts Bleus a vu le jour le 2 juin 2022 par la signature d'un contrat "
                     "avec l'Assurance Maladie et l'ARS.")
    assert dates_of(record) == {"launch": "2022-06-02", "aci_signature": "2022-06-02"}


def test_timeline_headings(extract):
    text = ("Historique de la CPTS des Coteaux Verts\n\nAvril 2019\nEnvoi de la lettre d'intention\n\n"
            "Octobre 2019\nAssemblée générale constitutive\n\nMai 2021\nSignature de l'ACI\n")
    assert dates_of(extract(text)) == {"letter_of_intent": "2019-04", "launch": "2019-10", "statutes": "2019-10",
                                       "aci_signature": "2021-05"}


def test_the_latter_names_the_event_of_the_sentence_before(extract):
    text = ("La CPTS du Plateau Sud a rédigé une lettre d'intention. Le comité régional a rendu "
            "un avis favorable sur cette dernière le 8 mars 2021.")
    assert dates_of(extract(text)) == {"letter_of_intent": "2021-03-08"}


def test_since_and_law_dates_are_no_events(extract):
    text = ("La CPTS des Rives Claires, née de l'initiative de soignants réunis depuis 2012, "
            "applique la loi du 12 mai 2015 qui a créé les CPTS.")
    assert dates_of(extract(text)) == {}


def test_a_relative_clause_after_the_date_is_not_its_event(extract):
    visit = ("Le préfet s'est rendu le 10 octobre 2024 à Bellerive, à la rencontre des médecins qui ont "
             "créé la CPTS des Rives Claires.")
    assert dates_of(extract(visit)) == {}
    birth = "La CPTS des Rives Claires, qui a été créée le 10 octobre 2024, réunit 40 médecins."
    assert dates_of(extract(birth)) == {"launch": "2024-10-10"}
    same_event = ("La CPTS des Rives Claires a signé le 10 octobre 2024 l'accord conventionnel "
                  "interprofessionnel qui marque son lancement.")
    assert dates_of(extract(same_event)) == {"launch": "2024-10-10", "aci_signature": "2024-10-10"}


def test_one_date_for_a_list_of_communities(extract):
    text = ("Le 5 juin 2023, la CPAM et l'ARS ont signé l'accord conventionnel interprofessionnel "
            "de la CPTS du Causse Haut et de la CPTS des Gorges Vives.")
    record = extract(text)
    assert dates_of(record, "causse-haut") == {"aci_signature": "2023-06-05"}
    assert dates_of(record, "gorges-vives") == {"aci_signature": "2023-06-05"}


def test_a_month_with_no_year_is_left_out_with_a_warning(extract):
    text = ("La CPTS du Lac Gris couvre 12 communes et 30 000 habitants. "
            "Elle a signé son accord conventionnel interprofessionnel en juillet.")
    record = extract(text)
    cpts = record["cpts"][0]
    assert cpts["dates"]["aci_signature"] is None
    assert cpts["population"]["value"] == 30000
    [warning] = [w for w in record["warnings"] if w["code"] == "invalid_value"]
    assert "dates.aci_signature" in warning["message"] and "'juillet'" in warning["message"]
    assert warning["cpts"] == "lac-gris"


def test_any_refused_value_is_dropped_not_the_record(extract):
    text = "La CPTS du Lac Gris couvre 12 communes et 30 000 habitants. Elle a été lancée le 3 mai 2022."
    record = extract(text)
    broken = copy.deepcopy(record)
    broken["cpts"][0]["population"]["value"] = "beaucoup"
    broken["cpts"][0]["dates"]["launch"]["value"] = "2022-02-30"
    warnings = drop_invalid_values(broken)
    assert schema_errors(broken) == []
    assert broken["cpts"][0]["population"] is None and broken["cpts"][0]["dates"]["launch"] is None
    assert broken["cpts"][0]["communes_count"] == record["cpts"][0]["communes_count"]
    assert sorted(w["message"].split(":")[0] for w in warnings) == ["cpts[0].dates.launch", "cpts[0].population"]
    assert all(w["code"] == "invalid_value" for w in warnings)


def test_a_valid_record_is_left_alone(extract):
    record = extract("La CPTS du Lac Gris a été lancée le 3 mai 2022.")
    before = copy.deepcopy(record)
    assert drop_invalid_values(record) == [] and record == before


@pytest.mark.parametrize("header, expected", [
    ("Publié le 4 octobre 2023 à 09h12", "2023-10-04"),
    ("Publié le : 4 octobre 2023", "2023-10-04"),
    ("Par Jeanne Martin, publié le 4 octobre 2023 à 9h12, mis à jour le 5 octobre 2023", "2023-10-04"),
    ("Mis à jour le 6 octobre 2023", "2023-10-06"),
    ("Date : 04/10/2023", "2023-10-04"),
    ("Published on October 4, 2023", "2023-10-04"),
    ("Article publié dans La Revue Soignante, octobre 2023", "2023-10"),
    ("La Revue Soignante / Octobre 2023", "2023-10"),
    ("Actualités\n4 octobre 2023", "2023-10-04"),
    ("Nantes, le 4 octobre 2023 – La CPTS", "2023-10-04"),
    (" date 2023-10 La CPTS", None),
    ("Octobre 2023", None),
    ("Nantes le 4 octobre 2023", "2023-10-04"),
    ("4 octobre 2023 - 3 min de lecture", "2023-10-04"),
])
def test_published_from_header_lines(extract, header, expected):
    text = f"{header}\n\nLa CPTS des Trois Vallées a été lancée le 2 octobre 2023.\n"
    assert published(extract(text)) == expected


def test_an_event_date_is_not_the_release_date(extract):
    record = extract("Le 2 octobre 2023, la CPTS des Trois Vallées a été lancée à Mâcon.")
    assert published(record) is None


@pytest.mark.parametrize("text, expected", [
    ("La CPTS des Trois Vallées a été inaugurée le 2 octobre 2023 à Mâcon.", "Mâcon"),
    ("Lancée le 2 octobre 2023 à Mâcon, la CPTS des Trois Vallées réunit 80 soignants.", "Mâcon"),
    ("La CPTS des Trois Vallées a été inaugurée jeudi à la mairie de Mâcon.", "Mâcon"),
    # a workplace, a participle that only qualifies the CPTS, a title that folds like a commune
    ("La CPTS des Trois Vallées a été lancée, explique son président, médecin à Mâcon.", None),
    ("La CPTS des Trois Vallées, créée en mai, a tenu son assemblée générale à Mâcon.", None),
    ("La CPTS des Trois Vallées a été inaugurée en présence de l'adjointe au Maire.", None),
])
def test_launch_place(extract, text, expected):
    place = extract(text)["cpts"][0]["launch_place"]
    assert (place and place["name"]) == expected


def test_an_opinion_in_favour_validates_a_health_project(extract):
    record = extract("Le projet de santé de la CPTS du Bois Joli a reçu un avis favorable de l'ARS le 9 mai 2022.")
    assert dates_of(record) == {"health_project": "2022-05-09"}


def test_a_byline_after_the_date(extract):
    assert published(extract("9 mai 2022 par La Rédaction\n\nLa CPTS du Bois Joli a été lancée.")) == "2022-05-09"
    assert published(extract("Le 9 mai 2022 par la signature d'un contrat, la CPTS du Bois Joli est née.")) is None


@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS a inauguré ses nouveaux locaux.", set()),
    ("Le médicobus de la CPTS a été lancé.", set()),
    ("La CPTS a été inaugurée au centre culturel.", {"launch"}),
    ("La 3e CPTS du Centre-Val de Loire verra le jour.", {"launch"}),
])
def test_what_is_launched(sentence, expected):
    assert kinds(sentence) == expected


def test_dates_alone_on_their_lines_are_a_timeline_not_a_dateline(extract):
    text = ("Historique de la CPTS du Bois Joli\n\n2 mars 2021\nEnvoi de la lettre d'intention\n\n"
            "9 mai 2022\nSignature de l'ACI\n")
    record = extract(text)
    assert published(record) is None
    assert dates_of(record) == {"letter_of_intent": "2021-03-02", "aci_signature": "2022-05-09"}


def test_a_publication_label_wins_over_an_earlier_bare_date(extract):
    text = "Actualités\n3 mai 2022\nPublié le 9 mai 2022\n\nLa CPTS du Bois Joli a été lancée."
    assert published(extract(text)) == "2022-05-09"


def test_a_date_in_brackets_after_a_name_takes_the_event_of_its_sentence(extract):
    text = ("Avant elles, la CPTS du Val Bleu (mars 2020) et la CPTS du Mont Vert, première à signer "
            "un accord conventionnel interprofessionnel en mai 2019, couvraient déjà le nord.")
    record = extract(text)
    assert dates_of(record, "val-bleu") == {"aci_signature": "2020-03"}
    assert dates_of(record, "mont-vert") == {"aci_signature": "2019-05"}


def test_an_association_created_in_a_year_and_a_labelled_project(extract):
    record = extract("Créée en 2019 sous forme d'association, la CPTS du Bois Joli a vu son projet de santé "
                     "labellisé par l'ARS en 2020.")
    assert dates_of(record) == {"launch": "2019", "statutes": "2019", "health_project": "2020"}


def test_key_value_lines(extract):
    text = "CPTS du Bois Joli\nDate de création : 2019\nSignature de l'ACI : 12/03/2021\nCommunes : 14\n"
    assert dates_of(extract(text)) == {"launch": "2019", "aci_signature": "2021-03-12"}


def test_a_press_release_heading_before_the_dateline(extract):
    record = extract("Communiqué de presse – Lyon, le 5 mars 2024\n\nLa CPTS du Bois Joli a été lancée.")
    assert published(record) == "2024-03-05" and record["document"]["place"]["name"] == "Lyon"


def test_a_headline_birth_makes_the_dated_contract_the_launch(extract):
    text = ("Une nouvelle CPTS voit le jour dans la vallée\n\nMardi 3 octobre, la CPTS du Val Doré a signé son "
            "accord conventionnel interprofessionnel avec la CPAM à Mâcon.")
    record = extract(text)
    assert dates_of(record) == {"launch": "--10-03", "aci_signature": "--10-03"}
    assert record["cpts"][0]["launch_place"]["name"] == "Mâcon"


def test_an_inauguration_headline_is_no_birth(extract):
    text = ("Inauguration de la CPTS du Val Doré\n\nLe 3 octobre 2023, la CPAM et l'ARS ont signé "
            "l'accord conventionnel interprofessionnel de la CPTS du Val Doré.")
    assert dates_of(extract(text)) == {"aci_signature": "2023-10-03"}


def test_a_date_without_year_takes_the_year_of_its_sentence(extract):
    text = ("La CPAM et l'ARS ont signé un contrat avec la CPTS du Val Doré le 4 mai 2021, "
            "puis avec les CPTS du Mont Clair et des Rives le 11 mai.")
    record = extract(text)
    assert dates_of(record, "val-dore") == {"aci_signature": "2021-05-04"}
    assert dates_of(record, "mont-clair") == {"aci_signature": "2021-05-11"}
    assert dates_of(record, "rives") == {"aci_signature": "2021-05-11"}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Doré est issue du réseau Santé Plus, créé en 2012.",
    "Le projet est né après la création en 2014 du Collectif Soins Unis. La CPTS du Val Doré compte 40 membres.",
    "La CPTS du Val Doré devrait signer son ACI d'ici fin 2024.",
    "La CPTS du Val Doré prévoit de signer son ACI en septembre 2024.",
    "Le contrat local de santé a été signé le 12 juin 2023 par l'ARS, la préfecture et la CPTS du Val Doré.",
    "L'avenant 2 de l'ACI, signé en 2021, renforce le financement de la CPTS du Val Doré.",
    "La CPTS du Val Doré a lancé en 2023 une enquête auprès des patients.",
    "La création en 2022 d'un poste de coordinateur a aidé la CPTS du Val Doré.",
    "Le site internet de la CPTS du Val Doré a été lancé le 3 mars 2023.",
    "Les soins non programmés ont démarré le 3 janvier 2023 dans la CPTS du Val Doré.",
    "La CPTS du Val Doré organise un forum santé le 12 mai 2023 à la salle des fêtes.",
    "Une réunion d'information sur la création de la CPTS du Val Doré aura lieu le 12 mai 2023.",
    "La CPTS du Val Doré, lancée il y a un an, tenait le 12 mai 2023 sa première assemblée générale.",
    "Le 12 mai 2023, la CPTS du Val Doré a tenu son assemblée générale.",
    "La CPTS du Val Doré a lancé le 12 mai 2023 une tournée du bus santé.",
    "La CPTS du Val Doré a organisé le 12 mai 2023 une réunion d'information sur son projet de santé.",
])
def test_events_of_other_things_date_nothing(extract, text):
    assert dates_of(extract(text)) == {}


@pytest.mark.parametrize("text, expected", [
    ("Les médecins ont créé la CPTS du Val Doré en 2019.", {"launch": "2019"}),
    ("La CPTS du Val Doré a démarré en 2020.", {"launch": "2020"}),
    ("Fondée en 2018, la CPTS du Val Doré couvre 20 communes.", {"launch": "2018"}),
    ("La CPTS du Val Doré existe depuis 2018.", {"launch": "2018"}),
    ("Le 12 mai 2023, les membres de la CPTS du Val Doré ont fêté le lancement officiel de leur communauté.",
     {"launch": "2023-05-12"}),
    ("The CPTS du Val Doré has existed since 2019.", {"launch": "2019"}),
    ("La CPTS du Val Doré a été mise en place le 1er juillet 2020.", {"launch": "2020-07-01"}),
    ("Depuis sa création en 2019, la CPTS du Val Doré a signé l'ACI.", {"launch": "2019"}),
    ("La CPTS du Val Doré est conventionnée depuis le 3 mars 2021.", {"aci_signature": "2021-03-03"}),
    ("Le projet de santé de la CPTS du Val Doré, déposé en janvier 2021, a été validé en mars 2021.",
     {"health_project": "2021-03"}),
    ("CPTS du Val Doré\n\nDate de création : 8 décembre 2021\nSignature ACI : mars 2022\n",
     {"launch": "2021-12-08", "aci_signature": "2022-03"}),
    ("CPTS du Val Doré\n\n2018\nPremières réunions\n\n2019\nCréation de la CPTS\n\n2021\nSignature de l'ACI\n",
     {"launch": "2019", "aci_signature": "2021"}),
    ("2019 : création de l'association CPTS du Val Doré\n2021 : signature de l'ACI\n",
     {"launch": "2019", "statutes": "2019", "aci_signature": "2021"}),
])
def test_events_of_the_community(extract, text, expected):
    assert dates_of(extract(text)) == expected


@pytest.mark.parametrize("header, expected", [
    ("Mis en ligne le 4 octobre 2023", "2023-10-04"),
    ("Par Jeanne Martin le 4 octobre 2023", "2023-10-04"),
    ("Le 4 octobre 2023 | Santé", "2023-10-04"),
    ("4 octobre 2023 · 3 min de lecture", "2023-10-04"),
    ("Mis à jour le 5/10/2023 | Publié le 4/10/2023", "2023-10-04"),
    ("Accueil > Actualités > 4 octobre 2023", "2023-10-04"),
    ("Mâcon (71) – 4 octobre 2023", "2023-10-04"),
    ("Posté le 4 octobre 2023", "2023-10-04"),
    ("Date de mise en ligne : 04/10/2023", "2023-10-04"),
    ("Publié en octobre 2023", "2023-10"),
])
def test_more_header_lines(extract, header, expected):
    text = f"{header}\n\nLa CPTS des Trois Vallées a été lancée le 2 octobre 2023.\n"
    assert published(extract(text)) == expected


def test_a_signature_in_an_apposition_still_dates_the_birth_by_contract(extract):
    text = "La CPTS du Val Doré a vu le jour le 5 mai 2023, avec la signature de son contrat avec l'ARS et la CPAM."
    assert dates_of(extract(text)) == {"launch": "2023-05-05", "aci_signature": "2023-05-05"}


def test_a_month_alone_under_a_cover_title_dates_the_document(extract):
    text = "RAPPORT D'ACTIVITÉ\n\nCPTS du Bois Joli\n\nMars 2024\n\nLa CPTS du Bois Joli réunit 80 professionnels.\n"
    assert published(extract(text)) == "2024-03"
    timeline = ("CPTS du Bois Joli\n\nMars 2021\nEnvoi de la lettre d'intention.\n\n"
                "Mai 2022\nSignature de l'ACI.\n")
    assert published(extract(timeline)) is None


@pytest.mark.parametrize("text, expected", [
    # the national agreement named by its date, then the community's own
    ("L'ACI du 20 avril 2019 fixe le cadre du financement des CPTS. La CPTS du Val Doré a signé le sien "
     "le 5 juin 2023.", {"aci_signature": "2023-06-05"}),
    ("L'accord conventionnel interprofessionnel du 20 avril 2019 encadre les CPTS. La CPTS du Val Doré "
     "couvre 20 communes.", {}),
    # a relative time followed by the date itself
    ("La CPTS du Val Doré a été créée il y a cinq ans, en 2018.", {"launch": "2018"}),
    ("La CPTS du Val Doré, lancée il y a deux ans, a signé son ACI en 2023.", {"aci_signature": "2023"}),
])
def test_the_national_agreement_and_relative_times(extract, text, expected):
    assert dates_of(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Doré a officiellement pris son envol le 4 avril 2022.", {"launch": "2022-04-04"}),
    ("Le coup d'envoi de la CPTS du Val Doré a été donné le 4 avril 2022.", {"launch": "2022-04-04"}),
    ("La CPTS du Val Doré a commencé ses activités en avril 2022.", {"launch": "2022-04"}),
    ("The CPTS Val Doré officially started operating in April 2022.", {"launch": "2022-04"}),
    ("La CPTS du Val Doré fonctionne depuis avril 2022.", {"launch": "2022-04"}),
    ("La CPTS du Val Doré, opérationnelle depuis le 4 avril 2022, couvre 10 communes.", {"launch": "2022-04-04"}),
    # a thing of the community is the subject
    ("La permanence de soins de la CPTS du Val Doré existe depuis mars 2023.", {}),
    ("Le service de téléconsultation de la CPTS du Val Doré fonctionne depuis mars 2023.", {}),
    ("Le coup d'envoi de la campagne de dépistage de la CPTS du Val Doré a été donné le 4 avril 2022.", {}),
])
def test_more_ways_to_tell_a_start(extract, text, expected):
    assert dates_of(extract(text)) == expected


@pytest.mark.parametrize("header, expected", [
    ("Le 12/03/2023 à 14h32 par Marie Dupont", "2023-03-12"),
    ("Le 12 mars 2023 par Marie Dupont, ARS Bourgogne", "2023-03-12"),
    ("Dossier de presse – Mars 2023", "2023-03"),
    ("Lettre d'information n°12 – mars 2023", "2023-03"),
])
def test_bylines_and_issue_dates(extract, header, expected):
    text = f"{header}\n\nLa CPTS des Trois Vallées a été lancée le 2 octobre 2022.\n"
    assert published(extract(text)) == expected


def test_a_list_of_communities_and_their_dates_shares_the_event(extract):
    text = ("Trois CPTS ont signé leur ACI avec la CPAM :\n- la CPTS du Val Noir, le 12 mars 2023 ;\n"
            "- la CPTS des Monts Clairs, le 15 mars 2023 ;\n- la CPTS de la Rive, le 20 mars 2023.")
    record = extract(text)
    assert dates_of(record, "monts-clairs") == {"aci_signature": "2023-03-15"}
    assert dates_of(record, "rive") == {"aci_signature": "2023-03-20"}
    record = extract("La CPTS du Val Noir a signé son ACI le 12 mars 2023, la CPTS des Monts Clairs le 15 mars 2023.")
    assert dates_of(record, "monts-clairs") == {"aci_signature": "2023-03-15"}
    # a verb of its own tells another event
    record = extract("La CPTS du Val Noir a signé son ACI le 12 mars 2023, la CPTS des Monts Clairs a tenu son "
                     "assemblée le 15 mars 2023.")
    assert dates_of(record, "monts-clairs") == {}


@pytest.mark.parametrize("text, expected", [
    # a day and month without a year take the year that puts them nearest the release's date
    ("Dijon, le 15 janvier 2024\n\nLa CPTS du Val Doré a signé son ACI le 20 décembre.", "2023-12-20"),
    ("Dijon, le 15 janvier 2024\n\nLa CPTS du Val Doré a signé son ACI le 12 décembre dernier.", "2023-12-12"),
    ("Dijon, le 15 mars 2024\n\nLa CPTS du Val Doré a signé son ACI le 20 mars dernier.", "2023-03-20"),
    ("Dijon, le 15 décembre 2024\n\nLa CPTS du Val Doré signera son ACI le 5 février prochain.", "2025-02-05"),
    ("Dijon, le 15 mars 2024\n\nLa CPTS du Val Doré a signé son ACI le 4 mars.", "2024-03-04"),
])
def test_a_year_from_the_release_is_the_nearest(extract, text, expected):
    assert dates_of(extract(text)) == {"aci_signature": expected}


def test_at_equal_distance_the_date_after_the_event_word(extract):
    text = ("Le projet de santé de la CPTS du Val Doré a été présenté à l'ARS le 3 juin 2021 et validé le "
            "15 juillet 2021.")
    assert dates_of(extract(text)) == {"health_project": "2021-07-15"}


@pytest.mark.parametrize("text, expected", [
    ("Lancée le 2 juin 2022 à Arbois, la CPTS du Haut Val couvre 10 communes.", "Arbois"),
    # the seat, or an event of the main clause after an opening participle, is no launch place
    ("Lancée en 2020, la CPTS du Haut Val a son siège à Arbois.", None),
    ("Créée en 2020, la CPTS du Haut Val organise une journée de prévention à Arbois.", None),
    ("La CPTS du Haut Val, dont le siège est à Arbois, a été créée en 2021.", None),
    ("La CPTS du Haut Val a été créée en 2020 et son siège est situé à Arbois.", None),
])
def test_launch_place_in_the_launch_clause(extract, text, expected):
    place = extract(text)["cpts"][0]["launch_place"]
    assert (place["name"] if place else None) == expected


@pytest.mark.parametrize("header, expected", [
    ("Actualité – 3 avril 2024", "2024-04-03"),
    ("3 avril 2024 – Toulouse", "2024-04-03"),
    ("3 avril 2024 - Saint-Jean-de-Luz (64)", "2024-04-03"),
    ("3 avril 2024 – La CPTS des Trois Vallées a été lancée hier", None),
])
def test_a_rubric_before_the_date_or_the_place_after_it(extract, header, expected):
    text = f"{header}\n\nLa CPTS des Trois Vallées a été lancée le 2 avril 2024.\n"
    assert published(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The CPTS Green Valley came into being in 2019.", {"launch": "2019"}),
    ("The CPTS Green Valley held its founding general meeting on 5 February 2021.",
     {"launch": "2021-02-05", "statutes": "2021-02-05"}),
])
def test_english_birth_and_founding_meeting(extract, text, expected):
    assert dates_of(extract(text)) == expected


def test_dates_after_leader_dots(extract):
    text = ("CPTS du Roc Noir\nLes dates clés\nLettre d'intention ......... 15/06/2019\n"
            "Assemblée constitutive ...... 03/02/2020\nSignature de l'ACI ......... 12/03/2021\n")
    assert dates_of(extract(text)) == {"letter_of_intent": "2019-06-15", "launch": "2020-02-03", "statutes": "2020-02-03",
                                       "aci_signature": "2021-03-12"}


@pytest.mark.parametrize("venue", ["à la maison de santé de", "au centre hospitalier de", "à la maison des associations de"])
def test_launch_place_after_a_venue(extract, venue):
    text = f"La CPTS du Causse a été officiellement lancée le 12 mars 2024 {venue} Millau."
    assert extract(text)["cpts"][0]["launch_place"]["name"] == "Millau"


@pytest.mark.parametrize("text, expected", [
    ("Les statuts de la CPTS du Causse, modifiés le 3 mai 2023, prévoient un collège des usagers.", {}),
    ("Lors de l'assemblée générale du 3 mai 2023, la CPTS du Causse a modifié ses statuts.", {}),
    ("Les statuts de la CPTS du Causse ont été déposés le 3 mai 2020.", {"statutes": "2020-05-03"}),
])
def test_amended_statutes_are_no_founding(extract, text, expected):
    assert dates_of(extract(text)) == expected


DATE_COLUMN_THEN_LABELS = """La CPTS du Val Test couvre 12 communes.

Dates clés de la CPTS du Val Test

03/07/2020 :
{second} :
01/09/2021 :
16/09/2021 :

validation de la lettre d'intention de la CPTS

vote et adoption des statuts de la CPTS
validation du projet de santé de la CPTS

signature de l'ACI ouvrant droit au financement de la CPTS
"""


@pytest.mark.parametrize("second, statutes", [("10/12/2020", "2020-12-10"), ("90/12/2020", None)])
def test_a_column_of_dates_keeps_its_rows_when_ocr_spoils_one_date(record_of, second, statutes):
    """OCR gives a two-column table's dates first, then its labels: a date misread past the
    calendar ("90/12/2020") is still a row, so the rows after it keep their labels."""
    dates = record_of(DATE_COLUMN_THEN_LABELS.format(second=second))["cpts"][0]["dates"]
    assert (dates["letter_of_intent"] or {}).get("value") == "2020-07-03"
    assert (dates["statutes"] or {}).get("value") == statutes
    assert (dates["health_project"] or {}).get("value") == "2021-09-01"
    assert (dates["aci_signature"] or {}).get("value") == "2021-09-16"


def test_a_sentence_the_page_wrapped_after_its_date_is_no_heading(record_of):
    """A narrow column wraps "Le 29 novembre 2021, l'Assurance Maladie de" / "Haute-Savoie ...":
    the first line ends on "de", so it is no heading, and the date keeps its sentence's verb."""
    text = ("Inauguration de la CPTS du Mont Test\n\nCPAM de la Haute-Savoie\n\n"
            "Le 29 novembre 2021, l’Assurance Maladie de\nHaute-Savoie et l’agence régionale de santé (ARS)\n"
            "Auvergne-Rhône-Alpes ont contractualisé avec la CPTS\ndu Mont Test.\n")
    dates = record_of(text)["cpts"][0]["dates"]
    assert (dates["aci_signature"] or {}).get("value") == "2021-11-29"


@pytest.mark.parametrize("text, expected", [
    # "au" holds the article of a town's name: Le Mans, Le Lion-d'Angers
    ("Mardi 8 septembre 2020, au Mans, les professionnels de santé ont signé avec la CPAM le premier contrat "
     "finançant la CPTS Sud Sarthe.", "Le Mans"),
    ("La CPTS du Segréen a signé son accord conventionnel interprofessionnel au Lion d'Angers le 3 mars 2021.",
     "Le Lion-d'Angers"),
    # a definition of any community tells no launch: the signature's place stays the launch's
    ("La CPTS Sud Sarthe a signé son contrat avec la CPAM le 8 septembre 2020 au Mans. Créée à l'initiative des "
     "professionnels de santé d'un territoire, une CPTS n'est pas un lieu de soins.", "Le Mans"),
])
def test_launch_place_after_au(extract, text, expected):
    place = extract(text)["cpts"][0]["launch_place"]
    assert (place["name"] if place else None) == expected


def test_a_definition_of_any_community_is_no_launch():
    sentence = "Créée à l'initiative des professionnels de santé d'un territoire, une CPTS n'est pas un lieu de soins."
    assert kinds(sentence) == set()
    assert kinds("Créée à l'initiative des professionnels de santé du territoire, la CPTS réunit 80 membres.") == {"launch"}
