"""Find the CPTS a communiqué names, and give each its canonical name and key.

A name follows the word "CPTS" (or the spelled-out "communauté professionnelle territoriale
de santé"), either quoted (« Centre 21 ») or as a run of capitalised words, digits (ordinals
too: "Paris 14ème") and the small words that join them ("Grand Auxerrois et Armance", "du Sud
de l'Yonne", "du pays de Brière"). It ends at a date, a new "CPTS", a lower-case word, a place
after "en" or "dans le", a title or an institution ("Présidente", "ARS") or a heading's next
phrase. A plural head ("les CPTS X, Y et Z", "celles de X et Y") lists several names; English
may put the name first ("the Pays d'Or CPTS"); a text naming none after the word may name one
with a naming verb alone ("baptisée X"). Generic uses ("les CPTS", "la CPTS s'engage", "la CPTS
de la Sarthe" meaning the one in that department, "la première CPTS de Bretagne", "CPTS de
catégorie 3") name nothing. Shorter forms and acronyms of one name become its aliases.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .frequencies import zipf_frequency
from .model import Span
from .repair import is_place_name

UPPER = "A-ZÀÂÄÉÈÊËÎÏÔÖÛÙÜÇŒÆ"
LOWER = "a-zàâäéèêëîïôöûùüçœæ"
APOS = "'’"

HEAD_RE = re.compile(
    r"(?<![#\w])CPTS\b"
    r"|(?i:communautés?\s+professionnelles?\s+territoriales?\s+de\s+santé)(?:\s*\(CPTS\))?"
    # English orders the words as it likes: "territorial professional health community",
    # "professional territorial health community", "territorial healthcare professional community"
    r"|(?i:(?:(?:territorial|professional|health(?:care)?)\s+){2,3}communit(?:y|ies))(?:\s*\(CPTS\))?"
)
# "la CPTS (communauté professionnelle territoriale de santé) Val Fleuri Nord": the expansion
# in brackets sits between the acronym and the name.
EXPANSION_RE = re.compile(r"\s*\((?i:communautés?\s+professionnelles?|territorial|community|professional)[^()\n]{0,80}\)")
# "une CPTS baptisée « Les Trois Rivières »": the name given after a naming verb.
NAMING_VERB_RE = re.compile(
    r"\s*,?\s*(?:(?:qui\s+)?(?:a\s+été\s+|est\s+|sera\s+)?(?:baptisée|nommée|dénommée|intitulée|appelée)|named|called)\b")
QUOTED_RE = re.compile(r"\s*[«\"“]\s*(?:CPTS\s+)?([^»\"”\n]{2,60}?)\s*[»\"”]")
ARTICLE_RE = re.compile(rf"(?:du|des|de\s+la|de\s+l[{APOS}]|de|d[{APOS}]|of\s+the|of)(?=[\s{UPPER}])\s*")
# a number may carry an ordinal ending: "CPTS Paris 14ème", "CPTS du 3e arrondissement"
WORD_RE = re.compile(rf"(?:[{UPPER}][\w{APOS}\-]*|\d+(?:[/\-]\d+)*(?:(?:i?[èe]me|ère|er|e)(?:\s+arrondissement\b)?|[A-Za-z])?"
                     r"(?![.,]?\d*\s?%))"  # "la CPTS X 8 %": a figure after the name
                     rf"(?<![{APOS}\-])")
CONNECTOR_RE = re.compile(
    rf"(?:de\s+la|de\s+l[{APOS}]|d[{APOS}]|l[{APOS}]|de|du|des|la|le|les|et|&|sur|sous|en|lès|lez)(?:\s+|(?<=[{APOS}]))"
)
# Lower-case nouns some names are built on: "CPTS du pays de Brière", "CPTS du bassin d'Aurillac".
NAME_NOUNS = ("pays", "bassin", "val", "vallée", "vallées", "plateau", "plaine", "massif", "cœur", "coeur", "portes",
              "rive", "rives", "monts", "haut", "haute", "bas", "basse", "grand", "grande", "nord", "sud", "ouest", "centre")
# "CPTS du nord Plateau et Val de Serre": or directly before a capitalised word.
LOWER_NOUN_RE = re.compile(
    rf"(?:{'|'.join(NAME_NOUNS)})(?=\s+(?:de\s+la\s+|de\s+l[{APOS}]|du\s+|des\s+|de\s+)?[{UPPER}]|\s*d[{APOS}][{UPPER}])"
)
# A point of the compass written after the name: "CPTS de la Vienne nord" ("est" is a verb).
TRAILING_POINT_RE = re.compile(r"(?:centre|nord|sud|ouest)(?![\w'’\-])")
MONTHS = (r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
          r"decembre|january|february|march|april|june|july|august|september|october|november|december)")
DATE_WORD_RE = re.compile(
    rf"(?i:{MONTHS})|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday")
NOT_NAME_WORD_RE = re.compile(
    r"Dr|Docteure?|Pr|Professeure?|Mme|Madame|Monsieur|M\.|Président|Présidente|Co-?présidente?|Vice-présidente?|"
    r"Coordinat(?:eur|rice)|Direct(?:eur|rice)|Secrétaire|Trésorière?|President|Coordinator|Director|"
    r"ARS|CPAM|URPS|MSA|CHU|CH|GHT|MSP|ACI|CLS|DAC|HAD|SAS|EHPAD|"
    # a page's menu or a caption runs into the name ("CPTS Val Fleuri Accueil Actualités")
    r"Accueil|Actualités?|Actus|Infos?|Contacts?|Agenda|Newsletter|Menu|Publié(?:e|s)?|Partager|Télécharger|Crédits?|"
    # a pronoun, determiner or question word starts the next phrase of a heading or menu ("la CPTS Elle regroupe")
    r"Elles?|Ils?|Nous|Vous|Je|Ses|Son|Sa|Leurs?|Notre|Nos|Votre|Vos|Ce|Cette|Ces|Cet|Pour|Par|Avec|Sans|Dans|Chez|"
    r"Qui|Que|Quoi|Quel(?:le)?s?|Qu['’][\w\-]*|Comment|Pourquoi|Où|Une?|Et|Ou|Mais|Donc|Car|Si|Ne|Tou(?:t|s|tes)|Chaque")
# "la CPTS Val Fleuri en Haute-Loire": a department or region after "en", "dans" says where, not who.
PLACE_AFTER_NAME_RE = re.compile(rf"\s+(?:en|dans\s+(?:le|la|les|l[{APOS}])|in(?:\s+the)?)\s*(?=[{UPPER}])")
VERB_AFTER_NAME_RE = re.compile(
    rf"[ \u00a0]+(?:[sn][{APOS}]|se\s|ne\s|est\s|a\s|va\s|sera\s|était\s|vient\s|regroupe|rassemble|réunit|"
    rf"couvre|compte|is\s|has\s|was\s|will\s)")
NAMED_ALONE_RE = re.compile(r"\b(?i:baptisée|dénommée|nommée|appelée|intitulée)[ \u00a0]+")
RARE_WORD_ZIPF = 3.0  # "sucs", "causses": nouns rare enough to be part of a name, not of the sentence
PRONOUN_HEAD_RE = re.compile(r"\b(?:celles|those)(?=\s+(?:d[eu]\s|des\s|de\s+la\s|de\s+l['’]|d['’]|of\s))")
ENGLISH_NAME_WORD = rf"(?!CPTS\b)(?:[{UPPER}][\w{APOS}\-]*|\d+)"
ENGLISH_NAME_FIRST_RE = re.compile(
    rf"\b[Tt]he[ \u00a0]+(?:new[ \u00a0]+|first[ \u00a0]+|future[ \u00a0]+)?({ENGLISH_NAME_WORD}(?:[ \u00a0]+"
    rf"(?:(?:de|du|des|d[{APOS}]|de[ \u00a0]+la|l[{APOS}])[ \u00a0]*)?{ENGLISH_NAME_WORD}){{0,4}})[ \u00a0]+CPTS\b")
ENGLISH_NOT_NAMES_RE = re.compile(r"(?:French|National|Regional|Local|European|All|Other|Several|Many|Some|Each|\d+)")
LIST_ANNOUNCED_RE = re.compile(r"[ \u00a0]*[:,][ \u00a0]*")
COUNTED_BEFORE_RE = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|\d+)\s*$", re.IGNORECASE)
# A stage or kind in quotes between a count and its list: "deux CPTS « en projet », X et Y, et
# une « signataire », Z"; each further count with its quoted stage goes on with the list.
STAGE_RE = re.compile(r"[ \u00a0]*[«\"“][ \u00a0]*[a-zàâéèêîôûç][^»\"”\n]{0,40}[»\"”]")
NEXT_STAGE_RE = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:et[ \u00a0]+)?(?:une?|deux|trois|quatre|cinq|six|\d+)[ \u00a0]*[«\"“][ \u00a0]*"
    r"[a-zàâéèêîôûç][^»\"”\n]{0,40}[»\"”][ \u00a0]*[:,][ \u00a0]*", re.IGNORECASE)
LIST_JOINT_RE = re.compile(r"\s*(?:,\s*(?:et\s+)?|\s+et\s+|\s+and\s+|\s*&\s*)(?=\S)")
GAP_RE = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?")  # spaces, at most one line break
ALIAS_RE = re.compile(
    rf"\s*[,(]?\s*(?:dite|dit|appelée|surnommée|baptisée|aussi\s+appelée|anciennement|also\s+known\s+as|"
    rf"known\s+as|formerly|alias|ex-)\s*[«\"“]?\s*"
    rf"((?:CPTS\s+)?(?:du\s+|des\s+|de\s+la\s+|de\s+l[{APOS}]|de\s+|d[{APOS}])?[{UPPER}0-9][\w{APOS}\- ]{{1,40}}?)"
    rf"\s*(?=[»\"”,;.)]|\s+[{LOWER}]|$)"
    # a translation or short form in parentheses: "CPTS Cœur de Rocheval (Heart of Rocheval)"
    rf"|\s*\(\s*((?:CPTS\s+)?[{UPPER}][\w{APOS}\-]*(?:\s+(?:of|the|de|du|des|la|le|et|and|[{UPPER}][\w{APOS}\-]*))*)\s*\)"
)
PLURAL_BEFORE_RE = re.compile(
    r"(?:\b(?:les|des|ces|aux|autres|plusieurs|nombreuses|quelques|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|other|all|two|three|four|five|several|many|de|of)|\d+)\s*$",
    re.IGNORECASE,
)
# Only a former name is an alias on its own; "la 3e CPTS dite « CPTS X »" names X.
ALIAS_MARKER_BEFORE = re.compile(r"(?:anciennement|formerly|ex-)\s*[«\"“]?\s*$", re.IGNORECASE)
ENGLISH_TO_FRENCH = {
    "Center": "Centre", "North": "Nord", "South": "Sud", "East": "Est", "West": "Ouest",
    "Northeast": "Nord-Est", "Northwest": "Nord-Ouest", "Southeast": "Sud-Est",
    "Southwest": "Sud-Ouest", "Greater": "Grand",
}
# "de La Ferté": a capital article belongs to the name, the preposition before it does not.
LEADING_ARTICLE_RE = re.compile(
    rf"^(?:(?:[Dd]e\s+|DE\s+)?[lL][{APOS}]\s*|[Dd][{APOS}]\s*|"
    rf"(?:[Dd]u|DU|[Dd]es|DES|[Dd]e\s+la|DE\s+LA|[Dd]e|DE|[Oo]f\s+the|[Oo]f|OF)\s+)")


@dataclass
class Mention:
    """One place where the text names a CPTS."""

    span: Span          # the whole mention, "CPTS « Centre 21 »"
    name_span: Span     # the name itself, "Centre 21"
    surface: str        # the name as written
    alias: str | None = None
    alias_span: Span | None = None
    is_alias: bool = False  # "(ex-« CPTS du Sillon »)": another name of a CPTS named nearby
    listed_at: int | None = None  # where the plural head of a list of names starts ("les CPTS X, Y et Z")
    by_stage: bool = False  # listed under stages ("deux CPTS « en projet », X et Y"): examples, not the subject


@dataclass
class NamedCpts:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


# Regions, former regions and the country: "les CPTS de Bretagne" names no community.
REGIONS = (
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
    "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur", "PACA", "Région Sud", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
    "Alsace", "Aquitaine", "Auvergne", "Basse-Normandie", "Bourgogne", "Champagne-Ardenne", "Franche-Comté",
    "Haute-Normandie", "Languedoc-Roussillon", "Limousin", "Lorraine", "Midi-Pyrénées", "Nord-Pas-de-Calais",
    "Picardie", "Poitou-Charentes", "Rhône-Alpes", "France", "Outre-mer", "Grand-Est",
)
GENERIC_NAME_RE = re.compile(r"(?i:taille|type|niveau|catégorie|size|category|level)\s+\d+|(?i:France)|"
                             r"(?:la\s+|le\s+|l['’])?(?i:Métropole|Région|Département|Territoire|Agglomération|Ville)")


def find_mentions(text: str, is_department=lambda s: False) -> list[Mention]:
    mentions = []
    for head in HEAD_RE.finditer(text):
        if _is_plural(text, head):
            mentions += _listed_names(text, head, is_department)
            continue
        mention = _name_after(text, head, is_department)
        if mention:
            mention.is_alias = bool(ALIAS_MARKER_BEFORE.search(text[max(0, head.start() - 25):head.start()]))
            mentions.append(mention)
    mentions += _names_after_pronoun(text, is_department) + _english_names_before(text, is_department)
    if not mentions and HEAD_RE.search(text):
        mentions = _names_given(text, is_department)
    mentions = _drop_cut_name(text, _drop_nested(sorted(mentions, key=lambda m: m.span.start)))
    alias_spans = [m.alias_span for m in mentions if m.alias_span]
    return [m for m in mentions if not any(a.start <= m.name_span.start < a.end or
                                           a.start <= m.span.start < a.end for a in alias_spans)]


def _is_plural(text: str, head: re.Match) -> bool:
    """"les CPTS", "des communautés professionnelles ...": several communities, maybe listed."""
    if head.group() == "CPTS":
        return bool(PLURAL_BEFORE_RE.search(text[max(0, head.start() - 20):head.start()]))
    return bool(re.match(r"(?i:communautés|(?:\w+\s+){2,3}communities)", head.group()))


def _listed_names(text: str, head: re.Match, is_department) -> list[Mention]:
    """"des CPTS de l'Orval et de la Serre Haute", "les CPTS (...) du Val Fleuri, Rocheval Nord et des Monts Bleus":
    a plural head followed at once by names joined by commas and "et" names each of them."""
    pos = _skip_expansion(text, head.end())
    if not re.match(r"[ \t\u00a0]*\S", text[pos:pos + 40]):
        return []  # "... avec les CPTS" ending a line: the next line is not its list
    counted = COUNTED_BEFORE_RE.search(text[max(0, head.start() - 20):head.start()])
    stage = STAGE_RE.match(text, pos) if counted else None
    if stage:
        pos = stage.end()  # "trois CPTS « en émergence », X, Y et Z"
    announced = LIST_ANNOUNCED_RE.match(text, pos)
    if announced and (":" in announced.group() or counted):
        pos = announced.end()  # "les trois CPTS : X, Y et Z", "les deux CPTS, X et Y,"
    found = []
    while True:
        span = _bare_name(text, pos, split_and=True)
        if span is None:
            break
        span = _without_place(text, span, is_department)
        surface = text[span.start:span.end]
        if _is_generic(surface, is_department):
            break
        mention = Mention(Span(head.start() if not found else span.start, span.end), span, surface,
                          listed_at=head.start(), by_stage=bool(stage))
        found.append(mention)
        end = _attach_acronym(text, mention)
        joint = (NEXT_STAGE_RE.match(text, end) if stage else None) or LIST_JOINT_RE.match(text, end)
        if not joint:
            break
        pos = joint.end()
    return found


def _attach_acronym(text: str, mention: Mention) -> int:
    """"Saint-Aulaire Est (SAE)": an acronym in brackets after a listed name is its alias."""
    acronym = re.match(rf"\s*\(\s*([{UPPER}0-9]{{2,10}})\s*\)", text[mention.span.end:mention.span.end + 20])
    if not acronym or acronym.group(1) == "CPTS":
        return mention.span.end
    mention.alias = "CPTS " + acronym.group(1)
    mention.alias_span = Span(mention.span.end + acronym.start(1), mention.span.end + acronym.end(1))
    return mention.span.end + acronym.end()


def _names_after_pronoun(text: str, is_department) -> list[Mention]:
    """"Les CPTS concernées sont celles de X, Y et Z": a pronoun standing for CPTS just named
    introduces a list of names."""
    found = []
    for pronoun in PRONOUN_HEAD_RE.finditer(text):
        before = text[max(0, pronoun.start() - 150):pronoun.start()]
        if "\n" in before[before.rfind("CPTS"):] or "CPTS" not in before:
            continue
        found += _listed_names(text, pronoun, is_department)
    return found


def _english_names_before(text: str, is_department) -> list[Mention]:
    """English puts the name first: "the Pays d'Or CPTS", "the new Haut Doubs CPTS"."""
    found = []
    for match in ENGLISH_NAME_FIRST_RE.finditer(text):
        surface = match.group(1)
        if DATE_WORD_RE.fullmatch(surface) or ENGLISH_NOT_NAMES_RE.fullmatch(surface) or \
                _is_generic("of " + surface, is_department):
            continue
        found.append(Mention(Span(match.start(1), match.end()), Span(match.start(1), match.end(1)), surface))
    return found


def _names_given(text: str, is_department) -> list[Mention]:
    """A text on CPTS that names none after the word itself may name one with a naming verb alone:
    "Elle regroupe 80 soignants. C'est une association, baptisée l'Étoile du Nord." A rare lower-case
    noun after "et" goes on with the name ("Baptisée Val d'Ance et sources, elle ...")."""
    found = []
    for verb in NAMED_ALONE_RE.finditer(text):
        before = text[max(0, verb.start() - 200):verb.start()]
        if not (verb.group()[0].isupper() or re.search(r"CPTS|(?i:communauté|association)", before)):
            continue  # "une maison appelée ...", "une infirmière nommée ...": not near a CPTS
        if re.search(r"(?i:maison|centre|salle|rue|place|infirmière|médecin|coordinatrice|présidente|directrice|"
                     r"femme|fille|opération|campagne|action|journée)\w*[^.;:!?]{0,25}$", before):
            continue
        article = re.match(rf"(?:l[{APOS}]|la\s+|le\s+|les\s+)(?=[{UPPER}])", text[verb.end():verb.end() + 5])
        start = verb.end() + (article.end() if article else 0)
        quoted = QUOTED_RE.match(text, verb.end())
        span = Span(quoted.start(1), quoted.end(1)) if quoted else _bare_name(text, start)
        if span is None or _is_generic(text[span.start:span.end], is_department):
            continue
        if not quoted:
            rare = re.match(rf"\s+et\s+([{LOWER}]+)\b", text[span.end:span.end + 40])
            if rare and zipf_frequency(rare.group(1), "fr") < RARE_WORD_ZIPF:
                span = Span(span.start, span.end + rare.end())
            span = Span(verb.end() if article else span.start, span.end)
        found.append(Mention(Span(verb.start(), span.end), span, text[span.start:span.end]))
    return found


def _skip_expansion(text: str, pos: int) -> int:
    expansion = EXPANSION_RE.match(text, pos)
    return expansion.end() if expansion else pos


def _name_after(text: str, head: re.Match, is_department) -> Mention | None:
    pos = _skip_expansion(text, head.end())
    named = NAMING_VERB_RE.match(text, pos)
    if named and not _starts_name(text, pos):
        pos = named.end()  # "la CPTS, baptisée « X »"
    quoted = QUOTED_RE.match(text, pos)
    if quoted:
        name_span = Span(quoted.start(1), quoted.end(1))
        end = quoted.end()
        if not _starts_name(text, name_span.start):
            return None  # 'le projet de la CPTS "reste très simple"': a quoted phrase
    else:
        name_span = _bare_name(text, pos)
        if name_span is None:
            return None
        name_span = _without_place(text, name_span, is_department)
        end = name_span.end
    surface = text[name_span.start:name_span.end]
    if _is_generic(surface, is_department):
        return None
    mention = Mention(Span(head.start(), end), name_span, surface)
    alias = ALIAS_RE.match(text, end)
    if alias and (alias.group(1) or alias.group(2)).strip() != "CPTS":  # "X (CPTS)" gives no other name
        group = 1 if alias.group(1) else 2
        if group == 2 and (is_department(alias.group(2)) or _is_region(alias.group(2))):
            return mention  # "la CPTS Val Fleuri (Loire)": where it is, not another name
        mention.alias = alias.group(group).strip()
        if group == 2 and not mention.alias.startswith("CPTS"):
            mention.alias = "CPTS " + mention.alias  # a translation is another name of the CPTS
        mention.alias_span = Span(alias.start(group), alias.end(group))
    return mention


def _without_place(text: str, span: Span, is_department) -> Span:
    """The name before "en Haute-Loire", "dans la Sarthe" when what follows is a department or region."""
    for place in PLACE_AFTER_NAME_RE.finditer(text, span.start, span.end):
        rest = text[place.end():span.end]
        if place.start() > span.start and (is_department(rest) or _is_region(rest)):
            return Span(span.start, place.start())
    return span


def _starts_name(text: str, pos: int) -> bool:
    """Whether a name can start at `pos`: a capital or a digit, after an optional article."""
    pos = GAP_RE.match(text, pos).end()
    article = ARTICLE_RE.match(text, pos)
    if article:
        pos = article.end()
    return bool(WORD_RE.match(text, pos) or LOWER_NOUN_RE.match(text, pos))


def _bare_name(text: str, pos: int, split_and: bool = False) -> Span | None:
    """A run of capitalised words and the small words that join them, starting at `pos`.
    With `split_and`, "et" ends the name (a list of several names)."""
    gap = GAP_RE.match(text, pos)
    if "\n" in gap.group() and not _line_continues(text, pos):
        return None  # "Le territoire de la CPTS" as a heading: the next line is another phrase
    pos = gap.end()
    start = pos
    article = ARTICLE_RE.match(text, pos)
    if article:
        pos = article.end()
    first = _name_word(text, pos)
    if not first or _ends_name(text, first):
        return None
    end = first.end()
    while True:
        gap = GAP_RE.match(text, end)
        nxt = gap.end()
        if text[end:nxt].count("\n") and not _line_continues(text, end):
            break
        connectors_end = nxt
        while (conn := CONNECTOR_RE.match(text, connectors_end)):
            if split_and and re.match(r"et\b|&", conn.group()):
                break
            connectors_end = conn.end()
        word = _name_word(text, connectors_end) or TRAILING_POINT_RE.match(text, connectors_end)
        if not word or (connectors_end == nxt and nxt == end) or _ends_name(text, word) or _person_starts(text, word):
            break
        if re.match(r"et\s+(?:de|du|des|la|le|les|l)\b", text[nxt:connectors_end]) and not (
                article and not split_and and _second_place(text[nxt:connectors_end], word)):
            break  # "Centre 21 et de Lilian VACHON": a new phrase, not the name
        if re.fullmatch(r"(?:Le|La|Les|L['’]|The)", word.group()) and not _name_goes_on(text, word.end()):
            break  # "CPTS du Haut-Bocage Le projet", "... Le Lundi 3 mai": an article starts the next phrase
        end = word.end()
    end = _dash_continuation(text, start, end)
    return Span(start, end)


# Bodies named after "et de la", "et de l'" beside a CPTS: "avec la CPTS du Val et de l'Agence ..."
INSTITUTION_WORD_RE = re.compile(r"Agence|Assurance|Mutualité|Caisse|Région|Département|Ville|Mairie|Conseil|"
                                 r"Préfecture|État|Etat|Union|Ordre|Hôpital|Clinique|Communauté|Maison|Association|Métropole|"
                                 r"Collectivité|Fédération|Groupement")


def _second_place(connectors: str, word: re.Match) -> bool:
    """"la CPTS du Pays de Rocheval et de l'Étang": a name that started with an article may join a
    second place with "et du", "et de la", "et de l'", "et des" (not "et de" before a person)."""
    return bool(re.fullmatch(rf"et\s+(?:du|des|de\s+la|de\s+l[{APOS}]|d[{APOS}])\s*", connectors)) and \
        not INSTITUTION_WORD_RE.fullmatch(word.group())


# "Marie DUPONT", "Jean-Marc DURAND-MARTIN": a first name, then a surname in capitals
PERSON_RE = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \u00a0]+[{UPPER}]{{2,}}(?:[\-{APOS}][{UPPER}]{{2,}})?(?![\w{APOS}\-])")


def _person_starts(text: str, word: re.Match) -> bool:
    """"la CPTS Val Vert Marie DUPONT, présidente": a person's name ends the CPTS name."""
    person = PERSON_RE.match(text, word.start())
    return bool(person) and not NOT_NAME_WORD_RE.fullmatch(person.group().split()[-1])


