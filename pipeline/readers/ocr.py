"""Optical character recognition of page images with tesseract (through pytesseract).

Pages are recognised in parallel, one tesseract process per core. Tesseract's own OpenMP
threading is switched off (`OMP_THREAD_LIMIT=1`): with several processes running, its
threads only compete with each other for the same cores and make the whole slower.

The text is rebuilt from tesseract's word table (`image_to_data`, see `page_text`) so that one
run gives both the words and their confidences; lines the reading left out are read again
apart (`dropped_lines`).
"""
from __future__ import annotations

import os
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pytesseract
from PIL import Image, ImageFilter

from ..errors import OcrFailed, OcrTimeout, UnreadableInput
from ..model import OcrInfo
from . import dropped_lines, limits, orientation, page_text

LANGUAGES = "fra+eng"
DEFAULT_DPI = 300
# Page segmentation mode 3: fully automatic layout analysis, the tesseract default.
CONFIG = "--oem 1 --psm 3"
# At most this many tesseract processes at once; None: one per core.
MAX_WORKERS: int | None = None
# Pages turned by less than this are left as they are. Tesseract would level small skews
# itself, and reads a rotated (resampled) page about 12% slower, but on the generated
# bilevel TIFF a 0.3° skew left alone made it drop list dashes.
MIN_SKEW_DEGREES = 0.2
# Pages whose text lines are lower than this (pixels) are enlarged to about the target.
MIN_LINE_HEIGHT = 25
TARGET_LINE_HEIGHT = 32
# A page whose paper (its light background) varies by more than this across the page, or is
# darker than PAPER_GREY, is a photo: its light is flattened and its contrast stretched first.
MAX_PAPER_SPREAD = 24
PAPER_GREY = 215
# Photo preprocessing steps, in the order `ocr_eval --steps` adds them. Measured on the
# phone-scanned fixtures, an unsharp mask and enlarging the (then clean) 200 dpi text both
# raise the character error rate, so photos get only the first three.
PHOTO_STEPS = ("flatten", "denoise", "stretch", "sharpen", "enlarge")
photo_steps: set[str] = {"flatten", "denoise", "stretch"}
# ...but a photo whose lines are lower than this is enlarged all the same, first: taken from
# further away or sent at a reduced size (~100 dpi), its letters are a few pixels high, and
# tesseract read a twentieth of the facts of such a sample page.
MIN_PHOTO_LINE_HEIGHT = 16
# A page whose words have a mean confidence below this is read a second time, sharpened (an
# unsharp mask); `better_page` decides which reading is kept. Clean office scans read at 92-95,
# so they are read once. A phone picture is read again below a higher mark, and only when its
# first reading left a band of ink that no recognised word covers: in a shadow or a dim corner
# tesseract drops a whole line now and then, which lowers its confidence hardly at all. On the
# generated phone pages (`ocr_eval --form phone_pdf --steps`) every second reading that was kept
# came from such a page; read sharpened every time, the same pages come out worse, and so does
# taking whichever reading is surer by a fraction of a point.
SECOND_PASS_CONFIDENCE = 85.0
PHOTO_SECOND_PASS_CONFIDENCE = 94.0
MIN_CONFIDENCE_GAIN = 1.0  # points of mean confidence for the second reading to be taken...
MIN_WORDS_KEPT = 0.9       # ...with at least this share of the first reading's words
MIN_WORDS_FOUND = 1.01     # or with this many times its words, and about as much confidence
MAX_CONFIDENCE_LOSS = 0.5  # (a recovered line of hard words lowers the mean a little)
second_pass = True  # `ocr_eval --steps` measures the OCR with and without it
# Lines a reading left out (`dropped_lines`) read again on their own.
recover_lines = True
# Page segmentation mode 6: one uniform block of text (the stacked bands of lost lines).
BLOCK_PSM = 6


@dataclass
class OcrPage:
    text: str
    confidences: list[float]  # one per recognised word, 0..100


