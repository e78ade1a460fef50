"""Readability per article (textstat 0.7.8, which works offline) over its body text."""
from __future__ import annotations

import pandas as pd
import textstat


def readability(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per article: Flesch reading ease, Flesch–Kincaid grade and mean words per sentence of its body."""
    body = sentences[sentences["role"] == "body"].copy()
    body["n_words"] = body["text"].str.count(r"[^\W_]+(?:['’][^\W_]+)*")
    rows = []
    for art in articles.itertuples(index=False):
        own = body[body["article_id"] == art.article_id]
        text = " ".join(own["text"])
        has_text = len(own) > 0 and own["n_words"].sum() > 0
        rows.append({
            "article_id": art.article_id,
            "source": art.source,
            "flesch_reading_ease": float(textstat.flesch_reading_ease(text)) if has_text else None,
            "flesch_kincaid_grade": float(textstat.flesch_kincaid_grade(text)) if has_text else None,
            "mean_sentence_words": float(own["n_words"].mean()) if has_text else None,
            "n_sentences": int(len(own)),
            "n_words": int(own["n_words"].sum()),
        })
    return pd.DataFrame(rows)
