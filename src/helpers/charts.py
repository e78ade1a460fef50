"""Charts of the project, each a function from a tidy table to a matplotlib Figure (house style).

Every chart reads at any size (tests/test_charts.py renders each on 1, 5 and 25 sources and on extreme values):
sources are named by `short_label`, numeric axes carry their unit and ticks people read (`people_ticks`: 1.2M,
never 1e9 or an offset), legends sit outside the data, and a chart with nothing to draw is a sentence (`NoChart`).
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import MAX_HEIGHT, PALETTE, NoChart, apply_style, height_for, people_ticks, short_label, short_labels
from .schemas import ROLES


def empty_figure(message: str) -> NoChart:
    """Nothing to draw: the sentence that says why (a chart never fails on an empty table, never draws an empty one)."""
    return NoChart(message)


def _short_sources(frame: pd.DataFrame, column: str = "source") -> pd.DataFrame:
    """`frame` with its sources named as charts name them (`short_labels`: readable, unique)."""
    return frame.assign(**{column: frame[column].map(short_labels(frame[column]))})


def _ordered(sources) -> list:
    """Sources in name order, the row pooling the rest ('other (k outlets)', `helpers.outlets.rest_label`) last."""
    return sorted(set(sources), key=lambda s: (str(s).startswith("other ("), str(s)))


def _legend_below(fig, ax, ncol: int, **kw) -> None:
    """The legend outside the data, under the axes (constrained layout keeps it clear of the axis labels)."""
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        fig.legend(handles, labels, loc="outside lower center", ncol=max(1, ncol), **kw)


ROLE_COLOURS = dict(zip(ROLES, ["#000000", "#56B4E9", "#999999", "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"]))


MAX_BARS = 60  # one bar per article up to this many; a larger corpus shows the extremes (legible, and fast to draw)


def composition_chart(composition: pd.DataFrame) -> plt.Figure:
    """Stacked horizontal bars: words per role in each article (body vs every removed role); beyond MAX_BARS
    articles, the MAX_BARS with the most removed words."""
    if composition.empty or not (composition["n_words"] > 0).any():
        return empty_figure("No article has any words to show.")
    apply_style()
    wide = _short_sources(composition).pivot_table(index="source", columns="role", values="n_words", aggfunc="sum",
                                                   fill_value=0)
    wide = wide[[r for r in ROLES if r in wide.columns and wide[r].sum() > 0]]
    title = "What each article is made of: body text vs removed lines"
    if len(wide) > MAX_BARS:
        removed = wide.drop(columns=["body"], errors="ignore").sum(axis=1)
        title = f"The {MAX_BARS} of {len(wide)} articles with the most removed words: body text vs removed lines"
        wide = wide.loc[removed.sort_values(ascending=False, kind="stable").index[:MAX_BARS]]
    fig, ax = plt.subplots(figsize=(8, height_for(len(wide), 0.5, 2.2)), layout="constrained")
    left = pd.Series(0, index=wide.index)
    for role in wide.columns:
        ax.barh(wide.index, wide[role], left=left, label=role, color=ROLE_COLOURS[role],
                hatch=None if role == "body" else "//", edgecolor="white", linewidth=0.5)
        left = left + wide[role]
    ax.invert_yaxis()
    people_ticks(ax.xaxis, integer=True)
    ax.set_xlabel("words")
    ax.set_title(title)
    _legend_below(fig, ax, min(4, len(wide.columns)))
    return fig


def readability_chart(readability: pd.DataFrame) -> plt.Figure:
    """Two panels: Flesch reading ease and mean sentence length per source; beyond MAX_BARS articles, the
    hardest and the easiest MAX_BARS / 2 each."""
    if readability.dropna(subset=["flesch_reading_ease"]).empty:
        return empty_figure("No body text to score.")
    apply_style()
    data = readability.dropna(subset=["flesch_reading_ease"]).groupby("source", as_index=False)[
        ["flesch_reading_ease", "mean_sentence_words"]].mean()  # one bar per source (an outlet's articles averaged)
    data = _short_sources(data).sort_values("flesch_reading_ease")
    title = "Readability of each source's body text"
    if len(data) > MAX_BARS:
        title = f"Readability: the {MAX_BARS // 2} hardest and {MAX_BARS // 2} easiest of {len(data)} sources"
        data = pd.concat([data.head(MAX_BARS // 2), data.tail(MAX_BARS // 2)])
    fig, axes = plt.subplots(1, 2, figsize=(9, height_for(len(data), 0.45, 1.8)), sharey=True, layout="constrained")
    axes[0].barh(data["source"], data["flesch_reading_ease"], color=PALETTE[0])
    axes[0].set_xlabel("Flesch reading ease, points (higher = easier)")
    axes[1].barh(data["source"], data["mean_sentence_words"].fillna(0), color=PALETTE[1])
    axes[1].set_xlabel("mean words per sentence")
    for ax in axes:
        people_ticks(ax.xaxis, nbins=4)
    fig.suptitle(title, fontweight="bold")
    return fig


HEDGE_MARKERS = {"exact": "o", "about": "D", "at_least": ">", "more_than": ">", "at_most": "<", "less_than": "<",
                 "range": "|", "vague": "s"}


PANEL_ROW_INCHES = 0.42  # height of one source's row in an interval panel


def charted_facts(summary: pd.DataFrame, n_sources: int, top: int = 6) -> pd.DataFrame:
    """The facts `interval_chart` draws: the disputed ones the findings name (reported by two or more sources,
    comparable, fit to headline where the table says so, figures that differ: a figure every source gives alike is
    never drawn as disputed), in the table's rank order, at most `top`, and no more panels than fit in a printable
    figure (each panel has one row per source)."""
    fit = max(1, int((MAX_HEIGHT - 1.5) // (PANEL_ROW_INCHES * max(1, n_sources) + 0.9)))
    keep = (summary["n_reporting"] >= 2) & summary["comparable"].astype(bool)
    if "disagreement" in summary:
        keep &= summary["disagreement"] > 0
    if "headline_ok" in summary:
        keep &= summary["headline_ok"].astype(bool)
    return summary[keep].head(min(top, fit))


def _axis_unit(fact, rows: pd.DataFrame, unit_name: str) -> str:
    """The x-axis label of a fact's panel: what its values count, in the unit shown."""
    from .facts import plural_of

    units = rows["unit"].mode() if "unit" in rows and len(rows) else pd.Series(dtype=str)
    unit = str(units.iloc[0]) if len(units) else ""
    if unit_name:
        return f"{unit_name}s"
    named = {"time": "time of day", "date": "date", "year": "year", "percent": "%", "age": "years of age"}
    if fact.kind in named:
        return named[fact.kind]
    return (plural_of(unit) if fact.kind == "count" and unit else unit) or "value"


