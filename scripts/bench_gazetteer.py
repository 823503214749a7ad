"""Benchmark the gazetteer: load time, and the cost of link_commune and find_epci.

    python scripts/bench_gazetteer.py [--names 5000] [--seed 2026]

Names are drawn deterministically from the gazetteer itself and degraded the way press releases
write them: accents stripped, some hyphens turned into spaces, EPCI type abbreviations spelt out.
"""
from __future__ import annotations

import argparse
import random
import statistics
import time
import unicodedata

from pipeline.reference import gazetteer


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def degrade(name: str, rng: random.Random) -> str:
    """Accents stripped; each hyphen becomes a space with probability 1/2."""
    return "".join(" " if ch == "-" and rng.random() < 0.5 else ch for ch in strip_accents(name))


def spell_out_epci(name: str) -> str:
    for short, long in (("CC ", "communauté de communes "), ("CA ", "communauté d'agglomération "),
                        ("CU ", "communauté urbaine ")):
        if name.startswith(short):
            return long + name[len(short):]
    return name


def time_load() -> float:
    gazetteer.load.cache_clear()
    start = time.perf_counter()
    gazetteer.load()
    return time.perf_counter() - start


def time_calls(call, arguments: list[tuple]) -> tuple[float, list]:
    """Microseconds per call (best of 3 rounds) and the results of the last round."""
    rounds = []
    for _ in range(3):
        start = time.perf_counter()
        results = [call(*args) for args in arguments]
        rounds.append((time.perf_counter() - start) / len(arguments) * 1e6)
    return min(rounds), results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    loads = [time_load() for _ in range(3)]
    gaz = gazetteer.load()
    print(f"load: first {loads[0] * 1000:.0f} ms, median of 3 {statistics.median(loads) * 1000:.0f} ms")

    communes = rng.sample(gaz.communes(), args.names)
    with_context = [(degrade(c.name, rng), [c.department]) for c in communes]
    per_call, found = time_calls(gaz.link_commune, with_context)
    right = sum(1 for commune, result in zip(communes, found) if result and result.insee == commune.insee)
    print(f"link_commune(name, [department]): {per_call:.1f} µs/call, "
          f"{right}/{len(communes)} linked to the commune drawn, {found.count(None)} None")

    bare = [(name,) for name, _ in with_context]
    per_call, found = time_calls(gaz.link_commune, bare)
    right = sum(1 for commune, result in zip(communes, found) if result and result.insee == commune.insee)
    print(f"link_commune(name) without context: {per_call:.1f} µs/call, "
          f"{right}/{len(communes)} linked, {found.count(None)} None (homonyms)")

    connectors = [(c, (degrade(c.name, rng).replace("-et-", "-").replace("-sur-", "-"), [c.department]))
                  for c in communes if "-et-" in c.name or "-sur-" in c.name]
    per_call, found = time_calls(gaz.link_commune, [args for _, args in connectors])
    right = sum(1 for (commune, _), result in zip(connectors, found) if result and result.insee == commune.insee)
    print(f"link_commune(name without et/sur, [department]) (near-spelling path): {per_call:.1f} µs/call, "
          f"{right}/{len(connectors)} linked")

    unknown = [(f"{name} Xq",) for name, _ in with_context]
    per_call, _ = time_calls(gaz.link_commune, unknown)
    print(f"link_commune(unknown name): {per_call:.1f} µs/call")

    epcis = gaz.epcis()
    queries = [(degrade(spell_out_epci(e.name), rng), sorted({gaz.commune(m).department for m in e.members}))
               for e in epcis]
    per_call, found = time_calls(gaz.find_epci, queries)
    right = sum(1 for epci, result in zip(epcis, found) if result and result.siren == epci.siren)
    print(f"find_epci(name, departments): {per_call:.1f} µs/call, {right}/{len(epcis)} found")

    per_call, found = time_calls(gaz.find_epci, [(name,) for name, _ in queries])
    right = sum(1 for epci, result in zip(epcis, found) if result and result.siren == epci.siren)
    print(f"find_epci(name) without context: {per_call:.1f} µs/call, {right}/{len(epcis)} found")


if __name__ == "__main__":
    main()
