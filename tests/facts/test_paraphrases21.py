"""Readings of the seventeenth round, each on invented sentences: list items opened by pictographs, territory headings
with an ornament or a clause, an area's possessive count, boxes of key figures aligned with spaces or dotted leaders,
an agency's masthead, a section headed by a name and its acronym; an interview's answer, "celle du X" for a type word,
a fronted "après la CPTS X"; a board on the page of one CPTS, an office fronted before "la communauté", aliases, dashed
names before a label, "et du" in a list of names; facts between middle dots, a timeline's own dates, seasons and
bullets before them, several CPTS signing with their places, an association born in English; communes joining,
members among the professionals before them, English residents, launch places written in other forms."""
from __future__ import annotations

import pytest

from pipeline.facts.patterns import alone_on_its_line
from pipeline.facts.topic import FURNITURE_LINE_RE
from tests.records import areas_of as _areas, by_key as _by_key, dates_of as _dates, value_of as _value


PICTOGRAPH_LIST = ("La CPTS Piémont Bruche est lancée.\n{heading}\n"
                   "➡️ la Vallée de la Bruche (ses 26 communes)\n"
                   "➡️ les Portes de Rosheim (9 communes)\n")


def test_list_items_opened_by_a_pictograph_are_read_as_bullets(record_of):
    record = record_of(PICTOGRAPH_LIST.format(heading="Notre territoire :"))
    assert _areas(_by_key(record)["piemont-bruche"]) == [("246700306", "full", 26), ("246700744", "full", 9)]
    assert {r["from"] for r in record["document"]["repairs"] if r["rule"] == "bullet"} == {"➡️"}


def test_a_territory_heading_may_end_on_a_clause_and_carry_an_ornament(record_of):
    record = record_of(PICTOGRAPH_LIST.format(heading="📍 Notre territoire, pour celles et ceux qui demandent :"))
    assert _areas(_by_key(record)["piemont-bruche"]) == [("246700306", "full", 26), ("246700744", "full", 9)]
    assert not [r for r in record["document"]["repairs"] if r["from"] == "📍"]  # one pin alone is no list


def test_a_board_under_its_heading_on_a_page_that_names_a_neighbour(record_of):
    record = record_of("La CPTS du Pays Mellois est une association. Elle travaille avec la CPTS du Haut Val de Sèvre, "
                       "sa voisine.\n\nNos adhérents\n" + "".join(f"Profession {n} ........ {n}\n" for n in range(1, 22)) +
                       "\nLe bureau\nÉlu par le conseil d'administration le 4 avril 2024\n"
                       "Présidente : Dr Hélène Brunet, médecin généraliste\nTrésorier : Marc Giraud, pharmacien\n")
    cpts = _by_key(record)
    assert [(p["name"], p["role"]) for p in cpts["pays-mellois"]["people"]] == [
        ("Hélène Brunet", "présidente"), ("Marc Giraud", "trésorier")]
    assert cpts["haut-val-de-sevre"]["people"] == []


def test_facts_between_middle_dots_are_clauses_of_their_own(record_of):
    record = record_of("La CPTS Gâtine Sud est lancée.\nLa CPTS en bref\n"
                       "Association créée en 2020 · ACI signé en mars 2022 · 31 communes · 1 coordinatrice\n")
    assert _dates(_by_key(record)["gatine-sud"]) == {"launch": "2020", "statutes": "2020", "aci_signature": "2022-03"}


TIMELINE = ("CPTS Terres de Caux\nAccueil   Notre histoire\n\nNotre histoire\n\nLes grandes étapes\n\n"
            "Février 2020\nDépôt de la lettre d'intention.\n\n"
            "5 novembre 2020\nAssemblée générale constitutive à Yerville : la CPTS Terres de Caux est née !\n\n"
            "2021\nÉcriture du projet de santé.\n\n"
            "Automne 2022\nSignature de l'ACI.\n\n"
            "Juin 2023\nPremière journée de prévention.\n")


