"""More of the genre's ways of naming several CPTS or ending a name: an adjective between a count and
the plural head ("trois nouvelles CPTS : X, Y et Z"), "puis" joining the last names of a list, the
typist's "CTPS" for "CPTS", and a name alone on its line above a sentence opened by a "co-" participle
("... de santé du Val Fleuri\nCo-porté entre ..."). Invented texts only."""
from __future__ import annotations

import pytest

from pipeline.facts.names import find_mentions


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_mentions(text)]


@pytest.mark.parametrize("text, surfaces", [
    pytest.param("Le département compte trois nouvelles CPTS : Val Fleuri, Monts Verts et Pic Bleu.",
                 ["Val Fleuri", "Monts Verts", "Pic Bleu"], id="nouvelles"),
    pytest.param("Les premières CPTS du Val Fleuri et du Pic Bleu ont signé en 2020.",
                 ["du Val Fleuri", "du Pic Bleu"], id="premieres"),
    pytest.param("Two new CPTS, Val Fleuri and Pic Bleu, signed in May.", ["Val Fleuri", "Pic Bleu"], id="counted-english"),
])
def test_an_adjective_between_the_count_and_the_head(text, surfaces):
    assert _surfaces(text) == surfaces


@pytest.mark.parametrize("text, surfaces", [
    pytest.param("Trois CPTS suivront : Val Fleuri, Monts Verts puis Pic Bleu.", ["Val Fleuri", "Monts Verts", "Pic Bleu"],
                 id="puis"),
    pytest.param("Les CPTS du Val Fleuri, puis du Pic Bleu ont signé.", ["du Val Fleuri", "du Pic Bleu"], id="comma-puis"),
])
def test_puis_joins_the_last_names_of_a_list(text, surfaces):
    assert _surfaces(text) == surfaces


@pytest.mark.parametrize("text, surfaces", [
    pytest.param("La CTPS du Val Fleuri a signé son contrat.", ["du Val Fleuri"], id="one"),
    pytest.param("Grâce à la création de 2 nouvelles CTPS : Val Fleuri et Pic Bleu.", ["Val Fleuri", "Pic Bleu"], id="plural"),
])
def test_a_transposed_head_is_the_head(text, surfaces):
    assert _surfaces(text) == surfaces


def test_a_co_participle_on_the_next_line_ends_the_name():
    text = ("La Caisse primaire d'assurance maladie\n"
            "La Communauté Professionnelle Territoriale de Santé du Val Fleuri\n"
            "Co-porté entre la ville et l'ARS, le contrat coordonne des actions répondant aux enjeux du territoire.")
    assert _surfaces(text) == ["du Val Fleuri"]


def test_a_place_on_the_next_line_goes_on_with_the_name():
    text = ("Les soignants ont créé la communauté professionnelle territoriale de santé de la Vallée\n"
            "Haute de Rocheval, qui a signé son accord.")
    assert [" ".join(surface.split()) for surface in _surfaces(text)] == ["de la Vallée Haute de Rocheval"]


@pytest.mark.parametrize("text, surface", [
    pytest.param("Le lancement de la communauté professionnelle territoriale de santé (CPTS) de Charente limousine a "
                 "eu lieu.", "de Charente limousine", id="limousine"),
    pytest.param("La CPTS du Vexin normand a signé son accord.", "du Vexin normand", id="normand"),
    pytest.param("La CPTS du Pays bigouden a signé.", "du Pays bigouden", id="a-rare-word-after-a-land-noun"),
    pytest.param("La CPTS du Pays saint-lois a signé.", "du Pays saint-lois", id="a-saint-s-town"),
    pytest.param("La CPTS du Pays signe son accord.", "du Pays", id="a-common-word-is-the-sentence-s"),
    pytest.param("The CPTS Monts covers the municipalities of the valley.", "Monts", id="an-english-verb"),
])
def test_an_adjective_of_a_province_or_a_land_ends_the_name(text, surface):
    assert _surfaces(text) == [surface]


@pytest.mark.parametrize("text, surfaces", [
    pytest.param("Accueil   La CPTS   Territoire   Projets   Agenda", [], id="a-menu-laid-out-with-spaces"),
    pytest.param("CPTS du Grand Pivert   43   105 000", ["du Grand Pivert"], id="a-row-of-a-table"),
    pytest.param("Accueil\tLa CPTS\tTerritoire", [], id="tabs"),
])
def test_a_column_gap_ends_a_name(text, surfaces):
    assert _surfaces(text) == surfaces


def test_a_tagline_under_the_page_s_title_is_an_alias(record_of):
    text = ("CPTS Arcoat\nCommunauté Professionnelle Territoriale de Santé du centre Pivert\n"
            "La CPTS Arcoat a signé son contrat avec l'ARS le 3 mai 2023. Elle regroupe 80 professionnels.\n")
    assert [(c["key"], c["aliases"]) for c in record_of(text)["cpts"]] == [("arcoat", ["CPTS du centre Pivert"])]


@pytest.mark.parametrize("text, surface", [
    pytest.param("la CPTS du Pays lédonien et de la Bresse a signé", "du Pays lédonien et de la Bresse", id="et-de-la"),
    pytest.param("la CPTS du Bassin annécien et du Semnoz a signé", "du Bassin annécien et du Semnoz", id="et-du"),
    pytest.param("la CPTS du Pays annécien et Paul Morel ont signé", "du Pays annécien", id="a-person-after-et"),
])
def test_a_second_place_after_an_adjective(text, surface):
    assert _surfaces(text) == [surface]
