"""Extract every numeric expression from news text, keeping ranges, hedges, signs and changes.

`extract_numbers(text)` applies the table of named rules in `helpers.number_rules` (dates, clock times,
ages, money with any currency symbol, prefix, code or name, measures with glued or spaced units and
signs, fractions, percentages and percentage points, ratios, exchanges, compounds, vague quantities,
durations, ordinals, ranges, years, plain numbers). Overlapping candidates are resolved longest first,
then the modifiers every mention shares apply, each one a small named step:

- hedges before a figure (at least, more than, some, up to, under…); "over five years" stays a span;
- changes: a figure right after a verb or noun of change ("fell 5%", "grew by $2 billion", "an increase
  of 3") is kind `change` with `direction` up or down; the levels a change goes from or to ("to 2.1
  million", "from 58 to 25") keep their kind and get the direction;
- the first level of "from A to B" written without a scale word takes the second's ("grew from 2.1 to 2.4 million")
  when both are then of one order of magnitude;
- parenthetical conversions ("12m (39ft)", "£10m ($12.5m)") are one mention.

Normalisation: `value_low`/`value_high` (an open side is NaN; a sign is kept); durations in hours; dates
as YYYYMMDD with 0 for a missing year or day; clock times as HHMM on the 24-hour clock (unit `time`);
counts take the singular counted noun as unit; money the ISO currency code; temperatures `celsius` or
`fahrenheit`, never merged; vague quantities documented intervals (`VAGUE`). `helpers.number_format`
renders values as people write them.
"""
from __future__ import annotations

import bisect
import math
import re

import numpy as np
import pandas as pd

try:
    import pyarrow as pa
except ImportError:  # pandas then stores text as Python objects, and the frame is built the plain way
    pa = None

from . import number_lexicon as lx
from .number_lexicon import HOURS, VAGUE, parse_number, singular  # noqa: F401  (public names)
from .number_rules import RULES, level_scale, start_places
from .stamps import STAMP_RULES, is_stamp_line, opens_with_stamp  # noqa: F401  (is_stamp_line: public name)

NUMBER_COLUMNS = ["start", "end", "text", "value_low", "value_high", "unit", "hedge", "kind", "direction"]
MAX_VALUE = 1e15  # a longer digit string is an identifier or noise, not a reported figure (scientific notation aside)
_PRIORITY = {rule.name: i for i, rule in enumerate(RULES)}
# The rules as plain tuples (gate, pattern, interpretation, starts, priority, name), built once: reading five attributes
# of every rule for every text costs a short sentence more than some of its rules do.
_RULE_TABLE = tuple((r.gate, r.pattern, r.interpret, r.starts, _PRIORITY[r.name], r.name) for r in RULES)
_DIGIT_RUN = re.compile(r"\d+")
_ANY_WORD_OR_DIGIT = re.compile(r"\d|[a-z]", re.I)
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(list(lx._UNITS) + list(lx._TENS)) + r")\b")
_CHANGEABLE = {"percent", "money", "measure", "count"}


def _candidates(text: str, units: dict[str, str]) -> list[dict]:
    """Every rule's mentions in `text` (overlapping), each tagged with its rule's priority."""
    found = []
    lower = text.lower()
    numbers = _numbers_up_to_two(lower)
    places: dict[str, list[int]] = {}  # START_PLACES found in this text, all kinds in one scan, looked for once
    for gate, pattern, interpret, starts, priority, name in _RULE_TABLE:
        if not gate(lower, numbers):
            continue
        if starts and not places:
            places = start_places(text)
        for m in matches_at(pattern, text, places[starts]) if starts else pattern.finditer(text):
            out = interpret(m, text, units)
            for cand in (out if isinstance(out, list) else [out] if out is not None else []):
                if _finite(cand):
                    cand["priority"], cand["rule"] = priority, name
                    found.append(cand)
    return found


def matches_at(pattern: re.Pattern, text: str, places: list[int]):
    """`pattern.finditer(text)` for a pattern whose every match starts at one of `places` (sorted offsets): the same
    matches, in order and without overlap, tried only there."""
    end = 0
    for place in places:
        if place < end:
            continue
        m = pattern.match(text, place)
        if m:
            yield m
            end = max(m.end(), place + 1)


def _numbers_up_to_two(lower: str) -> int:
    """How many numbers the text may hold, counted up to two: digit runs and number words (a rule that needs two
    figures, a range or a score, is not run on a text with one)."""
    found = 0
    for _ in _DIGIT_RUN.finditer(lower):
        found += 1
        if found == 2:
            return 2
    for _ in _NUMBER_WORD.finditer(lower):
        found += 1
        if found == 2:
            return 2
    return found


