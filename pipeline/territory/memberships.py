"""Communes said to belong to a CPTS: "A, ville de 12 000 habitants, relève de la CPTS Y", "La
commune de B fait partie de la CPTS Y", "la CPTS Y, dont C fait partie", "la CPTS Y, à laquelle
appartiennent D et E". These are territory communes, not a perimeter: the CPTS covers more than
the towns a sentence ties to it this way."""
from __future__ import annotations

import re

from ..facts.context import Context
from ..model import Span
from ..reference import gazetteer
from ..reference.regex_start import quick_start
from .areas import CommuneRef, Territory
from .parser import Parser
from .statements import document_departments

BELONGS_TO = quick_start(re.compile(
    r"\b(?:relève\w*|dépend\w*|fai(?:t|saient)\s+partie|font\s+partie|(?:est|sont)\s+rattachée?s?|appartien\w*|"
    r"belongs?|(?:is|are)\s+part|falls?\s+within|comes?\s+under|"
    r"(?:est|sont)\s+(?:\w+\s+){0,2}?(?:couvertes?|desservies?)\s+(?:[\w'’]+\s+){0,8}?par|(?:is|are)\s+(?:now\s+)?covered\s+by)\b",
    re.IGNORECASE))
# "Les communes de A, B et C relèvent de ...": a list, whose commas do not end the subject
LIST_OF_COMMUNES = re.compile(r"\s*(?:les|the)\s+(?:communes|villes|municipalities|towns)\s+(?:de|d['’]|of)", re.IGNORECASE)
# "la CPTS Y, dont C fait partie", "la CPTS Y, à laquelle appartient C": a relative clause on the CPTS just named
RELATIVE_AFTER_NAME = re.compile(r"\s*,?\s*(?:dont|à\s+laquelle|auquel|to\s+which|of\s+which)\s+", re.IGNORECASE)
# What a relative clause's names are made of: capitalised names joined by commas and "et", after
# "la commune de" if any
NAME = r"(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:(?:de|du|des|sur|sous|en|lès|le|la|les)[ \t]+|[dl]['’])?[A-ZÀ-Ý][\w'’-]*){0,3}"
NAMES_ONLY = re.compile(rf"\s*(?:(?:la|les|the)\s+(?:communes?|villes?|towns?)\s+(?:de\s+|d['’]\s*|of\s+))?{NAME}"
                        rf"(?:\s*,\s*{NAME})*(?:\s+(?:et|and)\s+{NAME})?\*?\s*")
RELATIVE_END = re.compile(r"[,.;:!?()*]|\s[–—-]\s")
# "Cette commune est couverte par la CPTS Y", "la ville relève de la CPTS Y": the commune named before
COMMUNE_ANAPHOR = re.compile(r"\b(?:la|cette)\s+(?:commune|ville)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*")
ANAPHOR_REACH = 500  # characters: the sentences just before


def add_member_communes(ctx: Context, departments_of, territories: dict[str, Territory]) -> None:
    """The communes each sentence ties to a CPTS by a verb of belonging, as territory communes."""
    for sentence in ctx.sentences:
        verb = BELONGS_TO.search(ctx.text, sentence.start, sentence.end)
        if verb is None:
            continue
        owner, names = _relative_on_a_cpts(ctx, sentence, verb)
        if owner is not None:
            refs, _ = Parser(ctx, owner, departments_of, territories)._communes_in(names, None)
        else:
            owner, names = _subject_belonging(ctx, sentence, verb)
            if owner is None:
                continue
            refs = _communes_named(Parser(ctx, owner, departments_of, territories), names, Span(sentence.start, verb.start()))
        if not any(r.commune for r in refs) and COMMUNE_ANAPHOR.search(ctx.text, sentence.start, verb.start()):
            refs = _commune_named_before(ctx, departments_of, sentence.start)
        if not all(ref.commune for ref in refs):
            departments = sorted(set(document_departments(ctx, departments_of)) | set(departments_of(owner)))
            refs = [ref if ref.commune else _written_short(ref, departments) for ref in refs]
        territories.setdefault(owner, Territory()).attached.extend(ref for ref in refs if ref.commune)


