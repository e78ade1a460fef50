"""The regular-expression prefilter (`helpers.prefilter`): the strings it requires, and that a search it skips could
never have matched, for every cue of the default codebooks on invented sentences (correctness only)."""
from __future__ import annotations

import re

import pytest

from helpers import paths
from helpers.prefilter import may_match, required_literals, search

SENTENCES = [
    "Officials said on Tuesday that 4,321 people had been affected, up from an earlier count of 3,900.",
    "According to the regional fire service, 17,300 hectares had burned by Friday evening.",
    "The union's own tally put turnout at 62%, against 48% in last year's strike.",
    "A 54-year-old driver was seriously injured, police said; two others were treated at the scene.",
    "The toll rose to 12 as rescuers reached the lower gallery, the mine's operator told reporters.",
    "Shares closed 4.5% lower at 312 pence, the index's steepest fall since the 2019 crash.",
    "\u201cWe counted 210 homes without power,\u201d said Mira Holt, who runs the shelter.",
    "THE KELVIN SIGN \u212a AND THE LONG \u017f IN \u0130NDEX TEXT: 40 KILLED, 5 \u017fTILL MISSING.",
    "Temperatures fell to minus 20 overnight; 300 millimetres of rain were recorded in the valley.",
    "",
]


def test_required_strings_of_invented_patterns():
    assert required_literals(re.compile(r"\b(?:death )?toll\b", re.I)) == frozenset({"toll"})
    assert required_literals(re.compile(r"according to (?P<name>\w+)", re.I)) == frozenset({"according to "})
    assert required_literals(re.compile(r"\b(?:earlier|previous|last year)\b")) == frozenset(
        {"earlier", "previous", "last year"})
    assert required_literals(re.compile(r"(?:Toll)?\d+")) is None  # optional words only: no condition
    assert required_literals(re.compile(r"\w+|toll")) is None  # one alternative has no literal
    assert required_literals(re.compile(r"caf\u00e9 crowd")) == frozenset({" crowd"})  # ASCII runs only


def _codebook_patterns() -> list[re.Pattern]:
    from helpers.facts import load_number_codebooks
    from helpers.framing import load_framing_codebooks

    book = load_number_codebooks(paths.DEFAULT_CORPUS_DIR)["quantities"]
    frames = load_framing_codebooks(paths.DEFAULT_CORPUS_DIR)["frames"]
    found = [c.regex for c in book.context_rows] + [c.regex for c in book.cue_rows]
    found += [p for column in ("pattern", "exclusion") for p in frames[column] if isinstance(p, re.Pattern)]
    return found


@pytest.mark.parametrize("flags", [0, re.I])
def test_a_skipped_search_never_had_a_match(flags):
    patterns = _codebook_patterns() + [re.compile(p, flags) for p in (r"kill(?:ed|ing)", r"still missing", r"index")]
    assert sum(required_literals(p) is not None for p in patterns) > len(patterns) // 2  # most cues have a condition
    skipped = 0
    for pattern in patterns:
        for text in SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES]:
            expected = pattern.search(text)
            got = search(pattern, text)
            assert (got and got.span()) == (expected and expected.span()), (pattern.pattern[:80], text)
            skipped += not may_match(pattern, text)
    assert skipped > 0


def test_ignorecase_letters_outside_ascii_are_always_searched():
    """\u212a (Kelvin) and \u017f (long s) match k and s under IGNORECASE: a text holding one is never skipped."""
    for pattern, text in ((r"killed", "40 \u212aILLED"), (r"still", "5 \u017fTILL MISSING"), (r"index", "\u0130NDEX")):
        regex = re.compile(pattern, re.I)
        assert regex.search(text) and may_match(regex, text) and search(regex, text)
