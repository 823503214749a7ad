import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts.numbers import (
    NumberMatch,
    approx_noun,
    find_numbers,
    parse_number,
    percent_after,
    qualifier_before,
)


def values(text, lang="fr"):
    return [m.value for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # thousands with spaces of every kind
        ("au service des 33 340 habitants", "fr", [33340]),
        ("33\u00a0340 habitants", "fr", [33340]),
        ("33\u202f340 habitants", "fr", [33340]),
        ("33\u2009340 habitants", "fr", [33340]),
        ("une population de 2 109 habitants", "fr", [2109]),
        ("1 250 000 euros", "fr", [1250000]),
        ("275 000 habitants et 69 communes", "fr", [275000, 69]),
        # commas and dots
        ("86,000 inhabitants", "en", [86000]),
        ("1,250,000 people", "en", [1250000]),
        ("86,000 habitants", "fr", [86000]),
        ("1,250,000 habitants", "fr", [1250000]),
        ("2,500 habitants", "fr", [2500]),
        ("33.340 habitants", "fr", [33340]),
        ("1.250.000", "fr", [1250000]),
        ("93,6 % des patients", "fr", [93.6]),
        ("soit 51,56 %", "fr", [51.56]),
        ("93.6% of patients", "en", [93.6]),
        ("93.6", "fr", [93.6]),
        ("0,125", "fr", [0.125]),
        ("1,234 km", "fr", [1.234]),
        ("33.340 km", "en", [33.34]),
        ("1.250,5", "fr", [1250.5]),
        ("1,250.5", "en", [1250.5]),
        # multipliers
        ("1,2 million d'euros", "fr", [1200000]),
        ("1.2 million euros", "en", [1200000]),
        ("2 millions d’euros", "fr", [2000000]),
        ("1,5 M€", "fr", [1500000]),
        ("1,5 M", "fr", [1500000]),
        ("3 milliards", "fr", [3000000000]),
        ("2.5 billion", "en", [2500000000]),
        ("5 Mo de données", "fr", [5]),
        # ordinals
        ("le 1er mars", "fr", [1]),
        ("la 3ème CPTS", "fr", [3]),
        ("la 2e réunion", "fr", [2]),
        ("from the 15th", "en", [15]),
        # French words
        ("deux CPTS", "fr", [2]),
        ("trois communes et vingt professionnels", "fr", [3, 20]),
        ("Cinq médecins", "fr", [5]),
        ("vingt-cinq", "fr", [25]),
        ("soixante-dix-sept", "fr", [77]),
        ("quatre-vingts", "fr", [80]),
        ("quatre-vingt-dix-neuf", "fr", [99]),
        ("vingt et un", "fr", [21]),
        ("soixante et onze", "fr", [71]),
        ("deux cents", "fr", [200]),
        ("deux mille vingt-quatre", "fr", [2024]),
        ("deux millions", "fr", [2000000]),
        ("un million", "fr", [1000000]),
        ("neuf communes", "fr", [9]),
        ("sept professionnels", "fr", [7]),
        ("deux, trois", "fr", [2, 3]),
        ("deux et trois", "fr", [2, 3]),
        # English words
        ("Two objectives", "en", [2]),
        ("five doctors and twelve nurses", "en", [5, 12]),
        ("twenty-one", "en", [21]),
        ("a hundred", "en", [100]),
        ("one hundred and twenty", "en", [120]),
        # approximate nouns
        ("une dizaine de médecins", "fr", [10]),
        ("une vingtaine", "fr", [20]),
        ("une trentaine", "fr", [30]),
        ("une quarantaine de communes", "fr", [40]),
        ("une cinquantaine", "fr", [50]),
        ("une soixantaine", "fr", [60]),
        ("une centaine", "fr", [100]),
        ("un millier", "fr", [1000]),
        ("a dozen", "en", [12]),
        # no gluing
        ("les 2 départements 24 heures", "fr", [2, 24]),
        ("the 2 departments 24 hours a day, 7 days a week", "en", [2, 24, 7]),
        ("2021 a Dijon", "fr", [2021]),
        ("en 2019 300 patients", "fr", [2019, 300]),
        ("33\n340", "fr", [33, 340]),
        ("33  340", "fr", [33, 340]),
        ("16 sept. 2021", "fr", [16, 2021]),
        ("CPTS 21-52", "fr", [21, 52]),
    ],
)
def test_values(text, lang, expected):
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("16/09/2021", "fr"),
        ("le 07/04/2019", "fr"),
        ("7.4.2019", "fr"),
        ("07-04-2019", "fr"),
        ("2024-05-03", "en"),
        ("à 14h30", "fr"),
        ("14 h 30", "fr"),
        ("at 10:30", "en"),
        ("à 9h", "fr"),
        ("article L.1434-12", "fr"),
        ("article L .1434-12", "fr"),
        ("article L. 1434-12", "fr"),
        ("Covid-19", "fr"),
        ("Tél. 03 80 41 99 99", "fr"),
        ("un médecin et une infirmière", "fr"),
        ("a doctor, one of them", "en"),
        ("un bâtiment neuf.", "fr"),
        ("les Deux-Sèvres", "fr"),
        ("la dix-huitième", "fr"),
        ("la cinquième communauté", "fr"),
        ("des millions de patients", "fr"),
        ("", "fr"),
    ],
)
def test_not_numbers(text, lang):
    assert find_numbers(text, lang) == []


