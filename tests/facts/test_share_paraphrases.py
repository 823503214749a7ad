"""Shares and counts of a CPTS and a department's coverage, written the other ways communiqués
write them, beside near-miss figures that are not the CPTS's (the nation, money, surveys, an
audience). Invented texts only."""
from __future__ import annotations

import pytest

V = "val-fleuri"
LEAD = "La CPTS du Val Fleuri a signé son accord conventionnel interprofessionnel. "


def _percentages(record: dict, key: str = V) -> list[tuple[float, str, str]]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return sorted((p["value"], p["kind"], p["qualifier"]) for p in cpts["percentages"])


def _coverage(record: dict) -> list[tuple[str, float, str]]:
    return [(c["department"], c["percent"], c["qualifier"]) for c in record["department_coverage"]]


def _quantities(record: dict, key: str = V) -> dict[str, tuple[float, str]]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return {kind: (cpts[kind]["value"], cpts[kind]["qualifier"])
            for kind in ("population", "communes_count", "professionals_count", "structures_count") if cpts[kind]}


# --- a department's coverage -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Avec cette nouvelle CPTS, 92 % de la population de la Sarthe est désormais couverte par une CPTS.", ("72", 92, "exact")),
    ("Le département de la Mayenne est désormais couvert à 80 % par des CPTS.", ("53", 80, "exact")),
    ("Le taux de couverture de la Loire par les CPTS atteint désormais 85 %.", ("42", 85, "exact")),
    ("La Sarthe compte désormais 8 CPTS, qui couvrent 95 % de la population.", ("72", 95, "exact")),
    ("Dans la Mayenne, les CPTS couvrent désormais 100 % du territoire.", ("53", 100, "exact")),
    ("Désormais, 98 % des habitants de la Sarthe sont couverts par une CPTS.", ("72", 98, "exact")),
    ("Les six CPTS de la Mayenne couvrent aujourd'hui 97 % des Mayennais.", ("53", 97, "exact")),
    ("Grâce à cette signature, la Mayenne affiche un taux de couverture de 93 %.", ("53", 93, "exact")),
    ("Le taux de couverture de la population par une CPTS est de 78 % dans la Sarthe.", ("72", 78, "exact")),
    ("Près de 90 % de la population sarthoise vit désormais sur le territoire d'une CPTS.", ("72", 90, "approx")),
    ("La Loire est désormais couverte à plus de 80 % par les CPTS.", ("42", 80, "more_than")),
    ("Ce sont ainsi 86 % des habitants de la Loire qui bénéficient désormais d'une CPTS.", ("42", 86, "exact")),
    ("Now 87 per cent of the population of the Sarthe is covered by a CPTS.", ("72", 87, "exact")),
    ("En Mayenne, les CPTS couvrent 75 pour cent de la population.", ("53", 75, "exact")),
    ("La Sarthe est le premier département de la région entièrement couvert par des CPTS.", ("72", 100, "exact")),
    ("Avec ces 7 CPTS, c'est la totalité de la Mayenne qui est couverte.", ("53", 100, "exact")),
    ("Le territoire de la Loire est couvert à 80 %.", ("42", 80, "exact")),
    ("Soit un taux de couverture de 75 % de la population sarthoise.", ("72", 75, "exact")),
    ("La couverture du département de la Sarthe par des CPTS est désormais de 91 %.", ("72", 91, "exact")),
    ("Quelque 95 % des Sarthois sont désormais couverts par une CPTS.", ("72", 95, "approx")),
    ("Ce sont ainsi 86 % des habitants de la Loire qui bénéficient désormais d'une CPTS.", ("42", 86, "exact")),
    # a share told as a fraction of the people
    ("Désormais, quatre habitants sur cinq de la Sarthe vivent sur le territoire d'une CPTS.", ("72", 80, "exact")),
    ("Avec elle, les trois quarts de la population mayennaise sont couverts par une CPTS.", ("53", 75, "exact")),
    ("Dans la Loire, près de 9 habitants sur 10 dépendent désormais d'une CPTS.", ("42", 90, "approx")),
    ("In the Sarthe, four out of five residents now live in an area covered by a CPTS.", ("72", 80, "exact")),
    ("Dans la Sarthe, les CPTS couvrent désormais les 2/3 de la population.", ("72", 66.7, "exact")),
    ("La Sarthe compte moins d'un tiers de sa population couverte par une CPTS.", ("72", 33.3, "less_than")),
    ("Plus de la moitié de la population de la Sarthe est désormais couverte par une CPTS.", ("72", 50, "more_than")),
    ("La Sarthe compte 15 CPTS : 78 % des Sarthois vivent sur le territoire de l'une d'elles.", ("72", 78, "exact")),
    # the whole department covered, told by the verb
    ("La Sarthe compte 9 CPTS, qui couvrent désormais l'ensemble du département.", ("72", 100, "exact")),
    ("Dans la Sarthe, les CPTS couvrent tout le département.", ("72", 100, "exact")),
    ("The Sarthe now has nine CPTS covering the whole department.", ("72", 100, "exact")),
    # demonyms the department's name does not give
    ("Désormais, 95 % des Icaunais vivent sur le territoire d'une CPTS.", ("89", 95, "exact")),
    ("Les CPTS couvrent 90 % de la population costarmoricaine.", ("22", 90, "exact")),
])
def test_coverage_phrased_other_ways(record_of, sentence, expected):
    record = record_of(LEAD + sentence)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence, percent", [
    ("La Sarthe compte désormais 9 CPTS. 92 % de la population sarthoise est ainsi couverte.", 92),
    ("Cette nouvelle CPTS porte à 92 % la part de la population sarthoise couverte.", 92),
    ("Elle permet de porter la couverture de la Sarthe à 92 %.", 92),
    ("Ce chiffre porte le taux de couverture départemental à 92 %.", 92),
    ("Neuf Sarthois sur dix sont désormais couverts par une CPTS.", 90),
    ("CPTS coverage in the Sarthe now stands at 92 per cent.", 92),
    ("Dans la Sarthe, 92 % de la population est couverte.", 92),
    ("\nChiffres clés de la Sarthe :\n- 9 CPTS\n- 92 % de la population couverte", 92),
])
def test_a_coverage_the_new_cpts_brings_the_department_to(record_of, sentence, percent):
    record = record_of(f"Le Mans, le 4 avril 2024\n{LEAD}Elle couvre 30 communes. {sentence}")
    assert _coverage(record) == [("72", percent, "exact")]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence, expected", [
    ("En Pays de la Loire, 85 % de la population est couverte par une CPTS, dont 92 % dans la Sarthe.", [("72", 92)]),
    ("Les CPTS couvrent 92 % de la population sarthoise et 97 % de la population mayennaise.", [("72", 92), ("53", 97)]),
    ("Le Maine-et-Loire est couvert à 100 %, la Sarthe à 92 %.", [("49", 100), ("72", 92)]),
    ("Dans la Sarthe, 11 CPTS couvrent 92 % de la population ; en Mayenne, 6 CPTS couvrent 97 % de la population.",
     [("72", 92), ("53", 97)]),
    # the figure of an earlier year is no second coverage nor a share of the CPTS
    ("Aujourd'hui, 9 CPTS couvrent 92 % de la population sarthoise, contre 60 % en 2021.", [("72", 92)]),
])
def test_each_coverage_goes_to_its_own_department(record_of, sentence, expected):
    record = record_of(LEAD + sentence)
    assert sorted((c["department"], c["percent"]) for c in record["department_coverage"]) == sorted(expected)
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence", [
    "Il ne reste que 8 % de la population sarthoise non couverte par une CPTS.",
    "Dans la Sarthe, 8 % des habitants ne sont pas encore couverts par une CPTS.",
])
def test_the_share_left_uncovered_is_no_coverage(record_of, sentence):
    record = record_of(LEAD + sentence)
    assert _coverage(record) == [] and _percentages(record) == []


