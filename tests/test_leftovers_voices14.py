"""Session 14 (voices14): leftover voice classes, each a general class with varied sentences of our own (none copied
from an article), from several kinds of event: records typed by the body that keeps them (a market's own data stays
other), professional associations, research posts and analysts' firms, a titled person the corpus names as an
official, "its spokesman" after a sentence opening with a body, a body's name with "and" in it, and a bare
spokesperson named with the body the sentence names."""
from __future__ import annotations

import pytest

from helpers import attribution_rules as rules
from helpers.attribution import _type_in_context, attribute_sentences, name_descriptors, speaker_type_of
from probes import body_sentences as _sentences, last_voice as _last


# 1. A record named by its keeper's words is the keeper's ("finance ministry figures", "court records"): the body that
# publishes it; a market's own record ("exchange data") speaks for no body (tests/keys/README.md).
@pytest.mark.parametrize("phrase, kind", [
    ("finance ministry figures", "official"), ("court records", "official"), ("Health Ministry data", "official"),
    ("police statistics", "official"), ("electoral commission records", "official"),
    ("Housing Ministry figures obtained by the Review", "other"), ("hospital figures", "expert"),
    ("exchange data", "other"), ("data from the Varnholt Stock Exchange", "other"), ("market data", "other"),
    ("internal emails", "other"),
])
def test_a_record_is_typed_by_its_keeper(phrase, kind):
    assert speaker_type_of(phrase) == kind


@pytest.mark.parametrize("text, kind", [
    ("The levy raised €310m in 2024, according to finance ministry figures.", "official"),
    ("Police seized 900 litres of fuel, according to court records.", "official"),
    ("Turnout in 2019 was 61%, according to commission records.", "official"),
    ("The index closed 2.1% lower, according to exchange data.", "other"),
])
def test_according_to_a_record_gives_its_keepers_type(text, kind):
    assert _last([text])[1] == kind


def test_market_record_matches_its_example():
    assert rules.MARKET_RECORD.search("data from the Velm Stock Exchange") and not rules.MARKET_RECORD.search(
        "the stock exchange")


# 2. A professional association speaks as an organisation, not as the experts it gathers; its president too.
@pytest.mark.parametrize("phrase", ["the Tarvian Association of Structural Engineers", "the Society of Civil Engineers",
                                    "Dr. Ana Berg, president of the Federation of Hospital Pharmacists",
                                    "the Union of Airline Pilots"])
def test_a_professional_association_is_an_organisation(phrase):
    assert speaker_type_of(phrase) == "organisation"


def test_an_engineer_at_an_association_is_no_association():
    assert speaker_type_of("Engineers at the Association of Mining Engineers") == "expert"


# 3. Research posts and analysts' firms are experts (tests/keys/README.md: analysts, "firm and analyst", expert), while
# a firm named only as a company or a pollster stays an organisation.
@pytest.mark.parametrize("phrase", ["Ilse Varga, head of bank research at Dornell Research",
                                    "Tomas Kell, director of equity research at a Varnholt broker",
                                    "the insurer's chief economist", "Karin Holm, research director at Pellmar Securities"])
def test_a_research_post_is_an_expert(phrase):
    assert speaker_type_of(phrase) == "expert"


def test_a_firm_introduced_by_its_analyst_is_an_expert():
    texts = ["Dornell Research, whose analyst Sara Dahl put the loss at €2bn, repeated its view on Monday."]
    assert name_descriptors(texts)["Dornell Research"] == "expert"
    assert name_descriptors(["Pellmar Research, which polled 1,000 adults, published its figures."]).get(
        "Pellmar Research") != "expert"


@pytest.mark.parametrize("phrase, described, kind", [
    ("Kestrow's Mira Dahl", {"Mira Dahl": "expert"}, "expert"),
    ("Halden Bank's Petra Voss", {"Petra Voss": "expert"}, "expert"),
    ("Dr. Pavel Orn", {"Dr. Pavel Orn": "official"}, "official"),  # the corpus names him as an agency's head
    ("Dr. Pavel Orn", {}, "expert"),  # the honorific alone
    ("Dr. Jonas Lind", {"Dr. Jonas Lind": "expert"}, "expert"),
])
def test_a_person_keeps_the_type_the_corpus_gives_them(phrase, described, kind):
    assert _type_in_context(phrase, described) == kind


# 4. "Its spokesman, X" after a sentence that opens with a body and no speech: that body's voice.
@pytest.mark.parametrize("paragraphs, kind", [
    (["The transport ministry gives a lower figure. Its spokesman, Olaf Brenn, said 298 bridges were rated poor."],
     "official"),
    (["The union gives a higher count. Its president, Maria Lund, said 4,000 had walked out."], "organisation"),
    (["The port authority tells a different story. Its director, Ivo Kalm, said the cranes had been checked."],
     "official"),
])
def test_its_title_after_a_sentence_opening_with_a_body(paragraphs, kind):
    assert _last(paragraphs)[1] == kind


# 5. An "and" inside a body's name whose head is a body's noun joins no two speakers.
@pytest.mark.parametrize("text, speaker", [
    ("The Chemical and Energy Workers' Union (CEWU) said it was deeply worried.",
     "the Chemical and Energy Workers' Union (CEWU)"),
    ("The Builders' and Carpenters' Union says two of its members collapsed on sites.",
     "the Builders' and Carpenters' Union"),
    ("The Teachers and Lecturers Federation said 300 schools would close.", "the Teachers and Lecturers Federation"),
])
def test_and_inside_a_body_name_is_one_speaker(text, speaker):
    assert _last([text])[0] == speaker


