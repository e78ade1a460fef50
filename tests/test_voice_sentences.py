"""The sentence under the voice-share chart: sources grouped by the side with most of their quoted words."""
from __future__ import annotations

import pandas as pd

from helpers.voices import side_share_sentence


def _shares(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["source", "side", "word_share", "speaks_first"])


def test_sources_sharing_their_leading_side_are_told_in_one_clause_not_one_sentence_each():
    shares = _shares([("A", "other / unnamed", 1.0, True), ("B", "other / unnamed", 0.8, True),
                      ("B", "campaigners", 0.2, False), ("C", "other / unnamed", 1.0, True)])
    text = side_share_sentence(shares, ["A", "B", "C"])
    assert "other / unnamed in **A** (100%), **B** (80%), **C** (100%)." in text
    assert "fill the `side` column of actors.csv" in text  # every source led by voices with no side: say why
    assert "The first voice heard: other / unnamed in A, B, C." in text


def test_sources_led_by_different_sides_name_each_side_with_its_sources():
    shares = _shares([("A", "union", 0.7, True), ("A", "government", 0.3, False), ("B", "government", 0.9, False),
                      ("B", "union", 0.1, True), ("C", "union", 0.6, False), ("C", "government", 0.4, True)])
    text = side_share_sentence(shares, ["A", "B"])  # C is not shown
    assert "union in **A** (70%)" in text and "government in **B** (90%)" in text and "**C**" not in text
    assert "actors.csv" not in text  # sides are named: no advice to name them
    swapped = side_share_sentence(shares.assign(word_share=1 - shares["word_share"]), ["A", "B"])
    assert "government in **A** (70%)" in swapped and "union in **B** (90%)" in swapped


def test_no_quoted_words_gives_no_sentence():
    assert side_share_sentence(_shares([("A", "union", 0.0, True)]), ["A"]) == ""
