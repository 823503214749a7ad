"""Repair OCR damage in extracted text, recording every change with its offsets.

Each rule proposes `Repair`s on the raw text; overlapping proposals keep the first found
(rules run from the most specific to the most general). A word is only changed when the
change is a known OCR confusion and the result is a much more frequent word of the
document's language (word frequencies from the `wordfreq` package), so correct words stay.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from . import gazetteer
from .frequencies import get_frequency_dict, zipf_frequency
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


def _repair(raw: str, start: int, end: int, to: str, rule: str) -> Repair:
    return Repair(start, end, raw[start:end], to, rule)


# --- rules -------------------------------------------------------------------------------

def ordinal_marks(raw: str, lang: str) -> list[Repair]:
    """Superscript ordinal marks read as degree signs and quotes: 3°"° -> 3ème."""
    out = []
    for m in re.finditer(r"(?<=\d)(?:°[\"“”'’]?°|°[\"“”]|º[\"“”]?º)", raw):
        out.append(_repair(raw, m.start(), m.end(), "ème" if lang == "fr" else "th", "ordinal_mark"))
    return out


# UTF-8 read with a Western or Central European code page: "Ã©" or "Ă©" for "é", "â€™" for "’"
MIS_DECODED = re.compile(r"[ÂÃĂ][\u00a0-\u02ff\u2013-\u203a]|â[\u0080-\u02ff\u2013-\u203a]{2}")
MIN_MIS_DECODED = 3  # a stray "Ã" in a name is not a mis-decoded text


def mis_decoded(raw: str, lang: str) -> list[Repair]:
    """Letters of a text decoded with the wrong code page, read back: "communautĂ©" -> "communauté"."""
    out = []
    for m in MIS_DECODED.finditer(raw):
        letter = _decoded(m.group())
        if letter:
            out.append(_repair(raw, m.start(), m.end(), letter, "mis_decoded"))
    return out if len(out) >= MIN_MIS_DECODED else []


def _decoded(chars: str) -> str | None:
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
    return [_repair(raw, m.start(), m.end(), m.group()[0], "doubled_apostrophe")
            for m in re.finditer(rf"[{APOS}][{APOS}]", raw)]


def capital_i_for_l(raw: str, lang: str) -> list[Repair]:
    """`I'aire`, `|’Assurance`: a capital I or a bar read for the elided article l'."""
    out = []
    for m in re.finditer(rf"(?<![\w])[I|](?=[{APOS}]{{1,2}}[{LOWER}{UPPER}])", raw):
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
        out.append(_repair(raw, m.start(), m.end(), "à", "grave_a"))
    pattern = rf"(?<![\w{APOS}])a(?=[ \t]*\n?[ \t]*(?:[{UPPER}][{LOWER}]|(?:{ARTICLES_AFTER_A})(?![\w])|[lI][{APOS}]))"
    for m in re.finditer(pattern, raw):
        if SUBJECT_BEFORE_A.search(raw[max(0, m.start() - 25):m.start()]) or raw[m.end():m.end() + 1] not in " \t\n":
            continue
        out.append(_repair(raw, m.start(), m.end(), "à", "grave_a"))
    for m in re.finditer(rf"(?<=[{LOWER}] )&(?= [{LOWER}]+(?:er|ir|re)\b)", raw):
        out.append(_repair(raw, m.start(), m.end(), "à", "grave_a"))
    return out


def bullet_glyphs(raw: str, lang: str) -> list[Repair]:
    """Bullets read as `*`, `+` or `¢` at the start of lines (OCR only: typed lists use them).

    One such line alone is more likely a footnote (`* Source : ...`): a list has several.
    """
    found = list(re.finditer(rf"(?m)^[ \t]*([*+¢])([ \t]*)(?=[{LOWER}{UPPER}0-9«\"])", raw))
    if len(found) < 2:
        return []
    return [_repair(raw, m.start(1), m.end(1), "• " if not m.group(2) else "•", "bullet") for m in found]


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
        out.append(_repair(raw, m.start(), m.start() + 1, m.group(1).lower(), "capital_for_small"))
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
        for prefix in GLUED_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 4 and zipf(rest, lang) >= 3.5:
                out.append(_repair(raw, m.start(), m.start() + len(prefix), prefix + " ", "glued_words"))
                break
    return out