def _draw_mention(ax, r, lo, hi, yy: float, colour: str, left: float, right: float, factor: float) -> float:
    """One source's reported interval: a line (arrows for an open side) and the hedge's marker; returns its right end."""
    lo_d = left if lo == -float("inf") else lo / factor
    hi_d = right if hi == float("inf") else hi / factor
    ax.plot([lo_d, hi_d], [yy, yy], color=colour, linewidth=2.5, solid_capstyle="butt")
    if hi == float("inf"):
        ax.annotate("", xy=(right, yy), xytext=(lo_d, yy), arrowprops=dict(arrowstyle="->", color=colour))
    if lo == -float("inf"):
        ax.annotate("", xy=(left, yy), xytext=(hi_d, yy), arrowprops=dict(arrowstyle="->", color=colour))
    point = lo_d if r.hedge in ("at_least", "more_than") else hi_d if r.hedge in ("at_most", "less_than") else (lo_d + hi_d) / 2
    ax.plot(point, yy, marker=HEDGE_MARKERS.get(r.hedge, "o"), color=colour, markersize=7, markeredgecolor="black",
            linestyle="none")
    return hi_d


MAX_MARKS = 8  # figures drawn one by one on a source's row; beyond, the row shows their span


def _draw_span(ax, own: list, y: float, colour: str, left: float, right: float, factor: float) -> None:
    """Many figures on one row (the pooled outlets): one wide band from the lowest to the highest, labelled with
    how many figures there are and the lowest and highest as written."""
    ranked = sorted(own, key=lambda pair: (pair[1][0], pair[1][1]))
    lo, hi = ranked[0][1][0], max(b[1] for _, b in own)
    lo_d = left if lo == -float("inf") else lo / factor
    hi_d = right if hi == float("inf") else hi / factor
    ax.plot([lo_d, hi_d], [y, y], color=colour, linewidth=7, alpha=0.45, solid_capstyle="butt")
    highest = max(own, key=lambda pair: pair[1][1])[0]
    words = f"{len(own)} figures, {ranked[0][0].text} … {highest.text}"
    ax.text(hi_d, y, f"  {words if len(words) <= 60 else words[:59] + '…'}", va="center", fontsize=7.5)


