"""Charts that read right at any size: every chart of helpers.charts on 1, 5 and 25 sources and on extreme values.

Each chart is drawn from small synthetic tables shaped like the project's schemas and measured with matplotlib's
own renderer: no two tick labels overlap, no axis shows an offset ('1e8'), every numeric axis says its unit,
legends sit outside the data, sources are named by a short readable label, and a chart with nothing to draw is a
sentence, not an empty figure.
"""
from __future__ import annotations

import math
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import charts  # noqa: E402
from helpers.figures import TICK_TEXT, NoChart, compact_number, save_figure, short_label, short_labels  # noqa: E402
from helpers.schemas import ROLES, validate  # noqa: E402

LONG = "The Northern Provinces Evening Courier and Weekly Agricultural Gazette, Online Edition"  # 84 characters
BASE = ["Herald", LONG, "https://www.meridia-wire.example.com/news/2026/quake", "Daily Signal", "Orvane Courier"]


def source_names(n: int) -> list[str]:
    names = BASE[:n] + [f"Regional Broadcaster Number {i} International Service" for i in range(n - len(BASE))]
    return names[:n]


def _values(n: int, extreme: bool, low: float = 0, high: float = 100) -> np.ndarray:
    """n values: spread out, or extreme (a negative one, 1e9, ties)."""
    if not extreme:
        return np.linspace(low + (high - low) * 0.2, high * 0.9, n)
    base = np.array([-250.0, 1e9, 1e9, 0.0, 3.5])
    return np.resize(base, n)


# ---- synthetic tables, one builder per chart: (n sources, extreme?) -> the chart's arguments ----

def composition_args(n, extreme):
    sources = source_names(n)
    words = _values(n * 3, extreme).clip(min=0) if extreme else np.linspace(40, 900, n * 3).round()
    rows = [{"article_id": f"a{i}", "source": s, "role": role, "n_blocks": 1, "n_words": int(w)}
            for i, s in enumerate(sources) for role, w in zip(["body", "caption", "boilerplate"], words[i * 3:i * 3 + 3])]
    return (pd.DataFrame(rows),)


def readability_args(n, extreme):
    sources = source_names(n)
    flesch = _values(n, extreme, -40, 90) if extreme else np.linspace(20, 80, n)
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "source": sources, "flesch_reading_ease": flesch,
                          "flesch_kincaid_grade": 10.0, "mean_sentence_words": np.resize([12.0, 30.0, 30.0], n),
                          "n_sentences": 10, "n_words": 200})
    return (validate("readability", frame),)


def interval_args(n, extreme):
    sources = source_names(n)
    facts = [("killed", "people killed", "count", "person"), ("damage", "damage", "money", "EUR"),
             ("talks", "length of talks", "duration", "hour"), ("start", "time the talks began", "time", "hour of day")]
    rows, summary = [], []
    for k, (fact_id, label, kind, unit) in enumerate(facts):
        values = (np.linspace(9.5, 17.25, n) if kind == "time" else _values(n, extreme)
                  if extreme and kind != "duration" else np.linspace(10, 40, n) * (10 ** k))
        for i, (source, value) in enumerate(zip(sources, values)):
            if i % 4 == 3:
                continue  # silent
            hedge = ["exact", "at_least", "about"][i % 3]
            low, high = value, (np.nan if hedge == "at_least" else value)
            text = f"{'at least ' if hedge == 'at_least' else ''}{compact_number(value)}"
            rows.append({"article_id": f"a{i}", "source": source, "fact_id": fact_id, "text": text, "value_low": low,
                         "value_high": high, "hedge": hedge, "scope": "total" if i == 0 else "", "unit": unit,
                         "kind": kind, "sentence": f"They said {text}."})
            if i == 1:  # a second mention by the same source
                rows.append({**rows[-1], "text": compact_number(value * 1.5), "value_low": value * 1.5,
                             "value_high": value * 1.5, "hedge": "exact"})
        summary.append({"fact_id": fact_id, "fact_label": label, "kind": kind, "n_reporting": max(2, n),
                        "comparable": True, "disagreement": 3.0 - k})
    return pd.DataFrame(rows), pd.DataFrame(summary), sources


