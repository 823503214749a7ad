"""The official gazetteer: communes, former communes, EPCIs and departments, and name linking.

Data: ``pipeline/data/gazetteer.tsv.gz``, built by ``python -m pipeline.reference.refdata`` from the npm
package @etalab/decoupage-administratif (see ``pipeline/data/SOURCE.md``). ``load()`` reads it
once per process; every lookup afterwards is a dict lookup on precomputed folded keys.
"""
from __future__ import annotations

import functools
import gc
import gzip
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from rapidfuzz.distance import Levenshtein

from .epci_names import epci_tokens  # noqa: F401 (read through the gazetteer by the territory modules)
from .epci_search import EpciSearch
from .folding import fold, fold_many, loose_key, one_edit_apart

log = logging.getLogger(__name__)

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv.gz"

_NameEntry = tuple  # (name, insee, is_current_name): what the name indexes hold


@dataclass(frozen=True, slots=True)
class Commune:
    insee: str
    name: str
    department: str
    epci: str | None
    population: int | None


@dataclass(frozen=True, slots=True)
class Epci:
    siren: str
    name: str
    kind: str  # "CC", "CA", "CU", "METRO", "MET69"
    members: tuple[str, ...]
    population: int | None
    dissolved: bool = False  # no longer in force: its name and members as last listed


MIN_TWO_EDITS = 10  # letters a name needs before two misread letters are forgiven
MIN_LOOSE_LETTERS, LOOSE_SHARE = 6, 0.34  # a name listed under its EPCI: long enough, under a third misread


# --- the gazetteer -------------------------------------------------------------------------

