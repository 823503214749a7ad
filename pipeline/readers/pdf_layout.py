"""The text of a PDF page from its words: lines, columns, paragraphs and broken words.

Lines. A page's words (pdfplumber, duplicated fake-bold characters removed) are grouped into
lines by vertical overlap and read top to bottom, left to right.

Columns. A two-column page is recognised by its gutter: an x range of at least
`MIN_GUTTER_WIDTH` points, in the middle 60 % of the text's width, that the words of at most a
third of the lines cross, with prose on both sides (at least `MIN_COLUMN_LINES` lines of
`MIN_WORDS_PER_COLUMN_LINE` words or more, as a median, on each side; a list of labels and
values is not two columns). The page is then cut into horizontal bands: lines crossing the
gutter (a title, a footer) are read across the page, and between them the left column is
read before the right one. Only one gutter is looked for: three columns are not told apart.

Wrapped lines. A line followed in the same paragraph by a line that is not a list item, and
too close to the right edge of its column (at least `MIN_WRAP_WIDTH` wide) for the next
line's first word to fit, was cut by the layout, not by its author: the two are read as one line, so facts read
from a paragraph do not depend on where the page wrapped it. A line ending in a hyphen or a
colon stays, the former for the hyphenation mending below.

Paragraphs. A PDF has no paragraph marks, only space: a blank line is written where the gap
between two lines, in line heights, is clearly larger than the page's usual gap
(`PARAGRAPH_GAP_RATIO` times its lower quartile, and `PARAGRAPH_GAP_MIN_SHARE` of a line's height
more than it).

Characters. Text is NFC-normalised (accents composed) and ligature glyphs become their
letters; a glyph the PDF gives no character for ("(cid:N)" in pdfminer's output) is dropped,
or read as a bullet when it starts a line.

Hyphenation. A word broken at a line end by a hyphen is made whole again, and the hyphen is
dropped only when the gazetteer knows the name without it ("Gevrey-Cham-" / "bertin") or the
joined word is a word of French or English (wordfreq) and the hyphenated spelling is not more
common, so compounds like "porte-parole" and place names like "Venarey-lès-Laumes" keep
their hyphen (`pipeline.reference.words.hyphen_joint`).
"""
from __future__ import annotations

import bisect
import math
import re
import statistics
from dataclasses import dataclass, field

from ..reference.words import NAME_CHAIN_LEFT, NAME_CHAIN_RIGHT, hyphen_joint



MIN_GUTTER_WIDTH = 10.0      # points; wider than a stretched word space
MAX_GUTTER_CROSSING = 1 / 3  # share of the lines whose words may cross the gutter
MIN_COLUMN_LINES = 3
MIN_WORDS_PER_COLUMN_LINE = 3
PARAGRAPH_GAP_RATIO = 1.6
PARAGRAPH_GAP_MIN_SHARE = 0.3
MIN_LINE_OVERLAP = 0.5       # share of the smaller height two words must share to be on one line

LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl",
                           "ﬅ": "st", "ﬆ": "st"})
UNMAPPED_BULLET = re.compile(r"^\(cid:\d+\)\s+")
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
SOFT_HYPHEN = "\u00ad"
BROKEN_WORD_END = re.compile(r"([^\W\d_]+)-$")
LEADING_LETTERS = re.compile(r"[^\W\d_]+")
# "pré-\net post-natal": a suspended hyphen, the next word is not the end of this one.
NOT_A_WORD_END = {"et", "ou", "and", "or"}


# --- page text ---------------------------------------------------------------------------

@dataclass
class Line:
    words: list[dict] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w["bottom"] - w["top"] for w in self.words)

    @property
    def text(self) -> str:
        words = sorted(self.words, key=lambda w: w["x0"])
        text = " ".join(w["text"] for w in words).translate(LIGATURES)
        # pdfminer writes "(cid:N)" for a glyph without a character; at a line start it is a bullet.
        text = UNMAPPED_BULLET.sub("• ", text)
        return UNMAPPED_GLYPH.sub("", text).rstrip()


def page_text(page) -> str:
    """The text of one page: lines in reading order, a blank line between paragraphs."""
    return render_lines(page_lines(page))


def page_lines(page) -> list[Line]:
    """The lines of one page in reading order (left column before right)."""
    words = page_words(page)
    if not words:
        return []
    lines = group_lines(words)
    gutter = find_gutter(lines)
    return lines if gutter is None else column_order(lines, gutter)


def page_words(page) -> list[dict]:
    if has_overprinted_chars(page):
        page = page.dedupe_chars()
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    upright = [w for w in words if w.get("upright", True)]
    # Text running up a margin is noise beside the horizontal text.
    return upright or words


