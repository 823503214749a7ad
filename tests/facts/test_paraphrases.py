"""Facts the pipeline reads in one wording, written the other ways communiqués write them: where a
name ends, which CPTS a text is about, coverage, dates and people. Invented texts only."""
from __future__ import annotations

import pytest


def _cpts(record: dict) -> list[tuple[str, str]]:
    return [(c["name"], c["role"]) for c in record["cpts"]]


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


def _dates(record: dict, key: str) -> dict[str, str]:
    cpts = next(c for c in record["cpts"] if c["key"] == key)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d}


# --- where a name ends ----------------------------------------------------------------------------

def test_a_compass_point_after_an_article_is_gapping_not_the_name(record_of):
    text = "Les CPTS se partagent le territoire. La CPTS des Monts Clairs couvre le nord, la CPTS du Littoral Sud le sud."
    assert [name for name, _ in _cpts(record_of(text))] == ["CPTS des Monts Clairs", "CPTS du Littoral Sud"]


@pytest.mark.parametrize("sentence", [
    "Le président de la CPTS Sud Rocheval Jean Martin s'en félicite.",
    "Présidente de la CPTS Sud Rocheval Anne Roux salue l'accord.",
])
def test_a_person_after_a_name_the_text_writes_alone_is_no_part_of_it(record_of, sentence):
    record = record_of(f"La CPTS Sud Rocheval a signé l'ACI en juillet. {sentence}")
    assert [name for name, _ in _cpts(record)] == ["CPTS Sud Rocheval"]
    assert {(key, role[:4]) for key, _, role in _people(record)} == {("sud-rocheval", "prés")}


# --- the subject and the CPTS only mentioned ------------------------------------------------------

def test_a_cpts_only_named_as_a_partners_body_in_a_text_on_something_else_is_mentioned(record_of):
    text = ("Forum santé à Montval\nLe forum santé s'est tenu samedi à Montval. Il était organisé par le centre "
            "social, la mairie et Julie Perrin, représentante de la CPTS du Val Fleuri. Une trentaine de stands "
            "étaient présents. « La santé, c'est l'affaire de tous », souligne le maire. Julie Perrin, pour la CPTS "
            "du Val Fleuri, a animé un atelier sur la prévention.")
    assert _cpts(record_of(text)) == [("CPTS du Val Fleuri", "mentioned")]


@pytest.mark.parametrize("last", [
    "La CPTS du Val Fleuri a d'ailleurs participé au projet.",       # the subject of a sentence
    "Le Dr Paul Morel, président de la CPTS du Val Fleuri, s'en félicite.",  # an office in it
])
def test_a_cpts_subject_of_a_sentence_or_with_an_office_stays_the_subject(record_of, last):
    text = ("Montval : une nouvelle maison de santé\nLa maison de santé de Montval a ouvert lundi. Elle accueille "
            "quatre médecins. Les professionnels travaillent avec la CPTS du Val Fleuri, qui coordonne les soins. "
            f"{last}")
    assert _cpts(record_of(text)) == [("CPTS du Val Fleuri", "subject")]


# --- coverage -------------------------------------------------------------------------------------

def test_this_cpts_in_a_fronted_phrase_leaves_the_coverage_to_the_department(record_of):
    text = ("La CPTS du Val Fleuri a signé l'ACI. Avec la signature de cette CPTS, le taux de couverture de la "
            "Sarthe passe à 85 %.")
    record = record_of(text)
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == [("72", 85)]
    assert record["cpts"][0]["percentages"] == []


# --- people ---------------------------------------------------------------------------------------

V = "val-fleuri"


