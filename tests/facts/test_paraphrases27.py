"""Readings of the twenty-third round, each on invented sentences: a name that joins a second place with "et de"
after a place introduced with an elided "d'" ("la CPTS des Pays d'Olmes et de Mirepoix"); a box of key figures
flattened to one cell per line, whose labels stand over their figures, where a label of none of the pipeline's kinds
("Professionnels de santé libéraux installés") keeps its figure from taking the next line's label ("Adhérents"); a
total said after its figure ("21 communes au total"), after a colon that ends its parts ("... et les trois communes
d'ECLA : 57 communes") or in a box of key figures ("Communes     49") wins over a part; an association that English
words say was set up or became one dates the statutes ("Our association was set up in April 2021"); a signature said
to be the birth ("Cette signature acte la naissance de la CPTS") dates the launch; in a text about several CPTS, a
line that opens on one's bare name before a colon heads the part about it ("Lérins-Siagne : 8 communes ..."); the total
row of a table of one CPTS's intercommunalities is that CPTS's; memberships counted ("52 adhésions") are members; a
CPTS whose example was followed ("ce qu'avait fait la CPTS X") is a model, not a subject; two ranks joined by "et"
("respectivement les cinquième et sixième CPTS") are two, and "the department's seventh" is a rank; a basin's
lower-case word goes on with the name ("Bassin minier", "Bassin houiller", as "Bassin de vie")."""
from __future__ import annotations

from tests.records import by_key as _by_key, dates_of as _dates, value_of as _value

COUNTS = ("communes_count", "population", "professionals_count")


def test_a_second_place_after_an_elided_de(record_of):
    text = "La CPTS des Pays d'Olmes et de Mirepoix a tenu son assemblée constitutive. Elle couvre 36 communes.\n"
    assert _value(_by_key(record_of(text))["pays-d-olmes-et-de-mirepoix"], "communes_count") == 36


def test_a_person_after_et_de_still_ends_the_name(record_of):
    text = "La CPTS du Pays d'Olmes et de Marie Roux, sa présidente, couvre 24 communes.\n"
    assert list(_by_key(record_of(text))) == ["pays-d-olmes"]


def test_a_label_of_no_kind_over_its_figure_in_a_column_of_cells(record_of):
    text = ("La CPTS de la Vallée Test rassemble les soignants du sud de l'Indre.\n\n"
            "Le territoire en chiffres\n\nCommunes\n41\nHabitants\n24 477\n"
            "Professionnels de santé libéraux installés\n212\nAdhérents de la CPTS\n68\n"
            "Part des patients sans médecin traitant\n11,4 %\n")
    cpts = _by_key(record_of(text))["vallee-test"]
    assert [_value(cpts, field) for field in COUNTS] == [41, 24477, 68]


def test_figures_over_their_labels_under_a_heading_stay_read(record_of):
    # guard: the column begins with its heading and ends on a long label, each label under its figure
    text = ("La CPTS du Val Test a été créée en 2021.\n\nLe territoire en chiffres\n27\ncommunes\n20 536\n"
            "habitants (population municipale Insee)\n74\nprofessionnels de santé adhérents\n11\n"
            "structures adhérentes (EHPAD, SSIAD, centre hospitalier, MSP)\n\nNos actions\n")
    cpts = _by_key(record_of(text))["val-test"]
    assert [_value(cpts, field) for field in COUNTS + ("structures_count",)] == [27, 20536, 74, 11]


def test_a_total_said_after_its_figure_wins_over_a_part(record_of):
    text = ("La CPTS du Val Test rassemble les soignants.\n\nNotre territoire épouse celui de la communauté de communes "
            "du Sartenais Valinco Taravo, complété par trois communes de la Pieve de l'Ornano et du Taravo : "
            "Serra-di-Ferro, Cognocoli-Monticchi et Pila-Canale. 21 communes au total, pour environ 13 700 habitants.\n")
    assert _value(_by_key(record_of(text))["val-test"], "communes_count") == 21


def test_a_count_after_a_colon_sums_the_parts_before_it(record_of):
    text = ("La CPTS du Val Test rassemble les soignants.\n\nLes 54 communes de la communauté de communes Bresse Haute "
            "Seille et les trois communes d'ECLA : 57 communes et 24 000 habitants.\n")
    assert _value(_by_key(record_of(text))["val-test"], "communes_count") == 57


def test_became_an_association_dates_the_launch_and_the_statutes(record_of):
    text = ("The CPTS Tardoire Test signed its ACI on Tuesday, May 7, 2024. \"We officially became an association in "
            "January 2022, and it took us two years to write the health project,\" says its chair.\n")
    dates = _dates(_by_key(record_of(text))["tardoire-test"])
    assert (dates["launch"], dates["statutes"]) == ("2022-01", "2022-01")


def test_an_association_set_up_dates_the_statutes(record_of):
    text = ("Welcome to the CPTS Côte Test. Our association was set up in April 2021 by a handful of GPs and nurses. "
            "On February 28th, 2022, we signed our ACI.\n")
    assert _dates(_by_key(record_of(text))["cote-test"])["statutes"] == "2021-04"


def test_a_signature_said_to_be_the_birth_dates_the_launch(record_of):
    text = ("L'ARS et la CPAM ont signé le jeudi 30 janvier 2025, à Gorron, l'accord conventionnel interprofessionnel "
            "(ACI) de la CPTS Ernée Test. Cette signature acte la naissance de la septième CPTS mayennaise.\n")
    dates = _dates(_by_key(record_of(text))["ernee-test"])
    assert (dates["launch"], dates["aci_signature"]) == ("2025-01-30", "2025-01-30")


