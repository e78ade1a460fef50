"""Numbers are read in every text role (headline, standfirst, body, captions); page furniture never gives a fact."""
from __future__ import annotations

import math

from helpers import paths
from helpers.corpus import build_tables
from helpers.facts import load_number_codebooks, numbers_tables
from helpers.number_format import format_mention, format_value

ARTICLE = """Flood toll rises to 31 as river peaks

Rescuers say at least 400 homes are under water after two days of rain

Updated 12 June 2024, 14:32 GMT

The river peaked at 6.2 metres on Tuesday, officials said, and 31 people have died.

Read also: Last year's storm cost $2 billion

Photo: Volunteers fill 5,000 sandbags in the town centre, 11 June 2024. © 2024 Example Agency

Subscribe for just £1 a week to read every story.

Emergency crews evacuated some 2,500 residents overnight.
"""


def _numbers(tmp_path):
    corpus = tmp_path / "flood"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    tables = build_tables(corpus)
    return tables, numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(paths.DEFAULT_CORPUS_DIR))["numbers"]


def test_every_role_is_read_and_furniture_is_not(tmp_path):
    tables, numbers = _numbers(tmp_path)
    roles = tables["blocks"].set_index("text")["role"]
    assert roles["Read also: Last year's storm cost $2 billion"] == "boilerplate"
    assert roles["Updated 12 June 2024, 14:32 GMT"] == "boilerplate"
    assert roles["Subscribe for just £1 a week to read every story."] == "boilerplate"
    by_text = numbers.set_index("text")
    assert by_text.loc["31", "role"] == "headline"
    assert by_text.loc["at least 400 homes", "role"] == "standfirst"
    assert by_text.loc["5,000 sandbags", "role"] == "caption"  # a caption's figure is read…
    assert by_text.loc["some 2,500 residents", "role"] == "body"
    texts = set(numbers["text"])
    assert by_text.loc["11 June 2024", "kind"] == "date"  # …and its date (a date is never a comparable fact)…
    # …but not its copyright year, nor the time stamp, the teaser's figure or the paywall price
    assert not texts & {"2024", "12 June 2024", "14:32 GMT", "$2 billion", "£1"}, texts


def test_formatting_reads_as_people_write():
    assert format_value(1_200_000, "", "count") == "1.2 million"
    assert format_value(1630, "time", "time") == "16:30"
    assert format_value(-4, "celsius", "measure") == "-4 °C"
    assert format_value(3.1e9, "USD", "money") == "$3.1 billion"
    assert format_value(5, "percent", "percent") == "5%"
    assert format_value(16.5, "hour", "duration") == "16 hours 30 minutes"
    assert format_value(12_500, "GBP", "money") == "£12,500"
    assert format_value(40, "CHF", "money") == "CHF 40"
    assert format_mention(1000, math.nan, "prisoner", "at_least", "count") == "at least 1,000 prisoners"
    assert format_mention(20_000, 99_999, "", "vague", "count") == "20,000–99,999 (vague)"
    assert format_mention(5, 5, "percent", "exact", "change", "down") == "down 5%"
    assert format_mention(3, 1, "score", "exact", "score") == "3–1"
    assert format_mention(20240611, 20240611, "date", "exact", "date") == "11 June 2024"


def test_a_live_pages_entry_stamp_opening_a_paragraph_is_furniture_but_a_time_in_the_story_is_not():
    from helpers.numbers import is_furniture, number_records

    def furniture(sentence):
        return [(r["text"], is_furniture(r, "body", sentence)) for r in number_records(sentence) if r["kind"] == "time"]

    assert furniture("09:20 - The ministry said 17 people had died.") == [("09:20", True)]
    assert furniture("14.05 BST – Police closed the bridge.") == [("14.05 BST", True)]
    assert furniture("11:45 am: Rescuers reached the village.") == [("11:45 am", True)]
    assert furniture("The dam gave way at 09:20 on Tuesday.") == [("09:20", False)]
    assert furniture("At 09:20 - just after dawn - the dam gave way.") == [("09:20", False)]