@pytest.mark.parametrize("sentence", [
    "En Pays de la Loire, 85 % de la population est désormais couverte par une CPTS.",
    "Au niveau national, 80 % de la population vit sur le territoire d'une CPTS.",
    "On compte en France plus de 800 CPTS, qui couvrent 80 % de la population.",
    "La couverture vaccinale contre la grippe atteint 52 % dans la Sarthe.",
    "Dans la Sarthe, 11 % des patients n'ont pas de médecin traitant.",
    "Le taux de couverture en médecins généralistes de la Mayenne est de 60 %.",
    "La couverture vaccinale des plus de 65 ans est de 52 % dans la Sarthe.",
    "Vaccination coverage in the Sarthe stands at 52 per cent.",
    "Le taux de couverture de la population en médecins traitants est de 89 % dans la Sarthe.",
    "Dans la Sarthe, 80 % de la population est couverte par une complémentaire santé.",
    "La région Centre-Val de Loire est désormais intégralement couverte par des CPTS.",
    "Elle couvre l'ensemble du territoire de la communauté de communes du Pays Fléchois, dans la Sarthe.",
])
def test_figures_that_are_no_coverage_of_a_department(record_of, sentence):
    assert _coverage(record_of(LEAD + sentence)) == []


# --- a CPTS's own shares ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Elle couvre 12 % de la population du département de la Sarthe.", (12, "share_of_department_population", "exact")),
    ("Son territoire représente près de 15 % de la population mayennaise.", (15, "share_of_department_population", "approx")),
    ("Avec 35 000 habitants, elle couvre environ 6 % de la population du département de la Loire.",
     (6, "share_of_department_population", "approx")),
    ("Sur le territoire de la CPTS, 14 % des habitants n'ont pas de médecin traitant.", (14, "population_without_gp", "exact")),
    ("Près d'un habitant sur cinq (19 %) n'a pas de médecin traitant sur son territoire.", (19, "population_without_gp", "exact")),
    ("Aujourd'hui, 60 % des professionnels de santé du territoire ont adhéré à la CPTS.", (60, "other", "exact")),
    ("La CPTS rassemble déjà 45 % des médecins généralistes de son territoire.", (45, "other", "exact")),
    ("Sur son territoire, les plus de 75 ans représentent 14 % de la population.", (14, "other", "exact")),
    ("Sur le territoire de la CPTS, plus de 20 % des patients sont en affection de longue durée.", (20, "other", "more_than")),
    ("The CPTS covers 12 per cent of the population of the Sarthe.", (12, "share_of_department_population", "exact")),
    ("Sa population représente 12 % de celle du département.", (12, "share_of_department_population", "exact")),
    # a figure opening a bracket is the words' before it
    ("Le territoire se caractérise par une population âgée (31 % de plus de 60 ans).", (31, "other", "exact")),
    ("Le territoire compte beaucoup de retraités (31 % de la population).", (31, "other", "exact")),
    ("Elle couvre 23 % du territoire départemental.", (23, "share_of_department_population", "exact")),
    ("Son territoire concentre 12 % de la population icaunaise.", (12, "share_of_department_population", "exact")),
    ("Its 45,000 residents make up 12% of the Yonne's population.", (12, "share_of_department_population", "exact")),
    # patients without a doctor, in other words
    ("Sur son territoire, 13 % de patients sont orphelins.", (13, "population_without_gp", "exact")),
    ("Sur son territoire, 13 % des habitants n'ont pas de médecin généraliste référent.", (13, "population_without_gp", "exact")),
    ("Sur son territoire, 13 % des habitants sont privés de médecin généraliste.", (13, "population_without_gp", "exact")),
    ("Son objectif : réduire de moitié les 13 % de patients sans médecin traitant.", (13, "population_without_gp", "exact")),
    ("Grâce à elle, 100 % des habitants du territoire ont désormais accès à un médecin traitant.", (100, "other", "exact")),
])
def test_a_cptss_own_shares_phrased_other_ways(record_of, sentence, expected):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == [expected]
    assert _coverage(record) == []


