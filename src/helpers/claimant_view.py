"""One fact as different claimants give it, side by side.

The numbers step splits a fact by claimant ("people injured (according to the fire service)", "… (according to the
mayor)"), so an outlet-vs-outlet difference is never mixed with a ministry-vs-union one. The split must not hide the
comparison a reader wants: when outlets credit the same fact to different claimants, the figures are shown together
here, each with who gives it and where, and a difference between them is told as a difference between claimants.
Pure functions of the mentions table (`numbers`) and the articles; nothing is saved that the numbers step did not
compute.
"""
from __future__ import annotations

import re

import pandas as pd

OWN_VOICE = "the outlet itself"  # the claimant shown for a figure the outlet states in its own voice
FAMILY_COLUMNS = ["family", "fact_id", "claimant", "source", "texts", "published", "low", "high", "news_value"]

# Session 16 (nureport16): figures filed under a fact that are no one's claim on it, so never a claimant of a family
# (its "cannot all be true at once" sentence compares claims): the whole a share is taken of, and what one person
# holds. Rules as data: name, pattern (the words right before the figure in its sentence end with it), example, note.
NOT_A_CLAIM_RULES = pd.DataFrame([
    ("whole_of_a_share", r"\b(?:per\s?cent|percent|%|half|thirds?|quarters?|fifths?|tenths?|share|proportion)\s+of\s+"
     r"(?:(?:the|its|their|his|her|our)\s+(?:[\w.-]+(?:['’]s|s['’])\s+)?|[\w.-]+(?:['’]s|s['’])\s+)$",
     "about 60 per cent of the cooperative's 1,100 hectares had been hit",
     "the figure is the whole a share is of (a farm's size, a firm's staff), not the amount the fact counts; a "
     "determiner or a possessive comes first ('the first quarter of 2027', 'a majority of 17' are no whole)"),
    ("held_by_one", r"\b(?:her|his|my|our|their)\s+$", "the grower walked the rows of her 14-hectare orchard",
     "the size of what one person or household holds, not the event's figure"),
], columns=["name", "pattern", "example", "note"])
_NOT_A_CLAIM = re.compile("(?i)(?:" + "|".join(f"(?:{p})" for p in NOT_A_CLAIM_RULES["pattern"]) + ")")


def not_a_claim(numbers: pd.DataFrame) -> pd.Series:
    """Per mention, whether the words right before it in its sentence make it no claim on its fact
    (NOT_A_CLAIM_RULES); False without the sentence and the figure's place in it."""
    if numbers.empty or not {"sentence", "start"} <= set(numbers.columns):
        return pd.Series(False, index=numbers.index)
    before = [str(s)[: int(a)][-80:] if pd.notna(a) else "" for s, a in zip(numbers["sentence"], numbers["start"])]
    return pd.Series([bool(_NOT_A_CLAIM.search(b)) for b in before], index=numbers.index)


def superseded(numbers: pd.DataFrame) -> pd.Series:
    """Per mention, whether its own words mark it as the figure a later one replaced ("not three as first reported",
    "Earlier reports put the number at three": `as_of` read by facts.SUPERSEDED): a corrected figure is no live claim
    (session 19, the new user's finding 1)."""
    from .facts import SUPERSEDED

    if numbers.empty or "as_of" not in numbers.columns:
        return pd.Series(False, index=numbers.index)
    return numbers["as_of"].map(lambda a: isinstance(a, str) and bool(SUPERSEDED.match(a)))


