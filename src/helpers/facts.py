"""From numeric mentions to facts lined up across sources.

`number_mentions` runs `extract_numbers` over body sentences and adds, for each mention:
- `quantity`: what is counted, from the quantities codebook. A rule applies when the mention's kind and
  unit fit it and one of its cue words stands in the unit or in the sentence (outside the mention's own
  words); the nearest cue wins (cues after the mention count double the distance). A rule without cues
  applies only when no cue rule found a cue within NO_CUE_DISTANCE characters. Otherwise the quantity is
  the counted noun (or the kind).
- `scope` (counts only): each_side, total or one_side where the text states it right after the mention.
- `time_ref`: "earlier" when the figure belongs to an earlier event (a cue such as "previous" or
  "last month" before it in the sentence, or after it in its own clause).
- `side`: the side (actor codebook) the figure belongs to: the first actor named in the sentence that is
  not the subject of a reporting verb ("Ukraine said Moscow offered…" gives Moscow's side).
- `fact_id`/`fact_label`: quantity, split by side for quantities the codebook marks split_by_side, and
  kept apart when they refer to an earlier event; a per-corpus facts.csv can rename, merge, split or drop.

`fact_table` gives one row per fact × article (what each source says, or that it is silent), and
`fact_summary` one row per fact with its disagreement measures.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from .articlecache import per_article
from .codebooks import QuantityRule, alias_pattern, normalise_alias, read_codebook
from .figures import slug
from .numbers import HOURS, NUMBER_COLUMNS, number_records

NO_CUE_DISTANCE = 300
ABOUT_MARGIN = 0.10  # "about 6,000" is read as 6,000 ± 10% when testing whether two reports can agree
JUST_MARGIN = 0.25  # "just over an hour" is read as one hour to one hour and a quarter
MENTION_COLUMNS = ["article_id", "block_no", "sentence_no", "start", "end", "text", "value_low", "value_high", "unit",
                   "hedge", "quantity", "scope", "kind", "time_ref", "side", "fact_id", "fact_label", "comparable",
                   "sentence"]
_SCOPES = [
    ("each_side", re.compile(r"(?i)^[^,;.(—]{0,60}?\b(?:(?:on|from|for|per|to)\s+(?:each|either|both)\s+sides?|each\b(?!\s+other)|apiece|per\s+side)")),
    ("one_side", re.compile(r"(?i)^[^;.(—]{0,60}?\b(?:unilateral(?:ly)?|one-sided|from\s+one\s+side)\b")),
    ("total", re.compile(r"(?i)^[^,;.(—]{0,40}?\b(?:in\s+total|all\s+told|combined|altogether|overall)\b")),
]
_TOTAL_BEFORE = re.compile(r"(?i)\b(?:a\s+total\s+of|total\s+of|in\s+all,?)\s*$")
_EARLIER = re.compile(r"(?i)\b(?:previous(?:ly)?|last\s+(?:week|month|year|time)|earlier|prior|initial|former|in\s+the\s+past)\b")
_CLAUSE_END = re.compile(r"\s--\s|—|;|\(|\)|,\s+(?:when|which|while|but|whereas)\b")
_SINCE = re.compile(r"(?i)^\s*(?:ago|after|before|later|earlier|since|from\s+now)\b")
_REPORTING = re.compile(r"(?i)^\W{0,3}(?:\w+\s+){0,1}(?:said|says|say|told|tells|claimed|claims|stated|states|reported|reports|accused|insisted|noted|added|announced|confirmed)\b")


def _quantity(row: dict, sentence: str, rules: list[QuantityRule]) -> tuple[str, str, bool, bool]:
    """(quantity, label, split_by_side, comparable) for one mention in its sentence."""
    kind, unit = row["kind"], row["unit"]
    s, e = row["start"], row["end"]
    duration_for = kind == "duration" and re.search(r"(?i)\b(?:for|lasting|lasted|lasts)\s+$", sentence[:s])
    if kind == "duration" and _SINCE.match(sentence[e:]) and not duration_for:
        return "duration", "time spans (ago, after, before)", False, False
    best, best_distance = None, math.inf
    for rule in rules:
        if kind not in rule.kinds or (rule.units is not None and not rule.units.fullmatch(unit or "")):
            continue
        if rule.cues is None:
            distance = NO_CUE_DISTANCE
        elif unit and rule.cues.search(unit if unit != "person" else "people"):
            distance = 0
        else:
            distance = math.inf
            for m in rule.cues.finditer(sentence):
                if m.end() <= s:
                    distance = min(distance, s - m.end())
                elif m.start() >= e:
                    distance = min(distance, 2 * (m.start() - e))
        if distance < best_distance:
            best, best_distance = rule, distance
    if kind == "duration":
        # A duration says what it measures right beside it: "three days of mourning", "burned for 12 hours".
        # That wins over a codebook cue far away in the sentence (a cue within LOCAL_CUE characters still wins).
        of_noun = re.match(r"\s+of\s+(?:[a-z]+\s+){0,2}([a-z]{4,})(?=[\s,.;:]|$)", sentence[e:])
        verb = _qualifying_verb(sentence[:s])
        local = of_noun.group(1) if of_noun else verb
        if local and (best is None or best_distance > LOCAL_CUE) and local not in _GENERIC_DURATION_VERBS:
            return f"duration ({local})", f"how long: {local}", False, True
    if best is not None:
        return best.quantity, best.label, best.split_by_side, best.compare
    if kind == "duration":
        return "duration", "durations", False, False
    if kind == "measure" and unit:
        return unit, unit, False, True
    if kind in ("count", "ordinal") and unit:
        return unit, unit, False, True
    return kind, kind, False, False  # unit-less counts, dates, years and times are not one fact


_VERB_BEFORE = re.compile(r"(?i)\b([a-z]{3,}(?:ed|ing|s))\s+(?:for\s+|after\s+|over\s+)?(?:(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|at\s+least|up\s+to|just\s+over|just\s+under|over|under)\s+)?$")
LOCAL_CUE = 50  # characters: a codebook cue this close to a duration names what it measures
_GENERIC_DURATION_VERBS = {"lasted", "lasting", "lasts", "took", "taking", "takes", "continued", "continuing", "spent",
                           "spending", "remained", "remaining", "waited", "waiting"}
_NOT_VERBS = {"was", "has", "is", "its", "this", "these", "those", "his", "has", "does", "as", "us", "yes", "news", "series"}


def _qualifying_verb(before: str) -> str | None:
    """The verb a duration qualifies ("burned for 12 hours" → burned), from the words right before it."""
    m = _VERB_BEFORE.search(before)
    if not m or m.group(1).lower() in _NOT_VERBS:
        return None
    return m.group(1).lower()


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


def _time_ref(row: dict, sentence: str) -> str:
    if row["kind"] in ("date", "year"):
        return ""
    before = sentence[:row["start"]]
    after = sentence[row["end"]:]
    clause_end = _CLAUSE_END.search(after)
    if _EARLIER.search(before) or _EARLIER.search(after[:clause_end.start()] if clause_end else after):
        return "earlier"
    return ""


def _side(sentence: str, actors: pd.DataFrame, pattern: re.Pattern | None) -> str:
    if pattern is None:
        return ""
    sides = dict(zip(actors["alias"].map(normalise_alias), actors["side"]))
    hits = [(m, sides.get(normalise_alias(m.group(0)), "")) for m in pattern.finditer(sentence)]
    for m, side in hits:
        if not _REPORTING.match(sentence[m.end():]):
            return side
    return hits[0][1] if hits else ""


def number_mentions(sentences: pd.DataFrame, units: dict[str, str], rules: list[QuantityRule],
                    actors: pd.DataFrame) -> pd.DataFrame:
    """One row per numeric mention in the body sentences, with quantity, scope, time_ref, side and fact."""
    pattern = alias_pattern(actors)
    rows = []
    for sent in sentences[sentences["role"] == "body"].itertuples(index=False):
        found = number_records(sent.text, units)
        side = None
        for rec in found:
            quantity, label, split, comparable = _quantity(rec, sent.text, rules)
            if side is None:
                side = _side(sent.text, actors, pattern)
            time_ref = _time_ref(rec, sent.text)
            fact_id = slug(quantity) + (f"--{slug(side)}" if split and side else "") + ("--earlier" if time_ref else "")
            fact_label = label + (f" ({side})" if split and side else "") + (" (earlier event)" if time_ref else "")
            rows.append({
                "article_id": sent.article_id, "block_no": sent.block_no, "sentence_no": sent.sentence_no,
                **{k: rec[k] for k in NUMBER_COLUMNS}, "quantity": quantity, "scope": _scope(rec, sent.text),
                "time_ref": time_ref, "side": side, "fact_id": fact_id, "fact_label": fact_label,
                "comparable": comparable, "sentence": sent.text,
            })
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return frame.astype({"block_no": int, "sentence_no": int, "start": int, "end": int,
                         "value_low": float, "value_high": float})


def load_fact_overrides(path) -> pd.DataFrame:
    """The per-corpus facts.csv: fact_id, new_fact_id, label, and optional article_id / text_contains filters."""
    frame = read_codebook(path, ["fact_id", "new_fact_id", "label"])
    for col in ("article_id", "text_contains"):
        if col not in frame.columns:
            frame[col] = ""
    return frame


def apply_fact_overrides(mentions: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """Rename, merge, split or drop facts as the overrides say (rows apply in order; new_fact_id 'drop' drops)."""
    out = mentions.copy()
    keep = pd.Series(True, index=out.index)
    for row in overrides.itertuples(index=False):
        hit = out["fact_id"] == row.fact_id
        if row.article_id:
            hit &= out["article_id"] == row.article_id
        if row.text_contains:
            hit &= out["sentence"].str.contains(row.text_contains, case=False, regex=False)
        if row.new_fact_id.strip().lower() == "drop":
            keep &= ~hit
            continue
        out.loc[hit, "fact_id"] = row.new_fact_id.strip()
        if row.label.strip():
            out.loc[hit, "fact_label"] = row.label.strip()
    return out[keep].reset_index(drop=True)


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


def _bounds(frame: pd.DataFrame) -> tuple[float, float]:
    """The widest interval a set of mentions allows (see `comparable_interval`)."""
    pairs = [comparable_interval(r) for r in frame.itertuples(index=False)]
    return min(p[0] for p in pairs), max(p[1] for p in pairs)


def _joined(values, sep: str = ", ", drop_empty: bool = True) -> str:
    return sep.join(sorted(set(values) - ({""} if drop_empty else set())))


def fact_table(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per fact × article: what the source reports (values, hedges, scopes, verbatim texts) or silence.

    Built with one groupby over the mentions and one merge onto the fact × article grid (linear in its rows)."""
    columns = ["fact_id", "fact_label", "article_id", "source", "reported", "n_mentions", "value_low", "value_high",
               "unit", "hedges", "scopes", "texts", "sentences"]
    labels = mentions.drop_duplicates("fact_id").set_index("fact_id")["fact_label"]
    where = mentions.assign(where="b" + mentions["block_no"].astype(str) + "s" + mentions["sentence_no"].astype(str),
                            has_high=mentions["value_high"].notna())
    reported = where.groupby(["fact_id", "article_id"], sort=False).agg(
        n_mentions=("text", "size"), value_low=("value_low", "min"), value_high=("value_high", "max"),
        all_high=("has_high", "all"), unit=("unit", _joined),
        hedges=("hedge", lambda v: _joined(v, drop_empty=False)), scopes=("scope", _joined),
        texts=("text", " | ".join), sentences=("where", " | ".join)).reset_index()
    reported["value_high"] = reported["value_high"].where(reported["all_high"])
    grid = pd.MultiIndex.from_product([sorted(labels.index), articles["article_id"]], names=["fact_id", "article_id"])
    frame = (grid.to_frame(index=False)
             .merge(articles[["article_id", "source"]].drop_duplicates("article_id"), on="article_id", how="left")
             .merge(reported.drop(columns="all_high"), on=["fact_id", "article_id"], how="left"))
    frame["fact_label"] = frame["fact_id"].map(labels)
    frame["reported"] = frame["n_mentions"].notna()
    frame = frame.fillna({"n_mentions": 0, "unit": "", "hedges": "", "scopes": "", "texts": "", "sentences": ""})
    frame = frame.astype({"n_mentions": int, "value_low": float, "value_high": float})[columns]
    summary = fact_summary(mentions, articles)
    return frame.merge(summary[["fact_id", "disagreement", "intervals_overlap", "scope_conflict", "hedge_mix"]],
                       on="fact_id", how="left")