@pytest.mark.parametrize("sentence, expected", [
    # a bare role before a second name with its own role: each keeps its own
    ("Anne Roux, présidente, et Julie Perrin, coordinatrice de la CPTS, s'en félicitent.",
     {(V, "Anne Roux", "présidente"), (V, "Julie Perrin", "coordinatrice")}),
    # the CPTS's own name without the word CPTS after the role
    ("« C'est une étape », estime Anne Roux, présidente du Val Fleuri.", {(V, "Anne Roux", "présidente")}),
    # "la communauté" alone is the CPTS; "la communauté de communes" is not
    ("Paul Morel, président de la communauté, s'en félicite.", {(V, "Paul Morel", "président")}),
    ("Paul Morel, président de la communauté de communes, s'en félicite.", set()),
    # the fronted head before a colon; the CPTS as the pronoun object of the verb of office
    ("À sa tête : Anne Roux, infirmière libérale.", {(V, "Anne Roux", "présidente")}),
    ("Le docteur Morel, qui la préside, s'en félicite.", {(V, "Morel", "président")}),
    # a pronoun or a profession opening the next sentence stands for the person named last
    ("Anne Roux est infirmière à Montval. Elle préside la CPTS depuis 2020.", {(V, "Anne Roux", "présidente")}),
    ("« Nous sommes prêts », assure Anne Roux. L'infirmière préside la CPTS depuis 2020.",
     {(V, "Anne Roux", "présidente")}),
    # a time between the participle and "par"; a capitalised preposition before "d'" and the name
    ("Elle est présidée depuis sa création par le Dr Paul Morel.", {(V, "Paul Morel", "président")}),
    ("Autour d'Anne Roux, présidente, les membres du bureau ont signé.", {(V, "Anne Roux", "présidente")}),
])
def test_people_phrased_other_ways(record_of, sentence, expected):
    assert _people(record_of(f"La CPTS du Val Fleuri a signé l'ACI. {sentence}")) == expected


def test_the_pronoun_object_of_an_office_verb_is_the_body_named_last(record_of):
    text = ("La CPTS du Val Fleuri a signé l'ACI. La maison de santé de Montval compte six médecins. "
            "Le docteur Morel, qui la dirige, s'en félicite.")
    assert _people(record_of(text)) == set()


# --- dates and the release's own date -------------------------------------------------------------

@pytest.mark.parametrize("dateline", ["Publié le 10 juillet 2022 à 08h15", "Publié le 10/07/2022 à 08h15",
                                      "Mis à jour le 10/07/2022, 14:32"])
def test_a_dateline_with_a_time_is_no_part_of_the_next_sentence(record_of, dateline):
    record = record_of(f"{dateline}\nLa CPTS du Val Fleuri a signé son ACI le 5 juillet.")
    assert record["document"]["published"]["value"] == "2022-07-10"
    assert _dates(record, V) == {"aci_signature": "2022-07-05"}


@pytest.mark.parametrize("text, published", [
    ("Montval, 10 juillet 2022. La CPTS du Val Fleuri a signé son ACI le 5 juillet.", "2022-07-10"),
    ("Saint-Jean-de-Montval, le 10 juillet 2022. La CPTS du Val Fleuri a signé son ACI le 5 juillet.", "2022-07-10"),
    # a sentence that ends on a place and a date is an event's, not a dateline
    ("La CPTS a signé à Montval, le 10 juillet 2022. La CPTS du Val Fleuri réunit 80 soignants.", None),
])
def test_a_dateline_ended_by_a_full_stop(record_of, text, published):
    found = record_of(text)["document"]["published"]
    assert (found and found["value"]) == published


def test_a_relative_time_then_the_month_and_year_dates_the_birth(record_of):
    record = record_of("La CPTS du Val Fleuri a été créée il y a deux ans, en mars 2021.")
    assert _dates(record, V) == {"launch": "2021-03"}


# --- a page's furniture around the text ------------------------------------------------------------

@pytest.mark.parametrize("title", ["UNE NOUVELLE CPTS VOIT LE JOUR SUR LE PLATEAU",
                                   "« LA CPTS APPORTE DES SOLUTIONS CONCRÈTES »",
                                   "LES CPTS EN SARTHE"])
