"""The communes named in a piece of a perimeter statement, linked to the gazetteer: "A, B et
du Vigean", "Saint-Denis (93)", "Saint-Claude (Jura)", "... et Téloché (Sarthe)", "A (6 000
hab.)", a name two departments share read beside the others of its list."""
from __future__ import annotations

import re
from collections import Counter

from ..facts.context import postal_department
from ..facts.place_names import EPCI_PHRASE
from ..model import Span
from ..reference import gazetteer
from .areas import CommuneRef
from ..text.list_repairs import inside_open_bracket
from .commune_lists import SUR_SLASH
from .list_layouts import names_its_former_communes
from .items import HAMLET, MAINLAND, OPEN_ENDED


def communes_in(gaz: gazetteer.Gazetteer, text: str, span: Span, epci: str | None, departments: list[str],
                trailing_department: bool = False) -> tuple[list[CommuneRef], bool]:
    """The communes named in `span` (cut at ",", ";", "/", "et", "&"), linked in `departments`
    or in the one a trailing "(Sarthe)" or "en Sarthe" names; and whether the list is left open."""
    chunk = text[span.start:span.end]
    # the ellipsis may lie just past the span: pieces are trimmed of end punctuation
    open_ended = bool(OPEN_ENDED.search(chunk) or re.match(r"\s*(?:\.\.\.|…)", text[span.end:span.end + 5]))
    end = span.end
    tail = re.search(r"\s+(?:en|in|dans\s+l[ae']|dans\s+le|de\s+la|du|in\s+(?:the\s+)?neighbouring)\s+"
                     r"(?P<dep>[A-ZÀ-Ý][^,;()]*?)(?:\s+voisine?s?)?\s*[.;]?\s*$", chunk)
    if trailing_department and tail and gaz.find_department(tail.group("dep")):
        departments = [gaz.find_department(tail.group("dep"))]
        end = span.start + tail.start()
    bracket = re.search(r"\s*\((?P<dep>[^()]+)\)\s*[.;]?\s*$", text[span.start:end])  # "... et Téloché (Sarthe)"
    bracketed = gaz.find_department(bracket.group("dep").strip()) if trailing_department and bracket else None
    if bracketed:
        departments = [bracketed]
        end = span.start + bracket.start()
    refs = []
    for piece in _pieces(text, span.start, end):
        hamlet = False
        for part in re.split(r"\s+(?:et|and|&|ainsi\s+que|as\s+well\s+as)\s+", piece.group()):
            # "le hameau de X et B", "les hameaux de Y et de Z": parts of a commune, none of them one
            hamlet = bool(re.match(HAMLET, part.strip(), re.IGNORECASE)) or hamlet and bool(HAMLET_GOES_ON.match(part))
            if hamlet:
                continue
            offset = piece.start() + piece.group().find(part)
            ref = _commune_ref(gaz, text, Span(offset, offset + len(part)), departments, epci)
            if ref:
                refs.append(ref)
    return _linked_by_neighbours(gaz, refs), open_ended


# A lower-case word no commune name holds, and the rest: "B désireux de coordonner leur action" ends at "B"
LOWER_CASE_TAIL = re.compile(r"\s+(?!(?:de|du|des|la|le|les|sur|sous|lès|lez|en|et|aux|au|s/)\b|[dl]['’])[a-zà-ÿ][\w'’-]*(?:\s.*)?$",
                             re.DOTALL)
# "Sablé s/ Sarthe" is one name; "les communes de l'Est : A, B": a label before the colon, the names after it
NAME_PIECE = re.compile(rf"(?:[^,;:/]|{SUR_SLASH.pattern})+")
HAMLET_GOES_ON = re.compile(r"\s*(?:de|du|des|d['’]|of)\b", re.IGNORECASE)
# "(Brognon, Clénay. Couternon, Flacey)": inside brackets a point before a name is a comma OCR misread
POINT_BEFORE_NAME = re.compile(r"(?<!\bSt)(?<!\bSte)(?<!\bMt)\.(?=\s+[A-ZÀ-Ý])")


def _pieces(text: str, start: int, end: int) -> list[re.Match]:
    """The names' pieces between the separators; inside brackets, a point before a capital parts
    them too."""
    pieces = []
    for piece in NAME_PIECE.finditer(text, start, end):
        cuts = list(POINT_BEFORE_NAME.finditer(text, piece.start(), piece.end())) if inside_open_bracket(text, piece.start()) else []
        bounds = [piece.start()] + [pos for m in cuts for pos in (m.start(), m.end())] + [piece.end()]
        pieces += [NAME_PIECE.match(text, a, b) for a, b in zip(bounds[::2], bounds[1::2])]
    return [piece for piece in pieces if piece and not text.startswith(":", piece.end())]  # a label, not a name


def _linked_by_neighbours(gaz: gazetteer.Gazetteer, refs: list[CommuneRef]) -> list[CommuneRef]:
    """A name left ambiguous (two departments have a commune of that name) is
    read in the departments of the other communes of its list; a misspelt one ("Chalvinac")
    links to the one commune of their main department a letter away."""
    linked = Counter(ref.commune.department for ref in refs if ref.commune)
    if not linked:
        return refs
    departments = sorted(linked)
    main = linked.most_common(1)[0][0]
    return [ref if ref.commune else CommuneRef(ref.name, ref.span, gaz.link_commune(ref.name, departments)
                                               or gaz.link_near_spelling(ref.name, main))
            for ref in refs]


