"""Intercommunalities named as a CPTS's territory in more of the ways communiqués write them:
names without their type word after "intervient sur", "une partie du", "les territoires de";
"Son territoire :", "a pour territoire", "Zone d'intervention :"; an untyped name with "et" in
it ("Arve et Salève"), which is one intercommunality and not two places; "en partie"; and
places that are no perimeter (a funder, a partner, a venue, a speaker's employer, another
CPTS's or another body's area). The CPTS and sentences are invented; the expected codes are the
gazetteer's.
"""
from __future__ import annotations

import pytest

from perimeter import english_release, full, record_of, release, territory_of

ARVE_ET_SALEVE = "247400583"  # CC Arve et Salève (74), 8 communes
FAUCIGNY_GLIERES = "200000172"  # CC Faucigny - Glières (74), 7 communes
CLUSES = "200033116"  # CC Cluses-Arve et Montagnes (74), 10 communes
GRAND_ANNECY = "200066793"  # CA du Grand Annecy (74)
MONT_BLANC = "200034882"  # CC Pays du Mont-Blanc (74)
CHAMONIX = "200023372"  # CC de la Vallée de Chamonix-Mont-Blanc (74)
CAPI = "243800604"  # CA Porte de l'Isère (CAPI) (38), 22 communes
VOIRONNAIS = "243800984"  # CA du Pays Voironnais (38)
HAUT_BUGEY = "200042935"  # CA Haut-Bugey Agglomération (01)
GRAND_CHAMBERY = "200069110"  # CA du Grand Chambéry (73)


def _areas(text: str, tmp_path, key: str) -> dict[str, str]:
    """code -> extent of the coded intercommunalities of a CPTS."""
    return {a["code"]: a["extent"] for a in territory_of(record_of(text, tmp_path), key)["areas"]
            if a["kind"] == "epci" and a["code"]}


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("La CPTS du Voironnais, en Isère, intervient sur le Pays Voironnais.", "voironnais",
                 {VOIRONNAIS: "full"}, id="intervient-sur-a-name-without-type"),
    pytest.param("En Haute-Savoie, la CPTS du Genevois couvre la CC Arve et Salève et une partie du Grand Annecy.",
                 "genevois", {ARVE_ET_SALEVE: "full", GRAND_ANNECY: "partial"}, id="une-partie-du-name-without-type"),
    pytest.param("La CPTS du Mont-Blanc est née en Haute-Savoie. Son territoire : la C.C. Pays du Mont-Blanc et la "
                 "C.C. de la Vallée de Chamonix-Mont-Blanc, soit 14 communes.", "mont-blanc",
                 {MONT_BLANC: "full", CHAMONIX: "full"}, id="son-territoire-colon"),
    pytest.param("La CPTS du Bugey (Ain) a pour territoire la communauté d'agglomération Haut-Bugey Agglomération.",
                 "bugey", {HAUT_BUGEY: "full"}, id="a-pour-territoire"),
    pytest.param("En Isère, le territoire de la CPTS des Vallons coïncide avec celui de la CAPI (22 communes).",
                 "vallons", {CAPI: "full"}, id="coincide-avec-celui-de-an-acronym"),
    pytest.param("En Isère, la CPTS des Vallons couvre les territoires de la CAPI et de la CA du Pays Voironnais.",
                 "vallons", {CAPI: "full", VOIRONNAIS: "full"}, id="les-territoires-de"),
    pytest.param("La CPTS des Aravis est née en Haute-Savoie.\nZone d'intervention : la communauté de communes Arve "
                 "et Salève et la communauté de communes Faucigny-Glières.\n", "aravis",
                 {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full"}, id="zone-d-intervention-colon"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre en partie la communauté de communes Faucigny-Glières.",
                 "aravis", {FAUCIGNY_GLIERES: "partial"}, id="en-partie"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre les CC Arve et Salève, Faucigny-Glières et Cluses-Arve et "
                 "Montagnes.", "aravis", {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full", CLUSES: "full"},
                 id="plural-cc-with-et-inside-the-names"),
    # already read: kept as they are
    pytest.param("En Isère, la CPTS Nord-Isère couvre le territoire de la CAPI.", "nord-isere", {CAPI: "full"},
                 id="acronym-alone"),
    pytest.param("En Savoie, la CPTS Chambéry Santé couvre le territoire de Grand Chambéry, soit 38 communes.",
                 "chambery-sante", {GRAND_CHAMBERY: "full"}, id="grand-x-without-type"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre la communauté de communes Cluses Arve et Montagnes (CCCAM) "
                 "et la CCFG.", "aravis", {CLUSES: "full", FAUCIGNY_GLIERES: "full"}, id="initials-alone"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre 12 communes de la Communauté d'agglomération du Grand "
                 "Annecy et l'ensemble de la Communauté de communes Arve et Salève.", "aravis",
                 {GRAND_ANNECY: "partial", ARVE_ET_SALEVE: "full"}, id="a-count-then-l-ensemble"),
    pytest.param("La CPTS des Aravis est née en Haute-Savoie.\nCommunautés de communes couvertes :\n- Arve et Salève\n"
                 "- Faucigny-Glières\n", "aravis", {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full"},
                 id="bullets-under-a-plural-heading"),
])
def test_fr_intercommunality_as_the_territory(tmp_path, sentence, key, expected):
    assert _areas(release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence", [
    "En Haute-Savoie, la CPTS du Salève couvre Arve et Salève et Faucigny-Glières (deux communautés de communes).",
    "En Haute-Savoie, la CPTS du Salève s'étend sur les 8 communes d'Arve et Salève et de Faucigny-Glières.",
])
def test_fr_an_untyped_name_with_et_inside_is_one_intercommunality(tmp_path, sentence):
    areas = territory_of(record_of(release(sentence), tmp_path), "saleve")["areas"]
    assert sorted((a["name"], a["code"]) for a in areas) == [
        ("Arve et Salève", ARVE_ET_SALEVE), ("Faucigny-Glières", FAUCIGNY_GLIERES)]


