"""What a new user's concert-arena roof collapse showed wrong on the summary and index pages (session 15, nureport15):
a count rising through the outlets' publication times called a dispute, silences on background figures, two pages
counting the facts credited to different claimants differently, a tone difference whose interval excludes zero beside
"no source differs", and an unedited draft codebook the reports never named. Invented sentences and small tables of
several kinds of event: disasters, strikes, courts, business, elections, culture."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import facts as fx
from helpers.claimant_view import claimant_finding, fact_families, n_claimant_facts
from helpers.facts import SAME_TIME, fact_summary, same_time
from helpers.summary import (NOT_SILENT_ON, _sentiment_finding, _silence_finding, shared_facts, tone_leans,
                             within_noise_sentence)

ARTICLES = pd.DataFrame({"article_id": list("abcde"), "source": list("ABCDE")})


def _facts(rows: list[tuple], quantity: str) -> pd.DataFrame:
    """(article, low, high, hedge, text, published) rows of one fact, no claimant named."""
    frame = pd.DataFrame(rows, columns=["article_id", "value_low", "value_high", "hedge", "text", "published"])
    return frame.assign(fact_id=quantity, fact_label=quantity, quantity=quantity, kind="count", unit="", scope="",
                        comparable=True, news_value=3, claimant="", as_of="",
                        value_low=frame["value_low"].astype(float), value_high=frame["value_high"].astype(float),
                        published=pd.to_datetime(frame["published"], utc=True))


def _difference(rows: list[tuple], quantity: str = "injured") -> str:
    return fact_summary(_facts(rows, quantity), ARTICLES)["difference"].iloc[0]


# 1. A cumulative count rising with the outlets' publication times is a revision, a vague word or a range included:
# "dozens" (24 to 99) is one figure with a range, not two figures to be read as their middle (61.5, above a later 50).
@pytest.mark.parametrize("quantity, rows", [
    ("injured", [("a", 24, 99, "vague", "dozens", "2026-11-14T22:10Z"),  # a roof collapse at a concert
                 ("b", 50, 50, "about", "around 50", "2026-11-15T06:45Z"), ("c", 71, 71, "exact", "71", "2026-11-15T14:40Z")]),
    ("evacuated", [("a", 2000, 9999, "vague", "thousands", "2026-03-02T07:00Z"),  # a flood
                   ("b", 4500, 4500, "exact", "4,500", "2026-03-02T12:30Z"),
                   ("c", 9000, None, "more_than", "more than 9,000", "2026-03-02T19:00Z")]),
    ("strikers", [("a", 200, 999, "vague", "hundreds of", "2026-05-04T06:00Z"),  # a walkout spreading through the day
                  ("b", 450, 450, "about", "about 450", "2026-05-04T11:00Z"), ("c", 700, 700, "exact", "700", "2026-05-04T17:00Z")]),
    ("arrested", [("a", 24, 99, "vague", "dozens", "2026-09-10T09:00Z"),  # arrests after a court ruling's protest
                  ("b", 45, 45, "exact", "45", "2026-09-10T15:00Z"),
                  ("c", 70, None, "more_than", "more than 70", "2026-09-11T08:00Z")]),
    ("count", [("a", 35, 60, "range", "between 35 and 60", "2026-06-01T08:00Z"),  # jobs a factory cuts (a range once)
               ("b", 40, 40, "exact", "40", "2026-06-01T13:00Z"), ("c", 52, 52, "exact", "52", "2026-06-02T09:00Z")]),
])
def test_a_count_rising_with_publication_time_is_a_revision_whatever_its_first_words(quantity, rows):
    assert _difference(rows, quantity) == "revision"


def test_figures_that_differ_at_about_the_same_time_are_outlets_differing_even_across_a_clock_hour():
    """Two outlets 20 minutes apart, either side of 13:00, give 4 and 6 dead: one time, a dispute. (A clock-hour
    bucket put 12:50 and 13:10 in two hours and called the pair a rise.)"""
    rows = [("a", 4, 4, "exact", "four", "2026-07-08T12:50Z"), ("b", 6, 6, "exact", "six", "2026-07-08T13:10Z")]
    assert _difference(rows, "killed") == "outlets"
    later = [("a", 4, 4, "exact", "four", "2026-07-08T12:50Z"), ("b", 6, 6, "exact", "six", "2026-07-08T14:30Z")]
    assert _difference(later, "killed") == "revision"  # further apart than SAME_TIME: a toll rising


def test_same_time_groups_reports_from_their_first_never_by_clock_hour():
    when = pd.Series(pd.to_datetime(["2026-01-05T12:59Z", "2026-01-05T13:01Z", "2026-01-05T13:58Z",
                                     "2026-01-05T14:05Z", None], utc=True))
    groups = same_time(when)
    assert groups[0] == groups[1] == groups[2] and groups[3] != groups[0] and pd.isna(groups[4])
    assert SAME_TIME == pd.Timedelta(hours=1) and fx.REVISION_GAP == SAME_TIME  # named, documented, one value


def test_a_figure_at_about_the_same_time_as_another_outlets_different_one_stays_a_dispute():
    """A vote count: "tens of thousands" and 61,000 at one time agree; 48,000 from a third outlet ten minutes later
    cannot be squared with 61,000: outlets differ, whatever came later."""
    rows = [("a", 20000, 99999, "vague", "tens of thousands", "2026-10-13T20:00Z"),
            ("b", 61000, 61000, "exact", "61,000", "2026-10-13T20:05Z"),
            ("c", 48000, 48000, "exact", "48,000", "2026-10-13T20:15Z")]
    assert _difference(rows, "votes") == "outlets"


# 2. Silences: a fact about an earlier event, or one only one source states, is no fact of news value a source is
# silent on.
def _silence_inputs():
    summary = pd.DataFrame({
        "fact_id": ["killed", "injured|earlier", "fine", "attendance|earlier", "distance"],
        "fact_label": ["people killed", "people injured (earlier event)", "fine", "participants (earlier event)",
                       "distance from a named place"],
        "n_reporting": [3, 2, 2, 2, 2], "comparable": True, "headline_ok": True})
    facts = pd.DataFrame([
        ("killed", "people killed", "Wire", True), ("killed", "people killed", "Daily", True),
        ("killed", "people killed", "Radio", True),
        ("injured|earlier", "people injured (earlier event)", "Wire", True),  # "in 2011 a stand collapse injured 28"
        ("injured|earlier", "people injured (earlier event)", "Daily", True),
        ("fine", "fine", "Daily", True), ("fine", "fine", "Daily", True),  # two reports of one outlet: a court's fine
        ("attendance|earlier", "participants (earlier event)", "Wire", True),  # last year's festival crowd
        ("attendance|earlier", "participants (earlier event)", "Daily", True),
        ("distance", "distance from a named place", "Wire", True), ("distance", "distance from a named place", "Daily", True),
    ], columns=["fact_id", "fact_label", "source", "reported"])
    numbers = pd.DataFrame({"fact_id": ["killed", "injured|earlier", "injured|earlier", "fine", "attendance|earlier",
                                        "attendance|earlier", "distance"],
                            "time_ref": ["", "earlier", "earlier", "", "earlier", "earlier", ""]})
    articles = pd.DataFrame({"article_id": ["w", "d1", "d2", "r"], "source": ["Wire", "Daily", "Daily", "Radio"]})
    return {"numbers": {"fact_summary": summary, "facts": facts, "numbers": numbers}}, articles


def test_a_fact_about_an_earlier_event_or_of_one_source_is_never_a_silence():
    results, articles = _silence_inputs()
    shared, what = shared_facts(results["numbers"]["fact_summary"], results["numbers"]["facts"],
                                results["numbers"]["numbers"])
    assert list(shared["fact_id"]) == ["killed", "distance"] and what == "facts of news value"
    text = _silence_finding(results, articles)
    assert text == "**Silences.** Radio is silent on 1 of the 2 facts of news value other sources share (distance from a named place)."
    assert "earlier event" not in text and "fine" not in text
    assert set(NOT_SILENT_ON["name"]) == {"one_source", "earlier_event"}


def test_without_the_mentions_the_shared_facts_are_counted_as_before():
    results, _ = _silence_inputs()
    shared, _ = shared_facts(results["numbers"]["fact_summary"])
    assert len(shared) == 5


# 3. The index and the numbers report say the same number of facts credited to different claimants.
def _claimant_numbers() -> pd.DataFrame:
    def m(article, text, low, fact_id, label, claimant=""):
        return {"article_id": article, "text": text, "value_low": float(low), "value_high": float(low),
                "hedge": "exact", "kind": "count", "unit": "", "fact_id": fact_id, "fact_label": label,
                "claimant": claimant, "comparable": True, "news_value": 3}
    return pd.DataFrame([
        m("a", "three", 3, "killed", "people killed"),  # a stadium roof: the toll, the outlet's and the fire service's
        m("b", "three", 3, "killed|fire", "people killed (according to the fire service)", "the fire service"),
        m("a", "63", 63, "injured|fire", "people injured (according to the fire service)", "the fire service"),
        m("b", "58", 58, "injured|hospital", "people injured (according to the hospital)", "the hospital"),
        m("a", "12,000", 12000, "strikers|union", "strikers (according to the union)", "the union"),  # a strike
        m("b", "4,000", 4000, "strikers|company", "strikers (according to the company)", "the company"),
        m("a", "€2m", 2, "fine|court", "fine (according to the court)", "the court"),  # a court's fine
        m("b", "€2m", 2, "fine", "fine"),
    ])


def test_the_index_and_the_numbers_report_count_the_same_facts_credited_to_different_claimants():
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["Wire", "Daily"],
                             "published": pd.to_datetime(["2026-11-14 22:10", "2026-11-15 06:45"], utc=True)})
    families = fact_families(_claimant_numbers(), articles)
    assert n_claimant_facts(families) == 4
    numbers_page = claimant_finding(families)  # 02 sets no fact aside
    index_page = claimant_finding(families, skip=("people killed",))  # the index: the numbers finding's fact aside
    assert "3 more facts are credited to different claimants" in numbers_page
    assert "3 more facts are credited to different claimants" in index_page


# 4. Tone: the sentence is read from the intervals the table shows.
def _contrasts(low: float, high: float, clear: bool = False) -> pd.DataFrame:
    return pd.DataFrame({"source": ["Tabloid", "Broadsheet", "Wire"], "method": "model", "difference": [-0.13, 0.05, 0.04],
                         "ci_low": [low, -0.05, -0.06], "ci_high": [high, 0.16, 0.12], "clear": [clear, False, False]})


def test_a_difference_whose_interval_excludes_zero_is_never_told_as_no_source_differing():
    contrasts = _contrasts(-0.24, -0.01)
    assert list(tone_leans(contrasts)["source"]) == ["Tabloid"]
    sentence = within_noise_sentence(contrasts)
    assert sentence.startswith("**Tabloid** leans more negative than the others (difference -0.13, 95% interval -0.24 "
                               "to -0.01, which excludes zero), but its own interval overlaps the others'")
    assert "No source" not in sentence
    tone = pd.DataFrame({"source": ["Tabloid", "Broadsheet", "Wire"], "measure": "all sentences", "method": "model",
                         "mean": [-0.06, 0.08, 0.01], "ci_low": [-0.15, -0.01, -0.08], "ci_high": [0.05, 0.17, 0.1]})
    finding = _sentiment_finding({"sentiment": {"tone_summary": tone, "tone_contrasts": contrasts}})
    assert "beyond noise" not in finding and "**Tabloid** leans more negative" in finding


def test_differences_whose_intervals_all_include_zero_are_within_noise():
    sentence = within_noise_sentence(_contrasts(-0.2, 0.03))
    assert sentence == "No source's tone differs from the others beyond noise, so no source is called more negative."


# 5. An unedited draft codebook is said on every report run, and named.
def test_the_codebook_draft_is_marked_read_and_named_until_edited(tmp_path, monkeypatch):
    from helpers import paths
    from helpers.codebook_draft import DRAFT_MARK, codebook_fit_warnings, draft_sentence, draft_status, write_draft
    from helpers.codebooks import load_actors

    monkeypatch.setattr(paths, "CODEBOOKS_DIR", tmp_path / "codebooks")
    corpus = tmp_path / "corpora" / "ferry-strike"
    corpus.mkdir(parents=True)
    folder = tmp_path / "codebooks" / "ferry-strike"
    drafts = {"actors.csv": pd.DataFrame({"actor": ["Dockers' Union"], "side": [""], "aliases": ["the union"],
                                          "type": ["organisation"]}),
              "candidate_facts.csv": pd.DataFrame({"fact_id": ["strikers"], "label": ["strikers"]})}
    write_draft(drafts, folder)
    assert (folder / "actors.csv").read_text(encoding="utf-8").startswith(DRAFT_MARK)
    assert draft_status(folder / "actors.csv") == "unedited"
    assert set(load_actors(folder / "actors.csv")["actor"]) == {"Dockers' Union"}  # the draft line is skipped
    sentence = draft_sentence(corpus)
    assert sentence.startswith("The event codebook is an unedited draft: codebooks/ferry-strike/actors.csv was written")
    assert "candidate_facts" not in sentence  # read by no report
    sentences = pd.DataFrame({"role": ["body"]})
    assert codebook_fit_warnings(sentences, corpus_dir=corpus)[0] == sentence
    text = (folder / "actors.csv").read_text(encoding="utf-8").replace(",,the union", ",port workers,the union")
    (folder / "actors.csv").write_text(text, encoding="utf-8")
    assert draft_status(folder / "actors.csv") == "edited" and draft_sentence(corpus) == ""


def test_the_index_page_says_the_codebook_is_a_draft(tmp_path):
    from helpers.index_page import render_index

    (tmp_path / "tables").mkdir()
    page = render_index(tmp_path, "council-vote", "/x/council-vote", "r1", [], "ok",
                        draft_note="The event codebook is an unedited draft: codebooks/council-vote/actors.csv was written")
    assert 'id="codebook-draft"' in page and "codebooks/council-vote/actors.csv" in page
    assert 'id="codebook-draft"' not in render_index(tmp_path, "council-vote", "/x/council-vote", "r1", [], "ok")
