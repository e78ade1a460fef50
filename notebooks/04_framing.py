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
# # 04 · Framing: which frames, voices and words each source uses
#
# Frames from editable codebooks (the Policy Frames Codebook's dimensions, Boydstun et al. 2014, the five generic
# news frames of Semetko & Valkenburg, 2000, and any frames the event's own codebook adds), who gets quoted and how much (direct and reported quotations, speakers
# normalised through the actor codebook), the words most distinctive of each source (weighted log-odds with an
# informative Dirichlet prior, Monroe, Colaresi & Quinn, 2008), contested terms, word pairs that sources put in the
# same slot, and what headlines and leads foreground. Sources are outlets: the articles of one outlet are compared as
# one source, named with its number of articles; charts of many outlets show those with the most articles and pool
# the rest in one row; the per-article tables are in the tables folder (linked at the end).

# %% [markdown] tags=["analyst"]
# **Reads:** the normalised tables; `attributions` (saved by 02; computed here when missing); `codebooks/` frames,
# contested terms, actors.
# **Writes:** `frame_sentences`, `frame_profile`, `quotations`, `voice_shares`, `distinctive_words`,
# `contested_terms`, `term_pairs`, `lead_emphasis` tables; figures.

# %% tags=["parameters"]
corpus_dir = ""  # empty: the corpus data/default_corpus.txt names; else a folder of articles (relative to the project root)
processed_dir = ""  # empty: data/processed/<corpus>/
figures_dir = ""  # empty: reports/<corpus>/figures/
interactive_tables = True  # sortable, filterable tables in JupyterLab; the HTML reports (no script) set False
frame_method = "auto"  # "auto" (default): the learned frame model adds frames to the cue rules' (more accurate on unseen events) up to 8,000 sentences, the rules alone beyond (speed); "rules+model" or "rules" to force one

# %%
from IPython.display import Markdown, display

from helpers import charts
from helpers.actors import corpus_actors
from helpers.codebook_draft import codebook_fit_warnings
from helpers.corpus import open_corpus, save_tables
from helpers.figures import save_figure
from helpers.framing import (contested_split, contested_term_table, frame_method_sentence, framing_tables,
                             resolve_frame_method,
                             load_framing_codebooks, quoted_terms_sentence)
from helpers.narrative import listed, md
from helpers.outlets import fold_sources, outlet_view, rest_label, top_sources, with_sizes
from helpers.pooled import pool_frames, pool_voice_shares
from helpers.steps import attributions_table
from helpers.voices import side_share_sentence

corpus_path, out_dir, fig_dir, tables = open_corpus(corpus_dir, processed_dir, figures_dir)
articles, blocks, sentences = outlet_view(tables["articles"]), tables["blocks"], tables["sentences"]  # source = outlet
shown, rest = top_sources(articles), rest_label(articles)  # charts: the largest outlets, the rest pooled

# %%
from helpers.reader import linked_csv_tables, parameters_markdown, use_reader_tables
from helpers.summary import leading_types_sentence

table_mode = use_reader_tables(interactive_tables)  # itables in JupyterLab, static reader tables in reports
display(Markdown(parameters_markdown(corpus_path, out_dir, fig_dir)))

# %%
codebooks = load_framing_codebooks(corpus_path)
result = framing_tables(sentences, blocks, articles, codebooks, attributions_table(sentences, out_dir),  # 02's speakers
                        frame_method=frame_method)
result = save_tables(result, out_dir)  # validated, typed tables
profile, quotes, shares = result["frame_profile"], result["quotations"], result["voice_shares"]

# %% [markdown]
# Does the codebook fit this corpus? (Nothing is printed when it does.)

# %%
for warning in codebook_fit_warnings(sentences, result["frame_sentences"], quotes, actors=codebooks["actors"],
                                     corpus_dir=corpus_path):  # an unedited draft codebook is said first
    display(Markdown(f"**Warning:** {md(warning)}"))

