"""Session 14, a new user's report (a hospital strike): the classes of the summary and index pages it showed, each on
small invented fact tables of several kinds of event (a strike, a flood, a rail crash, a court case, an election).

- A figure every source gives alike is not disputed, and an age, a year, a date or a clock time never leads; a count
  the outlets lead with in their headlines does, though the taxonomy gives what it counts no news value
  (`facts.headline_fit`, `facts.NEVER_LEADS`, `facts.LEAD_QUORUM`); the key-figures chart draws the disputed figures
  the findings name, in their order (`charts.charted_facts`).
- "What changed" never reports a figure whose value did not change: a renamed fact is a rename (`changes.renamed_facts`).
- A facts.csv row names a fact by its label or a figure by its words, never by a hashed id (`facts.override_hits`); the
  draft's candidate facts list the figures that way (`codebook_draft.draft_figures`).
- Narrative sentences read right at counts of one and none (`summary._n_of`, `summary.apart_sentence`).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.changes import describe_changes, run_changes
from helpers.charts import charted_facts
from helpers.facts import NEVER_LEADS, apply_fact_overrides, fact_summary
from helpers.summary import _numbers_finding, _silence_finding, apart_sentence

ARTICLES = pd.DataFrame({"article_id": list("abcd"), "source": ["Wire", "Radio", "Post", "Courier"],
                         "published": pd.to_datetime(["2026-05-04 07:00", "2026-05-04 11:00", "2026-05-04 15:00",
                                                      "2026-05-04 18:00"], utc=True)})


def _fact(fact_id: str, quantity: str, news_value: int, values: list, roles: list | None = None,
          kind: str = "count") -> pd.DataFrame:
    """One fact's mentions, one per article a, b, c… in order."""
    n = len(values)
    return pd.DataFrame({"article_id": list("abcd")[:n], "fact_id": fact_id, "fact_label": fact_id,
                         "quantity": quantity, "kind": kind, "unit": "", "hedge": "exact", "scope": "",
                         "comparable": True, "news_value": news_value, "text": [str(v) for v in values],
                         "value_low": [float(v) for v in values], "value_high": [float(v) for v in values],
                         "role": roles or ["body"] * n})


# --- 1. what leads, and what the chart draws --------------------------------------------------------------------

def test_an_age_two_sources_give_alike_never_leads_and_the_count_outlets_lead_with_does():
    """A strike: a patient's age, 74 in two outlets, has news value by the taxonomy; the cancelled operations, in three
    headlines, have none (a bare count). The operations lead; the age is not fit to headline."""
    mentions = pd.concat([
        _fact("age|patient", "age", 1, [74, 74], kind="age"),
        _fact("count|operation", "count", 0, [180, 212, 236, 241], ["headline", "headline", "standfirst", "body"]),
    ], ignore_index=True)
    summary = fact_summary(mentions, ARTICLES).set_index("fact_id")
    assert summary.loc["count|operation", "headline_ok"] and summary.loc["count|operation", "rank"] == 1
    assert not summary.loc["age|patient", "headline_ok"]


def test_a_count_one_headline_gives_stays_out_and_two_headlines_bring_it_in():
    """A flood: homes without power (a bare count) in one headline is not yet the event's figure; in two it is."""
    one = _fact("count|home", "count", 0, [4000, 5200, 6100], ["headline", "body", "body"])
    two = one.assign(role=["headline", "standfirst", "body"])
    assert not fact_summary(one, ARTICLES)["headline_ok"].iloc[0]
    assert fact_summary(two, ARTICLES)["headline_ok"].iloc[0]


def test_an_age_limit_of_a_group_may_still_lead():
    """Talks on a prisoner swap: "aged 18 to 25", "under 25" is a term of the deal, not one person's age."""
    limit = _fact("prisoner-age-limit", "age", 1, [25, 25], kind="age").assign(
        value_low=[18.0, float("nan")], hedge=["range", "less_than"])
    assert fact_summary(limit, ARTICLES)["headline_ok"].iloc[0]


@pytest.mark.parametrize("quantity", NEVER_LEADS["quantity"].tolist())
def test_a_quantity_that_describes_one_person_or_a_time_never_leads_even_in_headlines(quantity):
    """A rail crash: the driver's age, the year of the line's last accident, a date, the clock time of the crash, even
    differing between outlets and in headlines, are never fit to headline; the same figures of a toll are."""
    mentions = _fact("x", quantity, 3, [51, 53, 52], ["headline", "headline", "body"])
    assert not fact_summary(mentions, ARTICLES)["headline_ok"].iloc[0]
    assert fact_summary(mentions.assign(quantity="killed"), ARTICLES)["headline_ok"].iloc[0]


