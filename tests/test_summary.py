"""Whole-corpus findings of notebook 05: what a source is called silent on."""
from __future__ import annotations

import pandas as pd

from helpers.schemas import validate
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
    assert "B, C are each silent on 1 of the 2 facts" in finding and "coroner" not in finding  # a tie: both named


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
    assert none["most_quoted_side"].tolist() == ["", ""] and none["its_share_of_quoted_words"].isna().all()  # blank, not 0
    validate("source_profile", none)
    some = source_profile(_profile_inputs(["government", "other / unnamed", "other / unnamed"]), articles)
    assert some["most_quoted_side"].tolist() == ["government", "other / unnamed"]
    assert some["its_share_of_quoted_words"].tolist() == [0.7, 1.0]


# The lead finding states figures as written (class: a vague word such as "dozens", "hundreds", "scores" beside stated
# figures; the interval the tool reads into the word is never given as a value someone stated).
MISSING = pd.DataFrame({
    "fact_id": "missing", "article_id": ["a", "b", "c", "d"], "text": ["dozens", "17", "Nine people", "at least 12"],
    "value_low": [24.0, 17.0, 9.0, 12.0], "value_high": [99.0, 17.0, 9.0, float("nan")],
    "hedge": ["vague", "exact", "exact", "at_least"], "unit": ["", "", "people", "people"], "kind": "count",
})


def test_stated_figures_never_give_a_vague_words_bounds_as_a_value():
    from helpers.summary import stated_figures

    text = stated_figures(MISSING)
    assert text == "the figures stated run from 9 to 17; “dozens” is a word without a figure"
    assert "99" not in text and "24" not in text
    assert stated_figures(MISSING.iloc[:1]) == "“dozens” is a word without a figure"
    money = pd.DataFrame({"text": ["€25 million", "€30m"], "value_low": [25e6, 30e6], "value_high": [25e6, 30e6],
                          "hedge": "exact", "unit": "EUR", "kind": "money"})
    assert stated_figures(money) == "the figures stated run from €25 million to €30 million"


def _disputed(apart: list[bool], difference: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"intervals_overlap": [not a for a in apart], "difference": difference,
                         "scope_conflict": False})


def test_revisions_through_the_day_are_counted_apart_from_conflicts():
    from helpers.summary import apart_sentence

    revised = _disputed([True, True, True, True, False], ["revision"] * 5)
    assert apart_sentence(revised) == (
        "4 of 5 disputed shared facts have intervals that cannot all be true together: all of them are revisions "
        "through the day (a later figure updating an earlier one), not a conflict; none differs in scope.")
    mixed = _disputed([True, True, True, False], ["revision", "revision", "claimants", "outlets"])
    assert "3 of 4 disputed shared facts" in apart_sentence(mixed)
    assert "2 of them are revisions through the day (a later figure updating an earlier one) and 1 a conflict at one " \
           "time" in apart_sentence(mixed)
    conflict = _disputed([True, False], ["outlets", "outlets"])
    assert apart_sentence(conflict) == ("1 of 2 disputed shared facts has intervals that cannot all be true together: "
                                        "it is a conflict at one time, not a revision through the day; none differs in scope.")
    two = _disputed([True, True], ["outlets", "claimants"]).assign(scope_conflict=[True, False])
    assert "none is a revision through the day: they conflict; 1 differs in scope." in apart_sentence(two)
    assert apart_sentence(_disputed([False], ["outlets"])).startswith("The one disputed shared fact has no intervals")


def test_the_numbers_finding_says_revisions_are_not_conflicts():
    from helpers.summary import _numbers_finding

    summary = pd.DataFrame({"fact_id": ["killed", "missing"], "fact_label": ["people killed", "people missing"],
                            "headline_ok": True, "disagreement": [2.5, 2.0], "n_reporting": [4, 3], "n_silent": [0, 1],
                            "difference": "revision", "intervals_overlap": False, "scope_conflict": False})
    numbers = pd.concat([MISSING, MISSING.assign(fact_id="killed")])
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "source": ["A", "B", "C", "D"]})
    finding = _numbers_finding({"numbers": {"fact_summary": summary, "numbers": numbers}}, articles)
    assert "2 of 2 disputed shared facts have intervals that cannot all be true together: all of them are revisions" \
        in finding


