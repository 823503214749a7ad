"""Properties that hold for any text: the name finder, the repair stage and the whole
extraction never raise, keep their offsets inside the text, and their evidence matches it.
(Numbers, dates and name folding have their own property tests beside their unit tests.)"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.model import Ingested, Span
from pipeline.facts.name_groups import group_mentions
from pipeline.facts.name_words import key_of
from pipeline.facts.names import find_mentions
from pipeline.facts.place_names import is_department_name
from pipeline.text.repair import repair_text
from pipeline.record.validate import evidence_errors, schema_errors

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "inbox"
SAMPLE_LINES = [line for path in sorted(CORPUS.glob("*.txt"))
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

# Text that looks like a communiqué often enough to reach the deep paths: corpus lines, words
# the parsers react to, OCR confusions, and arbitrary characters between them.
CUES = ["CPTS", "CPTS du ", "CPTS « ", "»", "communauté de communes", "CC du ", "habitants",
        "communes", "professionnels", "le 3 mai 2024", "I'aire", "Co6te-d'Or", "hdpitaux", "|!",
        "(", ")", ":", ";", ", ", " et ", "\n", "-\n", "à l'exception de ", "1 234", "93,6 %"]
PIECES = st.one_of(st.sampled_from(SAMPLE_LINES), st.sampled_from(CUES), st.text(max_size=20))
TEXTS = st.lists(PIECES, max_size=12).map(" ".join)
LANGS = st.sampled_from(["fr", "en"])


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_name_finder_never_fails_and_spans_hold(text):
    mentions = find_mentions(text, is_department_name)
    for m in mentions:
        assert 0 <= m.span.start <= m.name_span.start < m.name_span.end <= m.span.end <= len(text)
        assert text[m.name_span.start:m.name_span.end] == m.surface
    for named in group_mentions(mentions, "fr"):
        assert named.key == key_of(named.name)
        assert named.key and named.key == named.key.lower() and named.key.isascii()


@settings(max_examples=300, deadline=None)
@given(raw=TEXTS, lang=LANGS, ocr=st.booleans(), data=st.data())
def test_repair_never_fails_and_maps_back_to_the_raw_text(raw, lang, ocr, data):
    text_map = repair_text(raw, lang, ocr=ocr)
    rebuilt, position = [], 0
    for r in text_map.repairs:
        assert position <= r.start <= r.end <= len(raw)
        assert raw[r.start:r.end] == r.original and r.original != r.to
        rebuilt += [raw[position:r.start], r.to]
        position = r.end
    assert "".join(rebuilt) + raw[position:] == text_map.text
    start = data.draw(st.integers(0, len(text_map.text)))
    end = data.draw(st.integers(start, len(text_map.text)))
    raw_start, raw_end = text_map.raw_span(Span(start, end))
    assert 0 <= raw_start <= raw_end <= len(raw)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=TEXTS)
def test_any_text_gives_a_valid_record_whose_evidence_matches(raw):
    from pipeline.run.extract import extract_ingested

    record = extract_ingested("generated.txt", raw.encode("utf-8"), Ingested(raw=raw, format="text"))
    assert schema_errors(record) == []
    assert evidence_errors(record, raw) == []
    if not record["cpts"]:
        assert "no_cpts_found" in {w["code"] for w in record["warnings"]}
