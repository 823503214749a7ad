"""Readings of the sixteenth round, each on invented sentences: tables flattened with bars, a row a CPTS under a row
of headings (figures, dates, shares, offices); a fact sheet's labelled lines and a box of key figures aligned with
spaces; a page's furniture above its title and its update label; symbol-font bullets; names given, acronyms in
quotes, a dashed part repeated wherever a name is written, "La nouvelle CPTS"; intercommunalities in small letters,
communes nouvelles with the communes they merged, an exception's relative clause; offices under a heading or in
brackets, the ACI taken up, a timeline's months, members among the territory's professionals, structures joined."""
from __future__ import annotations

import pytest

from tests.records import by_key as _by_key, value_of as _value


TABLE = ("Cahors, le 15 décembre 2022\n\n"
         "La CPTS Cahors Quercy Blanc a signé l'accord conventionnel interprofessionnel (ACI).\n\n"
         "Les CPTS du Lot en un coup d'œil\n\n"
         "CPTS | Signature de l'ACI | Communes | Habitants\n"
         "CPTS Figeac Ségala Limargue | juillet 2020 | 92 | 44 000\n"
         "CPTS Vallée de la Dordogne Lotoise | 11/2021 | 77 | env. 45 500\n"
         "CPTS Cahors Quercy Blanc | 15/12/2022 | 68 | 59 000\n"
         "TOTAL | | 237 | 148 500\n")


def test_a_table_row_gives_its_cpts_the_figures_and_dates_of_its_columns(record_of):
    cpts = _by_key(record_of(TABLE))
    assert [(_value(cpts[k], "communes_count"), _value(cpts[k], "population"), cpts[k]["dates"]["aci_signature"]["value"])
            for k in ("figeac-segala-limargue", "vallee-de-la-dordogne-lotoise", "cahors-quercy-blanc")] == [
        (92, 44000, "2020-07"), (77, 45500, "2021-11"), (68, 59000, "2022-12-15")]
    assert cpts["vallee-de-la-dordogne-lotoise"]["population"]["qualifier"] == "approx"


def test_a_date_column_headed_date_takes_its_kind_from_the_row_s_stage(record_of):
    record = record_of("Nom de la CPTS | Dépt | Étape | Date | Communes\n"
                       "CPTS Racan-Choisilles | 37 | ACI signé | 12/05/2021 | 19\n"
                       "CPTS des Vals de Brenne | 36 | Lettre d'intention | 15/03/2023 | en cours\n")
    cpts = _by_key(record)
    assert {k: {kind: d["value"] for kind, d in c["dates"].items() if d} for k, c in cpts.items()} == {
        "racan-choisilles": {"aci_signature": "2021-05-12"}, "vals-de-brenne": {"letter_of_intent": "2023-03-15"}}
    assert _value(cpts["racan-choisilles"], "communes_count") == 19
    assert _value(cpts["vals-de-brenne"], "communes_count") is None


def test_a_table_of_intercommunalities_gives_no_cpts_its_rows(record_of):
    record = record_of("La CPTS du Marais Breton regroupe 210 professionnels.\n\n"
                       "Intercommunalité | Nb de communes | Habitants\n"
                       "Challans-Gois Communauté | 11 | 51 000\n"
                       "Communauté de communes de l'Île de Noirmoutier | 4 | 9 600\n")
    cpts = _by_key(record)["marais-breton"]
    assert (_value(cpts, "communes_count"), _value(cpts, "population")) == (None, None)


@pytest.mark.parametrize("heading", ["", "Une équipe soudée\n"])
def test_presidee_par_opening_its_line_under_a_heading(record_of, heading):
    record = record_of(f"La CPTS du Val Fleuri est lancée.\n\n{heading}Présidée par le Dr Claire Mangin, médecin "
                       "généraliste à Étain, la CPTS réunit déjà 64 professionnels.")
    assert [(p["name"], p["role"]) for p in _by_key(record)["val-fleuri"]["people"]] == [("Claire Mangin", "présidente")]


def test_a_role_in_brackets_after_the_holder_s_profession(record_of):
    record = record_of("La CPTS du Val Fleuri est lancée. Le bureau : Dr Jean-Pierre Farges (président), Sandrine "
                       "Peyrat, infirmière (vice-présidente), Mathilde Coudert, pharmacienne (trésorière).")
    assert [(p["name"], p["role"]) for p in _by_key(record)["val-fleuri"]["people"]] == [
        ("Jean-Pierre Farges", "président"), ("Sandrine Peyrat", "vice-présidente"), ("Mathilde Coudert", "trésorière")]


