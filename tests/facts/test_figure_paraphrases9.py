"""A CPTS's figures in still other wordings: professions counted one by one (and summed) after a verb of gathering,
labels over their figures in a column or before them in a table's cells, a range's lower figure, a territory "peuplé
de" in apposition to the CPTS's name; and near misses that are no figure of the CPTS (a statistic quoted from a
report, a rate, the department's professionals, a town's people after "sa ville-centre", professions of the area or
of another service). Invented texts only: no sentence comes from a real document."""
from __future__ import annotations

import pytest

V = "val-fleuri"
ACI = "La CPTS du Val Fleuri a signé son contrat. "
FIELDS = ("population", "communes_count", "professionals_count", "structures_count")


def _cpts(record: dict, key: str = V) -> dict:
    return next(c for c in record["cpts"] if c["key"] == key)


def _figures(record: dict, key: str = V) -> dict[str, tuple]:
    cpts = _cpts(record, key)
    return {f: (cpts[f]["value"], cpts[f]["qualifier"]) for f in FIELDS if cpts[f]}


# --- professions counted one by one ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri regroupe une quarantaine de médecins généralistes sur 58 communes.",
     {"professionals_count": (40, "approx"), "communes_count": (58, "exact")}),
    ("La CPTS du Val Fleuri rassemble 25 médecins généralistes, 40 infirmiers et 10 pharmaciens.",
     {"professionals_count": (75, "exact")}),
    ("La CPTS du Val Fleuri, ce sont 42 médecins généralistes, 60 infirmiers, 25 kinésithérapeutes et 12 pharmaciens.",
     {"professionals_count": (139, "exact")}),
    ("The CPTS Val Fleuri brings together 30 GPs, 45 nurses and 12 pharmacists.", {"professionals_count": (87, "exact")}),
    # a total said beside the professions is the figure
    ("La CPTS du Val Fleuri rassemble 25 médecins généralistes, 40 infirmiers et 10 pharmaciens, soit 75 professionnels.",
     {"professionals_count": (75, "exact")}),
    ("La CPTS du Val Fleuri regroupe 150 professionnels dont 40 médecins généralistes.",
     {"professionals_count": (150, "exact")}),
    ("La CPTS du Val Fleuri réunit 30 médecins et 50 infirmiers. Au total, elle compte 120 adhérents.",
     {"professionals_count": (120, "exact")}),
])
def test_professions_the_cpts_gathers(record_of, text, expected):
    assert _figures(record_of(text)) == expected


@pytest.mark.parametrize("sentence", [
    # professions of the area, of another service, leaving or trained: no count of the CPTS
    "Le territoire compte 45 médecins généralistes, dont 12 de plus de 60 ans.",
    "45 médecins généralistes exercent sur le territoire.",
    "Dans les cinq ans, 20 médecins généralistes partiront à la retraite.",
    "Le SAS réunit 40 médecins régulateurs.",
    "25 infirmiers ont été formés à la vaccination.",
    "La commune de Clamecy compte 4 000 habitants et 6 médecins.",
    "La Nièvre a perdu 30 médecins en dix ans.",
])
def test_professions_that_are_not_the_cpts(record_of, sentence):
    assert "professionals_count" not in _figures(record_of(ACI + sentence))


# --- statistics, rates and larger places ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Selon un rapport, trois professionnels de santé se suicident chaque mois.",
    "D'après une étude, 120 professionnels de santé ont quitté la région.",
    "Le département compte 5 000 professionnels de santé libéraux.",
    "En moyenne, 40 professionnels s'installent chaque année dans la région.",
    "Dans le département, on compte 2 000 professionnels de santé.",
])
def test_statistics_are_no_count_of_the_cpts(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


@pytest.mark.parametrize("text", [
    "Le territoire de la CPTS du Val Fleuri compte 12 communes. Clamecy, sa ville-centre, regroupe 9 000 habitants.",
    "La CPTS du Val Fleuri couvre 12 communes. Clamecy, la ville-centre, accueille 9 000 habitants.",
])
def test_the_towns_people_are_not_the_population(record_of, text):
    assert _figures(record_of(text)) == {"communes_count": (12, "exact")}


# --- labels: over the figure, in a table's cells ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "CPTS du Val Fleuri\nHabitants\n45 000\nCommunes\n12\nProfessionnels de santé\n120",
    "CPTS du Val Fleuri\nNombre d'habitants\n45 000\n\nNombre de communes\n12\n\nAdhérents\n120",
    # units under their figures
    "La CPTS du Val Fleuri en chiffres\n45 000\nhabitants\n12\ncommunes\n120\nprofessionnels de santé",
    "La CPTS du Val Fleuri en chiffres\n12\ncommunes\n45 000\nhabitants\n120\nprofessionnels de santé adhérents",
    # cells of a table
    "CPTS du Val Fleuri\nNombre d'habitants | 45 000\nNombre de communes | 12\nNombre d'adhérents | 120",
    "CPTS du Val Fleuri\nPopulation | 45 000\nCommunes | 12\nProfessionnels | 120",
])
def test_labels_over_or_beside_their_figures(record_of, text):
    assert _figures(record_of(text)) == {"population": (45000, "exact"), "communes_count": (12, "exact"),
                                         "professionals_count": (120, "exact")}