def _summary(rows: list[tuple]) -> pd.DataFrame:
    """A fact_summary in rank order: (fact_id, headline_ok, disagreement, difference)."""
    return pd.DataFrame([{"fact_id": f, "fact_label": f, "n_reporting": 3, "n_silent": 1, "comparable": True,
                          "headline_ok": ok, "disagreement": d, "difference": diff, "intervals_overlap": d < 2,
                          "scope_conflict": False, "kind": "count"} for f, ok, d, diff in rows])


def test_the_key_figures_chart_draws_only_the_disputed_figures_the_findings_name():
    """An election: the turnout every source gives alike (disagreement 0) and a disputed figure not fit to headline are
    not drawn as disputed figures; the chart's first panel is the numbers finding's figure."""
    summary = _summary([("turnout", True, 0.0, ""), ("votes", True, 2.3, "revision"),
                        ("count|booth", False, 1.5, "outlets"), ("seats", True, 0.4, "claimants")])
    assert charted_facts(summary, 4, top=3)["fact_id"].tolist() == ["votes", "seats"]
    numbers = pd.DataFrame({"article_id": list("abc"), "fact_id": "votes", "fact_label": "votes",
                            "text": ["1,200", "1,500", "1,800"], "claimant": ""})
    finding = _numbers_finding({"numbers": {"fact_summary": summary, "numbers": numbers}}, ARTICLES)
    assert "**votes**" in finding
    agreed = _summary([("turnout", True, 0.0, ""), ("count|booth", False, 1.5, "outlets")])
    assert charted_facts(agreed, 4).empty  # the text says no figure is disputed; the chart draws none either
    assert _numbers_finding({"numbers": {"fact_summary": agreed, "numbers": numbers}}, ARTICLES).startswith(
        "**Numbers.** No figure reported by two or more sources is disputed.")


# --- 2. what changed between runs ------------------------------------------------------------------------------

def _run(facts: list[tuple]) -> dict:
    """A run's tables: facts as (article_id, fact_id, fact_label, texts)."""
    articles = pd.DataFrame({"article_id": ["p", "q"], "source": ["Post", "Herald"], "sha256": ["1", "2"]})
    frame = pd.DataFrame(facts, columns=["article_id", "fact_id", "fact_label", "texts"]).assign(
        source=lambda d: d["article_id"].map({"p": "Post", "q": "Herald"}), reported=True, sentences="")
    return {"articles": articles, "facts": frame}


def test_a_renamed_fact_is_reported_as_renamed_never_as_a_changed_figure():
    """A strike: the user's facts.csv moves the union's "well over 300" from a bare count to "operations cancelled";
    a court case: a fine moves from a hashed bare count to a named fact. Neither value changed."""
    old = _run([("p", "count|one-2edb21d5|union", "count (“well over 300”) (according to the union)", "well over 300"),
                ("q", "count|one-93a64d6b", "count (“2,000”)", "2,000")])
    new = _run([("p", "count|operation|union", "operations cancelled (according to the union)", "well over 300"),
                ("q", "fine-imposed", "fine imposed", "2,000")])
    changes = run_changes(old, new)
    assert changes["change"].tolist() == ["fact renamed", "fact renamed"]
    lines = describe_changes(changes)
    assert not any("changed its figure" in line or "→" in line for line in lines)
    assert lines[0] == ("Herald gives the same figure, “2,000”, under a renamed fact: fine imposed (before: count "
                        "(“2,000”)); its value did not change.")


def test_a_new_id_under_the_same_label_is_no_change_and_a_new_value_still_is():
    """A flood: a regrouped id with the same label and the same figure is not news; a figure that did change is."""
    old = _run([("p", "count|home|a", "homes flooded", "about 400"), ("q", "killed", "people killed", "3")])
    new = _run([("p", "count|home|b", "homes flooded", "about 400"), ("q", "killed", "people killed", "5")])
    changes = run_changes(old, new)
    assert changes[["change", "old", "new"]].values.tolist() == [["figure changed", "3", "5"]]


# --- 3. facts.csv rows without hashed ids ----------------------------------------------------------------------

MENTIONS = pd.DataFrame({
    "article_id": ["post", "post", "wire", "radio"],
    "fact_id": ["count|one-2edb21d5|union", "count|operation", "count|operation", "count|one-0190484d"],
    "fact_label": ["count (“well over 300”) (according to the union)", "count (operation)", "count (operation)",
                   "count (“closer to 150”)"],
    "text": ["well over 300", "236 operations", "at least 180 operations", "closer to 150"],
    "sentence": ["The union said \"well over 300\" operations had been lost.", "Cancellations rose to 236 operations.",
                 "The hospital cancelled at least 180 operations.", "The trust says the number is closer to 150."]})


def _rows(*rows) -> pd.DataFrame:
    columns = ["fact_id", "new_fact_id", "label", "article_id", "text_contains", "figure"]
    return pd.DataFrame([dict(zip(columns, r)) for r in rows], columns=columns).fillna("")


