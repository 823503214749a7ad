"""Where a perimeter statement stands in the text and whose it is: the clause that opens with a
covering verb, where it ends, the items of a list after its colon, and the CPTS before it (or,
for a list or an area read outside the statements, the CPTS it stands with)."""
from __future__ import annotations

import re

from ..facts.context import COMPARED_FRONTED_RE, Context
from ..facts.number_words import NUMBER_PHRASE
from ..facts.patterns import BULLET, NEWCOMER, RESPECTIVELY, matches_within, search_from
from ..facts.place_names import EPCI_PHRASE
from ..model import Span
from ..reference.regex_start import quick_start
from .epci_words import OTHER_GROUPINGS, PLACE_BEFORE, PLACE_REACH
from .list_cues import OTHER_BODY_BEFORE_VERB, OTHER_OPENERS
# A community the sentence does not name: "la CPTS voisine", "les autres CPTS"
# "les CPTS couvrent ...": communities in general
UNNAMED_CPTS = re.compile(r"\bCPTS\s+(?:voisines?|limitrophes?)\b|\b(?:autres?|voisines?|neighbou?ring|les|des|ces|plusieurs|\d+)\s+CPTS\b",
                          re.IGNORECASE)



TO_END_COLON = r"(?:[^.!?:\n]|\n(?!\n))*"  # the rest of a sentence up to a colon, over single line breaks
# "est implantée sur A, B et C", "œuvre sur ...": where a CPTS acts is its territory
PRESENCE = (r"(?:implanté|présent|acti[fv]|déployé)e?s?\s+sur|(?:œuvr|exerc|opèr|opér)\w*\s+sur|"
            r"(?:présent|acti[fv])e?s?\s+à\b|"  # "active à A, B et C"
            r"operat\w*\s+(?:in|across)|(?:is|are)\s+(?:active|present)\s+in|brings?\s+together|bringing\s+together")
# "fédère les professionnels de A", "réunit les acteurs de B"; "agit à l'échelle de la commune de C"
GATHERS = r"fédèr(?:e|ent|ant)|réuni(?:t|ssent|ssant)"
SCALE = r"à\s+l['’]échelle\s+(?:de|d['’]|du|des)"
# "s'organise autour de A, B et C": the towns the territory lies around, not all of it
AROUND = (r"(?:(?:s['’](?:organis|articul|structur)\w*|(?:organis|articul|structur)ée?s?|rayonn\w*|centrée?s?|communes|villages)\s+autour\s+(?:de|d['’])|"
          r"(?:organi[sz]ed|centred|centered|built)\s+around)")
