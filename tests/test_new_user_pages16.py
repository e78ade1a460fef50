"""Session 16 (nuframes16): frame cues a new user's hailstorm corpus showed in the wrong sense, each class with
sentences of our own from several event kinds (a flood, a fire, a quake, a strike, a trial, a business story, an
election, a concert), none the user's: the shell of a car or a house read as artillery, a place that 'looks like a war
zone' read as war, a bill that is money owed read as a draft law, and the programme a speaker told (a broadcaster's
show) read as a public programme."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.framing import load_cue_rules, load_frames
from probes import assert_exclude_rule_removes_its_frame, frames_of

FRAMES = load_frames(paths.codebook_path("frames.csv"))
RULES = load_cue_rules(paths.codebook_path("frame_cues.csv"))
NEW_RULES = ["shell_of_a_thing", "war_as_figure_of_speech", "money_bill", "programme_of_a_broadcaster"]


def _frames(text: str, frames: pd.DataFrame = FRAMES) -> set[str]:
    return frames_of(text, frames)


# 1. Frame cues in a sense that names no frame (rows of codebooks/default/frame_cues.csv, kind exclude).
OTHER_SENSE = [
    ("Firefighters picked through the charred shells of six houses on the hill.", "security_defence"),  # fire
    ("The flood left the shells of cars stacked against the bridge.", "security_defence"),  # flood
    ("Only the concrete shells of the school and the church still stood after the quake.", "security_defence"),  # quake
    ("Investigators traced the payments to three shell companies registered abroad.", "security_defence"),  # business
    ("The beach was covered in sea shells after the storm tide.", "security_defence"),  # weather
    ('"The kitchen looks like a war zone," said a restaurant owner after the flood.', "security_defence"),  # flood
    ('"This town has been through a war this winter," the mayor said of the strikes.', "security_defence"),  # strike
    ("Supermarkets are locked in a price war over milk and bread.", "security_defence"),  # business
    ("The two candidates traded insults in a war of words on the last night of the campaign.", "security_defence"),  # election
    ("The theatre occupies a post-war building on the main square.", "security_defence"),  # culture
    ("Farmers say their electricity bill has doubled since the strike began.", "policy_prescription"),  # strike
    ("The repair bill for the quake-hit cathedral is put at 40 million euros.", "policy_prescription"),  # quake
    ("Insurers said the bill could top €300 million once all claims are in.", "policy_prescription"),  # disaster, business
    ("The court ordered the landlord to pay the tenants' legal bills.", "policy_prescription"),  # court
    ("Families who lost their homes cannot pay their bills, the charity said.", "policy_prescription"),  # flood
    ("The singer told our Evening Arts programme that the tour would go ahead.", "policy_prescription"),  # culture
    ("The fire chief told the station's morning programme that two crews were still on site.", "policy_prescription"),  # fire
    ("The union leader spoke on Radio North's breakfast show about the strike.", "policy_prescription"),  # strike
]
SAME_WORD_FRAME_KEPT = [
    ("Artillery shells hit the market in the old town overnight.", "security_defence"),  # war
    ("The shelling of the border villages resumed at dawn.", "security_defence"),  # war
    ("The war has forced half a million people from their homes.", "security_defence"),  # war
    ("Parliament passed the bill by 210 votes to 180 on Tuesday.", "policy_prescription"),  # legislature
    ("The opposition tabled a bill to cap rents in the capital.", "policy_prescription"),  # election, housing
    ("The insurance bill passed its second reading in parliament on Monday.", "policy_prescription"),  # legislature
    ("The unions demanded that the government withdraw the bill.", "policy_prescription"),  # strike
    ("The ministry will extend the school meals programme to 200 more towns.", "policy_prescription"),  # policy
]


@pytest.mark.parametrize("text, frame", OTHER_SENSE)
def test_a_cue_word_in_a_sense_that_names_no_frame_gives_none(text, frame):
    assert frame not in _frames(text)


@pytest.mark.parametrize("text, frame", SAME_WORD_FRAME_KEPT)
def test_the_frame_stays_where_the_word_means_it(text, frame):
    assert frame in _frames(text)


@pytest.mark.parametrize("name", NEW_RULES)
def test_each_new_sense_rule_is_what_removes_the_frame(name):
    """Without the row, its example carries the frame again (the probe the row answers)."""
    assert_exclude_rule_removes_its_frame(RULES, name, FRAMES)


def test_a_war_as_figure_of_speech_also_keeps_the_model_from_adding_security():
    """A place that looks like a war zone (figure_of_speech) vetoes the model's security frame too (VETO_CLASSES)."""
    row = RULES[RULES["name"] == "war_as_figure_of_speech"]
    assert set(row["error_class"]) == {"figure_of_speech"}
    assert FRAMES.set_index("frame").loc["security_defence", "veto_pattern"].search(
        '"My flat looks like it has been through a war," said a tenant.')
