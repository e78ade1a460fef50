"""From numeric mentions to facts lined up across sources.

`number_mentions` runs `extract_numbers` over the sentences and adds, for each mention (rules in
`helpers.quantities`, data in the quantity codebooks):
- `quantity`: what the figure counts (killed, injured, depth, distance, votes…), from the noun and verb around it;
- `scope` (counts only): each_side, total or one_side where the text states it right after the mention;
- `time_ref`: "earlier" when the figure belongs to an earlier event ("a quake there in 2010 killed 3,000");
- `as_of`: the time the text ties the figure to ("as of 6pm"), `published`: the article's publication time;
- `place`: the named place a distance is measured from; `side`: the side (actor codebook) the figure belongs to;
- `fact_id`/`fact_label`: the quantity, split as the taxonomy says (by place, by counted noun, by side), kept apart
  for earlier events, and split by claimant where a `claimant` column names different ones.
A per-corpus facts.csv can then rename, merge, split or drop facts.

`fact_table` gives one row per fact × reporting article (what each source says; silence is every other article), and
`fact_summary` one row per fact: its disagreement, which kind of difference it is, and its rank by news value.
"""
from __future__ import annotations

import hashlib
import math
import re

import numpy as np
import pandas as pd

from .actors import canonical_claimants, canonical_holders
from .attribution import speaker_type_of
from .articlecache import per_article, whole_corpus
from .codebooks import alias_key, alias_pattern, read_codebook
from .figures import slug
from .number_format import format_mention
from .number_lexicon import singular as lx_singular
from .numbers import HOURS, NUMBER_COLUMNS, READ_ROLES, is_furniture, number_records
from .stamps import as_of_time, figure_times
from .quantities import (CLAUSE_BREAK, QuantityCodebook, _eligible, as_currency, context_of, currency_words,
                         load_quantity_codebook, qualifier_word, quantity_of, singular, with_currencies)

ABOUT_MARGIN = 0.10  # "about 6,000" is read as 6,000 ± 10% when testing whether two reports can agree
JUST_MARGIN = 0.25  # "just over an hour" is read as one hour to one hour and a quarter
MENTION_COLUMNS = ["article_id", "block_no", "sentence_no", "role", "start", "end", "text", "value_low", "value_high",
                   "unit", "hedge", "quantity", "scope", "kind", "direction", "time_ref", "as_of", "published",
                   "figure_time", "time_source", "place", "side", "holder", "said_by", "area", "fact_id", "fact_label",
                   "comparable", "news_value", "sentence"]
_SCOPES = [
    ("each_side", re.compile(r"(?i)^[^,;.(—]{0,60}?\b(?:(?:on|from|for|per|to)\s+(?:each|either|both)\s+sides?|each\b(?!\s+other)|apiece|per\s+side)")),
    ("one_side", re.compile(r"(?i)^[^;.(—]{0,60}?\b(?:unilateral(?:ly)?|one-sided|from\s+one\s+side)\b")),
    ("total", re.compile(r"(?i)^[^,;.(—]{0,40}?\b(?:in\s+total|all\s+told|combined|altogether|overall)\b")),
]
_TOTAL_BEFORE = re.compile(r"(?i)\b(?:a\s+total\s+of|total\s+of|in\s+all,?)\s*$")
_SINCE = re.compile(r"(?i)^\s*(?:ago|after|before|later|earlier|since|from\s+now)\b")
_REPORTING = re.compile(r"(?i)^\W{0,3}(?:\w+\s+){0,1}(?:said|says|say|told|tells|claimed|claims|stated|states|reported|reports|accused|insisted|noted|added|announced|confirmed)\b")
_VERB_BEFORE = re.compile(r"(?i)\b([a-z]{3,}(?:ed|ing|s|ck|uck))\s+(?:for\s+|after\s+|over\s+|at\s+|by\s+|since\s+|until\s+)?(?:(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|at\s+least|up\s+to|just\s+over|just\s+under|over|under)\s+)?$")
LOCAL_CUE = 50  # characters: a codebook cue this close to a duration names what it measures
_GENERIC_DURATION_VERBS = {"lasted", "lasting", "lasts", "took", "taking", "takes", "continued", "continuing", "spent",
                           "spending", "remained", "remaining", "waited", "waiting"}
_NOT_VERBS = {"was", "has", "is", "its", "this", "these", "those", "his", "has", "does", "as", "us", "yes", "news", "series"}


def _duration_qualifier(row: dict, sentence: str) -> str | None:
    """What a duration measures, said right beside it: "three days of mourning", "burned for 12 hours"."""
    of_noun = re.match(r"\s+of\s+(?:[a-z]+\s+){0,2}([a-z]{4,})(?=[\s,.;:]|$)", sentence[row["end"]:])
    m = _VERB_BEFORE.search(sentence[:row["start"]])
    verb = m.group(1).lower() if m and m.group(1).lower() not in _NOT_VERBS else None
    local = of_noun.group(1) if of_noun else verb
    return local if local and local not in _GENERIC_DURATION_VERBS else None


def classify_mention(row: dict, sentence: str, book: QuantityCodebook) -> dict:
    """quantity, qualifier (the part of the fact id after the quantity) and comparable, for one mention."""
    row = as_currency(row, sentence, currency_words(book, [sentence]))  # "2,000 zorins (about €180)": money
    kind, unit = row["kind"], row.get("unit", "") or ""
    quantity, distance = quantity_of(row, sentence, book)
    spec = book.specs[quantity]
    if kind == "duration":
        since = _SINCE.match(sentence[row["end"]:]) and not re.search(
            r"(?i)\b(?:for|lasting|lasted|lasts)\s+$", sentence[:row["start"]])
        if since:
            return {"quantity": "duration", "qualifier": "time spans", "comparable": False}
        local = _duration_qualifier(row, sentence)
        if local and distance > LOCAL_CUE:
            return {"quantity": "duration", "qualifier": local, "comparable": True}
    if kind == "time" and distance == float("inf"):  # a clock time is told apart by what happened then
        noun = re.match(r"\s+(?!(?:near|when|after|before|with|from|local|until|then|there|where|that|this|into|onto|"
                        r"over|under|about|around|while|since|during|today|tonight)\b)([a-z]{4,})\b", sentence[row["end"]:])
        local = _duration_qualifier(row, sentence) or (noun.group(1) if noun else None)
        if local:
            return {"quantity": quantity, "qualifier": local, "comparable": False}
    qualifier = qualifier_word(unit, book) if "unit" in spec.split_by and unit else _group_of(quantity, unit, book)
    comparable = bool(spec.compare) or bool(qualifier)
    return {"quantity": quantity, "qualifier": qualifier, "comparable": comparable, "cued": distance < math.inf}


def _group_of(quantity: str, unit: str, book: QuantityCodebook) -> str:
    """For quantities split by `group`: the group a count names ("12 children" among the dead are not the toll of
    45), '' for nouns of the class @anyone ("45 people", "45 residents")."""
    anyone = dict(book.classes).get("@anyone")
    named = unit and anyone is not None and not anyone.fullmatch(unit)
    return qualifier_word(unit, book) if named and "group" in book.specs[quantity].split_by else ""


INHERIT_WITHIN = 130  # characters: a bare number this close after a counted figure counts the same thing
_SUBSET = re.compile(r"(?i),?\s*\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+(?:[a-z]+\s+)?$")
# A part of a count told as a partitive (session 17, nunumbers17): "Of the 240 injured, 31 are children", "Of the 58
# people killed in the fire, 14 were firefighters". Each rule: name, pattern over the text before the whole (`whole`),
# over the text between the whole and the part (`between`), over the text after the part (`after`, group `noun`: the
# group the part names), example. The part takes the whole's quantity and its own group, a fact of its own.
SUBGROUP_RULES = pd.DataFrame([
    ("of_the_whole_part_are_group", r"(?i)\bof\s+(?:the|these|those|all\s+the|its|their)\s+(?:[\w'’-]+\s+){0,2}?$",
     r"(?i)^[^.;:,]{0,80},\s*$", r"(?i)^\s+(?:are|were|was|is)\s+(?:all\s+|also\s+|reportedly\s+)?(?P<noun>[a-z]{3,})\b",
     "Of the 240 injured, 31 are children."),
], columns=["name", "whole", "between", "after", "example"])
_SUBGROUPS = [(re.compile(r.whole), re.compile(r.between), re.compile(r.after)) for r in SUBGROUP_RULES.itertuples()]


def subgroup_noun(row: dict, previous: dict) -> str:
    """The group a bare part of the count before it names in a partitive (SUBGROUP_RULES: "Of the 240 injured, 31 are
    children": child), '' when no rule reads it."""
    sentence = row["sentence"]
    for whole, between, after in _SUBGROUPS:
        m = after.match(sentence[row["end"]:])
        if m and whole.search(sentence[:previous["start"]]) and between.match(sentence[previous["end"]:row["start"]]):
            return lx_singular(m.group("noun").lower())
    return ""


# Words that set a bare figure against the one before it as the same measure: "grew to 42,700 acres, up from 39,500",
# "revised turnout to 63.2%, up from the 61.4% it had announced", "48,000 acres, more than the fire service's 39,500".
_SAME_MEASURE = re.compile(r"(?i)\b(?:(?:up|down)\s+from|from|against|compared\s+with|versus|than)\s+(?:the\s+)?"
                           r"(?:(?:[\w'’-]+\s+){0,2}[\w'’-]+['’]s\s+)?(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$")


def _same_measure(row: dict, previous: dict) -> dict | None:
    """A bare figure set against a measure or share before it ("up from 39,500", "up from the 61.4%") takes its
    quantity, qualifier and unit; None when it is not such a figure."""
    named = previous.get("cued") or previous["quantity"] not in SINGLETONS | {"share", "other"}  # "48,000 acres": area
    if previous["kind"] not in ("measure", "percent") or row.get("cued") or not named \
            or row["kind"] not in ("count", previous["kind"]) or (row["kind"] == "count" and row.get("unit")):
        return None
    if not _SAME_MEASURE.search(row["sentence"][previous["end"]:row["start"]]):
        return None
    return {**row, "quantity": previous["quantity"], "qualifier": previous["qualifier"], "cued": True,
            "unit": row.get("unit") or previous.get("unit", ""), "comparable": previous["comparable"]}


def _counted_before(previous: dict | None, count: dict | None) -> dict | None:
    """The figure a bare count may take its quantity from: the figure before it in its sentence, or, when that is a
    share set in apposition to a count ("5.2 million customers, nine in ten of the total, were cut off, against the 4.6
    million the operator gives"), the count before that share."""
    if previous is not None and previous["kind"] == "percent" and count is not None and count["end"] <= previous["start"]:
        return count
    return previous


# A bare number with words of its own counts something else: "two more shelters", "another 4,000 were warned to leave".
_OWN_WORDS = re.compile(r"(?i)^\s+(?:(?:more|other|extra|additional|new|further)\s+[a-z]{3,}|(?:were|was|are|is|had\s+been|"
                        r"have\s+been|has\s+been)\s+(?:also\s+)?[a-z]{3,}ed\b)")
# What a place holds ("the venue, which holds 24,000"; "a smaller hall, which holds 6,500") is its capacity, never another
# count of what the figure before it counts (session 15).
_CAPACITY_BEFORE = re.compile(r"(?i)\b(?:which|that)\s+(?:now\s+|still\s+|normally\s+)?(?:holds|held|can\s+hold|could\s+hold|"
                              r"seats|can\s+seat|accommodates|can\s+accommodate|has\s+room\s+for)\s+" + r"(?:(?:up\s+to|about|"
                              r"around|some|nearly|almost|roughly|more\s+than|over)\s+)?$")


def _partitive_part(row: dict, previous: dict, book: QuantityCodebook) -> dict | None:
    """A bare count told as a part of the people count before it, naming its group ("Of the 240 injured, 31 are
    children"): the whole's quantity with the part's group (a fact of its own); None when it is no such part."""
    if row["kind"] != "count" or row.get("unit") or previous["kind"] != "count" or not previous.get("cued"):
        return None
    group = subgroup_noun(row, previous)
    spec = book.specs[previous["quantity"]]
    if not group or spec.units is None or spec.units.fullmatch(group) is None or not _group_of(previous["quantity"], group, book):
        return None
    return {**row, "unit": group, "quantity": previous["quantity"], "qualifier": _group_of(previous["quantity"], group, book),
            "cued": True, "comparable": True}


def inherit_quantity(row: dict, previous: dict | None, book: QuantityCodebook, measure: dict | None = None) -> dict:
    """A bare number with no noun and no cue ("… 87,000 marchers, compared with 400,000 according to the union",
    "including 58,000 in the capital", "put the number at 168" after "400 complaints") counts what the figure before
    it in the sentence counts; so does a named group introduced as part of it ("killed 45 people, including 12
    children": children killed), and a bare figure set against the measure or share before it (`measure`: "up from
    39,500")."""
    if row["kind"] == "count" and not row.get("unit") and not row.get("cued") \
            and _CAPACITY_BEFORE.search(row["sentence"][:row["start"]]):  # "which holds 24,000": as "24,000-capacity"
        return {**row, "unit": "capacity", "qualifier": "capacity", "comparable": True}
    same = _same_measure(row, measure) if measure is not None else None
    if same is not None:
        return same
    if previous is None or row["start"] - previous["end"] > INHERIT_WITHIN:
        return row
    part = _partitive_part(row, previous, book)
    if part is not None:
        return part
    if previous["kind"] != "count" or not (previous.get("cued") or previous["qualifier"] and previous["quantity"] == "count") \
            or row["kind"] != "count" or row.get("cued") or _OWN_WORDS.match(row["sentence"][row["end"]:]):
        return row
    spec, unit = book.specs[previous["quantity"]], row.get("unit") or ""
    subset = bool(unit) and _SUBSET.search(row["sentence"][previous["end"]:row["start"]]) is not None \
        and (spec.units is None or spec.units.fullmatch(unit) is not None)  # "…, including 12 children"
    if unit and not subset:
        return row
    qualifier = _group_of(previous["quantity"], unit, book) if subset else previous["qualifier"]
    return {**row, "quantity": previous["quantity"], "qualifier": qualifier, "cued": True,
            "comparable": bool(spec.compare)}


_HEDGE_WORDS = r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|at\s+least|up\s+to|just\s+over|just\s+under|over|under)\s+)?"
# A bare count whose counted noun stands before it, in the common news shapes: "puts the number of confirmed cases at
# 171", "puts deaths at 11 and cases at 171" (a source's estimate), "Suspected cases rose to 402" (a running count) and a
# count restated by its noun as it is revised ("The number of suspects in the case rose to 17", "the unions' count of jobs
# at risk rose from 1,500 to 1,800": the same fact as "17 suspects", "1,800 jobs"). Each rule: name,
# pattern over the text before the figure (group `noun`), example (the figure is the last number).
NOUN_BEFORE_RULES = pd.DataFrame([
    ("put_noun_at", r"(?i)\b(?:put|puts|putting|estimates?|estimated|estimating|sets?|setting)\s+(?:[^.;]*?(?:\band|,)\s+)?(?:the\s+|its\s+|their\s+)?"
     r"(?:(?:total\s+|overall\s+|official\s+)?(?:number|count|tally|total|toll)\s+of\s+)?(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+at\s+"
     + _HEDGE_WORDS + "$", "The ministry puts deaths at 11 and the number of confirmed cases at 171.", "case"),
    ("noun_rose_to", r"(?i)\b(?P<noun>[a-z-]{3,})\s+(?:(?:has|have|had)\s+)?(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|"
     r"reached|hit|stood|stand|totalled|totaled|numbered)\s+(?:to\s+|at\s+)?" + _HEDGE_WORDS + "$",
     "Suspected cases rose to 402 on Monday.", "case"),
    ("number_of_noun_rose", r"(?i)\b(?:number|count|tally|total)\s+of\s+(?P<noun>[a-z-]{3,})\b(?:\s+(?!(?:has|have|had|now|"
     r"rose|risen|climbed|increased|jumped|grew|fell|fallen|dropped|reached|hit|stood|stands|revised)\b)[\w'’-]+){0,6}?\s+"
     r"(?:(?:has|have|had)\s+(?:been\s+)?)?(?:now\s+)?(?:rose|risen|climbed|increased|jumped|grew|fell|fallen|dropped|reached|hit|"
     r"stood|stands|revised|raised|lowered)\s+(?:to\s+|at\s+|from\s+)?" + _HEDGE_WORDS + "$",
     "The number of suspects in the case rose to 17 on Tuesday.", "suspect"),
    ("put_number_of_noun_in_a_state_at", r"(?i)\b(?:put|puts|putting|estimates?|estimated|estimating|sets?|setting)\s+"
     r"(?:the\s+|its\s+|their\s+)?(?:(?:total|overall|official)\s+)?(?:number|count|tally|total)\s+of\s+(?P<noun>people|children|"
     r"(?:nurse|doctor|worker|employee|teacher|pupil|student|resident|patient|passenger|member|officer|soldier|prisoner|"
     r"inmate|migrant|protester|striker|driver|miner|voter|fan|spectator|family|families|household)s?)"
     r"(?:\s+[\w'’-]+){1,6}?\s+at\s+[\"“]?" + _HEDGE_WORDS + "$",
     "The trust put the number of nurses absent from their shifts at \"between 600 and 700\".", "nurse"),
    # session 19 (grouping19): a body's estimate or count of a noun, revised or listed, names what the bare figures after
    # it count ("revised its estimate of passengers stranded abroad to 41,000"; "the count of stranded passengers has
    # moved three times: 35,000 on Tuesday"); never "at" ("put the number of jobs lost at the plant itself at 3,650" is
    # put_noun_at's, and a count its noun names apart from the supplier jobs after it)
    ("estimate_of_noun_to", r"(?i)\b(?:estimate|count|tally|figure|number|total)\s+of\s+(?:[a-z-]+\s+){0,2}?"
     r"(?!(?:now|still|has|have|had|was|were|is|are)\b)(?P<noun>(?!(?:stands|remains|totals|rises|falls|reaches|"
     r"climbs|grows|has|was|is|does)\b)[a-z-]{3,}s)\b(?:\s+[\w'’-]+){0,8}?\s*(?:\sto\s+|:\s+)[\"“]?" + _HEDGE_WORDS + "$",
     "The ministry revised its estimate of passengers stranded abroad to 41,000.", "passenger"),
    # session 17 (nunumbers17): "Residents came out in their thousands": the crowd's noun is the subject before it
    ("noun_in_their_vague", r"(?i)(?:^\W*|\b(?:the|many|some|local|angry)\s+)(?P<noun>[a-z-]{3,})\s+(?:[\w'’-]+\s+){0,5}?"
     r"in\s+their\s+$", "Residents came out in their thousands to clear the streets.", "resident"),
], columns=["name", "pattern", "example", "unit"])
_NOUN_BEFORE = [re.compile(p) for p in NOUN_BEFORE_RULES["pattern"]]
_NOT_COUNTED = {"number", "total", "figure", "toll", "count", "tally", "estimate", "level", "rate", "this", "that", "these",
                "those", "them", "they", "its", "his", "has", "was", "is", "price", "prices", "share", "shares",
                "police", "organisers", "organizers", "unions", "authorities", "officials"}  # who counts, not what


def noun_named_before(row: dict, sentence: str, measures: frozenset[str] = frozenset()) -> dict:
    """A bare count (no unit) takes the plural noun a NOUN_BEFORE_RULES shape names before it as its unit; never a
    noun that names a measure (`measures`: the taxonomy's quantities, "Temperatures fell to minus 20")."""
    if row["kind"] != "count" or row.get("unit"):
        return row
    for regex in _NOUN_BEFORE:
        m = regex.search(sentence[:row["start"]])
        head = m.group("noun").split()[-1].lower() if m else ""
        if head and (head.endswith("s") and not head.endswith(("ss", "us")) or head == "people") \
                and head not in _NOT_COUNTED and singular(head) not in measures:
            return {**row, "unit": "person" if head == "people" else singular(head)}
    return row


SINGLETONS = {"count", "other", "money", "duration"}  # without a noun, cue or qualifier these are not facts to line up
BY_VALUE_WHEN_UNCUED = {"money", "duration"}  # … except amounts of money and time, lined up with the same amount


def _counted_nouns(text: str, book: QuantityCodebook, allowed: set[str]) -> set[str]:
    """The quantities whose counted-noun cues (`where=unit`) match a word of the text."""
    words = {singular(w) for w in re.findall(r"[a-z]{3,}", text.lower())}
    return {cue.quantity for cue in book.cue_rows if cue.where == "unit" and cue.quantity in allowed
            for w in words if cue.regex.fullmatch(w)}


def _people_alone(row: dict, book: QuantityCodebook) -> bool:
    """A count of people (a noun of the class @anyone) with no cue of what happened to them: lined up only with the
    same number, as an amount of money with no cue is."""
    anyone = dict(book.classes).get("@anyone")
    return row["quantity"] == "count" and not row.get("cued") and anyone is not None and bool(row.get("unit")) \
        and anyone.fullmatch(row["unit"]) is not None and not math.isnan(row["value_low"])


