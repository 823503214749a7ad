"""OCR repair: known confusions fixed with offsets, correct words never changed."""
from pathlib import Path

import pytest

from pipeline.model import Span
from pipeline.repair import repair_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "inbox"
CLEAN = ["000_23596e47e6eee860", "001_cdceb788aaf07a9d", "003_a3df6913670c77b7", "004_3424cefa53f8ce02"]


@pytest.mark.parametrize("raw, repaired", [
    ("Une CPTS en Co6te-d’Or", "Une CPTS en Côte-d’Or"),
    ("habitants de I’aire urbaine", "habitants de l’aire urbaine"),
    ("directeur de 'Agence Régionale", "directeur de l'Agence Régionale"),
    ("lancée le 16 septembre 2021 a Dijon, en présence", "lancée le 16 septembre 2021 à Dijon, en présence"),
    ("structures de soins (hdpitaux, cliniques)", "structures de soins (hôpitaux, cliniques)"),
    ("une organisation congue autour", "une organisation conçue autour"),
    ("mis en ceuvre en lien", "mis en œuvre en lien"),
    ("la 3°\"° CPTS dite", "la 3ème CPTS dite"),
    ("e lamétropole de Dijon", "• la métropole de Dijon"),
    ("La CPTS a pour vocation", "La CPTS a pour vocation"),
    ("sur l’annuaire sante.fr de", "sur l’annuaire sante.fr de"),
])
def test_repairs(raw, repaired):
    assert repair_text(raw, "fr").text == repaired


@pytest.mark.parametrize("stem", CLEAN)
def test_clean_communiques_are_not_changed(stem):
    raw = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    lang = "en" if stem.startswith("003") else "fr"
    assert repair_text(raw, lang).repairs == []


def test_offsets_map_back_to_the_raw_text():
    raw = "Une CPTS en Co6te-d’Or, présente a Dijon."
    mapped = repair_text(raw, "fr")
    start = mapped.text.index("Côte")
    assert mapped.raw_span(Span(start, start + len("Côte-d’Or"))) == (12, 12 + len("Co6te-d’Or"))
    dijon = mapped.text.index("Dijon")
    assert raw[slice(*mapped.raw_span(Span(dijon, dijon + 5)))] == "Dijon"
