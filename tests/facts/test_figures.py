"""Quantities, percentages, department coverage and ranks read from short invented communiqués.

Each case is a phrasing and the figures it must give (or must not give) in the record; the
sentences are made up for these tests, in the manner of releases from all over France.
"""
from __future__ import annotations


import pytest


QUANTITY_FIELDS = ("population", "communes_count", "professionals_count", "structures_count")


def _cpts(record: dict, key: str) -> dict:
    return next(c for c in record["cpts"] if c["key"] == key)


def _quantities(cpts: dict) -> dict:
    return {f: (cpts[f]["value"], cpts[f]["qualifier"]) for f in QUANTITY_FIELDS if cpts[f]}


# --- quantities --------------------------------------------------------------------------

QUANTITY_CASES = [
    # number words and approximate nouns
    ("La CPTS du Val d'Azergues couvre une trentaine de communes et regroupe une centaine de "
     "professionnels de santé.", "val-d-azergues",
     {"communes_count": (30, "approx"), "professionals_count": (100, "approx")}),
    ("La CPTS des Côteaux du Sud rassemble neuf communes et quinze professionnels de santé.",
     "coteaux-du-sud", {"communes_count": (9, "exact"), "professionals_count": (15, "exact")}),
    # dot thousands and qualifiers
    ("La CPTS Rives du Doubs couvre un bassin de population de 145.000 habitants.",
     "rives-du-doubs", {"population": (145000, "exact")}),
    ("La CPTS Rives du Doubs couvre un territoire de 20 000 âmes.", "rives-du-doubs",
     {"population": (20000, "exact")}),
    ("La CPTS Val Vert couvre un territoire avoisinant les 45 000 habitants.", "val-vert",
     {"population": (45000, "approx")}),
    ("Le territoire de la CPTS Haute Vallée compte grosso modo 12 000 habitants répartis sur 14 communes.",
     "haute-vallee", {"population": (12000, "approx"), "communes_count": (14, "exact")}),
    ("La CPTS Causses et Gorges compte plus de 300 professionnels et environ 40 000 habitants.",
     "causses-et-gorges", {"professionals_count": (300, "more_than"), "population": (40000, "approx")}),
    # English
    ("The CPTS Grand Lac covers 35 municipalities and a population of 119,000. It is composed of "
     "approximately 435 members, while some 1,500 health professionals practice in the sector.",
     "grand-lac", {"communes_count": (35, "exact"), "population": (119000, "exact"),
                   "professionals_count": (435, "approx")}),
    # members rather than the professionals of the territory
    ("La CPTS Terres de Loire compte 85 adhérents. Sur le territoire, 640 professionnels de santé exercent.",
     "terres-de-loire", {"professionals_count": (85, "exact")}),
    ("Sur la zone, 540 professionnels sont installés et déjà 95 d'entre eux ont adhéré à la CPTS Pays Blanc.",
     "pays-blanc", {"professionals_count": (95, "exact")}),
    # the territory's total when it is the only figure
    ("La CPTS Trois Vallées : le territoire compte 410 professionnels de santé.",
     "trois-vallees", {"professionals_count": (410, "exact")}),
    # people who took part are no count of the CPTS
    ("Pour la CPTS du Haut Bocage, plus d'une cinquantaine de professionnels se sont mobilisés pour "
     "écrire le projet de santé.", "haut-bocage", {}),
    ("La CPTS Littoral Nord a été inaugurée. La soirée a réuni 120 personnes, dont 80 professionnels de santé.",
     "littoral-nord", {}),
    ("Around eighty health professionals attended the launch of the CPTS Meadow Valley.", "meadow-valley", {}),
    # a town's, a department's own figure; densities; parts of a whole
    ("La CPTS Vallée du Lot, qui fédère 230 professionnels, couvre 27 communes. La commune de Figeac, "
     "qui compte 9 800 habitants, accueille le siège.", "vallee-du-lot",
     {"professionals_count": (230, "exact"), "communes_count": (27, "exact")}),
    ("La CPTS Val de Somme compte 41 000 habitants. La Somme compte 570 000 habitants.",
     "val-de-somme", {"population": (41000, "exact")}),
    ("La CPTS des Plateaux couvre un territoire peu dense (12 habitants au km²).", "plateaux", {}),
    ("La CPTS Porte d'Alsace s'inscrit dans un territoire qui comprend notamment un hôpital, des "
     "cliniques, 4 maisons de santé et un centre de radiologie.", "porte-d-alsace", {}),
    ("La CPTS Cœur de Bresse couvre 20 communes, dont 6 communes de la communauté de communes voisine.",
     "coeur-de-bresse", {"communes_count": (20, "exact")}),
    ("Les villes de la CPTS Seine Aval comptent respectivement 12 400, 9 800 et 7 100 habitants.",
     "seine-aval", {}),
    ("La CPTS Rhône Sud compte 95 adhérents. Les 9 membres du bureau ont été élus.",
     "rhone-sud", {"professionals_count": (95, "exact")}),
    # a range: more than its lower figure
    ("La CPTS des Deux Caps réunit entre 300 et 400 professionnels de santé.", "deux-caps",
     {"professionals_count": (300, "more_than")}),
    # people helped are not inhabitants; people of a territory are
    ("La CPTS Bas Rouergue couvre 22 000 habitants. En 2023, plus de 900 personnes ont été accompagnées.",
     "bas-rouergue", {"population": (22000, "exact")}),
    ("La CPTS Pays Chaunois dessert un bassin de 35 000 personnes.", "pays-chaunois",
     {"population": (35000, "exact")}),
    # a label with a verb; a town's figure after 'pour'
    ("La CPTS Monts d'Arrée est en projet. Le nombre d'habitants de ce territoire est de 24 310, allant de "
     "800 habitants pour Lanvern à 9 000 pour Kerbrat.", "monts-d-arree", {"population": (24310, "exact")}),
    # English adjectives before the noun
    ("The CPTS Blue Coast gathers some 210 self-employed healthcare professionals.", "blue-coast",
     {"professionals_count": (210, "approx")}),
    # figures of another body, of several CPTS, and ratios
    ("La CPTS Val d'Aure est lancée. Le centre hospitalier emploie 1 200 professionnels.", "val-d-aure", {}),
    ("La CPTS Val d'Aure est lancée. Le département compte 12 CPTS pour 600 000 habitants.", "val-d-aure", {}),
    ("La CPTS Val d'Aure est lancée. Il manque un médecin pour 2 000 habitants.", "val-d-aure", {}),
    # structures are the CPTS's when it gathers them, not those the territory has
    ("La CPTS Val d'Aure réunit 64 professionnels de santé libéraux et 2 établissements de santé.", "val-d-aure",
     {"professionals_count": (64, "exact"), "structures_count": (2, "exact")}),
    ("La CPTS Val d'Aure est lancée. Son territoire compte 4 maisons de santé.", "val-d-aure", {}),
    ("La CPTS Val d'Aure compte 150 professionnels libéraux et 3 maisons de santé.", "val-d-aure",
     {"professionals_count": (150, "exact"), "structures_count": (3, "exact")}),
    ("La CPTS Val d'Aure est lancée. Le territoire de la CPTS compte 4 maisons de santé.", "val-d-aure", {}),
    ("La CPTS Val d'Aure est lancée. Son objectif : atteindre 200 adhérents d'ici 2026.", "val-d-aure", {}),
    ("La CPTS Val d'Aure rassemble les soignants qui exercent seuls ou dans les trois maisons de santé.",
     "val-d-aure", {}),
    ("La CPTS Val d'Aure lance un programme de dépistage.\nUne cinquantaine de professionnels formés\nLes ateliers "
     "commencent en mars.", "val-d-aure", {}),
    ("La CPTS Val d'Aure est lancée. 90 professionnels y ont adhéré, ainsi que 5 centres de santé.", "val-d-aure",
     {"professionals_count": (90, "exact"), "structures_count": (5, "exact")}),
    ("La CPTS Val d'Aure est lancée.\nChiffres clés : 90 professionnels de santé — 5 maisons de santé — 12 communes",
     "val-d-aure", {"professionals_count": (90, "exact"), "structures_count": (5, "exact"),
                    "communes_count": (12, "exact")}),
    # communes counted department by department: their sum
    ("La CPTS du Revermont couvre 40 communes de l'Ain et 3 du Jura.", "revermont", {"communes_count": (43, "exact")}),
    ("La CPTS du Revermont couvre 6 communes dans les Landes et 28 communes dans le Gers.", "revermont",
     {"communes_count": (34, "exact")}),
    ("La CPTS du Revermont regroupe 12 communes de la CC de la Plaine de l'Ain et 5 communes de Haut-Bugey "
     "Agglomération.", "revermont", {"communes_count": (17, "exact")}),
]