def test_a_day_alone_on_its_line_in_a_timeline_is_no_page_date(record_of):
    record = record_of(TIMELINE)
    assert record["document"]["published"] is None
    dates = _dates(_by_key(record)["terres-de-caux"])
    assert (dates["launch"], dates["statutes"]) == ("2020-11-05", "2020-11-05")


def test_a_season_over_an_event_dates_it_to_its_year(record_of):
    assert _dates(_by_key(record_of(TIMELINE))["terres-de-caux"])["aci_signature"] == "2022"


def test_communes_that_join_are_no_total(record_of):
    record = record_of("La CPTS du Pays de Bray est née en 2020.\n\nJanvier 2024\n"
                       "Quatre communes du sud du pays de Bray nous rejoignent.\n\n"
                       "Notre territoire\n\n49 communes, environ 30 000 habitants.\n")
    assert _value(_by_key(record)["pays-de-bray"], "communes_count") == 49


def test_an_association_born_in_english_dates_the_statutes(record_of):
    record = record_of("The CPTS Haut Maroni has signed its agreement.\n"
                       "A bit of history: the association was born in March 2021, after a night shift.\n")
    dates = _dates(_by_key(record)["haut-maroni"])
    assert (dates["launch"], dates["statutes"]) == ("2021-03", "2021-03")


def test_a_name_the_community_is_better_known_by_is_an_alias(record_of):
    record = record_of("Lot – CPTS Vallée du Célé et Causses\n"
                       "Plus connue sous le nom de « CPTS Célé », elle couvre 40 communes du Lot.\n")
    cpts = _by_key(record)
    assert list(cpts) == ["vallee-du-cele-et-causses"]
    assert cpts["vallee-du-cele-et-causses"]["aliases"] == ["CPTS Célé"]


def test_dates_of_a_list_of_signatures_with_their_places(record_of):
    record = record_of("Trois CPTS ont signé leur ACI : la CPTS Lomagne Gersoise le 27 juin à Lectoure, la CPTS du Haut "
                       "Quercy le 29 juin à Gramat, et la CPTS des Portes d'Ariège ce 4 juillet à Pamiers.\n")
    assert {k: _dates(c).get("aci_signature") for k, c in _by_key(record).items()} == {
        "lomagne-gersoise": "--06-27", "haut-quercy": "--06-29", "portes-d-ariege": "--07-04"}


@pytest.mark.parametrize("line, furniture", [("ARS Occitanie\n", True), ("Agence Régionale de Santé Normandie\n", True),
                                             ("CPAM du Gers\n", True),
                                             ("ARS Occitanie : trois CPTS signent leur contrat\n", False)])
def test_an_agency_s_masthead_above_the_title_is_page_furniture(line, furniture):
    assert bool(FURNITURE_LINE_RE.fullmatch(line)) is furniture


@pytest.mark.parametrize("line, alone", [("CPTS Terre d'Auge (TACF)\nLes communes", True),
                                         ("CPTS Terre d'Auge (Calvados)\nLes communes", False)])
def test_a_name_and_its_acronym_in_brackets_stand_alone_on_their_line(line, alone):
    assert alone_on_its_line(line, 0, len("CPTS Terre d'Auge")) is alone


def test_a_fronted_office_before_la_communaute_and_any_verb(record_of):
    record = record_of("La CPTS du Pays d'Argentan a signé son ACI.\nCo-présidée par Julien Lemaire, masseur-"
                       "kinésithérapeute, et Sophie Hamon, infirmière libérale, la communauté compte déjà 112 adhérents.\n")
    assert [(p["name"], p["role"]) for p in _by_key(record)["pays-d-argentan"]["people"]] == [
        ("Julien Lemaire", "co-président"), ("Sophie Hamon", "co-présidente")]


def test_a_box_of_key_figures_aligned_line_by_line(record_of):
    cpts = _by_key(record_of("La CPTS Marches de Bretagne a signé son ACI.\n\nCHIFFRES CLÉS\n"
                             "Adhérents        186\n  dont médecins généralistes        41\n"
                             "Structures adhérentes        14\nCommunes        63\n"))["marches-de-bretagne"]
    assert [_value(cpts, f) for f in ("professionals_count", "structures_count", "communes_count")] == [186, 14, 63]


