"""Session 13 (nufurniture13): classes a new user's tabloid page, saved page and summary showed wrong, each with
sentences of our own from several event kinds (a flood, a strike, a trial, a market, a fire, a vote), none the
user's: page furniture in a text file (share prompts and bars, lists of other stories with their teasers, cross-heads
in capitals), a saved page's marked standfirst below a kicker and a repeated headline, evaluative words in a sense
that judges nothing (and a tabloid's judgement words), and a summary whose sentences and table count from one table."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.blocks import PAGE_FURNITURE, block_records, credit_from_blocks
from helpers.claimant_view import claimant_differences, claimant_finding, fact_families
from helpers.corpus import build_tables
from helpers.ingest import Line, RawArticle
from helpers.sentiment import evaluative_hits, load_sentiment_codebooks

BODY = ("Flood water rose through the night in the lower town and reached the first floors of 40 houses near the "
        "river, the fire service said on Sunday.")


def _roles(lines: list[str]) -> list[tuple[str, str, str]]:
    spaced = [x for t in lines for x in (t, "")]  # one paragraph a line, blank lines between, as pasted pages are
    art = RawArticle("x", "x.txt", "txt", "utf-8", "0" * 64, [Line(t, i) for i, t in enumerate(spaced, 1)])
    return [(r["text"], r["role"], r["reason"] or "") for r in block_records(art)]


def _page(*middle: str, tail: tuple[str, ...] = ()) -> list[str]:
    return ["River bursts its banks in the lower town", "By Ana Ruiz", BODY, *middle,
            "Engineers will inspect the two bridges on Monday before the road reopens to traffic, the council said.",
            *tail]


@pytest.mark.parametrize("prompt", ["SHARE THIS STORY", "Share this article", "Share on Facebook", "Email this page"])
def test_a_share_prompt_is_furniture_never_a_credit(prompt):
    roles = dict((t, (r, why)) for t, r, why in _roles(_page(tail=(prompt, "Comments (12)"))))
    assert roles[prompt] == ("boilerplate", "share prompt or share bar")
    assert "credit" not in {r for r, _ in roles.values() if r != roles["By Ana Ruiz"][0]}


@pytest.mark.parametrize("bar", ["Facebook | X | WhatsApp", "Twitter · LinkedIn · Email", "WhatsApp / Telegram / Copy link"])
def test_a_bar_of_social_networks_is_furniture_not_body(bar):
    roles = {t: r for t, r, _ in _roles(_page(bar, "The council said the water was falling by the evening."))}
    assert roles[bar] == "boilerplate"


@pytest.mark.parametrize("head", ["MOST READ", "Trending now", "Related stories", "More from Business", "Editor's picks"])
def test_a_list_of_other_stories_and_its_numbered_teasers_are_furniture(head):
    """Mid-page (body text follows) the list ends at the first paragraph; at the foot its teasers are furniture too."""
    teasers = ("1. Pop singer's surprise engagement", "2. Ten walks for a rainy weekend", "3) Striking dockers win 5% rise")
    lines = _page(head, *teasers)
    roles = {t: (r, why) for t, r, why in _roles(lines)}
    assert roles[head][0] == "boilerplate" and "list of other stories" in roles[head][1]
    assert all(roles[t][0] == "boilerplate" and "teaser of another story" in roles[t][1] for t in teasers)
    assert roles[lines[-1]][0] == "body"  # the paragraph after the list is the story again
    foot = {t: r for t, r, _ in _roles(_page(tail=(head, *teasers)))}
    assert all(foot[t] == "boilerplate" for t in (head, *teasers))


def test_without_a_list_head_a_numbered_line_stays_what_it_was():
    lines = _page("1. The dockers' union wants a 7% rise", "Its members will vote on the offer on Friday, the union said.")
    assert dict((t, r) for t, r, _ in _roles(lines))["1. The dockers' union wants a 7% rise"] != "boilerplate"


@pytest.mark.parametrize("crosshead", ["HISTORY REPEATING", "ANGER ON THE STREETS", "£2M PAYOUT ROW", "WHAT HAPPENS NEXT"])
def test_a_cross_head_in_capitals_is_a_heading_never_a_credit(crosshead):
    lines = _page("The trial of the two directors opened in the morning.", crosshead,
                  "Prosecutors say the pair moved 3 million euros through a shell company over four years.")
    records = _roles(lines)
    roles = {t: (r, why) for t, r, why in records}
    assert roles[crosshead] == ("heading", "cross-head in capitals (a section title, not a credit)")
    credit, _ = credit_from_blocks([{"role": r, "reason": why, "text": t} for t, r, why in records])
    assert credit == "Ana Ruiz"


def test_an_agency_sign_off_at_the_foot_stays_a_credit():
    roles = {t: r for t, r, _ in _roles(_page(tail=("REUTERS",)))}
    assert roles["REUTERS"] == "credit"


def test_every_page_furniture_row_reads_its_own_example():
    from helpers.blocks import _FURNITURE_LINE

    assert PAGE_FURNITURE["name"].is_unique and PAGE_FURNITURE["note"].str.len().gt(20).all()
    for row in PAGE_FURNITURE.itertuples(index=False):
        assert _FURNITURE_LINE[row.name].match(row.example), row.name


def test_a_saved_pages_standfirst_under_a_kicker_and_a_repeated_headline_is_a_standfirst(scratch):
    page = ("<html><head><title>Fire guts harbour warehouse</title></head><body><article>"
            '<p class="kicker">Harbour | Updated 14:10</p><h1>Fire guts harbour warehouse</h1>'
            '<p class="standfirst">Three firefighters hurt and 60 workers sent home as the blaze burns for nine hours</p>'
            "<p>The fire broke out in a grain store on the east quay shortly before dawn on Monday and spread to two "
            "neighbouring sheds, the fire service said.</p><p>Crews from four stations fought the flames until the "
            "afternoon, officials said, and the quay stays closed.</p></article></body></html>")
    blocks = build_tables(scratch({"a.html": page}))["blocks"].set_index("text")
    assert blocks.loc["Three firefighters hurt and 60 workers sent home as the blaze burns for nine hours",
                      "role"] == "standfirst"


def _hits(texts: list[str]) -> pd.DataFrame:
    books = load_sentiment_codebooks(paths.DEFAULT_CORPUS_DIR)
    voices = pd.DataFrame({"article_id": "a", "block_no": 1, "sentence_no": range(1, len(texts) + 1),
                           "voice": "narration", "text": texts})
    return evaluative_hits(voices, books["lexicon"], books["collocations"])


WRONG_SENSE = [
    "Customs officers found 80,000 dollars in a safe behind a bookcase at the depot.",  # smuggling: a strongbox
    "The cash kept in the safe belonged to the club, the auditors said.",  # fraud: a strongbox
    "The director's right-hand man was questioned for six hours.",  # inquiry: a side
    "Dockers have the right to strike under the 2019 law.",  # strike: an entitlement
    "Protesters gathered right outside the ministry at noon.",  # protest: an adverb of place
    "The former treasurer could spend up to six years behind bars.",  # trial: a fixed phrase
    "Delegates meet on Saturday to elect a new party leader.",  # vote: the verb
    "The inspectors measured the fat content of school meals.",  # food safety: the substance
    "There was not enough water for the 300 families in the camp.",  # drought: a quantifier
]
JUDGED = [
    "DISGRACED banker Tom Reyes left court in silence.",
    "The club paid a whopping 12 million for the striker.",
    "A staggering 40% of the homes had no insurance.",
    "The firm landed another fat contract from the ministry.",
    "The company says the fire was an accident. Pull the other one.",
    "Residents do not feel safe in their own streets.",
    "The minister said it was the right decision.",
]


def test_evaluative_words_in_a_sense_that_judges_nothing_are_left_out():
    hits = _hits(WRONG_SENSE)
    counted = hits[hits["descriptive"] == ""]
    assert counted.empty, counted
    assert not hits.empty and hits["descriptive"].nunique() >= 6  # many rules, not one


def test_a_tabloids_judgement_words_and_idioms_of_scorn_are_counted():
    hits = _hits(JUDGED)
    counted = hits[hits["descriptive"] == ""]
    assert {"disgraced", "whopping", "staggering", "fat", "pull the other one", "safe", "right"} <= set(counted["word"])


ARTICLES = pd.DataFrame({"article_id": ["a", "b", "c"], "source": ["Radio", "Daily", "Wire"],
                         "published": pd.to_datetime(["2026-05-02 08:00", "2026-05-02 11:00", "2026-05-02 15:00"],
                                                     utc=True)})


def _mention(article, text, low, fact_id, label, claimant="", news_value=3):
    return {"article_id": article, "text": text, "value_low": float(low), "value_high": float(low), "hedge": "exact",
            "kind": "count", "unit": "", "fact_id": fact_id, "fact_label": label, "claimant": claimant,
            "comparable": True, "news_value": news_value}


def _crowd_numbers() -> pd.DataFrame:
    return pd.DataFrame([
        _mention("b", "about 3,000", 3000, "protesters|police", "protesters (according to police)", "police"),
        _mention("b", "12,000", 12000, "protesters|union", "protesters (according to the union)", "the union"),
        _mention("a", "two", 2, "arrested", "people arrested"),
        _mention("c", "four", 4, "arrested|police", "people arrested (according to police)", "police"),
        _mention("c", "1,200", 1200, "evacuated", "people evacuated"),
    ])


def test_a_claimant_dispute_told_within_one_source_is_a_claimant_difference_and_leads():
    families = fact_families(_crowd_numbers(), ARTICLES)
    assert set(families["family"]) == {"protesters", "people arrested"}
    ranked = claimant_differences(families).set_index("family")
    assert ranked.loc["protesters", "side_by_side"] and ranked.loc["protesters", "differ"]
    assert not ranked.loc["people arrested", "side_by_side"]
    text = claimant_finding(families)
    assert text.startswith("**Who gives which figure.** Daily credits **protesters** to 2 different claimants")
    assert "“12,000” (the union, in Daily)" in text and "“about 3,000” (police, in Daily)" in text
    assert "set side by side in one source" in text and "1 more fact is credited" in text


def test_the_silences_sentence_and_the_table_of_sources_count_the_same_shared_facts():
    from helpers.summary import _silence_finding, shared_facts

    facts = pd.DataFrame([(f, f, s, True) for s, fs in {"A": ["killed"], "B": ["killed", "injured", "floor"],
                                                         "C": ["killed", "injured", "floor"]}.items() for f in fs],
                         columns=["fact_id", "fact_label", "source", "reported"])
    summary = pd.DataFrame({"fact_id": ["killed", "injured", "floor"], "fact_label": ["killed", "injured", "floor"],
                            "n_reporting": [3, 2, 2], "comparable": True, "headline_ok": [True, True, False]})
    shared, what = shared_facts(summary)
    assert shared["fact_id"].tolist() == ["killed", "injured"] and what == "facts of news value"
    text = _silence_finding({"numbers": {"facts": facts, "fact_summary": summary}}, pd.DataFrame({"source": list("ABC")}))
    assert text.startswith("**Silences.** A is silent on 1 of the 2 facts of news value")


def test_the_numbers_finding_counts_reporting_other_claimant_and_silent_sources_from_one_table():
    """Sources giving the fact, giving it only under another claimant, and silent add up to the corpus's sources
    though the fact_summary's n_silent (counted in articles) also counts the one under another claimant."""
    from helpers.summary import _numbers_finding

    articles = pd.DataFrame({"article_id": list("abcde"), "source": ["Radio", "Daily", "Wire", "Weekly", "Site"],
                             "published": pd.to_datetime([f"2026-05-02 0{h}:00" for h in range(5)], utc=True)})
    numbers = pd.DataFrame([
        _mention("a", "14 dead", 14, "killed", "people killed"),
        _mention("b", "19 dead", 19, "killed", "people killed"),
        _mention("c", "21", 21, "killed|hospital", "people killed (according to the hospital)", "the hospital"),
    ]).merge(articles[["article_id", "published"]], on="article_id")
    summary = pd.DataFrame({"fact_id": ["killed"], "fact_label": ["people killed"], "n_reporting": [2], "n_silent": [3],
                            "headline_ok": [True], "disagreement": [2.1], "difference": [""],
                            "intervals_overlap": [False], "scope_conflict": [False]})
    text = _numbers_finding({"numbers": {"fact_summary": summary, "numbers": numbers}}, articles)
    assert "(2 sources, 1 more under another claimant, 2 silent)" in text, text


