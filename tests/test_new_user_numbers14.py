"""Number and fact classes a new user's trial (session 14, an invented corpus about a hospital nurses' strike) found
wrong, each with sentences written for this test about several kinds of event (strikes, disasters, courts, business,
elections; never the user's sentences alone): a per-unit rate is no count of the whole ("85 nurses per shift"), a sum a
year or a month is no sum paid to each, the whole of a partitive is a fact of its own ("1,100 of its 1,600 nurses"),
what a share or percentage is of comes from the noun around it (an offer, a rate, inflation running at N%), a source
said beside one figure is not the source of another clause's figure, a detail is a content noun (never a pronoun;
"ops" is "operations"), a time unit opening a hyphenated compound ("31 day-case procedures") is no duration, "2,000 or
3,000 pounds" is one range of money, an event named by its month ("the March walkout") is an earlier event, and an
as-of time belongs to the figure it is said with."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.codebooks import load_units
from helpers.facts import figure_claimants, figure_part, noun_named_before
from helpers.quantities import load_quantity_codebook, qualifier_word
from probes import figures_in as _records

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()


# 1a. A count per unit (per shift, per nurse, an hour) is a rate, not the count of the whole (context_cues
# `rate_per_unit`): "a rota of 85 nurses per shift" is not the number of nurses absent or on strike.
@pytest.mark.parametrize("sentence, text", [
    ("Emergency wards stay open under an agreed rota of 85 nurses per shift.", "85 nurses"),
    ("Striking drivers agreed to run six trains an hour on the main line.", "six trains"),
    ("After the flood, each shelter took in 40 families a night.", "40 families"),
    ("Teachers say they now have 32 pupils per class.", "32 pupils"),
])
def test_a_count_per_unit_is_a_rate(sentence, text):
    assert _records(sentence)[text]["detail"] == "rate_per_unit"


@pytest.mark.parametrize("sentence, text", [
    ("About 640 nurses were absent from their shifts.", "About 640 nurses"),
    ("The line carries 9,000 commuters a day.", "9,000 commuters"),  # ridership keeps its own detail
])
def test_a_count_of_the_whole_is_no_rate(sentence, text):
    assert _records(sentence)[text]["detail"] != "rate_per_unit"


# 1b. A sum a year or a month is no sum paid to each (facts.FIGURE_PART_RULES `per_unit` never skips past a time noun).
@pytest.mark.parametrize("sentence, text, part", [
    ("Bosses say meeting the demand would cost £14million a year - money taken from services.", "£14million", ""),
    ("I'm paying 1,150 pounds a month in rent, she said.", "1,150 pounds", ""),
    ("The club pays its striker €90,000 a week in wages.", "€90,000", ""),
    ("The council will pay €1,500 per household.", "€1,500", "each"),
    ("The court ordered 10,000 euros to every family whose home was destroyed.", "10,000 euros", "each"),
])
def test_a_sum_a_year_is_not_each(sentence, text, part):
    rec = _records(sentence)[text]
    assert figure_part({**rec, "sentence": sentence}) == part


# 1c. The whole of a partitive is a fact of its own (context_cues `whole_of_a_count`): "more than 1,100 of the
# hospital's 1,600 nurses" — the 1,600 is the workforce, not another count of strikers.
@pytest.mark.parametrize("sentence, text", [
    ("The union said more than 1,100 of the hospital's roughly 1,600 nurses had joined the walkout.",
     "roughly 1,600 nurses"),
    ("Three of the firm's 40 drivers walked out on Monday.", "40 drivers"),
    ("Officials said 120 of the 300 homes in the village were flooded.", "300 homes"),
])
def test_the_whole_of_a_partitive(sentence, text):
    assert _records(sentence)[text]["detail"] == "whole_of_a_count"


def test_the_part_of_a_partitive_is_no_whole():
    rec = _records("The union said more than 1,100 of the hospital's roughly 1,600 nurses had joined the walkout.")
    assert rec["more than 1,100"]["detail"] != "whole_of_a_count"


# 1d. A count restated by its noun in a state ("put the number of nurses absent from their shifts at …") takes that
# noun (facts.NOUN_BEFORE_RULES `put_number_of_noun_in_a_state_at`), even when the figure is quoted.
@pytest.mark.parametrize("sentence, text, unit", [
    ('The trust put the number of nurses absent from their shifts at "between 600 and 700".', "between 600 and 700", "nurse"),
    ("Police put the number of people still missing after the landslide at about 40.", "about 40", "person"),
])
def test_a_restated_noun_in_a_state(sentence, text, unit):
    rec = _records(sentence)[text]
    assert noun_named_before(rec, sentence)["unit"] == unit


# 2a. A detail is a content noun: a pronoun names nothing a share is of (qualifier_words rows map it to nothing); a
# clipped form is the noun it clips ("ops" are operations).
@pytest.mark.parametrize("word, means", [("that", ""), ("this", ""), ("which", ""), ("ops", "operation"),
                                         ("operations", "operation"), ("nurses", "nurse")])
def test_a_detail_is_a_content_noun(word, means):
    assert qualifier_word(word, BOOK) == means


# 2b. A time unit that opens a hyphenated compound modifies the noun after it: the number counts that noun
# (number_rules `_TIME_UNIT_AFTER`); a plain duration and an age stay as they were.
@pytest.mark.parametrize("sentence, text, kind, unit", [
    ("The list included 31 day-case procedures.", "31 day-case procedures", "count", "procedure"),
    ("The nursery offers 12 day-care places.", "12 day-care places", "count", "place"),
    ("Unions have called 40 week-long stoppages since 2020.", "40 week-long stoppages", "count", "stoppage"),
    ("The camp housed them for 31 days.", "31 days", "duration", "hour"),
    ("A 3 year-old girl was among the injured.", "3 year-old", "age", "year"),
])
def test_a_time_unit_in_a_compound(sentence, text, kind, unit):
    rec = _records(sentence)[text]
    assert (rec["kind"], rec["unit"]) == (kind, unit)


# 3a. What a share or percentage is of comes from the noun or verb around it: an offer, a stake, a named rate
# (context_cues `share_named_by_term_after`, `share_named_by_term_before`, `share_named_rate_before`), inflation
# running at N% (quantity_cues `inflation_rate_running_at`), a demand said with "wants" (`requested`).
@pytest.mark.parametrize("sentence, text, about", [
    ("The dispute centres on a 3.5% pay offer for the current year.", "3.5%", "offer"),
    ("The investor bought a 20% stake in the shipyard.", "20%", "stake"),
    ("The union will call off the strike if the trust tables a revised offer of at least 6%.", "at least 6%", "offer"),
    ("The hospital's nurse vacancy rate stands at 14%.", "14%", "vacancy"),
    ("The school dropout rate rose to 9% last year.", "9%", "dropout"),
])
def test_what_a_share_is_of(sentence, text, about):
    assert _records(sentence)[text]["about"] == about


@pytest.mark.parametrize("sentence, text", [
    ("The offer falls far short of inflation, running at 6.2% according to the statistics office.", "6.2%"),
    ("Wages have not kept up with inflation, which is running at 4.8%.", "4.8%"),
    ("Food prices soared as inflation, now standing at 11%, squeezed families.", "11%"),
])
def test_inflation_running_at(sentence, text):
    rec = _records(sentence)[text]
    assert (rec["quantity"], rec["about"]) == ("inflation_rate", "")


@pytest.mark.parametrize("sentence, text", [
    ("The union wants 9%, arguing that pay has fallen in real terms.", "9%"),
    ("Dockers want a 12% rise.", "12%"),
])
def test_a_demand_said_with_want(sentence, text):
    assert _records(sentence)[text]["detail"] == "requested"


# 3b. A source said beside one figure is the source of that figure only, not of a figure of another clause of its
# sentence (facts.source_of_another_clause).
def _sentence_mentions(sentence: str, claimant: str) -> pd.DataFrame:
    rows = [{**rec, "article_id": "a", "block_no": 0, "sentence_no": 0, "sentence": sentence, "claimant": claimant,
             "claimant_type": "official"} for rec in _records(sentence).values()]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("sentence, claimant, other, source", [
    ("The dispute centres on a 3.5% pay offer, which the union says falls short of inflation, running at 6.2% "
     "according to the national statistics office.", "the national statistics office", "3.5%", "6.2%"),
    ("The airline carried 4 million passengers, a record, while fuel costs rose 12% according to the regulator.",
     "the regulator", "4 million passengers", "12%"),
])
def test_a_source_covers_its_own_clause(sentence, claimant, other, source):
    got = figure_claimants(_sentence_mentions(sentence, claimant)).set_index("text")
    assert got.loc[other, "claimant"] == "" and got.loc[other, "claimant_type"] == "outlet"
    assert got.loc[source, "claimant"].strip(" .") == claimant


def test_a_source_of_one_clause_keeps_both_figures():
    sentence = "Some 241 operations and 812 appointments had been cancelled according to the trust."
    got = figure_claimants(_sentence_mentions(sentence, "the trust")).set_index("text")
    assert set(got["claimant"].str.strip(" .")) == {"the trust"}


# 4a. "2,000 or 3,000 pounds": a currency name after the second number applies to both (number_rules `money_name`).
@pytest.mark.parametrize("sentence, text, low, high, unit", [
    ("Nurses can earn 2,000 or 3,000 pounds more at a neighbouring trust.", "2,000 or 3,000 pounds", 2000, 3000, "GBP"),
    ("The court heard he was paid 5 or 6 million euros in bribes.", "5 or 6 million euros", 5e6, 6e6, "EUR"),
    ("Flood victims were offered 300 or 400 dollars each.", "300 or 400 dollars", 300, 400, "USD"),
])
def test_an_alternative_range_of_money(sentence, text, low, high, unit):
    rec = _records(sentence)[text]
    assert (rec["kind"], rec["value_low"], rec["value_high"], rec["unit"], rec["hedge"]) == ("money", low, high, unit, "range")


# 4b. An event named by its month ("the March walkout", "the January floods") is an earlier event (context_cues
# `named_month_event`).
@pytest.mark.parametrize("sentence, text", [
    ("During the March walkout, 140 ops were scrapped.", "140 ops"),
    ("The January floods killed 12 people in the valley.", "12 people"),
    ("Turnout in the May election was 58%.", "58%"),
    ("The June trial heard from 14 witnesses.", "14 witnesses"),
])
def test_an_event_named_by_its_month_is_earlier(sentence, text):
    assert _records(sentence)[text]["earlier"] is True


def test_a_month_date_alone_is_not_earlier():
    assert _records("On 3 March, 140 operations were cancelled.")["140 operations"]["earlier"] is False


# 5. An as-of time belongs to the figure it is said with: a time after a later figure that opens its own conjunct is
# that figure's (quantities.own_time); a time that opens the sentence or closes one shared clause stays everyone's.
@pytest.mark.parametrize("sentence, first, second, first_at, second_at", [
    ("180 procedures were called off when the strike started, and 212 by late morning.", "180 procedures", "212", "",
     "late morning"),
    ("Rescuers had found 12 bodies by Tuesday evening, and 20 by Wednesday morning.", "12 bodies", "20",
     "Tuesday evening", "Wednesday morning"),
    ("As of 6pm, 241 operations and 812 appointments had been cancelled.", "241 operations", "812 appointments", "6pm",
     "6pm"),
    ("Some 241 operations and 812 appointments had been cancelled by 6pm.", "Some 241 operations", "812 appointments",
     "6pm", "6pm"),
])
def test_an_as_of_time_is_its_own_figures(sentence, first, second, first_at, second_at):
    rec = _records(sentence)
    assert (rec[first]["as_of"], rec[second]["as_of"]) == (first_at, second_at)


@pytest.mark.parametrize("sentence, text", [
    ("Most of the 23 victims were over 75, the ministry said.", "23 victims"),  # the toll itself, not a whole
    ("Eleven of the 23 missing fishermen have been found alive.", "23"),
    ("The commission rejected 231 of the 268 complaints it had received.", "268 complaints"),  # received: a fact
])
def test_a_toll_or_a_stated_count_is_no_whole(sentence, text):
    assert _records(sentence)[text]["detail"] != "whole_of_a_count"


def test_a_headline_partitive_without_a_determiner_is_left_alone():
    # "seven of 12 regions" (no "the", no owner): headline shorthand, where the whole is the count other outlets give
    assert _records("Weather service puts seven of 12 regions on red alert")["12 regions"]["detail"] != "whole_of_a_count"
