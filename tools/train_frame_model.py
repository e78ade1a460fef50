"""Train the sentence-frame model and measure it leave-one-event-out (session 4; README "Frames: how far to trust them").

    PYTHONPATH=src .venv/bin/python tools/train_frame_model.py [--evaluate] [--save] [--table FILE.csv]

Reads every frame-coded sentence of the development keys (session 9: the nine general keys general1-9; the eighteen
event corpora's keys up to the session-7 events, their held-out parts included, never the session-8 events or
general10, which are the validation set; the default corpus's old key, on the frames it was coded with; the second
annotator's codings of the general, session-3 to -7 sentences, as extra training rows).
Session 15: the shipped model is trained on every development set (`ALL_DEV`, `SHIPPED`: the session-8 to -13 events
and general10-15 added, with their second coding; 3,510 rows), never the session-14 events or general16 (the validation
set) nor anything held out.
Session 16: ALL_DEV adds the session-14 events and general16 (with their second coding); `--cv` compares a model
trained on session 15's sets (`SESSION15`, before: the shipped one) with one trained on ALL_DEV (after), which was
measured and not shipped (docs/ACCURACY.md, session 16).
`--cv` (session 13) prints the leave-one-set-out F1 per frame (pooled over every development set) and per set, of the
rules, the model alone and rules+model, for a model trained on the session-9 sets (before) and for one trained on
every development set (`ALL_DEV`, after; shipped since session 15: see docs/ACCURACY.md, session 15); the folds are
fitted together (`fit_folds`), a few minutes in all.
`--evaluate` prints, for each event or key set left out (a model trained on all the others, the second annotator's
rows of that set left out too), micro F1 and Cohen's kappa of the cue rules, of the model alone (words only), of the
model with the rules' frames as features, and of rules OR model (at one threshold, and at per-frame thresholds chosen
on the other rules-unfitted sets); `--table` writes that table. `--save` trains on
everything and writes `src/helpers/models/frame_model.npz`. Logistic regression in numpy (zero start, full-batch
Adam, fixed steps): the same data give the same weights.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from frame_errors import KEYS, default_corpus_key, event_key, event_sentence_id, general_key  # noqa: E402
from helpers import paths  # noqa: E402
from helpers.evaluation import score_frames  # noqa: E402
from helpers.frame_model import MODEL_PATH, frame_probabilities, sentence_vectors  # noqa: E402
from helpers.framing import load_frames  # noqa: E402

EVENTS = ["quake-valdora", "strike-norland", "verdict-halberg", "election-varenia", "wildfire-cabrel",
          "market-crash-ardesia", "outbreak-kavrin", "shelling-tolvany", "ice-storm-haldmark", "mine-collapse-brevik",
          "shipwreck-calvera", "ransomware-lenmark", "derailment-osterby", "crowd-crush-selvana",
          "plant-closure-dornbach", "tower-fire-quellen", "budget-ostria", "abduction-karsa"]  # session 9: the
# session-6 and -7 events are development data. Session 10: the session-8 events (heatwave, prison riot, runway) and
# general10 are development data too, but NOT trained on: a model trained with them (and their second coding, 2,010
# rows) lowered the left-out figures of six events (market model 0.722 -> 0.703, outbreak rules+model 0.799 -> 0.784,
# mine model 0.637 -> 0.617, shipwreck rules+model 0.761 -> 0.756, ransomware model 0.648 -> 0.613, budget model
# 0.614 -> 0.609), so the session-9 model stays, and those four sets stay the model's clean development check
# (UNSEEN_BY_MODEL). The session-9 events (cyclone, no-confidence vote, doping case) and general11 are the validation
# set, never read here.
UNSEEN_BY_MODEL_GENERAL = {"general10": ["general10_frames_heldout"]}  # session 10: development sets the shipped
UNSEEN_BY_MODEL_EVENTS = ["heatwave-corvena", "prison-riot-halvik", "runway-overrun-orlend"]  # model never saw
CURRENT_EVENTS = EVENTS[:12]  # what the session-7 model (shipped until session 9) was trained on
GENERAL = {"general1": ["general_frames", "general_frames_heldout"], "general2": ["general2_frames"],
           "general3": ["general3_frames"], "general4": ["general4_frames"], "general5": ["general5_frames"],
           "general6": ["general6_frames_heldout"], "general7": ["general7_frames_heldout"],
           "general8": ["general8_frames_heldout"], "general9": ["general9_frames_heldout"]}  # session 9: up to
# general9 spent (general10 is the validation set, general11 held out); session 6: every general
# key is spent (development data); the three session-5 events (mine, ship, cyber) are the validation set, never read here
# Settings chosen by the model's own leave-one-event-out micro F1 averaged over all twelve sets (18 settings tried:
# scale 4/8/16, L2 1e-4..3e-3, 400/800 steps, thresholds 0.3/0.4/0.5; the chosen one 0.698, the first one 0.663)
MIN_COUNT, STEPS, RATE, L2 = 2, 800, 0.05, 1e-3
VECTOR_SCALE = 4.0  # unit sentence vectors scaled so one learning rate and penalty suit them and the 0/1 features
THRESHOLD = 0.3  # the model alone (method "model"): its own leave-one-set-out micro F1 is flat at 0.25-0.35
# Session 6: a model frame ADDED to the rules' (method "rules+model") must be surer than one standing alone. Scanned
# 0.3-0.7 leave-one-set-out (seventeen sets): the union rises on every development set up to 0.5 (general7, the set whose
# rules were never revised on it, 0.664 at 0.3, 0.685 at 0.5, 0.670 at 0.55-0.6, 0.642 at 0.7; the sets the rules were
# revised on keep rising towards the rules alone, which only says the rules were fitted there), so 0.5.
UNION_THRESHOLD = 0.5
# Session 12: per frame, where the development sets the shipped model never saw support it (the twelve sets of
# UNSEEN_BY_MODEL_* and the session-10/-11 validation sets spent since; shipped model, rules+model micro F1): a crime
# frame added by the model at 0.5-0.7 was right once in 7 additions ("Police said the man found at … was 44", a
# player's prize money, officers taken to hospital); at 0.7 three sets rise (general12 0.556 → 0.558, prison riot
# 0.756 → 0.764, doping case 0.400 → 0.405) and none falls. Coordinate ascent over every frame (union_thresholds) rose
# leave-one-set-out on the twelve (0.652 → 0.659) but lowered three (eruption 0.632 → 0.588), so only this one is kept.
# Session 15 (shipped with the model trained on every development set): security and defence added only from 0.7, as
# session 14 chose it leave-one-set-out (that frame's F1 0.727 -> 0.746 then; with it the top-three check of
# tests/test_framing.py passes on every development corpus: a referendum's protest report had security third at 0.5)
UNION_THRESHOLD_BY_FRAME = {"crime_punishment": 0.7, "security_defence": 0.7}


def union_threshold_array(frames: list[str]) -> np.ndarray:
    """The threshold at which each model frame is added to the rules' frames (UNION_THRESHOLD unless
    UNION_THRESHOLD_BY_FRAME names the frame), as saved with the weights."""
    return np.array([UNION_THRESHOLD_BY_FRAME.get(f, UNION_THRESHOLD) for f in frames], np.float32)


def _rows(group: str, key: dict, coder: str = "first", scored=None) -> list[dict]:
    return [{"group": group, "sid": s, "text": key["text"][s], "truth": t, "rules": key["found"].get(s, set()),
             "coder": coder, "scored": scored} for s, t in key["truth"].items()]


SECOND_CODER_GENERAL = {"general1": "frame_sentences_coded.csv", "general6": "session4_general6_frames_coded.csv",
                        "general9": "session7_general9_frames_coded.csv"}
SECOND_CODER_EVENTS = ["session3_frames_coded.csv", "session4_frames_coded.csv", "session5_frames_coded.csv",
                       "session6_frames_coded.csv", "session7_frames_coded.csv"]  # session 10: not session8_* (the
# sets the model is not trained on, above) and never session9_* (the validation set's second coding)


SESSION9 = {"events": EVENTS, "general": GENERAL, "second_events": SECOND_CODER_EVENTS,
            "second_general": SECOND_CODER_GENERAL}  # the key sets the model shipped from session 9 to 14 was trained on
# Session 13: every development set, for the cross-validation (`--cv`): the session-8 to -11 events and general10-13
# added, with their second coding (never session12_*: the validation set's). A model trained on all of them rose
# leave-one-set-out (model alone pooled F1 0.626 -> 0.640) but was not shipped: it put a frame of an unrelated domain
# among one source's three most frequent frames on a validation event (tests/test_framing.py's top-three check), which
# this session could not read to fix (docs/ACCURACY.md, session 13). Session 14: read on the referendum (development
# data since), security and defence in one protest report (sentences its key codes security); with security added only
# from 0.7 (leave-one-set-out, that frame's F1 0.727 -> 0.746) the check passed on every corpus and cross-validation
# rose (rules+model pooled 0.739 -> 0.744), but rules+model fell on one validation event (0.700 -> 0.675, more than
# the 0.01 a kept change may lower it), so the session-9 weights are still shipped (docs/ACCURACY.md, session 14).
SESSION15 = {"events": [*EVENTS, "heatwave-corvena", "prison-riot-halvik", "runway-overrun-orlend", "cyclone-tessaly",
                      "no-confidence-dravenia", "doping-case-ostrel", "eruption-moravel", "blackout-serenna",
                      "takeover-lindqvist", "chemical-leak-ravensk", "farmers-protest-ostmark", "bank-collapse-teluria",
                      "bridge-collapse-korvath", "referendum-estrava", "rate-decision-varkand", "tanker-spill-orvessa",
                      "knife-attack-belmora", "tariff-dispute-kestria"],
           "general": {**GENERAL, "general10": ["general10_frames_heldout"], "general11": ["general11_frames_heldout"],
                       "general12": ["general12_frames_heldout"], "general13": ["general13_frames_heldout"],
                       "general14": ["general14_frames_heldout"], "general15": ["general15_frames_heldout"]},
           "second_events": [*SECOND_CODER_EVENTS, "session8_frames_coded.csv", "session9_frames_coded.csv",
                             "session10_frames_coded.csv", "session11_frames_coded.csv", "session12_frames_coded.csv",
                             "session13_frames_coded.csv"],
           "second_general": {**SECOND_CODER_GENERAL, "general10": "session8_general10_frames_coded.csv",
                              "general11": "session9_general11_frames_coded.csv",
                              "general12": "session10_general12_frames_coded.csv",
                              "general13": "session11_general13_frames_coded.csv",
                              "general14": "session12_general14_frames_coded.csv",
                              "general15": "session13_general15_frames_coded.csv"}}  # session 14: the session-12
# events and general14 added; session 15: the session-13 events and general15 (never session14_*: the validation set's
# second coding)
# The sets whose cue rules were revised least (the session-8 to -11 events, general10-13), and of them the four no cue
# rule had been written from when session 13 began (session 12's validation set): the closest to unseen text here.
ALL_DEV = {"events": [*SESSION15["events"], "flood-drevna", "coup-attempt-zerhavia", "match-fixing-lorvane"],
           "general": {**SESSION15["general"], "general16": ["general16_frames_heldout"]},
           "second_events": [*SESSION15["second_events"], "session14_frames_coded.csv"],
           "second_general": {**SESSION15["second_general"], "general16": "session14_general16_frames_coded.csv"}}
# session 16: the session-14 events and general16 added, with their second coding (never session15_*: the validation
# set's second coding); SESSION15 is what the model shipped in session 15 was trained on
SHIPPED = SESSION15  # the key sets the shipped model is trained on (session 15: every development set of its day;
# leave-one-set-out rules+model pooled 0.741 -> 0.747, the model alone 0.628 -> 0.652, and no validation figure fell by
# more than 0.01). Session 16: a model trained on ALL_DEV (the session-14 events and general16 added) barely rose
# leave-one-set-out and lowered rules+model on general17 by 0.015, so it is not shipped (docs/ACCURACY.md, session 16)
RECENT = tuple(ALL_DEV["events"][18:]) + ("general10", "general11", "general12", "general13", "general14", "general15",
                                          "general16")
FRESH = ("flood-drevna", "coup-attempt-zerhavia", "match-fixing-lorvane", "general16")  # session 16: the sets no
# cue rule had been written from when session 16 began (session 15's validation set; session 15: the session-13 events)
SESSION9_TRAINED_ON = frozenset(EVENTS) | frozenset(GENERAL) | {"istanbul"}
SESSION15_TRAINED_ON = frozenset(SESSION15["events"]) | frozenset(SESSION15["general"]) | {"istanbul"}


def second_coder_rows(texts: dict, sets: dict | None = None) -> list[dict]:
    """The second annotator's codings as rows of the set they belong to (rules as for the first coding); `sets`: the
    key sets read (`ALL_DEV`), the shipped model's when None."""
    sets = sets or SHIPPED
    folder = KEYS / "second_annotator"
    events = pd.concat([pd.read_csv(folder / name, keep_default_na=False) for name in sets["second_events"]])
    events = events.assign(sentence_id=event_sentence_id(events["file"], events["sentence"]))
    general = [(g, pd.read_csv(folder / name, keep_default_na=False).rename(columns={"file": "sentence_id"}))
               for g, name in sets["second_general"].items()]  # session 7 on: the general key's id in a `file` column
    rows = []
    for group, frame in (*general, *((e, events[events["event"] == e]) for e in sets["events"])):
        for sid, frames in zip(frame["sentence_id"], frame["frames"]):
            if (group, sid) in texts:
                first = texts[(group, sid)]
                rows.append({**first, "truth": {f for f in frames.split(";") if f}, "coder": "second"})
    return rows


