"""Odd but readable inputs, tried as a new user would: long repetitive texts end in a sound record,
a document with thousands of warnings takes one line of the run summary, a file reached twice
gives one record. (Their times are measured by `make bench`, never here.)"""
from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from pipeline.run import batch
from pipeline.run.cli import main
from pipeline.facts.context import Context
from pipeline.model import Span, longest_without_overlap
from pipeline.facts.name_groups import NamedCpts
from pipeline.facts.names import Mention

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "corpus" / "inbox" / "004_3424cefa53f8ce02.txt"

# The repeated pieces of `scripts/bench.py`'s adversarial section, shorter here.
REPEATED = {
    "mentions": "La CPTS du Val ",
    "numbers": "12 345 habitants, ",
    "dates": "le 3 mai 2022, ",
    "communes": "Dijon, Beaune, ",
    "brackets": "(CPTS (du (Val) ",
}


@pytest.fixture(scope="module")
def repeated_records(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("repeated")
    inbox, out = tmp / "in", tmp / "out"
    inbox.mkdir()
    for name, piece in REPEATED.items():
        (inbox / f"{name}.txt").write_text(piece * 600, encoding="utf-8")
    status = main(["extract", str(inbox), "--out", str(out)])
    return status, out, {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


def test_long_repetitive_texts_end_in_valid_records(repeated_records):
    status, out, records = repeated_records
    assert status == 0 and sorted(records) == sorted(REPEATED)
    assert all("error" not in record for record in records.values())
    assert main(["validate", *map(str, sorted(out.glob("*.json")))]) == 0


def test_one_community_named_thousands_of_times_is_one_community(repeated_records):
    _, _, records = repeated_records
    assert [c["key"] for c in records["mentions"]["cpts"]] == ["val"]


# --- the linear readings against the plain quadratic ones ----------------------------------

def _naive_longest(candidates):
    kept = []
    for match in sorted(candidates, key=lambda m: (m.start - m.end, m.start)):
        if not any(k.start < match.end and match.start < k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def test_longest_without_overlap_keeps_what_the_plain_greedy_keeps():
    rng = random.Random(7)
    for _ in range(300):
        spans = [Span(s, s + rng.randint(1, 12)) for s in (rng.randint(0, 80) for _ in range(rng.randint(0, 25)))]
        assert longest_without_overlap(spans) == _naive_longest(spans)


def _context(spans: list[Span]) -> Context:
    mentions = [Mention(span, span, "x") for span in spans]
    return Context(text="x" * 200, lang="fr", sentences=[Span(0, 200)], persons=[],
                   cpts=[NamedCpts(key=f"k{i}", name="x", mentions=[m]) for i, m in enumerate(mentions)])


def test_mention_lookups_agree_with_a_scan_of_every_mention():
    rng = random.Random(11)
    for _ in range(100):
        spans = [Span(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 150) for _ in range(rng.randint(0, 12)))]
        ctx = _context(spans)
        for pos in range(0, 200, 7):
            assert ctx.inside_name(pos) == any(s.start <= pos < s.end for s in spans)
            window = Span(pos, pos + 40)
            assert ctx.mentions_in(window) == [(m, k) for m, k in ctx.mentions if pos <= m.span.start < pos + 40]


# --- the run summary ---------------------------------------------------------------------------

def test_thousands_of_warnings_take_one_line_of_the_summary():
    warnings = [{"code": "unlinked_commune", "message": f"'Lieu {i}' could not be linked to an INSEE commune code.",
                 "cpts": "val"} for i in range(3000)]
    warnings.append({"code": "population_mismatch", "message": "far from the gazetteer's sum", "cpts": "val"})
    outcome = batch.Outcome(Path("in/long.txt"), {"cpts": [], "warnings": warnings})
    lines = batch.summary([outcome], 1.0).splitlines()
    assert lines[1:] == ["Warnings:",
                         "  in/long.txt: unlinked_commune (Lieu 0, Lieu 1, Lieu 2, …) ×3000, population_mismatch (val)"]


def test_a_quoted_name_with_an_apostrophe_stays_whole_in_the_summary():
    warning = {"code": "unlinked_commune", "message": "'Saint-Jean-d'Angély' could not be linked.", "cpts": None}
    assert batch._grouped_warnings([warning]) == "unlinked_commune (Saint-Jean-d'Angély)"


# --- one file, one record ----------------------------------------------------------------------

def test_a_file_reached_twice_through_a_link_gives_one_record(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(GOOD, inbox / "b_release.txt")
    (inbox / "a_link.txt").symlink_to("b_release.txt")  # sorts first, yet the file's own name wins
    assert main(["extract", str(inbox), str(inbox / "b_release.txt"), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.glob("*.json")) == ["b_release.json"]


# --- a score of nothing is no score ------------------------------------------------------------

def test_evaluate_fails_when_there_is_nothing_to_score(tmp_path, capsys):
    from pipeline.quality import evaluate

    empty = tmp_path / "empty"
    empty.mkdir()
    assert evaluate.main(["--fixtures", str(empty), "--inputs", str(ROOT / "corpus" / "inbox")]) == 1
    assert "no golden record" in capsys.readouterr().err
    golden = ROOT / "tests" / "fixtures" / "000_23596e47e6eee860.json"
    shutil.copy(golden, empty / golden.name)
    assert evaluate.main(["--fixtures", str(empty), "--inputs", str(tmp_path)]) == 1
    assert "no input for fixture" in capsys.readouterr().err
    assert evaluate.main(["--forms", str(tmp_path / "no-forms")]) == 1
    assert "MANIFEST.json" in capsys.readouterr().err