class Gazetteer(EpciSearch):
    def __init__(self, communes: Iterable[Commune], epcis: Iterable[Epci], departments: dict[str, str],
                 former_names: Iterable[tuple[str, str]], metadata: dict[str, str] | None = None,
                 former_epci_names: Iterable[tuple[str, str]] = ()):
        """`former_names`: (name, insee of the current commune that absorbed it); `former_epci_names`:
        (siren, an earlier name of that EPCI). `epcis` may hold EPCIs since dissolved, with their
        members of the time."""
        self._communes = {c.insee: c for c in communes}
        self._epcis = {e.siren: e for e in epcis}
        self._departments = dict(departments)
        self._metadata = dict(metadata or {})
        self._index_commune_names(former_names)
        self._index_department_names()
        self._index_epci_names(former_epci_names)

    # indexes

    def _index_commune_names(self, former_names: Iterable[tuple[str, str]]) -> None:
        entries = [(c.name, c.insee, True) for c in self._communes.values()]
        # "Château-Chinon (Ville)" is also written "Château-Chinon"
        entries += [(c.name.split("(")[0], c.insee, False) for c in self._communes.values() if "(" in c.name]
        entries += [(name, insee, False) for name, insee in former_names if insee in self._communes]
        keys = fold_many([entry[0] for entry in entries])
        self._by_name = _group(keys, entries)
        self._by_loose = _group(loose_key("\n".join(keys)).split("\n"), entries)

    def _index_department_names(self) -> None:
        self._department_by_name = {fold(name): code for code, name in self._departments.items()}
        loose: dict[str, set[str]] = defaultdict(set)
        for code, name in self._departments.items():
            loose[loose_key(fold(name))].add(code)
        self._department_by_loose = {key: codes.pop() for key, codes in loose.items() if len(codes) == 1}

    # simple lookups

    def commune(self, insee: str) -> Commune | None:
        return self._communes.get(insee)

    def epci(self, siren: str) -> Epci | None:
        return self._epcis.get(siren)

    def communes(self) -> list[Commune]:
        """Every current commune, by INSEE code."""
        return sorted(self._communes.values(), key=lambda commune: commune.insee)

    def epcis(self) -> list[Epci]:
        """Every EPCI in force, by SIREN."""
        return sorted((epci for epci in self._epcis.values() if not epci.dissolved), key=lambda epci: epci.siren)

    def department_name(self, code: str) -> str | None:
        return self._departments.get(code)

    def departments(self) -> dict[str, str]:
        return dict(self._departments)

    def population_year(self) -> str:
        return self._metadata.get("population_year", "")

    def find_department(self, name: str) -> str | None:
        """Department code for a name however written ("Cote d Or" -> "21"), or a code itself."""
        code = name.strip().upper()
        if code in self._departments:
            return code
        key = fold(name)
        return self._department_by_name.get(key) or self._department_by_loose.get(loose_key(key))

    # communes

    def candidates(self, name: str) -> list[Commune]:
        """Current communes whose current or former name folds like `name`; current names first."""
        hits = _best_status(self._by_name.get(fold(name), ()))
        ordered = sorted(hits, key=lambda insee: (not hits[insee], insee))
        return [self._communes[insee] for insee in ordered]

    def is_former_name(self, name: str, insee: str) -> bool:
        """Whether `name` designates the commune `insee` only as one of its former names
        (a commune merged into it), not as its current name."""
        hits = _best_status(self._by_name.get(fold(name), ()))
        return insee in hits and not hits[insee]

    def link_commune(self, name: str, departments: Sequence[str] = (),
                     epci: str | None = None) -> Commune | None:
        """The one current commune meant by `name`, or None when unknown or ambiguous."""
        key = fold(name)
        if not key:
            return None
        hits = self._by_name.get(key)
        if hits:
            return self._choose(_best_status(hits), departments, epci, strict=False)
        hits = self._by_loose.get(loose_key(key))
        if hits:  # a near-spelling must be unique within the context it was given
            return self._choose(_best_status(hits), departments, epci, strict=True)
        return None

    def _choose(self, hits: dict[str, bool], departments: Sequence[str], epci: str | None,
                strict: bool) -> Commune | None:
        insees = list(hits)
        has_context = bool(departments) or epci is not None
        if has_context and (strict or len(insees) > 1):
            insees = self._in_context(insees, departments, epci)
        if len(insees) > 1:
            current = [insee for insee in insees if hits[insee]]
            insees = current or insees
        return self._communes[insees[0]] if len(insees) == 1 else None

    def _in_context(self, insees: list[str], departments: Sequence[str], epci: str | None) -> list[str]:
        if epci is not None:
            in_epci = [insee for insee in insees if self._communes[insee].epci == epci]
            if in_epci:
                return in_epci
        return [insee for insee in insees if self._communes[insee].department in departments]

    def link_near_spelling(self, name: str, department: str) -> Commune | None:
        """The one commune of `department` whose name is one letter away from `name` (a
        dropped hyphen, "Chalvinac" for "Chalvignac") or the same letters spaced otherwise ("Le
        Xvieux" for "Le X-vieux"), or two letters away for a long name; None for short names
        or several matches."""
        key = fold(name).replace(" ", "")
        if len(key) < 6:
            return self._shortened(name, department)
        by_length = self._glued_names(department)
        close = [commune for length in (len(key) - 1, len(key), len(key) + 1)
                 for other, commune in by_length.get(length, ()) if key == other or one_edit_apart(key, other)]
        if not close and len(key) >= MIN_TWO_EDITS:  # "Magny-sur-Tule" read from a scan for "Magny-sur-Tille"
            close = [commune for length in range(len(key) - 2, len(key) + 3) for other, commune in by_length.get(length, ())
                     if Levenshtein.distance(key, other, score_cutoff=2) <= 2]
        return close[0] if len(close) == 1 else self._shortened(name, department)

    def member_read_loosely(self, name: str, siren: str) -> Commune | None:
        """The member of an EPCI a badly read name listed under it stands for ("Morey Saunt Derus":
        Morey-Saint-Denis): among its few members, the one closest in spelling, when the misread
        letters are under a third of the name and no other member comes as close."""
        epci = self._epcis.get(siren)
        key = fold(name).replace(" ", "")
        if epci is None or len(key) < MIN_LOOSE_LETTERS:
            return None
        members = [self._communes[code] for code in epci.members if code in self._communes]
        ranked = sorted((Levenshtein.distance(key, fold(c.name).replace(" ", "")), c.insee) for c in members)
        if not ranked or ranked[0][0] > LOOSE_SHARE * len(key) or len(ranked) > 1 and ranked[1][0] - ranked[0][0] < 2:
            return None
        return self._communes[ranked[0][1]]

    def _shortened(self, name: str, department: str) -> Commune | None:
        """The one commune of `department` whose name starts with the words of `name`: a name
        written short ("Vic" for "Vic-la-Lande", "Bourg-le-Haut" for "Bourg-le-Haut-Vallon")."""
        longer = self.longer_names(name, department)
        return longer[0] if len(longer) == 1 else None

    def longer_names(self, name: str, department: str) -> list[Commune]:
        """The communes of `department` whose name starts with the words of `name`."""
        key = fold(name)
        if len(key) < 3 or any(c.department == department for c in self.candidates(name)):
            return []  # a commune of that very name in the department is the one meant
        return [commune for other, commune in self._folded_names(department) if other.startswith(key + " ")]

    @functools.lru_cache(maxsize=128)  # every department: a batch goes from one to another
    def _folded_names(self, department: str) -> list[tuple[str, Commune]]:
        """(folded name, commune) for the current communes of one department."""
        communes = [c for c in self._communes.values() if c.department == department]
        return list(zip(fold_many([c.name for c in communes]), communes))

    @functools.lru_cache(maxsize=128)
    def _glued_names(self, department: str) -> dict[int, list[tuple[str, Commune]]]:
        """(folded name without spaces, commune) for the current communes of one department, by
        the length of the name (one edit changes it by one letter at most)."""
        by_length: dict[int, list[tuple[str, Commune]]] = {}
        for key, commune in self._folded_names(department):
            glued = key.replace(" ", "")
            by_length.setdefault(len(glued), []).append((glued, commune))
        return by_length