# a page's body: a dozen lines of prose, past the lines where a dateline may stand
PAGE = "".join(f"La CPTS du Val Fleuri mène sa {n}e action de l'année auprès des habitants du territoire.\n"
               for n in range(2, 14))


@pytest.mark.parametrize("footer", ["Dernière mise à jour : 11 janvier 2024", "Fiche mise à jour le 11.01.2024",
                                    "Date de mise à jour : 11 janvier 2024"])
def test_an_update_label_that_opens_on_a_word_of_its_own_under_the_page(record_of, footer):
    assert record_of(f"{PAGE}\n{footer}\n")["document"]["published"]["value"] == "2024-01-11"


def test_a_publication_label_still_wins_over_the_last_update(record_of):
    record = record_of("Publié le 3 avril 2023\nLa CPTS du Val Fleuri est lancée depuis 2021.\n"
                       "Dernière mise à jour : 2 mai 2023\n")
    assert record["document"]["published"]["value"] == "2023-04-03"


def test_a_name_given_to_an_association_said_to_be_a_cpts(record_of):
    record = record_of("Leur association, baptisée « Loir Perche Santé », est une communauté professionnelle "
                       "territoriale de santé (CPTS). Nos voisins de la CPTS du Vendômois nous ont beaucoup aidés.")
    assert sorted(_by_key(record)) == ["loir-perche-sante", "vendomois"]


def test_a_name_given_to_something_else_beside_a_named_cpts_is_no_cpts(record_of):
    record = record_of("La CPTS du Vendômois organise une journée, baptisée « Loir en forme », le 3 juin.")
    assert sorted(_by_key(record)) == ["vendomois"]


def test_the_aci_taken_up_by_ce_contrat_before_the_sentence_that_dates_it(record_of):
    record = record_of("Orléans, le 14 mars 2024\n\nL'ARS et l'Assurance Maladie ont signé l'accord conventionnel "
                       "interprofessionnel (ACI) de trois nouvelles CPTS. Ce contrat leur garantit un financement "
                       "pérenne.\n\n• CPTS des Portes de Sologne (Loiret)\nLe contrat a été paraphé le 7 mars à "
                       "La Ferté-Saint-Aubin.")
    assert _by_key(record)["portes-de-sologne"]["dates"]["aci_signature"]["value"] == "2024-03-07"


def _communes(cpts: dict) -> list[str]:
    return [c["name"] for c in cpts["territory"]["communes"]]


def test_a_cpts_named_in_an_exception_s_relative_clause_owns_the_exception_not_the_list(record_of):
    record = record_of("La CPTS Nord-Ouest Mayenne est lancée.\n\nNotre territoire aujourd'hui\n17 communes :\n"
                       "– les communes de la communauté de communes de l'Ernée (Andouillé, La Baconnière, Chailland, "
                       "Ernée), à l'exception de Juvigné, qui relève de la CPTS Mayenne Bocage Nord, notre voisine ;\n"
                       "– Loiron-Ruillé et Port-Brillet (Laval Agglomération).\n")
    cpts = _by_key(record)
    assert {"Andouillé", "Ernée", "Loiron-Ruillé"} <= set(_communes(cpts["nord-ouest-mayenne"]))
    assert _communes(cpts["mayenne-bocage-nord"]) == ["Juvigné"]


def test_the_place_a_relative_pronoun_stands_for_belongs_to_the_cpts_after_it(record_of):
    record = record_of("La CPTS Nord-Ouest Mayenne est lancée.\n\nSon territoire couvre la communauté de communes de "
                       "l'Ernée, à l'exception de Juvigné, qui relève de la CPTS Mayenne Bocage Nord.")
    cpts = _by_key(record)
    assert [x["name"] for x in cpts["nord-ouest-mayenne"]["territory"]["areas"][0]["except"]] == ["Juvigné"]
    assert _communes(cpts["mayenne-bocage-nord"]) == ["Juvigné"]  # not "Son", the sentence's first word


def test_a_box_of_key_figures_aligned_with_spaces(record_of):
    record = record_of("La CPTS du Val Fleuri intervient sur six communes.\n\nNotre territoire en chiffres\n"
                       "Communes                                      6\n"
                       "Habitants                                     ≈ 78 000\n"
                       "Professionnels de santé libéraux installés    plus de 250\n"
                       "Professions représentées                      17\n")
    cpts = _by_key(record)["val-fleuri"]
    assert (_value(cpts, "communes_count"), _value(cpts, "population")) == (6, 78000)
    assert cpts["population"]["qualifier"] == "approx"  # and the next line's label is not its unit


