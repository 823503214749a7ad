"""Where a CPTS's name ends, and what is not one: a line break the phrase goes on across, a second place joined
with "et du", a person's name after it, a figure whose unit is left understood, a rank among the CPTS of a place."""
from __future__ import annotations

import re

from ..model import Span
from ..reference import gazetteer
from ..reference.frequencies import zipf_frequency
from .first_names import is_known_first_name
from .name_words import (APOS, COLUMN_GAP, ARTICLE_RE, HEAD_RE, INSTITUTION_WORD_RE, LEADING_ARTICLE_RE, MIN_COLUMN_LINE,
                         NAME_NOUNS, NOT_NAME_WORD_RE, PERSON_RE, PLACE_APPOSITION_RE, RARE_WORD_ZIPF, UPPER, VERB_AFTER_NAME_RE,
                         WORD_RE)
from .patterns import alone_on_its_line
from .place_names import find_departments


def ranked_in_a_place(text: str, head_start: int, surface: str) -> bool:
    """"C'est la 2e CPTS de Vierzon", "la troisième CPTS du Berry": a rank among the CPTS of a place, not a name."""
    return bool(RANK_BEFORE_HEAD_RE.search(text, max(0, head_start - 25), head_start)) and bool(
        re.match(r"(?:(?:du|des|de)\s|d['’])", surface, re.IGNORECASE))


RANK_BEFORE_HEAD_RE = re.compile(r"\b(?:\d+\s*(?:e|è|ème|eme|ᵉ|re|ère|er)|[a-zé]+ième|première|premier|seconde|dernière)\s+$",
                                 re.IGNORECASE)


def not_a_community(text: str, head_start: int, surface: str) -> bool:
    """"le label CPTS Engagée", "le dispositif « CPTS Jeunes »": a scheme's name; "la coordinatrice de CPTS Marie
    Durand": a person after the head used as a noun."""
    before = text[max(0, head_start - 30):head_start]
    if COMPASS_POINT_RE.fullmatch(surface):  # "les deux CPTS de l'Est du département": a part of a larger place
        end = text.find(surface, head_start) + len(surface)
        return bool(LARGER_PLACE_AFTER_RE.match(text, end))
    return bool(SCHEME_BEFORE_RE.search(before)) or bool(
        HEAD_AS_NOUN_BEFORE_RE.search(before) and is_known_first_name(surface.split()[0]))


COMPASS_POINT_RE = re.compile(r"(?:de\s+l['’]\s*|du\s+)?(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Est|Ouest))?", re.IGNORECASE)
LARGER_PLACE_AFTER_RE = re.compile(r"\s+(?:du\s+(?:département|territoire|pays)|de\s+la\s+(?:région|France)|de\s+l['’]\s*(?:île|Hexagone))\b",
                                   re.IGNORECASE)


SCHEME_BEFORE_RE = re.compile(r"\b(?:label|dispositif|programme|charte|prix|trophées?|opération|plateforme|application|"
                              r"logiciel|guide|kit|webinaire|hashtag)\s*[«\"“]?\s*$", re.IGNORECASE)
HEAD_AS_NOUN_BEFORE_RE = re.compile(r"\b(?:de|d['’])\s*$", re.IGNORECASE)


def without_gapped_figure(text: str, head: re.Match, span: Span) -> Span:
    """"La CPTS X regroupe 80 professionnels, la CPTS Y 60.": the figure of a clause whose verb and unit are left
    understood after a like clause is not part of the name."""
    figure = GAPPED_FIGURE_RE.search(text, span.start, span.end)
    if figure is None or figure.end() != span.end or not CLAUSE_END_RE.match(text, span.end):
        return span
    before = text[max(0, head.start() - 80):head.start()]
    return Span(span.start, figure.start()) if LIKE_CLAUSE_BEFORE_RE.search(before) else span


GAPPED_FIGURE_RE = re.compile(r"\s+\d[\d \u00a0.,]*$")
CLAUSE_END_RE = re.compile(r"\s*(?:[.;,)]|$)")
# the like clause before: "... 80 professionnels, la", "... 20 communes et la"
LIKE_CLAUSE_BEFORE_RE = re.compile(r"\d[\d \u00a0.,]*\s+[a-zàâéèêîôûç]+[^,;.\d]{0,30}(?:,\s*(?:et\s+)?|\s+et\s+)(?:la|le|the)\s+$")


