"""Readings of the eighteenth round, each on invented sentences: pages set in columns, tables copied with tabs,
dashed names over wrapped prose, the first person on a CPTS's own page, OCR slips in typed text; verbless territory
lines, intercommunalities in brackets, shared counts, exceptions given to another CPTS; years chosen by a weekday or
by the release, neighbouring communes, shares without a doctor, ranks in apposition, CPTS still setting up."""
from __future__ import annotations

from pipeline.facts.topic import FURNITURE_LINE_RE
from tests.records import areas_of as _areas, by_key as _by_key, dates_of as _dates, value_of as _value


# A release set in two columns and read line by line: its first line holds the label and, far to the right, the
# dateline. The menu pattern used to split that run of spaces in every possible way (exponential time).
TWO_COLUMNS = ("Communiqué de presse" + " " * 34 + "Lille, le 23 novembre 2023\n"
               "CPAM du Hainaut – Service communication\n\n"
               "Signature de l'ACI de la CPTS du Val de Sambre\n\n"
               "La CPTS du Val de Sambre a signé son accord conventionnel interprofessionnel.\n")


def test_a_wide_first_line_is_not_taken_for_a_menu(record_of):
    assert FURNITURE_LINE_RE.match(TWO_COLUMNS) is None or "\n" not in FURNITURE_LINE_RE.match(TWO_COLUMNS).group().strip()
    record = record_of(TWO_COLUMNS)
    assert list(_by_key(record)) == ["val-de-sambre"]
    assert record["document"]["published"]["value"] == "2023-11-23"


def test_menus_are_still_page_furniture():
    for menu in ("Home  News  Health  Contact\n", "  Accueil | Actualités | Presse | Contact\n",
                 "Le réseau\nAccueil  Nos missions  Le territoire  Contact\n"):
        line = FURNITURE_LINE_RE.match(menu)
        assert line is not None and line.end() == len(menu.split("\n")[0]) + 1, menu
    assert FURNITURE_LINE_RE.match("La CPTS du Val  a signé\n") is None


def test_a_day_with_the_releases_year_beats_the_same_year_said_alone(record_of):
    text = ("Dijon, le 9 avril 2025\n\nQuatre CPTS conventionnées au premier trimestre 2025\n\n"
            "Haute-Saône – CPTS du Pays de Lure\nL'accord conventionnel interprofessionnel a été paraphé le 14 février.\n")
    date = _by_key(record_of(text))["pays-de-lure"]["dates"]["aci_signature"]
    assert (date["value"], date.get("year_from")) == ("2025-02-14", "published")


def test_a_stated_date_of_another_year_still_beats_a_borrowed_year(record_of):
    text = ("Dijon, le 9 avril 2025\n\nLa CPTS du Pays de Lure a signé son accord conventionnel interprofessionnel "
            "en novembre 2024. Elle fête ses professionnels le 14 février.\n"
            "L'accord conventionnel interprofessionnel, paraphé le 14 février, finance ses missions.\n")
    assert _dates(_by_key(record_of(text))["pays-de-lure"])["aci_signature"] == "2024-11"


def test_a_sentence_without_a_verb_that_opens_on_the_count_of_communes(record_of):
    text = ("Jura – CPTS Bresse Jurassienne et Revermont\nSignature de l'ACI : 23 janvier 2025\n"
            "Les 75 communes des communautés de communes Bresse Haute Seille et de la Plaine Jurassienne, "
            "soit 28 200 habitants.\n")
    cpts = _by_key(record_of(text))["bresse-jurassienne-et-revermont"]
    assert _value(cpts, "communes_count") == 75
    assert _areas(cpts) == [("200069615", "full", None), ("243901089", "full", None)]


def test_a_box_line_of_the_communes_of_one_intercommunality_is_the_cpts_count(record_of):
    text = "La CPTS du Val de Gray est lancée.\nTerritoire : les 42 communes de la communauté de communes Val de Gray.\n"
    assert _value(_by_key(record_of(text))["val-de-gray"], "communes_count") == 42


def test_a_count_after_the_last_of_several_intercommunalities_is_theirs_together(record_of):
    text = ("La CPTS Entre Loire et Allier est lancée. Son territoire correspond aux communautés de communes "
            "Sud Nivernais, Loire et Allier et du Nivernais Bourbonnais (34 communes, 29 700 habitants).")
    cpts = _by_key(record_of(text))["entre-loire-et-allier"]
    assert _value(cpts, "communes_count") == 34
    assert _areas(cpts) == [("200067700", "full", None), ("245801063", "full", None), ("245804497", "full", None)]


