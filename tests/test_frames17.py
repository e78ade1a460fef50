"""Session 17 (frames17): frames carried by implication, added as named rows of codebooks/default/frame_cues.csv.

Each row is checked on sentences written for this file (invented names, several kinds of event): the frame is found
with the row and lost without it, and a sentence of the wrong sense keeps the frame out.
"""
from __future__ import annotations

import pytest

from helpers import paths
from helpers.framing import load_cue_rules
from probes import frames_without_rule

RULES = load_cue_rules(paths.codebook_path("frame_cues.csv"))


def _frames(text: str, without: str | None = None) -> set[str]:
    """The frames of `text` with every cue rule, or with every rule but the one named `without` (tests/probes.py)."""
    return frames_without_rule(RULES, without or "", text)


# (row, frame, sentence): the row gives the sentence the frame, which it lacks without the row
FOUND = [
    # an estimate of the loss or damage an event causes (a storm, a strike, a riot, a power cut)
    ("loss_put_at", "generic_economic_consequences",
     "The hoteliers' association puts the loss at 40 million kroner for the summer after the wildfires."),
    ("loss_put_at", "generic_economic_consequences",
     "The harbour board put its losses at nine million after the freighter struck the quay."),
    ("loss_put_at", "generic_economic_consequences",
     "The mayor of Velsk said the damage could reach 2 million dinars after rioters torched the market hall."),
    # a national currency sliding, or an index down, after an event (a coup, a tariff war, a no-confidence vote)
    ("currency_slide", "generic_economic_consequences",
     "The forint slumped against the euro within an hour of the first reports of shooting in the capital."),
    ("currency_slide", "generic_economic_consequences",
     "The Oskarian crown ended the day 1.9% weaker after the government lost its majority."),
    ("currency_slide", "generic_economic_consequences",
     "The VTX 25 index was down 3.1% at noon, with exporters leading the losses."),
    # a livelihood lost: a harvest, a herd, a person who can no longer afford to pay
    ("livelihood_lost", "generic_economic_consequences",
     "Dairy farmer Ana Rusk lost a third of her herd to the floodwater in one night."),
    ("livelihood_lost", "economic",
     "Growers on the terraces say they have lost most of this year's harvest to the hail."),
    # an international body's rules, a treaty, an international tribunal or fund
    ("international_rules", "external_regulation",
     "Under the world anti-doping code, the sprinter faces a ban of up to four years."),
    ("international_rules", "external_regulation",
     "The two governments signed a treaty on Monday to share the catch in the disputed bay."),
    ("international_rules", "external_regulation",
     "The finance ministry hopes a loan from the Global Stability Fund will arrive before the winter."),
    # police and diplomats across borders
    ("cross_border_police", "external_regulation",
     "Interpol has issued a notice for the company's former finance director."),
    ("cross_border_police", "external_regulation",
     "Investigators from three countries searched the warehouse where the paintings were found."),
    ("cross_border_police", "external_regulation",
     "Prosecutors in five countries are tracing the cryptocurrency paid to the hackers."),
    # a regulator's approval, authorisation or licence
    ("licence_granted_by_regulator", "policy_prescription",
     "The medicines agency approved the first nasal flu vaccine for children under five."),
    ("licence_granted_by_regulator", "policy_prescription",
     "The mining authority on Friday granted Orvel Minerals a permit to drill under the national park."),
    # a demand that the state pay for, build, ban or change something
    ("asked_state_to_act", "policy_prescription",
     "Campers asked the council to reopen the lower car park after the landslide."),
    ("asked_state_to_act", "policy_prescription",
     "The fishermen asked the government to pay for new nets after the spill."),
    # a working life's years introduce a person
    ("years_in_a_life", "generic_human_interest",
     "Agnes Molnar, who has run the corner bakery since 1994, served coffee to the rescuers all night."),
    ("years_in_a_life", "generic_human_interest",
     "Leo Brandt, who has driven the night bus for 22 years, said the route had never felt so empty."),
    # a trade or an age before a person's name
    ("trade_before_name", "generic_human_interest",
     "Courier Ivo Lenz was halfway through the round when the bridge closed."),
    ("trade_before_name", "generic_human_interest",
     "Fourteen-year-old Nadia Okafor sat her maths paper for the second time on Friday."),
    # what was in place set against what the rules require or allow
    ("practice_against_limit", "generic_responsibility",
     "Only two of the six lifeguards were on duty when the current pulled the swimmers out."),
    ("practice_against_limit", "generic_responsibility",
     "The bus was licensed to carry 52 passengers, but police counted 71 on board."),
    ("practice_against_limit", "generic_responsibility",
     "The clinic had three nurses on the ward that night, against the seven that the health code requires."),
    # codes and rules, and the legal terms a procedure turns on
    ("under_a_code_or_rules", "legality",
     "Under the league's own rules, a club in administration loses ten points."),
    ("under_a_code_or_rules", "legality",
     "Under the sport's disciplinary code, the referee can be suspended for a season."),
    ("legal_standing_terms", "legality",
     "Most of the abuse alleged in the report falls outside the statute of limitations."),
    ("legal_standing_terms", "legality",
     "The journalists said they would take the broadcaster to the labour court."),
    ("legal_standing_terms", "legality",
     "Smuggling protected birds carries up to five years in prison."),
    # a company or group contesting a decision against it; one side rejecting the other's account or figure
    ("decision_contested", "generic_conflict",
     "The brewery said it would appeal against the licence being withdrawn."),
    ("decision_contested", "generic_conflict",
     "Neighbours filed an objection to the new runway, saying the noise study was flawed."),
    ("account_rejected", "generic_conflict",
     "The teachers' union said the ministry was understating how many schools had closed."),
    ("account_rejected", "generic_conflict",
     "The mine owner insists the death toll is eleven, not fifteen."),
    # pay set against another trade's; who carries a cost or gets a benefit
    ("pay_against_another_job", "fairness_equality",
     "A trainee paramedic earns 1,900 a month, less than a warehouse cleaner."),
    ("burden_shared_unequally", "fairness_equality",
     "The richest 5% of households will receive a third of the rebate, the study found."),
    ("burden_shared_unequally", "fairness_equality",
     "Pensioners should not have to pay for the bank's mistakes, the mayor said."),
    ("burden_shared_unequally", "fairness_equality",
     "Most of the flooded homes were in the poorer riverside districts."),
    # a community's symbols and customs
    ("symbols_and_customs", "cultural_identity",
     "The town's bronze statue of the poet was taken down for cleaning on Monday."),
    ("symbols_and_customs", "cultural_identity",
     "The players stood in silence for the anthem before the match."),
    ("symbols_and_customs", "cultural_identity",
     "The coffin, draped in the red and gold flag, was carried through the old town."),
]


