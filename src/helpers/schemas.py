"""pandera schemas of every table the project writes; `validate` checks a table before it is saved."""
from __future__ import annotations

import pandas as pd
from pandera.pandas import Check, Column, DataFrameSchema

def _optional_text() -> Column:
    """A column of strings or missing values (pandas may store it as object or str)."""
    return Column(None, Check(lambda s: s.dropna().map(lambda v: isinstance(v, str)).all(), error="not text"),
                  nullable=True)


SPEAKER_TYPES = ["official", "agency", "expert", "organisation", "citizen", "anonymous", "outlet", "other"]
ROLES = ["headline", "standfirst", "heading", "body", "caption", "credit", "boilerplate", "duplicate"]

ARTICLES = DataFrameSchema(
    {
        "article_id": Column(str, unique=True),
        "file": Column(str),
        "format": Column(str, Check.isin(["txt", "html", "json", "jsonl"])),
        "encoding": Column(str),
        "language": Column(None, Check(lambda s: s.dropna().map(lambda v: isinstance(v, str) and v.isalpha()
                                                                and v.islower() and len(v) in (2, 3)).all(),
                                       error="not a language code"), nullable=True),  # ISO 639-1; None: too little text
        "source": Column(str),
        "outlet": _optional_text(),
        "credit": _optional_text(),
        "credit_inferred": Column(bool),
        "credit_basis": _optional_text(),
        "url": _optional_text(),
        "published": Column("datetime64[ns, UTC]", nullable=True),
        "headline": _optional_text(),
        "standfirst": _optional_text(),
        "n_blocks": Column(int, Check.ge(1)),
        "n_sentences": Column(int, Check.ge(0)),
        "n_words": Column(int, Check.ge(0)),
        "sha256": Column(str, Check.str_matches(r"^[0-9a-f]{64}$")),
    },
    strict=True,
    name="articles",
)

BLOCKS = DataFrameSchema(
    {
        "article_id": Column(str),
        "block_no": Column(int, Check.ge(1)),
        "role": Column(str, Check.isin(ROLES)),
        "text": Column(str, Check.str_length(min_value=1)),
        "line_start": Column(int, Check.ge(0)),
        "line_end": Column(int, Check.ge(0)),
        "reason": _optional_text(),
    },
    checks=[
        Check(lambda df: (df["line_end"] >= df["line_start"]), error="line_end before line_start"),
        Check(lambda df: (df["role"] == "body") | df["reason"].notna(), error="a non-body block has no reason"),
    ],
    unique=["article_id", "block_no"],
    strict=True,
    name="blocks",
)

SENTENCES = DataFrameSchema(
    {
        "article_id": Column(str),
        "block_no": Column(int, Check.ge(1)),
        "role": Column(str, Check.isin(["headline", "standfirst", "heading", "body", "caption"])),
        "sentence_no": Column(int, Check.ge(1)),
        "text": Column(str, Check.str_length(min_value=1)),
        "start": Column(int, Check.ge(0)),
        "end": Column(int, Check.ge(1)),
        "in_quote": Column(bool),
        "quote_share": Column(float, Check.in_range(0, 1)),
    },
    checks=[Check(lambda df: df["end"] > df["start"], error="empty sentence span")],
    unique=["article_id", "block_no", "sentence_no"],
    strict=True,
    name="sentences",
)

PROBLEMS = DataFrameSchema({"file": Column(str), "problem": Column(str)}, strict=True, name="problems")

READABILITY = DataFrameSchema(
    {
        "article_id": Column(str, unique=True),
        "source": Column(str),
        "flesch_reading_ease": Column(float, nullable=True),
        "flesch_kincaid_grade": Column(float, nullable=True),
        "mean_sentence_words": Column(float, nullable=True),
        "n_sentences": Column(int),
        "n_words": Column(int),
    },
    strict=True,
    name="readability",
)

HEDGES = ["exact", "about", "at_least", "at_most", "more_than", "less_than", "range", "vague"]
KINDS = ["count", "duration", "money", "percent", "age", "date", "year", "ordinal", "time", "measure", "change", "score", "ratio"]
SCOPES = ["", "each_side", "total", "one_side"]


