"""What a figure counts: the unit after it ("33 340 habitants"), a label before it ("Population : 33 340", a table's
"Nombre de communes | 12") or alone on the line above it ("Habitants\n45 000"), and the lower figure of a range."""
from __future__ import annotations

import re

from ..model import NumberMatch
from .numbers import qualifier_before
from .quantity_words import (BARE_RANGE_JOIN, CHANGE_FROM, LABEL_BEFORE_RE, NEXT_LINE_LABEL, RANGE_JOIN, RANGE_OPEN,
                             UNIT_AFTER_RE)


def range_start(text: str, numbers: list[NumberMatch], i: int) -> tuple[NumberMatch, int] | None:
    """The lower figure of "entre 800 et 1 000", "de 10 à 15", "between 50 and 60", "10 à 12 %" before the
    number at index i, with where its words begin; else None."""
    if i == 0:
        return None
    lower, upper = numbers[i - 1], numbers[i]
    if not RANGE_JOIN.fullmatch(text, lower.end, upper.start) or lower.value >= upper.value:
        return None
    opening = RANGE_OPEN.search(text, max(0, lower.start - 12), lower.start)
    if opening and CHANGE_FROM.search(text, max(0, opening.start() - 40), opening.start()):
        return None  # "est passée de 50 à 80 adhérents": the figure it reached
    if opening:
        return lower, opening.start()
    # "80 à 90 professionnels", "80-90 professionnels": a range without its opening word
    return (lower, lower.start) if BARE_RANGE_JOIN.fullmatch(text, lower.end, upper.start) else None


def quantity_kind(text: str, start: int, end: int) -> tuple[str | None, int]:
    above = _label_above(text, start, end)
    if above is not None:
        return above or None, end  # "": under a label of no kind of ours, the next line's label is not its unit
    after = text[end:end + 60]
    for kind, pattern in UNIT_AFTER_RE:
        m = pattern.match(after)
        if m and "\n" in after[:m.end()] and (NEXT_LINE_LABEL.match(text, end + m.end()) or _label_kind_before(text, start)):
            continue  # "Nombre de communes : 24\nAdhérents : 90", "Population | 45 000\nCommunes | 12": the next line's label
        approx_noun = not any(ch.isdigit() for ch in text[start:end])  # "une centaine de professionnels"
        if m and (approx_noun or kind == "population" or not m.group().lstrip().lower().startswith(("de ", "d'", "d’"))):
            unit_end = end + m.end()
            if kind == "professionals_count":
                tail = re.match(r"\s+de\s+(?:la\s+)?santé(?:\s+libéraux)?", text[unit_end:unit_end + 30])
                unit_end += tail.end() if tail else 0
                legal = re.match(r"\s+(?:personnes\s+morales|structures)\b", text[unit_end:unit_end + 30])
                if legal:  # "12 adhérents personnes morales": member structures
                    return "structures_count", unit_end + legal.end()
            return kind, unit_end
    return _label_kind_before(text, start) or asked_kind(text, start) or _corrected_kind(text, start, end), end


# a rounded figure made exact beside it: "une quarantaine de communes – 43 très exactement –", "(43 précisément)"
PRECISELY_AFTER = re.compile(r"\s*(?:(?:très\s+)?(?:exactement|précisément)|exactly|precisely|to\s+be\s+(?:exact|precise))\b",
                             re.IGNORECASE)
CORRECTED_BEFORE = re.compile(r"(?P<unit>[a-zà-ÿ]+)\s*[(–—-]\s*\Z", re.IGNORECASE)


def _corrected_kind(text: str, start: int, end: int) -> str | None:
    """The kind of the rounded figure a figure said to be exact stands beside."""
    if not PRECISELY_AFTER.match(text, end):
        return None
    before = CORRECTED_BEFORE.search(text, max(0, start - 40), start)
    return _label_kind(before.group("unit")) if before else None


# an interview's question on the line above its answer: "Combien de professionnels ont adhéré ?\n« 112 à ce jour. »"
# a speaker's label before their words: "Le journal :", "A. C. :", "Dr Morel :"
SPEAKER_LABEL = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,3}[ \t]*:[ \t]*"
QUESTION = re.compile(rf"[ \t]*(?:{SPEAKER_LABEL})?"
                      r"(?i:combien|how\s+many)\s+(?:de\s+|d['’])?(?P<noun>[^?\n]{3,80})\?[ \t]*")
# what opens the answer before its figure: a quote's mark, the speaker's label
ANSWER_OPENING = re.compile(rf"[ \t«\"“–—-]*(?:{SPEAKER_LABEL}[«\"“]?[ \t]*)?")
JOINED = re.compile(r"\b(?:ont|a|avez|sont)\s+(?:déjà\s+|aujourd['’]hui\s+)?(?:adhéré|rejoint|signé)|\badhérents?\b|\bmembres?\b"
                    r"|\b(?:joined|signed\s+up|members?)\b", re.IGNORECASE)


def asked_kind(text: str, start: int) -> str | None:
    """The kind an interview's question asks for, when the figure opens the answer on the line below: "Combien de
    communes ?", "Combien de professionnels ont adhéré ?" (the members; not those who practise there)."""
    _, q_start = qualifier_before(text, start)
    line_start = text.rfind("\n", 0, q_start) + 1
    if not ANSWER_OPENING.fullmatch(text, line_start, q_start):
        return None
    question = QUESTION.fullmatch(_line_before(text, line_start)[0])
    if not question:
        return None
    kind = _label_kind(question.group("noun").split()[0])
    return None if kind == "professionals_count" and not JOINED.search(question.group("noun")) else kind


