"""Word frequencies (the `wordfreq` package), imported with its long patterns compiled once
per machine: `langcodes`, which wordfreq imports, compiles a pattern of every language tag
(18 000 characters, a tenth of a second) at each start.

wordfreq finds its data folder with `locate.this_dir()`, which builds `inspect.stack()` and so
looks up the file of every loaded module (~1 400 with spaCy): another tenth of a second. All
it needs is the folder of its caller's file, which the caller's frame holds.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import locate

from .regex_cache import compiled_once


def _caller_folder() -> Path:
    return Path(sys._getframe(1).f_globals["__file__"]).parent


@contextmanager
def _located_by_frame():
    original = locate.this_dir
    locate.this_dir = _caller_folder
    try:
        yield
    finally:
        locate.this_dir = original


with compiled_once(), _located_by_frame():
    from wordfreq import get_frequency_dict, zipf_frequency

__all__ = ["frequency_dict", "zipf_frequency"]


def frequency_dict(lang: str) -> dict[str, float]:
    """Word -> frequency in `lang`: the very table `zipf_frequency` reads. wordfreq caches its
    tables by the arguments as passed, and its own lookups pass the word list ("best"); asked
    for with `lang` alone, the same table would be built a second time (0.1 s and 40 MB)."""
    return get_frequency_dict(lang, "best")
