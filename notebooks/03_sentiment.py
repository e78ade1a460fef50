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
# Scores every body sentence with a learned offline model (a MiniLM sentence encoder shipped in a wheel, its top
# layers fine-tuned on NewsMTSC, tone toward a named target in news) and, as a second opinion, two lexicon methods
# (VADER and TextBlob's Pattern lexicon). It compares sources: overall, through the article, in the outlet's own
# narration vs the speech it reports (credited to someone, not quoted) vs inside quotation marks, and toward each actor and side named in the actor codebook (the model scores
# the tone toward the actor's mention, not the whole sentence). Every per-source figure carries a 95% bootstrap
# interval over sentences (over articles for an outlet of several: a cluster bootstrap), every chart names its method,
# and the narrative says when a difference is within noise. Sources are outlets: the articles of one outlet are
# compared as one source, named with its number of articles; charts of many outlets show those with the most
# articles and pool the rest in one row; the per-article tables are in the tables folder (linked at the end).

# %% [markdown] tags=["analyst"]
# **Reads:** the normalised tables; `codebooks/` actors and evaluative-word overrides.
# **Writes:** `tone_sentences`, `tone_voices`, `tone_actors`, `tone_summary`, `tone_contrasts`, `evaluative`,
# `method_agreement` tables; figures.

# %% tags=["parameters"]
corpus_dir = ""  # empty: the corpus data/default_corpus.txt names; else a folder of articles (relative to the project root)
processed_dir = ""  # empty: data/processed/<corpus>/
figures_dir = ""  # empty: reports/<corpus>/figures/
interactive_tables = True  # sortable, filterable tables in JupyterLab; the HTML reports (no script) set False

# %%
from IPython.display import Markdown, display

from helpers import charts
from helpers.corpus import open_corpus, save_tables
from helpers.figures import save_figure
from helpers.narrative import interval, listed, md
from helpers.outlets import (article_tone, fold_sources, outlet_view, rest_label, top_sources, with_article_intervals,
                             with_sizes)
from helpers.pooled import binned_positions, pool_rates, pool_summary
from helpers.sentiment import (DEFAULT_METHOD, METHODS, evaluative_rates, load_sentiment_codebooks, sentiment_tables,
                               side_mentions)
from helpers.summary import quotes_vs_narration_sentence, within_noise_sentence

corpus_path, out_dir, fig_dir, tables = open_corpus(corpus_dir, processed_dir, figures_dir)
articles, sentences = outlet_view(tables["articles"]), tables["sentences"]  # `source` is each article's outlet
shown, rest = top_sources(articles), rest_label(articles)  # charts: the largest outlets, the rest pooled

# %%
from helpers.reader import linked_csv_tables, parameters_markdown, use_reader_tables

table_mode = use_reader_tables(interactive_tables)  # itables in JupyterLab, static reader tables in reports
display(Markdown(parameters_markdown(corpus_path, out_dir, fig_dir)))

# %% [markdown]
# ## Score every body sentence with every method
# Only articles in English are scored (the model and both lexicons are English only); an article in another
# language is left out with the note above (`open_corpus`), never scored as neutral.

# %%
codebooks = load_sentiment_codebooks(corpus_path)
result = sentiment_tables(sentences, articles, codebooks["actors"], codebooks["lexicon"], codebooks["collocations"])
result["tone_summary"] = with_article_intervals(result["tone_summary"], result["tone_sentences"])  # outlets: over articles
result = save_tables(result, out_dir)  # validated, typed tables
tone, summary, contrasts = result["tone_sentences"], result["tone_summary"], result["tone_contrasts"]
method_name = METHODS[DEFAULT_METHOD][1]
agreement = result["method_agreement"]
overall = agreement[agreement["scope"] == "all sources"].set_index("pair")
display(Markdown(
    f"{len(tone)} body sentences scored. Default method: the **{method_name}**; lexicons are a second opinion. "
    + " ".join(f"{md(pair)}: Pearson r = {row.pearson:.2f}, same label for {row.label_agreement:.0%} of sentences "
               f"(Cohen's κ = {row.kappa:.2f})." for pair, row in overall.iterrows() if row.pearson == row.pearson)
    + " Read every figure below as a comparison between sources, not as an absolute measure of tone."
))
agreement.round(3)

# %% [markdown]
# ## Tone per source

