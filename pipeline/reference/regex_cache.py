"""Compile long regular expressions once per machine, not at every start.

Importing `spacy.lang.fr` builds the French tokenizer's `token_match`: a single pattern of
1.4 million characters (every hyphenated word the tokenizer keeps whole). Python's `re`
compiles it in pure Python, which takes about 3.8 s, two thirds of loading the model, in
every process that loads it. The pipeline's own patterns (word lists, names of places, about
1 050) add about 0.25 s more; with the code of those of `MIN_LENGTH` characters or more kept,
importing the pipeline's modules takes 0.09 s.

What `re` compiles a pattern to (its SRE code, a list of integers) depends only on the
pattern, the flags and the Python build. Inside `compiled_once()`, a pattern longer than
`MIN_LENGTH` is compiled as `re` would, and its code is stored in the cache folder; the next
time, the code is read back and handed to `_sre.compile`, the constructor `re` itself ends
with (about 10 ms for spaCy's pattern, microseconds for the others). A file that is missing, damaged or written by another Python is ignored
and the pattern compiled as usual.
"""
from __future__ import annotations

import array
import hashlib
import json
import logging
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

import _sre

from ..outputs import atomic_write

log = logging.getLogger(__name__)

# Characters. Importing the pipeline's modules compiles about 1 050 patterns: with the 526 of 100
# characters or more kept, 0.11 s; with the 799 of 50 or more, 0.09 s; 200 and more, 0.15 s. Below 50
# characters, reading a pattern's code back costs about what compiling it does.
MIN_LENGTH = 50
_CODE_TYPE = "I" if _sre.CODESIZE == 4 else "H"

if hasattr(re, "_compiler"):  # Python 3.11 and later
    from re import _compiler, _parser
else:  # Python 3.10
    import sre_compile as _compiler
    import sre_parse as _parser


def cache_folder() -> Path:
    """`$CPTS_CACHE_DIR`, else `cpts-pipeline` in the user's cache folder."""
    if os.environ.get("CPTS_CACHE_DIR"):
        return Path(os.environ["CPTS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cpts-pipeline"


# The folder of the `compiled_once` block being run, if any.
_active_folder: Path | None = None


@contextmanager
def compiled_once(folder: Path | None = None):
    """Within this block, long patterns that `re` compiles are kept in `folder`."""
    global _active_folder
    folder = folder or cache_folder()
    original, outer_folder = _compiler.compile, _active_folder

    def compile(pattern, flags=0):
        if not isinstance(pattern, str) or len(pattern) < MIN_LENGTH:
            return original(pattern, flags)
        path = folder / f"sre-{_key(pattern, flags)}.bin"
        try:
            return _read(path, pattern) or _compile_and_store(path, pattern, flags)
        except (AttributeError, TypeError) as error:  # the internals of another Python version
            log.debug("compiling without the cache: %s", error)
            return original(pattern, flags)

    _compiler.compile = compile  # `re` looks it up at each compile that misses its own cache
    _active_folder = folder
    try:
        yield
    finally:
        _compiler.compile, _active_folder = original, outer_folder


def remembered(kind: str, pattern: str, flags: int, compute: Callable[[], str]) -> str:
    """`compute()`, a text that depends only on `pattern` and `flags` (and on the code behind
    `kind`), kept in the folder of the `compiled_once` block being run; outside one, computed."""
    folder = _active_folder
    if folder is None:
        return compute()
    path = folder / f"{kind}-{_key(pattern, flags)}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as error:
        log.warning("ignoring %s: %s", path, error)
    value = compute()
    try:
        atomic_write(path, value.encode("utf-8"))
    except OSError as error:  # a read-only home: compute again next time
        log.debug("could not keep %s: %s", path, error)
    return value


def _key(pattern: str, flags: int) -> str:
    """The file name: the pattern, the flags and everything the SRE code depends on."""
    digest = hashlib.sha256(pattern.encode("utf-8", "surrogatepass"))
    digest.update(f"|{int(flags)}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    return digest.hexdigest()[:40]


def _compile_and_store(path: Path, pattern: str, flags: int) -> re.Pattern:
    """The body of `re._compiler.compile`, keeping the arguments of `_sre.compile`."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    flags = flags | parsed.state.flags
    compiled = _sre.compile(pattern, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    data = array.array(_CODE_TYPE, code).tobytes()
    header = {"flags": flags, "groups": parsed.state.groups - 1, "groupindex": groupindex,
              "indexgroup": indexgroup, "sha256": hashlib.sha256(data).hexdigest()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(header).encode() + b"\n" + data)
    except OSError as error:  # a read-only home: compile again next time
        log.debug("could not keep the compiled pattern in %s: %s", path, error)
    return compiled


def _read(path: Path, pattern: str) -> re.Pattern | None:
    try:
        header_line, data = path.read_bytes().split(b"\n", 1)
        header = json.loads(header_line)
        if hashlib.sha256(data).hexdigest() != header["sha256"]:
            raise ValueError("the code does not match its checksum")
        code = array.array(_CODE_TYPE)
        code.frombytes(data)
        # _sre.compile checks the code's structure itself and raises on malformed code.
        return _sre.compile(pattern, header["flags"], code.tolist(), header["groups"],
                            header["groupindex"], tuple(header["indexgroup"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as error:
        log.warning("ignoring the compiled pattern in %s: %s", path, error)
        return None