def test_fr_the_perimeter_of_a_whole_intercommunality_named_without_type(tmp_path):
    record = record_of(release("La CPTS du Voironnais, en Isère, intervient sur le Pays Voironnais."), tmp_path)
    assert territory_of(record, "voironnais")["resolved"] == full(VOIRONNAIS)


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("In Haute-Savoie, the CPTS du Genevois covers the Arve et Salève community of municipalities.",
                 "genevois", {ARVE_ET_SALEVE: "full"}, id="community-of-municipalities-after-the-name"),
    pytest.param("In Haute-Savoie, the CPTS des Aravis covers two intercommunalities: Arve et Salève and "
                 "Faucigny-Glières.", "aravis", {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full"},
                 id="plural-untyped-with-a-colon"),
])
def test_en_intercommunality_as_the_territory(tmp_path, sentence, key, expected):
    assert _areas(english_release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence, key", [
    pytest.param("En Isère, la CPTS des Vallons couvre 15 communes. Le projet est financé par la communauté "
                 "d'agglomération Porte de l'Isère.", "vallons", id="funder"),
    pytest.param("En Savoie, la CPTS Chambéry Santé couvre 20 communes et a signé une convention de partenariat avec "
                 "Grand Chambéry.", "chambery-sante", id="partner"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre 12 communes. L'assemblée générale s'est tenue dans les "
                 "locaux de la communauté de communes Arve et Salève.", "aravis", id="venue"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre 12 communes. Marie Dubois, vice-présidente de la CC "
                 "Faucigny-Glières, a salué l'engagement des soignants.", "aravis", id="speaker-s-employer"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre 12 communes. La CPTS du Genevois, sa voisine, couvre la "
                 "CC Arve et Salève.", "aravis", id="another-cpts-s-area"),
    pytest.param("En Isère, la CPTS des Vallons couvre 15 communes. Le contrat local de santé du Pays Voironnais "
                 "couvre quant à lui l'ensemble de la communauté d'agglomération du Pays Voironnais.", "vallons",
                 id="a-local-health-contract-s-area"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre 12 communes. Le centre hospitalier Alpes-Léman couvre "
                 "l'ensemble de la CC Arve et Salève.", "aravis", id="a-hospital-s-area"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre 12 communes. Parmi les signataires : l'ARS, la CPAM, la "
                 "CC Arve et Salève.", "aravis", id="signatory"),
    pytest.param("En Savoie, la CPTS Chambéry Santé, qui couvre 20 communes, a été lancée en présence des élus de "
                 "Grand Chambéry.", "chambery-sante", id="elected-officials"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre 12 communes. Un projet de CPTS est en cours sur la "
                 "communauté de communes Faucigny-Glières.", "aravis", id="a-future-cpts-s-area"),
    pytest.param("En Isère, la CPTS des Vallons couvre 15 communes. La convention a été signée au siège de la CAPI, à "
                 "Villefontaine.", "vallons", id="headquarters"),
])
def test_fr_an_intercommunality_that_is_no_territory(tmp_path, sentence, key):
    assert _areas(release(sentence), tmp_path, key) == {}


