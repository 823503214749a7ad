"""More of the ways the genre writes a CPTS's name, its role in the release, its figures and its department's
coverage: neighbours listed after a plural head, a second place joined to a name's inner place, CPTS in preparation
or only attending, a contrast with another CPTS, a fact in a sentence on a pronoun; and near-miss texts where no
fact is to be read. Invented texts only: no sentence comes from a real document."""
from __future__ import annotations

import pytest


def _names(record: dict) -> dict[str, str]:
    return {c["key"]: c["name"] for c in record["cpts"]}


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


def _cpts(record: dict, key: str) -> dict:
    return next(c for c in record["cpts"] if c["key"] == key)


def _figure(record: dict, key: str, field: str) -> tuple | None:
    value = _cpts(record, key)[field]
    return (value["value"], value["qualifier"]) if value else None


# --- names ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPTS Val Fleuri a signé son ACI. Elle travaillera avec les CPTS voisines du Haut-Berry et de Sologne Sud.",
    "La CPTS Val Fleuri a signé son ACI. Les CPTS limitrophes du Haut-Berry et de Sologne Sud y étaient associées.",
    "La CPTS Val Fleuri a signé son ACI. Les deux CPTS voisines, Haut-Berry et Sologne Sud, ont salué l'accord.",
])
def test_neighbours_listed_after_a_plural_head(record_of, text):
    record = record_of(text)
    assert set(_names(record)) == {"val-fleuri", "haut-berry", "sologne-sud"}
    assert _roles(record) == {"val-fleuri": "subject", "haut-berry": "mentioned", "sologne-sud": "mentioned"}


@pytest.mark.parametrize("text, key, name", [
    ("La CPTS Val de l'Arnon et du Cher a signé son ACI.", "val-de-l-arnon-et-du-cher", "CPTS Val de l'Arnon et du Cher"),
    ("La CPTS Portes du Berry et de la Sologne a signé son ACI.", "portes-du-berry-et-de-la-sologne",
     "CPTS Portes du Berry et de la Sologne"),
    ("La CPTS Pays de Vierzon et des Vallées a signé son ACI.", "pays-de-vierzon-et-des-vallees",
     "CPTS Pays de Vierzon et des Vallées"),
])
def test_a_second_place_after_the_names_inner_place(record_of, text, key, name):
    assert _names(record_of(text)) == {key: name}


@pytest.mark.parametrize("text, names", [
    # a second place needs a place before it: a name, then a new phrase
    ("Les présidents de la CPTS Val Fleuri et de la CPAM du Cher ont signé l'accord.", {"val-fleuri"}),
    ("La CPTS Val de Loire et de l'ARS ont signé l'accord.", {"val-de-loire"}),
])
def test_no_second_place_after_a_name(record_of, text, names):
    assert set(_names(record_of(text))) == names


@pytest.mark.parametrize("text", [
    "Les CPTS voisines ont salué l'accord. Elles travailleront ensemble.",
    "Les CPTS partenaires du département se sont réunies à Bourges.",
    "Les CPTS limitrophes, elles, ont signé leur accord en 2022.",
])
def test_generic_neighbours_name_none(record_of, text):
    assert _names(record_of(text)) == {}


# --- roles ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, other", [
    # in preparation, to come
    ("La CPTS Val Fleuri a signé son ACI le 12 mars. Le projet de CPTS du Sancerrois est quant à lui en préparation.",
     "sancerrois"),
    ("La CPTS Val Fleuri a signé son ACI le 12 mars. La CPTS du Sancerrois est encore en gestation.", "sancerrois"),
    ("La CPTS Val Fleuri a signé son ACI le 12 mars. La CPTS du Sancerrois est en cours d'élaboration.", "sancerrois"),
    ("La CPTS Val Fleuri a signé son ACI le 12 mars. Une CPTS du Sancerrois est à l'étude.", "sancerrois"),
    # a contrast is a model
    ("La CPTS Val Fleuri a signé son ACI le 12 mars. Contrairement à la CPTS Sologne Sud, elle couvre une zone rurale.",
     "sologne-sud"),
    ("La CPTS Val Fleuri a signé son ACI le 12 mars. À la différence de la CPTS Sologne Sud, elle est urbaine.",
     "sologne-sud"),
    ("The CPTS Val Fleuri signed its agreement on 12 March. Unlike the CPTS Sologne Sud, it covers a rural area.",
     "sologne-sud"),
    # only attending
    ("La CPTS Val Fleuri a été lancée le 12 mars. Marie Durand, présidente de la CPTS du Haut-Berry, était présente.",
     "haut-berry"),
    ("La CPTS Val Fleuri a été lancée le 12 mars. Les représentants de la CPTS du Haut-Berry ont assisté à la signature.",
     "haut-berry"),
    ("Lancement de la CPTS Val Fleuri\nLes professionnels ont lancé leur CPTS. La CPTS du Haut-Berry était également "
     "représentée.", "haut-berry"),
    ("The CPTS Val Fleuri was launched on 12 March. The CPTS Haut-Berry was also represented.", "haut-berry"),
    # the object of the subject's pronoun after a fronted place
    ("La CPTS Val Fleuri a signé son ACI le 12 mars. Dans le Cher, elle rejoint les CPTS Haut-Berry et Sologne Sud.",
     "haut-berry"),
])
def test_others_are_mentioned(record_of, text, other):
    roles = _roles(record_of(text))
    assert roles["val-fleuri"] == "subject" and roles[other] == "mentioned"


