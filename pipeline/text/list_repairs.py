"""Repair rules for the marks of lists and brackets that OCR misreads: bullets read as letters or
other glyphs, a list dash merged with the article after it, ellipses split, a bracket closed by a
brace. Each rule takes (raw text, language) and returns the `Repair`s it proposes."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Repair, proposed
from ..reference.words import LOWER, UPPER, zipf


def bullets_read_as_e(raw: str, lang: str) -> list[Repair]:
    """A bullet at the start of a line read as a lone `e` (or `o`), or as an `e` glued to the
    article and the word after it (`elamétropole de Dijon`)."""
    lone = [proposed(raw, m.start(1), m.end(1), "•", "bullet")
            for m in re.finditer(rf"(?m)^[ \t]*([eo])[ \t]+(?=[{LOWER}{UPPER}0-9«\"])", raw)]
    return lone + ([] if lang != "fr" else [
        proposed(raw, m.start(1), m.end(2), f"• {m.group(2)} ", "bullet")
        for m in re.finditer(rf"(?m)^[ \t]*(e)(la|le|les)([{LOWER}]{{4,}})\b", raw)
        if zipf(m.group(3), lang) >= 3.5 and zipf(m.group(1) + m.group(2) + m.group(3), lang) == 0])


# A word processor's symbol-font bullet (Wingdings): a private-use character, or its UTF-8 bytes read as cp1252
# ("ï‚§", "ï‚·", "ïƒ˜"), opening a line of a list copied from a document
SYMBOL_BULLET = re.compile(r"(?m)^[ \t]*(ï[‚ƒ][§·˜¨¼Øü]|[\uf020-\uf0ff])[ \t]*(?=\S)")


def symbol_font_bullets(raw: str, lang: str) -> list[Repair]:
    """Bullets of a symbol font that a copy turned into odd characters, written back as bullets."""
    return [proposed(raw, m.start(1), m.end(1), "•", "bullet") for m in SYMBOL_BULLET.finditer(raw)]


# A pictograph opening a line (an arrow, a check mark, a shape, an emoji: "👉 les Portes de Rosheim",
# "➡️ 12 communes"), with its variation selector or skin tone; the bullets the readers know are left out
PICTOGRAPH_BULLET = re.compile(
    r"(?m)^[ \t]*([\u2190-\u21ff\u2500-\u2609\u260b-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
    r"[\ufe0f\U0001f3fb-\U0001f3ff]*)[ \t]*(?=\S)")
KNOWN_BULLETS = "•▪►◦"


def pictograph_bullets(raw: str, lang: str) -> list[Repair]:
    """Lines of a list opened by a pictograph, written as bullets. The same pictograph must open two
    lines or more: one alone is more likely a heading's ornament ("📍 Notre territoire")."""
    found = [m for m in PICTOGRAPH_BULLET.finditer(raw) if m.group(1) not in KNOWN_BULLETS]
    counts = Counter(m.group(1) for m in found)
    return [proposed(raw, m.start(1), m.end(1), "•", "bullet") for m in found if counts[m.group(1)] >= 2]


GLYPHS, TYPED = "*+¢©€@~_=", "-–—•▪►"  # what OCR reads a bullet as; the bullets and dashes lists are typed with
BULLET_GLYPHS = re.compile(rf"(?m)^[ \t]*([{GLYPHS}])([ \t]*)(?=[{LOWER}{UPPER}0-9«\"])")
# "6 la métropole de Dijon", "6 Jamétropole" among bullet lines: a bullet read as a digit (no number
# comes before an article)
DIGIT_BULLET = re.compile(r"(?m)^[ \t]*([0-9])([ \t]+)(?=[lJ](?:a|es?)(?:\s|[a-zà-ÿ]{4,})|l['’]|une?\s)")
TYPED_BULLET = re.compile(rf"[ \t]*[{TYPED}][ \t]")
# a line opening on a bullet, typed or read as a glyph or an "e" ("e lacommunauté ...", "@ une partie ...")
BULLET_LINE = re.compile(rf"[ \t]*(?:[{TYPED}{GLYPHS}]|e(?=la|le|les)|[eo](?=[ \t]))[ \t]*\S")
NEARBY_LINES = 6  # a glyph line with typed bullets this close is in their list


