"""One page of key findings across numbers, sentiment and framing."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .narrative import interval, listed, md
from .sentiment import DEFAULT_METHOD, METHODS

NO_SIDE = "other / unnamed"  # the side voices.py gives a speaker the actor codebook does not name


STEPS = ("numbers", "sentiment", "framing")
# The tables of notebooks 02–04 this page reads, per step.
STEP_TABLES = {"numbers": ("numbers", "facts", "fact_summary"),
               "sentiment": ("tone_sentences", "tone_summary", "tone_contrasts"),
               "framing": ("frame_sentences", "frame_profile", "quotations", "voice_shares", "voice_types")}


# Saved tables this page reads in part: of the fact × article table only the rows where a source reports the fact
# (silence is every other shared fact), so a corpus of many facts and articles is not read whole.
READ_FILTERS = {"facts": [("reported", "==", True)]}


def run_step(step: str, tables: dict[str, pd.DataFrame], corpus_dir) -> dict[str, pd.DataFrame]:
    """One analysis step (numbers, sentiment or framing) on a corpus's normalised tables, rows validated."""
    from .corpus import validate_or_drop as validate  # a row that fails a check is left out and named
    from .facts import load_number_codebooks, numbers_tables
    from .framing import framing_tables, load_framing_codebooks
    from .sentiment import load_sentiment_codebooks, sentiment_tables

    articles, sentences, blocks = tables["articles"], tables["sentences"], tables["blocks"]
    if step == "numbers":  # as notebook 02 runs it: figures split by who states them (the attribution step)
        from functools import partial

        from .attribution import add_claimants, attribute_sentences

        claimants = partial(add_claimants, attributions=attribute_sentences(sentences))
        out = numbers_tables(sentences, articles, load_number_codebooks(corpus_dir), claimants=claimants)
    elif step == "sentiment":
        books = load_sentiment_codebooks(corpus_dir)
        out = sentiment_tables(sentences, articles, books["actors"], books["lexicon"], books["collocations"])
    else:
        out = framing_tables(sentences, blocks, articles, load_framing_codebooks(corpus_dir))
    return {name: validate(name, frame) for name, frame in out.items()}


def analyse(tables: dict[str, pd.DataFrame], corpus_dir) -> dict[str, dict[str, pd.DataFrame]]:
    """Run the numbers, sentiment and framing steps on a corpus's normalised tables."""
    return {step: run_step(step, tables, corpus_dir) for step in STEPS}


def saved_step(processed_dir, step: str) -> dict[str, pd.DataFrame] | None:
    """A step's tables as notebooks 02–04 saved them in `processed_dir` (`facts`: its reported rows only, see
    READ_FILTERS), or None when one is missing, unreadable or older than the normalised tables (then the step is
    run again)."""
    from .corpus import FINGERPRINT

    folder = Path(processed_dir)
    try:
        built = (folder / FINGERPRINT).stat().st_mtime
        files = {name: folder / f"{name}.parquet" for name in STEP_TABLES[step]}
        if any(path.stat().st_mtime < built for path in files.values()):
            return None
        return {name: pd.read_parquet(path, filters=READ_FILTERS.get(name)) for name, path in files.items()}
    except Exception:  # missing or damaged: computed again
        return None


def load_results(tables: dict[str, pd.DataFrame], corpus_dir, processed_dir) -> dict[str, dict[str, pd.DataFrame]]:
    """The results of notebooks 02–04: their saved tables when fresh, each missing or stale step run once here."""
    return {step: saved_step(processed_dir, step) or run_step(step, tables, corpus_dir) for step in STEPS}


def silent_on(facts: pd.DataFrame, shared: pd.DataFrame, sources) -> pd.DataFrame:
    """One row per source × shared fact it is silent on (columns source, fact_id, fact_label). A source that gives the
    same fact under any claimant ("people injured (according to police)" for "people injured") is not silent on it:
    silence is about the fact, not about who the source credits for it; so a fact split by claimant counts once, under
    its label without the claimant (`fact_id` is the first of its splits)."""
    from .facts import base_label as base

    said = facts[facts["reported"].astype(bool)]
    told = set(zip(said["source"], base(said["fact_label"])))
    shared_facts = list(zip(shared["fact_id"].tolist(), list(base(shared["fact_label"]))))  # lists: iterated per source
    pairs = pd.DataFrame([(src, f, b) for src in sources for f, b in shared_facts if (src, b) not in told],
                         columns=["source", "fact_id", "fact_label"])
    return pairs.sort_values("fact_id", kind="stable").drop_duplicates(["source", "fact_label"]).reset_index(drop=True)


