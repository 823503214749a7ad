"""The gazetteer build (pipeline.reference.refdata): format, determinism, and a rebuild of the committed file."""
from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from pipeline.reference import gazetteer, refdata

COMMITTED = refdata.DATA_DIR / refdata.OUTPUT_NAME
MADE = Path(__file__).resolve().parents[2] / "build" / "refdata"  # what `make refdata` leaves
TARBALL = f"etalab-decoupage-administratif-{refdata.PACKAGE_VERSION}.tgz"


@pytest.fixture(scope="module")
def npm_packages(tmp_path_factory) -> tuple[Path, list[Path]]:
    """The pinned npm package and its earlier versions: those `make refdata` packed if present,
    else `npm pack` into a temp dir."""
    if (MADE / TARBALL).exists() and len(list((MADE / "history").glob("*.tgz"))) == len(refdata.HISTORY_VERSIONS):
        return MADE / TARBALL, sorted((MADE / "history").glob("*.tgz"))
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip(f"source packages absent: no {MADE} and npm is not on PATH")
    target = tmp_path_factory.mktemp("npm")
    specs = [f"{refdata.PACKAGE}@{refdata.PACKAGE_VERSION}"] + refdata.history_specs()
    try:
        subprocess.run([npm, "pack", *specs], cwd=target, check=True, capture_output=True, text=True, timeout=600)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"source packages absent: `npm pack` failed (offline?): {error}")
    return target / TARBALL, sorted(p for p in target.glob("*.tgz") if p.name != TARBALL)


def test_rebuild_is_byte_identical_to_the_committed_file(npm_packages, tmp_path):
    package, history = npm_packages
    rebuilt = refdata.build(package, tmp_path, history)
    assert rebuilt.read_bytes() == COMMITTED.read_bytes()


def test_rebuild_from_the_data_directory_matches_too(npm_packages, tmp_path):
    package, history = npm_packages
    with tarfile.open(package, "r:gz") as tar:  # unpack the tarball as `make refdata` does
        tar.extractall(tmp_path / "unpacked", filter="data")
    rebuilt = refdata.build(tmp_path / "unpacked" / "package" / "data", tmp_path, history)
    assert rebuilt.read_bytes() == COMMITTED.read_bytes()


def test_the_committed_file_knows_former_intercommunalities():
    gaz = gazetteer.load()
    renamed = gaz.find_epci("Communauté de communes du Pays Ribéracois", ["24"])
    assert (renamed.siren, renamed.name) == ("200040400", "CC du Périgord Ribéracois")
    dissolved = gaz.find_epci("la communauté de communes Jura Sud", ["39"])
    assert dissolved.siren == "243900412" and len(dissolved.members) == 17  # merged in 2020
    assert gaz.find_epci("Métropole Européenne de Lille", ["59"]).siren == "200093201"  # the current one


# --- on a tiny synthetic package: runs everywhere ---------------------------------------------

TINY = {
    "departements.json": [{"code": "21", "nom": "Côte-d'Or"}, {"code": "89", "nom": "Yonne"}],
    "epci.json": [{"code": "200000001", "nom": "CC  Test\tdu Val", "type": "CC",
                   "membres": [{"code": "21001"}, {"code": "21002"}]}],
    "communes.json": [
        {"code": "21002", "nom": "Bourg-Neuf", "type": "commune-actuelle", "departement": "21",
         "population": 30},
        {"code": "21001", "nom": "Ancien", "type": "commune-actuelle", "departement": "21",
         "population": 100},
        {"code": "89001", "nom": "Ancien", "type": "commune-actuelle", "departement": "89"},
        {"code": "21003", "nom": "Vieux-Bourg", "type": "commune-deleguee", "departement": "21",
         "chefLieu": "21002"},
        {"code": "21004", "nom": "Orphelin", "type": "commune-associee", "departement": "21",
         "chefLieu": "21999"},
    ],
}


def test_rows_are_sorted_and_clean():
    rows = refdata.build_rows(TINY, refdata.PACKAGE_VERSION)
    kinds = [row[0] for row in rows]
    assert kinds == ["#"] * 4 + ["D", "D", "E", "C", "C", "C", "F"]
    assert ("E", "200000001", "CC", "CC Test du Val", "130") in rows
    assert ("C", "21001", "Ancien", "21", "200000001", "100") in rows
    assert ("C", "89001", "Ancien", "89", "", "") in rows
    assert ("F", "21003", "Vieux-Bourg", "21002", "D") in rows
    assert not any(row[1] == "21004" for row in rows)  # its chef-lieu is not a current commune
    assert ("#", "population_year", "2023") in rows


def test_encoding_is_deterministic():
    rows = refdata.build_rows(TINY, refdata.PACKAGE_VERSION)
    first = refdata.encode(rows)
    assert first == refdata.encode(refdata.build_rows(TINY, refdata.PACKAGE_VERSION))
    assert first[4:8] == b"\0\0\0\0"  # gzip mtime field
    assert gzip.decompress(first).decode("utf-8").endswith("\n")


def test_output_reads_back_through_the_gazetteer():
    text = gzip.decompress(refdata.encode(refdata.build_rows(TINY, "6.0.0"))).decode("utf-8")
    gaz = gazetteer.parse(text.splitlines())
    assert gaz.population_year() == "2023"
    assert gaz.epci("200000001").members == ("21001", "21002")
    assert gaz.link_commune("Vieux Bourg").insee == "21002"
    assert gaz.link_commune("Ancien") is None
    assert gaz.link_commune("Ancien", ["89"]).population is None
    assert gaz.find_epci("Test du Val", ["21"]).siren == "200000001"


def test_earlier_versions_give_former_names_and_dissolved_intercommunalities():
    earlier = {
        "epci.json": [{"code": "200000001", "nom": "CC du Vieux Val", "type": "CC",
                       "membres": [{"code": "21001"}, {"code": "21002"}]},
                      {"code": "200000009", "nom": "CC des Trois Bourgs", "type": "CC",
                       "membres": [{"code": "21003"}, {"code": "21002"}, {"code": "21777"}]},
                      {"code": "200000008", "nom": "CC du Test du Val", "type": "CC", "membres": []}],
        "communes.json": [],
    }
    rows = refdata.build_rows(TINY, "6.0.0", [("5.0.0", earlier)])
    assert ("R", "200000001", "CC du Vieux Val") in rows
    # Vieux-Bourg (21003) is now part of Bourg-Neuf (21002); 21777 exists no more
    assert ("X", "200000009", "CC", "CC des Trois Bourgs", "30", "21002") in rows
    assert not any(row[1] == "200000008" for row in rows)  # the words of a current EPCI's name
    assert ("#", "history", "5.0.0") in rows
    gaz = gazetteer.parse(gzip.decompress(refdata.encode(rows)).decode("utf-8").splitlines())
    assert gaz.find_epci("communauté de communes du Vieux Val", ["21"]).siren == "200000001"
    assert gaz.find_epci("CC des Trois Bourgs", ["21"]).members == ("21002",)


def test_missing_source_file_is_reported():
    with pytest.raises(FileNotFoundError):
        refdata.build_rows({"communes.json": []}, "6.0.0")


def test_reads_a_data_directory(tmp_path):
    data = tmp_path / "package" / "data"
    data.mkdir(parents=True)
    for name, content in TINY.items():
        (data / name).write_text(json.dumps(content), encoding="utf-8")
    (tmp_path / "package" / "package.json").write_text('{"version": "6.0.0"}', encoding="utf-8")
    for source in (data, data.parent):
        read, version = refdata.read_package(source)
        assert version == "6.0.0" and set(read) == set(TINY)