# %%
fig = charts.tone_distribution_chart(fold_sources(tone, shown, rest), pool_summary(summary, shown, rest), method=DEFAULT_METHOD)
display(save_figure(fig, "03-tone-by-source", fig_dir))

# %% [markdown]
# Second opinion: the same sentences by the lexicons (mean of VADER and TextBlob).

# %%
fig = charts.tone_distribution_chart(fold_sources(tone, shown, rest), pool_summary(summary, shown, rest), method="lexicon")
display(save_figure(fig, "03-tone-by-source-lexicon", fig_dir))

# %%
table = (summary[(summary["measure"] == "all sentences") & (summary["method"] == DEFAULT_METHOD)]
         .merge(contrasts[contrasts["method"] == DEFAULT_METHOD], on=["source", "method"], suffixes=("", "_vs_others")))
clear = table[table["clear"]]
lowest = table.sort_values("mean").iloc[0]
lines = [f"By the {method_name}, the most negative source on average is **{md(lowest['source'])}** (mean tone {lowest['mean']:+.2f}, "
         f"{interval(lowest['ci_low'], lowest['ci_high'])}, {int(lowest['n'])} sentences)."]
if clear.empty:  # from the same intervals as the table below: a difference whose interval excludes zero is named
    lines.append(within_noise_sentence(contrasts[contrasts["method"] == DEFAULT_METHOD]))
else:
    for row in clear.reindex(clear["difference"].abs().sort_values(ascending=False).index).head(8).itertuples(index=False):
        lines.append(f"**{md(row.source)}** is clearly {'more positive' if row.difference > 0 else 'more negative'} than the "
                     f"others (difference {row.difference:+.2f}, {interval(row.ci_low_vs_others, row.ci_high_vs_others)}).")
    if len(clear) > 8:
        lines.append(f"{len(clear) - 8} more sources differ clearly (table below).")
    lines.append(f"The differences of {listed(table.loc[~table['clear'], 'source'])} from the rest are within noise "
                 "(a difference counts only when its interval excludes zero and the intervals do not overlap).")
display(Markdown(" ".join(lines)))
with_sizes(table, articles).round(3)

# %% [markdown] tags=["analyst"]
# Sentence labels per source: a fixed summary the notebook tests compare (analyst view only).

# %% tags=["analyst"]
# NBVAL_CHECK_OUTPUT
print(tone.pivot_table(index="source", columns="label_model", values="text", aggfunc="count", fill_value=0).to_string())

# %% [markdown]
# ## Tone through the article

# %%
few, few_rest = top_sources(articles, 8), rest_label(articles, 8)  # a line each: at most 8 outlets and the rest
pooled_lines = few_rest or articles["n_articles"].max() > 1  # several articles a line: mean tone per tenth of the text
lines = fold_sources(tone, few, few_rest)
fig = charts.trajectory_chart(binned_positions(lines) if pooled_lines else lines, window=1 if pooled_lines else 5)
display(save_figure(fig, "03-tone-trajectory", fig_dir))
halves = tone.assign(half=(tone["position"] > 0.5).map({False: "first half", True: "second half"}))
by_half = halves.pivot_table(index="source", columns="half", values=METHODS[DEFAULT_METHOD][0], aggfunc="mean")
if {"first half", "second half"} <= set(by_half.columns):
    darker = by_half[by_half["second half"] < by_half["first half"]].index.tolist()
    display(Markdown(f"{len(darker)} of {len(by_half)} sources end darker than they begin (lower mean tone in the second "
                     f"half of their sentences): {listed(darker)}. Articles are short; treat single articles' "
                     "curves as descriptions, not trends."))

# %% [markdown]
# ## Own voice vs reported speech vs quotations
# Words outside quotation marks are the outlet's own narration unless a cue credits them to someone else ("the union
# said the raid was unlawful", "according to the ministry": reported speech, `sentiment.REPORTED_SPEECH_CUES`).

# %%
fig = charts.voice_chart(pool_summary(summary, shown, rest))
display(save_figure(fig, "03-narration-vs-quotes", fig_dir))
voices = (summary[summary["measure"].isin(["narration", "quote"]) & (summary["method"] == DEFAULT_METHOD)]
          .pivot(index="source", columns="measure", values="mean"))
