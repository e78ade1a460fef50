"""Number classes a new user's trial (session 13, an invented corpus about a mayor arrested for bribery) found wrong,
each with sentences written for this test about several kinds of event (courts, business, disasters, politics; never
the user's sentences alone): what an amount of money is (bribes, a contract's value, cash found, bail) said beside
it, hyphenated adjectival money ("a 38-million-euro contract"), an earlier case's sentence tied to a past year, a
part of a span of time ("served three of his four years"), the penalty a law sets or a suspect faces, slang arrests,
the window of a market figure ("the 30-day average"), a share of a whole ("made up 55% of its revenue"), a part of a
named group ("two of the firm's executives") and the people besides one named ("X and two other people")."""
from __future__ import annotations

import pytest

from helpers import paths
from helpers.codebooks import load_units
from helpers.quantities import load_quantity_codebook
from probes import figures_in as _records

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()


# 1. What an amount of money is, said beside it, is its detail, and the amount is no longer lined up by its value
# alone (quantity_cues `money_bribes`, `money_contract`, `money_cash_found`, `money_bail`; context_cues `bribes`,
# `contract`, `cash_found`, `bail`): a revised bribe total or two outlets' cash found line up as one fact.
@pytest.mark.parametrize("sentence, text, detail", [
    ("The former minister is accused of pocketing at least €620,000 in kickbacks.", "at least €620,000", "bribes"),
    ("Prosecutors say the customs chief took bribes worth about $1.2 million.", "about $1.2 million", "bribes"),
    ("The mayor was suspected of accepting about 480,000 euros from a builder.", "about 480,000 euros", "bribes"),
    ("The directorate put the alleged bribes at 3 million euros.", "3 million euros", "bribes"),
    ("The shipyard won a €38.4 million contract for two patrol boats.", "€38.4 million", "contract"),
    ("The airline signed a deal worth $2 billion with the manufacturer.", "$2 billion", "contract"),
    ("The depot contract, worth 38.4 million euros, is the largest the city has awarded.", "38.4 million euros",
     "contract"),
    ("Police found €250,000 in cash hidden in the farmhouse.", "€250,000", "cash_found"),
    ("Investigators discovered $80,000 in a suitcase at the flood relief office.", "$80,000", "cash_found"),
    ("A £40,000 stash was uncovered under the floorboards.", "£40,000", "cash_found"),
    ("The union leader was released on bail of 50,000 euros.", "50,000 euros", "bail"),
    ("The ship's captain was freed after posting $500,000 bail.", "$500,000", "bail"),
])
def test_what_an_amount_of_money_is(sentence, text, detail):
    rec = _records(sentence)[text]
    assert (rec["kind"], rec["quantity"], rec["cued"], rec["detail"]) == ("money", "money", True, detail), rec


@pytest.mark.parametrize("sentence, text, quantity", [
    ("The deal is worth €3.5bn, analysts said.", "€3.5bn", "market_value"),  # a whole company's value stays so
    ("The regulator fined the airline €2 million.", "€2 million", "fine"),
    ("Police seized €90,000 in cash during the raid.", "€90,000", "seized"),
    ("The jury ordered the chemical firm to pay €5 million in damages.", "€5 million", "compensation"),
    ("The insurer booked a profit of €212 million.", "€212 million", "profit"),
    ("The council approved a budget of €512 million.", "€512 million", "budget"),
    ("The sell-off wiped €95 million off the builder's market value.", "€95 million", "market_value"),
    ("The airline reported revenue of €3.1 billion.", "€3.1 billion", "revenue"),
])
def test_money_with_a_quantity_of_its_own_keeps_it(sentence, text, quantity):
    assert _records(sentence)[text]["quantity"] == quantity


@pytest.mark.parametrize("sentence, text", [
    ("The storm cost the region €40 million.", "€40 million"),
    ("Officials paid €5,000 in cash to each family.", "€5,000"),
])
def test_money_with_no_such_noun_has_no_detail(sentence, text):
    assert _records(sentence)[text]["detail"] not in ("bribes", "contract", "cash_found", "bail")


# 2. Hyphenated adjectival money is money, not a count of euros (number_rules.compound); a weight in pounds stays a
# count unless it is scaled.
@pytest.mark.parametrize("sentence, text, value, unit, kind", [
    ("The city awarded a 38-million-euro contract for the depot.", "38-million-euro", 38e6, "EUR", "money"),
    ("The navy signed a 2.5-billion-dollar deal for frigates.", "2.5-billion-dollar", 2.5e9, "USD", "money"),
    ("Insurers face a 5-million-pound bill after the flood.", "5-million-pound", 5e6, "GBP", "money"),
    ("Rescuers carried a 10-pound bag of supplies.", "10-pound", 10, "pound", "count"),
])
def test_hyphenated_money(sentence, text, value, unit, kind):
    rec = _records(sentence)[text]
    assert (rec["kind"], rec["value_low"], rec["unit"]) == (kind, value, unit), rec