def _name_goes_on(text: str, pos: int) -> bool:
    after = _name_word(text, GAP_RE.match(text, pos).end())
    return bool(after) and not _ends_name(text, after)


def _name_word(text: str, pos: int) -> re.Match | None:
    return WORD_RE.match(text, pos) or LOWER_NOUN_RE.match(text, pos)


def _ends_name(text: str, word: re.Match) -> bool:
    """A word no CPTS name goes on with: the acronym itself, a date ("Le 26", "Mardi", "12 juin"), a title
    before a person ("CPTS Val Fleuri Présidente : ...") or an institution ("la CPTS X, ARS et CPAM")."""
    if word.group() == "CPTS" or DATE_WORD_RE.fullmatch(word.group()) or NOT_NAME_WORD_RE.fullmatch(word.group()):
        return True
    after = text[word.end():word.end() + 20]
    if re.fullmatch(r"(?:Le|La|Les|L['’]|Du|Au|Dès|Depuis|En|On|In|Since)", word.group()) and re.match(r"\s*\d", after):
        return True
    return word.group()[0].isdigit() and bool(re.match(rf"\s*(?:er\s+)?{MONTHS}\b", after, re.IGNORECASE))


def _dash_continuation(text: str, start: int, end: int) -> int:
    """"la CPTS Vallée Blanche – Mont-Noir s'est constituée": a second name after a spaced dash
    belongs to the name when a verb follows it; "CPTS X - Signatures officielles" is a heading."""
    dash = re.match(r"[ \u00a0]+[–—-][ \u00a0]+", text[end:end + 5])
    if not dash or not WORD_RE.match(text, end + dash.end()):
        return end
    second = _bare_name(text, end + dash.end())
    if second is None or len(text[second.start:second.end].split()) > 3:
        return end
    return second.end if VERB_AFTER_NAME_RE.match(text, second.end) else end


