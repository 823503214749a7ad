"""Other ways the genre writes who started a CPTS, its key figures and where a neighbour lies: initiators named
by a cleft, a fronted participle or "impulsée par", figures listed after the CPTS's name and a colon, a
mentioned CPTS placed only by what the text says; and near-miss texts where nothing is to be read (officials,
the nation's figures, people an action reached, a neighbour's department never named). Invented texts only:
no sentence comes from a real document."""
from __future__ import annotations

import pytest

CPTS = "La CPTS du Pays de Sens a signé son contrat."
K = "pays-de-sens"


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


def _cpts(record: dict, key: str) -> dict:
    return next(c for c in record["cpts"] if c["key"] == key)


def _figures(record: dict, key: str) -> dict[str, tuple]:
    fields = ("population", "communes_count", "professionals_count", "structures_count")
    return {f: (_cpts(record, key)[f]["value"], _cpts(record, key)[f]["qualifier"])
            for f in fields if _cpts(record, key)[f]}


# --- initiators -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{CPTS} Le projet est né à l'initiative de Jean Morel, médecin généraliste, et de Marie Lefèvre, pharmacienne.",
    f"{CPTS} C'est à l'initiative du Dr Jean Morel et de Marie Lefèvre que la CPTS a vu le jour en 2021.",
    f"{CPTS} Impulsée par le Dr Jean Morel et Marie Lefèvre, la démarche a réuni les soignants du territoire.",
    f"{CPTS} Les initiateurs du projet, Jean Morel et Marie Lefèvre, se réjouissent.",
    f"{CPTS} Jean Morel et Marie Lefèvre, infirmière, ont été à l'origine du projet.",
])
def test_two_initiators(record_of, text):
    assert _people(record_of(text)) == {(K, "Jean Morel", "initiateur"), (K, "Marie Lefèvre", "initiatrice")}


@pytest.mark.parametrize("text", [
    f"{CPTS} Le projet a été initié en 2019 par Jean Morel, médecin généraliste à Sens.",
    f"{CPTS} Jean Morel, médecin généraliste, est l'un des initiateurs de la CPTS.",
    f"{CPTS} Créée en 2019 à l'initiative de Jean Morel, elle fédère les soignants du territoire.",
    "La CPTS du Pays de Sens, créée en 2019 à l'initiative de Jean Morel, a signé son contrat.",
    f"{CPTS} Jean Morel, initiateur du projet, se réjouit.",
])
def test_one_initiator(record_of, text):
    assert _people(record_of(text)) == {(K, "Jean Morel", "initiateur")}


@pytest.mark.parametrize("text", [
    # an event another body or an official started, not the CPTS
    f"{CPTS} Une réunion publique a été organisée à l'initiative de Paul Girard, maire de Sens.",
    f"{CPTS} À l'initiative de l'ARS, une réunion a eu lieu à Sens.",
    f"{CPTS} Le contrat local de santé, né à l'initiative de Paul Girard, maire de Sens, complète l'offre.",
    # an initiative is not an origin when the CPTS already stands
    "La CPTS du Pays de Sens s'agrandit à l'initiative du Dr Jean Morel, qui en assure la présidence.",
])
def test_no_initiator(record_of, text):
    assert (K, "Jean Morel", "initiateur") not in _people(record_of(text))
    assert not {p for p in _people(record_of(text)) if p[1] == "Paul Girard"}


def test_the_office_beats_an_initiative_after_a_growth(record_of):
    text = "La CPTS du Pays de Sens s'agrandit à l'initiative du Dr Jean Morel, qui en assure la présidence."
    assert _people(record_of(text)) == {(K, "Jean Morel", "président")}


