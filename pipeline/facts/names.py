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
from dataclasses import dataclass

from ..reference import gazetteer
from ..reference.frequencies import zipf_frequency
from ..model import Span
from .first_names import is_known_first_name
from .name_ends import (INNER_PLACE_RE, comma_joined_end, ROW_NUMBER_RE, SPACED_DASH_RE, article_goes_on, column_gap,
                        dash_part_joins, intercommunality_name_end, line_at, line_continues, named_by_fronted_verb,
                        not_a_community, person_starts, ranked_in_a_place, place_joined_after, rare_adjective_after_land_noun,
                        said_to_be_a_cpts, second_place, without_gapped_figure)
from .name_filters import (acronyms_taken_up, drop_capital_run_ons, drop_cut_name, drop_nested, drop_tag_lines, line_in_capitals, mark_taglines,
                           names_heading_their_parts, whole_dashed_names)
from .name_words import (ALIAS_MARKER_BEFORE, ALIAS_RE, APOS, ARTICLE_RE, ASIDE_AFTER_NAME_RE, BULLET_RE, COLUMN_GAP,
                         CAPITAL_VERB_RE, DEFERRED_LIST_RE, ITEM_END_RE, LINE_REST_RE, LIST_END_RE, OTHER_ITEMS_RE,
                         OWN_PLURAL_BEFORE_RE, CONNECTOR_RE, COUNTED_BEFORE_RE, DATE_WORD_RE, ENGLISH_NAME_FIRST_RE, ENGLISH_NOT_NAMES_RE,
                         EXPANSION_RE, GAP_RE, GENERIC_NAME_RE, HEAD_RE, INSTITUTION_NAME_RE, LEADING_ARTICLE_RE,
                         LIST_ANNOUNCED_RE, LIST_JOINT_RE, LOWER, LOWER_NOUN_RE, MONTHS,
                         NAMED_ALONE_RE, NAMING_VERB_RE, NEXT_STAGE_RE, NOT_NAME_WORD_RE, PLACE_NOUN_FIRST_RE,
                         PLACE_NOUN_RE, PLACE_ADJECTIVE_AFTER, PLACE_AFTER_NAME_RE,
                         PLACES_NOUN_RE, PLURAL_BEFORE_RE, PRONOUN_HEAD_RE, QUOTED_RE, RARE_WORD_ZIPF, REGION_KEYS,
                         SINGULAR_PRONOUN_BEFORE_RE, STAGE_RE, TRAILING_POINT_RE, UPPER, WORD_RE,
                         QUOTE_CLOSE, QUOTE_OPEN, key_of, describes_its_place, lower_case_tail)


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
    in_capitals: bool = False  # on a line in capitals (a heading), where a name may run on into the words after it


def find_mentions(text: str, is_department=lambda s: False) -> list[Mention]:
    mentions = []
    for head in HEAD_RE.finditer(text):
        if _is_plural(text, head):
            mentions += [m for m in _listed_names(text, head, is_department)
                         if not not_a_community(text, head.start(), m.surface)]
            continue
        mention = _name_after(text, head, is_department)
        if mention:
            mention.is_alias = bool(ALIAS_MARKER_BEFORE.search(text[max(0, head.start() - 25):head.start()]))
            mentions.append(mention)
    mentions += _names_after_pronoun(text, is_department) + _english_names_before(text, is_department)
    from .table_columns import cpts_name_cells  # (here: the tables' module reads contexts, which read names)
    mentions += [Mention(cell, cell, text[cell.start:cell.end]) for cell in cpts_name_cells(text)]
    if HEAD_RE.search(text):  # beside other names, only "Baptisée « X », elle ...": the text's own CPTS
        mentions += [m for m in _names_given(text, is_department)
                     if not mentions or named_by_fronted_verb(text, m.span, mentions) or said_to_be_a_cpts(text, m.span)]
    mentions += acronyms_taken_up(text, mentions) + names_heading_their_parts(text, mentions)
    mentions = drop_cut_name(text, whole_dashed_names(text, drop_nested(sorted(mentions, key=lambda m: m.span.start))))
    mentions = mark_taglines(text, drop_tag_lines(text, drop_capital_run_ons(text, mentions)))
    for m in mentions:
        m.in_capitals = line_in_capitals(text, m.span.start)
    alias_spans = [m.alias_span for m in mentions if m.alias_span]
    return [m for m in mentions if not any(a.start <= m.name_span.start < a.end or
                                           a.start <= m.span.start < a.end for a in alias_spans)]


