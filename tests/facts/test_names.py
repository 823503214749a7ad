"""CPTS names: found after "CPTS" or the spelled-out form, generic uses ignored, keys stable."""
import pytest

from pipeline.facts.name_groups import group_mentions
from pipeline.facts.name_words import canonical_name, key_of
from pipeline.facts.names import find_mentions
from pipeline.facts.place_names import is_department_name


def names(text, lang="fr"):
    return [(c.key, c.name, c.aliases) for c in group_mentions(find_mentions(text, is_department_name), lang)]


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Pays de Lorient a été lancée.", [("pays-de-lorient", "CPTS du Pays de Lorient", [])]),
    ("la CPTS « Pays d’Or » regroupe", [("pays-d-or", "CPTS Pays d'Or", [])]),
    ("La CPTS 21/52 et la CPTS 21-52.", [("21-52", "CPTS 21/52", [])]),
    ("la communauté professionnelle territoriale de santé (CPTS) Grand Auxerrois et Armance. Elle",
     [("grand-auxerrois-et-armance", "CPTS Grand Auxerrois et Armance", [])]),
    ("la CPTS du Sud de l’Yonne dite GIPS89, première", [("sud-de-l-yonne", "CPTS du Sud de l'Yonne", ["GIPS89"])]),
    ("présidente de la CPTS Centre 21 et de Lilian VACHON", [("centre-21", "CPTS Centre 21", [])]),
    ("la CPTS Cœur Entre-deux-Mers, aussi appelée « CPTS C2M ».",
     [("coeur-entre-deux-mers", "CPTS Cœur Entre-deux-Mers", ["CPTS C2M"])]),
    ("La CPTS de l'Ouest Lyonnais signe.", [("ouest-lyonnais", "CPTS de l'Ouest Lyonnais", [])]),
    ("La CPTS Est Audois est lancée.", [("est-audois", "CPTS Est Audois", [])]),  # "Est": east, not "is"
    # a caption run into the next paragraph by a PDF's reflow
    ("Crédit photo : CPTS Val Fleuri Autre facteur, la ville vieillit.", [("val-fleuri", "CPTS Val Fleuri", [])]),
    ("La CPTS Val Fleuri Créée en 2019 regroupe 80 professionnels.", [("val-fleuri", "CPTS Val Fleuri", [])]),
    ("La CPTS Val Fleuri Couvre un territoire de 12 communes.", [("val-fleuri", "CPTS Val Fleuri", [])]),  # a scan's capital
    # "celles de" for CPTS named in the sentence before, across a line break (not a paragraph)
    ("Nous sommes la première CPTS créée en Charente-Maritime.\nDepuis celles de Val Fleuri et Aunis Sud ont vu le jour.",
     [("val-fleuri", "CPTS de Val Fleuri", []), ("aunis-sud", "CPTS Aunis Sud", [])]),
])
def test_names_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Les CPTS regroupent les professionnels.",
    "La cinquième communauté professionnelle territoriale de santé (CPTS) de Côte-d’Or est lancée.",
    "Les quatre autres CPTS de Côte-d'Or sont actives.",
    "La CPTS s'engage également.",
    "#CotedOr #CPTS #AccesAuxSoins",
    "The three other CPTS in Côte-d'Or are active.",
    "la Fédération des CPTS",
    "CPTS «  CPTS «  »",  # quotes around nothing but spaces and quotes
    "les communautés professionnelles territoriales de santé (CPTS) Sont un nouveau dispositif",  # a scan's capital
    "Les CPTS Peuvent adhérer à la fédération.",
    # a heading run into a sentence that opens with a participle
    "l'accès aux soins avec les CPTS Constituées à l'initiative des professionnels de santé, les CPTS rassemblent.",
    "Voici les CPTS Créées en 2023 dans le département.",
])
def test_generic_uses_name_nothing(text):
    assert names(text) == []


def test_english_name_becomes_french_with_alias():
    assert names("The three other CPTS are: CPTS Center 21; CPTS Pays d’Or.", "en") == [
        ("centre-21", "CPTS Centre 21", ["CPTS Center 21"]), ("pays-d-or", "CPTS Pays d'Or", [])]


@pytest.mark.parametrize("name, key", [
    ("CPTS du Sud de l'Yonne", "sud-de-l-yonne"), ("CPTS de Puisaye-Forterre", "puisaye-forterre"),
    ("CPTS des Portes de l'Isère", "portes-de-l-isere"), ("CPTS d'Argentan", "argentan"),
    ("CPTS de la Saintonge Romane", "saintonge-romane"), ("CPTS Sud Côte-d'Or", "sud-cote-d-or"),
])
def test_keys(name, key):
    assert key_of(name) == key


def test_canonical_name_normalises_apostrophes_and_spaces():
    assert canonical_name("Pays  d’Or", "fr") == "CPTS Pays d'Or"


def test_a_name_read_once_in_noisy_ocr_text_is_no_community():
    from pipeline.run.extract import extract_ingested
    from pipeline.model import Ingested, OcrInfo

    raw = ("La CPTS du Pays de Brenne est lancée. Elle rejoint la CPTS Cabe 21 et ses voisines.\n"
           "La CPTS du Pays de Brenne réunit 80 professionnels de santé.")
    ocr = OcrInfo(engine="tesseract 5", lang="fra+eng", mean_confidence=80.0, pages=[1])
    scanned = extract_ingested("scan", b"", Ingested(raw=raw, format="image", ocr=ocr))
    typed = extract_ingested("text", b"", Ingested(raw=raw, format="text"))
    assert [c["name"] for c in scanned["cpts"]] == ["CPTS du Pays de Brenne"]
    assert "CPTS Cabe 21" in [c["name"] for c in typed["cpts"]]  # a typed text is taken as written


def test_the_only_name_of_a_scanned_communique_is_kept_even_with_a_rare_word():
    from pipeline.run.extract import extract_ingested
    from pipeline.model import Ingested, OcrInfo

    raw = ("La CPTS (communauté professionnelle territoriale de santé) Vallée Brennoise a été\n"
           "inaugurée lundi 17 novembre, réunissant une centaine de participants.")
    ocr = OcrInfo(engine="tesseract 5", lang="fra+eng", mean_confidence=94.0, pages=[1])
    scanned = extract_ingested("scan", b"", Ingested(raw=raw, format="image", ocr=ocr))
    assert [c["name"] for c in scanned["cpts"]] == ["CPTS Vallée Brennoise"]
