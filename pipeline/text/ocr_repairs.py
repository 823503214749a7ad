"""Repair rules for OCR damage and mis-decoded text: confused characters, glued words, lost
accents and apostrophes (bullets, list dashes and brackets misread are in `list_repairs`).

A word is only changed when the change is a known OCR confusion and the result is a much
more frequent word of the document's language (word frequencies from the `wordfreq`
package), so correct words stay. Each rule takes (raw text, language) and returns the
`Repair`s it proposes; `pipeline.text.repair` applies them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from rapidfuzz.distance import Levenshtein

from ..model import Repair, proposed
from ..reference import gazetteer
from ..reference.folding import strip_marks
from ..reference.frequencies import frequency_dict
from ..reference.words import APOS, LOWER, UPPER, accentless, place_names, zipf


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
# Only inside words written in lower case: "protessionnels", "objectits" (a dim photo thins an
# f's bar), "concemera" (r and n run together); a capitalised "Tille" or "Toumus" is a name, and
# a typed name is left as written (`place_lookalikes` mends names in OCR output).
INNER_CONFUSIONS = {"t": "f"}
INNER_MULTI_CONFUSIONS = [("m", "rn")]
MULTI_CONFUSIONS = [("ceu", "œu"), ("oe", "œ"), ("o6", "ô"), ("6", "ô"), ("0", "o"), ("1", "l"),
                    ("5", "s"), ("8", "B")]
GLUED_PREFIXES = ("la", "le", "les", "de", "du", "des", "et", "en", "au", "aux")
MIN_ZIPF_OF_GLUED_WORD = 3.5  # the word a short one is glued to
ENGLISH_CONTRACTIONS = re.compile(r"(?:m|ll|ve|d|re|s)\b", re.IGNORECASE)


# --- rules -------------------------------------------------------------------------------

def ordinal_marks(raw: str, lang: str) -> list[Repair]:
    """Superscript ordinal marks read as degree signs and quotes: 3°"° -> 3ème."""
    out = []
    for m in re.finditer(r"(?<=\d)(?:°[\"“”'’]?°|°[\"“”]|º[\"“”]?º)", raw):
        out.append(proposed(raw, m.start(), m.end(), "ème" if lang == "fr" else "th", "ordinal_mark"))
    return out


# UTF-8 read with a Western or Central European code page: "Ã©" or "Ă©" for "é", "Å“" for "œ", "â€™" for "’"
# (a second byte of UTF-8 read in cp1252 is a Latin-1 sign, a letter with a caron, a dash, a quote, "€" or "™")
CONTINUATION = r"[\u0080-\u02ff\u2013-\u203a\u20ac\u2122]"
# "Ã" before a plain space: "à", whose second byte (0xa0, a no-break space) became a space
MIS_DECODED = re.compile(rf"[ÂÃÅĂ]{CONTINUATION}|â{CONTINUATION}{{2}}|â€\ufffd|Ã(?= )")
MIN_MIS_DECODED = 2  # a stray "Ã" in a name is not a mis-decoded text; two signs of it are


def mis_decoded(raw: str, lang: str) -> list[Repair]:
    """Letters of a text decoded with the wrong code page, read back: "communautĂ©" -> "communauté"."""
    out = []
    for m in MIS_DECODED.finditer(raw):
        letter = _decoded(m.group())
        if letter:
            out.append(proposed(raw, m.start(), m.end(), letter, "mis_decoded"))
    return out if len(out) >= MIN_MIS_DECODED else []


def _decoded(chars: str) -> str | None:
    if chars == "Ã":
        return "à"
    if chars == "â€\ufffd":
        return "”"  # its third byte (0x9d) has no sign in cp1252: the reading lost it, and "”" is the common one
    for codec in ("cp1252", "iso8859_16", "cp1250"):
        try:
            letter = chars.encode(codec).decode("utf-8")
        except (UnicodeError, ValueError):
            continue
        if len(letter) == 1:
            return letter
    return None


def doubled_apostrophes(raw: str, lang: str) -> list[Repair]:
    """`d’'une`, `I’'Assurance`: OCR reads one apostrophe as two."""
    return [proposed(raw, m.start(), m.end(), m.group()[0], "doubled_apostrophe")
            for m in re.finditer(rf"[{APOS}][{APOS}]", raw)]


