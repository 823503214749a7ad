"""Checks records against the output contract: the JSON Schema and the evidence offsets.

Every function returns a sorted list of human-readable messages, each naming the JSON path
it is about (`cpts[0].dates.launch.value: ...`); an empty list means valid.

Every record is checked by jsonschema-rs (compiled, about 0.1 ms a record, and it checks the
schema itself against the draft 2020-12 meta-schema). The pure-Python `jsonschema` validator,
200 times slower and imported only when needed, words the messages of the rare invalid
record, at the deepest path the schema allows.
"""
from __future__ import annotations

import datetime
import functools
import hashlib
import json
import re
import reprlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import jsonschema_rs

if TYPE_CHECKING:
    import jsonschema

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "cpts-record.schema.json"

_PARTIAL_DATE = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
    r"|--(?P<bare_month>[0-9]{2})-(?P<bare_day>[0-9]{2})"
)
_LEAP_YEAR = 2000  # lets "--02-29" through: some year has that day

_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxdict = 3
_SHORT.maxlevel = 2


def is_partial_date(value: object) -> bool:
    """True for a real calendar date written YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD."""
    if not isinstance(value, str):
        return True  # not a string: the schema's "type" reports it
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        return False
    parts = match.groupdict()
    if parts["bare_month"] is not None:
        return _is_real_date(_LEAP_YEAR, parts["bare_month"], parts["bare_day"])
    return _is_real_date(parts["year"], parts["month"] or 1, parts["day"] or 1)


def _is_real_date(year: int | str, month: int | str, day: int | str) -> bool:
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _format_checker() -> jsonschema.FormatChecker:
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())  # the schema uses no other format
    checker.checks("partial-date")(is_partial_date)
    return checker


@functools.cache
def load_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@functools.cache
def load_validator() -> jsonschema.protocols.Validator:
    """The validator that words the messages."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(), format_checker=_format_checker())


@functools.cache
def load_fast_validator() -> jsonschema_rs.Draft202012Validator:
    """The validator that tells whether a record is valid."""
    return jsonschema_rs.Draft202012Validator(load_schema(), validate_formats=True,
                                              formats={"partial-date": is_partial_date})


def json_path(parts: Any) -> str:
    """`cpts[0].dates.launch` from the path parts ("cpts", 0, "dates", "launch")."""
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path.lstrip(".") or "(root)"


def _readable(error: jsonschema.ValidationError) -> str:
    """The error's message, with a long instance (a whole CPTS, say) abbreviated."""
    full = repr(error.instance)
    if len(full) <= 80:
        return error.message
    return error.message.replace(full, _SHORT.repr(error.instance))


def schema_errors(record: dict) -> list[str]:
    fast = load_fast_validator()
    if fast.is_valid(record):
        return []
    errors = load_validator().iter_errors(record)
    messages = {f"{json_path(e.absolute_path)}: {_readable(e)}" for e in errors}
    # Should the two validators ever disagree, the record is still reported invalid.
    return sorted(messages or {f"{json_path(e.instance_path)}: {e.message}" for e in fast.iter_errors(record)})


MAX_DROP_ROUNDS = 3  # a value inside a dropped value needs no second round


def drop_invalid_values(record: dict) -> list[dict]:
    """Leave out of `record` every extracted value the schema refuses ("--07", a month with no
    year), so that one bad value does not lose the record; returns an `invalid_value` warning
    for each, naming the field and quoting the text it was read from.

    A value is an object with an "evidence" (a date, a quantity, a commune ...): a nullable
    field is set to null, an item of a list is removed. An error outside any such value (a
    bad key, a missing field) is left for `schema_errors` to report.
    """
    warnings: list[dict] = []
    for _ in range(MAX_DROP_ROUNDS):
        if load_fast_validator().is_valid(record):
            break
        refused = _refused_values(record)
        if not refused:
            break
        for path, reason in sorted(refused.items(), reverse=True):  # later list items first
            warnings.append(_drop(record, path, reason))
    return warnings


def _refused_values(record: dict) -> dict[tuple, str]:
    """The path of each evidenced value that holds a schema error, with the first error's words."""
    refused: dict[tuple, str] = {}
    for error in load_validator().iter_errors(record):
        path = _evidenced_ancestor(record, tuple(error.absolute_path))
        if path is not None:
            refused.setdefault(path, error.message)
    # a value inside another refused value goes with it
    return {p: r for p, r in refused.items() if not any(p[:len(q)] == q and p != q for q in refused)}


