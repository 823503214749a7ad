"""wordfreq, imported without `inspect.stack()`, still finds its data and gives frequencies."""
from pathlib import Path

import locate
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
