"""Session 16 (claimants16): who says a figure (issue 10), class by class, each a general class with varied sentences of
our own (none copied from an article) from several beats (business, courts, science, disasters, elections, sport,
transport): the outlet's own description of a place inside an attributed sentence, a figure inside a record its owner
names, and the present forms of claim verbs that headlines and plural subjects use."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import attribution as attribution_module
from helpers import attribution_rules as rules
from helpers.attribution import add_claimants, attribute_sentences
from probes import body_sentences


def _claimant(text: str, figure: str) -> tuple[str, str]:
    """The claimant and its type the attribution step gives `figure` in the body sentence `text`."""
    sents = body_sentences([text])
    last = sents.iloc[-1]
    number = pd.DataFrame([{"article_id": last.article_id, "block_no": last.block_no, "sentence_no": last.sentence_no,
                            "sentence": last.text, "start": last.text.find(figure)}])
    got = add_claimants(number, attribute_sentences(sents)).iloc[0]
    return got["claimant"], got["claimant_type"]


# 1. A place's distance or size set off by commas inside an attributed sentence is the outlet's description of the
# place (tests/keys/README.md: "distances and ages in apposition inside a reported clause are the outlet's"); the
# figures of the speaker's clause stay the speaker's.
@pytest.mark.parametrize("text, gloss, claim, speaker", [
    ("Flights were diverted to Hallby, 120 km to the south, the airport operator said on Monday.", "120", "",
     "the airport operator"),  # transport
    ("The floodwater reached Orsa, 14 km downstream, and 300 homes were evacuated, the fire service said.", "14",
     "300", "the fire service"),  # disasters
    ("The trial was moved to Velby, 60 miles from the capital, after 40 jurors were excused, the court said.", "60",
     "40", "the court"),  # courts
    ("Ballots from Kessa, 45 km north of the capital, were counted last, and turnout there was 61%, the electoral "
     "commission said.", "45", "61%", "the electoral commission"),  # elections
    ("The club will play its next 3 home games in Marn, a town of 9,000 people, the league said.", "9,000", "3",
     "the league"),  # sport
    ("The company will cut 400 jobs at its plant in Dornau, a town of 12,000 people about 30 km east of Velt, "
     "a spokeswoman said.", "30", "400", "a spokeswoman"),  # business
])
def test_a_places_distance_or_size_in_apposition_is_the_outlets(text, gloss, claim, speaker):
    assert _claimant(text, gloss) == ("", "outlet")
    if claim:
        assert _claimant(text, claim)[0].lower().startswith(speaker)


@pytest.mark.parametrize("text, figure", [
    ('"We drove our daughter to Karsby, 45 km away," said her father.', "45"),  # quoted words stay the speaker's
    ("The observatory said the ash cloud was 110 km inland, some 75 km east of the coast.", "75"),  # no place name
    ("The ministry said the cordon around the plant, 3 km wide, would stay until Friday.", "3"),  # no place name
])
def test_a_distance_that_is_the_claim_stays_the_speakers(text, figure):
    assert _claimant(text, figure)[1] != "outlet"


def test_every_outlet_gloss_row_matches_its_own_example():
    for cue in rules.OUTLET_GLOSSES:
        assert re.search(cue.pattern, cue.example), cue.name


def test_without_the_gloss_rows_the_apposition_is_the_speakers(monkeypatch):
    text = "Flights were diverted to Hallby, 120 km to the south, the airport operator said on Monday."
    monkeypatch.setattr(attribution_module, "_OUTLET_GLOSSES", [])
    assert _claimant(text, "120")[0] == "the airport operator"


# 2. A figure inside a record its owner names ("X's estimate of N", "X's N figure") is the owner's, whoever speaks in
# the rest of the sentence; the sentence's other figures keep their claimant.
@pytest.mark.parametrize("text, figure, owner, other, speaker", [
    ("The insurer put the damage at €40m, about half the council's estimate of €80m.", "€80m", "the council", "€40m",
     "the insurer"),  # disasters
    ("Turnout reached 58%, the electoral commission said, well short of the opposition's own count of 64%.", "64%",
     "the opposition", "58%", "the electoral commission"),  # elections
    ("The club, which rejects the federation's €2m figure, said it would appeal within 10 days.", "€2m",
     "the federation", "10", "the club"),  # sport, courts
    ("Ticket sales reached 1.2 million, a fraction of the airline's 3 million forecast.", "3 million", "the airline", "",
     ""),  # transport, business
    ("The station did not report the union's figure of 12,000 marchers.", "12,000", "the union", "", ""),  # labour
    ("The mine's owner put the cost at €5m, below the ministry's latest estimate of between €7m and €9m.", "€9m",
     "the ministry", "€5m", "the mine's owner"),  # business
])
def test_a_figure_in_a_record_its_owner_names_is_the_owners(text, figure, owner, other, speaker):
    assert _claimant(text, figure)[0].lower() == owner
    if other:
        assert _claimant(text, other)[0].lower() == speaker


@pytest.mark.parametrize("text, figure", [
    ("Inflation reached 9.8%, well above the bank's 4% target.", "4%"),  # a goal, not a claim
    ("The city's count of 40 dead has not changed.", "40"),  # a place's figure
    ("Our own estimate of 3,000 tonnes is higher.", "3,000"),  # the outlet's first person
    ('"The ministry\'s estimate of 40 is wrong," said the mayor.', "40"),  # quoted words stay the speaker's
])
def test_a_goal_a_place_the_outlet_and_a_quotation_own_no_record(text, figure):
    assert attribution_module._owned_record_claimant(text.find(figure), text, [("the bank", "official")]) is None


def test_every_owned_record_row_reads_its_own_example():
    for cue in rules.OWNED_RECORDS:
        m = re.search(cue.pattern, cue.example)
        assert m and m.group("fig") and rules.OWNER_BEFORE.search(cue.example[:m.start()]), cue.name


def test_without_the_owned_record_rows_the_figure_is_the_speakers(monkeypatch):
    text = "The insurer put the damage at €40m, about half the council's estimate of €80m."
    monkeypatch.setattr(attribution_module, "_OWNED_RECORDS", [])
    assert _claimant(text, "€80m")[0].lower() != "the council"


# 3. The present forms of claim verbs (headlines, plural subjects): the subject claims the figures of its clause; a
# figure before "as <speaker> promises" stays the outlet's; "demand" only before what is demanded.
@pytest.mark.parametrize("text, figure, speaker", [
    ("Minister promises €25,000 for each family of the dead", "€25,000", "minister"),  # disasters (headline)
    ("Records of 900,000 patients may have been stolen, hospital group admits", "900,000", "hospital group"),  # health
    ("Prosecutors allege that 14 matches were fixed in the spring.", "14", "prosecutors"),  # courts, sport
    ("Geologists recall that the 1987 quake killed 300 people.", "300", "geologists"),  # science
    ("Opposition demands a recount in 1,400 polling stations", "1,400", "opposition"),  # elections
    ("Carmakers concede that 2,000 jobs are at risk at the two plants.", "2,000", "carmakers"),  # business
    ("Rail union vows to strike for 48 hours from Monday", "48", "rail union"),  # transport
])
def test_a_present_claim_verb_gives_its_subject_the_figure(text, figure, speaker):
    assert _claimant(text, figure)[0].lower() == speaker


@pytest.mark.parametrize("text, figure", [
    ("Toll rises to four as minister promises 1,000 more police", "four"),  # the clause before "as" is the outlet's
    ("Electricity demand rose 4% in the week.", "4%"),  # a noun
    ("Airport shuts two of its 3 runways, operator vows inquiry", "3"),  # a vow with an object of its own (transport)
    ("The company's promise of 300 new jobs was welcomed.", "300"),  # a noun after a possessive
])
def test_a_present_claim_verb_claims_only_its_own_clause(text, figure):
    assert _claimant(text, figure) == ("", "outlet")


def test_the_present_claim_row_matches_its_example_and_reads_claims():
    row = next(c for c in rules.REPORTING_VERBS if c.name == "present_claim")
    assert re.search(rf"\b(?:{row.pattern})\b", row.example) and "present_claim" in rules.CLAIM_VERB_ROWS