_IDIOM = re.compile(lx.IDIOM_RE, re.I)


def idiom_spans(text: str) -> list[dict]:
    """'nine figures', 'a six-figure sum', 'a hundred and one things' (lexicon IDIOMS): spans that state no figure. They
    take part in the choice of the longest candidate (winning ties), so the number rules inside them lose, and are
    then left out."""
    if "figure" not in text.lower() and " and one" not in text.lower():
        return []
    return [{"start": m.start(), "end": m.end(), "value_low": 0.0, "value_high": 0.0, "unit": "", "hedge": None,
             "kind": "idiom", "priority": -1, "rule": "idiom"} for m in _IDIOM.finditer(text)]


def _finite(cand: dict) -> bool:
    values = [v for v in (cand["value_low"], cand["value_high"]) if v is not None and not math.isnan(v)]
    return bool(values) and (cand.get("any_size") or all(abs(v) < MAX_VALUE for v in values))


def _resolve(cands: list[dict]) -> list[dict]:
    """Keep the longest candidate where candidates overlap (earlier rule on ties); O(n log n)."""
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


# ---- modifiers shared by every mention ----

def apply_hedge(cand: dict, text: str) -> None:
    """A hedge phrase right before the mention (or 'or so', 'or greater' after it) widens its span and opens
    one side of its interval."""
    if cand.get("final") or cand["hedge"] not in (None,) and not cand.get("exact_pair"):
        return
    after = lx.HEDGE_AFTER_RE.match(text[cand["end"]:])
    hedge, hstart = lx.hedge_before(text, cand["start"])
    if hedge is None and after:
        hedge, hstart = next(k for k, _ in lx.HEDGES_AFTER if after[k]), cand["start"]
        cand["end"] += after.end()
    if hedge is None:
        return
    word = text[hstart:cand["start"]].strip().lower()
    if word == "over" and cand["kind"] == "duration" and not lx.DURATION_OVER_IS_HEDGE.search(text[:hstart]):
        return  # "rose 20% over five years": a span of time, not "more than"
    if hedge in lx.NEGATED_HEDGES and lx.NEGATION_BEFORE.search(text, max(0, hstart - 30), hstart):
        hedge = lx.NEGATED_HEDGES[hedge]  # "never dropped below 31C": at least 31
    cand["start"], cand["hedge"] = hstart, hedge
    if not cand.get("exact_pair") and cand["value_low"] == cand["value_high"]:
        cand["value_low"], cand["value_high"] = lx.interval(cand["value_low"], hedge)


def apply_time_bound(cand: dict, text: str) -> None:
    """'left before 7 a.m.', 'deliver goods before June 1', 'no alarm "before 12:33"': a single clock time or date
    right after "before" is an upper bound (less than), as "shortly before" is; "the day before June 1" names another
    day and "will not reopen before 8 a.m." gives the time itself (`lx.TIME_BEFORE`, session 16)."""
    if cand["kind"] not in ("time", "date") or cand["value_low"] != cand["value_high"] or cand["hedge"] not in (None, "exact"):
        return
    m = lx.TIME_BEFORE.search(text, max(0, cand["start"] - 24), cand["start"])
    if m and not lx.NEGATED_BEFORE_TIME.search(text, max(0, m.start() - 40), m.start()):
        cand.update(start=m.start(), hedge="less_than", value_low=math.nan, final=True)


def apply_change(cand: dict, text: str) -> None:
    """'fell 5%', 'grew by $2 billion', 'an increase of 300': kind change with a direction;
    the level a change reaches ("to 2.1 million") is a mention of its own kind without a direction."""
    if cand.get("final") or cand["kind"] not in _CHANGEABLE or cand["direction"]:
        return
    before = text[max(0, cand["start"] - 40):cand["start"]]
    if cand["unit"] in lx.TOLL_UNITS:
        return  # "with the loss of 67 lives": a toll, not a fall of 67
    if lx.LEVEL_CROSSING.match(text, cand["start"]):
        return  # "fell below 3%": the level crossed, not the size of the fall
    m = lx.change_before(before)
    if m and cand["kind"] == "count" and (m["up"] or m["down"]).lower() in ("up", "down") and not m.group(0).rstrip().endswith("by"):
        return  # "put up 600 tents": a particle, not a change
    if m and cand["unit"] in lx.LENGTH_UNITS and lx.LOCATED_AFTER.match(text[cand["end"]:]):
        return  # "sank about 4 km off Ostrel": where it sank, not by how much
    if m and _funds_raised(cand, before, text):
        return  # "raised $250m in a funding round": money collected, not a rise of $250m
    if m:
        cand["kind"], cand["direction"] = "change", "up" if m["up"] else "down"
        cand["value_low"], cand["value_high"] = _magnitude(cand["value_low"]), _magnitude(cand["value_high"])