@pytest.mark.parametrize("text", [
    # a lone CPTS that attends or is in preparation is still what the text is about
    "La CPTS Val Fleuri était présente au forum des associations de Vierzon samedi.",
    "La CPTS Val Fleuri est en préparation : les professionnels se réunissent chaque mois.",
    # two CPTS that sign together are both subjects
    "Deux CPTS signent leur accord\nLa CPTS Val Fleuri et la CPTS Sologne Sud ont signé leur ACI le 12 mars 2024.",
])
def test_subjects_stay_subjects(record_of, text):
    assert set(_roles(record_of(text)).values()) == {"subject"}


# --- whose figure ---------------------------------------------------------------------------------------------

def test_a_rank_in_a_sentence_on_a_pronoun(record_of):
    record = record_of("La CPTS Val Fleuri a signé son ACI le 12 mars. Elle est la troisième CPTS du Cher après "
                       "les CPTS du Haut-Berry et Sologne Sud.")
    ranks = {c["key"]: c["rank_in_department"] for c in record["cpts"] if c["rank_in_department"]}
    assert {k: (r["value"], r["department"]) for k, r in ranks.items()} == {"val-fleuri": (3, "18")}


@pytest.mark.parametrize("opening", ["Comme la CPTS Sologne Sud", "À l'image de la CPTS Sologne Sud",
                                     "Contrairement à la CPTS Sologne Sud", "Tout comme la CPTS Sologne Sud"])
def test_a_figure_after_a_fronted_comparison(record_of, opening):
    record = record_of(f"La CPTS Val Fleuri a signé son ACI le 12 mars 2024. {opening}, elle couvre une vingtaine de "
                       "communes.")
    assert _figure(record, "val-fleuri", "communes_count") == (20, "approx")
    assert _figure(record, "sologne-sud", "communes_count") is None


def test_a_figure_of_the_other_after_its_name_is_its_own(record_of):
    record = record_of("La CPTS Val Fleuri a signé son ACI. Elle rejoint la CPTS Sologne Sud, qui couvre 15 communes.")
    assert _figure(record, "sologne-sud", "communes_count") == (15, "exact")
    assert _figure(record, "val-fleuri", "communes_count") is None


# --- quantities -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, field, figure", [
    # the territory as the antecedent of "qui compte"
    ("La CPTS Val Fleuri a signé son ACI. Le territoire, qui compte 45 000 habitants, ne dispose que de 20 médecins.",
     "population", (45000, "exact")),
    ("La CPTS Val Fleuri a signé son ACI. Son secteur, qui compte près de 45 000 habitants, manque de médecins.",
     "population", (45000, "approx")),
    # a territory of communes "peuplé de"
    ("La CPTS Val Fleuri a signé son ACI. Elle couvre un territoire de 32 communes peuplé de 45 000 habitants.",
     "population", (45000, "exact")),
    # key figures on lines of labels of two words
    ("La CPTS Val Fleuri a signé son ACI.\nPopulation : 45 000 habitants\nCommunes : 32\nProfessionnels adhérents : 150",
     "communes_count", (32, "exact")),
    ("La CPTS Val Fleuri a signé son ACI.\nPopulation : 45 000 habitants\nCommunes : 32\nProfessionnels adhérents : 150",
     "professionals_count", (150, "exact")),
    ("La CPTS Val Fleuri a signé son ACI.\nCommunes : 32\nProfessionnels de santé : 150", "professionals_count",
     (150, "exact")),
])
def test_figures_of_the_cpts(record_of, text, field, figure):
    assert _figure(record_of(text), "val-fleuri", field) == figure


