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


def _profile_inputs(sides):
    from helpers.sentiment import DEFAULT_METHOD

    tone = pd.DataFrame({"source": ["A", "B"], "measure": "all sentences", "method": DEFAULT_METHOD,
                         "mean": [-0.1, 0.1], "ci_low": [-0.2, 0.0], "ci_high": [0.0, 0.2]})
    return {"numbers": {"facts": FACTS, "fact_summary": SHARED.assign(n_reporting=2, comparable=True)},
            "sentiment": {"tone_summary": tone, "tone_contrasts": pd.DataFrame(
                {"source": ["A", "B"], "method": DEFAULT_METHOD, "clear": False})},
            "framing": {"frame_profile": pd.DataFrame({"source": ["A", "B"], "frame": "economic", "share": 0.5}),
                        "voice_shares": pd.DataFrame({"source": ["A", "A", "B"], "side": sides,
                                                      "word_share": [0.7, 0.3, 1.0]})}}


def test_the_most_quoted_side_is_blank_when_no_speaker_has_a_side_and_named_when_one_has():
    from helpers.summary import source_profile

    articles = pd.DataFrame({"source": ["A", "B"]})
    none = source_profile(_profile_inputs(["other / unnamed"] * 3), articles)
    assert none["most_quoted_side"].tolist() == ["", ""] and none["its_share_of_quoted_words"].tolist() == [0.0, 0.0]
    some = source_profile(_profile_inputs(["government", "other / unnamed", "other / unnamed"]), articles)
    assert some["most_quoted_side"].tolist() == ["government", "other / unnamed"]
    assert some["its_share_of_quoted_words"].tolist() == [0.7, 1.0]