_SCALED_SUM = re.compile(r"(?i)\d\s*(?:million|billion|trillion|bn|tn)\b")


def _funds_raised(cand: dict, before: str, text: str) -> bool:
    """An amount of money (or a bare scaled sum: "raised 280 million of the 1.5 billion shekels") right after a verb of
    raising with no "by" is money collected from investors or donors (`lx.FUNDS_RAISED`)."""
    scaled = cand["kind"] == "count" and not cand["unit"] and _SCALED_SUM.search(text[cand["start"]:cand["end"]])
    return (cand["kind"] == "money" or bool(scaled)) and lx.FUNDS_RAISED.search(before) is not None


def _magnitude(value):
    return abs(value) if value is not None and not math.isnan(value) else value


_PARTNER_AFTER = re.compile(r"(?i)^\s*(?:to|against|versus|vs\.?)\s*$")
_PARTNER_OF = re.compile(r"(?i)^\s+of\s+(?:the|its|their|his|her|our|your|all)?\s*(?:[\w-]+['’]s?\s+)?"  # "the train's"
                         r"(?:last|first|next|remaining)?\s*$")


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _part_of_a_span(a: dict, b: dict, between: str, text: str) -> bool:
    """'served three of his four years' (3 years), 'two of the five days': a bare count that is part of a span of
    time after it is that much time, not a count of people."""
    if a["kind"] != "count" or a["unit"] or b["kind"] != "duration" or not _PARTNER_OF.match(between):
        return False
    word = _LAST_WORD.search(text[b["start"]:b["end"]])
    base = lx.time_unit(word.group(1)) if word else None
    if base not in HOURS:
        return False
    a.update(kind="duration", unit="hour", value_low=a["value_low"] * HOURS[base], value_high=a["value_high"] * HOURS[base])
    return True


def share_partner_noun(cands: list[dict], text: str) -> None:
    """A bare count takes its partner's noun: '312 votes to 287' (287 votes), '14 of its 52 seats' (14 seats); a bare
    count that is part of a span of time after it is that much time ('three of his four years')."""
    for a, b in zip(cands, cands[1:]):
        between = text[a["end"]:b["start"]]
        if _part_of_a_span(a, b, between, text):
            continue
        if a["kind"] != "count" or b["kind"] != "count" or bool(a["unit"]) == bool(b["unit"]):
            continue
        if a["unit"] and _PARTNER_AFTER.match(between):
            b["unit"] = a["unit"]
        elif b["unit"] and _PARTNER_OF.match(between):
            a["unit"] = b["unit"]