@pytest.mark.parametrize("members", ["deux cent douze de ces professionnels ont adhéré à la CPTS",
                                     "212 de ces soignants sont adhérents"])
def test_members_counted_among_the_territory_s_professionals(record_of, members):
    record = record_of("La CPTS du Val Fleuri couvre 6 communes. Le territoire compte plus de 250 professionnels de "
                       f"santé libéraux. Aujourd'hui, {members}.")
    assert _value(_by_key(record)["val-fleuri"], "professionals_count") == 212


def test_a_fact_sheet_s_line_labels_its_one_date(record_of):
    record = record_of("FICHE CPTS\n\nCPTS du Val Fleuri\n\nStatut : en fonctionnement - ACI signé\n"
                       "Lettre d'intention : validée le 2019-02-11\n"
                       "Création de l'association (statuts) : 23 mai 2019\n"
                       "Projet de santé : validé (octobre 2020)\n"
                       "ACI : signé le 1er décembre 2020\n")
    dates = {kind: d["value"] for kind, d in _by_key(record)["val-fleuri"]["dates"].items() if d}
    assert dates == {"launch": "2019-05-23", "statutes": "2019-05-23", "letter_of_intent": "2019-02-11",
                     "health_project": "2020-10", "aci_signature": "2020-12-01"}


@pytest.mark.parametrize("bullet", ["ï‚§", "\uf0a7", "ïƒ˜"])
def test_a_list_whose_symbol_font_bullets_a_copy_turned_into_odd_characters(record_of, bullet):
    record = record_of("La CPTS du Val Fleuri intervient sur quatre communes.\n\nLes communes de notre territoire :\n"
                       + "".join(f"{bullet} {name}\n" for name in ("Anthé", "Auradou", "Bourlens", "Cuzorn")))
    assert _communes(_by_key(record)["val-fleuri"]) == ["Anthé", "Auradou", "Bourlens", "Cuzorn"]
    assert {r["rule"] for r in record["document"]["repairs"]} == {"bullet"}


def test_a_column_of_each_cpts_s_share_of_its_department(record_of):
    record = record_of("Marseille, le 2 octobre 2023\n\nTrois CPTS ont signé l'accord conventionnel interprofessionnel (ACI).\n\n"
                       "CPTS | Date de signature | Population | Part de la population départementale\n"
                       "CPTS Côte Bleue | 19/09/2023 | 42 700 | 2 %\n"
                       "CPTS des Alpilles | 21/09/2023 | 27 800 | 1,3 %\n")
    cpts = _by_key(record)
    assert {k: [(p["value"], p["kind"]) for p in c["percentages"]] for k, c in cpts.items()} == {
        "cote-bleue": [(2, "share_of_department_population")], "alpilles": [(1.3, "share_of_department_population")]}
    assert _value(cpts["alpilles"], "population") == 27800


@pytest.mark.parametrize("heading", ["", "Un territoire, 17 communes\n"])
def test_la_nouvelle_cpts_takes_up_the_subject_past_a_neighbour_named_in_its_sentence(record_of, heading):
    record = record_of("La CPTS du Pays de Quimperlé est née de la fusion de deux CPTS.\n\n"
                       f"{heading}La nouvelle CPTS couvre les seize communes de Quimperlé Communauté ainsi que Guidel, "
                       "dont les professionnels ont préféré rester tournés vers Quimperlé plutôt que de rejoindre la "
                       "CPTS du Pays de Lorient. Au total, quelque 69 000 habitants.")
    cpts = _by_key(record)
    assert (cpts["pays-de-quimperle"]["role"], cpts["pays-de-lorient"]["role"]) == ("subject", "mentioned")
    assert _value(cpts["pays-de-quimperle"], "population") == 69000


