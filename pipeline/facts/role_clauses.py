"""A role told in a clause about a person named before it in the sentence, not beside the name: "Louis Roux,
pharmacien, salue la création de la CPTS X, dont il est l'un des initiateurs", "Anne Durand, chargée de mission
à la MSA, mise à disposition de la CPTS en tant que coordinatrice"."""
from __future__ import annotations

import re

from .context import Context
from .person_names import Name, names_in
from .role_antecedents import pronoun_holder_of
from .role_holders import Role
from .role_topic import about_the_cpts

# "la CPTS X, dont il est l'un des principaux initiateurs": a role in the body named right before "dont"
OF_BODY_BEFORE_ROLE = (r"\bdont\s+(?P<pronoun>il|elle)\s+(?:est|était|a\s+été|fut|sera|devient|est\s+devenue?)\s+"
                       r"(?:(?:aussi|également|désormais|aujourd['’]hui|actuellement)\s+)?"
                       r"(?:(?:le|la|l['’]|(?:l['’])?une?\s+des)\s*)?(?:(?:principa(?:l|le|ux|les)|premi(?:er|ère)s?)\s+)?")
RELATIVE_BEFORE_ROLE = re.compile(rf"{OF_BODY_BEFORE_ROLE}$", re.IGNORECASE)
# the words of such a clause right before the role: that relative, "en tant que", "as its"
CLAUSE_BEFORE_ROLE = re.compile(rf"(?:{OF_BODY_BEFORE_ROLE}|\ben\s+tant\s+que\s+|\bas\s+(?:its|their)\s+)$", re.IGNORECASE)
REACH = 200  # characters before the clause where its person is named


def clause_holders(ctx: Context, role: Role) -> list[tuple[Name, str]]:
    """The person such a clause speaks of: the one named last before it in its sentence, or, for "dont il est"
    in a sentence that names nobody, the one named last before the sentence."""
    clause = CLAUSE_BEFORE_ROLE.search(ctx.text, max(0, role.span.start - 80), role.span.start)
    if clause is None or not (role.of_cpts or about_the_cpts(ctx, role.span.start)):
        return []
    sentence = ctx.sentence_at(role.span.start)
    start = max(sentence.start, clause.start() - REACH)
    names = names_in(ctx, start, ctx.text[start:clause.start()])
    if names:
        return [(names[-1], "")]
    return pronoun_holder_of(ctx, sentence) if clause.group("pronoun") else []
