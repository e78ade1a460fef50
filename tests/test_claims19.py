"""Session 19 (claims19): who claims a figure and who speaks (issue 10 Deliver 3, issue 12), each a general class of
news text with sentences of our own (invented names, none copied from an article) from several kinds of events: a
service named with "and" is one speaker, a figure a later clause credits to a body is that body's, a record named
before its figure is its owner's, no speaker opens with a comparison or a figure, a speaker met through the outlet's
contact clause is the head noun, a person reported missing is no report of speech, an expert advising a body stays an
expert, and a titled surname is the person named in full before."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.attribution import is_valid_speaker, sentence_speakers, speaker_type_of
from helpers.voices import quotations
from probes import body_sentences, last_claimant, last_voice


def _speakers(sentence: str) -> tuple[str, str, str]:
    return sentence_speakers(sentence, [False] * len(sentence))


def _quotes(paragraphs: list[str]) -> list[tuple[str, str]]:
    q = quotations(body_sentences(paragraphs), pd.DataFrame(columns=["actor", "side", "alias"]))
    return list(zip(q["speaker"], q["speaker_type"]))


# 1. A service named with "and" ("Fire and Rescue", "Search and Rescue", "Health and Safety Executive") is one speaker,
# never cut at "and", and official (VOCABULARY.md: firefighters and state agencies are official).
@pytest.mark.parametrize("sentence, speaker", [
    ("Crews were called to the quarry at 6:10 a.m. after walkers heard a rumble, Harlow Fire and Rescue said in a "
     "statement.", "Harlow Fire and Rescue"),  # a collapse
    ("Two climbers were lifted off the ridge by 3 p.m., Dunmere Search and Rescue said.", "Dunmere Search and Rescue"),
    ("Four workers were treated for burns, the Health and Safety Executive said.", "the Health and Safety Executive"),
    ("The warehouse roof fell in at 2 a.m., Corvel Fire and Rescue said.", "Corvel Fire and Rescue"),  # a fire
])
def test_a_service_named_with_and_is_one_official_speaker(sentence, speaker):
    basis, found, second = _speakers(sentence)
    assert (found, second) == (speaker, "")
    assert speaker_type_of(found) == "official"


def test_the_figures_of_a_statement_tag_are_the_services_not_those_named_inside():
    claimant = last_claimant(["Crews were called at 6:10 a.m. after neighbours reported smoke, Orran Fire and Rescue "
                              "said in a statement."], "6:10")
    assert claimant == ("Orran Fire and Rescue", "official")


def test_a_services_officer_named_by_a_possessive_is_one_speaker():
    quotes = _quotes(["Kelby Fire and Rescue's incident commander, Station Manager Ana Holt, said 40 firefighters were "
                      "at the scene.", '"We would rather clear a hundred homes too many," she said.'])
    assert [s for s, _ in quotes] == ["Kelby Fire and Rescue's incident commander, Station Manager Ana Holt"] * 2
    assert {t for _, t in quotes} == {"official"}


def test_a_name_before_and_without_a_service_word_is_not_joined():
    assert not rules.AND_INSIDE_NAME.search("Flights resumed, Mayor Ana Holt and ")
    assert not rules.AND_INSIDE_NAME.search("The Army and ")


# 3. A body's record named before its figure ("The council's first estimate of the bill is €4 million; X puts it at
# …") is the owner's; the other clause keeps its own claimant.
@pytest.mark.parametrize("sentence, first, owner, second, speaker", [
    ("The council's first estimate of the repair bill is EUR 4 million; the water company puts it at between EUR 2.5 "
     "million and EUR 3 million.", "4 million", "the council", "2.5", "the water company"),
    ("The union's count stood at 3,100 strikers; the employers' federation puts the figure at 1,900.", "3,100",
     "the union", "1,900", "the employers' federation"),  # a strike
])
def test_a_record_then_its_figure_is_the_owners(sentence, first, owner, second, speaker):
    assert last_claimant([sentence], first)[0] == owner
    assert last_claimant([sentence], second)[0] == speaker


# 4. No speaker or claimant opens with a comparison, a preposition or a figure followed by its clause's subject.
@pytest.mark.parametrize("phrase", [
    "up from the 1,800 homes the company", "far more than official figures", "well above the 200 the police",
    "down from the 12 flights the airline",
])
def test_no_speaker_opens_with_a_comparison_or_a_figure(phrase):
    assert not is_valid_speaker(phrase)


@pytest.mark.parametrize("phrase", ["The 12 miners", "three survivors", "the airline", "Police"])
def test_ordinary_speakers_stay_valid(phrase):
    assert is_valid_speaker(phrase)


def test_a_comparison_clause_gives_no_speaker_to_the_sentence():
    paragraphs = ["Power to around 2,400 households was cut this morning, up from the 1,800 homes the company estimated "
                  "earlier."]
    assert last_voice(paragraphs)[0] == ""
    assert last_claimant(paragraphs, "2,400") == ("", "outlet")


def test_official_figures_after_a_comparison_are_no_speaker():
    sentence = ("About 300 families have left, according to the Tenants' Union of Orsk, far more than official "
                "figures suggest.")
    assert _speakers(sentence)[1:] == ("the Tenants' Union of Orsk", "")


# 5. A speaker met through the outlet's contact clause ("Residents we spoke to", "Shopkeepers the Herald spoke to") is
# the head noun, whatever speaker the paragraph before had.
@pytest.mark.parametrize("paragraphs, speaker", [
    (["Mayor Ilse Varn said the road would stay closed.",
      "Residents we spoke to described hearing a bang at about 5.30am."], "Residents"),
    (["Shopkeepers the Herald spoke to described losing 40% of their trade."], "Shopkeepers"),  # a strike
    (["Farmers we talked to estimated their losses at 30%."], "Farmers"),  # a drought
])
def test_a_speaker_met_through_a_contact_clause_is_the_head(paragraphs, speaker):
    found, kind = last_voice(paragraphs)
    assert found.startswith(speaker) and kind == "citizen"


# 6. A person's state told by a passive participle ("the man reported missing", "two hikers reported lost") is no
# report of speech: the sentence is the outlet's, not the previous speaker's.
@pytest.mark.parametrize("paragraphs, figure", [
    (['"Our numbers come from door-to-door checks," a council spokeswoman said.',
      "The 71-year-old man reported missing this morning was found safe at 11.15am."], "11.15am"),
    (["Police said the search would resume at dawn.",
      "Two hikers reported lost on Sunday were found at 7 a.m. near the summit."], "7 a.m."),  # mountains
])
def test_a_person_reported_missing_is_no_report(paragraphs, figure):
    assert last_claimant(paragraphs, figure) == ("", "outlet")


# 7. An expert who advises or works for a body stays an expert; a lawyer advising a family stays counsel.
@pytest.mark.parametrize("phrase, kind", [
    ("a geotechnical engineer advising the council", "expert"),
    ("an economist who advises the finance ministry", "expert"),
    ("Professor Ana Lind, a hydrologist commissioned by the water board", "expert"),
    ("a senior official advising the minister", "official"),
    ("a lawyer advising the family", "other"),
])
def test_an_expert_advising_a_body_stays_an_expert(phrase, kind):
    assert speaker_type_of(phrase) == kind


# 8. A titled surname ("Dr Ferrell", "Prof. Lind") is the person the article named in full: one speaker.
def test_a_titled_surname_is_the_person_named_in_full():
    quotes = _quotes(["Dr Milan Ostrava, a volcanologist at the University of Kessen, said the ash column was 9 km "
                      "high.", '"It could still grow," Dr Ostrava said.', "Ostrava said the crater had widened."])
    assert [s for s, _ in quotes][1:] == ["Dr Milan Ostrava", "Dr Milan Ostrava"]
    assert {t for _, t in quotes} == {"expert"}


def test_each_rule_row_has_its_example():
    for cue in rules.AND_INSIDE_NAME_RULES:
        assert rules.AND_INSIDE_NAME.search(cue.example), cue.name
    for cue in rules.NOT_A_SPEAKER_RULES:
        assert rules.NOT_A_SPEAKER.match(cue.example), cue.name
    assert rules.CONTACT_CLAUSE.match("Residents we spoke to")
    assert rules.EXPERT_ADVISING.match("a geotechnical engineer advising the council")


# 10. A verb form after a hyphen is part of a compound word ("value-added tax", "self-reported"), never a verb of saying.
@pytest.mark.parametrize("sentence, speaker", [
    ("VELDA, Oct 13 (NPA) - Kessmark will raise value-added tax to 23% from January, Finance Minister Ana Holt told "
     "parliament on Tuesday, presenting a budget that she said would cut the deficit.", "Finance Minister Ana Holt"),
    ("The value-added tax will rise to 25%, the ministry said.", "the ministry"),
])
def test_a_compound_word_is_no_verb_of_saying(sentence, speaker):
    assert _speakers(sentence)[1:] == (speaker, "")


# 11. Market dealers named bare ("…, dealers said", "according to dealers") are a voice, typed other as the keys code
# them (re-landed from session 17).
@pytest.mark.parametrize("sentence, figure", [
    ("The 10-year bond yield fell to 11.6% in early trading on Thursday, dealers said.", "11.6%"),  # a debt crisis
    ("The krona slid to 14.2 against the euro, according to currency dealers.", "14.2"),  # a currency crash
])
def test_market_dealers_are_a_voice(sentence, figure):
    assert last_claimant([sentence], figure) == (_speakers(sentence)[1], "other")
    assert _speakers(sentence)[1].endswith("dealers")


# 12. A sentence that opens with a thing counted ("Power to around 2,400 households was cut …") is no body that a later
# "It said" stands for: "it" is the body named before.
def test_it_said_after_a_counted_subject_is_the_body_named_before():
    paragraphs = ["Kessel Water Services confirmed the main was laid in 1958.",
                  "Water supplies to around 2,400 households were cut off this morning, up from the 1,800 homes the "
                  "company estimated earlier.",
                  "It said about half had been reconnected by 5pm."]
    assert last_voice(paragraphs) == ("Kessel Water Services", "organisation")


# 13. A document owned by a body ("the ministry's budget documents show") is that document, not the minister quoted
# before it.
def test_a_bodys_documents_are_not_its_minister():
    paragraphs = ["Kessmark will raise the rate to 23%, Finance Minister Ana Holt told parliament on Tuesday.",
                  "Spending is planned at €96.4 billion next year, the ministry's budget documents show."]
    assert last_voice(paragraphs) == ("the ministry's budget documents", "official")