def test_a_heading_in_capitals_names_no_community_of_its_words(record_of, title):
    text = f"{title}\nLa CPTS du Val Fleuri a signé l'ACI. Elle réunit 80 professionnels."
    assert _cpts(record_of(text)) == [("CPTS du Val Fleuri", "subject")]


def test_a_heading_in_capitals_that_names_the_cpts_of_the_text_is_kept(record_of):
    text = "LA CPTS DU VAL FLEURI SIGNE L'ACI\nLa CPTS du Val Fleuri a signé l'ACI. Elle réunit 80 professionnels."
    assert _cpts(record_of(text)) == [("CPTS du Val Fleuri", "subject")]


def test_menu_lines_above_a_fronted_phrase_are_no_head_of_it(record_of):
    text = ("Accueil > Actualités\nPartager sur Facebook\nImpliqués dans la construction de la CPTS du Val Fleuri, "
            "le Dr Paul Morel et Anne Roux, infirmière, témoignent. La CPTS du Val Fleuri réunit 80 soignants.")
    assert _people(record_of(text)) == {(V, "Paul Morel", "membre"), (V, "Anne Roux", "membre")}


LEAD = ("Vous m'alertez sur la démographie médicale du canton, en particulier sur la situation de Montval. Cette commune "
        "est classée en zone d'intervention prioritaire. Les praticiens y bénéficient d'aides qui ont permis "
        "l'installation de deux médecins en 2022 et d'un dermatologue en 2023. Un cabinet infirmier a aussi ouvert. ")


@pytest.mark.parametrize("tail", ["", "\n\nÀ lire aussi : les maisons de santé se multiplient dans la région, où "
                                      "les élus soutiennent les projets des soignants libéraux.\nNewsletter\n"])
def test_a_cpts_named_once_past_the_lead_is_mentioned_whatever_follows(record_of, tail):
    text = LEAD + "Enfin, la commune est couverte par la CPTS du Val Fleuri, qui organise les soins." + tail
    assert _cpts(record_of(text)) == [("CPTS du Val Fleuri", "mentioned")]


@pytest.mark.parametrize("text, expected", [
    # the event named after "un an après" is a year before the date
    ("La CPTS du Val Fleuri a organisé le 12 mai 2023 une journée de dépistage, un an après la signature de son ACI.",
     {}),
    ("Trois ans après sa création, la CPTS du Val Fleuri a signé son ACI le 5 mai 2022.",
     {"aci_signature": "2022-05-05"}),
    ("The general assembly founding the CPTS Val Fleuri was held on 15 March 2021.", {"statutes": "2021-03-15"}),
])
def test_dates_phrased_other_ways(record_of, text, expected):
    assert _dates(record_of(text), V) == expected


@pytest.mark.parametrize("sentence", [
    "Désormais, 85 % du département est couvert par une CPTS.",
    "Les CPTS couvrent désormais 85 % du département.",
    "Avec elle, le taux de couverture du département atteint 85 %.",
    "9 CPTS maillent désormais 85 % du territoire sarthois.",
])
def test_the_department_of_a_coverage_is_the_datelines_when_the_text_names_none(record_of, sentence):
    record = record_of(f"Le Mans, le 3 mars 2023. La CPTS du Val Fleuri a signé l'ACI. {sentence}")
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == [("72", 85)]
    assert record["cpts"][0]["percentages"] == []


@pytest.mark.parametrize("timeline", [
    "Étape | Date\nLettre d'intention | mars 2019\nSignature de l'ACI | juillet 2021",
    "> 2019 : lettre d'intention\n> 2021 : signature de l'ACI",
    "✔ 2019 → lettre d'intention\n✔ 2021 → signature de l'ACI",
])
def test_a_timeline_or_table_of_the_cptss_steps(record_of, timeline):
    record = record_of(f"La CPTS du Val Fleuri\n{timeline}")
    assert record["document"]["published"] is None
    assert {k: v[:4] for k, v in _dates(record, V).items()} == {"letter_of_intent": "2019", "aci_signature": "2021"}


