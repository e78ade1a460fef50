"""Tone of each source: per sentence, through the article, own voice vs quotes, toward each side, with uncertainty.

Two independent offline lexicon methods score every body sentence:
- VADER (vaderSentiment; Hutto & Gilbert 2014): `compound` in [-1, 1];
- TextBlob's Pattern lexicon polarity in [-1, 1], on sentences this project split (no NLTK download).
`tone` is their mean. Labels use ±LABEL_THRESHOLD (VADER's own recommended cut-off, 0.05).

Voices: each sentence is cut into the outlet's narration and the text inside quotation marks
(`sentences.quote_mask`), and each part is scored alone, so a gloomy quote does not count as the outlet's
own gloom. Actors: a sentence's tone is attributed to every actor and side it names (actor codebook).
Uncertainty: bootstrap confidence intervals over sentences (`bootstrap_mean`), and a bootstrap test of
each source against the others (`source_contrasts`), so narrative can say when a difference is noise.

Known limits (stated in the notebook): lexicons score words, not events ("killed" and "ceasefire" carry
little lexicon weight), miss negation and irony in long news sentences, and treat reported criticism like
the outlet's own; figures are comparisons between sources, not absolute measures.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .articlecache import per_article
from .codebooks import alias_pattern, normalise_alias
from .sentences import quote_mask
from .text import WORD

LABEL_THRESHOLD = 0.05
N_BOOT = 2000
SENTENCE_TONE_COLUMNS = ["article_id", "block_no", "sentence_no", "position", "in_quote", "text", "vader", "textblob",
                         "tone", "label_vader", "label_textblob", "label"]


def _analysers():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from textblob import TextBlob
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    vader = SentimentIntensityAnalyzer()
    return (lambda text: vader.polarity_scores(text)["compound"]), (lambda text: TextBlob(text).sentiment.polarity)


def label_of(score: float, threshold: float = LABEL_THRESHOLD) -> str:
    """negative / neutral / positive for a score in [-1, 1]."""
    return "positive" if score >= threshold else "negative" if score <= -threshold else "neutral"


def score_texts(texts: list[str]) -> pd.DataFrame:
    """VADER compound, TextBlob polarity and their mean (`tone`) for each text."""
    vader, blob = _analysers()
    v = [vader(t) for t in texts]
    b = [blob(t) for t in texts]
    return pd.DataFrame({"vader": v, "textblob": b, "tone": [(x + y) / 2 for x, y in zip(v, b)]}, dtype=float)


def sentence_tone(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per body sentence: relative position in its article (0 first … 1 last), both scores, tone, labels."""
    body = sentences[sentences["role"] == "body"].reset_index(drop=True)
    scores = score_texts(body["text"].tolist())
    order = body.groupby("article_id").cumcount()
    size = body.groupby("article_id")["text"].transform("size")
    out = pd.concat([body[["article_id", "block_no", "sentence_no", "in_quote", "text"]], scores], axis=1)
    out.insert(3, "position", np.where(size > 1, order / (size - 1).clip(lower=1), 0.5))
    for col in ("vader", "textblob", "tone"):
        out[f"label_{col}" if col != "tone" else "label"] = out[col].map(label_of)
    return out[SENTENCE_TONE_COLUMNS]


def voice_segments(sentences: pd.DataFrame) -> pd.DataFrame:
    """Each body sentence cut into narration and quotation parts, each scored: one row per part."""
    rows = []
    for sent in sentences[sentences["role"] == "body"].itertuples(index=False):
        mask = quote_mask(sent.text)
        for voice, flag in (("narration", False), ("quote", True)):
            part = "".join(ch if m == flag else " " for ch, m in zip(sent.text, mask))
            part = re.sub(r"[“”«»\"]", " ", part)
            if len(WORD.findall(part)) >= 3:
                rows.append({"article_id": sent.article_id, "block_no": sent.block_no, "sentence_no": sent.sentence_no,
                             "voice": voice, "text": " ".join(part.split())})
    frame = pd.DataFrame(rows, columns=["article_id", "block_no", "sentence_no", "voice", "text"])
    return pd.concat([frame, score_texts(frame["text"].tolist())], axis=1)


