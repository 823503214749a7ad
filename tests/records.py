"""Helpers shared by the tests of invented communiqués (test_paraphrases*.py): the parts of a record they compare."""
from __future__ import annotations


def by_key(record: dict) -> dict:
    """The record's CPTS by their keys."""
    return {c["key"]: c for c in record["cpts"]}


def value_of(cpts: dict, field: str):
    """The value of one of a CPTS's quantities, or None."""
    return cpts[field]["value"] if cpts[field] else None


def areas_of(cpts: dict) -> list[tuple]:
    """(code, extent, communes counted) of each area of a CPTS's territory."""
    return [(a["code"], a["extent"], a["communes_count"] and a["communes_count"]["value"]) for a in cpts["territory"]["areas"]]


def dates_of(cpts: dict) -> dict:
    """A CPTS's dates by kind, their values only."""
    return {kind: d["value"] for kind, d in cpts["dates"].items() if d}


def communes_of(cpts: dict) -> list[str]:
    """The names of the communes a CPTS's territory names, in their order."""
    return [c["name"] for c in cpts["territory"]["communes"]]
