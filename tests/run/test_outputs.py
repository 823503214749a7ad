"""Written files: the JSON of a record, and writes that are whole or absent."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.outputs import atomic_write, json_bytes, remove_temporaries, write_outputs


def _standard(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_records_are_written_byte_for_byte_as_the_standard_library_would(corpus_records, communique_records):
    records = [record for record, _ in [*corpus_records.values(), *communique_records.values()]]
    assert len(records) >= 20
    for record in records:
        assert json_bytes(record) == _standard(record)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_any_json_value_reads_back_as_itself(value):
    # Byte-identical but for the notation of tiny floats (1e-05 is written 0.00001).
    assert json.loads(json_bytes(value)) == json.loads(_standard(value))
    assert json_bytes(value).endswith(b"\n")


def test_a_failed_write_leaves_neither_the_file_nor_its_temporary(tmp_path):
    target = tmp_path / "a.json"
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_write_outputs_writes_the_text_then_the_record_and_drops_a_stale_text(tmp_path):
    write_outputs(tmp_path, "doc", {"document": {"source": "doc.txt"}}, "La CPTS")
    assert (tmp_path / "doc.txt").read_text(encoding="utf-8") == "La CPTS"
    assert json.loads((tmp_path / "doc.json").read_bytes()) == {"document": {"source": "doc.txt"}}
    write_outputs(tmp_path, "doc", {"error": {"code": "empty_input"}}, None)
    assert not (tmp_path / "doc.txt").exists()
    assert (tmp_path / "doc.json").stat().st_mode & 0o777 == 0o644


def test_remove_temporaries_deletes_only_half_written_files(tmp_path):
    (tmp_path / ".a.json.x1y2.tmp").write_text("{", encoding="utf-8")
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".extract-state").write_text("", encoding="utf-8")
    assert remove_temporaries(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [".extract-state", "a.json"]
