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
# # 03 · Sentiment: how each source's tone differs
#
# Scores every body sentence with two independent offline lexicon methods (VADER and TextBlob's Pattern
# lexicon), then compares sources: overall, through the article, in the outlet's own narration vs inside
# quotation marks, and toward each side named in the actor codebook. Every per-source figure carries a 95%
# bootstrap interval over sentences, and the narrative says when a difference is within noise.

# %% [markdown] tags=["analyst"]
# **Reads:** the normalised tables; `codebooks/` actors and evaluative-word overrides.
# **Writes:** `tone_sentences`, `tone_voices`, `tone_actors`, `tone_summary`, `tone_contrasts`, `evaluative`,
# `method_agreement` tables; figures.

# %% tags=["parameters"]
corpus_dir = "data/raw/istanbul-2025-06-02"  # a folder of articles; relative paths are from the project root
processed_dir = ""  # empty: data/processed/<corpus>/
figures_dir = ""  # empty: reports/<corpus>/figures/
interactive_tables = True  # sortable, filterable tables in JupyterLab; the HTML reports (no script) set False

# %%
from IPython.display import Markdown, display

from helpers import charts
from helpers.corpus import open_corpus, save_tables
from helpers.figures import save_figure
from helpers.narrative import interval, md
from helpers.sentiment import evaluative_rates, load_sentiment_codebooks, sentiment_tables

corpus_path, out_dir, fig_dir, tables = open_corpus(corpus_dir, processed_dir, figures_dir)
articles, sentences = tables["articles"], tables["sentences"]

# %%
from helpers.reader import parameters_markdown, use_reader_tables

table_mode = use_reader_tables(interactive_tables)  # itables in JupyterLab, static reader tables in reports
display(Markdown(parameters_markdown(corpus_path, out_dir, fig_dir)))

# %% [markdown]
# ## Score every body sentence with both methods

# %%
codebooks = load_sentiment_codebooks(corpus_path)
result = sentiment_tables(sentences, articles, codebooks["actors"], codebooks["lexicon"])
result = save_tables(result, out_dir)  # validated, typed tables
tone, summary, contrasts = result["tone_sentences"], result["tone_summary"], result["tone_contrasts"]
agreement = result["method_agreement"]
overall = agreement.iloc[0]
strength = ("weakly" if overall["pearson"] < 0.3 else "moderately" if overall["pearson"] < 0.6 else "strongly")
display(Markdown(
    f"{len(tone)} body sentences scored. "
    + (f"The two methods agree {strength} on the same sentences: Pearson r = {overall['pearson']:.2f}, same label for "
       f"{overall['label_agreement']:.0%} of sentences (Cohen's κ = {overall['kappa']:.2f}). "
       if overall["pearson"] == overall["pearson"] else "Too few sentences to measure how far the two methods agree. ")
    + "Read every figure below as a comparison between sources, not as an absolute measure of tone."
))
agreement.round(3)

# %% [markdown]
# ## Tone per source

# %%
fig = charts.tone_distribution_chart(tone, summary)
display(save_figure(fig, "03-tone-by-source", fig_dir))

# %%
table = summary[summary["measure"] == "all sentences"].merge(contrasts, on="source", suffixes=("", "_vs_others"))
clear = table[table["clear"]]
lowest = table.sort_values("mean").iloc[0]
lines = [f"The most negative source on average is **{md(lowest['source'])}** (mean tone {lowest['mean']:+.2f}, "
         f"{interval(lowest['ci_low'], lowest['ci_high'])}, {int(lowest['n'])} sentences)."]
if clear.empty:
    lines.append("No source differs from the others by more than the noise in these estimates: every difference's "
                 "95% interval includes zero.")
else:
    for row in clear.itertuples(index=False):
        lines.append(f"**{md(row.source)}** is clearly {'more positive' if row.difference > 0 else 'more negative'} than the "
                     f"others (difference {row.difference:+.2f}, {interval(row.ci_low_vs_others, row.ci_high_vs_others)}).")
    lines.append(f"The differences of {md(', '.join(table.loc[~table['clear'], 'source']))} from the rest are within noise.")
display(Markdown(" ".join(lines)))
table.round(3)

# %% [markdown] tags=["analyst"]
# Sentence labels per source: a fixed summary the notebook tests compare (analyst view only).