# "Two of the security guards …": a partitive names its own whole, never the noun of the sentence before (session 15)
_PARTITIVE_AFTER = re.compile(r"(?i)^\s+of\s+(?:the|their|its|his|her|our|those|these)\s+(?!(?:them|whom)\b)[a-z]")


def noun_from_previous_sentence(row: dict, previous: str | None, book: QuantityCodebook) -> dict:
    """A bare number with no noun and no cue ("The institute has recorded more than 70 since the main shock.")
    counts what the sentence before names, when it names the counted noun of exactly one quantity ("aftershocks")."""
    bare = row["kind"] == "count" and not row.get("unit") and not row["cued"]
    if not bare or not previous or _PARTITIVE_AFTER.match(str(row.get("sentence") or "")[row["end"]:]):
        return row
    found = _counted_nouns(previous, book, _eligible(book, "count", ""))
    if len(found) != 1:
        return row
    quantity = found.pop()
    return {**row, "quantity": quantity, "qualifier": "", "cued": True,
            "comparable": bool(book.specs[quantity].compare)}


# The crowd an article counts (session 14, crowd14): a protest's crowd is `protesters`, a vigil's, a concert's or a match's
# `participants`. Rules as data: name, pattern over the article's text, quantity, example. The article's crowd is the
# quantity whose words it names most often (ties: protesters); an article naming none counts no crowd.
CROWD_WORD_RULES = pd.DataFrame([
    ("protest_words", r"(?i)\b(?:protest(?:s|ers?|ed|ing)?|demonstrat(?:ion|ions|ors?|ed)|march(?:es|ed|ers?)?|"
     r"rall(?:y|ies|ied)|took\s+to\s+the\s+streets|picket(?:s|ed|ing)?|blockades?|"
     r"gathered\s+(?:outside|in\s+front\s+of|at\s+the\s+gates?))\b", "protesters",
     "Thousands marched through the capital on Saturday."),
    ("gathering_words", r"(?i)\b(?:vigils?|concerts?|festivals?|mourners|funerals?|fans|spectators|congregation|"
     r"kick-off|gig)\b", "participants", "Some 2,000 people gathered for a candlelit vigil."),
], columns=["name", "pattern", "quantity", "example"])
_CROWD_WORDS = [(re.compile(p), q) for p, q in zip(CROWD_WORD_RULES["pattern"], CROWD_WORD_RULES["quantity"])]


def article_crowds(texts: dict[tuple, str]) -> dict[str, str]:
    """article_id → the crowd quantity its text counts (CROWD_WORD_RULES), '' when it names no crowd."""
    hits: dict[str, dict[str, int]] = {}
    for (article_id, *_), text in texts.items():
        for regex, quantity in _CROWD_WORDS:
            counts = hits.setdefault(article_id, {})
            counts[quantity] = counts.get(quantity, 0) + len(regex.findall(text))
    best = {a: max(sorted(c), key=lambda q: (c[q], q == "protesters")) for a, c in hits.items()}
    return {a: q if hits[a][q] else "" for a, q in best.items()}


# A bare count told by one of the bodies that count crowds (police, organisers, a union, a federation, a ministry, the
# authorities), in an article that counts a crowd, is that crowd: "Police say 1,800, organisers nearly 5,000" (the
# second figure then takes the first's quantity, `inherit_quantity`), "87,000 according to the ministry, 400,000
# according to the union", "police gave a peak of 11,000", "the police estimate of the march, 9,000". Each pattern is
# read over the figure's clause before it (no other figure, no ';' or ':'), "@N" for the figure, and the words after it.
_COUNTER = r"(?:police|organi[sz]ers?|unions?|federation|ministry|authorities|interior\s+ministry|city\s+hall)"
CROWD_COUNTER_RULES = pd.DataFrame([
    ("counter_before", r"(?i)\b" + _COUNTER + r"(?:['’]s?)?\b[^@,]{0,30}@N", "Police say 1,800, organisers nearly 5,000",
     "the counter named just before the figure, no comma between: police and organisers count crowds"),
    ("crowd_named_before", r"(?i)\b(?:estimate|figure|count|claim)\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?"
     r"(?:crowd|march|rally|protest|demonstration|vigil|turnout)\b,?\s+[^@,]{0,12}@N",
     "The broadcaster gave only the police estimate of the march, 9,000.", "a counter's estimate of the crowd, then the figure"),
    ("according_to_counter", r"(?i)@N,?\s+(?:according\s+to|says?|said|by\s+the\s+(?:count|estimate)\s+of)\s+(?:the\s+)?"
     r"(?:" + _COUNTER + r"|(?-i:[A-Z]{2,6})\b)",
     "12,000 according to police, 40,000 according to the union",
     "the counter after the figure; an acronym (a union's, a party's) counts too"),
    ("put_it_at_crowd", r"(?i)\b(?:crowd|march|rally|protest|demonstration|vigil|turnout)\b[^@]{0,60}\b(?:put|puts|"
     r"putting|estimated?|estimates)\s+(?:it|them|the\s+(?:figure|number|total))\s+at\s+[^@]{0,20}@N",
     "The group that called the march put it at 40,000.", "a crowd named, then put at a figure"),
], columns=["name", "pattern", "example", "note"])
_CROWD_COUNTER = [re.compile(p) for p in CROWD_COUNTER_RULES["pattern"]]


def crowd_counter_count(row: dict, crowd: str, book: QuantityCodebook) -> dict:
    """A bare count (no noun, no cue) that a CROWD_COUNTER_RULES shape ties to a crowd counter counts the crowd of its
    article (`crowd`, from `article_crowds`); kept as it is in an article that counts no crowd."""
    bare = row["kind"] == "count" and not row.get("unit") and not row.get("cued")
    if not bare or not crowd or _OWN_WORDS.match(row["sentence"][row["end"]:]):  # "thousands more jobs"
        return row
    sentence = row["sentence"]
    clause = re.search(r"[^;:\d]*$", sentence[:row["start"]]).group(0)
    probe = clause + "@N" + sentence[row["end"]:row["end"] + 60]
    if not any(r.search(probe) for r in _CROWD_COUNTER):
        return row
    return {**row, "quantity": crowd, "qualifier": "", "cued": True, "comparable": bool(book.specs[crowd].compare)}


NOT_PROTESTERS = re.compile(r"(?i)^(?:delegate|spectator|visitor|fan|mourner)$")  # own nouns that are no protest crowd


def protest_participants(row: dict, crowd: str) -> dict:
    """People who attended, gathered or turned out in an article whose crowd is a protest are protesters ("9,000
    people attended a rally called by opposition groups"); delegates, spectators and fans keep their noun's count."""
    if row["quantity"] != "participants" or crowd != "protesters" or NOT_PROTESTERS.match(str(row.get("unit") or "")):
        return row
    return {**row, "quantity": "protesters"}


# A bare count the text calls "the figure" of something it has just counted ("Earlier reports had put the figure at 14",
# "still puts the number at nine", "the real figure is 'well over 80,000'", "The agency's own figure stands at 146,000",
# "gave a national figure of 31,000"): the same count as the article's last counted figure of the sentences just
# before, restated, revised or disputed. Rules as data: name, pattern over the text before the figure, example.
FIGURE_WORD_RULES = pd.DataFrame([
    ("figure_put_at", r"(?i)\b(?:figure|number|count|toll|tally|total|estimate)\s+(?:[a-z]+\s+){0,2}?at\s+[\"“]?"
     + _HEDGE_WORDS + "$", "Earlier reports had put the figure at 14."),
    ("figure_is", r"(?i)\b(?:figure|number|count|toll|tally|total|estimate)\s+(?:is|was|stands\s+at|stood\s+at|remains|"
     r"has\s+(?:risen|climbed|fallen|dropped)\s+to|(?:rose|climbed|fell|dropped)\s+to|of)\s+[\"“]?" + _HEDGE_WORDS + "$",
     "The agency's own figure stands at 146,000."),
    ("figure_revised", r"(?i)\b(?:figure|number|count|toll|tally|total|estimate)\b,?\s+(?:(?:was|has\s+been|had\s+been)\s+)?"
     r"(?:raised|revised|lowered|cut|up|down)\s+(?:[\w'’-]+\s+){0,4}?(?:from|to)\s+" + _HEDGE_WORDS + "$",
     "The union's figure, raised on Monday evening from 7,000-8,000 to 8,000-9,000, is almost double the ministry's."),
], columns=["name", "pattern", "example"])
_FIGURE_WORD = [re.compile(p) for p in FIGURE_WORD_RULES["pattern"]]
FIGURE_WORD_REACH = 2  # sentences: the counted figure the bare one restates is in its own sentence or the two before


NOT_RESTATED = frozenset({"age"})  # a person's age is no count a later "figure" restates ("Hallas, 29, …")


def is_counted(row: dict) -> bool:
    """A figure a later "the figure" may restate: a count cued as a quantity of the taxonomy ("47 people were
    injured") or a count of a named noun ("1,500 jobs"), never an age."""
    cued = row.get("cued") and row["quantity"] not in SINGLETONS | NOT_RESTATED
    return row["kind"] == "count" and bool(cued or row["quantity"] == "count" and row["qualifier"])


def figure_word_count(row: dict, counted: list[dict], book: QuantityCodebook) -> dict:
    """A bare count (no noun, no cue) that a FIGURE_WORD_RULES shape calls "the figure" takes the quantity and
    qualifier of one of `counted`, the article's counted figures within FIGURE_WORD_REACH sentences before it: the one
    of the highest news value, the latest of those ("the number of protesters at more than 100,000 and the tractors at
    some 30,000. … says the real figure is 'well over 80,000'": protesters)."""
    bare = row["kind"] == "count" and not row.get("unit") and not row.get("cued")
    if not bare or not counted or not any(r.search(row["sentence"][:row["start"]]) for r in _FIGURE_WORD):
        return row
    best = max(reversed(counted), key=lambda c: book.specs[c["quantity"]].news_value)  # ties: the latest
    return {**row, "quantity": best["quantity"], "qualifier": best["qualifier"], "cued": True,
            "comparable": best["comparable"]}


# "The 57-year-old denies the charges.": an age standing as the subject, for a person the sentence before names in full
_AGE_AS_SUBJECT = re.compile(r"^\W{0,2}(?:The|the)\s+$")
_FULL_NAME = re.compile(r"(?<![\w'’-])(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfrom )(?<!\bnear )"  # "in New York": a place
                        r"(?P<name>(?:[A-Z][a-z'’-]+|Mc[A-Z][a-z]+)(?:\s+(?:van|de|von|der|da)?\s*[A-Z][\w'’-]+){1,2})")
_AGE_SUBJECT_AFTER = re.compile(r"^\s*(?:,|(?:was|is|has|had|have|denies|denied|said|says|told|appeared|appears|faces|"
                                r"faced|will|would|could|remains|remained|died|who|pleaded|admitted|admits)\b)")
_NOT_A_PERSON = re.compile(r"(?i)\b(?:ministry|police|court|council|agency|authority|directorate|bank|group|company|"
                           r"office|service|party|union|government|university|hospital|commission|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|street|square|station|city|county|river)\b")


def person_named_before(row: dict, previous: str | None) -> dict:
    """An age that is the subject of its sentence ("The 57-year-old denies all charges.") is the age of the one person
    the sentence before names in full ("… the mayor, Aurel Vantosz, on Tuesday."), not of the word after it; kept as
    it is when that sentence names no person or several."""
    if row.get("quantity") != "age" or not previous or not str(row.get("text", "")).endswith("old"):
        return row
    if not (_AGE_AS_SUBJECT.match(row["sentence"][:row["start"]]) and _AGE_SUBJECT_AFTER.match(row["sentence"][row["end"]:])):
        return row  # "The 16-year-old boy was rescued": the boy's age, not the age of someone named before
    names = {m["name"] for m in _FULL_NAME.finditer(previous) if not _NOT_A_PERSON.search(m["name"])}
    names = {n for n in names if not previous.startswith(n) or len(n.split()) > 1}
    return {**row, "person": names.pop()} if len(names) == 1 else row


# A figure of a quantity that belongs to a person, given for someone no name tells apart (session 17): "a 23-year-old
# man" and "a 52-year-old man", "pupils aged 17 and 18", "two suspects, aged 34 and 52" are ages of different people,
# one fact only at the same value (`by_value`), the common noun set aside ("a 34-year-old" and "a man aged 34" are one
# age). A person named by a proper name keeps the person's fact ("Ida Korr, 18": age|korr). Rules as data.
UNNAMED_BY_VALUE_RULES = pd.DataFrame([
    ("age_of_someone_unnamed", "age", r"^(?![A-Z])",
     "a 23-year-old man / a 52-year-old man / pupils aged 17 and 18: three ages, never one fact",
     "a person has one age: two values for people no name tells apart are two people"),
], columns=["name", "quantity", "person", "example", "note"])
_UNNAMED_BY_VALUE = [(r.quantity, re.compile(r.person)) for r in UNNAMED_BY_VALUE_RULES.itertuples(index=False)]


def unnamed_by_value(row: dict) -> dict:
    """A figure of a person's quantity whose person is no proper name (UNNAMED_BY_VALUE_RULES) lined up by its value
    alone ("58" for "the 58-year-old", "the former banker, 58" and "aged 58"), the common noun ("man", "pupils")
    dropped; any other row as it is."""
    if row.get("qualifier") or row.get("value_low") != row.get("value_high"):  # "aged 18 to 25": a limit, not an age
        return row
    for quantity, person in _UNNAMED_BY_VALUE:
        if row.get("quantity") == quantity and person.match(str(row.get("person") or "")) and \
                isinstance(row.get("value_low"), (int, float)) and not math.isnan(row["value_low"]):
            value = f"{row['value_low']:g}"  # "58", "the 58-year-old" and "aged 58": one value however written
            return {**row, "qualifier": value, "qualifier_label": value, "by_value": True, "person": ""}
    return row


_IT_BEFORE = re.compile(r"(?i)\b(?:it|its\s+(?:figure|estimate|count))\b(?:\W+[\w'’]+){0,4}\W*$")


def share_named_before(row: dict, previous: str | None, book: QuantityCodebook) -> dict:
    """A share with no cue whose clause says "it" ("At 6 p.m. it had stood at 47.8%.", "put it lower, at 58.9%") is
    the share the sentence before names, when that sentence names exactly one such quantity ("Turnout reached 61.4%")."""
    if row["kind"] != "percent" or row.get("cued") or not previous:
        return row
    before = row["sentence"][max(0, row["start"] - 60):row["start"]]
    if not _IT_BEFORE.search(before):
        return row
    named = {cue.quantity for cue in book.cue_rows if cue.where != "unit" and cue.quantity not in ("share", "percentage_change")
             and cue.quantity in _eligible(book, "percent", row.get("unit") or "") and cue.regex.search(previous)}
    if len(named) != 1:
        return row
    quantity = named.pop()
    return {**row, "quantity": quantity, "qualifier": "", "cued": True, "comparable": bool(book.specs[quantity].compare)}


# What a figure is of is not carried across a word that names a different act: an article's only named share, "a
# 3.5% pay offer", does not make "asking for 9%" or "a 9% rise would cost" an offer, nor inflation "running at 6.2%"
# (session 14). Rules as data: name, pattern (the act's words), example, note. A carried noun that names an act (an
# "offer") goes only to a figure whose words name that act or none.
ACT_RULES = pd.DataFrame([
    ("offer", r"\b(?:offer(?:s|ed|ing)?|tabled|proposals?|proposed)\b", "the trust tabled a revised offer of 4%",
     "what one side puts forward"),
    ("demand", r"\b(?:demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|wants?|wanted|claim(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|"
     r"seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for|holding\s+out\s+for)\b", "The union is asking for 9%.",
     "what the other side asks"),
    ("inflation", r"\b(?:inflation|cost\s+of\s+living|consumer\s+prices|price\s+growth)\b",
     "inflation, running at 6.2%", "what prices do"),
    ("rise", r"\b(?:rises?|increases?|raises?|hikes?|uplifts?|pay\s+awards?)\b", "a 9% rise would cost 14 million a year",
     "a rise named as such: the offer's or the demand's only when the words say so"),
], columns=["name", "pattern", "example", "note"])
_ACTS = [(name, re.compile(pattern, re.I)) for name, pattern in zip(ACT_RULES["name"], ACT_RULES["pattern"])]
ACT_REACH = 50  # characters either side of a figure read for the act it is of
ACT_TIE = 12  # acts named this much farther than the nearest are still the figure's ("a 3.5% pay rise offer")


def acts_named(text: str) -> set[str]:
    """The acts (ACT_RULES) some words name."""
    return {name for name, regex in _ACTS if regex.search(text)}


def acts_of_figure(row: dict) -> set[str]:
    """The acts named nearest the figure, within ACT_REACH either side ("offered 2%, while inflation ran at 5.4%":
    the 5.4% is inflation's, the 2% the offer's)."""
    sentence, start, end = str(row.get("sentence") or ""), row["start"], row["end"]
    lo = max(0, start - ACT_REACH)
    near = {}
    for name, regex in _ACTS:
        gaps = [start - m.end() if m.end() <= start else m.start() - end
                for m in regex.finditer(sentence, lo, end + ACT_REACH)]
        if gaps:
            near[name] = min(abs(g) for g in gaps)
    return {name for name, gap in near.items() if gap <= min(near.values()) + ACT_TIE}


def crosses_act(row: dict, noun: str) -> bool:
    """Whether carrying `noun` to the figure would cross a different act: the noun names an act and the words
    nearest the figure name acts, none of them that one."""
    carried = acts_named(noun)
    if not carried:
        return False
    own = acts_of_figure(row)
    return bool(own) and not own & carried


# A part of the count told in the sentence before, as a bare number opening its own sentence (session 19, the new
# user's finding 1): "Four people were slightly hurt. Two have been taken to hospital." The same-sentence part ("two of
# whom were taken to hospital") is context_cues.csv part_of_them; across the sentence boundary only the words after the
# figure that name a subset of the whole (a transfer to hospital, a group of its members) make it a part. Rules as
# data: name, pattern over the words after the figure, example.
NEXT_SENTENCE_PART_RULES = pd.DataFrame([
    ("taken_to_hospital", r"(?i)^\s+(?:of\s+them\s+)?(?:have|has|had|were|was|are|is)\s+(?:also\s+)?(?:been\s+)?(?:taken|rushed|"
     r"flown|airlifted|admitted|sent|transferred|brought)\s+(?:to|into)\s+(?:[\w'’.-]+\s+){0,4}?(?:hospitals?|infirmary|clinic|"
     r"intensive\s+care)\b", "Four people were slightly hurt. Two have been taken to Brastow General Hospital."),
    ("named_group_of_them", r"(?i)^\s+(?:of\s+them\s+)?(?:are|were|was|is)\s+(?:all\s+)?(?:children|minors|women|teenagers|"
     r"pupils|students|tourists|foreigners|foreign\s+nationals|firefighters|police\s+officers|officers|soldiers|"
     r"civilians|rescuers|workers|staff|crew(?:\s+members)?)\b", "Twelve people died. Four were children."),
], columns=["name", "after", "example"])
_NEXT_SENTENCE_PARTS = [re.compile(p) for p in NEXT_SENTENCE_PART_RULES["after"]]
_OPENS_SENTENCE = re.compile(r"^\W{0,3}(?:(?:and|but|of\s+these|of\s+those)\W+)?$", re.I)
NEXT_SENTENCE_PART = "part_of_them"  # the detail the same-sentence part takes (context_cues.csv part_of_them)


def part_in_next_sentence(rows: list[dict], order: list[tuple]) -> list[dict]:
    """Rows with a bare count that opens its sentence and names a subset (NEXT_SENTENCE_PART_RULES) of a larger count
    of the same quantity in the sentence right before marked as a part of it (`detail` part_of_them)."""
    before = {here: there for there, here in zip(order, order[1:]) if there[0] == here[0]}
    wholes: dict[tuple, list[dict]] = {}
    for row in rows:
        if row["kind"] == "count" and not row.get("time_ref") and row["quantity"] not in NOT_RESTATED:  # never an age
            wholes.setdefault((row["article_id"], row["block_no"], row["sentence_no"]), []).append(row)
    out = []
    for row in rows:
        sentence, where = str(row.get("sentence") or ""), (row["article_id"], row["block_no"], row["sentence_no"])
        bare = row["kind"] == "count" and not row.get("unit") and not row.get("detail")
        whole = [w for w in wholes.get(before.get(where), []) if w["value_low"] > row["value_high"] and
                 (w["quantity"] == row["quantity"] or row["quantity"] == "count" and not row.get("cued"))]
        if bare and whole and _OPENS_SENTENCE.match(sentence[:row["start"]]) and \
                any(p.match(sentence[row["end"]:]) for p in _NEXT_SENTENCE_PARTS):
            taken = {k: whole[0][k] for k in ("quantity", "comparable", "news_value", "cued")} if \
                row["quantity"] != whole[0]["quantity"] else {}  # an uncued "Three were children" counts its whole's
            row = {**row, **taken, **({"qualifier": "", "qualifier_label": ""} if taken else {}),
                   "detail": NEXT_SENTENCE_PART}
        out.append(row)
    return out


