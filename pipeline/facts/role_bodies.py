"""Whose a role is: what follows a role's words (a CPTS named, "de la CPTS", another body or nothing) and whether
the last body named before a phrase is a CPTS."""
from __future__ import annotations

import re

from ..model import Span
from .context import Context
from .role_holders import bare_name_after
from .role_words import BOARD, CHARGE, CPTS_CUE, CPTS_WORD, OF_CPTS, OF_OTHER, OTHER_BODY, ROLE_QUALIFIER, ROLE_RE


def what_follows(ctx: Context, pos: int) -> tuple[int, bool, str | None, bool]:
    """(end of the role phrase, whether a CPTS follows, its key, whether another body follows)."""
    text = ctx.text
    for _ in range(2):  # "directeur général adjoint de l'ARS"
        q = ROLE_QUALIFIER.match(text, pos)
        if q:
            pos = q.end()
    charge = CHARGE.match(text, pos)
    if charge:
        body = re.search(rf"\b{CPTS_WORD}", charge.group(), re.IGNORECASE)
        if body:
            return charge.end(), True, None, False
        # "vice-présidente en charge de la communication": one of a CPTS's own portfolios, no body named
        return (charge.end(), False, None, False) if CPTS_PORTFOLIO.fullmatch(charge.group()) else (pos, False, None, True)
    board = BOARD.match(text, pos)
    if board:
        pos = board.end()
    latter = LATTER.match(text, pos)
    if latter:  # "présidente de cette dernière": the body named last before
        key = _last_body_before(ctx, pos)
        return (latter.end(), True, key, False) if key else (latter.end(), False, None, True)
    mention = mention_near(ctx, pos)
    if mention is not None:
        return mention
    m = OF_CPTS.match(text, pos)
    if m:
        named = mention_near(ctx, m.end())
        if named is None and NEIGHBOURING.match(text, m.end()):
            return pos, False, None, True  # "présidente de la CPTS voisine": another, unnamed CPTS
        if named is None and _at_other_body(text, m.end()):
            return pos, False, None, True  # "référente CPTS à l'ARS": the CPTS in general, at another body
        return named if named is not None else (m.end(), True, None, False)
    bare = bare_name_after(ctx, pos)
    if bare is not None:
        return bare
    project = PROJECT_ALONE.match(text, pos)
    if project:  # "coordinatrice du projet": a bare role, the project the text speaks of
        return project.end(), False, None, False
    other = OF_OTHER.match(text, pos)
    if other and not board:
        return pos, False, None, True
    return pos, False, None, False


# the portfolios of a CPTS's board, whose body goes without saying (a council's "santé", "solidarités" are not)
CPTS_PORTFOLIO = re.compile(
    r"\s+(?:en\s+charge|charg[ée]e?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)"
    r"(?:communication|formation|prévention|coordination|parcours(?:\s+de\s+soins)?|soins\s+non\s+programmés|"
    r"missions?|projets?|numérique|qualité|exercice\s+coordonné)\s*", re.IGNORECASE)


AT_BODY = re.compile(r"\s*(?:à|au|aux|de|du|des|d['’]|at|of|within)\s*(?:la\s+|le\s+|l['’]|les\s+|the\s+)?")


def _at_other_body(text: str, pos: int) -> bool:
    at = AT_BODY.match(text, pos)
    return at is not None and INSTITUTION.match(text, at.end()) is not None


INSTITUTION = re.compile(r"(?:ARS|CPAM|URPS|MSA|DAC|GHT|agence|caisse|pr[ée]fecture|mairie|h[ôo]pital|conseil|"
                         r"f[ée]d[ée]ration|union|Assurance\s+maladie)\b", re.IGNORECASE)


PROJECT_ALONE = re.compile(r"\s+(?:du\s+projet|de\s+la\s+démarche)\b(?!\s*(?:de|d['’]|du|des|pour|of)\b)", re.IGNORECASE)
NEIGHBOURING = re.compile(r"\s+(?:voisine|limitrophe|d['’]à\s+côté)\b", re.IGNORECASE)
LATTER = re.compile(r"\s*(?:de\s+)?(?:cette\s+dernière|celle-ci)\b", re.IGNORECASE)
LATTER_REACH = 300  # characters back to the body "cette dernière" stands for


def _last_body_before(ctx: Context, pos: int) -> str | None:
    """The key of the CPTS named last before `pos`, or None when another body is named after it."""
    start = max(0, pos - LATTER_REACH)
    named = ctx.mentions_in(Span(start, pos))
    if not named:
        return None
    last_cpts = named[-1][0].span.end
    other = [m for m in OTHER_BODY.finditer(ctx.text, last_cpts, pos)]
    return None if other else named[-1][1]