# --- ranges and appositions ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri couvre un territoire de 40 000 à 45 000 habitants.", {"population": (40000, "more_than")}),
    ("La CPTS du Val Fleuri couvre entre 40 000 et 45 000 habitants.", {"population": (40000, "more_than")}),
    ("La CPTS du Val Fleuri réunit de 80 à 100 professionnels.", {"professionals_count": (80, "more_than")}),
    ("La CPTS du Val Fleuri dessert entre 40 000 et 45 000 habitants, soit 43 210 habitants en 2021.",
     {"population": (43210, "exact")}),
])
def test_a_range_is_more_than_its_lower_figure(record_of, text, expected):
    assert _figures(record_of(text)) == expected


def test_a_territory_peopled_in_apposition_to_the_name(record_of):
    text = "Le territoire de la CPTS du Val Fleuri, peuplé de 45 000 habitants, s'étend sur 12 communes."
    assert _figures(record_of(text)) == {"population": (45000, "exact"), "communes_count": (12, "exact")}


def test_a_town_peopled_in_apposition_stays_the_towns(record_of):
    text = "La CPTS du Val Fleuri couvre 12 communes, dont Clamecy, peuplée de 4 000 habitants."
    assert _figures(record_of(text)) == {"communes_count": (12, "exact")}


# --- an official start and a contract without a day of its own -------------------------------------------------------

def _dates(record: dict, key: str = V) -> dict[str, str]:
    return {kind: d["value"] for kind, d in _cpts(record, key)["dates"].items() if d}


@pytest.mark.parametrize("text", [
    # the contract presented with no day of its own is not dated by the official start
    "Une nouvelle CPTS voit le jour dans la Nièvre\n\nLa CPTS du Val Fleuri a été officiellement lancée ce 12 mars 2024. "
    "Le contrat de partenariat engage les professionnels avec l'ARS et la CPAM de la Nièvre.",
    "The CPTS Val Fleuri was officially launched on 12 March 2024. The partnership contract commits the professionals "
    "with the Regional Health Agency and the Health Insurance.",
])
def test_an_official_start_dates_the_launch_only(record_of, text):
    assert _dates(record_of(text)) == {"launch": "2024-03-12"}


@pytest.mark.parametrize("text", [
    # a birth, not an official start; a contract to come; a contract of another kind; no contract at all
    "La CPTS du Val Fleuri a été créée le 12 mars 2024. Elle a signé un contrat avec l'ARS et la CPAM.",
    "La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Elle signera prochainement son contrat avec "
    "l'ARS et la CPAM.",
    "La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Elle pourra ensuite signer l'accord "
    "conventionnel interprofessionnel.",
    "La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Le contrat local de santé a été signé avec l'ARS "
    "et la CPAM.",
    "La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Elle regroupe 80 professionnels.",
    # signed before; named for what it will bring; after another day of the text
    "La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Elle avait signé son contrat avec l'ARS et "
    "la CPAM.",
    "La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Grâce à l'ACI, elle bénéficiera de financements.",
    "Le 2 février 2024, les soignants ont rencontré les élus. La CPTS du Val Fleuri a été officiellement lancée le 12 "
    "mars 2024. Le contrat de partenariat l'engage avec l'ARS et la CPAM.",
])
def test_no_contract_day_for_a_birth_a_contract_to_come_or_of_another_kind(record_of, text):
    assert "aci_signature" not in _dates(record_of(text))