@pytest.mark.parametrize("text", ["We cover 46 municipalities. That is about 65,000 residents.",
                                  "We cover 46 municipalities, about 65,000 year-round residents."])
def test_residents_after_that_is_or_with_an_adjective(record_of, text):
    cpts = _by_key(record_of("The CPTS Opal Coast signed its ACI on 7 April 2022.\n" + text))["opal-coast"]
    assert (_value(cpts, "population"), _value(cpts, "communes_count")) == (65000, 46)


def test_members_among_the_professionals_counted_before_them(record_of):
    record = record_of("La CPTS Val de Layon a été lancée. Son territoire compte 51 500 habitants et un peu plus de 400 "
                       "professionnels de santé libéraux. Une centaine d'entre eux ont déjà pris leur adhésion.\n")
    assert _value(_by_key(record)["val-de-layon"], "professionals_count") == 100


def test_a_launch_at_a_former_commune_with_a_hyphenated_name(record_of):
    record = record_of("La CPTS Loire et Mauges a été officiellement lancée lundi 17 mars, à Saint-Florent-le-Vieil "
                       "(Mauges-sur-Loire).\n")
    assert _by_key(record)["loire-et-mauges"]["launch_place"]["insee"] == "49244"


def test_a_dashed_name_before_a_label_s_colon(record_of):
    record = record_of("Trois CPTS ont signé leur ACI le 2 octobre 2023.\nLes territoires :\n"
                       "- CPTS Gray – Monts de Gy : communautés de communes Val de Gray et des Monts de Gy ;\n"
                       "- CPTS Luxeuil – Haute Comté : communautés de communes du Pays de Luxeuil et de la Haute Comté.\n")
    assert sorted(_by_key(record)) == ["gray-monts-de-gy", "luxeuil-haute-comte"]


def test_a_box_of_key_figures_with_dotted_leaders(record_of):
    cpts = _by_key(record_of("La CPTS Seine Eure Sud a signé son ACI.\n\nLA CPTS EN CHIFFRES\n"
                             "Habitants ................................ 87 760\nCommunes .................................... 55\n"
                             "Professionnels adhérents ............... 214\nStructures membres ......................... 12\n"))
    assert [_value(cpts["seine-eure-sud"], f) for f in ("population", "communes_count", "professionals_count",
                                                         "structures_count")] == [87760, 55, 214, 12]


def test_each_line_of_a_timeline_dates_its_own_event(record_of):
    record = record_of("La CPTS Bresle Picarde\nNotre histoire\n"
                       "18/03/2021 – Validation de notre lettre d'intention par l'ARS\n"
                       "07/06/2021 – Assemblée générale constitutive : l'association est officiellement créée\n"
                       "14/04/2022 – Validation du projet de santé\n27/06/2022 – Signature de l'ACI\n")
    dates = _dates(_by_key(record)["bresle-picarde"])
    assert (dates["launch"], dates["health_project"], dates["aci_signature"]) == ("2021-06-07", "2022-04-14", "2022-06-27")


def test_a_timeline_of_bulleted_dates_over_their_events(record_of):
    record = record_of("CPTS Creuse et Vallées\nHistorique\n\n▪ 14 mars 2019\nEnvoi de la lettre d'intention à l'ARS.\n\n"
                       "▪ 23 janvier 2020\nAssemblée constitutive à Bourganeuf : l'association voit officiellement le jour.\n\n"
                       "▪ 8 février 2022\nSignature de l'accord conventionnel interprofessionnel (ACI).\n")
    dates = _dates(_by_key(record)["creuse-et-vallees"])
    assert (dates["letter_of_intent"], dates["launch"], dates["aci_signature"]) == ("2019-03-14", "2020-01-23", "2022-02-08")