# %% [markdown]
# ## Frames per source
# A sentence carries a frame when it contains one of the frame's documented cues outside the contexts the frame
# excludes (`codebooks/default/frames.csv`, one row per frame with its indicator questions; an event's
# `codebooks/<corpus>/frames.csv` adds, overrides or drops rows). Shares are of each source's body sentences.

# %%
display(Markdown(frame_method_sentence(resolve_frame_method(frame_method, sentences))))
fig = charts.frame_heatmap(pool_frames(profile, sentences, shown, rest))
display(save_figure(fig, "04-frames-by-source", fig_dir))
pooled = pool_frames(profile, sentences, sorted(articles["source"].unique()), "")  # each outlet's articles pooled
wide = pooled.pivot_table(index="source", columns="frame", values="share")
relative = wide.sub(wide.mean(), axis=1)  # each source against the corpus average, in share points
leaning = " ".join(
    f"{md(src)} stresses *{md(row.idxmax())}* more than the average source (+{row.max() * 100:.0f} points)."
    for src, row in relative.loc[relative.index.isin(shown)].iterrows() if row.max() > 0) if len(wide) >= 2 else " ".join(
    f"{md(src)} leans most on *{md(row.idxmax())}* ({row.max():.0%})." for src, row in wide.iterrows() if row.max() > 0)
if len(wide) >= 2:
    spread = (wide.max() - wide.min()).sort_values(ascending=False)
    lead_frame = spread.index[0]
    display(Markdown(
        f"The frame on which sources differ most is **{md(lead_frame)}**: from {wide[lead_frame].min():.0%} of sentences "
        f"({md(wide[lead_frame].idxmin())}) to {wide[lead_frame].max():.0%} ({md(wide[lead_frame].idxmax())}). " + leaning
    ))
else:
    display(Markdown("A single source: frames cannot be compared. " + leaning))

# %%
framed = result["frame_sentences"].query("role == 'body'")[["article_id", "block_no", "sentence_no"]].drop_duplicates()
n_body = int((sentences["role"] == "body").sum())
coverage = len(framed) / n_body if n_body else 0.0
display(Markdown(
    f"{coverage:.0%} of the {n_body} body sentences carry at least one frame."
    + (" **The frame codebook may not fit this corpus**: most sentences match no cue. Read `frame_sentences.cue`, and add "
       "the event's own frames in `codebooks/<corpus>/frames.csv` (see the README's codebook section)."
       if coverage < 0.5 else "")
))

# %% [markdown] tags=["analyst"]
# Frame shares per source: a fixed summary the notebook tests compare (analyst view only).

# %% tags=["analyst"]
# NBVAL_CHECK_OUTPUT
print(wide.round(2).T.to_string())

# %% [markdown]
# ## Voices: who gets quoted, and how much

# %%
fig = charts.voice_share_chart(pool_voice_shares(shares, shown, rest))
display(save_figure(fig, "04-voice-share-by-side", fig_dir))
if len(shares) and (shares["side"] == "other / unnamed").all():
    display(Markdown("Voices are compared by speaker type below (the chart above says why not by side)."))
elif len(shares):
    display(Markdown(side_share_sentence(shares, shown)))
else:
    display(Markdown("No source quotes anyone: no words inside quotation marks and no reporting verb."))
with_sizes(shares, articles)

# %% [markdown]
# Who speaks, by type of voice, found from the text alone (official, agency, expert, organisation, citizen,
# anonymous): each source's share of its quotations.

# %%
types = result["voice_types"]
by_type = types.pivot_table(index="source", columns="speaker_type", values="share", fill_value=0.0)
if len(by_type):
    display(Markdown(leading_types_sentence(types, shown)))  # a tie is told as a tie
with_sizes(by_type.round(2).reset_index(), articles)

# %% [markdown]
# Every quotation with its speaker (direct = at least three words inside quotation marks; partial = quoted words
# inside the outlet's sentence; anonymous = an unnamed source such as "one observer close to the talks"):