# "Elle s'adresse aux 15 000 habitants de A et B", "au service des habitants de A et B"
SERVES = r"s['’]adress\w*\s+(?:à|aux)|au\s+service\s+(?:de|des|du)"
# "Son territoire se limite à la commune de A"
LIMITED_TO = r"se\s+limit\w*\s+(?:à|au|aux)|(?:is|are)\s+limited\s+to"
TERRITORY_VERB = quick_start(re.compile(
    rf"\b(?:{AROUND}|(?:re)?couvr\w*|couvertes?|couverts|compren\w*|regroup\w*|rassembl\w*|{GATHERS}|{SCALE}|englob\w*|s['’]étend\w*|concern\w*|correspond\w*|"
    r"inclu(?:t|ent|ant|ra|ront)|intègr(?:e|ent|ant|era)|embrass(?:e|ent|ant)|s['’]étir\w*|à\s+cheval\s+sur|"
    r"s['’]y\s+ajout(?:e|ent)|vien(?:t|nent)\s+s['’]y\s+ajouter|"  # "S'y ajoutent A et B, deux communes de la CA X"
    rf"{LIMITED_TO}|{SERVES}|épous\w*|répartis|dessert|desservent|desservant|périmètre|compte|intervien\w*|interviendra|agi(?:t|ra)|rayonn\w*|counts|cover\w*|includ\w*|"
    r"compris\w*|spans?|spanning|encompass\w*|across|serves?|serving|catchment\s+area(?!\s+(?:comprises|includes|covers|spans|encompasses))|made\s+up\s+of|composed\s+of|"
    rf"consists?\s+of|{PRESENCE}|{AROUND}|sur\s+le\s+territoire\s+(?:de|d['’])|sur\s+l['’]ensemble\s+(?:de|d['’])|"
    r"(?:est|is)\s+(?:celui|that)\s+(?:de|d['’]|of))\b"
    # "Son territoire est la communauté de communes X", "Its territory is the X community of communes"
    r"|\b(?:territoire|territory|périmètre|perimeter)\s+(?:est|is)(?=\s+(?:la|le|les|l['’]|the)\b)"
    r"|\bcommunes\s+membres\s*:"
    # "La CPTS X, 69 communes et 275 000 habitants :" then the list: a count of communes whose
    # sentence ends in a colon at the end of its line, whatever verb (if any) the sentence has
    rf"|\b(?:\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities)\b(?={TO_END_COLON}:[ \t]*(?:\n|$))"
    rf"(?!{TO_END_COLON}\b(?:dont|parmi|ne|n['’]|sans|sauf|among|without|except)\b)"  # "..., trois n'ont plus de médecin :"
    r"|\b(?:territoire|territory|perimeter|périmètre)(?:\s+(?:de\s+la\s+CPTS|d['’](?:intervention|action)|couvert|of\s+the\s+CPTS))?"
    # "Notre territoire, pour ceux qui se demandent :" ending its line; "Son territoire est immense et peu peuplé :"
    r"(?:\s*:|[ \t]*,[^,.:;\n]{1,40}:[ \t]*(?=\n|$)|[ \t]+(?:est|is)[ \t]+[^,.:;\n]{1,40}:)",
    re.IGNORECASE))


# "La CPTS X couvre A, tandis que la CPTS Y couvre B": two perimeters in one sentence; so does
# "la première couvre A, la seconde B"
CONTRAST = quick_start(re.compile(r",?\s+(?:tandis\s+qu['’]?e?|alors\s+qu['’]?e?|whereas|while)\s+"
                                  r"|\s*[,;]\s+(?=(?:la|le)\s+(?:seconde?|deuxième|dernière|dernier)\b)"
                                  # "...; la CPTS Y couvre B", "la CPTS X, qui couvre A, et la CPTS Y, qui couvre B", "..., la CPTS Y B"
                                  r"|\s*[,;]\s+(?:et\s+|and\s+)?(?=(?:la|the)\s+CPTS\b)", re.IGNORECASE))
# "La CPTS A couvre X et la CPTS B couvre Y": a second CPTS with a verb of its own, after "et" alone
AND_CPTS = re.compile(r"\s+(?:et|and)\s+(?=(?:la|the)\s+CPTS\b)", re.IGNORECASE)


def _verb_after(text: str, joiner: re.Match, end: int) -> bool:
    """Whether "et la CPTS B" has a territory verb of its own before `end`: a second statement."""
    return bool(TERRITORY_VERB.search(text, joiner.end(), end))


def _second_statement(text: str, pos: int) -> re.Match | None:
    """The first "et la CPTS B couvre ..." after `pos`, in the sentence going on."""
    stop = SENTENCE_STOP.search(text, pos)
    end = stop.start() if stop else len(text)
    return next((m for m in AND_CPTS.finditer(text, pos, end) if _verb_after(text, m, end)), None)


SENTENCE_STOP = re.compile(r"[.!?]\s|\n\n")
# The community a clause opens with by its rank among those just named; the verb may be left out
ORDINAL_SUBJECT = re.compile(r"\s*(?:la|le)\s+(première|premier|seconde?|deuxième|dernière|dernier)\b", re.IGNORECASE)


