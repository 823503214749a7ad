"""The record schema and pipeline.record.validate.

The records are written by hand from the gold record of communiqué 002 (CPTS Centre 21),
with evidence pointing into TEXT, an excerpt of that communiqué's OCR text (kept verbatim,
OCR errors included: evidence quotes what the page shows).
"""
from __future__ import annotations

import hashlib
import json

import pytest
from jsonschema import Draft202012Validator

from pipeline.record.validate import (
    SCHEMA_PATH,
    evidence_errors,
    is_partial_date,
    load_fast_validator,
    load_validator,
    schema_errors,
    validate_file,
)

TEXT = """Une troisieme CPTS en Co6te-d’Or au service de la santé des

En Cote-d’Or, la 3°"° CPTS dite « CPTS Centre 21 » est officiellement lancée ce jeudi 16 septembre
2021 a Dijon, en présence de Thomas FATOME, directeur général de I'Assurance Maladie (Caisse
Dr Anne-Laure BONIS, présidente de la CPTS Centre 21 et de Lilian VACHON, directeur de la CPAM de

La CPTS « Centre 21 » couvre un territoire de 275 000 habitants et de 69 communes de I'aire urbaine de
Dijon, soit 51% de la population du département :

e lamétropole de Dijon (a I'exception des communes de Fénay, Ouges, Neuilly-Crimolois, Magny-sur-
Tille et Bressey-sur-Tille, rattachées a la CPTS « Pays d'Or ») ;

e lacommunauté de communes Ouche et Montagne (Velars-sur-Ouche, Fleurey-sur-Ouche,
Gissey-sur-Ouche, Sombernon ...) ;

e une partie de la communauté de communes Norge et Tille (Asnieres-les-Dijon, Bellefond, Brognon,
Clénay, Couternon, Flacey, Norges-la-Ville, Orgeux, Ruffey-les-Echirey, Saint-Julien, Flacey) ;

e 8 communes de lacommunauté de communes de Gevrey-Chambertin et de Nuits-Saint-
Georges (Brochon, Chamboeuf, Couchey, Fixin, Gevrey-Chambertin, Morey-Saint-Denis, Urcy,
Valforét).

69 communes couvertes

274 922 habitants (soit 51,56% de la population de Cote-d’Or)
2 109 professionnels de santé libéraux

58 structures de soins (hdpitaux, cliniques, centres de santé...)

03/07/2020 :
10/12/2020 :
01/09/2021 :
16/09/2021 :
"""

RESOLVED_002 = """
21002 21003 21013 21018 21027 21033 21045 21051 21059 21080 21081 21106 21110 21111 21121
21132 21166 21171 21178 21179 21192 21200 21209 21223 21231 21234 21238 21265 21266 21270
21273 21278 21293 21295 21300 21306 21310 21315 21339 21355 21373 21390 21406 21439 21442
21462 21469 21478 21481 21485 21504 21515 21520 21535 21539 21540 21553 21555 21559 21578
21592 21605 21611 21617 21650 21661 21669 21679
""".split()


# --- builders ---------------------------------------------------------------------------

def ev(quote: str, after: str = "") -> dict:
    """Evidence for the first `quote` in TEXT that follows `after`."""
    start = TEXT.index(quote, TEXT.index(after) if after else 0)
    return {"quote": quote, "start": start, "end": start + len(quote), "page": 1, "confidence": 0.9}


def mention(value: float, quote: str, qualifier: str = "exact", after: str = "") -> dict:
    return {"value": value, "qualifier": qualifier, "evidence": ev(quote, after)}


def quantity(value: float, quote: str, mentions: list[dict], qualifier: str = "exact") -> dict:
    return {"value": value, "qualifier": qualifier, "evidence": ev(quote), "mentions": mentions}


def date(value: str, precision: str, quote: str) -> dict:
    return {"value": value, "precision": precision, "evidence": ev(quote)}


def commune(name: str, insee: str | None, quote: str | None = None, after: str = "") -> dict:
    return {"name": name, "insee": insee, "evidence": ev(quote or name, after)}