def test_et_du_opens_the_last_item_of_a_list_of_names(record_of):
    record = record_of("La CPTS Bocage Ornais a signé son ACI. Cinquième CPTS de l'Orne, après celles du Pays d'Alençon, "
                       "du Perche ornais et du Pays de Flers, elle achève la couverture du département.\n")
    assert sorted(_by_key(record)) == ["bocage-ornais", "pays-d-alencon", "pays-de-flers", "perche-ornais"]


def test_a_commune_written_with_spaces_and_an_elided_article(record_of):
    record = record_of("La CPTS Andaine Bocage a été officiellement lancée le 13 novembre 2023 à Bagnoles de l'Orne "
                       "Normandie.\n")
    assert _by_key(record)["andaine-bocage"]["launch_place"]["insee"] == "61483"


def _area_codes(cpts: dict) -> list[tuple]:
    return [(a["code"], a["extent"]) for a in cpts["territory"]["areas"]]


def test_an_interview_s_answer_names_the_territory_its_question_asks_for(record_of):
    record = record_of("La CPTS Seille Sud a signé son accord.\nSaulnois Mag : Quel est votre territoire ?\n"
                       "A.-S. K. : Toute la communauté de communes du Saulnois, sauf Albestroff et Insming.\n")
    assert _area_codes(_by_key(record)["seille-sud"]) == [("245701206", "full")]


def test_celle_du_standing_for_a_type_word_and_not_for_a_cpts(record_of):
    record = record_of("La CPTS Oise Picarde est lancée. Troisième CPTS de l'Oise, après la CPTS du Beauvaisis et la CPTS "
                       "Compiègne-Noyon, elle couvre l'intégralité de deux communautés de communes, celle du Clermontois "
                       "et celle du Plateau picard : 70 communes.\n")
    cpts = _by_key(record)
    assert _area_codes(cpts["oise-picarde"]) == [("246000376", "full"), ("246000566", "full")]
    assert cpts["compiegne-noyon"]["territory"]["areas"] == [] and cpts["beauvaisis"]["territory"]["areas"] == []
    record = record_of("La CPTS du Clermontois travaille avec la CPTS du Vexin et celle du Beauvaisis.\n")
    assert all(c["territory"]["areas"] == [] for c in record["cpts"])


def test_the_north_of_a_department_is_not_the_nord(record_of):
    record = record_of("La CPTS du Pays de Landerneau a tenu son assemblée. Nous regardons ce que fait la CPTS des Abers, "
                       "dans le Nord-Finistère, sur les soins non programmés.\n")
    assert "59" not in _by_key(record)["abers"]["departments"]


def test_a_magazine_s_issue_line_between_bullets_dates_the_page(record_of):
    record = record_of("CAUVALDOR MAG\nN° 27 • Octobre 2024\n\nSanté : la CPTS du Haut Quercy a signé son ACI.\n")
    assert record["document"]["published"]["value"] == "2024-10"


def test_a_board_laid_out_with_dotted_leaders(record_of):
    record = record_of("La CPTS Luberon Sud est une association.\n\nLe bureau\nPrésidente ........................ Dr Hélène "
                       "Ricaud, médecin généraliste\nVice-président .................... Mathieu Orsini, pharmacien\n"
                       "Trésorière ........................ Camille Bressand, infirmière libérale\n")
    assert [(p["name"], p["role"]) for p in _by_key(record)["luberon-sud"]["people"]] == [
        ("Hélène Ricaud", "présidente"), ("Mathieu Orsini", "vice-président"), ("Camille Bressand", "trésorière")]


def test_members_beside_the_professionals_they_are_counted_out_of(record_of):
    record = record_of("La CPTS Haut Quercy rassemble aujourd'hui une centaine d'adhérents, sur les quelque 160 "
                       "professionnels de santé libéraux qui exercent dans la moitié ouest de Cauvaldor.\n")
    assert _value(_by_key(record)["haut-quercy"], "professionals_count") == 100


def test_residents_on_a_line_of_key_figures(record_of):
    record = record_of("The CPTS Riviera signed its ACI.\nKey figures\n• 15 municipalities\n"
                       "• About 72,000 permanent residents (INSEE)\n")
    assert _value(_by_key(record)["riviera"], "population") == 72000