def test_a_note_on_a_kept_article_is_not_counted_as_a_file_left_out():
    from helpers.summary import _sources_finding

    articles = pd.DataFrame({"source": ["A", "B"]})
    problems = pd.DataFrame({"file": ["a.json", "c.txt"], "problem": [
        "article a: published '2026-03-04 18:05:00' names no time zone: read as UTC (the article is kept; if it is "
        "local time, give the time with its zone in manifest.csv)", "empty file (no text)"]})
    text = _sources_finding(articles, problems)
    assert text.startswith("**Sources.** 2 articles compared (1 note on how a kept article was read, such as a time "
                           "without a zone read as UTC: a.json); 1 file left out (c.txt: empty file \\(no text\\))")
    assert _sources_finding(articles, problems.iloc[:1]).endswith("; no file was left out.")


def test_the_leading_figures_are_listed_latest_first_as_the_sentence_says():
    from helpers.summary import _numbers_finding

    summary = pd.DataFrame({"fact_id": ["killed"], "fact_label": ["people killed"], "headline_ok": True,
                            "disagreement": [2.0], "n_reporting": [4], "n_silent": [0], "difference": "revision",
                            "intervals_overlap": False, "scope_conflict": False})
    numbers = pd.DataFrame({"fact_id": "killed", "article_id": ["a", "b", "c", "d"], "text": ["six", "16", "14", "11"],
                            "hedge": "exact", "value_low": [6.0, 16, 14, 11], "value_high": [6.0, 16, 14, 11]})
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "source": ["KPA", "Ledger", "Radio", "Courier"],
                             "published": ["2026-10-13T07:15+02:00", "2026-10-13T21:50+02:00", None,
                                           "2026-10-13T11:30+02:00"]})
    finding = _numbers_finding({"numbers": {"fact_summary": summary, "numbers": numbers}}, articles)
    assert "revised over time, latest first): Ledger: “16”; Courier: “11”; KPA: “six”; Radio: “14”." in finding


def test_tied_voice_types_are_told_as_a_tie_never_as_one_type_leading():
    from helpers.summary import _voices_sentence, leading_types_sentence

    types = pd.DataFrame({"source": ["Ledger"] * 3 + ["Post"] * 2,
                          "speaker_type": ["official", "expert", "citizen", "official", "citizen"],
                          "share": [0.35, 0.35, 0.30, 0.6, 0.4]})
    assert leading_types_sentence(types) == ("In **Ledger**, expert and official voices tie for most quotations (35% "
                                             "each). In **Post**, official voices give most quotations (60%).")
    sentence = _voices_sentence({"voice_types": types})
    assert "experts and officials (tied) in Ledger" in sentence and "officials in Post" in sentence


def test_the_tone_finding_warns_that_its_sign_is_no_verdict_on_the_story():
    from helpers.summary import _sentiment_finding

    tone = pd.DataFrame({"source": ["A", "B"], "measure": "all sentences", "method": "model", "mean": [0.06, 0.13],
                         "ci_low": [-0.02, 0.05], "ci_high": [0.15, 0.2], "n": [20, 20]})
    contrasts = pd.DataFrame({"source": ["A", "B"], "method": "model", "clear": False, "difference": [-0.07, 0.07]})
    finding = _sentiment_finding({"sentiment": {"tone_summary": tone, "tone_contrasts": contrasts}})
    assert "The lowest mean tone is in **A** (+0.06" in finding and "never as the story's mood" in finding
    assert finding.endswith("No source's tone differs from the others beyond noise, so no source is called more negative.")


def test_what_was_left_out_is_counted_by_kind_a_manifest_row_is_not_a_file():
    from helpers.summary import _sources_finding, left_out_counts

    problems = pd.DataFrame({"file": ["empty.txt", "broken.json", "manifest.csv", "manifest.csv", "feed.json"],
                             "problem": ["empty file (no text)", "invalid JSON: unterminated string",
                                         "row 2: published '20/11' is not a date that can be read: left empty",
                                         "row 3: 'x' names a file that does not exist: row ignored",
                                         "record 2: record has no 'maintext' text (null): left out"]})
    assert left_out_counts(problems) == "2 files, 1 record and 2 manifest rows"
    assert left_out_counts(problems.iloc[:1]) == "1 file"
    assert left_out_counts(problems.iloc[2:4]) == "2 manifest rows"
    text = _sources_finding(pd.DataFrame({"article_id": ["a", "b"]}), problems)
    assert "; 2 files, 1 record and 2 manifest rows left out, commonest reasons" in text