def capital_i_for_l(raw: str, lang: str) -> list[Repair]:
    """`I'aire`, `|’Assurance`: a capital I or a bar read for the elided article l'."""
    out = []
    for m in re.finditer(rf"(?<![\w])[I|](?=[{APOS}]{{1,2}}[{LOWER}{UPPER}])", raw):
        after = raw[m.end() + 1:m.end() + 4]
        if lang == "en" or ENGLISH_CONTRACTIONS.match(after.lstrip(APOS)):
            continue
        out.append(proposed(raw, m.start(), m.end(), "l", "I_for_l"))
    return out


def lost_l_before_apostrophe(raw: str, lang: str) -> list[Repair]:
    """`de 'Agence`, `par 'ARS`: the l of an elided article lost before its apostrophe."""
    if lang != "fr":
        return []
    pattern = rf"\b(?:de|à|a|par|pour|sur|dans|avec|et|que|entre) (?=[{APOS}][{UPPER}aeiouéèh])"
    return [proposed(raw, m.end(), m.end(), "l", "lost_l") for m in re.finditer(pattern, raw)]


# After these words `a` can only be the preposition (à travers, à partir de, à domicile).
FIXED_AFTER_A = "travers|partir|compter|proximité|distance|condition|destination|domicile|venir|savoir"
ARTICLES_AFTER_A = "la|le|les|leur|leurs|chaque|tous|toutes"
# ...after these the verb `a` is likely (la CPTS a la charge de, elle a leurs faveurs).
SUBJECT_BEFORE_A = re.compile(r"\b(?:il|elle|on|qui|y|CPTS|communauté|structure|ARS|projet)\s*$", re.IGNORECASE)


def grave_a(raw: str, lang: str) -> list[Repair]:
    """The preposition `à` read as `a` (the verb `a` stays): a Dijon, a l'initiative, a travers."""
    if lang != "fr":
        return []
    out = []
    fixed = rf"(?<![\w{APOS}])a(?=\s+(?:{FIXED_AFTER_A})(?![\w]))"
    for m in re.finditer(fixed, raw):
        out.append(proposed(raw, m.start(), m.end(), "à", "grave_a"))
    pattern = rf"(?<![\w{APOS}])a(?=[ \t]*\n?[ \t]*(?:[{UPPER}][{LOWER}]|(?:{ARTICLES_AFTER_A})(?![\w])|[lI][{APOS}]))"
    for m in re.finditer(pattern, raw):
        if SUBJECT_BEFORE_A.search(raw[max(0, m.start() - 25):m.start()]) or raw[m.end():m.end() + 1] not in " \t\n":
            continue
        out.append(proposed(raw, m.start(), m.end(), "à", "grave_a"))
    for m in re.finditer(rf"(?<=[{LOWER}] )&(?= [{LOWER}]+(?:er|ir|re)\b)", raw):
        out.append(proposed(raw, m.start(), m.end(), "à", "grave_a"))
    return out


# Letters whose capital is the small letter drawn bigger: tesseract confuses the two.
SAME_SHAPE_CAPITALS = "SOVWXZ"


def capital_for_small(raw: str, lang: str) -> list[Repair]:
    """`ville/hôpital` read `Ville/hôpital`, `mais` read `Mais` in mid-sentence (OCR only).

    Changed only when the word follows a small-letter word in the same sentence, no
    capitalised word stands next to it (a name such as "Agence Régionale de Santé" or
    "Val de Saône"), it is not a place name ("de la Somme") and its small form is a common word.
    """
    out = []
    for m in re.finditer(rf"(?<=[{LOWER},] )([{SAME_SHAPE_CAPITALS}])([{LOWER}]+)\b", raw):
        word = m.group()
        if zipf(word.lower(), lang) < 3.0 or _near_capitalised(raw, m.start(), m.end()) or _is_place(word):
            continue
        if lang == "en" and word.lower() in ENGLISH_CAPITALISED:
            continue
        out.append(proposed(raw, m.start(), m.start() + 1, m.group(1).lower(), "capital_for_small"))
    return out


REGIONS = {gazetteer.fold(name) for name in (
    "Auvergne", "Rhône-Alpes", "Bourgogne", "Franche-Comté", "Bretagne", "Centre", "Val de Loire",
    "Corse", "Grand Est", "Alsace", "Lorraine", "Champagne", "Ardenne", "Hauts-de-France", "Picardie",
    "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Aquitaine", "Limousin", "Poitou",
    "Charentes", "Occitanie", "Languedoc", "Roussillon", "Midi", "Pyrénées", "Pays de la Loire",
    "Provence", "Alpes", "Côte d'Azur", "Sud", "Nord", "Ouest", "Est", "Savoie", "Outre-mer")}