@pytest.mark.parametrize("sentence, age", [
    ("Sur son territoire, 13 % des assurés de plus de 16 ans sont sans médecin traitant.", "plus de 16 ans"),
    ("Sur son territoire, parmi les plus de 17 ans, 13 % n'ont pas de médecin traitant.", "plus de 17 ans"),
    ("In the CPTS area, among adults over 16, 12 per cent have no GP.", "over 16"),
])
def test_the_age_group_of_patients_without_a_doctor(record_of, sentence, age):
    cpts = record_of(LEAD + sentence)["cpts"][0]
    assert [(p["kind"], p.get("population")) for p in cpts["percentages"]] == [("population_without_gp", age)]


@pytest.mark.parametrize("sentence", [
    "En France, 11 % des Français n'ont pas de médecin traitant.",
    "Le fonctionnement de la CPTS est financé à 80 % par l'Assurance maladie.",
    "Selon une enquête de l'URPS, 70 % des médecins se disent favorables aux CPTS.",
    "Plus de 60 % des participants à la soirée étaient des infirmiers.",
    "Le budget de la CPTS a augmenté de 30 % cette année.",
    "La couverture vaccinale contre la grippe atteint 52 % chez les plus de 65 ans.",
    "Au niveau régional, 18 % des habitants n'ont pas de médecin traitant.",
    "En Pays de la Loire, 40 % des médecins généralistes ont plus de 60 ans.",
    "La CPTS bénéficie d'un financement de 80 000 euros, dont 60 % versés par l'ARS.",
    "Selon l'Insee, la population de la Sarthe a progressé de 2 % en dix ans.",
    "Dans la Sarthe, le taux de patients sans médecin traitant atteint 14 %.",
    "Près de 500 personnes, soit 40 % des répondants au questionnaire, souhaitent une permanence de soins.",
    "Chiffres nationaux\n• 11 % des Français n'ont pas de médecin traitant",
    # opinions and votes
    "Son président a été réélu avec 95 % des voix lors de l'assemblée générale de la CPTS.",
    "95 % des adhérents de la CPTS se disent satisfaits de son fonctionnement.",
    "Le taux de satisfaction des patients du territoire atteint 92 %.",
])
def test_figures_that_are_no_share_of_the_cpts(record_of, sentence):
    record = record_of(LEAD + sentence)
    assert _percentages(record) == []
    assert _coverage(record) == []


