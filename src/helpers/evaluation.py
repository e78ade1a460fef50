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
    # value P/R/F1: a mention counts only when it is found AND its value is right (the external benchmarks' measure)
    value_p = sum(value_ok) / n_got if n_got else 0.0
    value_r = sum(value_ok) / n_key if n_key else 0.0
    return {
        "n_key": n_key, "n_extracted": n_got, "matched": tp,
        "precision": tp / n_got if n_got else 0.0, "recall": tp / n_key if n_key else 0.0,
        "value_accuracy": sum(value_ok) / tp if tp else 0.0, "unit_accuracy": sum(unit_ok) / tp if tp else 0.0,
        "hedge_accuracy": sum(hedge_ok) / tp if tp else 0.0, "all_right": sum(all_ok) / tp if tp else 0.0,
        "value_precision": value_p, "value_recall": value_r,
        "value_f1": 2 * value_p * value_r / (value_p + value_r) if value_p + value_r else 0.0,
    }


def read_sentence_key(keys_dir, stem: str) -> tuple[pd.DataFrame, dict]:
    """A sentence quantity key (`<stem>_sentences.csv` + `<stem>_numbers.csv`) with each mention's span located in
    its sentence: (key rows with `id`, `start`, `end`; {id: sentence})."""
    from pathlib import Path

    keys_dir = Path(keys_dir)
    sentences = pd.read_csv(keys_dir / f"{stem}_sentences.csv")
    key = pd.read_csv(keys_dir / f"{stem}_numbers.csv", comment="#", keep_default_na=False)
    id_col = "sentence_id" if "sentence_id" in key.columns else "id"
    key = key.rename(columns={id_col: "id"})
    sentences = sentences.rename(columns={"sentence_id": "id"})
    for col in ("value_low", "value_high"):
        key[col] = pd.to_numeric(key[col])
    text = dict(zip(sentences["id"], sentences["sentence"]))
    key["start"] = [text[i].find(t) for i, t in zip(key["id"], key["text"])]
    key["end"] = key["start"] + key["text"].str.len()
    return key, text


def score_on_sentences(extract, key: pd.DataFrame, text: dict) -> dict[str, float]:
    """Score `extract(sentence) -> DataFrame` on a sentence key read by `read_sentence_key`."""
    got = pd.concat([extract(t).assign(id=i) for i, t in text.items()], ignore_index=True)
    return score(match_mentions(key, got, ["id"]))


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