def bullet_glyphs(raw: str, lang: str) -> list[Repair]:
    """Bullets read as `*`, `+`, `¢`, `©`, `€`, `@`, `~`, `_` or `=` at the start of lines (OCR only: typed
    lists use them), or as a digit before an article among bullet lines. An `@` right against a word is a
    handle, not a bullet.

    One such line alone is more likely a footnote (`* Source : ...`): a list has several, or
    the line stands among dashes and bullets read as they are.
    """
    found = [m for m in BULLET_GLYPHS.finditer(raw) if m.group(1) != "@" or m.group(2)]
    if len(found) < 2:
        found = [m for m in found if _among_typed_bullets(raw, m.start())]
    found += [m for m in DIGIT_BULLET.finditer(raw) if _among_typed_bullets(raw, m.start(), BULLET_LINE)]
    return [proposed(raw, m.start(1), m.end(1), "• " if not m.group(2) else "•", "bullet") for m in found]


def _among_typed_bullets(raw: str, start: int, bullet: re.Pattern = TYPED_BULLET) -> bool:
    lines = raw[:start].split("\n")[-NEARBY_LINES - 1:-1] + raw[start:].split("\n")[1:NEARBY_LINES + 1]
    return sum(bool(bullet.match(line)) for line in lines) >= 2


# A list item "-la communauté de communes ..." whose dash and l OCR merged into one glyph:
# "4a", "da", "Ja", "“a" or a lone "a" (a speck may follow: "4a."), at the start of a line after a line (or a blank line
# after a line) that closed an item or opened the list.
LIST_DASH_LA_RE = re.compile(
    r"(?m)(?:(?<=[;:.…]\n)|(?<=[;:.…]\n\n))(?:[4dJI|1“]a|a)[.,]?"
    r"(?= (?:communauté|partie|métropole|commune|communes|ville|totalité|moitié)\b)")
SPACED_ELLIPSIS_RE = re.compile(r"(?<=\w)(?:\. \.\.|\.\. \.|\.…|…\.)(?![.…])")


def list_dash_la(raw: str, lang: str) -> list[Repair]:
    if lang != "fr":
        return []
    return [proposed(raw, m.start(), m.end(), "-la", "list_dash_la") for m in LIST_DASH_LA_RE.finditer(raw)]


def spaced_ellipses(raw: str, lang: str) -> list[Repair]:
    """`mot. ..`, `mot.. .`, `mot.…`: an ellipsis OCR split with a space or read with a stray point."""
    if lang != "fr":
        return []
    return [proposed(raw, m.start(), m.end(), "...", "spaced_ellipsis") for m in SPACED_ELLIPSIS_RE.finditer(raw)]


def curly_for_round_bracket(raw: str, lang: str) -> list[Repair]:
    """`(soit 51 % de la population}`: a round bracket left open on its line, or on the line the
    sentence wraps to, closed by a brace."""
    return [proposed(raw, m.end(1), m.end(1) + 1, ")", "bracket") for m in OPEN_ROUND_THEN_BRACE.finditer(raw)]


OPEN_ROUND_THEN_BRACE = re.compile(r"(?m)^([^(){}\n]*\([^(){}\n]*(?:\n[^(){}\n]+)?)\}")


BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
BRACKET_REACH = 300  # characters back to the bracket a list opens with


def inside_open_bracket(text: str, pos: int) -> bool:
    """Whether a bracket opened earlier in the paragraph (within BRACKET_REACH) is still open at pos."""
    paragraph = text[max(0, text.rfind("\n\n", 0, pos), pos - BRACKET_REACH):pos]
    return paragraph.rfind("(") > paragraph.rfind(")")


def blank_line_in_brackets(raw: str, lang: str) -> list[Repair]:
    """`(Brochon, Fixin, Urcy,\\n\\nValforêt).`: a blank line OCR put inside a bracket still open,
    before a line that closes it (OCR only: a typed text does not break a paragraph there)."""
    out = []
    for m in BLANK_LINES.finditer(raw):
        line_end = raw.find("\n", m.end())
        next_line = raw[m.end():line_end if line_end >= 0 else len(raw)]
        closing = next_line.find(")")
        if inside_open_bracket(raw, m.start()) and closing >= 0 and "(" not in next_line[:closing]:
            out.append(proposed(raw, m.start(), m.end(), "\n", "blank_line_in_brackets"))
    return out


STRAY_MARK_AT_LINE_END = re.compile(r"(?m)(?<=[,;:)])[ \t]+[-|—][ \t]*$|(?<=:)[ \t]+[;,.][ \t]*$")


def stray_marks_at_line_ends(raw: str, lang: str) -> list[Repair]:
    """`Brognon, -`, `Flacey) : |` or `du département : ;`: a dash or a bar after a comma, a colon or a
    bracket, or a point after a colon, at the end of a line: the edge of the sheet or a speck read as a
    mark (OCR only)."""
    return [proposed(raw, m.start(), m.end(), "", "stray_mark") for m in STRAY_MARK_AT_LINE_END.finditer(raw)]