def area(name: str, quote: str, code: str, extent: str, listed=(), except_=()) -> dict:
    return {
        "kind": "epci", "name": name, "code": code, "extent": extent, "part": None,
        "communes_count": None, "listed": list(listed), "except": list(except_),
        "evidence": ev(quote),
    }


def unstated_cpts(name: str, key: str) -> dict:
    """A CPTS the document only names: every field null or empty."""
    return {
        "name": name, "key": key, "aliases": [], "role": "mentioned", "departments": ["21"],
        "population": None, "communes_count": None, "professionals_count": None,
        "structures_count": None, "rank_in_department": None,
        "dates": dict.fromkeys(["launch", "aci_signature", "health_project", "letter_of_intent", "statutes"]),
        "percentages": [], "territory": {"areas": [], "communes": [], "resolved": None},
        "people": [], "launch_place": None,
    }


def centre_21_areas() -> list[dict]:
    metropole_except = [
        commune("Fénay", "21263"), commune("Ouges", "21473"),
        commune("Neuilly-Crimolois", "21452"), commune("Magny-sur-Tille", "21370", "Magny-sur-\nTille"),
        commune("Bressey-sur-Tille", "21105"),
    ]
    ouche_listed = [
        commune("Velars-sur-Ouche", "21661"), commune("Fleurey-sur-Ouche", "21273"),
        commune("Gissey-sur-Ouche", "21300"), commune("Sombernon", "21611"),
    ]
    norge_listed = [
        commune("Asnières-lès-Dijon", "21027", "Asnieres-les-Dijon"), commune("Bellefond", "21059"),
        commune("Brognon", "21111"), commune("Clénay", "21179"), commune("Couternon", "21209"),
        commune("Flacey", "21266"), commune("Norges-la-Ville", "21462"), commune("Orgeux", "21469"),
        commune("Ruffey-lès-Echirey", "21535", "Ruffey-les-Echirey"), commune("Saint-Julien", "21555"),
    ]
    gevrey_listed = [
        commune("Brochon", "21110"), commune("Chambœuf", "21132", "Chamboeuf"),
        commune("Couchey", "21200"), commune("Fixin", "21265"),
        commune("Gevrey-Chambertin", "21295", after="Georges ("), commune("Morey-Saint-Denis", "21442"),
        commune("Urcy", "21650"), commune("Valforêt", "21178", "Valforét"),
    ]
    return [
        area("métropole de Dijon", "lamétropole de Dijon", "242100410", "full", except_=metropole_except),
        area("communauté de communes Ouche et Montagne", "lacommunauté de communes Ouche et Montagne",
             "200039055", "full", listed=ouche_listed),
        area("communauté de communes Norge et Tille", "une partie de la communauté de communes Norge et Tille",
             "200069540", "partial", listed=norge_listed),
        area("communauté de communes de Gevrey-Chambertin et de Nuits-Saint-Georges",
             "lacommunauté de communes de Gevrey-Chambertin et de Nuits-Saint-\nGeorges",
             "200070894", "partial", listed=gevrey_listed),
    ]


def centre_21() -> dict:
    areas = centre_21_areas()
    return {
        "name": "CPTS Centre 21",
        "key": "centre-21",
        "aliases": [],
        "role": "subject",
        "departments": ["21"],
        "population": quantity(274922, "274 922 habitants", [
            mention(275000, "275 000 habitants"), mention(274922, "274 922 habitants"),
        ]),
        "communes_count": quantity(69, "69 communes couvertes", [
            mention(69, "69 communes de"), mention(69, "69 communes couvertes"),
        ]),
        "professionals_count": quantity(2109, "2 109 professionnels", [mention(2109, "2 109 professionnels")]),
        "structures_count": quantity(58, "58 structures", [mention(58, "58 structures")]),
        "rank_in_department": {"value": 3, "department": "21", "evidence": ev('3°"° CPTS')},
        "dates": {
            "launch": date("2021-09-16", "day", "16 septembre\n2021"),
            "aci_signature": date("2021-09-16", "day", "16/09/2021"),
            "health_project": date("2021-09-01", "day", "01/09/2021"),
            "letter_of_intent": date("2020-07-03", "day", "03/07/2020"),
            "statutes": date("2020-12-10", "day", "10/12/2020"),
        },
        "percentages": [
            {"value": 51, "kind": "share_of_department_population", "qualifier": "exact",
             "evidence": ev("51% de la population du département")},
            {"value": 51.56, "kind": "share_of_department_population", "qualifier": "exact",
             "evidence": ev("51,56% de la population de Cote-d’Or")},
        ],
        "territory": {
            "areas": areas,
            "communes": [c for a in areas for c in a["listed"]],
            "resolved": {"insee": list(RESOLVED_002), "complete": True, "count": len(RESOLVED_002)},
        },
        "people": [{"name": "Anne-Laure Bonis", "role": "présidente", "evidence": ev("Anne-Laure BONIS, présidente")}],
        "launch_place": commune("Dijon", "21231", after="2021 a "),
    }