def workers() -> int:
    """How many tesseract processes may run at once: MAX_WORKERS, else the cores this process
    may use (respects CPU affinity and container limits)."""
    if MAX_WORKERS:
        return MAX_WORKERS
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


_slots_lock = threading.Lock()
_slots: dict[int, threading.Semaphore] = {}
# Set by a batch's worker pool before it forks: one semaphore shared by every worker process.
shared_slots = None


def tesseract_slots():
    """One slot per worker, shared by every thread of the process (and by every process of a
    batch): documents read at the same time share the cores instead of each starting a
    tesseract per core."""
    if shared_slots is not None:
        return shared_slots
    count = workers()
    with _slots_lock:
        return _slots.setdefault(count, threading.BoundedSemaphore(count))


@lru_cache(maxsize=1)
def engine_version() -> str:
    """`tesseract 5.3.0`; raises UnreadableInput with what to install when it is missing."""
    try:
        return f"tesseract {pytesseract.get_tesseract_version()}"
    except pytesseract.TesseractNotFoundError as exc:
        raise UnreadableInput("this input needs OCR but tesseract is not installed "
                              "(apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng)") from exc


def ocr_images(images: list[Image.Image]) -> list[OcrPage]:
    """Recognise each image; results in the order of `images`.

    Every page gets a thread, but only `workers()` tesseract processes run at once (the
    slots); the other threads meanwhile straighten and enlarge their pages, so that work
    overlaps tesseract's instead of adding to it.
    """
    engine_version()
    os.environ["OMP_THREAD_LIMIT"] = "1"  # read by each tesseract process we start
    if len(images) == 1:
        return [ocr_image(images[0])]
    # Threads are enough: the work happens in the tesseract processes they wait on.
    with ThreadPoolExecutor(max_workers=len(images)) as pool:
        return list(pool.map(ocr_image, images))


def ocr_image(image: Image.Image) -> OcrPage:
    """The page's words; a page read with little confidence is checked for being on its side
    or upside down (a scanned landscape page, a photo taken sideways) and read again turned."""
    page = _read_page(image)
    if not page.confidences or mean_confidence(page) < orientation.MIN_UPRIGHT_CONFIDENCE:
        with tesseract_slots():
            turn = orientation.clockwise_turn(image)
        if turn:
            turned = _read_page(image.rotate(-turn, expand=True))
            if mean_confidence(turned) > mean_confidence(page):
                return turned
    return page


def _read_page(image: Image.Image) -> OcrPage:
    prepared, scale, photo = _prepared(image)
    dpi = round(_dpi_of(image) * scale)
    # Handed over as an uncompressed BMP: pytesseract would write a PNG, and compressing a
    # 300 dpi page takes half a second.
    with tempfile.TemporaryDirectory(prefix="cpts-ocr-") as folder:
        path = os.path.join(folder, "page.bmp")
        prepared.save(path)
        with tesseract_slots():
            words = run_tesseract(path, dpi)
        page = _page_from_words(words)
        if second_pass and needs_second_pass(page, photo) and (not photo or dropped_lines.left_ink_out(prepared, words)):
            path = os.path.join(folder, "sharpened.bmp")
            sharpened(prepared).save(path)
            with tesseract_slots():
                again_words = run_tesseract(path, dpi)
            again = _page_from_words(again_words)
            kept = better_page(page, again)
            _count_second_pass(kept is again)
            page, words = (again, again_words) if kept is again else (page, words)
        if recover_lines:
            lost = dropped_lines.lost_lines(prepared, words, lambda picture: _read_block(picture, dpi, folder))
            if lost:
                page = _page_from_words(words, lost)
    return page


def _read_block(picture: Image.Image, dpi: int, folder: str) -> dict:
    path = os.path.join(folder, "lost-lines.bmp")
    picture.save(path)
    with tesseract_slots():
        return run_tesseract(path, dpi, BLOCK_PSM)