MIN_COLUMN_LINE = 35  # characters: a line of a narrow column, not a heading


def _line_continues(text: str, pos: int) -> bool:
    """A single line break inside a name only when the line does not end a heading or item:
    it is long, or (narrow columns) about as long as the line after it."""
    line_start = text.rfind("\n", 0, pos) + 1
    length = len(text[line_start:pos])
    if length > 50:
        return True
    next_start = text.find("\n", pos) + 1
    next_end = text.find("\n", next_start)
    next_length = len(text[next_start:next_end if next_end >= 0 else len(text)])
    return next_start > 0 and length >= MIN_COLUMN_LINE and length >= 0.8 * next_length


def _is_generic(surface: str, is_department) -> bool:
    bare = LEADING_ARTICLE_RE.sub("", surface).strip()
    if not key_of(surface) or bare.upper() == "CPTS":  # no letter or digit ("CPTS « « »"): no name
        return True
    if GENERIC_NAME_RE.fullmatch(bare) or re.fullmatch(r"(?i:la|le|les|l['’]|the)", bare):
        return True  # "CPTS de catégorie 3", "une CPTS de type 1"
    after_article = bool(LEADING_ARTICLE_RE.match(surface) or surface.startswith(("en ", "in ")))
    if _is_region(bare) or after_article and is_department(bare):
        return True
    # "les CPTS du sud de la France", "la CPTS du nord de la Vienne": a part of a region or department
    part = re.match(rf"(?:{'|'.join(NAME_NOUNS)})\s+(.+)$", bare)
    return bool(part) and bool(LEADING_ARTICLE_RE.match(part.group(1))) and (
        _is_region(LEADING_ARTICLE_RE.sub("", part.group(1))) or is_department(LEADING_ARTICLE_RE.sub("", part.group(1))))


