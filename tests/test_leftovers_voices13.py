"""Session 13 (voices13): leftover voice classes, each a general class with varied sentences of our own (none copied
from an article), from several kinds of event: a pronoun after a quotation or before a colon is the last person the
text named (in its narration too), never a body or a place; time and place phrases after a speaker are no part of
it; inverted and fronted speech; posts named by what they head; the types of hospitals, state broadcasters,
regulators, courts, prosecutors and rating agencies."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.attribution import attribute_sentences
from probes import body_sentences as _sentences, last_voice as _last


# 1. A pronoun after a quotation or before a colon is the last person named, in the narration too (`NARRATED_PERSONS`),
# never a body or a place.
@pytest.mark.parametrize("paragraphs, speaker, kind", [
    (["The ministry said 40 homes were lost.", "Among those in the shelter was Tomas Brenner, 62, who lost his roof.",
      '"We have nothing left," he said.'], "Tomas Brenner", "citizen"),
    (["The council said the road would reopen on Friday.", "Her neighbour, Ada Lintz, now 80, watched from the gate.",
      '"I have never seen water this high," she said.'], "Ada Lintz", "citizen"),
    (["The company's spokeswoman, Lena Ostrova, declined to comment.",
      "At the gate, striker Paul Weber, 41, held a sign.", 'He told the Courier: "We will stay until they listen."'],
     "Paul Weber", "citizen"),
    (["Finance Minister Ana Ruiz defended the plan.", "Lorenz Hale, 58, runs a bakery on the square.",
      "Ruiz met union leaders on Friday.", "Back at the bakery, Hale has made up his mind.",
      '"I will raise my prices in January," he said.'], "Lorenz Hale", "citizen"),
    (["The agency's director, Marta Veen, said the zone would widen.",
      "If the title goes, Jonas Brekk, 24, who finished second, would be champion.", "Brekk has said little.",
      '"I want to win on the track," he wrote on Monday.'], "Jonas Brekk", "citizen"),
    (["Mayor Karin Dahl said the shelters were full.",
      "A nurse at the city hospital, who asked not to be named, said the wards were overflowing.",
      '"We are sleeping in shifts," she said.'], "a nurse at the city hospital", "anonymous"),
])
def test_a_pronoun_is_the_last_person_named(paragraphs, speaker, kind):
    assert _last(paragraphs) == (speaker, kind)


def test_a_title_and_surname_in_narration_is_that_person():
    paragraphs = ["Dr. Ina Kessling, a volcanologist at the observatory, warned of a new flow.",
                  "The civil protection office said the zone was safe.", "That still angers Dr. Kessling.",
                  '"We warned them twice," she said.']
    assert _last(paragraphs)[0] == "Dr. Ina Kessling"


@pytest.mark.parametrize("paragraphs", [
    ["The ministry said 40 homes were lost.", '"We have nothing left," he said.'],
    ["The storm reached Velden on Sunday.", "Velden council said the river had peaked.",
     '"It was over in an hour," she told the Clarion.'],
])
def test_he_or_she_is_never_a_body_or_a_place(paragraphs):
    assert _last(paragraphs)[0] not in ("the ministry", "Velden council", "Velden")


@pytest.mark.parametrize("row", rules.NARRATED_PERSONS, ids=lambda c: c.name)
def test_narrated_person_rows_match_their_example(row):
    import re
    assert re.search(row.pattern, row.example)


def test_a_colon_after_a_relative_clause_gives_the_speaker_before_it():
    paragraphs = ["The airline said the crew followed procedure.",
                  "Rolf Haug, a retired captain, said the runway was too short.",
                  'Haug, who flew for the airline for 30 years, was blunt: "You need every metre."']
    assert _last(paragraphs)[0] == "Rolf Haug"
    assert rules.COLON_LEAD_RELATIVE.match("The mayor, who visited the camp on Sunday, was blunt")


def test_a_pronoun_in_a_relative_clause_after_a_quotation_is_the_sentence_subject():
    paragraphs = ["Police said the suspect was held overnight.",
                  'Anna Berg, a lawyer for the families, said the alarm sounded "far too late", which she said came '
                  "at 2 a.m."]
    assert _last(paragraphs)[0].startswith("Anna Berg")


# 2. Time and unnamed-place phrases between a speaker and its verb are no part of the speaker (`SPEAKER_TRAILERS`).
@pytest.mark.parametrize("text, speaker", [
    ("Police on Saturday afternoon said 14 people had been arrested.", "Police"),
    ("Officials in the capital said the bridge would stay closed.", "Officials"),
    ("The fire service late on Monday said two more bodies had been found.", "the fire service"),
    ("The ministry in a statement on Tuesday said 300 homes were damaged.", "the ministry"),
    ("The union earlier this week said 2,000 jobs were at risk.", "the union"),
    ("Police in Harven on Sunday evening put the crowd at 8,000.", "Police in Harven"),
])
def test_time_and_place_phrases_after_a_speaker_are_cut(text, speaker):
    assert _last([text])[0] == speaker


@pytest.mark.parametrize("row", rules.SPEAKER_TRAILERS, ids=lambda c: c.name)
def test_speaker_trailer_rows_match_their_example(row):
    assert rules.SPEAKER_TRAILER.search(row.example)


def test_a_claimant_after_a_time_phrase_is_the_body():
    text = "Police on Saturday afternoon said 14 people had been arrested."
    sentences = _sentences([text])
    numbers = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": 1, "sentence": text, "start": [text.index("14")]})
    from helpers.attribution import add_claimants
    got = add_claimants(numbers, attribute_sentences(sentences))
    assert list(zip(got["claimant"], got["claimant_type"])) == [("Police", "official")]


# 3. Inverted and fronted speech (`FRONTED_SPEECH`) and standing by a figure (REPORTING_VERBS row `stand_by`).
@pytest.mark.parametrize("paragraphs, speaker", [
    (["Instead, say locals, the river rose in minutes."], "locals"),
    (["The government blames the drought.", "So says the union."], "the union"),
    (["Not so, says the ministry: only 40 families were moved."], "the ministry"),
    (["Rather, argue economists, the rate rise came too late."], "economists"),
    (["The federation stands by its own count of 25,000."], "the federation"),
    (["Police put the crowd at 9,000.", "The organisers stood by their figure of 30,000."], "the organisers"),
])
def test_inverted_and_fronted_speech_names_its_speaker(paragraphs, speaker):
    assert _last(paragraphs)[0] == speaker


@pytest.mark.parametrize("row", rules.FRONTED_SPEECH, ids=lambda c: c.name)
def test_fronted_speech_rows_match_their_example(row):
    import re
    assert re.match(row.pattern, row.example)


def test_standing_by_a_person_or_a_team_is_no_claim():
    assert _last(["The town stands by its champion as fans gather."])[0] == ""


# 4. A post named by what it heads (`POST_OF_A_THING`): one row per class of thing, not one per title.
@pytest.mark.parametrize("phrase, kind", [
    ("Dam chief Harald Voss", "organisation"),
    ("Port boss Ilona Reck", "official"),
    ("refinery manager Pal Eng", "organisation"),
    ("Tomas Renner, campaign chief", "organisation"),
    ("the prison's director", "official"),
    ("School head Ane Lie", "official"),
    ("Rail boss Tom Holt", "organisation"),
])
def test_a_post_named_by_what_it_heads_takes_the_type_of_its_body(phrase, kind):
    from helpers.attribution import speaker_type_of
    assert speaker_type_of(phrase) == kind


@pytest.mark.parametrize("row", rules.POST_OF_A_THING, ids=lambda c: c.name)
def test_post_of_a_thing_rows_type_their_example(row):
    last = attribute_sentences(_sentences([row.example])).iloc[-1]
    assert last["speaker_type"] == row.value


# 5. Types the keys code consistently (VOCABULARY.md, tests/keys/README.md).
@pytest.mark.parametrize("text, kind", [
    ("The environment agency has carried out one inspection since 2019, a spokeswoman confirmed.", "official"),
    ("The interior ministry's final count was 38,500 marchers, a spokesman said.", "official"),
    ("The company has opened a hotline for families, a spokeswoman said.", "organisation"),
    ("The observatory recorded 40 tremors overnight, a spokesman said.", "expert"),
])
def test_an_unowned_spokesperson_speaks_for_the_body_the_sentence_opens_with(text, kind):
    assert _last([text])[1] == kind


@pytest.mark.parametrize("phrase", ["a Valtra poll", "a Pollmark poll for the Herald", "a Norvell Research survey of 1,024 adults",
                                    "a poll published on Monday by Vessel Research",
                                    "a survey carried out for the broadcaster by the Statlin institute"])
def test_a_poll_named_with_its_maker_is_the_pollster(phrase):
    from helpers.attribution import speaker_type_of
    assert rules.NAMED_POLL.match(phrase) and speaker_type_of(phrase) == "organisation"


@pytest.mark.parametrize("phrase, kind", [("Exit polls", "expert"), ("the Kessmoor Polling Institute", "expert"),
                                          ("a survey by the Tallin Institute", "expert"),
                                          ("the U.S. Geological Survey", "expert")])
def test_unnamed_polls_and_survey_bodies_stay_expert(phrase, kind):
    from helpers.attribution import speaker_type_of
    assert speaker_type_of(phrase) == kind


def test_a_short_name_of_a_body_takes_the_body_type():
    from helpers.attribution import short_body_names
    names = short_body_names({"Kordel": "citizen", "Kordel Chemicals": "organisation", "Brenn": "citizen",
                              "Brenn Works": "organisation", "Ola Brenn": "citizen"})
    assert names["Kordel"] == "organisation" and names["Brenn"] == "citizen"  # a person named Brenn: left as it is


@pytest.mark.parametrize("paragraphs, kind", [
    (["Vessel Chemicals said the leak was contained.", "Lena Orvik, Vessel's spokeswoman, said the plant would stay shut."],
     "organisation"),
    (["Ivo Marten, chair of the Financial Supervisory Authority, spoke on Monday.", "Marten said the bank was solvent."],
     "official"),
])
def test_company_and_regulator_people_keep_their_body_type(paragraphs, kind):
    assert _last(paragraphs)[1] == kind


@pytest.mark.parametrize("text, kind", [
    ("The state broadcaster RTV reported 12 deaths.", "agency"),
    ("Judge Ana Morel said the evidence was weak.", "official"),
    ("Prosecutors said they would appeal the ruling.", "official"),
    ("The regional court said the hearing would resume on Monday.", "official"),
    ("Rating agency Stanmore said the outlook was negative.", "organisation"),
    ("The regulator said the bank had enough capital.", "official"),
    ("St Mark's Hospital said eight patients were critical.", "expert"),
    ("Dr. Ilse Kramer, a surgeon at St Mark's Hospital, said eight were critical.", "expert"),
])
def test_the_keys_conventions_for_institutions(text, kind):
    assert _last([text])[1] == kind