def test_a_cross_head_is_no_sentence_of_the_story_unless_it_states_a_figure(scratch):
    text = "\n\n".join(_page("The strike closed all 14 depots by noon, the union said.", "CHAOS AT THE STATIONS",
                             "Commuters queued for hours at the main station as replacement buses ran late.",
                             "NINE DAYS OF WALKOUTS", "The union and the operator meet again on Monday, both sides said."))
    tables = build_tables(scratch({"a.txt": text}))
    blocks = tables["blocks"].set_index("text")
    assert blocks.loc["CHAOS AT THE STATIONS", "role"] == blocks.loc["NINE DAYS OF WALKOUTS", "role"] == "heading"
    sentences = tables["sentences"]["text"]
    assert not sentences.str.contains("CHAOS AT").any() and sentences.str.contains("NINE DAYS").any()
    assert sentences.str.contains("14 depots").any()


def test_a_line_in_capitals_under_the_headline_is_no_cross_head():
    roles = {t: why for t, _, why in _roles(["Bridge shut after barge strike", "BARGE HIT PIER AT DAWN", BODY,
                                             "Divers will inspect the piers on Monday, the port authority said."])}
    assert roles["BARGE HIT PIER AT DAWN"] != "cross-head in capitals (a section title, not a credit)"


@pytest.mark.parametrize("path", ["Home | News | Region | Crime", "News › World › Europe", "Home > Sport",
                                  "Business | Markets | Banking | Europe"])
def test_a_pages_section_path_is_furniture_not_a_heading(path):
    roles = {t: (r, why) for t, r, why in _roles(_page(path, "The council said the water was falling by the evening."))}
    assert roles[path] == ("boilerplate", "section path (breadcrumb) of the page")


@pytest.mark.parametrize("line", ["Radio Brannock | News | 15 October 2026 07:30", "Markets | Banking"])
def test_a_dated_outlet_line_or_a_short_label_pair_is_no_section_path(line):
    roles = {t: why for t, _, why in _roles(_page(line, "The council said the water was falling by the evening."))}
    assert roles[line] != "section path (breadcrumb) of the page"
