"""Session 18 (grouping18): lining up the same fact across sources. Small articles written for these tests (invented
names, no corpus text), one class of news text each; every test fails without its rule."""
from __future__ import annotations

import pandas as pd

from helpers.facts import VALUE_SPREAD_RULES, number_mentions, split_by_holder, split_far_values, value_clusters
from test_fact_grouping import ACTORS, BOOK, UNITS


def _mentions(articles: dict[str, list[str]]) -> pd.DataFrame:
    rows = [{"article_id": a, "block_no": 1, "sentence_no": i, "role": "body", "text": t, "start": 0}
            for a, sents in articles.items() for i, t in enumerate(sents)]
    return split_by_holder(number_mentions(pd.DataFrame(rows), UNITS, BOOK, ACTORS), BOOK, [r["text"] for r in rows])


def _facts(articles: dict[str, list[str]]) -> dict[tuple, str]:
    """{(article, text of the figure): fact id} once far values are split."""
    mentions = split_far_values(_mentions(articles))
    return {(a, t): f for a, t, f in zip(mentions["article_id"], mentions["text"], mentions["fact_id"])}


def test_counts_of_one_noun_far_apart_are_different_facts():
    """VALUE_SPREAD_RULES counts_of_one_noun: the stations of the whole country and the stations of one district share
    the noun and nothing else; the same count told a little differently (a revision, "some") stays one fact."""
    articles = {"a": ["Voting took place at 7,842 polling stations across Verlund."],
                "b": ["Observers said irregularities were reported at 1,130 stations in the capital district."],
                "c": ["Ballots were counted at some 7,800 polling stations, the electoral board said."],
                "d": ["Officials reopened 1,150 polling stations in the capital district after the protest."],
                "e": ["All 7,842 polling stations closed at 8 p.m."]}
    before = {(a, t): f for a, t, f in zip(*(_mentions(articles)[c] for c in ("article_id", "text", "fact_id")))}
    assert before[("a", "7,842 polling stations")] == before[("b", "1,130 stations")]  # one fact without the rule
    got = _facts(articles)
    # the figure most articles give keeps the fact id; the other cluster is named by the value it starts at
    assert got[("a", "7,842 polling stations")] == got[("c", "some 7,800 polling stations")] == "count|station"
    assert got[("e", "7,842 polling stations")] == "count|station"
    assert got[("b", "1,130 stations")] == got[("d", "1,150 polling stations")] == "count|station|from-1-130"
    assert got[("a", "7,842 polling stations")] != got[("b", "1,130 stations")]


def test_a_price_and_a_bill_in_one_currency_word_are_kept_apart():
    """counts_of_one_noun again, for a currency the units table does not know ("tavors" read as a count): a 150-tavor
    price and an 18-million-tavor bill are not one figure; a price a little higher elsewhere is the same price."""
    got = _facts({"a": ["Copies of the leaked paper sold for 150 tavors each on Tuesday."],
                  "b": ["The resit will cost the treasury 18 million tavors, the ministry said."],
                  "c": ["By Wednesday a copy changed hands for 400 tavors."]})
    assert got[("a", "150 tavors")] == got[("c", "400 tavors")]  # within the factor: one price, revised
    assert got[("b", "18 million tavors")] != got[("a", "150 tavors")]


def test_share_moves_far_apart_are_different_moves():
    """VALUE_SPREAD_RULES percentage_moves: a 4.2% rise one day and a 35.6% jump another are not one move of the
    stock; 35.6% and "as much as 34%" are."""
    got = _facts({"a": ["Shares in Osk rose 4.2% on Friday."],
                  "b": ["Osk shares rose 35.6% on Monday."],
                  "c": ["Shares in Osk rose as much as 34% in early trading."]})
    assert got[("b", "35.6%")].split("|")[0] == "percentage-change"
    assert got[("a", "4.2%")] != got[("b", "35.6%")]


def test_distances_far_apart_are_different_distances_but_units_are_compared_as_one():
    """VALUE_SPREAD_RULES distances: a jet stopped 300 metres and one stopped 12 km from the terminal are different distances; "3 km"
    and "3,000 metres" are one distance, compared in one unit."""
    got = _facts({"a": ["The jet stopped about 300 metres from the terminal."],
                  "b": ["The jet stopped 12 km from the terminal."],
                  "c": ["The plane stopped some 3,000 metres from the terminal."],
                  "d": ["The plane stopped 3 km from the terminal."]})
    assert got[("a", "about 300 metres")] != got[("b", "12 km")]
    assert got[("c", "some 3,000 metres")] == got[("d", "3 km")]


def test_value_clusters_chain_close_figures_and_cut_at_the_factor():
    """value_clusters: a chain of figures each within the factor of the one below stays one cluster (a rising toll
    told in steps); a gap wider than the factor starts another."""
    assert value_clusters([(10, 10), (25, 25), (60, 60)], 3.0) == [0, 0, 0]
    assert value_clusters([(10, 10), (35, 35)], 3.0) == [0, 1]
    assert value_clusters([(400, 400), (10, 12), (30, 30)], 3.0) == [1, 0, 0]  # 30 ≤ 3 × 12; 400 > 3 × 30
    assert set(VALUE_SPREAD_RULES["quantities"]) == {"count", "percentage_change", "distance"}
