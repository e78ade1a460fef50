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
