"""One perimeter written the ways communiqués write it: the same intercommunality, count and
communes after a colon, under a heading, with or without type words, with the count beside the
name. The CPTS and sentences are invented; the places come from the gazetteer."""
from __future__ import annotations

import pytest

from perimeter import full, record_of, territory_of

PETITE_CAMARGUE = "243000593"  # CC de Petite Camargue, 5 communes (Gard)


def release(body: str) -> str:
    return f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son accord conventionnel. {body}\n"


def areas_of(text: str, tmp_path) -> list[dict]:
    return territory_of(record_of(text, tmp_path), "val-de-brume")["areas"]


@pytest.mark.parametrize("body", [
    "Elle couvre la communauté de communes de Petite Camargue, qui compte 5 communes.",
    "Elle couvre la communauté de communes de Petite Camargue, composée de 5 communes.",
    "Son territoire couvre la communauté de communes de Petite Camargue – 5 communes.",
    "Elle couvre la communauté de communes de Petite Camargue (5 communes).",
    "Elle couvre les 5 communes de la communauté de communes de Petite Camargue.",
])
def test_the_count_beside_an_intercommunality_is_its_own(tmp_path, body):
    areas = areas_of(release(body), tmp_path)
    assert [(a["code"], a["communes_count"]["value"]) for a in areas] == [(PETITE_CAMARGUE, 5)]


def test_a_heading_line_is_not_read_into_the_name_under_it(tmp_path):
    # "Territoire\nCommunauté de communes X": not a "Territoire Communauté" named after a heading
    text = ("Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son accord conventionnel.\n\nTerritoire\n"
            "Communauté de communes de Petite Camargue\n\nElle rassemble 80 professionnels.\n")
    record = record_of(text, tmp_path)
    assert territory_of(record, "val-de-brume")["resolved"] == full(PETITE_CAMARGUE)
    assert record["cpts"][0]["departments"] == ["30"]


@pytest.mark.parametrize("tail", ["et la commune de Lunel", "ainsi que la commune de Lunel", "et Lunel"])
def test_a_commune_after_an_intercommunality_is_not_the_agglomeration_named_after_it(tmp_path, tail):
    territory = territory_of(record_of(release(f"Elle couvre la communauté de communes de Petite Camargue {tail}."),
                                       tmp_path), "val-de-brume")
    assert [a["code"] for a in territory["areas"]] == [PETITE_CAMARGUE]
    assert territory["resolved"]["count"] == 6  # the five and Lunel


@pytest.mark.parametrize("sentence", [
    "La CPTS, qui couvre une partie de l'Isère et de la Savoie, rassemble 100 professionnels.",
    "Cette CPTS couvre une partie de l'Isère et de la Savoie.",
    "Son territoire est à cheval sur l'Isère et la Savoie.",
])
def test_departments_of_the_cpts_a_sentence_calls_la_cpts(tmp_path, sentence):
    assert record_of(release(sentence), tmp_path)["cpts"][0]["departments"] == ["38", "73"]


BLAVET = ["56094", "56130", "56148", "56169", "56220"]  # Kervignac, Merlevenez, Nostang, Plouhinec, Sainte-Hélène
NAMES = "Kervignac, Merlevenez, Nostang, Plouhinec et Sainte-Hélène"


@pytest.mark.parametrize("body", [
    f"Elle couvre 5 communes. Il s'agit de {NAMES}.",
    f"Ses 5 communes membres sont {NAMES}.",
    f"Les communes concernées sont {NAMES}.",
    "Elle couvre les communes de Kervignac, Merlevenez et Nostang, ainsi que celles de Plouhinec et Sainte-Hélène.",
    "Elle couvre 5 communes :\n• Kervignac,\n• Merlevenez,\n• Nostang,\n• Plouhinec,\n• Sainte-Hélène.\n",
    "Elle couvre 5 communes : Kervignac • Merlevenez • Nostang • Plouhinec • Sainte-Hélène",
    f"Elle couvre 5 communes du Morbihan ({NAMES}).",
    f"{NAMES} : ce sont les 5 communes couvertes par la CPTS.",
])
def test_a_list_of_communes_however_it_is_introduced(tmp_path, body):
    record = record_of(release(body), tmp_path)
    assert [c["key"] for c in record["cpts"]] == ["val-de-brume"]
    assert territory_of(record, "val-de-brume")["resolved"] == {"insee": BLAVET, "complete": True, "count": 5}


