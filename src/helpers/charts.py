"""Charts of the project, each a function from a tidy table to a matplotlib Figure (house style)."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import PALETTE, apply_style
from .schemas import ROLES

ROLE_COLOURS = dict(zip(ROLES, ["#000000", "#56B4E9", "#999999", "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"]))


def composition_chart(composition: pd.DataFrame) -> plt.Figure:
    """Stacked horizontal bars: words per role in each article (body vs every removed role)."""
    apply_style()
    wide = composition.pivot_table(index="source", columns="role", values="n_words", aggfunc="sum", fill_value=0)
    wide = wide[[r for r in ROLES if r in wide.columns and wide[r].sum() > 0]]
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(wide) + 1.6))
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
    apply_style()
    data = readability.dropna(subset=["flesch_reading_ease"]).sort_values("flesch_reading_ease")
    fig, axes = plt.subplots(1, 2, figsize=(9, 0.45 * len(data) + 1.8), sharey=True)
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
        fig, ax = plt.subplots(figsize=(6, 1.5))
        ax.axis("off")
        ax.text(0.5, 0.5, "No fact is reported by two or more sources.", ha="center", va="center")
        return fig
    fig, axes = plt.subplots(len(facts), 1, figsize=(8.5, 1.0 + 0.42 * len(sources) * len(facts)), squeeze=False)
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
        for y, source in enumerate(sources):
            own = [(r, b) for r, b in zip(rows.itertuples(index=False), bounds) if r.source == source]
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
