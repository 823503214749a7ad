"""Readings of the nineteenth round, each on invented sentences: intercommunalities given "d'une part ... d'autre
part", each "pour la partie sud" of the CPTS, or after an aside that names another CPTS; communes of one
intercommunality placed "au nord du territoire"; roles "du dispositif" and "à la tête du CPTS"; a CPTS named by
"celle du Y" after a rank written out in full; tables copied a cell per line."""
from __future__ import annotations

from tests.records import areas_of as _areas, by_key as _by_key, value_of as _value

LUNEL, PIC_SAINT_LOUP = "243400520", "200022986"  # CC du Pays de Lunel, CC du Grand Pic Saint-Loup


def test_two_intercommunalities_given_on_the_one_hand_and_on_the_other(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire correspond à celui de deux communautés "
            "de communes : d'une part, celle du Pays de Lunel et, d'autre part, celle du Grand Pic Saint-Loup.\n")
    assert sorted(_areas(_by_key(record_of(text))["pays-de-lunel"])) == [(PIC_SAINT_LOUP, "full", None), (LUNEL, "full", None)]


def test_the_part_of_the_cpts_an_intercommunality_covers_is_not_a_part_of_it(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire correspond à celui de deux communautés "
            "de communes : celle du Pays de Lunel pour la partie sud et celle du Grand Pic Saint-Loup pour la partie nord.\n")
    assert _areas(_by_key(record_of(text))["pays-de-lunel"]) == [(LUNEL, "full", None), (PIC_SAINT_LOUP, "full", None)]


def test_the_southern_part_of_an_intercommunality_is_still_a_part(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Elle couvre la partie sud de la communauté de communes "
            "du Grand Pic Saint-Loup.\n")
    assert _areas(_by_key(record_of(text))["pays-de-lunel"]) == [(PIC_SAINT_LOUP, "partial", None)]


def test_an_intercommunality_after_an_aside_naming_another_cpts_is_the_subjects(record_of):
    text = ("La CPTS du Pays de Lunel a été lancée le 3 mars 2022. Son territoire couvre deux communautés de communes : "
            "d'une part, celle du Pays de Lunel (seules manquent les communes rattachées à la maison de santé de Lansargues, "
            "qui a préféré le projet de CPTS Est Hérault) et, d'autre part, celle du Grand Pic Saint-Loup.\n")
    cpts = _by_key(record_of(text))
    assert sorted(code for code, _, _ in _areas(cpts["pays-de-lunel"])) == sorted([LUNEL, PIC_SAINT_LOUP])
    assert _areas(cpts["est-herault"]) == []


def test_communes_placed_in_the_north_of_the_territory_are_not_its_count(record_of):
    text = ("La CPTS du Pays de Lunel compte 40 communes. Cinq communes au nord du territoire appartiennent à la "
            "communauté de communes du Grand Pic Saint-Loup.\n")
    cpts = _by_key(record_of(text))["pays-de-lunel"]
    assert _value(cpts, "communes_count") == 40
    assert _areas(cpts) == [(PIC_SAINT_LOUP, "partial", 5)]


def test_the_coordinator_of_the_scheme_is_the_cpts_coordinator(record_of):
    text = ("La CPTS du Val d'Ardoux a été lancée le 4 mai 2023. Les statuts ont été rédigés, et Christelle Vannier, "
            "infirmière et coordinatrice du dispositif, a pris en main l'organisation administrative.\n")
    people = _by_key(record_of(text))["val-d-ardoux"]["people"]
    assert [(p["name"], p["role"]) for p in people] == [("Christelle Vannier", "coordinatrice")]


def test_the_coordinator_of_another_scheme_is_not_the_cpts_coordinator(record_of):
    text = ("La CPTS du Val d'Ardoux a été lancée le 4 mai 2023. Christelle Vannier, coordinatrice du dispositif "
            "d'appui à la coordination du Loiret, a salué la démarche.\n")
    assert _by_key(record_of(text))["val-d-ardoux"]["people"] == []


def test_at_the_head_of_the_cpts_written_as_masculine(record_of):
    text = ("La CPTS Durance Lubéron a été inaugurée jeudi. A la tête du CPTS Durance Lubéron, Thierry Marchal est un "
            "médecin de Manosque qui souhaite concrétiser ce projet collectif.\n")
    people = _by_key(record_of(text))["durance-luberon"]["people"]
    assert [(p["name"], p["role"]) for p in people] == [("Thierry Marchal", "président")]


