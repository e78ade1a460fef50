"""Session 15 (nuframes15): frames, contested terms, page furniture and evaluative words a new user's concert-arena
corpus showed wrong, each class with sentences and pages of our own from several event kinds (a flood, a fire, a
festival, a match, an election, a strike, a trial, a quake, a school attack, a rail crash), none the user's: cue words
in a sense that names no frame (a speaker naming the event in quotes, one body's estimate of an audience, a venue's
size), the contested term 'fled' said of escaping a danger on the spot, a list of this story's other coverage at the
foot of a pasted .txt page, and comparatives of size read as judgement words."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.blocks import block_records
from helpers.codebooks import read_codebook
from helpers.framing import load_cue_rules, load_frames
from helpers.ingest import read_article
from helpers.sentiment import evaluative_hits, evaluative_lexicon, load_sentiment_codebooks
from probes import assert_exclude_rule_removes_its_frame, frames_of, term_counts

FRAMES = load_frames(paths.codebook_path("frames.csv"))
RULES = load_cue_rules(paths.codebook_path("frame_cues.csv"))
NEW_RULES = ["event_named_in_quotes", "crowd_estimate_of_an_audience", "venue_size_capacity"]


def _frames(text: str, frames: pd.DataFrame = FRAMES) -> set[str]:
    return frames_of(text, frames)


# 1. Frame cues in a sense that names no frame (rows of codebooks/default/frame_cues.csv, kind exclude).
OTHER_SENSE = [
    ('The governor called it "the worst night this valley has ever seen".', "generic_conflict"),  # flood
    ('The fire chief called it "the darkest day in the history of the brigade".', "generic_conflict"),  # fire
    ("The coach called it 'a dream come true for the whole town'.", "generic_conflict"),  # sport
    ('The new mayor called it "a historic night for this city".', "generic_conflict"),  # election
    ('The director called this "the proudest week of my life".', "generic_conflict"),  # culture
    ("Organisers put the crowd at 60,000 and said the festival had sold out.", "generic_conflict"),  # culture
    ("The club estimated the crowd at 31,000 for the derby match.", "generic_conflict"),  # sport
    ("Police put the crowd at the victory parade at about 80,000.", "generic_conflict"),  # sport
    ("About 9,000 people were inside the 12,000-capacity stadium when the lights failed.", "capacity_resources"),
    ("The band played to a capacity crowd at the old opera house.", "capacity_resources"),  # culture
    ("The votes were counted in a 1,500-capacity hall on the edge of town.", "capacity_resources"),  # election
    ("The arena, which has a seating capacity of 18,000, was evacuated within minutes.", "capacity_resources"),  # quake
]
SAME_WORD_FRAME_KEPT = [
    ('The union called the offer "an insult to every nurse on the ward".', "generic_conflict"),  # strike
    ('The defence called the verdict "a travesty".', "generic_conflict"),  # trial
    ("Opposition leaders called it 'a betrayal of every voter in the north'.", "generic_conflict"),  # election
    ("Police put the crowd of fans at 5,000, while the club said 12,000 had come.", "generic_conflict"),  # sport
    ("Police put the crowd at 3,000; the union said 10,000 marched.", "generic_conflict"),  # strike
    ("The hospital was running at 130% of its capacity after the crash.", "capacity_resources"),  # rail crash
    ("Shelters in the south had no spare capacity left by Sunday.", "capacity_resources"),  # flood
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


def test_a_venues_size_also_keeps_the_model_from_adding_capacity():
    """A word in a sense that names no frame (figure_of_speech) vetoes the model's frame too (framing.VETO_CLASSES)."""
    row = RULES[RULES["name"] == "venue_size_capacity"]
    assert set(row["error_class"]) == {"figure_of_speech"}
    assert FRAMES.set_index("frame").loc["capacity_resources", "veto_pattern"].search(
        "Some 9,000 people filled the 12,000-capacity stadium for the final.")


# 2. The contested term "displaced / fled" counts people leaving their homes, towns or country, not escaping a danger on
# the spot (contested_terms.csv `exclude`).
_term_counts = term_counts