@pytest.mark.parametrize("text, field", [
    # a town's or the department's own figure after "qui compte"
    ("La CPTS Val Fleuri a signé son ACI. La ville de Vierzon, qui compte 26 000 habitants, accueille son siège.",
     "population"),
    ("La CPTS Val Fleuri a signé son ACI. Son siège est à Vierzon, qui compte 26 000 habitants.", "population"),
    ("La CPTS Val Fleuri a signé son ACI. Le département, qui compte 300 000 habitants, manque de médecins.",
     "population"),
    ("La CPTS Val Fleuri a signé son ACI. Vierzon, ville peuplée de 26 000 habitants, accueille son siège.",
     "population"),
    # the next line's label is not the unit of a figure
    ("La CPTS Val Fleuri a signé son ACI.\nCommunes : 32\nMédecins généralistes : 20", "professionals_count"),
    # patients, budgets, attendees
    ("La CPTS Val Fleuri suit 3 000 patients sans médecin traitant. Elle a reçu 50 000 euros de l'ARS.", "population"),
    ("La CPTS Val Fleuri a organisé une soirée qui a réuni 90 professionnels de santé.", "professionals_count"),
    ("La CPTS Val Fleuri couvre 20 communes. Plus de 300 personnes ont participé au forum santé qu'elle organisait.",
     "population"),
])
def test_figures_of_something_else(record_of, text, field):
    assert _figure(record_of(text), "val-fleuri", field) is None


# --- one CPTS named in passing in a text on CPTS in general ---------------------------------------------------

GENERAL_TEXT = (
    "Le déploiement des CPTS se poursuit dans le Cher. Ces structures rassemblent des professionnels de santé libéraux "
    "autour d'un projet commun, financé par l'Assurance maladie selon leur taille. Les élus locaux soutiennent souvent "
    "ces démarches, qui demandent du temps aux soignants. Les premiers résultats sont encourageants pour les patients, "
    "notamment pour l'accès à un médecin traitant et aux soins non programmés. Les pharmaciens et les infirmiers y "
    "prennent une place croissante. ")


def test_one_cpts_named_late_in_a_text_on_cpts_in_general(record_of):
    record = record_of(GENERAL_TEXT + "À Vierzon, les soignants travaillent ainsi au sein de la CPTS du Pays de "
                                      "Vierzon depuis 2020.")
    assert _roles(record) == {"pays-de-vierzon": "mentioned"}


def test_one_cpts_the_text_speaks_of_as_the_cpts(record_of):
    record = record_of(GENERAL_TEXT + "À Vierzon, les soignants travaillent ainsi au sein de la CPTS du Pays de "
                                      "Vierzon depuis 2020. La CPTS vient de signer son accord conventionnel.")
    assert _roles(record) == {"pays-de-vierzon": "subject"}


# --- a department covered in full, told without a percentage -------------------------------------------------

def _coverage(record: dict) -> list[tuple[str, float]]:
    return [(c["department"], c["percent"]) for c in record["department_coverage"]]


@pytest.mark.parametrize("sentence", [
    "Les six CPTS couvrent désormais tout le Cher.",
    "Les CPTS couvrent désormais l'intégralité du Cher.",
    "Le Cher est désormais couvert dans sa totalité par des CPTS.",
    "Le Cher est désormais couvert en totalité par les CPTS.",
    "L'ensemble de la population du Cher est désormais couvert par une CPTS.",
    "Tous les habitants du Cher sont désormais couverts par une CPTS.",
    "Avec elle, le Cher est désormais entièrement maillé en CPTS.",
    "Le maillage du Cher en CPTS est désormais complet.",
    "The whole of Cher is now covered by CPTS.",
])
def test_a_department_covered_in_full(record_of, sentence):
    assert _coverage(record_of(f"La CPTS Val Fleuri a signé son ACI. {sentence}")) == [("18", 100)]


@pytest.mark.parametrize("sentence", [
    "Le Cher est entièrement maillé en fibre optique.",
    "Son territoire est intégralement couvert par la fibre.",
    "En France, tous les habitants sont désormais couverts par une CPTS.",
    "La région Centre-Val de Loire est désormais couverte dans sa totalité par des CPTS.",
    "Elle couvre tout le Val Fleuri.",
    "La couverture de la population reste à compléter dans le sud du Cher.",
    # figures that are not a coverage
    "Dans le Cher, 15 % des patients n'ont pas de médecin traitant.",
    "Le nombre de CPTS a augmenté de 20 % en un an dans le Cher.",
    "L'ARS du Cher finance 50 % du poste de coordinateur.",
])
def test_no_coverage(record_of, sentence):
    assert _coverage(record_of(f"La CPTS Val Fleuri a signé son ACI. {sentence}")) == []


