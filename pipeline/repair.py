"""Repair OCR damage in extracted text, recording every change with its offsets.

Each rule proposes `Repair`s on the raw text; overlapping proposals keep the first found
(rules run from the most specific to the most general). A word is only changed when the
change is a known OCR confusion and the result is a much more frequent word of the
document's language (word frequencies from the `wordfreq` package), so correct words stay.
"""
from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from .model import Repair, TextMap

APOS = "'’"
LOWER = "a-zàâäéèêëîïôöûùüçœæ"
UPPER = "A-ZÀÂÄÉÈÊËÎÏÔÖÛÙÜÇŒÆ"
WORD_RE = re.compile(rf"[{LOWER}{UPPER}0-9]+", re.IGNORECASE)

# A word is changed only when its replacement is this much more frequent (Zipf scale)...
MIN_GAIN = 1.5
# ...and the word itself is not a common word of the language.
MAX_ZIPF_OF_CHANGED = 4.5
MIN_ZIPF_OF_RESULT = 2.5
MIN_ZIPF_OF_UNKNOWN_RESULT = 1.5  # a word unknown to the language may become a rarer one

# Single-character confusions of OCR on French text: what was read -> what it may have been.
CHAR_CONFUSIONS = {
    "e": "éèê", "é": "èêeô", "è": "éê", "ê": "éè",
    "a": "àâ", "à": "a", "o": "ô", "d": "ô", "u": "ùû", "i": "îï",
    "c": "ç", "g": "ç",
}
MULTI_CONFUSIONS = [("ceu", "œu"), ("oe", "œ"), ("o6", "ô"), ("6", "ô"), ("0", "o"), ("1", "l"),
                    ("5", "s"), ("8", "B")]
GLUED_PREFIXES = ("la", "le", "les", "de", "du", "des", "et", "en", "au", "aux")
ENGLISH_CONTRACTIONS = re.compile(r"(?:m|ll|ve|d|re|s)\b", re.IGNORECASE)


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang)


def repair_text(raw: str, lang: str = "fr") -> TextMap:
    """Apply every repair rule to `raw`; the result maps repaired offsets back to raw."""
    proposals: list[Repair] = []
    for rule in RULES:
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


def _repair(raw: str, start: int, end: int, to: str, rule: str) -> Repair:
    return Repair(start, end, raw[start:end], to, rule)


# --- rules -------------------------------------------------------------------------------

def ordinal_marks(raw: str, lang: str) -> list[Repair]:
    """Superscript ordinal marks read as degree signs and quotes: 3°"° -> 3ème."""
    out = []
    for m in re.finditer(r"(?<=\d)(?:°[\"“”'’]?°|°[\"“”]|º[\"“”]?º)", raw):
        out.append(_repair(raw, m.start(), m.end(), "ème" if lang == "fr" else "th", "ordinal_mark"))
    return out


def doubled_apostrophes(raw: str, lang: str) -> list[Repair]:
    """`d’'une`, `I’'Assurance`: OCR reads one apostrophe as two."""
    return [_repair(raw, m.start(), m.end(), m.group()[0], "doubled_apostrophe")
            for m in re.finditer(rf"[{APOS}][{APOS}]", raw)]


def capital_i_for_l(raw: str, lang: str) -> list[Repair]:
    """`I'aire`, `I’Assurance`: a capital I read for the elided article l'."""
    out = []
    for m in re.finditer(rf"(?<![\w])I(?=[{APOS}]{{1,2}}[{LOWER}{UPPER}])", raw):
        after = raw[m.end() + 1:m.end() + 4]
        if lang == "en" or ENGLISH_CONTRACTIONS.match(after.lstrip(APOS)):
            continue
        out.append(_repair(raw, m.start(), m.end(), "l", "I_for_l"))
    return out


def lost_l_before_apostrophe(raw: str, lang: str) -> list[Repair]:
    """`de 'Agence`, `par 'ARS`: the l of an elided article lost before its apostrophe."""
    if lang != "fr":
        return []
    pattern = rf"\b(?:de|à|a|par|pour|sur|dans|avec|et|que|entre) (?=[{APOS}][{UPPER}aeiouéèh])"
    return [_repair(raw, m.end(), m.end(), "l", "lost_l") for m in re.finditer(pattern, raw)]


def bullets_read_as_e(raw: str, lang: str) -> list[Repair]:
    """A bullet at the start of a line read as a lone `e` (or `o`)."""
    return [_repair(raw, m.start(1), m.end(1), "•", "bullet")
            for m in re.finditer(rf"(?m)^[ \t]*([eo])[ \t]+(?=[{LOWER}{UPPER}0-9«\"])", raw)]


