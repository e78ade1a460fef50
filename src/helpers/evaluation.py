"""Scoring extracted numeric mentions against a hand-annotated key (used by tests and benchmarks)."""
from __future__ import annotations

import math

import pandas as pd

HOURS_PER = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.5,
             "year": 8766.0, "decade": 87660.0}


def _same(a: float, b: float) -> bool:
    if (a is None or (isinstance(a, float) and math.isnan(a))) or (b is None or (isinstance(b, float) and math.isnan(b))):
        return (a is None or math.isnan(a)) and (b is None or math.isnan(b))
    return abs(a - b) <= 1e-4 * max(1.0, abs(a))


def match_mentions(key: pd.DataFrame, got: pd.DataFrame, unit_cols: list[str]) -> pd.DataFrame:
    """Pair key rows with extracted rows of the same unit (e.g. file+line) whose spans overlap, one-to-one.

    Both tables need `unit_cols`, `start`, `end`; returns the key rows with the matched row's columns
    suffixed `_got` (NaN where nothing matched).
    """
    used: set[int] = set()
    pairs = []
    grouped = {(k if isinstance(k, tuple) else (k,)): g for k, g in got.groupby(unit_cols)} if len(got) else {}
    for idx, k in key.iterrows():
        ident = tuple(k[c] for c in unit_cols)
        cands = grouped.get(ident, got.iloc[0:0])
        hit = None
        for j, c in cands.iterrows():
            if j not in used and c["start"] < k["end"] and c["end"] > k["start"]:
                hit = j
                used.add(j)
                break
        pairs.append((idx, hit))
    out = key.copy()
    got_cols = [c for c in got.columns if c not in unit_cols]
    for col in got_cols:
        out[f"{col}_got"] = [got.loc[j, col] if j is not None else None for _, j in pairs]
    out["matched"] = [j is not None for _, j in pairs]
    out.attrs["n_got"] = len(got)
    return out


def score(matched: pd.DataFrame) -> dict[str, float]:
    """Precision, recall and value/unit/hedge accuracy over matched mentions."""
    n_key, n_got = len(matched), matched.attrs["n_got"]
    hits = matched[matched["matched"]]
    tp = len(hits)
    value_ok = [(_same(float(r.value_low), float(r.value_low_got)) and _same(float(r.value_high), float(r.value_high_got)))
                for r in hits.itertuples()]
    unit_ok = [str(r.unit) == str(r.unit_got) for r in hits.itertuples()]
    hedge_ok = [str(r.hedge) == str(r.hedge_got) for r in hits.itertuples()]
    all_ok = [v and u and h for v, u, h in zip(value_ok, unit_ok, hedge_ok)]
    return {
        "n_key": n_key, "n_extracted": n_got, "matched": tp,
        "precision": tp / n_got if n_got else 0.0, "recall": tp / n_key if n_key else 0.0,
        "value_accuracy": sum(value_ok) / tp if tp else 0.0, "unit_accuracy": sum(unit_ok) / tp if tp else 0.0,
        "hedge_accuracy": sum(hedge_ok) / tp if tp else 0.0, "all_right": sum(all_ok) / tp if tp else 0.0,
    }


def quantulum_mentions(text: str) -> pd.DataFrame:
    """quantulum3's quantities in `text`, mapped to this project's columns (durations in hours, no hedges)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        quantities = parser.parse(text)
    rows = []
    for q in quantities:
        name = q.unit.name
        value = float(q.value)
        base = name[:-1] if name.endswith("s") else name
        if base in HOURS_PER:
            unit, value = "hour", value * HOURS_PER[base]
        else:
            unit = {"dimensionless": "", "percentage": "percent", "dollar": "USD", "euro": "EUR",
                    "pound sterling": "GBP"}.get(name, name)
        rows.append({"start": q.span[0], "end": q.span[1], "text": q.surface, "value_low": value,
                     "value_high": value, "unit": unit, "hedge": "exact"})
    return pd.DataFrame(rows, columns=["start", "end", "text", "value_low", "value_high", "unit", "hedge"])


def binary_agreement(a: list[bool], b: list[bool]) -> dict[str, float]:
    """Cohen's kappa and Krippendorff's alpha (nominal, two coders, no missing values) of two yes/no codings."""
    n = len(a)
    if n == 0:
        return {"kappa": float("nan"), "alpha": float("nan")}
    observed = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else float("nan")
    yes = sum(a) + sum(b)  # pairable values: 2n; alpha's expected disagreement uses the pooled marginals
    expected_alpha = 2 * yes * (2 * n - yes) / (2 * n * (2 * n - 1))
    alpha = 1 - (1 - observed) / expected_alpha if expected_alpha else float("nan")
    return {"kappa": kappa, "alpha": alpha}


def score_frames(truth: dict, found: dict, frame_ids: list[str]) -> dict[str, float]:
    """Multi-label frame coding scored against a hand key: `truth` and `found` map a sentence id to its set of
    frame ids (every id of `truth` is scored; `found` may lack ids). Micro precision / recall / F1, Cohen's kappa and
    Krippendorff's alpha over every sentence × frame yes/no decision, and per-frame F1 (`f1:<frame>`, NaN when the
    frame is neither in the key nor found)."""
    out: dict[str, float] = {}
    tp = fp = fn = 0
    key_codes, our_codes = [], []
    for frame in frame_ids:
        k = [frame in truth[s] for s in truth]
        g = [frame in found.get(s, set()) for s in truth]
        t, p, n = (sum(x and y for x, y in zip(k, g)), sum(y and not x for x, y in zip(k, g)),
                   sum(x and not y for x, y in zip(k, g)))
        tp, fp, fn = tp + t, fp + p, fn + n
        out[f"f1:{frame}"] = 2 * t / (2 * t + p + n) if t + p + n else float("nan")
        key_codes += k
        our_codes += g
    precision, recall = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    micro = {"n_sentences": len(truth), "micro_precision": precision, "micro_recall": recall,
             "micro_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}
    return {**micro, **binary_agreement(key_codes, our_codes), **out}