VALLESPIR = "246600373"  # CC du Vallespir, 10 communes (Pyrénées-Orientales)
LE_PERTHUS, REYNES = "66137", "66160"


@pytest.mark.parametrize("body", [
    "Elle couvre la communauté de communes du Vallespir à l'exception des communes du Perthus et de Reynès.",
    "Elle couvre la communauté de communes du Vallespir (hors Le Perthus et Reynès).",
    "Elle couvre la communauté de communes du Vallespir, excepté Le Perthus et Reynès.",
    "Elle couvre toute la communauté de communes du Vallespir sauf Le Perthus et Reynès.",
    "Son territoire : la communauté de communes du Vallespir, moins les communes du Perthus et de Reynès.",
])
def test_communes_excepted_from_an_intercommunality(tmp_path, body):
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    [area] = territory["areas"]
    assert area["code"] == VALLESPIR
    assert sorted(c["insee"] for c in area["except"]) == [LE_PERTHUS, REYNES]
    assert {c["name"] for c in area["except"]} == {"Le Perthus", "Reynès"}
    assert territory["communes"] == []
    assert territory["resolved"]["count"] == 8


@pytest.mark.parametrize("body", [
    "Elle couvre la communauté de communes du Vallespir, à l'exception du Perthus.",
    "Elle couvre l'ensemble des communes de la communauté de communes du Vallespir, à l'exception du Perthus.",
])
def test_one_commune_excepted_after_a_contracted_article(tmp_path, body):
    [area] = areas_of(release(body), tmp_path)
    assert [(c["name"], c["insee"]) for c in area["except"]] == [("Le Perthus", LE_PERTHUS)]


FAYENCE = "200004802"  # CC du Pays de Fayence, 9 communes (Var)


@pytest.mark.parametrize("body", [
    "Elle couvre le Pays de Fayence.",
    "Son territoire correspond au Pays de Fayence (9 communes).",
    "Elle couvre les 9 communes du Pays de Fayence.",
])
def test_a_pays_is_the_intercommunality_whose_whole_name_it_is(tmp_path, body):
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    assert [a["code"] for a in territory["areas"]] == [FAYENCE]
    assert territory["resolved"] == full(FAYENCE)


def test_a_pays_no_intercommunality_is_named_after_stays_a_pays(tmp_path):
    [area] = areas_of(release("Elle couvre les 40 communes du Pays Cathare."), tmp_path)
    assert (area["kind"], area["code"]) == ("pays", None)


def test_some_of_the_communes_of_an_intercommunality(tmp_path):
    territory = territory_of(record_of(release(
        "Elle couvre 4 des 9 communes de la communauté de communes du Pays de Fayence : Callian, Fayence, Mons et "
        "Tanneron."), tmp_path), "val-de-brume")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], len(area["listed"])) == (FAYENCE, "partial", 4)
    assert territory["resolved"]["count"] == 4


NERONDES = "200007177"  # CC Pays de Nérondes, 12 communes (Cher)


@pytest.mark.parametrize("heading", ["Le territoire de la CPTS :", "Notre territoire", "Territoire d'intervention :"])
def test_intercommunalities_one_per_bullet_with_their_counts(tmp_path, heading):
    text = (f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son accord conventionnel.\n\n{heading}\n"
            "• CC du Pays de Fayence : 9 communes\n• CC Pays de Nérondes : 12 communes\n\nElle rassemble 80 professionnels.\n")
    territory = territory_of(record_of(text, tmp_path), "val-de-brume")
    assert [(a["code"], a["extent"], a["communes_count"]["value"]) for a in territory["areas"]] == [
        (FAYENCE, "full", 9), (NERONDES, "full", 12)]
    assert territory["resolved"] == full(FAYENCE, NERONDES)


def test_an_acronym_used_before_the_sentence_that_defines_it(tmp_path):
    body = ("Elle couvre la CCPF. La communauté de communes du Pays de Fayence (CCPF) compte 30 000 habitants.")
    assert [a["code"] for a in areas_of(release(body), tmp_path)] == [FAYENCE]


