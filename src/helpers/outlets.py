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


def outlet_tone(tone_sentences: pd.DataFrame, articles: pd.DataFrame, n_boot: int = 1000, seed: int = 0,
                method: str = "model") -> pd.DataFrame:
    """Mean sentence tone per outlet by one tone method (helpers.sentiment.METHODS: the learned model by default,
    as the findings; the lexicon when no sentence has a model score), with its 95% bootstrap interval over the
    outlet's articles when it has two or more (a cluster bootstrap, `sentiment.resampling_units`), else over its
    sentences, the numbers of articles and sentences behind it and the method's name (one pass per outlet: linear
    in sentences)."""
    from .sentiment import METHODS, resampled_totals, resampling_units

    column, _ = METHODS[method]
    if column not in tone_sentences or tone_sentences[column].isna().all():
        method = "lexicon"
        column = METHODS[method][0]
    keys = articles.set_index("article_id").pipe(lambda a: outlet_key(a.reset_index()).set_axis(a.index))
    tone = tone_sentences.assign(outlet_key=tone_sentences["article_id"].map(keys)).dropna(subset=[column])
    units = resampling_units(tone, "outlet_key", column)
    rng = np.random.default_rng(seed)
    rows = []
    for name, group in tone.groupby("outlet_key", sort=True):
        values = group[column].to_numpy(dtype=float)
        low = high = np.nan
        if len(values) >= 2:  # over its articles, never narrower than over its sentences (`with_article_intervals`)
            totals, sizes = resampled_totals(*units[name], n_boot, rng)
            low, high = (float(q) for q in np.quantile(totals / sizes, [0.025, 0.975]))
            if len(units[name][0]) < len(values):
                totals, sizes = resampled_totals(values, np.ones(len(values)), n_boot, rng)
                s_low, s_high = np.quantile(totals / sizes, [0.025, 0.975])
                low, high = min(low, float(s_low)), max(high, float(s_high))
        rows.append({"outlet_key": name, "n_articles": group["article_id"].nunique(), "n_sentences": len(values),
                     "mean": float(values.mean()), "ci_low": low, "ci_high": high, "method": METHODS[method][1]})
    return pd.DataFrame(rows, columns=["outlet_key", "n_articles", "n_sentences", "mean", "ci_low", "ci_high", "method"])


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
    method = tone["method"].iloc[0] if "method" in tone and len(tone) else "tone"
    ax.set_xlabel(f"mean sentence tone, {method} (95% interval over the outlet's sentences)")
    reach = max(0.5, float(np.nanmax(np.abs(pd.concat([shown["mean"], shown.get("ci_low", shown["mean"]),
                                                            shown.get("ci_high", shown["mean"])])))) * 1.1)
    ax.set_xlim(-reach, reach)  # symmetric and at least ±0.5 of the −1..+1 scale: small noise does not fill the axis
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


