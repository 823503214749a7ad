import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts.dates import DateMatch, find_dates


def found(text, lang="fr"):
    return [(m.text, m.iso(), m.precision) for m in find_dates(text, lang)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # French, day precision
        ("Dijon, le 22 juillet 2022", "fr", [("22 juillet 2022", "2022-07-22", "day")]),
        ("le 16 septembre 2021", "fr", [("16 septembre 2021", "2021-09-16", "day")]),
        ("ce jeudi 16 septembre 2021 a Dijon", "fr",
         [("jeudi 16 septembre 2021", "2021-09-16", "day")]),
        ("ce jeudi 16 septembre\n2021 a Dijon", "fr",
         [("jeudi 16 septembre\n2021", "2021-09-16", "day")]),
        ("le 16\u00a0septembre\u202f2021", "fr",
         [("16\u00a0septembre\u202f2021", "2021-09-16", "day")]),
        ("Lundi 29 avril 2024, les professionnels", "fr",
         [("Lundi 29 avril 2024", "2024-04-29", "day")]),
        ("ce vendredi 22 juillet, à Vitteaux", "fr", [("vendredi 22 juillet", "--07-22", "day")]),
        ("le mercredi,  3 juillet 2024", "fr", [("mercredi,  3 juillet 2024", "2024-07-03", "day")]),
        ("le samedi-3 juillet", "fr", [("3 juillet", "--07-03", "day")]),
        ("held on Monday, May 10, 2024.", "en", [("Monday, May 10, 2024", "2024-05-10", "day")]),
        ("on Wednesday the 3rd of July", "en", [("3rd of July", "--07-03", "day")]),
        ("lancée ce 29 avril", "fr", [("29 avril", "--04-29", "day")]),
        ("le 1er mars 2024", "fr", [("1er mars 2024", "2024-03-01", "day")]),
        ("depuis le 1er juillet", "fr", [("1er juillet", "--07-01", "day")]),
        ("LE 3 MAI 2024", "fr", [("3 MAI 2024", "2024-05-03", "day")]),
        ("15 aout 2020", "fr", [("15 aout 2020", "2020-08-15", "day")]),
        ("15 août 2020", "fr", [("15 août 2020", "2020-08-15", "day")]),
        ("1 decembre 2019", "fr", [("1 decembre 2019", "2019-12-01", "day")]),
        ("le 29 février 2024", "fr", [("29 février 2024", "2024-02-29", "day")]),
        ("29 février", "fr", [("29 février", "--02-29", "day")]),
        # abbreviated months
        ("16 sept. 2021", "fr", [("16 sept. 2021", "2021-09-16", "day")]),
        ("3 déc. 2020", "fr", [("3 déc. 2020", "2020-12-03", "day")]),
        ("5 févr. 2022", "fr", [("5 févr. 2022", "2022-02-05", "day")]),
        ("janv. 2021", "fr", [("janv. 2021", "2021-01", "month")]),
        # month precision
        ("Initiée en juin 2023, par la signature", "fr", [("juin 2023", "2023-06", "month")]),
        ("opérationnel fin juin 2024", "fr", [("juin 2024", "2024-06", "month")]),
        ("fevrier 2021", "fr", [("fevrier 2021", "2021-02", "month")]),
        ("qui ouvrira en septembre avec", "fr", [("septembre", "--09", "month")]),
        ("mi-mars", "fr", [("mars", "--03", "month")]),
        ("09/2021", "fr", [("09/2021", "2021-09", "month")]),
        # year precision
        ("un projet préparé depuis 2019", "fr", [("2019", "2019", "year")]),
        ("en 2019", "fr", [("2019", "2019", "year")]),
        ("dès 2020", "fr", [("2020", "2020", "year")]),
        ("fin 2023", "fr", [("2023", "2023", "year")]),
        ("début 2024", "fr", [("2024", "2024", "year")]),
        ("mi-2024", "fr", [("2024", "2024", "year")]),
        ("jusqu'en 2025", "fr", [("2025", "2025", "year")]),
        ("in 2019", "en", [("2019", "2019", "year")]),
        ("since 2019 and by 2025", "en", [("2019", "2019", "year"), ("2025", "2025", "year")]),
        ("early 2024", "en", [("2024", "2024", "year")]),
        ("Bilan\n2019\nCréation", "fr", [("2019", "2019", "year")]),
        ("Elle compte\n2019 membres", "fr", []),
        # numeric
        ("07/04/2019 :", "fr", [("07/04/2019", "2019-04-07", "day")]),
        ("7.4.2019", "fr", [("7.4.2019", "2019-04-07", "day")]),
        ("07-04-2019", "fr", [("07-04-2019", "2019-04-07", "day")]),
        ("07/04/2019", "en", [("07/04/2019", "2019-04-07", "day")]),
        ("07/04/19", "fr", [("07/04/19", "2019-04-07", "day")]),
        ("09/16/2021", "en", [("09/16/2021", "2021-09-16", "day")]),
        ("2024-05-03", "fr", [("2024-05-03", "2024-05-03", "day")]),
        # English
        ("officially launched on May 10, aims", "en", [("May 10", "--05-10", "day")]),
        ("May 10, 2024", "en", [("May 10, 2024", "2024-05-10", "day")]),
        ("Friday, May 10, 2024", "en", [("Friday, May 10, 2024", "2024-05-10", "day")]),
        ("10 May 2024", "en", [("10 May 2024", "2024-05-10", "day")]),
        ("on the 10th of May", "en", [("10th of May", "--05-10", "day")]),
        ("the 1st of March", "en", [("1st of March", "--03-01", "day")]),
        ("June 2023", "en", [("June 2023", "2023-06", "month")]),
        ("in June 2023", "en", [("June 2023", "2023-06", "month")]),
        ("Sept. 3, 2021", "en", [("Sept. 3, 2021", "2021-09-03", "day")]),
        ("August 2nd", "en", [("August 2nd", "--08-02", "day")]),
        # several
        ("du 3 mai 2024 au 12 juin 2024", "fr",
         [("3 mai 2024", "2024-05-03", "day"), ("12 juin 2024", "2024-06-12", "day")]),
    ],
)
def test_dates(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("14%", "fr"),
        ("près de 14% des habitants", "fr"),
        ("2 109 habitants", "fr"),
        ("la 3ème CPTS", "fr"),
        ("24 hours a day, 7 days a week", "en"),
        ("Ma santé 2022", "fr"),
        ("2021 a Dijon", "fr"),
        ("article L.1434-12", "fr"),
        ("article L .1434-12", "fr"),
        ("31 février 2024", "fr"),
        ("31 avril", "fr"),
        ("2024-02-31", "fr"),
        ("32/01/2020", "fr"),
        ("12/13/2020", "fr"),
        ("From the 15th, it allows", "en"),
        ("patients may 10 times", "en"),
        ("sept professionnels", "fr"),
        ("en 1850", "fr"),
        ("en 2 000", "fr"),
        ("CPTS 21/52", "fr"),
        ("mardi", "fr"),
        ("", "fr"),
    ],
)
def test_not_dates(text, lang):
    assert find_dates(text, lang) == []