def test_a_tie_in_quoted_words_names_both_sides_never_one_winner():
    from helpers.summary import _voices_sentence

    shares = pd.DataFrame({"source": ["Nordpress", "Nordpress", "Nordpress", "Sentinel", "Sentinel"],
                           "side": ["rights groups", "authorities", "other / unnamed", "authorities", "rights groups"],
                           "word_share": [0.36, 0.36, 0.28, 0.8, 0.2]})
    text = _voices_sentence({"voice_shares": shares})
    assert r"rights groups and authorities in Nordpress \(36% each, tied\)" in text  # Markdown-escaped
    assert r"authorities in Sentinel \(80%\)" in text and "rights groups in Sentinel" not in text


def test_the_sources_finding_says_which_outlet_each_label_is_in_order_of_publication():
    from helpers.summary import source_key

    articles = pd.DataFrame({"source": ["B2", "B1", "Daily #1"], "outlet": ["Post", "Wire", "Daily"],
                             "published": pd.to_datetime(["2026-01-02 10:00", "2026-01-01 09:30", None], utc=True)})
    from helpers.narrative import md

    assert source_key(articles) == f" (B1: Wire, 01 Jan 09:30 UTC; B2: Post, 02 Jan 10:00 UTC; {md('Daily #1')}: Daily)"
    named = pd.DataFrame({"source": ["Post", "Wire #1", "Wire #2"], "outlet": ["Post", "Wire", "Wire"],
                          "published": pd.to_datetime(["2026-01-02", "2026-01-01", "2026-01-03"], utc=True)})
    assert source_key(named) == ""  # sources are the outlets' own names: nothing to explain
    many = pd.DataFrame({"source": [f"S{i}" for i in range(13)], "outlet": "X", "published": pd.NaT})
    assert source_key(many) == ""  # notebook 01's table lists them all


def test_the_source_key_names_an_articles_credit_when_its_outlet_is_not_given():
    from helpers.summary import source_key

    articles = pd.DataFrame({"source": ["A0", "A1"], "outlet": [None, None], "credit": [None, "Reuters"],
                             "published": pd.NaT})
    assert source_key(articles) == " (A0: outlet not given; A1: credit: Reuters)"
    assert source_key(articles.assign(credit=None)) == ""  # nothing to tell the labels apart by


def test_the_source_key_is_left_out_when_sources_are_outlets_with_their_article_counts():
    from helpers.summary import source_key

    pooled = pd.DataFrame({"source": ["Courier (2 articles)", "Courier (2 articles)", "Radio"],
                           "outlet": ["Courier", "Courier", "Radio"],
                           "published": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-03"], utc=True)})
    assert source_key(pooled) == ""
    assert source_key(pooled.assign(source=["C", "C", "Radio"])) == " (C: Courier, 01 Jan 00:00 UTC; Radio: Radio, 03 Jan 00:00 UTC)"


def test_a_side_given_to_one_actor_never_hides_the_types_of_the_other_voices():
    from helpers.summary import _voices_sentence

    shares = pd.DataFrame({"source": ["Courier", "Courier", "Ledger"], "side": ["parents", "other / unnamed",
                                                                              "other / unnamed"],
                           "word_share": [0.57, 0.43, 1.0]})
    types = pd.DataFrame({"source": ["Courier", "Courier", "Ledger"], "speaker_type": ["official", "organisation",
                                                                                      "expert"],
                          "share": [0.6, 0.4, 1.0]})
    text = _voices_sentence({"voice_shares": shares, "voice_types": types})
    assert "parents in Courier" in text and "no named side is quoted in Ledger" in text
    assert "other / unnamed" not in text  # never reported as the side quoted most
    assert "The most quoted type of voice:" in text and "experts in Ledger" in text