# --- people: officials are not the CPTS's -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (f"{CPTS} Étaient présents Pierre Dubois, directeur de la CPAM, Sophie Martin, vice-présidente du conseil "
     "départemental chargée de la santé, et Marie Lefèvre, présidente de la CPTS.",
     {(K, "Marie Lefèvre", "présidente")}),
    (f"{CPTS} Le contrat a été signé par Marie Lefèvre, présidente de la CPTS, Pierre Dubois, directeur général de "
     "l'ARS, et Sophie Martin, directrice de la CPAM de l'Yonne.", {(K, "Marie Lefèvre", "présidente")}),
    (f"{CPTS} Jean Morel, chargé de mission à l'ARS, a accompagné Marie Lefèvre, coordinatrice de la CPTS.",
     {(K, "Marie Lefèvre", "coordinatrice")}),
    (f"{CPTS} Le député Paul Girard, le préfet Luc Bernard et la maire de Sens, Sophie Martin, étaient présents. "
     "La présidente de la CPTS, Marie Lefèvre, a remercié l'ARS.", {(K, "Marie Lefèvre", "présidente")}),
    (f"{CPTS} Jean Morel, président de l'URPS médecins et vice-président de la CPTS, a présenté le projet.",
     {(K, "Jean Morel", "vice-président")}),
    (f"{CPTS} Le Dr Jean Morel, médecin urgentiste au centre hospitalier de Sens et président de la CPTS, a "
     "présenté le projet.", {(K, "Jean Morel", "président")}),
])
def test_officials_left_out(record_of, text, expected):
    assert _people(record_of(text)) == expected


# --- key figures --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS du Pays de Sens : 45 communes, 62 000 habitants, 4 MSP, 180 professionnels.",
    "La CPTS du Pays de Sens : 45 communes, 62 000 habitants, 180 professionnels, 4 MSP.",
    "La CPTS du Pays de Sens en bref : 62 000 habitants | 45 communes | 180 professionnels | 4 MSP",
])
def test_figures_listed_after_the_name_and_a_colon(record_of, text):
    assert _figures(record_of(text), K) == {"population": (62000, "exact"), "communes_count": (45, "exact"),
                                            "professionals_count": (180, "exact"), "structures_count": (4, "exact")}


def test_a_counted_body_then_more_professionals(record_of):
    text = "La CPTS du Pays de Sens compte 3 MSP et plus de 180 professionnels."
    assert _figures(record_of(text), K) == {"professionals_count": (180, "more_than"), "structures_count": (3, "exact")}


@pytest.mark.parametrize("text, expected", [
    # the professionals of the structures, not the CPTS's
    ("La CPTS du Pays de Sens compte 3 MSP, qui réunissent 40 professionnels.", {"structures_count": (3, "exact")}),
    # the nation's, a region's, a budget, patients, attendees
    (f"{CPTS} En France, 1 000 CPTS couvrent 70 % de la population, soit 47 millions d'habitants.", {}),
    (f"{CPTS} Comme 25 autres CPTS de la région, qui couvrent 1,2 million d'habitants, elle a un an.", {}),
    (f"{CPTS} Elle recevra 120 000 euros par an de l'Assurance maladie.", {}),
    (f"{CPTS} Depuis janvier, 2 500 patients ont trouvé un médecin traitant grâce à elle.", {}),
    (f"{CPTS} Plus de 300 personnes ont assisté à la soirée de lancement.", {}),
    (f"{CPTS} Le département compte 330 000 habitants et 423 communes.", {}),
    (f"{CPTS} La maison de santé de Sens réunit 25 professionnels.", {}),
    (f"{CPTS} L'objectif est d'atteindre 250 adhérents d'ici 2026.", {}),
    ("The Pays de Sens CPTS signed its contract. Nationwide, more than 800 CPTS now serve 40 million people.", {}),
])
def test_figures_of_others(record_of, text, expected):
    assert _figures(record_of(text), K) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Pays de Sens couvre approximativement 62 000 habitants.", (62000, "approx")),
    ("La CPTS du Pays de Sens couvre pas loin de 62 000 habitants.", (62000, "approx")),
    ("La CPTS du Pays de Sens couvre 62 000 habitants environ.", (62000, "approx")),
    ("La CPTS du Pays de Sens couvre aux alentours de 62 000 habitants.", (62000, "approx")),
    ("La CPTS du Pays de Sens couvre un peu moins de 62 000 habitants.", (62000, "less_than")),
    ("La CPTS du Pays de Sens couvre au-delà de 62 000 habitants.", (62000, "more_than")),
    ("La CPTS du Pays de Sens couvre 62.000 habitants.", (62000, "exact")),
    ("The Pays de Sens CPTS serves roughly 62,000 inhabitants.", (62000, "approx")),
])
def test_population_qualifiers(record_of, text, expected):
    key = "pays-de-sens"
    assert _figures(record_of(text), key)["population"] == expected


# --- departments of a mentioned CPTS ---------------------------------------------------------------------------

