"""A department's coverage, the dates of a CPTS's life, its launch place and its figures in still other wordings: a
department's people "with a CPTS" (an indefinite one), a fraction headed by a people's name ("huit Nivernais sur dix"),
"soit 85 % de ses habitants" after several CPTS; a date a fronted clause gives beside a participle with its own date; a
launch place in a participle set between commas, a place name several communes share told apart by the text's other
communes; and near misses: a share of professionals or of one CPTS, the nation's or a region's coverage, a meeting's or
a webinar's date, a page's edit date, people the CPTS trained. Invented texts only: no sentence comes from a real
document."""
from __future__ import annotations

import pytest

V = "val-fleuri"
ACI = "La CPTS du Val Fleuri a signé son contrat. "
FIELDS = ("population", "communes_count", "professionals_count", "structures_count")


def _cpts(record: dict, key: str = V) -> dict | None:
    return next((c for c in record["cpts"] if c["key"] == key), None)


def _coverage(record: dict) -> list[tuple[str, float, str]]:
    return [(c["department"], c["percent"], c["qualifier"]) for c in record["department_coverage"]]


def _percentages(record: dict, key: str = V) -> list[tuple[float, str]]:
    return [(p["value"], p["kind"]) for p in _cpts(record, key)["percentages"]]


def _dates(record: dict, key: str = V) -> dict[str, str]:
    cpts = _cpts(record, key)
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d} if cpts else {}


def _launch_place(record: dict, key: str = V) -> tuple[str, str] | None:
    place = (_cpts(record, key) or {}).get("launch_place")
    return (place["name"], place["insee"]) if place else None


def _figures(record: dict, key: str = V) -> dict[str, tuple]:
    cpts = _cpts(record, key)
    return {f: (cpts[f]["value"], cpts[f]["qualifier"]) for f in FIELDS if cpts[f]}


# --- a department's coverage ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # a share of the department's people said with "une CPTS", some community or other
    ("Désormais, 85 % des Nivernais peuvent s'appuyer sur une CPTS.", ("58", 85, "exact")),
    ("85 % des habitants de la Nièvre disposent désormais d'une CPTS.", ("58", 85, "exact")),
    # a fraction headed by the people's name
    ("8 Nivernais sur 10 sont désormais couverts par une CPTS.", ("58", 80, "exact")),
    ("Huit Nivernais sur dix sont désormais couverts par une CPTS.", ("58", 80, "exact")),
    ("Plus de 8 Nivernais sur 10 vivent désormais dans le périmètre d'une CPTS.", ("58", 80, "more_than")),
    # "soit ... de ses habitants" after several CPTS
    ("Désormais, la Nièvre est couverte par six CPTS, soit 85 % de ses habitants.", ("58", 85, "exact")),
    ("Les six CPTS de la Nièvre couvrent 210 000 personnes, soit 85 % de ses habitants.", ("58", 85, "exact")),
    # "vit dans un territoire de CPTS", "rattachée à un territoire de CPTS"
    ("85 % de la population de la Nièvre vit dans un territoire de CPTS.", ("58", 85, "exact")),
    ("85 % de la population de la Nièvre est désormais rattachée à un territoire de CPTS.", ("58", 85, "exact")),
    # the wordings of the genre that already read, kept so
    ("Avec cette nouvelle CPTS, 85 % de la population de la Nièvre est désormais couverte par une CPTS.", ("58", 85, "exact")),
    ("Le taux de couverture de la Nièvre par les CPTS atteint désormais 92 %.", ("58", 92, "exact")),
    ("Dans la Nièvre, les CPTS couvrent désormais 85 % du territoire.", ("58", 85, "exact")),
    ("La Nièvre affiche désormais un taux de couverture de 85 % de sa population par une CPTS.", ("58", 85, "exact")),
    ("With this new CPTS, 85 per cent of the population of the Nièvre is now covered by a CPTS.", ("58", 85, "exact")),
    ("La Nièvre est désormais couverte à plus de 85 % par les CPTS.", ("58", 85, "more_than")),
    ("Couverture de la Nièvre :\n- 85 % de la population couverte par une CPTS", ("58", 85, "exact")),
    ("Dans la Nièvre, la part de la population couverte par une CPTS s'établit à 85 %.", ("58", 85, "exact")),
])
def test_a_departments_coverage_in_other_words(record_of, sentence, expected):
    record = record_of(ACI + sentence)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence, expected", [
    # nearly all of it: about the whole
    ("Désormais, la quasi-totalité de la Nièvre est couverte par une CPTS.", ("58", 100, "approx")),
    ("Les CPTS couvrent désormais la quasi-totalité du département de la Nièvre.", ("58", 100, "approx")),
    ("La Nièvre est désormais presque entièrement couverte par des CPTS.", ("58", 100, "approx")),
    ("The Nièvre is now almost entirely covered by CPTS.", ("58", 100, "approx")),
    ("Désormais, la totalité de la Nièvre est couverte par une CPTS.", ("58", 100, "exact")),
])
def test_a_whole_or_nearly_whole_department(record_of, sentence, expected):
    assert _coverage(record_of(ACI + sentence)) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Avec la CPTS du Val Fleuri, ce sont désormais 85 % de la population de la Nièvre qui sont couverts.",
     ("58", 85, "exact")),
    ("La CPTS du Val Fleuri rejoint les cinq autres CPTS de la Nièvre, qui couvrent désormais 85 % de la population du "
     "département.", ("58", 85, "exact")),
    ("The CPTS Val Fleuri is the sixth in the Nièvre, bringing coverage to 85% of the department's population.",
     ("58", 85, "exact")),
    # the total the new CPTS brings the department to, told without "couvert"
    ("La CPTS du Val Fleuri est la sixième CPTS à voir le jour dans la Nièvre, ce qui porte à 85 % la part de la "
     "population du département vivant dans une CPTS.", ("58", 85, "exact")),
])
def test_a_coverage_beside_the_cpts_named(record_of, text, expected):
    record = record_of(text)
    assert _coverage(record) == [expected]
    assert _percentages(record) == []