def _is_plural(text: str, head: re.Match) -> bool:
    """"les CPTS", "des communautés professionnelles ...": several communities, maybe listed."""
    if head.group() == "CPTSs":  # English: "the CPTSs of X and Y"
        return True
    if head.group() in ("CPTS", "CTPS"):  # not a table row's number: "7  CPTS Cœur de Savoie  CC Cœur de Savoie  43"
        before = text[max(0, head.start() - 20):head.start()]
        return bool(PLURAL_BEFORE_RE.search(before)) and not ROW_NUMBER_RE.search(before)
    return bool(re.match(r"(?i:communautés|(?:\w+\s+){2,3}communities)", head.group()))


def _listed_names(text: str, head: re.Match, is_department) -> list[Mention]:
    """"des CPTS de l'Orval et de la Serre Haute", "les CPTS (...) du Val Fleuri, Rocheval Nord et des Monts Bleus":
    a plural head followed at once by names joined by commas and "et" names each of them."""
    pos = _skip_expansion(text, head.end())
    neighbours = NEIGHBOURS_RE.match(text, pos)
    if neighbours:
        pos = neighbours.end()  # "les CPTS voisines du Mont Clair et de la Serre", "les deux CPTS voisines, X et Y"
    if not re.match(r"[ \t\u00a0]*\S", text[pos:pos + 40]):
        return []  # "... avec les CPTS" ending a line: the next line is not its list
    counted = COUNTED_BEFORE_RE.search(text[max(0, head.start() - 20):head.start()])
    stage = STAGE_RE.match(text, pos) if counted else None
    if stage:
        pos = stage.end()  # "trois CPTS « en émergence », X, Y et Z"
    announced = LIST_ANNOUNCED_RE.match(text, pos)
    if announced and (":" in announced.group() or counted):
        pos = announced.end()  # "les trois CPTS : X, Y et Z", "les deux CPTS, X et Y,"
    found = _list_at(text, head.start(), pos, stage, is_department, opens_at_head=True)
    if found or not OWN_PLURAL_BEFORE_RE.search(text, max(0, head.start() - 20), head.start()):
        return found
    deferred = DEFERRED_LIST_RE.match(text, pos)
    if deferred and not OTHER_ITEMS_RE.search(deferred.group()):
        # "Trois CPTS ont signé : X, Y et Z", "les autres CPTS du département sont X, Y et Z": a list of two names
        # or more that ends the clause
        listed = _list_at(text, head.start(), deferred.end(), None, is_department)
        if len(listed) > 1 and LIST_END_RE.match(text, listed[-1].span.end) and _names_of_cpts(listed, is_department):
            return listed
    line_end = LINE_REST_RE.match(text, pos)
    if line_end and not OTHER_ITEMS_RE.search(line_end.group()):
        listed = _bulleted(text, head.start(), line_end.end(), is_department)  # "Les CPTS du Cher :\n- X\n- Y"
        if len(listed) > 1 and _names_of_cpts(listed, is_department):
            return listed
    return []


def _names_of_cpts(listed: list[Mention], is_department) -> bool:
    """A list found apart from its head names CPTS, not people ("Anne Roux") nor departments or regions."""
    return not any(is_known_first_name(m.surface.split()[0]) or is_department(m.surface) or _is_region(m.surface)
                   for m in listed)


