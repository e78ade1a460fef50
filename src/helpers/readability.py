"""Readability per article (textstat 0.7.8, which works offline) over its body text."""
from __future__ import annotations

import pandas as pd
import textstat

from .articlecache import per_article


def text_scores(body: pd.DataFrame) -> pd.DataFrame:
    """Per article of `body` (its body sentences: article_id, text) with words in it: Flesch reading ease and
    Flesch–Kincaid grade of its joined text. Depends on each article's own sentences only (kept between runs)."""
    rows = []
    for article_id, own in body.groupby("article_id", sort=False):
        text = " ".join(own["text"])
        if own["n_words"].sum() > 0:
            rows.append((article_id, float(textstat.flesch_reading_ease(text)), float(textstat.flesch_kincaid_grade(text))))
    return pd.DataFrame(rows, columns=["article_id", "flesch_reading_ease", "flesch_kincaid_grade"])


def readability(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per article: Flesch reading ease, Flesch–Kincaid grade and mean words per sentence of its body."""
    body = sentences.loc[sentences["role"] == "body", ["article_id", "text"]].copy()
    body["n_words"] = body["text"].str.count(r"[^\W_]+(?:['’][^\W_]+)*")
    scores = per_article(text_scores, body).set_index("article_id")
    by_article = dict(iter(body.groupby("article_id", sort=False)))  # one pass, not one filter per article
    rows = []
    for art in articles.itertuples(index=False):
        own = by_article.get(art.article_id, body.iloc[:0])
        has_text = len(own) > 0 and own["n_words"].sum() > 0
        rows.append({
            "article_id": art.article_id,
            "source": art.source,
            "flesch_reading_ease": float(scores.at[art.article_id, "flesch_reading_ease"]) if has_text else None,
            "flesch_kincaid_grade": float(scores.at[art.article_id, "flesch_kincaid_grade"]) if has_text else None,
            "mean_sentence_words": float(own["n_words"].mean()) if has_text else None,
            "n_sentences": int(len(own)),
            "n_words": int(own["n_words"].sum()),
        })
    return pd.DataFrame(rows)