def full_record() -> dict:
    """Communiqué 002 as if it came from a scanned two-page PDF."""
    typo = ev("Co6te-d’Or")
    return {
        "schema_version": "1.0",
        "document": {
            "source": "corpus/inbox/002_c8d313cca9ef4393.pdf",
            "sha256": hashlib.sha256(b"the pdf's bytes").hexdigest(),
            "format": "pdf_scanned",
            "language": "fr",
            "pages": 2,
            "text_sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
            "ocr": {"engine": "tesseract 5.3.0", "lang": "fra+eng", "mean_confidence": 87.5, "pages": [1, 2]},
            "repairs": [{"start": typo["start"], "end": typo["end"], "from": "Co6te-d’Or",
                         "to": "Côte-d’Or", "rule": "ocr_confusable"}],
            "published": None,
            "place": None,
        },
        "cpts": [centre_21(), unstated_cpts("CPTS Pays d'Or", "pays-d-or")],
        "department_coverage": [],
        "warnings": [
            {"code": "duplicate_commune", "message": "Flacey is listed twice", "cpts": "centre-21"},
            {"code": "communes_count_mismatch", "message": "69 stated, 68 resolved", "cpts": "centre-21"},
        ],
    }


def minimal_record() -> dict:
    return {
        "schema_version": "1.0",
        "document": {
            "source": "corpus/inbox/002_c8d313cca9ef4393.txt",
            "sha256": "0" * 64,
            "format": "text",
            "language": "fr",
            "pages": None,
            "text_sha256": "f" * 64,
            "ocr": None,
            "repairs": [],
            "published": None,
            "place": None,
        },
        "cpts": [unstated_cpts("CPTS Centre 21", "centre-21")],
        "department_coverage": [],
        "warnings": [],
    }


def error_record() -> dict:
    return {
        "schema_version": "1.0",
        "document": {"source": "corpus/inbox/broken.pdf", "sha256": "a" * 64},
        "error": {"code": "corrupt_pdf", "message": "cannot read the PDF: no trailer"},
        "cpts": [],
    }


BUILDERS = {"full": full_record, "minimal": minimal_record, "error": error_record}
DELETE = object()


def changed(base: str, path: tuple, value) -> dict:
    """A fresh `base` record whose value at `path` is replaced (or deleted, with DELETE)."""
    record = BUILDERS[base]()
    *parents, last = path
    target = record
    for part in parents:
        target = target[part]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value
    return record


# --- the schema -------------------------------------------------------------------------

def test_schema_file_is_a_valid_draft_2020_12_schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"]
    Draft202012Validator.check_schema(schema)
    assert load_validator() is load_validator()  # built once, then cached


@pytest.mark.parametrize("base", sorted(BUILDERS))
def test_valid_records_pass(base):
    assert schema_errors(BUILDERS[base]()) == []


COVERAGE_21 = {
    "department": "21", "percent": 93.6, "qualifier": "exact", "evidence": ev("51%"),
    "mentions": [mention(94, "51%", "approx"), mention(93.6, "51%")],
}


