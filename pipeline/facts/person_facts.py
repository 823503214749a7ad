"""The fact of a person holding a role in a CPTS: the CPTS it is about (unless another body's), the
name as displayed, and the role in its holder's gender (the role's words, a title, a feminine word next
to the name, else the first name when the words give none)."""
from __future__ import annotations

import re

from ..model import Fact, Span
from .common import attribution_confidence
from .context import Context
from .first_names import is_feminine_first_name, is_known_first_name
from .person_names import LOW, UP, Name
from .role_holders import Role
from .role_words import FEMININE_HINT, OTHER_BODY, ROLE_RE

BARE_ROLE = 0.8  # a role with no "de la CPTS" after it: the sentence's CPTS is a guess


def person_fact(ctx: Context, role: Role, name: Name, between: str) -> tuple[str | None, int, Fact | None]:
    whole = name.span.union(role.span)
    # "« ... » (Anne Durand, présidente de la CPTS)": an office in "la CPTS" is the CPTS the text speaks of
    key = role.key or ctx.target_for(whole) or _caption_target(ctx, whole) or \
        (ctx.focus_at(whole.start) if role.of_cpts else None)
    if key is None or not role.of_cpts and _for_other_body(ctx, name.span.start):
        return None, 0, None
    after = ctx.text[name.span.end:name.span.end + 40]
    written_name = _display_name(_full_name(ctx, ctx.text[name.span.start:name.span.end]))
    feminine = role.feminine_word or bool(
        re.search(r"Mme|Madame|Mlle|Mademoiselle|Docteure|Doctoresse|Mrs|Ms", name.title)
        or FEMININE_HINT.search(between)
        or re.match(rf"\s*,\s*(?![Ee]lle\b)(?:{FEMININE_HINT.pattern})", after)  # ", elle regroupe": the CPTS
        or _gender_left_open(ctx, role) and not MASCULINE_TITLE.search(name.title)
        and is_feminine_first_name(written_name))
    value = {"name": written_name,
             "role": role.feminine if feminine else role.masculine}
    confidence = attribution_confidence(ctx, whole, key)
    if not role.of_cpts:
        confidence = min(confidence, BARE_ROLE)
    return key, int(role.of_cpts), Fact(value, name.span, confidence=confidence)


MASCULINE_TITLE = re.compile(r"\b(?:M\.|Mr|Monsieur)")


def _gender_left_open(ctx: Context, role: Role) -> bool:
    """Whether the words of a role leave its holder's gender to the name: a verb or noun of office
    ("présidée par", "à la tête de"), a plural ("les co-présidents"), an English word ("its coordinator"),
    inclusive writing ("président·e");
    not a French singular as written ("Anne Roux, président de la CPTS" stays as written)."""
    m = ROLE_RE.fullmatch(ctx.text, role.span.start, role.span.end)
    if m is None:
        return True
    word = m.group("role").split()[0]
    return word.lower().endswith("s") or ctx.lang == "en" or ENGLISH_ROLE.fullmatch(word) is not None \
        or m.group("inclusive") is not None


ENGLISH_ROLE = re.compile(r"(?i:chair\w*|coordinators?|directors?|treasurers?|secretar(?:y|ies)|president)")


# "pour la CPAM, Jean Dupont, directeur": the body a signatory speaks for, before the name in its clause
FOR_BODY = re.compile(rf"\b(?:pour|for|côté|du\s+côté\s+d[eu'’])\s*(?:la|le|l['’]|les|the)?\s*(?P<body>{OTHER_BODY.pattern})",
                      re.IGNORECASE)


def _for_other_body(ctx: Context, pos: int) -> bool:
    sentence = ctx.sentence_at(pos)
    clause = max(sentence.start, ctx.text.rfind(";", sentence.start, pos) + 1, ctx.text.rfind(":", sentence.start, pos) + 1)
    return bool(FOR_BODY.search(ctx.text, clause, pos))


def _caption_target(ctx: Context, span: Span) -> str | None:
    """People listed in brackets after a sentence on a CPTS ("La CPTS a signé (de g. à d. : Anne Durand,
    présidente, ...)") are the sentence's CPTS's, unless the brackets follow another body ("l'URPS (...)")."""
    sentence = ctx.sentence_at(span.start)
    paren = ctx.text.rfind("(", sentence.start, span.start)
    if paren < 0 or OTHER_BODY.search(ctx.text, max(sentence.start, paren - 40), paren):
        return None
    return ctx.explicit_target(Span(paren, paren + 1))


def _full_name(ctx: Context, written: str) -> str:
    """A surname alone ("le Dr Plassard") as the text writes it in full elsewhere ("Adrien Plassard"): the first
    first name and that surname the text writes together, a listed first name or a person's for spaCy."""
    if len(written.split()) != 1:
        return written
    first_then_surname = re.compile(
        rf"(?<![\w'’-])(?P<first>[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?)[ \u00a0]+(?={re.escape(written)}(?![\w'’-]))")
    for m in first_then_surname.finditer(ctx.text):
        first = m.group("first")
        if NOT_A_FIRST_NAME.fullmatch(first) or PLACE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            continue  # "le Dr Plassard", "rue Jean Plassard"
        if is_known_first_name(first) or any(p.start <= m.start() < p.end for p in ctx.persons):
            return m.group() + written
    return written


NOT_A_FIRST_NAME = re.compile(r"(?i:dr|docteure?|pr|prof|professeure?|madame|mademoiselle|monsieur|mme|mlle|maître|me)")
PLACE_BEFORE = re.compile(
    r"(?i:\b(?:rue|avenue|place|boulevard|allée|quai|école|collège|lycée|centre|hôpital|maison)\s+)$")


def _display_name(written: str) -> str:
    """ "Jean DUPONT" -> "Jean Dupont"; spaces and line breaks made single spaces."""
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in written.split())
    return re.sub(r"(?<=-)(\w)", lambda c: c.group(1).upper(), name)