def _other_claimant_figures(numbers: pd.DataFrame, fact) -> pd.DataFrame:
    """The mentions of `fact`'s other claimant splits (the same fact credited to another claimant), for the rows of
    sources that give it only there."""
    from .facts import base_label

    if "fact_label" not in numbers or numbers.empty:
        return numbers.iloc[0:0]
    family = base_label(pd.Series([fact.fact_label])).iloc[0]
    labels = numbers["_family"] if "_family" in numbers else base_label(numbers["fact_label"])
    return numbers[(labels == family) & (numbers["fact_id"] != fact.fact_id)]


def _elsewhere_words(elsewhere: pd.DataFrame, source: str) -> str:
    """A panel row's words for a source without a figure of the fact: its figures under another claimant, each
    claimant named beside its own figures (latest first), or silent."""
    from .facts import newest_first
    from .narrative import clipped

    own = newest_first(elsewhere[elsewhere["source"] == source])
    if own.empty:
        return "  silent"
    who = own["claimant"].fillna("").astype(str).str.strip() if "claimant" in own else pd.Series("", index=own.index)
    parts = [clipped(" · ".join(dict.fromkeys(own.loc[who == c, "text"])), 28) + (f" ({clipped(c, 30)})" if c else "")
             for c in dict.fromkeys(who)]
    return clipped("  only under another claimant: " + "; ".join(parts), 110)


def _fact_panel(ax, fact, numbers: pd.DataFrame, sources: list[str]) -> None:
    """One fact's panel: each source's reported interval on one row, silence written as such."""
    from .facts import comparable_interval, display_scale, newest_first

    rows = newest_first(numbers[numbers["fact_id"] == fact.fact_id])  # each row's words: latest figure first
    elsewhere = _other_claimant_figures(numbers, fact)
    counts = rows.groupby(["source", "value_low", "value_high", "hedge", "scope"], dropna=False)["text"].transform("size")
    rows = rows.assign(text=rows["text"] + counts.map(lambda n: f" (×{n})" if n > 1 else "")).drop_duplicates(
        ["source", "value_low", "value_high", "hedge", "scope"])
    bounds = [comparable_interval(r, widen=False) for r in rows.itertuples(index=False)]
    finite = pd.Series([v for b in bounds for v in b if pd.notna(v) and abs(v) != float("inf")], dtype=float)
    unit_name, factor = display_scale(fact.kind, finite)
    lo_all, hi_all = (finite.min() / factor, finite.max() / factor) if len(finite) else (0, 1)
    pad = (hi_all - lo_all) * 0.25 or max(abs(hi_all) * 0.25, 1)
    left, right = (max(0, lo_all - pad) if lo_all >= 0 else lo_all - pad), hi_all + pad
    for y, source in enumerate(sources):
        own = [(r, b) for r, b in zip(rows.itertuples(index=False), bounds) if r.source == source]
        if not own:  # silent, unless the source gives the fact under another claimant's split of it
            ax.text(left, y, _elsewhere_words(elsewhere, source), va="center", fontsize=8, color="#777777")
            continue
        if len(own) > MAX_MARKS:  # a pooled row of many outlets: the span of their figures, not each one
            _draw_span(ax, own, y, PALETTE[y % len(PALETTE)], left, right, factor)
            continue
        ends = [_draw_mention(ax, r, lo, hi, y + (k - (len(own) - 1) / 2) * min(0.3, 0.7 / len(own)),
                              PALETTE[y % len(PALETTE)], left, right, factor) for k, (r, (lo, hi)) in enumerate(own)]
        words = " · ".join(r.text + (f" [{r.scope.replace('_', ' ')}]" if r.scope else "") for r, _ in own)
        words = words if len(words) <= 60 else words[:59] + "…"
        ax.text(max(ends), y, f"  {words}", va="center", fontsize=7.5)  # one label a row: none overlap
    ax.set_yticks(range(len(sources)), [short_labels(sources)[s] for s in sources])
    ax.set_ylim(-0.7, len(sources) - 0.3)
    ax.invert_yaxis()
    ax.set_xlim(left, right + (right - left) * 0.6)
    people_ticks(ax.xaxis, kind=fact.kind if fact.kind in ("year", "date") else "", nbins=5)
    if fact.kind == "time":  # clock times are stored as HHMM (1630): written as 16:30
        ax.xaxis.set_major_formatter(_tick_format("time"))
    ax.set_xlabel(_axis_unit(fact, rows, unit_name), fontsize=8.5)
    ax.set_title(f"{fact.fact_label}" + (f" ({unit_name}s)" if unit_name else ""), loc="left", fontsize=10)
    ax.grid(axis="y", visible=False)


