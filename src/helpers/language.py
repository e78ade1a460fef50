"""Which language an article is written in (offline, py3langid), and which articles the methods can read.

The numbers, sentiment and framing methods read English (their lexicons, cue words and grammar are English).
An article detected in another language is left out of them, with a ``problems`` row and a note in each report,
never scored as if it were neutral. Too little text to tell (a headline, a line of figures) gives no language
(None), and such an article stays in.
"""
from __future__ import annotations

import functools

import pandas as pd

METHOD_LANGUAGES = ("en",)  # what the methods read (ISO 639-1)
MIN_LETTERS = 15  # fewer letters than this: too little text to tell
MIN_CONFIDENCE = 0.5  # normalised probability of the best language
SAMPLE_CHARS = 4000  # the language of a long article is clear from its first few thousand characters


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) of `text`, or (None, confidence) when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return None, 0.0
    code, confidence = _identifier().classify(sample)
    return (code if confidence >= MIN_CONFIDENCE else None), float(confidence)


@functools.lru_cache(maxsize=256)
def _english_name(code: str) -> str:
    """The English name of an ISO 639 code from CLDR (Babel), or "" when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale("en").languages.get(code, "") or Locale.parse(code).get_language_name("en")
    except (ValueError, UnknownLocaleError):
        return ""


def language_name(code) -> str:
    """'Spanish (es)' for 'es'; the code alone for a code CLDR does not name."""
    name = _english_name(code) if isinstance(code, str) and code else ""
    return f"{name} ({code})" if name else str(code)


def outside_methods(articles: pd.DataFrame) -> pd.Series:
    """True for each article in a language the methods do not read (unknown language counts as readable)."""
    if "language" not in articles.columns:
        return pd.Series(False, index=articles.index)
    lang = articles["language"]
    return lang.notna() & ~lang.isin(METHOD_LANGUAGES)


def language_problems(articles: pd.DataFrame) -> list[dict]:
    """Problems rows for the articles left out of the methods because of their language."""
    methods = " and ".join(_english_name(c) or c for c in METHOD_LANGUAGES)
    return [{"file": row.file, "problem": f"article {row.article_id}: written in {language_name(row.language)}; left out "
             f"of the numbers, sentiment and framing methods, which read {methods} only"}
            for row in articles[outside_methods(articles)].itertuples()]


def method_tables(tables: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The tables restricted to the articles the methods read, and the articles left out (article_id, file,
    source, language)."""
    articles = tables["articles"]
    out = outside_methods(articles)
    left_out = articles.loc[out, [c for c in ("article_id", "file", "source", "language") if c in articles]]
    if not out.any():
        return tables, left_out
    keep = set(articles.loc[~out, "article_id"])
    restricted = {name: (frame[frame["article_id"].isin(keep)].reset_index(drop=True)
                         if "article_id" in frame.columns and name != "problems" else frame)
                  for name, frame in tables.items()}
    return restricted, left_out


def left_out_note(left_out: pd.DataFrame) -> str | None:
    """A Markdown sentence naming the articles left out of the methods for their language (escaped), or None."""
    from .narrative import md

    if left_out.empty:
        return None
    methods = " and ".join(_english_name(c) or c for c in METHOD_LANGUAGES)
    names = "; ".join(f"{md(r.source)} ({md(language_name(r.language))})" for r in left_out.itertuples())
    return (f"**{len(left_out)} article(s) are not in {methods} and are left out of this analysis** (not scored, "
            f"not counted as neutral): {names}. The methods read {methods} only; see `problems` in 01_normalise.")

