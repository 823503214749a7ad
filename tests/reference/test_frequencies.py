"""wordfreq, imported without `inspect.stack()`, still finds its data and gives frequencies."""
from pathlib import Path

import locate
import pytest
import wordfreq

from pipeline.reference import frequencies


def test_wordfreq_finds_its_own_data_folder():
    assert wordfreq.DATA_PATH == Path(wordfreq.__file__).parent / "data"
    assert any(wordfreq.DATA_PATH.glob("*fr*.msgpack.gz"))


def test_the_locator_is_given_back_after_the_import():
    assert locate.this_dir is not frequencies._caller_folder


def test_frequencies_of_both_languages():
    assert frequencies.zipf_frequency("maison", "fr") > 5 > frequencies.zipf_frequency("maison", "en")
    assert frequencies.zipf_frequency("house", "en") > 5


def test_the_table_asked_for_is_the_one_the_lookups_read():
    """One table per language: a second copy would cost 0.1 s and 40 MB in every process."""
    frequencies.zipf_frequency("maison", "fr")
    built = wordfreq.get_frequency_dict.cache_info().misses
    table = frequencies.frequency_dict("fr")
    assert wordfreq.get_frequency_dict.cache_info().misses == built
    assert table["maison"] == pytest.approx(wordfreq.word_frequency("maison", "fr"), rel=0.01)