def _subject_belonging(ctx: Context, sentence: Span, verb: re.Match) -> tuple[str | None, Span]:
    """"A, ville de 12 000 habitants, relève de la CPTS Y": the CPTS named after the verb owns the
    communes the sentence opens with."""
    owners = [key for mention, key in ctx.mentions_in(sentence) if mention.span.start > verb.end()]
    if not owners:
        return None, Span(sentence.start, sentence.start)
    if LIST_OF_COMMUNES.match(ctx.text, sentence.start, verb.start()):  # "Les communes de A, B et C relèvent de ...": the whole list
        return owners[0], Span(sentence.start, verb.start())
    relative = RELATIVE_BEFORE_VERB.search(ctx.text, sentence.start, verb.start())
    if relative:  # "la CC X, à l'exception de D, qui relève de la CPTS Y": the place just before the pronoun
        place = NAME_BEFORE.search(ctx.text, sentence.start, relative.start())
        return owners[0], Span(place.start(), place.end()) if place else Span(sentence.start, sentence.start)
    subject_end = ctx.text.find(",", sentence.start, verb.start())
    return owners[0], Span(sentence.start, subject_end if subject_end >= 0 else verb.start())


RELATIVE_BEFORE_VERB = re.compile(r"\s*,\s*(?:qui|which)\s+$", re.IGNORECASE)
NAME_BEFORE = re.compile(rf"(?-i:{NAME})$")


def _relative_on_a_cpts(ctx: Context, sentence: Span, verb: re.Match) -> tuple[str | None, Span | None]:
    """"la CPTS Y, dont C et D font partie" or "..., dont font partie C et D": the names of a
    relative clause right after a CPTS's name, when they are names and nothing else."""
    for mention, key in ctx.mentions_in(sentence):
        relative = RELATIVE_AFTER_NAME.match(ctx.text, mention.span.end, verb.start() + 1)
        if relative is None or mention.span.end > verb.start():
            continue
        if relative.end() < verb.start():  # "dont C fait partie"
            names = Span(relative.end(), verb.start())
        else:  # "dont font partie C et D"
            end = RELATIVE_END.search(ctx.text, verb.end(), sentence.end)
            names = Span(verb.end(), end.start() if end else sentence.end)
        if NAMES_ONLY.fullmatch(ctx.text, names.start, names.end):
            return key, names
    return None, None


def _communes_named(parser: Parser, names: Span, before_verb: Span) -> list[CommuneRef]:
    """The communes named; when they name none, those of the last part of the words before the
    verb ("Depuis 2023, A est couverte par ...")."""
    refs, _ = parser._communes_in(names, None)
    last_part = Span(parser.text.rfind(",", before_verb.start, before_verb.end) + 1, before_verb.end)
    if not any(r.commune for r in refs) and last_part.start > before_verb.start:
        refs, _ = parser._communes_in(last_part, None)
    return refs


def _written_short(ref: CommuneRef, departments: list[str]) -> CommuneRef:
    """"Thonon" for Thonon-les-Bains: the one commune of the document's departments whose name it starts."""
    gaz = gazetteer.load()
    longer = [commune for department in departments for commune in gaz.longer_names(ref.name, department)]
    return CommuneRef(ref.name, ref.span, longer[0], ref.former_name) if len(longer) == 1 else ref


def _commune_named_before(ctx: Context, departments_of, start: int) -> list[CommuneRef]:
    """The last commune named in the sentences before `start` (not inside a CPTS's name)."""
    gaz = gazetteer.load()
    departments = document_departments(ctx, departments_of)
    window = max(0, start - ANAPHOR_REACH)
    for match in reversed(list(CAPITALISED.finditer(ctx.text, window, start))):
        if ctx.inside_name(match.start()) or gaz.find_department(match.group()):
            continue
        candidates = gaz.candidates(match.group())
        commune = candidates[0] if len(candidates) == 1 else gaz.link_commune(match.group(), departments) if candidates else None
        if commune and len(match.group()) > 3:
            return [CommuneRef(match.group(), Span(match.start(), match.end()), commune)]
    return []