def test_a_count_in_brackets_within_the_last_ones_size_stays_its_own(record_of):
    text = ("La CPTS Entre Loire et Allier est lancée. Son territoire correspond aux communautés de communes "
            "Sud Nivernais et du Nivernais Bourbonnais (9 communes).")
    assert _areas(_by_key(record_of(text))["entre-loire-et-allier"])[-1] == ("245804497", "full", 9)


WRAPPED = ("Depuis un peu plus d'un an, les soignants du Clermontois et d'une partie du\n"
           "Plateau Picard travaillent ensemble au sein de la CPTS Clermontois{dash}\n"
           "Picard. Rencontre avec son président, Benoît Lefebvre, infirmier libéral à\nMouy.\n")


def test_a_dashed_name_goes_on_over_a_line_of_wrapped_prose(record_of):
    assert list(_by_key(record_of(WRAPPED.format(dash=" – Plateau")))) == ["clermontois-plateau-picard"]


def test_a_dashed_name_goes_on_after_a_line_break_at_its_dash(record_of):
    record = record_of("Depuis un an, les soignants du Clermontois travaillent ensemble au sein de la CPTS Clermontois –\n"
                       "Plateau Picard. Rencontre avec son président, Benoît Lefebvre, infirmier libéral à Mouy.\n")
    assert [(c["key"], c["name"]) for c in record["cpts"]] == [("clermontois-plateau-picard", "CPTS Clermontois – Plateau Picard")]


def test_a_heading_after_a_dash_at_a_line_end_is_not_part_of_the_name(record_of):
    record = record_of("La CPTS du Clermontois –\nSignature de l'accord conventionnel\n\nLa CPTS du Clermontois a signé son ACI.\n")
    assert list(_by_key(record)) == ["clermontois"]


SITE_PAGE = ("CPTS Sioule et Limagne bourbonnaise\nAccueil | Qui sommes-nous ? | Notre territoire | Contact\n\n"
             "Les dates clés\n8 juillet 2021 – Signature de notre accord conventionnel interprofessionnel\n"
             "Janvier 2024 – Avec la signature de la CPTS du Bocage bourbonnais, l'Allier est couvert en entier.\n\n"
             "Notre territoire\nNotre CPTS couvre 65 communes et environ 41 300 habitants.\n\n"
             "Nos voisines : la CPTS du Bassin vichyssois à l'est, la CPTS Riom Limagne Volcans au sud.\n")


def test_on_a_cpts_own_page_notre_cpts_is_the_page_s_own(record_of):
    own = _by_key(record_of(SITE_PAGE))["sioule-et-limagne-bourbonnaise"]
    assert (_value(own, "communes_count"), _value(own, "population")) == (65, 41300)


NORD_MEUSIEN = ("Avec le Nord meusien, le département est désormais « 100 % CPTS »\n\n"
                "La CPTS du Nord meusien a vu le jour lundi à Stenay. Son territoire est immense et peu peuplé : "
                "trois communautés de communes (Pays de Stenay et du Val Dunois, Pays de Montmédy, Damvillers Spincourt), "
                "107 communes pour quelque 24 300 habitants.\n\nAvec cette signature, le département est entièrement couvert. "
                "« Tous les Meusiens vivent désormais sur le territoire d'une CPTS », se félicite le directeur de la CPAM de la Meuse.\n")


def test_intercommunalities_named_in_brackets_after_their_plural_type(record_of):
    cpts = _by_key(record_of(NORD_MEUSIEN))["nord-meusien"]
    assert _areas(cpts) == [("200066132", "full", None), ("245501259", "full", None), ("200066173", "full", None)]


def test_the_nord_of_a_demonym_is_not_the_department(record_of):
    record = record_of(NORD_MEUSIEN)
    assert [c["department"] for c in record["department_coverage"]] == ["55"]
    assert _by_key(record)["nord-meusien"]["departments"] == ["55"]


