"""Percentages of a CPTS against those of its department or region, from invented communiqués."""
from __future__ import annotations


import pytest



def _percentages(record: dict, key: str) -> list[tuple[float, str]]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return sorted((p["value"], p["kind"]) for p in cpts["percentages"])


def test_patients_without_doctors_in_the_plural(record_of):
    text = ("La CPTS du Val de Brume couvre 30 communes. Un habitant sur dix du territoire n'a pas de "
            "médecins traitants (11 %).")
    assert _percentages(record_of(text), "val-de-brume") == [(11, "population_without_gp")]


def test_a_region_the_figure_is_compared_with_is_no_frame(record_of):
    text = ("La CPTS du Val de Brume couvre 30 communes. On y compte 17 % d'enfants de moins de 15 ans "
            "(un taux supérieur à la région Bretagne).")
    assert _percentages(record_of(text), "val-de-brume") == [(17, "other")]


def test_the_region_figure_after_the_comparison_stays_out(record_of):
    text = ("La CPTS du Val de Brume couvre 30 communes. Sur son territoire, 3,5 % des habitants sont "
            "diabétiques, bien en deçà des taux connus en Bretagne (6,1 %).")
    assert _percentages(record_of(text), "val-de-brume") == [(3.5, "other")]


def test_a_figure_of_the_department_as_subject_is_not_the_cpts(record_of):
    text = ("La CPTS du Val de Brume couvre 30 communes. Sa population a augmenté de 4 % alors que le "
            "département n'enregistre que 0,5 % de hausse.")
    assert _percentages(record_of(text), "val-de-brume") == [(4, "other")]


@pytest.mark.parametrize("comparison", ["supérieur à celui du département (11 %)",
                                        "au-dessus de la moyenne régionale (11 %)",
                                        "plus élevé que celui de la Sarthe (11 %)"])
def test_a_figure_in_brackets_after_a_larger_place_is_not_the_cpts(record_of, comparison):
    text = ("La CPTS du Val de Brume couvre 30 communes. Le taux de patients sans médecin traitant (18 %) y est "
            f"{comparison}.")
    assert _percentages(record_of(text), "val-de-brume") == [(18, "population_without_gp")]


@pytest.mark.parametrize("sentence", ["Les 8 CPTS sarthoises couvrent désormais 95 % de la population du département.",
                                      "95 % du territoire sarthois est désormais couvert par une CPTS."])
def test_a_coverage_of_the_department_its_demonym_names(record_of, sentence):
    record = record_of(f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son accord conventionnel. {sentence}")
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == [("72", 95)]


@pytest.mark.parametrize("sentence", [
    "Dans le département, 11 % des patients n'ont pas de médecin traitant ; sur le territoire de la CPTS, ce taux atteint 18 %.",
    "Dans le département, 11 % des patients n'ont pas de médecin traitant. Sur le territoire de la CPTS, ils sont 18 %.",
])
def test_a_rate_restated_keeps_its_kind(record_of, sentence):
    text = f"La CPTS du Val de Brume couvre 30 communes. {sentence}"
    assert _percentages(record_of(text), "val-de-brume") == [(18, "population_without_gp")]


@pytest.mark.parametrize("sentence, expected", [
    ("L'objectif est d'atteindre 90 % de vaccinés d'ici 2026.", []),
    ("Le taux de dépistage atteint 52 % sur le territoire, loin de l'objectif de 75 %.", [52]),
    ("Selon une enquête menée auprès des soignants, 80 % se disent satisfaits.", []),
])
def test_a_target_or_a_survey_answer_is_no_figure_of_the_cpts(record_of, sentence, expected):
    text = f"La CPTS du Val de Brume couvre 30 communes. {sentence}"
    assert [v for v, _ in _percentages(record_of(text), "val-de-brume")] == expected


def test_patients_with_a_doctor_are_no_share_without_one(record_of):
    text = "La CPTS du Val de Brume couvre 30 communes. Sur son territoire, 85 % des patients ont un médecin traitant."
    assert _percentages(record_of(text), "val-de-brume") == [(85, "other")]


def test_a_figure_of_a_sentence_about_nothing_local_goes_nowhere(record_of):
    text = ("La CPTS du Val de Brume couvre 30 communes. La profession manque de bras : 62,5 % des "
            "kinésithérapeutes se disent épuisés. Sur son territoire, 12 % des habitants ont plus de 80 ans.")
    assert _percentages(record_of(text), "val-de-brume") == [(12, "other")]


def test_a_list_item_speaks_of_what_its_lead_names(record_of):
    text = ("La CPTS du Val de Brume couvre 30 communes.\n\nQuelques chiffres du territoire de la CPTS :\n\n"
            "  • Le taux de bénéficiaires de la CSS est de 9,5 %\n  • Le taux d'ALD est de 18 %\n")
    assert _percentages(record_of(text), "val-de-brume") == [(9.5, "other"), (18, "other")]


def test_a_share_of_the_department_named_after_the_figure(record_of):
    text = "La CPTS du Val de Brume s'étend de Vire à Caen, couvrant ainsi 40 % du Calvados."
    assert _percentages(record_of(text), "val-de-brume") == [(40, "share_of_department_population")]


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Pic Rouge. Le nombre d'adhérents a progressé de 65 % en un an.", [(65, "other")]),
    ("La CPTS du Pic Rouge. La part des plus de 65 ans y est de 28,5 %.", [(28.5, "other")]),
    ("La CPTS du Pic Rouge. Il y a 30 % de fumeurs chez les jeunes.", []),
])
def test_figures_of_its_members_and_of_there(record_of, text, expected):
    assert _percentages(record_of(text), "pic-rouge") == expected