def grave_a(raw: str, lang: str) -> list[Repair]:
    """The preposition `à` read as `a` (the verb `a` stays): a Dijon, a l'initiative, a venir."""
    if lang != "fr":
        return []
    out = []
    pattern = rf"(?<![\w{APOS}])a(?=[ \t]+(?:[{UPPER}][{LOWER}]|(?:la|le|les|leur|leurs|domicile|travers|venir|partir|compter|proximité|distance|condition|chaque|destination)(?![\w])|[lI][{APOS}]))"
    for m in re.finditer(pattern, raw):
        before = raw[max(0, m.start() - 25):m.start()]
        if re.search(r"\b(?:il|elle|on|qui|y|CPTS|communauté|structure|ARS|projet)\s*$", before, re.IGNORECASE):
            continue
        out.append(_repair(raw, m.start(), m.end(), "à", "grave_a"))
    for m in re.finditer(rf"(?<=[{LOWER}] )&(?= [{LOWER}]+(?:er|ir|re)\b)", raw):
        out.append(_repair(raw, m.start(), m.end(), "à", "grave_a"))
    return out


def glued_words(raw: str, lang: str) -> list[Repair]:
    """`lamétropole`, `lacommunauté`: a short word glued to the next one."""
    if lang != "fr":
        return []
    out = []
    for m in WORD_RE.finditer(raw):
        word = m.group()
        if len(word) < 6 or not word.islower() or zipf(word, lang) > 0:
            continue
        for prefix in GLUED_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 4 and zipf(rest, lang) >= 3.5:
                out.append(_repair(raw, m.start(), m.start() + len(prefix), prefix + " ", "glued_words"))
                break
    return out


def confused_characters(raw: str, lang: str) -> list[Repair]:
    """Words with one OCR-confused character (hdpitaux, congue, déja, Co6te)."""
    out = []
    for m in re.finditer(rf"[{LOWER}{UPPER}0-9]+", raw):
        word = m.group()
        if _inside_address(raw, m.start(), m.end()):
            continue
        if len(word) < 3 or word.isdigit() or word.isupper() and len(word) > 1 and not _has_digit(word):
            continue
        if _has_digit(word) and not re.search(rf"[{LOWER}{UPPER}]", word):
            continue
        best = _best_variant(word, lang)
        if best:
            out.append(_repair(raw, m.start(), m.end(), best, "ocr_confusion"))
    return out


def _inside_address(raw: str, start: int, end: int) -> bool:
    """Part of a web or mail address (sante.fr, www.ars.sante.fr, contact@cpts.fr)."""
    before, after = raw[max(0, start - 1):start], raw[end:end + 2]
    return bool(re.match(r"[.@/][a-z]", after)) or before in (".", "@", "/")


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _best_variant(word: str, lang: str) -> str | None:
    has_digit = _has_digit(word)
    if has_digit and (word[0].isdigit() or word[-1].isdigit() and word[-2:-1].isdigit()):
        return None  # 3ème, 21-52, 2nd: numbers with a suffix, not damaged words
    lower = word.lower()
    current = 0.0 if has_digit else zipf(lower, lang)
    if current > MAX_ZIPF_OF_CHANGED:
        return None
    floor = MIN_ZIPF_OF_RESULT if current > 0 else MIN_ZIPF_OF_UNKNOWN_RESULT
    best, best_score = None, max(current + MIN_GAIN, floor)
    for variant in _variants(lower):
        score = zipf(variant, lang)
        if score >= best_score:
            best, best_score = variant, score
    if best is None:
        return None
    return _match_case(best, word)


def _variants(word: str):
    for i, ch in enumerate(word):
        for alt in CHAR_CONFUSIONS.get(ch, ""):
            yield word[:i] + alt + word[i + 1:]
    for wrong, right in MULTI_CONFUSIONS:
        start = word.find(wrong)
        while start >= 0:
            yield word[:start] + right + word[start + len(wrong):]
            start = word.find(wrong, start + 1)


def _match_case(variant: str, original: str) -> str:
    if original[0].isupper():
        return variant[0].upper() + variant[1:]
    return variant


RULES = [
    ordinal_marks,
    doubled_apostrophes,
    capital_i_for_l,
    lost_l_before_apostrophe,
    bullets_read_as_e,
    glued_words,
    grave_a,
    confused_characters,
]

