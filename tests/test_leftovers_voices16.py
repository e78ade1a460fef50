"""Session 16 (types16): leftover speaker-type classes, each a general class with varied sentences of our own (none
copied from an article), from at least five beats (sport, business, courts, health, local news, transport, finance,
culture, farming, politics, elections): firms named by their trade in -ing or by their goods, firms whose trade is
monitoring a market for others, a title's owner written without a word of the body's full name, supporters and
employees, a country's national or central bank, tourism boards, chains of shops, a survey made for a named body,
speakers who keep their name out of print, observer missions, former professionals, and a bare town office in an
article datelined from its town."""
from __future__ import annotations

import pytest

from helpers import attribution_rules as rules
from helpers.attribution import _longer_body_type, speaker_type_of
from probes import last_voice as _last


# 1. A firm named by its trade in -ing or by its goods ("Halvik Brewing", "Norden Publishing") is a company, never the
# person a bare two-capitalised-word name is otherwise read as.
@pytest.mark.parametrize("phrase", [
    "Halvik Brewing",  # sport (a shirt sponsor)
    "Norden Publishing",  # culture
    "Ostby Packaging",  # business
    "Varn Beverages",  # retail
    "Keld Fisheries",  # farming and fishing
    "Marrow Engineering",  # transport
])
def test_a_firm_named_by_its_trade_is_an_organisation(phrase):
    assert speaker_type_of(phrase) == "organisation"


@pytest.mark.parametrize("paragraphs, speaker", [
    (["Halvik Brewing, whose logo has been on the team's shirts since 2019, said it would end the deal."],
     "Halvik Brewing"),  # sport
    (["Norden Publishing said it had pulped 40,000 copies of the memoir."], "Norden Publishing"),  # culture
])
def test_a_trade_named_firm_speaks_as_an_organisation_in_a_sentence(paragraphs, speaker):
    assert _last(paragraphs) == (speaker, "organisation")


def test_a_trade_word_inside_a_public_service_name_types_no_firm():
    assert speaker_type_of("Kent Trading Standards") != "organisation"


# 2. A firm whose trade is watching a market or a record for others (betting, media or ship monitoring, integrity
# services) is cited as an expert source, like an analytics firm (the match-fixing key's betting-integrity firm).
@pytest.mark.parametrize("phrase", [
    "a betting-monitoring firm",  # sport
    "the media-monitoring company",  # politics
    "a ship-tracking firm",  # transport
    "Clearline Integrity",  # sport
    "Osterby Monitoring",  # environment
    "a forensic firm",  # courts
])
def test_a_monitoring_firm_is_an_expert(phrase):
    assert speaker_type_of(phrase) == "expert"


def test_a_state_monitoring_unit_is_no_firm():
    assert speaker_type_of("the ministry's debt-monitoring unit") == "official"


# 3. A title's owner written without a word of the body's full name ("Dravo Keln's president" after "FC Dravo Keln",
# "Halden Steel's chief executive" after "Halden Steel Group") takes that body's type, not the state's that the
# title "president" would give it.
@pytest.mark.parametrize("described, owner, kind", [
    ({"FC Arden Vale": "organisation"}, "Arden Vale", "organisation"),  # sport
    ({"Halden Steel Group": "organisation"}, "Halden Steel", "organisation"),  # business
    ({"Tarn Valley Research Institute": "expert"}, "Tarn Valley", "expert"),  # science
])
def test_a_short_owner_takes_the_type_of_the_body_it_names(described, owner, kind):
    assert _longer_body_type(owner, described) == kind


def test_a_short_owner_of_two_bodies_or_a_person_stays_untyped():
    assert _longer_body_type("Arden Vale", {"FC Arden Vale": "organisation", "Arden Vale Council": "official"}) == "other"
    assert _longer_body_type("Marek Dunn", {"Club president Marek Dunn": "organisation"}) == "other"


