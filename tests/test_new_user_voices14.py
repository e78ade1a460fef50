"""Session 14 (nuvoices14): voice and claimant classes a new user's trial (an invented nurses' strike) found wrong, each
as a general class with varied sentences of our own from several event kinds (none is the user's): a body's name with
"and" inside it cut into two speakers; one body named several ways (its management, figures it released, the body's
figures, "X bosses") as several claimants; management and union officers typed by the wrong word; the codebook starter
drafting a title as part of a name and the corpus's own outlets as actors."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.actors import candidate_actors
from helpers.attribution import attribute_sentences, block_attributions
from helpers.facts import claimant_key
from probes import body_sentences as _sentences


def _said(paragraphs: list[str]) -> pd.DataFrame:
    return attribute_sentences(_sentences(paragraphs))


# 1. A body's name with "and" inside it is one speaker, its bracketed acronym an alias of it.
@pytest.mark.parametrize("rule", rules.JOINED_NAME_RULES, ids=lambda r: r.name)
def test_each_joined_name_rule_reads_its_example(rule):
    assert re.search(rule.pattern, rule.example)


@pytest.mark.parametrize("sentence, speaker", [
    ("The Dock and Harbour Workers' Union (DHWU) said 600 members had walked out.", "Dock and Harbour Workers' Union"),
    ("A spokesman for the Metal and Engineering Union said 3,000 workers would strike on Monday.",
     "Metal and Engineering Union"),
    ("The Tenants and Residents Association said 40 flats were still without heating.",
     "Tenants and Residents Association"),
    ("The Cycling and Triathlon Federation said two riders had failed tests.", "Cycling and Triathlon Federation"),
])
def test_a_body_name_with_and_inside_is_one_speaker(sentence, speaker):
    basis, found, co, _ = block_attributions([sentence])[0]
    assert speaker in found and not co


@pytest.mark.parametrize("sentence, first, second", [
    ("Police and Kelby Council said 40 homes were evacuated.", "Police", "Kelby Council"),
    ("Greenpeace and the Harbour Pilots Union said the spill was worse.", "Greenpeace", "the Harbour Pilots Union"),
])
def test_two_bodies_joined_by_and_stay_two(sentence, first, second):
    basis, found, co, _ = block_attributions([sentence])[0]
    assert (found, co) == (first, second)


def test_a_joined_name_and_its_acronym_are_one_actor_and_one_claimant():
    texts = ["The Dock and Harbour Workers' Union (DHWU) said 600 members had walked out.",
             "Ivo Marn, general secretary of the DHWU, said the offer was an insult."]
    found = candidate_actors(texts)
    assert "Dock and Harbour Workers' Union" in found and "Harbour Workers' Union" not in found
    assert "DHWU" in found["Dock and Harbour Workers' Union"]["aliases"]
    keys = claimant_key(pd.Series(["The Dock and Harbour Workers' Union (DHWU)", "Ivo Marn, general secretary of the DHWU",
                                   "the DHWU"]))
    assert keys.nunique() == 1, keys.tolist()


# 2. One body named by its management, by a pronoun or by the figures it released is one claimant.
def _claimant_keys(rows: list[tuple[str, str, str]]) -> list[str]:
    frame = pd.DataFrame(rows, columns=["article_id", "sentence", "claimant"])
    frame = frame.assign(block_no=1, start=0, role="body", sentence_no=range(len(frame)))
    return claimant_key(frame["claimant"], frame).tolist()


@pytest.mark.parametrize("rows", [
    [("a", "Orlen Water Company said 300 homes were without water.", "Orlen Water Company"),
     ("a", "The burst forced the company to cut supply to 4,000 homes, its management said.", "its management"),
     ("b", "Orlen Water Company restored 2,000 homes by noon, according to figures it released at 6pm.",
      "figures it released"),
     ("c", "Company bosses say the repairs would cost £2million.", "Company bosses")],
    [("a", "Kelby Airport said 40 flights were cancelled.", "Kelby Airport"),
     ("b", "Airport bosses said 12,000 passengers were stranded.", "Airport bosses"),
     ("c", "Kelby Airport cancelled 52 flights on Friday, according to data it published overnight.",
      "data it published"),
     ("c", "The strike grounded the airport's fleet for six hours, its owners said.", "its owners")],
])
def test_one_body_named_by_its_management_pronoun_or_figures_is_one_claimant(rows):
    keys = _claimant_keys(rows)
    assert len(set(keys)) == 1, keys


def test_a_pronoun_possessor_is_the_body_of_its_own_sentence_not_the_last_claimant():
    rows = [("a", "The Port Workers Federation said 900 members had walked out.", "The Port Workers Federation"),
            ("a", "Harlow Ports cancelled 30 sailings on Monday, according to figures it released at noon.",
             "figures it released"),
            ("a", "Harlow Ports said talks would resume.", "Harlow Ports")]
    keys = _claimant_keys(rows)
    assert keys[1] == keys[2] != keys[0], keys


@pytest.mark.parametrize("name, body", [("the board of Kelby Water", "Kelby Water"), ("Ostmark Rail bosses", "Ostmark Rail"),
                                        ("Hospital bosses", "hospital"), ("police chiefs", "police")])
def test_the_management_of_a_body_is_the_body(name, body):
    from helpers.actors import claimant_body
    assert claimant_body(name) == body


# 3. Types: the operator of a hospital and the management of a body are not experts; union officers and forums are
# organisations.
@pytest.mark.parametrize("phrase, kind", [
    ("the hospital's operator, Westhaven Care Trust", "organisation"), ("the prison's operator, Corvane Services", "organisation"),
    ("Hospital bosses", "organisation"), ("university bosses", "organisation"), ("police chiefs", "official"),
    ("the management of the central bank", "official"), ("Trust bosses", "organisation"),
    ("Branch secretary Ana Holt", "organisation"), ("the union's general secretary, Ivo Marn", "organisation"),
    ("shop steward Per Lind", "organisation"), ("the Patients' Forum chair Ivo Marsh", "organisation"),
    ("Westby Rail Users Forum chair Mia Dunn", "organisation"),
])
def test_operators_management_union_officers_and_forums_are_typed_by_what_they_speak_for(phrase, kind):
    from helpers.attribution import speaker_type_of
    assert speaker_type_of(phrase) == kind


@pytest.mark.parametrize("rule", ["union_officer", "forum"])
def test_each_new_type_cue_reads_its_example(rule):
    from helpers.attribution import speaker_type_of
    cue = next(c for c in rules.TYPE_CUES if c.name == rule)
    assert re.search(cue.pattern, cue.example, re.I) and speaker_type_of(cue.example) == cue.value


@pytest.mark.parametrize("paragraphs, phrase, kind", [
    (["Nurses walked out at dawn, forcing the clinic to cancel 80 appointments, its management said."],
     "its management", "organisation"),
    (["Harlow Ports cancelled 30 sailings on Monday, according to figures it released at noon."],
     "figures it released", "organisation"),
    (["Dispatchers stayed at home, forcing the ambulance service to cancel 40 routine transfers, its management said."],
     "its management", "official"),
    (["The clinic's operator, Ardley Health Group, said 120 operations were postponed."],
     "the clinic's operator, Ardley Health Group", "organisation"),
])
def test_a_pronoun_possessed_speaker_takes_the_type_of_its_sentence_body(paragraphs, phrase, kind):
    row = _said(paragraphs).iloc[0]
    assert row["speaker_text"] == phrase and row["speaker_type"] == kind


# 4. The codebook starter: a title with "of" and a field before a name, an outlet under another of its names, the
# tail of a body's name and a post before a body's name are no actors of their own.
def test_a_title_with_a_field_before_a_name_names_that_person():
    from helpers.codebook_draft import _names_actor
    assert _names_actor("Director of nursing Ana Holt", "Ana Holt", "")
    assert _names_actor("Head of communications Per Lind", "Per Lind", "")
    assert not _names_actor("Head of Kelby Police Per Lind", "Per Lind", "")  # a body's name before: not a title


@pytest.mark.parametrize("name, outlets, is_outlet", [
    ("NBS Radio Kell", ["NBS", "NBS News"], True), ("Harbour Post", ["Harbour Post"], True),
    ("Radio Kell", ["Radio Kell 101 FM"], True), ("NBS chief executive", ["NBS News"], False),
    ("Kell Water", ["Kell Gazette"], False),
])
def test_an_outlet_under_another_of_its_names_is_no_actor(name, outlets, is_outlet):
    from helpers.actors import is_corpus_outlet
    assert is_corpus_outlet(name, outlets) == is_outlet


def test_the_tail_of_a_body_name_is_no_person_and_an_outlet_no_actor_found():
    from helpers.actors import corpus_actors
    texts = ["Dr Mia Dunn, senior fellow at the Institute for Road Safety, said 40 junctions were dangerous.",
             "The Kell Herald said 12 crashes were reported.", "Kell Herald readers sent 300 photographs."]
    sentences = pd.DataFrame({"article_id": "a", "role": "body", "text": texts, "block_no": [1, 2, 3], "sentence_no": 1})
    articles = pd.DataFrame({"article_id": ["a"], "source": ["Kell Herald"], "outlet": ["The Kell Herald"]})
    quotes = pd.DataFrame({"article_id": ["a"], "speaker": ["Dr Mia Dunn"], "speaker_text": ["Dr Mia Dunn"],
                           "speaker_type": ["expert"]})
    found = set(corpus_actors(sentences, articles, quotes)["actors_found"]["actor"])
    assert "Mia Dunn" in found and "Road Safety" not in found and "Kell Herald" not in found


@pytest.mark.parametrize("speaker", ["the hospital's operator, Westby Care Trust", "the ship's owner, Baltic Line Group"])
def test_a_post_before_a_body_name_is_no_body_of_its_own(speaker):
    from helpers.actors import _unnamed_bodies
    quotes = pd.DataFrame({"speaker": [speaker] * 3, "speaker_text": [speaker] * 3, "speaker_type": "organisation"})
    assert _unnamed_bodies(quotes) == {}


@pytest.mark.parametrize("paragraphs, body", [
    (['A hospital insider said managers were "tearing their hair out".',
      "Last night the hospital said it expected a similar number of cancellations today."], "the hospital"),
    (['A ministry source said the talks had "collapsed".', "The ministry said 12 meetings had been held."],
     "the ministry"),
    (['A club insider said the players were "furious".', "The club said two players had been suspended."], "the club"),
])
def test_a_body_is_not_the_unnamed_insider_named_after_it(paragraphs, body):
    said = _said(paragraphs)
    assert said.iloc[0]["speaker_type"] == "anonymous"
    assert said.iloc[1]["speaker"].lower() == body and said.iloc[1]["speaker_type"] != "anonymous"


def test_the_unnamed_source_named_again_by_its_own_noun_stays_anonymous():
    said = _said(['A hospital insider said managers were "tearing their hair out".', "The insider said 40 beds were closed."])
    assert said.iloc[1]["speaker"] == "a hospital insider" and said.iloc[1]["speaker_type"] == "anonymous"


def test_an_outlet_another_outlet_quotes_stays_an_actor_typed_as_media():
    from helpers.actors import corpus_actors
    texts = ["The Kell Herald said 12 crashes were reported.", "Kell Herald readers sent 300 photographs."]
    sentences = pd.DataFrame({"article_id": "a", "role": "body", "text": texts, "block_no": [1, 2], "sentence_no": 1})
    articles = pd.DataFrame({"article_id": ["a"], "source": ["Kell Herald"], "outlet": ["The Kell Herald"]})
    quotes = pd.DataFrame({"article_id": ["a"], "speaker": ["The Kell Herald"], "speaker_text": ["The Kell Herald"],
                           "speaker_type": ["agency"]})
    found = corpus_actors(sentences, articles, quotes)["actors_found"]
    assert found.loc[found["actor"] == "Kell Herald", "type"].tolist() == ["agency"]


def test_the_unnamed_source_named_by_its_head_noun_before_a_preposition_stays_anonymous():
    said = _said(["A senior official at the transport ministry said the warning was ignored.",
                  '"Everybody assumed somebody else would act on it," the official said.'])
    assert said.iloc[1]["speaker_type"] == "anonymous"


def test_a_post_before_a_titled_person_still_names_its_body():
    from helpers.actors import _unnamed_bodies
    speaker = "the coast guard's chief, Commander Ana Holt"
    quotes = pd.DataFrame({"speaker": ["the coast guard"] * 2, "speaker_text": ["the coast guard"] * 2,
                           "speaker_type": "official"})
    assert "coast guard" in _unnamed_bodies(quotes)
    from helpers.actors import _post_of_person
    assert not _post_of_person(speaker)


def test_people_at_a_body_do_not_name_the_body():
    from helpers.codebook_draft import _names_actor
    assert not _names_actor("doctors at Brenn Hospital", "Brenn Hospital", "")


def test_a_source_that_is_a_body_keeps_its_body_type_among_actors_found():
    from helpers.actors import corpus_actors
    texts = ["The Kell Port Authority said 12 berths were closed.", "Kell Port Authority divers found the wreck."]
    sentences = pd.DataFrame({"article_id": "a", "role": "body", "text": texts, "block_no": [1, 2], "sentence_no": 1})
    articles = pd.DataFrame({"article_id": ["a"], "source": ["Kell Port Authority"], "outlet": ["Kell Port Authority"]})
    quotes = pd.DataFrame({"article_id": ["a"], "speaker": ["the Kell Port Authority"],
                           "speaker_text": ["the Kell Port Authority"], "speaker_type": ["official"]})
    found = corpus_actors(sentences, articles, quotes)["actors_found"]
    assert found.loc[found["actor"] == "Kell Port Authority", "type"].tolist() == ["official"]
