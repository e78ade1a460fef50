"""Tables of many outlets made legible: the outlets with the most articles, and the rest pooled in one row.

Every function is DataFrame → DataFrame. `keep` lists the sources shown (`outlets.top_sources`), `label` names the
pooled row (`outlets.rest_label`: 'other (k outlets)'; empty when nothing is pooled). A pooled row sums counts and
recomputes shares and means from them (weighted by sentences or words); its interval is left empty, since it pools
different outlets. Also: the fact × article table lined up per outlet (`outlet_facts`, `outlet_fact_summary`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .outlets import fold_sources


def pool_summary(summary: pd.DataFrame, keep: list[str], label: str) -> pd.DataFrame:
    """`tone_summary` (source × measure × method: mean, ci_low, ci_high, n) for the kept sources, and per measure ×
    method one `label` row: the n-weighted mean of the rest, their n summed, no interval."""
    kept = summary[summary["source"].isin(keep)]
    rest = summary[~summary["source"].isin(keep)]
    if not label or rest.empty:
        return kept.reset_index(drop=True)
    pooled = (rest.assign(weighted=rest["mean"] * rest["n"])
              .groupby(["measure", "method"], as_index=False, sort=False)
              .agg(weighted=("weighted", "sum"), n=("n", "sum")))
    pooled = pooled.assign(source=label, mean=pooled["weighted"] / pooled["n"].where(pooled["n"] > 0),
                           ci_low=np.nan, ci_high=np.nan)
    return pd.concat([kept, pooled[summary.columns]], ignore_index=True)


def pool_rates(rates: pd.DataFrame, keep: list[str], label: str) -> pd.DataFrame:
    """Evaluative-word rates (source, evaluative_words, narration_words, per_1000_words, most_used) with the rest
    summed into one `label` row and its rate recomputed from the sums."""
    folded = fold_sources(rates, keep, label)
    out = folded.groupby("source", as_index=False, sort=False).agg(
        evaluative_words=("evaluative_words", "sum"), narration_words=("narration_words", "sum"),
        most_used=("most_used", lambda w: w.iloc[0] if len(w) == 1 else ""))
    out["per_1000_words"] = 1000 * out["evaluative_words"] / out["narration_words"].clip(lower=1)
    return out[["source", "evaluative_words", "narration_words", "per_1000_words", "most_used"]]


def pool_frames(profile: pd.DataFrame, sentences: pd.DataFrame, keep: list[str], label: str) -> pd.DataFrame:
    """`frame_profile` (one row per article × frame) as one row per source × frame: the share of the source's body
    sentences (all its articles pooled) carrying the frame; the rest pooled in one `label` row. Codebook order kept."""
    body = sentences[sentences["role"] == "body"].groupby("article_id").size()
    folded = fold_sources(profile, keep, label).assign(body=lambda d: d["article_id"].map(body).fillna(0))
    out = folded.groupby(["source", "frame"], as_index=False, sort=False).agg(
        family=("family", "first"), n_articles=("article_id", "nunique"), n_sentences=("n_sentences", "sum"),
        body=("body", "sum"))
    share = (out["n_sentences"] / out["body"].where(out["body"] > 0)).fillna(0.0).clip(0, 1)
    return out.assign(share=share)[["source", "frame", "family", "n_articles", "n_sentences", "share"]]


def pool_voice_shares(shares: pd.DataFrame, keep: list[str], label: str) -> pd.DataFrame:
    """`voice_shares` (source × side) with the rest's quotations and quoted words summed into one `label` row per
    side, shares recomputed from the sums."""
    folded = fold_sources(shares, keep, label)
    out = folded.groupby(["source", "side"], as_index=False, sort=False).agg(
        quotations=("quotations", "sum"), quoted_words=("quoted_words", "sum"))
    totals = out.groupby("source")
    out["share"] = out["quotations"] / totals["quotations"].transform("sum").clip(lower=1)
    out["word_share"] = out["quoted_words"] / totals["quoted_words"].transform("sum").clip(lower=1)
    return out


def _distinct_texts(reported: pd.DataFrame) -> pd.Series:
    """Per (fact_id, source) with a figure as written: its distinct figures in order of first appearance, joined with
    " | " (a fact × article row's `texts` holds several). One pass in plain Python: a pandas aggregation that joins
    strings runs once a group, and there is a group per fact and reporting outlet."""
    groups: dict[tuple, dict] = {}
    for fact_id, source, texts in zip(reported["fact_id"].tolist(), reported["source"].tolist(),
                                      reported["texts"].tolist()):
        if isinstance(texts, str):
            for text in texts.split(" | "):
                if text != "":
                    groups.setdefault((fact_id, source), {})[text] = None
    if not groups:  # no figure as written: the grouped aggregation's empty result, with its column types
        exploded = reported.assign(text=reported["texts"].str.split(" | ", regex=False)).explode("text")
        return (exploded[exploded["text"].fillna("") != ""].groupby(["fact_id", "source"])["text"]
                .agg(" | ".join).rename("texts"))
    keys = sorted(groups)
    return pd.Series([" | ".join(groups[k]) for k in keys], index=pd.MultiIndex.from_tuples(keys, names=["fact_id", "source"]),
                     name="texts")


def outlet_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """The fact × article table as one row per fact × source that reports it (`source` being the outlet; silence
    is the absence of a row, so the table grows with the mentions, not with facts × sources): its figures as
    written (each distinct one once, '|'-separated), n_mentions summed and n_articles_reporting."""
    reported = facts.loc[facts["reported"], ["fact_id", "fact_label", "source", "n_mentions", "texts"]]
    reported = reported.astype({"fact_id": object, "fact_label": object, "source": object, "texts": object})
    joined = _distinct_texts(reported)
    out = reported.groupby(["fact_id", "source"], as_index=False, sort=False).agg(
        fact_label=("fact_label", "first"), n_mentions=("n_mentions", "sum"), n_articles_reporting=("source", "size"))
    out = out.merge(joined.reset_index(), on=["fact_id", "source"], how="left")
    return out.assign(reported=True, texts=out["texts"].fillna(""))[
        ["fact_id", "fact_label", "source", "reported", "n_mentions", "n_articles_reporting", "texts"]]


def outlet_fact_summary(summary: pd.DataFrame, by_outlet: pd.DataFrame, n_sources: int) -> pd.DataFrame:
    """`fact_summary` counted in sources (outlets): n_reporting of the `n_sources` (the article counts are kept as
    n_articles_reporting); `n_other_claimant` sources give the same fact only under another claimant ("people
    injured (according to police)" for "people injured"), so they are not counted silent: `n_silent` is the rest.
    A fact is fit to headline only when two or more sources report it."""
    n_out = summary["fact_id"].map(by_outlet.groupby("fact_id").size()).fillna(0).astype(int)
    n_base = base_sources(summary, by_outlet)
    other = (n_base - n_out).clip(lower=0)
    return summary.assign(n_articles_reporting=summary["n_reporting"], n_reporting=n_out, n_other_claimant=other,
                          n_silent=(n_sources - n_out - other).clip(lower=0),
                          headline_ok=summary["headline_ok"] & (n_out >= 2))


def base_sources(summary: pd.DataFrame, by_outlet: pd.DataFrame) -> pd.Series:
    """Per row of `summary`: how many sources give its fact under any claimant (its label before the claimant)."""
    from .facts import base_label

    base = base_label(by_outlet["fact_label"]) if len(by_outlet) else pd.Series(dtype=object)
    counts = by_outlet.assign(base=base.values).groupby("base")["source"].nunique()
    return base_label(summary["fact_label"]).map(counts).fillna(0).astype(int).set_axis(summary.index)


def other_claimant_cells(by_outlet: pd.DataFrame, labels=None) -> pd.DataFrame:
    """One row per (fact_label, source) where the source gives the same fact only under ANOTHER claimant split
    (for the fact labels `labels`, all when None): `elsewhere` holds its figures with the label they are filed
    under ("38 (people injured (according to police))"), for matrix cells that would otherwise read as silence."""
    from .facts import base_label

    rows = by_outlet.assign(base=base_label(by_outlet["fact_label"]).values)
    pieces: dict[str, dict[str, list[str]]] = {}  # base label -> source -> its figures with their labels
    for base, source, texts, label in zip(rows["base"], rows["source"], rows["texts"], rows["fact_label"]):
        pieces.setdefault(base, {}).setdefault(source, []).append(f"{texts} under “{label}”")
    wanted = rows[["fact_label", "base"]].drop_duplicates()
    if labels is not None:
        wanted = wanted[wanted["fact_label"].isin(list(labels))]
    own = set(zip(rows["fact_label"], rows["source"]))
    out = [(label, source, "; ".join(found)) for label, base in zip(wanted["fact_label"], wanted["base"])
           for source, found in pieces[base].items() if (label, source) not in own]
    return pd.DataFrame(out, columns=["fact_label", "source", "elsewhere"], dtype=object)


def outlet_fact_grid(by_outlet: pd.DataFrame, summary: pd.DataFrame, sources: list[str], min_sources: int = 2,
                     max_rows: int | None = None) -> pd.DataFrame:
    """The rows of the fact × source matrix: the facts `min_sources` or more sources report (the first `max_rows`,
    in the summary's order) × every source of `sources`, reported (with its figures) or silent."""
    shown = summary.loc[summary["n_reporting"] >= min_sources, ["fact_id", "fact_label"]].head(max_rows)
    grid = shown.astype(object).merge(pd.DataFrame({"source": list(sources)}, dtype=object), how="cross")
    out = grid.merge(by_outlet.drop(columns="fact_label"), on=["fact_id", "source"], how="left")
    return out.assign(reported=out["reported"].fillna(False).astype(bool), texts=out["texts"].fillna(""),
                      n_mentions=out["n_mentions"].fillna(0).astype(int),
                      n_articles_reporting=out["n_articles_reporting"].fillna(0).astype(int))


def outlet_results(results: dict, articles: pd.DataFrame) -> dict:
    """The step results 05 reads (`summary.load_results`) with the numbers step's facts as one row per fact × source
    reporting it (`outlet_facts`) and its fact summary counted in sources (`outlet_fact_summary`)."""
    numbers = results["numbers"]
    by_outlet = outlet_facts(numbers["facts"])
    summary = outlet_fact_summary(numbers["fact_summary"], by_outlet, articles["source"].nunique())
    return {**results, "numbers": {**numbers, "facts": by_outlet, "fact_summary": summary}}


def binned_positions(tone: pd.DataFrame, bins: int = 10) -> pd.DataFrame:
    """Tone through the article for sources of many articles: the sentences of each source grouped into `bins`
    equal bins of relative position (0 first body sentence, 1 last), one row per source × bin with the bin's
    centre as `position`, the mean of every tone column (model, tone, vader, textblob) and `n` sentences."""
    columns = [c for c in ("model", "tone", "vader", "textblob") if c in tone]
    bin_no = np.minimum((tone["position"].to_numpy(dtype=float) * bins).astype(int), bins - 1)
    out = (tone.assign(bin=bin_no).groupby(["source", "bin"], as_index=False)
           .agg(n=("position", "size"), **{c: (c, "mean") for c in columns}))
    return out.assign(position=(out["bin"] + 0.5) / bins).drop(columns="bin")
