"""The NewsQuant adapter (benchmarks/newsquant.py) maps our mentions to the benchmark's convention as documented in
benchmarks/NEWSQUANT.md. Sentences written for these tests, none taken from the benchmark."""
from __future__ import annotations

import sys

import pytest

from helpers import paths
from helpers.codebooks import load_units

sys.path.insert(0, str(paths.PROJECT_ROOT / "benchmarks"))
import newsquant  # noqa: E402

UNITS = load_units(paths.codebook_path("units.csv"))


def _values(text: str, convention: bool = True) -> list:
    return [v["value"] for v in newsquant.our_values(text, UNITS, convention)]


@pytest.mark.parametrize("text, expected", [
    ("The strike lasted three years.", [3.0]),  # durations as written, not in hours
    ("The coffee costs 45 cents more.", [45.0]),  # minor currency units as written
    ("The bank cut rates by 25 basis points.", [25.0]),
    ("The bank delivered a 50bp hike.", [50.0]),  # basis points glued or hyphenated (session 13) as written too
    ("It was a 75-basis-point increase.", [75.0]),
    ("Their 18 month-old daughter was unhurt.", [18.0]),  # an age in months as written, not 1.5 years
    ("Output fell from 250 tonnes to 280 tonnes.", [(250.0, 280.0)]),  # "from A to B": one range
    ("Guidance was cut to US $50 billion, down from the US $55 to $58 billion it had projected.",
     [50e9, (55e9, 58e9)]),  # two levels of a change for us, one range for NewsQuant
    ("Dozens of boats sank.", [(12.0, 120.0)]),  # vague quantities in NewsQuant's notation
    ("She scored twice and several hundred fans cheered on May 5, 2021.", []),  # not NewsQuant quantities
    ("The 12m (39ft) boat", [12.0, 39.0]),  # a bracketed conversion is two figures
    ("Shares lost almost half their value.", [0.5]),  # "half their", as "half of", a fraction as written (session 15)
])
def test_our_values_follow_the_benchmark_convention(text, expected):
    assert _values(text) == expected


def test_all_mentions_keeps_what_the_convention_leaves_out():
    assert _values("She scored twice on May 5, 2021.", convention=False) == [2.0, 20210505.0]  # twice, the date


def test_score_uses_each_figure_once_and_the_authors_scorer_beside_it():
    item = {"text": "x", "quantities": [{"value": "5", "change": "=", "normalized_unit": "-"},
                                        {"value": "5", "change": "=", "normalized_unit": "-"},
                                        {"value": "2-3", "change": "=", "normalized_unit": "-"}]}
    preds = [{"value": 5.0, "unit": "", "change": "="}, {"value": 2.5, "unit": "", "change": "="}]
    s = newsquant.score([item], [preds])
    assert (s["n_gold"], s["n_pred"], round(s["recall"], 3), round(s["precision"], 3)) == (3, 2, 0.333, 0.5)
    assert s["cqe_f1"] > s["f1"]  # the authors' scorer lets one predicted 5 match both gold 5s
    midpoint = newsquant.score([item], [preds], midpoint_ranges=True)  # as quantulum3 is scored: 2-3 read as 2.5
    assert round(midpoint["recall"], 3) == 0.667