if "quote" in voices.columns:
    both = voices.dropna()
    gloomier_quotes = both[both["quote"] < both["narration"]].index.tolist()
    display(Markdown(quotes_vs_narration_sentence(gloomier_quotes, len(both))))

# %% [markdown]
# ## Toward each side
# The learned model's tone toward each mention of an actor of each side (actor codebook: aliases, spelling
# variants, titles); a sentence that only carries an actor from the sentence before counts with its whole tone.

# %%
fig = charts.side_heatmap(pool_summary(summary, shown, rest))
display(save_figure(fig, "03-tone-toward-sides", fig_dir))
sides = summary[summary["measure"].str.startswith("toward ") & (summary["n"] >= 3) & (summary["method"] == DEFAULT_METHOD)]
if len(sides):
    harsh = sides.sort_values("mean").iloc[0]
    noise = harsh["ci_low"] <= 0 <= harsh["ci_high"]
    display(Markdown(f"The harshest source–side pair is **{md(harsh['source'])} {md(harsh['measure'])}** (mean {harsh['mean']:+.2f} over "
                     f"{int(harsh['n'])} mentions, {method_name}){', but its interval includes zero' if noise else ''}. "
                     "Its most negative mentions are below: the model can read a harm done *to* an actor as tone "
                     "*against* it, so read them before quoting the figure."))
    display(side_mentions(result["tone_actors"], tone, harsh["source"], harsh["measure"].removeprefix("toward "))
            .round(3))
lexicon_sides = summary[summary["measure"].str.startswith("toward ") & (summary["method"] == "lexicon")]
compared = sides.merge(lexicon_sides, on=["source", "measure"], suffixes=("", "_lexicon"))
same_sign = (compared["mean"] * compared["mean_lexicon"] > 0).mean() if len(compared) else float("nan")
display(Markdown(f"Second opinion: the lexicons' tone of the same sentences has the same sign as the model's for "
                 f"{same_sign:.0%} of the {len(compared)} source–side pairs. The lexicons score the whole sentence, so a "
                 "sentence naming both sides counts alike for both." if len(compared) else "No source–side pair to compare."))
compared[["source", "measure", "mean", "ci_low", "ci_high", "n", "mean_lexicon"]].round(3)

# %% [markdown]
# ## Evaluative words in the outlet's own voice
# Adjectives and adverbs of judgement (Pattern lexicon subjectivity ≥ 0.5, or VADER |valence| ≥ 0.8 with an
# adjective/adverb ending; `codebooks/default/evaluative.csv` adds or removes words), counted in the outlet's own
# narration only (never in quotations or reported speech).

# %%
rates = evaluative_rates(result["evaluative"], result["tone_voices"])
fig = charts.evaluative_chart(pool_rates(rates, shown, rest))
display(save_figure(fig, "03-evaluative-words", fig_dir))
top = rates.sort_values("per_1000_words").iloc[-1] if len(rates) else None
if top is not None and top["evaluative_words"] > 0:
    few = " (too few words to single it out)" if top["evaluative_words"] < 5 else ""
    display(Markdown(f"**{md(top['source'])}** uses the most evaluative language of its own{few}: "
                     f"{top['per_1000_words']:.0f} words per 1,000 words of narration, {int(top['evaluative_words'])} "
                     f"in all (most used: {md(top['most_used'])})."))
else:
    display(Markdown("No source uses an evaluative word of the lexicon in its own narration."))
rates

# %% [markdown]
# ## Limits of automatic tone on news
# Lexicons score words, not events: "killed", "ceasefire" or "rejected" carry little or no lexicon weight, while
# words such as "agreement" or "peace" read as positive wherever they stand, including in "no peace agreement".
# The learned model reads words in context and toward a target, but it was trained on US political news
# (NewsMTSC) and is far from perfect: its agreement with sentences coded by hand, and the lexicons', is given in the
# project's README ("Sentiment"). Use these figures to compare sources with each other, with their intervals, and
# read the sentences behind any striking number (table below: the most negative sentences by the model).

# %%
tone.sort_values("model")[["source", "model", "label_model", "tone", "vader", "textblob", "in_quote", "text"]].head(10)

# %%
display(Markdown(linked_csv_tables({"tone_articles": article_tone(tone, articles), "tone_sentences": tone}, out_dir,
                                    "Per article and per sentence")))
