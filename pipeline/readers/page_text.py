"""A page's text rebuilt from tesseract's word table: words of a line joined by spaces, lines
by "\\n", and a blank line between paragraphs, as in tesseract's own text output."""
from __future__ import annotations

from dataclasses import dataclass

from .dropped_lines import FoundLine, line_height


@dataclass
class Line:
    words: list[str]
    top: int  # of the line's first word: lines' first words stand one above the other, so
    # the distance between them is the line pitch even on a page that is slightly turned
    left: int = 0
    right: int = 0


def text_and_confidences(data: dict, lost: list[FoundLine] = ()) -> tuple[str, list[float]]:
    """The page's text from tesseract's word table (`image_to_data`), with the `lost` lines read
    apart put back, and the confidence of each word."""
    lines: dict[tuple, Line] = {}
    confidences: list[float] = []
    usual_height = line_height(data)
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word or _is_speck(word, float(data["conf"][i]), data["height"][i], usual_height):
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left = data["left"][i]
        line = lines.setdefault(key, Line([], data["top"][i], left, left))
        line.words.append(word)
        line.right = max(line.right, left + data["width"][i])
        confidence = float(data["conf"][i])
        if confidence >= 0:
            confidences.append(confidence)
    ordered = list(lines.values())
    for found in lost:
        ordered.insert(place_of(ordered, found), Line(found.words, found.top, found.left, found.right))
        confidences += [c for c in found.confidences if c >= 0]
    return layout(ordered), confidences


# A speck of dirt on a scan that tesseract reads as a letter or digit ("Côte-d'Or : 8"): one
# character lower than a small letter's height beside the page's words, read without confidence.
SPECK_HEIGHT, SPECK_CONFIDENCE = 0.4, 70.0


def _is_speck(word: str, confidence: float, height: int, usual_height: float) -> bool:
    return (len(word) == 1 and word.isalnum() and 0 <= confidence < SPECK_CONFIDENCE
            and height < SPECK_HEIGHT * usual_height)


def place_of(lines: list[Line], found: FoundLine) -> int:
    """Where a lost line goes in reading order: after the last line above it in its column
    (a line it overlaps across the page), else first."""
    above = [i for i, line in enumerate(lines)
             if line.top < found.top and line.left < found.right and found.left < line.right]
    return above[-1] + 1 if above else 0


# A line further below the previous one than this many usual line pitches starts a paragraph.
PARAGRAPH_PITCH = 1.4


def layout(lines: list[Line]) -> str:
    """Lines in tesseract's reading order; a blank line where the space above a line is clearly
    more than the page's usual line pitch, or where reading goes back up (a new column).

    Tesseract's own paragraph numbers are not used: it often starts a paragraph after a full
    line in the middle of a sentence, which would cut the sentence in two.
    """
    if not lines:
        return ""
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top)
    usual = pitches[len(pitches) // 2] if pitches else 0
    out = [" ".join(lines[0].words)]
    for previous, line in zip(lines, lines[1:]):
        pitch = line.top - previous.top
        if pitch > PARAGRAPH_PITCH * usual or pitch < 0:
            out.append("")
        out.append(" ".join(line.words))
    return "\n".join(out)