def test_two_names_after_a_plural_type_word_without_articles(tmp_path):
    body = "Son territoire s'étend sur les communautés de communes du Pays de Fayence et Pays de Nérondes, soit 21 communes."
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    assert [a["code"] for a in territory["areas"]] == [FAYENCE, NERONDES]
    assert territory["resolved"] == full(FAYENCE, NERONDES)


def test_communes_one_line_per_department(tmp_path):
    body = ("Son territoire couvre 7 communes.\n\nPour le Morbihan : Kervignac, Merlevenez, Nostang, Plouhinec et "
            "Sainte-Hélène.\nPour le Finistère : Douarnenez et Kerlaz.\n\nElle rassemble 80 professionnels.")
    record = record_of(release(body), tmp_path)
    assert territory_of(record, "val-de-brume")["resolved"]["insee"] == sorted(BLAVET + ["29046", "29090"])
    assert record["cpts"][0]["departments"] == ["29", "56"]


def test_communes_before_a_passive_verb(tmp_path):
    body = f"Les habitants de {NAMES} sont concernés."
    assert territory_of(record_of(release(body), tmp_path), "val-de-brume")["resolved"]["insee"] == BLAVET


@pytest.mark.parametrize("body", [
    f"La communauté couvre {NAMES}, dans le Morbihan.",
    f"Elle s'étend sur {NAMES}, en Morbihan.",
])
def test_communes_a_covering_verb_names_before_their_department(tmp_path, body):
    assert territory_of(record_of(release(body), tmp_path), "val-de-brume")["resolved"]["insee"] == BLAVET


def test_english_communes_before_their_department(tmp_path):
    text = ("12 March 2024.\n\nThe CPTS du Val de Brume has signed its agreement. The community spans Kervignac, "
            "Merlevenez, Nostang, Plouhinec and Sainte-Hélène, in the Morbihan department.\n")
    assert territory_of(record_of(text, tmp_path), "val-de-brume")["resolved"]["insee"] == BLAVET


def test_a_list_of_communes_followed_by_entre_autres_is_open(tmp_path):
    body = f"Elle couvre les communes de {NAMES}, entre autres."
    assert territory_of(record_of(release(body), tmp_path), "val-de-brume")["resolved"]["complete"] is False


def test_the_two_ends_of_a_territory_after_its_count_give_no_perimeter(tmp_path):
    territory = territory_of(record_of(release("Elle couvre une vingtaine de communes, de Kervignac à Sainte-Hélène."),
                                       tmp_path), "val-de-brume")
    assert [c["insee"] for c in territory["communes"]] == ["56094", "56220"]
    assert territory["resolved"] is None


HAUT_LIGNON, SUCS = "244301107", "244301016"  # 6 and 9 communes (Haute-Loire)
HAUT_LIGNON_PART = ["43069", "43199", "43244"]  # Chenereilles, Saint-Jeures, Tence


@pytest.mark.parametrize("body", [
    "Elle regroupe 12 communes : 3 situées dans la communauté de communes du Haut Lignon et les 9 que compte la "
    "communauté de communes des Sucs.",
    "Elle regroupe 12 communes, dont 3 dans la communauté de communes du Haut Lignon et 9 dans la communauté de "
    "communes des Sucs.",
])
def test_a_count_of_communes_shared_between_two_intercommunalities(tmp_path, body):
    areas = areas_of(release(body), tmp_path)
    assert [(a["code"], a["extent"]) for a in areas] == [(HAUT_LIGNON, "partial"), (SUCS, "full")]


@pytest.mark.parametrize("body", [
    "Son territoire comprend :\n- l'ensemble de la communauté de communes des Sucs ;\n- les communes de Tence, "
    "Chenereilles et Saint-Jeures (communauté de communes du Haut Lignon).\n",
    "Son territoire comprend la communauté de communes des Sucs, auxquelles s'ajoutent Tence, Chenereilles et "
    "Saint-Jeures.",
])
def test_an_intercommunality_and_communes_added_to_it(tmp_path, body):
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    assert territory["resolved"]["insee"] == sorted(full(SUCS)["insee"] + HAUT_LIGNON_PART)
    assert territory["resolved"]["complete"] is True


RODEZ_AGGLO = "241200187"  # CA Rodez Agglomération, 8 communes