def carry_about(rows: list[dict], book: QuantityCodebook) -> list[dict]:
    """For quantities split by what they are of (`about` in the taxonomy's split_by: a share, a percentage change),
    a figure that does not say it takes what the figure before it in its sentence is of ("38.4% of teachers …, more
    than the 38% it announced"), else what that quantity is of in its article when the article names one thing only;
    never across a word that names a different act (`crosses_act`)."""
    carried = {q for q, split in zip(book.taxonomy.index, book.taxonomy["split_by"]) if "about" in split}
    by_article: dict[tuple, list[str]] = {}
    for row in rows:
        if row["quantity"] in carried and row["about"]:
            by_article.setdefault((row["article_id"], row["quantity"]), []).append(row["about"])
    last: dict[tuple, str] = {}
    for row in rows:
        here = (row["article_id"], row["block_no"], row["sentence_no"], row["quantity"])
        if row["quantity"] in carried and not row["about"]:
            said = by_article.get((row["article_id"], row["quantity"]), [])
            alone = len(set(said)) == 1 and not row.get("holder")  # a party's 4.6% is not what the article's 5% is of
            noun = last.get(here) or (said[0] if alone else "")
            row["about"] = "" if noun and crosses_act(row, noun) else noun
        if row["about"]:
            last[here] = row["about"]
    return rows
CAPTION_DATE = {"qualifier": "photo", "qualifier_label": "of a photo"}  # a caption's date is when its photo was taken
# A wire dateline's date ("KESSA, Aug 24 (NPA) - …", "TARNOW, 25 August - …") is the day the article was filed: every
# article's dateline states the one fact "the report's date", whatever day each was filed (a day-two story's dateline
# is a day later), never the date of an event the text gives elsewhere. Rules as data: name, pattern over the text
# up to the end of the date, example.
DATELINE_RULES = pd.DataFrame([
    ("wire_dateline", r"^[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)*,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})$",
     "KESSA, Aug 24 (NPA) - Mirek Hallas has been provisionally suspended"),
], columns=["name", "pattern", "example"])
_DATELINES = [re.compile(p) for p in DATELINE_RULES["pattern"]]
DATELINE_DATE = {"qualifier": "dateline", "qualifier_label": "the report's date (dateline)"}


def in_dateline(row: dict) -> bool:
    """A date that a DATELINE_RULES shape opens its body sentence with."""
    head = str(row.get("sentence") or "")[:row.get("end", 0)]
    return row.get("kind") == "date" and row.get("role") == "body" and any(r.match(head) for r in _DATELINES)


def undescribed_date(row: dict) -> dict:
    """The qualifier of a date, year or clock time no words describe: a caption's date is its photo's, a dateline's
    the report's, any other lined up by value (`by_value`)."""
    if row["quantity"] == "date" and row["role"] == "caption":
        return CAPTION_DATE
    return DATELINE_DATE if row["quantity"] == "date" and in_dateline(row) else by_value(row)
DATED = {"date", "year"}  # a calendar date or year is its own time: an earlier event's year is that year
BY_VALUE = {"date", "year", "time_of_day"}  # a date or clock time without a qualifier is the same fact only at the same value


def by_value(row: dict) -> dict:
    """The qualifier of a figure lined up only with the same value ("€1.9bn" with "1.9 billion euros", "45 minutes" with
    "a 45-minute halt"), as a reader says that value, hedge aside: "1.9 billion EUR", "45 minutes", "16:30"; an open
    side takes the other ("within 48 hours": 48 hours). A count is its number ("6,200 people" and "6,200 residents")."""
    low, high = row["value_low"], row["value_high"]
    value = low if isinstance(low, float) and not math.isnan(low) else high
    if value is None or isinstance(value, float) and math.isnan(value):
        return {"qualifier": "no value", "qualifier_label": "no value given"}
    words = describe(value, value, "" if row["kind"] == "count" else row.get("unit") or "", "exact", row["kind"])
    return {"qualifier": words, "qualifier_label": words, "by_value": True}


_BY_TIME = re.compile(r"(?i)\b(?:by|as\s+of|as\s+at)\s+(?:about\s+|around\s+)?$")
REPORT_NOUNS = {"update", "count", "bulletin", "statement", "briefing", "report", "figure", "tally", "estimate"}
NOT_DATED = {"time", "date", "year", "duration", "ordinal"}  # kinds of figure a clock time does not date


def times_of_figures(rows: list[dict]) -> list[dict]:
    """A clock time that names nothing of its own ("had no power at 7 a.m.", "By 9 p.m., 158,000 customers", "its 6 p.m.
    update", "31,000 acres by 11 a.m.") dates the nearest figure of its sentence: it is the time of that figure
    ("time of day (of people affected)"), one fact across sources whatever the hour each gives."""
    by_sentence: dict[tuple, list[dict]] = {}
    for row in rows:
        by_sentence.setdefault((row["article_id"], row["block_no"], row["sentence_no"]), []).append(row)
    for group in by_sentence.values():
        figures = [r for r in group if r["kind"] not in NOT_DATED and r["quantity"] not in SINGLETONS | {"age"}]
        for row in group:
            own = bool(row["qualifier"]) and (row["qualifier"] in REPORT_NOUNS or any(
                row["qualifier"] in (f.get("unit"), singular(f.get("unit") or "")) for f in figures))
            if row["quantity"] != "time_of_day" or not figures or not (row.get("by_value") or own):
                continue
            stated = own or _BY_TIME.search(row["sentence"][:row["start"]])  # "By 9 p.m., 158,000": any figure
            dated = [f for f in figures if stated or f["end"] <= row["start"] and not CLAUSE_BREAK.search(
                row["sentence"][f["end"]:row["start"]])]  # else one its clause states before it ("had no power at 7 a.m.")
            if not dated:
                continue
            nearest = min(dated, key=lambda f: abs(f["start"] - row["start"]))
            row.update(qualifier=f"of {nearest['quantity']}", qualifier_label=f"of {nearest['quantity'].replace('_', ' ')}")
    return rows


def one_mention(row: dict) -> dict:
    """The qualifier of a figure that says nothing of what it counts (no noun, no cue): a fact of its own, named by a
    short digest of where it stands (never the article's file name) and labelled with its own words."""
    where = f"{row['article_id']}|{row['block_no']}|{row['sentence_no']}|{row['start']}"
    return {"qualifier": "one-" + hashlib.sha1(where.encode()).hexdigest()[:8], "qualifier_label": f"“{row['text']}”"}


def _change_of_nothing_named(row: dict, book: QuantityCodebook) -> bool:
    """A percentage change whose text and article never say what it is of ("the insurer fell 11%" in an article on
    several companies' shares) and that no qualifier, holder or detail tells apart: lined up only with the same change."""
    return row["quantity"] == "percentage_change" and "about" in book.specs[row["quantity"]].split_by \
        and not (row["about"] or row["qualifier"] or row.get("holder") or row.get("detail")) \
        and not math.isnan(row["value_low"])


# A proper name its article gives a thing a change is of ("The Orla 40 index fell", "shares in Tarvo Bank"): the same
# name alone later ("Orla 40 closes 9.2% down") says what the change is of.
_NAMED_THING = re.compile(r"\b(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z\d][\w&.-]*){0,3})\s+(?P<noun>index|stock\s+index)\b")


def named_things(texts: dict[tuple, str]) -> dict[str, dict[str, str]]:
    """{article_id: {name: noun}} for the things each article names with their noun ("Orla 40" → "index")."""
    out: dict[str, dict[str, str]] = {}
    for (article_id, _, _), text in texts.items():
        for m in _NAMED_THING.finditer(text):
            out.setdefault(article_id, {})[m.group("name")] = m.group("noun").split()[-1]
    return out


def _named_before(row: dict, names: dict[str, str], book: QuantityCodebook) -> str:
    """What a change is of when its clause names a thing by the name its article gave it with its noun."""
    if not names or "about" not in book.specs[row["quantity"]].split_by:
        return ""
    before = row["sentence"][max(0, row["start"] - 60):row["start"]]
    return next((noun for name, noun in names.items() if re.search(rf"\b{re.escape(name)}\b(?!\s+{noun})", before)), "")


def _scope(row: dict, sentence: str) -> str:
    if row["kind"] != "count":
        return ""
    if row.get("scope"):
        return row["scope"]
    after = sentence[row["end"]:]
    for name, pattern in _SCOPES:
        if pattern.search(after):
            return name
    return "total" if _TOTAL_BEFORE.search(sentence[:row["start"]]) else ""


def _side(sentence: str, actors: pd.DataFrame, pattern: re.Pattern | None) -> str:
    if pattern is None:
        return ""
    sides = dict(zip(actors["alias"].map(alias_key), actors["side"]))
    hits = [(m, sides.get(alias_key(m.group(0)), "")) for m in pattern.finditer(sentence)]
    for m, side in hits:
        if not _REPORTING.match(sentence[m.end():]):
            return side
    return hits[0][1] if hits else ""


# A place given in apposition with its distance ("Kell Ford, 11 km downstream", "Tarrow, about 5 km downstream of the
# dam", "Dunmere itself, 18 km below the dam"): the distance is that place's, kept apart from other places' distances
# whatever the figure is filed under. Rules as data, each with its example.
APPOSITION_PLACE_RULES = pd.DataFrame([
    ("place_comma_distance", r"(?<![\w'’])(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+itself)?,\s+"
     r"(?:(?:about|around|some|roughly|nearly|almost|just|only|barely)\s+)?$",
     r"^\s*(?:downstream|upstream|away|below|above|inland|offshore|north|south|east|west|north-?east|north-?west|"
     r"south-?east|south-?west|further|farther)\b", "Kell Ford, 11 km downstream"),
], columns=["name", "before", "after", "example"])
_APPOSITION = [(re.compile(r.before), re.compile(r.after)) for r in APPOSITION_PLACE_RULES.itertuples(index=False)]
NOT_PLACES = re.compile(r"(?i)^(?:however|but|and|meanwhile|overall|instead|today|yesterday|earlier|later|then|now|still|"
                        r"also|in|on|at|by|there|here|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december)\b")


def apposition_place(row: dict, book: QuantityCodebook) -> str:
    """The place a length figure's sentence gives it in apposition (APPOSITION_PLACE_RULES), '' when none."""
    length = dict(book.classes).get("@length")
    if length is None or not length.fullmatch(str(row.get("unit") or "").replace("_", " ")):
        return ""
    before, after = row["sentence"][:row["start"]], row["sentence"][row["end"]:]
    for before_rule, after_rule in _APPOSITION:
        m = before_rule.search(before)
        if m and after_rule.match(after) and not NOT_PLACES.match(m.group("place")):
            return m.group("place")
    return ""


# What a distance with no named place is measured from or around (fact keying): a zone's radius ("residents within 2
# km", "the evacuation zone widened to 3 km", "outside the 3 km zone") is never the distance to a place, and the
# distance from one thing ("400 metres from the crossing") is not the distance from another ("3 km from the border").
# Rules as data, tried in order; `anchor` "{np}" is the last word of the phrase after the preposition.
_NP_END = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:which|that|where|who|and|or|but|to|in|on|at|by|for|with|below|above|near|after|"
           r"before|were|was|is|are|has|had|have|said|says|since|until|while|when|as|because|if)\b)")
DISTANCE_ANCHOR_RULES = pd.DataFrame([
    ("zone_before", r"(?i)\b(?:within|radius|zone|perimeter|cordon|area)\b[^,;.]{0,30}$", "", "zone",
     "the evacuation zone was widened to 3 km; residents within 2 km"),
    ("zone_after", "", r"(?i)^\s*(?:[\w-]+\s+){0,2}?(?:radius|zone|perimeter|cordon)\b", "zone", "outside the 3 km zone"),
    ("from_a_thing", "", r"(?i)^\s*(?:\w+\s+){0,1}?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+of|"
     r"away\s+from|from|of|off|outside)\s+(?:the|a|an|its|their|his|her)\s+(?P<np>(?:(?!\d)[\w'’-]+\s+){0,3}?(?!\d)[\w'’-]+)"
     + _NP_END, "{np}", "about 400 metres from the crossing; 42 nautical miles south of the island"),
], columns=["name", "before", "after", "anchor", "example"])
_DISTANCE_ANCHORS = [(re.compile(r.before) if r.before else None, re.compile(r.after) if r.after else None, r.anchor)
                     for r in DISTANCE_ANCHOR_RULES.itertuples(index=False)]


def distance_anchor(row: dict, book: QuantityCodebook) -> str:
    """What a distance figure no named place anchors is measured from or around (DISTANCE_ANCHOR_RULES): "zone", the
    last word of the thing it is measured from ("crossing", "border"), or '' when the sentence says neither."""
    if "place" not in book.specs[row["quantity"]].split_by or row.get("place"):
        return ""
    before, after = row["sentence"][:row["start"]], row["sentence"][row["end"]:]
    for before_rule, after_rule, anchor in _DISTANCE_ANCHORS:
        m = (before_rule.search(before) if before_rule else None) or (after_rule.match(after) if after_rule else None)
        if m:
            return singular(anchor.format(np=(m.groupdict().get("np") or "").split()[-1:][0] if m.groupdict().get("np")
                                          else "").lower()) if "{np}" in anchor else anchor
    return ""


# A part of a figure that is a fact of its own (fact keying), read right after the figure: a sum paid to each
# household is not the fund it comes from, and the injured in intensive care, still in hospital or sent home are not
# all who were treated. Rules as data: `kinds` (figure kinds) or `quantities` the rule reads, the words after the figure
# (`after`) or before it (`before`), optionally the figure's own words (`mention`; a rule with neither `after` nor
# `before` reads the figure's words alone). Session 15 adds the points of a market move (at the open, over several
# days: not the day's close), the parts of a vote's tally (against, abstentions, the margin, the majority
# needed, the size of the chamber: not the votes for) and a gap between two counts ("four more than the official figure").
_TIME_NOUNS = r"(?:year|month|week|day|night|hour|minute|second|annum|quarter|season|term)s?"
FIGURE_PART_RULES = pd.DataFrame([
    ("per_unit", "money", "", r"(?i)^\s*(?:(?!(?:from|for|with|to|by|in|on|at|into|under|over|after|before)\b)\w+\s+){0,1}?"
     r"(?:per|a|each|every|to\s+each|to\s+every|for\s+each|for\s+every)\s+"
     rf"(?:of\s+(?:the\s+)?(?:[\d,.]+\s+)?)?(?:(?!{_TIME_NOUNS}\b)[a-z][a-z-]*\s+){{0,2}}?(?!{_TIME_NOUNS}\b)[a-z]{{3,}}\b", "each",
     "€1,500 per household; 10,000 euros to every family whose home was destroyed (never past a time noun: "
     "\"£14million a year - money\", \"1,150 pounds a month in rent\" are sums a year or a month, not each)", ""),
    ("serious_condition", "", "injured|killed", r"(?i)^\s*(?:\w+\s+){0,3}?(?:(?:are|is|were|was|remain\w*|still)\s+)?"
     r"(?:in\s+(?:an?\s+)?(?:intensive\s+care|critical|serious)|(?:critically|seriously)\s+(?:injured|hurt|wounded|ill))\b",
     "seriously", "two are in intensive care; five seriously injured", ""),
    ("still_in_hospital", "", "injured|killed", r"(?i)^\s*(?:\w+\s+){0,3}?(?:remain\w*|(?:are|is|were|was)\s+still|still)\s+"
     r"(?:in\s+hospital|on\s+wards|hospitali[sz]ed)\b|^\s*(?:\w+\s+){0,3}?died\s+in\s+hospital\b", "in hospital",
     "nine of whom remain in hospital; three more victims died in hospital", ""),
    ("still_there", "", "injured", r"(?i)^\s*(?:\w+\s+){0,2}?(?:remain\w*|(?:are|is|were|was)\s+still|still)\s+(?:there\b|being\s+"
     r"kept\s+in\b)|^\s*(?:\w+\s+){0,2}?(?:are|is)\s+(?:still\s+)?being\s+treated\s+in\s+hospital\b", "in hospital",
     "212 have been treated in hospital and 58 remain there; 49 were still being kept in; eleven people are being treated "
     "in hospital (the patients there now, not all who were treated)", ""),
    ("still_held", "", "missing|kidnapped|detained", r"(?i)^\s*(?:[\w-]+\s+){0,3}?(?:(?:are|is|were|was)\s+)?"
     r"(?:still|remain\w*)\s+(?:being\s+)?(?:held|trapped|underground|in\s+captivity|captive)\b|^\s*in\s+captivity\b", "still held",
     "seven are still held; nine remain trapped; 81 pupils still held; leaves eight in captivity", ""),
    ("sent_home", "", "injured", r"(?i)^\s*(?:\w+\s+){0,2}?(?:have|has|had|were|was)\s+(?:been\s+)?(?:gone\s+home|sent\s+home|"
     r"discharged|released\s+from\s+hospital)\b", "sent home", "38 have gone home", ""),
    # session 19 (grouping19): evacuees in one shelter are not all who left their homes
    ("in_one_shelter", "", "evacuated|displaced", r"(?i)^\s*(?:[\w-]+\s+){0,2}?(?:spent\s+the\s+night|slept|stayed|"
     r"sheltered|(?:are|were|was|is|have\s+been|had\s+been)\s+(?:staying|sleeping|sheltering|being\s+housed|housed|"
     r"put\s+up))\b", "in shelter", "About 400 evacuees spent the night on camp beds in the sports hall (a shelter's count, "
     "not all who left)", ""),
    # what a ship, truck or plane carries is not what it spilled or lost
    ("cargo", "", "weight", r"(?i)^\s*(?:of\s+[\w-]+\s+)?(?:it|she|the\s+[\w-]+)\s+(?:was|is|had\s+been)\s+carrying\b",
     "cargo", "a tanker carrying 84,000 tonnes of oil; 8% of the 84,000 tonnes it was carrying (a weight only: \"the flight "
     "was carrying 142 passengers\" are the people on board)",
     r"(?i)\bcarr(?:ying|ied|ies)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$"),
    # a market move: the open and a move over several days are not the day's close
    ("at_the_open", "", "percentage_change|share_price", r"(?i)^\s*(?:higher|lower|up|down)?\s*(?:at|on)\s+the\s+open(?:ing)?\b|"
     r"^\s*(?:[\w€$£.,]+\s+){0,3}?(?:in|within)\s+(?:the\s+)?(?:first|opening)\s+(?:[\w-]+\s+){0,2}?(?:minutes?|hours?)\s+"
     r"(?:of\s+(?:trading|the\s+session)|after\s+the\s+open)|^\s*(?:\w+\s+){0,2}?in\s+early\s+trading\b|"
     r"^\s*(?:\w+\s+){0,2}?within\s+an\s+hour\s+of\s+the\s+open(?:ing)?\b", "at the open",
     "shares jump 31% at the open; jumped 31% to €13.48 in the first minutes of trading; opened 31% higher at €13.48",
     r"(?i)\bopen(?:ed|s)\s+(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:(?:up|down|higher|lower)\s+)?(?:at\s+)?$"),
    ("over_days", "", "percentage_change", r"(?i)^\s*(?:\w+\s+){0,2}?(?:in|over)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|"
     r"five|six|seven|ten|\d+)\s+(?:trading\s+)?(?:days|sessions|weeks|months)\b", "over days",
     "shares have risen 9.3% in two days; a two-day loss of about 12% (not one day's move)",
     r"(?i)\b(?:two|three|four|five|six|seven|ten|\d+)-(?:day|session|week|month)\s+(?:[\w-]+\s+){0,2}?of\s+$"),
    # a vote's tally: the votes for stay the bare fact; the rest are facts of their own. Session 17: the tally "by 162
    # votes to 131" names the votes for first (no part: never the margin "by" reads) and the votes against after "to"
    ("votes_for_in_tally", "", "votes|seats", r"(?i)^\s*(?:votes?\s+)?(?:to|against)\s+(?:[\d,]+|[a-z]+(?:-[a-z]+)?)"
     r"(?:\s+votes?)?(?=\W|$)", "", "approved the bill by 162 votes to 131; passed by 88 to 80 (the votes for, not a margin: "
     "the bare fact)", "", ""),
    ("votes_against", "", "votes|seats", r"(?i)^\s*(?:(?:votes?|ballots?|deputies|MPs|members|lawmakers|senators|councillors)"
     r"\s+)?(?:were\s+)?(?:(?:cast|voted|voting)\s+)?against\b", "against",
     "74 for, 70 against; Seventy-one deputies voted against the motion; by 162 votes to 131",
     r"(?i)(?:\bby\s+[\d,]+\s+(?:votes?\s+)?|\b[\d,]+\s+votes?\s+)to\s+$"),
    ("abstentions", "", "votes|seats", r"(?i)^\s*(?:of\s+(?:its|the|their)\s+(?:[\w-]+\s+){1,2})?(?:(?:deputies|MPs|members|"
     r"lawmakers)\s+)?(?:abstain(?:ed|s|ing)?|(?:were\s+)?abstentions?)\b", "abstained",
     "70 against, four abstained and three were absent", r"(?i)\babstentions?\s*:?\s*$"),
    ("vote_margin", "", "votes|seats", r"(?i)^\s*(?:votes?\s+|seats?\s+)?(?:short\b|(?:more|fewer|less)\s+than\s+(?:the|a|an|"
     r"its|their|what)\b)", "majority_margin", "the motion fell two votes short of the 76 it needed; Kostan survives by two "
     "votes; 74 votes, two fewer than the 76 required (the margin to the majority, as majority_margin in context_cues)",
     r"(?i)\b(?:surviv(?:ed|es|ing)|survive|won|wins|lost|loses|passed|failed|fell|carried|defeated|rejected|approved)\b"
     r"[^.;,]{0,40}?\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?$"),
    ("gap_between_counts", "count", "", r"(?i)^\s*(?:(?:votes?|seats?)\s+)?(?:(?:more|fewer|less)\s+)?than\s+(?:the|a|an|its|"
     r"their|his|her|what|in)\b", "margin_between",
     "received 74 votes, two fewer than the 76 required; at least 18 dead, four more than the official figure",
     "", r"(?i)(?:\b(?:more|fewer|less)|^[\w,.-]+(?:\s+(?:votes?|seats?))?)$"),
    ("majority_needed", "", "votes|seats", r"(?i)^\s*(?:votes?\s+|seats?\s+)?(?:it|they|he|she|the\s+\w+)\s+(?:needed|required|"
     r"would\s+have\s+needed)\b", "majority_needed", "fell two votes short of the absolute majority of 76; the 76 it needed "
     "(never \"a majority of 109 seats\": the seats a coalition would hold)",
     r"(?i)\b(?:absolute|simple|overall|required|qualified|two-thirds)\s+majority\s+of\s+$"),
    ("chamber_size", "", "votes|seats", "", "whole_of_seats", "the 151-seat Assembly (the size of the chamber, not a "
     "party's seats)", "", r"(?i)-(?:seat|member)$"),
], columns=["name", "kinds", "quantities", "after", "part", "example", "before", "mention"]).fillna("")
_FIGURE_PARTS = [(r.kinds, r.quantities, re.compile(r.after) if r.after else None, re.compile(r.before) if r.before else None,
                  r.part, re.compile(r.mention) if r.mention else None) for r in FIGURE_PART_RULES.itertuples(index=False)]


