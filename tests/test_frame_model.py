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
LEFT_OUT_F1 = {  # event: {method: (micro F1, kappa)}; session 9: the model trained on the eighteen development events,
    # general1-9, the default corpus's key and the second coding of the session-3 to -7 sets (1,710 rows), the session-9
    # cue rules. The session-7 events (tower fire, budget, abduction), never a source of any rule before session 9, are
    # the closest to unseen text here. Session 7 (twelve events' model, session-8 rules): market 0.844 / outbreak 0.792 /
    # shelling 0.820 / ice storm 0.703 / mine 0.652 / shipwreck 0.691 / ransomware 0.672 rules+model.
    "market-crash-ardesia": {"rules": (0.831, 0.815), "model": (0.722, 0.693), "rules+model": (0.839, 0.821)},
    "outbreak-kavrin": {"rules": (0.833, 0.818), "model": (0.704, 0.679), "rules+model": (0.811, 0.793)},
    "shelling-tolvany": {"rules": (0.867, 0.852), "model": (0.666, 0.631), "rules+model": (0.85, 0.832)},
    "ice-storm-haldmark": {"rules": (0.842, 0.827), "model": (0.541, 0.499), "rules+model": (0.756, 0.731)},
    "mine-collapse-brevik": {"rules": (0.731, 0.711), "model": (0.637, 0.605), "rules+model": (0.732, 0.706)},
    "shipwreck-calvera": {"rules": (0.805, 0.791), "model": (0.567, 0.534), "rules+model": (0.790, 0.773)},
    "ransomware-lenmark": {"rules": (0.666, 0.634), "model": (0.648, 0.610), "rules+model": (0.732, 0.701)},  # session 12:
    # rules+model 0.733 / 0.702 printed (a model crime frame added only from p 0.7; levels floored below it); session 10:
    # rules 0.6667 / 0.6341, rules+model 0.727 / 0.695 (under_a_law; was 0.653 / 0.620 and 0.716 / 0.683)
    "tower-fire-quellen": {"rules": (0.738, 0.717), "model": (0.651, 0.622), "rules+model": (0.733, 0.710)},
    "budget-ostria": {"rules": (0.574, 0.538), "model": (0.614, 0.571), "rules+model": (0.649, 0.609)},
    "abduction-karsa": {"rules": (0.631, 0.606), "model": (0.481, 0.443), "rules+model": (0.635, 0.606)},
    # session 11 cue rules (rules / rules+model F1 before → after): outbreak 0.821 / 0.799 → 0.8333 / 0.8119, shelling
    # 0.857 / 0.840 → 0.8673 / 0.85, ice storm 0.817 / 0.733 → 0.8421 / 0.7568, mine 0.683 / 0.707 → 0.7317 / 0.7327,
    # shipwreck 0.756 / 0.761 → 0.8052 / 0.7907, ransomware rules+model 0.7273, tower fire 0.658 / 0.674 → 0.7381 /
    # 0.7333, budget rules+model 0.6496, abduction 0.535 / 0.574 → 0.6316 / 0.6353; the model alone unchanged
}
# The key sets the shipped model is trained on (tools/train_frame_model.py --save, session 9): every development key,
# the session-6 and -7 events, general8 and general9 included. The events written in session 8 (a heatwave, a prison riot,
# a runway overrun) and general10 were the validation set of session 9; development data since session 10 but never
# trained on (retrained with them, the model lowered six events' left-out figures: tools/train_frame_model.py), so
# they are the model's clean check below. The session-9 events (a cyclone, a no-confidence vote, a doping case) and
# general11 are the validation set of session 10.
TRAINED_ON = {"general1", "general2", "general3", "general4", "general5", "general6", "general7", "general8", "general9",
              "istanbul", "quake-valdora", "strike-norland", "verdict-halberg", "election-varenia", "wildfire-cabrel",
              "market-crash-ardesia", "outbreak-kavrin", "shelling-tolvany", "ice-storm-haldmark", "mine-collapse-brevik",
              "shipwreck-calvera", "ransomware-lenmark", "derailment-osterby", "crowd-crush-selvana",
              "plant-closure-dornbach", "tower-fire-quellen", "budget-ostria", "abduction-karsa"}
