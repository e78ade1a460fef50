"""What changed between two runs of the same corpus: articles added, removed or edited, and every figure a source
reports differently (old → new, with both sentences).

`run_changes(old_tables, new_tables)` is pure: the `articles` and `facts` tables of two runs in, one row per change
out (the `changes` table). `describe_changes` turns it into sentences for the index page and `newscompare diff`.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

CHANGE_COLUMNS = ["change", "source", "article_id", "fact_id", "fact_label", "old", "new", "old_sentence",
                  "new_sentence", "old_fact_label"]


def _article_changes(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    both = old[["article_id", "source", "sha256"]].merge(new[["article_id", "source", "sha256"]], on="article_id",
                                                         how="outer", suffixes=("_old", "_new"), indicator=True)
    change = both["_merge"].astype(str).map({"left_only": "article removed", "right_only": "article added", "both": ""})
    edited = (both["_merge"] == "both") & (both["sha256_old"] != both["sha256_new"])
    change = change.mask(edited, "article edited")
    out = pd.DataFrame({"change": change, "source": both["source_new"].fillna(both["source_old"]),
                        "article_id": both["article_id"]})
    return out[out["change"] != ""]


def _keys(facts: pd.DataFrame) -> list[str]:
    """What one reported figure is keyed by across runs: its article and fact (an outlet's label, "wire (2 articles)",
    changes when the outlet gains an article, so it cannot key anything), or its source when a table has no articles."""
    return ["article_id", "fact_id"] if "article_id" in facts else ["source", "fact_id"]


def _reported(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per (article, fact), in sorted order: the source's label, the fact's first label, the figures as
    written and their sentences (each joined with " | " in table order). Grouped in plain Python: a pandas aggregation
    that joins strings runs once per group, and the facts table has a group per fact and reporting article."""
    keys = _keys(facts)
    columns = list(dict.fromkeys([*keys, "source", "fact_label", "texts", "sentences"]))
    shown = facts.loc[facts["reported"], columns]
    shown = shown[shown[keys].notna().all(axis=1)]
    if shown.empty:  # the same empty table, with the same column types, as the grouped aggregation
        agg = {"fact_label": ("fact_label", "first"), "texts": ("texts", " | ".join),
               "sentences": ("sentences", " | ".join)}
        if "source" not in keys:
            agg = {"source": ("source", "first"), **agg}
        return shown.groupby(keys, as_index=False).agg(**agg)
    groups: dict[tuple, list] = {}
    for row in zip(*(shown[c].tolist() for c in columns)):
        record = dict(zip(columns, row))
        group = groups.setdefault(tuple(record[k] for k in keys), [record["source"], None, [], []])
        if group[1] is None or group[1] != group[1]:  # "first": the first label that is not missing
            group[1] = record["fact_label"]
        group[2].append(record["texts"])
        group[3].append(record["sentences"])
    rows = [(*key, source, label, " | ".join(texts), " | ".join(sentences))
            for key, (source, label, texts, sentences) in sorted(groups.items(), key=lambda item: item[0])]
    out = pd.DataFrame(rows, columns=[*keys, "source_label", "fact_label", "texts", "sentences"])
    return out.rename(columns={"source_label": "source"}) if "source" not in keys else out.drop(columns="source_label")


