"""Event codebooks are layered over the default ones: add, override or drop a row without copying the file."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.codebooks import codebook_layers, layer_codebook, load_actors, load_quantities, read_codebook
from helpers.errors import CorpusError
from helpers.framing import load_frames


def _csv(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_layer_adds_overrides_and_drops_rows():
    base = pd.DataFrame({"id": ["a", "b", "c"], "value": ["1", "2", "3"]})
    layer = pd.DataFrame({"id": ["b", "d", "c"], "value": ["20", "4", ""], "drop": ["", "", "yes"]})
    out = layer_codebook(base, layer, ["id"])
    assert out.values.tolist() == [["b", "20"], ["d", "4"], ["a", "1"]]


def test_a_wildcard_drop_row_removes_every_matching_default_row():
    base = pd.DataFrame({"concept": ["x", "x", "y"], "term": ["p", "q", "r"], "pattern": ["1", "2", "3"]})
    layer = pd.DataFrame({"concept": ["x"], "term": ["*"], "pattern": [""], "drop": ["yes"]})
    assert layer_codebook(base, layer, ["concept", "term"])["term"].tolist() == ["r"]


def test_event_file_is_layered_over_the_default_file_of_the_same_name(tmp_path):
    _csv(tmp_path / "default" / "frames.csv",
         "frame,family,indicator_questions,cues,exclude\neconomic,policy,Money?,\\bmoney\\b,\nlegality,policy,Law?,\\bcourts?\\b,\n")
    event = _csv(tmp_path / "my-event" / "frames.csv",
                 "frame,family,indicator_questions,cues,drop\nrescue,event,Rescue?,\\brescue\\b,\nlegality,,,,yes\n")
    assert codebook_layers(event) == [tmp_path / "default" / "frames.csv", event]
    frames = load_frames(event)
    assert list(frames["frame"]) == ["rescue", "economic"]  # one row added, one dropped, the rest kept
    assert frames.set_index("frame").loc["economic", "exclude"] == ""


def test_adding_one_actor_or_one_quantity_is_one_row(tmp_path):
    _csv(tmp_path / "default" / "actors.csv", "actor,side,aliases\nRed Cross,,ICRC\n")
    actors = _csv(tmp_path / "ev" / "actors.csv", "actor,side,aliases\nAna Ruiz,coalition,Ruiz|the spokeswoman\n")
    assert set(load_actors(actors)["actor"]) == {"Red Cross", "Ana Ruiz"}
    _csv(tmp_path / "default" / "quantities.csv",
         "quantity,kinds,units,cues,split_by_side,compare,label\nkilled,count,,\\bkilled\\b,no,yes,people killed\n")
    rules = load_quantities(_csv(tmp_path / "ev" / "quantities.csv",
                                 "quantity,kinds,units,cues,split_by_side,compare,label\nsandbags,count,^bag$,\\bsandbags?\\b,no,yes,sandbags\n"))
    assert [r.quantity for r in rules] == ["sandbags", "killed"]


def test_a_layer_without_the_key_column_is_refused_by_name(tmp_path):
    _csv(tmp_path / "default" / "units.csv", "surface,unit\npeople,person\n")
    event = _csv(tmp_path / "ev" / "units.csv", "unit\nperson\n")
    with pytest.raises(CorpusError, match="surface"):
        read_codebook(event, ["surface", "unit"])


def test_a_default_file_or_a_lone_file_is_read_alone(tmp_path):
    lone = _csv(tmp_path / "ev" / "facts.csv", "fact_id,new_fact_id,label\nage,,age\n")
    assert codebook_layers(lone) == [lone]
    assert read_codebook(lone, ["fact_id", "new_fact_id", "label"]).shape == (1, 3)


def test_agreement_figures_match_a_hand_computed_example():
    from helpers.evaluation import binary_agreement, score_frames

    figures = binary_agreement([True, True, False, False], [True, False, False, False])
    assert figures["kappa"] == pytest.approx(0.5)  # p_o 0.75, p_e 0.5
    assert figures["alpha"] == pytest.approx(1 - 0.25 / (2 * 3 * 5 / (8 * 7)))  # D_o 0.25, D_e 30/56
    scored = score_frames({"s1": {"economic"}, "s2": set()}, {"s1": {"economic", "political"}}, ["economic", "political"])
    assert (scored["micro_precision"], scored["micro_recall"], scored["f1:economic"]) == (0.5, 1.0, 1.0)


def test_an_event_adds_drops_or_overrides_a_named_frame_cue_rule_by_its_name(tmp_path, monkeypatch):
    from helpers import paths
    from helpers.framing import load_framing_codebooks

    _csv(tmp_path / "default" / "frames.csv",
         "frame,family,indicator_questions,cues,exclude\nlegality,policy,Law?,\\blawsuit\\b,\nsecurity_defence,policy,Force?,\\bfighting\\b,\n")
    _csv(tmp_path / "default" / "frame_cues.csv", "name,frame,kind,pattern,example\n"
         "court_decides,legality,cue,\\bcourt ruled\\b,The court ruled.\n"
         "fire_fighting,security_defence,exclude,\\bfighting the fire\\b,Crews were fighting the fire.\n")
    _csv(tmp_path / "my-event" / "frame_cues.csv", "name,frame,kind,pattern,example,drop\n"
         "fire_fighting,,,,,yes\nverdict_read,legality,cue,\\bverdict\\b,The verdict was read.,\n")
    _csv(tmp_path / "default" / "contested_terms.csv", "concept,term,pattern\n")
    _csv(tmp_path / "default" / "actors.csv", "actor,side,aliases\n")
    monkeypatch.setattr(paths, "CODEBOOKS_DIR", tmp_path)
    frames = load_framing_codebooks(tmp_path / "corpora" / "my-event")["frames"].set_index("frame")
    assert frames.loc["legality", "pattern"].search("The verdict was read.")  # added by the event, no frames.csv copied
    assert frames.loc["legality", "pattern"].search("The court ruled.")  # default rule kept
    assert frames.loc["security_defence", "exclusion"] is None  # the event dropped the default exclusion by its name


def test_an_actors_type_in_the_codebook_decides_its_quotations_type(tmp_path):
    """The text reads 'the Chamber of Commerce' as an organisation; the user's actor row says expert, and that wins.
    A type outside the vocabulary is ignored (the text decides), so a typo never blanks a type."""
    from helpers.voices import quotations

    actors = tmp_path / "actors.csv"
    actors.write_text("actor,side,aliases,type\nChamber of Commerce,business,the chamber,Expert\n"
                      "Ana Ruiz,,Ruiz,boss\n", encoding="utf-8")
    table = load_actors(actors)
    assert dict(zip(table["alias"], table["type"])) == {"Chamber of Commerce": "expert", "the chamber": "expert",
                                                        "Ana Ruiz": "", "Ruiz": ""}
    sentences = pd.DataFrame({"article_id": "a", "block_no": [1, 2], "sentence_no": 1, "role": "body",
                              "text": ["\"We lost 40 million in a week,\" the Chamber of Commerce said.",
                                       "\"We lost a week of work,\" said Ana Ruiz, a baker."]})
    found = quotations(sentences, table).set_index("speaker")["speaker_type"]
    assert found["Chamber of Commerce"] == "expert"
    assert quotations(sentences, table.assign(type="")).set_index("speaker")["speaker_type"]["Chamber of Commerce"] == \
        "organisation"  # what the text alone reads
    assert found["Ana Ruiz"] == quotations(sentences, table.assign(type="")).set_index("speaker")["speaker_type"]["Ana Ruiz"]
