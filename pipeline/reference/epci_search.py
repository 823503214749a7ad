"""Finding the intercommunality (EPCI) a free-text name designates: the part of the gazetteer that
indexes EPCI names (current and former, with their short forms, acronyms and initials) and
searches them by their distinctive words, rare words weighing more."""
from __future__ import annotations

import functools
import itertools
import logging
import math
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .epci_names import (DOTTED_TYPE, EPCI_TYPE_AFTER, EPCI_TYPE_BEFORE, epci_initials, epci_kind_hint, epci_tokens,
                         one_close_word)

if TYPE_CHECKING:
    from .gazetteer import Commune, Epci

log = logging.getLogger(__name__)

_MIN_CONTAINMENT = 0.8  # share (by weight) of the query's tokens the EPCI name must hold
_MIN_JACCARD = 0.4  # weighted overlap between the query and the whole EPCI name
_MIN_JACCARD_ELSEWHERE = 0.9
_MIN_JACCARD_ALONE = 0.6  # for a name written without its type word  # for an EPCI with no member in the departments given
_AMBIGUITY_MARGIN = 0.1  # a runner-up this close in Jaccard makes the name ambiguous


# two places, each with its article: "la Garonne et le Tarn"
TWO_PLACES = re.compile(r"\bet\s+(?:la|le|les|l['’])\s*\w", re.IGNORECASE)