@pytest.mark.parametrize("path, value", [
    pytest.param(("document", "published"), date("2021-09-16", "day", "16/09/2021"), id="published-date"),
    pytest.param(("document", "place"), commune("Dijon", "21231"), id="place"),
    pytest.param(("department_coverage",), [COVERAGE_21], id="department-coverage"),
    pytest.param(("department_coverage",), [{**COVERAGE_21, "percent": 100, "mentions": [mention(100, "51%")]}],
                 id="coverage-100"),
    pytest.param(("cpts", 0, "dates", "launch"), date("--09-16", "day", "16/09"), id="day-without-year"),
    pytest.param(("cpts", 0, "dates", "launch"), date("--02-29", "day", "16/09"), id="29-february-without-year"),
    pytest.param(("cpts", 0, "dates", "launch"), {**date("2021-09-16", "day", "16/09"), "year_from": "published"},
                 id="year-from-published"),
    pytest.param(("cpts", 0, "dates", "aci_signature"), {**date("2020-12", "month", "16/09"), "year_from": "published"},
                 id="month-year-from-published"),
    pytest.param(("cpts", 0, "dates", "health_project"), date("2023-06", "month", "2021"), id="month"),
    pytest.param(("cpts", 0, "dates", "statutes"), date("2020", "year", "2020"), id="year"),
    pytest.param(("cpts", 0, "launch_place"), commune("Dijon", None), id="unlinked-commune"),
    pytest.param(("cpts", 0, "launch_place"), commune("Ajaccio", "2A004", "Dijon"), id="corsican-insee"),
    pytest.param(("cpts", 0, "departments"), ["2B", "971"], id="corsican-and-overseas-departments"),
    pytest.param(("cpts", 0, "territory", "areas", 0, "communes_count"), quantity(5, "69", [mention(5, "69")]),
                 id="area-communes-count"),
    pytest.param(("cpts", 0, "territory", "areas", 0, "part"), "south-west", id="area-part"),
    pytest.param(("cpts", 0, "percentages", 0, "population"), "plus de 17 ans", id="percentage-population"),
    pytest.param(("warnings", 0, "code"), "a_code_not_listed_in_spec", id="open-warning-code"),
    pytest.param(("warnings", 0, "cpts"), None, id="warning-about-no-cpts"),
])
def test_valid_variants_pass(path, value):
    assert schema_errors(changed("full", path, value)) == []


def test_error_record_may_carry_more_document_fields():
    record = error_record()
    record["document"].update(format="pdf", pages=None, ocr=None)
    assert schema_errors(record) == []


