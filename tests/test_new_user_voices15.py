"""Session 15 (nuvoices15): voice, type, claimant and codebook-draft classes a new user's trial (an invented concert-arena
roof collapse) found wrong, each as a general class with varied sentences of our own from several event kinds (none is
the user's): a venue, a promoter and a band read as citizens; a body's spokesperson read as anonymous and kin named by
an informal word as "other"; and the draft keeping a plural possessive and an owned office as actors of their own.
(The session's rules for refusals, calls and posted pictures and for claimants by clause were not kept: see
docs/ACCURACY.md, session 15, nuvoices15; they are on branch nuvoices15-full.)"""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import attribution_rules as rules
from helpers.actors import ORGANISATION_USE_RULES, _span_reading, bodies_by_use, candidate_actors
from helpers.attribution import attribute_sentences, speaker_type_of
from helpers.codebook_draft import OWNED_OFFICE_RULES, _speaker_core, with_post_aliases
from helpers.voices import quotations
from probes import body_sentences as _sentences


def _said(paragraphs: list[str]) -> pd.DataFrame:
    return attribute_sentences(_sentences(paragraphs))


# 1. Actor kinds and types: a venue, a trade firm and a band are organisations, never citizens. The type cue that did it
# (trade_or_venue in attribution_rules.TYPE_CUES) was withdrawn by the coordinator after the merge: it lowered a
# validation event's speaker accuracy 0.870 -> 0.854 and claimant accuracy 0.812 -> 0.802 (more than the 0.01 a
# change may cost; the helper had no validation scoring left to see it). The cases stay as strict expected failures
# until a narrower rule passes them without that cost.
TRADE_CUE_WITHDRAWN = pytest.mark.xfail(strict=True, reason="session 15: trade_or_venue type cue withdrawn (validation cost)")


@TRADE_CUE_WITHDRAWN
@pytest.mark.parametrize("phrase", [
    "the concert promoter, Orvel Stage", "Orvel Stage, the promoter", "the record label", "Tarnby Arena",
    "Ostby Live", "Marren Events", "the Kelby Philharmonic", "the band", "the festival promoters",
    "the theatre's publisher",
])
def test_trade_firms_venues_and_bands_speak_as_organisations(phrase):
    assert speaker_type_of(phrase) == "organisation"


def test_a_firm_named_by_its_trade_word_speaks_as_an_organisation_without_the_withdrawn_cue():
    assert speaker_type_of("the ticketing firm") == "organisation"


@TRADE_CUE_WITHDRAWN
@pytest.mark.parametrize("span", ["Tarnby Arena", "Ostby Live", "Brenn Theatre"])
def test_a_name_with_a_venue_or_events_head_word_is_an_organisation(span):
    assert _span_reading(span)[0] == "organisation"


@pytest.mark.parametrize("texts, name", [
    (["The concert promoter, Orvel Stage, put the crowd at 9,000."], "Orvel Stage"),  # culture
    (["Tickets were sold by Varn Pass, the ticketing firm, which said 300 were refunded."], "Varn Pass"),  # business
    (["The ferry operator, Kessel Brandt, cancelled 14 sailings during the strike."], "Kessel Brandt"),  # strike
    (["Fans sang along to The Glass Orchards' encore before the stage lights failed."], "Glass Orchards"),  # disaster
    (["The band The Morrow Tides cancelled nine dates after the storm."], "Morrow Tides"),
    (["Campaign spending was led by the broadcaster, Halden Vision, which spent 2 million."], "Halden Vision"),  # election
])
def test_a_name_the_corpus_sets_beside_a_trade_noun_or_the_is_an_organisation(texts, name):
    found = bodies_by_use({name: {"kind": "person", "aliases": set(), "title": ""}}, texts)
    assert found[name]["kind"] == "organisation" and found[name]["type"] == "organisation"


@pytest.mark.parametrize("texts, name", [
    (["Mira Lund, 44, said the water rose within minutes."], "Mira Lund"),
    (["The judge, Ana Brell, adjourned the trial until Monday."], "Ana Brell"),
    (["The company Ivo Marn founded in 1998 laid off 40 workers."], "Ivo Marn"),
])
def test_a_person_stays_a_person(texts, name):
    found = bodies_by_use({name: {"kind": "person", "aliases": set(), "title": ""}}, texts)
    assert found[name]["kind"] == "person"


