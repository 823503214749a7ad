"""Readings of the twenty-fourth round, each on invented sentences: on the page of one CPTS, an office with no body
after it, far down the page from the CPTS's name, is the CPTS's when neither its sentence nor the one before names
another body ("Il sera secondé par A, infirmière libérale, vice-présidente"); a CPTS office in apposition to a
profession with its article stands for the person named last before ("..., sourit A. Ce mercredi, le pharmacien de
Montmédy, président de la CPTS, a signé l'accord"), or given the office by a verb ("et la généraliste en a été élue
présidente"); a mission's field stays in the role ("chargée de mission
prévention"); a hyphenated place is no body ("médecin à Sarre-Union, en est la vice-présidente"); a post taken at a time
("a pris en mars le poste de coordinateur"); a post's author above their office, with their degree of connection
("Anne Durand • 2e"), or a profession and a dash before the office ("Médecin généraliste – Président de la CPTS X");
names after an office with a determiner hold it, not a name before ("à notre présidente, A, à nos deux vice-présidents
B et C"); a line that opens on its count of intercommunalities after a pictogram lists whole ones ("📍 3 communautés de
communes : X, Y et Z"); an interview's question gives the figure that opens its answer its kind ("Combien de
professionnels ont adhéré ?\n« 112 à ce jour. »"), the members when it asks who joined; CPTS only mentioned beside the department's adjective are the
department's ("la part de la population ardennaise couverte ... Elles rejoignent la CPTS X"); a byline's date stays the page's
under a rubric of fields split by bars ("Local news | Health | Grand Est" over "By Jane Roe | 3 April 2025 | 4 min
read"); a count whose noun is left out after a first one counts the intercommunality after it ("les 47 communes du
Grand Dole et les 24 de la communauté de communes du Val d'Amour"); the person named last holds an office given to a
pronoun after a fronted apposition ("Kinésithérapeute à Percy, elle a été élue présidente"), to "c'est elle qui", or
to a profession with an aside ("Le kinésithérapeute, installé à Afa, préside l'association"); a season after "avant" is a target, not the date of an
event ("signer l'accord, idéalement avant l'été 2024"); an interview's answer that opens on "Celui de" and an
intercommunality's name ending in its own type word names the territory the question asks for ("Quel est son
territoire ?\nE. L. D. : Celui de Ploërmel Communauté, à trois exceptions près : A, B et C"); a rounded figure made exact
beside it between dashes ("une quarantaine de communes – 43 très exactement –") gives way to the exact one; a Corsican name
joins its places with "è" as with "e" ("CPTS Castagniccia Mare è Monti"); a figure of structures or members on the line after "CPTS" is no part of a
name ("adhérents à la CPTS\n12 structures partenaires"); those said installed before "dont" are those who practise, the
members after it ("112 professionnels de santé libéraux installés, dont 67 adhérents"); communes excepted after a
count ("sauf trois : A, B et C") or after "à une exception près :"."""
from __future__ import annotations

from tests.records import areas_of as _areas, by_key as _by_key, dates_of as _dates, value_of as _value

# More than 400 characters without the CPTS's name between the name and the office.
FILLER = ("Il aura fallu presque deux ans de réunions, souvent le soir, après les consultations, pour que le projet "
          "prenne forme. Les soignants se sont retrouvés dans les salles des fêtes des villages, un mardi sur deux, "
          "pour faire le point sur les besoins des habitants, les départs à la retraite annoncés et les gardes du "
          "week-end. Jeudi soir, les statuts de l'association ont été adoptés à l'unanimité. ")


def _people(record: dict, key: str) -> list[tuple[str, str]]:
    return [(p["name"], p["role"]) for p in _by_key(record)[key]["people"]]


def test_an_office_far_from_the_name_on_the_page_of_one_cpts(record_of):
    text = ("La CPTS du Val Test rassemble les soignants du canton.\n\n" + FILLER +
            "« C'est une naissance », sourit Erwan Kerbrat, kinésithérapeute, élu président. Il sera secondé par "
            "Morgane Le Du, infirmière libérale, vice-présidente, et par Yann Quéré, pharmacien, trésorier.\n")
    assert _people(record_of(text), "val-test") == [
        ("Erwan Kerbrat", "président"), ("Morgane Le Du", "vice-présidente"), ("Yann Quéré", "trésorier")]