@pytest.mark.parametrize("name,frame,text", FOUND)
def test_row_finds_the_frame_carried_by_implication(name, frame, text):
    assert frame in _frames(text)
    assert frame not in _frames(text, without=name)


# (frame, sentence): the same words in another sense (an event of another kind) keep the frame out
NOT_FOUND = [
    ("generic_economic_consequences", "The ministry puts the number of missing climbers at 14."),
    ("generic_economic_consequences", "Their share fell from 9% to 4% of all deaths in a decade."),
    ("generic_economic_consequences", "The country could not afford months of division, the bishop said."),
    ("external_regulation", "The final was watched by 90 million people in 40 countries."),
    ("external_regulation", "The club's lawyer said the player would appeal to the sports tribunal."),
    ("policy_prescription", "The authority ordered the recall of 40 tonnes of chicken."),
    ("policy_prescription", "The opposition asked the government to publish the casualty figures."),
    ("generic_human_interest", "Head teacher Emil Varga said the school would reopen on Monday."),  # an official
    ("generic_human_interest", "Minister Karel Dunst said 1,000 officers would be deployed."),
    ("generic_responsibility", "A manager said 47 nursing posts were vacant, six more than in the spring."),
    ("legality", "A retired Supreme Court judge will lead the inquiry into the crush."),
    ("legality", "The city has been under martial law since Tuesday."),
    ("generic_conflict", "The defence has said it will appeal the sentence."),
    ("generic_conflict", "The council said it would appeal to residents to save water."),
    ("fairness_equality", "The company's shares are worth more than a year ago."),
    ("cultural_identity", "The committee said the customs checks would last until Friday."),
]


@pytest.mark.parametrize("frame,text", NOT_FOUND)
def test_the_same_words_in_another_sense_do_not_give_the_frame(frame, text):
    assert frame not in _frames(text)