def clauses(text: str, sentence: Span) -> list[Span]:
    cuts = matches_within(CONTRAST, text, sentence.start, sentence.end)
    cuts += [m for m in matches_within(AND_CPTS, text, sentence.start, sentence.end)
             if TERRITORY_VERB.search(text, sentence.start, m.start()) and _verb_after(text, m, sentence.end)]
    cuts.sort(key=lambda m: m.start())
    starts = [sentence.start] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [sentence.end]
    return [Span(a, b) for a, b in zip(starts, ends)]


# A key figure's line after a territory's: "Professionnels : 40", "Création : 2021", "Président : Dr X"
FIGURE_LINE = re.compile(
    r"[ \t]*(?:(?i:professionnels|population|habitants|adhérents|membres|création|date|président\w*|coordinat\w*|contact|"
    r"siège|site|téléphone|courriel|e-?mail|professionals|members|created|president)\b[^:\n]{0,20}:)")


def statement_end(text: str, pos: int) -> int:
    """Where the sentence going on at `pos` ends, read from the punctuation: a full stop outside
    parentheses followed by a space, a colon that ends its line (a list follows), a blank line,
    or a line that starts with a bullet. The statistical sentence splitter cuts lists of place
    names in odd places ("... communes: A | Intercom (12 municipalities)")."""
    depth = 0
    contrast = min((m for m in (search_from(CONTRAST, text, pos), _second_statement(text, pos)) if m), key=lambda m: m.start(), default=None)
    limit = contrast.start() if contrast and "\n\n" not in text[pos:contrast.start()] else len(text)
    for i in range(pos, limit):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "\n" and (text.startswith("\n", i + 1) or BULLET.match(text[i + 1:i + 8]) or FIGURE_LINE.match(text, i + 1)):
            return i
        elif ch == ":" and not text[i + 1:text.find("\n", i) if "\n" in text[i:] else len(text)].strip():
            return i + 1
        elif ch in ".!?…" and depth == 0 and _ends_sentence(text, i):
            return i + 1
    return limit


def _ends_sentence(text: str, i: int) -> bool:
    after = text[i + 1:i + 2]
    if after == "." or (after and not after.isspace()) or PLACE_ABBREVIATION.search(text, max(0, i - 4), i):
        return False
    ellipsis = text[i] == "…" or text[i - 1:i] == "."
    return not ellipsis or after in ("", "\n") or bool(re.match(r"\s+[A-ZÀ-Ý]", text[i + 1:i + 3]))


PLACE_ABBREVIATION = re.compile(r"\b(?:St|Ste|Mt)$")  # "St. Calais": the name goes on

PASSIVE = re.compile(r"couvert(?:e|s|es)?|concernée?s?|covered|included", re.IGNORECASE)


def defined_acronyms(text: str) -> dict[str, str]:
    """Short names a release gives an area in brackets and uses later: "la communauté de
    communes du Pays Loudunais (CCPL) ... sur l'ensemble de la CCPL"."""
    found, searched_to = {}, 0
    for bracket in BRACKETED_ACRONYM.finditer(text):
        # The name just before each bracket, not a scan of the whole text with the long pattern.
        named = NAMED_ACRONYM.search(text, max(searched_to, bracket.start() - ACRONYM_NAME_REACH), bracket.end())
        if named:
            found[named.group("short")] = named.group("name")
            searched_to = named.end()
    return found


ACRONYM_NAME_REACH = 300  # characters: longer than any intercommunality's name
BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Z0-9]{1,9}\)")
NAMED_ACRONYM = quick_start(re.compile(rf"(?P<name>{EPCI_PHRASE.pattern})\s*\((?P<short>[A-Z][A-Z0-9]{{1,9}})\)"))


# a sentence without a verb that opens on the count: "Les 75 communes des communautés de communes X et Y, soit ..."
# (a pattern of its own: anchored at the start, it would let TERRITORY_VERB's quick start try every space)
COUNT_OPENING = re.compile(rf"[ \t•*–-]*(?:les|the)\s+(?:\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities)"
                           r"(?=\s+(?:de|des|du|d['’]|of)\b)", re.IGNORECASE)