def test_percent_word_is_not_a_hundred():
    assert values("14 pour cent des habitants", "fr") == [14]


@pytest.mark.parametrize(
    "text, lang, expected_text",
    [
        ("plus de 60 professionnels", "fr", "60"),
        (" 33 340 ", "fr", "33 340"),
        ("1,5 M€", "fr", "1,5 M"),
        ("2 millions d'euros", "fr", "2 millions"),
        ("le 1er mars", "fr", "1er"),
        ("avec une dizaine de médecins", "fr", "une dizaine"),
        ("soit 93,6 %", "fr", "93,6"),
        ("vingt et un habitants", "fr", "vingt et un"),
        ("Two objectives", "en", "Two"),
        ("33 340\n2 109", "fr", "33 340"),
    ],
)
def test_match_text_and_offsets(text, lang, expected_text):
    first = find_numbers(text, lang)[0]
    assert first.text == expected_text
    assert text[first.start:first.end] == first.text
    assert first.start == text.index(expected_text)


def test_integral_values_are_ints():
    found = find_numbers("33 340 habitants, 1,2 million, 93,6 %", "fr")
    assert [type(m.value) for m in found] == [int, int, float]


def test_match_is_frozen_dataclass():
    match = NumberMatch(2, 0, 1, "2")
    with pytest.raises(AttributeError):
        match.value = 3


@pytest.mark.parametrize(
    "s, lang, integer_expected, expected",
    [
        ("33 340", "fr", False, 33340),
        ("33\u00a0340", "fr", False, 33340),
        ("86,000", "fr", False, 86000),
        ("2,500", "fr", False, 2.5),
        ("2,500", "fr", True, 2500),
        ("33.340", "fr", False, 33340),
        ("33.340", "en", False, 33.34),
        ("33.340", "en", True, 33340),
        ("1,250,000", "fr", False, 1250000),
        ("93,6", "fr", True, 93.6),
        ("93.6", "en", False, 93.6),
        ("1,2 million", "fr", False, 1200000),
        ("1er", "fr", False, 1),
        ("deux", "fr", False, 2),
        ("twelve", "en", False, 12),
        ("une dizaine", "fr", False, 10),
        ("  42 ", "fr", False, 42),
        ("un", "fr", False, None),
        ("one", "en", False, None),
        ("16/09/2021", "fr", False, None),
        ("42 habitants", "fr", False, None),
        ("abc", "fr", False, None),
        ("", "fr", False, None),
    ],
)
def test_parse_number(s, lang, integer_expected, expected):
    assert parse_number(s, lang, integer_expected) == expected


@pytest.mark.parametrize(
    "s, lang, expected",
    [
        ("une dizaine", "fr", 10),
        ("une bonne vingtaine", "fr", 20),
        ("la centaine", "fr", 100),
        ("un millier", "fr", 1000),
        ("a dozen", "en", 12),
        ("dizaine", "fr", None),
        ("vingt", "fr", None),
    ],
)
def test_approx_noun(s, lang, expected):
    assert approx_noun(s, lang) == expected