def has_overprinted_chars(page) -> bool:
    """True when a glyph is drawn twice at the same place (fake bold). This cheap test spares
    most pages pdfplumber's dedupe_chars, which is slow."""
    chars = [c for c in page.chars if not c["text"].isspace()]
    return len({(c["text"], round(c["x0"]), round(c["top"])) for c in chars}) < len(chars)


def group_lines(words: list[dict]) -> list[Line]:
    """Words grouped into lines, top to bottom; a word joins a line it overlaps vertically."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        for line in reversed(lines[-3:]):
            if on_same_line(line.words[0], word):
                line.words.append(word)
                break
        else:
            lines.append(Line([word]))
    return lines


def on_same_line(a: dict, b: dict) -> bool:
    overlap = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    smaller = min(a["bottom"] - a["top"], b["bottom"] - b["top"]) or 1.0
    return overlap >= MIN_LINE_OVERLAP * smaller


def find_gutter(lines: list[Line]) -> float | None:
    """The x of the gutter of a two-column page, or None for a single-column page."""
    if len(lines) < 2 * MIN_COLUMN_LINES:
        return None
    left = min(w["x0"] for line in lines for w in line.words)
    right = max(w["x1"] for line in lines for w in line.words)
    lo, hi = math.ceil(left + 0.2 * (right - left)), math.floor(left + 0.8 * (right - left))
    if hi <= lo:
        return None
    crossing = [0] * (hi - lo + 1)
    for line in lines:
        covered = set()
        for w in line.words:
            covered.update(range(max(lo, math.ceil(w["x0"])), min(hi, math.floor(w["x1"])) + 1))
        for x in covered:
            crossing[x - lo] += 1
    limit = MAX_GUTTER_CROSSING * len(lines)
    runs = free_runs([c <= limit for c in crossing])
    for start, end in sorted(runs, key=lambda r: r[1] - r[0], reverse=True):
        if end - start < MIN_GUTTER_WIDTH:
            break
        gutter = lo + (start + end) / 2
        if has_prose_on_both_sides(lines, gutter):
            return gutter
    return None


def free_runs(free: list[bool]) -> list[tuple[int, int]]:
    """(start, end) index pairs of the runs of True values."""
    runs, start = [], None
    for i, ok in enumerate(free + [False]):
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def has_prose_on_both_sides(lines: list[Line], gutter: float) -> bool:
    left_counts, right_counts = [], []
    for line in lines:
        if crosses(line, gutter):
            continue
        left, right = split_at(line, gutter)
        if left.words:
            left_counts.append(len(left.words))
        if right.words:
            right_counts.append(len(right.words))
    return all(len(counts) >= MIN_COLUMN_LINES and statistics.median(counts) >= MIN_WORDS_PER_COLUMN_LINE
               for counts in (left_counts, right_counts))


def crosses(line: Line, gutter: float) -> bool:
    """True for a line running across the gutter: a word covers it, or only a word space."""
    if any(w["x0"] < gutter < w["x1"] for w in line.words):
        return True
    left, right = split_at(line, gutter)
    if not left.words or not right.words:
        return False
    space = min(w["x0"] for w in right.words) - max(w["x1"] for w in left.words)
    return space < MIN_GUTTER_WIDTH


def split_at(line: Line, gutter: float) -> tuple[Line, Line]:
    left = [w for w in line.words if (w["x0"] + w["x1"]) / 2 < gutter]
    right = [w for w in line.words if (w["x0"] + w["x1"]) / 2 >= gutter]
    return Line(left), Line(right)


def column_order(lines: list[Line], gutter: float) -> list[Line]:
    """Lines crossing the gutter in place; between them, the left column then the right one."""
    ordered: list[Line] = []
    left_column: list[Line] = []
    right_column: list[Line] = []
    for line in lines + [None]:
        if line is None or crosses(line, gutter):
            ordered += left_column + right_column
            left_column, right_column = [], []
            if line is not None:
                ordered.append(line)
            continue
        left, right = split_at(line, gutter)
        left_column += [left] if left.words else []
        right_column += [right] if right.words else []
    return ordered


def usual_line_gap(gaps: list[float]) -> float:
    """The gap between two lines of one paragraph: the lower quartile of the gaps, since on a
    page of short paragraphs and headings most gaps are paragraph breaks."""
    if len(gaps) < 4:
        return statistics.median(gaps or [0.0])
    return sorted(gaps)[len(gaps) // 4]


def line_gaps(lines: list[Line]) -> list[float]:
    # Gaps are measured in line heights, so that a title in a large font is not a paragraph
    # of its own at every line.
    return [(b.top - a.bottom) / (min(a.height, b.height) or 1.0) for a, b in zip(lines, lines[1:])]


def render_lines(lines: list[Line], usual_gap: float | None = None) -> str:
    if not lines:
        return ""
    gaps = line_gaps(lines)
    if usual_gap is None:
        usual_gap = usual_line_gap([g for g in gaps if g >= 0])
    threshold = max(PARAGRAPH_GAP_RATIO * usual_gap, usual_gap + PARAGRAPH_GAP_MIN_SHARE)
    rights = column_rights(lines)
    out = [lines[0].text]
    for previous, right, gap, line in zip(lines, rights, gaps, lines[1:]):
        if gap > threshold:
            out.append("")
        elif is_wrapped(previous, line, right):
            out[-1] += " " + line.text
            continue
        out.append(line.text)
    return "\n".join(out)


LIST_ITEM_START = re.compile(r"[-–—•*]|\d+[.)]\s")
SAME_COLUMN = 40.0       # points: lines starting this close share a column
MIN_WRAP_WIDTH = 150.0   # points: a column narrower than this holds labels, not prose


def column_rights(lines: list[Line]) -> list[float]:
    """For each line, the right edge of its column: the furthest right of the lines starting
    about where it starts."""
    edges = [(min(w["x0"] for w in line.words), max(w["x1"] for w in line.words)) for line in lines]
    starts = sorted(edges)
    rights = []
    for x0, _ in edges:
        i = bisect.bisect_left(starts, (x0 - SAME_COLUMN,))
        j = bisect.bisect_right(starts, (x0 + SAME_COLUMN, math.inf))
        rights.append(max(x1 for _, x1 in starts[i:j]))
    return rights


def has_tab_stop(line: Line) -> bool:
    """Whether two words of the line stand further apart than a stretched word space."""
    words = sorted(line.words, key=lambda w: w["x0"])
    return any(b["x0"] - a["x1"] > MIN_GUTTER_WIDTH + line.height for a, b in zip(words, words[1:]))


def is_wrapped(previous: Line, line: Line, right: float) -> bool:
    """Whether `line` continues `previous`, cut only because the line was full: a paragraph's
    lines are then read as one line, as its author typed it (`right`: the column's edge)."""
    text = previous.text
    if not text or text.endswith(("-", ":")) or LIST_ITEM_START.match(line.text):
        return False
    x0 = min(w["x0"] for w in previous.words)
    if right - x0 < MIN_WRAP_WIDTH or has_tab_stop(previous) or has_tab_stop(line):
        return False  # labels and values, a table row: not wrapped prose
    first_word = min(line.words, key=lambda w: w["x0"])
    room = right - max(w["x1"] for w in previous.words)
    # The layout broke the line when the next word did not fit in what was left of it.
    return room < first_word["x1"] - first_word["x0"] + previous.height


# --- hyphenation -------------------------------------------------------------------------

def mend_hyphenation(text: str, lang: str = "fr") -> str:
    """Make whole the words broken across two lines.

    The first word of the next line moves up to complete the broken word, so the break
    now follows it ("profes-\\nsionnels de santé" -> "professionnels\\nde santé"); a line
    left empty by the move goes, so that no false paragraph break appears. Soft hyphens at
    line ends always go; a visible hyphen goes only when the next part is lowercase and the
    joined word is a known word not usually spelled with the hyphen.
    """
    languages = tuple(dict.fromkeys([lang, "fr", "en"]))
    lines = text.split("\n")
    i = 0
    while i < len(lines) - 1:
        mended = mend_pair(lines[i], lines[i + 1], languages)
        if mended is None:
            i += 1
            continue
        lines[i], rest = mended
        if rest:
            lines[i + 1] = rest
        else:
            del lines[i + 1]
    return "\n".join(lines)


def mend_pair(line: str, next_line: str, languages: tuple[str, ...]) -> tuple[str, str] | None:
    """(the line with its broken word made whole, what remains of the next line), or None."""
    line = line.rstrip()
    soft = line.endswith(SOFT_HYPHEN)
    end = None if soft else BROKEN_WORD_END.search(line)
    if not soft and end is None:
        return None
    token, rest = split_first_token(next_line)
    if not token:
        return None
    if soft:
        return line[:-1] + token, rest
    start = LEADING_LETTERS.match(token)
    if start is None or start.group(0).lower() in NOT_A_WORD_END:
        return None
    left = NAME_CHAIN_LEFT.search(line[:-1])
    right = NAME_CHAIN_RIGHT.match(token)
    if left and right and hyphen_joint(left.group(), right.group(), languages[0]) == "":
        return line[:-1] + token, rest
    return line + token, rest


def split_first_token(line: str) -> tuple[str, str]:
    parts = line.strip().split(maxsplit=1)
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""