@pytest.mark.parametrize("paragraphs, speaker", [
    (["FC Arden Vale were fined on Monday.", "Arden Vale's president, Tomas Reiner, said the club would appeal."],
     "Arden Vale's president, Tomas Reiner"),  # sport
    (["Norvik Ost Holdings cut 400 jobs.", "Norvik Ost's president, Ana Korvel, said the cuts were final."],
     "Norvik Ost's president, Ana Korvel"),  # business
])
def test_a_presidents_owner_named_short_speaks_as_its_body(paragraphs, speaker):
    assert _last(paragraphs) == (speaker, "organisation")


# 5. Supporters and employees speak for themselves, as fans and workers do; a supporters' club is a body.
# Withdrawn by the coordinator after the merge (a validation event's speaker types 0.885 -> 0.839): the citizen cases
# are strict expected failures until a narrower rule passes them without that cost. Session 17 (types17) fixed the
# head-noun flaw behind that cost ("the Confederation of Public Employees" read as employees: `rules.BODY_OF_MEMBERS`)
# and put the words back, but withdrew them again before the end (a validation event's grouping fell by more than 0.01
# with its rows, these words the likeliest cause).
WITHDRAWN = pytest.mark.xfail(strict=True, reason="session 16: supporters|employees type cue withdrawn (validation cost)")


@pytest.mark.parametrize("phrase, kind", [
    pytest.param("Dravo supporters", "citizen", marks=WITHDRAWN),  # sport
    pytest.param("two employees who were in the building", "citizen", marks=WITHDRAWN),  # crime
    pytest.param("supporters of the bill", "citizen", marks=WITHDRAWN),  # politics
    pytest.param("the employees of the bakery", "citizen", marks=WITHDRAWN),  # business
    ("the supporters' club", "organisation"),  # sport
    ("the employees' union", "organisation"),  # labour
])
def test_supporters_and_employees_are_citizens(phrase, kind):
    assert speaker_type_of(phrase) == kind


# 6. A country's national, central or reserve bank named with its country, and a tourism board, are state bodies.
@pytest.mark.parametrize("phrase", [
    "the National Bank of Zelmar",  # finance
    "the Reserve Bank of Kessland",  # finance
    "the People's Bank of Ostria",  # finance
    "the regional tourism board",  # tourism
    "the Orvessa tourism board",  # local news
])
def test_central_banks_and_tourism_boards_are_official(phrase):
    assert speaker_type_of(phrase) == "official"


def test_a_bank_named_national_without_its_country_stays_a_company():
    assert speaker_type_of("First National Bank") == speaker_type_of("the National Bank") == "organisation"


# 7. A chain of shops, hotels or restaurants is a company.
@pytest.mark.parametrize("phrase", [
    "Supermarket chains",  # blackout, retail
    "the hotel chain",  # tourism
    "a fast-food chain",  # health
    "petrol-station chains",  # transport
    "the pharmacy chain",  # health
])
def test_a_chain_is_a_company(phrase):
    assert speaker_type_of(phrase) == "organisation"


# 8. A poll, survey or study made for a named body is the claim of the body that ordered it.
@pytest.mark.parametrize("phrase, kind", [
    ("a survey of 1,050 fans for Fair Play Watch", "organisation"),  # sport
    ("a poll carried out for the Farmers' Union", "organisation"),  # farming
    ("a study commissioned by the Health Ministry", "official"),  # health
    ("a survey of 800 parents for the Education Department", "official"),  # education
    ("the study for Norden University", "expert"),  # science
])
def test_a_commissioned_survey_is_its_commissioners(phrase, kind):
    assert speaker_type_of(phrase) == kind


def test_a_survey_maker_stays_the_maker():
    assert speaker_type_of("a survey by the Tallin Institute") == "expert"
    assert speaker_type_of("a Valtra poll for the Herald") == "organisation"  # a named pollster's poll
    assert rules.COMMISSIONED_DOCUMENT.match("a survey of 1,050 fans for Fair Play Watch").group("body") == \
        "Fair Play Watch"