def fact_summary(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per fact: how many sources report it or are silent, and how much they disagree.

    intervals_overlap: every reporting source's interval (hedges applied) shares a value with every other's;
    scope_conflict: sources state different scopes (each side vs total vs one side) or only some state one;
    hedge_mix: some sources give the figure exactly and others hedged; spread: highest over lowest stated value.
    disagreement = 2·(intervals do not overlap) + scope_conflict + 0.5·hedge_mix + log10(spread), for ranking;
    0 for facts reported by one source and for quantities the codebook does not compare (dates, time spans).
    """
    cols = ["fact_id", "fact_label", "quantity", "kind", "n_reporting", "n_silent", "n_mentions", "low", "high", "spread",
            "intervals_overlap", "scope_conflict", "hedge_mix", "comparable", "disagreement"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    # Each mention's interval computed once (one pass), then grouped: linear in the number of mentions.
    rows = list(mentions.itertuples(index=False))
    wide = [comparable_interval(r) for r in rows]
    stated = [comparable_interval(r, widen=False) for r in rows]
    m = mentions.assign(lo=[w[0] for w in wide], hi=[w[1] for w in wide], exact=mentions["hedge"].eq("exact"),
                        scopes=[frozenset({x} - {""}) for x in mentions["scope"]])
    per_source = m.groupby(["fact_id", "article_id"], sort=True).agg(
        lo=("lo", "min"), hi=("hi", "max"), exact=("exact", "all"), scopes=("scopes", lambda v: frozenset().union(*v)))
    per_fact = per_source.groupby(level="fact_id").agg(
        n_reporting=("lo", "size"), max_lo=("lo", "max"), min_hi=("hi", "min"), n_exact=("exact", "nunique"),
        n_scopes=("scopes", "nunique"))
    values = pd.DataFrame({"fact_id": np.repeat(mentions["fact_id"].to_numpy(), 2),
                           "v": [v for pair in stated for v in pair]})
    values = values[np.isfinite(values["v"]) & (values["v"] > 0)].groupby("fact_id")["v"].agg(["min", "max"])
    facts = m.groupby("fact_id", sort=True).agg(fact_label=("fact_label", "first"), quantity=("quantity", "first"),
                                                kind=("kind", "first"), n_mentions=("fact_label", "size"),
                                                comparable=("comparable", "all")).join(per_fact).join(values)
    several = facts["n_reporting"] > 1
    spread = (facts["max"] / facts["min"]).fillna(1.0)
    out = facts.assign(n_silent=len(articles) - facts["n_reporting"], low=facts["min"], high=facts["max"],
                       spread=spread.astype(float), intervals_overlap=facts["max_lo"] <= facts["min_hi"],
                       scope_conflict=several & (facts["n_scopes"] > 1), hedge_mix=several & (facts["n_exact"] > 1),
                       comparable=facts["comparable"].astype(bool))
    score = (2.0 * ~out["intervals_overlap"] + 1.0 * out["scope_conflict"] + 0.5 * out["hedge_mix"]
             + np.log10(out["spread"]))
    out["disagreement"] = score.where(several & out["comparable"], 0.0).round(4)
    return out.reset_index()[cols].sort_values(["disagreement", "n_reporting"], ascending=False).reset_index(drop=True)


DISPLAY_UNITS = [("minute", 1 / 60), ("hour", 1.0), ("day", 24.0), ("week", 168.0), ("month", 730.5), ("year", 8766.0)]


def display_scale(kind: str, values: pd.Series) -> tuple[str, float]:
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
    return "hour", 1.0


def plural_of(noun: str) -> str:
    """English plural of a singular unit noun (for display)."""
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women", "memorandum": "memoranda"}
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
    unit_name, factor = display_scale(kind, pd.Series([value_low, value_high], dtype=float))
    lo = value_low / factor if not math.isnan(value_low) else math.nan
    hi = value_high / factor if not math.isnan(value_high) else math.nan
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
    from .codebooks import load_actors, load_quantities, load_units

    facts_path = paths.codebook_path("facts.csv", corpus_dir)
    return {
        "units": load_units(paths.codebook_path("units.csv", corpus_dir)),
        "quantities": load_quantities(paths.codebook_path("quantities.csv", corpus_dir)),
        "actors": load_actors(paths.codebook_path("actors.csv", corpus_dir)),
        "fact_overrides": load_fact_overrides(facts_path) if facts_path.exists() else None,
    }


def numbers_tables(sentences: pd.DataFrame, articles: pd.DataFrame, codebooks: dict) -> dict[str, pd.DataFrame]:
    """The numbers step: `numbers` (one row per mention), `facts` (fact × article) and `fact_summary` (per fact)."""
    mentions = per_article(number_mentions, sentences, codebooks["units"], codebooks["quantities"], codebooks["actors"])
    if codebooks.get("fact_overrides") is not None:
        mentions = apply_fact_overrides(mentions, codebooks["fact_overrides"])
    mentions = mentions.assign(value_text=[
        describe(r.value_low, r.value_high, r.unit, r.hedge, r.kind, r.scope) for r in mentions.itertuples(index=False)])
    return {"numbers": mentions, "facts": fact_table(mentions, articles), "fact_summary": fact_summary(mentions, articles)}


def fact_matrix(facts: pd.DataFrame, summary: pd.DataFrame, min_sources: int = 2) -> pd.DataFrame:
    """Fact × source: what each source says (its figures as written) or '—' when it is silent.

    Rows are the facts at least `min_sources` sources report, most disputed first.
    """
    keep = summary.loc[summary["n_reporting"] >= min_sources, "fact_id"]
    shown = facts[facts["fact_id"].isin(keep)].assign(cell=lambda d: d["texts"].where(d["reported"], "—"))
    wide = shown.pivot_table(index="fact_label", columns="source", values="cell", aggfunc="first")
    order = summary.set_index("fact_id").loc[keep, "fact_label"].drop_duplicates()
    return wide.reindex(order.values)