@pytest.mark.parametrize("sentence, key", [
    pytest.param("In Isère, the CPTS des Vallons covers 15 municipalities. It is funded by the Porte de l'Isère "
                 "agglomeration community.", "vallons", id="funder"),
    pytest.param("In Haute-Savoie, the CPTS des Aravis covers 12 municipalities. The meeting was held at the offices "
                 "of the Arve et Salève community of communes.", "aravis", id="venue"),
])
def test_en_an_intercommunality_that_is_no_territory(tmp_path, sentence, key):
    assert _areas(english_release(sentence), tmp_path, key) == {}


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("En Haute-Savoie, la communauté de communes Arve et Salève est désormais couverte par la CPTS des "
                 "Aravis.", "aravis", {ARVE_ET_SALEVE: "full"}, id="passive-covered-by-the-cpts"),
    pytest.param("En Haute-Savoie, le territoire de la communauté de communes Arve et Salève est couvert par la CPTS "
                 "des Aravis.", "aravis", {ARVE_ET_SALEVE: "full"}, id="its-territory-covered-by-the-cpts"),
    pytest.param("En Haute-Savoie, les communes de la CC Arve et Salève et de la CC Faucigny-Glières forment le "
                 "territoire de la CPTS des Aravis.", "aravis", {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full"},
                 id="two-names-then-forment-le-territoire"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis travaille avec la communauté de communes Arve et Salève, dont "
                 "elle couvre l'ensemble du territoire.", "aravis", {ARVE_ET_SALEVE: "full"},
                 id="dont-elle-couvre-le-territoire"),
    pytest.param("La CPTS des Aravis est née en Haute-Savoie. Elle est implantée sur les communautés de communes Arve "
                 "et Salève et Faucigny-Glières.", "aravis", {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full"},
                 id="implantee-sur"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis couvre la communauté de communes Arve et Salève, celle de "
                 "Faucigny-Glières et celle de Cluses-Arve et Montagnes.", "aravis",
                 {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full", CLUSES: "full"}, id="celle-de"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis se situe sur la communauté de communes Arve et Salève.",
                 "aravis", {ARVE_ET_SALEVE: "partial"}, id="se-situe-sur-no-perimeter"),
])
def test_fr_intercommunality_with_its_cue_after_or_apart(tmp_path, sentence, key, expected):
    assert _areas(release(sentence), tmp_path, key) == expected


def test_fr_a_count_of_intercommunalities_then_their_names_in_brackets(tmp_path):
    text = release("La CPTS des Aravis est née en Haute-Savoie.\nLe territoire : 2 intercommunalités (CC Arve et Salève, "
                   "CC Faucigny-Glières), 15 communes, 35 000 habitants.\n")
    territory = territory_of(record_of(text, tmp_path), "aravis")
    assert [(a["kind"], a["code"], a["extent"]) for a in territory["areas"]] == [
        ("epci", ARVE_ET_SALEVE, "full"), ("epci", FAUCIGNY_GLIERES, "full")]
    assert territory["resolved"] == full(ARVE_ET_SALEVE, FAUCIGNY_GLIERES)


def test_fr_some_communes_belonging_to_an_intercommunality_are_a_counted_part(tmp_path):
    text = release("La CPTS des Aravis est née en Haute-Savoie. Elle couvre 5 communes appartenant à la communauté de "
                   "communes Arve et Salève.")
    area, = territory_of(record_of(text, tmp_path), "aravis")["areas"]
    assert (area["code"], area["extent"], area["communes_count"]["value"]) == (ARVE_ET_SALEVE, "partial", 5)


def test_fr_an_intercommunality_covered_by_another_named_cpts_is_not_the_subject_s(tmp_path):
    text = release("En Haute-Savoie, la CPTS des Aravis couvre 12 communes. Depuis 2023, la communauté de communes "
                   "Faucigny-Glières est couverte par la CPTS du Giffre.")
    record = record_of(text, tmp_path)
    assert _areas(text, tmp_path, "aravis") == {}
    assert [a["code"] for a in territory_of(record, "giffre")["areas"]] == [FAUCIGNY_GLIERES]


@pytest.mark.parametrize("sentence", [
    "La communauté de communes Faucigny-Glières est couverte par un contrat local de santé.",
    "La communauté de communes Faucigny-Glières n'est pas encore couverte par une CPTS.",
])
def test_fr_an_intercommunality_covered_by_something_else_is_no_territory(tmp_path, sentence):
    text = release(f"En Haute-Savoie, la CPTS des Aravis couvre 12 communes. {sentence}")
    assert _areas(text, tmp_path, "aravis") == {}


MACS = "244000865"  # CC Maremne Adour Côte Sud (40)
TPM = "248300543"  # Métropole Toulon-Provence-Méditerranée (83)
CA3B = "200071751"  # CA du Bassin de Bourg-en-Bresse (01)
MEL = "200093201"  # Métropole Européenne de Lille (59)
ALBIGEOIS = "248100737"  # CA de l'Albigeois (81)


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("Dans les Landes, la CPTS Côte Sud Landes couvre une partie de MACS.", "cote-sud-landes",
                 {MACS: "partial"}, id="initials-without-type-letter"),
    pytest.param("Dans le Var, la CPTS du Littoral varois couvre une partie de la métropole TPM.", "littoral-varois",
                 {TPM: "partial"}, id="metropole-initials"),
    pytest.param("Dans le Nord, la CPTS de Roubaix intervient sur une partie de la MEL.", "roubaix", {MEL: "partial"},
                 id="m-for-metropole"),
    pytest.param("Dans l'Ain, la CPTS de Bourg couvre une partie du territoire de la CA3B.", "bourg", {CA3B: "partial"},
                 id="a-digit-for-repeated-initials"),
    pytest.param("Dans le Tarn, la CPTS d'Albi couvre le Grand Albigeois.", "albi", {ALBIGEOIS: "full"},
                 id="grand-before-the-official-name"),
])
def test_fr_intercommunality_by_its_usual_short_name(tmp_path, sentence, key, expected):
    assert _areas(release(sentence), tmp_path, key) == expected