def test_an_office_after_another_body_is_that_bodys(record_of):
    # guard: the sentence before names a hospital, whose office this is
    text = ("La CPTS du Val Test rassemble les soignants du canton.\n\n" + FILLER +
            "Le centre hospitalier de la ville a renouvelé son conseil de surveillance. Il sera animé par "
            "Morgane Le Du, infirmière, vice-présidente.\n")
    assert _people(record_of(text), "val-test") == []


def test_a_profession_with_its_article_stands_for_the_person_named_before(record_of):
    text = ("« Il aura fallu deux ans de réunions », sourit Thomas Lallem. Ce mercredi 11 octobre, à Stenay, le pharmacien "
            "de Montmédy, président de la CPTS du Val Test, a signé l'accord conventionnel interprofessionnel.\n")
    assert _people(record_of(text), "val-test") == [("Thomas Lallem", "président")]


def test_a_profession_with_no_one_named_before_gives_no_one(record_of):
    # guard: nobody is named before the sentence
    text = ("Il aura fallu deux ans de réunions. Ce mercredi 11 octobre, à Stenay, le pharmacien de Montmédy, président "
            "de la CPTS du Val Test, a signé l'accord conventionnel interprofessionnel.\n")
    assert _people(record_of(text), "val-test") == []


def test_a_missions_field_stays_in_the_role(record_of):
    text = ("La CPTS du Val Test recrute.\n\nL'équipe salariée\nCéline Bausset – coordinatrice\n"
            "Yanis Mefteh – chargé de mission prévention\nLéa Roussel, chargée de mission attractivité\n")
    assert _people(record_of(text), "val-test") == [
        ("Céline Bausset", "coordinatrice"), ("Yanis Mefteh", "chargé de mission prévention"),
        ("Léa Roussel", "chargée de mission attractivité")]


def test_a_hyphenated_place_with_a_bodys_word_is_no_body(record_of):
    text = ("La CPTS du Val Test est présidée par Marc Schaefer. La Dre Claire Hofman, médecin généraliste à Sarre-Union, "
            "en est la vice-présidente.\n")
    assert _people(record_of(text), "val-test") == [("Marc Schaefer", "président"), ("Claire Hofman", "vice-présidente")]


def test_a_post_taken_at_a_time(record_of):
    text = "La CPTS du Val Test est présidée par Marc Schaefer. Kévin Grondel a pris en mars le poste de coordinateur.\n"
    assert _people(record_of(text), "val-test") == [("Marc Schaefer", "président"), ("Kévin Grondel", "coordinateur")]


def test_a_posts_author_above_their_office(record_of):
    text = ("Élodie Marchet • 2e\nCoordinatrice de la CPTS du Val Test | Santé publique\n1 an • Modifié\n\n"
            "Hier soir, la CPTS du Val Test a signé son accord conventionnel interprofessionnel.\n")
    assert _people(record_of(text), "val-test") == [("Élodie Marchet", "coordinatrice")]


def test_a_profession_and_a_dash_before_the_office_under_the_author(record_of):
    text = ("La CPTS du Val Test a signé son accord.\n\nJulien Marchet • 3e\n"
            "Médecin généraliste – Président de la CPTS du Pays Test\nBravo à toute l'équipe !\n")
    assert _people(record_of(text), "pays-test") == [("Julien Marchet", "président")]


def test_names_after_an_office_with_a_determiner_hold_it(record_of):
    text = ("La CPTS du Val Test a signé son accord. Un immense merci à notre présidente, la Dr Agnès Pouzade, à nos deux "
            "vice-présidents Rémi Chabrol (kiné) et Fanny Baylet (IDEL), à notre trésorière Nathalie Rolhon.\n")
    assert _people(record_of(text), "val-test") == [
        ("Agnès Pouzade", "présidente"), ("Rémi Chabrol", "vice-président"), ("Fanny Baylet", "vice-présidente"),
        ("Nathalie Rolhon", "trésorière")]


