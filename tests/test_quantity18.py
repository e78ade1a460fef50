"""What a figure counts (session 18, quantity18): classes ranked over every development event (docs/ACCURACY.md,
session 18) and the new user's findings of session 17, each fixed by rows of codebooks/default/quantity_cues.csv,
context_cues.csv or unit_classes.csv and tested here with sentences written for this test, never the development
sentences themselves. Each test fails without its rows.

- A currency the lexicon does not list is money once a text of the corpus converts it or quotes its rate
  (`currency_*` cues, `where=currency`): every count of that noun in the corpus is then money, and the money cues
  decide which sum it is (a debt, a price, compensation); a conversion in brackets right after a figure is part of
  it, not a clause break.
- An altitude or a height above sea level is `other`, not a distance from a named place (new user 17, finding 3).
- A night in reception or evacuation centres is displacement (new user 17, finding 13).
- A sum lost a day is a running loss (money, detail "a day"), not the cost of the damage (new user 17, finding 8).
- A thing sold or offered for an unscaled sum is priced; a share that last traded at or was worth a sum is a share
  price; a sum offered to each family is compensation; divers, and police or crews sent, are deployed.
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.numbers import number_records
from helpers.quantities import currency_words, with_currencies
from probes import BOOK, UNITS, figures_in


def _quantity(sentence: str, text: str) -> str:
    return figures_in(sentence)[text]["quantity"]


def _corpus(sentences: list[str]) -> pd.DataFrame:
    return pd.DataFrame([{**r, "sentence": s} for s in sentences for r in number_records(s, UNITS)])


@pytest.mark.parametrize("text, word", [
    ("The airline owed 7.8 billion zervas (about €624 million) to its creditors.", "zerva"),
    ("Each family will get 90,000 lorns, or about €7,800, the ministry said.", "lorn"),
    ("The fine of 2,500 kral ($240) was paid on Monday.", "kral"),
    ("At 12.5 dravs to the euro, the loan is worth about €3 million.", "drav"),
    ("The tugrin traded at 43.5 tugrins per dollar on Friday.", "tugrin"),
])
def test_a_text_that_converts_a_currency_names_it(text, word):
    assert word in currency_words(BOOK, [text])


@pytest.mark.parametrize("text", [
    "Rescuers pulled 14 people (about 20% of those trapped) from the rubble.",
    "The club has 4,000 members (€30 a year each).",
    "The village lies 12 km from the border, at 400 metres.",
])
def test_no_currency_without_a_conversion_right_after_the_noun(text):
    assert not currency_words(BOOK, [text])


def test_every_count_of_a_converted_currency_in_the_corpus_is_money():
    found = with_currencies(_corpus([
        "The airline owed 7.8 billion zervas (about €624 million) to 1,400 creditors.",
        "Its shares ended their last day at 3.42 zervas, and 2,100 staff lost their jobs.",
        "A fare of 790 zervas one way was offered on 14 routes.",
        "Her monthly payment will rise from 11,400 kral to about 13,300 kral, or about €400.",
    ]), BOOK)
    by_text = dict(zip(found["text"], zip(found["kind"], found["unit"])))
    assert by_text["3.42 zervas"] == ("money", "zerva")
    assert by_text["790 zervas"] == ("money", "zerva")
    assert by_text["11,400"] == ("money", "kral")
    assert by_text["1,400 creditors"][0] == "count" and by_text["2,100 staff"][0] == "count"


@pytest.mark.parametrize("sentence, text, quantity", [
    ("The court ordered him to pay 2,000 zorins (about €180) within a month.", "2,000 zorins", "money"),
    ("The operator offers families 90,000 rands each, its chief executive said.", "90,000 rands", "compensation"),
    ("The insurer said it would pay 40,000 zorins (about $2,300) to the family of each worker who died.",
     "40,000 zorins", "compensation"),
    ("Tickets for the final were being sold online for 900 rupees, four times their face value.", "900 rupees", "price"),
    ("Forged passes were offered on a chat group for 150 zorins (about €20) each.", "150 zorins", "price"),
    ("Shares in Morrel, which last traded at 4.10 euros on Friday, were suspended before the open.", "4.10 euros",
     "share_price"),
])
def test_a_sum_in_any_currency_is_the_sum_its_words_say(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity, (sentence, figures_in(sentence)[text])


@pytest.mark.parametrize("sentence, text", [
    ("The balloon burst at an altitude of about 31 km, the club said.", "about 31 km"),
    ("The drone was flying at an altitude the operator put at roughly 400 metres.", "roughly 400 metres"),
    ("The hut, at 3,100 metres above sea level, was cut off for two days.", "3,100 metres"),
    ("The village of Tarsk, which lies at 1,250 metres, was spared.", "1,250 metres"),
])
def test_an_altitude_is_no_distance_from_a_place(sentence, text):
    assert _quantity(sentence, text) == "other", (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text", [
    ("The village lies 12 km from the border.", "12 km"),
    ("The plant stands 3 km north of the harbour.", "3 km"),
])
def test_a_distance_from_a_place_stays_one(sentence, text):
    assert _quantity(sentence, text) == "distance"


@pytest.mark.parametrize("sentence, text", [
    ("About 450 villagers from the two valleys will spend the night in reception centres, the prefecture said.",
     "About 450 villagers"),
    ("Some 1,200 residents spent a second night in evacuation centres on Tuesday.", "Some 1,200 residents"),
])
def test_a_night_in_reception_centres_is_displacement(sentence, text):
    assert _quantity(sentence, text) == "displaced"


@pytest.mark.parametrize("sentence, text", [
    ("Hoteliers say they lose about €40,000 a day while the pass is shut.", "about €40,000"),
    ("The fishermen's association puts its members' losses at around €300,000 a day.", "around €300,000"),
])
def test_a_sum_lost_a_day_is_a_running_loss_with_its_period(sentence, text):
    got = figures_in(sentence)[text]
    assert got["quantity"] == "money" and got["detail"] == "a day", (sentence, got["quantity"], got.get("detail"))


def test_the_cost_of_the_damage_stays_one():
    assert _quantity("The insurers put the cost of the damage at €40 million.", "€40 million") == "damage_cost"


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Some 140 volunteers and eight divers worked through the night.", "eight divers", "police_deployed"),
    ("The ministry sent 500 police officers and two helicopters to the border town.", "500 police officers",
     "police_deployed"),
    ("Two firefighters were injured when the roof fell in.", "Two firefighters", "injured"),
    ("The army sent 300 soldiers to the valley.", "300 soldiers", "troops"),
])
def test_crews_sent_or_at_work_are_deployed(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity, (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text", [
    ("By noon, the slick had reached 48 km of coastline and workers had laid 6 km of booms.", "48 km"),
    ("By noon, the slick had reached 48 km of coastline and workers had laid 6 km of booms.", "6 km"),
    ("Up to 90 centimetres of fresh snow fell on the pass overnight.", "Up to 90 centimetres"),
    ("The survey put the length of the landslide at 2.3 km.", "2.3 km"),
])
def test_a_length_of_a_stretch_is_no_distance_from_a_place(sentence, text):
    assert _quantity(sentence, text) == "other", (sentence, _quantity(sentence, text))


def test_within_a_distance_of_a_coast_road_stays_a_distance():
    found = figures_in("Residents within 3 km of the coast road were evacuated.")
    assert [r["quantity"] for t, r in found.items() if "3 km" in t] == ["distance"]


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Pensions above the threshold will be cut, and public-sector wages by 10% from January.", "10%",
     "percentage_change"),
    ("The yield on the five-year bond, which had climbed to 8.7%, fell back to 8.1% by the close.", "8.7%",
     "interest_rate"),
    ("The measure was approved by 52.3% of voters.", "52.3%", "share"),
])
def test_a_change_or_a_yield_across_clauses(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity, (sentence, _quantity(sentence, text))


@pytest.mark.parametrize("sentence, text", [
    ("Some 3,000 people had left the valley by Sunday night.", "Some 3,000 people"),
    ("About 2,100 residents of the lower town had been moved to shelters in the hills by then.", "About 2,100 residents"),
])
def test_people_who_left_their_homes_or_were_moved_to_shelters_are_evacuated(sentence, text):
    assert _quantity(sentence, text) == "evacuated"


@pytest.mark.parametrize("sentence, text, quantity", [
    ("Some 9,000 head of cattle had been moved to higher ground.", "Some 9,000", "count"),
    ("Up to 12,000 people may have fled the area.", "Up to 12,000 people", "displaced"),
    ("Up to 4cm of ice had built up on the lines.", "Up to 4cm", "depth"),
])
def test_animals_moved_people_who_fled_and_ice_keep_their_quantity(sentence, text, quantity):
    assert _quantity(sentence, text) == quantity, (sentence, _quantity(sentence, text))