@pytest.mark.parametrize("sentence", [
    "Avec cette CPTS, 85 % du territoire du Cher est couvert.",
    "Désormais, 85 % du territoire du Cher est couvert.",
])
def test_a_share_of_the_departments_territory_covered(record_of, sentence):
    record = record_of(f"La CPTS Val Fleuri a signé son ACI. {sentence}")
    assert _coverage(record) == [("18", 85)] and _cpts(record, "val-fleuri")["percentages"] == []


def test_the_cpts_own_share_of_the_departments_territory(record_of):
    record = record_of("La CPTS Val Fleuri a signé son ACI. Elle couvre 40 % du territoire du Cher.")
    assert _coverage(record) == []


@pytest.mark.parametrize("text, name", [
    ("La CPTS ‘Val Fleuri’ a signé son ACI.", "CPTS Val Fleuri"),
    ("La CPTS ‘Val d’Arnon’ a signé son ACI.", "CPTS Val d'Arnon"),
    ("La cpts Val Fleuri a signé son ACI.", "CPTS Val Fleuri"),
    ("Les soignants de la cpts du Val Fleuri ont signé leur ACI.", "CPTS du Val Fleuri"),
])
def test_single_quotes_and_a_lower_case_head(record_of, text, name):
    assert list(_names(record_of(text)).values()) == [name]


@pytest.mark.parametrize("text", [
    "Voir le site www.cpts-valfleuri.fr pour plus d'informations. La cpts est une association.",
    "Le Dr Martin, président de la future CPTS, a dit : ‘C’est une étape’. Les cpts se multiplient.",
])
def test_no_name_after_a_lower_case_head(record_of, text):
    assert _names(record_of(text)) == {}


PARAGRAPH = "La CPTS a signé son accord conventionnel le 12 mars 2024 avec l'ARS et la CPAM du Cher."


@pytest.mark.parametrize("heading", ["Communauté Professionnelle Territoriale de Santé\nVal Fleuri", "CPTS\nVal Fleuri",
                                     "La CPTS\nVal Fleuri"])
def test_a_name_alone_under_a_lone_head(record_of, heading):
    assert _names(record_of(f"{heading}\n{PARAGRAPH}")) == {"val-fleuri": "CPTS Val Fleuri"}


@pytest.mark.parametrize("text", [
    f"CPTS\nAccueil\nActualités\nContact\n{PARAGRAPH}",  # a menu
    f"La CPTS\nNos Missions\n{PARAGRAPH}",
    "CPTS\nVal Fleuri\nContact",  # no paragraph after the heading
])
def test_no_name_from_a_menu_under_a_lone_head(record_of, text):
    assert _names(record_of(text)) == {}


# --- several CPTS in one release ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the title announces how many
    "Deux CPTS signent leur ACI\nLa CPTS Val Fleuri a signé son ACI le 12 mars 2024. Elle couvre 20 communes. La CPTS "
    "Sologne Sud a signé le sien le même jour.",
    "Deux nouvelles CPTS dans le Cher\nLa CPTS Val Fleuri couvre 20 communes et 30 000 habitants. Elle regroupe 80 "
    "professionnels. La CPTS Sologne Sud est née à son tour.",
    # a connective opens the sentence on the last of them
    "Trois nouvelles CPTS dans le Cher\nL'ARS et la CPAM ont signé mardi l'accord avec trois CPTS. La CPTS Val Fleuri "
    "couvre 20 communes. La CPTS Sologne Sud rassemble 80 professionnels. Enfin, la CPTS du Haut-Berry couvre 30 000 "
    "habitants.",
])
def test_the_cpts_a_title_announces_are_subjects(record_of, text):
    assert set(_roles(record_of(text)).values()) == {"subject"}


def test_a_title_announcing_fewer_leaves_the_others_mentioned(record_of):
    record = record_of("Deux CPTS signent leur ACI\nLe 12 mars, les CPTS Val Fleuri et Sologne Sud ont signé leur accord. "
                       "Elles rejoignent la CPTS du Grand Bourges, signataire depuis 2021.")
    assert _roles(record) == {"val-fleuri": "subject", "sologne-sud": "subject", "grand-bourges": "mentioned"}


