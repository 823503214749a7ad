"""The compiled-pattern cache gives the very pattern `re` compiles, or compiles as usual."""
from __future__ import annotations

import itertools
import json
import logging
import re

import pytest

from pipeline.reference import regex_cache
from pipeline.text.nlp import load_model

_numbers = itertools.count()
SMALL_MIN_LENGTH = 2000  # real patterns past 100 000 characters take seconds to compile


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch):
    monkeypatch.setattr(regex_cache, "MIN_LENGTH", SMALL_MIN_LENGTH)


def long_pattern() -> str:
    """A pattern past the threshold, new at each call so that `re`'s own cache never has it."""
    words = "|".join(f"w{next(_numbers)}[a-zé-]+x{i}" for i in range(SMALL_MIN_LENGTH // 12))
    return f"(?i)^(?:{words})(?P<tail>-[0-9]+)?$"


def compile_fresh(pattern: str, flags: int = 0) -> re.Pattern:
    re.purge()
    return regex_cache._compiler.compile(pattern, flags)


def stored_files(folder):
    return sorted(folder.glob("sre-*.bin"))


def test_a_long_pattern_is_stored_then_read_back_identical(tmp_path, monkeypatch):
    pattern = long_pattern()
    with regex_cache.compiled_once(tmp_path):
        first = re.compile(pattern)
    assert len(stored_files(tmp_path)) == 1
    assert first == compile_fresh(pattern)  # Pattern equality compares the SRE code itself

    def no_parsing(*args, **kwargs):
        raise AssertionError("the pattern was parsed again instead of read from the cache")

    monkeypatch.setattr(regex_cache._parser, "parse", no_parsing)
    re.purge()
    with regex_cache.compiled_once(tmp_path):
        second = re.compile(pattern)
    monkeypatch.undo()
    assert second == first
    word = re.search(r"w\d+", pattern).group(0)
    assert second.match(f"{word.upper()}abc-x0-42").group("tail") == "-42"


def test_flags_are_part_of_the_key(tmp_path):
    pattern = long_pattern()
    with regex_cache.compiled_once(tmp_path):
        plain, verbose = re.compile(pattern), re.compile(pattern, re.MULTILINE)
    assert len(stored_files(tmp_path)) == 2
    assert plain.flags != verbose.flags
    assert verbose == compile_fresh(pattern, re.MULTILINE)


def test_short_patterns_are_left_to_re(tmp_path):
    with regex_cache.compiled_once(tmp_path):
        re.compile(f"short{next(_numbers)}")
    assert stored_files(tmp_path) == []


@pytest.mark.parametrize("damage", ["truncated", "checksum", "malformed code", "not json"])
def test_a_damaged_file_is_ignored_and_the_pattern_compiled(tmp_path, caplog, damage):
    pattern = long_pattern()
    with regex_cache.compiled_once(tmp_path):
        re.compile(pattern)
    [path] = stored_files(tmp_path)
    header_line, data = path.read_bytes().split(b"\n", 1)
    header = json.loads(header_line)
    if damage == "truncated":
        path.write_bytes(header_line + b"\n" + data[: len(data) // 2])
    elif damage == "checksum":
        path.write_bytes(header_line + b"\n" + bytes(len(data)))
    elif damage == "malformed code":  # a valid checksum over code SRE refuses
        junk = bytes([7]) * len(data)
        header["sha256"] = regex_cache.hashlib.sha256(junk).hexdigest()
        path.write_bytes(json.dumps(header).encode() + b"\n" + junk)
    else:
        path.write_bytes(b"\x00garbage")
    re.purge()
    with caplog.at_level(logging.WARNING, logger="pipeline.reference.regex_cache"):
        with regex_cache.compiled_once(tmp_path):
            again = re.compile(pattern)
    assert again == compile_fresh(pattern)
    assert "ignoring the compiled pattern" in caplog.text


def test_an_unwritable_folder_only_costs_the_compile(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    pattern = long_pattern()
    with regex_cache.compiled_once(blocked / "cache"):
        compiled = re.compile(pattern)
    assert compiled == compile_fresh(pattern)


def test_re_is_restored_after_the_block_even_on_error(tmp_path):
    original = regex_cache._compiler.compile
    with pytest.raises(re.error):
        with regex_cache.compiled_once(tmp_path):
            re.compile(long_pattern() + "(")
    assert regex_cache._compiler.compile is original


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CPTS_CACHE_DIR", str(tmp_path / "mine"))
    assert regex_cache.cache_folder() == tmp_path / "mine"
    monkeypatch.delenv("CPTS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert regex_cache.cache_folder() == tmp_path / "xdg" / "cpts-pipeline"


def test_the_loaded_tokenizer_has_the_pattern_re_compiles(monkeypatch):
    monkeypatch.undo()
    """spaCy's French `token_match`, whether it came from the cache or not, is the pattern
    `re` compiles from the same string (about 4 s: the compile the cache saves)."""
    token_match = load_model().tokenizer.token_match.__self__
    assert len(token_match.pattern) > regex_cache.MIN_LENGTH  # the pattern the cache is for
    assert token_match == compile_fresh(token_match.pattern)
    doc = load_model()("Rendez-vous à Saint-Étienne-du-Rouvray pour l'arc-en-ciel des porte-monnaie.")
    assert "arc-en-ciel" in [t.text for t in doc] and "porte-monnaie" in [t.text for t in doc]