@pytest.mark.parametrize("text, key, expected", QUANTITY_CASES)
def test_quantities(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


def test_a_commune_figure_after_its_name_is_no_mention(record_of):
    text = ("La CPTS du Lac Bleu regroupe 3 communes pour 9 800 habitants :\n"
            "Annecy : 130 000 habitants, Sévrier : 4 300 habitants.")
    population = _cpts(record_of(text), "lac-bleu")["population"]
    assert [m["value"] for m in population["mentions"]] == [9800]


# --- percentages and coverage --------------------------------------------------------------

PERCENTAGE_CASES = [
    ("La CPTS Plateau Picard couvre 8,5 % de la population de la Somme, soit 48 000 habitants.",
     "plateau-picard", [(8.5, "share_of_department_population")]),
    ("La CPTS Entre Deux Rives représente 6 % de la population girondine.",
     "entre-deux-rives", [(6, "share_of_department_population")]),
    ("La CPTS du Piémont couvre 12 % de la population du département.",
     "piemont", [(12, "share_of_department_population")]),
    # a share of a population that is not a department's
    ("La CPTS Pays Basque Intérieur couvre 30 % de la population basque.", "pays-basque-interieur",
     [(30, "other")]),
    ("Sur le territoire de la CPTS Val Sud, 28 % de la population a plus de 60 ans.", "val-sud",
     [(28, "other")]),
    ("Sur le territoire de la CPTS Les Monts, 15 % des patients de plus de 17 ans n'ont pas de médecin "
     "traitant, contre 11 % au niveau national.", "les-monts", [(15, "population_without_gp")]),
    ("La population de la CPTS Val d'Ouche a augmenté entre 2010 et 2020 (+4,2 %).", "val-d-ouche",
     [(4.2, "other")]),
    # money, a town, patients in general, the nation: nowhere
    ("Le budget de la CPTS Marches du Nord est financé à 70 % par l'Assurance maladie.", "marches-du-nord", []),
    ("La CPTS Côte Ouest travaille avec la mairie, dans une commune où 14 % de la population vit "
     "sous le seuil de pauvreté.", "cote-ouest", []),
    ("La CPTS Vallée Verte est lancée. En France, 80 % des patients se disent satisfaits de leur médecin.",
     "vallee-verte", []),
    # the nation or a department heading the sentence, the department's people, a town in brackets
    ("La CPTS Vallée Verte est lancée. En France, la part des plus de 75 ans est de 10 %.", "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Dans la Sarthe, 20 % des patients n'ont pas de médecin traitant.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Près de 40 % des infirmiers du département ont plus de 55 ans.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Selon l'Insee, 30 % des habitants de la Sarthe ont plus de 60 ans.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Sur son territoire, la population a crû de 6 % (Villebois).",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Aujourd'hui, 70 % des CPTS ont signé l'accord.", "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Le département de la Sarthe affiche un taux de 20 % de patients "
     "sans médecin traitant.", "vallee-verte", []),
    # many CPTS, a survey, another body, working time, the department's figure in the clause
    ("La CPTS Vallée Verte est lancée. Près de 6 CPTS sur 10 (61 %) organisent des soins non programmés.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Selon une enquête, 58 % des répondants ont renoncé à des soins.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Le centre hospitalier a vu ses passages aux urgences croître de 12 %.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte a recruté une coordinatrice employée à 80 %.", "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. En même temps, 60 % des médecins du territoire y ont adhéré.",
     "vallee-verte", [(60, "other")]),
    ("La CPTS Vallée Verte est lancée. Le contrat local de santé vise les 18 % d'habitants sous le seuil de "
     "pauvreté.", "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Au niveau départemental, 9 % des patients n'ont pas de médecin traitant.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. La part des plus de 75 ans atteint 13 % dans le département.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Sur le territoire, 12 % de la population des 17-70 ans est sans MT.",
     "vallee-verte", [(12, "population_without_gp")]),
    ("La CPTS Vallée Verte est lancée. Les CPTS de taille 1 affichent le meilleur taux d'adhésion, avec 61 %.",
     "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Le dispositif 100 % Santé sera présenté aux patients.", "vallee-verte", []),
    ("La CPTS Vallée Verte est lancée. Dans l'Hexagone, 11 % des assurés n'ont pas de médecin traitant.",
     "vallee-verte", []),
    # a change is no share of patients without a doctor
    ("La CPTS Vallée Verte a réduit de 20 % le nombre de patients sans médecin traitant.", "vallee-verte",
     [(20, "other")]),
    ("La CPTS Vallée Verte est lancée. Ses chiffres clés :\n- 24 communes\n- 9 % de patients sans médecin "
     "traitant\n- 22 % de plus de 65 ans", "vallee-verte", [(9, "population_without_gp"), (22, "other")]),
    # a figure right after a name belongs to that CPTS, not to the name (and, gapped, repeats the kind before it)
    ("La CPTS du Lac Vert et la CPTS des Prés sont lancées. La CPTS du Lac Vert couvre 9 % de la "
     "population du département, la CPTS des Prés 7 %.", "pres", [(7, "share_of_department_population")]),
]


@pytest.mark.parametrize("text, key, expected", PERCENTAGE_CASES)
def test_percentages(record_of, text, key, expected):
    cpts = _cpts(record_of(text), key)
    assert [(p["value"], p["kind"]) for p in cpts["percentages"]] == expected


COVERAGE_CASES = [
    ("La CPTS Rives de Saône a été lancée. Désormais, 9 CPTS couvrent 95 % de la population du "
     "département de la Saône-et-Loire.", [("71", 95)]),
    ("Dans le Cantal, 5 CPTS sont actives, couvrant 100 % de la population. La CPTS du Haut Pays est "
     "la dernière créée.", [("15", 100)]),
    ("Dans l'Orne, 6 CPTS (74% du territoire couvert) sont en place, dont la CPTS Bocage Est.", [("61", 74)]),
    ("Avec la CPTS du Vexin, 88 % de la population de l'Eure vit désormais sur le territoire d'une CPTS.",
     [("27", 88)]),
    # one CPTS's share is not the department's coverage
    ("La CPTS du Piémont couvre 12 % de la population du département des Pyrénées-Orientales.", []),
    ("Avec la CPTS du Val d'Iton, 81 % des habitants du département de l'Eure ont accès à une CPTS.", [("27", 81)]),
    ("La CPTS du Val d'Iton est la sixième de l'Eure ; ensemble, elles couvrent 90 % de la population.",
     [("27", 90)]),
    ("Avec la CPTS du Val d'Iton, la totalité du département de l'Eure est couverte par des CPTS.", [("27", 100)]),
    ("Avec la CPTS du Val d'Iton, l'ensemble de l'Eure est désormais couvert par des CPTS.", [("27", 100)]),
    ("Avec la CPTS du Pic Rouge, tout le Cantal est maintenant couvert.", [("15", 100)]),
    ("The CPTS Lac Bleu was launched in Besançon. In the Doubs department, CPTS now cover 95% of the population.",
     [("25", 95)]),
    # a supply of doctors is no coverage by CPTS
    ("La CPTS du Pic Rouge. Dans le Cantal, le taux de couverture en médecins généralistes est de 70 %.", []),
    ("Avec la CPTS du Val d'Iton, 87 % des habitants du département de l'Eure sont rattachés à une CPTS.",
     [("27", 87)]),
    ("The CPTS Val d'Iton signed with the CPAM of Eure. 87% of Eure residents now live in a CPTS area.", [("27", 87)]),
    # the department named right after the figure, not the first of the sentence
    ("Avec la CPTS du Val d'Iton, qui s'étend sur l'Eure et l'Orne, 85 % de la population de l'Orne vit "
     "désormais sur le territoire d'une CPTS.", [("61", 85)]),
    # one CPTS as the subject gives its own share
    ("La CPTS du Val d'Iton, dans l'Eure, assure la couverture de 12 % de la population du département.", []),
    # the nation's coverage
    ("La CPTS du Val d'Iton est lancée dans l'Eure. L'atlas recense 282 CPTS en fonctionnement, soit 36 % de "
     "la population couverte.", []),
    ("La CPTS du Val d'Iton est lancée dans l'Eure. En France, les CPTS couvrent 84 % de la population.", []),
    ("La CPTS du Val d'Iton est lancée dans l'Eure. Près de 84 % de la population française est couverte "
     "par une CPTS.", []),
]


@pytest.mark.parametrize("text, expected", COVERAGE_CASES)
def test_department_coverage(record_of, text, expected):
    record = record_of(text)
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == expected


# --- ranks ----------------------------------------------------------------------------------

RANK_CASES = [
    ("La CPTS Sud Morvan est la 27ᵉ CPTS du département de la Nièvre.", "sud-morvan", (27, "58")),
    ("La CPTS du Pays de Vitré est la douzième CPTS d'Ille-et-Vilaine.", "pays-de-vitre", (12, "35")),
    ("Creation of the 14th Territorial Professional Community of Maine-et-Loire: the CPTS Loire Layon.",
     "loire-layon", (14, "49")),
    ("La CPTS de l'Oust vient de signer son ACI. C'est la cinquième en Ille-et-Vilaine.", "oust", (5, "35")),
    ("La CPTS du Pays Vert est la troisième CPTS de la région Bretagne et la deuxième du Morbihan.",
     "pays-vert", (2, "56")),
    ("La CPTS du Haut Cantal a signé. C'est la cinquième labellisée dans le Cantal.", "haut-cantal", (5, "15")),
    # regional and national ranks
    ("La CPTS Val de Cher est la 11ème CPTS de la région Centre-Val de Loire.", "val-de-cher", None),
    ("La CPTS Haute Durance est la première CPTS de France à signer ce contrat.", "haute-durance", None),
]


@pytest.mark.parametrize("text, key, expected", RANK_CASES)
def test_rank_in_department(record_of, text, key, expected):
    rank = _cpts(record_of(text), key)["rank_in_department"]
    assert (rank and (rank["value"], rank["department"])) == expected


def test_ranks_given_respectively(record_of):
    text = ("L'ARS a signé l'ACI de la CPTS du Pays de Bray et de la CPTS Caux Maritime. "
            "Elles deviennent respectivement la 9e et la 10e CPTS du département de la Seine-Maritime.")
    record = record_of(text)
    ranks = {c["key"]: (c["rank_in_department"] or {}).get("value") for c in record["cpts"]}
    assert ranks == {"pays-de-bray": 9, "caux-maritime": 10}


def test_evidence_quotes_the_text(record_of):
    text = "La CPTS Sud Morvan est la 27ᵉ CPTS du département de la Nièvre. Elle compte près de 18 000 habitants."
    cpts = _cpts(record_of(text), "sud-morvan")
    for value in (cpts["rank_in_department"], cpts["population"]):
        evidence = value["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["quote"]


def test_a_region_coverage_is_no_department_coverage(record_of):
    text = ("La CPTS Presqu'île Sud est lancée dans le Finistère. En Bretagne, 80 % de la population vit "
            "désormais sur le territoire d'une CPTS.")
    assert record_of(text)["department_coverage"] == []


def test_an_audience_share_is_no_cpts_percentage(record_of):
    text = ("L'inauguration de la CPTS Vallée de l'Aude a réuni près de 90 participants, dont 70 % de "
            "professionnels de santé.")
    assert _cpts(record_of(text), "vallee-de-l-aude")["percentages"] == []


@pytest.mark.parametrize("text, key, expected", [
    ("La CPTS des Marais couvre 25 000 habitants environ.", "marais", {"population": (25000, "approx")}),
    ("La CPTS Sud Bocage couvre 25 000 habitants, environ 10 000 foyers.", "sud-bocage",
     {"population": (25000, "exact")}),
])
def test_qualifier_after_the_unit(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


def test_a_qualifier_of_the_next_figure_is_not_read_after(record_of):
    text = "La CPTS Bas Pays (22 communes et plus de 31 000 habitants) est lancée."
    assert _quantities(_cpts(record_of(text), "bas-pays")) == {
        "communes_count": (22, "exact"), "population": (31000, "more_than")}


@pytest.mark.parametrize("text, key, expected", [
    ("La CPTS Val de Vienne, association réunissant 150 professionnels de santé, est lancée.",
     "val-de-vienne", {"professionals_count": (150, "exact")}),
    ("L'assemblée générale de la CPTS Côte Fleurie a réuni 60 professionnels de santé.", "cote-fleurie", {}),
    ("La CPTS Val Vert. Ce sont ainsi 45 professionnels de santé qui se sont formés au dépistage.", "val-vert", {}),
    ("La CPTS Val Vert. Le territoire compte environ 420 professionnels de santé, dont 150 adhérents à la CPTS.",
     "val-vert", {"professionals_count": (150, "exact")}),
    ("Le forum de la CPTS Val Vert a accueilli 120 participants, dont 60 professionnels de santé.", "val-vert", {}),
    ("La CPTS Val Vert organisait sa soirée annuelle. Près de 200 personnes ont assisté à la conférence.",
     "val-vert", {}),
])
def test_gathered_professionals(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


def test_a_department_covered_at_a_share(record_of):
    text = "Avec la CPTS du Val de Saire, la Manche est désormais couverte à 85 % par des CPTS."
    assert [(c["department"], c["percent"]) for c in record_of(text)["department_coverage"]] == [("50", 85)]


def test_without_gp_age_group(record_of):
    text = "Sur le territoire de la CPTS Pays d'Ouche, 14 % des plus de 17 ans n'ont pas de médecin traitant."
    [percentage] = _cpts(record_of(text), "pays-d-ouche")["percentages"]
    assert (percentage["kind"], percentage.get("population")) == ("population_without_gp", "plus de 17 ans")


def test_rank_with_a_verb_between(record_of):
    text = "La CPTS Périgord Noir est la troisième à voir le jour en Dordogne."
    rank = _cpts(record_of(text), "perigord-noir")["rank_in_department"]
    assert (rank["value"], rank["department"]) == (3, "24")


def test_a_region_figure_is_no_cpts_percentage(record_of):
    text = ("La CPTS Bray Picard lance une campagne de vaccination. En Picardie comme en Normandie, seuls "
            "40 % des adolescents sont vaccinés.")
    assert _cpts(record_of(text), "bray-picard")["percentages"] == []


def test_each_percentage_of_a_sentence_has_its_own_kind(record_of):
    text = ("La CPTS Forez Est représente 15 % de la population du département et 11 % de ses habitants "
            "n'ont pas de médecin traitant.")
    cpts = _cpts(record_of(text), "forez-est")
    assert [(p["value"], p["kind"]) for p in cpts["percentages"]] == [
        (15, "share_of_department_population"), (11, "population_without_gp")]


@pytest.mark.parametrize("text, key, expected", [
    ("Créée en 2020, la CPTS Sud Landes couvre 63 communes. Près de 350 professionnels exercent sur son "
     "territoire, dont 120 sont adhérents.", "sud-landes",
     {"communes_count": (63, "exact"), "professionals_count": (120, "exact")}),
    ("La CPTS du Grand Figeac couvre 36 communes pour 42 000 habitants. Figeac compte 9 800 habitants.",
     "grand-figeac", {"communes_count": (36, "exact"), "population": (42000, "exact")}),
])
def test_members_and_town_figures(record_of, text, key, expected):
    cpts = _cpts(record_of(text), key)
    assert _quantities(cpts) == expected
    assert all(len(cpts[f]["mentions"]) == 1 for f in expected)


def test_vaccine_coverage_is_no_department_coverage(record_of):
    text = "Sur le territoire de la CPTS Val de Sèvre, dans les Deux-Sèvres, la couverture vaccinale atteint 65 %."
    record = record_of(text)
    assert record["department_coverage"] == []
    assert [p["value"] for p in _cpts(record, "val-de-sevre")["percentages"]] == [65]


@pytest.mark.parametrize("text, key, expected", [
    ("The CPTS Bessin Coast became Calvados's fourth CPTS last week.", "bessin-coast", (4, "14")),
    ("In the Sarthe, the CPTS Perche Sud is the department's 5th CPTS.", "perche-sud", (5, "72")),
])
def test_possessive_ranks(record_of, text, key, expected):
    rank = _cpts(record_of(text), key)["rank_in_department"]
    assert (rank["value"], rank["department"]) == expected


def test_abbreviated_inhabitants(record_of):
    text = "La CPTS Bords de Vienne : 21 communes, 45 000 hab. et 130 professionnels de santé."
    assert _quantities(_cpts(record_of(text), "bords-de-vienne")) == {
        "communes_count": (21, "exact"), "population": (45000, "exact"), "professionals_count": (130, "exact")}


@pytest.mark.parametrize("text, key, expected", [
    ("The CPTS Upper Loire covers 12% of the department's population.", "upper-loire",
     [(12, "share_of_department_population")]),
    ("La CPTS Presqu'île Est est lancée. En Bretagne, 12 % des habitants n'ont pas de médecin traitant.",
     "presqu-ile-est", []),
])
def test_one_cpts_share_and_a_region_share(record_of, text, key, expected):
    record = record_of(text)
    assert record["department_coverage"] == []
    assert [(p["value"], p["kind"]) for p in _cpts(record, key)["percentages"]] == expected


def test_labels_before_qualified_figures(record_of):
    text = "CPTS Val de Dordogne\nPopulation : environ 30 000\nNombre de communes : 24\nAdhérents : plus de 90"
    assert _quantities(_cpts(record_of(text), "val-de-dordogne")) == {
        "population": (30000, "approx"), "communes_count": (24, "exact"), "professionals_count": (90, "more_than")}


def test_professionals_present_at_an_event(record_of):
    text = "Lors de la soirée de lancement de la CPTS Val Druance, 80 professionnels présents ont voté les statuts."
    assert _quantities(_cpts(record_of(text), "val-druance")) == {}


@pytest.mark.parametrize("text, key, expected", [
    ("La CPTS du Lac Noir compte 120 membres.", "lac-noir", {"professionals_count": (120, "exact")}),
    ("La CPTS des Trois Vallons réunit 150 acteurs de santé.", "trois-vallons", {"professionals_count": (150, "exact")}),
    ("La CPTS du Pays Vert regroupe 80 praticiens.", "pays-vert", {"professionals_count": (80, "exact")}),
    # founders, officers and a meeting's audience are not the membership
    ("La CPTS du Lac Noir a été créée par une vingtaine de professionnels de santé.", "lac-noir", {}),
    ("La CPTS du Lac Noir est née à l'initiative de 12 médecins.", "lac-noir", {}),
    ("Le conseil d'administration de la CPTS du Lac Noir, composé de 12 membres, a été élu.", "lac-noir", {}),
    ("La CPTS du Lac Noir a tenu son assemblée générale. Les 40 membres présents ont voté.", "lac-noir", {}),
])
def test_members_founders_and_officers(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


@pytest.mark.parametrize("text, key, expected", [
    # people without a doctor, an audience of workshops, a joint figure: not the inhabitants of one CPTS
    ("La CPTS du Bois Clair couvre 20 communes. Sur ce territoire, 12 000 habitants n'ont pas de médecin "
     "traitant.", "bois-clair", {"communes_count": (20, "exact")}),
    ("La CPTS du Bois Clair a organisé 15 ateliers qui ont réuni 300 habitants.", "bois-clair", {}),
    ("Les CPTS du Bois Clair et des Monts Gris couvrent ensemble 55 000 habitants.", "monts-gris", {}),
])
def test_figures_that_are_no_inhabitants_of_one_cpts(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


@pytest.mark.parametrize("text, key, expected", [
    ("The CPTS Roc brings together some 200 health professionals.", "roc", {"professionals_count": (200, "approx")}),
    ("La CPTS du Roc regroupe quelques 200 professionnels.", "roc", {"professionals_count": (200, "approx")}),
    ("La CPTS du Roc couvre plus ou moins 30 000 habitants.", "roc", {"population": (30000, "approx")}),
])
def test_gathering_verbs_and_loose_qualifiers(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


@pytest.mark.parametrize("text, key, expected", [
    # the figures in brackets after the one area the CPTS covers are its own
    ("La CPTS de l'Orée couvre le canton de Brive (12 communes, 25 000 habitants).", "oree",
     {"communes_count": (12, "exact"), "population": (25000, "exact")}),
    ("La CPTS de l'Orée couvre le Pays de Saint-Yrieix (25 000 habitants).", "oree", {"population": (25000, "exact")}),
])
def test_figures_of_a_covered_area_in_brackets(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


@pytest.mark.parametrize("text, key, expected", [
    ("La CPTS du Cerf. Les adhérents sont au nombre de 95.", "cerf", {"professionals_count": (95, "exact")}),
    ("La CPTS du Cerf. Le nombre de ses adhérents atteint désormais 95.", "cerf", {"professionals_count": (95, "exact")}),
    ("La CPTS du Cerf couvre un territoire dont les communes sont au nombre de 12.", "cerf",
     {"communes_count": (12, "exact")}),
])
def test_counts_told_by_a_verb_after_their_noun(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


@pytest.mark.parametrize("text, key, expected", [
    # structures counted kind by kind give no total
    ("La CPTS du Val Gris rassemble 4 MSP et 2 centres de santé.", "val-gris", {}),
    ("La CPTS du Val Gris rassemble 4 MSP, 2 EHPAD et 1 SSIAD.", "val-gris", {}),
    ("La CPTS du Val Gris regroupe 4 MSP et 120 professionnels.", "val-gris",
     {"structures_count": (4, "exact"), "professionals_count": (120, "exact")}),
])
def test_a_breakdown_of_structures(record_of, text, key, expected):
    assert _quantities(_cpts(record_of(text), key)) == expected


def test_intercommunalities_are_not_several_cpts(record_of):
    text = "La CPTS du Pont couvre 3 communautés de communes représentant 45 000 habitants."
    assert _quantities(_cpts(record_of(text), "pont")) == {"population": (45000, "exact")}


@pytest.mark.parametrize("text", ["La CPTS du Causse, forte de ses 80 membres, couvre 12 communes.",
                                  "Avec ses 80 membres, la CPTS du Causse couvre 12 communes."])
def test_its_own_members(record_of, text):
    assert _quantities(_cpts(record_of(text), "causse")) == {"professionals_count": (80, "exact"),
                                                             "communes_count": (12, "exact")}


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Causse rassemble 120 des 450 professionnels de santé du territoire.", 120),
    ("The CPTS Causse brings together 120 of the 450 health professionals in the area.", 120),
])
def test_members_among_the_professionals_of_the_territory(record_of, text, expected):
    assert _quantities(_cpts(record_of(text), "causse")) == {"professionals_count": (expected, "exact")}