def key_sentences(sets: dict | None = None) -> pd.DataFrame:
    """One row per coded sentence: group (event or key set), sid, text, truth, rules, coder, scored (frames coded);
    `sets`: the key sets read (`ALL_DEV`: every development set), the shipped model's (`SHIPPED`) when None."""
    sets = sets or SHIPPED
    rows = []
    for group, names in sets["general"].items():
        rows += [r for name in names for r in _rows(group, general_key(name))]
    for event in sets["events"]:
        for part in ("frames", "frames_heldout"):
            if (KEYS / f"{event}_{part}.csv").is_file():
                rows += _rows(event, event_key(event, part))
    istanbul = default_corpus_key()
    rows += _rows("istanbul", istanbul, scored=frozenset(istanbul["frame_ids"]))
    rows += second_coder_rows({(r["group"], r["sid"]): r for r in rows}, sets)
    return pd.DataFrame(rows)


def unseen_sentences() -> pd.DataFrame:
    """The first coding of the development sets the shipped model was never trained on (UNSEEN_BY_MODEL_*), as rows of
    `key_sentences` (session 10: the model's clean development check, and what the default method was chosen on)."""
    rows = [r for group, names in UNSEEN_BY_MODEL_GENERAL.items() for name in names for r in _rows(group, general_key(name))]
    rows += [r for event in UNSEEN_BY_MODEL_EVENTS for r in _rows(event, event_key(event, "frames_heldout"))]
    return pd.DataFrame(rows)


