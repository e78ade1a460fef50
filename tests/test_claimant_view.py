"""One fact credited to different claimants, side by side (`helpers.claimant_view`), and the words the reports use for
a source that gives a fact only under another claimant."""
from __future__ import annotations

import pandas as pd

from helpers.charts import _elsewhere_words, _other_claimant_figures
from helpers.claimant_view import (OWN_VOICE, claimant_differences, claimant_finding, fact_families,
                                   under_other_claimants)
from helpers.summary import _silence_finding

ARTICLES = pd.DataFrame({"article_id": ["a", "b", "c"], "source": ["Courier", "Today", "Wire"],
                         "published": pd.to_datetime(["2026-11-12 08:30", "2026-11-12 12:10", "2026-11-12 17:05"], utc=True)})


def _mention(article, text, low, fact_id, label, claimant="", hedge="exact", news_value=3):
    return {"article_id": article, "text": text, "value_low": float(low), "value_high": float(low), "hedge": hedge,
            "kind": "count", "unit": "", "fact_id": fact_id, "fact_label": label, "claimant": claimant,
            "comparable": True, "news_value": news_value}


def _numbers(injured_wire: float = 38) -> pd.DataFrame:
    return pd.DataFrame([
        _mention("a", "three", 3, "killed", "people killed", hedge="at_least"),
        _mention("b", "five", 5, "killed|agency", "people killed (according to the agency)", "the agency"),
        _mention("c", "seven", 7, "killed", "people killed"),
        _mention("a", "21", 21, "injured|fire", "people injured (according to the fire service)", "the fire service"),
        _mention("b", "34", 34, "injured|hospital", "people injured (according to the hospital)", "the hospital"),
        _mention("c", str(int(injured_wire)), injured_wire, "injured|mayor", "people injured (according to the mayor)", "the mayor"),
        _mention("a", "150", 150, "evacuated", "people evacuated"),  # one split only: not a family
        _mention("b", "200", 200, "evacuated", "people evacuated"),
    ])


def test_families_line_up_one_fact_across_claimants_latest_first():
    families = fact_families(_numbers(), ARTICLES)
    assert set(families["family"]) == {"people killed", "people injured"}  # evacuated: one split, nothing hidden
    injured = families[families["family"] == "people injured"]
    assert injured[["source", "claimant", "texts"]].values.tolist() == [
        ["Wire", "the mayor", "38"], ["Today", "the hospital", "34"], ["Courier", "the fire service", "21"]]
    killed = families[families["family"] == "people killed"]
    assert killed.loc[killed["source"] == "Courier", "claimant"].tolist() == [OWN_VOICE]


def test_figures_that_cannot_all_be_true_are_told_apart_from_those_that_can():
    ranked = claimant_differences(fact_families(_numbers(), ARTICLES)).set_index("family")
    assert ranked.loc["people injured", "differ"] and ranked.loc["people injured", "n_claimants"] == 3
    assert ranked.loc["people killed", "differ"]  # each split's latest figure: seven (Wire) and five (the agency)
    numbers = _numbers()
    numbers.loc[2, ["text", "value_low", "value_high", "hedge"]] = ["at least five", 5.0, float("nan"), "at_least"]
    ranked = claimant_differences(fact_families(numbers, ARTICLES)).set_index("family")
    assert not ranked.loc["people killed", "differ"]  # at least five (Wire) and five (the agency): true together
    same = claimant_differences(fact_families(_numbers().assign(value_low=34.0, value_high=34.0), ARTICLES))
    assert not same["differ"].any()


def test_claimant_finding_names_each_figure_with_its_claimant_and_source():
    text = claimant_finding(fact_families(_numbers(), ARTICLES), skip=("people killed",))
    assert "**people injured** to 3 different claimants" in text
    assert ("“38” (the mayor, in Wire); “34” (the hospital, in Today); “21” (the fire service, in Courier)" in text)
    assert "cannot all be true at once" in text
    assert claimant_finding(fact_families(_numbers(), ARTICLES), skip=("people killed", "people injured")) == ""


def test_a_source_giving_a_fact_only_under_another_claimant_is_never_called_silent():
    other = under_other_claimants(_numbers(), ARTICLES, "killed", "people killed")
    assert other.values.tolist() == [["Today", "five", "the agency"]]
    numbers = _numbers().merge(ARTICLES[["article_id", "source"]], on="article_id")
    fact = pd.Series({"fact_id": "killed", "fact_label": "people killed"})
    elsewhere = _other_claimant_figures(numbers, fact)
    assert _elsewhere_words(elsewhere, "Today") == "  only under another claimant: five (the agency)"
    assert _elsewhere_words(_other_claimant_figures(numbers, pd.Series({"fact_id": "evacuated", "fact_label":
                                                                           "people evacuated"})), "Wire") == "  silent"