# %%
quotes[["source", "type", "speaker", "speaker_type", "side", "speaker_text", "quoted_words", "text"]]

# %% [markdown]
# ## Actors found in the corpus
# People and organisations the articles name, found by rules (capitalised names, titles, organisation words,
# acronyms and the speakers above), grouped by alias, with each source's share of mentions and of quotations.
# `newscompare codebook CORPUS` writes them as a draft actor codebook.

# %%
actors = save_tables(corpus_actors(sentences, articles, quotes), out_dir)
found = actors["actors_found"]
display(Markdown(
    f"{len(found)} actors found; the most mentioned: "
    + ", ".join(f"{md(r.actor)} ({md(r.type)}, {r.mentions} sentences in {r.sources} sources)" for r in found.head(5).itertuples())
    + "." if len(found) else "No person or organisation is named in the body text."))
found.head(15)

# %% [markdown]
# ## Word choice
# Words most distinctive of each source against all the others (z-scores of weighted log-odds; above 1.96 is
# unusual for a source of that length).

# %%
words = result["distinctive_words"]
fig = charts.distinctive_words_chart(words[words["source"].isin(shown[:9])])  # a panel each: the 9 largest outlets
if words["source"].nunique() > 9:
    display(Markdown(f"The panels show the 9 sources with the most articles; every source's words are in the "
                     f"`distinctive_words` table ({words['source'].nunique()} sources)."))
display(save_figure(fig, "04-distinctive-words", fig_dir))

# %% [markdown]
# Contested terms: who uses which word for the same thing (`codebooks/default/contested_terms.csv`, plus the event's
# own pairs).

# %%
terms = result["contested_terms"]
split = contested_split(terms)
display(Markdown(
    f"{len(split)} contested concept(s) are named with different terms across sources in their own words: "
    f"{listed(split)}. " + quoted_terms_sentence(terms)
))
contested_term_table(fold_sources(terms, shown, rest))

# %% [markdown]
# Word pairs found in the corpus: two words that different sources put in the same slot (the same word before and
# after), a cue that they name the same thing differently. Read the contexts before drawing a conclusion.

# %%
pairs = result["term_pairs"]
display(Markdown(
    f"{len(pairs)} word pair(s) fill the same slot in different sources"
    + (f"; the most frequent: *{md(pairs.iloc[0]['term_a'])}* ({md(pairs.iloc[0]['sources_a'])}) / "
       f"*{md(pairs.iloc[0]['term_b'])}* ({md(pairs.iloc[0]['sources_b'])}), in {md(pairs.iloc[0]['contexts'])}."
       if len(pairs) else ".")
))
pairs

# %% [markdown]
# ## Headline and lead emphasis

# %%
lead = result["lead_emphasis"]
first_leads = lead[lead["source"].isin(shown)].drop_duplicates(["source", "part"])  # each outlet's first article
display(Markdown(" ".join(
    f"**{md(r.source)}** {r.part}: {md(r.frames or 'no codebook frame')}{f' (names {md(r.actors)})' if r.actors else ''}."
    for r in first_leads.itertuples()
) + (f" (The first article of each of the {len(shown)} largest sources; every article's headline and lead are in the "
     "table below and the `lead_emphasis` table.)" if rest or len(first_leads) < len(lead) else "")))
lead[["source", "part", "frames", "actors", "text"]]

# %%
display(Markdown(linked_csv_tables({name: result[name] for name in ("frame_profile", "quotations", "lead_emphasis")},
                                    out_dir, "Per article")))

# %% [markdown]
# ## Limits
# Cue-based frame detection is transparent and editable but literal: it misses a frame stated without its usual words
# (an unequal burden described without "unfair") and can read a cue in a context its exclusions do not foresee. Its
# agreement with hand coding, by its author and by another coder on events it had not seen, is measured in the tests and
# reported in the README ("Frames: how far to trust them"); the codebook and the cue each sentence matched
# (`frame_sentences.cue`) are open to inspection.
