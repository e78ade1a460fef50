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


# The event keys were written in the earlier notation; these rows say how each old name reads in the current one.
_OLD_UNITS = {"km": "kilometre", "degree": "celsius", "percentage point": "percentage_point", "kg": "kilogram",
              "km2": "square_kilometre", "mm": "millimetre", "cm": "centimetre", "km/h": "kmh"}


def in_current_notation(key: pd.DataFrame) -> pd.DataFrame:
    """A key in the earlier notation (clock times as decimal 'hour of day', short unit names) in the current one
    (HHMM 'time', unit names in full). Only the notation changes, never an annotator's reading."""
    key = key.copy()
    for col in ("value_low", "value_high"):
        key[col] = pd.to_numeric(key[col])
    clock = key["unit"] == "hour of day"
    for col in ("value_low", "value_high"):
        hours = key.loc[clock, col]
        key.loc[clock, col] = (hours // 1) * 100 + ((hours % 1) * 60).round()
    key.loc[clock, "unit"] = "time"
    key["unit"] = key["unit"].replace(_OLD_UNITS)
    return key


def corpus_mentions(corpus_dir, units: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """Every mention the numbers step reads in a corpus, with offsets in its article's text (all blocks joined by
    newlines, every role): (mentions with file, role, start, end…; {file: article text})."""
    from .corpus import build_tables
    from .numbers import READ_ROLES, is_furniture, number_records

    tables = build_tables(corpus_dir)
    files = dict(zip(tables["articles"]["article_id"], tables["articles"]["file"]))
    sentences = tables["sentences"][tables["sentences"]["role"].isin(READ_ROLES)]
    rows, texts = [], {}
    for article_id, blocks in tables["blocks"].groupby("article_id"):
        offset, full = {}, ""
        for block in blocks.itertuples(index=False):
            offset[block.block_no], full = len(full), full + block.text + "\n"
        texts[files[article_id]] = full
        for sent in sentences[sentences["article_id"] == article_id].itertuples(index=False):
            base = offset[sent.block_no] + sent.start
            rows += [{**r, "file": files[article_id], "role": sent.role, "start": base + r["start"], "end": base + r["end"]}
                     for r in number_records(sent.text, units) if not is_furniture(r, sent.role, sent.text)]
    return pd.DataFrame(rows), texts


def score_event_key(corpus_dir, key: pd.DataFrame, units: dict[str, str]) -> dict[str, float]:
    """Score the numbers step on an event key (file, sentence, text, values, `furniture`): precision, recall,
    value/unit/hedge accuracy on the figures, and `furniture_leaked`, the furniture rows that came out as mentions.
    A key row whose sentence is not in the article's text (furniture the ingest dropped) is located nowhere."""
    key = in_current_notation(key)
    got, texts = corpus_mentions(corpus_dir, units)
    got = got[got["file"].isin(set(key["file"]))].reset_index(drop=True)
    starts = []
    for row in key.itertuples(index=False):
        full = texts.get(row.file, "")
        at = full.find(row.sentence)
        starts.append(full.find(row.text, at) if at >= 0 else -1)
    key = key.assign(start=starts, end=[s + len(t) for s, t in zip(starts, key["text"])])
    furniture = key["furniture"].astype(int) == 1
    result = score(match_mentions(key[~furniture].reset_index(drop=True), got, ["file"]))
    hit = lambda r: bool(((got["file"] == r.file) & (got["start"] < r.end) & (got["end"] > r.start)).any())
    result["furniture_leaked"] = sum(hit(r) for r in key[furniture].itertuples(index=False) if r.start >= 0)
    result["n_furniture"] = int(furniture.sum())
    return result


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


def frame_errors(truth: dict, found: dict, frame_ids: list[str], cues: dict | None = None) -> pd.DataFrame:
    """Every disagreement of a frame coding with a hand key, for error analysis: one row per sentence × frame with
    sentence_id, frame, error (`fp`: found but not in the key; `fn`: in the key but not found) and cue (the words
    that triggered a false positive, from `cues`, a {(sentence_id, frame): words} map; '' otherwise). Only the
    frames of `frame_ids` and the sentences of `truth` are read, as in `score_frames`."""
    cues = cues or {}
    rows = []
    for sid, key_frames in truth.items():
        got = found.get(sid, set())
        for frame in frame_ids:
            if (frame in got) != (frame in key_frames):
                error = "fp" if frame in got else "fn"
                rows.append({"sentence_id": sid, "frame": frame, "error": error,
                             "cue": cues.get((sid, frame), "") if error == "fp" else ""})
    return pd.DataFrame(rows, columns=["sentence_id", "frame", "error", "cue"])


def locate_in_key_sentences(key: pd.DataFrame, got: pd.DataFrame) -> pd.DataFrame:
    """Extracted mentions with offsets moved into the key's sentences (key: file, sentence, text; got: file,
    sentence, start, end). A mention whose sentence neither equals, contains nor lies inside a key sentence of its
    file is dropped. Returns got with `key_sentence`, `start`, `end` in that sentence's frame."""
    by_file = key.groupby("file")["sentence"].unique().to_dict()
    rows = []
    for r in got.to_dict("records"):
        for ks in by_file.get(r["file"], []):
            shift = 0 if r["sentence"] == ks else ks.find(r["sentence"]) if r["sentence"] in ks else \
                -r["sentence"].find(ks) if ks in r["sentence"] else None
            if shift is not None and 0 <= r["start"] + shift and r["end"] + shift <= len(ks):
                rows.append({**r, "key_sentence": ks, "start": r["start"] + shift, "end": r["end"] + shift})
                break
    return pd.DataFrame(rows, columns=[*got.columns, "key_sentence"])


def key_offsets(key: pd.DataFrame) -> pd.DataFrame:
    """The key with `key_sentence`, `start`, `end` (the n-th repeat of a text in a sentence takes its n-th place)."""
    nth = key.groupby(["file", "sentence", "text"]).cumcount()
    starts = []
    for sentence, text, n in zip(key["sentence"], key["text"], nth):
        pos = -1
        for _ in range(n + 1):
            pos = sentence.find(text, pos + 1)
        starts.append(pos)
    out = key.assign(key_sentence=key["sentence"], start=starts)
    return out.assign(end=out["start"] + out["text"].str.len())


def pairwise_grouping(key_fact: pd.Series, got_fact: pd.Series, article: pd.Series) -> dict[str, float]:
    """Pairwise precision, recall and F1 of grouping mentions into facts across sources.

    A pair is two mentions from different articles; it is a true pair when the key gives both the same fact, and
    a predicted pair when the prediction does. The three series are aligned (one row per matched mention).
    """
    frame = pd.DataFrame({"k": key_fact.values, "g": got_fact.values, "a": article.values})

    def cross_pairs(cols: list[str]) -> int:
        """Pairs from different articles among mentions sharing `cols`."""
        total = frame.groupby(cols).size()
        same_article = frame.groupby([*cols, "a"]).size()
        return int((total * (total - 1) // 2).sum() - (same_article * (same_article - 1) // 2).sum())

    true_pairs, got_pairs, both = cross_pairs(["k"]), cross_pairs(["g"]), cross_pairs(["k", "g"])
    precision = both / got_pairs if got_pairs else 0.0
    recall = both / true_pairs if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs_key": true_pairs, "pairs_got": got_pairs, "pairs_both": both, "precision": precision,
            "recall": recall, "f1": f1}


def match_event_key(key: pd.DataFrame, numbers: pd.DataFrame) -> pd.DataFrame:
    """Key rows of an event corpus (file, sentence, text; furniture rows left out) matched to the numbers table
    (which needs `file`, the article's file name). Matched rows get the mention's columns suffixed `_got` and
    `row_got`, the mention's position in `numbers`."""
    key = key_offsets(key[key["furniture"].astype(str) != "1"].reset_index(drop=True))
    got = locate_in_key_sentences(key, numbers.reset_index(drop=True).assign(row=lambda d: range(len(d))))
    return match_mentions(key, got, ["file", "key_sentence"])


def fact_scores(matched: pd.DataFrame, fact_col: str = "fact_id_got") -> dict[str, float]:
    """Quantity and earlier-event accuracy over matched key rows, and pairwise grouping across sources against
    the key's fact_id (`grouping_*`) and against the part of it before the claimant (`base_grouping_*`)."""
    hits = matched[matched["matched"]]
    earlier_key = hits["earlier_event"].astype(str) == "1"
    out = {"n_key": len(matched), "matched": len(hits),
           "quantity_accuracy": float((hits["quantity"] == hits["quantity_got"]).mean()),
           "earlier_accuracy": float((earlier_key == (hits["time_ref_got"] == "earlier")).mean())}
    for name, key_fact in (("grouping", hits["fact_id"]), ("base_grouping", hits["fact_id"].str.split("|").str[0])):
        scores = pairwise_grouping(key_fact, hits[fact_col], hits["file"])
        out.update({f"{name}_{k}": v for k, v in scores.items() if k in ("precision", "recall", "f1")})
    return out


def with_key_claimants(matched: pd.DataFrame, numbers: pd.DataFrame) -> pd.DataFrame:
    """The numbers table with the key's claimant on every matched mention (others in the outlet's voice): measures
    the split by claimant apart from finding claimants."""
    hits = matched[matched["matched"]]
    claimant = pd.Series("", index=range(len(numbers)), dtype=object)
    claimant[hits["row_got"].astype(int).values] = hits["claimant"].values
    return numbers.reset_index(drop=True).assign(claimant=claimant.values)