def _silence_results(reported: dict[str, list[str]]) -> dict:
    facts = pd.DataFrame([(f, f, s, True) for s, fs in reported.items() for f in fs],
                         columns=["fact_id", "fact_label", "source", "reported"])
    summary = pd.DataFrame({"fact_id": ["killed", "injured", "missing"], "fact_label": ["killed", "injured", "missing"],
                            "n_reporting": [2, 2, 2], "comparable": [True, True, True]})
    return {"numbers": {"facts": facts, "fact_summary": summary}}


def test_silences_single_out_a_source_only_when_it_stands_out():
    articles = pd.DataFrame({"source": ["A", "B", "C"]})
    even = _silence_finding(_silence_results({"A": ["killed", "injured"], "B": ["injured", "missing"],
                                              "C": ["killed", "missing"]}), articles)
    assert even.startswith("**Silences.** Every source is silent on 1 of the 3 facts") and "stands out" in even
    one = _silence_finding(_silence_results({"A": ["killed"], "B": ["killed", "injured", "missing"],
                                             "C": ["killed", "injured", "missing"]}), articles)
    assert one.startswith("**Silences.** A is silent on 2 of the 3 facts")
    two = _silence_finding(_silence_results({"A": ["killed"], "B": ["injured"], "C": ["killed", "injured", "missing"],
                                             "D": ["killed", "missing"]}),  # a fact one source states is no silence
                           pd.DataFrame({"source": ["A", "B", "C", "D"]}))
    assert two.startswith("**Silences.** A, B are each silent on 2 of the 3 facts")


def test_silences_count_facts_of_news_value_and_name_them_in_rank_order():
    """A shared floor number or a bare 'count' is no silence when facts of news value are shared; the
    examples follow the fact_summary's ranking (tolls first), not the alphabet."""
    articles = pd.DataFrame({"source": ["A", "B", "C"]})
    facts = pd.DataFrame([(f, f, s, True) for s, fs in {"A": ["floor"], "B": ["killed", "injured", "floor"],
                                                         "C": ["killed", "injured", "floor", "engine"]}.items()
                          for f in fs], columns=["fact_id", "fact_label", "source", "reported"])
    summary = pd.DataFrame({"fact_id": ["killed", "injured", "floor", "engine"],
                            "fact_label": ["killed", "injured", "floor", "engine"], "n_reporting": [2, 2, 3, 1],
                            "comparable": True, "headline_ok": [True, True, False, False]})
    text = _silence_finding({"numbers": {"facts": facts, "fact_summary": summary}}, articles)
    assert text.startswith("**Silences.** A is silent on 2 of the 2 facts of news value") and "(killed, injured)" in text


def test_figures_only_under_other_claimants_name_each_claimant_beside_its_own_figures():
    """A ministry's 16 and a resident's 'as many as 40' are never told as one claimant's; the latest comes first."""
    elsewhere = pd.DataFrame({"source": "Lantern", "text": ["16", "as many as 40", "30"],
                              "claimant": ["the Interior Ministry", "a resident, Goran Bilic", "the Interior Ministry"],
                              "published": pd.to_datetime(["2026-05-13T10:00Z", "2026-05-14T10:00Z", "2026-05-12T10:00Z"],
                                                          utc=True)})
    assert _elsewhere_words(elsewhere, "Lantern") == ("  only under another claimant: as many as 40 (a resident, Goran "
                                                      "Bilic); 16 · 30 (the Interior Ministry)")


def test_a_source_whose_own_figure_was_superseded_by_a_claimants_later_one_says_so():
    """A wire's own '11' (first evening) and the ministry's '23' a day later: the lead finding's '11' for the wire
    carries '(later “23” according to the Interior Ministry)'; a source whose own figure is its latest carries nothing."""
    from helpers.claimant_view import later_under_other_claimants

    numbers = pd.DataFrame({"article_id": ["w1", "w2", "l1"], "fact_id": ["killed", "killed|ministry", "killed"],
                            "fact_label": ["people killed", "people killed (according to the Interior Ministry)",
                                           "people killed"], "text": ["11", "23", "23"],
                            "claimant": ["", "the Interior Ministry", ""]})
    articles = pd.DataFrame({"article_id": ["w1", "w2", "l1"], "source": ["Wire", "Wire", "Lantern"],
                             "published": pd.to_datetime(["2026-05-12T18:00Z", "2026-05-13T18:00Z", "2026-05-14T09:00Z"],
                                                         utc=True)})
    assert later_under_other_claimants(numbers, articles, "killed", "people killed") == {
        "Wire": "“23” according to the Interior Ministry"}
    earlier = articles.assign(published=pd.to_datetime(["2026-05-14T18:00Z", "2026-05-13T18:00Z", "2026-05-14T09:00Z"],
                                                       utc=True))
    assert later_under_other_claimants(numbers, earlier, "killed", "people killed") == {}