def _figure_changes(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    keys = _keys(new)
    both = _reported(old).merge(_reported(new), on=keys, how="outer", suffixes=("_old", "_new"), indicator=True)
    kind = both["_merge"].astype(str).map({"left_only": "figure removed", "right_only": "figure added", "both": "figure changed"})
    differs = (both["_merge"] != "both") | (both["texts_old"] != both["texts_new"])
    source = both["source"] if "source" in keys else both["source_new"].fillna(both["source_old"])
    out = pd.DataFrame({
        "change": kind, "source": source, "article_id": both["article_id"] if "article_id" in both else "",
        "fact_id": both["fact_id"], "fact_label": both["fact_label_new"].fillna(both["fact_label_old"]),
        "old": both["texts_old"].fillna(""), "new": both["texts_new"].fillna(""),
        "old_sentence": both["sentences_old"].fillna(""), "new_sentence": both["sentences_new"].fillna("")})
    return paired_moves(renamed_facts(out[differs]))


def renamed_facts(changes: pd.DataFrame) -> pd.DataFrame:
    """A figure an article files under one fact before and under another after, its words unchanged (a facts.csv
    rename, a regrouping): one 'fact renamed' row (`old_fact_label`: the label before), never a changed figure; no row
    at all when the label did not change either. Removed and added rows of one article with the same figures as
    written are paired one to one."""
    removed = changes[changes["change"].eq("figure removed") & changes["article_id"].astype(str).ne("")]
    added = changes[changes["change"].eq("figure added") & changes["article_id"].astype(str).ne("")]
    if removed.empty or added.empty:
        return changes
    gone = removed.assign(_n=removed.groupby(["article_id", "old"]).cumcount(), _i=removed.index)
    came = added.assign(_n=added.groupby(["article_id", "new"]).cumcount(), _j=added.index)
    pairs = came.merge(gone[["article_id", "old", "_n", "_i", "fact_label", "old_sentence"]].rename(
        columns={"old": "new", "fact_label": "_label_before", "old_sentence": "_sentence_before"}),
        on=["article_id", "new", "_n"])
    if pairs.empty:
        return changes
    renamed = changes.loc[pairs["_j"]].assign(change="fact renamed", old=pairs["new"].to_numpy(),
                                              old_sentence=pairs["_sentence_before"].to_numpy(),
                                              old_fact_label=pairs["_label_before"].to_numpy())
    renamed = renamed[renamed["old_fact_label"].astype(str) != renamed["fact_label"].astype(str)]
    return pd.concat([changes.drop(index=[*pairs["_i"], *pairs["_j"]]), renamed], ignore_index=True)


def paired_moves(changes: pd.DataFrame) -> pd.DataFrame:
    """A figure one article no longer files under a fact and now files under the same fact with another claimant
    ("injured" → "injured|action-group"): one 'figure changed' row, when the article has exactly one of each."""
    base = changes["fact_id"].astype(str).str.split("|").str[0]
    where = [changes["article_id"].astype(str), base]
    removed = changes["change"].eq("figure removed")
    added = changes["change"].eq("figure added")
    n_removed = removed.groupby(where).transform("sum")
    n_added = added.groupby(where).transform("sum")
    single = (n_removed == 1) & (n_added == 1) & changes["article_id"].astype(str).ne("")
    if not single.any():
        return changes
    gone = changes[removed & single].assign(_base=base[removed & single])
    came = changes[added & single].assign(_base=base[added & single])
    moved = came.merge(gone[["article_id", "_base", "old", "old_sentence"]], on=["article_id", "_base"],
                       suffixes=("_x", ""))
    moved = moved.assign(change="figure changed").reindex(columns=changes.columns)
    return pd.concat([changes[~single], moved], ignore_index=True)


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


def _outlets(articles: pd.DataFrame) -> pd.Series:
    """article_id → its outlet (the outlet key when the table names outlets, else the source label)."""
    from .outlets import outlet_key

    known = {"outlet", "url", "file"} <= set(articles.columns)
    return (outlet_key(articles) if known else articles["source"]).set_axis(articles["article_id"])


def _articles_of_new_outlets(old: pd.DataFrame, new: pd.DataFrame) -> set:
    """The articles of an outlet found in only one of two runs (by outlet key when the tables name outlets)."""
    before, after = _outlets(old), _outlets(new)
    only_one = set(before) ^ set(after)
    return set(before[before.isin(only_one)].index) | set(after[after.isin(only_one)].index)


def outlet_revisions(figures: pd.DataFrame, old_facts: pd.DataFrame, old_articles: pd.DataFrame,
                     new_articles: pd.DataFrame) -> pd.DataFrame:
    """`figures` with each figure an ADDED article gives for a fact its outlet reported before told against that
    outlet's latest earlier figure: 'figure revised' (old = the outlet's latest figure before, by publication time)
    when it differs, left out when the outlet repeats it; other rows as they are. A wire's fifth update saying 26
    dead reads as its revision from 23, not as a new figure."""
    added = set(new_articles["article_id"]) - set(old_articles["article_id"])
    rows = figures["change"].eq("figure added") & figures["article_id"].isin(added)
    if not rows.any() or old_facts.empty:
        return figures
    prior = _reported(old_facts)
    prior = prior.assign(_outlet=prior["article_id"].map(_outlets(old_articles)),
                         _when=prior["article_id"].map(old_articles.set_index("article_id")["published"])
                         if "published" in old_articles else pd.NaT)
    prior = prior.sort_values("_when", ascending=False, na_position="last", kind="stable").drop_duplicates(
        ["_outlet", "fact_id"]).set_index(["_outlet", "fact_id"])
    new = figures[rows]
    where = list(zip(new["article_id"].map(_outlets(new_articles)), new["fact_id"]))
    before = prior.reindex(where)
    found = before["texts"].notna().to_numpy()
    same = found & (before["texts"].to_numpy() == new["new"].to_numpy())
    revised = new[found & ~same].assign(change="figure revised", old=before["texts"].to_numpy()[found & ~same],
                                        old_sentence=before["sentences"].to_numpy()[found & ~same])
    return pd.concat([figures[~rows], new[~found], revised], ignore_index=True)


# Session 16 (nureport16): a disputed shared fact of the last run (fit to headline, its figures differing) that this
# run no longer disputes is named with why, so a facts.csv edit never drops a dispute silently. Rules as data, checked
# in order: name, condition on the fact's row in this run's fact_summary (None: the fact is gone), the words, example.
DISPUTE_GONE_RULES = [
    ("gone", lambda row: row is None, "no fact of this id is found now (renamed, merged or dropped, as by a facts.csv "
     "row)", "a facts.csv row moves every figure of the fact into another"),
    ("not_comparable", lambda row: not bool(row["comparable"]), "its figures are no longer comparable: one of them is "
     "of another kind or unit than the others (a facts.csv row that moves a figure into a fact must match its unit)",
     "a bare '3,800' moved into a fact of figures in hectares"),
    ("one_source", lambda row: int(row["n_reporting"]) < 2, "fewer than two sources give it now",
     "the only other source's figure moved to another fact"),
    ("agree", lambda row: float(row["disagreement"]) <= 0, "its figures no longer differ",
     "the odd figure out moved to another fact"),
    ("not_headline", lambda row: not bool(row["headline_ok"]), "it is no longer a fact of news value shared by two or "
     "more sources", "its quantity was changed to one without news value"),
]


def _disputed(summary: pd.DataFrame) -> pd.DataFrame:
    if summary is None or summary.empty or not {"headline_ok", "disagreement"} <= set(summary.columns):
        return pd.DataFrame(columns=["fact_id", "fact_label"])
    return summary[summary["headline_ok"].astype(bool) & (summary["disagreement"] > 0)]


def dispute_changes(old_summary: pd.DataFrame, new_summary: pd.DataFrame) -> pd.DataFrame:
    """One 'dispute gone' row per disputed shared fact of the old run that the new run does not dispute, with why
    (`new`: DISPUTE_GONE_RULES' words; `old`: its figures' range before)."""
    before, now = _disputed(old_summary), _disputed(new_summary)
    gone = before[~before["fact_id"].isin(now["fact_id"])]
    rows = new_summary.drop_duplicates("fact_id").set_index("fact_id") if len(new_summary) else new_summary
    out = []
    for fact in gone.itertuples(index=False):
        row = rows.loc[fact.fact_id] if fact.fact_id in rows.index else None
        why = next((words for _, test, words, _ in DISPUTE_GONE_RULES if test(row)), "")
        out.append({"change": "dispute gone", "fact_id": fact.fact_id, "fact_label": fact.fact_label,
                    "old": _range(fact), "new": why})
    return pd.DataFrame(out, columns=CHANGE_COLUMNS)


def _range(fact) -> str:
    from .number_format import format_value

    low, high = getattr(fact, "low", float("nan")), getattr(fact, "high", float("nan"))
    if low != low or high != high:
        return ""
    text = format_value(float(low), "", "count")
    return text if low == high else f"{text} to {format_value(float(high), '', 'count')}"


_CHANGE_ORDER = {"article added": 0, "article edited": 1, "article removed": 2, "dispute gone": 2.5,
                 "figure revised": 3, "figure changed": 4, "fact renamed": 5, "figure added": 6, "figure removed": 7}


def run_changes(old_tables: dict[str, pd.DataFrame], new_tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The `changes` table between two runs (each a dict with `articles` and `facts`, and `sentences` to quote each
    figure's sentence); empty when nothing changed."""
    parts = [_article_changes(old_tables["articles"], new_tables["articles"])]
    if "facts" in old_tables and "facts" in new_tables:
        old_facts = with_sentence_texts(old_tables["facts"], old_tables.get("sentences"))
        new_facts = with_sentence_texts(new_tables["facts"], new_tables.get("sentences"))
        figures = outlet_revisions(_figure_changes(old_facts, new_facts), old_facts, old_tables["articles"],
                                   new_tables["articles"])
        # An outlet new to (or gone from) the corpus is one 'article added/removed' row, not one row per figure; an
        # article added to an outlet already there lists its figures.
        parts.append(figures[~figures["article_id"].isin(_articles_of_new_outlets(old_tables["articles"],
                                                                                   new_tables["articles"]))])
    if "fact_summary" in old_tables and "fact_summary" in new_tables:
        parts.append(dispute_changes(old_tables["fact_summary"], new_tables["fact_summary"]))
    out = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else pd.DataFrame()
    out = out.reindex(columns=CHANGE_COLUMNS).astype(object).fillna("").astype(str)  # text columns, one dtype (a column
    # of the concatenated parts that is empty in all of them stays text as it is read back from parquet)
    order = out["change"].map(_CHANGE_ORDER).fillna(len(_CHANGE_ORDER)) if len(out) else out["change"]
    return (out.assign(_order=order).sort_values(["_order", "source", "fact_id"], kind="stable")
            .drop(columns="_order").reset_index(drop=True))


def read_run_tables(run_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The `articles`, `facts`, `sentences` and `fact_summary` tables a run folder saved (a missing table is left out;
    of the sentences only the columns that place and quote a figure's sentence)."""
    tables_dir = Path(run_dir) / "tables"
    columns = {"sentences": ["article_id", "block_no", "sentence_no", "text"]}
    return {name: pd.read_parquet(tables_dir / f"{name}.parquet", columns=columns.get(name))
            for name in ("articles", "facts", "sentences", "fact_summary") if (tables_dir / f"{name}.parquet").exists()}


def _rewritten_articles(changes: pd.DataFrame) -> set:
    """The articles whose text is new or edited between the two runs (their own 'article …' rows)."""
    return set(changes.loc[changes["change"].isin(["article added", "article edited"]), "article_id"])


def _reread(row) -> str:
    """A figure change in an article whose text did not change: the codebooks or the rules read it differently, so the
    sentence never says the outlet changed anything (a new user's facts.csv edit was told as "Wire changed its
    figure for people injured")."""
    why = "the article is unchanged: an edited codebook or a changed rule reads it differently"
    if row.change == "figure added":
        return f"{row.source} is now read as giving {row.fact_label}: “{row.new}” (“{row.new_sentence}”); {why}."
    if row.change == "figure removed":
        return f"{row.source} is no longer read as giving {row.fact_label} (was “{row.old}”); {why}."
    return (f"{row.source}'s figure for {row.fact_label} now reads “{row.new}” (was “{row.old}”); {why} (now: "
            f"“{row.new_sentence}”).")


def describe_changes(changes: pd.DataFrame) -> list[str]:
    """One plain sentence per change, e.g. 'Outlet A changed its figure for people killed: “12” → “37”.' A figure
    change in an article whose text did not change is told as a new reading, never as the outlet's change."""
    lines, rewritten = [], _rewritten_articles(changes) if len(changes) else set()
    for row in changes.itertuples(index=False):
        if row.change in ("figure changed", "figure added", "figure removed") and row.article_id \
                and row.article_id not in rewritten:
            lines.append(_reread(row))
        elif row.change == "dispute gone":
            lines.append(f"The dispute on {row.fact_label}" + (f" (figures from {row.old})" if row.old else "")
                         + f" is no longer shown: {row.new}.")
        elif row.change.startswith("article"):
            lines.append(f"{row.change.capitalize()}: {row.article_id} ({row.source}).")
        elif row.change == "figure changed":
            lines.append(f"{row.source} changed its figure for {row.fact_label}: “{row.old}” → “{row.new}” "
                         f"(now: “{row.new_sentence}”; before: “{row.old_sentence}”).")
        elif row.change == "figure revised":
            lines.append(f"{row.source} revised its figure for {row.fact_label}: its latest before “{row.old}” → "
                         f"“{row.new}” (now: “{row.new_sentence}”).")
        elif row.change == "fact renamed":
            lines.append(f"{row.source} gives the same figure, “{row.new}”, under a renamed fact: {row.fact_label} "
                         f"(before: {row.old_fact_label}); its value did not change.")
        elif row.change == "figure added":
            lines.append(f"{row.source} now reports {row.fact_label}: “{row.new}” (“{row.new_sentence}”).")
        else:
            lines.append(f"{row.source} no longer reports {row.fact_label} (was “{row.old}”).")
    return lines
