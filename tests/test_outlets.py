"""Outlets as the unit of comparison in notebooks 02–05: the outlet view of the articles, top outlets with the rest
pooled, intervals over articles, the fact × outlet matrix, and reports of many outlets that stay small."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.outlets import (article_intervals, fold_sources, outlet_view, rest_label, top_sources,
                             with_article_intervals)
from helpers.pooled import outlet_fact_summary, outlet_facts, pool_frames, pool_rates, pool_summary, pool_voice_shares


def _articles(outlets: list[str | None]) -> pd.DataFrame:
    n = len(outlets)
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "file": [f"a{i}.txt" for i in range(n)],
                         "source": [f"Label {i}" for i in range(n)], "outlet": outlets, "url": [None] * n,
                         "published": [None] * n, "n_sentences": [10] * n})


def test_the_outlet_view_groups_articles_and_keeps_single_articles_as_they_were():
    view = outlet_view(_articles(["Herald", "Herald", "Herald", "Signal", None]))
    assert view["source"].tolist() == ["Herald (3 articles)"] * 3 + ["Label 3", "Label 4"]
    assert view["article"].tolist() == [f"Label {i}" for i in range(5)]  # each article keeps its own label
    assert view["n_articles"].tolist() == [3, 3, 3, 1, 1]


def test_one_article_per_outlet_changes_nothing():
    articles = _articles(["A", "B", None])
    assert outlet_view(articles)["source"].equals(articles["source"])


def test_charts_of_100_outlets_show_the_25_largest_and_pool_the_rest():
    outlets = [f"Outlet {i:03d}" for i in range(100) for _ in range(1 + (i < 10))]  # 10 outlets of 2 articles
    articles = outlet_view(_articles(outlets))
    shown, rest = top_sources(articles), rest_label(articles)
    assert len(shown) == 25 and rest == "other (75 outlets)"
    assert shown[:10] == [f"Outlet {i:03d} (2 articles)" for i in range(10)]  # most articles first
    folded = fold_sources(articles, shown, rest)
    assert folded["source"].nunique() == 26 and (folded["source"] == rest).sum() == 75
    assert top_sources(_articles(["A", "B"])) == ["Label 0", "Label 1"] and rest_label(_articles(["A", "B"])) == ""


def test_a_pooled_row_recomputes_means_and_shares_from_the_sums():
    summary = pd.DataFrame({"source": ["A", "B", "C"], "measure": "all sentences", "method": "model",
                            "mean": [0.5, -0.5, 0.1], "ci_low": [0.4, -0.6, 0.0], "ci_high": [0.6, -0.4, 0.2],
                            "n": [10, 30, 5]})
    pooled = pool_summary(summary, ["C"], "other (2 outlets)").set_index("source")
    assert pooled.loc["other (2 outlets)", "mean"] == pytest.approx((0.5 * 10 - 0.5 * 30) / 40)
    assert pooled.loc["other (2 outlets)", "n"] == 40 and np.isnan(pooled.loc["other (2 outlets)", "ci_low"])
    rates = pd.DataFrame({"source": ["A", "B", "C"], "evaluative_words": [1, 3, 2], "narration_words": [100, 100, 50],
                          "per_1000_words": [10.0, 30.0, 40.0], "most_used": ["x", "y", "z"]})
    assert pool_rates(rates, ["C"], "rest").set_index("source").loc["rest", "per_1000_words"] == pytest.approx(20.0)
    profile = pd.DataFrame({"article_id": ["a", "b"], "source": ["A", "B"], "frame": "economic", "family": "policy",
                            "n_sentences": [1, 6], "share": [0.5, 0.75]})
    sentences = pd.DataFrame({"article_id": ["a"] * 2 + ["b"] * 8, "role": "body"})
    assert pool_frames(profile, sentences, [], "rest")["share"].tolist() == [pytest.approx(0.7)]  # 7 of 10, not 0.625
    shares = pd.DataFrame({"source": ["A", "A", "B"], "side": ["x", "y", "x"], "quotations": [1, 1, 2],
                           "quoted_words": [10, 30, 60]})
    voice = pool_voice_shares(shares, [], "rest").set_index("side")
    assert voice.loc["x", "word_share"] == pytest.approx(0.7) and voice.loc["y", "word_share"] == pytest.approx(0.3)


def test_an_outlets_interval_reflects_its_articles_not_only_its_sentences():
    rng = np.random.default_rng(1)
    # one outlet whose two articles disagree (every sentence of one at +0.6, of the other at -0.6), one whose agree
    tone = pd.DataFrame({"source": ["split"] * 40 + ["steady"] * 40,
                         "article_id": ["s1"] * 20 + ["s2"] * 20 + ["t1"] * 20 + ["t2"] * 20,
                         "model": np.r_[np.full(20, 0.6), np.full(20, -0.6), rng.normal(0.1, 0.3, 40)]})
    out = article_intervals(tone, "model").set_index("source")
    assert out.loc["split", "n_articles"] == 2 and out.loc["split", "mean"] == pytest.approx(0.0)
    assert out.loc["split", "ci_high"] - out.loc["split", "ci_low"] > 1.0  # two articles: the interval spans both
    sentence_means = [tone.loc[tone["source"] == "split", "model"].sample(40, replace=True, random_state=k).mean()
                      for k in range(200)]
    assert np.quantile(sentence_means, 0.975) - np.quantile(sentence_means, 0.025) < 0.5  # sentences alone: narrow
    summary = pd.DataFrame({"source": ["split", "solo"], "measure": "all sentences", "method": "model", "mean": [0.0, 0.2],
                            "ci_low": [-0.2, 0.1], "ci_high": [0.2, 0.3], "n": [40, 20]})
    tone = pd.concat([tone, pd.DataFrame({"source": "solo", "article_id": "o1", "model": np.full(20, 0.2)})])
    replaced = with_article_intervals(summary, tone.assign(tone=tone["model"])).set_index("source")
    assert replaced.loc["split", "ci_high"] - replaced.loc["split", "ci_low"] > 1.0
    assert replaced.loc["solo", "ci_low"] == 0.1  # a single article keeps its sentence bootstrap


def test_the_fact_matrix_has_one_column_per_outlet_with_its_number_of_articles():
    from helpers.evidence import linked_fact_matrix
    from helpers.pooled import outlet_fact_grid

    articles = outlet_view(_articles(["Herald", "Herald", "Signal", "Post"]))
    facts = pd.DataFrame({"fact_id": "killed", "fact_label": "people killed", "article_id": articles["article_id"],
                          "source": articles["source"], "reported": [True, True, False, True],
                          "n_mentions": [1, 1, 0, 1], "texts": ["12 dead", "14 dead", "", "12 dead"]})
    by_outlet = outlet_facts(facts)
    assert len(by_outlet) == 2  # one row per outlet reporting the fact: silence is no row
    summary = pd.DataFrame({"fact_id": ["killed"], "fact_label": ["people killed"], "n_reporting": [3], "n_silent": [1],
                            "headline_ok": [True]})
    counted = outlet_fact_summary(summary, by_outlet, articles["source"].nunique())
    assert counted[["n_reporting", "n_silent", "n_articles_reporting"]].iloc[0].tolist() == [2, 1, 3]
    sources = top_sources(articles)
    matrix = linked_fact_matrix(outlet_fact_grid(by_outlet, counted, sources), counted, sources=sources).frame
    assert list(matrix.columns) == ["Fact", "Sources reporting", "Herald (2 articles)", "Label 2", "Label 3"]
    row = matrix.iloc[0]
    assert row["Herald (2 articles)"] == "12 dead | 14 dead" and row["Label 2"] == "—"
    assert row["Sources reporting"] == "2 of 3"


def test_a_source_giving_a_fact_only_under_another_claimant_is_not_silent_and_its_figure_is_shown():
    """Facts split by claimant: the Post gives the injured only as the ministry's figure (its own fact). The row
    "people injured" must not call the Post silent, and its cell shows the ministry's figure with where it is filed;
    a source that gives no injured figure at all stays silent."""
    from helpers.evidence import linked_fact_matrix
    from helpers.pooled import outlet_fact_grid

    articles = outlet_view(_articles(["Herald", "Signal", "Post", "Wire"]))
    labels = ["people injured", "people injured", "people injured (according to the ministry)",
              "people injured (according to the ministry)"]
    facts = pd.DataFrame({"fact_id": ["injured", "injured", "injured|ministry", "injured|ministry"],
                          "fact_label": labels, "article_id": articles["article_id"].iloc[[0, 1, 2, 1]].values,
                          "source": articles["source"].iloc[[0, 1, 2, 1]].values, "reported": True,
                          "n_mentions": 1, "texts": ["19", "52", "38", "40"]})
    by_outlet = outlet_facts(facts)
    summary = pd.DataFrame({"fact_id": ["injured", "injured|ministry"], "fact_label": labels[1:3],
                            "n_reporting": [2, 2], "n_silent": [2, 2], "headline_ok": [True, True]})
    counted = outlet_fact_summary(summary, by_outlet, articles["source"].nunique())
    assert counted[["n_reporting", "n_other_claimant", "n_silent"]].values.tolist() == [[2, 1, 1], [2, 1, 1]]
    sources = top_sources(articles)
    matrix = linked_fact_matrix(outlet_fact_grid(by_outlet, counted, sources), counted, by_outlet=by_outlet).frame
    injured = matrix.set_index("Fact").loc["people injured"]
    herald, post, wire = sources[0], sources[2], sources[3]  # one article each: the source keeps its label
    assert injured[post] == "— (38 under “people injured (according to the ministry)”)"
    assert injured[wire] == "—"  # silent under every claimant
    ministry = matrix.set_index("Fact").loc["people injured (according to the ministry)"]
    assert ministry[herald] == "— (19 under “people injured”)"


TOPICS = ["harbour", "bridge", "market", "school", "river", "station", "hospital", "stadium", "library", "airport"]
N_OUTLETS, N_ARTICLES = 100, 130  # the first 30 outlets have two articles


def _article(i: int) -> str:
    topic = TOPICS[i % len(TOPICS)]
    return (f"{topic.title()} reopens after repairs\n\nThe {topic} in district {i % 7} reopened on Monday after "
            f"{i % 5 + 2} days of repairs, officials said. About {100 + 10 * (i % 9)} people came on the first morning, "
            f"and {i % 4 + 1} people were injured in a crush at the gate.\n\n\"It is good to be back, but the queue was "
            f"dangerous,\" said a visitor, one of {i % 12 + 3} who spoke to reporters. The mayor blamed poor planning.\n")


@pytest.fixture(scope="module")
def many_outlets_run(tmp_path_factory):
    from helpers.runner import run_report

    corpus = tmp_path_factory.mktemp("outlets") / "many-outlets"
    corpus.mkdir()
    rows = ["file,outlet,url"]
    for i in range(N_ARTICLES):
        (corpus / f"a{i:03d}.txt").write_text(_article(i), encoding="utf-8")
        outlet = f"Outlet {i % N_OUTLETS:03d}"
        rows.append(f"a{i:03d}.txt,{outlet},https://outlet-{i % N_OUTLETS:03d}.example/news/{i}")
    (corpus / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return run_report(corpus, tmp_path_factory.mktemp("reports"), log=lambda *_: None)


def test_reports_of_100_outlets_stay_small_and_show_outlets_not_articles(many_outlets_run):
    import re

    run = many_outlets_run
    pages = sorted(run.glob("*.html"))
    assert len(pages) >= 11
    sizes = {p.name: p.stat().st_size for p in pages}
    assert max(sizes.values()) < 2_000_000, sizes  # the target is 5 MB; measured 1.8 MB (03, analyst view)
    # bounded by the top outlets, not by the articles (measured under 1.42 MB)
    assert sizes["02_numbers.report.html"] < 1_500_000, sizes
    page = (run / "02_numbers.report.html").read_text(encoding="utf-8")
    assert "Outlet 000 (2 articles)" in page and "other (75 outlets)" in page
    assert not re.search(r">a\d{3}<", page)  # no article named as a source in a table cell
    assert 'href="tables/numbers.csv"' in page and (run / "tables" / "numbers.csv").exists()


def test_the_saved_tables_of_many_outlets_are_per_outlet(many_outlets_run):
    tables = many_outlets_run / "tables"
    summary = pd.read_parquet(tables / "tone_summary.parquet")
    overall = summary[(summary["measure"] == "all sentences") & (summary["method"] == "model")]
    assert overall["source"].nunique() == N_OUTLETS
    assert (overall["source"].str.endswith("(2 articles)")).sum() == N_ARTICLES - N_OUTLETS
    by_outlet = pd.read_parquet(tables / "fact_outlets.parquet")
    assert by_outlet.groupby("fact_id")["source"].nunique().max() == N_OUTLETS
    per_article = pd.read_csv(tables / "tone_articles.csv")
    assert len(per_article) == N_ARTICLES and per_article["article"].is_unique


def test_a_tall_chart_is_saved_with_a_bounded_number_of_pixels(tmp_path):
    import matplotlib.pyplot as plt
    from PIL import Image

    from helpers.figures import MAX_PNG_PIXELS, apply_style, save_figure

    apply_style()
    fig, ax = plt.subplots(figsize=(8, 30))
    ax.plot([0, 1], [0, 1])
    saved = save_figure(fig, "tall", tmp_path)
    width, height = Image.open(saved.png).size
    assert width * height <= MAX_PNG_PIXELS * 1.05  # bbox "tight" trims a little, never adds much
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([0, 1], [0, 1])
    small = Image.open(save_figure(fig, "small", tmp_path).png).size
    assert small[0] > 4 * 150  # a small chart keeps the house resolution (200 dpi)


def test_the_pooled_row_of_the_interval_chart_is_one_span_not_a_line_per_figure():
    import matplotlib.pyplot as plt

    from helpers import charts

    n = 500
    numbers = pd.DataFrame({"fact_id": "killed", "source": ["A"] * 2 + ["other (99 outlets)"] * n,
                            "value_low": np.r_[[10, 12], np.arange(n) + 5.0], "value_high": np.r_[[10, 12], np.arange(n) + 5.0],
                            "hedge": "exact", "scope": "", "text": [f"{i} dead" for i in range(n + 2)], "unit": "person",
                            "kind": "count"})
    summary = pd.DataFrame({"fact_id": ["killed"], "fact_label": ["people killed"], "n_reporting": [3],
                            "comparable": [True], "kind": ["count"]})
    fig = charts.interval_chart(numbers, summary, ["A", "other (99 outlets)"])
    ax = fig.axes[0]
    assert len(ax.lines) <= 2 * 2 + 1  # A's two figures (line and marker each) and one span for the 500 others
    assert any("500 figures" in t.get_text() for t in ax.texts)
    plt.close(fig)


def test_chart_labels_keep_an_outlets_number_of_articles():
    from helpers.figures import short_label, short_labels

    assert short_label("www.reuters.com (120 articles)") == "reuters (120 art.)"
    assert short_label("Capital Courier (20 articles)") == "Capital Courier (20 art.)"
    long = short_label("The Northern Provinces Evening Chronicle (3 articles)")
    assert long.endswith("… (3 art.)") and len(long) <= 26
    labels = short_labels(["North Courier (2 articles)", "North Herald (2 articles)", "other (75 outlets)"])
    assert len(set(labels.values())) == 3 and labels["other (75 outlets)"] == "other (75 outlets)"


def test_tone_through_the_articles_of_an_outlet_is_a_mean_per_tenth():
    from helpers.pooled import binned_positions

    tone = pd.DataFrame({"source": "X", "position": [0.0, 0.05, 0.5, 0.55, 1.0], "model": [1.0, 0.0, -1.0, -0.5, 0.2]})
    out = binned_positions(tone).set_index("position")
    assert out.loc[0.05, "model"] == pytest.approx(0.5) and out.loc[0.05, "n"] == 2
    assert out.loc[0.55, "model"] == pytest.approx(-0.75) and out.loc[0.95, "model"] == pytest.approx(0.2)
    assert len(out) == 3  # bins without a sentence are not drawn


def test_the_outlets_sentence_counts_right_and_names_a_prolific_outlet_only_when_there_is_one():
    from helpers.outlets import outlets_sentence

    one_each = pd.DataFrame({"outlet_key": ["A", "B"], "n_articles": [1, 1]})
    assert outlets_sentence(2, one_each) == "2 articles from **2 outlets**; each has one article."
    assert outlets_sentence(1, one_each.iloc[:1]) == "1 article from **1 outlet**."
    several = pd.DataFrame({"outlet_key": ["A", "B_x"], "n_articles": [1, 3]})
    assert outlets_sentence(4, several) == "4 articles from **2 outlets**; the most prolific, B\\_x, has 3 articles."


def test_two_articles_that_happen_to_agree_never_give_an_interval_narrower_than_their_sentences():
    """Two articles have three possible resampled means; when they agree, the cluster bootstrap has almost no spread.
    The interval shown is the wider of the article and the sentence bootstrap (as a one-article outlet gets)."""
    from helpers.outlets import outlet_tone
    from helpers.sentiment import source_contrasts

    rng = np.random.default_rng(7)
    values = rng.normal(-0.13, 0.35, 60)
    values[:30] += -0.13 - values[:30].mean()  # both articles' means at exactly -0.13
    values[30:] += -0.13 - values[30:].mean()
    tone = pd.DataFrame({"source": ["pair"] * 60 + ["other"] * 30, "article_id": ["p1"] * 30 + ["p2"] * 30 + ["o"] * 30,
                         "model": np.r_[values, rng.normal(0.0, 0.35, 30)]})
    clustered = article_intervals(tone, "model").set_index("source")
    assert clustered.loc["pair", "ci_high"] - clustered.loc["pair", "ci_low"] < 0.01  # the degenerate cluster interval
    summary = pd.DataFrame({"source": ["pair"], "measure": "all sentences", "method": "model", "mean": [-0.13],
                            "ci_low": [-0.22], "ci_high": [-0.04], "n": [60]})
    shown = with_article_intervals(summary, tone.assign(tone=tone["model"])).set_index("source")
    assert (shown.loc["pair", "ci_low"], shown.loc["pair", "ci_high"]) == (-0.22, -0.04)
    articles = pd.DataFrame({"article_id": ["p1", "p2", "o"], "file": ["p1", "p2", "o"], "outlet": ["pair", "pair", "other"],
                             "url": None})
    row = outlet_tone(tone, articles).set_index("outlet_key").loc["pair"]
    assert row["ci_high"] - row["ci_low"] > 0.1
    contrast = source_contrasts(tone, value="model").set_index("source").loc["pair"]
    by_sentence = source_contrasts(tone.drop(columns="article_id"), value="model").set_index("source").loc["pair"]
    assert contrast["ci_low"] <= by_sentence["ci_low"] and contrast["ci_high"] >= by_sentence["ci_high"]


def test_when_every_outlet_has_one_article_each_keeps_its_sentence_interval():
    """The usual small corpus (one article per outlet) has no article bootstrap at all: every source keeps its
    sentence bootstrap, never an empty interval (an empty table of article intervals once blanked them all)."""
    rng = np.random.default_rng(3)
    tone = pd.DataFrame({"source": np.repeat(["A", "B", "C"], 20), "article_id": np.repeat(["a", "b", "c"], 20),
                         "model": rng.normal(0.0, 0.3, 60)})
    assert article_intervals(tone, "model").empty
    summary = pd.DataFrame({"source": ["A", "B", "C"], "measure": "all sentences", "method": "model",
                            "mean": [0.0, 0.1, -0.1], "ci_low": [-0.1, 0.0, -0.2], "ci_high": [0.1, 0.2, 0.0], "n": 20})
    shown = with_article_intervals(summary, tone.assign(tone=tone["model"]))
    assert shown["ci_low"].tolist() == [-0.1, 0.0, -0.2] and shown["ci_high"].tolist() == [0.1, 0.2, 0.0]
