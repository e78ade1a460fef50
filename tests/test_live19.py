"""Time on live pages (session 19, live19: the new user's finding 10). A live page's own update stamps ("Update 12:40",
"12:40 GMT", "14:05 - ..." paragraphs, latest first or oldest first) give each figure under them that entry's time, on
the page's date and in its time zone; the numbers table keeps it (`figure_time`) with where it came from
(`time_source`: page or update_stamp), and every place that orders a fact's figures by time reads it: the timeline
("latest first"), the kind of difference (a revision over time) and the latest-first orderings of the charts and
sentences. The stamp lines are one table of named rules (helpers.stamps.STAMP_RULES), read by the blocks step (whole
furniture lines) and the numbers step (stamp sentences). Pages and sentences written for these tests, about several
kinds of events (a sinkhole, a storm, a strike, a market, an election count).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import stamps
from helpers.blocks import LIVE_ENTRY_REASON
from helpers.corpus import build_tables
from helpers.facts import difference_kind, figure_time, load_number_codebooks, newest_first, numbers_tables, timeline
from helpers.summary import latest_first

UTC = "UTC"


def _ts(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz=UTC)


def _lines(paragraphs: list[str]) -> list[tuple]:
    return [((i, 1), text, True) for i, text in enumerate(paragraphs, start=1)]


# --- the entry stamp rules -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, minutes, zone", [
    ("Update 12:40", 12 * 60 + 40, None),
    ("UPDATED 09.05", 9 * 60 + 5, None),
    ("17:45", 17 * 60 + 45, None),
    ("12:40 GMT", 12 * 60 + 40, 0.0),
    ("14.05 CEST", 14 * 60 + 5, 2.0),
    ("Latest: 8.15pm", 20 * 60 + 15, None),
    ("9:30 a.m. EDT", 9 * 60 + 30, -4.0),
    ("14:05 - Police say the march has reached the square.", 14 * 60 + 5, None),
    ("06:10 BST – Rail operator cancels 40 trains", 6 * 60 + 10, 1.0),
])
def test_an_entry_stamp_gives_its_clock_time_and_zone(text, minutes, zone):
    got = stamps.entry_stamp(text)
    assert got is not None and got["minutes"] == minutes and got["zone"] == zone, got


@pytest.mark.parametrize("text", [
    "The storm reached the coast at 12:40 and 3,000 homes lost power.",  # a clock inside a sentence
    "Shares fell 12.40 per cent in early trading.",
    "Police said 14 people were detained.",
    "Update on the count in the northern districts follows",  # an update word with no clock and too long
])
def test_a_sentence_is_no_entry_stamp(text):
    got = stamps.entry_stamp(text)
    assert got is None or got["minutes"] is None and got["rule"] == "entry_without_clock" and len(text) <= 40, got


def test_a_stamp_without_a_clock_starts_an_entry_of_unknown_time():
    got = stamps.entry_stamp("Update: earlier today")
    assert got == {"rule": "entry_without_clock", "minutes": None, "zone": None}


# --- the one table the blocks and numbers steps read -----------------------------------------------------------------
def test_every_stamp_reader_is_a_named_row_of_one_table():
    rules = stamps.STAMP_RULES
    assert rules["name"].is_unique
    assert set(rules["where"]) == {"block", "sentence", "opening", "entry"}
    from helpers import numbers

    assert list(numbers.STAMP_LINE_RULES["name"]) == list(rules.loc[rules["where"] == "sentence", "name"])


@pytest.mark.parametrize("line, stamp", [
    ("Last updated 4 Nov 2026, 17:45", True),
    ("Published: 13 October 2026", True),
    ("5 min read", True),
    ("3 hours ago", True),
    ("Tue 13 Oct 2026 12:50", True),
    ("The ministry updated its figure to 41 dead on Tuesday evening after a night of searches.", False),
])
def test_block_stamp_rules(line, stamp):
    assert stamps.is_stamp_block(line, len(line.split())) is stamp


@pytest.mark.parametrize("sentence, stamp", [
    ("Update 17:55", True), ("17:55 GMT", True), ("Posted at 09.12", True),
    ("At 17:55 the river broke its banks.", False),
])
def test_sentence_stamp_rules(sentence, stamp):
    assert stamps.is_stamp_line(sentence) is stamp


# --- entry times -----------------------------------------------------------------------------------------------------
def test_latest_first_page_without_zone_takes_the_zone_that_puts_its_latest_entry_before_publication():
    # published 12:50 CEST (10:50 UTC); entries 12:40, 10:55, 07:10 local
    lines = _lines(["Update 12:40", "About 260 people have now left their homes.", "Update 10:55",
                    "Some 2,000 homes have no water.", "Update 07:10", "About 200 people have been evacuated."])
    got = stamps.entry_times(lines, _ts("2026-10-13 10:50"))
    assert got[(2, 1)] == _ts("2026-10-13 10:40")
    assert got[(4, 1)] == _ts("2026-10-13 08:55")
    assert got[(6, 1)] == _ts("2026-10-13 05:10")


def test_oldest_first_page_gives_the_last_entry_the_latest_time():
    lines = _lines(["09:00", "The union says 4,000 workers have walked out.", "11:30",
                    "Police put the march at 6,500.", "14:15", "Organisers now claim 12,000 marchers."])
    got = stamps.entry_times(lines, _ts("2026-03-05 13:20"))  # 14:15 CET = 13:20 UTC is not the latest; 14:15 +1 ...
    # the zone that puts 14:15 at or just before 13:20 UTC is UTC+0.5 or +1; +1 gives 13:15 UTC (5 minutes before)
    assert got[(6, 1)] == _ts("2026-03-05 13:15")
    assert got[(4, 1)] == _ts("2026-03-05 10:30")
    assert got[(2, 1)] == _ts("2026-03-05 08:00")
    assert got[(6, 1)] > got[(4, 1)] > got[(2, 1)]


def test_a_zone_named_in_the_stamps_is_the_page_zone():
    lines = _lines(["16:40 GMT", "The index closed 4.2% lower.", "13:05 GMT", "The index was down 1.9% at midday."])
    got = stamps.entry_times(lines, _ts("2026-02-10 17:00"))
    assert got[(2, 1)] == _ts("2026-02-10 16:40")
    assert got[(4, 1)] == _ts("2026-02-10 13:05")


def test_a_page_across_midnight_puts_the_earlier_entries_on_the_day_before():
    lines = _lines(["Update 01:20", "With 96% counted the Greens lead by 3,400 votes.", "Update 23:45",
                    "With 60% counted the Greens lead by 9,000 votes."])
    got = stamps.entry_times(lines, _ts("2026-05-18 01:30"))  # UTC page, published 01:30
    assert got[(2, 1)] == _ts("2026-05-18 01:20")
    assert got[(4, 1)] == _ts("2026-05-17 23:45")


def test_an_entry_stamped_after_the_publication_time_is_kept_on_the_same_day():
    # the page gives its first post time (06:30 UTC) and a zone; a later entry stays later, never a day earlier
    lines = _lines(["08:10 UTC", "The coastguard says 14 crew have been rescued.", "06:30 UTC",
                    "A cargo ship is reported to be sinking off the cape."])
    got = stamps.entry_times(lines, _ts("2026-09-02 06:30"))
    assert got[(2, 1)] == _ts("2026-09-02 08:10")
    assert got[(4, 1)] == _ts("2026-09-02 06:30")


def test_a_stamp_without_a_clock_gives_its_paragraphs_the_page_time():
    lines = _lines(["Update 15:00", "Firefighters say 30 homes have burned.", "Update: earlier today",
                    "Police closed the road at dawn.", "Update 11:00", "Residents report smoke over 5 km away."])
    got = stamps.entry_times(lines, _ts("2026-07-21 15:10"))
    assert (2, 1) in got and (4, 1) not in got and (6, 1) in got


def test_one_updated_line_is_no_live_page():
    lines = _lines(["UPDATED 19:20", "At least 52 people have died, the agency said."])
    assert stamps.entry_times(lines, _ts("2026-04-06 17:20")) == {}


def test_a_page_without_publication_time_keeps_no_entry_time():
    lines = _lines(["Update 12:40", "About 260 people have left.", "Update 10:55", "About 200 people have left."])
    assert stamps.entry_times(lines, None) == {}


# --- through the pipeline: blocks, numbers table, timeline, kind of difference ---------------------------------------
LIVE_TXT = """Storm Halvar live: 41,000 homes without power as winds reach 140 km/h
Monday 9 February 2026, 16:50 CET