THREE_SIGNED = ("Agence régionale de santé Centre-Val de Loire\nAccueil > Actualités > Communiqués de presse\n\n"
                "COMMUNIQUÉ DE PRESSE\nOrléans, le 14 mars 2024\n\n"
                "Accès aux soins : trois nouvelles communautés professionnelles territoriales de santé conventionnées\n\n"
                "L'ARS et l'Assurance Maladie ont signé l'accord conventionnel interprofessionnel (ACI) de trois nouvelles "
                "CPTS.\n\n• CPTS des Portes de Sologne (Loiret)\nLe contrat a été paraphé le 7 mars. Elle est présidée par le "
                "Dr Hervé Lemaire.\n\n• CPTS du Giennois (Loiret)\nSignature le 11 mars 2024. 42 professionnels de santé y "
                "adhèrent déjà.\n\n• CPTS Saint-Amandois Boischaut Marche – « SABM » (Cher)\nDernière en date, le 12 mars, la "
                "SABM couvre 19 communes. Plus de 120 professionnels de santé sont impliqués. Coordinatrice : Mme Nadège "
                "Fournier.\n\nUne réunion publique de présentation de la CPTS du Giennois se tiendra le 4 avril à Gien.\n")


def test_an_acronym_in_quotes_after_a_dash_is_an_alias_that_names_the_cpts_again(record_of):
    cpts = _by_key(record_of(THREE_SIGNED))["saint-amandois-boischaut-marche"]
    assert cpts["aliases"] == ["SABM"]
    assert [(p["name"], p["role"]) for p in cpts["people"]] == [("Nadège Fournier", "coordinatrice")]


def test_a_site_s_name_breadcrumb_and_label_above_the_title_are_no_title(record_of):
    record = record_of("Agence régionale de santé Centre-Val de Loire\nAccueil > Actualités > Communiqués de presse\n\n"
                       "COMMUNIQUÉ DE PRESSE\nOrléans, le 14 mars 2024\n\n"
                       "Trois nouvelles CPTS signent leur accord conventionnel interprofessionnel\n\n"
                       "La CPTS des Portes de Sologne a signé le 7 mars. Elle est présidée par le Dr Hervé Lemaire. Elle "
                       "couvre 7 communes.\n\nLa CPTS du Giennois a signé le 11 mars. Elle regroupe 42 professionnels. Elle "
                       "couvre 11 communes.\n\nEnfin, la CPTS du Pays Fort a signé le 12 mars.\n")
    # the title announces three: the one named once is a subject too
    assert {k: c["role"] for k, c in _by_key(record).items()} == {
        "portes-de-sologne": "subject", "giennois": "subject", "pays-fort": "subject"}


def test_a_timeline_s_months_under_their_year(record_of):
    record = record_of("La CPTS du Val Fleuri\n\nNOTRE HISTOIRE\n\n2020\nSeptembre : dépôt de la lettre d'intention "
                       "auprès de l'ARS\n2021\nMars : assemblée générale constitutive et adoption des statuts de "
                       "l'association\n2022\n17 novembre : signature de l'Accord Conventionnel Interprofessionnel (ACI)\n")
    dates = {kind: d["value"] for kind, d in _by_key(record)["val-fleuri"]["dates"].items() if d}
    assert {k: dates.get(k) for k in ("letter_of_intent", "statutes", "aci_signature")} == {
        "letter_of_intent": "2020-09", "statutes": "2021-03", "aci_signature": "2022-11-17"}


def test_a_month_opening_a_line_with_no_year_above_is_no_date(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son ACI en 2022.\n\nAgenda des ateliers\nSeptembre : reprise des "
                       "ateliers de prévention\n")
    dates = {kind: d["value"] for kind, d in _by_key(record)["val-fleuri"]["dates"].items() if d}
    assert dates == {"aci_signature": "2022"}


def test_a_page_s_banner_menu_and_byline_before_an_english_article_on_a_new_health_network(record_of):
    record = record_of(
        "We use cookies to improve your experience. Accept | Settings\n\nDORDOGNE NEWS IN ENGLISH\n"
        "Home  News  Property  Health  Events  What's On  Contact\n\nHEALTH\n\n"
        "New health network for the Ribérac area aims to help patients\nwithout a GP\n\n"
        "Posted by Ellie Hartley | 3 February 2024 | Health, Local news\n\nShare this:  Facebook  X  WhatsApp  Email\n\n"
        # lines wrapped as the page was copied
        "GPs, nurses, pharmacists and physiotherapists around Ribérac have\njoined forces in a new \"communauté "
        "professionnelle territoriale de\nsanté\" – a CPTS, the local health networks that the French\ngovernment wants "
        "to see across the whole country.\n\nThe CPTS du Pays Ribéracois was formally launched on Thursday,\nJanuary 25, "
        "at a meeting at the Espace André Malraux in Ribérac,\nattended by elected officials, the ARS (regional health "
        "agency) and\nthe CPAM.\n\nIt covers all 44 communes of the Communauté de communes du Périgord\nRibéracois, "
        "home to around 19,500 people.\n")
    cpts = _by_key(record)["pays-riberacois"]
    assert (cpts["role"], _value(cpts, "communes_count"), _value(cpts, "population")) == ("subject", 44, 19500)


