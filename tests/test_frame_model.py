"""The learned frame model (helpers.frame_model, an optional method of sentence_frames): its weights, how it joins the
rules, and its agreement with the hand keys on whole events it was not trained on (leave-one-event-out, computed here)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import paths
from helpers.framing import load_frames, load_framing_codebooks, sentence_frames
from helpers.frame_model import frame_probabilities, load_frame_model, sentence_vectors

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import train_frame_model as training  # noqa: E402

# Measured by tools/train_frame_model.py --evaluate and recomputed by the test below: the model trained on every other
# event and key set (both coders' rows), scored on the first coder's key of the event left out. Session 5: every key is
# spent and the cue rules were revised on all of them, so the rules' figure is a development figure everywhere; the
# model's is held out (up to the choice of its settings). First contact, before any rule was revised on them: market
# 0.674, outbreak 0.626 (session 3), shelling rules 0.692 / rules+model 0.752, ice storm 0.533 / 0.547 (session 4).
LEFT_OUT_F1 = {  # event: {method: (micro F1, kappa)}; session 15: the model trained on every other development set (the
    # 51 others of training.ALL_DEV, both coders' rows), the session-15 cue rules, union thresholds 0.5 (crime and
    # security 0.7). The rules' figures are development figures everywhere; the model's are held out (up to its settings).
    # Session 9 to 14 levels (a model trained on the session-9 sets, the rules of their day), model / rules+model, where
    # the session-15 model is lower (the trade of shipping it: leave-one-set-out over all 52 sets rules+model pooled
    # 0.741 -> 0.747, the model alone 0.628 -> 0.652; docs/ACCURACY.md, session 15): shelling 0.666 / 0.85 -> 0.648 /
    # 0.819, mine rules+model 0.732 -> 0.715, shipwreck rules+model 0.790 -> 0.785, ransomware rules+model 0.732 ->
    # 0.730, tower fire model 0.651 -> 0.622, budget model 0.614 -> 0.589, abduction model 0.481 -> 0.444; the four sets
    # the session-9 model never saw: heatwave 0.633 / 0.666 -> 0.621 / 0.659, prison riot model 0.634 -> 0.528, runway
    # rules+model 0.773 -> 0.769
    # session 16: the session-16 cue rows raise the rules (and rules+model) on the market crash, the budget, general10,
    # the tanker spill and general15, the shipped model unchanged; no level fell
    # rules+model 0.773 -> 0.769. Session 16 (nuframes16, a bill that is money owed, a commodity 'war'): rules
    # prison riot 0.809 / 0.794 -> 0.819 / 0.805 (0.8193 / 0.8051), tariff dispute 0.603 / 0.559 -> 0.614 / 0.572
    # (0.6140 / 0.5726); rules+model prison riot 0.769 / 0.749 -> 0.777 / 0.758 (F1 70/90, kappa shown 0.759), tariff
    # dispute 0.697 / 0.659 -> 0.708 / 0.671 (F1 90/127, kappa shown 0.672)
    "market-crash-ardesia": {'rules': (0.843, 0.827), 'model': (0.785, 0.762), 'rules+model': (0.875, 0.861)},
    "outbreak-kavrin": {"rules": (0.833, 0.818), "model": (0.774, 0.754), "rules+model": (0.811, 0.793)},
    "shelling-tolvany": {"rules": (0.867, 0.852), "model": (0.648, 0.610), "rules+model": (0.819, 0.798)},
    "ice-storm-haldmark": {"rules": (0.842, 0.827), "model": (0.606, 0.568), "rules+model": (0.792, 0.771)},
    "mine-collapse-brevik": {"rules": (0.746, 0.727), "model": (0.702, 0.675), "rules+model": (0.715, 0.689)},
    "shipwreck-calvera": {"rules": (0.805, 0.791), "model": (0.682, 0.658), "rules+model": (0.785, 0.768)},
    "ransomware-lenmark": {"rules": (0.666, 0.634), "model": (0.685, 0.652), "rules+model": (0.730, 0.700)},
    "tower-fire-quellen": {"rules": (0.781, 0.763), "model": (0.622, 0.589), "rules+model": (0.777, 0.758)},
    "budget-ostria": {"rules": (0.589, 0.554), "model": (0.589, 0.544), "rules+model": (0.666, 0.629)},
    "abduction-karsa": {"rules": (0.658, 0.633), "model": (0.444, 0.403), "rules+model": (0.682, 0.657)},
    # the four sets the session-9 model never saw (its clean check from session 10 to 14), left out like the others now
    "general10": {"rules": (0.699, 0.673), "model": (0.629, 0.594), "rules+model": (0.705, 0.677)},
    "heatwave-corvena": {"rules": (0.649, 0.624), "model": (0.621, 0.584), "rules+model": (0.659, 0.629)},
    "prison-riot-halvik": {"rules": (0.819, 0.805), "model": (0.528, 0.489), "rules+model": (0.777, 0.758)},
    "runway-overrun-orlend": {"rules": (0.764, 0.750), "model": (0.641, 0.614), "rules+model": (0.769, 0.752)},
    # the session-13 events and general15 (session 14's validation set, development data since session 15): no cue rule
    # had been written from them before session 15, the closest here to unseen text
    "tanker-spill-orvessa": {"rules": (0.694, 0.674), "model": (0.606, 0.573), "rules+model": (0.776, 0.758)},
    "knife-attack-belmora": {"rules": (0.760, 0.740), "model": (0.645, 0.613), "rules+model": (0.820, 0.802)},
    "tariff-dispute-kestria": {'rules': (0.614, 0.572), 'model': (0.718, 0.683), 'rules+model': (0.708, 0.671)},
    "general15": {'rules': (0.62, 0.587), 'model': (0.634, 0.598), 'rules+model': (0.666, 0.63)},
}
# The key sets the shipped model is trained on (tools/train_frame_model.py --save, session 15): every development key set
# of session 15 (training.SHIPPED, both coders), never the session-14 events (a flood, a coup attempt, a match-fixing
# scandal) or general16, session 15's validation set, nor any held-out key.
TRAINED_ON = {"general1", "general2", "general3", "general4", "general5", "general6", "general7", "general8", "general9",
              "general10", "general11", "general12", "general13", "general14", "general15",
              "istanbul", "quake-valdora", "strike-norland", "verdict-halberg", "election-varenia", "wildfire-cabrel",
              "market-crash-ardesia", "outbreak-kavrin", "shelling-tolvany", "ice-storm-haldmark", "mine-collapse-brevik",
              "shipwreck-calvera", "ransomware-lenmark", "derailment-osterby", "crowd-crush-selvana",
              "plant-closure-dornbach", "tower-fire-quellen", "budget-ostria", "abduction-karsa", "heatwave-corvena",
              "prison-riot-halvik", "runway-overrun-orlend", "cyclone-tessaly", "no-confidence-dravenia",
              "doping-case-ostrel", "eruption-moravel", "blackout-serenna", "takeover-lindqvist", "chemical-leak-ravensk",
              "farmers-protest-ostmark", "bank-collapse-teluria", "bridge-collapse-korvath", "referendum-estrava",
              "rate-decision-varkand", "tanker-spill-orvessa", "knife-attack-belmora", "tariff-dispute-kestria"}
HELD_OUT_WORDS = ("flood", "coup", "match-fixing", "general16", "general17", "general18", "avalanche", "debt", "exam",
                  "ferry", "runoff", "airline", "general19", "coach", "bribery", "minimum-wage", "general20", "smog",
                  "cocaine", "climate", "general21", "methanol",
                  "antitrust", "census")  # session 16: the session-14 sets are development data, but the shipped
# model (session 15's) was not trained on them: a model trained on them too was not shipped (docs/ACCURACY.md, session 16)


@pytest.fixture(scope="module")
def keyed():
    data, frames = training.key_sentences(), training.default_frames()
    return data.assign(vector=list(sentence_vectors(list(data["text"])))), frames


def test_the_shipped_model_covers_the_default_frames_and_no_held_out_key():
    model = load_frame_model()
    frames = list(load_frames(paths.codebook_path("frames.csv"))["frame"])
    assert model["frames"] == frames and model["weights"].shape == (384, len(frames))
    assert ((model["threshold"] > 0) & (model["threshold"] < 1)).all()
    # a frame the model adds to the rules' must be surer than one it gives alone (session 6, chosen leave-one-set-out;
    # session 12: one frame surer still, crime and punishment at 0.7, training.UNION_THRESHOLD_BY_FRAME)
    assert (model["union_threshold"] == training.union_threshold_array(model["frames"])).all()
    assert (model["union_threshold"] > model["threshold"]).all() and model["union_threshold"].max() < 1
    trained_on = set(model["trained_on"].tolist())
    assert trained_on == TRAINED_ON == set(training.SHIPPED["events"]) | set(training.SHIPPED["general"]) | {"istanbul"}, trained_on
    assert not any(word in g for g in trained_on for word in HELD_OUT_WORDS), trained_on


def test_the_shipped_weights_are_what_the_training_script_makes_from_the_keys(keyed):
    """A key changed without retraining (or weights edited by hand) is caught: retrained on the same rows, the model
    gives the same probabilities."""
    data, frames = keyed
    y, mask = training.targets(data, frames)
    w, b = training.fit(training.design(data, "vector", frames)[0], y, mask)
    vectors = np.stack(list(data["vector"]))
    retrained = frame_probabilities(vectors, {"weights": training.VECTOR_SCALE * w, "bias": b})
    assert np.abs(retrained - frame_probabilities(vectors, load_frame_model())).max() < 0.02


@pytest.fixture(scope="module")
def left_out(keyed):
    """{set: probabilities of its first-coder rows} from a model trained on every other set, the sets of LEFT_OUT_F1
    fitted together (`training.fit_folds`: the same fits as one `training.fit` each, session 15)."""
    data, frames = keyed
    groups = data["group"].to_numpy()
    folds = np.stack([groups != g for g in LEFT_OUT_F1]).astype(np.float32)
    y, mask = training.targets(data, frames)
    x = training.design(data, "vector", frames)[0]
    w, b = training.fit_folds(x, y, mask, folds)
    first = (data["coder"] == "first").to_numpy()
    return {g: 1 / (1 + np.exp(-(x[(groups == g) & first] @ w[i] + b[i]))) for i, g in enumerate(LEFT_OUT_F1)}


def test_folds_fitted_together_are_the_separate_fits(keyed):
    """`fit_folds` (every left-out model in one matrix) gives the weights `fit` gives each fold alone."""
    data, frames = keyed
    small = data[data["group"].isin(["general1", "general2", "general3"])]
    y, mask = training.targets(small, frames)
    x = training.design(small, "vector", frames)[0]
    keep = (small["group"] != "general2").to_numpy()
    w, b = training.fit_folds(x, y, mask, np.stack([keep, ~keep]).astype(np.float32))
    alone_w, alone_b = training.fit(x[keep], y[keep], mask[keep])
    assert np.abs(w[0] - alone_w).max() < 1e-4 and np.abs(b[0] - alone_b).max() < 1e-4


@pytest.mark.parametrize("event", list(LEFT_OUT_F1))
def test_frames_on_a_whole_event_left_out_of_training(event, keyed, left_out, accuracy):
    data, frames = keyed
    test = data[(data["group"] == event) & (data["coder"] == "first")]
    _assert_each_method(training, test, left_out[event], frames, LEFT_OUT_F1[event], f"{event} left out of training",
                        accuracy)


def _sentences(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "block_no": 1, "sentence_no": 1,
                         "role": "body", "text": texts})


def test_the_model_methods_keep_the_columns_and_add_to_the_rules():
    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences = _sentences(["Depositors queued outside the bank's branches to withdraw their savings.",
                            "Hospitals in the capital said their wards were already full.", "It rained."])
    rules, both = sentence_frames(sentences, frames), sentence_frames(sentences, frames, method="rules+model")
    model = sentence_frames(sentences, frames, method="model")
    assert list(both.columns) == list(rules.columns) == list(model.columns)
    pairs = lambda f: set(zip(f["article_id"], f["frame"]))  # noqa: E731
    assert pairs(rules) <= pairs(both) and pairs(both) - pairs(rules) <= pairs(model)  # what the model adds, it gives alone
    assert model["cue"].str.fullmatch(r"model p=(?:0\.[3-9]\d|1\.00)").all(), model
    added = both[both["cue"].str.startswith("model")]  # added to the rules' frames: at the union threshold
    assert added["cue"].str.fullmatch(r"model p=(?:0\.[5-9]\d|1\.00)").all(), added
    with pytest.raises(ValueError):
        sentence_frames(sentences, frames, method="magic")


def test_event_frames_stay_with_the_rules_of_the_event_codebook():
    frames = load_framing_codebooks(paths.DEFAULT_CORPUS_DIR)["frames"]
    sentences = _sentences(["The delegations agreed to meet again for a new round of talks next week."])
    rules = sentence_frames(sentences, frames)
    model = sentence_frames(sentences, frames, method="model")
    event = set(frames.loc[frames["family"] == "event", "frame"])
    assert set(rules["frame"]) & event and set(rules["frame"]) & event == set(model["frame"]) & event


def _assert_each_method(training, test, prob, frames, levels: dict, what: str, accuracy) -> None:
    """Rules, model and rules+model on `test` (its truth and rule frames, the model's probabilities `prob`), each at or
    above its (F1, kappa) in `levels`."""
    truth, rules = list(test["truth"]), list(test["rules"])
    frame_ids = sorted(set(frames) | set().union(*rules))
    found = {"rules": rules, "model": training.variant_frames(prob, rules, frames, training.THRESHOLD, False),
             "rules+model": training.variant_frames(prob, rules, frames, training.union_threshold_array(frames), True)}
    for method, labels in found.items():
        figures = training._figures(truth, labels, frame_ids)
        accuracy[f"frames, {what}, {method} ({len(truth)} sentences)"] = figures
        f1, kappa = levels[method]
        assert figures["f1"] >= f1 and figures["kappa"] >= kappa, (method, figures)


def test_a_retrained_model_never_reuses_frames_cached_with_the_old_weights(tmp_path, monkeypatch):
    """Session 11: the per-article cache key of the frames held the package's code but not the model's weights (a
    data file), so a retrained model read the old model's labels back. The weights are now part of the key."""
    import helpers.frame_model as frame_model
    from helpers.filecache import CACHE_ENV
    from helpers.framing import frame_labels

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences = _sentences(["The council met on Tuesday.", "It rained all afternoon in the valley."])
    shipped = load_frame_model()
    first = frame_labels(sentences, frames, "rules+model")
    assert "morality" not in set(first["frame"])
    retrained = dict(shipped, bias=np.where(np.array(shipped["frames"]) == "morality", 20.0, shipped["bias"]))
    monkeypatch.setattr(frame_model, "load_frame_model", lambda *a, **k: retrained)
    again = frame_labels(sentences, frames, "rules+model")
    assert set(again.loc[again["frame"] == "morality", "article_id"]) == {"a0", "a1"}, again  # not the cached labels
    monkeypatch.setattr(frame_model, "load_frame_model", lambda *a, **k: shipped)
    assert frame_labels(sentences, frames, "rules+model").equals(first)


def test_a_crime_frame_is_added_to_the_rules_only_when_the_model_is_surer():
    """Session 12: the model's crime frame is added to the rules' from p 0.7 (`union_threshold`, saved with the weights:
    on the development sets it never saw, crime added at 0.5-0.7 was right once in seven, e.g. "Police said the man
    found at the ford was 44"); every other frame from 0.5, and the model alone from its own threshold."""
    shipped = load_frame_model()
    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences = _sentences(["UPDATE 16:20: Police said the woman found near the weir was 61."])

    def sure(p: float) -> dict:  # a model that gives every sentence crime and health at probability p, nothing else
        odds = float(np.log(p / (1 - p)))
        bias = np.where(np.isin(shipped["frames"], ["crime_punishment", "health_safety"]), odds, -20.0)
        return dict(shipped, weights=np.zeros_like(shipped["weights"]), bias=bias)

    union = lambda p: set(sentence_frames(sentences, frames, method="rules+model", model=sure(p))["frame"])  # noqa: E731
    assert {"crime_punishment", "health_safety"} & union(0.6) == {"health_safety"}
    assert {"crime_punishment", "health_safety"} <= union(0.75)
    assert "crime_punishment" in set(sentence_frames(sentences, frames, method="model", model=sure(0.6))["frame"])


def test_a_security_frame_is_added_to_the_rules_only_when_the_model_is_surer():
    """Session 15 (shipped with the model trained on every development set): the model's security frame is added to
    the rules' from p 0.7, as crime's (leave-one-set-out that frame's F1 rose; at 0.5 a referendum's protest report had
    security among its three leading frames from arrests and a baton charge the model read as defence)."""
    shipped = load_frame_model()
    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences = _sentences(["The minister said the figures would be published on Friday."])

    def sure(p: float) -> dict:  # a model that gives every sentence security and political at probability p
        odds = float(np.log(p / (1 - p)))
        bias = np.where(np.isin(shipped["frames"], ["security_defence", "political"]), odds, -20.0)
        return dict(shipped, weights=np.zeros_like(shipped["weights"]), bias=bias)

    union = lambda p: set(sentence_frames(sentences, frames, method="rules+model", model=sure(p))["frame"])  # noqa: E731
    assert {"security_defence", "political"} & union(0.6) == {"political"}
    assert {"security_defence", "political"} <= union(0.75)
