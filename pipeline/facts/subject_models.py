"""CPTS a sentence names as models, forerunners, partners or examples of the one it is about (subjects.py): "après
la CPTS X", "sur le modèle de la CPTS X", "la CPTS X l'avait fait avant elle", "parmi elles, la CPTS X", "douze
CPTS, dont X et Y"; and the names listed after them."""
from __future__ import annotations

import re

from .context import Context
from .names import Mention
from .subject_words import ONE_AMONG_AFTER_RE


def start_of(mention: Mention) -> int:
    """Where a name starts, or the list it is part of."""
    return mention.listed_at if mention.listed_at is not None else mention.span.start


# A CPTS named as a model, a forerunner or a partner: "après la CPTS X", "comme la CPTS X", "sur le modèle de
# la CPTS X", "à l'exemple des CPTS X et Y", "en partenariat avec la CPTS X", and the next names of the same
# list ("et la CPTS Z"), not the subject of the main clause after a fronted one ("Après la CPTS X en 2021,
# la CPTS Y signe").
MODEL_BEFORE_RE = re.compile(
    r"\b(?:après|comme|modèle\s+(?:de|du|des)|contrairement\s+(?:à|aux)|(?:à\s+la\s+)?différence\s+(?:de|du|des)|unlike|inspirée?s?\s+(?:de|du|des)|exemple\s+(?:de|du|des)|after|like|"
    r"modell?ed\s+on|following|in\s+the\s+wake\s+of|(?:à\s+la\s+suite|dans\s+le\s+sillage|sur\s+les\s+traces)\s+(?:de|du|des)|"
    r"partenariat\s+avec|collaboration\s+avec|en\s+lien\s+avec|partnership\s+with|"
    r"ce\s+qu['’](?:a|avait|ont|avaient)\s+(?:fait|réalisé|construit|mis\s+en\s+place))"  # "ce qu'avait fait la CPTS X"
    r"\s+(?:celles?\s+(?:de|du|des)\s+)?(?:la|les|l['’]|the)?\s*$",
    re.IGNORECASE)
# a CPTS whose verb is in the pluperfect speaks of the past, before what the release tells: "Les CPTS X et Y
# avaient signé en 2022", "La CPTS X l'avait fait avant elle"
PLUPERFECT_AFTER_RE = re.compile(
    # (a few names at most: each may be read several ways, and a longer run would take exponential time)
    r"(?:\s*(?:,|et)\s*(?:la\s+|celle\s+d[eu]\s+|CPTS\s+|d[eu]\s+|des\s+|de\s+la\s+|de\s+l['’])*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}){0,4}"
    r"(?:\s*,\s*(?:elle|elles|lui|eux)(?:-mêmes?)?\s*,)?"  # "La CPTS X, elle, l'avait signé en 2021"
    r"\s+(?:l['’]|en\s+|y\s+)?(?:avai(?:en)?t|had)\s+(?:déjà\s+|already\s+)?(?:été\s+)?[a-zàâéèêëîïôûç]+\b")
LIST_GAP_RE = re.compile(  # "la CPTS X, la CPTS Y", "la CPTS X en 2019 et la CPTS Y" (not "X en 2019, la CPTS Y signe")
    r"(?:\s*(?:,\s*(?:et\s+)?|\s+et\s+|\s+and\s+)|(?:\s+(?:en|in)\s+(?:19|20)\d\d|\s*\((?:19|20)\d\d\))\s*,?\s*(?:et|and)\s+)"
    r"(?:celle\s+(?:de|du|des)\s+)?(?:la|les|l['’]|the)?\s*", re.IGNORECASE)


def named_as_model(ctx: Context, mention: Mention) -> bool:
    """Whether a CPTS is named as a model or a forerunner, itself or as an item of a list that goes back to one."""
    return along_the_list(ctx, mention, "model", _model_here)


def _model_here(ctx: Context, mention: Mention) -> bool | Mention:
    start = start_of(mention)
    if MODEL_BEFORE_RE.search(ctx.text, max(0, start - 40), start) or PLUPERFECT_AFTER_RE.match(ctx.text, mention.span.end) \
            or listed_under_partners(ctx.text, start):
        return True
    before = ctx.named_before(start)  # the name just before, if the list goes on from it
    previous = before[0] if before else None
    if previous is None or previous.span.end > start or not LIST_GAP_RE.fullmatch(ctx.text, previous.span.end, start):
        return False
    if COMMA_ONLY_RE.fullmatch(ctx.text, previous.span.end, start) and not listed_on(ctx, mention):
        return False  # "Après la CPTS X, la CPTS Y signe": the comma closes the fronted phrase, Y is the subject
    return previous