def test_a_town_in_a_neighbours_name_does_not_place_it(record_of):
    # Tonnerre is in the Yonne, but the text never says where the neighbour lies
    record = record_of("La CPTS du Pays de Sens a signé son contrat. Elle travaille avec la CPTS du Tonnerrois.")
    assert _cpts(record, "tonnerrois")["departments"] == []


def test_a_town_in_a_neighbours_name_with_its_department_named(record_of):
    record = record_of("La CPTS du Pays de Sens, dans l'Yonne, a signé son contrat. Elle travaille avec la CPTS du "
                       "Tonnerrois.")
    assert _cpts(record, "tonnerrois")["departments"] == ["89"]


# --- offices written otherwise ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (f"{CPTS} La présidence revient à Marie Lefèvre, pharmacienne.", {(K, "Marie Lefèvre", "présidente")}),
    (f"{CPTS} L'association est présidée par Marie Lefèvre.", {(K, "Marie Lefèvre", "présidente")}),
    ("The Pays de Sens CPTS signed its contract. Co-chairs Marie Lefèvre and Jean Morel signed for the CPTS.",
     {(K, "Marie Lefèvre", "co-présidente"), (K, "Jean Morel", "co-président")}),
    ("In Burgundy, the Pays de Sens healthcare community (CPTS) now covers 45 municipalities. \"We wanted to work "
     "together,\" explains Marie Lefèvre, a nurse and the CPTS coordinator.", {(K, "Marie Lefèvre", "coordinatrice")}),
])
def test_offices_written_otherwise(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_an_association_of_others_is_not_the_cpts(record_of):
    text = f"{CPTS} L'association Santé Mobile est présidée par Marie Lefèvre."
    assert _people(record_of(text)) == set()


# --- names --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("La CPTS Pays de Sens - Yonne a signé son contrat.", "CPTS Pays de Sens"),
    ("La CPTS Pays de Sens – Yonne a signé son contrat.", "CPTS Pays de Sens"),
    ("In Burgundy, the Pays de Sens healthcare community (CPTS) now covers 45 municipalities.", "CPTS Pays de Sens"),
])
def test_names_and_what_follows_them(record_of, text, name):
    assert [c["name"] for c in record_of(text)["cpts"]] == [name]


def test_a_second_name_after_a_dash_stays(record_of):
    record = record_of("La CPTS Vallée Blanche – Mont-Noir a signé son contrat.")
    assert [c["name"] for c in record["cpts"]] == ["CPTS Vallée Blanche – Mont-Noir"]


# --- people who are inhabitants, audiences who are not members ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The CPTS Pays de Sens has about 62,000 residents and nearly 200 members.",
     {"population": (62000, "approx"), "professionals_count": (200, "approx")}),
    ("Around 62,000 people live within the Pays de Sens CPTS area, which spans 45 municipalities.",
     {"population": (62000, "approx"), "communes_count": (45, "exact")}),
    (f"{CPTS} 62 000 personnes vivent sur son territoire.", {"population": (62000, "exact")}),
    ("La CPTS du Pays de Sens, présentée aux élus en mars, regroupe 180 professionnels.",
     {"professionals_count": (180, "exact")}),
    # helped, without a GP, an audience
    ("The CPTS Pays de Sens has helped 2,000 people find a GP.", {}),
    (f"{CPTS} 2 000 personnes vivent sans médecin traitant sur le territoire.", {}),
    ("La CPTS du Pays de Sens compte 150 personnes engagées dans ses groupes de travail.", {}),
    ("La CPTS du Pays de Sens a présenté son projet à 200 professionnels réunis à Sens.", {}),
    ("Le Dr Jean Morel a présenté la CPTS du Pays de Sens devant plus de 150 soignants.", {}),
    ("The Pays de Sens CPTS presented its project to about 200 professionals.", {}),
])
def test_inhabitants_and_audiences(record_of, text, expected):
    assert _figures(record_of(text), K) == expected


# --- roles: the department's stock and those already there -------------------------------------------------------

def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