def test_fr_initials_spelt_out_in_brackets_are_no_communes(tmp_path):
    text = release("Dans les Landes, la CPTS Côte Sud Landes couvre le territoire de MACS (Maremne Adour Côte Sud).")
    territory = territory_of(record_of(text, tmp_path), "cote-sud-landes")
    assert [(a["code"], a["extent"], a["listed"]) for a in territory["areas"]] == [(MACS, "full", [])]
    assert territory["resolved"] == full(MACS)


def test_health_acronyms_are_no_intercommunality_s_initials():
    from perimeter import GAZ
    assert [GAZ.find_epci_acronym(acronym, ["74", "38", "40"]) for acronym in ("MSP", "ARS", "CPAM", "DAC", "PTA")] == [None] * 5


PAYS_ROCHOIS = "247400724"  # CC du Pays Rochois (74)


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("En Haute-Savoie, la CPTS des Aravis opère sur la communauté de communes Arve et Salève.", "aravis",
                 {ARVE_ET_SALEVE: "full"}, id="opere-sur"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis se déploie sur la communauté de communes Arve et Salève.",
                 "aravis", {ARVE_ET_SALEVE: "full"}, id="se-deploie-sur"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis maille la communauté de communes Arve et Salève.", "aravis",
                 {ARVE_ET_SALEVE: "full"}, id="maille"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis s'adresse aux 20 000 habitants de la communauté de communes "
                 "Arve et Salève.", "aravis", {ARVE_ET_SALEVE: "full"}, id="the-people-of-the-area"),
    pytest.param("En Haute-Savoie, la CPTS des Aravis, qui regroupe des maisons de santé, des centres de santé et des "
                 "libéraux, couvre le territoire du Pays Rochois.", "aravis", {PAYS_ROCHOIS: "full"},
                 id="bodies-grouped-before-the-covering-verb"),
    pytest.param("Sur le territoire de la communauté de communes Arve et Salève, la CPTS des Aravis réunit 80 "
                 "professionnels. Elle est née en Haute-Savoie.", "aravis", {ARVE_ET_SALEVE: "full"},
                 id="a-place-opening-the-sentence-before-the-cpts"),
    pytest.param("Dans la communauté de communes Arve et Salève, la CPTS des Aravis réunit 80 professionnels. Elle est "
                 "née en Haute-Savoie.", "aravis", {ARVE_ET_SALEVE: "partial"}, id="where-it-lies-opening-the-sentence"),
    pytest.param("Sur 3 des 8 communes de la communauté de communes Arve et Salève, la CPTS des Aravis réunit 80 "
                 "professionnels. Elle est née en Haute-Savoie.", "aravis", {ARVE_ET_SALEVE: "partial"},
                 id="a-share-opening-the-sentence-before-the-cpts"),
    pytest.param("La CPTS des Aravis est née en Haute-Savoie.\nIntercommunalités membres :\n• CC Arve et Salève\n"
                 "• CC Faucigny-Glières\n\n", "aravis", {ARVE_ET_SALEVE: "partial", FAUCIGNY_GLIERES: "partial"},
                 id="bullets-under-an-intercommunalites-heading"),
    pytest.param("La CPTS des Aravis est née en Haute-Savoie.\nNotre territoire :\n- la communauté de communes Arve et "
                 "Salève\n- la communauté de communes Faucigny-Glières\n\n", "aravis",
                 {ARVE_ET_SALEVE: "full", FAUCIGNY_GLIERES: "full"}, id="bullets-under-a-territory-heading"),
])
def test_fr_intercommunality_with_other_verbs_and_layouts(tmp_path, sentence, key, expected):
    assert _areas(release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence", [
    "En Haute-Savoie, la CPTS des Aravis couvre 12 communes. Les habitants de la communauté de communes "
    "Faucigny-Glières ont été consultés par l'ARS.",
    "En Haute-Savoie, la CPTS des Aravis couvre 12 communes. Selon l'Insee, 30 % des habitants de la communauté de "
    "communes Faucigny-Glières ont plus de 60 ans.",
    "Soutenue par la communauté de communes Arve et Salève, la CPTS des Aravis réunit 80 professionnels.",
    "Selon le président de la communauté de communes Arve et Salève, la CPTS des Aravis est un atout.",
    "La CPTS des Aravis couvre 12 communes et travaille avec le centre hospitalier, qui couvre la CC du Pays Rochois.",
    "La CPTS des Aravis est née en Haute-Savoie.\nNos partenaires :\n- la communauté de communes Arve et Salève\n"
    "- l'ARS Auvergne-Rhône-Alpes\n\n",
    "La CPTS des Aravis est née en Haute-Savoie.\nIls nous soutiennent :\n- la communauté de communes "
    "Faucigny-Glières\n- la CPAM de Haute-Savoie\n\n",
])
def test_fr_more_intercommunalities_that_are_no_territory(tmp_path, sentence):
    assert _areas(release(sentence), tmp_path, "aravis") == {}


