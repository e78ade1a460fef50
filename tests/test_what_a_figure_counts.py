"""What a figure counts on the eighteen spent events (development data), with the attribution step's claimants: quantity
accuracy, earlier-event accuracy and pairwise grouping F1 (split by claimant) over each whole event, asserted at the
level measured (floored at 3 decimals) so that a change to the quantity or context rules that files figures under the
wrong quantity fails. Measures as in `helpers.evaluation.fact_scores`."""
from __future__ import annotations

from functools import partial

import pandas as pd
import pytest

from conftest import CORPORA, KEYS
from helpers.attribution import add_claimants, attribute_sentences
from helpers.corpus import build_tables
from helpers.evaluation import fact_scores, match_event_key
from helpers.facts import load_number_codebooks, numbers_tables

# (quantity accuracy, earlier accuracy, grouping F1) with the attribution step's claimants, floored at 3 decimals.
# Session 8 (counts8, main afa9627), quantity accuracy start -> end: market 0.904 -> 0.911,
# outbreak 0.957 -> 0.942 (people in hospital in an illness story read as injured where the clause does not name the
# illness), mine 0.757 -> 0.780, shipwreck 0.810 -> 0.855, ransomware 0.793 -> 0.806, derailment 0.775 -> 0.838, crowd
# crush 0.788 -> 0.840, the other eight unchanged; earlier accuracy market 0.955 -> 0.961; grouping shipwreck 0.485 ->
# 0.500, derailment 0.376 -> 0.396, crowd crush 0.600 -> 0.592 (the injured at one hospital split by their group).
# Session 9 (counts9, main 104afe5; eighteen events, the session-7 events added), quantity accuracy start -> end:
# budget 0.696 -> 0.775, plant 0.761 -> 0.809, derailment 0.838 -> 0.867, abduction 0.660 -> 0.693, market 0.911 ->
# 0.936, mine 0.780 -> 0.791, shipwreck 0.860 -> 0.877, tower 0.908 -> 0.924, verdict 0.943 -> 0.950, crowd crush
# 0.840 -> 0.846, ransomware 0.806 -> 0.812, the other seven unchanged; earlier accuracy unchanged; grouping budget
# 0.345 -> 0.435, plant 0.400 -> 0.439, derailment 0.465 -> 0.482, tower 0.688 -> 0.698, abduction 0.238 -> 0.240,
# market 0.545 -> 0.529 (a crowd gathered outside one office is now protesters and joins another town's police count:
# a place split, not a quantity). With every session-9 branch merged: budget grouping 0.513 (stance verbs make
# quotations without claiming figures), crowd crush 0.642, abduction 0.238 (0.240 with counts9 alone).
LEVELS = {
    "quake-valdora": (0.978, 1.0, 0.971),
    "strike-norland": (0.92, 0.978, 0.894),
    "verdict-halberg": (0.95, 1.0, 0.909),
    "election-varenia": (0.965, 0.972, 0.915),
    "wildfire-cabrel": (0.959, 0.975, 0.896),
    "market-crash-ardesia": (0.936, 0.961, 0.529),
    "outbreak-kavrin": (0.942, 0.978, 0.911),
    "shelling-tolvany": (0.971, 0.971, 0.673),
    "ice-storm-haldmark": (0.939, 0.957, 0.739),
    "mine-collapse-brevik": (0.79, 0.915, 0.452),
    "shipwreck-calvera": (0.877, 0.91, 0.648),
    "ransomware-lenmark": (0.812, 0.87, 0.399),
    "derailment-osterby": (0.867, 0.953, 0.482),
    "crowd-crush-selvana": (0.846, 0.955, 0.642),
    "plant-closure-dornbach": (0.809, 0.871, 0.439),
    "tower-fire-quellen": (0.924, 0.919, 0.698),
    "budget-ostria": (0.775, 0.979, 0.513),
    "abduction-karsa": (0.693, 0.926, 0.238),
}


def _key(event: str) -> pd.DataFrame:
    files = [KEYS / f"{event}_numbers_heldout.csv", KEYS / f"{event}_numbers.csv"]
    return pd.concat([pd.read_csv(f, comment="#", keep_default_na=False, dtype=str) for f in files if f.exists()],
                     ignore_index=True)


@pytest.mark.parametrize("event", sorted(LEVELS))
def test_what_each_figure_counts_on_the_development_events(event, accuracy):
    if not (CORPORA / event).is_dir():
        pytest.skip(f"{event} corpus not in this checkout")
    tables = build_tables(CORPORA / event)
    claimants = partial(add_claimants, attributions=attribute_sentences(tables["sentences"]))
    numbers = numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(CORPORA / event),
                             claimants=claimants)["numbers"]
    numbers = numbers.merge(tables["articles"][["article_id", "file"]], on="article_id", how="left")
    scores = fact_scores(match_event_key(_key(event), numbers))
    measured = (scores["quantity_accuracy"], scores["earlier_accuracy"], scores["grouping_f1"])
    accuracy[f"what a figure counts, {event} (whole event)"] = dict(zip(
        ("quantity_accuracy", "earlier_accuracy", "grouping_f1"), measured))
    assert all(m >= level for m, level in zip(measured, LEVELS[event])), (measured, LEVELS[event])