def test_two_bodies_joined_by_and_are_still_two_speakers():
    row = attribute_sentences(_sentences(["The mayor and the fire chief said 12 people had died."])).iloc[-1]
    assert row["speaker"] == "the mayor" and row["co_speaker"] == "the fire chief"


# 6. A bare spokesperson is named with the body the sentence names before the tag (the keys' "a spokesman for the
# federation"), and typed by it.
@pytest.mark.parametrize("text, speaker, kind", [
    ("By Monday night the federation had settled on 33 athletes to be retested, a spokesman said.",
     "a spokesman for the federation", "organisation"),
    ("The environment agency has carried out one inspection since 2019, a spokeswoman confirmed.",
     "a spokeswoman for the environment agency", "official"),
    ("The airline's flights will resume on Friday, a spokeswoman said.", "a spokeswoman for the airline", "organisation"),
    ("Two boats were lost in the night, a spokesman said.", "a spokesman", "organisation"),
])
def test_a_bare_spokesperson_is_named_with_the_body_of_the_sentence(text, speaker, kind):
    assert _last([text]) == (speaker, kind)


# 7. A subordinate clause or an infinitive before a name does not type it: a company's one-word name after "to keep" or
# "if" is no government voice (it was typed official, and its chief executive with it).
@pytest.mark.parametrize("text, name", [
    ("Government offers €250m to keep Rhenmark in Dornau as thousands protest at the gate", "Rhenmark"),
    ("The mayor said she would ask the government to buy the site if Kessler leaves.", "Kessler"),
    ("Ministers will decide on Friday whether Valdor stays in the tender.", "Valdor"),
])
def test_a_name_after_a_clause_opener_is_not_typed_by_the_words_before(text, name):
    assert name_descriptors([text]).get(name, "other") != "official"


def test_clause_before_name_keeps_titles():
    assert name_descriptors(["Interior Minister Ana Ruiz said the road was shut."])["Interior Minister Ana Ruiz"] == "official"


# 8. The claimant of a figure in a sentence without "said": a toll named with the body it comes from, and "X put <a
# bare noun and its place> at <figure>".
@pytest.mark.parametrize("text, speaker, kind", [
    ("By 8 a.m. on Wednesday, the toll from the Civil Protection Agency stood at 16, with 91 people injured.",
     "the Civil Protection Agency", "official"),
    ("The death toll from the regional health office has risen to 31.", "the regional health office", "official"),
    ("The statistics office put unemployment in the Wessel Valley at 9.8% in October.", "the statistics office", "official"),
    ("The federation put attendance at the three marches at more than 40,000.", "the federation", "organisation"),
])
def test_a_figure_claimed_without_said(text, speaker, kind):
    assert _last([text]) == (speaker, kind)


@pytest.mark.parametrize("text", ["The death toll from the floods stood at 40.",
                                  "Firefighters put out the fire in the old town hall at 6 a.m."])
def test_no_claimant_where_no_voice_is_named(text):
    assert _last([text]) == ("", "outlet")


def test_toll_from_row_matches_its_example():
    row = next(c for c in rules.SOURCE_PHRASES if c.name == "toll_from")
    import re
    assert re.search(row.pattern, row.example, re.I)


# 9. A first name given with an age and a relative clause that withholds the family name is a person, a citizen, and
# the "she" of the quotation after her (not the man quoted before).
def test_a_first_name_with_an_age_is_the_next_pronoun():
    paragraphs = ['"My boys are home," Tomas Brel said, holding his son by the hand.',
                  "Mira, 14, who asked that her family name not be used, said they had walked all night. "
                  '"We ate once a day. We were always cold," she said.']
    assert _last(paragraphs) == ("Mira", "citizen")


# 10. The staff of a parliament or a court serve the state; a school's principal or a prison's warden heads a public
# facility (`POST_OF_A_THING`).
@pytest.mark.parametrize("phrase, kind", [
    ("parliamentary staff", "official"), ("court clerks", "official"), ("the school's principal, Ruth Amani", "official"),
    ("the prison's warden", "official"), ("the school's headteacher", "official"), ("the club's chairman", "organisation"),
])
def test_staff_of_a_public_body_and_heads_of_public_facilities(phrase, kind):
    assert speaker_type_of(phrase) == kind


# 11. "she said" inside a sentence that opens with a person's name is that person; "he" after an unnamed source is that
# source, a person, never an earlier named speaker.
@pytest.mark.parametrize("paragraphs, speaker", [
    (['"We were out in a minute," Jonas Weir said.',
      "Ana Roth, a 31-year-old teacher who sat at the back, remembers it differently: the smoke came first, she said."],
     "Ana Roth"),
    (['"The water rose too fast," Mayor Ilse Kern said.',
      "Petra Lind, who runs the bakery on the square, tells another story: the warning came late, she said."],
     "Petra Lind"),
])
def test_she_said_inside_a_sentence_opening_with_a_person(paragraphs, speaker):
    assert _last(paragraphs)[0] == speaker


def test_he_after_an_unnamed_source_is_that_source():
    paragraphs = ['"We will find them," the governor, Ada Brenn, said.',
                  "A miner who survived the blast, speaking on condition of anonymity, said the fire began at noon. "
                  "He said the shaft had two exits."]
    assert _last(paragraphs) == ("a miner who survived the blast", "anonymous")


def test_a_bare_spokesperson_after_two_bodies_is_left_open():
    text = "The police said the hospital had treated 12 people, a spokesman said."
    assert _last([text])[0] == "a spokesman"


def test_she_said_is_not_a_man_who_opens_the_sentence():
    paragraphs = ['"It was chaos," Marta Lind said.',
                  "Jonas Kell, who runs the kiosk, lost his phone in the crush: it was over in minutes, she said."]
    assert _last(paragraphs)[0] != "Jonas Kell"
