"""Session 12 (nuvoices12): voice, draft, frame and evaluative-word classes a new user's trial (an invented ferry
capsizing) found wrong, each as a general class with varied sentences of our own from several event kinds (none is
the user's): ships and shore settlements drafted as actors, a body named after a lake read as the lake, a member's
seat and a double-barrelled surname splitting one person in two, a post before a comma hiding the name, the corpus's
own outlets drafted as actors, posts typed from the wrong context; the outlet that listened read as the speaker and an
unnamed officer matched to the codebook's body; frames from another world's sense of a word; evaluative words in
their noun or classifying sense, and a tabloid's loaded words left uncounted."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.actors import _span_reading, candidate_actors
from helpers.codebook_draft import _speaker_core, _words_type, without_outlets
from helpers.codebooks import alias_pattern, alias_key
from helpers.framing import load_frames, sentence_frames
from helpers.sentiment import evaluative_hits, load_sentiment_codebooks
from helpers.voices import _normalised


# 1. The codebook starter: things, places, posts and outlets are no actors; one person or body is one actor.
@pytest.mark.parametrize("texts, thing", [
    (["The MV Karla Dune listed and sank off the headland.", "Karla Dune had been refitted in 2019, the owners said."],
     "Karla Dune"),
    (["The tanker crew abandoned the MT Borea Star at dawn.", "Borea Star was carrying 80,000 tonnes of crude."],
     "Borea Star"),
    (["Fishermen from Orrin Cove reached the boat first.", "Orrin Cove has no road to the town."], "Orrin Cove"),
    (["The landslide buried three houses at Salt Point overnight.", "Salt Point residents were moved to a school."],
     "Salt Point"),
])
def test_ships_and_shore_settlements_are_no_actors(texts, thing):
    assert thing not in candidate_actors(texts)


def test_a_body_named_after_a_lake_is_the_body_and_its_acronym_joins_it():
    found = candidate_actors(["Overnight, the Lake Morrow Rescue Service (LMRS) said divers had reached the wreck.",
                              "The River Dell Trust said the spill had killed fish for 8 km."])
    assert "LMRS" in found["Lake Morrow Rescue Service"]["aliases"] and "LMRS" not in found
    assert "River Dell Trust" in found
    assert "River Dell" not in candidate_actors(["Flood water from the River Dell reached the square."])


@pytest.mark.parametrize("span", ["MP for Kell", "Senator for Ostvale", "Member for Tarn East"])
def test_a_members_seat_is_a_post_not_a_body(span):
    assert _span_reading(span) is None


def test_one_member_named_by_seat_and_by_a_double_barrelled_name_is_one_person():
    found = candidate_actors(["Kell MP Ana Brell-Voss said the count was wrong.",
                              "The MP for Kell, Ana Brell-Voss, called the budget a betrayal."])
    assert "Ana Brell-Voss" in found and found["Ana Brell-Voss"]["kind"] == "person"
    assert not {"MP for Kell", "Kell MP Ana Brell-Voss"} & set(found)


@pytest.mark.parametrize("speaker, core", [
    ("a spokeswoman, Ines Varga", "Ines Varga"),
    ("the airline's owner, Brandt Air", "Brandt Air"),
    ("the Senator for Ostvale, Piet Aro", "Piet Aro"),
    ("Ana Ruiz, a 30-year-old nurse", "Ana Ruiz"),
    ("the union", "union"),
])
def test_a_post_before_a_comma_gives_way_to_the_name(speaker, core):
    assert _speaker_core(speaker) == core


def test_the_corpus_outlets_are_no_actors():
    draft = pd.DataFrame({"actor": ["Harbour Post", "Radio Kell", "Kell", "Ana Ruiz"], "side": "", "aliases": "",
                          "type": ["agency", "agency", "official", "citizen"]})
    kept = without_outlets(draft, ["The Harbour Post", "Radio Kell 101 FM", "Post"])
    assert kept["actor"].tolist() == ["Kell", "Ana Ruiz"]
    assert without_outlets(draft, []).equals(draft)


def test_a_post_the_words_make_official_and_an_owned_post_take_their_type():
    draft = pd.DataFrame({"actor": ["North Fell Mountain Rescue Team", "Ola Berg"], "side": "", "aliases": "",
                          "type": ["official", "citizen"]})
    assert _words_type("Dunmore metropolitan police commander Ola Berg", "expert", draft) == "official"
    assert _words_type("mountain rescue leader Ian Bell", "other", draft) == "official"
    assert _words_type("Dr. Rena Holt, the agency's incident manager", "official", draft) == "official"
    assert _words_type("Dr. Rena Holt, the union's president", "organisation", draft) == "organisation"
    assert _words_type("a source at the ministry", "anonymous", draft) == "anonymous"


# 2. The outlet that listened is not the speaker; an unnamed officer stays anonymous beside the codebook's body.
def _codebook(*actors: str):
    frame = pd.DataFrame({"actor": list(actors), "side": "", "alias": list(actors), "type": ""})
    return alias_pattern(frame), {alias_key(a): (a, "", "") for a in actors}


@pytest.mark.parametrize("phrase, kind", [
    ("residents interviewed by The Harbour Post", "citizen"),
    ("shopkeepers told Radio Kell", "citizen"),
    ("two nurses speaking to the Daily Courant", "citizen"),
])
def test_the_outlet_that_listened_is_not_the_speaker(phrase, kind):
    pattern, lookup = _codebook("Harbour Post", "Radio Kell", "Daily Courant")
    assert _normalised(phrase, kind, pattern, lookup)[0] == phrase


@pytest.mark.parametrize("phrase, body", [
    ("a senior police officer, speaking on condition of anonymity", "police"),
    ("an army officer who asked not to be named", "army"),
])
def test_an_unnamed_officer_stays_anonymous_beside_the_codebooks_body(phrase, body):
    pattern, lookup = _codebook(body)
    assert _normalised(phrase, "anonymous", pattern, lookup)[0] == "anonymous"
    assert _normalised(f"{body} spokeswoman Ana Ruiz", "official", pattern, lookup)[0] == body


# 3. Frames from another world's sense of a word (rows of codebooks/default/frame_cues.csv, kind exclude).
def _frames(text: str) -> set[str]:
    sentences = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "role": ["body"], "text": [text]})
    return set(sentence_frames(sentences, load_frames(paths.codebook_path("frames.csv")))["frame"])


@pytest.mark.parametrize("text, frame", [
    ("Firefighters cut the driver free from the overturned lorry.", "legality"),
    ("Villagers waded out to the overturned canoe.", "legality"),
    ("A naval engineer said the hull had cracked along a weld.", "security_defence"),
    ("Navy divers recovered two more bodies from the flooded mine shaft.", "security_defence"),
    ("Navy helicopters joined the search for missing climbers.", "security_defence"),
    ("The channel will broadcast a live programme from the stadium tonight.", "policy_prescription"),
    ("The 60-year-old dam had not been inspected since 2015.", "generic_human_interest"),
    ("The crew were aboard the 45-year-old trawler when it sank.", "generic_human_interest"),
    ("Two weeks after the strike, it was back to business as usual at the depot.", "economic"),
])
def test_another_worlds_sense_gives_no_frame(text, frame):
    assert frame not in _frames(text)


@pytest.mark.parametrize("text, frame", [
    ("The appeals court overturned the ruling on Friday.", "legality"),
    ("Navy divers laid mines across the harbour mouth.", "security_defence"),
    ("The government launched a programme to retrain miners.", "policy_prescription"),
    ("A 39-year-old mother of three was among the dead.", "generic_human_interest"),
])
def test_the_frame_stays_where_the_word_means_it(text, frame):
    assert frame in _frames(text)


# 4. Evaluative words: noun and classifying senses left out; a tabloid's loaded words counted.
BOOKS = load_sentiment_codebooks(paths.DEFAULT_CORPUS_DIR)


def _judged(text: str) -> list[str]:
    voices = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "voice": ["narration"], "text": [text]})
    hits = evaluative_hits(voices, BOOKS["lexicon"], BOOKS["collocations"])
    return hits.loc[hits["descriptive"] == "", "word"].tolist()


@pytest.mark.parametrize("text, word", [
    ("The station will air a special edition from the flooded square at 8pm.", "special"),
    ("The UN named a special envoy for the region on Monday.", "special"),
    ("A second fine of 9,000 euros is under appeal.", "fine"),
    ("The club was hit with another fine after the match.", "fine"),
    ("Volunteers handed out a tub of soup to each family.", "tub"),
    ("The cinema was showing a horror film when the roof fell in.", "horror"),
])
def test_noun_and_classifying_senses_are_not_judgement(text, word):
    assert word not in _judged(text)


@pytest.mark.parametrize("text, word", [
    ("Greed sank the mine, neighbours say.", "greed"),
    ("The stadium horror left 12 dead.", "horror"),
    ("Sobbing relatives waited at the gates.", "sobbing"),
    ("The cash-strapped council cut the lifeguards.", "cash-strapped"),
    ("Passengers boarded the ill-fated flight at dawn.", "ill-fated"),
    ("The ferry was a rusting tub, locals said.", "tub"),
    ("It was a fine performance by the rescue teams.", "fine"),
])
def test_a_tabloids_loaded_words_are_counted(text, word):
    assert word in _judged(text)