def confused_characters(raw: str, lang: str) -> list[Repair]:
    """Words with one OCR-confused character (hdpitaux, congue, déja, Co6te)."""
    out = []
    for m in WORD_OR_NUMBER_RE.finditer(raw):
        best = _confusion_undone(m.group(), lang)
        if best and not _inside_address(raw, m.start(), m.end()):
            out.append(_repair(raw, m.start(), m.end(), best, "ocr_confusion"))
    return out


WORD_OR_NUMBER_RE = re.compile(rf"[{LOWER}{UPPER}0-9]+")


@lru_cache(maxsize=100_000)  # a batch repeats the same words from document to document
def _confusion_undone(word: str, lang: str) -> str | None:
    """The word with an OCR confusion undone, when that makes it a much more frequent word."""
    if len(word) < 3 or word.isdigit() or word.isupper() and len(word) > 1 and not _has_digit(word):
        return None  # short words, numbers, acronyms
    if lang == "en" and gazetteer.strip_marks(word) != word:
        return None  # a French word or name quoted in English ("Agglomération"), not OCR damage
    return _best_variant(word, lang)


ADDRESS_RE = re.compile(r"@|://|www\.|\.(?:fr|com|org|net|eu|gouv|info)\b|#", re.IGNORECASE)


def _inside_address(raw: str, start: int, end: int) -> bool:
    """Part of a web or mail address or a hashtag (www.ars.sante.fr, contact@cpts.fr, #CotedOr)."""
    token_start = max(raw.rfind(" ", 0, start), raw.rfind("\n", 0, start)) + 1
    token_end = min([i for i in (raw.find(" ", end), raw.find("\n", end)) if i >= 0] or [len(raw)])
    return bool(ADDRESS_RE.search(raw[token_start:token_end]))


def _has_digit(word: str) -> bool:
    """For a word of letters and digits only."""
    return not word.isalpha()


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
            out.append(_repair(raw, m.start(), m.end(), merged, "place_name"))
    return out


def _official_spelling(word: str, spellings: dict[str, str]) -> str | None:
    """The official name the word is, itself or with one OCR confusion undone (Céte-d'Or)."""
    official = spellings.get(_accentless(word))
    if official is None and not word.isascii():
        found = {spellings.get(_accentless(v)) for v in _variants(word.lower())} - {None}
        official = found.pop() if len(found) == 1 else None
    return official


def _accentless(name: str) -> str:
    return gazetteer.strip_marks(name).lower().replace("’", "'")


@lru_cache(maxsize=1)
def _place_spellings() -> dict[str, str]:
    """Accentless lower-case form -> the official spelling, for names with accents that no
    other place or common word shares in their accentless form."""
    gaz = gazetteer.load()
    names = [c.name for c in gaz.communes()] + list(gaz.departments().values())
    accented = [name for name in names if not name.isascii()]
    # Marks stripped from all names in one string: one pass instead of 7 000 (names hold no newline).
    stripped = gazetteer.strip_marks("\n".join(accented)).split("\n")
    found: dict[str, set[str]] = {}
    for name, bare in zip(accented, stripped):
        if name != bare:
            found.setdefault(_accentless(bare), set()).add(name)
    # A one-word key is a word of French when it has a frequency at all (zipf > 0); the
    # frequency table itself answers that without tokenizing 3 000 keys.
    french = get_frequency_dict("fr")
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
    return [_repair(raw, m.start(), m.end(), "l'", "bar_bang_for_l")
            for m in re.finditer(rf"(?<!\w)\|!\s?(?=[{UPPER}aeiouéèh])", raw)]


# Letters OCR reads for an l on a soft or noisy page: what was read -> l.
L_LOOKALIKES = "itI1|!"
# A capitalised word at least this frequent in the language is a word, not a mangled name.
MIN_ZIPF_OF_WORD = 3.0