def test_a_profession_given_the_office_by_a_verb(record_of):
    text = ("« On en parlait depuis trois ans. » Le Dr Hélène Gautrin, médecin généraliste à Domfront, ne boude pas son "
            "plaisir. Jeudi soir, les soignants ont porté sur les fonts baptismaux la CPTS du Val Test. Les statuts de "
            "l'association ont été adoptés et la généraliste en a été élue présidente.\n")
    assert _people(record_of(text), "val-test") == [("Hélène Gautrin", "présidente")]


def test_a_count_of_intercommunalities_after_a_pictogram_lists_whole_ones(record_of):
    text = ("La CPTS du Val Test a signé son accord.\n\n📍 Trois intercommunalités : Val de Gray, Val Marnaysien et "
            "Monts de Gy.\n")
    areas = _areas(_by_key(record_of(text))["val-test"])
    assert [(area[0], area[1]) for area in areas] == [("200036549", "full"), ("200041887", "full"), ("247000698", "full")]


def test_a_question_gives_the_figure_opening_its_answer_its_kind(record_of):
    text = ("La CPTS du Val Test réunit déjà plus d'une centaine de soignants libéraux. Entretien avec son président.\n\n"
            "Combien de professionnels ont adhéré ?\n« 112 à ce jour. Une trentaine de médecins généralistes, une quarantaine "
            "d'infirmiers. »\n\nQuel territoire couvrez-vous ?\nA. C. : 42 communes, autour de Gien.\n")
    cpts = _by_key(record_of(text))["val-test"]
    assert (_value(cpts, "professionals_count"), _value(cpts, "communes_count")) == (112, 42)


def test_the_members_asked_for_over_those_who_practise(record_of):
    text = ("La CPTS du Val Test est lancée.\n\nCombien de soignants ont adhéré ?\n« Une centaine, sur les quelque 260 "
            "libéraux du territoire. »\n")
    assert _value(_by_key(record_of(text))["val-test"], "professionals_count") == 100


def test_a_question_about_those_who_practise_gives_no_members(record_of):
    # guard: the question asks how many practise there, not how many joined
    text = ("La CPTS du Val Test réunit 85 adhérents.\n\nCombien de professionnels exercent sur le territoire ?\n"
            "« 260, dont beaucoup d'infirmières. »\n")
    assert _value(_by_key(record_of(text))["val-test"], "professionals_count") == 85


def test_cpts_mentioned_beside_the_departments_adjective_are_its_own(record_of):
    text = ("Charleville-Mézières (Ardennes), le 27 novembre 2024. La CPTS du Val Test a signé son accord. Cette signature "
            "porte à 78 % la part "
            "de la population ardennaise couverte par une CPTS. Elle rejoint la CPTS Cœur d'Ardenne et la CPTS "
            "Argonne-Vouziers, déjà en fonctionnement.\n")
    record = _by_key(record_of(text))
    assert [record[key]["departments"] for key in ("val-test", "coeur-d-ardenne", "argonne-vouziers")] == [["08"]] * 3


def test_a_bylines_date_under_a_rubric_of_fields(record_of):
    text = ("Aube: health professionals sign up to a new CPTS\nLocal news | Health | Grand Est\n"
            "By Sarah Whitfeld | 3 April 2025 | 4 min read\n\nThe CPTS Val Test signed its agreement on March 27.\n")
    record = record_of(text)
    assert record["document"]["published"]["value"] == "2025-04-03"
    assert _by_key(record)["val-test"]["dates"]["aci_signature"]["value"] == "2025-03-27"


def test_a_count_whose_noun_is_left_out_after_a_first_one(record_of):
    text = ("La CPTS du Val Test rassemble les soignants. « Les 47 communes du Grand Dole et les 24 de la communauté de "
            "communes du Val d'Amour. Soixante et onze communes au total. »\n")
    cpts = _by_key(record_of(text))["val-test"]
    assert _areas(cpts) == [("200010650", "full", 47), ("243900420", "full", 24)]
    assert _value(cpts, "communes_count") == 71