def _bulleted(text: str, listed_at: int, pos: int, is_department) -> list[Mention]:
    """The names on the bulleted lines from `pos` on, each alone on its line but for an aside ("(2019)", ", créée en")."""
    found = []
    while (bullet := BULLET_RE.match(text, pos)) is not None:
        span = _bare_name(text, bullet.end())
        if span is None or not ITEM_END_RE.match(text, span.end) or _is_generic(text[span.start:span.end], is_department):
            break
        found.append(Mention(span, span, text[span.start:span.end], listed_at=listed_at))
        pos = text.find("\n", span.end) if "\n" in text[span.end:] else len(text)
    return found


def _list_at(text: str, listed_at: int, pos: int, stage: re.Match | None, is_department,
             opens_at_head: bool = False) -> list[Mention]:
    """The names listed from `pos` on, joined by commas and "et", under the plural head at `listed_at` (where the
    first mention opens when the names follow the head at once)."""
    found = []
    while True:
        quoted = QUOTE_OPEN.match(text, pos)  # "les CPTS « X » et « Y »"
        span = _bare_name(text, quoted.end() if quoted else pos, split_and=True)
        if span is None:
            break
        span = _without_place(text, span, is_department)
        surface = text[span.start:span.end]
        if _is_generic(surface, is_department) or PLACE_NOUN_FIRST_RE.match(surface):
            break  # "les CPTS du territoire de X": the CPTS that lie there
        mention = Mention(Span(listed_at if opens_at_head and not found else span.start, span.end), span, surface,
                          listed_at=listed_at, by_stage=bool(stage))
        found.append(mention)
        end = _attach_acronym(text, mention)
        end = closed.end() if quoted and (closed := QUOTE_CLOSE.match(text, end)) else end
        end = aside.end() if (aside := ASIDE_AFTER_NAME_RE.match(text, end)) else end
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


CPTS_HEAD_RE = re.compile(r"CPTS|[Cc]ommunauté\s+[Pp]rofessionnelle")


def _names_after_pronoun(text: str, is_department) -> list[Mention]:
    """"Les CPTS concernées sont celles de X, Y et Z": a pronoun standing for CPTS just named
    introduces a list of names."""
    found = []
    for pronoun in PRONOUN_HEAD_RE.finditer(text):
        before = text[max(0, pronoun.start() - 150):pronoun.start()]
        heads = list(CPTS_HEAD_RE.finditer(before))
        if not heads or re.search(r"\n[ \t]*\n", before[heads[-1].start():]):  # a paragraph apart
            continue
        if PLACES_NOUN_RE.search(before, heads[-1].start()):
            continue  # "couvre les communes de A et B, ainsi que celles de C": the pronoun stands for communes
        if pronoun.group().lower() in ("celle", "that") and not SINGULAR_PRONOUN_BEFORE_RE.search(before):
            continue  # "la CPTS X et celle de Y": another CPTS of the same sentence
        found += _listed_names(text, pronoun, is_department)
    return found