@pytest.mark.parametrize("text, others", [
    (f"{CPTS} Dans l'Yonne, les CPTS du Gâtinais et du Tonnerrois fonctionnent déjà.", {"gatinais", "tonnerrois"}),
    (f"{CPTS} Dans l'Yonne, les communautés professionnelles territoriales de santé du Gâtinais et du Tonnerrois "
     "existent déjà.", {"gatinais", "tonnerrois"}),
    (f"{CPTS} Ce dernier a déjà été signé par la CPTS du Gâtinais en 2022.", {"gatinais"}),
    (f"{CPTS} Le département compte désormais 4 CPTS : Pays de Sens, Gâtinais Sud, Tonnerrois et Puisaye-Forterre.",
     {"gatinais-sud", "tonnerrois", "puisaye-forterre"}),
    (f"{CPTS} Le département compte désormais quatre CPTS : celles du Pays de Sens, du Gâtinais, du Tonnerrois et "
     "de Puisaye-Forterre.", {"gatinais", "tonnerrois", "puisaye-forterre"}),
    ("The Pays de Sens CPTS signed its contract on 3 May. The neighbouring Gâtinais CPTS had signed in 2022.",
     {"gatinais"}),
])
def test_others_beside_the_news(record_of, text, others):
    assert _roles(record_of(text)) == {K: "subject", **{key: "mentioned" for key in others}}


@pytest.mark.parametrize("text", [
    "Les CPTS du Pays de Sens et du Gâtinais ont signé leur contrat le 3 mai.",
    "La CPTS du Pays de Sens et la CPTS du Gâtinais ont signé leur contrat le 3 mai.",
    "Deux CPTS signent leur contrat : celles du Pays de Sens et du Gâtinais.",
])
def test_a_list_of_the_news_shares_it(record_of, text):
    assert _roles(record_of(text)) == {K: "subject", "gatinais": "subject"}


# --- a CPTS named as one of CPTS in general; the staff of another body --------------------------------------------

@pytest.mark.parametrize("text, roles", [
    ("Le Département de l'Yonne lance un plan pour attirer les médecins. Des bourses seront versées aux internes. "
     "« Nous travaillons avec les CPTS, comme celle du Pays de Sens », indique Sophie Martin.", {K: "mentioned"}),
    (f"{CPTS} Elle travaillera avec les CPTS voisines, notamment celle du Gâtinais.",
     {K: "subject", "gatinais": "mentioned"}),
])
def test_one_of_cpts_in_general(record_of, text, roles):
    assert _roles(record_of(text)) == roles


@pytest.mark.parametrize("text, expected", [
    ("Une maison de santé ouvre à Sens. Les huit professionnels de la maison de santé travaillent en lien avec la "
     "CPTS du Pays de Sens.", {}),
    ("La CPTS du Pays de Sens regroupe 180 professionnels de santé des MSP et cabinets du territoire.",
     {"professionals_count": (180, "exact")}),
    ("La CPTS du Pays de Sens regroupe 180 professionnels, dont 25 de la MSP de Sens.",
     {"professionals_count": (180, "exact")}),
])
def test_the_staff_of_another_body(record_of, text, expected):
    assert _figures(record_of(text), K) == expected


# --- initiators named after "à l'origine" -------------------------------------------------------------------------

FOUR = {(K, "Jean Morel", "initiateur"), (K, "Marie Lefèvre", "initiatrice"), (K, "Paul Girard", "initiateur"),
        (K, "Anne Roux", "initiatrice")}


@pytest.mark.parametrize("text", [
    f"{CPTS} À l'origine du projet, Jean Morel, Marie Lefèvre, Paul Girard et Anne Roux.",
    f"{CPTS} À l'origine du projet, Jean Morel, Marie Lefèvre, Paul Girard et Anne Roux ont réuni les soignants.",
    f"{CPTS} Les professionnels à l'origine de la CPTS : Jean Morel, Marie Lefèvre, Paul Girard et Anne Roux.",
    f"{CPTS} Quatre professionnels sont à l'origine de la CPTS : Jean Morel, Marie Lefèvre, Paul Girard et Anne Roux.",
    f"{CPTS} Un groupe de professionnels de santé est à l'origine du projet (Jean Morel, Marie Lefèvre, Paul Girard "
    "et Anne Roux).",
    f"{CPTS} Un groupe de professionnels de santé est à l'origine du projet. Il s'agit de Jean Morel, Marie Lefèvre, "
    "Paul Girard et Anne Roux.",
    f"{CPTS} Un collectif de soignants est à l'origine du projet, composé de Jean Morel, Marie Lefèvre, Paul Girard "
    "et Anne Roux.",
    f"{CPTS} Jean Morel, médecin, Marie Lefèvre, infirmière, Paul Girard, pharmacien, et Anne Roux, "
    "kinésithérapeute, sont à l'origine du projet.",
])
def test_initiators_after_the_origin(record_of, text):
    assert _people(record_of(text)) == FOUR


