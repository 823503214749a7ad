"""Wordings at the edges of names and lists: intercommunality types written with points ("C.C.",
"CC.", "C.A."), an English possessive after a CPTS name, a plural "Les CPTS" whose names carry
an aside in brackets, "territoire de" / "région de" inside a name, words cut by a hyphen at a
line end, and a hamlet named inside a list of communes. Invented sentences; the intercommunalities
and communes exist in the gazetteer, their codes are taken from it, never from the pipeline."""
from __future__ import annotations

import pytest

from perimeter import english_release, record_of, release, territory_of
from pipeline.facts.names import find_mentions
from pipeline.facts.place_names import is_department_name
from pipeline.text.repair import repair_text

POUZAUGES = "248500464"  # CC du Pays de Pouzauges (85)
MORTAGNE = "248500662"  # CC du Pays de Mortagne (85)
GRAND_ORB = "200042646"  # CC Grand Orb (34)
PAYS_BASQUE = "200067106"  # CA du Pays Basque (64)


def _epci_codes(record: dict, key: str) -> list[str]:
    return sorted(a["code"] for a in territory_of(record, key)["areas"] if a["kind"] == "epci" and a["code"])


def _keys(record: dict) -> list[str]:
    return [c["key"] for c in record["cpts"]]


def _names(text: str) -> list[str]:
    return [m.surface for m in find_mentions(text, is_department_name)]


# --- 1. intercommunality types written with points ---------------------------------------------

@pytest.mark.parametrize("sentence, key, sirens", [
    ("En Vendée, la CPTS des Collines couvre la C.C. du Pays de Pouzauges.", "collines", [POUZAUGES]),
    ("En Vendée, la CPTS des Collines couvre la CC. du Pays de Pouzauges.", "collines", [POUZAUGES]),
    ("Dans l'Hérault, la CPTS des Monts d'Orb couvre la C.C. Grand Orb.", "monts-d-orb", [GRAND_ORB]),
    ("La CPTS des Deux Gaves s'étend sur la C.A. du Pays Basque.", "deux-gaves", [PAYS_BASQUE]),
    ("En Vendée, la CPTS des Collines couvre la C.d.C. du Pays de Pouzauges.", "collines", [POUZAUGES]),
    ("En Vendée, la CPTS des Collines couvre la Com. Com. du Pays de Pouzauges.", "collines", [POUZAUGES]),
    ("En Vendée, la CPTS des Collines couvre la C.C. du Pays de Pouzauges et la C.C. du Pays de Mortagne.",
     "collines", [MORTAGNE, POUZAUGES]),
    ("En Vendée, la CPTS des Collines couvre la CC du Pays de Pouzauges, la C.C. du Pays de Mortagne.",
     "collines", [MORTAGNE, POUZAUGES]),
    ("En Vendée, la CPTS des Collines couvre deux communautés de communes : la C.C. du Pays de Pouzauges et "
     "la C.C. du Pays de Mortagne.", "collines", [MORTAGNE, POUZAUGES]),
])
def test_a_dotted_intercommunality_type_is_read(tmp_path, sentence, key, sirens):
    assert _epci_codes(record_of(release(sentence), tmp_path), key) == sorted(sirens)


@pytest.mark.parametrize("sentence", [
    "En Vendée, la CPTS des Collines a réuni son C.A. du 12 mars.",
    "En Vendée, le C.A. de la CPTS des Collines a validé le projet de santé.",
])
def test_a_board_written_c_a_is_no_intercommunality(tmp_path, sentence):
    record = record_of(release(sentence), tmp_path)
    assert _keys(record) == ["collines"]
    assert _epci_codes(record, "collines") == []


# --- 2. an English possessive ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The CPTS Val Fleuri's members met in March.",
    "The CPTS Val Fleuri’s members met in March.",
    "The Val Fleuri CPTS's members met in March.",
])
def test_an_english_possessive_is_no_part_of_the_name(sentence):
    assert _names(sentence) == ["Val Fleuri"]


@pytest.mark.parametrize("text, expected", [
    ("La CPTS des Monts d'Orb a signé.", ["des Monts d'Orb"]),
    ("La CPTS Val d'Ouest a signé.", ["Val d'Ouest"]),
])
def test_an_apostrophe_inside_a_name_stays(text, expected):
    assert _names(text) == expected


# --- 3. names after a plural head, each with an aside in brackets ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Les CPTS du Val Fleuri (Rhône) et des Monts Verts (Loire) ont signé.", ["du Val Fleuri", "des Monts Verts"]),
    ("Les CPTS du Val Fleuri (69) et de la Plaine Haute (42) ont signé.", ["du Val Fleuri", "de la Plaine Haute"]),
    ("Les CPTS Val Fleuri (Rhône) et Monts Verts (Loire) ont signé.", ["Val Fleuri", "Monts Verts"]),
    ("Les CPTS du Val Fleuri, en Haute-Loire, et des Monts Verts, dans la Loire, ont signé.",
     ["du Val Fleuri", "des Monts Verts"]),
    ("Les CPTS du Val Fleuri (120 adhérents), du Lac Noir (80 adhérents) et du Pic Bleu se réunissent.",
     ["du Val Fleuri", "du Lac Noir", "du Pic Bleu"]),
])
def test_listed_names_with_an_aside_in_brackets(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri (Rhône) et des médecins du secteur ont signé.",
    "Les CPTS du Val Fleuri, dans la Loire, et de nombreux partenaires ont signé.",
    "Les CPTS du Val Fleuri (Rhône) et de nombreux partenaires ont signé.",
])
def test_an_aside_after_a_name_lists_nothing_more(text):
    assert _names(text) == ["du Val Fleuri"]