# English capitalises these; French does not, so there a capital is still suspect.
ENGLISH_CAPITALISED = {"september", "october", "november", "sunday", "saturday", "wednesday"}


def _is_place(word: str) -> bool:
    gaz = gazetteer.load()
    return gazetteer.fold(word) in REGIONS or bool(gaz.find_department(word) or gaz.candidates(word))


def _near_capitalised(raw: str, start: int, end: int) -> bool:
    before = re.findall(rf"[{LOWER}{UPPER}]+", raw[max(0, start - 30):start])[-2:]
    after = re.findall(rf"[{LOWER}{UPPER}]+", raw[end:end + 30])[:2]
    return any(w[0].isupper() for w in before + after)


def glued_words(raw: str, lang: str) -> list[Repair]:
    """`lamétropole`, `lacommunauté`: a short word glued to the next one."""
    if lang != "fr":
        return []
    out = []
    for m in WORD_RE.finditer(raw):
        word = m.group()
        if len(word) < 6 or not word.islower() or zipf(word, lang) > 0:
            continue
        for prefix, rest in glued_parts(word):
            if zipf(rest, lang) >= MIN_ZIPF_OF_GLUED_WORD:
                out.append(proposed(raw, m.start(), m.start() + len(prefix), prefix + " ", "glued_words"))
                break
    return out


def glued_parts(word: str) -> Iterator[tuple[str, str]]:
    """(short word, the rest) for each short word `word` may open glued to a word of four letters or more."""
    for prefix in GLUED_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            yield prefix, word[len(prefix):]


def confused_characters(raw: str, lang: str) -> list[Repair]:
    """Words with one OCR-confused character (hdpitaux, congue, déja, Co6te)."""
    out = []
    for m in WORD_OR_NUMBER_RE.finditer(raw):
        best = _confusion_undone(m.group(), lang)
        if best and not inside_address(raw, m.start(), m.end()) and not _proper_noun_accent(raw, m, best):
            out.append(proposed(raw, m.start(), m.end(), best, "ocr_confusion"))
    return out


def _proper_noun_accent(raw: str, word: re.Match, best: str) -> bool:
    """"la CPTS Scorff et Ellé": a capitalised word inside a sentence whose only change would be an accent is a name."""
    inside = re.search(r"[^\W\d_][,;]?[ \t]+$", raw[max(0, word.start() - 3):word.start()])
    return word.group()[0].isupper() and bool(inside) and strip_marks(best) == strip_marks(word.group())


WORD_OR_NUMBER_RE = re.compile(rf"[{LOWER}{UPPER}0-9]+")


@lru_cache(maxsize=100_000)  # a batch repeats the same words from document to document
def _confusion_undone(word: str, lang: str) -> str | None:
    """The word with an OCR confusion undone, when that makes it a much more frequent word."""
    if len(word) < 3 or word.isdigit() or word.isupper() and len(word) > 1 and not _has_digit(word):
        return None  # short words, numbers, acronyms
    if lang == "en" and strip_marks(word) != word:
        return None  # a French word or name quoted in English ("Agglomération"), not OCR damage
    return _best_variant(word, lang)


ADDRESS_RE = re.compile(r"@|://|www\.|\.(?:fr|com|org|net|eu|gouv|info)\b|#", re.IGNORECASE)


def inside_address(raw: str, start: int, end: int) -> bool:
    """Part of a web or mail address or a hashtag (www.ars.sante.fr, contact@cpts.fr, #CotedOr)."""
    token_start = max(raw.rfind(" ", 0, start), raw.rfind("\n", 0, start)) + 1
    token_end = min([i for i in (raw.find(" ", end), raw.find("\n", end)) if i >= 0] or [len(raw)])
    return bool(ADDRESS_RE.search(raw[token_start:token_end]))


def _has_digit(word: str) -> bool:
    """For a word of letters and digits only."""
    return not word.isalpha()


LONGEST_WORD = 30  # letters: "anticonstitutionnellement" has 25; a longer run is no word to mend (and its variants
# cost the square of its length)


def _best_variant(word: str, lang: str) -> str | None:
    if len(word) > LONGEST_WORD:
        return None
    has_digit = _has_digit(word)
    if has_digit and (word[0].isdigit() or word[-1].isdigit() and word[-2:-1].isdigit()):
        return None  # 3ème, 21-52, 2nd: numbers with a suffix, not damaged words
    lower = word.lower()
    current = 0.0 if has_digit else zipf(lower, lang)
    if current > MAX_ZIPF_OF_CHANGED:
        return None
    best = most_frequent_gain(_variants(lower, word.islower()), current, lang)
    return None if best is None else _match_case(best, word)