@pytest.mark.parametrize("text, expected", [
    ("The CPTS Val Fleuri is coordinated by Julie Perrin.", {(V, "Julie Perrin", "coordinatrice")}),
    ("The CPTS Val Fleuri is chaired by Julie Perrin and Paul Morel.",
     {(V, "Julie Perrin", "présidente"), (V, "Paul Morel", "président")}),
    # a body after a verb of office is no person
    ("La CPTS du Val Fleuri est portée par Montval Agglomération.", set()),
    ("La CPTS du Val Fleuri est coordonnée par Santé Publique France.", set()),
])
def test_the_holder_after_a_verb_of_office(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Le territoire de la CPTS compte 14 % de patients sans médecin traitant, soit plus que la moyenne sarthoise "
     "(11 %).", [(14, "population_without_gp")]),
    ("Une remise de 15 % est proposée aux adhérents.", []),
])
def test_figures_of_the_department_or_of_money_beside_the_cptss(record_of, sentence, expected):
    record = record_of(f"La CPTS du Val Fleuri a signé l'ACI. {sentence}")
    assert [(p["value"], p["kind"]) for p in record["cpts"][0]["percentages"]] == expected


@pytest.mark.parametrize("text", [
    "Accueil des internes en santé – CPTS Val Fleuri\nDétails du projet\nLa CPTS Val Fleuri accueille des internes.",
    "Nom de la CPTS : CPTS Val Fleuri\nDépartement : Sarthe (72)\nLa CPTS Val Fleuri accueille des internes.",
])
def test_a_name_ends_at_its_line_over_a_heading_or_a_label(record_of, text):
    assert [name for name, _ in _cpts(record_of(text))] == ["CPTS Val Fleuri"]


def test_a_name_wrapped_over_the_last_line_of_its_paragraph_goes_on(record_of):
    text = ("Les professionnels de santé du canton se sont réunis jeudi soir pour lancer la CPTS du Val\n"
            "Fleuri. Elle réunit 80 soignants.")
    assert [name for name, _ in _cpts(record_of(text))] == ["CPTS du Val Fleuri"]


@pytest.mark.parametrize("above", ["", "En bref\n", "Par Jean Dupont\nLecture : 3 min\n"])
def test_the_carriers_of_the_project_open_the_line_of_their_verb(record_of, above):
    text = (f"Entretien\n\n{above}Paul Morel et Anne Roux, tous deux médecins, mettent la dernière main au projet de "
            "création de la CPTS du Val Fleuri. L'objectif : signer l'ACI d'ici fin décembre.")
    assert _people(record_of(text)) == {(V, "Paul Morel", "porteur du projet"), (V, "Anne Roux", "porteuse du projet")}


@pytest.mark.parametrize("text, name", [
    ("La CPTS du Pays de Retz et de Grand Lieu a signé l'ACI.", "CPTS du Pays de Retz et de Grand Lieu"),
    ("La CPTS du Val Fleuri et de Montval Agglomération ont signé.", "CPTS du Val Fleuri"),
    ("Avec le soutien de la CPTS du Pays de Retz et de Jean MARTIN, président.", "CPTS du Pays de Retz"),
])
def test_a_second_place_joined_by_et_de_after_a_place_introduced_by_de(record_of, text, name):
    assert [n for n, _ in _cpts(record_of(text))] == [name]


def test_a_numeric_date_after_the_name_ends_it(record_of):
    text = "L'ARS a signé un contrat avec la CPTS des Coteaux Verts le 22/09/2022, puis avec la CPTS du Val Fleuri."
    assert [n for n, _ in _cpts(record_of(text))] == ["CPTS des Coteaux Verts", "CPTS du Val Fleuri"]