def test_founders_are_not_the_members(record_of):
    text = (f"{CPTS} À l'origine de cette CPTS, quatre professionnels : le Dr Jean Morel, médecin, Marie Lefèvre, "
            "infirmière, Paul Girard, pharmacien, et Anne Roux, kinésithérapeute.")
    record = record_of(text)
    assert _people(record) == FOUR
    assert _figures(record, K) == {}


@pytest.mark.parametrize("text, figures", [
    # "à l'origine" alone is "at first": no one's origin, and a figure of the beginnings
    (f"{CPTS} À l'origine, la CPTS comptait 20 membres, dont Jean Morel.", {}),
    (f"{CPTS} À l'origine du projet, l'ARS et la CPAM ont soutenu Jean Morel, président de l'URPS.", {}),
])
def test_no_initiator_after_the_origin(record_of, text, figures):
    record = record_of(text)
    assert _people(record) == set()
    assert _figures(record, K) == figures


# --- a department written as its number -------------------------------------------------------------------------

@pytest.mark.parametrize("text, departments", [
    ("La CPTS Val Fleuri, dans le 89, a signé son contrat.", ["89"]),
    ("La CPTS Val Fleuri a signé son contrat. Elle est la première du département 89.", ["89"]),
    ("La CPTS Val Fleuri (89) a signé son contrat.", ["89"]),
    # an arrondissement, a share
    ("La CPTS Val Fleuri a signé son contrat. Elle couvre 45 communes dans le 13e arrondissement.", []),
    ("La CPTS Val Fleuri a signé son contrat. Le taux atteint dans le 89 % des cas un bon niveau.", []),
])
def test_department_numbers(record_of, text, departments):
    assert _cpts(record_of(text), "val-fleuri")["departments"] == departments


@pytest.mark.parametrize("text, key, departments", [
    ("La CPTS Sens Nord-Est a signé son contrat.", "sens-nord-est", ["89"]),
    ("La CPTS Lille Nord Ouest a signé son contrat.", "lille-nord-ouest", ["59"]),
    ("La CPTS Val Fleuri, dans le Nord-Est de la France, a signé son contrat.", "val-fleuri", []),
    ("La CPTS Val Fleuri, dans le Nord, a signé son contrat.", "val-fleuri", ["59"]),
])
def test_a_point_of_the_compass_is_not_the_nord(record_of, text, key, departments):
    assert _cpts(record_of(text), key)["departments"] == departments


# --- names in quotes after a plural head; those that came before ------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{CPTS} Les CPTS « Gâtinais Sud » et « Vallée de l'Yonne » l'avaient précédée.",
    f"{CPTS} Les CPTS Gâtinais Sud et Vallée de l'Yonne l'avaient précédée.",
])
def test_quoted_names_of_those_before(record_of, text):
    assert _roles(record_of(text)) == {K: "subject", "gatinais-sud": "mentioned", "vallee-de-l-yonne": "mentioned"}


def test_quoted_names_of_the_news(record_of):
    record = record_of("Les CPTS « Pays de Sens » et « Gâtinais Sud » ont signé leur contrat le 3 mai.")
    assert _roles(record) == {K: "subject", "gatinais-sud": "subject"}


@pytest.mark.parametrize("text", [
    f"{CPTS} Pierre Dubois, maire de Sens et président de la communauté de communes, a salué l'initiative.",
    f"{CPTS} Le directeur de la CPAM, Pierre Dubois, et la directrice de la délégation de l'ARS, Sophie Martin, "
    "étaient présents.",
    f"{CPTS} Sophie Martin, conseillère départementale, et Paul Girard, député de l'Yonne, ont salué l'accord.",
    f"{CPTS} Paul Girard, président du conseil de l'Ordre des médecins, a rappelé les enjeux.",
    f"{CPTS} Présent à la signature, le sous-préfet Luc Bernard a salué « un bel exemple ».",
    f"{CPTS} Dans la salle, Pierre Dubois, coordinateur du contrat local de santé, et Sophie Martin, coordinatrice "
    "du DAC.",
    "The Pays de Sens CPTS signed its contract with Pierre Dubois, director of the regional health agency, and Sophie "
    "Martin, head of the local health insurance fund.",
])
def test_no_one_of_the_cpts(record_of, text):
    assert _people(record_of(text)) == set()