@pytest.mark.parametrize("body, expected", [
    ("Elle couvre l'agglomération de Rodez.", [RODEZ_AGGLO]),
    ("Elle s'étend sur les 8 communes de l'agglomération de Rodez.", [RODEZ_AGGLO]),
    ("Elle rassemble des professionnels de l'agglomération de Rodez.", []),  # the town's built-up area as well
    ("Elle est née dans l'agglomération de Rodez.", []),
])
def test_lower_case_agglomeration_is_an_intercommunality_only_as_what_is_covered(tmp_path, body, expected):
    assert [a["code"] for a in areas_of(release(body), tmp_path)] == expected


def test_the_west_of_an_intercommunality_is_a_part_of_it(tmp_path):
    territory = territory_of(record_of(release(
        "Elle couvre l'ouest de la communauté de communes des Sucs (Araules, Lapte et Grazac)."), tmp_path), "val-de-brume")
    [area] = territory["areas"]
    assert (area["code"], area["extent"], area["part"]) == (SUCS, "partial", "west")
    assert territory["resolved"]["count"] == 3


@pytest.mark.parametrize("body", [
    "Son territoire :\nCC des Sucs : Araules, Lapte et Grazac\nCC du Haut Lignon : Tence, Chenereilles et Saint-Jeures\n",
    "Elle couvre :\n- dans la CC des Sucs : Araules, Lapte et Grazac ;\n- dans la CC du Haut Lignon : Tence, Chenereilles et "
    "Saint-Jeures.\n",
])
def test_communes_of_two_intercommunalities_one_line_each(tmp_path, body):
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    assert [(a["code"], a["extent"], len(a["listed"])) for a in territory["areas"]] == [
        (SUCS, "partial", 3), (HAUT_LIGNON, "partial", 3)]
    assert territory["resolved"]["count"] == 6 and territory["resolved"]["complete"]


def test_communes_each_followed_by_their_intercommunality_in_brackets(tmp_path):
    body = ("Elle couvre Araules, Lapte et Grazac (CC des Sucs) ainsi que Tence, Chenereilles et Saint-Jeures "
            "(CC du Haut Lignon).")
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    assert [(a["code"], a["extent"], len(a["listed"])) for a in territory["areas"]] == [
        (SUCS, "partial", 3), (HAUT_LIGNON, "partial", 3)]
    assert territory["resolved"]["count"] == 6 and territory["resolved"]["complete"]


def test_communes_one_line_per_intercommunality_under_a_heading(tmp_path):
    text = ("Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son accord conventionnel.\n\nNotre territoire\n"
            "Communauté de communes des Sucs : Araules, Lapte, Grazac\n"
            "Communauté de communes du Haut Lignon : Tence, Chenereilles, Saint-Jeures\n\nElle rassemble 80 professionnels.\n")
    territory = territory_of(record_of(text, tmp_path), "val-de-brume")
    assert [(a["code"], a["extent"], len(a["listed"])) for a in territory["areas"]] == [
        (SUCS, "partial", 3), (HAUT_LIGNON, "partial", 3)]
    assert territory["resolved"]["count"] == 6


@pytest.mark.parametrize("tail", [
    "(12 communes membres)", ", forte de 12 communes", "(douze communes)", ", constituée de 12 communes",
    ", regroupant 12 communes", "(12 communes et 27 000 habitants)", "et ses douze communes", "avec ses 12 communes",
    ", composée des 12 communes de l'ancien canton",
])
def test_the_count_of_an_intercommunality_however_written(tmp_path, tail):
    [area] = areas_of(release(f"Elle couvre la communauté de communes Pays de Nérondes {tail}.".replace(" ,", ",")), tmp_path)
    assert (area["code"], area["communes_count"]["value"]) == (NERONDES, 12)


def test_the_towns_of_the_health_centres_of_the_territory(tmp_path):
    body = ("Elle est née de la volonté des trois maisons de santé du territoire : la MSP du Blavet (Kervignac), "
            "la MSP des Rives (Merlevenez) et le pôle de santé de la Ria (Nostang).")
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    assert [c["insee"] for c in territory["communes"]] == ["56094", "56130", "56148"]
    assert territory["resolved"] is None  # where its health centres are, not all of its perimeter