def test_a_dated_contract_keeps_its_own_day(record_of):
    text = ("La CPTS du Val Fleuri a été officiellement lancée le 12 mars 2024. Elle avait signé son contrat avec l'ARS et "
            "la CPAM le 5 février 2024.")
    assert _dates(record_of(text)) == {"launch": "2024-03-12", "aci_signature": "2024-02-05"}


# --- the CPTS's own bodies, audiences, another body's people, parts of its communes -----------------------------------

@pytest.mark.parametrize("sentence", [
    "Une quinzaine de professionnels composent le conseil d'administration.",
    "Le groupe de travail rassemble 20 professionnels.",
    "Son bureau compte 8 membres, dont 3 médecins.",
    "« Nous sommes 12 professionnels au cabinet », explique le Dr Jean Morel.",
    "Elle a organisé 12 formations pour 150 professionnels.",
    "Des ateliers ont été proposés à destination de 80 soignants.",
    "Le dispositif a déjà bénéficié à 3 000 habitants.",
    "Le contrat local de santé couvre 25 communes.",
    "12 communes sur 20 sont en zone d'intervention prioritaire.",
    "Trois communes n'ont plus de médecin généraliste.",
])
def test_figures_of_something_else_than_the_cpts(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri compte 120 professionnels de santé libéraux adhérents, sur les 300 du territoire.",
     {"professionals_count": (120, "exact")}),
    ("La CPTS du Val Fleuri regroupe les 45 professionnels du cabinet médical de Clamecy et de ses environs.",
     {"professionals_count": (45, "exact")}),
    ("La CPTS du Val Fleuri fédère 120 professionnels répartis dans 12 communes.",
     {"professionals_count": (120, "exact"), "communes_count": (12, "exact")}),
    ("La CPTS du Val Fleuri : 12 communes, 45 000 habitants, 120 adhérents.",
     {"population": (45000, "exact"), "communes_count": (12, "exact"), "professionals_count": (120, "exact")}),
])
def test_figures_of_the_cpts_beside_those_words(record_of, text, expected):
    assert _figures(record_of(text)) == expected


