"""Charts of the project, each a function from a tidy table to a matplotlib Figure (house style)."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import PALETTE, apply_style, height_for
from .schemas import ROLES

def empty_figure(message: str) -> plt.Figure:
    """A small figure that says why there is nothing to draw (a chart never fails on an empty table)."""
    apply_style()
    fig, ax = plt.subplots(figsize=(6, 1.4))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    return fig


ROLE_COLOURS = dict(zip(ROLES, ["#000000", "#56B4E9", "#999999", "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"]))


def composition_chart(composition: pd.DataFrame) -> plt.Figure:
    """Stacked horizontal bars: words per role in each article (body vs every removed role)."""
    apply_style()
    wide = composition.pivot_table(index="source", columns="role", values="n_words", aggfunc="sum", fill_value=0)
    wide = wide[[r for r in ROLES if r in wide.columns and wide[r].sum() > 0]]
    fig, ax = plt.subplots(figsize=(8, height_for(len(wide), 0.5, 1.6)))
    left = pd.Series(0, index=wide.index)
    for role in wide.columns:
        ax.barh(wide.index, wide[role], left=left, label=role, color=ROLE_COLOURS[role],
                hatch=None if role == "body" else "//", edgecolor="white", linewidth=0.5)
        left = left + wide[role]
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title("What each article is made of: body text vs removed lines")
    ax.legend(ncol=min(4, len(wide.columns)), loc="upper center", bbox_to_anchor=(0.5, -0.18))
    return fig


def readability_chart(readability: pd.DataFrame) -> plt.Figure:
    """Two panels: Flesch reading ease and mean sentence length per source."""
    if readability.dropna(subset=["flesch_reading_ease"]).empty:
        return empty_figure("No body text to score.")
    apply_style()
    data = readability.dropna(subset=["flesch_reading_ease"]).sort_values("flesch_reading_ease")
    fig, axes = plt.subplots(1, 2, figsize=(9, height_for(len(data), 0.45, 1.8)), sharey=True)
    axes[0].barh(data["source"], data["flesch_reading_ease"], color=PALETTE[0])
    axes[0].set_xlabel("Flesch reading ease (higher = easier)")
    axes[1].barh(data["source"], data["mean_sentence_words"], color=PALETTE[1])
    axes[1].set_xlabel("mean words per sentence")
    fig.suptitle("Readability of each article's body text", fontweight="bold")
    return fig


HEDGE_MARKERS = {"exact": "o", "about": "D", "at_least": ">", "more_than": ">", "at_most": "<", "less_than": "<",
                 "range": "|", "vague": "s"}


def interval_chart(numbers: pd.DataFrame, summary: pd.DataFrame, sources: list[str], top: int = 6) -> plt.Figure:
    """One panel per disputed fact: each source's reported interval, its hedge marked, silence shown as such.

    An open side (at least, more than) is drawn as an arrow to the panel's edge; durations are shown in the
    time unit that reads best. Facts are those reported by two or more sources, most disputed first.
    """
    from .facts import comparable_interval, display_scale

    apply_style()
    facts = summary[(summary["n_reporting"] >= 2) & summary["comparable"]].head(top)
    if facts.empty:
        return empty_figure("No fact is reported by two or more sources.")
    fig, axes = plt.subplots(len(facts), 1, figsize=(8.5, height_for(len(sources) * len(facts), 0.42, 1.0)), squeeze=False)
    for ax, fact in zip(axes[:, 0], facts.itertuples(index=False)):
        rows = numbers[numbers["fact_id"] == fact.fact_id]
        counts = rows.groupby(["source", "value_low", "value_high", "hedge", "scope"], dropna=False)["text"].transform("size")
        rows = rows.assign(text=rows["text"] + counts.map(lambda n: f" (×{n})" if n > 1 else "")).drop_duplicates(
            ["source", "value_low", "value_high", "hedge", "scope"])
        bounds = [comparable_interval(r, widen=False) for r in rows.itertuples(index=False)]
        finite = pd.Series([v for b in bounds for v in b if pd.notna(v) and abs(v) != float("inf")], dtype=float)
        unit_name, factor = display_scale(fact.kind, finite)
        lo_all, hi_all = (finite.min() / factor, finite.max() / factor) if len(finite) else (0, 1)
        pad = (hi_all - lo_all) * 0.25 or max(abs(hi_all) * 0.25, 1)
        left, right = max(0, lo_all - pad), hi_all + pad
        by_source = {}  # one pass over the fact's rows, not one per source
        for r, b in zip(rows.itertuples(index=False), bounds):
            by_source.setdefault(r.source, []).append((r, b))
        for y, source in enumerate(sources):
            own = by_source.get(source, [])
            if not own:
                ax.text(left, y, "  silent", va="center", fontsize=8, color="#777777")
                continue
            for k, (r, (lo, hi)) in enumerate(own):
                yy = y + (k - (len(own) - 1) / 2) * 0.32
                lo_d = left if lo == -float("inf") else lo / factor
                hi_d = right if hi == float("inf") else hi / factor
                colour = PALETTE[y % len(PALETTE)]
                ax.plot([lo_d, hi_d], [yy, yy], color=colour, linewidth=2.5, solid_capstyle="butt")
                if hi == float("inf"):
                    ax.annotate("", xy=(right, yy), xytext=(lo_d, yy), arrowprops=dict(arrowstyle="->", color=colour))
                if lo == -float("inf"):
                    ax.annotate("", xy=(left, yy), xytext=(hi_d, yy), arrowprops=dict(arrowstyle="->", color=colour))
                if r.hedge in ("at_least", "more_than"):
                    point = lo_d
                elif r.hedge in ("at_most", "less_than"):
                    point = hi_d
                else:
                    point = (lo_d + hi_d) / 2
                ax.plot(point, yy, marker=HEDGE_MARKERS.get(r.hedge, "o"), color=colour, markersize=7,
                        markeredgecolor="black", linestyle="none")
                ax.text(hi_d if hi != float("inf") else right, yy, f"  {r.text}" + (f" [{r.scope.replace('_', ' ')}]" if r.scope else ""),
                        va="center", fontsize=7.5)
        ax.set_yticks(range(len(sources)), sources)
        ax.set_ylim(-0.7, len(sources) - 0.3)
        ax.invert_yaxis()
        ax.set_xlim(left, right + (right - left) * 0.6)
        ax.set_title(f"{fact.fact_label}" + (f" ({unit_name}s)" if unit_name else ""), loc="left", fontsize=10)
        ax.grid(axis="y", visible=False)
    fig.text(0.01, 0.005, "Markers: o exact · D about · > at least / more than · < up to / under · | range · s vague; "
             "arrows: open-ended", fontsize=7.5, color="#444444")
    fig.tight_layout(rect=(0, 0.02, 1, 1))
    return fig


def _ci_errors(frame: pd.DataFrame):
    low = (frame["mean"] - frame["ci_low"]).fillna(0).clip(lower=0)
    high = (frame["ci_high"] - frame["mean"]).fillna(0).clip(lower=0)
    return [low.to_numpy(), high.to_numpy()]


def tone_distribution_chart(tone: pd.DataFrame, summary: pd.DataFrame) -> plt.Figure:
    """Each sentence's tone per source (dots), with the source's mean and 95% bootstrap interval (black)."""
    if tone.empty:
        return empty_figure("No body sentences to score.")
    import numpy as np

    apply_style()
    sources = sorted(tone["source"].unique())
    fig, ax = plt.subplots(figsize=(8, height_for(len(sources), 0.55, 1.6)))
    rng = np.random.default_rng(0)
    for i, src in enumerate(sources):
        vals = tone.loc[tone["source"] == src, "tone"]
        ax.scatter(vals, i + rng.uniform(-0.18, 0.18, len(vals)), s=14, alpha=0.5, color=PALETTE[i % len(PALETTE)])
    overall = summary[summary["measure"] == "all sentences"].set_index("source").reindex(sources)
    ax.errorbar(overall["mean"], range(len(sources)), xerr=_ci_errors(overall), fmt="D", color="black",
                capsize=4, label="mean, 95% bootstrap interval")
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_yticks(range(len(sources)), sources)
    ax.invert_yaxis()
    ax.set_xlabel("sentence tone (mean of VADER and TextBlob; −1 negative … +1 positive)")
    ax.set_title("Tone of each source's sentences")
    ax.legend(loc="lower right")
    return fig


def trajectory_chart(tone: pd.DataFrame, window: int = 5) -> plt.Figure:
    """Tone through each article: rolling mean over `window` sentences against relative position."""
    if tone.empty:
        return empty_figure("No body sentences to score.")
    apply_style()
    fig, ax = plt.subplots(figsize=(8, 3.6))
    styles = ["-", "--", ":", "-."]
    for i, (src, group) in enumerate(tone.sort_values(["source", "position"]).groupby("source")):
        rolled = group["tone"].rolling(window, min_periods=1, center=True).mean()
        ax.plot(group["position"], rolled, label=src, color=PALETTE[i % len(PALETTE)], linestyle=styles[i % len(styles)],
                linewidth=2)
    ax.axhline(0, color="#555555", linewidth=0.8)
    ax.set_xlabel("position in the article (0 = first body sentence, 1 = last)")
    ax.set_ylabel(f"tone, rolling mean of {window}")
    ax.set_title("Tone through each article")
    ax.legend(ncol=3, fontsize=8)
    return fig


def side_heatmap(summary: pd.DataFrame, min_n: int = 2) -> plt.Figure:
    """Source × side: mean tone of the sentences naming each side; cells with fewer than `min_n` sentences
    are blank, and a '~' marks a mean whose 95% interval includes zero (within noise)."""
    import numpy as np

    apply_style()
    sides = summary[summary["measure"].str.startswith("toward ")].copy()
    sides["side"] = sides["measure"].str.removeprefix("toward ")
    sides = sides[sides["n"] >= min_n]
    if sides.empty:
        return empty_figure("No side is named often enough (actor codebook).")
    mean = sides.pivot(index="source", columns="side", values="mean")
    n = sides.pivot(index="source", columns="side", values="n")
    noisy = sides.assign(noisy=(sides["ci_low"] <= 0) & (sides["ci_high"] >= 0)).pivot(index="source", columns="side", values="noisy")
    limit = max(0.05, float(np.nanmax(np.abs(mean.to_numpy()))))
    fig, ax = plt.subplots(figsize=(1.4 * mean.shape[1] + 2.5, height_for(mean.shape[0], 0.55, 1.8)))
    image = ax.imshow(mean.to_numpy(dtype=float), cmap="RdBu", vmin=-limit, vmax=limit, aspect="auto")
    for (r, c), value in np.ndenumerate(mean.to_numpy(dtype=float)):
        if not np.isnan(value):
            mark = "~" if noisy.iloc[r, c] else ""
            ax.text(c, r, f"{mark}{value:+.2f}\n(n={int(n.iloc[r, c])})", ha="center", va="center", fontsize=8)
    ax.set_xticks(range(mean.shape[1]), mean.columns, rotation=20, ha="right")
    ax.set_yticks(range(mean.shape[0]), mean.index)
    ax.grid(False)
    fig.colorbar(image, ax=ax, label="mean tone of sentences naming the side")
    ax.set_title("Tone toward each side (~ = within noise)")
    return fig


def voice_chart(summary: pd.DataFrame) -> plt.Figure:
    """The outlet's narration vs the quotations it carries: mean tone with 95% intervals per source."""
    if not summary["measure"].isin(["narration", "quote"]).any():
        return empty_figure("No narration or quotation to score.")
    apply_style()
    voices = summary[summary["measure"].isin(["narration", "quote"])]
    sources = sorted(voices["source"].unique())
    fig, ax = plt.subplots(figsize=(8, height_for(len(sources), 0.6, 1.6)))
    for k, (voice, marker) in enumerate((("narration", "o"), ("quote", "s"))):
        part = voices[voices["measure"] == voice].set_index("source").reindex(sources)
        ys = [i + (k - 0.5) * 0.3 for i in range(len(sources))]
        ax.errorbar(part["mean"], ys, xerr=_ci_errors(part), fmt=marker, capsize=3, color=PALETTE[k],
                    label=f"{voice} (own voice)" if voice == "narration" else "inside quotation marks")
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_yticks(range(len(sources)), sources)
    ax.invert_yaxis()
    ax.set_xlabel("mean tone, 95% bootstrap interval")
    ax.set_title("Whose tone is it? The outlet's narration vs the people it quotes")
    ax.legend(loc="lower right", fontsize=8)
    return fig