# 3. An earlier case: a court verb tied to a past year (context_cues `past_year_court_verb`), a part of a span of time (numbers._part_of_a_span), the penalty a law sets or a
# suspect faces (context_cues `penalty_faced`) and a slang jail term (quantity_cues `sentence_length_slang`).
@pytest.mark.parametrize("sentence, earlier, current", [
    ("His predecessor was jailed in 2019 for four years for accepting 150,000 euros.",
     ["four years", "150,000 euros"], []),
    ("The former club treasurer was imprisoned in 2015 for six years for stealing £2 million.",
     ["six years", "£2 million"], []),
    ("The ferry operator's owner was sentenced in 2017 to five years after 40 passengers drowned.",
     ["five years", "40 passengers"], []),
    # the current case stays current
    ("The mayor was jailed on Tuesday for four years.", [], ["four years"]),
    ("The minister was sentenced to six years for fraud on Monday.", [], ["six years"]),
])
def test_an_earlier_case_is_marked_earlier(sentence, earlier, current):
    got = _records(sentence)
    assert [t for t in earlier if not got[t]["earlier"]] == [], got
    assert [t for t in current if got[t]["earlier"]] == [], got


@pytest.mark.parametrize("sentence, text, hours", [
    ("The former mayor served three of his four years in prison.", "three", 3 * 8766),
    ("The strike lasted two of the five days planned.", "two", 48),
    ("She spent 14 of her 52 years in exile.", "14", 14 * 8766),
])
def test_part_of_a_span_is_time_not_people(sentence, text, hours):
    rec = _records(sentence)[text]
    assert (rec["kind"], rec["value_low"]) == ("duration", hours), rec
    assert rec["quantity"] != "arrested"


@pytest.mark.parametrize("sentence, text", [
    ("Bribery of a public official carries a prison sentence of three to ten years.", "three to ten years"),
    ("If convicted, the ship's owner faces up to 12 years in prison.", "up to 12 years"),
    ("The hackers could face up to 20 years behind bars.", "up to 20 years"),
    ("Vote-buying is punishable by up to five years in jail.", "up to five years"),
])
def test_the_penalty_faced_is_no_sentence_handed_down(sentence, text):
    rec = _records(sentence)[text]
    assert (rec["quantity"], rec["detail"]) == ("sentence_length", "penalty_faced"), rec


@pytest.mark.parametrize("sentence, text", [
    ("The judge sentenced the former minister to six years.", "six years"),
    ("The sprinter faces up to four years out of the sport.", "up to four years"),  # a ban: no prison term
])
def test_a_sentence_handed_down_is_no_penalty_faced(sentence, text):
    assert _records(sentence)[text]["detail"] != "penalty_faced"


def test_a_slang_jail_term_is_a_sentence():
    rec = _records("The gang boss was caged for nine years for the robbery.")["nine years"]
    assert rec["quantity"] == "sentence_length"


# 5. Slang arrests in tabloids (quantity_cues `arrested_slang`, `arrested_cops_verb`); capitalised numbers count.
@pytest.mark.parametrize("sentence, text", [
    ("By this afternoon SIX people had been nicked over the fraud.", "SIX people"),
    ("Three fans were collared after the match.", "Three fans"),
    ("Four protesters were hauled off by cops outside parliament.", "Four protesters"),
    ("Cops nicked 12 people after the flood.", "12 people"),
])
def test_slang_arrests(sentence, text):
    assert _records(sentence)[text]["quantity"] == "arrested"


# 6. A window of a market figure (context_cues `window_of_a_measure`), a share of a whole (quantity_cues
# `share_made_up_of`), a part of a named group (context_cues `part_of_a_group`) and the people besides one named
# (context_cues `besides_named`).
@pytest.mark.parametrize("sentence, text, window", [
    ("Trading volume was almost five times the 30-day average.", "30-day", True),
    ("The shares hit a 52-week low on Friday.", "52-week", True),
    ("Oil rose above its 200-day moving average.", "200-day", True),
    ("The court ordered a 30-day detention.", "30-day", False),
])
def test_a_window_is_no_duration_of_the_event(sentence, text, window):
    assert (_records(sentence)[text]["detail"] == "window_of_a_measure") is window


@pytest.mark.parametrize("sentence, text", [
    ("Public clients made up roughly 55% of the builder's revenue.", "roughly 55%"),
    ("Exports account for 40% of the region's jobs.", "40%"),
    ("Renters represent about 30% of the flooded households.", "about 30%"),
])
def test_a_share_of_a_whole_is_no_change(sentence, text):
    assert _records(sentence)[text]["quantity"] == "share"


@pytest.mark.parametrize("sentence, text, detail", [
    ("Two of the builder's executives were detained.", "Two", "part_of_a_group"),
    ("Three of the ministry's officials were arrested on Monday.", "Three", "part_of_a_group"),
    ("The mayor, 58, and two other people were taken into custody.", "two other people", "besides_named"),
    ("Kessler and three other suspects were arrested at the border.", "three other suspects", "besides_named"),
])
def test_a_part_or_the_others_is_no_whole_count(sentence, text, detail):
    assert _records(sentence)[text]["detail"] == detail


@pytest.mark.parametrize("sentence, text", [
    ("The Red Cross says 29 of the 34 children reported missing have been found.", "29"),
    ("Five people were arrested on Monday.", "Five people"),
])
def test_a_whole_count_has_no_part_detail(sentence, text):
    assert _records(sentence)[text]["detail"] not in ("part_of_a_group", "besides_named")