@pytest.mark.parametrize("structures", [
    "Douze structures y sont également associées : deux maisons de santé pluriprofessionnelles, neuf pharmacies et "
    "l'hôpital de proximité.",
    "12 structures adhérentes : deux maisons de santé, neuf pharmacies et un hôpital.",
])
def test_structures_said_to_have_joined_after_their_count(record_of, structures):
    record = record_of(f"La CPTS du Val Fleuri est lancée. Elle réunit 64 professionnels. {structures}")
    assert _value(_by_key(record)["val-fleuri"], "structures_count") == 12


def test_a_column_of_presidents(record_of):
    record = record_of("Amiens, le 28 juin 2024\n\nDeux CPTS signent leur accord conventionnel interprofessionnel (ACI) : "
                       "la CPTS Vimeu Santé et la CPTS du Pays de Péronne.\n\n"
                       "CPTS | Communes | Habitants | Présidence\n"
                       "Vimeu Santé | 25 | 22 000 | Dr Lise Dufossé, médecin généraliste\n"
                       "Pays de Péronne | 60 | 26 400 | Grégory Vasseur, infirmier libéral (co-président) et Dr Anaïs "
                       "Roussel (co-présidente)\n")
    assert {k: [(p["name"], p["role"]) for p in c["people"]] for k, c in _by_key(record).items()} == {
        "vimeu-sante": [("Lise Dufossé", "présidente")],
        "pays-de-peronne": [("Grégory Vasseur", "co-président"), ("Anaïs Roussel", "co-présidente")]}


@pytest.mark.parametrize("verb", ["épouse celui de", "épouse d'abord celui de", "couvre"])
def test_an_intercommunality_named_as_its_brand_writes_it_in_small_letters(record_of, verb):
    record = record_of(f"La CPTS des Havres et du Coutançais a signé son contrat. Son territoire {verb} Coutances mer et "
                       "bocage, avec ses 48 communes.")
    areas = _by_key(record)["havres-et-du-coutancais"]["territory"]["areas"]
    assert [(a["code"], a["extent"]) for a in areas] == [("200067023", "full")]


def test_two_communes_joined_by_et_stay_two_communes(record_of):
    record = record_of("La CPTS du Val Fleuri a signé son contrat. Son territoire couvre Coutances et Gavray-sur-Sienne.")
    cpts = _by_key(record)["val-fleuri"]
    assert (cpts["territory"]["areas"], _communes(cpts)) == ([], ["Coutances", "Gavray-sur-Sienne"])


def test_the_same_part_after_a_dash_wherever_the_name_is_written_makes_the_whole_name(record_of):
    record = record_of("CPTS Pays de Gex – Valserine\n\nThe CPTS Pays de Gex – Valserine (Communauté Professionnelle "
                       "Territoriale de Santé) is an association of health professionals.\n\n"
                       "Contact us | © CPTS Pays de Gex – Valserine\n")
    assert sorted(_by_key(record)) == ["pays-de-gex-valserine"]


def test_a_part_after_a_dash_written_once_stays_out_of_the_name(record_of):
    record = record_of("CPTS Pays de Gex – Actualités\n\nLa CPTS Pays de Gex regroupe 240 professionnels.\n")
    assert sorted(_by_key(record)) == ["pays-de-gex"]


def test_a_commune_nouvelle_and_in_brackets_the_communes_it_merged(record_of):
    record = record_of("La CPTS du Val Fleuri couvre quatre communes de l'Aveyron :\nBertholène\n"
                       "Palmas d'Aveyron (Coussergues, Cruéjouls, Palmas)\nLaissac-Sévérac l'Église (Laissac, Sévérac-l'Église)\n"
                       "Pierrefiche\n")
    assert _communes(_by_key(record)["val-fleuri"]) == ["Bertholène", "Palmas d'Aveyron", "Laissac-Sévérac l'Église", "Pierrefiche"]


def test_an_intercommunality_and_in_brackets_its_communes_still_heads_them(record_of):
    record = record_of("La CPTS du Val Fleuri couvre la communauté de communes du Pays de Salers (Salers, Anglards-de-Salers, "
                       "Saint-Bonnet-de-Salers).")
    assert set(_communes(_by_key(record)["val-fleuri"])) == {"Salers", "Anglards-de-Salers", "Saint-Bonnet-de-Salers"}