def test_the_person_named_last_holds_an_office_given_to_a_pronoun_or_a_profession(record_of):
    head = "La CPTS du Val Test est lancée. « Ça fait deux ans qu'on en parle », sourit {name}. "
    cases = [("Élodie Lecoutre", "Kinésithérapeute à Percy-en-Normandie depuis 2015, elle a été élue présidente.",
              "présidente"),
             ("Sandrine Obertin", "Pharmacienne à Mouy, c'est elle qui préside la CPTS.", "présidente"),
             ("Ange-Mathieu Pinell", "Le kinésithérapeute, installé à Afa, préside l'association depuis sa création.",
              "président")]
    for name, sentence, role in cases:
        assert _people(record_of(head.format(name=name) + sentence + "\n"), "val-test") == [(name, role)]


def test_a_season_after_avant_is_a_target(record_of):
    text = ("La CPTS du Val Test est née mardi. La lettre d'intention avait reçu un avis favorable en mars 2022. Prochaine "
            "étape : rédiger le projet de santé, puis signer l'accord conventionnel, « idéalement avant l'été 2024 ».\n")
    assert _dates(_by_key(record_of(text))["val-test"]) == {"letter_of_intent": "2022-03"}


def test_an_answer_opening_on_celui_de_and_a_name_ending_in_its_type_word(record_of):
    text = ("La CPTS du Val Test est lancée.\n\nQuel est son territoire ?\nE. L. D. : Celui de Ploërmel Communauté, à "
            "trois exceptions près : La Trinité-Porhoët, Ménéac et Évriguet, plus tournées vers Loudéac.\n")
    area = _by_key(record_of(text))["val-test"]["territory"]["areas"][0]
    assert (area["code"], area["extent"], [e["name"] for e in area["except"]]) == (
        "200066777", "full", ["La Trinité-Porhoët", "Ménéac", "Évriguet"])


def test_a_rounded_figure_made_exact_beside_it(record_of):
    text = "La CPTS du Val Test couvre une quarantaine de communes – 43 très exactement – où vivent 24 000 habitants.\n"
    assert _value(_by_key(record_of(text))["val-test"], "communes_count") == 43


def test_a_corsican_name_joined_by_e_grave(record_of):
    text = "Cette signature marque le lancement officiel de la CPTS Castagniccia Mare è Monti, qui couvre 98 communes.\n"
    assert _value(_by_key(record_of(text))["castagniccia-mare-e-monti"], "communes_count") == 98


def test_a_count_of_structures_after_cpts_is_no_name(record_of):
    text = ("La CPTS du Val Test en chiffres\n49 communes\n112 professionnels installés, dont 67 adhérents à la CPTS\n"
            "12 structures partenaires : 2 maisons de santé, 6 EHPAD\n")
    record = record_of(text)
    assert list(_by_key(record)) == ["val-test"]
    assert _value(_by_key(record)["val-test"], "structures_count") == 12


def test_those_installed_before_dont_are_not_the_members(record_of):
    text = "La CPTS du Val Test rassemble 112 professionnels de santé libéraux installés, dont 67 adhérents.\n"
    assert _value(_by_key(record_of(text))["val-test"], "professionals_count") == 67


def test_communes_excepted_after_a_count_or_a_single_exception(record_of):
    for text, excepted in [
            ("La CPTS du Val Test englobe toutes les communes de Cœur de Flandre Agglo sauf trois : Nieppe, Steenwerck et "
             "Le Doulieu, tournées vers Armentières.\n", ["Nieppe", "Steenwerck", "Le Doulieu"]),
            ("La CPTS du Val Test couvre Cœur de Flandre Agglo, à une exception près : Nieppe, dont les habitants se "
             "tournent vers Armentières.\n", ["Nieppe"])]:
        area = _by_key(record_of(text))["val-test"]["territory"]["areas"][0]
        assert (area["code"], [e["name"] for e in area["except"]]) == ("200040947", excepted)