@pytest.mark.parametrize("sentence, expected", [
    # a department's part of a larger coverage told before it
    ("En Pays de la Loire, 85 % de la population est couverte, dont 92 % dans la Sarthe.", [("72", 92, "exact")]),
    ("En Bourgogne-Franche-Comté, 75 % de la population est couverte, dont 85 % dans la Nièvre.", [("58", 85, "exact")]),
    # the department a possessive stands for, named after the figure
    ("Avec 85 % de sa population couverte, la Nièvre fait figure de bon élève.", [("58", 85, "exact")]),
    ("With 85% of its population covered, the Nièvre leads the region.", [("58", 85, "exact")]),
])
def test_a_departments_part_and_its_possessive(record_of, sentence, expected):
    record = record_of(ACI + sentence)
    assert _coverage(record) == expected
    assert _percentages(record) == []  # the region's figure is no CPTS's either


@pytest.mark.parametrize("sentence", [
    # the nation's, a region's, a target, professionals, patients, money, a survey
    "Au niveau national, 80 % de la population est couverte par une CPTS.",
    "En Bourgogne-Franche-Comté, 90 % de la population est couverte par une CPTS.",
    "Nationally, 80 per cent of the population is covered by a CPTS.",
    "L'ARS vise une couverture de 100 % de la Nièvre d'ici 2025.",
    "Dans la Nièvre, 85 % des médecins généralistes adhèrent à une CPTS.",
    "85 % des médecins de la Nièvre adhèrent à une CPTS.",
    "Dans la Nièvre, 85 % des professionnels de santé sont couverts par une CPTS.",
    "Dans la Nièvre, 85 % des communes sont couvertes par la fibre.",
    "Dans la Nièvre, 85 % des habitants sont couverts par une complémentaire santé.",
    "Dans la Nièvre, 85 % des patients ont un médecin traitant.",
    "Le projet est financé à 80 % par l'ARS de la Nièvre.",
    "Selon une enquête, 65 % des professionnels souhaitent rejoindre une CPTS.",
    "Le taux de vaccination de la Nièvre atteint 85 %.",
])
def test_other_shares_are_no_coverage(record_of, sentence):
    assert _coverage(record_of(ACI + sentence)) == []


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri couvre 12 % de la population de la Nièvre.",
    "La CPTS du Val Fleuri, dans la Nièvre, couvre 12 % de la population du département.",
    "La CPTS du Val Fleuri, dans la Nièvre, regroupe 25 000 habitants, soit 12 % des habitants du département.",
])
def test_one_cpts_share_of_its_department_is_no_coverage(record_of, text):
    record = record_of(text)
    assert _coverage(record) == []
    assert _percentages(record) == [(12, "share_of_department_population")]


