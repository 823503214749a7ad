"""Offices fronted before their holder's name: "À la tête de la CPTS, le Dr Jean Dupont", "À sa tête : Jean
Dupont", "À l'origine du projet, A, B et C", "À la présidence, Jean Dupont ; à la coordination, Anne Durand"."""
from __future__ import annotations

import re

from ..model import Span
from .context import Context
from .role_bodies import label_is_the_cptss, nearest_body_is_cpts, office_elsewhere_after, what_follows
from .patterns import matches_in
from .role_holders import Role, names_after
from .role_topic import about_the_cpts
from .role_words import BOARD_THEN_NAMES, FRONTED_ELECTED, FRONTED_HEAD, FRONTED_OFFICE, FRONTED_TIME, ORIGIN_THEN_NAMES


def line_start(ctx: Context, sentence: Span, pos: int) -> int:
    """Where the sentence or line of `pos` starts: lines of a page's menu above a fronted phrase are no head."""
    return max(sentence.start, ctx.text.rfind("\n", 0, pos) + 1)


def _opens_its_line(ctx: Context, pos: int) -> bool:
    return not ctx.text[line_start(ctx, ctx.sentence_at(pos), pos):pos].strip(" \n«\"“•-")


def fronted_heads(ctx: Context):
    """The subject after "À la tête de la CPTS (...)," (FRONTED_HEAD): its president."""
    for m in matches_in(FRONTED_HEAD, ctx.text):
        sentence = ctx.sentence_at(m.start())
        if not _opens_its_line(ctx, m.start()):
            continue
        end, of_cpts, key, _ = (m.end(), True, None, False) if m.group("its") else what_follows(ctx, m.end())
        # "À sa tête, le Dr Jean Dupont", "À sa tête : Jean Dupont"
        comma = next((m.start() for m in re.finditer(r"[,:]", ctx.text[end:min(sentence.end, end + 60)])), -1)
        comma = comma + end if comma >= 0 else -1
        if of_cpts and comma > 0:
            role = Role("président", "présidente", Span(m.start(), end), end, True, key, bool(m.group("fem")), False)
            yield from ((name, role) for name in names_after(ctx, comma + 1)[:1])


def origin_listed_after(ctx: Context):
    """The initiators named after an origin (ORIGIN_THEN_NAMES): fronted, or after a colon."""
    for m in matches_in(ORIGIN_THEN_NAMES, ctx.text):
        if m.group("sep") == "," and not m.group()[0].isupper():
            continue  # "Les soignants à l'origine de la CPTS, qui ...": not a list of names
        if m.group("vague") and not about_the_cpts(ctx, m.start()):
            continue
        role = Role("initiateur", "initiatrice", Span(m.start(), m.end()), m.end(), True, None, False, True)
        yield from ((name, role) for name in names_after(ctx, m.end()))


def board_listed_after(ctx: Context):
    """The members of a board listed after it (BOARD_THEN_NAMES), in a text about the CPTS: "Le conseil
    d'administration se compose de : A (infirmière), B et C"."""
    for m in matches_in(BOARD_THEN_NAMES, ctx.text):
        if not about_the_cpts(ctx, m.start()) or not nearest_body_is_cpts(ctx, m.start(), m.start(), when_none=True):
            continue
        office = "membre du bureau" if m.group("bureau") or m.group("bureau2") else "membre du conseil d'administration"
        role = Role(office, office, Span(m.start(), m.end()), m.end(), True, None, False, True)
        yield from ((name, role) for name in names_after(ctx, m.end()))


# the office a fronted noun names, (masculine, feminine)
OFFICE_OF_NOUN = {"présidence": ("président", "présidente"), "coordination": ("coordinateur", "coordinatrice"),
                  "direction": ("directeur", "directrice"), "trésorerie": ("trésorier", "trésorière")}


