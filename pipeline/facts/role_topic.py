"""Whether an office with no body after it belongs to the CPTS a text speaks of: its sentence or the lines before
name one, or the page is the one CPTS's own (a team list, an office opening its sentence far down the page)."""
from __future__ import annotations

import re

from .context import Context
from .role_words import OTHER_BODY


def about_the_cpts(ctx: Context, pos: int) -> bool:
    """The sentence speaks of a CPTS (or follows one that does: "Son président, X")."""
    sentence = ctx.sentence_at(pos)
    if re.search(r"\bCPTS\b|communauté|community|bureau|association", ctx.text[sentence.start:sentence.end],
                 re.IGNORECASE):
        return True
    before = ctx.text[max(0, sentence.start - 400):sentence.start]
    if re.search(r"\bCPTS\b|communauté|community", before, re.IGNORECASE) and ctx.subjects != []:
        return True
    if len(ctx.subjects) == 1 and FIRST_PERSON_PLURAL.search(ctx.text, sentence.start, sentence.end):
        return True  # the one CPTS of the text speaking: "nous avons pu embaucher une coordinatrice, A"
    if len(ctx.subjects) != 1:
        return False
    # a team list on the page of the one CPTS the text is about: "L'équipe\nPrésident\nDr Paul Morel"
    if not ctx.text[ctx.text.rfind("\n", 0, pos) + 1:pos].strip(" \t•·*-"):
        return True
    # no other body named in its sentence or the one before: "La vice-présidente, A, ...", "Il sera secondé par A,
    # infirmière, vice-présidente" far down the page of the one CPTS
    previous = ctx.sentence_before(sentence.start)
    return not OTHER_BODY.search(ctx.text, previous.start if previous else sentence.start, sentence.end)


FIRST_PERSON_PLURAL = re.compile(r"\b(?:nous|notre|nos)\b", re.IGNORECASE)
# what may stand before an office that opens its sentence: "La", "Une", "Votre"
OFFICE_OPENING = re.compile(r"[\s«\"“]*(?:(?:La|Le|L['’]|Une|Un|Votre|Notre)\s*)?")