def evaluative_chart(rates: pd.DataFrame) -> plt.Figure:
    """Evaluative words per 1,000 words of each source's own narration."""
    if rates.empty:
        return empty_figure("No narration to count evaluative words in.")
    apply_style()
    data = rates.sort_values("per_1000_words")
    fig, ax = plt.subplots(figsize=(8, height_for(len(data), 0.5, 1.4)))
    ax.barh(data["source"], data["per_1000_words"], color=PALETTE[3])
    for y, (value, count) in enumerate(zip(data["per_1000_words"], data["evaluative_words"])):
        ax.text(value, y, f"  {count}", va="center", fontsize=8)
    ax.set_xlabel("evaluative words per 1,000 words of narration (count at the bar's end)")
    ax.set_title("The outlet's own judgement words")
    return fig


def frame_heatmap(profile: pd.DataFrame) -> plt.Figure:
    """Source × frame: the share of each source's body sentences carrying the frame (generic, then issue frames)."""
    if profile.empty:
        return empty_figure("No frames in the codebook or no body sentences.")
    import numpy as np

    apply_style()
    order = profile.drop_duplicates("frame")[["frame", "family"]]
    wide = profile.pivot_table(index="source", columns="frame", values="share", aggfunc="mean")[order["frame"]]
    fig, ax = plt.subplots(figsize=(0.75 * wide.shape[1] + 2.5, height_for(wide.shape[0], 0.5, 2.6)))
    image = ax.imshow(wide.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=max(0.05, float(np.nanmax(wide.to_numpy()))),
                      aspect="auto")
    for (r, c), value in np.ndenumerate(wide.to_numpy(dtype=float)):
        ax.text(c, r, f"{value:.0%}", ha="center", va="center", fontsize=7.5,
                color="white" if value > 0.6 * np.nanmax(wide.to_numpy()) else "black")
    labels = [f"{f}{' *' if fam == 'generic' else ''}" for f, fam in zip(order["frame"], order["family"])]
    ax.set_xticks(range(wide.shape[1]), labels, rotation=40, ha="right")
    ax.set_yticks(range(wide.shape[0]), wide.index)
    ax.grid(False)
    fig.colorbar(image, ax=ax, label="share of body sentences")
    ax.set_title("Frames per source (* generic frames, Semetko & Valkenburg)")
    return fig