def _interval_ok(df: pd.DataFrame) -> pd.Series:
    both = df["value_low"].notna() & df["value_high"].notna()
    return ~both | (df["value_low"] <= df["value_high"]) | (df["kind"] == "score")  # a score is two sides, not an interval


NUMBERS = DataFrameSchema(
    {
        "article_id": Column(str),
        "block_no": Column(int, Check.ge(1)),
        "sentence_no": Column(int, Check.ge(1)),
        "role": Column(str, Check.isin(["headline", "standfirst", "heading", "body", "caption"])),
        "start": Column(int, Check.ge(0)),
        "end": Column(int, Check.ge(1)),
        "text": Column(str, Check.str_length(min_value=1)),
        "value_low": Column(float, nullable=True),
        "value_high": Column(float, nullable=True),
        "unit": Column(str),
        "hedge": Column(str, Check.isin(HEDGES)),
        "quantity": Column(str, Check.str_length(min_value=1)),
        "scope": Column(str, Check.isin(SCOPES)),
        "kind": Column(str, Check.isin(KINDS)),
        "direction": Column(str, Check.isin(["", "up", "down"])),
        "time_ref": Column(str, Check.isin(["", "earlier"])),
        "as_of": Column(str),
        "published": Column("datetime64[ns, UTC]", nullable=True, coerce=True),
        # session 19 (live19): the time of the figure (a live page's entry time, else the page's) and where it came from
        "figure_time": Column("datetime64[ns, UTC]", nullable=True, coerce=True, required=False),
        "time_source": Column(str, Check.isin(["page", "update_stamp", "as_of"]), required=False),
        "place": Column(str),
        "side": Column(str),
        "holder": Column(str, required=False),  # whose figure it is (a party's seats), as the text names it
        "said_by": Column(str, required=False),  # the claimant named beside the figure itself ("reported by the state")
        "area": Column(str, required=False),  # the place a count is of ("78,000 marched in Vennholm"), "" for the whole event
        "fact_id": Column(str, Check.str_length(min_value=1)),
        "fact_label": Column(str),
        "comparable": Column(bool),
        "news_value": Column(int, Check.ge(0)),
        "sentence": Column(str),
        "value_text": Column(str),
        "claimant": Column(str, required=False),
        "claimant_type": Column(str, Check.isin(SPEAKER_TYPES), required=False),
    },
    checks=[
        Check(lambda df: df["end"] > df["start"], error="empty span"),
        Check(lambda df: df["value_low"].notna() | df["value_high"].notna(), error="no value at all"),
        Check(_interval_ok, error="value_low above value_high"),
        Check(lambda df: pd.Series([s[a:b] == t for s, a, b, t in zip(df["sentence"], df["start"], df["end"], df["text"])],
                                   index=df.index), error="span does not point at its text in the sentence"),
    ],
    strict=True,
    name="numbers",
)

FACTS = DataFrameSchema(
    {
        "fact_id": Column(str), "fact_label": Column(str), "article_id": Column(str), "source": Column(str),
        "reported": Column(bool), "n_mentions": Column(int, Check.ge(0)),
        "value_low": Column(float, nullable=True), "value_high": Column(float, nullable=True),
        "unit": Column(str), "hedges": Column(str), "scopes": Column(str), "texts": Column(str), "sentences": Column(str),
        "disagreement": Column(float, Check.ge(0)), "intervals_overlap": Column(bool), "scope_conflict": Column(bool),
        "hedge_mix": Column(bool),
    },
    checks=[Check(lambda df: (df["reported"] == (df["n_mentions"] > 0)), error="reported disagrees with n_mentions")],
    unique=["fact_id", "article_id"],
    strict=True,
    name="facts",
)

FACT_SUMMARY = DataFrameSchema(
    {
        "fact_id": Column(str, unique=True), "fact_label": Column(str), "quantity": Column(str), "kind": Column(str),
        "n_reporting": Column(int, Check.ge(1)), "n_silent": Column(int, Check.ge(0)), "n_mentions": Column(int, Check.ge(1)),
        "low": Column(float, nullable=True), "high": Column(float, nullable=True), "spread": Column(float, Check.ge(1)),
        "intervals_overlap": Column(bool), "scope_conflict": Column(bool), "hedge_mix": Column(bool),
        "comparable": Column(bool), "disagreement": Column(float, Check.ge(0)),
        "difference": Column(str, Check.isin(["", "revision", "claimants", "outlets"])), "timeline": Column(str),
        "news_value": Column(int, Check.ge(0)), "headline_ok": Column(bool), "rank": Column(int, Check.ge(1)),
    },
    strict=True,
    name="fact_summary",
)

