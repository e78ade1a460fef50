"""Block roles: the hand-annotated key of the default corpus, and general rules on corpora of other shapes."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import KEYS
from helpers.blocks import classify
from helpers.corpus import build_tables
from helpers.ingest import Line, RawArticle


def _article(text: str, fmt: str = "txt") -> RawArticle:
    return RawArticle("x", "x.txt", fmt, "utf-8", "0" * 64, [Line(t, i) for i, t in enumerate(text.split("\n"), 1)])


def test_default_corpus_roles_match_the_hand_key(seed_dir):
    key = pd.read_csv(KEYS / "istanbul_block_roles.csv", comment="#", dtype={"file": str})
    blocks = build_tables(seed_dir)["blocks"]
    got = blocks.assign(file=blocks["article_id"].str[:3], line=blocks["line_start"])[["file", "line", "role"]]
    merged = key.merge(got, on=["file", "line"], how="outer", suffixes=("_key", "_got"), indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"]
    wrong = merged[merged["role_key"] != merged["role_got"]]
    assert wrong.empty, wrong
    # Done means: every body paragraph is body, and no widget, counter, caption, disclaimer or credit is.
    assert (merged["role_key"] == "body").sum() == (blocks["role"] == "body").sum() == 74


def test_every_removed_block_has_a_reason_and_nothing_is_lost(seed_dir):
    blocks = build_tables(seed_dir)["blocks"]
    assert blocks.loc[blocks["role"] != "body", "reason"].notna().all()
    for path in seed_dir.glob("*.txt"):
        raw_lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        kept = blocks.loc[blocks["article_id"] == path.stem, "text"].tolist()
        assert kept == raw_lines


def test_hard_wrapped_plain_text_is_joined_into_paragraphs():
    text = "\n".join([
        "Storm closes motorway",
        "",
        "Heavy snow closed the northern motorway for six hours on Sunday, police",
        "said, stranding hundreds of drivers between two junctions overnight in",
        "temperatures that fell to minus 12 degrees by the early morning hours.",
        "",
        "Snow ploughs reached the stranded vehicles shortly before dawn and the",
        "road reopened at nine, the highways agency said in a brief statement.",
        "",
        "Read more: winter travel advice",
    ])
    blocks = classify(_article(text))
    assert blocks["role"].tolist() == ["headline", "body", "body", "boilerplate"]
    assert blocks.loc[1, ["line_start", "line_end"]].tolist() == [3, 5]
    assert blocks.loc[1, "text"].startswith("Heavy snow closed the northern motorway for six hours on Sunday, police said,")


def test_text_wrapped_at_a_wider_width_is_joined_but_one_paragraph_per_line_is_not():
    import textwrap

    paragraphs = ["Heavy snow closed the northern motorway for six hours on Sunday, police said, stranding hundreds of "
                  "drivers between two junctions overnight in temperatures that fell to minus 12 degrees by dawn.",
                  "Snow ploughs reached the stranded vehicles shortly before dawn and the road reopened at nine, the "
                  "highways agency said in a brief statement issued to local radio stations and to the press.",
                  "\"We were stuck for seven hours with two children in the back,\" said one driver, who asked not to "
                  "be named, adding that nobody had come to check on them during the night."]
    wrapped = "\n\n".join(textwrap.fill(p, 118) for p in paragraphs)  # a 118-column wrap, as some editors save
    blocks = classify(_article("Storm closes motorway\n\n" + wrapped))
    assert blocks["role"].tolist() == ["headline", "body", "body", "body"]
    assert blocks.loc[1, "text"] == paragraphs[0] and blocks.loc[3, "text"] == paragraphs[2]
    one_per_line = "Storm closes motorway\n\n" + "\n".join(
        ["Heavy snow closed the northern motorway for six hours on Sunday, police said on Monday morning.",
         "Hundreds of drivers were stranded between two junctions overnight in temperatures of minus 12 degrees.",
         "Snow ploughs reached the stranded vehicles shortly before dawn, the highways agency said in a statement.",
         "The road reopened at nine, and the agency said it would review how it had handled the closure.",
         "\"We were stuck for seven hours with two children in the back,\" said one driver from the coast.",
         "Forecasters expect more snow on Tuesday night across the north and east of the country, they said."])
    assert len(classify(_article(one_per_line))) == 7  # each paragraph line its own block


@pytest.mark.parametrize(
    "line, role",
    [
        ("1.2K", "boilerplate"),
        ("Share this story", "boilerplate"),
        ("Follow us on Telegram", "boilerplate"),
        ("Sign up for our newsletter to get the latest updates", "boilerplate"),
        ("Photo: Jane Roe / Reuters", "caption"),
        ("Protesters gather outside parliament on Tuesday. (Photo by John Doe/Getty Images)", "caption"),
        ("Additional reporting by Ann Lee in Paris; Editing by Tom Hay", "credit"),
        ("Editor's note: this story has been updated to correct the date of the vote.", "boilerplate"),
        ("This article was updated at 12:05 with the governor's comments.", "boilerplate"),
        ("An earlier version of this story gave the wrong figure for the budget.", "boilerplate"),
        ("This year was updated with new rules by the council, which met 3 times.", "body"),
        ("Correction (14 October 2026, 20:30): An earlier version of this article said 37 people had died. The "
         "correct figure, as of 6pm on Wednesday, is 27.", "boilerplate"),
        ("Clarification, 3 May: the fund is 2 million euros, not 2 million dollars as first reported.", "boilerplate"),
        ("Correction officers said 12 inmates had been hurt in the fighting on Tuesday night.", "body"),
        ("By Karl Osten", "credit"),
        ("By Ana Ruiz and Tom Hay, Health Correspondent", "credit"),
        ("Freight & Rail Weekly staff", "credit"),
        ("Staff and agencies", "credit"),
        ("Our Health Correspondent", "credit"),
        ("Staff shortages", "heading"),
        ("By Tuesday", "heading"),
        ("By Monday Night Football standards it was quiet", "heading"),
    ],
)
def test_general_furniture_rules(line, role):
    body = "The council voted on Tuesday to approve the new budget of 3 million euros after a long debate."
    text = "\n".join(["Council approves budget", body, line, body.replace("Tuesday", "Wednesday")])
    blocks = classify(_article(text))
    assert blocks.loc[2, "role"] == role, blocks


def test_agency_signoff_at_the_end_is_a_credit_and_a_repeated_headline_a_duplicate():
    body = "Officials said the bridge would reopen next month after repairs costing 4 million dollars were finished."
    text = "\n".join(["Bridge to reopen next month", "Bridge to reopen next month", body, body.replace("month", "week"), "REUTERS"])
    roles = classify(_article(text))["role"].tolist()
    assert roles == ["headline", "duplicate", "body", "body", "credit"]


def test_role_rules_are_a_named_table_and_the_first_that_answers_decides():
    from helpers.blocks import ROLE_RULES
    names = [name for name, _ in ROLE_RULES]
    assert len(names) == len(set(names)) and names[0] == "headline" and names[-1] == "heading"
    body = "The regional council approved a budget of 3 million euros on Tuesday after a debate that lasted hours."
    text = "\n".join([
        "Council passes budget",                      # headline: first line of a txt file
        "Spending rises for the third year running",  # standfirst: short, no full stop, under the headline
        body,
        "What happens next",                          # heading: short, no closing punctuation, body follows
        body.replace("Tuesday", "Monday"),
        body,                                         # repeats block 3
        "12 | 340",                                   # counter
        "Share this story",                           # widget, no body after it: the comment area starts here
        "Great news for the town",                    # in the comment area
    ])
    blocks = classify(_article(text))
    assert blocks["role"].tolist() == ["headline", "standfirst", "body", "heading", "body", "duplicate", "boilerplate",
                                       "boilerplate", "boilerplate"]
    assert blocks.loc[5, "reason"] == "repeats block 3"
    assert blocks.loc[8, "reason"].startswith("in the comment/share area that begins at block 8")


@pytest.mark.parametrize("last, role", [("Radio Northfield", "credit"), ("The Harbour Gazette", "credit"),
                                         ("More to follow.", "body"), ("Officials said more rain is due on Friday.", "body")])
def test_a_bare_name_closing_the_article_is_its_sign_off(last, role):
    body = "The council voted on Tuesday to approve the new budget of 3 million euros after a long debate."
    blocks = classify(_article("\n".join(["Council approves budget", body, body.replace("Tuesday", "Monday"), last])))
    assert blocks["role"].tolist()[-1] == role, blocks


@pytest.mark.parametrize(
    "line, parts",
    [
        ("By Ines Marr, Coastal Herald Tuesday 3 March 2026, 08:40", ("3 March 2026 08:40", "By Ines Marr Coastal Herald")),
        ("Radio Seaward | News | 4 March 2026 07:30 CET", ("4 March 2026 07:30 CET", "Radio Seaward News")),
        ("By Ana Ruiz · March 4, 2026 6:40 p.m. EST · Updated 8:10 p.m.", ("March 4, 2026 6:40 p.m. EST", "By Ana Ruiz")),
        ("Harbour Times, 2026-03-04 18:40", ("2026-03-04 18:40", "Harbour Times")),
        ("Live · Markets desk · 3 November 2026", ("3 November 2026", "Live Markets desk")),
        # sentences and headlines that carry a date are not date lines
        ("The ferry sank on 3 March 2026 off Port Aldis.", None),
        ("Police said 14 people died on 3 March 2026 in Brannock", None),
        ("Storm season 2026: what to expect", None),
        ("Turnout at 61.4%, highest in two decades", None),
    ],
)
def test_date_lines_are_told_from_text_that_mentions_a_date(line, parts):
    from helpers.blocks import dateline_parts

    assert dateline_parts(line) == parts


@pytest.mark.parametrize("line,role", [
    ("Dravonia Business Daily", "credit"),  # the outlet's name line under the headline
    ("The Civic Lantern", "credit"),
    ("Police say the raid followed a court order", "standfirst"),  # says something: a standfirst
    ("Rescuers search for 40 missing", "standfirst"),
])
def test_a_bare_name_under_a_text_headline_is_the_outlet_line_not_a_standfirst(line, role):
    body = "Police raided the offices of the Holmgard Ledger before dawn on Tuesday, seizing computers and notebooks."
    text = "\n\n".join(["Raid on newspaper draws protest", line, body, body.replace("Tuesday", "Monday")])
    blocks = classify(_article(text))
    assert blocks.loc[1, "role"] == role, blocks


@pytest.mark.parametrize("name", ["update", "wrapup", "desk_tag"])
def test_each_wire_slug_rule_strips_its_example(name):
    from helpers.blocks import WIRE_SLUGS, without_wire_slug

    example = WIRE_SLUGS.set_index("name").loc[name, "example"]
    stripped = without_wire_slug(example)
    assert stripped != example and stripped[0].isupper() and not stripped[0].isdigit()


def test_a_wire_version_slug_is_no_figure_of_the_headline():
    from helpers.blocks import without_wire_slug

    text = "UPDATE 3-Child dies in Marovia school meals E. coli outbreak; minister orders inquiry\n\n" + \
        "DUNHOLT, Oct 14 (MPA) - A seven-year-old boy has died in an outbreak that has made 263 children ill, " \
        "the health ministry said on Wednesday, as the minister ordered an inquiry into the catering firm."
    blocks = classify(_article(text))
    assert blocks.loc[0, "role"] == "headline" and blocks.loc[0, "text"].startswith("Child dies in Marovia")
    assert without_wire_slug("Update 3 people hurt as bus overturns") == "Update 3 people hurt as bus overturns"
    assert without_wire_slug("UPDATE 2-REFILE-Talks end") == "Talks end" and without_wire_slug("ANALYSIS") == "ANALYSIS"
