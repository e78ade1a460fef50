"""Session 17 (types17): speaker types and speakers (issue 12), each a general class of news text with varied sentences
of our own (invented names, none copied from an article), from several beats: an unnamed source met again by a bare
back-reference, state bodies named in full as national boards or authorities, unions of states, credit-rating firms,
agents of a trade, a document's maker named after a time, a market's own record, a title owned by a bare body reference
before an honorific, a name glossed as a body by its apposition, and groups of people decided by their head noun
(inside a body's name people are its members)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.attribution import speaker_type_of
from helpers.voices import quotations
from probes import body_sentences, last_voice as _last


def _last_quote(paragraphs: list[str]) -> tuple[str, str, str]:
    """(speaker, words shown for it, type) of the last quotation `paragraphs` give, as notebook 04 lists it."""
    q = quotations(body_sentences(paragraphs), pd.DataFrame(columns=["actor", "side", "alias"])).iloc[-1]
    return q["speaker"], q["speaker_text"], q["speaker_type"]


# 1. An unnamed source met again by a bare back-reference ("the official said") is the voice the article first
# described ("a senior official at the transport ministry, who asked not to be named"), shown with those words.
@pytest.mark.parametrize("paragraphs, shown", [
    (["A senior official at the transport ministry, who asked not to be named, said the report was ignored.",
      '"Everybody assumed somebody else would act on it," the official said.'],
     "a senior official at the transport ministry"),  # transport
    (["A European diplomat involved in the talks, who asked not to be named, said the deal was close.",
      '"Without the north there was no deal," the diplomat said.'],
     "A European diplomat involved in the talks"),  # diplomacy
    (["A police source, speaking on condition of anonymity, said the cells were overcrowded.",
      'They met "almost no resistance", the source said.'],
     "A police source"),  # prisons
])
def test_an_unnamed_source_met_again_is_shown_as_first_described(paragraphs, shown):
    speaker, words, kind = _last_quote(paragraphs)
    assert (speaker, kind) == ("anonymous", "anonymous")
    assert words.lower().startswith(shown.lower())


def test_a_named_voice_met_again_keeps_its_own_words():
    speaker, words, kind = _last_quote(["Mayor Ilse Dorn said the bridge would reopen.",
                                        '"We will not wait for the ministry," the mayor said.'])
    assert speaker != "anonymous" and kind == "official"


# 2. A body named in full as the nation's or the state's board, authority, commission, agency or inspectorate is a
# state body, official; a firm's board and a national union or federation keep their own rows.
@pytest.mark.parametrize("phrase", [
    "the National Examinations Board",  # education
    "the State Gaming Commission",  # gambling
    "the Federal Roads Agency",  # transport
    "the National Food Safety Authority",  # health
    "the Provincial Water Inspectorate",  # environment
    "the Central Electoral Commission",  # elections
])
def test_a_national_board_named_in_full_is_official(phrase):
    assert speaker_type_of(phrase) == "official"


@pytest.mark.parametrize("phrase", ["the company's board", "the supervisory board", "the National Farmers Union",
                                    "the National Basketball Federation"])
def test_a_firms_board_or_a_national_union_is_no_state_body(phrase):
    assert speaker_type_of(phrase) == "organisation"


# 3. A union of states is an intergovernmental body, not a trade union.
@pytest.mark.parametrize("phrase", ["the Varn Customs Union", "the trade directorate of the Ostmark Customs Union",
                                    "the monetary union's finance ministers", "the currency union"])
def test_a_union_of_states_is_official(phrase):
    assert speaker_type_of(phrase) == "official"


def test_a_trade_union_stays_an_organisation():
    assert speaker_type_of("the Dock Workers' Union") == "organisation"


# 4. A credit-rating firm named by its trade is a company, never a person's two-word name.
@pytest.mark.parametrize("paragraphs, speaker", [
    (["Meridan Ratings cut Valdor's credit rating by two notches, citing a real risk of default."], "Meridan Ratings"),
    (["Arco Credit Rating said the outlook was negative."], "Arco Credit Rating"),
])
def test_a_rating_firm_is_an_organisation(paragraphs, speaker):
    assert _last(paragraphs) == (speaker, "organisation")


# 5. An agent or broker of a trade speaks for the business.
@pytest.mark.parametrize("phrase", ["Local estate agent Bruno Sayer", "a travel agent in the old town",
                                    "Kira Lenz, a letting agent", "an insurance agent in Varby"])
def test_an_agent_of_a_trade_is_an_organisation(phrase):
    assert speaker_type_of(phrase) == "organisation"


# 6. A document's maker named after a time ("published this evening by X") types the claim, not the document's word.
@pytest.mark.parametrize("phrase, kind", [
    ("a survey published this evening by the pupils' charity Open Schools Norden", "organisation"),  # education
    ("figures released on Monday by the Health Ministry", "official"),  # health
    ("a study published last week by the Tarn Valley Institute", "expert"),  # science
    ("a count released overnight by the dockers' union", "organisation"),  # labour
])
def test_a_documents_maker_after_a_time_types_it(phrase, kind):
    assert speaker_type_of(phrase) == kind


def test_the_maker_split_keeps_the_documents_words():
    assert rules.DOCUMENT_MAKER.split("a survey published this evening by the charity X")[0] == "a survey"


# 7. A market's own record ("data from the X Stock Exchange") is no body's claim, whatever the corpus calls the
# exchange elsewhere (the keys' convention, as "exchange data").
@pytest.mark.parametrize("paragraphs", [
    ["The Velmar Stock Exchange said trading would resume at noon.",
     "The 10-year yield rose 35 basis points, data from the Velmar Stock Exchange showed."],
    ["The Kessel Exchange suspended the shares.", "The thaler closed 2.6% weaker, data from the Kessel exchange showed."],
])
def test_a_markets_own_record_is_typed_other(paragraphs):
    assert _last(paragraphs)[1] == "other"


# 8. A title owned by a bare body reference takes that body's type, an honorific before the holder's name included
# ("the board's chair, Dr. X" after "the National Examinations Board"; "Dr." alone made an expert of her).
@pytest.mark.parametrize("paragraphs, kind", [
    (["The National Examinations Board said 40 papers had leaked.",
      'The board\'s chair, Dr. Petra Lind, said reprinting would cost "at least 18 million".'], "official"),  # education
    (["The Kessel Valley Ski Club said 40 members had been evacuated.",
      "The club's president, Dr. Anna Berg, said the lifts would stay shut."], "organisation"),  # sport
    (["The Ostmark Food Safety Authority recalled 20 tonnes of cheese.",
      "The authority's director, Prof. Ivo Marsh, said no one had fallen ill."], "official"),  # health
])
def test_a_bare_bodys_title_before_an_honorific_takes_the_bodys_type(paragraphs, kind):
    assert _last(paragraphs)[1] == kind


def test_an_experts_own_title_under_a_body_stays_expert():
    assert _last(["The Ostmark Food Safety Authority recalled 20 tonnes of cheese.",
                  "The authority's chief scientist, Dr. Ivo Marsh, said no one had fallen ill."])[1] == "expert"


# 9. Groups of people by their head noun: workers and residents speak for themselves; named after a body's noun and
# "of" or "for" they are its members and the body speaks ("the National Union of Students" was typed citizen before);
# before a body's noun they own it. (Supporters and employees as citizens were put back and withdrawn again this
# session: tests/test_leftovers_voices16.py.)
@pytest.mark.parametrize("phrase, kind", [
    ("workers at the Tarn plant", "citizen"),  # industry
    ("residents of the old town", "citizen"),  # local news
    ("the Confederation of Public Employees", "organisation"),  # labour
    ("the Federation of Small Farmers", "organisation"),  # farming
    ("the National Union of Students", "organisation"),  # education
    ("a union for bus drivers", "organisation"),  # transport
    ("a spokesman for the Association of Tenants", "organisation"),  # housing
    ("the supporters' trust", "organisation"),  # sport
])
def test_groups_of_people_by_their_head_noun(phrase, kind):
    assert speaker_type_of(phrase) == kind


def test_members_inside_a_bodys_name_in_a_sentence():
    assert _last(["The Confederation of Public Employees says 65,000 people marched."])[1] == "organisation"
    assert _last(["The Federation of Small Farmers says 4,000 tractors took part."])[1] == "organisation"


def test_the_members_pattern_needs_a_bodys_noun():
    assert rules.BODY_OF_MEMBERS.search("the Confederation of Public ")
    assert not rules.BODY_OF_MEMBERS.search("a group of ")  # "a group of residents" are residents
    assert speaker_type_of("a group of residents") == "citizen"


# 10. A name glossed as a body by its apposition ("Safe Streets Veldria, a charity that works with young offenders") is
# that body's, however much its last two words look like a person's name: "Its director" after it is the charity's.
@pytest.mark.parametrize("paragraphs, kind", [
    (["Safe Streets Kelby, a charity that works with young offenders, estimates that one in five teenagers has carried "
      "a blade.", 'Its director, Ines Carro, said a ban would "push knives deeper into pockets".'], "organisation"),  # crime
    (["Open Road Varby, a campaign group, says 300 cyclists were hurt last year.",
      "Its founder, Tomas Rell, said the city had ignored every warning."], "organisation"),  # transport
    (["Tarn Harbour Works, the state agency that runs the ports, put the loss at €4 million.",
      "Its director, Ana Lisk, said the quays would reopen on Monday."], "official"),  # shipping
])
def test_its_title_after_a_body_named_by_its_apposition(paragraphs, kind):
    assert _last(paragraphs)[1] == kind


@pytest.mark.parametrize("phrase", ["Erik Sand, a union official", "Anna Berg, a charity worker",
                                    "Petra Lind, the firm's boss", "Greta Holm, 74"])
def test_a_persons_apposition_keeps_the_person(phrase):
    from helpers.attribution import _is_person
    assert _is_person(phrase)