_second_pass_lock = threading.Lock()
_second_passes = [0, 0]  # pages read a second time; of which the second reading was kept


def _count_second_pass(kept: bool) -> None:
    with _second_pass_lock:
        _second_passes[0] += 1
        _second_passes[1] += kept


def second_pass_counts() -> tuple[int, int]:
    """Pages this process has read a second time, and of those, how many kept the second reading."""
    with _second_pass_lock:
        return _second_passes[0], _second_passes[1]


def mean_confidence(page: OcrPage) -> float:
    return sum(page.confidences) / len(page.confidences) if page.confidences else 0.0


def needs_second_pass(page: OcrPage, photo: bool = False) -> bool:
    """A page with words on it that tesseract was, on average, unsure of."""
    mark = PHOTO_SECOND_PASS_CONFIDENCE if photo else SECOND_PASS_CONFIDENCE
    return bool(page.confidences) and mean_confidence(page) < mark


def sharpened(grey: Image.Image) -> Image.Image:
    return grey.filter(ImageFilter.UnsharpMask(radius=2, percent=120, threshold=3))


def better_page(first: OcrPage, second: OcrPage) -> OcrPage:
    """The second reading when tesseract is clearly surer of it and it lost no more than a few
    words (a reading of fewer words can look surer), or when it found more words (a line the
    first one dropped) and is no less sure. Otherwise the first: between two readings about as
    sure, which one is right is a toss-up."""
    words, more_words = len(first.confidences), len(second.confidences)
    gain = mean_confidence(second) - mean_confidence(first)
    if gain >= MIN_CONFIDENCE_GAIN and more_words >= MIN_WORDS_KEPT * words:
        return second
    if gain >= -MAX_CONFIDENCE_LOSS and more_words >= max(words + 1, MIN_WORDS_FOUND * words):
        return second
    return first


def run_tesseract(path: str, dpi: int, psm: int | None = None) -> dict:
    """Tesseract's word table for one page image, within `limits.OCR_TIMEOUT_SECONDS`
    (pytesseract kills the process when it runs past the limit)."""
    seconds = limits.OCR_TIMEOUT_SECONDS
    try:
        return pytesseract.image_to_data(path, lang=LANGUAGES, config=f"{_config(psm)} --dpi {dpi}",
                                         output_type=pytesseract.Output.DICT, timeout=seconds)
    except pytesseract.TesseractError as exc:
        raise OcrFailed(f"tesseract failed on a page: {' '.join(str(exc.message).split())[:200]}") from exc
    except RuntimeError as exc:  # pytesseract's "Tesseract process timeout"
        if "timeout" not in str(exc).lower():
            raise
        raise OcrTimeout(f"tesseract ran past the limit of {seconds:g} s on one page") from exc


def _config(psm: int | None) -> str:
    return CONFIG if psm is None else CONFIG.replace("--psm 3", f"--psm {psm}")


def ocr_info(pages: list[OcrPage], page_numbers: list[int]) -> OcrInfo:
    """What the record says of the OCR: engine, languages, mean word confidence, pages."""
    confidences = [c for page in pages for c in page.confidences]
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrInfo(engine=engine_version(), lang=LANGUAGES, mean_confidence=mean, pages=page_numbers)


def prepared_page(image: Image.Image) -> tuple[Image.Image, float]:
    """Greyscale, level and large enough; with the factor it was enlarged by."""
    prepared, factor, _ = _prepared(image)
    return prepared, factor


