"""Revisions through the day and what a figure is set against (session 14, revision14): a superseded figure said
with "up from", "revised from", "raised its count from X to Y"; a count one body raises or lowers through the day is
a revision; what a figure is of is not carried across a word that names a different act (offer, demand, inflation,
rise)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.codebooks import load_units
from helpers.facts import SUPERSEDED, carry_about, fact_summary
from helpers.numbers import number_records
from helpers.quantities import context_of, load_quantity_codebook

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()
ARTICLES = pd.DataFrame({"article_id": list("abcde"), "source": list("ABCDE")})


def _as_of(sentence: str, text: str) -> str:
    rec = next(r for r in number_records(sentence, UNITS) if r["text"] == text)
    return context_of(rec, sentence, BOOK, 2026)["as_of"]


@pytest.mark.parametrize("sentence, text", [
    ("Officials said 47 people had died, up from 31 given earlier in the day.", "31"),
    ("The utility now counts 82,000 homes without power, down from 95,000 reported earlier.", "95,000"),
    ("The ministry raised its count of detained protesters from 120 to 164.", "120"),
    ("The electoral commission revised its tally of spoiled ballots from 3,400 to 2,950.", "3,400"),
    ("The death toll was revised down from 19 to 17 after two bodies were identified.", "19"),
    ("The day's total is up from the 40 flights the airline had expected to cancel.", "40 flights"),
    ("By midday the index had lost 1.8%, down from a 2.3% drop reported earlier.", "2.3%"),
    ("Police had earlier put the figure at 2,000.", "2,000"),
    ("Rescuers found 12 survivors, revising an earlier estimate of 600 evacuees.", "600 evacuees"),
    ("As of 6pm the toll stood at 31, up from 24 earlier in the day.", "24"),  # the sentence's time is not the 24's
])
def test_an_earlier_figure_of_the_same_fact_is_marked_superseded(sentence, text):
    as_of = _as_of(sentence, text)
    assert as_of and SUPERSEDED.match(as_of), as_of


@pytest.mark.parametrize("sentence, text", [
    ("The ministry raised its count of detained protesters from 120 to 164.", "164"),
    ("Officials said 47 people had died, up from 31 given earlier in the day.", "47 people"),
    ("Unemployment rose to 6.1%, up from 5.8% a year earlier.", "5.8%"),  # an earlier period: another fact
    ("Turnout was 71%, up from 64% in 2021.", "64%"),
    ("The index closed at 5,210 points, up from 5,120 on Friday.", "5,120"),
    ("Prices have risen 4% since January, up from 3% earlier this year.", "3%"),
])
def test_a_current_figure_or_an_earlier_periods_is_not_superseded(sentence, text):
    as_of = _as_of(sentence, text)
    assert not (as_of and SUPERSEDED.match(as_of)), as_of


def _facts(rows: list[tuple], quantity: str = "killed") -> pd.DataFrame:
    """(article, value, hedge, text, published, as_of) rows of one fact, one claimant."""
    frame = pd.DataFrame(rows, columns=["article_id", "value", "hedge", "text", "published", "as_of"])
    return frame.assign(fact_id=quantity, fact_label=quantity, quantity=quantity, kind="count", unit="",
                        scope="", comparable=True, news_value=3, claimant="the agency",
                        value_low=frame["value"].astype(float), value_high=frame["value"].astype(float),
                        published=pd.to_datetime(frame["published"], utc=True)).drop(columns="value")


def _difference(rows: list[tuple], quantity: str = "killed") -> str:
    return fact_summary(_facts(rows, quantity), ARTICLES)["difference"].iloc[0]


def test_a_count_one_body_raises_through_the_day_with_its_earlier_figure_is_a_revision():
    """Cancelled operations 180 (morning), 212 (noon), 241 "up from 180 announced earlier" (evening): the superseded
    180 came before its article's 241, whenever it was first published; not outlets differing."""
    rows = [("a", 180, "exact", "180", "2026-11-10T07:40Z", ""), ("b", 212, "exact", "212", "2026-11-10T12:05Z", ""),
            ("c", 241, "exact", "241", "2026-11-10T19:30Z", ""), ("c", 180, "exact", "180", "2026-11-10T19:30Z", "up from")]
    assert _difference(rows, "count") == "revision"


def test_a_hedged_figure_between_two_exact_ones_can_be_a_rise():
    """A toll 236 at 15:00, "nearly 250" at 17:45 ("about" widened), 241 at 19:30: the hedge allows a rise."""
    rows = [("a", 200, "exact", "200", "2026-11-10T12:05Z", ""), ("b", 236, "exact", "236", "2026-11-10T15:20Z", ""),
            ("c", 250, "about", "nearly 250", "2026-11-10T17:45Z", ""), ("d", 241, "exact", "241", "2026-11-10T19:30Z", "")]
    assert _difference(rows) == "revision"