def test_a_box_of_key_figures_gives_the_total_over_a_part(record_of):
    text = ("La CPTS du Bocage Test rassemble les soignants du nord-ouest de l'Orne. Son périmètre :\n"
            "– Flers Agglo dans son intégralité (42 communes) ;\n"
            "– les sept communes du secteur de Tinchebray, au nord de Domfront Tinchebray Interco.\n\n"
            "Le territoire en chiffres\n"
            "Communes                                        49\n"
            "Adhérents de la CPTS                            104\n")
    assert _value(_by_key(record_of(text))["bocage-test"], "communes_count") == 49


def test_a_breakdown_after_a_wrapped_line_is_no_box(record_of):
    # guard: "adhérents :" opens its line only because the sentence wraps there
    text = ("La CPTS du Val Test a signé son ACI le 8 décembre 2021. Elle rassemble aujourd'hui 96 professionnels de santé\n"
            "adhérents : 21 médecins généralistes, 38 infirmiers, 14 pharmaciens et 23 autres.\n")
    assert _value(_by_key(record_of(text))["val-test"], "professionals_count") == 96


def test_bare_names_head_their_parts_of_a_release_about_two(record_of):
    text = ("Nice, le 28 juin 2024\n\nL'ARS et la CPAM ont signé jeudi 27 juin les ACI de deux CPTS : la CPTS Lérins Test, "
            "à l'ouest du département, et la CPTS Menton Riviera Test, à l'est.\n\n"
            "Lérins Test : 8 communes et plus de 176 000 habitants\n"
            "Le territoire réunit huit communes. 212 professionnels de santé y ont déjà adhéré.\n\n"
            "Menton Riviera Test : tout le territoire de la CARF\n"
            "La seconde CPTS couvre 15 communes, du littoral aux vallées : près de 72 000 habitants au total. "
            "Elle est présidée par le Dr Hélène Gastaud, pharmacienne.\n")
    record = _by_key(record_of(text))
    assert [_value(record["lerins-test"], field) for field in COUNTS] == [8, 176000, 212]
    assert [_value(record["menton-riviera-test"], field) for field in ("communes_count", "population")] == [15, 72000]
    assert [p["name"] for p in record["menton-riviera-test"]["people"]] == ["Hélène Gastaud"]


def test_the_total_row_of_a_table_of_its_intercommunalities(record_of):
    text = ("CPTS Sabarthès Test\n\nLe périmètre de la CPTS reprend celui de deux intercommunalités.\n\n"
            "Répartition par intercommunalité\nIntercommunalité\nCommunes\nHabitants\n"
            "CC du Pays de Tarascon\n20\n8 633\nCC de la Haute Ariège (hors Donezan)\n44\n6 695\n"
            "Total CPTS\n64\n15 328\n\nSoit près de 10 % de la population ariégeoise.\n")
    cpts = _by_key(record_of(text))["sabarthes-test"]
    assert [_value(cpts, field) for field in ("communes_count", "population")] == [64, 15328]


def test_memberships_counted_are_the_members(record_of):
    text = ("La CPTS des Sucs Test est née mardi soir. « Nous avons enregistré 52 adhésions dès ce soir, sur les quelque "
            "160 soignants libéraux du secteur. »\n")
    assert _value(_by_key(record_of(text))["sucs-test"], "professionals_count") == 52


def test_a_cpts_whose_example_was_followed_is_a_model(record_of):
    text = ("Les soignants ont donné naissance mardi soir à la CPTS Haute-Saône Test. « On a regardé ce qu'avait fait "
            "la CPTS des Deux Vallées Test, lancée à Lure en 2021, et on s'est dit qu'on pouvait le faire aussi. » "
            "58 professionnels ont rempli leur bulletin d'adhésion.\n")
    record = _by_key(record_of(text))
    assert (record["haute-saone-test"]["role"], record["deux-vallees-test"]["role"]) == ("subject", "mentioned")


def test_two_ranks_said_respectively(record_of):
    text = ("L'ARS a signé l'ACI de deux CPTS : la CPTS du Rethélois Test et la CPTS Meuse Test. Elles deviennent "
            "respectivement les cinquième et sixième CPTS du département des Ardennes.\n")
    record = _by_key(record_of(text))
    assert (_value(record["rethelois-test"], "rank_in_department"), _value(record["meuse-test"], "rank_in_department")) == (5, 6)


def test_the_departments_ordinal_with_the_cpts_understood(record_of):
    text = ("The CPTS Tardoire Test signed its ACI on May 7, 2024. The new CPTS is the department's seventh; with it, "
            "Charente is now 85% covered.\n")
    assert _value(_by_key(record_of(text))["tardoire-test"], "rank_in_department") == 7


def test_a_rank_and_an_adjective_joined_by_et(record_of):
    # guard: "la troisième et dernière CPTS" is one rank
    text = "La CPTS Val Test devient la troisième et dernière CPTS du département de l'Ain.\n"
    assert _value(_by_key(record_of(text))["val-test"], "rank_in_department") == 3


def test_a_mining_basin_ends_the_name_in_lower_case(record_of):
    text = "La CPTS Lembron Cézallier Bassin minier veut faciliter la vie des patients. Nous couvrons 37 communes.\n"
    assert _value(_by_key(record_of(text))["lembron-cezallier-bassin-minier"], "communes_count") == 37