def _is_region(name: str) -> bool:
    """"la première CPTS de Bretagne": a region (or the country) is where, not who."""
    folded = key_of("CPTS " + re.sub(r"^(?:la|le|les|l['’])\s*", "", name, flags=re.IGNORECASE))
    return folded in REGION_KEYS


def _drop_cut_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A copy cut off inside a name ("... de la CPTS Val Fle"): the last name, running into the end of
    the text, is dropped when it only begins another name of the text."""
    if not mentions or text[mentions[-1].name_span.end:].strip():
        return mentions
    cut = key_of("CPTS " + mentions[-1].surface)
    if any(key_of("CPTS " + m.surface).startswith(cut) and key_of("CPTS " + m.surface) != cut for m in mentions[:-1]):
        return mentions[:-1]
    return mentions


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """The spelled-out head and the acronym inside it find the same name once."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.name_span.start, -m.span.end)):
        if kept and kept[-1].name_span.start == m.name_span.start:
            continue
        kept.append(m)
    return kept


def canonical_name(surface: str, lang: str) -> str:
    name = re.sub(r"\s+", " ", surface.replace("’", "'")).strip()
    name = re.sub(r"\s*-\s*", "-", name) if re.search(r"\w\s*-\s+\w|\w\s+-\s*\w", name) else name
    if lang == "en":
        name = re.sub(r"^of\s+(?:the\s+)?", "", name)  # "the community of Rocheval"
        name = " ".join(ENGLISH_TO_FRENCH.get(w, w) for w in name.split(" "))
    return "CPTS " + name