def place_lookalikes(raw: str, lang: str) -> list[Repair]:
    """`Sautieu`, `Ruffey-tès-Echirey`, `Asnières-ès-Dijon`, `Norge et Tile`: a place name
    with an l read as another thin letter, or lost (after a hyphen, or one of a double l).
    Mended when exactly one official name (commune, department, or a word of an
    intercommunality's name) is that one letter away, and the word itself is no place and no
    common word."""
    places = _place_names()
    out = []
    for m in PLACE_RE.finditer(raw):
        word = m.group()
        if _accentless(word) in places or "-" not in word and zipf(word.lower(), lang) >= MIN_ZIPF_OF_WORD:
            continue
        found = {spelling for variant in _l_variants(word) for spelling in _spelled(variant, places)}
        if len(found) == 1:
            out.append(_repair(raw, m.start(), m.end(), found.pop(), "place_lookalike"))
    return out


def small_i_for_capital(raw: str, lang: str) -> list[Repair]:
    """`d'istres`, `l'isère`: after an elided article, the capital I of a place name read as
    a small i (OCR only). Mended when the word is no common word and exactly one official
    name is spelled that way with a capital I."""
    places = _place_names()
    out = []
    for m in re.finditer(rf"(?<=\b[dlDL][{APOS}])i[{LOWER}]{{2,}}(?:-[{LOWER}{UPPER}][{LOWER}]*)*", raw):
        spellings = places.get(_accentless(m.group()), set())
        if len(spellings) == 1 and next(iter(spellings))[0] == "I" and zipf(m.group(), lang) < MIN_ZIPF_OF_WORD:
            out.append(_repair(raw, m.start(), m.start() + 1, "I", "small_i_for_capital"))
    return out


def _l_variants(word: str):
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
    spellings = places.get(_accentless(variant), set())
    return {variant} if variant in spellings else spellings if len(spellings) == 1 else set()


def is_place_name(word: str) -> bool:
    """Whether `word`, accents aside, is the name of a commune or a department, or a capitalised
    word of an intercommunality's name."""
    return _accentless(word) in _place_names()


@lru_cache(maxsize=1)
def _place_names() -> dict[str, set[str]]:
    """Accentless lower-case form -> official spellings, for every commune and department name
    and every capitalised word of an intercommunality's name."""
    gaz = gazetteer.load()
    names = [c.name for c in gaz.communes()] + list(gaz.departments().values())
    names += [word for e in gaz.epcis() for word in re.findall(rf"[{UPPER}][{LOWER}]{{2,}}", e.name)]
    spellings: dict[str, set[str]] = {}
    for name in names:
        spellings.setdefault(_accentless(name), set()).add(name)
    return spellings


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
                 and Levenshtein.distance(_accentless(other), _accentless(form), score_cutoff=1) == 1]
        if len(close) == 1:
            out.append(_repair(raw, seen[0].start(), seen[0].end(), close[0], "document_spelling"))
    return out


# A list item "-la communauté de communes ..." whose dash and l OCR merged into one glyph:
# "4a", "da", "Ja" or a lone "a", at the start of a line after a line that closed an item.
LIST_DASH_LA_RE = re.compile(
    r"(?m)(?<=[;:.…]\n)(?:[4dJI|1]a|a)(?= (?:communauté|partie|métropole|commune|communes|ville|totalité|moitié)\b)")
SPACED_ELLIPSIS_RE = re.compile(r"(?<=\w)(?:\. \.\.|\.\. \.)(?!\.)")


def list_dash_la(raw: str, lang: str) -> list[Repair]:
    if lang != "fr":
        return []
    return [_repair(raw, m.start(), m.end(), "-la", "list_dash_la") for m in LIST_DASH_LA_RE.finditer(raw)]


def spaced_ellipses(raw: str, lang: str) -> list[Repair]:
    """`mot. ..`, `mot.. .`: an ellipsis OCR split with a space."""
    if lang != "fr":
        return []
    return [_repair(raw, m.start(), m.end(), "...", "spaced_ellipsis") for m in SPACED_ELLIPSIS_RE.finditer(raw)]


# --- layout: text that a word processor or a page layout rewrapped -------------------------

