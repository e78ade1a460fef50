"""Tone of each source: per sentence, through the article, own voice vs quotes, toward each side, with uncertainty.

Two independent offline lexicon methods score every body sentence:
- VADER (vaderSentiment; Hutto & Gilbert 2014): `compound` in [-1, 1];
- TextBlob's Pattern lexicon polarity in [-1, 1], on sentences this project split (no NLTK download).
`tone` is their mean. Labels use ±LABEL_THRESHOLD (VADER's own recommended cut-off, 0.05).

Voices: each sentence is cut into the outlet's narration and the text inside quotation marks
(`sentences.quote_mask`), and each part is scored alone, so a gloomy quote does not count as the outlet's
own gloom. Actors: a sentence's tone is attributed to every actor and side it names (actor codebook).
Uncertainty: bootstrap confidence intervals over sentences (`bootstrap_mean`), and a bootstrap test of
each source against the others (`source_contrasts`, over the articles of an outlet of several), so narrative can
say when a difference is noise.

Known limits (stated in the notebook): lexicons score words, not events ("killed" and "ceasefire" carry
little lexicon weight), miss negation and irony in long news sentences, and treat reported criticism like
the outlet's own; figures are comparisons between sources, not absolute measures.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .articlecache import per_article
from .attribution_rules import REPORTING_VERBS, SPEECH_CUE_ROWS
from .codebooks import alias_key, alias_pattern
from .sentences import quote_mask
from .text import WORD

LABEL_THRESHOLD = 0.05
N_BOOT = 2000
SENTENCE_TONE_COLUMNS = ["article_id", "block_no", "sentence_no", "position", "in_quote", "text", "vader", "textblob",
                         "tone", "model", "label_vader", "label_textblob", "label", "label_model"]
DEFAULT_METHOD = "model"
METHODS = {  # summary method -> (score column, the name every chart and table gives it)
    "model": ("model", "learned model (MiniLM-L6, top layers fine-tuned on NewsMTSC)"),
    "lexicon": ("tone", "lexicon (mean of VADER and TextBlob)"),
}


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
    """VADER compound, TextBlob polarity and their mean (`tone`) for each text (a text repeated, as wire copy is
    across outlets, is scored once)."""
    vader, blob = _analysers()
    unique = list(dict.fromkeys(texts))
    scored = {t: (vader(t), blob(t)) for t in unique}
    v = [scored[t][0] for t in texts]
    b = [scored[t][1] for t in texts]
    return pd.DataFrame({"vader": v, "textblob": b, "tone": [(x + y) / 2 for x, y in zip(v, b)]}, dtype=float)


TARGET_METHODS = {
    "model": "MiniLM-L6 (int8), top 2 layers fine-tuned on NewsMTSC, linear head refit with the project's key",
    "vader": "VADER compound of the sentence",
    "textblob": "TextBlob (Pattern) polarity of the sentence",
}
TARGET_CHUNK = 4096  # targets encoded per call, to bound memory on large corpora


def _target_spans(frame: pd.DataFrame) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts and mention offsets; a missing, reversed or out-of-range span becomes the whole text."""
    missing = {"text", "target_start", "target_end"} - set(frame.columns)
    if missing:
        raise ValueError(f"target_tone needs the columns text, target_start, target_end; missing: {sorted(missing)}")
    texts = frame["text"].fillna("").astype(str).tolist()
    length = np.array([len(t) for t in texts])
    start = pd.to_numeric(frame["target_start"], errors="coerce").to_numpy(dtype=float)
    end = pd.to_numeric(frame["target_end"], errors="coerce").to_numpy(dtype=float)
    bad = np.isnan(start) | np.isnan(end) | (start < 0) | (end > length) | (end <= start)
    return texts, np.where(bad, 0, start).astype(int), np.where(bad, length, end).astype(int)


