"""One page of key findings across numbers, sentiment and framing."""
from __future__ import annotations

import pandas as pd

from .narrative import interval, md


def analyse(tables: dict[str, pd.DataFrame], corpus_dir) -> dict[str, dict[str, pd.DataFrame]]:
    """Run the numbers, sentiment and framing steps on a corpus's normalised tables."""
    from .facts import load_number_codebooks, numbers_tables
    from .framing import framing_tables, load_framing_codebooks
    from .sentiment import load_sentiment_codebooks, sentiment_tables

    from .corpus import validate_or_drop as validate  # a row that fails a check is left out and named

    articles, sentences, blocks = tables["articles"], tables["sentences"], tables["blocks"]
    sent_books = load_sentiment_codebooks(corpus_dir)
    steps = {
        "numbers": numbers_tables(sentences, articles, load_number_codebooks(corpus_dir)),
        "sentiment": sentiment_tables(sentences, articles, sent_books["actors"], sent_books["lexicon"]),
        "framing": framing_tables(sentences, blocks, articles, load_framing_codebooks(corpus_dir)),
    }
    return {step: {name: validate(name, frame) for name, frame in out.items()} for step, out in steps.items()}


def source_profile(results: dict, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per source: facts reported and silent on, mean tone with its interval, whether it differs clearly
    from the others, its leading frame, its most quoted side and that side's share of quoted words."""
    facts = results["numbers"]["facts"]
    summary = results["numbers"]["fact_summary"]
    shared = summary.loc[(summary["n_reporting"] >= 2) & summary["comparable"], "fact_id"]
    tone = results["sentiment"]["tone_summary"]
    overall = tone[tone["measure"] == "all sentences"].set_index("source")
    contrasts = results["sentiment"]["tone_contrasts"].set_index("source")
    profile = results["framing"]["frame_profile"]
    shares = results["framing"]["voice_shares"]
    rows = []
    for src in sorted(articles["source"]):
        own = facts[(facts["source"] == src) & facts["fact_id"].isin(shared)]
        frames = profile[profile["source"] == src].sort_values("share", ascending=False)
        voice = shares[shares["source"] == src].sort_values("word_share", ascending=False)
        rows.append({
            "source": src,
            "shared_facts_reported": int(own["reported"].sum()), "shared_facts_silent": int((~own["reported"]).sum()),
            "tone_mean": overall["mean"].get(src), "tone_ci_low": overall["ci_low"].get(src),
            "tone_ci_high": overall["ci_high"].get(src), "tone_differs_clearly": bool(contrasts["clear"].get(src, False)),
            "leading_frame": frames["frame"].iloc[0] if len(frames) else "",
            "most_quoted_side": voice["side"].iloc[0] if len(voice) else "",
            "its_share_of_quoted_words": float(voice["word_share"].iloc[0]) if len(voice) else 0.0,
        })
    return pd.DataFrame(rows)


# Where each finding's evidence is: the report page and the anchor nbconvert gives its section heading.
FINDING_LINKS = {
    "numbers": "02_numbers.report.html#Where-the-sources-disagree",
    "silence": "02_numbers.report.html#Who-reports-what:-fact-%C3%97-source",  # nbconvert percent-encodes the ×
    "sentiment": "03_sentiment.report.html#Tone-per-source",
    "framing": "04_framing.report.html#Frames-per-source",
    "sources": "01_normalise.report.html#The-corpus-at-a-glance",
}


def key_findings(results: dict, articles: pd.DataFrame) -> list[str]:
    """Key findings as Markdown sentences, every data value escaped (see `narrative.md`)."""
    return findings_table(results, articles)["finding"].tolist()


def findings_table(results: dict, articles: pd.DataFrame, problems: pd.DataFrame | None = None) -> pd.DataFrame:
    """The run's findings, one row each: section, finding (escaped Markdown, computed from the tables) and link
    (the report section holding its evidence). The index page leads with these rows."""
    if len(articles) < 2:
        rows = [("sources", f"This corpus has a single article ({md(articles['source'].iloc[0])}): there is nothing to "
                 "compare. Add at least one more source.")] if len(articles) else []
    else:
        rows = [("numbers", _numbers_finding(results, articles)), ("silence", _silence_finding(results)),
                ("sentiment", _sentiment_finding(results)), ("framing", _framing_finding(results))]
    rows.append(("sources", _sources_finding(articles, problems)))
    rows = [(section, text) for section, text in rows if text]
    return pd.DataFrame({"section": [r[0] for r in rows], "finding": [r[1] for r in rows],
                         "link": [FINDING_LINKS[r[0]] for r in rows]})


def _numbers_finding(results: dict, articles: pd.DataFrame) -> str:
    summary = results["numbers"]["fact_summary"]
    disputed = summary[(summary["n_reporting"] >= 2) & summary["comparable"] & (summary["disagreement"] > 0)]
    if disputed.empty:
        return "**Numbers.** No figure reported by two or more sources is disputed."
    top = disputed.iloc[0]
    numbers = results["numbers"]["numbers"]
    said = numbers[numbers["fact_id"] == top["fact_id"]].merge(articles[["article_id", "source"]], on="article_id")
    versions = "; ".join(f"{md(s)}: “{md(t)}”" for s, t in said.drop_duplicates("source")[["source", "text"]].values)
    return (f"**Numbers.** The most disputed figure is **{md(top['fact_label'])}** "
            f"({int(top['n_reporting'])} sources, {int(top['n_silent'])} silent): {versions}. "
            f"{int((~disputed['intervals_overlap']).sum())} of {len(disputed)} disputed shared facts have intervals that "
            f"cannot all be true, {int(disputed['scope_conflict'].sum())} differ in scope.")


def _silence_finding(results: dict) -> str:
    """Which source is silent on the most facts that the others share."""
    facts, summary = results["numbers"]["facts"], results["numbers"]["fact_summary"]
    shared = summary.loc[(summary["n_reporting"] >= 2) & summary["comparable"], ["fact_id", "fact_label"]]
    if shared.empty:
        return ""
    silent = facts[facts["fact_id"].isin(shared["fact_id"]) & ~facts["reported"]]
    if silent.empty:
        return f"**Silences.** Every source reports each of the {len(shared)} facts that two or more sources share."
    counts = silent.groupby("source")["fact_id"].nunique().sort_values(ascending=False)
    src = counts.index[0]
    labels = silent.loc[silent["source"] == src, "fact_label"].drop_duplicates().head(3).tolist()
    return (f"**Silences.** {md(src)} is silent on {int(counts.iloc[0])} of the {len(shared)} facts other sources share "
            f"(for example {', '.join(md(x) for x in labels)}).")


def _sentiment_finding(results: dict) -> str:
    tone = results["sentiment"]["tone_summary"]
    overall = tone[tone["measure"] == "all sentences"].sort_values("mean")
    if overall.empty:
        return ""
    clear = results["sentiment"]["tone_contrasts"].query("clear")
    low = overall.iloc[0]
    text = (f"**Tone.** The lowest mean tone is in **{md(low['source'])}** ({low['mean']:+.2f}, "
            f"{interval(low['ci_low'], low['ci_high'])}). ")
    if clear.empty:
        return text + "No source's tone differs from the others beyond noise, so no source is called more negative."
    return text + "Sources whose tone differs from the rest beyond noise: " + ", ".join(
        f"{md(r.source)} ({'more positive' if r.difference > 0 else 'more negative'})" for r in clear.itertuples()) + "."


def _framing_finding(results: dict) -> str:
    profile, shares = results["framing"]["frame_profile"], results["framing"]["voice_shares"]
    if profile.empty:
        return ""
    wide = profile.pivot_table(index="source", columns="frame", values="share")
    frame = (wide.max() - wide.min()).idxmax()
    text = (f"**Framing.** Sources differ most on the **{md(frame)}** frame: {wide[frame].min():.0%} of sentences in "
            f"{md(wide[frame].idxmin())} vs {wide[frame].max():.0%} in {md(wide[frame].idxmax())}.")
    if len(shares) and shares["word_share"].max() > 0:
        top = shares.sort_values("word_share").groupby("source").tail(1)
        text += " Quoted words go mostly to " + "; ".join(
            f"{md(r.side)} in {md(r.source)} ({r.word_share:.0%})" for r in top.itertuples() if r.word_share > 0) + "."
    return text


def _sources_finding(articles: pd.DataFrame, problems: pd.DataFrame | None) -> str:
    n_left = 0 if problems is None else len(problems)
    text = f"**Sources.** {len(articles)} article{'s' if len(articles) != 1 else ''} compared"
    if not n_left:
        return text + "; no file was left out."
    reasons = problems.groupby("problem").size().sort_values(ascending=False).head(3)
    return text + f"; {n_left} file{'s' if n_left != 1 else ''} left out (" + "; ".join(
        f"{md(reason)}: {count}" for reason, count in reasons.items()) + ")."
