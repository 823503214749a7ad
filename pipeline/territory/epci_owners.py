"""Which CPTS an intercommunality named outside the territory statements belongs to: the subject
right after it when it opens its sentence, the one of the same rank after "respectivement", the
one its paragraph goes on to name, the one in focus; or several at once when the sentence gives it
to them together ("deux CPTS se partagent la CC X", "Elles couvrent la CC X")."""
from __future__ import annotations

import re

from ..facts.context import Context
from ..facts.patterns import RESPECTIVELY
from ..model import Span
from .epci_words import SHARED_BY_CPTS
from .statements import owner_of_list, respective_owner


def cpts_sharing(ctx: Context, span: Span) -> list[str]:
    """The CPTS a sentence gives one intercommunality to together, a part each ("deux CPTS se
    partagent la CC X : A et B", "A et B couvrent chacune une partie de la CC X")."""
    sentence = ctx.sentence_at(span.start)
    if RESPECTIVELY.search(ctx.text, sentence.start, sentence.end):
        return []
    mentions = ctx.mentions_in(sentence)
    keys = list(dict.fromkeys(key for _, key in mentions))
    if not keys and PLURAL_SUBJECT.match(ctx.text, sentence.start):
        # "Elles couvrent la CC X", "Leur territoire s'étend sur ...": the CPTS the paragraph named before
        paragraph = ctx.text.rfind("\n\n", 0, sentence.start) + 1
        named = list(dict.fromkeys(key for _, key in ctx.mentions_in(Span(paragraph, sentence.start))))
        return named if len(named) > 1 else []
    if len(keys) < 2:
        return []
    # "la CPTS A et la CPTS B couvrent la CC X": two subjects of one plural verb
    joint = any(JOINED_SUBJECT.match(ctx.text, first.span.end, second.span.start) and PLURAL_VERB.match(ctx.text, second.span.end)
                and second.span.end <= span.start for (first, _), (second, _) in zip(mentions, mentions[1:]))
    return keys if joint or SHARED_BY_CPTS.search(ctx.text, sentence.start, sentence.end) else []


PLURAL_SUBJECT = re.compile(r"\s*(?:Elles|Ensemble|(?:Les|Ces)\s+(?:deux|trois)\s+(?:CPTS|communautés)|Leurs\s+territoires|"
                            r"They|Both|Together|Their\s+territories)\b")
JOINED_SUBJECT = re.compile(r"\s*(?:,|et|and)\s+(?:(?:la|the)\s+)?", re.IGNORECASE)
PLURAL_VERB = re.compile(r"\s+(?:(?:se\s+)?partagent|couvrent|recouvrent|desservent|interviennent\s+sur|cover|serve|share)\b", re.IGNORECASE)


def owner_of_mention(ctx: Context, mention) -> str | None:
    """The CPTS an intercommunality named outside the statements belongs to: the subject right
    after it when it opens the sentence ("Sur la CC X, la CPTS Y réunit ..."), the one of the same
    rank after "respectivement", one named in its sentence ("la CC X est couverte par la CPTS
    Y"), else the subject its paragraph goes on to name, else the one in focus."""
    fronted = _cpts_right_after(ctx, mention.span) if mention.fronted else None
    later = None if ctx.mentions_in(ctx.sentence_at(mention.span.start)) else _subject_later_in_paragraph(ctx, mention.span)
    return fronted or respective_owner(ctx, mention.span) or later or owner_of_list(ctx, mention.span)


def _subject_later_in_paragraph(ctx: Context, span: Span) -> str | None:
    """"\n\nSur le territoire de la CC X, les professionnels ... La CPTS Y ...": in a paragraph
    that names no CPTS before the area, the subject CPTS it names next."""
    start = ctx.text.rfind("\n\n", 0, span.start) + 1
    end = ctx.text.find("\n\n", span.end)
    end = len(ctx.text) if end < 0 else end
    if ctx.mentions_in(Span(start, span.start)) or ANAPHOR.search(ctx.text, start, span.start):
        return None  # "Elle est implantée dans la CC X": the CPTS in focus
    return next((key for _, key in ctx.mentions_in(Span(span.end, end)) if key in ctx.subjects), None)


ANAPHOR = re.compile(r"\b(?:elle|celle-ci|cette\s+dernière|son|sa|ses|notre|nos|nous|it|its|our|we)\b", re.IGNORECASE)


def _cpts_right_after(ctx: Context, span: Span) -> str | None:
    """The CPTS named first after an area (its subject when the area opens the sentence)."""
    sentence = ctx.sentence_at(span.start)
    return next((key for mention, key in ctx.mentions_in(Span(span.end, max(span.end, sentence.end)))), None)
