"""A department's coverage, a CPTS's own percentages and its rank told the other ways releases tell them:
the rate of coverage as the subject, people counted "sur 10", the whole department in words, several CPTS
and the share they cover together, English; and the near misses that go nowhere (the nation, a region,
a smaller place, patients without a doctor in general, money, vaccination, a survey, a coverage aimed
at or by something other than CPTS, a fraction of the CPTS's own people). Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
ACI = "La CPTS du Val Fleuri a signé son ACI. "
LEAD = "La CPTS du Val Fleuri couvre 12 communes. "


def _percentages(record: dict, key: str = V) -> list[tuple]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return sorted((p["value"], p["kind"], p["qualifier"]) for p in cpts["percentages"])


def _coverage(record: dict) -> list[tuple[str, float, str]]:
    return [(c["department"], c["percent"], c["qualifier"]) for c in record["department_coverage"]]


# --- a department's coverage -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Désormais, 85 % de la population du Cher est couverte par une CPTS.", ("18", 85, "exact")),
    ("Dans le Cher, le taux de couverture atteint désormais 85 %.", ("18", 85, "exact")),
    ("Le taux de couverture du Cher par les CPTS s'élève désormais à 85 %.", ("18", 85, "exact")),
    ("Dans le Cher, la part de la population couverte par une CPTS s'élève à 85 %.", ("18", 85, "exact")),
    ("Les CPTS couvrent désormais 9 habitants sur 10 du Cher.", ("18", 90, "exact")),
    ("Dans le Cher, neuf habitants sur dix vivent désormais sur le territoire d'une CPTS.", ("18", 90, "exact")),
    ("100 % du territoire du Cher est désormais couvert par une CPTS.", ("18", 100, "exact")),
    ("Plus des trois quarts de la population du Cher vivent sur le territoire d'une CPTS.", ("18", 75, "more_than")),
    ("Le Cher est désormais couvert à 92 % par des CPTS.", ("18", 92, "exact")),
    ("Les huit CPTS du Cher couvrent 92 % de la population.", ("18", 92, "exact")),
    ("Avec cette signature, le Cher atteint un taux de couverture de 92 %.", ("18", 92, "exact")),
    ("La couverture du Cher en CPTS atteint 92 %.", ("18", 92, "exact")),
    ("Les CPTS du Cher couvrent désormais la totalité du territoire départemental.", ("18", 100, "exact")),
    ("Le Cher est le premier département de la région entièrement couvert par des CPTS.", ("18", 100, "exact")),
    ("The Cher département is now 92% covered by CPTS.", ("18", 92, "exact")),
    ("92% of the Cher's population is now covered by a CPTS.", ("18", 92, "exact")),
])
def test_a_departments_coverage(record_of, sentence, expected):
    record = record_of(ACI + sentence)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence", [
    "Au total, les CPTS du Cher représentent 85 % de la population du département.",
    "Le Cher compte 8 CPTS qui regroupent 85 % de sa population.",
    "Ces 8 CPTS représentent 85 % de la population du département du Cher.",
    "Le département du Cher est couvert à hauteur de 85 % par des CPTS.",
    "85% of the Cher's population now has access to a CPTS.",
    "Le Cher compte désormais 8 CPTS : 85 % de la population est ainsi couverte.",
    "\nLe Cher en chiffres :\n- 8 CPTS\n- 85 % de la population couverte",
    "Dans le Cher, 85 % des habitants sont désormais rattachés à une CPTS.",
    "La population couverte par une CPTS représente 85 % de la population du Cher.",
])
def test_several_cpts_and_the_share_they_cover(record_of, sentence):
    record = record_of(ACI + sentence)
    assert _coverage(record) == [("18", 85, "exact")]
    assert _percentages(record) == []


def test_one_cptss_share_beside_the_departments_coverage(record_of):
    text = ("Avec la CPTS du Val Fleuri, qui couvre 12 % de la population du Cher, le département est désormais "
            "couvert à 97 %.")
    record = record_of(text)
    assert _coverage(record) == [("18", 97, "exact")]
    assert _percentages(record) == [(12, "share_of_department_population", "exact")]


@pytest.mark.parametrize("sentence", [
    "Sur les 8 CPTS du Cher, celle du Val Fleuri regroupe à elle seule 12 % de la population du département.",
    "La CPTS du Val Fleuri, l'une des 8 CPTS du Cher, couvre 12 % de la population du département.",
    "The CPTS Val Fleuri represents 12% of the population of the Cher.",
    "Its 45,000 inhabitants account for 12% of the Cher's population.",
])
def test_one_cptss_share_among_several(record_of, sentence):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == [(12, "share_of_department_population", "exact")]
    assert _coverage(record) == []


def test_the_department_named_in_the_sentence_before(record_of):
    text = ("La CPTS du Val Fleuri, dans le Cher, a signé son ACI. Le taux de couverture du département atteint "
            "désormais 85 %.")
    assert _coverage(record_of(text)) == [("18", 85, "exact")]


# --- the CPTS's own shares --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("La CPTS du Val Fleuri représente 12 % de la population du département du Cher.",
     (12, "share_of_department_population", "exact")),
    ("Ses 45 000 habitants représentent 12 % de la population du Cher.", (12, "share_of_department_population", "exact")),
    ("La CPTS du Val Fleuri couvre 12 % du département du Cher.", (12, "share_of_department_population", "exact")),
    ("60 % des médecins du territoire ont adhéré à la CPTS du Val Fleuri.", (60, "other", "exact")),
    ("Déjà 60 % des médecins généralistes du territoire ont adhéré.", (60, "other", "exact")),
])
def test_the_cptss_own_shares(record_of, sentence, expected):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == [expected]
    assert _coverage(record) == []


@pytest.mark.parametrize("sentence", [
    "Un tiers des habitants du territoire a plus de 60 ans.",
    "Sur le territoire, un habitant sur cinq n'a pas de médecin traitant.",
    "Près de la moitié des médecins généralistes du territoire ont plus de 60 ans.",
    "Elle couvre près d'un quart de la population du Cher.",
])
def test_a_fraction_of_the_cptss_people_is_no_percentage(record_of, sentence):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == []
    assert _coverage(record) == []


def test_a_fraction_beside_its_figure_in_digits(record_of):
    text = ACI + "Dans le Cher, les trois quarts de la population (76,5 %) sont couverts par une CPTS."
    assert _coverage(record_of(text)) == [("18", 76.5, "exact")]


@pytest.mark.parametrize("sentence, expected", [
    ("Le taux d'adhésion des médecins généralistes atteint 60 %.", (60, "other", "exact")),
    ("Ses adhérents représentent 60 % des professionnels de santé du territoire.", (60, "other", "exact")),
    ("85 % des pharmacies du territoire sont adhérentes.", (85, "other", "exact")),
])
def test_the_share_of_professionals_who_joined(record_of, sentence, expected):
    assert _percentages(record_of(LEAD + sentence)) == [expected]


# --- the nation's figure set against the territory's ----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("12 % des Français n'ont pas de médecin traitant, contre 9 % sur le territoire.", (9, "population_without_gp", "exact")),
    ("Au niveau national, 11 % des assurés sont sans médecin traitant, contre 16 % sur le territoire de la CPTS.",
     (16, "population_without_gp", "exact")),
    ("Sur le territoire, 16 % des assurés sont sans médecin traitant, contre 11 % en France.",
     (16, "population_without_gp", "exact")),
    ("En France, 21 % des habitants ont plus de 65 ans, contre 28 % sur notre territoire.", (28, "other", "exact")),
])
def test_the_nations_figure_set_against_the_territorys(record_of, sentence, expected):
    assert _percentages(record_of(LEAD + sentence)) == [expected]


# --- figures that go nowhere ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "En France, 11 % des patients n'ont pas de médecin traitant.",
    "Au niveau national, 6 millions de personnes sont sans médecin traitant, soit 11 % de la population.",
    "Le budget de 120 000 euros est financé à 70 % par l'ARS.",
    "Le nombre de CPTS a augmenté de 30 % en un an.",
    "Le taux de vaccination contre la grippe n'atteint que 55 % dans le Cher.",
    "En Centre-Val de Loire, 78 % de la population est couverte par une CPTS.",
    "Selon un sondage réalisé auprès des adhérents, 80 % des professionnels se disent satisfaits.",
    "Dans le Cher, 14 % des patients n'ont pas de médecin traitant.",
    "En France, plus de la moitié des médecins généralistes ont plus de 55 ans.",
    "Un Français sur dix n'a pas de médecin traitant.",
    "La moitié du temps de la coordinatrice est consacrée aux missions de la CPTS.",
    "45 % des habitants du territoire vivent à Bourges.",
    "45% of its inhabitants live in Bourges.",
    "Seuls 55 % des seniors du Cher sont vaccinés contre la grippe.",
    "D'après l'Observatoire régional de santé, 22 % des habitants de la région ont plus de 65 ans.",
    "L'ARS prend en charge 70 % du salaire de la coordinatrice.",
    "Une enquête menée auprès de 300 patients montre que 70 % ont des difficultés à trouver un médecin.",
    "La région Centre-Val de Loire est couverte à 87 % par des CPTS.",
    "En France, les CPTS couvrent 80 % de la population.",
])
def test_figures_that_go_nowhere(record_of, sentence):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == []
    assert _coverage(record) == []


@pytest.mark.parametrize("sentence", [
    "En Centre-Val de Loire, 78 % de la population est couverte par une CPTS.",
    "À l'échelle nationale, 80 % des Français vivent sur le territoire d'une CPTS.",
    "Nationwide, 80% of the population is now covered by a CPTS.",
    "Dans le Cher, le taux de couverture vaccinale atteint 55 %.",
    "Dans le Cher, 97 % des assurés sont couverts par une complémentaire santé.",
])
def test_no_departments_coverage(record_of, sentence):
    assert _coverage(record_of(ACI + sentence)) == []


# --- coverage told with other verbs, and the whole department ---------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("85 % de la population du Cher relève désormais d'une CPTS.", ("18", 85, "exact")),
    ("85 % de la population du Cher se trouve sur un territoire doté d'une CPTS.", ("18", 85, "exact")),
    ("85 % du territoire du Cher est désormais doté d'une CPTS.", ("18", 85, "exact")),
    ("Les CPTS du Cher s'étendent désormais sur 85 % du territoire.", ("18", 85, "exact")),
    ("85 % de la population du Cher est incluse dans une CPTS.", ("18", 85, "exact")),
    ("85 % de la population du Cher est désormais dans une CPTS.", ("18", 85, "exact")),
    ("Sept habitants sur dix du Cher relèvent d'une CPTS.", ("18", 70, "exact")),
    ("L'ensemble de la population du Cher est désormais couverte.", ("18", 100, "exact")),
    ("L'intégralité du territoire du Cher est désormais couverte.", ("18", 100, "exact")),
    ("L'ensemble du Cher est désormais couvert par les CPTS.", ("18", 100, "exact")),
    ("With this CPTS, the whole Cher department is now covered.", ("18", 100, "exact")),
    ("Le Cher est le premier département de France à être entièrement couvert.", ("18", 100, "exact")),
    ("Le Cher est le premier département de la région Centre-Val de Loire à être entièrement couvert par des CPTS.",
     ("18", 100, "exact")),
    ("The Cher is the first department in France to be fully covered by CPTS.", ("18", 100, "exact")),
])
def test_coverage_with_other_verbs(record_of, sentence, expected):
    record = record_of(ACI + sentence)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence", [
    "L'ensemble du Cher est couvert par la fibre optique.",
    "L'ensemble de la population du Cher est couverte par l'assurance maladie.",
    "La région Centre-Val de Loire est entièrement couverte par des CPTS.",
    "En France, 80 % de la population est couverte par une CPTS.",
])
def test_covered_by_something_else_or_somewhere_else(record_of, sentence):
    assert _coverage(record_of(ACI + sentence)) == []


# --- coverage of something else, and coverage aimed at ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Le taux de couverture en maisons de santé atteint 60 % dans le Cher.",
    "60 % du territoire du Cher est couvert par la fibre.",
    "La couverture du dépistage du cancer du sein atteint 55 % dans le Cher.",
    "Le Cher est couvert à 60 % par des zones d'intervention prioritaire.",
    "Le service d'accès aux soins couvre 80 % de la population du Cher.",
    "Dans le Cher, le taux de couverture de la population par les équipes de soins primaires est de 40 %.",
    "L'objectif est que 100 % de la population du Cher soit couverte par une CPTS fin 2025.",
    "Dans le Cher, l'ARS souhaite atteindre une couverture de 100 % d'ici 2026.",
    "Le gouvernement vise une couverture de 100 % du territoire par les CPTS d'ici 2027.",
])
def test_no_coverage_by_cpts_reached(record_of, sentence):
    record = record_of(ACI + sentence)
    assert _coverage(record) == []
    assert _percentages(record) == []


def test_the_coverage_reached_beside_the_one_aimed_at(record_of):
    text = ACI + "Dans le Cher, la couverture par les CPTS atteint 85 %, et l'ARS vise 100 % d'ici 2026."
    assert _coverage(record_of(text)) == [("18", 85, "exact")]


@pytest.mark.parametrize("sentence, expected", [
    ("Elle couvre 12 % du territoire du Cher.", (12, "share_of_department_population", "exact")),
    ("Elle représente 40 % de la superficie du Cher.", (40, "share_of_department_population", "exact")),
])
def test_the_cptss_share_of_its_departments_land(record_of, sentence, expected):
    record = record_of(ACI + sentence)
    assert _percentages(record) == [expected]
    assert _coverage(record) == []


# --- the people of several CPTS together ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Les 8 CPTS du Cher regroupent 280 000 habitants, ce qui représente 85 % de la population du département.",
    "Les 8 CPTS du Cher regroupent 280 000 habitants, soit 85 % de la population du département.",
    "Avec cette CPTS, le Cher compte 8 CPTS, soit 85 % de la population du département.",
    "Désormais, 8 CPTS sont actives dans le Cher, soit 85 % de la population.",
    "Huit CPTS couvrent aujourd'hui le Cher, soit 85 % de sa population.",
    "Le Cher compte huit CPTS. Elles regroupent 85 % de la population du département.",
    "Le Cher compte huit CPTS. Ensemble, elles représentent 85 % de la population.",
    "\nCouverture du Cher par les CPTS\n- 85 % de la population\n- 8 CPTS",
])
def test_the_people_of_several_cpts_together(record_of, sentence):
    record = record_of(ACI + sentence)
    assert _coverage(record) == [("18", 85, "exact")]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence", [
    "Le Cher compte 8 CPTS ; la CPTS du Val Fleuri regroupe à elle seule 12 % de la population du département.",
    "Le Cher compte huit CPTS. Celle du Val Fleuri regroupe 12 % de la population du département.",
    "Le Cher compte huit CPTS, dont la CPTS du Val Fleuri, qui regroupe 12 % de la population du département.",
])
def test_one_cpts_after_several(record_of, sentence):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == [(12, "share_of_department_population", "exact")]
    assert _coverage(record) == []


def test_plural_people_are_not_cpts(record_of):
    text = LEAD + "Les infirmières sont nombreuses. Elles représentent 12 % de la population active du territoire."
    assert _coverage(record_of(text)) == []


# --- a figure of the past set before today's; English ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Le taux de couverture du Cher par les CPTS, qui était de 70 % en 2022, atteint 85 %.",
    "Le Cher, couvert à 70 % l'an dernier, l'est désormais à 85 %.",
    "85 % de la population du Cher (contre 70 % en 2022) est couverte par une CPTS.",
])
def test_the_past_coverage_is_no_mention(record_of, sentence):
    record = record_of(ACI + sentence)
    [coverage] = record["department_coverage"]
    assert (coverage["department"], coverage["percent"]) == ("18", 85)
    assert [m["value"] for m in coverage.get("mentions", [])] in ([], [85])


def test_the_figure_of_today_set_against_a_past_one(record_of):
    text = LEAD + "En 2015, 10 % des habitants n'avaient pas de médecin traitant, contre 15 % aujourd'hui."
    assert _percentages(record_of(text)) == [(15, "population_without_gp", "exact")]


@pytest.mark.parametrize("sentence, expected", [
    ("CPTS now cover the entire Cher department.", ("18", 100, "exact")),
    ("The Cher's eight CPTS cover 92% of its population.", ("18", 92, "exact")),
    ("Nine out of ten residents of the Cher now live in an area covered by a CPTS.", ("18", 90, "exact")),
    ("The coverage rate of the Cher by CPTS reaches 92%.", ("18", 92, "exact")),
])
def test_coverage_in_english(record_of, sentence, expected):
    record = record_of("The CPTS Val Fleuri signed its ACI. " + sentence)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


# --- the department's whole population in other words; a doctor abbreviated; ages in a label -----------------

@pytest.mark.parametrize("sentence", [
    "Elle regroupe 12 % de l'ensemble de la population du Cher.",
    "Elle représente 12 % du nombre d'habitants du Cher.",
    "Elle représente 12 % de la population totale du Cher.",
    "It represents 12% of the total population of the Cher.",
])
def test_a_share_of_the_departments_whole_population(record_of, sentence):
    assert _percentages(record_of(LEAD + sentence)) == [(12, "share_of_department_population", "exact")]


def test_no_doctor_abbreviated(record_of):
    assert _percentages(record_of(LEAD + "15 % des habitants n'ont pas de MT.")) == [(15, "population_without_gp", "exact")]


def test_the_ages_in_the_label_of_a_figure(record_of):
    record = record_of(LEAD + "\nPatients sans médecin traitant (17 ans et plus) : 15 %\n")
    cpts = next(c for c in record["cpts"] if c["key"] == V)
    assert [(p["value"], p["kind"], p.get("population")) for p in cpts["percentages"]] == [
        (15, "population_without_gp", "17 ans et plus")]


# --- a degree of a quality, and money in other words ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Elle propose un service 100 % gratuit pour les habitants du territoire.",
    "La formation, 100 % en ligne, est ouverte aux professionnels du territoire.",
    "Les actes bénéficient d'une majoration de 10 % sur le territoire.",
    "Une TVA de 20 % s'applique aux prestations de la CPTS.",
])
def test_no_figure_of_the_territory(record_of, sentence):
    assert _percentages(record_of(LEAD + sentence)) == []


# --- two CPTS and their own shares -------------------------------------------------------------------------

TWO = "La CPTS du Val Fleuri et la CPTS des Monts Verts ont signé leur ACI. "


@pytest.mark.parametrize("sentence", [
    "Elles couvrent respectivement 12 % et 8 % de la population du Cher.",
    "La première couvre 12 % de la population du Cher, la seconde 8 %.",
])
def test_two_cptss_own_shares(record_of, sentence):
    record = record_of(TWO + sentence)
    assert _percentages(record) == [(12, "share_of_department_population", "exact")]
    assert _percentages(record, "monts-verts") == [(8, "share_of_department_population", "exact")]
    assert _coverage(record) == []


def test_two_cpts_together(record_of):
    record = record_of(TWO + "Ensemble, elles couvrent 20 % de la population du Cher.")
    assert _coverage(record) == [("18", 20, "exact")]


# --- a CPTS's own whole territory is no department's coverage; the total a new CPTS enables ----------------

@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri (Cher) couvre l'ensemble du Pays Fort.",
    "La CPTS du Val Fleuri (Cher) couvre l'intégralité de la Communauté de communes des Trois Provinces.",
    "La CPTS du Val Fleuri (Cher) couvre tout le Sancerrois.",
])
def test_a_cptss_whole_territory_is_no_coverage(record_of, text):
    assert _coverage(record_of(text)) == []


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri couvre la totalité du Cher.",
    "La CPTS du Val Fleuri a signé son ACI. Elle permet de couvrir la totalité de la population du Cher.",
    "La CPTS du Val Fleuri permet désormais de couvrir 100 % de la population du Cher.",
])
def test_the_whole_department_covered_with_a_cpts(record_of, text):
    record = record_of(text)
    assert _coverage(record) == [("18", 100, "exact")]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence", [
    "Le Pays Fort est entièrement couvert par la CPTS du Val Fleuri.",
    "La commune de Bourges est désormais entièrement couverte par une CPTS.",
    "Son territoire est intégralement couvert par la CPTS.",
    "La communauté de communes est désormais entièrement couverte.",
    "Le bassin de vie est couvert à 100 % par la CPTS.",
    "Le sud du département est désormais entièrement couvert.",
])
def test_a_smaller_place_covered_is_no_departments_coverage(record_of, sentence):
    assert _coverage(record_of("La CPTS du Val Fleuri (Cher) a signé son ACI. " + sentence)) == []


# --- a rank in the department, told other ways -----------------------------------------------------------

def _rank(record: dict, key: str = V) -> tuple | None:
    rank = next(c for c in record["cpts"] if c["key"] == key).get("rank_in_department")
    return (rank["value"], rank["department"]) if rank else None


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri devient la huitième CPTS du département du Cher.", (8, "18")),
    ("Huitième CPTS du Cher, la CPTS du Val Fleuri a signé son ACI.", (8, "18")),
    ("La CPTS du Val Fleuri a signé son ACI. Elle est la huitième du Cher.", (8, "18")),
    ("La CPTS du Val Fleuri est la 8ᵉ CPTS à signer l'ACI dans le Cher.", (8, "18")),
    ("The CPTS Val Fleuri becomes the Cher's eighth CPTS.", (8, "18")),
    ("La CPTS du Val Fleuri est la 12e CPTS de la région Centre-Val de Loire et la 2e du Cher.", (2, "18")),
    ("La CPTS du Val Fleuri couvre le sud du Cher. C'est la troisième CPTS du département.", (3, "18")),
    ("La 8e CPTS du Cher, la CPTS du Val Fleuri, couvre 12 % du département.", (8, "18")),
])
def test_a_rank_in_the_department(record_of, text, expected):
    assert _rank(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri est la 8e CPTS en Centre-Val de Loire.",
    "La CPTS du Val Fleuri est la première CPTS de France à signer cet avenant.",
    "La CPTS du Val Fleuri (Cher) tient sa troisième assemblée générale.",
    "La CPTS du Val Fleuri (Cher) signe pour la deuxième année son ACI.",
    "La CPTS du Val Fleuri fait partie des 8 CPTS du Cher.",
])
def test_no_rank_in_the_department(record_of, text):
    assert _rank(record_of(text)) is None


def test_the_ages_of_the_next_figure_are_not_the_ones_without_a_doctor(record_of):
    text = LEAD + ("Le territoire compte 13,2 % de la population sans médecin traitant et 28,2 % d'habitants de plus "
                   "de 60 ans.")
    cpts = next(c for c in record_of(text)["cpts"] if c["key"] == V)
    assert sorted((p["value"], p["kind"], p.get("population")) for p in cpts["percentages"]) == [
        (13.2, "population_without_gp", None), (28.2, "other", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Le Cher compte 8 CPTS, de quoi couvrir 85 % de la population du département.", ("18", 85, "exact")),
    ("Dans le Cher, 8 CPTS permettent de couvrir 85 % de la population.", ("18", 85, "exact")),
    ("Grâce à elle, le Cher sera couvert à plus de 85 % par une CPTS.", ("18", 85, "more_than")),
    ("La couverture à 100 % du Cher par des CPTS est désormais une réalité.", ("18", 100, "exact")),
])
def test_coverage_in_the_words_of_the_genre(record_of, sentence, expected):
    assert _coverage(record_of(ACI + sentence)) == [expected]


@pytest.mark.parametrize("sentence", [
    "15% of patients in the area do not have a referring doctor.",
    "15% of the area's residents don't have a regular physician.",
])
def test_no_doctor_in_english(record_of, sentence):
    record = record_of("The CPTS Val Fleuri covers 12 municipalities. " + sentence)
    assert _percentages(record) == [(15, "population_without_gp", "exact")]


def test_the_membership_of_another_scheme_is_no_figure_of_the_cpts(record_of):
    assert _percentages(record_of(LEAD + "Le taux d'adhésion au dispositif MonSoutienPsy atteint 30 %.")) == []


# --- a region's coverage said without its name ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "85 % de la population régionale est couverte par une CPTS.",
    "Sur l'ensemble de la région, 85 % de la population est couverte par une CPTS.",
    "Les CPTS couvrent 85 % de la population de la région.",
    "Le taux de couverture régional atteint 85 %.",
])
def test_a_regions_coverage_without_its_name(record_of, sentence):
    assert _coverage(record_of("La CPTS du Val Fleuri (Cher) a signé son ACI. " + sentence)) == []


def test_the_best_covered_department_of_the_region(record_of):
    text = ("La CPTS du Val Fleuri (Cher) a signé son ACI. Le Cher, où le taux de couverture atteint 95 %, est le "
            "département le mieux couvert de la région.")
    assert _coverage(record_of(text)) == [("18", 95, "exact")]
