"""Lines that tesseract's reading of a page left out, found and read again on their own.

On a page photographed at a slant, tesseract's layout analysis now and then takes two
neighbouring lines for one text line and reads only one of them (seen on phone-scanned
pages: the line after a hyphenated "Nuits-Saint-" vanished, with its list of communes).
The lost line's ink then lies under no recognised word. Such bands of ink are cut out of
the page with a margin for the line's ascenders and descenders, stacked under one another in
a small picture, and read in one more tesseract run as a block of text; of what is read
there, the line centred on a band (not the slivers of its neighbours at the crop's edges)
goes back into the page at its height.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
from PIL import Image

from ..reference.words import is_place_name, zipf

INK = 128                  # grey level below which a cleaned page's pixel is ink
DROPPED_ROW_INK = 0.02     # a pixel row with this share of its width in uncovered ink...
MIN_DROPPED_ROWS = 8       # ...and this many such rows in a run: a line the reading left out
WORD_MARGIN = 4            # pixels around a word's box that still count as the word's
BAND_PADDING = 0.8         # of a band's height, above and below: the line's ascenders and descenders
LINE_STRIP = 1.2           # line heights: the strip a band is read again in
GAP = 40                   # pixels of paper between two bands in the stacked picture
MAX_BANDS = 12             # more than this is a picture or a table, not lines a reading dropped
MAX_BAND_LINES = 4         # line heights: a taller band is a picture, a frame or a shadow
# A band read with less confidence, or without a word of three letters, is a stain, a rule or
# a logo rather than a line of text.
MIN_LINE_CONFIDENCE = 70.0
MIN_CUT_LINE_CONFIDENCE = 60.0  # the same, read again from the picture cut at the ink level: rougher
MIN_WORD_LETTERS = 3
# A line read with less confidence still counts when it holds this many words, this share of
# them words of the language or place names.
MIN_WORDY_LINE_CONFIDENCE = 40.0
MIN_WORDY_LINE_WORDS = 4
MIN_KNOWN_SHARE = 1 / 3
KNOWN_WORD_ZIPF = 2.5


@dataclass
class Band:
    top: int     # pixel rows of the page the lost line's ink spans
    bottom: int


@dataclass
class FoundLine:
    top: int
    left: int
    right: int
    words: list[str]
    confidences: list[float]
    bottom: int = 0


def uncovered_ink(grey: Image.Image, words: dict) -> np.ndarray:
    """Ink pixels that no recognised word's box covers (with a few pixels' margin), between the
    left and right edges of the text: the dark table or shadow beside a photographed sheet is
    no line of it."""
    uncovered = np.asarray(grey) < INK
    boxes = [(words["top"][i], words["left"][i], words["top"][i] + words["height"][i], words["left"][i] + words["width"][i])
             for i, word in enumerate(words["text"]) if (word or "").strip()]
    for top, left, bottom, right in boxes:
        uncovered[max(0, top - WORD_MARGIN):bottom + WORD_MARGIN, max(0, left - WORD_MARGIN):right + WORD_MARGIN] = False
    if boxes:
        uncovered[:, :max(0, min(box[1] for box in boxes) - WORD_MARGIN)] = False
        uncovered[:, max(box[3] for box in boxes) + WORD_MARGIN:] = False
    return uncovered


def line_height(words: dict) -> float:
    """The median height of the recognised words: a line's."""
    heights = [words["height"][i] for i, word in enumerate(words["text"]) if (word or "").strip()]
    return float(np.median(heights)) if heights else 0.0


def dropped_bands(uncovered: np.ndarray) -> list[Band]:
    """Runs of at least MIN_DROPPED_ROWS pixel rows with a share of their width in uncovered ink."""
    inked = np.count_nonzero(uncovered, axis=1) > DROPPED_ROW_INK * uncovered.shape[1]
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
    return [Band(int(top), int(bottom)) for top, bottom in zip(edges[::2], edges[1::2])
            if bottom - top >= MIN_DROPPED_ROWS]


def left_ink_out(grey: Image.Image, words: dict) -> bool:
    """Whether a reading left out ink: MIN_DROPPED_ROWS pixel rows, together or not, with a
    share of their width in uncovered ink."""
    uncovered = uncovered_ink(grey, words)
    rows = np.count_nonzero(uncovered, axis=1)
    return int(np.count_nonzero(rows > DROPPED_ROW_INK * uncovered.shape[1])) >= MIN_DROPPED_ROWS


def lost_lines(grey: Image.Image, words: dict, read: Callable[[Image.Image], dict]) -> list[FoundLine]:
    """The lines of the bands a reading left out, read by `read` (a picture -> tesseract's word
    table, read as one block of text); none when there is no such band or too many."""
    height = line_height(words)
    bands = [band for band in dropped_bands(uncovered_ink(grey, words)) if band.bottom - band.top <= MAX_BAND_LINES * height]
    if not bands or len(bands) > MAX_BANDS:
        return []
    found = _read_bands(grey, bands, _padded, words, read)
    # Tesseract's own threshold sometimes takes a thin noisy strip for no text at all: the bands
    # left unread are read again cut at the ink level they were found with, each in a strip one
    # line high (slivers of the neighbouring lines above and below make it read nothing).
    unread = [band for band in bands if not any(_centred_on(line, band) for line in found)]
    if unread:
        cut = grey.point(lambda level: 0 if level < INK else 255)
        found += _read_bands(cut, unread, lambda band: _one_line_high(band, height), words, read, MIN_CUT_LINE_CONFIDENCE)
    return sorted(found, key=lambda line: line.top)