def fact_families(numbers: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per fact × claimant split × source for the facts given under two or more claimants by two or more
    sources, or by one source naming two claimants (`family`: the fact's label without its claimant): the figures as written (`texts`, latest first), the
    source's latest publication time, and the comparable interval of its latest figure (`low`, `high`)."""
    from .facts import base_label, comparable_interval
    from .summary import latest_first

    if numbers.empty or "fact_label" not in numbers:
        return pd.DataFrame(columns=FAMILY_COLUMNS)
    keep = numbers["comparable"].astype(bool) if "comparable" in numbers else pd.Series(True, index=numbers.index)
    rows = latest_first(numbers[keep & ~not_a_claim(numbers) & ~superseded(numbers)], articles)
    rows = rows.assign(family=base_label(rows["fact_label"]).values,
                       claimant=rows["claimant"].fillna("").astype(str).str.strip().replace("", OWN_VOICE))
    # Claimants are counted by the grouping's key (one split = one body: "Coastguard spokeswoman Ana Ruiz" and "the
    # coastguard" are one claimant, however each article names it).
    sizes = rows.groupby("family").agg(n_splits=("fact_id", "nunique"), n_sources=("source", "nunique"),
                                       n_claimants=("fact_id", "nunique"))
    # Two or more sources, or one source setting two claimants side by side ("about 200, police said; the organisers
    # put the crowd at 800"): a dispute told within one article is a claimant dispute too, never a revision.
    wanted = sizes[(sizes["n_splits"] >= 2) & ((sizes["n_sources"] >= 2) | (sizes["n_claimants"] >= 2))].index
    rows = rows[rows["family"].isin(wanted)]
    if rows.empty:
        return pd.DataFrame(columns=FAMILY_COLUMNS)
    bounds = [comparable_interval(r) for r in rows.itertuples(index=False)]
    rows = rows.assign(low=[b[0] for b in bounds], high=[b[1] for b in bounds])
    out = rows.groupby(["family", "fact_id", "source"], sort=False).agg(
        claimant=("claimant", "first"), texts=("text", lambda t: " | ".join(dict.fromkeys(t))),
        published=("published", "first"), low=("low", "first"), high=("high", "first"),
        news_value=("news_value", "max")).reset_index()
    return out[FAMILY_COLUMNS]


def claimant_differences(families: pd.DataFrame) -> pd.DataFrame:
    """One row per fact family: how many claimants and sources give it, whether the claimants' latest figures
    cannot all be true together (`differ`) and whether one source sets two claimants side by side (`side_by_side`:
    figures of one moment, so never a revision through the day); the families ranked by news value, then those that
    differ, then those told side by side, then by number of sources."""
    columns = ["family", "n_claimants", "n_sources", "differ", "side_by_side", "news_value"]
    if families.empty:
        return pd.DataFrame(columns=columns)
    latest = families.drop_duplicates(["family", "fact_id"])  # rows are latest first: each split's latest figure
    per = latest.groupby("family", sort=False).agg(top_low=("low", "max"), low_high=("high", "min"))
    in_one = families.groupby(["family", "source"], sort=False)["fact_id"].nunique().groupby("family").max() >= 2
    out = families.groupby("family", sort=False).agg(  # claimants by the grouping's key: one split, one body
        n_claimants=("fact_id", "nunique"), n_sources=("source", "nunique"), news_value=("news_value", "max"))
    out = out.assign(differ=(per["top_low"] > per["low_high"]).reindex(out.index).fillna(False).astype(bool),
                     side_by_side=in_one.reindex(out.index).fillna(False).astype(bool))
    return (out.reset_index().sort_values(["news_value", "differ", "side_by_side", "n_sources"], ascending=False,
                                          kind="stable").reset_index(drop=True)[columns])


def claimant_figures_text(families: pd.DataFrame, family: str, limit: int = 6) -> str:
    """A family's figures for a sentence, latest first, each with who gives it and where: “38” (the mayor, in source
    A); “36” (the interior ministry; tenants, in source B); … (Markdown; one entry per source and figure)."""
    from .narrative import md

    own = families[families["family"] == family].assign(text=lambda f: f["texts"].str.split(" | ", regex=False).str[0])
    entries = own.groupby(["source", "text"], sort=False)["claimant"].agg(lambda c: "; ".join(dict.fromkeys(c)))
    parts = [f"“{md(text)}” ({md(who)}, in {md(source)})" for (source, text), who in entries.head(limit).items()]
    more = len(entries) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def n_claimant_facts(families: pd.DataFrame) -> int:
    """How many facts are credited to different claimants (`fact_families`): the one count every page states, whichever
    of them it tells in full (the index sets the numbers finding's own fact aside, the numbers report does not)."""
    return int(families["family"].nunique()) if len(families) else 0


def claimant_finding(families: pd.DataFrame, skip: tuple[str, ...] = ()) -> str:
    """The index's finding on claimants: the leading fact (by news value, families in `skip` aside: the numbers
    finding's own fact) that sources credit to different claimants, with each figure, who gives it and where, latest
    first; whether the figures can all be true together is said, not assumed. Empty when no such fact. The facts left
    untold are counted by `n_claimant_facts`, so every page that tells one says the same number."""
    from .narrative import md

    ranked = claimant_differences(families)
    ranked = ranked[~ranked["family"].isin(list(skip))]
    if ranked.empty:
        return ""
    top = ranked.iloc[0]
    verdict = ("they cannot all be true at once, so read them as revisions or as a dispute between claimants, not "
               "between outlets" if top["differ"] else "they can all be true together")
    if top["differ"] and top["n_sources"] == 1:
        verdict = "they cannot all be true at once: a dispute between claimants, set side by side in one source"
    rest = n_claimant_facts(families) - 1
    who = (f"{int(top['n_sources'])} sources credit" if top["n_sources"] > 1 else
           f"{md(families.loc[families['family'] == top['family'], 'source'].iloc[0])} credits")
    return (f"**Who gives which figure.** {who} **{md(top['family'])}** to "
            f"{int(top['n_claimants'])} different claimants (latest first): {claimant_figures_text(families, top['family'])}; "
            f"{verdict}." + (f" {rest} more {'fact is' if rest == 1 else 'facts are'} credited to different claimants "
                             "(see the numbers report)." if rest else ""))


def _family_latest_first(numbers: pd.DataFrame, articles: pd.DataFrame, fact_label: str) -> pd.DataFrame:
    """The mentions of every claimant's split of the fact `fact_label` (its label before the claimant), with their
    source, latest publication first."""
    from .facts import base_label
    from .summary import latest_first

    family = base_label(pd.Series([fact_label])).iloc[0]
    return latest_first(numbers[base_label(numbers["fact_label"]) == family], articles)


def under_other_claimants(numbers: pd.DataFrame, articles: pd.DataFrame, fact_id: str, fact_label: str) -> pd.DataFrame:
    """The sources that give the fact `fact_id` only under another claimant's split of it: one row per source with
    its latest figure as written and the claimant it is credited to (columns source, text, claimant)."""
    if numbers.empty or "fact_label" not in numbers:
        return pd.DataFrame(columns=["source", "text", "claimant"])
    rows = _family_latest_first(numbers, articles, fact_label)
    own = set(rows.loc[rows["fact_id"] == fact_id, "source"])
    other = rows[(rows["fact_id"] != fact_id) & ~rows["source"].isin(own)].drop_duplicates("source")
    claimant = other["claimant"].fillna("").astype(str).str.strip().replace("", OWN_VOICE)
    return pd.DataFrame({"source": other["source"].values, "text": other["text"].values, "claimant": claimant.values})


def later_under_other_claimants(numbers: pd.DataFrame, articles: pd.DataFrame, fact_id: str,
                                fact_label: str) -> dict[str, str]:
    """source → words for its later figure of the same fact under another claimant, for the sources that give
    `fact_id` but whose latest figure of the fact is credited to someone else (a wire's own "11" in a first
    headline, then "23, the Interior Ministry said" a day later): '“23” according to the Interior Ministry'."""
    from .narrative import md

    if numbers.empty or "fact_label" not in numbers:
        return {}
    rows = _family_latest_first(numbers, articles, fact_label)
    own = rows[rows["fact_id"] == fact_id].drop_duplicates("source").set_index("source")["published"]
    first = rows.drop_duplicates("source").set_index("source")
    later = first[(first["fact_id"] != fact_id) & first.index.isin(own.index)]
    later = later[later["published"].notna() & (later["published"] > own.reindex(later.index))]
    claimant = later["claimant"].fillna("").astype(str).str.strip().replace("", OWN_VOICE)
    return {s: f"“{md(t)}” according to {md(c)}" for s, t, c in zip(later.index, later["text"], claimant)}


def under_other_claimants_text(other: pd.DataFrame) -> str:
    """“eight” (according to the interior ministry) in source B; … for a sentence (Markdown); empty when none."""
    from .narrative import md

    return "; ".join(f"{md(r.source)}: “{md(r.text)}” (according to {md(r.claimant)})" for r in other.itertuples())
