"""Who holds a role: the person's name before the role (in apposition, "X est le président",
a signature's line above) or after it ("la présidente de la CPTS, le Dr Anne Durand").

What a person's name is: pipeline.facts.person_names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .context import Context
from .name_words import LEADING_ARTICLE_RE
from .person_names import LOW, NAME_RE, TITLE, UP, Name, as_name, names_in
from .role_antecedents import fronted_before_pronoun, profession_holder, pronoun_holder_of, speaker_before
from .role_topic import about_the_cpts
from .role_words import ADVERB, CPTS_CUE, FRONTED_ASIDE, OTHER_BODY, ROLE_RE


# --- between the name and the role ----------------------------------------------------------
# "Jean Dupont, médecin à Nîmes et président ...", "Jean Dupont (président ...)": a short phrase
# that holds no clause (no relative pronoun, no auxiliary) and names no one else; or the role in brackets after the
# name's profession: "Anne Durand, infirmière (vice-présidente)".
APPOSITION = re.compile(
    r"\s*(?:[,(–—|]|\s-\s)\s*(?:[^.;:!?«»\"“”()|]{0,100}?(?:\s+et\s+|\s+and\s+|\s*,\s*|\s+|\s*\())?$")
# "Anne Durand, sa présidente, ...", "Anne Durand, the chair of ..."
DETERMINER_APPOSITION = re.compile(  # "Jane Doe, a GP and the chair of ...": a profession before it
    r"\s*(?:[,(–—]|\s-\s)\s*(?:(?:an?|une?)\s+[^,.;:!?«»\"“”()]{1,40}?\s+(?:and|et)\s+)?(?:le|la|l['’]|son|sa|leur|notre|the|its|their|our|"
    r"(?:l['’])?une?\s+(?:de\s+)?(?:des|ses|ces)|one\s+of\s+(?:the|its)|"  # "Paul Morel, l'un des initiateurs de la CPTS"
    r"(?:the\s+)?(?:CPTS|community)['’]s)\s*(?:CPTS\s+)?$",
    re.IGNORECASE)
CLAUSE_WORD = re.compile(
    r"\b(?:qui|que|qu['’]|dont|où|who|which|that|a|ont|est|sont|était|avait|has|have|is|are|was|were|"
    r"le|la|les|l['’]|du|des|au|aux|son|sa|ses|leur|the|its|their|pour|comme|avec|par|as|with|by)\s*$|"
    r"\b(?:qui|que|dont|who|which|ont|est|sont|était|avait|has|have|had|is|are|was|were|said|says)\b|"
    r"\ba\s+\w+(?:é|i|u|it|is)\b", re.IGNORECASE)  # "a salué": a verb
COPULA = re.compile(
    r"\s*,?\s*(?:(?:qui|who)\s+)?(?:en\s+|y\s+)?(?:(?:est|était|sera|devient|reste|is|was|became|becomes|serves\s+as|"
    r"(?:sont|étaient|are|were)(?:\s+(?:les|ses|leurs|the|their)\b)?|"
    r"(?:a|ont)\s+été\s+(?:\w+\s+)?|vien(?:t|nent)\s+d['’]être\s+|(?:has|have)\s+been\s+(?:\w+\s+)?)\s*)?"
    rf"(?:{ADVERB}\s+)?(?:(?:r?éélue?s?|élue?s?|nommée?s?|désignée?s?|recrutée?s?|embauchée?s?|arrivée?s?|elected|appointed|named|"
    # "recrutée en septembre comme", "hired in 2023 as"
    r"hired|recruited)\s+(?:(?:en|in|depuis|since|dès|le|on)\s+[\w ]{1,20}?\s+(?=comme|as\s|en\s+tant))?(?:comme\s+|as\s+|en\s+tant\s+que\s+)?)?"
    # "a rejoint la CPTS comme", "a intégré l'équipe de la CPTS en tant que", "joined the CPTS as"
    r"(?:(?:a\s+|has\s+)?(?:rejoint|intégré|joined)\s+(?:la|l['’]|the)\s*(?:équipe\s+de\s+la\s+|team\s+of\s+the\s+)?"
    r"(?:CPTS|association|équipe|team)\s+)?"
    # "occupe le poste de", "a pris ses fonctions de", "a été recrutée comme"
    r"(?:(?:occupe|occupait|a\s+pris|prend|exerce|exerçait)\s+(?:(?:en|depuis|dès)\s+[\w ]{1,20}?\s+)?"  # "a pris en mars"
    r"(?:le\s+poste|la\s+fonction|les\s+fonctions|"
    r"ses\s+fonctions)\s+(?:de\s+|d['’])|(?:comme|en\s+tant\s+que|as)\s+|"
    # "a recruté Julie Perrin au poste de coordinatrice", "embauchée en qualité de chargée de mission"
    r"(?:au\s+poste|en\s+qualité)\s+(?:de\s+|d['’]))?"
    r"(?:(?:le|la|l['’]|the|its|our|notre|leur|their|sa|son)\s*|(?:l['’])?une?\s+(?:des|de\s+ses)\s+|one\s+of\s+(?:the|its)\s+)?"
    r"(?:CPTS\s+)?(?:(?:nouvel(?:le)?|nouveau|premi(?:er|ère)|actuel(?:le)?|future?|jeune|new|first|current)\s+)?$", re.IGNORECASE)
PLACE_OF_PRACTICE = re.compile(r"\b(?:à|au|aux|de|du|des|d['’]|en|at|in|of|from)\s+(?:la\s+|le\s+|les\s+)?$")
# "son président, Jean Dupont", "la présidente de la CPTS : le Dr Anne Durand", "Coordinatrice depuis 2022, Anne ...",
# "Son président depuis 2021 est Jean Dupont"
# "présidée par le pharmacien Jean Dupont", "chaired by the local GP Jean Dupont", "... par deux médecins, Jean
# Dupont et": words before the name; "Il s'agit de Jean Dupont", "Le président de la CPTS s'appelle Jean Dupont"
NAME_GAP_AFTER = re.compile(r"(?:\s*\((?:CPTS|[A-ZÀ-Ý]{2,8})\))?"  # "la présidente de la Communauté ... (CPTS) Anne Durand"
                            # the holder's profession after the role: "une vice-présidente infirmière, Anne Durand"
                            r"(?:\s+(?:médecin|infirmi[eè]re?|pharmacien(?:ne)?|kinésithérapeute|sage-femme|orthophoniste|"
                            r"dentiste|podologue|psychologue|diététicienne?|ergothérapeute)(?=\s*,))?"
                            r"(?:\s+(?:depuis|since|en|in)\s+[\w ]{1,20}?(?=\s*[,:]|\s+(?:est|is)\s))?\s*(?:[,:–—|-]|\.{3,}|\(|"
                            r"(?:\best\s+)?(?:occupée?|tenue?)\s+par\b|\b(?:est|sont|is|are)\b|"  # "le poste est occupé par"
                            r"(?:\.\s*(?:Il|Elle)\s+)?s['’]agit\s+(?:de\s+|du\s+|d['’])|s['’]appelle\b|se\s+nomme\b)?\s*"
                            rf"(?:(?:le|la|l['’]|the)\s*[{LOW}-]{{2,}}(?:\s+[{LOW}-]{{4,}})?\s+(?=[{UP}])|"
                            # English writes a bare profession before the name: "its chair, pharmacist Jane Doe"
                            r"(?:(?:local\s+)?(?:GP|nurse|pharmacist|physician|doctor|midwife|physiotherapist)\s+)|"
                            rf"(?:deux|trois|quatre|cinq|six|plusieurs|une?|two|three|four|five|six|several|an?)\s+[{LOW}-]{{3,}}(?:\s+[{LOW}'’-]{{2,}}){{0,3}}?\s*[,:]\s*"
                            r"(?:(?:dont|notamment|including)\s+)?)?")  # "un groupe de soignants, dont A et B"
# "du Dr Jean Dupont et d'Anne Durand", "de Jean Dupont et du Dr Anne Durand"
# or a profession after each name: "Jean Dupont, médecin, et Anne Durand, pharmacienne", "Jean Dupont (médecin) et"
NAME_JOINT = (r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:,\s*[a-zà-ÿ][^,;:.()«»\"“”]{0,40}?\s*(?=,|\bet\b))?"
              r"\s*(?:,(?:\s*(?:et|and)\b,?)?|\bet\b|\band\b|&)\s*")  # ", et, B": a stray comma after "et"
SECOND_NAME_GAP = re.compile(NAME_JOINT + r"(?:(?:d['’]|de\s+|par\s+)(?=[A-ZÀ-Ý])|(?:du|par\s+le)\s+(?=(?:Dr|Pr|[Dd]octeur|[Pp]rofesseur)\b))?")
# a name with a verb of its own opens another clause: "présidée par A, et B assure la coordination"
OWN_VERB_AFTER = re.compile(r"\s+(?:assur(?:e|ait)|occup(?:e|ait)|pren(?:d|ait)|a\s+pris|coordonn(?:e|ait)|dirig(?:e|eait)|anim(?:e|ait)"
                            r"|est|sera|était|devient|rejoint|a\s+rejoint|complète|takes|holds|is|was|runs|coordinates)\b")
# between two names of a list, the second one's title included: "Anne Durand, le Dr Jean Dupont et ..."
LISTED_GAP = re.compile(NAME_JOINT + rf"(?:d['’]|du\s+)?(?:{TITLE})?")

# "Elle est aussi présidente ...", "He is the CPTS's chairman", "Kinésithérapeute à Percy, elle a été élue présidente":
# the role of a person named before
PRONOUN_HOLDER = re.compile(
    r"\b((?-i:Il|Elle|He|She|il|elle|he|she))\s+(?:en\s+)?(?:est|était|a\s+été|devient|is|was|has\s+been|became)\s+"
    rf"(?:{ADVERB}\s+)?(?:(?:r?éélue?|élue?|nommée?|elected|appointed)\s+)?(?:le|la|l['’]|the|its)?\s*$"
    # "Anne Durand et Jean Dupont sont médecins. Ils en sont les co-présidents."
    r"|\b(Ils|Elles|They)\s+(?:en\s+)?(?:sont|étaient|ont\s+été|are|were|have\s+been)\s+"
    rf"(?:{ADVERB}\s+)?(?:(?:r?éélu\w*|élu\w*|nommé\w*|elected|appointed)\s+)?(?:les|the|its)?\s*$")


FRONTED_APPOSITION = re.compile(rf"[\s«\"“]*{FRONTED_ASIDE}")  # before a pronoun opening a clause
# an office between a name and a later role: the name holds that office, the later role is someone else's
OFFICE_WORD = re.compile(r"\b(?:pr[ée]sident|coord(?:in|onn?)at(?:eur|rice)|direct(?:eur|rice)|"
                         r"secr[ée]taire|tr[ée]sori(?:er|ère))", re.IGNORECASE)


@dataclass
class Role:
    masculine: str
    feminine: str
    span: Span           # the role word(s)
    end: int             # end of the role phrase: "président de la CPTS du Sud"
    of_cpts: bool        # the CPTS is named after the role
    key: str | None      # the CPTS the phrase names, if any
    feminine_word: bool  # the text wrote the feminine form
    plural: bool
    nth: int | None = None  # its place in "A et B, respectivement présidente et coordinatrice"
    listed_before: int | None = None  # where "respectivement" stands, the names listed before it


# --- who holds a role ---------------------------------------------------------------------------
def people_of(ctx: Context, role: Role) -> list[tuple[Name, str]]:
    """The people a role phrase gives, with the words between them and the role."""
    sentence = ctx.sentence_at(role.span.start)
    if not role.of_cpts and not about_the_cpts(ctx, role.span.start):
        return []
    # "Présidente : Anne Durand", a line of a list: the name after the colon
    if role.nth is not None:
        names = _respective_names(ctx, role.listed_before, sentence)
        return [(names[role.nth], "")] if 1 < len(names) and role.nth < len(names) else []
    # or a row of a table: "Présidente | Anne Durand | Infirmière", or "Présidente – Anne Durand" opening its line
    listed = _labels_a_name(ctx, role) and names_after(ctx, role.end)
    before = None if listed else _name_before(ctx, role, sentence)
    if before and OFFICE_WORD.search(before[1]) and names_after(ctx, role.end):
        before = None  # "A, coordinateur de la CPTS, avec son collègue, chargé de mission, B": B's role
    if before and DETERMINED_ROLE.search(before[1]) and \
            re.match(r"[ \t]+[A-ZÀ-Ý]", ctx.text[role.end:role.end + 3]) and names_after(ctx, role.end):
        before = None  # "Aux côtés de la présidente, A, le trésorier B a ...", "à nos deux vice-présidents B et C"
    if before and INDEFINITE_BEFORE.search(before[1]) and names_after(ctx, role.end):
        before = None  # "le bureau se compose d'un président, A, d'une trésorière, B": each role, the name after it
    if before:
        name, between = before
        people = [(name, between)]
        if _shared(role):
            people += [(n, "") for n in names_listed_before(ctx, name.span.start, sentence)]
        return people
    names = names_after(ctx, role.end)
    if not _shared(role):
        names = names[:1]
    if not names:
        return _pronoun_holder(ctx, role, sentence) or fronted_before_pronoun(ctx, role, sentence) or \
            speaker_before(ctx, role, sentence) or profession_holder(ctx, role, sentence) or _interviewee(ctx, role, sentence)
    # the words before a later name of the list are another's ("A (pharmacienne) et B"): its gender is its own
    return [(n, ctx.text[role.end:n.span.start] if i == 0 else "") for i, n in enumerate(names)]


# a determiner before the role, which a name after it holds
DETERMINED_ROLE = re.compile(r"\b(?:le|la|les|son|sa|ses|notre|nos|leurs?|the|its|their|our)"
                             r"(?:\s+(?:deux|trois|quatre|two|three|four))?\s*$", re.IGNORECASE)


def _labels_a_name(ctx: Context, role: Role) -> bool:
    """Whether the role is a label, the name after it: "Présidente : A", "Présidente | A", "Présidente ...... A", a line
    "Présidente – A"."""
    after = _skip_spaces(ctx.text, role.end)
    if ctx.text.startswith((":", "|", "..."), after):
        return True
    line_start = ctx.text.rfind("\n", 0, role.span.start) + 1
    return ctx.text.startswith(("–", "—", "- "), after) and not ctx.text[line_start:role.span.start].strip(" \t•·*-")


INDEFINITE_BEFORE = re.compile(r"(?:\bd['’]|\b)(?:un|une|a|an)\s+$", re.IGNORECASE)


def _shared(role: Role) -> bool:
    """A role several people hold together: "co-présidents", "coprésidente" ("coordinatrice" is one's)."""
    return role.plural or (role.masculine.startswith("co") and not role.masculine.startswith("coord"))


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\xa0":
        pos += 1
    return pos


def _pronoun_holder(ctx: Context, role: Role, sentence: Span) -> list[tuple[Name, str]]:
    """ "Anne Durand s'est installée en 2015. Elle est aussi présidente de la CPTS": the person
    named last in the sentences before the pronoun."""
    pronoun = PRONOUN_HOLDER.search(ctx.text, max(sentence.start, role.span.start - 60), role.span.start)
    if not pronoun or not FRONTED_APPOSITION.fullmatch(ctx.text, sentence.start, pronoun.start()):
        return []
    if pronoun.group(2):  # a plural pronoun: the names listed last before it
        held = pronoun_holder_of(ctx, sentence)
        listed = names_listed_before(ctx, held[0][0].span.start, ctx.sentence_at(held[0][0].span.start)) if held else []
        return [(name, "") for name in [*reversed(listed), *(name for name, _ in held)]] if listed else []
    between = pronoun.group() if pronoun.group(1).lower() in ("elle", "she") else ""
    return [(name, between) for name, _ in pronoun_holder_of(ctx, sentence)]


# an interview: "Entretien avec Anne Durand ... Vous êtes présidente de la CPTS depuis 2020 ?", "An interview with Jane
# Doe ... You are a civil coordinator, ..."
YOU_ARE = re.compile(
    rf"\b(?:Vous|You)\s+(?:êtes|étiez|avez\s+été|are|were|have\s+been)\s+(?:{ADVERB}\s+)?"
    r"(?:(?:r?éélue?|élue?|nommée?|elected|appointed)\s+)?(?:(?:le|la|l['’]|une?|the|an?)\s*)?(?:[a-zà-ÿ-]+\s+)?$",
    re.IGNORECASE)
INTERVIEW_LEAD = re.compile(
    r"\b(?:interview\s+(?:with|de\s|d['’])|entretien\s+avec|rencontre\s+avec|entrevue\s+avec|questions?\s+à|"
    r"trois\s+questions\s+à)\s*", re.IGNORECASE)
INTERVIEW_REACH = 2000  # characters back from the question to the interview's lead


def _interviewee(ctx: Context, role: Role, sentence: Span) -> list[tuple[Name, str]]:
    """The person an interview is with, when a question gives them the role ("Vous êtes la présidente ...")."""
    if not YOU_ARE.search(ctx.text, max(sentence.start, role.span.start - 60), role.span.start):
        return []
    leads = list(INTERVIEW_LEAD.finditer(ctx.text, max(0, role.span.start - INTERVIEW_REACH), role.span.start))
    return [(name, "") for name in names_after(ctx, leads[-1].end())[:1]] if leads else []


def _name_before(ctx: Context, role: Role, sentence: Span) -> tuple[Name, str] | None:
    start = max(_row_start(ctx, role.span.start, sentence), role.span.start - 160)
    window = ctx.text[start:role.span.start]
    names = names_in(ctx, start, window)
    if not names:
        return _name_on_line_above(ctx, role)
    name = names[-1]
    between = ctx.text[name.span.end:role.span.start]
    if "\n" in between and _office_on_line_above(ctx, name.span.start):
        return None  # "Vice-présidente\nAnne Roux, infirmière\nCoordinatrice": the name under an office holds that one
    if is_apposition(ctx, name.span.end, role.span.start) or _item_labelled(ctx, name, role):
        return name, between
    return _name_on_line_above(ctx, role)


# "- Anne Roux, infirmière : présidente": a list item, the name opening its line, the office after a colon or a dash
ITEM_LABEL_GAP = re.compile(r"[ \t]*(?:,[^,:;.\n]{1,60}?)?[ \t]*[:–—][ \t]*")
ITEM_OPENING = re.compile(r"[ \t]*(?:[-–•*·▪][ \t]*)?")


def _item_labelled(ctx: Context, name: Name, role: Role) -> bool:
    line_start = ctx.text.rfind("\n", 0, name.span.start) + 1
    return bool(ITEM_OPENING.fullmatch(ctx.text, line_start, name.span.start - len(name.title))) and \
        bool(ITEM_LABEL_GAP.fullmatch(ctx.text, name.span.end, role.span.start))


def _row_start(ctx: Context, pos: int, sentence: Span) -> int:
    """Where the sentence of `pos` starts, or its line when that is a row of a table ("Anne Durand | Présidente"),
    which a sentence may split at its bars, or when no punctuation ends a sentence on the line before it (a
    surname in capitals read as a sentence of its own: "ROUX Anne – présidente")."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    if "|" in ctx.text[line_start:pos] or line_start < sentence.start and \
            not re.search(r"[.!?…;»]", ctx.text[line_start:sentence.start]):
        return min(sentence.start, line_start)
    return sentence.start


# a post's author copied with their degree of connection: "Anne Durand • 2e", "Jane Doe · 3rd+"
CONNECTION_DEGREE = re.compile(r"[ \t]*[•·][ \t]*(?:1er|2e|3e|1st|2nd|3rd)\+?[ \t]*$")


def _name_on_line_above(ctx: Context, role: Role) -> tuple[Name, str] | None:
    """A signature or a caption: "Anne Durand" on a line of its own, "Présidente de la CPTS" (or "Médecin
    généraliste, président de la CPTS") below."""
    line_start = ctx.text.rfind("\n", 0, role.span.start) + 1
    lead = ctx.text[line_start:role.span.start]
    if lead.strip() and not PROFESSION_LEAD.fullmatch(lead) or line_start == 0:
        return None
    above_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
    above = CONNECTION_DEGREE.sub("", ctx.text[above_start:line_start - 1])
    m = NAME_RE.fullmatch(above.strip().rstrip(","))
    if not m:
        return None
    name = as_name(ctx, m, above_start + len(above) - len(above.lstrip()))
    return (name, lead) if name and not _office_on_line_above(ctx, name.span.start) else None


# a profession opening the line of the office: "Médecin généraliste, présidente de la CPTS", "Infirmière et présidente",
# "Médecin généraliste – Président de la CPTS"
PROFESSION_LEAD = re.compile(rf"[ \t]*[{UP}][{LOW}'’ -]{{2,50}}?(?:,[ \t]*|[ \t]+(?:et|and|[–—-])[ \t]+)")


def _office_on_line_above(ctx: Context, pos: int) -> bool:
    """ "Président\nJean Dupont\nCoordinatrice\nAnne Durand": a name under a line that is only an office holds
    that office, not the one on the line below it (unless a name stands above that office: "Jean Dupont\n
    Président\nAnne Durand\nCoordinatrice")."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    if line_start == 0 or not LINE_OPENING_TITLE.fullmatch(ctx.text, line_start, pos):
        return False
    higher_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
    higher = ctx.text[higher_start:line_start - 1].strip(" :\t")
    office = ROLE_RE.match(higher)
    if not office or office.end() != len(higher):
        return False
    top_start = ctx.text.rfind("\n", 0, max(0, higher_start - 1)) + 1
    top = ctx.text[top_start:max(0, higher_start - 1)]
    name = NAME_RE.fullmatch(top.strip().rstrip(","))
    # a person's name, not a heading in capitals ("LE BUREAU")
    return higher_start == 0 or not name or as_name(ctx, name, top_start + len(top) - len(top.lstrip())) is None


LINE_OPENING_TITLE = re.compile(rf"[ \t]*(?:{TITLE})?")  # "Dr " before the name opening its line


RELATIVE_ASIDE = re.compile(r"\s*(?:qui|who)\s+(?!(?:est|a|était|avait|is|has|was)\b).{1,50}")
PROFESSION_THEN_ROLE = re.compile(r"\s+(?:est|était|is|was)\s+(?:[a-zà-ÿ'’-]+\s+){1,3}(?:et|and)\s+")


def is_apposition(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end], between a name and a role, makes the role the name's."""
    # "Anne Durand (à droite) est ...": a bracket is left out, offsets kept
    between = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), ctx.text[start:end])
    if COPULA.fullmatch(between) or DETERMINER_APPOSITION.match(between):
        return True
    # "Anne Durand, médecin généraliste, en est la présidente": an apposition, then the verb
    # or a relative clause: "Anne Durand, qui exerce à Nîmes, est la présidente"
    aside = re.match(r"\s*,([^,;.:!?«»\"“”]{1,60}),", between)
    if aside and (not CLAUSE_WORD.search(aside.group(1)) or RELATIVE_ASIDE.fullmatch(aside.group(1))
                  and not _names_someone(ctx, start + aside.start(1), aside.group(1))) \
            and COPULA.fullmatch(between[aside.end():]) \
            and re.search(r"\b(?:est|était|sera|été|sont|étaient|is|was|been|are|were)\b", between[aside.end():]):
        return True
    # "Anne Durand est médecin généraliste et présidente de la CPTS": a profession, then the role
    if PROFESSION_THEN_ROLE.fullmatch(between) and not CLAUSE_WORD.search(between[4:]):
        return True
    if not APPOSITION.match(between) or CLAUSE_WORD.search(between):
        return False
    return not _names_someone(ctx, start, between)