def interval_chart(numbers: pd.DataFrame, summary: pd.DataFrame, sources: list[str], top: int = 6) -> plt.Figure:
    """One panel per disputed fact: each source's reported interval, its hedge marked, silence shown as such.

    An open side (at least, more than) is drawn as an arrow to the panel's edge; durations are shown in the
    time unit that reads best. Facts are those reported by two or more sources, most disputed first
    (`charted_facts`: as many as fit).
    """
    facts = charted_facts(summary, len(sources), top)
    if facts.empty or numbers.empty:
        return empty_figure("No figure reported by two or more sources is disputed.")
    apply_style()
    height = height_for(len(sources) * len(facts), PANEL_ROW_INCHES, 1.0 + 0.6 * len(facts))
    fig, axes = plt.subplots(len(facts), 1, figsize=(8.5, height), squeeze=False, layout="constrained")
    if "fact_label" in numbers:  # only the charted facts' splits are read again (for "only under another claimant")
        from .facts import base_label

        families = set(base_label(facts["fact_label"]))
        numbers = numbers.assign(_family=base_label(numbers["fact_label"]))
        numbers = numbers[numbers["_family"].isin(families)]
    for ax, fact in zip(axes[:, 0], facts.itertuples(index=False)):
        _fact_panel(ax, fact, numbers, sources)
    fig.get_layout_engine().set(h_pad=0.08)
    fig.supxlabel("Markers: o exact · D about · > at least / more than · < up to / under · | range · s vague; "
                  "arrows: open-ended; each row's figures latest first", fontsize=7.5, color="#444444")
    return fig


def _tick_format(kind: str):
    """Axis ticks as people write numbers (clock times as HH:MM, large values with scale words)."""
    from matplotlib.ticker import FuncFormatter

    from .number_format import format_number, format_value

    if kind == "time":
        return FuncFormatter(lambda v, _: format_value(v, "time", "time"))
    return FuncFormatter(lambda v, _: format_number(round(v, 6)))


def _ci_errors(frame: pd.DataFrame):
    low = (frame["mean"] - frame["ci_low"]).fillna(0).clip(lower=0)
    high = (frame["ci_high"] - frame["mean"]).fillna(0).clip(lower=0)
    return [low.to_numpy(), high.to_numpy()]


def _tone_method(method: str) -> tuple[str, str]:
    """(score column, display name) of a tone method (helpers.sentiment.METHODS)."""
    from .sentiment import METHODS

    return METHODS[method]


MAX_DOTS = 300  # sentences drawn per source row (a random sample beyond); the mean and interval use them all


