"""Small text utilities shared by every step."""
from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of `text` (letters and digits, inner apostrophes kept)."""
    return WORD.findall(text)


def count_words(text: str) -> int:
    """How many words `text` has."""
    return len(WORD.findall(text))