def territory_verb(words: str, gapped: bool = False) -> re.Match | None:
    """The word that introduces the perimeter: "Le périmètre de la CPTS X épouse celui de Y" is
    read from "épouse", not from "périmètre"; "Son périmètre : ..." from "périmètre :".
    `gapped`: the clause follows one with a verb, which it leaves out ("..., la seconde B")."""
    first = COUNT_OPENING.match(words)
    if first:
        return first
    for m in TERRITORY_VERB.finditer(words):  # the first verb ends the search: a long sentence is not read to its end
        if m.group().casefold() != "périmètre":
            return m
        first = first or m
    return ORDINAL_SUBJECT.match(words) if first is None and gapped else first


def statement_owner(ctx: Context, sentence: Span, verb: int) -> str | None:
    """The CPTS whose perimeter a sentence states: the last one named before its verb, else the
    subject in focus. A CPTS named after the verb is never the owner: "à l'exception de A et B,
    rattachées à la CPTS X" or "the CPTS X borders it" speak of another community."""
    body = OTHER_BODY_BEFORE_VERB.search(ctx.text, max(sentence.start, verb - 100), verb)
    if body and not ctx.inside_name(body.start()):
        return None  # "..., le contrat local de santé, qui couvre A et B": the contract's area
    before = [key for mention, key in ctx.mentions_in(sentence) if mention.span.end <= verb
              and not named_beside(ctx.text, sentence.start, mention.span, verb)]
    if len(set(before)) > 1 and RESPECTIVELY.search(ctx.text, verb, sentence.end):
        return None  # "A et B couvrent respectivement X et Y": each its own, read area by area (respective_owner)
    if before and (not PRONOUN_SUBJECT.search(ctx.text, sentence.start, verb) or _topic_of_sentence(ctx, sentence, verb)):
        return before[-1]
    ordinal = ORDINAL_SUBJECT.match(ctx.text, sentence.start, sentence.end)  # also "..., la seconde B", the verb left out
    if ordinal:  # "La CPTS X et la CPTS Y ... La première couvre A, la seconde B"
        named = ctx.keys_in(Span(max(0, sentence.start - 300), sentence.start))
        if len(named) >= 2:
            return named[0] if ordinal.group(1).lower().startswith("premi") else named[1] if len(named) == 2 else named[-1]
    subject_start = _cut_subject_start(ctx.text, sentence.start)
    if other_subject(ctx.text, subject_start, verb) or UNNAMED_CPTS.search(ctx.text, subject_start, verb) \
            or OTHER_OPENING.match(ctx.text, subject_start, verb):
        return None  # "Le centre hospitalier de X, dont le bassin englobe ...": not a CPTS's perimeter
    return ctx.pronoun_antecedent(sentence) or ctx.focus_at(sentence.start)


def _cut_subject_start(text: str, start: int) -> int:
    """Where the sentence at `start` really opens: the statistical splitter cuts some sentences
    after their first words ("Le Contrat | Local de Santé du X regroupe ..."); a sentence opens
    after a full stop or a line break."""
    opening = CUT_OPENING.search(text, max(0, start - 30), start)
    return opening.end() if opening else start


# A sentence that opens on a profession, a person or an action: "Les sages-femmes interviennent sur A, B
# et C", "Le Dr X intervient sur ...", "Les premières actions concernent les habitants de A, B et C"
OTHER_OPENING = re.compile(rf"\s*(?:(?:le|la|les|l['’]|une?|des|ces|ses|nos|the|its|our)\s+)?(?:{OTHER_OPENERS})\b", re.IGNORECASE)
# The words of a sentence cut off before `start`: after a full stop or a line break, with no such mark after them
CUT_OPENING = re.compile(r"(?:[.!?][ \t]+|\n)(?=[^.!?:;\n]*[^\s.!?:;]\s*$)")


