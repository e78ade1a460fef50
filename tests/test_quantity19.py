"""What a figure counts (session 19, quantity19): classes ranked over every development event (docs/ACCURACY.md,
session 19) and the new user's findings of session 18 (a sinkhole), each fixed by rows of
codebooks/default/quantity_cues.csv (or, for house numbers, the label words of helpers.number_lexicon) and tested here
with sentences written for this test, never the development sentences themselves. Each test fails without its rows.

- People a collapse or a storm strands are people affected (`affected_stranding_before`).
- A sum paid an hour, or a minimum or youth pay rate put at a sum, is a wage (`wage_per_hour`, `wage_rate_of`).
- A plan or a measure that would cost (the state) a scaled sum is spending
  (`budget_cost_of_a_measure`); a cost to employers stays money.
- People told to leave, spending nights away from homes named by their street, or still out of their homes, are
  evacuated; a headline's "forces about 200 from homes" counts people, not the cars before it (new user 18, findings 2
  and 6).
- The sides or width of a hole ("15 metres by eight", "22 metres across") and a length of a network or mains are
  sizes (`other`), never distances from a named place (finding 7).
- An estimate of the bill put at a sum is the cost of the damage (finding 8); house numbers ("Nos 14 and 16") are no
  figures (finding 15).
"""
from __future__ import annotations

import pytest

from probes import figures_in


def _quantity(sentence: str, text: str) -> str:
    return figures_in(sentence)[text]["quantity"]


# Withdrawn by the coordinator after the merge (session 19): the rows wage_per_hour and wage_rate_of read these sums as
# wages, as the keys do (minimum-wage quantity 0.695 -> 0.748), but every hourly rate then met in one wage fact and the
# minimum-wage event's grouping fell 0.476 -> 0.404 (precision 0.931 -> 0.600: the old and new rates, youth and adult
# rates joined); aid_money_fund_or_rescue_package raised the plant closure's quantity 0.865 -> 0.871 but lowered its
# grouping 0.509 -> 0.504 (with the key's claimants 0.395 -> 0.375). Kept as strict expected failures until the grouping
# keeps rates and funds of different values and times apart (docs/ACCURACY.md, session 19).
WAGE_WITHDRAWN = pytest.mark.xfail(strict=True, reason="wage rows withdrawn: they joined different pay rates in one fact")
AID_WITHDRAWN = pytest.mark.xfail(strict=True, reason="aid row withdrawn: it lowered a plant closure's grouping")

@pytest.mark.parametrize("sentence, text", [
    ("The carrier's collapse overnight left its fleet grounded, stranding some 18,000 passengers in six countries.",
     "some 18,000 passengers"),
    ("The ministry raised its count of travellers stranded abroad to 23,500 on Thursday.", "23,500"),
    ("Snow closed the pass on Friday, stranding about 600 drivers on the mountain road.", "about 600 drivers"),
])
def test_people_stranded_are_affected(sentence, text):
    assert _quantity(sentence, text) == "affected"


@pytest.mark.parametrize("sentence, text", [
    pytest.param("Cleaners at the Harlow depot earn €11.20 an hour, the union said.", "€11.20", marks=WAGE_WITHDRAWN),
    pytest.param("Care workers are paid £10.40 per hour on average in the region.", "£10.40", marks=WAGE_WITHDRAWN),
    pytest.param("The youth rate rises from €8.90 to €9.75 in April.", "€9.75", marks=WAGE_WITHDRAWN),
    ("The government will lift the national minimum wage to $14.50 from January.", "$14.50"),
])
def test_a_sum_paid_an_hour_or_a_pay_rate_is_a_wage(sentence, text):
    assert _quantity(sentence, text) == "wage"