# %% tags=["analyst"]
# NBVAL_CHECK_OUTPUT
print(tone.pivot_table(index="source", columns="label", values="text", aggfunc="count", fill_value=0).to_string())

# %% [markdown]
# ## Tone through the article

# %%
fig = charts.trajectory_chart(tone)
display(save_figure(fig, "03-tone-trajectory", fig_dir))
halves = tone.assign(half=(tone["position"] > 0.5).map({False: "first half", True: "second half"}))
by_half = halves.pivot_table(index="source", columns="half", values="tone", aggfunc="mean")
if {"first half", "second half"} <= set(by_half.columns):
    darker = by_half[by_half["second half"] < by_half["first half"]].index.tolist()
    display(Markdown(f"{len(darker)} of {len(by_half)} sources end darker than they begin (lower mean tone in the second "
                     f"half of their sentences): {md(', '.join(darker) or 'none')}. Articles are short; treat single articles' "
                     "curves as descriptions, not trends."))

# %% [markdown]
# ## Own voice vs quotations

# %%
fig = charts.voice_chart(summary)
display(save_figure(fig, "03-narration-vs-quotes", fig_dir))
voices = summary[summary["measure"].isin(["narration", "quote"])].pivot(index="source", columns="measure", values="mean")
if "quote" in voices.columns:
    both = voices.dropna()
    gloomier_quotes = both[both["quote"] < both["narration"]].index.tolist()
    display(Markdown(f"In {len(gloomier_quotes)} of {len(both)} sources with quotations, the quoted words are more negative "
                     f"than the outlet's own narration ({md(', '.join(gloomier_quotes) or 'none')}); quotations are few, so their "
                     "intervals are wide (see the chart)."))

# %% [markdown]
# ## Toward each side
# The tone of the sentences that name an actor of each side (actor codebook: aliases, spelling variants, titles).

# %%
fig = charts.side_heatmap(summary)
display(save_figure(fig, "03-tone-toward-sides", fig_dir))
sides = summary[summary["measure"].str.startswith("toward ") & (summary["n"] >= 3)]
if len(sides):
    harsh = sides.sort_values("mean").iloc[0]
    noise = harsh["ci_low"] <= 0 <= harsh["ci_high"]
    display(Markdown(f"The harshest source–side pair is **{md(harsh['source'])} {md(harsh['measure'])}** (mean {harsh['mean']:+.2f} over "
                     f"{int(harsh['n'])} sentences){', but its interval includes zero' if noise else ''}. A sentence naming "
                     "both sides counts for both: this measures the company a side keeps, not who is blamed."))

# %% [markdown]
# ## Evaluative words in the outlet's own voice
# Adjectives and adverbs of judgement (Pattern lexicon subjectivity ≥ 0.5, or VADER |valence| ≥ 0.8 with an
# adjective/adverb ending; `codebooks/default/evaluative.csv` adds or removes words), counted in narration only.

# %%
rates = evaluative_rates(result["evaluative"], result["tone_voices"])
fig = charts.evaluative_chart(rates)
display(save_figure(fig, "03-evaluative-words", fig_dir))
top = rates.sort_values("per_1000_words").iloc[-1] if len(rates) else None
if top is not None and top["evaluative_words"] > 0:
    display(Markdown(f"**{md(top['source'])}** uses the most evaluative language of its own: {top['per_1000_words']:.0f} "
                     f"words per 1,000 words of narration (most used: {md(top['most_used'])})."))
else:
    display(Markdown("No source uses an evaluative word of the lexicon in its own narration."))
rates

# %% [markdown]
# ## Limits of lexicon sentiment on news
# Lexicons score words, not events: "killed", "ceasefire" or "rejected" carry little or no lexicon weight, while
# words such as "agreement" or "peace" read as positive wherever they stand, including in "no peace agreement".
# Negation, irony and reported criticism in long news sentences are often missed. Checked against 60 sentences
# coded by hand (the project's validation key), the better method, VADER, agrees with the hand coding only modestly, and below
# always answering "negative". Use these figures to compare sources with each other, with their intervals, and
# read the sentences behind any striking number (table below).

# %%
tone.sort_values("tone")[["source", "tone", "vader", "textblob", "in_quote", "text"]].head(10)
