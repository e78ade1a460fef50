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


@pytest.mark.parametrize("sentence, text, low, high", [
    ("The province normally sees winter lows of minus 15C to minus 20C.", "minus 15C to minus 20C", -20, -15),
    ("Temperatures ranged from -5C to -12C overnight.", "-5C to -12C", -12, -5),
    ("Readings varied from 3 ppm to 8 ppm along the river.", "3 ppm to 8 ppm", 3, 8),
])
def test_a_span_of_two_measures_is_one_range_whatever_the_order_of_negative_figures(sentence, text, low, high):
    """Below zero, 'minus 15C to minus 20C' runs from the milder to the colder figure: a span, not two levels (found
    on a cold-snap corpus, session 5); 'ranged from' and 'varied from' name a span."""
    rows = extract_numbers(sentence)
    assert rows[["text", "value_low", "value_high", "hedge"]].values.tolist() == [[text, low, high, "range"]]


@pytest.mark.parametrize("sentence", ["Temperatures fell from -5C to -12C overnight.", "It was 40C to 30C by dusk."])
def test_a_change_between_two_measures_stays_two_levels(sentence):
    rows = extract_numbers(sentence)
    assert len(rows) == 2 and (rows["hedge"] == "exact").all() and (rows["value_low"] == rows["value_high"]).all()