def voice_share_chart(shares: pd.DataFrame) -> plt.Figure:
    """Stacked bars: the share of each source's quoted words given to each side."""
    if shares.empty or shares["quoted_words"].sum() == 0:
        return empty_figure("No words inside quotation marks in any source.")
    apply_style()
    wide = shares.pivot_table(index="source", columns="side", values="word_share", aggfunc="sum", fill_value=0)
    fig, ax = plt.subplots(figsize=(8, height_for(len(wide), 0.5, 1.8)))
    left = pd.Series(0.0, index=wide.index)
    hatches = ["", "//", "..", "xx", "\\\\", "++", "oo"]
    for k, side in enumerate(wide.columns):
        ax.barh(wide.index, wide[side], left=left, label=side, color=PALETTE[k % len(PALETTE)], hatch=hatches[k % len(hatches)],
                edgecolor="white")
        left = left + wide[side]
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the source's words inside quotation marks")
    ax.set_title("Whose voice each source carries")
    ax.legend(ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=8)
    return fig


def distinctive_words_chart(words: pd.DataFrame, top: int = 8) -> plt.Figure:
    """One panel per source: its most distinctive words (weighted log-odds z-scores)."""
    if words.empty:
        return empty_figure("No word is used often enough to be distinctive.")
    apply_style()
    sources = sorted(words["source"].unique())
    cols = min(3, len(sources)) or 1
    rows = -(-len(sources) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.4 * cols, height_for(rows, 2.6, 0)), squeeze=False)
    for ax, src in zip(axes.flat, sources):
        own = words[words["source"] == src].head(top).iloc[::-1]
        ax.barh(own["word"], own["z"], color=[PALETTE[0] if z > 1.96 else "#9bbfd9" for z in own["z"]])
        ax.axvline(1.96, color="#555555", linewidth=0.8, linestyle="--")
        ax.set_title(src, fontsize=9)
        ax.tick_params(labelsize=8)
    for ax in list(axes.flat)[len(sources):]:
        ax.axis("off")
    fig.suptitle("Words most distinctive of each source (z of weighted log-odds; dashed: 1.96)", fontweight="bold")
    fig.tight_layout()
    return fig
