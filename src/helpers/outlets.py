"""Outlets as the unit of comparison: articles grouped by the outlet that published them.

An article's outlet key is the manifest's (or the page's, or news-please's `source_domain`) `outlet`, else the
domain of its `url` (without "www."), else its file name: so a folder of files from one site is one outlet, and
a file nothing names stays its own. Per-outlet tables carry the number of articles and sentences behind each
figure, and an interval over the outlet's sentences; the per-article tables stay as they are (one click away).
Charts with many outlets show the `top` outlets by articles and sum the rest in one row.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from .figures import PALETTE, apply_style, height_for

TOP_OUTLETS = 25  # rows a chart shows before summing the rest


def _domain(url) -> str:
    if not isinstance(url, str) or "//" not in url:
        return ""
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def outlet_key(articles: pd.DataFrame) -> pd.Series:
    """The outlet of each article (index as `articles`): outlet, else url's domain, else the file name."""
    outlet = articles["outlet"].where(articles["outlet"].map(lambda v: isinstance(v, str) and bool(v.strip())), "")
    domain = articles["url"].map(_domain) if "url" in articles else pd.Series("", index=articles.index)
    key = outlet.str.strip().where(outlet.str.strip() != "", domain)
    return key.where(key != "", articles["file"].astype(str)).rename("outlet_key")


