"""A pattern given the lookahead of its first characters matches exactly what it matched before."""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import pipeline.facts
import pipeline.territory
from pipeline.reference.regex_start import quick_start

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "inbox").glob("*.txt"))
         + sorted((ROOT / "tests" / "communiques").glob("*.txt"))]


def matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]


def without_lookahead(pattern: re.Pattern) -> re.Pattern:
    """The pattern `quick_start` was given: its own text follows the lookahead, inside "(?:...)"."""
    return re.compile(pattern.pattern.split("(?:", 1)[1][:-1], pattern.flags)


def quick_patterns() -> list[tuple[str, re.Pattern]]:
    """Every module-level pattern of the fact and territory stages that carries a lookahead."""
    found, seen = [], set()
    for package in (pipeline.facts, pipeline.territory):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                candidates = value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
                for candidate in candidates:
                    if (isinstance(candidate, re.Pattern) and candidate.pattern.startswith("(?=") and "(?:" in candidate.pattern
                            and candidate not in seen):
                        seen.add(candidate)
                        found.append((f"{info.name}.{name}", candidate))
    return found


def test_the_hot_patterns_carry_a_lookahead():
    from pipeline.facts.event_cues import CUES
    from pipeline.facts.place_names import EPCI_PHRASE
    from pipeline.facts.role_words import ROLE_RE
    from pipeline.territory.statements import TERRITORY_VERB
    for pattern in (*CUES.values(), EPCI_PHRASE, ROLE_RE, TERRITORY_VERB):
        assert pattern.pattern.startswith("(?=")


@pytest.mark.parametrize("name,pattern", quick_patterns(), ids=lambda x: x if isinstance(x, str) else "")
def test_the_pipelines_patterns_match_as_before(name, pattern):
    original = without_lookahead(pattern)
    for text in TEXTS:
        assert matches(pattern, text) == matches(original, text), name


@pytest.mark.parametrize("source,flags,text", [
    (r"\b(?:présidente?|coordinat(?:eur|rice)s?)", re.I, "LA PRÉSIDENTE et la Coordinatrice, la coordinatrices"),
    # a group that ignores case inside a pattern that does not: the lookahead ignores it there too
    (r"(?:(?i:communauté\s+de\s+communes)|\bCC\b)\s+\w+", 0, "COMMUNAUTÉ DE COMMUNES Vals, CC Arve, cc non"),
    # the folds `re` makes beyond upper and lower case: KELVIN SIGN for "k", LONG S for "s"
    (r"(?i:kelvin|sud)", 0, "\u212aelvin \u017fud"),
    (r"\s+(?:et|and)\s+|[,;]", re.I, "Arles et Nîmes, Uzès ;\nAlès\tAND Gard"),
    (r"(?<![\d.])\d{4}|(?<!\w)(?:janvier|mars)\s+\d{4}", re.I, "en Mars 2021, 12.2019 et 2020"),
])
def test_made_lookaheads_keep_every_match(source, flags, text):
    original = re.compile(source, flags)
    quick = quick_start(original)
    assert quick is not original and quick.pattern.startswith("(?=")
    assert matches(quick, text) == matches(original, text)
    assert matches(original, text)


@pytest.mark.parametrize("source,flags", [
    (r"\w+\s+CPTS", 0),  # a class of every letter tells nothing
    (r"(?:CPTS)?\s*", 0),  # may match the empty string
    (r"[^,]+,", 0),  # a negated class
    (r"(?i)cpts", 0),  # flags set at the start: the lookahead cannot go before them
    (r".CPTS", 0),  # any character
])
def test_patterns_without_a_known_start_are_left_alone(source, flags):
    original = re.compile(source, flags)
    assert quick_start(original) is original


def test_a_lookahead_found_once_is_read_back_without_parsing(tmp_path, monkeypatch):
    from pipeline.reference import regex_cache, regex_start

    source = r"\b(?:présidente?|coordinat(?:eur|rice))\s+(?:de\s+la\s+)?CPTS\b"
    with regex_cache.compiled_once(tmp_path):
        first = quick_start(re.compile(source, re.IGNORECASE))
    [kept] = tmp_path.glob("start-*.txt")
    assert first.pattern == kept.read_text(encoding="utf-8") + "(?:" + source + ")"

    def no_parsing(*args, **kwargs):
        raise AssertionError("the pattern was parsed again instead of its lookahead read back")

    monkeypatch.setattr(regex_start._parser, "parse", no_parsing)
    with regex_cache.compiled_once(tmp_path):
        second = quick_start(re.compile(source, re.IGNORECASE))
    monkeypatch.undo()
    assert second.pattern == first.pattern
    assert matches(second, "La Présidente de la CPTS") == matches(without_lookahead(first), "La Présidente de la CPTS")


def test_a_pattern_left_alone_is_remembered_as_such(tmp_path):
    from pipeline.reference import regex_cache

    original = re.compile(r"[^,]+,\s*CPTS")
    with regex_cache.compiled_once(tmp_path):
        assert quick_start(original) is original
        assert quick_start(original) is original
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("start-*.txt")] == [""]