_TONE = Column(float, Check.in_range(-1, 1))
TONE_SENTENCES = DataFrameSchema(
    {
        "article_id": Column(str), "source": Column(str), "block_no": Column(int), "sentence_no": Column(int),
        "position": Column(float, Check.in_range(0, 1)), "in_quote": Column(bool), "text": Column(str),
        "vader": _TONE, "textblob": _TONE, "tone": _TONE, "model": _TONE,
        "label_vader": Column(str, Check.isin(["negative", "neutral", "positive"])),
        "label_textblob": Column(str, Check.isin(["negative", "neutral", "positive"])),
        "label": Column(str, Check.isin(["negative", "neutral", "positive"])),
        "label_model": Column(str, Check.isin(["negative", "neutral", "positive"])),
    },
    unique=["article_id", "block_no", "sentence_no"], strict=True, name="tone_sentences",
)
TONE_VOICES = DataFrameSchema(
    {"article_id": Column(str), "source": Column(str), "block_no": Column(int), "sentence_no": Column(int),
     "voice": Column(str, Check.isin(["narration", "reported", "quote"])), "text": Column(str), "vader": _TONE,
     "textblob": _TONE, "tone": _TONE, "model": _TONE},
    unique=["article_id", "block_no", "sentence_no", "voice"], strict=True, name="tone_voices",
)
TONE_ACTORS = DataFrameSchema(
    {"article_id": Column(str), "block_no": Column(int), "sentence_no": Column(int), "actor": Column(str),
     "side": Column(str), "alias": Column(str), "via": Column(str, Check.isin(["named", "previous sentence"])),
     "start": Column(int, Check.ge(-1)), "end": Column(int, Check.ge(-1)),
     "source": Column(str), "tone": _TONE, "vader": _TONE, "textblob": _TONE, "model": _TONE,
     # session 19 (live19): the actor speaks the sentence's quotation (its own words, never tone toward it)
     "speaker": Column(bool, required=False)},
    unique=["article_id", "block_no", "sentence_no", "actor"], strict=True, name="tone_actors",
)
TONE_SUMMARY = DataFrameSchema(
    {"source": Column(str), "measure": Column(str), "method": Column(str, Check.isin(["model", "lexicon"])),
     "mean": Column(float, Check.in_range(-1, 1)),
     "ci_low": Column(float, nullable=True), "ci_high": Column(float, nullable=True), "n": Column(int, Check.ge(1))},
    checks=[Check(lambda df: df["ci_low"].isna() | (df["ci_low"] <= df["mean"] + 1e-9), error="interval above mean"),
            Check(lambda df: df["ci_high"].isna() | (df["ci_high"] >= df["mean"] - 1e-9), error="interval below mean")],
    unique=["source", "measure", "method"], strict=True, name="tone_summary",
)
TONE_CONTRASTS = DataFrameSchema(
    {"source": Column(str), "difference": Column(float, nullable=True), "ci_low": Column(float, nullable=True),
     "ci_high": Column(float, nullable=True), "clear": Column(bool), "method": Column(str, Check.isin(["model", "lexicon"]))},
    unique=["source", "method"], strict=True, name="tone_contrasts",
)
EVALUATIVE = DataFrameSchema(
    {"article_id": Column(str), "source": Column(str), "block_no": Column(int), "sentence_no": Column(int),
     "word": Column(str), "polarity": Column(float, Check.in_range(-1, 1))}, strict=True, name="evaluative",
)
METHOD_AGREEMENT = DataFrameSchema(
    {"scope": Column(str), "pair": Column(str), "pearson": Column(float, nullable=True), "spearman": Column(float, nullable=True),
     "label_agreement": Column(float, nullable=True), "kappa": Column(float, nullable=True), "n": Column(int)},
    unique=["scope", "pair"], strict=True, name="method_agreement",
)

