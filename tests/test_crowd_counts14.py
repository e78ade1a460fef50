"""Crowd and protest counts told by who counted them (session 14, crowd14; issue 10): a bare figure a crowd counter
gives (police, organisers, a union, a ministry) counts the crowd of its article, an elliptical second figure takes the
first one's quantity and its own claimant, and each claimant's figure lines up with the same claimant's figure in other
articles. Sentences invented for these tests (protests, strikes, rallies, marches, vigils, concerts, election rallies;
wire, live-blog and broadsheet styles), no corpus text."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import paths
from helpers.codebooks import load_actors, load_units
from helpers.facts import (CROWD_COUNTER_RULES, CROWD_WORD_RULES, article_crowds, figure_claimants, number_mentions,
                           split_by_claimant, split_by_holder)
from helpers.quantities import load_quantity_codebook

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()
ACTORS = load_actors(paths.codebook_path("actors.csv"))


def _mentions(articles: dict[str, list[str]]) -> pd.DataFrame:
    rows = [{"article_id": a, "block_no": 1, "sentence_no": i, "role": "body", "text": t, "start": 0}
            for a, sents in articles.items() for i, t in enumerate(sents)]
    return split_by_holder(number_mentions(pd.DataFrame(rows), UNITS, BOOK, ACTORS), BOOK, [r["text"] for r in rows])


def _got(articles: dict[str, list[str]], column: str = "quantity") -> dict[tuple, str]:
    m = _mentions(articles)
    return {(a, t): v for a, t, v in zip(m["article_id"], m["text"], m[column])}


def test_every_crowd_word_rule_names_its_own_quantity():
    for rule in CROWD_WORD_RULES.itertuples():
        assert article_crowds({("a", 1, 0): rule.example}) == {"a": rule.quantity}, rule.name
    assert article_crowds({("a", 1, 0): "The ministry published its budget."}) == {"a": ""}


@pytest.mark.parametrize("rule", list(CROWD_COUNTER_RULES.itertuples()), ids=lambda r: r.name)
def test_every_crowd_counter_rule_reads_its_own_example(rule):
    text = rule.example
    number = re.findall(r"\d[\d,]*", text)[-1]
    probe = text.replace(number, "@N", 1) if rule.name != "counter_before" else text[:text.index(number)] + "@N"
    assert re.search(rule.pattern, probe), rule.name


def test_a_bare_figure_a_counter_gives_in_a_protest_story_counts_the_protesters():
    got = _got({"wire": ["Police say 1,800, organisers nearly 5,000",  # headline: no crowd word in it
                         "Thousands of teachers marched through the city centre on Saturday."],
                "blog": ["14:05 In the port itself police gave a peak of 9,000, against the dockers' union's 21,000.",
                         "The rally ended peacefully outside the harbour office."],
                "paper": ["The broadcaster gave only the police estimate of the march, 9,000.",
                          "It did not mention the organisers' figure of 40,000."]})
    for figure in [("wire", "1,800"), ("wire", "nearly 5,000"), ("blog", "9,000"), ("blog", "21,000"),
                   ("paper", "9,000"), ("paper", "40,000")]:
        assert got[figure] == "protesters", figure


def test_figures_according_to_each_counter_share_the_verb_after_them():
    got = _got({"a": ["Some 12,000 according to police, 40,000 according to the union, marched through the capital."],
                "b": ["In the capital the gap was wider still: 87,000 according to the ministry, 400,000 according to the NLF.",
                      "Hundreds of thousands took to the streets on the second day of the strike."]})
    assert got[("a", "Some 12,000")] == got[("a", "40,000")] == "protesters"
    assert got[("b", "87,000")] == got[("b", "400,000")] == "protesters"


def test_a_crowd_put_at_a_figure_is_the_crowd():
    got = _got({"a": ["The group that called the march put it at 40,000.", "Police gave no figure for the protest."]})
    assert got[("a", "40,000")] == "protesters"


def test_a_vigil_or_a_concert_counts_participants_and_a_story_with_no_crowd_keeps_a_bare_count():
    got = _got({"vigil": ["Candles were lit for the victims at the vigil.", "Organisers said 3,000, police 2,200."],
                "gig": ["Fans queued from dawn for the concert.", "Organisers said 60,000, police 45,000."],
                "none": ["The ministry published its figures on Monday.", "Police say 1,800, organisers nearly 5,000."]})
    assert got[("vigil", "3,000")] == got[("vigil", "2,200")] == "participants"
    assert got[("gig", "60,000")] == got[("gig", "45,000")] == "participants"
    assert got[("none", "1,800")] == "count"


def test_a_counters_figure_of_something_else_is_not_the_crowd():
    got = _got({"a": ["The union's figure, raised on Monday from 7,000-8,000 to 8,000-9,000, is double the ministry's.",
                      "Union says thousands more jobs at risk.", "Workers rallied outside the gate."],
                "b": ["The police say the picket lasted about 15 minutes; the union, no more than eight.",
                      "Strikers marched to the depot."]})
    assert got[("a", "from 7,000-8,000")] != "protesters"
    assert got[("a", "thousands")] != "protesters"  # "more jobs": words of its own
    assert got[("b", "no more than eight")] != "protesters"


def test_people_who_attended_a_protest_are_protesters_and_spectators_keep_their_count():
    got = _got({"a": ["Police said about 9,000 people attended a rally called by opposition groups."],
                "b": ["The election rally in the square drew cheers.", "About 400 delegates attended the congress."]})
    assert got[("a", "about 9,000 people")] == "protesters"
    assert got[("b", "About 400 delegates")] == "participants"


def test_people_who_came_or_travelled_to_join_are_the_crowd():
    got = _got({"vigil": ["Some 2,000 people came to the vigil, according to the organisers."],
                "march": ["The federation said 25,000 people had come to the capital alone.",
                          "Farmers marched on parliament."],
                "bus": ["About 300 farmers who left the valley before dawn to join the protest in the capital."],
                "not": ["About 40 people came forward as witnesses after the concert."]})
    assert got[("vigil", "Some 2,000 people")] == "participants"
    assert got[("march", "25,000 people")] == "protesters"
    assert got[("bus", "About 300 farmers")] == "protesters"
    assert got[("not", "About 40 people")] != "participants"


def test_an_elliptical_second_figure_takes_the_first_ones_quantity_and_its_own_claimant():
    m = _mentions({"a": ["Police put the turnout at 12,000; organisers at 40,000.", "The march was peaceful."],
                   "b": ["Police put the turnout at 12,000, organisers at 40,000.", "The march was peaceful."],
                   "c": ["Police say 38,500, farmers 100,000: the tractor protest splits over numbers."]})
    got = {(a, t): (q, s) for a, t, q, s in zip(m["article_id"], m["text"], m["quantity"], m["said_by"])}
    assert got[("a", "40,000")] == ("protesters", "organisers")
    assert got[("b", "40,000")] == ("protesters", "organisers")  # "organisers" counts, it is not what is counted
    assert got[("c", "100,000")] == ("protesters", "farmers")


def test_each_claimants_crowd_lines_up_with_the_same_claimants_and_not_with_the_others():
    articles = {"wire": ["Police say 1,800, organisers nearly 5,000", "Thousands marched on the ministry."],
                "live": ["Police said 1,800 people took part in the march."],
                "paper": ["The organisers said nearly 5,000 people had marched."]}
    claimants = {("wire", 0): "Police", ("wire", 1): "", ("live", 0): "Police", ("paper", 0): "The organisers"}
    m = _mentions(articles)
    m["claimant"] = [claimants.get((a, s), "") for a, s in zip(m["article_id"], m["sentence_no"])]
    m = split_by_claimant(figure_claimants(m))
    got = {(a, t): f for a, t, f in zip(m["article_id"], m["text"], m["fact_id"])}
    assert got[("wire", "1,800")] == got[("live", "1,800 people")]
    assert got[("wire", "nearly 5,000")] == got[("paper", "nearly 5,000 people")]
    assert got[("wire", "1,800")] != got[("wire", "nearly 5,000")]


def test_the_capitals_crowd_and_the_gap_between_two_counts_are_not_the_national_crowd():
    got = _got({"a": ["In the capital the gap was wider still: 87,000 according to the ministry, 400,000 according to the union.",
                      "The ministry counted 412,000 protesters nationwide."],
                "b": ["Ministry and unions disagree by more than two million on turnout", "Workers marched in 200 towns."]},
               column="fact_id")
    assert got[("a", "87,000")] != got[("a", "412,000 protesters")]
    assert "capital" in got[("a", "87,000")]
    assert "margin" in got[("b", "more than two million")]


def test_a_counters_earlier_claim_is_a_superseded_figure_not_an_earlier_event():
    got = _got({"a": ["The movement that organised the rally put it at 40,000, up from its earlier claim of \"more than 30,000\".",
                      "Protesters marched on the assembly."]}, column="time_ref")
    assert got[("a", "more than 30,000")] != "earlier"