Update 16:40

The grid operator now says 41,000 homes are without power across the region.

Update 13:15

The grid operator says 28,000 homes are without power.

Update 09:30

The grid operator says 12,000 homes lost power overnight.
"""

LIVE_HTML = """<html lang="en"><head><meta charset="utf-8"><title>Port strike live: 3,000 dockers walk out</title>
<meta property="article:published_time" content="2026-06-03T15:45:00+02:00"></head><body>
<article class="live"><h1>Port strike live: 3,000 dockers walk out</h1>
<div class="live-entry"><p class="entry-time"><time>08:10</time></p>
<p>The dockers' union says 1,200 workers have joined the strike at the northern terminals so far this morning.</p></div>
<div class="live-entry"><p class="entry-time"><time>11:30</time></p>
<p>The union now says 2,400 workers have joined the strike, and the port authority says 40 ships are waiting.</p></div>
<div class="live-entry"><p class="entry-time"><time>15:40</time></p>
<p>The union says 3,000 workers have joined the strike, while the port authority puts the number at 2,100 people.</p></div>
</article></body></html>
"""


def _numbers(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    tables = build_tables(tmp_path)
    out = numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(tmp_path))
    return tables, out


def test_a_live_txt_page_gives_each_figure_its_entry_time(tmp_path):
    tables, out = _numbers(tmp_path, {"storm-live.txt": LIVE_TXT})
    n = out["numbers"][out["numbers"]["role"] == "body"].set_index("text")
    assert n.loc["41,000 homes", "time_source"] == "update_stamp"
    assert n.loc["41,000 homes", "figure_time"] == _ts("2026-02-09 15:40")
    assert n.loc["28,000 homes", "figure_time"] == _ts("2026-02-09 12:15")
    assert n.loc["12,000 homes", "figure_time"] == _ts("2026-02-09 08:30")
    assert n.loc["28,000 homes", "published"] == _ts("2026-02-09 15:50")  # the page's own time is kept beside it
    headline = out["numbers"][out["numbers"]["role"] == "headline"]
    assert (headline["time_source"] == "page").all()


def test_a_live_html_page_keeps_its_entry_times(tmp_path):
    tables, out = _numbers(tmp_path, {"port-live.html": LIVE_HTML})
    blocks = tables["blocks"]
    assert (blocks["reason"] == LIVE_ENTRY_REASON).sum() == 3  # the <time> lines are read, as headings
    n = out["numbers"][out["numbers"]["role"] == "body"].set_index("text")
    assert n.loc["1,200 workers", "figure_time"] == _ts("2026-06-03 06:10")  # 08:10 CEST
    assert n.loc["2,400 workers", "figure_time"] == _ts("2026-06-03 09:30")
    assert n.loc["3,000 workers", "time_source"] == "update_stamp"


def test_a_live_pages_figures_are_a_revision_latest_first(tmp_path):
    tables, out = _numbers(tmp_path, {"storm-live.txt": LIVE_TXT})
    n = out["numbers"][out["numbers"]["role"] == "body"]
    homes = n[n["text"].isin(["41,000 homes", "28,000 homes", "12,000 homes"])]
    assert homes["fact_id"].nunique() == 1
    assert difference_kind(homes) == "revision"  # one page's figures at one time would be outlets differing
    line = timeline(homes, {"storm-live": "Storm live"})
    assert line.index("41,000") < line.index("28,000") < line.index("12,000"), line
    assert "2026-02-09 15:40 UTC" in line and "2026-02-09 08:30 UTC" in line, line
    ordered = latest_first(homes, tables["articles"])
    assert list(ordered["text"]) == ["41,000 homes", "28,000 homes", "12,000 homes"]


def test_an_oldest_first_page_is_ordered_latest_first(tmp_path):
    oldest_first = LIVE_TXT.replace("Update 16:40", "Update X").replace("Update 09:30", "Update 16:40").replace(
        "Update X", "Update 09:30")
    oldest_first = oldest_first.replace("41,000 homes are", "@@").replace("12,000 homes lost", "41,000 homes are").replace(
        "@@", "12,000 homes lost")
    tables, out = _numbers(tmp_path, {"storm-live.txt": oldest_first})
    n = out["numbers"][out["numbers"]["role"] == "body"]
    homes = n[n["text"].isin(["41,000 homes", "28,000 homes", "12,000 homes"])]
    assert list(newest_first(homes)["text"]) == ["41,000 homes", "28,000 homes", "12,000 homes"]
    assert "41,000" in timeline(homes, {}).split("|")[0]


def test_figure_time_falls_back_to_the_page_time():
    frame = pd.DataFrame({"published": [_ts("2026-01-01 10:00"), _ts("2026-01-01 12:00")],
                          "figure_time": [pd.NaT, _ts("2026-01-01 09:00")]})
    assert list(figure_time(frame)) == [_ts("2026-01-01 10:00"), _ts("2026-01-01 09:00")]
    assert list(figure_time(frame.drop(columns="figure_time"))) == list(frame["published"])


# --- the text's own "as of" clock time on a live page -----------------------------------------------------------------
@pytest.mark.parametrize("as_of, minutes", [("6 p.m.", 18 * 60), ("6pm", 18 * 60), ("10.30 a.m.", 10 * 60 + 30),
                                            ("18:40", 18 * 60 + 40), ("noon", 720), ("midnight", 0),
                                            ("Monday night", None), ("Earlier reports", None)])
def test_an_as_of_clock_time(as_of, minutes):
    assert stamps.as_of_minutes(as_of) == minutes


def test_an_as_of_time_after_the_entry_is_left_out():
    written = _ts("2026-02-09 12:15")  # 13:15 CET
    assert stamps.as_of_time("noon", written, 1.0) == _ts("2026-02-09 11:00")
    assert stamps.as_of_time("6 p.m.", written, 1.0) is None  # later than the entry: a forecast or another day
    assert stamps.as_of_time("noon", written, None) is None  # zone unknown


def test_a_figure_as_of_a_clock_time_on_a_live_page_gets_that_time(tmp_path):
    page = LIVE_TXT.replace("The grid operator says 28,000 homes are without power.",
                            "As of noon, 28,000 homes were without power, the grid operator said.")
    tables, out = _numbers(tmp_path, {"storm-live.txt": page})
    n = out["numbers"][out["numbers"]["role"] == "body"].set_index("text")
    assert n.loc["28,000 homes", "time_source"] == "as_of"
    assert n.loc["28,000 homes", "figure_time"] == _ts("2026-02-09 11:00")  # noon CET
    assert n.loc["41,000 homes", "time_source"] == "update_stamp"