BROKEN = [
    # (base record, path changed, new value, path named in the message, part of the message)
    ("full", ("cpts", 0, "role"), "owner", "cpts[0].role", "is not one of"),
    ("full", ("cpts", 0, "key"), DELETE, "cpts[0]", "'key' is a required property"),
    ("full", ("cpts", 0, "populaton"), None, "cpts[0]", "'populaton' was unexpected"),
    ("full", ("cpts", 0, "dates", "launch", "value"), "2024-02-31", "cpts[0].dates.launch.value",
     "'2024-02-31' is not a 'partial-date'"),
    ("full", ("cpts", 0, "dates", "health_project"), date("2023-13", "month", "2021"),
     "cpts[0].dates.health_project.value", "'2023-13' is not a 'partial-date'"),
    ("full", ("cpts", 0, "dates", "launch", "value"), "--02-30", "cpts[0].dates.launch.value", "partial-date"),
    ("full", ("cpts", 0, "dates", "launch", "value"), "16/09/2021", "cpts[0].dates.launch.value", "does not match"),
    ("full", ("cpts", 0, "dates", "launch", "precision"), "month", "cpts[0].dates.launch.precision",
     "'day' was expected"),
    ("full", ("cpts", 0, "dates", "statutes"), date("2020", "day", "2020"), "cpts[0].dates.statutes.precision",
     "'year' was expected"),
    ("full", ("cpts", 0, "dates", "launch"), {**date("--09-16", "day", "16/09"), "year_from": "published"},
     "cpts[0].dates.launch.value", "does not match"),
    ("full", ("cpts", 0, "dates", "launch"), {**date("2020", "year", "2020"), "year_from": "published"},
     "cpts[0].dates.launch.value", "does not match"),
    ("full", ("cpts", 0, "dates", "launch", "year_from"), "guessed", "cpts[0].dates.launch.year_from",
     "is not one of"),
    ("full", ("cpts", 0, "dates", "aci_signature"), "2021-09-16", "cpts[0].dates.aci_signature",
     "is not of type 'object'"),
    ("full", ("cpts", 0, "dates", "launch", "precison"), "day", "cpts[0].dates.launch", "'precison' was unexpected"),
    ("full", ("cpts", 0, "dates", "launch", "evidence"), DELETE, "cpts[0].dates.launch",
     "'evidence' is a required property"),
    ("full", ("document", "published"), {**date("2021-09-16", "day", "16/09"), "year_from": "published"},
     "document.published", "'year_from' was unexpected"),
    ("full", ("cpts", 0, "territory", "communes", 0, "insee"), "2166", "cpts[0].territory.communes[0].insee",
     "does not match"),
    ("full", ("cpts", 0, "territory", "resolved", "insee", 0), "2C002", "cpts[0].territory.resolved.insee[0]",
     "does not match"),
    ("full", ("cpts", 0, "territory", "resolved", "insee", 1), "21002", "cpts[0].territory.resolved.insee",
     "non-unique"),
    ("full", ("cpts", 0, "territory", "resolved", "complete"), "yes", "cpts[0].territory.resolved.complete",
     "is not of type 'boolean'"),
    ("full", ("cpts", 0, "key"), "Centre_21", "cpts[0].key", "does not match"),
    ("full", ("cpts", 0, "name"), "Centre 21", "cpts[0].name", "does not match"),
    ("full", ("cpts", 0, "departments", 0), "2C", "cpts[0].departments[0]", "does not match"),
    ("full", ("cpts", 0, "population", "evidence", "start"), -1, "cpts[0].population.evidence.start",
     "less than the minimum"),
    ("full", ("cpts", 0, "people", 0, "evidence", "text"), "x", "cpts[0].people[0].evidence", "'text' was unexpected"),
    ("full", ("cpts", 0, "launch_place", "evidence", "confidence"), 1.5, "cpts[0].launch_place.evidence.confidence",
     "greater than the maximum"),
    ("full", ("cpts", 0, "population", "qualifier"), "around", "cpts[0].population.qualifier", "is not one of"),
    ("full", ("cpts", 0, "population", "mentions", 0, "mentions"), [], "cpts[0].population.mentions[0]",
     "'mentions' was unexpected"),
    ("full", ("cpts", 0, "population", "mentions"), [], "cpts[0].population.mentions", "should be non-empty"),
    ("full", ("cpts", 0, "communes_count"), {"value": 69, "qualifier": "exact"}, "cpts[0].communes_count",
     "'evidence' is a required property"),
    ("full", ("cpts", 0, "percentages", 0, "value"), 120, "cpts[0].percentages[0].value", "greater than the maximum"),
    ("full", ("cpts", 0, "percentages", 0, "kind"), "share", "cpts[0].percentages[0].kind", "is not one of"),
    ("full", ("department_coverage",), [{**COVERAGE_21, "percent": 120}], "department_coverage[0].percent",
     "greater than the maximum"),
    ("full", ("department_coverage",), [{**COVERAGE_21, "mentions": [mention(140, "51%")]}],
     "department_coverage[0].mentions[0].value", "greater than the maximum"),
    ("full", ("cpts", 0, "territory", "areas", 0, "part"), "northwest", "cpts[0].territory.areas[0].part",
     "is not one of"),
    ("full", ("cpts", 0, "territory", "areas", 0, "kind"), "metropole", "cpts[0].territory.areas[0].kind",
     "is not one of"),
    ("full", ("cpts", 0, "territory", "areas", 0, "extent"), "most", "cpts[0].territory.areas[0].extent",
     "is not one of"),
    ("full", ("cpts", 0, "territory", "areas", 0, "code"), "24210041", "cpts[0].territory.areas[0].code",
     "does not match"),
    ("full", ("cpts", 0, "rank_in_department", "value"), 0, "cpts[0].rank_in_department.value",
     "less than the minimum"),
    ("full", ("document", "format"), "doc", "document.format", "is not one of"),
    ("full", ("document", "language"), "de", "document.language", "is not one of"),
    ("full", ("document", "sha256"), "ABC", "document.sha256", "does not match"),
    ("full", ("document", "text_sha256"), DELETE, "document", "'text_sha256' is a required property"),
    ("full", ("document", "ocr", "mean_confidence"), 120, "document.ocr.mean_confidence", "greater than the maximum"),
    ("full", ("document", "repairs", 0, "from"), DELETE, "document.repairs[0]", "'from' is a required property"),
    ("full", ("warnings",), DELETE, "(root)", "'warnings' is a required property"),
    ("full", ("warnings", 0, "cpts"), DELETE, "warnings[0]", "'cpts' is a required property"),
    ("full", ("warnings", 0, "cpts"), "Centre 21", "warnings[0].cpts", "does not match"),
    ("full", ("expected_warnings",), [], "(root)", "'expected_warnings' was unexpected"),
    ("full", ("schema_version",), "2.0", "schema_version", "'1.0' was expected"),
    ("minimal", ("cpts", 0, "dates", "statutes"), DELETE, "cpts[0].dates", "'statutes' is a required property"),
    ("minimal", ("cpts", 0, "territory", "resolved"), {"insee": [], "complete": True}, "cpts[0].territory.resolved",
     "'count' is a required property"),
    ("error", ("cpts",), [unstated_cpts("CPTS Centre 21", "centre-21")], "cpts", "is expected to be empty"),
    ("error", ("document", "sha256"), DELETE, "document", "'sha256' is a required property"),
    ("error", ("document", "format"), "zip", "document.format", "is not one of"),
    ("error", ("error", "message"), DELETE, "error", "'message' is a required property"),
    ("error", ("error", "detail"), "x", "error", "'detail' was unexpected"),
    ("error", ("warnings",), [], "(root)", "'warnings' was unexpected"),
]


