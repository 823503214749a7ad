"""People of a CPTS and their role (président, coordinatrice, ...).
"""
from __future__ import annotations

import re

from ..context import Context
from ..model import Fact, Span
from ..patterns import word_alternation
from .common import Extraction, attribution_confidence

ROLES = {
    "présidente": "présidente", "président": "président", "vice-présidente": "vice-présidente",
    "vice-président": "vice-président", "coordinatrice": "coordinatrice", "coordinateur": "coordinateur",
    "secrétaire": "secrétaire", "trésorière": "trésorière", "trésorier": "trésorier",
    "directrice": "directrice", "directeur": "directeur", "chairwoman": "présidente",
    "chairman": "président", "chair": "président", "president": "président",
    "coordinator": "coordinateur", "vice-president": "vice-président", "treasurer": "trésorier",
}
ROLE_WORDS = word_alternation(ROLES)
ROLE_OF_CPTS = re.compile(
    rf"\b(?P<role>{ROLE_WORDS})\s+(?:du\s+bureau\s+)?(?:de\s+la|of\s+the|de\s+l['’]association)\s+(?:nouvelle\s+|new\s+)?"
    rf"(?:CPTS|communauté|community|association)", re.IGNORECASE)
POSSESSIVE_ROLE = re.compile(
    rf"\b(?:son|sa|its|their|leur|(?:a|avec|has|with)\s+pour)\s+(?P<role>{ROLE_WORDS})\b", re.IGNORECASE)
ROLE_AFTER_NAME = re.compile(
    rf"\s+(?:en\s+est|est|is)\s+(?:le|la|l['’]|the|its)\s*(?P<role>{ROLE_WORDS})\b", re.IGNORECASE)
LED_BY = re.compile(
    r"\b(?P<verb>présidée?|coordonnée?|dirigée?|animée?|chaired|led|coordinated|headed)\s+(?:par|by)\s+"
    r"(?:le\s+|la\s+|the\s+)?", re.IGNORECASE)
TITLE = r"(?:(?:le|la)\s+)?(?:Dr\.?|Docteur|Docteure|Pr\.?|Professeur|Mme|Madame|M\.|Monsieur|Mr\.?|Mrs\.?|Ms\.?)\s+"
PERSON_RE = re.compile(
    rf"(?:{TITLE})?(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?:\s+(?:de\s+|du\s+|d['’]|van\s+|le\s+)?"
    rf"[A-ZÀ-Ý][A-Za-zà-ÿ'’]+(?:-[A-ZÀ-Ý][A-Za-zà-ÿ'’]+)?){{1,2}})")
FEMININE_HINT = re.compile(
    r"^\s*,?\s*(?:[a-zà-ÿ-]*(?:ienne|ière|trice|euse|esse)|sage-femme|infirmière)\b|\b(?:Mme|Madame|Docteure|Mrs|Ms)\b")


def extract_people(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for m in ROLE_OF_CPTS.finditer(text):
        role = ROLES[m.group("role").lower()]
        person = _person_before(ctx, m.start()) or _person_after(ctx, m.end())
        if person:
            _add_person(ctx, result, person, role, m.start())
    for m in POSSESSIVE_ROLE.finditer(text):
        person = _person_after(ctx, m.end())
        if person and _about_the_cpts(ctx, m.start()):
            _add_person(ctx, result, person, ROLES[m.group("role").lower()], m.start())
    for m in ROLE_AFTER_NAME.finditer(text):
        person = _person_before(ctx, m.start(), comma=False)
        if person and _about_the_cpts(ctx, m.start()):
            _add_person(ctx, result, person, ROLES[m.group("role").lower()], m.start())
    for m in LED_BY.finditer(text):
        verb = m.group("verb").lower()
        person = _person_after(ctx, m.end())
        if not person or not _about_the_cpts(ctx, m.start()):
            continue
        base = "président" if verb.startswith(("présid", "chair", "head", "led")) else \
            "coordinateur" if verb.startswith("coord") else "directeur"
        _add_person(ctx, result, person, base, m.start())


def _about_the_cpts(ctx: Context, pos: int) -> bool:
    """The sentence speaks of a CPTS (or follows one that does: "Son président, X")."""
    sentence = ctx.sentence_at(pos)
    if re.search(r"\bCPTS\b|communauté|community|bureau|association", ctx.text[sentence.start:sentence.end], re.IGNORECASE):
        return True
    before = ctx.text[max(0, sentence.start - 400):sentence.start]
    return bool(re.search(r"\bCPTS\b|communauté|community", before, re.IGNORECASE)) and ctx.subjects != []


def _person_before(ctx: Context, pos: int, comma: bool = True) -> tuple[Span, str] | None:
    before = ctx.text[max(0, pos - 60):pos]
    ending = r"\s*,\s*$" if comma else r"\s*$"
    m = re.search(rf"({TITLE})?((?<![\w'’-])[A-ZÀ-Ý][\w'’-]+(?:\s+(?:Le\s+|Du\s+|De\s+)?[A-ZÀ-Ý][\w'’-]+){{1,2}}){ending}", before)
    if not m:
        return None
    start = pos - len(before) + m.start(2)
    return Span(start, start + len(m.group(2))), m.group(1) or ""


def _person_after(ctx: Context, pos: int) -> tuple[Span, str] | None:
    gap = re.match(r"\s*,?\s*", ctx.text[pos:pos + 10])
    m = PERSON_RE.match(ctx.text, pos + gap.end())
    if not m:
        return None
    title = ctx.text[m.start():m.start("name")]
    return Span(m.start("name"), m.end("name")), title


def _add_person(ctx: Context, result: Extraction, person: tuple[Span, str], role: str, role_pos: int) -> None:
    span, title = person
    if not _confirmed_by_ner(ctx, span):
        return
    after = ctx.text[span.end:span.end + 40]
    if role in ("président", "coordinateur", "directeur", "vice-président", "trésorier") and (
            FEMININE_HINT.search(after) or re.search(r"Mme|Madame|Docteure|Mrs|Ms", title)):
        role = {"président": "présidente", "coordinateur": "coordinatrice", "directeur": "directrice",
                "vice-président": "vice-présidente", "trésorier": "trésorière"}[role]
    whole = span.union(Span(role_pos, role_pos + 1))
    key = ctx.target_for(whole)
    if key is None:
        return
    name = " ".join(w.capitalize() if w.isupper() else w for w in re.split(r"\s+", ctx.text[span.start:span.end]))
    name = re.sub(r"(?<=-)(\w)", lambda c: c.group(1).upper(), name)
    if any(p.value["name"] == name for p in result.cpts[key].people):
        return
    result.cpts[key].people.append(Fact({"name": name, "role": role}, span, confidence=attribution_confidence(ctx, whole, key)))


def _confirmed_by_ner(ctx: Context, span: Span) -> bool:
    """The name must overlap a person found by spaCy, or look like First LAST."""
    if any(p.start < span.end and span.start < p.end for p in ctx.persons):
        return True
    return bool(re.search(r"\b[A-ZÀ-Ý]{2,}\b", ctx.text[span.start:span.end]))