# a place the name introduces after its first word: "Val de l'Arnon", "Portes du Berry" (then "et du Cher" may
# join a second place as after a leading article)
INNER_PLACE_RE = re.compile(rf"\s(?:de\s+la|de\s+l[{APOS}]|de|du|des|d[{APOS}])\s*[{UPPER}]")


def article_goes_on(text: str, pos: int) -> bool:
    """"la CPTS\ndu Val Fleuri a signé": a line that opens on a lower-case article before a capital
    goes on with the phrase above it (no heading starts so)."""
    article = ARTICLE_RE.match(text, pos)
    return bool(article) and text[pos].islower() and bool(WORD_RE.match(text, article.end()))


def second_place(connectors: str, word: re.Match, name: str) -> bool:
    """"la CPTS du Pays de Rocheval et de l'Étang": a name that started with an article may join a
    second place with "et du", "et de la", "et de l'", "et des"; with "et de" only after a place it
    introduced with "de" or "d'" ("du Pays de Rocheval et de Grand Lieu", "des Pays d'Olmes et de Mirepoix"; not "et
    de" before a person)."""
    if INSTITUTION_WORD_RE.fullmatch(word.group()):
        return False
    if re.fullmatch(r"et\s+de\s+", connectors):
        return bool(re.search(rf"\s(?:de\s+|d[{APOS}])[{UPPER}][\w{APOS}\-]*$", name)) \
            and not person_starts(word.string, word, "et ")
    return bool(re.fullmatch(rf"et\s+(?:du|des|de\s+la|de\s+l[{APOS}]|d[{APOS}])\s*", connectors))


def person_starts(text: str, word: re.Match, connectors: str = "") -> bool:
    """"la CPTS Val Vert Marie DUPONT, présidente": a person's name ends the CPTS name; so does a
    known first name and a capitalised word after "et" ("la CPTS Val Vert et Anne Roux")."""
    person = PERSON_RE.match(text, word.start())
    if person and not NOT_NAME_WORD_RE.fullmatch(person.group().split()[-1]) \
            and not column_gap(text, SPACES.search(text, word.start(), person.end())):  # "Savoie  CC" in a table's row
        return True
    return bool(re.fullmatch(r"et\s+", connectors)) and is_known_first_name(word.group().split("-")[0]) \
        and bool(FAMILY_NAME_AFTER.match(text, word.end()))


def column_gap(text: str, gap: re.Match) -> bool:
    """Three spaces or a tab; two in a row of a table laid out with spaces ("1  CPTS Grand Lac  CA Grand Lac  28")."""
    if COLUMN_GAP.search(gap.group()):
        return True
    if "  " not in gap.group():
        return False
    line_start = text.rfind("\n", 0, gap.start()) + 1
    return len(TWO_SPACES.findall(line_at(text, line_start))) >= TABLE_ROW_GAPS


SPACES = re.compile(r"[ \u00a0]+")
TWO_SPACES, TABLE_ROW_GAPS = re.compile(r"\S[ \u00a0]{2}(?=\S)"), 3
ROW_NUMBER_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}\.?(?:[ \u00a0]{2,}|\t)$")


FAMILY_NAME_AFTER = re.compile(rf"[ \u00a0]+[{UPPER}][\w{APOS}-]+")