def test_fleeing_a_danger_on_the_spot_is_no_displacement():
    on_the_spot = ["Shoppers fled for their lives as the gunman opened fire.",  # crime
                   "Fans fled the stadium as the stand gave way.",  # disaster
                   "Workers fled the building when the boiler exploded.",  # industry
                   "Three pupils were hurt as they fled.",  # school attack
                   "The driver fled the scene on foot.",  # crime
                   "Passengers fled in panic as smoke filled the carriage."]  # rail
    assert _term_counts(on_the_spot)["displaced / fled"] == 0
    leaving = ["More than 20,000 people have fled the fighting.",  # war
               "Thousands of families fled their homes as the river rose.",  # flood
               "Residents fled the city after the eruption.",  # volcano
               "Some 3,000 villagers have fled to neighbouring towns.",  # unrest
               "Two opposition journalists fled the country after the coup."]  # politics
    assert _term_counts(leaving)["displaced / fled"] == 5


# 3. Page furniture: a list of this story's other coverage at the foot of a pasted .txt page.
BODY = ["Flood water rose through the night in the lower town and reached the first floors of 40 houses near the "
        "river, the fire service said on Sunday.",
        "Engineers will inspect the two bridges on Monday before the road reopens to traffic, the council said, and "
        "the army has sent 12 boats to the villages downstream."]


def _txt_roles(tmp_path, foot: list[str], headline: str = "River bursts its banks in the lower town") -> dict:
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join([headline, *BODY]) + "\n\n" + "\n".join(foot) + "\n", encoding="utf-8")
    return {r["text"]: (r["role"], r["reason"] or "") for r in block_records(read_article(path)[0])}


@pytest.mark.parametrize("foot", [
    ["MORE ON THIS STORY", "Flood horror: the moment the bridge went - VIDEO", "Who pays for the repairs?"],
    ["RELATED", "Dockers vote for 48-hour strike", "Court hears 3 new witnesses in fraud trial"],
    ["ELSEWHERE ON THE SITE", "Cup final: 40,000 tickets sold in an hour", "Election 2026: who is standing where"],
])
def test_a_list_of_other_stories_at_the_foot_of_a_txt_page_is_furniture(tmp_path, foot):
    roles = _txt_roles(tmp_path, foot)
    assert all(roles[t][0] == "boilerplate" for t in foot), roles
    assert all(roles[t][0] == "body" for t in BODY)


def test_a_line_ending_in_a_media_tag_is_a_teaser_mid_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(["Quake shakes the coast", BODY[0], "Aftershock brings down the old church - VIDEO",
                                 BODY[1]]) + "\n", encoding="utf-8")
    roles = {r["text"]: r["role"] for r in block_records(read_article(path)[0])}
    assert roles["Aftershock brings down the old church - VIDEO"] == "boilerplate"
    assert roles[BODY[1]] == "body"


def test_a_capitals_line_at_the_foot_followed_by_a_sentence_is_no_list(tmp_path):
    """A correction or an editor's note closes with a full stop: not a teaser of another story."""
    note = "An earlier version of this article gave the wrong date for the vote."
    roles = _txt_roles(tmp_path, ["CORRECTION", note])
    assert not roles[note][1].startswith("teaser")
    roles = _txt_roles(tmp_path, ["CORRECTION", note, "Read the court's ruling online"])
    assert not roles["CORRECTION"][1].startswith("head of a list")


# 4. Comparatives of size ("smaller", "larger", "bigger") measure, they do not judge (evaluative.csv rows).
SIZE = ["A smaller quake struck the coast an hour later.",  # disaster
        "Turnout was larger than at the last election.",  # election
        "The union wants a bigger share of the profits.",  # strike
        "The festival moved to a larger site outside the town."]  # culture


def _counted(texts: list[str]) -> list[str]:
    books = load_sentiment_codebooks(paths.DEFAULT_CORPUS_DIR)
    voices = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": range(1, len(texts) + 1),
                           "voice": "narration", "text": texts})
    hits = evaluative_hits(voices, books["lexicon"], books["collocations"])
    return hits.loc[hits["descriptive"] == "", "word"].tolist()


def test_comparatives_of_size_are_no_judgement_words():
    assert not {"smaller", "larger", "bigger"} & set(_counted(SIZE))


def test_the_size_rows_are_what_leave_the_comparatives_out():
    overrides = read_codebook(paths.codebook_path("evaluative.csv"), ["word", "include", "polarity"])
    without = evaluative_lexicon(overrides[~overrides["word"].isin(["smaller", "larger", "bigger"])])
    assert {"smaller", "larger", "bigger"} <= set(without["word"])
    assert not {"smaller", "larger", "bigger"} & set(evaluative_lexicon(overrides)["word"])