def test_a_cpts_named_by_celle_after_a_rank_written_in_full(record_of):
    text = ("Deuxième Communauté Professionnelle Territoriale de Santé labellisée dans le Vaucluse après celle du "
            "Comtat, la CPTS Durance Lubéron a été inaugurée ce jeudi à Cavaillon.\n")
    cpts = _by_key(record_of(text))
    assert cpts["durance-luberon"]["role"] == "subject" and cpts["durance-luberon"]["rank_in_department"]["value"] == 2
    assert cpts["comtat"]["role"] == "mentioned"


# A table copied from a web page a cell per line: headings first (some wrapped over two lines), then the rows.
CELL_PER_LINE = ("Les trois CPTS en chiffres\n\nCPTS\nIntercommunalités\nNombre de\ncommunes\nHabitants\nAdhérents\n"
                 "Bocage Est\nCC du Pays de Pouzauges\n24\n31 000\n96\n"
                 "CPTS du Marais Sud\nCC Sud Vendée Littoral, CC Vendée Sèvre Autise\n57\n72 204 (1)\n110\n"
                 "Source : CPAM\n\nLa CPTS Bocage Est et la CPTS du Marais Sud ont signé leur contrat le 6 décembre 2022.\n")


def test_a_table_copied_a_cell_per_line_is_read_by_its_columns(record_of):
    cpts = _by_key(record_of(CELL_PER_LINE))
    figures = {key: tuple(_value(cpts[key], field) for field in ("communes_count", "population", "professionals_count"))
               for key in ("bocage-est", "marais-sud")}
    assert figures == {"bocage-est": (24, 31000, 96), "marais-sud": (57, 72204, 110)}


def test_lines_that_only_look_like_headings_are_no_table():
    from pipeline.facts.table_columns import table_cells
    text = ("CPTS du Val\nDate de création\nPrésidence\nCommunes\nLa CPTS du Val, créée en 2021, couvre 12 communes.\n"
            "CPTS\nHabitants\nCommunes\nAdhérents\nLe Val\n12 000\n")  # a row short of its cells
    assert table_cells(text) == {}


def test_intercommunalities_in_a_column_of_territories_are_their_rows(record_of):
    cpts = _by_key(record_of(CELL_PER_LINE))
    assert _areas(cpts["bocage-est"]) == [("248500464", "full", None)]
    assert _areas(cpts["marais-sud"]) == [("200073260", "full", None), ("248500563", "full", None)]


def test_a_name_without_its_type_word_alone_in_a_cell_of_territories(record_of):
    text = ("Les CPTS signataires\nCPTS | Territoire | Habitants | Adhérents\n"
            "CPTS du Pays Yonnais | La Roche-sur-Yon Agglomération | 99 115 | 231\n"
            "CPTS Bocage Est | CC du Pays de Pouzauges | 31 000 | 96\n")
    cpts = _by_key(record_of(text))
    assert _areas(cpts["pays-yonnais"]) == [("248500589", "full", None)]
    assert _areas(cpts["bocage-est"]) == [("248500464", "full", None)]


def test_the_communes_of_an_intercommunality_and_its_own_are_not_the_cpts_count(record_of):
    text = ("La CPTS Vézère Monédières signe son accord.\n\nUn territoire de 30 communes\n"
            "La CPTS rassemble près de 15 500 habitants :\n"
            "- au nord-ouest, la communauté de communes du Pays d'Uzerche et ses 12 communes ;\n"
            "- au sud-est, la communauté de communes Vézère-Monédières-Millesources.\n")
    cpts = _by_key(record_of(text))["vezere-monedieres"]
    assert _value(cpts, "communes_count") == 30
    assert _areas(cpts)[0] == ("241927243", "full", 12)


def test_the_only_commune_of_an_intercommunality_that_joined(record_of):
    text = ("La CPTS Vézère Monédières signe son accord. Elle couvre la communauté de communes Vézère-Monédières-"
            "Millesources, ainsi que Chaumeil, seule commune de la communauté de communes de Ventadour-Égletons-Monédières "
            "à avoir rejoint la démarche.\n")
    cpts = _by_key(record_of(text))["vezere-monedieres"]
    assert _areas(cpts) == [("200066645", "full", None), ("241900133", "partial", None)]
    assert [c["name"] for c in cpts["territory"]["communes"]] == ["Chaumeil"]


def test_a_lower_case_word_inside_an_intercommunalitys_name(record_of):
    text = ("La CPTS Eaux et Vôge a signé son accord. Elle couvre la partie nord de la CC des Vosges côté Sud-Ouest, "
            "autour de Darney et de Lamarche.\n")
    assert [code for code, _, _ in _areas(_by_key(record_of(text))["eaux-et-voge"])] == ["200068773"]