def _tone_tables(n, extreme):
    sources = source_names(n)
    rng = np.random.default_rng(1)
    tone = pd.DataFrame([{"source": s, "position": p, "tone": (0.0 if extreme else float(rng.uniform(-1, 1)))}
                         for s in sources for p in np.linspace(0, 1, 8)])
    tone["model"] = tone["tone"]  # the learned model's score column (the charts' default method)
    measures = ["all sentences", "narration", "quote", "toward side A", "toward a side with a long name of its own"]
    summary = pd.DataFrame([{"source": s, "measure": m, "mean": (-1.0 if extreme else -0.2 + 0.1 * j),
                             "ci_low": (-1.0 if extreme else -0.3 + 0.1 * j), "ci_high": (-0.9 if extreme else -0.1 + 0.1 * j),
                             "n": 5, "method": "model"} for s in sources for j, m in enumerate(measures)])
    return tone, summary


def tone_distribution_args(n, extreme):
    return _tone_tables(n, extreme)


def trajectory_args(n, extreme):
    return (_tone_tables(n, extreme)[0],)


def side_heatmap_args(n, extreme):
    return (_tone_tables(n, extreme)[1],)


def voice_args(n, extreme):
    return (_tone_tables(n, extreme)[1],)


def evaluative_args(n, extreme):
    sources = source_names(n)
    counts = np.resize([0, 1_000_000, 1_000_000, 7], n) if extreme else np.arange(1, n + 1) * 3
    words = np.resize([1, 1_000_000_000, 1_000_000_000, 100], n) if extreme else np.full(n, 900)
    return (pd.DataFrame({"source": sources, "evaluative_words": counts, "narration_words": words,
                          "per_1000_words": 1000 * counts / words, "most_used": "grim"}),)


def frame_args(n, extreme):
    sources = source_names(n)
    frames = [("generic_conflict", "generic"), ("generic_economic_consequences", "generic"),
              ("capacity_resources", "issue"), ("health_safety", "issue"), ("security_defence", "issue")]
    rows = [{"article_id": f"a{i}", "source": s, "frame": f, "family": fam, "n_sentences": 2,
             "share": (0.0 if extreme else (i + j) % 5 / 5)} for i, s in enumerate(sources) for j, (f, fam) in enumerate(frames)]
    return (pd.DataFrame(rows),)


def voice_share_args(n, extreme):
    sources = source_names(n)
    sides = ["government", "opposition", "residents and witnesses"]
    rows = [{"source": s, "side": side, "quotations": 2, "direct": 1, "quoted_words": 10,
             "word_share": (1.0 if extreme and j == 0 else 0.0 if extreme else [0.5, 0.3, 0.2][j]),
             "speaks_first": j == 0, "speakers": "x"} for s in sources for j, side in enumerate(sides)]
    return (pd.DataFrame(rows),)


def distinctive_args(n, extreme):
    sources = source_names(n)
    z = [-3.0, 1e9, 1e9, 0.5] if extreme else [4.0, 3.1, 2.2, 1.2]
    rows = [{"source": s, "word": f"{w}{i}", "count": 3, "log_odds": 1.0, "z": zz}
            for i, s in enumerate(sources) for w, zz in zip(["harbour", "evacuation", "counterproductively", "aid"], z)]
    return (pd.DataFrame(rows),)


CHARTS = {
    "composition_chart": composition_args, "readability_chart": readability_args, "interval_chart": interval_args,
    "tone_distribution_chart": tone_distribution_args, "trajectory_chart": trajectory_args,
    "side_heatmap": side_heatmap_args, "voice_chart": voice_args, "evaluative_chart": evaluative_args,
    "frame_heatmap": frame_args, "voice_share_chart": voice_share_args, "distinctive_words_chart": distinctive_args,
}
# a tick label that is a number as charts write it: −1,250.5 · 1.2M · 35k · 2bn · 45% · 16:30 · 2026-03-04
NUMBER = re.compile(r"[−+-]?\d[\d,.:\-]*(?:k|M|bn|T|%)?")