_HEDGE_BEFORE = r"(?:(?:about|around|some|nearly|almost|roughly|just|only|an\s+estimated)\s+)?"
# A bare figure that points back to the figure before it in its sentence takes that figure's kind and unit (session
# 12). Each rule: name, `between` (pattern over the words from the earlier figure's end to this one's start), `after`
# (pattern the words after this figure must start with; empty = any), `scaled` (yes: this figure must carry a scale
# word, "35 million"), `kinds` (the earlier figure's kinds it applies to), example (the last figure takes the unit),
# note.
CARRY_UNIT_RULES = pd.DataFrame([
    ("compared_back",
     r"(?i)^[^.;!?]{0,60}?\b(?:than|from|against|compared\s+with|versus|vs\.?)\s+(?:the|its|their|his|her|an?\s+earlier)?\s*"
     r"(?:(?:earlier|previous|initial|original|first|last|official)\s+)?(?:[\w'’-]+['’]s\s+)?" + _HEDGE_BEFORE + r"$",
     "", "no", "money|percent",
     "Turnout was 61.4%, lower than the 64 recorded at the last election.",
     "a comparison that points back (than, from, against, compared with) names no unit: the amount or share compared "
     "with gives it (a bare count or measure takes its noun and quantity in the fact step, facts.inherit_quantity)"),
    ("compared_back_noun_of",
     r"(?i)^[^.;!?]{0,60}?\b(?:than|from|against|compared\s+with|versus|vs\.?)\s+(?:the|its|their|his|her|an?)\s+"
     r"(?:[\w'’-]+\s+){0,3}?(?:of|at)\s+" + _HEDGE_BEFORE + r"$",
     "", "yes", "money",
     "The bank lost 4.2 billion francs, against a profit of 1.1 billion.",
     "an amount compared back through its noun (against a profit of, compared with a loss of, up from a forecast of) "
     "is in the currency of the amount it is compared with, when it carries a scale word"),
    ("in_todays_money", r"(?i)^[^.;!?]{0,80}$", r"(?i)^\s+in\s+(?:today['’]s|current|present[- ]day|real)\s+(?:money|prices|terms)\b",
     "no", "money", "The 2009 flood cost insurers about 29 million euros, about 35 million in today's money.",
     "an amount restated in today's money keeps the currency said before it"),
    ("restated_amount", r"(?i)^\s*,?\s*(?:or|and|to|against|versus|vs\.?)\s+" + _HEDGE_BEFORE + r"$", "", "yes", "money",
     "Repairs cost €4.2 million, or 1.6 million more than planned.",
     "a scaled bare amount right after money and a conjunction is the same currency"),
], columns=["name", "between", "after", "scaled", "kinds", "example", "note"])
_CARRY = [(re.compile(b), re.compile(a) if a else None, sc == "yes", frozenset(k.split("|")))
          for b, a, sc, k in zip(CARRY_UNIT_RULES["between"], CARRY_UNIT_RULES["after"], CARRY_UNIT_RULES["scaled"],
                                 CARRY_UNIT_RULES["kinds"])]
_SCALED = re.compile(r"(?i)\d\s*(?:hundred|thousand|million|billion|trillion|bn|mn|m|k|tn)$")


def carry_unit(cands: list[dict], text: str) -> None:
    """A bare count (no unit) that points back to an amount of money or a share before it takes that figure's kind
    and unit (`CARRY_UNIT_RULES`): "about 35 million in today's money" (euros), "61.4%, lower than the 64 recorded in
    2019" (per cent). Counts and measures are left to the fact step, which gives a bare figure their noun, unit and
    quantity together (a noun given here would stop it)."""
    for a, b in zip(cands, cands[1:]):
        kind = _level_kind(a)
        if b["kind"] != "count" or b["unit"] or not a["unit"] or kind not in ("money", "percent"):
            continue
        between, written = text[a["end"]:b["start"]], text[b["start"]:b["end"]]
        if kind == "percent" and _SCALED.search(written):
            continue  # "nine in ten …, against the 4.6 million": a share is never millions
        for regex, after, scaled, kinds in _CARRY:
            if kind in kinds and regex.search(between) and (after is None or after.match(text[b["end"]:])) \
                    and (not scaled or _SCALED.search(written)):
                b["kind"], b["unit"] = kind, a["unit"]
                break


# A bare whole number that answers a duration before it in its sentence is a duration in the same unit (session 15):
# "46 years …, against 41 for a graduate" (41 years). Each rule: name, `between` (the words from the duration's end to
# the number's start), `after` (what the words after the number must start with; empty = the default: nothing that
# names a noun of its own), example (the last figure is the duration), note.
DURATION_CARRY_RULES = pd.DataFrame([
    ("duration_compared_back",
     r"(?i)^[^.;!?]{0,60}?\b(?:than|from|against|compared\s+with|versus|vs\.?)\s+(?:(?:the|its|their|his|her|an?)\s+"
     r"(?:[\w'’-]+\s+){0,3}?(?:of|at)\s+)?" + _HEDGE_BEFORE + r"$", "",
     "A manual worker would pay in for 46 years, against 41 for a graduate.",
     "a duration compared back (against, up from, than, against a target of) names no unit: the duration gives it"),
    ("duration_from_to", r"(?i)^\s*(?:to|or)\s+" + _HEDGE_BEFORE + r"$", "",
     "The reform extends the term from five years to seven.",
     "the second of two durations joined by to or or (two levels, or a choice) is in the unit of the first"),
    ("duration_more", r"(?i)^\s*,?\s*(?:and|or|plus)\s+$", r"(?i)^\s+(?:more|further|extra)\b",
     "The review takes 25 working days, and up to 90 more in a second phase.",
     "'and N more' after a duration adds N of the same unit"),
    ("duration_counter_proposal",
     r"(?i)^[^.;!?]{0,40}?\b(?:recommends?|recommended|suggests?|suggested|proposes?|proposed|wants?|wanted|"
     r"asked\s+for|asks\s+for|demands?|demanded|expects?|expected)\s+" + _HEDGE_BEFORE + r"$", "",
     "Bridges are inspected every six years, where engineers recommend three.",
     "a counter-figure that a body recommends, wants or asks for after a duration is in its unit"),
    ("duration_gapped_clause", r"(?i)^\s*;\s*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*,\s*$", "",
     "Police say the crush lasted about 15 minutes; the organisers, no more than eight.",
     "a second source's figure in a gapped clause (its verb left out) is in the unit of the first"),
], columns=["name", "between", "after", "example", "note"])
_DURATION_CARRY = [(re.compile(b), re.compile(a) if a else None)
                   for b, a in zip(DURATION_CARRY_RULES["between"], DURATION_CARRY_RULES["after"])]