def test_one_health_centre_and_its_town_is_a_place_in_passing(tmp_path):
    body = "Elle a tenu son assemblée à la maison de santé du Blavet (Kervignac), sur son territoire."
    assert territory_of(record_of(release(body), tmp_path), "val-de-brume")["communes"] == []


@pytest.mark.parametrize("count, extent", [(15, "full"), (10, "partial")])
def test_a_count_shared_by_the_intercommunalities_named_after_it(tmp_path, count, extent):
    body = f"Elle regroupe {count} communes des communautés de communes du Haut Lignon et des Sucs."  # 6 + 9 communes
    assert [(a["code"], a["extent"]) for a in areas_of(release(body), tmp_path)] == [(HAUT_LIGNON, extent), (SUCS, extent)]


def test_communes_after_each_cpts_name_and_a_colon(tmp_path):
    text = ("Le 12 mars 2024.\n\nDeux CPTS ont signé leur accord.\n\n- CPTS du Val de Brume : Kervignac, Merlevenez, "
            "Nostang\n- CPTS des Monts Clairs : Plouhinec, Sainte-Hélène, Riantec\n")
    record = record_of(text, tmp_path)
    assert territory_of(record, "val-de-brume")["resolved"]["insee"] == ["56094", "56130", "56148"]
    assert territory_of(record, "monts-clairs")["resolved"]["insee"] == ["56169", "56193", "56220"]


def test_a_list_of_communes_that_belongs_to_another_cpts(tmp_path):
    body = ("Elle couvre Kervignac, Merlevenez et Nostang. Les communes de Plouhinec, Sainte-Hélène et Riantec relèvent de "
            "la CPTS des Monts Clairs.")
    record = record_of(release(body), tmp_path)
    other = territory_of(record, "monts-clairs")
    assert [c["insee"] for c in other["communes"]] == ["56169", "56220", "56193"]
    assert other["resolved"] is None  # communes of that territory, not all of it


@pytest.mark.parametrize("verb", ["inclut", "s'étire sur", "est à cheval sur", "intègre", "embrasse"])
def test_more_verbs_of_a_territory(tmp_path, verb):
    body = f"Son territoire {verb} la communauté de communes des Sucs et les communes de Tence, Chenereilles et Saint-Jeures."
    territory = territory_of(record_of(release(body), tmp_path), "val-de-brume")
    assert territory["resolved"]["insee"] == sorted(full(SUCS)["insee"] + HAUT_LIGNON_PART)


def test_an_intercommunality_a_crisis_touches_is_no_perimeter(tmp_path):
    assert areas_of(release("La crise touche la communauté de communes des Sucs."), tmp_path) == []


def test_an_intercommunality_covered_by_its_whole_name_without_article(tmp_path):
    assert [a["code"] for a in areas_of(release("Elle couvre Lannion-Trégor."), tmp_path)] == ["200065928"]
    assert areas_of(release("Elle couvre Saint-Malo et Cancale."), tmp_path) == []  # communes, not their EPCI


@pytest.mark.parametrize("listing", [
    "• Communauté de communes des Sucs\n  – Araules\n  – Lapte\n  – Grazac\n• Communauté de communes du Haut Lignon\n"
    "  – Tence\n  – Chenereilles\n  – Saint-Jeures\n",
    "Communauté de communes des Sucs (Araules, Lapte, Grazac)\nCommunauté de communes du Haut Lignon (Tence, Chenereilles, "
    "Saint-Jeures)\n",
    "Elle couvre la communauté de communes des Sucs (Araules, Lapte, Grazac) et la communauté de communes du Haut Lignon "
    "(Tence, Chenereilles, Saint-Jeures).\n",
])
def test_some_communes_under_each_intercommunality(tmp_path, listing):
    text = (f"Le 12 mars 2024.\n\nLa CPTS du Val de Brume a signé son accord conventionnel.\n\nLe territoire de la CPTS :\n"
            f"{listing}\nElle rassemble 80 professionnels.\n")
    territory = territory_of(record_of(text, tmp_path), "val-de-brume")
    assert [(a["code"], a["extent"], len(a["listed"])) for a in territory["areas"]] == [
        (SUCS, "partial", 3), (HAUT_LIGNON, "partial", 3)]
    assert territory["resolved"]["count"] == 6
