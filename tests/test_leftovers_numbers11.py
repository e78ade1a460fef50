"""Session 11 (left11a): leftover classes of numbers and facts, each with varied invented sentences."""
from __future__ import annotations

import pytest

from helpers import paths
from helpers.codebooks import load_units
from helpers.facts import classify_mention
from helpers.numbers import number_records
from helpers.quantities import load_quantity_codebook

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()


def _quantities(sentence: str) -> dict[str, str]:
    return {r["text"]: classify_mention(r, sentence, BOOK)["quantity"] for r in number_records(sentence, UNITS)}


# 4. "peaked at" / "a peak of" is a water level only when the sentence names water (cue `water_level_peak`);
# a summit, a road or a flight that peaks at a height is no water level. "crested" stays a water word.
@pytest.mark.parametrize("sentence, text", [
    ("The summit peaked at 3,100 metres.", "3,100 metres"),
    ("The road climbed to a peak of 2,400 metres above the valley.", "2,400 metres"),
    ("The glider peaked at 1,800 metres before turning back.", "1,800 metres"),
])
def test_a_peak_without_water_is_no_water_level(sentence, text):
    assert _quantities(sentence)[text] != "water_level"


@pytest.mark.parametrize("sentence, text", [
    ("The river peaked at 5.1 metres on Tuesday.", "5.1 metres"),
    ("The tide peaked at about 6 metres.", "about 6 metres"),
    ("The stream crested at 2.2 metres overnight.", "2.2 metres"),
    ("Water levels in the town peaked at 2.1 metres.", "2.1 metres"),
    ("The reservoir reached a peak of 14 metres in March.", "14 metres"),
])
def test_a_peak_of_water_is_still_a_water_level(sentence, text):
    assert _quantities(sentence)[text] == "water_level"