def outlet_view(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles as notebooks 02–05 compare them: `source` names the article's outlet, with its number of
    articles ('wire.example (3 articles)'); an outlet of one article keeps the article's own label, so a corpus of
    one article per outlet reads as before. Adds `article` (the article's own, unique label), `outlet_key` and
    `n_articles` (articles of its outlet)."""
    key = outlet_key(articles)
    n = key.map(key.value_counts()).astype(int)
    source = articles["source"].where(n == 1, key + " (" + n.astype(str) + " articles)")
    return articles.assign(article=articles["source"], outlet_key=key, n_articles=n, source=source)


def source_sizes(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per source of `outlet_view(articles)`: n_articles, n_sentences, first_published (UTC), the sources
    with the most articles (then sentences, then name) first."""
    from .facts import publication_times

    when = publication_times(articles).to_numpy()
    return (articles.assign(first_published=when, n_sentences=articles["n_sentences"].fillna(0).astype(int))
            .groupby("source", as_index=False)
            .agg(n_articles=("article_id", "size"), n_sentences=("n_sentences", "sum"),
                 first_published=("first_published", "min"))
            .sort_values(["n_articles", "n_sentences", "source"], ascending=[False, False, True], kind="stable")
            .reset_index(drop=True))


def top_sources(articles: pd.DataFrame, top: int = TOP_OUTLETS, by_time: bool = False) -> list[str]:
    """The `top` sources with the most articles (then sentences); `by_time`: in order of first publication (those
    without a time last, by name), else in the order of size."""
    kept = source_sizes(articles).head(top)
    if by_time:
        kept = kept.sort_values(["first_published", "source"], na_position="last", kind="stable")
    return kept["source"].tolist()


def rest_label(articles: pd.DataFrame, top: int = TOP_OUTLETS) -> str:
    """The name of the row that pools the sources beyond the `top`: 'other (k outlets)' ('' when there are none)."""
    rest = articles["source"].nunique() - top
    return f"other ({rest} outlet{'s' if rest != 1 else ''})" if rest > 0 else ""


def fold_sources(frame: pd.DataFrame, keep: list[str], label: str, column: str = "source") -> pd.DataFrame:
    """`frame` with every source not in `keep` renamed `label` (the rest pooled in one row of a chart)."""
    if not label:
        return frame
    return frame.assign(**{column: frame[column].where(frame[column].isin(keep), label)})


def article_intervals(tone: pd.DataFrame, value: str = "model", n_boot: int = 1000, seed: int = 0,
                      level: float = 0.95) -> pd.DataFrame:
    """For each source of two or more articles: its mean `value` over all its sentences with a 95% interval from
    resampling its articles (a cluster bootstrap: articles, not sentences, are the independent draws, so the
    interval reflects how many articles stand behind the outlet). Columns source, n_articles, n, mean, ci_low,
    ci_high. Linear: one draw of (n_boot × articles) per source."""
    per_article = (tone.dropna(subset=[value]).groupby(["source", "article_id"], sort=True)[value]
                   .agg(["sum", "size"]).reset_index())
    sizes = per_article.groupby("source")["article_id"].transform("size")
    rng, alpha, rows = np.random.default_rng(seed), (1 - level) / 2, []
    for name, group in per_article[sizes >= 2].groupby("source", sort=True):
        sums, counts = group["sum"].to_numpy(float), group["size"].to_numpy(float)
        draw = rng.integers(0, len(group), (n_boot, len(group)))
        means = sums[draw].sum(axis=1) / counts[draw].sum(axis=1)
        low, high = np.quantile(means, [alpha, 1 - alpha])
        rows.append({"source": name, "n_articles": len(group), "n": int(counts.sum()),
                     "mean": float(sums.sum() / counts.sum()), "ci_low": float(low), "ci_high": float(high)})
    return pd.DataFrame(rows, columns=["source", "n_articles", "n", "mean", "ci_low", "ci_high"])


def with_article_intervals(summary: pd.DataFrame, tone: pd.DataFrame) -> pd.DataFrame:
    """`tone_summary` with the 'all sentences' interval of every source of two or more articles widened to hold the
    interval over its articles (`article_intervals`, per method): the wider of the two, so articles that disagree
    widen it, and a few articles that happen to agree (two articles: three possible means) never narrow it below
    the sentence bootstrap; other rows keep their sentence bootstrap."""
    from .sentiment import METHODS

    parts = [article_intervals(tone, column).assign(method=method, measure="all sentences")
             for method, (column, _) in METHODS.items()]
    clustered = pd.concat(parts, ignore_index=True).set_index(["source", "measure", "method"])[["ci_low", "ci_high"]]
    out = summary.set_index(["source", "measure", "method"])
    both = out[["ci_low", "ci_high"]].join(clustered, rsuffix="_articles", how="left").astype(float)  # none: object NaN
    out["ci_low"] = np.fmin(both["ci_low"], both["ci_low_articles"])
    out["ci_high"] = np.fmax(both["ci_high"], both["ci_high_articles"])
    return out.reset_index()[summary.columns]


def with_sizes(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """`frame` (one row per source, or per source × something) with `n_articles` after `source`, when some outlet
    has more than one article (a corpus of one article per outlet keeps its tables as they were)."""
    if "n_articles" not in articles or articles["n_articles"].max() <= 1 or "n_articles" in frame:
        return frame
    sizes = articles.groupby("source")["article_id"].size()
    out = frame.copy()
    out.insert(list(out.columns).index("source") + 1, "n_articles", out["source"].map(sizes).astype("Int64"))
    return out


def article_tone(tone: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The per-article view of tone: one row per scored article with its own label (`article`), its outlet
    (`source`), its number of body sentences and their mean tone by the learned model and by the lexicons."""
    labels = articles.set_index("article_id")["article" if "article" in articles else "source"]
    out = tone.groupby(["article_id", "source"], as_index=False, sort=False).agg(
        n_sentences=("text", "size"), model=("model", "mean"), lexicon=("tone", "mean"))
    out.insert(1, "article", out["article_id"].map(labels))
    return out.sort_values(["source", "article"], kind="stable").reset_index(drop=True)


def outlets_sentence(n_articles: int, outlets: pd.DataFrame) -> str:
    """'12 articles from **3 outlets**; the most prolific, X, has 6 articles.' (Markdown, names escaped); when every
    outlet has one article, it says so instead of naming a 'most prolific' one."""
    from .narrative import md

    def n(k: int, noun: str) -> str:
        return f"{k:,} {noun}{'s' if k != 1 else ''}"

    text = f"{n(n_articles, 'article')} from **{n(len(outlets), 'outlet')}**"
    if len(outlets) == 0:
        return text + "."
    most = outlets.sort_values("n_articles", ascending=False, kind="stable").iloc[0]
    if int(most["n_articles"]) <= 1:
        return text + ("; each has one article." if len(outlets) > 1 else ".")
    return text + f"; the most prolific, {md(most['outlet_key'])}, has {n(int(most['n_articles']), 'article')}."