# --- dates ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a fronted date beside a participle that has a date of its own
    ("Le 20 mai 2021, la CPTS du Val Fleuri, créée en 2019, a signé son ACI.",
     {"launch": "2019", "aci_signature": "2021-05-20"}),
    ("Le 20 mai 2021, la CPTS du Val Fleuri, dont le projet de santé a été validé en janvier 2021, a signé son ACI.",
     {"aci_signature": "2021-05-20", "health_project": "2021-01"}),
    # a later official start does not date a birth told beside it
    ("Le 20 mai 2021, la CPTS du Val Fleuri, créée en 2019, a été officiellement lancée.", {"launch": "2019"}),
    ("Créée en 2019, la CPTS du Val Fleuri a signé son ACI.", {"launch": "2019"}),
    ("Depuis sa création en 2019, la CPTS du Val Fleuri a signé l'ACI le 3 mars 2021.",
     {"launch": "2019", "aci_signature": "2021-03-03"}),
    # the forms of the genre that already read, kept so
    ("La CPTS du Val Fleuri a signé l'accord conventionnel interprofessionnel le 12/03/2022.",
     {"aci_signature": "2022-03-12"}),
    ("La CPTS du Val Fleuri a signé son contrat ACI courant mars 2022.", {"aci_signature": "2022-03"}),
    ("La CPTS du Val Fleuri a déposé sa lettre d'intention courant mars 2020.", {"letter_of_intent": "2020-03"}),
    ("Le projet de santé de la CPTS du Val Fleuri a été validé par l'ARS au printemps 2022.", {"health_project": "2022"}),
    ("La CPTS du Val Fleuri a signé, le 3 mars 2022, son contrat avec l'ARS et la CPAM.", {"aci_signature": "2022-03-03"}),
    ("Nevers, le 20 juin 2022\nLa CPTS du Val Fleuri a été inaugurée mardi 14 juin à Varzy.", {"launch": "2022-06-14"}),
    ("On May 20th, 2021, the CPTS Val Fleuri signed its ACI with the CPAM.", {"aci_signature": "2021-05-20"}),
])
def test_dates_in_other_words(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    # the date of another event, named right before it
    "Agenda : réunion d'information le 12 mars 2022\nLa CPTS du Val Fleuri a signé son contrat.",
    "Webinaire du 12 mars 2022\nLa CPTS du Val Fleuri a signé son contrat.",
    "Atelier le 12 mars 2022 : la CPTS du Val Fleuri a signé son contrat avec l'ARS.",
    # a page's edit
    "Mis à jour le 14 mars 2022\nLa CPTS du Val Fleuri a signé son contrat.",
    "Publié le 12 mars\nLa CPTS du Val Fleuri a signé son contrat.",
    # meetings, elections, other structures
    ACI + "Une réunion publique aura lieu le 12 septembre 2022.",
    ACI + "La prochaine assemblée générale se tiendra le 4 avril 2023.",
    ACI + "La maison de santé de Varzy a été inaugurée le 4 avril 2022.",
])
def test_other_events_date_no_step(record_of, text):
    assert _dates(record_of(text)) == {}