def most_frequent_gain(variants: Iterable[str], current: float, lang: str) -> str | None:
    """The most frequent of `variants` when it is much more frequent than the word they were made
    from (of frequency `current`), and frequent enough; else None."""
    floor = MIN_ZIPF_OF_RESULT if current > 0 else MIN_ZIPF_OF_UNKNOWN_RESULT
    best, best_score = None, max(current + MIN_GAIN, floor)
    for variant in variants:
        score = zipf(variant, lang)
        if score >= best_score:
            best, best_score = variant, score
    return best


def _variants(word: str, lower_case: bool = False):
    for i, ch in enumerate(word):
        inner = INNER_CONFUSIONS.get(ch, "") if lower_case and i > 0 else ""
        for alt in CHAR_CONFUSIONS.get(ch, "") + inner:
            yield word[:i] + alt + word[i + 1:]
    for wrong, right in MULTI_CONFUSIONS + (INNER_MULTI_CONFUSIONS if lower_case else []):
        start = word.find(wrong)
        while start >= 0:
            yield word[:start] + right + word[start + len(wrong):]
            start = word.find(wrong, start + 1)


PLACE_RE = re.compile(rf"[{UPPER}][{LOWER}]+(?:[-{APOS}][{LOWER}{UPPER}]+)*")


def place_accents(raw: str, lang: str) -> list[Repair]:
    """Accents lost or changed in official place names: Cote-d'Or, Asnieres-les-Dijon, Valforét.

    Only lower-case letters change: capitals without accents (Echirey, Etang) are correct
    French typography. English texts often drop accents on purpose: there only a name
    written with a wrong accent (Dezize-lés-Maranges) is mended.
    """
    spellings = _place_spellings()
    out = []
    for m in PLACE_RE.finditer(raw):
        word = m.group()
        if lang != "fr" and word.isascii():
            continue
        official = _official_spelling(word, spellings)
        if official is None or len(official) != len(word):
            continue
        merged = "".join(w if w.isupper() or not w.isalpha() else o for w, o in zip(word, official))
        if merged != word:
            out.append(proposed(raw, m.start(), m.end(), merged, "place_name"))
    return out


def _official_spelling(word: str, spellings: dict[str, str]) -> str | None:
    """The official name the word is, itself or with one OCR confusion undone (Céte-d'Or)."""
    official = spellings.get(accentless(word))
    if official is None and not word.isascii():
        found = {spellings.get(accentless(v)) for v in _variants(word.lower())} - {None}
        official = found.pop() if len(found) == 1 else None
    return official


@lru_cache(maxsize=1)
def _place_spellings() -> dict[str, str]:
    """Accentless lower-case form -> the official spelling, for names with accents that no
    other place or common word shares in their accentless form."""
    gaz = gazetteer.load()
    names = [c.name for c in gaz.communes()] + list(gaz.departments().values())
    accented = [name for name in names if not name.isascii()]
    # Marks stripped from all names in one string: one pass instead of 7 000 (names hold no newline).
    stripped = strip_marks("\n".join(accented)).split("\n")
    found: dict[str, set[str]] = {}
    for name, bare in zip(accented, stripped):
        if name != bare:  # `bare` has no marks left: accentless() would only lower it
            found.setdefault(bare.lower().replace("’", "'"), set()).add(name)
    # A one-word key is a word of French when it has a frequency at all (zipf > 0); the
    # frequency table itself answers that without tokenizing 3 000 keys.
    french = frequency_dict("fr")
    return {key: next(iter(spelled)) for key, spelled in found.items()
            if len(spelled) == 1 and not (key.isalpha() and key in french)}


def _match_case(variant: str, original: str) -> str:
    if original[0].isupper():
        return variant[0].upper() + variant[1:]
    return variant


def bar_bang_for_l(raw: str, lang: str) -> list[Repair]:
    """`|! ARS`: the elided article l' read as a bar and an exclamation mark (OCR only; a bar
    never stands before a word in French prose)."""
    if lang != "fr":
        return []
    return [proposed(raw, m.start(), m.end(), "l'", "bar_bang_for_l")
            for m in re.finditer(rf"(?<!\w)\|!\s?(?=[{UPPER}aeiouéèh])", raw)]


