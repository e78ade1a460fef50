"""Session 18 (frames18): frames carried by implication, added as named rows of codebooks/default/frame_cues.csv, and
exclusions for words in another domain's sense (the new user's finding 12, session 17).

Each cue row is checked on sentences written for this file (invented names, several kinds of event): the frame is
found with the row and lost without it; each exclusion keeps a frame out that comes back without it; and sentences of
the wrong sense keep the frame out.
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
    # one side's figure set against another's
    ("figures_set_against", "generic_conflict",
     "The nurses' union counted 420 cancelled operations, far more than the 260 the hospital trust gave on Monday."),
    ("figures_set_against", "generic_conflict", "The march was put at 6,000 by police and 25,000 by the organisers."),
    ("figures_set_against", "generic_conflict",
     "Volunteers from the mountain club found nine bodies by nightfall, two more than the police."),
    ("figures_set_against", "generic_conflict",
     "The state channel reported 3,000 marchers and never mentioned the organisers' figure of 20,000."),
    ("figures_set_against", "generic_conflict",
     "The dockers' union counts 1,200 members, against the shipowners' figure of 450."),
    ("figures_set_against", "generic_conflict",
     "The hauliers say the queues cost them 4 million a day, while the transport ministry insists the border is flowing."),
    ("figures_set_against", "generic_conflict",
     "The water reached a level the town measures at 6.2 metres and the dam operator at 5.4."),
    # a figure given against the one another side announced
    ("figure_announced_corrected", "generic_conflict",
     "The central bank said the loan would be 2.1 billion, not the 2.5 billion announced by the prime minister."),
    ("figure_announced_corrected", "generic_conflict",
     "The audit office puts the deficit at 6.1% of output, not 4.8% as the treasury says."),
    # a law drafted, a motion tabled, a law proposed
    ("motion_or_law_drafted", "policy_prescription",
     "The Green group tabled a motion to cap ground rents at 1% of a flat's value."),
    ("motion_or_law_drafted", "policy_prescription",
     "Officials at the transport ministry are drafting an amendment that would let cities close lanes to lorries."),
    ("motion_or_law_drafted", "policy_prescription",
     "The sports minister said she would propose a law making ticket touting an offence."),
    # a measure promised
    ("measure_promised", "policy_prescription", "In her first speech the new premier promised to restore the night trains."),
    ("measure_promised", "policy_prescription",
     "The housing minister promised a package for tenants whose rents rose after the storm."),
    # a measure asked for
    ("measure_asked_for", "policy_prescription",
     "Residents of the hill villages asked for buffer zones around the quarry."),
    ("measure_asked_for", "policy_prescription", "Taxi drivers asked for a cap on the number of ride-hailing licences."),
    # a warning given or ignored before the event
    ("warning_before_the_event", "generic_responsibility",
     "The skipper took the boat out despite a gale warning, the harbour master said."),
    ("warning_before_the_event", "generic_responsibility",
     "\"We have been asking for a second exit since 2015,\" said the chair of the tenants' committee."),
    ("warning_before_the_event", "generic_responsibility",
     "The water board said it had first been warned about the cracked main by a resident in March."),
    # a central bank's reserves, emergency liquidity
    ("reserves_and_liquidity", "capacity_resources",
     "The central bank said it had sold 300 million dollars from its reserves to slow the lira's fall."),
    ("reserves_and_liquidity", "capacity_resources",
     "The regulator approved emergency liquidity assistance of up to 4 billion for the troubled lender."),
    # reception centres and shelters
    ("reception_centres", "capacity_resources", "Buses took the families to three reception centres in the next valley."),
    ("reception_centres", "capacity_resources",
     "About 1,400 people spent the night in emergency shelters after the gas leak."),
    # how far the means to deal with the problem are
    ("far_from_care", "capacity_resources", "The nearest hospital with a burns unit is 140 km away, over the pass."),
    ("far_from_care", "capacity_resources",
     "The country's blood banks hold four days' supply of platelets, against a safe minimum of seven."),
    # means of bringing stranded people home
    ("repatriation", "capacity_resources",
     "Four repatriation flights left the island on Sunday night."),
    ("repatriation", "capacity_resources", "The prime minister said the state would bring every stranded pilgrim home."),
    # where a person's or a place's income comes from
    ("livelihood_income", "economic", "Most of the stallholders in the covered market have no other income."),
    ("livelihood_income", "generic_economic_consequences",
     "The ferryman says the festival weekend brings in a third of his year's takings."),
    # trade drying up after an event
    ("trade_dried_up", "generic_economic_consequences",
     "Cafe owners on the promenade say trade has dried up since the beach was closed."),
    ("trade_dried_up", "economic", "Guesthouses in the valley had dozens of cancellations within a day of the landslide."),
    # jobs lost
    ("jobs_lost", "generic_economic_consequences", "About 600 miners will be laid off when the pit closes in March."),
    ("jobs_lost", "economic", "Seasonal guides have been told there will be no work for them this summer."),
    # a sponsor withdrawing
    ("sponsor_withdrawn", "generic_economic_consequences",
     "The sportswear maker suspended the cyclist's sponsorship deal after the positive test."),
    # growth and prices
    ("growth_and_prices_hit", "generic_economic_consequences",
     "Economists say the strike could knock half a point off growth this year."),
    ("growth_and_prices_hit", "generic_economic_consequences",
     "The new duties would add 0.3 percentage points to inflation, the central bank estimates."),
    # what a person or a trade loses
    ("household_worse_off", "generic_economic_consequences",
     "A bus driver on the average wage will be 9% worse off under the new rules, the union says."),
    ("household_worse_off", "generic_economic_consequences",
     "\"We are owed 12,000 euros for the catering and we will never see it,\" said the cook."),
    ("household_worse_off", "generic_economic_consequences",
     "Growers say the frost has killed half the apricot crop, worth about 30 million."),
    # relatives of a victim or a named person
    ("relatives_named", "generic_human_interest",
     "Dora Lenz's uncle said she had phoned home from the platform ten minutes before the crash."),
    ("relatives_named", "generic_human_interest", "His fiancée had flown in from Lisbon for the wedding on Saturday."),
    # what passes between two states
    ("states_exchange_and_extradite", "external_regulation",
     "The court approved the extradition of the former minister to Varnland on Monday."),
    ("states_exchange_and_extradite", "external_regulation",
     "The two sides exchanged forty prisoners at the river crossing at dawn."),
    # observers and foreign lenders
    ("foreign_mission_and_lender", "external_regulation",
     "The head of the mission said the count had been orderly in most districts."),
    ("foreign_mission_and_lender", "external_regulation",
     "In 2012 the country borrowed 8 billion from the same fund and cut pensions by a tenth."),
    # terms set against another group's
    ("unequal_terms", "fairness_equality",
     "The 40,000 offered to each family is less than half of what the victims of the 2019 fire received."),
    ("unequal_terms", "fairness_equality", "A hill farmer works 46 years for the same pension, against 38 for a civil servant."),
    # public order
    ("officers_deployed", "security_defence", "About 800 police officers were on duty along the route of the march."),
    ("troops_take_buildings", "security_defence", "Soldiers in armoured cars surrounded the parliament before dawn."),
    ("troops_take_buildings", "security_defence", "The army imposed a curfew on the port city from 10 p.m."),
    ("police_cordon", "security_defence", "Armed officers sealed off the station while the bag was examined."),
    # suspected offences
    ("offence_suspected", "crime_punishment", "Firefighters say at least nine of the blazes were started deliberately."),
    ("offence_suspected", "crime_punishment",
     "The cycling union has opened an investigation into whether the team doctor broke its rules."),
    # an inquiry announced
    ("inquiry_announced", "political", "The transport minister said an independent inquiry would be set up within a week."),
    # legal procedure and licences
    ("procedure_and_licence_terms", "legality", "The ferry was carrying 40 more cars than its licence allowed."),
    ("procedure_and_licence_terms", "legality", "The hearing is expected to last three days."),
    ("procedure_and_licence_terms", "legality",
     "The attache left the country under diplomatic immunity two days after the crash."),
    # daily life as people live it after an event
    ("living_rough_and_waiting", "quality_of_life",
     "Since the fire, the family has slept on the floor of a school gym in the next town."),
    ("living_rough_and_waiting", "quality_of_life", "\"I waited four hours at the counter and went home with nothing,\" she said."),
    ("living_rough_and_waiting", "quality_of_life", "With the trams stopped, thousands walked to work across the old bridge."),
]


@pytest.mark.parametrize("name,frame,text", FOUND)
def test_row_finds_the_frame_carried_by_implication(name, frame, text):
    assert frame in _frames(text)
    assert frame not in _frames(text, without=name)


# (row, frame, sentence): the exclusion keeps out a frame the sentence gets without it
EXCLUDED = [
    ("insurance_and_invoice_senses", "policy_prescription",
     "The satellite was covered by a launch insurance policy led by the mutual insurer Halvro."),
    ("insurance_and_invoice_senses", "policy_prescription",
     "Piet Arkel, a transport policy researcher at the university, said the crash was unusual."),
    ("insurance_and_invoice_senses", "policy_prescription", "The rocket itself is the smaller part of the bill."),
    ("insurance_and_invoice_senses", "policy_prescription",
     "Farmers whose home insurance policies exclude flooding will get nothing."),
    ("campaigns_title", "political",
     "Ria Holm, the charity's campaigns director, said the spill would take years to clean up."),
    ("oath_of_relief", "generic_morality", "\"Thank God the children were at school,\" said the baker, whose shop lost its roof."),
]


@pytest.mark.parametrize("name,frame,text", EXCLUDED)
def test_exclusion_keeps_another_sense_out(name, frame, text):
    assert frame not in _frames(text)
    assert frame in _frames(text, without=name)


# (frame, sentence): the same words in another sense, or on another kind of event, keep the frame out
NOT_FOUND = [
    # a speaker correcting their own figure is no dispute
    ("generic_conflict", "The governor said 58 schools would close, not 34 as first announced."),
    # a concert's crowd and a comparison of totals without a second side
    ("generic_conflict", "The festival drew 40,000 people, four more than the year before."),
    # a motion of no confidence is political, no policy
    ("policy_prescription", "Opposition councillors tabled a motion of no confidence in the mayor."),
    # a compensation payment promised is no policy
    ("policy_prescription", "The governor promised advance payments to the fishers within ten days."),
    # a budget deficit cut is no service losing its means
    ("capacity_resources", "The government has promised to cut the budget deficit to 3% by 2028."),
    # a count of soldiers or volunteers in a war or an election is not capacity
    ("capacity_resources", "The army said it had killed more than 200 enemy soldiers in the valley."),
    # a weather forecast without a warning ignored
    ("generic_responsibility", "The forecast is for sunshine all weekend along the coast."),
    # the words kept as frames where they carry them
    ("generic_morality", "Thank you, said the coach to the volunteers who cleared the pitch."),
    # troops sent to a disaster, soldiers entering a flooded village: no public-order threat
    ("security_defence", "About 2,000 troops were sent to help clear the mud from the valley."),
    ("security_defence", "Soldiers entered the flooded village by boat to bring out the elderly."),
    # a data theft is not defence
    ("security_defence", "The card details of 90,000 customers were stolen in a cyberattack on the retailer."),
    # a founder's widow a century ago, children separated from their parents in a crowd: no personal vignette
    ("generic_human_interest", "The chain began as a single shop opened by a fisherman's widow in 1908."),
    # creditors owed money in an administrator's statement are no household's loss
    ("generic_economic_consequences", "The administrators said aircraft lessors are owed 2.1 billion."),
    # relatives_named leaves out a relative in a corpus's background ("his brother-in-law" is still the older cue's)
    ("generic_human_interest", "The administrators said the chain's founder, whose parents opened it, had retired."),
    # an investigation into a crash, the injured taken to the nearest hospital, rates raised against inflation
    ("crime_punishment", "The accident board has opened an investigation into the cause of the crash."),
    ("capacity_resources", "The injured were taken to the nearest hospital."),
    ("generic_economic_consequences", "The central bank raised rates again to bring down inflation."),
    ("generic_economic_consequences", "The club will lose 6 points if the appeal fails."),
]


@pytest.mark.parametrize("frame,text", NOT_FOUND)
def test_the_same_words_in_another_sense_do_not_give_the_frame(frame, text):
    assert frame not in _frames(text)


# the exclusions leave the frame where the word carries it
STILL_FOUND = [
    ("policy_prescription", "The government will table a bill to ban the cladding on tower blocks."),
    ("policy_prescription", "The new housing policy will cap rents in the capital."),
    ("policy_prescription", "The minister said the new health policy would end waiting lists for hip operations."),
    ("political", "The president's campaign manager said the result would be challenged."),
]


@pytest.mark.parametrize("frame,text", STILL_FOUND)
def test_the_word_in_its_own_sense_still_gives_the_frame(frame, text):
    assert frame in _frames(text)
