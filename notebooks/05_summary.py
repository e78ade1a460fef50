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
# # 05 · Summary: how the sources differ, on one page
#
# The key findings of notebooks 02 (numbers), 03 (sentiment) and 04 (framing), computed again from the
# normalised tables so this page stands alone, with one row per source.
#
# **Reads:** the normalised tables and the codebooks. **Writes:** `source_profile` table; figures.

# %% tags=["parameters"]
corpus_dir = "data/raw/istanbul-2025-06-02"  # a folder of articles; relative paths are from the project root
processed_dir = ""  # empty: data/processed/<corpus>/
figures_dir = ""  # empty: reports/<corpus>/figures/

# %%
from IPython.display import Markdown, display

from helpers import charts
from helpers.corpus import open_corpus, save_tables
from helpers.facts import sources_by_time
from helpers.figures import save_figure
from helpers.narrative import md
from helpers.summary import analyse, key_findings, source_profile

corpus_path, out_dir, fig_dir, tables = open_corpus(corpus_dir, processed_dir, figures_dir)
articles = tables["articles"]
results = analyse(tables, corpus_path)

# %%
display(Markdown(f"## {md(corpus_path.name)}: {len(articles)} articles"
                 + ("" if len(articles) >= 2 else " (a single article: there is nothing to compare)")))
for finding in key_findings(results, articles):
    display(Markdown(finding))

# %% [markdown]
# ## Each source at a glance

# %%
profile = save_tables({"source_profile": source_profile(results, articles)}, out_dir)["source_profile"]
profile.round(2)

# %% [markdown]
# Which sources report the shared facts (checked by nbval on the default corpus):

# %%
# NBVAL_CHECK_OUTPUT
print(profile[["source", "shared_facts_reported", "shared_facts_silent", "leading_frame"]].to_string(index=False))

# %% [markdown]
# ## The three leading disputed figures (by news value; sources in order of publication)

# %%
numbers = results["numbers"]["numbers"].merge(articles[["article_id", "source"]], on="article_id")
fig = charts.interval_chart(numbers, results["numbers"]["fact_summary"], sources_by_time(articles), top=3)
display(save_figure(fig, "05-summary-disputed-figures", fig_dir))

# %% [markdown]
# ## Tone and frames

# %%
fig = charts.tone_distribution_chart(results["sentiment"]["tone_sentences"], results["sentiment"]["tone_summary"])
display(save_figure(fig, "05-summary-tone", fig_dir))
fig = charts.frame_heatmap(results["framing"]["frame_profile"])
display(save_figure(fig, "05-summary-frames", fig_dir))
