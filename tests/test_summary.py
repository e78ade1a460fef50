"""Whole-corpus findings of notebook 05: what a source is called silent on."""
from __future__ import annotations

import pandas as pd

from helpers.summary import _silence_finding, silent_on

FACTS = pd.DataFrame({
    "fact_id": ["injured", "injured", "injured|police", "killed", "killed"],
    "fact_label": ["people injured", "people injured", "people injured (according to police)", "people killed",
                   "people killed"],
    "source": ["A", "B", "C", "A", "B"], "reported": True,
})
SHARED = pd.DataFrame({"fact_id": ["injured", "killed"], "fact_label": ["people injured", "people killed"]})


def test_a_source_giving_a_fact_under_a_claimant_is_not_silent_on_it():
    silent = silent_on(FACTS, SHARED, ["A", "B", "C"])
    assert silent[["source", "fact_id"]].values.tolist() == [["C", "killed"]]  # C gives the injured, via the police


def test_the_silence_finding_names_the_fact_not_the_claimant_split():
    results = {"numbers": {"facts": FACTS, "fact_summary": SHARED.assign(n_reporting=[3, 2], comparable=True)}}
    finding = _silence_finding(results, pd.DataFrame({"source": ["A", "B", "C"]}))
    assert "is silent on 1 of the 2 facts" in finding and "people killed" in finding and "injured" not in finding
    gone = FACTS[FACTS["source"] != "C"]  # without C's police figure, C is silent on both
    assert "is silent on 2 of the 2 facts" in _silence_finding({"numbers": {"facts": gone, "fact_summary": results[
        "numbers"]["fact_summary"]}}, pd.DataFrame({"source": ["A", "B", "C"]}))


def test_a_fact_shared_in_two_claimant_splits_is_one_fact_and_one_silence():
    """'people killed' and 'people killed (according to the coroner)' both shared: a source giving neither is silent
    on ONE fact, named without the claimant, out of the facts counted once each."""
    facts = pd.DataFrame({
        "fact_id": ["killed", "killed", "killed|coroner", "killed|coroner", "injured", "injured"],
        "fact_label": ["people killed", "people killed", "people killed (according to the coroner)",
                       "people killed (according to the coroner)", "people injured", "people injured"],
        "source": ["A", "B", "A", "B", "A", "C"], "reported": True})
    shared = pd.DataFrame({"fact_id": ["injured", "killed", "killed|coroner"],
                           "fact_label": ["people injured", "people killed", "people killed (according to the coroner)"]})
    silent = silent_on(facts, shared, ["A", "B", "C"])
    assert silent[["source", "fact_label"]].values.tolist() == [["B", "people injured"], ["C", "people killed"]]
    results = {"numbers": {"facts": facts, "fact_summary": shared.assign(n_reporting=2, comparable=True)}}
    finding = _silence_finding(results, pd.DataFrame({"source": ["A", "B", "C"]}))
    assert "is silent on 1 of the 2 facts" in finding and "coroner" not in finding