def test_a_cpts_that_is_setting_itself_up_is_only_mentioned(record_of):
    text = ("Depuis deux ans, les soignants du territoire se retrouvent au sein de la CPTS Cœur de Cognaçais.\n\n"
            "Et au-delà de l'agglo ?\nAu nord du département, la CPTS Nord Charente se structure à son tour.\n\n"
            "Pour la présidente de la CPTS, le Dr Laure Fougère, médecin généraliste à Jarnac, l'urgence est claire.\n")
    cpts = _by_key(record_of(text))
    assert cpts["nord-charente"]["role"] == "mentioned"
    assert [p["name"] for p in cpts["coeur-de-cognacais"]["people"]] == ["Laure Fougère"]


def test_communes_in_brackets_that_joined_another_cpts_are_left_out(record_of):
    text = ("La CPTS Loir et Perche Vendômois couvre la communauté d'agglomération Territoires Vendômois "
            "(Selommes et Villemardy ont rejoint la CPTS du Blésois Nord).")
    cpts = _by_key(record_of(text))
    area = cpts["loir-et-perche-vendomois"]["territory"]["areas"][0]
    assert (area["extent"], [c["insee"] for c in area["except"]], area["listed"]) == ("full", ["41243", "41283"], [])
    assert [c["insee"] for c in cpts["blesois-nord"]["territory"]["communes"]] == ["41243", "41283"]


def _percentages(cpts: dict) -> list[tuple]:
    return [(p["value"], p["kind"]) for p in cpts["percentages"]]


def test_they_are_so_many_that_is_a_share_without_a_doctor(record_of):
    text = ("La CPTS Helpe et Fagne a été lancée. Depuis l'an dernier, un numéro unique oriente les patients sans médecin "
            "traitant. Ils sont près de 7 700 sur le territoire, soit 18 % de la population.")
    assert _percentages(_by_key(record_of(text))["helpe-et-fagne"]) == [(18, "population_without_gp")]


def test_patients_who_no_longer_have_one_answer_a_question_on_doctors(record_of):
    text = ("La CPTS des Vallées d'Auge a été lancée.\nV. I. : Et pour les habitants sans médecin traitant ?\n"
            "S. L. : C'est notre priorité : près de 18 % des patients du territoire n'en ont plus.\n")
    assert _percentages(_by_key(record_of(text))["vallees-d-auge"]) == [(18, "population_without_gp")]


def test_a_box_line_s_share_is_read_in_its_line_only(record_of):
    text = ("La CPTS Vimeu Santé a été lancée.\n\nCE QU'IL FAUT RETENIR\n"
            "> Population : environ 25 400 habitants, soit près de 5 % de la population de la Somme\n"
            "> Priorités : médecin traitant pour les patients fragiles, soins non programmés\n")
    assert _percentages(_by_key(record_of(text))["vimeu-sante"]) == [(5, "share_of_department_population")]


def test_neighbouring_communes_added_to_an_area_are_not_the_total(record_of):
    text = ("La CPTS Olmes et Hers est lancée. Le périmètre retenu englobe les 24 communes de la communauté de communes "
            "du Pays d'Olmes et six communes voisines du Pays de Mirepoix. Soit trente communes et quelque 20 000 habitants.")
    assert _value(_by_key(record_of(text))["olmes-et-hers"], "communes_count") == 30


def test_a_capital_i_for_a_small_l_and_a_letter_o_in_a_number_are_mended():
    from pipeline.text.repair import repair_text
    text = repair_text("Ia CPTS, présidée par le Dr Sophie MarchaI, a déposé ses statuts en novembre 2O21 "
                       "pour 12O 000 habitants. Ie projet avance.").text
    assert text == ("la CPTS, présidée par le Dr Sophie Marchal, a déposé ses statuts en novembre 2021 "
                    "pour 120 000 habitants. le projet avance.")


def test_words_and_codes_that_hold_such_letters_stay():
    from pipeline.text.repair import repair_text
    text = "Ian McIntosh boit du H2O au CHU 2 Olympe ; Ia est en anglais ici."
    assert repair_text(text, "en").text == text
    assert repair_text("Ian McIntosh, H2O, iPhone, PDF.", "fr").text == "Ian McIntosh, H2O, iPhone, PDF."


def test_a_year_with_a_letter_o_is_read(record_of):
    text = "La CPTS Seine et Terrasses a signé son accord conventionnel interprofessionnel le 4 juillet 2O23.\n"
    assert _dates(_by_key(record_of(text))["seine-et-terrasses"])["aci_signature"] == "2023-07-04"


def _except(cpts: dict) -> list[list[str]]:
    return [[c["insee"] for c in a["except"]] for a in cpts["territory"]["areas"]]