def default_frames() -> list[str]:
    """The frames the model learns: the default codebook's (event frames stay with the rules of their codebook)."""
    return list(load_frames(paths.codebook_path("frames.csv"))["frame"])


WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,.]*%?")


def word_features(text: str) -> list[str]:
    """Bag of words and word pairs (words cut to six letters, numbers as <num>) for the words-only comparison model."""
    words = [("<num>" if w[0].isdigit() else w[:6]) for w in WORD.findall(text.lower().replace("’", "'"))]
    return list(dict.fromkeys([*words, *(f"{a} {b}" for a, b in zip(["<s>", *words], [*words, "</s>"]))]))


def design(data: pd.DataFrame, kind: str, frames: list[str], vocabulary: dict | None = None) -> tuple[np.ndarray, dict]:
    """Model inputs of `kind` (`vector`, `words`, each optionally `+rules`: one 0/1 column per frame the rules give)."""
    parts, vocabulary = [], vocabulary or {}
    if kind.startswith("vector"):
        parts.append(VECTOR_SCALE * np.stack(list(data["vector"])).astype(np.float32))
    if kind.startswith("words"):
        lists = [word_features(t) for t in data["text"]]
        if not vocabulary:
            counts = pd.Series([f for fs in {t: fs for t, fs in zip(data["text"], lists)}.values() for f in fs]).value_counts()
            vocabulary = {f: i for i, f in enumerate(sorted(counts[counts >= MIN_COUNT].index))}
        x = np.zeros((len(lists), len(vocabulary)), np.float32)
        for i, fs in enumerate(lists):
            x[i, [vocabulary[f] for f in fs if f in vocabulary]] = 1.0
        parts.append(x)
    if kind.endswith("+rules"):
        parts.append(np.array([[f in r for f in frames] for r in data["rules"]], np.float32))
    return np.hstack(parts), vocabulary


