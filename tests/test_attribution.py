"""Attribution: every cue row against its example, speakers and types on written sentences, and the event keys."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from conftest import CORPORA, KEYS
from helpers import attribution_rules as rules
from helpers.attribution import (SPEAKER_TYPES, add_claimants, attribute_sentences, is_valid_speaker, mask_abbreviations,
                                 speaker_type_of)
from helpers.corpus import build_tables
from helpers.evaluation_voices import norm_sentence, same_speaker, score_quotes
from helpers.schemas import validate
from helpers.sentences import split_sentences
from helpers.voices import quotations
from probes import body_sentences as _sentences


@pytest.mark.parametrize("cue", rules.REPORTING_VERBS, ids=lambda c: c.name)
def test_reporting_verb_rows_match_their_example(cue):
    assert re.search(rf"\b(?:{cue.pattern})\b", cue.example)


@pytest.mark.parametrize("cue", rules.SOURCE_PHRASES + rules.CLAIM_PHRASES, ids=lambda c: c.name)
def test_source_and_claim_rows_match_their_example(cue):
    assert re.search(cue.pattern, cue.example, re.I)


@pytest.mark.parametrize("cue", rules.TYPE_CUES, ids=lambda c: c.name)
def test_type_rows_give_their_type_to_their_example(cue):
    assert speaker_type_of(cue.example) == cue.value


# The pattern rules that are not cue rows: (name, pattern, a text it matches, a text it must not match).
PATTERN_RULES = [
    ("DOCUMENT_SUBJECT", rules.DOCUMENT_SUBJECT, "exchange data", "local television"),
    ("LEADING_TIME", rules.LEADING_TIME, "A year ago Varga promised", "three days later than Kestrel first said"),
    ("VALUE_BEFORE_PARTICIPLE", rules.VALUE_BEFORE_PARTICIPLE, "the previous record of 43.6C ", "the previous record "),
    ("FIGURE_BEFORE_PARTICIPLE", rules.FIGURE_BEFORE_PARTICIPLE, "The number of people held, ", "The ministry, "),
    ("PLACE_OWNER", rules.PLACE_OWNER, "the city", "the city council"),
    ("ANONYMITY", rules.ANONYMITY, "said one trader, who asked not to be named", "said one trader, who was named"),
    ("PASSIVE_BEFORE", rules.PASSIVE_BEFORE, "residents were ", "residents "),
    ("SEEK_TO", rules.SEEK_TO, "seeks", "says"),
    ("DECLARE_ACT", rules.DECLARE_ACT, "declared", "said"),
    ("ABSTRACT_SOURCE", rules.ABSTRACT_SOURCE, "the capital's official position", "the capital's officials"),
    ("PLACE_FIRST_WORDS", rules.PLACE_FIRST_WORDS, "New York", "Newton Hale"),
    ("CLAUSE_AFTER_VERB", rules.CLAUSE_AFTER_VERB, " 87,000 marchers", " in Istanbul"),
    ("DOCUMENT_OWNER", rules.DOCUMENT_OWNER, "the electoral commission's figures", "the electoral commission"),
    ("PERSON_TITLES", rules.PERSON_TITLES, "the head of the mission, Lea Dorn", "the observer mission"),
    ("BODY_HEAD", rules.BODY_HEAD, "the district attorney's office", "the district attorney"),
    ("REPRESENTING", rules.REPRESENTING, "a group representing flood victims", "a group of flood victims"),
    ("REPRESENTS", rules.REPRESENTS, ", which represents the state's insurers", ", which insures homes"),
    ("BODY_AFTER_NAME", rules.BODY_AFTER_NAME, " party on 8.1%", " said on Monday"),
    ("GROUP_LEADER", rules.GROUP_LEADER, "The Green Left's leader, Jan Holm", "the leader of the march"),
    # session 4
    ("HONORIFIC", rules.HONORIFIC, "union president Dr. Ana Vel", "the doctors' union"),
    ("TAG_WITH_RELATIVE", rules.TAG_WITH_RELATIVE, " Dr. Ivo Rask of the Nurses' Union, who puts the toll at 19",
     " the mayor on Monday"),
    ("SUM_OF_MONEY", rules.SUM_OF_MONEY, "government releases €18m and IHA", "the 2,000-member union"),
    ("COUNTED_ADJECTIVE", rules.COUNTED_ADJECTIVE, "confirmed", "said"),
    ("PARENTHETICAL_TAG", rules.PARENTHETICAL_TAG, "is 6.4%, the team ", "is 6.4% for the team "),
    ("OBJECT_RELATIVE", rules.OBJECT_RELATIVE, "the sewer main, which the utility ", "the utility, which "),
    ("GAPPED_SPEAKER", rules.GAPPED_SPEAKER, "850,000 marchers, unions more than three million", "850,000 marchers, mostly young"),
    ("RECORD_BY", rules.RECORD_BY, "figures published by the laboratory", "a poll by Vantor"),
    ("SECOND_CLAUSE_VOICE", rules.SECOND_CLAUSE_VOICE, '"We will pay," the minister told parliament, where Ana Berg demanded',
     '"We will pay," the minister told parliament on Monday.'),
    # session 5
    ("OBJECT_NOUN_BEFORE", rules.OBJECT_NOUN_BEFORE, "but did not confirm Vardian ", "but Vardian "),
    ("NEGATED_REPORT", rules.NEGATED_REPORT, "the army has not ", "the army has "),
    ("OWN_REPORTER", rules.OWN_REPORTER, "our correspondent Ana Vik", "a correspondent for Reuters"),
    ("BARE_BODY", rules.BARE_BODY, "police", "policemen"),
    ("TRAILING_GLOSS", rules.TRAILING_GLOSS, "37 of 45 drones, an interception rate of 82%.", "an interception rate of 82%, it said"),
    ("BUSINESS_OWNER", rules.BUSINESS_OWNER, "the ship's owner", "the shop owner"),
    ("PLACE_LEAD", rules.PLACE_LEAD, "In Penk, a town of 18,000 people, the governor", "In the quarter, the rate has reached 9, "),
    ("PLACE_DESCRIPTORS", rules.PLACE_DESCRIPTORS, "Neighbouring Ostria", "Neighbours"),
    # session 6: general constructions of attribution, from invented sentences (voices_thirteen)
    ("STATEMENT_FROM", rules.STATEMENT_FROM, "a statement issued by the prosecutor's office", "the statement"),
    ("SPEECH_MEDIUM", rules.SPEECH_MEDIUM, " on its website that all flights", " on Monday to cut 400 jobs"),
    ("LEGAL_COUNSEL", rules.LEGAL_COUNSEL, "a lawyer for the family", "the attorney general"),
    ("AGE_REFERENCE", rules.AGE_REFERENCE, "the 52-year-old", "the 52 residents"),
    ("QUOTED_AS", rules.QUOTED_AS, "The Herald quoted fire chief Oskar Lind as ", "The Herald quoted figures "),
    # session 7
    ("PASSIVE_AGENT", rules.PASSIVE_AGENT, " by the minister on Monday", " bystanders on Monday"),
    ("AGE_APPOSITION", rules.AGE_APPOSITION, ", 29, was rescued", ", 47, a former mayor of Tolmar"),
    ("VERB_BEFORE_NAME", rules.VERB_BEFORE_NAME, "The inspectorate later fined ", "The union's president "),
    ("CLASS_NOUN_NAME", rules.CLASS_NOUN_NAME, "the charity Open Lanes", "Open Lanes"),
    ("CLASS_NOUN_NAME_IN_TEXT", rules.CLASS_NOUN_NAME_IN_TEXT, "run by the operator Norvale Potash", "run by Norvale Potash"),
    ("POSSESSED_SPEECH", rules.POSSESSED_SPEECH, "Ove Rask's message to the company was blunt", "The message was blunt"),
    ("POSSESSIVE_TITLE", rules.POSSESSIVE_TITLE, "its director", "its director, Ana Holm"),
    ("TITLE_OF_BODY", rules.TITLE_OF_BODY, "president of the Dalvik Dockers' Federation", "president of a union"),
    ("BARE_RECORD", rules.BARE_RECORD, "coast guard logs seen by Atlas Weekly", "satellite data"),
    ("UNNAMED_INSIDER", rules.UNNAMED_INSIDER, "a senior coast guard officer", "a coast guard officer, Ivo Marr"),
    ("STANCE_VERBS", rules.STANCE_VERBS, "wants", "wanting"),
    ("IN_A_NAME", rules.IN_A_NAME, "Parents For Safer Roads", "Passenger Tove Brandt"),
    ("PUBLIC_OFFICE", rules.PUBLIC_OFFICE, "Selby's mayor", "the union's president"),
    ("MEDIUM_CLOSING", rules.MEDIUM_CLOSING, "wrote on social media.", "wrote on the wall."),
    ("DOCUMENT_BEFORE_READ", rules.DOCUMENT_BEFORE_READ, "a statement from the operator ", "the children sat down and "),
]


@pytest.mark.parametrize("cue", rules.OPENING_PERSONS, ids=lambda c: c.name)
def test_opening_person_rows_match_their_example(cue):
    assert re.match(cue.pattern, cue.example)


def test_a_stance_verb_makes_a_voice_and_claims_no_figure():
    """Session 9: the stance row is in VOICE_ONLY_ROWS (a quotation unit, the figures the outlet's: fact grouping
    keys "Government offers €250m" and "The government has offered €250 million" apart by claimant otherwise)."""
    for text, claimant in (("The dockers' union wants a rise of 6% this year.", ""),
                           ("The dockers' union said it wants a rise of 6% this year.", "The dockers' union")):
        said = attribute_sentences(_sentences([text]))
        assert said["basis"].tolist() == ["reported"] and said["speaker"].str.lower().tolist() == ["the dockers' union"]
        numbers = pd.DataFrame([{"article_id": "a", "block_no": 1, "sentence_no": 1, "start": text.index("6%")}])
        assert add_claimants(numbers, said)["claimant"].str.lower().tolist() == [claimant.lower()]


@pytest.mark.parametrize("text", ["Everyone wants the same thing.", "The old plant wants for nothing.",
                                  "Nobody disputes that the river rose fast."])
def test_a_stance_verb_without_a_holder_is_no_report(text):
    assert attribute_sentences(_sentences([text]))["basis"].tolist() == ["outlet"]


@pytest.mark.parametrize("verb,after", rules.NOT_SPEECH_BEFORE, ids=[v.split("|")[0] for v, _ in rules.NOT_SPEECH_BEFORE])
def test_verbs_that_report_no_speech_are_read_so(verb, after):
    text = {"add": "The storm adds to a costly year for insurers.", "report": "Rural stations report first.",
            "complain": "She first complained of cramps on Friday.",
            "forecast": "Temperatures forecast to fall to minus 38C on Monday.",
            "reported": "The fisherman reported missing on Sunday was found alive near the pier."}[verb.split("|")[0]]
    assert attribute_sentences(_sentences([text]))["basis"].tolist() == ["outlet"]


@pytest.mark.parametrize("name,pattern,matches,not_matches", PATTERN_RULES, ids=[r[0] for r in PATTERN_RULES])
def test_pattern_rules_match_their_examples(name, pattern, matches, not_matches):
    assert pattern.search(matches) and not pattern.search(not_matches)


@pytest.mark.parametrize("role", sorted(rules.GENERIC_ROLES))
def test_generic_roles_name_a_speaker_type(role):
    assert rules.GENERIC_ROLES[role] in ("", *SPEAKER_TYPES)


def test_a_generic_role_noun_stands_for_the_person_who_spoke_in_that_role():
    said = attribute_sentences(_sentences(["Lena Marsh, the city's director of emergency management, said 300 homes were "
                                           "without power.", "Residents said the roads were blocked.",
                                           "The official said crews would work through the night."]))
    assert said["speaker"].iloc[2] == said["speaker"].iloc[0] and said["speaker"].iloc[0].startswith("Lena Marsh")


def test_referent_classes_name_type_rows():
    rows = {c.name for c in rules.TYPE_CUES}
    assert rules.REFERENT_CLASSES <= rows and set(rules.SAME_CLASS) <= rows and set(rules.SAME_CLASS.values()) <= rows


# One written sentence (or paragraph) per rule of naming a speaker: (paragraphs, expected rows of the last one).
SPEAKER_CASES = [
    ("title_and_organisation", ["The coalition's spokeswoman Ana Ruiz said the march would go ahead."],
     ("reported", "the coalition's spokeswoman Ana Ruiz", "organisation")),
    ("pronoun_resolved", ["The coalition's spokeswoman Ana Ruiz said the march would go ahead. "
                          "\"We will not be silenced,\" she said."],
     ("direct", "the coalition's spokeswoman Ana Ruiz", "organisation")),
    ("abbreviation_kept", ["\"The damage is extensive,\" the U.S. Environmental Protection Agency said in a statement."],
     ("direct", "the U.S. Environmental Protection Agency", "official")),
    ("according_to_agency", ["According to the Reuters news agency, at least 12 people died."],
     ("according_to", "the Reuters news agency", "agency")),
    ("put_at", ["The geological survey put the magnitude at 6.1."], ("reported", "the geological survey", "expert")),
    ("state_media", ["State media reported 40 injured."], ("reported", "State media", "agency")),
    ("officials", ["Officials said 300 buildings were damaged."], ("reported", "Officials", "official")),
    ("bare_title_resolved", ["Union leader Jan Holt said the strike would go on.", "The leader added that talks had failed."],
     ("reported", "Union leader Jan Holt", "organisation")),
    ("surname_resolved", ["Interior Minister Hugo Santaren spoke in the capital.",
                          "Rescuers worked through the night.", "Santaren said 300 rescuers had been sent."],
     ("reported", "Hugo Santaren", "official")),
    ("partial", ["Critics said the rules were \"a gift to polluters\" and vowed to fight them."],
     ("partial", "Critics", "other")),
    ("speech_tag_after_quote", ["\"We lost everything,\" said Maria Lopez, a resident of the old town."],
     ("direct", "Maria Lopez, a resident of the old town", "citizen")),
    ("doctor_title", ["Dr. Lena Ortiz, a seismologist at Valley University, said aftershocks could last weeks."],
     ("reported", "Dr. Lena Ortiz, a seismologist at Valley University", "expert")),
    ("general_title", ["Gen. Tomas Berg, the army chief, said troops had been deployed."],
     ("reported", "Gen. Tomas Berg, the army chief", "official")),
    ("anonymous", ["A source close to the inquiry said the report would be delayed."],
     ("reported", "a source close to the inquiry", "anonymous")),
    ("inverted_headline_tag", ["Strike: 412,000 protesters by noon, says interior ministry"],
     ("reported", "interior ministry", "official")),
    ("relative_clause", ["The talks ended early amid pressure from Senator Ana Ruiz, who warned that funds would stop."],
     ("reported", "Senator Ana Ruiz", "official")),
    ("person_opening_sentence", ["Maria Costa, 67, sat outside the hall. \"I keep calling her phone,\" she said."],
     ("direct", "Maria Costa", "citizen")),
    ("outlet", ["The quake struck at 3 a.m. and was felt across the region."], ("outlet", "", "outlet")),
    # session 3: classes of news text missed on the election and wildfire events, each with its own invented text
    ("dispute_of_a_claim", ['The council said turnout was 40%.', 'The ministry rejected the claim.'],
     ('reported', 'the ministry', 'official')),
    ("document_owner", ["The bill passed with 212 votes, according to the statistics office's figures."],
     ('according_to', 'the statistics office', 'official')),
    ("on_projection", ["On the regulator's projection, prices would rise 4% next year."],
     ('according_to', 'the regulator', 'official')),
    ("results_give", ["With most ballots counted, the commission's results give the Farmers' Party 31%."],
     ('reported', 'the commission', 'official')),
    ("passive_questioned_by", ['The figure was questioned by an independent monitoring group.'],
     ('according_to', 'an independent monitoring group', 'organisation')),
    ("verbed_and_said", ['The Foreign Office welcomed the vote and said it would send observers.'],
     ('reported', 'the Foreign Office', 'official')),
    ("apposition_at_name", ['"Prices will rise," said Lena Moss, head of research at Corvel Re.'],
     # session 14: a firm's head of research speaks as an analyst, expert (the development keys' "head of bank research
     # at X Research" and tests/keys/README.md's analysts, "firm and analyst", expert); was organisation
     ('direct', 'Lena Moss, head of research at Corvel Re', 'expert')),
    ("surname_opening", ['Prime Minister Ivo Marek spoke after midnight.', 'Marek, 61, did not concede. He said the count was not over.'],
     ('reported', 'Ivo Marek', 'official')),
    ("it_is_a_body", ['The observer mission deployed 300 monitors.', '"The vote was calm," said its head, Ana Berg.', 'It said 3% of stations had problems.'],
     ('reported', 'the observer mission', 'official')),
    ("its_spokesman", ['The electoral commission rejected the claim.', 'Its spokesman, Pavel Dron, said the count was accurate.'],
     ('reported', 'Its spokesman, Pavel Dron', 'official')),
    ("group_leader", ["The Green Left's leader, Jan Holm, said the party would join the talks."],
     ('reported', "the Green Left's leader, Jan Holm", 'organisation')),
    ("name_with_body_noun", ['The Unity party took 9%.', 'Unity said it would file complaints.'],
     ('reported', 'Unity', 'organisation')),
    ("representing", ['A group representing Dalby residents said 40 homes were lost.'],
     ('reported', 'a group representing Dalby residents', 'organisation')),
    ("which_represents", ["The Marine Insurance Council, which represents the state's insurers, put losses at $80 million."],
     ('reported', 'the Marine Insurance Council', 'organisation')),
    ("name_with_possessive", ["Women hold 31% of seats, according to the Women's Voting League."],
     ('according_to', "the Women's Voting League", 'organisation')),
    ("anonymous_party_official", ['A senior Unity Party official, who asked not to be named, said the leader would resign.'],
     ('reported', 'a senior Unity Party official', 'anonymous')),
    ("adds_to", ['The storm adds to a costly year for insurers.'],
     ('outlet', '', 'outlet')),
    ("the_estimate", ['Losses could reach $2 billion, the modelling firm Terrel Risk said.', 'The estimate assumes that 300 homes were destroyed.'],
     ('reported', 'the modelling firm Terrel Risk', 'expert')),  # session 7: a modelling firm is expert (tests/keys/README.md)
    ("satellite_images", ['Satellite images analysed by the Earth Observation Centre suggest the fire is larger.'],
     ('reported', 'Satellite images analysed by the Earth Observation Centre', 'expert')),
    ("short_name", ['Losses could reach $2 billion, Terrel Analytics said.', 'Terrel said 300 homes were destroyed.'],
     ('reported', 'Terrel Analytics', 'expert')),
    ("she_after_a_body", ['"We need more beds," said hospital director Omar Haddad.', 'The health ministry said 40 beds would be added.', 'He said that was not enough.'],
     ('reported', 'hospital director Omar Haddad', 'expert')),  # session 9: a hospital's voice is a medical source
    ("absolute_with_counted", ['The alliance won 38% with 96% of ballots counted, the commission said.'],
     ('reported', 'the commission', 'official')),
    ("report_first", ['Rural stations report first, so the early count favours the ruling party.'],
     ('outlet', '', 'outlet')),
    ("state_fire_department", ['The Nevora Fire Protection Department said 214 homes burned.', 'Insurers said 300 homes burned, more than the 214 confirmed by the state fire department.'],
     ('reported', 'Insurers', 'organisation')),
    ("modellers", ['Insured losses could reach $1.6bn, modellers say'],
     ('reported', 'modellers', 'expert')),
    ("name_with_and", ['The Food and Drug Administration said 12 batches had been recalled.'],
     ('reported', 'the Food and Drug Administration', 'official')),
    ("relative_clause_with_a_figure", ['The company, which employs 12,000 people, said revenue rose 4% to $3.1 billion.'],
     ('reported', 'the company', 'organisation')),
    ("shares_are_not_a_body", ['Trading in Kestrel Bank shares was halted on Monday.', 'The bank said it was in talks with regulators.'],
     ('reported', 'Kestrel Bank', 'organisation')),
    ("titled_person_opening", ['Kestrel Bank said it was in talks with regulators.', 'Its chairman, Olaf Brandt, resigned later that day.', '"We are confident of a solution," he said.'],
     ('direct', 'Its chairman, Olaf Brandt', 'organisation')),
    ("hospital_as_body", ['A spokesperson for the hospital said 30 patients were in intensive care.'],
     ('reported', 'a spokesperson for the hospital', 'expert')),
    ("specialist_at_a_hospital", ['Dr. Ravi Menon, a cardiologist at St. Luke\'s Hospital, said the approval was "long overdue".'],
     ('reported', "Dr. Ravi Menon, a cardiologist at St. Luke's Hospital", 'expert')),
    ("poll_by_a_firm", ['A poll by Vantor published on Monday found 61% support for the plan.'],
     ('reported', 'a poll by Vantor', 'organisation')),
    ("joint_statement", ['The finance ministry and the central bank said in a joint statement that the fall was "excessive and unjustified".'],
     ('partial', 'the finance ministry', 'official')),
    ("bare_title_by_its_head", ['Nurses at Valley General Hospital said they lacked masks.', 'The hospital said supplies had arrived.'],
     ('reported', 'the Valley General Hospital', 'expert')),
    ("spokesman_of_a_person", ['Prime Minister Anna Kessel said the lockdown would end in May.', "Kessel's spokesman, Erik Dahl, said the date could change."],
     ('reported', "Kessel's spokesman, Erik Dahl", 'official')),
    ("did_not_want_to_be_named", ['A local doctor, who did not want to be named, said the real number was higher.'],
     ('reported', 'a local doctor', 'anonymous')),
    ("their_union", ["Teachers will strike on Friday, their union said."],
     ("reported", "the teachers' union", "organisation")),
    # session 4: classes missed on the market-crash and outbreak events, each with its own invented text
    ("initials_are_no_sentence_end", ['"Prices will fall further," said A.K. Morrow, chief economist at Delvin Capital.'],
     ("direct", "A.K. Morrow, chief economist at Delvin Capital", "expert")),
    ("honorific_is_no_role", ['"The wards are full," union president Dr. Ana Vel said.'],
     ("direct", "union president Dr. Ana Vel", "organisation")),
    ("doctor_of_a_defined_agency", ["The Regional Health Agency (RHA) said 40 people were ill.",
                                    "Dr. Mira Holt of the RHA said the vaccine would arrive on Friday."],
     ("reported", "Dr. Mira Holt of the RHA", "official")),
    ("its_chair_a_doctor", ["The Financial Markets Authority met on Sunday.", "Its chair, Dr. Ilse Moor, said the bank was solvent."],
     ("reported", "Its chair, Dr. Ilse Moor", "official")),
    ("inverted_tag_with_a_long_relative_clause", ["Masks alone will not stop the virus, said Dr. Ivo Rask of the Nurses' "
                                                  "Union, who puts the toll at 19 and says most patients were never tested."],
     ("reported", "Dr. Ivo Rask of the Nurses' Union", "organisation")),
    ("complained_of_is_no_speech", ['Tomas Berg, 63, lost his wife on Sunday, two days after she first complained of pain. '
                                    '"She was never ill," he said.'], ("direct", "Tomas Berg", "citizen")),
    ("rejected_a_possessive_figure", ["Health Minister Ana Holt rejected the union's figure."],
     ("reported", "Health Minister Ana Holt", "official")),
    ("place_before_a_name", ["Outside the hospital, Lea Moor, 41, said her son had been admitted overnight."],
     ("reported", "Lea Moor", "citizen")),
    ("staff_at_a_health_centre", ["Staff at the Ostend health centre said they had treated 300 patients."],
     ("reported", "Staff at the Ostend health centre", "official")),
    ("central_bank_by_its_name", ["The Bank of Merovia said it stood ready to lend to solvent banks."],
     ("reported", "the Bank of Merovia", "official")),
    ("possessive_name_is_not_typed", ["The regulator said Orvik's losses were large.",
                                      "Orvik's chief executive, Ada Lenz, said the bank was sound."],
     ("reported", "Orvik's chief executive, Ada Lenz", "organisation")),
    ("their_lawyer_is_no_citizen", ["The Holm family has written to the prosecutor.",
                                    "Their lawyer, Jan Ek, said the utility had been warned."],
     ("reported", "Their lawyer, Jan Ek", "other")),
    ("confirmed_as_an_adjective", ["Measles live: confirmed cases rise to 71, schools to close"], ("outlet", "", "outlet")),
    ("statement_by_a_firm", ["Shares fell after a statement late on Monday by the developer Osk Group that it would "
                             "not pay a coupon."], ("according_to", "the developer Osk Group", "organisation")),
    ("figures_published_by", ["Of 300 samples tested at the State Reference Laboratory, 120 were positive, according to "
                              "figures published by the laboratory."],
     ("according_to", "the State Reference Laboratory", "expert")),
    ("a_scientists_team", ["Prof. Mara Lind of Kessel University has modelled the outbreak.",
                           "The attack rate is 2%, according to calculations by Lind's team."],
     ("according_to", "Lind's team", "expert")),
    ("according_to_a_possessive_report", ["Orvik Bank and Lund Bank lent €2 billion to the developer.",
                                          "Orvik is its largest creditor, according to the bank's last annual report."],
     ("according_to", "the Orvik Bank", "organisation")),
    ("closing_tag_with_any_verb", ["The fatality rate is 6.4%, the team estimates, against 3.4% in 2009."],
     ("reported", "the team", "other")),
    ("person_after_an_opening_clause", ["Mayor Ines Roth said schools would close.",
                                        'In 1998, the last time the river flooded, Tomas Berg was 30. "They promised '
                                        'it would never happen again," he said.'], ("direct", "Tomas Berg", "citizen")),
    ("is_now_expected", ["The economy, which grew 1.4% last year, is now expected to shrink."], ("outlet", "", "outlet")),
    ("speech_in_an_object_relative_clause", ["The party called for an inquiry into the burst main, which the utility says "
                                             "was laid in 1958."], ("reported", "the party", "organisation")),
    ("a_figure_the_union_said", ["The operator said half its staff had joined the strike, a figure the rail union RTU said "
                                 "was closer to 80%."], ("reported", "the operator", "organisation")),
    ("forecast_of_a_body", ["The central bank's new forecast puts growth at -0.8%."], ("reported", "the central bank", "official")),
    ("people_with_knowledge_of_reports", ["The bank lent €1.8bn to the developer, two people with knowledge of the "
                                          "supervisory reports said."],
     ("reported", "two people with knowledge of the supervisory reports", "anonymous")),
    ("the_bank_is_the_subject_just_named", ["Analysts said Orvik Bank had lent €2bn to the developer.", "In 1997, Lorn "
                                            "Bank said it could not pay its depositors.", "Orvik shares fell 40% on "
                                            "Tuesday.", "The bank said its branches would open early."],
     ("reported", "the Orvik Bank", "organisation")),
    ("according_to_a_title_and_its_name", ["None of the crew was hurt, according to the operator, Nordic Lines."],
     ("according_to", "the operator, Nordic Lines", "organisation")),
    ("strategist_at_a_firm", ['"Nobody wants to hold bank shares," said Lena Cho, chief strategist at Orton Capital.',
                              "Losses could reach 9%, according to Lena Cho of Orton Capital."],
     ("according_to", "Lena Cho of Orton Capital", "expert")),
    # session 5: classes missed on the shelling and ice-storm events (first contact), each with its own invented text
    ("country_as_speaker", ["Vardian artillery shelled the border town of Penk on Monday.", "Vardia denied attacking civilians."],
     ("reported", "Vardia", "official")),
    ("neighbouring_country", ["Neighbouring Ostria pledged €5 million in aid."], ("reported", "Neighbouring Ostria", "official")),
    ("a_place_is_no_outlet", ["Vardian troops crossed the river, Vardia Today reported.", "Vardia denied the report."],
     ("reported", "Vardia", "official")),
    ("a_place_types_no_airport", ["Prof. Ana Holt of the University of Brenn said the cold would last.",
                                  "Brenn airport said flights would resume on Tuesday."],
     ("reported", "Brenn airport", "organisation")),
    ("title_before_a_name_is_a_person", ["Chief Inspector Ola Berg of the city police told reporters the roads were shut.",
                                         "Regional Premier Ines Vik said she would ask for funds. "
                                         '"This is the worst ice we have seen," she said.'],
     ("direct", "Regional Premier Ines Vik", "official")),
    ("claims_as_an_object", ["The army said eight soldiers were missing, but did not confirm Vardian claims that 23 "
                             "had been captured."], ("reported", "the army", "official")),
    ("a_report_not_made", ["The army has not confirmed the loss of the village."], ("outlet", "", "outlet")),
    ("own_correspondent", ["Shelling resumed before dawn, our correspondent Ana Vik reports."], ("outlet", "", "outlet")),
    ("name_age_and_apposition", ["Ivo Marsh, 29, a student trying to get home, said he had slept at the gate."],
     ("reported", "Ivo Marsh, a student trying to get home", "citizen")),
    ("titled_person_opening", ["Shelter volunteer Ana Lind, 66, has served soup since Sunday.",
                               '"We had nearly 300 people here last night," she said.'],
     ("direct", "Shelter volunteer Ana Lind", "citizen")),
    ("given_name", ["Pensioner Oddvar Brekk, 78, spent two nights in his farmhouse.",
                    '"We burned the kitchen chairs to stay alive," said Oddvar.'], ("direct", "Oddvar Brekk", "citizen")),
    ("which_cited", ["At least 11 people have died, according to the national news agency, which cited police in Brenn."],
     ("according_to", "the national news agency", "agency")),
    ("with_a_speaker_warning", ["Families face a bill shock too, with the energy regulator warning that tariffs could "
                                "rise by 12%."], ("reported", "the energy regulator", "official")),
    ("closing_tag_after_an_act", ["The national government promised a further €120 million, Finance Minister Ola Berg said."],
     ("reported", "Finance Minister Ola Berg", "official")),
    ("the_ministry_is_no_spokesman", ["Vardia's Defence Ministry said the strikes were precise.",
                                      "Ministry spokesman Gen. Ivo Sams told reporters the depots were hit.",
                                      "The ministry said its artillery had struck only depots."],
     ("reported", "Vardia's Defence Ministry", "official")),
    ("bare_police_is_the_named_force", ["Chief Inspector Ola Berg of the Brenn Police said the roads were shut.",
                                        "Rescuers worked all night.", "Police said two more people had died."],
     ("reported", "the Brenn Police", "official")),
    ("doctor_heading_a_hospital_ward", ['"We have treated 140 people," said Dr. Lea Moss, head of emergency medicine at '
                                        'Brenn General Hospital.'],
     ("direct", "Dr. Lea Moss, head of emergency medicine at Brenn General Hospital", "expert")),
    # session 7: classes of news text missed on unseen events, each with its own invented text
    ("phrasal_verb_is_no_claim", ["The roof gave way at 2 a.m., company spokesman Erik Sand said."],
     ("reported", "company spokesman Erik Sand", "organisation")),
    ("phrasal_verb_set_off", ["The convoy set off at dawn with 40 trucks, the aid group Dunmar Relief said."],
     ("reported", "the aid group Dunmar Relief", "organisation")),
    ("passive_participle_names_its_agent", ["The offer, announced by Labour Minister Ivo Rand on Monday, includes six "
                                            "months of pay."], ("according_to", "Labour Minister Ivo Rand", "official")),
    ("statement_read_colon", ["A statement from the club read:", '"We are devastated by the events of Saturday."'],
     ("direct", "the club", "organisation")),
    ("statement_read_colon_same_paragraph", ['A statement from the tenants\' association read: "Nobody warned us."'],
     ("direct", "the tenants' association", "organisation")),
    ("verb_before_a_name_is_no_title", ["The regulator later fined Ostrel Freight €2m.",
                                        "Ostrel spokesman Piet Haag said the fine would be paid.",
                                        '"We accept the ruling," Haag said.'],
     ("direct", "Piet Haag", "organisation")),
    ("age_and_no_role_is_a_citizen", ["Karin Holt, 54, waited outside the stadium for six hours.",
                                      '"Nobody told us anything," Holt said.'], ("direct", "Karin Holt", "citizen")),
    ("age_but_a_role_before_the_name", ["The sprinter Lia Damsk was banned for a year.", "Damsk, 24, denied cheating.",
                                        '"I am clean," Damsk said.'], ("direct", "Damsk", "other")),
    ("own_trade_is_a_citizen", ["The pharmacist Odo Brandt said dozens of patients had come in."],
     ("reported", "the pharmacist Odo Brandt", "citizen")),
    ("retired_miner_is_a_citizen", ["Retired miner Jan Vos said the shaft had flooded before."],
     ("reported", "Retired miner Jan Vos", "citizen")),
    ("modelling_firm_is_an_expert", ["Flood losses could reach $300 million, the risk modelling firm Hydral said."],
     ("reported", "the risk modelling firm Hydral", "expert")),
    ("security_firm_is_an_expert", ["About 2,000 servers were encrypted, Marrow Security said."],
     ("reported", "Marrow Security", "expert")),
    ("class_noun_names_a_body", ["The ferry Astra, chartered by the charity Sea Watchers, reached the port at noon.",
                                 "Rescuers searched the bay.", "According to the charity, 40 people were on board."],
     ("according_to", "the charity Sea Watchers", "organisation")),
    ("operator_named_then_the_company", ["Part of the tunnel collapsed on Monday, the operator Velda Quarries said.",
                                         "Rescuers worked all night.", "Three workers were hurt, the company said."],
     ("reported", "the operator Velda Quarries", "organisation")),
    ("speaker_and_colon", ['Health Minister Ola Dent: "We will not pay a single euro to criminals."'],
     ("direct", "Health Minister Ola Dent", "official")),
    ("speaker_and_colon_then_he", ['Mayor Ivo Kern: "The square will reopen on Friday."', "He said 30 stalls were lost."],
     ("reported", "Mayor Ivo Kern", "official")),
    ("raised_the_number", ["The fire service has raised the number of injured to 31."],
     ("reported", "the fire service", "official")),
    ("cut_a_forecast_without_a_figure", ["Shares in Tolva Foods fell after the company cut its profit forecast."],
     ("outlet", "", "outlet")),
    ("put_higher", ["Survivors interviewed at the harbour put the number on board much higher."],
     ("reported", "Survivors interviewed at the harbour", "citizen")),
    ("rejects_that_link", ["The interior ministry rejects that link."], ("reported", "the interior ministry", "official")),
    ("did_not_rule_out", ["The regional governor did not rule out further closures."],
     ("reported", "the regional governor", "official")),
    ("pronoun_after_an_adverbial", ["The harbour authority rejected the claim.",
                                    "In a statement on Monday it said 900 people had been rescued this year."],
     ("reported", "the harbour authority", "official")),
    ("possessed_message_and_colon", ['Rolf Amsel\'s message to the board was blunt: "Count again."'],
     ("direct", "Rolf Amsel", "citizen")),
    ("his_message_and_colon", ['"We will act," the interior minister said.',
                               'His message to the smugglers was blunt: "We will find you."'],
     ("direct", "the interior minister", "official")),
    ("parents_committee_is_an_organisation", ["The parents' committee said 12 pupils were hurt."],
     ("reported", "the parents' committee", "organisation")),
    ("works_council_is_an_organisation", ["Works council chairman Bert Kuhn said the workers were betrayed."],
     ("reported", "Works council chairman Bert Kuhn", "organisation")),
    ("plants_manager_speaks_for_the_firm", ["The plant's manager, Olga Brun, said 300 jobs would go."],
     ("reported", "the plant's manager, Olga Brun", "organisation")),
    ("his_office_names_the_sentences_subject", ["Interior Minister Ana Kell will visit the port on Sunday, his office said."],
     ("reported", "the office of Interior Minister Ana Kell", "official")),
    ("its_director_names_the_body", ["Varn General Hospital has moved its ward to the basement, its director said."],
     ("reported", "the director of Varn General Hospital", "expert")),
    ("unnamed_insider_is_anonymous", ["A senior harbour police officer told the Courier that only two boats were ready."],
     ("reported", "a senior harbour police officer", "anonymous")),
    ("unnamed_spokesman_is_on_the_record", ["A harbour police spokesman said two boats were ready."],
     ("reported", "a harbour police spokesman", "official")),
    ("unnamed_survivor_is_a_citizen", ["One survivor said the engine had failed twice."],
     ("reported", "One survivor", "citizen")),
    ("defended_is_a_claim_then_she", ["The ministry blamed the operator.",
                                       "Tolva's chief executive, Ines Marr, defended the company's record.",
                                       "Injuries had fallen by a third since 2019, she said."],
     ("reported", "Tolva's chief executive, Ines Marr", "organisation")),
    ("the_union_a_presidents_body", ['"Count again," said Ole Brask, president of the Dalvik Dockers\' Federation.',
                                     "The ministry said 40 men were hurt.", "The union says 52 were hurt."],
     ("reported", "the Dalvik Dockers' Federation", "organisation")),
    ("the_firm_an_analysis_firm", ["About 4,000 servers were encrypted, Marrow Security said.", "Police searched two flats.",
                                   "The firm said the attackers got in through a supplier."],
     ("reported", "Marrow Security", "expert")),
    ("person_of_a_described_body", ["The rescue ship was run by the charity Sea Lanterns.",
                                     '"We counted 40 bodies," said Ida Moor of Sea Lanterns.'],
     ("direct", "Ida Moor of Sea Lanterns", "organisation")),
    # session 14: a record named by its keeper's words is typed as that keeper (the body that publishes or keeps it:
    # "finance ministry figures", "court records" official in the development keys); it was `other` before. A record a
    # paper has seen or obtained stays a document, `other`
    ("logs_seen_by_a_paper", ["Harbour police logs seen by the Courier show that the first call came at 2.25 a.m."],
     ("reported", "Harbour police logs seen by the Courier", "other")),
    ("bare_record_is_its_keepers", ["Up to 3,000 fines may be affected, according to council figures."],
     ("according_to", "council figures", "official")),
    ("owned_record_is_its_owners", ["Up to 3,000 fines may be affected, according to the council's figures."],
     ("according_to", "the council", "official")),
    # session 8: the person a sentence without speech introduces is the "he"/"she" of the quotation after it
    ("bare_title_opens_the_sentence_before", ["The union's spokeswoman, Ilse Berg, said the strike was \"a success\".",
                                              "The mayor, who visited the injured on Sunday, was blunt. \"Somebody decided "
                                              "to open the gates late,\" she said."], ("direct", "the mayor", "official")),
    ("among_them_was_a_name", ["The union's spokesman, Tomas Berg, said 300 workers had joined the strike.",
                               "Among them was Erik Voss, 58, who started at the plant as an apprentice. \"We gave them "
                               "34 years,\" he said."], ("direct", "Erik Voss", "citizen")),
    ("given_name_of_a_person_named_before", ["The union's spokeswoman, Ilse Berg, said the strike was \"a success\".",
                                             "Ana Lind was standing on the steps when the pushing started.",
                                             "Ana paid 45 euros for her ticket. \"I want the people back,\" she said."],
     ("direct", "Ana Lind", "citizen")),
    ("gloss_names_a_second_voice", ["Officials claim that 17 civilians were killed, a figure the defence ministry "
                                    "called \"propaganda\"."], ("reported", "Officials", "official")),
    ("gloss_voice_alone", ["About 1.2 million records were copied, a range the hospital group narrowed on Tuesday."],
     ("reported", "the hospital group", "organisation")),

    # session 8: positions told with verbs of plan, stance and estimate are reported speech of a named or typed holder
    ("stance_wants", ["The dockers' union wants a rise of 6% this year."], ("reported", "the dockers' union", "organisation")),
    ("stance_has_offered", ["The water company has offered every household a refund of €40."],
     ("reported", "the water company", "organisation")),
    ("stance_disputes_any_object", ["Police dispute both figures."], ("reported", "Police", "official")),
    ("stance_forecasts", ["The finance ministry forecasts growth of 2.1% next year."],
     ("reported", "the finance ministry", "official")),
    ("stance_of_a_body_by_its_head_noun", ["The tenants' committee wants the landlord to pay for the repairs."],
     ("reported", "the tenants' committee", "organisation")),
    ("put_a_long_phrase_at", ["The insurer put the cost of the damage to the old harbour at about €15 million."],
     ("reported", "the insurer", "organisation")),
    # session 9: classes of the type and found audit over the eighteen development events, own invented texts
    ("hospital_by_name", ["Brenn Valley Hospital said 14 patients were still being treated."],
     ("reported", "Brenn Valley Hospital", "expert")),
    ("grandson_is_a_relative", ["Ada Lorn, 91, lived on the ninth floor.", "Her grandson, Pavel Lorn, said she could not use the stairs."],
     ("reported", "Her grandson, Pavel Lorn", "citizen")),
    ("body_named_with_a_plural_citizen_noun", ["A parents' group, Parents For Safer Roads, said 40 children cross there daily."],
     ("reported", "a parents' group, Parents For Safer Roads", "organisation")),
    ("title_before_a_name_is_no_body_name", ["Passenger Tove Brandt said the crew gave no warning."],
     ("reported", "Passenger Tove Brandt", "citizen")),
    ("citizen_groups_body", ["The fishermen's cooperative said 12 boats stayed in port."],
     ("reported", "the fishermen's cooperative", "organisation")),
    ("mayor_owned_by_a_town_named_as_a_firm", ["Carmaker Tormund Motors will close its Selby plant.",
                                               "The closure of Tormund's Selby plant will cost 900 jobs.",
                                               "Selby's mayor, Anna Holt, said the town would fight."],
     ("reported", "Selby's mayor, Anna Holt", "official")),
    ("by_a_bodys_count_closing", ["The rally drew 9,000 people, by the organisers' count."],
     ("according_to", "the organisers", "organisation")),
    ("put_it_closer_to", ["Witnesses put it closer to 40."], ("reported", "Witnesses", "citizen")),
    ("a_named_expert_disagrees", ["Prof. Ines Varga, a hydrologist at Orlen University, disagrees."],
     ("reported", "Prof. Ines Varga, a hydrologist at Orlen University", "expert")),
    # session 9: a bare body reference with no named antecedent in its article takes the one body named with its head
    # noun; a generic one ("the group") the one organisation named before it, never a firm named beside it
    ("bare_union_after_a_bare_headline_union", ["Union says 2,000 rallied at the gate.",
                                                "Members of the Kessel Dock Workers Union voted on Monday.",
                                                "The union wants a 6% rise."],
     ("reported", "the Kessel Dock Workers Union", "organisation")),
    ("the_group_named_before", ["Green Futures Ombra, a children's charity, met the minister on Monday.",
                                "The group wants every school to have a nurse."], ("reported", "Green Futures Ombra", "organisation")),
    ("the_group_is_no_firm_beside_it", ["Green Futures Ombra and Kessel Shipping met the minister on Monday, the ministry said.",
                                        "The group wants every school to have a nurse."], ("reported", "the group", "organisation")),
    # session 9: closing tags of writing and of documents; a participle of blaming
    ("wrote_on_social_media_closing", ["Four hundred police are searching the valley, police spokesman Ivo Lenk wrote on "
                                       "social media."], ("reported", "police spokesman Ivo Lenk", "official")),
    ("a_statement_from_x_read", ["Two of the tanks leaked, a statement from the operator read."],
     ("reported", "the operator", "organisation")),
    ("spent_the_day_blaming", ["The airline and the airport spent Monday blaming each other."],
     ("reported", "the airline", "organisation")),
    ("stance_verb_after_a_head_that_holds_nothing", ["For the town, the promise of new jobs, including those for young "
                                                     "workers, offers some hope."], ("outlet", "", "outlet")),
    ("blame_as_a_noun_is_no_report", ["Airline and airport trade blame over lost bags"], ("outlet", "", "outlet")),
    ("read_alone_is_no_report", ["The children sat down and read."], ("outlet", "", "outlet")),
    ("their_lawyer_without_a_named_owner", ["Families of the victims met the minister.", "Their lawyer said they would sue."],
     ("reported", "Their lawyer", "other")),
]


@pytest.mark.parametrize("cue", rules.PLACE_CUES, ids=lambda c: c.name)
def test_place_rows_find_the_place_of_their_example(cue):
    from helpers.attribution import place_names
    name = re.search(cue.pattern, cue.example, re.M).group("name")
    assert name in place_names([cue.example])


def test_a_places_adjective_makes_it_a_place_and_a_firms_branch_does_not():
    from helpers.attribution import place_names
    assert place_names(["Vardian troops crossed into Vardia on Monday.", "Vardia denied it."], strong=True) == {"Vardia"}
    assert place_names(["Queues formed outside Brannock on Monday."], strong=True) == set()


@pytest.mark.parametrize("name,paragraphs,expected", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speakers_as_a_reader_names_them(name, paragraphs, expected):
    found = attribute_sentences(_sentences(paragraphs))
    last = found.iloc[-1]
    assert (last["basis"], last["speaker"], last["speaker_type"]) == expected


def test_two_speakers_in_one_sentence_and_their_figures():
    sentences = _sentences(["The institute put the magnitude at 6.3, while the U.S. survey measured 6.1."])
    said = attribute_sentences(sentences)
    assert said.iloc[0][["speaker", "co_speaker"]].tolist() == ["the institute", "the U.S. survey"]
    text = sentences.iloc[0]["text"]
    numbers = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": 1, "sentence": text,
                            "start": [text.index("6.3"), text.index("6.1")]})
    assert add_claimants(numbers, said)["claimant"].tolist() == ["the institute", "the U.S. survey"]


# A sentence and its figures with the claimant each must get ('' = the outlet's own voice), one per rule of claimants.
CLAIMANT_CASES = [
    ("speaker_opens_a_later_clause", "Temperatures reached 41C on Friday, and the weather service said humidity had fallen to 8%.",
     {"41C": "", "8%": "the weather service"}),
    ("comparison_continues_its_clause", "The party said it had filed 400 complaints, while the commission put the number at "
     "168, up from 146.", {"400": "the party", "168": "the commission", "146": "the commission"}),
    ("possessive_figure", "Satellite data suggest 48,000 acres burned, more than the fire service's 39,500.",
     {"48,000": "Satellite data", "39,500": "the fire service"}),
    ("same_subject_after_and", "Police said they had received 37 reports by 10 p.m., and had opened two criminal cases.",
     {"37": "Police", "two": "Police"}),
    ("reported_clause_before_a_quote", 'The commission said it had received 146 complaints so far, "a normal number for an '
     'election".', {"146": "the commission"}),
    ("where_aside", "In Dalby, where the march set off shortly after 2 p.m., the police counted 78,000 marchers.",
     {"2 p.m.": "", "78,000": "the police"}),
    ("two_according_to", "The rally drew 1.1 million people according to the ministry and 2.5 million according to the "
     "unions.", {"1.1 million": "the ministry", "2.5 million": "the unions"}),
    ("speech_in_a_relative_clause", "The deal would give the Unity party and the Greens, which have said they will govern "
     "together, a majority of 109 seats.", {"109": ""}),
    ("passive_aside", "The final turnout, put at 63.2% by the commission, was questioned by an independent monitoring group.",
     {"63.2%": "the commission"}),
    ("standfirst_tag", "Turnout at 58.2%, highest in a decade, election office says; count under way in 2,310 stations",
     {"58.2%": "election office", "2,310": ""}),
    ("age_in_a_speech_tag", '"We lost the shop," said Ana Pires, 52, who lives across the street.', {"52": ""}),
    ("age_in_the_reported_clause", "Police said a 34-year-old man was arrested at 11 p.m. on Saturday.",
     {"34-year-old": "Police", "11 p.m.": "Police"}),
    ("definite_age_names_a_person", "The court found the 61-year-old guilty on five of the nine counts against him.",
     {"61-year-old": "", "five": "the court"}),
    ("long_opening_phrase", "In a statement issued an hour after the ruling, the firm said it would set aside 90 million "
     "euros.", {"an hour": "", "90 million": "the firm"}),
    ("trailing_when_clause", "It was the largest march since 2003, when 900,000 people took to the streets according to "
     "the police.", {"2003": "", "900,000": "the police"}),
    ("decree_then_deed", "The county sheriff's office widened evacuation orders to 14,500 residents and opened two more "
     "shelters.", {"14,500": "the county sheriff's office", "two": ""}),
    ("act_with_its_own_object", "Bus crash: 17 confirmed dead, government announces relief fund",
     {"17": ""}),
    ("act_whose_object_is_the_figure", "Flood toll reaches 17; ministry announces 2 million euros in aid",
     {"17": "", "2 million": "ministry"}),
    ("trailing_tag_still_covers_its_figures", "At least 12 dead, the civil protection agency announced",
     {"12": "the civil protection agency"}),
    ("tag_then_as_another_said", "The toll from the bus crash rose to 9 on Monday evening, with 4 still in hospital, the "
     "police said, as a drivers' union said the road had been closed for 18 months.",
     {"9": "the police", "4": "the police", "18 months": "a drivers' union"}),
    ("description_of_the_speaker", "The Nurses' Union, which represents about 9,000 nurses, said 40 wards were closed.",
     {"about 9,000": "", "40": "the Nurses' Union"}),
    ("activity_of_the_speaker", "Civic Eye, which ran a parallel count in 900 stations, put turnout at 58.9%.",
     {"900": "Civic Eye", "58.9%": "Civic Eye"}),
    ("tag_after_a_relative_clause", "Osk Fund, which disclosed a stake of 1.2% last month, has made more than $40m, one "
     "banker estimated.", {"1.2%": "Osk Fund", "more than $40m": "one banker"}),
    ("according_to_after_commas", "In the capital the gap was wider: 87,000 according to the ministry, 400,000 according "
     "to the union.", {"87,000": "the ministry", "400,000": "the union"}),
    ("claim_in_an_object_relative_clause", "If the loans were written down by half, the bank's capital ratio, which the "
     "regulator put at 13.2%, would fall to about 8%, according to Lena Cho of Orton Capital.",
     {"half": "Lena Cho of Orton Capital", "13.2%": "the regulator", "about 8%": "Lena Cho of Orton Capital"}),
    ("act_by_initials_after_and", "Voters queued for two hours, and the CEC extended voting by 30 minutes at 14 stations.",
     {"two hours": "", "30 minutes": "the CEC", "14 stations": "the CEC"}),
    ("has_closed_is_a_decree", "The ministry has closed 38 schools and ordered residents of a 2km zone to boil water.",
     {"38": "the ministry", "2km": "the ministry"}),
    ("has_limited_is_a_provision", "The bank has limited cash withdrawals to €500 a day.", {"€500": "the bank"}),
    ("tag_then_and_a_new_clause", "Schools will stay shut for at least a week, Mayor Ines Roth said, and the 14-day ban on "
     "street food remains in force.", {"at least a week": "Mayor Ines Roth", "14-day": ""}),
    ("tag_then_while", "Twenty people are missing, the ministry said, while rescuers have pulled 18 people alive from the "
     "rubble.", {"Twenty": "the ministry", "18": "the ministry"}),
    ("gapped_second_speaker", "Police count 40,000 marchers, organisers more than two hundred thousand.",
     {"40,000": "Police", "more than two hundred thousand": "organisers"}),
    ("gapped_after_and", "The World Bank has pledged 4 million euros and the government 5 million euros.",
     {"4 million": "the World Bank", "5 million": "the government"}),
    ("results_give_parties_no_voice", "The commission's results give the Farmers' Party 31%, the Green Alliance 12% and the "
     "Liberal Party 9%.", {"31%": "the commission", "12%": "the commission", "9%": "the commission"}),
    ("gapped_after_put_at", "Police put the crowd at 8,000, organisers at 25,000.", {"8,000": "Police", "25,000": "organisers"}),
    ("a_decree_then_another", "Regional governor Ana Vik ordered a curfew in Penk and closed all 14 schools in the "
     "district.", {"14": "Regional governor Ana Vik"}),
    ("closures_by_a_body", "Brenn airport cancelled all 240 departures, and police closed 38 roads.",
     {"240": "Brenn airport", "38": "police"}),
    ("two_acts_with_a_plural_noun_between", "Brenn airport cancelled all 240 departures and arrivals, and police closed "
     "38 roads.", {"240": "Brenn airport", "38": "police"}),
    ("forecast_to_is_passive", "Temperatures forecast to fall to minus 38C; airport shut", {"minus 38C": ""}),
    ("timed_update_of_a_body", "The regional emergency agency's 3 p.m. update puts the death toll at seven, up from four.",
     {"3 p.m.": "the regional emergency agency", "seven": "the regional emergency agency",
      "four": "the regional emergency agency"}),
    ("release_in_a_clause_of_its_own", "Nine people have died, Premier Ana Vik said on Monday, as the provincial government "
     "released €45 million in emergency funding.", {"Nine": "Premier Ana Vik", "€45 million": "the provincial government"}),
    ("headline_release_then_a_claim", "Storm toll rises to nine as premier releases €45m and regulator puts outage peak at "
     "264,000", {"nine": "", "€45m": "premier", "264,000": "regulator"}),
    ("release_reported_by_a_speaker", "The prime minister announced that the government had released 5 million euros.",
     {"5 million": "the prime minister"}),
    ("age_then_who_clause", "Lea Moor, 41, who was flying home with her two daughters, said they had spent 31 hours in "
     "the terminal.", {"41": "", "two": "", "31 hours": "Lea Moor"}),
    ("trailing_gloss", "The air force said it shot down 37 of 45 drones overnight, an interception rate of 82%.",
     {"37": "the air force", "82%": ""}),
    ("gloss_in_the_speakers_terms", "Lars Holm, 66, said he had received 18,500 euros, about a quarter of what he lost.",
     {"18,500": "Lars Holm", "about a quarter": "Lars Holm"}),
    ("closed_now", "Police have now closed more than 60 roads across the province.", {"more than 60": "Police"}),
    ("place_described_before_the_speaker", "In Penk, a town of 18,000 people 6 km from the border, the regional governor "
     "said the toll had risen to five.", {"18,000": "", "6 km": "", "five": "the regional governor"}),
    ("headline_of_two_clauses", "Measles toll rises to 9 as council pays €2m and health agency warns of 300 more cases",
     {"9": "", "€2m": "", "300": "health agency"}),
    # session 7
    ("a_power_is_no_act", "The data regulator can fine a company up to 4% of its turnover or €20m.", {"4%": "", "€20m": ""}),
    ("a_past_fine_in_a_relative_clause", "The largest fine the regulator has imposed so far was €6.5m.", {"€6.5m": ""}),
    ("raised_the_number_claims_it", "The coast guard has raised the number of people rescued to 47.",
     {"47": "the coast guard"}),
    # session 8
    ("as_speakers_say_a_clause", "Toll rises to eight as tenants say 3 gas warnings were ignored",
     {"eight": "", "3 gas": "tenants"}),
    ("a_person_puts_the_cost_at", "Karl Roos, the city's finance director, put the cost at about €15 million.",
     {"€15 million": "Karl Roos, the city's finance director"}),
    ("a_gloss_names_its_voice", "With 40,200 tickets sold, the stadium was 98% full, a figure the federation has "
     "repeated since Saturday.", {"40,200": "", "98%": "the federation"}),
    ("a_source_after_a_quotation_and_a_colon", '"We lost everything": 40 homes were destroyed, according to figures from '
     "the county.", {"40 homes": "figures from the county"}),
]


@pytest.mark.parametrize("name,text,figures", CLAIMANT_CASES, ids=[c[0] for c in CLAIMANT_CASES])
def test_claimants_of_figures_as_a_reader_gives_them(name, text, figures):
    sentences = _sentences([text])
    sentence = sentences.iloc[0]["text"]
    numbers = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": 1, "sentence": sentence,
                            "start": [sentence.index(f) for f in figures]})
    assert add_claimants(numbers, attribute_sentences(sentences))["claimant"].tolist() == list(figures.values())


def test_a_gloss_on_a_figure_names_a_second_voice_unless_negated():
    said = attribute_sentences(_sentences(["Officials claim that 17 civilians were killed, a figure the defence ministry "
                                           "called \"propaganda\".",
                                           "The association says at least 12 people died, a figure the police have not "
                                           "confirmed."]))
    assert said["co_speaker"].tolist() == ["the defence ministry", ""]


def test_a_voice_in_a_clause_after_a_quotations_tag():
    said = attribute_sentences(_sentences(['"The state will pay," the minister told parliament, where opposition leader '
                                           'Ana Berg demanded an inquiry.']))
    assert said.iloc[0][["basis", "speaker", "co_speaker"]].tolist() == ["direct", "the minister", "opposition leader Ana Berg"]


def test_a_second_speakers_surname_takes_its_full_name_and_its_figure():
    sentences = _sentences(["Dr. Ina Lobo of the Kessel Institute expects growth of 1%.",
                            "The central bank puts growth at -0.8%, while Lobo expects minus 1.5%."])
    text = sentences.iloc[-1]["text"]
    numbers = pd.DataFrame({"article_id": "a", "block_no": 2, "sentence_no": 1, "sentence": text,
                            "start": [text.index("-0.8%"), text.index("minus 1.5%")]})
    got = add_claimants(numbers, attribute_sentences(sentences))
    assert got["claimant"].tolist() == ["the central bank", "Ina Lobo"]
    assert got["claimant_type"].tolist() == ["official", "expert"]


def test_figures_in_a_speech_tag_or_a_dateline_are_the_outlets():
    sentences = _sentences(["\"We lost 12 homes,\" said a resident, Tomas Brel, 54.",
                            "SERRAT, Feb 9 (Wire) - At least 12 people died, the agency said."])
    said = attribute_sentences(sentences)
    rows = []
    for block, figure in ((1, "12"), (1, "54"), (2, "Feb 9"), (2, "12")):
        text = sentences[sentences["block_no"] == block].iloc[0]["text"]
        rows.append({"article_id": "a", "block_no": block, "sentence_no": 1, "sentence": text,
                     "start": text.index(figure)})
    out = add_claimants(pd.DataFrame(rows), said)
    assert out["claimant_type"].tolist() == ["citizen", "outlet", "outlet", "official"]
    assert add_claimants(pd.DataFrame(rows).drop(columns="start"), said.iloc[:0])["claimant"].eq("").all()


@pytest.mark.parametrize("phrase", ["the U", "18", "State", "and the mayor", "the mayor said the town was flooded",
                                    "rescuers worked through the night while the water rose and the roads were closed"])
def test_fragments_and_sentences_are_never_speakers(phrase):
    assert not is_valid_speaker(phrase)


def test_initials_of_two_letters_end_no_sentence():
    text = "Samples are frozen at minus 80C, said the clinic's director, Prof. T.M. Oster. The next batch is due."
    assert split_sentences(text)["text"].tolist() == [text[:text.index(" The next")], "The next batch is due."]


def test_abbreviations_neither_split_sentences_nor_cut_speakers():
    text = "Gen. Tomas Berg of the U.S. Army met Dr. Lena Ortiz at St. Mary's hospital on Jan. 3. She said it went well."
    assert [s for s in split_sentences(text)["text"]] == [text[:text.index(" She")], "She said it went well."]
    assert len(mask_abbreviations(text)) == len(text) and "U.S." not in mask_abbreviations(text)


def test_no_speaker_is_a_fragment_or_a_whole_sentence_on_the_event_corpora():
    for event in ("quake-valdora", "strike-norland", "harbour-fire-html", "election-varenia", "wildfire-cabrel", "verdict-halberg",
                  "market-crash-ardesia", "outbreak-kavrin", "shelling-tolvany", "ice-storm-haldmark"):
        said = attribute_sentences(build_tables(CORPORA / event)["sentences"])
        validate("attributions", said)
        named = said[said["speaker"] != ""]
        assert named["speaker"].map(lambda s: s == "unknown" or is_valid_speaker(s)).all()
        assert said.loc[said["co_speaker"] != "", "co_speaker"].map(is_valid_speaker).all()
        assert (named["speaker"].str.split().str.len() <= 16).all()
        assert not (named["speaker"] == named["text"]).any()


def _event_score(event: str, key_file: str) -> dict:
    tables = build_tables(CORPORA / event)
    quotes = quotations(tables["sentences"], pd.DataFrame(columns=["actor", "side", "alias"]))
    files = tables["articles"].set_index("article_id")["file"].map(lambda p: p.split("/")[-1])
    found = pd.DataFrame({"file": quotes["article_id"].map(files), "sentence": quotes["text"],
                          "kind": quotes["type"].replace("according_to", "reported"),
                          "speaker": quotes["speaker_text"].where(quotes["speaker"] == "anonymous", quotes["speaker"]),
                          "speaker_type": quotes["speaker_type"]})
    key = pd.read_csv(KEYS / key_file, comment="#")
    found = found[found["file"].isin(key["file"].unique())]
    figures = score_quotes(found, key)
    figures.pop("misses")
    return figures


def _claimant_score(event: str, key_file: str) -> dict:
    tables = build_tables(CORPORA / event)
    sents = tables["sentences"]
    files = tables["articles"].set_index("article_id")["file"].map(lambda p: p.split("/")[-1])
    sents = sents.assign(file=sents["article_id"].map(files), norm=sents["text"].map(norm_sentence))
    key = pd.read_csv(KEYS / key_file, comment="#", keep_default_na=False)
    key = key[(key["furniture"].astype(str) == "0") & key["role"].isin(["headline", "standfirst", "body"])]
    rows = []
    for k in key.itertuples():
        ks = norm_sentence(k.sentence)
        match = sents[(sents["file"] == k.file) & sents["norm"].map(lambda n: n == ks or ks in n or (n in ks and len(n) > 20))]
        if len(match):
            r = match.iloc[0]
            rows.append({"article_id": r.article_id, "block_no": r.block_no, "sentence_no": r.sentence_no,
                         "sentence": r.text, "start": max(r.text.find(k.text), 0), "key": k.claimant, "key_type": k.claimant_type})
    got = add_claimants(pd.DataFrame(rows), attribute_sentences(tables["sentences"]))
    right = [(g.key == "" and g.claimant == "") or (g.key != "" and same_speaker(g.key, g.claimant)) for g in got.itertuples()]
    return {"n_key": len(key), "n_placed": len(got), "claimant_accuracy": sum(right) / len(key),
            "claimant_type_accuracy": float((got["claimant_type"] == got["key_type"]).sum() / len(key))}


# Measured on the development articles (the held-out article of each event is scored below, once).
QUOTE_LEVELS = {"quake-valdora": (1.00, 1.00, 1.00), "strike-norland": (1.00, 1.00, 0.977),
                "verdict-halberg": (1.00, 1.00, 1.00)}  # (F1 of quotations found, speaker right, type right)
CLAIMANT_LEVELS = {"quake-valdora": (0.99, 0.99), "strike-norland": (0.99, 0.98), "verdict-halberg": (0.989, 0.989)}


@pytest.mark.parametrize("event", sorted(QUOTE_LEVELS))
def test_quotations_speakers_and_types_on_event_keys(event, accuracy):
    figures = _event_score(event, f"{event}_quotes.csv")
    accuracy[f"quotations, {event} (development articles)"] = figures
    f1, speaker, kind = QUOTE_LEVELS[event]
    assert figures["f1"] >= f1 and figures["speaker_accuracy"] >= speaker and figures["type_accuracy"] >= kind, figures


@pytest.mark.parametrize("event", sorted(CLAIMANT_LEVELS))
def test_claimants_of_figures_on_event_keys(event, accuracy):
    figures = _claimant_score(event, f"{event}_numbers.csv")
    accuracy[f"claimants, {event} (development articles)"] = figures
    claimant, kind = CLAIMANT_LEVELS[event]
    assert figures["claimant_accuracy"] >= claimant and figures["claimant_type_accuracy"] >= kind, figures


# Held out: the last article of each event (Q5, S5, V5), scored once after every rule above was written; the
# asserted levels are the figures of that single scoring.
# Session 2 (speaker types by head noun, every source phrase, bare titles resolved in the article; no rule written
# for these articles) re-measured them: quake F1 0.90 -> 0.94 (14 of 16 found units with the right speaker, 13 of 14
# before: the speaker share falls from 0.93 to 0.875 while right speakers per key unit rise from 0.72 to 0.78),
# strike F1 0.93 -> 0.97 and type 0.78 -> 0.80, verdict unchanged (1.00 / 1.00 / 0.875).
# Session 3 (rules revised on the election and wildfire events, spent since session 2, never on the held-out keys of
# the other three) re-measured: strike F1 0.97 -> 1.00, type 0.80 -> 0.81 ("a poll by Norstat" now read, typed as the
# polling firm the README's conventions name); strike claimants 0.77 -> 0.83, types 0.66 -> 0.71; verdict claimants
# 0.96 -> 1.00, types 0.93 -> 0.96; quake unchanged.
# Session 4 (rules revised on all seven spent events, each change kept only when no other event fell; see the
# classes in attribution_rules: dotted initials, "Dr." typing no role, a body's president/chair, closing tags after a
# comma, object relative clauses, gapped second speakers, records by their makers, anonymous "people close to")
# re-measured every event: market-crash F1/speaker/type 0.935/0.921/0.803 -> 0.991/0.964/0.982, claimants
# 0.89/0.864 -> 0.961/0.967; outbreak 0.954/0.849/0.754 -> 0.991/0.964/1.00, claimants 0.785/0.762 -> 0.962/0.977;
# quake F1 0.94 -> 0.971, claimants 0.93 -> 0.965; strike claimants 0.82/0.71 -> 0.857/0.742; verdict type 0.87 -> 1.00.
# The levels below are those figures, floored at three decimals.
# session 10: strike type 0.812 -> 0.875 (an independent pension council is an expert, the vocabulary's convention)
HELDOUT_QUOTE_LEVELS = {"quake-valdora": (0.971, 0.882, 0.941), "strike-norland": (1.00, 1.00, 0.875),
                        "verdict-halberg": (1.00, 1.00, 1.00),  # (F1, speaker right, type right)
                        # whole events held out in session 2 and scored once then (F1 0.90 / 0.956, speaker 0.847 /
                        # 0.981, type 0.739 / 0.836); development data since session 3, rules revised on them
                        "election-varenia": (1.00, 1.00, 1.00), "wildfire-cabrel": (1.00, 0.982, 1.00),
                        # whole events held out in session 3, scored once after every merge of the session (0.935 /
                        # 0.921 / 0.803 and 0.954 / 0.849 / 0.754); development data in session 4
                        # outbreak speaker 0.964 -> 0.982 in session 6 (a bare "the utility" after a company named
                        # "Kavrin Water": company names ending in a trade word, rules from written sets, not this event)
                        # session 7: market-crash type 0.982 -> 1.00 (one unnamed insider is anonymous), wildfire
                        # type 0.948 -> 1.00 (a modelling firm is expert, as the key's conventions say)
                        "market-crash-ardesia": (0.991, 0.964, 1.00), "outbreak-kavrin": (0.991, 0.982, 1.00),
                        # whole events held out in session 4, scored once after every merge of the session (first
                        # contact: F1 0.954 / 0.977 (recall 0.948 / 0.970), speaker 0.959 / 0.862, type 0.877 / 0.831);
                        # development data in session 5, rules revised on them class by class (see SPEAKER_CASES)
                        # session 8: shelling F1 0.973 -> 0.980 (a gloss naming a voice: "…, a figure the Defence
                        # Ministry called 'propaganda'"; the class also lifts ransomware and crowd crush)
                        "shelling-tolvany": (0.98, 0.972, 0.986), "ice-storm-haldmark": (0.992, 0.985, 1.00)}
HELDOUT_SPEAKERS_PER_KEY_UNIT = {"quake-valdora": 0.833, "strike-norland": 1.00, "verdict-halberg": 1.00,
                                 "election-varenia": 1.00, "wildfire-cabrel": 0.982, "market-crash-ardesia": 0.947,
                                 "outbreak-kavrin": 0.964, "shelling-tolvany": 0.935, "ice-storm-haldmark": 0.985}
# session 7: wildfire types 0.966 -> 1.00 and market crash 0.974 -> 0.98 (the firm and insider classes above)
# session 10: strike claimant types 0.742 -> 0.857 (the same pension council)
HELDOUT_CLAIMANT_LEVELS = {"quake-valdora": (0.965, 0.862), "strike-norland": (0.857, 0.857), "verdict-halberg": (1.00, 1.00),
                           # election and wildfire: session 2 scored 0.78 / 0.739 and 0.925 / 0.841 once; sessions 3
                           # and 4 revised the rules on them
                           "election-varenia": (0.979, 0.979), "wildfire-cabrel": (0.991, 1.00),
                           # session 3 scored 0.89 / 0.864 and 0.785 / 0.762 once; session 4 revised the rules on them
                           # outbreak 0.962 / 0.977 -> 0.970 / 0.985 in session 5 (a body releasing money in a clause
                           # of its own claims the sum: "…as government releases €18m and IHA warns…")
                           # market crash 0.961 / 0.967 -> 0.967 / 0.974 in session 5 (a closing gloss, "…, its third
                           # missed payment", is the outlet's)
                           # outbreak 0.970 -> 0.977 in session 6 (the same company name)
                           # session 16 (claimants16, a stated trade, docs/ACCURACY.md): outbreak 0.977 / 0.985 -> 0.970 /
                           # 0.977 ("the Tannery Quarter, a crowded district of about 40,000 people" keyed to the speaker)
                           "market-crash-ardesia": (0.967, 0.98), "outbreak-kavrin": (0.970, 0.977),
                           # session 4 scored 0.871 / 0.829 and 0.857 / 0.832 once; session 5 revised the rules on them
                           # session 16 (claimants16): shelling 0.947 / 0.958 -> 0.958 / 0.970 (a place's distance in
                           # apposition is the outlet's); ice storm 0.962 / 0.975 -> 0.956 / 0.968, a stated trade ("the
                           # town of Korrvik, 180 km north of the provincial capital" keyed to the speaker)
                           "shelling-tolvany": (0.958, 0.970), "ice-storm-haldmark": (0.956, 0.968)}


@pytest.mark.parametrize("event", sorted(HELDOUT_QUOTE_LEVELS))
def test_quotations_on_held_out_articles(event, accuracy):
    figures = _event_score(event, f"{event}_quotes_heldout.csv")
    accuracy[f"quotations, {event} (held-out article, scored once)"] = figures
    f1, speaker, kind = HELDOUT_QUOTE_LEVELS[event]
    assert figures["f1"] >= f1 and figures["speaker_accuracy"] >= speaker and figures["type_accuracy"] >= kind, figures
    right_per_key = figures["speaker_accuracy"] * figures["recall"]  # key units found with the right speaker
    assert right_per_key >= HELDOUT_SPEAKERS_PER_KEY_UNIT[event], figures


@pytest.mark.parametrize("event", sorted(HELDOUT_CLAIMANT_LEVELS))
def test_claimants_on_held_out_articles(event, accuracy):
    figures = _claimant_score(event, f"{event}_numbers_heldout.csv")
    accuracy[f"claimants, {event} (held-out article, scored once)"] = figures
    claimant, kind = HELDOUT_CLAIMANT_LEVELS[event]
    assert figures["claimant_accuracy"] >= claimant and figures["claimant_type_accuracy"] >= kind, figures


def _written_score(name: str) -> dict:
    """The attribution step on written texts (tests/keys/voices_<name>_texts.csv and _quotes.csv): each item is a
    short article (paragraphs split at ' ¶ '); every speaker and second speaker of a sentence is a unit."""
    texts = pd.read_csv(KEYS / f"voices_{name}_texts.csv", keep_default_na=False)
    rows = [{"article_id": t.file, "block_no": b, "sentence_no": r.sentence_no, "role": "body", "text": r.text}
            for t in texts.itertuples() for b, para in enumerate(t.text.split(" ¶ "), start=1)
            for r in split_sentences(para).itertuples()]
    said = attribute_sentences(pd.DataFrame(rows))
    said = said[~said["basis"].isin(["outlet", "act"]) & (said["speaker_text"] != "")]
    units = [said.assign(speaker=said[who], speaker_type=said[f"{who}_type"])[said[who] != ""] for who in ("speaker", "co_speaker")]
    found = pd.concat(units).rename(columns={"article_id": "file", "text": "sentence", "basis": "kind"})
    key = pd.read_csv(KEYS / f"voices_{name}_quotes.csv", keep_default_na=False)
    figures = score_quotes(found.assign(kind=found["kind"].replace("according_to", "reported")),
                           key.assign(kind=key["kind"].replace("according_to", "reported")))
    figures.pop("misses")
    return figures


def test_written_development_sentences(accuracy):
    """70 short texts of many kinds of events, coded by hand before the rules were revised on them (first run:
    F1 0.93, speaker right 0.93, type right 0.75)."""
    figures = _written_score("dev")
    accuracy["quotations, 70 written development texts (rules revised on them)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_check_texts_scored_once(accuracy):
    """22 more texts (25 units) written and coded after the rules above were revised on the development texts, and
    scored once: F1 0.94 (precision 1.00, recall 0.88), speaker right 0.95, type right 0.64 (lexicon gaps: health
    board, bureau, detective, guild, coach, carmaker; "A survey by X suggests"; a restrictive relative clause; "claim
    to have"). Those classes were then fixed as general rules, so this set is development data now."""
    figures = _written_score("check")
    accuracy["quotations, 22 written check texts (first contact F1 0.94, speaker 0.95, type 0.64; revised since)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_texts_of_a_third_set(accuracy):
    """28 texts (31 units) written after the two sets above, first scored with no rule changed for them: F1 0.98
    (precision 1.00, recall 0.97), speaker right 1.00, type right 0.90 (a hospital director typed expert by the
    hospital, coded official; "…, a government-commissioned study found." then missed: a closing "found" is now a
    reporting verb).
    Session 9: hospitals are typed expert, as every event key codes them ("the hospital and its doctor ... expert");
    this set codes a hospital director (three units) `official`, so type right falls to 0.903 by that convention, not by a reading error."""
    figures = _written_score("more")
    accuracy["quotations, 28 written texts of a third set (first contact F1 0.98, speaker 1.00, type 0.90)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 0.903, figures


def test_written_texts_of_elections_fires_and_markets(accuracy):
    """24 texts (24 units) about elections, fires, storms and markets written after the three sets above, first
    scored with no rule changed for them: F1 0.91 (precision 0.95, recall 0.88), speaker right 0.90, type right 0.62
    (missed: "projections by X gave", "conceded defeat", "results … put X first"; "With 92% of ballots counted," read
    as a speaker; "declared a state of emergency" taken for speech; lexicon gaps: polls, forestry service, health
    secretary, aid workers, traders, governments). Those classes were then fixed as general rules."""
    figures = _written_score("four")
    accuracy["quotations, 24 written texts of elections, fires, markets (first contact F1 0.91, speaker 0.90, type 0.62)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_texts_of_epidemics_accidents_and_crime(accuracy):
    """22 texts (22 units) about epidemics, accidents, technology, crime, migration, schools and sport written after the
    four sets above, first scored with no rule changed for them: F1 0.95 (precision 1.00, recall 0.91), speaker right
    0.90, type right 0.75 ("…, investigators said." missed; "A passenger, Milan Horak, said the carriage flipped" read
    as an inverted tag; "Moody's cut …, citing"; "the WHO's regional director, Dr. Amina Sow" typed by the honorific;
    a rail safety board; a footballer typed citizen, coded other). All but the last were then fixed as general rules."""
    figures = _written_score("five")
    accuracy["quotations, 22 written texts of epidemics, accidents, crime (first contact F1 0.95, speaker 0.90, type 0.75)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 0.95, figures


def test_written_texts_of_a_sixth_set(accuracy):
    """20 texts (19 units: politics, environment, energy, trials, science, local councils, culture) written after
    the five sets above, first scored with no rule changed for them: F1 0.94 (precision 1.00, recall 0.89), speaker
    right 1.00, type right 0.88 (missed: a quotation after a colon, 'The minister was blunt: "…"'; "He blamed…";
    lexicon: a trust; "Farmers' leaders" typed citizen, coded organisation). All but the last were then fixed."""
    figures = _written_score("six")
    accuracy["quotations, 20 written texts of a sixth set (first contact F1 0.94, speaker 1.00, type 0.88)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_texts_of_a_seventh_set(accuracy):
    """15 texts (14 units) written after the six sets above, first scored with no rule changed for them: F1 0.96
    (precision 1.00, recall 0.93), speaker right 0.92, type right 0.85 ("NHS figures released on Thursday show."
    missed; "…, each side accusing the other" given the sentence's subject; "union officials" typed official, "an
    airport spokesperson" other). The first and the last two were then fixed; the participle's own subject is not."""
    figures = _written_score("seven")
    accuracy["quotations, 15 written texts of a seventh set (first contact F1 0.96, speaker 0.92, type 0.85)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 0.92 and figures["type_accuracy"] >= 0.92, figures


def test_written_texts_of_an_eighth_set(accuracy):
    """20 texts (39 units: markets, outbreaks, elections, strikes, insurance, courts) written and coded in session 3
    after the election and wildfire classes were fixed, first scored with no rule changed for them: F1 0.99 (precision
    0.975, recall 1.00), speaker right 0.95, type right 0.95 ("a spokeswoman for the airline" not named by the airline's
    name; "Union official Tomas Gray" typed official; "…, said Dr. Amara Osei, an economist at …" missed after a long
    apposition; "cut its profit forecast" read as a reporting verb). Those four were then fixed as general rules."""
    figures = _written_score("eight")
    accuracy["quotations, 20 written texts of an eighth set (first contact F1 0.99, speaker 0.95, type 0.95)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_texts_of_a_ninth_set(accuracy):
    """20 texts (35 units: market falls, banks, outbreaks, schools, strikes, observers, recalls) written and coded after
    the eighth set was fixed, first scored with no rule changed for them: F1 0.99 (precision 1.00, recall 0.97),
    speaker right 1.00, type right 0.91 ("A survey by the polling firm Statera found 55% support" missed; "a city
    spokeswoman" untyped; "Dalvik" not taken for the "Dalvik Telecom" the text named; "two officials familiar with the
    talks" typed official, not anonymous). Those four were then fixed as general rules."""
    figures = _written_score("nine")
    accuracy["quotations, 20 written texts of a ninth set (first contact F1 0.99, speaker 1.00, type 0.91)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_texts_of_a_tenth_set(accuracy):
    """20 texts (35 units: market moves, regulators, outbreaks, hospitals, strikes, lockdowns) written and coded after
    the ninth set was fixed, first scored with no rule changed for them: F1 0.99 (precision 1.00, recall 0.97), speaker
    right 0.97, type right 0.88 ("The finance ministry and the central bank said … "…"" gave one speaker, not two;
    "the hospital" taken for the nurses at it; "Kessel's spokesman" untyped; "their union" left as it is; Interpol
    untyped; "who did not want to be named" not read as anonymity). All were then fixed as general rules.
    Session 9: hospitals are typed expert, as every event key codes them ("the hospital and its doctor ... expert");
    this set codes "The hospital said" (one unit) `official`, so type right falls to 0.971 by that convention, not by a reading error."""
    figures = _written_score("ten")
    accuracy["quotations, 20 written texts of a tenth set (first contact F1 0.99, speaker 0.97, type 0.88)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 0.971, figures


# Words a new event's text names its voices with (session 3 additions to the type rows), each with the type it gives.
LEXICON_CASES = [("the Centers for Disease Control and Prevention", "official"), ("Doctors Without Borders", "organisation"),
                 ("the stock exchange", "organisation"), ("the ECB", "official"), ("exchange data", "other"),
                 ("doctors at the clinic", "expert"), ("a cardiologist at the city hospital", "expert"),
                 ("the city hospital", "expert"), ("European reinsurer Helvara Re", "organisation"),
                 ("the county assessor", "official"), ("the observer mission", "official"), ("modellers", "expert"),
                 ("satellite data", "expert"), ("Interpol", "official"), ("a city spokeswoman", "official"),
                 ("Farmers' leaders", "organisation"), ("Student leader Ana Kos", "citizen"),
                 ("union official Tomas Gray", "organisation"), ("a poll by Vantor", "organisation"),
                 ("two officials familiar with the talks", "anonymous"), ("the polling stations", "other"),
                 ("Kessline Ferries", "organisation"), ("the operator, Nordic Lines", "organisation"),
                 ("the Lorn Institute for Economic Research", "expert"), ("Dr. Ana Vel", "expert"),
                 ("a person close to the board", "anonymous"), ("two people with knowledge of the audit", "anonymous"),
                 ("the Vantor health centre", "official"), ("the Bank of Merovia", "official"),
                 # session 5: classes missed on the shelling and ice-storm events (first contact), own invented names
                 ("the Kessmark Meteorological Institute", "official"), ("the national weather office", "official"),
                 ("Dr. Ana Holt, director of Brenn General Hospital", "expert"),
                 ("Dr. Ivo Lenz, head of emergency medicine at the city hospital", "expert"),
                 ("hospital director Omar Haddad", "expert"), ("Dr. Mira Holt of the regional health agency", "official"),
                 ("old-timers in the valley", "citizen"), ("the ship's owner, Nordic Line", "organisation"),
                 ("the owner of the vessel", "organisation"), ("a shop owner", "citizen"),
                 ("the national cyber security centre", "official"), ("the harbour master", "official"),
                 # session 6: lawyers speak for whoever retains them (a family's lawyer is `other`, the keys' convention);
                 # company names ending in a common trade word
                 ("a lawyer for the family", "other"), ("the defence lawyer", "other"), ("the company's lawyers", "organisation"),
                 ("government lawyers", "official"), ("the attorney general", "official"), ("Thames Water", "organisation"),
                 ("Kelby Rail", "organisation"), ("Nordic Air", "organisation"), ("the Royal Air Force", "official"),
                 # a company's chief officers ("chief financial officer", "CISO"); a public one stays official
                 ("its chief information security officer", "organisation"), ("the chief medical officer", "official"),
                 ("the chief fire officer", "official"), ("the hospital's chief information officer", "expert"),
                 ("the city's IT director, Olle Sand", "official"), ("the city", "official"),
                 # a general lexicon of role nouns (session 6): international and national agencies by name or initials,
                 # company managers, union shop stewards, clergy (a church is an organisation), crews and sailors
                 ("the FBI", "official"), ("the International Organization for Migration", "official"),
                 ("the IOM", "official"), ("the African Union", "official"), ("the ICRC", "organisation"),
                 ("the managing director", "organisation"), ("a mine manager", "organisation"),
                 ("the shop steward", "organisation"), ("a bishop", "organisation"), ("a crew member", "citizen"),
                 ("sailors", "citizen"),
                 # session 10: classes read unit by unit on the development events (own invented names): a law firm
                 # speaks for its clients like a lawyer; councils that advise on public money are independent
                 # experts; a one-word "…press Agency" is a news agency; a public office keeps its type whoever owns it;
                 # a place after a citizen noun neither owns nor types them; local government by its place
                 ("a Tarn law firm, Holm & Vik", "other"), ("lawyers at the law firm Holm & Vik", "other"),
                 ("the company's law firm", "organisation"), ("the Fiscal Council", "expert"),
                 ("the national pensions advisory board", "expert"), ("the Baltpress Agency", "agency"),
                 ("the airport's fire chief, Ola Berg", "official"), ("the town's mayor", "official"),
                 ("residents on the hill above the airport", "citizen"), ("the caretaker, Eva Lund", "citizen"),
                 ("the Lorna waterworks", "organisation"), ("Jon Moe, a retired Arvik Air captain", "expert"),
                 ("the prefecture", "official"), ("the prefecture of Lorna", "official"), ("the town hall", "official"),
                 ("the city of Arvik", "official"),
                 # session 10, from the eighteenth written set: professional bodies and the bodies governing a sport are
                 # organisations, whatever word ("council", "committee") they share with the government
                 ("the Bar Council", "organisation"), ("the Nurses' Association", "organisation"),
                 ("the Olvan Football Association", "organisation"), ("the European Rowing Council", "organisation"),
                 ("the sport's governing body", "organisation"), ("the city council", "official"),
                 # session 11: a group running hospitals is a company (the ransomware key), one hospital a medical source;
                 # a watchdog NGO named "… Watch" is an organisation
                 ("Arvik Valley Hospitals", "organisation"), ("the hospital operator", "organisation"),
                 ("Arvik General Hospital", "expert"), ("Transparency Watch Norvia", "organisation")]


@pytest.mark.parametrize("phrase,kind", LEXICON_CASES, ids=[c[0] for c in LEXICON_CASES])
def test_speaker_types_of_new_lexicon_rows(phrase, kind):
    assert speaker_type_of(phrase) == kind


def test_written_texts_of_an_eleventh_set(accuracy):
    """15 texts (22 units: outbreaks, markets, central banks, ports, schools) written and coded after the tenth set was
    fixed, first scored with no rule changed for them: F1 0.95 (precision 1.00, recall 0.91), speaker right 0.95, type
    right 0.95 ("…, it said." given the sentence's own opening words; "analysts … calculated" and "rejected the demand"
    missed). Those three were then fixed as general rules."""
    figures = _written_score("eleven")
    accuracy["quotations, 15 written texts of an eleventh set (first contact F1 0.95, speaker 0.95, type 0.95)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_texts_of_a_twelfth_set(accuracy):
    """16 texts (40 units: strikes, drought, courts, outages, doping, protests, fires, shipping, recounts, thefts, heat,
    mining, plant closures, vaccines, floods, data breaches) written and coded in session 4 after the market-crash and
    outbreak classes were fixed, first scored with no rule changed for them: F1 0.987 (precision 1.00, recall 0.975),
    speaker right 0.949, type right 0.949 ("Police put the crowd at 8,000, organisers at 25,000" gave no second voice;
    "according to the ship's owner, Baltic Line" lost its name; "air traffic controller Skyline" untyped). The first two
    were then fixed as general rules; the owner of a ship typed as a citizen was fixed in session 5 (the owner or operator
    of a ship, plant or mine is a company); the bare "the company" after it and the air traffic controller are not."""
    figures = _written_score("twelve")
    accuracy["quotations, 16 written texts of a twelfth set (first contact F1 0.987, speaker 0.949, type 0.949)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 0.975 and figures["type_accuracy"] >= 0.975, figures


def test_written_texts_of_a_thirteenth_set(accuracy):
    """28 texts (51 units) written in session 6 for constructions the event keys under-represent (speaker after the
    quotation, "told reporters/Reuters/the broadcaster", "a statement from X said/read", "wrote on social media", "in
    the words of", "according to a spokesperson for X", "X's spokesman, Y", "the official" and pronouns for the speaker
    named before, quotations over several sentences and paragraphs, role nouns), coded before any run and first scored
    with no rule changed for them: F1 0.98 (precision 1.00, recall 0.961), speaker right 0.959, type right 0.939
    ('"…," read a statement from X' and "posted on its website that" missed; "The official said" not resolved to the
    director who spoke before; "she" after "Health Minister Karin Olt visited…" unknown; a family's lawyer typed
    citizen). All five were then fixed as general rules.
    Session 9: hospitals are typed expert, as every event key codes them ("the hospital and its doctor ... expert");
    this set codes a hospital's chief information officer (one unit) `official`, so type right falls to 0.980 by that convention, not by a reading error."""
    figures = _written_score("thirteen")
    accuracy["quotations, 28 written texts of a thirteenth set (first contact F1 0.98, speaker 0.959, type 0.939)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 0.98, figures


def test_written_texts_of_a_fourteenth_set(accuracy):
    """22 texts (40 units: ransomware, mines, shipwrecks, storms, markets) written in session 6 after the thirteenth
    set was fixed, coded before any run and first scored with no rule changed for them: F1 0.975 (precision 0.975,
    recall 0.975), speaker right 0.974, type right 0.872 ("Hexalon's head of threat research" and "its captain" after
    "Rescue charity Sea Lantern" untyped; "Prof. X, who studies…, said such groups…" read as an inverted tag; a two-word
    quotation opening its sentence ('"Stay indoors," the service urged') missed). A possessive title now speaks for its
    owner, and the other two were fixed as general rules. A rule making "Rescue charity Sea Lantern" a body (a body noun
    before a two-word name) was dropped: it lowered the validation events (mine collapse type 0.836 -> 0.822, claimant
    type 0.862 -> 0.845). Left: "its captain" untyped, "the hacking group" typed organisation (coded other) and
    "forecasters at the weather service" expert (coded official: the head noun decides before the body, as for
    "economists at the central bank"). Session 12 (voices12), a stated trade: type 0.90 -> 0.875, since members of
    parliament named by their side ("Opposition lawmakers", coded official here) are party politicians, organisation, as
    VOCABULARY.md and the event keys code "opposition MP", "opposition deputies" and "coalition MPs"."""
    figures = _written_score("fourteen")
    accuracy["quotations, 22 written texts of a fourteenth set (first contact F1 0.975, speaker 0.974, type 0.872)"] = figures
    assert figures["f1"] >= 0.987 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 0.875, figures


def test_written_texts_of_a_fifteenth_set(accuracy):
    """18 texts (34 units: fires, strikes, outages, migration, mines, quakes, protests, ferries, courts, floods, banks,
    storms) written in session 6 after the fourteenth set was fixed, coded before any run and first scored with no rule
    changed for them: F1 1.00, speaker right 0.882, type right 0.882 ("The Herald quoted fire chief X as saying" gave
    the newspaper; "…," the 52-year-old said, and the quotation paragraph after it, not resolved to the person named
    before). Both were then fixed as general rules."""
    figures = _written_score("fifteen")
    accuracy["quotations, 18 written texts of a fifteenth set (first contact F1 1.00, speaker 0.882, type 0.882)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 1.00 and figures["type_accuracy"] >= 1.00, figures


def test_written_texts_of_a_sixteenth_set(accuracy):
    """6 longer articles (29 units: a mine rescue, a council hit by ransomware, a shipwreck, a nurses' strike, a quake,
    an airline outage) written in session 6 for chains of speakers across paragraphs, coded before any run and first
    scored with no rule changed for them: F1 0.945 (precision 1.00, recall 0.897), speaker right 0.962, type right
    0.808 (a one-word quotation standing as its own sentence missed; "the city's IT director" untyped; "rejected that."
    missed; "he" after "In the village of Mora, Jon Halvard, 58, stood…" given the previous speaker). Those were then
    fixed as general rules; left: "Sten apologised." (an apology is no claim in the twelfth set's coding), and a person
    known only by a given name ("One of the survivors, a 19-year-old from Sudan who gave his name only as Adam") is
    named by the apposition's head, typed citizen right, not "Adam"; "its spokeswoman" after "the operator Kestrel
    Minerals" (a two-word name read as a person's) untyped."""
    figures = _written_score("sixteen")
    accuracy["quotations, 6 written articles of a sixteenth set (first contact F1 0.945, speaker 0.962, type 0.808)"] = figures
    assert figures["f1"] >= 0.982 and figures["speaker_accuracy"] >= 0.928 and figures["type_accuracy"] >= 0.928, figures


@pytest.mark.parametrize("paragraphs,speaker", [
    # "he" after a woman who said "she…": the man who spoke before her
    (["Mayor Tom Berg said the dam had held.", "Resident Anna Lind, 70, said she had lost her cellar.",
      '"We will rebuild," he added.'], "Mayor Tom Berg"),
    # "she" after a man who said "he…": the spokeswoman before him
    (["The company spokeswoman, Eva Holm, said 20 staff were affected.", "Union leader Per Sand said he had seen higher figures.",
      '"Nobody has told us the truth," she said.'], "the company spokeswoman, Eva Holm"),
    # "she" after "Name of the agency": a person, not a body, so not the person before her
    (["Mayor Rita Moss said 46 houses had been destroyed.", "Ilse Dorn of the civil protection agency said 3,400 people "
      "were in shelters. Searchers were working along the river, she said."], "Ilse Dorn of the civil protection agency"),
    # a person named after a place phrase and an age, in a sentence without speech, is the next "she"
    (["The agency's spokeswoman, Ana Vik, said 22 people were missing.", "At the sports hall, Lina Moor, 71, sat with a "
      "blanket.", '"I do not know where my cat is," she said.'], "Lina Moor"),
    # an apposition with a relative clause: the person, not the university named inside it
    (["Ana Sorn, the Tarn Technical University engineer who has studied the dam, said the reservoir had been kept "
      "high."], "Ana Sorn, the Tarn Technical University engineer"),
])
def test_pronouns_and_appositions_find_the_right_person(paragraphs, speaker):
    said = attribute_sentences(_sentences(paragraphs))
    assert said["speaker"].iloc[-1] == speaker


def test_the_source_a_news_agency_cites_is_a_second_voice():
    said = attribute_sentences(_sentences(["At least 11 people have died, according to the national news agency, which "
                                           "cited police in Brenn."]))
    assert said.iloc[0][["speaker", "co_speaker", "co_speaker_type"]].tolist() == [
        "the national news agency", "police in Brenn", "official"]


def test_figures_of_a_quotation_closing_after_its_first_sentence_are_the_speakers():
    sentences = _sentences(['Mayor Ana Vik spoke at the hall. "We had 8,000 people here. Tonight maybe 3,000 are left," '
                            'she said.'])
    text = sentences.iloc[-1]["text"]
    numbers = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": sentences.iloc[-1]["sentence_no"],
                            "sentence": text, "start": [text.index("3,000")]})
    assert add_claimants(numbers, attribute_sentences(sentences))["claimant"].tolist() == ["Mayor Ana Vik"]


@pytest.mark.parametrize("text,speaker", [
    ("The captain was questioned by police for six hours on Tuesday.", "police"),
    ("The estimate was disputed by the dockers' union for most of the week.", "the dockers' union"),
    ("The toll was confirmed by the Ministry for Emergency Situations on Sunday.", "the Ministry for Emergency Situations"),
])
def test_an_agent_phrase_ends_before_a_phrase_of_time_but_keeps_a_name_with_for(text, speaker):
    """'by police for six hours' names the police; a capitalised 'for' belongs to the name. Sentences written for
    this test (a garbled agent such as 'police for six hours' became a corpus-wide claimant key)."""
    assert attribute_sentences(_sentences([text]))["speaker"].tolist() == [speaker]


def test_a_document_named_with_a_form_a_verb_shares_is_its_whole_noun_phrase_never_a_fragment():
    """'according to an internal report seen by the Courier' keeps the report in its phrase, never the fragment 'an
    internal' ('report' is a noun after a determiner and an adjective); 'the ministry reports that…' still ends at its
    verb. (A document seen by an outlet is credited as the keys credit it: the phrase with the outlet.)"""
    from helpers.attribution import _np_start

    assert _np_start("an internal report seen by the Valley Courier.") == "an internal report seen by the Valley Courier"
    assert _np_start("the latest estimate of the agency") == "the latest estimate of the agency"
    assert _np_start("the ministry reports that") == "the ministry"
    assert _np_start("the union said") == "the union"


def _article(article_id: str, headline: str, paragraphs: list[str]) -> pd.DataFrame:
    rows = [{"article_id": article_id, "block_no": 0, "role": "headline", "sentence_no": 1, "text": headline}]
    return pd.concat([pd.DataFrame(rows), _sentences(paragraphs).assign(article_id=article_id)], ignore_index=True)


@pytest.mark.parametrize("cue", rules.LOCAL_OFFICES, ids=lambda c: c.name)
def test_local_office_rows_find_the_place_of_their_example(cue):
    found = [m for p in (rules.OFFICE_OF_PLACE, rules.PLACE_OFFICE) for m in p.finditer(cue.example)]
    assert found and re.fullmatch(cue.pattern, found[0].group("office"), re.I)


def test_a_bare_local_office_is_named_with_its_place_as_a_reader_names_it():
    """Session 10 (written texts; the class of "the mayor said" on six development events): "the mayor" is the mayor
    of the place the article names with that office, else of the place another article names with it when that is
    this article's own place (its headline or dateline); a story about one town that quotes "the mayor" is never
    given another town's mayor."""
    own = attribute_sentences(_sentences(["Volunteers opened the shelter that Arvik's mayor had asked for.",
                                          "The shelter has 80 beds, the mayor said."]))
    assert same_speaker("the mayor of Arvik", own["speaker"].iloc[-1])
    corpus = pd.concat([
        _article("a", "Floods reach Arvik", ["The mayor of Arvik said 300 homes were flooded."]),
        _article("b", "Arvik counts the cost", ["ARVIK - Schools will stay shut until Monday, the mayor said."]),
        _article("c", "Tarn shops brace for floods", ["Shops in Tarn closed early.", "Buses from Arvik were cancelled.",
                                                      "The town will lose a week of trade, the mayor said."])],
        ignore_index=True)
    said = attribute_sentences(corpus).query("role == 'body'").groupby("article_id")["speaker"].last()
    assert said.to_dict() == {"a": "the mayor of Arvik", "b": "the mayor of Arvik", "c": "the mayor"}


def test_an_anonymous_voice_keeps_its_description_through_a_pronoun():
    """Session 10: "Another worker, who asked not to be named, said…" is anonymous, and the quotation after it, "she
    said", is shown with that description, not as "she" (plant-closure class)."""
    text = ["Another worker, who asked not to be named, said the offer was too low.", '"Nobody under 40 will stay here," she said.']
    said = attribute_sentences(_sentences(text))
    assert said["speaker_type"].tolist() == ["anonymous", "anonymous"]
    quotes = quotations(_sentences(text), pd.DataFrame(columns=["actor", "side", "alias"]))
    assert quotes["speaker"].tolist() == ["anonymous", "anonymous"]
    assert quotes["speaker_text"].tolist() == ["Another worker", "Another worker"]


def test_written_texts_of_a_seventeenth_set(accuracy):
    """18 texts (54 units) written in session 10 for the classes the development keys cover thinly: sport governance
    (federations, their presidents and secretaries general, testing and anti-doping agencies, clubs), lawyers, agents
    and athletes' families, courts, business, science, health and professional bodies; coded before any run and first
    scored with no rule changed for them: F1 1.00, speaker right 0.963, type right 0.963 ('The study … found that …,
    its lead author, Prof. X, said.' given the study, twice with the quotation after it)."""
    figures = _written_score("seventeen")
    accuracy["quotations, 18 written texts of a seventeenth set (first contact F1 1.00, speaker 0.963, type 0.963)"] = figures
    assert figures["f1"] >= 1.00 and figures["speaker_accuracy"] >= 0.962 and figures["type_accuracy"] >= 0.962, figures


@pytest.mark.parametrize("text,speaker", [
    ("The toll, revised from six on Friday night, now stands at nine, the health ministry said.", "the health ministry"),
    ("The figure, recorded at 3.10 p.m. at the airport, beats the record set in 2003, the weather service said.",
     "the weather service"),
    ("The number of people evacuated, estimated at 2,000 on Monday, rose to 3,100, police said.", "police"),
    ("The figure, recorded at 3.10 p.m., beats the record of 41.2C measured in 2003, the weather office said.",
     "the weather office"),
])
def test_a_figure_before_a_participle_is_no_speaker_and_the_tag_speaks(text, speaker):
    """Session 10 (written sentences; the class of "The toll, revised from nine…, the ministry said" on three
    development events): a participle of counting or revising after a figure and a comma opens a clause about the
    figure; the speaker is the sentence's tag, never "the toll" or "the figure"."""
    said = attribute_sentences(_sentences([text]))
    assert said["speaker"].str.lower().tolist() == [speaker]


def test_a_phrase_of_time_opening_a_sentence_is_no_part_of_its_speaker():
    """Session 10 (written sentences; "A year ago Varro promised…" gave the fragment "a year ago Varro" on a
    development event): the phrase of time is dropped, and a surname typed where the corpus names the person with a title."""
    texts = ["Finance Minister Ana Varga presented the budget on Tuesday.", "A year ago Varga promised a deficit of 3%.",
             "Last week the union said it would strike."]
    said = attribute_sentences(_sentences(texts))
    assert said["speaker"].tolist()[1:] == ["Ana Varga", "the union"]
    assert said["speaker_type"].tolist()[1:] == ["official", "organisation"]


def test_a_person_named_bare_takes_the_type_another_article_gives_with_a_title():
    """Session 10: "Ana Varga wants to spend…" in one article is the finance minister another article names with her
    title, not a citizen (the bare name of a politician in an analysis piece)."""
    corpus = pd.concat([_article("a", "Budget day", ["Finance Minister Ana Varga said the deficit would fall."]),
                        _article("b", "Who pays?", ["Ana Varga said every family would gain."])], ignore_index=True)
    said = attribute_sentences(corpus).query("role == 'body'")
    assert said["speaker_type"].tolist() == ["official", "official"]


def test_a_bare_company_is_the_company_the_article_names_most():
    """Session 10 (written text; the class of "the company said" given a brokerage or a peer named once, on two
    development events): of several firms, "the company" is the one the article names most often so far."""
    texts = ["The carmaker Veltra Motors will close its plant in Arvik, the company said.",
             "Veltra said the plant had lost money for five years.", "Shares in Veltra rose 4%.",
             "Analysts at Holm Securities said the closure would save about 200 million euros a year.",
             "The plant employs 2,100 people, the company said."]
    said = attribute_sentences(_sentences(texts))
    assert said["speaker"].iloc[-1] == "Veltra Motors" and said["speaker_type"].iloc[-1] == "organisation"


def test_a_title_owned_by_a_bare_body_reference_takes_the_named_bodys_type():
    """Session 10 (eighteenth written set): "the council's chairwoman" after "the European Rowing Council" speaks for
    that council (an organisation), though a bare "council" is the government's; a public office keeps its type."""
    said = attribute_sentences(_sentences(["The European Rowing Council said it would review the rules.",
                                           "The council's chairwoman, Ina Berg, said the review would take a year."]))
    assert said["speaker_type"].tolist() == ["organisation", "organisation"]


def test_written_texts_of_an_eighteenth_set(accuracy):
    """15 texts (38 units) written in session 10 after the seventeenth set, with harder phrasings of the same classes
    (a lawyer named only by "who represents", an athlete's coach, manager and husband, a team or club doctor, a
    sport's governing body and its integrity unit, a bar council and a doctors' association, title follow-ups "the
    doctor said", "the president said"), coded before any run and first scored with no rule changed for them: F1
    0.974, speaker right 0.973, type right 0.784 (professional bodies, sport councils and "the governing body" typed
    as the government or untyped; "the council's chairwoman" typed by the bare word; a person "who represents" the
    athlete typed an organisation). Those were then fixed as general rules; left: "The lawyer said" after a person
    introduced only by "who represents" stays unresolved, an athlete's own coach is typed as a club's (organisation;
    coded other), "has denied doping" is a unit this key did not code and "Prosecutors declined to comment" one the
    rules do not read."""
    figures = _written_score("eighteen")
    accuracy["quotations, 15 written texts of an eighteenth set (first contact F1 0.974, speaker 0.973, type 0.784)"] = figures
    assert figures["f1"] >= 0.973 and figures["speaker_accuracy"] >= 0.972 and figures["type_accuracy"] >= 0.945, figures


@pytest.mark.parametrize("text,speaker", [
    ("Burning plastic releases toxic gases, noted Prof. Ana Lind, a chemist at Tarn University.",
     "Prof. Ana Lind, a chemist at Tarn University"),
    ("The river will peak on Friday, warned the water agency.", "the water agency"),
    ("Most of the damage was to roofs, added Jon Berg, an insurance assessor.", "Jon Berg, an insurance assessor"),
])
def test_a_closing_tag_with_any_verb_of_saying_names_its_speaker_after_the_verb(text, speaker):
    """Session 10 (written sentences; "…, noted Prof. X, a toxicologist" gave the clause before it as the speaker on a
    development event): "noted", "warned", "added" and the other verbs of `rules.INVERTING_VERBS` invert like "said"."""
    assert attribute_sentences(_sentences([text]))["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Kestrel Freight, the operator, now accepts the figure but says a speed sign was missing.", "Kestrel Freight"),
    ("The company accepts the fine but says it will appeal.", "The company"),
    ("The river rose but the mayor said the dam would hold.", "the mayor"),
])
def test_a_verb_of_saying_after_but_has_the_sentences_subject_never_a_fragment(text, speaker):
    """Session 10 (a development event gave the fragment "the figure but"): "X accepts the figure but says…" is X's."""
    assert attribute_sentences(_sentences([text]))["speaker"].tolist() == [speaker]




def test_a_clause_after_a_semicolon_with_but_says_is_its_own_subjects():
    """Session 10: the subject of "…but says" is the opening of its own clause, after a semicolon."""
    said = attribute_sentences(_sentences(["The safety board says the train was 11 km/h too fast; Kestrel Freight, the "
                                           "operator, accepts the figure but says a sign was missing."]))
    assert said[["speaker", "co_speaker"]].values.tolist() == [["the safety board", "Kestrel Freight"]]


def test_a_figure_before_a_participle_with_no_tag_after_it_is_not_given_to_a_later_clause():
    """Session 10: "…, and police say they expect no rise" claims only its own clause; the toll before it is not
    given to the police (an earlier form of the participle rule did, and split a toll by claimant)."""
    said = attribute_sentences(_sentences(["The toll, revised from two on Sunday night, is now three, and police say "
                                           "they do not expect it to rise."]))
    numbers = pd.DataFrame([{"article_id": "a", "block_no": 1, "sentence_no": 1, "start": 43}])
    assert add_claimants(numbers, said)["claimant"].str.lower().tolist() != ["police"]


@pytest.mark.parametrize("text", ["The death toll, revised from one this morning, is now two.",
                                  "The deficit for this year, revised from the 3.1% promised last year, is now 3.4%."])
def test_a_figure_before_a_participle_with_no_tag_at_all_is_the_outlets(text):
    """Session 11 (the class of "The figure, revised from six this morning, is the highest since 2019" on three
    development events, read as the speaker "the figure"): with no tag in the sentence the figure is the outlet's."""
    assert attribute_sentences(_sentences([text]))["basis"].tolist() == ["outlet"]


@pytest.mark.parametrize("text,speaker", [
    ("The agency's own figure stands at 146,000.", "the agency"),
    ("By Tuesday morning the Health Ministry's count of heat deaths stood at 41.", "the Health Ministry"),
    ("The union's figure, raised on Monday from 7,000 to 8,000-9,000, is almost double the ministry's.", "the union"),
    ("The prosecutor's estimate is lower, at least 1.1 billion crowns.", "the prosecutor"),
    ("Transparency Watch Norvia's estimate is twice that, at 2.6 billion crowns.", "Transparency Watch Norvia"),
    ("The ministry's death toll, revised from 2 on Monday, is now 3.", "the ministry"),
])
def test_a_figure_a_body_owns_is_that_bodys_claim(text, speaker):
    """Session 11 (owned figures on six development events: "the agency's own figure stands at", "X's count of heat
    deaths stood at", "X's estimate is…"): the owning body gives the figure, and its figures are its claims."""
    said = attribute_sentences(_sentences([text]))
    assert said["speaker"].tolist() == [speaker]
    numbers = pd.DataFrame([{"article_id": "a", "block_no": 1, "sentence_no": 1, "start": re.search(r"\d", text).start()}])
    assert add_claimants(numbers, said)["claimant"].tolist() == [speaker]


@pytest.mark.parametrize("text", ["The city's death toll rose to 40.", "Ardesia's count stood at 300.",
                                  "The region's total is now 1,200."])
def test_a_figure_a_place_owns_is_the_outlets(text):
    """Session 11: a place owning a toll or count (`rules.PLACE_OWNER`, or a name typed as no body) is what is counted,
    not who counts: the owned_figure row gives no source."""
    assert attribute_sentences(_sentences([text]))["basis"].tolist() == ["outlet"]


def test_verbs_of_saying_have_one_table():
    """Session 11: the verbs a closing tag inverts (`rules.INVERTING_VERBS`) and the tone step's reported-speech cue
    (`sentiment.REPORTED_SPEECH_CUES`) are read from the rows of `rules.REPORTING_VERBS`, never listed again; a verb
    of a named row inverts like "said" ("…, remarked Jon Berg")."""
    from helpers.sentiment import REPORTED_SPEECH_CUES
    names = {c.name for c in rules.REPORTING_VERBS}
    assert rules.INVERTING_ROWS <= names and rules.SPEECH_CUE_ROWS <= names
    for cue in rules.REPORTING_VERBS:
        for form in cue.pattern.split("|"):
            if re.fullmatch(r"[a-z]+", form) and cue.name in rules.INVERTING_ROWS:
                assert rules.INVERTING_VERBS.fullmatch(form), form
    assert not any(rules.INVERTING_VERBS.fullmatch(v) for v in ("reported", "estimated", "revised", "wants", "showed"))
    speech = REPORTED_SPEECH_CUES.set_index("name").loc["speech_verb", "pattern"]
    assert speech == r"\b(?:" + "|".join(c.pattern for c in rules.REPORTING_VERBS if c.name in rules.SPEECH_CUE_ROWS) + r")\b"
    said = attribute_sentences(_sentences(["Most of the damage was to roofs, remarked Jon Berg, an insurance assessor."]))
    assert said["speaker"].tolist() == ["Jon Berg, an insurance assessor"]


def test_figures_in_every_sentence_of_a_long_quotation_are_the_speakers():
    """Session 11 (a figure in a quotation that runs over several sentences left to the outlet on six development
    events): a sentence opening the quotation ('"The first figure, 45, was…': the figure set off by commas is no age),
    one inside it with no marks, and its last one with no tag after the closing mark are all the speaker's."""
    said = attribute_sentences(_sentences(['Police spokesman Ivo Lind told reporters the count had changed. "The first '
                                           'figure, 45, was what we could confirm at dawn. By noon we had 63 names. We '
                                           'found 88 by the evening."']))
    text = said["text"].tolist()
    numbers = pd.DataFrame([{"article_id": "a", "block_no": 1, "sentence_no": i + 1, "start": text[i].index(n)}
                            for i, n in ((1, "45"), (2, "63"), (3, "88"))])
    assert add_claimants(numbers, said)["claimant"].tolist() == ["Police spokesman Ivo Lind"] * 3


@pytest.mark.parametrize("text", ["Lawyer Ilse Berg says the agency gave her only 19 hours' notice.",
                                  "Ines Moro, a lawyer who represents 40 inmates, said some of her clients were beaten."])
def test_a_named_lawyer_is_counsel_never_a_citizen(text):
    """Session 11 (a named lawyer typed a citizen, or as the people represented, on three development events): counsel
    keeps the keys' type, other, though a person named with no other title is a citizen."""
    assert attribute_sentences(_sentences([text]))["speaker_type"].tolist() == ["other"]


@pytest.mark.parametrize("text,figure,claimant", [
    ("Police raise toll to nine; council opens a shelter", "nine", "Police"),
    ("Coast guard raises number rescued to 47", "47", "Coast guard"),
    ("Six miners pulled out alive as company raises number trapped to 22", "Six", ""),
    ("Six miners pulled out alive as company raises number trapped to 22", "22", "company"),
])
def test_a_headline_raising_a_toll_is_its_subjects_claim(text, figure, claimant):
    """Session 11 (headlines on four development events: "Ministry raises toll to 37", "Police raise toll to nine"): a
    body revising a figure claims it with no article before the noun and with the figure in words; a figure before
    "as <body> raises…" is the outlet's."""
    said = attribute_sentences(_sentences([text]))
    numbers = pd.DataFrame([{"article_id": "a", "block_no": 1, "sentence_no": 1, "start": text.index(figure)}])
    assert add_claimants(numbers, said)["claimant"].tolist() == [claimant]
