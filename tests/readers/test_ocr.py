"""OCR stage: page geometry (skew, text size), layout of tesseract's words, parallel order,
and the low-confidence warning on a degraded page."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline.record.consistency import LOW_OCR_CONFIDENCE
from pipeline.run.extract import extract_file
from pipeline.readers import dropped_lines, ocr, orientation

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["La CPTS du Val de Loire couvre 42 communes et 61 000 habitants.",
         "Elle a été lancée le 3 mai 2024 à Blois, en présence de l'ARS.",
         "Elle fédère plus de 120 professionnels de santé du territoire."]


def page(lines: list[str], size: int = 40, width: int = 2000) -> Image.Image:
    try:
        font = ImageFont.truetype(FONT, size)
    except OSError:
        font = ImageFont.load_default(size)
    image = Image.new("L", (width, 200 + len(lines) * size * 2), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((100, 100 + i * size * 2), line, font=font, fill=0)
    return image


@pytest.mark.parametrize("angle", [-2.0, 1.3])
def test_page_geometry_finds_the_rotation_that_levels_the_lines(angle):
    tilted = page(LINES * 6).rotate(-angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    found, _ = ocr.page_geometry(tilted)
    assert found == pytest.approx(angle, abs=0.25)


def test_page_geometry_measures_the_text_size():
    _, small = ocr.page_geometry(page(LINES * 6, size=20))
    _, large = ocr.page_geometry(page(LINES * 6, size=40))
    assert 1.6 < large / small < 2.4
    assert small < ocr.MIN_LINE_HEIGHT  # would be enlarged before OCR


def test_small_tilted_text_is_read():
    image = page(LINES, size=22).rotate(1.5, resample=Image.BICUBIC, expand=True, fillcolor=255)
    text = ocr.ocr_images([image])[0].text
    assert "42 communes" in text and "61 000 habitants" in text and "lancée le 3 mai 2024" in text


def test_pages_come_back_in_order_when_read_in_parallel(monkeypatch):
    monkeypatch.setattr(ocr, "MAX_WORKERS", 2)
    pages = ocr.ocr_images([page([LINES[0]]), page([LINES[2]]), page([LINES[1]])])
    assert ["42 communes" in pages[0].text, "120 professionnels" in pages[1].text, "3 mai" in pages[2].text] == [True] * 3


def _words(*lines: tuple[int, int, int, str]) -> dict:
    """A tesseract word table: (block, top, height, text) per line of one word."""
    data = {k: [] for k in ("text", "block_num", "par_num", "line_num", "top", "height", "conf", "left", "width")}
    for i, (block, top, height, text) in enumerate(lines):
        for key, value in zip(data, (text, block, 1, i, top, height, 95, 0, 100)):
            data[key].append(value)
    return data


def test_layout_puts_blank_lines_where_the_page_has_space_not_where_tesseract_starts_a_paragraph():
    text = ocr._page_from_words(_words((1, 0, 30, "un"), (2, 45, 30, "deux"), (2, 90, 30, "trois"),
                                       (3, 200, 30, "quatre"), (4, 20, 30, "colonne")))
    assert text.text == "un\ndeux\ntrois\n\nquatre\n\ncolonne"


def test_a_degraded_page_is_flagged_low_confidence(tmp_path):
    image = page(LINES * 8, size=24, width=1400).filter(ImageFilter.GaussianBlur(1.6))
    noisy = np.asarray(image, dtype=np.float32) + np.random.default_rng(0).standard_normal(
        (image.height, image.width)).astype(np.float32) * 30
    path = tmp_path / "degraded.png"
    Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(path, dpi=(150, 150))
    record = extract_file(path, path.name).record
    if "error" in record:  # too damaged to read at all is also a correct outcome, but not this one
        pytest.fail(f"the degraded page should still be read: {record['error']}")
    assert record["document"]["ocr"]["mean_confidence"] < LOW_OCR_CONFIDENCE
    assert "low_ocr_confidence" in [w["code"] for w in record["warnings"]]


def test_a_clean_page_is_not_flagged(tmp_path):
    path = tmp_path / "clean.png"
    page(LINES * 4, size=36).save(path, dpi=(300, 300))
    record = extract_file(path, path.name).record
    assert record["document"]["format"] == "image"
    assert record["document"]["ocr"]["mean_confidence"] >= LOW_OCR_CONFIDENCE
    assert "low_ocr_confidence" not in [w["code"] for w in record["warnings"]]
    assert record["cpts"][0]["communes_count"]["value"] == 42


def phone_like(image: Image.Image) -> Image.Image:
    """Grey paper, a dim corner and a soft shadow, as in a phone picture of a page."""
    pixels = np.asarray(image, dtype=np.float32)
    ys = np.linspace(0.0, 1.0, pixels.shape[0])[:, None]
    xs = np.linspace(0.0, 1.0, pixels.shape[1])[None, :]
    light = (0.6 + 0.4 * np.minimum(np.sqrt(ys ** 2 + xs ** 2), 1.0)) * (1 - 0.25 * np.exp(-((ys - 0.5) / 0.1) ** 2))
    pixels = (60 + pixels * (200 - 60) / 255) * light
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))


def test_only_photos_get_the_photo_cleaning():
    clean = page(LINES * 4, size=30)
    assert not ocr.is_photo(clean)
    assert ocr.is_photo(phone_like(clean))


@pytest.mark.parametrize("size", [(1, 1), (2, 5), (37, 23), (640, 480)])
def test_median_3x3_is_pillows_median_filter(size):
    pixels = np.random.default_rng(7).integers(0, 256, size=size[::-1], dtype=np.uint8)
    expected = np.asarray(Image.fromarray(pixels).filter(ImageFilter.MedianFilter(3)))
    assert np.array_equal(ocr.median_3x3(pixels), expected)


def test_cleaning_evens_out_the_paper_of_a_photo():
    photo = phone_like(page(LINES * 4, size=30))
    def spread(image):
        paper = ocr.paper_levels(image)
        return np.percentile(paper, 95) - np.percentile(paper, 5)

    cleaned = ocr.cleaned_photo(photo)
    assert spread(cleaned) < spread(photo) * 0.6
    assert np.median(ocr.paper_levels(cleaned)) > 240  # white paper


def test_a_photo_with_tiny_letters_is_enlarged_before_it_is_cleaned():
    photo = phone_like(page(LINES * 4, size=12))
    _, line_height = ocr.page_geometry(ocr.cleaned_photo(photo.convert("L")))
    assert line_height < ocr.MIN_PHOTO_LINE_HEIGHT
    _, factor, is_photo = ocr._prepared(photo)
    assert is_photo and factor > 1.5
    text = ocr.ocr_images([photo])[0].text
    assert "61 000 habitants" in text and "120 professionnels" in text


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_on_its_side_or_upside_down_is_read_upright(turn):
    turned = page(LINES * 6, size=30).rotate(turn, expand=True)
    assert orientation.clockwise_turn(turned) == turn
    text = ocr.ocr_images([turned])[0].text
    assert "42 communes" in text and "lancée le 3 mai 2024" in text


def test_an_upright_page_read_with_confidence_is_not_checked_for_orientation(monkeypatch):
    monkeypatch.setattr(orientation, "clockwise_turn", lambda image: pytest.fail("orientation checked"))
    assert "42 communes" in ocr.ocr_images([page(LINES, size=30)])[0].text


def test_a_shaded_photo_is_read():
    text = ocr.ocr_images([phone_like(page(LINES, size=30))])[0].text
    assert "Val de Loire" in text and "61 000 habitants" in text


def _one_line(confidences: list[float], word: str = "mot") -> dict:
    """A word table as tesseract's image_to_data gives it: one line of words."""
    count = len(confidences)
    return {"text": [word] * count, "conf": confidences, "block_num": [1] * count, "par_num": [1] * count,
            "line_num": [1] * count, "top": [10] * count, "left": [5] * count, "width": [20] * count,
            "height": [10] * count}