def test_the_people_living_on_the_cptss_territory_are_no_coverage(record_of):
    record = record_of("Notre territoire\nLa CPTS du Val Fleuri, dans la Sarthe. 22 937 habitants vivent sur le "
                       "territoire, dont 28 % ont plus de 60 ans.")
    assert _coverage(record) == []
    assert _percentages(record) == [(28, "other", "exact")]


@pytest.mark.parametrize("figure, kind", [
    ("couvre 12 % de la population de la Sarthe", "share_of_department_population"),
    ("compte 12 % de patients sans médecin traitant", "population_without_gp"),
])
def test_a_gapped_figure_after_a_name_repeats_the_kind_before_it(record_of, figure, kind):
    record = record_of("L'ARS a signé l'accord de la CPTS du Val Fleuri et de la CPTS des Monts Clairs. "
                       f"La CPTS du Val Fleuri {figure}, la CPTS des Monts Clairs 8 %.")
    assert [(p["value"], p["kind"]) for p in record["cpts"][1]["percentages"]] == [(8, kind)]


@pytest.mark.parametrize("lead", ["Le territoire en chiffres", "Quelques chiffres :"])
def test_a_list_under_a_heading_speaks_of_the_territory(record_of, lead):
    record = record_of(f"La CPTS du Val Fleuri a signé son accord.\n{lead}\n• 28 % de plus de 60 ans\n"
                       "• 12 % sans médecin traitant")
    assert _percentages(record) == [(12, "population_without_gp", "exact"), (28, "other", "exact")]


def test_each_figure_of_a_list_of_indicators_has_its_labels_kind(record_of):
    record = record_of("Notre territoire\nLa CPTS du Val Fleuri. Indicateurs du territoire\nPopulation : 22 937 habitants\n"
                       "Part des plus de 75 ans : 12 %\nPatients sans médecin traitant : 8,5 %\n")
    assert _percentages(record) == [(8.5, "population_without_gp", "exact"), (12, "other", "exact")]


