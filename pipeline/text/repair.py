"""Repair OCR damage and layout damage in extracted text, recording every change with its offsets.

Each rule proposes `Repair`s on the raw text; overlapping proposals keep the first found
(rules run from the most specific to the most general). The rules are in `ocr_repairs`
(characters, words, accents), `letter_repairs` (letters a soft picture confuses), `list_repairs`
(bullets, list dashes, brackets) and `layout_repairs` (rewrapped lines, cut words, page furniture).
"""
from __future__ import annotations

from ..model import Repair, TextMap
from .layout_repairs import (detached_hyphens, inline_list_items, numbers_cut_at_line_end, page_furniture,
                             spaced_hyphens)
from .list_repairs import (blank_line_in_brackets, bullet_glyphs, bullets_read_as_e, curly_for_round_bracket, list_dash_la,
                           spaced_ellipses, pictograph_bullets, stray_marks_at_line_ends,
                           symbol_font_bullets)
from .ocr_repairs import (bar_bang_for_l, capital_for_small, capital_i_for_l, confused_characters, document_spellings,
                          doubled_apostrophes, glued_words, grave_a, lost_l_before_apostrophe, mis_decoded,
                          ordinal_marks, place_accents, place_lookalikes, small_i_for_capital)
from .letter_repairs import (bang_for_capital_i, capital_i_for_small_l, et_between_names, f_for_elided_l, i_for_l, j_for_l,
                             letter_o_in_numbers, lost_apostrophe, round_letters, t_for_l_in_la, ter_for_first, thin_letters)


def repair_text(raw: str, lang: str = "fr", ocr: bool = False) -> TextMap:
    """Apply every repair rule to `raw`; the result maps repaired offsets back to raw.

    `ocr`: the text comes from this pipeline's own OCR, so glyph confusions that a typed text
    could mean (a `*` bullet, a capital after a comma) are taken as tesseract's.
    """
    proposals: list[Repair] = []
    for rule in (OCR_RULES + RULES if ocr else RULES):
        proposals.extend(rule(raw, lang))
    return TextMap(raw, _non_overlapping(proposals))


def _non_overlapping(proposals: list[Repair]) -> list[Repair]:
    kept: list[Repair] = []
    taken: list[tuple[int, int]] = []
    for rep in proposals:  # earlier rules win
        if rep.original == rep.to:
            continue
        if any(_overlaps(rep.start, rep.end, s, e) for s, e in taken):
            continue
        kept.append(rep)
        taken.append((rep.start, rep.end))
    return sorted(kept, key=lambda r: r.start)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    if a_start == a_end or b_start == b_end:  # an insertion collides at the same point
        return b_start <= a_start <= b_end if a_start == a_end else a_start <= b_start <= a_end
    return a_start < b_end and b_start < a_end


OCR_RULES = [
    list_dash_la,
    spaced_ellipses,
    place_lookalikes,
    small_i_for_capital,
    document_spellings,
    bar_bang_for_l,
    bullet_glyphs,
    capital_for_small,
    curly_for_round_bracket,
    blank_line_in_brackets,
    stray_marks_at_line_ends,
    t_for_l_in_la,
    i_for_l,
    thin_letters,
    round_letters,
    et_between_names,
    f_for_elided_l,
    j_for_l,
    lost_apostrophe,
    bang_for_capital_i,
    ter_for_first,
]

RULES = [
    mis_decoded,
    page_furniture,
    inline_list_items,
    spaced_hyphens,
    detached_hyphens,
    numbers_cut_at_line_end,
    ordinal_marks,
    doubled_apostrophes,
    capital_i_for_l,
    capital_i_for_small_l,
    letter_o_in_numbers,
    lost_l_before_apostrophe,
    bullets_read_as_e,
    symbol_font_bullets,
    pictograph_bullets,
    glued_words,
    grave_a,
    place_accents,
    confused_characters,
]