def test_communes_that_chose_to_join_another_cpts_are_its_own(record_of):
    text = ("La CPTS des Monédières couvre la communauté de communes Vézère-Monédières-Millesources (20 communes), sauf "
            "Tarnac et Toy-Viam, qui ont fait le choix de rejoindre la CPTS du Plateau de Millevaches.")
    cpts = _by_key(record_of(text))
    assert _except(cpts["monedieres"]) == [["19265", "19268"]]
    assert [c["insee"] for c in cpts["plateau-de-millevaches"]["territory"]["communes"]] == ["19265", "19268"]


def test_an_exception_named_as_a_town(record_of):
    text = ("La CPTS du Grand Ajaccio couvre la communauté d'agglomération du Pays Ajaccien (CAPA), "
            "à l'exception de la ville d'Ajaccio.")
    assert _except(_by_key(record_of(text))["grand-ajaccio"]) == [["2A004"]]


def test_a_name_at_a_line_end_stops_before_a_sentence_on_the_next_line(record_of):
    text = ("Tarnac et Toy-Viam ont fait le choix de rejoindre la CPTS du Plateau de Millevaches\n"
            "Soit 30 communes et près de 16 000 habitants.\n\n"
            "Médecin généraliste | Président de la CPTS Vesoul Val de Saône\nBienvenue dans la famille des CPTS !\n")
    assert set(_by_key(record_of(text))) == {"plateau-de-millevaches", "vesoul-val-de-saone"}


def test_a_name_still_goes_on_over_a_line_break_before_its_place(record_of):
    text = ("Depuis un peu plus d'un an, les soignants du territoire travaillent ensemble au sein de la CPTS du\n"
            "Pays d'Uzerche. Rencontre avec son président, Benoît Lefebvre, infirmier libéral à Uzerche et au-delà.\n")
    assert list(_by_key(record_of(text))) == ["pays-d-uzerche"]


def test_a_corsican_name_joined_by_e(record_of):
    assert list(_by_key(record_of("La CPTS Castagniccia Mare e Monti a signé son accord."))) == ["castagniccia-mare-e-monti"]


def test_a_table_copied_with_tabs_is_read_by_its_columns(record_of):
    text = ("Les CPTS du Jura\n\nLa CPTS du Pays Dolois a ouvert la voie.\n\n"
            "CPTS\tIntercommunalités\tCommunes\tHabitants\tACI\n"
            "CPTS du Pays Dolois\tCA du Grand Dole, CC Jura Nord\t79\t66 500\tjuin 2021\n"
            "CPTS Lons Bresse Revermont\tECLA, CC Bresse Haute Seille\t107\t63 700\t12/10/2022\n")
    cpts = _by_key(record_of(text))
    assert [(_value(cpts[k], "communes_count"), _value(cpts[k], "population"))
            for k in ("pays-dolois", "lons-bresse-revermont")] == [(79, 66500), (107, 63700)]


def test_a_weekday_chooses_the_year_of_a_day_without_one(record_of):
    text = ("Publié le 14/03/2023 à 05:12\n\nNée en septembre 2021, la CPTS Cérou-Viaur a paraphé jeudi 9 mars, dans les "
            "locaux de la CPAM, son accord conventionnel interprofessionnel.\n")
    assert _dates(_by_key(record_of(text))["cerou-viaur"])["aci_signature"] == "2023-03-09"


def test_this_year_is_the_releases(record_of):
    text = ("Published 4 April 2025\n\nThe CPTS Vallée du Dropt formally came into being in October 2022, and on "
            "February 28 this year it signed its funding agreement (known as the ACI).\n")
    assert _dates(_by_key(record_of(text))["vallee-du-dropt"])["aci_signature"] == "2025-02-28"


def test_a_day_without_a_weekday_still_takes_its_sentences_year(record_of):
    text = ("Publié le 14/03/2023\n\nCréée le 3 mars 2022, la CPTS du Val a signé le 9 mars son accord conventionnel "
            "interprofessionnel.\n")
    assert _dates(_by_key(record_of(text))["val"])["aci_signature"] == "2022-03-09"


def test_a_rank_in_apposition_to_the_cpts(record_of):
    text = ("Strasbourg, le 3 octobre 2023. Cette signature marque le lancement officiel de la CPTS de l'Outre-Forêt, "
            "onzième du genre dans le département du Bas-Rhin.")
    assert _by_key(record_of(text))["outre-foret"]["rank_in_department"]["value"] == 11