@pytest.mark.parametrize("sentence", [
    "Elles rejoignent la CPTS du Grand Bourges.",
    "Dans le Cher, elles rejoignent la CPTS du Grand Bourges.",
    "Elles succèdent ainsi à la CPTS du Grand Bourges.",
    "Elles s'inspirent de la CPTS du Grand Bourges.",
])
def test_a_cpts_joined_by_the_pronoun_of_the_subjects(record_of, sentence):
    record = record_of(f"Le 12 mars, quatre CPTS ont signé leur accord avec l'ARS et la CPAM du Cher : Val Fleuri, "
                       f"Sologne Sud, Haut-Berry et Sancerrois. {sentence}")
    roles = _roles(record)
    assert roles.pop("grand-bourges") == "mentioned" and set(roles.values()) == {"subject"}


def test_a_figure_left_understood_is_not_part_of_a_name(record_of):
    record = record_of("La CPTS Val Fleuri regroupe 80 professionnels, la CPTS Sologne Sud 60.")
    assert _names(record) == {"val-fleuri": "CPTS Val Fleuri", "sologne-sud": "CPTS Sologne Sud"}


@pytest.mark.parametrize("text, name", [
    ("La CPTS Sud 45 a signé son ACI, comme la CPTS Nord 45.", "CPTS Nord 45"),
    ("La CPTS Val Fleuri regroupe 80 professionnels, la CPTS Paris 14 en regroupe 60.", "CPTS Paris 14"),
])
def test_a_number_of_the_name_stays(record_of, text, name):
    assert name in _names(record_of(text)).values()


@pytest.mark.parametrize("text, key, value", [
    ("La CPTS Val Fleuri et la CPTS Sologne Sud ont signé leur ACI. La première couvre 20 communes.", "val-fleuri", 20),
    ("La CPTS Val Fleuri et la CPTS Sologne Sud ont signé leur ACI. La seconde couvre 15 communes.", "sologne-sud", 15),
    ("The CPTS Val Fleuri and the CPTS Sologne Sud signed. The latter covers 15 municipalities.", "sologne-sud", 15),
    ("The CPTS Val Fleuri and the CPTS Sologne Sud signed. The former covers 20 municipalities.", "val-fleuri", 20),
])
def test_the_first_or_the_second_of_two(record_of, text, key, value):
    record = record_of(text)
    counts = {c["key"]: c["communes_count"]["value"] for c in record["cpts"] if c["communes_count"]}
    assert counts == {key: value}


def test_the_first_meeting_is_no_ordinal_of_a_cpts(record_of):
    record = record_of("La CPTS Val Fleuri a signé son ACI. La première réunion a réuni 40 professionnels. "
                       "Elle couvre 20 communes.")
    assert _figure(record, "val-fleuri", "communes_count") == (20, "exact")
    assert _figure(record, "val-fleuri", "professionals_count") is None


# --- more figures that are not the CPTS's ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, field", [
    ("Le projet de santé a été élaboré par une trentaine de professionnels.", "professionals_count"),
    ("Son projet de santé, rédigé par 25 professionnels, a été validé.", "professionals_count"),
    ("25 professionnels participent aux groupes de travail.", "professionals_count"),
    ("La formation a accueilli 30 professionnels de santé.", "professionals_count"),
    ("Elle regroupait 15 professionnels à sa création.", "professionals_count"),
    ("Les 80 professionnels présents ont voté le projet de santé.", "professionals_count"),
    ("La campagne de dépistage a touché 2 000 habitants.", "population"),
    ("Elle a déjà accompagné 1 500 habitants vers un médecin traitant.", "population"),
    ("La commune de Vierzon, principale ville du territoire, compte 26 000 habitants.", "population"),
    ("La ville de Vierzon compte près de 26 000 habitants.", "population"),
])
def test_more_figures_of_something_else(record_of, sentence, field):
    assert _figure(record_of(f"La CPTS Val Fleuri a signé son ACI. {sentence}"), "val-fleuri", field) is None


@pytest.mark.parametrize("sentence, field, figure", [
    ("Elle compte aujourd'hui 110 adhérents.", "professionals_count", (110, "exact")),
    ("Les 640 professionnels présents sur le territoire y sont invités.", "professionals_count", (640, "exact")),
    ("Le territoire compte 45 000 habitants, dont 26 000 dans la ville-centre.", "population", (45000, "exact")),
])
def test_figures_near_those_traps_stay(record_of, sentence, field, figure):
    assert _figure(record_of(f"La CPTS Val Fleuri a signé son ACI. {sentence}"), "val-fleuri", field) == figure


