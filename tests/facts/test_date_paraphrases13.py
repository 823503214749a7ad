"""The ACI's date told in a sentence that takes the contract up by its article after the ACI was named ("... signe
son ACI. Les soignants ont paraphé le contrat jeudi 20 juin", "The agreement, signed on 14 March 2023"); and near
misses (another contract, a contract of something else); a validation still awaited dates no project; a kicker in
capitals before the release's date. Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"


def _dates(record: dict) -> dict[str, str]:
    cpts = next(c for c in record["cpts"] if c["key"] == V)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d}


@pytest.mark.parametrize("text, expected", [
    ("Publié le 25 juin 2024.\nLa CPTS du Val Fleuri signe son ACI. Les 58 professionnels adhérents ont paraphé le "
     "contrat jeudi 20 juin.", "2024-06-20"),
    ("Publié le 25 juin 2024.\nLa CPTS du Val Fleuri signe son ACI. Les professionnels ont signé le contrat le 20 juin "
     "2024 à la mairie.", "2024-06-20"),
    ("The CPTS du Val Fleuri has signed the interprofessional agreement (ACI) with the health insurance fund. Its members "
     "met in the town hall. The agreement, signed on 14 March 2023, guarantees funding.", "2023-03-14"),
])
def test_the_contract_taken_up_after_the_aci(record_of, text, expected):
    assert _dates(record_of(text)).get("aci_signature") == expected


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri a signé son ACI en 2022. Le contrat local de santé a été signé le 3 mai 2024.",
    "La CPTS du Val Fleuri a signé son ACI en 2022. Le maire a signé le contrat de la piscine le 3 mai 2024.",
])
def test_another_contract_after_the_aci(record_of, text):
    assert _dates(record_of(text)).get("aci_signature") == "2022"


def test_a_validation_still_awaited_dates_no_project(record_of):
    text = ("Publié le 12 juin 2023\nLa CPTS du Val Fleuri a déposé son projet de santé. En attendant le feu vert "
            "officiel, ce projet a été présenté aux membres de la structure réunis le 6 juin.")
    assert "health_project" not in _dates(record_of(text))


@pytest.mark.parametrize("text, expected", [
    ("VAL-D'OISE  10/04/2025\n\nLa CPTS du Val Fleuri a signé son accord conventionnel.", "2025-04-10"),
    ("SANTÉ\t12/03/2024\nLa CPTS du Val Fleuri a signé son accord conventionnel.", "2024-03-12"),
])
def test_a_kicker_in_capitals_before_the_release_date(record_of, text, expected):
    published = record_of(text)["document"]["published"]
    assert published and published["value"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Le lancement officiel a lieu le 16 novembre 2023 à Montbard.", "2023-11-16"),
    ("Son lancement officiel a eu lieu le 16 novembre 2023.", "2023-11-16"),
    ("Le lancement de la campagne de vaccination a lieu le 16 novembre 2023.", None),
])
def test_the_launch_taken_up_by_its_noun(record_of, sentence, expected):
    text = "La CPTS du Val Fleuri regroupe 120 professionnels de santé. " + sentence
    assert _dates(record_of(text)).get("launch") == expected


@pytest.mark.parametrize("text, expected", [
    ("Au 1er juillet 2024, on recensait en France plus de 780 CPTS ayant signé l'ACI. La CPTS du Val Fleuri est en "
     "fonctionnement.", None),
    ("Le 3 mars 2024, les 12 CPTS du département ont signé leur ACI, dont la CPTS du Val Fleuri.", "2024-03-03"),
])
def test_a_count_of_cpts_no_department_has_tells_no_event(record_of, text, expected):
    assert _dates(record_of(text)).get("aci_signature") == expected


def test_a_month_said_last_takes_the_release_year_not_the_sentences(record_of):
    text = ("Publié le 3 octobre 2023\nLa CPTS du Val Fleuri avance. Nous avions envoyé notre lettre d'intention à l'ARS "
            "en novembre 2022, et notre projet de santé a été validé en juin dernier.")
    assert _dates(record_of(text)) == {"letter_of_intent": "2022-11", "health_project": "2023-06"}


def test_steps_still_hoped_for_are_no_dates(record_of):
    text = ("La CPTS du Val Fleuri avance : prochaine étape, écrire son projet de santé et le faire valider par l'ARS, "
            "avant la signature d'un contrat avec l'Assurance maladie, espérée courant 2024.")
    assert _dates(record_of(text)) == {}
