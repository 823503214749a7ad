"""Text whose lines a word processor or a page layout rewrapped reads as the text it came from:
lists run into a paragraph, words cut by end-of-line hyphens, running heads and page numbers."""
from __future__ import annotations

from pipeline.run.extract import extract_ingested
from pipeline.model import Ingested
from pipeline.readers.pdf import text_layer
from pipeline.readers.pdf_layout import mend_hyphenation
from pipeline.text.repair import repair_text

from tests.readers.test_readers import lines_at, make_pdf

# An invented communiqué: its territory as a list, one item per line.
INTRO = ("La CPTS du Val d'Ouche couvre 40 communes en Côte-d'Or, sur deux communautés de "
         "communes et une partie d'une troisième. Son territoire comprend :")
ITEMS = ["- la communauté de communes du Montbardois (Montbard notamment) ;",
         "- la communauté de communes du Pays d'Alésia et de la Seine : Flavigny-sur-Ozerain, "
         "Venarey-lès-Laumes, Verrey-sous-Salmaise ;",
         "- la communauté de communes de Saulieu : La Roche-en-Brénil, Saulieu."]


def record_of(text: str) -> dict:
    return extract_ingested("invented.txt", text.encode("utf-8"), Ingested(raw=text, format="text"))


def territory_of(text: str) -> tuple[set, set]:
    cpts = record_of(text)["cpts"][0]
    areas = cpts["territory"]["areas"]
    listed = {(a["code"], m["insee"]) for a in areas for m in a["listed"]}
    return {a["code"] for a in areas}, listed


def test_a_list_run_into_its_paragraph_gives_the_same_territory():
    as_list = INTRO + "\n\n" + "\n".join(ITEMS) + "\n"
    inline = INTRO + " " + " ".join(ITEMS) + "\n"
    areas, listed = territory_of(as_list)
    assert ("242101459", "21663") in listed  # Venarey-lès-Laumes in its community
    assert territory_of(inline) == (areas, listed)


def test_inline_items_start_their_own_lines_and_offsets_map_back():
    raw = "Son territoire : - la commune A ; - la commune B ; - la commune C."
    text_map = repair_text(raw)
    assert text_map.text == "Son territoire :\n- la commune A ;\n- la commune B ;\n- la commune C."
    start = text_map.text.index("- la commune B")
    assert raw[text_map.to_raw(start):].startswith("- la commune B")


def test_a_single_dash_in_a_sentence_is_not_a_list():
    raw = "Le bilan : - 5 % de passages aux urgences en un an, selon l'ARS."
    assert repair_text(raw).text == raw


def test_a_hyphen_wrapped_commune_name_is_rejoined():
    assert repair_text("Flavigny-sur-Ozerain, Venarey-lès- Laumes, Saulieu").text == (
        "Flavigny-sur-Ozerain, Venarey-lès-Laumes, Saulieu")
    assert repair_text("à Saint-Loup-Géanges en Saône\n-et-Loire.").text == (
        "à Saint-Loup-Géanges en Saône-et-Loire.")


def test_a_word_cut_by_a_hyphen_is_rejoined_and_suspended_hyphens_stay():
    assert repair_text("450 profes- sionnels de santé").text == "450 professionnels de santé"
    assert repair_text("les soins pré- et post-natals").text == "les soins pré- et post-natals"


def test_pdf_rejoins_a_place_name_cut_inside_a_word():
    text = mend_hyphenation("la communauté de communes de Gevrey-Cham-\nbertin et de Nuits")
    assert "Gevrey-Chambertin" in text


def test_pdf_mends_a_word_cut_at_the_foot_of_a_page():
    first = lines_at(72, 780, ["Une première ligne de texte, bien remplie,",
                               "puis la CPTS rassemble plus de quatre cents profes-"])
    second = lines_at(72, 780, ["sionnels de santé du territoire", "et des environs."])
    pages = text_layer(make_pdf([first, second]))
    assert pages[0].endswith("professionnels") and pages[1].startswith("de santé")


def test_page_numbers_and_running_heads_are_not_read():
    head, foot = "Agence régionale de santé – communiqué", "Contact presse : service communication"
    pages = [f"{head}\n\nLa CPTS du Val d'Ouche réunit 85 professionnels.\n\n{foot}\nPage 1 / 2",
             f"{head}\n\nElle couvre 12 communes.\n\n{foot}\nPage 2 / 2"]
    raw = "\f".join(pages)
    text = repair_text(raw).text
    assert head not in text and foot not in text and "Page" not in text
    assert "85 professionnels" in text and "12 communes" in text


def test_a_page_number_line_is_not_read_as_a_figure():
    body = ("La CPTS du Val d'Ouche, lancée le 3 mars 2022, réunit 85 professionnels de santé "
            "et couvre 12 communes.")
    raw = f"{body}\n\n3\f Elle compte aussi 4 maisons de santé.\n\n4"
    cpts = record_of(raw)["cpts"][0]
    assert cpts["professionals_count"]["value"] == 85
    assert cpts["communes_count"]["value"] == 12


def test_a_number_cut_between_digit_groups_is_rejoined():
    assert repair_text("et concerne 37\n000 habitants").text == "et concerne 37 000 habitants"
    assert repair_text("le 12/03/2021\n000 dossiers").text == "le 12/03/2021\n000 dossiers"