@pytest.mark.parametrize(
    "base, path, value, expected_path, expected_text", BROKEN,
    ids=[f"{b[0]}:{'.'.join(map(str, b[1]))}={b[2] if b[2] is not DELETE else 'DELETE'}"[:80] for b in BROKEN],
)
def test_broken_variant_fails_naming_its_path(base, path, value, expected_path, expected_text):
    messages = schema_errors(changed(base, path, value))
    assert any(m.startswith(f"{expected_path}: ") and expected_text in m for m in messages), messages


AGREEMENT_CASES = [BUILDERS[base]() for base in sorted(BUILDERS)] + [
    changed(base, path, value) for base, path, value, _, _ in BROKEN]


@pytest.mark.parametrize("record", AGREEMENT_CASES, ids=[str(i) for i in range(len(AGREEMENT_CASES))])
def test_the_fast_and_the_wording_validators_agree(record):
    """jsonschema-rs decides validity; Python jsonschema only words the messages."""
    wording_finds_errors = any(True for _ in load_validator().iter_errors(record))
    assert load_fast_validator().is_valid(record) is not wording_finds_errors


def test_message_reads_path_then_problem():
    record = changed("full", ("cpts", 0, "dates", "launch", "value"), "2024-02-31")
    assert schema_errors(record) == ["cpts[0].dates.launch.value: '2024-02-31' is not a 'partial-date'"]


def test_messages_abbreviate_large_values():
    record = changed("error", ("cpts",), [centre_21()])
    [message] = schema_errors(record)
    assert message.startswith("cpts: ") and len(message) < 300


@pytest.mark.parametrize("value, ok", [
    ("2024-02-29", True), ("2023-02-29", False), ("2024-02-31", False), ("2023-06", True),
    ("2023-13", False), ("2023-00", False), ("2023", True), ("0000", False), ("--05-10", True),
    ("--02-29", True), ("--02-30", False), ("--13-01", False), ("2023-6", False), ("2023-06-1", False),
    ("", False), ("2023-06-01T00:00", False), ("２０２３", False),
])
def test_partial_date(value, ok):
    assert is_partial_date(value) is ok


# --- evidence ---------------------------------------------------------------------------

def test_evidence_of_the_full_record_matches_the_text():
    assert evidence_errors(full_record(), TEXT) == []