def n_shared_facts(shared: pd.DataFrame) -> int:
    """How many facts two or more sources share, a fact split by claimant counted once (see `silent_on`)."""
    from .facts import base_label as base

    return int(base(shared["fact_label"]).nunique())


def shared_facts(summary: pd.DataFrame, facts: pd.DataFrame | None = None,
                 numbers: pd.DataFrame | None = None) -> tuple[pd.DataFrame, str]:
    """The shared facts a source can be silent on, and what to call them: the facts two or more sources give
    comparably, only those fit to headline (of news value: tolls, sums, votes) when there are any, so a shared floor
    number is no silence. With the fact × source table `facts`, a fact two articles of one outlet give is stated by
    one source and shared by none; with the mentions `numbers`, a fact about an earlier event (every figure of it
    `time_ref` earlier: "the worst since 2011, when 28 were injured") is history, never a fact of the day a source is
    silent on (`NOT_SILENT_ON`). The one table the summary's table of sources and its Silences sentence both count
    from, so their figures always add up."""
    shared = summary.loc[(summary["n_reporting"] >= 2) & summary["comparable"].astype(bool)]
    shared = shared[~shared["fact_id"].isin(not_silent_on(facts, numbers))]
    if "headline_ok" in shared and shared["headline_ok"].any():
        return shared[shared["headline_ok"].astype(bool)], "facts of news value"
    return shared, "facts"


# Facts no source is called silent on, however many articles give them: rules as data (name, example, note).
NOT_SILENT_ON = pd.DataFrame([
    ("one_source", "two reports of one outlet give a crash's toll; no other outlet does",
     "a fact only one source states is that source's own, not a shared fact another source left out"),
    ("earlier_event", "a stand collapse in 2011 injured 28, in a story about today's roof collapse",
     "a figure about an earlier event is background; leaving it out is no silence on the news"),
], columns=["name", "example", "note"])


def not_silent_on(facts: pd.DataFrame | None, numbers: pd.DataFrame | None) -> set[str]:
    """The fact ids of `NOT_SILENT_ON`: those fewer than two sources of `facts` (fact × source, `reported` rows)
    state, and those whose every mention in `numbers` is about an earlier event (`time_ref` earlier)."""
    out: set[str] = set()
    if facts is not None and len(facts) and "source" in facts.columns:
        said = facts[facts["reported"].astype(bool)] if "reported" in facts.columns else facts
        n_sources = said.groupby("fact_id")["source"].nunique()
        out |= set(n_sources.index[n_sources < 2])
    if numbers is not None and len(numbers) and "time_ref" in numbers.columns:
        earlier = numbers["time_ref"].fillna("").astype(str).eq("earlier").groupby(numbers["fact_id"]).all()
        out |= set(earlier.index[earlier])
    return out