def _names_someone(ctx: Context, start: int, phrase: str) -> bool:
    """Whether a phrase at `start` names someone (a first and last name), places aside: "pharmacien à Nîmes et"."""
    for m in re.finditer(rf"\b[{UP}][\w'’-]+", phrase):
        at = start + m.start()
        if not PLACE_OF_PRACTICE.search(phrase[:m.start()]) and any(
                p.start <= at < p.end and " " in ctx.text[p.start:p.end].strip() for p in ctx.persons):
            return True
    return False


# between the names and "respectivement": "A (à droite) et B, respectivement ...", "A et B sont respectivement ..."
RESPECTIVE_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:qui\s+)?(?:sont|étaient|seront|sont\s+devenu\w*|are|were)\s+)?")
# "Les deux femmes sont respectivement ...", "Tous deux sont respectivement ...": the pair the sentence before named
PAIR_SUBJECT = re.compile(r"[\s«\"“]*(?:(?:Les|Ces)\s+deux(?:\s+\w+)?|(?:Tous|Toutes)\s+(?:les\s+)?deux|Ils|Elles|"
                          r"They|Both(?:\s+of\s+them)?)\s+(?:sont|étaient|are|were)\s+$")


def _respective_names(ctx: Context, pos: int, sentence: Span) -> list[Name]:
    """The names listed just before "respectivement" at `pos` (brackets such as "(à droite)" aside), or, after
    "Les deux ... sont", the last names the sentence before lists."""
    if PAIR_SUBJECT.fullmatch(ctx.text, sentence.start, pos):
        previous = ctx.sentence_before(sentence.start)
        if previous is None:
            return []
        names = names_in(ctx, previous.start, ctx.text[previous.start:previous.end])
        return _listed_chain(ctx, names, None)
    start = max(sentence.start, pos - 200)
    return _listed_chain(ctx, names_in(ctx, start, ctx.text[start:pos]), pos)


