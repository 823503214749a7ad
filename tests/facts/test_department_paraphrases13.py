"""A CPTS the text is about, listed with others whose names all place them in one department the text names, is in
that department too; one only mentioned so is not placed. Invented texts only."""
from __future__ import annotations


def _departments(record: dict) -> dict[str, list[str]]:
    return {c["key"]: c["departments"] for c in record["cpts"]}


def test_a_subject_listed_with_others_of_one_department(record_of):
    text = ("En Charente, la CPTS Charente Limousine a signé son ACI. Avant elle, la CPTS du Grand Angoulême avait "
            "ouvert la voie. Ont également signé la CPTS du Cognaçais, la CPTS Sud Charente et la CPTS du Val Fleuri.")
    found = _departments(record_of(text))
    assert found["val-fleuri"] == ["16"] and found["cognacais"] == ["16"]


def test_each_cpts_of_a_list_takes_the_department_code_after_its_name(record_of):
    text = ("Nouvelles CPTS signataires ce trimestre\n"
            "• CPTS du Val Fleuri (dép. 19) – ACI signé le 21/02/2024 – 37 800 hab.\n"
            "• CPTS des Monts Verts (dép. 64) – ACI signé le 12/03/2024 – 41 000 hab.\n")
    assert _departments(record_of(text)) == {"val-fleuri": ["19"], "monts-verts": ["64"]}