def targets(data: pd.DataFrame, frames: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Labels (sentences × frames) and the mask of decisions the key made (the old default key coded a few frames)."""
    y = np.array([[f in t for f in frames] for t in data["truth"]], np.float32)
    mask = np.array([[s is None or f in s for f in frames] for s in data["scored"]], np.float32)
    return y, mask


def fit(x: np.ndarray, y: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weights (inputs × frames) and bias of one logistic regression per frame: masked log loss with an L2 penalty,
    full-batch Adam from zero for a fixed number of steps (deterministic)."""
    return _adam(x, y, mask, np.maximum(mask.sum(0), 1.0))


def _adam(x: np.ndarray, y: np.ndarray, weights: np.ndarray, divisor=None) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch Adam from zero for `STEPS` steps on the log loss of `y` (rows × columns), each row's error times
    `weights` (and divided by `divisor` when given), with an L2 penalty: the one loop `fit` and `fit_folds` share."""
    w, b = np.zeros((x.shape[1], y.shape[1]), np.float32), np.zeros(y.shape[1], np.float32)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, STEPS + 1):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        err = (p - y) * weights if divisor is None else (p - y) * weights / divisor
        g_w, g_b = x.T @ err + L2 * w, err.sum(0)
        m_w, m_b = 0.9 * m_w + 0.1 * g_w, 0.9 * m_b + 0.1 * g_b
        v_w, v_b = 0.999 * v_w + 0.001 * g_w ** 2, 0.999 * v_b + 0.001 * g_b ** 2
        scale = RATE * np.sqrt(1 - 0.999 ** step) / (1 - 0.9 ** step)
        w -= scale * m_w / (np.sqrt(v_w) + 1e-8)
        b -= scale * m_b / (np.sqrt(v_b) + 1e-8)
    return w, b


def variant_frames(prob: np.ndarray, rules: list[set], frames: list[str], threshold, add_rules: bool) -> list[set]:
    """The frames a variant gives each sentence: the model's at or above `threshold`, plus every frame the rules give
    that the model does not cover (event frames), plus all the rules' frames when `add_rules`."""
    limit = np.broadcast_to(np.asarray(threshold, dtype=float), (len(frames),))  # one threshold, or one per frame
    return [{f for f, q, t in zip(frames, p, limit) if q >= t} | (r if add_rules else r - set(frames)) for p, r in zip(prob, rules)]


def _figures(truth: list[set], found: list[set], frame_ids: list[str]) -> dict:
    figures = score_frames(dict(enumerate(truth)), dict(enumerate(found)), frame_ids)
    return {"f1": figures["micro_f1"], "precision": figures["micro_precision"], "recall": figures["micro_recall"],
            "kappa": figures["kappa"], "alpha": figures["alpha"], **{k: v for k, v in figures.items() if k.startswith("f1:")}}


KINDS = ("words", "vector", "vector+rules")


def left_out(data: pd.DataFrame, frames: list[str], thresholds=(THRESHOLD,), kinds=KINDS) -> pd.DataFrame:
    """One row per group left out × method: micro P/R/F1, kappa, alpha and per-frame F1 on the first coder's key of the
    group, every model trained on the other groups (both coders' rows). Session 7: also the OR of rules and model at
    per-frame thresholds chosen on the out-of-fold probabilities of the rules-unfitted sets other than the one scored."""
    rows, probs = [], {}
    for group in data["group"].unique():  # the OR of rules and model at UNION_THRESHOLD too, as sentence_frames adds them
        test = data[(data["group"] == group) & (data["coder"] == "first")]
        truth, rules, frame_ids = list(test["truth"]), list(test["rules"]), _frame_ids(test, frames)
        rows.append({"group": group, "n": len(test), "method": "rules", **_figures(truth, rules, frame_ids)})
        for kind in kinds:
            prob = _fold(data, group, kind, frames)
            probs[(group, kind)] = prob
            for threshold, add in [*((t, a) for t in thresholds for a in (False, True)), (UNION_THRESHOLD, True)]:
                found = variant_frames(prob, rules, frames, threshold, add)
                rows.append({"group": group, "n": len(test), "method": f"{'rules OR ' if add else ''}{kind}@{threshold}",
                             **_figures(truth, found, frame_ids)})
    for group in data["group"].unique():
        test = data[(data["group"] == group) & (data["coder"] == "first")]
        chosen = union_thresholds(data, {g: probs[(g, "vector")] for g in UNFITTED if g != group}, frames)
        found = variant_frames(probs[(group, "vector")], list(test["rules"]), frames, chosen, True)
        rows.append({"group": group, "n": len(test), "method": "rules OR vector@per-frame",
                     **_figures(list(test["truth"]), found, _frame_ids(test, frames))})
    return pd.DataFrame(rows)


def _frame_ids(test: pd.DataFrame, frames: list[str]) -> list[str]:
    scored = test["scored"].iloc[0]
    return sorted(scored) if scored else sorted(set(frames) | set().union(*test["rules"]))


def _fold(data: pd.DataFrame, group: str, kind: str, frames: list[str]) -> np.ndarray:
    """Probabilities of a model of `kind` trained on every group but `group`, on that group's first-coder rows."""
    rest, test = data[data["group"] != group], data[(data["group"] == group) & (data["coder"] == "first")]
    y, mask = targets(rest, frames)
    x, vocabulary = design(rest, kind, frames)
    w, b = fit(x, y, mask)
    return 1 / (1 + np.exp(-(design(test, kind, frames, vocabulary)[0] @ w + b)))


# Session 7: the sets whose cue rules were never revised on them (general7 barely: one rule), the closest to unseen
# text. Tried: per-frame union thresholds (UNION_GRID, "off" = rules only for that frame) chosen on these sets'
# out-of-fold probabilities, each set scored with thresholds chosen on the other three: mean micro F1 over the four
# 0.650 against 0.647 for one threshold of 0.5 (general7 0.702/0.709, mine 0.607/0.624, ship 0.659/0.667, ransomware
# 0.632/0.587): no better, so the shipped model keeps one threshold. Chosen on every set instead, the thresholds
# switch most frames off (the rules were fitted to most sets) and the four fall to 0.616. Positive-class weights
# (sqrt(neg/pos) and its square root) lowered the union on the four (0.636, 0.646): not kept.
UNFITTED = ("general9", "tower-fire-quellen", "budget-ostria", "abduction-karsa")  # session 9: the sets no rule was
# written from before session 9 (session 7: general7 and the three session-5 events)
OFF = 2.0  # a threshold no probability reaches: the model never adds the frame (rules only)
UNION_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, OFF)  # OFF: the model never adds the frame (rules only)