_REFERS_BACK = re.compile(r"(?i)\b(?:these|those|such)\s+[a-z]+s\b|\b(?:these|those)\b")


def actor_mentions(sentences: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """One row per body sentence × actor: article_id, block_no, sentence_no, actor, side, alias, via.

    `via` is "named" when the sentence names the actor (alias, spelling variant or title), or "previous
    sentence" when the sentence names no actor or refers back ("these demands", "such terms"): news prose
    carries its actors from one sentence to the next ("He added…", "These terms are seen as…").
    """
    pattern = alias_pattern(actors)
    cols = ["article_id", "block_no", "sentence_no", "actor", "side", "alias", "via"]
    if pattern is None:
        return pd.DataFrame(columns=cols)
    lookup = {normalise_alias(a): (act, side) for a, act, side in zip(actors["alias"], actors["actor"], actors["side"])}
    rows = []
    previous: dict[str, list[dict]] = {}
    for sent in sentences[sentences["role"] == "body"].itertuples(index=False):
        named: dict[str, dict] = {}
        for m in pattern.finditer(sent.text):
            actor, side = lookup[normalise_alias(m.group(0))]
            named.setdefault(actor, {"actor": actor, "side": side, "alias": m.group(0), "via": "named"})
        carried = previous.get(sent.article_id, [])
        if not named or _REFERS_BACK.search(sent.text):
            for row in carried:
                named.setdefault(row["actor"], {**row, "via": "previous sentence"})
        found = list(named.values())
        rows.extend({"article_id": sent.article_id, "block_no": sent.block_no, "sentence_no": sent.sentence_no, **r}
                    for r in found)
        if found:
            previous[sent.article_id] = [r for r in found if r["via"] == "named"] or found
    return pd.DataFrame(rows, columns=cols)


def bootstrap_mean(values, n_boot: int = N_BOOT, seed: int = 0, level: float = 0.95) -> tuple[float, float, float]:
    """(mean, low, high): the mean of `values` and its percentile bootstrap confidence interval."""
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if len(x) == 0:
        return (np.nan, np.nan, np.nan)
    if len(x) == 1:
        return (float(x[0]), np.nan, np.nan)
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, len(x), size=(n_boot, len(x)))].mean(axis=1)
    alpha = (1 - level) / 2
    return float(x.mean()), float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def summarise(frame: pd.DataFrame, by: list[str], value: str = "tone", seed: int = 0) -> pd.DataFrame:
    """Mean of `value` per group with its 95% bootstrap interval and the number of sentences."""
    rows = []
    for keys, group in frame.groupby(by, sort=True):
        mean, lo, hi = bootstrap_mean(group[value], seed=seed)
        keys = keys if isinstance(keys, tuple) else (keys,)
        rows.append({**dict(zip(by, keys)), "mean": mean, "ci_low": lo, "ci_high": hi, "n": len(group)})
    return pd.DataFrame(rows, columns=by + ["mean", "ci_low", "ci_high", "n"])