LETTER = rf"[{LOWER}{UPPER}]"
# An item marker after ";" or ":" (or after a sentence end, once the line has opened a list):
# "… communes : - la commune A ; - la commune B". A list pasted into a paragraph.
INLINE_ITEM = re.compile(rf"(?<=[;:.…])[ \t\n]+(?=[–—•][ \t]?\w|-[ \t]?{LETTER}|-[ \t]\d)")
MIN_INLINE_ITEMS = 2
WRAP_BREAK = re.compile(r"(?<=[^\s-])[ \t]*\n[ \t]*")  # not after a hyphen: a cut word stays for the reader
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# "Saint-Jean-de- Losne", "profes- sionnels": a word cut at a line end whose line was joined.
SPACED_HYPHEN = re.compile(rf"(?<={LETTER})-[ \t]+(?={LETTER})")
NAME_CHAIN_LEFT = re.compile(rf"(?:{LETTER}+[-{APOS}])*{LETTER}+$")
NAME_CHAIN_RIGHT = re.compile(rf"{LETTER}+(?:[-{APOS}]{LETTER}+)*")
# "pré- et post-natal": a suspended hyphen, the next word does not end this one.
NOT_A_WORD_END = {"et", "ou", "and", "or"}
PAGE_NUMBER_LINE = re.compile(r"(?:page|p\.)?\s*[-–]?\s*\d{1,3}\s*(?:(?:/|sur|of|de)\s*\d{1,3})?\s*[-–]?",
                              re.IGNORECASE)
FURNITURE_LINES = 2  # lines at the head and at the foot of a page that may be furniture


def inline_list_items(raw: str, lang: str) -> list[Repair]:
    """Each item of a list run into one paragraph starts its own line again, as it was written."""
    markers = list(INLINE_ITEM.finditer(raw))
    if len(markers) < MIN_INLINE_ITEMS:
        return []
    out = []
    for start, end in _blocks(raw):
        found = []
        for m in markers:
            if start <= m.start() < end and (raw[m.start() - 1] in ";:" or found):
                found.append(m)
        inline = [m for m in found if "\n" not in m.group()]  # the others start their line
        if len(inline) < MIN_INLINE_ITEMS:
            continue
        out += [_repair(raw, m.start(), m.end(), "\n", "inline_list_item") for m in found]
        # The block's other line breaks are where the page wrapped it: one line per item.
        items = {m.start() for m in found}
        out += [_repair(raw, m.start(), m.end(), " ", "inline_list_item")
                for m in WRAP_BREAK.finditer(raw, start, end) if m.start() not in items]
    return out