FRAME_SENTENCES = DataFrameSchema(
    {"article_id": Column(str), "block_no": Column(int), "sentence_no": Column(int), "role": Column(str),
     "frame": Column(str), "family": Column(str, Check.isin(["policy", "generic", "event"])), "cue": Column(str)},
    unique=["article_id", "block_no", "sentence_no", "frame"], strict=True, name="frame_sentences",
)
FRAME_PROFILE = DataFrameSchema(
    {"article_id": Column(str), "source": Column(str), "frame": Column(str), "family": Column(str),
     "n_sentences": Column(int, Check.ge(0)), "share": Column(float, Check.in_range(0, 1))},
    unique=["article_id", "frame"], strict=True, name="frame_profile",
)
QUOTATIONS = DataFrameSchema(
    {"article_id": Column(str), "block_no": Column(int), "sentence_no": Column(int),
     "type": Column(str, Check.isin(["direct", "partial", "reported", "according_to"])), "speaker": Column(str),
     "speaker_type": Column(str, Check.isin(SPEAKER_TYPES)), "side": Column(str),
     "speaker_text": Column(str), "quoted_words": Column(int, Check.ge(0)), "text": Column(str), "source": Column(str)},
    strict=True, name="quotations",
)
VOICE_SHARES = DataFrameSchema(
    {"source": Column(str), "side": Column(str), "quotations": Column(int, Check.ge(1)), "direct": Column(int),
     "quoted_words": Column(int), "share": Column(float, Check.in_range(0, 1)),
     "word_share": Column(float, Check.in_range(0, 1)), "speaks_first": Column(bool), "speakers": Column(str)},
    unique=["source", "side"], strict=True, name="voice_shares",
)
VOICE_TYPES = DataFrameSchema(
    {"source": Column(str), "speaker_type": Column(str, Check.isin(SPEAKER_TYPES)), "quotations": Column(int, Check.ge(1)),
     "direct": Column(int), "quoted_words": Column(int), "share": Column(float, Check.in_range(0, 1)),
     "word_share": Column(float, Check.in_range(0, 1)), "speaks_first": Column(bool), "speakers": Column(str)},
    unique=["source", "speaker_type"], strict=True, name="voice_types",
)
ACTORS_FOUND = DataFrameSchema(
    {"actor": Column(str, unique=True), "kind": Column(str, Check.isin(["person", "organisation"])),
     "type": Column(str, Check.isin(SPEAKER_TYPES)), "aliases": Column(str), "mentions": Column(int, Check.ge(1)),
     "quotations": Column(int, Check.ge(0)), "sources": Column(int, Check.ge(1))},
    strict=True, name="actors_found",
)
ACTOR_SHARES = DataFrameSchema(
    {"actor": Column(str), "source": Column(str), "mentions": Column(int, Check.ge(0)),
     "mention_share": Column(float, Check.in_range(0, 1)), "quotations": Column(int, Check.ge(0)),
     "quotation_share": Column(float, Check.in_range(0, 1))},
    unique=["actor", "source"], strict=True, name="actor_shares",
)
ATTRIBUTIONS = DataFrameSchema(
    {"article_id": Column(str), "block_no": Column(int, Check.ge(1)), "sentence_no": Column(int, Check.ge(1)),
     "role": Column(str, Check.isin(["headline", "standfirst", "body"])),
     "basis": Column(str, Check.isin(["direct", "partial", "reported", "according_to", "act", "outlet"])),
     "speaker": Column(str), "speaker_type": Column(str, Check.isin(SPEAKER_TYPES)), "speaker_text": Column(str),
     "co_speaker": Column(str), "co_speaker_type": Column(str), "quoted_words": Column(int, Check.ge(0)), "text": Column(str)},
    checks=[Check(lambda df: (df["basis"] == "outlet") == (df["speaker_type"] == "outlet"),
                  error="the outlet's own voice has no speaker, and only it")],
    unique=["article_id", "block_no", "sentence_no"], strict=True, name="attributions",
)
DISTINCTIVE_WORDS = DataFrameSchema(
    {"source": Column(str), "word": Column(str), "count": Column(int, Check.ge(1)), "log_odds": Column(float),
     "z": Column(float)}, unique=["source", "word"], strict=True, name="distinctive_words",
)
CONTESTED_TERMS = DataFrameSchema(
    {"concept": Column(str), "term": Column(str), "source": Column(str), "count": Column(int, Check.ge(0)),
     "quoted": Column(int, Check.ge(0)), "examples": Column(str)},
    checks=[Check(lambda df: df["quoted"] <= df["count"], error="quoted uses are some of all uses")],
    unique=["concept", "term", "source"], strict=True, name="contested_terms",
)
TERM_PAIRS = DataFrameSchema(
    {"term_a": Column(str), "term_b": Column(str), "n_contexts": Column(int, Check.ge(1)), "contexts": Column(str),
     "sources_a": Column(str), "sources_b": Column(str)}, unique=["term_a", "term_b"], strict=True, name="term_pairs",
)
LEAD_EMPHASIS = DataFrameSchema(
    {"article_id": Column(str), "source": Column(str), "part": Column(str, Check.isin(["headline", "lead"])),
     "text": Column(str), "frames": Column(str), "actors": Column(str)},
    unique=["article_id", "part"], strict=True, name="lead_emphasis",
)

