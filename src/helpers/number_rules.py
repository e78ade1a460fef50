"""The table of named rules that find numeric expressions: one pattern and one small interpretation each.

`RULES` is read by the engine in `helpers.numbers`, which never knows what a rule means: it runs each
rule's pattern where the rule's gate finds something to match, asks the rule's interpretation for a
mention (or None), keeps the longest mention where they overlap (the earlier rule on ties), then applies
the modifiers every mention shares (hedges, changes, parenthetical conversions). Each rule has test rows
in tests/number_rules.csv (input → value_low, value_high, unit, hedge, kind, direction); a test checks that
every rule has at least one.

An interpretation gets the match, the whole text and the units codebook and returns a dict with start,
end, value_low, value_high, unit, hedge (None: let the shared hedge modifier decide), kind and optionally
scope or `final` (no shared modifier applies).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from . import number_lexicon as lx
from .number_lexicon import (DIGITS, MONTH_RE, NUM, NUM_AFTER_FOR, ORD_SUFFIX, SCALE, SIGN, TIME_UNIT, TIMEZONE_RE,
                             WORDNUM, counted_noun, parse_number, singular, time_unit)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    interpret: Callable[[re.Match, str, dict], dict | None]
    gate: Callable[[str, int], object]  # cheap test on the lower-cased text and how many numbers it may hold (0, 1, 2+)
    starts: str = ""  # a key of START_PLACES: every match starts at one of those places, so it is tried only there


def mention(start, end, low, high, unit="", hedge=None, kind="count", **extra) -> dict:
    return {"start": start, "end": end, "value_low": low, "value_high": high, "unit": unit, "hedge": hedge,
            "kind": kind, **extra}


def _both(low, high) -> bool:
    return low is not None and high is not None


_SCALE_END = re.compile(r"(?i)(?:\s*|\s+|-)(hundred|thousand|million|billion|trillion|bn|bln|mln|mn|tn|trln|m|k)$")


def shared_scale(a_text: str, b_text: str, low, high):
    """'300 and 400 million', '2 to 3 billion': the second value's scale word applies to the first as well."""
    if low is None or high is None or _SCALE_END.search(a_text.strip()) or not re.fullmatch(r"[-−]?[\d.,]+", a_text.strip()):
        return low
    m = _SCALE_END.search(b_text.strip())
    if not m:
        return low
    scale = lx.SCALES[m.group(1).lower()]
    return low * scale if low * scale <= high else low


_SCALE_IN = re.compile(r"(?i)\d(?:\s+|-)?(hundred|thousand|million|billion|trillion|bn|bln|mln|mn|tn|trln)\b")
_BARE_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def level_scale(a_text: str, b_text: str, low, high):
    """'from 2.1 to 2.4 million', 'from 800 to 650 million', 'from 24.2 to 33-35 billion euros': the first of two levels,
    written without a scale word, takes the scale word of the second when both then have the same order of magnitude
    (within a factor of ten: "from 500 to 1.2 million" keeps 500); otherwise its value as written."""
    if low is None or high is None or not (low > 0 and high > 0) or not _BARE_FIGURE.fullmatch(a_text.strip()):
        return low
    m = _SCALE_IN.search(b_text)
    if not m:
        return low
    scaled = low * lx.SCALES[m[1].lower()]
    return scaled if high / 10 <= scaled <= high * 10 else low



# ---- dates and times ----

def date_range(m, text, units):
    month, year = lx.MONTHS[m["month"].lower().rstrip(".")], int(m["year"]) if m["year"] else 0
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    base = year * 10000 + month * 100
    return mention(m.start(), m.end(), base + d1, base + d2, "date", "range", "date", final=True)


def date(m, text, units):
    month, year = lx.MONTHS[m["month"].lower().rstrip(".")], int(m["year"]) if m["year"] else 0
    day = int(m.groupdict().get("day") or 0)
    if day > 31:
        return None
    value = year * 10000 + month * 100 + day
    return mention(m.start(), m.end(), value, value, "date", "exact", "date", final=True)


def clock_ampm(m, text, units):
    """'3.40 am', '4pm': a time of day as HHMM on the 24-hour clock."""
    hour, minute = int(m["h"]), int(m["min"] or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    return mention(m.start(), m.end(), hour * 100 + minute, hour * 100 + minute, "time", None, "time")


def clock_24h(m, text, units):
    """'16:30', '08.00 GMT', '0800 local time': a time of day as HHMM."""
    hour, minute = int(m["h"]), int(m["min"])
    if hour > 24 or minute > 59:
        return None
    return mention(m.start(), m.end(), hour * 100 + minute, hour * 100 + minute, "time", None, "time")


def race_time(m, text, units):
    """'2:04:37' (hours:minutes:seconds): a duration, as a race or match time."""
    hours = int(m["h"]) + int(m["min"]) / 60 + float(m["sec"]) / 3600
    return mention(m.start(), m.end(), hours, hours, "hour", None, "duration")


def race_time_minutes(m, text, units):
    """'13:02.45', '1:58.3' (minutes:seconds.hundredths): a race time in minutes, never a clock time (a clock has no
    fraction of a second)."""
    hours = int(m["min"]) / 60 + float(f'{m["sec"]}.{m["frac"]}') / 3600
    return mention(m.start(), m.end(), hours, hours, "hour", None, "duration")


_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")


def duration_compound(m, text, units):
    """'six years and eight months', 'two hours, 18 minutes and 3 seconds': one duration, in hours; 'between 12 hours
    and five days': a range of two durations."""
    parts = []
    for part in re.finditer(rf"(?P<n>{NUM})\s+(?P<u>{TIME_UNIT})\b", m.group(0), re.I):
        value = parse_number(part["n"])
        if value is None:
            return None
        parts.append(value * lx.HOURS[time_unit(part["u"])])
    if len(parts) == 2 and parts[0] < parts[1] and _BETWEEN_BEFORE.search(text[max(0, m.start() - 10):m.start()]):
        return mention(m.start() - len(_BETWEEN_BEFORE.search(text[max(0, m.start() - 10):m.start()])[0]), m.end(),
                       parts[0], parts[1], "hour", "range", "duration")
    return mention(m.start(), m.end(), sum(parts), sum(parts), "hour", None, "duration")


def duration_article_compound(m, text, units):
    """'an hour and 37 minutes', 'a year and three months': a duration opened by 'a'/'an', in hours."""
    value = parse_number(m["n"])
    if value is None:
        return None
    hours = lx.HOURS[time_unit(m["u0"])] + value * lx.HOURS[time_unit(m["u"])]
    return mention(m.start(), m.end(), hours, hours, "hour", None, "duration")


def clock_oclock(m, text, units):
    """'five o'clock', '7 o'clock': a time of day as HHMM (the hour as written: no a.m. or p.m. is known)."""
    hour = parse_number(m["h"])
    if hour is None or not 1 <= hour <= 12 or hour != int(hour):
        return None
    return mention(m.start(), m.end(), int(hour) * 100, int(hour) * 100, "time", "exact", "time", final=True)


def clock_word(m, text, units):
    """'noon', 'midnight' after at/by/until/before/after: 1200, 0."""
    value = 0 if m["w"].lower() == "midnight" else 1200
    return mention(m.start("w"), m.end(), value, value, "time", "exact", "time", final=True)


_HOUR_WORDS = {w: i for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve"], start=1)}
_MINUTE_WORDS = {"a quarter": 15, "quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
                 "twenty five": 25}


def _hour(word: str) -> int | None:
    word = word.lower()
    hour = _HOUR_WORDS.get(word) or (int(word) if word.isdigit() else None)
    return hour if hour is not None and 1 <= hour <= 12 else None


_PAIR_OPENER_BEFORE = re.compile(r"(?i)\b(?:from|between)\s+$")


def clock_past(m, text, units):
    """'a quarter past three', 'half past six', 'ten to five', 'twenty past eight': a time of day as HHMM, the hour as
    written (no a.m. or p.m. is known). 'to' needs more minutes than the hour ("ten to fifteen" is a range)."""
    hour, minutes = _hour(m["h"]), _MINUTE_WORDS.get(re.sub(r"\s+", " ", m["mins"].lower()))
    if hour is None or minutes is None or _PAIR_OPENER_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None  # "guards were cut from five to two", "between ten to twelve": two figures, never 01:55
    if m["dir"].lower() == "to":
        if minutes == 30 or (not m["mins"].lower().endswith("quarter") and minutes <= hour):
            return None
        hour, minutes = hour - 1 or 12, 60 - minutes
    value = hour * 100 + minutes
    return mention(m.start(), m.end(), value, value, "time", None, "time")


_DAYPART_OFFSET = {"morning": 0, "afternoon": 12, "evening": 12, "night": 12}


_CLOCK_WORD_BEFORE = re.compile(r"(?i)\b(?:at|by|until|till|from|after|before|since|around|about|past|gone|than|and|or)\s+$")


def clock_daypart(m, text, units):
    """'at three in the morning', 'after seven in the evening', 'at nine this morning', 'by ten at night': an hour and
    the part of the day after a word of time (at, by, until, after…), as HHMM on the 24-hour clock."""
    hour = _hour(m["h"])
    part = (m["part"] or m["part2"] or "night").lower()
    if hour is None or (part == "night" and hour < 6) or (part == "afternoon" and hour > 6):
        return None  # "two at night" is ambiguous; "nine in the afternoon" no reading
    before = _CLOCK_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())
    if not before or (m["part2"] and before[0].split()[0].lower() != "at"):
        return None  # "three in the morning shift", "up from four this morning": counts; "at nine this morning" a time
    hour = hour % 12 + _DAYPART_OFFSET[part] if not (part == "morning" and hour == 12) else 0
    start, minute = m.start("h"), int(m["min"] or 0)  # "at 9.40 in the evening": 2140
    return mention(start, m.end(), hour * 100 + minute, hour * 100 + minute, "time", None, "time")


def clock_day_named(m, text, units):
    """'at 11.30 on Tuesday morning', "by nine o'clock on Friday evening", 'every evening at 5.30': a clock time with no
    a.m. or p.m. whose part of the day is named beside it, with a day or "every", "this", "that" (session 16)."""
    hour = _hour(m["h"] or m["h2"])
    part = (m["part"] or m["part2"]).lower()
    if hour is None or (part == "night" and hour < 6) or (part == "afternoon" and hour > 6):
        return None
    hour = hour % 12 + _DAYPART_OFFSET[part] if not (part == "morning" and hour == 12) else 0
    value = hour * 100 + int(m["min"] or m["min2"] or 0)
    return mention(m.start(), m.end(), value, value, "time", None, "time")


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


_TIME_AMPM = r"(?P<h{0}>\d{{1,2}})(?:[.:](?P<min{0}>\d{{2}}))?\s*(?P<ampm{0}>[ap]\.?m\.?)(?!\w)"
_TIME_24H = r"(?P<H{0}>[01]?\d|2[0-4]):(?P<MIN{0}>[0-5]\d)(?![\d:])"


def _clock_value(m, i: int) -> int | None:
    if m[f"h{i}"]:
        hour, minute = int(m[f"h{i}"]), int(m[f"min{i}"] or 0)
        if not (1 <= hour <= 12 and minute < 60):
            return None
        return (hour % 12 + (12 if m[f"ampm{i}"].lower().startswith("p") else 0)) * 100 + minute
    hour, minute = int(m[f"H{i}"]), int(m[f"MIN{i}"])
    return hour * 100 + minute if hour <= 24 else None


def clock_range(m, text, units):
    """'12:00-17:00', '9am–5pm', '10.30am-2pm': two clock times joined by a dash are one span of the day (a range of two
    HHMM times). "from 11 a.m. to 6 p.m." stays two times, as every "from A to B" of two marked figures does; "between
    5.50 p.m. and 6.50 p.m." is read both ways in the keys, so it is left as two times."""
    low, high = _clock_value(m, 1), _clock_value(m, 2)
    if low is None or high is None:
        return None
    return mention(m.start(), m.end(), low, high, "time", "range", "time", final=True)


# ---- scores ----

_ORDINAL_WORDS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth|hundredth"
_SCORE_CONTEXT = re.compile(r"(?i)\b(?:win|won|wins|beat|beaten|defeat|defeated|lost|loses|lose|draw|drew|victory|lead|led|"
                            r"score|scored|set|sets|match|game|final|tie|tiebreak|half-time|full-time|vote|voted|votes|"
                            r"margin|thrash|thrashed|routed|edged|trail|trailed|goal|goals)\b")


def score(m, text, units):
    """'3-1', '6-4', '2-2', '31-17' in a match or vote: the two sides in the order written (not an interval)."""
    a, b = int(m["a"]), int(m["b"])
    if not (b <= a or _SCORE_CONTEXT.search(text)) or (a > 200 or b > 200):
        return None
    if re.match(r"\s*(?:years?|days?|per\s*cent|%|[a-z]+-old)", text[m.end():], re.I):
        return None
    return mention(m.start(), m.end(), float(a), float(b), "score", "exact", "score", final=True)


def innings_score(m, text, units):
    """'112 for one', '287 for 6' (cricket): runs and wickets."""
    a, b = parse_number(m["a"]), parse_number(m["b"])
    if not _both(a, b) or b > 10:
        return None
    return mention(m.start(), m.end(), a, b, "score", "exact", "score", final=True)


# ---- ages ----

def age_range(m, text, units):
    if (m.groupdict().get("sep") or "").lower() == "and" and not m.groupdict().get("between"):
        return None  # "aged 19 and 22": two ages, not a range
    low, high = parse_number(m["a"]), parse_number(m["b"])
    return mention(m.start(), m.end(), low, high, "year", "range", "age") if _both(low, high) else None


def age_apposition(m, text, units):
    """"Ana Petrova, 67, whose house…": a person's age after their name."""
    if not re.search(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*$", text[:m.start()]) or not 1 <= int(m["d"]) <= 110:
        return None  # "in 2024, 67, …" is not a person's age
    value = float(m["d"])
    return mention(m.start("d"), m.end("d"), value, value, "year", None, "age")


def age_turned(m, text, units):
    """'Hallas, who turned 29 in March', 'she turns 40 next week': the age a person reached (session 16)."""
    value = float(m["d"])
    return mention(m.start("d"), m.end("d"), value, value, "year", "exact", "age") if 1 <= value <= 110 else None


def age(m, text, units):
    """'53 years old', 'an 18 month-old', 'aged 7', 'under the age of 16': an age in years."""
    value = parse_number(m["a"] or m["b"] or m["c"])
    if value is None:
        return None
    if m["per"]:
        value *= lx.HOURS[time_unit(m["per"])] / lx.HOURS["year"]  # "an 18 month-old": 1.5 years
    hedge = {"under": "less_than", "below": "less_than", "over": "more_than", "above": "more_than"}.get((m["hedge"] or "").lower())
    low, high = lx.interval(value, hedge)
    return mention(m.start(), m.end(), low, high, "year", hedge, "age")


_DECADES = {"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
            "eighties": 80, "nineties": 90}
_DECADE_PART = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def age_decade(m, text, units):
    """'a man in his twenties' (20-29), 'in their early sixties' (60-63), 'in her late teens' (17-19): an age told by its
    decade, a vague interval in years."""
    base, part = _DECADES[m["d"].lower()], (m["part"] or "").lower()
    low, high = (base + _DECADE_PART[part][0], base + _DECADE_PART[part][1]) if part else (base, base + 9)
    if base == 13:  # the teens run 13-19: early 13-15, mid 14-16, late 17-19
        low, high = {"early": (13, 15), "mid": (14, 16), "late": (17, 19)}.get(part, (13, 19))
    return mention(m.start(), m.end(), float(low), float(high), "year", "vague", "age")


# ---- money ----

def _pounds_written_ps(cur: str, figure: str) -> bool:
    """"PS" stands for £ (an ASCII rendering of the pound sign) only before a scaled or thousands figure ("PS2.7m",
    "PS21,700"), never in "PS5"; any other prefix passes."""
    return cur.lower() != "ps" or (cur == "PS" and bool(re.search(r"\d,\d{3}|\d\s*(?:m|bn|k|million|billion)\b", figure)))


def money_prefix(m, text, units):
    """'$7 billion', 'US$12,500', 'HK$3m', '€2.5bn', 'RM 5 million', 'CHF 40', '$3.1b', '-$5m', 'between $5 and $7'."""
    unit = lx.CURRENCY_PREFIX[m["cur"].lower()]
    if not _pounds_written_ps(m["cur"], m["a"]):
        return None
    low = parse_number((m["sign"] or m["sign2"] or "") + m["a"])
    high = parse_number(m["b"]) if m["b"] else low
    scaled = shared_scale(m["a"], m["b"], low, high) if m["b"] else low
    shares_scale = bool(m["cur2"]) and _both(low, scaled) and scaled != low and low < high / 1000 <= scaled
    low = scaled if m["b"] and (not m["cur2"] or shares_scale) else low
    if not _both(low, high):
        return None
    if m["b"] and ((m["cur2"] and (_change_pair(m, text, low, high) or _two_marked_levels(m, text)))
                   or high < low or (m["and"] and not m["between"])):
        # "grew by $2 billion to $15 billion": a change, then a level; "$5 and $7": two figures
        first = mention(m.start("cur") - len(m["sign"] or ""), m.end("a"), low, low, unit, None, "money")
        if not _pounds_written_ps(m["cur2"] or m["cur"], m["b"]):
            return first
        return [first, mention(m.start("cur2") if m["cur2"] else m.start("b"), m.end(), high, high, unit, None, "money")]
    return mention(m.start(), m.end(), low, high, unit, "range" if m["b"] else None, "money")


def money_name(m, text, units):
    """'12,500 dollars', '5 million euros', '40 Swiss francs', '300 USD', 'between 300 and 400 million euros'."""
    low = parse_number(m["a"])
    high = parse_number(m["b"]) if m["b"] else low
    low = shared_scale(m["a"], m["b"], low, high) if m["b"] else low
    unit = lx.CURRENCY_NAME[re.sub(r"\s+", " ", m["cur"].lower())]
    before = text[max(0, m.start() - 24):m.start()]
    if m["b"] and _FROM_BEFORE.search(before[-16:]) and _both(low, high) and (
            level_scale(m["a"], m["b"], low, high) > high or not _RANGED_FROM.search(before)):
        # "from 800 to 650 million dollars": two levels of a fall, both in millions; "from 10.9 to 11.4 kroner": two
        # levels (a span only after "ranged from")
        first = level_scale(m["a"], m["b"], low, high) if level_scale(m["a"], m["b"], low, high) > high else low
        return [mention(m.start(), m.end("a"), first, first, unit, None, "money"),
                mention(m.start("b"), m.end(), high, high, unit, None, "money")]
    if not _both(low, high) or high < low:
        return None
    return mention(m.start(), m.end(), low, high, unit, "range" if m["b"] else None, "money")


# An amount after a three-letter currency code the lexicon does not list ("LVK 4.2 million", "TZS 250,000", a small or
# new currency written as wire copy writes every code): the code is the unit. Only a figure with a scale word or
# thousands separators reads so ("COP 28" names a summit, "GDP 5%" no amount), never in an all-capitals headline ("CUT
# 3,000 JOBS") and never before a plural noun, which the figure counts ("UNC 2,000 students").
_CODE_AMOUNT = re.compile(r"\d,\d{3}|\d\s*-?(?:m|bn|k|million|billion|trillion)$")
_PLURAL_AFTER = re.compile(r"\s+(?!each\b)[a-z]+s\b")


def money_code(m, text, units):
    """'LVK 4.2 million', 'TZS 250,000': money in the unit of an unlisted three-letter code before the figure."""
    if m["cur"].lower() in lx.CURRENCY_PREFIX or not _CODE_AMOUNT.search(m["a"]) or text.upper() == text \
            or _PLURAL_AFTER.match(text, m.end()):
        return None
    value = parse_number(m["a"])
    return None if value is None else mention(m.start(), m.end(), value, value, m["cur"], None, "money")


def money_minor(m, text, units):
    """'80p', '245 pence', '18.5 cents': minor units converted to the currency (0.8 GBP, 0.185 USD)."""
    value = parse_number(m["a"])
    if value is None:
        return None
    unit = "GBP" if m["cur"].lower() in ("p", "pence", "penny") else "USD" if "cent" in m["cur"].lower() else "EUR"
    return mention(m.start(), m.end(), value / 100, value / 100, unit, None, "money")


# ---- measures ----

def magnitude(m, text, units):
    value = parse_number(m["a"] or m["b"])
    return mention(m.start(), m.end(), value, value, "magnitude", None, "measure")


def measure(m, text, units):
    """'12 km', '5kW', '47.3C', '-4 °C', 'minus 40 Celsius', '70mph', '3 to 5 metres'."""
    low = parse_number(m["a"])
    high = parse_number(m["b"]) if m["b"] else low
    unit = lx.CASED_UNITS.get(m["u"]) or lx.measure_unit(m["u"])
    low = shared_scale(m["a"], m["b"], low, high) if m["b"] else low  # "1.5 to 2 million tonnes"
    if not _both(low, high) or high < low:
        return None
    if len(m["u"]) == 1 and m["u"] not in _ONE_LETTER_UNITS:
        return None  # "5G", "G7": a name, not grams
    if m["u"].lower() in lx.GLUED_ONLY and not text[m.start("u") - 1:m.start("u")].isdigit():
        return None  # "5 in the": a preposition
    if unit == "metre" and m["u"] == "m" and not m["per"] and not _metres(m, text):
        return None  # "12m" is 12 million unless the context says length ("a 12m boat", "12m (39ft)")
    if m["per"]:  # "5mg/kg", "11 km/s": a rate, named by both units
        per = m["per"].lower()
        unit = f"{unit}_per_{_PER_TIME.get(per) or lx.measure_unit(per)}"
        unit = _SPEED_NAMES.get(unit, unit)  # "80 km per hour" is the "80 km/h" of the speed class
    return mention(m.start(), m.end(), low, high, unit, "range" if m["b"] else None, "measure")


_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:(?:up\s+to|about|around|some|nearly|almost)\s+)?$")
_RANGED_FROM = re.compile(r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$")  # a span, not a change


def measure_each(m, text, units):
    """'31C to 33C', '5km-10km', 'between minus 5 and minus 8 degrees': a range with the unit after each figure (or
    between two figures in either order); the same unit both times."""
    low, high = parse_number(m["a"]), parse_number(m["b"])
    if not _both(low, high) or (m["u1"] and lx.measure_unit(m["u1"]) != lx.measure_unit(m["u"])):
        return None
    before = text[max(0, m.start() - 24):m.start()]
    if _RANGED_FROM.search(before):
        pass  # "ranged from -5C to -12C": a span whatever the order
    elif (low > high and not m["between"] and not high < low < 0) or _FROM_BEFORE.search(before[-16:]):
        return None  # "40C to 30C", "from up to 252 miles to 287 miles": two levels; "minus 15C to minus 20C" a span
    unit = lx.CASED_UNITS.get(m["u"]) or lx.measure_unit(m["u"])
    for u in (m["u1"], m["u"]):
        if u and ((len(u) == 1 and u not in _ONE_LETTER_UNITS) or (u.lower() in lx.GLUED_ONLY and not text[
                text.index(u, m.start()) - 1].isdigit()) or (unit == "metre" and u == "m")):
            return None  # "5G", "5 in", "12m" (millions): what the measure rule declines
    return mention(m.start(), m.end(), min(low, high), max(low, high), unit, "range", "measure")


_PER_TIME = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute", "day": "day", "yr": "year",
             "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
             "hours": "hour"}  # "600 cubic metres per second": a flow rate, never a volume
_SPEED_NAMES = {"kilometre_per_hour": "kmh", "mile_per_hour": "mph"}


_LENGTH_WORDS = {"high", "long", "tall", "deep", "wide"}
_ONE_LETTER_UNITS = {"g", "m", "C", "F", "V", "W", "°"}
_LENGTH_AFTER = re.compile(r"(?i)^(?:\s*\(\s*[\d.,]+\s*(?:ft|feet|foot|in|inches|yards?)\b|-?(?:high|long|tall|deep|wide|"
                           r"metre|meter)\b|\s+(?:high|long|tall|deep|wide|across|in\s+(?:diameter|length|height)|away|below|above|under|of\s+(?:water|snow|rain))\b)")


# A race distance ("the 5,000m title", "a 400m final", "her 1,500m heat"): whole hundreds of metres before a noun of a
# race or a title; "1,500m people" and "£5,000m deal" stay millions.
_RACE_DISTANCE = re.compile(r"(?:[1-9]0{2}|[1-9]\d?,?[05]00|[1-9]\d?,000)m")
_RACE_AFTER = re.compile(r"(?i)\s+(?:(?:world|national|european|olympic|indoor|meeting|season['’]s|personal)\s+)?(?:title|race|final|"
                         r"heats?|semi-?final|record|relay|hurdles|freestyle|butterfly|backstroke|breaststroke|medal|gold|"
                         r"silver|bronze|champion|championship|event|sprint|steeplechase|run)\b")


def _metres(m, text) -> bool:
    """A glued 'm' is metres when a length word, a conversion to feet, an article before it ("a 12m boat") or a
    centimetre precision ("cleared 2.01m") says so; "1.2m people" stays 1.2 million."""
    if _LENGTH_AFTER.match(text[m.end():]) or _RACE_DISTANCE.fullmatch(text[m.start():m.end()]) \
            and _RACE_AFTER.match(text[m.end():]):
        return True
    if re.search(r"\.\d\dm$", text[m.start():m.end()]) and not re.match(r"\s+[a-z]+s\b", text[m.end():]) \
            and not re.search(r"[$€£¥]\s?$", text[max(0, m.start() - 4):m.start()]):
        return True
    return bool(re.search(r"(?i)\b(?:a|an|the)\s+$", text[max(0, m.start() - 5):m.start()])) and \
        not re.match(r"\s+(?:people|users|homes|customers|residents|viewers|[a-z]+s\b)", text[m.end():])


# ---- fractions, percentages, ratios ----

def fraction_scale(m, text, units):
    """'half a million', 'a quarter of a billion', 'three-quarters of a million'."""
    part = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter": 0.25}.get(re.sub(r"\s+", " ", m["f"].lower()), 0.75)
    value = part * lx.SCALES[m["scale"].lower()]
    unit, noun_end = counted_noun(text, m.end(), units, False)
    return mention(m.start(), max(m.end(), noun_end), value, value, unit, None, "count")


def fraction_of(m, text, units):
    """'two-thirds of', 'half of', 'a quarter of': a share, in percent."""
    numerator = lx.SMALL_NUMERATORS.get((m["num"] or "a").lower(), 1)
    den = lx.FRACTIONS[m["den"].lower()]
    if numerator >= den:
        return None
    value = round(100 * numerator / den, 4)
    return mention(m.start(), m.end(), value, value, "percent", None, "percent")


def half_of_a_whole(m, text, units):
    """'half their value', 'half the street', 'more than half have stayed': "half" before a determiner of the whole (or,
    after a hedge, standing for it) is a share of 50 percent, as "half of" is (session 15)."""
    return mention(m.start(), m.end(), 50.0, 50.0, "percent", None, "percent")


def fraction_change(m, text, units):
    """'risen by a third', 'cut by half', 'fell by two-thirds': a change in percent."""
    numerator = lx.SMALL_NUMERATORS.get((m["num"] or "a").lower(), 1)
    den = lx.FRACTIONS[m["den"].lower()]
    if numerator >= den:
        return None
    value = round(100 * numerator / den, 4)
    return mention(m.start("f"), m.end(), value, value, "percent", None, "percent")


_OF_ONE_AFTER = re.compile(r"(?i)\s+of\s+(?:an?|the|one)\b")


def fraction_digits(m, text, units):
    """'1/2', '1 1/2', '3/4 cup': a fraction in digits (never a date such as 9/11 or 12/05)."""
    whole = float(m["w"]) if m["w"] else 0.0
    num, den = float(m["n"]), float(m["d"])
    if den == 0 or num >= den or (den not in lx.COMMON_DENOMINATORS and not _OF_ONE_AFTER.match(text, m.end())):
        return None  # "1/32 of an inch" is a fraction; "9/11" or "12/25" alone is a date
    value = round(whole + num / den, 9)
    tu = re.match(rf"\s*(?P<u>{TIME_UNIT})\b", text[m.end():], re.I)
    if tu:
        hours = value * lx.HOURS[time_unit(tu["u"])]
        return mention(m.start(), m.end() + tu.end(), hours, hours, "hour", None, "duration")
    unit, noun_end = counted_noun(text, m.end(), units, True)
    mu = re.match(rf"\s*(?:of\s+an?\s+)?(?P<u>{lx.MEASURE_RE})(?![\w/])", text[m.end():], re.I)
    if mu:
        unit, noun_end = lx.measure_unit(mu["u"]), m.end() + mu.end()
    return mention(m.start(), max(m.end(), noun_end), value, value, unit, None, "measure" if mu else "count")


def percent(m, text, units):
    """'67.5%', '71 per cent', 'between 10 and 15 per cent', '5% to 7%'; 'rose from 5% to 7%' is two levels."""
    low = parse_number(m["a"])
    high = parse_number(m["b"]) if m["b"] else low
    if not _both(low, high):
        return None
    if m["b"] and not m["pct"] and high < low and _looks_like_year(m["a"]):
        # "cut its forecast for 2027 to 0.5%-1.0%": a year, then the figure read afresh from where it starts
        again = m.re.match(text, m.start("b"))
        return percent(again, text, units) if again else None
    if m["b"] and ((m["pct"] and (_change_pair(m, text, low, high) or _two_marked_levels(m, text)))
                   or high < low or (m["and"] and not m["between"])):
        return [mention(m.start(), m.end("pct") if m["pct"] else m.end("a"), low, low, "percent", None, "percent"),
                mention(m.start("b"), m.end(), high, high, "percent", None, "percent")]
    return mention(m.start() if not m["between"] else m.start("between"), m.end(), low, high, "percent",
                   "range" if m["b"] else None, "percent")


def percentage_points(m, text, units):
    """'3 percentage points', '0.25 points' (after a rate), '25 basis points'."""
    low = parse_number(m["a"])
    high = parse_number(m["b"]) if m["b"] else low
    if not _both(low, high):
        return None
    if m["u"].lower().startswith(("basis", "bp")):  # 100 basis points make one percentage point
        low, high = low / 100, high / 100
    return mention(m.start(), m.end(), low, high, "percentage_point", "range" if m["b"] else None, "percent")


_MULTIPLIER = {"twice": 2, "doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3, "quadrupled": 4,
               "halved": 0.5, "halving": 0.5}


def multiplier(m, text, units):
    """'twice as likely', 'doubled', 'quadrupled', '1.5 times as', '200 times stronger', 'threefold', '10-fold', '1.5x the average': kind
    ratio, unit times."""
    word = m["w"].lower() if m["w"] else ""
    if word == "twice" and not re.match(r"\s+(?:as|the|that|more|less|a\b|an\b|over|what)", text[m.end():], re.I):
        return mention(m.start(), m.end(), 2.0, 2.0, "time", None, "count")  # "closed twice": two occasions
    value = _MULTIPLIER[word] if word else parse_number(m["n"] or m["fold"] or m["x"])
    return mention(m.start(), m.end(), value, value, "times", None, "ratio") if value is not None else None


_AGE_DECADE_BEFORE = re.compile(r"(?i)(?:\bin\s+(?:their|his|her|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?|"
                                r"\b(?:early|mid|late)[\s-]+)$")


def decade(m, text, units):
    """'the 1980s', 'the 90s': the decade as a vague range of years; 'in their 40s', 'her mid-30s': an age range."""
    if len(m["y"]) == 2 and _AGE_DECADE_BEFORE.search(text[max(0, m.start("y") - 24):m.start("y")]):
        return mention(m.start("y"), m.end(), int(m["y"]), int(m["y"]) + 9, "year", "vague", "age", final=True)
    start = int(m["y"]) if len(m["y"]) == 4 else 1900 + int(m["y"])
    return mention(m.start("y") - (1 if text[m.start("y") - 1:m.start("y")] in "'’" and m.start("y") else 0), m.end(),
                   start, start + 9, "year", "vague", "year", final=True)


def fraction_alone(m, text, units):
    """'two-thirds', 'a fifth' after a verb of change ('fell by roughly a fifth'): a share, in percent."""
    numerator = lx.SMALL_NUMERATORS.get((m["num"] or "a").lower(), 1)
    den = lx.FRACTIONS[m["den"].lower()]
    plural = m["den"].lower().endswith("s")
    if numerator >= den or (not plural and not _change_verb_before(_strip_hedge(text[:m.start()]))):
        return None
    value = round(100 * numerator / den, 4)
    return mention(m.start(), m.end(), value, value, "percent", None, "percent")


def _change_verb_before(before: str) -> bool:
    verb = lx.search_from_word(lx.CHANGE_BEFORE, before, lx.CHANGE_WORDS)
    return bool(verb) and not lx.particle_up(verb, before)


def _strip_hedge(before: str) -> str:
    hedge, start = lx.hedge_before(before + "0", len(before))
    return before[:start]


def fraction_point(m, text, units):
    """'a quarter point', 'half a percentage point', 'a quarter of a percentage point', 'three-quarters of a point': a
    fraction of one point; 'a percentage point', 'a full percentage point': one point."""
    f = (m["f"] or "").lower()
    value = 1.0 if m["one"] else 0.75 if f.startswith("three") else 0.25 if "quarter" in f else 0.5
    return mention(m.start(), m.end(), value, value, "percentage_point", None, "percent")


def fraction_measure(m, text, units):
    """'half a tonne', 'a quarter of a mile', 'three-quarters of a metre': a fraction of one unit of measure."""
    part = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter": 0.25}.get(re.sub(r"\s+", " ", m["f"].lower()), 0.75)
    return mention(m.start(), m.end(), part, part, lx.measure_unit(m["u"]), None, "measure")


_TENTH_UNITS = {"percentage point": ("percentage_point", "percent", 1.0), "point": ("percentage_point", "percent", 1.0),
                "degree": ("celsius", "measure", 1.0), "second": ("hour", "duration", 1 / 3600)}
_FRACTION_PARTS = {"tenth": 0.1, "third": 1 / 3, "fifth": 0.2, "hundredth": 0.01}


def fraction_of_unit(m, text, units):
    """'a tenth of a percentage point', 'every tenth of a degree', 'a hundredth of a second', 'a third of a mile': a
    fraction of one unit (never "10 %", which 'tenth' of a count is)."""
    part = _FRACTION_PARTS[m["f"].lower()]
    unit_word = re.sub(r"\s+", " ", m["u"].lower())
    unit, kind, scale = _TENTH_UNITS.get(unit_word, (lx.measure_unit(unit_word), "measure", 1.0))
    start = m.start("f") if not m["art"] else m.start("art")
    return mention(start, m.end(), part * scale, part * scale, unit, None, kind)


_IMPERIAL_PAIRS = {"ft": ("foot", 12), "feet": ("foot", 12), "foot": ("foot", 12), "lb": ("pound", 16),
                   "lbs": ("pound", 16), "pound": ("pound", 16), "pounds": ("pound", 16), "st": ("pound", None),
                   "stone": ("pound", None)}


def two_unit_measure(m, text, units):
    """'6ft 2in', '5 feet 10 inches', '7lb 4oz', '11st 4lb': a height or weight written in two units, one measure in
    the larger unit (feet, pounds; stones read as pounds, 14 to the stone)."""
    big, small = parse_number(m["a"]), parse_number(m["b"])
    unit, parts = _IMPERIAL_PAIRS[m["u1"].lower()]
    if big is None or small is None:
        return None
    value = big * 14 + small if parts is None else big + small / parts
    if parts is not None and small >= parts:
        return None  # "6ft 14in" is not a height
    return mention(m.start(), m.end(), value, value, unit, None, "measure")


def top_n(m, text, units):
    """'in the top 10': a place of at most N (kind ordinal, unit place); 'the bottom three': the same counted from the
    end (scope from_bottom)."""
    value = parse_number(m["a"])
    if not value:
        return None
    scope = "from_bottom" if m.group(0).lower().startswith("bottom") else ""
    return mention(m.start(), m.end(), None, value, "place", "at_most", "ordinal", scope=scope)


def place(m, text, units):
    """'finished fourth', 'came 12th', 'the 12th-ranked side', 'the second-largest lender', 'was second with 34%': a
    place (kind ordinal, unit place)."""
    word = m["o"].lower()
    value = lx.ORDINALS.get(word) or float(re.match(r"\d+", word).group())
    start = next(m.start(g) for g in ("o", "o2", "o3", "o4", "o5") if m.start(g) >= 0)
    return mention(start, m.end(), value, value, "place", None, "ordinal")


def ratio(m, text, units):
    """'one in five respondents', '3 out of 10': a share, in percent."""
    a, b = (1.0 if m["a"].lower() == "one" else parse_number(m["a"])), parse_number(m["b"])
    if not a or not b or a > b:
        return None
    value = round(100 * a / b, 4)
    return mention(m.start(), max(m.end(), counted_noun(text, m.end(), units, False)[1]), value, value,
                   "percent", None, "percent")


def ratio_with_noun(m, text, units):
    """'one job in five', 'only one intercity train in seven': one of a noun in N, a share in percent (session 12)."""
    b = parse_number(m["b"])
    if not b or b < 2:
        return None
    value = round(100 / b, 4)
    return mention(m.start(), m.end(), value, value, "percent", None, "percent")


_EVERY_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10}


def every_nth(m, text, units):
    """'every third contract', 'every fifth home': every Nth of a noun, a share in percent (session 12)."""
    value = round(100 / _EVERY_NTH[m["o"].lower()], 4)
    return mention(m.start(), m.end(), value, value, "percent", None, "percent", final=True)


def exchange(m, text, units):
    """'a 1,200-for-1,200 swap': X on each side; the noun is often the event (swap), not what is counted."""
    low, high = parse_number(m["a"]), parse_number(m["b"])
    if not _both(low, high):
        return None
    end = m.end()
    unit, _ = counted_noun(text, end, units, False)
    unit = unit if unit not in ("swap", "exchange", "deal", "trade") else ""
    acronym = re.match(r"\s+([A-Z]{2,5}s?)\b", text[end:])
    if not unit and acronym and acronym.group(1).lower() in units:
        unit, end = units[acronym.group(1).lower()], end + acronym.end()
    return mention(m.start(), end, low, high, unit, None, "count", scope="each_side", exact_pair=True)


# ---- compounds, vague quantities, durations, ordinals ----

_WEIGHT_NAMES = {"pound", "pounds", "dram", "drams"}  # currency names that are also weights


def compound(m, text, units):
    """'30-day', '53-year-old', '2,000-strong', '4,500-seat'."""
    value = parse_number(m["a"])
    word = m["unit"].lower()
    if value is None or word in ("for", "to", "and", "or") or word.isdigit():
        return None
    if word in lx.NUMBER_WORDS and word not in lx.SCALES:
        return None  # "Twenty-three of the wagons": one spelled number (the words rule), not 20 "threes"
    if word in lx.FRACTIONS:
        return None  # "two-thirds": a fraction rule
    if word == "plus":  # "the 3,000-plus tractors", "50-plus years": more than the figure, counting the noun after it
        return _with_tail(m.start(), m.end(), value, math.nan, "more_than", text, units, m["a"])
    if word == "odd":  # "40-odd countries": 40 to 49
        unit, noun_end = counted_noun(text, m.end(), units, False)
        return mention(m.start(), max(m.end(), noun_end), value, value + 9, unit, "vague", "count")
    if word in _LENGTH_WORDS and re.search(r"\dm$", m["a"]):
        return None  # "a 12m-high wall": a length (the measure rule), not 12 million
    if word in lx.YEAR_COMPOUND_WORDS and _YEAR_DIGITS.fullmatch(m["a"]):  # "a 1987-built ferry": a year
        return mention(m.start("a"), m.end("a"), value, value, "year", "exact", "year")
    currency = next((w for w in (word, word + "s") if w in lx.CURRENCY_NAME), None)
    if currency and (currency not in _WEIGHT_NAMES or _SCALE_IN.search(m["a"])):
        # "a 38-million-euro contract", "a 200,000-euro mortgage", "a 300,000-crown loan": an amount of money, not a
        # count of euros ("a 10-pound bag" weighs; "a 2-million-pound deal" is money)
        return mention(m.start(), m.end(), value, value, lx.CURRENCY_NAME[currency], None, "money")
    base = time_unit(word)
    if m["old"] and base in ("year", "month", "week", "day"):  # "53-year-old"; "an 18-month-old" is 1.5 years old
        years = value * lx.HOURS[base] / lx.HOURS["year"]
        return mention(m.start(), m.end(), years, years, "year", None, "age")
    if base:
        return mention(m.start(), m.end(), value * lx.HOURS[base], value * lx.HOURS[base], "hour", None, "duration")
    after = re.match(r"\s+([A-Za-z]+)", text[m.end():])
    capacity = lx.CAPACITY_WORDS.get(word) if not (after and after.group(1).lower() in lx.LEGISLATURE_WORDS) else None
    unit = "" if word in lx.ADJECTIVAL else capacity or units.get(word, lx.singular(word))
    return mention(m.start(), m.end(), value, value, unit, None, "count")


def fraction_time(m, text, units):
    """'a quarter of an hour' (15 minutes), 'three-quarters of an hour', 'half of a day': a fraction of one time unit,
    a duration in hours, never a share of 25% beside 'an hour'."""
    part = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter": 0.25}.get(re.sub(r"\s+", " ", m["f"].lower()), 0.75)
    value = part * lx.HOURS[time_unit(m["unit"])]
    return mention(m.start(), m.end(), value, value, "hour", None, "duration")


def vague(m, text, units):
    """'tens of thousands', 'hundreds of', 'dozens': documented intervals (VAGUE)."""
    low, high = lx.VAGUE[re.sub(r"\s+", " ", m["v"].lower())]
    unit, noun_end = counted_noun(text, m.end(), units, False)
    end = max(m.end(), noun_end)
    if not text[m.start():m.end()].lower().rstrip().endswith(" of") and noun_end == m.end():
        end = m.end()
    if text[m.start():m.end()].endswith(" of") and not unit:
        end = m.start() + len(m["v"])
    return mention(m.start(), end, low, high, unit, "vague", "count")


def several(m, text, units):
    """'several hundred', 'a few thousand', 'a couple of days'."""
    factor = lx.SEVERAL[re.sub(r"\s+", " ", m["s"].lower())]
    base = time_unit(m["scale"])
    if base:
        return mention(m.start(), m.end(), factor[0] * lx.HOURS[base], factor[1] * lx.HOURS[base], "hour", "vague", "duration")
    scale = lx.SCALES[m["scale"].lower()]
    unit, noun_end = counted_noun(text, m.end(), units, False)
    return mention(m.start(), max(m.end(), noun_end), factor[0] * scale, factor[1] * scale, unit, "vague", "count")


def article_scale(m, text, units):
    """'a dozen', 'two dozen', 'a hundred', 'a thousand', 'a million': a count."""
    value = parse_number(m["n"])
    if value is None:
        return None
    unit, noun_end = counted_noun(text, m.end(), units, False)
    return mention(m.start(), max(m.end(), noun_end), value, value, unit, None, "count")


_RATE_BEFORE = re.compile(r"(?i)(?:\d[\d,.]*\s*(?:%|[a-z]+)?|\b(?:once|twice|times|hours|minutes|dollars|euros|pounds))"
                          r"(?:\s+[a-z]+){0,2}\s+$")


_SPAN_BEFORE = re.compile(r"(?i)\b(?:over|in|for|within|after|before|during|under|than|nearly|almost|around|about|of|"
                         r"just|only|least)\s+$")


def a_unit(m, text, units):
    """'a week', 'an hour', 'half an hour', 'one day': a duration of one (or half a) time unit."""
    base = time_unit(m["unit"])
    art = m["art"].lower()
    if base == "second" and art in ("a", "an"):
        return None
    before = text[max(0, m.start() - 40):m.start()]
    if art in ("a", "an") and _RATE_BEFORE.search(before) and not _SPAN_BEFORE.search(before) \
            and not re.match(r"\s+(?:after|before|later|earlier|ago|long)\b", text[m.end():]):
        return None  # "1,200 cars a day", "£97 a year", "twice a day": a rate's denominator, not a duration
    value = (0.5 if "half" in art else 1.0) * lx.HOURS[base]
    return mention(m.start(), m.end(), value, value, "hour", None, "duration")


_TIME_DEICTIC = {"last", "next", "this"}
_ARTICLE_RIGHT_BEFORE = re.compile(r"(?i)\ban?\s+$")


def ordinal(m, text, units):
    """'third year', '14th package': an ordinal numbers something; kind ordinal, never a count."""
    word = m["o"].lower()
    value = lx.ORDINALS.get(word) or (float(re.match(r"\d+", word).group()) if word[0].isdigit() else None)
    noun = m["noun"].lower()
    if value is None or noun in lx.COUNT_STOP or re.search(rf"{MONTH_RE}\s+$", text[max(0, m.start() - 12):m.start()]):
        return None
    if noun in _TIME_DEICTIC and _ARTICLE_RIGHT_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
        return None  # "went up by a third last year": a fraction before a time word, not "third last"
    return mention(m.start(), m.end(), value, value, units.get(noun, lx.singular(noun)), None, "ordinal")


def ordinal_pair(m, text, units):
    """'the 22nd and 23rd floors', 'from the ninth to the 15th floors': two ordinals of the noun after the second, each a
    mention of kind ordinal (session 16)."""
    second = ordinal(_Alias(m, o=m["o2"]), text, units)
    first = ordinal(m, text, units) if second else None
    if not (first and second):
        return None
    return [dict(first, start=m.start("o"), end=m.end("o")), dict(second, start=m.start("o2"))]


# ---- plain numbers, ranges, years ----

# "since at least 2021", "until at least 2029", "by 2030 at the earliest": the year is a lower bound (session 16)
_YEAR_AT_LEAST_BEFORE = re.compile(r"(?i)\b(?:since|until|till|through|from|in|by)\s+(?P<h>at\s+least)\s+$")
_YEAR_AT_LEAST_AFTER = re.compile(r"(?i),?\s+at\s+the\s+earliest\b")


def year(m, text, units):
    value = float(m["y"])
    before = _YEAR_AT_LEAST_BEFORE.search(text, max(0, m.start() - 24), m.start())  # after a preposition of time only
    after = _YEAR_AT_LEAST_AFTER.match(text, m.end())
    if before or after:
        return mention(before.start("h") if before else m.start(), after.end() if after else m.end(), value, math.nan,
                       "year", "at_least", "year", final=True)
    return mention(m.start(), m.end(), value, value, "year", "exact", "year", final=True)


_EARLY_YEAR_NOUN = re.compile(r"\s+([a-z]+)\b")


def year_early(m, text, units):
    """'built in 1642', 'since 1512', 'circa 1650', 'The Ferrywoman (1641)', 'a 1641 canvas': a year before 1800 after
    a preposition of time, alone in brackets, or between 'a' and a singular noun (the year rule reads 1800-2099 in any
    place; an older year needs one of these marks, so "in 1500 lots" and "a crowd of 1500" stay counts)."""
    noun = _EARLY_YEAR_NOUN.match(text, m.end())
    if m["a"] and not (noun and not lx.looks_plural(noun[1]) and noun[1] not in lx.NUMBER_WORDS):
        return None  # "a 1641 canvas", never "a 1500 people" or a bare "a 1500"
    if m["pre"] and counted_noun(text, m.end(), units, False)[0]:
        return None  # "in 1500 lots": a count
    value = float(m["y"])
    if m["circa"]:  # "circa 1450", "c. 1650": an approximate year
        return mention(m.start(), m.end("y"), value, value, "year", "about", "year", final=True)
    return mention(m.start("y"), m.end("y"), value, value, "year", "exact", "year", final=True)


def year_ahead(m, text, units):
    """'by 2100', 'until 2150': a year of the next centuries after a preposition of time (the year rule reads 1800-2099)."""
    value = float(m["y"])
    return mention(m.start("y"), m.end(), value, value, "year", "exact", "year", final=True)


def scientific(m, text, units):
    """'1.99 x 10^30 kilograms', '3×10⁸ metres', '6.6×10−34': a figure in scientific notation (superscript digits are
    read as digits), with the unit of measure or counted noun after it."""
    mantissa, exponent = parse_number(m["m"]), int(m["e"].replace("−", "-"))
    if mantissa is None:
        return None
    value = float(f"{mantissa!r}e{exponent}")  # 1.99e-30, not 1.99 * 10.0 ** -30 (1.9900000000000002e-30)
    unit, end = counted_noun(text, m.end(), units, False)
    mu = _MEASURE_AFTER.match(text, m.end())
    kind = "measure" if mu else "count"
    if mu:
        unit, end = lx.measure_unit(mu["u"]), mu.end()
    return mention(m.start(), max(m.end(), end), value, value, unit, None, kind, any_size=True)


_MEASURE_AFTER = re.compile(rf"(?i)\s*(?P<u>{lx.MEASURE_RE})(?![\w/²])")


def number_range(m, text, units):
    """'two to three days', 'between 1,000 and 1,200', '2019-2021' (years), never 'from 58 to 25' (a change)."""
    a, b = parse_number(m["a"]), parse_number(m["b"])
    if not _both(a, b):
        return None
    a = shared_scale(m["a"], m["b"], a, b)
    sep = re.sub(r"[^a-z]", "", text[m.end("a"):m.start("b")].lower())
    if b < a or (sep == "and" and not m["between"]):
        return None  # "2 and 3" lists two numbers unless it follows 'between'; "from 58 to 25" is a change
    if (m["between"] or "").lower() == "from" and sep == "to" and _clause_verb_before(m, text):
        return None  # "rose from 12 to 15": two levels of a change
    if (m["between"] or "").lower() == "from" and level_scale(m["a"], m["b"], a, b) > b:
        return None  # "from 800 to 650 million": two levels of a fall, each in millions (read one by one)
    if _CURRENCY_NAME_AFTER.match(text, m.end()):
        return None  # "moved from 10.9 to 11.4 kroner", "ranged from 10 to 12 million euros": money (`money_name`)
    if _looks_like_year(m["a"]) and not _looks_like_year(m["b"]):
        return None  # "in 2021 to 2.1 million": a year, then a level
    if _ADDRESS_AFTER.match(text, m.end()):
        return None  # "16-18 Harbour Road": a range of house numbers, not a figure
    if all(v.is_integer() and 1800 <= v <= 2099 for v in (a, b)) and not _COUNTED_AFTER.match(text, m.end()) \
            and re.fullmatch(r"\d{4}", m["a"].strip()) and re.fullmatch(r"\d{2,4}", m["b"].strip()):
        return mention(m.start(), m.end(), a, b, "year", "range", "year", final=True)
    if re.search(r"\dm$", m["a"]) and re.search(r"\dm$", m["b"]) and _LENGTH_AFTER.match(text[m.end():]):
        low, high = float(m["a"].strip()[:-1].replace(",", "")), float(m["b"].strip()[:-1].replace(",", ""))
        return mention(m.start(), m.end(), low, high, "metre", "range", "measure")  # "140m to 300m across"
    hedge = "vague" if re.sub(r"\s+", " ", m.group(0).lower()) in lx.VAGUE_PAIRS else "range"  # "one or two"
    return _with_tail(m.start(), m.end(), a, b, hedge, text, units)


# a counted noun after "between 1800 and 2000": people, not years
_COUNTED_AFTER = re.compile(r"(?i)\s*(?:[a-z]+s|people|men|women|children|police|staff|personnel|cattle|sheep|fish)\b")
_CURRENCY_NAME_AFTER = re.compile(rf"(?i)\s+{lx.CURRENCY_NAME_RE}")
_FORECAST_BEFORE = re.compile(r"(?i)\b(?:could|would|may|might|will|probably|likely|expected\s+to|forecast\s+to|set\s+to)\b"
                              r"[^.;:!?]*$")


def _change_pair(m, text, low, high) -> bool:
    """Two figures joined by 'to' after a verb of change in the clause are a change and a level ("grew by $2 billion to
    $15 billion", "fell 5% to 3%"), not a range, unless a forecast gives two close figures, the second at most twice the
    first ("could drop a further 5% to 10%", "will probably rise by 10% to 15%"): an estimate of a change is a range."""
    sep = text[m.end("a"):m.start("b")].lower()
    if "to" not in sep or not _clause_verb_before(m, text):
        return False
    return not (0 < low < high <= 2 * low and _FORECAST_BEFORE.search(text[max(0, m.start() - 80):m.start()]))


def _two_marked_levels(m, text) -> bool:
    """'from 21% to 23%', 'from €11,000 to €12,500': two figures each with its own sign or currency after "from" are
    two levels (where a quantity was and where it goes), as for measures; "ranged from 5% to 7%" is a span."""
    before = text[max(0, m.start() - 24):m.start()]
    return "to" in text[m.end("a"):m.start("b")].lower() and bool(_FROM_BEFORE.search(before[-16:])) \
        and not _RANGED_FROM.search(before)


def _clause_verb_before(m, text) -> bool:
    """A verb of change earlier in the clause ("rose … from 12 to 15")."""
    return bool(lx.search_from_word(lx.CLAUSE_VERB, text[max(0, m.start() - 80):m.start()], lx.CHANGE_WORDS))


def _looks_like_year(token: str) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", token.strip()))


_NAME_BEFORE = re.compile(r"(?<=[\w,;)%]\s)(?:[A-Z][\w&'’.-]*|[a-z]+[A-Z][\w&]*)\s+$")
_MONTH_BEFORE = re.compile(rf"\b{MONTH_RE}\s+$")
_ADDRESS_AFTER = re.compile(r"(?:[-–]\d{1,4})?\s+(?:(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th))\s+){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|"
                            r"Boulevard|Blvd|Way|Place|Crescent|Terrace)\b|\s+(?:ZIP|zip|postal)\s+[Cc]ode")
_YEAR_PREPOSITION = re.compile(r"(?i)\b(?:in|by|since|until|till|during|from|of)\s+$")


_SLASH_PAIR = re.compile(r"/\d")
_SLASH_PAIR_BEFORE = re.compile(r"\d/$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_SMALL_WHOLE = re.compile(r"[-−]?\d{1,4}")
_NAME_HYPHEN_SPACED = re.compile(r"-\d{1,3}")  # an ASCII hyphen, never a printed minus sign (−5)
_DAY_DIGITS = re.compile(r"\d{1,2}")
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
_EARLY_YEAR_DIGITS = re.compile(r"(?<![\d,.])1[0-7]\d\d(?!\d|,\d)")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_COPYRIGHT_BEFORE = re.compile(r"(?i)(?:©|\(c\)|copyright)\s*$")


def is_name_number(m, text, units) -> bool:
    """'iPhone 11', 'S&P 500', 'Game 7', 'Big 12', 'Unit 3': a small whole number right after a capitalised word in
    mid-sentence is part of a name (a model, index, game or unit), not a figure. A name's hyphen loosened by a space
    ('COVID -19 tests', 'the F -16 jets') keeps it a name whatever noun follows (`_NAME_HYPHEN_SPACED`)."""
    if not (_SMALL_WHOLE.fullmatch(m.group(0)) and _NAME_BEFORE.search(text[max(0, m.start() - 30):m.start()])):
        return False
    if _NAME_HYPHEN_SPACED.fullmatch(m.group(0)):
        return True
    # "in Gaza 40 people": the number counts the noun after it ("iPhone 11 Pro" is a name)
    return not counted_noun(text, m.end(), units, False)[0] or bool(_CAPITAL_AFTER.match(text, m.end()))


_LABEL_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(lx.LABEL_WORDS)})\.?\s+(?:\d{{1,4}}(?:\s*,\s*|\s+(?:and|or|&)\s+))*$")  # "lines 3 and 7"
_INDEX_BEFORE = re.compile(rf"(?i)(?<![\w&])(?:{'|'.join(re.escape(w) for w in lx.STOCK_INDEXES)})\s+$")
_LABEL_OR_INDEX_WORDS = lx.first_words(*lx.LABEL_WORDS, *lx.STOCK_INDEXES)
_LABEL_OR_INDEX_BEFORE = re.compile(f"{_LABEL_BEFORE.pattern}|{_INDEX_BEFORE.pattern.removeprefix('(?i)')}", re.I)
_MODEL_AFTER = re.compile(rf"\s+(?:{'|'.join(lx.MODEL_SUFFIXES)})\b")
_YEAR_NOUN_AFTER = re.compile(rf"(?i)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){{0,3}}(?:{'|'.join(lx.YEAR_NOUNS)})\b")  # "2019 Harlow hailstorm"


def is_label_number(m, text) -> bool:
    """'a category 4 storm', 'stage three', 'the sp 500', 'the 737 Max', 'its 2018 sales': a whole number that names a
    class, an index, a model or a year rather than stating a figure (the words are lexicon data)."""
    token = m.group(0)
    if not (_SMALL_WHOLE.fullmatch(token) or token.lower() in lx.NUMBER_WORDS):
        return False
    if _YEAR_DIGITS.fullmatch(token) and _YEAR_NOUN_AFTER.match(text, m.end()):
        return True  # the year rule reads it
    before = text[max(0, m.start() - 20):m.start()]
    return bool(lx.search_from_word(_LABEL_OR_INDEX_BEFORE, before, _LABEL_OR_INDEX_WORDS) or _MODEL_AFTER.match(text, m.end()))


# a lower-case number word between a capitalised given name and a capitalised surname that ends the name ("Corrie ten
# Boom's", "Jacoba ten Hove,"), never "United ten Premier League titles" (a capitalised word follows the surname)
_NAME_PARTICLE = re.compile(r"[a-z]+\s+(?-i:[A-Z][a-z]+)(?:['’]s)?(?!['’\w-]|\s+(?-i:[A-Z]))")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?-i:[A-Z][a-z]+)\s+$")


def number(m, text, units):
    value = parse_number(m.group(0))
    if value is None or is_name_number(m, text, units) or is_label_number(m, text):
        return None
    if _DAY_DIGITS.fullmatch(m.group(0)) and _MONTH_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
        return None  # "dated Feb. 21 estimates…": the day of a date, which the date rules read
    if _SLASH_PAIR.match(text, m.end()) or _SLASH_PAIR_BEFORE.search(text, 0, m.start()):
        return None  # "24/7", "9/11", "50/50": a number paired by a slash that the fraction rule declined is not a figure
    if _ADDRESS_AFTER.match(text, m.end()):
        return None  # "49 Harbour Road", "12 E 41st St", "the 90210 ZIP code": an address, not a figure
    if _YEAR_DIGITS.fullmatch(m.group(0)) and _YEAR_PREPOSITION.search(text[max(0, m.start() - 8):m.start()]):
        return None  # "In 2021 most people…": a year, which the year rule reads
    if m.group(0).lower() == "one" and not time_unit((_WORD_AFTER.match(text, m.end()) or [None, ""])[1]):
        return None  # 'one' as a pronoun or article: "one of the", "one observer"
    if _COPYRIGHT_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
        return None  # a copyright line's year is page furniture
    if m.group(0) in lx.NAME_PARTICLE_NUMBERS and _NAME_PARTICLE.match(text, m.start()) and \
            _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # "a portrait by Jacoba ten Hove": a surname particle, not the number 10
    if m.group(0)[-1:] == "m" and _LENGTH_AFTER.match(text[m.end():]):
        return None  # "Up to 12m deep crater forces hundreds from homes": a length (the measure rule), never 12 million
    return _with_tail(m.start(), m.end(), value, value, None, text, units, m.group(0))


_MAGNITUDE_CONTEXT = re.compile(r"(?i)\bmagnitude\b|\brichter\b")
_RATE_CONTEXT = re.compile(r"(?i)%|\bper\s?cent\b|\bpercent\b|\bpolls?\b|\brates?\b|\bshare\b")


# "three days", "two more years", "five straight weeks": a duration
# "25 working days", "ten business days": working, business, calendar, trading and school days are days (session 12)
_TIME_UNIT_AFTER = re.compile(rf"(?i)\s*(?:(?:more|additional|extra|further|straight|consecutive|working|business|"
                              rf"calendar|trading|school)\s+)?(?P<u>{TIME_UNIT})\b(?!-(?!old\b)[a-z])(?:\s+old\b)?")
# "31 day-case procedures", "12 day-care places": a time unit that opens a hyphenated compound modifies the noun after
# it, and the number counts that noun (session 14); "a 3 year-old" stays an age.
_ONE_DECIMAL = re.compile(r"\d\.\d")
_AGED_LIST_BEFORE = re.compile(r"(?i)\baged\s+\d{1,3}\s*(?:,|and|or)\s*$")
_AGE_LIMIT_BEFORE = re.compile(r"(?i)\b(?:those|people|anyone|children|soldiers|fighters|captives|men|women|boys|girls)"
                               r"\s+under\s+$")


# A unit of measure spelled out as a word (never an abbreviation, never "pound", which may be money) before a noun.
_UNIT_MODIFIER = re.compile(r"(?i)[\s-](?P<u>" + "|".join(sorted(
    (re.escape(k) for k in lx.MEASURES if k.isalpha() and len(k) >= 4 and k != "pound"), key=len, reverse=True))
    + r")[\s-]+[a-z]+s\b")


def _with_tail(start, end, low, high, hedge, text, units, surface=""):
    """What follows a number: a time unit makes a duration ('three days'); otherwise the counted noun."""
    tail = _TIME_UNIT_AFTER.match(text, end)
    if tail:
        if tail.group(0).lower().endswith("old"):
            return mention(start, tail.end(), low, high, "year", hedge, "age")
        hours = lx.HOURS[time_unit(tail["u"])]
        return mention(start, tail.end(), low * hours, high * hours, "hour", hedge, "duration")
    modifier = _UNIT_MODIFIER.match(text, end)
    if modifier:  # "3 nanometre chips", "10 kilogram bags": the measure is the figure, the noun what it describes
        return mention(start, modifier.end("u"), low, high, lx.measure_unit(modifier["u"]), hedge, "measure")
    unit, noun_end = counted_noun(text, end, units, low == 1)
    kind = "count"
    if not unit and surface and _ONE_DECIMAL.fullmatch(surface) and _MAGNITUDE_CONTEXT.search(text):
        return mention(start, end, low, high, "magnitude", hedge, "measure")  # "lower than the 6.4 reported"
    if unit == "point" and low < 100 and _RATE_CONTEXT.search(text):  # 1,276 points are an index's, never a share's
        unit = "percentage_point"  # "a lead of 4.1 points" in a sentence about shares
    if not unit and surface and "aged" in text[max(0, start - 20):start].lower() \
            and _AGED_LIST_BEFORE.search(text[max(0, start - 20):start]):
        unit, kind = "year", "age"  # "aged 19 and 22": the second age of a list
    if not unit and surface and low <= 120 and "under" in text[max(0, start - 40):start].lower() \
            and _AGE_LIMIT_BEFORE.search(text[max(0, start - 40):start]):
        unit, kind = "year", "age"  # "those under 25": an age limit
    return mention(start, max(end, noun_end), low, high, unit, hedge, kind)