@pytest.mark.parametrize("text, expected", [
    # a gathering's day may be a step's
    ("La soirée du 12 mars 2022 a marqué le lancement officiel de la CPTS du Val Fleuri.", {"launch": "2022-03-12"}),
    ("La CPTS du Val Fleuri a été lancée lors d'une conférence de presse le 12 mars 2022.", {"launch": "2022-03-12"}),
    ("La CPTS du Val Fleuri a signé son contrat lors d'une soirée le 12 mars 2022.", {"aci_signature": "2022-03-12"}),
])
def test_a_gatherings_day_still_dates_its_step(record_of, text, expected):
    assert _dates(record_of(text)) == expected


def test_the_release_date_beside_an_edit_date(record_of):
    record = record_of("Mis à jour le 14 mars 2022 - Publié le 12 mars 2022\nLa CPTS du Val Fleuri a signé son contrat.")
    assert record["document"]["published"]["value"] == "2022-03-12"
    assert _dates(record) == {}


# --- the launch place ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a participle set between commas tells the launch in its own clause
    "La CPTS du Val Fleuri, lancée officiellement à Corbigny, regroupe 80 professionnels.",
    "La CPTS du Val Fleuri, officiellement lancée le 3 mars 2022 à Corbigny, regroupe 80 professionnels.",
    "The CPTS Val Fleuri, launched in Corbigny in 2022, gathers 80 professionals.",
    # the forms of the genre that already read, kept so
    "La CPTS du Val Fleuri a été lancée officiellement le 14 juin 2022 à la mairie de Corbigny.",
    "C'est à Corbigny que s'est tenu le lancement officiel de la CPTS du Val Fleuri.",
    "Corbigny a accueilli jeudi soir le lancement de la CPTS du Val Fleuri.",
    "Une soixantaine de professionnels ont assisté, à Corbigny, au lancement de la CPTS du Val Fleuri.",
])
def test_the_launch_place_in_other_words(record_of, text):
    assert _launch_place(record_of(text)) == ("Corbigny", "58083")


@pytest.mark.parametrize("text, expected", [
    # a body's premises as the venue, not the community's seat
    ("La CPTS du Val Fleuri a officiellement vu le jour le 3 mars 2022 avec la signature de son contrat au siège de la "
     "CPAM à Nevers.", ("Nevers", "58194")),
    ("La CPTS du Val Fleuri a été lancée le 3 mars 2022 dans les locaux de l'ARS à Dijon.", ("Dijon", "21231")),
    ("The CPTS Val Fleuri was officially launched on 3 March 2022 at the headquarters of the CPAM in Nevers.",
     ("Nevers", "58194")),
    ("La CPTS du Val Fleuri a été lancée le 3 mars 2022 à la CPAM de Nevers.", ("Nevers", "58194")),
    ("La CPTS du Val Fleuri a été lancée le 3 mars 2022 à la MSP de Corbigny.", ("Corbigny", "58083")),
    ("La CPTS du Val Fleuri a été lancée le 3 mars 2022 à l'EHPAD de Corbigny.", ("Corbigny", "58083")),
    ("La CPTS du Val Fleuri a été lancée le 3 mars 2022 au Pôle santé de Corbigny.", ("Corbigny", "58083")),
    # the town named as such
    ("La CPTS du Val Fleuri a été lancée le 3 mars 2022 dans la commune de Corbigny.", ("Corbigny", "58083")),
    ("La CPTS du Val Fleuri a été lancée le 3 mars 2022 au cœur de Corbigny.", ("Corbigny", "58083")),
    ("The CPTS Val Fleuri was launched in the town of Corbigny on 3 March 2022.", ("Corbigny", "58083")),
])
def test_a_bodys_premises_as_the_launch_venue(record_of, text, expected):
    assert _launch_place(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Clamecy is a commune of the Nièvre and of the Aisne: the text's other communes tell which
    ("La CPTS du Val Fleuri couvre Corbigny, Tannay et Varzy. Elle a été lancée le 14 juin 2022 à Clamecy.",
     ("Clamecy", "58079")),
    ("La CPTS du Val Fleuri, qui couvre Laon et Chauny, a été inaugurée à Clamecy.", ("Clamecy", "02198")),
    ("La CPTS du Val Fleuri, dans la Nièvre, a été lancée officiellement le 14 juin 2022 à la mairie de Clamecy.",
     ("Clamecy", "58079")),
])
def test_a_shared_place_name_is_told_apart_by_the_texts_communes(record_of, text, expected):
    assert _launch_place(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    # with no other commune to tell them apart, a shared name links to none
    "La CPTS du Val Fleuri a été inaugurée à Clamecy.",
    # a participle between commas with no place in its clause: the place is the main clause's, of another event
    "La CPTS du Val Fleuri, créée le 2 juin 2022, a tenu son assemblée à Corbigny.",
    "La CPTS du Val Fleuri, lancée en 2022, a son siège à Corbigny.",
    "La CPTS du Val Fleuri, créée en 2021 par des médecins exerçant à Corbigny, regroupe 80 professionnels.",
    "La CPTS du Val Fleuri, dont le siège est à Corbigny, a été lancée le 14 juin 2022.",
    "La CPTS du Val Fleuri a été lancée le 14 juin 2022. Ses locaux sont situés à Corbigny.",
    "La CPTS du Val Fleuri, lancée le 14 juin 2022, a installé ses locaux à Corbigny.",
    "The CPTS Val Fleuri, whose headquarters are in Corbigny, was launched on 3 March 2022.",
    "La CPTS du Val Fleuri a été lancée le 14 juin 2022. Une réunion d'information aura lieu à la mairie de Varzy.",
])
def test_places_that_are_no_launch_place(record_of, text):
    assert _launch_place(record_of(text)) is None