def _listed_chain(ctx: Context, names: list[Name], end: int | None) -> list[Name]:
    """The names joined by commas or "et" that end the list (right before `end` when given)."""
    chain: list[Name] = []
    for name in reversed(names):
        if end is not None:
            gap = re.sub(r"\([^()]*\)", " ", ctx.text[name.span.end:end])
            if not (LISTED_GAP if chain else RESPECTIVE_GAP).fullmatch(gap):
                break
        chain.insert(0, name)
        end = name.span.start
    return chain


def names_listed_before(ctx: Context, pos: int, sentence: Span) -> list[Name]:
    """ "Anne Durand et Jean Dupont, co-présidents": the names before the nearest one."""
    out = []
    while True:
        start = max(sentence.start, pos - 80)
        names = names_in(ctx, start, ctx.text[start:pos])
        if not names or not LISTED_GAP.fullmatch(ctx.text[names[-1].span.end:pos]):
            return out
        out.append(names[-1])
        pos = names[-1].span.start


def names_after(ctx: Context, pos: int, cued: bool = False) -> list[Name]:
    """The person named at `pos` ("Jean Dupont", "le Dr Anne Durand"), and those listed with it."""
    out = []
    gap = NAME_GAP_AFTER.match(ctx.text, pos)
    pos = gap.end()
    while True:
        m = NAME_RE.match(ctx.text, pos)
        if m and BYLINE_OPENING.match(ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1, m.end()):
            return out  # "... avec la coordinatrice de la CPTS X\nPar Anne Roux le 18-09-2023": the journalist
        name = as_name(ctx, m, cued=cued) if m else None
        if name is None or out and OWN_VERB_AFTER.match(ctx.text, name.span.end):
            return out
        out.append(name)
        more = SECOND_NAME_GAP.match(ctx.text, name.span.end)
        if not more or more.end() == name.span.end:
            return out
        pos = more.end()