@pytest.mark.parametrize("text, field, figures", [
    ("La CPTS Val Fleuri regroupe 80 professionnels, la CPTS Sologne Sud 60.", "professionals_count",
     {"val-fleuri": 80, "sologne-sud": 60}),
    ("La CPTS Val Fleuri couvre 20 communes et 30 000 habitants, la CPTS Sologne Sud 25 000.", "population",
     {"val-fleuri": 30000, "sologne-sud": 25000}),
    ("La CPTS Val Fleuri et la CPTS Sologne Sud ont signé leur ACI. La première couvre 20 communes, la seconde 15.",
     "communes_count", {"val-fleuri": 20, "sologne-sud": 15}),
])
def test_a_figure_whose_unit_is_left_understood(record_of, text, field, figures):
    record = record_of(text)
    assert {c["key"]: c[field]["value"] for c in record["cpts"] if c[field]} == figures


def test_a_date_left_understood_is_no_figure(record_of):
    record = record_of("La CPTS Val Fleuri a signé son ACI le 12 mars, la CPTS Sologne Sud le 14.")
    assert all(c[f] is None for c in record["cpts"] for f in ("population", "communes_count", "professionals_count"))


# --- ranks ----------------------------------------------------------------------------------------------------

def _rank(record: dict) -> dict:
    return {c["key"]: (c["rank_in_department"]["value"], c["rank_in_department"]["department"])
            for c in record["cpts"] if c["rank_in_department"]}


@pytest.mark.parametrize("text, rank", [
    ("La CPTS Val Fleuri est la 12e CPTS à signer en Centre-Val de Loire et la 3e dans le Cher.", (3, "18")),
    ("La CPTS Val Fleuri est la 3e CPTS de Haute-Corse.", (3, "2B")),
    ("La CPTS Val Fleuri est la 2e CPTS de Mayotte.", (2, "976")),
    ("La CPTS Val Fleuri est la 4e CPTS des Côtes-d'Armor.", (4, "22")),
])
def test_a_rank_in_a_department(record_of, text, rank):
    assert _rank(record_of(text)) == {"val-fleuri": rank}


@pytest.mark.parametrize("text", [
    "La CPTS Val Fleuri est la 4e CPTS en Bretagne.",
    "La CPTS Val Fleuri est la 12e CPTS à signer en Centre-Val de Loire.",
    "La CPTS Val Fleuri a signé son ACI. Le Cher compte désormais cinq CPTS.",
])
def test_no_rank_in_a_department(record_of, text):
    assert _rank(record_of(text)) == {}


@pytest.mark.parametrize("text", [
    "La CPTS Val Fleuri a signé son ACI. C'est la 2e CPTS de Vierzon.",
    "La CPTS Val Fleuri a signé son ACI. C'est la troisième CPTS du Berry.",
])
def test_a_rank_among_the_cpts_of_a_place_names_none(record_of, text):
    assert set(_names(record_of(text))) == {"val-fleuri"}


@pytest.mark.parametrize("text, name", [
    ("La CPTS Val Fleuri 2024 : une année riche en projets", "CPTS Val Fleuri"),
    ("La CPTS Val Fleuri Organise Une Journée De Prévention", "CPTS Val Fleuri"),
    ("La CPTS Val Fleuri Signe Son Accord Conventionnel", "CPTS Val Fleuri"),
    # a point of the compass in title case stays in the name
    ("Les MSP, la CPTS Est Pays de Fayence et la maison sport santé ont témoigné.", "CPTS Est Pays de Fayence"),
])
def test_a_year_or_a_title_case_verb_ends_a_name(record_of, text, name):
    assert list(_names(record_of(text)).values()) == [name]


@pytest.mark.parametrize("sentence", [
    "La future CPTS du Sancerrois devrait voir le jour en 2025.",
    "La CPTS du Sancerrois, encore en construction, prévoit de signer en 2025.",
    "Une CPTS du Sancerrois est en cours de réflexion.",
    "La CPTS du Sancerrois verra le jour prochainement.",
    "La CPTS du Sancerrois doit signer le sien d'ici l'été.",
    "La CPTS du Sancerrois n'a pas encore signé son ACI.",
    "The CPTS Sancerrois is still being set up.",
    "The CPTS Sancerrois will be launched next year.",
])
def test_cpts_to_come_are_mentioned(record_of, sentence):
    roles = _roles(record_of(f"La CPTS Val Fleuri a signé son ACI le 12 mars. {sentence}"))
    assert roles == {"val-fleuri": "subject", "sancerrois": "mentioned"}


def test_a_lone_future_cpts_is_the_subject(record_of):
    record = record_of("La future CPTS du Sancerrois verra le jour en 2025. Les soignants préparent son projet de santé.")
    assert _roles(record) == {"sancerrois": "subject"}