def key_of(name: str) -> str:
    bare = re.sub(r"^CPTS\s+", "", name)
    bare = LEADING_ARTICLE_RE.sub("", bare)
    ascii_name = unicodedata.normalize("NFKD", bare.replace("œ", "oe").replace("Œ", "Oe"))
    ascii_name = ascii_name.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def _attach_alias(alias: Mention, mentions: list[Mention], i: int, by_key: dict, lang: str) -> None:
    """An alias mention belongs to the CPTS named just before it (else just after)."""
    others = [m for m in mentions[:i] if not m.is_alias][-1:] or [m for m in mentions[i + 1:] if not m.is_alias][:1]
    if not others:
        return
    key = key_of(canonical_name(others[0].surface, lang))
    written = "CPTS " + re.sub(r"\s+", " ", alias.surface.replace("’", "'")).strip()
    entry = by_key.setdefault(key, NamedCpts(key, canonical_name(others[0].surface, lang)))
    if written not in entry.aliases:
        entry.aliases.append(written)


def group_mentions(mentions: list[Mention], lang: str) -> list[NamedCpts]:
    """One entry per community, in order of first mention."""
    by_key: dict[str, NamedCpts] = {}
    for i, m in enumerate(mentions):
        if m.is_alias:
            _attach_alias(m, mentions, i, by_key, lang)
            continue
        name = canonical_name(m.surface, lang)
        key = key_of(name)
        entry = by_key.setdefault(key, NamedCpts(key, name))
        entry.mentions.append(m)
        written = "CPTS " + re.sub(r"\s+", " ", m.surface.replace("’", "'")).strip()
        if lang == "en" and written != name and written not in entry.aliases:
            entry.aliases.append(written)
        if m.alias and m.alias.replace("’", "'") not in entry.aliases and key_of("CPTS " + m.alias) != key:
            entry.aliases.append(m.alias.replace("’", "'"))
    return _merge_acronyms(_merge_short_forms(_merge_alias_keys(list(by_key.values()))))