def _with_a_dropped_line() -> Image.Image:
    """A page with a band of ink below the words `_one_line` reads: a line the reading left out."""
    picture = Image.new("L", (200, 100), 255)
    ImageDraw.Draw(picture).rectangle((10, 60, 190, 75), fill=0)
    return picture


def _read_with(monkeypatch, first: list[float], second: list[float], photo: bool = False,
               picture: Image.Image | None = None):
    """ocr_image with tesseract replaced: `first` for the page, `second` for its sharpened copy."""
    calls = []

    def fake(path, dpi):
        sharpened = path.endswith("sharpened.bmp")
        calls.append("second" if sharpened else "first")
        return _one_line(second, "deux") if sharpened else _one_line(first, "un")

    monkeypatch.setattr(ocr, "run_tesseract", fake)
    monkeypatch.setattr(ocr, "_prepared", lambda image: (image.convert("L"), 1.0, photo))
    monkeypatch.setattr(ocr, "second_pass", True)
    monkeypatch.setattr(ocr, "recover_lines", False)  # tested in test_dropped_lines.py
    return ocr.ocr_image(picture or Image.new("L", (200, 100), 255)), calls


def test_a_page_read_with_confidence_is_read_once(monkeypatch):
    page, calls = _read_with(monkeypatch, [96.0] * 10, [99.0] * 10)
    assert calls == ["first"] and page.text == " ".join(["un"] * 10)


