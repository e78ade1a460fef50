"""Concentrations and spelled compounds before 'of' (found by a new user on a chemical-spill corpus, session 4)."""
from __future__ import annotations

import pytest

from helpers.numbers import extract_numbers


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("Styrene stood at 6.8mg/l in the river.", "6.8mg/l", 6.8, "milligram_per_litre"),
    ("Benzene reached 0.02 mg/l downstream.", "0.02 mg/l", 0.02, "milligram_per_litre"),
    ("The sample held 4.2 milligrams per litre.", "4.2 milligrams per litre", 4.2, "milligram_per_litre"),
    ("Readings reached 8 ppm at the gate.", "8 ppm", 8, "ppm"),
    ("Readings reached 8ppm at the gate.", "8ppm", 8, "ppm"),
    ("Fine dust was 45 µg/m3 at noon.", "45 µg/m3", 45, "microgram_per_cubic_metre"),
    ("Crews pumped 1,200 cubic metres of water.", "1,200 cubic metres", 1200, "cubic_metre"),
    ("Twenty-three of the train's 62 wagons left the track.", "Twenty-three", 23, "wagon"),
    ("Thirty-one of them were children.", "Thirty-one", 31, ""),
])
def test_concentrations_and_spelled_numbers_before_of(sentence, text, value, unit):
    got = extract_numbers(sentence).set_index("text")
    assert text in got.index, got
    assert got.loc[text, "value_low"] == value and got.loc[text, "unit"] == unit


def test_above_a_spelled_concentration_keeps_its_hedge():
    row = extract_numbers("Levels were above 20 parts per million.").iloc[0]
    assert (row["value_low"], row["unit"], row["hedge"]) == (20, "ppm", "more_than")