def _merge_alias_keys(entries: list[NamedCpts]) -> list[NamedCpts]:
    """A CPTS named elsewhere by one of another's aliases is that other CPTS."""
    alias_owner = {key_of(a if a.startswith("CPTS") else "CPTS " + a): e for e in entries for a in e.aliases}
    kept = []
    for entry in entries:
        owner = alias_owner.get(entry.key)
        if owner is not None and owner is not entry:
            owner.mentions.extend(entry.mentions)
            continue
        kept.append(entry)
    return kept


def _merge_short_forms(entries: list[NamedCpts]) -> list[NamedCpts]:
    """"CPTS Croix-Rousse Plateau" after "CPTS Lyon Croix-Rousse Plateau", "CPTS Rennes Métro Nord" beside
    "CPTS Rennes Métropole Nord": a shorter form of exactly one other name is that CPTS; the form named more
    often is the name, the other an alias."""
    merged: set[int] = set()
    for short in entries:
        longer = [e for e in entries if e is not short and id(e) not in merged and _is_short_form(short.key, e.key)]
        if len(longer) != 1:
            continue
        owner = longer[0]
        if _key_words(short.key) == _key_words(owner.key) and len(short.key) > len(owner.key):
            continue  # "Saint" and "St", "et" and "&": the written-out form takes the other in
        # a heading in capitals runs on into its verb ("CPTS DU VAL FLEURI SIGNE"): no name, no alias
        run_on = _in_capitals(owner) and not _in_capitals(short)
        if len(short.mentions) > len(owner.mentions) or run_on:  # the form the text uses most is the name
            if not run_on:
                owner.aliases.insert(0, owner.name)
            owner.name, owner.key = short.name, short.key
        owner.mentions = sorted(owner.mentions + short.mentions, key=lambda m: m.span.start)
        for alias in [short.name, *short.aliases]:
            if alias not in owner.aliases and alias != owner.name:
                owner.aliases.append(alias)
        merged.add(id(short))
    return [e for e in entries if id(e) not in merged]


