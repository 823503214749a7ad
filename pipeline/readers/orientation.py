"""Pages on their side or upside down (a landscape scan, a photo taken sideways): tesseract's
orientation detection says how far to turn them. `ocr.ocr_image` asks only for a page it read
with little confidence, and keeps the turned reading when it is the surer one."""
from __future__ import annotations

import pytesseract
from PIL import Image

from . import limits

# A page read with a mean confidence below this may be on its side or upside down: tesseract
# reads such a page at 45-50, an upright page, even a poor phone photo, at 65 or more.
MIN_UPRIGHT_CONFIDENCE = 55.0
# Tesseract's orientation confidence from which its answer is taken (it is ~15 on a full
# page of text turned a quarter, and below 1 on a page it cannot tell).
MIN_ORIENTATION_CONFIDENCE = 2.0


def clockwise_turn(image: Image.Image) -> int:
    """The quarter turns (in degrees, clockwise) that set the page upright; 0 when it is
    upright, when tesseract is unsure, or finds too little text to tell."""
    try:
        found = pytesseract.image_to_osd(image.convert("L"), config="--psm 0",
                                         output_type=pytesseract.Output.DICT,
                                         timeout=limits.OCR_TIMEOUT_SECONDS)
    except (pytesseract.TesseractError, RuntimeError):  # too few characters, or the timeout
        return 0
    return int(found["rotate"]) % 360 if found["orientation_conf"] >= MIN_ORIENTATION_CONFIDENCE else 0