def _prepared(image: Image.Image) -> tuple[Image.Image, float, bool]:
    """The page made ready for tesseract, the factor it was enlarged by, and whether it is a photo.

    A page skewed by a degree makes tesseract's layout analysis cut every line into two
    columns; straightening it first avoids that. Text drawn small (a phone photo of a page is
    often ~200 dpi) loses letters; tesseract reads best with lines (as measured here) ~30 pixels high.
    """
    grey = image.convert("L")
    photo = is_photo(grey)
    first_factor = 1.0
    if photo:
        grey, first_factor = _cleaned_and_large_enough(grey)
    angle, line_height = page_geometry(grey)
    if abs(angle) >= MIN_SKEW_DEGREES:
        grey = grey.rotate(angle, resample=Image.BILINEAR, expand=True, fillcolor=255)
    if not 0 < line_height < MIN_LINE_HEIGHT or photo and "enlarge" not in photo_steps:
        return grey, first_factor, photo
    factor = _enlarging_factor(grey, line_height)
    if factor <= 1.0:
        return grey, first_factor, photo
    return _resized(grey, factor), first_factor * factor, photo


def _cleaned_and_large_enough(grey: Image.Image) -> tuple[Image.Image, float]:
    """A photo cleaned; one whose lines are then lower than MIN_PHOTO_LINE_HEIGHT is enlarged
    and cleaned again (enlarged first: the cleaning's median filter erases letters a few pixels
    high). Lines are measured on the cleaned picture: the shadows of the raw one blur them."""
    cleaned = cleaned_photo(grey)
    _, line_height = page_geometry(cleaned)
    if not 0 < line_height < MIN_PHOTO_LINE_HEIGHT:
        return cleaned, 1.0
    factor = _enlarging_factor(grey, line_height)
    return (cleaned_photo(_resized(grey, factor)), factor) if factor > 1.0 else (cleaned, 1.0)


def _enlarging_factor(grey: Image.Image, line_height: float) -> float:
    # Never enlarged past the pixel limit: a page that big is read as it is.
    return min(2.0, TARGET_LINE_HEIGHT / line_height, (limits.MAX_IMAGE_PIXELS / (grey.width * grey.height)) ** 0.5)


def _resized(grey: Image.Image, factor: float) -> Image.Image:
    return grey.resize((round(grey.width * factor), round(grey.height * factor)), Image.LANCZOS)


def paper_levels(grey: Image.Image, width: int = 120, quick: bool = False) -> np.ndarray:
    """The paper's brightness around each point of a small copy of the page: the brightest
    pixel nearby (letters are thinner than the window), smoothed. `quick`: box averages first,
    twice as fast on a full page, enough to tell a photo (every page pays for that test)."""
    reduced = grey.reduce(max(1, grey.width // (2 * width))) if quick else grey
    small = reduced.resize((width, max(1, round(grey.height * width / grey.width))), Image.BILINEAR)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))
    return np.asarray(paper, dtype=np.float32)


def is_photo(grey: Image.Image) -> bool:
    """Grey or unevenly lit paper: what a phone picture of a page looks like, and an office
    scan or a rendered page does not."""
    paper = paper_levels(grey, quick=True)
    low, middle, high = np.percentile(paper, (5, 50, 95))
    return bool(high - low > MAX_PAPER_SPREAD or middle < PAPER_GREY)


def cleaned_photo(grey: Image.Image) -> Image.Image:
    """Even light, white paper, black ink and sharper letters. Shadows and a dim corner turn
    into dark patches tesseract's binarisation takes for ink, or loses letters in.

    The arithmetic is done in place and the contrast stretch through a table of the 256 grey
    levels: a full page's temporary arrays cost more than the arithmetic itself."""
    if "flatten" in photo_steps:
        pixels = np.array(grey, dtype=np.float32)
        paper = np.array(Image.fromarray(paper_levels(grey)).resize(grey.size, Image.BILINEAR), dtype=np.float32)
        np.divide(pixels, np.maximum(paper, 1.0, out=paper), out=pixels)
        pixels *= 255
        cleaned = np.clip(pixels, 0, 255, out=pixels).astype(np.uint8)
    else:
        cleaned = np.asarray(grey)
    if "denoise" in photo_steps:
        cleaned = median_3x3(cleaned)
    if "stretch" in photo_steps:
        ink, white = np.percentile(cleaned[::4, ::4].astype(np.float32), (1, 90))
        levels = (np.arange(256, dtype=np.float32) - ink) * (255 / max(white - ink, 1.0))
        cleaned = np.clip(levels, 0, 255).astype(np.uint8)[cleaned]
    picture = Image.fromarray(cleaned)
    return sharpened(picture) if "sharpen" in photo_steps else picture