def figure_part(row: dict) -> str:
    """The part of what a figure counts that the words right after it name (FIGURE_PART_RULES), '' when none."""
    sentence = str(row.get("sentence") or "")
    before, after = sentence[:row.get("start", 0)], sentence[row.get("end", 0):]
    for kinds, quantities, after_rule, before_rule, part, mention_rule in _FIGURE_PARTS:
        fits = (kinds and re.fullmatch(kinds, str(row.get("kind", "")))) or \
            (quantities and re.fullmatch(quantities, str(row.get("quantity", ""))))
        if not fits or (mention_rule and not mention_rule.search(str(row.get("text") or ""))):
            continue
        if (after_rule is None and before_rule is None) or (after_rule and after_rule.match(after)) or \
                (before_rule and before_rule.search(before)):
            return part
    return ""


def fact_key(row: dict, book: QuantityCodebook) -> tuple[str, str]:
    """(fact_id, fact_label) of a classified mention: quantity | qualifier | place | side | earlier."""
    spec = book.specs[row["quantity"]]
    parts = [(row["quantity"], spec.label)]
    if row["qualifier"]:
        parts.append((row["qualifier"], row.get("qualifier_label") or row["qualifier"]))
    for split in ("place", "area", "person", "side"):
        if (split in spec.split_by or split == "place" and row.get("place_named")) and row.get(split):
            value = row[split].split()[-1] if split == "person" else row[split]  # "Ivo Lund" is "Lund"
            parts.append((value, row[split]))
    if row.get("about") and singular(row["about"]) not in {singular(w) for w in row["quantity"].split("_")}:
        parts.append((row["about"], row["about"]))
    points = str(row.get("unit", "")).replace("_", " ") == "percentage point"  # "inflated by up to 9 points": a difference
    detail = row.get("detail") or ("change" if (row.get("kind") == "change" or points) and row["quantity"] != "percentage_change"
                                   else "")
    if detail and detail != row["qualifier"]:  # a change of a level ("grew by $2bn") is not the level ("to $15bn")
        parts.append((detail, detail.replace("_", " ")))
    if row["time_ref"] and row["quantity"] not in DATED:  # "since 2019" and "the 2019 fire" name one year
        parts.append(("earlier", "earlier event"))
    if (part := figure_part(row)) and part not in {p for p, _ in parts}:  # "€1,500 per household" is not the fund
        parts.append((part, part))
    fact_id = "|".join(slug(p) for p, _ in parts)
    label = parts[0][1] + "".join(f" ({lab})" for _, lab in parts[1:])
    return fact_id, label


# An earlier event's figures told inside a clause that names its past year (session 16): every figure of a "when" or
# "in which" clause after the year ("in 1994, when 40,000 farmers marched and 63 people were injured": the earlier-event
# cue reads the first figure only, not the one after "and"), and the figure right after a subject's relative clause
# naming the year ("Cyclone X, which struck the same coast in 2011, killed more than 200"). Read on the sentence up to
# the figure; a comma after "when" ends the clause ("since 2019, when the law came in, 40 people have died": today's).
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
EARLIER_CLAUSE_RULES = pd.DataFrame([
    ("year_when_clause", rf"\b{_YEAR}\b(?:\s+[A-Za-z][\w'’-]*){{0,2}},?\s+(?:when|in\s+which|during\s+which)\b"
     r"(?:[^.;,]|(?<=\d)[.,](?=\d))*$",
     "The last protest on this scale was in 1994, when some 40,000 farmers marched on the capital and 63 people were "
     "injured", "each figure of the clause after the year; also \"recall 1998, when\", \"the 1987 coup, in which\""),
    ("year_in_subject_clause", rf",\s+(?:which|that)\s+[^.;,]*?\b(?:in|of)\s+{_YEAR}\s*,\s+(?:[a-z]+\s+)?"
     r"(?:[a-z]{2,}ed|left|cost|took|hit|sank|drew|brought|led|made|put|tore|swept|spilt|lost)\s+$",
     "Cyclone Belun, which struck the same coast in 2011, killed more than 200 people",
     "a past verb of a subject whose relative clause names a past year, the figure right after it (never a present "
     "state: \"The prison, which opened in 1911, employs about 480 people\")"),
    # session 19 (grouping19, the new user's finding 1): a figure said of "that incident" after the sentence named the
    # earlier event's year ("… a smaller collapse in 2019, …; no one was hurt in that incident")
    ("that_incident_after_a_year", rf"\b{_YEAR}\b",
     "The town had a smaller collapse in 2019, when a hole opened near the station; no one was hurt in that incident",
     "a figure whose own clause goes on to name \"that incident\", \"that crash\", \"the earlier fire\", or ends on "
     "\"then\" or \"at the time\" (\"Cyclone Belun … in 2011 …; only about 30,000 were evacuated then\") after a past year "
     "earlier in the sentence", r"(?i)^[^.;]{0,60}?\b(?:in|during|at|from|on|by)\s+(?:that|the\s+earlier|the\s+previous)\s+"
     r"(?:[\w'’-]+\s+)?(?:incident|event|episode|accident|collapse|crash|fire|blaze|flood(?:ing)?|storm|"
     r"quake|earthquake|attack|explosion|blast|disaster|derailment|sinking|spill|outbreak|riot|strike|protest|outage|"
     r"blackout|landslide|avalanche|eruption)\b|^[^.;]{0,60}?\b(?:then|back\s+then|at\s+the\s+time)\s*(?:[.;]|$)"),
], columns=["name", "pattern", "example", "note", "after"]).fillna("")
_EARLIER_CLAUSES = [(re.compile(p), re.compile(a) if a else None)
                    for p, a in zip(EARLIER_CLAUSE_RULES["pattern"], EARLIER_CLAUSE_RULES["after"])]
NOT_EARLIER_BY_CLAUSE = {"date", "year", "time"}  # kinds the clause does not move (the year itself stays a year)


def earlier_by_clause(row: dict, sentence: str, reference_year: int | None) -> dict:
    """The row marked earlier when the sentence up to it opens an earlier event's clause (EARLIER_CLAUSE_RULES) with a
    year before the article's own."""
    if row.get("time_ref") or row.get("kind") in NOT_EARLIER_BY_CLAUSE or row.get("quantity") in DATED:
        return row
    before, after = sentence[:row.get("start", 0)], sentence[row.get("end", 0):]
    for rule, after_rule in _EARLIER_CLAUSES:
        m = rule.search(before)
        if m and after_rule is not None and not after_rule.match(after):
            continue
        if m and (reference_year is None or int(m.group("year")) < reference_year):
            return {**row, "time_ref": "earlier"}
    return row


def publication_times(articles: pd.DataFrame) -> pd.Series:
    """article_id → publication time (UTC; NaT when unknown or unreadable)."""
    raw = articles["published"] if "published" in articles.columns else pd.Series(None, index=articles.index)
    times = pd.to_datetime(raw.astype("object").where(raw.notna(), None), utc=True, errors="coerce", format="mixed")
    return pd.Series(times.values, index=articles["article_id"].values)


def sources_by_time(articles: pd.DataFrame) -> list[str]:
    """The articles' sources in order of publication (those without a time last, by name)."""
    when = publication_times(articles)
    order = articles.assign(_t=when.values).sort_values(["_t", "source"], na_position="last")
    return order["source"].tolist()


def _reference_years(found: pd.DataFrame, published: pd.Series) -> dict[str, int | None]:
    """The year each article is about: its publication year, else the latest year it mentions (earlier-event cues)."""
    latest = found[found["kind"] == "year"].groupby("article_id")["value_low"].max()
    out = {}
    for article_id in found["article_id"].unique():
        when = published.get(article_id, pd.NaT)
        out[article_id] = int(when.year) if pd.notna(when) else (int(latest[article_id]) if article_id in latest else None)
    return out


def _raw_mentions(sentences: pd.DataFrame, units: dict[str, str]) -> pd.DataFrame:
    """The figures of every text role read (headline, standfirst, body, captions), page furniture left out."""
    found: dict[tuple[str, str], list[dict]] = {}  # a repeated text (wire copy) is read once

    def records(text: str, role: str) -> list[dict]:
        if (text, role) not in found:
            found[text, role] = [rec for rec in number_records(text, units) if not is_furniture(rec, role, text)]
        return found[text, role]
    rows = [{"article_id": s.article_id, "block_no": s.block_no, "sentence_no": s.sentence_no, "role": s.role,
             **{k: rec[k] for k in NUMBER_COLUMNS}, "rule_scope": rec.get("scope", ""), "sentence": s.text}
            for s in sentences[sentences["role"].isin(READ_ROLES)].itertuples(index=False)
            for rec in records(s.text, s.role)]
    return pd.DataFrame(rows, columns=["article_id", "block_no", "sentence_no", "role", *NUMBER_COLUMNS, "rule_scope",
                                       "sentence"])


def _published(sentences: pd.DataFrame, articles: pd.DataFrame | None) -> pd.Series:
    """article_id → publication time, from the articles table when given, else from the sentences' `published_at`."""
    if articles is not None:
        return publication_times(articles)
    if "published_at" in sentences.columns:
        return sentences.groupby("article_id")["published_at"].first()
    return pd.Series(dtype="datetime64[ns, UTC]")


def _lined_up_alone(row: dict, book: QuantityCodebook) -> dict:
    """How a figure that names nothing of its own is keyed (the fields to update; none when it names something): a
    singleton quantity with no qualifier by value or as one mention, an ordinal by value ("the ninth floor" and "the
    15th floor" are two floors, session 16; "the second day" and "the third day" of an outage are one running count
    told on two days, as a toll is: HOURS), a date of a by-value quantity as an undescribed date, "about 6,200 people"
    and "two people" (which say nothing of what they count) by value."""
    if row["quantity"] in SINGLETONS and not row["qualifier"] and not row["cued"]:
        return by_value(row) if row["quantity"] in BY_VALUE_WHEN_UNCUED else one_mention(row)
    if row["kind"] == "ordinal" and row.get("unit") not in HOURS:
        return by_value(row)
    if row["quantity"] in BY_VALUE and not row["qualifier"]:
        return undescribed_date(row)
    return by_value(row) if _people_alone(row, book) else {}


def _place_named_beside(row: dict, book: QuantityCodebook) -> dict:
    """The place a figure with no place of its own is tied to by the words beside it (the fields to update): "Kell
    Ford, 11 km downstream" is that place's distance; "residents within 2 km" a zone and "400 metres from the
    crossing" a distance from the crossing."""
    if row["place"]:
        return {}
    if named_place := apposition_place(row, book):
        return {"place": named_place, "place_named": True}
    anchor = distance_anchor(row, book)
    return {"place": anchor} if anchor else {}


def _time_of_figure(when: dict, where: tuple, as_of: str, published: pd.Series) -> dict:
    """`published` (its article's), `figure_time` and `time_source` of the figure of sentence `where` (session 19,
    live19): its own "as of" clock time on a live page whose zone is known ("five dead at 4 p.m." in the 17:45
    entry), else the live entry's time (`when`: `stamps.figure_times`), else the page's."""
    page = published.get(where[0], pd.NaT)
    time, source, offset = when.get(where, (page, "page", None))
    own = as_of_time(as_of, time, offset) if source == "update_stamp" else None
    return {"published": page, "figure_time": own if own is not None else time,
            "time_source": "as_of" if own is not None else source}


def number_mentions(sentences: pd.DataFrame, units: dict[str, str], book: QuantityCodebook, actors: pd.DataFrame,
                    articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per numeric mention in the sentences read, with what it counts, its time, place, side and fact."""
    published = _published(sentences, articles)
    when = figure_times(sentences, published)  # a live page's figures: the time of the entry they sit under
    found = with_currencies(_raw_mentions(sentences, units), book)
    years = _reference_years(found, published)
    pattern = alias_pattern(actors)
    texts = {(s.article_id, s.block_no, s.sentence_no): s.text for s in sentences.itertuples(index=False)}
    named = named_things(texts)
    crowds = article_crowds(texts)
    order = sorted(texts)  # the sentence before each one in its article, across paragraphs
    before_of = {here: texts[there] for there, here in zip(order, order[1:]) if there[0] == here[0]}
    measure_nouns = frozenset(book.specs)  # "Temperatures fell to minus 20" names a measure, not a counted noun
    rows, previous, measures, counts, counted = [], {}, {}, {}, {}
    position = {here: i for i, here in enumerate(order)}
    for rec in found.to_dict("records"):
        sentence, where = rec["sentence"], (rec["article_id"], rec["block_no"], rec["sentence_no"])
        row = noun_named_before({**rec, "scope": rec.pop("rule_scope")}, sentence, measure_nouns)
        row.update(classify_mention(row, sentence, book))
        row = inherit_quantity(row, _counted_before(previous.get(where), counts.get(where)), book, measures.get(where))
        row = noun_from_previous_sentence(row, texts.get((where[0], where[1], where[2] - 1)), book)
        row = share_named_before(row, texts.get((where[0], where[1], where[2] - 1)), book)
        near = [c for at, c in counted.get(where[0], []) if position[where] - position[at] <= FIGURE_WORD_REACH]
        row = figure_word_count(row, near, book)
        row = protest_participants(crowd_counter_count(row, crowds.get(where[0], ""), book), crowds.get(where[0], ""))
        if is_counted(row):
            counted.setdefault(where[0], []).append((where, row))
        if row["kind"] not in ("time", "date", "year"):  # "cut to 41,200 customers at midday, up from 37,000"
            previous[where] = row
        if row["kind"] in ("measure", "percent"):
            measures[where] = row
        if row["kind"] == "count":
            counts[where] = row
        row.update(_lined_up_alone(row, book))
        context = context_of(row, sentence, book, years.get(row["article_id"]))
        row.update(time_ref="earlier" if context["earlier"] else "", as_of=context["as_of"], place=context["place"],
                   person=context["person"], area=context["area"],
                   about=qualifier_word(context["about"], book),
                   named_about=_named_before(row, named.get(row["article_id"], {}), book),
                   detail=context["detail"], side=_side(sentence, actors, pattern),
                   holder="" if context["detail"] == "total" else context["holder"],  # a whole belongs to nobody
                   said_by=context["said_by"], **_time_of_figure(when, where, context["as_of"], published),
                   news_value=int(book.specs[row["quantity"]].news_value))
        row = earlier_by_clause(row, sentence, years.get(row["article_id"]))
        row = person_named_before(row, before_of.get(where))
        row = unnamed_by_value(row)
        row["scope"] = _scope(row, sentence)
        row.update(_place_named_beside(row, book))
        rows.append(row)
    rows = part_in_next_sentence(times_of_figures(carry_about(rows, book)), order)
    for row in rows:
        row["about"] = row["about"] or row.pop("named_about")  # after the carry: a name alone never carries further
        if _change_of_nothing_named(row, book):  # "fell 11%" of what? lined up only with the same change
            row.update(by_value(row))
        row["fact_id"], row["fact_label"] = fact_key(row, book)
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return frame.astype({"block_no": int, "sentence_no": int, "start": int, "end": int, "value_low": float,
                         "value_high": float, "news_value": int, "comparable": bool}).assign(
        **{c: (lambda d, c=c: pd.to_datetime(d[c], utc=True)) for c in ("published", "figure_time")})


OVERRIDE_FILTERS = ("article_id", "text_contains", "figure")  # optional facts.csv columns that narrow a row


def load_fact_overrides(path) -> pd.DataFrame:
    """The per-corpus facts.csv: fact_id, new_fact_id, label, and optional article_id / text_contains / figure
    filters (see `override_hits`)."""
    frame = read_codebook(path, ["fact_id", "new_fact_id", "label"])
    for col in OVERRIDE_FILTERS:
        if col not in frame.columns:
            frame[col] = ""
    return frame


def override_hits(mentions: pd.DataFrame, row) -> pd.Series:
    """The mentions one facts.csv row selects. Its `fact_id` cell names the fact by its id ("count|operation") or by
    its label as the reports print it ("count (operation)"), any case; `*` or an empty cell names any fact, the
    filters then saying which figures (a row with neither a fact nor a filter selects nothing). Filters:
    `article_id`, `text_contains` (plain text of the sentence) and `figure` (plain text of the figure as written,
    "well over 300"), so a row never needs an id the tool hashed."""
    key = str(row.fact_id).strip()
    filters = {c: str(getattr(row, c, "") or "").strip() for c in OVERRIDE_FILTERS}
    if key in ("", "*"):
        hit = pd.Series(any(filters.values()), index=mentions.index)
    else:
        label = mentions["fact_label"].fillna("").astype(str).str.strip().str.lower() if "fact_label" in mentions \
            else pd.Series("", index=mentions.index)
        hit = (mentions["fact_id"] == key) | (label == key.lower())
    if filters["article_id"]:
        hit &= mentions["article_id"] == filters["article_id"]
    if filters["text_contains"]:
        hit &= mentions["sentence"].str.contains(filters["text_contains"], case=False, regex=False)
    if filters["figure"]:
        hit &= mentions["text"].fillna("").astype(str).str.contains(filters["figure"], case=False, regex=False)
    return hit


def apply_fact_overrides(mentions: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """Rename, merge, split or drop facts as the overrides say (rows apply in order; new_fact_id 'drop' drops;
    which mentions a row selects: `override_hits`)."""
    out = mentions.copy()
    keep = pd.Series(True, index=out.index)
    for row in overrides.itertuples(index=False):
        hit = override_hits(out, row)
        if row.new_fact_id.strip().lower() == "drop":
            keep &= ~hit
            continue
        out.loc[hit, "fact_id"] = row.new_fact_id.strip()
        if row.label.strip():
            out.loc[hit, "fact_label"] = row.label.strip()
        out = with_fact_terms(out, hit, row.new_fact_id.strip())
    return out[keep].reset_index(drop=True)


FACT_TERMS = ["quantity", "kind", "unit", "comparable", "news_value"]  # what a bare figure moved into a fact takes


def with_fact_terms(mentions: pd.DataFrame, moved: pd.Series, fact_id: str) -> pd.DataFrame:
    """Session 16 (nureport16): a bare figure (no unit of its own: "the ministry says 3,800") a facts.csv row moves
    into a fact whose other figures all share one quantity and unit ("3,800 hectares") takes that quantity, kind,
    unit and comparability, so the hand edit lines it up instead of making the fact not comparable. A moved figure
    with a unit of its own keeps it."""
    others = mentions[mentions["fact_id"].eq(fact_id) & ~moved]
    terms = [c for c in FACT_TERMS if c in mentions.columns]
    if others.empty or "unit" not in terms or len(others[terms].drop_duplicates()) != 1:
        return mentions
    bare = moved & mentions["unit"].fillna("").astype(str).eq("")
    if not bare.any():
        return mentions
    out = mentions.copy()
    for column in terms:
        out.loc[bare, column] = others[column].iloc[0]
    return out


def comparable_interval(row, widen: bool = True) -> tuple[float, float]:
    """The interval a mention allows when sources are compared.

    Open sides are infinite, except 'just over X' / 'just under X' (at most JUST_MARGIN beyond X); an ordinal
    of a time unit ('third year') spans the unit it numbers (2 to 3 years, in hours); 'about' is widened by
    ABOUT_MARGIN.
    """
    lo = -math.inf if math.isnan(row.value_low) else row.value_low
    hi = math.inf if math.isnan(row.value_high) else row.value_high
    just = re.match(r"(?i)(?:just|slightly|a\s+little)\s+(?:over|under|more|less|fewer)", row.text)
    if just and row.hedge == "more_than":
        hi = lo * (1 + JUST_MARGIN)
    elif just and row.hedge == "less_than":
        lo = hi * (1 - JUST_MARGIN)
    if row.kind == "ordinal" and row.unit in HOURS:
        lo, hi = (row.value_low - 1) * HOURS[row.unit], row.value_high * HOURS[row.unit]
    if widen and row.hedge == "about":
        lo, hi = lo * (1 - ABOUT_MARGIN), hi * (1 + ABOUT_MARGIN)
    return lo, hi


INTERVAL_COLUMNS = ["value_low", "value_high", "text", "hedge", "kind", "unit"]


# Units of one dimension, each as a multiple of the dimension's base unit: a fact whose figures are stated in two of
# them ("about 1.5 km", "500 metres") is compared in the base unit, never number against number.
UNIT_FACTORS = pd.DataFrame([
    ("length", "metre", 1.0), ("length", "meter", 1.0), ("length", "kilometre", 1000.0), ("length", "km", 1000.0),
    ("length", "mile", 1609.344), ("length", "nautical mile", 1852.0), ("length", "nautical_mile", 1852.0),
    ("length", "centimetre", 0.01), ("length", "cm", 0.01), ("length", "millimetre", 0.001), ("length", "mm", 0.001),
    ("length", "foot", 0.3048), ("length", "feet", 0.3048), ("length", "ft", 0.3048), ("length", "yard", 0.9144),
    ("length", "inch", 0.0254),
    ("weight", "kilogram", 1.0), ("weight", "kg", 1.0), ("weight", "gram", 0.001), ("weight", "g", 0.001),
    ("weight", "tonne", 1000.0), ("weight", "ton", 1000.0), ("weight", "pound", 0.45359237), ("weight", "lb", 0.45359237),
    ("power", "megawatt", 1e6), ("power", "gigawatt", 1e9),  # "6,800 megawatts" and "6.8GW": one fact (qualifier_words)
    # a temperature in °F is keyed as the same temperature in °C (qualifier_words fahrenheit) and compared in °C:
    # °C = °F × 5/9 − 160/9 ("44.8C (112.6F)" and "112F" are one reading), so the rows carry an offset too
    ("temperature", "celsius", 1.0, 0.0), ("temperature", "fahrenheit", 5 / 9, -160 / 9),
], columns=["dimension", "unit", "factor", "offset"]).fillna({"offset": 0.0})
_UNIT_FACTOR = dict(zip(UNIT_FACTORS["unit"], UNIT_FACTORS["factor"]))
_UNIT_OFFSET = dict(zip(UNIT_FACTORS["unit"], UNIT_FACTORS["offset"]))


def base_unit_factors(mentions: pd.DataFrame) -> pd.Series:
    """Per mention, the factor that brings its value to its dimension's base unit when its fact states figures in two
    or more units of that dimension (km and metres), else 1: a fact stated in one unit keeps its own numbers."""
    if mentions.empty or "unit" not in mentions or "fact_id" not in mentions:
        return pd.Series(1.0, index=mentions.index)
    return _in_mixed_facts(mentions, _UNIT_FACTOR, 1.0)


def base_unit_offsets(mentions: pd.DataFrame) -> pd.Series:
    """Per mention, what is added after `base_unit_factors` to bring its value to the base unit (°F to °C), else 0."""
    if mentions.empty or "unit" not in mentions or "fact_id" not in mentions:
        return pd.Series(0.0, index=mentions.index)
    return _in_mixed_facts(mentions, _UNIT_OFFSET, 0.0)


def _in_mixed_facts(mentions: pd.DataFrame, values: dict, neutral: float) -> pd.Series:
    """`values` of each mention's unit where its fact states figures in two or more known units, else `neutral`."""
    unit = mentions["unit"].fillna("").astype(str)
    known = unit.map(_UNIT_FACTOR)
    mixed = unit.where(known.notna()).groupby(mentions["fact_id"]).transform("nunique") >= 2
    return unit.map(values).where(mixed & known.notna(), neutral).astype(float)


def with_intervals(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions with their comparable intervals computed once: `_lo`/`_hi` (hedges widened), `_lo0`/`_hi0`; in
    the base unit where a fact mixes units of one dimension (`base_unit_factors`)."""
    rows = list(mentions[INTERVAL_COLUMNS].itertuples(index=False))
    wide, plain = [comparable_interval(r) for r in rows], [comparable_interval(r, widen=False) for r in rows]
    factor, offset = base_unit_factors(mentions).to_numpy(), base_unit_offsets(mentions).to_numpy()
    return mentions.assign(_lo=[p[0] for p in wide] * factor + offset, _hi=[p[1] for p in wide] * factor + offset,
                           _lo0=[p[0] for p in plain] * factor + offset, _hi0=[p[1] for p in plain] * factor + offset)


def _intervals(frame: pd.DataFrame, widen: bool = True) -> list[tuple[float, float]]:
    cols = ["_lo", "_hi"] if widen else ["_lo0", "_hi0"]
    if cols[0] in frame.columns:
        return list(zip(frame[cols[0]], frame[cols[1]]))
    return [comparable_interval(r, widen) for r in frame[INTERVAL_COLUMNS].itertuples(index=False)]


def _bounds(frame: pd.DataFrame) -> tuple[float, float]:
    """The widest interval a set of mentions allows (see `comparable_interval`)."""
    pairs = _intervals(frame)
    return min(p[0] for p in pairs), max(p[1] for p in pairs)


def _joined(values, sep: str = ", ", drop_empty: bool = True) -> str:
    return sep.join(sorted(set(values) - ({""} if drop_empty else set())))


def _reported_rows(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per fact × reporting article, in order of first mention: the number of mentions, the lowest low and
    highest high value (no high value when one mention has none), units, hedges and scopes (sorted, distinct), the
    texts and the sentences' places ("b3s1") in mention order. Grouped in one pass in plain Python: a pandas
    aggregation of strings runs once per group, and there is a group per fact and reporting article."""
    where = ("b" + mentions["block_no"].astype(str) + "s" + mentions["sentence_no"].astype(str)).tolist()
    columns = [mentions[c].tolist() for c in ("fact_id", "article_id", "value_low", "value_high", "unit", "hedge",
                                              "scope", "text")]
    groups: dict[tuple, list] = {}
    for fact_id, article_id, low, high, unit, hedge, scope, text, place in zip(*columns, where):
        group = groups.get((fact_id, article_id))
        if group is None:
            group = groups[(fact_id, article_id)] = [[], [], [], [], [], [], []]
        for values, value in zip(group, (low, high, unit, hedge, scope, text, place)):
            values.append(value)
    rows = []
    for (fact_id, article_id), (lows, highs, units, hedges, scopes, texts, places) in groups.items():
        lows, known_highs = [v for v in lows if v == v], [v for v in highs if v == v]
        rows.append((fact_id, article_id, len(texts), min(lows) if lows else np.nan,
                     max(known_highs) if len(known_highs) == len(highs) else np.nan, _joined(units),
                     _joined(hedges, drop_empty=False), _joined(scopes), " | ".join(texts), " | ".join(places)))
    return pd.DataFrame(rows, columns=["fact_id", "article_id", "n_mentions", "value_low", "value_high", "unit", "hedges",
                                       "scopes", "texts", "sentences"]).astype(
        {"fact_id": mentions["fact_id"].dtype, "article_id": mentions["article_id"].dtype, "n_mentions": "int64",
         "value_low": float, "value_high": float})


def figure_time(frame: pd.DataFrame) -> pd.Series:
    """Each row's time: its figure's own (`figure_time`: a live page's entry time, session 19) where known, else its
    article's publication time (`published`), else NaT."""
    published = frame["published"] if "published" in frame else pd.Series(pd.NaT, index=frame.index)
    published = pd.to_datetime(published, errors="coerce", utc=True)
    if "figure_time" not in frame:
        return published
    return pd.to_datetime(frame["figure_time"], errors="coerce", utc=True).fillna(published)


def newest_first(frame: pd.DataFrame, column: str | None = None) -> pd.DataFrame:
    """`frame` latest `column` time first (rows without a time last; ties keep their order), or as it is without
    that column: a row of figures then reads as the timelines do, its first figure the latest. By default each
    figure's own time (`figure_time`, a live page's entry time) where the frame has it, else `published`."""
    if column is None and ("figure_time" in frame or "published" in frame):
        order = figure_time(frame).sort_values(ascending=False, na_position="last", kind="stable").index
        return frame.loc[order]
    column = column or "published"
    if column not in frame:
        return frame
    return frame.sort_values(column, ascending=False, na_position="last", kind="stable",
                             key=lambda t: pd.to_datetime(t, errors="coerce", utc=True))


def fact_table(mentions: pd.DataFrame, articles: pd.DataFrame, summary: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per fact × article reporting it: what the source reports (values, hedges, scopes, verbatim texts).
    Silence is every other article of the corpus; it is not listed, so the table grows with the mentions, not
    with facts × articles (`reported` is kept, always true, for readers of earlier runs' tables).

    Built with one groupby over the mentions and one merge onto the fact × article pairs (linear in its rows);
    within a fact, articles run latest publication first (unknown times last), so a cell pooling an outlet's
    articles reads latest first."""
    columns = ["fact_id", "fact_label", "article_id", "source", "reported", "n_mentions", "value_low", "value_high",
               "unit", "hedges", "scopes", "texts", "sentences"]
    labels = mentions.drop_duplicates("fact_id").set_index("fact_id")["fact_label"]
    reported = _reported_rows(mentions)
    order = newest_first(articles)  # an outlet's cell lists its latest article's figures first
    frame = (fact_article_pairs(reported[["fact_id", "article_id"]], order["article_id"])
             .merge(articles[["article_id", "source"]].drop_duplicates("article_id"), on="article_id", how="left")
             .merge(reported, on=["fact_id", "article_id"], how="left"))
    frame["fact_label"] = frame["fact_id"].map(labels)
    frame["reported"] = frame["n_mentions"].notna()
    frame = frame.fillna({"n_mentions": 0, "unit": "", "hedges": "", "scopes": "", "texts": "", "sentences": ""})
    frame = frame.astype({"n_mentions": int, "value_low": float, "value_high": float})[columns]
    summary = fact_summary(mentions, articles) if summary is None else summary
    return frame.merge(summary[["fact_id", "disagreement", "intervals_overlap", "scope_conflict", "hedge_mix"]],
                       on="fact_id", how="left")


def fact_article_pairs(reported: pd.DataFrame, article_ids: pd.Series) -> pd.DataFrame:
    """The (fact_id, article_id) rows of the fact table, by fact then article order: the articles that report each
    fact (`reported`: one row per fact × reporting article). Silence is not listed: an article is silent on a fact
    when it has no row for it (a grid of every shared fact × every article grows with their product)."""
    position = pd.Series(np.arange(len(article_ids)), index=article_ids.to_numpy()).groupby(level=0).first()
    pairs = reported[["fact_id", "article_id"]].drop_duplicates()
    order = pairs.assign(_p=pairs["article_id"].map(position)).sort_values(["fact_id", "_p"], kind="stable").index
    return pairs.loc[order].reset_index(drop=True)


# "About the same time": reports published within SAME_TIME of the first of a group are at one time, so figures of
# theirs that differ are a dispute between outlets; figures published further apart can be a revision through the day
# (a toll or an injured count rising from one report to the next). Groups start at their first report (never a clock
# hour: 12:59 and 13:01 are one time, 13:00 and 13:59 too, 13:00 and 14:10 not).
SAME_TIME = pd.Timedelta(hours=1)
REVISION_GAP = SAME_TIME  # the older name
SUMMARY_COLUMNS = ["fact_id", "fact_label", "quantity", "kind", "n_reporting", "n_silent", "n_mentions", "low", "high",
                   "spread", "intervals_overlap", "scope_conflict", "hedge_mix", "comparable", "disagreement",
                   "difference", "timeline", "news_value", "headline_ok", "rank"]


# A body's own document or count named as the source of a figure ("SNG's preliminary timeline", "the observatory's
# archive", "the interior ministry's final count for Monday's protests") is that body's claim (tests/keys/README.md:
# figures from a body are the body's), so its key is the body's. Rules as data: name, pattern (group `body`), example.
CLAIMANT_OWNER_RULES = pd.DataFrame([
    ("body_document", r"^(?P<body>.*\S)['’]s\s+(?:own\s+|preliminary\s+|final\s+|official\s+|latest\s+|first\s+|"
     r"provisional\s+)?(?:figures?|timeline|archives?|records?|count|data|report|statement|documents?|estimates?|tally|"
     r"bulletin|projections?|numbers|books)\b.*$", "the company's own timeline",
     "a possessive only: 'ministry figures' may be another ministry's or an older release, and 'its report' names none"),
], columns=["name", "pattern", "example", "note"])
_CLAIMANT_OWNERS = [re.compile(p) for p in CLAIMANT_OWNER_RULES["pattern"]]
_NO_OWNER = re.compile(r"(?i)(?:its|their|his|her|the|a|an)")


def document_owner(claimant: pd.Series) -> pd.Series:
    """The body whose own document or count a claimant names (CLAIMANT_OWNER_RULES), else the claimant as it is."""
    def owner(text: str) -> str:
        for regex in _CLAIMANT_OWNERS:
            m = regex.match(text)
            if m and not _NO_OWNER.fullmatch(m.group("body").strip()):
                return m.group("body")
        return text
    return claimant.fillna("").astype(str).map(owner)


# A body named by its kind alone ("the directorate", "the unions", "the health authority") when the corpus names exactly
# one body of that kind in full ("the National Civil Protection Directorate", "the Kestland Aviation Workers' Union",
# "the regional health authority"): one key, the full name's (tests/keys/README.md: a body's figures share one key).
# Rules as data: name, condition, example.
ONE_BODY_RULES = pd.DataFrame([
    ("head_noun", "the short key ends in a body's kind (ONE_BODY_HEADS) and is all common words",
     "directorate; health-authority; unions"),
    ("name_ends_with_it", "the full key ends with the short key's words (plurals read as singular)",
     "national-civil-protection-directorate ends with directorate"),
    ("only_one", "exactly one such full key in the corpus: two police forces leave 'police' as it is",
     "federal-police / velden-police: police stays"),
    ("a_name", f"the full key is a name: at most {5} words, none of a description or an unnamed source",
     "after-the-finance-ministry, senior-official-in-the-governor-s-office: not names"),
], columns=["name", "condition", "example"])
ONE_BODY_HEADS = frozenset({"agency", "authority", "directorate", "service", "office", "ministry", "union", "federation",
                            "association", "council", "company", "operator", "observatory", "institute", "committee",
                            "commission", "department", "board", "group", "society", "guard", "bureau", "regulator",
                            "inspectorate"})
# Session 16 (nureport16): institutions named by their kind alone as one body is ("the hospital" beside "Corvelle
# General Hospital"); kept apart from ONE_BODY_HEADS, whose words are never the field of a described body ("hospital group").
ONE_BODY_INSTITUTIONS = frozenset({"hospital"})
_NOT_A_NAME = frozenset({"after", "before", "official", "officials", "source", "senior", "in", "at", "by", "according",
                         "to", "said", "says", "from"})
_KEY_STOP = frozenset({"s", "the", "of", "and", "for", "in"})


def _key_words(key: str) -> tuple[str, ...]:
    return tuple(w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w
                 for w in key.split("-") if w and w not in _KEY_STOP)


def one_body_keys(keys: pd.Series) -> pd.Series:
    """Claimant keys with a body named by its kind alone replaced by the one full name ending with it (ONE_BODY_RULES)."""
    names = sorted(set(keys) - {""})
    words = {k: _key_words(k) for k in names}
    full = [k for k in names if len(words[k]) <= 5 and not _NOT_A_NAME & set(k.split("-"))]
    out = {}
    for k in names:
        w = words[k]
        if not w or w[-1] not in ONE_BODY_HEADS | ONE_BODY_INSTITUTIONS or not re.fullmatch(r"[a-z-]+", k):
            continue
        longer = [o for o in full if len(words[o]) > len(w) and words[o][-len(w):] == w]
        if len(longer) == 1:
            out[k] = longer[0]
    return keys.map(lambda k: out.get(k, k)) if out else keys


# Session 15 (claimkeys15): a body described by what it does and its kind ("the shipping company", "the airport
# operator", "the hospital group", "the energy regulator") when exactly one name among the corpus's claimant keys holds
# that word ("Baltra Shipping Lines", "Orlend Airports", "Lenmark Valley Hospitals"): one key, the name's. Rules as data.
DESCRIBED_BODY_RULES = pd.DataFrame([
    ("field_then_kind", "the key is two common words, the second a kind of body (DESCRIBED_BODY_HEADS)",
     "shipping-company; airport-operator; hospital-group", "a field alone ('company') is left to one_body_keys"),
    ("name_holds_the_field", "a name key (at most 5 words, no description words) holds the field word, plurals as singular",
     "baltra-shipping-lines holds shipping; orlend-airports holds airport", "the kind word need not be in the name"),
    ("only_one_name", "exactly one such name in the corpus", "two shipping lines: 'the shipping company' stays",
     "never a guess between two bodies"),
], columns=["name", "condition", "example", "note"])
DESCRIBED_BODY_HEADS = frozenset({"company", "firm", "operator", "group", "regulator", "airline", "carrier", "lender",
                                  "insurer", "owner"})


def described_body_keys(keys: pd.Series) -> pd.Series:
    """Claimant keys with a body described by its field and kind replaced by the one name holding the field word
    (DESCRIBED_BODY_RULES)."""
    names = sorted(set(keys) - {""})
    words = {k: _key_words(k) for k in names}
    full = [k for k in names if 2 <= len(words[k]) <= 5 and not _NOT_A_NAME & set(k.split("-"))]
    out = {}
    for k in names:
        w = words[k]
        if len(w) != 2 or w[1] not in DESCRIBED_BODY_HEADS or w[0] in ONE_BODY_HEADS | DESCRIBED_BODY_HEADS:
            continue
        holders = [o for o in full if o != k and w[0] in words[o] and words[o][-1] != w[1]]
        if len(holders) == 1:
            out[k] = holders[0]
    return keys.map(lambda k: out.get(k, k)) if out else keys


# Session 19 (grouping19): one body named by its office or by a post in it ("the National Anti-Corruption Prosecutor's
# Office", "Deputy Chief Prosecutor Ilka Varsen") beside its plain kind ("prosecutors": prosecution) is one key, the
# kind's, when the corpus names at most one such office key. Rules as data: name,
# pattern over a claimant key, the key it takes, example.
KIND_OF_BODY_RULES = pd.DataFrame([
    ("prosecutors_office", r"^(?:[a-z]+-){0,4}(?:prosecutor-s-office|prosecutors-office|prosecution-service|"
     r"public-prosecutor-s-office)$", "prosecution", "the National Anti-Corruption Prosecutor's Office = prosecutors"),
    ("prosecutor_by_post", r"^(?:deputy-|assistant-|senior-)?(?:chief-|public-|state-|lead-|regional-)?prosecutor-"
     r"(?!s-office$)[a-z]+(?:-[a-z]+){0,2}$", "prosecution", "Deputy Chief Prosecutor Ilka Varsen = prosecutors"),
], columns=["name", "pattern", "key", "example"])
_KIND_OF_BODY = [(re.compile(r.pattern), r.key) for r in KIND_OF_BODY_RULES.itertuples(index=False)]


def kind_of_body_keys(keys: pd.Series) -> pd.Series:
    """Claimant keys of one body's office or post replaced by the kind's key (KIND_OF_BODY_RULES), when every such
    office key of the corpus is one."""
    names = set(keys) - {""}
    out = {}
    for regex, kind in _KIND_OF_BODY:
        hits = {k for k in names if regex.match(k)}
        offices = {k for k in hits if k.endswith(("office", "service"))}
        if hits and len(offices) <= 1:
            out.update({k: kind for k in hits})
    return keys.map(lambda k: out.get(k, k)) if out else keys


def claimant_key(claimant: pd.Series, mentions: pd.DataFrame | None = None, texts: pd.Series | None = None) -> pd.Series:
    """The part of a fact id that names a claimant ('' = the outlet's own voice), the same for the usual ways of
    naming one body ('The Health Ministry', 'Health Minister Ana Toll' → 'health-ministry'; see
    `helpers.actors.canonical_claimants`). `mentions` (aligned with `claimant`: article_id, block_no, sentence_no,
    start) lets a common noun ("the ministry") stand for the body its own article named last; `texts`, the corpus's
    sentences, give people's posts ("Its commander, Erik Sande, said")."""
    owners = document_owner(claimant)  # "the observatory's archive": the observatory
    frame = (mentions if mentions is not None else pd.DataFrame(index=claimant.index)).assign(claimant=owners.values)
    keys = canonical_claimants(frame, texts).str.lower().map(lambda t: slug(t) if t else "")
    keys = described_body_keys(one_body_keys(keys))  # "the directorate", "the shipping company": the one body named in full
    return kind_of_body_keys(keys)  # "the National Anti-Corruption Prosecutor's Office": prosecution


CLAIMANT_KEY = "_claimant_key"  # a mentions column: `claimant_key` of each claimant, computed once per run


def with_claimant_key(mentions: pd.DataFrame, texts: pd.Series | None = None) -> pd.DataFrame:
    """`mentions` with the `_claimant_key` column (see `claimant_key`) when they have claimants: computed once, then
    read by the split by claimant, the base facts and the fact summary (it costs a pass over the whole corpus)."""
    if "claimant" not in mentions.columns or mentions.empty or CLAIMANT_KEY in mentions.columns:
        return mentions
    keys = whole_corpus(claimant_key, mentions["claimant"].fillna("").astype(str), mentions, texts)  # cached by its inputs
    return mentions.assign(**{CLAIMANT_KEY: keys})


def _claimant_keys(mentions: pd.DataFrame) -> pd.Series:
    """The mentions' claimant keys: their `_claimant_key` column when set, else computed."""
    return mentions[CLAIMANT_KEY] if CLAIMANT_KEY in mentions.columns else claimant_key(mentions["claimant"], mentions)


def figure_claimants(mentions: pd.DataFrame) -> pd.DataFrame:
    """The claimant a figure's own words name (`said_by`: "17,300 hectares reported by the state", "the fire
    service's 39,500", "put at 63.2% by the commission") replaces the claimant of its sentence unless that names it
    already ("ministry" in "the interior ministry"): two sources in one sentence each keep their own figure."""
    if "said_by" not in mentions.columns or "claimant" not in mentions.columns or mentions.empty:
        return mentions
    own = mentions["said_by"].fillna("").astype(str).str.strip(" .,;")
    own = own.where(~own.str.fullmatch(r"[A-Z][a-z]+"), own.str.lower())  # a headline's "Ministry counts": the ministry
    said = mentions["claimant"].fillna("").astype(str)
    keep = own.eq("") | pd.Series([o.lower() in s.lower() for o, s in zip(own, said)], index=own.index)  # "ministry"
    types = mentions.get("claimant_type", pd.Series("other", index=mentions.index))
    mentions = mentions.assign(claimant=said.where(keep, own), claimant_type=types.where(keep, own.map(speaker_type_of)))
    return source_of_another_clause(mentions, own)


_CLAUSE_BETWEEN = re.compile(r"[,;]|\b(?:which|who|while|whereas)\b")


def _only_according_to(sentence: str, source: str) -> bool:
    """Whether the sentence names the source once, after "according to" (not also as the speaker of a verb)."""
    lower = sentence.lower()
    at = lower.find(source)
    return at >= 0 and lower.count(source) == 1 and re.search(r"according\s+to\s+$", lower[:at]) is not None


def source_of_another_clause(mentions: pd.DataFrame, own: pd.Series) -> pd.DataFrame:
    """A source said beside one figure ("inflation, running at 6.2% according to the statistics office") is not the
    source of a figure of another clause of its sentence ("a 3.5% pay offer, which the union says falls short of
    inflation, …"): that figure, given its sentence's claimant only because the source was named, is the outlet's."""
    if not {"article_id", "block_no", "sentence_no", "start", "end", "sentence"} <= set(mentions.columns):
        return mentions
    keys = ["article_id", "block_no", "sentence_no"]
    named = mentions.loc[own.ne(""), keys].drop_duplicates()
    if named.empty:
        return mentions
    claimant, types = mentions["claimant"].copy(), mentions["claimant_type"].copy()
    inside = pd.MultiIndex.from_frame(mentions[keys]).isin(pd.MultiIndex.from_frame(named))
    for _, rows in mentions[inside].groupby(keys, sort=False):
        sources = [(r.start, r.end, o.lower()) for r, o in zip(rows.itertuples(), own[rows.index]) if o]
        for r in rows.itertuples():
            if own[r.Index] or not str(r.claimant).strip():
                continue
            for start, end, source in sources:
                said, text = str(r.claimant).strip(" .,;").lower(), str(r.sentence)
                if r.end <= start and (source in said or said in source) and _only_according_to(text, source) \
                        and _CLAUSE_BETWEEN.search(text[r.end:start]):
                    claimant[r.Index], types[r.Index] = "", "outlet"
    return mentions.assign(claimant=claimant, claimant_type=types)


_PERSON_AGE = re.compile(r"(?i)\byears?[- ]old\b|^aged\b")


def person_age(mentions: pd.DataFrame) -> pd.Series:
    """Ages that describe a person ("the 58-year-old", "aged 67"): a fact about them, never a claim of whoever speaks
    in their sentence, so never split by claimant (a pension age a ministry proposes, an age range agreed, are)."""
    if not {"quantity", "kind", "text", "value_low", "value_high"} <= set(mentions.columns):
        return pd.Series(False, index=mentions.index)
    one = mentions["value_low"].eq(mentions["value_high"])  # a person has one age; "aged 18 to 25" is a limit set
    return mentions["quantity"].eq("age") & one & (mentions["kind"].eq("age") | mentions["text"].str.contains(_PERSON_AGE))


_ACCORDING = " (according to "  # what `split_by_claimant` adds to a fact's label, before the claimant's name
_CLAIMANT_LABEL_END = re.compile(re.escape(_ACCORDING) + r".*\)$")


def base_label(labels: pd.Series) -> pd.Series:
    """A fact's label before the split by claimant ("people injured (according to police)" → "people injured")."""
    return labels.astype(str).str.replace(_CLAIMANT_LABEL_END, "", regex=True)


def split_by_claimant(mentions: pd.DataFrame) -> pd.DataFrame:
    """Facts split by claimant: an attributed figure is grouped only with the same claimant's figures.

    Uses the `claimant` column when there is one ("" = the outlet's own voice, which stays in the unsplit fact), so
    an outlet-vs-outlet difference is never mixed with a ministry-vs-union one. Without the column the mentions
    come back unchanged.
    """
    if "claimant" not in mentions.columns or mentions.empty:
        return mentions
    key = _claimant_keys(mentions)
    split = (key != "") & ~person_age(mentions)
    said = mentions["claimant"].fillna("").astype(str).str.strip()
    fact_id = mentions["fact_id"].where(~split, mentions["fact_id"] + "|" + key)
    name = fact_id.map(claimant_labels(fact_id, said)).fillna("").astype(str)  # the forms stating this fact's figures
    label = mentions["fact_label"] + _ACCORDING + name + ")"
    return mentions.assign(fact_id=fact_id, fact_label=mentions["fact_label"].where(~split, label))


def claimant_labels(fact_id: pd.Series, said: pd.Series) -> pd.Series:
    """fact id → the name a fact split by claimant is labelled with: the form its own figures' claimants use most often
    (ties to the fullest), never a form of the same body that states none of them (a minister who gave another figure)."""
    forms = pd.DataFrame({"fact_id": fact_id.values, "said": said.values})
    counts = forms[forms["said"] != ""].value_counts().rename("n").reset_index()
    counts = counts.assign(length=counts["said"].str.len()).sort_values(["n", "length"], ascending=False, kind="stable")
    return counts.drop_duplicates("fact_id").set_index("fact_id")["said"]


# Lining up a figure only one article files under its fact id (its outlet worded the qualifiers differently: "37 of
# them" / "37 of 45 drones", "2,000 jobs" / "2,000 staff", a claimant named with or without its owner) with the fact
# other articles report with the same figure. Rules as data, each with the class of news text it covers.
LONE_MIN_VALUE = 10  # below this, two outlets' equal figures of one quantity are too often different facts
LONE_ALIGNMENT_RULES = pd.DataFrame([
    ("same_value", "value_low and value_high equal (an open side too): the same figure as stated",
     "37 of them / 37 of 45 drones; more than 200 / more than 200 soldiers"),
    ("same_quantity", "the same quantity, kind and earlier-event flag", "2,000 jobs / 2,000 staff at risk"),
    ("same_claimant_body", "claimant keys equal, or the words of one all within the other's",
     "air-force / aldria-s-air-force"),
    ("one_target", "exactly one fact of other articles fits, else the figure keeps its own id", "-"),
    ("lone_together", "only facts that one article each reports fit (the same figure filed apart in three outlets or "
     "more): all become one fact", "150 bitcoin / 150 bitcoin demanded / a ransom of 150 bitcoin"),
    ("min_value", f"values of at least {LONE_MIN_VALUE}: a small count repeats by chance", "6 soldiers stays apart"),
], columns=["name", "condition", "example"])
_FIGURE = ["quantity", "kind", "_earlier", "value_low", "value_high"]

# Quantity ids that may meet in the lone alignment (session 16): one outlet files a figure under a generic or
# near-synonym quantity ("€250m rescue" as money, "23 victims" as a count, "87 pupils missing" after an abduction)
# that other outlets file under the specific one. A lone fact of `quantity` may join a fact of one of `meets` (and
# a lone fact of one of `meets` a fact of `quantity`) under every other LONE_ALIGNMENT_RULES condition: the same
# figure, kind, earlier mark and body, one target only. Two quantities of `meets` never meet each other through it.
QUANTITIES_THAT_MEET = pd.DataFrame([
    ("money_named_later", "money", "aid_money|budget|compensation|damage_cost|fine|debt|market_value|revenue|profit|"
     "wage|salary|price|seized", "minister offers €250m rescue / a rescue package worth €250 million",
     "a sum an outlet gives with no word of what it is, against the same sum another names"),
    ("people_counted_by_noun", "count", "killed|injured|missing|rescued|affected|displaced|evacuated|homeless|arrested|"
     "detained|released|kidnapped|protesters|participants|strikers", "most of the 23 victims / 23 people died",
     "people counted by a noun (victims, pupils, guards) against the same figure another names by its verb"),
    ("held_people", "detained", "arrested", "191 soldiers were in detention / 191 soldiers arrested",
     "arrest and detention of one group are one count in news copy"),
    ("taken_and_missing", "kidnapped", "missing", "gunmen took 87 pupils / 87 pupils missing",
     "after an abduction the missing are the abducted not yet back"),
    ("share_named_later", "share", "percentage_change|growth_rate|interest_rate|inflation_rate|unemployment_rate|"
     "vote_share|turnout", "expects 1% / growth of 1%", "a percentage given bare against the same named one"),
], columns=["name", "quantity", "meets", "example", "note"])


def meeting_quantities(quantity: str) -> dict[str, str]:
    """{quantity id a lone figure of `quantity` may meet: the generic one of the two, whose fact must be bare}
    (itself included, with '' for no condition; QUANTITIES_THAT_MEET)."""
    out = {quantity: ""}
    for q, meets in zip(QUANTITIES_THAT_MEET["quantity"], QUANTITIES_THAT_MEET["meets"]):
        if q == quantity:
            out.update({m: q for m in meets.split("|") if m != quantity})
        elif quantity in meets.split("|"):
            out[q] = q
    return out


def bare_fact(fact_id: str, key: str) -> bool:
    """A fact id that names nothing past its quantity but a value ("money|250-million-eur", "count|23", with or
    without its claimant key): a figure lined up by value only, free to meet a named one (a figure kept as a fact of
    its own, "count|one-…", never is)."""
    base = fact_id[: -len(key) - 1] if key and fact_id.endswith("|" + key) else fact_id
    return all(p[:1].isdigit() for p in base.split("|")[1:])


def _same_body(a: str, b: str) -> bool:
    """Two claimant keys of one body: equal, or (both named) the words of one all within the other's."""
    if a == b:
        return True
    wa, wb = (frozenset(w for w in k.split("-") if w and w != "s") for k in (a, b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def lone_targets(mentions: pd.DataFrame, keys: pd.Series) -> dict[str, str]:
    """{fact id only one article reports: the one fact of other articles its figures match, or the first of the lone
    facts it matches when only lone facts do} (LONE_ALIGNMENT_RULES; `keys`: the mentions' claimant keys)."""
    reach = mentions.groupby("fact_id")["article_id"].nunique()
    frame = mentions.assign(_key=keys.values, _earlier=mentions["time_ref"].fillna("").astype(str))
    size = frame[["value_low", "value_high"]].abs().max(axis=1)  # "more than 200": an open side is part of the figure
    frame = frame[size.ge(LONE_MIN_VALUE)].assign(value_low=frame["value_low"].fillna(-math.inf),
                                                  value_high=frame["value_high"].fillna(math.inf))
    by_figure: dict[tuple, list] = {}  # one pass in plain Python: a pandas group per figure costs more than the work
    rows = list(zip(frame[_FIGURE].itertuples(index=False, name=None), frame["fact_id"], frame["article_id"], frame["_key"]))
    for figure, fact_id, article, key in rows:
        if not any(isinstance(v, float) and math.isnan(v) for v in figure):  # as a groupby, a missing key never matches
            by_figure.setdefault(figure, []).append((fact_id, article, key))
    lone = set(reach.index[reach.eq(1)])
    fits_of: dict[str, set] = {}
    met_of: dict[str, set] = {}  # facts of a quantity it may meet (QUANTITIES_THAT_MEET): only when none of its own fits
    bare_target: set[str] = set()  # facts met as the generic side (a bare "count|23" another quantity's figure meets)
    for figure, fact_id, article, key in rows:
        if fact_id in lone:
            for q, generic in meeting_quantities(figure[0]).items():
                fits = {other for other, other_article, other_key in by_figure.get((q, *figure[1:]), [])
                        if other != fact_id and other_article != article and _same_body(key, other_key) and
                        (not generic or (bare_fact(fact_id, key) if generic == figure[0] else bare_fact(other, other_key)))}
                (met_of if generic else fits_of).setdefault(fact_id, set()).update(fits)
                bare_target |= fits if generic and generic != figure[0] else set()
    targets, met = {}, set()
    for fact_id in dict.fromkeys([*fits_of, *met_of]):  # in the order met, as before
        fits = fits_of.get(fact_id) or met_of.get(fact_id, set())
        met |= {fact_id} if fits and not fits_of.get(fact_id) else set()
        if len(fits) == 1:
            targets[fact_id] = next(iter(fits))
        elif fits <= lone:  # only lone facts fit ("150 bitcoin" filed apart in three outlets): one fact, the first id
            targets[fact_id] = min(fits | {fact_id})
    # a bare fact met by another quantity's figure and itself moved on to a named fact would carry that figure there
    moved = {f for f, t in targets.items() if f != t}
    return {f: t for f, t in targets.items() if f != t and not (f in met and t in moved and t in bare_target)}


def _root(parent: dict[str, str], fact_id: str) -> str:
    while parent.get(fact_id, fact_id) != fact_id:
        fact_id = parent[fact_id]
    return fact_id


def align_lone_figures(mentions: pd.DataFrame) -> pd.DataFrame:
    """Figures only one article files under their fact id moved to the fact other articles report with the same
    figure (`lone_targets`); lone facts that match each other become one (the first id in order). Each lone fact has
    one target, so no two facts several articles report are ever joined."""
    if mentions.empty or not {"fact_id", "value_low", "value_high", "time_ref"} <= set(mentions.columns):
        return mentions
    keys = _claimant_keys(mentions) if "claimant" in mentions.columns else pd.Series("", index=mentions.index)
    targets = lone_targets(mentions, keys)
    parent: dict[str, str] = {}
    for lone, target in targets.items():
        ends = sorted({_root(parent, lone), _root(parent, target)}, key=lambda f: (f in targets, f))
        for f in ends[1:]:
            parent[f] = ends[0]
    if not parent:
        return mentions
    fact_id = mentions["fact_id"].map(lambda f: _root(parent, f))
    label = fact_id.map(mentions.groupby("fact_id")["fact_label"].first())
    return mentions.assign(fact_id=fact_id, fact_label=label)


def _holder_quantity(mentions: pd.DataFrame, holder: pd.Series, book: QuantityCodebook) -> pd.Series:
    """A bare share of a holder ("the Farmers' Party fell to 30%") counts what that holder's other shares in the corpus
    count, when they count one thing split by holder ("won 38% of the vote": vote share), else what the corpus's
    holders' shares count when that is one thing."""
    split = {q for q, spec in book.specs.items() if "holder" in spec.split_by}
    percent = mentions["kind"].eq("percent") & holder.ne("")
    said = mentions.loc[percent & mentions["quantity"].isin(split)].groupby(holder[percent])["quantity"].unique()
    known = {h: q[0] for h, q in said.items() if len(q) == 1}
    only = {q for qs in said for q in qs}  # else the one such quantity the corpus's holders have ("won 38% of the vote")
    bare = percent & mentions["quantity"].eq("share") & mentions["fact_id"].eq(slug("share"))
    fallback = only.pop() if len(only) == 1 else None
    return mentions["quantity"].where(~bare, holder.map(known).fillna(fallback).fillna(mentions["quantity"]))


def split_by_holder(mentions: pd.DataFrame, book: QuantityCodebook, texts: list[str] | None = None) -> pd.DataFrame:
    """Facts split by their holder where the taxonomy says so (`holder` in split_by: a party's seats and vote share),
    the holder named one way across the corpus (`helpers.actors.canonical_holders`; `texts`, the corpus's sentences,
    tell whose party "Lind's party" is)."""
    if "holder" not in mentions.columns or mentions.empty:
        return mentions
    holder = canonical_holders(mentions["holder"], texts)
    quantity = _holder_quantity(mentions, holder, book)
    moved = quantity != mentions["quantity"]
    fact_id = mentions["fact_id"].where(~moved, quantity.map(slug))
    label = mentions["fact_label"].where(~moved, quantity.map(lambda q: book.specs[q].label))
    split = holder.ne("") & quantity.map(lambda q: "holder" in book.specs[q].split_by)
    return mentions.assign(quantity=quantity, fact_id=fact_id.where(~split, fact_id + "|" + holder.map(slug)),
                           fact_label=label.where(~split, label + " (" + holder + ")"))


def month_dates(mentions: pd.DataFrame) -> pd.DataFrame:
    """A date given to the month ("October 2008") is the date given to the day in that month ("10 October 2008") when
    the corpus gives exactly one such day: lined up by value, the two read as one date."""
    if mentions.empty or "kind" not in mentions.columns:
        return mentions
    dates = mentions[mentions["kind"].eq("date") & mentions["value_low"].eq(mentions["value_high"])
                     & mentions["value_low"].notna()]
    value = dates["value_low"].astype("int64")
    month_only = value % 100 == 0
    days = dates[~month_only].assign(_m=value[~month_only] // 100).groupby("_m")
    one_day = {m: (g["fact_id"].iloc[0], g["fact_label"].iloc[0]) for m, g in days if g["fact_id"].nunique() == 1}
    fact_id, label = mentions["fact_id"].copy(), mentions["fact_label"].copy()
    for idx, v in value[month_only & (value % 10000 != 0)].items():
        if v // 100 in one_day and fact_id[idx] == slug("date") + "|" + slug(describe(v, v, "", "exact", "date")):
            fact_id[idx], label[idx] = one_day[v // 100]
    return mentions.assign(fact_id=fact_id, fact_label=label)


MIN_ARTICLES_FOR_EVENT_PLACE = 3  # a place the articles' leads name is the event's own place only in a real corpus
EVENT_PLACE_SHARE = 0.75  # ... and only when three leads in four name it (one outlet may lead on a side story)


def event_places(sentences: pd.DataFrame, candidates: set[str]) -> set[str]:
    """The candidate names that the lead (headline, standfirst, first body sentence) of three articles in four (at least
    EVENT_PLACE_SHARE of them) names: the event's own place."""
    if sentences.empty or sentences["article_id"].nunique() < MIN_ARTICLES_FOR_EVENT_PLACE or not candidates:
        return set()
    body = sentences[sentences["role"] == "body"]
    first = body[body["block_no"] == body.groupby("article_id")["block_no"].transform("min")]
    first = first[first["sentence_no"] == first.groupby("article_id")["sentence_no"].transform("min")]
    lead = pd.concat([sentences[sentences["role"].isin(["headline", "standfirst"])], first])
    texts = lead.groupby("article_id")["text"].agg(" ".join).reindex(sentences["article_id"].unique()).fillna("")
    share = {c: sum(bool(re.search(rf"\b{re.escape(c)}\b", t)) for t in texts) / len(texts) for c in candidates}
    return {c for c, s in share.items() if s >= EVENT_PLACE_SHARE}


def without_event_place(mentions: pd.DataFrame, sentences: pd.DataFrame, book: QuantityCodebook) -> pd.DataFrame:
    """A count of the event's own place ("13 deaths in Dorva" when every article's lead is about Dorva) is the count
    of the whole event, not of a part of it: its area leaves the fact id."""
    if "area" not in mentions.columns or mentions.empty or \
            not (places := event_places(sentences, set(mentions["area"].fillna("")) - {""})):
        return mentions
    hit = mentions["area"].isin(places) & mentions["quantity"].map(lambda q: "area" in book.specs[q].split_by)
    if not hit.any():
        return mentions
    fact_id = [re.sub(rf"\|{re.escape(slug(a))}(?=\||$)", "", f, count=1) if h else f
               for f, a, h in zip(mentions["fact_id"], mentions["area"], hit)]
    label = [lab.replace(f" ({a})", "", 1) if h else lab for lab, a, h in zip(mentions["fact_label"], mentions["area"], hit)]
    return mentions.assign(fact_id=fact_id, fact_label=label, area=mentions["area"].where(~hit, ""))


# A group its figures name that is who the event happened to ("two miners were killed" in a mine collapse, beside "the
# death toll rose to three"), not a part of a toll ("45 dead, 12 of them children"): the group leaves the fact id when its
# figures are of the size of the same fact's figures that name no group (their median at least MAIN_GROUP_SHARE of
# theirs) and it is the group of most figures that name one. A part is smaller than its whole; the event's own people
# are counted at the whole's size, and an event of two groups (civilians and soldiers) has no group of its own.
MAIN_GROUP_SHARE = 0.5
MAIN_GROUP_MAJORITY = 2 / 3  # … and only the group most figures naming a group name ("civilians" and "soldiers": neither)


def _group_part(row, book: QuantityCodebook) -> str:
    """The slug of the group a figure's fact id names after its quantity ("killed|miner" → "miner"), '' when none."""
    if not isinstance(row.unit, str) or not row.unit or "group" not in book.specs[row.quantity].split_by:
        return ""
    group = _group_of(row.quantity, row.unit, book)
    return slug(group) if group and row.fact_id.startswith(f"{slug(row.quantity)}|{slug(group)}") else ""


def without_main_group(mentions: pd.DataFrame, book: QuantityCodebook) -> pd.DataFrame:
    """A figure whose group is the event's own people (see MAIN_GROUP_SHARE) joins the fact that names no group."""
    if mentions.empty or "quantity" not in mentions.columns:
        return mentions
    groups = [_group_part(r, book) for r in mentions[["unit", "quantity", "fact_id"]].itertuples(index=False)]
    bare_id = [re.sub(rf"^([^|]+)\|{re.escape(g)}(?=\||$)", r"\1", f) if g else f
               for f, g in zip(mentions["fact_id"], groups)]
    values = mentions["value_low"].where(mentions["value_low"].notna(), mentions["value_high"])
    bare = values[[not g for g in groups]].groupby(mentions["fact_id"][[not g for g in groups]]).median()
    by_group = values.groupby([pd.Series(groups, index=mentions.index), pd.Series(bare_id, index=mentions.index)])
    grouped, counts = by_group.median(), by_group.size()
    named = counts[[bool(g) for g, _ in counts.index]].groupby(level=1).sum()  # figures naming any group, per fact
    main = {(g, b) for (g, b), v in grouped.items() if g and b in bare.index and v >= MAIN_GROUP_SHARE * bare[b]
            and counts[g, b] >= MAIN_GROUP_MAJORITY * named[b]}
    hit = pd.Series([(g, b) in main for g, b in zip(groups, bare_id)], index=mentions.index)
    if not hit.any():
        return mentions
    label = [re.sub(r" \([^()]*\)", "", lab, count=1) if h else lab for lab, h in zip(mentions["fact_label"], hit)]
    return mentions.assign(fact_id=pd.Series(bare_id, index=mentions.index).where(hit, mentions["fact_id"]),
                           fact_label=pd.Series(label, index=mentions.index))


# A figure one article marks as an earlier event's ("the 2011 cyclone, which killed 212 people") and another gives
# without the earlier-event words ("Belun killed 212 people in the province") is the earlier event's figure there too,
# never the current toll it would otherwise join. Rules as data, each with the class of news text it covers.
EARLIER_BY_VALUE_RULES = pd.DataFrame([
    ("same_fact", "the same fact id once the earlier-event part is set aside, and the same value_low and value_high",
     "the 2011 cyclone, which killed 212 people / Belun killed 212 people"),
    ("kinds", "counts, money and shares only: a clock time or a duration repeats by chance ('40 hours', '6.15 a.m.')",
     "fined €1.2 million (2011) / was fined €1.2 million"),
    ("min_value", f"values of at least {LONE_MIN_VALUE}: a small count repeats by chance", "four inmates died stays"),
    ("not_outnumbered", "at least as many articles mark the figure earlier as give it unmarked: one article's slip does "
     "not carry a current figure into the past", "28.5% marked earlier once, given as today's stake four times"),
], columns=["name", "condition", "example"])
EARLIER_BY_VALUE_KINDS = frozenset({"count", "money", "percent"})
_EARLIER_PART = re.compile(r"\|earlier(?=\||$)")


def earlier_by_value(mentions: pd.DataFrame) -> pd.DataFrame:
    """Figures another article marks as an earlier event's, given without the earlier-event words, join that earlier
    fact and are marked earlier (EARLIER_BY_VALUE_RULES)."""
    needed = {"fact_id", "time_ref", "kind", "value_low", "value_high", "article_id"}
    if mentions.empty or not needed <= set(mentions.columns):
        return mentions
    earlier = mentions["time_ref"].fillna("").astype(str).eq("earlier")
    size = mentions[["value_low", "value_high"]].abs().max(axis=1)
    fits = size.ge(LONE_MIN_VALUE) & mentions["value_low"].notna() & mentions["kind"].isin(EARLIER_BY_VALUE_KINDS)
    figure = pd.Series(list(zip(mentions["fact_id"].map(lambda f: _EARLIER_PART.sub("", f)), mentions["value_low"],
                                mentions["value_high"].fillna(math.inf))), index=mentions.index)  # an open side too
    marked = mentions[fits & earlier].groupby(figure[fits & earlier])
    targets = {k: (g["fact_id"].iloc[0], set(g["article_id"])) for k, g in marked if g["fact_id"].nunique() == 1}
    plain = fits & ~earlier & figure.isin(list(targets))
    given = mentions[plain].groupby(figure[plain])["article_id"].agg(set)
    fact_id, time_ref = mentions["fact_id"].copy(), mentions["time_ref"].copy()
    for idx in mentions.index[plain]:
        target, marking = targets[figure[idx]]
        if mentions.at[idx, "article_id"] not in marking and len(marking) >= len(given[figure[idx]] - marking):
            fact_id[idx], time_ref[idx] = target, "earlier"
    moved = fact_id.ne(mentions["fact_id"])
    if not moved.any():
        return mentions
    label = fact_id.map(mentions.groupby("fact_id")["fact_label"].first())
    return mentions.assign(fact_id=fact_id, time_ref=time_ref, fact_label=mentions["fact_label"].where(~moved, label))


# Figures of one fact whose values lie far apart are different facts (session 18, grouping18): a count of one noun,
# a percentage move or a distance carries no cue that tells "412 exam centres" from "62,000 candidates' 7,842 polling
# stations", so every figure of the noun met in one fact. A revision or a dispute of such a figure stays within a
# factor of `factor`; figures farther apart (sorted by value, a gap wider than the factor between one figure and the
# largest below it) are split, the cluster most articles give keeping the fact id and each other taking the value it
# starts at ("count|station|from-19"). A fact lined up by value alone ("count|23", "count|one-…") is never split.
# Rules as data: name, quantities (pattern on the quantity id), factor, example (two figures kept apart), note.
VALUE_SPREAD_RULES = pd.DataFrame([
    ("counts_of_one_noun", "count", 3.0, "7,842 polling stations nationwide / the 1,130 stations of the capital",
     "a generic count of one noun (stations, inmates, points, doses): a part, a total and a capacity share the noun"),
    ("percentage_moves", "percentage_change", 3.0, "Veltra's shares slipped 4.2% / Lindqvist closed 35.6% higher",
     "moves of different holders, days or periods filed under one move of the stock"),
    ("distances", "distance", 3.0, "the airport lies 12 km from the city / the hall is 3 km from the runway",
     "distances of different things from one place (compared in one unit: \"3 km\" and \"3,000 metres\" stay one)"),
], columns=["name", "quantities", "factor", "example", "note"])
_VALUE_SPREAD = [(re.compile(r.quantities), float(r.factor)) for r in VALUE_SPREAD_RULES.itertuples(index=False)]


def _spread_factor(quantity: str) -> float | None:
    return next((f for q, f in _VALUE_SPREAD if q.fullmatch(str(quantity))), None)


def value_clusters(bounds: list[tuple[float, float]], factor: float) -> list[int]:
    """Per (low, high) figure, its cluster: sorted by low, a figure starts a new cluster when its low is more than
    `factor` times the highest value before it (single linkage, so a chain of close revisions stays one)."""
    out, cluster, top = [0] * len(bounds), 0, None
    for i in sorted(range(len(bounds)), key=lambda i: bounds[i][0]):
        low, high = bounds[i]
        if top is not None and low > factor * top:
            cluster += 1
        out[i], top = cluster, high if top is None else max(top, high)
    return out


def split_far_values(mentions: pd.DataFrame) -> pd.DataFrame:
    """Facts of VALUE_SPREAD_RULES quantities split where their figures' values lie more than the rule's factor apart
    (see VALUE_SPREAD_RULES), after the split by claimant (one claimant's figures at a time); facts lined up by value
    alone are left as they are."""
    needed = {"fact_id", "fact_label", "quantity", "value_low", "value_high", "article_id"}
    if mentions.empty or not needed <= set(mentions.columns):
        return mentions
    scale = base_unit_factors(mentions)
    low = mentions["value_low"].where(mentions["value_low"].notna(), mentions["value_high"]) * scale
    high = mentions["value_high"].where(mentions["value_high"].notna(), mentions["value_low"]) * scale
    factors = mentions["quantity"].map(_spread_factor)
    ok = factors.notna() & low.gt(0) & ~mentions["fact_id"].map(lambda f: _alone_by_value(str(f)))
    fact_id, label = mentions["fact_id"].copy(), mentions["fact_label"].copy()
    keys = _claimant_keys(mentions) if "claimant" in mentions.columns else pd.Series("", index=mentions.index)
    for fid, group in mentions[ok].groupby("fact_id"):
        clusters = pd.Series(value_clusters(list(zip(low[group.index], high[group.index])), factors[group.index[0]]),
                             index=group.index)
        if clusters.nunique() < 2:
            continue
        reach = group.groupby(clusters)["article_id"].nunique()
        keep = reach.idxmax()  # most articles; ties to the lowest values
        for c, rows in clusters.groupby(clusters).groups.items():
            if c != keep:
                start = describe_value((low[rows] / scale[rows]).min())  # as written, in the figures' own unit
                fact_id[rows] = [_with_part(fid, f"from-{slug(start)}", k) for k in keys[rows]]
                label[rows] = [lab.replace(_ACCORDING, f" (from {start})" + _ACCORDING, 1) if _ACCORDING in lab
                               else f"{lab} (from {start})" for lab in label[rows]]
    return mentions.assign(fact_id=fact_id, fact_label=label)


def _with_part(fact_id: str, part: str, key: str) -> str:
    """The fact id with `part` added before its claimant key (the split by claimant stays last)."""
    if key and fact_id.endswith("|" + key):
        return f"{fact_id[: -len(key) - 1]}|{part}|{key}"
    return f"{fact_id}|{part}"


def _alone_by_value(fact_id: str) -> bool:
    """A fact id lined up by value alone or kept on its own: its second part a value ("count|23") or "one-…"."""
    second = (fact_id.split("|") + [""])[1]
    return second[:1].isdigit() or second.startswith("one-")


def describe_value(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 else f"{value:g}"


def base_fact(mentions: pd.DataFrame) -> pd.Series:
    """The fact id before the split by claimant (all claimants' figures on the same thing)."""
    if "claimant" not in mentions.columns:
        return mentions["fact_id"]
    suffix = "|" + _claimant_keys(mentions)
    return pd.Series([f[: -len(s)] if s != "|" and f.endswith(s) else f for f, s in zip(mentions["fact_id"], suffix)],
                     index=mentions.index)


def claimants_differ(mentions: pd.DataFrame) -> set[str]:
    """The facts whose base fact has figures from several claimants that cannot all be true together: each fact's
    widest interval (`_bounds`) per base fact, compared in one grouped pass (mentions with intervals, see
    `with_intervals`; else, or when an interval is undefined, fact by fact as `claimants_differ_by_group`)."""
    if mentions.empty or not {"_lo", "_hi"} <= set(mentions.columns) or mentions[["_lo", "_hi"]].isna().any().any():
        return claimants_differ_by_group(mentions)
    bounds = (mentions.assign(_base=base_fact(mentions)).groupby(["_base", "fact_id"], sort=False)
              .agg(lo=("_lo", "min"), hi=("_hi", "max")))
    per_base = bounds.groupby(level=0, sort=False).agg(n=("lo", "size"), lo=("lo", "max"), hi=("hi", "min"))
    differ = per_base.index[(per_base["n"] > 1) & (per_base["lo"] > per_base["hi"])]
    return set(bounds.index.get_level_values("fact_id")[bounds.index.get_level_values("_base").isin(differ)])


def claimants_differ_by_group(mentions: pd.DataFrame) -> set[str]:
    """`claimants_differ`, one base fact at a time."""
    out: set[str] = set()
    for _, group in mentions.assign(_base=base_fact(mentions)).groupby("_base"):
        if group["fact_id"].nunique() > 1 and not _overlap_all(group.assign(article_id=group["fact_id"])):
            out |= set(group["fact_id"])
    return out


def _claimants(group: pd.DataFrame) -> set[str]:
    """The claimants of a fact's mentions, one per body however it is named ('the coastguard', 'Coastguard
    spokeswoman Ana Ruiz'): `_claimant_key` when the summary has set it, else the claimant as written."""
    if "_claimant_key" in group.columns:
        return set(group["_claimant_key"])
    if "claimant" not in group.columns:
        return {""}
    return set(group["claimant"].fillna("").astype(str).str.strip().str.lower())


# Quantities whose true value does not change while an event is reported: two figures of one of them published hours
# apart are outlets disagreeing, never a revision (a toll rises through the day; a town does not move).
NEVER_REVISED = pd.DataFrame([
    ("distance", "the distance between two places", "2 km from the city centre vs 3 km"),
    ("age", "a person's or an object's age", "aged 61 vs 62"),
    ("year", "a year something happened", "built in 1968 vs 1986"),
    ("date", "a date something happened", "opened on 4 May vs 5 May"),
], columns=["quantity", "why", "example"])
_NEVER_REVISED = frozenset(NEVER_REVISED["quantity"])


def difference_kind(group: pd.DataFrame) -> str:
    """Which kind of difference the reports of one fact show: `claimants` (different claimants give different
    figures), `revision` (every time a figure was published or stated "as of", the sources agree; the figure
    changed between times, one way: `_one_way_in_time`) or `outlets` (outlets differ on the same claim at about the
    same time, `SAME_TIME`, or on a figure that is never revised: an earlier event's, a quantity of `NEVER_REVISED`)."""
    if len(_claimants(group)) > 1:
        return "claimants"
    if "time_ref" in group.columns and (group["time_ref"].fillna("").astype(str) == "earlier").all():
        return "outlets"  # a figure about an earlier event is history: the day's reports do not revise it
    if "quantity" in group.columns and group["quantity"].isin(_NEVER_REVISED).all():
        return "outlets"
    when = figure_time(group)  # session 19: a live page's figures at their entry's time
    if when.isna().all() and (group.get("as_of", pd.Series("", index=group.index)) == "").all():
        return "outlets"
    as_of = group.get("as_of", pd.Series("", index=group.index)).fillna("").astype(str)
    bucket = same_time(when).astype(str) + "|" + as_of  # NaN where the time is unknown: left out...
    bucket = bucket.where(bucket.notna(), ("|" + as_of).where(as_of != ""))  # ...unless the text says "as of" when
    buckets = [_bounds(g) for _, g in group.groupby(bucket)]
    agree_within = all(_overlap_all(g) for _, g in group.groupby(bucket))
    revised = len(buckets) > 1 and agree_within and _one_way_in_time(group, when, as_of)
    return "revision" if revised else "outlets"


def same_time(when: pd.Series) -> pd.Series:
    """Per row, the first publication time of its group of reports at about the same time (`SAME_TIME`): in time
    order, a report joins the group of the one before unless it came `SAME_TIME` or more after that group's first.
    NaT where the time is unknown."""
    times = when.dropna().sort_values(kind="stable")
    starts, start = {}, None
    for index, t in times.items():
        start = t if start is None or t - start >= SAME_TIME else start
        starts[index] = start
    return pd.Series(starts, index=when.index, dtype=when.dtype) if len(starts) else when.copy()


def _one_way_in_time(group: pd.DataFrame, when: pd.Series, as_of: pd.Series) -> bool:
    """Whether the figures, in order of publication, can only rise or only fall (hedges read as intervals: "nearly
    250" after 236 and before 241 can be a rise): a toll revised through the day climbs (4, 11, 17), a missing count
    falls; 9 at 8 a.m., then 6, then 8 is outlets differing, not a revision. A superseded figure ("up from 180
    announced earlier", "earlier reports had put it at 9") has no time of its own, only that it came before its
    article's own figures, and is set against those. Figures without a time are left out."""
    old = as_of.map(lambda a: bool(SUPERSEDED.match(a)))
    if _one_way(group, when, old):
        return True
    told = old.any() or group.get("sentence", pd.Series("", index=group.index)).fillna("").astype(str).str.contains(
        _SAYS_CHANGED).any()
    return bool(told) and any(_one_way(group.drop(index=i), when.drop(index=i), old.drop(index=i))
                              for i in _stray_parts(group, old))


def _one_way(group: pd.DataFrame, when: pd.Series, old: pd.Series) -> bool:
    """`_one_way_in_time` on the mentions as they are."""
    timed = group.assign(_when=when).dropna(subset=["_when"])
    steps = [_common(g) for _, g in timed[~old.reindex(timed.index).astype(bool)].groupby("_when", sort=True)]
    pairs = _superseded_pairs(group, old)
    return any(_monotone(steps, sign) and all(_monotone(list(p), sign) for p in pairs) for sign in (1, -1))


# Session 16 (nureport16): one stray part must not turn a revision into a dispute. An article that gives a fact's
# figure and a smaller part of it under the same fact ("injured rise to 19 … Four were still being treated") sets the
# part beside the whole; when the text says the figure changed (a superseded figure, "has risen to", "rose to"), the
# sequence is read once more without that one part (one at a time, never two). Rules as data: name, pattern, example,
# note.
SAYS_CHANGED_RULES = pd.DataFrame([
    ("risen_to", r"\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|grown|increased|jumped|fallen|dropped|"
     r"decreased)\s+to\b", "the number of people hurt has risen to 19", "a perfect tense of change: a new figure"),
    ("rose_to", r"\b(?:rose|rise|rises|climbed|climbs|jumped|grew|increased|fell|dropped|decreased)\s+to\b",
     "the number of workers on strike rose to 4,000", "a past or headline present of change"),
    ("up_from", r"\b(?:up|down)\s+from\b", "27 people had been treated, up from 12 on Thursday night",
     "a figure set against the one it replaces"),
], columns=["name", "pattern", "example", "note"])
_SAYS_CHANGED = re.compile("(?i)" + "|".join(f"(?:{p})" for p in SAYS_CHANGED_RULES["pattern"]))


def _stray_parts(group: pd.DataFrame, old: pd.Series) -> list:
    """The mentions that may be a part beside the whole in their own article: an article's figure (not a superseded
    one) entirely below another figure of the same article (each is left out alone, never two at once)."""
    current = group[~old.reindex(group.index).fillna(False).astype(bool)]
    parts = []
    for _, own in current.groupby("article_id", sort=False):
        if len(own) < 2:
            continue
        bounds = {i: _bounds(own.loc[[i]]) for i in own.index}
        top = max(lo for lo, _ in bounds.values())
        parts += [i for i, (_, hi) in bounds.items() if hi < top]
    return parts


def _common(group: pd.DataFrame) -> tuple[float, float]:
    """The values the mentions of one time allow when they state one figure alike, hedge and all ("nearly 250":
    225 to 275); else (one article's 96.4 and 91.8, "up to 375" and "around 150") the middle of their widest
    interval, as one point."""
    pairs = _intervals(group)
    lo, hi = max(p[0] for p in pairs), min(p[1] for p in pairs)
    as_written = set(_intervals(group, widen=False))
    stated = [v for p in as_written for v in p if math.isfinite(v) and v > 0]
    one_figure = len(as_written) == 1  # "dozens" (24 to 99) or "35 to 40" stated once: one figure, not two
    if lo <= hi and stated and (one_figure or max(stated) <= ROUNDING_SPREAD * min(stated)):
        return lo, hi
    mid = _mid(group)
    return mid, mid


def _mid(group: pd.DataFrame) -> float:
    """The middle of the widest interval of some mentions (its low end when it is open above)."""
    lo, hi = _bounds(group)
    return lo if not math.isfinite(hi) else (lo + hi) / 2


def _monotone(bounds: list[tuple[float, float]], sign: int) -> bool:
    """Whether values, one in each interval in turn, can only rise (`sign` 1) or only fall (-1)."""
    x = -math.inf
    for lo, hi in bounds:
        lo, hi = (lo, hi) if sign > 0 else (-hi, -lo)
        x = max(x, lo)
        if x > hi:
            return False
    return True


def _superseded_pairs(group: pd.DataFrame, old: pd.Series) -> list[tuple[tuple, tuple]]:
    """Per article that gives both, (its superseded figures' interval, its own figures' interval): "212, up from 180
    announced earlier" says the figure rose, whenever the 180 was first published."""
    return [(_common(g[old[g.index]]), _common(g[~old[g.index]])) for _, g in group.groupby("article_id")
            if old[g.index].any() and not old[g.index].all()]


def _overlap_all(group: pd.DataFrame) -> bool:
    bounds = [_bounds(g) for _, g in group.groupby("article_id")]
    return max(lo for lo, _ in bounds) <= min(hi for _, hi in bounds)


# Figures of one fact whose intervals all overlap and whose stated values differ by at most this factor state the same
# figure rounded or converted differently ("11 km" and "some 7 miles"; "about 300" and "310"): not a disagreement.
ROUNDING_SPREAD = 1.1

_ROW_COLUMNS = ["fact_id", "article_id", "fact_label", "quantity", "kind", "_lo", "_hi", "_lo0", "_hi0", "comparable",
                "scope", "hedge", "text", "news_value", "published", "as_of", "figure_time"]


def _records(mentions: pd.DataFrame) -> list:
    """The mentions (with intervals) as plain named tuples (`Index`, the columns above, `_lo` read as `i_lo`...): a
    fact's figures are compared in plain Python, never through a DataFrame per fact and source."""
    plain = mentions.reindex(columns=_ROW_COLUMNS).rename(columns=lambda c: "i" + c if c.startswith("_") else c)
    if "published" not in mentions.columns:
        plain["published"] = pd.NaT
    plain["figure_time"] = figure_time(plain)  # the figure's own time where known (session 19), else its page's
    return list(plain.itertuples(index=True))


# An "as of" that names no time but an earlier figure of the same fact (the context cues superseded_*): the figure is
# marked as an earlier one, never stamped "as of Earlier reports". Rules as data: name, pattern (matched at the start
# of the cue's `at` words), example, note.
SUPERSEDED_RULES = pd.DataFrame([
    ("earlier_report", r"(?:earlier|initial|original|previous|initially|originally|previously)\b",
     "Earlier reports had put the toll at four", "superseded_figure: an earlier report, estimate or count"),
    ("changed_from", r"(?:up|down|revised|raised|lowered|cut|corrected|updated|increased|reduced|rose|fell|risen|fallen|"
     r"climbed|jumped|dropped|grew)\b(?:\s+\S+){0,8}?\s+from$",
     "212 operations, up from 180 announced earlier", "superseded_up_from / _count_revised / _revised_from / "
     "_report_noun_change: the figure a count or estimate was changed from (session 14)"),
    ("had_given", r"had\s+(?:(?:earlier|first|initially)\s+)?(?:given|put|published|released|announced|reported|stated|"
     r"estimated)\b", "the ministry, which had given figures of nine dead",
     "superseded_past_perfect: a figure a body had given before its current one (session 14)"),
    ("as_first_reported", r"as\s+(?:first|initially|originally|earlier|previously)\b", "Five vehicles, not three as first "
     "reported", "superseded_not_as_first_reported: the figure a correction replaces (session 19)"),
], columns=["name", "pattern", "example", "note"])
SUPERSEDED = re.compile("(?i)(?:" + "|".join(f"(?:{p})" for p in SUPERSEDED_RULES["pattern"]) + ")")


def _timeline(rows: list, sources: dict[str, str]) -> str:
    """`timeline` of one fact's records: latest first (ties keep their order), unknown times last; each record at its
    figure's time (a live page's entry time, session 19), so a live page's entries are parts of their own."""
    ordered = sorted(rows, key=lambda r: (1, 0) if pd.isna(r.figure_time) else (0, -r.figure_time.value))
    per_article: dict[tuple, list] = {}
    for r in ordered:
        per_article.setdefault((r.article_id, r.figure_time), []).append(r)
    parts = []
    for (article_id, _), own in per_article.items():
        t = own[0].figure_time
        stamp = [t.strftime("%Y-%m-%d %H:%M") + (" UTC" if t.tzinfo is not None else "")] if pd.notna(t) else []
        stamp += [f"as of {a}" for a in dict.fromkeys(r.as_of for r in own) if isinstance(a, str) and a
                  and not SUPERSEDED.match(a)]
        parts.append(f"{sources.get(article_id, article_id)}" + (f" ({', '.join(stamp)})" if stamp else "")
                     + ": " + ", ".join(r.text + (" (an earlier figure)" if isinstance(r.as_of, str)
                                                  and SUPERSEDED.match(r.as_of) else "") for r in own))
    return " | ".join(parts)


def timeline(group: pd.DataFrame, sources: dict[str, str]) -> str:
    """Each source's figures with their time, latest publication first: 'B (2024-10-16 18:00 UTC): 15 | A (…): 12'.
    Publication times are UTC (the manifest's and metadata's offsets applied); an "as of" time is the text's own,
    usually local, and is marked so."""
    return _timeline(_records(group), sources)


def _fact_row(fact_id: str, rows: list, n_articles: int, sources: dict[str, str], group) -> dict:
    """The fact_summary row of one fact from its records; `group()` gives its mentions as a DataFrame (read only
    for a disputed fact, to tell which kind of difference it is)."""
    per_source: dict[str, list] = {}
    for r in rows:
        per_source.setdefault(r.article_id, []).append(r)
    bounds = [(min(r.i_lo for r in own), max(r.i_hi for r in own)) for own in per_source.values()]
    overlap = max(lo for lo, _ in bounds) <= min(hi for _, hi in bounds)
    stated = [float(v) for r in rows for v in (r.i_lo0, r.i_hi0) if math.isfinite(v) and v > 0]
    comparable = bool(all(r.comparable for r in rows))
    spread = float(max(stated) / min(stated)) if stated else 1.0
    scope_conflict = len(per_source) > 1 and len({frozenset({r.scope for r in own} - {""})
                                                  for own in per_source.values()}) > 1
    hedge_mix = len(per_source) > 1 and len({all(r.hedge == "exact" for r in own) for own in per_source.values()}) > 1
    n_reporting = len(per_source)
    rounded_alike = overlap and not scope_conflict and spread <= ROUNDING_SPREAD
    score = (2.0 * (not overlap) + 1.0 * scope_conflict + 0.5 * hedge_mix + math.log10(spread)) \
        if n_reporting > 1 and comparable and not rounded_alike else 0.0
    disputed = score > 0 and (not overlap or spread > 1)
    values = [r.news_value for r in rows if pd.notna(r.news_value)]
    news_value = int(max(values)) if values else 0
    return {
        "fact_id": fact_id, "fact_label": rows[0].fact_label, "quantity": rows[0].quantity,
        "kind": rows[0].kind, "n_reporting": n_reporting, "n_silent": n_articles - n_reporting,
        "n_mentions": len(rows), "low": min(stated) if stated else np.nan,
        "high": max(stated) if stated else np.nan, "spread": spread, "intervals_overlap": bool(overlap),
        "scope_conflict": bool(scope_conflict), "hedge_mix": bool(hedge_mix), "comparable": comparable,
        "disagreement": round(score, 4), "difference": difference_kind(group()) if disputed else "",
        "timeline": _timeline(rows, sources), "news_value": news_value,
        "headline_ok": bool(n_reporting > 1 and comparable and news_value > 0),  # then `headline_fit`
    }


def fact_rows(mentions: pd.DataFrame, n_articles: int, sources: dict[str, str]) -> list[dict]:
    """One `_fact_row` per fact of `mentions` (with intervals, see `with_intervals`), by fact id: linear in the
    mentions."""
    facts: dict[str, list] = {}
    for r in _records(mentions):
        facts.setdefault(r.fact_id, []).append(r)
    return [_fact_row(f, rows, n_articles, sources, lambda rows=rows: mentions.loc[[r.Index for r in rows]])
            for f, rows in sorted(facts.items())]


def fact_summary(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per fact: how many sources report it or are silent, how much and how they differ, its rank.

    intervals_overlap: every reporting source's interval (hedges applied) shares a value with every other's;
    scope_conflict: sources state different scopes (each side vs total vs one side) or only some state one;
    hedge_mix: some sources give the figure exactly and others hedged; spread: highest over lowest stated value.
    disagreement = 2·(intervals do not overlap) + scope_conflict + 0.5·hedge_mix + log10(spread);
    0 for facts reported by one source, for quantities the codebook does not compare (dates, time spans) and for
    figures that state the same value rounded or converted differently (intervals overlap, no scope conflict, values
    within `ROUNDING_SPREAD`: "11 km" and "some 7 miles").
    difference: revision, claimants or outlets (see `difference_kind`) for facts whose figures differ; `claimants`
    also for a fact whose claimant's figures cannot be squared with another claimant's on the same thing (never for
    a fact sources are not compared on: the clock times of two updates are no dispute).
    rank (news value first): facts fit to headline (shared by two or more sources, comparable, of a quantity with
    news value) lead, then facts shared by two or more sources; within those, quantities of higher news value
    (people affected first), then facts more articles state in their headline or standfirst, then larger
    disagreement, then more sources.
    """
    sources = dict(zip(articles["article_id"], articles["source"]))
    mentions = with_claimant_key(with_intervals(mentions))
    rows = fact_rows(mentions, len(articles), sources)
    frame = pd.DataFrame(rows, columns=SUMMARY_COLUMNS[:-1]).assign(shared=lambda d: d["n_reporting"] >= 2)
    between = frame["fact_id"].isin(claimants_differ(mentions)) & (frame["difference"] == "") & frame["comparable"]
    frame.loc[between, "difference"] = "claimants"
    frame["in_leads"] = frame["fact_id"].map(sources_leading_with(mentions)).fillna(0).astype(int)
    frame["headline_ok"] = headline_fit(frame.assign(points=frame["fact_id"].map(point_facts(mentions)).fillna(True)))
    frame = frame.sort_values(["headline_ok", "shared", "news_value", "in_leads", "disagreement", "n_reporting", "fact_id"],
                              ascending=[False, False, False, False, False, False, True]).reset_index(drop=True)
    return frame.drop(columns=["shared", "in_leads"]).assign(rank=np.arange(1, len(frame) + 1))[SUMMARY_COLUMNS]


LEAD_ROLES = ("headline", "standfirst")  # the text roles where an outlet says what its story is about

# Quantities that describe one person or place the story in time: never fit to headline however many sources give
# them, the same or not (the age of a patient two outlets quote is colour, not the event's figure). `points_only`:
# only when every figure of the fact is one exact value (an age limit, "aged 18 to 25", "under 25", is a term of the
# event and may lead).
NEVER_LEADS = pd.DataFrame([
    ("age", True, "one exact age describes one person, not what happened",
     "Grandmother Ann Roe, 74, had her operation cancelled"),
    ("year", False, "places the story in time", "the worst disruption since 2019"),
    ("date", False, "places the story in time", "the strike began on 4 May"),
    ("time_of_day", False, "places the story in time", "the walkout began at 7am"),
], columns=["quantity", "points_only", "note", "example"])
_NEVER_LEADS = dict(zip(NEVER_LEADS["quantity"], NEVER_LEADS["points_only"]))

# A fact this many articles state in their headline or standfirst is the event's own figure (operations cancelled,
# flights grounded, homes without power) even when the taxonomy has no quantity of news value for what it counts.
LEAD_QUORUM = 2


def headline_fit(frame: pd.DataFrame) -> pd.Series:
    """Per fact_summary row (with `in_leads` and `points`: every figure one exact value): fit to headline when shared
    by two or more sources, comparable, not of a quantity that `NEVER_LEADS`, and of news value by its quantity or
    because `LEAD_QUORUM` articles lead with it."""
    valued = (frame["news_value"] > 0) | (frame["in_leads"] >= LEAD_QUORUM)
    never = frame["quantity"].map(_NEVER_LEADS)
    excluded = never.notna() & (~never.fillna(False).astype(bool) | frame["points"].astype(bool))
    return ((frame["n_reporting"] > 1) & frame["comparable"].astype(bool) & valued & ~excluded).astype(bool)


def point_facts(mentions: pd.DataFrame) -> pd.Series:
    """Per fact id: whether every figure is one exact value ("74"; not "aged 18 to 25", "under 25")."""
    point = mentions["hedge"].eq("exact") & mentions["value_low"].eq(mentions["value_high"])
    return point.groupby(mentions["fact_id"]).all()


def sources_leading_with(mentions: pd.DataFrame) -> pd.Series:
    """Per fact id: how many articles state it in their headline or standfirst (`LEAD_ROLES`). Among facts of the
    same news value, the one the outlets lead with ranks first (the death toll every headline gives, not the
    missing figure whose spread is widest)."""
    if "role" not in mentions.columns or mentions.empty:
        return pd.Series(dtype=int)
    lead = mentions[mentions["role"].isin(LEAD_ROLES)]
    return lead.groupby("fact_id")["article_id"].nunique()


DISPLAY_UNITS = [("second", 1 / 3600), ("minute", 1 / 60), ("hour", 1.0), ("day", 24.0), ("week", 168.0), ("month", 730.5), ("year", 8766.0)]


def display_scale(kind: str, values) -> tuple[str, float]:
    """For durations, the largest time unit in which these values (hours) read as whole or half numbers."""
    if kind != "duration":
        return "", 1.0
    finite = [float(v) for v in values if np.isfinite(v) and v > 0]
    if not finite:
        return "hour", 1.0
    for name, hours in reversed(DISPLAY_UNITS):
        scaled = [v / hours for v in finite]
        if all(x >= 1 and abs(x * 2 - round(x * 2)) < 1e-6 for x in scaled):
            return name, hours
    if max(finite) < 1 / 60:  # "every 2.5 seconds" is no "0 hours"
        return "second", 1 / 3600
    return ("minute", 1 / 60) if max(finite) < 1 else ("hour", 1.0)


def plural_of(noun: str) -> str:
    """English plural of a singular unit noun (for display)."""
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women"}
    if noun in irregular:
        return irregular[noun]
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def _fmt(v: float) -> str:
    if v >= 1e9:
        return f"{v / 1e9:g} billion"
    if v >= 1e6:
        return f"{v / 1e6:g} million"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def describe(value_low: float, value_high: float, unit: str, hedge: str, kind: str, scope: str = "") -> str:
    """A mention's value as a reader would say it: 'at least 1,000 (each side)', '2–3 days', 'about 20%'."""
    if kind in ("time", "score", "ratio", "change") or unit in ("celsius", "fahrenheit"):
        return format_mention(value_low, value_high, unit, hedge, kind)  # 16:30, 3–1, -4 °C
    unit_name, factor = display_scale(kind, np.array([value_low, value_high], dtype=float))  # no Series per mention
    lo = value_low / factor if not math.isnan(value_low) else math.nan
    hi = value_high / factor if not math.isnan(value_high) else math.nan
    if kind in ("year", "date") and math.isnan(lo) != math.isnan(hi):  # "since at least 2021", "before June 1"
        known = hi if math.isnan(lo) else lo
        word = {"at_least": "at least", "more_than": "after", "less_than": "before", "at_most": "by"}.get(hedge, "")
        return f"{word} {describe(known * factor, known * factor, unit, 'exact', kind)}".strip()
    if kind == "year":
        return str(int(lo)) if lo == hi else f"{int(lo)}–{int(hi)}"
    if kind == "ordinal":
        n = int(lo)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} {unit}".strip()
    if kind == "date":
        def d(v):
            y, md = divmod(int(v), 10000)
            m, day = divmod(md, 100)
            return "-".join(p for p in [str(y) if y else "", f"{m:02d}" if m else "", f"{day:02d}" if day else ""] if p)
        core = d(lo) if lo == hi else f"{d(lo)} to {d(hi)}"
        return core
    if hedge in ("at_least", "more_than"):
        core = ("at least " if hedge == "at_least" else "more than ") + _fmt(lo)
    elif hedge in ("at_most", "less_than"):
        core = ("up to " if hedge == "at_most" else "under ") + _fmt(hi)
    elif lo == hi:
        core = ("about " if hedge == "about" else "") + _fmt(lo)
    else:
        core = f"{_fmt(lo)}–{_fmt(hi)}" + (" (vague)" if hedge == "vague" else "")
    shown = [v for v in (lo, hi) if not math.isnan(v)]
    plural = "" if shown and all(v == 1 for v in shown) else "s"
    suffix = {"percent": "%", "money": f" {unit}"}.get(
        kind, f" {unit_name}{plural}" if unit_name else (f" {plural_of(unit) if plural else unit}" if unit and kind == "count" else ""))
    if kind == "age":
        suffix = " years old"
    return core + suffix + (f" ({scope.replace('_', ' ')})" if scope else "")


def load_number_codebooks(corpus_dir) -> dict:
    """The codebooks the numbers step reads: units, quantities, actors and (if the corpus has one) facts.csv."""
    from . import paths
    from .codebooks import load_actors, load_units

    facts_path = paths.codebook_path("facts.csv", corpus_dir)
    return {
        "units": load_units(paths.codebook_path("units.csv", corpus_dir)),
        "quantities": load_quantity_codebook(corpus_dir),
        "actors": load_actors(paths.codebook_path("actors.csv", corpus_dir)),
        "fact_overrides": load_fact_overrides(facts_path) if facts_path.exists() else None,
    }


def numbers_tables(sentences: pd.DataFrame, articles: pd.DataFrame, codebooks: dict,
                   claimants=None) -> dict[str, pd.DataFrame]:
    """The numbers step: `numbers` (one row per mention), `facts` (fact × article) and `fact_summary` (per fact).

    `claimants`, when given, is a function numbers → numbers that adds the `claimant` column (the attribution
    step); facts are then split by claimant before they are lined up.
    """
    # Per article, cached between runs (helpers.articlecache): each sentence carries its article's publication time,
    # so an article's cache key changes when its own time does, and only then.
    timed = sentences.assign(published_at=sentences["article_id"].map(publication_times(articles)))
    mentions = per_article(number_mentions, timed, codebooks["units"], codebooks["quantities"], codebooks["actors"])
    mentions = split_by_holder(mentions, codebooks["quantities"], sentences["text"].drop_duplicates().tolist())
    mentions = month_dates(without_event_place(mentions, sentences, codebooks["quantities"]))
    mentions = without_main_group(mentions, codebooks["quantities"])
    mentions = earlier_by_value(mentions)
    if claimants is not None:
        mentions = figure_claimants(claimants(mentions))
    mentions = align_lone_figures(split_far_values(split_by_claimant(with_claimant_key(mentions))))
    if codebooks.get("fact_overrides") is not None:
        kept = apply_fact_overrides(mentions, codebooks["fact_overrides"])  # rows dropped: their keys computed afresh
        mentions = kept if len(kept) == len(mentions) else kept.drop(columns=CLAIMANT_KEY, errors="ignore")
    mentions = mentions.assign(value_text=[
        describe(r.value_low, r.value_high, r.unit, r.hedge, r.kind, r.scope)
        for r in mentions[["value_low", "value_high", "unit", "hedge", "kind", "scope"]].itertuples(index=False)])
    sources = articles[["article_id", "source"]]  # all the two whole-corpus steps read of the articles
    summary = whole_corpus(fact_summary, mentions, sources)  # computed again only when their inputs change
    return {"numbers": mentions.drop(columns=CLAIMANT_KEY, errors="ignore"),
            "facts": whole_corpus(fact_table, mentions, sources, summary), "fact_summary": summary}


def fact_matrix(facts: pd.DataFrame, summary: pd.DataFrame, min_sources: int = 2) -> pd.DataFrame:
    """Fact × source: what each source says (its figures as written) or '—' when it is silent.

    Rows are the facts at least `min_sources` sources report, most disputed first.
    """
    keep = summary.loc[summary["n_reporting"] >= min_sources, "fact_id"]
    shown = facts[facts["fact_id"].isin(keep)].assign(cell=lambda d: d["texts"].where(d["reported"], "—"))
    wide = shown.pivot_table(index="fact_label", columns="source", values="cell", aggfunc="first")
    order = summary.set_index("fact_id").loc[keep, "fact_label"].drop_duplicates()
    return wide.reindex(order.values).fillna("—")  # silence on a fact one source gives is not listed in `facts`
