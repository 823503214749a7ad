"""Percentages of a CPTS and a department's coverage told the other ways releases tell them: a
territory's diagnosis that goes on about its people in the sentences after it, key and value lines,
shares of a department's people, English; and the near misses that are no figure of the CPTS (the
nation, a rate within a group, a profession's survey, money, votes, another body). Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
LEAD = "La CPTS du Val Fleuri couvre 12 communes. "


def _percentages(record: dict, key: str = V) -> list[tuple]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return sorted((p["value"], p["kind"], p["qualifier"]) for p in cpts["percentages"])


def _coverage(record: dict) -> list[tuple[str, float, str]]:
    return [(c["department"], c["percent"], c["qualifier"]) for c in record["department_coverage"]]


# --- a diagnosis of the territory's people --------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Le taux de pauvreté atteint 18 % (France : 14 %).", (18, "other", "exact")),
    ("Part des plus de 75 ans : 12 %", (12, "other", "exact")),
    ("Plus de 75 ans\n12 %", (12, "other", "exact")),
    ("Les plus de 75 ans représentent 14 % de la population.", (14, "other", "exact")),
    ("On y compte 11,5 % de bénéficiaires de la Complémentaire santé solidaire.", (11.5, "other", "exact")),
    ("Le taux d'ALD atteint près de 22 %.", (22, "other", "approx")),
    ("Un quart de la population a plus de 65 ans : 25,4 % exactement.", (25.4, "other", "exact")),
    ("Le territoire compte 32 % de personnes âgées de plus de 65 ans.", (32, "other", "exact")),
    ("40 % des médecins généralistes ont adhéré à la CPTS.", (40, "other", "exact")),
    ("15 % des habitants n'ont pas de médecin traitant.", (15, "population_without_gp", "exact")),
    ("Sur le territoire, 12 pour cent des habitants ont plus de 75 ans.", (12, "other", "exact")),
    ("28% of residents are over 65.", (28, "other", "exact")),
    ("The poverty rate stands at 17 per cent.", (17, "other", "exact")),
])
def test_the_people_of_the_territory_after_a_sentence_about_it(record_of, sentence, expected):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == [expected]
    assert _coverage(record) == []


def test_a_diagnosis_over_several_sentences(record_of):
    text = ("La CPTS du Val Fleuri réunit 80 professionnels. Son territoire est rural et vieillissant. "
            "Le taux de pauvreté atteint 18 %. Les plus de 75 ans représentent 14 % de la population.")
    assert _percentages(record_of(text)) == [(14, "other", "exact"), (18, "other", "exact")]


# --- a share of the department ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("La CPTS du Val Fleuri couvre 45 000 habitants, soit 8 % de la population du département de la Sarthe.", 8),
    ("La CPTS du Val Fleuri couvre 45 000 habitants, soit 8 % des habitants de la Sarthe.", 8),
    ("La CPTS du Val Fleuri couvre désormais 12 % de la population de la Sarthe.", 12),
    ("La CPTS du Val Fleuri représente 12 % de la population sarthoise.", 12),
    ("La CPTS du Val Fleuri regroupe 45 000 habitants (12 % de la population départementale).", 12),
    ("The CPTS Val Fleuri covers 12 municipalities, or 8% of the population of the Sarthe department.", 8),
])
def test_the_cptss_share_of_its_department(record_of, sentence, value):
    record = record_of(sentence)
    assert _percentages(record) == [(value, "share_of_department_population", "exact")]
    assert _coverage(record) == []


@pytest.mark.parametrize("text, expected", [
    ("En Sarthe, 92 % de la population est désormais couverte par une CPTS. La CPTS du Val Fleuri couvre 12 "
     "communes.", ("72", 92, "exact")),
    ("Avec la CPTS du Val Fleuri, la Sarthe est couverte à 95 %.", ("72", 95, "exact")),
    ("La CPTS du Val Fleuri (Sarthe) a été créée en 2021. Au total, 85 % de la population sarthoise est "
     "couverte par une CPTS.", ("72", 85, "exact")),
])
def test_the_department_covered_beside_a_cpts(record_of, text, expected):
    record = record_of(text)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


# --- figures that are not the CPTS's ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La couverture vaccinale contre la grippe atteint 52 % chez les plus de 65 ans.",
    "Au niveau national, 11 % des Français n'ont pas de médecin traitant.",
    "Le budget de la CPTS est financé à 80 % par l'Assurance maladie.",
    "85 % des patients se disent satisfaits.",
    "La MSP de Montval suit 30 % des patients du secteur.",
    "Elle a été élue avec 95 % des voix.",
    "Le taux de pauvreté atteint 18 % en France.",
    "En Pays de la Loire, 25 % des habitants ont plus de 65 ans.",
    "Selon une enquête, 70 % des infirmiers interrogés jugent leur charge de travail trop lourde.",
    "La Sarthe compte 9 CPTS.\n\nDans la Sarthe, le taux de pauvreté atteint 14 %.",
])
def test_figures_of_others_beside_a_cpts(record_of, sentence):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == []


def test_a_professions_figure_after_a_sentence_on_something_else(record_of):
    text = ("Juliette Fleury est membre du bureau de la CPTS du Val Fleuri.\n"
            "Une charge mentale pèse sur les orthophonistes. 69,5 % d'entre elles présentent un épuisement, "
            "révèle une étude réalisée en 2020. Les délais atteignent deux ans.")
    assert _percentages(record_of(text)) == []


# --- a figure set against another, and a department named alone ----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Part des plus de 75 ans : 12 % contre 9 % en moyenne.", [(12, "other", "exact")]),
    ("Le taux de pauvreté y atteint 18 %, contre 14 % dans l'ensemble de la Sarthe.", [(18, "other", "exact")]),
    ("Sur le territoire, les plus de 60 ans sont 31 % versus 26 % ailleurs.", [(31, "other", "exact")]),
    ("Sur le territoire, 31 % des habitants ont plus de 60 ans (contre 26 % pour la Sarthe).", [(31, "other", "exact")]),
])
def test_the_figure_set_against_the_cptss_is_not_its_own(record_of, sentence, expected):
    assert _percentages(record_of(LEAD + sentence)) == expected


def test_a_department_named_alone_anchors_no_figure_of_its_own(record_of):
    text = LEAD + "La Sarthe affiche un taux d'équipement en fibre de 64 %."
    assert _percentages(record_of(text)) == []


# --- the people without a doctor, in other words; the forms of the percent sign ----------------------

@pytest.mark.parametrize("sentence", [
    "Sur le territoire, 14 % des habitants sont à la recherche d'un médecin généraliste.",
    "L'accès à un médecin traitant est difficile : 14 % des habitants en sont privés.",
    "14 % des assurés du territoire ne disposent pas d'un médecin traitant.",
    "Patients sans médecin traitant : 14 %.",
    "In the area, 14% of patients have no doctor.",
])
def test_the_people_without_a_doctor_in_other_words(record_of, sentence):
    assert _percentages(record_of(LEAD + sentence)) == [(14, "population_without_gp", "exact")]


@pytest.mark.parametrize("figure", ["12 pourcents", "12 p. 100", "12 ％", "douze pour cent", "12 %"])
def test_the_percent_sign_written_other_ways(record_of, figure):
    text = LEAD + f"Sur le territoire, {figure} des habitants ont plus de 75 ans."
    assert _percentages(record_of(text)) == [(12, "other", "exact")]


# --- a department's coverage, other wordings ---------------------------------------------------------------

COVERAGE_LEAD = "La CPTS du Val Fleuri a signé son ACI. "


@pytest.mark.parametrize("sentence, expected", [
    ("Le réseau des CPTS couvre désormais 85 % de la population de la Sarthe.", ("72", 85, "exact")),
    ("Avec elle, les CPTS couvrent désormais près des trois quarts de la population sarthoise.", ("72", 75, "approx")),
    ("La moitié de la population de la Sarthe est désormais couverte par une CPTS.", ("72", 50, "exact")),
    ("La couverture de la Sarthe par les CPTS est désormais complète.", ("72", 100, "exact")),
    ("Tout le territoire de la Sarthe est désormais couvert par des CPTS.", ("72", 100, "exact")),
    ("Le taux de couverture de la Sarthe en CPTS passe de 80 % à 85 %.", ("72", 85, "exact")),
    ("La Sarthe est couverte à 85 % par des CPTS, contre 60 % au niveau national.", ("72", 85, "exact")),
    ("85 % des Sarthois vivent désormais dans le périmètre d'une CPTS.", ("72", 85, "exact")),
    ("Nine CPTS now cover 85 per cent of the Sarthe's population.", ("72", 85, "exact")),
])
def test_a_departments_coverage_other_wordings(record_of, sentence, expected):
    record = record_of(COVERAGE_LEAD + sentence)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence", [
    "En France, 60 % de la population est couverte par une CPTS.",
    "En Pays de la Loire, 80 % de la population est couverte par une CPTS.",
    # no department named, and no dateline to tell it
    "Désormais, 85 % des habitants du département sont couverts par une CPTS.",
])
def test_no_departments_coverage(record_of, sentence):
    assert _coverage(record_of(COVERAGE_LEAD + sentence)) == []


def test_the_department_of_the_datelines_town(record_of):
    text = ("Le Mans, le 3 mars 2023 – La CPTS du Val Fleuri a signé son ACI. Désormais, 85 % des habitants du "
            "département sont couverts par une CPTS.")
    assert _coverage(record_of(text)) == [("72", 85, "exact")]


@pytest.mark.parametrize("sentence", [
    "L'hôpital de Dijon a réduit ses délais de 20 %.",
    "70 % des CPTS de France ont signé un ACI.",
    "L'ARS finance 60 % du poste de coordinatrice.",
    "Dans la région, 25 % des médecins ont plus de 60 ans.",
    "Selon la Drees, 6 millions de Français, soit 11 % de la population, n'ont pas de médecin traitant.",
    "Le taux d'occupation des lits de l'EHPAD atteint 95 %.",
    "Les téléconsultations ont progressé de 40 % en France.",
    # one town's figure, the audience's
    "La commune de Dijon compte 22 % de plus de 65 ans.",
    "90 % des participants à la soirée ont plus de 50 ans.",
])
def test_more_figures_of_others(record_of, sentence):
    assert _percentages(record_of(LEAD + sentence)) == []


def test_a_neighbours_figure_is_the_neighbours(record_of):
    record = record_of(LEAD + "Le territoire de la CPTS des Monts Verts compte 15 % de bénéficiaires de la CSS.")
    assert _percentages(record) == []
    assert _percentages(record, "monts-verts") == [(15, "other", "exact")]


# --- a table of key figures, a list under its lead ---------------------------------------------------------

def test_a_table_of_key_figures(record_of):
    text = ("CPTS du Val Fleuri – chiffres clés\nPopulation | 45 000\nPlus de 75 ans | 12 %\nTaux de pauvreté | 18 %\n"
            "Sans médecin traitant | 9 %\n")
    assert _percentages(record_of(text)) == [(9, "population_without_gp", "exact"), (12, "other", "exact"),
                                             (18, "other", "exact")]


def test_a_list_under_its_lead(record_of):
    text = ("Le territoire de la CPTS du Val Fleuri en chiffres :\n- 45 000 habitants\n- 12 % de plus de 75 ans\n"
            "- 9 % de patients sans médecin traitant\n")
    assert _percentages(record_of(text)) == [(9, "population_without_gp", "exact"), (12, "other", "exact")]
