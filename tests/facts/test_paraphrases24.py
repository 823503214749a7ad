"""Readings of the twentieth round, each on invented sentences: an approximation ("quasiment", "presque") that an
exception after the first of several intercommunalities accounts for; a duty sector's communes and places beyond the
project's own; a share of a department far past the CPTS's own people; the count of a named area's part; tables aligned
by two spaces with numbered rows, and a date cell that names its event."""
from __future__ import annotations

from tests.records import areas_of as _areas, by_key as _by_key, communes_of as _communes, dates_of as _dates, value_of as _value

LUNEL, PIC_SAINT_LOUP = "243400520", "200022986"  # CC du Pays de Lunel, CC du Grand Pic Saint-Loup


def test_an_approximation_explained_by_the_first_areas_exception_leaves_the_next_whole(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire correspond presque à celui de deux "
            "communautés de communes : celle du Pays de Lunel (sauf les communes rattachées à la maison de santé de "
            "Lansargues) et celle du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "partial", None)]


def test_an_approximation_with_no_exception_leaves_every_area_partial(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire correspond presque à celui de deux "
            "communautés de communes : celle du Pays de Lunel et celle du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "partial", None), (LUNEL, "partial", None)]


def test_an_exception_after_a_word_of_part_does_not_make_the_next_area_whole(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre une partie de deux communautés de "
            "communes : celle du Pays de Lunel (sauf Lansargues) et celle du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "partial", None), (LUNEL, "partial", None)]


def test_the_communes_a_duty_sector_covers_are_not_the_cpts_perimeter(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Pour information, il s'agit du secteur de gardes "
            "« Lunel-Vendargues » qui couvre Campagne, Garrigues, Saint-Hilaire-de-Beauvoir et Saint-Jean-de-Cornies.\n")
    assert _communes(_by_key(record_of(text))["pays-de-lunel"]) == []


def test_places_beyond_the_communes_of_the_project_are_outside(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle réunit les professionnels de 15 communes. "
            "La permanence des soins s'étend aux quinze communes du projet ainsi que Campagne, Garrigues et "
            "Saint-Jean-de-Cornies.\n")
    assert _communes(_by_key(record_of(text))["pays-de-lunel"]) == []


def test_a_list_after_the_cpts_covering_verb_is_still_its_own(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre Campagne, Garrigues et "
            "Saint-Jean-de-Cornies.\n")
    assert _communes(_by_key(record_of(text))["pays-de-lunel"]) == ["Campagne", "Garrigues", "Saint-Jean-de-Cornies"]


def _shares(cpts: dict) -> list[tuple]:
    return [(p["value"], p["kind"]) for p in cpts["percentages"]]


def _coverage(record: dict) -> list[tuple]:
    return [(c["department"], c["percent"]) for c in record["department_coverage"]]


def test_a_share_of_the_department_far_past_the_cpts_people_is_the_departments_coverage(record_of):
    record = record_of("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Environ 12 000 habitants sont concernés "
                       "par la démarche. Au total, on arrive à 60 % de la population de l'Hérault.\n")
    assert _shares(_by_key(record)["pays-de-lunel"]) == []
    assert _coverage(record) == [("34", 60)]


def test_a_share_of_the_department_its_people_make_up_stays_the_cpts(record_of):
    record = record_of("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre 50 000 habitants, soit 4 % "
                       "de la population de l'Hérault.\n")
    assert _shares(_by_key(record)["pays-de-lunel"]) == [(4, "share_of_department_population")]
    assert _coverage(record) == []


def _named_areas(cpts: dict) -> list[tuple]:
    return [(a["name"], a["extent"], a["communes_count"] and a["communes_count"]["value"]) for a in cpts["territory"]["areas"]]


def test_the_count_of_communes_of_a_named_country_is_that_parts_count(record_of):
    cpts = _by_key(record_of("La CPTS du Grand Lunel a été lancée en 2022. Elle intègre déjà 20 communes du Douaisis, "
                             "et bientôt une 21e.\n"))["grand-lunel"]
    assert _named_areas(cpts) == [("Douaisis", "partial", 20)]


def test_communes_listed_after_a_count_leave_the_area_without_one(record_of):
    cpts = _by_key(record_of("La CPTS du Grand Lunel a été lancée en 2022. Elle regroupe 3 communes du Douaisis "
                             "(Douai, Sin-le-Noble et Waziers).\n"))["grand-lunel"]
    assert [count for _, _, count in _named_areas(cpts)] == [None] * len(_named_areas(cpts))


def test_a_quarter_of_a_department_is_not_an_area(record_of):
    cpts = _by_key(record_of("La CPTS Boucle de Lunel, présente sur 9 communes du Nord-Ouest des Yvelines, a été "
                             "lancée en 2022.\n"))["boucle-de-lunel"]
    assert _named_areas(cpts) == []


SPACED_TABLE = ("Les CPTS de Savoie au 1er juillet 2024\n\n"
                "N°  CPTS  Intercommunalités  Communes  Habitants\n"
                "1  CPTS Grand Lac – Aix-les-Bains  CA Grand Lac  28  80 560\n"
                "2  CPTS Cœur de Savoie  CC Cœur de Savoie  43  47 800\n"
                "3  CPTS de l'Avant-Pays Savoyard  CC de Yenne, CC Val Guiers  34  26 400\n")


def test_a_table_aligned_by_two_spaces_ends_each_name_at_its_cell(record_of):
    assert sorted(_by_key(record_of(SPACED_TABLE))) == ["avant-pays-savoyard", "coeur-de-savoie", "grand-lac-aix-les-bains"]


def test_a_numbered_rows_figures_go_to_the_cpts_its_name_cell_names(record_of):
    cpts = _by_key(record_of(SPACED_TABLE))
    assert [(_value(cpts[key], "communes_count"), _value(cpts[key], "population"))
            for key in ("grand-lac-aix-les-bains", "coeur-de-savoie", "avant-pays-savoyard")] == [(28, 80560), (43, 47800), (34, 26400)]


def test_a_date_cell_says_its_event_itself(record_of):
    text = ("Les CPTS de Savoie\n\nCPTS | Communes | Habitants | Statut\n"
            "CPTS Grand Chambéry | 38 | 142 400 | ACI signé le 12/05/2021\n"
            "CPTS Arlysère | 39 | 62 250 | lettre d'intention validée le 03/02/2024\n")
    cpts = _by_key(record_of(text))
    assert (_dates(cpts["grand-chambery"]), _dates(cpts["arlysere"])) == (
        {"aci_signature": "2021-05-12"}, {"letter_of_intent": "2024-02-03"})


def test_a_name_of_three_parts_joined_by_dashes_at_the_end_of_a_sentence(record_of):
    text = ("Les professionnels, l'ARS et la CPAM du Jura ont signé le mardi 18 juin 2024 les contrats de deux nouvelles "
            "CPTS : la CPTS Dole Val d'Amour et la CPTS Lons – Bresse – Vignoble.\n")
    assert sorted(_by_key(record_of(text))) == ["dole-val-d-amour", "lons-bresse-vignoble"]


def test_a_name_of_three_parts_before_a_verb_and_a_comma(record_of):
    text = "La CPTS Lons – Bresse – Vignoble a, quant à elle, fait du maintien à domicile sa priorité.\n"
    assert list(_by_key(record_of(text))) == ["lons-bresse-vignoble"]


def test_a_name_of_three_parts_filling_a_tables_cell(record_of):
    text = ("CPTS | Territoire | Habitants | Communes\n"
            "CPTS Lons – Bresse – Vignoble | ECLA et nord de la CC Bresse Haute Seille | environ 46 000 | 57\n")
    cpts = _by_key(record_of(text))
    assert list(cpts) == ["lons-bresse-vignoble"] and _value(cpts["lons-bresse-vignoble"], "communes_count") == 57


def test_a_heading_with_a_newspapers_name_after_a_dash_keeps_the_name_alone(record_of):
    assert list(_by_key(record_of("La CPTS Val Fleuri – Mont Noir – Ouest-France\n\nElle a été lancée le 3 mai 2024.\n"))) == ["val-fleuri"]


def _roles(record: dict) -> dict[str, str]:
    return {key: cpts["role"] for key, cpts in _by_key(record).items()}


OWN_PAGE = ("CPTS Val de Sioule\nAccueil | Qui sommes-nous ? | Notre territoire | Contact\n\nNotre histoire\n\n"
            "Les dates clés\n11 février 2020 – Validation de notre lettre d'intention par l'ARS\n"
            "2 juin 2020 – Assemblée générale constitutive, à la salle des fêtes de Gannat\n"
            "Janvier 2024 – Avec la signature de la CPTS du Bocage bourbonnais, l'Allier est couvert\n\n"
            "Notre CPTS couvre 65 communes.\n\nNos voisines : la CPTS du Bassin vichyssois à l'est, la CPTS du Bocage "
            "bourbonnais au nord.\n\n© CPTS Val de Sioule – Mentions légales\n")


def test_a_cpts_own_page_is_about_itself_alone(record_of):
    assert _roles(record_of(OWN_PAGE)) == {
        "val-de-sioule": "subject", "bocage-bourbonnais": "mentioned", "bassin-vichyssois": "mentioned"}


def test_each_line_of_a_timeline_is_a_sentence_of_its_own(record_of):
    cpts = _by_key(record_of(OWN_PAGE))
    assert _dates(cpts["val-de-sioule"]) == {"letter_of_intent": "2020-02-11", "launch": "2020-06-02", "statutes": "2020-06-02"}
    assert _dates(cpts["bocage-bourbonnais"]) == {}


def test_a_founding_assembly_gives_the_launch_place_of_a_text_that_tells_no_launch(record_of):
    place = _by_key(record_of(OWN_PAGE))["val-de-sioule"]["launch_place"]
    assert (place["name"], place["insee"]) == ("Gannat", "03118")


def test_one_name_of_three_places_joined_by_commas_and_et(record_of):
    text = ("Médecin à Vailly-sur-Sauldre, la docteure Pascale Texier préside la CPTS Loire, Sauldre et Pays Fort. "
            "Quatre ans après sa création, elle dresse un bilan.\n")
    assert list(_by_key(record_of(text))) == ["loire-sauldre-et-pays-fort"]


def test_a_cpts_then_the_ars_and_the_cpam_are_not_one_name(record_of):
    assert list(_by_key(record_of("La CPTS Val Fleuri, ARS et CPAM ont signé le contrat le 3 mai 2024.\n"))) == ["val-fleuri"]


def test_plural_head_before_names_joined_by_commas_names_each(record_of):
    assert sorted(_by_key(record_of("Les CPTS Loire, Sauldre et Pays Fort ont signé le 3 mai 2024.\n"))) == [
        "loire", "pays-fort", "sauldre"]


FAQ_PAGE = ("CPTS Val de Salers\nAccueil > Questions fréquentes\n\nFAQ – Vos questions, nos réponses\n\n"
            "+ Ma commune n'apparaît pas, est-ce normal ?\nÀ Aurillac, vous dépendez de la CPTS du Bassin Aurillacois. "
            "Nos deux CPTS échangent régulièrement.\n\n+ Depuis quand la CPTS existe-t-elle ?\nL'accord conventionnel "
            "interprofessionnel a été signé le 5 juillet 2023 : nous sommes la troisième CPTS du Cantal à franchir ce cap, "
            "après celle du Bassin Aurillacois et celle de Saint-Flour.\n")


def test_a_page_that_speaks_in_the_first_person_under_its_cpts_name_is_about_it(record_of):
    assert _roles(record_of(FAQ_PAGE)) == {
        "val-de-salers": "subject", "bassin-aurillacois": "mentioned", "saint-flour": "mentioned"}
    text = ("CPTS Val de Salers\nAccueil > Actualités\n\nNous couvrons 38 communes du nord du Cantal. La CPTS du Bassin "
            "Aurillacois a signé son accord le 3 mars 2022 ; la CPTS du Bassin Aurillacois réunit 200 professionnels. "
            "Nous échangeons souvent avec elle.\n")
    assert _roles(record_of(text)) == {
        "val-de-salers": "subject", "bassin-aurillacois": "mentioned"}


def test_a_date_is_not_that_of_the_cpts_named_after_it_as_forerunners(record_of):
    cpts = _by_key(record_of(FAQ_PAGE))
    assert [_dates(cpts[key]) for key in ("val-de-salers", "bassin-aurillacois", "saint-flour")] == [
        {"aci_signature": "2023-07-05"}, {}, {}]
