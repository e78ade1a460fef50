"""Page classes a new user's trial (session 19: docs/new_user_trials/session19) read wrong, tested on pages written for
this test: a hard-wrapped plain-text file keeps its headline, outlet line and date line apart (its body paragraphs
are still joined), and a "Don't miss:" or "You may also like:" teaser left in a news-please record's text is page
furniture, never a body sentence."""
from __future__ import annotations

from helpers.blocks import _furniture, classify
from helpers.ingest import read_article

BODY = ("The regional water board said on Tuesday that pressure had been restored to most of the valley after a main\n"
        "burst under the ring road, leaving some 4,300 households without water for most of the night. Engineers\n"
        "worked through the night to replace a section of pipe more than forty years old, a spokesman said.\n\n"
        "Residents in the lower town said they had been given no warning and that bottled water ran out at two of\n"
        "the three distribution points by midnight. The board apologised and promised a review of its alerts.\n")


def _blocks(tmp_path, head: str):
    path = tmp_path / "wrapped.txt"
    path.write_text(head + "\n\n" + BODY, encoding="utf-8")
    return classify(read_article(path)[0])


def test_a_wrapped_files_header_lines_stay_apart(tmp_path):
    blocks = _blocks(tmp_path, "Valley without water overnight as forty-year-old main bursts under ring road\n"
                               "The Lowland Courier\n12 March 2026 08:15 CET")
    assert blocks["text"].iloc[0] == "Valley without water overnight as forty-year-old main bursts under ring road"
    assert blocks["role"].iloc[0] == "headline"
    assert "The Lowland Courier" in set(blocks["text"]) and "12 March 2026 08:15 CET" in set(blocks["text"])
    body = blocks[blocks["role"] == "body"]["text"].tolist()
    assert len(body) == 2 and body[0].startswith("The regional water board") and body[0].endswith("a spokesman said.")


def test_a_wrapped_headline_on_two_long_lines_is_still_one_headline(tmp_path):
    first = "Valley without water overnight as the forty-year-old main bursts under the ring road, leaving thousands"
    assert len(first) > 100  # wrapped at the body's width
    blocks = _blocks(tmp_path, first + "\nof households to queue for bottled water at dawn")
    assert blocks["text"].iloc[0] == first + " of households to queue for bottled water at dawn"


def test_teasers_left_in_a_records_text_are_furniture():
    for line in ("Don't miss: the top 10 heists of all time – see our gallery.", "You may also like: 7 cheap city breaks",
                 "Most read: Five things to know about the new tax"):
        assert _furniture(line, len(line.split())) == ("boilerplate", "teaser link to another story"), line
    story = "Don't miss the deadline: 3,000 tenants must register by Friday, the council said in a statement."
    assert _furniture(story, len(story.split())) is None
