"""Session 17 (grouping17): lining up the same fact across sources. Small articles written for these tests (invented
names, no corpus text), one class of news text each; every test fails without its rule."""
from __future__ import annotations

from test_fact_grouping import _facts


def test_ages_of_people_no_name_tells_apart_are_one_fact_only_at_the_same_age():
    """`facts.UNNAMED_BY_VALUE_RULES` age_of_someone_unnamed: a 23-year-old and a 52-year-old suspect are two people,
    pupils aged 17 are not a suspect aged 34; the same unnamed person's age told two ways is one fact; a person named
    keeps the person's fact; a range ("aged 18 to 25") is a limit, never lined up as one person's age."""
    got = _facts({"a": ["Police in Varnholt arrested a 23-year-old man and a 52-year-old man on Tuesday.",
                        "The test, sat by pupils aged 17, decides university places.",
                        "Ida Korr, 18, said she had revised for weeks."],
                  "b": ["Two men, aged 23 and 52, were held overnight in Lensk.",
                        "A 34-year-old woman was questioned and released.",
                        "Offenders aged 18 to 25 go to the youth wing."],
                  "c": ["Ida Korr, 18, was among the pupils sent home.",
                        "The judge said the former banker, 58, had betrayed his savers."],
                  "d": ["The court found the 58-year-old guilty on seven counts."]})
    assert got[("a", "23-year-old")] == got[("b", "aged 23")]
    assert got[("a", "52-year-old")] == got[("b", "52")]
    assert got[("a", "23-year-old")] != got[("a", "52-year-old")]
    assert got[("a", "aged 17")] != got[("b", "34-year-old")] != got[("a", "52-year-old")]
    assert got[("a", "18")] == got[("c", "18")] == "age|korr"  # a named person keeps the person's fact
    assert got[("c", "58")] == got[("d", "58-year-old")] == "age|58"  # one value however written
    assert got[("b", "aged 18 to 25")] != got[("a", "18")]
    assert "18" not in got[("b", "aged 18 to 25")].split("|")[1:2]


def test_the_tally_by_x_votes_to_y_gives_the_votes_for_and_against():
    """`facts.FIGURE_PART_RULES` votes_for_in_tally and votes_against's `before`: "by 162 votes to 131" names the
    votes for (the bare fact, never the margin "by" reads) and the votes against; the votes for line up with the same
    tally in another outlet, the votes against never with them."""
    got = _facts({"a": ["Parliament approved the rescue deal by 162 votes to 131, with seven abstentions."],
                  "b": ["Lawmakers backed the bill late on Thursday by 162 votes to 131."],
                  "c": ["The Senate passed the measure by 58 votes to 41."],
                  "d": ["The motion fell two votes short of the 76 it needed."]})
    assert got[("a", "162 votes")] == got[("b", "162 votes")] == "votes"
    assert got[("a", "131")] == got[("b", "131")] == "votes|against"
    assert got[("c", "58 votes")] == "votes" and got[("c", "41")] == "votes|against"
    assert "majority-margin" in got[("d", "two votes")].split("|")  # the margin to a majority is still a fact of its own


def test_a_game_a_fixture_and_a_match_are_one_thing_counted():
    """`qualifier_words.csv` game, fixture: in sport a game and a match are one fixture ("nine games" = "nine
    matches"); another counted noun stays apart."""
    got = _facts({"a": ["Prosecutors in Dravo are examining nine games from last season."],
                  "b": ["Prosecutors are examining nine matches from last season, the league said."],
                  "c": ["Snow forced the league to postpone three fixtures."],
                  "d": ["Three matches were postponed because of snow."],
                  "e": ["Nine players were questioned."]})
    assert got[("a", "nine games")] == got[("b", "nine matches")] == "count|match"
    assert got[("c", "three fixtures")] == got[("d", "Three matches")] == "count|match"
    assert got[("e", "Nine players")] != got[("b", "nine matches")]


def test_a_body_after_a_possessive_pronoun_is_the_body():
    """`actors.CLAIMANT_RULES` pronoun_owner_of_a_named_kind: "its interior ministry" is the interior ministry, one
    claimant key with "the interior ministry" (not "its-interior-ministry"); a bare "its ministry" is still the
    common noun, and "its own figures" no body."""
    from helpers.actors import claimant_body

    assert claimant_body("its interior ministry") == claimant_body("the interior ministry") == "interior ministry"
    assert claimant_body("their health department") == "health department"
    assert claimant_body("its ministry") == "ministry"
    got = _facts({"a": ["At least 14 people were killed, its interior ministry said."],
                  "b": ["The interior ministry said at least 14 people had been killed."]},
                 claimants={("a", 0): "its interior ministry", ("b", 0): "the interior ministry"})
    assert got[("a", "At least 14 people")] == got[("b", "at least 14 people")] == "killed|interior-ministry"


def test_a_crowd_that_came_to_one_town_is_that_towns_count():
    """`context_cues.csv` came_to_named_area: "25,000 people had come to Velden alone", "4,000 farmers marched on
    Harsfeld" are the crowds of one town, kept apart from the national count and lined up with the same town's count
    told with "in"; a destination of people moved ("moved to Tessburg") is no such town."""
    got = _facts({"a": ["The farmers' federation said 25,000 people had come to Velden alone.",
                        "Organisers said 80,000 protesters marched across the country."],
                  "b": ["Some 25,000 protesters marched in Velden, the federation said.",
                        "More than 80,000 farmers protested nationwide, organisers said."],
                  "c": ["About 4,000 farmers marched on Harsfeld.", "Police said 2,000 residents were moved to Tessburg."]})
    assert got[("a", "25,000 people")] == got[("b", "Some 25,000 protesters")] == "protesters|velden"
    assert got[("a", "80,000 protesters")] == got[("b", "More than 80,000 farmers")] == "protesters"
    assert got[("c", "About 4,000 farmers")] == "protesters|harsfeld"
    assert "tessburg" not in got[("c", "2,000 residents")]
