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
# The key findings of notebooks 02 (numbers), 03 (sentiment) and 04 (framing), read from the tables they saved
# (a step whose tables are missing or older than the normalised tables is run again here, so this page also
# stands alone), with one row per source. Sources are outlets: the articles of one outlet are compared as one source,
# named with its number of articles; charts of many outlets show those with the most articles and pool the rest.

# %% [markdown] tags=["analyst"]
# **Reads:** the normalised tables and the tables of 02–04 (the codebooks for a step run again). **Writes:**
# `findings`, `source_profile` tables; figures.

# %% tags=["parameters"]
corpus_dir = ""  # empty: the corpus data/default_corpus.txt names; else a folder of articles (relative to the project root)
processed_dir = ""  # empty: data/processed/<corpus>/
figures_dir = ""  # empty: reports/<corpus>/figures/
interactive_tables = True  # sortable, filterable tables in JupyterLab; the HTML reports (no script) set False

# %%
from IPython.display import Markdown, display

from helpers import charts
from helpers.corpus import open_corpus, save_tables
from helpers.figures import counted_caption, save_figure
from helpers.framing import load_framing_codebooks
from helpers.narrative import md
from helpers.codebook_draft import codebook_fit_warnings
from helpers.outlets import (fold_sources, outlet_frames, outlet_table, outlet_tone, outlet_tone_chart, outlet_view,
                             outlets_sentence, rest_label, top_sources, with_article_intervals)
from helpers.pooled import outlet_results, pool_frames, pool_summary
from helpers.summary import findings_table, load_results, source_profile

corpus_path, out_dir, fig_dir, tables = open_corpus(corpus_dir, processed_dir, figures_dir)
articles = outlet_view(tables["articles"])  # `source` is each article's outlet
tables = {**tables, "articles": articles}
results = outlet_results(load_results(tables, corpus_path, out_dir), articles)  # saved step tables (run when missing), per outlet
results["sentiment"]["tone_summary"] = with_article_intervals(results["sentiment"]["tone_summary"],
                                                              results["sentiment"]["tone_sentences"])
shown, rest = top_sources(articles), rest_label(articles)  # charts: the largest outlets, the rest pooled

# %%
from helpers.reader import parameters_markdown, use_reader_tables

table_mode = use_reader_tables(interactive_tables)  # itables in JupyterLab, static reader tables in reports
display(Markdown(parameters_markdown(corpus_path, out_dir, fig_dir)))

# %% [markdown]
# ## Findings
# Computed from the tables of notebooks 02–04; the run's index page leads with the same sentences.

# %%
framing_books = load_framing_codebooks(corpus_path)
frame_labels = dict(zip(*framing_books["frames"][["frame", "label"]].T.values))
findings = save_tables({"findings": findings_table(results, articles, tables["problems"], frame_labels)},
                       out_dir)["findings"]
display(Markdown(f"**{md(corpus_path.name)}**: {len(articles)} articles"
                 + ("" if len(articles) >= 2 else " (a single article: there is nothing to compare)")))
for finding in findings["finding"]:
    display(Markdown(finding))
for warning in codebook_fit_warnings(tables["sentences"], results["framing"]["frame_sentences"],
                                     results["framing"]["quotations"], results["numbers"]["fact_summary"],
                                     actors=framing_books["actors"], corpus_dir=corpus_path):
    display(Markdown(f"**Warning:** {md(warning)}"))

# %% [markdown]
# ## Each source at a glance

# %%
profile = save_tables({"source_profile": source_profile(results, articles)}, out_dir)["source_profile"]
profile.round(2)

# %% [markdown] tags=["analyst"]
# Which sources report the shared facts: a fixed summary the notebook tests compare (analyst view only).

# %% tags=["analyst"]
# NBVAL_CHECK_OUTPUT
print(profile[["source", "shared_facts_reported", "shared_facts_silent", "leading_frame"]].to_string(index=False))

# %% [markdown]
# ## The leading disputed figures (by news value; sources in order of publication)

# %%
numbers = results["numbers"]["numbers"].merge(articles[["article_id", "source"]], on="article_id")
by_time = top_sources(articles, by_time=True) + ([rest] if rest else [])
fig = charts.interval_chart(fold_sources(numbers, shown, rest), results["numbers"]["fact_summary"], by_time, top=3)
display(save_figure(fig, "05-summary-disputed-figures", fig_dir,
                   caption=counted_caption(len(charts.charted_facts(results["numbers"]["fact_summary"], len(by_time), 3)),
                                           "leading disputed figure", "each source's value or interval, as it wrote it, "
                                           "sources in order of publication")))

# %% [markdown]
# ## Tone and frames

# %%
by_outlet = outlet_tone(results["sentiment"]["tone_sentences"], articles)
frames_by_outlet = outlet_frames(results["framing"]["frame_profile"], articles)
sentiment = results["sentiment"]
fig = charts.tone_distribution_chart(fold_sources(sentiment["tone_sentences"], shown, rest),
                                     pool_summary(sentiment["tone_summary"], shown, rest))
display(save_figure(fig, "05-summary-tone", fig_dir,
                   caption="Tone of each source's sentences: distribution and mean with its 95% interval"
                   + (f" (the {len(shown)} sources with the most articles; the rest pooled)" if rest else "")))
fig = charts.frame_heatmap(pool_frames(results["framing"]["frame_profile"], tables["sentences"], shown, rest))
display(save_figure(fig, "05-summary-frames", fig_dir,
                   caption="Share of each source's sentences carrying each frame"
                   + (f" (the {len(shown)} sources with the most articles; the rest pooled)" if rest else "")))

# %% [markdown]
# ## Outlets
# Articles grouped by the outlet that published them (the manifest's `outlet`, else the site's domain, else the
# file): each outlet's tone pools the sentences of all its articles, with the number of articles behind it. A
# chart of many outlets shows those with the most articles and pools the rest in one row.

# %%
outlets = outlet_table(articles)
save_tables({"outlets": outlets, "outlet_tone": by_outlet, "outlet_frames": frames_by_outlet}, out_dir)
display(Markdown(outlets_sentence(len(articles), outlets)))
if len(by_outlet) and not rest:  # with many outlets the tone chart above is already the top ones and the rest
    fig = outlet_tone_chart(by_outlet)
    display(save_figure(fig, "05-summary-outlet-tone", fig_dir,
                       caption="Mean tone per outlet, pooled over its articles' sentences, with its 95% interval"))
outlets.head(25)
