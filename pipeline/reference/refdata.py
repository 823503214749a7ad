"""Build the committed gazetteer from the npm package @etalab/decoupage-administratif.

Usage::

    python -m pipeline.reference.refdata build/package/data          # unpacked package (or its data/ dir)
    python -m pipeline.reference.refdata etalab-decoupage-administratif-6.0.0.tgz
    python -m pipeline.reference.refdata SOURCE --out some/dir       # write elsewhere (tests)
    python -m pipeline.reference.refdata SOURCE --history OLD.tgz ... # earlier versions: former EPCI names

The output, ``gazetteer.tsv.gz``, is a gzip (mtime 0, no file name) of a UTF-8, tab-separated
text sorted by record kind then code, so a rebuild from the same package is byte-identical.
Lines (first column = record kind):

    #  key  value                                 metadata
    D  code  name                                 department
    E  siren  kind  name  population              EPCI (kind CC/CA/CU/METRO/MET69)
    C  insee  name  department  epci  population  current commune (empty epci/population = none)
    F  code  name  current_insee  kind            former or secondary name of a current commune
                                                  (kind D = déléguée, A = associée,
                                                  M = arrondissement municipal)
    R  siren  name                                an earlier name of a current EPCI
    X  siren  kind  name  population  members     an EPCI since dissolved or merged: its name and
                                                  members (current INSEE codes, comma-separated)
                                                  in the last earlier version that has it

The members of a current EPCI are not stored: they are the communes whose ``epci`` column holds
its SIREN. R and X rows come from the earlier versions of the package given with ``--history``
(``HISTORY_VERSIONS``): a communiqué of 2020 names the intercommunalities of 2020.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import tarfile
from pathlib import Path
from typing import Any, Iterable

from .epci_names import epci_tokens

log = logging.getLogger(__name__)

PACKAGE = "@etalab/decoupage-administratif"
PACKAGE_VERSION = "6.0.0"
# The package states no population year; its README links INSEE's "populations de référence
# 2023" (in force on 1 January 2026). Checked: the communes of region 27 sum to 2 802 670,
# INSEE's published 2023 figure for Bourgogne-Franche-Comté.
POPULATION_YEAR = {"6.0.0": "2023"}

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
OUTPUT_NAME = "gazetteer.tsv.gz"
SOURCE_FILES = ("communes.json", "epci.json", "departements.json")
FORMER_KINDS = {"commune-deleguee": "D", "commune-associee": "A", "arrondissement-municipal": "M"}
# Every earlier version of the package with a commune and EPCI file (2019 onwards), oldest first
HISTORY_VERSIONS = ("0.5.1", "0.6.2", "0.7.0", "0.8.0", "1.0.0", "1.1.1", "2.0.0", "2.1.0", "2.2.1", "2.3.1",
                    "3.0.0", "3.1.1", "4.0.0", "4.1.0", "5.0.0", "5.0.1", "5.2.0", "5.3.0")


# --- reading the package -------------------------------------------------------------------

def read_package(source: Path) -> tuple[dict[str, Any], str | None]:
    """The package's JSON data files (by file name) and its version, from a .tgz or a directory."""
    if source.is_file():
        return _read_tarball(source)
    return _read_directory(source)


def _read_tarball(path: Path) -> tuple[dict[str, Any], str | None]:
    data: dict[str, Any] = {}
    version = None
    with tarfile.open(path, "r:gz") as tar:
        for member in tar.getmembers():
            name = member.name
            if name == "package/package.json":
                version = json.load(tar.extractfile(member)).get("version")
            elif name.startswith("package/data/") and name.rsplit("/", 1)[-1] in SOURCE_FILES:
                data[name.rsplit("/", 1)[-1]] = json.load(tar.extractfile(member))
    return data, version


def _read_directory(path: Path) -> tuple[dict[str, Any], str | None]:
    data_dir = path / "data" if (path / "data" / "communes.json").exists() else path
    data = {name: json.loads((data_dir / name).read_text(encoding="utf-8"))
            for name in SOURCE_FILES if (data_dir / name).exists()}
    version = None
    for candidate in (data_dir / "package.json", data_dir.parent / "package.json"):
        if candidate.exists():
            version = json.loads(candidate.read_text(encoding="utf-8")).get("version")
            break
    return data, version


# --- turning it into rows ------------------------------------------------------------------

def _clean(text: str) -> str:
    """Names go into a TSV: no tabs/newlines, single spaces (e.g. 'CA ECLA  (Espace ...')."""
    return " ".join(text.split())


def _num(value: Any) -> str:
    return "" if value is None else str(int(value))


def department_rows(departements: list[dict]) -> list[tuple[str, ...]]:
    return sorted(("D", d["code"], _clean(d["nom"])) for d in departements)


def epci_rows(epcis: list[dict], communes: list[dict]) -> list[tuple[str, ...]]:
    """EPCI population = sum of its members' populations in communes.json (millésime 2023);
    the package's own EPCI figures come from the DGCL file, one millésime older (2022)."""
    population = {c["code"]: c.get("population") for c in communes if c["type"] == "commune-actuelle"}
    rows = []
    for epci in epcis:
        members = [population.get(member["code"]) for member in epci["membres"]]
        total = None if None in members else sum(members)
        rows.append(("E", epci["code"], epci["type"], _clean(epci["nom"]), _num(total)))
    return sorted(rows)


def commune_epci_map(epcis: list[dict]) -> dict[str, str]:
    """INSEE code -> SIREN of the EPCI it is a member of."""
    membership: dict[str, str] = {}
    for epci in epcis:
        for member in epci["membres"]:
            previous = membership.setdefault(member["code"], epci["code"])
            if previous != epci["code"]:
                log.warning("commune %s is in two EPCIs: %s, %s", member["code"], previous, epci["code"])
    return membership


