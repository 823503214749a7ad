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
LOCAL_PACKAGE = Path("/tmp/npmtry/x/package")  # an unpacked copy, where the data was first built
TARBALL = f"etalab-decoupage-administratif-{refdata.PACKAGE_VERSION}.tgz"


@pytest.fixture(scope="module")
def npm_package(tmp_path_factory) -> Path:
    """The pinned npm package: the local unpacked copy if present, else `npm pack` into a temp dir."""
    if (LOCAL_PACKAGE / "data" / "communes.json").exists():
        return LOCAL_PACKAGE
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip(f"source package absent: no {LOCAL_PACKAGE} and npm is not on PATH")
    target = tmp_path_factory.mktemp("npm")
    spec = f"{refdata.PACKAGE}@{refdata.PACKAGE_VERSION}"
    try:
        subprocess.run([npm, "pack", spec], cwd=target, check=True, capture_output=True, text=True,
                       timeout=300)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"source package absent: `npm pack {spec}` failed (offline?): {error}")
    return target / TARBALL


def test_rebuild_is_byte_identical_to_the_committed_file(npm_package, tmp_path):
    rebuilt = refdata.build(npm_package, tmp_path)
    assert rebuilt.read_bytes() == COMMITTED.read_bytes()


def test_rebuild_from_the_data_directory_matches_too(npm_package, tmp_path):
    if npm_package.is_file():  # unpack the tarball as `make refdata` does
        with tarfile.open(npm_package, "r:gz") as tar:
            tar.extractall(tmp_path / "unpacked", filter="data")
        npm_package = tmp_path / "unpacked" / "package"
    rebuilt = refdata.build(npm_package / "data", tmp_path)
    assert rebuilt.read_bytes() == COMMITTED.read_bytes()


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