HELD_OUT_WORDS = ("heatwave", "prison", "runway", "general10", "general11", "general12", "cyclone", "confidence", "doping")


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
    assert trained_on == TRAINED_ON == set(training.EVENTS) | set(training.GENERAL) | {"istanbul"}, trained_on
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


@pytest.mark.parametrize("event", list(LEFT_OUT_F1))
def test_frames_on_a_whole_event_left_out_of_training(event, keyed, accuracy):
    data, frames = keyed
    rest, test = data[data["group"] != event], data[(data["group"] == event) & (data["coder"] == "first")]
    y, mask = training.targets(rest, frames)
    w, b = training.fit(training.design(rest, "vector", frames)[0], y, mask)
    prob = 1 / (1 + np.exp(-(training.design(test, "vector", frames)[0] @ w + b)))
    _assert_each_method(training, test, prob, frames, LEFT_OUT_F1[event], f"{event} left out of training", accuracy)


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


# Session 10: the shipped (session-9) model on the four development sets it was never trained on, and what the reports'
# default method (rules+model) was chosen on. Before any session-10 rule (session-9 rules), mean micro F1 over the four:
# rules 0.592, model 0.621, rules+model 0.649 (general10 0.500 / 0.604 / 0.591, heatwave 0.526 / 0.634 / 0.593, prison
# 0.684 / 0.634 / 0.682, runway 0.656 / 0.613 / 0.730). The session-10 cue rules were written from these sets' misses,
# so their rules and rules+model figures below are development figures; the model's alone is still clean.
UNSEEN_BY_MODEL_F1 = {  # set: {method: (micro F1, kappa)}, session-11 rules
    "general10": {"rules": (0.677, 0.650), "model": (0.604, 0.567), "rules+model": (0.695, 0.665)},
    "heatwave-corvena": {"rules": (0.615, 0.587), "model": (0.633, 0.598), "rules+model": (0.652, 0.621)},
    # session 11 cue rules: rules+model general10 0.646 → 0.6860, heatwave 0.622 → 0.6522, prison 0.727 → 0.7556,
    # runway 0.729 → 0.7632 (rules 0.6517 / 0.6154 / 0.7805 / 0.7353); the model alone unchanged
    # session 12 (printed, 3 decimals; levels floored below): general10 rules 0.678 / 0.650 (sums in crowns and marks, an
    # old fish market no trade), rules+model 0.696 / 0.666; prison rules+model 0.764 / 0.744 (a crime frame added by the
    # model only from p 0.7: "officers … taken to the regional hospital" was one at 0.55)
    # session 12 (nuvoices12) exclusions (an overturned vehicle, a ship's age, navy divers in a rescue…): runway rules
    # 0.7353 / κ 0.719 → 0.7463 / 0.7311, rules+model 0.7632 / 0.746 → 0.7733 / 0.7574; the others unchanged
    "prison-riot-halvik": {"rules": (0.78, 0.763), "model": (0.634, 0.605), "rules+model": (0.763, 0.743)},
    "runway-overrun-orlend": {"rules": (0.746, 0.731), "model": (0.613, 0.586), "rules+model": (0.773, 0.757)},
}


@pytest.fixture(scope="module")
def unseen():
    data = training.unseen_sentences()
    return data, frame_probabilities(sentence_vectors(list(data["text"])), load_frame_model())


def test_the_sets_the_model_never_saw_are_not_in_its_training_data():
    assert set(UNSEEN_BY_MODEL_F1) == set(training.UNSEEN_BY_MODEL_GENERAL) | set(training.UNSEEN_BY_MODEL_EVENTS)
    assert not set(UNSEEN_BY_MODEL_F1) & (set(load_frame_model()["trained_on"].tolist()) | set(training.EVENTS)
                                          | set(training.GENERAL))


@pytest.mark.parametrize("group", list(UNSEEN_BY_MODEL_F1))
def test_frames_on_a_set_the_shipped_model_never_saw(group, unseen, accuracy):
    data, prob_all = unseen
    chosen = (data["group"] == group).to_numpy()
    test, prob = data[chosen], prob_all[chosen]
    _assert_each_method(training, test, prob, training.default_frames(), UNSEEN_BY_MODEL_F1[group],
                        f"{group} (never trained on)", accuracy)


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
