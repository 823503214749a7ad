"""Patterns that say which characters they can start with.

Python's `re` scans a text for a pattern by trying it at every position. When a pattern opens on
a literal word it jumps from one occurrence of that word to the next, but an alternation of words
with `re.IGNORECASE` gets no such help: at every position each alternative is entered and fails.
`quick_start` puts before such a pattern a lookahead of the characters its matches can begin with
("(?=[acdeilmnoprst])"), so that most positions fail on one character. The matches are the same:
the lookahead holds wherever the pattern could match.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .regex_cache import remembered

if hasattr(re, "_compiler"):  # Python 3.11 and later
    from re import _constants as _c
    from re import _parser
else:  # Python 3.10
    import sre_constants as _c
    import sre_parse as _parser

# The classes a lookahead may name; "\w", "\S" and the other broad ones hold most characters and
# would make a lookahead that rarely fails.
CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}
# A change to this module changes the lookaheads: those kept by an earlier version are not read.
_THIS_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def quick_start(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a lookahead of its possible first characters, or `pattern` itself when they
    cannot be told or are too many (a negated class, "\\w", a back-reference, a pattern that may
    match the empty string) or when its flags are set at its start.

    Parsing a pattern again costs as much as compiling it, so inside `compiled_once` the lookahead
    found is kept with the compiled patterns, under the digest of this module's code."""
    lookahead = remembered(f"start-{_THIS_CODE}", pattern.pattern, pattern.flags, lambda: _lookahead_of(pattern))
    return re.compile(lookahead + "(?:" + pattern.pattern + ")", pattern.flags) if lookahead else pattern


def _lookahead_of(pattern: re.Pattern) -> str:
    """The lookahead `quick_start` puts before `pattern`, or "" for none."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return ""
    try:
        first, may_be_empty = _first_characters(_parser.parse(pattern.pattern, pattern.flags),
                                                bool(pattern.flags & re.IGNORECASE))
    except (re.error, TypeError):
        return ""
    if not first or may_be_empty:
        return ""
    return _lookahead(first, bool(pattern.flags & re.IGNORECASE))


def _lookahead(first: set[tuple[str, bool]], ignore_case: bool) -> str:
    """A lookahead for the class members found, each with whether its case is ignored where it stands."""
    exact = "".join(sorted(member for member, folded in first if not folded or ignore_case))
    folded = "".join(sorted(member for member, folded in first if folded and not ignore_case))
    choices = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "(?=" + "|".join(choices) + ")"


def _first_characters(items, fold: bool) -> tuple[set[tuple[str, bool]] | None, bool]:
    """The class members a sequence of parsed items can start with (None: unknown) and whether it may
    be empty; `fold` tells whether case is ignored there."""
    found: set[tuple[str, bool]] = set()
    for op, arg in items:
        members, may_be_empty = _first_of(op, arg, fold)
        if members is None:
            return None, False
        found |= members
        if not may_be_empty:
            return found, False
    return found, True


def _first_of(op, arg, fold: bool) -> tuple[set[tuple[str, bool]] | None, bool]:
    """One parsed item's first class members and whether it may match nothing."""
    if op is _c.LITERAL:
        return {(re.escape(chr(arg)), fold)}, False
    if op is _c.IN:
        members = _class_members(arg)
        return (None if members is None else {(member, fold) for member in members}), False
    if op is _c.BRANCH:
        found: set[tuple[str, bool]] = set()
        may_be_empty = False
        for alternative in arg[1]:
            members, empty = _first_characters(alternative, fold)
            if members is None:
                return None, False
            found |= members
            may_be_empty |= empty
        return found, may_be_empty
    if op is _c.SUBPATTERN:  # a group, with the flags it sets or clears: "(?i:...)", "(?-i:...)"
        _group, add_flags, del_flags, items = arg
        return _first_characters(items, (fold or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, items = arg
        members, empty = _first_characters(items, fold)
        return members, members is not None and (low == 0 or empty)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: "\b", "(?<!...)"
        return set(), True
    return None, False


def _class_members(members) -> list[str] | None:
    """A class's members as they are written inside brackets; None for a negated class."""
    written = []
    for op, arg in members:
        if op is _c.LITERAL:
            written.append(re.escape(chr(arg)))
        elif op is _c.RANGE:
            written.append(re.escape(chr(arg[0])) + "-" + re.escape(chr(arg[1])))
        elif op is _c.CATEGORY and arg in CATEGORIES:
            written.append(CATEGORIES[arg])
        else:  # a negated class, a broad category
            return None
    return written
