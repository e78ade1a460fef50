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
# # 01 · Normalise the corpus
#
# Reads every article of one corpus folder (plain text, saved HTML, news-please JSON), separates the
# article text from web clutter (comment widgets, counters, captions, credits, disclaimers, repeated
# headlines) and writes the tidy tables `articles`, `blocks` and `sentences` to `data/processed/<corpus>/`.
# Every removed line is kept with its role and the reason it was removed, so the cleaning can be audited.

# %% [markdown] tags=["analyst"]
# **Reads:** `data/raw/<corpus>/` · **Writes:** `data/processed/<corpus>/{articles,blocks,sentences,problems,readability}.parquet`, figures.

# %% tags=["parameters"]
corpus_dir = ""  # empty: the corpus data/default_corpus.txt names; else a folder of articles (relative to the project root)
processed_dir = ""  # empty: data/processed/<corpus>/
figures_dir = ""  # empty: reports/<corpus>/figures/
interactive_tables = True  # sortable, filterable tables in JupyterLab; the HTML reports (no script) set False
scheduler = ""  # empty: local processes; "tcp://host:8786": normalise the files on that Dask cluster

# %%
from IPython.display import Markdown, display

from helpers import charts
from helpers.composition import removed_lines, role_composition
from helpers.corpus import open_corpus, save_tables
from helpers.figures import save_figure
from helpers.narrative import md
from helpers.readability import readability

corpus_path, out_dir, fig_dir, tables = open_corpus(corpus_dir, processed_dir, figures_dir, methods=False,
                                                     scheduler=scheduler)

# %%
from helpers.reader import parameters_markdown, use_reader_tables

table_mode = use_reader_tables(interactive_tables)  # itables in JupyterLab, static reader tables in reports
display(Markdown(parameters_markdown(corpus_path, out_dir, fig_dir)))

# %% [markdown]
# ## The tables (rebuilt when a raw file changes)

# %%
articles, blocks, sentences, problems = (tables[k] for k in ("articles", "blocks", "sentences", "problems"))

# %% [markdown]
# ## The corpus at a glance

# %%
articles[["source", "file", "format", "encoding", "language", "outlet", "credit", "credit_inferred", "published", "headline", "n_blocks", "n_sentences", "n_words"]]

# %%
removed = removed_lines(blocks, articles)
n_body = int((blocks["role"] == "body").sum())
by_role = removed["role"].value_counts()
role_text = ", ".join(f"{n} {role}" for role, n in by_role.items()) or "none"
display(Markdown(
    f"**{len(articles)} article(s)** from {md(corpus_path.name)}: {n_body} body paragraphs, "
    f"{int(articles['n_sentences'].sum())} body sentences and {int(articles['n_words'].sum()):,} body words. "
    f"{len(removed)} line(s) are not body text ({role_text}); each is listed below with its reason. "
    + (f"**{len(problems)} problem(s)**: files, records or manifest rows left out, articles the methods cannot read, "
       f"and notes on how a file was read, such as a publication time without a zone read as UTC "
       f"(see the table below)." if len(problems) else "Nothing was left out.")
    + (" This corpus has a single article: the comparison notebooks need at least two." if len(articles) < 2 else "")
))

# %% [markdown]
# What was left out, and why: files (links outside the corpus, special files, too large, unreadable, empty,
# duplicate text, not an article), single records of JSON / JSON Lines files, manifest rows, and articles in a
# language the methods do not read (kept here, left out of notebooks 02–05); and notes on articles that are kept: a
# file's own publication time that names no zone (a news-please `date_publish`, a date line) is read as UTC, so give
# the time with its zone in `manifest.csv` when it is local time:

# %%
problems

# %% [markdown]
# ## What each article is made of

# %%
composition = role_composition(blocks, articles)
fig = charts.composition_chart(composition)
display(save_figure(fig, "01-composition", fig_dir))

# %% [markdown] tags=["analyst"]
# Block roles per article: a fixed summary the notebook tests compare (analyst view only).

# %% tags=["analyst"]
# NBVAL_CHECK_OUTPUT
print(composition.pivot_table(index="source", columns="role", values="n_blocks", aggfunc="sum").to_string())

# %% [markdown]
# ## Audit: every line that is not body text

# %%
removed

# %% [markdown]
# ## Readability of the body text
# Flesch reading ease (0–100, higher is easier), Flesch–Kincaid grade (US school years), mean sentence length.

# %%
scores = readability(articles, sentences)
save_tables({"readability": scores}, out_dir)
scores

# %%
fig = charts.readability_chart(scores)
display(save_figure(fig, "01-readability", fig_dir))
ranked = scores.dropna(subset=["flesch_reading_ease"]).sort_values("flesch_reading_ease")
if len(ranked) >= 2:
    hard, easy = ranked.iloc[0], ranked.iloc[-1]
    display(Markdown(
        f"The hardest body text to read is **{md(hard['source'])}** (reading ease {hard['flesch_reading_ease']:.0f}, "
        f"grade {hard['flesch_kincaid_grade']:.1f}, {hard['mean_sentence_words']:.1f} words a sentence); the easiest is "
        f"**{md(easy['source'])}** (reading ease {easy['flesch_reading_ease']:.0f}, grade {easy['flesch_kincaid_grade']:.1f})."
    ))