def _english_names_before(text: str, is_department) -> list[Mention]:
    """English puts the name first: "the Pays d'Or CPTS", "the new Haut Doubs CPTS"."""
    found = []
    for match in ENGLISH_NAME_FIRST_RE.finditer(text):
        surface = match.group("name")
        if DATE_WORD_RE.fullmatch(surface) or ENGLISH_NOT_NAMES_RE.fullmatch(surface) or \
                _is_generic("of " + surface, is_department):
            continue
        mention = Mention(Span(match.start("name"), match.end()), Span(match.start("name"), match.end("name")), surface)
        # "formerly known as the Pic Bleu CPTS": a former name
        mention.is_alias = bool(ALIAS_MARKER_BEFORE.search(text, max(0, match.start() - 25), match.start()))
        first = match.group("first")
        if first and not ENGLISH_NOT_NAMES_RE.fullmatch(first) and not _is_generic("of " + first, is_department):
            found.append(Mention(Span(match.start("first"), match.end("first")), Span(match.start("first"),
                                                                                      match.end("first")), first))
        found.append(mention)
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
    neighbour = NEIGHBOUR_RE.match(text, pos)
    if neighbour:
        pos = neighbour.end()  # "la CPTS voisine du Mont Clair"
    quoted = QUOTED_RE.match(text, pos)
    if quoted:
        name_span = Span(quoted.start(1), quoted.end(1))
        end = quoted.end()
        if not _starts_name(text, name_span.start):
            return None  # 'le projet de la CPTS "reste très simple"': a quoted phrase
    else:
        name_span = _bare_name(text, pos) or _name_line_under_a_lone_head(text, head, pos)
        if name_span is None:
            return None
        name_span = without_gapped_figure(text, head, _without_place(text, name_span, is_department))
        if not _is_plural(text, head):  # "la CPTS Loire, Sauldre et Pays Fort": one name of three places
            name_span = Span(name_span.start, comma_joined_end(text, name_span.end))
        end = name_span.end
    surface = text[name_span.start:name_span.end]
    if _is_generic(surface, is_department) or describes_its_place(text, head.start(), surface) \
            or ranked_in_a_place(text, head.start(), surface) or not_a_community(text, head.start(), surface):
        return None
    mention = Mention(Span(head.start(), end), name_span, surface)
    alias = ALIAS_RE.match(text, end)
    # "X (CPTS)", "X (Communauté Professionnelle Territoriale de Santé)" give no other name
    if alias and (alias.group(1) or alias.group(2)).strip() != "CPTS" and not HEAD_RE.fullmatch(alias.group(2) or ""):
        group = 1 if alias.group(1) else 2
        if group == 2 and (is_department(alias.group(2)) or _is_region(alias.group(2))
                           or gazetteer.load().candidates(alias.group(2))):
            return mention  # "la CPTS Val Fleuri (Loire)", "(Nevers)": where it is, not another name
        mention.alias = alias.group(group).strip()
        spelled_out = HEAD_RE.match(mention.alias)
        if spelled_out and not spelled_out.group().startswith(("CPTS", "Cpts", "C.P.T.S")):
            mention.alias = mention.alias[spelled_out.end():].strip()  # "(Communauté ... de Santé du Val Fleuri)"
            if key_of("CPTS " + mention.alias) == key_of("CPTS " + surface):
                mention.alias = None
                return mention
        if group == 2 and not mention.alias.startswith("CPTS"):
            mention.alias = "CPTS " + mention.alias  # a translation is another name of the CPTS
        mention.alias_span = Span(alias.start(group), alias.end(group))
    return mention


def _name_line_under_a_lone_head(text: str, head: re.Match, pos: int) -> Span | None:
    """"CPTS\nVal Fleuri\nLa CPTS a signé son accord ...": a page's heading, the head alone on its line and the
    name alone on the next, a paragraph after them (not a menu of short lines)."""
    line_start = text.rfind("\n", 0, head.start()) + 1
    gap = GAP_RE.match(text, pos)
    if "\n" not in gap.group() or not LONE_HEAD_BEFORE_RE.fullmatch(text, line_start, head.start()):
        return None
    name_end = text.find("\n", gap.end())
    if name_end < 0 or len(line_at(text, name_end + 1).strip()) < PARAGRAPH_LINE:
        return None
    span = _bare_name(text, gap.end())
    return span if span is not None and not text[span.end:name_end].strip() else None


LONE_HEAD_BEFORE_RE = re.compile(r"[ \t]*(?:(?:la|notre|our|the)[ \t]+)?", re.IGNORECASE)
PARAGRAPH_LINE = 50  # characters: a line of a paragraph, not a menu's or a heading's


