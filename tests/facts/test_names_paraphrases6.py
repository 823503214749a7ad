"""Where a CPTS's name begins and ends, in more of the ways the press and releases write it: the head in the
press's "Cpts" or spelled out in other words, a place's adjective or region noun in lower case ending the name, a
commune or the spelled-out head in brackets (no other name); and generic phrases that name none. Invented texts
only: no name comes from a real document."""
from __future__ import annotations

import pytest


def _names(record: dict) -> dict[str, tuple[str, list[str]]]:
    return {c["key"]: (c["name"], c["aliases"]) for c in record["cpts"]}


@pytest.mark.parametrize("text, name", [
    # the press's title case
    ("La Cpts Val Fleuri a signé son accord avec l'ARS.", "CPTS Val Fleuri"),
    ("Les soignants de la Cpts du Val Fleuri se sont réunis jeudi.", "CPTS du Val Fleuri"),
    # the spelled-out head in other words
    ("La communauté professionnelle de territoire de santé du Val Fleuri a signé son ACI.", "CPTS du Val Fleuri"),
    ("La communauté professionnelle territoriale en santé du Val Fleuri a signé son ACI.", "CPTS du Val Fleuri"),
    ("La C.P.T.S. Val Fleuri a signé son ACI.", "CPTS Val Fleuri"),
])
def test_other_heads(record_of, text, name):
    assert _names(record_of(text)) == {"val-fleuri": (name, [])}


@pytest.mark.parametrize("text, key, name", [
    # a place's adjective in lower case ends the name
    ("La CPTS Ardèche méridionale a signé son ACI.", "ardeche-meridionale", "CPTS Ardèche méridionale"),
    ("La CPTS Alpes orientales signe son ACI.", "alpes-orientales", "CPTS Alpes orientales"),
    ("La CPTS Sud toulousain a signé son ACI.", "sud-toulousain", "CPTS Sud toulousain"),
    ("La CPTS des Monts lyonnais a signé son ACI.", "monts-lyonnais", "CPTS des Monts lyonnais"),
    # a region's noun written in lower case after "du"
    ("La CPTS des Monts du lyonnais a signé son ACI.", "monts-du-lyonnais", "CPTS des Monts du lyonnais"),
    # names with articles, digits, hyphens and small words
    ("La CPTS Sud-Est 45 a signé son accord le 12 mars 2024.", "sud-est-45", "CPTS Sud-Est 45"),
    ("La CPTS des Deux Rives regroupe 150 professionnels de santé.", "deux-rives", "CPTS des Deux Rives"),
    ("La CPTS Les Portes du Soleil a signé son ACI.", "les-portes-du-soleil", "CPTS Les Portes du Soleil"),
    ("La CPTS du Val d'Authion et de la Vallée a signé son ACI.", "val-d-authion-et-de-la-vallee",
     "CPTS du Val d'Authion et de la Vallée"),
    ("La CPTS « Cœur de Loire » a signé son ACI avec l'ARS et la CPAM.", "coeur-de-loire", "CPTS Cœur de Loire"),
    # ending at a date, a place, a verb
    ("La CPTS Val Fleuri le 12 mars 2024 a signé son ACI.", "val-fleuri", "CPTS Val Fleuri"),
    ("La CPTS Val Fleuri en Haute-Loire a signé son ACI.", "val-fleuri", "CPTS Val Fleuri"),
    ("La CPTS Val Fleuri Mardi dernier a signé son ACI.", "val-fleuri", "CPTS Val Fleuri"),
    ("La CPTS du Pays de Brière a signé son ACI en mars 2024 à Saint-Nazaire.", "pays-de-briere",
     "CPTS du Pays de Brière"),
])
def test_where_a_name_ends(record_of, text, key, name):
    assert _names(record_of(text))[key][0] == name


@pytest.mark.parametrize("text, aliases", [
    # a commune in brackets is where it is
    ("La CPTS Val Fleuri (Nevers) a signé son ACI.", []),
    ("La CPTS Val Fleuri (Cher) a signé son ACI.", []),
    # the spelled-out head in brackets is no other name
    ("La CPTS Val Fleuri (Communauté Professionnelle Territoriale de Santé) a signé son ACI.", []),
    ("La Communauté Professionnelle Territoriale de Santé Val Fleuri (CPTS) a signé son ACI.", []),
    # acronyms and former names are
    ("La Communauté professionnelle territoriale de santé Val Fleuri (CPTS VF) a signé son ACI.", ["CPTS VF"]),
    ("La CPTS Val Fleuri, anciennement CPTS Nevers Est, a signé son ACI.", ["CPTS Nevers Est"]),
])
def test_what_brackets_after_a_name_give(record_of, text, aliases):
    assert _names(record_of(text)) == {"val-fleuri": ("CPTS Val Fleuri", aliases)}