def _padded(band: Band) -> tuple[int, int]:
    pad = round(BAND_PADDING * (band.bottom - band.top))
    return band.top - pad, band.bottom + pad


def _one_line_high(band: Band, height: float) -> tuple[int, int]:
    half = max(band.bottom - band.top, round(LINE_STRIP * height)) // 2
    middle = (band.top + band.bottom) // 2
    return middle - half, middle + half


def _read_bands(grey: Image.Image, bands: list[Band], rows: Callable[[Band], tuple[int, int]], words: dict,
                read: Callable[[Image.Image], dict], confidence: float = MIN_LINE_CONFIDENCE) -> list[FoundLine]:
    """The lines read in the bands' strips (`rows` of the page each) stacked in one picture,
    centred on a band, read with confidence, and not running through words the page's reading has."""
    crops, offsets, y = [], [], GAP
    for band in bands:
        top, bottom = rows(band)
        top, bottom = max(0, top), min(grey.height, bottom)
        crops.append(grey.crop((0, top, grey.width, bottom)))
        offsets.append((y, top))  # (row in the stack, row in the page)
        y += bottom - top + GAP
    # The gaps take the paper's grey: white gaps beside grey paper make tesseract's threshold
    # take the paper for ink, and it then reads nothing.
    paper = int(np.median(np.concatenate([np.asarray(crop).ravel() for crop in crops])))
    stack = Image.new("L", (grey.width, y), paper)
    for crop, (row, _) in zip(crops, offsets):
        stack.paste(crop, (0, row))
    return [line for line in _lines(read(stack), offsets) if _is_text(line, confidence)
            and any(_centred_on(line, band) for band in bands) and not _across_read_words(line, words)]


def _lines(words: dict, offsets: list[tuple[int, int]]) -> list[FoundLine]:
    """The stacked picture's lines, each moved back to its band's height in the page."""
    lines: dict[tuple, FoundLine] = {}
    for i, word in enumerate(words["text"]):
        word = (word or "").strip()
        if not word:
            continue
        top, left, height = words["top"][i], words["left"][i], words["height"][i]
        row, page_row = max((o for o in offsets if o[0] <= top + height // 2), default=offsets[0])
        key = (words["block_num"][i], words["par_num"][i], words["line_num"][i])
        line = lines.setdefault(key, FoundLine(top - row + page_row, left, left, [], []))
        line.words.append(word)
        line.confidences.append(float(words["conf"][i]))
        line.right = max(line.right, left + words["width"][i])
        line.bottom = max(line.bottom, top + height - row + page_row)
    return list(lines.values())


def _centred_on(line: FoundLine, band: Band) -> bool:
    return band.top <= (line.top + line.bottom) / 2 <= band.bottom


def _across_read_words(line: FoundLine, words: dict) -> bool:
    """Whether the line's middle runs through words the reading has: a line read in part (its
    ink between them left over), not one it left out."""
    middle = (line.top + line.bottom) / 2
    return any(words["top"][i] <= middle <= words["top"][i] + words["height"][i]
               and words["left"][i] < line.right and line.left < words["left"][i] + words["width"][i]
               for i, word in enumerate(words["text"]) if (word or "").strip())


def _is_text(line: FoundLine, min_confidence: float = MIN_LINE_CONFIDENCE) -> bool:
    """Read with confidence, and holding a word; or read with less confidence but holding
    several words of which a good share are words or place names (a list of names a soft
    picture blurred: "Ciéney, Coutemon., Flacey, Orgeux."). Marks without a letter or digit
    do not count towards the confidence: tesseract gives a stray ":" at a crop's edge 0."""
    confidences = [c for word, c in zip(line.words, line.confidences) if any(ch.isalnum() for ch in word)]
    if not confidences or not any(sum(c.isalpha() for c in word) >= MIN_WORD_LETTERS for word in line.words):
        return False
    confidence = sum(confidences) / len(confidences)
    return confidence >= min_confidence or confidence >= MIN_WORDY_LINE_CONFIDENCE and _mostly_words(line.words)


def _mostly_words(words: list[str]) -> bool:
    """At least MIN_WORDY_LINE_WORDS words of three letters or more, and a share of them that a
    stain or a logo does not give read as words of French or English or names of places."""
    longer = [word.strip(".,;:()«»!?'’\"") for word in words]
    longer = [word for word in longer if sum(c.isalpha() for c in word) >= MIN_WORD_LETTERS]
    known = [word for word in longer if is_place_name(word) or max(zipf(word.lower(), "fr"), zipf(word.lower(), "en")) >= KNOWN_WORD_ZIPF]
    return len(longer) >= MIN_WORDY_LINE_WORDS and len(known) >= MIN_KNOWN_SHARE * len(longer)
