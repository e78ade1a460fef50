# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · Numbers: which figures each source reports, and where they disagree
#
# Extracts every numeric expression from the headline, standfirst, headings, body and photo captions (page
# furniture such as time stamps, teasers and paywall offers is never read): digits, number words, signs, ranges,
# hedges such as "at least" or "some", changes ("fell 5%"), vague quantities, durations, ages, money, dates and
# clock times. Each mention keeps its text role. It then decides what each figure counts (killed, injured,
# magnitude, distance from a named place…) from the words around it, keeps figures about earlier events apart,
# lines up the same fact across sources (split by claimant where one is named), says whether a difference is a
# revision over time, a difference between claimants or between outlets, and ranks the facts by news value.
# Every value keeps its verbatim text and the sentence it comes from. Sources are outlets: the articles of one
# outlet are compared as one source, named with its number of articles; the per-article tables are in the tables
# folder (linked at the end).

# %% [markdown] tags=["analyst"]
# **Reads:** the normalised tables; `codebooks/` (units, the quantity taxonomy and its cue tables, actors; a
# corpus's own codebook adds quantities and cues, and its `facts.csv` renames, merges, splits or drops facts).
# **Writes:** `numbers`, `facts`, `fact_summary`, `fact_outlets` (fact × outlet) and `attributions` (who says each
# sentence, read again by 04) tables; figures.

# %% tags=["parameters"]
corpus_dir = ""  # empty: the corpus data/default_corpus.txt names; else a folder of articles (relative to the project root)
processed_dir = ""  # empty: data/processed/<corpus>/
figures_dir = ""  # empty: reports/<corpus>/figures/
interactive_tables = True  # sortable, filterable tables in JupyterLab; the HTML reports (no script) set False

# %%
from functools import partial

from IPython.display import Markdown, display

from helpers import charts
from helpers.attribution import add_claimants
from helpers.corpus import open_corpus, save_tables
from helpers.facts import base_label, load_number_codebooks, numbers_tables
from helpers.figures import save_figure
from helpers.narrative import clipped, listed, md
from helpers.outlets import TOP_OUTLETS, fold_sources, outlet_view, rest_label, top_sources
from helpers.pooled import outlet_fact_grid, outlet_fact_summary, outlet_facts
from helpers.steps import attributions_table

corpus_path, out_dir, fig_dir, tables = open_corpus(corpus_dir, processed_dir, figures_dir)
articles, sentences = outlet_view(tables["articles"]), tables["sentences"]  # `source` is each article's outlet
shown, rest = top_sources(articles, by_time=True), rest_label(articles)  # charts: the largest outlets, the rest pooled
large = len(articles) > TOP_OUTLETS  # then the matrix and the evidence show the largest outlets and the leading facts

# %%
from helpers.reader import linked_csv_tables, parameters_markdown, use_reader_tables
from helpers.summary import apart_sentence, difference_counts_sentence, stated_figures

table_mode = use_reader_tables(interactive_tables)  # itables in JupyterLab, static reader tables in reports
display(Markdown(parameters_markdown(corpus_path, out_dir, fig_dir)))

# %% [markdown]
# ## Extract, classify and align

# %%
claimants = partial(add_claimants, attributions=attributions_table(sentences, out_dir))  # who states each figure (saved for 04)
result = numbers_tables(sentences, articles, load_number_codebooks(corpus_path), claimants=claimants)
result = save_tables(result, out_dir)  # validated, typed tables
numbers = result["numbers"].merge(articles[["article_id", "source"]], on="article_id")
facts = save_tables({"fact_outlets": outlet_facts(result["facts"])}, out_dir)["fact_outlets"]  # fact × outlet reporting it
summary = outlet_fact_summary(result["fact_summary"], facts, articles["source"].nunique())  # counted in outlets
disputed = summary[summary["headline_ok"]]
display(Markdown(
    f"{len(numbers)} numeric mentions in {numbers['article_id'].nunique()} of {len(articles)} articles from "
    f"{articles['source'].nunique()} sources, grouped into {len(summary)} facts; {len(disputed)} facts fit to headline "
    f"(comparable, of news value, reported by two or more sources). "
    + (f"Charts show the {len(shown)} sources with the most articles and pool the rest as “{md(rest)}”. " if rest else "")
    + "By text role: " + ", ".join(f"{n} in the {role}" for role, n in numbers["role"].value_counts().items()) + "."
    + (" With a single article there is nothing to compare: add a second source." if len(articles) < 2 else "")
))

# %% [markdown]
# ## Who reports what: fact × source
# Each cell holds the source's own words for the figure (several mentions separated by `|`); `—` means the
# source is silent on that fact, and `— (38 under “… (according to X)”)` that it gives the figure only as another
# claimant's, filed as its own fact. Facts reported by at least two sources, ranked by news value: figures about
# people affected first, then the event's central quantities; bare counts never lead. Each figure links to its
# sentence in the evidence table at the end of this page.

# %%
from helpers.evidence import MAX_MATRIX_ROWS, evidence_table, interval_points, linked_fact_matrix
from helpers.claimant_view import (claimant_finding, fact_families, n_claimant_facts, under_other_claimants,
                                   under_other_claimants_text)

