"""Linking a list's names to communes: a name several communes share is read where the list's
other names are; a name that a line break cut in two without a hyphen ("Saint\nGervais Les
Bains", "PORTEL DES\nCORBIERES") is read whole. (pipeline.territory.commune_lists finds the
lists.)"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..model import Span
from ..reference import gazetteer

# Between two pieces of one name: a line break, and the article a piece's leading words left out ("CUXAC\nD'AUDE")
LINE_BREAK_ONLY = re.compile(r"[ \t]*\n[ \t]*(?:[dl]['’]|(?:de|du|des|la|le|les)[ \t]+)?", re.IGNORECASE)
# A name does not end with these: "PORTEL DES" goes on on the next line even when it links alone.
PARTICLE_AT_END = re.compile(r"[\s-](?:de|des|du|d['’]|sur|sous|en|lès|les|la|le|et|aux?|saint|sainte|st)\Z", re.IGNORECASE)


def link_run(gaz: gazetteer.Gazetteer, text: str, run: list, departments: list[str]) -> list:
    """The run's pieces (`commune_lists.Piece`) linked, those a line break cut joined again."""
    _link(gaz, run, departments)
    return _joined_across_lines(gaz, text, run, departments)


def _joined_across_lines(gaz: gazetteer.Gazetteer, text: str, run: list, departments: list[str]) -> list:
    """A piece at the end of a line and the one starting the next, either of them unlinked or the
    first ending with a particle, read as one name when together they link."""
    out = []
    for piece in run:
        before = out[-1] if out else None
        if (before is not None and not before.header and not piece.header
                and (not (before.commune and piece.commune) or PARTICLE_AT_END.search(before.name))
                and LINE_BREAK_ONLY.fullmatch(text, before.span.end, piece.span.start)):
            written = " ".join(text[before.span.start:piece.span.end].split())  # "CUXAC\nD'AUDE": the "D'" kept
            whole = dataclasses.replace(before, span=Span(before.span.start, piece.span.end),
                                        name=written, commune=None, candidates=[])
            _link(gaz, [whole], departments)
            if whole.commune:
                out[-1] = whole
                continue
        out.append(piece)
    return out


def _link(gaz: gazetteer.Gazetteer, run: list, departments: list[str]) -> None:
    """Link each name of a run. A name several communes share is read in the department most
    of the run's other names are in, then in the document's departments; a name only a
    commune far from both bears is left unlinked ("Norge et Tille", a name's last word)."""
    for piece in run:
        with_article = gaz.candidates(piece.article + piece.name) if piece.article and not piece.header else []
        if with_article:
            piece.name = piece.article + piece.name
        piece.candidates = [] if piece.header else with_article or gaz.candidates(piece.name)
    unique = Counter(p.candidates[0].department for p in run if len(p.candidates) == 1)
    # the run's own departments (two names or more in each) and the document's
    expected = {d for d, n in unique.items() if n >= 2} | set(departments)
    for piece in run:
        if piece.header:
            continue
        if len(piece.candidates) == 1:
            alone = piece.candidates[0]
            piece.commune = alone if not expected or alone.department in expected | {piece.department} else None
        elif piece.candidates:
            piece.commune = _most_local(piece.candidates, unique, departments)
        else:
            piece.commune = gaz.link_commune(piece.name, sorted(expected)) if expected else None
            piece.commune = piece.commune or _near_spelling(gaz, piece.name, unique) or \
                (unique and shortened_among(gaz, piece.name, unique.most_common(1)[0][0],
                                            {p.candidates[0].epci for p in run if len(p.candidates) == 1}))
        if piece.commune and piece.commune.department == gaz.find_department(piece.name):
            piece.commune = None  # "Paris", "Corrèze": the department more likely than its namesake commune


def _most_local(candidates: list[gazetteer.Commune], run_departments: Counter,
                departments: list[str]) -> gazetteer.Commune | None:
    best = max(run_departments[c.department] for c in candidates)
    near = [c for c in candidates if run_departments[c.department] == best] if best else candidates
    if len(near) > 1:
        near = [c for c in near if c.department in departments]
    return near[0] if len(near) == 1 else None


def _near_spelling(gaz: gazetteer.Gazetteer, name: str, run_departments: Counter) -> gazetteer.Commune | None:
    if not run_departments:
        return None
    return gaz.link_near_spelling(name, run_departments.most_common(1)[0][0])




def shortened_among(gaz: gazetteer.Gazetteer, name: str, department: str, epcis: set[str]) -> gazetteer.Commune | None:
    """"Banyuls" beside Collioure and Cerbère: of the communes whose name it starts, the one in
    the intercommunality of the communes named with it."""
    beside = [commune for commune in gaz.longer_names(name, department) if commune.epci in epcis]
    return beside[0] if len(beside) == 1 else None


# "Domme en Dordogne", "Gourdon dans le Lot", "Souillac in the Lot": a name and the department it lies in
IN_DEPARTMENT = r"(?:en|dans[ \t]+(?:le|la|les|l['’])|in(?:[ \t]+the)?)[ \t]*(?P<name>[A-ZÀ-Ý][\w'’ -]*)"
DEPARTMENT_AFTER = re.compile(rf"[ \t]+{IN_DEPARTMENT}$")


def without_department_after(name: str) -> tuple[str, str | None]:
    """The name without the department written after it, and that department's code (a name
    that is a commune's as a whole is left whole)."""
    after = DEPARTMENT_AFTER.search(name)
    gaz = gazetteer.load()
    department = gaz.find_department(after.group("name")) if after else None
    if not department or gaz.candidates(name):
        return name, None
    return name[:after.start()], department


# "en Dordogne, A et B ; dans le Lot, C et D": a department named before the names it holds
DEPARTMENT_PHRASE = re.compile(IN_DEPARTMENT)


def department_phrase(piece: str) -> str | None:
    """The code of the department a piece of a list only names ("en Dordogne", "dans le Lot")."""
    phrase = DEPARTMENT_PHRASE.fullmatch(piece.strip())
    return gazetteer.load().find_department(phrase.group("name")) if phrase else None