@pytest.mark.parametrize(
    "text, fields",
    [
        ("le 16 septembre 2021", (2021, 9, 16, "day")),
        ("ce vendredi 22 juillet", (None, 7, 22, "day")),
        ("juin 2023", (2023, 6, None, "month")),
        ("fin 2023", (2023, None, None, "year")),
    ],
)
def test_fields(text, fields):
    (match,) = find_dates(text)
    assert (match.year, match.month, match.day, match.precision) == fields
    assert text[match.start:match.end] == match.text


@pytest.mark.parametrize(
    "text, borrowed, expected",
    [
        ("ce vendredi 22 juillet", 2022, "2022-07-22"),
        ("le 16 septembre 2021", 2030, "2021-09-16"),
        ("en septembre", 2024, "2024-09"),
        ("29 février", 2023, "--02-29"),
        ("29 février", 2024, "2024-02-29"),
        ("fin 2023", 2030, "2023"),
    ],
)
def test_iso_borrows_a_missing_year(text, borrowed, expected):
    (match,) = find_dates(text)
    assert match.iso(borrowed) == expected


def test_overlapping_candidates_keep_the_longest():
    text = "Le jeudi 16 septembre 2021, en septembre 2021"
    assert [m.text for m in find_dates(text)] == ["jeudi 16 septembre 2021", "septembre 2021"]


def test_offsets_in_a_press_release():
    text = (" COMMUNIQUE DE PRESSE\n\nDijon, le 22 juillet 2022\n\nUne cinquième communauté "
            "est lancée officiellement en Côte-d’Or, ce vendredi 22 juillet, à Vitteaux. Plus de "
            "8% des patients de plus de 17 ans ; 2 109 habitants ; Ma santé 2022.")
    matches = find_dates(text)
    assert [m.iso() for m in matches] == ["2022-07-22", "--07-22"]
    for m in matches:
        assert text[m.start:m.end] == m.text


def test_match_is_frozen_dataclass():
    match = DateMatch(0, 4, "2021", 2021, None, None, "year")
    assert match.iso() == "2021"
    with pytest.raises(AttributeError):
        match.year = 2022


_FRAGMENTS = st.sampled_from([
    "16", "1er", "31", "septembre", "sept.", "May", "may", "juin", "2021", "1990", "2040", "en",
    "depuis", "fin", "mi-", "the", "of", "10th", "jeudi", "/", ".", "-", ",", " ", "\n", "\u00a0",
    "07", "%", "février", "ſ", "K",
])
_TEXTS = st.one_of(st.text(max_size=80), st.lists(_FRAGMENTS, max_size=25).map("".join))


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en"]))
def test_find_dates_never_fails_and_offsets_hold(text, lang):
    previous_end = 0
    for m in find_dates(text, lang):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.text == m.text.strip()
        assert m.start >= previous_end
        assert m.precision in {"day", "month", "year"}
        assert m.iso()
        assert m.iso(2024)
        previous_end = m.end


@settings(max_examples=200, deadline=None)
@given(day=st.integers(1, 31), month=st.integers(1, 12), year=st.integers(1990, 2039))
def test_numeric_and_written_dates_agree(day, month, year):
    names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
    numeric = find_dates(f"le {day:02d}/{month:02d}/{year}")
    written = find_dates(f"le {day} {names[month - 1]} {year}")
    assert [m.iso() for m in numeric] == [m.iso() for m in written]
    if numeric:
        assert numeric[0].iso() == f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize("text, expected", [
    ("créée à l'automne 2021", [("2021", "2021", "year")]),
    ("launched in the spring 2022", [("2022", "2022", "year")]),
    ("créée au premier trimestre 2022", [("2022", "2022", "year")]),
    ("lancée à la rentrée 2021", [("2021", "2021", "year")]),
    ("2019 : envoi de la lettre d'intention\n• 2021 – signature de l'ACI",
     [("2019", "2019", "year"), ("2021", "2021", "year")]),
    ("2019-2020 : bilan d'activité", []),
    ("Période\n2019 - 2021", []),
])
def test_seasons_and_timeline_years(text, expected):
    assert found(text) == expected


def test_a_year_after_a_label():
    assert found("Date de création : 2019\nPopulation : 45 000") == [("2019", "2019", "year")]
