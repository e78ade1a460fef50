"""What each article is made of: words per block role, and the audit of removed lines."""
from __future__ import annotations

import pandas as pd

from .schemas import ROLES
from .text import count_words


def role_composition(blocks: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article × role: the number of blocks and of words in that role (zeros kept)."""
    counted = blocks.assign(n_words=blocks["text"].map(count_words))
    grid = pd.MultiIndex.from_product([articles["article_id"], ROLES], names=["article_id", "role"])
    out = (
        counted.groupby(["article_id", "role"])
        .agg(n_blocks=("block_no", "size"), n_words=("n_words", "sum"))
        .reindex(grid, fill_value=0)
        .reset_index()
        .merge(articles[["article_id", "source"]], on="article_id")
    )
    return out[["article_id", "source", "role", "n_blocks", "n_words"]]


def removed_lines(blocks: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every block that is not body text, with its source, role, raw line span and reason."""
    return (
        blocks[blocks["role"] != "body"]
        .merge(articles[["article_id", "source"]], on="article_id")
        [["source", "article_id", "block_no", "line_start", "line_end", "role", "reason", "text"]]
        .sort_values(["source", "block_no"])
        .reset_index(drop=True)
    )