def _topic_of_sentence(ctx: Context, sentence: Span, verb: int) -> bool:
    """"Quant à la CPTS Y, elle couvre ...": the pronoun is the CPTS the sentence opens on."""
    named = [mention.span for mention, _ in ctx.mentions_in(Span(sentence.start, verb))]
    return bool(named) and bool(TOPIC_BEFORE.search(ctx.text, max(sentence.start, named[-1].start - 30), named[-1].start))


TOPIC_BEFORE = re.compile(r"\b(?:quant\s+(?:à|au)|pour|concernant|s['’]agissant\s+de|du\s+côté\s+de|as\s+for|for)\s+(?:la\s+|le\s+|l['’]|the\s+)?$",
                          re.IGNORECASE)


def respective_owner(ctx: Context, span: Span) -> str | None:
    """"La CPTS A et la CPTS B couvrent respectivement la CC X et la CC Y": in a sentence that
    says "respectivement", the CPTS of the same rank as the area among the areas named after
    the last CPTS."""
    sentence = ctx.sentence_at(span.start)
    named = ctx.mentions_in(Span(sentence.start, span.start))
    if not named or not RESPECTIVELY.search(ctx.text, sentence.start, sentence.end):  # "... respectively."
        return None
    owners = list(dict.fromkeys(key for _, key in named))
    rank = len(EPCI_PHRASE.findall(ctx.text, named[-1][0].span.end, span.start))
    return owners[rank] if len(owners) > 1 and rank < len(owners) else None


def named_beside(text: str, start: int, mention: Span, verb: int) -> bool:
    """"voisine de la CPTS Y", "Comme la CPTS Y, ...", "Accompagnée par la CPTS Y, ...": a
    community named beside the subject, not the subject ("voisine de la CPTS Y, qui couvre"
    makes it the subject of its own clause)."""
    return bool(BESIDE.search(text, max(start, mention.start - 40), mention.start)) and \
        not RELATIVE_SUBJECT.fullmatch(text, mention.end, verb)


BESIDE = re.compile(r"\b(?:voisine?s?\s+(?:de|d['’])|comme|à\s+l['’]instar\s+(?:de|d['’])|après|(?:accompagnée?|soutenue?|parrainée?|aidée?)s?\s+par|"
                    r"aux\s+côtés\s+(?:de|d['’])|like|after|alongside|next\s+to|supported\s+by)\s+(?:la\s+|le\s+|l['’]|the\s+)?$",
                    re.IGNORECASE)