@pytest.mark.parametrize("text, expected", [
    # one CPTS and its people a line: a role ending a line is not of the CPTS opening the next
    ("La CPTS du Val Fleuri a signé l'ACI.\nCPTS du Val Fleuri : Anne Roux, présidente\n"
     "CPTS des Monts Clairs : Paul Morel, président",
     {(V, "Anne Roux", "présidente"), ("monts-clairs", "Paul Morel", "président")}),
    # a line wrapped inside the role's phrase goes on
    ("La CPTS du Val Fleuri a signé l'ACI. Anne Roux, présidente\nde la CPTS, s'en félicite.",
     {(V, "Anne Roux", "présidente")}),
])
def test_roles_and_line_ends(record_of, text, expected):
    assert _people(record_of(text)) == expected


def test_a_fronted_phrase_with_commas_before_the_cpts_takes_it_up(record_of):
    text = ("Une nouvelle CPTS au cœur du canton\nLes soignants, l'ARS et la CPAM ont signé l'accord de la CPTS du Val "
            "Fleuri.\nAvec 34 communes et 62 700 habitants, soit 4 % de la population, la CPTS s'étend sur trois "
            "communautés de communes.\nLa CPTS des Monts Clairs, quant à elle, finalise son projet de santé.")
    assert _cpts(record_of(text)) == [("CPTS du Val Fleuri", "subject"), ("CPTS des Monts Clairs", "mentioned")]


def test_an_english_function_word_after_a_line_break_is_no_name(record_of):
    text = ("The CPTS Val Fleuri signed its agreement. 87% of the population of the Sarthe now covered by a CPTS\n"
            "With this fourth CPTS project in the department, 87% of the population lives in such an area.")
    assert [n for n, _ in _cpts(record_of(text))] == ["CPTS Val Fleuri"]


def test_the_spelled_out_head_before_a_name_takes_up_no_cpts(record_of):
    text = ("Deux nouvelles CPTS\nLa CPTS « Monts Clairs » couvre 24 communes. Elle rassemble 110 professionnels.\n"
            "Avec 36 communes et 61 000 habitants, la communauté professionnelle territoriale de santé (CPTS) du Val "
            "Fleuri réunit quant à elle 170 professionnels. Sa coordinatrice, Anne Roux, prépare la suite.")
    record = record_of(text)
    assert _cpts(record) == [("CPTS Monts Clairs", "subject"), ("CPTS du Val Fleuri", "subject")]
    assert _people(record) == {(V, "Anne Roux", "coordinatrice")}


def test_a_heading_over_the_text_is_a_sentence_of_its_own(record_of):
    text = ("Inauguration de la CPTS du Val Fleuri\nCPAM de la Sarthe\nLe 29 novembre 2021, l'Assurance Maladie et l'ARS "
            "ont contractualisé avec la CPTS du Val Fleuri.")
    assert _dates(record_of(text), V) == {"aci_signature": "2021-11-29"}


def test_a_name_opening_on_a_lower_case_letter_and_a_hyphen(record_of):
    assert [n for n, _ in _cpts(record_of("La CPTS e-Santé Val a signé l'ACI."))] == ["CPTS e-Santé Val"]


@pytest.mark.parametrize("text, expected", [
    # the start of the CPTS's activities a contract marks is its launch
    ("La CPTS du Val Fleuri réunit 80 soignants. L'accord conventionnel interprofessionnel est officiellement signé "
     "le 03 avril 2024, marquant le démarrage des activités de la CPTS.",
     {"aci_signature": "2024-04-03", "launch": "2024-04-03"}),
    # an association formed to carry the CPTS
    ("La CPTS du Val Fleuri réunit 80 soignants. En 2021, s'est constituée une association loi 1901 permettant la "
     "construction de la CPTS.", {"statutes": "2021", "launch": "2021"}),
    # CPTS in general, created by the law
    ("Les CPTS ont été créées en 2016 par la loi. La CPTS du Val Fleuri réunit 80 soignants.", {}),
])
def test_events_of_the_cpts_and_of_cpts_in_general(record_of, text, expected):
    assert _dates(record_of(text), V) == expected


