"""Word frequencies (the `wordfreq` package), imported with its long patterns compiled once
per machine: `langcodes`, which wordfreq imports, compiles a pattern of every language tag
(18 000 characters, a tenth of a second) at each start."""
from __future__ import annotations

from .regex_cache import compiled_once

with compiled_once():
    from wordfreq import get_frequency_dict, zipf_frequency

__all__ = ["get_frequency_dict", "zipf_frequency"]
