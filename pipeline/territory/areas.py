"""What a perimeter is made of: areas (intercommunalities, cantons, parts of them) with the
communes listed under them, and communes named on their own."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Span
from ..reference import gazetteer



@dataclass
class CommuneRef:
    name: str
    span: Span
    commune: gazetteer.Commune | None
    former_name: bool = False  # a former commune, merged into another commune: in the perimeter, not a commune of its own


@dataclass
class Area:
    kind: str
    name: str
    span: Span
    code: str | None = None
    extent: str = "full"
    part: str | None = None
    listed: list[CommuneRef] = field(default_factory=list)
    excepted: list[CommuneRef] = field(default_factory=list)
    open_ended: bool = False
    communes_count: tuple[int, Span] | None = None  # "Baud Communauté (5 communes)"


@dataclass
class Territory:
    areas: list[Area] = field(default_factory=list)
    loose: list[CommuneRef] = field(default_factory=list)
    loose_open_ended: bool = False  # "les communes de A, B, C...": more than these
    attached: list[CommuneRef] = field(default_factory=list)  # named in passing by another CPTS's perimeter
    duplicates: list[CommuneRef] = field(default_factory=list)

    def communes(self) -> list[CommuneRef]:
        seen, out = set(), []
        for ref in [r for a in self.areas for r in a.listed] + self.loose + self.attached:
            ident = ref.commune.insee if ref.commune else gazetteer.fold(ref.name)
            if ident not in seen and not ref.former_name:
                seen.add(ident)
                out.append(ref)
        return out
