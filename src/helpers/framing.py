"""Framing: which frames, voices and words each source uses.

- Frames: the five generic news frames of Semetko & Valkenburg (2000) and issue frames for conflict and
  diplomacy news, each a row of `codebooks/default/frames.csv` (its indicator questions, operationalised as a
  documented cue pattern). A sentence carries every frame whose cues it contains; an article's profile is the
  share of its body sentences carrying each frame.
- Distinctive words: weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn
  2008), each source against all the others, the prior being the whole corpus's word counts.
- Contested terms: `codebooks/default/contested_terms.csv` (concept, term, pattern) counted per source.
- Headline and lead: the frames and actors of each article's headline and first body paragraph.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import pandas as pd

from .articlecache import per_article
from .codebooks import alias_pattern, normalise_alias, read_codebook
from .text import WORD

STOPWORDS = frozenset("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says say told also would could may might
must shall s t its it's mr ms mrs""".split())


def load_frames(path) -> pd.DataFrame:
    """The frames codebook with compiled cue patterns: frame, family, indicator_questions, cues, pattern."""
    frame = read_codebook(path, ["frame", "family", "indicator_questions", "cues"])
    return frame.assign(pattern=[re.compile(c, re.I) for c in frame["cues"]])


def sentence_frames(sentences: pd.DataFrame, frames: pd.DataFrame, roles=("body",)) -> pd.DataFrame:
    """One row per sentence × frame it carries: article_id, block_no, sentence_no, role, frame, family, cue (the words)."""
    rows = []
    frame_rows = list(frames.itertuples(index=False))  # built once, not once per sentence
    for sent in sentences[sentences["role"].isin(roles)].itertuples(index=False):
        for fr in frame_rows:
            m = fr.pattern.search(sent.text)
            if m:
                rows.append({"article_id": sent.article_id, "block_no": sent.block_no, "sentence_no": sent.sentence_no,
                             "role": sent.role, "frame": fr.frame, "family": fr.family, "cue": m.group(0)})
    return pd.DataFrame(rows, columns=["article_id", "block_no", "sentence_no", "role", "frame", "family", "cue"])


def frame_profile(labels: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame, frames: pd.DataFrame) -> pd.DataFrame:
    """One row per article × frame: the share of its body sentences carrying the frame (zeros kept)."""
    n_body = sentences[sentences["role"] == "body"].groupby("article_id").size()
    counts = labels[labels["role"] == "body"].groupby(["article_id", "frame"]).size()
    grid = pd.MultiIndex.from_product([articles["article_id"], frames["frame"]], names=["article_id", "frame"])
    out = grid.to_frame(index=False)  # article × frame, in the order of the articles and the codebook (one merge)
    out["source"] = out["article_id"].map(articles.drop_duplicates("article_id").set_index("article_id")["source"])
    out["family"] = out["frame"].map(frames.drop_duplicates("frame").set_index("frame")["family"])
    out["n_sentences"] = counts.reindex(grid, fill_value=0).to_numpy().astype(int)
    total = out["article_id"].map(n_body).fillna(0).astype(int)
    out["share"] = (out["n_sentences"] / total.where(total > 0)).fillna(0.0)
    return out[["article_id", "source", "frame", "family", "n_sentences", "share"]]