def test_a_page_read_with_low_confidence_keeps_the_surer_reading(monkeypatch):
    before = ocr.second_pass_counts()
    page, calls = _read_with(monkeypatch, [60.0] * 10, [90.0] * 10)
    assert calls == ["first", "second"] and page.text.startswith("deux")
    assert ocr.second_pass_counts() == (before[0] + 1, before[1] + 1)
    page, calls = _read_with(monkeypatch, [60.0] * 10, [55.0] * 10)
    assert calls == ["first", "second"] and page.text.startswith("un")


def test_a_second_reading_that_lost_words_is_not_taken(monkeypatch):
    page, _ = _read_with(monkeypatch, [60.0] * 10, [95.0] * 5)
    assert page.text.startswith("un")


def test_a_second_reading_about_as_sure_is_taken_only_when_it_found_more_words(monkeypatch):
    dropped = _with_a_dropped_line()
    page, _ = _read_with(monkeypatch, [90.0] * 100, [90.5] * 100, photo=True, picture=dropped)
    assert page.text.startswith("un")  # a fraction of a point: a toss-up
    page, _ = _read_with(monkeypatch, [90.0] * 100, [90.0] * 103, photo=True, picture=dropped)
    assert page.text.startswith("deux")  # a line the first reading dropped
    page, _ = _read_with(monkeypatch, [90.0] * 100, [89.7] * 103, photo=True, picture=dropped)
    assert page.text.startswith("deux")  # the dropped line's hard words lower the mean a little
    page, _ = _read_with(monkeypatch, [90.0] * 100, [89.0] * 103, photo=True, picture=dropped)
    assert page.text.startswith("un")


def test_photos_are_read_again_below_a_higher_mark(monkeypatch):
    confidence = (ocr.SECOND_PASS_CONFIDENCE + ocr.PHOTO_SECOND_PASS_CONFIDENCE) / 2
    _, calls = _read_with(monkeypatch, [confidence] * 10, [99.0] * 10)
    assert calls == ["first"]
    page, calls = _read_with(monkeypatch, [confidence] * 10, [99.0] * 10, photo=True, picture=_with_a_dropped_line())
    assert calls == ["first", "second"] and page.text.startswith("deux")


def test_a_photo_read_whole_is_not_read_again(monkeypatch):
    """Below the photo mark but with every band of ink inside a word: nothing was dropped."""
    confidence = (ocr.SECOND_PASS_CONFIDENCE + ocr.PHOTO_SECOND_PASS_CONFIDENCE) / 2
    picture = Image.new("L", (200, 100), 255)
    ImageDraw.Draw(picture).rectangle((8, 12, 22, 18), fill=0)  # inside the word box of `_one_line`
    _, calls = _read_with(monkeypatch, [confidence] * 10, [99.0] * 10, photo=True, picture=picture)
    assert calls == ["first"]


def test_left_ink_out_finds_a_band_no_word_covers():
    words = _one_line([90.0])
    assert dropped_lines.left_ink_out(_with_a_dropped_line(), words)
    assert not dropped_lines.left_ink_out(Image.new("L", (200, 100), 255), words)


def test_no_second_pass_when_switched_off(monkeypatch):
    first = _read_with(monkeypatch, [50.0] * 4, [99.0] * 4)
    monkeypatch.setattr(ocr, "second_pass", False)
    monkeypatch.setattr(ocr, "run_tesseract", lambda path, dpi, psm=None: _one_line([50.0] * 4, "un"))
    page = ocr.ocr_image(Image.new("L", (200, 100), 255))
    assert first[1] == ["first", "second"] and page.text == "un un un un"
