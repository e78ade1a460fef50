"""Session 15 (voices15): leftover voice and claimant classes, each a general class with varied sentences of our own
(none copied from an article), from several beats (business, science, courts, culture, local government, health,
religion, transport, weather, sport): the whole noun phrase a reader names as the speaker (a body introduced by its
staff in a "whose" clause, a relative clause opened by an irregular past, a reply sent to a paper between speaker and
verb), a year naming the record in a source phrase, findings told with "found that", inquiries and reviews set up by
the state, and the outlet's own first person."""
from __future__ import annotations

import pytest

from helpers import attribution_rules as rules
from helpers.attribution import speaker_type_of
from probes import last_claimant as _claimant, last_voice as _last


# 1. A body introduced by its own staff in a "whose" clause that holds the claim ("X, whose analyst Y has put it at"):
# the speaker is the staff member as the body's, never the fragment "whose analyst Y".
@pytest.mark.parametrize("text, figure, speaker", [
    ("Kelvar Research, whose analyst Ruth Amsel has put the loss at €2bn, repeated its view on Monday.", "€2bn",
     "Kelvar Research's analyst Ruth Amsel"),  # business
    ("The Orlan Institute, whose researchers counted 212 nests last spring, said the colony had halved.", "212",
     "the Orlan Institute's researchers"),  # science
    ("The Varden Museum, whose chief curator Ines Vahl put the damage at €3m, reopened its east wing.", "€3m",
     "the Varden Museum's chief curator Ines Vahl"),  # culture
    ("St Brannoc's parish, whose vicar Tomas Leer counted 400 people at the vigil, rang its bells at noon.", "400",
     "St Brannoc's parish's vicar Tomas Leer"),  # religion
])
def test_a_body_introduced_by_its_staff_is_named_whole(text, figure, speaker):
    assert _last([text])[0] == speaker
    assert _claimant([text], figure)[0] == speaker


def test_a_person_introduced_by_a_whose_clause_keeps_no_staff_reading():
    assert rules.WHOSE_STAFF.match("whose analyst Ruth Amsel") and not rules.WHOSE_STAFF.match("whose party")


# 2. A relative clause opened by an irregular past is the subject's own ("Residents who spoke to the Herald described",
# "An engineer who took part in …, and who asked not to be named, said"): the whole noun phrase, typed by its head.
@pytest.mark.parametrize("text, speaker, kind", [
    ("Residents who spoke to the Courier described a brown cloud over the estate at dawn.",
     "Residents who spoke to the Courier", "citizen"),  # local news
    ("Fishermen who talked to the Gazette said the catch had halved since June.",
     "Fishermen who talked to the Gazette", "citizen"),  # business
    ("An engineer who took part in the 2011 evacuation, and who asked not to be named, said: \"We were lucky then.\"",
     "an engineer who took part in the 2011 evacuation", "anonymous"),  # transport
    ("Women who lost their jobs at the mill said they had been offered 300 euros each.",
     "Women who lost their jobs at the mill", "citizen"),  # labour
])
def test_a_relative_clause_opened_by_an_irregular_past_stays_with_its_subject(text, speaker, kind):
    assert _last([text]) == (speaker, kind)


def test_a_name_after_a_relative_clause_stays_with_the_speaker():
    speaker, kind = _last(["Her neighbour, a retired bus driver who gave only his first name, Luka, said he had voted."])
    assert speaker.endswith(", Luka") and kind == "citizen"


# 3. A reply or answer sent to a paper, set off by commas between the speaker and the verb, says how it spoke, not who.
@pytest.mark.parametrize("text, speaker", [
    ("Norvik Homes, in a reply to the Courier, said every complaint had been logged.", "Norvik Homes"),  # housing
    ("The diocese, in a response to the Herald, said the school would reopen.", "The diocese"),  # religion
    ("Harlow Rail, in an email to the Gazette, said 14 trains had been cancelled.", "Harlow Rail"),  # transport
])
def test_a_reply_to_a_paper_is_no_part_of_the_speaker(text, speaker):
    assert _last([text])[0].lower() == speaker.lower()


def test_the_reply_trailer_matches_its_example():
    row = next(c for c in rules.SPEAKER_TRAILERS if c.name == "in_a_reply_to")
    assert rules.SPEAKER_TRAILER.search(row.example)


# 4. A year right after a determiner names the record: "according to a 2012 study by the University of X" at the end
# of a long sentence credits its figures to the study.
@pytest.mark.parametrize("text, figure, claimant", [
    ("During the 2009 dispute, which lasted 14 months, exports fell by 41%, according to a 2012 study by the "
     "University of Varn.", "41%", "a 2012 study by the University of Varn"),  # trade
    ("About 3,000 patients waited more than a year, according to a 2024 report by the health inspectorate.", "3,000",
     "a 2024 report by the health inspectorate"),  # health
])
def test_a_year_inside_a_source_phrase_keeps_the_source(text, figure, claimant):
    assert _claimant([text], figure)[0] == claimant


def test_the_year_modifier_reads_years_only():
    assert rules.YEAR_MODIFIER.fullmatch("2012") and not rules.YEAR_MODIFIER.fullmatch("300")


# 5. A finding told with its own "that" is the finder's, whatever the clause opens with; an inquiry or review set up by
# the state is official; a finding told as background ("after an inquiry found that") makes no claim.
@pytest.mark.parametrize("text, figure, claimant, kind", [
    ("Officials were slow to react; a parliamentary inquiry found that fewer than half of the 200 shelters had opened.",
     "200", "a parliamentary inquiry", "official"),  # local government
    ("A judicial review found that none of the 35 cases had been heard in time.", "35", "a judicial review",
     "official"),  # courts
    ("An audit found 40 schools without working fire doors.", "40", "an audit", "other"),  # education
])
def test_a_finding_is_its_finders(text, figure, claimant, kind):
    assert _claimant([text], figure) == (claimant, kind)


def test_a_finding_told_as_background_is_the_outlets():
    text = "The operator was fined €1.2 million after an inquiry found that safety checks had been skipped."
    assert _claimant([text], "€1.2 million") == ("", "outlet")


@pytest.mark.parametrize("phrase", ["a parliamentary inquiry", "the inquiry into the 2011 explosion",
                                    "a government review", "a later inquiry"])
def test_an_inquiry_speaks_for_the_state(phrase):
    assert speaker_type_of(phrase) == "official"


# 7. The outlet's own first person outside quotation marks ("We estimate", "Our analysis puts") is the outlet's voice,
# not the last speaker quoted before it.
@pytest.mark.parametrize("paragraphs, figure", [
    (["The ministry gave no figure. Its spokesman, Pavel Orn, said repairs were under way.",
      "We estimate the backlog of repairs at €1.2bn, nearly half of it on bridges built before 1975."], "€1.2bn"),
    (["Our radar analysis puts the slick at 7,000 to 10,000 tonnes, five times the operator's figure."], "7,000"),
    (["The league said 12 matches were under review.",
      "Our own count of the betting records finds 31 suspicious matches since 2023."], "31"),  # sport
])
def test_the_outlets_first_person_is_its_own_voice(paragraphs, figure):
    assert _claimant(paragraphs, figure) == ("", "outlet")


def test_a_quoted_first_person_keeps_its_speaker():
    assert _last(["Our members will not accept it, the union said on Monday."])[0] == "the union"