def line_continues(text: str, pos: int) -> bool:
    """A single line break inside a name only when the line does not end a heading or item:
    it is long, or (narrow columns) about as long as the line after it."""
    line_start = text.rfind("\n", 0, pos) + 1
    length = len(text[line_start:pos])
    next_start = text.find("\n", pos) + 1
    next_end = text.find("\n", next_start)
    next_line = text[next_start:next_end if next_end >= 0 else len(text)].rstrip()
    if next_start > 0 and SECOND_PLACE_OPENS_RE.match(next_line):
        return True  # "la CPTS de la Vallée de l'Arve\net du Giffre": a second place goes on with the name
    if next_start > 0 and HEAD_ENDS_LINE_RE.search(text, line_start, pos) and NAME_THEN_VERB_RE.match(next_line):
        return True  # "Les soignants de la CPTS\nVal Fleuri se sont réunis": a sentence runs over the break
    if next_start > 0 and LABEL_LINE_RE.match(text, line_start) and LABEL_LINE_RE.match(next_line):
        return False  # "Structure porteuse : CPTS Val Fleuri\nDate de signature : ...": rows of a table of labels
    if next_start > 0 and LINE_OF_ITS_OWN.fullmatch(next_line) and len(next_line) < length / 2:
        return False  # "... – CPTS Val Fleuri" over "Détails du projet" or "Département : Gironde": another line
    if next_start > 0 and (RUBRIC_OPENS_RE.match(next_line) or CIVILITY_OPENS_RE.match(next_line) or _sentence_opens(next_line)):
        return False  # "... lancent leur CPTS\nSanté. Médecins, infirmiers ...": a newspaper's rubric opens the article
    if length > 50:
        return True
    return next_start > 0 and length >= MIN_COLUMN_LINE and length >= 0.8 * len(next_line)


def _sentence_opens(line: str) -> bool:
    """"...la CPTS du Plateau de Millevaches\nSoit 30 communes", "CPTS Vesoul Val de Saône\nBienvenue dans la famille":
    the next line opens on a common word followed by a small word or a figure (not "Pays de Caux", "Val d'Ille")."""
    opening = SENTENCE_OPENING.match(line)
    return bool(opening) and zipf_frequency(opening.group(1).lower(), "fr") >= COMMON_OPENING_WORD


SENTENCE_OPENING = re.compile(r"[ \t]*([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+(?!(?:de|du|des|la|le|les|sur|sous|en|et|lès|aux?)\b|[dl]['’])[a-zà-ÿ\d]")
COMMON_OPENING_WORD = 4.0  # Zipf: "soit" 5.8, "bienvenue" 4.5 (a name's "Pays" 5.8 is followed by "de", "Val" by a name)


# a newspaper's rubric before its article's first sentence: "Santé. Médecins, ...", "Société | Les soignants ..."
RUBRIC_OPENS_RE = re.compile(r"[ \t]*(?:Santé|Société|Actualités?|Économie|Politique|Région|Social|Solidarité|Vie\s+locale|"
                             r"Info|Infos|Territoires?|Département)[ \t]*[.|:–—-][ \t]+[A-ZÀ-Ý«\"]")
# a person's civility opening the next line: "... à la CPTS du Val\nM. le Vice-président expose ..."
CIVILITY_OPENS_RE = re.compile(r"[ \t]*(?:M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?)[ \t]+[A-ZÀ-Ýa-zà-ÿ]")
# a line opening on a second place joined to the name above: "et du Giffre", "et de la Valserine"
SECOND_PLACE_OPENS_RE = re.compile(rf"[ \t]*et[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l[{APOS}]|d[{APOS}])[ \t]*[{UPPER}]")
# a line of prose that ends on the head, and a next line that opens on a name and its verb
HEAD_ENDS_LINE_RE = re.compile(r"[a-zé\d,]\s+(?:de\s+la|la|notre|cette|à\s+la)\s+CPTS[ \t]*$")
NAME_THEN_VERB_RE = re.compile(rf"[ \t]*[{UPPER}][\w{APOS}\-]*(?:[ \u00a0]+(?:(?:de|du|des|la|le|et)[ \u00a0]+)?[{UPPER}][\w{APOS}\-]*)"
                               rf"{{0,4}}{VERB_AFTER_NAME_RE.pattern}")
# a line that opens on a label: "Date de signature : ", "Président : "
LABEL_LINE_RE = re.compile(r"[ \t]*[^\n:]{1,40}[ \t]:[ \t]")
# a label ("Département : ...") or a short line without a sentence's end: a heading of its own
LINE_OF_ITS_OWN = re.compile(r"[^\n:]{1,40}\s:\s.*|[^\n]*[^\s.!?:;,»)\]]")




def line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


# a dash between two parts of a name, and the article a town's name may start with ("Drancy - le Bourget")
# (a line of prose may break after the dash: "au sein de la CPTS Clermontois –\nPlateau Picard.")
SPACED_DASH_RE = re.compile(rf"[ \u00a0]+[–—-](?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?P<article>(?:(?:le|la|les|l[{APOS}])[ \u00a0]*(?=[{UPPER}]))?)")