# --- quantities ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # people the CPTS trained or accompanied, people at a meeting, a board
    "Elle a formé 40 professionnels aux gestes d'urgence.",
    "En 2023, elle a accompagné 25 professionnels dans leur installation.",
    "The CPTS trained 40 nurses last year.",
    "Plus de 120 personnes ont assisté à la soirée de lancement.",
    "80 professionnels de santé étaient présents à l'assemblée générale.",
    "Son bureau est composé de 8 professionnels de santé.",
    "Elle a été lancée jeudi, en présence d'une centaine de professionnels de santé.",
    "Une centaine de soignants se sont retrouvés à la salle des fêtes de Corbigny.",
    "Environ 80 professionnels ont travaillé sur le projet de santé.",
    "Une quarantaine de professionnels se sont impliqués dans les groupes de travail.",
    "Une centaine de professionnels ont été consultés.",
    "La Nièvre compte 200 000 habitants.",
])
def test_people_reached_or_present_are_no_count_of_the_cpts(record_of, sentence):
    assert _figures(record_of(ACI + sentence)) == {}


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri compte aujourd'hui 120 adhérents.", {"professionals_count": (120, "exact")}),
    ("La CPTS du Val Fleuri en chiffres : 42 communes, 35 000 habitants, 120 adhérents.",
     {"communes_count": (42, "exact"), "population": (35000, "exact"), "professionals_count": (120, "exact")}),
    ("La CPTS du Val Fleuri\n42 communes\n35 000 habitants\n120 professionnels de santé",
     {"communes_count": (42, "exact"), "population": (35000, "exact"), "professionals_count": (120, "exact")}),
    ("The CPTS Val Fleuri brings together 120 health professionals serving 35,000 residents across 42 municipalities.",
     {"communes_count": (42, "exact"), "population": (35000, "exact"), "professionals_count": (120, "exact")}),
    ("La CPTS du Val Fleuri dessert une population de 35 000 personnes réparties sur 42 communes.",
     {"communes_count": (42, "exact"), "population": (35000, "exact")}),
    ("Le territoire de la CPTS du Val Fleuri regroupe 42 communes et près de 35 000 habitants.",
     {"communes_count": (42, "exact"), "population": (35000, "approx")}),
    ("La CPTS du Val Fleuri rassemble une centaine d'acteurs de santé.", {"professionals_count": (100, "approx")}),
    # "une population totale de", "a total population of", without a unit after the figure
    ("La CPTS du Val Fleuri couvre 42 communes pour une population totale de 35 000.",
     {"communes_count": (42, "exact"), "population": (35000, "exact")}),
    ("The CPTS Val Fleuri covers 42 communes with a total population of 35 000.",
     {"communes_count": (42, "exact"), "population": (35000, "exact")}),
])
def test_the_cpts_figures_in_other_words(record_of, text, expected):
    assert _figures(record_of(text)) == expected


