"""Extract every numeric expression from news text, keeping ranges and hedges.

`extract_numbers(text)` is a grammar of numeric expressions, not a list of phrases: a number core
(digits, number words, scales such as "7 billion"), optionally preceded by a hedge ("at least",
"some", "just over") and followed by a second value (a range: "two to three", "between 1,000 and
1,200", "June 20 and 30"), a compound ("30-day", "53-year-old", "1,200-for-1,200") and the counted
noun ("6,000 killed Ukrainian soldiers"). Vague quantities ("several hundred", "tens of thousands"),
durations in words ("just over an hour", "a week"), ordinals that count ("third year"), money,
percentages, ages, dates and years are their own patterns. Overlapping candidates are resolved
longest first.

Normalisation: `value_low`/`value_high` (an open side is NaN); durations in hours so that "90-minute"
and "just over an hour" compare; dates as YYYYMMDD with 0 for a missing year or day; counts take the
singular counted noun as unit; vague quantities become documented intervals (VAGUE below).

`annotate_numbers(sentences, …)` runs it over body sentences and adds what each mention counts
(`quantity`, from the quantities codebook), its `scope` (each side, total, one side, where the text
states it), whether it refers to an earlier event, and the side of the actor it belongs to.
"""
from __future__ import annotations

import math
import re
import unicodedata

import numpy as np
import pandas as pd

from .codebooks import QuantityRule, alias_pattern

NUMBER_COLUMNS = ["start", "end", "text", "value_low", "value_high", "unit", "hedge", "kind"]

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000, "mln": 1_000_000}
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "twentieth": 20, "thirtieth": 30, "hundredth": 100}
_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], start=1)}
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                "oct": 10, "nov": 11, "dec": 12})
# Hours in each time unit: every duration is expressed in hours.
HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "night": 24.0, "week": 168.0,
         "fortnight": 336.0, "month": 730.5, "year": 8766.0, "decade": 87660.0, "century": 876600.0}
_TIME_UNIT = r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
# Vague quantities as intervals (low, high). "several" = 3..9, "a few" = 2..5, plural scales = 2..9.99 of the scale.
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
         "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
         "millions": (2_000_000, 999_999_999), "tens of millions": (20_000_000, 99_999_999),
         "billions": (2_000_000_000, 999_999_999_999)}
_SEVERAL = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 2), "many": (3, 99), "few": (2, 5)}
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB",
             "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "roubles": "RUB",
             "rubles": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "yuan": "CNY", "yen": "JPY", "francs": "CHF"}

_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            r"|seventeen|eighteen|nineteen)(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty))?)*")
# Atomic (?>…): a digit run is never re-split by backtracking, which keeps long digit strings linear.
_DIGITS = r"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?:million|billion|trillion|thousand|bn|mln)\b|(?:m|k|bn)\b)"
# A number core: digits (with an optional scale) or number words; not part of a word, code or model name (F-16, G7).
NUM = rf"(?:(?<![\w.,$€£])(?<![A-Za-z]-){_DIGITS}(?:{_SCALE})?(?![\w]*\d)(?!,\d)(?![A-Za-z])|(?<![\w-]){_WORDNUM}(?:\s+and\s+a\s+half)?(?![\w]))"
# The second number of an 'X-for-X' compound (follows 'for-', which the guard above would refuse).
_NUM_AFTER_FOR = rf"(?:{_DIGITS}(?:{_SCALE})?(?![\w]*\d)(?!,\d)|{_WORDNUM}(?![\w]))"
_HEDGES = [
    ("at_least", r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|minimum\s+of"),
    ("more_than", r"(?:just|well|slightly|a\s+little)\s+over|more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding"),
    ("at_most", r"up\s+to|as\s+many\s+as|no\s+more\s+than|at\s+most|a\s+maximum\s+of|maximum\s+of"),
    ("less_than", r"(?:just\s+)?(?:fewer|less)\s+than|(?:just\s+)?under|below|nearly\s+under"),
    ("about", r"around|about|some|roughly|approximately|approx\.|nearly|almost|close\s+to|an\s+estimated|estimated|circa|c\.|an?\s+approximate|upward\s+of|~"),
]
_HEDGE_RE = re.compile(r"(?i)(?:^|(?<=[\s\"“‘'(]))(" + "|".join(f"(?P<{k}>{p})" for k, p in _HEDGES) + r")\s+$")
_COUNT_STOP = {
    "of", "to", "in", "on", "at", "from", "for", "with", "by", "and", "or", "but", "that", "which", "who", "whom",
    "were", "was", "have", "has", "had", "are", "is", "be", "been", "will", "would", "could", "should", "may",
    "might", "can", "each", "per", "a", "an", "the", "than", "as", "it", "its", "their", "his", "her", "they",
    "he", "she", "we", "this", "these", "those", "into", "over", "under", "between", "across", "after", "before",
    "during", "since", "until", "while", "when", "where", "if", "so", "not", "no", "more", "less", "also", "all",
    "both", "only", "just", "about", "around", "said", "says", "say", "told", "ago", "later", "earlier", "percent",
    "per", "cent", "times", "out", "up", "down", "off", "there", "here", "then", "now", "again",
}
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "memoranda", "police", "personnel", "data", "media",
                      "criteria", "feet", "teeth", "mice", "geese", "cattle", "sheep", "fish", "aircraft", "troops",
                      "remains", "staff", "crew", "civilians"}