def test_communes_left_out_with_a_few_exceptions(record_of):
    text = ("La CPTS du Piémont a été créée le 5 mars 2024. Elle couvre la communauté de communes du Pays de Barr, "
            "à trois exceptions près : Dambach-la-Ville, Blienschwiller et Nothalten, dont les soignants ont rejoint "
            "la CPTS Centre Alsace.\n")
    area = _by_key(record_of(text))["piemont"]["territory"]["areas"][0]
    assert (area["code"], [c["name"] for c in area["except"]]) == ("200034270", ["Dambach-la-Ville", "Blienschwiller", "Nothalten"])


ROUND_UP = ("La CPTS Sud Mayenne a signé son contrat le 12 mars 2024.\n\n"
            "Son périmètre ? Les 53 communes des communautés de communes du Pays de Craon et du Pays de Château-Gontier, "
            "soit 58 583 habitants.\n\n"
            "Le sud du département rejoint deux territoires déjà dotés. La CPTS du Pays lavallois, pionnière, a signé son "
            "contrat dès juin 2021. Elle couvre les 34 communes de Laval Agglomération et leurs quelque 115 000 habitants.\n")


def test_the_answer_to_a_question_on_the_perimeter_counts_its_communes(record_of):
    cpts = _by_key(record_of(ROUND_UP))["sud-mayenne"]
    assert _areas(cpts) == [("200048551", "full", None), ("245300447", "full", None)]


def test_elle_goes_on_with_the_cpts_the_sentence_before_opens_on(record_of):
    text = ("Mayenne : la CPTS Sud Mayenne signe son contrat avec l'Assurance maladie\n\n"
            "La CPTS Sud Mayenne a signé son contrat le 12 mars 2024. Elle compte 142 adhérents.\n\n"
            "Le sud du département rejoint deux territoires déjà dotés. La CPTS du Pays lavallois, pionnière, a signé son "
            "contrat dès juin 2021. Elle couvre les 34 communes de Laval Agglomération et leurs quelque 115 000 habitants.\n")
    cpts = _by_key(record_of(text))
    assert cpts["pays-lavallois"]["role"] == "mentioned"
    assert _areas(cpts["pays-lavallois"]) == [("200083392", "full", 34)] and _areas(cpts["sud-mayenne"]) == []
    assert (_value(cpts["pays-lavallois"], "population"), _value(cpts["sud-mayenne"], "population")) == (115000, None)


def test_elle_after_a_sentence_naming_two_cpts_is_the_one_in_focus(record_of):
    text = ("La CPTS Sud Mayenne a signé son contrat le 12 mars 2024.\n\n"
            "La CPTS du Pays lavallois avait montré la voie à la CPTS Sud Mayenne. Elle couvre désormais 53 communes.\n")
    cpts = _by_key(record_of(text))
    assert (_value(cpts["sud-mayenne"], "communes_count"), _value(cpts["pays-lavallois"], "communes_count")) == (53, None)


def test_a_count_of_communes_for_each_intercommunality_in_turn(record_of):
    text = ("La CPTS Vexin-Lyons est née le 5 décembre 2023. Elle couvre 69 communes (39 dans la CC du Vexin Normand, "
            "30 dans la CC Lyons Andelle).\n")
    assert [code for code, _, _ in _areas(_by_key(record_of(text))["vexin-lyons"])] == ["200071843", "200070142"]


def test_a_table_of_the_intercommunalities_of_the_cpts_in_focus(record_of):
    text = ("CPTS Argonne Santé\n\nLa CPTS Argonne Santé réunit les soignants d'un massif partagé entre trois départements.\n\n"
            "Le territoire en un tableau\nIntercommunalité\nDépartement\nCommunes\nHabitants\n"
            "CC de l'Argonne Champenoise\nMarne\n60\n11 590\n"
            "CC de l'Argonne Ardennaise – partie sud\nArdennes\n41\n7 450\n"
            "CC de l'Aire à l'Argonne – Beaulieu-en-Argonne et Brizeaux\nMeuse\n2\n100\n")
    assert _areas(_by_key(record_of(text))["argonne-sante"]) == [
        ("200042703", "full", None), ("240800920", "partial", None), ("200066140", "partial", None)]


def test_communes_added_with_s_y_ajoutent(record_of):
    text = ("La CPTS Montagnes d'Ariège est née mardi. Elle couvre la communauté de communes du Pays de Tarascon. "
            "S'y ajoutent Montgailhard et Saint-Paul-de-Jarrat, deux communes de l'Agglo Foix-Varilhes.\n")
    cpts = _by_key(record_of(text))["montagnes-d-ariege"]
    assert [c["name"] for c in cpts["territory"]["communes"]] == ["Montgailhard", "Saint-Paul-de-Jarrat"]