SOURCE_PROFILE = DataFrameSchema(
    {"source": Column(str, unique=True), "shared_facts_reported": Column(int, Check.ge(0)),
     "shared_facts_silent": Column(int, Check.ge(0)), "tone_mean": Column(float, nullable=True),
     "tone_ci_low": Column(float, nullable=True), "tone_ci_high": Column(float, nullable=True),
     "tone_differs_clearly": Column(bool), "leading_frame": Column(str), "most_quoted_side": Column(str),
     "its_share_of_quoted_words": Column(float, Check.in_range(0, 1), nullable=True)},  # empty: no side quoted
    strict=True, name="source_profile",
)

FINDINGS = DataFrameSchema(
    {"section": Column(str, Check.isin(["numbers", "claimants", "silence", "sentiment", "framing", "sources"])),
     "finding": Column(str, Check.str_length(min_value=1)), "link": Column(str)},
    strict=True, name="findings",
)

SCHEMAS: dict[str, DataFrameSchema] = {
    "articles": ARTICLES,
    "blocks": BLOCKS,
    "sentences": SENTENCES,
    "problems": PROBLEMS,
    "readability": READABILITY,
    "numbers": NUMBERS,
    "facts": FACTS,
    "fact_summary": FACT_SUMMARY,
    "tone_sentences": TONE_SENTENCES,
    "tone_voices": TONE_VOICES,
    "tone_actors": TONE_ACTORS,
    "tone_summary": TONE_SUMMARY,
    "tone_contrasts": TONE_CONTRASTS,
    "evaluative": EVALUATIVE,
    "method_agreement": METHOD_AGREEMENT,
    "frame_sentences": FRAME_SENTENCES,
    "frame_profile": FRAME_PROFILE,
    "quotations": QUOTATIONS,
    "voice_shares": VOICE_SHARES,
    "voice_types": VOICE_TYPES,
    "attributions": ATTRIBUTIONS,
    "actors_found": ACTORS_FOUND,
    "actor_shares": ACTOR_SHARES,
    "distinctive_words": DISTINCTIVE_WORDS,
    "contested_terms": CONTESTED_TERMS,
    "term_pairs": TERM_PAIRS,
    "lead_emphasis": LEAD_EMPHASIS,
    "source_profile": SOURCE_PROFILE,
    "findings": FINDINGS,
}


def validate(name: str, frame: pd.DataFrame, schema: DataFrameSchema | None = None) -> pd.DataFrame:
    """`frame` checked against the schema registered as `name` (or `schema`); raises pandera's SchemaError."""
    schema = schema or SCHEMAS[name]
    if frame.empty and not set(schema.columns) <= set(frame.columns):
        frame = frame.reindex(columns=list(schema.columns))  # an empty table built from nothing has no columns yet
    # Empty tables (no numbers, no quotations…) and tables built from empty parts hold untyped (object)
    # columns; give those the schema's type, so a corpus with nothing to report still validates.
    untyped = {col: spec.dtype.type for col, spec in schema.columns.items()
               if spec.dtype is not None and col in frame.columns and (frame.empty or frame[col].dtype == object)}
    if untyped:
        frame = frame.astype(untyped)
    return schema.validate(frame, lazy=True)