VAL_DE_SAONE_CENTRE = "200070118"  # CC Val de Saône Centre (01); "Val de Saône" alone is ambiguous in France


def test_fr_a_text_naming_no_department_links_a_short_name_in_the_department_of_its_communes(tmp_path):
    text = release("La CPTS de la Dombes couvre les communes de Trévoux et Reyrieux. Elle couvre aussi la communauté de "
                   "communes du Val de Saône.")
    assert _areas(text, tmp_path, "dombes") == {VAL_DE_SAONE_CENTRE: "full"}


def test_fr_a_text_naming_no_department_links_a_short_name_beside_a_whole_one(tmp_path):
    text = release("La CPTS de la Dombes couvre la communauté de communes Dombes Saône Vallée et une partie de la "
                   "communauté de communes du Val de Saône.")
    assert _areas(text, tmp_path, "dombes") == {"200042497": "full", VAL_DE_SAONE_CENTRE: "partial"}


def _counted_areas(text: str, tmp_path, key: str) -> dict[str, tuple]:
    """code -> (extent, count) of the coded intercommunalities of a CPTS."""
    return {a["code"]: (a["extent"], (a["communes_count"] or {}).get("value"))
            for a in territory_of(record_of(text, tmp_path), key)["areas"] if a["kind"] == "epci" and a["code"]}