def test_an_exception_that_names_no_commune_leaves_a_part(record_of):
    text = ("La CPTS Montagnes d'Ariège est née mardi. Elle couvre la communauté de communes de la Haute-Ariège, "
            "à l'exception du Donezan, dont les soignants travaillent avec la CPTS Pyrénées Audoises.\n")
    area = _by_key(record_of(text))["montagnes-d-ariege"]["territory"]["areas"][0]
    assert (area["code"], area["extent"], area["except"]) == ("200066363", "partial", [])


def test_a_total_said_as_such_beats_a_part_counted_as_precisely(record_of):
    text = ("The CPTS Haut Périgord Vert signed its ACI last Thursday. It also takes in just two villages of "
            "Périgord-Limousin: Saint-Jean-de-Côle and Saint-Pierre-de-Côle.\n\nThat makes 32 communes and roughly "
            "19,300 residents.\n")
    assert _value(_by_key(record_of(text))["haut-perigord-vert"], "communes_count") == 32


def test_a_headline_figure_stays_exact_beside_the_same_total_said_roughly(record_of):
    text = ("Trois communes nouvelles, 51 500 habitants\n\nLa CPTS Rives de Loire a signé son contrat. Son territoire : "
            "Mauges-sur-Loire, Orée-d'Anjou et Montrevault-sur-Èvre, soit quelque 51 500 habitants.\n")
    population = _by_key(record_of(text))["rives-de-loire"]["population"]
    assert (population["value"], population["qualifier"]) == (51500, "exact")


def test_villages_excepted_after_their_count_and_a_dash(record_of):
    for text in ("The CPTS Haut Périgord Vert signed its ACI. The CPTS covers the whole of the Communauté de Communes du "
                 "Périgord Nontronnais except for three villages on the Charente border – Busserolles, Varaignes and "
                 "Teyjat – whose patients mostly see doctors across the border.\n",
                 "La CPTS Haut Périgord Vert a signé son ACI. Elle couvre la communauté de communes du Périgord "
                 "Nontronnais, sauf trois villages du bord charentais : Busserolles, Varaignes et Teyjat.\n"):
        cpts = _by_key(record_of(text))["haut-perigord-vert"]
        area = cpts["territory"]["areas"][0]
        assert (area["extent"], [c["name"] for c in area["except"]]) == ("full", ["Busserolles", "Varaignes", "Teyjat"]), text
        assert _value(cpts, "communes_count") is None


URPS_TABLE = ("Tableau récapitulatif\n\nCPTS | Territoire (EPCI) | Communes | Habitants | Signature ACI\n"
              "CPTS Haute-Mayenne | Mayenne Communauté | 33 | 36 607 | 28/06/2022\n"
              "CPTS Sud Mayenne | Pays de Craon, Pays de Château-Gontier, Pays de Meslay-Grez | 75 | ≈ 72 400 | "
              "en cours (LI validée le 06/02/2024)\n")


def test_several_names_without_their_type_word_in_a_cell_of_territories(record_of):
    cpts = _by_key(record_of(URPS_TABLE))
    assert [code for code, _, _ in _areas(cpts["sud-mayenne"])] == ["200048551", "245300447", "245300223"]
    assert [code for code, _, _ in _areas(cpts["haute-mayenne"])] == ["200055887"]


def test_a_cell_that_says_the_step_is_still_to_come_is_not_its_columns_date(record_of):
    cpts = _by_key(record_of(URPS_TABLE))
    assert cpts["sud-mayenne"]["dates"]["aci_signature"] is None
    assert cpts["haute-mayenne"]["dates"]["aci_signature"]["value"] == "2022-06-28"


def test_a_date_in_a_tables_first_row_is_no_dateline(record_of):
    text = ("Tableau\n\nCPTS | Territoire (EPCI) | Communes | Habitants | Signature ACI\n"
            "CPTS Val de Mayenne | Laval Agglomération | 34 | 115 195 | 09/03/2023\n"
            "CPTS Haute-Mayenne | Mayenne Communauté | 33 | 36 607 | 28/06/2022\n")
    record = record_of(text)
    assert record["document"]["published"] is None
    assert {key: c["dates"]["aci_signature"]["value"] for key, c in _by_key(record).items()} == {
        "val-de-mayenne": "2023-03-09", "haute-mayenne": "2022-06-28"}



