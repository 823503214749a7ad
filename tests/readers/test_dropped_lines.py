"""Lines a reading of a page left out: found by their uncovered ink, read apart, put back."""
from __future__ import annotations

import numpy as np
import pytesseract
import pytest
from PIL import Image

from pipeline.readers import dropped_lines, ocr, page_text

from tests.readers.test_ocr import LINES, page


def _words_of_lines(picture: Image.Image, keep: int) -> dict:
    """Tesseract's word table of `picture` with only its first `keep` lines kept: a reading
    that dropped the others."""
    words = pytesseract.image_to_data(picture, lang=ocr.LANGUAGES, config=ocr.CONFIG,
                                      output_type=pytesseract.Output.DICT)
    line_tops = sorted({words["top"][i] // 40 for i, w in enumerate(words["text"]) if w.strip()})
    kept = set(line_tops[:keep])
    return {key: [v for i, v in enumerate(values) if words["text"][i].strip() and words["top"][i] // 40 in kept]
            for key, values in words.items()}


def test_a_dropped_line_is_found_read_and_put_back_in_its_place():
    picture = page(LINES)
    first_two = _words_of_lines(picture, keep=2)
    assert "120" not in " ".join(first_two["text"])
    lost = dropped_lines.lost_lines(picture, first_two, lambda stack: pytesseract.image_to_data(
        stack, lang=ocr.LANGUAGES, config="--oem 1 --psm 6", output_type=pytesseract.Output.DICT))
    assert len(lost) == 1
    assert "120 professionnels" in " ".join(lost[0].words)
    assert abs(lost[0].top - (100 + 2 * 80)) < 15  # the third line's height on the page
    text, _ = page_text.text_and_confidences(first_two, lost)
    assert text.splitlines()[-1].startswith("Elle fédère plus de 120")


def test_a_reading_that_left_nothing_out_gets_nothing_added():
    picture = page(LINES)
    everything = _words_of_lines(picture, keep=3)
    calls = []
    assert dropped_lines.lost_lines(picture, everything, lambda stack: calls.append(stack)) == [] and calls == []


def test_a_lost_line_in_the_middle_goes_between_its_neighbours():
    table = {"text": ["un", "trois"], "block_num": [1, 1], "par_num": [1, 1], "line_num": [1, 2],
             "top": [10, 90], "left": [0, 0], "width": [100, 100], "height": [20, 20], "conf": [95, 95]}
    lost = [dropped_lines.FoundLine(top=50, left=0, right=90, words=["deux"], confidences=[90.0])]
    text, confidences = page_text.text_and_confidences(table, lost)
    assert text == "un\ndeux\ntrois" and confidences == [95.0, 95.0, 90.0]


def test_stains_and_rules_are_not_taken_for_lines():
    assert not dropped_lines._is_text(dropped_lines.FoundLine(0, 0, 10, ["—", "|"], [80.0, 80.0]))
    assert not dropped_lines._is_text(dropped_lines.FoundLine(0, 0, 10, ["communes"], [30.0]))
    assert dropped_lines._is_text(dropped_lines.FoundLine(0, 0, 10, ["Fixin,", "Urcy"], [85.0, 90.0]))


def test_the_dark_edge_beside_a_photographed_sheet_is_no_lost_line():
    picture = page(LINES)
    picture.paste(0, (picture.width - 100, 0, picture.width, picture.height))  # the table the sheet lies on
    everything = _words_of_lines(picture, keep=3)
    calls = []
    assert dropped_lines.lost_lines(picture, everything, lambda stack: calls.append(stack)) == [] and calls == []


def test_a_line_read_in_part_is_not_read_again_as_a_lost_one():
    table = {"text": ["#CotedOr", "#CPTS"], "top": [10, 10], "left": [0, 300], "width": [200, 100], "height": [20, 20]}
    again = dropped_lines.FoundLine(top=8, left=0, right=900, words=["#CotedOr", "#CPTS", "#AccesAuxSoins"],
                                    confidences=[90.0] * 3, bottom=32)
    lost = dropped_lines.FoundLine(top=48, left=0, right=900, words=["Une", "troisième", "CPTS"],
                                   confidences=[90.0] * 3, bottom=70)
    assert dropped_lines._across_read_words(again, table)
    assert not dropped_lines._across_read_words(lost, table)


def _one_line(words: list[tuple[str, int, int]]) -> dict:
    """A word table of one line: (word, height, confidence) each."""
    n = len(words)
    return {"text": [w for w, _, _ in words], "block_num": [1] * n, "par_num": [1] * n, "line_num": [1] * n,
            "top": [10] * n, "left": [i * 120 for i in range(n)], "width": [100] * n,
            "height": [h for _, h, _ in words], "conf": [c for _, _, c in words]}


@pytest.mark.parametrize("speck", [("8", 8, 20), ("x", 4, 63), ("2", 7, 44)])
def test_a_speck_read_as_a_character_is_left_out(speck):
    table = _one_line([("communes", 22, 95), ("de", 21, 96), ("Côte-d'Or", 30, 93), (":", 21, 93), speck])
    assert page_text.text_and_confidences(table)[0] == "communes de Côte-d'Or :"


@pytest.mark.parametrize("word, height, confidence", [
    ("8", 21, 20),   # a figure of the text's size, read unsure: kept
    ("8", 8, 90),    # small, but read with confidence: an exponent or a footnote mark
    ("a", 11, 60),   # a small letter's height: the verb "a" read unsure
    ("-", 6, 20),    # a mark: bullets and dashes are kept
    ("CC", 8, 20),   # a small but real word of letters: kept
])
def test_small_or_unsure_words_that_are_no_speck_are_kept(word, height, confidence):
    table = _one_line([("communes", 22, 95), ("de", 21, 96), ("l'Ain", 22, 93), (word, height, confidence)])
    assert page_text.text_and_confidences(table)[0].endswith(" " + word)


def test_a_band_the_grey_reading_leaves_empty_is_read_again_cut_at_the_ink_level():
    picture = page(LINES)
    first_two = _words_of_lines(picture, keep=2)
    pictures = []

    def read(stack: Image.Image) -> dict:
        pictures.append(stack)
        if len(pictures) == 1:  # tesseract's own threshold found no text in the strip
            return {key: [] for key in first_two}
        return pytesseract.image_to_data(stack, lang=ocr.LANGUAGES, config="--oem 1 --psm 6",
                                         output_type=pytesseract.Output.DICT)

    lost = dropped_lines.lost_lines(picture, first_two, read)
    assert len(pictures) == 2 and set(np.unique(np.asarray(pictures[1]))) <= {0, 255}
    assert len(lost) == 1 and "120 professionnels" in " ".join(lost[0].words)


def test_a_stray_mark_does_not_lower_a_lost_line_below_the_confidence_it_needs():
    line = dropped_lines.FoundLine(0, 0, 10, ["Clénay,", "Flacey,", "Orgeux,", ":"], [78.0, 91.0, 90.0, 0.0])
    assert dropped_lines._is_text(line)
    assert not dropped_lines._is_text(line, min_confidence=90.0)


def test_a_list_of_names_read_with_less_confidence_still_counts_as_a_lost_line():
    blurred = dropped_lines.FoundLine(0, 0, 10, ["Ciéney,", "Coutemon.,", "Flacey,", "Norges-ta-Viie,", "Orgeux.", "Saint-Juien,"],
                                      [81.0, 45.0, 70.0, 25.0, 91.0, 43.0])
    assert dropped_lines._is_text(blurred, dropped_lines.MIN_CUT_LINE_CONFIDENCE)
    # the same confidence without words or names: a stain or a logo
    stain = dropped_lines.FoundLine(0, 0, 10, ["Ciéney,", "Coutemon.,", "Xhrwq,", "Norges-ta-Viie,", "Tmmvb.", "Saint-Juien,"],
                                    [81.0, 45.0, 70.0, 25.0, 91.0, 43.0])
    assert not dropped_lines._is_text(stain, dropped_lines.MIN_CUT_LINE_CONFIDENCE)
    # too few words to tell, or read with too little confidence
    assert not dropped_lines._is_text(dropped_lines.FoundLine(0, 0, 10, ["Flacey,", "Orgeux"], [50.0, 50.0]))
    assert not dropped_lines._is_text(dropped_lines.FoundLine(0, 0, 10, ["Flacey,", "Orgeux,", "Dijon,", "Fixin"], [30.0] * 4))