def _label_kind_before(text: str, start: int) -> str | None:
    """The kind a label before a figure names: "Population : environ 30 000", "Nombre de communes | 12"."""
    _, label_end = qualifier_before(text, start)
    before = text[max(0, label_end - 70):label_end]
    for kind, pattern in LABEL_BEFORE_RE:
        label = pattern.search(before)
        if label:
            # "140 professionnels de santé : 22 médecins, 41 infirmiers": the words are the unit of the figure before
            # them, and what follows their colon is its breakdown
            return None if FIGURE_ENDS.search(before, 0, label.start()) else kind
    return None


FIGURE_ENDS = re.compile(r"\d[ \t\u00a0]*\Z")


def _label_above(text: str, start: int, end: int) -> str | None:
    """The kind a figure alone on its line takes from a label alone on the line above ("Habitants\n45 000\nCommunes\n12"),
    unless the lines of figures and labels begin with a figure: then each label is the unit under its figure
    ("45 000\nhabitants\n12\ncommunes"). "" for a label of none of the kinds in a column of labels over figures
    ("Professionnels de santé libéraux installés\n212\nAdhérents de la CPTS\n68": 212 is not the members)."""
    line_end = text.find("\n", end)
    if text[end:len(text) if line_end < 0 else line_end].strip(" \t:"):
        return None  # words after the figure on its line (the usual case, told before the costlier look back)
    _, q_start = qualifier_before(text, start)
    line_start = text.rfind("\n", 0, q_start) + 1
    if text[line_start:q_start].strip(" \t•-–*"):
        return None
    label, pos = _line_before(text, line_start)
    kind = _label_kind(label)
    if kind is None:
        return "" if LABEL_LINE.fullmatch(label) and _column_ends_on_a_figure(text, line_start) else None
    labels_first = True
    for _ in range(LINES_OF_FIGURES):
        line, pos = _line_before(text, pos)
        if NUMBER_LINE.fullmatch(line):
            labels_first = False
        elif _label_kind(line) is not None:
            labels_first = True
        else:
            # a label of no kind of ours above the figure before, or a heading over the column: the column's
            # last line tells which ("Communes\n41\n...\nAdhérents\n68" ends on a figure)
            labels_first = labels_first or bool(LABEL_LINE.fullmatch(line)) and _column_ends_on_a_figure(text, line_start)
            break
    return kind if labels_first else None


def _column_ends_on_a_figure(text: str, line_start: int) -> bool:
    """Whether the lines of lone figures and short labels going down from `line_start` end on a figure (at a blank
    line, the end of the text or a line of another kind)."""
    last_is_figure = False
    for _ in range(LINES_OF_FIGURES):
        line_end = text.find("\n", line_start)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if FIGURE_LINE.fullmatch(line):
            last_is_figure = True
        elif LABEL_LINE.fullmatch(line):
            last_is_figure = False
        else:
            break
        if line_end < 0:
            break
        line_start = line_end + 1
    return last_is_figure


# a short line that may label a figure: "Adhérents de la CPTS", "Part des patients sans médecin traitant"
LABEL_LINE = re.compile(r"[ \t•*–-]*[^\W\d_][^\d\n.!?;:]{1,79}:?[ \t]*")


LINES_OF_FIGURES = 12  # lines looked at above a figure for where a column of figures and labels begins
_LONE_FIGURE = r"[ \t•*–-]*(?:\+\s*(?:de\s+|d['’])?|plus\s+de|près\s+de|environ|moins\s+de)?\s*\d[\d \u00a0\u202f.,]*"
NUMBER_LINE = re.compile(_LONE_FIGURE + r"\+?[ \t]*", re.IGNORECASE)  # "45 000", "+ de 90", "près de 12"
FIGURE_LINE = re.compile(_LONE_FIGURE + r"(?:\+|[ \u00a0]?%)?[ \t]*", re.IGNORECASE)  # and a share: "11,4 %"


def _line_before(text: str, line_start: int) -> tuple[str, int]:
    """The non-empty line before the one starting at `line_start`, and where it starts."""
    end = line_start - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    start = text.rfind("\n", 0, max(end, 0)) + 1
    return (text[start:end], start) if end > 0 else ("", 0)


def _label_kind(line: str) -> str | None:
    """The kind a line that is a bare label names ("Habitants", "Nombre de communes", "Professionnels de santé :")."""
    label = AS_OF.sub("", line).strip(" \t•*–-:|")  # "Adhérents à la CPTS au 1er septembre 2024"
    if not label or len(label) > 40 or any(ch.isdigit() for ch in label):
        return None
    label = NUMBER_OF.sub("", label)
    for kind, pattern in UNIT_AFTER_RE:
        m = pattern.match(label)
        if m and LABEL_TAIL.fullmatch(label, m.end()):
            return kind
    return "population" if re.fullmatch(r"population(?:\s+couverte)?", label, re.IGNORECASE) else None


NUMBER_OF = re.compile(r"^(?:nombre\s+(?:de|d['’])\s*|number\s+of\s+)", re.IGNORECASE)
LABEL_TAIL = re.compile(r"\s*(?:de\s+santé)?\s*(?:libéraux|adhérents)?\s*(?:(?:à|de)\s+la\s+CPTS\s*)?", re.IGNORECASE)
AS_OF = re.compile(r"\s+(?:au|à\s+la\s+date\s+du|as\s+(?:of|at))\s+[^\n]{0,30}\Z", re.IGNORECASE)