def fronted_offices(ctx: Context):
    """ "À la présidence, Jean Dupont", "À la coordination de la CPTS : Anne Durand": the name after the office, which
    is the CPTS's when the CPTS is named after it or, with no body after it, was the body named last."""
    for m in matches_in(FRONTED_OFFICE, ctx.text):
        if not _opens_its_line(ctx, m.start()):
            continue
        end, of_cpts, key, elsewhere = what_follows(ctx, m.end("office"))
        if elsewhere or not (of_cpts or end == m.end("office") and label_is_the_cptss(ctx, m.start())):
            continue
        separator = FRONTED_TIME.match(ctx.text, end)
        if separator is None:
            continue
        prefix = (m.group("prefix") or "").lower()
        masculine, feminine = (prefix + form for form in OFFICE_OF_NOUN[m.group("noun").lower()])
        role = Role(masculine, feminine, Span(m.start(), end), end, True, key, bool(m.group("fem")),
                    prefix.startswith("co"))
        names = names_after(ctx, separator.end())
        yield from ((name, role) for name in (names if role.plural else names[:1])
                    if not office_elsewhere_after(ctx, name.span.end))


# the offices an election gives, (masculine, feminine), by the first letters of the word written
ELECTED_OFFICES = {"présid": ("président", "présidente"), "coordin": ("coordinateur", "coordinatrice"),
                   "trésor": ("trésorier", "trésorière"), "secrét": ("secrétaire", "secrétaire")}


def fronted_elections(ctx: Context):
    """ "Élu président à l'unanimité lors de l'assemblée constitutive, le docteur Jean Dupont": the holder after a
    fronted election, opening its sentence or line, in a text about the CPTS."""
    for m in FRONTED_ELECTED.finditer(ctx.text):
        if not _opens_its_line(ctx, m.start()) or not about_the_cpts(ctx, m.start()) \
                or not nearest_body_is_cpts(ctx, m.start(), m.start(), when_none=True):
            continue
        office, prefix = m.group("office").lower(), (m.group("prefix") or "").lower()
        masculine, feminine = next(forms for stem, forms in ELECTED_OFFICES.items() if office[len(prefix):].startswith(stem))
        elected_woman = m.group().split()[0].endswith("e")  # "Élue", "Nommée"
        role = Role(prefix + masculine, prefix + feminine, Span(m.start("office"), m.end("office")), m.end(), True, None,
                    elected_woman, prefix.startswith("co"))
        yield from ((name, role) for name in names_after(ctx, m.end())[:1])


# a body's vote or choice that gives an office to the name right after it: "Le conseil d'administration a réélu à la
# présidence Paul Morel", "les adhérents ont désigné à la coordination Anne Roux"
ELECTED_TO_OFFICE = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:ré)?(?:élu|nommé|désigné|porté|choisi)\s+à\s+la\s+"
                               r"(?P<office>(?P<prefix>(?i:co-?|vice-))?(?P<noun>présidence|coordination|direction|trésorerie))"
                               r"(?=\s+(?:le\s+|la\s+)?(?:Dr\.?\s+|Pr\.?\s+)?[A-ZÀ-Ý])", re.IGNORECASE)


def elected_to_offices(ctx: Context):
    """The name an office is given to after the verb of a vote (ELECTED_TO_OFFICE), in a text about the CPTS."""
    for m in ELECTED_TO_OFFICE.finditer(ctx.text):
        if not about_the_cpts(ctx, m.start()) or not nearest_body_is_cpts(ctx, m.start(), m.start(), when_none=True):
            continue  # "L'ARS a nommé à la direction A": the voter's own office
        prefix = (m.group("prefix") or "").lower()
        masculine, feminine = (prefix + form for form in OFFICE_OF_NOUN[m.group("noun").lower()])
        role = Role(masculine, feminine, Span(m.start("office"), m.end()), m.end(), True, None, False, False)
        yield from ((name, role) for name in names_after(ctx, m.end())[:1])