# Words that make a number an adjective rather than name what it counts ("a 2,000-strong force").
_ADJECTIVAL = {"strong", "odd", "plus", "fold", "something", "ish", "long", "wide", "high", "deep", "tall", "old"}
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES)


def _to_ascii_digits(text: str) -> str:
    """Replace non-ASCII decimal digits (Arabic-Indic, Devanagari, full-width…) by ASCII ones, same length."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() and unicodedata.digit(ch, None) is not None else ch
                   for ch in text)


def parse_number(token: str) -> float | None:
    """The value of a number core: '6,000', '7.5 billion', '12m', 'twenty-five', 'three hundred'."""
    t = token.strip().lower().replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(million|billion|trillion|thousand|bn|mln|m|k)?", t)
    if m:
        return float(m.group(1)) * (_SCALES[m.group(2)] if m.group(2) else 1)
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", t):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current + half if seen else None


_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_MEASURES = {"km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile", "metre": "metre", "meter": "metre",
             "centimetre": "cm", "centimeter": "cm", "cm": "cm", "mm": "mm", "kg": "kg", "kilogram": "kg",
             "tonne": "tonne", "ton": "tonne", "litre": "litre", "liter": "litre", "barrel": "barrel", "degree": "degree",
             "°c": "degree", "°f": "degree F", "°": "degree", "mph": "mph", "km/h": "km/h", "acre": "acre",
             "square kilometre": "km2", "square kilometer": "km2", "square mile": "square mile", "square metre": "m2",
             "square meter": "m2"}
_MEASURE_RE = (r"(?:square\s+(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?)|km/h|km|kilomet(?:re|er)s?|miles?|"
               r"met(?:re|er)s?|centimet(?:re|er)s?|cm|mm|kg|kilograms?|tonnes?|tons?|lit(?:re|er)s?|barrels?|"
               r"degrees?|°[CF]?|mph|acres?)")


def _measure_unit(surface: str) -> str:
    word = re.sub(r"\s+", " ", surface.lower())
    word = word if word in _MEASURES else word[:-1] if word.endswith("s") else word
    return _MEASURES.get(word, word)


def singular(word: str) -> str:
    """The singular of an English plural noun (rule-based; irregulars come from the units codebook)."""
    w = word.lower().strip("'’")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if re.search(r"(ches|shes|sses|xes|zes)$", w):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _looks_plural(word: str) -> bool:
    w = word.lower().strip("'’")
    return w in _IRREGULAR_PLURALS or (len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")))


def _counted_noun(text: str, pos: int, units: dict[str, str], singular_value: bool) -> tuple[str, int]:
    """The noun a number counts, read from `pos` on: (canonical unit or '', end offset of the noun).

    Reads up to four words of the noun phrase (stopping at a function word or punctuation) and takes its
    last plural noun: "6,000 killed Ukrainian soldiers", "300 special forces soldiers", "6,000 deceased
    soldiers' bodies". Nouns named in the units codebook count even when singular ("POW").
    """
    end, found = pos, ("", pos)
    for n, m in enumerate(re.finditer(r"\s*([A-Za-z][A-Za-z'’\-]*)", text[pos:pos + 120])):
        if m.start() != (end - pos) or n >= 4:
            break
        word = m.group(1)
        low = word.lower().strip("'’")
        if low in _COUNT_STOP or low in _NUMBER_WORDS:
            break
        if found[0] and not (_looks_plural(word) or low in units or word.endswith(("'", "’", "'s", "’s"))):
            break  # after the counted noun only a compound noun or a possessive may follow: "two sides discussed"
        end = pos + m.end()
        possessive = word.endswith(("'", "’", "'s", "’s"))
        if possessive:
            continue
        if low in units:
            found = (units[low], end)
        elif _looks_plural(word) or (singular_value and n == 0 and word.islower()):
            found = (units.get(low, singular(low)), end)
    return found


_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_ORD_SUFFIX = r"(?:st|nd|rd|th)?"

# Each pattern: (kind of match, compiled regex). Named groups carry the parts.
_PATTERNS = [
    ("date_range", re.compile(rf"(?P<month>{_MONTH_RE})\s+(?P<d1>\d{{1,2}}){_ORD_SUFFIX}\s*(?:and|to|-|–|—)\s*(?P<d2>\d{{1,2}}){_ORD_SUFFIX}(?:,?\s+(?P<year>\d{{4}}))?\b")),
    ("date_range", re.compile(rf"(?<![\d,.])(?P<d1>\d{{1,2}}){_ORD_SUFFIX}\s*(?:-|–|—|to|and)\s*(?P<d2>\d{{1,2}}){_ORD_SUFFIX}\s+(?:of\s+)?(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?\b")),
    ("date", re.compile(rf"(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}){_ORD_SUFFIX}(?:,?\s+(?P<year>\d{{4}}))?(?![\d,]*\d)")),
    ("date", re.compile(rf"(?<![\d,.])(?P<day>\d{{1,2}}){_ORD_SUFFIX}\s+(?:of\s+)?(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?\b")),
    ("date", re.compile(rf"(?P<month>{_MONTH_RE})\s+(?P<year>(?:1[89]|20)\d\d)\b")),
    ("time", re.compile(r"(?<![\d.])(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)(?!\w)", re.I)),
    ("age_range", re.compile(rf"(?i)(?:\baged\s+|\bages\s+(?:of\s+)?)(?:(?P<between>between)\s+)?(?P<a>{NUM})\s*(?P<sep>to|-|–|and)\s*(?P<b>{NUM})")),
    ("age_range", re.compile(rf"(?i)(?:from\s+)?(?P<a>{NUM})\s*(?:to|-|–)\s*(?P<b>{NUM})[\s-]+years?[\s-]+old\b")),
    ("age", re.compile(r"(?<=[a-z]), (?P<d>\d{1,3}),(?= [a-z])")),  # "Ana Petrova, 67, whose house…"
    ("age", re.compile(rf"(?i)(?P<a>{NUM})[\s-]+years?[\s-]+old\b|\baged\s+(?P<b>{NUM})|(?P<hedge>under|over|above|below)\s+the\s+age\s+of\s+(?P<c>{NUM})")),
    ("money", re.compile(rf"(?i)(?P<cur>US\$|\$|€|£|¥|₴|₽)\s?(?P<a>{_DIGITS}(?:{_SCALE})?)(?:\s*(?:to|-|–)\s*(?:US\$|\$|€|£)?\s?(?P<b>{_DIGITS}(?:{_SCALE})?))?")),
    ("money", re.compile(rf"(?i)(?P<a>{NUM})(?:\s*(?:to|-|–)\s*(?P<b>{NUM}))?\s+(?P<cur>dollars?|euros?|pounds|roubles|rubles|hryvnias?|yuan|yen|francs)\b")),
    ("magnitude", re.compile(rf"(?i)\b(?:magnitude|richter(?:\s+scale)?)[\s-]+(?P<a>{_DIGITS})|(?<![\w.,])(?P<b>{_DIGITS})[\s-]+magnitude\b")),
    ("measure", re.compile(rf"(?i)(?P<a>{NUM})(?:\s*(?:to|-|–)\s*(?P<b>{NUM}))?\s*(?P<u>{_MEASURE_RE})(?![\w/])")),
    ("fraction_scale", re.compile(r"(?i)(?<![\w-])(?P<f>half|a\s+half|a\s+quarter|quarter|three[\s-]quarters)\s+(?:of\s+)?an?\s+(?P<scale>million|billion|thousand|dozen|hundred)\b")),
    ("fraction", re.compile(r"(?i)(?<![\w-])(?<!second )(?<!first )(?<!latter )(?<!other )(?P<f>(?:(?P<num>one|two|three|four|nine|a)[\s-])?(?P<den>halves|half|thirds?|quarters?|fourths?|fifths?|tenths?))(?=\s+of\b)")),
    ("percent", re.compile(rf"(?i)(?P<a>{NUM})(?:\s*%?\s*(?:to|-|–)\s*(?P<b>{NUM}))?\s*(?:%|\s(?:per\s?cent|percent)\b)")),
    ("ratio", re.compile(rf"(?i)(?<![\w-])(?P<a>one|{_DIGITS}|{_WORDNUM})\s+(?:in|out\s+of)\s+(?P<b>{NUM})(?=\s+[a-z])")),
    ("for", re.compile(rf"(?i)(?P<a>{NUM})-for-(?P<b>{_NUM_AFTER_FOR})")),
    ("compound", re.compile(rf"(?i)(?P<a>{NUM})-(?P<unit>{_TIME_UNIT}|[a-z]+)(?P<old>-old)?\b")),
    ("vague", re.compile(r"(?i)\b(?P<v>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions)(?:\s+of)?\b(?!\s+(?:dollars|euros)\b)")),
    ("several", re.compile(rf"(?i)\b(?P<s>several|a\s+few|a\s+couple\s+of)\s+(?P<scale>hundred|thousand|million|dozen|{_TIME_UNIT})\b")),
    ("a_unit", re.compile(rf"(?i)(?<![\w-])(?P<art>an?|one|half\s+an?|an?\s+half)\s+(?P<unit>{_TIME_UNIT})\b(?!-)")),
    ("ordinal", re.compile(r"(?i)\b(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth|hundredth|\d+(?:nd|rd|th))\s+(?P<noun>[a-z]+)")),
    ("range", re.compile(rf"(?i)(?:\b(?P<between>between|from)\s+)?(?P<a>{NUM})\s*(?:(?:to|-|–|—|or)|(?<=\s)and(?=\s))\s*(?P<b>{NUM})")),
    ("year", re.compile(r"(?<![\w$€£.,-])(?P<y>(?:1[89]|20)\d\d)(?!\w|[,.-]\d)")),
    ("number", re.compile(NUM, re.I)),
]
_PRIORITY = {name: i for i, name in enumerate(dict.fromkeys(n for n, _ in _PATTERNS))}
# Cheap tests on the lower-cased text: a pattern runs only where its gate finds something to match.
_HAS_NUMBER = re.compile(r"\d|\b(?:" + "|".join(list(_UNITS) + list(_TENS)) + r")\b")
_MONTH_GATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_GATES = {
    "date_range": lambda t, n: n and _MONTH_GATE.search(t), "date": lambda t, n: n and _MONTH_GATE.search(t),
    "time": lambda t, n: n and ("am" in t or "pm" in t or "a.m" in t or "p.m" in t),
    "age_range": lambda t, n: n and ("age" in t or "old" in t), "age": lambda t, n: n and ("age" in t or "old" in t or re.search(r", \d{1,3},", t)),
    "money": lambda t, n: n and re.search(r"[$€£¥₴₽]|dollar|euro|pound|rouble|ruble|hryvni|yuan|yen|franc", t),
    "percent": lambda t, n: n and ("%" in t or "cent" in t),
    "magnitude": lambda t, n: n and ("magnitude" in t or "richter" in t),
    "measure": lambda t, n: n and re.search(r"\d\s*(?:k|m|c|l|t|b|d|°|a)|\b(?:kilo|mile|met|lit|ton|barrel|degree|acre|square)", t),
    "fraction_scale": lambda t, n: ("half" in t or "quarter" in t),
    "fraction": lambda t, n: (" of" in t and re.search(r"half|halves|third|quarter|fourth|fifth|tenth", t)), "ratio": lambda t, n: n and (" in " in t or "out of" in t),
    "for": lambda t, n: n and "-for-" in t, "compound": lambda t, n: n and "-" in t,
    "vague": lambda t, n: re.search(r"dozens|scores|hundreds|thousands|millions|billions", t),
    "several": lambda t, n: "several" in t or "few" in t or "couple" in t,
    "a_unit": lambda t, n: re.search(_TIME_UNIT, t), "ordinal": lambda t, n: re.search(r"(?:second|third|th|nd|rd)\s", t),
    "range": lambda t, n: n, "year": lambda t, n: n, "number": lambda t, n: n,
}


def _hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """A hedge phrase ending right before `start`: (hedge, its start offset) or (None, start)."""
    window = text[max(0, start - 40):start]
    m = _HEDGE_RE.search(window)
    if not m:
        return None, start
    hedge = next(k for k, _ in _HEDGES if m.group(k))
    if m.group(1).lower() in ("over", "under", "about") and re.match(r"(?i)(?:an?|one)\s", text[start:]):
        return None, start  # "over a decade", "under an hour's drive": a preposition, not a hedge
    return hedge, start - (len(window) - m.start(1))


def _interval(value: float, hedge: str | None) -> tuple[float, float]:
    if hedge in ("at_least", "more_than"):
        return value, math.nan
    if hedge in ("at_most", "less_than"):
        return math.nan, value
    return value, value


def _candidates(text: str, units: dict[str, str]) -> list[dict]:
    found = []
    lower = text.lower()
    has_number = bool(_HAS_NUMBER.search(lower))
    for name, pattern in _PATTERNS:
        if not _GATES[name](lower, has_number):
            continue
        for m in pattern.finditer(text):
            cand = _interpret(name, m, text, units)
            if cand is not None:
                cand["priority"] = _PRIORITY[name]
                found.append(cand)
    return found


def _interpret(name: str, m: re.Match, text: str, units: dict[str, str]) -> dict | None:
    """A candidate mention from one pattern match, or None when the match is not a figure."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    low = high = None
    unit, hedge, kind = "", None, "count"
    if name in ("date", "date_range"):
        month = _MONTHS[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else 0
        if name == "date_range":
            d1, d2 = int(g["d1"]), int(g["d2"])
            if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
                return None
            low, high, hedge = year * 10000 + month * 100 + d1, year * 10000 + month * 100 + d2, "range"
        else:
            day = int(g["day"]) if g.get("day") else 0
            if day > 31:
                return None
            low = high = year * 10000 + month * 100 + day
        unit, kind = "date", "date"
    elif name == "time":
        hour = int(g["h"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        low = high = hour + (int(g["min"]) / 60 if g.get("min") else 0)
        unit, kind = "hour of day", "time"
    elif name in ("age", "age_range"):
        kind, unit = "age", "year"
        if name == "age_range":
            if (g.get("sep") or "").lower() == "and" and not g.get("between"):
                return None  # "aged 19 and 22": two ages, not a range
            low, high, hedge = parse_number(g["a"]), parse_number(g["b"]), "range"
        else:
            if g.get("d") is not None:
                name_before = re.search(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*$", text[:start])
                if not name_before or not 1 <= int(g["d"]) <= 110:
                    return None  # "in 2024, 67, …" is not a person's age
                start = start + 2  # the span is the number, not the comma before it
                end = end - 1
            value = parse_number(g.get("a") or g.get("b") or g.get("c") or g.get("d"))
            h = {"under": "less_than", "below": "less_than", "over": "more_than", "above": "more_than"}.get((g.get("hedge") or "").lower())
            low, high = _interval(value, h)
            hedge = h
    elif name == "money":
        kind, unit = "money", _CURRENCY[g["cur"].lower()]
        low = parse_number(g["a"])
        high = parse_number(g["b"]) if g.get("b") else low
        hedge = "range" if g.get("b") else None
    elif name == "percent":
        kind, unit = "percent", "percent"
        low = parse_number(g["a"])
        high = parse_number(g["b"]) if g.get("b") else low
        hedge = "range" if g.get("b") else None
    elif name == "magnitude":
        kind, unit = "measure", "magnitude"
        low = high = parse_number(g.get("a") or g.get("b"))
    elif name == "measure":
        kind, unit = "measure", _measure_unit(g["u"])
        low = parse_number(g["a"])
        high = parse_number(g["b"]) if g.get("b") else low
        hedge = "range" if g.get("b") else None
        if low is None or high is None or high < low:
            return None
    elif name == "fraction_scale":
        part = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter": 0.25}.get(re.sub(r"\s+", " ", g["f"].lower()), 0.75)
        low = high = part * (12 if g["scale"].lower() == "dozen" else _SCALES[g["scale"].lower()])
        unit, noun_end = _counted_noun(text, end, units, False)
        end = max(end, noun_end)
    elif name == "fraction":
        numerator = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "nine": 9}.get((g.get("num") or "a").lower(), 1)
        den = _FRACTIONS[g["den"].lower()]
        if numerator >= den:
            return None
        kind, unit = "percent", "percent"
        low = high = round(100 * numerator / den, 4)
    elif name == "ratio":
        a, b = (1.0 if g["a"].lower() == "one" else parse_number(g["a"])), parse_number(g["b"])
        if not a or not b or a > b:
            return None
        kind, unit = "percent", "percent"
        low = high = round(100 * a / b, 4)
        end = max(end, _counted_noun(text, end, units, False)[1])  # "one in five respondents"
    elif name == "for":
        low, high = parse_number(g["a"]), parse_number(g["b"])
        unit, _ = _counted_noun(text, end, units, False)
        # A 'X-for-X' swap counts X on each side; the noun is often an event (swap) rather than what is counted.
        unit = unit if unit not in ("swap", "exchange", "deal", "trade") else ""
        if not unit:
            acronym = re.match(r"\s+([A-Z]{2,5}s?)\b", text[end:])
            if acronym and acronym.group(1).lower() in units:
                unit = units[acronym.group(1).lower()]
                end += acronym.end()
        return {"start": start, "end": end, "value_low": low, "value_high": high, "unit": unit, "hedge": "exact",
                "kind": "count", "scope": "each_side", **_with_hedge(text, start, None)}
    elif name == "compound":
        value = parse_number(g["a"])
        word = g["unit"].lower()
        if value is None:
            return None
        base = _time_unit(word)
        if g.get("old") and base == "year":
            kind, unit, low, high = "age", "year", value, value
        elif base:
            kind, unit = "duration", "hour"
            low = high = value * HOURS[base]
        elif word in ("for", "to", "and", "or") or word.isdigit():
            return None
        elif word in _ADJECTIVAL:
            kind, unit, low, high = "count", "", value, value
        else:
            kind, unit, low, high = "count", units.get(word, singular(word)), value, value
    elif name == "vague":
        phrase = re.sub(r"\s+", " ", g["v"].lower())
        low, high = VAGUE[phrase]
        hedge, kind = "vague", "count"
        unit, noun_end = _counted_noun(text, end, units, False)
        end = max(end, noun_end)
        if not text[start:m.end()].lower().rstrip().endswith(" of") and noun_end == m.end():
            end = m.end()
        if text[m.start():m.end()].endswith(" of") and not unit:
            end = m.start() + len(g["v"])
    elif name == "several":
        factor = _SEVERAL[re.sub(r"\s+", " ", g["s"].lower())]
        scale_word = g["scale"].lower()
        base = _time_unit(scale_word)
        if base:
            kind, unit = "duration", "hour"
            low, high = factor[0] * HOURS[base], factor[1] * HOURS[base]
        else:
            scale = 12 if scale_word == "dozen" else _SCALES[scale_word]
            low, high = factor[0] * scale, factor[1] * scale
            unit, noun_end = _counted_noun(text, end, units, False)
            end = max(end, noun_end)
        hedge = "vague"
    elif name == "a_unit":
        base = _time_unit(g["unit"].lower())
        art = g["art"].lower()
        value = 0.5 if "half" in art else 1.0
        if base == "second" and art in ("a", "an"):
            return None
        kind, unit = "duration", "hour"
        low = high = value * HOURS[base]
    elif name == "ordinal":
        word = g["o"].lower()
        value = _ORDINALS.get(word) or (float(re.match(r"\d+", word).group()) if word[0].isdigit() else None)
        noun = g["noun"].lower()
        if value is None or noun in _COUNT_STOP or noun in ("of",) or _month(text, start):
            return None
        kind, unit, low, high = "ordinal", units.get(noun, singular(noun)), value, value
    elif name in ("range", "number", "year"):
        if name == "year":
            value = float(g["y"])
            return {"start": start, "end": end, "value_low": value, "value_high": value, "unit": "year",
                    "hedge": "exact", "kind": "year", "scope": ""}
        a = parse_number(g["a"] if name == "range" else m.group(0))
        b = parse_number(g["b"]) if name == "range" else None
        if a is None or (name == "range" and b is None):
            return None
        if name == "number" and m.group(0).lower() == "one":
            nxt = _time_unit((re.match(r"\s+([a-z]+)", text[end:]) or [None, ""])[1])
            if not nxt:
                return None  # 'one' as a pronoun or article: "one of the", "one observer"
        if name == "range":
            sep = re.sub(r"[^a-z]", "", m.group(0)[m.end("a") - m.start():m.start("b") - m.start()].lower())
            if b < a or (sep == "and" and not g.get("between")):
                return None  # "2 and 3" lists two numbers unless it follows 'between'
            low, high, hedge = a, b, "range"
            if all(v.is_integer() and 1800 <= v <= 2099 for v in (a, b)) and not re.match(r"\s*[A-Za-z]", text[end:]) \
                    and re.fullmatch(r"\d{4}", g["a"].strip()) and re.fullmatch(r"\d{2,4}", g["b"].strip()):
                return {"start": start, "end": end, "value_low": a, "value_high": b, "unit": "year", "hedge": "range",
                        "kind": "year", "scope": ""}
        else:
            low = high = a
        # What follows: a time unit makes a duration; otherwise the counted noun.
        tail = re.match(rf"\s*(?P<u>{_TIME_UNIT})\b(?:\s+old\b)?", text[end:], re.I)
        if tail:
            base = _time_unit(tail.group("u").lower())
            if text[end:end + tail.end()].lower().endswith("old"):
                kind, unit = "age", "year"
            else:
                kind, unit = "duration", "hour"
                low, high = low * HOURS[base], high * HOURS[base]
            end += tail.end()
        else:
            unit, noun_end = _counted_noun(text, end, units, low == 1)
            end = max(end, noun_end)
            if not unit and name == "number" and re.search(r"(?i)\baged\s+\d{1,3}\s*(?:,|and|or)\s*$", text[max(0, start - 20):start]):
                kind, unit = "age", "year"  # "aged 19 and 22": the second age of a list
            if not unit and name == "number" and low <= 120 and re.search(
                    r"(?i)\b(?:those|people|anyone|children|soldiers|fighters|captives|men|women|boys|girls)\s+under\s+$",
                    text[max(0, start - 40):start]):
                kind, unit = "age", "year"  # "those under 25": an age limit
    else:  # pragma: no cover - every pattern name is handled above
        return None
    if low is None or high is None:
        if not (hedge in ("less_than", "more_than", "at_least", "at_most")):
            return None
    if any(v is not None and not math.isnan(v) and not abs(v) < MAX_VALUE for v in (low, high)):
        return None
    cand = {"start": start, "end": end, "value_low": low, "value_high": high, "unit": unit,
            "hedge": hedge or "exact", "kind": kind, "scope": ""}
    if hedge in (None,) and kind not in ("date", "year", "time"):
        cand.update(_with_hedge(text, start, (low, high)))
    return cand


def _with_hedge(text: str, start: int, values: tuple | None) -> dict:
    hedge, hstart = _hedge_before(text, start)
    if hedge is None:
        return {}
    out = {"start": hstart, "hedge": hedge}
    if values is not None and values[0] == values[1]:
        out["value_low"], out["value_high"] = _interval(values[0], hedge)
    return out


def _time_unit(word: str) -> str | None:
    w = word.lower()
    if w in ("min", "mins"):
        return "minute"
    if w in ("hr", "hrs"):
        return "hour"
    if w in ("centuries",):
        return "century"
    w = w[:-1] if w.endswith("s") else w
    return w if w in HOURS else None


def _month(text: str, start: int) -> bool:
    return bool(re.search(rf"{_MONTH_RE}\s+$", text[max(0, start - 12):start]))


def _resolve(cands: list[dict]) -> list[dict]:
    """Keep the longest candidate where candidates overlap (earlier pattern on ties); O(n log n)."""
    import bisect

    starts: list[int] = []  # chosen spans, sorted by start; they never overlap each other
    ends: list[int] = []
    chosen: list[dict] = []
    for cand in sorted(cands, key=lambda c: (-(c["end"] - c["start"]), c["priority"], c["start"])):
        i = bisect.bisect_left(starts, cand["start"])
        if (i < len(starts) and starts[i] < cand["end"]) or (i > 0 and ends[i - 1] > cand["start"]):
            continue
        starts.insert(i, cand["start"])
        ends.insert(i, cand["end"])
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c["start"])


MAX_VALUE = 1e15  # a longer digit string is an identifier or noise, not a reported figure


def extract_numbers(text: str, units: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per numeric mention in `text`: start, end, text, value_low, value_high, unit, hedge, kind, scope.

    `units` maps surface nouns to canonical units (the units codebook); plural nouns are singularised.
    Empty or number-free text gives an empty table.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_numbers expects a string, got {type(text).__name__}")
    rows = number_records(text, units)
    columns = {col: [r[col] for r in rows] for col in NUMBER_COLUMNS + ["scope"]}
    frame = pd.DataFrame(columns)
    if not rows:
        frame = frame.astype({"start": int, "end": int, "value_low": float, "value_high": float})
    return frame


def number_records(text: str, units: dict[str, str] | None = None) -> list[dict]:
    """The mentions of `extract_numbers` as plain records (no DataFrame), for callers that build their own tables."""
    units = units or {}
    work = _to_ascii_digits(text)
    rows = []
    for c in _resolve(_candidates(work, units)) if re.search(r"\d|[a-z]", work, re.I) else []:
        low, high = c["value_low"], c["value_high"]
        rows.append({
            "start": int(c["start"]), "end": int(c["end"]), "text": text[c["start"]:c["end"]],
            "value_low": float(low) if low is not None else math.nan,
            "value_high": float(high) if high is not None else math.nan,
            "unit": c["unit"], "hedge": c["hedge"], "kind": c["kind"], "scope": c.get("scope", ""),
        })
    return rows