# A bare number with no noun of its own: punctuation, the end, or a word that starts no noun phrase.
_NO_NOUN_AFTER = re.compile(r"(?i)^(?:\s*(?:$|[,.;:!?)\"”’])|\s+(?:for|in|if|at|on|when|where|which|before|after|and|or|"
                            r"but|more|each|instead|is|was|by|under|with)\b)")
_TIME_WORD = re.compile(rf"(?i)\b({lx.TIME_UNIT})\b")
_ARTICLE_DURATION_RULES = {"a_unit", "article_scale"}


def carry_duration(cands: list[dict], text: str) -> None:
    """A bare whole number after a duration, tied to it by one of `DURATION_CARRY_RULES`, is a duration in the same
    unit (in hours, as every duration): "43 years of contributions, up from 42" (42 years)."""
    for a, b in zip(cands, cands[1:]):
        if a["kind"] != "duration" or a["rule"] in _ARTICLE_DURATION_RULES or b["kind"] != "count" or b["unit"] \
                or b.get("final"):
            continue  # "2,600 customers in a day, against some 400": a duration with no figure of its own sets no unit
        words = _TIME_WORD.findall(text[a["start"]:a["end"]])
        per = lx.HOURS.get(lx.time_unit(words[-1]) or "") if words else None
        written = text[b["start"]:b["end"]]
        if not per or not _NO_NOUN_AFTER.match(text[b["end"]:]) or "." in written or "%" in written:
            continue
        between = text[a["end"]:b["start"]]
        for regex, after in _DURATION_CARRY:
            if regex.search(between) and (after.match(text[b["end"]:]) if after else True):
                b["kind"], b["unit"] = "duration", "hour"
                b["value_low"] = b["value_low"] * per if b["value_low"] is not None else None
                b["value_high"] = b["value_high"] * per if b["value_high"] is not None else None
                break


_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _level_kind(cand: dict) -> str:
    """The kind of a figure as a level: a change of money ("a loss of 1.2 billion kroner") is money; any other figure
    keeps its kind (a change in per cent is no share a bare figure after it could take: "lost 18%, sliding from 9.8")."""
    if cand["kind"] != "change":
        return cand["kind"]
    return "money" if _CURRENCY_CODE.fullmatch(cand["unit"] or "") else "change"


_RESTATED_CHANGE = re.compile(r"(?i)\s*,?\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?$")


def share_restated_change(cands: list[dict], text: str) -> None:
    """A figure restating a change in other units right after it is the same change: "the index lost 312 points, or
    2.1%", "sales fell €2bn, or 8%", "added 1.1%, or 180.5 points" (a level would have said "to")."""
    for a, b in zip(cands, cands[1:]):
        if a["kind"] == "change" and not b["direction"] and (b["kind"] in ("percent", "money") or b["unit"] == "point") \
                and _RESTATED_CHANGE.fullmatch(text, a["end"], b["start"]):
            b["kind"], b["direction"] = "change", a["direction"]


_TO_BETWEEN = re.compile(r"\s*(?:to|-|–)\s*")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")


def share_level_scale(cands: list[dict], text: str) -> None:
    """'grew from 2.1 to 2.4 million', 'from 24.2 to 33-35 billion euros': a bare first level of "from A to B" takes the
    scale word of the level after it (`number_rules.level_scale`), and a bare count takes its unit and kind too."""
    for a, b in zip(cands, cands[1:]):
        if a["rule"] != "number" or a["unit"] or a["kind"] != "count" \
                or not _TO_BETWEEN.fullmatch(text, a["end"], b["start"]) \
                or not _FROM_BEFORE.search(text, max(0, a["start"] - 8), a["start"]):
            continue
        high = b["value_high"] if b["value_high"] is not None and not math.isnan(b["value_high"]) else b["value_low"]
        scaled = level_scale(text[a["start"]:a["end"]], text[b["start"]:b["end"]], a["value_low"], high)
        if scaled != a["value_low"]:
            a["value_low"] = a["value_high"] = scaled
            if b["kind"] in ("count", "money", "measure"):
                a["unit"], a["kind"] = b["unit"], b["kind"]


_OPEN_PAREN = re.compile(r"\s*\(\s*(?:about|around|some|or|c\.|approx\.|roughly)?\s*$")


def merge_conversions(cands: list[dict], text: str) -> list[dict]:
    """'12m (39ft)', '40C (104F)', '£10m ($12.5m)': the figure in brackets restates the one before it."""
    out: list[dict] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev["kind"] in ("measure", "money") and cand["kind"] == prev["kind"] \
                and _OPEN_PAREN.fullmatch(text[prev["end"]:cand["start"]]) \
                and re.match(r"\s*\)", text[cand["end"]:]):
            prev["end"] = cand["end"] + re.match(r"\s*\)", text[cand["end"]:]).end()
            continue
        out.append(cand)
    return out


# Text roles whose figures are read (boilerplate, credits and duplicates never are).
READ_ROLES = ("headline", "standfirst", "heading", "body", "caption")


# A telephone number ("call the helpline on 0800 200 300", "+44 20 7946 0000"): digit groups after a leading 0 or a
# country code, never a figure of the story (a new user's helpline numbers were lined up as a shared fact).
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[ .-]?(?:\(0\)[ ]?)?\d{1,4}|0\d{2,4})(?:[ .-]\d{2,4}){1,3}(?![\w,%]|\.\d)")


def _in_phone_number(mention: dict, sentence: str) -> bool:
    return any(m.start() <= mention["start"] and mention["end"] <= m.end() for m in _PHONE.finditer(sentence))


# A line that is only a live page's heading or time stamp (session 17, nunumbers17: "Update 17:55", "17:55 GMT",
# "Posted at 09.12") and a live page's entry stamp opening a paragraph ("09:20 - The ministry said..."): the `sentence`
# and `opening` rows of helpers.stamps.STAMP_RULES (session 19, live19: one table for every stamp reader).
STAMP_LINE_RULES = STAMP_RULES[STAMP_RULES["where"] == "sentence"].reset_index(drop=True)


def is_furniture(mention: dict, role: str, sentence: str) -> bool:
    """True for a figure that is page furniture inside a read block: a figure after a copyright mark ("© 2024
    Reuters", "(c) 2023"), in a photo credit ("Photo: AFP 2023") or a live page's entry stamp opening a paragraph
    ("09:20 - The ministry said...") or a telephone number ("0800 200 300"). Whole furniture lines (time stamps, teasers, paywall offers, counters) are
    boilerplate blocks, which are never read."""
    if mention["kind"] == "time" and mention["start"] <= 1 and opens_with_stamp(sentence):
        return True
    if is_stamp_line(sentence):
        return True
    if ("0" in sentence or "+" in sentence) and _in_phone_number(mention, sentence):
        return True
    if role == "caption" and mention["kind"] == "year" and re.search(
            r"(?i)\b(?:photo|image|picture|credit)s?\b[^.;]{0,60}$", sentence[:mention["start"]]):
        return True
    return bool(re.search(r"(?i)(?:©|\(c\)|copyright|all\s+rights\s+reserved)[^.;]*$",
                          sentence[:mention["start"]]))


def number_records(text: str, units: dict[str, str] | None = None) -> list[dict]:
    """The mentions of `extract_numbers` as plain records (no DataFrame), for callers that build their own tables."""
    units = units or {}
    work = lx.to_ascii_digits(text)
    if not _ANY_WORD_OR_DIGIT.search(work):
        return []
    cands = [c for c in _resolve(_candidates(work, units) + idiom_spans(work)) if c["kind"] != "idiom"]
    for cand in cands:
        cand.setdefault("direction", "")
        apply_time_bound(cand, work)
        apply_hedge(cand, work)
        apply_change(cand, work)
    share_partner_noun(cands, work)
    share_restated_change(cands, work)
    share_level_scale(cands, work)
    carry_unit(cands, work)
    carry_duration(cands, work)
    rows = []
    for c in merge_conversions(cands, work):
        low, high = c["value_low"], c["value_high"]
        rows.append({
            "start": int(c["start"]), "end": int(c["end"]), "text": text[c["start"]:c["end"]],
            "value_low": float(low) if low is not None else math.nan,
            "value_high": float(high) if high is not None else math.nan,
            "unit": c["unit"], "hedge": c["hedge"] or "exact", "kind": c["kind"], "direction": c["direction"],
            "scope": c.get("scope", ""), "rule": c["rule"],
        })
    return rows