# --- counts and their qualifiers -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Elle couvre un territoire de 42 communes et quelque 38 000 habitants.",
     {"communes_count": (42, "exact"), "population": (38000, "approx")}),
    ("Elle regroupe une centaine de professionnels de santé.", {"professionals_count": (100, "approx")}),
    ("Le territoire compte près de 25 000 habitants répartis sur 18 communes.",
     {"population": (25000, "approx"), "communes_count": (18, "exact")}),
    ("Elle rassemble plus de 150 adhérents.", {"professionals_count": (150, "more_than")}),
    ("Population couverte : environ 45 000 habitants.", {"population": (45000, "approx")}),
    ("Elle s'étend sur 27 communes pour une population d'environ 52 000 habitants.",
     {"communes_count": (27, "exact"), "population": (52000, "approx")}),
    ("Au total, 80 professionnels de santé ont adhéré à la CPTS.", {"professionals_count": (80, "exact")}),
    ("Elle couvre 14 communes (32 000 habitants).", {"communes_count": (14, "exact"), "population": (32000, "exact")}),
    ("Son territoire : 60 communes, 75 000 habitants, 300 professionnels de santé.",
     {"communes_count": (60, "exact"), "population": (75000, "exact"), "professionals_count": (300, "exact")}),
    ("Plus d'une centaine de professionnels de santé ont rejoint la CPTS.", {"professionals_count": (100, "more_than")}),
    ("Elle compte pas moins de 200 adhérents.", {"professionals_count": (200, "more_than")}),
    ("Son territoire, qui compte quelque 40 000 âmes, s'étend sur une vingtaine de communes.",
     {"population": (40000, "approx"), "communes_count": (20, "approx")}),
    ("The CPTS covers some 40,000 inhabitants across 25 municipalities and has about 150 members.",
     {"population": (40000, "approx"), "communes_count": (25, "exact"), "professionals_count": (150, "approx")}),
    ("Elle fédère environ 210 professionnels libéraux.", {"professionals_count": (210, "approx")}),
    ("Elle réunit une soixantaine de structures de santé.", {"structures_count": (60, "approx")}),
    ("Elle dessert une population estimée à 60 000 habitants.", {"population": (60000, "approx")}),
    ("Its 45,000 residents live in 25 municipalities.", {"population": (45000, "exact"), "communes_count": (25, "exact")}),
    # members among the professionals of the territory, and members told by "ils sont ... à"
    ("Près de 800 professionnels de santé libéraux exercent sur le territoire, dont 140 adhèrent à la CPTS.",
     {"professionals_count": (140, "exact")}),
    ("Ils sont désormais plus de 140 à avoir adhéré à la CPTS.", {"professionals_count": (140, "more_than")}),
    ("Médecins, infirmiers, pharmaciens : ils sont 140 à avoir rejoint la CPTS.", {"professionals_count": (140, "exact")}),
    # inclusive spellings, and "libéraux" as a noun
    ("Elle rassemble 120 professionnel·les de santé.", {"professionals_count": (120, "exact")}),
    ("Elle rassemble 120 professionnel(le)s de santé.", {"professionals_count": (120, "exact")}),
    ("Elle compte 120 adhérent·e·s.", {"professionals_count": (120, "exact")}),
    ("Elle fédère une centaine de soignant·es.", {"professionals_count": (100, "approx")}),
    ("Elle rassemble déjà plus de 120 libéraux.", {"professionals_count": (120, "more_than")}),
    # member structures
    ("Elle compte 95 adhérents et 12 personnes morales.", {"professionals_count": (95, "exact"), "structures_count": (12, "exact")}),
    ("It brings together 120 professionals and 6 health facilities.",
     {"professionals_count": (120, "exact"), "structures_count": (6, "exact")}),
    # "we" of the CPTS
    ("Elle rassemble les soignants du canton. « Nous sommes 120 adhérents », explique sa présidente.",
     {"professionals_count": (120, "exact")}),
    # qualifiers told by a verb
    ("Le nombre d'adhérents dépasse les 120 professionnels.", {"professionals_count": (120, "more_than")}),
    ("Elle a franchi la barre des 100 adhérents.", {"professionals_count": (100, "more_than")}),
    ("Son territoire approche les 40 000 habitants.", {"population": (40000, "approx")}),
    ("Its membership now exceeds 120 professionals.", {"professionals_count": (120, "more_than")}),
])
def test_counts_phrased_other_ways(record_of, sentence, expected):
    assert _quantities(record_of(LEAD + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "La soirée de lancement a réuni près de 80 personnes.",
    "On compte aujourd'hui plus de 700 CPTS en France.",
    "Le département compte 550 000 habitants.",
    "Plus de 120 professionnels ont assisté à l'assemblée générale.",
    "Le projet a mûri pendant près de 3 ans.",
    "Le Mans, la ville principale, compte 145 000 habitants.",
    # shares told as fractions, and an age after "the population is"
    "Un habitant sur dix n'a pas de médecin traitant sur son territoire.",
    "Sur le territoire, quatre habitants sur cinq ont plus de 40 ans.",
    "Neuf professionnels sur dix ont répondu présent.",
    "About 28 per cent of the population there is over 60.",
    # what was added, and the members of many CPTS
    "Elle s'agrandit et couvre désormais 12 000 habitants supplémentaires.",
    "Son territoire s'étend désormais à 5 communes de plus.",
    "Elle rejoint les 1 200 professionnels déjà engagés dans les CPTS du département.",
    # a town's own figure, the board and the founders
    "La commune de Montval, 12 000 habitants, accueille son siège.",
    "Elle rayonne autour de Sablé-sur-Sarthe et de ses 12 000 habitants.",
    "Une quinzaine de professionnels siègent au conseil d'administration.",
    "Elle a été créée en 2021 par un groupe de 12 professionnels de santé.",
    "La CPTS est née de la volonté d'une vingtaine de professionnels de santé.",
    # the one of another place
    "Celle des Monts Clairs couvre 12 communes et 20 000 habitants.",
    # "we" of a health centre named just before
    "Le Dr Paul Morel exerce à la maison de santé de Montval. « Nous sommes une vingtaine de professionnels », dit-il.",
])
def test_counts_that_are_not_the_cptss(record_of, sentence):
    assert _quantities(record_of(LEAD + sentence)) == {}
