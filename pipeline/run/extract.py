"""One document through every stage: ingest -> language -> repair -> NLP -> fields ->
territory and gazetteer linking -> record -> consistency checks."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterator
from pathlib import Path

from ..record import consistency
from ..text import nlp
from ..facts.context import Context, default_department, territorial_departments
from ..facts.subjects import choose_subjects
from ..facts import extract_fields
from ..facts.person_regions import person_regions
from ..errors import InvalidRecord, PipelineError
from ..text.ingest import ingest, read_file
from ..text.language import detect_language
from ..model import Ingested, TextMap
from ..territory.departments import assemble_departments, departments_in_name, extract_departments
from ..facts.name_groups import drop_misread_names, group_mentions, without_persons
from ..facts.names import find_mentions
from ..facts.place_names import departments_outside_epci_names, is_department_name
from ..record.record import build_record, error_record
from ..text.repair import repair_text
from ..territory.area_totals import counts_of_the_only_area
from ..territory.perimeter import extract_territories
from ..record.validate import drop_invalid_values, schema_errors

log = logging.getLogger(__name__)


@dataclass
class Result:
    record: dict
    raw_text: str | None


@dataclass
class Prepared:
    """A document read and repaired, waiting for spaCy."""
    path: Path
    source: str
    data: bytes
    ingested: Ingested
    lang: str
    text_map: TextMap


OnStage = Callable[[str], None]


def extract_document(path: Path, source: str, on_stage: OnStage = lambda stage: None) -> tuple[dict, str | None]:
    """The record of one input and its extracted text; an input that cannot be turned into a
    valid record gets an error record (and no text) instead of an exception."""
    [(_, record, text)] = extract_documents([(path, source)], lambda index, stage: on_stage(stage))
    return record, text


def extract_documents(inputs: list[tuple[Path, str]],
                      on_stage: Callable[[int | None, str], None] = lambda index, stage: None
                      ) -> Iterator[tuple[int, dict, str | None]]:
    """`extract_document` for several inputs, spaCy reading their texts in one batch (a
    fifth faster than one by one). Yields (index in `inputs`, record, text) as each
    finishes; `on_stage` hears (index, stage), the index None for the stage they share."""
    prepared: dict[int, Prepared] = {}
    for index, (path, source) in enumerate(inputs):
        outcome = _guarded(path, source, lambda: prepare(path, source, lambda stage: on_stage(index, stage)))
        if isinstance(outcome, Prepared):
            prepared[index] = outcome
        else:
            yield index, outcome, None
    if prepared:
        on_stage(None, "spaCy")
    analyses = _analyse_together([p.text_map.text for p in prepared.values()], [p.lang for p in prepared.values()])
    for (index, document), analysis in zip(prepared.items(), analyses):
        record = _guarded(document.path, document.source,
                          lambda: finish(document, analysis, lambda stage: on_stage(index, stage)))
        yield index, record, None if "error" in record else document.ingested.raw


def _analyse_together(texts: list[str], langs: list[str]) -> list[nlp.Analysis | None]:
    """spaCy's reading of each text; None for all when the batch fails, so that each document
    is then analysed alone and only the one at fault gets an error record."""
    try:
        return nlp.analyse_many(texts, person_regions, langs)
    except Exception:
        log.warning("spaCy failed on a batch of %d texts; analysing them one by one", len(texts))
        return [None] * len(texts)


def _guarded(path: Path, source: str, work: Callable[[], object]):
    """`work()`, or the error record of the input when it raises."""
    try:
        return work()
    except PipelineError as exc:
        return error_record(source, input_bytes(path), exc.code, str(exc), getattr(exc, "format", None))
    except OSError as exc:
        return error_record(source, None, "unreadable_input", f"{path.name}: {exc.strerror or exc}")
    except MemoryError:
        return error_record(source, None, "memory_limit", f"{path.name}: ran out of memory")
    except Exception as exc:  # a bug must not lose the rest of the batch
        log.exception("%s: unexpected failure", path)
        return error_record(source, input_bytes(path), "internal_error", f"{type(exc).__name__}: {exc}")


def prepare(path: Path, source: str, on_stage: OnStage = lambda stage: None) -> Prepared:
    on_stage("reading")
    data, ingested = read_input(path)
    return repaired(path, source, data, ingested, on_stage)


def repaired(path: Path, source: str, data: bytes, ingested: Ingested,
             on_stage: OnStage = lambda stage: None) -> Prepared:
    on_stage("repair")
    lang = detect_language(ingested.raw)
    return Prepared(path, source, data, ingested, lang, repair_text(ingested.raw, lang, ocr=ingested.ocr is not None))


def finish(document: Prepared, analysis: nlp.Analysis | None, on_stage: OnStage = lambda stage: None) -> dict:
    """The checked record of a prepared document (`analysis` None: spaCy runs on it here)."""
    if analysis is None:
        on_stage("spaCy")
        analysis = nlp.analyse(document.text_map.text, person_regions, document.lang)
    record = build_from_analysis(document, analysis, on_stage)
    on_stage("validating")
    problems = schema_errors(record)
    if problems:
        raise InvalidRecord("the record does not match the schema: " + "; ".join(problems[:5]))
    return record


def input_bytes(path: Path) -> bytes | None:
    """The bytes of an input for its error record, or None when they cannot be read."""
    if not path.is_file():  # a FIFO would block
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def extract_file(path: Path, source: str) -> Result:
    data, ingested = read_input(path)
    return Result(extract_ingested(source, data, ingested), ingested.raw)


def read_input(path: Path) -> tuple[bytes, Ingested]:
    """The file's bytes and text. Safe to run in several threads at once (OCR shares the cores)."""
    data = read_file(path)
    return data, ingest(path, data)