RELATIVE_SUBJECT = re.compile(r"\s*,?\s*(?:qui|which|that)\s+(?:[\w'’]+\s+){0,2}", re.IGNORECASE)
# "Comme la CPTS Y, elle couvre ...": a pronoun is the subject of the verb, the CPTS named before is not
# "..., elle couvre", "..., la nouvelle venue couvre": the sentence's subject, the CPTS spoken of
PRONOUN_SUBJECT = re.compile(rf",\s*(?:elle|celle-ci|it|(?:la|cette|the)\s+(?:{NEWCOMER}|nouvelle\s+(?:association|CPTS)|new\s+CPTS))"
                             r"\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)


def other_subject(text: str, start: int, end: int) -> bool:
    """Whether a body other than a CPTS is the subject between `start` and `end`; a place the
    sentence opens with ("Située dans le département de X, elle couvre ...") is not one, nor the body
    a CPTS is said of ("Septième CPTS du département, elle couvre ...")."""
    return any(not PLACE_BEFORE.search(text, max(start, m.start() - PLACE_REACH), m.start())
               and not POSSESSIVE_BEFORE.search(text, max(start, m.start() - PLACE_REACH), m.start())
               and not CPTS_OF_BEFORE.search(text, max(start, m.start() - 20), m.start())
               and not AT_BEFORE.search(text, max(start, m.start() - 8), m.start())
               for m in OTHER_SUBJECT.finditer(text, start, end))


# "Infirmière à la maison de santé de X, elle ...": where someone works, not the sentence's subject
AT_BEFORE = re.compile(r"\b(?:à|au|aux|at)\s+(?:(?:la|l['’]|the)\s*)?$", re.IGNORECASE)


# "Son bassin de vie correspond à ...": the CPTS's own, not another body
POSSESSIVE_BEFORE = re.compile(r"\b(?:son|sa|notre|its|our)\s+$", re.IGNORECASE)
CPTS_OF_BEFORE = re.compile(r"\b(?:CPTS|premi[eè]re?|seconde?|\w+i[eè]me|\d+(?:e|è|ème)|first|second|third|\w+th)\s+"
                            r"(?:du|de\s+la|de\s+l['’]|de|des|of\s+the|in\s+the)\s+$", re.IGNORECASE)


# Subjects of a sentence that are not a CPTS: what they cover is not its perimeter.
OTHER_SUBJECT = re.compile(
    rf"\b(?:{OTHER_GROUPINGS}|hôpital|hospital|centre\s+hospitalier|clinique|clinic|CHU|GHT|département|department|région|region|"
    r"ville|town|city|bassin\s+de\s+(?:vie|recrutement|santé)|zones?\s+d['’](?:intervention\s+prioritaires?|action\s+complémentaires?)|ZIP|ZAC|zonage|maisons?\s+de\s+santé|MSP|centres?\s+de\s+santé|EHPAD|"
    r"contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS|CLSM|PTSM|DAC|dispositif\s+d['’]appui|local\s+health\s+contract|"
    # a means of transport: the places it serves
    r"navettes?|bus|transports?\s+(?:à\s+la\s+demande|en\s+commun|solidaires?)|shuttles?|SMUR|SAMU|ambulances?|"
    # other services and bodies: home nursing, the duty rota, a ski resort, a natural park
    r"SSIAD|services?\s+de\s+soins|secteurs?\s+de\s+(?:garde|permanence)|médecins\s+de\s+garde|stations?|parcs?\s+naturels?|PNR|"
    # the access-to-care service, psychiatric and child-health centres, laboratories
    r"services?\s+d['’]accès\s+aux\s+soins|SAS|centres?\s+médico-psycho\w+|CMP|PMI|laboratoires?|"
    # other care teams and networks, a practice, a profession
    r"pôles?\s+de\s+santé|équipes?\s+de\s+soins(?:\s+primaires)?|ESP|réseaux?\s+de\s+santé|PTA|cabinets?|"
    r"associations?\s+de\s+(?:médecins|garde)|infirmi(?:er|ère)s?\s+libéra(?:les?|ux))\b",
    re.IGNORECASE)


# "CC du Val : A, B, C" on a line of its own: an intercommunality and its communes, one line each
LABELLED_LINE = re.compile(r"[^\S\n]*[A-ZÀ-Ý][^:\n]{2,80}?\s:[^\S\n]*[A-ZÀ-Ý]")


def list_items(text: str, colon_end: int) -> list[Span]:
    """The items of a list that follows a colon: bullet lines with their continuation lines.

    A line without a bullet also opens an item when the item before it ended with ";", "..." or
    "etc.", or when it is the first line and ends with ";" or the next one has a bullet (OCR loses
    dashes), and each of a run of lines that open with a label and a colon ("CC du Val : A, B").
    """
    items: list[list[int]] = []
    pos = colon_end
    rest_of_line = text[pos:text.find("\n", pos) if "\n" in text[pos:] else len(text)]
    if rest_of_line.strip():
        return _split_on(text, pos, pos + len(rest_of_line), ";")
    lines = [(pos + m.start(), pos + m.end()) for m in re.finditer(r"[^\n]*\n?", text[pos:]) if m.group()]
    blank_since_item, labelled_run = False, True
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            blank_since_item = True
            continue
        after_closed_item = bool(items) and ITEM_CLOSED.search(text, items[-1][0], items[-1][1]) is not None
        opens_list = not items and (line.rstrip().endswith(";") or _next_line_has_bullet(text, lines, i))
        label = LABELLED_LINE.match(line)
        labelled = labelled_run and not (items and blank_since_item) and bool(label and EPCI_PHRASE.search(label.group()))
        labelled_run = labelled
        if BULLET.match(line) or after_closed_item or opens_list or labelled:
            items.append([start, end])
        elif items and not blank_since_item and not NEW_SENTENCE.match(line) \
                and not _sentence_after_name(text, items[-1], line):
            items[-1][1] = end
        else:
            break
        blank_since_item = False
    return [Span(s, e) for s, e in items]


# A line that opens a sentence after the list, not the rest of an item cut at the line's end:
# "Elle rassemble ...", "La présidente est ..." (not "Le Lude", "Pays de Sablé")
NEW_SENTENCE = re.compile(r"[ \t]*(?:Elles?|Ils?|Ce|Cet|Cette|Ces|Les?|La|L['’]|Une?|Des|Nous|On|Son|Sa|Ses|Leur|The|It|This|They|Its)"
                          r"\s+(?!(?:de|du|des|la|le|les|sur|sous|en|et|lès|lez|aux?|of|the|and)\b)[a-zà-ÿ]{2,}")


def _sentence_after_name(text: str, item: list[int], line: str) -> bool:
    """"- CC Faucigny-Glières\nElle rassemble 80 professionnels.": a sentence under a bullet
    that ends on a name is the paragraph after the list, not the rest of the item (a wrapped
    item goes on after a small word or a comma: "- CC du Val de\nSaône")."""
    return bool(BULLET.match(text, item[0])) and bool(NAME_AT_END.search(text, item[0], item[1])) \
        and bool(SENTENCE_LINE.match(line))


NAME_AT_END = re.compile(r"(?:\b[A-ZÀ-Ý][\w'’-]*|\))[ \t]*\n?$")
SENTENCE_LINE = re.compile(r"[ \t]*[A-ZÀ-Ý][\w'’]*[ \t]+[a-zà-ÿ][^\n]*[.!?][ \t]*\n?$")
# An item ends at ";", and at "..." or "etc." (the next line, its bullet lost, opens another)
ITEM_CLOSED = re.compile(r"(?:;|\.\.\.|…|\betc\.?)[ \t]*\n?$")


def _next_line_has_bullet(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    following = [text[s:e] for s, e in lines[i + 1:] if text[s:e].strip()][:1]
    return bool(following) and bool(BULLET.match(following[0]))


def slash_before_area(text: str, i: int) -> bool:
    """"CC X / CC Y": a slash followed by another typed area (not "Pouilly en Auxois / Bligny")."""
    return text[i] == "/" and bool(re.match(r"\s*(?:CC|CA|CU|[Cc]ommunauté|[Mm]étropole)\b", text[i + 1:i + 20]))


def _split_on(text: str, start: int, end: int, sep: str) -> list[Span]:
    spans, depth, item_start = [], 0, start
    for i in range(start, end):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and (ch == sep or slash_before_area(text, i)):
            spans.append(Span(item_start, i))
            item_start = i + 1
    spans.append(Span(item_start, end))
    return [s for s in spans if text[s.start:s.end].strip()]


def document_departments(ctx: Context, departments_of) -> list[str]:
    """The departments the text names and those of the CPTS it is about: where names are linked."""
    return sorted({d.code for d in ctx.departments} | {d for key in ctx.subjects for d in departments_of(key)})


def owner_before(ctx: Context, span: Span) -> str | None:
    """The CPTS a list or an area belongs to: the last one named before it in its sentence,
    else the subject in focus (a heading above, "Elle couvre ..."). One named after it is
    most often another community ("..., rattachées à la CPTS X")."""
    sentence = ctx.sentence_at(span.start)
    compared = COMPARED_FRONTED_RE.match(ctx.text, sentence.start, span.start)  # "Après la CPTS X, elle couvre ...": not X
    start = compared.end() if compared else sentence.start
    # (not one named in an aside closed before it: "la CC X (sauf A, rattachée à la CPTS Y) et la CC Z")
    before = [key for mention, key in ctx.mentions if start <= mention.span.start < span.start
              and not _in_closed_aside(ctx.text[mention.span.end:span.start])]
    return before[-1] if before else ctx.focus_at(span.start)


def _in_closed_aside(after_name: str) -> bool:
    """Whether the words after a name close a bracket opened before it."""
    close = after_name.find(")")
    return close >= 0 and "(" not in after_name[:close]


# "Implantée sur un territoire allant de A à B, la CPTS X ...": a participle's clause opens the sentence
OPENING_PARTICIPLE = re.compile(r"[\s«\"“]*[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|ed)\b")
SUBJECT_AFTER_CLAUSE = re.compile(r",\s*(?:la|le|l['’]|the)?\s*$", re.IGNORECASE)


def owner_after_opening_clause(ctx: Context, span: Span) -> str | None:
    """The CPTS named as the subject right after the opening participle's clause that holds the span."""
    sentence = ctx.sentence_at(span.start)
    if not OPENING_PARTICIPLE.match(ctx.text, sentence.start, span.start):
        return None
    after = next(((m, key) for m, key in ctx.mentions if span.end <= m.span.start < sentence.end), None)
    if after is None or not SUBJECT_AFTER_CLAUSE.search(ctx.text, span.end, after[0].span.start):
        return None
    return after[1]


def owner_of_list(ctx: Context, span: Span) -> str | None:
    """The CPTS a list of communes belongs to: one named after it in its sentence when the words
    between make the places its territory ("A, B et C forment le territoire de la CPTS X", "...
    relèvent de la CPTS X"), else the one named before it or in focus (owner_before)."""
    sentence = ctx.sentence_at(span.start)
    if not any(sentence.start <= mention.span.start < span.start for mention, _ in ctx.mentions):
        after = next(((m, key) for m, key in ctx.mentions if span.end <= m.span.start < sentence.end), None)
        # (not past an exception: "A, B et C, à l'exception de D, qui relève de la CPTS X": D is X's, not the list)
        # nor inside an aside: "la CC X (sans les communes rattachées à la CPTS Y)"
        if after and not EXCEPTION_BETWEEN.search(ctx.text, span.end, after[0].span.start) \
                and not _inside_brackets(ctx.text[span.end:after[0].span.start]) \
                and (OWNED_BY.search(ctx.text, span.end, after[0].span.start)
                     or COLON_BEFORE_NAME.fullmatch(ctx.text, span.end, after[0].span.start)):
            return after[1]
    return owner_before(ctx, span)


def _inside_brackets(between: str) -> bool:
    return between.rfind("(") > between.rfind(")")


# Words between places and the CPTS named after them that make them its territory
OWNED_BY = re.compile(
    r"\b(?:territoire|périmètre|territory|perimeter|relèv\w*|dépend\w*|fai(?:t|saient)\s+partie|font\s+partie|"
    r"rattachée?s?|appartien\w*|belongs?|(?:is|are)\s+part|couverte?s?\s+par|covered\s+by)\b[^.;:]{0,30}$"
    # "A, B et C forment la CPTS X": the places make up the community itself
    r"|\b(?:forment|formeront|composent|constituent)\s+(?:(?:aujourd['’]hui|désormais|ensemble)\s+)?la\s+$",
    re.IGNORECASE)
EXCEPTION_BETWEEN = re.compile(r"\b(?:à\s+l['’]exception|sauf|hormis|excepté\w*|except)\b", re.IGNORECASE)
# "A, B, C : la CPTS X est née": a headline's places, then the CPTS after a colon
COLON_BEFORE_NAME = re.compile(r"[ \t]*[:–—][ \t]*(?:(?:la|le|the)[ \t]+)?", re.IGNORECASE)