@pytest.mark.parametrize("text, figure", [
    ("La CPTS Val Fleuri réunit +200 professionnels.", (200, "more_than")),
    ("La CPTS Val Fleuri réunit plus de 200 professionnels.", (200, "more_than")),
    ("La CPTS Val Fleuri couvre 45 000 habitants, + 12 professionnels.", (12, "exact")),
])
def test_a_plus_sign_glued_to_a_figure(record_of, text, figure):
    assert _figure(record_of(text), "val-fleuri", "professionals_count") == figure


@pytest.mark.parametrize("text", [
    "Newsletter de la CPTS Val Fleuri - mars 2024\nRetour sur notre assemblée générale de mars. Nous avons accueilli "
    "la présidente de la CPTS Sologne Sud.",
    "La CPTS Val Fleuri a signé son ACI le 12 mars. Le coordinateur de la CPTS Sologne Sud a partagé son expérience.",
    "The CPTS Val Fleuri signed its agreement on 12 March. The president of the CPTS Sologne Sud shared her experience.",
])
def test_a_cpts_named_only_through_its_officer_in_anothers_news(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "sologne-sud": "mentioned"}


@pytest.mark.parametrize("text", [
    "Les présidents des CPTS Val Fleuri et Sologne Sud ont signé ensemble leur ACI le 12 mars 2024.",
    "Marie Durand, présidente de la CPTS Val Fleuri, a signé l'accord conventionnel le 12 mars 2024.",
])
def test_cpts_named_only_through_their_officers_stay_subjects(record_of, text):
    assert set(_roles(record_of(text)).values()) == {"subject"}


@pytest.mark.parametrize("text, figures", [
    ("La CPTS Val Fleuri a signé son ACI. Elle regroupait 15 professionnels à sa création, elle en compte aujourd'hui "
     "110.", {"val-fleuri": 110}),
    ("Trois CPTS ont signé leur accord le 12 mars : Val Fleuri, Sologne Sud et Haut-Berry. La CPTS Val Fleuri, créée en "
     "2021, réunit 80 professionnels. La CPTS Sologne Sud, créée en 2022, en réunit 60.",
     {"val-fleuri": 80, "sologne-sud": 60}),
    # a figure to come or aimed at is none
    ("La CPTS Val Fleuri compte 80 professionnels. Elle en comptera 100 d'ici 2026.", {"val-fleuri": 80}),
])
def test_en_stands_for_the_unit_before(record_of, text, figures):
    record = record_of(text)
    assert {c["key"]: c["professionals_count"]["value"] for c in record["cpts"] if c["professionals_count"]} == figures


@pytest.mark.parametrize("text", [
    "Le label CPTS Engagée a été attribué à plusieurs structures du Cher.",
    "Le dispositif « CPTS Jeunes » a été lancé par l'URPS.",
    "La coordinatrice de CPTS Marie Durand a présenté le projet aux élus.",
    "La Fédération des CPTS de Bretagne tient son assemblée générale.",
    "Chaque CPTS du Cher recevra une dotation de l'ARS.",
])
def test_schemes_and_people_after_the_head_name_none(record_of, text):
    assert _names(record_of(text)) == {}


def test_a_cpts_named_after_a_scheme_it_joins(record_of):
    record = record_of("Le dispositif a été présenté aux soignants. La CPTS Val Fleuri y participe depuis mars.")
    assert _names(record) == {"val-fleuri": "CPTS Val Fleuri"}


@pytest.mark.parametrize("sentence", [
    "45 professionnels sont inscrits sur la plateforme de télé-expertise.",
    "45 professionnels ont signé la charte d'engagement du service d'accès aux soins.",
    "45 médecins sont volontaires pour la permanence du samedi.",
])
def test_professionals_of_one_action_are_not_the_members(record_of, sentence):
    record = record_of(f"La CPTS Val Fleuri a signé son ACI. {sentence}")
    assert _figure(record, "val-fleuri", "professionals_count") is None


def test_members_involved_in_its_missions_stay(record_of):
    record = record_of("La CPTS Val Fleuri compte 150 adhérents qui sont impliqués dans ses missions.")
    assert _figure(record, "val-fleuri", "professionals_count") == (150, "exact")


def test_the_population_of_the_area_the_cpts_covers(record_of):
    record = record_of("La CPTS Val Fleuri a signé son ACI. Elle couvre la communauté de communes Vierzon-Sologne-Berry, "
                       "qui compte 30 000 habitants.")
    assert _figure(record, "val-fleuri", "population") == (30000, "exact")


@pytest.mark.parametrize("sentence", [
    "Elle couvrira à terme 60 000 habitants.",
    "Elle vise à terme 200 adhérents.",
    "It will eventually serve 60,000 inhabitants.",
])
def test_a_figure_aimed_at_is_none(record_of, sentence):
    record = record_of(f"La CPTS Val Fleuri a signé son ACI. {sentence}")
    assert _figure(record, "val-fleuri", "population") is None
    assert _figure(record, "val-fleuri", "professionals_count") is None


