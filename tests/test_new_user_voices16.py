"""Session 16 (nuvoices16): voice, type, claimant and codebook-draft classes a new user's trial (an invented hailstorm
over a city and its orchards) found wrong, each as a general class with varied sentences of our own from several event
kinds (disasters, strikes, courts, business, elections, culture; none is the user's): time words kept in a source's
name, a record named by an acronym, a clause after "as" credited to the speaker; one body under several keys (a police
rank, "the hospital"); a body's officer typed "other" or "official"; two speakers for one person; and the draft
listing streets, quarters, programmes and a bare spokeswoman as actors."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.actors import CLAIMANT_RULES, PLACE_NAME_RULES, candidate_actors, claimant_body, titled_surnames
from helpers.attribution import _np_start, name_descriptors, speaker_type_of
from helpers.codebook_draft import NOT_ACTORS, with_group_speakers
from helpers.facts import one_body_keys
from helpers.voices import quotations
from probes import body_sentences as _sentences, last_claimant as _claimant, last_voice as _last


# 1. Claimant spans. Time words are never part of a speaker: "the 24 reported by the fire service late on Monday" is
# the fire service's figure (the claimant was "the fire service late").
@pytest.mark.parametrize("text, figure, claimant", [
    ("The toll rose to 31 on Monday, up from the 24 reported by the civil defence agency late on Sunday.", "24",
     "the civil defence agency"),  # disaster
    ("Stewards counted 4,000 pickets, against the 2,500 given by the rail operator early on Monday.", "2,500",
     "the rail operator"),  # strike
    ("Retail sales fell 4%, below the 6% forecast by the central bank late last week.", "6%", "the central bank"),  # business
    ("Turnout reached 61%, above the 58% announced by the electoral commission overnight.", "58%",
     "the electoral commission"),  # election
])
def test_time_words_are_never_part_of_a_source(text, figure, claimant):
    assert _claimant([text], figure)[0] == claimant


def test_each_time_tail_row_cuts_its_example():
    for row in rules.NP_TIME_TAILS:
        words = row.example.split(" by ", 1)[1]
        assert _np_start(words) != words and not re.search(r"\b(?:late|early|overnight)$", _np_start(words)), row.name


def test_a_name_holding_a_time_word_is_kept():
    assert _np_start("the Late Show team") == "the Late Show team"


# A record named by an acronym the corpus spells out ("according to NIF figures") is that body's, with its type, and
# keys as the body ("NIF figures" and "the National Insurance Federation (NIF)" are one claimant).
@pytest.mark.parametrize("paragraphs, figure, kind", [
    (["The National Insurance Federation (NIF) said 9,000 claims had been filed.",
      "The 2011 flood cost insurers €40 million, according to NIF figures."], "€40 million", "organisation"),  # disaster
    (["The Kestel Electoral Commission (KEC) opened 4,100 polling stations.",
      "Turnout in 2019 was 58%, according to KEC data."], "58%", "official"),  # election
    (["The Norland Transport Union (NTU) called the strike for Monday.",
      "About 12,000 members walked out in 2021, according to NTU estimates."], "12,000", "organisation"),  # strike
])
def test_a_record_named_by_an_acronym_is_its_bodys(paragraphs, figure, kind):
    claimant, claimant_type = _claimant(paragraphs, figure)
    assert claimant_type == kind
    assert claimant_body(claimant) == re.search(r"\b[A-Z]{3}\b", claimant).group(0)


def test_a_record_named_by_a_common_noun_stays_a_record():
    assert _claimant(["The 2011 flood cost €40 million, according to insurance figures."], "€40 million")[1] == "other"


# A clause after the speech tag opened by ", as" with its own subject and a verb of change is the outlet's narration.
@pytest.mark.parametrize("text, figure", [
    ("Two climbers were found alive, the rescue service said on Sunday, as the number of missing rose to 14.", "14"),
    ("The walkout will go ahead, the union said, as turnout in the ballot climbed to 71%.", "71%"),  # strike
    ("The verdict will be appealed, his lawyer said, as the number of plaintiffs reached 240.", "240"),  # courts
    ("The merger is on track, the chief executive said, as the company's shares jumped 9%.", "9%"),  # business
])
def test_a_clause_after_as_with_its_own_subject_is_the_outlets(text, figure):
    assert _claimant([text], figure) == ("", "outlet")


def test_a_figure_before_the_as_clause_stays_the_speakers():
    text = "The rescue service said 40 people were evacuated on Sunday, as the number of missing rose to 14."
    assert _claimant([text], "40")[0].lower() == "the rescue service"


def test_an_as_clause_with_a_reporting_verb_is_not_this_rule():
    from helpers.attribution import _as_clause_after_tag
    text = "Two climbers were found alive, the rescue service said, as police confirmed that the number rose to 14."
    assert not _as_clause_after_tag(text, text.find("14"), text.find("the rescue service"))
    for row in rules.AS_CLAUSE_AFTER_TAG:
        assert rules.AS_CLAUSE.search(row.example), row.name


# 2. One body, one key: a police rank before a name speaks for the police; "the hospital" is the one hospital the
# corpus names in full; a rank and a surname alone are the person of that surname.
@pytest.mark.parametrize("name", ["Inspector Mira Tall", "Det. Sgt. Ivo Marn", "Chief Superintendent Ada Roos",
                                  "Sergeant Tomas Brel"])
def test_a_police_rank_speaks_for_the_police(name):
    assert claimant_body(name) == "police"


@pytest.mark.parametrize("name", ["Inspector General Ana Holt", "Mira Tall", "the labour inspectorate"])
def test_other_inspectors_are_not_the_police(name):
    assert claimant_body(name) != "police"


def test_each_session16_claimant_row_reads_its_example():
    rows = CLAIMANT_RULES[CLAIMANT_RULES["name"].isin(["acronym_record", "police_rank"])]
    assert len(rows) == 2
    for row in rows.itertuples(index=False):
        assert claimant_body(row.example) == row.expected, row.name


def test_the_hospital_is_the_one_hospital_named_in_full():
    keys = pd.Series(["hospital", "kelby-general-hospital", "fire-brigade"])
    assert one_body_keys(keys).tolist() == ["kelby-general-hospital", "kelby-general-hospital", "fire-brigade"]
    two = pd.Series(["hospital", "kelby-general-hospital", "st-ann-s-hospital"])
    assert one_body_keys(two).tolist()[0] == "hospital"  # two hospitals: no guess


def test_a_rank_and_a_surname_are_the_person_of_that_surname():
    found = {"Mira Tall": {"kind": "person", "aliases": {"Tall"}, "title": ""},
             "Inspector Tall": {"kind": "organisation", "aliases": set(), "title": ""},
             "Commander Brel": {"kind": "organisation", "aliases": set(), "title": ""}}
    out = titled_surnames(found)
    assert "Inspector Tall" not in out and "Inspector Tall" in out["Mira Tall"]["aliases"]
    assert "Commander Brel" in out  # no person named Brel: kept as it was


def test_a_body_named_by_a_media_word_is_no_titled_surname():
    found = {"Banque Orlan": {"kind": "person", "aliases": set(), "title": ""},
             "Radio Orlan": {"kind": "organisation", "aliases": set(), "title": ""}}
    assert titled_surnames(found)["Banque Orlan"]["aliases"] == set() and "Radio Orlan" in titled_surnames(found)


# 3. Types. A post owned by a body's acronym takes the body's type in every table ("KFU president X" is the union's,
# organisation, not an official for "president"); a body's head post opening the phrase with no owner ("Director
# general X" after the body spoke) takes the type of the body named before.
@pytest.mark.parametrize("texts, name, kind", [
    (["The Kelby Farmers' Union (KFU) said 300 farms were flooded.", "KFU president Ana Brell said the aid was late."],
     "Ana Brell", "organisation"),  # disaster
    (["The Norland Transport Union (NTU) balloted 9,000 members.", "NTU general secretary Ivo Marn said 71% backed it."],
     "Ivo Marn", "organisation"),  # strike
    (["The Kelby Arts Federation (KAF) cancelled the festival.", "KAF chairwoman Lena Dahl said 40 shows were lost."],
     "Lena Dahl", "organisation"),  # culture
])
def test_a_post_owned_by_an_acronym_takes_its_bodys_type(texts, name, kind):
    assert name_descriptors(texts)[name] == kind


def test_an_occupation_owned_by_an_acronym_keeps_its_type():
    texts = ["The National Weather Office (NWO) issued a warning.", "NWO forecaster Ivo Lind said 80mm could fall."]
    assert name_descriptors(texts)["Ivo Lind"] == "expert"


@pytest.mark.parametrize("paragraphs, kind", [
    (["The Orlan Chamber of Commerce said 300 shops had closed.", "Director general Ana Brell put losses at €2 million."],
     "organisation"),  # business
    (["The Kelby Insurers' Association said 41,000 claims were filed.",
      "Executive director Tomas Brel put the bill at €90 million."], "organisation"),  # disaster
    (["The Environment Agency said 14 rivers had burst their banks.", "Director general Ana Brell said 300 homes flooded."],
     "official"),  # disaster, state agency
])
def test_a_body_head_post_without_owner_takes_the_body_named_before(paragraphs, kind):
    assert _last(paragraphs)[1] == kind


def test_a_hospital_and_its_spokesman_are_typed_alike():  # tests/keys/README.md: hospitals `expert`
    assert speaker_type_of("Kelby General Hospital") == speaker_type_of("Hospital spokesman Ivo Rask") == "expert"


# One person, one speaker: "X, chief economist at Y, estimated…, though she cautioned that…" after a sentence whose
# speaker is a group ("Economists expect…") is X's, once.
@pytest.mark.parametrize("paragraphs, name", [
    (["Economists expect the strike to cost little.", "Mara Olsen, chief economist at Kelby Bank, put the cost at "
      "€1bn, though she cautioned that it was \"a rough guess at best.\""], "Mara Olsen"),  # business / strike
    (["Critics say the rebuilding plan is late.", "Tomas Brel, head of the Kelby Tenants' Union, said 300 families "
      "were still in hotels, but he warned that \"the real number is far higher.\""], "Tomas Brel"),  # disaster
    (["Observers expect a close count.", "Lena Dahl, a political scientist at Orlan University, put turnout at 60%, "
      "although she stressed that \"nobody really knows yet.\""], "Lena Dahl"),  # election
])
def test_a_pronoun_in_a_clause_of_a_named_persons_sentence_is_that_person(paragraphs, name):
    quotes = quotations(_sentences(paragraphs), pd.DataFrame(columns=["actor", "side", "alias"]))
    last = quotes[quotes["text"] == quotes["text"].iloc[-1]]
    assert len(last) == 1 and last["speaker"].iloc[0].startswith(name)


def test_the_clause_connector_row_reads_its_example():
    row = rules.PRONOUN_TAG_BEFORE[0]
    assert rules.PRONOUN_TAG.search(row.example.split(" she ")[0] + " ")


# 4. The draft: streets and squares named by their kind first, quarters and districts, and programme titles are no
# actors; a bare spokesperson is no actor (two bodies' spokeswomen never merge); a woman "in <quarter>, who asked not to
# be named" is an anonymous voice, never the quarter.
@pytest.mark.parametrize("texts, place", [
    (["Daniel Rask, who lives on Avenue Sorel, said the roof fell in."], "Avenue Sorel"),  # disaster
    (["Strikers marched from Place Verdier to the ministry, said Ana Holt."], "Place Verdier"),  # strike
    (["The trial heard the car was found on Via Marmora, Ivo Lind said."], "Via Marmora"),  # courts
    (["Turnout was low in the Les Ormes district, Ana Holt said.", "Ana Holt visited Les Ormes."], "Les Ormes"),  # election
    (["Flooding hit the districts of Saint-Roch and Les Ormes, Ivo Lind said."], "Les Ormes"),
    (["The curator told our Morning Call programme that 40 works were lost."], "Morning Call"),  # culture
    (["The chief executive told the paper's Money Matters podcast that 300 jobs would go."], "Money Matters"),  # business
])
def test_streets_quarters_and_programmes_are_no_actors(texts, place):
    assert place not in candidate_actors(texts)


def test_each_session16_place_rule_reads_its_example():
    rows = PLACE_NAME_RULES[PLACE_NAME_RULES["name"].isin(["street_or_square_first", "area_kind_after", "programme_title"])]
    assert len(rows) == 3
    for rule in rows.itertuples(index=False):
        name = re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", rule.example)[-1]
        assert name not in candidate_actors([rule.example, f"{name} said 40 people came."]), rule.name


def test_a_person_named_like_a_street_word_stays_a_person():
    assert "Ana Place" in candidate_actors(["Ana Place said 300 people were evacuated."])


def test_a_bare_spokesperson_is_no_draft_actor():
    quotes = pd.DataFrame({"speaker": ["anonymous"] * 3, "speaker_text": ["a spokeswoman", "a spokeswoman", "a spokeswoman"],
                           "speaker_type": ["organisation", "official", "official"]})
    draft = pd.DataFrame(columns=["actor", "side", "aliases", "type"])
    assert "spokeswoman" not in set(with_group_speakers(draft, quotes)["actor"])
    assert any(name == "bare_spokesperson" and re.search(p, example) for name, p, example in NOT_ACTORS)


def test_an_anonymous_woman_in_a_quarter_is_no_actor_and_stays_anonymous():
    paragraphs = ["A woman in Les Ormes, who asked not to be named, said her roof had caved in.",
                  "Water stood a metre deep in the Les Ormes district."]
    assert "Les Ormes" not in candidate_actors(paragraphs)
    quotes = quotations(_sentences(paragraphs), pd.DataFrame(columns=["actor", "side", "alias"]))
    assert quotes.iloc[0]["speaker"] == "anonymous" and quotes.iloc[0]["speaker_type"] == "anonymous"


# A body's staff opening a sentence by "Its" ("The transport ministry gives a lower figure. Its inspectors had counted
# 3,800 damaged cars by noon, a spokeswoman said") and the bare spokesperson tagging that sentence are the body the
# sentence before named: their figures key as that body, with its type.
@pytest.mark.parametrize("paragraphs, figure, body, kind", [
    (["The regional transport ministry gives a lower figure.",
      "Its inspectors had counted 3,800 damaged cars by noon, a spokeswoman said, up from 2,500 on Monday."],
     "3,800", "regional transport ministry", "official"),  # disaster
    (["The Kelby Water Board disputes the union's count.", "Its engineers found 40 leaks, a spokesman said."],
     "40", "Kelby Water Board", "official"),  # strike
    (["The Orlan Museum Trust has not yet put a price on the damage.",
      "Its experts have examined 120 paintings, a spokeswoman said."], "120", "Orlan Museum Trust", "organisation"),  # culture
])
def test_a_bodys_staff_and_its_spokesperson_are_the_body_named_before(paragraphs, figure, body, kind):
    claimant, claimant_type = _claimant(paragraphs, figure)
    assert claimant_body(claimant) == body and claimant_type == kind


def test_a_spokeswoman_for_the_body_and_its_staff_key_alike():
    paragraphs = ["The regional Ministry of Transport gives a lower figure.",
                  "Its inspectors had counted 3,800 damaged cars by noon, a spokeswoman said, up from 2,500 on Monday."]
    names = [_claimant(paragraphs, f)[0] for f in ("3,800", "2,500")]
    assert {claimant_body(n).lower() for n in names} == {"regional transport ministry"}


def test_staff_after_a_person_are_not_resolved_to_a_body():
    paragraphs = ["Mara Olsen, a grower, counted the damage.", "Her neighbours said 40 trees were lost."]
    assert "ministry" not in _claimant(paragraphs, "40")[0]


def test_the_session16_staff_and_ministry_rows_read_their_examples():
    for name in ("owners_staff", "qualified_ministry_of_department"):
        row = CLAIMANT_RULES[CLAIMANT_RULES["name"] == name].iloc[0]
        assert claimant_body(row["example"]) == row["expected"], name


# A codebook (or the applied draft) naming both a person and their body: "Forecaster X of the Y Office" is the
# person's voice, not the body's (it was the last name matched); the body alone still speaks as the body.
@pytest.mark.parametrize("text, speaker", [
    ("Forecaster Ivo Lind of the National Weather Office said 80mm of rain could fall.", "Ivo Lind"),  # disaster
    ("Ana Holt of the Kelby Rail Union said 4,000 members walked out.", "Ana Holt"),  # strike
    ("Judge Mara Olsen at the Kelby District Court said the trial would resume in May.", "Mara Olsen"),  # courts
    ("The National Weather Office said the storm would weaken.", "National Weather Office"),
])
def test_a_person_of_a_codebook_body_speaks_as_the_person(text, speaker):
    actors = pd.DataFrame({"actor": ["Ivo Lind", "National Weather Office", "Ana Holt", "Kelby Rail Union", "Mara Olsen",
                                     "Kelby District Court"], "side": "",
                           "alias": ["Ivo Lind", "National Weather Office", "Ana Holt", "Kelby Rail Union", "Mara Olsen",
                                     "Kelby District Court"], "type": ""})
    assert quotations(_sentences([text]), actors)["speaker"].tolist() == [speaker]