columns = shown if large else sorted(articles["source"].unique())  # above 25 articles: the largest outlets
matrix = outlet_fact_grid(facts, summary, columns, max_rows=MAX_MATRIX_ROWS if large else None)
linked_fact_matrix(matrix, summary, sources=columns if large else None, max_rows=MAX_MATRIX_ROWS if large else None,
                   by_outlet=facts)

# %% [markdown] tags=["analyst"]
# Facts per source: a fixed summary the notebook tests compare (analyst view only).

# %% tags=["analyst"]
# NBVAL_CHECK_OUTPUT
print(summary[["rank", "fact_id", "n_reporting", "n_silent", "intervals_overlap", "scope_conflict", "difference"]]
      .head(8).to_string(index=False))

# %% [markdown]
# ## Where the sources disagree
# Each panel is one fact; each line a source's interval (a point for an exact figure, an arrow for an
# open-ended one such as "at least 30 days"); the marker shows the hedge. Sources run in order of publication
# (earliest at the top; sources without a publication time last), so a figure revised through the day reads
# as a sequence.

# %%
charted = fold_sources(numbers, shown, rest)  # the sources beyond the largest pooled in one row
rows = shown + ([rest] if rest else [])
fig = charts.interval_chart(charted, disputed, rows)
display(save_figure(fig, "02-fact-intervals", fig_dir))
points = interval_points(charted, disputed, rows, per_pair=3 if large else None)
points if len(points) else None

# %% [markdown]
# ## Ranked disagreements, with the sentences they come from

# %%
top = disputed[disputed["disagreement"] > 0].head(5)
for fact in top.itertuples(index=False):
    reasons = [text for flag, text in [
        (not fact.intervals_overlap, "the reported intervals do not overlap"),
        (fact.scope_conflict, "sources state different scopes (each side, one side, total) or only some state one"),
        (fact.hedge_mix, "some sources give an exact figure, others a hedged one"),
        (fact.spread > 1, f"the stated values span a factor of {fact.spread:.2g}"),
        (fact.difference == "revision", "the figure was revised over time (latest first: " + clipped(fact.timeline, 400) + ")"),
        (fact.difference == "claimants", "different claimants give different figures"),
        (fact.difference == "outlets", "outlets differ on the same claim, not a revision over time"),
    ] if flag]
    display(Markdown(f"**{md(fact.fact_label)}** ({fact.n_reporting} sources, {fact.n_silent} silent): " + "; ".join(md(r) for r in reasons) + "."))
    display(numbers.loc[numbers["fact_id"] == fact.fact_id,
                        ["source", "published", "as_of", "text", "value_text", "hedge", "scope", "sentence"]]
            .sort_values(["published", "source"], ascending=[False, True]).reset_index(drop=True))
if top.empty:
    display(Markdown("No fact reported by two or more sources shows a disagreement."))

# %%
if len(top):
    first = top.iloc[0]
    said = set(facts.loc[base_label(facts["fact_label"]) == base_label(top["fact_label"]).iloc[0], "source"])  # any claimant
    quiet = [s for s in articles["source"].drop_duplicates() if s not in said]
    display(Markdown(
        f"The leading disputed figure (by news value) is **{md(first['fact_label'])}**: {int(first['n_reporting'])} sources report it"
        + (f", {listed(quiet)} {'is' if len(quiet) == 1 else 'are'} silent" if quiet else "")
        + f"; {stated_figures(numbers[numbers['fact_id'] == first['fact_id']])}. " + apart_sentence(disputed[disputed["disagreement"] > 0])
        + " " + difference_counts_sentence(disputed, n_claimant_facts(fact_families(numbers, articles)))
        + (f" Given only under another claimant: {under_other_claimants_text(other)}." if len(other := under_other_claimants(
            numbers, articles, first['fact_id'], first['fact_label'])) else "")
    ))

# %% [markdown]
# ## Where claimants differ
# The same fact credited to different claimants (a fire service, a hospital, a mayor) is split in the matrix, so an
# outlet-vs-outlet difference is never mixed with a difference between claimants. Here those splits stand side by
# side: each source's latest figure for the fact, with who gives it, latest publication first.

# %%
families = fact_families(numbers, articles)
display(Markdown(claimant_finding(families) or "No fact is credited to different claimants by two or more sources."))
families.drop(columns=["low", "high", "news_value"]).head(60)

# %% [markdown]
# ## The evidence behind the matrix and the chart
# Every mention of a fact in the matrix: who states it (the outlet itself unless a claimant is named), the figure
# as written, the part of the article it stands in, and the whole sentence.

# %%
evidence_table(charted, summary, sentences, per_pair=3 if large else None, max_rows=MAX_MATRIX_ROWS if large else None)

# %% [markdown]
# ## Every mention, traceable to its sentence

# %%
display(Markdown(linked_csv_tables({"numbers": numbers, "fact_outlets": facts, "claimant_figures": families}, out_dir,
                                    "Every mention, every fact × source, and the facts credited to different claimants")))
numbers[["source", "block_no", "sentence_no", "text", "value_text", "kind", "quantity", "scope", "time_ref", "as_of",
         "place", "fact_id"]]