class EpciSearch:
    """Mixed into `Gazetteer`, whose `_epcis`, `_communes`, `candidates` and `find_department` it uses."""

    def _index_epci_names(self, former_epci_names: Iterable[tuple[str, str]]) -> None:
        names: dict[str, list[str]] = {siren: [epci.name] for siren, epci in self._epcis.items()}
        for siren, name in former_epci_names:  # "CC du Pays de Lunel", now "CA Lunel Agglo"
            if siren in names:
                names[siren].append(name)
        # "CC de la Haute Somme (Combles - Péronne - Roisel)", "CA ECLA (Espace ...)": named without the bracket too
        self._epci_token_sets = {siren: list(dict.fromkeys(epci_tokens(variant) for name in these
                                                          for variant in ((name, name.split("(")[0]) if "(" in name else (name,))))
                                 for siren, these in names.items()}
        # "CA Intercommunale Réunion Est (CIREST)": the short name in brackets, when it is one's only
        acronyms: dict[frozenset, set[str]] = defaultdict(set)
        for siren, these in names.items():
            for name in these:
                bracket = re.search(r"\(([^()]{2,20})\)\s*$", name)
                if bracket and epci_tokens(bracket.group(1)):
                    acronyms[epci_tokens(bracket.group(1))].add(siren)
        self._epci_by_acronym = {tokens: sirens.pop() for tokens, sirens in acronyms.items() if len(sirens) == 1}
        self._epci_by_initials: dict[str, list[str]] = defaultdict(list)
        for siren, epci in self._epcis.items():
            for initials in epci_initials(epci):
                self._epci_by_initials[initials].append(siren)
        self._epci_by_token: dict[str, list[str]] = defaultdict(list)
        for siren, token_sets in sorted(self._epci_token_sets.items()):
            for token in sorted(frozenset().union(*token_sets)):
                self._epci_by_token[token].append(siren)
        total = len(self._epcis) + 1
        self._token_weight = {t: math.log(total / (len(s) + 0.5)) for t, s in self._epci_by_token.items()}
        self._unknown_token_weight = math.log(total / 0.5)
        # "CC Monts, Rance et Rougier": names with a comma, by their words before it, where a reading of a text stops
        self._epci_by_comma_head: dict[frozenset, list[str]] = defaultdict(list)
        for siren, epci in sorted(self._epcis.items()):
            if "," in epci.name.split("(")[0] and not epci.dissolved:
                self._epci_by_comma_head[epci_tokens(epci.name.split(",")[0])].append(siren)
        self._epci_departments: dict[str, set[str]] = defaultdict(set)
        for commune in self._communes.values():
            if commune.epci:
                self._epci_departments[commune.epci].add(commune.department)
        for epci in self._epcis.values():  # a dissolved one: its members of the time
            if epci.dissolved:
                self._epci_departments[epci.siren].update(self._communes[c].department for c in epci.members)

    def epci_departments(self, siren: str) -> set[str]:
        """The departments an EPCI's member communes lie in."""
        return set(self._epci_departments.get(siren, ()))

    def find_epci(self, name: str, departments: Sequence[str] = ()) -> Epci | None:
        """The EPCI a free-text intercommunality name designates, or None if no name holds most
        of its distinctive words. EPCIs with members in `departments` are searched first; outside
        them only a name with (nearly) the same words is accepted."""
        name = DOTTED_TYPE.sub(lambda m: "C" + (m.group(1) or m.group(2)), name)
        query = epci_tokens(name)
        if not query:
            return None
        if query in self._epci_by_acronym:
            return self._epcis[self._epci_by_acronym[query]]
        if departments and len(query) == 1 and re.search(rf"\b{next(iter(query)).upper()}\b", name):
            by_initials = self._epci_by_initials_in(next(iter(query)), departments)
            if by_initials:
                return by_initials
        kind = epci_kind_hint(name)
        if departments:
            wanted = set(departments)
            in_departments = lambda siren: not wanted.isdisjoint(self._epci_departments.get(siren, ()))
            local = self._best_epci(query, kind, in_departments)
            respelled = self._respelled(query, tuple(sorted(wanted))) if local is None else query
            if respelled != query:  # "Beaune Céte & Sud" read from a scan
                local = self._best_epci(respelled, kind, in_departments)
            if local is not None:
                return local
            return (self._best_epci(query, kind, lambda siren: True, min_jaccard=_MIN_JACCARD_ELSEWHERE)
                    or self._epci_of_centre(name, kind, departments))
        return self._best_epci(query, kind, lambda siren: True) or self._epci_of_centre(name, kind, departments)

    def _respelled(self, query: frozenset[str], departments: tuple[str, ...]) -> frozenset[str]:
        """The query with each word that no EPCI name of the departments holds replaced by the
        one such word a letter away from it ("cete" -> "cote"), when there is one."""
        words = self._epci_words_in(departments)
        return frozenset(
            token if token in words or len(token) < 4 else one_close_word(token, words) or token for token in query)

    @functools.lru_cache(maxsize=16)
    def _epci_words_in(self, departments: tuple[str, ...]) -> frozenset[str]:
        wanted = set(departments)
        return frozenset(token for siren, token_sets in self._epci_token_sets.items()
                         if not wanted.isdisjoint(self._epci_departments.get(siren, ())) for tokens in token_sets for token in tokens)

    def _epci_of_centre(self, name: str, kind: str | None, departments: Sequence[str]) -> Epci | None:
        """"la communauté de communes de Ville-sur-Rive", "Ville-sur-Rive Agglomération": an EPCI
        named after its largest town, when the type word is written."""
        town = EPCI_TYPE_AFTER.sub("", EPCI_TYPE_BEFORE.sub("", name.strip(), count=1), count=1)
        if town == name.strip():
            return None
        communes = [c for c in self.candidates(town) if c.epci and (not departments or c.department in departments)]
        if len(communes) != 1 or communes[0].epci not in self._epcis:
            return None
        epci = self._epcis[communes[0].epci]
        largest = self.largest_member(epci)
        return epci if largest and largest.insee == communes[0].insee and (kind is None or epci.kind[:2] == kind[:2]) else None

    def epci_named_past_comma(self, text: str, start: int, end: int) -> tuple[int, Epci] | None:
        """"la communauté de communes Monts, Rance et Rougier": when the words from `start` to `end` (a comma
        after them) are an EPCI's name up to its comma and the words that follow complete it, where the
        whole name ends, and the EPCI."""
        if not text.startswith(",", end):
            return None
        for siren in self._epci_by_comma_head.get(epci_tokens(text[start:end]), ()):
            whole = epci_tokens(self._epcis[siren].name.split("(")[0])
            for word in itertools.islice(re.finditer(r"[^\s.;:()]+", text[end:text.find("\n", end) % (len(text) + 1)]), 8):
                name_end = end + word.end()
                while text[name_end - 1] in ",»\"":
                    name_end -= 1
                if epci_tokens(text[start:name_end]) == whole:
                    return name_end, self._epcis[siren]
        return None

    def largest_member(self, epci: Epci) -> Commune | None:
        """An EPCI's most populous commune: its centre, the town it is often named after or written beside."""
        return max((self._communes[m] for m in epci.members if m in self._communes), key=lambda c: c.population or 0,
                   default=None)

    def find_epci_named_alone(self, name: str, departments: Sequence[str]) -> Epci | None:
        """The EPCI of the departments whose name, without its type word, holds these two words or
        more and little else ("Grand Orb"), when they name no commune or department ("Gers" alone
        is no "CC Val de Gers")."""
        query = epci_tokens(name)
        if len(query) < 2 or self.candidates(name) or self.find_department(name):
            return None
        if not departments:  # no department to search in: the one EPCI of France with these very words
            same = {s for s in self._epci_by_token.get(next(iter(query)), ()) if query in self._token_sets(s)}
            return self._epcis[same.pop()] if len(same) == 1 else None
        wanted = set(departments)
        epci = self._best_epci(query, epci_kind_hint(name),
                               lambda siren: not wanted.isdisjoint(self._epci_departments.get(siren, ())),
                               min_jaccard=_MIN_JACCARD_ALONE, min_containment=1.0)
        if epci and TWO_PLACES.search(name) and not TWO_PLACES.search(epci.name):
            return None  # "la Garonne et le Tarn", two rivers, is no "CC Grand Sud Tarn-et-Garonne"
        return epci

    def find_epci_acronym(self, acronym: str, departments: Sequence[str]) -> Epci | None:
        """"couvre la CAPI": the EPCI whose official short name this is (in the departments when
        they are known), else the one of the departments whose initials these are."""
        query = epci_tokens(acronym)
        if len(query) != 1:
            return None
        siren = self._epci_by_acronym.get(query)
        if siren and (not departments or not set(departments).isdisjoint(self._epci_departments.get(siren, ()))):
            return self._epcis[siren]
        return self._epci_by_initials_in(next(iter(query)), departments) if departments else None

    def _epci_by_initials_in(self, acronym: str, departments: Sequence[str]) -> Epci | None:
        """"l'OBC", "la CCVX": the one EPCI of the departments whose initials these are."""
        acronym = re.sub(r"([2-4])([a-z])", lambda m: m.group(2) * int(m.group(1)), acronym)  # "ca3b": "cabbb"
        for form in (acronym, {"cc": "ca", "ca": "cc"}.get(acronym[:2], "") + acronym[2:]):  # "CCPG": a CC since become a CA
            sirens = [s for s in self._epci_by_initials.get(form, ()) if not set(departments).isdisjoint(self._epci_departments.get(s, ()))]
            if len(sirens) == 1:
                return self._epcis[sirens[0]]
        return None

    def _best_epci(self, query: frozenset[str], kind: str | None, allowed: Callable[[str], bool],
                   min_jaccard: float = _MIN_JACCARD, min_containment: float = _MIN_CONTAINMENT) -> Epci | None:
        sirens = {siren for token in query for siren in self._epci_by_token.get(token, ())}
        scored = []
        for siren in sorted(sirens):
            if not allowed(siren):
                continue
            containment, jaccard = max(self._epci_overlap(query, tokens) for tokens in self._token_sets(siren))
            if containment >= min_containment - 1e-9 and jaccard >= min_jaccard:
                same_kind = kind is not None and self._epcis[siren].kind[:2] == kind[:2]
                scored.append((round(containment, 6), jaccard, same_kind, siren))
        if not scored:
            return None
        scored.sort(reverse=True)
        best = scored[0]
        close = [s for s in scored if s[0] == best[0] and s[1] > best[1] - _AMBIGUITY_MARGIN]
        if len(close) > 1:  # near tie: only the type named in the query can settle it
            close = [s for s in close if s[2]]
            if len(close) != 1:
                log.debug("ambiguous EPCI name %s: %s", sorted(query), [s[3] for s in scored[:3]])
                return None
        return self._epcis[close[0][3]]

    def _token_sets(self, siren: str) -> list[frozenset[str]]:
        return self._epci_token_sets[siren]

    def _epci_overlap(self, query: frozenset[str], tokens: frozenset[str]) -> tuple[float, float]:
        """Weighted (rare words count more) containment of the query in the name, and Jaccard."""
        weight = self._token_weight.get
        unknown = self._unknown_token_weight
        shared = sum(weight(t, unknown) for t in query & tokens)
        in_query = sum(weight(t, unknown) for t in query)
        in_either = in_query + sum(weight(t, unknown) for t in tokens - query)
        return shared / in_query, shared / in_either