def _overlap(a, b, slack: float = 0.5) -> bool:
    return a.x0 < b.x1 - slack and b.x0 < a.x1 - slack and a.y0 < b.y1 - slack and b.y0 < a.y1 - slack


def _shown(axis):
    """The tick labels an axis draws: visible, not blank, at a tick inside the axis's view."""
    low, high = sorted(axis.get_view_interval())
    locs = axis.get_majorticklocs()
    ticks = [t for t, loc in zip(axis.get_major_ticks(len(locs)), locs) if low - 1e-9 <= loc <= high + 1e-9]
    return [label for tick in ticks for label in (tick.label1, tick.label2)
            if label.get_visible() and label.get_text().strip()]


def _tick_labels_overlap(axis, renderer) -> list[tuple[str, str]]:
    """Pairs of neighbouring tick labels that overlap. A rotated label is a slanted box: two labels a distance d apart
    along the axis are clear when d·sin(angle) is at least a line's height."""
    labels = _shown(axis)
    out = []
    horizontal = axis.axis_name == "x"
    for a, b in zip(labels, labels[1:]):
        angle = a.get_rotation() % 180
        if angle and horizontal:
            d = abs(a.get_window_extent(renderer).x1 - b.get_window_extent(renderer).x1)
            height = a.get_fontsize() * a.figure.dpi / 72 * 1.15
            if d * math.sin(math.radians(angle)) < height:
                out.append((a.get_text(), b.get_text()))
        elif _overlap(a.get_window_extent(renderer), b.get_window_extent(renderer)):
            out.append((a.get_text(), b.get_text()))
    return out