@pytest.mark.parametrize("sentence, text, quantity", [
    ("The finance ministry said the pay offer to teachers would cost €310 million next year.", "€310 million", "budget"),
    ("The new border checks were costed at $85 million and then shelved.", "$85 million", "budget"),
    ("Extra patrols will run at night at a cost of €12 million a year.", "€12 million", "budget"),
    # a cost to employers is no public spending
    ("Employers say the rise would cost businesses €900 million in its first year.", "€900 million", "money"),
    ("The league will refund all 31,000 tickets within a month, at a cost of about €2.2 million.", "about €2.2 million",
     "price"),
])
def test_what_a_measure_would_cost_is_spending(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Firefighters said 230 residents of three blocks had been told to leave overnight.", "230 residents", "evacuated"),
    ("About 90 families who were asked to leave on Monday are still in hotels.", "About 90 families", "evacuated"),
    ("More than 300 spend a third night away from Almond Court flats", "More than 300", "evacuated"),
    ("Some 140 people were still out of their homes on Friday evening.", "Some 140 people", "evacuated"),
    ("Gas leak shuts two schools, forces about 150 from homes", "about 150", "evacuated"),
    ("The blaze destroyed 40 houses and forced some 1,200 people from their homes.", "some 1,200 people", "evacuated"),
    ("Burst dam floods valley, forces hundreds out", "hundreds", "evacuated"),
    # people who were forced from their homes (the passive) stay displaced
    ("More than 3,000 people were forced from their homes by the fighting.", "More than 3,000 people", "displaced"),
])
def test_people_out_of_their_homes_are_evacuated_or_displaced(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity


@pytest.mark.parametrize("sentence, text", [
    ("In 2011 some 9,000 travellers were stranded and about 1,300 staff lost their jobs.", "about 1,300 staff"),
    ("The airport's count of stranded passengers has moved four times since Sunday.", "four"),
])
def test_a_figure_after_stranded_with_words_of_its_own_is_not_affected(sentence, text):
    assert _quantity(sentence, text) != "affected"


def test_a_length_an_hour_later_is_no_wage():
    assert _quantity("The river had fallen by 20 centimetres an hour later.", "20 centimetres") != "wage"


def test_workers_told_to_go_back_to_work_are_not_evacuated():
    assert _quantity("About 40 strikers were told to go back to work on Monday.", "About 40 strikers") != "evacuated"


@pytest.mark.parametrize("sentence, text", [
    ("Engineers first put the hole at 15 metres by eight.", "15 metres"),
    ("Engineers first put the hole at 15 metres by eight.", "eight"),
    ("By the evening the crater was about 22 metres across.", "about 22 metres"),
    ("The slick was 3 km wide at dawn, the coastguard said.", "3 km"),
    ("The utility has relined 310 km of its 980 km network this decade.", "310 km"),
    ("The utility has relined 310 km of its 980 km network this decade.", "980 km"),
    ("We replaced 6 km of main last year, the engineer said.", "6 km"),
])
def test_sizes_of_a_hole_and_lengths_of_a_network_are_no_distance(sentence, text):
    assert _quantity(sentence, text) == "other"


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Police said the toll had reached nine by 8 p.m., with four people still missing.", "nine", "killed"),
    ("The board puts the number of pupils affected at 18,300 across 212 schools.", "18,300", "affected"),
])
def test_a_count_by_a_time_or_across_places_is_no_size(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity


@pytest.mark.parametrize("sentence, text", [
    ("The village lies 15 km south of Harwick.", "15 km"),
    ("Rescuers found the car 3 km from the bridge.", "3 km"),
])
def test_a_distance_from_a_place_stays_a_distance(sentence, text):
    assert _quantity(sentence, text) == "distance"


@pytest.mark.parametrize("sentence, text", [
    ("The council's first estimate of the bill is €4 million, a spokeswoman said.", "€4 million"),
    ("Insurers' latest assessment of the total cost was $60 million.", "$60 million"),
])
def test_an_estimate_of_the_bill_is_the_cost_of_the_damage(sentence, text):
    assert _quantity(sentence, text) == "damage_cost"


@pytest.mark.parametrize("sentence", [
    "Residents of Nos 14 and 16 were moved out on Tuesday.",
    "Tenants of No. 22 have been rehoused.",
])
def test_house_numbers_are_no_figures(sentence):
    assert figures_in(sentence) == {}


def test_a_count_of_houses_is_still_a_figure():
    assert figures_in("Residents of 14 houses were moved out on Tuesday.")["14 houses"]["value_low"] == 14


def test_a_scaled_sum_an_hour_is_no_wage():
    assert _quantity("Retailers say the shutdown costs them €2 million an hour.", "€2 million") != "wage"


@pytest.mark.parametrize("sentence, text, quantity", [
    pytest.param("The city council has set up a hardship fund of €300,000 for the victims' families.", "€300,000", "aid_money", marks=AID_WITHDRAWN),
    pytest.param("The minister offered the carmaker a rescue package worth €90 million on Tuesday.", "€90 million", "aid_money", marks=AID_WITHDRAWN),
    ("The government will create a relief fund of $12 million for fishing crews.", "$12 million", "aid_money"),
    # a pension fund is no aid
    ("The state pension fund of €40 billion lost 3% last year.", "€40 billion", "money"),
])
def test_a_fund_or_a_rescue_package_is_aid(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity


@pytest.mark.parametrize("sentence, text", [
    ("The broadcaster gave only the police estimate of the protest, 9,500, and left out the organisers' count.", "9,500"),
    ("Police revised their estimate of the march through the old town to 14,000 late on Saturday.", "14,000"),
    ("The unions put the demonstration in the capital at \"more than 60,000\".", "more than 60,000"),
])
def test_an_estimate_of_a_protest_counts_protesters(sentence, text):
    assert _quantity(sentence, text) == "protesters"


@pytest.mark.parametrize("sentence, text, quantity", [
    ("The governing Civic Party slipped to 26% in the latest poll, while the Greens rose to 19%.", "26%", "vote_share"),
    ("The governing Civic Party slipped to 26% in the latest poll, while the Greens rose to 19%.", "19%", "vote_share"),
    ("Run-off: challenger edges ahead with 50.4% as count nears end", "50.4%", "vote_share"),
    ("The commission gave her 1,204,311 votes, or 51.2%, on Monday.", "51.2%", "vote_share"),
    # a party's share of something else is no share of the vote
    ("The party's share of state contracts fell to 12% last year.", "12%", "share"),
])
def test_a_party_moving_to_a_per_cent_has_that_share_of_the_vote(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity


@pytest.mark.parametrize("sentence, text, quantity", [
    ("By midnight, 480 people were sleeping on camp beds in the town's sports hall.", "480 people", "displaced"),
    ("At the Orvik school gym, 210 residents slept on mattresses on the floor.", "210 residents", "displaced"),
    ("The biggest shelter, the Harlen sports hall, took in 530 people overnight.", "530 people", "displaced"),
    ("Widening the zone would mean moving roughly 4,000 more people, the agency said.", "roughly 4,000", "evacuated"),
    ("\"We moved 1,500 people out of the valley for nothing,\" the engineer said.", "1,500 people", "evacuated"),
    # a club moving players is no evacuation
    ("The club is moving 3 players to the reserve squad.", "3 players", "count"),
])
def test_people_sleeping_in_halls_or_moved_out(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity


@pytest.mark.parametrize("sentence, text, quantity", [
    ("More than 250 people from the streets around the crater are spending a third night away from their homes.",
     "More than 250 people", "evacuated"),
    ("By last night some 180 people from the Harrow district of Selby were still out of their homes.",
     "some 180 people", "evacuated"),
    ("The engineer said the hole had grown overnight to \"about 19 metres\" at its widest point.", "about 19 metres",
     "other"),
])
def test_the_new_users_longer_clauses(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity


def test_a_crowd_at_a_stadium_is_not_protesters():
    sentence = "Police put the crowd in and around the stadium at up to 48,000 people, far above its capacity."
    assert _quantity(sentence, "up to 48,000 people") != "protesters"


@pytest.mark.parametrize("sentence, text, quantity", [
    ("The official toll of the 1987 flood, which swept away the lower town, is 44.", "44", "killed"),
    ("The ministry insists the toll is four.", "four", "killed"),
    # a named person who was or is a number of years old keeps the age
    ("In 2011 Tomas Veld was 52 and running the ferry himself.", "52", "age"),
    ("Ilse is 19.", "19", "age"),
    ("\"My daughter is 26 and has never had a proper job here.\"", "26", "age"),
    ("The driver, who is 61, has not yet been questioned.", "61", "age"),
])
def test_a_toll_that_is_a_figure_is_no_age_but_a_person_is_one(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity
