"""Time stamps on a page: the one table of named rules that says which lines are stamps, and the time a figure on a
live page gets from the update entry it sits under.

- `STAMP_RULES`: every stamp line the tool reads, each a named row: `where` says who reads it (`block`: a whole
  block of page furniture, boilerplate whose figures are never read, `blocks._furniture`; `sentence`: a sentence of a
  read block that is only a stamp, its figures never facts, `numbers.is_stamp_line`; `entry`: a live page's update
  entry stamp, whose clock time dates the paragraphs under it, `entry_times`).
- `ZONES`: the time zones a stamp may name, with their offset from UTC in hours.
- `figure_times(sentences, published)`: per sentence of one article, the time of its figures and where that time
  came from (`page`: the article's publication time; `update_stamp`: the live entry it sits under).

A live page (session 19, live19: the new user's finding 10) carries two or more entry stamps with a clock time
("Update 12:40", "12:40 GMT", "14:05 - Police say ...", latest first or oldest first). Each entry's time is put on the
page's date, in the page's time zone: the zone an entry names, else the zone that puts the latest entry at or within
`ENTRY_BEFORE_PUBLISHED` before the page's publication time (a page's time is its last update), else the zone that
puts the earliest entry at or just after it (a page's time is its first post); with neither, the latest entry is
taken to be at the publication time. Walking from the latest entry back, an entry whose clock is later than the one
after it is from the day before (a page across midnight). A stamp without a clock ("Update", "Update: earlier
today") ends the entry above it: its paragraphs get the page's time.
"""
from __future__ import annotations

import re

import pandas as pd

# Parts the rules are written with: STAMP a run of clock times, days, months, years and zones (a whole stamp line);
# CLOCK one clock time (named groups h, m, ampm); ZONE a time zone of ZONES or an offset.
_STAMP_PART = (r"(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d|"
               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|"
               r"sat(?:ur)?|sun)(?:day)?\.?|gmt|utc|bst|cet|cest|est|edt|pst|pdt|local\s+time|today|yesterday)")
_STAMP = rf"{_STAMP_PART}(?:\s*(?:,|-|–|\||·|/|\bat\b|\bon\b)?\s*{_STAMP_PART})*"