def _in_capitals(entry: NamedCpts) -> bool:
    return all(m.surface.isupper() for m in entry.mentions)


ABBREVIATED = {"st": "saint", "ste": "sainte", "stes": "saintes", "sts": "saints", "mt": "mont"}


def _key_words(key: str) -> list[str]:
    """The words of a key as compared: "St" is "Saint", "&" and "et" join ("Monts & Vallées")."""
    return [ABBREVIATED.get(w, w) for w in key.split("-") if w != "et"]


def _is_short_form(short: str, long: str) -> bool:
    """The words of `short` begin or end `long`, or abbreviate its words one by one."""
    s, l = _key_words(short), _key_words(long)
    if len(s) < len(l) and (l[:len(s)] == s or l[-len(s):] == s):
        return True
    return len(s) == len(l) and short != long and all(b.startswith(a) and len(a) >= 3 or a == b for a, b in zip(s, l))


def _merge_acronyms(entries: list[NamedCpts]) -> list[NamedCpts]:
    """"la CPTS VF" beside "la CPTS Val Fleuri": a name in capitals made of the initials of exactly one
    other name is its alias; the full name stays the name."""
    kept = []
    for entry in entries:
        bare = _spelled_initials(re.sub(r"^CPTS\s+", "", entry.name))
        owners = [e for e in entries if e is not entry and re.fullmatch(r"[A-Z]{2,6}", bare) and bare in _initials(e.name)]
        if len(owners) != 1:
            kept.append(entry)
            continue
        owner = owners[0]
        owner.mentions = sorted(owner.mentions + entry.mentions, key=lambda m: m.span.start)
        for alias in [entry.name, *entry.aliases]:
            if alias not in owner.aliases and alias != owner.name:
                owner.aliases.append(alias)
    return kept