def median_3x3(pixels: np.ndarray) -> np.ndarray:
    """The same picture as Pillow's MedianFilter(3), nine times faster: each column of three
    pixels is sorted once, and the median of the nine is the median of the largest of the
    three smallest, the median of the middles and the smallest of the three largest."""
    padded = np.pad(pixels, 1, mode="edge")
    up, middle, down = padded[:-2], padded[1:-1], padded[2:]
    low, high = np.minimum(up, middle), np.maximum(up, middle)
    middle, high = np.minimum(high, down), np.maximum(high, down)
    low, middle = np.minimum(low, middle), np.maximum(low, middle)
    lows = np.maximum(np.maximum(low[:, :-2], low[:, 1:-1]), low[:, 2:])
    highs = np.minimum(np.minimum(high[:, :-2], high[:, 1:-1]), high[:, 2:])
    return _median_of_three(lows, _median_of_three(middle[:, :-2], middle[:, 1:-1], middle[:, 2:]), highs)


def _median_of_three(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


def _dpi_of(image: Image.Image) -> int:
    """The resolution stored in the image, when it is plausible; else 300 dpi."""
    dpi = image.info.get("dpi")
    try:
        value = int(round(float(dpi[0])))
    except (TypeError, ValueError, IndexError):
        return DEFAULT_DPI
    return value if 70 <= value <= 1200 else DEFAULT_DPI


def page_geometry(grey: Image.Image, width: int = 600) -> tuple[float, float]:
    """The rotation (degrees, counter-clockwise, within ±5°) that levels the text lines, and the
    median height of a text line in pixels (0 when no lines are found).

    Projection-profile method on a small copy: when lines are level, the ink per pixel row
    alternates sharply between lines and gaps, so the profile's squared differences peak.
    For angles this small a rotation is, to the pixel, a shear: each ink pixel moves up or down
    by its x times tan(angle). A search in 0.5° steps, then 0.1° steps around the best.
    """
    scale = grey.width / width
    small = grey.resize((width, max(1, round(grey.height / scale))), Image.BILINEAR)
    pixels = np.asarray(small, dtype=np.float32)
    ys, xs = np.nonzero(pixels < pixels.mean() - pixels.std())
    if len(ys) == 0:
        return 0.0, 0.0
    centred = xs - width / 2

    def profile(angle: float) -> np.ndarray:
        rows = np.rint(ys - centred * np.tan(np.radians(angle))).astype(np.int64)
        return np.bincount(rows - rows.min())

    def sharpness(angle: float) -> float:
        return float(np.sum(np.diff(profile(angle).astype(np.float64)) ** 2))

    coarse = max(np.arange(-5.0, 5.01, 0.5), key=sharpness)
    angle = float(max(np.arange(coarse - 0.4, coarse + 0.41, 0.1), key=sharpness))
    return angle, _median_run(profile(angle) > 0.05 * width) * scale


def _median_run(rows: np.ndarray) -> float:
    """Median length of the runs of True (text lines) in a column of booleans."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    runs = edges[1::2] - edges[::2]
    runs = runs[runs >= 2]  # specks and underlines
    return float(np.median(runs)) if len(runs) else 0.0


def _page_from_words(data: dict, lost: list[dropped_lines.FoundLine] = ()) -> OcrPage:
    """The page's text from tesseract's word table, with the `lost` lines read apart put back."""
    return OcrPage(*page_text.text_and_confidences(data, lost))