@pytest.mark.parametrize("text, name", [
    ("Anne Roux, coordinatrice de la CPTS de la Riviera française, s'en félicite.", "CPTS de la Riviera française"),
    ("La CPTS du Bassin montvalois a signé l'ACI.", "CPTS du Bassin montvalois"),
    ("La CPTS Val Fleuri organise une soirée.", "CPTS Val Fleuri"),
])
def test_a_place_adjective_in_lower_case_ends_the_name(record_of, text, name):
    assert [n for n, _ in _cpts(record_of(text))] == [name]


@pytest.mark.parametrize("text, name", [
    ("Le 3 mai, la CPTS des 2 rives a signé l'ACI.", "CPTS des 2 rives"),
    ("Le 3 mai, la CPTS du Bassin de vie de Montval a signé l'ACI.", "CPTS du Bassin de vie de Montval"),
    ("Le 3 mai, la CPTS Océan santé a signé l'ACI.", "CPTS Océan santé"),
    ("La CPTS Paris 14 propose des soins.", "CPTS Paris 14"),
    ("La CPTS Val Fleuri santé mentale a signé.", "CPTS Val Fleuri"),
])
def test_lower_case_words_a_name_goes_on_with(record_of, text, name):
    assert [n for n, _ in _cpts(record_of(text))] == [name]


@pytest.mark.parametrize("text, names", [
    ("La CPTS du secteur de Montval a signé l'ACI.", ["CPTS du secteur de Montval"]),
    ("La CPTS du canton de Montval a signé l'ACI.", ["CPTS du canton de Montval"]),
    ("La CPTS du secteur a signé l'ACI.", []),
])
def test_a_sector_or_canton_a_name_is_built_on(record_of, text, names):
    assert [n for n, _ in _cpts(record_of(text))] == names


def test_a_day_without_a_year_that_the_text_dates_elsewhere_takes_its_year(record_of):
    text = ("Les professionnels ont lancé officiellement ce 29 avril la CPTS du Val Fleuri.\n\nLundi 29 avril 2024, "
            "ils ont signé l'accord conventionnel interprofessionnel, acte de naissance de la CPTS du Val Fleuri.")
    assert _dates(record_of(text), V) == {"launch": "2024-04-29", "aci_signature": "2024-04-29"}


@pytest.mark.parametrize("text, name", [
    ("Anne Roux, présidente de la CPTS Terre des Sources – Montval-Est, qui réunit 80 soignants, s'en félicite.",
     "CPTS Terre des Sources – Montval-Est"),
    ("La CPTS Terre des Sources – Montval-Est (80 professionnels) couvre 12 communes.",
     "CPTS Terre des Sources – Montval-Est"),
    ("Créée en 2021, la CPTS Entre Loire et sucs regroupe 80 professionnels de santé.", "CPTS Entre Loire et sucs"),
    ("Créée en 2021, la CPTS l'Étoilée regroupe 80 professionnels de santé.", "CPTS l'Étoilée"),
    ("La CPTS Val Fleuri et partenaires ont signé.", "CPTS Val Fleuri"),
])
def test_name_shapes_in_running_text(record_of, text, name):
    assert [n for n, _ in _cpts(record_of(text))] == [name]


@pytest.mark.parametrize("heading, name", [
    ("LA CPTS TMV SIGNE L'ACI", "CPTS TMV"),
    ("LA CPTS PARIS 20ᵉ SIGNE L'ACI", "CPTS Paris 20ᵉ"),
    ("LA CPTS DE LYON 9ÈME SIGNE L'ACI", "CPTS de Lyon 9ème"),
])
def test_a_heading_in_capitals_runs_on_into_its_verb(record_of, heading, name):
    text = f"{heading}\nLe 3 mai 2023, la {name} a signé l'accord avec la CPAM."
    assert [n for n, _ in _cpts(record_of(text))] == [name]


