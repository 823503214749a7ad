"""A role whose holder is named before its sentence: the person named last before a pronoun ("Présidente de la CPTS
depuis 2020, elle ..."), before a profession that stands for them ("..., sourit Anne Durand. Ce mercredi, la
pharmacienne de Montmédy, présidente de la CPTS, a signé ..."), or the speaker of the quote before ("« ... »,
explique Anne Durand. La présidente de la CPTS ajoute ...")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Span
from .context import Context
from .person_names import TITLE, Name, names_in
from .role_words import DEFINITE_PROFESSION

if TYPE_CHECKING:
    from .role_holders import Role

PRONOUN_REACH = 400  # characters before a sentence opened by "Elle", where its person is looked for


def pronoun_holder_of(ctx: Context, sentence: Span) -> list[tuple[Name, str]]:
    """The person named last in the PRONOUN_REACH characters before a sentence opened by a pronoun."""
    start = max(0, sentence.start - PRONOUN_REACH)
    names = names_in(ctx, start, ctx.text[start:sentence.start])
    return [(names[-1], "")] if names else []


# "Présidente de la CPTS depuis 2020, elle ...": a role fronted before a pronoun, its holder named in the sentences before
FRONTED_ROLE_PRONOUN = re.compile(r"[^,.;:!?\n]{0,30}?,\s*(?:elle|il|she|he)\b", re.IGNORECASE)


def fronted_before_pronoun(ctx: Context, role: Role, sentence: Span) -> list[tuple[Name, str]]:
    if ctx.text[sentence.start:role.span.start].strip(" \n«\"“") or not FRONTED_ROLE_PRONOUN.match(ctx.text, role.end):
        return []
    return pronoun_holder_of(ctx, sentence)


# "Ce mercredi, le pharmacien de Montmédy, président de la CPTS, a signé ...", "... et la généraliste en a été élue
# présidente": a role in apposition to a profession with its article, or given to it by a verb; the profession stands
# for the person named last before the sentence
PROFESSION_HOLDING = re.compile(
    rf"(?:\A|,|\bet\b)\s*{DEFINITE_PROFESSION}(?:\s*,\s*|\s+(?:en\s+)?(?:est|était|devient|a\s+été|vient\s+d['’]être)"
    r"(?:\s+(?:r?éélue?|élue?|nommée?|désignée?))?\s+(?:(?:la|le|l['’]|sa|son)\s*)?)\Z")


def profession_holder(ctx: Context, role: Role, sentence: Span) -> list[tuple[Name, str]]:
    head = ctx.text[sentence.start:role.span.start]
    if not PROFESSION_HOLDING.search(head) or names_in(ctx, sentence.start, head):
        return []
    return pronoun_holder_of(ctx, sentence)


SPEECH_VERBS = (r"(?:explique|raconte|souligne|indique|précise|ajoute|confie|déclare|estime|affirme|rappelle|note|"
                r"insiste|poursuit|conclut|résume|sourit|témoigne|assure|se\s+réjouit|se\s+félicite|says|said|explains|"
                r"adds)")
# "« ... », explique Anne Durand. La présidente de la CPTS ajoute ..." or "« ... », poursuit la présidente de la CPTS":
# the role opens its sentence or speaks after its quote, the sentence before ends on a quote's speaker
ROLE_OPENING = re.compile(r"[\s«\"“]*(?:Et\s+)?(?:La|Le|L['’]|Notre|Cette|Ce|la|le|l['’])\s*$")  # "Et la présidente d'ajouter"
AFTER_QUOTE = re.compile(rf"[»\"”][ \t\u00a0]*,?[ \t\u00a0]*{SPEECH_VERBS}[ \t\u00a0]+(?:la|le|l['’])[ \t\u00a0]*\Z",
                         re.IGNORECASE)
SPEECH_VERB_BEFORE = re.compile(rf"\b{SPEECH_VERBS}\s+(?:{TITLE})?$", re.IGNORECASE)


def speaker_before(ctx: Context, role: Role, sentence: Span) -> list[tuple[Name, str]]:
    """The person the sentence before names last, when a CPTS role with no name opens the next one and
    that sentence gives the person no other office."""
    if not role.of_cpts or not (ROLE_OPENING.fullmatch(ctx.text, sentence.start, role.span.start)
                                or AFTER_QUOTE.search(ctx.text, max(sentence.start, role.span.start - 40), role.span.start)):
        return []
    previous = ctx.sentence_before(sentence.start)
    while previous is not None and not ctx.text[previous.start:previous.end].strip(" \n«\"“"):
        previous = ctx.sentence_before(previous.start)  # a quote's opening mark split off as a sentence
    if previous is None:
        return []
    names = names_in(ctx, previous.start, ctx.text[previous.start:previous.end])
    if not names or ctx.text[names[-1].span.end:previous.end].strip(" .»\"”\n") or \
            not SPEECH_VERB_BEFORE.search(ctx.text, max(previous.start, names[-1].span.start - 40), names[-1].span.start):
        return []
    return [(names[-1], "")]