# 9. A speaker who keeps their name out of print is an unnamed source; a first name given is a name.
@pytest.mark.parametrize("text, speaker", [
    ("A shopkeeper on the square, who did not want her name printed, said she had lost the whole day.",
     "a shopkeeper on the square"),  # local news
    ("A nurse at the clinic, who would not give her name, said the ward was full.", "a nurse at the clinic"),  # health
    ("A steward who gave no name said the gates were shut at six.", "a steward who gave no name"),  # sport
    ("A trader, who declined to give his name, said the market had not opened.", "a trader"),  # business
    ("A parent, who did not want his name used, said the school had sent no letter.", "a parent"),  # education
])
def test_a_speaker_who_keeps_their_name_out_of_print_is_anonymous(text, speaker):
    assert _last([text]) == (speaker, "anonymous")


def test_a_first_name_given_is_no_anonymity():
    got = _last(["A fan who gave only his first name, Luka, said the club had lied."])
    assert got[1] == "citizen"
    assert not rules.ANONYMITY.search("who gave only her first name, Ana")


# 10. An observer mission is the official monitor of a vote (tests/keys/README.md's election convention, "the
# international observer mission ... official"), whoever sent it; observers named bare stay experts (the keys disagree).
@pytest.mark.parametrize("phrase", [
    "the observer mission of the Northern Democratic Forum",  # referendums
    "the Baltic Assembly observer mission",  # elections
    "the observer delegation",  # politics
    "the observer mission of the Parliamentary Forum of the Isles",  # local elections
    "the observer team of the Lawyers' Association",  # courts
])
def test_an_observer_mission_is_official(phrase):
    assert speaker_type_of(phrase) == "official"


def test_observers_named_bare_stay_experts():
    assert speaker_type_of("International observers") == speaker_type_of("political observers") == "expert"


# 11. A former judge, inspector or engineer speaks from experience as an expert, as a retired one does, not for the
# court or force they left.
@pytest.mark.parametrize("phrase", [
    "a former judge at the council, Hanne Vos",  # courts, trade
    "a former judge",  # courts
    "Ola Brenn, a former inspector",  # transport
    "a former surgeon",  # health
    "a former air traffic controller",  # aviation
])
def test_a_former_professional_is_an_expert(phrase):
    assert speaker_type_of(phrase) == "expert"


def test_a_former_minister_is_no_expert():
    assert speaker_type_of("a former minister") == "official"


# 12. A bare "the mayor" in an article datelined from its own town is that town's mayor, as the keys name them; no
# dateline, a region's office, or the town hall (a body the codebook draft names itself) leaves the mention as it is.
@pytest.mark.parametrize("paragraphs, speaker", [
    (["LISK - The bypass bridge was repaired in 2019.", "The mayor said the town had paid 2.3 million crowns."],
     "the mayor of Lisk"),  # local government
    (["SANTA IRENE, Calvera - The boat sank at dawn.", "The mayor said 40 people were still missing."],
     "the mayor of Santa Irene"),  # disasters
    (["TARVIN - The festival was cancelled.", "The mayor said 12,000 tickets would be refunded."],
     "the mayor of Tarvin"),  # culture
    (["ORLEND - Schools stayed shut on Monday.", "Pupils will return on Wednesday, the mayor said."],
     "the mayor of Orlend"),  # education
    (["VELDEN - The march ended at noon.", "The mayor said the square would be cleaned overnight."],
     "the mayor of Velden"),  # protests
])
def test_a_bare_mayor_is_the_mayor_of_the_datelined_town(paragraphs, speaker):
    assert _last(paragraphs) == (speaker, "official")


def test_no_dateline_or_a_regional_office_stays_as_written():
    assert _last(["The boat sank at dawn.", "The mayor said 40 people were still missing."])[0] == "the mayor"
    assert _last(["SELU - The schools closed.", "The governor said they would reopen on Monday."])[0] == "the governor"
    assert _last(["TARVIN - The fair closed.", "The town hall said it would reopen."])[0] == "the town hall"