def test_each_session15_use_rule_reads_its_example():
    names = {"trade_noun_apposition": "Orvel Stage", "the_inside_a_sentence": "Glass Orchards"}
    for rule in ORGANISATION_USE_RULES.itertuples():
        if rule.name in names:
            assert re.search(rule.pattern.format(name=re.escape(names[rule.name])), rule.example)


def test_a_campaign_name_is_an_organisation_not_a_person():
    found = candidate_actors(["Ana Holt, who runs the Save Our Library group, said 200 people signed."])
    assert found["Save Our Library"]["kind"] == "organisation"


# 3. Types: a body's spokesperson is that body's voice; kin named informally are citizens; a hospital is expert.
@pytest.mark.parametrize("paragraph, speaker, kind", [
    ("A council spokesman said the roof had passed its last inspection.", "a council spokesman", "official"),
    ("A police spokeswoman said 14 people were arrested after the match.", "a police spokeswoman", "official"),
    ("A spokesman for the firm said 300 jobs would go.", "a spokesman for the firm", "organisation"),
    ("A union spokeswoman said 2,000 members had walked out.", "a union spokeswoman", "organisation"),
])
def test_a_body_spokesperson_is_named_not_anonymous(paragraph, speaker, kind):
    quotes = quotations(_sentences([paragraph]), pd.DataFrame(columns=["actor", "side", "alias"]))
    assert quotes[["speaker", "speaker_type"]].values.tolist() == [[speaker, kind]]


def test_an_unnamed_source_stays_anonymous():
    quotes = quotations(_sentences(["A council source said the repair had been postponed twice."]),
                        pd.DataFrame(columns=["actor", "side", "alias"]))
    assert quotes["speaker"].tolist() == ["anonymous"]


@pytest.mark.parametrize("phrase", ["Her dad Marek", "his mum, Ana Holt", "Grandad Tom Reilly", "her boyfriend",
                                    "their nan"])
def test_kin_named_by_an_informal_word_are_citizens(phrase):
    assert speaker_type_of(phrase) == "citizen"


def test_a_hospital_speaks_as_an_expert_by_the_keys_convention():
    assert speaker_type_of("St Brenna's Hospital") == "expert"


# 5. The draft: a plural possessive is the plain name; an owned office is an alias of the person it introduces.
@pytest.mark.parametrize("span, name", [("The Glass Orchards'", "Glass Orchards"), ("Harbour Workers'", "Harbour Workers")])
def test_a_plural_possessive_is_the_plain_name(span, name):
    reading = _span_reading(span)
    assert reading is None or reading[1] == name


def test_a_plural_possessive_and_the_plain_name_are_one_actor():
    found = candidate_actors(["Fans sang along to The Glass Orchards' encore.", "The Glass Orchards, who formed in 2009, "
                                                                               "cancelled their tour."])
    assert not any(n.endswith(("'", "’")) for n in found)


@pytest.mark.parametrize("speaker, person, post", [
    ("Kelby's interior minister, Ana Holt", "Ana Holt", "Kelby's interior minister"),
    ("Tarnby's mayor, Ivo Marn", "Ivo Marn", "Tarnby's mayor"),
    ("Ostria's finance minister, Lea Brenn", "Lea Brenn", "Ostria's finance minister"),
])
def test_an_owned_office_is_an_alias_of_the_person_it_introduces(speaker, person, post):
    assert _speaker_core(speaker) == person
    draft = pd.DataFrame({"actor": [person, post], "side": "", "aliases": "", "type": "official"})
    quotes = pd.DataFrame({"speaker": [speaker] * 2, "speaker_text": [speaker] * 2, "speaker_type": "official"})
    out = with_post_aliases(draft, quotes)
    assert out["actor"].tolist() == [person] and out["aliases"].tolist() == [post]


def test_a_company_post_before_a_name_is_read_as_before():
    assert _speaker_core("Rhenwald's chief, Ana Holt") == "Rhenwald's chief"


@pytest.mark.parametrize("rule", OWNED_OFFICE_RULES, ids=lambda r: r.name)
def test_each_owned_office_rule_reads_its_example(rule):
    assert re.search(rule.pattern, rule.example)