def tone_distribution_chart(tone: pd.DataFrame, summary: pd.DataFrame, method: str = "model") -> plt.Figure:
    """Each sentence's tone per source (dots; a sample of MAX_DOTS when a source has more), with the source's mean
    and 95% bootstrap interval over all its sentences (black), by one method (named on the axis)."""
    column, name = _tone_method(method)
    summary = summary[summary["method"] == method]
    if tone.empty:
        return empty_figure("No body sentences to score.")
    import numpy as np

    apply_style()
    names = short_labels(_ordered(tone["source"].unique()))
    tone, summary = tone.assign(source=tone["source"].map(names)), summary.assign(source=summary["source"].map(names))
    sources = list(names.values())
    fig, ax = plt.subplots(figsize=(8, height_for(len(sources), 0.55, 2.0)), layout="constrained")
    rng = np.random.default_rng(0)
    for i, src in enumerate(sources):
        vals = tone.loc[tone["source"] == src, column]
        vals = vals.sample(MAX_DOTS, random_state=0) if len(vals) > MAX_DOTS else vals  # a row stays readable
        ax.scatter(vals, i + rng.uniform(-0.18, 0.18, len(vals)), s=14, alpha=0.5, color=PALETTE[i % len(PALETTE)])
    overall = summary[summary["measure"] == "all sentences"].set_index("source").reindex(sources)
    ax.errorbar(overall["mean"], range(len(sources)), xerr=_ci_errors(overall), fmt="D", color="black",
                capsize=4, label="mean, 95% bootstrap interval")
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_yticks(range(len(sources)), sources)
    ax.set_ylim(len(sources) - 0.5, -0.5)
    ax.set_xlim(-1.05, 1.05)
    people_ticks(ax.xaxis, nbins=4)
    sampled = tone.groupby("source").size().max() > MAX_DOTS
    ax.set_xlabel(f"sentence tone by the {name}; −1 negative … +1 positive"
                  + (f"\n(dots: at most {MAX_DOTS} sentences per source, a random sample)" if sampled else ""))
    ax.set_title("Tone of each source's sentences")
    _legend_below(fig, ax, 1)  # outside the data: the mean marker never sits on a source's row
    return fig