# "la CPTS voisine du Mont Clair"; a place's adjective, "la CPTS ariégeoise Pays d'Olmes", "la CPTS drômoise des Baronnies"
NEIGHBOUR_RE = re.compile(r"\s+(?:voisine|limitrophe|sœur|soeur|(?-i:[a-zà-ÿ]{3,}(?:oise|aise|ienne|éenne|ine|ane|arde|onne|ole|aine)))"
                          r"(?=\s+(?:(?:du|des|de|d['’])\s*|de\s+la\s+|de\s+l['’]\s*)?[A-ZÀ-Þ])")
NEIGHBOURS_RE = re.compile(r"\s+(?:voisines|limitrophes|sœurs|soeurs|partenaires)(?=\s+(?:du|des|de|d['’])\s*[A-ZÀ-Þ]|"
                           r"\s+(?:de\s+la|de\s+l['’])\s*[A-ZÀ-Þ]|\s*[,:])")


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
    if column_gap(text, gap) or "\n" in gap.group() and not line_continues(text, pos) and not article_goes_on(text, gap.end()):
        return None  # "Le territoire de la CPTS" as a heading, "La CPTS   Territoire   Projets" a menu: another phrase
    pos = gap.end()
    start = pos
    article = ARTICLE_RE.match(text, pos)
    if article:
        pos = article.end()
    first = _name_word(text, pos) or PLACE_NOUN_RE.match(text, pos)
    if not first or _ends_name(text, first):
        return None
    end = first.end()
    while True:
        gap = GAP_RE.match(text, end)
        nxt = gap.end()
        if text[end:nxt].count("\n") and not line_continues(text, end) or column_gap(text, gap):
            break  # a line or a column of a menu or a table ends the name
        connectors_end = nxt
        while (conn := CONNECTOR_RE.match(text, connectors_end)):
            if split_and and re.match(r"et\b|&", conn.group()):
                break
            connectors_end = conn.end()
        # a point of the compass in lower case only right after the name ("la CPTS X le sud" is gapping)
        word = _name_word(text, connectors_end) or (TRAILING_POINT_RE.match(text, connectors_end)
                                                   if connectors_end == nxt else None)
        if not word and (tail := lower_case_tail(text, start, end)):
            end = tail
            continue
        if not word or (connectors_end == nxt and nxt == end) or _ends_name(text, word) \
                or person_starts(text, word, text[nxt:connectors_end]):
            break
        if re.fullmatch(r"(?:en|sur|sous)\s+", text[nxt:connectors_end]) and re.fullmatch(r"\d{4}", word.group()):
            break  # "la CPTS Val Fleuri en 2022 avait ...": a year, not a place of the name
        if re.fullmatch(r"(?:le|la|les)\s+", text[nxt:connectors_end]) and word.group()[0].isdigit():
            break  # "avec la CPTS Val Fleuri le 22/09/2022": a date
        if re.match(r"et\s+(?:de|du|des|la|le|les|l)\b", text[nxt:connectors_end]) and not (
                (article or INNER_PLACE_RE.search(text, start, end)) and not split_and
                and second_place(text[nxt:connectors_end], word, text[start:end])):
            break  # "Centre 21 et de Lilian VACHON": a new phrase, not the name
        if re.fullmatch(r"(?:Le|La|Les|L['’]|The)", word.group()) and not _name_goes_on(text, word.end()):
            break  # "CPTS du Haut-Bocage Le projet", "... Le Lundi 3 mai": an article starts the next phrase
        end = word.end()
    demonym = PLACE_ADJECTIVE_AFTER.match(text, end) or rare_adjective_after_land_noun(text, start, end)
    if demonym and text[end - 1].isalpha():
        # "CPTS du Bassin annécien", "du Pays lédonien et de la Bresse" (in a list, "et du" opens the next item)
        end = demonym.end() if split_and else place_joined_after(text, start, demonym.end())
    return Span(start, intercommunality_name_end(text, start, _dash_continuation(text, start, end)))


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
    if word.group().isupper() and CAPITAL_VERB_RE.fullmatch(word.group()):
        return True  # "LA CPTS DU VAL FLEURI A SIGNÉ SON CONTRAT": a heading in capitals goes on with its verb
    after = text[word.end():word.end() + 20]
    if word.group().istitle() and word.group() not in ("A", "Est") and CAPITAL_VERB_RE.fullmatch(word.group().upper()) \
            and re.match(rf"\s+[{UPPER}]", after):  # ("Est" and "A" are a point of the compass and a letter too)
        return True  # "La CPTS Val Fleuri Organise Une Journée": a heading in title case goes on with its verb
    if re.fullmatch(r"(?:19|20)\d\d", word.group()):
        return True  # "La CPTS Val Fleuri 2024 : une année riche": a year, not a number of the name
    if after.startswith(("°", "º")):
        return True  # "Lettre de la CPTS Val Fleuri N°12"
    if re.fullmatch(r"(?:Le|La|Les|L['’]|Du|Au|Dès|Depuis|En|On|In|Since)", word.group()) and re.match(r"\s*\d", after):
        return True
    if re.search(r"(?:é|ée|és|ées)$", word.group()) and re.match(r"\s+par\s", after):
        return True  # "CPTS Val Fleuri Présidée par ...": a heading's next phrase
    return word.group()[0].isdigit() and bool(re.match(rf"\s*(?:er\s+)?{MONTHS}\b", after, re.IGNORECASE))


