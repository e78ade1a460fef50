"""A cheap necessary condition for a regular expression to match a text, checked before the expression runs.

Rule tables hold hundreds of regular expressions that each sentence (or each figure's clause) is searched with, and
most searches find nothing. `required_literals(regex)` reads the expression's parse once and returns a set of
lower-case ASCII strings one of which every match must contain (the literal words of a cue: "toll", "earlier",
"according to"), or None when no such set can be read (a cue made only of classes, or optional parts).
`may_match(regex, text)` is False only when the text holds none of them, so the expression cannot match there;
`search(regex, text)` is `regex.search(text)` that skips the search in that case. The answers are exactly the
expression's: the condition is only used where it is certain (see `may_match`).
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants
    import sre_parse

# The only characters outside ASCII that IGNORECASE matches to an ASCII letter (dotted/dotless i, long s, Kelvin
# sign; checked over every code point): a text holding one is always searched.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))


def _best(options: list[frozenset]) -> frozenset | None:
    """Of several sets a match must each meet, the most selective: longest shortest string, then fewest strings."""
    options = [o for o in options if o and all(o)]
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def _item(op, av) -> frozenset | None:
    """The strings one of which a match of one parsed item must contain (None: none known)."""
    if op is sre_constants.SUBPATTERN:
        return _required(av[-1])
    if op is sre_constants.BRANCH:
        alternatives = [_required(alt) for alt in av[1]]
        return None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
    if op in _REPEATS:
        return _required(av[2]) if av[0] >= 1 else None
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _required(av)
    if op is sre_constants.ASSERT:  # a look-ahead or look-behind reads the same text
        return _required(av[1])
    return None


def _required(parsed) -> frozenset | None:
    """The strings one of which a match of a parsed sequence must contain: runs of ASCII literal characters
    (lower-cased) and the requirements of its groups, alternations and repeats; the most selective is kept."""
    options, run = [], []
    for op, av in parsed:
        if op is sre_constants.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        if op is not sre_constants.LITERAL:
            options.append(_item(op, av))
    if run:
        options.append(frozenset(["".join(run)]))
    return _best([o for o in options if o is not None])


@lru_cache(maxsize=None)
def required_literals(regex: re.Pattern) -> frozenset | None:
    """Lower-case ASCII strings one of which any match of `regex` contains; None when none can be read."""
    if not isinstance(regex.pattern, str):
        return None
    try:
        return _required(sre_parse.parse(regex.pattern, regex.flags))
    except (re.error, RecursionError, TypeError, IndexError):
        return None


@lru_cache(maxsize=None)
def _needles(regex: re.Pattern) -> re.Pattern | None:
    """The required strings of `regex` as one case-sensitive alternation of plain strings (None: no condition)."""
    needles = required_literals(regex)
    return None if needles is None else re.compile("|".join(re.escape(n) for n in sorted(needles)))


@lru_cache(maxsize=512)
def _lowered(text: str) -> str | None:
    """The text lower-cased for the check, None when it holds a character IGNORECASE folds to ASCII."""
    return text.lower() if text.isascii() or FOLDS_TO_ASCII.isdisjoint(text) else None


def may_match(regex: re.Pattern, text: str) -> bool:
    """False only when `regex` cannot match anywhere in `text`: no required string is in the lower-cased text. Exact
    for any flags: the strings hold ASCII characters only, and a text with a character that IGNORECASE matches to an
    ASCII letter (FOLDS_TO_ASCII) is always searched."""
    needles = _needles(regex)
    if needles is None:
        return True
    low = _lowered(text)
    return low is None or needles.search(low) is not None


def search(regex: re.Pattern, text: str) -> re.Match | None:
    """`regex.search(text)`, without running the search when `may_match` says it cannot match."""
    return regex.search(text) if may_match(regex, text) else None