@pytest.mark.parametrize(
    "text, number, lang, qualifier, qualifier_text",
    [
        ("plus de 60 professionnels", "60", "fr", "more_than", "plus de"),
        ("âgés de plus de 18 ans", "18", "fr", "more_than", "plus de"),
        ("plus d'une dizaine de médecins", "une", "fr", "more_than", "plus d'"),
        ("plus d’un millier", "un", "fr", "more_than", "plus d’"),
        ("au-delà de 500", "500", "fr", "more_than", "au-delà de"),
        ("au delà de 500", "500", "fr", "more_than", "au delà de"),
        ("au moins 3 réunions", "3", "fr", "more_than", "au moins"),
        ("supérieur à 10", "10", "fr", "more_than", "supérieur à"),
        ("pas moins de 5", "5", "fr", "more_than", "pas moins de"),
        ("over 60 professionals", "60", "en", "more_than", "over"),
        ("more than 60", "60", "en", "more_than", "more than"),
        ("upwards of 200", "200", "en", "more_than", "upwards of"),
        ("at least 3", "3", "en", "more_than", "at least"),
        ("près de 14% des habitants", "14", "fr", "approx", "près de"),
        ("environ 300", "300", "fr", "approx", "environ"),
        ("approximativement 40", "40", "fr", "approx", "approximativement"),
        ("autour de 50", "50", "fr", "approx", "autour de"),
        ("quelque 300 patients", "300", "fr", "approx", "quelque"),
        ("presque 20", "20", "fr", "approx", "presque"),
        ("quasi 100 %", "100", "fr", "approx", "quasi"),
        ("pratiquement 90", "90", "fr", "approx", "pratiquement"),
        ("about 30", "30", "en", "approx", "about"),
        ("around 30", "30", "en", "approx", "around"),
        ("approximately 30", "30", "en", "approx", "approximately"),
        ("nearly 30", "30", "en", "approx", "nearly"),
        ("almost 30", "30", "en", "approx", "almost"),
        ("close to 30", "30", "en", "approx", "close to"),
        ("some 300 doctors", "300", "en", "approx", "some"),
        ("roughly 30", "30", "en", "approx", "roughly"),
        ("~300", "300", "en", "approx", "~"),
        ("moins de 5", "5", "fr", "less_than", "moins de"),
        ("less than 5", "5", "en", "less_than", "less than"),
        ("fewer than 5", "5", "en", "less_than", "fewer than"),
        ("children under 6", "6", "en", "less_than", "under"),
        ("jusqu'à 30 patients", "30", "fr", "less_than", "jusqu'à"),
        ("no more than 5", "5", "en", "less_than", "no more than"),
        ("pas plus de 5", "5", "fr", "less_than", "pas plus de"),
        ("PLUS DE 60", "60", "fr", "more_than", "PLUS DE"),
        ("plus\nde 60", "60", "fr", "more_than", "plus\nde"),
        ("plus\u00a0de 60", "60", "fr", "more_than", "plus\u00a0de"),
    ],
)
def test_qualifier_before(text, number, lang, qualifier, qualifier_text):
    start = text.index(number)
    found, qualifier_start = qualifier_before(text, start, lang)
    assert found == qualifier
    assert qualifier_start == text.index(qualifier_text)


@pytest.mark.parametrize(
    "text, number, expected",
    [
        ("les 60 professionnels", "60", ("exact", 4)),
        ("surplus de 60", "60", ("exact", 11)),
        ("avec une dizaine de médecins", "une", ("approx", 5)),
        ("60", "60", ("exact", 0)),
    ],
)
def test_qualifier_exact_or_approx_noun(text, number, expected):
    assert qualifier_before(text, text.index(number), "fr") == expected


@pytest.mark.parametrize(
    "text, end, expected",
    [
        ("14%", 2, 3),
        ("14 %", 2, 4),
        ("14\u00a0%", 2, 4),
        ("14\u202f%", 2, 4),
        ("14 pour cent", 2, 12),
        ("14 percent", 2, 10),
        ("14 per cent", 2, 11),
        ("14 habitants", 2, None),
        ("14", 2, None),
    ],
)
def test_percent_after(text, end, expected):
    assert percent_after(text, end) == expected


_FRAGMENTS = st.sampled_from([
    "33 340", "33\u00a0340", "86,000", "1,2", "million", "M", "1er", "deux", "vingt", "-", "et",
    "une dizaine", "plus de", "%", "16/09/2021", "14h30", "L.1434-12", " ", "\n", ".", ",", "0",
    "9", "a", "one", "hundred", "sept", "neuf", "ſ", "é", "\u202f",
])
_TEXTS = st.one_of(st.text(max_size=80), st.lists(_FRAGMENTS, max_size=25).map("".join))


def _check_matches(text, matches):
    previous_end = 0
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.text == m.text.strip()
        assert m.start >= previous_end
        assert isinstance(m.value, (int, float))
        previous_end = m.end


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en"]))
def test_find_numbers_never_fails_and_offsets_hold(text, lang):
    _check_matches(text, find_numbers(text, lang))


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en"]), data=st.data())
def test_helpers_never_fail(text, lang, data):
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    qualifier, start = qualifier_before(text, position, lang)
    assert qualifier in {"exact", "approx", "more_than", "less_than"}
    assert 0 <= start <= position
    end = percent_after(text, position)
    assert end is None or position < end <= len(text)
    parse_number(text, lang)
    parse_number(text, lang, integer_expected=True)


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(min_value=1000, max_value=999_999_999),
    sep=st.sampled_from([" ", "\u00a0", "\u202f"]),
)
def test_grouped_integers_round_trip(n, sep):
    written = f"{n:,}".replace(",", sep)
    assert values(f"soit {written} habitants", "fr") == [n]
    assert values(f"some {n:,} inhabitants", "en") == [n]


@pytest.mark.parametrize("text, expected", [
    ("représente donc,61,02% de la population", [61.02]),  # a comma glued after a word is no decimal mark
    ("soit 1,5 million", [1500000]),
    ("entre 12,5 et 13", [12.5, 13]),
])
def test_a_comma_after_a_word_starts_a_figure(text, expected):
    assert values(text) == expected