def source_profile(results: dict, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per source: facts reported and silent on, mean tone with its interval, whether it differs clearly
    from the others, its leading frame, its most quoted side and that side's share of quoted words.
    (Grouped tables, one pass each: linear in the number of rows.)"""
    facts = results["numbers"]["facts"]
    shared = shared_facts(results["numbers"]["fact_summary"], facts, results["numbers"].get("numbers"))[0][
        ["fact_id", "fact_label"]]
    tone = results["sentiment"]["tone_summary"]
    overall = tone[(tone["measure"] == "all sentences") & (tone["method"] == DEFAULT_METHOD)].drop_duplicates("source")
    overall = overall.set_index("source")
    contrasts = results["sentiment"]["tone_contrasts"]
    clear = contrasts[contrasts["method"] == DEFAULT_METHOD].drop_duplicates("source").set_index("source")["clear"]
    silent = silent_on(facts, shared, sorted(articles["source"].unique())).groupby("source")["fact_id"].nunique()
    lead = _top_per_source(results["framing"]["frame_profile"], "share")
    voices = results["framing"]["voice_shares"]
    if len(voices) and (voices["side"] == NO_SIDE).all():
        voices = voices.iloc[0:0]  # no speaker has a side (no actor codebook): no side to name, not "other" at 100 %
    voice = _top_per_source(voices, "word_share")
    out = pd.DataFrame({"source": sorted(articles["source"].unique())}).set_index("source", drop=False)
    return pd.DataFrame({
        "source": out["source"],
        "shared_facts_reported": n_shared_facts(shared) - silent.reindex(out.index).fillna(0).astype(int),
        "shared_facts_silent": silent.reindex(out.index).fillna(0).astype(int),
        "tone_mean": overall["mean"].reindex(out.index), "tone_ci_low": overall["ci_low"].reindex(out.index),
        "tone_ci_high": overall["ci_high"].reindex(out.index),
        "tone_differs_clearly": clear.reindex(out.index).fillna(False).astype(bool),
        "leading_frame": lead["frame"].reindex(out.index).fillna(""),
        "most_quoted_side": voice["side"].reindex(out.index).fillna(""),
        "its_share_of_quoted_words": voice["word_share"].reindex(out.index).astype(float),  # NaN (blank): no side
    }).reset_index(drop=True)


def _top_per_source(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Each source's row with the highest `by` (the first such row on a tie)."""
    if frame.empty:
        return frame.set_index("source")
    return frame.loc[frame.groupby("source", sort=False)[by].idxmax()].set_index("source")


# Where each finding's evidence is: the report page and the anchor nbconvert gives its section heading.
FINDING_LINKS = {
    "numbers": "02_numbers.report.html#Where-the-sources-disagree",
    "claimants": "02_numbers.report.html#Where-claimants-differ",
    "silence": "02_numbers.report.html#Who-reports-what:-fact-%C3%97-source",  # nbconvert percent-encodes the ×
    "sentiment": "03_sentiment.report.html#Tone-per-source",
    "framing": "04_framing.report.html#Frames-per-source",
    "sources": "01_normalise.report.html#The-corpus-at-a-glance",
}


def key_findings(results: dict, articles: pd.DataFrame) -> list[str]:
    """Key findings as Markdown sentences, every data value escaped (see `narrative.md`)."""
    return findings_table(results, articles)["finding"].tolist()


def findings_table(results: dict, articles: pd.DataFrame, problems: pd.DataFrame | None = None,
                   frame_labels: dict | None = None) -> pd.DataFrame:
    """The run's findings, one row each: section, finding (escaped Markdown, computed from the tables) and link
    (the report section holding its evidence). The index page leads with these rows."""
    if len(articles) < 2:
        rows = [("sources", f"This corpus has a single article ({md(articles['source'].iloc[0])}): there is nothing to "
                 "compare. Add at least one more source.")] if len(articles) else []
    else:
        rows = [("numbers", _numbers_finding(results, articles)), ("claimants", _claimants_finding(results, articles)),
                ("silence", _silence_finding(results, articles)),
                ("sentiment", _sentiment_finding(results)), ("framing", _framing_finding(results, frame_labels))]
    rows.append(("sources", _sources_finding(articles, problems)))
    rows = [(section, text) for section, text in rows if text]
    return pd.DataFrame({"section": [r[0] for r in rows], "finding": [r[1] for r in rows],
                         "link": [FINDING_LINKS[r[0]] for r in rows]})


DIFFERENCE_WORDS = {"revision": "; revised over time, latest first",
                    "claimants": "; different claimants give different figures",
                    "outlets": "; outlets differ on the same claim, not a revision over time"}


def _numbers_finding(results: dict, articles: pd.DataFrame) -> str:
    from .claimant_view import later_under_other_claimants, under_other_claimants, under_other_claimants_text

    summary = results["numbers"]["fact_summary"]
    disputed = summary[summary["headline_ok"] & (summary["disagreement"] > 0)]
    if disputed.empty:
        return "**Numbers.** No figure reported by two or more sources is disputed."
    top = disputed.iloc[0]  # the fact_summary is ranked by news value
    numbers = results["numbers"]["numbers"]
    said = latest_first(numbers[numbers["fact_id"] == top["fact_id"]], articles).drop_duplicates("source")
    later = later_under_other_claimants(numbers, articles, top["fact_id"], top["fact_label"])
    versions = "; ".join(f"{md(s)}: “{md(t)}”" + (f" (later {later[s]})" if s in later else "")
                         for s, t in said[["source", "text"]].head(8).values) + (
        f"; and {_sources(len(said) - 8, 'more ')}" if len(said) > 8 else "")
    kind = DIFFERENCE_WORDS.get(top["difference"], "")
    other = under_other_claimants(numbers, articles, top["fact_id"], top["fact_label"])
    more = f", {len(other)} more under another claimant" if len(other) else ""
    elsewhere = f" Given only under another claimant: {under_other_claimants_text(other)}." if len(other) else ""
    # Sources reporting, under another claimant and silent, counted from the one mentions table: they add up to the
    # corpus's sources (the fact_summary's n_silent may count articles, or count a source under another claimant).
    silent = max(articles["source"].nunique() - len(said) - len(other), 0)
    return (f"**Numbers.** The leading disputed figure is **{md(top['fact_label'])}** "
            f"({_sources(len(said))}{more}, {silent} silent{kind}): {versions}.{elsewhere} "
            + apart_sentence(disputed))


def _sources(n: int, more: str = "") -> str:
    """'1 source', '3 more sources': a count of sources read right at one."""
    return f"{n} {more}source{'' if n == 1 else 's'}"


def _claimants_finding(results: dict, articles: pd.DataFrame) -> str:
    """The leading fact whose claimants give figures that cannot all be true together (`claimant_view`)."""
    from .claimant_view import claimant_finding, fact_families

    from .facts import base_label

    summary = results["numbers"]["fact_summary"]
    disputed = summary[summary["headline_ok"] & (summary["disagreement"] > 0)]
    lead = tuple(base_label(disputed["fact_label"].head(1)))  # the numbers finding's fact is told there
    return claimant_finding(fact_families(results["numbers"]["numbers"], articles), skip=lead)


def latest_first(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mentions with their article's `source`, latest first (articles without a time last; within an article, text
    order), so a sentence saying "latest first" lists them in that order. A figure with a time of its own (a live
    page's entry time, `figure_time`, session 19) is placed at that time, else at its article's publication."""
    cols = ["article_id", "source"] + (["published"] if "published" in articles.columns else [])
    out = mentions.drop(columns=[c for c in ("source", "published") if c in mentions.columns]).merge(
        articles[cols], on="article_id", how="left")
    from .facts import newest_first

    return newest_first(out).reset_index(drop=True)


def apart_sentence(disputed: pd.DataFrame) -> str:
    """How many disputed shared facts have intervals that cannot all be true, the revisions through the day (a later
    figure updating an earlier one, `difference` 'revision') counted apart from the conflicts, and how many differ in
    scope: one Markdown sentence."""
    apart = ~disputed["intervals_overlap"].astype(bool)
    revised = int((apart & (disputed["difference"] == "revision")).sum())
    n_apart, n_scope = int(apart.sum()), int(disputed["scope_conflict"].sum())
    if not n_apart:
        lead = ("The one disputed shared fact has no intervals that cannot all be true" if len(disputed) == 1 else
                f"None of the {len(disputed)} disputed shared facts has intervals that cannot all be true")
        return f"{lead}; {_in_scope(n_scope, len(disputed))}."
    one = n_apart == 1
    how = (("it is a revision" if one else "all of them are revisions") + " through the day (a later figure updating an "
           "earlier one), not a conflict" if revised == n_apart else
           f"{revised} of them {'is a revision' if revised == 1 else 'are revisions'} through the day (a later figure "
           f"updating an earlier one) and {n_apart - revised} a conflict at one time" if revised else
           "it is a conflict at one time, not a revision through the day" if one else
           "none is a revision through the day: they conflict")
    whole = ("The one disputed shared fact has" if len(disputed) == 1 else
             f"{n_apart} of {len(disputed)} disputed shared facts {'has' if one else 'have'}")
    return f"{whole} intervals that cannot all be true together: {how}; {_in_scope(n_scope, len(disputed))}."


def difference_counts_sentence(disputed: pd.DataFrame, credited: int = 0) -> str:
    """'Of the 5 facts fit to headline, 3 mix exact and hedged figures; 1 was revised over time, 2 differ between
    claimants and none between outlets on the same claim.', read right at one and at none (notebook 02). "None differ
    between claimants" says where claimants are compared instead, so it never reads against the page's "Where claimants
    differ" (a new user read the two as contradicting each other). `credited` is how many facts the claimant view
    credits to different claimants (`claimant_view.n_claimant_facts`): when it counts some, the sentence says so with
    the same number instead of "none differ between claimants" (session 19, the new user's finding 14: "none differ
    between claimants" beside "3 sources credit people evacuated to 3 different claimants")."""
    n = len(disputed)
    kinds = disputed["difference"] if "difference" in disputed else pd.Series("", index=disputed.index)
    mixed = int(disputed["hedge_mix"].astype(bool).sum()) if "hedge_mix" in disputed else 0
    revised, claimants, outlets = (int((kinds == k).sum()) for k in ("revision", "claimants", "outlets"))
    whole = "Of the one fact fit to headline" if n == 1 else f"Of the {n} facts fit to headline"
    split = (" (within one fact: a fact that sources credit to different claimants is split by claimant, and its splits "
             "are set side by side under Where claimants differ)") if not claimants else ""
    head = (f"{whole}, {_count(mixed)} {'mixes' if mixed == 1 else 'mix'} exact and hedged figures; "
            f"{_count(revised)} {'was' if revised == 1 else 'were'} revised over time")
    if credited and not claimants:  # the claimant view's count, in the words its own finding uses
        return (f"{head}; {credited} {'fact is' if credited == 1 else 'facts are'} credited to different claimants "
                "(split by claimant and set side by side under Where claimants differ), and "
                f"{_count(outlets)} {'differs' if outlets == 1 else 'differ'} between outlets on the same claim.")
    return (f"{head}, {_count(claimants)} {'differs' if claimants == 1 else 'differ'} between claimants{split} and "
            f"{_count(outlets)} between outlets on the same claim.")


def _count(n: int) -> str:
    return "none" if n == 0 else str(n)


def quotes_vs_narration_sentence(gloomier: list, n_sources: int) -> str:
    """Notebook 03's sentence on the sources whose quoted words are more negative than their own narration, read
    right at none and at one ("In none of the 5 sources…", never "In 0 of 5 sources … (none)")."""
    tail = "; quotations are few, so their intervals are wide (see the chart)."
    if not n_sources:
        return "No source has quotations to set against its own narration."
    if not gloomier:
        return ("In none of the " + (f"{n_sources} sources" if n_sources > 1 else "one source") + " with quotations "
                "are the quoted words more negative than the outlet's own narration" + tail)
    return (f"In {len(gloomier)} of {n_sources} {'source' if n_sources == 1 else 'sources'} with quotations "
            f"({listed(gloomier)}), the quoted words are more negative than the outlet's own narration" + tail)


def _in_scope(n_scope: int, n: int) -> str:
    """How many of `n` disputed facts differ in scope, read right for one fact and for none."""
    if n == 1:
        return "its sources differ in scope" if n_scope else "its sources do not differ in scope"
    return "none differs in scope" if not n_scope else f"{n_scope} {'differs' if n_scope == 1 else 'differ'} in scope"


def stated_figures(mentions: pd.DataFrame) -> str:
    """A fact's figures as written, for a sentence: the range of the figures a source stated (a bound such as 'at
    least 4' states 4; the bounds the tool reads into a vague word such as 'dozens' are never stated) per unit, and the
    vague words themselves. Markdown, every value escaped."""
    from .number_format import format_value

    vague = mentions["hedge"].eq("vague")
    kinds = mentions["kind"].fillna("count") if "kind" in mentions.columns else pd.Series("count", index=mentions.index)
    units = mentions["unit"].fillna("").where(kinds != "count", "")  # a count's unit is its noun: one scale
    parts = []
    for (unit, kind), own in mentions[~vague].groupby([units[~vague], kinds[~vague]], sort=False):
        values = pd.concat([own["value_low"], own["value_high"]]).dropna()
        if values.empty:
            continue
        low, high = (md(format_value(float(v), str(unit), kind)) for v in (values.min(), values.max()))
        parts.append(f"the figures stated run from {low} to {high}" if low != high else f"the figure stated is {low}")
    words = [f"“{md(w)}”" for w in mentions.loc[vague, "text"].drop_duplicates()]
    if words:
        parts.append(f"{', '.join(words)} {'is a word' if len(words) == 1 else 'are words'} without a figure")
    return "; ".join(parts) or "no figure is stated"


def _silence_finding(results: dict, articles: pd.DataFrame) -> str:
    """Which source is silent on the most facts that the others share (silence: a shared fact the source gives under
    no claimant at all, see `silent_on`; the facts table may list reported rows only). Facts fit to headline (of news
    value) are counted when there are any, and the examples follow the fact_summary's ranking."""
    facts = results["numbers"]["facts"]
    shared, what = shared_facts(results["numbers"]["fact_summary"], facts,  # the facts the table of sources counts
                                results["numbers"].get("numbers"))
    if shared.empty:
        return ""
    rank = {f: i for i, f in enumerate(shared["fact_id"])}  # the fact_summary's order: news value first
    shared = shared[["fact_id", "fact_label"]]
    sources = sorted(articles["source"].unique())
    silent = silent_on(facts, shared, sources)
    counts = silent.groupby("source")["fact_id"].nunique().reindex(sources, fill_value=0).sort_values(
        ascending=False, kind="stable")
    n = n_shared_facts(shared)
    if counts.empty or counts.iloc[0] == 0:
        every = _n_of(1, 1, what) if n == 1 else f"each of the {n} {what}"
        return f"**Silences.** Every source reports {every} that two or more sources share."
    src, most = counts.index[0], int(counts.iloc[0])
    tied = counts[counts == most].index.tolist()
    if len(tied) == len(sources):  # a tie of every source singles none out
        return (f"**Silences.** Every source is silent on {_n_of(most, n, what)} that two or more "
                "sources share: no source stands out.")
    own = silent.loc[silent["source"] == src]
    labels = own.iloc[own["fact_id"].map(rank).argsort(kind="stable")]["fact_label"].drop_duplicates().head(3).tolist()
    named = ("for example " if most > len(labels) else "") + ", ".join(md(x) for x in labels)
    if len(tied) > 1:
        return (f"**Silences.** {listed(tied)} are each silent on {_n_of(most, n, what)} other sources share "
                f"(for {md(src)}, {named}).")
    return f"**Silences.** {md(src)} is silent on {_n_of(most, n, what)} other sources share ({named})."


def _n_of(part: int, whole: int, what: str) -> str:
    """'2 of the 5 facts', read right at a count of one: 'the one fact' (one of one), never '1 of the 1 facts'
    (`what` is the plural, its first word the noun: 'facts of news value')."""
    noun, _, rest = what.partition(" ")
    one = (noun[:-1] if noun.endswith("s") else noun) + (f" {rest}" if rest else "")
    return f"the one {one}" if whole == 1 else f"{part} of the {whole} {what}"


TONE_CAVEAT = ("Read tone as a comparison between sources, never as the story's mood: it is read from each sentence's "
               "wording, so a deadly event told in plain words scores near zero or above. ")


def _sentiment_finding(results: dict) -> str:
    tone = results["sentiment"]["tone_summary"]
    overall = tone[(tone["measure"] == "all sentences") & (tone["method"] == DEFAULT_METHOD)].sort_values("mean")
    if overall.empty:
        return ""
    contrasts = results["sentiment"]["tone_contrasts"]
    clear = contrasts[contrasts["clear"] & (contrasts["method"] == DEFAULT_METHOD)]
    low = overall.iloc[0]
    text = (f"**Tone.** The lowest mean tone is in **{md(low['source'])}** ({low['mean']:+.2f}, "
            f"{interval(low['ci_low'], low['ci_high'])}; method: the {METHODS[DEFAULT_METHOD][1]}). "
            + TONE_CAVEAT)
    if clear.empty:
        return text + within_noise_sentence(contrasts[contrasts["method"] == DEFAULT_METHOD])
    named = [f"{r.source} ({'more positive' if r.difference > 0 else 'more negative'})"
             for r in clear.reindex(clear["difference"].abs().sort_values(ascending=False).index).itertuples()]
    return text + "Sources whose tone differs from the rest beyond noise: " + listed(named) + "."


def tone_leans(contrasts: pd.DataFrame) -> pd.DataFrame:
    """The rows of `contrasts` (one method: source, difference, ci_low, ci_high, clear) not called clear whose
    difference from the rest has a 95% interval that excludes zero (their own interval overlaps the others', see
    `sentiment.resampled_contrasts`), largest difference first."""
    if contrasts.empty or not {"ci_low", "ci_high"} <= set(contrasts.columns):
        return contrasts.iloc[0:0]
    lean = ~contrasts["clear"].astype(bool) & ((contrasts["ci_low"] > 0) | (contrasts["ci_high"] < 0))
    rows = contrasts[lean]
    return rows.reindex(rows["difference"].abs().sort_values(ascending=False).index)


def within_noise_sentence(contrasts: pd.DataFrame, limit: int = 3) -> str:
    """The sentence for tone contrasts of one method none of which is clear, read from the same intervals the tone
    table shows: a source whose difference's interval excludes zero is named with that interval ("leans more
    negative … but its own interval overlaps the others'"), never covered by "no source differs"."""
    leans = tone_leans(contrasts)
    if leans.empty:
        return "No source's tone differs from the others beyond noise, so no source is called more negative."
    parts = [f"**{md(r.source)}** leans {'more positive' if r.difference > 0 else 'more negative'} than the others "
             f"(difference {r.difference:+.2f}, {interval(r.ci_low, r.ci_high)}, which excludes zero)"
             for r in leans.head(limit).itertuples(index=False)]
    more = f" ({len(leans) - limit} more in the tone table)" if len(leans) > limit else ""
    one = len(leans) == 1
    return ("; ".join(parts) + more + f", but {'its own interval overlaps' if one else 'their own intervals overlap'} "
            "the others', so no source is called clearly more negative or more positive.")


def _framing_finding(results: dict, frame_labels: dict | None = None) -> str:
    profile = results["framing"]["frame_profile"]
    if profile.empty:
        return ""
    wide = profile.pivot_table(index="source", columns="frame", values="share")
    frame = (wide.max() - wide.min()).idxmax()
    name = (frame_labels or {}).get(frame) or frame.replace("generic_", "").replace("_", " ")
    text = (f"**Framing.** Sources differ most on the **{md(name)}** frame: {wide[frame].min():.0%} of sentences in "
            f"{md(wide[frame].idxmin())} vs {wide[frame].max():.0%} in {md(wide[frame].idxmax())}.")
    return text + _voices_sentence(results["framing"])


def _voices_sentence(framing: dict) -> str:
    """Who is quoted most: by the sides the event codebook names (where any is quoted), then always by type of voice
    found in the text (a side given to one actor must not hide the types of every other voice)."""
    return _sides_sentence(framing) + _types_sentence(framing)


def _sides_sentence(framing: dict) -> str:
    """Per source, the named side with the largest share of its quoted words (ties named together); the sources that
    quote no named side, said so. Empty when no named side is quoted anywhere."""
    shares = framing.get("voice_shares", pd.DataFrame())
    named = shares[(shares["side"] != NO_SIDE) & (shares["word_share"] > 0)] if len(shares) else shares
    if not len(named):
        return ""
    best = named.groupby("source")["word_share"].transform("max").round(2)
    top = named[named["word_share"].round(2) == best].sort_values("word_share")
    parts = [" and ".join(map(str, g["side"])) + f" in {src} ({g['word_share'].iloc[0]:.0%}"
             + (" each, tied)" if len(g) > 1 else ")") for src, g in top.groupby("source", sort=False)]
    silent = sorted(set(shares["source"]) - set(named["source"]))
    return (" Of the sides the codebook names, quoted words go mostly to " + listed(parts, sep="; ")
            + (f"; no named side is quoted in {listed(silent, limit=6)}" if silent else "") + ".")


def _types_sentence(framing: dict) -> str:
    types = framing.get("voice_types", pd.DataFrame())
    if types is None or types.empty:
        return ""
    leads = leading_types(types)
    phrases = {}
    for row in leads.itertuples(index=False):
        kinds = " and ".join(md(VOICE_WORDS.get(k, k)) for k in row.types)
        phrases.setdefault(kinds + (" (tied)" if len(row.types) > 1 else ""), []).append(row.source)
    return " The most quoted type of voice: " + "; ".join(
        f"{kinds} in {listed(sorted(sources), limit=6)}" for kinds, sources in sorted(phrases.items())) + "."


def leading_types(types: pd.DataFrame) -> pd.DataFrame:
    """Per source of `voice_types` (source, speaker_type, share): the speaker types with the largest share of its
    quotations, ALL of them when several tie (a tie is never reported as one type leading), as a sorted list in
    `types`, with that `share`."""
    positive = types[types["share"] > 0]
    best = positive.groupby("source")["share"].transform("max")
    top = positive[(best - positive["share"]).abs() < 1e-9]
    return (top.sort_values(["source", "speaker_type"]).groupby("source", sort=True)
            .agg(types=("speaker_type", list), share=("share", "first")).reset_index())


def leading_types_sentence(types: pd.DataFrame, sources=None) -> str:
    """'In X, official voices give most quotations (38%).' per source (`sources` only, when given); a tie reads
    'In X, official and expert voices tie for most quotations (35% each).'"""
    leads = leading_types(types)
    if sources is not None:
        leads = leads[leads["source"].isin(list(sources))]
    return " ".join(
        f"In **{md(r.source)}**, {md(r.types[0])} voices give most quotations ({r.share:.0%})." if len(r.types) == 1 else
        f"In **{md(r.source)}**, {md(' and '.join(r.types))} voices tie for most quotations ({r.share:.0%} each)."
        for r in leads.itertuples(index=False))


VOICE_WORDS = {"official": "officials", "agency": "news agencies and state media", "expert": "experts",
               "organisation": "organisations", "citizen": "citizens", "anonymous": "unnamed sources",
               "outlet": "the outlet itself", "other": "other voices"}


def left_out_counts(problems: pd.DataFrame) -> str:
    """What was left out, counted by kind: whole files, records of a multi-record file ("record 2: …") and rows of
    the manifest ("2 files, 1 record and 1 manifest row"): a bad manifest row is not a file."""
    from .manifest import MANIFEST_NAME

    manifest = problems["file"].astype(str).map(lambda f: f.rsplit("/", 1)[-1]) == MANIFEST_NAME
    record = ~manifest & problems["problem"].astype(str).str.match(r"(?:record|line) \d")
    counts = [(int((~manifest & ~record).sum()), "file"), (int(record.sum()), "record"),
              (int(manifest.sum()), "manifest row")]
    parts = [f"{n} {noun}{'s' if n != 1 else ''}" for n, noun in counts if n]
    return " and ".join(parts) if len(parts) < 3 else f"{parts[0]}, {parts[1]} and {parts[2]}"


SOURCE_KEY_LIMIT = 12  # sources named with their outlet in the Sources finding; more are in notebook 01's table


def source_key(articles: pd.DataFrame) -> str:
    """' (R1: Nordpress Agency, 15 Nov 08:30 UTC; R2: …)' when the manifest's labels name the sources, so a reader of
    the findings knows which outlet each label is, in order of publication (an article without an outlet by the
    credit its text gives, "credit: Reuters"); empty when every source's name already holds its outlet's ("Tressen
    Post", "Tressen Post #2", "Tressen Post (3 articles)"), when no article names its outlet, or when there are more
    than SOURCE_KEY_LIMIT sources (notebook 01's table lists them all)."""
    if "outlet" not in articles or articles["source"].nunique() > SOURCE_KEY_LIMIT:
        return ""
    rows = articles.sort_values("published", na_position="last", kind="stable").drop_duplicates("source")
    outlet = rows["outlet"].fillna("").astype(str)
    credit = rows["credit"].fillna("").astype(str) if "credit" in rows else pd.Series("", index=rows.index)
    name = outlet.where(outlet != "", ("credit: " + credit).where(credit != "", ""))
    named = [o != "" and str(s).startswith(o) for s, o in zip(rows["source"], outlet)]
    if (name == "").all() or all(named):
        return ""
    when = rows["published"].map(lambda t: "" if pd.isna(t) else f", {t:%d %b %H:%M} UTC")
    return " (" + "; ".join(f"{md(s)}: {md(n or 'outlet not given')}{w}"
                            for s, n, w in zip(rows["source"], name, when)) + ")"


def _sources_finding(articles: pd.DataFrame, problems: pd.DataFrame | None) -> str:
    from .manifest import KEPT_MARK

    problems = pd.DataFrame(columns=["file", "problem"]) if problems is None else problems
    kept = problems["problem"].astype(str).str.contains(KEPT_MARK, regex=False)
    notes = "" if not kept.any() else (
        f" ({int(kept.sum())} note{'s' if kept.sum() != 1 else ''} on how a kept article was read, such as a time "
        f"without a zone read as UTC: {listed(problems.loc[kept, 'file'].drop_duplicates(), limit=3)})")
    problems = problems[~kept]
    n_left = len(problems)
    text = (f"**Sources.** {len(articles)} article{'s' if len(articles) != 1 else ''} compared"
            + source_key(articles) + notes)
    if not n_left:
        return text + "; no file was left out."
    if n_left <= 3:  # few: each file with its reason
        return text + f"; {left_out_counts(problems)} left out (" + "; ".join(
            f"{md(f)}: {md(p)}" for f, p in problems[["file", "problem"]].itertuples(index=False)) + ")."
    reasons = problems.groupby("problem").size().sort_values(ascending=False).head(3)
    return text + f"; {left_out_counts(problems)} left out, commonest reasons: " + "; ".join(
        f"{md(reason)} ({count} file{'s' if count != 1 else ''})" for reason, count in reasons.items()) + "."
