"""Tone toward an actor and the words a report counts as evaluative (session 19, live19: the new user's findings 12
and 15), on sentences written for these tests about several kinds of events.

1. A quotation's tone is never tone toward its own speaker: an actor named in the speech tag of a sentence that quotes
   someone ('"We were lied to for years," said the residents' leader') speaks the words; the pair is marked `speaker`
   and left out of the "toward" measures and their evidence (sentiment.SPEAKER_TAG_RULES).
2. An evaluative adjective that is a noun in context ("the base of the crater", "a kind of", "a €2m fine") is not an
   evaluative word (evaluative_collocations rows noun_of, money_fine).
3. The outlet's name line under a text file's date line ("The National Ledger", "National Broadcasting Service | News |
   Regions") is a credit line naming the outlet, never a heading nor the article's author (blocks._rule_outlet_line).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus import build_tables
from helpers.sentiment import (SPEAKER_TAG_RULES, actor_tone, evaluative_hits, load_sentiment_codebooks,
                               side_mentions, speaks_the_quote)


def _speaks(sentence: str, name: str) -> bool:
    start = sentence.index(name)
    return speaks_the_quote(sentence, start, start + len(name))


# --- 1. a quotation's tone is not tone toward its speaker --------------------------------------------------------------
@pytest.mark.parametrize("sentence, name", [
    ('"We have been lied to for years and nobody listens," said Marta Kell, who leads the Almond Row residents\' group.',
     "residents"),
    ('Residents\' leader Marta Kell said: "This is a disgrace and a scandal."', "Residents"),
    ('"They treated us like criminals for asking questions," the union\'s regional secretary told reporters.', "union"),
    ('"The figures are a fairy tale invented by the operator," farmers\' spokesman Tomas Ek said on Monday.', "farmers"),
    ('"We will not accept this shameful offer," the nurses\' union said in a statement.', "nurses"),
])
def test_an_actor_named_in_the_speech_tag_speaks_the_quote(sentence, name):
    assert _speaks(sentence, name)


@pytest.mark.parametrize("sentence, name", [
    ('"The residents were warned many times," said the mayor.', "residents"),  # named inside the quotation
    ('"It was a reckless and shameful failure," said the mayor, who blamed the residents for the delays.', "residents"),
    ('"They abandoned us completely," the union spokesman said of the water company.', "water company"),
    ("The union said the residents were angry about the delays.", "residents"),  # no quotation at all
    ('"Awful," said the mayor of the residents.', "residents"),  # too short a quote to be anyone's words on them
])
def test_an_actor_outside_the_speech_tag_is_no_speaker(sentence, name):
    assert not _speaks(sentence, name)


def test_speaker_rules_are_named_rows():
    assert SPEAKER_TAG_RULES["name"].is_unique and {"verb_then_name", "name_then_verb"} <= set(SPEAKER_TAG_RULES["name"])


def test_the_speakers_own_words_are_left_out_of_tone_toward_it():
    text = ('"We have been lied to for years, it is a disgrace," said Marta Kell, who leads the Almond Row residents\' '
            'group.')
    other = "The council praised the residents for their patience."
    mentioned = pd.DataFrame({"article_id": "a", "block_no": [1, 2], "sentence_no": 1, "actor": "residents",
                              "side": "residents", "alias": "residents", "via": "named",
                              "start": [text.index("residents"), other.index("residents")],
                              "end": [text.index("residents") + 9, other.index("residents") + 9]})
    tone = pd.DataFrame({"article_id": "a", "block_no": [1, 2], "sentence_no": 1, "source": "Evening Post",
                         "text": [text, other], "tone": [-0.6, 0.4], "vader": [-0.6, 0.4], "textblob": [-0.5, 0.3],
                         "model": [-0.7, 0.5], "in_quote": [True, False]})
    rows = actor_tone(mentioned, tone)
    assert list(rows["speaker"]) == [True, False]
    evidence = side_mentions(rows, tone, "Evening Post", "residents")
    assert len(evidence) == 1 and "praised" in evidence.loc[0, "sentence"]


# --- 2. evaluative words that are nouns in context ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, word, rule", [
    ("Divers reached the base of the crater shortly after noon.", "base", "noun_of"),
    ("Engineers found a kind of clay under the road that swells when wet.", "kind", "noun_of"),
    ("The mean of the three readings was 41 micrograms, the agency said.", "mean", "noun_of"),
    ("The regulator imposed a €2m fine on the ferry operator.", "fine", "money_fine"),
    ("Drivers face a 400-euro fine for parking in the bus lane.", "fine", "money_fine"),
])
def test_an_adjective_used_as_a_noun_is_descriptive(sentence, word, rule):
    book = load_sentiment_codebooks(None)
    segments = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "voice": ["narration"],
                             "text": [sentence]})
    hits = evaluative_hits(segments, book["lexicon"], book["collocations"])
    assert hits.loc[hits["word"] == word, "descriptive"].tolist() == [rule]


@pytest.mark.parametrize("sentence, word", [
    ("It was a base and cowardly attack on unarmed pickets.", "base"),
    ("The weather stayed fine all week, the organisers said.", "fine"),
])
def test_the_adjective_still_evaluates(sentence, word):
    book = load_sentiment_codebooks(None)
    segments = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "voice": ["narration"],
                             "text": [sentence]})
    hits = evaluative_hits(segments, book["lexicon"], book["collocations"])
    assert hits.loc[hits["word"] == word, "descriptive"].tolist() == [""]


# --- 3. the outlet's name line under the date line ---------------------------------------------------------------------
BODY = ("A ferry operator was fined on Wednesday after one of its boats struck the harbour wall during a storm, injuring "
        "40 passengers, two of them seriously, and leaving the terminal closed to traffic for most of the afternoon while "
        "divers checked the hull.\n\n"
        "The regulator said the crew had ignored two warnings from the harbour master before the collision.\n")
@pytest.mark.parametrize("outlet", ["The National Ledger", "Keller Heights Community Radio",
                                    "National Broadcasting Service | News | Regions"])
def test_an_outlet_line_under_the_date_line_is_a_credit_not_a_heading(tmp_path, outlet):
    (tmp_path / "a.txt").write_text(
        "Ferry operator fined after 40 passengers hurt in harbour collision\n"
        "Thursday 12 March 2026, 09:15 CET\n\n"
        f"{outlet}\n"
        "By Ilse Varga, Transport Correspondent\n\n"
        + BODY, encoding="utf-8")
    tables = build_tables(tmp_path)
    blocks = tables["blocks"].set_index("text")
    assert blocks.loc[outlet, "role"] == "credit", blocks.loc[outlet]
    assert blocks.loc[outlet, "reason"] == "outlet name line under the date line"
    assert tables["articles"].loc[0, "credit"].startswith("Ilse Varga")  # the outlet is no author


def test_a_sentence_under_the_date_line_stays_the_story(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Ferry operator fined after 40 passengers hurt in harbour collision\n"
        "Thursday 12 March 2026, 09:15 CET\n\n"
        "Regulator Says Crew Ignored Warnings\n\n"
        + BODY, encoding="utf-8")
    blocks = build_tables(tmp_path)["blocks"].set_index("text")
    assert blocks.loc["Regulator Says Crew Ignored Warnings", "role"] != "credit"  # more than a name: a verb ('Says')