def test_evidence_quote_not_at_its_offsets():
    record = full_record()
    record["cpts"][0]["population"]["mentions"][0]["evidence"]["start"] += 1
    [message] = evidence_errors(record, TEXT)
    assert message.startswith("cpts[0].population.mentions[0].evidence: quote '275 000 habitants' does not match")


def test_evidence_quote_changed():
    record = full_record()
    evidence = record["cpts"][0]["people"][0]["evidence"]
    evidence["quote"] = "Anne-Laure Bonis, présidente"
    assert evidence_errors(record, TEXT) == [
        f"cpts[0].people[0].evidence: quote 'Anne-Laure Bonis, présidente' does not match "
        f"text[{evidence['start']}:{evidence['end']}] = 'Anne-Laure BONIS, présidente'"
    ]


def test_evidence_beyond_the_text():
    record = full_record()
    record["cpts"][0]["launch_place"]["evidence"].update(start=len(TEXT), end=len(TEXT) + 5)
    [message] = evidence_errors(record, TEXT)
    assert message.startswith("cpts[0].launch_place.evidence: offsets")


def test_malformed_evidence_is_reported_not_raised():
    record = full_record()
    record["cpts"][0]["structures_count"]["evidence"] = {"quote": "58"}
    assert evidence_errors(record, TEXT) == ["cpts[0].structures_count.evidence: evidence needs quote, start and end"]


# --- files ------------------------------------------------------------------------------

def write_record(directory, record: dict, text: str | None, name: str = "002.json"):
    path = directory / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    if text is not None:
        path.with_suffix(".txt").write_bytes(text.encode("utf-8"))
    return path


def test_valid_file_with_its_text(tmp_path):
    assert validate_file(write_record(tmp_path, full_record(), TEXT)) == []


def test_file_named_after_its_whole_input_name(tmp_path):
    path = write_record(tmp_path, full_record(), TEXT, name="002.pdf.json")
    assert (tmp_path / "002.pdf.txt").exists()
    assert validate_file(path) == []


def test_file_with_wrong_evidence(tmp_path):
    record = full_record()
    record["cpts"][0]["rank_in_department"]["evidence"]["end"] += 2
    path = write_record(tmp_path, record, TEXT)
    [message] = validate_file(path)
    assert message.startswith(f"{path}: cpts[0].rank_in_department.evidence: quote")


def test_file_whose_text_is_not_the_hashed_one(tmp_path):
    path = write_record(tmp_path, full_record(), TEXT + "\n")
    assert validate_file(path) == [
        f"{path}: document.text_sha256: {full_record()['document']['text_sha256']!r} "
        f"is not the hash of the text beside the record ({hashlib.sha256((TEXT + chr(10)).encode()).hexdigest()})"
    ]


def test_file_text_with_crlf_is_read_without_newline_translation(tmp_path):
    record = full_record()
    crlf_text = TEXT.replace("\n", "\r\n")
    record["document"]["text_sha256"] = hashlib.sha256(crlf_text.encode()).hexdigest()
    path = write_record(tmp_path, record, crlf_text)
    assert validate_file(path)  # the offsets are those of the LF text: they must not match


def test_file_without_text_skips_the_evidence_check(tmp_path):
    record = full_record()
    record["cpts"][0]["rank_in_department"]["evidence"]["end"] += 2
    assert validate_file(write_record(tmp_path, record, None)) == []


def test_file_with_schema_errors(tmp_path):
    path = write_record(tmp_path, changed("full", ("cpts", 0, "role"), "owner"), TEXT)
    assert validate_file(path) == [f"{path}: cpts[0].role: 'owner' is not one of ['subject', 'mentioned']"]


def test_file_that_is_not_json(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": "1.0",', encoding="utf-8")
    [message] = validate_file(path)
    assert message.startswith(f"{path}: not valid JSON: ")


def test_file_that_is_not_an_object(tmp_path):
    path = tmp_path / "list.json"
    path.write_text("[]", encoding="utf-8")
    assert validate_file(path) == [f"{path}: a record must be a JSON object, not list"]


def test_missing_file(tmp_path):
    [message] = validate_file(tmp_path / "nowhere.json")
    assert message.startswith(f"{tmp_path / 'nowhere.json'}: cannot read")