@pytest.mark.parametrize("text", [
    "Une CPTS de taille 4 couvre plus de 175 000 habitants. Une CPTS de type 2 en couvre moins.",
    "Les CPTS en Île-de-France sont 80. Il y a une CPTS par territoire.",
    "La Fédération des CPTS a salué la signature. L'ACI CPTS a été signé.",
    "Le dispositif CPTS se déploie. La mission CPTS de l'ARS accompagne les projets.",
    "En Bretagne, la première CPTS du département a signé son ACI. Les CPTS sont des associations.",
    "La CPTS nouvellement créée a signé son ACI. Elle couvre 20 communes.",
])
def test_generic_phrases_name_none(record_of, text):
    assert _names(record_of(text)) == {}


# --- a plural head announcing its list further on in the sentence ------------------------------------------

@pytest.mark.parametrize("text", [
    "Trois CPTS ont signé leur accord : Val Fleuri, Haut Plateau et Pic Bleu.",
    "La CPTS Lac Vert a signé son ACI. Les autres CPTS du département sont Val Fleuri, Haut Plateau et Pic Bleu.",
    "La CPTS Lac Vert a signé son ACI. Elle rejoint les CPTS déjà actives du département : Val Fleuri, Haut Plateau "
    "et Pic Bleu.",
    "La CPTS Lac Vert a signé son ACI. Trois autres CPTS sont en projet dans le département (Val Fleuri, Haut "
    "Plateau et Pic Bleu).",
])
def test_a_list_announced_further_on(record_of, text):
    assert {"val-fleuri", "haut-plateau", "pic-bleu"} <= set(_names(record_of(text)))


@pytest.mark.parametrize("text", [
    "Les CPTS sont présentes dans trois villes : Nevers, Decize et Imphy.",
    "Les CPTS du département couvrent trois territoires : Nevers, Decize et Imphy.",
    "Les CPTS ont trois missions socles : Accès aux soins, Parcours et Prévention.",
    "Les présidents des CPTS sont Paul Morel, Anne Roux et Luc Petit.",
    "Les trois CPTS sont présidées respectivement par Paul Morel, Anne Roux et Luc Petit.",
    "Les CPTS sont des associations (Loi 1901).",
    "Les CPTS réunissent les professionnels : Médecins, Infirmiers et Pharmaciens.",
    "Les CPTS signent avec l'ARS et la CPAM : Marc Lenoir et Sophie Vidal étaient présents.",
    "Plusieurs CPTS ont signé dans la région (Nièvre, Cher et Allier).",
    "Les CPTS de la région :\n- Bourgogne\n- Franche-Comté\n",
])
def test_no_list_of_cpts(record_of, text):
    assert _names(record_of(text)) == {}


@pytest.mark.parametrize("text", [
    "Les CPTS du Cher\n- Val Fleuri\n- Haut Plateau\n- Pic Bleu\n",
    "Le département compte trois CPTS :\n• Val Fleuri (2019)\n• Haut Plateau, créée en 2020\n• Pic Bleu\n",
])
def test_a_bulleted_list_under_a_plural_head(record_of, text):
    assert set(_names(record_of(text))) == {"val-fleuri", "haut-plateau", "pic-bleu"}


@pytest.mark.parametrize("text", [
    "Les CPTS ont trois missions :\n- Accès aux soins\n- Parcours\n- Prévention\n",
    "Les CPTS du Cher\n- Paul Morel\n- Anne Roux\n",
    "Les CPTS du Cher se réunissent.\n- Val Fleuri\n- Haut Plateau\n",
])
def test_no_bulleted_list_of_cpts(record_of, text):
    assert _names(record_of(text)) == {}


# --- English plurals --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Val Fleuri and Haut Plateau CPTSs signed their agreements.",
    "The CPTSs of Val Fleuri and Haut Plateau signed their agreements.",
])
def test_english_plurals(record_of, text):
    assert set(_names(record_of(text))) == {"val-fleuri", "haut-plateau"}


def test_a_contact_line_names_a_person_not_a_cpts(record_of):
    text = ("La CPTS Val Fleuri a signé son ACI avec la CPTS Pic Bleu.\nContacts presse :\nARS : Sophie Martin – 02 00 00 00 00\n"
            "CPTS : Julie Perrin, coordinatrice\n")
    assert set(_names(record_of(text))) == {"val-fleuri", "pic-bleu"}
