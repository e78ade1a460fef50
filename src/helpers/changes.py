"""What changed between two runs of the same corpus: articles added, removed or edited, and every figure a source
reports differently (old → new, with both sentences).

`run_changes(old_tables, new_tables)` is pure: the `articles` and `facts` tables of two runs in, one row per change
out (the `changes` table). `describe_changes` turns it into sentences for the index page and `newscompare diff`.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

CHANGE_COLUMNS = ["change", "source", "article_id", "fact_id", "fact_label", "old", "new", "old_sentence",
                  "new_sentence"]


def _article_changes(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    both = old[["article_id", "source", "sha256"]].merge(new[["article_id", "source", "sha256"]], on="article_id",
                                                         how="outer", suffixes=("_old", "_new"), indicator=True)
    change = both["_merge"].astype(str).map({"left_only": "article removed", "right_only": "article added", "both": ""})
    edited = (both["_merge"] == "both") & (both["sha256_old"] != both["sha256_new"])
    change = change.mask(edited, "article edited")
    out = pd.DataFrame({"change": change, "source": both["source_new"].fillna(both["source_old"]),
                        "article_id": both["article_id"]})
    return out[out["change"] != ""]


def _reported(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per (source, fact), in sorted order: the fact's first label, the source's figures as written and their
    sentences (each joined with " | " in table order). Grouped in plain Python: a pandas aggregation that joins
    strings runs once per group, and the facts table has a group per fact and reporting outlet."""
    shown = facts.loc[facts["reported"], ["source", "fact_id", "fact_label", "texts", "sentences"]]
    shown = shown[shown["source"].notna() & shown["fact_id"].notna()]
    if shown.empty:  # the same empty table, with the same column types, as the grouped aggregation
        return shown.groupby(["source", "fact_id"], as_index=False).agg(
            fact_label=("fact_label", "first"), texts=("texts", " | ".join), sentences=("sentences", " | ".join))
    groups: dict[tuple, list] = {}
    for source, fact_id, label, text, sentence in zip(*(shown[c].tolist() for c in shown.columns)):
        group = groups.setdefault((source, fact_id), [None, [], []])
        if group[0] is None or group[0] != group[0]:  # "first": the first label that is not missing
            group[0] = label
        group[1].append(text)
        group[2].append(sentence)
    rows = [(source, fact_id, label, " | ".join(texts), " | ".join(sentences))
            for (source, fact_id), (label, texts, sentences) in sorted(groups.items(), key=lambda item: item[0])]
    return pd.DataFrame(rows, columns=["source", "fact_id", "fact_label", "texts", "sentences"])


def _figure_changes(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    both = _reported(old).merge(_reported(new), on=["source", "fact_id"], how="outer", suffixes=("_old", "_new"),
                                indicator=True)
    kind = both["_merge"].astype(str).map({"left_only": "figure removed", "right_only": "figure added", "both": "figure changed"})
    differs = (both["_merge"] != "both") | (both["texts_old"] != both["texts_new"])
    out = pd.DataFrame({
        "change": kind, "source": both["source"], "fact_id": both["fact_id"],
        "fact_label": both["fact_label_new"].fillna(both["fact_label_old"]),
        "old": both["texts_old"].fillna(""), "new": both["texts_new"].fillna(""),
        "old_sentence": both["sentences_old"].fillna(""), "new_sentence": both["sentences_new"].fillna("")})
    return out[differs]


def with_sentence_texts(facts: pd.DataFrame, sentences: pd.DataFrame | None) -> pd.DataFrame:
    """`facts` with its `sentences` column (the places of the figures' sentences, "b7s3 | b7s4") replaced by the
    sentences' words, looked up in the run's `sentences` table by article; unchanged without that table. A place the
    table lacks stays as it is."""
    if sentences is None or sentences.empty or facts.empty or "sentences" not in facts:
        return facts
    where = ("b" + sentences["block_no"].astype(str) + "s" + sentences["sentence_no"].astype(str))
    words = dict(zip(zip(sentences["article_id"], where), sentences["text"]))
    texts = [" | ".join(words.get((article, place.strip()), place.strip()) for place in str(places).split("|")) if places else ""
             for article, places in zip(facts["article_id"], facts["sentences"])]
    return facts.assign(sentences=texts)


def run_changes(old_tables: dict[str, pd.DataFrame], new_tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The `changes` table between two runs (each a dict with `articles` and `facts`, and `sentences` to quote each
    figure's sentence); empty when nothing changed."""
    parts = [_article_changes(old_tables["articles"], new_tables["articles"])]
    if "facts" in old_tables and "facts" in new_tables:
        old_facts = with_sentence_texts(old_tables["facts"], old_tables.get("sentences"))
        new_facts = with_sentence_texts(new_tables["facts"], new_tables.get("sentences"))
        figures = _figure_changes(old_facts, new_facts)
        # A source new to (or gone from) the corpus is one 'article added/removed' row, not one row per figure.
        only_one_run = set(old_tables["articles"]["source"]) ^ set(new_tables["articles"]["source"])
        parts.append(figures[~figures["source"].isin(only_one_run)])
    out = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else pd.DataFrame()
    out = out.reindex(columns=CHANGE_COLUMNS).fillna("")
    return out.sort_values(["change", "source", "fact_id"], kind="stable").reset_index(drop=True)


def read_run_tables(run_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The `articles`, `facts` and `sentences` tables a run folder saved (a missing table is left out; of the
    sentences only the columns that place and quote a figure's sentence)."""
    tables_dir = Path(run_dir) / "tables"
    columns = {"sentences": ["article_id", "block_no", "sentence_no", "text"]}
    return {name: pd.read_parquet(tables_dir / f"{name}.parquet", columns=columns.get(name))
            for name in ("articles", "facts", "sentences") if (tables_dir / f"{name}.parquet").exists()}


def describe_changes(changes: pd.DataFrame) -> list[str]:
    """One plain sentence per change, e.g. 'Outlet A changed its figure for people killed: “12” → “37”.'"""
    lines = []
    for row in changes.itertuples(index=False):
        if row.change.startswith("article"):
            lines.append(f"{row.change.capitalize()}: {row.article_id} ({row.source}).")
        elif row.change == "figure changed":
            lines.append(f"{row.source} changed its figure for {row.fact_label}: “{row.old}” → “{row.new}” "
                         f"(now: “{row.new_sentence}”; before: “{row.old_sentence}”).")
        elif row.change == "figure added":
            lines.append(f"{row.source} now reports {row.fact_label}: “{row.new}” (“{row.new_sentence}”).")
        else:
            lines.append(f"{row.source} no longer reports {row.fact_label} (was “{row.old}”).")
    return lines
