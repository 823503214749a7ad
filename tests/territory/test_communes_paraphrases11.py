"""Communes a territory holds, in more of the genre's ways: a short form of a commune's name that
another department's commune bears in full ("Fos" for Fos-sur-Mer, beside the Fos of the Haute-Garonne),
a list inside an aside between spaced dashes ("La structure - qui regroupe les soignants de A, B et de
C - a été créée"), and a list whose last name the sentence goes on after in lower case ("de C
désireux de ..."). The CPTS and sentences are invented; the places come from the gazetteer."""
from __future__ import annotations

from perimeter import GAZ, cpts_of

ISTRES, FOS_SUR_MER, PORT_SAINT_LOUIS, MIRAMAS = "13047", "13039", "13078", "13063"


def _communes(record: dict) -> list[tuple[str, str | None]]:
    return [(c["name"], c["insee"]) for c in cpts_of(record, "val-fleuri")["territory"]["communes"]]


def test_a_short_form_in_the_department_even_when_another_department_has_the_name():
    assert [c.insee for c in GAZ.longer_names("Fos", "13")] == [FOS_SUR_MER]
    assert GAZ.longer_names("Istres", "13") == []  # a commune of that very name in the department is the one meant


def test_a_list_in_an_aside_whose_sentence_goes_on(record_of):
    text = ("La CPTS du Val Fleuri, dans les Bouches-du-Rhône, a déposé son projet de santé. La structure - qui regroupe "
            "150 professionnels de santé des communes d'Istres, Fos et de Port-Saint-Louis désireux de coordonner leur "
            "action - a été créée en août 2021.")
    assert _communes(record_of(text)) == [("Istres", ISTRES), ("Fos", FOS_SUR_MER), ("Port-Saint-Louis", PORT_SAINT_LOUIS)]


def test_a_lower_case_word_ends_the_last_name(record_of):
    text = ("La CPTS du Val Fleuri, dans les Bouches-du-Rhône, regroupe les professionnels de santé des communes "
            "d'Istres et de Miramas soucieux de travailler ensemble.")
    assert _communes(record_of(text)) == [("Istres", ISTRES), ("Miramas", MIRAMAS)]