def _spelled_initials(acronym: str) -> str:
    """"2V" stands for two words starting with V ("Val Vert"), "3F" for three."""
    return re.sub(r"([2-4])([A-Z])(?![a-z])", lambda m: m.group(2) * int(m.group(1)), acronym)


def _initials(name: str) -> set[str]:
    """"CPTS du Val de la Fleur": "VF" (capitalised words) and "VDLF" (every word)."""
    words = [w for w in re.split(r"[\s\-'’]+", LEADING_ARTICLE_RE.sub("", re.sub(r"^CPTS\s+", "", name))) if w]
    return {"".join(w[0] for w in words if w[0].isupper()).upper(), "".join(w[0] for w in words).upper()}


REGION_KEYS = frozenset(key_of("CPTS " + region) for region in REGIONS)


def drop_misread_names(named: list[NamedCpts], text: str, lang: str) -> list[NamedCpts]:
    """For OCR text: a CPTS named once, whose name holds a word that is rare in the language,
    no place name and found nowhere else in the text ("CPTS Cabe 21" on a smudged line), is
    a misreading, not a community. Unless it is the only CPTS the text names: a communiqué is
    about one, and a rare word of its name ("CPTS Val Fictivois") is more likely its own."""
    if len(named) == 1:
        return named
    return [entry for entry in named if len(entry.mentions) > 1 or not any(
        _misread_word(word, text, lang) for word in re.findall(rf"[{UPPER}{LOWER}]{{3,}}", entry.name)
        if word != "CPTS")]


def _misread_word(word: str, text: str, lang: str) -> bool:
    return (zipf_frequency(word.lower(), lang) < RARE_NAME_WORD_ZIPF and not is_place_name(word)
            and len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)) == 1)


RARE_NAME_WORD_ZIPF = 3.0