def trajectory_chart(tone: pd.DataFrame, window: int = 5, method: str = "model") -> plt.Figure:
    """Tone through each article by one method: rolling mean over `window` sentences against relative position."""
    column, name = _tone_method(method)
    if tone.empty:
        return empty_figure("No body sentences to score.")
    apply_style()
    tone = _short_sources(tone)
    ncol = 4
    fig, ax = plt.subplots(figsize=(8, 3.6 + 0.22 * -(-tone["source"].nunique() // ncol)), layout="constrained")
    styles = ["-", "--", ":", "-."]
    for i, src in enumerate(_ordered(tone["source"].unique())):
        group = tone[tone["source"] == src].sort_values("position")
        rolled = group[column].rolling(window, min_periods=1, center=True).mean()
        ax.plot(group["position"], rolled, label=src, color=PALETTE[i % len(PALETTE)], linestyle=styles[i % len(styles)],
                linewidth=2)
    ax.axhline(0, color="#555555", linewidth=0.8)
    ax.set_xlim(0, 1)
    people_ticks(ax.xaxis, nbins=5)
    people_ticks(ax.yaxis, nbins=5)
    ax.set_xlabel("position in the article (0 = first body sentence, 1 = last)")
    ax.set_ylabel(f"tone, rolling mean of {window}" if window > 1 else "mean tone (each tenth of the articles)")
    ax.set_title(f"Tone through each article ({name})", fontsize=10)
    _legend_below(fig, ax, ncol, fontsize=8)
    return fig


def side_heatmap(summary: pd.DataFrame, min_n: int = 2, method: str = "model") -> plt.Figure:
    """Source × side: mean tone of the sentences naming each side; cells with fewer than `min_n` sentences
    are blank, and a '~' marks a mean whose 95% interval includes zero (within noise)."""
    import numpy as np

    _, name = _tone_method(method)
    apply_style()
    sides = summary[summary["measure"].str.startswith("toward ") & (summary["method"] == method)].copy()
    sides["side"] = sides["measure"].str.removeprefix("toward ")
    sides = sides[sides["n"] >= min_n]
    if sides.empty:
        return empty_figure("No side is named often enough to chart the tone toward it (actor codebook).")
    sides = _short_sources(sides)
    mean = sides.pivot(index="source", columns="side", values="mean")
    mean = mean.reindex(_ordered(mean.index))
    n = sides.pivot(index="source", columns="side", values="n")
    noisy = sides.assign(noisy=(sides["ci_low"] <= 0) & (sides["ci_high"] >= 0)).pivot(index="source", columns="side", values="noisy")
    n, noisy = n.reindex(mean.index), noisy.reindex(mean.index)
    limit = max(0.05, float(np.nanmax(np.abs(mean.to_numpy()))))
    fig, ax = plt.subplots(figsize=(1.4 * mean.shape[1] + 3.5, height_for(mean.shape[0], 0.55, 2.2)), layout="constrained")
    image = ax.imshow(mean.to_numpy(dtype=float), cmap="RdBu", vmin=-limit, vmax=limit, aspect="auto")
    for (r, c), value in np.ndenumerate(mean.to_numpy(dtype=float)):
        if not np.isnan(value):
            mark = "~" if noisy.iloc[r, c] else ""
            ax.text(c, r, f"{mark}{value:+.2f}\n(n={int(n.iloc[r, c])})", ha="center", va="center", fontsize=8)
    ax.set_xticks(range(mean.shape[1]), [short_label(s, 18) for s in mean.columns], rotation=30, ha="right",
                  rotation_mode="anchor")
    ax.set_yticks(range(mean.shape[0]), mean.index)
    ax.grid(False)
    bar = fig.colorbar(image, ax=ax, label="mean tone toward the side's mentions (−1 … +1)")
    people_ticks(bar.ax.yaxis, nbins=4)
    ax.set_title(f"Tone toward each side (~ = within noise)\n{name}", fontsize=10)
    return fig


def voice_chart(summary: pd.DataFrame, method: str = "model") -> plt.Figure:
    """The outlet's own narration vs the speech it reports (credited, not quoted) vs the quotations it carries: mean
    tone with 95% intervals per source, by one method."""
    _, name = _tone_method(method)
    summary = summary[summary["method"] == method]
    kinds = [("narration", "o", "own narration"), ("reported", "^", "reported speech (credited, not quoted)"),
             ("quote", "s", "inside quotation marks")]
    if not summary["measure"].isin([k for k, _, _ in kinds]).any():
        return empty_figure("No narration or quotation to score.")
    apply_style()
    voices = _short_sources(summary[summary["measure"].isin([k for k, _, _ in kinds])])
    sources = _ordered(voices["source"].unique())
    fig, ax = plt.subplots(figsize=(8, height_for(len(sources), 0.7, 2.0)), layout="constrained")
    for k, (voice, marker, label) in enumerate(kinds):
        part = voices[voices["measure"] == voice].set_index("source").reindex(sources)
        ys = [i + (k - 1) * 0.25 for i in range(len(sources))]
        ax.errorbar(part["mean"], ys, xerr=_ci_errors(part), fmt=marker, capsize=3, color=PALETTE[k], label=label)
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_yticks(range(len(sources)), sources)
    ax.set_ylim(len(sources) - 0.5, -0.5)
    ax.set_xlim(-1.05, 1.05)
    people_ticks(ax.xaxis, nbins=4)
    ax.set_xlabel(f"mean tone by the {name} (−1 … +1), 95% bootstrap interval")
    ax.set_title("Whose tone is it? The outlet's own narration vs the people it reports and quotes")
    _legend_below(fig, ax, 3, fontsize=8)
    return fig


def evaluative_chart(rates: pd.DataFrame) -> plt.Figure:
    """Evaluative words per 1,000 words of each source's own narration."""
    if rates.empty:
        return empty_figure("No narration to count evaluative words in.")
    apply_style()
    data = _short_sources(rates).sort_values("per_1000_words")
    fig, ax = plt.subplots(figsize=(8, height_for(len(data), 0.5, 1.6)), layout="constrained")
    ax.barh(data["source"], data["per_1000_words"], color=PALETTE[3])
    for y, (value, count, words) in enumerate(zip(data["per_1000_words"], data["evaluative_words"], data["narration_words"])):
        # the bar is a rate; its label says so, with the counts it comes from
        ax.text(max(value, 0), y, f"  {value:.1f} ({int(count):,} in {int(words):,} words)", va="center", fontsize=8)
    ax.set_xlim(0, max(1.0, float(data["per_1000_words"].max())) * 1.45)
    people_ticks(ax.xaxis, nbins=5)
    ax.set_xlabel("evaluative words per 1,000 words of narration (a rate)")
    ax.set_title("The outlet's own judgement words")
    return fig


def frame_heatmap(profile: pd.DataFrame) -> plt.Figure:
    """Source × frame: the share of each source's body sentences carrying the frame (codebook order; frames no
    source uses are left out)."""
    if profile.empty:
        return empty_figure("No frames in the codebook or no body sentences.")
    import numpy as np
    from matplotlib.ticker import PercentFormatter

    apply_style()
    order = profile.drop_duplicates("frame")[["frame", "family"]]
    used = profile.groupby("frame")["share"].max()
    order = order[order["frame"].map(used) > 0] if (used > 0).any() else order  # frames no source uses are left out
    wide = profile.pivot_table(index="source", columns="frame", values="share", aggfunc="mean")[order["frame"]]
    wide = wide.reindex(_ordered(wide.index))
    fig, ax = plt.subplots(figsize=(max(6.5, 0.75 * wide.shape[1] + 2.5), height_for(wide.shape[0], 0.5, 3.2)))
    image = ax.imshow(wide.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=max(0.05, float(np.nanmax(wide.to_numpy()))),
                      aspect="auto")
    for (r, c), value in np.ndenumerate(wide.to_numpy(dtype=float)):
        if value == value:  # a source with no sentence for a frame's article is left blank, not written 'nan%'
            ax.text(c, r, f"{value:.0%}", ha="center", va="center", fontsize=7.5,
                    color="white" if value > 0.6 * np.nanmax(wide.to_numpy()) else "black")
    labels = [f"{f.replace('_', ' ')}{' *' if fam == 'generic' else ''}" for f, fam in zip(order["frame"], order["family"])]
    ax.set_xticks(range(wide.shape[1]), labels, rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(wide.shape[0]), [short_labels(wide.index)[s] for s in wide.index])
    ax.grid(False)
    fig.set_layout_engine("constrained")
    bar = fig.colorbar(image, ax=ax, label="share of sentences")
    bar.ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_title("Frames per source")
    fig.supxlabel("* generic frames (Semetko & Valkenburg); others: Policy Frames Codebook or the event's codebook",
                  fontsize=7.5, color="#444444")
    return fig


def voice_share_chart(shares: pd.DataFrame) -> plt.Figure:
    """Stacked bars: the share of each source's quoted words given to each side."""
    if shares.empty or shares["quoted_words"].sum() == 0:
        return empty_figure("No words inside quotation marks in any source.")
    if set(shares.loc[shares["quoted_words"] > 0, "side"]) <= {"other / unnamed"}:  # a bar of 100 % says nothing
        return empty_figure("No quoted speaker has a side: the actor codebook names none of them (`make codebook` "
                            "drafts one).")
    from matplotlib.ticker import PercentFormatter

    apply_style()
    wide = _short_sources(shares).pivot_table(index="source", columns="side", values="word_share", aggfunc="sum",
                                              fill_value=0)
    wide = wide.reindex(_ordered(wide.index))
    fig, ax = plt.subplots(figsize=(8, height_for(len(wide), 0.5, 2.2)), layout="constrained")
    left = pd.Series(0.0, index=wide.index)
    hatches = ["", "//", "..", "xx", "\\\\", "++", "oo"]
    for k, side in enumerate(wide.columns):
        ax.barh(wide.index, wide[side], left=left, label=side, color=PALETTE[k % len(PALETTE)], hatch=hatches[k % len(hatches)],
                edgecolor="white")
        left = left + wide[side]
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("of the words each source puts inside quotation marks, the share by the speaker's side (%)")
    ax.set_title("Whose voice each source carries")
    _legend_below(fig, ax, 3, fontsize=8)
    return fig


def distinctive_words_chart(words: pd.DataFrame, top: int = 8) -> plt.Figure:
    """One panel per source: its most distinctive words (weighted log-odds z-scores)."""
    if words.empty:
        return empty_figure("No word is used often enough to be distinctive.")
    apply_style()
    words = _short_sources(words)
    sources = sorted(words["source"].unique())
    cols = min(3, len(sources)) or 1
    rows = -(-len(sources) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.6 * cols, height_for(rows, 2.8, 0.6)), squeeze=False,
                             layout="constrained")
    for ax, src in zip(axes.flat, sources):
        own = words[words["source"] == src].head(top).iloc[::-1]
        ax.barh([short_label(w, 18) for w in own["word"]], own["z"],
                color=[PALETTE[0] if z > 1.96 else "#9bbfd9" for z in own["z"]])
        ax.axvline(1.96, color="#555555", linewidth=0.8, linestyle="--")
        ax.set_title(src, fontsize=9)
        ax.tick_params(labelsize=8)
        people_ticks(ax.xaxis, nbins=3)
        ax.set_xlabel("z-score", fontsize=8)
    for ax in list(axes.flat)[len(sources):]:
        ax.axis("off")
    fig.suptitle("Words most distinctive of each source (z of weighted log-odds; dashed: 1.96)", fontweight="bold")
    return fig