# --- 4. "territoire de" and "région de" in lower case inside a name ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du territoire de Montval a signé son contrat.", ["du territoire de Montval"]),
    ("La CPTS de la région de Montval a signé son contrat.", ["de la région de Montval"]),
])
def test_territoire_de_or_region_de_before_a_name_is_part_of_it(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("la CPTS Flandre Nord, 1re CPTS du territoire des Hauts-de-France.", ["Flandre Nord"]),
    ("La CPTS du territoire de la Sarthe s'organise.", []),
    ("C'est la 11e CPTS de la région Bretagne.", []),
    ("C'est la 11e CPTS de la région de Bretagne.", []),
    ("La CPTS d'Île-de-France est lancée.", []),
    ("La CPTS du territoire, créée en 2022, a signé.", []),
    ("Une CPTS du territoire de Montval verra le jour.", []),
    ("C'est la 1re CPTS de la région de Montval.", []),
    ("Les CPTS du territoire de Montval se réunissent.", []),
    ("La CPTS du territoire de la CC du Val Vert a signé.", []),
    # a name goes on into neither noun: "du territoire de" after it is where the CPTS lies
    ("La CPTS Val Fleuri du territoire de Montval a signé.", ["Val Fleuri"]),
    ("La CPTS Val Fleuri de la région de Montval a signé.", ["Val Fleuri"]),
])
def test_a_region_department_or_bare_territory_names_no_cpts(text, expected):
    assert _names(text) == expected


# --- 5. a word cut by a hyphen at a line end ------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("Marie Durand, coordi-\nnatrice de la CPTS", "Marie Durand, coordinatrice de la CPTS"),
    ("les profes-\nsionnels de santé", "les professionnels de santé"),
])
def test_a_word_cut_at_a_line_end_is_joined(raw, expected):
    assert repair_text(raw).text == expected


@pytest.mark.parametrize("raw", [
    "le suivi pré-\net post-natal",
    "la commune de Saint-Jean-de-\nLosne",  # a name's own hyphen: the readers of names join its lines
    "la CPTS Val-\nFleuri",  # a capital after the cut: a name's hyphen no list knows, left as written
])
def test_a_hyphen_at_a_line_end_that_cuts_no_word_stays(raw):
    assert repair_text(raw).text == raw


def test_a_name_whose_own_hyphen_ends_a_line_is_read_whole(tmp_path):
    record = record_of("Le 14 mai 2024\n\nLa CPTS Val-\nFleuri a signé son accord avec l'ARS.\n", tmp_path)
    assert [(c["key"], c["name"]) for c in record["cpts"]] == [("val-fleuri", "CPTS Val-Fleuri")]


def test_a_name_and_a_role_cut_at_line_ends_are_read_whole(tmp_path):
    text = ("Le 14 mai 2024\n\nLa CPTS du Val Fleu-\nri a signé son accord avec l'ARS. Marie Durand, coordi-\n"
            "natrice de la CPTS, s'en réjouit.\n")
    record = record_of(text, tmp_path)
    assert _keys(record) == ["val-fleuri"]
    assert [(p["name"], p["role"]) for p in record["cpts"][0]["people"]] == [("Marie Durand", "coordinatrice")]


# --- 6. a hamlet inside a list of communes --------------------------------------------------------

def _communes(record: dict, key: str) -> list[str]:
    return sorted(territory_of(record, key)["resolved"]["insee"])


SAINT_GENEST, TARENTAISE, LE_BESSAT = "42224", "42306", "42017"


@pytest.mark.parametrize("sentence", [
    "La CPTS des Monts couvre les communes de Saint-Genest-Malifaux, Tarentaise, le hameau des Essertines et "
    "Le Bessat, dans la Loire.",
    "La CPTS des Monts couvre les communes de Saint-Genest-Malifaux, Tarentaise (dont le hameau des Essertines) "
    "et Le Bessat, dans la Loire.",
    "La CPTS des Monts couvre les communes de Saint-Genest-Malifaux, Tarentaise, le lieu-dit La Croix et "
    "Le Bessat, dans la Loire.",
    "La CPTS des Monts couvre les communes de Tarentaise, Saint-Genest-Malifaux, les hameaux de la Croix et du Pré, "
    "et Le Bessat, dans la Loire.",
])
def test_a_hamlet_in_a_list_keeps_the_commune_after_it(tmp_path, sentence):
    record = record_of(release(sentence), tmp_path)
    assert _communes(record, "monts") == sorted([SAINT_GENEST, TARENTAISE, LE_BESSAT])
    names = [c["name"] for c in territory_of(record, "monts")["communes"]]
    assert len(names) == 3 and not any("hameau" in n for n in names)
    assert not territory_of(record, "monts")["areas"]


def test_an_english_hamlet_in_a_list_keeps_the_commune_after_it(tmp_path):
    record = record_of(english_release(
        "The CPTS Monts covers the municipalities of Saint-Genest-Malifaux, Tarentaise, the hamlet of Les "
        "Essertines and Le Bessat, in the Loire."), tmp_path)
    assert _communes(record, "monts") == sorted([SAINT_GENEST, TARENTAISE, LE_BESSAT])
