"""What a new user's hailstorm corpus showed wrong on the summary and index pages (session 16, nureport16): a revision
through the day called a dispute because one article gave a part beside the toll, a facts.csv edit that made a fact
not comparable and dropped its dispute silently, a two-party dispute counted as nine claimants, sentences that read
wrong at one and at none, clock times among the compared facts, a caption counting charts that are not there, and a
newsroom byline lost. Invented sentences and small tables of several kinds of event: disasters, strikes, courts,
business, elections, culture."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import facts as fx
from helpers.changes import DISPUTE_GONE_RULES, describe_changes, dispute_changes, run_changes
from helpers.claimant_view import NOT_A_CLAIM_RULES, claimant_finding, fact_families, not_a_claim
from helpers.evidence import MATRIX_LEAVES_OUT, matrix_fact_ids
from helpers.facts import SAYS_CHANGED_RULES, apply_fact_overrides, fact_summary
from helpers.figures import counted_caption
from helpers.ingest import AUTHOR_DESK_RULES, _page_author
from helpers.summary import apart_sentence, difference_counts_sentence, quotes_vs_narration_sentence

ARTICLES = pd.DataFrame({"article_id": list("abcde"), "source": list("ABCDE")})


def _facts(rows: list[tuple], quantity: str) -> pd.DataFrame:
    """(article, low, high, hedge, text, published, sentence, as_of) rows of one fact, no claimant named."""
    frame = pd.DataFrame(rows, columns=["article_id", "value_low", "value_high", "hedge", "text", "published",
                                        "sentence", "as_of"])
    return frame.assign(fact_id=quantity, fact_label=quantity, quantity=quantity, kind="count", unit="", scope="",
                        comparable=True, news_value=3, claimant="",
                        value_low=frame["value_low"].astype(float), value_high=frame["value_high"].astype(float),
                        published=pd.to_datetime(frame["published"], utc=True))


def _difference(rows: list[tuple], quantity: str) -> str:
    return fact_summary(_facts(rows, quantity), ARTICLES)["difference"].iloc[0]


# 1. A count that rises with the outlets' publication times, the text saying so, is a revision even when one article
# gives a part of it (still in hospital, on the picket line, in custody) under the same fact.
REVISIONS_WITH_A_PART = {
    "injured": [  # a hailstorm
        ("a", 12, None, "at_least", "at least 12", "2026-07-10T05:30Z", "Storm injures at least 12", ""),
        ("b", 19, 19, "exact", "19", "2026-07-10T10:15Z", "Injured rise to 19 as the city counts the cost", ""),
        ("b", 4, 4, "exact", "Four", "2026-07-10T10:15Z", "Four were still being treated on Friday morning.", ""),
        ("c", 27, 27, "exact", "27", "2026-07-10T16:40Z", "27 people had been treated, up from 12 on Thursday.", "")],
    "strikers": [  # a strike spreading through the day
        ("a", 1800, 1800, "exact", "1,800", "2026-03-02T06:00Z", "1,800 workers walked out at dawn.", ""),
        ("b", 2500, 2500, "exact", "2,500", "2026-03-02T11:00Z", "The number on strike has risen to 2,500.", ""),
        ("b", 300, 300, "exact", "300", "2026-03-02T11:00Z", "Some 300 of them picketed the main gate.", ""),
        ("c", 4000, 4000, "exact", "4,000", "2026-03-02T18:00Z", "By evening the walkout rose to 4,000 staff.", "")],
    "arrested": [  # arrests after a court's verdict
        ("a", 30, 30, "exact", "30", "2026-09-10T08:00Z", "Police arrested 30 people outside the court.", ""),
        ("b", 45, 45, "exact", "45", "2026-09-10T14:00Z", "Arrests have climbed to 45, police said.", ""),
        ("b", 12, 12, "exact", "12", "2026-09-10T14:00Z", "Twelve remain in custody.", ""),
        ("c", 61, 61, "exact", "61", "2026-09-11T07:00Z", "Police say 61 were held, up from 45 on Tuesday.", "")],
    "evacuated": [  # a festival stage fire
        ("a", 1200, 1200, "exact", "1,200", "2026-08-01T21:00Z", "Organisers evacuated 1,200 festival-goers.", ""),
        ("b", 2000, 2000, "exact", "2,000", "2026-08-02T01:00Z", "The number evacuated rose to 2,000.", ""),
        ("b", 150, 150, "exact", "150", "2026-08-02T01:00Z", "150 spent the night in a sports hall.", ""),
        ("c", 3100, 3100, "exact", "3,100", "2026-08-02T09:00Z", "3,100 people had to leave, up from 2,000.", "")],
}


@pytest.mark.parametrize("quantity", sorted(REVISIONS_WITH_A_PART))
def test_a_revision_stays_a_revision_beside_one_stray_part(quantity):
    assert _difference(REVISIONS_WITH_A_PART[quantity], quantity) == "revision"


def test_a_part_is_left_out_only_when_the_text_says_the_figure_changed():
    """The same figures (a mine collapse's dead), no word of a change: the part is not set aside; outlets differ."""
    rows = [("a", 10, 10, "exact", "10", "2026-02-01T06:00Z", "Ten miners died.", ""),
            ("b", 14, 14, "exact", "14", "2026-02-01T12:00Z", "Fourteen miners died.", ""),
            ("b", 3, 3, "exact", "three", "2026-02-01T12:00Z", "Three were found in the lower gallery.", ""),
            ("c", 20, 20, "exact", "20", "2026-02-01T18:00Z", "Twenty miners died.", "")]
    assert _difference(rows, "killed") == "outlets"


def test_one_part_cannot_hide_a_real_fall_in_a_rising_count():
    """An election's turnout claims 12, 19 (and a part), then 15 while the text says "rose": not one way, a dispute."""
    rows = [("a", 12, 12, "exact", "12", "2026-05-01T06:00Z", "Turnout stood at 12 per cent.", ""),
            ("b", 19, 19, "exact", "19", "2026-05-01T11:00Z", "Turnout rose to 19 per cent.", ""),
            ("b", 4, 4, "exact", "4", "2026-05-01T11:00Z", "4 per cent voted by post.", ""),
            ("c", 15, 15, "exact", "15", "2026-05-01T17:00Z", "Turnout rose to 15 per cent.", "")]
    assert _difference(rows, "turnout") == "outlets"


def test_says_changed_rules_read_their_examples():
    for name, pattern, example, note in SAYS_CHANGED_RULES.itertuples(index=False):
        assert fx._SAYS_CHANGED.search(example), name
        assert note


# 2. A facts.csv row that moves a bare figure into a fact gives it the fact's unit; a dispute an edit removes is named.
def _mentions(rows: list[tuple]) -> pd.DataFrame:
    """(article, fact_id, text, low, kind, unit, quantity, comparable, sentence) rows."""
    frame = pd.DataFrame(rows, columns=["article_id", "fact_id", "text", "value_low", "kind", "unit", "quantity",
                                        "comparable", "sentence"])
    return frame.assign(fact_label=frame["fact_id"], value_high=frame["value_low"], news_value=2)


def _override(new_fact_id: str, article: str, text_contains: str, figure: str) -> pd.DataFrame:
    return pd.DataFrame([("*", new_fact_id, "", article, text_contains, figure)],
                        columns=["fact_id", "new_fact_id", "label", "article_id", "text_contains", "figure"])


@pytest.mark.parametrize("rows, override, unit", [
    ([("a", "area|ministry", "3,800 hectares", 3800, "measure", "hectare", "area", True, "The ministry: 3,800 hectares."),
      ("b", "count", "3,800", 3800, "count", "", "count", False, "The ministry says 3,800.")],  # a hailstorm's crops
     _override("area|ministry", "b", "the ministry says", "3,800"), "hectare"),
    ([("a", "money|union", "€4.2 million", 4.2e6, "money", "EUR", "money", True, "The union wants €4.2 million."),
      ("b", "count", "4.2m", 4.2e6, "count", "", "count", False, "The union puts it at 4.2m.")],  # a strike's claim
     _override("money|union", "b", "the union puts it", "4.2m"), "EUR"),
    ([("a", "distance", "12 km", 12, "measure", "km", "distance", True, "The fire is 12 km from the town."),
      ("b", "count", "12", 12, "count", "", "count", False, "Crews said the front was 12 from town.")],  # a wildfire
     _override("distance", "b", "front was", "12"), "km"),
])
def test_a_bare_figure_moved_into_a_fact_carries_its_unit(rows, override, unit):
    out = apply_fact_overrides(_mentions(rows), override)
    moved = out[out["article_id"] == "b"].iloc[0]
    assert moved["unit"] == unit and bool(moved["comparable"]) and moved["kind"] == out.iloc[0]["kind"]


def test_a_moved_figure_with_its_own_unit_keeps_it():
    rows = [("a", "area|ministry", "3,800 hectares", 3800, "measure", "hectare", "area", True, "3,800 hectares."),
            ("b", "area|growers", "9,000 acres", 9000, "measure", "acre", "area", True, "9,000 acres, growers say.")]
    out = apply_fact_overrides(_mentions(rows), _override("area|ministry", "b", "growers say", "9,000"))
    assert out.loc[out["article_id"] == "b", "unit"].iloc[0] == "acre"


def _summary(rows: list[tuple]) -> pd.DataFrame:
    """(fact_id, label, comparable, n_reporting, disagreement, headline_ok, low, high) rows."""
    return pd.DataFrame(rows, columns=["fact_id", "fact_label", "comparable", "n_reporting", "disagreement",
                                       "headline_ok", "low", "high"])


@pytest.mark.parametrize("after, words", [
    ([("area|ministry", "area affected (according to the ministry)", False, 3, 2.7, False, 2500, 3800)],
     "no longer comparable"),  # a hailstorm: a bare count moved in
    ([], "no fact of this id"),  # a court's fine: the fact merged away by a facts.csv row
    ([("fine", "fine imposed", True, 1, 0.0, False, 2e6, 2e6)], "fewer than two sources"),
    ([("turnout", "turnout", True, 3, 0.0, True, 61, 61)], "no longer differ"),  # an election's turnout
])
def test_a_dispute_that_disappears_is_named_with_why(after, words):
    before = _summary([("area|ministry", "area affected (according to the ministry)", True, 2, 2.7, True, 2500, 3800),
                       ("fine", "fine imposed", True, 2, 1.3, True, 2e6, 5e6),
                       ("turnout", "turnout", True, 3, 1.1, True, 58, 61)])
    gone = dispute_changes(before, _summary(after))
    lines = describe_changes(gone)
    assert any(words in line for line in lines)
    assert all("is no longer shown" in line for line in lines)


def test_run_changes_names_the_dispute_a_facts_csv_edit_removed():
    articles = pd.DataFrame({"article_id": ["a"], "source": ["A"], "sha256": ["x"]})
    facts = pd.DataFrame({"article_id": ["a"], "source": ["A"], "fact_id": ["f"], "fact_label": ["people injured"],
                          "reported": [True], "texts": ["12"], "sentences": [""]})
    old = _summary([("f", "people injured", True, 3, 2.0, True, 12, 27)])
    new = _summary([("f", "people injured", False, 3, 2.0, False, 12, 27)])
    changes = run_changes({"articles": articles, "facts": facts, "fact_summary": old},
                          {"articles": articles, "facts": facts, "fact_summary": new})
    assert changes["change"].tolist() == ["dispute gone"]
    assert "people injured" in describe_changes(changes)[0]
    assert [rule[0] for rule in DISPUTE_GONE_RULES] == ["gone", "not_comparable", "one_source", "agree", "not_headline"]


@pytest.mark.parametrize("n, head", [(1, "The leading disputed figure:"), (2, "The two leading disputed figures:"),
                                     (3, "The three leading disputed figures:"), (0, "The leading disputed figures:")])
def test_a_caption_counts_the_charts_it_captions(n, head):
    assert counted_caption(n, "leading disputed figure", "sources in order").startswith(head)


# 3. Claimants are counted by body (the grouping's key), and the whole a share is of or what one person holds is no
# claim on the fact.
@pytest.mark.parametrize("sentence, figure, excluded", [
    ("Ivo Penn said about 60 per cent of the cooperative's 1,100 hectares had been hit.", "1,100 hectares", True),
    ("The grower walked the rows of her 14-hectare orchard.", "14-hectare", True),
    ("Half of the union's 8,000 members joined the strike.", "8,000 members", True),  # a strike
    ("The director said a third of his 300-seat theatre was sold.", "300-seat", True),  # culture
    ("A quarter of the bank's 4,000 staff will lose their jobs.", "4,000 staff", True),  # business
    ("The ministry's estimate stands at 3,800 hectares.", "3,800 hectares", False),
    ("The federation puts the area hit at more than 5,000 hectares.", "5,000 hectares", False),
    ("Police said 45 people were arrested after the verdict.", "45 people", False),  # a court
    ("Together they would hold 109 seats, a majority of 17 over the rest.", "17", False),  # an election
    ("The deal would close in the second half of 2027.", "2027", False),
    ("Most of the 23 victims were over 75.", "23 victims", False),
])
def test_the_whole_of_a_share_or_a_holding_is_no_claim(sentence, figure, excluded):
    mention = pd.DataFrame({"sentence": [sentence], "start": [sentence.index(figure)]})
    assert bool(not_a_claim(mention).iloc[0]) is excluded


def test_not_a_claim_rules_read_their_examples():
    for name, _, example, note in NOT_A_CLAIM_RULES.itertuples(index=False):
        figure = {"whole_of_a_share": "1,100", "held_by_one": "14-hectare"}[name]
        mention = pd.DataFrame({"sentence": [example], "start": [example.index(figure)]})
        assert not_a_claim(mention).iloc[0] and note


def _family(rows: list[tuple]) -> pd.DataFrame:
    """(article, fact_id, claimant, text, low, high, sentence) rows of one base fact, 'area affected'."""
    frame = pd.DataFrame(rows, columns=["article_id", "fact_id", "claimant", "text", "value_low", "value_high",
                                        "sentence"])
    label = ["area affected" + (f" (according to {c})" if c else "") for c in frame["claimant"]]
    start = [s.index(t) for s, t in zip(frame["sentence"], frame["text"])]
    return frame.assign(fact_label=label, start=start, comparable=True, news_value=2, hedge="exact", kind="measure",
                        unit="hectare")


def test_a_two_party_dispute_is_two_claimants_however_each_is_named():
    articles = pd.DataFrame({"article_id": list("abc"), "source": ["Wire", "Weekly", "Radio"],
                             "published": pd.to_datetime(["2026-07-10T08:00Z", "2026-07-10T13:00Z",
                                                          "2026-07-10T17:00Z"], utc=True)})
    numbers = _family([
        ("a", "area|ministry", "The regional ministry", "3,800 hectares", 3800, 3800,
         "The regional ministry's estimate stands at 3,800 hectares."),
        ("b", "area|ministry", "Ministry spokeswoman Ana Ruiz", "3,800 hectares", 3800, 3800,
         "Ministry spokeswoman Ana Ruiz said 3,800 hectares had been hit."),
        ("b", "area|federation", "AGF president Bertil Sarrazin", "5,000 hectares", 5000, 5000,
         "AGF president Bertil Sarrazin put the area at 5,000 hectares."),
        ("b", "area", "", "14-hectare", 14, 14, "A grower walked the rows of her 14-hectare orchard."),
        ("b", "area|cooperative", "Ivo Penn", "1,100 hectares", 1100, 1100,
         "Ivo Penn said about 60 per cent of the cooperative's 1,100 hectares had been hit."),
        ("c", "area|federation", "the growers' federation", "5,000 hectares", 5000, 5000,
         "The growers' federation puts the area at 5,000 hectares."),
    ])
    families = fact_families(numbers, articles)
    assert set(families["fact_id"]) == {"area|ministry", "area|federation"}
    text = claimant_finding(families)
    assert "to 2 different claimants" in text and "14" not in text and "1,100" not in text
    assert "cannot all be true at once" in text


# 4. Wording read right at one and at none.
def test_one_conflict_is_said_in_one_clause():
    disputed = pd.DataFrame({"intervals_overlap": [False, True], "difference": ["outlets", "revision"],
                             "scope_conflict": [False, False]})
    text = apart_sentence(disputed)
    assert "it is a conflict at one time, not a revision through the day" in text
    assert text.count(":") == 1


@pytest.mark.parametrize("kinds, mixed, expected", [
    (["revision", "claimants", "outlets", ""], [True, False, False, False],
     "Of the 4 facts fit to headline, 1 mixes exact and hedged figures; 1 was revised over time, 1 differs between "
     "claimants and 1 between outlets on the same claim."),
    (["revision", "revision"], [True, True],
     "Of the 2 facts fit to headline, 2 mix exact and hedged figures; 2 were revised over time, none differ between "
     "claimants (within one fact: a fact that sources credit to different claimants is split by claimant, and its splits are set side by side under Where claimants differ) and none between outlets on the same claim."),
    (["outlets"], [False], "Of the one fact fit to headline, none mix exact and hedged figures; none were revised "
     "over time, none differ between claimants (within one fact: a fact that sources credit to different claimants is split by claimant, and its splits are set side by side under Where claimants differ) and 1 between outlets on the same claim."),
])
def test_difference_counts_read_right_at_one_and_none(kinds, mixed, expected):
    disputed = pd.DataFrame({"difference": kinds, "hedge_mix": mixed})
    assert difference_counts_sentence(disputed) == expected


def test_no_source_with_gloomier_quotes_is_said_in_words():
    none = quotes_vs_narration_sentence([], 5)
    assert none.startswith("In none of the 5 sources with quotations") and "(none)" not in none and "0 of" not in none
    one = quotes_vs_narration_sentence(["Courier"], 5)
    assert one.startswith("In 1 of 5 sources with quotations (Courier), the quoted words are more negative")
    assert "the quoted words are more negative" in quotes_vs_narration_sentence(["A", "B"], 5)
    assert quotes_vs_narration_sentence([], 0).startswith("No source has quotations")


def test_clock_times_never_lead_the_comparison_table():
    summary = pd.DataFrame({"fact_id": ["time-of-day|claims", "killed", "count|school"],
                            "quantity": ["time_of_day", "killed", "count"], "n_reporting": [3, 2, 2]})
    assert matrix_fact_ids(summary) == ["killed", "count|school"]
    assert "time_of_day" in set(MATRIX_LEAVES_OUT["quantity"])


def test_readme_says_the_numbers_step_compares_figures_only():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "a claim without a figure" in readme and "compares figures only" in readme


# 5. A page whose author is its newsroom or staff keeps that credit.
class _Doc:
    def __init__(self, author):
        self.author = author


@pytest.mark.parametrize("author, credit", [
    ("Radio Aldenvale newsroom", "Radio Aldenvale newsroom"),  # a live blog on a hailstorm
    ("Harbour Gazette staff", "Harbour Gazette staff"),  # a port strike
    ("Valley Courier reporters", "Valley Courier reporters"),  # a court case
    ("Greta Holm", "Greta Holm"),
    ("Markets desk", None), ("Live", None), ("staff", None),
])
def test_a_newsroom_byline_is_the_credit(author, credit):
    assert _page_author(_Doc(author)).get("credit") == credit


def test_author_desk_rules_read_their_examples():
    for name, _, example, note in AUTHOR_DESK_RULES:
        assert _page_author(_Doc(example)).get("credit") == example and note, name


@pytest.mark.parametrize("keys, expected", [
    (["hospital", "corvelle-general-hospital", "police"], ["corvelle-general-hospital", "corvelle-general-hospital",
                                                           "police"]),  # a hailstorm's injured
    (["hospital", "st-anselm-hospital"], ["st-anselm-hospital", "st-anselm-hospital"]),  # a knife attack
    (["hospital", "north-hospital", "south-hospital"], ["hospital", "north-hospital", "south-hospital"]),  # two: apart
])
def test_a_hospital_named_by_its_kind_is_the_one_hospital_named_in_full(keys, expected):
    assert fx.one_body_keys(pd.Series(keys)).tolist() == expected