ZONES = pd.DataFrame([
    ("UTC", 0), ("GMT", 0), ("WET", 0), ("BST", 1), ("WEST", 1), ("IST", 1), ("CET", 1), ("CEST", 2), ("EET", 2),
    ("EEST", 3), ("MSK", 3), ("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5), ("MST", -7), ("MDT", -6),
    ("PST", -8), ("PDT", -7), ("JST", 9), ("AEST", 10), ("AEDT", 11),
], columns=["zone", "offset_hours"])
_ZONE_OFFSET = dict(zip(ZONES["zone"], ZONES["offset_hours"]))
_CLOCK = r"(?P<h>\d{1,2})[:.h](?P<m>[0-5]\d)(?:\s*(?P<ampm>[ap])\.?m\.?)?"
_ZONE = r"(?P<zone>" + "|".join(sorted(_ZONE_OFFSET, key=len, reverse=True)) + r"|[+-]\d{2}:?\d{2}|local\s+time)"
_UPDATE_WORD = r"(?:(?:last\s+)?update[sd]?|latest|breaking|new)"

STAMP_RULES = pd.DataFrame([
    # whole blocks of furniture (blocks._furniture; matched at the start of a block of at most 14 words)
    ("stamp_word_line", "block", r"(?:[^·|]{0,30}[·|]\s*)?((first\s+)?published|(last\s+)?updated|posted|modified)\b"
     r"[\s:]*(on\s+|at\s+)?\S.{0,60}$", "Last updated 4 Nov 2026, 17:45",
     "a page's publication or update time on a line of its own"),
    ("reading_time", "block", r"\b\d+\s+min(ute)?s?\s+read\b", "5 min read", "the page's reading time"),
    ("time_ago", "block", r"\s*(\d{1,2}\s+(hours?|minutes?|mins?|days?)\s+ago)\s*$", "3 hours ago",
     "a relative time of publication"),
    ("weekday_date_line", "block", r"\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+\d{1,2}\s+[a-z]+\s+\d{4}\b"
     r"[\s\d:.,apmgtubsc]*$", "Tue 13 Oct 2026 12:50", "a weekday, date and time alone on a line"),
    # sentences of read blocks that are only a stamp (numbers.is_stamp_line; whole sentence, at most 80 characters)
    ("live_update_heading", "sentence", r"(?:last\s+|first\s+)?(?:update[sd]?|posted|published|edited|modified|"
     r"breaking|latest)(?:\s+(?:at|on))?\s*[:,.–—-]?\s*STAMP", "Update 17:55",
     "a live page's update heading or a post's time of publication (session 17, nunumbers17)"),
    ("clock_alone", "sentence", r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:,|-|–|\||·)?\s*STAMP)?", "17:55 GMT",
     "a clock time (with its zone, day or date) alone on a line: a live blog's entry time"),
    # a figure that is a live page's entry stamp opening a paragraph (numbers.is_furniture; matched at the start)
    ("stamp_opening", "opening", r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|(?-i:[A-Z]{2,4})))?\s*[-–—|:]\s+\S",
     "09:20 - The ministry said...", "the clock time of the update, not a figure of the story"),
    # a live page's update entries (entry_times)
    ("entry_heading", "entry", rf"(?:{_UPDATE_WORD}(?:\s+at)?\s*[:,.–—-]?\s*)?{_CLOCK}(?:\s*{_ZONE})?\s*[.:]?\s*$",
     "Update 12:40", "session 19 (live19): a line that is only an update word and a clock time, or a clock time "
     "with its zone: the entry's time"),
    ("entry_opening", "entry", rf"{_CLOCK}(?:\s*{_ZONE})?\s*[-–—|:]\s+(?=\S)", "14:05 BST - Police say ...",
     "session 19 (live19): a clock time opening a paragraph, then a dash or bar: the entry's time"),
    ("entry_without_clock", "entry", rf"{_UPDATE_WORD}(?:\s*[:–—-]\s*[^\d:]{{0,30}})?\s*$", "Update: earlier today",
     "session 19 (live19): an update heading without a clock time: a new entry of unknown time (the page's time)"),
], columns=["name", "where", "pattern", "example", "note"])


def _compiled(where: str, template: str) -> dict[str, re.Pattern]:
    rows = STAMP_RULES[STAMP_RULES["where"] == where]
    return {r.name: re.compile(template.replace("RULE", r.pattern.replace("STAMP", _STAMP)), re.I)
            for r in rows.itertuples(index=False)}


_BLOCK_RULES = _compiled("block", r"^(?:RULE)")
_SENTENCE_RULES = _compiled("sentence", r"^\s*(?:RULE)\s*[.:]?\s*$")
_ENTRY_RULES = _compiled("entry", r"^\s*(?:RULE)")
_OPENING_RULES = _compiled("opening", r"^\s*(?:RULE)")
BLOCK_STAMP_MAX_WORDS = 14
SENTENCE_STAMP_MAX_CHARS = 80
ENTRY_LINE_MAX_CHARS = 40
MIN_ENTRIES = 2  # a page with one "UPDATED 19:20" line is not a live page: its figures keep the page's time
ENTRY_BEFORE_PUBLISHED = pd.Timedelta(hours=1)


def is_stamp_block(text: str, n_words: int) -> bool:
    """A whole block that is a page's time stamp (the `block` rules of STAMP_RULES)."""
    return n_words <= BLOCK_STAMP_MAX_WORDS and any(r.match(text) for r in _BLOCK_RULES.values())


def is_stamp_line(sentence: str) -> bool:
    """True for a sentence that is only a live page's heading or time stamp (the `sentence` rules of STAMP_RULES)."""
    return len(sentence) <= SENTENCE_STAMP_MAX_CHARS and any(r.match(sentence) for r in _SENTENCE_RULES.values())


def opens_with_stamp(sentence: str) -> bool:
    """True for a paragraph opened by a live entry's clock time and a dash (the `opening` rules of STAMP_RULES)."""
    return any(r.match(sentence) for r in _OPENING_RULES.values())


