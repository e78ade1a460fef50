"""Session 14 (nuframes14): frames, words and page furniture a new user's strike corpus showed wrong, each class with
sentences and pages of our own from several event kinds (a strike, a war, a trial, a flood, a vote, a cyberattack,
a pandemic), none the user's: cue words in a figurative or non-military sense (labour militancy, a public service's
front line, being held to ransom, a body's own count of something), the contested term 'militants' said of workers,
a tabloid's judgement words, and page furniture (a mid-page box of plain related links, a photo caption beside a
list of other stories, an <h1> longer than the page's title)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.blocks import block_records
from helpers.codebooks import read_codebook
from helpers.corpus import build_tables
from helpers.framing import contested_terms, load_cue_rules, load_frames
from helpers.ingest import Line, RawArticle
from helpers.sentiment import evaluative_hits, load_sentiment_codebooks
from probes import assert_exclude_rule_removes_its_frame, frames_of, term_counts

FRAMES = load_frames(paths.codebook_path("frames.csv"))
RULES = load_cue_rules(paths.codebook_path("frame_cues.csv"))
NEW_RULES = ["labour_militancy", "frontline_public_service", "held_to_ransom_idiom", "running_count_of"]


def _frames(text: str, frames: pd.DataFrame = FRAMES) -> set[str]:
    return frames_of(text, frames)


# 1. Cue words in a sense that names no frame (rows of codebooks/default/frame_cues.csv, kind exclude).
OTHER_SENSE = [
    ("Militant teachers voted to strike again in the new year.", "security_defence"),  # school strike
    ("The rail union has grown more militant since the pay freeze.", "security_defence"),  # rail strike
    ("Union militancy is rising in the car plants, the employers' federation said.", "security_defence"),  # industry
    ("If asking for a fair wage is militant, then we are militant, the dockers' leader said.", "security_defence"),
    ("The council said the cuts would not touch frontline services.", "security_defence"),  # budget
    ("Front-line staff at the call centre were told to work from home.", "security_defence"),  # cyberattack
    ("Nurses on the front line of the pandemic were given a one-off bonus.", "security_defence"),  # pandemic
    ("Ministers said they would not be held to ransom by the rail unions.", "crime_punishment"),  # rail strike
    ("Farmers accused the supermarkets of holding the whole industry to ransom.", "crime_punishment"),  # farming
    ("By evening the ministry had raised its count of flooded homes to 1,200.", "legality"),  # flood
    ("By evening the ministry had raised its count of flooded homes to 1,200.", "crime_punishment"),
    ("The electoral commission's latest count of postal ballots put turnout at 61%.", "legality"),  # vote
]
SAME_WORD_FRAME_KEPT = [
    ("Militants attacked a border checkpoint overnight, killing two guards.", "security_defence"),  # war
    ("A militant group said it carried out the attack on the convoy.", "security_defence"),
    ("Frontline troops withdrew from the eastern villages on Sunday.", "security_defence"),
    ("The kidnappers held the engineer to ransom for three weeks.", "crime_punishment"),  # abduction
    ("The council was held to ransom by hackers who locked its files.", "crime_punishment"),  # cyberattack
    ("The former mayor was convicted on one count of fraud.", "legality"),  # trial
    ("He faces three counts of manslaughter over the fire.", "crime_punishment"),  # fire
]


@pytest.mark.parametrize("text, frame", OTHER_SENSE)
def test_a_cue_word_in_a_sense_that_names_no_frame_gives_none(text, frame):
    assert frame not in _frames(text)


@pytest.mark.parametrize("text, frame", SAME_WORD_FRAME_KEPT)
def test_the_frame_stays_where_the_word_means_it(text, frame):
    assert frame in _frames(text)


@pytest.mark.parametrize("name", NEW_RULES)
def test_each_new_sense_rule_is_what_removes_the_frame(name):
    """Without the row, its example carries the frame again (the probe the row answers)."""
    assert_exclude_rule_removes_its_frame(RULES, name, FRAMES, error_class="figure_of_speech")


# 2. The contested term "militants / fighters" leaves out militancy said of workers (contested_terms.csv `exclude`).
_term_counts = term_counts


def test_militancy_said_of_workers_is_no_contested_term_for_armed_fighters():
    workers = ["Militant nurses walked out at dawn.", "The union has grown more militant since the pay freeze.",
               "If that's militant, so be it, the shop steward said.", "Union militancy is rising in the car plants."]
    assert _term_counts(workers)["militants / fighters"] == 0
    armed = ["Militants attacked a border checkpoint.", "A militant was killed in the raid.",
             "The militant group's commander was captured."]
    assert _term_counts(armed)["militants / fighters"] == 3


def test_a_contested_terms_file_without_the_exclude_column_still_reads(tmp_path):
    """An event's file of the four old columns layers over the default one; a term without `exclude` counts every use."""
    path = tmp_path / "contested_terms.csv"
    path.write_text("concept,term,pattern,note\narmed non-state fighters,militants / fighters,\\bmilitants?\\b,x\n")
    terms = read_codebook(path, ["concept", "term", "pattern"], key=["concept", "term"])
    sentences = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "role": ["body"],
                              "text": ["Militant nurses walked out."]})
    found = contested_terms(sentences, pd.DataFrame({"article_id": ["a"], "source": ["A"]}), terms)
    assert found["count"].sum() == 1