@pytest.mark.parametrize("text", [
    "L'ARS et la CPAM du Cher ont signé mardi les accords de deux nouvelles CPTS. La CPTS Val Fleuri couvre 20 communes "
    "et 30 000 habitants et réunit 80 professionnels. Elle est présidée par Marie Durand. La CPTS Sologne Sud a été "
    "créée en 2022.",
    "Deux nouvelles CPTS voient le jour dans le Cher. La CPTS Val Fleuri couvre 20 communes et 30 000 habitants. Elle "
    "réunit 80 professionnels. La CPTS Sologne Sud, elle, a été créée en 2022.",
])
def test_the_cpts_a_lead_announces_are_subjects(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "sologne-sud": "subject"}


def test_a_lead_counting_the_departments_cpts_announces_none(record_of):
    record = record_of("Le Cher compte cinq CPTS. La CPTS Val Fleuri a signé son ACI le 12 mars 2024. Elle couvre 20 "
                       "communes. La CPTS Sologne Sud avait signé le sien en 2022.")
    assert _roles(record) == {"val-fleuri": "subject", "sologne-sud": "mentioned"}


@pytest.mark.parametrize("text, aliases", [
    ("La CPTS Val Fleuri (Communauté Professionnelle Territoriale de Santé du Val Fleuri) a signé son ACI.", []),
    ("La CPTS Val Fleuri (ex-CPTS du Nord Cher) a signé son ACI.", ["CPTS du Nord Cher"]),
    ("La CPTS Val Fleuri, aussi appelée « CPTS VF », a signé son ACI.", ["CPTS VF"]),
])
def test_the_spelled_out_head_in_brackets_is_no_other_name(record_of, text, aliases):
    record = record_of(text)
    assert [(c["name"], c["aliases"]) for c in record["cpts"]] == [("CPTS Val Fleuri", aliases)]


@pytest.mark.parametrize("text", [
    "La MSP Val Fleuri a ouvert ses portes. Le pôle de santé du Val Fleuri regroupe 30 professionnels.",
    "L'association Val Fleuri Santé organise une journée de prévention.",
    "Le contrat local de santé du Pays de Vierzon a été signé par le préfet.",
    "Une équipe de soins primaires (ESP) s'est constituée à Vierzon.",
    "Les CPTS du département se sont réunies à Bourges. Une CPTS de taille 3 couvre entre 80 000 et 175 000 habitants.",
    "La future CPTS sera lancée en 2025. Les professionnels préparent le projet de santé.",
])
def test_other_structures_and_generic_phrases_name_no_cpts(record_of, text):
    assert _names(record_of(text)) == {}


@pytest.mark.parametrize("text, field, figure", [
    ("La CPTS Val Fleuri couvre un territoire de 32 communes et de 45 000\nhabitants, au nord du département, et "
     "regroupe aujourd'hui plus de 120\nprofessionnels de santé libéraux.", "professionals_count", (120, "more_than")),
    ("La CPTS Val Fleuri couvre 45 000 habi-\ntants et 32 communes.", "population", (45000, "exact")),
    ("La CPTS Val Fleuri, forte de 200 adhérents, couvre 45 000 habitants.", "professionals_count", (200, "exact")),
    ("La CPTS Val Fleuri couvre 45 000 hab. et 32 communes.", "population", (45000, "exact")),
    ("La CPTS Val Fleuri couvre trente-deux communes, soit 45 000 habitants.", "communes_count", (32, "exact")),
])
def test_figures_across_lines_and_in_words(record_of, text, field, figure):
    assert _figure(record_of(text), "val-fleuri", field) == figure


@pytest.mark.parametrize("sentence", [
    "Une autre CPTS, celle du Pays Fort, est en projet.",
    "La CPTS voisine, celle du Pays Fort, a signé en 2022.",
])
def test_a_cpts_named_by_a_pronoun_in_apposition(record_of, sentence):
    record = record_of(f"La CPTS du Grand Bourges a signé son ACI le 12 mars 2024. {sentence}")
    assert _roles(record) == {"grand-bourges": "subject", "pays-fort": "mentioned"}


def test_a_pronoun_in_apposition_before_no_name(record_of):
    record = record_of("La CPTS du Grand Bourges a signé son ACI. Une autre CPTS, celle des professionnels du sud, "
                       "est en projet.")
    assert _roles(record) == {"grand-bourges": "subject"}