def _blocks(raw: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of lines between blank lines."""
    bounds, start = [], 0
    for gap in BLANK_LINE.finditer(raw):
        bounds.append((start, gap.start()))
        start = gap.end()
    return bounds + [(start, len(raw))]


def spaced_hyphens(raw: str, lang: str) -> list[Repair]:
    """"Venarey-lès- Laumes" -> "Venarey-lès-Laumes", "profes- sionnels" -> "professionnels":
    a word cut by a line-end hyphen, its lines since joined by a space. Mended only when the
    gazetteer or the word list knows the result."""
    out = []
    for m in SPACED_HYPHEN.finditer(raw):
        left = NAME_CHAIN_LEFT.search(raw, max(0, m.start() - 60), m.start())
        right = NAME_CHAIN_RIGHT.match(raw, m.end())
        if not left or left.end() != m.start() or not right:
            continue
        joint = hyphen_joint(left.group(), right.group(), lang)
        if joint is not None:
            out.append(_repair(raw, m.start(), m.end(), joint, "spaced_hyphen"))
    return out


# "Saône\n-et-Loire": a hyphen that a line break cut from the word before it (a stray space,
# "Saône -et-Loire", is the author's and stays: clean text is not changed).
DETACHED_HYPHEN = re.compile(rf"[ \t]*\n[ \t]*(?=-{LETTER})")


def detached_hyphens(raw: str, lang: str) -> list[Repair]:
    """"Saône\n-et-Loire" -> "Saône-et-Loire" when the gazetteer knows the name so joined."""
    out = []
    for m in DETACHED_HYPHEN.finditer(raw):
        if not raw[m.start() - 1:m.start()].isalpha():
            continue
        left = NAME_CHAIN_LEFT.search(raw, max(0, m.start() - 60), m.start())
        right = NAME_CHAIN_RIGHT.match(raw, m.end() + 1)
        if left and right and is_known_place(f"{left.group()}-{right.group()}"):
            out.append(_repair(raw, m.start(), m.end(), "", "detached_hyphen"))
    return out


def is_known_place(name: str) -> bool:
    gaz = gazetteer.load()
    return bool(gaz.candidates(name)) or gaz.find_department(name) is not None


def hyphen_joint(left: str, right: str, lang: str) -> str | None:
    """How a hyphenated chain cut at a line end joins the chain after it: "-" (a known place
    keeps its hyphen), "" (a word cut in two), or None when neither is known.
    `left` and `right` are the chains without the cut hyphen: "Venarey-lès", "Laumes"."""
    first_right = re.split(rf"[-{APOS}]", right, maxsplit=1)[0]
    if first_right.lower() in NOT_A_WORD_END:
        return None
    if is_known_place(f"{left}-{right}"):
        return "-"
    if is_known_place(left + right):
        return ""
    last_left = re.split(rf"[-{APOS}]", left)[-1]
    languages = tuple(dict.fromkeys([lang, "fr", "en"]))
    joined = max(zipf((last_left + first_right).lower(), lg) for lg in languages)
    hyphenated = max(zipf(f"{last_left}-{first_right}".lower(), lg) for lg in languages)
    if joined > 0 and joined > hyphenated and first_right[:1].islower():
        return ""
    return None  # wordfreq splits at hyphens: "Santé-de" would count as known


# "37\n000 habitants": a number whose thousands a line break separated, where a word
# processor wrapped at the ordinary space between digit groups.
NUMBER_CUT = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\d{3}(?![\d.,/:])[ \t]+[^\W\d_])")


def numbers_cut_at_line_end(raw: str, lang: str) -> list[Repair]:
    out = []
    for m in NUMBER_CUT.finditer(raw):
        digits = re.search(r"(?<![\d.,/:])\d{1,3}$", raw[max(0, m.start() - 4):m.start()])
        if digits:
            out.append(_repair(raw, m.start(), m.end(), " ", "number_cut"))
    return out


def page_furniture(raw: str, lang: str) -> list[Repair]:
    """Running heads and feet and page numbers blanked out: lines at the head or foot of a
    page ("\f" between pages) that are a page number, or that come back on other pages with
    only their numbers changed ("Page 2 / 3", "Agence X – communiqué du 3 mai")."""
    if "\f" not in raw:
        return []
    pages, offset = [], 0
    for page in raw.split("\f"):
        pages.append((page, offset))
        offset += len(page) + 1
    edges = [_edge_lines(page, start) for page, start in pages]
    seen: dict[str, int] = {}
    for lines in edges:
        for key in {_furniture_key(text) for text, _ in lines}:
            seen[key] = seen.get(key, 0) + 1
    out = []
    for lines in edges:
        for text, start in lines:
            if PAGE_NUMBER_LINE.fullmatch(text.strip()) or seen[_furniture_key(text)] >= 2:
                end = start + len(text)
                end += raw[end:end + 1] == "\n"
                out.append(_repair(raw, start, end, "", "page_furniture"))
    return out


def _edge_lines(page: str, start: int) -> list[tuple[str, int]]:
    """(text, raw offset) of the first and last non-blank lines of a page."""
    lines, offset = [], start
    for line in page.split("\n"):
        if line.strip():
            lines.append((line, offset))
        offset += len(line) + 1
    if len(lines) <= 2 * FURNITURE_LINES:
        return lines
    return lines[:FURNITURE_LINES] + lines[-FURNITURE_LINES:]


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


OCR_RULES = [
    list_dash_la,
    spaced_ellipses,
    place_lookalikes,
    small_i_for_capital,
    document_spellings,
    bar_bang_for_l,
    bullet_glyphs,
    capital_for_small,
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
    lost_l_before_apostrophe,
    bullets_read_as_e,
    glued_words,
    grave_a,
    place_accents,
    confused_characters,
]