def mention_near(ctx: Context, pos: int) -> tuple[int, bool, str | None, bool] | None:
    """A CPTS's name right after `pos`: "président de la CPTS du Sud", "président de Sud 04"."""
    # not across the end of the role's line: "présidente\nCPTS Y : ..." is the next item of a list
    gap = re.match(r"[ \t\u00a0]*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*)?", ctx.text[pos:pos + 12])
    start = pos + gap.end()
    for mention, key in ctx.mentions:
        if start - 1 <= mention.span.start <= start + 3 and mention.span.start >= pos \
                and "\n" not in ctx.text[pos:mention.span.start]:
            return mention.span.end, True, key, False
        if mention.span.start <= pos < mention.span.end:  # "coordinatrice CPTS" inside the name
            return mention.span.end, True, key, False
    return None


LABEL_REACH = 300  # characters back to the body a label ("Présidence :") is of


def last_body_before_label(ctx: Context, pos: int) -> bool:
    """Whether the last body named before a label is a CPTS; with none, whether the text is about one."""
    start = max(0, pos - LABEL_REACH)
    before = ctx.text[start:pos]
    cues = [(m.end(), True) for m in CPTS_CUE.finditer(before)] + [(m.end(), False) for m in OTHER_BODY.finditer(before)]
    cues += [(mention.span.end - start, True) for mention, _ in ctx.mentions_in(Span(start, pos))]
    return max(cues)[1] if cues else bool(ctx.subjects)


SUBJECT_REACH = 3  # sentences back to the one that names the body a label or a fronted office is of


def label_is_the_cptss(ctx: Context, pos: int) -> bool:
    """Whether a label ("Présidence :"), a fronted office ("À la présidence,") or an office with no body after it at
    `pos` is a CPTS's: the body named last before it is one or, when its sentence names none, the nearest sentence
    before it that names a body opens on a CPTS, its subject ("La CPTS a signé avec l'ARS. À la présidence, A")."""
    if last_body_before_label(ctx, pos):
        return True
    sentence = ctx.sentence_at(pos)
    if _body_cues(ctx, sentence.start, pos):
        return False
    previous = ctx.sentence_before(sentence.start)
    for _ in range(SUBJECT_REACH):
        if previous is None:
            return False
        cues = _body_cues(ctx, previous.start, previous.end)
        if cues:
            return min(cues)[1]
        previous = ctx.sentence_before(previous.start)
    return False


def _body_cues(ctx: Context, start: int, end: int) -> list[tuple[int, bool]]:
    """Where bodies are named in text[start:end], each with whether it is a CPTS."""
    before = ctx.text[start:end]
    return [(m.start(), True) for m in CPTS_CUE.finditer(before)] + \
        [(m.start(), False) for m in OTHER_BODY.finditer(before)] + \
        [(mention.span.start - start, True) for mention, _ in ctx.mentions_in(Span(start, end))]


def nearest_body_is_cpts(ctx: Context, start: int, pos: int, when_none: bool) -> bool:
    """Whether the last body named before `pos`, in the sentence of `start`, is a CPTS."""
    sentence = ctx.sentence_at(start)
    before = ctx.text[max(sentence.start, start - 200):pos]
    cues = [(m.end(), True) for m in CPTS_CUE.finditer(before)]
    cues += [(m.end(), False) for m in OTHER_BODY.finditer(before)]
    offset = pos - len(before)
    # a name the sentence splitter cut in two ("CPTS du Val | Fleuri est présidée par") counts
    cues += [(mention.span.end - offset, True) for mention, _ in ctx.mentions
             if mention.span.start < pos and offset < mention.span.end <= pos]
    return max(cues)[1] if cues else when_none


# the verbs an official of another body may be the agent of: "lancée par A, directrice de l'ARS"; labels too
OFFICIAL_ACTS = ("init_by", "found", "represent")
OFFICE_AFTER_NAME = re.compile(r"\s*,\s*(?:(?:le|la|l['’])\s*)?")


def verb_defers_to_office(ctx: Context, verb: re.Match, name_end: int) -> bool:
    """Whether the office written right after the name a verb of launching or representing (or a label) gives is to be
    read instead of the verb: an office in another body ("La CPTS a été lancée par Anne Roux, directrice générale de
    l'ARS"), or any office after "représentée par" ("représentée par Anne Roux, présidente": its president)."""
    if not any(verb.groupdict().get(group) for group in OFFICIAL_ACTS) and not verb.group().rstrip().endswith(":"):
        return False  # a label too: "Direction : Anne Roux, directrice générale de l'ARS"
    office = _office_after(ctx, name_end)
    return office is not None and (bool(verb.groupdict().get("represent")) or what_follows(ctx, office.end())[3])


def office_elsewhere_after(ctx: Context, name_end: int) -> bool:
    """Whether the name ending at `name_end` is followed by its office in another body: ", directrice de l'ARS"."""
    office = _office_after(ctx, name_end)
    return office is not None and what_follows(ctx, office.end())[3]


def _office_after(ctx: Context, name_end: int) -> re.Match | None:
    """The office written right after a name, in apposition: "Anne Roux, (la) directrice ..."."""
    gap = OFFICE_AFTER_NAME.match(ctx.text, name_end)
    return ROLE_RE.match(ctx.text, gap.end()) if gap else None