def test_a_missing_count_that_falls_through_the_day_is_a_revision():
    rows = [("a", 40, "exact", "40", "2026-03-02T08:00Z", ""), ("b", 31, "exact", "31", "2026-03-02T13:00Z", ""),
            ("c", 22, "exact", "22", "2026-03-02T19:00Z", ""), ("c", 40, "exact", "40", "2026-03-02T19:00Z", "down from")]
    assert _difference(rows, "missing") == "revision"


def test_a_superseded_figure_on_the_wrong_side_of_its_articles_own_is_no_revision():
    """Ballots counted rise 9,000 -> 12,000, but the evening article says 12,000 is "down from 15,000 earlier": the
    figures cannot have only risen or only fallen."""
    rows = [("a", 9000, "exact", "9,000", "2026-05-04T08:00Z", ""), ("b", 12000, "exact", "12,000", "2026-05-04T20:00Z", ""),
            ("b", 15000, "exact", "15,000", "2026-05-04T20:00Z", "down from")]
    assert _difference(rows, "count") == "outlets"


def test_figures_that_go_up_and_down_through_the_day_are_outlets_differing():
    rows = [("a", 9, "exact", "9", "2026-05-04T08:00Z", ""), ("b", 6, "exact", "6", "2026-05-04T12:00Z", ""),
            ("c", 8, "exact", "8", "2026-05-04T18:00Z", "")]
    assert _difference(rows) == "outlets"


def test_two_figures_of_one_article_at_one_time_are_not_a_hedge_a_rise_passes_through():
    """An index's 96.4 and 91.8 in one evening article are two things: read as their middle, not as an interval that
    lets a 14.2 in the morning and a 96.4 the next day be one rise through it... and back."""
    rows = [("a", 90, "exact", "90", "2026-10-13T14:00Z", ""), ("b", 96.4, "exact", "96.4", "2026-10-13T20:00Z", ""),
            ("b", 91.8, "exact", "91.8", "2026-10-13T20:00Z", ""), ("c", 93, "exact", "93", "2026-10-14T09:00Z", "")]
    assert _difference(rows, "budget") == "outlets"  # 90, then 94.1, then 93: up and down


def _row(sentence: str, text: str, about: str = "", sentence_no: int = 1, quantity: str = "percentage_change") -> dict:
    start = sentence.index(text)
    return {"article_id": "x", "block_no": 1, "sentence_no": sentence_no, "quantity": quantity, "about": about,
            "holder": "", "sentence": sentence, "start": start, "end": start + len(text), "text": text}


def test_a_demand_is_not_carried_the_articles_offer():
    rows = carry_about([
        _row("The dispute centres on a 3.5% pay offer.", "3.5%", "offer", 1),
        _row("The union is asking for 9%.", "9%", "", 2),
        _row("Management added that a 9% rise would cost 14 million pounds a year.", "9%", "", 3),
        _row("Bosses insist 3.5% is final.", "3.5%", "", 4),  # no act named: the article's offer
    ], BOOK)
    assert [r["about"] for r in rows] == ["offer", "", "", "offer"]


def test_inflation_beside_an_offer_in_one_sentence_is_not_the_offer():
    rows = carry_about([
        _row("Teachers were offered 2%, while inflation ran at 5.4%.", "2%", "offer"),
        _row("Teachers were offered 2%, while inflation ran at 5.4%.", "5.4%", ""),
    ], BOOK)
    assert [r["about"] for r in rows] == ["offer", ""]


def test_a_noun_that_names_no_act_is_still_carried():
    """"38.4% of teachers ..., more than the 38% it announced": teachers are no act; and a later offer is an offer."""
    rows = carry_about([
        _row("The union said 38.4% of teachers walked out, more than the 38% it had demanded.", "38.4%", "teachers",
             quantity="share"),
        _row("The union said 38.4% of teachers walked out, more than the 38% it had demanded.", "38%", "", quantity="share"),
        _row("It tabled a revised offer of 4%.", "4%", "", 2),
        _row("The first offer was 3%.", "3%", "offer", 3),
    ], BOOK)
    assert [r["about"] for r in rows] == ["teachers", "teachers", "offer", "offer"]


@pytest.mark.parametrize("sentence, text, superseded", [
    ("The toll rose to 17, the ministry said; it had given figures of nine dead on Saturday night.", "nine", True),
    ("Police had put the number of arrests at 40 before the second march.", "40", True),
    ("Organisers had published an estimate of 5,000 marchers.", "5,000 marchers", True),
    ("Police said 12 people had been arrested.", "12 people", False),
    ("The agency had reported 73 votes in favour shortly after the vote.", "73 votes", False),  # no count named: a report
    ("The state had released $25 million from its emergency fund.", "$25 million", False),  # money paid out, not a figure
    ("Rescuers had put up 600 tents.", "600 tents", False),
])
def test_a_figure_a_body_had_given_before_is_superseded(sentence, text, superseded):
    as_of = _as_of(sentence, text)
    assert bool(as_of and SUPERSEDED.match(as_of)) is superseded, as_of