def _evidenced_ancestor(record: dict, path: tuple) -> tuple | None:
    """The longest prefix of `path` that leads to an object holding "evidence"."""
    node, found, walked = record, None, ()
    for part in path:
        if isinstance(node, dict) and "evidence" in node and walked:
            found = walked
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        walked += (part,)
    if isinstance(node, dict) and "evidence" in node and walked:
        found = walked
    return found


def _drop(record: dict, path: tuple, reason: str) -> dict:
    parent = record
    for part in path[:-1]:
        parent = parent[part]
    value = parent[path[-1]]
    key = record["cpts"][path[1]].get("key") if path[0] == "cpts" and len(path) > 1 else None
    if isinstance(parent, list):
        del parent[path[-1]]
    else:
        parent[path[-1]] = None
    evidence = value.get("evidence") if isinstance(value, dict) else None
    quote = evidence.get("quote") if isinstance(evidence, dict) else None
    shown = value.get("value", value.get("name")) if isinstance(value, dict) else value
    message = (f"{json_path(path)}: {_SHORT.repr(shown)} read from {quote!r} is left out, "
               f"the contract cannot hold it ({_plain_reason(shown, reason)})")
    return {"code": "invalid_value", "message": message, "cpts": key if isinstance(key, str) else None}


def _plain_reason(value: Any, reason: str) -> str:
    if isinstance(value, str) and re.fullmatch(r"--[0-9]{2}", value):
        return "a month with no year"
    if isinstance(value, str) and _PARTIAL_DATE.fullmatch(value) and not is_partial_date(value):
        return "no such day in the calendar"
    return reason


def evidenced_values(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, dict]]:
    """(path, value) for every object of a record that holds an "evidence" key, at any depth."""
    if isinstance(node, dict):
        if "evidence" in node:
            yield path, node
        for key, child in node.items():
            if key != "evidence":
                yield from evidenced_values(child, path + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from evidenced_values(child, path + (index,))


def evidence_problem(evidence: Any, text: str) -> str | None:
    """Why `evidence` does not point at its quote in `text`, or None when it does."""
    if not isinstance(evidence, dict) or not all(k in evidence for k in ("quote", "start", "end")):
        return "evidence needs quote, start and end"
    start, end, quote = evidence["start"], evidence["end"], evidence["quote"]
    if type(start) is not int or type(end) is not int:  # bool is an int subclass
        return f"offsets must be integers, got start={start!r} end={end!r}"
    if not 0 <= start <= end <= len(text):
        return f"offsets [{start}:{end}] are not a range of the text (length {len(text)})"
    found = text[start:end]
    if found != quote:
        return f"quote {_SHORT.repr(quote)} does not match text[{start}:{end}] = {_SHORT.repr(found)}"
    return None


def evidence_errors(record: dict, text: str) -> list[str]:
    messages = []
    for path, value in evidenced_values(record):
        problem = evidence_problem(value["evidence"], text)
        if problem is not None:
            messages.append(f"{json_path(path + ('evidence',))}: {problem}")
    return sorted(messages)


def _text_hash_errors(record: dict, text_bytes: bytes) -> list[str]:
    document = record.get("document")
    stated = document.get("text_sha256") if isinstance(document, dict) else None
    actual = hashlib.sha256(text_bytes).hexdigest()
    if stated is None or stated == actual:
        return []
    return [f"document.text_sha256: {stated!r} is not the hash of the text beside the record ({actual})"]


def validate_file(path: Path) -> list[str]:
    """Every problem of the record in `path`, each message starting with the file name.

    The evidence is checked against the sibling `<stem>.txt` (`a.pdf.json` -> `a.pdf.txt`)
    when there is one.
    """
    path = Path(path)
    try:
        record = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as err:
        return [f"{path}: cannot read: {err.strerror or err}"]
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        return [f"{path}: not valid JSON: {err}"]
    if not isinstance(record, dict):
        return [f"{path}: a record must be a JSON object, not {type(record).__name__}"]
    messages = schema_errors(record)
    text_path = path.with_suffix(".txt")
    if text_path.is_file():
        text_bytes = text_path.read_bytes()  # bytes, so no newline translation shifts offsets
        messages += _text_hash_errors(record, text_bytes)
        messages += evidence_errors(record, text_bytes.decode("utf-8", errors="replace"))
    return [f"{path}: {message}" for message in messages]