def tokens(text: str) -> list[str]:
    """Lower-case content words of a text (stop words and numbers left out)."""
    return [w for w in (m.group(0).lower().replace("’", "'") for m in WORD.finditer(text))
            if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def distinctive_words(sentences: pd.DataFrame, articles: pd.DataFrame, alpha0: float = 1000.0, top: int = 15,
                      min_count: int = 2) -> pd.DataFrame:
    """Words most distinctive of each source against all the others (weighted log-odds, informative Dirichlet
    prior; Monroe, Colaresi & Quinn 2008). One row per source × word: count, log_odds, z (> 1.96 is unusual).

    The prior is alpha0 pseudo-counts spread like the whole corpus's word frequencies.
    """
    source = articles.set_index("article_id")["source"]
    body = sentences[sentences["role"] == "body"]
    per_source = {name: Counter() for name in sorted(source.unique())}
    for sent in body.itertuples(index=False):
        per_source[source[sent.article_id]].update(tokens(sent.text))
    corpus = Counter()
    for c in per_source.values():
        corpus.update(c)
    total = sum(corpus.values())
    rows = []
    for name, own in per_source.items():
        n_i = sum(own.values())
        n_j = total - n_i  # the rest's size, without building the rest's counts (linear, not sources × vocabulary)
        for word, count in own.items():
            if count < min_count:
                continue
            a_w = alpha0 * corpus[word] / total
            y_i, y_j = count, corpus[word] - count
            delta = (math.log((y_i + a_w) / (n_i + alpha0 - y_i - a_w)) - math.log((y_j + a_w) / (n_j + alpha0 - y_j - a_w)))
            var = 1 / (y_i + a_w) + 1 / (y_j + a_w)
            rows.append({"source": name, "word": word, "count": count, "log_odds": delta, "z": delta / math.sqrt(var)})
    frame = pd.DataFrame(rows, columns=["source", "word", "count", "log_odds", "z"])
    return (frame.sort_values(["source", "z"], ascending=[True, False]).groupby("source").head(top)
            .reset_index(drop=True))


def contested_terms(sentences: pd.DataFrame, articles: pd.DataFrame, terms: pd.DataFrame) -> pd.DataFrame:
    """One row per concept × term × source: how often the source uses the term (zeros kept), and where."""
    source = articles.set_index("article_id")["source"]
    body = sentences[sentences["role"] == "body"]
    body_source = body["article_id"].map(source)
    names = sorted(source.unique())
    parts = []
    for t in terms.itertuples(index=False):  # each pattern compiled once, run once over the whole corpus
        pattern = re.compile(t.pattern, re.I)
        hits = pd.Series([[m.group(0) for m in pattern.finditer(x)] for x in body["text"]], index=body.index,
                         dtype=object).explode().dropna()
        found = pd.DataFrame({"source": body_source.loc[hits.index], "hit": hits.astype(str)})
        per_source = found.groupby("source")["hit"].agg(count="size", examples=lambda h: "; ".join(sorted(set(h))))
        parts.append(per_source.reindex(names).reset_index().assign(concept=t.concept, term=t.term))
    if not parts:
        return pd.DataFrame(columns=["concept", "term", "source", "count", "examples"])
    frame = pd.concat(parts, ignore_index=True).rename(columns={"index": "source"})
    return frame.assign(count=frame["count"].fillna(0).astype(int), examples=frame["examples"].fillna(""))[
        ["concept", "term", "source", "count", "examples"]]


def lead_emphasis(blocks: pd.DataFrame, articles: pd.DataFrame, frames: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """What each headline and first body paragraph foreground: one row per article × part, with frames and actors."""
    pattern = alias_pattern(actors)
    lookup = {normalise_alias(a): actor for a, actor in zip(actors["alias"], actors["actor"])}
    frame_rows = list(frames.itertuples(index=False))
    leads = blocks[blocks["role"] == "body"].groupby("article_id", sort=False)["text"].first()  # one pass, not one per article
    rows = []
    for art in articles.itertuples(index=False):
        headline = art.headline if isinstance(art.headline, str) else ""
        parts = {"headline": headline, "lead": leads.get(art.article_id, "")}
        for part, text in parts.items():
            found = [fr.frame for fr in frame_rows if fr.pattern.search(text)]
            named = []
            if pattern is not None:
                for m in pattern.finditer(text):
                    actor = lookup[normalise_alias(m.group(0))]
                    if actor not in named:
                        named.append(actor)
            rows.append({"article_id": art.article_id, "source": art.source, "part": part, "text": text,
                         "frames": ", ".join(found), "actors": ", ".join(named)})
    return pd.DataFrame(rows, columns=["article_id", "source", "part", "text", "frames", "actors"])


def voice_shares(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per source × side: quotations, direct quotations, quoted words, share of the source's quoted words, and
    whether that side's voice comes first in the article."""
    source = articles.set_index("article_id")["source"]
    q = quotes.assign(source=quotes["article_id"].map(source), side=quotes["side"].replace("", "other / unnamed"))
    first = q.sort_values(["article_id", "block_no", "sentence_no"]).groupby("article_id").head(1)
    first_side = dict(zip(first["source"], first["side"]))
    source_words = q.groupby("source")["quoted_words"].sum()
    rows = []
    for (name, side), group in q.groupby(["source", "side"], sort=True):
        words = int(group["quoted_words"].sum())
        all_words = int(source_words.get(name, 0))
        rows.append({"source": name, "side": side, "quotations": len(group), "direct": int((group["type"] == "direct").sum()),
                     "quoted_words": words, "word_share": words / all_words if all_words else 0.0,
                     "speaks_first": first_side.get(name) == side,
                     "speakers": ", ".join(group["speaker"].value_counts().index[:5])})
    return pd.DataFrame(rows, columns=["source", "side", "quotations", "direct", "quoted_words", "word_share",
                                       "speaks_first", "speakers"])


def framing_tables(sentences: pd.DataFrame, blocks: pd.DataFrame, articles: pd.DataFrame, codebooks: dict) -> dict[str, pd.DataFrame]:
    """The framing step: sentence frames, frame profiles, quotations, voice shares, distinctive words, contested
    terms and headline/lead emphasis."""
    from .voices import quotations

    frames = codebooks["frames"]
    labels = per_article(sentence_frames, sentences, frames, roles=("headline", "standfirst", "body"))
    quotes = per_article(quotations, sentences, codebooks["actors"])  # per-article parts cached (helpers.articlecache)
    return {
        "frame_sentences": labels,
        "frame_profile": frame_profile(labels, sentences, articles, frames),
        "quotations": quotes.assign(source=quotes["article_id"].map(articles.set_index("article_id")["source"])),
        "voice_shares": voice_shares(quotes, articles),
        "distinctive_words": distinctive_words(sentences, articles),
        "contested_terms": contested_terms(sentences, articles, codebooks["contested_terms"]),
        "lead_emphasis": lead_emphasis(blocks, articles, frames, codebooks["actors"]),
    }


def load_framing_codebooks(corpus_dir) -> dict:
    """The codebooks the framing step reads: frames, contested terms and actors."""
    from . import paths
    from .codebooks import load_actors

    return {
        "frames": load_frames(paths.codebook_path("frames.csv", corpus_dir)),
        "contested_terms": read_codebook(paths.codebook_path("contested_terms.csv", corpus_dir), ["concept", "term", "pattern"]),
        "actors": load_actors(paths.codebook_path("actors.csv", corpus_dir)),
    }
