"""From figure to evidence: every fact a report shows links to the rows of the sentences behind it.

`evidence_table` lists each mention of the facts in the fact × source matrix (source, claimant, the figure as
written, the role of its block, the sentence); the first row of each (fact, source) pair carries the anchor
`evidence_id(fact_id, source)`. `linked_fact_matrix` and `interval_points` show the matrix and the interval chart's
points with plain `<a href="#ev-…">` links to those rows: no script, and every cell's text escaped (`reader.LinkedTable`).
"""
from __future__ import annotations

import hashlib
import re

import pandas as pd

from .reader import LinkedTable


def evidence_id(fact_id: str, source: str) -> str:
    """A stable HTML id for the evidence of one source on one fact: 'ev-' + a readable slug + a short hash."""
    readable = re.sub(r"[^a-z0-9]+", "-", f"{fact_id}-{source}".lower()).strip("-")[:40]
    digest = hashlib.sha1(f"{fact_id}\x1f{source}".encode("utf-8")).hexdigest()[:8]
    return f"ev-{readable}-{digest}"


MAX_MATRIX_ROWS = 40  # facts a report's matrix shows; the full matrix is a table in the run's tables folder


# Session 16 (nureport16): facts the matrix leaves out however many sources give them: quantities that only place the
# story in time, never compared. Rules as data: name, quantity, example, note.
MATRIX_LEAVES_OUT = pd.DataFrame([
    ("clock_times", "time_of_day", "41,000 claims had been filed by 5pm (two outlets: '5pm', '5pm.')",
     "a clock time says when a figure held, it is no figure of the event; it stays in the numbers table"),
], columns=["name", "quantity", "example", "note"])


def matrix_fact_ids(summary: pd.DataFrame, min_sources: int = 2, max_rows: int | None = None) -> list[str]:
    """The facts the matrix shows (reported by at least `min_sources` sources, none of a quantity of
    MATRIX_LEAVES_OUT), most disputed first, at most `max_rows` of them."""
    shown = summary["n_reporting"] >= min_sources
    if "quantity" in summary.columns:
        shown &= ~summary["quantity"].isin(set(MATRIX_LEAVES_OUT["quantity"]))
    return summary.loc[shown, "fact_id"].head(max_rows).tolist()


def evidence_table(numbers: pd.DataFrame, summary: pd.DataFrame, sentences: pd.DataFrame | None = None,
                   min_sources: int = 2, per_pair: int | None = None, max_rows: int | None = None) -> LinkedTable:
    """One row per mention of a fact in the matrix: fact, source, claimant (when known), the figure as written, the
    role of its block and the sentence. Rows come in the matrix's order; each (fact, source) pair's first row holds
    its anchor; `per_pair` keeps that many mentions of each pair (the rest stay in the numbers table). `numbers`
    needs `source` (merged from the articles table)."""
    order = matrix_fact_ids(summary, min_sources, max_rows)
    rows = numbers[numbers["fact_id"].isin(order)].copy()
    if "role" not in rows and sentences is not None and len(rows):
        keys = ["article_id", "block_no", "sentence_no"]
        rows = rows.merge(sentences[keys + ["role"]], on=keys, how="left")
    rows["role"] = rows["role"].fillna("") if "role" in rows else ""
    rows["rank"] = rows["fact_id"].map({f: i for i, f in enumerate(order)})
    rows = rows.sort_values(["rank", "source", "block_no", "sentence_no", "start"], kind="stable").reset_index(drop=True)
    if per_pair:
        rows = rows[rows.groupby(["fact_id", "source"]).cumcount() < per_pair].reset_index(drop=True)
    anchors = [evidence_id(f, s) if first else "" for f, s, first in
               zip(rows["fact_id"], rows["source"], ~rows.duplicated(["fact_id", "source"]))]
    claimant = "claimant" in rows and rows["claimant"].fillna("").astype(str).str.strip().ne("").any()
    columns = ["fact_label", "source"] + (["claimant"] if claimant else []) + ["text", "role", "sentence"]
    shown = rows[columns].rename(columns={"fact_label": "Fact", "source": "Source", "claimant": "Claimant",
                                          "text": "Figure as written", "role": "Role", "sentence": "Sentence"})
    if claimant:
        shown["Claimant"] = shown["Claimant"].fillna("").replace("", "the outlet itself")
    return LinkedTable(shown, anchors=anchors, title="The evidence: each figure of the matrix with its sentence")


