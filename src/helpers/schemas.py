"""pandera schemas of every table the project writes; `validate` checks a table before it is saved."""
from __future__ import annotations

import pandas as pd
from pandera.pandas import Check, Column, DataFrameSchema

def _optional_text() -> Column:
    """A column of strings or missing values (pandas may store it as object or str)."""
    return Column(None, Check(lambda s: s.dropna().map(lambda v: isinstance(v, str)).all(), error="not text"),
                  nullable=True)


ROLES = ["headline", "standfirst", "heading", "body", "caption", "credit", "boilerplate", "duplicate"]

ARTICLES = DataFrameSchema(
    {
        "article_id": Column(str, unique=True),
        "file": Column(str),
        "format": Column(str, Check.isin(["txt", "html", "json", "jsonl"])),
        "encoding": Column(str),
        "source": Column(str),
        "outlet": _optional_text(),
        "credit": _optional_text(),
        "credit_inferred": Column(bool),
        "credit_basis": _optional_text(),
        "url": _optional_text(),
        "published": _optional_text(),
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
        "role": Column(str, Check.isin(["headline", "standfirst", "body"])),
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

SCHEMAS: dict[str, DataFrameSchema] = {
    "articles": ARTICLES,
    "blocks": BLOCKS,
    "sentences": SENTENCES,
    "problems": PROBLEMS,
    "readability": READABILITY,
}


def validate(name: str, frame: pd.DataFrame, schema: DataFrameSchema | None = None) -> pd.DataFrame:
    """`frame` checked against the schema registered as `name` (or `schema`); raises pandera's SchemaError."""
    schema = schema or SCHEMAS[name]
    return schema.validate(frame, lazy=True)

