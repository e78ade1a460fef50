"""Builders the rule tests share (one copy each, imported by the test files that probe the number and voice rules):
one sentence's figures as the number step reads them, paragraphs as a body's sentence table, the voice the
attribution step gives the last sentence (and a figure's claimant in it), one sentence's frames (with or without one cue rule) and the contested terms
a few sentences count."""
from __future__ import annotations

import pandas as pd

from helpers import paths
from helpers.attribution import add_claimants, attribute_sentences
from helpers.codebooks import load_units, read_codebook
from helpers.facts import classify_mention
from helpers.framing import contested_terms, load_frames, sentence_frames
from helpers.numbers import number_records
from helpers.quantities import context_of, load_quantity_codebook
from helpers.sentences import split_sentences

UNITS = load_units(paths.codebook_path("units.csv"))
BOOK = load_quantity_codebook()


def figures_in(sentence: str) -> dict[str, dict]:
    """Each figure of `sentence` by its text: its number record with its quantity, whether a cue decided it, and its
    context (detail, place, as-of) for an article published in 2026."""
    found = {}
    for rec in number_records(sentence, UNITS):
        classified = classify_mention(rec, sentence, BOOK)
        rec.update(quantity=classified["quantity"], cued=classified.get("cued", False))
        rec.update(context_of(rec, sentence, BOOK, 2026))
        found[rec["text"]] = rec
    return found


def body_sentences(paragraphs: list[str], article: str = "a") -> pd.DataFrame:
    """The sentences table of one article whose body is `paragraphs` (one block each)."""
    rows = [{"article_id": article, "block_no": i, "role": "body", "sentence_no": r.sentence_no, "text": r.text}
            for i, p in enumerate(paragraphs, start=1) for r in split_sentences(p).itertuples()]
    return pd.DataFrame(rows)


def last_voice(paragraphs: list[str]) -> tuple[str, str]:
    """The speaker and speaker type the attribution step gives the last sentence of `paragraphs`."""
    last = attribute_sentences(body_sentences(paragraphs)).iloc[-1]
    return last["speaker"], last["speaker_type"]


def last_claimant(paragraphs: list[str], figure: str) -> tuple[str, str]:
    """The claimant and its type the attribution step gives `figure` in the last sentence of `paragraphs`."""
    sents = body_sentences(paragraphs)
    last = sents.iloc[-1]
    number = pd.DataFrame([{"article_id": last.article_id, "block_no": last.block_no, "sentence_no": last.sentence_no,
                            "sentence": last.text, "start": last.text.find(figure)}])
    got = add_claimants(number, attribute_sentences(sents)).iloc[0]
    return got["claimant"], got["claimant_type"]


def frames_of(text: str, frames: pd.DataFrame) -> set[str]:
    """The frames the cue rules of `frames` give one body sentence."""
    sentences = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "role": ["body"], "text": [text]})
    return set(sentence_frames(sentences, frames)["frame"])


def frames_without_rule(rules: pd.DataFrame, name: str, text: str) -> set[str]:
    """The frames of `text` with the default frames and every cue rule of `rules` but the one named `name`."""
    return frames_of(text, load_frames(paths.codebook_path("frames.csv"), rules=rules[rules["name"] != name]))


def assert_exclude_rule_removes_its_frame(rules: pd.DataFrame, name: str, frames: pd.DataFrame,
                                          error_class: str | None = None) -> None:
    """An exclude row of frame_cues.csv is what removes its frame: without the row its example carries the frame
    again, with it the frame is gone (and the row has `error_class` where one is given)."""
    row = rules[rules["name"] == name]
    assert not row.empty and set(row["kind"]) == {"exclude"}
    assert error_class is None or set(row["error_class"]) == {error_class}
    example = row["example"].iloc[0]
    assert set(row["frame"]) & frames_without_rule(rules, name, example)
    assert not set(row["frame"]) & frames_of(example, frames)


def term_counts(texts: list[str]) -> dict[str, int]:
    """How often each contested term of the default list is counted in `texts` (one source, one body sentence each)."""
    terms = read_codebook(paths.codebook_path("contested_terms.csv"), ["concept", "term", "pattern"], key=["concept", "term"])
    sentences = pd.DataFrame({"article_id": "a", "block_no": range(1, len(texts) + 1), "sentence_no": 1, "role": "body",
                              "text": texts})
    found = contested_terms(sentences, pd.DataFrame({"article_id": ["a"], "source": ["A"]}), terms)
    return dict(zip(found["term"], found["count"]))