def along_the_list(ctx: Context, mention: Mention, reading: str, here) -> bool:
    """What `here` reads of a mention (True, False, or the mention before it when the list goes on from it), going back
    along the list at most MODELS_LISTED items; each item's answer kept in `ctx.readings`, so that every item of a long
    list is read once."""
    chain, found = [], False
    for _ in range(MODELS_LISTED):
        known = ctx.readings.get((reading, mention.span))
        if known is not None:
            found = known
            break
        chain.append(mention)
        step = here(ctx, mention)
        if isinstance(step, bool):
            found = step
            break
        mention = step
    for item in chain:
        ctx.readings[(reading, item.span)] = found
    return found


MODELS_LISTED = 30  # items: a longer run is no list of models or examples


def listed_under_partners(text: str, start: int) -> bool:
    """"Nos partenaires\nCPTS X\nCPTS Y": an item of a page's list of partners, links or neighbours, the heading a
    few short lines above."""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(ITEMS_ABOVE):
        if line_start == 0:
            return False
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous:line_start - 1]
        if PARTNERS_HEADING_RE.fullmatch(line):
            return True
        if len(line.strip()) > ITEM_LINE:
            return False
        line_start = previous
    return False


ITEMS_ABOVE = 8  # lines between a list's heading and one of its items
ITEM_LINE = 60  # characters: an item of a list, not a paragraph
PARTNERS_HEADING_RE = re.compile(
    r"[\s•*#>-]*(?:nos\s+|les\s+|our\s+)?(?:partenaires|partners|liens(?:\s+utiles)?|useful\s+links|"
    r"(?:CPTS|communautés)\s+(?:voisines|partenaires|amies)|neighbou?ring\s+CPTS)(?:\s+[\w'’ ]{0,30})?\s*:?\s*",
    re.IGNORECASE)


COMMA_ONLY_RE = re.compile(r"\s*,\s*(?:(?:la|les|l['’]|the)\s*)?", re.IGNORECASE)


def listed_on(ctx: Context, mention: Mention) -> bool:
    """Whether another name follows this one in the same list: "X, Y et Z"."""
    after = next((m for m, _ in ctx.named_from(mention.span.end) if start_of(m) >= mention.span.end), None)
    return after is not None and bool(LIST_GAP_RE.fullmatch(ctx.text, mention.span.end, start_of(after)))


# A CPTS given as one example of the CPTS a text is about (a department's, a region's): "Parmi elles,
# la CPTS X ...", "Témoignage de la CPTS X", "par exemple la CPTS X", "such as the X CPTS".
EXAMPLE_BEFORE_RE = re.compile(
    r"(?:\bparmi\s+(?:elles|eux|lesquelles|celles-ci|ces\s+(?:CPTS|communautés))|\bpar\s+exemple|"
    r"\bà\s+titre\s+d['’]exemple|\btémoignages?\s+d[eu]|\bsuch\s+as|\bamong\s+them|"
    r"\bc['’]est\s+(?:notamment\s+|par\s+exemple\s+)?le\s+cas\s+d[eu]|\bone\s+example\s+is|"
    r"\bfor\s+(?:example|instance)\s*,)"
    r"\s*[,:]?\s*(?:(?:(?:celles?|ceux)\s+d[eu]\s+)?(?:la|les|l['’]|the)\s*)?$", re.IGNORECASE)
# "Douze CPTS, dont la CPTS X et la CPTS Y", "twelve CPTS, including the X CPTS and ...": some of a number of CPTS
SOME_OF_A_COUNT_BEFORE_RE = re.compile(
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|quelques|many|several|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:CPTS|communautés|communities)\b[^.;:!?\n]{0,40}?,?\s*"
    r"(?:dont|notamment|including|among\s+them)\s*(?:(?:(?:celles?|ceux)\s+d[eu]\s+)?(?:la|les|l['’]|the)\s*)?$",
    re.IGNORECASE)


def named_as_example(ctx: Context, mention: Mention) -> bool:
    """Whether a CPTS is given as an example, itself or as an item of a list that goes back to one."""
    return along_the_list(ctx, mention, "example", _example_here)


def _example_here(ctx: Context, mention: Mention) -> bool | Mention:
    start = start_of(mention)
    if EXAMPLE_BEFORE_RE.search(ctx.text, max(0, start - 50), start) or ONE_AMONG_AFTER_RE.match(ctx.text, mention.span.end):
        return True
    if SOME_OF_A_COUNT_BEFORE_RE.search(ctx.text, max(0, start - 70), start) and listed_on(ctx, mention):
        return True  # several of them named (one alone may be the news: "cinq CPTS, dont la CPTS X, qui a signé")
    before = ctx.named_before(start)  # "parmi elles, la CPTS X et la CPTS Y": the list goes on
    previous = before[0] if before else None
    if previous is None or previous.span.end > start or previous.listed_at is not None \
            or not LIST_GAP_RE.fullmatch(ctx.text, previous.span.end, start):
        return False
    return previous