@pytest.mark.parametrize("text, expected", [
    pytest.param(release("En Haute-Savoie, la CPTS des Aravis couvre 13 communes : les 8 communes de la CC Arve et Salève "
                         "et 5 communes de la CC Faucigny-Glières."),
                 {ARVE_ET_SALEVE: ("full", 8), FAUCIGNY_GLIERES: ("partial", 5)}, id="the-count-of-a-part"),
    pytest.param(release("En Haute-Savoie, la CPTS des Aravis couvre 13 communes, dont 5 de la CC Faucigny-Glières."),
                 {FAUCIGNY_GLIERES: ("partial", 5)}, id="dont-n-de-la"),
    pytest.param(english_release("In Haute-Savoie, the CPTS des Aravis covers 5 of the 7 municipalities of the "
                                 "Faucigny-Glières community of communes."),
                 {FAUCIGNY_GLIERES: ("partial", None)}, id="n-of-the-m-municipalities"),
    pytest.param(english_release("In Haute-Savoie, the CPTS des Aravis covers the Arve et Salève and Faucigny-Glières "
                                 "communities of communes."),
                 {ARVE_ET_SALEVE: ("full", None), FAUCIGNY_GLIERES: ("full", None)}, id="two-names-then-plural-type"),
    pytest.param(release("En Haute-Savoie, la CPTS des Aravis couvre la communauté de communes Arve et Salève, composée "
                         "de 8 communes."), {ARVE_ET_SALEVE: ("full", 8)}, id="composee-de-n-communes"),
])
def test_intercommunality_counts_and_shares(tmp_path, text, expected):
    assert _counted_areas(text, tmp_path, "aravis") == expected


def test_fr_the_second_untyped_name_is_written_without_its_de(tmp_path):
    text = release("En Savoie, la CPTS Chambéry Santé couvre les territoires de Grand Chambéry et de Cœur de Savoie.")
    areas = territory_of(record_of(text, tmp_path), "chambery-sante")["areas"]
    assert [(a["name"], a["code"]) for a in areas] == [("Grand Chambéry", GRAND_CHAMBERY), ("Cœur de Savoie", "200041010")]


def test_fr_the_initials_of_a_communaute_de_communes_since_become_an_agglomeration(tmp_path):
    text = release("Dans l'Ain, la CPTS du Pays de Gex couvre le territoire de la CCPG.")
    assert _areas(text, tmp_path, "pays-de-gex") == {"240100750": "full"}  # CA du Pays de Gex


@pytest.mark.parametrize("sentence", [
    "En Haute-Savoie, la CPTS des Aravis couvre la Comm. de communes Arve et Salève.",
    "En Haute-Savoie, la CPTS des Aravis couvre la Communauté de Cnes Arve et Salève.",
    "En Haute-Savoie, la CPTS des Aravis couvre l'interco Arve et Salève.",
    "En Haute-Savoie, la CPTS des Aravis couvre la comcom Arve et Salève.",
])
def test_fr_abbreviated_and_familiar_type_words(tmp_path, sentence):
    assert _areas(release(sentence), tmp_path, "aravis") == {ARVE_ET_SALEVE: "full"}


@pytest.mark.parametrize("sentence", [
    "In Haute-Savoie, the CPTS des Aravis covers the Arve et Salève intermunicipal community.",
    "In Haute-Savoie, the CPTS des Aravis covers the Arve et Salève inter-municipality.",
])
def test_en_other_type_words_after_the_name(tmp_path, sentence):
    assert _areas(english_release(sentence), tmp_path, "aravis") == {ARVE_ET_SALEVE: "full"}


def test_fr_a_social_action_centre_is_no_intercommunality(tmp_path):
    text = release("En Haute-Savoie, la CPTS des Aravis couvre 12 communes et travaille avec le CCAS de Reignier.")
    assert _areas(text, tmp_path, "aravis") == {}