def outlet_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet: outlet_key, n_articles, n_sentences, n_words, most articles first."""
    return (articles.assign(outlet_key=outlet_key(articles))
            .groupby("outlet_key", as_index=False)
            .agg(n_articles=("article_id", "size"), n_sentences=("n_sentences", "sum"), n_words=("n_words", "sum"))
            .sort_values(["n_articles", "outlet_key"], ascending=[False, True], kind="stable").reset_index(drop=True))


def _bootstrap_interval(values: np.ndarray, n_boot: int, rng) -> tuple[float, float]:
    if len(values) < 2:
        return np.nan, np.nan
    step = max(1, 2_000_000 // len(values))
    means = np.concatenate([values[rng.integers(0, len(values), (min(step, n_boot - i), len(values)))].mean(axis=1)
                            for i in range(0, n_boot, step)])
    return tuple(float(q) for q in np.quantile(means, [0.025, 0.975]))


def outlet_tone(tone_sentences: pd.DataFrame, articles: pd.DataFrame, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Mean sentence tone per outlet with its 95% bootstrap interval over the outlet's sentences, and the numbers
    of articles and sentences behind it (one pass per outlet: linear in sentences)."""
    keys = articles.set_index("article_id").pipe(lambda a: outlet_key(a.reset_index()).set_axis(a.index))
    tone = tone_sentences.assign(outlet_key=tone_sentences["article_id"].map(keys)).dropna(subset=["tone"])
    rng = np.random.default_rng(seed)
    rows = []
    for name, group in tone.groupby("outlet_key", sort=True):
        values = group["tone"].to_numpy(dtype=float)
        low, high = _bootstrap_interval(values, n_boot, rng)
        rows.append({"outlet_key": name, "n_articles": group["article_id"].nunique(), "n_sentences": len(values),
                     "mean": float(values.mean()), "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows, columns=["outlet_key", "n_articles", "n_sentences", "mean", "ci_low", "ci_high"])


def outlet_frames(frame_profile: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Share of each outlet's body sentences carrying each frame (sentences summed over its articles)."""
    body = articles.set_index("article_id")["n_sentences"]
    keys = pd.Series(outlet_key(articles).to_numpy(), index=articles["article_id"])
    profile = frame_profile.assign(outlet_key=frame_profile["article_id"].map(keys),
                                   body=frame_profile["article_id"].map(body).fillna(0))
    out = profile.groupby(["outlet_key", "frame"], as_index=False, sort=False).agg(  # frames in codebook order
        family=("family", "first"), n_articles=("article_id", "nunique"), n_sentences=("n_sentences", "sum"),
        body=("body", "sum"))
    return out.assign(share=(out["n_sentences"] / out["body"].where(out["body"] > 0)).fillna(0.0)).drop(columns="body")


def top_with_rest(frame: pd.DataFrame, top: int = TOP_OUTLETS, weight: str = "n_sentences",
                  value: str = "mean") -> pd.DataFrame:
    """The `top` outlets with the most articles, and one row 'other (k outlets)' for the rest: counts summed,
    `value` averaged with `weight` (its interval left empty, it pools different outlets)."""
    ranked = frame.sort_values(["n_articles", weight], ascending=False, kind="stable")
    head, rest = ranked.head(top), ranked.iloc[top:]
    if rest.empty:
        return head.reset_index(drop=True)
    pooled = {"outlet_key": f"other ({len(rest)} outlets)", "n_articles": int(rest["n_articles"].sum()),
              weight: int(rest[weight].sum())}
    if value in rest:
        w = rest[weight].astype(float)
        pooled[value] = float((rest[value] * w).sum() / w.sum()) if w.sum() else np.nan
    return pd.concat([head, pd.DataFrame([pooled])], ignore_index=True)


def outlet_tone_chart(tone: pd.DataFrame, top: int = TOP_OUTLETS):
    """Mean tone per outlet with its interval, ordered by tone, at most `top` outlets and the rest in one row;
    each label carries the number of articles."""
    import matplotlib.pyplot as plt

    apply_style()
    shown = top_with_rest(tone, top)
    named = shown[~shown["outlet_key"].str.startswith("other (")].sort_values("mean")
    shown = pd.concat([named, shown[shown["outlet_key"].str.startswith("other (")]], ignore_index=True)
    fig, ax = plt.subplots(figsize=(8, height_for(len(shown), 0.3, 1.2)))
    y = np.arange(len(shown))
    low = (shown["mean"] - shown["ci_low"]).clip(lower=0).fillna(0) if "ci_low" in shown else 0
    high = (shown["ci_high"] - shown["mean"]).clip(lower=0).fillna(0) if "ci_high" in shown else 0
    ax.errorbar(shown["mean"], y, xerr=[low, high], fmt="o", color=PALETTE[0], capsize=2)
    ax.set_yticks(y, [f"{k} ({n} art.)" for k, n in zip(shown["outlet_key"], shown["n_articles"])], fontsize=8)
    ax.invert_yaxis()
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlabel("mean sentence tone (95% interval over the outlet's sentences)")
    ax.set_title(f"Tone per outlet ({len(tone)} outlets" + (f"; top {top} by articles, the rest pooled)" if len(tone) > top else ")"),
                 loc="left")
    fig.tight_layout()
    return fig


def chart_sources(numbers: pd.DataFrame, summary: pd.DataFrame, top_facts: int = 3, limit: int = TOP_OUTLETS) -> list[str]:
    """The sources a chart of the `top_facts` most disputed facts shows when there are many: those reporting
    them, most mentions first, at most `limit`, in name order."""
    facts = summary[(summary["n_reporting"] >= 2) & summary["comparable"]].head(top_facts)["fact_id"]
    counts = numbers[numbers["fact_id"].isin(facts)].groupby("source").size().sort_values(ascending=False, kind="stable")
    return sorted(counts.head(limit).index)


def top_outlet_frames(frames: pd.DataFrame, limit: int = TOP_OUTLETS) -> pd.DataFrame:
    """`outlet_frames` for the `limit` outlets with the most articles, with `source` naming the outlet and its
    number of articles (for the frame heatmap)."""
    sizes = frames.groupby("outlet_key")["n_articles"].max().sort_values(ascending=False, kind="stable")
    kept = frames[frames["outlet_key"].isin(sizes.head(limit).index)]
    return kept.assign(source=kept["outlet_key"] + " (" + kept["n_articles"].astype(str) + " art.)")
