"""One page of key findings across numbers, sentiment and framing."""
from __future__ import annotations

import pandas as pd

from .narrative import interval, md


def analyse(tables: dict[str, pd.DataFrame], corpus_dir) -> dict[str, dict[str, pd.DataFrame]]:
    """Run the numbers, sentiment and framing steps on a corpus's normalised tables."""
    from .facts import load_number_codebooks, numbers_tables
    from .framing import framing_tables, load_framing_codebooks
    from .sentiment import load_sentiment_codebooks, sentiment_tables

    from .schemas import validate

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


DIFFERENCE_WORDS = {"revision": "; revised over time, latest first in the fact summary",
                    "claimants": "; different claimants give different figures",
                    "outlets": "; outlets differ on the same claim at the same time"}


def key_findings(results: dict, articles: pd.DataFrame) -> list[str]:
    """Key findings as Markdown sentences, every data value escaped (see `narrative.md`)."""
    if len(articles) < 2:
        return [f"This corpus has a single article ({md(articles['source'].iloc[0])}): there is nothing to compare. "
                "Add at least one more source."]
    out = []
    summary = results["numbers"]["fact_summary"]
    disputed = summary[summary["headline_ok"] & (summary["disagreement"] > 0)]
    if len(disputed):
        top = disputed.iloc[0]  # the fact_summary is ranked by news value
        numbers = results["numbers"]["numbers"]
        said = numbers[numbers["fact_id"] == top["fact_id"]].merge(articles[["article_id", "source"]], on="article_id")
        versions = "; ".join(f"{md(s)}: “{md(t)}”" for s, t in said.drop_duplicates("source")[["source", "text"]].values)
        kind = DIFFERENCE_WORDS.get(top["difference"], "")
        out.append(f"**Numbers.** The leading disputed figure is **{md(top['fact_label'])}** "
                   f"({int(top['n_reporting'])} sources, {int(top['n_silent'])} silent{kind}): {versions}. "
                   f"{int((~disputed['intervals_overlap']).sum())} of {len(disputed)} disputed shared facts have intervals that "
                   f"cannot all be true, {int(disputed['scope_conflict'].sum())} differ in scope.")
    else:
        out.append("**Numbers.** No figure reported by two or more sources is disputed.")
    tone = results["sentiment"]["tone_summary"]
    overall = tone[tone["measure"] == "all sentences"].sort_values("mean")
    contrasts = results["sentiment"]["tone_contrasts"]
    clear = contrasts[contrasts["clear"]]
    if len(overall):
        low = overall.iloc[0]
        out.append(f"**Sentiment.** The most negative source is **{md(low['source'])}** (mean tone {low['mean']:+.2f}, "
                   f"{interval(low['ci_low'], low['ci_high'])}). "
                   + ("Sources clearly different from the rest: " + ", ".join(
                       f"{md(r.source)} ({'more positive' if r.difference > 0 else 'more negative'})" for r in clear.itertuples()) + "."
                      if len(clear) else "No source's tone differs from the others beyond noise.")
                   + " Lexicon tone is a weak measure on news (see notebook 03).")
    shares = results["framing"]["voice_shares"]
    profile = results["framing"]["frame_profile"]
    if len(profile):
        wide = profile.pivot_table(index="source", columns="frame", values="share")
        frame = (wide.max() - wide.min()).idxmax()
        out.append(f"**Framing.** Sources differ most on the **{md(frame)}** frame: {wide[frame].min():.0%} of sentences in "
                   f"{md(wide[frame].idxmin())} vs {wide[frame].max():.0%} in {md(wide[frame].idxmax())}."
                   + (" Quoted words go mostly to " + "; ".join(
                       f"{md(r.side)} in {md(r.source)} ({r.word_share:.0%})"
                       for r in shares.sort_values("word_share").groupby("source").tail(1).itertuples() if r.word_share > 0) + "."
                      if len(shares) and shares["word_share"].max() > 0 else ""))
    return out