def check_readable(fig) -> list[str]:
    """Every style problem of a drawn figure, as sentences (empty: the chart reads right)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    problems, label_boxes = [], []
    data_axes = [ax for ax in fig.axes if ax.get_visible() and ax.axison]
    for ax in data_axes:
        for axis in (ax.xaxis, ax.yaxis):
            if axis.get_offset_text().get_text():
                problems.append(f"offset text {axis.get_offset_text().get_text()!r}")
            labels = _shown(axis)
            problems += [f"tick labels overlap: {a!r} / {b!r}" for a, b in _tick_labels_overlap(axis, renderer)]
            numeric = bool(labels) and all(NUMBER.fullmatch(t.get_text().strip()) for t in labels)
            if numeric and not axis.get_label_text().strip():
                problems.append(f"numeric {axis.axis_name}-axis without a unit ({ax.get_title()!r})")
            if numeric and any("e+" in t.get_text() or "e-" in t.get_text() for t in labels):
                problems.append("scientific tick text")
            if not numeric:
                problems += [f"long label {t.get_text()!r}" for t in labels if len(t.get_text()) > 32]
            label_boxes += [t.get_window_extent(renderer) for t in labels]
            if axis.get_label_text():
                label_boxes.append(axis.label.get_window_extent(renderer))
    legends = list(fig.legends) + [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    for legend in legends:
        box = legend.get_window_extent(renderer)
        if any(_overlap(box, ax.get_window_extent(renderer)) for ax in data_axes):
            problems.append("legend inside the data area")
        if any(_overlap(box, other) for other in label_boxes):
            problems.append("legend over an axis or tick label")
    for ax in data_axes:
        texts = [t.get_window_extent(renderer) for t in ax.texts if t.get_text().strip() and t.get_visible()]
        problems += ["labels overlap inside a panel" for i, a in enumerate(texts) for b in texts[i + 1:] if _overlap(a, b)]
    every_text = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    if any(LONG in text for text in every_text):
        problems.append("a source's full 84-character label is drawn")
    return problems


@pytest.mark.parametrize("n", [1, 5, 25])
@pytest.mark.parametrize("extreme", [False, True], ids=["plain", "extreme"])
@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_reads_right(name, n, extreme):
    fig = getattr(charts, name)(*CHARTS[name](n, extreme))
    try:
        assert isinstance(fig, plt.Figure), fig
        assert check_readable(fig) == []
    finally:
        plt.close(fig)


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_a_chart_with_no_data_is_a_sentence_not_a_drawing(name, tmp_path):
    args = [arg.iloc[0:0] if isinstance(arg, pd.DataFrame) else arg for arg in CHARTS[name](5, False)]
    before = plt.get_fignums()
    result = getattr(charts, name)(*args)
    assert isinstance(result, NoChart) and result.message.endswith(".")
    assert plt.get_fignums() == before  # nothing was drawn
    assert save_figure(result, "empty", tmp_path) is result and not list(tmp_path.iterdir())
    assert result._repr_markdown_().startswith("*")


def test_side_chart_without_any_side_named_is_a_sentence():
    summary = _tone_tables(5, False)[1]
    result = charts.side_heatmap(summary[~summary["measure"].str.startswith("toward ")])
    assert isinstance(result, NoChart) and "side" in result.message


def test_the_check_finds_the_defects_it_is_for():
    """The style check fails on the defects the charts used to have (so a pass means something)."""
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([80000, 100000, 120000, 1e9], [1, 2, 3, 4], label="mean")
    ax.set_yticks([1, 2, 3, 4], [LONG, "b", "c", "d"])
    ax.legend(loc="lower right")
    problems = check_readable(fig)
    plt.close(fig)
    assert any("offset" in p for p in problems) or any("overlap" in p for p in problems)
    assert any("without a unit" in p for p in problems)
    assert any("legend inside" in p for p in problems)
    assert any("long label" in p for p in problems)
    fig, ax = plt.subplots(figsize=(2, 2))
    ax.plot([80000, 100000, 120000], [0, 1, 2])
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:.0f}"))
    ax.set_xticks([80000, 90000, 100000, 110000, 120000])
    assert any("tick labels overlap" in p for p in check_readable(fig))
    plt.close(fig)


def test_short_labels_are_readable_and_unique():
    assert short_label("Herald") == "Herald"
    assert short_label("https://www.meridia-wire.example.com/news/2026/quake") == "meridia-wire.example"
    assert short_label("www.dailysignal.co.uk") == "dailysignal"
    assert short_label(LONG) == "The Northern Provinces…" and len(short_label(LONG)) <= 24
    names = short_labels(source_names(25))
    assert len(set(names.values())) == 25 and max(len(v) for v in names.values()) <= 24


def test_ticks_are_written_as_people_write_numbers():
    assert [compact_number(v) for v in (0, -3, 0.25, 1500, 12000, 1.2e6, 1e9, -2.5e9)] == [
        "0", "−3", "0.25", "1,500", "12k", "1.2M", "1bn", "−2.5bn"]
    assert [TICK_TEXT["time"](v) for v in (16.5, 9.0, 25.0)] == ["16:30", "09:00", ""]  # decimal hours of the day
    assert [TICK_TEXT["date"](v) for v in (20250620, 620, 20250600, 20250650)] == ["2025-06-20", "06-20", "2025-06", ""]


def test_the_voice_share_chart_says_so_when_no_speaker_has_a_side():
    """Without an actor codebook every quoted word is 'other / unnamed': a bar of 100 % for every source would read as
    if everything were quoted, so the chart says why it is empty instead."""
    (shares,) = voice_share_args(3, False)
    unnamed = shares.assign(side="other / unnamed", word_share=1 / 3)
    fig = charts.voice_share_chart(unnamed)
    assert isinstance(fig, NoChart) and "No quoted speaker has a side" in fig.message
    assert not isinstance(charts.voice_share_chart(shares), NoChart)  # with sides, the bars are drawn