def _r(pattern: str, flags=re.I) -> re.Pattern:
    return re.compile(pattern, flags)


# Gates: cheap tests on the lower-cased text that a rule can match at all: plain substrings first, then patterns that
# start with a literal or a character class, so the regex engine skips straight to where they could match instead of
# trying every position; tests that several rules share are searched once per text.
_MONTHS3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# every letter prefix of the lexicon (a list kept here beside it drifted: "NOK 4.5 billion" was a bare count)
_CURRENCY_CODES = tuple(sorted(k for k in lx.CURRENCY_PREFIX if k.isalpha()))


def _shared_gate(*patterns: str) -> Callable[[str], bool]:
    """A gate true when any of `patterns` is found in the lower-cased text; the last few texts are remembered."""
    compiled = [re.compile(p) for p in patterns]

    @lru_cache(maxsize=4)
    def found(lower_text: str) -> bool:
        for p in compiled:  # a loop, not any() over a generator: the same answer at half the cost of a short test
            if p.search(lower_text):
                return True
        return False
    return found


def _words_gate(*words: str) -> Callable[[str], bool]:
    """A gate true when any of `words` occurs in the lower-cased text (plain substrings: the cheapest test)."""
    def found(lower_text: str) -> bool:
        for w in words:
            if w in lower_text:
                return True
        return False
    return found


def _either(*tests: Callable[[str], object]) -> Callable[[str], bool]:
    """A gate true when any of `tests` is; the last few texts are remembered (several rules share it)."""
    @lru_cache(maxsize=4)
    def found(lower_text: str) -> bool:
        for test in tests:
            if test(lower_text):
                return True
        return False
    return found


# Plain substrings are tested first (the cheapest test); a pattern only where a substring cannot say it.
_CURRENCY_SIGNS = ("$", "€", "£", "¥", "₹", "₴", "₽", "₩", "₺", "₦", "₱", "y=")
# every currency name of the lexicon, as one alternation (a name list kept here beside the lexicon's would drift)
_CURRENCY_NAME_GATE = re.compile(r"\b(?:" + lx._alternation(lx.CURRENCY_NAME) + ")").search
_has_currency = _either(_words_gate(*_CURRENCY_SIGNS), _CURRENCY_NAME_GATE, re.compile(r"ps\d").search,
                        lambda t: any(c in t for c in _CURRENCY_CODES) and _CURRENCY_CODE(t))
_CODE_BEFORE_FIGURE = re.compile(r"\b[a-z]{3}\s\d").search  # a three-letter word before a figure (money_code)
_CURRENCY_CODE = re.compile("|".join(rf"{c}(?<!\w{c})(?![a-z])" for c in _CURRENCY_CODES)).search  # a code as a whole word
# a unit after a digit, space or hyphen (the units' alternatives grouped by first character: the same test, cheaper)
_has_unit = _shared_gate(rf"[\d\s-]{lx.by_first_character(lx.MEASURE_RE).lower()}(?![\w²])")
# the measure rule reads a unit of GLUED_ONLY ("in") only right after a digit, so " in the" does not make it run
_has_measure_unit = _shared_gate(rf"[\d\s-]{lx.by_first_character(lx.MEASURE_SPACED_RE).lower()}(?![\w²])",
                                 rf"\d(?:{'|'.join(lx.GLUED_ONLY)})(?![\w²])")
_month_word = _words_gate(*_MONTHS3[3:-1].split("|"))
_ordinal_word = _either(_words_gate(*_ORDINAL_WORDS.split("|")))  # two gates ask it: the last few texts are remembered
_month_day = re.compile(rf"{_MONTHS3}[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS3}").search  # "May 5", "5 May"
# the pattern above needs one of the months' first three letters
_has_month_day = _either(lambda t: _month_word(t) and _month_day(t))
_has_time_unit = _shared_gate(TIME_UNIT)
_has_ordinal = _either(re.compile(r"\d(?:st|nd|rd|th)\s").search,
                       lambda t: _ordinal_word(t) and _ORDINAL_WORD(t))
_ORDINAL_WORD = re.compile(rf"(?:{_ORDINAL_WORDS})(?:[\s,]|-(?:floor|storey|story))").search
_has_clock_cue = _either(_words_gate(":", "gmt", "utc", "bst", "cet", "local time", "hrs"), re.compile(r"\dh").search)
_has_minor_currency = _either(_words_gate("pence", "cents"), lambda t: "cent" in t and _CENT_END(t),
                              re.compile(r"\dp\b").search)
_CENT_END = re.compile(r"cent\b").search
_has_year_ahead = _either(re.compile(r"2(?<=\s2)[1-9]\d\d").search)  # "by 2150": a literal first, the space checked after
_has_power_of_ten = _shared_gate(r"10\s*(?:\^|\*\*)", r"×\s*10")
_has_scale_word = _words_gate("dozen", "hundred", "thousand", "million", "billion")
_ARTICLE_SCALE_GATE = re.compile(r"\ban? (?:dozen|hundred|thousand|million|billion)|\w dozen")
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_CHG = rf"(?:{lx.CHANGE_UP}|{lx.CHANGE_DOWN}|slashed)"

_OLD_AFTER = re.compile(r"[\s-]old\b").search  # "53 years old", "an 18 month-old"
_AGE_OF = re.compile(r"age\s+of").search  # "under the age of 16"
_CLOCK_TO_GATE = re.compile(r"\b(?:quarter|five|ten|twenty)\s+to\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)").search
_TWO_UNIT_GATE = re.compile(r"\d\s*(?:ft|feet|foot|lbs?|pounds?|st|stone)\s*\d").search


def _TWO_UNITS_AGREE(m) -> bool:
    """Feet go with inches, pounds with ounces, stones with pounds."""
    big, small = m["u1"].lower(), m.group(0).lower().rstrip()
    if big in ("ft", "feet", "foot"):
        return bool(re.search(r"(?:in|inch|inches)$", small))
    if big in ("st", "stone"):
        return bool(re.search(r"(?:lbs?|pounds?)$", small))
    return bool(re.search(r"(?:oz|ounces?)$", small))


_SCORE_GATE = re.compile(r"\d[-–]\d").search
_INNINGS_GATE = re.compile(r"\b(?:runs?|wickets?|overs?|innings|chasing|all out|declared)\b").search
_APPOSITION_GATE = re.compile(r", (?:now )?\d{1,3},").search
_FRACTION_GATE = _words_gate("half", "halves", "third", "quarter", "fourth", "fifth", "tenth")
_MULTIPLIER_GATE = _either(_words_gate("twice", "doubl", "tripl", "trebl", "quadrupl", "halv", "times", "fold"),
                           re.compile(r"\dx\s").search)
_DECADE_GATE = re.compile(r"0s\b").search
_HAS_ORDINAL_WORD = _either(_ordinal_word, re.compile(r"\d(?:st|nd|rd|th)\b").search)
_VAGUE_GATE = _words_gate("dozens", "scores", "hundreds", "thousands", "millions", "billions")

_NUMBER_WORDS_RE = "|".join(sorted(list(lx._UNITS) + list(lx._TENS), key=len, reverse=True))
# Where a figure can start, never inside a word: a digit, a sign or point before a digit, "minus", a number word (and,
# for rules that read "between 3 and 5" or "from 3 to 5", those words). A rule whose every match starts at such a place
# names it in `starts`; the engine then tries its pattern only there, which finds the same matches as scanning every
# position (tests/test_number_frame.py compares the two on every development text).
START_PLACES = {
    "number": _r(rf"(?<!\w)(?=\d|[.\-−]\d|minus|{_NUMBER_WORDS_RE})"),
    "between_or_number": _r(rf"(?<!\w)(?=\d|[.\-−]\d|minus|between|from|{_NUMBER_WORDS_RE})"),
}
# Both kinds of place in one scan (the definitions above, scanned at every position, cost more than the rest of a short
# sentence's rules): a place's first character is read first, so the engine skips straight to the characters a place
# can start with; "between" and "from" (the `g` group) are places of the second kind only. tests/test_number_frame.py
# checks that it finds what the definitions find on every development text.
_PLACE_WORDS = ["minus", *sorted(list(lx._UNITS) + list(lx._TENS), key=len, reverse=True)]
_PLACE_SCAN = _r("[" + "".join(sorted({w[0] for w in _PLACE_WORDS} | {"b", "f"})) + r"\d.\-−](?<!\w.)(?:(?<=\d)|(?<=[.\-−])(?=\d)|"
                 + "|".join(f"(?<={w[0]})(?={w[1:]})" for w in _PLACE_WORDS) + r"|(?<=b)(?=(?P<g>etween))|(?<=f)(?=(?P<g2>rom)))")


def start_places(text: str) -> dict[str, list[int]]:
    """Every START_PLACES kind's offsets in `text` (sorted), from one scan."""
    both, numbers = [], []
    for m in _PLACE_SCAN.finditer(text):
        both.append(m.start())
        if m.lastgroup is None:
            numbers.append(m.start())
    return {"number": numbers, "between_or_number": both}

_ZERO_NOUNS = {"death": "death", "deaths": "death", "fatality": "fatality", "fatalities": "fatality",
               "casualty": "casualty", "casualties": "casualty", "injury": "injury", "injuries": "injury"}
_ZERO_GATE = re.compile(r"\bno\s+(?:one|deaths?|fatalit|casualt|injur)|\bnobody\b").search


def zero_statement(m, text, units):
    """"No deaths have been reported", "no one was injured": a count of 0 of what the statement names (the noun, or
    the verb after it, which `helpers.quantities` reads as for any count)."""
    noun = (m["noun"] or "").lower()
    return mention(m.start(), m.end(), 0, 0, _ZERO_NOUNS.get(noun, ""), "exact", "count")