def extract_numbers(text: str, units: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per numeric mention in `text`: start, end, text, value_low, value_high, unit, hedge, kind,
    direction, scope and the name of the rule that found it.

    `units` maps surface nouns to canonical units (the units codebook); plural nouns are singularised.
    Empty or number-free text gives an empty table.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_numbers expects a string, got {type(text).__name__}")
    return records_frame(number_records(text, units))


RECORD_COLUMNS = NUMBER_COLUMNS + ["scope", "rule"]
_INT_COLUMNS, _FLOAT_COLUMNS = ("start", "end"), ("value_low", "value_high")
_STR_COLUMNS = [c for c in RECORD_COLUMNS if c not in _INT_COLUMNS + _FLOAT_COLUMNS]
_EMPTY = pd.DataFrame({col: [] for col in RECORD_COLUMNS}, columns=RECORD_COLUMNS).astype(
    {"start": int, "end": int, "value_low": float, "value_high": float})
_COLUMN_INDEX = pd.Index(RECORD_COLUMNS)  # built once: an Index of names costs more than the small table itself
_STR_TEMPLATE = pd.Series(["x"]).array  # what pandas makes of a list of strings (pyarrow-backed str in pandas 3)
_STR_DTYPE = _STR_TEMPLATE.dtype
try:  # pandas' block classes (internal, stable across pandas 2 and 3); without them the frame is built as usual
    from pandas._libs.internals import BlockPlacement
    from pandas.core.internals.blocks import get_block_type
    from pandas.core.internals.managers import BlockManager

    _PLACES = {"int": BlockPlacement(slice(0, 2)), "float": BlockPlacement(slice(3, 5)),
               "all_text": BlockPlacement(np.array([RECORD_COLUMNS.index(c) for c in _STR_COLUMNS], dtype=np.intp)),
               **{c: BlockPlacement(slice(i, i + 1)) for i, c in enumerate(RECORD_COLUMNS) if c in _STR_COLUMNS}}
    assert [RECORD_COLUMNS.index(c) for c in _INT_COLUMNS + _FLOAT_COLUMNS] == [0, 1, 3, 4]
    # the block class of each column kind, looked up once (pandas' new_block looks it up per block)
    _NUMERIC_BLOCK, _STR_BLOCK = get_block_type(np.dtype(np.int64)), get_block_type(_STR_DTYPE)
    if not hasattr(pd.DataFrame, "_from_mgr"):
        raise ImportError("no DataFrame._from_mgr")
except (ImportError, AssertionError):
    _NUMERIC_BLOCK = None
# pandas' own constructor of a string array from an Arrow array of its type, without re-checking it (pandas 3)
_FROM_ARROW = getattr(_STR_TEMPLATE, "_from_pyarrow_array", None) if pa is not None else None


def _string_array_maker():
    """What `_FROM_ARROW` does to an Arrow slice of large strings, without its checks: a new array object holding the
    slice, the dtype and an empty cache. Used only when `_FROM_ARROW` is seen at import to make exactly those three
    attributes (tests/test_number_frame.py compares the tables with plain ones); otherwise `_FROM_ARROW` itself."""
    if _FROM_ARROW is None:
        return None
    sample = _FROM_ARROW(pa.chunked_array([pa.array(["x"], type=pa.large_string())]))
    cls, dtype, new = type(sample), sample.dtype, type(sample).__new__
    if set(vars(sample)) != {"_pa_array", "_dtype", "_cache"} or sample._dtype is not dtype:
        return _FROM_ARROW

    def make(chunked):
        array = new(cls)
        array._pa_array, array._dtype, array._cache = chunked, dtype, {}
        return array
    return make


_MAKE_STRINGS = _string_array_maker()
_EMPTY_TEXT_DTYPE = _EMPTY["text"].dtype  # read once: selecting a column costs more than building the empty table


def _row_index(n: int) -> pd.RangeIndex:
    """pd.RangeIndex(n) from pandas' own fast constructor when it has one (a fifth of the cost; the same index)."""
    return _SIMPLE_RANGE(range(n)) if _SIMPLE_RANGE is not None else pd.RangeIndex(n)


_SIMPLE_RANGE = getattr(pd.RangeIndex, "_simple_new", None)
if _SIMPLE_RANGE is not None and not (_SIMPLE_RANGE(range(3)).equals(pd.RangeIndex(3))
                                      and _SIMPLE_RANGE(range(3)).name is None):
    _SIMPLE_RANGE = None


def records_frame(rows: list[dict]) -> pd.DataFrame:
    """The table of `number_records` rows, built straight from typed columns: the same columns, dtypes and values as
    `pd.DataFrame(rows)`, at a fraction of its cost for the short tables of one sentence."""
    n = len(rows)
    if not n:
        return _empty_frame()
    ints = np.array([[r["start"] for r in rows], [r["end"] for r in rows]], dtype=np.int64)
    floats = np.array([[r["value_low"] for r in rows], [r["value_high"] for r in rows]], dtype=np.float64)
    strings = _string_columns(rows, n)
    if _NUMERIC_BLOCK is not None:
        return _frame_from_blocks(ints, floats, strings, n)
    columns = {"start": ints[0], "end": ints[1], "value_low": floats[0], "value_high": floats[1], **strings}
    arrays = [columns[c] for c in RECORD_COLUMNS]
    try:  # pandas' own constructor from typed arrays, without re-inferring and consolidating them
        return pd.DataFrame._from_arrays(arrays, columns=_COLUMN_INDEX.copy(), index=pd.RangeIndex(n),
                                         verify_integrity=False)
    except (AttributeError, TypeError):  # a pandas without that constructor
        return pd.DataFrame(dict(zip(RECORD_COLUMNS, arrays)), columns=RECORD_COLUMNS)


def _empty_frame() -> pd.DataFrame:
    """A new empty table with the columns and dtypes of `_EMPTY` (pandas types the empty text columns float64), from its
    blocks: copying `_EMPTY` costs more than finding every figure of a sentence without one."""
    if _NUMERIC_BLOCK is None:
        return _EMPTY.copy()
    blocks = (_NUMERIC_BLOCK(np.empty((2, 0), dtype=np.int64), ndim=2, placement=_PLACES["int"]),
              _NUMERIC_BLOCK(np.empty((2, 0), dtype=np.float64), ndim=2, placement=_PLACES["float"]),
              _NUMERIC_BLOCK(np.empty((len(_STR_COLUMNS), 0), dtype=_EMPTY_TEXT_DTYPE), ndim=2,
                             placement=_PLACES["all_text"]))
    axes = [_COLUMN_INDEX._view(), _row_index(0)]
    return pd.DataFrame._from_mgr(BlockManager(blocks, axes, verify_integrity=False), axes=axes)


def _frame_from_blocks(ints: np.ndarray, floats: np.ndarray, strings: dict, n: int) -> pd.DataFrame:
    """The frame from pandas' blocks laid out once (the two integer columns, the two float columns, each text column):
    no inference, no checks, no consolidation. tests/test_number_frame.py compares it with a plain frame."""
    blocks = [_NUMERIC_BLOCK(ints, ndim=2, placement=_PLACES["int"]),
              _NUMERIC_BLOCK(floats, ndim=2, placement=_PLACES["float"])]
    blocks += [_STR_BLOCK(strings[c], ndim=2, placement=_PLACES[c]) for c in _STR_COLUMNS]
    axes = [_COLUMN_INDEX._view(), _row_index(n)]  # a view: its own name, the same immutable labels
    return pd.DataFrame._from_mgr(BlockManager(tuple(blocks), axes, verify_integrity=False), axes=axes)


def _string_columns(rows: list[dict], n: int) -> dict:
    """Every text column from one Arrow array (one conversion instead of one per column), sliced without a copy."""
    if pa is None or getattr(_STR_DTYPE, "storage", "") != "pyarrow":
        return {c: pd.array([r[c] for r in rows], dtype=_STR_DTYPE) for c in _STR_COLUMNS}
    flat = pa.array([r[c] for c in _STR_COLUMNS for r in rows], type=pa.large_string())
    if _MAKE_STRINGS is not None:  # slices of one chunked array: pandas keeps them as they are
        chunked = pa.chunked_array([flat])
        return {c: _MAKE_STRINGS(chunked.slice(k * n, n)) for k, c in enumerate(_STR_COLUMNS)}
    return {c: pd.arrays.ArrowStringArray(flat.slice(k * n, n), dtype=_STR_DTYPE) for k, c in enumerate(_STR_COLUMNS)}