BYLINE_OPENING = re.compile(r"[ \t]*(?:Par|By)\s")
OF_NAME = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*")


def bare_name_after(ctx: Context, pos: int) -> tuple[int, bool, str | None, bool] | None:
    """"Anne Durand, présidente du Val Fleuri": a CPTS's own name, without the word CPTS, after the role."""
    of = OF_NAME.match(ctx.text, pos)
    if not of:
        return None
    for cpts in ctx.cpts:
        bare = LEADING_ARTICLE_RE.sub("", cpts.name[len("CPTS "):])
        end = of.end() + len(bare)
        if len(bare) > 3 and ctx.text.startswith(bare, of.end()) and not ctx.text[end:end + 1].isalnum():
            return end, True, cpts.key, False
    return None


def last_body_is_cpts(ctx: Context, pos: int) -> bool:
    """The last body named before `pos`, in its sentence or else the one before, is a CPTS; with none named there, the
    text is about one ("Elle réunit 80 soignants. « ... », explique Paul Morel, qui la préside")."""
    sentence = ctx.sentence_at(pos)
    previous = ctx.sentence_before(sentence.start)
    start = previous.start if previous else sentence.start
    before = ctx.text[start:pos]
    cues = [(m.end(), True) for m in CPTS_CUE.finditer(before)] + [(m.end(), False) for m in OTHER_BODY.finditer(before)]
    cues += [(mention.span.end - start, True) for mention, _ in ctx.mentions_in(Span(start, pos))]
    return max(cues)[1] if cues else bool(ctx.subjects)