def test_a_credit_s_initials_on_the_line_above_are_no_part_of_a_name(record_of):
    text = ("La CPTS du Val Fleuri a signé l'ACI.\nPhoto © A.B.\nJulie Perrin, coordinatrice de la CPTS du Val Fleuri, "
            "prépare la suite.")
    assert _people(record_of(text)) == {(V, "Julie Perrin", "coordinatrice")}


def test_respectively_holders_of_one_office_in_each_cpts_listed(record_of):
    text = ("Les CPTS du Val Fleuri et des Monts Clairs ont signé l'ACI. Paul Morel et Luc Petit, respectivement "
            "présidents des CPTS du Val Fleuri et des Monts Clairs, s'en félicitent.")
    assert _people(record_of(text)) == {(V, "Paul Morel", "président"), ("monts-clairs", "Luc Petit", "président")}


@pytest.mark.parametrize("text", ["La CPTS du Grand Montval, anciennement appelée CPTS Montval Nord, a signé.",
                                  "La CPTS du Grand Montval, anciennement CPTS Montval Nord, a signé."])
def test_a_former_name_is_an_alias(record_of, text):
    record = record_of(text)
    assert [(c["name"], c["aliases"]) for c in record["cpts"]] == [("CPTS du Grand Montval", ["CPTS Montval Nord"])]


@pytest.mark.parametrize("text, name", [
    ("La CPTS Rive gauche a signé l'ACI.", "CPTS Rive gauche"),
    ("La CPTS de Montval rive droite a signé l'ACI.", "CPTS de Montval rive droite"),
    ("La CPTS Loire aval a signé l'ACI.", "CPTS Loire aval"),
    ("La CPTS Val Fleuri en amont a signé l'ACI.", "CPTS Val Fleuri"),
])
def test_a_bank_or_stretch_of_river_after_the_name(record_of, text, name):
    assert [n for n, _ in _cpts(record_of(text))] == [name]


def test_an_aside_in_brackets_between_the_word_cpts_and_its_name(record_of):
    text = "Le 3 mai, la CPTS (en cours de création) du Val Fleuri a signé l'ACI avec la CPAM."
    assert [n for n, _ in _cpts(record_of(text))] == ["CPTS du Val Fleuri"]


@pytest.mark.parametrize("sentence, coverage", [
    ("En Sarthe, 85 % des habitants dépendent désormais d'une CPTS.", [("72", 85)]),
    ("Les CPTS sarthoises rassemblent 85 % de la population.", [("72", 85)]),
    ("Les CPTS regroupent 85 % des médecins de la Sarthe.", []),
])
def test_a_coverage_said_of_the_people_the_cpts_gather(record_of, sentence, coverage):
    record = record_of(f"Le Mans, le 3 mars 2023. La CPTS du Val Fleuri a signé l'ACI. {sentence}")
    assert [(c["department"], c["percent"]) for c in record["department_coverage"]] == coverage


def test_an_agreement_made_official_with_the_funders_is_signed(record_of):
    text = "La CPTS du Val Fleuri a officialisé le 5 juillet 2022 son accord avec l'Assurance maladie et l'ARS."
    assert _dates(record_of(text), V) == {"aci_signature": "2022-07-05"}


@pytest.mark.parametrize("sentence, expected", [
    ("Paul Morel remplace Anne Roux à la présidence de la CPTS.", {(V, "Paul Morel", "président")}),
    ("Paul Morel remplace Anne Roux à la présidence de l'URPS.", set()),
])
def test_the_one_who_replaces_another_in_an_office(record_of, sentence, expected):
    assert _people(record_of(f"La CPTS du Val Fleuri a signé l'ACI. {sentence}")) == expected