# 3. A tabloid's judgement words ("militant" as a label, "axed") counted; an armed group's label describes it.
def _counted(texts: list[str]) -> list[str]:
    books = load_sentiment_codebooks(paths.DEFAULT_CORPUS_DIR)
    voices = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": range(1, len(texts) + 1),
                           "voice": "narration", "text": texts})
    hits = evaluative_hits(voices, books["lexicon"], books["collocations"])
    return hits.loc[hits["descriptive"] == "", "word"].tolist()


def test_a_tabloids_labels_for_strikers_and_cuts_are_judgement_words():
    assert {"militant", "axed", "desperate"} <= set(_counted([
        "MILITANT bus drivers brought the city to a standstill again.",  # transport strike
        "Hundreds of jobs were axed at the plant on Friday.",  # plant closure
        "Desperate families queued for bottled water.",  # drought
    ]))


def test_an_armed_groups_label_describes_it():
    assert "militant" not in _counted(["A militant group said it carried out the attack on the convoy.",
                                       "Police raided a militant hideout near the border."])


# 4. Page furniture: a mid-page box of plain related links, a caption beside a list, an <h1> longer than the title.
BODY = ("Flood water rose through the night in the lower town and reached the first floors of 40 houses near the "
        "river, the fire service said on Sunday.")
LATER = "Engineers will inspect the two bridges on Monday before the road reopens to traffic, the council said."


def _roles(lines: list[str], captions: tuple[str, ...] = ()) -> dict[str, tuple[str, str]]:
    spaced = [x for t in lines for x in (t, "")]
    text_lines = [Line(t, i) for i, t in enumerate(spaced, 1)] + [Line(c, 0, "caption") for c in captions]
    art = RawArticle("x", "x.html", "html", "utf-8", "0" * 64, text_lines)
    return {r["text"]: (r["role"], r["reason"] or "") for r in block_records(art)}


@pytest.mark.parametrize("head, links", [
    ("RELATED ARTICLES", ("Bridge closed for 2 months after flood", "Council's 40,000 pound repair bill revealed")),
    ("Read more", ("Dockers vote for 48-hour strike", "Court hears 3 new witnesses")),
])
def test_plain_related_links_mid_page_are_teasers_not_headings(head, links):
    roles = _roles(["River bursts its banks in the lower town", BODY, head, *links, LATER])
    assert all(roles[t][0] == "boilerplate" and "teaser of another story" in roles[t][1] for t in links), roles
    assert roles[LATER][0] == "body"


def test_a_short_heading_after_a_numbered_list_mid_page_stays_a_heading():
    roles = _roles(["River bursts its banks in the lower town", BODY, "MOST READ", "1. Pop star weds", "2. Lotto rolls over",
                    BODY.replace("40", "60"), "Most read", "1. Ten walks", "Roads reopen in the east", LATER])
    assert roles["Roads reopen in the east"][0] == "heading"


@pytest.mark.parametrize("caption", ["Villager Ana Ruiz, 81, was carried from her home by boat (Image: Radio Brannock)",
                                     "Striking dockers at the harbour gate on Monday. Photo: Tom Reyes"])
def test_a_photo_caption_beside_a_list_of_other_stories_is_a_caption(caption):
    lines = ["River bursts its banks in the lower town", BODY, LATER, "Trending now", "1. Soap star weds", "2. Lotto rolls"]
    for roles in (_roles(lines, captions=(caption,)), _roles([*lines, caption])):
        assert roles[caption][0] == "caption", roles[caption]


def test_an_h1_longer_than_the_pages_title_is_the_headlines_repeat(scratch):
    page = ("<html><head><title>Vote count: 61% turnout in the capital as polls close | City Daily</title>"
            '<meta property="og:title" content="Vote count: 61% turnout in the capital"></head><body><article>'
            "<h1>Vote count: 61% turnout in the capital as polls close</h1>"
            "<p>Turnout in the capital reached 61% when the polls closed at 8pm, the electoral commission said, the "
            "highest in a local vote since 2004.</p><p>Counting went on through the night in all 14 districts, "
            "officials said, and the result is due on Monday.</p></article></body></html>")
    blocks = build_tables(scratch({"a.html": page}))["blocks"]
    tops = blocks[blocks["text"].str.contains("61% turnout in the capital")]
    assert sorted(tops["role"]) == ["duplicate", "headline"], tops[["role", "text", "reason"]]


def test_a_heading_that_only_shares_the_headlines_first_words_stays_a_heading():
    roles = _roles(["Strike at the port: day two", BODY, "Strike at the port: what happens next", LATER])
    assert roles["Strike at the port: what happens next"][0] == "heading"


# 5. The outlet's own words before a relative clause of reported speech are its narration (where judgement words count).
@pytest.mark.parametrize("text, narration", [
    ("Desperate commuters were stranded for hours by a strike that union leaders say will last all week.",
     "Desperate commuters were stranded for hours by a strike"),  # rail strike
    ("Furious residents packed the hall to hear about a levy which the council says is unavoidable.",
     "Furious residents packed the hall to hear about a levy"),  # budget
])
def test_narration_before_a_relative_clause_of_reported_speech_is_the_outlets_own(text, narration):
    from helpers.sentiment import voice_parts

    parts = voice_parts(text)
    assert parts[0] == ("narration", narration) and parts[1][0] == "reported"
    assert voice_parts("The union said the offer, which the ministry says is final, was an insult.")[0][0] == "reported"
    assert voice_parts("The ministry said the raid was lawful and necessary.") == [
        ("reported", "The ministry said the raid was lawful and necessary.")]
