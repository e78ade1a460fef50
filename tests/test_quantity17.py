"""What a figure counts in stories about money, institutions and the economy (session 17, quantity17): classes ranked
over every development event (docs/ACCURACY.md, session 17), each fixed by rows of codebooks/default/quantity_cues.csv
and tested here with sentences written for this test (pay and pensions, currencies, bond markets, polls, exams, fishing
bans, factory closures), never the development sentences themselves. Each test fails without its rows.

- People a cut, a leak or a ban hits or idles, or who would be hit, are people affected
  (`affected_hit_or_idled_before`, `affected_would_be_hit_after`); a rate or a toll that hits a figure is not.
- A per cent lost of a value or an income, worse off, weaker, over the odds, a fall put at or a change of is the
  size of a change, not a share (`percentage_change_*` rows of session 17); a per cent of the vote or of GDP stays
  what it was.
- People in detention are detained; a per cent named as a growth forecast, or one another forecaster expects in a
  sentence about the economy's growth, is a growth rate (`growth_rate_*`; the detention row was withdrawn after the merge, a strict xfail).
- A bond spread or yield in basis points, and a rate that hit a per cent, are a rate (`interest_rate_spread_in_points`,
  `interest_rate_rate_hit`).
"""
from __future__ import annotations

import pytest

from probes import figures_in as _records


def _quantity(sentence: str, text: str) -> str:
    return _records(sentence)[text]["quantity"]


@pytest.mark.parametrize("sentence, text", [
    ("A fishing ban in the bay idles 2,300 fishermen for at least a month.", "2,300"),
    ("The ban has idled around 1,900 fishers along the coast.", "around 1,900 fishers"),
    ("The closure of the smelter has idled about 900 workers at the plant.", "about 900 workers"),
    ("The paper leak hits 48,000 students sitting the final exam.", "48,000 students"),
    ("She said some 150,000 pensioners and 90,000 civil servants would be hit.", "90,000 civil servants"),
    ("Around 12,000 tenants will be hit by the rent rise from April.", "Around 12,000 tenants"),
    ("The strike at the depots hit about 40,000 passengers on Monday.", "about 40,000 passengers"),
])
def test_people_hit_or_idled_are_affected(sentence, text):
    assert _quantity(sentence, text) == "affected", (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text, not_quantity", [
    ("The death toll hit 43 on Sunday, the civil defence agency said.", "43", "affected"),
    ("Inflation hit 9.4% in May, the statistics office said.", "9.4%", "affected"),
])
def test_a_toll_or_a_rate_that_hits_a_figure_is_not_people_affected(sentence, text, not_quantity):
    assert _quantity(sentence, text) != not_quantity


@pytest.mark.parametrize("sentence, text", [
    ("The crisis of 1998 saw the dinar losing 35% of its value in a week.", "35%"),
    ("Pensioners above the threshold face losing 6% of their income from January.", "6%"),
    ("Retired miners say they will be 9% worse off under the new formula.", "9%"),
    ("The peso ended the week 3.2% weaker at 19.4 to the dollar.", "3.2%"),
    ("Why the buyer is paying 40% over the odds for a regional airline", "40%"),
    ("Official data show retail sales fell 4%; the traders' guild puts the fall at 7%.", "7%"),
    ("Staff numbers went from 4,100 to 3,800, a change of -7.3%, in five years.", "-7.3%"),
])
def test_a_per_cent_lost_offered_or_worse_off_is_a_change(sentence, text):
    assert _quantity(sentence, text) == "percentage_change", (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text, quantity", [
    ("The deficit is expected to reach 3.4% of GDP this year.", "3.4%", "share"),
    ("The opposition alliance won 41% of the vote.", "41%", "vote_share"),
    ("Women made up 38% of the new intake.", "38%", "share"),
])
def test_a_part_of_a_whole_or_of_the_vote_is_no_change(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity, (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text", [
    ("The spread over German bonds narrowed to 640 basis points from 710 basis points on Friday.", "640 basis points"),
    ("The spread over German bonds narrowed to 640 basis points from 710 basis points on Friday.", "710 basis points"),
    ("The spread on the country's 10-year debt stood at 455 basis points, dealers said.", "455 basis points"),
    ("In 1992 the rate hit 19% and thousands of homes were repossessed.", "19%"),
    ("Back then the base rate reached 15% within a week.", "15%"),
])
def test_a_spread_in_basis_points_or_a_rate_that_hit_a_level_is_a_rate(sentence, text):
    assert _quantity(sentence, text) == "interest_rate", (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text, quantity", [
    # "412 people were still in detention" -> detained was withdrawn by the coordinator after the merge: its row
    # (detained_in_detention_after) lowered a validation event's grouping 0.548 -> 0.512 (bisected one row at a time)
    pytest.param("The ministry said 412 people were still in detention on Sunday evening.", "412 people", "detained",
                 marks=pytest.mark.xfail(strict=True, reason="row withdrawn: it lowered a validation event's grouping")),
    ("Police detained two shipping agents at the port.", "two shipping agents", "detained"),
    ("The Fiscal Board called the 1.2% growth forecast optimistic.", "1.2%", "growth_rate"),
    ("The ministry expects the economy to grow by 1.6% next year; the central bank expects 1.1%.", "1.1%",
     "growth_rate"),
])
def test_detention_and_growth_forecasts(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity, (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Exports fell 4%, the customs office said; importers expect 2%.", "2%", "growth_rate"),
])
def test_a_trade_change_is_no_growth(sentence, text, quantity):
    assert _quantity(sentence, text) != quantity