def test_a_facts_row_names_a_figure_by_its_words_or_a_fact_by_its_label():
    out = apply_fact_overrides(MENTIONS, _rows(
        ("*", "operations-cancelled|union", "operations cancelled (according to the union)", "post", "", "well over 300"),
        ("Count (Operation)", "operations-cancelled", "operations cancelled", "", "", "")))
    assert out["fact_id"].tolist() == ["operations-cancelled|union", "operations-cancelled", "operations-cancelled",
                                       "count|one-0190484d"]
    assert out["fact_label"].iloc[0] == "operations cancelled (according to the union)"


def test_an_old_facts_row_with_a_hashed_id_still_works_and_a_row_naming_nothing_moves_nothing():
    hashed = apply_fact_overrides(MENTIONS.drop(columns="text"), _rows(
        ("count|one-0190484d", "vacancies|trust", "vacancies (according to the trust)", "", "", "")).drop(
        columns="figure"))
    assert hashed["fact_id"].iloc[3] == "vacancies|trust"
    untouched = apply_fact_overrides(MENTIONS, _rows(("*", "drop", "", "", "", "")))
    assert untouched["fact_id"].tolist() == MENTIONS["fact_id"].tolist()


def test_the_draft_lists_each_candidate_facts_figures_by_article_as_written():
    from helpers.codebook_draft import draft_facts

    numbers = MENTIONS.assign(unit="", article_id=MENTIONS["article_id"])
    summary = pd.DataFrame({"fact_id": ["count|operation", "count|one-2edb21d5|union"],
                            "fact_label": ["count (operation)", "count (“well over 300”) (according to the union)"],
                            "quantity": "count", "n_reporting": [2, 1], "n_mentions": [2, 1]})
    draft = draft_facts(numbers, summary).set_index("fact_id")
    assert draft.loc["count|operation", "figures"] == "post: 236 operations | wire: at least 180 operations"
    assert draft.loc["count|one-2edb21d5|union", "figures"] == "post: well over 300"


# --- 4. counts of one and none ---------------------------------------------------------------------------------

def _silence(reported: dict, summary_rows: list[tuple]) -> str:
    sources = sorted({s for s in reported} | {"Wire", "Radio", "Post"})
    facts = pd.DataFrame([(f, f, s, True) for s, fs in reported.items() for f in fs],
                         columns=["fact_id", "fact_label", "source", "reported"])
    summary = pd.DataFrame([{"fact_id": f, "fact_label": f, "n_reporting": n, "comparable": True, "headline_ok": ok}
                            for f, n, ok in summary_rows])
    return _silence_finding({"numbers": {"facts": facts, "fact_summary": summary}},
                            pd.DataFrame({"source": sources}))


def test_silences_of_one_fact_read_as_one_fact():
    """A strike: one fact of news value, two sources silent on it; then every source reporting it; a court case with
    two facts, one source silent on one."""
    one = _silence({"Radio": ["operations"], "Courier": ["operations"]}, [("operations", 2, True)])
    assert "1 of the 1" not in one and "facts of news value" not in one
    assert "are each silent on the one fact of news value other sources share (for Post, operations)" in one
    every = _silence({s: ["killed"] for s in ("Wire", "Radio", "Post")}, [("killed", 3, True)])
    assert every == "**Silences.** Every source reports the one fact of news value that two or more sources share."
    court = _silence({"Wire": ["fine", "sentence"], "Radio": ["fine", "sentence"], "Post": ["fine"]},
                     [("fine", 3, True), ("sentence", 2, True)])
    assert court == "**Silences.** Post is silent on 1 of the 2 facts of news value other sources share (sentence)."


def test_the_sentence_on_disputed_facts_reads_right_for_one_fact_and_for_no_scope_difference():
    one = pd.DataFrame({"intervals_overlap": [False], "difference": ["revision"], "scope_conflict": [False]})
    assert apart_sentence(one) == ("The one disputed shared fact has intervals that cannot all be true together: it is "
                                   "a revision through the day (a later figure updating an earlier one), not a "
                                   "conflict; its sources do not differ in scope.")
    agreeing = one.assign(intervals_overlap=True, scope_conflict=True)
    assert apart_sentence(agreeing) == ("The one disputed shared fact has no intervals that cannot all be true; its "
                                        "sources differ in scope.")
    three = pd.DataFrame({"intervals_overlap": [True, True, False], "difference": "outlets", "scope_conflict": False})
    assert apart_sentence(three).endswith("; none differs in scope.") and " 0 " not in apart_sentence(three)


def test_the_numbers_finding_counts_one_source_as_one_source():
    """Pooled outlets can leave one named source beside a claimant's figure: '1 source', never '1 sources'."""
    summary = _summary([("killed", True, 2.0, "claimants")])
    numbers = pd.DataFrame({"article_id": ["a"], "fact_id": "killed", "fact_label": "killed", "text": ["12"],
                            "claimant": ""})
    finding = _numbers_finding({"numbers": {"fact_summary": summary, "numbers": numbers}}, ARTICLES)
    assert "(1 source," in finding and "1 sources" not in finding