SMALL_ARTICLE = re.compile(r"(?:les|la|le)\s+[A-ZÀ-Ý]|l['’]\s*[A-ZÀ-Ý]")


def _commune_ref(gaz: gazetteer.Gazetteer, text: str, span: Span, departments: list[str], epci: str | None
                 ) -> CommuneRef | None:
    raw = text[span.start:span.end]
    cleaned = OPEN_ENDED.sub("", raw)
    cleaned = re.sub(r"^\s*(?:(?:les\s+communes|la\s+(?:commune|ville))\s+(?:de\s+|d['’]\s*)|the\s+municipalities\s+of\s+)", "", cleaned,
                     flags=re.IGNORECASE)
    stripped = cleaned.strip(" \t\n.…;:·«»“”\"\u00a0")  # "«Vitrac»": quotes are no part of the name
    contracted = re.match(r"(?:(?:et|and)\s+)?(?:(du|au)|(des|aux)|de|d['’]|à)\s*(?=[A-ZÀ-Ý])", stripped)
    if contracted:  # "A, B et du Vigean": "Le Vigean"; "des Y": "Les Y"
        stripped = stripped[contracted.end():]
        article = "Le " if contracted.group(1) else "Les " if contracted.group(2) else ""
    else:
        article = ""
    # "Saint-Denis (93)", "Loches (37600)": the department; "Loches (6 000 hab.)": a figure
    code = re.search(r"\s*\((\d{2}|2[AB]|97\d)(\d{2,3})?\)$", stripped)
    department = code and postal_department(code.group(1), code.group(2))
    if department and gaz.department_name(department):
        departments, stripped = [department], stripped[:code.start()]
    named = not code and re.search(r"\s*\(([^()\d]+)\)$", stripped)  # "Saint-Claude (Jura)"
    if named and gaz.find_department(named.group(1).strip()):
        departments, stripped = [gaz.find_department(named.group(1).strip())], stripped[:named.start()]
    figure = re.search(r"\s*\([^()]*\d[^()]*\)$", stripped)
    stripped = stripped[:figure.start()] if figure else stripped
    # "C (communauté de communes X)": the area it lies in; "C (dont le hameau de Y)": an aside; "Val-Cenis (communes
    # déléguées de A, B)": one opened after the name and closed further down the list
    area = re.search(r"\s*\(([^()]*)\)?$", stripped)
    aside = area and (EPCI_PHRASE.search(area.group(1)) or re.match(r"\s*[a-zà-ÿ]", area.group(1))
                      or names_its_former_communes(stripped[:area.start()], area.group(1), departments))  # the communes it merged
    stripped = stripped[:area.start()] if aside else stripped
    tail = LOWER_CASE_TAIL.search(stripped)
    stripped = stripped[:tail.start()] if tail else stripped  # "Port-Saint-Louis désireux de ...": the sentence goes on
    if SMALL_ARTICLE.match(stripped):  # "A, les Rousses et B": the commune's article written small
        stripped = stripped[0].upper() + stripped[1:]
    if not stripped or not stripped[0].isupper() or EPCI_PHRASE.fullmatch(stripped):
        return None  # "les communes de X Agglomération": an intercommunality's, read as an area
    start = span.start + raw.find(stripped[:10]) if stripped[:10] in raw else span.start
    name = re.sub(r"-\s+", "-", re.sub(r"\s+", " ", stripped))
    name = re.sub(r"\s+-\s*|\s*-\s+", "-", name)
    with_article = article and gaz.link_commune(article + name, departments, epci)
    name = article + name if with_article else name  # "du Perthus": "Le Perthus"
    commune = with_article or gaz.link_commune(name, departments, epci) or gaz.link_commune(name, departments) or \
        (departments and all(d in MAINLAND for d in departments) and gaz.link_commune(name, MAINLAND)) or \
        (epci and gaz.member_read_loosely(name, epci)) or None  # "Morey Saunt Derus" under its intercommunality
    end = start + len(stripped) if text[start:start + len(stripped)] == stripped else span.end
    if commune is None and end - start == len(stripped):
        shorter = _before_other_words(gaz, text, Span(start, end), departments, epci)
        if shorter:
            return shorter
    former = commune is not None and gaz.is_former_name(name, commune.insee)
    return CommuneRef(name, Span(start, end), commune, former_name=former)


def _before_other_words(gaz: gazetteer.Gazetteer, text: str, name: Span, departments: list[str], epci: str | None
                        ) -> CommuneRef | None:
    """"A, B et C soit 15 000 habitants", "... et C depuis 2022": the words after the list's last
    name, from the first word in lower case no commune's name holds, are not the name."""
    words = list(re.finditer(r"\S+", text[name.start:name.end]))
    cut = next((i for i, word in enumerate(words) if i and not NAME_WORD.match(word.group())), None)
    if cut is None:
        return None
    ref = _commune_ref(gaz, text, Span(name.start, name.start + words[cut - 1].end()), departments, epci)
    return ref if ref and ref.commune else None


# A word a commune's name may hold: capitalised, a particle, an elided article before a capital
NAME_WORD = re.compile(r"[A-ZÀ-Ý0-9]|(?:de|du|des|sur|sous|en|lès|lez|les|la|le|et|aux?)(?:-|$)|[dl]['’][A-ZÀ-Ý]|\(")