def _group(keys: Sequence[str], entries: Sequence[_NameEntry]) -> dict[str, list[_NameEntry]]:
    """key -> the entries having it (empty keys left out)."""
    index: dict[str, list[_NameEntry]] = {}
    for key, entry in zip(keys, entries):
        if not key:
            continue
        hits = index.get(key)
        if hits is None:
            index[key] = [entry]
        else:
            hits.append(entry)
    return index


def _best_status(hits: Iterable[_NameEntry]) -> dict[str, bool]:
    """insee -> True if reached through a current name (which beats a former name)."""
    best: dict[str, bool] = {}
    for _, insee, current in hits:
        best[insee] = best.get(insee, False) or current
    return best


# --- loading -------------------------------------------------------------------------------

def _int_or_none(text: str) -> int | None:
    return int(text) if text else None


def parse(lines: Iterable[str]) -> Gazetteer:
    """A Gazetteer from the lines of the data file (format documented in pipeline.reference.refdata)."""
    metadata: dict[str, str] = {}
    departments: dict[str, str] = {}
    epci_rows: list[list[str]] = []
    communes: list[Commune] = []
    former: list[tuple[str, str]] = []
    members: dict[str, list[str]] = defaultdict(list)
    former_epcis: list[tuple[str, str]] = []
    dissolved: list[Epci] = []
    for line in lines:
        row = line.rstrip("\n").split("\t")
        kind = row[0]
        if kind == "C":
            _, insee, name, department, epci, population = row
            communes.append(Commune(insee, name, department, epci or None, _int_or_none(population)))
            if epci:
                members[epci].append(insee)
        elif kind == "F":
            former.append((row[2], row[3]))
        elif kind == "E":
            epci_rows.append(row)
        elif kind == "R":
            former_epcis.append((row[1], row[2]))
        elif kind == "X":  # dissolved: its members are listed
            _, siren, epci_kind, name, population, listed = row
            members_then = tuple(listed.split(",")) if listed else ()
            dissolved.append(Epci(siren, name, epci_kind, members_then, _int_or_none(population), dissolved=True))
        elif kind == "D":
            departments[row[1]] = row[2]
        elif kind == "#":
            metadata[row[1]] = row[2]
    epcis = [Epci(siren, name, epci_kind, tuple(sorted(members.get(siren, ()))), _int_or_none(population))
             for _, siren, epci_kind, name, population in epci_rows]
    return Gazetteer(communes, epcis + dissolved, departments, former, metadata, former_epcis)


@functools.lru_cache(maxsize=None)
def load(path: Path = DATA_FILE) -> Gazetteer:
    """The gazetteer of the committed data file, read once per process."""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # ~100k small objects, no cycles: collections would only cost time (a third of it)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            gazetteer = parse(handle.read().splitlines())
    finally:
        if gc_was_enabled:
            gc.enable()
    log.debug("loaded gazetteer from %s", path)
    return gazetteer