RULES: list[Rule] = [
    Rule("date_range", _r(rf"(?P<month>{MONTH_RE})\s+(?P<d1>\d{{1,2}}){ORD_SUFFIX}\s*(?:and|to|-|–|—)\s*(?P<d2>\d{{1,2}}){ORD_SUFFIX}(?:,?\s+(?P<year>\d{{4}}))?\b", 0),
         date_range, lambda t, n: n >= 2 and _has_month_day(t)),
    Rule("date_range_day_first", _r(rf"(?<![\d,.])(?P<d1>\d{{1,2}}){ORD_SUFFIX}\s*(?:-|–|—|to|and)\s*(?P<d2>\d{{1,2}}){ORD_SUFFIX}\s+(?:of\s+)?(?P<month>{MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?\b", 0),
         date_range, lambda t, n: n >= 2 and _has_month_day(t)),
    Rule("date", _r(rf"(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}}){ORD_SUFFIX}(?:,?\s+(?P<year>\d{{4}}))?(?![\d,]*\d)", 0),
         date, lambda t, n: n and _has_month_day(t)),
    Rule("date_day_first", _r(rf"(?<![\d,.])(?P<day>\d{{1,2}}){ORD_SUFFIX}\s+(?:of\s+)?(?P<month>{MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?\b", 0),
         date, lambda t, n: n and _has_month_day(t)),
    Rule("month_year", _r(rf"(?P<month>{MONTH_RE})\s+(?P<year>(?:1[89]|20)\d\d)\b", 0),
         date, lambda t, n: n and _has_month_day(t)),
    Rule("clock_ampm", _r(r"(?<![\d.])(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)(?!\w)"),
         clock_ampm, lambda t, n: n and ("am" in t or "pm" in t or "a.m" in t or "p.m" in t)),
    Rule("clock_24h", _r(rf"(?<![\d.,:])(?P<h>[01]?\d|2[0-4]):(?P<min>[0-5]\d)(?!\d|:\d)(?:\s*{TIMEZONE_RE})?|"
                         rf"(?<![\d.,:])(?P<h2>[01]?\d|2[0-4])[.h]?(?P<min2>[0-5]\d)\s*{TIMEZONE_RE}"),
         lambda m, t, u: clock_24h(_Alias(m, h=m["h"] or m["h2"], min=m["min"] or m["min2"]), t, u),
         lambda t, n: n and _has_clock_cue(t)),
    Rule("race_time", _r(r"(?<![\d.:])(?P<h>\d{1,2}):(?P<min>[0-5]\d):(?P<sec>[0-5]\d(?:\.\d+)?)(?![\d:])"),
         race_time, lambda t, n: n >= 2 and ":" in t),
    Rule("race_time_minutes", _r(r"(?<![\d.:])(?P<min>\d{1,2}):(?P<sec>[0-5]\d)\.(?P<frac>\d{1,3})(?![\d:]|\.\d)"),
         race_time_minutes, lambda t, n: n >= 2 and ":" in t),
    Rule("clock_past", _r(r"(?<![\w-])(?P<mins>a\s+quarter|quarter|half|twenty[\s-]five|five|ten|twenty)\s+(?P<dir>past|to)\s+"
                          r"(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?![\w-]|\s*(?:%|per\s*cent|percent|[a-z]+s\b))"),
         clock_past, lambda t, n: " past " in t or (" to " in t and ("quarter" in t or "five" in t or "ten" in t
                                                                     or "twenty" in t) and _CLOCK_TO_GATE(t))),
    Rule("clock_day_named", _r(rf"(?<![\w.-])(?P<h>\d{{1,2}}|{'|'.join(_HOUR_WORDS)})(?:[.:](?P<min>[0-5]\d)|\s+o['’]\s?clock)"
                               rf"\s+(?:on\s+{_WEEKDAY}|on\s+the|that|this)\s+(?P<part>morning|afternoon|evening|night)\b"
                               rf"|\b(?:every|each|this|that|on\s+{_WEEKDAY}|one|the\s+same)\s+(?P<part2>morning|afternoon|evening|night)\s+at\s+"
                               rf"(?P<h2>\d{{1,2}})[.:](?P<min2>[0-5]\d)(?!\d|[.,]\d|%|\s*(?:[ap]\.?m|per|percent))"),
         clock_day_named, lambda t, n: "morning" in t or "afternoon" in t or "evening" in t or "night" in t),
    Rule("clock_daypart", _r(r"(?<![\w-])(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:[.:](?P<min>[0-5]\d))?"
                             r"(?:\s+o['’]\s?clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|this\s+(?P<part2>morning|afternoon|evening)|at\s+night)\b"),
         clock_daypart, lambda t, n: ("ing" in t or "noon" in t or "night" in t) and (
             "the morning" in t or "the afternoon" in t or "the evening" in t or "at night" in t
             or "this morning" in t or "this afternoon" in t or "this evening" in t)),
    Rule("clock_range", _r(r"(?<![\d.,:])(?:" + _TIME_AMPM.format(1) + "|" + _TIME_24H.format(1) + r")"
                           r"\s*(?:-|–|—)\s*(?:" + _TIME_AMPM.format(2) + "|" + _TIME_24H.format(2) + ")"),
         clock_range, lambda t, n: n >= 2 and (":" in t or "m" in t) and ("-" in t or "–" in t or "—" in t)),
    Rule("duration_compound", _r(rf"{NUM}\s+{TIME_UNIT}\b(?:(?:,\s*|\s+and\s+|,\s+and\s+|\s+){NUM}\s+{TIME_UNIT}\b)+"),
         duration_compound, lambda t, n: n >= 2 and _has_time_unit(t), starts="number"),
    Rule("duration_article_compound", _r(rf"(?<![\w-])an?\s+(?P<u0>{TIME_UNIT})\s+and\s+(?P<n>{NUM})\s+(?P<u>{TIME_UNIT})\b"),
         duration_article_compound, lambda t, n: n and " and " in t and _has_time_unit(t)),
    Rule("score", _r(r"(?<![\w.,:/-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w%-]|[.,:/]\d|\s*(?:per\s*cent|percent))"),
         score, lambda t, n: n >= 2 and _SCORE_GATE(t)),
    Rule("innings_score", _r(rf"(?<![\w.,])(?P<a>\d{{1,3}})\s+for\s+(?P<b>one|two|three|four|five|six|seven|eight|nine|ten|\d)\b(?!\s+(?:years?|days?|the|a|an)\b)"),
         innings_score, lambda t, n: n >= 2 and " for " in t and _INNINGS_GATE(t)),
    Rule("clock_oclock", _r(rf"\b(?P<h>\d{{1,2}}|{WORDNUM})\s+o['’]\s?clock\b"), clock_oclock,
         lambda t, n: "clock" in t),
    Rule("clock_word", _r(r"\b(?:at|by|until|till|before|after|from|around|about)\s+(?P<w>noon|midnight|midday)\b"),
         clock_word, lambda t, n: "noon" in t or "midnight" in t or "midday" in t),
    Rule("age_decade", _r(r"\bin\s+(?:his|her|their|its)\s+(?:(?P<part>early|mid|late)[\s-]*)?(?P<d>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
         age_decade, lambda t, n: "ties" in t or "teens" in t),
    Rule("age_turned", _r(r"\b(?:who|she|he|they|and|had|has|have|just|recently)\s+turn(?:ed|s)\s+(?P<d>\d{1,3})(?=\s+(?:in|on|last|this|next|that|when|before|after|and)\b|\s*[,.;:)]|$)"),
         age_turned, lambda t, n: n and "turn" in t),
    Rule("age_range", _r(rf"(?:\baged\s+|\bages\s+(?:of\s+)?)(?:(?P<between>between)\s+)?(?P<a>{NUM})\s*(?P<sep>to|-|–|and)\s*(?P<b>{NUM})"),
         age_range, lambda t, n: n >= 2 and "age" in t),
    Rule("age_range_years_old", _r(rf"(?:from\s+)?(?P<a>{NUM})\s*(?:to|-|–)\s*(?P<b>{NUM})[\s-]+years?[\s-]+old\b"),
         age_range, lambda t, n: n >= 2 and "old" in t),
    # "Anja Berring, now 38, finished fourth": "now" before the age (session 16)
    Rule("age_apposition", _r(r"(?<=[a-z]), (?:now )?(?P<d>\d{1,3}),(?= [a-z])", 0), age_apposition,
         lambda t, n: n and _APPOSITION_GATE(t)),
    Rule("age", _r(rf"(?P<a>{NUM})[\s-]+(?P<per>years?|months?|weeks?|days?)[\s-]+old\b|\baged\s+(?P<b>{NUM})|(?P<hedge>under|over|above|below)\s+the\s+age\s+of\s+(?P<c>{NUM})"),
         age, lambda t, n: n and (("old" in t and _OLD_AFTER(t)) or "aged" in t or ("age" in t and _AGE_OF(t)))),
    Rule("money_prefix", _r(rf"(?P<between>\bbetween\s+)?(?P<sign>(?<![\w.,])[-−](?=\S)|(?<!plus or )(?<!plus/)\bminus\s+(?=\S))?(?P<cur>{lx.CURRENCY_PREFIX_RE})\s?(?P<sign2>[-−](?=\d))?(?P<a>{DIGITS}(?:{SCALE}|b\b)?|{WORDNUM}(?:\s+{_SCALE_WORD})*)"
                            rf"(?:\s*(?:to|-|–|(?P<and>and))\s*(?P<cur2>{lx.CURRENCY_PREFIX_RE})?\s?(?P<b>{DIGITS}(?:{SCALE}|b\b)?))?"),
         money_prefix, lambda t, n: n and _has_currency(t)),
    Rule("money_code", _r(rf"(?<![\w$€£])(?P<cur>[A-Z]{{3}})\s(?P<a>{DIGITS}(?:{SCALE})?)(?!\w|,\d)", 0), money_code,
         lambda t, n: n and _CODE_BEFORE_FIGURE(t)),
    Rule("money_minor", _r(rf"(?P<a>(?<![\w.,$€£]){DIGITS})(?:\s*(?P<cur>p)\b(?!\.\s*m)|\s+(?P<cur2>pence|cents?|eurocents?)\b)"),
         lambda m, t, u: money_minor(_Alias(m, cur=m["cur"] or m["cur2"]), t, u), lambda t, n: n and _has_minor_currency(t)),
    Rule("money_name", _r(rf"(?:\bbetween\s+)?(?P<a>{NUM})(?:\s*(?:to|-|–|(?<=\s)(?:and|or)(?=\s))\s*(?P<b>{NUM}))?\s+(?P<cur>{lx.CURRENCY_NAME_RE})"),
         money_name, lambda t, n: n and _has_currency(t), starts="between_or_number"),
    Rule("magnitude", _r(rf"\b(?:magnitude|richter(?:\s+scale)?)[\s-]+(?:(?:of|at|was|is|reached)\s+)?(?P<a>{DIGITS})|(?<![\w.,])(?P<b>{DIGITS})[\s-]+magnitude\b"),
         magnitude, lambda t, n: n and ("magnitude" in t or "richter" in t)),
    # "put the quake's magnitude at 6.1", "the magnitude was 6.4": the magnitude named right before its value
    Rule("scientific", _r(rf"(?<![\w.,])(?P<m>{DIGITS})\s*(?:[x×*]\s*10(?:\^|\*\*)\s*(?P<e1>[-−]?\d{{1,3}})"
                          rf"|×\s*10(?P<e2>[-−]?[1-9]\d?))(?!\d)"),
         lambda m, t, u: scientific(_Alias(m, e=m["e1"] or m["e2"]), t, u), lambda t, n: n and _has_power_of_ten(t)),
    Rule("measure", _r(rf"(?P<a>(?<![\w.,$€£]){lx.NOT_GLUED}{SIGN}{DIGITS}|{NUM})(?:\s*(?:to|-|–)\s*(?P<b>{SIGN}{DIGITS}|{NUM}))?[\s-]?\s*(?P<u>{lx.MEASURE_RE})(?:(?:/|\s+per\s+|\s+an?\s+(?=(?:second|minute|hour)\b(?!\s+(?:before|after|later|earlier|ago|long|away)\b)))(?P<per>{lx.MEASURE_RE}|seconds?|minutes?|hours?|s|sec|h|hr|min|day|yr)\b)?(?![\w/²])"),
         measure, lambda t, n: n and _has_measure_unit(t), starts="number"),
    Rule("measure_each", _r(rf"(?:(?P<between>\bbetween)\s+(?P<a2>{lx.NOT_GLUED}{SIGN}{DIGITS})(?:[\s-]?\s*(?P<u2>{lx.MEASURE_RE}))?\s+and\s+"
                            rf"|(?P<a>(?<![\w.,$€£]){lx.NOT_GLUED}{SIGN}{DIGITS})[\s-]?\s*(?P<u1>{lx.MEASURE_RE})\s*(?:to|-|–)\s*)"
                            rf"(?P<b>{SIGN}{DIGITS})[\s-]?\s*(?P<u>{lx.MEASURE_RE})(?![\w/²])"),
         lambda m, t, u: measure_each(_Alias(m, a=m["a"] or m["a2"], u1=m["u1"] or m["u2"]), t, u),
         lambda t, n: n >= 2 and _has_unit(t), starts="between_or_number"),
    Rule("fraction_scale", _r(r"(?<![\w-])(?P<f>half|a\s+half|a\s+quarter|quarter|three[\s-]quarters)\s+(?:of\s+)?an?\s+(?P<scale>million|billion|thousand|dozen|hundred)\b"),
         fraction_scale, lambda t, n: "half" in t or "quarter" in t),
    Rule("fraction_change", _r(rf"\b{_CHG}\s+by\s+(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|over\s+)?(?P<f>(?:(?P<num>one|two|three|a)[\s-])?(?P<den>half|thirds?|quarters?|fifths?|tenths?))\b"),
         fraction_change, lambda t, n: " by " in t and _FRACTION_GATE(t)),
    Rule("fraction_of", _r(rf"(?<![\w-])(?<!second )(?<!first )(?<!latter )(?<!other )(?<!final )(?<!last )(?<!middle )(?P<f>(?:(?P<num>one|two|three|four|nine|a)[\s-])?(?P<den>halves|half|thirds?|quarters?|fourths?|fifths?|tenths?))(?=\s+of\b)(?!\s+of\s+{MONTH_RE}\b)"),
         fraction_of, lambda t, n: " of" in t and _FRACTION_GATE(t)),
    Rule("half_of_a_whole", _r(r"(?<![\w-])(?<!second )(?<!first )(?<!latter )(?<!other )(?<!final )(?<!last )(?<!middle )(?<!and )(?<!a )"
                               r"(?:half(?=\s+(?:the|its|their|his|her|our|my|your|these|those|all)\s+(?!(?:way|time)\b)[a-z])"
                               r"|(?:(?<=than\s)|(?<=about\s)|(?<=nearly\s)|(?<=almost\s)|(?<=roughly\s)|(?<=around\s)|(?<=some\s)|(?<=just\s)|(?<=over\s)|(?<=under\s))half(?=\s+(?:have|had|has|were|are|was|is|will|would|said|say|voted|want|of\s+them)\b))"),
         half_of_a_whole, lambda t, n: "half" in t),
    Rule("fraction_digits", _r(r"(?<![\w/.,-])(?:(?P<w>\d{1,3})\s+)?(?P<n>\d{1,2})/(?P<d>\d{1,3})(?![\w/]|\.\d)"),
         fraction_digits, lambda t, n: "/" in t),
    Rule("percent", _r(rf"(?:(?P<between>\bbetween)\s+)?(?P<a>{NUM})(?:\s*(?P<pct>%|\s(?:per\s?cent|percent|pct)\b)?\s*(?:to|-|–|(?P<and>and))\s*(?P<b>{NUM}))?\s*(?:%|\s(?:per\s?cent|percent)\b|(?<=\d)\s?pct?\b)"),
         percent, lambda t, n: n and ("%" in t or "cent" in t or "pc" in t), starts="between_or_number"),
    # "25 basis points", "a 50bp hike", "40bps", "a 75-basis-point rise", "1.5pp", "a two-percentage-point cut"
    Rule("percentage_points", _r(rf"(?P<a>{NUM})(?:\s*(?:to|-|–)\s*(?P<b>{NUM}))?(?:\s+|-)(?P<u>percentage[\s-]points?|basis[\s-]points?|pp\b|bps?\b)"
                                 rf"|(?P<a2>(?<![\w.,]){DIGITS})(?P<u2>bps?|pp)\b"),
         lambda m, t, u: percentage_points(_Alias(m, a=m["a"] or m["a2"], u=m["u"] or m["u2"]), t, u),
         lambda t, n: n and ("point" in t or "pp" in t or "bp" in t), starts="number"),
    Rule("multiplier", _r(rf"\b(?P<w>twice|doubled|doubling|tripled|trebled|tripling|quadrupled|halved|halving)\b|(?<![\w.,])(?P<n>{DIGITS}|{WORDNUM})\s+times\b(?=\s+(?:as|more|less|higher|lower|bigger|larger|smaller|stronger|faster|greater|the|that|than|over)\b)"
                          rf"|(?<![\w.,-])(?P<fold>{DIGITS}|{WORDNUM})[\s-]?fold\b|(?<![\w.,-])(?P<x>\d{{1,4}}(?:\.\d+)?)x(?=\s+[a-z])"),
         multiplier, lambda t, n: _MULTIPLIER_GATE(t)),
    Rule("decade", _r(r"(?:\bthe\s+|(?<=\s)['’]?|(?<=\bmid-))(?P<y>(?:1[89]|20)\d0|[2-9]0)s\b"), decade, lambda t, n: n and _DECADE_GATE(t)),
    Rule("fraction_alone", _r(r"(?<![\w-])(?P<f>(?:(?P<num>one|two|three|four|nine|a)[\s-])(?P<den>halves|half|thirds?|quarters?|fourths?|fifths?|tenths?))\b(?!-|\s+(?:of|time|term|place|round|quarter|year|day|week|month|century)\b)"),
         fraction_alone, lambda t, n: _FRACTION_GATE(t)),
    Rule("fraction_point", _r(r"\b(?:an?\s+)?(?P<f>three[\s-]quarters|quarter|half)(?:[\s-]|\s+(?:of\s+)?an?\s+)(?:percentage[\s-])?points?\b"
                              r"|(?<![\w-])(?P<one>an?\s+(?:full\s+)?percentage[\s-]point)\b"),
         fraction_point, lambda t, n: "point" in t and ("quarter" in t or "half" in t or "percentage" in t)),
    Rule("fraction_measure", _r(rf"(?<![\w-])(?P<f>half|a\s+half|a\s+quarter|quarter|three[\s-]quarters)\s+(?:of\s+)?an?\s+(?P<u>{lx.MEASURE_RE})(?![\w/²])"),
         fraction_measure, lambda t, n: ("half" in t or "quarter" in t) and _has_unit(t)),
    # session 17 (nunumbers17): "a quarter of an hour" is 15 minutes, never 25% and an hour
    Rule("fraction_time", _r(rf"(?<![\w-])(?P<f>half|a\s+half|a\s+quarter|quarter|three[\s-]quarters)\s+of\s+an?\s+(?P<unit>{TIME_UNIT})\b"),
         fraction_time, lambda t, n: ("half" in t or "quarter" in t) and " of a" in t),
    Rule("fraction_of_unit", _r(rf"(?<![\w-])(?:(?P<art>an?|one|each|every)\s+)?(?P<f>tenth|third|fifth|hundredth)\s+of\s+an?\s+(?P<u>percentage\s+point|point|degree|second|{lx.MEASURE_RE})(?![\w/²])"),
         fraction_of_unit, lambda t, n: " of a" in t and ("tenth" in t or "third" in t or "fifth" in t or "hundredth" in t)),
    Rule("two_unit_measure", _r(rf"(?<![\w.,]){lx.NOT_GLUED}(?P<a>\d{{1,2}})\s*(?P<u1>ft|feet|foot|lbs?|pounds?|st|stone)\s*(?P<b>\d{{1,2}}(?:\.\d+)?)\s*(?:in|inches|inch|oz|ounces?|lbs?|pounds?)\b"),
         lambda m, t, u: two_unit_measure(m, t, u) if _TWO_UNITS_AGREE(m) else None, lambda t, n: n >= 2 and ("f" in t or "lb" in t or "oz" in t or "ounce" in t) and _TWO_UNIT_GATE(t)),
    Rule("top_n", _r(rf"(?<!could )(?<!may )(?<!might )(?<!will )(?<!would )(?<!\bto )\b(?:top|bottom)\s+(?P<a>\d{{1,3}}|{WORDNUM})\b(?!\s*(?:%|per\s*cent|percent))"), top_n, lambda t, n: n and ("top " in t or "bottom " in t)),
    Rule("place", _r(rf"\b(?:finish(?:ed|es|ing)?|came|come|placed|ranked|ranks|rank)\s+(?:a\s+)?(?P<o>{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\b"
                     rf"|\b(?P<o2>{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))-(?:ranked|placed|seeded|[a-z]+est|most)\b"
                     rf"|\b(?:was|were|is|are|lies|lay|sits|sat)\s+(?P<o3>{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))(?=\s+(?:with\b|behind\b|in\s+\d|in\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:table|league|standings|rankings?|race|final|heat|group|championships?)\b))"
                     # session 16: a side's move in a table ("drops Dravo from sixth to 12th", "would then fall to 13th") and a
                     # place given with its points ("Dravo, sixth with 44 points")
                     rf"|\b(?:from|to)\s+(?P<o4>{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))(?=\s+(?:to|in\s+the|place|position|spot)\b|\s*[,.;]|$)"
                     rf"|(?<=,\s)(?P<o5>{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))(?=,?\s+with\s+\d)"),
         lambda m, t, u: place(_Alias(m, o=m["o"] or m["o2"] or m["o3"] or m["o4"] or m["o5"]), t, u),
         lambda t, n: _HAS_ORDINAL_WORD(t)),  # every alternative reads an ordinal
    Rule("ratio", _r(rf"(?<![\w-])(?P<a>one|{DIGITS}|{WORDNUM})\s+(?:in|out\s+of)\s+(?P<b>{NUM})(?=\s+[a-z])"),
         ratio, lambda t, n: n >= 2 and (" in " in t or "out of" in t), starts="number"),
    Rule("ratio_with_noun", _r(r"(?<![\w-])one\s+(?!(?:of|in|out|or|and|to|by|the|a|an|more|less|day|year|time|way)\b)"
                                r"(?:[a-z-]+\s+){1,2}?in\s+(?:every\s+)?(?P<b>\d{1,3}|two|three|four|five|six|seven|eight|"
                                r"nine|ten|twenty|fifty|hundred)\b(?!\s*(?:%|per\s*cent|percent|years?|months?|weeks?|days?|hours?|"
                                r"minutes?|seconds?|decades?|[ap]\.?m\b))"),
         ratio_with_noun, lambda t, n: n and "one " in t and " in " in t),
    Rule("every_nth", _r(r"\bevery\s+(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?!(?:day|week|"
                         r"month|year|time|weekend|night|morning|hour|minute)s?\b)[a-z]*[a-rt-z]\b"),
         every_nth, lambda t, n: "every " in t),
    Rule("exchange", _r(rf"(?P<a>{NUM})-for-(?P<b>{NUM_AFTER_FOR})"), exchange, lambda t, n: n >= 2 and "-for-" in t, starts="number"),
    Rule("compound", _r(rf"(?P<a>{NUM})-(?P<unit>{TIME_UNIT}|[a-z]+)(?P<old>-old)?\b"), compound, lambda t, n: n and "-" in t, starts="number"),
    Rule("vague", _r(r"\b(?P<v>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions)(?:\s+of)?\b(?!\s+(?:dollars|euros|pounds)\b)"),
         vague, lambda t, n: _VAGUE_GATE(t)),
    Rule("several", _r(rf"\b(?P<s>several|a\s+few|a\s+couple\s+of)\s+(?P<scale>hundred|thousand|million|billion|dozen|{TIME_UNIT})\b"),
         several, lambda t, n: "several" in t or "few" in t or "couple" in t),
    Rule("article_scale", _r(rf"(?<![\w-])(?P<n>an?\s+(?:dozen|hundred|thousand|million|billion)|{WORDNUM}\s+dozen)\b(?!\s*(?:years|days|hours))"),
         article_scale, lambda t, n: _has_scale_word(t) and _ARTICLE_SCALE_GATE.search(t)),
    # "in a single day", "a whole day", "one full year": the adjective between leaves one time unit (session 16)
    Rule("a_unit", _r(rf"(?<![\w-])(?P<art>an?|one|half\s+an?|an?\s+half)\s+(?:(?:single|whole|full|entire)\s+)?(?P<unit>{TIME_UNIT})\b(?!-)"),
         a_unit, lambda t, n: _has_time_unit(t)),
    # "a second, smaller fire": a comparative between the ordinal and its noun
    Rule("ordinal", _r(r"\b(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth|hundredth|\d+(?:st|nd|rd|th))(?:,\s+[a-z]+er)?(?:\s+|-(?=(?:floor|storey|story)\b))(?P<noun>[a-z]+)"),
         ordinal, lambda t, n: _has_ordinal(t)),
    # "the 22nd and 23rd floors", "from the ninth to the 15th floors": the first ordinal numbers the noun of the second
    Rule("ordinal_pair", _r(rf"\b(?P<o>{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\s+(?:and|to|or)\s+(?:the\s+)?(?P<o2>{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\s+(?P<noun>[a-z]+)"),
         ordinal_pair, lambda t, n: _has_ordinal(t)),
    Rule("range", _r(rf"(?:\b(?P<between>between|from)\s+)?(?P<a>{NUM})\s*(?:(?:to|-|–|—|or)|(?<=\s)and(?=\s))\s*(?P<b>{NUM})"),
         number_range, lambda t, n: n >= 2, starts="between_or_number"),
    Rule("year_ahead", _r(r"\b(?:by|in|until|till|before|after|beyond|through)\s+(?P<y>2[1-9]\d\d)(?![\w,.-]\d|\w)"),
         year_ahead, lambda t, n: n and _has_year_ahead(t)),
    # "mid-2027", "early-2026", "late-2025": a year after a part-of prefix (session 16)
    # session 19: years before 1800 with a mark of a year (a new user's "a 1641 canvas", "(1641)", "painted in 1641")
    Rule("year_early", _r(r"(?:(?P<pre>(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s))|(?P<circa>\b(?:[Cc]irca|c\.|ca\.)\s*)|"
                          r"(?P<bracket>(?<=\())|(?P<a>(?<=\b[Aa]\s)))(?P<y>1[0-7]\d\d)(?![\w,.]\d|\w|-\d)"
                          r"(?(bracket)(?=\)))", 0),
         year_early, lambda t, n: n and _EARLY_YEAR_DIGITS.search(t)),
    Rule("year", _r(r"(?:(?<![\w$€£.,-])|(?<=\b[Mm]id-)|(?<=\b[Ee]arly-)|(?<=\b[Ll]ate-))(?P<y>(?:1[89]|20)\d\d)(?!\w|[,.-]\d|:\d)", 0),
         year, lambda t, n: n, starts="number"),
    Rule("number", _r(NUM), number, lambda t, n: n, starts="number"),
    # a statement of none: only with the casualty noun or a verb of harm, never "no one told us"
    Rule("zero_statement", _r(r"\b[Nn]o\s+(?P<noun>deaths?|fatalities|fatality|casualties|injuries)\b(?=\s+(?:have|has|had|were|was|are|is)\s+(?:yet\s+)?(?:been\s+)?(?:reported|recorded|confirmed)|\s+(?:reported|recorded|confirmed)\b)"
                             r"|\b(?:[Nn]o\s+one|[Nn]obody)(?=\s+(?:was|were|has\s+been|had\s+been|is|appears\s+to\s+have\s+been|is\s+believed\s+to\s+have\s+been)\s+(?:seriously\s+|badly\s+)?(?:killed|injured|hurt|wounded|harmed|missing)\b)"),
         zero_statement, lambda t, n: _ZERO_GATE(t)),
]


class _Alias:
    """A match whose named groups are renamed (two alternatives of one pattern feed one interpretation)."""

    def __init__(self, m: re.Match, **groups):
        self._m, self._groups = m, groups

    def __getitem__(self, key):
        return self._groups[key] if key in self._groups else self._m[key]

    def start(self, *a):
        return self._m.start(*a)

    def end(self, *a):
        return self._m.end(*a)
