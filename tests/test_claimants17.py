"""Session 17 (claims17): who claims a figure (issue 10, Deliver 3), class by class, on sentences of our own (invented
names, none copied from an article) from several beats: a headline quoting someone the body names, declarative acts and
measurements of a named body (a rate or level set, a limit imposed, a measurement logged or valued, an inspectorate's
or a review's findings), a hedged figure right after a claim verb, a sum in a currency code, market dealers as a voice,
and the outlet's own clauses around the speaker (a "which" clause describing it, a contact relative clause)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import attribution as attribution_module
from helpers import attribution_rules as rules
from helpers.attribution import add_claimants, attribute_sentences, headline_quote_speakers
from helpers.evaluation_voices import same_speaker
from helpers.sentences import split_sentences
from probes import last_claimant


def _claimant(text: str, figure: str) -> tuple[str, str]:
    return last_claimant([text], figure)


def _article(headline: str, paragraphs: list[str]) -> pd.DataFrame:
    rows = [{"article_id": "a", "block_no": 0, "role": "headline", "sentence_no": 1, "text": headline}]
    rows += [{"article_id": "a", "block_no": i, "role": "body", "sentence_no": r.sentence_no, "text": r.text}
             for i, p in enumerate(paragraphs, start=1) for r in split_sentences(p).itertuples()]
    return pd.DataFrame(rows)


def _headline_claimant(headline: str, paragraphs: list[str], figure: str) -> tuple[str, str]:
    sents = _article(headline, paragraphs)
    number = pd.DataFrame([{"article_id": "a", "block_no": 0, "sentence_no": 1, "sentence": headline,
                            "start": headline.find(figure)}])
    got = add_claimants(number, attribute_sentences(sents)).iloc[0]
    return got["claimant"], got["claimant_type"]


# 1. A headline quoting someone the body names is that speaker's (tests/keys/README.md: "A headline quoting someone is
# coded with that speaker"); a figure outside the quoted words stays the outlet's.
@pytest.mark.parametrize("headline, body, figure, speaker", [
    ("'We lost the roof in ten minutes': Kestby counts the cost of the storm",
     ['"We lost the roof in ten minutes," said Mara Ulven, 52, a baker in Kestby.'], "ten minutes", "Mara Ulven"),
    ('"Nineteen of us were on that shift": miners\' families wait at the gate',
     ["Relatives gathered at the pithead on Tuesday.",
      '"Nineteen of us were on that shift, and I was the lucky one," said Pavel Drost, a retired miner.'],
     "Nineteen", "Pavel Drost"),
    ("'The fare doubled to 80 crowns overnight': commuters protest at Venn station",
     ['Commuters blocked the entrance for an hour. "The fare doubled to 80 crowns overnight," said Ilse Marr, a nurse.'],
     "80 crowns", "Ilse Marr"),
])
def test_a_headline_quoting_someone_the_body_names_is_theirs(headline, body, figure, speaker):
    claimant, kind = _headline_claimant(headline, body, figure)
    assert same_speaker(speaker, claimant) and kind == "citizen"


@pytest.mark.parametrize("headline, body, figure", [
    ("'We gave them 30 years': 87% of Harlow dockers vote to strike",
     ['"We gave them 30 years," said Jan Fell, a crane driver.'], "87%"),  # outside the quoted words
    ("'The water came in 20 minutes': Orsby counts the cost",
     ["Firefighters pumped out 40 cellars on Sunday, the mayor said."], "20 minutes"),  # no body quotation shares them
])
def test_a_headline_quotation_claims_only_its_own_words(headline, body, figure):
    assert _headline_claimant(headline, body, figure) == ("", "outlet")


def test_the_headline_quotation_row_reads_its_example_and_finds_the_body_speaker():
    row = rules.HEADLINE_QUOTES[0]
    assert re.compile(row.pattern).match(row.example).group("q") == "We lost everything in 20 seconds"
    found = headline_quote_speakers(attribute_sentences(_article(
        row.example, ['"We lost everything in 20 seconds," said Tomas Brel, 61, standing by his shop.'])))
    assert same_speaker("Tomas Brel", found.iloc[0]["speaker"]) and found.iloc[0]["q_start"] == 1


# 2. Declarative acts of a named body that set a level, a rate or a limit: the body claims their figures
# (tests/keys/README.md: "Declarative acts of a named body … are that body's").
@pytest.mark.parametrize("text, figure, body", [
    ("The Bank of Ostmark raised its main interest rate by 150 basis points to 8.5% on Thursday.", "8.5%",
     "the Bank of Ostmark"),  # central bank
    ("The Bank of Ostmark raised its main interest rate by 150 basis points to 8.5% on Thursday.", "150 basis points",
     "the Bank of Ostmark"),
    ("The avalanche institute lifted the danger level for the western valleys to 4 on Sunday evening.", "to 4",
     "the avalanche institute"),  # expert body
    ("The national weather service raised its heat alert for the coast from 2 to 3 on Friday.", "to 3",
     "the national weather service"),
    ("The airline cut its fares on domestic routes by 15% from Monday.", "15%", "the airline"),  # a firm's decision
    ("After the run on deposits, the bank limited cash withdrawals to €1,500 a day per account.", "€1,500", "the bank"),
])
def test_a_body_setting_a_level_or_a_limit_claims_its_figures(text, figure, body):
    claimant, kind = _claimant(text, figure)
    assert claimant.lower() == body.lower() and kind in ("official", "expert", "organisation")


@pytest.mark.parametrize("text, figure", [
    ("Heavy rain raised the river level to 4.2 metres overnight.", "4.2"),  # weather, no body
    ("The company cut its workforce by 300 last year.", "300"),  # no rate, level or limit
    ("Storm surges raised the sea level at the harbour to 2 metres above normal.", "2 metres"),
])
def test_a_change_that_no_body_decides_stays_the_outlets(text, figure):
    assert _claimant(text, figure) == ("", "outlet")


def test_the_set_level_row_reads_its_example_and_accepts_its_types():
    row = next(c for c in rules.ACT_VERBS if c.name == "set_level")
    assert re.search(rf"\b(?:{row.pattern})\b", row.example) and row.value == "expert|organisation"
    assert attribution_module._act(row.example) == ("act", "the Bank of Varkand")


# 3. Measurements, counts and findings of a named body: "measures X at N", "values it at N", "logged N", "speaks of N",
# an inspectorate's or a review's findings, a hedged figure right after a claim verb.
@pytest.mark.parametrize("text, figure, body", [
    ("The volcano observatory now measures the plume at 9km, up from about 6 km at dawn.", "9km",
     "the volcano observatory"),
    ("The seismology centre measured the aftershock at 5.2 on Tuesday night.", "5.2", "the seismology centre"),
    pytest.param("The state weather office logged 61mm of rain in three hours at Dunmore.", "61mm", "the state weather office", marks=pytest.mark.xfail(strict=True, reason="session 18 (claims18): a figure right after a verb no longer reads as its clause (withdrawn)")),
    # session 18 (claims18): "speaks of" withdrawn (the hauliers' "speaks of up to 9,000 lorries" case removed)
    ("The Food Safety Inspectorate found 23 hygiene breaches at the plant in 2025.", "23 hygiene",
     "the Food Safety Inspectorate"),
    pytest.param("The health ministry insists fewer than 2,000 patients were affected.", "fewer than 2,000",
                 "the health ministry", marks=pytest.mark.xfail(strict=True, reason="session 18 (claims18): a figure right after a verb no longer reads as its clause (withdrawn)")),
    ("The meteorological office forecast between 80 and 120 mm of rain for the valley.", "between 80",
     "the meteorological office"),
    ("The river authority recorded up to 3.1 metres at the Velle gauge.", "up to 3.1", "the river authority"),
])
def test_a_body_measuring_counting_or_finding_claims_the_figure(text, figure, body):
    claimant, kind = _claimant(text, figure)
    assert claimant.lower() == body.lower() and kind != "outlet"


@pytest.mark.parametrize("text, figure", [
    ("The new bid values the airline at about €3.1 billion.", "€3.1"),  # a thing values nothing: no voice
    ("The bridge, on a slope the engineers measure at 12 degrees, sat at about 340 metres.", "340"),  # a relative clause
    ("Electricity demand rose 4% as talks of 300 job cuts spread.", "300"),  # "talks" a noun
    ("The quake measured 6.1 and shook buildings 200 km away.", "200 km"),  # a thing measuring
])
def test_measurement_rows_need_a_voice_as_subject(text, figure):
    assert _claimant(text, figure) == ("", "outlet")


def test_the_new_claim_rows_read_their_examples():
    for name in ("measure_at",):
        row = next(c for c in rules.CLAIM_PHRASES if c.name == name)
        assert re.search(row.pattern, row.example, re.I)
    for name in ("log_figure",):  # session 18 (claims18): identify_figure withdrawn
        row = next(c for c in rules.REPORTING_VERBS if c.name == name)
        assert re.search(rf"\b(?:{row.pattern})\b", row.example)
    assert "measure_at" in rules.SUBJECT_TYPED_CLAIM_ROWS and "log_figure" in rules.CLAIM_VERB_ROWS
    assert rules.FINDING_BODY.search("the State Mining Inspectorate") and rules.FINDING_BODY.search("auditors")


# 4. A sum in a currency's three-letter code after "put … at" is a figure as "€6 million" is.
@pytest.mark.parametrize("text, figure, body", [
    ("Prosecutors put the bets on the four disputed matches at at least NOK 9 million.", "NOK 9", "Prosecutors"),
    ("The finance ministry put the cost of the flood repairs in the north at about SEK 2.4 billion.", "SEK 2.4",
     "the finance ministry"),
])
def test_put_at_reads_a_sum_in_a_currency_code(text, figure, body):
    claimant, kind = _claimant(text, figure)
    assert claimant.lower() == body.lower() and kind == "official"


# 5. Market dealers are a voice of their own (type other, as the keys code them).
@pytest.mark.parametrize("text, figure", [
    ("The yield on the ten-year bond jumped 120 basis points to 9.8%, according to dealers.", "9.8%"),
    ("The krona fell to 11.2 per euro in early trading, currency dealers said.", "11.2"),
    ("The spread over the benchmark narrowed to 640 basis points, dealers said on Friday.", "640"),
])
def test_dealers_claim_the_market_figures_they_report(text, figure):
    claimant, kind = _claimant(text, figure)
    assert "dealers" in claimant and kind == "other"


def test_the_dealers_row_reads_its_example():
    row = rules.BARE_VOICES[0]
    assert rules.BARE_VOICE.match("dealers") and rules.BARE_VOICE.match("bond dealers") and "dealers" in row.example
    assert not rules.BARE_VOICE.match("drug dealers say")


# 6. A "which" clause right after the speaker describes it: its figures are the outlet's; the claim stays the speaker's.
@pytest.mark.parametrize("text, gloss, claim, speaker", [
    ("The growers' association, which represents 2,300 farms, now puts the losses at up to €40 million.", "2,300",
     "up to €40 million", "the growers' association"),
    ("The navy, which had sent 14 ships to the strait, said 320 people had been rescued.", "14 ships", "320",
     "the navy"),
    ("Velmar Holdings, which employs about 5,000 people, said it would cut 600 jobs.", "about 5,000", "600",
     "Velmar Holdings"),
])
def test_a_which_clause_describing_the_speaker_is_the_outlets(text, gloss, claim, speaker):
    assert _claimant(text, gloss) == ("", "outlet")
    assert _claimant(text, claim)[0].lower() == speaker.lower()


def test_a_which_clause_elsewhere_stays_the_speakers():
    text = "The ministry said the dam, which holds 40 million cubic metres, was safe."
    assert _claimant(text, "40 million")[0] == "the ministry"
    for text, figure, speaker in [
            ("The Orsa Relief Fund, which says more than 60,000 people fled, agrees that the border must stay open.", "60,000",
             "the Orsa Relief Fund"),  # the speaker's own claim in the clause
            ("Norland Ratings, which cut the country by two notches on Monday, said the deal reduced the risk.",
             "two notches", "Norland Ratings")]:  # the speaker's own act
        assert _claimant(text, figure)[0].lower() == speaker.lower()
    assert rules.SPEAKER_RELATIVE.match(", which represents 14 firms, said") and \
        rules.CONTACT_RELATIVE_BEFORE.search("on a slope ") and not rules.CONTACT_RELATIVE_BEFORE.search("this week ")


# 7. A sporting body, a club or an employer sanctioning its members, an authority setting a zone or a deadline or
# adjourning a hearing, and a body's budget: declarative acts, so the body claims their figures.
@pytest.mark.parametrize("text, figure, body", [
    ("The federation's disciplinary committee suspended the two riders for 18 months.", "18 months",
     "the federation's disciplinary committee"),
    ("The Orsby Hockey League's board deducted six points from Velle Rangers on Friday.", "six points",
     "the Orsby Hockey League's board"),
    ("The club fined its captain €20,000 for the incident.", "€20,000", "the club"),
    ("The civil protection directorate set an exclusion zone of 7 km around the plant.", "7 km",
     "the civil protection directorate"),
    ("The district coroner adjourned the inquest into the deaths for eight weeks.", "eight weeks", "the district coroner"),
    ("The city council budgeted 4.2 million crowns for new flood barriers.", "4.2 million", "the city council"),
])
def test_a_body_sanctioning_setting_a_zone_or_budgeting_claims_its_figures(text, figure, body):
    claimant, kind = _claimant(text, figure)
    assert claimant.lower() == body.lower() and kind in ("official", "organisation")


@pytest.mark.parametrize("text, figure", [
    ("The airline suspended 40 flights on Monday.", "40"),  # no member sanctioned: the outlet's
    ("Firefighters set a record of 14 rescues in one night.", "14"),  # a record, no zone or limit
    ("Kessa Chemicals suspended production at 3 plants.", "3"),
])
def test_acts_that_sanction_no_one_stay_the_outlets(text, figure):
    assert _claimant(text, figure) == ("", "outlet")


def test_the_sanction_and_zone_rows_read_their_examples():
    for name in ("sanction", "set_zone"):
        row = next(c for c in rules.ACT_VERBS if c.name == name)
        assert re.search(rf"\b(?:{row.pattern})\b", row.example)
        assert attribution_module._act(row.example)[0] == "act"


# 8. A figure the clause after it credits to a body ("more than the 4.6 million the grid operator now gives", "the 214
# confirmed by the fire department"): that body claims it, whoever speaks in the rest of the sentence.
@pytest.mark.parametrize("text, figure, owner, other, speaker", [
    ("The regulator says 3.1 million homes lost power, more than the 2.7 million the power company now gives.",
     "2.7 million", "the power company", "3.1 million", "the regulator"),  # energy
    ("That is well above the €640 million the lender itself reported on Monday.", "€640 million", "the lender", "", ""),
    ("Turnout was double the two stations the commission acknowledged on Sunday.", "two stations", "the commission", "",
     ""),  # elections, a count in words
    ("Nurses were offered 3%, well below the 8% the union had demanded.", "8%", "the union", "", ""),  # labour
    ("The charity says 90 homes burned, more than the 61 confirmed by the fire brigade on Sunday.", "61",
     "the fire brigade", "90", "the charity"),  # disasters, passive
    ("The 40 people the police say were hurt were all fans of the visiting side.", "40", "the police", "", ""),  # sport
])
def test_a_figure_a_clause_after_it_credits_to_a_body_is_that_bodys(text, figure, owner, other, speaker):
    assert _claimant(text, figure)[0].lower() == owner
    if other:
        assert _claimant(text, other)[0].lower() == speaker


@pytest.mark.parametrize("text, figure", [
    ("The 30 homes the river flooded were all empty.", "30"),  # a river is no voice
    ("In the 12 months the firm has existed, it has doubled its staff.", "12 months"),  # no giving verb
    ("The union rejected the €1,500 the company has offered.", "€1,500"),  # an offer is left to the sentence
])
def test_a_clause_that_credits_no_voice_owns_no_figure(text, figure):
    assert _claimant(text, figure)[0].lower() in ("", "the union")


def test_every_owned_after_row_reads_its_own_example():
    for row in rules.OWNED_AFTER:
        m = re.search(row.pattern, row.example)
        assert m and m.group("fig") and m.group("owner") in ("the bank", "the state fire department")


def test_a_thing_or_a_rule_owns_no_figure():
    for text, figure in [("The outbreak has reached 146 cases confirmed by laboratory tests, the ministry said.", "146"),
                         ("The deficit is above the 3% ceiling set by the bloc's fiscal rules.", "3%")]:
        assert _claimant(text, figure)[0].lower() in ("", "the ministry")
    assert rules.THING_OWNER.search("laboratory tests") and rules.THING_OWNER.search("its three neighbours")


# 9. Reading out a result is stating it.
@pytest.mark.parametrize("text, figure, speaker", [
    ("The returning officer read out the results at 2 a.m.: the Greens won 4,120 votes.", "4,120",
     "the returning officer"),
    ("The chair of the tribunal read out the list of 14 companies that had broken the rules.", "14",
     "the chair of the tribunal"),
])
def test_reading_out_a_result_is_a_claim(text, figure, speaker):
    assert _claimant(text, figure)[0].lower() == speaker.lower()
