"""Session 18 (claims18): claims17's rules re-landed and narrowed where they made quotation speakers or claimants out of
sentences that are not theirs, and three classes of the session-17 new user's claimant findings, on sentences of our own
(invented names and places): a figure right after a verb is a report only when no source phrase names who reports it;
reading out names is no statement; a body's initials after a description of it are its name; a "which" clause with a
subject of its own does not describe the speaker; "repeated that" reports speech; a figure a body named by "a"/"an"
claimed is that body's."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.attribution import attribute_sentences
from probes import last_claimant


def _said(text: str) -> pd.Series:
    frame = pd.DataFrame([{"article_id": "a", "block_no": 1, "sentence_no": 1, "role": "body", "text": text}])
    return attribute_sentences(frame).iloc[0]


# 1. A hedged figure or a sum right after a verb ("demanded $5 million", "insists fewer than 2,000") is no report when
# the sentence has a source phrase: with "according to X" the demand is what X reports. (Session 18 first read such a
# figure only without a source phrase, then withdrew the figure-after-verb reading whole: see docs/ACCURACY.md.)
@pytest.mark.parametrize("text, speaker", [
    ("The kidnappers demanded €2 million for the engineer's release, according to two officials briefed on the talks.",
     "two officials"),
    ("The hackers asked for $4.5 million in bitcoin, according to a person familiar with the investigation.",
     "a person familiar with the investigation"),
    ("The striking pilots want up to 14% over two years, according to the union's own bulletin.",
     "the union"),
])
def test_a_figure_after_a_verb_is_no_report_beside_a_source_phrase(text, speaker):
    row = _said(text)
    assert row["speaker"].lower().startswith(speaker.lower()) and row["co_speaker"] == "", row.to_dict()


@pytest.mark.parametrize("text, figure, body", [
    ("The dockers' union demanded €18 an hour for night shifts.", "€18", "the dockers' union"),

])
def test_a_figure_after_a_verb_still_reports_without_a_source_phrase(text, figure, body):
    assert last_claimant([text], figure)[0].lower() == body.lower()


# 2. Reading out names is a ceremony, not a statement of figures; reading out a result still is.
def test_reading_out_names_makes_no_quotation():
    row = _said("The governor, Ilse Varga, read out the names of the victims: Pia Lund, 34, a nurse; and Oskar Bell, 61.")
    assert row["basis"] == "outlet" and row["speaker"] == ""
    assert _said("The chief returning officer read out the final tally: 5,210 votes for the motion.")["basis"] == \
        "reported"


# 3. A body's initials after a lower-case description of it are its name. Withdrawn (see the reason).
@pytest.mark.xfail(strict=True, reason="session 18: withdrawn before the merge (docs/ACCURACY.md, claims18): scored with "
                   "the other additions, it came with a minimum-wage grouping fall the session could not bisect")
@pytest.mark.parametrize("text, name", [
    ("The hauliers' association TVR said up to 3,000 lorries were stuck at the border.", "TVR"),
    ("The farmers' union NLB said 4,000 dairy farms could lose their main market.", "NLB"),
    ("The state broadcaster RTM reported 14 people missing after the landslide.", "RTM"),
])
def test_initials_after_a_description_name_the_body(text, name):
    assert _said(text)["speaker"] == name


def test_a_title_or_a_named_body_keeps_its_words():
    assert _said("The company's CEO said 300 jobs would go.")["speaker"] == "the company's CEO"
    assert _said("The rights group Civic Lantern said 40 people were detained.")["speaker"] == "the rights group Civic Lantern"


# 4. A "which" clause with a subject of its own tells where the speaker's record comes from: its figures are not the
# outlet's description of the speaker (a subject relative clause still is).
def test_an_object_which_clause_is_not_the_speakers_description():
    text = "According to the ship's manifest, which Nordal Shipping released at 10 a.m., there were 280 people on board."
    assert last_claimant([text], "10 a.m.")[0] == "the ship's manifest"
    text = "The coastguard, which had sent six boats to the bay, said 41 people had been rescued."
    assert last_claimant([text], "six boats") == ("", "outlet")
    assert last_claimant([text], "41 people")[0] == "the coastguard"
    assert not rules.SPEAKER_RELATIVE.match(", which the operator released at 9 a.m.,")


# 5. "repeated that" reports speech: a second voice after "while" keeps its own figure (new user 17, finding 5).
# Withdrawn (see the reason).
@pytest.mark.xfail(strict=True, reason="session 18: withdrawn before the merge (docs/ACCURACY.md, claims18): scored with "
                   "the other additions, it came with a minimum-wage grouping fall the session could not bisect")
@pytest.mark.parametrize("text, first, second, body1, body2", [
    ("The fire service said 340 people had been moved out, while Mayor Jonas Elm repeated that close to 500 had left "
     "their homes.", "340", "500", "the fire service", "Mayor Jonas Elm"),
    ("The ministry said 12 schools would close, while the teachers' union repeated its warning that 30 were at risk.",
     "12 schools", "30", "the ministry", "the teachers' union"),
])
def test_repeated_that_reports_a_second_voice(text, first, second, body1, body2):
    assert last_claimant([text], first)[0].lower() == body1.lower()
    assert last_claimant([text], second)[0].lower() == body2.lower()


def test_repeated_as_an_adjective_reports_nothing():
    assert _said("The repeated floods cost the valley 40 million crowns.")["basis"] == "outlet"


# 6. A figure a body named by "a" or "an" claimed, in a clause after it, is that body's (new user 17, finding 1: "less
# than the 2.4 tonnes an environmental group had claimed"); a rate's "a month" names no body. Withdrawn (see the
# reason); the rate case holds.
@pytest.mark.xfail(strict=True, reason="session 18: withdrawn before the merge (docs/ACCURACY.md, claims18): scored with "
                   "the other additions, it came with a minimum-wage grouping fall the session could not bisect")
@pytest.mark.parametrize("text, figure, body", [
    ("The regulator said the tank held 1.8 tonnes of fuel, less than the 2.4 tonnes an environmental group had claimed.",
     "2.4 tonnes", "an environmental group"),
    ("The operator said 60 homes lost power, far fewer than the 400 a residents' association reported.", "400",
     "a residents' association"),
])
def test_a_figure_a_body_named_by_an_article_claimed(text, figure, body):
    assert last_claimant([text], figure)[0].lower() == body.lower()


def test_a_rates_a_month_is_no_body():
    text = "The company pays the 1,900 a month the union says is too little."
    assert last_claimant([text], "1,900")[0].lower() == "the union"