# Letters OCR reads for an l on a soft or noisy page: what was read -> l.
L_LOOKALIKES = "itI1|!"
# A capitalised word at least this frequent in the language is a word, not a mangled name.
MIN_ZIPF_OF_WORD = 3.0


def place_lookalikes(raw: str, lang: str) -> list[Repair]:
    """`Sautieu`, `Ruffey-tès-Echirey`, `Asnières-ès-Dijon`, `Norge et Tile`, `Coutemon`,
    `Brachon`: a place name with an l read as another thin letter, or lost (after a hyphen, or
    one of a double l), with `rn` read as `m` (or the other way round), or, in a longer name,
    an o read as an a, or one of f, l and t as another.
    Mended when exactly one official name (commune, department, or a word of an
    intercommunality's name) is that one letter away, and the word itself is no place and no
    common word."""
    places = place_names()
    out = []
    for m in PLACE_RE.finditer(raw):
        word = m.group()
        if accentless(word) in places or "-" not in word and zipf(word.lower(), lang) >= MIN_ZIPF_OF_WORD:
            continue
        found = {spelling for variant in _lookalike_variants(word) for spelling in _spelled(variant, places)}
        if len(found) == 1:
            out.append(proposed(raw, m.start(), m.end(), found.pop(), "place_lookalike"))
    return out


def small_i_for_capital(raw: str, lang: str) -> list[Repair]:
    """`d'istres`, `l'isère`: after an elided article, the capital I of a place name read as
    a small i (OCR only). Mended when the word is no common word and exactly one official
    name is spelled that way with a capital I."""
    places = place_names()
    out = []
    for m in re.finditer(rf"(?<=\b[dlDL][{APOS}])i[{LOWER}]{{2,}}(?:-[{LOWER}{UPPER}][{LOWER}]*)*", raw):
        spellings = places.get(accentless(m.group()), set())
        if len(spellings) == 1 and next(iter(spellings))[0] == "I" and zipf(m.group(), lang) < MIN_ZIPF_OF_WORD:
            out.append(proposed(raw, m.start(), m.start() + 1, "I", "small_i_for_capital"))
    return out


# Letters a soft picture confuses in a longer name ("Brachon", "Chamboeut", "Rufley"): read ->
# meant. Short names are left alone: too many other names lie one such letter away.
NAME_CONFUSIONS = {"a": "o", "o": "a", "t": "f", "f": "t", "l": "ft"}
MIN_NAME_CONFUSION_LENGTH = 6


def _lookalike_variants(word: str):
    if len(word) >= MIN_NAME_CONFUSION_LENGTH:
        for i, char in enumerate(word[1:], 1):
            for meant in NAME_CONFUSIONS.get(char, ""):
                yield word[:i] + meant + word[i + 1:]
    for m in re.finditer("m|rn", word):
        yield word[:m.start()] + ("rn" if m.group() == "m" else "m") + word[m.end():]
    for i, char in enumerate(word):
        if char in L_LOOKALIKES and i > 0:
            yield word[:i] + "l" + word[i + 1:]
        elif char == "l":
            yield word[:i] + "l" + word[i:]
        elif char == "-":
            yield word[:i + 1] + "l" + word[i + 1:]


def _spelled(variant: str, places: dict[str, set[str]]) -> set[str]:
    """The official spelling of a variant: itself when it is one (Tille, not Tillé), else
    the only name with its letters."""
    spellings = places.get(accentless(variant), set())
    return {variant} if variant in spellings else spellings if len(spellings) == 1 else set()


def document_spellings(raw: str, lang: str) -> list[Repair]:
    """`Auxois-Morven` once in a text that writes `Auxois-Morvan` three times: a name read
    once with one letter wrong is mended to the spelling the document repeats (at least
    twice), when only one such spelling is that one letter away."""
    forms: dict[str, list[re.Match]] = {}
    for m in PLACE_RE.finditer(raw):
        forms.setdefault(m.group(), []).append(m)
    repeated = [form for form, seen in forms.items() if len(seen) >= 2 and len(form) >= 5]
    out = []
    for form, seen in forms.items():
        if len(seen) > 1 or len(form) < 5 or "-" not in form and zipf(form.lower(), lang) >= MIN_ZIPF_OF_WORD:
            continue
        close = [other for other in repeated if other[0] == form[0]
                 and Levenshtein.distance(accentless(other), accentless(form), score_cutoff=1) == 1]
        if len(close) == 1:
            out.append(proposed(raw, seen[0].start(), seen[0].end(), close[0], "document_spelling"))
    return out