def entry_stamp(text: str, first_of_block: bool = True) -> dict | None:
    """The live entry stamp `text` is or opens ({"rule", "minutes" (clock time after midnight, None without a
    clock), "zone" (hours from UTC, None when unnamed)}), else None. A stamp opening a paragraph counts only at the
    start of its block; a stamp line only when short."""
    for name, regex in _ENTRY_RULES.items():
        m = regex.match(text)
        if not m or (name != "entry_opening" and len(text) > ENTRY_LINE_MAX_CHARS) or (
                name == "entry_opening" and not first_of_block):
            continue
        if "h" not in regex.groupindex or m.group("h") is None:
            return {"rule": name, "minutes": None, "zone": None}
        hour, minute, ampm = int(m.group("h")), int(m.group("m")), (m.group("ampm") or "").lower()
        hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour
        if hour > 23:
            return None
        return {"rule": name, "minutes": hour * 60 + minute, "zone": _zone_hours(m.group("zone"))}
    return None


def _zone_hours(zone: str | None) -> float | None:
    if not zone or zone.lower().startswith("local"):
        return None
    if zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        return (1 if zone[0] == "+" else -1) * (int(digits[:2]) + int(digits[2:]) / 60)
    return float(_ZONE_OFFSET[zone.upper()])


# Offsets a page's zone is looked for among, hours from UTC (whole hours, then the half and quarter hours in use).
CANDIDATE_OFFSETS = [float(h) for h in range(-12, 15)] + [-3.5, 3.5, 4.5, 5.5, 5.75, 6.5, 9.5, 10.5]


def _local_minutes(published: pd.Timestamp, offset: float) -> float:
    local = published + pd.Timedelta(hours=offset)
    return local.hour * 60 + local.minute + local.second / 60


def page_offset(latest: int, earliest: int, zones: list, published: pd.Timestamp) -> float | None:
    """The page's offset from UTC (hours): a zone its entries name, else the one that puts its latest entry (clock
    minutes) at or within ENTRY_BEFORE_PUBLISHED before the publication time, else its earliest at or just after it;
    None when no zone does."""
    named = [z for z in zones if z is not None]
    if named:
        return named[0]
    window = ENTRY_BEFORE_PUBLISHED.total_seconds() / 60
    for clock, sign in ((latest, 1), (earliest, -1)):
        fits = [((sign * (_local_minutes(published, o) - clock)) % 1440, abs(o), o) for o in CANDIDATE_OFFSETS]
        fits = [f for f in fits if f[0] <= window]
        if fits:
            return min(fits)[2]
    return None


HALF_DAY = 720  # minutes: an entry stamped more than this after the page's time is from the day before


def _entry_datetimes(seq: list[int], offset: float | None, published: pd.Timestamp) -> list[pd.Timestamp]:
    """UTC times of entries given latest first (clock minutes): the latest on the page's date (the day before when
    its clock is more than HALF_DAY after the page's), each older one before the one after it."""
    if offset is None:
        latest = published  # no zone: the latest entry is taken to be the page's time
    else:
        gap = (_local_minutes(published, offset) - seq[0]) % 1440
        latest = published - pd.Timedelta(minutes=gap) if gap <= HALF_DAY else \
            published + pd.Timedelta(minutes=1440 - gap)  # stamped later than the page's time: kept, same day
        latest = latest.floor("min")
    out = [latest]
    for newer, older in zip(seq, seq[1:]):
        out.append(out[-1] - pd.Timedelta(minutes=(newer - older) % 1440))
    return out