def union_thresholds(data: pd.DataFrame, probs: dict, frames: list[str]) -> np.ndarray:
    """Per-frame thresholds at which a model frame is added to the rules' (UNION_GRID), chosen by coordinate ascent
    (two sweeps over the frames) on the pooled micro F1 of rules OR model over the sets of `probs` ({group:
    out-of-fold probabilities of its first-coder rows})."""
    parts = []
    for group, prob in probs.items():
        test = data[(data["group"] == group) & (data["coder"] == "first")]
        ok = np.array([f in _frame_ids(test, frames) for f in frames])
        truth = np.array([[f in t for f in frames] for t in test["truth"]]) & ok
        rules = np.array([[f in r for f in frames] for r in test["rules"]]) & ok
        parts.append((prob, truth, rules, ok))
    prob, truth, rules, ok = (np.vstack([p[i] if i < 3 else np.tile(p[3], (len(p[0]), 1)) for p in parts]) for i in range(4))
    chosen = np.full(len(frames), OFF)
    for _ in range(2):
        for j in range(len(frames)):
            scores = []
            for t in UNION_GRID:
                trial = chosen.copy()
                trial[j] = t
                found = (rules | (prob >= trial)) & ok
                tp, fp, fn = (found & truth).sum(), (found & ~truth).sum(), (~found & truth).sum()
                scores.append(2 * tp / max(2 * tp + fp + fn, 1))
            chosen[j] = UNION_GRID[int(np.argmax(scores))]
    return chosen