def test_the_figures_of_an_intercommunality_fronted_before_it(record_of):
    text = ("La CPTS du Bassin Chaumontais a été lancée le 2 octobre 2024. Avec ses 63 communes et quelque 43 000 habitants, "
            "l'Agglomération représente l'essentiel du périmètre de la CPTS. Au total, près de 70 communes et environ "
            "48 000 habitants sont concernés.\n")
    cpts = _by_key(record_of(text))["bassin-chaumontais"]
    assert (_value(cpts, "communes_count"), _value(cpts, "population")) == (70, 48000)


def test_a_proper_name_keeps_its_accent_inside_a_sentence(record_of):
    text = ("La CPTS Blavet et Ellé a été créée en 2023. Elle couvre Beaucé, Billé et Parcé.\n")
    record = record_of(text)
    assert list(_by_key(record)) == ["blavet-et-elle"]
    assert record["document"].get("repairs", []) == []


def test_a_cell_per_line_table_with_blank_lines_between_its_rows(record_of):
    text = ("Les CPTS du Val-d'Oise\n\nCPTS\nTerritoire\nNombre de communes\nPopulation (Insee 2021)\nSignature de l'ACI\n\n"
            "CPTS Montmorency Vallée\nCommunauté d'agglomération Plaine Vallée\n18\n186 730\n22/11/2021\n\n"
            "CPTS Est Val-d'Oise\n11 communes de la CA Roissy Pays de France, dont Goussainville et Louvres\n11\n75 400\n07/07/2022\n\n"
            "Couverture du territoire\nAu 1er novembre 2024, les CPTS sous contrat couvrent 31,7 % de la population.\n")
    cpts = _by_key(record_of(text))
    figures = {key: (_value(c, "communes_count"), _value(c, "population"), c["dates"]["aci_signature"]["value"])
               for key, c in cpts.items()}
    assert figures == {"montmorency-vallee": (18, 186730, "2021-11-22"), "est-val-d-oise": (11, 75400, "2022-07-07")}


def test_neighbouring_communes_named_by_their_department_are_added(record_of):
    text = ("La CPTS du Val d'Arize a été créée en 2021. Extension du territoire à trois communes haut-garonnaises "
            "voisines : Saint-Sulpice-sur-Lèze, Montbrun-Bocage et Montesquieu-Volvestre. Elle rassemble désormais plus "
            "de 110 adhérents sur 30 communes.\n")
    assert _value(_by_key(record_of(text))["val-d-arize"], "communes_count") == 30


def test_professionals_who_signed_up_are_members(record_of):
    text = "The CPTS Bandiat Dronne was launched last Friday. Some 70 health professionals have already signed up.\n"
    cpts = _by_key(record_of(text))["bandiat-dronne"]
    assert (cpts["professionals_count"]["value"], cpts["professionals_count"]["qualifier"]) == (70, "approx")


def test_professionals_who_signed_up_for_an_evening_took_part(record_of):
    text = ("The CPTS Bandiat Dronne was launched last Friday. 45 health professionals have signed up for the opening evening.\n")
    assert _by_key(record_of(text))["bandiat-dronne"]["professionals_count"] is None


def test_villages_left_out_counted_as_two_or_three_are_not_the_count(record_of):
    text = ("La CPTS Dombes Chalaronne est née. « En gros, c'est la communauté de communes de la Dombes, sauf deux ou "
            "trois villages du sud. De Châtillon-sur-Chalaronne à Villars-les-Dombes, ça fait une trentaine de communes. »\n")
    cpts = _by_key(record_of(text))["dombes-chalaronne"]
    assert (cpts["communes_count"]["value"], cpts["communes_count"]["qualifier"]) == (30, "approx")


def test_a_table_aligned_by_runs_of_spaces(record_of):
    text = ("La CPTS Fensch-Orne et la CPTS Albe et Lacs ont signé leur accord le 29 juin 2023.\n\nEn chiffres\n"
            "CPTS            Communes    Habitants       Professionnels adhérents\n"
            "Fensch-Orne     20          ≈ 112 000       154\n"
            "Albe et Lacs    15          19 700          61\n")
    cpts = _by_key(record_of(text))
    figures = {key: tuple(_value(c, f) for f in ("communes_count", "population", "professionals_count")) for key, c in cpts.items()}
    assert figures == {"fensch-orne": (20, 112000, 154), "albe-et-lacs": (15, 19700, 61)}


def test_a_two_column_page_is_no_table(record_of):
    text = ("Communiqué de presse" + " " * 30 + "Metz, le 4 juillet 2023\n"
            "La CPTS Fensch-Orne a signé     son accord le 29 juin 2023.   Elle compte 154 adhérents.\n")
    cpts = _by_key(record_of(text))["fensch-orne"]
    assert _value(cpts, "professionals_count") == 154 and _value(cpts, "communes_count") is None