def _live_entries(lines: list[tuple], published) -> tuple[dict, float | None]:
    """(key → UTC time of the live entry each line sits under, the page's offset from UTC or None) for the lines
    (key, text, first_of_block) of one article in page order; ({}, None) for a page with fewer than MIN_ENTRIES clock
    stamps or no publication time. Lines before the first entry and under a stamp without a clock are left out."""
    published = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
    stamps = [(key, entry_stamp(text, first)) for key, text, first in lines]
    clocked = [s for _, s in stamps if s is not None and s["minutes"] is not None]
    if len(clocked) < MIN_ENTRIES or published is None:
        return {}, None
    published = published.tz_localize("UTC") if published.tzinfo is None else published.tz_convert("UTC")
    steps = [(b["minutes"] - a["minutes"]) % 1440 for a, b in zip(clocked, clocked[1:])]  # the short way round
    latest_first = sum(d > HALF_DAY for d in steps) >= sum(0 < d <= HALF_DAY for d in steps)
    seq = clocked if latest_first else clocked[::-1]
    offset = page_offset(seq[0]["minutes"], seq[-1]["minutes"], [s["zone"] for s in clocked], published)
    times = dict(zip(map(id, seq), _entry_datetimes([s["minutes"] for s in seq], offset, published)))
    out, current = {}, None
    for key, stamp in stamps:
        if stamp is not None:
            current = times.get(id(stamp))
        if current is not None:
            out[key] = current
    return out, offset


def entry_times(lines: list[tuple], published) -> dict:
    """key → UTC time of the live entry each line sits under (see `_live_entries`)."""
    return _live_entries(lines, published)[0]


# The text's own "as of" time (the quantities step's `as_of`, its words without the preposition: "6 p.m.", "18:40",
# "noon") as a clock time: a figure on a live page said to be "at 4 p.m." in an entry of 17:45 is at 16:00 that day.
AS_OF_CLOCK = re.compile(r"(?i)^\s*(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\.?|(?P<h24>\d{1,2})[:.h]"
                         r"(?P<m24>[0-5]\d)|(?P<noon>noon|midday)|(?P<midnight>midnight))\s*(?:local\s+time)?\s*$")


def as_of_minutes(as_of: str) -> int | None:
    """The clock time (minutes after midnight) an "as of" text states alone ("6 p.m.", "18:40", "noon"), else None."""
    m = AS_OF_CLOCK.match(as_of or "")
    if not m:
        return None
    if m.group("noon") or m.group("midnight"):
        return 720 if m.group("noon") else 0
    if m.group("h24") is not None:
        hour, minute = int(m.group("h24")), int(m.group("m24"))
    else:
        hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        minute = int(m.group("m") or 0)
    return hour * 60 + minute if hour < 24 else None


def as_of_time(as_of: str, written: pd.Timestamp, offset: float | None) -> pd.Timestamp | None:
    """The UTC time of a figure's own "as of" clock time on the day it was written (`written`, UTC, in a page of
    `offset` hours from UTC), when the zone is known and that time is not after `written` (a later clock time is a
    forecast or another day: left out)."""
    minutes = as_of_minutes(as_of)
    if minutes is None or offset is None or written is None or pd.isna(written):
        return None
    local = written + pd.Timedelta(hours=offset)
    at = local.normalize() + pd.Timedelta(minutes=minutes) - pd.Timedelta(hours=offset)
    return at if at <= written else None


TIME_SOURCES = ("page", "update_stamp", "as_of")


def figure_times(sentences: pd.DataFrame, published: pd.Series) -> dict:
    """(article_id, block_no, sentence_no) → (time, time_source, page offset) of the figures of each sentence: the
    live entry it sits under (`update_stamp`), else its article's publication time (`page`); the offset from UTC of a
    live page whose zone is known (else None), for `as_of_time`. `published`: article_id → time."""
    out = {}
    ordered = sentences.sort_values(["article_id", "block_no", "sentence_no"], kind="stable")
    for article_id, own in ordered.groupby("article_id", sort=False):
        page = published.get(article_id, pd.NaT)
        keys = list(zip(own["article_id"], own["block_no"], own["sentence_no"]))
        lines = [(k, t, n == 1) for k, t, n, r in zip(keys, own["text"], own["sentence_no"], own["role"])
                 if r in ("heading", "body")]
        stamped, offset = _live_entries(lines, page)
        for key in keys:
            out[key] = (stamped[key], "update_stamp", offset) if key in stamped else (page, "page", offset)
    return out