def linked_fact_matrix(facts: pd.DataFrame, summary: pd.DataFrame, min_sources: int = 2,
                       sources: list[str] | None = None, max_rows: int | None = None,
                       by_outlet: pd.DataFrame | None = None) -> LinkedTable:
    """The fact × source matrix (`facts.fact_matrix`) whose every reported cell links to its evidence rows: the
    columns `sources` only (all when None), in that order, the first `max_rows` facts; with `sources`, a column
    'Sources reporting' says how many of all the sources report each fact. With `by_outlet` (`pooled.outlet_facts`),
    a source that gives the fact only under another claimant reads "— (38 under “… (according to X)”)", not "—"."""
    from .facts import fact_matrix

    keep = set(matrix_fact_ids(summary, min_sources, max_rows))
    wide = fact_matrix(facts, summary[summary["fact_id"].isin(keep)], min_sources)
    if by_outlet is not None:
        wide = with_other_claimants(wide, by_outlet)
    if sources is not None:
        counts = summary.drop_duplicates("fact_label").set_index("fact_label")
        total = counts["n_reporting"] + counts["n_silent"] + counts.get("n_other_claimant", 0)
        reporting = [f"{int(counts.loc[f, 'n_reporting'])} of {int(total.loc[f])}" for f in wide.index]
        wide = wide.reindex(columns=[s for s in sources if s in wide.columns])
        wide.insert(0, "Sources reporting", reporting)
    reported = facts[facts["fact_id"].isin(keep) & facts["reported"]]
    first = reported.drop_duplicates(["fact_label", "source"]).set_index(["fact_label", "source"])["fact_id"]
    links = {source: [f"#{evidence_id(first[(label, source)], source)}" if (label, source) in first.index else ""
                      for label in wide.index] for source in wide.columns if source != "Sources reporting"}
    table = wide.reset_index().rename(columns={"fact_label": "Fact"})
    table.columns.name = None
    return LinkedTable(table, links=links)


def with_other_claimants(wide: pd.DataFrame, by_outlet: pd.DataFrame) -> pd.DataFrame:
    """The matrix `wide` (fact label × source) with each silent cell ('—') of a source that gives the same fact under
    another claimant filled in as "— (<its figures> under “<the label they are filed under>”)"."""
    from .pooled import other_claimant_cells

    out = wide.copy()
    for label, source, elsewhere in other_claimant_cells(by_outlet, wide.index).itertuples(index=False):
        if source in out.columns and out.at[label, source] == "—":
            out.at[label, source] = f"— ({elsewhere})"
    return out


def interval_points(numbers: pd.DataFrame, summary: pd.DataFrame, sources: list[str], top: int = 6,
                    per_pair: int | None = None) -> LinkedTable:
    """The points of `charts.interval_chart` as a table (a PNG point cannot link): fact, source, the figure as
    written, its hedge and interval, each figure linked to its evidence row (`per_pair`: at most that many points
    of each fact × source)."""
    from .charts import charted_facts

    facts = charted_facts(summary, len(sources), top)
    rows = numbers[numbers["fact_id"].isin(facts["fact_id"]) & numbers["source"].isin(sources)].copy()
    rows["rank"] = rows["fact_id"].map({f: i for i, f in enumerate(facts["fact_id"])})
    rows = rows.sort_values(["rank", "source", "block_no", "sentence_no", "start"], kind="stable").reset_index(drop=True)
    if per_pair:
        rows = rows[rows.groupby(["fact_id", "source"]).cumcount() < per_pair].reset_index(drop=True)
    table = rows[["fact_label", "source", "text", "hedge", "value_low", "value_high", "unit"]].assign(
        hedge=rows["hedge"].str.replace("_", " ")).rename(columns={
            "fact_label": "Fact", "source": "Source", "text": "Figure as written", "hedge": "Hedge",
            "value_low": "From", "value_high": "To", "unit": "Unit"})
    links = {"Figure as written": [f"#{evidence_id(f, s)}" for f, s in zip(rows["fact_id"], rows["source"])]}
    return LinkedTable(table, links=links, title="The chart's points, each linked to its sentence")