def dash_part_joins(text: str, start: int, end: int, second: Span, piece: str) -> bool:
    """Whether the words after a spaced dash (the name at `second`, `piece` with its article) go on the name
    text[start:end]: a verb follows them ("la CPTS Vallée Blanche – Mont-Noir s'est constituée"), towns are joined
    ("Drancy - le Blanc Mesnil"), or a heading names a town or an intercommunality after the dash ("CPTS Val de
    Garonne – Pays de Duras"); not a department ("la CPTS Pays de Sens - Yonne a signé": where it lies), nor a
    heading's phrase ("CPTS X - Signatures officielles")."""
    if _a_department_alone(text[second.start:second.end]):
        return False
    if _verb_follows(text, second.end) or towns_joined(text, start, end, piece) or _goes_on_in_prose(text, second.end) \
            or _fills_its_cell(text, start, second.end):
        return True
    # a place after the dash: in a heading, at a title's end, before a label's colon ("- CPTS Gray – Monts de Gy : ..."),
    # or in prose going on in lower case
    return (_heading(text, start, second.end) or _ends_its_line(text, second.end) or LABEL_COLON.match(text, second.end)
            or _goes_on_in_prose(text, second.end, LOWER_CASE_GOES_ON)) and _a_place(piece)


def _fills_its_cell(text: str, start: int, end: int) -> bool:
    """"CPTS Lons – Bresse – Vignoble | ECLA | 57": the name is all of a table's cell after its head word."""
    if not CELL_END.match(text, end):
        return False
    cell_start = max(text.rfind("|", 0, start), text.rfind("\t", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(CELL_HEAD.fullmatch(text, cell_start, start))


CELL_END = re.compile(r"[ \u00a0]*(?:\||\t)")
CELL_HEAD = re.compile(r"[ \u00a0]*(?:CPTS|Cpts)[ \u00a0]+(?:(?:de\s+la|du|des|de|d['’]|l['’])[ \u00a0]*)?")


def comma_joined_end(text: str, end: int) -> int:
    """"la CPTS Loire, Sauldre et Pays Fort. Quatre ans après ...": one community's name of places joined by commas and a
    last "et", the sentence ending or its verb coming right after; else `end`."""
    joined = COMMA_JOINED.match(text, end)
    if joined is None or not (SENTENCE_GOES_ON.match(text, joined.end()) or VERB_AFTER_NAME_RE.match(text, joined.end())):
        return end
    pieces = re.split(r",[ \u00a0]+|[ \u00a0]+et[ \u00a0]+", joined.group())[1:]
    if any(NOT_NAME_WORD_RE.fullmatch(piece.split()[0]) or is_known_first_name(piece.split()[0]) or HEAD_RE.match(piece)
           for piece in pieces):
        return end  # "la CPTS X, ARS et CPAM", "la CPTS X, Marie et Paul", "CPTS X, CPTS Y et CPTS Z"
    return joined.end()


_PIECE = rf"[{UPPER}][\w{APOS}-]+(?:[ \u00a0](?:(?:de|du|des|en|sur|la|le)[ \u00a0])?[{UPPER}][\w{APOS}-]+){{0,3}}"
COMMA_JOINED = re.compile(rf",[ \u00a0]+{_PIECE}(?:,[ \u00a0]+{_PIECE}){{0,3}}[ \u00a0]+et[ \u00a0]+{_PIECE}")
SENTENCE_GOES_ON = re.compile(r"[ \u00a0]*(?:[.;!?]|\n|$)")


LABEL_COLON = re.compile(r"[ \u00a0]*:[ \u00a0]")


def _goes_on_in_prose(text: str, end: int, going_on: re.Pattern | None = None) -> bool:
    """"(CPTS) Cap Corse – Nebbiu. L'assemblée ...": a sentence's punctuation after the second name (or what `going_on`
    matches), on a line of prose that goes on (a page's title, "CPTS X – Ouest-France", ends its line)."""
    line_start = text.rfind("\n", 0, end) + 1
    line = line_at(text, line_start)
    return len(line) >= PROSE_LINE and bool((going_on or PUNCTUATION_GOES_ON).match(text, end, line_start + len(line)))


def _ends_its_line(text: str, end: int) -> bool:
    """"Signature de l'ACI de la CPTS Suisse Normande – Pays de Falaise": a title (or a table's cell) that ends on
    the second name."""
    gap = SPACES.match(text, end)
    return not line_at(text, end).strip() or bool(gap) and column_gap(text, gap)


# "(CPTS) Suisse Normande – Pays de Falaise son contrat": a line of prose going on in lower case
LOWER_CASE_GOES_ON = re.compile(r"[ \u00a0]+[a-zà-ÿ]")
PROSE_LINE = 60  # characters: a line of a paragraph (wrapped prose runs 60 to 80)
PUNCTUATION_GOES_ON = re.compile(r"[ \u00a0]*[.,;)](?:[ \u00a0]+\S|[ \u00a0]*$)", re.MULTILINE)  # or ends its paragraph


def _heading(text: str, start: int, end: int) -> bool:
    """A name alone on its line after its head word: "CPTS Val de Garonne – Pays de Duras"."""
    line_start = text.rfind("\n", 0, start) + 1
    head = HEAD_RE.search(text, line_start, start)
    return head is not None and alone_on_its_line(text, head.start(), end) and not LEADING_ARTICLE_RE.sub(
        "", text[head.end():start]).strip()


def _a_place(words: str) -> bool:
    """A town, an intercommunality, or a land named by its noun ("Vallées d'Auge", "Pays fertois", "Monts du Lyonnais")."""
    gaz = gazetteer.load()
    return bool(gaz.candidates(words) or gaz.find_epci_named_alone(words, []) or LAND_NAME.match(words))


LAND_NAME = re.compile(rf"(?:{'|'.join(re.escape(noun.capitalize()) for noun in NAME_NOUNS if ' ' not in noun)})\b(?=\s+\S)")


def _a_department_alone(words: str) -> bool:
    return any(d.span.start == 0 and d.span.end == len(words) for d in find_departments(words))


def _verb_follows(text: str, pos: int) -> bool:
    """A verb at `pos`, or after a place in commas: "X - Y, dans le Calvados, est née"; or a clause of the
    sentence goes on ("X - Y, qui ...", "X - Y (80 soignants)", "X - Y ; ..."), which no heading does."""
    apposition = PLACE_APPOSITION_RE.match(text, pos)
    return bool(VERB_AFTER_NAME_RE.match(text, apposition.end() if apposition else pos)
                or CLAUSE_GOES_ON.match(text, pos))


CLAUSE_GOES_ON = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*\d|,[ \u00a0]*(?:qui|dont|que|qu['’]|elle|il)\b|;|(?:a|est|has|is),[ \u00a0])")


def towns_joined(text: str, start: int, end: int, second: str) -> bool:
    """"Drancy - le Blanc Mesnil": the words before a dash and those after it are both communes
    (an article before the first counts: "le Blanc Mesnil - le Bourget")."""
    first = LEADING_ARTICLE_RE.sub("", text[start:end])
    article = re.search(rf"\b(?:le|la|les|l[{APOS}])[ \u00a0]*$", text[max(0, start - 5):start])
    gaz = gazetteer.load()
    return bool(gaz.candidates(second)) and (bool(gaz.candidates(first))
                                            or bool(article) and bool(gaz.candidates(article.group() + first)))


# an intercommunality's type opening a name, then its capitalised words, stray dashes and all ("Communauté
# d'Agglomération -Estérel- Méditerranée"); bounded, each repetition starting on a capital
EPCI_NAME_RE = re.compile(
    rf"Communauté[ \u00a0]+(?:de[ \u00a0]+[Cc]ommunes|d[{APOS}][ \u00a0]*[Aa]gglomération|[Uu]rbaine)"
    rf"(?:[ \u00a0]*[–—-]?[ \u00a0]*(?:(?:de[ \u00a0]+la|du|des|de|et|sur|en|lès)[ \u00a0]+|(?:de[ \u00a0]+)?[ld][{APOS}])?"
    rf"[{UPPER}][\w{APOS}]*(?:-[\w{APOS}]+)*-?){{1,6}}")


def intercommunality_name_end(text: str, start: int, end: int) -> int:
    """"la CPTS Communauté de communes du Pays de Gex": a name that is an intercommunality's runs over the type's
    lower-case words to the end of that intercommunality's name."""
    epci = EPCI_NAME_RE.match(text, start)
    return max(end, epci.end()) if epci else end


def named_by_fronted_verb(text: str, span: Span, mentions: list) -> bool:
    """"Ils ont créé leur CPTS. Baptisée « Val Fleuri », elle réunit ...": a sentence that opens on the naming verb,
    the CPTS its subject, after a CPTS spoken of without a name (not "La CPTS X a lancé une plateforme. Baptisée
    « Y », elle ...")."""
    heads = list(HEAD_RE.finditer(text, max(0, span.start - 200), span.start))
    unnamed = bool(heads) and not any(m.span.start <= heads[-1].start() < m.span.end for m in mentions)
    return unnamed and text[span.start].isupper() and bool(CPTS_SUBJECT_AFTER_RE.match(text, span.end))


def said_to_be_a_cpts(text: str, span: Span) -> bool:
    """"Leur association, baptisée « Loir Perche Santé », est une communauté professionnelle territoriale de santé":
    a name given to something the sentence then says is a CPTS."""
    return bool(IS_A_CPTS_AFTER_RE.match(text, span.end))


IS_A_CPTS_AFTER_RE = re.compile(r"\s*[»”\"]?\s*,\s*(?:est|sera|devient|is|will\s+be|becomes)\s+(?:une|la|a|the)\s+"
                                r"(?:CPTS|communauté\s+professionnelle\s+territoriale|community\s+health\s+professional)", re.IGNORECASE)


# the subject after a fronted naming phrase: the CPTS's pronoun or its common noun
CPTS_SUBJECT_AFTER_RE = re.compile(rf"\s*[»”\"]?\s*,\s*(?:elle|celle-ci|la\s+(?:nouvelle\s+)?(?:CPTS|communauté)|"
                                   rf"l[{APOS}]association|it|the\s+(?:new\s+)?CPTS)\b")


def rare_adjective_after_land_noun(text: str, start: int, end: int) -> re.Match | None:
    """"CPTS du Pays bigouden", "CPTS du Pays saint-lois": a rare lower-case word after a land noun that is the
    whole name so far is the land's adjective."""
    if LAND_NOUN_ALONE_RE.fullmatch(text, start, end) is None:
        return None
    word = LOWER_WORD_AFTER_RE.match(text, end)  # a saint's town's adjective is rare whatever its parts: "saint-lois"
    rare = word and (max(zipf_frequency(word.group(1), "fr"), zipf_frequency(word.group(1), "en")) < RARE_WORD_ZIPF
                     or word.group(1).startswith(("saint-", "sainte-")))  # not an English verb: "The CPTS Monts covers"
    return word if rare and not OBJECT_AFTER_RE.match(text, word.end()) else None  # "du Val fédère les soignants": a verb


OBJECT_AFTER_RE = re.compile(r"[ \u00a0]+(?:les|la|le|l['’]|des|un|une|ses|son|sa|leurs?|plus|près|\d)(?![\w-])", re.IGNORECASE)
LAND_NOUN_ALONE_RE = re.compile(rf"(?:(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*)?(?i:{'|'.join(NAME_NOUNS)})")
LOWER_WORD_AFTER_RE = re.compile(r"[ \u00a0]+([a-zà-ÿ][a-zà-ÿ'’-]{3,})(?![\w'’-])")


def place_joined_after(text: str, start: int, end: int) -> int:
    """Where a name that ends on a place's adjective ends: after a second place joined by "et du", "et de la"
    ("CPTS du Pays lédonien et de la Bresse") when the name opened with an article, else at `end`."""
    joined = PLACE_JOINED_AFTER_RE.match(text, end)
    return joined.end() if joined and OPENING_ARTICLE_RE.match(text, start) else end


OPENING_ARTICLE_RE = re.compile(rf"(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l[{APOS}])[ \u00a0]*", re.IGNORECASE)
PLACE_JOINED_AFTER_RE = re.compile(rf"[ \u00a0]+et[ \u00a0]+(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l[{APOS}]|d[{APOS}])[ \u00a0]*"
                                   rf"[{UPPER}][\w{APOS}\-]*(?:[ \u00a0]+[{UPPER}][\w{APOS}\-]*)?")
