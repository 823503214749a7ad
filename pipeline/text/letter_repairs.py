"""OCR-only repairs of letters a soft or dim picture confuses: an l read as an i or a t, an
o read as an a (and other round letters), the elided l' read as an f, the I of an acronym read as "!", the article "la" read as "ta", and
long words with two thin letters misread. A word is changed only when the result is a much
more frequent word of the document's language, as in `ocr_repairs`."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..model import Repair, proposed
from ..reference.frequencies import frequency_dict
from ..reference.words import APOS, LOWER, UPPER, zipf
from .ocr_repairs import (MAX_ZIPF_OF_CHANGED, MIN_ZIPF_OF_GLUED_WORD, MIN_ZIPF_OF_RESULT, MIN_ZIPF_OF_WORD, glued_parts,
                          inside_address, most_frequent_gain)


# Not "Asnières-tes-Dijon"; nor a lone "te", which a scrap of OCR garbage may be.
SECOND_PERSON = re.compile(r"(?<![\w-])(?:(?:tu|toi|ton|tes)(?![\w-])|t['’](?=\w))", re.IGNORECASE)
TA_FOR_LA = re.compile(r"(?<![\w'’-])ta(?= [^\W\d_])")


def t_for_l_in_la(raw: str, lang: str) -> list[Repair]:
    """`de ta population`, `de ta CPTS`: the article `la` read as `ta` (OCR only), in a text that
    never speaks to its reader as `tu`, where `ta` cannot be meant."""
    if lang != "fr" or SECOND_PERSON.search(raw):
        return []
    return [proposed(raw, m.start(), m.end(), "la", "t_for_l") for m in TA_FOR_LA.finditer(raw)]


LOWER_WORD_WITH_I_RE = re.compile(rf"(?<![{LOWER}{UPPER}0-9{APOS}-])[{LOWER}]*i[{LOWER}]*(?![{LOWER}{UPPER}0-9])")


ELIDED_L_AS_F_RE = re.compile(rf"(?<![{LOWER}{UPPER}0-9{APOS}-])f([aeiouéèêh][{LOWER}]{{2,}})(?![{LOWER}{UPPER}0-9])")


def f_for_elided_l(raw: str, lang: str) -> list[Repair]:
    """`féchelle`, `faccord`: the elided article l' read as one f (OCR only), mended when the
    word is unknown and what follows the f is a word."""
    if lang != "fr":
        return []
    return [proposed(raw, m.start(), m.start(1), "l'", "f_for_l")
            for m in ELIDED_L_AS_F_RE.finditer(raw)
            if zipf(m.group(), lang) == 0 and zipf(m.group(1), lang) >= MIN_ZIPF_OF_WORD]


ACRONYM_BANG_RE = re.compile(r"\b([A-Z]{2,})!")


def bang_for_capital_i(raw: str, lang: str) -> list[Repair]:
    """`(AC!)`: an acronym's last capital I read as "!" (OCR only), mended before a closing
    bracket or when the document writes the acronym with its I elsewhere."""
    out = []
    for m in ACRONYM_BANG_RE.finditer(raw):
        if raw[m.end():m.end() + 1] == ")" or re.search(rf"\b{m.group(1)}I\b", raw):
            out.append(proposed(raw, m.end() - 1, m.end(), "I", "bang_for_I"))
    return out


# Thin letters a soft phone picture confuses with one another: "protessionnets", "prolessionnels".
THIN_LETTERS = "filtr"
MIN_THIN_REPAIR_LENGTH = 10  # two letters changed: only in long words, where no other word is that close


def thin_letters(raw: str, lang: str) -> list[Repair]:
    """A long word in lower case, unknown to the language, with one or two of its thin letters
    (f, i, l, t, r) read as others (OCR only), mended when exactly one frequent word is that close."""
    return _lower_case_words_mended(raw, lang, MIN_THIN_REPAIR_LENGTH, _thin_letters_undone, "thin_letters")


def _lower_case_words_mended(raw: str, lang: str, min_length: int, mend: Callable[[str, str], str | None],
                             rule: str) -> list[Repair]:
    """`mend` applied to every word in lower case of `min_length` letters or more, outside addresses."""
    out = []
    for m in re.finditer(rf"(?<![{LOWER}{UPPER}0-9{APOS}-])[{LOWER}]{{{min_length},}}(?![{LOWER}{UPPER}0-9])", raw):
        best = mend(m.group(), lang)
        if best and not inside_address(raw, m.start(), m.end()):
            out.append(proposed(raw, m.start(), m.end(), best, rule))
    return out


@lru_cache(maxsize=100_000)
def _thin_letters_undone(word: str, lang: str) -> str | None:
    if zipf(word, lang) > 0:
        return None
    once = set(_thin_variants(word))
    twice = {v2 for v in once for v2 in _thin_variants(v)} - {word}
    found = {v for v in once | twice if zipf(v, lang) >= MIN_ZIPF_OF_RESULT}
    return found.pop() if len(found) == 1 else None


def _thin_variants(word: str):
    for i, ch in enumerate(word):
        if ch in THIN_LETTERS and i > 0:
            for other in THIN_LETTERS.replace(ch, ""):
                yield word[:i] + other + word[i + 1:]


# Round letters a soft picture confuses: what was read -> what it may have been.
ROUND_LETTERS = {"a": "o", "o": "a", "c": "e", "e": "c"}
MIN_ROUND_REPAIR_LENGTH = 5


def round_letters(raw: str, lang: str) -> list[Repair]:
    """`cammunes`, `pragramme`: a word in lower case, unknown to the language, with one round
    letter read as another (OCR only), mended when exactly one frequent word is that close."""
    return _lower_case_words_mended(raw, lang, MIN_ROUND_REPAIR_LENGTH, _round_letter_undone, "round_letters")


@lru_cache(maxsize=100_000)
def _round_letter_undone(word: str, lang: str) -> str | None:
    """The frequent word this one becomes with a round letter changed, when no other frequent
    word is one edit away ("partion" may be "portion" or "parution": left alone)."""
    if zipf(word, lang) > 0:
        return None
    variants = {word[:i] + ROUND_LETTERS[ch] + word[i + 1:] for i, ch in enumerate(word) if ch in ROUND_LETTERS}
    found = {v for v in variants if zipf(v, lang) >= MIN_ZIPF_OF_RESULT}
    if len(found) != 1 or _frequent_words_one_edit_away(word, lang) != found:
        return None
    return found.pop()


LETTERS = LOWER.replace("a-z", "abcdefghijklmnopqrstuvwxyz")


def _frequent_words_one_edit_away(word: str, lang: str) -> set[str]:
    """Frequent words one letter changed, added or removed away from `word`."""
    frequencies = frequency_dict(lang)
    floor = 10 ** (MIN_ZIPF_OF_RESULT - 9)  # a Zipf value is log10 of the frequency per billion words
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in cuts if right}
    edits |= {left + letter + right[1:] for left, right in cuts if right for letter in LETTERS}
    edits |= {left + letter + right for left, right in cuts for letter in LETTERS}
    edits.discard(word)
    return {edit for edit in edits if frequencies.get(edit, 0.0) >= floor}


def i_for_l(raw: str, lang: str) -> list[Repair]:
    """`ia`, `ies`, `étabiir`, `compiéter`: an l read as an i in a word written in lower case
    (OCR only: a soft photo thins an l's stem to an i's), mended when that makes it a much
    more frequent word."""
    out = []
    for m in LOWER_WORD_WITH_I_RE.finditer(raw):
        best = _l_for_i(m.group(), lang) or _glued_l_for_i(m.group(), lang)
        if best and not inside_address(raw, m.start(), m.end()):
            out.append(proposed(raw, m.start(), m.end(), best, "i_for_l"))
    return out


def _glued_l_for_i(word: str, lang: str) -> str | None:
    """`lamétropoie`: an article glued to a word with an l read as an i -> `la métropole`."""
    if lang != "fr" or len(word) < 6 or zipf(word, lang) > 0:
        return None
    for prefix, rest in glued_parts(word):
        mended = _l_for_i(rest, lang)
        if mended and zipf(mended, lang) >= MIN_ZIPF_OF_GLUED_WORD:
            return f"{prefix} {mended}"
    return None


@lru_cache(maxsize=100_000)
def _l_for_i(word: str, lang: str) -> str | None:
    current = zipf(word, lang)
    if len(word) < 2 or current > MAX_ZIPF_OF_CHANGED:
        return None
    return most_frequent_gain((word[:i] + "l" + word[i + 1:] for i, ch in enumerate(word) if ch == "i"), current, lang)


FIRST_OF_MONTH_READ_TER = re.compile(
    r"(?<![\w-])[tT]er(?=[ \u00a0](?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)",
    re.IGNORECASE)


def ter_for_first(raw: str, lang: str) -> list[Repair]:
    """`le ter octobre`: the "1er" of a date read as "ter" (OCR only: no French word "ter"
    stands before a month)."""
    if lang != "fr":
        return []
    return [proposed(raw, m.start(), m.end(), "1er", "ter_for_1er") for m in FIRST_OF_MONTH_READ_TER.finditer(raw)]


ET_READ_AS_OT = re.compile(rf"(?<=[{LOWER}][ \n])[oc]t(?= [{UPPER}])")
NAME_BEFORE = re.compile(rf"[{UPPER}][\w'’-]*\s$")


def et_between_names(raw: str, lang: str) -> list[Repair]:
    """`Magny-sur-Tille ot Bressey-sur-Tille`: the "et" between two names read as "ot" or "ct"
    (OCR only), where neither word can stand."""
    if lang != "fr":
        return []
    return [proposed(raw, m.start(), m.end(), "et", "et_read_as_ot") for m in ET_READ_AS_OT.finditer(raw)
            if NAME_BEFORE.search(raw, max(0, m.start() - 60), m.start())]


# "Pays dArnay", "Terres dAuxois", "lUnion": an elided article or "qu" glued to a capitalised word
LOST_APOSTROPHE_RE = re.compile(rf"(?<![{LOWER}{UPPER}0-9{APOS}#@_-])(?:[dlDL]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)(?=[{UPPER}][{LOWER}]{{2,}})")


def lost_apostrophe(raw: str, lang: str) -> list[Repair]:
    """`Pays dArnay`: the apostrophe of an elision lost before a capitalised word (OCR only)."""
    if lang != "fr":
        return []
    return [proposed(raw, m.end(), m.end(), "'", "lost_apostrophe") for m in LOST_APOSTROPHE_RE.finditer(raw)]


CAPITAL_J_WORD_RE = re.compile(rf"(?<![{LOWER}{UPPER}0-9{APOS}-])J([{LOWER}]{{2,}})(?![{LOWER}{UPPER}0-9])")


def j_for_l(raw: str, lang: str) -> list[Repair]:
    """`Jeurs démarches`, `Jamétropole`: a small l read as a capital J (OCR only), mended when
    the word is unknown and the word with its l is frequent, or is an article glued to one."""
    if lang != "fr":
        return []
    out = []
    for m in CAPITAL_J_WORD_RE.finditer(raw):
        if zipf(m.group(), lang) > 0 or zipf(m.group().lower(), lang) > 0:
            continue
        mended = "l" + m.group(1)
        if zipf(mended, lang) < MIN_ZIPF_OF_RESULT:
            mended = next((prefix + " " + rest for prefix, rest in glued_parts(mended)
                           if prefix.startswith("l") and zipf(rest, lang) >= MIN_ZIPF_OF_GLUED_WORD), None)
        if mended:
            out.append(proposed(raw, m.start(), m.end(), mended, "j_for_l"))
    return out


# "Ia CPTS", "Ies communes", "MarchaI", "HouiIles": a capital I read for a small l where no word has one
ARTICLE_WITH_CAPITAL_I = re.compile(r"(?<![\w'’])I(?=(?:a|e|es)\b)")
CAPITAL_I_INSIDE_WORD = re.compile(rf"(?<=[{LOWER}]{{2}})I(?=[{LOWER}]|(?![\w'’]))")


def capital_i_for_small_l(raw: str, lang: str) -> list[Repair]:
    """`Ia CPTS`, `MarchaI`: a capital I for the small l of the French articles la, le, les, and for an l after
    two small letters of a word."""
    starts = [m.start() for m in CAPITAL_I_INSIDE_WORD.finditer(raw)]
    if lang == "fr":
        starts += [m.start() for m in ARTICLE_WITH_CAPITAL_I.finditer(raw)]
    return [proposed(raw, start, start + 1, "l", "capital_I_for_l") for start in sorted(starts)
            if not inside_address(raw, start, start + 1)]


# "2O21", "12O 000", "2O communes": a letter O among the digits of a number
NUMBER_WITH_LETTER_O = re.compile(r"\b\d[\dOo]*[Oo][\dOo]*\b")


def letter_o_in_numbers(raw: str, lang: str) -> list[Repair]:
    """`2O21` -> `2021`: a letter O (or o) read for a zero inside a number that opens on a digit."""
    return [proposed(raw, m.start() + i, m.start() + i + 1, "0", "O_for_0")
            for m in NUMBER_WITH_LETTER_O.finditer(raw) if not inside_address(raw, m.start(), m.end())
            for i, ch in enumerate(m.group()) if ch in "Oo"]
