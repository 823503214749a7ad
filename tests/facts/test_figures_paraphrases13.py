"""A CPTS's figures in more of the ways pages write them: the territory's total after an intercommunality's own count
("les 76 communes de la CC X ainsi que A, B et C, soit 79 communes"), a part's count inside the list after the total
("une trentaine de communes : la CC X et huit communes de celle des Deux Rives"), a figure glued to the full stop of the
sentence before ("secteurs.97 professionnels"), English "spread over 50 municipalities" (across, not more than).
Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
ACI = "La CPTS du Val Fleuri a signé son contrat le 5 avril 2024. "


def _figure(record: dict, field: str) -> tuple[float, str] | None:
    value = next(c for c in record["cpts"] if c["key"] == V)[field]
    return value and (value["value"], value["qualifier"])


@pytest.mark.parametrize("text, expected", [
    pytest.param(ACI + "Son périmètre comprend les 76 communes de la communauté de communes Sarrebourg Moselle Sud ainsi "
                       "que Phalsbourg, Lutzelbourg et Dabo, soit 79 communes.", (79, "exact"), id="total-after-an-area"),
    pytest.param(ACI + "Elle couvre une trentaine de communes : l'intégralité de la communauté de communes Terres des "
                       "Confluences et huit communes de celle des Deux Rives.", (30, "approx"), id="part-after-the-total"),
    pytest.param(ACI + "Elle couvre les 27 communes de la communauté de communes du Clunisois.", (27, "exact"),
                 id="an-area-alone"),
    pytest.param("The CPTS du Val Fleuri, at the foot of the mountains, is spread over 50 municipalities.", (50, "exact"),
                 id="spread-over"),
    pytest.param("The CPTS du Val Fleuri covers over 50 municipalities.", (50, "more_than"), id="covers-over"),
])
def test_the_count_of_communes(record_of, text, expected):
    assert _figure(record_of(text), "communes_count") == expected


def test_a_figure_glued_to_the_full_stop_before(record_of):
    text = ACI + "Il manque des médecins dans certains secteurs.97 professionnels de santé ont déjà adhéré."
    assert _figure(record_of(text), "professionals_count") == (97, "exact")


def test_the_year_of_a_byline_counts_no_one(record_of):
    text = ("By Helen Marsh\nPublished 23 May 2024\n\nHealth professionals in and around the valley have joined the "
            "CPTS du Val Fleuri. Around 160 health professionals have joined so far.")
    assert _figure(record_of(text), "professionals_count") == (160, "approx")


@pytest.mark.parametrize("words, expected", [("two-thirds", 66.7), ("les deux-tiers", 66.7), ("three quarters", 75)])
def test_a_fraction_written_with_a_hyphen(words, expected):
    from pipeline.facts.percentage_words import PEOPLE_FRACTION, fraction_percent
    assert fraction_percent(PEOPLE_FRACTION.search(f"{words} of the residents")) == expected


@pytest.mark.parametrize("text, field, expected", [
    pytest.param("CPTS du Val Fleuri\nPrésidente : Claire Dufour, infirmière libérale à Vervins\n25 600 habitants — 68 communes\n",
                 "population", (25600, "exact"), id="a-town-ending-the-line-above"),
    pytest.param("CPTS du Val Fleuri\n79 000 habitants — 164 adhérents\nACI signé en mars 2022 avec l'Assurance Maladie.\n",
                 "professionals_count", (164, "exact"), id="a-signature-on-the-next-line"),
])
def test_a_key_figure_line_is_read_on_its_own(record_of, text, field, expected):
    assert _figure(record_of(text), field) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Son territoire couvre quatre des huit communes de l'établissement public territorial Paris Terres d'Envol.",
     (4, "exact")),
    ("Elle couvre 12 des 20 communes de la communauté de communes du Clunisois.", (12, "exact")),
])
def test_the_communes_a_territory_takes_of_a_whole(record_of, sentence, expected):
    assert _figure(record_of(ACI + sentence), "communes_count") == expected


def test_people_left_without_what_was_just_named_are_no_population(record_of):
    text = ACI + ("Elle veut trouver un médecin traitant aux 1 800 habitants qui n'en ont plus, sur un territoire de "
                  "20 000 habitants.")
    assert _figure(record_of(text), "population") == (20000, "exact")


def test_an_intercommunalitys_own_figures_yield_to_the_territorys(record_of):
    text = ("La communauté de communes du Pays de Lure compte 23 communes et 19 090 habitants.\n\nLa CPTS du Val Fleuri "
            "englobe ces 23 communes ainsi que Ronchamp et Champagney, soit 25 communes et près de 25 500 habitants au "
            "total.")
    record = record_of(text)
    assert (_figure(record, "communes_count"), _figure(record, "population")) == ((25, "exact"), (25500, "approx"))


def test_a_year_ending_a_line_is_no_count_of_the_cpts_below(record_of):
    text = ("CPTS du Val Fleuri\nElle regroupe 158 professionnels.\nChiffres clés : 71 communes | environ 63 700 habitants "
            "| ACI signé le 18/11/2021\n\nCPTS des Monts Verts\nElle couvre 86 communes.\n")
    record = record_of(text)
    assert (_figure(record, "communes_count"), _figure(record, "population")) == ((71, "exact"), (63700, "approx"))
