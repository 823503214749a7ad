"""Helpers shared by the perimeter tests (test_territory*.py): extract a record from a short
text, and the expected perimeters computed from the gazetteer's EPCI members."""
from __future__ import annotations

from pathlib import Path

from pipeline.reference import gazetteer
from pipeline.run.extract import extract_file

GAZ = gazetteer.load()
WARNINGS_OF_A_PERIMETER = {"communes_count_mismatch", "duplicate_commune", "unlinked_commune", "commune_not_in_area"}


def record_of(text: str, tmp_path: Path) -> dict:
    path = tmp_path / "communique.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path, path.name).record


def members(*sirens: str) -> list[str]:
    return sorted({code for siren in sirens for code in GAZ.epci(siren).members})


def full(*sirens: str) -> dict:
    """The resolved perimeter of whole EPCIs."""
    codes = members(*sirens)
    return {"insee": codes, "complete": True, "count": len(codes)}


def closed(codes: list[str]) -> dict:
    """The resolved perimeter of a closed list of communes."""
    return {"insee": sorted(codes), "complete": True, "count": len(codes)}


def release(sentence: str, place_and_date: str = "Le 14 mai 2024") -> str:
    """A short French communiqué around one sentence."""
    return (
        f"{place_and_date}\n\n"
        "Une nouvelle communauté professionnelle territoriale de santé a signé son accord conventionnel "
        f"interprofessionnel avec l'ARS et l'Assurance Maladie. {sentence} "
        "Elle rassemble une centaine de professionnels de santé libéraux.\n"
    )


def english_release(sentence: str, place_and_date: str = "14 May 2024") -> str:
    """A short English communiqué around one sentence."""
    return (
        f"{place_and_date}\n\n"
        "PRESS RELEASE\n\n"
        "A new professional territorial health community has signed its interprofessional agreement with "
        f"the Regional Health Agency and the Health Insurance Fund. {sentence} "
        "It brings together about a hundred health professionals.\n"
    )


def cpts_of(record: dict, key: str) -> dict:
    return {c["key"]: c for c in record["cpts"]}[key]


def territory_of(record: dict, key: str) -> dict:
    return cpts_of(record, key)["territory"]


def warning_codes(record: dict) -> set[str]:
    return {w["code"] for w in record["warnings"]}