def summary(table: pd.DataFrame, value: str = "f1") -> pd.DataFrame:
    """One value per method (rows) × group left out (columns), with the means (of the unrounded figures) over the seven
    events, over the two events no rule was ever revised on (the session-3 pair), and over every set."""
    wide = table.pivot_table(index="method", columns="group", values=value)
    sets = list(wide.columns)
    wide["mean: events"] = wide[EVENTS].mean(axis=1)
    wide["mean: rules-unfitted sets"] = wide[list(UNFITTED)].mean(axis=1)
    wide["mean: four events first scored unseen in sessions 3-4"] = wide[list(LAST_UNSEEN)].mean(axis=1)
    wide["mean: all sets"] = wide[sets].mean(axis=1)
    return wide.sort_values("mean: all sets", ascending=False).round(3)


LAST_UNSEEN = ("market-crash-ardesia", "outbreak-kavrin", "shelling-tolvany", "ice-storm-haldmark")  # whole events
# scored once at first contact (sessions 3 and 4); the rules have been revised on them since


def save_model(data: pd.DataFrame, frames: list[str], path: Path = MODEL_PATH) -> None:
    """Train the shipped model (sentence vectors only) on every row and write its weights (one union threshold for
    every frame: the per-frame ones of `union_thresholds` did not beat it leave-one-set-out, session 7)."""
    y, mask = targets(data, frames)
    w, b = fit(design(data, "vector", frames)[0], y, mask)
    np.savez_compressed(path, frames=np.array(frames), weights=(VECTOR_SCALE * w).astype(np.float32), bias=b,
                        threshold=np.full(len(frames), THRESHOLD, np.float32),
                        union_threshold=union_threshold_array(frames),
                        trained_on=np.array(sorted(data["group"].unique())), n_rows=np.array(len(data)))