def target_tone(frame: pd.DataFrame, method: str = "model", *, head: str = "target") -> pd.DataFrame:
    """Tone of each text toward the target mentioned at [target_start, target_end).

    In: columns `text`, `target_start`, `target_end` (character offsets; a missing or impossible span scores
    the whole text). Out: one row per input row, same index and order, with `label` (negative, neutral,
    positive), `score` in [-1, 1] and `method`. `method="model"` (default) is the learned model
    (`helpers.tone_model`: score = P(positive) - P(negative)); "vader" and "textblob" are the lexicon
    second opinions, which score the whole sentence and ignore the target. Empty texts are neutral, 0. `head`
    ("target" or "sentence", `helpers.tone_model.head_of`) picks the model's head.
    """
    if method not in TARGET_METHODS:
        raise ValueError(f"unknown tone method {method!r}; choose one of {sorted(TARGET_METHODS)}")
    texts, start, end = _target_spans(frame)
    score = np.zeros(len(texts))
    label = np.array(["neutral"] * len(texts), dtype=object)
    live = np.flatnonzero([bool(t.strip()) for t in texts])
    if method == "model" and len(live):
        from .tone_model import LABELS, head_of, predict_proba, target_features

        for chunk in np.array_split(live, max(1, -(-len(live) // TARGET_CHUNK))):
            p = predict_proba(target_features([texts[i] for i in chunk], start[chunk], end[chunk]), head_of(head))
            score[chunk] = np.clip(p[:, 2] - p[:, 0], -1, 1)
            label[chunk] = np.array(LABELS)[p.argmax(axis=1)]
    elif len(live):
        lexicon = score_texts([texts[i] for i in live])[method].to_numpy()
        score[live] = lexicon
        label[live] = [label_of(x) for x in lexicon]
    return pd.DataFrame({"label": label, "score": score, "method": method}, index=frame.index)


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
    model = whole_text_tone(out["text"])
    out["model"], out["label_model"] = model["score"].to_numpy(), model["label"].to_numpy()
    return out[SENTENCE_TONE_COLUMNS]


def whole_text_tone(texts: pd.Series) -> pd.DataFrame:
    """The learned model's tone of each whole text (the target span is the text itself, read by the sentence head);
    one row per text, in order. Each distinct text goes through the encoder once (wire copy, boilerplate recur)."""
    unique = pd.Series(pd.unique(texts.to_numpy()), dtype=object)
    scored = target_tone(pd.DataFrame({"text": unique.to_numpy(), "target_start": 0,
                                       "target_end": unique.str.len().to_numpy()}), head="sentence")
    return scored.iloc[pd.Index(unique).get_indexer(texts.to_numpy())].reset_index(drop=True)


def unscored_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles left out of tone scoring because their language (column `language`, when present) is not one the
    methods read (`helpers.language.outside_methods`; an unknown language is scored). Columns article_id, source,
    language."""
    from .language import outside_methods

    cols = ["article_id", "source", "language"]
    if "language" not in articles.columns:
        return pd.DataFrame(columns=cols)
    return articles.loc[outside_methods(articles), cols].reset_index(drop=True)


VOICE_COLUMNS = ["article_id", "block_no", "sentence_no", "voice", "text"]


_QUOTE_CHARS = re.compile('[“«„”»"]')


def opens_inside_quote(text: str, in_quote: bool) -> bool:
    """Whether a sentence the sentence step marked `in_quote` begins inside a quotation opened in an earlier sentence
    (a quote running over several sentences): its first quotation mark closes one ('…nothing,” his mother said.'), or
    it has none at all (a middle sentence of a long quote), or its straight quotes are odd in number and it does not
    open with one. A sentence that opens its own quotation, or is not in a quote, does not."""
    if not in_quote:
        return False
    first = _QUOTE_CHARS.search(text)
    if first is None:
        return True
    if first.group() != '"':
        return first.group() in "”»"
    return text.count('"') % 2 == 1 and not text.lstrip().startswith('"')


def sentence_quote_mask(text: str, opens_inside: bool = False) -> list[bool]:
    """For each character of one sentence, whether it is quoted; `opens_inside`: the sentence begins inside a quotation
    opened before it (`opens_inside_quote`), so its words up to the closing mark are quoted."""
    opener = ('"' if '"' in text and not any(c in text for c in "“«„”»") else "“") if opens_inside else ""
    return quote_mask(opener + text)[len(opener):]


# Named cues of reported speech: words outside quotation marks that credit them to someone else ("the union said
# the raid was unlawful", "according to the ministry"). Such a part is `reported`, never the outlet's own narration.
REPORTED_SPEECH_CUES = pd.DataFrame([
    ("speech_verb", r"\b(?:" + "|".join(c.pattern for c in REPORTING_VERBS if c.name in SPEECH_CUE_ROWS) + r")\b",
     "the union said the raid was unlawful"),  # session 11: the attribution step's verb table, one source
    ("according_to", r"\baccording\s+to\b", "according to the ministry, six people were held"),
    ("in_the_words_of", r"\bin\s+the\s+words\s+of\b", "in the words of one officer, it was chaos"),
    ("statement", r"\b(?:a|the|its|his|her|their)\s+statement\b", "in a statement the police called it lawful"),
], columns=["name", "pattern", "example"])
_REPORTED = re.compile("|".join(f"(?:{p})" for p in REPORTED_SPEECH_CUES["pattern"]), re.IGNORECASE)
# Session 14: reported speech inside a relative clause ("a two-day strike that hospital bosses say is costing them
# £1m a day", "a figure which the ministry says is too low") credits only the clause; the words before it are the
# outlet's own narration (a tabloid's "Desperate patients were turned away on the first day of a strike that …").
RELATIVE_SPEECH = re.compile(r"(?<=\s)(?:that|which)\s+(?:[\w'’-]+\s+){1,4}?(?:says?|said|claims?|claimed|estimates?|"
                             r"believes?|insists?|admits?)\b", re.IGNORECASE)


def _narration_before_relative_speech(part: str) -> list[tuple[str, str]]:
    """A part without quotation marks whose only speech cue lies in a relative clause (`RELATIVE_SPEECH`): narration up
    to the clause and reported speech from it; else the whole part reported, as before."""
    m = RELATIVE_SPEECH.search(part)
    head = part[:m.start()].strip() if m else ""
    if m is None or _REPORTED.search(head) or len(WORD.findall(head)) < 3 or len(WORD.findall(part[m.start():])) < 3:
        return [("reported", part)]
    return [("narration", head), ("reported", part[m.start():].strip())]


def voice_parts(text: str, opens_inside: bool = False) -> list[tuple[str, str]]:
    """(voice, text) of the narration and quotation parts of one sentence with at least 3 words each; `opens_inside`:
    the sentence begins inside a quotation opened before it (`opens_inside_quote`), so its words up to the closing
    mark are quoted. A sentence without quotation marks is `reported` speech when a cue of `REPORTED_SPEECH_CUES`
    credits it to someone else ("the union said the raid was unlawful"), else the outlet's own `narration`; beside a
    quotation, the words outside it (its speech tag: "the grieving mother said") are the outlet's narration."""
    mask = sentence_quote_mask(text, opens_inside)
    parts = []
    for voice, flag in (("narration", False), ("quote", True)):
        part = "".join(ch if m == flag else " " for ch, m in zip(text, mask))
        part = re.sub(r"[“”«»\"]", " ", part)
        if len(WORD.findall(part)) >= 3:
            parts.append((voice, " ".join(part.split())))
    if not any(mask) and parts and _REPORTED.search(parts[0][1]):  # beside a quote, the words outside it are its
        return _narration_before_relative_speech(parts[0][1])  # speech tag, in the outlet's voice ("the mother said")
    return parts


def _voice_rows(body: pd.DataFrame) -> pd.DataFrame:
    """The voice parts of each body sentence (a repeated sentence is cut once): one row per part."""
    cut: dict[tuple[str, bool], list[tuple[str, str]]] = {}
    inside = body["in_quote"].fillna(False).astype(bool) if "in_quote" in body else pd.Series(False, index=body.index)
    opens = [opens_inside_quote(t, q) for t, q in zip(body["text"], inside)]
    rows = [(a, b, n, voice, part)
            for a, b, n, text, o in zip(body["article_id"], body["block_no"], body["sentence_no"], body["text"], opens)
            for voice, part in (cut[(text, o)] if (text, o) in cut else cut.setdefault((text, o), voice_parts(text, o)))]
    return pd.DataFrame(rows, columns=VOICE_COLUMNS)


def _scored_parts(frame: pd.DataFrame, known: pd.DataFrame | None = None) -> pd.DataFrame:
    """The voice parts with every method's score; a part whose text has a row in `known` (columns text, vader,
    textblob, tone, model: the sentences already scored) takes that row's scores, the others are scored here."""
    columns = ["vader", "textblob", "tone", "model"]
    known = (known[["text", *columns]].drop_duplicates("text").set_index("text") if known is not None
             else pd.DataFrame(columns=columns, dtype=float))
    new = frame.loc[~frame["text"].isin(known.index), "text"].drop_duplicates()
    scored = score_texts(new.tolist()).assign(model=whole_text_tone(new.reset_index(drop=True))["score"].to_numpy())
    lookup = pd.concat([known.astype(float), scored.set_index(new.to_numpy())])
    return pd.concat([frame, lookup.loc[frame["text"]].reset_index(drop=True)], axis=1)


def voice_segments(sentences: pd.DataFrame) -> pd.DataFrame:
    """Each body sentence cut into narration and quotation parts, each scored: one row per part."""
    return _scored_parts(_voice_rows(sentences[sentences["role"] == "body"]))


def voice_tone(tone: pd.DataFrame) -> pd.DataFrame:
    """`voice_segments` of the sentences `sentence_tone` scored (its rows in), with the sentences' scores reused
    for the parts that are a whole sentence (a sentence without quotation marks is its own narration)."""
    return _scored_parts(_voice_rows(tone), tone)


_REFERS_BACK = re.compile(r"(?i)\b(?:these|those|such)\s+[a-z]+s\b|\b(?:these|those)\b")


def actor_mentions(sentences: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """One row per body sentence × actor: article_id, block_no, sentence_no, actor, side, alias, via, and the
    character offsets `start`, `end` of the alias in the sentence (-1 when carried from the previous sentence).

    `via` is "named" when the sentence names the actor (alias, spelling variant or title), or "previous
    sentence" when the sentence names no actor or refers back ("these demands", "such terms"): news prose
    carries its actors from one sentence to the next ("He added…", "These terms are seen as…").
    """
    pattern = alias_pattern(actors)
    cols = ["article_id", "block_no", "sentence_no", "actor", "side", "alias", "via", "start", "end"]
    if pattern is None:
        return pd.DataFrame(columns=cols)
    lookup = {alias_key(a): (act, side) for a, act, side in zip(actors["alias"], actors["actor"], actors["side"])}
    rows = []
    previous: dict[str, list[dict]] = {}
    for sent in sentences[sentences["role"] == "body"].itertuples(index=False):
        named: dict[str, dict] = {}
        for m in pattern.finditer(sent.text):
            actor, side = lookup[alias_key(m.group(0))]
            named.setdefault(actor, {"actor": actor, "side": side, "alias": m.group(0), "via": "named",
                                     "start": m.start(), "end": m.end()})
        carried = previous.get(sent.article_id, [])
        if not named or _REFERS_BACK.search(sent.text):
            for row in carried:
                named.setdefault(row["actor"], {**row, "via": "previous sentence", "start": -1, "end": -1})
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
    for keys, values in grouped_values(frame, by, value):
        mean, lo, hi = bootstrap_mean(values, seed=seed)
        keys = keys if isinstance(keys, tuple) else (keys,)
        rows.append({**dict(zip(by, keys)), "mean": mean, "ci_low": lo, "ci_high": hi, "n": len(values)})
    return pd.DataFrame(rows, columns=by + ["mean", "ci_low", "ci_high", "n"])


def grouped_values(frame: pd.DataFrame, by: list[str], value: str) -> list[tuple]:
    """(group keys, the group's `value` array in row order) per group, sorted by keys as `groupby` sorts them
    (groups with a missing key left out): one sort instead of one DataFrame per group."""
    groups = frame.groupby(by, sort=True)
    codes = groups.ngroup().to_numpy(dtype=float)
    keep = np.flatnonzero(~np.isnan(codes) & (codes >= 0))
    order = keep[np.argsort(codes[keep], kind="stable")]
    values = frame[value].to_numpy(dtype=float)[order]
    sizes = groups.size()
    bounds = np.r_[0, np.cumsum(sizes.to_numpy())]
    return [(keys, values[a:b]) for keys, a, b in zip(sizes.index, bounds[:-1], bounds[1:])]


def resampling_units(frame: pd.DataFrame, by: str, value: str, cluster: str = "article_id") -> dict:
    """Per group of `by`: (sums, sizes) of the units a bootstrap resamples, in row order of the units: the group's
    articles (`cluster`) when it has two or more (a cluster bootstrap: articles, not sentences, are the independent
    draws, so an interval reflects how many articles stand behind an outlet), else its sentences (size 1 each).
    Rows without a value are left out."""
    data = frame[[by, value] + ([cluster] if cluster in frame.columns else [])].dropna(subset=[value, by])
    per_unit = (data.groupby([by, cluster], sort=True)[value].agg(["sum", "size"]) if cluster in data.columns
                else pd.DataFrame(columns=["sum", "size"], index=pd.MultiIndex.from_tuples([], names=[by, cluster])))
    n_units = per_unit.groupby(level=0).size()
    out = {}
    for name, values in data.groupby(by, sort=True)[value]:
        if n_units.get(name, 0) >= 2:
            own = per_unit.loc[name]
            out[name] = (own["sum"].to_numpy(dtype=float), own["size"].to_numpy(dtype=float))
        else:
            x = values.to_numpy(dtype=float)
            out[name] = (x, np.ones(len(x)))
    return out


def resampled_totals(sums: np.ndarray, sizes: np.ndarray, n_boot: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """n_boot resamples (with replacement, as many units as there are) of units with these sums and sizes: each
    resample's total sum and total size. Drawn in chunks, so memory stays flat for large groups."""
    k = len(sums)
    step = max(1, 2_000_000 // max(k, 1))
    totals, counts = [], []
    for i in range(0, n_boot, step):
        draw = rng.integers(0, k, (min(step, n_boot - i), k))
        totals.append(sums[draw].sum(axis=1))
        counts.append(sizes[draw].sum(axis=1))
    return np.concatenate(totals), np.concatenate(counts)


def source_contrasts(frame: pd.DataFrame, by: str = "source", value: str = "tone", n_boot: int = N_BOOT,
                     seed: int = 0, cluster: str = "article_id") -> pd.DataFrame:
    """`resampled_contrasts` by articles (when the frame has `cluster`) and by sentences, and the wider of the two: a
    few articles that happen to agree give a cluster bootstrap with almost no spread (two articles: three possible
    means), so an outlet's interval is never narrower than its sentences'; `clear` only when both call it clear."""
    by_article = resampled_contrasts(frame, by, value, n_boot, seed)
    if cluster not in frame.columns:
        return by_article
    by_sentence = resampled_contrasts(frame.drop(columns=cluster), by, value, n_boot, seed)
    return by_article.assign(ci_low=np.fmin(by_article["ci_low"], by_sentence["ci_low"]),
                             ci_high=np.fmax(by_article["ci_high"], by_sentence["ci_high"]),
                             clear=by_article["clear"] & by_sentence["clear"])


def resampled_contrasts(frame: pd.DataFrame, by: str = "source", value: str = "tone", n_boot: int = N_BOOT,
                        seed: int = 0) -> pd.DataFrame:
    """Each group against all the others: the difference of means and its 95% bootstrap interval. `clear` only when
    that interval excludes zero AND the group's own 95% interval does not overlap the others' (so no report calls a
    source "more positive" while the intervals overlap); otherwise the difference is within noise.

    Stratified bootstrap, linear in the number of rows: each group is resampled once (n_boot totals) by its units
    (`resampling_units`: its articles when the frame has `article_id` and the group has two or more, else its
    sentences), and the rest's resampled mean is the total of resampled sums minus the group's own, over the total
    of resampled sizes minus the group's own."""
    rng = np.random.default_rng(seed)
    data = frame[[by, value]].dropna(subset=[value])
    groups = sorted(frame[by].dropna().unique())
    sums, counts, sizes = {}, {}, data.groupby(by).size()
    for name, (unit_sums, unit_sizes) in resampling_units(frame, by, value).items():
        sums[name], counts[name] = resampled_totals(unit_sums, unit_sizes, n_boot, rng)
    total_boot = sum(sums.values()) if sums else np.zeros(n_boot)
    total_count = sum(counts.values()) if counts else np.zeros(n_boot)
    own_sums = data.groupby(by)[value].sum()
    total_sum, total_n = float(data[value].sum()), len(data)
    rows = []
    for name in groups:
        n_own = int(sizes.get(name, 0))
        own_sum = float(own_sums.get(name, 0.0))
        if n_own < 2 or total_n - n_own < 2:
            rows.append({by: name, "difference": np.nan, "ci_low": np.nan, "ci_high": np.nan, "clear": False})
            continue
        own_means = sums[name] / counts[name]
        rest_means = (total_boot - sums[name]) / (total_count - counts[name])
        lo, hi = np.quantile(own_means - rest_means, [0.025, 0.975])
        (own_lo, own_hi), (rest_lo, rest_hi) = np.quantile(own_means, [0.025, 0.975]), np.quantile(rest_means, [0.025, 0.975])
        apart = own_lo > rest_hi or own_hi < rest_lo
        rows.append({by: name, "difference": own_sum / n_own - (total_sum - own_sum) / (total_n - n_own),
                     "ci_low": float(lo), "ci_high": float(hi), "clear": bool((lo > 0 or hi < 0) and apart)})
    return pd.DataFrame(rows, columns=[by, "difference", "ci_low", "ci_high", "clear"])


def cohen_kappa(a, b) -> float:
    """Cohen's kappa between two label sequences."""
    a, b = list(a), list(b)
    labels = sorted(set(a) | set(b))
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    expected = sum((a.count(l) / n) * (b.count(l) / n) for l in labels)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


AGREEMENT_PAIRS = (("model", "vader"), ("model", "textblob"), ("vader", "textblob"))
_PAIR_NAMES = {"model": "model", "vader": "VADER", "textblob": "TextBlob"}


def method_agreement(tone: pd.DataFrame, pair: tuple[str, str] = ("vader", "textblob")) -> dict:
    """How far two methods agree on the same sentences: Pearson and Spearman r, label agreement and kappa."""
    a, b = pair
    out = {"pair": f"{_PAIR_NAMES[a]} vs {_PAIR_NAMES[b]}", "n": len(tone)}
    if len(tone) < 3:
        return {**out, "pearson": np.nan, "spearman": np.nan, "label_agreement": np.nan, "kappa": np.nan}
    return {
        **out,
        "pearson": float(tone[a].corr(tone[b])),
        "spearman": float(tone[a].rank().corr(tone[b].rank())),
        "label_agreement": float((tone[f"label_{a}"] == tone[f"label_{b}"]).mean()),
        "kappa": float(cohen_kappa(tone[f"label_{a}"], tone[f"label_{b}"])),
    }


def agreement_table(tone: pd.DataFrame) -> pd.DataFrame:
    """Every pair of methods (AGREEMENT_PAIRS), over all sources and per source (`method_agreement` of each
    source's sentences, computed for all sources at once as grouped sums)."""
    rows = []
    for pair in AGREEMENT_PAIRS:
        rows.append(pd.DataFrame([{"scope": "all sources", **method_agreement(tone, pair)}]))
        rows.append(grouped_agreement(tone, pair).rename_axis("scope").reset_index())
    return pd.concat(rows, ignore_index=True)[["scope", "pair", "pearson", "spearman", "label_agreement", "kappa", "n"]]


def _grouped_pearson(x: pd.Series, y: pd.Series, by: pd.Series) -> pd.Series:
    dx = x - x.groupby(by).transform("mean")
    dy = y - y.groupby(by).transform("mean")
    sums = pd.DataFrame({"xy": dx * dy, "xx": dx * dx, "yy": dy * dy}).groupby(by).sum()
    with np.errstate(invalid="ignore", divide="ignore"):
        return sums["xy"] / np.sqrt(sums["xx"] * sums["yy"])


def grouped_agreement(tone: pd.DataFrame, pair: tuple[str, str], by: str = "source") -> pd.DataFrame:
    """`method_agreement` of each group of `tone` (index: the groups, sorted), in one pass of grouped sums."""
    a, b = pair
    key = tone[by]
    n = key.value_counts().sort_index()
    ranks = tone.groupby(by)[[a, b]].rank()
    la, lb = tone[f"label_{a}"], tone[f"label_{b}"]
    labels = sorted(set(la) | set(lb))
    share_a = pd.crosstab(key, la).reindex(index=n.index, columns=labels, fill_value=0).div(n, axis=0)
    share_b = pd.crosstab(key, lb).reindex(index=n.index, columns=labels, fill_value=0).div(n, axis=0)
    expected = (share_a * share_b).sum(axis=1)
    observed = (la == lb).groupby(key).mean()
    with np.errstate(invalid="ignore", divide="ignore"):
        kappa = ((observed - expected) / (1 - expected)).where(expected != 1, 1.0)
    out = pd.DataFrame({"pair": f"{_PAIR_NAMES[a]} vs {_PAIR_NAMES[b]}", "n": n,
                        "pearson": _grouped_pearson(tone[a], tone[b], key),
                        "spearman": _grouped_pearson(ranks[a], ranks[b], key),
                        "label_agreement": observed.astype(float), "kappa": kappa.astype(float)}, index=n.index)
    out.loc[out["n"] < 3, ["pearson", "spearman", "label_agreement", "kappa"]] = np.nan
    return out


COLLOCATION_COLUMNS = ["name", "class", "words", "before", "after", "reason", "example"]


def compile_collocations(collocations: pd.DataFrame | None) -> dict[str, list[tuple[str, re.Pattern | None,
                                                                                   re.Pattern | None]]]:
    """The descriptive-collocation rules (`evaluative_collocations.csv`) by word: word -> [(name, before, after)].
    `before` must match the text just before the word, `after` the text just after it (case-insensitive); an empty
    pattern matches anything, and a rule with neither pattern is ignored."""
    out: dict[str, list] = {}
    for row in ([] if collocations is None else collocations.itertuples(index=False)):
        before, after = (str(getattr(row, c) or "").strip() for c in ("before", "after"))
        if not before and not after:
            continue
        rule = (row.name, re.compile(rf"(?:{before})\s*$", re.I) if before else None,
                re.compile(rf"\s*(?:{after})", re.I) if after else None)
        for word in str(row.words).lower().split("|"):
            out.setdefault(word.strip(), []).append(rule)
    return out


def descriptive_rule(text: str, start: int, end: int, rules: list) -> str | None:
    """The name of the first collocation rule under which the word at text[start:end] is descriptive, else None."""
    for name, before, after in rules:
        if (before is None or before.search(text[:start])) and (after is None or after.match(text, end)):
            return name
    return None


COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)+")  # "cash-strapped", "ill-fated": one lexicon entry, not two words


def _phrase_pattern(words: dict) -> re.Pattern | None:
    """The lexicon's entries of several words ("pull the other one": an idiom of scorn or disbelief), as one pattern
    that matches them across any spacing, in any case."""
    phrases = sorted((w for w in words if " " in w), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")(?!\w)",
                      re.I)


def _lexicon_tokens(text: str, words: dict, phrases: re.Pattern | None = None) -> list[re.Match]:
    """The words of a text in order, a hyphenated compound the lexicon lists ("cash-strapped") as one token and its
    parts not again (session 12); other compounds as their parts, as before. An entry of several words the lexicon
    lists ("pull the other one") is one token too (session 13)."""
    whole = [m for m in COMPOUND.finditer(text) if m.group(0).lower() in words]
    whole += list(phrases.finditer(text)) if phrases else []
    inside = [(m.start(), m.end()) for m in whole]
    parts = [m for m in WORD.finditer(text) if not any(a <= m.start() < b for a, b in inside)]
    return sorted([*whole, *parts], key=lambda m: m.start())


def evaluative_hits(segments: pd.DataFrame, lexicon: pd.DataFrame,
                    collocations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every lexicon word in the outlet's own narration, with `descriptive`: the name of the collocation rule that
    makes it descriptive ('in a critical condition', 'the safe maximum', 'dry socks'), '' when it evaluates."""
    words = dict(zip(lexicon["word"], lexicon["polarity"]))
    rules = compile_collocations(collocations)
    phrases = _phrase_pattern(words)
    rows = []
    for seg in segments[segments["voice"] == "narration"].itertuples(index=False):
        for m in _lexicon_tokens(seg.text, words, phrases):
            w = " ".join(m.group(0).lower().split())
            if w in words:
                rows.append({"article_id": seg.article_id, "block_no": seg.block_no, "sentence_no": seg.sentence_no,
                             "word": w, "polarity": words[w],
                             "descriptive": descriptive_rule(seg.text, m.start(), m.end(), rules.get(w, [])) or ""})
    return pd.DataFrame(rows, columns=["article_id", "block_no", "sentence_no", "word", "polarity", "descriptive"])


def evaluative_words(segments: pd.DataFrame, lexicon: pd.DataFrame,
                     collocations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Evaluative words in the outlet's own narration (never inside quotes): one row per occurrence, leaving out
    the words a collocation rule finds used descriptively (see `evaluative_hits`).

    `lexicon` has columns word, polarity (see `evaluative_lexicon`); `collocations` the named rules of
    `evaluative_collocations.csv` (None: no rule).
    """
    hits = evaluative_hits(segments, lexicon, collocations)
    return hits[hits["descriptive"] == ""].drop(columns="descriptive").reset_index(drop=True)


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
                     lexicon: pd.DataFrame, collocations: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The sentiment step's tables (articles in `unscored_articles` are left out).

    - `tone_sentences`: one row per body sentence (lexicons, their mean `tone`, the learned `model`, labels, position);
    - `tone_voices`: one row per narration or quotation part of a sentence, scored by every method;
    - `tone_actors`: one row per sentence × actor named, with the sentence's lexicon tone and the learned model's
      tone toward that actor's mention (`model`; the whole sentence's when the actor is carried from before);
    - `tone_summary`: one row per source × measure × method (METHODS) with the mean, its 95% bootstrap interval, n;
    - `tone_contrasts`: each source against the others, per method (difference, interval, clear or within noise);
    - `evaluative`: one row per evaluative word in a source's own narration (`collocations`: the named rules of
      descriptive uses left out, see `evaluative_words`);
    - `method_agreement`: each pair of methods on the same sentences, overall and per source.
    """
    source = articles.set_index("article_id")["source"]
    sentences = sentences[~sentences["article_id"].isin(unscored_articles(articles)["article_id"])]
    tone = per_article(sentence_tone, sentences)  # per-article parts cached between runs (helpers.articlecache)
    tone.insert(1, "source", tone["article_id"].map(source))
    voices = per_article(voice_tone, tone.drop(columns="source"))
    voices.insert(1, "source", voices["article_id"].map(source))
    tone_actors = actor_tone(per_article(actor_mentions, sentences, actors), tone)
    sided = tone_actors[tone_actors["side"].fillna("").astype(str).str.strip() != ""]  # an actor with no side: no "toward"
    sided = sided[~sided["speaker"].fillna(False).astype(bool)]  # (an empty table keeps its columns) session 19: a quotation's tone is never tone toward its own speaker
    summary, contrasts = [], []
    for method, (column, _) in METHODS.items():
        parts = [summarise(tone, ["source"], column).assign(measure="all sentences"),
                 summarise(voices, ["source", "voice"], column).rename(columns={"voice": "measure"}),
                 summarise(sided, ["source", "side"], column).assign(measure=lambda d: "toward " + d["side"])]
        summary.append(pd.concat(parts, ignore_index=True).assign(method=method))
        contrasts.append(source_contrasts(tone, value=column).assign(method=method))
    summary = pd.concat(summary, ignore_index=True)[["source", "measure", "method", "mean", "ci_low", "ci_high", "n"]]
    words = per_article(evaluative_words, voices, lexicon, collocations)
    words.insert(1, "source", words["article_id"].map(source))
    return {"tone_sentences": tone, "tone_voices": voices, "tone_actors": tone_actors, "tone_summary": summary,
            "tone_contrasts": pd.concat(contrasts, ignore_index=True), "evaluative": words,
            "method_agreement": agreement_table(tone)}


# Session 19 (live19, the new user's finding 12): a quotation's tone is never tone toward its own speaker. An actor
# named in the speech tag of a sentence that quotes someone ("…," said Marta Kell, who leads the Keller Heights
# residents' group) is the one speaking (or the body they speak for): the angry words are theirs, not words about
# them. Each row a named class: `pattern` is matched to the unquoted words between the speech verb and the actor's
# name, in either order (the tag's own words), and must match them whole.
SPEAKER_TAG_RULES = pd.DataFrame([
    ("verb_then_name", r"(?:said|says|say|told|tells|added|adds|asked|asks|explained|insisted|warned|wrote|stated|"
     r"declared|shouted|cried|recalled|argued|complained|according\s+to)",
     r"(?!\s*(?:of|about|to|at|against|on|with)\b)[^.;:!?]{0,80}", "after",
     '"We were lied to," said Marta Kell, who chairs the residents\' group',
     "a saying verb, then the actor's name in the same unquoted stretch (the name not the topic: 'said of the council')"),
    ("name_then_verb", r"(?:said|says|say|told|tells|added|adds|asked|asks|explained|insisted|warned|wrote|stated|"
     r"declared|shouted|cried|recalled|argued|complained)", r"[^.;:!?\"“”]{0,80}", "before",
     'Residents\' leader Marta Kell said: "This is a disgrace."',
     "the actor's name, then a saying verb, in the same unquoted stretch"),
], columns=["name", "verb", "between", "name_is", "example", "note"])
_SPEAKER_TAG = [(re.compile(r"\b" + r.verb + r"\b", re.I), re.compile(r.between), r.name_is)
                for r in SPEAKER_TAG_RULES.itertuples(index=False)]
# Between the verb and the name, a relative clause that acts on someone else ("said the mayor, who blamed the
# residents") makes the name no part of the speaker's description.
_ACTS_ON = re.compile(r"(?i)\b(?:who|which|that)\s+(?!(?:leads?|led|heads?|headed|chairs?|chaired|runs?|ran|represents?|"
                      r"speaks?\s+for|spoke\s+for|is|was|has\s+led|works?|worked|lives?|lived)\b)\w+")
MIN_QUOTED_WORDS = 3


def speaks_the_quote(text: str, start: int, end: int, opens_inside: bool = False) -> bool:
    """Whether the actor named at [start, end) of a sentence is the speaker of the sentence's quotation: the sentence
    quotes at least MIN_QUOTED_WORDS words, the name lies outside the quotation marks, and a speech verb stands in the
    same unquoted stretch (`SPEAKER_TAG_RULES`)."""
    mask = sentence_quote_mask(text, opens_inside)
    if start < 0 or any(mask[start:end]) or len(WORD.findall("".join(c for c, m in zip(text, mask) if m))) < MIN_QUOTED_WORDS:
        return False
    left = start
    while left > 0 and not mask[left - 1]:
        left -= 1
    right = end
    while right < len(text) and not mask[right]:
        right += 1
    for verbs, between, name_is in _SPEAKER_TAG:
        for verb in verbs.finditer(text, left, right):
            part = text[verb.end():start] if name_is == "after" and verb.end() <= start else \
                text[end:verb.start()] if name_is == "before" and verb.start() >= end else None
            if part is not None and not _ACTS_ON.search(part) and between.fullmatch(part):
                return True
    return False


def actor_tone(mentioned: pd.DataFrame, tone: pd.DataFrame) -> pd.DataFrame:
    """Each sentence × actor with the sentence's lexicon scores and the learned model's tone toward the actor's
    mention (`model`); an actor carried from the previous sentence has no mention, so it gets the sentence's.
    `speaker` (session 19): the actor speaks the sentence's quotation (`speaks_the_quote`), so its tone is the
    actor's own words, never tone toward it; such rows are left out of the "toward" measures."""
    keys = ["article_id", "block_no", "sentence_no"]
    columns = keys + ["source", "text", "tone", "vader", "textblob", "model"] + (["in_quote"] if "in_quote" in tone else [])
    out = mentioned.merge(tone[columns], on=keys)
    inside = out["in_quote"].fillna(False).astype(bool) if "in_quote" in out else pd.Series(False, index=out.index)
    out["speaker"] = [speaks_the_quote(t, int(a), int(b), opens_inside_quote(t, q))
                      for t, a, b, q in zip(out["text"], out["start"], out["end"], inside)]
    named = out["start"] >= 0
    if named.any():
        spans = out.loc[named, ["text"]].assign(target_start=out.loc[named, "start"], target_end=out.loc[named, "end"])
        out.loc[named, "model"] = target_tone(spans)["score"].to_numpy()
    return out.drop(columns=["text"] + (["in_quote"] if "in_quote" in out else []))


def side_mentions(tone_actors: pd.DataFrame, tone: pd.DataFrame, source: str, side: str, n: int = 5) -> pd.DataFrame:
    """The mentions behind one source–side mean, most negative first (the evidence a reader checks: a harm done TO an
    actor that the model reads as hostility toward it shows here): alias, model tone toward it, how it was found and
    the sentence. Columns alias, model, via, sentence; at most `n` rows."""
    keys = ["article_id", "block_no", "sentence_no"]
    rows = tone_actors[(tone_actors["source"] == source) & (tone_actors["side"] == side)]
    if "speaker" in rows:  # session 19: the actor's own quoted words are not tone toward it
        rows = rows[~rows["speaker"].fillna(False).astype(bool)]
    rows = rows.merge(tone[keys + ["text"]].drop_duplicates(keys), on=keys, how="left")
    rows = rows.sort_values("model", kind="stable").head(n)
    return rows.rename(columns={"text": "sentence"})[["alias", "model", "via", "sentence"]].reset_index(drop=True)


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
    """The codebooks the sentiment step reads: actors, the evaluative-word overrides and the named rules of
    descriptive collocations (`evaluative_collocations.csv`; an event's file adds, overrides or drops a rule by name)."""
    from . import paths
    from .codebooks import load_actors, read_codebook

    overrides = read_codebook(paths.codebook_path("evaluative.csv", corpus_dir), ["word", "include", "polarity"])
    collocations = read_codebook(paths.codebook_path("evaluative_collocations.csv", corpus_dir), COLLOCATION_COLUMNS)
    return {"actors": load_actors(paths.codebook_path("actors.csv", corpus_dir)), "lexicon": evaluative_lexicon(overrides),
            "collocations": collocations}