@pytest.mark.parametrize("sentence", [
    "La CPTS a réuni 80 professionnels à Clamecy.",
    "Le Dr Jean Morel avait rassemblé une trentaine de soignants autour du projet.",
])
def test_people_gathered_once_are_an_audience(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


@pytest.mark.parametrize("sentence, expected", [
    ("Depuis sa création, elle a réuni 150 adhérents.", {"professionals_count": (150, "exact")}),
    ("Elle réunit 150 professionnels de santé.", {"professionals_count": (150, "exact")}),
])
def test_members_gathered_are_its_count(record_of, sentence, expected):
    assert _figures(record_of(ACI + sentence)) == expected


# --- percentages: ranges, fractions of the department, a count beside its share --------------------------------------

def _percentages(record: dict, key: str = V) -> list[tuple]:
    return sorted((p["value"], p["kind"], p["qualifier"]) for p in _cpts(record, key)["percentages"])


@pytest.mark.parametrize("sentence", [
    "Sur son territoire, 10 à 12 % des habitants n'ont pas de médecin traitant.",
    "Sur son territoire, entre 10 et 12 % des habitants n'ont pas de médecin traitant.",
    "Sur son territoire, 10-12 % des patients n'ont pas de médecin traitant.",
])
def test_a_range_of_percentages_is_more_than_its_lower_figure(record_of, sentence):
    assert _percentages(record_of(ACI + sentence)) == [(10, "population_without_gp", "more_than")]


def test_a_change_from_one_percentage_to_another_is_the_figure_reached(record_of):
    sentence = "Sur son territoire, la part des patients sans médecin traitant est passée de 10 à 12 %."
    assert [v for v, _, _ in _percentages(record_of(ACI + sentence))] == [12]


@pytest.mark.parametrize("sentence", [
    # a fraction of the people there is no percentage of the CPTS, even of its department's
    "Sur son territoire, un habitant sur cinq a plus de 75 ans.",
    "Elle couvre un quart de la population de la Nièvre.",
    "Sur son territoire, la moitié des médecins ont plus de 60 ans.",
])
def test_fractions_of_the_people_there_give_nothing(record_of, sentence):
    assert _percentages(record_of(ACI + sentence)) == []


def test_people_without_a_doctor_beside_their_share_are_no_population(record_of):
    sentence = "Sur son territoire, 5 000 personnes, soit 12 % de la population, n'ont pas de médecin traitant."
    record = record_of(ACI + sentence)
    assert _figures(record) == {}
    assert _percentages(record) == [(12, "population_without_gp", "exact")]


@pytest.mark.parametrize("sentence", [
    "La CPTS a atteint 80 % de ses objectifs.",
    "Elle remplit 100 % des indicateurs du socle.",
    "Elle a reçu un financement de 50 000 euros (60 % ARS, 40 % CPAM).",
    "Sa part variable est versée à 100 % en fonction des résultats.",
    "La coordinatrice travaille à 50 % pour la CPTS.",
])
def test_goals_met_and_shares_of_money_are_no_percentage(record_of, sentence):
    assert _percentages(record_of(ACI + sentence)) == []


# --- a day told only relative to the release: no date (the text gives none) -------------------------------------------

@pytest.mark.parametrize("text", [
    "Publié le 14/03/2024\n\nCe mardi, la CPTS du Val Fleuri a signé son contrat avec l'ARS et l'Assurance maladie.",
    "Communiqué de presse – 12 mars 2024\n\nLa CPTS du Val Fleuri signe aujourd'hui son contrat avec l'ARS et la CPAM.",
    "Publié le 12/03/2024\n\nÀ ce jour, la CPTS du Val Fleuri regroupe 80 professionnels.",
])
def test_a_day_relative_to_the_release_dates_nothing(record_of, text):
    assert _dates(record_of(text)) == {}


def test_a_membership_charter_signed_counts_the_members(record_of):
    sentence = "85 professionnels de santé ont signé la charte d'adhésion."
    assert _figures(record_of(ACI + sentence)) == {"professionals_count": (85, "exact")}


@pytest.mark.parametrize("sentence", [
    "85 professionnels de santé ont d'ores et déjà manifesté leur intérêt.",
    "85 professionnels ont signé la charte de la campagne de vaccination.",
])
def test_interest_shown_is_no_membership(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


@pytest.mark.parametrize("sentence", [
    "Lors de la soirée de lancement, 80 professionnels ont échangé sur les projets.",
    "À l'occasion de cette réunion, une soixantaine de soignants ont débattu des priorités.",
    "La réunion de lancement a permis à 80 professionnels de découvrir le projet.",
])
def test_the_audience_of_an_event_is_no_count(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


@pytest.mark.parametrize("text, expected", [
    ("Lors de son inauguration, la CPTS du Val Fleuri, qui regroupe 80 professionnels, a présenté son projet.",
     {"professionals_count": (80, "exact")}),
    (ACI + "Lors de l'assemblée générale, la CPTS comptait 120 adhérents.", {"professionals_count": (120, "exact")}),
])
def test_members_told_at_an_event_are_its_count(record_of, text, expected):
    assert _figures(record_of(text)) == expected


# --- a town's, a region's, a union's professionals -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "À Clamecy, 45 professionnels libéraux sont installés.",
    "45 professionnels libéraux exercent sur la commune de Clamecy.",
    "La ville de Clamecy compte 45 professionnels de santé libéraux.",
    "En Bourgogne-Franche-Comté, 12 000 professionnels libéraux sont concernés.",
    "L'URPS représente 3 000 professionnels libéraux.",
])
def test_professionals_of_a_town_a_region_or_a_union(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri, en Bourgogne-Franche-Comté, regroupe 45 professionnels.", {"professionals_count": (45, "exact")}),
    ("À Clamecy, la CPTS du Val Fleuri regroupe 45 professionnels.", {"professionals_count": (45, "exact")}),
    ("Sur le territoire de la CPTS du Val Fleuri, 45 professionnels libéraux sont installés.",
     {"professionals_count": (45, "exact")}),
])
def test_the_cpts_named_before_its_professionals(record_of, text, expected):
    assert _figures(record_of(text)) == expected


def test_a_region_inside_a_places_name_frames_nothing(record_of):
    text = ("La CPTS du Val Fleuri couvre la communauté de communes\n« Vallons de Bretagne », et réunit une centaine de "
            "professionnels de santé.")
    assert _figures(record_of(text))["professionals_count"] == (100, "approx")