# --- the ages of a share without a doctor, English seasons ----------------------------------------------------------

@pytest.mark.parametrize("sentence, population", [
    ("Sur le territoire, 12 % des 17 ans et + n'ont pas de médecin traitant.", "17 ans et +"),
    ("Sur le territoire, 12 % des patients ≥ 17 ans n'ont pas de médecin traitant.", "≥ 17 ans"),
    ("Sur le territoire, 12 % des patients de 16 ans ou plus n'ont pas de médecin traitant.", "16 ans ou plus"),
    ("Sur le territoire, le taux de patients de plus de 17 ans sans médecin traitant est de 12 %.", "plus de 17 ans"),
    ("Patients sans médecin traitant (17 ans et +) : 12 %.", "17 ans et +"),
    # already read, kept so
    ("Sur le territoire, 12 % des assurés de 17 ans et plus n'ont pas de médecin traitant.", "17 ans et plus"),
    ("Sur le territoire, 12 % des adultes n'ont pas de médecin traitant.", None),
])
def test_the_ages_a_share_without_a_doctor_counts(record_of, sentence, population):
    shares = _cpts(record_of(ACI + sentence))["percentages"]
    assert [(p["value"], p["kind"], p.get("population")) for p in shares] == [(12, "population_without_gp", population)]


@pytest.mark.parametrize("text, expected", [
    ("The CPTS Val Fleuri was created in the spring of 2021.", {"launch": "2021"}),
    ("The CPTS Val Fleuri signed its ACI in the first quarter of 2022.", {"aci_signature": "2022"}),
])
def test_an_english_season_of_a_year(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("CPTS du Val Fleuri\nKey dates\n2019: founding of the association\n2021: signature of the ACI",
     {"launch": "2019", "statutes": "2019", "aci_signature": "2021"}),
    ("The founding of the CPTS Val Fleuri dates back to 2019.", {"launch": "2019"}),
    ("The CPTS Val Fleuri's founding members met on 3 March 2019.", {}),
])
def test_the_founding_in_english(record_of, text, expected):
    assert _dates(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a day and month told as done lies before the release, even when the next one is nearer
    ("Nevers, le 20 juin 2022\nLa CPTS du Val Fleuri a été créée le 15 décembre.", "2021-12-15"),
    ("Nevers, le 5 janvier 2023\nLe jeudi 15 décembre, la CPTS du Val Fleuri a signé son contrat avec l'ARS et la CPAM.",
     "2022-12-15"),
    # one to come lies after it
    ("Nevers, le 5 janvier 2023\nLa CPTS du Val Fleuri signera son contrat le 15 février.", "2023-02-15"),
])
def test_the_year_of_a_day_told_without_one(record_of, text, expected):
    assert list(_dates(record_of(text)).values()) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the officialisation of a contract is its signature, not a birth
    ("Le 24 mai, l'officialisation du contrat de la CPTS du Val Fleuri a eu lieu à Varzy.", {"aci_signature": "--05-24"}),
    ("Le 24 mai, la CPTS du Val Fleuri a officialisé son contrat avec l'ARS et la CPAM.", {"aci_signature": "--05-24"}),
    # the community's own officialisation is
    ("L'officialisation de la CPTS du Val Fleuri a eu lieu le 24 mai 2022.", {"launch": "2022-05-24"}),
    # what "la création du ..." names is something else
    ("La création du site internet de la CPTS du Val Fleuri date du 24 mai 2022.", {}),
])
def test_an_officialisation_and_what_it_is_of(record_of, text, expected):
    assert _dates(record_of(text)) == expected