def test_signatories_each_for_a_body(record_of):
    text = (f"{CPTS} Signataires : pour l'ARS, Pierre Dubois, directeur départemental ; pour la CPAM, Sophie Martin, "
            "directrice ; pour la CPTS, Marie Lefèvre, présidente.")
    assert _people(record_of(text)) == {(K, "Marie Lefèvre", "présidente")}


def test_the_president_of_a_neighbour_is_the_neighbours(record_of):
    text = f"{CPTS} Le Dr Paul Girard, président de la CPTS du Gâtinais voisine, était présent."
    assert _people(record_of(text)) == {("gatinais", "Paul Girard", "président")}


@pytest.mark.parametrize("text, expected", [
    ("The Pays de Sens CPTS brings together 180 caregivers across 45 villages.",
     {"professionals_count": (180, "exact"), "communes_count": (45, "exact")}),
    ("The Pays de Sens CPTS brings together 180 health workers in 45 towns.",
     {"professionals_count": (180, "exact"), "communes_count": (45, "exact")}),
    ("The Pays de Sens CPTS signed its contract. The hospital employs 1,200 workers.", {}),
    ("The Pays de Sens CPTS signed its contract. About 300 health workers attended the launch.", {}),
])
def test_english_words_for_professionals(record_of, text, expected):
    assert _figures(record_of(text), K) == expected


# --- English founders, professions written as titles ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Pays de Sens CPTS signed its contract. The CPTS was founded in 2019 by Dr Jean Morel, a local GP.",
     {(K, "Jean Morel", "fondateur")}),
    ("The Pays de Sens CPTS signed its contract. Jean Morel, one of the founders of the CPTS, welcomed the news.",
     {(K, "Jean Morel", "fondateur")}),
    ("The Pays de Sens CPTS signed its contract. Nurse Marie Lefèvre, who coordinates the CPTS, welcomed the news.",
     {(K, "Marie Lefèvre", "coordinatrice")}),
    ("The Pays de Sens CPTS signed its contract. Marie Lefèvre and Jean Morel co-chair the CPTS.",
     {(K, "Marie Lefèvre", "co-présidente"), (K, "Jean Morel", "co-président")}),
    # the founder of another body
    ("The Pays de Sens CPTS signed its contract. Jean Morel, founder of the local health centre, welcomed the news.",
     set()),
])
def test_english_founders_and_titles(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    f"{CPTS}\nMots-clés : CPTS Yonne santé ACI",
    f"{CPTS}\nTags : CPTS Yonne, santé, ACI",
    f"{CPTS}\nCatégories : CPTS Bourgogne",
])
def test_a_page_s_tags_name_no_community(record_of, text):
    assert _names(record_of(text)) == {K: "CPTS du Pays de Sens"}


def _names(record: dict) -> dict[str, str]:
    return {c["key"]: c["name"] for c in record["cpts"]}


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Pays de Sens a élu Jean Morel à sa présidence.", {(K, "Jean Morel", "président")}),
    (f"{CPTS} L'URPS a élu Jean Morel à sa présidence.", set()),
    ("La CPTS du Pays de Sens a élu son bureau : président, Jean Morel ; trésorière, Marie Lefèvre.",
     {(K, "Jean Morel", "président"), (K, "Marie Lefèvre", "trésorière")}),
])
def test_elected_to_its_office(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Pays de Sens en chiffres : 180+ professionnels, 45 communes.",
     {"professionals_count": (180, "more_than"), "communes_count": (45, "exact")}),
    ("The Pays de Sens CPTS serves 62,000+ inhabitants.", {"population": (62000, "more_than")}),
    ("La CPTS du Pays de Sens : 45 communes + 3 en projet, 62 000 habitants.",
     {"population": (62000, "exact"), "communes_count": (45, "exact")}),
])
def test_a_plus_after_the_figure(record_of, text, expected):
    assert _figures(record_of(text), K) == expected
