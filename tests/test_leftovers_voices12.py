"""Session 12 (voices12): leftover voice and claimant classes, each a general class with varied sentences of our own
(none copied from an article): a surname after a courtesy title takes the full mention's name and type; weather,
disasters, events and things are never speakers; "in X's view" and "on his figures" name a source; "its president"
in a clause after a body's own speaks for that body; each clause's figure has its own voice; a group's speaker
phrase is the group, without tabloid adjectives."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.attribution import add_claimants, attribute_sentences, is_valid_speaker, speaker_type_of, without_labels
from probes import body_sentences as _sentences


def _claimants(text: str, figures: list[str]) -> list[tuple[str, str]]:
    sentences = _sentences([text])
    sentence = sentences.iloc[0]["text"]
    numbers = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": 1, "sentence": sentence,
                            "start": [sentence.index(f) for f in figures]})
    got = add_claimants(numbers, attribute_sentences(sentences))
    return list(zip(got["claimant"], got["claimant_type"]))


# 1. "Mr Voss" after "chief executive Harald Voss": the same person, with the type of the full mention.
@pytest.mark.parametrize("paragraphs, speaker, kind", [
    (["The utility's chief executive, Harald Brenner, defended the decision on Monday.",
      '"We had no choice," Mr Brenner said.'], "Harald Brenner", "organisation"),
    (["Police Commissioner Ilse Marten said the road would stay shut.",
      '"Nobody should drive tonight," Mrs. Marten added.'], "Police Commissioner Ilse Marten", "official"),
    (["Dr Anika Rowe, a seismologist at Kelby University, studied the readings.",
      '"The fault is still moving," Ms Rowe said.'], "Anika Rowe", "expert"),
])
def test_a_surname_after_a_courtesy_title_is_the_person_named_in_full(paragraphs, speaker, kind):
    last = attribute_sentences(_sentences(paragraphs)).iloc[-1]
    assert (last["speaker"], last["speaker_type"]) == (speaker, kind)


@pytest.mark.parametrize("phrase", ["Mr Brenner", "Mrs. Marten", "Ms Rowe", "Miss Dale"])
def test_courtesy_title_rule_reads_a_title_before_a_surname(phrase):
    assert rules.COURTESY_TITLE.match(phrase)


# 2. Weather, disasters, events and things are never speakers or claimants.
@pytest.mark.parametrize("row", rules.INANIMATE_SUBJECTS, ids=lambda c: c.name)
def test_inanimate_rows_match_their_example(row):
    assert rules.INANIMATE_HEAD.search(row.example) and not is_valid_speaker(row.example)


@pytest.mark.parametrize("text, figure", [
    ("Heavy rain raised the toll to 12 on Monday.", "12"),
    ("The storm put the number of homes without power at 40,000.", "40,000"),
    ("The blackout raised the count of stranded passengers to 300.", "300"),
])
def test_weather_disasters_and_events_claim_no_figure(text, figure):
    assert _claimants(text, [figure]) == [("", "outlet")]


@pytest.mark.parametrize("phrase", ["Lowmere Fire", "the fire brigade", "the Storm Centre", "the water authority"])
def test_bodies_named_after_a_hazard_stay_speakers(phrase):
    assert is_valid_speaker(phrase)


# 3. An owner's view or a pronoun's figures as the source of a claim.
@pytest.mark.parametrize("paragraphs, speaker", [
    (["In the mayor's view, 300 homes were lost."], "the mayor"),
    (["Finance Minister Ana Ruiz spoke on Monday.", "On her figures, the deficit will fall to 2.1% next year."],
     "Finance Minister Ana Ruiz"),
    (["The union's leader, Ivo Brandt, addressed the rally.", "By his count, 30,000 people marched."],
     "the union's leader, Ivo Brandt"),
])
def test_a_view_or_a_pronouns_figures_name_the_source(paragraphs, speaker):
    assert attribute_sentences(_sentences(paragraphs)).iloc[-1]["speaker"] == speaker


def test_a_pronoun_inside_its_own_clause_is_that_clauses_subject_not_a_source():
    found = attribute_sentences(_sentences(["Police said 40 people were hurt.", "The network stands by its own count."]))
    assert found.iloc[-1]["speaker"] != "the police"


# 4. "its president" in a clause after a body's own speaks for that body, not for the body named last before it.
@pytest.mark.parametrize("text, kind", [
    ("Even the federation contradicts the agency: its president, Tomas Grell, says the federation heard nothing.",
     "organisation"),
    ("The employers' association blames the ministry; its chairwoman, Dr. Lise Varga, said 40 firms had closed.",
     "organisation"),
    ("The Interior Ministry rejects the union's claim: its spokesman, Olaf Dunn, says 12 officers were hurt.", "official"),
])
def test_its_title_after_a_bodys_clause_takes_that_bodys_type(text, kind):
    assert attribute_sentences(_sentences([text])).iloc[-1]["speaker_type"] == kind


def test_its_title_as_a_second_voice_takes_the_type_of_the_body_opening_the_sentence():
    text = "The farmers' union accuses the ministry of delay; its president, Jan Oster, said 300 farms were flooded."
    row = attribute_sentences(_sentences([text])).iloc[-1]
    assert (row["co_speaker"], row["co_speaker_type"]) == ("its president, Jan Oster", "organisation")


# 5. Each clause's figure has its own claimant.
@pytest.mark.parametrize("text, figures, claimants", [
    ("Officials count 41, but statisticians see hundreds.", ["41", "hundreds"], ["Officials", "statisticians"]),
    ("The ministry says 12 died, but aid groups fear dozens more.", ["12", "dozens"], ["the ministry", "aid groups"]),
    ("Police counted 8,000 marchers, while organisers reckon more than 20,000.", ["8,000", "20,000"],
     ["Police", "organisers"]),
])
def test_each_clauses_figure_has_its_own_claimant(text, figures, claimants):
    assert [c for c, _ in _claimants(text, figures)] == claimants


@pytest.mark.parametrize("text, figure", [("The town sees 40,000 visitors a year.", "40,000"),
                                          ("The valley sees 300 mm of rain in a wet month.", "300")])
def test_a_place_seeing_a_figure_claims_nothing(text, figure):
    assert _claimants(text, [figure]) == [("", "outlet")]


# 6. A group's speaker phrase is the group, without tabloid adjectives.
@pytest.mark.parametrize("phrase, group", [("Campaigners at Save the Orle", "Save the Orle"),
                                           ("Heartbroken locals", "locals"),
                                           ("Furious residents", "residents"),
                                           ("volunteers from the Kelby Rotary Club", "the Kelby Rotary Club"),
                                           ("Heartbroken Carla Mendes, 41", "Carla Mendes")])
def test_a_groups_speaker_phrase_is_the_group(phrase, group):
    assert without_labels(phrase) == group


@pytest.mark.parametrize("text, speaker, kind", [
    ("Campaigners at Save the Marsh said 40 homes flooded.", "Save the Marsh", "organisation"),
    ("Devastated locals said the water came in minutes.", "locals", "citizen"),
])
def test_a_group_speaks_as_the_group(text, speaker, kind):
    last = attribute_sentences(_sentences([text])).iloc[-1]
    assert (last["speaker"], last["speaker_type"]) == (speaker, kind)


# Types: public funds (deposit-guarantee and resolution funds, compensation schemes) are state bodies.
@pytest.mark.parametrize("phrase, kind", [("the Deposit Guarantee Fund", "official"),
                                          ("the deposit-guarantee fund", "official"),
                                          ("the National Resolution Fund", "official"),
                                          ("the Deposit Insurance Corporation", "official"),
                                          ("a spokeswoman for the investor compensation scheme", "official"),
                                          ("a relief fund launched by the Kelby Rotary Club", "organisation")])
def test_public_funds_are_official(phrase, kind):
    assert speaker_type_of(phrase) == kind


# No speaker a fragment: a clause opened by a subordinator, a noun phrase running into the next clause's pronoun.
@pytest.mark.parametrize("phrase", ["because its count includes families", "although the council", "a blood sample he",
                                    "the second test she"])
def test_clauses_and_run_on_fragments_are_never_speakers(phrase):
    assert not is_valid_speaker(phrase)


@pytest.mark.parametrize("phrase", ["the port authority halted all shipping for what it", "she", "they"])
def test_a_pronoun_after_what_or_alone_stays_a_speaker(phrase):
    assert is_valid_speaker(phrase)


@pytest.mark.parametrize("text, speaker", [
    ("Over 48 hours the weather service measured 412 mm at the port.", "the weather service"),
    ("Within a day the coast guard counted 40 survivors.", "the coast guard"),
    ("Roads will reopen on Friday, two days later than Brenner Logistics first suggested.", "Brenner Logistics"),
])
def test_a_leading_time_phrase_or_a_comparison_is_no_part_of_the_speaker(text, speaker):
    assert attribute_sentences(_sentences([text])).iloc[-1]["speaker"] == speaker


def test_figures_before_a_comparison_with_a_voices_word_are_the_outlets():
    text = "Roads will reopen on Friday, two days later than Brenner Logistics first suggested."
    assert _claimants(text, ["Friday", "two days"]) == [("", "outlet"), ("", "outlet")]


def test_a_short_name_before_any_speaker_is_the_body_the_text_named_in_full():
    found = attribute_sentences(_sentences(["Brenner Logistics shares fell 4% as heavy rain closed roads.",
                                            "Brenner reported a profit of 12 million euros."]))
    assert found.iloc[-1]["speaker"] == "Brenner Logistics"


# Types: party politicians named by their side, transport operators named by their trade, a generic owner.
@pytest.mark.parametrize("phrase, kind", [("Opposition MP Hana Berg", "organisation"), ("coalition MPs", "organisation"),
                                          ("two opposition deputies", "organisation"),
                                          ("Finance Minister Ana Ruiz", "official"),
                                          ("Kelby Metro", "organisation"), ("Orle Valley Transit", "organisation"),
                                          ("Lena Voss, the organisation's head of logistics", "organisation")])
def test_party_politicians_operators_and_a_generic_owner_are_typed(phrase, kind):
    assert speaker_type_of(phrase) == kind