def source_contrasts(frame: pd.DataFrame, by: str = "source", value: str = "tone", n_boot: int = N_BOOT,
                     seed: int = 0) -> pd.DataFrame:
    """Each group against all the others: the difference of means, its 95% bootstrap interval, and whether it
    excludes zero (`clear`); otherwise the difference is within noise.

    Stratified bootstrap, linear in the number of rows: each group is resampled once (n_boot sums), and the rest's
    resampled mean is the total of resampled sums minus the group's own, over the rest's size."""
    rng = np.random.default_rng(seed)
    data = frame[[by, value]].dropna(subset=[value])
    groups = sorted(frame[by].dropna().unique())
    sums, sizes = {}, {}
    for name, values in data.groupby(by, sort=True)[value]:
        x = values.to_numpy(dtype=float)
        step = max(1, 2_000_000 // len(x))  # resample in chunks: memory stays flat for large groups
        sums[name] = np.concatenate([x[rng.integers(0, len(x), (min(step, n_boot - i), len(x)))].sum(axis=1)
                                     for i in range(0, n_boot, step)])
        sizes[name] = len(x)
    total_boot = sum(sums.values()) if sums else np.zeros(n_boot)
    own_sums = data.groupby(by)[value].sum()
    total_sum, total_n = float(data[value].sum()), len(data)
    rows = []
    for name in groups:
        n_own = sizes.get(name, 0)
        own_sum = float(own_sums.get(name, 0.0))
        if n_own < 2 or total_n - n_own < 2:
            rows.append({by: name, "difference": np.nan, "ci_low": np.nan, "ci_high": np.nan, "clear": False})
            continue
        diffs = sums[name] / n_own - (total_boot - sums[name]) / (total_n - n_own)
        lo, hi = np.quantile(diffs, [0.025, 0.975])
        rows.append({by: name, "difference": own_sum / n_own - (total_sum - own_sum) / (total_n - n_own),
                     "ci_low": float(lo), "ci_high": float(hi), "clear": bool(lo > 0 or hi < 0)})
    return pd.DataFrame(rows, columns=[by, "difference", "ci_low", "ci_high", "clear"])


def cohen_kappa(a, b) -> float:
    """Cohen's kappa between two label sequences."""
    a, b = list(a), list(b)
    labels = sorted(set(a) | set(b))
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    expected = sum((a.count(l) / n) * (b.count(l) / n) for l in labels)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def method_agreement(tone: pd.DataFrame) -> dict[str, float]:
    """How far the two methods agree on the same sentences: Pearson and Spearman r, label agreement and kappa."""
    if len(tone) < 3:
        return {"pearson": np.nan, "spearman": np.nan, "label_agreement": np.nan, "kappa": np.nan, "n": len(tone)}
    return {
        "pearson": float(tone["vader"].corr(tone["textblob"])),
        "spearman": float(tone["vader"].rank().corr(tone["textblob"].rank())),
        "label_agreement": float((tone["label_vader"] == tone["label_textblob"]).mean()),
        "kappa": float(cohen_kappa(tone["label_vader"], tone["label_textblob"])),
        "n": len(tone),
    }


def evaluative_words(segments: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Evaluative words in the outlet's own narration (never inside quotes): one row per occurrence.

    `lexicon` has columns word, polarity (see `evaluative_lexicon`).
    """
    words = dict(zip(lexicon["word"], lexicon["polarity"]))
    rows = []
    for seg in segments[segments["voice"] == "narration"].itertuples(index=False):
        for m in WORD.finditer(seg.text):
            w = m.group(0).lower()
            if w in words:
                rows.append({"article_id": seg.article_id, "block_no": seg.block_no, "sentence_no": seg.sentence_no,
                             "word": w, "polarity": words[w]})
    return pd.DataFrame(rows, columns=["article_id", "block_no", "sentence_no", "word", "polarity"])


_ADJ_ADV = re.compile(r"[a-z]+(?:ous|ive|ful|less|able|ible|ic|ly|ish)$")


def evaluative_lexicon(overrides: pd.DataFrame | None = None, min_subjectivity: float = 0.5,
                       min_vader: float = 0.8) -> pd.DataFrame:
    """Words that carry judgement, from two published lexicons, restricted to adjectives and adverbs:
    Pattern's (TextBlob) adjectives/adverbs with subjectivity >= min_subjectivity, and VADER entries with
    |valence| >= min_vader whose ending marks an adjective or adverb (-ous, -ive, -ful, -less, -ly…), scaled to
    [-1, 1]. Topic nouns such as 'war' or 'peace' are left out by construction. The codebook's overrides
    (word, include yes/no, polarity) then add or remove words."""
    from textblob.en import sentiment as pattern_lexicon
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    out: dict[str, float] = {}
    for word, senses in pattern_lexicon.items():
        for pos, values in senses.items():
            if pos in ("JJ", "RB") and values[1] >= min_subjectivity and re.fullmatch(r"[a-z]+", word):
                out[word] = float(values[0])
    for word, valence in SentimentIntensityAnalyzer().lexicon.items():
        if abs(valence) >= min_vader and _ADJ_ADV.fullmatch(word):
            out.setdefault(word, max(-1.0, min(1.0, valence / 4)))
    if overrides is not None:
        for row in overrides.itertuples(index=False):
            word = row.word.strip().lower()
            if row.include.strip().lower() in ("no", "false", "0"):
                out.pop(word, None)
            else:
                out[word] = float(row.polarity) if str(row.polarity).strip() else out.get(word, 0.0)
    return pd.DataFrame(sorted(out.items()), columns=["word", "polarity"])


def sentiment_tables(sentences: pd.DataFrame, articles: pd.DataFrame, actors: pd.DataFrame,
                     lexicon: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The sentiment step's tables.

    - `tone_sentences`: one row per body sentence (both methods, tone, labels, position, source);
    - `tone_voices`: one row per narration or quotation part of a sentence, scored;
    - `tone_actors`: one row per sentence × actor named, with the sentence's tone;
    - `tone_summary`: one row per source × measure (all sentences, narration, quotes, each side) with the
      mean, its 95% bootstrap interval and n;
    - `tone_contrasts`: each source against the others (difference, interval, clear or within noise);
    - `evaluative`: one row per evaluative word in a source's own narration;
    - `method_agreement`: VADER vs TextBlob on the same sentences, overall and per source.
    """
    source = articles.set_index("article_id")["source"]
    tone = per_article(sentence_tone, sentences)  # per-article parts cached between runs (helpers.articlecache)
    tone.insert(1, "source", tone["article_id"].map(source))
    voices = per_article(voice_segments, sentences)
    voices.insert(1, "source", voices["article_id"].map(source))
    mentioned = per_article(actor_mentions, sentences, actors)
    tone_actors = mentioned.merge(tone[["article_id", "block_no", "sentence_no", "source", "tone", "vader", "textblob"]],
                                  on=["article_id", "block_no", "sentence_no"])
    parts = [summarise(tone, ["source"]).assign(measure="all sentences"),
             summarise(voices, ["source", "voice"]).rename(columns={"voice": "measure"})]
    sides = summarise(tone_actors, ["source", "side"]).assign(measure=lambda d: "toward " + d["side"]).drop(columns="side")
    summary = pd.concat(parts + [sides], ignore_index=True)[["source", "measure", "mean", "ci_low", "ci_high", "n"]]
    words = per_article(evaluative_words, voices, lexicon)
    words.insert(1, "source", words["article_id"].map(source))
    agreement = pd.DataFrame([{"scope": "all sources", **method_agreement(tone)}]
                             + [{"scope": name, **method_agreement(g)} for name, g in tone.groupby("source")])
    return {"tone_sentences": tone, "tone_voices": voices, "tone_actors": tone_actors, "tone_summary": summary,
            "tone_contrasts": source_contrasts(tone), "evaluative": words, "method_agreement": agreement}


def evaluative_rates(evaluative: pd.DataFrame, voices: pd.DataFrame) -> pd.DataFrame:
    """Per source: evaluative words in its narration, narration words, rate per 1,000 words, and its most used ones."""
    narration = voices[voices["voice"] == "narration"]
    n_words = narration.groupby("source")["text"].agg(lambda t: sum(len(WORD.findall(x)) for x in t))
    counts = evaluative.groupby("source").size().reindex(n_words.index, fill_value=0)
    top = evaluative.groupby("source")["word"].agg(lambda w: ", ".join(w.value_counts().head(8).index))
    out = pd.DataFrame({"evaluative_words": counts, "narration_words": n_words})
    out["per_1000_words"] = 1000 * out["evaluative_words"] / out["narration_words"].clip(lower=1)
    out["most_used"] = top.reindex(out.index).fillna("")
    return out.reset_index()


def load_sentiment_codebooks(corpus_dir) -> dict:
    """The codebooks the sentiment step reads: actors and the evaluative-word overrides."""
    from . import paths
    from .codebooks import load_actors, read_codebook

    overrides = read_codebook(paths.codebook_path("evaluative.csv", corpus_dir), ["word", "include", "polarity"])
    return {"actors": load_actors(paths.codebook_path("actors.csv", corpus_dir)), "lexicon": evaluative_lexicon(overrides)}