def extract_ingested(source: str, data: bytes, ingested: Ingested, on_stage: OnStage = lambda stage: None) -> dict:
    """The record of one document read by `read_input` (not checked against the schema)."""
    document = repaired(Path(source), source, data, ingested, on_stage)
    on_stage("spaCy")
    return build_from_analysis(document, nlp.analyse(document.text_map.text, person_regions, document.lang), on_stage)


def build_from_analysis(document: Prepared, analysis: nlp.Analysis, on_stage: OnStage = lambda stage: None) -> dict:
    """Fields, territory and the record, from the repaired text and spaCy's reading of it."""
    text, lang = document.text_map.text, document.lang
    on_stage("fields")
    named = group_mentions(without_persons(find_mentions(text, is_department_name), analysis.persons), lang)
    if document.ingested.ocr is not None:
        named = drop_misread_names(named, text, lang)
    ctx = Context(text, lang, analysis.sentences, analysis.persons, named)
    ctx.departments = territorial_departments(text, departments_outside_epci_names(text, exclude=ctx.name_spans))
    ctx.default_department = default_department(ctx)
    ctx.subjects = choose_subjects(ctx)
    extraction = extract_fields(ctx)
    extract_departments(ctx, extraction)  # the departments each CPTS's text names
    on_stage("territory")
    in_names: dict[str, list[str]] = {}  # asked at every name linked: read each CPTS's name once
    territories = extract_territories(ctx, lambda key: _known_departments(ctx, extraction, key, in_names))
    counts_of_the_only_area(extraction, territories)
    departments = {c.key: assemble_departments(ctx, extraction, territories.get(c.key), c.key) for c in named}
    on_stage("record")
    record = build_record(document.source, document.data, document.ingested, document.text_map, lang, named,
                          ctx.subjects, extraction, territories, departments, warnings=[])
    dropped = drop_invalid_values(record)  # one bad value must not lose the record
    stated = {key: facts.departments for key, facts in extraction.cpts.items()}
    record["warnings"] = _warnings(record, territories, stated) + dropped
    return record


def _known_departments(ctx: Context, extraction, key: str, in_names: dict[str, list[str]]) -> list[str]:
    found = list(extraction.cpts[key].departments)
    if ctx.default_department and ctx.default_department not in found:
        found.append(ctx.default_department)
    if not found and key not in in_names:
        in_names[key] = sorted(departments_in_name(ctx, key))  # "CPTS du Voironnais" is in the Isère
    return found or list(in_names[key])


def _warnings(record: dict, territories, stated_departments: dict[str, list[str]]) -> list[dict]:
    out = consistency.check_ocr(record["document"]["ocr"])
    if not record["cpts"]:
        out.append(consistency.warning("no_cpts_found", "No CPTS is named in this document."))
    for cpts in record["cpts"]:
        out += consistency.check_cpts(cpts, territories.get(cpts["key"]))
        out += consistency.check_department(cpts, stated_departments.get(cpts["key"], []))
    return out
