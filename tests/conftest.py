"""Shared fixtures: records of the sample corpus and of the test communiqués, extracted once
per test session (the spaCy model loads once), and the record of a short invented text."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "inbox"
FIXTURES = ROOT / "tests" / "fixtures"
COMMUNIQUES = ROOT / "tests" / "communiques"


def _extract_all(paths: list[Path]) -> dict[str, tuple[dict, str]]:
    from pipeline.run.extract import extract_file

    out = {}
    for path in paths:
        result = extract_file(path, path.name)
        out[path.stem] = (result.record, result.raw_text)
    return out


@pytest.fixture(scope="session")
def corpus_records() -> dict[str, tuple[dict, str]]:
    return _extract_all(sorted(CORPUS.glob("*.txt")))


@pytest.fixture(scope="session")
def communique_records() -> dict[str, tuple[dict, str]]:
    return _extract_all(sorted(COMMUNIQUES.glob("*.txt")))


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _record_of_text(text: str, folder: str) -> dict:
    from pipeline.run.extract import extract_file

    path = Path(folder) / f"case_{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path, path.name).record


@pytest.fixture(scope="module")
def record_of(tmp_path_factory):
    """`record_of(text)`: the record of an invented communiqué, extracted once per text."""
    folder = str(tmp_path_factory.mktemp("invented"))
    return lambda text: _record_of_text(text, folder)
