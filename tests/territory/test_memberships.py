"""Communes a sentence says belong to a CPTS: the commune as the subject of "fait partie de",
"relève de", "appartient à", or named in a relative clause on the CPTS ("la CPTS X, dont A fait
partie", "dont font partie A et B", "à laquelle appartient la commune de C"). They are territory
communes, not a perimeter. A name written short ("Thonon") is the one commune of the
department it starts. Negatives: a relative clause on the CPTS's people or buildings, and
a person who belongs to the CPTS. The CPTS and sentences are invented; the codes are the
gazetteer's (Haute-Savoie)."""
from __future__ import annotations

import pytest

ANNEMASSE, GAILLARD, THONON = "74012", "74133", "74281"


def release(body: str) -> str:
    return f"Le 12 mars 2024.\n\nUn nouveau cabinet médical en Haute-Savoie\n\n{body}\n"


def territory(record: dict) -> dict:
    return {c["key"]: c for c in record["cpts"]}["genevois"].get("territory") or {}


def communes(record: dict) -> list[str]:
    return sorted(c["insee"] for c in territory(record).get("communes", []))


@pytest.mark.parametrize("body, expected", [
    ("Sur le territoire de la CPTS du Genevois, dont Annemasse fait partie, 5 000 personnes n'ont pas de médecin "
     "traitant.", [ANNEMASSE]),
    ("La CPTS du Genevois, dont font partie Annemasse et Gaillard, a été créée en 2021.", [ANNEMASSE, GAILLARD]),
    ("La CPTS du Genevois, dont Annemasse et Gaillard font partie, a été créée en 2021.", [ANNEMASSE, GAILLARD]),
    ("La CPTS du Genevois, à laquelle appartient la commune de Gaillard, a été créée en 2021.", [GAILLARD]),
    ("La commune d'Annemasse fait partie de la CPTS du Genevois, créée en 2021.", [ANNEMASSE]),
    ("La ville de Gaillard relève de la CPTS du Genevois, créée en 2021.", [GAILLARD]),
    ("Les communes d'Annemasse et de Gaillard font partie de la CPTS du Genevois.", [ANNEMASSE, GAILLARD]),
    ("La CPTS du Genevois, dont Thonon fait partie, a été créée en 2021.", [THONON]),
])
def test_communes_said_to_belong_are_territory_communes_without_perimeter(record_of, body, expected):
    record = record_of(release(body))
    assert communes(record) == expected
    assert territory(record).get("resolved") is None


def test_en_a_relative_clause_on_the_cpts(record_of):
    record = record_of("12 March 2024.\n\nA new GP practice in Haute-Savoie\n\nThe CPTS du Genevois, to which "
                       "Annemasse belongs, was created in 2021.\n")
    assert communes(record) == [ANNEMASSE]


@pytest.mark.parametrize("body", [
    "La CPTS du Genevois, dont le président exerce à Annemasse, a été créée en 2021.",
    "La CPTS du Genevois, dont fait partie le centre hospitalier d'Annemasse, a été créée en 2021.",
    "La CPTS du Genevois, dont font partie des médecins d'Annemasse, a été créée en 2021.",
    "Le docteur Paul Mercier, qui fait partie de la CPTS du Genevois, exerce à Annemasse.",
])
def test_people_seats_and_buildings_of_the_cpts_give_no_commune(record_of, body):
    assert communes(record_of(release(body))) == []