def _dash_continuation(text: str, start: int, end: int) -> int:
    """"la CPTS Vallée Blanche – Mont-Noir s'est constituée": a second name after a spaced dash
    belongs to the name when a verb follows it (a place in commas may come between); "CPTS X - Signatures officielles" is a heading."""
    dash = SPACED_DASH_RE.match(text, end)
    second = _bare_name(text, dash.end()) if dash and WORD_RE.match(text, dash.end()) else None
    piece = re.split(r"[ \u00a0][–—-][ \u00a0]", text[dash.start("article"):second.end])[0] if second else ""
    if second is None or len(piece.split()) > 3:
        return end
    further = _dash_continuation(text, start, second.end)  # "la CPTS Lons – Bresse – Vignoble a signé": the last part says
    return further if further > second.end else second.end if dash_part_joins(text, start, end, second, piece) else end


def _is_generic(surface: str, is_department) -> bool:
    bare = LEADING_ARTICLE_RE.sub("", surface).strip()
    if not key_of(surface) or bare.upper() == "CPTS" or len(bare) == 1:  # no letter or digit ("CPTS « « »"), or
        return True  # one letter alone ("Coordinateur de CPTS H/F"): no name
    if GENERIC_NAME_RE.fullmatch(bare) or re.fullmatch(r"(?i:la|le|les|l['’]|the)", bare):
        return True  # "CPTS de catégorie 3", "une CPTS de type 1"
    after_article = bool(LEADING_ARTICLE_RE.match(surface) or surface.startswith(("en ", "in ")))
    if _is_region(bare) or after_article and (is_department(bare) or INSTITUTION_NAME_RE.match(bare)):
        return True  # "référent CPTS de l'Assurance maladie": where the office is held, not a community
    # "les CPTS du sud de la France", "la CPTS du nord de la Vienne", "1re CPTS du territoire des
    # Hauts-de-France": a part of a region or department ("la CPTS de la vallée de l'Hérault" is a name)
    part = re.match(r"(?:(?:nord|sud)(?:-(?:est|ouest))?|est|ouest|centre|territoire|région)\s+(.+)$", bare)
    return bool(part) and bool(LEADING_ARTICLE_RE.match(part.group(1))) and (
        _is_region(LEADING_ARTICLE_RE.sub("", part.group(1))) or is_department(LEADING_ARTICLE_RE.sub("", part.group(1))))


def _is_region(name: str) -> bool:
    """"la première CPTS de Bretagne": a region (or the country) is where, not who."""
    folded = key_of("CPTS " + re.sub(r"^(?:la|le|les|l['’])\s*", "", name, flags=re.IGNORECASE))
    return folded in REGION_KEYS
