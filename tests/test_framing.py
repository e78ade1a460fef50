"""Framing: quotations and speakers against hand keys, frames against hand coding, word choice."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import KEYS
from helpers import paths
from helpers.corpus import build_tables
from helpers.codebooks import read_codebook
from helpers.evaluation import score_frames
from helpers.framing import (distinctive_words, framing_tables, load_frames, load_framing_codebooks, sentence_frames,
                             term_pairs)
from helpers.schemas import validate
from helpers.voices import quotations

QUOTE_F1_TARGET = 0.90  # issue #5
SPEAKER_TARGET = 0.90  # issue #5
DEFAULT_CORPUS_FRAME_F1 = 0.89  # measured 0.891 after the codebook split (0.88 before it)
GENERAL_DEV_F1, GENERAL_DEV_KAPPA = 0.90, 0.89  # measured on the development sentences (first run: F1 0.88)
GENERAL_HELDOUT_F1 = 0.83  # measured once on the held-out sentences (P 0.80, R 0.87, kappa 0.82); cues added later leave it unchanged
EVENT_FRAME_F1 = {  # measured on each development key (cues revised on it) and on each held-out key (5 sentences), whose
    # first-contact F1 was quake 0.54, strike 0.17, verdict 0.62 (pooled 0.44); four general cues were added after it
    "quake-valdora": {"frames": 0.81, "frames_heldout": 0.85},
    "strike-norland": {"frames": 0.73, "frames_heldout": 0.42},
    "verdict-halberg": {"frames": 0.75, "frames_heldout": 0.61},
}
EVENT_KIND = {"quake-valdora": "disaster", "strike-norland": "strike", "verdict-halberg": "court"}
UNRELATED_FRAMES = {  # frames that would come from another world if they led a source's coverage of such an event
    "disaster": {"security_defence", "crime_punishment", "legality", "political", "public_opinion", "cultural_identity"},
    "strike": {"external_regulation", "cultural_identity", "capacity_resources", "health_safety", "morality"},
    "court": {"security_defence", "capacity_resources", "quality_of_life", "external_regulation", "cultural_identity"},
}
POLICY_FRAMES = ["economic", "capacity_resources", "morality", "fairness_equality", "legality", "policy_prescription",
                 "crime_punishment", "security_defence", "health_safety", "quality_of_life", "cultural_identity",
                 "public_opinion", "political", "external_regulation"]
GENERIC_FRAMES = ["generic_conflict", "generic_human_interest", "generic_economic_consequences", "generic_morality",
                  "generic_responsibility"]


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


def _frame_sets(labels: pd.DataFrame, ident) -> dict:
    return labels.assign(sid=ident(labels)).groupby("sid")["frame"].agg(set).to_dict()


def _report(accuracy, name: str, figures: dict) -> dict:
    """Micro figures, agreement and the per-frame F1 of the frames the key or the rules used."""
    accuracy[name] = {k: v for k, v in figures.items() if not (k.startswith("f1:") and v != v)}
    return figures


def test_frames_against_hand_coding(seed, accuracy):
    tables, codebooks = seed
    labels = sentence_frames(tables["sentences"], codebooks["frames"])
    found = _frame_sets(labels, lambda f: f["article_id"].str[:3] + "/" + f["block_no"].astype(str) + "/" + f["sentence_no"].astype(str))
    key = pd.read_csv(KEYS / "istanbul_frames.csv", comment="#", dtype={"file": str})
    assert len(key) >= 60
    truth = {f"{r.file}/{r.block_no}/{r.sentence_no}": set(r.frames.split(";")) for r in key.itertuples()}
    coded = sorted(set().union(*truth.values()))  # the key was coded with these frames only (see its header)
    assert set(coded) <= set(codebooks["frames"]["frame"]), set(coded) - set(codebooks["frames"]["frame"])
    figures = _report(accuracy, "frames, default corpus, 60 sentences (old key, ids mapped; its 11 frames scored)",
                      score_frames(truth, found, coded))
    assert figures["micro_f1"] >= DEFAULT_CORPUS_FRAME_F1 and figures["kappa"] >= 0.86, figures


def _general_key(name: str):
    key = pd.read_csv(KEYS / name, comment="#", keep_default_na=False)
    sentences = pd.DataFrame({"article_id": key["sentence_id"], "block_no": 1, "sentence_no": 1, "role": "body",
                              "text": key["sentence"]})
    return sentences, {r.sentence_id: {f for f in r.frames.split(";") if f} for r in key.itertuples()}


def test_general_frames_on_sentences_about_events_of_several_kinds(accuracy):
    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences, truth = _general_key("general_frames.csv")
    assert len(truth) == 60 and set().union(*truth.values()) <= set(frames["frame"])
    found = _frame_sets(sentence_frames(sentences, frames), lambda f: f["article_id"])
    figures = _report(accuracy, "frames, 60 sentences about disasters/protests/courts... (development; first run F1 0.88)",
                      score_frames(truth, found, list(frames["frame"])))
    assert figures["micro_f1"] >= GENERAL_DEV_F1 and figures["kappa"] >= GENERAL_DEV_KAPPA, figures


def test_general_frames_held_out(accuracy):
    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences, truth = _general_key("general_frames_heldout.csv")
    found = _frame_sets(sentence_frames(sentences, frames), lambda f: f["article_id"])
    figures = _report(accuracy, "frames, 30 held-out sentences about events of several kinds (scored once)",
                      score_frames(truth, found, list(frames["frame"])))
    assert figures["micro_f1"] >= GENERAL_HELDOUT_F1, figures


def _event_frames(event: str):
    from conftest import CORPORA

    corpus = CORPORA / event
    if not corpus.is_dir():
        pytest.skip(f"{event} corpus not in this checkout")
    tables = build_tables(corpus)
    codebooks = load_framing_codebooks(corpus)
    sentences = tables["sentences"].merge(tables["articles"][["article_id", "file"]], on="article_id")
    labels = sentence_frames(sentences, codebooks["frames"], roles=("headline", "standfirst", "body"))
    return tables, codebooks, sentences, labels


def _event_sentence_id(file: pd.Series, text: pd.Series) -> pd.Series:
    return file.str.rsplit("/", n=1).str[-1] + "|" + text.map(lambda t: " ".join(t.replace("’", "'").replace("“", '"').replace("”", '"').split()))


@pytest.mark.parametrize("event,part", [(e, p) for e in EVENT_FRAME_F1 for p in ("frames", "frames_heldout")])
def test_frames_on_event_corpora_against_hand_keys(event, part, accuracy):
    _, codebooks, sentences, labels = _event_frames(event)
    if not (KEYS / f"{event}_{part}.csv").is_file():
        pytest.skip(f"no key {event}_{part}.csv")
    key = pd.read_csv(KEYS / f"{event}_{part}.csv", comment="#", keep_default_na=False)
    truth = dict(zip(_event_sentence_id(key["file"], key["sentence"]), key["frames"].map(lambda f: {x for x in f.split(";") if x})))
    ids = labels.merge(sentences[["article_id", "block_no", "sentence_no", "file", "text"]], on=["article_id", "block_no", "sentence_no"])
    found = dict(zip(*(lambda f: (f.index, f.values))(ids.assign(sid=_event_sentence_id(ids["file"], ids["text"])).groupby("sid")["frame"].agg(set))))
    assert set(truth) <= set(_event_sentence_id(sentences["file"], sentences["text"])), "a key sentence is not in the corpus"
    figures = _report(accuracy, f"frames, {event} {part.replace('frames', 'key').replace('_', ' ')} ({len(truth)} sentences)",
                      score_frames(truth, found, list(codebooks["frames"]["frame"])))
    assert figures["micro_f1"] >= EVENT_FRAME_F1[event][part], figures


@pytest.mark.parametrize("event", list(EVENT_FRAME_F1))
def test_no_frame_from_an_unrelated_domain_leads_on_event_corpora(event):
    tables, codebooks, _, _ = _event_frames(event)
    profile = framing_tables(tables["sentences"], tables["blocks"], tables["articles"], codebooks)["frame_profile"]
    shares = profile.groupby(["source", "frame"])["share"].mean().reset_index()
    top = shares[shares["share"] > 0].sort_values("share", ascending=False).groupby("source").head(3)
    wrong = top[top["frame"].isin(UNRELATED_FRAMES[EVENT_KIND[event]])]
    assert wrong.empty, wrong


WRONG_WORLD = [  # (sentence, a frame it must not carry): cues that used to fire from the wrong world
    ("The army deployed 3,000 troops to help with the rescue operation in the flooded region.", "security_defence"),
    ("Troops and volunteers searched the rubble as the operation entered its second day.", "security_defence"),
    ("Drones were used to search the region for survivors.", "security_defence"),
    ("Rail workers began a 48-hour strike over pay, and the union warned of further strikes.", "security_defence"),
    ("The reform raises the legal retirement age from 62 to 64.", "legality"),
    ("Residents of the northern region were told to boil their water.", "external_regulation"),
    ("Aftershocks above magnitude 5 could not be ruled out, the institute said.", "legality"),
    ("Firefighters were fighting the blaze on three fronts.", "security_defence"),
    ("The ruling party's candidate conceded on Sunday night.", "legality"),
    ("Prices fell as demand for steel weakened.", "generic_conflict"),
    ("Police said 40 officers were on duty at the stadium.", "morality"),
    ("The talks stalled over a deadline for the deal.", "health_safety"),
    ("Voters go to the polls on Sunday.", "public_opinion"),
    ("Customs officers seized 40 kilograms of cocaine at the port.", "cultural_identity"),
]


@pytest.mark.parametrize("text,frame", WRONG_WORLD)
def test_frame_cues_do_not_fire_from_the_wrong_world(text, frame):
    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "role": ["body"], "text": [text]})
    labels = sentence_frames(sentences, frames)
    assert frame not in set(labels["frame"]), labels[["frame", "cue"]].values.tolist()


def test_default_codebooks_hold_general_frames_and_terms_only():
    frames = load_frames(paths.codebook_path("frames.csv"))
    assert list(frames["frame"]) == POLICY_FRAMES + GENERIC_FRAMES and set(frames["family"]) == {"policy", "generic"}
    assert frames["note"].str.len().gt(0).sum() >= 10 and frames["indicator_questions"].str.len().gt(40).all()
    terms = read_codebook(paths.codebook_path("contested_terms.csv"), ["concept", "term", "pattern"])
    assert {"how a death is told", "people in the street", "armed non-state fighters", "who governs",
            "people who move across borders"} <= set(terms["concept"])


def test_event_frames_live_in_the_event_codebook(seed):
    _, codebooks = seed
    frames = codebooks["frames"].set_index("frame")
    assert frames.loc["diplomacy_negotiation", "family"] == "event"  # added by the event file
    assert frames.loc["security_defence", "label"].endswith("(this war: fighting, weapons, troops)")  # overridden
    assert "economic" in frames.index  # default rows kept without copying them
    terms = codebooks["contested_terms"]
    assert "what the war is called" in set(terms["concept"]) and "armed violence between states" not in set(terms["concept"])


def test_term_pairs_find_different_words_in_the_same_slot():
    texts = {"A": ["Police arrested dozens of rioters near the station.", "The rioters threw stones at officers."],
             "B": ["Police arrested dozens of protesters near the station.", "The protesters threw stones at officers."],
             "C": ["Police arrested dozens of protesters near the station."]}
    rows = [{"article_id": src, "block_no": i, "sentence_no": 1, "role": "body", "text": t}
            for src, ts in texts.items() for i, t in enumerate(ts)]
    pairs = term_pairs(pd.DataFrame(rows), pd.DataFrame({"article_id": list(texts), "source": list(texts)}))
    assert pairs[["term_a", "term_b", "n_contexts", "sources_a", "sources_b"]].values.tolist() == [
        ["protesters", "rioters", 2, "B, C", "A"]]
    assert validate("term_pairs", pairs) is not None


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