def commune_rows(communes: list[dict], membership: dict[str, str]) -> list[tuple[str, ...]]:
    return sorted(("C", c["code"], _clean(c["nom"]), c["departement"], membership.get(c["code"], ""),
                   _num(c.get("population")))
                  for c in communes if c["type"] == "commune-actuelle")


def former_rows(communes: list[dict]) -> list[tuple[str, ...]]:
    current = {c["code"] for c in communes if c["type"] == "commune-actuelle"}
    rows = set()
    for c in communes:
        kind = FORMER_KINDS.get(c["type"])
        if kind is None:
            continue
        absorber = c.get("commune") if kind == "M" else c.get("chefLieu")
        if absorber not in current:
            log.warning("skipping %s %s: %s is not a current commune", c["code"], c["nom"], absorber)
            continue
        rows.add(("F", c["code"], _clean(c["nom"]), absorber, kind))
    return sorted(rows)


def former_epci_rows(data: dict[str, Any], history: list[tuple[str | None, dict[str, Any]]]) -> list[tuple[str, ...]]:
    """The earlier names of current EPCIs (R) and the EPCIs no longer in force (X), from the
    earlier versions of the package (oldest first). A name with the words of a current EPCI's name
    (the same, or spelt with other type words, accents or dashes) is left out: it links already."""
    current = {epci["code"]: epci for epci in data["epci.json"]}
    current_names = {epci_tokens(epci["nom"]) for epci in data["epci.json"]}
    to_current = _current_codes(data["communes.json"])
    population = {c["code"]: c.get("population") for c in data["communes.json"] if c["type"] == "commune-actuelle"}
    renamed, dissolved = set(), {}
    for _, old in history:
        for epci in old["epci.json"]:
            name = _clean(epci.get("nom") or "")
            if not name or epci_tokens(name) in current_names:  # a current EPCI's name (since given a new SIREN)
                continue
            if epci["code"] in current:
                renamed.add(("R", epci["code"], name))
            else:  # a later version overwrites an earlier one: its last name and members
                members = sorted({to_current[m["code"]] for m in epci["membres"] if m["code"] in to_current})
                total = sum(population.get(code) or 0 for code in members)
                dissolved[epci["code"]] = ("X", epci["code"], epci["type"], name, _num(total), ",".join(members))
    return sorted(renamed) + sorted(dissolved.values())


def _current_codes(communes: list[dict]) -> dict[str, str]:
    """INSEE code of a commune of any year -> the current commune it is or belongs to."""
    codes = {c["code"]: c["code"] for c in communes if c["type"] == "commune-actuelle"}
    for c in communes:
        if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu") in codes:
            codes.setdefault(c["code"], c["chefLieu"])
    return codes


def history_specs() -> list[str]:
    """The npm specs of the earlier versions (`make refdata` packs them)."""
    return [f"{PACKAGE}@{version}" for version in HISTORY_VERSIONS]


def metadata_rows(version: str | None, history: list[str | None] = ()) -> list[tuple[str, ...]]:
    rows = [("#", "history", " ".join(v or "unknown" for v in history))] if history else []
    return rows + [
        ("#", "source", f"{PACKAGE}@{version or 'unknown'}"),
        ("#", "population_year", POPULATION_YEAR.get(version or "", "unknown")),
        ("#", "population", "municipale (INSEE, populations de référence)"),
        ("#", "licence", "Licence Ouverte / Etalab 2.0 (data), MIT (package code)"),
    ]


def build_rows(data: dict[str, Any], version: str | None,
               history: list[tuple[str | None, dict[str, Any]]] = ()) -> list[tuple[str, ...]]:
    """`history`: (version, data) of earlier versions of the package, oldest first."""
    missing = [name for name in SOURCE_FILES if name not in data]
    if missing:
        raise FileNotFoundError(f"source lacks {', '.join(missing)}")
    membership = commune_epci_map(data["epci.json"])
    return (metadata_rows(version, [v for v, _ in history]) + department_rows(data["departements.json"])
            + epci_rows(data["epci.json"], data["communes.json"])
            + commune_rows(data["communes.json"], membership)
            + former_rows(data["communes.json"])
            + former_epci_rows(data, list(history)))


def encode(rows: Iterable[tuple[str, ...]]) -> bytes:
    text = "".join("\t".join(row) + "\n" for row in rows)
    # mtime=0 and no file name in the header: the bytes depend on the content only
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def build(source: Path, out_dir: Path = DATA_DIR, history: list[Path] = ()) -> Path:
    data, version = read_package(source)
    if version != PACKAGE_VERSION:
        log.warning("expected %s %s, found version %s", PACKAGE, PACKAGE_VERSION, version)
    earlier = sorted(((v, d) for d, v in map(read_package, history)), key=lambda pair: _version_key(pair[0]))
    payload = encode(build_rows(data, version, earlier))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / OUTPUT_NAME
    target.write_bytes(payload)
    log.info("wrote %s (%d bytes)", target, len(payload))
    return target


def _version_key(version: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in (version or "0").split(".") if part.isdigit())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.reference.refdata", description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="unpacked package dir, its data/ dir, or the npm .tgz")
    parser.add_argument("--out", type=Path, default=DATA_DIR,
                        help="output directory (default: pipeline/data)")
    parser.add_argument("--history", type=Path, nargs="*", default=[],
                        help="earlier versions of the package (.tgz or directories), for former EPCI names")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    build(args.source, args.out, args.history)
    return 0


if __name__ == "__main__":
    sys.exit(main())