def fit_folds(x: np.ndarray, y: np.ndarray, mask: np.ndarray, folds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`fit` once per fold, all folds in one matrix (session 15: the same loss, steps and Adam updates as separate
    fits, so leave-one-set-out over some fifty sets takes minutes, not hours): `folds` (folds × rows, 0/1) says which
    rows each fold trains on. Weights folds × inputs × frames, bias folds × frames."""
    g, d, k = len(folds), x.shape[1], y.shape[1]
    masks = mask[None] * folds[:, :, None]  # folds × rows × frames
    n = np.maximum(masks.sum(1), 1.0)  # folds × frames
    scaled = (masks / n[:, None, :]).transpose(1, 0, 2).reshape(len(x), g * k)  # rows × (folds · frames)
    w, b = _adam(x, np.tile(y, (1, g)), scaled)
    return w.reshape(d, g, k).transpose(1, 0, 2), b.reshape(g, k)


def out_of_fold(data: pd.DataFrame, frames: list[str], train_on=None) -> dict:
    """{group: the probabilities of its first-coder rows} from a model trained on every other group (both coders'
    rows; only the groups of `train_on` when given): leave-one-set-out cross-validation, every set in turn (the folds
    fitted together, `fit_folds`)."""
    groups = list(data["group"].unique())
    usable = data["group"].isin(train_on).to_numpy() if train_on is not None else np.ones(len(data), bool)
    folds = np.stack([(data["group"].to_numpy() != g) & usable for g in groups]).astype(np.float32)
    y, mask = targets(data, frames)
    x = design(data, "vector", frames)[0]
    w, b = fit_folds(x, y, mask, folds)
    first = (data["coder"] == "first").to_numpy()
    return {g: 1 / (1 + np.exp(-(x[(data["group"].to_numpy() == g) & first] @ w[i] + b[i]))) for i, g in enumerate(groups)}


def nested_thresholds(data: pd.DataFrame, probs: dict, frames: list[str], choose_on=None) -> dict:
    """{group: per-frame union thresholds chosen (`union_thresholds`) on the out-of-fold probabilities of the other
    groups (of `choose_on` when given), never on the group scored."""
    pool = [g for g in probs if choose_on is None or g in choose_on]
    return {g: union_thresholds(data, {h: probs[h] for h in pool if h != g}, frames) for g in probs}


def cv_decisions(data: pd.DataFrame, probs: dict, frames: list[str], method: str, thresholds) -> pd.DataFrame:
    """One row per group × sentence × frame the group's key scores: group, frame, truth, found (0/1) for `method`
    ("rules", "model" at THRESHOLD, "rules+model" at `thresholds`: one array, or {group: array})."""
    parts = []
    for group, prob in probs.items():
        test = data[(data["group"] == group) & (data["coder"] == "first")]
        rules, limit = list(test["rules"]), thresholds.get(group) if isinstance(thresholds, dict) else thresholds
        found = (rules if method == "rules" else variant_frames(prob, rules, frames, THRESHOLD, False) if method == "model"
                 else variant_frames(prob, rules, frames, limit, True))
        ids = [f for f in _frame_ids(test, frames) if f in frames]
        parts.append(pd.DataFrame([(group, f, f in t, f in s) for t, s in zip(test["truth"], found) for f in ids],
                                  columns=["group", "frame", "truth", "found"]))
    return pd.concat(parts, ignore_index=True)


def f1_by(decisions: pd.DataFrame, by: str) -> pd.Series:
    """Micro F1 of `cv_decisions` rows per value of `by` (group or frame)."""
    d = decisions.assign(tp=decisions["truth"] & decisions["found"], fp=~decisions["truth"] & decisions["found"],
                         fn=decisions["truth"] & ~decisions["found"])
    sums = d.groupby(by)[["tp", "fp", "fn"]].sum()
    return (2 * sums["tp"] / (2 * sums["tp"] + sums["fp"] + sums["fn"]).clip(lower=1)).round(3)


def cross_validation(data: pd.DataFrame, frames: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Leave-one-set-out F1 per frame (pooled over every development set of `data`, `key_sentences(ALL_DEV)`) and per
    set: the rules, the model alone and rules+model (at the shipped union thresholds, at 0.6, and at per-frame ones
    chosen on the other RECENT sets), for a model trained on the shipped model's sets (before) and on every
    development set (after), the set scored always left out."""
    at_06 = np.where(np.array(frames) == "crime_punishment", 0.7, 0.6)
    per_frame, per_group = {}, {}
    for name, train_on in (("before", SESSION15_TRAINED_ON), ("after", None)):  # session 16: before = session 15's
        probs = out_of_fold(data, frames, train_on)
        variants = {"rules": ("rules", None), "model": ("model", None),
                    "rules+model": ("rules+model", union_threshold_array(frames)), "rules+model@0.6": ("rules+model", at_06),
                    "rules+model per-frame": ("rules+model", nested_thresholds(data, probs, frames, RECENT))}
        for label, (method, limit) in variants.items():
            if label == "rules" and name == "after":
                continue
            decisions = cv_decisions(data, probs, frames, method, limit)
            column = label if label == "rules" else f"{label} ({name})"
            per_frame[column], per_group[column] = f1_by(decisions, "frame"), f1_by(decisions, "group")
            per_frame[column]["ALL (pooled)"] = f1_by(decisions.assign(all="ALL (pooled)"), "all").iloc[0]
    groups = pd.DataFrame(per_group)
    means = {"mean: all sets": list(groups.index), "mean: recent sets": list(RECENT), "mean: fresh sets": list(FRESH)}
    for label, sets in means.items():
        groups.loc[label] = groups.loc[sets].mean().round(3)
    return pd.DataFrame(per_frame), groups


def tone_encoder_vectors(texts: list[str]) -> np.ndarray:
    """Sentence vectors as `sentence_vectors` makes them, from the tone model's session (its fine-tuned top layers)."""
    from helpers.tone_model import encode_windows, wordpieces

    states = encode_windows([wordpieces(t)[0][:126] or [0] for t in texts])
    vectors = np.stack([s.mean(axis=0) for s in states])
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true")
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--table", type=Path)
    parser.add_argument("--cv", action="store_true", help="session 13: leave-one-set-out F1 per frame and per set over "
                        "every development set, a model trained as shipped against one trained on every set")
    parser.add_argument("--thresholds", default=str(THRESHOLD))
    parser.add_argument("--kinds", default=",".join(KINDS), help="model inputs to evaluate (comma-separated: words, vector, vector+rules)")
    parser.add_argument("--tone-encoder", action="store_true",
                        help="evaluate on vectors of the tone model's fine-tuned encoder instead (never saved: it moves with the tone model)")
    args = parser.parse_args()
    data, frames = key_sentences(), default_frames()
    data["vector"] = list(tone_encoder_vectors(list(data["text"])) if args.tone_encoder else sentence_vectors(list(data["text"])))
    print(data.groupby(["group", "coder"]).size().to_string())
    if args.evaluate:
        table = left_out(data, frames, tuple(float(t) for t in args.thresholds.split(",")), tuple(args.kinds.split(",")))
        with pd.option_context("display.width", 250, "display.max_columns", 40):
            print(summary(table).to_string())
            print(summary(table, "kappa").to_string())
        if args.table:
            table.to_csv(args.table, index=False)
    if args.cv:
        every = key_sentences(ALL_DEV)
        every["vector"] = list(sentence_vectors(list(every["text"])))
        by_frame, by_group = cross_validation(every, frames)
        with pd.option_context("display.width", 250, "display.max_columns", 40):
            print(by_frame.to_string())
            print(by_group.to_string())
    if args.save and not args.tone_encoder:
        save_model(data, frames)


if __name__ == "__main__":
    main()
